"""One review of a package, computed once and shared by the checks, the reports, the CLI and
the workspace: the package, its declarations, the 附件4 rows, the evidence facts and the
findings.

Owns: `Review` and `build_review`. Must not import `checks`, `evidence`, `llm`, `reports` or
`app` (they are passed in or work on the finished review).
"""
