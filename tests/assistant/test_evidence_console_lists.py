"""A console's list page (h25's admin screenshots, first met 2026-12-05): the pager's 「共N条」 counts
what the breadcrumb names; a page naming nothing, or with two pagers, says nothing. OCR boxes are
given as the reader returns them (`test_evidence_figures.page_of`)."""

from __future__ import annotations

from test_evidence_figures import page_of

from assistant.catalog.notice import load_catalog
from assistant.evidence.console_lists import CONSOLE_CONFIDENCE, read_console_totals
from extractors.model import Document

ROWS = [("E30000", 260, 240, 330, 260), ("太仓嘉禾金属制品有限责任公司", 360, 240, 620, 260), ("已认证", 700, 240, 760, 260),
        ("E30017", 260, 280, 330, 300), ("盐城正泰仪表有限公司", 360, 280, 560, 300), ("已认证", 700, 280, 760, 300)]


def _totals(boxes) -> dict:
    page = page_of(boxes)
    document = Document(id="0" * 64, path="证明材料/后台截图.png", format="image", pagination="physical", pages=(page,))
    facts = read_console_totals(document, load_catalog())
    for fact in facts:
        assert page.text[fact.citations[0].span.start:fact.citations[0].span.end] == fact.citations[0].quote
    return {f.field_id: f for f in facts}


def test_the_pager_total_counts_what_the_breadcrumb_names():
    boxes = [("YF-IIP 运营管理后台", 20, 10, 220, 40), ("概览", 20, 100, 60, 120), ("用户管理/企业用户", 260, 100, 420, 120),
             ("企业用户", 260, 140, 340, 170), *ROWS, ("共3,126条", 500, 700, 580, 720), ("10条/页", 600, 700, 660, 720)]
    users = _totals(boxes)["enterprise_users_registered"]
    assert users.normalized == 3126 and users.confidence == CONSOLE_CONFIDENCE and not users.confident
    devices = [("设备中心 / 设备注册", 260, 100, 420, 120), *ROWS, ("共 6,132 条", 500, 700, 600, 720)]
    assert _totals(devices)["devices_total"].normalized == 6132


def test_a_page_that_names_nothing_or_has_two_pagers_says_nothing():
    assert _totals([("日志审计/操作日志", 260, 100, 420, 120), *ROWS, ("共8,640条", 500, 700, 580, 720)]) == {}
    assert _totals([("设备管理/设备台账", 260, 100, 420, 120), ("共8,640条", 500, 400, 580, 420),
                    ("共12条", 500, 700, 580, 720)]) == {}


SERVICES = [("env-gateway", 260, 240, 360, 260), ("DEFAULT_GROUP", 420, 240, 540, 260), ("3", 600, 240, 610, 260),
            ("env-auth", 260, 280, 340, 300), ("DEFAULT_GROUP", 420, 280, 540, 300), ("6", 600, 280, 610, 300)]


def test_a_service_registry_counts_its_services():
    # a Nacos console (h31, 2026-12-06): 「服务列表 | Service List」 over 服务名 and 实例数 columns
    nacos = [("NACOS 2.2.3", 20, 10, 140, 40), ("服务列表 | Service List", 260, 100, 460, 120),
             ("服务名 Service Name", 260, 200, 380, 220), ("分组名称 Group", 420, 200, 520, 220),
             ("实例数 Instances", 600, 200, 700, 220), *SERVICES, ("共 126 条 Total 126", 500, 700, 640, 720)]
    services = _totals(nacos)["microservices_total"]
    assert services.normalized == 126 and not services.confident
    # an app market's 「服务列表」 of offerings has no registry's words: not the microservices
    market = [("服务列表", 260, 100, 340, 120), ("服务名称", 260, 200, 340, 220), ("服务商", 420, 200, 500, 220),
              *ROWS, ("共 126 条", 500, 700, 600, 720)]
    assert "microservices_total" not in _totals(market)


def test_a_kubernetes_workload_page_counts_its_deployments_doubted():
    k8s = [("Kubernetes Dashboard · 集群 iiot-prod-01", 20, 10, 400, 40), ("Workloads 工作负载", 20, 100, 200, 120),
           *SERVICES, ("Deployments: 52 Pods: 147", 500, 700, 700, 720)]
    fact = _totals(k8s)["microservices_total"]
    assert fact.normalized == 52 and any("Deployment" in r for r in fact.reasons)
    # the same line on a page that is no workload view says nothing
    assert _totals([("发布记录", 20, 100, 200, 120), ("Deployments: 52", 500, 700, 640, 720)]) == {}
