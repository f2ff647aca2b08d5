"""Document writers of blind set h50 (statements, tax forms, special audit, forms, lists, screenshots)."""
from __future__ import annotations

from docx import Document
from docx.shared import Pt
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from eval_sets.generator import fonts
from lib import P, build_pdf, grid_table, pdf_font, style, yuan
from finance import RD_CATS
from notice_rows import INDICATORS

A100000_ROWS = [
    (1, "利润总额计算", "一、营业收入(填写A101010\\101020\\103000)"), (2, "利润总额计算", "减：营业成本(填写A102010\\102020\\103000)"),
    (3, "利润总额计算", "减：税金及附加"), (4, "利润总额计算", "减：销售费用(填写A104000)"),
    (5, "利润总额计算", "减：管理费用(填写A104000)"), (6, "利润总额计算", "减：财务费用(填写A104000)"),
    (7, "利润总额计算", "减：资产减值损失"), (8, "利润总额计算", "加：公允价值变动收益"), (9, "利润总额计算", "加：投资收益"),
    (10, "利润总额计算", "二、营业利润(1-2-3-4-5-6-7+8+9)"), (11, "利润总额计算", "加：营业外收入(填写A101010\\101020\\103000)"),
    (12, "利润总额计算", "减：营业外支出(填写A102010\\102020\\103000)"), (13, "利润总额计算", "三、利润总额（10+11-12）"),
    (14, "应纳税所得额计算", "减：境外所得（填写A108010）"), (15, "应纳税所得额计算", "加：纳税调整增加额（填写A105000）"),
    (16, "应纳税所得额计算", "减：纳税调整减少额（填写A105000）"), (17, "应纳税所得额计算", "减：免税、减计收入及加计扣除（填写A107010）"),
    (18, "应纳税所得额计算", "加：境外应税所得抵减境内亏损（填写A108000）"), (19, "应纳税所得额计算", "四、纳税调整后所得（13-14+15-16-17+18）"),
    (20, "应纳税所得额计算", "减：所得减免（填写A107020）"), (21, "应纳税所得额计算", "减：弥补以前年度亏损（填写A106000）"),
    (22, "应纳税所得额计算", "减：抵扣应纳税所得额（填写A107030）"), (23, "应纳税所得额计算", "五、应纳税所得额（19-20-21-22）"),
    (24, "应纳税额计算", "税率（25%）"), (25, "应纳税额计算", "六、应纳所得税额（23×24）"),
    (26, "应纳税额计算", "减：减免所得税额（填写A107040）"), (27, "应纳税额计算", "减：抵免所得税额（填写A107050）"),
    (28, "应纳税额计算", "七、应纳税额（25-26-27）"), (29, "应纳税额计算", "加：境外所得应纳所得税额（填写A108000）"),
    (30, "应纳税额计算", "减：境外所得抵免所得税额（填写A108000）"), (31, "应纳税额计算", "八、实际应纳所得税额（28+29-30）"),
    (32, "应纳税额计算", "减：本年累计实际已缴纳的所得税额"), (33, "应纳税额计算", "九、本年应补（退）所得税额（31-32）"),
    (34, "应纳税额计算", "其中：总机构分摊本年应补（退）所得税额(填写A109000)"),
    (35, "应纳税额计算", "财政集中分配本年应补（退）所得税额（填写A109000）"),
    (36, "应纳税额计算", "总机构主体生产经营部门分摊本年应补（退）所得税额（填写A109000）"),
]
A101010_ROWS = [
    (1, "一、营业收入（2+9）"), (2, "（一）主营业务收入（3+5+6+7+8）"), (3, "1.销售商品收入"), (4, "其中：非货币性资产交换收入"),
    (5, "2.提供劳务收入"), (6, "3.建造合同收入"), (7, "4.让渡资产使用权收入"), (8, "5.其他"),
    (9, "（二）其他业务收入（10+12+13+14+15）"), (10, "1.销售材料收入"), (11, "其中：非货币性资产交换收入"),
    (12, "2.出租固定资产收入"), (13, "3.出租无形资产收入"), (14, "4.出租包装物和商品收入"), (15, "5.其他"),
    (16, "二、营业外收入（17+18+19+20+21+22+23+24+25+26）"), (17, "（一）非流动资产处置利得"), (18, "（二）非货币性资产交换利得"),
    (19, "（三）债务重组利得"), (20, "（四）政府补助利得"), (21, "（五）盘盈利得"), (22, "（六）捐赠利得"), (23, "（七）罚没利得"),
    (24, "（八）确实无法偿付的应付款项"), (25, "（九）汇兑收益"), (26, "（十）其他"),
]
A107012_ROWS = [
    (1, "本年可享受研发费用加计扣除项目数量"), (2, "一、自主研发、合作研发、集中研发（3+7+16+19+23+34）"),
    (3, "（一）人员人工费用（4+5+6）"), (4, "1.直接从事研发活动人员工资薪金"), (5, "2.直接从事研发活动人员五险一金"),
    (6, "3.外聘研发人员的劳务费用"), (7, "（二）直接投入费用（8+9+10+11+12+13+14+15）"), (8, "1.研发活动直接消耗材料费用"),
    (9, "2.研发活动直接消耗燃料费用"), (10, "3.研发活动直接消耗动力费用"),
    (11, "4.用于中间试验和产品试制的模具、工艺装备开发及制造费"), (12, "5.用于不构成固定资产的样品、样机及一般测试手段购置费"),
    (13, "6.用于试制产品的检验费"), (14, "7.用于研发活动的仪器、设备的运行维护、调整、检验、维修等费用"),
    (15, "8.通过经营租赁方式租入的用于研发活动的仪器、设备租赁费"), (16, "（三）折旧费用（17+18）"),
    (17, "1.用于研发活动的仪器的折旧费"), (18, "2.用于研发活动的设备的折旧费"), (19, "（四）无形资产摊销（20+21+22）"),
    (20, "1.用于研发活动的软件的摊销费用"), (21, "2.用于研发活动的专利权的摊销费用"),
    (22, "3.用于研发活动的非专利技术（包括许可证、专有技术、设计和计算方法等）的摊销费用"),
    (23, "（五）新产品设计费等（24+25+26+27）"), (24, "1.新产品设计费"), (25, "2.新工艺规程制定费"),
    (26, "3.新药研制的临床试验费"), (27, "4.勘探开发技术的现场试验费"), (28, "（六）其他相关费用（29+30+31+32+33）"),
    (29, "1.技术图书资料费、资料翻译费、专家咨询费、高新科技研发保险费"),
    (30, "2.研发成果的检索、分析、评议、论证、鉴定、评审、评估、验收费用"),
    (31, "3.知识产权的申请费、注册费、代理费"), (32, "4.职工福利费、补充养老保险费、补充医疗保险费"),
    (33, "5.差旅费、会议费"), (34, "（七）经限额调整后的其他相关费用"), (35, "二、委托研发（36+37+39）"),
    (36, "（一）委托境内机构或个人进行研发活动所发生的费用"), (37, "（二）委托境外机构进行研发活动发生的费用"),
    (38, "其中：允许加计扣除的委托境外机构进行研发活动发生的费用"), (39, "（三）委托境外个人进行研发活动发生的费用"),
    (40, "三、年度研发费用小计（2+36×80%+38）"), (41, "（一）本年费用化金额"), (42, "（二）本年资本化金额"),
    (43, "四、本年形成无形资产摊销额"), (44, "五、以前年度形成无形资产本年摊销额"), (45, "六、允许扣除的研发费用合计（41+43+44）"),
    (46, "减：特殊收入部分"), (47, "七、允许扣除的研发费用抵减特殊收入后的金额（45-46）"),
    (48, "减：当年销售研发活动直接形成产品（包括组成部分）对应的材料部分"),
    (49, "减：以前年度销售研发活动直接形成产品（包括组成部分）对应材料部分结转金额"),
    (50, "八、加计扣除比例及计算方法"), (51, "九、本年研发费用加计扣除总额（47-48-49）×50"),
    (52, "十、销售研发活动直接形成产品（包括组成部分）对应材料部分结转以后年度扣减金额（当48+49-47≥0，本行=48+49-47）"),
]


