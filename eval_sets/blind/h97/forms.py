"""Application documents of an h97 package: 附件1, 申报表 (DOCX or XLSX) + stamped scan, 申报书, 汇总表, 承诺."""

from __future__ import annotations

import docx
import openpyxl
import pypdf
from docx.shared import Pt

from eval_sets.blind.h97 import render as R
from eval_sets.blind.h97.docs import Pkg
from eval_sets.blind.h97.labels import LIMITS, SUMMARY_LABELS, TABLE
from eval_sets.blind.h97.model import fmt_int, pct, wan
from eval_sets.blind.h97.texts import basic_intro

CHAPTERS = ["一、申报单位简介", "二、平台建设及运营情况", "三、平台应用成效", "四、平台下一步发展计划", "五、平台应用案例",
            "六、附件及其他说明材料", "七、平台相较上年度对比情况"]


def chars(s: str) -> int:
    return sum(1 for ch in s if not ch.isspace())


def company_rows(p: Pkg) -> list[tuple[str, str]]:
    s, c = p.s, p.s["company"]
    w = lambda x: f"{x / 10000:.2f}"
    rows = [("单位（企业）名称", s["basic"]["企业名称"]), ("单位（企业）代码", c["code"]), ("成立日期", c["founded"]),
            ("注册地及所在行政区", c["place"]), ("企业类型", c["kind"]), ("注册资本", c["capital"]), ("主营业务", c["business"]),
            ("法定代表人", s["legal"]), ("联系人", s["basic"]["联系人姓名"]), ("职务", s["contact_title"]),
            ("联系人手机", s["basic"]["联系人手机号"]), ("传真", "无"), ("电子邮箱", s["basic"]["联系人电子邮箱"])]
    rows += [(f"股权结构：{h[0]}", f"出资金额{h[1]}，持股比例{h[2]}") for h in c["holders"]]
    rows += [("总资产（万元）", w(c["assets"])), ("主营业务收入（万元）", w(c["revenue"])),
             ("主营业务收入增长率（%）", f"{pct(c['revenue'] - c['revenue_prev'], c['revenue_prev']):.2f}"),
             ("负债率（%）", f"{pct(c['liabilities'], c['assets']):.2f}"), ("利润总额（万元）", w(c["profit"])),
             ("税金（万元）", w(c["taxes"]))]
    return rows


def platform_rows(p: Pkg) -> list[tuple[str, str]]:
    s, d = p.s, p.d
    b = s["basic"]
    iaas = "自建" if s["iaas"][0] == "自建" else f"租用，服务商名称（必填）：{s['iaas'][1]}"
    intro, eff = basic_intro(s, d)
    f, t = s["build_from"], s["build_to"]
    return [("平台名称", b["平台名称"]), ("建设时间", f"{f[0]}年{f[1]}月至{t[0]}年{t[1]}月"),
            ("平台建设金额（万元）", f"{s['build_amount']:.2f}"), ("平台近三年经营指标情况", d.cell("平台近三年经营指标情况")),
            ("平台建设方式", b["平台建设方式"]), ("平台运营模式", b["平台运营模式"]), ("IaaS基础设施", iaas), ("部署方式", b["部署方式"]),
            ("平台网址", f"{b['平台网址']}（评审账号：{s['account'][0]}，密码：{s['account'][1]}）"),
            ("平台基本情况介绍", intro), ("平台建设成效", eff)]


def table_rows(p: Pkg) -> list[tuple[str, str, str, str]]:
    out = []
    for lvl3, content, label in TABLE:
        if label is None:
            val = p.texts[content]
        elif content in p.texts and label not in p.s.get("private", {}):
            val = p.texts[content]
        else:
            val = p.d.cell(label)
            if label == "数据分析平台均速度（每TB分级/秒级/毫秒级）":
                val = p.s["data"]["speed"]
        proof = p.proof.get(label, "平台后台统计，说明见申报书第二章") if label else "见申报书第二章"
        out.append((lvl3, content, val, proof))
    return out


def check_limits(p: Pkg):
    for k, lim in LIMITS.items():
        assert chars(p.texts[k]) <= lim, (p.s["pid"], k, chars(p.texts[k]))
    for line in p.texts["是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势"].splitlines():
        assert chars(line) <= 50, line
    intro, eff = basic_intro(p.s, p.d)
    assert chars(intro) <= 500 and chars(eff) <= 500


