"""`shenbao check` outputs: the findings as JSON (DESIGN.md contract) and as a Chinese Markdown
report, the `--fail-on` exit code, and the README's rule table generated from the rule registry.

Renders what the checks decided; decides nothing itself. Every text that can come from a document
(messages quote cells, citations quote pages) is masked with `assistant.core.privacy.redact_secrets`,
and in Markdown its angle brackets are escaped, because a Markdown viewer renders inline HTML and
document text is untrusted.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from assistant.catalog.notice import Catalog, load_catalog
from assistant.core.citations import Citation
from assistant.core.findings import SEVERITY_ORDER, SEVERITY_ZH, Finding, sort_findings
from assistant.core.privacy import redact_secrets
from assistant.reports.prefill_report import citation_payload

SCHEMA_VERSION = 1
NO_DIMENSION_TITLE = "材料完整性与格式"
FAIL_ON = ("error", "warning")


def finding_payload(finding: Finding) -> dict:
    return {
        "id": finding.id,
        "rule": finding.rule,
        "severity": finding.severity,
        "fields": list(finding.fields),
        "message": redact_secrets(finding.message),
        "expected": redact_secrets(finding.expected),
        "actual": redact_secrets(finding.actual),
        "tolerance": finding.tolerance,
        "citations": [citation_payload(c) for c in finding.citations],
        "files": list(finding.files),
        "dimension": finding.dimension,
        "doubts": [redact_secrets(d) for d in finding.doubts],
    }


def package_errors(package) -> list[dict]:
    """The contract's `errors`: files that produced nothing usable, and archive members skipped."""
    errors = [{"file": f.path, "error": e.message_zh, "code": e.code.value}
              for f in package.files for e in f.document.errors if e.fatal]
    errors += [{"file": name, "error": e.message_zh, "code": e.code.value} for name, e in package.errors]
    return errors


def check_payload(findings: Iterable[Finding], errors: list[dict]) -> dict:
    return {
        "schema_version": SCHEMA_VERSION,
        "findings": [finding_payload(f) for f in sort_findings(list(findings))],
        "errors": [{**e, "error": redact_secrets(str(e.get("error", "")))} for e in errors],
    }


def check_json(findings: Iterable[Finding], errors: list[dict]) -> str:
    return json.dumps(check_payload(findings, errors), ensure_ascii=False, indent=1)


def exit_code(findings: Iterable[Finding], fail_on: str | None) -> int:
    """1 when a finding at or above `fail_on` exists, else 0 (DESIGN.md: exit codes)."""
    if fail_on is None:
        return 0
    if fail_on not in FAIL_ON:
        raise ValueError(f"fail_on must be one of {FAIL_ON}: {fail_on!r}")
    threshold = SEVERITY_ORDER[fail_on]
    return int(any(SEVERITY_ORDER[f.severity] <= threshold for f in findings))


# --- grouping, shared with the HTML report ---------------------------------------------------------


def dimension_titles(catalog: Catalog) -> dict[str, str]:
    """"一" → "一、平台基础情况（25%）", as the 指标明细表 prints its 一级指标."""
    return {d.code: f"{d.code}、{d.name}（{d.weight}%）" for d in catalog.dimensions}


def group_findings(findings: Iterable[Finding], catalog: Catalog | None = None) -> list[tuple[str, list[Finding]]]:
    """Findings by dimension in the notice's order (一, 二, 三), then those without one; each
    group sorted by severity. Empty groups are left out."""
    titles = dimension_titles(catalog or load_catalog())
    groups: dict[str, list[Finding]] = {code: [] for code in titles}
    rest: list[Finding] = []
    for finding in sort_findings(list(findings)):
        (groups[finding.dimension] if finding.dimension in groups else rest).append(finding)
    result = [(titles[code], items) for code, items in groups.items() if items]
    if rest:
        result.append((NO_DIMENSION_TITLE, rest))
    return result


def severity_counts(findings: Iterable[Finding]) -> dict[str, int]:
    counts = {severity: 0 for severity in SEVERITY_ORDER}
    for finding in findings:
        counts[finding.severity] += 1
    return counts


def where_text(citation: Citation) -> str:
    return citation.place


# --- Markdown --------------------------------------------------------------------------------------


def _md(text: str) -> str:
    return redact_secrets(text).replace("<", "&lt;").replace(">", "&gt;")


def _md_quote(text: str) -> str:
    return _md(" ".join(text.split()))


def citation_markdown(citation: Citation) -> str:
    return f"{_md(citation.file)} {_md(where_text(citation))}：「{_md_quote(citation.quote)}」"


def finding_markdown(finding: Finding) -> list[str]:
    lines = [f"- **[{SEVERITY_ZH[finding.severity]}]** {_md(finding.message)}（规则 `{finding.rule}`）"]
    if finding.fields:
        lines.append(f"  - 涉及字段：{_md('、'.join(finding.fields))}")
    if finding.expected or finding.actual:
        compare = f"  - 应为：{_md(finding.expected) or '—'}；实际：{_md(finding.actual) or '—'}"
        if finding.tolerance:
            compare += f"；容差：{_md(finding.tolerance)}"
        lines.append(compare)
    for citation in finding.citations:
        lines.append(f"  - {citation_markdown(citation)}")
    if finding.files and not finding.citations:
        lines.append(f"  - 涉及文件：{_md('、'.join(finding.files))}")
    return lines


def check_markdown(
    findings: Iterable[Finding],
    errors: list[dict],
    *,
    title: str = "申报材料检查报告",
    preamble: Iterable[str] = (),
    catalog: Catalog | None = None,
) -> str:
    """`preamble` lines (platform, 申报单位 …) are escaped here like everything else."""
    findings = list(findings)
    counts = severity_counts(findings)
    lines = [f"# {_md(title)}", ""]
    lines += [f"{_md(line)}  " for line in preamble]
    if preamble:
        lines.append("")
    summary = "，".join(f"{SEVERITY_ZH[s]} {n} 项" for s, n in counts.items())
    lines += ["## 概况", "", f"共发现 {len(findings)} 项问题：{summary}。", ""]
    if errors:
        lines += ["## 无法读取的文件", ""]
        lines += [f"- {_md(str(e.get('file', '')))}：{_md(str(e.get('error', '')))}" for e in errors]
        lines.append("")
    for group_title, items in group_findings(findings, catalog):
        lines += [f"## {group_title}", ""]
        for finding in items:
            lines += finding_markdown(finding)
        lines.append("")
    if not findings:
        lines += ["未发现问题。", ""]
    return "\n".join(lines).rstrip("\n") + "\n"


# --- README rule table -----------------------------------------------------------------------------


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def rules_markdown() -> str:
    """The rule table of the README, generated from `assistant.checks.rule_catalog()`."""
    from assistant.checks import rule_catalog

    lines = ["| 规则 | 检查内容 | 严重程度 | 依据 |", "|---|---|---|---|"]
    for spec in rule_catalog():
        lines.append(f"| `{spec.id}` | {_cell(spec.title)} | {SEVERITY_ZH[spec.severity]} | {_cell(spec.basis)} |")
    return "\n".join(lines) + "\n"
