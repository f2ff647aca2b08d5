"""An application package on disk → its files parsed and classified: unpacking zips safely,
parsing in worker processes under limits, the parse cache by content hash, classification of
each file by its content.

Owns: `Package`, `PackageFile`, `FileRole`, `load_package`. Must not know indicators' meaning
(no `forms`, `evidence`, `checks`); reads files only through `extractors`.
"""
