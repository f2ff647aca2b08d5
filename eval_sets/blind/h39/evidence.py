"""Evidence written as Word documents (h39): 专项说明 / 证明函 with letterheads and seals, statistics tables
with merged headers and 续表, IP lists (typed or automatic numbering), award lists. Each writer records the
facts it prints (file, physical page, quote) so the truth is taken from what was written."""

from __future__ import annotations

from pathlib import Path

from docx.shared import Cm, Pt

from model import f2, th
from wordkit import (comment, floating_picture, letterhead, new_doc, numbered_style_paragraph, page_break, para,
                     repeat_header, save_docx, set_cell, table, textbox_with, tracked_sentence)


class Ev:
    """Collects facts of one evidence file while it is written; page = explicit page count so far."""

    def __init__(self, pkg, rel: str):
        self.pkg, self.rel, self.page = pkg, rel, 1

    def brk(self, doc):
        page_break(doc)
        self.page += 1

    def fact(self, label, value, unit, normalized, quote, row_label="", column_label="", component=""):
        self.pkg.facts.append(dict(label=label, value=value, unit=unit, normalized=normalized, file=self.rel,
                                   page=self.page, quote=quote, row_label=row_label, column_label=column_label,
                                   component=component, image_only=False))


def finance_statement(pkg, rel: str, e: dict, style: dict) -> None:
    """平台经营情况专项说明: letterhead, 一、（一）1. headings, figures in sentences and a 万元 table, seal on p.2.
    e: evidence values (rev by year, rd, profit); style: rd_tracked=(deleted, inserted) puts the R&D figure in a
    tracked sentence with a comment instead of the table."""
    ident = pkg.ident
    ev = Ev(pkg, rel)
    doc = new_doc(font=style.get("font", "仿宋"), size=12, header=f"{ident['company']}  财务部")
    letterhead(doc, ident["company"], "财务管理部", f"{ident['code']}财〔2024〕{style.get('no', 17)}号")
    para(doc, f"关于{ident['declared_name']}2021-2023年度经营情况的专项说明", size=15, bold=True, align="center")
    para(doc, "一、拆分口径", size=12, bold=True)
    para(doc, "（一）收入口径", size=12, bold=True)
    para(doc, "平台相关营业收入指基于平台直接订阅的服务及通过平台服务获得的收入，依据公司2021-2023年度经审计财务报表按"
              "平台业务合同逐笔拆分，不含硬件销售及工程施工收入。", size=12, indent=True)
    para(doc, "（二）成本费用口径", size=12, bold=True)
    para(doc, "平台研发投入按国家统计局研究与试验发展（R&D）口径归集；平台利润总额为平台收入扣除直接成本及分摊费用后的金额。",
         size=12, indent=True)
    para(doc, "二、经营数据", size=12, bold=True)
    para(doc, f"1.2023年度平台相关营业收入{th(e['rev'][2023])}万元。", size=12, indent=True)
    if "rd_tracked" in style:
        old, new = style["rd_tracked"]
        p = tracked_sentence(doc, ["2.2023年度平台相关研发投入", ("del", old), ("ins", new), "万元。"],
                             author=style.get("reviser", "财务部"), size=12)
        ev.fact("平台相关研发投入（万元）", new, "万元", float(new.replace(",", "")), new, "平台相关研发投入", "")
        run = p.add_run("（按R&D口径复核）")
        comment(doc, run, style["comment"], style.get("reviser", "财务部"), "CW")
    else:
        para(doc, f"2.2023年度平台相关研发投入{th(e['rd'])}万元。", size=12, indent=True)
    para(doc, "3.近四年平台经营数据见下表。", size=12, indent=True)
    para(doc, "单位：万元", size=10, align="right")
    years = (2020, 2021, 2022, 2023)
    items = [("平台相关营业收入", e["rev"])]
    if "rd_tracked" not in style:
        items.append(("平台相关研发投入", {2023: e["rd"], **e.get("rd_prev", {})}))
    items.append(("平台利润总额", {2023: e["profit"], **e.get("profit_prev", {})}))
    t = table(doc, len(items) + 1, 5, [4.2, 3.0, 3.0, 3.0, 3.0])
    set_cell(t.cell(0, 0), "项目", bold=True)
    for j, y in enumerate(years, 1):
        set_cell(t.cell(0, j), f"{y}年度", bold=True)
    for i, (name, vals) in enumerate(items, 1):
        set_cell(t.cell(i, 0), name, align="left")
        for j, y in enumerate(years, 1):
            set_cell(t.cell(i, j), th(vals[y]) if y in vals else "—", align="right")
    r = e["rev"]
    ev.fact("平台相关营业收入（万元）", th(r[2023]), "万元", r[2023], th(r[2023]), "平台相关营业收入", "2023年度")
    ev.fact("平台近三年经营指标情况", th(r[2021]), "万元", r[2021], th(r[2021]), "平台相关营业收入", "2021年度",
            "2021年平台营收（万元）")
    ev.fact("平台近三年经营指标情况", th(r[2022]), "万元", r[2022], th(r[2022]), "平台相关营业收入", "2022年度",
            "2022年平台营收（万元）")
    if "rd_tracked" not in style:
        ev.fact("平台相关研发投入（万元）", th(e["rd"]), "万元", e["rd"], th(e["rd"]), "平台相关研发投入", "2023年度")
    ev.fact("平台利润率（%）", th(e["profit"]), "万元", e["profit"], th(e["profit"]), "平台利润总额", "2023年度",
            "平台利润总额（万元）")
    ev.fact("投资回报率（%）", th(e["profit"]), "万元", e["profit"], th(e["profit"]), "平台利润总额", "2023年度",
            "平台年利润（万元）")
    ev.brk(doc)
    para(doc, "三、说明", size=12, bold=True)
    para(doc, "以上数据由公司财务管理部根据经审计的年度财务报表拆分编制，拆分明细及合同台账备查。", size=12, indent=True)
    para(doc, "特此说明。", size=12, indent=True)
    for _ in range(3):
        para(doc, "")
    p = para(doc, f"{ident['company']}财务管理部", size=12, align="right")
    floating_picture(p, pkg.seal_fin, 3.8, 10.5, -1.4, 11)
    para(doc, "2024年7月10日", size=12, align="right")
    save_docx(doc, pkg.root / rel, ident["contact"])


