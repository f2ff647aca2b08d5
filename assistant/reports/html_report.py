"""`report.html`: one review as a single self-contained page (inline CSS, images as data URIs, no
script, no external asset), readable offline by a 评审专家 with nothing but a browser.

Sections: the package (platform, 申报单位, files with their roles and per-file errors); the
findings by dimension and severity, each with its cited snippets and a page thumbnail with the
bbox highlighted; the pre-filled 附件4 汇总表; the evidence per indicator.

Everything that comes from a package — file names, document text, values, even rule messages that
quote cells — is untrusted (a hostile file may carry `<script>`): it goes through `_e`, which
masks credentials and HTML-escapes, and nothing else is interpolated. A Content-Security-Policy
that allows no script is the second fence. Renders; decides nothing.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from assistant import __version__
from assistant.core.citations import Citation
from assistant.core.findings import SEVERITY_ZH, Finding
from assistant.core.privacy import redact_secrets
from assistant.forms.model import PrefillRow
from assistant.package.model import ROLE_LABELS
from assistant.reports.check_report import group_findings, severity_counts, where_text
from assistant.reports.prefill_report import source_text
from assistant.review.model import Review

_ROW_STATUS_ZH = {"found": "已填", "missing": "缺失", "ambiguous": "来源不一致"}
_EVIDENCE_STATUS_ZH = {"consistent": "一致", "mismatch": "不一致", "ungrounded": "未能在原文核实",
                       "ambiguous": "有歧义", "unchecked": "未比对", "found": "已找到"}
_MAX_CITATIONS = 4  # per finding; the JSON keeps them all

_CSS = """
body{font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif;margin:0;color:#1d2330;
background:#f5f6f8;line-height:1.55;font-size:14px}
main{max-width:1180px;margin:0 auto;padding:16px 24px 48px}
header{background:#1f3a5f;color:#fff;padding:18px 24px}
header h1{margin:0 0 6px;font-size:22px}header p{margin:2px 0}
nav a{color:#1f3a5f;margin-right:14px}
h2{border-bottom:2px solid #1f3a5f;padding-bottom:4px;margin-top:32px}
h3{margin:22px 0 8px}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{border:1px solid #d6d9e0;padding:5px 8px;vertical-align:top;text-align:left}
th{background:#e9edf3}
.num,td.st{white-space:nowrap}
.badge{display:inline-block;border-radius:3px;padding:0 6px;font-size:12px;color:#fff;margin-right:6px}
.sev-error .badge,.badge.error{background:#c62828}.sev-warning .badge,.badge.warning{background:#e08a00}
.sev-info .badge,.badge.info{background:#607d8b}
.finding{background:#fff;border:1px solid #d6d9e0;border-left:5px solid #607d8b;margin:10px 0;padding:10px 14px}
.finding.sev-error{border-left-color:#c62828}.finding.sev-warning{border-left-color:#e08a00}
.finding .msg{font-weight:600}.rule{color:#66708a;font-size:12px;font-family:monospace}
dl.cmp{display:grid;grid-template-columns:max-content 1fr;gap:2px 10px;margin:6px 0}
dl.cmp dt{color:#66708a}dl.cmp dd{margin:0}
.cites{display:flex;flex-wrap:wrap;gap:12px;margin-top:8px}
figure{margin:0;max-width:560px;background:#fafbfc;border:1px solid #e3e6ec;padding:6px}
.shots{display:flex;gap:8px;align-items:flex-start}
figure img{display:block;border:1px solid #ccd}img.page{width:150px}img.detail{max-width:380px;height:auto}
figcaption{font-size:12px;margin-top:4px;word-break:break-all}
.quote{background:#fff6d5;padding:0 2px}
.status-missing,.status-mismatch,.status-ungrounded{color:#c62828;font-weight:600}
.status-ambiguous{color:#e08a00;font-weight:600}.status-consistent,.status-found{color:#2e7d32}
.err{color:#c62828}.muted{color:#66708a}
.counts span{margin-right:16px}
"""


def _e(text: object) -> str:
    return html.escape(redact_secrets("" if text is None else str(text)), quote=True)


def render_html(review: Review, *, errors: list[dict], other_indicators: Iterable[dict] = (),
                thumbnails=None) -> str:
    """`thumbnails.data_uri(citation) -> str | None` (assistant.reports.thumbnails.Thumbnailer)."""
    platform = _row(review, "平台名称")
    unit = _row(review, "企业名称")
    title = f"申报材料评审报告 — {platform}" if platform else "申报材料评审报告"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="zh-CN"><head><meta charset="utf-8">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; "
        "style-src 'unsafe-inline'\">",
        f"<title>{_e(title)}</title><style>{_CSS}</style></head><body>",
        "<header>",
        f"<h1>{_e(title)}</h1>",
        f"<p>平台名称：{_e(platform or '未识别')}</p>",
        f"<p>申报单位：{_e(unit or '未识别')}</p>",
        f"<p class=\"small\">依据：{_e(review.catalog.notice.number)} · shenbao {_e(__version__)} · "
        f"材料编号 {_e(review.package.id[:12])}</p>",
        "</header><main>",
        '<nav><a href="#files">申报文件</a><a href="#findings">检查结果</a>'
        '<a href="#summary">附件4 汇总表</a><a href="#evidence">证据核对</a></nav>',
        _files_section(review, errors),
        _findings_section(review, thumbnails),
        _summary_section(review.rows),
        _evidence_section(review.rows, list(other_indicators), thumbnails),
        "</main></body></html>",
    ]
    return "\n".join(parts) + "\n"


def _row(review: Review, label: str) -> str:
    return next((r.value for r in review.rows if r.label == label), "")


def _files_section(review: Review, errors: list[dict]) -> str:
    out = ['<section id="files"><h2>申报文件</h2>',
           "<table><tr><th>文件</th><th>识别为</th><th>页数</th><th>读取情况</th></tr>"]
    for member in review.package.files:
        doc = member.document
        pages = {"none": "无分页", "sheets": f"{len(doc.pages)} 个工作表"}.get(doc.pagination, f"{len(doc.pages)} 页")
        if doc.pagination == "rendered":
            pages += "（按 LibreOffice 排版）"
        ocr = sum(1 for p in doc.pages if p.source == "ocr")
        notes = [f"<span class=\"{'err' if e.fatal else 'muted'}\">"
                 f"{'错误' if e.fatal else '提示'}：{_e(f'第{e.page_number}页 ' if e.page_number else '')}"
                 f"{_e(e.message_zh)}</span>" for e in doc.errors]
        if ocr:
            notes.insert(0, f"{ocr} 页经 OCR 识别")
        reasons = "、".join(member.classification.reasons)
        out.append(
            f"<tr><td>{_e(member.path)}</td><td>{_e(ROLE_LABELS[member.role])}"
            f"<br><span class=\"muted\">置信度 {member.classification.confidence:.2f}；{_e(reasons)}</span></td>"
            f"<td class=\"num\">{_e(pages)}</td><td>{'<br>'.join(notes) or '正常'}</td></tr>")
    listed = {m.path for m in review.package.files}
    for error in errors:  # archive-level problems: members that were skipped
        if error.get("file") not in listed:
            out.append(f"<tr><td>{_e(error.get('file'))}</td><td>—</td><td>—</td>"
                       f"<td class=\"err\">错误：{_e(error.get('error'))}</td></tr>")
    out.append("</table></section>")
    return "\n".join(out)


def _findings_section(review: Review, thumbnails) -> str:
    counts = severity_counts(review.findings)
    out = ['<section id="findings"><h2>检查结果</h2>',
           '<p class="counts">' + "".join(
               f'<span><span class="badge {s}">{SEVERITY_ZH[s]}</span>{n} 项</span>' for s, n in counts.items()) + "</p>"]
    if not review.findings:
        out.append("<p>未发现问题。</p>")
    for group_title, findings in group_findings(review.findings, review.catalog):
        out.append(f"<h3>{_e(group_title)}（{len(findings)} 项）</h3>")
        out += [_finding_html(f, thumbnails) for f in findings]
    out.append("</section>")
    return "\n".join(out)


def _finding_html(finding: Finding, thumbnails) -> str:
    out = [f'<div class="finding sev-{finding.severity}" id="f-{_e(finding.id)}">',
           f'<div><span class="badge">{SEVERITY_ZH[finding.severity]}</span>'
           f'<span class="msg">{_e(finding.message)}</span> <span class="rule">{_e(finding.rule)}</span></div>']
    rows = []
    if finding.fields:
        rows.append(("涉及字段", "、".join(finding.fields)))
    if finding.expected or finding.actual:
        rows += [("应为", finding.expected or "—"), ("实际", finding.actual or "—")]
    if finding.tolerance:
        rows.append(("容差", finding.tolerance))
    if finding.files and not finding.citations:
        rows.append(("涉及文件", "、".join(finding.files)))
    if rows:
        out.append('<dl class="cmp">' + "".join(f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>" for k, v in rows) + "</dl>")
    if finding.citations:
        out.append('<div class="cites">' + "".join(
            _citation_html(c, thumbnails) for c in finding.citations[:_MAX_CITATIONS]) + "</div>")
        if len(finding.citations) > _MAX_CITATIONS:
            out.append(f'<p class="muted">另有 {len(finding.citations) - _MAX_CITATIONS} 处出处，见 findings.json。</p>')
    out.append("</div>")
    return "\n".join(out)


def _citation_html(citation: Citation, thumbnails) -> str:
    caption = (f"{_e(citation.file)} {_e(where_text(citation))}"
               + (f"（{_e(citation.locator)}）" if _locator_adds(citation) else "")
               + f"：「<span class=\"quote\">{_e(' '.join(citation.quote.split()))}</span>」")
    pictures = []
    if thumbnails is not None:
        where = f"{_e(citation.file)} {_e(where_text(citation))}"
        # URIs are built by our code from PNG bytes (base64 alphabet only); escaped all the same.
        page_uri = thumbnails.data_uri(citation)
        detail_uri = thumbnails.data_uri(citation, detail=True)
        if page_uri is not None:
            pictures.append(f'<img class="page" src="{html.escape(page_uri, quote=True)}" alt="{where} 整页">')
        if detail_uri is not None:
            pictures.append(f'<img class="detail" src="{html.escape(detail_uri, quote=True)}" alt="{where} 局部">')
    images = f'<div class="shots">{"".join(pictures)}</div>' if pictures else ""
    return f"<figure>{images}<figcaption>{caption}</figcaption></figure>"


def _locator_adds(citation: Citation) -> bool:
    """A locator beside a page number, unless it only repeats it ("第5页 第4行" after 第5页)."""
    return bool(citation.page is not None and citation.locator
                and not citation.locator.startswith(f"第{citation.page}页"))


def _summary_section(rows: list[PrefillRow]) -> str:
    out = ['<section id="summary"><h2>附件4 平台基本情况汇总表（预填）</h2>',
           "<table><tr><th>#</th><th>项目</th><th>内容</th><th>状态</th><th>来源</th></tr>"]
    for row in rows:
        status = _ROW_STATUS_ZH.get(row.status, row.status)
        out.append(
            f'<tr><td class="num">{row.order}</td><td>{_e(row.label)}</td><td>{_e(row.value)}</td>'
            f'<td class="st status-{_e(row.status)}">{_e(status)}</td><td>{_e(source_text(row))}'
            + (f"<br><span class=\"quote\">{_e(' '.join(row.citations[0].quote.split()))}</span>" if row.citations else "")
            + "</td></tr>")
    out.append("</table></section>")
    return "\n".join(out)


def _evidence_section(rows: list[PrefillRow], others: list[dict], thumbnails) -> str:
    out = ['<section id="evidence"><h2>证据核对（按指标）</h2>']
    items = [(row.label, row.value, list(row.evidence)) for row in rows if row.evidence]
    items += [(o["label"], o.get("value", ""), list(o.get("evidence", []))) for o in others]
    if not items:
        out.append("<p class=\"muted\">未从证明材料中读到可核对的数值。</p></section>")
        return "\n".join(out)
    out.append("<table><tr><th>指标</th><th>申报值</th><th>证明材料中的值</th><th>状态</th><th>出处</th></tr>")
    for label, declared, evidence in items:
        for index, entry in enumerate(evidence):
            entry = entry if isinstance(entry, dict) else entry.model_dump()
            status = str(entry.get("status", ""))
            value = str(entry.get("value", ""))
            if entry.get("component"):
                value = f"{entry['component']}：{value}"
            if entry.get("period"):
                value += f"（{entry['period']}）"
            cites = "".join(_citation_html(_citation(c), thumbnails) for c in entry.get("citations", [])[:2])
            head = (f'<td rowspan="{len(evidence)}">{_e(label)}</td><td rowspan="{len(evidence)}">{_e(declared)}</td>'
                    if index == 0 else "")
            out.append(f"<tr>{head}<td>{_e(value)}</td><td class=\"st status-{_e(status)}\">"
                       f"{_e(_EVIDENCE_STATUS_ZH.get(status, status))}</td><td>{cites}</td></tr>")
    out.append("</table></section>")
    return "\n".join(out)


def _citation(payload: dict | Citation) -> Citation:
    """Evidence entries are kept as contract dicts (prefill JSON); back to a Citation to render."""
    if isinstance(payload, Citation):
        return payload
    bbox = payload.get("bbox")
    return Citation.model_validate({
        "file": payload.get("file", ""), "page": payload.get("page"), "locator": payload.get("locator") or "",
        "quote": payload.get("quote", ""),
        "bbox": None if not bbox else dict(zip(("x0", "top", "x1", "bottom"), bbox, strict=True)),
    })
