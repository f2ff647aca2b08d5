"""Evidence files in each industry's own vocabulary; every renderer returns the facts it prints."""

from __future__ import annotations

import random
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from . import render as R


def F(label, value, unit, norm, file, page, quote, row="", col="", comp="", img=False):
    return dict(label=label, value=value, unit=unit, normalized=norm, file=file, page=page, quote=quote,
                row_label=row, column_label=col, component=comp, image_only=img)


def c(n):  # thousands separator
    return f"{n:,}"


# ------------------------------------------------------------------ audit report
def audit(path: Path, rel: str, S, E, unit: str = "万元", platform_title: str = "平台业务收支情况专项说明"):
    st = R.styles()
    k = 13.7 if S["list_no"] != 28 else 9.2  # company is much larger than the platform
    comp_rev = round(E["r23"] * 10000 * k + 1234567.89, 2)
    comp_rev_prev = round(E["r22"] * 10000 * k + 987654.32, 2)
    cover = [Spacer(1, 80), Paragraph(f"{S['company']}", st["title"]), Paragraph("2023年度财务报表审计报告", st["title"]),
             Spacer(1, 40), Paragraph("某某会计师事务所（特殊普通合伙）", st["p"]), Paragraph("报告文号：某审字〔2024〕第0%03d号" % S["list_no"], st["p"])]
    opinion = [Paragraph("审计报告", st["h"]),
               Paragraph(f"{S['company']}全体股东：我们审计了{S['company']}财务报表，包括2023年12月31日的合并资产负债表，2023年度的合并利润表、"
                         "合并现金流量表、合并所有者权益变动表以及相关财务报表附注。我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，"
                         "公允反映了公司2023年12月31日的合并财务状况以及2023年度的合并经营成果和现金流量。", st["p"])]
    pl = [Paragraph("合并利润表（单位：元）", st["h"]),
          R.ptable([["项目", "本期金额", "上期金额"],
                    ["一、营业总收入", c(comp_rev), c(comp_rev_prev)],
                    ["其中：营业收入", c(comp_rev), c(comp_rev_prev)],
                    ["二、营业总成本", c(round(comp_rev * 0.91, 2)), c(round(comp_rev_prev * 0.92, 2))],
                    ["研发费用", c(round(comp_rev * 0.062, 2)), c(round(comp_rev_prev * 0.058, 2))],
                    ["三、营业利润", c(round(comp_rev * 0.083, 2)), c(round(comp_rev_prev * 0.071, 2))],
                    ["四、利润总额", c(round(comp_rev * 0.081, 2)), c(round(comp_rev_prev * 0.07, 2))]],
                   widths=[60 * mm, 55 * mm, 55 * mm])]
    if unit == "万元":
        vals = [("平台相关营业收入", E["r21"], E["r22"], E["r23"]), ("平台相关研发投入", None, None, E["rd"]),
                ("平台利润总额", None, None, E["profit"])]
        fmt = lambda x: "—" if x is None else f"{x:,.2f}"
        norm = lambda x: x
    else:
        vals = [("平台相关营业收入", E["r21"] * 10000, E["r22"] * 10000, E["r23"] * 10000),
                ("平台相关研发投入", None, None, E["rd"] * 10000), ("平台利润总额", None, None, E["profit"] * 10000)]
        fmt = lambda x: "—" if x is None else f"{x:,.2f}"
        norm = lambda x: round(x / 10000, 2)
    special = [Paragraph(f"附注十五、关于“{S['declared_name']}”{platform_title}", st["h"]),
               Paragraph(f"公司将直接通过平台订阅服务取得的收入单列核算为平台相关营业收入，按项目辅助核算归集平台研发支出及平台成本费用。"
                         f"下表金额单位：{unit}。", st["p"]),
               R.ptable([["项目", "2021年度", "2022年度", "2023年度"]] + [[n, fmt(a), fmt(b), fmt(x)] for n, a, b, x in vals],
                        widths=[50 * mm, 40 * mm, 40 * mm, 40 * mm])]
    R.write_pdf(path, [cover, opinion, pl, special], header=f"{S['company']} 2023年度审计报告")
    p = 4
    facts = [
        F("平台相关营业收入（万元）", fmt(vals[0][3]), unit, norm(vals[0][3]), rel, p, fmt(vals[0][3]), "平台相关营业收入", "2023年度"),
        F("平台近三年经营指标情况", fmt(vals[0][1]), unit, norm(vals[0][1]), rel, p, fmt(vals[0][1]), "平台相关营业收入", "2021年度", "2021年平台营收（万元）"),
        F("平台近三年经营指标情况", fmt(vals[0][2]), unit, norm(vals[0][2]), rel, p, fmt(vals[0][2]), "平台相关营业收入", "2022年度", "2022年平台营收（万元）"),
        F("平台相关研发投入（万元）", fmt(vals[1][3]), unit, norm(vals[1][3]), rel, p, fmt(vals[1][3]), "平台相关研发投入", "2023年度"),
        F("平台利润率（%）", fmt(vals[2][3]), unit, norm(vals[2][3]), rel, p, fmt(vals[2][3]), "平台利润总额", "2023年度", "平台利润总额（万元）"),
        F("投资回报率（%）", fmt(vals[2][3]), unit, norm(vals[2][3]), rel, p, fmt(vals[2][3]), "平台利润总额", "2023年度", "平台年利润（万元）"),
    ]
    return facts