def amt(v):
    if isinstance(v, str):
        return v
    return yuan(v) if v else "0.00"


def tax_header(font, title, code, pkg):
    return [P(f"<b>{code}</b>", font, 9, align=2), P(f"<b>{title}</b>", font, 13, align=1), Spacer(1, 4),
            P(f"纳税人识别号（统一社会信用代码）：{pkg['uscc']}　　纳税人名称：{pkg['company']}", font, 8),
            P("税款所属期间：2023年01月01日至2023年12月31日　　金额单位：人民币元（列至角分）", font, 8), Spacer(1, 4)]


def tax_cover(font, pkg):
    return [Spacer(1, 60), P("<b>中华人民共和国企业所得税年度纳税申报表</b>", font, 16, align=1), Spacer(1, 6),
            P("（A类，2017年版）", font, 11, align=1), Spacer(1, 30),
            P("税款所属期间：2023年01月01日至2023年12月31日", font, 10),
            P(f"纳税人识别号（统一社会信用代码）：{pkg['uscc']}", font, 10), P(f"纳税人名称：{pkg['company']}", font, 10),
            P("金额单位：人民币元（列至角分）", font, 10), Spacer(1, 20),
            P("谨声明：本纳税申报表是根据《中华人民共和国企业所得税法》及其实施条例、有关税收政策以及国家统一会计制度的规定填报的，"
              "是真实的、可靠的、完整的。", font, 9), Spacer(1, 14),
            P(f"纳税人（签章）：{pkg['company']}　　　　2024年05月{pkg['file_day']:02d}日", font, 9), Spacer(1, 8),
            P("受理税务机关（章）：国家税务总局上海市税务局　　受理日期：2024年05月" f"{pkg['file_day']:02d}日", font, 9)]


