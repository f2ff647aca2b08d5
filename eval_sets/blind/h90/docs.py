"""Render one h90 package: application documents from the declared rows, evidence from the spec's figures.

Each evidence writer returns the facts it prints, with the page the layout put them on."""

from __future__ import annotations

import random
from pathlib import Path

import openpyxl
from docx.shared import Pt
from openpyxl.styles import Alignment, Font
from PIL import Image, ImageDraw

from eval_sets.blind.h90.common import (
    CHAPTERS, SUMMARY_LABELS, TABLE, Page, mixed_pdf, new_docx, pil_font, render_pages, save_docx, save_xlsx, scanify,
    seal, write_image_pdf, write_pdf,
)

DRAWN: dict[str, dict[int, str]] = {}  # "<pid>/<file>" -> {page: text drawn into the image}


def fact(label, value, unit, norm, file, page, quote, row="", col="", comp="", image=False):
    return dict(label=label, value=value, unit=unit, normalized=norm, file=file, page=page, quote=quote,
                row_label=row, column_label=col, component=comp, image_only=image)


def yuan(rng: random.Random, wan: float) -> float:
    """An amount in 元 that rounds back to `wan` 万元 (2 decimals)."""
    return round(wan * 10000 + rng.uniform(-45, 45), 2)


# ----------------------------------------------------------------------------------------- forms
def basic_rows(S, R) -> list[tuple[str, str]]:
    mode = S["mode"]
    build = "☑自建  □合作共建" if mode[0] == "自建" else f"□自建  ☑合作共建，合作企业名称（必填）：{mode[1]}"
    op = "  ".join(("☑" if o == S["op"] else "□") + o for o in ("自运营", "联合运营", "委托运营"))
    iaas = "☑自建  □租用" if S["iaas"][0] == "自建" else f"□自建  ☑租用，服务商名称（必填）：{S['iaas'][1]}"
    dep = "  ".join(("☑" if d in S["deploy"] else "□") + d for d in ("边缘侧", "私有云", "公有云", "混合云"))
    y0, m0 = S["built"][0].split(".")
    y1, m1 = S["built"][1].split(".")
    rev = R["平台近三年经营指标情况"][1]
    hist = "\n".join(f"{y}年平台营收{rev[f'{y}年平台营收（万元）']:.2f}万元/增长率{rev[f'{y}年增长率（%）']:.2f}%" for y in (2021, 2022, 2023))
    return [
        ("平台名称", S["declared_name"]),
        ("建设时间", f"{y0}年{int(m0)}月至{y1}年{int(m1)}月"),
        ("平台建设金额（万元）", f"{S['build_amount']:,.2f}"),
        ("平台近三年经营指标情况", hist),
        ("平台建设方式", build),
        ("平台运营模式", op),
        ("IaaS基础设施", iaas),
        ("部署方式", dep),
        ("平台网址", f"{S['url']}（评审账号：{S['account']}  密码：{S['password']}）"),
        ("平台基本情况介绍", S["texts"]["介绍"]),
        ("平台建设成效", S["texts"]["成效"]),
    ]


def company_rows(S) -> list[tuple[str, str]]:
    co = S["co"]
    c = S["contact"]
    return [
        ("单位（企业）名称", S["company"]), ("单位（企业）代码", co["code"]), ("成立日期", co["founded"]),
        ("注册地及所在行政区", co["reg"]), ("企业类型", co["type"]), ("注册资本", co["capital"]),
        ("主营业务", co["business"]), ("法定代表人", co["legal"]), ("联系人", c[0]), ("职务", c[3]),
        ("联系人手机", c[1]), ("传真", co.get("fax", "—")), ("电子邮箱", c[2]),
        ("股权结构", co["shareholders"]),
        ("总资产（万元）", co["fin"][0]), ("主营业务收入（万元）", co["fin"][1]), ("主营业务收入增长率（%）", co["fin"][2]),
        ("负债率（%）", co["fin"][3]), ("利润总额（万元）", co["fin"][4]), ("税金（万元）", co["fin"][5]),
    ]


