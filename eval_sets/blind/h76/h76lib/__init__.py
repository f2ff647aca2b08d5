"""Builder library of blind set h76 (page furniture and page geometry)."""
