"""How text from a package is shown in the workspace: credentials masked, Markdown neutralised.

Everything a package or a reviewer wrote — file names, cell values, quotes, rule messages that
quote cells, comments — is untrusted: it may carry the 平台网址 login (assistant.core.privacy) or
Markdown/LaTeX that Streamlit would render (`[x](javascript:…)`, `$…$`). `plain` masks, `md`
masks and escapes for `st.markdown`; nothing from a package reaches the page any other way.
Renders; decides nothing.
"""

from __future__ import annotations

import re

from assistant.core.citations import Citation
from assistant.core.privacy import redact_secrets

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")


def plain(text: object) -> str:
    """Masked text for widgets that show text literally (st.text, dataframes, captions of images)."""
    return redact_secrets("" if text is None else str(text))


def md(text: object) -> str:
    """Masked text escaped for st.markdown: every Markdown/LaTeX special character backslashed,
    line breaks kept as breaks."""
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", plain(text))
    return escaped.replace("\r\n", "\n").replace("\n", "  \n")


def one_line(text: object, limit: int = 80) -> str:
    flat = " ".join(plain(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def where(citation: Citation) -> str:
    return citation.place


def short_name(path: str, limit: int = 22) -> str:
    """"附件2-上海市…平台.docx": long template names keep their head (附件 number) and tail."""
    name = path.rsplit("/", 1)[-1]
    return name if len(name) <= limit else f"{name[: limit // 2]}…{name[-(limit // 2 - 1):]}"


def citation_label(citation: Citation, limit: int = 60) -> str:
    return one_line(f"{short_name(citation.file)} {where(citation)}：{citation.quote}", limit)
