"""The evidence browser: any page of any file of the package, with the selected citation
highlighted; the cited passages of the page listed beside it. For browsing what the findings and
indicators did not point at (the rest of an audit report, the other screenshots).
"""

from __future__ import annotations

import streamlit as st

from assistant.core.citations import Citation
from ui import state
from ui.evidence import citation_buttons, render_viewer


def page_citations(review, file: str, page_number: int | None) -> list[Citation]:
    """Every citation of the review (findings, 附件4 rows) on one page of one file."""
    found: dict[str, Citation] = {}
    for finding in review.findings:
        for citation in finding.citations:
            if citation.file == file and citation.page == page_number:
                found.setdefault(citation.model_dump_json(), citation)
    for row in review.rows:
        for citation in row.citations:
            if citation.file == file and citation.page == page_number:
                found.setdefault(citation.model_dump_json(), citation)
    return list(found.values())


def render(ctx: state.ViewContext) -> None:
    review = ctx.review
    package = review.package
    selected = state.selected_citation(ctx.package_id)
    files = [m.path for m in package.files if m.document.pages]
    if not files:
        st.info("该申报材料没有可显示的页面。")
        return
    left, right = st.columns([2, 3], gap="medium")
    with left:
        st.subheader("原文浏览")
        if st.session_state.get(state.BROWSE_FILE) not in files:  # widget state is dropped off-view
            st.session_state[state.BROWSE_FILE] = selected.file if selected is not None and selected.file in files else files[0]
        file = st.selectbox("文件", files, key=state.BROWSE_FILE)
        document = package.file(file).document
        numbers = [p.number for p in document.pages]
        if numbers and numbers[0] is not None:
            page_key = state.browse_page_key(file)
            if st.session_state.get(page_key) not in numbers:
                cited_here = selected is not None and selected.file == file and selected.page in numbers
                st.session_state[page_key] = selected.page if cited_here else numbers[0]
            page_number = st.number_input(f"页码（共 {len(numbers)} 页）", min_value=1, max_value=max(numbers),
                                          step=1, key=page_key)
        else:
            page_number = None
            st.caption("该文件没有页码（未排版的 Word 或 Excel），按位置浏览下方引文。")
        cited = page_citations(review, file, page_number)
        st.markdown(f"本页被引用 {len(cited)} 处")
        citation_buttons(package, cited, f"page-{file}-{page_number}", limit=20)
    with right:
        if selected is not None and selected.file == file and selected.page == page_number:
            shown = selected
        elif page_number is not None:
            shown = Citation(file=file, page=int(page_number), quote="")
        else:
            shown = selected if selected is not None and selected.file == file else None
        render_viewer(package, shown, ctx.settings, ctx.passwords)
