"""How text from a package is shown in the workspace: credentials masked, Markdown neutralised.

Everything a package or a reviewer wrote — file names, cell values, quotes, rule messages that
quote cells, comments — is untrusted: it may carry the 平台网址 login (assistant.core.privacy) or
Markdown/LaTeX that Streamlit would render (`[x](javascript:…)`, `$…$`). `plain` masks, `md`
masks and escapes for `st.markdown`; nothing from a package reaches the page any other way.
Citations are labelled the way a reviewer names a file: by what it is ("审计报告 第5页", from how
the package classified it), by its shortened name where two files are the same kind; a server
path never reaches the page. Renders; decides nothing.
"""

from __future__ import annotations

import re

from assistant.core.citations import Citation
from assistant.core.privacy import redact_secrets
from assistant.package.model import ROLE_LABELS, FileRole, Package

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


def citation_label(citation: Citation, limit: int = 60, names: dict[str, str] | None = None) -> str:
    name = (names or {}).get(citation.file) or file_label(citation.file)
    return one_line(f"{name} {where(citation)}：{citation.quote}", limit)


_ANNEX = re.compile(r"^附件\s*\d+(?:[-－]\d+)?")


def file_label(path: str, limit: int = 18) -> str:
    """A file's name without folder and extension, shortened from the middle so that its 附件
    number and the tail that says what it is stay: "附件3-1…平台业务专项审计报告"."""
    name = path.rsplit("/", 1)[-1]
    stem = name.rsplit(".", 1)[0] if "." in name[1:] else name
    if len(stem) <= limit:
        return stem
    head = _ANNEX.match(stem)
    head_text = head.group() if head else ""
    return f"{head_text}…{stem[-(limit - len(head_text) - 1):]}"


def source_names(package: Package) -> dict[str, str]:
    """Path → what a reviewer calls the file: its kind ("审计报告", "附件2 申报表"), or its
    shortened name where the kind is vague or shared by several files."""
    kinds: dict[str, str] = {}
    for member in package.files:
        if member.role not in (FileRole.other_evidence, FileRole.unreadable):
            kinds[member.path] = ROLE_LABELS[member.role].removeprefix("证明材料：")
    counts: dict[str, int] = {}
    for kind in kinds.values():
        counts[kind] = counts.get(kind, 0) + 1
    return {m.path: kinds[m.path] if counts.get(kinds.get(m.path, ""), 0) == 1 else file_label(m.path)
            for m in package.files}
