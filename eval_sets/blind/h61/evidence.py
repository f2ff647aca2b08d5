"""Evidence files: audit report, 等保 测评报告 and 备案证明, certificate lists and scans, IP lists and certificate
bundles, awards, device statistics, dashboards. Each writer returns the evidence facts it prints."""

from __future__ import annotations

import random
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from PIL import Image, ImageDraw

import kit
from eval_sets.generator import fonts


def fact(label, value, unit, normalized, file, page, quote, row_label="", column_label="", component="",
         image_only=False):
    return dict(label=label, value=value, unit=unit, normalized=normalized, file=file, page=page, quote=quote,
                row_label=row_label, column_label=column_label, component=component, image_only=image_only)


def money(x: float) -> str:
    return f"{x:,.2f}"


# ----------------------------------------------------------------------------- audit report
def audit_report(pkg, root: Path, rel: str) -> list[dict]:
    p = pkg.p
    a = p["audit"]
    pdf = kit.TextPdf(root / rel, font=kit.SONG, footer=f"{a['firm']}")
    pdf.gap(150)
    pdf.title(p["company"], 18, 14)
    pdf.title("2023年度审计报告", 22, 30)
    pdf.line(f"{a['no']}", 12, center=True)
    pdf.gap(260)
    pdf.line(a["firm"], 13, center=True)
    pdf.line("二〇二四年四月十八日", 12, center=True)
    pdf.new_page()
    pdf.title("审 计 报 告", 16)
    pdf.line(f"{a['no']}", 10, right_align=True)
    pdf.line(f"{p['company']}全体股东：", 11)
    pdf.heading("一、审计意见", 11)
    pdf.para(f"我们审计了{p['company']}（以下简称贵公司）财务报表，包括2023年12月31日的资产负债表，2023年度的利润表、"
             "现金流量表、所有者权益变动表以及相关财务报表附注。我们认为，后附的财务报表在所有重大方面按照企业会计准则的"
             "规定编制，公允反映了贵公司2023年12月31日的财务状况以及2023年度的经营成果和现金流量。")
    pdf.heading("二、形成审计意见的基础", 11)
    pdf.para("我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步阐述了"
             "我们在这些准则下的责任。按照中国注册会计师职业道德守则，我们独立于贵公司，并履行了职业道德方面的其他责任。"
             "我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。")
    pdf.gap(40)
    pdf.line(f"{a['firm']}          中国注册会计师：{a['cpa']}", 10.5)
    pdf.line("中国·上海                 二〇二四年四月十八日", 10.5)
    pdf.new_page()
    pdf.title("利 润 表", 15, 10)
    pdf.line(f"编制单位：{p['company']}        2023年度        单位：元", 9)
    c = a["company"]
    rows = [["项目", "本期金额", "上期金额"],
            ["一、营业收入", money(c["income"]), money(c["income_prev"])],
            ["减：营业成本", money(c["cost"]), money(c["cost_prev"])],
            ["税金及附加", money(c["tax"]), money(c["tax"] * 0.93)],
            ["销售费用", money(c["sell"]), money(c["sell"] * 0.95)],
            ["管理费用", money(c["admin"]), money(c["admin"] * 0.97)],
            ["研发费用", money(c["rd"]), money(c["rd"] * 0.9)],
            ["二、营业利润", money(c["op"]), money(c["op"] * 0.88)],
            ["三、利润总额", money(c["total"]), money(c["total"] * 0.87)],
            ["减：所得税费用", money(c["total"] * 0.12), money(c["total"] * 0.87 * 0.12)],
            ["四、净利润", money(c["total"] * 0.88), money(c["total"] * 0.87 * 0.88)]]
    pdf.table(rows, [200, 140, 140], size=9, align=["l", "r", "r"])
    pdf.new_page()
    pdf.title(f"关于{pkg.declared_name}相关财务数据的专项说明", 13, 12)
    pdf.para(f"根据贵公司提供的平台业务核算资料，我们对{pkg.declared_name}（以下简称“平台”）2021—2023年度业务收入、"
             "2023年度研发投入及利润情况执行了专项审核程序。平台业务收入指基于平台直接订阅的服务及通过平台服务获得的收入，"
             "按合同归属单独核算；研发投入按研究与试验发展（R&D）口径归集。", 10)
    pdf.line("金额单位：人民币万元", 9, right_align=True)
    r = p["revenues"]
    page = pdf.page_no
    rows = [["项目", "2021年度", "2022年度", "2023年度"],
            ["平台相关营业收入", money(r[2021]), money(r[2022]), money(r[2023])],
            ["平台相关研发投入", "—", "—", money(p["rd"])],
            ["平台利润总额", "—", "—", money(p["profit"])]]
    pdf.table(rows, [150, 100, 100, 100], size=9.5, align=["l", "r", "r", "r"])
    pdf.para("上述数据与贵公司2023年度财务报表及明细账核对一致。本专项说明仅供贵公司参加2024年度上海市工业互联网平台应用"
             "水平评价使用。", 10)
    pdf.close()
    return [
        fact("平台相关营业收入（万元）", money(r[2023]), "万元", r[2023], rel, page, money(r[2023]), "平台相关营业收入", "2023年度"),
        fact("平台近三年经营指标情况", money(r[2021]), "万元", r[2021], rel, page, money(r[2021]), "平台相关营业收入",
             "2021年度", "2021年平台营收（万元）"),
        fact("平台近三年经营指标情况", money(r[2022]), "万元", r[2022], rel, page, money(r[2022]), "平台相关营业收入",
             "2022年度", "2022年平台营收（万元）"),
        fact("平台相关研发投入（万元）", money(p["rd"]), "万元", p["rd"], rel, page, money(p["rd"]), "平台相关研发投入", "2023年度"),
        fact("平台利润率（%）", money(p["profit"]), "万元", p["profit"], rel, page, money(p["profit"]), "平台利润总额",
             "2023年度", "平台利润总额（万元）"),
        fact("投资回报率（%）", money(p["profit"]), "万元", p["profit"], rel, page, money(p["profit"]), "平台利润总额",
             "2023年度", "平台年利润（万元）"),
    ]


