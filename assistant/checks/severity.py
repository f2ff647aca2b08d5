"""The severity policy, enforced in one place: when a finding is an 错误, a 警告 or a 提示.

A reviewer who meets one false 错误 stops trusting the rest, so an error is a promise:
- `error` only when both sides are unambiguous — the same indicator, scope (platform / company),
  period and unit on both sides, each read with confidence (a typed form cell, a figure whose
  reader named no doubt) — and the notice makes the difference wrong (a rule of the 填报指引, an
  identity, a subset, a sum, a required file or section);
- a company-wide figure only bounds a platform one: the platform's revenue may not exceed the
  company's, and that is the only company-vs-platform error;
- anything in doubt — a value read by OCR from a stamped scan, a figure of unknown period or
  unit, a reading the reader marked uncertain, a count that could be of another list — makes
  the finding a `warning` that states the doubt; a rule whose own basis is guidance rather than
  a rule (字数 "左右", formats) is a warning or `info` to begin with.

Rules report what they found together with what they doubt (`Finding.doubts`); `apply_policy`,
run by the rule registry on every finding, is the only place that turns an intended severity and
its doubts into the severity shown and writes the doubt into the message, so the policy cannot
drift apart rule by rule.
"""

from __future__ import annotations

from collections.abc import Iterable

from assistant.core.findings import Finding, Severity

SCAN_DOUBT = "申报表数值依据盖章扫描件的识别结果，可能有识别误差"


def decide(severity: Severity, doubts: Iterable[str] = ()) -> tuple[Severity, str]:
    """(severity to report, note to append to the message). An error with any doubt becomes a
    warning; a warning or note keeps its severity and states its doubts."""
    unique = [d.removeprefix("存疑：") for d in dict.fromkeys(d for d in doubts if d)]
    if not unique:
        return severity, ""
    if severity == "error":
        return "warning", "（存疑：" + "；".join(unique) + "。请人工核对）"
    return severity, "（" + "；".join(unique) + "）"


def apply_policy(finding: Finding) -> Finding:
    """The finding as the reviewer sees it: severity decided from its doubts, doubts stated."""
    severity, note = decide(finding.severity, finding.doubts)
    if not note or note in finding.message:
        return finding if severity == finding.severity else finding.model_copy(update={"severity": severity})
    return finding.model_copy(update={"severity": severity, "message": finding.message + note})
