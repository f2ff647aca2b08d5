"""Renderings of results for people and scripts (JSON per DESIGN.md contracts, text, HTML).
Renderers format; they never decide anything."""