# ----------------------------------------------------------------------------- 等保 测评报告 (long text PDF)
LEVEL_CN = {2: "第二级", 3: "第三级"}
AREAS = ["安全物理环境", "安全通信网络", "安全区域边界", "安全计算环境", "安全管理中心",
         "安全管理制度", "安全管理机构", "安全管理人员", "安全建设管理", "安全运维管理"]


def djcp_report(pkg, root: Path, rel: str, e: dict) -> list[dict]:
    """e: system, unit, level, conclusion, score, no, lab, date."""
    lv = LEVEL_CN[e["level"]]
    sag = f"S{e['level']}A{e['level']}G{e['level']}"
    pdf = kit.TextPdf(root / rel, font=kit.SONG, footer=f"报告编号：{e['no']}")
    pdf.gap(80)
    pdf.title("网络安全等级保护", 22, 10)
    pdf.title(f"{e['system']}等级测评报告", 18, 80)
    for cap, val in (("报告编号", e["no"]), ("被测对象", e["system"]), ("被测单位", e["unit"]),
                     ("测评单位", e["lab"]), ("报告时间", e["date"])):
        pdf.line(f"{cap}：{val}", 12, left=120)
    seal_rng = random.Random(len(e["no"]))
    s = kit.seal(e["lab"], 240, sub="测评专用章", rng=seal_rng)
    from reportlab.lib.utils import ImageReader
    import io
    buf = io.BytesIO()
    s.save(buf, "PNG")
    buf.seek(0)
    pdf.c.drawImage(ImageReader(buf), 330, pdf.y - 40, 120, 120, mask="auto")
    pdf.new_page()
    pdf.title("声  明", 15)
    for t in ("本报告是测评机构依据国家网络安全等级保护相关标准，对被测对象安全保护状况进行检测评价的结果。",
              "本报告结论的有效性建立在被测单位提供相关材料及配合测评的真实性基础上；本报告中给出的测评结论仅对被测对象当时的"
              "安全状态有效。当测评工作完成后，由于被测对象发生变更而涉及的系统构成组件（或子系统）都应重新进行等级测评。",
              "本报告中各项数据均为现场测评数据，未经测评单位书面批准，不得复制本报告（完整复制除外）。"):
        pdf.para(t, 10.5)
    pdf.new_page()
    pdf.title("等级测评结论", 15, 16)
    concl_page = pdf.page_no
    rows = [["项目", "内容"],
            ["被测对象名称", e["system"]],
            ["被测单位", e["unit"]],
            ["安全保护等级", lv],
            ["定级结果", sag],
            ["备案证明编号", e["record_no"]],
            ["测评结论", e["conclusion"]],
            ["综合得分", f"{e['score']:.2f}"],
            ["测评日期", e["period"]]]
    pdf.table(rows, [120, 330], size=10, row_h=22)
    pdf.para(f"被测对象业务信息安全保护等级为{lv}，系统服务安全保护等级为{lv}。"
             f"依据GB/T 22239-2019《信息安全技术 网络安全等级保护基本要求》{lv}要求，{e['system']}"
             f"本次等级测评结论为：{e['conclusion']}。", 10.5)
    pdf.new_page()
    pdf.title("目  录", 15)
    toc = ["1 测评项目概述", "2 被测对象描述", "3 单项测评结果分析", "4 整体测评", "5 安全问题风险分析",
           "6 等级测评结论", "7 安全问题整改建议"]
    for i, t in enumerate(toc):
        pdf.line(f"{t} {'.' * (60 - len(t) * 2)} {5 + i}", 11, left=90)
    pdf.new_page()
    pdf.heading("1 测评项目概述")
    pdf.para(f"受{e['unit']}委托，{e['lab']}于{e['period']}对{e['system']}开展网络安全等级保护测评。测评依据包括"
             "GB/T 22239-2019、GB/T 28448-2019《信息安全技术 网络安全等级保护测评要求》及GB/T 28449-2018。")
    pdf.heading("2 被测对象描述")
    pdf.para(f"被测对象为{e['system']}，承载{e.get('business', '设备接入、数据分析、应用订阅等业务')}。系统部署于"
             f"{e.get('site', '自有机房及公有云资源池')}，定级为{lv}（{sag}），已在公安机关完成备案。")
    rows = [["序号", "资产类别", "数量", "说明"],
            ["1", "服务器/存储设备", "46", "应用、数据库、大数据集群"],
            ["2", "网络设备", "12", "核心交换、接入交换"],
            ["3", "安全设备", "9", "防火墙、WAF、堡垒机、日志审计"],
            ["4", "业务应用软件", "7", "平台门户、设备接入、应用市场等"]]
    pdf.table(rows, [40, 130, 60, 220], size=9, align=["c", "l", "r", "l"])
    pdf.new_page()
    pdf.heading("3 单项测评结果分析")
    rng = random.Random(e["score"])
    rows = [["安全类", "测评项数", "符合", "部分符合", "不符合", "不适用"]]
    for a in AREAS:
        n = rng.randint(8, 22)
        part = rng.randint(0, 3)
        bad = 0 if e["conclusion"] != "不符合" else rng.randint(0, 2)
        na = rng.randint(0, 2)
        rows.append([a, str(n), str(n - part - bad - na), str(part), str(bad), str(na)])
    pdf.table(rows, [120, 60, 60, 60, 60, 60], size=9.5, align=["l", "r", "r", "r", "r", "r"])
    pdf.para("单项测评结果表明，被测对象在安全计算环境、安全运维管理等方面存在少量部分符合项，未发现高风险问题。")
    pdf.new_page()
    pdf.heading("4 整体测评")
    pdf.para("从安全控制点间、层面间和区域间等方面对单项测评结果进行验证分析，部分符合项经整体测评后风险可控。")
    pdf.heading("5 安全问题风险分析")
    for t in ("(1) 部分服务器口令复杂度策略未统一配置，风险等级：低。",
              "(2) 日志留存时间满足六个月要求，但审计记录备份策略需完善，风险等级：低。",
              "(3) 应急演练记录不完整，风险等级：中。"):
        pdf.line(t, 10.5, left=80)
    pdf.new_page()
    pdf.heading("6 等级测评结论")
    final_page = pdf.page_no
    pdf.para(f"综合上述测评结果，{e['system']}的安全保护等级为{lv}，本次等级测评的综合得分为{e['score']:.2f}分，"
             f"等级测评结论为{e['conclusion']}。")
    pdf.heading("7 安全问题整改建议")
    pdf.para("建议被测单位统一口令策略、完善审计记录备份与应急演练管理，并按年度开展等级测评。")
    pdf.gap(60)
    pdf.line(f"测评机构：{e['lab']}", 11, left=280)
    pdf.line(f"报告日期：{e['date']}", 11, left=280)
    pdf.close()
    return [fact("有否定期开展第三方安全测试/测评", lv, "", None, rel, concl_page, lv, "安全保护等级", "")] \
        if e.get("as_fact", True) else []


