"""Writes one h96 package from its spec: application documents from the *declared* values, evidence from the
*real* values (and the group's, parent's, subsidiary's figures where the theme wants them), and returns the facts
each evidence file prints."""

from __future__ import annotations

import copy
import random
from pathlib import Path

import docx
import openpyxl
from docx.shared import Pt

from eval_sets.blind.h96 import render as R
from eval_sets.blind.h96.labels import LABELS
from eval_sets.blind.h96.model import derive, fmt, pct

DRAWN: dict[str, dict[int, str]] = {}  # "<pid>/<file>" -> page -> drawn text
EV = "附件3 证明材料/"
BASIC_KEYS = ["平台名称", "建设时间", "平台建设金额（万元）", "平台近三年经营指标情况", "平台建设方式", "平台运营模式", "IaaS基础设施",
              "部署方式", "平台网址", "平台基本情况介绍", "平台建设成效"]
HEAD_LABELS = ["序号", "企业名称", "平台性质", "联系人姓名", "联系人手机号", "联系人电子邮箱", "评审会现场地址信息"]


def yuan(wan: float) -> str:
    return f"{wan * 10000:,.2f}"


def w2(x: float) -> str:
    return f"{x:,.2f}"


class Facts(list):
    def add(self, label, value, unit, norm, file, page, quote, row="", col="", comp="", image=False):
        self.append(dict(label=label, value=value, unit=unit, normalized=norm, file=file, page=page, quote=quote,
                         row_label=row, column_label=col, component=comp, image_only=image))


# ------------------------------------------------------------------------------------------------ declared
def declare(s: dict, v: dict) -> tuple[dict, dict]:
    """(declared 申报表 values, 汇总表 values) after the planted deviations."""
    d = copy.deepcopy(v)
    plant = s.get("plant", {})
    if "revenue_segment" in plant:
        rev = plant["revenue_segment"]
        d["平台相关营业收入（万元）"] = rev
        h = d["平台近三年经营指标情况"]
        h["2023年平台营收（万元）"] = rev
        h["2023年增长率（%）"] = pct(rev - h["2022年平台营收（万元）"], h["2022年平台营收（万元）"])
        d["平台相关研发投入强度（%）"] = pct(d["平台相关研发投入（万元）"], rev)
        d["平台利润率（%）"] = pct(s["profit"], rev)
    if "other_rd" in plant:
        d["平台相关研发投入（万元）"] = plant["other_rd"][1]
        d["平台相关研发投入强度（%）"] = pct(plant["other_rd"][1], d["平台相关营业收入（万元）"])
    if "patent_parent" in plant:
        d["平台核心软硬件技术获得的专利数量（项）"] += len(plant["patent_parent"][1])
    if "soft_parent" in plant:
        d["平台核心软硬件技术获得的软著数量（个）"] += len(plant["soft_parent"][1])
    summ = copy.deepcopy(d)
    if "summary" in plant:
        summ[plant["summary"][0]] = plant["summary"][1]
    return d, summ


# ------------------------------------------------------------------------------------------------ office
def fixed_docx(doc: docx.Document, path: Path) -> None:
    cp = doc.core_properties
    cp.author = cp.last_modified_by = "申报单位"
    cp.created = cp.modified = R.FIXED
    cp.revision = 1
    cp.title = path.stem
    doc.save(str(path))
    R.normalize_zip(path)


def new_doc() -> docx.Document:
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.size = Pt(10.5)
    st.font.name = "宋体"
    return doc


def fixed_xlsx(wb: openpyxl.Workbook, path: Path) -> None:
    wb.properties.creator = "申报单位"
    wb.properties.lastModifiedBy = "申报单位"
    wb.properties.created = wb.properties.modified = R.FIXED
    wb.save(str(path))
    R.normalize_zip(path)


def table(doc, rows: list[list[str]], style="Table Grid"):
    t = doc.add_table(rows=0, cols=len(rows[0]))
    t.style = style
    for r in rows:
        cells = t.add_row().cells
        for i, val in enumerate(r):
            cells[i].text = str(val)
    return t


# ------------------------------------------------------------------------------------------------ company figures
def company_figures(s: dict) -> dict:
    """The applicant's audited 2023 figures (合并, 元) → the 申报表's 一、企业基本情况 (万元, %)."""
    c = s["company_fin"]  # 元: assets, liabilities, revenue, revenue_prev, profit, taxes
    return {"总资产（万元）": round(c["assets"] / 10000, 2), "主营业务收入（万元）": round(c["revenue"] / 10000, 2),
            "主营业务收入增长率（%）": pct(c["revenue"] - c["revenue_prev"], c["revenue_prev"]),
            "负债率（%）": pct(c["liabilities"], c["assets"]), "利润总额（万元）": round(c["profit"] / 10000, 2),
            "税金（万元）": round(c["taxes"] / 10000, 2)}


