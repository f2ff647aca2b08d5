"""A list's parts the notice asks on their own (公有云, 日均运行, 海外 of the devices; the paying enterprises)
are figures the list states, not counts of the list (h78, 2026-12-07: every blind labeller filed such a
difference as declared_vs_evidence — 「其中：公有云接入 6,597 台/套」 under a device list's 合计, a 日均运行
column's 合计, the rows marked 付费 of a served-enterprise export). The list's own count stays the list's."""

from __future__ import annotations

from assistant.core.citations import Citation
from assistant.core.evidence import EvidenceValue
from extractors.model import Span

DEVICES = "证明材料/03_接入设备明细表.pdf"
EXPORT = "证明材料/附件5_服务企业清单_系统导出.xlsx"


def listed(field_id: str, value: int, file: str, page: int) -> EvidenceValue:
    from assistant.catalog.notice import load_catalog

    quote = f"合计 {value}"
    return EvidenceValue(field_id=field_id, label=load_catalog().field(field_id).label, value=str(value), unit="",
                         normalized=value, method="list_count", period="合计", confidence=0.95, scope="platform",
                         citations=(Citation(file=file, page=page, quote=quote, span=Span(start=0, end=len(quote))),))


def rules(findings_of, review) -> list[str]:
    return sorted(f.rule for rule in ("count_vs_list.count", "declared_vs_evidence.value") for f in findings_of(rule, review))


def test_a_device_lists_cloud_and_daily_figures_are_stated_figures(make_review, findings_of):
    review = make_review(devices_public_cloud="10778", devices_public_cloud_daily_running="8636")
    review.evidence = [listed("devices_total", 16000, DEVICES, 12), listed("devices_public_cloud", 10578, DEVICES, 12),
                       listed("devices_public_cloud_daily_running", 8536, DEVICES, 12)]
    found = findings_of("declared_vs_evidence.value", review)
    assert sorted(f.fields for f in found) == [("其中：公有云工业设备平均日运行数量（台/套）",), ("其中：公有云工业设备连接数量（台/套）",)]
    cloud, daily = sorted(found, key=lambda f: "日运行" in f.fields[0])
    assert cloud.severity == "error"  # the list's total backs the form: no doubt on its 公有云 figure
    assert daily.severity == "warning" and any("清单可能不完整" in d for d in daily.doubts)  # a part of a part that differs
    assert findings_of("count_vs_list.count", review) == []


def test_the_lists_own_count_stays_the_lists(make_review, findings_of):
    review = make_review(devices_total="16100", enterprises_served="390")
    review.evidence = [listed("devices_total", 16000, DEVICES, 12), listed("enterprises_served", 383, EXPORT, 1)]
    assert rules(findings_of, review) == ["count_vs_list.count", "count_vs_list.count"]


def test_a_part_of_a_list_short_of_the_declared_total_is_doubted(make_review, findings_of):
    """The export counts 1,286 where 1,326 are declared, and its 付费 rows 486 against 512: the paying
    difference is a stated figure's, and a warning saying the list itself falls short."""
    review = make_review(enterprises_served="1326", enterprises_paying="512")
    review.evidence = [listed("enterprises_served", 1286, EXPORT, 1), listed("enterprises_paying", 486, EXPORT, 1)]
    [paying] = findings_of("declared_vs_evidence.value", review)
    assert paying.fields == ("其中：付费企业数（个）",) and paying.severity == "warning"
    assert any("清单可能不完整" in d for d in paying.doubts)
    [count] = findings_of("count_vs_list.count", review)
    assert count.fields == ("其中：实际服务企业数（个）",) and count.severity == "error"


def test_a_column_total_of_an_app_list_is_a_stated_figure(make_review, findings_of):
    """h9: an app centre's printout, its 订阅数 column closed by 「合计 10,286」, against 12,860 declared: the
    subscriptions are a figure the list states (declared_vs_evidence), the APPs it counts stay the list's."""
    review = make_review(app_subscriptions="12860")
    review.evidence = [listed("app_subscriptions", 10286, "证明材料/3-4 应用中心页面打印.pdf", 2)]
    assert rules(findings_of, review) == ["declared_vs_evidence.value"]


def test_a_rate_in_a_device_reports_prose_is_a_stated_figure_not_a_count(make_review, findings_of, tmp_path):
    """h32: a device report (filed as a device list) whose prose says 「设备利用率为66.99%」 against 78.50
    declared: a rate is no count of the list's rows, so the difference is the figure the proof states."""
    from assistant.package.model import Classification, FileRole, Package, PackageFile
    from extractors.reader import read_file

    (path := tmp_path / "设备运行统计.txt").write_text("平台连接工业设备利用率为66.99%", encoding="utf-8")
    member = PackageFile(path=path.name, document=read_file(path), cached=False, parse_seconds=0.0,
                         classification=Classification(role=FileRole.device_list, confidence=0.9, reasons=()))
    review = make_review(device_utilization="78.50")
    review.package = Package(id="p", source="t", root=str(tmp_path), files=(member,))
    quote = "为66.99%"
    review.evidence = [EvidenceValue(field_id="device_utilization", label="平台连接工业设备利用率（%）", value="66.99",
                                     unit="%", normalized=66.99, method="text", confidence=0.8, scope="platform",
                                     citations=(Citation(file=path.name, page=1, quote=quote,
                                                         span=Span(start=0, end=len(quote))),))]
    assert rules(findings_of, review) == ["declared_vs_evidence.value"]