def record_certificate(pkg, root: Path, rel: str, e: dict) -> None:
    rng = random.Random(e["record_no"])
    im = kit.certificate(
        "信息系统安全等级保护备案证明",
        [("单位名称", e["unit"]), ("信息系统名称", e["system"]), ("安全保护等级", LEVEL_CN[e["level"]]),
         ("备案编号", e["record_no"])],
        issuer=e["police"], date_text=e["record_date"], number=f"No. {e['record_no'][-6:]}",
        seal_text=e["police"], rng=rng, small=["本证明仅用于证明该信息系统已按规定在公安机关备案。"],
        title_color=(30, 30, 30), border=(90, 90, 90))
    if rel.endswith(".png"):
        kit.save_png(im, root / rel)
    else:
        kit.images_to_pdf([im], root / rel, quality=60, dpi=120)


# ----------------------------------------------------------------------------- certificate list
CERT_HEAD = ["序号", "证书名称", "证书编号", "持证单位", "发证机构", "发证日期", "有效期至", "认证范围/涉及系统"]


def cert_list_xlsx(pkg, root: Path, rel: str, certs: list[dict]) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "资质证书清单"
    ws.append([f"{pkg.p['company']}资质证书清单"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(CERT_HEAD)
    for i, c in enumerate(certs, 1):
        ws.append([i, c["name"], c["no"], c["holder"], c["issuer"], c["issued"], c["expires"], c["scope"]])
    ws.append([f"合计：{len(certs)}项"])
    for col, w in zip("ABCDEFGH", (6, 30, 26, 32, 30, 13, 13, 40)):
        ws.column_dimensions[col].width = w
    kit.save_xlsx(wb, root / rel, pkg.p["contact"])


def cert_list_pdf(pkg, root: Path, rel: str, certs: list[dict]) -> None:
    from reportlab.lib.pagesizes import A4, landscape
    pdf = kit.TextPdf(root / rel, font=kit.FONT, size=landscape(A4))
    pdf.title(f"{pkg.p['company']}资质证书清单", 14, 14)
    pdf.line(f"截至{pkg.form_date_cn}", 9, right_align=True)
    rows = [CERT_HEAD] + [[str(i), c["name"], c["no"], c["holder"], c["issuer"], c["issued"], c["expires"], c["scope"]]
                          for i, c in enumerate(certs, 1)]
    pdf.table(rows, [28, 150, 120, 150, 130, 62, 62, 100], size=7.5, row_h=20)
    pdf.line(f"合计：{len(certs)}项", 9)
    pdf.close()


def cert_image(pkg, root: Path, rel: str, c: dict, seed: int) -> None:
    rng = random.Random(seed)
    kind = c["kind"]
    if kind == "iso":
        im = kit.certificate(c["title"], [("兹证明", c["holder"]), ("", c["body"]), ("认证范围", c["scope"])],
                             issuer=c["issuer"], date_text=f"发证日期：{c['issued']}", number=f"证书编号：{c['no']}",
                             seal_text=c["issuer"], rng=rng,
                             small=[f"首次发证日期：{c['first']}    有效期至：{c['expires']}",
                                    "本证书的有效性依据发证机构的定期监督获得保持，可登录认证机构网站查询。"])
    elif kind == "hitech":
        im = kit.certificate("高新技术企业证书", [("企业名称", c["holder"]), ("证书编号", c["no"]),
                                                    ("发证时间", c["issued"]), ("有效期", "三年")],
                             issuer=c["issuer"], date_text=c["issued"], number="", seal_text=c["issuer_seal"], rng=rng,
                             small=[f"有效期至：{c['expires']}"])
    else:  # generic portrait certificate (标识, DCMM, CMMI, 可信云)
        im = kit.certificate(c["title"], [("", c["holder"]), ("", c["body"])],
                             issuer=c["issuer"], date_text=f"颁发日期：{c['issued']}", number=f"证书编号：{c['no']}",
                             seal_text=c["issuer"], rng=rng, landscape_page=False,
                             small=[f"有效期至：{c['expires']}"] if c.get("expires") else [])
    if rel.endswith(".png"):
        kit.save_png(im, root / rel)
    else:
        kit.images_to_pdf([im], root / rel, quality=62, dpi=120)


# ----------------------------------------------------------------------------- IP lists and certificate bundles
def ip_list_pdf(pkg, root: Path, rel: str, patents: list[dict], softs: list[dict], *, patent_total=None,
                soft_total=None) -> list[dict]:
    pt = len(patents) if patent_total is None else patent_total
    st = len(softs) if soft_total is None else soft_total
    pdf = kit.TextPdf(root / rel, font=kit.FONT, footer=pkg.p["company"])
    pdf.title(f"{pkg.declared_name}知识产权清单", 14, 16)
    p_page = pdf.page_no
    pdf.heading(f"表1 专利清单（共{pt}项）", 11)
    rows = [["序号", "专利名称", "专利号", "类型", "专利权人", "授权公告日"]]
    rows += [[str(i), x["name"], x["no"], x["type"], x["owner"], x["date"]] for i, x in enumerate(patents, 1)]
    pdf.table(rows, [28, 170, 100, 40, 110, 62], size=7.5, align=["c", "l", "l", "c", "l", "c"])
    pdf.gap(10)
    if pdf.y < 200:
        pdf.new_page()
    s_page = pdf.page_no
    pdf.heading(f"表2 计算机软件著作权清单（共{st}项）", 11)
    rows = [["序号", "软件名称", "登记号", "著作权人", "登记日期"]]
    rows += [[str(i), x["name"], x["no"], x["owner"], x["date"]] for i, x in enumerate(softs, 1)]
    pdf.table(rows, [28, 200, 90, 130, 62], size=7.5, align=["c", "l", "l", "l", "c"])
    pdf.close()
    return [fact("平台核心软硬件技术获得的专利数量（项）", str(pt), "项", pt, rel, p_page, f"专利清单（共{pt}项）", "专利清单"),
            fact("平台核心软硬件技术获得的软著数量（个）", str(st), "项", st, rel, s_page,
                 f"计算机软件著作权清单（共{st}项）", "计算机软件著作权清单")]


def ip_list_xlsx(pkg, root: Path, rel: str, patents, softs) -> list[dict]:
    wb = Workbook()
    ws = wb.active
    ws.title = "软件著作权"
    ws.append(["序号", "软件名称", "登记号", "著作权人", "首次发表日期", "登记日期"])
    for i, x in enumerate(softs, 1):
        ws.append([i, x["name"], x["no"], x["owner"], x["pub"], x["date"]])
    ws.append([f"合计：{len(softs)}项"])
    ws2 = wb.create_sheet("专利")
    ws2.append(["序号", "专利名称", "专利号", "专利类型", "专利权人", "申请日", "授权公告日"])
    for i, x in enumerate(patents, 1):
        ws2.append([i, x["name"], x["no"], x["type"], x["owner"], x["applied"], x["date"]])
    ws2.append([f"合计：{len(patents)}项"])
    for w in (ws, ws2):
        w.column_dimensions["B"].width = 44
        w.column_dimensions["C"].width = 22
        w.column_dimensions["D"].width = 32
    kit.save_xlsx(wb, root / rel, pkg.p["contact"])
    return [fact("平台核心软硬件技术获得的软著数量（个）", str(len(softs)), "项", len(softs), rel, 1, f"合计：{len(softs)}项", "合计"),
            fact("平台核心软硬件技术获得的专利数量（项）", str(len(patents)), "项", len(patents), rel, 2,
                 f"合计：{len(patents)}项", "合计")]


def patent_bundle(root: Path, rel: str, patents: list[dict], seed: int) -> None:
    rng = random.Random(seed)
    pages = []
    for x in patents:
        title = "发明专利证书" if x["type"] == "发明" else "实用新型专利证书"
        pages.append(kit.certificate(
            title, [("发明名称" if x["type"] == "发明" else "实用新型名称", x["name"]), ("发明人", x["inventors"]),
                    ("专利号", x["no"]), ("专利申请日", x["applied"]), ("专利权人", x["owner"]),
                    ("授权公告日", x["date"])],
            issuer="国家知识产权局", date_text=f"局长 申长雨", number=f"证书号第{x['cert']}号", seal_text="国家知识产权局",
            rng=rng, landscape_page=False, header="中华人民共和国国家知识产权局",
            small=["本专利的专利权期限自申请日起算。专利权人应当依照专利法及其实施细则规定缴纳年费。"]).resize((794, 1123)))
    kit.images_to_pdf(pages, root / rel, quality=55, dpi=96)


def soft_bundle(root: Path, rel: str, softs: list[dict], seed: int) -> None:
    rng = random.Random(seed)
    pages = []
    for x in softs:
        pages.append(kit.certificate(
            "计算机软件著作权登记证书",
            [("软件名称", x["name"]), ("著作权人", x["owner"]), ("开发完成日期", x["done"]), ("首次发表日期", x["pub"]),
             ("权利取得方式", "原始取得"), ("权利范围", "全部权利"), ("登记号", x["no"])],
            issuer="中华人民共和国国家版权局", date_text=x["date"], number=f"证书号：软著登字第{x['cert']}号",
            seal_text="中华人民共和国国家版权局", rng=rng, landscape_page=False,
            small=["根据《计算机软件保护条例》和《计算机软件著作权登记办法》的规定，经中国版权保护中心审核，对以上事项予以登记。"]
        ).resize((794, 1123)))
    kit.images_to_pdf(pages, root / rel, quality=55, dpi=96)


# ----------------------------------------------------------------------------- awards
def awards_pdf(pkg, root: Path, rel: str, awards: list[dict], scratch: Path, listed_total=None) -> list[dict]:
    n = len(awards) if listed_total is None else listed_total
    pdf = kit.TextPdf(root / rel, font=kit.FONT)
    pdf.title("平台获得省部级及以上奖项/荣誉清单", 14, 8)
    pdf.line(f"（共{n}项，证书扫描件附后）", 10, center=True)
    rows = [["序号", "奖项/荣誉名称", "颁发单位", "获奖时间"]]
    rows += [[str(i), a["name"], a["issuer"], a["date"]] for i, a in enumerate(awards, 1)]
    pdf.table(rows, [30, 230, 150, 70], size=8.5)
    # the list page stays text; the certificates follow as image pages on the same canvas
    rng = random.Random(len(awards) * 31 + pkg.p["seed"])
    import io
    from reportlab.lib.utils import ImageReader
    c = pdf.c
    c.showPage()
    for a in awards:
        im = kit.certificate("荣誉证书", [("", pkg.p["company"] + "："), ("", a["body"]), ("", a["name"])],
                             issuer=a["issuer"], date_text=a["date"], number="", seal_text=a["issuer"], rng=rng)
        im = im.resize((1120, 792))
        w, h = im.size[0] * 72 / 96, im.size[1] * 72 / 96
        c.setPageSize((w, h))
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=58)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, w, h)
        c.showPage()
    c.save()
    return [fact("平台获得省部级及以上奖项/荣誉数量（个）", str(n), "项", n, rel, 1, f"共{n}项", "奖项/荣誉清单")]


