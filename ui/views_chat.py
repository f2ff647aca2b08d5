"""问答: questions about the loaded package, answered by `assistant.app.ask.answer` over its index,
each answer with numbered, clickable citations. Without the ask module the tab says so and the
rest of the workspace is unaffected."""

from __future__ import annotations

import importlib
import logging

import streamlit as st

from assistant.core.citations import Citation
from assistant.core.errors import ShenbaoError
from ui import state
from ui.evidence import citation_button, names_of, render_viewer
from ui.markup import citation_label, md

log = logging.getLogger(__name__)
UNAVAILABLE = "问答模块不可用"
HISTORY = "chat-history"


def answer_function():
    """`assistant.app.ask.answer`, or None when that module is missing."""
    try:
        return importlib.import_module("assistant.app.ask").answer
    except (ImportError, AttributeError) as exc:
        log.warning("assistant.app.ask unavailable: %s", exc)
        return None


def ask(ctx: state.ViewContext, answer, question: str) -> tuple[str, list[str], list[str]]:
    """(answer text, citations as JSON, notes); a question that cannot be answered says why."""
    try:
        result = answer(ctx.review, question, settings=ctx.settings, index=state.evidence_index(ctx.settings))
    except ShenbaoError as exc:
        return f"无法回答：{exc}", [], []
    return result.text, [c.model_dump_json() for c in result.citations], list(result.notes)


def render(ctx: state.ViewContext) -> None:
    answer = answer_function()
    left, right = st.columns([3, 2], gap="medium")
    with left:
        st.subheader("问答")
        if answer is None:
            st.warning(f"{UNAVAILABLE}：未找到 assistant.app.ask，暂不能回答问题；其他功能不受影响。")
            return
        if ctx.loaded.index_error:
            st.warning(md(ctx.loaded.index_error))
            return
        st.caption("离线模式：问题涉及某个指标时，回答申报值、计算关系、证明材料中的数值和检查发现；"
                   "其他问题给出最相关的原文。[n] 为出处编号，点击出处查看原文页面。")
        history = st.session_state.setdefault(HISTORY, {}).setdefault(ctx.package_id, [])
        question = st.chat_input("就本申报材料提问，例如：平台相关研发投入强度是多少？证据在哪一页？", key="chat-input")
        if question:
            with st.spinner("正在检索并回答…"):
                history.append((question, *ask(ctx, answer, question)))
        for number, (asked, text, cited, notes) in enumerate(reversed(history)):
            with st.chat_message("user"):
                st.markdown(md(asked))
            with st.chat_message("assistant"):
                st.markdown(md(text) or "（没有回答）")
                for note in notes:
                    st.caption(md(note))
                for index, raw in enumerate(cited, start=1):
                    citation = Citation.model_validate_json(raw)
                    citation_button(ctx.review.package, citation, f"chat-{len(history) - number}-{index}",
                                    label=f"[{index}] {citation_label(citation, names=names_of(ctx.review.package))}")
    with right:
        render_viewer(ctx.review.package, state.selected_citation(ctx.package_id, ctx.view), ctx.settings, ctx.passwords)
