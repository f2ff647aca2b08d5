"""The notice as data: the indicator catalog (附件2 fields, 附件4 rows, appendices A–F, the 附件6
list, the 申报书 outline, the typed relations the checks interpret), the regions of 附录F, and the
vocabularies the notice defines or implies (statement components, dashboard captions).

Owns: every word list and label of the notice, in one place each. Must not import anything
of `assistant` but `core` and `values.text_keys`; no file reading beyond its own data.
"""