# ------------------------------------------------------------------------------------------------ 申报表
def write_form(s, d, root: Path, name: str, rng) -> list[tuple]:
    doc = new_doc()
    doc.add_paragraph("附件2")
    doc.add_heading("上海市工业互联网平台应用水平评价申报表", level=1)
    doc.add_paragraph("申报年度：2024年度")
    doc.add_paragraph(f"平台名称：{d['平台名称']}")
    doc.add_paragraph(f"申报单位：{s['company']}（公章）")
    doc.add_paragraph(f"序号：{s['list_no']}（附件6）")
    doc.add_paragraph(f"联系人：{d['联系人姓名']}    联系人电话：{d['联系人手机号']}")
    doc.add_heading("一、企业基本情况", level=2)
    cf = company_figures(s)
    rows = [["单位（企业）名称", s["company"]], ["单位（企业）代码", s["credit_code"]], ["成立日期", s["founded"]],
            ["注册地及所在行政区", s["district"]], ["企业类型", s["company_type"]], ["法定代表人", s["legal_rep"]],
            ["联系人", d["联系人姓名"]], ["联系人手机", d["联系人手机号"]], ["电子邮箱", d["联系人电子邮箱"]],
            ["股权结构", s["equity"]], ["平台性质", d["平台性质"]]]
    table(doc, rows)
    doc.add_paragraph("申报单位上一年度经营状况（2023年，取自经审计的申报单位2023年度合并财务报表）")
    table(doc, [list(cf), [f"{x:.2f}" for x in cf.values()]])
    doc.add_heading("二、平台基本情况", level=2)
    basic = {"平台名称": d["平台名称"], "建设时间": d["建设时间"], "平台建设金额（万元）": fmt("平台建设金额（万元）", d["平台建设金额（万元）"]),
             "平台近三年经营指标情况": fmt("平台近三年经营指标情况", d["平台近三年经营指标情况"]),
             "平台建设方式": boxes(["自建", "合作共建"], [d["平台建设方式"]]),
             "平台运营模式": boxes(["自运营", "联合运营", "委托运营"], [d["平台运营模式"]]),
             "IaaS基础设施": "□自建 " + s["iaas"],
             "部署方式": boxes(["边缘侧", "私有云", "公有云", "混合云", "其他部署方式"], d["部署方式"].split("、")),
             "平台网址": f"{d['平台网址']}（评审账号：{s['account'][0]}；密码：{s['account'][1]}）",
             "平台基本情况介绍": s["intro"], "平台建设成效": s["effect"]}
    table(doc, [[k, basic[k]] for k in BASIC_KEYS])
    doc.add_heading("三、上海市工业互联网平台应用水平评价指标明细表", level=2)
    rows = [["序", "内容", "平台实际情况", "证明资料"]]
    for i, lab in enumerate(LABELS[15:], 1):
        rows.append([str(i), lab, fmt(lab, d[lab]) or "无", s["proof_of"].get(lab, "见申报书及附件")])
    table(doc, rows)
    fixed_docx(doc, root / name)
    # lines for the stamped scan
    lines = [(f"{k}：{v}", 11) for k, v in rows_basic(s, d, cf, basic)]
    lines += [(f"{r[1]}：{r[2]}", 11) for r in rows[1:]]
    return lines


def boxes(options: list[str], chosen: list[str]) -> str:
    return " ".join(("☑" if o in chosen else "□") + o for o in options)


def rows_basic(s, d, cf, basic):
    out = [("单位（企业）名称", s["company"]), ("序号", s["list_no"]), ("平台性质", d["平台性质"])]
    out += [(k, f"{x:.2f}") for k, x in cf.items()]
    out += [(k, basic[k]) for k in BASIC_KEYS if k not in ("平台基本情况介绍", "平台建设成效")]
    return out


def chunks(text: str, n: int) -> list[str]:
    return [text[i:i + n] for i in range(0, len(text), n)] or [""]


