"""The documents of one h100 package: application forms (from the declared rows) and back-office evidence.

Each evidence writer returns the facts it prints, with the page they are on."""

from __future__ import annotations

import csv
import io
import random
import textwrap
from datetime import datetime
from pathlib import Path

import docx
import openpyxl
from docx.shared import Pt
from openpyxl.styles import Font

from eval_sets.blind.h100.kit import DRAWN, ImagePage, TextPdf, image_pdf, normalise_zip, save_png, scanify, seal
from eval_sets.blind.h100.labels import BASIC, HEAD, SUMMARY_LABELS

EV = "附件3 证明材料"
SIGN_DATE = "2024年7月12日"
CORE = datetime(2024, 7, 12, 9, 30, 0)


def fact(label, value, unit, normalized, file, page, quote, row_label="", column_label="", component="", image_only=False):
    return dict(label=label, value=value, unit=unit, normalized=normalized, file=file, page=page, quote=quote,
                row_label=row_label, column_label=column_label, component=component, image_only=image_only)


def new_doc() -> docx.Document:
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10.5)
    cp = d.core_properties
    cp.author = "申报单位"
    cp.last_modified_by = "申报单位"
    cp.created = CORE
    cp.modified = CORE
    cp.revision = 1
    cp.title = ""
    return d


def save_doc(d, path: Path):
    d.save(str(path))
    normalise_zip(path)


def save_wb(wb, path: Path):
    wb.properties.creator = "export"
    wb.properties.lastModifiedBy = "export"
    wb.properties.created = CORE
    wb.properties.modified = CORE
    wb.save(str(path))
    normalise_zip(path)


# ------------------------------------------------------------------------------------------ texts
def intro(s) -> str:
    return (f"{s['listed_name']}由{s['company']}建设运营，面向{s['industry']}等行业提供设备接入、数据采集与治理、工业模型、"
            f"工业APP和开发者服务。平台采用“边云协同＋微服务”架构，已形成设备远程监测、预测性维护、能效管理、供应链协同等"
            f"能力，截至填表日连接工业设备{s['dev_total']}台/套，上架工业APP{s['apps']}个，实际服务企业{s['served']}家，"
            f"主要客户覆盖长三角及全国重点区域的制造企业和园区。")


def effect(s) -> str:
    return (f"平台聚焦设备运维成本高、能耗数据分散、上下游协同效率低等痛点，通过数据驱动的运维与能效服务，"
            f"带动接入设备运维成本平均下降{s['maint_drop']:.2f}%、能耗平均下降{s['energy_drop']:.2f}%。"
            f"2023年平台相关营业收入{s['rev'][2]:.2f}万元，带动新增就业{s['jobs']}人，"
            f"对本市制造业数字化转型形成示范带动作用。")


def tech_summary(s) -> str:
    return (f"平台技术创新点总结：一是自研多协议边缘网关，兼容工业协议{s['protocols']}种；二是构建工业机理模型库，"
            f"沉淀模型{s['models']}个；三是微服务化的开发者体系，支撑第三方开发者基于平台快速开发工业APP。"
            f"对标国内同类平台，平台在协议适配和模型复用方面处于先进水平。")


def app_summary(s) -> str:
    return (f"平台应用创新点总结：以“平台＋APP＋服务”模式推动新技术融合应用，形成{s['solutions']}个解决方案，"
            f"在{s['industry']}等领域形成可复制的场景示范，商业模式由项目制向订阅制转变，"
            f"2023年工业APP订阅总金额{s['sub_amount']:.2f}万元，具备可持续发展能力。")


# ------------------------------------------------------------------------------------------ forms
def form_rows(s) -> tuple[list[tuple[str, str]], list[tuple[str, str]], list[tuple[str, str]]]:
    rows = s["rows"]
    head = [(k, rows[k][0]) for k in HEAD]
    iaas = "■自建  □租用，服务商名称（必填）：" if s["iaas"] == "自建" else f"□自建  ■租用，服务商名称（必填）：{s['iaas_vendor']}"
    mode = "■自建  □合作共建，合作企业名称（必填）："
    op = "  ".join(("■" if o == s["op"] else "□") + o for o in ("自运营", "联合运营", "委托运营"))
    basic = []
    for k in BASIC:
        v = rows[k][0]
        if k == "平台建设方式":
            v = mode
        elif k == "平台运营模式":
            v = op
        elif k == "平台网址":
            v = f"{s['url']}\n登录账号：{s['account']}　密码：{s['password']}"
        basic.append((k, v))
        if k == "平台运营模式":
            basic.append(("IaaS基础设施", iaas))
    basic += [("平台基本情况介绍", intro(s)), ("平台建设成效", effect(s))]
    table = []
    ex = extras(s)
    table += ex.get(None, [])
    for k in SUMMARY_LABELS:
        if k not in HEAD and k not in BASIC:
            table.append((k, SECURITY.get(k, rows[k][0] or "无")))
            table += ex.get(k, [])
    return head, basic, table


