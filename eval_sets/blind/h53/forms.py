"""h53 forms: 申报表 (DOCX/XLSX + scan), 申报书, 汇总表, 承诺, 联系人表."""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl
from docx.shared import Pt
from openpyxl.styles import Alignment

from . import lib
from .data import LABELS

L1 = {"1": "一、平台基础情况（25%）", "2": "二、平台关键技术能力（35%）", "3": "三、平台效益及可持续发展能力（40%）"}
L2 = {"1.1": "1.1 战略定位及规划", "1.2": "1.2 资金投入与经营情况", "2.1": "2.1 资源汇聚与配置", "2.2": "2.2 数据管理与挖掘",
      "2.3": "2.3 微服务部署与调用", "2.4": "2.4 平台开发与使用", "2.5": "2.5 安全体系", "3.1": "3.1 平台应用", "3.2": "3.2 平台生态建设"}
L3 = {"1.1.1": "1.1.1 战略定位", "1.1.2": "1.1.2 规划制定", "1.2.1": "1.2.1 创新投入情况", "1.2.2": "1.2.2 经营情况",
      "2.1.1": "2.1.1 工业设备连接/汇聚能力", "2.1.2": "2.1.2 工业软件/APP", "2.2.1": "2.2.1 数据采集",
      "2.2.2": "2.2.2 数据处理（存储计算能力）", "2.2.3": "2.2.3 数据建模和分析", "2.3.1": "2.3.1 平台微服务情况",
      "2.4.1": "2.4.1 平台开发者数量", "2.4.2": "2.4.2 应用开发服务能力", "2.5.1": "2.5.1 安全制度建设",
      "2.5.2": "2.5.2 安全技术保障", "3.1.1": "3.1.1 平台应用规模", "3.1.2": "3.1.2 平台应用价值",
      "3.1.3": "3.1.3 平台带动成效", "3.2.1": "3.2.1 平台开放", "3.2.2": "3.2.2 平台生态"}