def device_stats(pkg, rel: str, e: dict, style: dict) -> None:
    """接入设备统计表: category table with a two-row header (其中 sub-columns) and 合计; region table split
    over two pages with a repeated header and 「（续表）」; overseas table."""
    ident = pkg.ident
    ev = Ev(pkg, rel)
    doc = new_doc(font=style.get("font", "宋体"), size=11, header=f"{ident['company']}  平台接入设备统计")
    para(doc, f"{ident['declared_name']}接入工业设备统计表", size=15, bold=True, align="center")
    para(doc, "统计截止日：2024年6月30日", size=10, align="center")
    unit_in_header = style.get("unit_in_header", False)
    u = "（台/套）" if unit_in_header else ""
    para(doc, "表1  按设备二级分类统计", size=11, bold=True)
    if not unit_in_header:
        para(doc, "单位：台/套", size=10, align="right")
    cats = list(e["dev_cat"])
    t = table(doc, len(cats) + 3, 4, [5.0, 3.8, 3.8, 3.8])
    a = t.cell(0, 0).merge(t.cell(1, 0)); set_cell(a, "设备二级分类", bold=True)
    b = t.cell(0, 1).merge(t.cell(1, 1)); set_cell(b, f"接入数量{u}", bold=True)
    c = t.cell(0, 2).merge(t.cell(0, 3)); set_cell(c, "其中", bold=True)
    set_cell(t.cell(1, 2), f"公有云接入{u}", bold=True)
    set_cell(t.cell(1, 3), f"公有云日均运行{u}", bold=True)
    repeat_header(t.rows[0]); repeat_header(t.rows[1])
    for i, k in enumerate(cats, 2):
        set_cell(t.cell(i, 0), k)
        set_cell(t.cell(i, 1), th(e["dev_cat"][k]), align="right")
        set_cell(t.cell(i, 2), th(e["pub_cat"][k]), align="right")
        set_cell(t.cell(i, 3), th(e["run_cat"][k]), align="right")
    n = len(cats) + 2
    set_cell(t.cell(n, 0), "合计", bold=True)
    tot, pub, run = sum(e["dev_cat"].values()), sum(e["pub_cat"].values()), sum(e["run_cat"].values())
    set_cell(t.cell(n, 1), th(tot), bold=True, align="right")
    set_cell(t.cell(n, 2), th(pub), bold=True, align="right")
    set_cell(t.cell(n, 3), th(run), bold=True, align="right")
    ev.fact("连接的工业设备/产品/产线种类及数量（台/套）", th(tot), "台/套", tot, th(tot), "合计", f"接入数量{u}")
    ev.fact("公有云工业设备连接数量（台/套）", th(pub), "台/套", pub, th(pub), "合计", f"公有云接入{u}")
    ev.fact("公有云工业设备平均日运行数量（台/套）", th(run), "台/套", run, th(run), "合计", f"公有云日均运行{u}")
    para(doc, "注：日均运行数量为近一年每日上传实时运行数据的公有云设备数量的日平均值。", size=9)
    ev.brk(doc)
    regs = list(e["dev_reg"])
    half = (len(regs) + 1) // 2
    heads = ["省市区域", f"接入数量{u}", f"公有云接入{u}", f"公有云日均运行{u}"]

    def region_table(keys, total_row):
        t = table(doc, len(keys) + 1 + (1 if total_row else 0), 4, [5.0, 3.8, 3.8, 3.8])
        for j, h in enumerate(heads):
            set_cell(t.cell(0, j), h, bold=True)
        repeat_header(t.rows[0])
        for i, k in enumerate(keys, 1):
            set_cell(t.cell(i, 0), k)
            set_cell(t.cell(i, 1), th(e["dev_reg"][k]), align="right")
            set_cell(t.cell(i, 2), th(e["pub_reg"][k]), align="right")
            set_cell(t.cell(i, 3), th(e["run_reg"][k]), align="right")
        if total_row:
            i = len(keys) + 1
            set_cell(t.cell(i, 0), "合计", bold=True)
            set_cell(t.cell(i, 1), th(sum(e["dev_reg"].values())), bold=True, align="right")
            set_cell(t.cell(i, 2), th(sum(e["pub_reg"].values())), bold=True, align="right")
            set_cell(t.cell(i, 3), th(sum(e["run_reg"].values())), bold=True, align="right")

    para(doc, "表2  按省市区域统计（设备所属企业注册地）", size=11, bold=True)
    if not unit_in_header:
        para(doc, "单位：台/套", size=10, align="right")
    region_table(regs[:half], False)
    ev.brk(doc)
    para(doc, "表2  按省市区域统计（续表）", size=11, bold=True)
    region_table(regs[half:], True)
    para(doc, "")
    para(doc, "表3  海外设备按国家统计", size=11, bold=True)
    ov = e["overseas"]
    t = table(doc, len(ov) + 2, 2, [6.0, 4.0])
    set_cell(t.cell(0, 0), "国家", bold=True); set_cell(t.cell(0, 1), f"接入数量{u or '（台/套）'}", bold=True)
    for i, (k, n) in enumerate(ov.items(), 1):
        set_cell(t.cell(i, 0), k); set_cell(t.cell(i, 1), th(n), align="right")
    otot = sum(ov.values())
    set_cell(t.cell(len(ov) + 1, 0), "海外合计", bold=True)
    set_cell(t.cell(len(ov) + 1, 1), th(otot), bold=True, align="right")
    ev.fact("海外设备连接数量（台/套）", th(otot), "台/套", otot, th(otot), "海外合计", f"接入数量{u or '（台/套）'}")
    para(doc, "")
    para(doc, f"编制：{ident['contact']}    审核：{ident['contact2']}", size=10)
    save_docx(doc, pkg.root / rel, ident["contact"])


