"""What the proofs say: typed evidence facts read from audit reports, platform notes, lists and
dashboards, each with its scope, period, dimension, confidence and citation; and the offline
extractor that runs these readers over a package.

Owns: the readers and the `EvidenceExtractor` protocol. Must not compare with the declared
values (`checks` do) or import `checks`, `llm`, `reports`, `app`.
"""