def a100000_page(font, pkg, t):
    rows = [["行次", "类别", "项目", "金额"]]
    for n, cat, lab in A100000_ROWS:
        rows.append([str(n), cat, lab, amt(t[n])])
    spans = [(1, 1), (1, 13)], [(1, 14), (1, 23)], [(1, 24), (1, 36)]
    tb = grid_table(rows, [26, 50, 300, 120], font, 7.5, spans=[(a, b) for a, b in spans])
    return tax_header(font, "中华人民共和国企业所得税年度纳税申报表（A类）", "A100000", pkg) + [tb]


def a101010_page(font, pkg, r):
    rows = [["行次", "项目", "金额"]] + [[str(n), lab, amt(r.get(n, 0))] for n, lab in A101010_ROWS]
    return tax_header(font, "一般企业收入明细表", "A101010", pkg) + [grid_table(rows, [30, 340, 126], font, 8)]


def a107012_pages(font, pkg, r):
    rows = [["行次", "项目", "金额（数量）"]]
    for n, lab in A107012_ROWS:
        v = r[n]
        rows.append([str(n), lab, str(v) if n == 1 else amt(v)])
    first = tax_header(font, "研发费用加计扣除优惠明细表", "A107012", pkg) + [grid_table(rows[:30], [30, 360, 106], font, 7.5)]
    second = [P("A107012 研发费用加计扣除优惠明细表（续）", font, 9), Spacer(1, 4),
              grid_table([rows[0]] + rows[30:], [30, 360, 106], font, 7.5)]
    return [first, second]