def write_form_scan(s, lines, root: Path, name: str, rng) -> None:
    flat = []
    for t, size in lines:
        for part in chunks(t, 46):
            flat.append((part, size))
    pages = [[("上海市工业互联网平台应用水平评价申报表", 22, "c"), ("申报年度：2024年度", 14, "c"),
              (f"平台名称：{s['platform']}", 14, 20), (f"申报单位：{s['company']}（公章）", 14, 20)]]
    imgs = [R.page_image(pages[0], rng, s["company"], "", (600, 420))]
    per = 36
    for i in range(0, len(flat), per):
        last = i + per >= len(flat)
        body = flat[i:i + per]
        if last:
            body = body + [("", 11), (f"申报单位（盖章）：{s['company']}", 12, 300), ("2024年7月16日", 12, 420)]
        imgs.append(R.page_image(body, rng, s["company"] if last else "", ""))
    R.image_pdf(root / name, imgs)


# ------------------------------------------------------------------------------------------------ 申报书
def write_book(s, d, root: Path, name: str) -> None:
    doc = new_doc()
    doc.add_paragraph("附件3")
    doc.add_heading("上海市工业互联网平台应用水平评价申报书", level=1)
    doc.add_paragraph(f"平台名称：{d['平台名称']}")
    doc.add_paragraph(f"申报单位：{s['company']}（公章）")
    for title, paras in s["book"]:
        doc.add_heading(title, level=2)
        for p in paras:
            doc.add_paragraph(p)
    fixed_docx(doc, root / name)


# ------------------------------------------------------------------------------------------------ evidence
def audit_blocks(s, v) -> list[list[tuple]]:
    c, co = s["company_fin"], s["company"]
    par = s["parent_only"]  # 母公司 figures, 元
    hist = v["平台近三年经营指标情况"]
    r20 = s["rev"][0]
    pages = [
        [("h", co), ("h", "2023年度财务报表审计报告"), ("p", f"{s['auditor']}"), ("p", f"报告文号：{s['audit_no']}"),
         ("p", "报告日期：2024年4月18日")],
        [("h", "审计报告"), ("p", f"{co}全体股东："),
         ("p", f"我们审计了{co}（以下简称“贵公司”）财务报表，包括2023年12月31日的合并及母公司资产负债表，2023年度的合并及母公司"
               "利润表、合并及母公司现金流量表、合并及母公司所有者权益变动表以及相关财务报表附注。"),
         ("p", "我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司2023年12月31日的合并及母公司财务状况"
               "以及2023年度的合并及母公司经营成果和现金流量。"),
         ("p", (f"本报告所称合并范围包括贵公司及其子公司：{s['subsidiary']}等。" if not s["subsidiary"].startswith("无")
                else "贵公司无纳入合并范围的子公司，合并报表与母公司报表金额相同。") + s.get("controller_line", f"贵公司的最终控制方为{s['group']}。"))],
        [("h", "合并及母公司资产负债表（简表）"), ("s", f"编制单位：{co}    2023年12月31日    单位：元"),
         ("t", ["项目", "合并期末余额", "母公司期末余额"],
          [["资产总计", f"{c['assets']:,.2f}", f"{par['assets']:,.2f}"],
           ["负债合计", f"{c['liabilities']:,.2f}", f"{par['liabilities']:,.2f}"],
           ["所有者权益合计", f"{c['assets'] - c['liabilities']:,.2f}", f"{par['assets'] - par['liabilities']:,.2f}"]],
          [3, 3, 3])],
        [("h", "合并及母公司利润表（简表）"), ("s", f"编制单位：{co}    2023年度    单位：元"),
         ("t", ["项目", "合并本期金额", "合并上期金额", "母公司本期金额"],
          [["营业收入", f"{c['revenue']:,.2f}", f"{c['revenue_prev']:,.2f}", f"{par['revenue']:,.2f}"],
           ["税金及附加", f"{c['taxes']:,.2f}", f"{c['taxes'] * 0.93:,.2f}", f"{par['taxes']:,.2f}"],
           ["利润总额", f"{c['profit']:,.2f}", f"{c['profit'] * 0.91:,.2f}", f"{par['profit']:,.2f}"]],
          [2.2, 3, 3, 3])],
        [("h", "财务报表附注：分部信息（合并口径）"), ("s", "单位：万元"),
         ("t", ["报告分部", "2023年营业收入", "2022年营业收入"], s["segments"], [4, 3, 3]),
         ("p", s["segment_note"])],
        [("h", f"附注补充：{s['platform']}业务专项说明"), ("s", "单位：万元"),
         ("t", ["项目", "2020年度", "2021年度", "2022年度", "2023年度"],
          [["平台相关营业收入", w2(r20), w2(hist["2021年平台营收（万元）"]), w2(hist["2022年平台营收（万元）"]), w2(s["rev"][3])],
           ["平台相关研发投入", "—", "—", "—", w2(s["rd"])],
           ["平台利润总额", "—", "—", "—", w2(s["profit"])],
           ["平台建设累计投入", "—", "—", "—", w2(s["build"])]], [3, 2, 2, 2, 2]),
         ("p", s["platform_note"])],
    ]
    return pages