def table_cells(S, R) -> list[tuple[str, str, str, str]]:
    """(三级指标, 内容, 平台实际情况, 证明资料) in the order of the notice."""
    out = []
    for third, content, key in TABLE:
        cell = S["texts"][key[2:]] if key.startswith("t:") else R[key][0]
        default = ("见申报书第二章、第三章" if key.startswith("t:") else
                   "无单独证明材料：为平台后台截至填表日统计数，可现场演示查询")
        out.append((third, content, cell, S["proof"].get(key, default)))
    return out


def write_form_docx(path: Path, S, R):
    d = new_docx()
    d.add_paragraph("附件2")
    h = d.add_paragraph("上海市工业互联网平台应用水平评价\n申报表")
    h.runs[0].font.size = Pt(18)
    for line in ("申报年度：2024年度", f"平台名称：{S['declared_name']}", f"申报单位：{S['company']}（公章）",
                 f"联 系 人：{S['contact'][0]}", f"联系人电话：{S['contact'][1]}", "上海市经济和信息化委员会制",
                 "2024年7月"):
        d.add_paragraph(line)
    d.add_page_break()
    d.add_paragraph("一、企业基本情况")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in company_rows(S):
        r = t.add_row().cells
        r[0].text, r[1].text = k, v
    d.add_paragraph("")
    d.add_paragraph("二、平台基本情况")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in basic_rows(S, R):
        r = t.add_row().cells
        r[0].text, r[1].text = k, v
    d.add_page_break()
    d.add_paragraph("三、上海市工业互联网平台应用水平评价指标明细表")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for cell, txt in zip(t.rows[0].cells, ("三级指标", "内容", "平台实际情况", "证明资料")):
        cell.text = txt
    prev = None
    for third, content, cell, proof in table_cells(S, R):
        r = t.add_row().cells
        r[0].text = third if third != prev else ""
        prev = third
        r[1].text, r[2].text, r[3].text = content, cell, proof
    save_docx(d, path, S["co"]["author"], "申报表")


def write_form_scan(path: Path, S, R, rng):
    pages, p = [], Page()
    p.text("上海市工业互联网平台应用水平评价申报表", 16, center=True, gap=14)
    for line in ("申报年度：2024年度", f"平台名称：{S['declared_name']}", f"申报单位：{S['company']}（公章）",
                 f"联 系 人：{S['contact'][0]}", f"联系人电话：{S['contact'][1]}"):
        p.text(line, 12, gap=12)
    pages.append(p)
    p = Page().text("一、企业基本情况", 12)
    p.table([[k, v] for k, v in company_rows(S)], [1, 3], size=8.5)
    pages.append(p)
    p = Page().text("二、平台基本情况", 12)
    p.table([[k, v.replace("\n", "；")] for k, v in basic_rows(S, R)], [1, 4], size=8)
    pages.append(p)
    cells = table_cells(S, R)
    for i in range(0, len(cells), 22):
        p = Page().text("三、指标明细表" + ("（续）" if i else ""), 11)
        p.table([["三级指标", "内容", "平台实际情况", "证明资料"]] + [[a, b, c[:160], d] for a, b, c, d in cells[i:i + 22]],
                [1.1, 2, 4, 1.1], size=6.5, row_h=12)
        pages.append(p)
    images = render_pages(pages, scale=1.1)
    out = []
    for k, img in enumerate(images):
        img = scanify(img, rng)
        w, h = img.size
        if k == 0:
            img = seal(img, S["company"], int(w * 0.62), int(h * 0.30), r=int(w * 0.11))
        # 骑缝章: half a seal on the right edge of every page
        img = seal(img, S["company"], w - 8, int(h * 0.5), r=int(w * 0.09))
        out.append(img)
    write_image_pdf(path, out, "申报表盖章扫描版")


def write_summary_xlsx(path: Path, S, R):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "平台基本情况汇总表"
    ws.append(["平台基本情况汇总表", ""])
    ws.append(["项目", "内容"])
    diff = {**S.get("summary_text", {}), **S.get("summary_diff", {})}
    for label in SUMMARY_LABELS:
        text = diff.get(label, R[label][0])
        if label in ("平台是否建立安全管理体系", "有否定期开展第三方安全测试/测评", "有否定期进行安全扫描",
                     "企业是否已上市或已获得VC/PE投资", "平台是否有自研形成的核心技术突破", "平台是否具备碳管理服务能力",
                     "平台是否融合使用国家标识解析系统") and label not in diff:
            norm = R[label][1]
            text = "是" if norm is True else "否" if norm is False else text
        ws.append([label, text])
    ws.column_dimensions["A"].width = 46
    ws.column_dimensions["B"].width = 70
    for row in ws.iter_rows(min_row=2):
        row[1].alignment = Alignment(wrap_text=True, vertical="top")
    ws["A1"].font = Font(bold=True, size=14)
    save_xlsx(wb, path, S["co"]["author"])


