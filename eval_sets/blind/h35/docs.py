"""The package object and the documents every package holds: 联系人表, 申报表 (DOCX / XLSX / stamped
scan), 汇总表, 承诺, and the evidence files (audit report, IP list, device statistics, dashboards, awards)."""

from __future__ import annotations

import io
import random
from pathlib import Path

import openpyxl
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

import kit
import pdfdoc as P
from labels import DETAIL, LABELS
from model import Spec, fmt_dict, reviewer_value, synth, wan, yuan


class Pkg:
    def __init__(self, spec: Spec, pid: str, root: Path, repo_rel: str):
        self.sp = spec
        self.pid = pid
        self.root = root
        self.repo_rel = repo_rel
        self.v = synth(spec)  # what the 申报表 declares (problems applied by the spec)
        self.ev: dict = {}  # evidence overrides (label -> value printed in evidence)
        self.narr: dict = {}  # narrative overrides (keys of narrative.py)
        self.summ: dict = {}  # 汇总表 overrides
        self.files: dict[str, str] = {}
        self.facts: list[dict] = []
        self.problems: list[dict] = []
        self.proof: dict[str, str] = {}
        self.layout: list[str] = []
        self.ev_index: list[tuple[str, str, int, int]] = []  # (file, title, pages, key page)
        self.rng = random.Random(spec.seed * 7 + 1)
        sp = spec
        rev = sp.extras["company_rev"]
        self.company = {
            "code": sp.extras["credit_code"], "founded": sp.extras["founded"], "reg": sp.extras["reg_addr"],
            "type": sp.extras.get("ctype", "有限责任公司"), "capital": sp.extras["capital"],
            "business": sp.extras["business"], "legal": sp.extras["legal"],
            "assets": sp.extras["company_assets"], "rev": rev, "rev_growth": sp.extras["company_growth"],
            "debt": sp.extras["debt_ratio"], "profit": sp.extras["company_profit"], "tax": sp.extras["tax"],
        }

    # evidence value of a label (planted differences live in self.ev)
    def e(self, label):
        if label in self.ev:
            return self.ev[label]
        if label == "profit":
            return self.sp.profit
        return self.v[label]

    def add(self, rel: str, role: str) -> Path:
        self.files[rel] = role
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        return path

    def fact(self, label, value, unit, normalized, file, page, quote, row_label="", column_label="", component="",
             image_only=False):
        self.facts.append(dict(label=label, value=value, unit=unit, normalized=normalized, file=file, page=page,
                               quote=quote, row_label=row_label, column_label=column_label, component=component,
                               image_only=image_only))

    def problem(self, pid, family, fields, files, severity, description):
        self.problems.append(dict(id=pid, family=family, fields=fields, files=files, severity=severity,
                                  description=description))


# ------------------------------------------------------------------ texts of the 申报表