def blocks_to_lines(blocks) -> list[tuple]:
    out = []
    for b in blocks:
        if b[0] == "h":
            out.append((b[1], 20, "c"))
        elif b[0] in ("p", "s"):
            for part in chunks(b[1], 40):
                out.append((part, 13))
        elif b[0] == "t":
            out.append(("    ".join(b[1]), 13))
            for row in b[2]:
                out.append(("    ".join(str(x) for x in row), 13))
    return out


def lines_text(lines) -> str:
    return "\n".join(ln[0] for ln in lines)


def write_audit(s, v, root, name, pid, facts: Facts, rng, scanned: bool) -> None:
    pages = audit_blocks(s, v)
    if scanned:
        imgs, drawn = [], {}
        for i, bl in enumerate(pages, 1):
            lines = blocks_to_lines(bl)
            stamp = i in (2, 6)
            if stamp:
                lines = lines + [("", 12), (s["auditor"], 12, 360)]
            imgs.append(R.page_image(lines, rng, s["auditor"] if stamp else "", "审计专用章" if stamp else ""))
            drawn[i] = lines_text(lines)
        R.image_pdf(root / name, imgs)
        DRAWN[f"{pid}/{name}"] = drawn
    else:
        R.text_pdf(root / name, pages, title=f"{s['company']}2023年度审计报告")
    hist = v["平台近三年经营指标情况"]
    f, p = name, 6
    facts.add("平台相关营业收入（万元）", w2(s["rev"][3]), "万元", s["rev"][3], f, p, w2(s["rev"][3]), "平台相关营业收入", "2023年度", image=scanned)
    for y in (2021, 2022):
        val = hist[f"{y}年平台营收（万元）"]
        facts.add("平台近三年经营指标情况", w2(val), "万元", val, f, p, w2(val), "平台相关营业收入", f"{y}年度",
                  f"{y}年平台营收（万元）", image=scanned)
    facts.add("平台相关研发投入（万元）", w2(s["rd"]), "万元", s["rd"], f, p, w2(s["rd"]), "平台相关研发投入", "2023年度", image=scanned)
    facts.add("平台利润率（%）", w2(s["profit"]), "万元", s["profit"], f, p, w2(s["profit"]), "平台利润总额", "2023年度",
              "平台利润总额（万元）", image=scanned)
    facts.add("投资回报率（%）", w2(s["profit"]), "万元", s["profit"], f, p, w2(s["profit"]), "平台利润总额", "2023年度",
              "平台年利润（万元）", image=scanned)
    facts.add("平台建设金额（万元）", w2(s["build"]), "万元", s["build"], f, p, w2(s["build"]), "平台建设累计投入", "2023年度",
              image=scanned)


def write_group_report(s, root, name, pid, rng) -> None:
    g = s["group_report"]
    p1 = [("%s 2023年年度报告（摘录）" % s["group"], 20, "c"), ("", 10), ("第三节  管理层讨论与分析", 15)]
    for t in g["narrative"]:
        p1 += [(x, 13) for x in chunks(t, 40)]
    p2 = [("分部信息（集团合并口径）", 18, "c"), ("单位：万元", 12)]
    p2.append(("报告分部    2023年营业收入    2022年营业收入", 13))
    for row in g["segments"]:
        p2.append(("    ".join(row), 13))
    p2 += [(x, 13) for x in chunks(g["segment_note"], 40)]
    p2 += [("", 12), ("（本摘录复印自集团公开年度报告，与原件一致）", 12), (s["company"], 12, 400)]
    imgs = [R.page_image(p1, rng), R.page_image(p2, rng, s["company"], "")]
    R.image_pdf(root / name, imgs)
    DRAWN[f"{pid}/{name}"] = {1: lines_text(p1), 2: lines_text(p2)}


