"""Document generators shared by the four packages (each called with package-specific wording/layout)."""

from __future__ import annotations

import random
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from PIL import Image, ImageDraw, ImageFont

import lib
from lib import P, PageBreak, Spacer, T, TA_CENTER, TA_RIGHT, build_pdf, mm
from model import LABELS

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


# ====================================================================== 附件1
def lianxiren_docx(pkg, path):
    i = pkg.info
    doc = lib.new_docx()
    lib.docx_para(doc, "附件1", bold=True)
    lib.docx_para(doc, "联系人信息反馈表", size=16, bold=True, align="center")
    lib.docx_para(doc, "2024年度上海市工业互联网平台应用水平评价工作", align="center")
    lib.docx_para(doc, "一、联系人信息反馈", bold=True)
    lib.docx_table(doc, [["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"],
                         ["联系人（主）", i["contact"], pkg.company, i["contact_title"], i["phone"], i["email"]],
                         ["联系人（备用）", i["contact2"], pkg.company, i["contact2_title"], i["phone2"], i["email2"]]])
    lib.docx_para(doc, "二、评审会现场地址信息反馈", bold=True)
    lib.docx_para(doc, "具体地址*：" + i["venue"])
    lib.docx_para(doc, "*注：该场地信息将用于工作组安排后续评价工作。", size=9)
    lib.save_docx(doc, path)


# ====================================================================== 附件2 申报表
def _company_rows(pkg):
    i = pkg.info
    rows = [
        ["单位（企业）名称", pkg.company, "单位（企业）代码", i["uscc"]],
        ["成立日期", i["founded"], "注册地及所在行政区", i["reg_addr"]],
        ["企业类型", i["type"], "注册资本", i["capital"]],
        ["主营业务", i["business"], "", ""],
        ["法定代表人", i["legal"], "联系人 / 职务", f'{i["contact"]} / {i["contact_title"]}'],
        ["联系人手机", i["phone"], "传真 / 电子邮箱", f'{i["fax"]} / {i["email"]}'],
    ]
    return rows


def _oper_rows(pkg):
    o = pkg.info["oper"]
    return [["总资产（万元）", "主营业务收入（万元）", "主营业务收入增长率（%）", "负债率（%）", "利润总额（万元）", "税金（万元）"],
            [o["assets"], o["revenue"], o["growth"], o["debt"], o["profit"], o["tax"]]]


def _platform_rows(pkg):
    i = pkg.info
    parts = pkg.rev_parts()[0]
    return [
        ["平台名称", pkg.declared_name],
        ["建设时间", i["build_time_text"]],
        ["平台建设金额（万元）", pkg.display("平台建设金额（万元）")],
        ["平台近三年经营指标情况", "\n".join(parts) + "\n注：此处数据为平台相关收益单列数据，非整个公司财务数据。"],
        ["平台建设方式", i["build_mode_text"]],
        ["平台运营模式", i["op_mode_text"]],
        ["IaaS基础设施", i["iaas_text"]],
        ["部署方式", i["deploy_text"]],
        ["平台网址", f'{i["url"]}（演示账号：{i["account"]}  密码：{i["password"]}）'],
        ["平台基本情况介绍", i["intro"]],
        ["平台建设成效", i["effect"]],
    ]


