"""The overview of one package: who applies, what files it has and how they were read, counts of
findings and decisions, and the charts a reviewer would rather look at than read — findings by
dimension, declared vs. evidence values.

Numbers a reviewer reads are whole where they count things (the chart's axis has integer ticks,
its dimension names are not cut), tables show every cell (`ui.style.table`), files are named
without the package's id or the classifier's internal confidence (issue 16: 置信度 0.26 for a
correctly recognised file read as doubt).
"""

from __future__ import annotations

import streamlit as st

from assistant.core.errors import ShenbaoError
from assistant.core.findings import SEVERITY_ZH
from assistant.package.model import ROLE_LABELS
from assistant.reports.outputs import row_value
from assistant.store.interface import ACTION_ZH
from ui import state, style
from ui.markup import md, plain
from ui.progress import format_seconds
from ui.tables import comparison_rows, findings_by_dimension

SEVERITY_COLOR = {"错误": "#c62828", "警告": "#e08a00", "提示": "#90a4ae"}


def render(ctx: state.ViewContext) -> None:
    review = ctx.review
    st.caption(plain(f"申报单位：{row_value(review, '企业名称') or '未识别'} · 序号：{row_value(review, '序号') or '—'}"))
    counts = {severity: sum(1 for f in review.findings if f.severity == severity) for severity in SEVERITY_ZH}
    pages = sum(len(f.document.pages) for f in review.package.files)
    try:
        actions = ctx.store.action_counts(ctx.package_id)
    except ShenbaoError:
        actions = {}
    columns = st.columns(6)
    columns[0].metric("文件", len(review.package.files))
    columns[1].metric("页数", pages)
    for column, (severity, label) in zip(columns[2:5], SEVERITY_ZH.items(), strict=True):
        column.metric(f"{label}", counts[severity])
    columns[5].metric("已处理", sum(actions.values()),
                      help="、".join(f"{ACTION_ZH[a]} {n}" for a, n in actions.items()) or None)
    chart_left, chart_right = st.columns(2, gap="large")
    with chart_left:
        st.markdown("##### 各维度问题数")
        by_dimension = findings_by_dimension(review)
        if by_dimension:
            st.vega_lite_chart(counts_chart(by_dimension), width="stretch")
        else:
            st.info("未发现问题。")
    with chart_right:
        st.markdown("##### 申报值与证据值")
        compared = ctx.loaded.memo("comparison", comparison_rows)
        differing = [r for r in compared if r["相对差异（%）"]]
        if differing:
            st.vega_lite_chart(difference_chart(differing), width="stretch")
        elif compared:
            st.success(f"{len(compared)} 个可比对的数值，申报值与证明材料一致。")
        if compared:
            style.table(compared)
        else:
            st.info("没有可比对的证据数值（证明材料中未读到与申报表对应的数值）。")
    st.markdown("##### 申报文件")
    style.table(files_table(review))
    if ctx.loaded.stages:
        st.caption("处理耗时：" + "，".join(f"{name} {format_seconds(seconds)}" for name, seconds in ctx.loaded.stages))
    if ctx.loaded.index_error:
        st.warning(md(ctx.loaded.index_error))


def counts_chart(by_dimension: list[dict]) -> dict:
    """A Vega-Lite spec: findings per dimension stacked by severity, counted in whole numbers
    (integer ticks, no 0.5), every dimension name whole."""
    severities = [label for label in SEVERITY_COLOR if any(r["严重程度"] == label for r in by_dimension)]
    dimensions = list(dict.fromkeys(r["维度"] for r in by_dimension))
    return {
        "data": {"values": by_dimension},
        "mark": {"type": "bar"},  # no "height": with a stacked nominal axis it collapses the bands
        "encoding": {
            "y": {"field": "维度", "type": "nominal", "sort": dimensions, "title": None,
                  "axis": {"labelLimit": 0}},
            "x": {"field": "问题数", "type": "quantitative", "stack": "zero", "title": "问题数",
                  "axis": {"tickMinStep": 1, "format": "d"}},
            "color": {"field": "严重程度", "type": "nominal", "title": None, "legend": {"orient": "bottom"},
                      "scale": {"domain": severities, "range": [SEVERITY_COLOR[s] for s in severities]}},
            "order": {"field": "严重程度", "sort": "ascending"},
            "tooltip": [{"field": "维度"}, {"field": "严重程度"}, {"field": "问题数", "type": "quantitative"}],
        },
    }


def difference_chart(differing: list[dict]) -> dict:
    """A Vega-Lite spec: the relative difference of each compared indicator, names whole."""
    return {
        "data": {"values": [{"指标": r["指标"], "相对差异（%）": r["相对差异（%）"]} for r in differing]},
        "mark": {"type": "bar"},
        "height": max(120, 26 * len(differing)),
        "encoding": {
            "y": {"field": "指标", "type": "nominal", "sort": None, "title": None, "axis": {"labelLimit": 0}},
            "x": {"field": "相对差异（%）", "type": "quantitative", "title": "证据值相对申报值的差异（%）"},
        },
    }


def files_table(review) -> list[dict]:
    rows = []
    for member in review.package.files:
        document = member.document
        ocr = sum(1 for p in document.pages if p.source == "ocr")
        pagination = {"physical": "", "rendered": "（LibreOffice 排版）", "sheets": "（工作表）", "none": "（无分页）"}[document.pagination]
        problems = [e.message_zh for e in document.errors]
        rows.append({"文件": plain(member.path), "识别为": ROLE_LABELS[member.role],
                     "页数": f"{len(document.pages)}{pagination}", "OCR 页": ocr,
                     "读取情况": plain("；".join(problems)) or "正常"})
    for name, error in review.package.errors:
        rows.append({"文件": plain(name), "识别为": "—", "页数": "—", "OCR 页": 0,
                     "读取情况": plain(error.message_zh)})
    return rows
