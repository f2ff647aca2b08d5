"""Types every part of shenbao shares, and nothing else: citations, findings, evidence facts,
the root error, settings (the one reader of the environment), masking of credentials, and the
location of the data shipped in the package.

Owns: `Citation`, `Finding`, `EvidenceFact`, `ShenbaoError`, `Settings`, `redact_secrets`.
Must not import any other part of `assistant` (only `extractors.model` / `extractors.options`).
"""
