"""Proofs of status (h61, first met 2026-12-06; h15): a 等保 report's conclusion page, a scan record's
latest month, an ISMS certificate and a 标识 certificate's prefix are evidence of the security and 标识
answers, cited where the page says so; a report that is no test report, or a page without the words,
gives nothing. Fixtures are drawn here."""

from __future__ import annotations

from pathlib import Path

from fixtures.make_unseen_fixtures import Line, flow_pdf, read_pdf

from assistant.catalog.notice import load_catalog
from assistant.evidence.security_proofs import read_security_proofs


def _read(tmp_path: Path, name: str, pages: list[list[str]]) -> dict[str, tuple[str, int, str]]:
    document = read_pdf(flow_pdf(tmp_path / name, [[Line(t) for t in page] for page in pages]))
    return {v.field_id: (v.value, v.citations[0].page, v.citations[0].quote)
            for v in read_security_proofs(document, load_catalog())}


def test_a_test_reports_conclusion_page(tmp_path: Path):
    found = _read(tmp_path, "等保测评报告.pdf", [
        ["网络安全等级保护", "示例平台等级测评报告", "报告时间：2023年11月28日"],
        ["目录", "1 测评项目概述"],
        ["等级测评结论", "安全保护等级 第三级", "定级结果 S3A3G3", "测评结论 基本符合", "测评日期 2023年10月16日至2023年11月10日"]])
    assert found == {"third_party_security_testing": ("第三级；测评结论：基本符合；2023年10月16日", 3, "测评结论 基本符合")}


def test_a_scan_record_certificates_and_a_prefix(tmp_path: Path):
    scans = _read(tmp_path, "扫描记录.pdf", [["平台月度漏洞扫描记录（2024年1—6月）", "月份 高危 中危", "2024-01 0 3", "2024-06 0 1"]])
    assert scans == {"security_scanning": ("扫描记录至2024-06", 1, "2024-06")}
    isms = _read(tmp_path, "ISO27001.pdf", [["证书编号：ISC24IS0318R1M", "信息安全管理体系认证证书",
                                             "符合ISO/IEC 27001:2013标准", "有效期至：2026年5月19日"]])
    assert isms == {"security_policies": ("信息安全管理体系认证证书（有效期至2026年5月19日）", 1, "信息安全管理体系认证证书")}
    prefix = _read(tmp_path, "标识证书.pdf", [["工业互联网标识注册证书", "企业前缀：88.216.1903"]])
    assert prefix == {"identifier_resolution": ("标识企业前缀 88.216.1903", 1, "企业前缀：88.216.1903")}


def test_words_out_of_place_give_nothing(tmp_path: Path):
    """A 申报书 that speaks of a 测评结论 is no test report; a prefix without a 标识 certificate's words is none."""
    assert _read(tmp_path, "申报书.pdf", [["上海市工业互联网平台应用水平评价申报书", "平台通过等保三级，测评结论：基本符合。"]]) == {}
    assert _read(tmp_path, "清单.pdf", [["设备清单", "前缀：88.216.1903"]]) == {}


def test_a_certificate_says_whose_it_is_and_until_when(tmp_path: Path):
    document = read_pdf(flow_pdf(tmp_path / "标识证书.pdf", [[Line("工业互联网标识注册证书"), Line("示例数字科技有限公司"),
                                                             Line("企业前缀：88.216.1903"), Line("有效期至：2025年4月11日")]]))
    (value,) = read_security_proofs(document, load_catalog())
    assert "有效期至：2025年4月11日" in value.reasons and "持证单位：示例数字科技有限公司" in value.reasons


def test_a_dcmm_certificates_level(tmp_path: Path):
    found = _read(tmp_path, "DCMM.pdf", [["数据管理能力成熟度等级证书", "经评估，数据管理能力成熟度等级达到：2级（受管理级）"]])
    assert found == {"data_governance": ("DCMM 2级", 1, "达到：2级")}


def test_the_holder_is_the_certified_organisation_not_a_seal_at_the_foot(tmp_path: Path):
    """h42: 「获证组织：上海碳索能源服务股份有限公司」, with the certifier's seal 「安业中心有限公司」 read at the foot."""
    document = read_pdf(flow_pdf(tmp_path / "ISO.pdf", [[Line("信息安全管理体系认证证书"), Line("证书编号：ISMS-2022-11-0874"),
                                                        Line("获证组织：上海碳索能源服务股份有限公司"),
                                                        Line("有效期至：2025年11月7日"), Line("安业中心有限公司")]]))
    (value,) = read_security_proofs(document, load_catalog())
    assert "持证单位：上海碳索能源服务股份有限公司" in value.reasons


def test_a_lapsed_certificate_bound_before_its_renewal_proves_by_the_renewal(tmp_path: Path):
    """h88: one file, the last cycle's certificate (lapsed) on page 1 and its renewal on page 2 — the proof
    is the certificate valid longest, wherever it is bound."""
    found = _read(tmp_path, "ISMS证书（2021年版及2024年换证）.pdf", [
        ["信息安全管理体系认证证书", "证书编号：ISMS-2021-0386", "有效期至：2024年3月14日", "（上一认证周期证书，已换证，见第2页）"],
        ["信息安全管理体系认证证书", "证书编号：ISMS-2024-0211", "有效期至：2027年3月7日", "（换证）"]])
    assert found == {"security_policies": ("信息安全管理体系认证证书（有效期至2027年3月7日）", 2, "信息安全管理体系认证证书")}
