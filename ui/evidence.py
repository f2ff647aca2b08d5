"""The evidence viewer: one citation shown where it is, and the citation buttons that open it.

The viewer sits in a column of its own that stays in sight while the list beside it scrolls
(`ui.style` makes that column sticky), so a click on a finding far down the page shows its passage
without scrolling. It shows first a zoom on the cited passage — the whole line from its row label
to the value, so a table row reads as a row — then the whole page with the passage boxed and the
credentials covered (`assistant.reports.masked_pages`). A workbook (pagination "sheets": each
worksheet is a page) shows the sheet's cells with the cited cell marked (`ui.sheet_view`); a DOCX
without rendering shows the locator and the paragraph or table row around the quote, never a
made-up page.

Buttons are labelled by what the file is ("审计报告 第5页：…", `ui.markup.source_names`); a list
longer than its limit keeps the rest one click away (issue 16: 「另有 20 处出处未列出」 could not
be opened).
"""

from __future__ import annotations

import hashlib
import io

import streamlit as st
from PIL import Image

from assistant.core.citations import Citation
from assistant.package.model import Package
from assistant.reports.masked_pages import page_png
from extractors.model import BBox, Document, Page
from ui import sheet_view, state
from ui.markup import citation_label, md, plain, source_names, where
from ui.style import VIEWER_KEY

_ZOOM_MARGIN_X = 14  # points of context left and right of the cited line
_ZOOM_MARGIN_Y = 10


def citation_key(citation: Citation) -> str:
    return hashlib.sha256(citation.model_dump_json().encode()).hexdigest()[:12]


def names_of(package: Package) -> dict[str, str]:
    cache = st.session_state.setdefault("source-names", {})
    if package.id not in cache:
        cache.clear()
        cache[package.id] = source_names(package)
    return cache[package.id]


def citation_button(package: Package, citation: Citation, key: str, *, label: str | None = None) -> None:
    st.button(label or citation_label(citation, names=names_of(package)), key=f"cite-{key}",
              help=plain(f"{citation.file} {where(citation)}：{citation.quote}")[:300],
              icon=":material/description:", on_click=state.select_citation, args=(package.id, citation))


def citation_buttons(package: Package, citations, key: str, limit: int = 6) -> None:
    citations = list(citations)
    for index, citation in enumerate(citations[:limit]):
        citation_button(package, citation, f"{key}-{index}")
    rest = citations[limit:]
    if rest:
        with st.expander(f"另有 {len(rest)} 处出处", icon=":material/more_horiz:"):
            for index, citation in enumerate(rest, start=limit):
                citation_button(package, citation, f"{key}-{index}")


@st.cache_data(max_entries=64, show_spinner=False)
def _page_image(package_id: str, citation_json: str, cache_dir: str, _package: Package,
                _passwords: dict[str, str] | None) -> bytes | None:
    from pathlib import Path

    return page_png(_package, Citation.model_validate_json(citation_json), Path(cache_dir), passwords=_passwords)


def page_image(package: Package, citation: Citation, settings, passwords=None) -> bytes | None:
    return _page_image(package.id, citation.model_dump_json(), str(settings.cache_dir / "thumbnails"), package, passwords)


def render_viewer(package: Package, citation: Citation | None, settings, passwords=None, *,
                  hint: str = "点击任一出处即可在此查看原文页面与高亮位置。") -> None:
    with st.container(key=VIEWER_KEY):
        st.markdown("#### 证据查看")
        if citation is None:
            st.info(hint)
            return
        _show(package, citation, settings, passwords)


