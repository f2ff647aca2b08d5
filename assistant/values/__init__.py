"""Reading values as people write them: numerals, numbers and money units, dates, answers of the
form (breakdowns, 是/否, compound totals), typed values per catalog field, quote grounding, and
the one set of text keys used to compare labels and names.

Owns: pure functions from text to Decimal / typed values / spans. Must not import `package`,
`forms`, `evidence`, `checks` or any adapter (no I/O).
"""