def contact_form(p: Pkg):
    s = p.s
    doc = docx.Document()
    doc.add_paragraph("附件1")
    doc.add_heading("联系人信息反馈表", 1)
    doc.add_paragraph("2024年度上海市工业互联网平台应用水平评价工作")
    doc.add_paragraph("一、联系人信息反馈")
    t = doc.add_table(rows=3, cols=6)
    for i, h in enumerate(["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"]):
        t.cell(0, i).text = h
    b = s["basic"]
    for i, v in enumerate(["联系人（主）", b["联系人姓名"], b["企业名称"], s["contact_title"], b["联系人手机号"], b["联系人电子邮箱"]]):
        t.cell(1, i).text = v
    alt = {"h97_laiyifen_clean": ("钱佳敏", "13816620473"), "h97_tansuo_clean": ("孙浩然", "13917408825"),
           "h97_csic711_clean": ("吴志刚", "13801946237"), "h97_baowuzb_clean": ("马晓东", "13918275064")}[s["pid"]]
    for i, v in enumerate(["联系人（备用）", alt[0], b["企业名称"], "项目经理", alt[1], "—"]):
        t.cell(2, i).text = v
    doc.add_paragraph("二、评审会现场地址信息反馈")
    doc.add_paragraph(f"具体地址：{b['评审会现场地址信息']}")
    p.save_docx(doc, p.names["contact"], "联系人表")


def form(p: Pkg):
    s = p.s
    b = s["basic"]
    rel = p.names["form"]
    cover = ["附件2", "上海市工业互联网平台应用水平评价", "申报表", "申报年度：2024年度", f"平台名称：{b['平台名称']}",
             f"申报单位：{b['企业名称']}（公章）", f"联系人：{b['联系人姓名']}", f"联系人电话：{b['联系人手机号']}",
             "上海市经济和信息化委员会制", "2024年7月16日"]
    comp, plat, tab = company_rows(p), platform_rows(p), table_rows(p)
    if rel.endswith(".xlsx"):
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "封面"
        for line in cover:
            ws.append([line])
        ws = wb.create_sheet("一、企业基本情况")
        ws.append(["项目", "内容"])
        for r in comp:
            ws.append(list(r))
        ws = wb.create_sheet("二、平台基本情况")
        ws.append(["项目", "内容"])
        for r in plat:
            ws.append(list(r))
        ws = wb.create_sheet("三、指标明细表")
        ws.append(["三级指标", "内容", "平台实际情况", "证明资料"])
        for r in tab:
            ws.append(list(r))
        for col, w in zip("ABCD", (22, 46, 70, 36)):
            ws.column_dimensions[col].width = w
        p.save_xlsx(wb, rel, "申报表")
    else:
        doc = docx.Document()
        for i, line in enumerate(cover):
            para = doc.add_paragraph(line)
            if i in (1, 2):
                para.runs[0].font.size = Pt(20)
        for title, rows, cols in (("一、企业基本情况", comp, 2), ("二、平台基本情况", plat, 2)):
            doc.add_paragraph(title)
            t = doc.add_table(rows=0, cols=cols)
            t.style = "Table Grid"
            for r in rows:
                cells = t.add_row().cells
                cells[0].text, cells[1].text = r
        doc.add_paragraph("三、上海市工业互联网平台应用水平评价指标明细表")
        t = doc.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        for i, h in enumerate(["三级指标", "内容", "平台实际情况", "证明资料"]):
            t.rows[0].cells[i].text = h
        for r in tab:
            cells = t.add_row().cells
            for i in range(4):
                cells[i].text = r[i]
        p.save_docx(doc, rel, "申报表")
    # stamped scan of the same content
    pages = [[("gap", 60)] + [("h", line) for line in cover]]
    pages.append([("h2", "一、企业基本情况"), ("t", [list(r) for r in comp], [55, 115], 8)])
    pages.append([("h2", "二、平台基本情况"), ("t", [list(r) for r in plat], [40, 130], 8)])
    chunk = 14
    for i in range(0, len(tab), chunk):
        head = [("h2", "三、指标明细表")] if i == 0 else []
        pages.append(head + [("t", [["三级指标", "内容", "平台实际情况", "证明资料"]] + [list(r) for r in tab[i:i + chunk]],
                              [26, 40, 70, 34], 7)])
    R.scanned_pdf(p.path(p.names["scan"]), pages, seed=s["seed"] + 1,
                  seals={0: (b["企业名称"], ""), len(pages) - 1: (b["企业名称"], "")})
    p.files[p.names["scan"]] = "申报表扫描件"