def texts(p: Pkg) -> dict[str, str]:
    sp = p.sp
    x = sp.extras
    rng = random.Random(sp.seed * 13)
    return {
        "定位": x["positioning"],
        "政策": "工业和信息化部《工业互联网创新发展行动计划（2021-2023年）》：平台体系壮大、融合应用深化；"
              "上海市《推动工业互联网创新升级 实施“工赋上海”三年行动计划（2023-2025年）》：打造行业特色平台；"
              f"{x['industry']}行业：设备与数据加速上云，行业平台由单点应用向全链条协同演进。",
        "战略": f"已纳入《{sp.company}“十四五”发展战略规划》",
        "专项规划": f"《{sp.listed_name}建设与运营专项规划（2023-2025）》",
        "其他资源": f"除工业设备外，平台汇聚{x['industry']}领域供应商、服务商及专家资源，入驻服务商{rng.randrange(120, 400)}家，"
                f"沉淀工艺知识条目{rng.randrange(2, 9)}万条。",
        "边缘": f"边缘网关支持数据采集、数据存储、网络传输与智能分析；边缘计算应用节点{rng.randrange(120, 900)}个；"
              f"最低响应时延{rng.randrange(8, 30)}毫秒。",
        "其他采集": "支持ERP、MES、WMS等软件系统数据的接口采集与日志采集，支持OPC UA、Modbus、MQTT等协议。",
        "可拓展": "是",
        "算力": f"云化服务器{p.v['平台实际用云量（台）']:.0f}台，合计约{rng.randrange(3, 9) * 1000}核vCPU。",
        "数据管理": "建立数据标准管理、数据质量管理、主数据管理与元数据管理机制，按季度开展数据质量评估。",
        "通用算法": "是",
        "算法类型": "基础算法、聚类算法、分类算法、预测与估算算法、关联分析算法、推荐算法",
        "社区": "是",
        "语言": "共4种：Java、Python、C++、JavaScript",
        "框架": "基于微服务架构与容器化部署的低代码应用开发框架，提供统一认证、数据服务与模型服务接口。",
        "工具": "提供可视化拖拽建模工具、API调试工具、在线代码编辑器与应用发布流水线。",
        "保护方面": "数据、传输、访问登录、代码、应用、网络",
        "安全技术": "部署下一代防火墙、网络隔离、传输加密（TLS）、多因素身份认证、WAF与入侵检测。",
        "数据保护": "有数据备份与离线备份，核心库双机热备，同城云备份与异地灾备。",
        "自主可控": "设备接入、时序数据库、模型引擎等关键技术均为自主研发，自主可控。",
        "新增效益": "三个案例平均带动用户营收提升约8%，新增就业岗位约60个，安全生产持续时间显著提升。",
        "降低成本": "三个案例平均降低运维成本约18%，平均能耗下降约10%。",
        "数据价值": "基于设备运行与业务数据构建故障预测、能效优化等模型，实现工业知识沉淀与复用。",
        "供应链": "平台与上下游企业ERP、SRM系统对接，实现订单、库存、物流协同，供应商准时交付率提升。",
        "新技术": "有。融合人工智能、5G、边缘计算、数字孪生与标识解析等新技术开展应用。",
        "标准": f"参与制定行业标准{rng.randrange(1, 5)}项、团体标准{rng.randrange(1, 6)}项。",
        "贡献": f"平台服务本市企业{p.v['服务本市企业数量（个）']}家，支撑{x['industry']}行业数字化转型。",
        "开放机制": "是，向产业链上下游开放数据接口与应用功能，建立数据共享授权与收益分配机制。",
        "跨平台": "已与多家合作平台实现账号互认、数据接口对接与应用互调。",
        "新模式": "有。培育设备即服务、按效果付费等新模式。",
    }


def form_cell(p: Pkg, label: str) -> str:
    v = p.v[label]
    if label == "平台是否建立安全管理体系":
        return (f"是。《{p.sp.short}平台信息安全管理制度》（{p.sp.extras['doc_prefix']}-AQ-001，2021年3月）；"
                f"《数据安全管理办法》（{p.sp.extras['doc_prefix']}-AQ-004，2022年6月）")
    if label == "有否定期开展第三方安全测试/测评":
        return "是，每年一次（2023年11月完成等级保护三级测评）"
    if label == "有否定期进行安全扫描":
        return "是，每月一次"
    if label == "企业是否已上市或已获得VC/PE投资":
        return p.sp.extras.get("listed_text", "否")
    if label == "平台是否有自研形成的核心技术突破":
        return "是，自研多源异构设备接入与时序数据压缩引擎，压缩比与写入性能对标国际同类产品。"
    if label == "平台是否具备碳管理服务能力":
        return "是，提供碳排放监测、碳核算与碳效评价服务。" if v else "否"
    if label == "平台是否融合使用国家标识解析系统":
        return "是，接入国家工业互联网标识解析二级节点，用于设备与产品全生命周期追溯。" if v else "否"
    if label == "平台是否服务上海智能工厂，数量":
        return f"是，共{v}家，主要提供设备联网、数据分析与运维服务。"
    if label == "数据分析平台均速度（每TB分级/秒级/毫秒级）":
        return v[0]
    if label == "平台订单数量(近一年总量)（个）":
        return f"2023年自然年：{v['2023年自然年']}个；截至填表日前一年：{v['截至填表日前一年']}个"
    if v is None:
        return "无"
    if isinstance(v, bool):
        return "是" if v else "否"
    if isinstance(v, dict):
        return fmt_dict(v)
    if isinstance(v, float):
        return f"{v:.2f}"
    return str(v)