PATENT_WORDS = ["设备远程诊断", "多协议数据采集", "边缘计算网关", "时序数据压缩", "故障预测", "能耗优化", "工况识别",
                "数字孪生建模", "备件需求预测", "振动信号分析", "工艺参数寻优", "设备健康评估", "告警收敛",
                "数据质量校验", "产线排程", "质量追溯", "视觉检测", "能效对标", "安全巡检", "异常检测"]
SOFT_WORDS = ["设备接入管理", "远程运维服务", "数据采集网关", "工业时序数据库", "设备健康度评估", "能耗监测分析",
              "工单派发", "备件管理", "模型训练工作台", "低代码组态设计", "API网关", "告警管理", "数据质量稽核",
              "移动运维", "知识图谱", "可视化大屏", "规则引擎", "边缘节点管理", "安全审计", "租户管理"]


def ip_list(pkg, rel: str, n_pat: int, n_soft: int, style: dict) -> None:
    """知识产权清单: 专利 (typed 序号, 续表 when long) and 软件著作权 (登记号); style may ask for Word automatic
    numbering of the 软著 list (numbers not in the text) with a closing 「以上共计N项」, or a 专利 list whose
    count is only in a 合计 line."""
    ident = pkg.ident
    ev = Ev(pkg, rel)
    doc = new_doc(font=style.get("font", "宋体"), size=10.5, header=f"{ident['company']}  知识产权清单")
    owner = ident["company"]
    para(doc, f"{ident['declared_name']}核心软硬件知识产权清单", size=15, bold=True, align="center")
    per_page = 20
    pat_rows = [(f"一种基于工业互联网的{PATENT_WORDS[i % 20]}方法{'' if i < 20 else '及系统'}",
                 f"ZL 20{19 + i % 5}1 {1000000 + 37 * i * 991 % 900000:07d}.{i % 10}",
                 "发明" if i % 3 else "实用新型", f"20{20 + i % 4}-{1 + i % 12:02d}-{10 + i % 18}") for i in range(n_pat)]
    soft_rows = [(f"{ident['short']}{SOFT_WORDS[i % 20]}软件V{1 + i // 20}.0",
                  f"2023SR{1200000 + 4217 * i:07d}", f"2023-{1 + i % 12:02d}-{3 + i % 25:02d}") for i in range(n_soft)]

    def pat_table(chunk, start, total_line):
        t = table(doc, len(chunk) + 1 + (1 if total_line else 0), 5, [1.2, 7.0, 4.2, 1.8, 2.4])
        for j, h in enumerate(["序号", "专利名称", "专利号", "类型", "授权公告日"]):
            set_cell(t.cell(0, j), h, bold=True, size=9)
        repeat_header(t.rows[0])
        for i, (a, b, c, d) in enumerate(chunk, 1):
            set_cell(t.cell(i, 0), str(start + i), size=9)
            set_cell(t.cell(i, 1), a, size=9, align="left")
            set_cell(t.cell(i, 2), b, size=9)
            set_cell(t.cell(i, 3), c, size=9)
            set_cell(t.cell(i, 4), d, size=9)
        if total_line:
            i = len(chunk) + 1
            c = t.cell(i, 0).merge(t.cell(i, 4))
            set_cell(c, total_line, bold=True, size=9)

    pat_heading = style.get("pat_heading", "counted")
    title = f"一、专利清单（共{n_pat}项）" if pat_heading == "counted" else "一、专利清单"
    para(doc, title, size=12, bold=True)
    para(doc, f"权利人：{owner}", size=9)
    if pat_heading == "counted":
        ev.fact("平台核心软硬件技术获得的专利数量（项）", str(n_pat), "项", n_pat, title[2:], "专利清单")
    chunks = [pat_rows[i:i + per_page] for i in range(0, n_pat, per_page)]
    for ci, chunk in enumerate(chunks):
        last = ci == len(chunks) - 1
        if ci:
            ev.brk(doc)
            para(doc, "专利清单（续表）", size=12, bold=True)
        total_line = f"合计：{n_pat}项" if (last and pat_heading == "total_line") else ""
        pat_table(chunk, ci * per_page, total_line)
        if total_line:
            ev.fact("平台核心软硬件技术获得的专利数量（项）", str(n_pat), "项", n_pat, total_line, "合计")
    ev.brk(doc)
    auto = style.get("soft_auto_numbering", False)
    title = "二、计算机软件著作权登记清单" if auto else f"二、软件著作权清单（共{n_soft}项）"
    para(doc, title, size=12, bold=True)
    para(doc, f"著作权人：{owner}", size=9)
    if not auto:
        ev.fact("平台核心软硬件技术获得的软著数量（个）", str(n_soft), "项", n_soft, title[2:], "软件著作权清单")
    chunks = [soft_rows[i:i + per_page] for i in range(0, n_soft, per_page)]
    for ci, chunk in enumerate(chunks):
        if ci:
            ev.brk(doc)
            para(doc, "软件著作权清单（续表）", size=12, bold=True)
        t = table(doc, len(chunk) + 1, 4, [1.4, 8.2, 4.0, 3.0])
        for j, h in enumerate(["序号", "软件名称", "登记号", "登记日期"]):
            set_cell(t.cell(0, j), h, bold=True, size=9)
        repeat_header(t.rows[0])
        for i, (a, b, c) in enumerate(chunk, 1):
            if auto:
                numbered_style_paragraph(t.cell(i, 0), "")
            else:
                set_cell(t.cell(i, 0), str(ci * per_page + i), size=9)
            set_cell(t.cell(i, 1), a, size=9, align="left")
            set_cell(t.cell(i, 2), b, size=9)
            set_cell(t.cell(i, 3), c, size=9)
    if auto:
        line = f"以上共计{n_soft}项"
        para(doc, line, size=10.5, bold=True)
        ev.fact("平台核心软硬件技术获得的软著数量（个）", str(n_soft), "项", n_soft, line, "以上共计")
    save_docx(doc, pkg.root / rel, ident["contact"])


