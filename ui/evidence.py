"""The evidence viewer: one citation shown where it is — the page with the passage highlighted —
and clickable citation buttons that open it.

A PDF page (or the LibreOffice rendering of a DOCX, whose pages the citations count) is shown
as a picture with the bbox highlighted and credentials covered (`assistant.reports.masked_pages`), plus a zoom on
the passage. A file without pages (DOCX without rendering, XLSX) shows what DESIGN.md promises
instead of a made-up page: the locator, the quote, and the paragraph or table row around it.
"""

from __future__ import annotations

import hashlib

import streamlit as st
from PIL import Image

from assistant.core.citations import Citation
from assistant.package.model import Package
from assistant.reports.masked_pages import page_png
from extractors.model import Document
from ui import state
from ui.markup import citation_label, md, plain, short_name, where

_ZOOM_MARGIN = 60  # points of context around the passage in the zoom


def citation_key(citation: Citation) -> str:
    return hashlib.sha256(citation.model_dump_json().encode()).hexdigest()[:12]


def citation_button(package_id: str, citation: Citation, key: str, *, label: str | None = None) -> None:
    st.button(label or citation_label(citation), key=f"cite-{key}", help=plain(citation.quote)[:300],
              icon=":material/description:",
              on_click=state.select_citation, args=(package_id, citation))


def citation_buttons(package_id: str, citations, key: str, limit: int = 6) -> None:
    citations = list(citations)
    for index, citation in enumerate(citations[:limit]):
        citation_button(package_id, citation, f"{key}-{index}")
    if len(citations) > limit:
        st.caption(f"另有 {len(citations) - limit} 处出处未列出")


@st.cache_data(max_entries=64, show_spinner=False)
def _page_image(package_id: str, citation_json: str, cache_dir: str, _package: Package,
                _passwords: dict[str, str] | None) -> bytes | None:
    from pathlib import Path

    return page_png(_package, Citation.model_validate_json(citation_json), Path(cache_dir), passwords=_passwords)


def page_image(package: Package, citation: Citation, settings, passwords=None) -> bytes | None:
    return _page_image(package.id, citation.model_dump_json(), str(settings.cache_dir / "thumbnails"), package, passwords)


def render_viewer(package: Package, citation: Citation | None, settings, passwords=None) -> None:
    st.markdown("#### 证据查看")
    if citation is None:
        st.info("点击任一出处即可在此查看原文页面与高亮位置。")
        return
    member = package.file(citation.file)
    locator_adds = citation.locator and citation.page is not None and not citation.locator.startswith(where(citation))
    st.markdown(f"**{md(citation.file)}** · {md(where(citation))}" + (f" · {md(citation.locator)}" if locator_adds else ""))
    if citation.quote.strip():
        st.markdown(f"> {md(' '.join(citation.quote.split()))}")
    if citation.match == "normalized":
        st.caption("引文经规范化（全角/空白）后与原文匹配")
    if member is None:
        st.warning("该文件不在当前申报材料中。")
        return
    png = page_image(package, citation, settings, passwords) if citation.page is not None else None
    if png is not None:
        caption = f"{plain(short_name(citation.file, 40))} {where(citation)}" + ("（黄色框为引文位置）" if citation.bbox else "")
        st.image(png, caption=caption, width="stretch")
        zoom = _zoom(png, member.document, citation)
        if zoom is not None:
            st.image(zoom, caption="引文局部放大", width="stretch")
        return
    _text_view(member.document, citation)


def _zoom(png: bytes, document: Document, citation: Citation):
    if citation.bbox is None:
        return None
    page = next((p for p in document.pages if p.number == citation.page), None)
    if page is None or not page.width:
        return None
    import io

    image = Image.open(io.BytesIO(png))
    scale = image.width / page.width
    box = citation.bbox
    crop = (max(0, int((box.x0 - _ZOOM_MARGIN) * scale)), max(0, int((box.top - _ZOOM_MARGIN / 2) * scale)),
            min(image.width, int((box.x1 + _ZOOM_MARGIN) * scale)), min(image.height, int((box.bottom + _ZOOM_MARGIN / 2) * scale)))
    if crop[2] - crop[0] < 10 or crop[3] - crop[1] < 10:
        return None
    return image.crop(crop)


def _text_view(document: Document, citation: Citation) -> None:
    if document.pagination == "sheets":
        st.caption("Excel 工作表没有页面图像，按单元格位置显示原文：")
    elif document.pagination == "none":
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