def a101010_values(F, split_lines):
    d = F["is"][2023]
    r = {n: 0 for n in range(1, 27)}
    r.update(split_lines)  # row -> cents for 3,5,6,7
    r[2] = r[3] + r[5] + r[6] + r[7] + r[8]
    r[9] = 0
    r[1] = r[2] + r[9]
    assert r[1] == d["营业收入"], (r[1], d["营业收入"])
    r[20] = int(d["营业外收入"] * 0.86)
    r[26] = d["营业外收入"] - r[20]
    r[16] = r[20] + r[26]
    return r


# ------------------------------------------------------------------ statements
BS_LEFT = [("流动资产：", None), ("货币资金", "ca"), ("交易性金融资产", "ca"), ("应收票据", "ca"), ("应收账款", "ca"),
           ("预付款项", "ca"), ("其他应收款", "ca"), ("存货", "ca"), ("合同资产", "ca"), ("其他流动资产", "ca"),
           ("流动资产合计", "cur"), ("非流动资产：", None), ("长期股权投资", "nca"), ("固定资产", "nca"), ("在建工程", "nca"),
           ("无形资产", "nca"), ("开发支出", "nca"), ("长期待摊费用", "nca"), ("递延所得税资产", "nca"),
           ("非流动资产合计", "nca_t"), ("资产总计", "total")]
BS_RIGHT = [("流动负债：", None), ("短期借款", "cl"), ("应付票据", "cl"), ("应付账款", "cl"), ("合同负债", "cl"),
            ("应付职工薪酬", "cl"), ("应交税费", "cl"), ("其他应付款", "cl"), ("流动负债合计", "cl_t"), ("非流动负债：", None),
            ("长期借款", "ncl"), ("递延收益", "ncl"), ("非流动负债合计", "ncl_t"), ("负债合计", "liab"),
            ("所有者权益（或股东权益）：", None), ("实收资本（或股本）", "eq"), ("资本公积", "eq"), ("盈余公积", "eq"),
            ("未分配利润", "eq"), ("所有者权益合计", "eq_t"), ("负债和所有者权益总计", "TOT")]
BS_NOTE = {"货币资金": "五、1", "应收账款": "五、3", "存货": "五、6", "固定资产": "五、10", "无形资产": "五、12",
           "短期借款": "五、16", "应付账款": "五、18", "合同负债": "五、19", "应交税费": "五、21", "实收资本（或股本）": "五、25"}


def _bs_val(bs, key, name):
    if key is None:
        return ""
    if key == "TOT":
        return yuan(bs["total"])
    v = bs[key]
    return yuan(v[name] if isinstance(v, dict) else v)


def balance_sheet_page(font, pkg, F, small=False):
    rows = [["资产", "行次", "附注", "期末余额", "年初余额", "负债和所有者权益", "行次", "附注", "期末余额", "年初余额"]]
    ln = 0
    left = []
    for name, key in BS_LEFT:
        if key is not None:
            ln += 1
        left.append((name, str(ln) if key else "", "" if small else BS_NOTE.get(name, ""),
                     _bs_val(F["bs"]["期末"], key, name), _bs_val(F["bs"]["年初"], key, name)))
    right = []
    for name, key in BS_RIGHT:
        if key is not None:
            ln += 1
        right.append((name, str(ln) if key else "", "" if small else BS_NOTE.get(name, ""),
                      _bs_val(F["bs"]["期末"], key, name), _bs_val(F["bs"]["年初"], key, name)))
    while len(left) < len(right):
        left.append(("", "", "", "", ""))
    for a, b in zip(left, right):
        rows.append(list(a) + list(b))
    title = "资产负债表" + ("（适用于执行小企业会计准则的企业）" if small else "")
    head = [P(f"<b>{title}</b>", font, 13, align=1), Spacer(1, 3),
            P(f"编制单位：{pkg['company']}　　　　2023年12月31日　　　　{'会小企01表' if small else '会企01表'}　　单位：元", font, 8),
            Spacer(1, 3)]
    w = [96, 22, 36, 82, 82, 112, 22, 36, 82, 82]
    return head + [grid_table(rows, w, font, 7)]


