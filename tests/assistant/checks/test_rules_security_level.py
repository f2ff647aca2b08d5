"""The 等保 level an answer claims against the 备案证明 of the platform's own system (h28, first
met 2026-12-05); another system's lower level beside it says nothing. Packages are written here."""

from __future__ import annotations

import pytest
from application_files import INDICATORS, PLATFORM, load_review, run_rule, write_package, write_simple

ANSWER = {"有否定期开展第三方安全测试/测评": "是，每年一次网络安全等级保护三级测评（平台已通过等保三级）"}


@pytest.mark.parametrize(("system", "level", "flagged"), [
    (PLATFORM, "第二级", True),
    (PLATFORM, "第三级", False),
    ("延锋综合办公管理系统", "第二级", False),  # another system of the company
])
def test_the_platforms_filing_below_the_claimed_level(tmp_path, system, level, flagged):
    root = write_package(tmp_path / "pkg", form={"indicators": {**INDICATORS, **ANSWER}})
    write_simple(root / "ZM04 网络安全等级保护备案证明.docx",
                 ["信息系统安全等级保护备案证明", f"系统名称：{system}", f"安全保护等级：{level}", "备案编号：31011899001-24001"])
    findings = run_rule("declared_vs_evidence.security_level", load_review(root, tmp_path / "ws"))
    assert [(f.severity, f.expected, f.actual) for f in findings] == ([("warning", "第二级", "第三级")] if flagged else [])