def operations_letter(pkg, rel: str, e: dict, style: dict) -> None:
    """平台运营数据证明函: letterhead, figures in sentences (one as a tracked change, one with a comment),
    resource table in a text box (style box='textbox') or nested in a layout table (box='nested');
    signature with a floating seal on p.2."""
    ident = pkg.ident
    ev = Ev(pkg, rel)
    doc = new_doc(font=style.get("font", "仿宋"), size=12, header=ident["company"])
    letterhead(doc, ident["company"], f"{ident['declared_name']}运营中心", f"运营证〔2024〕{style.get('no', 9)}号",
               color=style.get("color", "C00000"))
    para(doc, "平台运营数据证明", size=16, bold=True, align="center")
    para(doc, "上海市经济和信息化委员会：", size=12)
    para(doc, f"兹证明，截至2024年6月30日，{ident['declared_name']}运营数据如下：", size=12, indent=True)
    reviser = style.get("reviser", ident["contact2"])
    para(doc, f"平台注册企业用户数{th(e['registered'])}家；", size=12, indent=True)
    ev.fact("注册企业用户数（个）", th(e["registered"]), "家", e["registered"], f"注册企业用户数{th(e['registered'])}家",
            "平台注册企业用户数")
    old, new = style["served_tracked"]
    tracked_sentence(doc, ["其中实际服务企业", ("del", old), ("ins", new), "家，"], author=reviser, size=12)
    served_ev = int(new.replace(",", ""))
    ev.fact("实际服务企业数（个）", new, "家", served_ev, new, "实际服务企业")
    para(doc, f"付费企业{th(e['paid'])}家，服务中小企业{th(e['sme'])}家；", size=12, indent=True)
    ev.fact("付费企业数（个）", th(e["paid"]), "家", e["paid"], f"付费企业{th(e['paid'])}家", "付费企业")
    ev.fact("服务中小企业数量（个）", th(e["sme"]), "家", e["sme"], f"服务中小企业{th(e['sme'])}家", "服务中小企业")
    p = para(doc, f"上架工业APP {th(e['apps'])}个，微服务{th(e['ms'])}个，工业机理模型{th(e['models'])}个；", size=12, indent=True)
    ev.fact("工业APP数量（个）", th(e["apps"]), "个", e["apps"], f"上架工业APP {th(e['apps'])}个", "上架工业APP")
    ev.fact("微服务数量（个）", th(e["ms"]), "个", e["ms"], f"微服务{th(e['ms'])}个", "微服务")
    ev.fact("工业机理模型数量（个）", th(e["models"]), "个", e["models"], f"工业机理模型{th(e['models'])}个", "工业机理模型")
    comment(doc, p.runs[0], style.get("comment", "APP数量以应用商店后台“已上架且有企业用户”口径统计。"), reviser, "YY")
    para(doc, f"开发者注册总数{th(e['devs'])}个。", size=12, indent=True)
    ev.fact("开发者注册总数（个）", th(e["devs"]), "个", e["devs"], f"开发者注册总数{th(e['devs'])}个", "开发者注册总数")
    para(doc, "平台云资源与存储情况见下表：", size=12, indent=True)
    res = [("平台实际用云量（台）", f2(e["cloud_servers"])), ("其中：公有云（台）", str(e["pub_servers"])),
           ("存储容量（TB）", f2(e["cap_tb"])), ("存储工业数据量（TB）", f2(e["data_tb"]))]

    def res_table(d):
        t = d.add_table(rows=len(res) + 1, cols=2)
        t.style = "Table Grid"
        t.autofit = False
        for col, w in zip(t.columns, (Cm(5.2), Cm(3.4))):
            col.width = w
            for c in col.cells:
                c.width = w
        set_cell(t.cell(0, 0), "资源项目", bold=True, size=10)
        set_cell(t.cell(0, 1), "数值", bold=True, size=10)
        for i, (a, b) in enumerate(res, 1):
            set_cell(t.cell(i, 0), a, size=10, align="left")
            set_cell(t.cell(i, 1), b, size=10, align="right")
        return t

    if style.get("box") == "textbox":
        textbox_with(doc, lambda d: (para(d, "云资源统计（2024年6月）", size=10, bold=True), res_table(d)),
                     width_pt=300, height_pt=130, shape_id=pkg.no)
    else:
        outer = table(doc, 1, 2, [5.0, 11.6])
        set_cell(outer.cell(0, 0), "云资源统计\n（2024年6月）", bold=True, size=10)
        res_table(outer.cell(0, 1))
    ev.fact("平台实际用云量（台）", f2(e["cloud_servers"]), "台", e["cloud_servers"], f2(e["cloud_servers"]), "平台实际用云量（台）", "数值")
    ev.fact("存储容量（TB）", f2(e["cap_tb"]), "TB", e["cap_tb"], f2(e["cap_tb"]), "存储容量（TB）", "数值")
    ev.fact("存储工业数据量（TB）", f2(e["data_tb"]), "TB", e["data_tb"], f2(e["data_tb"]), "存储工业数据量（TB）", "数值")
    ev.brk(doc)
    para(doc, "以上数据取自平台运营管理后台，真实有效。", size=12, indent=True)
    para(doc, "特此证明。", size=12, indent=True)
    for _ in range(3):
        para(doc, "")
    p = para(doc, f"{ident['company']}（盖章）", size=12, align="right")
    floating_picture(p, pkg.seal, 3.8, 10.0, -1.4, 21)
    para(doc, "2024年7月12日", size=12, align="right")
    save_docx(doc, pkg.root / rel, ident["contact"])


