"""Evidence writers of h33 (audit report, device lists, IP lists, dashboards) in ordinary and legacy formats."""

from __future__ import annotations

import html as htmlmod
from pathlib import Path

from . import kit


def money(v: float) -> str:
    return f"{v:,.2f}"


def audit_tables(p, m, company: dict) -> list:
    """Rows of the company 利润表 (元) and the platform 专项说明 (万元)."""
    comp = [["项目", "本期金额", "上期金额"]] + [[k, money(a), money(b)] for k, a, b in company["lines"]]
    r = m["rev"]
    plat = [["项目", "2021年度", "2022年度", "2023年度"],
            ["平台相关营业收入", money(r[2021]), money(r[2022]), money(r[2023])],
            ["平台相关研发投入", "—", "—", money(m["rd"])],
            ["平台利润总额", "—", "—", money(m["profit"])]]
    return [comp, plat]


def audit_pdf(path: Path, p, m, company) -> None:
    st = kit.styles(10)
    comp, plat = audit_tables(p, m, company)
    story = [kit.Spacer(1, 50 * kit.mm), kit.Paragraph(f"{p['company']}", st["h1"]),
             kit.Paragraph("2023年度财务报表审计报告", st["h1"]), kit.Spacer(1, 10 * kit.mm),
             kit.Paragraph(f"{company['auditor']}审字（2024）第{company['no']}号", st["center"]), kit.PageBreak(),
             kit.Paragraph("合并利润表", st["h2"]), kit.Paragraph("2023年度　　　　　　　　　　　　　　　　单位：元", st["body"]),
             kit.table(comp, [70 * kit.mm, 50 * kit.mm, 50 * kit.mm], st), kit.PageBreak(),
             kit.Paragraph(f"附注十五、{p['short']}平台业务专项说明", st["h2"]),
             kit.Paragraph(f"根据公司管理层提供的平台业务核算资料，{p['declared_name']}相关收入按平台直接订阅服务及平台服务合同单独核算，"
                           "研发投入按研发项目辅助账归集。相关金额如下：", st["body"]),
             kit.Paragraph("单位：万元", st["right"]),
             kit.table(plat, [55 * kit.mm, 38 * kit.mm, 38 * kit.mm, 38 * kit.mm], st)]
    kit.write_pdf(path, story, footer=f"{company['auditor']}审字（2024）第{company['no']}号")


def audit_tiff(path: Path, p, m, company, seed: int) -> list:
    """Scanned audit report as a multi-page grayscale LZW TIFF; returns the drawn frames."""
    comp, plat = audit_tables(p, m, company)
    cover = kit.draw_page([("", 40, "c")] * 6 + [(p["company"], 44, "c"), ("", 30, "c"),
                                                  ("2023年度财务报表审计报告", 44, "c"), ("", 30, "c"),
                                                  (f"{company['auditor']}审字（2024）第{company['no']}号", 28, "c")])
    cover = kit.seal(cover, 820, 900, company["auditor"], r=110, seed=seed)
    pg2 = kit.draw_table_page("合并利润表", "2023年度                                              单位：元",
                              comp[0], comp[1:], [420, 330, 330])
    pg3 = kit.draw_table_page(f"{p['short']}平台业务收入及研发投入专项说明", "单位：万元", plat[0], plat[1:],
                              [330, 250, 250, 250],
                              footer="注：平台相关收入按平台直接订阅服务及平台服务合同单独核算。")
    frames = [kit.scanify(im, seed + i).convert("L") for i, im in enumerate((cover, pg2, pg3))]
    kit.write_tiff(path, frames, "tiff_lzw")
    return frames


def device_tables(m, cat_over: dict | None = None):
    cat = dict(m["dev_cat"], **(cat_over or {}))
    t1 = [["设备二级分类", "接入数量（台/套）", "其中：公有云接入（台/套）", "公有云日均运行（台/套）"]]
    for k in m["dev_cat"]:
        t1.append([k, cat[k], m["pub_cat"][k], m["prun_cat"][k]])
    t1.append(["合计", sum(cat.values()), m["pub"], m["prun"]])
    t2 = [["区域", "接入数量（台/套）", "其中：公有云接入（台/套）", "公有云日均运行（台/套）"]]
    for k in m["dev_reg"]:
        t2.append([k, m["dev_reg"][k], m["pub_reg"][k], m["prun_reg"][k]])
    t2.append(["合计", m["dev"], m["pub"], m["prun"]])
    if m["ov_reg"]:
        t2.append(["其中：海外小计", m["ov"], sum(m["pub_reg"][k] for k in m["ov_reg"]),
                   sum(m["prun_reg"][k] for k in m["ov_reg"])])
    return t1, t2


def device_xls(path: Path, m, cat_over=None, regions: bool = True) -> None:
    t1, t2 = device_tables(m, cat_over)
    sheets = [("按设备类别", t1), ("按区域", t2)] if regions else [("按设备类别", t1)]
    kit.write_xls(path, sheets, widths={0: 22, 1: 18, 2: 24, 3: 22},
                  bold_rows={"按设备类别": {0}, "按区域": {0}})


def html_dashboard(title: str, url: str, kpis: list[tuple[str, str]], note: str, saved: str) -> str:
    cards = "\n".join(f'    <div class="kpi"><div class="kpi-name">{htmlmod.escape(a)}</div>'
                      f'<div class="kpi-val">{htmlmod.escape(b)}</div></div>' for a, b in kpis)
    return f"""<!DOCTYPE html>
<!-- saved from url=(00{len(url)}){url} -->
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{htmlmod.escape(title)}</title>
<style>body{{background:#0b1d3a;color:#e8f0ff;font-family:"Microsoft YaHei",sans-serif}}
.kpi{{display:inline-block;width:220px;margin:10px;padding:14px;border:1px solid #2c5aa0}}
.kpi-name{{font-size:14px;color:#8fb4ff}}.kpi-val{{font-size:30px;font-weight:bold}}</style>
<script>/* echarts bundle omitted by browser save */</script></head>
<body><div class="header"><h1>{htmlmod.escape(title)}</h1><span class="time">{htmlmod.escape(saved)}</span></div>
<div class="grid">
{cards}
</div>
<div class="foot">{htmlmod.escape(note)}</div>
</body></html>
"""


def csv_gbk(path: Path, lines: list[list]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = "\r\n".join(",".join(str(c) for c in line) for line in lines) + "\r\n"
    path.write_bytes(text.encode("gbk"))


NAME_A = ["华", "申", "沪", "东", "浦", "宏", "精", "远", "联", "德", "恒", "新", "安", "瑞", "盛", "海", "嘉", "金", "鑫", "明"]
NAME_B = ["达", "信", "泰", "科", "源", "通", "力", "川", "诚", "迈", "钧", "宇", "帆", "益", "捷", "成", "峰", "尚", "和", "创"]
NAME_C = ["机械", "电子", "精密", "智能装备", "新材料", "汽车部件", "电气", "自动化", "化工", "医疗器械", "船舶配套", "仪表"]


def company_names(n: int, rng, cities=("上海", "江苏", "浙江", "安徽")) -> list[str]:
    seen, out = set(), []
    while len(out) < n:
        name = f"{rng.choice(cities)}{rng.choice(NAME_A)}{rng.choice(NAME_B)}{rng.choice(NAME_C)}有限公司"
        if name not in seen:
            seen.add(name)
            out.append(name)
    return out