def write_ip(s, v, root, name, facts: Facts, rng) -> None:
    co = s["company"]
    plant = s.get("plant", {})
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "专利清单"
    ws.append(["序号", "专利名称", "专利号", "专利类型", "权利人", "授权公告日"])
    pats = [(t, co) for t in s["patent_titles"][:s["patents"]]]
    if "patent_parent" in plant:
        owner, titles = plant["patent_parent"]
        for k, t in enumerate(titles):  # interleaved among the applicant's own
            pats.insert(3 + 4 * k, (t, owner))
    for i, (t, owner) in enumerate(pats, 1):
        kind = "发明" if i % 3 else "实用新型"
        ws.append([i, t, f"ZL20{19 + i % 5}1{rng.randrange(1000000, 9999999)}.{rng.randrange(10)}", kind, owner,
                   f"20{20 + i % 4}-{1 + i % 12:02d}-{1 + (i * 7) % 27:02d}"])
    ws.append(["", f"合计：{len(pats)}项"])
    ws2 = wb.create_sheet("软件著作权清单")
    ws2.append(["序号", "软件名称", "登记号", "著作权人", "登记日期"])
    softs = [(t, co) for t in soft_titles(s)]
    if "soft_parent" in plant:
        owner, titles = plant["soft_parent"]
        for k, t in enumerate(titles):
            softs.insert(2 + 5 * k, (t, owner))
    for i, (t, owner) in enumerate(softs, 1):
        ws2.append([i, t, f"2023SR{rng.randrange(100000, 999999)}", owner, f"202{1 + i % 3}-{1 + i % 12:02d}-15"])
    ws2.append(["", f"合计：{len(softs)}项"])
    ws3 = wb.create_sheet("按权利人统计")
    ws3.append(["权利人", "专利（项）", "软件著作权（项）"])
    owners: dict[str, list[int]] = {}
    for _, o in pats:
        owners.setdefault(o, [0, 0])[0] += 1
    for _, o in softs:
        owners.setdefault(o, [0, 0])[1] += 1
    for o, (a, b) in owners.items():
        ws3.append([o, a, b])
    fixed_xlsx(wb, root / name)
    # facts: the applicant's own counts
    if "patent_parent" in plant:
        facts.add("平台核心软硬件技术获得的专利数量（项）", str(s["patents"]), "项", s["patents"], name, 3, co, co, "专利（项）")
    else:
        facts.add("平台核心软硬件技术获得的专利数量（项）", str(s["patents"]), "项", s["patents"], name, 1,
                  f"合计：{s['patents']}项", "合计")
    if "soft_parent" in plant:
        facts.add("平台核心软硬件技术获得的软著数量（个）", str(s["softs"]), "项", s["softs"], name, 3, co, co, "软件著作权（项）")
    else:
        facts.add("平台核心软硬件技术获得的软著数量（个）", str(s["softs"]), "项", s["softs"], name, 2,
                  f"合计：{s['softs']}项", "合计")


def soft_titles(s) -> list[str]:
    base = s["soft_stem"]
    mods = ["设备接入管理", "数据采集网关", "时序数据存储", "设备健康诊断", "故障预警", "能效分析", "工单调度", "备件管理",
            "远程运维", "知识图谱", "模型训练", "可视化大屏", "移动巡检", "权限认证", "开放接口", "报表分析"]
    return [f"{base}{mods[i % len(mods)]}软件V{1 + i // len(mods)}.{i % 4}" for i in range(s["softs"])]


SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉鑫宇浩凯健俊帆帅旭宁欣悦晨阳博文斌"


def write_roster(s, v, root, name, facts: Facts, rng) -> None:
    ops, run = v["运维人数（人）"], v["运营人数（人）"]
    titled = v["有相关技术职称/从业资格的人数（人）"]
    total = ops + run
    plant = s.get("plant", {})
    other = plant.get("team_insured", (None, 0, 0))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "汇总"
    ws.append([f"{s['platform']} 平台团队人员汇总（截至2024年6月30日）"])
    ws.append(["岗位类别", "人数（人）"])
    ws.append(["运维人员", ops])
    ws.append(["运营人员", run])
    ws.append(["合计", total])
    ws.append(["其中：具有相关技术职称/从业资格", titled])
    ws2 = wb.create_sheet("花名册")
    ws2.append(["序号", "姓名", "岗位类别", "职称/从业资格", "劳动合同签订单位", "社保缴纳单位"])
    sister_n = other[1]
    for i in range(total):
        nm = SURNAMES[rng.randrange(len(SURNAMES))] + GIVEN[rng.randrange(len(GIVEN))] + (GIVEN[rng.randrange(len(GIVEN))] if i % 3 else "")
        kind = "运维" if i < ops else "运营"
        qual = ["高级工程师", "工程师", "系统架构设计师", "信息系统项目管理师", "PMP"][i % 5] if i < titled else "—"
        unit = other[0] if (sister_n and i >= total - sister_n) else s["company"]
        ws2.append([i + 1, nm, kind, qual, unit, unit])
    fixed_xlsx(wb, root / name)
    facts.add("平台团队总人数（人）", str(total), "人", total, name, 1, str(total), "合计", "人数（人）")
    facts.add("运维人数（人）", str(ops), "人", ops, name, 1, str(ops), "运维人员", "人数（人）")
    facts.add("运营人数（人）", str(run), "人", run, name, 1, str(run), "运营人员", "人数（人）")
    facts.add("有相关技术职称/从业资格的人数（人）", str(titled), "人", titled, name, 1, str(titled),
              "其中：具有相关技术职称/从业资格", "人数（人）")