def write_contacts(path: Path, S):
    d = new_docx()
    d.add_paragraph("附件1  联系人信息反馈表")
    d.add_paragraph("2024年度上海市工业互联网平台应用水平评价工作")
    t = d.add_table(rows=3, cols=6)
    t.style = "Table Grid"
    for cell, txt in zip(t.rows[0].cells, ("序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱")):
        cell.text = txt
    c, b = S["contact"], S["backup"]
    for row, who, tag in ((1, c, "联系人（主）"), (2, b, "联系人（备用）")):
        for cell, txt in zip(t.rows[row].cells, (tag, who[0], S["company"], who[3], who[1], who[2])):
            cell.text = txt
    d.add_paragraph(f"二、评审会现场地址信息反馈：{S['address']}")
    save_docx(d, path, S["co"]["author"], "联系人信息反馈表")


def write_commitment(path: Path, S, rng):
    p = Page().text("附件5", 11).text("真实性承诺", 18, center=True, gap=20)
    p.text("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，"
           "如有不实，愿承担相应的法律责任及由此产生的一切后果。", 12, gap=10)
    p.text("特此承诺。", 12, gap=60)
    p.text(f"申报单位：{S['company']}（盖章）", 12, gap=18)
    p.text(f"法定代表人：{S['co']['legal']}（签章）", 12, gap=18)
    p.text("2024年7月16日", 12)
    img = scanify(render_pages([p], scale=1.2)[0], rng)
    w, h = img.size
    d = ImageDraw.Draw(img)
    d.text((int(w * 0.42), int(h * 0.355)), S["co"]["legal"], font=pil_font(34), fill=(30, 30, 60))
    img = seal(img, S["company"], int(w * 0.55), int(h * 0.31), r=int(w * 0.12))
    write_image_pdf(path, [img], "真实性承诺")


# ----------------------------------------------------------------------------------------- 申报书
def write_book(path: Path, S, R):
    d = new_docx()
    d.add_paragraph("附件3")
    d.add_paragraph("上海市工业互联网平台应用水平评价\n申报书")
    d.add_paragraph(f"平台名称：{S['declared_name']}")
    d.add_paragraph(f"申报单位：{S['company']}（公章）")
    d.add_page_break()
    book = S["book"]
    for ch in CHAPTERS:
        if ch == CHAPTERS[6] and not S["with7"]:
            continue
        d.add_paragraph(ch).runs[0].bold = True
        for para in book[ch]:
            if isinstance(para, list):
                t = d.add_table(rows=0, cols=len(para[0]))
                t.style = "Table Grid"
                for row in para:
                    cells = t.add_row().cells
                    for cell, txt in zip(cells, row):
                        cell.text = str(txt)
            else:
                d.add_paragraph(para)
    save_docx(d, path, S["co"]["author"], "申报书")


