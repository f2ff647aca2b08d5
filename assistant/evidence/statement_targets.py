"""What a statement's figure is evidence of, by whose figures they are (`assistant.evidence.financial`).

A company's statements feed the enterprise's own fields (总资产, 利润总额; 营业收入 as
`COMPANY_REVENUE_COMPONENT`, the upper bound of both 主营业务收入 and the platform's revenue); a platform's
statements feed 平台相关营业收入 (this year's and the 近三年 history), 研发投入 and the formula inputs of
利润率, 投资回报率 and 社会贡献率.

A company whose whole business is the platform says so in its notes (「主营…平台的建设与运营，营业收入全部
来源于平台订阅服务及基于平台的解决方案」, h60): its statements are then also read as the platform's, doubted
(`dedicated_company`).

Must not: read statements or compare with the form.
"""

from __future__ import annotations

import re

from assistant.catalog.notice import Catalog
from assistant.catalog.vocabulary import (
    ANNUAL_PROFIT_COMPONENT,
    ASSETS_END_COMPONENT,
    ASSETS_START_COMPONENT,
    COMPANY_REVENUE_COMPONENT,
    PROFIT_COMPONENT,
    TAX_COMPONENT,
)
from assistant.core.evidence import FIRST_GROWTH_BASE
from assistant.core.text_keys import squash
from extractors.model import Document

# 「营业收入全部来源于平台订阅服务…」, 「公司收入均来自…工业互联网平台」 (not 「平台收入均来自…」: a part of it)
_DEDICATED = re.compile(r"(?<!平台)(?:营业收入|主营业务收入|收入|营收)(?:全部|均|全部均|100%)(?:来源于|来自于?|为|系|产生于)"
                        r"[^。；;，,]{0,30}?平台[^。；;]{0,20}")


# 「公司研发费用即平台研发投入」, 「研发费用全部用于平台」: the company's R&D is the platform's, said in so many words (h94)
_DEDICATED_RD = re.compile(r"(?<!平台)研发费用(?:即|即为|全部为|均为|全部用于|均用于)[^。；;，,]{0,6}?平台")


def dedicated_company(document: Document, rd: bool = False) -> str:
    """The sentence of `document` saying that all of the company's revenue (`rd`: its R&D) is the platform's, or ""."""
    for page in document.pages:
        text = squash(page.text)
        for found in (_DEDICATED_RD if rd else _DEDICATED).finditer(text):
            if not re.search(r"平台[^。；;，,]{0,6}$", text[:found.start()]):  # 「平台业务收入全部来源于…」: a part's
                return found.group(0)
    return ""


def history_targets(year: int, catalog: Catalog) -> list[tuple[str, str]]:
    """(field, component) a year's platform revenue is evidence of: the 近三年 history's own year, or, for the
    year before it (2020), the base of the first year's growth rate (「2021年平台营收增长率」's 2020 revenue, h68)."""
    history = f"platform_revenue_{year}"
    if any(f.id == history for f in catalog.fields):
        return [(history, catalog.field(history).label)]
    growth = f"platform_revenue_growth_{year + 1}"
    if any(f.id == growth for f in catalog.fields) and FIRST_GROWTH_BASE.startswith(f"{year}年"):
        return [(growth, FIRST_GROWTH_BASE)]
    return []


def statement_targets(item: str, role: str, year: int | None, latest: int | None, scope: str,
             catalog: Catalog) -> list[tuple[str, str, str]]:
    """(field, component, doubt) the figure is evidence of; doubt "" when it is the field itself."""
    current_year = year is not None and year == latest
    out: list[tuple[str, str, str]] = []
    if scope == "platform":
        if item == "营业收入":
            if role == "current" and current_year:
                out.append(("revenue", "", ""))
            if year is not None:
                out += [(field_id, component, "") for field_id, component in history_targets(year, catalog)]
        elif current_year and role == "current":
            out += {"研发费用": [("rd_investment", "", "存疑：利润表“研发费用”不含资本化的研发投入")],
                    "利润总额": [("profit_margin", PROFIT_COMPONENT, ""), ("roi", ANNUAL_PROFIT_COMPONENT, "")],
                    "税金及附加": [("social_contribution_rate", TAX_COMPONENT, "")],
                    "资产总计": [("social_contribution_rate", ASSETS_END_COMPONENT, "")]}.get(item, [])
        elif item == "资产总计" and role == "prior" and year is not None and latest is not None and year == latest - 1:
            out.append(("social_contribution_rate", ASSETS_START_COMPONENT, ""))
    elif current_year and role == "current":
        out += {"利润总额": [("total_profit", "", "")], "资产总计": [("total_assets", "", "")],
                "营业收入": [("main_business_revenue", COMPANY_REVENUE_COMPONENT, "")],
                "主营业务收入": [("main_business_revenue", "", "存疑：申报表的主营业务收入也可能按营业收入口径填写")]}.get(item, [])
    return out