def write_insurance(s, root, name, pid, rng) -> None:
    ins = s["insurance"]
    lines = [("上海市社会保险参保缴费情况证明", 20, "c"), ("", 10)]
    for t in ins["text"]:
        lines += [(x, 13) for x in chunks(t, 40)]
    lines.append(("", 10))
    for row in ins["rows"]:
        lines.append(("    ".join(row), 13))
    lines += [("", 10), ("上海市社会保险事业管理中心（业务专用章）", 12, 260), ("打印日期：2024年7月3日", 12, 360)]
    img = R.page_image(lines, rng, "上海市社会保险事业管理中心", "业务专用章")
    R.image_pdf(root / name, [img])
    DRAWN[f"{pid}/{name}"] = {1: lines_text(lines)}


def write_devices(s, v, root, name, facts: Facts) -> None:
    wb = openpyxl.Workbook()
    heads = ["接入数量（台/套）", "其中：公有云接入（台/套）", "公有云日均运行（台/套）"]
    for idx, (title, a, b, c) in enumerate([
            ("按设备二级分类", "按二级分类统计工业设备数量（台/套）", "按二级分类统计公有云工业设备数量（台/套）",
             "按二级分类统计公有云工业设备平均日运行数量（台/套）"),
            ("按省市区域", "按省市区域统计工业设备数量（台/套）", "按省市区域统计公有云工业设备数量（台/套）",
             "按省市区域统计公有云工业设备平均日运行数量（台/套）")]):
        ws = wb.active if idx == 0 else wb.create_sheet(title)
        ws.title = title
        ws.append(["分类" if idx == 0 else "区域"] + heads)
        for k in v[a]:
            ws.append([k, v[a][k], v[b][k], v[c][k]])
        ws.append(["合计", v["连接的工业设备/产品/产线种类及数量（台/套）"], v["公有云工业设备连接数量（台/套）"],
                   v["公有云工业设备平均日运行数量（台/套）"]])
    ws = wb.create_sheet("海外设备")
    ws.append(["国家/地区", "接入数量（台/套）"])
    for k, n in (v["按海外国家分类统计海外设备连接数量（台/套）"] or {}).items():
        ws.append([k, n])
    ws.append(["海外合计", v["海外设备连接数量（台/套）"]])
    ws.append(["导出时间：2024-07-01 10:12:45；数据来源：平台设备管理中心"])
    fixed_xlsx(wb, root / name)
    for lab, col in (("连接的工业设备/产品/产线种类及数量（台/套）", heads[0]), ("公有云工业设备连接数量（台/套）", heads[1]),
                     ("公有云工业设备平均日运行数量（台/套）", heads[2])):
        facts.add(lab, str(v[lab]), "台/套", v[lab], name, 1, str(v[lab]), "合计", col)
    if v["海外设备连接数量（台/套）"]:
        n = v["海外设备连接数量（台/套）"]
        facts.add("海外设备连接数量（台/套）", str(n), "台/套", n, name, 3, str(n), "海外合计", heads[0])


def write_dashboard(s, v, root, name, pid, facts: Facts) -> None:
    tiles = [("注册企业用户", "注册企业用户数（个）", "家"), ("实际服务企业", "实际服务企业数（个）", "家"),
             ("付费企业", "付费企业数（个）", "家"), ("上架工业APP", "工业APP数量（个）", "个"),
             ("工业机理模型", "工业机理模型数量（个）", "个"), ("微服务", "微服务数量（个）", "个"),
             ("注册开发者", "开发者注册总数（个）", "个"), ("公有云APP", "公有云工业APP数量（个）", "个")]
    shown = [(cap, f"{v[lab]:,}") for cap, lab, _ in tiles]
    drawn = R.dashboard_png(root / name, f"{s['platform']} · 运营驾驶舱", shown,
                            f"数据截至 2024-06-30 24:00  ·  {s['company']}")
    DRAWN[f"{pid}/{name}"] = {1: drawn}
    for (cap, lab, unit), (_, txt) in zip(tiles, shown):
        facts.add(lab, txt, unit, v[lab], name, 1, f"{cap} {txt}", cap, image=True)


