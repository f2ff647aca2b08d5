"""How the workspace looks beyond Streamlit's defaults: one stylesheet, and the table every view
shows its rows with.

- The evidence viewer's column stays in sight: it sticks below Streamlit's header bar while the
  list beside it scrolls, and scrolls on its own when it is taller than the window (issue 16: a
  citation clicked far down the page changed a viewer 3,000 px above).
- Tables show every cell whole: rows wrap instead of cutting indicator names, and a table grows
  with its rows instead of scrolling inside the page (`table`, an `st.table`).
- Streamlit's own words are English: its running indicator's "Stop" reads 停止, the uploader's
  "Upload" and "200MB per file" (Streamlit's default limit, which `shenbao ui` keeps) read
  选择文件 and 每个文件不超过 200MB, and the main menu (Print, Settings, About …) is hidden.

Looks only: nothing here decides what is shown.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

VIEWER_KEY = "evidence-viewer"  # the container of the evidence viewer (ui.evidence)

_CSS = f"""
<style>
[data-testid="stColumn"]:has(.st-key-{VIEWER_KEY}) {{
  position: sticky; top: 6rem; align-self: flex-start;
  max-height: calc(100vh - 7rem); overflow-y: auto; overscroll-behavior: contain; overflow-anchor: none;
}}
[data-testid="stTable"] td, [data-testid="stTable"] th {{
  white-space: normal; overflow-wrap: break-word; vertical-align: top; min-width: 4.5em;
}}
[data-testid="stStatusWidget"] button {{ font-size: 0; }}
[data-testid="stStatusWidget"] button::after {{ content: "停止"; font-size: 0.875rem; }}
[data-testid="stFileUploaderDropzone"] [data-testid="stBaseButton-secondary"] p {{ font-size: 0; }}
[data-testid="stFileUploaderDropzone"] [data-testid="stBaseButton-secondary"] p::after {{
  content: "选择文件"; font-size: 0.875rem;
}}
[data-testid="stFileUploaderDropzoneInstructions"] span {{ font-size: 0; }}
[data-testid="stFileUploaderDropzoneInstructions"] span::after {{ content: "每个文件不超过 200MB"; font-size: 0.75rem; }}
[data-testid="stMainMenu"] {{ display: none; }}
</style>
"""


def apply() -> None:
    """Inject the stylesheet (a style-only st.html adds no visible element)."""
    st.html(_CSS)


def number_text(value: float) -> str:
    """289.0 → "289", 45500.0 → "45,500", 1126.4183 → "1,126.4183" (not st.table's "289.0000")."""
    text = f"{value:,.4f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def table(records: list[dict], *, columns: list[str] | None = None) -> None:
    """Rows as a plain table that wraps long cells and grows with its rows; empty cells blank."""
    frame = pd.DataFrame(records, columns=columns)
    frame = frame.astype(object).where(frame.notna(), "")
    frame = frame.map(lambda v: number_text(v) if isinstance(v, float) else v)
    st.table(frame, hide_index=True)