def detail_rows(p: Pkg) -> list[tuple[str, str, str, str, str, str]]:
    t = texts(p)
    out = []
    for l1, l2, l3, content, key in DETAIL:
        if key.startswith("T:"):
            val = t[key[2:]]
            proof = p.proof.get(key, "详见申报书第二章")
        else:
            val = form_cell(p, key)
            proof = p.proof.get(key, "平台后台统计数据，详见申报书第二章")
        out.append((l1, l2, l3, content, val, proof))
    return out


def revenue_lines(p: Pkg) -> list[str]:
    d = p.v["平台近三年经营指标情况"]
    return [f"{y}年平台营收{d[f'{y}年平台营收（万元）']:.2f}万元/增长率{d[f'{y}年增长率（%）']:.2f}%" for y in (2021, 2022, 2023)]


def basic_rows(p: Pkg):
    c = p.company
    sp = p.sp
    return [
        ("单位（企业）名称", sp.company), ("单位（企业）代码", c["code"]), ("成立日期", c["founded"]),
        ("注册地及所在行政区", c["reg"]), ("企业类型", c["type"]), ("注册资本", c["capital"]),
        ("主营业务", c["business"]), ("法定代表人", c["legal"]), ("联系人", sp.contact[0]), ("职务", sp.contact[1]),
        ("联系人手机", sp.contact[2]), ("传真", "—"), ("电子邮箱", sp.contact[3]),
        ("股权结构", sp.extras["equity"]),
        ("总资产（万元）", f"{c['assets']:.2f}"), ("主营业务收入（万元）", f"{c['rev']:.2f}"),
        ("主营业务收入增长率（%）", f"{c['rev_growth']:.2f}"), ("负债率（%）", f"{c['debt']:.2f}"),
        ("利润总额（万元）", f"{c['profit']:.2f}"), ("税金（万元）", f"{c['tax']:.2f}"),
    ]


def platform_rows(p: Pkg):
    sp = p.sp
    v = p.v
    b0, b1 = sp.build_period
    bm = v["平台建设方式"]
    return [
        ("平台名称", sp.extras.get("declared_name", sp.listed_name)),
        ("建设时间", f"{b0[:4]}年{int(b0[5:])}月至{b1[:4]}年{int(b1[5:])}月"),
        ("平台建设金额（万元）", f"{v['平台建设金额（万元）']:.2f}"),
        ("平台近三年经营指标情况", "\n".join(revenue_lines(p))),
        ("平台建设方式", "☑自建 □合作共建" if bm == "自建" else f"□自建 ☑合作共建，合作企业名称：{bm.split('，', 1)[1]}"),
        ("平台运营模式", "☑自运营 □联合运营 □委托运营"),
        ("IaaS基础设施", sp.extras.get("iaas", "☑自建 □租用")),
        ("部署方式", v["部署方式"]),
        ("平台网址", f"{v['平台网址']}（演示账号：pingshen2024 / 密码：{sp.extras['secret']}）"),
        ("平台基本情况介绍", sp.extras["intro"]),
        ("平台建设成效", sp.extras["effect"]),
    ]


# ------------------------------------------------------------------ 申报表 DOCX

def _merge_runs(table, col, start_row, values):
    i = 0
    while i < len(values):
        j = i
        while j + 1 < len(values) and values[j + 1] == values[i]:
            j += 1
        if j > i:
            a = table.cell(start_row + i, col)
            b = table.cell(start_row + j, col)
            m = a.merge(b)
            m.text = values[i]
        i = j + 1