def _show(package: Package, citation: Citation, settings, passwords) -> None:
    member = package.file(citation.file)
    name = names_of(package).get(citation.file, citation.file)
    locator_adds = citation.locator and citation.page is not None and not citation.locator.startswith(where(citation))
    st.markdown(f"**{md(name)}** · {md(where(citation))}" + (f" · {md(citation.locator)}" if locator_adds else ""),
                help=plain(citation.file))
    if citation.quote.strip():
        st.markdown(f"> {md(' '.join(citation.quote.split()))}")
    if citation.match == "normalized":
        st.caption("引文经规范化（全角/空白）后与原文匹配")
    if member is None:
        st.warning("该文件不在当前申报材料中。")
        return
    document = member.document
    if document.pagination == "sheets":
        sheet_view.render(document, citation)
        return
    png = page_image(package, citation, settings, passwords) if citation.page is not None else None
    if png is None:
        _text_view(document, citation)
        return
    zoom = zoom_image(png, document, citation)
    if zoom is not None:
        st.image(zoom, caption="引文所在行（放大）", width="stretch")
    caption = f"{plain(name)} {where(citation)}" + ("（黄色框为引文位置）" if citation.bbox else "")
    st.image(png, caption=caption, width="stretch")


def zoom_box(page: Page, bbox: BBox) -> BBox:
    """The cited line: the bbox widened left to the first block on the same line (a table row's
    label, a sentence's start), with a margin; the page's right edge is not needed to read it."""
    height = max(bbox.bottom - bbox.top, 1.0)
    left = bbox.x0
    for block in page.blocks:
        box = block.bbox
        if box is None or box.x0 >= bbox.x0:
            continue
        overlap = min(box.bottom, bbox.bottom) - max(box.top, bbox.top)
        if overlap >= 0.5 * min(height, max(box.bottom - box.top, 1.0)):
            left = min(left, box.x0)
    width = page.width or bbox.x1 + _ZOOM_MARGIN_X
    page_height = page.height or bbox.bottom + _ZOOM_MARGIN_Y
    return BBox(x0=max(0.0, left - _ZOOM_MARGIN_X), top=max(0.0, bbox.top - _ZOOM_MARGIN_Y),
                x1=min(width, bbox.x1 + _ZOOM_MARGIN_X), bottom=min(page_height, bbox.bottom + _ZOOM_MARGIN_Y))


def zoom_image(png: bytes, document: Document, citation: Citation):
    """The cited line cut out of the page image, or None without a bbox or page geometry."""
    if citation.bbox is None:
        return None
    page = next((p for p in document.pages if p.number == citation.page), None)
    if page is None or not page.width:
        return None
    image = Image.open(io.BytesIO(png))
    scale = image.width / page.width
    box = zoom_box(page, citation.bbox)
    crop = (int(box.x0 * scale), int(box.top * scale), min(image.width, int(box.x1 * scale) + 1),
            min(image.height, int(box.bottom * scale) + 1))
    if crop[2] - crop[0] < 10 or crop[3] - crop[1] < 10:
        return None
    return image.crop(crop)


def _text_view(document: Document, citation: Citation) -> None:
    if document.pagination == "none":
        st.caption("该文件没有页码（未经 LibreOffice 排版的 Word 文件），按位置显示原文：")
    else:
        st.caption("该页无法显示为图片，按位置显示原文：")
    st.markdown(f"**位置：** {md(citation.locator or where(citation))}")
    context = passage_context(document, citation)
    if context:
        st.text(context)


def passage_context(document: Document, citation: Citation) -> str:
    """The paragraph, or the whole table row, that holds the cited span (masked)."""
    for page in document.pages:
        if page.number != citation.page:
            continue
        if citation.span is None:
            hits = [b for b in page.blocks if citation.quote and citation.quote in b.text]
        else:
            hits = [b for b in page.blocks if b.span.start < citation.span.end and citation.span.start < b.span.end]
        if not hits:
            continue
        cell = hits[0].table_cell
        if cell is not None:
            row = [b for b in page.blocks if b.table_cell is not None and b.table_cell.table_index == cell.table_index
                   and b.table_cell.row == cell.row]
            return plain(" | ".join(" ".join(b.text.split()) for b in row))
        return plain("\n".join(b.text for b in hits))
    return ""