def shenbaobiao_docx(pkg, path, proof, variant="levels"):
    doc = lib.new_docx(font=pkg.style.get("docx_font", "宋体"))
    i = pkg.info
    lib.docx_para(doc, "附件2", bold=True)
    for _ in range(3):
        doc.add_paragraph()
    lib.docx_para(doc, "上海市工业互联网平台应用水平评价", size=20, bold=True, align="center")
    lib.docx_para(doc, "申报表", size=24, bold=True, align="center")
    doc.add_paragraph()
    for k, v in [("申报年度", "2024年度"), ("平台名称", pkg.declared_name), ("申报单位", pkg.company + "（公章）"),
                 ("联 系 人", i["contact"]), ("联系人电话", i["phone"])]:
        lib.docx_para(doc, f"{k}：{v}", size=14, align="center")
    lib.docx_para(doc, "上海市经济和信息化委员会制", size=12, align="center")
    lib.docx_para(doc, i["form_date"], size=12, align="center")
    doc.add_page_break()
    lib.docx_para(doc, "一、企业基本情况", size=14, bold=True)
    lib.docx_table(doc, _company_rows(pkg), merges=[(3, 1, 3, 3)])
    lib.docx_para(doc, "股权结构", bold=True)
    lib.docx_table(doc, [["发起人及出资信息", "金额", "持股比例"]] + i["holders"])
    lib.docx_para(doc, "申报单位上一年度经营状况（2023年）" + i.get("oper_note", ""), bold=True)
    lib.docx_table(doc, _oper_rows(pkg))
    lib.docx_para(doc, "二、平台基本情况", size=14, bold=True)
    lib.docx_table(doc, _platform_rows(pkg), widths_cm=[3.5, 13])
    doc.add_page_break()
    lib.docx_para(doc, "三、上海市工业互联网平台应用水平评价指标明细表", size=14, bold=True)
    rows = pkg.form_rows(proof)
    if variant == "levels":
        data = [["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]]
        data += [list(r) for r in rows]
    elif variant == "l3":
        data = [["三级指标", "内容", "平台实际情况", "证明资料"]]
        data += [[r[2], r[3], r[4], r[5]] for r in rows]
    else:  # seq
        data = [["序号", "指标内容", "证明资料", "平台实际情况"]]
        data += [[str(k + 1), r[3], r[5], r[4]] for k, r in enumerate(rows)]
    lib.docx_table(doc, data, size=8)
    lib.docx_para(doc, "")
    lib.docx_para(doc, f"申报单位（盖章）：{pkg.company}", align="right")
    lib.docx_para(doc, i["form_date"], align="right")
    lib.save_docx(doc, path)


def shenbaobiao_xlsx(pkg, path, proof):
    wb = Workbook()
    i = pkg.info
    ws = wb.active
    ws.title = "封面及基本情况"
    ws["A1"] = "上海市工业互联网平台应用水平评价申报表（2024年度）"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:F1")
    r = 3
    for k, v in [("平台名称", pkg.declared_name), ("申报单位", pkg.company), ("联系人", i["contact"]),
                 ("联系人电话", i["phone"])]:
        ws.cell(r, 1, k)
        ws.cell(r, 2, v)
        r += 1
    r += 1
    ws.cell(r, 1, "一、企业基本情况").font = Font(bold=True)
    r += 1
    for row in _company_rows(pkg):
        for j, v in enumerate(row):
            ws.cell(r, j + 1, v).border = BOX
        r += 1
    ws.cell(r, 1, "股权结构").font = Font(bold=True)
    r += 1
    for row in [["发起人及出资信息", "金额", "持股比例"]] + i["holders"]:
        for j, v in enumerate(row):
            ws.cell(r, j + 1, v).border = BOX
        r += 1
    ws.cell(r, 1, "申报单位上一年度经营状况（2023年）" + i.get("oper_note", "")).font = Font(bold=True)
    r += 1
    for row in _oper_rows(pkg):
        for j, v in enumerate(row):
            ws.cell(r, j + 1, v).border = BOX
        r += 1
    for col, w in zip("ABCDEF", (22, 40, 22, 30, 18, 14)):
        ws.column_dimensions[col].width = w
    ws2 = wb.create_sheet("二、平台基本情况")
    for k, (a, b) in enumerate(_platform_rows(pkg), 1):
        ws2.cell(k, 1, a).border = BOX
        c = ws2.cell(k, 2, b)
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="top")
    ws2.column_dimensions["A"].width = 22
    ws2.column_dimensions["B"].width = 90
    ws3 = wb.create_sheet("三、指标明细表")
    hdr = ["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]
    for j, h in enumerate(hdr, 1):
        c = ws3.cell(1, j, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
    prev = [None, None, None]
    for k, row in enumerate(pkg.form_rows(proof), 2):
        for j, v in enumerate(row, 1):
            if j <= 3 and prev[j - 1] == v:
                continue  # merged-looking: only first occurrence written
            ws3.cell(k, j, v).alignment = Alignment(wrap_text=True, vertical="top")
        prev = list(row[:3])
    for col, w in zip("ABCDEF", (16, 18, 20, 40, 60, 30)):
        ws3.column_dimensions[col].width = w
    lib.save_xlsx(wb, path)


def shenbaobiao_scan(pkg, path, proof, seed, seal_text, max_rows=None):
    """Stamped scan of the 申报表 (drawn anew, as printed from the Word file)."""
    i = pkg.info
    font = "STSong-Light"
    st = [Spacer(1, 40 * mm), P("附件2", size=11), P("上海市工业互联网平台应用水平评价", size=20, align=TA_CENTER, lead=30),
          P("申报表", size=26, align=TA_CENTER, lead=40), Spacer(1, 20 * mm)]
    for k, v in [("申报年度", "2024年度"), ("平台名称", pkg.declared_name), ("申报单位", pkg.company + "（公章）"),
                 ("联 系 人", i["contact"]), ("联系人电话", i["phone"])]:
        st.append(P(f"{k}：{v}", size=13, align=TA_CENTER, lead=24))
    st += [Spacer(1, 25 * mm), P("上海市经济和信息化委员会制", size=12, align=TA_CENTER), P(i["form_date"], size=12, align=TA_CENTER),
           PageBreak(), P("一、企业基本情况", size=13)]
    st.append(T(_company_rows(pkg), [30, 55, 32, 53], size=8.5))
    st.append(Spacer(1, 3 * mm))
    st.append(T([["发起人及出资信息", "金额", "持股比例"]] + i["holders"], [90, 45, 35], size=8.5))
    st.append(Spacer(1, 3 * mm))
    st.append(P("申报单位上一年度经营状况（2023年）" + i.get("oper_note", ""), size=10))
    st.append(T(_oper_rows(pkg), [30, 30, 30, 25, 30, 25], size=8.5))
    st.append(Spacer(1, 4 * mm))
    st.append(P("二、平台基本情况", size=13))
    st.append(T([[a, b.replace("\n", "<br/>")] for a, b in _platform_rows(pkg)], [35, 135], size=8.5))
    st += [PageBreak(), P("三、上海市工业互联网平台应用水平评价指标明细表", size=13)]
    rows = [["三级指标", "内容", "平台实际情况", "证明资料"]] + [[r[2], r[3], r[4], r[5]] for r in pkg.form_rows(proof)]
    st.append(T(rows, [26, 48, 66, 30], size=7.5))
    st += [Spacer(1, 8 * mm), P(f"申报单位（盖章）：{pkg.company}", size=11, align=TA_RIGHT),
           P(i["form_date"], size=11, align=TA_RIGHT)]
    data = build_pdf(None, st, font=font,
                     footer=lambda n: f"- {n} -")
    n = len(lib.rasterize(data, 0.3))
    seals = {0: [(0.62, 0.53, 150, seal_text, "")], n - 1: [(0.74, 0.80, 150, seal_text, "")]}
    lib.scan_pdf(data, path, seed, seals=seals, bw_pages=tuple(range(1, n - 1)))
    return n


# ====================================================================== 附件3 申报书
def shenbaoshu_docx(pkg, path, sections):
    """sections: list of (heading, [paragraphs or ('table', rows)])"""
    doc = lib.new_docx(font=pkg.style.get("docx_font", "宋体"), size=11)
    i = pkg.info
    lib.docx_para(doc, "附件3", bold=True)
    for _ in range(3):
        doc.add_paragraph()
    lib.docx_para(doc, "上海市工业互联网平台应用水平评价", size=20, bold=True, align="center")
    lib.docx_para(doc, "申报书", size=24, bold=True, align="center")
    doc.add_paragraph()
    for k, v in [("申报年度", "2024年度"), ("平台名称", pkg.declared_name), ("申报单位", pkg.company + "（公章）"),
                 ("联 系 人", i["contact"]), ("联系人电话", i["phone"])]:
        lib.docx_para(doc, f"{k}：{v}", size=14, align="center")
    lib.docx_para(doc, "上海市经济和信息化委员会制", size=12, align="center")
    lib.docx_para(doc, i["form_date"], size=12, align="center")
    doc.add_page_break()
    for head, paras in sections:
        lib.docx_para(doc, head, size=14, bold=True, font="黑体")
        for p in paras:
            if isinstance(p, tuple) and p[0] == "table":
                lib.docx_table(doc, p[1], size=9)
            elif isinstance(p, tuple) and p[0] == "h2":
                lib.docx_para(doc, p[1], size=12, bold=True, font="楷体")
            else:
                lib.docx_para(doc, p, indent=True)
    lib.save_docx(doc, path)


def shenbaoshu_pdf(pkg, path, sections, font="WQY"):
    i = pkg.info
    st = [Spacer(1, 45 * mm), P("上海市工业互联网平台应用水平评价", font=font, size=20, align=TA_CENTER, lead=30),
          P("申报书", font=font, size=26, align=TA_CENTER, lead=40), Spacer(1, 25 * mm)]
    for k, v in [("申报年度", "2024年度"), ("平台名称", pkg.declared_name), ("申报单位", pkg.company + "（公章）"),
                 ("联 系 人", i["contact"]), ("联系人电话", i["phone"])]:
        st.append(P(f"{k}：{v}", font=font, size=13, align=TA_CENTER, lead=24))
    st += [Spacer(1, 30 * mm), P("上海市经济和信息化委员会制", font=font, size=12, align=TA_CENTER),
           P(i["form_date"], font=font, size=12, align=TA_CENTER), PageBreak()]
    for head, paras in sections:
        st.append(P(head, font=font, size=14, lead=24))
        for p in paras:
            if isinstance(p, tuple) and p[0] == "table":
                n = len(p[1][0])
                st.append(T(p[1], [170 / n] * n, font=font, size=8.5))
                st.append(Spacer(1, 2 * mm))
            elif isinstance(p, tuple) and p[0] == "h2":
                st.append(P(p[1], font=font, size=11.5, lead=20))
            else:
                st.append(P(p, font=font, size=10.5, indent=21))
    build_pdf(path, st, font=font, footer=lambda n: f"第 {n} 页" if n > 1 else "")


# ====================================================================== 附件4 汇总表
def huizong_xlsx(pkg, path, horizontal=False, with_header=True):
    wb = Workbook()
    ws = wb.active
    ws.title = "平台基本情况汇总表"
    if horizontal:
        for j, lab in enumerate(LABELS, 1):
            ws.cell(1, j, lab).font = Font(bold=True)
            ws.cell(1, j).alignment = Alignment(wrap_text=True)
            ws.cell(2, j, pkg.applicant_summary(lab))
    else:
        r = 1
        if with_header:
            ws.cell(1, 1, "附件4  平台基本情况汇总表").font = Font(bold=True, size=13)
            ws.merge_cells("A1:B1")
            r = 2
        for lab in LABELS:
            ws.cell(r, 1, lab).border = BOX
            c = ws.cell(r, 2, pkg.applicant_summary(lab))
            c.border = BOX
            c.alignment = Alignment(wrap_text=True)
            r += 1
        ws.column_dimensions["A"].width = 46
        ws.column_dimensions["B"].width = 80
    lib.save_xlsx(wb, path)


def huizong_docx(pkg, path):
    doc = lib.new_docx()
    lib.docx_para(doc, "附件4", bold=True)
    lib.docx_para(doc, "平台基本情况汇总表", size=16, bold=True, align="center")
    lib.docx_table(doc, [["项目", "内容"]] + [[lab, pkg.applicant_summary(lab)] for lab in LABELS], size=9)
    lib.save_docx(doc, path)


# ====================================================================== 附件5 承诺
def _commit_story(pkg):
    return [Spacer(1, 20 * mm), P("附件5", size=12), Spacer(1, 8 * mm), P("真实性承诺", size=20, align=TA_CENTER, lead=30),
            Spacer(1, 12 * mm),
            P("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，"
              "如有不实，愿承担相应的法律责任及由此产生的一切后果。", size=14, lead=28, indent=28),
            P("特此承诺。", size=14, lead=28, indent=28), Spacer(1, 40 * mm),
            P(f"申报单位：{pkg.company}（盖章）", size=13, lead=26, align=TA_RIGHT),
            P("法定代表人：　　　　　　（签章）", size=13, lead=26, align=TA_RIGHT),
            P(pkg.info["commit_date"], size=13, lead=26, align=TA_RIGHT)]


def chengnuo_scan(pkg, path, seed, seal_text):
    data = build_pdf(None, _commit_story(pkg))

    def sign(im):
        lib.signature(im, im.width * 0.62, im.height * 0.595, pkg.info["legal"], seed=seed)
    lib.scan_pdf(data, path, seed, seals={0: [(0.70, 0.56, 150, seal_text, "")]}, extra={0: sign})


def chengnuo_docx(pkg, path):
    doc = lib.new_docx(size=14)
    lib.docx_para(doc, "附件5", bold=True)
    lib.docx_para(doc, "真实性承诺", size=20, bold=True, align="center")
    lib.docx_para(doc, "我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、"
                       "完整，如有不实，愿承担相应的法律责任及由此产生的一切后果。", indent=True, size=14)
    lib.docx_para(doc, "特此承诺。", indent=True, size=14)
    for t in [f"申报单位：{pkg.company}（盖章）", f"法定代表人：{pkg.info['legal']}（签章）", pkg.info["commit_date"]]:
        lib.docx_para(doc, t, align="right", size=14)
    lib.save_docx(doc, path)


# ====================================================================== screenshots (PIL)
def dashboard_png(pkg, path, rel, title, tiles, seed, size=(1600, 900), theme="dark", footer_text="", bars=True):
    """tiles: [(caption, value_text, unit)] drawn on a dashboard; records drawn text."""
    rnd = random.Random(seed)
    W, H = size
    bg = (14, 26, 48) if theme == "dark" else (242, 245, 250)
    fg = (230, 238, 255) if theme == "dark" else (30, 40, 60)
    acc = (56, 189, 248) if theme == "dark" else (22, 119, 255)
    img = Image.new("RGB", size, bg)
    d = ImageDraw.Draw(img)
    f_title = ImageFont.truetype(lib.WQY, 34, index=0)
    f_cap = ImageFont.truetype(lib.WQY, 22, index=0)
    f_val = ImageFont.truetype(lib.NOTO_SANS, 48, index=2)
    f_small = ImageFont.truetype(lib.WQY, 16, index=0)
    d.rectangle([0, 0, W, 70], fill=(10, 18, 34) if theme == "dark" else (255, 255, 255))
    d.text((30, 16), title, font=f_title, fill=fg)
    d.text((W - 330, 26), "数据更新时间：" + pkg.info["shot_time"], font=f_small, fill=fg)
    cols = 3 if len(tiles) > 4 else 2 if len(tiles) <= 2 else len(tiles)
    cols = min(cols, 4)
    tw = (W - 60 - (cols - 1) * 20) // cols
    th = 150
    for k, (cap, val, unit) in enumerate(tiles):
        x = 30 + (k % cols) * (tw + 20)
        y = 100 + (k // cols) * (th + 20)
        d.rounded_rectangle([x, y, x + tw, y + th], 12, fill=(24, 44, 78) if theme == "dark" else (255, 255, 255),
                            outline=acc, width=2)
        d.text((x + 20, y + 16), cap, font=f_cap, fill=fg)
        d.text((x + 20, y + 58), val, font=f_val, fill=acc)
        vw = d.textlength(val, font=f_val)
        d.text((x + 30 + vw, y + 82), unit, font=f_cap, fill=fg)
        pkg.draw(rel, 1, f"{cap} {val} {unit}")
    y0 = 100 + ((len(tiles) + cols - 1) // cols) * (th + 20) + 10
    if bars and y0 < H - 120:
        d.text((30, y0), "近12个月设备在线趋势", font=f_cap, fill=fg)
        base = H - 60
        for m in range(12):
            h = int((H - y0 - 120) * rnd.uniform(0.45, 0.95))
            x = 40 + m * ((W - 80) // 12)
            d.rectangle([x, base - h, x + 50, base], fill=acc)
            d.text((x + 6, base + 8), f"{m + 1}月", font=f_small, fill=fg)
    if footer_text:
        d.text((30, H - 28), footer_text, font=f_small, fill=fg)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(path, "PNG", optimize=False)
    return img


# ====================================================================== evidence: IP list (text PDF)
def ip_list_pdf(pkg, path, patents, softs, font="STSong-Light", one_table=False):
    st = [P(f"{pkg.company}", font=font, size=11), P("平台核心软硬件技术知识产权清单", font=font, size=16, align=TA_CENTER, lead=26),
          Spacer(1, 3 * mm), P(f"截至{pkg.info['ip_date']}，权利人均为{pkg.company}。", font=font, size=10)]
    st.append(P(f"一、发明专利及实用新型专利（共{len(patents)}项）", font=font, size=12, lead=20))
    st.append(T([["序号", "专利名称", "专利类型", "专利号", "授权公告日", "权利人"]] +
                [[k + 1] + list(p) + [pkg.company] for k, p in enumerate(patents)], [10, 56, 18, 36, 22, 28], font=font, size=7.5))
    st.append(Spacer(1, 4 * mm))
    if not one_table:
        st.append(PageBreak())
    st.append(P(f"二、计算机软件著作权（共{len(softs)}项）", font=font, size=12, lead=20))
    st.append(T([["序号", "软件名称", "登记号", "首次发表日期", "著作权人"]] +
                [[k + 1] + list(s) + [pkg.company] for k, s in enumerate(softs)], [10, 74, 34, 24, 28], font=font, size=7.5))
    build_pdf(path, st, font=font, header=lambda n: f"{pkg.company}　知识产权清单", footer=lambda n: f"{n}")


def gen_patents(seed, n, topics, prefix="ZL"):
    rnd = random.Random(seed)
    out = []
    for k in range(n):
        t = topics[k % len(topics)]
        kind = "发明专利" if rnd.random() < 0.7 else "实用新型"
        year = rnd.choice([2018, 2019, 2020, 2021, 2022, 2023])
        no = f"{prefix} {year} {'1' if kind == '发明专利' else '2'} {rnd.randint(10000000, 99999999)}.{rnd.randint(0, 9)}"
        date = f"{year + 1}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
        out.append((t + ["方法", "系统", "装置及方法", "方法及系统"][k % 4] if k >= len(topics) else t, kind, no, date))
    return out


def gen_softs(seed, n, names):
    rnd = random.Random(seed)
    out = []
    for k in range(n):
        nm = names[k % len(names)]
        v = f"V{1 + k // len(names)}.{rnd.randint(0, 9)}"
        year = rnd.choice([2019, 2020, 2021, 2022, 2023])
        out.append((f"{nm}软件{v}", f"{year}SR{rnd.randint(1000000, 1999999)}", f"{year}年{rnd.randint(1, 12)}月{rnd.randint(1, 28)}日"))
    return out


# ====================================================================== evidence: third-party test report (text PDF)
def test_report_pdf(pkg, path, lab, report_no, date_cn, items, font="STSong-Light", extra_pages=()):
    """items: [(检测项目, 技术要求, 检测结果, 结论)]; returns the page number of the results table."""
    st = [Spacer(1, 30 * mm), P(f"报告编号：{report_no}", font=font, size=10, align=TA_RIGHT),
          Spacer(1, 20 * mm), P("检 测 报 告", font=font, size=28, align=TA_CENTER, lead=40), Spacer(1, 20 * mm),
          T([["产品名称", pkg.declared_name], ["委托单位", pkg.company], ["检测类别", "委托检测（平台能力评估）"],
             ["检测依据", "GB/T 25000.51-2016、GB/T 23031.1-2023及委托方技术要求"]], [35, 115], font=font, size=11, header_rows=0),
          Spacer(1, 40 * mm), P(lab["name"], font=font, size=14, align=TA_CENTER, lead=22), P(date_cn, font=font, size=12, align=TA_CENTER),
          PageBreak(),
          P("注 意 事 项", font=font, size=14, align=TA_CENTER, lead=22),
          P("1. 报告无本中心“检验检测专用章”或骑缝章无效。", font=font, size=10.5),
          P("2. 报告无编制、审核、批准人签字无效；报告涂改无效。", font=font, size=10.5),
          P("3. 本报告仅对所检平台在检测期间的状态负责，检测数据截至检测日期。", font=font, size=10.5),
          P("4. 对检测报告若有异议，应于收到报告之日起十五日内向检测单位提出。", font=font, size=10.5),
          Spacer(1, 6 * mm), P(f"地址：{lab['addr']}　　电话：{lab['tel']}", font=font, size=10.5),
          PageBreak(),
          P("检测结论", font=font, size=14, align=TA_CENTER, lead=22),
          T([["受检平台", pkg.declared_name], ["平台网址", pkg.info["url"]],
             ["检测时间", lab["period"]], ["检测环境", lab["env"]],
             ["检测结论", "经检测，所检项目均符合委托方提出的技术要求。（以下空白）"]], [35, 135], font=font, size=10.5, header_rows=0),
          Spacer(1, 6 * mm),
          P("编制：" + lab["people"][0] + "　　审核：" + lab["people"][1] + "　　批准：" + lab["people"][2], font=font, size=10.5),
          PageBreak(),
          P("检测结果", font=font, size=14, align=TA_CENTER, lead=22),
          T([["序号", "检测项目", "技术要求", "检测结果", "结论"]] + [[k + 1] + list(it) for k, it in enumerate(items)],
            [12, 46, 44, 46, 18], font=font, size=9.5),
          Spacer(1, 4 * mm), P("注：平台数据以检测期间平台运营管理后台统计结果为准，测试账号由委托方提供。", font=font, size=9)]
    for ep in extra_pages:
        st += [PageBreak()] + ep
    build_pdf(path, st, font=font, header=lambda n: f"{lab['short']}　报告编号：{report_no}" if n > 1 else "",
              footer=lambda n: f"第 {n} 页 共 {4 + len(extra_pages)} 页")
    return 4


# ====================================================================== evidence: customer letters (scan)
def letters_scan(pkg, path, rel, letters, seed, intro_title, intro_note=""):
    """letters: [dict(customer, addr, service, date, factory)] one per page, each stamped by its customer;
    page 1 is the index with the count."""
    n = len(letters)
    font = "STSong-Light"
    st = [Spacer(1, 15 * mm), P(intro_title, size=16, align=TA_CENTER, lead=26),
          P(f"（共{n}份）", size=12, align=TA_CENTER, lead=22), Spacer(1, 6 * mm),
          T([["序号", "出具单位", "服务内容", "出具日期"]] +
            [[k + 1, l["customer"], l["service_short"], l["date"]] for k, l in enumerate(letters)], [12, 60, 70, 28], size=9.5)]
    if intro_note:
        st += [Spacer(1, 4 * mm), P(intro_note, size=10)]
    pkg.draw(rel, 1, intro_title + f" （共{n}份）")
    for k, l in enumerate(letters):
        st += [PageBreak(), Spacer(1, 15 * mm), P("证　明　函", size=22, align=TA_CENTER, lead=34), Spacer(1, 8 * mm),
               P(f"致：{pkg.company}", size=12, lead=22), Spacer(1, 3 * mm),
               P(l["body"], size=12, lead=24, indent=24),
               P("特此证明。", size=12, lead=24, indent=24), Spacer(1, 30 * mm),
               P(f"证明单位：{l['customer']}（盖章）", size=12, lead=24, align=TA_RIGHT),
               P(l["date"], size=12, lead=24, align=TA_RIGHT)]
    data = build_pdf(None, st, font=font)
    seals = {k + 1: [(0.72, 0.50, 135, letters[k]["customer"], l.get("seal_bottom", ""))] for k, l in enumerate(letters)}
    lib.scan_pdf(data, path, seed, seals=seals)
    for k, l in enumerate(letters):
        pkg.draw(rel, k + 2, l["body"])


# ====================================================================== evidence: generic scan from a story
def story_scan(path, story, seed, seals=None, bw_pages=(), font="STSong-Light", pagesize=lib.A4, extra=None):
    data = build_pdf(None, story, font=font, pagesize=pagesize)
    lib.scan_pdf(data, path, seed, seals=seals, bw_pages=bw_pages, extra=extra)
    return data


# ====================================================================== evidence: contract list (xlsx)
def contract_rows(seed, customers, total_recognised, n, year=2023, amount_factor=(1.05, 1.6)):
    """n contracts whose 2023 recognised revenue sums exactly to total_recognised (万元)."""
    rnd = random.Random(seed)
    w = [rnd.uniform(0.3, 3.0) for _ in range(n)]
    s = sum(w)
    cents = int(round(total_recognised * 100))
    vals = [int(cents * x / s) for x in w]
    vals[0] += cents - sum(vals)
    rows = []
    for k in range(n):
        rec = vals[k] / 100
        amt = round(rec * rnd.uniform(*amount_factor), 2)
        cust = customers[k % len(customers)]
        m = rnd.randint(1, 12)
        rows.append(dict(no=f"HT-{year - 1 if m > 9 else year}-{rnd.randint(100, 999)}", customer=cust,
                         date=f"{year - 1 if m > 10 else year}-{m:02d}-{rnd.randint(1, 28):02d}", amount=amt, recognised=rec))
    return rows


def contracts_xlsx(pkg, path, title, rows, services, recognised_header, amount_header="合同金额（万元）", note=""):
    wb = Workbook()
    ws = wb.active
    ws.title = "2023年度合同清单"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:G1")
    hdr = ["序号", "合同编号", "客户名称", "服务内容", "签订日期", amount_header, recognised_header]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(2, j, h)
        c.font = Font(bold=True)
        c.border = BOX
        c.fill = PatternFill("solid", fgColor="E2EFDA")
    r = 3
    for k, row in enumerate(rows):
        vals = [k + 1, row["no"], row["customer"], services[k % len(services)], row["date"], row["amount"], row["recognised"]]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v)
            c.border = BOX
            if j >= 6:
                c.number_format = "#,##0.00"
        r += 1
    tot_amt = round(sum(x["amount"] for x in rows), 2)
    tot_rec = round(sum(x["recognised"] for x in rows), 2)
    ws.cell(r, 1, "合计").font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
    ws.cell(r, 6, tot_amt).number_format = "#,##0.00"
    ws.cell(r, 7, tot_rec).number_format = "#,##0.00"
    for j in range(1, 8):
        ws.cell(r, j).border = BOX
    if note:
        ws.cell(r + 2, 1, note)
    for col, w in zip("ABCDEFG", (6, 16, 40, 30, 12, 18, 22)):
        ws.column_dimensions[col].width = w
    lib.save_xlsx(wb, path)
    return tot_amt, tot_rec


# ====================================================================== evidence: device statistics (xlsx)
def device_xlsx(pkg, path, cat_header, region_title="按区域统计", date_note=""):
    v = pkg.v
    wb = Workbook()
    ws = wb.active
    ws.title = "按设备类别"
    ws["A1"] = f"{pkg.declared_name}接入设备统计（{date_note}）"
    ws["A1"].font = Font(bold=True)
    hdr = [cat_header, "接入设备数（台/套）", "其中：公有云接入（台/套）", "公有云日均运行（台/套）"]
    for j, h in enumerate(hdr, 1):
        ws.cell(2, j, h).font = Font(bold=True)
    r = 3
    cat = v["按二级分类统计工业设备数量（台/套）"]
    pub = v["按二级分类统计公有云工业设备数量（台/套）"]
    run = v["按二级分类统计公有云工业设备平均日运行数量（台/套）"]
    for k in cat:
        for j, x in enumerate([k, cat[k], pub.get(k, 0), run.get(k, 0)], 1):
            ws.cell(r, j, x)
        r += 1
    ws.cell(r, 1, "合计")
    ws.cell(r, 2, sum(cat.values()))
    ws.cell(r, 3, sum(pub.values()))
    ws.cell(r, 4, sum(run.values()))
    ws2 = wb.create_sheet(region_title)
    for j, h in enumerate(["区域", "接入设备数（台/套）", "其中：公有云接入（台/套）", "公有云日均运行（台/套）"], 1):
        ws2.cell(1, j, h).font = Font(bold=True)
    reg = v["按省市区域统计工业设备数量（台/套）"]
    preg = v["按省市区域统计公有云工业设备数量（台/套）"]
    rreg = v["按省市区域统计公有云工业设备平均日运行数量（台/套）"]
    r = 2
    for k in reg:
        for j, x in enumerate([k, reg[k], preg.get(k, 0), rreg.get(k, 0)], 1):
            ws2.cell(r, j, x)
        r += 1
    ws2.cell(r, 1, "合计")
    ws2.cell(r, 2, sum(reg.values()))
    ws2.cell(r, 3, sum(preg.values()))
    ws2.cell(r, 4, sum(rreg.values()))
    for w in (ws, ws2):
        w.column_dimensions["A"].width = 24
        for c in "BCD":
            w.column_dimensions[c].width = 22
    lib.save_xlsx(wb, path)
    return sum(cat.values()), sum(pub.values()), sum(run.values())