def write_cloud(s, v, root, name, facts: Facts) -> None:
    cl = s["cloud_issuer"]
    blocks = [("h", "云资源使用情况证明"),
              ("p", f"兹证明{s['company']}（以下简称“使用方”）的{s['platform']}部署于我司（{cl}）运营的云资源池。"
                    f"{s['cloud_relation']}截至2023年12月31日，使用方平台资源使用情况如下："),
              ("t", ["项目", "数量", "单位"],
               [["平台实际用云量（折算标准云主机）", w2(v["平台实际用云量（台）"]), "台"],
                ["其中：公有云实际使用", str(v["平台公有云实际使用数量（台）"]), "台"],
                ["分配存储容量", w2(v["存储容量（TB）"]), "TB"],
                ["已存储工业数据量", w2(v["存储工业数据量（TB）"]), "TB"],
                ["其中：公有云数据总量", w2(v["公有云数据总量（TB）"]), "TB"]], [5, 2, 1]),
              ("p", "上述数据取自云管理平台计量系统，仅反映使用方该平台的资源使用，不含我司其他客户及集团内其他单位。"),
              ("p", f"出具单位：{cl}    2024年7月5日")]
    R.text_pdf(root / name, [blocks], title="云资源使用情况证明")
    for lab, row in (("平台实际用云量（台）", "平台实际用云量（折算标准云主机）"), ("平台公有云实际使用数量（台）", "其中：公有云实际使用"),
                     ("存储容量（TB）", "分配存储容量"), ("存储工业数据量（TB）", "已存储工业数据量"),
                     ("公有云数据总量（TB）", "其中：公有云数据总量")):
        val = v[lab]
        txt = w2(val) if isinstance(val, float) else str(val)
        facts.add(lab, txt, "台" if "台" in lab else "TB", val, name, 1, row + txt, row, "数量")


def write_awards(s, v, root, name, facts: Facts) -> None:
    rows = [[str(i), a[0], a[1], a[2], a[3]] for i, a in enumerate(s["awards"], 1)]
    grows = [[str(i), a[0], a[1], a[2], a[3]] for i, a in enumerate(s["group_awards"], 1)]
    n = len(rows)
    blocks = [("h", f"{s['platform']} 省部级及以上奖项/荣誉清单"),
              ("t", ["序号", "奖项/荣誉名称", "授予单位", "获奖主体", "年份"], rows, [0.8, 5.2, 2.6, 3.4, 1]),
              ("p", f"平台相关荣誉合计：{n}项"),
              ("p", "附：集团层面荣誉（获奖主体为集团或集团其他单位，未计入本次申报）"),
              ("t", ["序号", "奖项/荣誉名称", "授予单位", "获奖主体", "年份"], grows, [0.8, 5.2, 2.6, 3.4, 1])]
    R.text_pdf(root / name, [blocks], title="荣誉清单")
    facts.add("平台获得省部级及以上奖项/荣誉数量（个）", str(n), "项", n, name, 1, f"平台相关荣誉合计：{n}项", "平台相关荣誉合计")


def write_other_rd(s, root, name) -> None:
    sister, rd = s["plant"]["other_rd"]
    blocks = [("h", "平台研发投入专项审计报告"), ("p", f"报告文号：{s['audit_no']}-ZX"),
              ("p", f"{sister}："),
              ("p", f"我们接受委托，对{sister}（以下简称“贵单位”）2023年度工业互联网相关研发项目的研发投入归集情况进行了专项审计。"
                    "贵单位管理层负责研发费用的归集与核算，我们的责任是在实施审计工作的基础上发表专项审计意见。"),
              ("t", ["项目", "2023年度（万元）"],
               [["人员人工费用", w2(rd * 0.58)], ["直接投入费用", w2(rd * 0.17)], ["折旧与摊销", w2(rd * 0.11)],
                ["委托外部研究开发费用", w2(rd * 0.09)], ["其他相关费用", w2(rd - round(rd * 0.58, 2) - round(rd * 0.17, 2)
                                                        - round(rd * 0.11, 2) - round(rd * 0.09, 2))],
                ["研发投入合计", w2(rd)]], [5, 3]),
              ("p", f"经审计，贵单位2023年度研发投入合计{w2(rd)}万元。"),
              ("p", f"{s['auditor']}    2024年5月10日")]
    R.text_pdf(root / name, [blocks], title="研发投入专项审计报告")