def extras(s) -> dict:
    """The 指标明细表 rows that are not 附件4 rows (text answers), keyed by the 附件4 row they follow."""
    ind = s["industry"]
    return {
        None: [("平台定位是否明确", f"是，定位为面向{ind}等领域的{s['ptype']}。"),
               ("是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势",
                "是，符合国家工业互联网创新发展行动计划方向\n是，符合上海市制造业数字化转型实施方案要求\n是，符合行业数字化、绿色化发展趋势"),
               ("平台是否被纳入企业战略规划中", "是，纳入公司“十四五”数字化发展规划"),
               ("是否制定了平台专项规划", "是，《平台三年发展专项规划（2023—2025）》")],
        "工业协议兼容适配数量（个）": [("其他资源汇聚情况", f"平台汇聚{ind}相关工艺知识、设备故障案例和专家资源，形成知识库和专家库，"
                                                   "支撑模型开发与运维服务。")],
        "按行业统计公有云工业APP平均日活跃数量（个）": [
            ("边缘数据处理能力", "边缘网关支持协议解析、数据清洗、断点续传和本地规则计算。"),
            ("其他数据采集能力", "支持文件导入、接口对接和人工填报等方式采集业务数据。"),
            ("是否支持可拓展云计算能力", "是"), ("云化服务器算力", "采用容器化资源池，支持按需弹性扩容。")],
        "存储资源利用率（%）": [("数据基础管理能力", "建立数据目录、数据标准和数据质量规则，支持数据血缘追溯。")],
        "按分类统计工业模型数量（个）": [("是否提供通用建模分析算法", "是"),
                                       ("智能分析算法类型", "回归、分类、聚类、时序预测、异常检测等")],
        "活跃微服务数量（一周调用5次以上）（个）": [("是否建立开发者社区及相关功能", "是")],
        "活跃开发者数（个）": [("平台支持开发语言类型", "共4种：Java、Python、Go、JavaScript"),
                            ("平台应用开发框架", "基于微服务框架与低代码引擎，提供组件库、模板和统一认证，支持应用快速构建与发布。"),
                            ("平台应用开发工具", "提供在线IDE、低代码编排工具、模型训练工具和API调试工具。")],
        "平台是否建立安全管理体系": [("是否针对平台制定了安全管理相关制度", "是，《平台信息安全管理办法》（AQ-01，2021年3月）、"
                                                          "《平台数据安全管理规定》（AQ-02，2022年5月）"),
                                  ("建立的安全制度保护了平台的哪些方面", "数据、传输、访问登录、代码、应用、网络")],
        "有否定期进行安全扫描": [("采用何种安全技术情况", "防火墙、网络隔离、传输加密、统一身份认证和操作审计。"),
                              ("核心数据安全保护手段", "每日数据备份、离线备份和异地灾备。")],
        "平台连接工业设备安全生产持续时间平均提升率（%）": [
            ("平台数据价值挖掘应用能力", "基于设备运行数据开展故障预测、能效优化和质量分析。"),
            ("工业互联网平台+供应链协同应用情况", "支持上下游订单、库存和物流信息协同。"),
            ("平台有否与新技术的融合应用", "有，融合人工智能、5G和数字孪生技术，用于故障预测和可视化运维。")],
        "平台获得省部级及以上奖项/荣誉数量（个）": [],
        "平台社会贡献率（%）": [("平台对关键行业/领域、本市及其他重点区域等贡献及支撑",
                              f"平台重点服务本市{ind}等领域企业，支撑长三角区域产业链协同和数字化转型。")],
        "平台开放共享数据的形式及数量": [],
        "合作平台数量（个）": [("跨平台调用功能建设情况", "通过标准API与合作平台实现账号互认、数据互通和应用互调。"),
                            ("新产业、新模式培育情况", "培育设备运维服务化、订阅制应用等新模式。")],
    }


SECURITY = {"有否定期开展第三方安全测试/测评": "是，每年一次（最近一次为2023年11月，由第三方测评机构出具测评报告）",
            "有否定期进行安全扫描": "是，每月一次（漏洞扫描与基线核查）"}


def write_form_docx(s, path: Path):
    head, basic, table = form_rows(s)
    d = new_doc()
    d.add_heading("上海市工业互联网平台应用水平评价申报表", level=1)
    d.add_paragraph("申报年度：2024年度")
    d.add_paragraph(f"平台名称：{s['listed_name']}")
    d.add_paragraph(f"申报单位：{s['company']}（公章）")
    d.add_paragraph("一、申报单位基本信息")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in head:
        r = t.add_row().cells
        r[0].text, r[1].text = k, v
    d.add_paragraph("二、平台基本情况")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in basic:
        r = t.add_row().cells
        r[0].text, r[1].text = k, v
    d.add_paragraph("三、上海市工业互联网平台应用水平评价指标明细表")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("序号", "指标", "平台实际情况", "证明材料")):
        c.text = h
    proofs = proof_map()
    for i, (k, v) in enumerate(table, 1):
        r = t.add_row().cells
        r[0].text, r[1].text, r[2].text, r[3].text = str(i), k, v, proofs.get(k, "见申报书")
    d.add_paragraph(f"申报单位（盖章）：{s['company']}")
    d.add_paragraph(f"日期：{SIGN_DATE}")
    save_doc(d, path)


def write_form_xlsx(s, path: Path):
    head, basic, table = form_rows(s)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "申报表"
    ws.append(["上海市工业互联网平台应用水平评价申报表"])
    ws.append(["申报年度", "2024年度"])
    ws.append(["一、申报单位基本信息"])
    for k, v in head:
        ws.append([k, v])
    ws.append(["二、平台基本情况"])
    for k, v in basic:
        ws.append([k, v])
    ws2 = wb.create_sheet("指标明细表")
    ws2.append(["序号", "指标", "平台实际情况", "证明材料"])
    proofs = proof_map()
    for i, (k, v) in enumerate(table, 1):
        ws2.append([i, k, v, proofs.get(k, "见申报书")])
    ws2.append(["", "申报单位（盖章）", s["company"], SIGN_DATE])
    ws.column_dimensions["A"].width = 26
    ws.column_dimensions["B"].width = 90
    ws2.column_dimensions["B"].width = 46
    ws2.column_dimensions["C"].width = 70
    save_wb(wb, path)


