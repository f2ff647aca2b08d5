"""「平台全部部署于公有云环境，目前未开展私有化部署」 in the 申报书 against a 部署方式 ticked 私有云 (h23).
Small real packages (python-docx, real readers) from `application_files`; the form ticks 私有云 and 公有云."""

from __future__ import annotations

import pytest
from application_files import Outline, load_review, run_rule, write_package


@pytest.mark.parametrize("prose, found", [
    ("平台全部部署于阿里云公有云环境，客户以租户方式使用。", True),
    ("平台基础设施租用公有云，目前未开展私有化部署。", True),
    ("平台以公有云为主，并为3家大型客户提供私有化部署。", False),
    ("平台可支持私有化部署，目前尚无客户提出需求。", False),  # a capability, not a deployment said
    ("后续将全部部署于公有云。", False),  # a plan
])
def test_no_private_deployment_said_against_the_ticked_private_cloud(tmp_path, prose, found):
    review = load_review(write_package(tmp_path / "pkg", outline=Outline(section2_prose=prose)), tmp_path / "ws")
    findings = run_rule("narrative_vs_form.deployment", review)
    assert bool(findings) is found
    assert all(f.severity == "warning" and "私有云" in f.message for f in findings)