# ----------------------------------------------------------------------------------------- evidence
def write_finance(path: Path, rel: str, S, rng) -> list[dict]:
    rev, profit, rd = S["rev"], S["profit"], S["rd"]
    unit = S["fin_unit"]
    co = S["co"]
    if unit == "元":
        r = {y: yuan(rng, rev[y]) for y in (2021, 2022, 2023)}
        pr, rdv = yuan(rng, profit), yuan(rng, rd)
        fmt = lambda x: f"{x:,.2f}"  # noqa: E731
        norm = lambda x: round(x / 10000 + 1e-9, 2)  # noqa: E731
    else:
        r = {y: rev[y] for y in (2021, 2022, 2023)}
        pr, rdv = profit, rd
        fmt = lambda x: f"{x:,.2f}"  # noqa: E731
        norm = lambda x: x  # noqa: E731
    cost = {y: rev[y] * S["cost_ratio"] for y in (2021, 2022, 2023)}
    p1 = Page().text(S["auditor"], 12, center=True, gap=30)
    p1.text(f"关于{S['company']}", 14, center=True)
    p1.text(f"{S['listed_name']}业务收入、利润及研发投入的专项审计报告", 14, center=True, gap=20)
    p1.text(f"{S['audit_no']}", 11, center=True, gap=40)
    p1.text(f"{S['company']}全体股东：", 11)
    p1.text(f"我们接受委托，对后附的{S['company']}（以下简称“贵公司”）2021年度至2023年度工业互联网平台业务收入、利润及"
            "研发投入专项说明进行了审核。平台业务收入按平台直接订阅服务及平台服务合同拆分，拆分方法见附注二。", 11)
    p1.text("我们认为，后附专项说明在所有重大方面按照附注所述编制基础编制，公允反映了平台业务的经营情况。", 11)
    p2 = Page().text("一、公司整体经营情况（摘自2023年度审计报告，单位：万元）", 11)
    p2.table([["项目", "2023年度", "2022年度"],
              ["营业总收入", co["fin"][1].replace("万元", ""), co["prev_rev"]],
              ["利润总额", co["fin"][4].replace("万元", ""), co["prev_profit"]],
              ["研发费用", co["rd_company"], co["rd_company_prev"]]], [2, 1.4, 1.4])
    p2.text("二、平台业务拆分方法：平台相关营业收入仅包括基于平台直接订阅的服务及平台服务合同收入，不含设备销售及工程收入；"
            "平台利润总额按收入占比分摊期间费用后计算；平台研发投入按研发项目工时归集。", 10)
    p3 = Page().text(f"三、{S['listed_name']}业务专项说明（单位：{unit}）", 11)
    rows = [["项目", "2023年度", "2022年度", "2021年度"],
            ["平台业务收入", fmt(r[2023]), fmt(r[2022]), fmt(r[2021])],
            ["平台业务成本", fmt(cost[2023] * (10000 if unit == "元" else 1)), fmt(cost[2022] * (10000 if unit == "元" else 1)),
             fmt(cost[2021] * (10000 if unit == "元" else 1))],
            ["平台利润总额", fmt(pr), "—", "—"],
            ["平台研发投入", fmt(rdv), "—", "—"]]
    p3.table(rows, [1.6, 1.4, 1.4, 1.4])
    p3.text(f"编制单位：{S['company']}        审核：{S['auditor']}", 9)
    write_pdf(path, [p1, p2, p3], "专项审计报告")
    col = "2023年度"
    return [
        fact("平台相关营业收入（万元）", fmt(r[2023]), unit, norm(r[2023]), rel, 3, fmt(r[2023]), "平台业务收入", col),
        fact("平台近三年经营指标情况", fmt(r[2022]), unit, norm(r[2022]), rel, 3, fmt(r[2022]), "平台业务收入", "2022年度",
             "2022年平台营收（万元）"),
        fact("平台近三年经营指标情况", fmt(r[2021]), unit, norm(r[2021]), rel, 3, fmt(r[2021]), "平台业务收入", "2021年度",
             "2021年平台营收（万元）"),
        fact("平台利润率（%）", fmt(pr), unit, norm(pr), rel, 3, fmt(pr), "平台利润总额", col, "平台利润总额（万元）"),
        fact("投资回报率（%）", fmt(pr), unit, norm(pr), rel, 3, fmt(pr), "平台利润总额", col, "平台年利润（万元）"),
        fact("平台相关研发投入（万元）", fmt(rdv), unit, norm(rdv), rel, 3, fmt(rdv), "平台研发投入", col),
    ]