def income_rows(d23, d22, small=False):
    if small:
        spec = [(1, "一、营业收入", "营业收入"), (2, "减：营业成本", "营业成本"), (3, "税金及附加", "税金及附加"),
                (10, "销售费用", "销售费用"), (13, "管理费用", "管理费用"), (16, "其中：研究费用", "研发费用"),
                (17, "财务费用", "财务费用"), (18, "其中：利息费用（收入以“-”号填列）", "利息费用"),
                (19, "加：投资收益（损失以“-”号填列）", "投资收益"), (20, "二、营业利润（亏损以“-”号填列）", "营业利润"),
                (21, "加：营业外收入", "营业外收入"), (22, "其中：政府补助", "GOV"), (23, "减：营业外支出", "营业外支出"),
                (29, "三、利润总额（亏损总额以“-”号填列）", "利润总额"), (30, "减：所得税费用", "所得税费用"),
                (31, "四、净利润（净亏损以“-”号填列）", "净利润")]
        out = []
        for n, lab, key in spec:
            if key == "GOV":
                a, b = int(d23["营业外收入"] * 0.86), int(d22["营业外收入"] * 0.86)
            elif key == "管理费用":  # 小企业: 管理费用 includes 研究费用
                a, b = d23["管理费用"] + d23["研发费用"], d22["管理费用"] + d22["研发费用"]
            else:
                a, b = d23[key], d22[key]
            out.append((str(n), lab, "", yuan(a), yuan(b)))
        return out
    spec = [(1, "一、营业收入", "五、32", "营业收入"), (2, "减：营业成本", "五、32", "营业成本"), (3, "税金及附加", "五、33", "税金及附加"),
            (4, "销售费用", "五、34", "销售费用"), (5, "管理费用", "五、35", "管理费用"), (6, "研发费用", "五、36", "研发费用"),
            (7, "财务费用", "五、37", "财务费用"), (8, "其中：利息费用", "", "利息费用"), (9, "利息收入", "", "利息收入"),
            (10, "加：其他收益", "", None), (11, "投资收益（损失以“－”号填列）", "五、38", "投资收益"),
            (12, "公允价值变动收益（损失以“－”号填列）", "", None), (13, "信用减值损失（损失以“－”号填列）", "", None),
            (14, "资产减值损失（损失以“－”号填列）", "", None), (15, "资产处置收益（损失以“－”号填列）", "", None),
            (16, "二、营业利润（亏损以“－”号填列）", "", "营业利润"), (17, "加：营业外收入", "五、39", "营业外收入"),
            (18, "减：营业外支出", "五、40", "营业外支出"), (19, "三、利润总额（亏损总额以“－”号填列）", "", "利润总额"),
            (20, "减：所得税费用", "五、41", "所得税费用"), (21, "四、净利润（净亏损以“－”号填列）", "", "净利润")]
    return [(str(n), lab, note, yuan(d23[k]) if k else "0.00", yuan(d22[k]) if k else "0.00") for n, lab, note, k in spec]


def income_page(font, pkg, F, small=False):
    d23, d22 = F["is"][2023], F["is"][2022]
    rows = [["项目", "行次", "附注", "本年累计金额", "上年金额"]]
    for n, lab, note, a, b in income_rows(d23, d22, small):
        rows.append([lab, n, note, a, b])
    title = "利润表" + ("（适用于执行小企业会计准则的企业）" if small else "")
    head = [P(f"<b>{title}</b>", font, 13, align=1), Spacer(1, 3),
            P(f"编制单位：{pkg['company']}　　　　2023年度　　　　{'会小企02表' if small else '会企02表'}　　单位：元", font, 8),
            Spacer(1, 4)]
    return head + [grid_table(rows, [200, 34, 40, 110, 110], font, 8)]