def merge_pdfs(parts: list[Path], out: Path) -> None:
    """Concatenate PDFs by re-drawing nothing: pypdfium2 import_pages, then a deterministic save."""
    import pypdfium2 as pdfium
    dst = pdfium.PdfDocument.new()
    for part in parts:
        src = pdfium.PdfDocument(str(part))
        dst.import_pages(src)
        src.close()
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "wb") as fh:
        dst.save(fh)
    dst.close()


# ----------------------------------------------------------------------------- devices and dashboards
def device_xlsx(pkg, root: Path, rel: str) -> list[dict]:
    v = pkg.values
    cats_all = v["按二级分类统计工业设备数量（台/套）"][1]
    cats_pub = v["按二级分类统计公有云工业设备数量（台/套）"][1]
    cats_run = v["按二级分类统计公有云工业设备平均日运行数量（台/套）"][1]
    wb = Workbook()
    ws = wb.active
    ws.title = "按设备分类"
    ws.append([f"{pkg.declared_name}接入设备统计（截至{pkg.form_date_cn}）"])
    ws.append(["设备二级分类", "接入数量（台/套）", "其中：公有云接入（台/套）", "公有云日均运行（台/套）"])
    for k in cats_all:
        ws.append([k, cats_all[k], cats_pub[k], cats_run[k]])
    tot = (v["连接的工业设备/产品/产线种类及数量（台/套）"][1], v["公有云工业设备连接数量（台/套）"][1],
           v["公有云工业设备平均日运行数量（台/套）"][1])
    ws.append(["合计", *tot])
    ws2 = wb.create_sheet("按区域")
    ws2.append(["区域", "接入数量（台/套）", "公有云接入（台/套）", "公有云日均运行（台/套）"])
    ra = v["按省市区域统计工业设备数量（台/套）"][1]
    rp = v["按省市区域统计公有云工业设备数量（台/套）"][1]
    rr = v["按省市区域统计公有云工业设备平均日运行数量（台/套）"][1]
    for k in ra:
        ws2.append([k, ra[k], rp[k], rr[k]])
    ws2.append(["合计", sum(ra.values()), sum(rp.values()), sum(rr.values())])
    ws3 = wb.create_sheet("海外设备")
    ws3.append(["国家", "接入数量（台/套）"])
    ov = v["按海外国家分类统计海外设备连接数量（台/套）"][1]
    for k, n in ov.items():
        ws3.append([k, n])
    ws3.append(["海外合计", sum(ov.values())])
    for w in (ws, ws2, ws3):
        w.column_dimensions["A"].width = 22
        for col in "BCD":
            w.column_dimensions[col].width = 24
    kit.save_xlsx(wb, root / rel, pkg.p["contact"])
    return [
        fact("连接的工业设备/产品/产线种类及数量（台/套）", str(tot[0]), "台/套", tot[0], rel, 1, str(tot[0]), "合计", "接入数量（台/套）"),
        fact("公有云工业设备连接数量（台/套）", str(tot[1]), "台/套", tot[1], rel, 1, str(tot[1]), "合计", "其中：公有云接入（台/套）"),
        fact("公有云工业设备平均日运行数量（台/套）", str(tot[2]), "台/套", tot[2], rel, 1, str(tot[2]), "合计", "公有云日均运行（台/套）"),
        fact("海外设备连接数量（台/套）", str(sum(ov.values())), "台/套", sum(ov.values()), rel, 3, str(sum(ov.values())), "海外合计",
             "接入数量（台/套）"),
    ]