# (三级, 内容, key): key is a 附件4 label (value from V) or "t:<name>" (text from T)
ITEMS = [
    ("1.1.1", "平台定位是否明确", "t:定位"),
    ("1.1.1", "是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势", "t:政策"),
    ("1.1.2", "平台是否被纳入企业战略规划中", "t:战略"),
    ("1.1.2", "是否制定了平台专项规划", "t:规划"),
    ("1.1.2", "平台团队总人数（人）", "平台团队总人数（人）"),
    ("1.1.2", "其中：运维人数（人）", "运维人数（人）"),
    ("1.1.2", "运营人数（人）", "运营人数（人）"),
    ("1.1.2", "其中：有相关技术职称/从业资格的人数（人）", "有相关技术职称/从业资格的人数（人）"),
    ("1.2.1", "平台相关研发投入（万元）", "平台相关研发投入（万元）"),
    ("1.2.1", "平台相关研发投入强度（%）", "平台相关研发投入强度（%）"),
    ("1.2.2", "平台相关营业收入（万元）", "平台相关营业收入（万元）"),
    ("1.2.2", "平台利润率（%）", "平台利润率（%）"),
    ("1.2.2", "付费用户占比（%）", "付费用户占比（%）"),
] + [("2.1.1", c, c) for c in [
    "连接的工业设备/产品/产线种类及数量（台/套）", "按二级分类统计工业设备数量（台/套）", "按省市区域统计工业设备数量（台/套）"]] + [
    ("2.1.1", "其中：公有云工业设备连接数量（台/套）", "公有云工业设备连接数量（台/套）"),
    ("2.1.1", "按二级分类统计公有云工业设备数量（台/套）", "按二级分类统计公有云工业设备数量（台/套）"),
    ("2.1.1", "按省市区域统计公有云工业设备数量（台/套）", "按省市区域统计公有云工业设备数量（台/套）"),
    ("2.1.1", "其中：公有云工业设备平均日运行数量（台/套）", "公有云工业设备平均日运行数量（台/套）"),
    ("2.1.1", "按二级分类统计公有云工业设备平均日运行数量（台/套）", "按二级分类统计公有云工业设备平均日运行数量（台/套）"),
    ("2.1.1", "按省市区域统计公有云工业设备平均日运行数量（台/套）", "按省市区域统计公有云工业设备平均日运行数量（台/套）"),
    ("2.1.1", "其中：海外设备连接数量（台/套）", "海外设备连接数量（台/套）"),
    ("2.1.1", "其中：按海外国家分类统计海外设备连接数量", "按海外国家分类统计海外设备连接数量（台/套）"),
    ("2.1.1", "工业协议兼容适配数量（个）", "工业协议兼容适配数量（个）"),
    ("2.1.1", "其他资源汇聚情况", "t:其他资源"),
    ("2.1.2", "工业软件总量（个）", "工业软件总量（个）"),
    ("2.1.2", "工业APP数量（个）", "工业APP数量（个）"),
    ("2.1.2", "其中：基于平台开发的工业APP数量（个）", "基于平台开发的工业APP数量（个）"),
    ("2.1.2", "云化工业软件数量（个）", "云化工业软件数量（个）"),
    ("2.1.2", "按分类统计工业APP数量（个）", "按分类统计工业APP数量（个）"),
    ("2.1.2", "按行业统计工业APP数量（个）", "按行业统计工业APP数量（个）"),
    ("2.1.2", "工业APP平均月活跃数量（个）", "工业APP平均月活跃数量（个）"),
    ("2.1.2", "其中：杀手锏APP数量（个）", "杀手锏APP数量（个）"),
    ("2.1.2", "公有云杀手锏APP平均日在线用户数（个）", "公有云杀手锏APP平均日在线用户数（个）"),
    ("2.1.2", "杀手锏APP日活次数（次）", "杀手锏APP日活次数（次）"),
    ("2.1.2", "杀手锏APP月平均收入（万元）", "杀手锏APP月平均收入（万元）"),
    ("2.1.2", "其中：公有云工业APP数量（个）", "公有云工业APP数量（个）"),
    ("2.1.2", "其中：公有云工业APP平均日活跃数量（个）", "公有云工业APP平均日活跃数量（个）"),
    ("2.1.2", "其中：按分类统计公有云工业APP平均日活跃数量（个）", "按分类统计公有云工业APP平均日活跃数量（个）"),
    ("2.1.2", "其中：按行业统计公有云工业APP平均日活跃数量（个）", "按行业统计公有云工业APP平均日活跃数量（个）"),
    ("2.2.1", "边缘数据处理能力", "t:边缘"),
    ("2.2.1", "其他数据采集能力", "t:采集"),
    ("2.2.2", "是否支持可拓展云计算能力", "t:拓展"),
    ("2.2.2", "云化服务器算力", "t:算力"),
] + [("2.2.2", c, c) for c in ["平台实际用云量（台）", "平台公有云实际使用数量（台）", "存储容量（TB）", "存储工业数据量（TB）",
                               "公有云数据总量（TB）", "存储资源利用率（%）"]] + [
    ("2.2.2", "数据基础管理能力", "t:数据管理"),
    ("2.2.3", "工业机理模型数量（个）", "工业机理模型数量（个）"),
    ("2.2.3", "其中：活跃机理模型数量（一周调用5次以上）（个）", "活跃机理模型数量（一周调用5次以上）（个）"),
    ("2.2.3", "核心工业模型平均月调用用户数量（个）", "核心工业模型平均月调用用户数量（个）"),
    ("2.2.3", "按分类统计工业模型数量（个）", "按分类统计工业模型数量（个）"),
    ("2.2.3", "是否提供通用建模分析算法", "t:通用算法"),
    ("2.2.3", "智能分析算法类型", "t:算法类型"),
    ("2.2.3", "数据分析平台均速度（每TB分级/秒级/毫秒级）", "数据分析平台均速度（每TB分级/秒级/毫秒级）"),
    ("2.3.1", "微服务数量（个）", "微服务数量（个）"),
    ("2.3.1", "其中：活跃微服务数量（一周调用5次以上）（个）", "活跃微服务数量（一周调用5次以上）（个）"),
    ("2.4.1", "是否建立开发者社区及相关功能", "t:社区"),
    ("2.4.1", "开发者注册总数（个）", "开发者注册总数（个）"),
    ("2.4.1", "其中：活跃开发者数（个）", "活跃开发者数（个）"),
    ("2.4.2", "平台支持开发语言类型", "t:语言"),
    ("2.4.2", "平台应用开发框架", "t:框架"),
    ("2.4.2", "平台应用开发工具", "t:工具"),
    ("2.5.1", "是否针对平台制定了安全管理相关制度", "平台是否建立安全管理体系"),
    ("2.5.1", "建立的安全制度保护了平台的哪些方面", "t:保护"),
    ("2.5.1", "有否定期开展第三方安全测试/测评", "有否定期开展第三方安全测试/测评"),
    ("2.5.1", "有否定期进行安全扫描", "有否定期进行安全扫描"),
    ("2.5.2", "采用何种安全技术情况", "t:安全技术"),
    ("2.5.2", "核心数据安全保护手段", "t:备份"),
    ("3.1.1", "注册企业用户数（个）", "注册企业用户数（个）"),
    ("3.1.1", "其中：实际服务企业数（个）", "实际服务企业数（个）"),
    ("3.1.1", "按行业统计服务企业数（个）", "按行业统计服务企业数（个）"),
    ("3.1.1", "按省市区域统计服务企业数（个）", "按省市区域统计服务企业数（个）"),
    ("3.1.1", "其中：付费企业数（个）", "付费企业数（个）"),
    ("3.1.1", "其中：服务本市企业数量（个）", "服务本市企业数量（个）"),
    ("3.1.1", "其中：服务中小企业数量（个）", "服务中小企业数量（个）"),
    ("3.1.1", "平台订单数量（个），填写近一年总量", "平台订单数量(近一年总量)（个）"),
] + [("3.1.1", c, c) for c in ["平台交易规模年增长率（%）", "工业APP订阅总数量（个）"]] + [
    ("3.1.1", "其中：杀手锏工业APP订阅数量（个）", "杀手锏工业APP订阅数量（个）"),
] + [("3.1.1", c, c) for c in ["工业APP订阅总金额（万元）", "平台连接工业设备利用率（%）", "平台国产化率（%）",
                               "平台是否服务上海智能工厂，数量", "平台服务园区总数（个）", "平台提供的解决方案总数（个）"]] + [
    ("3.1.1", "其中：按新模式统计解决方案数量（个）", "按新模式统计解决方案数量（个）"),
    ("3.1.2", "投资回报率（%）", "投资回报率（%）"),
    ("3.1.2", "企业已上市或已获得VC/PE投资", "企业是否已上市或已获得VC/PE投资"),
    ("3.1.2", "关键技术自主可控", "t:自主可控"),
    ("3.1.2", "解决方案累计对企业/用户新增效益", "t:新增效益"),
    ("3.1.2", "解决方案累计对企业/用户降低成本", "t:降低成本"),
] + [("3.1.2", c, c) for c in ["平台连接工业设备运维成本平均下降率（%）", "平台连接工业设备能耗平均下降率（%）",
                               "平台连接工业设备安全生产持续时间平均提升率（%）"]] + [
    ("3.1.2", "平台数据价值挖掘应用能力", "t:数据价值"),
    ("3.1.2", "工业互联网平台+供应链协同应用情况", "t:供应链"),
    ("3.1.2", "平台有否与新技术的融合应用", "t:新技术"),
    ("3.1.2", "平台现有特色指数（个）", "平台现有特色指数（个）"),
] + [("3.1.3", c, c) for c in ["平台核心软硬件技术获得的专利数量（项）", "平台核心软硬件技术获得的软著数量（个）",
                               "平台是否有自研形成的核心技术突破", "平台是否具备碳管理服务能力", "平台是否融合使用国家标识解析系统"]] + [
    ("3.1.3", "平台牵头/参与标准制定情况（国家标准、行业标准）", "t:标准"),
] + [("3.1.3", c, c) for c in ["平台获得省部级及以上奖项/荣誉数量（个）", "平台建设与运营带动新增就业人数（人）", "平台社会贡献率（%）"]] + [
    ("3.1.3", "平台对关键行业/领域、本市及其他重点区域等贡献及支撑", "t:贡献"),
    ("3.2.1", "是否建立供应链产业链开放共享机制", "t:开放机制"),
    ("3.2.1", "平台开放共享数据的形式及数量", "平台开放共享数据的形式及数量"),
    ("3.2.2", "合作平台数量（个）", "合作平台数量（个）"),
    ("3.2.2", "跨平台调用功能建设情况", "t:跨平台"),
    ("3.2.2", "新产业、新模式培育情况", "t:新模式"),
]