# ------------------------------------------------------------------ special audit (高新)
def rd_structure_page(font, pkg, projects):
    cols = [p["code"] for p in projects] + ["合计"]
    rows = [["科目"] + cols]
    inner = RD_CATS[:7]

    def line(label, fn):
        vals = [fn(p) for p in projects]
        rows.append([label] + [yuan(x) for x in vals] + [yuan(sum(vals))])

    line("一、内部研究开发投入额", lambda p: sum(p["cats"][k] for k in inner))
    for k in inner:
        line(f"其中：{k}" if k == inner[0] else k, lambda p, k=k: p["cats"][k])
    line("二、委托外部研究开发投入额", lambda p: p["cats"]["委托外部研究开发费用"])
    line("其中：境内的外部研发投入额", lambda p: p["cats"]["委托外部研究开发费用"])
    line("三、研究开发投入额（内、外部）小计", lambda p: p["total"])
    n = len(cols)
    w = [92] + [int(430 / n)] * n
    head = [P("<b>研究开发费用结构明细表</b>", font, 12, align=1), Spacer(1, 3),
            P(f"企业名称：{pkg['company']}　　　　所属期间：2023年度　　　　单位：元", font, 8), Spacer(1, 4)]
    plist = [["项目编号", "研发项目名称", "起止时间", "是否平台相关项目"]]
    for p in projects:
        plist.append([p["code"], p["name"], "2023.01-2023.12", "是" if p.get("platform") else "否"])
    return head + [grid_table(rows, w, font, 6.2), Spacer(1, 8), P("附：研发项目清单", font, 8), Spacer(1, 2),
                   grid_table(plist, [50, 260, 90, 80], font, 7.5)]


def footer_pageno(font, total_fmt="第 {n} 页"):
    def f(canvas, n):
        canvas.setFont(font, 8)
        canvas.drawCentredString(A4[0] / 2, 10 * mm, total_fmt.format(n=n))
    return f


# ------------------------------------------------------------------ forms
def set_docx_font(doc, name="宋体", size=10.5):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), name)


def form_docx(path, pkg, vals, texts, proofs, save_docx, head_order):
    doc = Document()
    set_docx_font(doc)
    doc.add_heading("上海市工业互联网平台应用水平评价申报表", level=1)
    for a, b in [("申报年度", "2024 年度"), ("平台名称", pkg["platform_declared"]), ("申报单位", pkg["company"] + "（公章）"),
                 ("联 系 人", pkg["contact"]), ("联系人电话", pkg["phone"])]:
        doc.add_paragraph(f"{a}：{b}")
    doc.add_paragraph("上海市经济和信息化委员会制　　2024年7月")
    doc.add_heading("一、企业基本情况", level=2)
    t = doc.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    for row in pkg["company_rows"]:
        cells = t.add_row().cells
        for i, x in enumerate(row):
            cells[i].text = x
    doc.add_paragraph("申报单位上一年度经营状况（2023 年）")
    t = doc.add_table(rows=2, cols=6)
    t.style = "Table Grid"
    for i, (a, b) in enumerate(pkg["ops_rows"]):
        t.rows[0].cells[i].text = a
        t.rows[1].cells[i].text = b
    doc.add_heading("二、平台基本情况", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in pkg["platform_rows"]:
        c = t.add_row().cells
        c[0].text, c[1].text = a, b
    doc.add_heading("三、上海市工业互联网平台应用水平评价指标明细表", level=2)
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]):
        t.rows[0].cells[i].text = h
    last = [None, None, None]
    for l1, l2, l3, content, key, value, proof in form_rows(vals, texts, proofs):
        c = t.add_row().cells
        for i, x in enumerate((l1, l2, l3)):
            c[i].text = x if x != last[i] else ""
        last = [l1, l2, l3]
        c[3].text, c[4].text, c[5].text = content, value, proof
    save_docx(doc, path)


def form_rows(vals, texts, proofs):
    out = []
    for l1, l2, l3, content, key in INDICATORS:
        if key.startswith("t:"):
            value = texts[key]
        else:
            value = vals.form.get(key, vals.rows[key][0])
        out.append((l1, l2, l3, content, key, value, proofs.get(key, "")))
    return out