def book(p: Pkg):
    s, d, v = p.s, p.d, p.d.v
    b = s["basic"]
    name = b["平台名称"]
    shape = s["shape"]
    big = shape == "large"
    doc = docx.Document()
    for line in ["附件3", "上海市工业互联网平台应用水平评价", "申报书", "申报年度：2024年度", f"平台名称：{name}",
                 f"申报单位：{b['企业名称']}（公章）", f"联系人：{b['联系人姓名']}", f"联系人电话：{b['联系人手机号']}",
                 "上海市经济和信息化委员会制", "2024年7月16日"]:
        doc.add_paragraph(line)
    P = doc.add_paragraph
    c = s["company"]
    P(CHAPTERS[0])
    P(f"{b['企业名称']}成立于{c['founded']}，注册地{c['place']}，{c['kind']}，主营{c['business']}。2023年营业收入"
      f"{c['revenue'] / 1e8:.2f}亿元（企业整体口径，其中平台相关营业收入{s['rev'][2023]:,.2f}万元）。")
    P("单位核心竞争力在于平台技术、行业知识与实施服务能力的结合，拥有完整的研发、实施与运维服务团队。")
    P(CHAPTERS[1])
    intro, eff = basic_intro(s, d)
    P(f"平台基本信息：{intro}建设时间{s['build_from'][0]}年{s['build_from'][1]}月至{s['build_to'][0]}年{s['build_to'][1]}月，"
      f"建设金额{s['build_amount']:,.2f}万元，建设方式为{b['平台建设方式']}，部署方式为{b['部署方式']}。")
    P("平台技术架构：平台由边缘层、IaaS层、PaaS层（数据中台、模型引擎、微服务与低代码开发环境）和SaaS应用层构成。")
    if shape == "large":
        P(f"平台运营情况：平台连接设备约{wan(v['连接的工业设备/产品/产线种类及数量（台/套）'])}台（套），其中公有云接入约"
          f"{wan(v['公有云工业设备连接数量（台/套）'])}台（套）；注册企业{fmt_int(v['注册企业用户数（个）'])}家，实际服务企业"
          f"{fmt_int(v['实际服务企业数（个）'])}家，工业APP订阅约{wan(v['工业APP订阅总数量（个）'])}个，注册开发者约"
          f"{wan(v['开发者注册总数（个）'])}人，存储工业数据约{v['存储工业数据量（TB）'] / 1000:.2f}PB。"
          "完整设备与企业清单见证明材料中的XLSX导出文件。")
    elif shape == "overseas":
        o, t_ = v["海外设备连接数量（台/套）"], v["连接的工业设备/产品/产线种类及数量（台/套）"]
        P(f"平台运营情况：平台连接设备{fmt_int(t_)}台（套），其中海外设备{fmt_int(o)}台（套），占{pct(o, t_):.2f}%，"
          "按设备所属企业注册地分布于希腊Greece、新加坡Singapore、挪威Norway、日本Japan、马来西亚Malaysia、德国Germany。"
          f"实际服务企业{v['实际服务企业数（个）']}家，其中海外企业214家。海外合同以美元、欧元计价，已按2023年度平均汇率折算为人民币。")
    elif shape == "private":
        P("平台运营情况：平台采用“私有云+公有云”部署，按填报指引凡涉及私有化部署的数据均按“总数XX，其中私有化部署涉及的相关数量XX”填写。"
          "连接设备总数12,846台（套），其中私有化部署涉及9,212台（套）；存储容量总容量1,200.00TB，其中私有化部署涉及760.00TB。")
    else:
        P("平台运营情况：平台为软件与交易类平台，不连接工业设备，设备相关指标按填报指引填写为0或无；平台价值主要体现在订单协同、"
          f"APP订阅和合同服务上，2023年平台订单{fmt_int(s['users']['orders'][0])}个，工业APP累计订阅{fmt_int(v['工业APP订阅总数量（个）'])}个。")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["三级指标", "本平台数据", "对标数据"]):
        t.rows[0].cells[i].text = h
    for row in [("1.2.1 创新投入情况", f"研发投入{s['fin']['rd']:,.2f}万元", "同行业相似平台：研发投入约千万元量级"),
                ("2.1.2 工业软件/APP", f"工业APP {v['工业APP数量（个）']}个", "同行业相似平台：工业APP约百个量级"),
                ("3.1.1 平台应用规模", f"实际服务企业{fmt_int(v['实际服务企业数（个）'])}家", "同行业相似平台：服务企业约千家量级")]:
        cells = t.add_row().cells
        for i in range(3):
            cells[i].text = row[i]
    P("平台技术创新点总结：平台自主研发数据中台与模型引擎，核心组件自主可控；"
      + {"no_devices": "以订单与质量数据驱动合作伙伴协同，形成无设备接入的轻量化共创模式。",
         "private": "私有化版本与公有云版本同源，支持厂内闭环与云端汇总的双模运行。",
         "overseas": "通过卫星链路与边缘压缩实现远洋船舶低带宽稳定接入，海外设备占比超过六成。",
         "large": "支撑数万台设备毫秒级检索分析，预测维护模型在钢铁全流程规模化复用。"}[shape])
    P(CHAPTERS[2])
    P(eff)
    P("应用创新点总结：平台以数据驱动替代经验决策，形成可复制的行业解决方案和按效果付费的商业模式，带动上下游企业协同提升。")
    P(CHAPTERS[3])
    P("下一步将深化大模型与行业知识融合，扩展生态合作平台，提升服务企业覆盖面与付费转化率。")
    P(CHAPTERS[4])
    for i, case in enumerate(s["cases"], 1):
        assert chars(case) <= 30 and case.startswith(name + "——"), case
        P(f"案例{i}：{case}")
        P("企业简介：该用户企业为平台长期合作客户，具有代表性的业务规模与数字化基础。")
        P("平台简介：平台为其提供数据采集、分析与协同应用服务。")
        P("案例实际内容简介：项目上线后关键业务指标明显改善，详见证明材料。")
    P(CHAPTERS[5])
    P("附件清单（附件名称及页码）：")
    for rel, role in sorted(p.files.items(), key=lambda kv: p.ev_order.index(kv[0]) if kv[0] in p.ev_order else 99):
        if role.startswith("evidence"):
            f = p.root / rel
            if f.suffix == ".pdf":
                where = f"共{len(pypdf.PdfReader(str(f)).pages)}页"
            elif f.suffix == ".xlsx":
                where = f"XLSX导出，{len(openpyxl.load_workbook(str(f), read_only=True).sheetnames)}个工作表"
            else:
                where = "截图1页"
            P(f"{rel.split('/')[-1].rsplit('.', 1)[0]}（{where}）")
    if s["participated"]:
        P(CHAPTERS[6])
        P("自2023年7月以来，平台在功能模块、关键指标和应用服务方面的变化如下：")
        t = doc.add_table(rows=1, cols=3)
        t.style = "Table Grid"
        for i, h in enumerate(["指标", "2023年7月", "截至填表日"]):
            t.rows[0].cells[i].text = h
        for lab in ("连接的工业设备/产品/产线种类及数量（台/套）", "工业APP数量（个）", "实际服务企业数（个）"):
            now = v[lab]
            cells = t.add_row().cells
            cells[0].text, cells[1].text, cells[2].text = lab, fmt_int(int(now * 0.86)), fmt_int(now)
    p.save_docx(doc, p.names["book"], "申报书")


def summary(p: Pkg):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "平台基本情况汇总表"
    ws.append(["项目", "内容"])
    for label in SUMMARY_LABELS:
        val = p.d.summary_value(label)
        if label == "序号":
            ws.append([label, p.s["basic"]["序号"]])
        else:
            ws.append([label, val])
    ws.column_dimensions["A"].width = 46
    ws.column_dimensions["B"].width = 80
    p.save_xlsx(wb, p.names["summary"], "汇总表")


def promise(p: Pkg):
    b = p.s["basic"]
    items = [("gap", 40), ("h", "真实性承诺"), ("gap", 20),
             ("p", "我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，"
                   "如有不实，愿承担相应的法律责任及由此产生的一切后果。"), ("p", "特此承诺。"), ("gap", 60),
             ("p", f"申报单位：{b['企业名称']}（盖章）"), ("p", f"法定代表人：{p.s['legal']}（签章）"), ("p", "2024年7月16日")]
    R.scanned_pdf(p.path(p.names["promise"]), [items], seed=p.s["seed"] + 3, seals={0: (b["企业名称"], "")}, numbered=False,
                  signature=(0, 200, 545, p.s["legal"]))
    p.files[p.names["promise"]] = "承诺"