def dashboard_png(pkg, root: Path, rel: str, tiles: list[tuple[str, str, str, float]], seed: int, title: str) -> list[dict]:
    """tiles: (caption, shown text, indicator label, normalized)."""
    W, H = 1600, 900
    im = Image.new("RGB", (W, H), (14, 28, 52))
    d = ImageDraw.Draw(im)
    ft = fonts.pil_font(40)
    fc = fonts.pil_font(26)
    fv = fonts.pil_font(58)
    d.text((60, 40), title, font=ft, fill=(220, 235, 255))
    d.text((W - 420, 55), f"数据更新：{pkg.form_date_iso} 08:00", font=fc, fill=(150, 170, 200))
    rng = random.Random(seed)
    for i, (cap, shown, _, _) in enumerate(tiles):
        x = 60 + (i % 3) * 510
        y = 150 + (i // 3) * 330
        d.rounded_rectangle([x, y, x + 470, y + 290], 18, fill=(24, 48, 86), outline=(60, 120, 200), width=2)
        d.text((x + 30, y + 30), cap, font=fc, fill=(160, 190, 230))
        d.text((x + 30, y + 90), shown, font=fv, fill=(255, 255, 255))
        pts = [(x + 30 + k * 40, y + 250 - rng.randint(10, 70)) for k in range(11)]
        d.line(pts, fill=(80, 200, 160), width=3)
    kit.save_png(im, root / rel)
    return [fact(label, shown, "台/套" if "台/套" in label else "个", norm, rel, 1, shown, cap, "", image_only=True)
            for cap, shown, label, norm in tiles]