def write_summary(s, summ, root, name) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "平台基本情况汇总表"
    ws.append(["项目", "内容"])
    for lab in LABELS:
        ws.append([lab, fmt(lab, summ[lab]) or "无"])
    ws.column_dimensions["A"].width = 48
    ws.column_dimensions["B"].width = 80
    fixed_xlsx(wb, root / name)


def write_contacts(s, d, root, name) -> None:
    doc = new_doc()
    doc.add_heading("联系人信息反馈表", level=1)
    doc.add_paragraph("2024年度上海市工业互联网平台应用水平评价工作")
    table(doc, [["", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"],
                ["联系人（主）", d["联系人姓名"], s["company"], s["contact_title"], d["联系人手机号"], d["联系人电子邮箱"]],
                ["联系人（备用）", s["backup"][0], s["company"], s["backup"][1], s["backup"][2], s["backup"][3]]])
    doc.add_paragraph(f"评审会现场地址信息：{d['评审会现场地址信息']}")
    fixed_docx(doc, root / name)


def write_pledge(s, root, name, rng) -> None:
    lines = [("真实性承诺", 22, "c"), ("", 12)]
    text = (f"我单位自愿参加2024年度上海市工业互联网平台应用水平评价工作，郑重承诺：所提交的申报表、申报书及相关证明材料"
            f"均真实、准确、完整，平台相关数据均为{s['platform']}的实际数据，未将集团或其他单位的数据计入。如有虚假，"
            "我单位愿承担相应责任。")
    lines += [(x, 14) for x in chunks(text, 36)]
    lines += [("", 20), (f"申报单位（盖章）：{s['company']}", 14, 120), (f"法定代表人（签名）：{s['legal_rep']}", 14, 120),
              ("2024年7月16日", 14, 380)]
    R.image_pdf(root / name, [R.page_image(lines, rng, s["company"], "", (560, 820))])


# ------------------------------------------------------------------------------------------------ package
def build(s: dict, packages: Path):
    pid = s["pid"]
    root = packages / pid
    (root / EV.rstrip("/")).mkdir(parents=True, exist_ok=True)
    rng = random.Random(s["seed"])
    v = derive(s)
    d, summ = declare(s, v)
    short = s["short"]
    files: dict[str, str] = {}
    facts = Facts()

    def f(name, role):
        files[name] = role
        return name

    write_contacts(s, d, root, f(f"附件1 联系人信息反馈表（{short}）.docx", "联系人表"))
    lines = write_form(s, d, root, f(f"附件2 申报表（{short}）.docx", "申报表"), rng)
    write_form_scan(s, lines, root, f(f"附件2 申报表（{short}）盖章扫描版.pdf", "申报表扫描件"), rng)
    write_book(s, d, root, f(f"附件3 申报书（{short}）.docx", "申报书"))
    write_audit(s, v, root, f(EV + s["files"]["audit"], "evidence:audit_report"), pid, facts, rng, s["audit_scanned"])
    write_group_report(s, root, f(EV + s["files"]["group"], "evidence:other"), pid, rng)
    write_ip(s, v, root, f(EV + "3-3 知识产权清单（专利、软件著作权）.xlsx", "evidence:patent_list"), facts, rng)
    write_roster(s, v, root, f(EV + "3-4 平台团队花名册.xlsx", "evidence:other"), facts, rng)
    write_insurance(s, root, f(EV + s["files"]["insurance"], "evidence:other"), pid, rng)
    write_devices(s, v, root, f(EV + "3-6 平台接入设备统计（系统导出）.xlsx", "evidence:device_list"), facts)
    write_dashboard(s, v, root, f(EV + "3-7 平台运营驾驶舱截图.png", "evidence:screenshot"), pid, facts)
    write_cloud(s, v, root, f(EV + s["files"]["cloud"], "evidence:other"), facts)
    write_awards(s, v, root, f(EV + "3-9 省部级及以上奖项荣誉清单.pdf", "evidence:award_list"), facts)
    if "other_rd" in s.get("plant", {}):
        write_other_rd(s, root, f(EV + s["files"]["other_rd"], "evidence:audit_report"))
    write_summary(s, summ, root, f(f"附件4 平台基本情况汇总表（{short}）.xlsx", "汇总表"))
    write_pledge(s, root, f("附件5 真实性承诺（盖章）.pdf", "承诺"), rng)
    return v, d, files, facts
