"""A management console's list page → the count of what it lists.

Platform back ends show their registries as paged tables with the total beside the pager —
「共4,126条」, 「共 3,126 条记录」, 「总计 8640 条」 — under a breadcrumb and a page title that say what
the rows are: 「设备管理/设备台账」, 「用户管理/企业用户」, 「应用市场 > 应用列表」. The pager's total is
the count of those things (with whatever filter the page shows applied: the applicant chose the
view). What it counts is read from the breadcrumb's last part (a page without one says nothing), the list
words dropped (台账, 列表, 清单, 管理, 明细): 「设备台账」 → 设备 → 接入设备总数, 「企业用户」 → 注册企业用户
(`catalog.vocabulary.caption_field`). A page whose title names no indicator says nothing.
A service registry (Nacos, Eureka, Consul: 「服务列表 | Service List」 over a 「服务名」 column) lists
the platform's microservices, one row a service; a Kubernetes console's workload summary
(「Deployments: 52 Pods: 147」) counts one Deployment a service, doubted as such.

It is a reading of the page, not a figure printed with the indicator's name: a difference from the
form is a warning, never an error.

Must not: count the rows shown (a page holds ten of them) or compare with the form.
"""

from __future__ import annotations

import re

from assistant.catalog.notice import Catalog
from assistant.catalog.vocabulary import caption_field
from assistant.core.evidence import OCR_REASON, EvidenceFact
from assistant.core.text_keys import compact
from assistant.evidence.rows import document_rows
from assistant.values.numbers import parse_quantity
from extractors.model import Document

# the pager's total, alone or beside 「10条/页」 and the page links
_PAGER = re.compile(r"(?:^|[^\d条])(?:共|总计|Total)\s*[:：]?\s*(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s*(?:条|项)(?:记录|数据)?", re.IGNORECASE)
_CRUMB = re.compile(r"\s*(?:/|>|＞|›|»|\\)\s*")
_LIST_WORDS = re.compile(r"(?:台账|档案|注册|列表|清单|管理|明细|一览|查询|中心|信息|库)$")
CONSOLE_CONFIDENCE = 0.75


def read_console_totals(document: Document, catalog: Catalog) -> list[EvidenceFact]:
    fields = {f.id: f for f in catalog.fields}
    facts: list[EvidenceFact] = []
    rows = document_rows(document)
    for page in document.pages:
        lines = [r for r in rows if r.page_number == page.number]
        texts = [compact(r.text) for r in lines]
        facts += _workloads(page, lines, texts, fields)
        pagers = [(i, m) for i, t in enumerate(texts) if (m := _PAGER.search(t))]
        if len(pagers) != 1:
            continue  # no pager, or several tables on the page: which total is whose is not said
        index, pager = pagers[0]
        thing = _listed(texts[:index]) or _registry(texts[:index])
        field_id = _field_of(thing) if thing else None
        quantity = parse_quantity(pager["n"], whole=True)
        cell = next((c for c in lines[index].cells if pager["n"] in compact(c.text)), None)
        if field_id is None or field_id not in fields or quantity is None or cell is None or cell.citation is None:
            continue
        spec = fields[field_id]
        reasons = [f"管理后台列表页“{thing}”的分页合计“{pager.group(0).strip()}”", "存疑：按页面标题判断所列对象，列表可能带筛选条件"]
        if page.source == "ocr":
            reasons.append(OCR_REASON)
        facts.append(EvidenceFact(field_id=spec.id, label=spec.label, value=pager["n"], unit=spec.unit or "",
                                  normalized=int(quantity.value), scope="platform", dimension="total",
                                  confidence=CONSOLE_CONFIDENCE, reasons=tuple(reasons),
                                  method="ocr_figure" if page.source == "ocr" else "table_row",
                                  citations=(cell.citation,), note=f"列表页“{thing}”共 {pager['n']} 条"))
    return facts


_SERVICE_LIST = re.compile(r"服务列表|ServiceList|服务管理|注册中心", re.IGNORECASE)
_SERVICE_NAME = re.compile(r"服务名(?:称)?|ServiceName", re.IGNORECASE)
_REGISTRY = re.compile(r"Nacos|Eureka|Consul|注册中心|健康实例|实例数|Instances|DEFAULT_GROUP", re.IGNORECASE)
_DEPLOYMENTS = re.compile(r"Deployments?[:：]\s*(?P<n>\d[\d,]*)(?!\s*/)", re.IGNORECASE)


def _registry(above: list[str]) -> str:
    """「微服务」 when the page is a service registry's list: its title, a 服务名 column and a
    registry's words (实例数, 健康实例, Nacos …): an app market's 「服务列表」 of offerings is none."""
    said = " ".join(above)
    if _SERVICE_LIST.search(said) and _SERVICE_NAME.search(said) and _REGISTRY.search(said):
        return "微服务"
    return ""


def _workloads(page, lines, texts, fields) -> list[EvidenceFact]:
    """A Kubernetes workload page's 「Deployments: N」 → 微服务数量, doubted (one Deployment a service)."""
    if "microservices_total" not in fields or not any(re.search(r"Workloads?|工作负载", t, re.IGNORECASE) for t in texts):
        return []
    found = [(i, m) for i, t in enumerate(texts) if (m := _DEPLOYMENTS.search(t))]
    if len(found) != 1:
        return []
    index, match = found[0]
    cell = next((c for c in lines[index].cells if match["n"] in compact(c.text)), None)
    quantity = parse_quantity(match["n"], whole=True)
    if cell is None or cell.citation is None or quantity is None:
        return []
    spec = fields["microservices_total"]
    reasons = ["Kubernetes 工作负载页的 Deployment 合计", "存疑：按一个 Deployment 一个微服务计"]
    if page.source == "ocr":
        reasons.append(OCR_REASON)
    return [EvidenceFact(field_id=spec.id, label=spec.label, value=match["n"], unit=spec.unit or "",
                         normalized=int(quantity.value), scope="platform", dimension="total",
                         confidence=CONSOLE_CONFIDENCE, reasons=tuple(reasons),
                         method="ocr_figure" if page.source == "ocr" else "table_row",
                         citations=(cell.citation,), note=f"Deployments: {match['n']}")]


def _listed(above: list[str]) -> str:
    """What the page lists: the last part of its breadcrumb (「设备管理/设备台账」), else ''."""
    for text in reversed(above):
        parts = [p for p in _CRUMB.split(text) if p]
        if len(parts) >= 2 and all(2 <= len(p) <= 12 and re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9]+", p) for p in parts):
            return parts[-1]
    return ""


def _field_of(thing: str) -> str | None:
    bare = _LIST_WORDS.sub("", thing) or thing
    return caption_field(bare) or caption_field(bare + "总数")