# ------------------------------------------------------------------ IP list
def ip_pdf(path: Path, rel: str, S, pat: int, sw: int, seed: int, topic: str):
    rnd = random.Random(seed)
    st = R.styles()
    prow = [["序号", "专利名称", "专利号", "类型", "权利人"]]
    for i in range(pat):
        prow.append([str(i + 1), f"一种{topic[i % len(topic)]}的方法及系统", f"ZL20{rnd.randint(18, 23)}1{rnd.randint(1000000, 9999999)}.{rnd.randint(0, 9)}",
                     "发明" if i % 3 else "实用新型", S["company"]])
    srow = [["序号", "软件名称", "登记号", "权利人"]]
    for i in range(sw):
        srow.append([str(i + 1), f"{S['short']}{topic[(i + 2) % len(topic)]}软件V{1 + i % 4}.0", f"20{rnd.randint(19, 24)}SR{rnd.randint(100000, 999999):07d}", S["company"]])
    R.write_pdf(path, [[Paragraph("平台核心软硬件知识产权清单", st["title"]), Paragraph(f"表1 专利清单（共{pat}项）", st["h"]),
                        R.ptable(prow, widths=[12 * mm, 70 * mm, 40 * mm, 18 * mm, 34 * mm])],
                       [Paragraph(f"表2 软件著作权清单（共{sw}项）", st["h"]), R.ptable(srow, widths=[12 * mm, 80 * mm, 40 * mm, 42 * mm])]],
                header=S["company"])
    texts = R.pdf_page_texts(path)
    pp = next(i for i, t in enumerate(texts) if f"专利清单（共{pat}项）" in t) + 1
    sp = next(i for i, t in enumerate(texts) if f"软件著作权清单（共{sw}项）" in t) + 1
    return [F("平台核心软硬件技术获得的专利数量（项）", str(pat), "项", pat, rel, pp, f"专利清单（共{pat}项）", "专利清单"),
            F("平台核心软硬件技术获得的软著数量（个）", str(sw), "项", sw, rel, sp, f"软件著作权清单（共{sw}项）", "软件著作权清单")]


def ip_xlsx(path: Path, rel: str, S, pat: int, sw: int, seed: int, topic: str):
    rnd = random.Random(seed)
    s1 = [["序号", "专利名称", "专利号", "专利权人"]] + [
        [i + 1, f"一种{topic[i % len(topic)]}装置", f"ZL20{rnd.randint(17, 23)}1{rnd.randint(1000000, 9999999)}.X", S["company"]] for i in range(pat)]
    s1.append(["", f"专利合计：{pat}项", "", ""])
    s2 = [["序号", "软件名称", "登记号", "著作权人"]] + [
        [i + 1, f"{topic[(i + 1) % len(topic)]}系统V{1 + i % 3}.0", f"20{rnd.randint(19, 24)}SR{rnd.randint(100000, 999999):07d}", S["company"]] for i in range(sw)]
    s2.append(["", f"软件著作权合计：{sw}项", "", ""])
    R.write_xlsx(path, [("专利", s1), ("软件著作权", s2)], widths={1: 6, 2: 44, 3: 26, 4: 30})
    return [F("平台核心软硬件技术获得的专利数量（项）", str(pat), "项", pat, rel, 1, f"专利合计：{pat}项", "专利合计"),
            F("平台核心软硬件技术获得的软著数量（个）", str(sw), "项", sw, rel, 2, f"软件著作权合计：{sw}项", "软件著作权合计")]


# ------------------------------------------------------------------ dashboards
def dash_facts(rel, page, tiles, mapping):
    """mapping: caption -> (label, unit, normalized)."""
    out = []
    for cap, val in tiles:
        if cap in mapping:
            lab, unit, norm = mapping[cap]
            out.append(F(lab, val, unit, norm, rel, page, val, cap, img=True))
    return out