def item_value(P, key):
    if key.startswith("t:"):
        return P["T"][key[2:]]
    return P["V"][key][0]


def proof_of(P, key):
    return P["proof"].get(key, "")


def _docx(path: Path, d: docx.Document):
    d.core_properties.author = "申报单位"
    d.core_properties.title = ""
    d.core_properties.revision = 1
    d.save(path)
    lib.normalize_zip(path)


def _style(d, font="宋体", size=10.5):
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia", font)


def basic_rows(P):
    V = P["V"]
    return [
        ("平台名称", V["平台名称"][0]),
        ("建设时间", P["build_period"]),
        ("平台建设金额（万元）", V["平台建设金额（万元）"][0]),
        ("平台近三年经营指标情况", V["平台近三年经营指标情况"][0].replace("；", "\n")),
        ("平台建设方式", "☑自建  □合作共建" if V["平台建设方式"][0] == "自建" else f"□自建  ☑合作共建，合作企业名称（必填）：{P['partner']}"),
        ("平台运营模式", "  ".join(("☑" if m == V["平台运营模式"][0] else "□") + m for m in ("自运营", "联合运营", "委托运营"))),
        ("IaaS基础设施", P["iaas"]),
        ("部署方式", "  ".join(("☑" if m in V["部署方式"][0].split("、") else "□") + m for m in ("边缘侧", "私有云", "公有云", "混合云")) + "  □其他部署方式"),
        ("平台网址", f"{V['平台网址'][0]}（评审账号：{P['account']}  密码：{P['password']}）"),
        ("平台基本情况介绍", P["T"]["介绍"]),
        ("平台建设成效", P["T"]["成效"]),
    ]