def write_devices(path: Path, rel: str, S) -> list[dict]:
    D = S["_dev"]
    p1 = Page().text(f"{S['listed_name']}接入设备统计表（按设备类别）", 12, center=True)
    p1.text(f"数据来源：平台设备管理中心导出  统计截止：2024年7月10日  单位：台/套", 9)
    rows = [["设备类别（平台内部分类）", "接入数量", "其中：公有云接入", "公有云日均运行"]]
    for (office, _, n), pc, rc in zip(D["cats"], D["pub_c"], D["run_c"]):
        rows.append([S.get("dev_internal", {}).get(office, office), f"{n:,}", f"{pc:,}", f"{rc:,}"])
    rows.append(["合计", f"{D['total']:,}", f"{S['dev_pub']:,}", f"{S['dev_run']:,}"])
    p1.table(rows, [2.2, 1, 1, 1])
    p1.text(f"已兼容适配工业协议：{S['protocols']}种（Modbus、OPC UA、Profinet、MQTT、BACnet等）", 10)
    p2 = Page().text("接入设备统计表（按设备所属企业注册地）", 12, center=True)
    rows = [["区域", "接入数量", "其中：公有云接入", "公有云日均运行"]]
    for (r, n), pc, rc in zip(D["regs"], D["pub_r"], D["run_r"]):
        rows.append([r, f"{n:,}", f"{pc:,}", f"{rc:,}"])
    rows.append(["合计", f"{D['total']:,}", f"{S['dev_pub']:,}", f"{S['dev_run']:,}"])
    p2.table(rows, [2, 1, 1, 1])
    ov = sum(n for _, n in D["overseas"])
    if ov:
        p2.text("海外设备明细", 11)
        p2.table([["国家", "接入数量"]] + [[r, f"{n:,}"] for r, n in D["overseas"]] + [["海外合计", f"{ov:,}"]], [2, 1])
    write_pdf(path, [p1, p2], "接入设备统计表")
    facts = [
        fact("连接的工业设备/产品/产线种类及数量（台/套）", f"{D['total']:,}", "台/套", D["total"], rel, 1, f"{D['total']:,}",
             "合计", "接入数量"),
        fact("公有云工业设备连接数量（台/套）", f"{S['dev_pub']:,}", "台/套", S["dev_pub"], rel, 1, f"{S['dev_pub']:,}", "合计",
             "其中：公有云接入"),
        fact("公有云工业设备平均日运行数量（台/套）", f"{S['dev_run']:,}", "台/套", S["dev_run"], rel, 1, f"{S['dev_run']:,}",
             "合计", "公有云日均运行"),
        fact("工业协议兼容适配数量（个）", str(S["protocols"]), "种", S["protocols"], rel, 1, f"工业协议：{S['protocols']}种",
             "已兼容适配工业协议"),
    ]
    if ov:
        facts.append(fact("海外设备连接数量（台/套）", f"{ov:,}", "台/套", ov, rel, 2, f"{ov:,}",
                          "海外合计", "接入数量"))
    return facts


def _scan_list_image(title: str, header: list[str], rows: list[list[str]], S, rng) -> tuple[Image.Image, str]:
    p = Page().text(title, 13, center=True)
    p.table([header] + rows, [0.5, 3, 1.2, 2], size=9)
    img = scanify(render_pages([p], scale=1.2)[0], rng)
    w, h = img.size
    img = seal(img, S["company"], int(w * 0.72), int(h * 0.12 + 80 + 26 * len(rows)), r=int(w * 0.1))
    drawn = title + " " + " ".join(" ".join(r) for r in [header] + rows)
    return img, drawn


def write_ip(path: Path, rel: str, S, rng) -> list[dict]:
    pats, softs, awards = S["patents"], S["softs"], S["awards"]
    p1 = Page().text(f"{S['company']}  平台核心软硬件技术知识产权清单", 10, center=True)
    p1.text(f"表1  授权发明及实用新型专利清单（共{len(pats)}项）", 11)
    p1.table([["序号", "专利名称", "专利号", "权利人"]] + [[str(i + 1), n, no, S["company"]] for i, (n, no) in enumerate(pats)],
             [0.5, 3, 1.6, 2], size=7.5, row_h=14)
    p2 = Page().text(f"{S['company']}  平台核心软硬件技术知识产权清单", 10, center=True)
    p2.text(f"表2  计算机软件著作权清单（共{len(softs)}项）", 11)
    p2.table([["序号", "软件名称", "登记号", "著作权人"]] + [[str(i + 1), n, no, S["company"]] for i, (n, no) in enumerate(softs)],
             [0.5, 3, 1.6, 2], size=7.5, row_h=14)
    title = f"平台获得省部级及以上奖项/荣誉清单（共{len(awards)}项）"
    img, drawn = _scan_list_image(title, ["序号", "奖项/荣誉名称", "时间", "颁发单位"],
                                  [[str(i + 1), a, y, b] for i, (a, y, b) in enumerate(awards)], S, rng)
    DRAWN.setdefault(f"{S['pid']}/{rel}", {})[3] = drawn
    mixed_pdf(path, [p1, p2, img], "知识产权及荣誉清单")
    return [
        fact("平台核心软硬件技术获得的专利数量（项）", f"{len(pats)}", "项", len(pats), rel, 1, f"共{len(pats)}项", "专利清单"),
        fact("平台核心软硬件技术获得的软著数量（个）", f"{len(softs)}", "项", len(softs), rel, 2, f"共{len(softs)}项", "软件著作权清单"),
        fact("平台获得省部级及以上奖项/荣誉数量（个）", f"{len(awards)}", "项", len(awards), rel, 3, f"共{len(awards)}项",
             "奖项/荣誉清单", image=True),
    ]