def proof_map() -> dict[str, str]:
    m = {}
    for k in ("平台相关营业收入（万元）", "平台相关研发投入（万元）", "平台利润率（%）", "投资回报率（%）", "平台相关研发投入强度（%）"):
        m[k] = "附件3-1 审计报告 平台业务专项说明"
    for k in ("连接的工业设备/产品/产线种类及数量（台/套）", "公有云工业设备连接数量（台/套）", "公有云工业设备平均日运行数量（台/套）",
              "工业APP数量（个）", "公有云工业APP数量（个）", "注册企业用户数（个）", "实际服务企业数（个）", "付费企业数（个）"):
        m[k] = "附件3-2 平台后台数据导出"
    for k in ("开发者注册总数（个）", "活跃开发者数（个）", "微服务数量（个）", "工业机理模型数量（个）"):
        m[k] = "附件3-3 开发者中心截图"
    for k in ("平台实际用云量（台）", "存储容量（TB）", "存储工业数据量（TB）"):
        m[k] = "附件3-4 云资源账单"
    for k in ("平台核心软硬件技术获得的专利数量（项）", "平台核心软硬件技术获得的软著数量（个）"):
        m[k] = "附件3-6 知识产权清单"
    return m


def scan_pages(lines: list[str], company: str, rng: random.Random, seal_first=True, seal_last=True, title="") -> list:
    """Render lines on A4 pages (120 dpi), seal on the first/last page, then make it look scanned."""
    W, H = 992, 1403
    pages, cur, y = [], ImagePage(W, H), 90
    if title:
        cur.text((W // 2 - len(title) * 14, 50), title, size=28)
    for line in lines:
        for part in textwrap.wrap(line, 40) or [""]:
            if y > H - 110:
                pages.append(cur)
                cur, y = ImagePage(W, H), 70
            cur.text((80, y), part, size=19)
            y += 30
    pages.append(cur)
    out = []
    for i, p in enumerate(pages):
        img = p.img
        if (i == 0 and seal_first) or (i == len(pages) - 1 and seal_last):
            img = seal(img, W - 230, 260 if i == 0 else min(y + 40, H - 200), 105, company, "", rng)
        out.append((scanify(img, rng, angle=rng.choice([-0.4, -0.2, 0.25, 0.4])), p.drawn()))
    return out


def write_form_scan(s, path: Path, pid: str, rel: str, rng):
    head, basic, table = form_rows(s)
    lines = ["申报年度：2024年度", f"平台名称：{s['listed_name']}", f"申报单位：{s['company']}（公章）", "一、申报单位基本信息"]
    lines += [f"{k}：{v}" for k, v in head] + ["二、平台基本情况"]
    lines += [f"{k}：{v}".replace("\n", " ") for k, v in basic] + ["三、评价指标明细表"]
    lines += [f"{i}. {k}：{v}" for i, (k, v) in enumerate(table, 1)]
    lines += [f"申报单位（盖章）：{s['company']}", f"日期：{SIGN_DATE}"]
    pages = scan_pages(lines, s["company"], rng, title="上海市工业互联网平台应用水平评价申报表")
    image_pdf(path, [p for p, _ in pages], "申报表")
    DRAWN[f"{pid}/{rel}"] = {i: t for i, (_, t) in enumerate(pages, 1)}


def write_summary(s, path: Path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "平台基本情况汇总表"
    ws.append(["指标", "填报内容"])
    ws["A1"].font = ws["B1"].font = Font(bold=True)
    for k in SUMMARY_LABELS:
        ws.append([k, s["rows"][k][0] or "无"])
    ws.column_dimensions["A"].width = 52
    ws.column_dimensions["B"].width = 90
    save_wb(wb, path)


def write_contact(s, path: Path):
    d = new_doc()
    d.add_heading("联系人信息反馈表", level=1)
    d.add_paragraph("2024年度上海市工业互联网平台应用水平评价工作")
    d.add_paragraph("一、联系人信息反馈")
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱")):
        c.text = h
    r = t.add_row().cells
    for c, v in zip(r, ("联系人（主）", s["contact"], s["company"], "平台运营部经理", s["phone"], s["email"])):
        c.text = v
    r = t.add_row().cells
    backup_phone = "138" + s["phone"][3:][::-1]
    for c, v in zip(r, ("联系人（备用）", "许文杰", s["company"], "平台技术主管", backup_phone, "xuwj@" + s["email"].split("@")[1])):
        c.text = v
    d.add_paragraph("二、评审会现场地址信息反馈")
    d.add_paragraph(f"具体地址：{s['address']}")
    save_doc(d, path)


def write_book(s, path: Path):
    d = new_doc()
    d.add_heading(f"{s['listed_name']}申报书", level=0)
    d.add_paragraph(f"申报单位：{s['company']}")
    d.add_heading("一、申报单位简介", level=1)
    d.add_paragraph(f"{s['company']}（以下简称“公司”）成立多年，主营业务涵盖{s['industry']}相关领域。根据经审计的2023年度财务报表，"
                    f"公司2023年度营业收入{s['company_rev_yuan'] / 10000:,.2f}万元，利润总额{s['company_profit_yuan'] / 10000:,.2f}万元，"
                    f"资产总计{s['company_assets_yuan'] / 10000:,.2f}万元。公司拥有平台团队{sum(s['team'])}人，"
                    f"其中具有相关技术职称/从业资格的{s['qualified']}人。")
    d.add_heading("二、平台建设及运营情况", level=1)
    d.add_paragraph(f"平台名称：{s['listed_name']}；平台性质：{s['ptype']}；建设时间：{s['build_time']}；建设方式：{s['mode']}；"
                    f"建设金额{s['invest']:.2f}万元。")
    d.add_paragraph("平台技术架构由边缘层、IaaS层、PaaS层和SaaS应用层组成，提供设备接入、数据治理、模型管理、应用开发与运营服务。")
    d.add_paragraph(f"平台运营情况：截至填表日，平台连接工业设备{s['dev_total']}台/套，其中公有云连接{s['dev_public']}台/套；"
                    f"注册开发者{s['devs']}个，微服务{s['micro']}个。")
    d.add_paragraph(tech_summary(s))
    d.add_heading("三、平台应用成效", level=1)
    d.add_paragraph(f"平台注册企业用户{s['registered']}家，实际服务企业{s['served']}家，其中付费企业{s['paid']}家；"
                    f"平台提供解决方案{s['solutions']}个，服务上海智能工厂{s['smart_factories']}家、园区{s['parks']}个。")
    d.add_paragraph("典型成效：用户企业设备平均故障间隔时间明显提升，交付周期缩短，库存周转加快。")
    d.add_paragraph(app_summary(s))
    d.add_heading("四、平台下一步发展计划", level=1)
    d.add_paragraph("一是深化行业机理模型沉淀；二是扩大公有云服务覆盖；三是加强与上下游平台的互联互通和标识解析应用。")
    d.add_heading("五、平台应用案例", level=1)
    for i, name in enumerate(s["case_names"], 1):
        d.add_paragraph(f"案例{i}：{name}")
        d.add_paragraph("企业简介：用户企业为长三角地区的规模以上制造企业，拥有多条产线和数百台关键设备。")
        d.add_paragraph(f"平台简介：{s['listed_name']}为该企业提供设备接入、数据分析与应用服务。")
        d.add_paragraph("案例实际内容简介：通过平台部署监测与分析应用，企业实现关键设备状态实时掌握、异常提前预警，"
                        "运维响应时间明显缩短。")
    d.add_heading("六、附件及其他说明材料", level=1)
    for line in ("3-1 2023年度审计报告（含平台业务专项说明）", "3-2 平台后台数据导出（设备、应用、企业）", "3-3 开发者中心控制台截图",
                 "3-4 云资源账单及存储监控", "3-5 API网关调用统计（2024年6月）", "3-6 知识产权清单（扫描件）"):
        d.add_paragraph(line)
    if s["participated"]:
        d.add_heading("七、平台相较上年度对比情况", level=1)
        t = d.add_table(rows=1, cols=3)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ("对比项", "2023年7月", "截至填表日")):
            c.text = h
        for k, now in (("连接工业设备（台/套）", s["dev_total"]), ("工业APP（个）", s["apps"]), ("实际服务企业（个）", s["served"]),
                       ("开发者注册总数（个）", s["devs"])):
            r = t.add_row().cells
            r[0].text, r[1].text, r[2].text = k, str(int(now * 0.86)), str(now)
        d.add_paragraph("功能模块方面，新增能效分析和开发者社区模块；应用服务方面，新增订阅制服务包。")
    save_doc(d, path)


def write_commitment(s, path: Path, pid: str, rel: str, rng):
    lines = ["真实性承诺", "", "本单位郑重承诺：所提交的2024年度上海市工业互联网平台应用水平评价申报材料（含申报表、申报书及全部证明材料）"
             "内容真实、准确、完整，不存在弄虚作假行为。如有不实，本单位愿承担相应责任。", "",
             f"申报单位（盖章）：{s['company']}", "法定代表人（签字）：", f"日期：{SIGN_DATE}"]
    pages = scan_pages(lines, s["company"], rng, seal_first=True, seal_last=True)
    img = pages[0][0]
    from PIL import ImageDraw
    dr = ImageDraw.Draw(img)
    pts = [(330 + k * 9, 338 + int(14 * ((k * 7) % 5 - 2))) for k in range(16)]  # signature squiggle
    dr.line(pts, fill=(30, 30, 90), width=3)
    image_pdf(path, [img], "真实性承诺")
    DRAWN[f"{pid}/{rel}"] = {1: pages[0][1]}


# ------------------------------------------------------------------------------------------ evidence
def write_audit(s, path: Path, rel: str) -> list[dict]:
    pdf = TextPdf(path, "审计报告")
    pdf.y -= 120
    pdf.center(f"{s['company']}", 16)
    pdf.center("2023年度审计报告", 18)
    pdf.center(f"{s['auditor']}", 12)
    pdf.center(f"沪审字〔2024〕第{s['list_no'] * 137 + 2046}号", 11)
    pdf.new_page()  # p2: company income statement (元)
    pdf.center("合并利润表", 14)
    pdf.text(f"编制单位：{s['company']}　　2023年度　　单位：元", 9)
    xs = [60, 300, 440]
    pdf.row(["项目", "本期金额", "上期金额"], xs)
    cr, cp = s["company_rev_yuan"], s["company_profit_yuan"]
    for k, a in (("一、营业收入", cr), ("减：营业成本", int(cr * 0.82) // 100 * 100), ("税金及附加", int(cr * 0.004) // 100 * 100),
                 ("销售费用", int(cr * 0.03) // 100 * 100), ("管理费用", int(cr * 0.05) // 100 * 100),
                 ("研发费用", int(cr * 0.06) // 100 * 100), ("二、营业利润", cp + 1_286_400), ("加：营业外收入", 412_600),
                 ("减：营业外支出", 1_699_000), ("三、利润总额", cp), ("减：所得税费用", int(cp * 0.15) // 100 * 100),
                 ("四、净利润", cp - int(cp * 0.15) // 100 * 100)):
        pdf.row([k, f"{a:,.2f}", f"{int(a * 0.91) // 100 * 100:,.2f}"], xs)
    pdf.new_page()  # p3: balance sheet (元)
    pdf.center("合并资产负债表（摘要）", 14)
    pdf.text("2023年12月31日　　单位：元", 9)
    ta = s["company_assets_yuan"]
    pdf.row(["项目", "期末余额", "期初余额"], xs)
    for k, a in (("流动资产合计", int(ta * 0.46) // 100 * 100), ("非流动资产合计", ta - int(ta * 0.46) // 100 * 100), ("资产总计", ta),
                 ("负债合计", int(ta * 0.55) // 100 * 100), ("所有者权益合计", ta - int(ta * 0.55) // 100 * 100)):
        pdf.row([k, f"{a:,.2f}", f"{int(a * 0.94) // 100 * 100:,.2f}"], xs)
    pdf.new_page()  # p4: platform statement (万元)
    pdf.center(f"关于{s['listed_name']}业务的专项说明", 13)
    pdf.text("本说明所列数据为平台相关业务单列口径，不含公司其他业务。单位：万元", 9)
    xs4 = [60, 260, 360, 460]
    pdf.row(["项目", "2023年度", "2022年度", "2021年度"], xs4)
    r21, r22, r23 = s["rev"]
    pdf.row(["平台相关营业收入", f"{r23:,.2f}", f"{r22:,.2f}", f"{r21:,.2f}"], xs4)
    pdf.row(["平台相关营业成本", f"{r23 * 0.61:,.2f}", f"{r22 * 0.62:,.2f}", f"{r21 * 0.63:,.2f}"], xs4)
    pdf.row(["平台相关研发投入", f"{s['rd']:,.2f}", f"{s['rd'] * 0.88:,.2f}", f"{s['rd'] * 0.79:,.2f}"], xs4)
    pdf.row(["平台利润总额", f"{s['profit']:,.2f}", f"{s['profit'] * 0.9:,.2f}", f"{s['profit'] * 0.83:,.2f}"], xs4)
    pdf.text(f"注：平台累计建设投入{s['invest']:,.2f}万元（2019年起分期投入）。", 9)
    pdf.text(f"{s['auditor']}　　{SIGN_DATE[:4]}年4月18日", 9)
    pdf.close()
    F = []
    F.append(fact("平台相关营业收入（万元）", f"{r23:,.2f}", "万元", r23, rel, 4, f"{r23:,.2f}", "平台相关营业收入", "2023年度"))
    F.append(fact("平台近三年经营指标情况", f"{r22:,.2f}", "万元", r22, rel, 4, f"{r22:,.2f}", "平台相关营业收入", "2022年度",
                  "2022年平台营收（万元）"))
    F.append(fact("平台近三年经营指标情况", f"{r21:,.2f}", "万元", r21, rel, 4, f"{r21:,.2f}", "平台相关营业收入", "2021年度",
                  "2021年平台营收（万元）"))
    F.append(fact("平台相关研发投入（万元）", f"{s['rd']:,.2f}", "万元", s["rd"], rel, 4, f"{s['rd']:,.2f}", "平台相关研发投入", "2023年度"))
    F.append(fact("平台利润率（%）", f"{s['profit']:,.2f}", "万元", s["profit"], rel, 4, f"{s['profit']:,.2f}", "平台利润总额", "2023年度",
                  "平台利润总额（万元）"))
    F.append(fact("投资回报率（%）", f"{s['profit']:,.2f}", "万元", s["profit"], rel, 4, f"{s['profit']:,.2f}", "平台利润总额", "2023年度",
                  "平台年利润（万元）"))
    return F


def write_export(s, path: Path, rel: str, rng: random.Random) -> list[dict]:
    from eval_sets.blind.h100.model import split
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "导出说明"
    for r in (["导出系统", f"{s['listed_name']}运营管理后台"], ["导出时间", "2024-07-05 10:12:36"], ["导出人", "ops_admin"],
              ["口径说明", "连接设备数＝在线＋离线（已注册接入、保持连接配置的设备）；停用设备已解除接入，不计入连接设备数"],
              ["口径说明", "工业APP按应用市场“上架”状态统计；下架、审核中不计入"],
              ["口径说明", "实际服务企业＝累计使用过平台技术产品或解决方案（含开放API、免费模型组件及付费服务）的注册企业，累计到达值，已剔除配套商等非实际服务用户；流失企业仍计入累计"]):
        ws.append(r)
    F = []
    # p2 devices by category
    ws = wb.create_sheet("设备统计-按分类")
    ws.append(["二级分类", "在线", "离线", "连接设备数（在线+离线）", "停用（不计入）", "其中：公有云连接", "公有云日均运行"])
    tot = [0] * 6
    for k, n in s["dev_cats_d"].items():
        on = int(n * 0.83)
        stop = int(n * 0.04) + 3
        row = [on, n - on, n, stop, s["pub_cats_d"][k], s["run_cats_d"][k]]
        ws.append([k] + row)
        tot = [a + b for a, b in zip(tot, row)]
    ws.append(["合计"] + tot)
    F.append(fact("连接的工业设备/产品/产线种类及数量（台/套）", str(s["dev_total"]), "台/套", s["dev_total"], rel, 2, str(s["dev_total"]),
                  "合计", "连接设备数（在线+离线）"))
    F.append(fact("公有云工业设备连接数量（台/套）", str(s["dev_public"]), "台/套", s["dev_public"], rel, 2, str(s["dev_public"]),
                  "合计", "其中：公有云连接"))
    F.append(fact("公有云工业设备平均日运行数量（台/套）", str(s["dev_run"]), "台/套", s["dev_run"], rel, 2, str(s["dev_run"]),
                  "合计", "公有云日均运行"))
    # p3 devices by region
    ws = wb.create_sheet("设备统计-按区域")
    ws.append(["省市/国家", "连接设备数", "其中：公有云连接", "公有云日均运行"])
    for k, n in s["dev_reg_d"].items():
        ws.append([k, n, s["pub_reg_d"][k], s["run_reg_d"][k]])
    ws.append(["合计", s["dev_total"], s["dev_public"], s["dev_run"]])
    if s["overseas"]:
        ws.append([])
        ws.append(["其中：海外设备合计", sum(s["overseas"].values())])
        ov = sum(s["overseas"].values())
        F.append(fact("海外设备连接数量（台/套）", str(ov), "台/套", ov, rel, 3, str(ov), "其中：海外设备合计", "连接设备数"))
    # p4 device detail (excerpt)
    ws = wb.create_sheet("设备明细（节选）")
    ws.append([f"设备明细（节选前200条，共{s['dev_total'] + sum(int(n * 0.04) + 3 for n in s['dev_cats_d'].values()):,}条记录，含停用）"])
    ws.append(["设备编号", "设备名称", "二级分类", "区域", "状态", "最近上报时间", "接入方式"])
    cats, regs = list(s["dev_cats_d"]), list(s["dev_reg_d"])
    for i in range(200):
        st = rng.choices(["在线", "离线", "停用"], [83, 13, 4])[0]
        ws.append([f"DEV-{s['list_no']:02d}{i + 10001}", rng.choice(["监测终端", "智能电表", "网关", "控制柜", "传感器", "PLC"]) + f"-{i % 37 + 1:02d}",
                   rng.choice(cats), rng.choice(regs), st, f"2024-07-0{1 + i % 5} {i % 24:02d}:{(i * 7) % 60:02d}",
                   rng.choice(["MQTT", "OPC UA", "Modbus TCP", "HTTP"])])
    # p5 apps by category
    ws = wb.create_sheet("应用统计-按分类")
    ws.append(["应用分类", "上架", "下架", "审核中", "其中：公有云上架", "其中：基于平台开发", "公有云日均活跃"])
    pub = split(s["public_apps"], *s["app_cats"])
    based = split(s["based_apps"], *s["app_cats"])
    tot = [0] * 6
    for k, n in s["app_cats_d"].items():
        row = [n, rng.randint(2, 19), rng.randint(0, 6), pub[k], based[k], s["dau_cats_d"][k]]
        ws.append([k] + row)
        tot = [a + b for a, b in zip(tot, row)]
    ws.append(["合计"] + tot)
    for lab, v, col in (("工业APP数量（个）", s["apps"], "上架"), ("公有云工业APP数量（个）", s["public_apps"], "其中：公有云上架"),
                        ("基于平台开发的工业APP数量（个）", s["based_apps"], "其中：基于平台开发"),
                        ("公有云工业APP平均日活跃数量（个）", s["public_dau"], "公有云日均活跃")):
        F.append(fact(lab, str(v), "个", v, rel, 5, str(v), "合计", col))
    # p6 apps by industry
    ws = wb.create_sheet("应用统计-按行业")
    ws.append(["行业", "上架", "公有云日均活跃"])
    for k, n in s["app_inds_d"].items():
        ws.append([k, n, s["dau_inds_d"][k]])
    ws.append(["合计", s["apps"], s["public_dau"]])
    # p7 enterprises by industry
    ws = wb.create_sheet("企业用户-按行业")
    ws.append(["行业", "注册", "认证", "付费", "流失", "实际服务（累计）", "其中：中小企业"])
    reg = split(s["registered"], *s["ent_inds"])
    paid = split(s["paid"], *s["ent_inds"])
    sme = split(s["sme"], *s["ent_inds"])
    tot = [0] * 6
    for k, n in s["ent_inds_d"].items():
        cert = (reg[k] + n) // 2
        row = [reg[k], cert, paid[k], max(1, (reg[k] - n) // 3), n, sme[k]]
        ws.append([k] + row)
        tot = [a + b for a, b in zip(tot, row)]
    ws.append(["合计"] + tot)
    for lab, v, col in (("注册企业用户数（个）", s["registered"], "注册"), ("付费企业数（个）", s["paid"], "付费"),
                        ("实际服务企业数（个）", s["served"], "实际服务（累计）"), ("服务中小企业数量（个）", s["sme"], "其中：中小企业")):
        F.append(fact(lab, str(v), "个", v, rel, 7, str(v), "合计", col))
    # p8 enterprises by region
    ws = wb.create_sheet("企业用户-按区域")
    ws.append(["省市", "实际服务企业", "其中：付费"])
    preg = split(s["paid"], *s["ent_regions"])
    for k, n in s["ent_reg_d"].items():
        ws.append([k, n, preg[k]])
    ws.append(["合计", s["served"], s["paid"]])
    F.append(fact("服务本市企业数量（个）", str(s["local"]), "个", s["local"], rel, 8, str(s["local"]), "上海", "实际服务企业"))
    save_wb(wb, path)
    return F


def write_console(s, path: Path, pid: str, rel: str, rng: random.Random) -> list[dict]:
    W, H = 1600, 1000
    p = ImagePage(W, H, bg=(242, 244, 248))
    p.rect((0, 0, W, 56), fill=(28, 44, 78), outline=(28, 44, 78))
    p.text((24, 14), f"{s['listed_name']} · 开发者中心", size=22, fill=(255, 255, 255))
    p.text((W - 300, 18), "ops_admin  |  退出", size=16, fill=(200, 210, 230))
    x = 24
    for i, tab in enumerate(["概览", "开发者", "微服务", "模型库", "API网关", "审计日志"]):
        p.rect((x, 70, x + 110, 106), fill=(255, 255, 255) if i == 0 else (228, 232, 240))
        p.text((x + 28, 77), tab, size=18, fill=(28, 44, 78))
        x += 118
    p.text((24, 120), "统计日期：2024-07-05　　租户：全部 ▼　　部署：全部 ▼　　[查询]  [重置]", size=16, fill=(90, 90, 90))
    tiles = [("注册开发者（累计）", f"{s['devs']:,}"), ("活跃开发者（月登录并调用工具）", f"{s['active_devs']:,}"),
             ("微服务总数", f"{s['micro']:,}"), ("活跃微服务（周调用≥5次）", f"{s['active_micro']:,}"),
             ("工业机理模型", f"{s['models']:,}"), ("活跃模型（周调用≥5次）", f"{s['active_models']:,}"),
             ("核心模型月均调用用户", f"{s['model_callers']:,}"), ("今日新增开发者", f"{rng.randint(3, 28)}")]
    for i, (cap, val) in enumerate(tiles):
        bx, by = 24 + (i % 4) * 392, 160 + (i // 4) * 130
        p.rect((bx, by, bx + 376, by + 116), fill=(255, 255, 255))
        p.text((bx + 18, by + 14), cap, size=17, fill=(110, 110, 110))
        p.text((bx + 18, by + 48), val, size=38, fill=(24, 96, 196))
    # resource monitor strip (distractors)
    cpu, mem, bw = rng.randint(380, 720) / 10, rng.randint(450, 820) / 10, rng.randint(80, 260) / 100
    p.text((24, 432), f"集群监控　CPU {cpu}%　内存 {mem}%　带宽 {bw} Gbps　节点 {rng.randint(24, 96)} 个　告警 {rng.randint(0, 9)} 条",
           size=17, fill=(60, 60, 60))
    # chart with axis ticks and legend
    cx0, cy0, cw, ch = 60, 480, 700, 300
    p.rect((24, 464, 800, 820), fill=(255, 255, 255))
    p.text((40, 470), "近7日API调用量（万次）", size=16)
    p.text((560, 470), "■ 调用量（万次）", size=14, fill=(90, 90, 90))
    for k, tick in enumerate([0, 50, 100, 150, 200]):
        yy = cy0 + ch + 10 - k * 70
        p.text((30, yy - 8), str(tick), size=13, fill=(120, 120, 120))
        p.d.line((cx0 + 20, yy, cx0 + cw, yy), fill=(230, 230, 230))
    prev = None
    for k in range(7):
        v = rng.randint(90, 190)
        pt = (cx0 + 60 + k * 100, cy0 + ch + 10 - int(v * 1.4))
        if prev:
            p.d.line((prev, pt), fill=(24, 96, 196), width=3)
        prev = pt
        p.text((cx0 + 40 + k * 100, cy0 + ch + 20), ["06-29", "06-30", "07-01", "07-02", "07-03", "07-04", "07-05"][k], size=13, fill=(120, 120, 120))
    # table with pagination
    p.rect((816, 464, W - 24, 960), fill=(255, 255, 255))
    p.text((832, 472), "开发者列表", size=17)
    p.text((832, 504), "开发者ID　　　　类型　　　状态　　　最近登录", size=15, fill=(90, 90, 90))
    for r in range(10):
        p.text((832, 536 + r * 34), f"DV{rng.randint(100000, 999999)}　　{rng.choice(['企业', '个人', '高校'])}　　"
                                    f"{rng.choice(['正常', '正常', '冻结'])}　　2024-07-0{rng.randint(1, 5)}", size=15, fill=(50, 50, 50))
    total_rows = s["devs"]
    p.text((832, 900), f"共 {total_rows:,} 条 / 每页 20 条　　< 1 2 3 … {-(-total_rows // 20)} >", size=15, fill=(90, 90, 90))
    save_png(p.img, path)
    DRAWN[f"{pid}/{rel}"] = {1: p.drawn()}
    F = []
    for lab, v, cap in (("开发者注册总数（个）", s["devs"], "注册开发者（累计）"), ("活跃开发者数（个）", s["active_devs"], "活跃开发者（月登录并调用工具）"),
                        ("微服务数量（个）", s["micro"], "微服务总数"),
                        ("活跃微服务数量（一周调用5次以上）（个）", s["active_micro"], "活跃微服务（周调用≥5次）"),
                        ("工业机理模型数量（个）", s["models"], "工业机理模型"),
                        ("活跃机理模型数量（一周调用5次以上）（个）", s["active_models"], "活跃模型（周调用≥5次）"),
                        ("核心工业模型平均月调用用户数量（个）", s["model_callers"], "核心模型月均调用用户")):
        F.append(fact(lab, f"{v:,}", "个", v, rel, 1, f"{v:,}", cap, "", "", True))
    return F


def write_bill(s, path: Path, rel: str, rng: random.Random) -> list[dict]:
    pdf = TextPdf(path, "云资源账单")
    pdf.center("云资源账单（2024年6月）", 15)
    pdf.text(f"客户：{s['company']}　　账期：2024-06-01 至 2024-06-30　　币种：人民币（元）", 9)
    xs = [60, 200, 300, 380, 460]
    pdf.row(["产品/实例规格", "地域", "数量", "单价（元/月）", "金额（元）"], xs)
    total = 0
    for spec in ("ecs.g7.2xlarge", "ecs.c7.4xlarge", "ecs.r7.2xlarge", "gpu.gn7i.4xlarge", "rds.mysql.8c32g", "oss.standard(TB)",
                 "slb.s3.large", "cbw.bandwidth(Mbps)"):
        q, price = rng.randint(2, 60), rng.randint(180, 6800)
        total += q * price
        pdf.row([spec, rng.choice(["华东2（上海）", "华东1（杭州）"]), str(q), f"{price:,.2f}", f"{q * price:,.2f}"], xs)
    pdf.row(["合计", "", "", "", f"{total:,.2f}"], xs)
    pdf.text(f"优惠抵扣：{total * 0.12:,.2f}元　　应付金额：{total * 0.88:,.2f}元", 9)
    pdf.new_page()  # p2 resource summary
    pdf.center("平台资源汇总（截至2024-06-30）", 14)
    xs2 = [60, 330]
    pdf.row(["项目", "数值"], xs2)
    items = [("平台实际用云量（折合标准云服务器）", f"{s['cloud_use']:,.2f} 台"), ("其中：公有云实例", f"{s['public_cloud']} 台"),
             ("存储容量", f"{s['storage']:,.2f} TB"), ("已存储工业数据量", f"{s['stored']:,.2f} TB"),
             ("其中：公有云数据", f"{s['public_data']:,.2f} TB"),
             ("平均CPU利用率", f"{rng.randint(350, 700) / 10}%"), ("平均内存利用率", f"{rng.randint(450, 800) / 10}%"),
             ("出口带宽峰值", f"{rng.randint(120, 980) / 100} Gbps")]
    for k, v in items:
        pdf.row([k, v], xs2, right_from=9)
    pdf.close()
    return [fact("平台实际用云量（台）", f"{s['cloud_use']:,.2f}", "台", s["cloud_use"], rel, 2, f"{s['cloud_use']:,.2f} 台",
                 "平台实际用云量（折合标准云服务器）", "数值"),
            fact("平台公有云实际使用数量（台）", str(s["public_cloud"]), "台", s["public_cloud"], rel, 2, f"{s['public_cloud']} 台",
                 "其中：公有云实例", "数值"),
            fact("存储容量（TB）", f"{s['storage']:,.2f}", "TB", s["storage"], rel, 2, f"{s['storage']:,.2f} TB", "存储容量", "数值"),
            fact("存储工业数据量（TB）", f"{s['stored']:,.2f}", "TB", s["stored"], rel, 2, f"{s['stored']:,.2f} TB", "已存储工业数据量", "数值"),
            fact("公有云数据总量（TB）", f"{s['public_data']:,.2f}", "TB", s["public_data"], rel, 2, f"{s['public_data']:,.2f} TB",
                 "其中：公有云数据", "数值")]


def write_api_csv(s, path: Path, rng: random.Random):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["日期", "调用次数", "成功次数", "成功率(%)", "平均时延(ms)", "P99时延(ms)", "峰值QPS"])
    for day in range(1, 31):
        n = rng.randint(820_000, 1_960_000)
        ok = n - rng.randint(200, 4000)
        w.writerow([f"2024-06-{day:02d}", n, ok, f"{ok / n * 100:.2f}", rng.randint(18, 64), rng.randint(120, 480), rng.randint(300, 2600)])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


def write_ip_scan(s, path: Path, pid: str, rel: str, rng: random.Random) -> list[dict]:
    lines_p = [f"{i}. 一种{rng.choice(['设备状态监测', '边缘数据采集', '工业数据治理', '模型训练调度', '能效分析'])}方法及系统　"
               f"ZL20{rng.randint(18, 23)}1{rng.randint(1000000, 9999999)}.{rng.randint(0, 9)}　发明专利" for i in range(1, s["patents"] + 1)]
    lines_s = [f"{i}. {s['short']}{rng.choice(['设备管理', '数据看板', '运维工单', '模型管理', '开发者门户'])}软件V{rng.randint(1, 5)}.0　"
               f"2023SR{rng.randint(1000000, 1999999)}" for i in range(1, s["softcr"] + 1)]
    W, H = 992, 1403
    per = 36
    pages: list[ImagePage] = []

    def section(title, lines):
        first = len(pages) + 1
        for k in range(0, len(lines), per):
            p = ImagePage(W, H)
            if k == 0:
                p.text((80, 60), title, size=26)
            for j, line in enumerate(lines[k:k + per]):
                p.text((80, 130 + j * 34), line, size=17)
            pages.append(p)
        return first

    pp = section(f"授权专利清单（共{s['patents']}项）", lines_p)
    sp = section(f"软件著作权登记清单（共{s['softcr']}项）", lines_s)
    imgs = []
    for i, p in enumerate(pages):
        img = p.img
        if i == len(pages) - 1:
            img = seal(img, W - 240, H - 240, 100, s["company"], "", rng)
        imgs.append(scanify(img, rng, angle=rng.choice([-0.5, -0.3, 0.3, 0.5])))
    image_pdf(path, imgs, "知识产权清单")
    DRAWN[f"{pid}/{rel}"] = {i: p.drawn() for i, p in enumerate(pages, 1)}
    return [fact("平台核心软硬件技术获得的专利数量（项）", str(s["patents"]), "项", s["patents"], rel, pp, f"共{s['patents']}项",
                 "授权专利清单", "", "", True),
            fact("平台核心软硬件技术获得的软著数量（个）", str(s["softcr"]), "个", s["softcr"], rel, sp, f"共{s['softcr']}项",
                 "软件著作权登记清单", "", "", True)]
