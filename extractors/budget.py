"""Time budgets that mean the same work on a busy machine as on an idle one.

A file's budget (`ReadOptions.timeout_s`, `Settings.file_timeout_s`) is the time a reader may take on
a machine with a core free for it. On a busy machine the same OCR of the same page takes longer: a
package reviewed at a load of 12 on 2 cores had three stamped scans of the 申报表 cut off at 300 s,
and the review then warned about a form it had not read (h10's clean package, 2026-12-07). So a
budget is stretched by how much busier than its cores the machine is (the 1-minute load average),
at most `MAX_STRETCH` times, and never shrunk: a file that hangs is still stopped, only later.
"""

from __future__ import annotations

import os

MAX_STRETCH = 8.0


def load_stretch() -> float:
    """How many times longer the same work takes now than on a machine with a core free for it."""
    try:
        load = os.getloadavg()[0]
    except (AttributeError, OSError):  # no load average on this platform
        return 1.0
    return min(MAX_STRETCH, max(1.0, load / (os.cpu_count() or 1)))


def stretched(seconds: float) -> float:
    """`seconds` of budget as this machine's present load makes them."""
    return seconds * load_stretch() if seconds > 0 else seconds
