"""The one root error of shenbao: raised only when a run as a whole cannot go on.

A file that cannot be read is not an error of the run (it is a per-file `FileError` in the
result); the CLI catches `ShenbaoError` once and exits 2 with its Chinese message.
"""


class ShenbaoError(Exception):
    """A run cannot be done (bad arguments, unreadable package)."""