def form_xlsx(path, pkg, vals, texts, proofs, save_xlsx):
    wb = Workbook()
    ws = wb.active
    ws.title = "企业基本情况"
    ws.append(["上海市工业互联网平台应用水平评价申报表（2024年度）"])
    ws.append(["平台名称", pkg["platform_declared"]])
    ws.append(["申报单位", pkg["company"]])
    for row in pkg["company_rows"]:
        ws.append(row)
    ws.append(["申报单位上一年度经营状况（2023 年）"])
    ws.append([a for a, _ in pkg["ops_rows"]])
    ws.append([b for _, b in pkg["ops_rows"]])
    ws2 = wb.create_sheet("平台基本情况")
    for a, b in pkg["platform_rows"]:
        ws2.append([a, b])
    ws3 = wb.create_sheet("指标明细表")
    ws3.append(["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"])
    for l1, l2, l3, content, key, value, proof in form_rows(vals, texts, proofs):
        ws3.append([l1, l2, l3, content, value, proof])
    for w, col in zip([16, 16, 18, 40, 60, 30], "ABCDEF"):
        ws3.column_dimensions[col].width = w
    save_xlsx(wb, path)


def form_scan_pages(font, pkg, vals, texts, proofs):
    """Pages of the signed/stamped 申报表 (flowing tables)."""
    story = [P("<b>上海市工业互联网平台应用水平评价申报表</b>", font, 15, align=1), Spacer(1, 8)]
    for a, b in [("申报年度", "2024 年度"), ("平台名称", pkg["platform_declared"]), ("申报单位", pkg["company"] + "（公章）"),
                 ("联系人", pkg["contact"]), ("联系人电话", pkg["phone"])]:
        story.append(P(f"{a}：{b}", font, 10))
    story += [Spacer(1, 8), P("一、企业基本情况", font, 11), Spacer(1, 3),
              grid_table([list(r) for r in pkg["company_rows"]], [80, 170, 80, 170], font, 7.5, header_rows=0),
              Spacer(1, 4), grid_table([[a for a, _ in pkg["ops_rows"]], [b for _, b in pkg["ops_rows"]]], [83] * 6, font, 7.5),
              Spacer(1, 6), P("二、平台基本情况", font, 11), Spacer(1, 3),
              grid_table([list(r) for r in pkg["platform_rows"]], [110, 390], font, 7.5, header_rows=0),
              Spacer(1, 6), P("三、上海市工业互联网平台应用水平评价指标明细表", font, 11), Spacer(1, 3)]
    rows = [["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]]
    last = [None] * 3
    for l1, l2, l3, content, key, value, proof in form_rows(vals, texts, proofs):
        rows.append([x if x != last[i] else "" for i, x in enumerate((l1, l2, l3))] + [content, value, proof])
        last = [l1, l2, l3]
    story.append(grid_table(rows, [52, 52, 58, 110, 160, 68], font, 6.8))
    story += [Spacer(1, 12), P(f"申报单位（盖章）：{pkg['company']}　　　　2024年7月{pkg['sign_day']}日", font, 9)]
    return story


# ------------------------------------------------------------------ pictures
def dashboard_png(title, tiles, width=1280, height=720, theme=(14, 30, 58)):
    img = Image.new("RGB", (width, height), theme)
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, width, 64), fill=(10, 22, 44))
    d.text((28, 32), title, font=fonts.pil_font(28), fill=(235, 240, 250), anchor="lm")
    d.text((width - 28, 32), "数据更新时间：2024-07-08 10:00", font=fonts.pil_font(16), fill=(150, 170, 200), anchor="rm")
    cols = 3
    tw, th = (width - 80) // cols, 170
    for i, (cap, num, unit) in enumerate(tiles):
        x = 28 + (i % cols) * (tw + 12)
        yy = 96 + (i // cols) * (th + 20)
        d.rounded_rectangle((x, yy, x + tw, yy + th), radius=12, fill=(24, 48, 88), outline=(60, 110, 180), width=2)
        d.text((x + 22, yy + 36), cap, font=fonts.pil_font(22), fill=(170, 200, 240), anchor="lm")
        d.text((x + 22, yy + 105), num, font=fonts.pil_font(52), fill=(90, 220, 255), anchor="lm")
        bw = d.textlength(num, font=fonts.pil_font(52))
        d.text((x + 32 + bw, yy + 115), unit, font=fonts.pil_font(20), fill=(170, 200, 240), anchor="lm")
    # a small bar chart with decorative numbers
    bx, by = 40, height - 150
    for i, h in enumerate([40, 62, 55, 80, 95, 110, 104]):
        d.rectangle((bx + i * 60, by + 120 - h, bx + i * 60 + 34, by + 120), fill=(70, 150, 230))
        d.text((bx + i * 60 + 17, by + 134), f"{i + 1}月", font=fonts.pil_font(14), fill=(150, 170, 200), anchor="mm")
    return img


def tax_certificate_png(pkg, rows, total):
    W, H = 1240, 820
    img = Image.new("RGB", (W, H), (255, 255, 255))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, W, 56), fill=(24, 92, 170))
    d.text((24, 28), "国家税务总局上海市电子税务局", font=fonts.pil_font(24), fill="white", anchor="lm")
    d.text((W - 24, 28), "我要查询 > 开具税收完税证明", font=fonts.pil_font(16), fill=(220, 235, 255), anchor="rm")
    d.text((W / 2, 100), "中华人民共和国税收完税证明", font=fonts.pil_font(30), fill=(20, 20, 20), anchor="mm")
    d.text((W / 2, 138), "（文书式）", font=fonts.pil_font(18), fill=(60, 60, 60), anchor="mm")
    f = fonts.pil_font(17)
    d.text((60, 180), f"纳税人识别号：{pkg['uscc']}", font=f, fill="black")
    d.text((60, 210), f"纳税人名称：{pkg['company']}", font=f, fill="black")
    d.text((W - 60, 180), "填发日期：2024年07月05日", font=f, fill="black", anchor="ra")
    x = [60, 260, 520, 760, 960, W - 60]
    heads = ["税种", "品目名称", "税款所属时期", "入(退)库日期", "实缴(退)金额"]
    yy = 250
    d.rectangle((x[0], yy, x[-1], yy + 40), fill=(235, 241, 250), outline="black")
    for i, h in enumerate(heads):
        d.text(((x[i] + x[i + 1]) / 2, yy + 20), h, font=f, fill="black", anchor="mm")
    for name, item, cents in rows:
        yy += 40
        d.rectangle((x[0], yy, x[-1], yy + 40), outline="black")
        for i, s in enumerate([name, item, "2023-01-01至2023-12-31", "2023年度", yuan(cents)]):
            d.text(((x[i] + x[i + 1]) / 2, yy + 20), s, font=f, fill="black", anchor="mm")
    yy += 40
    d.rectangle((x[0], yy, x[-1], yy + 44), outline="black")
    d.text((x[0] + 20, yy + 22), "金额合计", font=f, fill="black", anchor="lm")
    d.text((x[-1] - 20, yy + 22), f"¥{yuan(total)}", font=fonts.pil_font(19), fill="black", anchor="rm")
    d.text((60, yy + 80), "备注：本证明汇总2023年度已缴纳税款，不含代扣代缴个人所得税。", font=fonts.pil_font(15), fill=(80, 80, 80))
    # the tax bureau's e-seal
    from lib import seal_image
    s = seal_image("国家税务总局上海市税务局", size=200, inner="★")
    base = img.convert("RGBA")
    base.alpha_composite(s, (W - 330, yy + 40))
    return base.convert("RGB")
