"""附件3 申报书: cover, chapters 一…六 (+七 for 2023 participants), 表X 对标表, cases."""

from __future__ import annotations

from dataclasses import dataclass, field

from .blocks import Cell, Heading, Image, PageBreak, Para, Spacer, Title, grid
from .model import Package


@dataclass
class Case:
    title: str            # "平台名——定位" (≤30字)
    company: str          # 企业简介 (≤120字)
    platform: str         # 平台简介 (~300字)
    content: list[str]    # 案例实际内容简介 (~500字)
    image: bytes | None = None
    caption: str = ""


@dataclass
class Narrative:
    company_intro: list[str]
    competence: list[str]
    basic: list[str]
    architecture: list[str]
    advance: list[str]
    bench: list[tuple[str, str, str]]
    operations: list[str]
    tech_innovation: str
    effects: list[str]
    app_innovation: str
    plan: list[str]
    cases: list[Case]
    attachments: list[tuple[str, str]]  # (附件名称, 页码/说明)
    compare: list[tuple[str, str, str]] = field(default_factory=list)  # 七: (指标, 2023年度申报, 本次申报)
    compare_text: list[str] = field(default_factory=list)
    numbering: str = "（一）"  # sub-heading style: "（一）" | "1." | "2.1"
    h2_as_heading: bool = True
    drop_chapters: set[str] = field(default_factory=set)  # "六" … for planted missing sections


SUBS = {"（一）": ["（一）", "（二）", "（三）", "（四）", "（五）"], "1.": ["1.", "2.", "3.", "4.", "5."]}


def _sub(n: Narrative, chapter: int, i: int) -> str:
    if n.numbering == "2.1":
        return f"{chapter}.{i + 1} "
    return SUBS[n.numbering][i]


def narrative_blocks(p: Package, n: Narrative, date: str = "2024年7月16日") -> list:
    c = p.contact
    out: list = [
        Spacer(40), Title("上海市工业互联网平台应用水平评价", 20), Title("申报书", 26), Spacer(60),
        Para("申报年度：2024年度", size=14), Para(f"平台名称：{p.declared_name}", size=14),
        Para(f"申报单位：{p.company.name}（公章）", size=14), Para(f"联 系 人：{c.name}", size=14),
        Para(f"联系人电话：{c.mobile}", size=14), Spacer(150),
        Para("上海市经济和信息化委员会制", align="center", size=14), Para(date, align="center", size=14), PageBreak(),
    ]

    def h2(ch: int, i: int, text: str):
        label = f"{_sub(n, ch, i)}{text}"
        return Heading(label, 2) if n.h2_as_heading else Para(label, bold=True)

    def paras(items):
        return [Para(t, indent=True) for t in items]

    out += [Heading("一、申报单位简介", 1), h2(1, 0, "申报单位情况介绍")] + paras(n.company_intro)
    out += [h2(1, 1, "申报单位核心竞争力")] + paras(n.competence)
    out += [Heading("二、平台建设及运营情况", 1), h2(2, 0, "平台基本信息")] + paras(n.basic)
    out += [h2(2, 1, "平台技术架构")] + paras(n.architecture)
    out += [h2(2, 2, "技术路线先进性")] + paras(n.advance)
    H = lambda t: Cell(t, bold=True, align="center", shade="D9E2F3")
    rows = [[H("三级指标"), H("本平台数据"), H("对标数据")]]
    rows += [[Cell(a), Cell(b), Cell(c2)] for a, b, c2 in n.bench]
    out += [Para("表X 平台对标同行业或相似平台的部分量化数据对比表", align="center", bold=True, size=10),
            grid([1.2, 2.6, 2.6], rows, header_rows=1, size=9)]
    out += [h2(2, 3, "平台运营情况")] + paras(n.operations)
    out += [Para(n.tech_innovation, indent=True)]
    out += [Heading("三、平台应用成效", 1)] + paras(n.effects) + [Para(n.app_innovation, indent=True)]
    out += [Heading("四、平台下一步发展计划", 1)] + paras(n.plan)
    if "五" not in n.drop_chapters:
        out += [Heading("五、平台应用案例", 1)]
        for i, case in enumerate(n.cases, start=1):
            out += [Para(f"案例{i}：{case.title}", bold=True), Para("企业简介", bold=True), Para(case.company, indent=True),
                    Para("平台简介", bold=True), Para(case.platform, indent=True), Para("案例实际内容简介", bold=True)]
            out += paras(case.content)
            if case.image:
                out += [Image(case.image, 13.5, case.caption)]
    if "六" not in n.drop_chapters:
        out += [Heading("六、附件及其他说明材料", 1),
                Para("本申报书附件清单如下（证明材料以独立文件随申报材料一并提交）：", indent=True)]
        arow = [[H("序号"), H("附件名称"), H("页码/说明")]]
        arow += [[Cell(str(i), align="center"), Cell(a), Cell(b, align="center")] for i, (a, b) in
                 enumerate(n.attachments, start=1)]
        out += [grid([0.6, 4.6, 1.6], arow, header_rows=1, size=9.5)]
    if p.listed[2] and "七" not in n.drop_chapters:
        out += [Heading("七、平台相较上年度对比情况", 1)] + paras(n.compare_text)
        crow = [[H("指标"), H("2023年度申报（截至2023年6月）"), H("本次申报（截至2024年6月）")]]
        crow += [[Cell(a), Cell(b, align="center"), Cell(c2, align="center")] for a, b, c2 in n.compare]
        out += [grid([2.4, 2, 2], crow, header_rows=1, size=9.5)]
    return out


def char_count(text: str) -> int:
    import re

    return len(re.sub(r"\s+", "", text))


def case_total(case: Case) -> int:
    return sum(char_count(t) for t in [case.title, case.company, case.platform, *case.content])


def narrative_limits_ok(n: Narrative) -> list[str]:
    """Over-limit items of the 申报书 template (innovation paragraphs, case format)."""
    bad = []
    if char_count(n.tech_innovation) > 300:
        bad.append("tech_innovation")
    if char_count(n.app_innovation) > 300:
        bad.append("app_innovation")
    for i, c in enumerate(n.cases, start=1):
        if char_count(c.title) > 30 or "——" not in c.title:
            bad.append(f"case{i}_title")
        if char_count(c.company) > 120:
            bad.append(f"case{i}_company")
        if case_total(c) > 1000:
            bad.append(f"case{i}_total")
    return bad