def write_ops_xlsx(path: Path, rel: str, S) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "用户统计"
    ws.append([f"{S['listed_name']} 运营数据导出（用户）", None, None])
    ws.append(["导出时间：2024-07-10 17:42", None, None])
    ws.append(["指标", "数值", "口径说明"])
    user_rows = [("注册企业数", S["reg"], "平台注册企业账号（已剔除配套商、测试账号）"),
                 ("实际服务企业数（累计）", S["served"], "使用过平台产品/解决方案的企业"),
                 ("付费企业数", S["paid"], "有付费订单的企业（去重）"),
                 ("中小企业数", S["sme"], "按工信部联企业〔2011〕300号划型"),
                 ("近30日活跃企业", S["mau_ent"], "近30日有登录的企业")]
    for r in user_rows:
        ws.append(list(r))
    ws2 = wb.create_sheet("订阅与订单")
    ws2.append(["指标", "数值", "单位"])
    sub_rows = [("工业APP订阅总数量", S["subs"], "个"), ("其中：TOP5应用订阅数量", S["killer_subs"], "个"),
                ("工业APP累计订阅金额", S["subs_amt"], "万元"), ("2023年订单数", S["orders"][0], "个"),
                ("近12个月订单数（2023.07-2024.06）", S["orders"][1], "个")]
    for r in sub_rows:
        ws2.append(list(r))
    ws3 = wb.create_sheet("资源使用")
    ws3.append(["资源", "数值", "单位"])
    res_rows = [("云服务器（折合标准台）", S["servers"], "台"), ("其中公有云", S["pub_servers"], "台"),
                ("存储总容量", S["cap"], "TB"), ("已用存储（工业数据）", S["data"], "TB"), ("公有云存储", S["pub_data"], "TB")]
    for r in res_rows:
        ws3.append(list(r))
    for w in (ws, ws2, ws3):
        w.column_dimensions["A"].width = 34
        w.column_dimensions["C"].width = 40
    save_xlsx(wb, path, S["co"]["author"])
    def q(v):  # the cell value as openpyxl reads it back (48.0 is stored as 48)
        return str(int(v)) if float(v).is_integer() else str(v)
    return [
        fact("注册企业用户数（个）", q(S["reg"]), "家", S["reg"], rel, 1, q(S["reg"]), "注册企业数", "数值"),
        fact("实际服务企业数（个）", q(S["served"]), "家", S["served"], rel, 1, q(S["served"]), "实际服务企业数（累计）", "数值"),
        fact("付费企业数（个）", q(S["paid"]), "家", S["paid"], rel, 1, q(S["paid"]), "付费企业数", "数值"),
        fact("服务中小企业数量（个）", q(S["sme"]), "家", S["sme"], rel, 1, q(S["sme"]), "中小企业数", "数值"),
        fact("工业APP订阅总数量（个）", q(S["subs"]), "个", S["subs"], rel, 2, q(S["subs"]), "工业APP订阅总数量", "数值"),
        fact("杀手锏工业APP订阅数量（个）", q(S["killer_subs"]), "个", S["killer_subs"], rel, 2, q(S["killer_subs"]),
             "其中：TOP5应用订阅数量", "数值"),
        fact("工业APP订阅总金额（万元）", q(S["subs_amt"]), "万元", S["subs_amt"], rel, 2, q(S["subs_amt"]), "工业APP累计订阅金额",
             "数值"),
        fact("平台实际用云量（台）", q(S["servers"]), "台", S["servers"], rel, 3, q(S["servers"]), "云服务器（折合标准台）", "数值"),
        fact("存储容量（TB）", q(S["cap"]), "TB", S["cap"], rel, 3, q(S["cap"]), "存储总容量", "数值"),
        fact("存储工业数据量（TB）", q(S["data"]), "TB", S["data"], rel, 3, q(S["data"]), "已用存储（工业数据）", "数值"),
    ]