def form_docx(p: Pkg, rel: str, font_name: str = "仿宋") -> None:
    path = p.add(rel, "申报表")
    d = Document()
    kit.docx_set_cjk(d, font_name, 10.5)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    for text, size in (("上海市工业互联网平台应用水平评价", 18), ("申报表", 26)):
        para = d.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = para.add_run(text)
        r.font.size = Pt(size)
        r.bold = True
    for line in ("申报年度：2024年度", f"平台名称：{p.sp.extras.get('declared_name', p.sp.listed_name)}",
                 f"申报单位：{p.sp.company}（公章）", f"联 系 人：{p.sp.contact[0]}", f"联系人电话：{p.sp.contact[2]}",
                 "上海市经济和信息化委员会制", "2024年7月"):
        para = d.add_paragraph(line)
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_page_break()
    d.add_paragraph("一、企业基本情况").runs[0].bold = True
    rows = basic_rows(p)
    t = d.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for i, (k, val) in enumerate(rows):
        t.cell(i, 0).text = k
        t.cell(i, 1).text = val
    d.add_paragraph("")
    d.add_paragraph("二、平台基本情况").runs[0].bold = True
    rows = platform_rows(p)
    t = d.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for i, (k, val) in enumerate(rows):
        t.cell(i, 0).text = k
        t.cell(i, 1).text = val
    d.add_page_break()
    d.add_paragraph("三、上海市工业互联网平台应用水平评价指标明细表").runs[0].bold = True
    det = detail_rows(p)
    t = d.add_table(rows=len(det) + 1, cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(("一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料")):
        t.cell(0, j).text = h
    for i, row in enumerate(det, start=1):
        for j, val in enumerate(row):
            t.cell(i, j).text = val
    for col in (0, 1, 2):
        _merge_runs(t, col, 1, [r[col] for r in det])
    kit.save_docx(d, path, "申报表", p.sp.contact[0])


# ------------------------------------------------------------------ 申报表 XLSX

def form_xlsx(p: Pkg, rel: str) -> None:
    path = p.add(rel, "申报表")
    wb = openpyxl.Workbook()
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws = wb.active
    ws.title = "一、企业基本情况"
    ws.append(["一、企业基本情况"])
    for k, val in basic_rows(p):
        ws.append([k, val])
    ws.column_dimensions["A"].width = 26
    ws.column_dimensions["B"].width = 60
    ws2 = wb.create_sheet("二、平台基本情况")
    ws2.append(["二、平台基本情况"])
    for k, val in platform_rows(p):
        if k == "平台建设金额（万元）":
            ws2.append([k, p.v["平台建设金额（万元）"]])
        else:
            ws2.append([k, val])
    ws2.column_dimensions["A"].width = 26
    ws2.column_dimensions["B"].width = 80
    ws3 = wb.create_sheet("三、指标明细表")
    ws3.append(["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"])
    det = detail_rows(p)
    for (l1, l2, l3, content, val, proof), (_, _, _, _, key) in zip(det, DETAIL):
        raw = p.v.get(key) if not key.startswith("T:") else None
        cell = raw if isinstance(raw, (int, float)) and not isinstance(raw, bool) else val
        ws3.append([l1, l2, l3, content, cell, proof])
        if isinstance(cell, float):
            ws3.cell(ws3.max_row, 5).number_format = "0.00"
    for col, w in zip("ABCDEF", (14, 16, 18, 36, 60, 30)):
        ws3.column_dimensions[col].width = w
    for row in ws3.iter_rows(min_row=1, max_row=ws3.max_row):
        for c in row:
            c.border = box
            c.alignment = Alignment(wrap_text=True, vertical="center")
    for col in (1, 2, 3):
        start = 2
        vals = [ws3.cell(r, col).value for r in range(2, ws3.max_row + 1)]
        i = 0
        while i < len(vals):
            j = i
            while j + 1 < len(vals) and vals[j + 1] == vals[i]:
                j += 1
            if j > i:
                ws3.merge_cells(start_row=start + i, start_column=col, end_row=start + j, end_column=col)
            i = j + 1
    kit.save_xlsx(wb, path, p.sp.contact[0])


# ------------------------------------------------------------------ 申报表 stamped scan

def form_pdf_bytes(p: Pkg) -> bytes:
    st = P.styles(9.5, 1.45)

    def story(_anchors):
        s = [P.Spacer(1, 60), P.Paragraph("上海市工业互联网平台应用水平评价", st["title"]), P.Spacer(1, 10),
             P.Paragraph("申报表", st["title"]), P.Spacer(1, 80)]
        for line in ("申报年度：2024年度", f"平台名称：{p.sp.extras.get('declared_name', p.sp.listed_name)}",
                     f"申报单位：{p.sp.company}（公章）", f"联 系 人：{p.sp.contact[0]}",
                     f"联系人电话：{p.sp.contact[2]}", "", "上海市经济和信息化委员会制", "2024年7月"):
            s.append(P.Paragraph(line or "&nbsp;", st["center"]))
        s.append(P.PageBreak())
        s.append(P.Paragraph("一、企业基本情况", st["h2"]))
        s.append(P.grid_table([[k, val] for k, val in basic_rows(p)], [45 * P.mm, 120 * P.mm], st, header_rows=0))
        s.append(P.Paragraph("二、平台基本情况", st["h2"]))
        s.append(P.grid_table([[k, val.replace("\n", "<br/>")] for k, val in platform_rows(p)],
                              [45 * P.mm, 120 * P.mm], st, header_rows=0))
        s.append(P.PageBreak())
        s.append(P.Paragraph("三、上海市工业互联网平台应用水平评价指标明细表", st["h2"]))
        rows = [["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]]
        prev = [None, None, None]
        for r in detail_rows(p):
            shown = []
            for k in range(3):
                shown.append(r[k] if r[k] != prev[k] else "")
                prev[k] = r[k]
            rows.append(shown + list(r[3:]))
        s.append(P.grid_table(rows, [19 * P.mm, 20 * P.mm, 20 * P.mm, 34 * P.mm, 50 * P.mm, 25 * P.mm], st,
                              repeat=1, fs=7.5))
        s.append(P.Spacer(1, 30))
        s.append(P.Paragraph(f"申报单位（盖章）：{p.sp.company}", st["plain"]))
        s.append(P.Paragraph("日期：2024年7月12日", st["plain"]))
        return s

    pdf, _, _ = P.build(story, (p.sp.company, "申报表"), True, "申报表", p.sp.contact[0], footer_fmt="- {n} -",
                        header_rule=False)
    return pdf


def form_scan(p: Pkg, rel: str, seed: int) -> None:
    path = p.add(rel, "申报表扫描件")
    pdf = form_pdf_bytes(p)
    n = len(kit.rasterize(pdf, 20))
    imgs = kit.scan_pages(pdf, seed, p.sp.company, {0, n - 1}, dpi=100,
                          seal_pos={0: (0.55, 0.42), n - 1: (0.5, 0.55)})
    kit.images_to_pdf(imgs, path, "申报表盖章扫描件")


# ------------------------------------------------------------------ 联系人表, 汇总表, 承诺

def contact_docx(p: Pkg, rel: str) -> None:
    path = p.add(rel, "联系人表")
    d = Document()
    kit.docx_set_cjk(d, "宋体", 11)
    d.add_paragraph("附件1")
    h = d.add_paragraph("联系人信息反馈表")
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph("2024年度上海市工业互联网平台应用水平评价工作")
    d.add_paragraph("一、联系人信息反馈")
    t = d.add_table(rows=3, cols=7)
    t.style = "Table Grid"
    for j, h in enumerate(("序号", "", "姓名", "单位名称", "职务", "手机号码", "电子邮箱")):
        t.cell(0, j).text = h
    sp = p.sp
    b = sp.extras["backup"]
    for i, (kind, row) in enumerate((("联系人（主）", sp.contact), ("联系人（备用）", b)), start=1):
        vals = [str(i), kind, row[0], sp.company, row[1], row[2], row[3]]
        for j, val in enumerate(vals):
            t.cell(i, j).text = val
    d.add_paragraph("二、评审会现场地址信息反馈")
    d.add_paragraph(f"具体地址*：{sp.address}")
    kit.save_docx(d, path, "联系人信息反馈表", sp.contact[0])


def summary_pairs(p: Pkg) -> list[tuple[str, str, object]]:
    out = []
    for label in LABELS:
        val, norm = reviewer_value(label, p.summ.get(label, p.v[label]))
        out.append((label, val, norm))
    return out


def summary_xlsx(p: Pkg, rel: str, horizontal: bool) -> None:
    path = p.add(rel, "汇总表")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "平台基本情况汇总表"
    pairs = summary_pairs(p)
    bold = Font(bold=True)
    if horizontal:
        ws.append(["附件4 平台基本情况汇总表"])
        ws.append([lab for lab, _, _ in pairs])
        ws.append([n if isinstance(n, (int, float)) and not isinstance(n, bool) else val for _, val, n in pairs])
        for c in ws[2]:
            c.font = bold
            c.alignment = Alignment(wrap_text=True)
            c.fill = PatternFill("solid", fgColor="DDE7F5")
    else:
        ws.append(["平台基本情况汇总表"])
        ws.append(["项目", "内容"])
        for lab, val, n in pairs:
            ws.append([lab, n if isinstance(n, (int, float)) and not isinstance(n, bool) else val])
        ws.column_dimensions["A"].width = 44
        ws.column_dimensions["B"].width = 80
    kit.save_xlsx(wb, path, p.sp.contact[0])


def summary_docx(p: Pkg, rel: str) -> None:
    path = p.add(rel, "汇总表")
    d = Document()
    kit.docx_set_cjk(d, "宋体", 10)
    d.add_paragraph("附件4")
    h = d.add_paragraph("平台基本情况汇总表")
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pairs = summary_pairs(p)
    t = d.add_table(rows=len(pairs), cols=2)
    t.style = "Table Grid"
    for i, (lab, val, _) in enumerate(pairs):
        t.cell(i, 0).text = lab
        t.cell(i, 1).text = val
    kit.save_docx(d, path, "平台基本情况汇总表", p.sp.contact[0])


def commitment_pdf_bytes(p: Pkg) -> bytes:
    st = P.styles(14, 2.0)

    def story(_a):
        return [P.Spacer(1, 40), P.Paragraph("附件5", st["plain"]), P.Paragraph("真实性承诺", st["title"]),
                P.Spacer(1, 30),
                P.Paragraph("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、"
                            "准确、完整，如有不实，愿承担相应的法律责任及由此产生的一切后果。", st["body"]),
                P.Paragraph("特此承诺。", st["body"]), P.Spacer(1, 60),
                P.Paragraph(f"申报单位：{p.sp.company}（盖章）", st["plain"]),
                P.Paragraph(f"法定代表人：{p.company['legal']}（签章）", st["plain"]),
                P.Paragraph("2024年7月12日", st["plain"])]

    pdf, _, _ = P.build(story, ("", ""), False, "真实性承诺", p.sp.contact[0], footer_fmt="", header_rule=False)
    return pdf


def commitment_scan(p: Pkg, rel: str, seed: int) -> None:
    path = p.add(rel, "承诺")
    imgs = kit.scan_pages(commitment_pdf_bytes(p), seed, p.sp.company, {0}, dpi=100, seal_pos={0: (0.45, 0.5)})
    kit.images_to_pdf(imgs, path, "真实性承诺")


def commitment_docx(p: Pkg, rel: str) -> None:
    path = p.add(rel, "承诺")
    d = Document()
    kit.docx_set_cjk(d, "仿宋", 14)
    d.add_paragraph("附件5")
    h = d.add_paragraph("真实性承诺")
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，"
                    "如有不实，愿承担相应的法律责任及由此产生的一切后果。")
    d.add_paragraph("特此承诺。")
    d.add_paragraph(f"申报单位：{p.sp.company}（盖章）")
    d.add_paragraph(f"法定代表人：{p.company['legal']}（签章）")
    d.add_paragraph("2024年7月12日")
    kit.save_docx(d, path, "真实性承诺", p.sp.contact[0])