def company_rows(P):
    co = P["co"]
    return [("单位（企业）名称", P["company"]), ("单位（企业）代码", co["code"]), ("成立日期", co["founded"]),
            ("注册地及所在行政区", co["addr"]), ("企业类型", co["type"]), ("注册资本", co["capital"]),
            ("主营业务", co["business"]), ("法定代表人", co["legal"]), ("联系人", P["person"]), ("职务", P["title"]),
            ("联系人手机", P["phone"]), ("电子邮箱", P["email"]),
            ("总资产（万元）", co["assets"]), ("主营业务收入（万元）", co["rev"]), ("主营业务收入增长率（%）", co["growth"]),
            ("负债率（%）", co["debt"]), ("利润总额（万元）", co["profit"]), ("税金（万元）", co["tax"])]


def form_docx(path: Path, P):
    d = docx.Document()
    _style(d, P.get("docx_font", "宋体"))
    d.add_paragraph("附件2")
    d.add_heading("上海市工业互联网平台应用水平评价申报表", level=1)
    for a, b in (("申报年度", "2024年度"), ("平台名称", P["V"]["平台名称"][0]), ("申报单位", P["company"]),
                 ("联系人", P["person"]), ("联系人电话", P["phone"])):
        d.add_paragraph(f"{a}：{b}")
    d.add_page_break()
    d.add_heading("一、企业基本情况", level=2)
    rows = company_rows(P)
    t = d.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate(rows):
        t.cell(i, 0).text, t.cell(i, 1).text = a, str(b)
    d.add_heading("二、平台基本情况", level=2)
    rows = basic_rows(P)
    t = d.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate(rows):
        t.cell(i, 0).text, t.cell(i, 1).text = a, b
    d.add_heading("三、上海市工业互联网平台应用水平评价指标明细表", level=2)
    t = d.add_table(rows=1 + len(ITEMS), cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(("一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料")):
        t.cell(0, j).text = h
    spans = {0: {}, 1: {}, 2: {}}
    for i, (l3, content, key) in enumerate(ITEMS, 1):
        codes = (l3[0], l3[:3], l3)
        for j in range(3):
            spans[j].setdefault(codes[j], [i, i])[1] = i
        t.cell(i, 3).text = content
        t.cell(i, 4).text = item_value(P, key)
        t.cell(i, 5).text = proof_of(P, key)
    for j, names in ((0, L1), (1, L2), (2, L3)):
        for code, (a, b) in spans[j].items():
            cell = t.cell(a, j).merge(t.cell(b, j)) if b > a else t.cell(a, j)
            cell.text = names[code]
    _docx(path, d)


def form_xlsx(path: Path, P):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "企业基本情况"
    ws.append(["一、企业基本情况"])
    for a, b in company_rows(P):
        ws.append([a, b])
    ws2 = wb.create_sheet("平台基本情况")
    ws2.append(["二、平台基本情况"])
    for a, b in basic_rows(P):
        ws2.append([a, b])
    ws3 = wb.create_sheet("指标明细表")
    ws3.append(["三、上海市工业互联网平台应用水平评价指标明细表"])
    ws3.append(["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"])
    spans = {0: {}, 1: {}, 2: {}}
    for i, (l3, content, key) in enumerate(ITEMS, 3):
        codes = (l3[0], l3[:3], l3)
        for j in range(3):
            spans[j].setdefault(codes[j], [i, i])[1] = i
        ws3.append(["", "", "", content, item_value(P, key), proof_of(P, key)])
    for j, names in ((0, L1), (1, L2), (2, L3)):
        for code, (a, b) in spans[j].items():
            ws3.cell(a, j + 1).value = names[code]
            if b > a:
                ws3.merge_cells(start_row=a, start_column=j + 1, end_row=b, end_column=j + 1)
    for ws_ in (ws, ws2, ws3):
        for r in ws_.iter_rows():
            for c in r:
                c.alignment = Alignment(wrap_text=True, vertical="center")
    for col, w in zip("ABCDEF", (12, 14, 16, 36, 48, 26)):
        ws3.column_dimensions[col].width = w
    ws.column_dimensions["A"].width = ws2.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = ws2.column_dimensions["B"].width = 80
    wb.properties.creator = "申报单位"
    wb.save(path)
    lib.normalize_zip(path)


def form_scan(path: Path, scratch: Path, P, seed: int):
    """The signed & sealed form as an image-only PDF (rendered here, rasterised, aged, sealed)."""
    src = scratch / (path.stem + "_src.pdf")
    c = lib.new_canvas(src)
    W, H = c._pagesize
    font = lib.SONG
    lib.text_page(c, ["", f"申报年度：2024年度", f"平台名称：{P['V']['平台名称'][0]}", f"申报单位：{P['company']}（公章）",
                      f"联 系 人：{P['person']}", f"联系人电话：{P['phone']}", "", "", "上海市经济和信息化委员会制",
                      "2024年7月18日"], font=font, size=13, top=160, left=110, lead=34,
                  title="上海市工业互联网平台应用水平评价申报表")
    c.showPage()
    entries = [(a, str(b)) for a, b in company_rows(P)] + [(a, b.replace("\n", "；")) for a, b in basic_rows(P)
                                                          if a not in ("平台网址",)]
    entries += [(content, item_value(P, key) + ("  【" + proof_of(P, key) + "】" if proof_of(P, key) else ""))
                for _, content, key in ITEMS]
    y = H - 60
    c.setFont(font, 9)
    for a, b in entries:
        la = lib.wrap(a, 16)
        lb = lib.wrap(b, 34)
        hgt = max(len(la), len(lb)) * 12 + 4
        if y - hgt < 50:
            c.showPage()
            y = H - 60
        c.setFont(font, 9)
        c.rect(50, y - hgt, 160, hgt)
        c.rect(210, y - hgt, 335, hgt)
        for k, s in enumerate(la):
            c.drawString(54, y - 11 - 12 * k, s)
        for k, s in enumerate(lb):
            c.drawString(214, y - 11 - 12 * k, s)
        y -= hgt
    c.drawString(330, y - 40, f"申报单位（盖章）：{P['company']}")
    c.drawString(330, y - 60, "2024年7月18日")
    if y - 60 < 60:
        pass
    c.showPage()
    c.save()
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(str(src))
    n = len(doc)
    doc.close()
    lib.scan_pdf(src, path, P["company"], {0, n - 1}, seed)


def summary_xlsx(path: Path, P, horizontal=False):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "平台基本情况汇总表"
    vals = [P["S"].get(lbl, P["V"][lbl])[0] for lbl in LABELS]
    if horizontal:
        ws.append(LABELS)
        ws.append(vals)
    else:
        ws.append(["附件4  平台基本情况汇总表"])
        ws.append(["项目", "内容"])
        for lbl, v in zip(LABELS, vals):
            ws.append([lbl, v])
        ws.column_dimensions["A"].width = 44
        ws.column_dimensions["B"].width = 90
    wb.properties.creator = "申报单位"
    wb.save(path)
    lib.normalize_zip(path)


def summary_docx(path: Path, P):
    d = docx.Document()
    _style(d, "仿宋", 10)
    d.add_paragraph("附件4")
    d.add_heading("平台基本情况汇总表", level=1)
    t = d.add_table(rows=len(LABELS), cols=2)
    t.style = "Table Grid"
    for i, lbl in enumerate(LABELS):
        t.cell(i, 0).text = lbl
        t.cell(i, 1).text = P["S"].get(lbl, P["V"][lbl])[0]
    _docx(path, d)


def contact_docx(path: Path, P):
    d = docx.Document()
    _style(d)
    d.add_paragraph("附件1")
    d.add_heading("联系人信息反馈表", level=1)
    d.add_paragraph("一、联系人信息反馈")
    t = d.add_table(rows=3, cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(("序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱")):
        t.cell(0, j).text = h
    for j, v in enumerate(("联系人（主）", P["person"], P["company"], P["title"], P["phone"], P["email"])):
        t.cell(1, j).text = v
    for j, v in enumerate(("联系人（备用）", P["person2"], P["company"], "工程师", P["phone2"], P["email2"])):
        t.cell(2, j).text = v
    d.add_paragraph("二、评审会现场地址信息反馈")
    d.add_paragraph(f"具体地址：{P['V']['评审会现场地址信息'][0]}")
    _docx(path, d)


def narrative_docx(path: Path, P, chapters):
    d = docx.Document()
    _style(d, P.get("docx_font", "宋体"))
    d.add_paragraph("附件3")
    d.add_heading("上海市工业互联网平台应用水平评价申报书", level=1)
    d.add_paragraph(f"平台名称：{P['V']['平台名称'][0]}")
    d.add_paragraph(f"申报单位：{P['company']}（公章）")
    for title, paras in chapters:
        d.add_heading(title, level=2)
        for p in paras:
            d.add_paragraph(p)
    _docx(path, d)


def commitment_scan(path: Path, scratch: Path, P, seed: int):
    src = scratch / (path.stem + "_src.pdf")
    c = lib.new_canvas(src)
    lib.text_page(c, ["我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料",
                      "（含电子版及附件）内容均真实、准确、完整，如有不实，愿承担相应的法律责任",
                      "及由此产生的一切后果。", "特此承诺。", "", "", f"申报单位：{P['company']}（盖章）",
                      f"法定代表人：{P['co']['legal']}（签章）", "2024年7月18日"],
                  font=lib.SONG, size=12, top=120, left=70, lead=30, title="真实性承诺")
    c.showPage()
    c.save()
    lib.scan_pdf(src, path, P["company"], {0}, seed)


def commitment_docx(path: Path, P):
    d = docx.Document()
    _style(d)
    d.add_paragraph("附件5")
    d.add_heading("真实性承诺", level=1)
    d.add_paragraph("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，"
                    "如有不实，愿承担相应的法律责任及由此产生的一切后果。")
    d.add_paragraph("特此承诺。")
    d.add_paragraph(f"申报单位：{P['company']}（盖章）")
    d.add_paragraph(f"法定代表人：{P['co']['legal']}（签章）")
    d.add_paragraph("2024年7月18日")
    _docx(path, d)