def _dashboard(title: str, tiles: list[tuple[str, str]], rng: random.Random, size=(1366, 768)) -> tuple[Image.Image, str]:
    img = Image.new("RGB", size, (14, 28, 52))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, size[0], 64], fill=(20, 48, 92))
    d.text((28, 14), title, font=pil_font(28), fill=(230, 240, 255))
    d.text((size[0] - 300, 22), "2024-07-10 16:08:35", font=pil_font(18), fill=(160, 190, 230))
    cols = 3
    tw, th = (size[0] - 80) // cols, 150
    drawn = [title]
    for i, (cap, val) in enumerate(tiles):
        x = 30 + (i % cols) * (tw + 10)
        y = 100 + (i // cols) * (th + 24)
        d.rounded_rectangle([x, y, x + tw - 10, y + th], 10, fill=(26, 52, 92), outline=(60, 120, 200))
        d.text((x + 20, y + 18), cap, font=pil_font(22), fill=(170, 200, 240))
        d.text((x + 20, y + 64), val, font=pil_font(44), fill=(255, 214, 90))
        drawn.append(f"{cap} {val}")
    # a chart with noise-like bars (decoration)
    y0 = size[1] - 40
    for k in range(40):
        h = rng.randint(30, 170)
        d.rectangle([40 + k * 31, y0 - h, 60 + k * 31, y0], fill=(50, 140, 220))
    return img, " ".join(drawn)


def write_screens(folder: Path, rels: tuple[str, str], S, rng) -> list[dict]:
    t1 = [("注册企业（家）", f"{S['reg']:,}"), ("服务企业（家）", f"{S['served']:,}"), ("接入设备（台/套）", f"{S['_dev']['total']:,}"),
          ("上架工业APP（个）", f"{S['app']:,}"), ("今日在线设备", f"{S['online_today']:,}"), ("设备在线率", S["online_rate"])]
    t2 = [("注册开发者", f"{S['devs']:,}"), ("活跃开发者（月）", f"{S['active_devs']:,}"), ("微服务组件", f"{S['ms']:,}"),
          ("机理模型", f"{S['models']:,}"), ("本周调用次数", f"{S['calls_week']:,}"), ("API网关可用率", "99.97%")]
    facts = []
    for rel, title, tiles in ((rels[0], f"{S['short']}平台运营驾驶舱", t1), (rels[1], f"{S['short']}开发者中心", t2)):
        img, drawn = _dashboard(title, tiles, rng)
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        img.save(folder / rel, "PNG", optimize=False)
        DRAWN.setdefault(f"{S['pid']}/{rel}", {})[1] = drawn
    spec = [(rels[0], "注册企业用户数（个）", "注册企业（家）", S["reg"], "家"),
            (rels[0], "实际服务企业数（个）", "服务企业（家）", S["served"], "家"),
            (rels[0], "连接的工业设备/产品/产线种类及数量（台/套）", "接入设备（台/套）", S["_dev"]["total"], "台/套"),
            (rels[0], "工业APP数量（个）", "上架工业APP（个）", S["app"], "个"),
            (rels[1], "开发者注册总数（个）", "注册开发者", S["devs"], "个"),
            (rels[1], "活跃开发者数（个）", "活跃开发者（月）", S["active_devs"], "个"),
            (rels[1], "微服务数量（个）", "微服务组件", S["ms"], "个"),
            (rels[1], "工业机理模型数量（个）", "机理模型", S["models"], "个")]
    for rel, label, cap, n, unit in spec:
        facts.append(fact(label, f"{n:,}", unit, n, rel, 1, f"{cap} {n:,}", cap, image=True))
    return facts