AWARDS = [("上海市工业互联网创新发展应用示范平台", "2021-11", "上海市经济和信息化委员会"),
          ("工业互联网试点示范项目", "2022-10", "工业和信息化部"),
          ("上海市科学技术奖三等奖", "2022-05", "上海市人民政府"),
          ("上海市软件和信息技术服务业高质量发展专项入选项目", "2022-08", "上海市经济和信息化委员会"),
          ("工业互联网平台创新领航应用案例", "2023-06", "工业和信息化部"),
          ("上海市“工赋链主”培育企业", "2023-04", "上海市经济和信息化委员会"),
          ("中国工业互联网大赛三等奖", "2023-09", "工业和信息化部"),
          ("上海市数字化转型优秀案例", "2023-12", "上海市经济和信息化委员会"),
          ("5G+工业互联网典型应用场景", "2024-01", "工业和信息化部")]


def award_list(pkg, rel: str, n: int, style: dict) -> None:
    ident = pkg.ident
    ev = Ev(pkg, rel)
    doc = new_doc(font=style.get("font", "宋体"), size=11, header=f"{ident['company']}  荣誉清单")
    para(doc, "平台获得省部级及以上奖项/荣誉清单", size=15, bold=True, align="center")
    t = table(doc, n + 2, 4, [1.4, 8.0, 2.6, 4.6])
    for j, h in enumerate(["序号", "奖项/荣誉名称", "获奖时间", "颁发单位"]):
        set_cell(t.cell(0, j), h, bold=True)
    for i in range(n):
        a, b, c = AWARDS[i]
        set_cell(t.cell(i + 1, 0), str(i + 1))
        set_cell(t.cell(i + 1, 1), a, align="left")
        set_cell(t.cell(i + 1, 2), b)
        set_cell(t.cell(i + 1, 3), c, align="left")
    c = t.cell(n + 1, 0).merge(t.cell(n + 1, 3))
    line = f"合计：{n}项"
    set_cell(c, line, bold=True)
    ev.fact("平台获得省部级及以上奖项/荣誉数量（个）", str(n), "项", n, line, "合计")
    save_docx(doc, pkg.root / rel, ident["contact"])
