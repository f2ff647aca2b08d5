"""What the package declares: the 申报表 (Word/Excel, its text PDF, its stamped scan) read into
declared values, the applicant's 汇总表 and 联系人表, the 申报书's outline and prose, and the
pre-filled 附件4 rows with every reading and its citation.

Owns: `DeclaredValue`, `Declarations`, `PrefillRow`, `prefill`. Must not import `evidence`,
`checks`, `retrieval`, `llm` or any adapter; never judges a value (the checks do).
"""
