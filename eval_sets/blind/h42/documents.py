"""附件1/2/3/4/5 of an h42 package, rendered from a model.Package."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from . import render as R
from .model import FORM_ROWS, SUMMARY_LABELS, Package


def _basic_rows(pkg: Package):
    i = pkg.info
    return [
        ["单位（企业）名称", pkg.company, "单位（企业）代码", i["uscc"]],
        ["成立日期", i["founded"], "注册地及所在行政区", i["reg_addr"]],
        ["企业类型", i["type"], "注册资本", i["capital"]],
        ["主营业务", i["business"], "", ""],
        ["法定代表人", i["legal"], "联系人 / 职务", f"{i['contact']} / {i['title']}"],
        ["联系人手机", i["phone"], "电子邮箱", i["email"]],
        ["股权结构（发起人及出资信息 / 金额 / 持股比例）", i["equity"], "", ""],
        ["申报单位上一年度经营状况（2023年）", "", "", ""],
        ["总资产（万元）", i["assets"], "主营业务收入（万元）", i["main_rev"]],
        ["主营业务收入增长率（%）", i["main_growth"], "负债率（%）", i["debt"]],
        ["利润总额（万元）", i["company_profit"], "税金（万元）", i["tax"]],
    ]


def _checks(options, chosen, extra=None):
    out = []
    for o in options:
        mark = "☑" if o in chosen else "□"
        txt = o
        if extra and o in extra:
            txt += f"，{extra[o]}"
        out.append(mark + txt)
    return "  ".join(out)


def _platform_rows(pkg: Package):
    i, n = pkg.info, pkg.n
    s = pkg.summary
    dep = s["部署方式"][0]
    return [
        ["平台名称", pkg.declared_name],
        ["建设时间", i["build_text"]],
        ["平台建设金额（万元）", s["平台建设金额（万元）"][0]],
        ["平台近三年经营指标情况",
         f"2021年平台营收{n['r21']:.2f}万元/增长率{i['g21']:.2f}%\n2022年平台营收{n['r22']:.2f}万元/增长率{n['g22']:.2f}%\n"
         f"2023年平台营收{n['r23']:.2f}万元/增长率{n['g23']:.2f}%\n注：此处数据已将平台相关收益单列，而非整个公司的财务数据。"],
        ["平台建设方式", _checks(["自建", "合作共建"], [s["平台建设方式"][0]])],
        ["平台运营模式", _checks(["自运营", "联合运营", "委托运营"], [s["平台运营模式"][0]])],
        ["IaaS基础设施", i["iaas"]],
        ["部署方式", _checks(["边缘侧", "私有云", "公有云", "混合云"], dep.split("、"))],
        ["平台网址", f"{i['url']}（评审账号：{i['account']}，密码：{i['password']}）"],
        ["平台基本情况介绍", i["intro"]],
        ["平台建设成效", i["effect"]],
    ]


def form_docx(pkg: Package, path: Path, proof_first: bool = False):
    doc = R.new_docx(pkg.info.get("form_font", "宋体"))
    R.d_title(doc, "上海市工业互联网平台应用水平评价", 18)
    R.d_title(doc, "申报表", 22)
    for k, v in [("申报年度", "2024年度"), ("平台名称", pkg.declared_name), ("申报单位", pkg.company + "（公章）"),
                 ("联系人", pkg.info["contact"]), ("联系人电话", pkg.info["phone"])]:
        doc.add_paragraph(f"{k}：{v}")
    doc.add_paragraph("上海市经济和信息化委员会制")
    doc.add_paragraph(pkg.fill_date)
    doc.add_page_break()
    doc.add_paragraph("一、企业基本情况")
    R.d_table(doc, _basic_rows(pkg))
    doc.add_paragraph("二、平台基本情况")
    R.d_table(doc, _platform_rows(pkg))
    doc.add_page_break()
    doc.add_paragraph("三、上海市工业互联网平台应用水平评价指标明细表")
    if proof_first:
        rows = [["一级指标", "二级指标", "三级指标", "内容", "证明资料", "平台实际情况"]]
        rows += [[a, b, c, d, pkg.proofs.get(d, ""), pkg.cells[d]] for a, b, c, d in FORM_ROWS]
    else:
        rows = [["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]]
        rows += [[a, b, c, d, pkg.cells[d], pkg.proofs.get(d, "")] for a, b, c, d in FORM_ROWS]
    R.d_table(doc, rows, merge_runs_cols=(0, 1, 2))
    R.save_docx(doc, path, "申报表")


def form_xlsx(pkg: Package, path: Path):
    wb = Workbook()
    ws = wb.active
    ws.title = "封面及基本情况"
    rows = [["上海市工业互联网平台应用水平评价申报表"], ["申报年度", "2024年度"], ["平台名称", pkg.declared_name],
            ["申报单位", pkg.company], ["联系人", pkg.info["contact"]], ["联系人电话", pkg.info["phone"]],
            ["填表日期", pkg.fill_date], [], ["一、企业基本情况"]]
    rows += _basic_rows(pkg)
    rows += [[], ["二、平台基本情况"]]
    rows += _platform_rows(pkg)
    R.ws_rows(ws, rows, widths=[30, 60, 22, 36])
    ws2 = wb.create_sheet("指标明细表")
    rows = [["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]]
    prev = [None, None, None]
    merges = {0: [], 1: [], 2: []}
    for idx, (a, b, c, d) in enumerate(FORM_ROWS):
        r = idx + 2
        for k, v in enumerate((a, b, c)):
            if v != prev[k] or (k > 0 and (a, b, c)[k - 1] != prev[k - 1]):
                merges[k].append([r, r])
            else:
                merges[k][-1][1] = r
        prev = [a, b, c]
        rows.append([a, b, c, d, pkg.cells[d], pkg.proofs.get(d, "")])
    R.ws_rows(ws2, rows, widths=[16, 18, 20, 36, 60, 36], bold_first=True)
    for k, runs in merges.items():
        col = chr(65 + k)
        for s, e in runs:
            if e > s:
                ws2.merge_cells(f"{col}{s}:{col}{e}")
    R.save_xlsx(wb, path, "申报表")


def form_scan(pkg: Package, path: Path, tmp: Path, seed: int):
    """Stamped scan of the 申报表: our own PDF of the form, rasterised, seal on cover and last page."""
    st = R.styles(9)
    pages = []
    cover = [Spacer(1, 40 * mm), Paragraph("上海市工业互联网平台应用水平评价", st["h1"]),
             Paragraph("申报表", st["h1"]), Spacer(1, 20 * mm)]
    for k, v in [("申报年度", "2024年度"), ("平台名称", pkg.declared_name), ("申报单位", pkg.company + "（公章）"),
                 ("联系人", pkg.info["contact"]), ("联系人电话", pkg.info["phone"])]:
        cover.append(Paragraph(f"{k}：{v}", st["h2"]))
    cover += [Spacer(1, 30 * mm), Paragraph("上海市经济和信息化委员会制", st["c"]), Paragraph(pkg.fill_date, st["c"])]
    pages.append(cover)
    basic = [[a, b, c, d] for a, b, c, d in _basic_rows(pkg)]
    pages.append([Paragraph("一、企业基本情况", st["h2"]), R.pdf_table(basic, [38 * mm, 52 * mm, 32 * mm, 48 * mm], 8, False)])
    plat = [[a, b] for a, b in _platform_rows(pkg)]
    pages.append([Paragraph("二、平台基本情况", st["h2"]), R.pdf_table(plat, [36 * mm, 134 * mm], 7.5, False)])
    chunk = 16
    for k in range(0, len(FORM_ROWS), chunk):
        rows = [["三级指标", "内容", "平台实际情况", "证明资料"]]
        for a, b, c, d in FORM_ROWS[k:k + chunk]:
            cell = pkg.cells[d]
            rows.append([c, d, cell, pkg.proofs.get(d, "")])
        fl = [R.pdf_table(rows, [24 * mm, 40 * mm, 70 * mm, 36 * mm], 6.5)]
        if k == 0:
            fl.insert(0, Paragraph("三、上海市工业互联网平台应用水平评价指标明细表", st["h2"]))
        pages.append(fl)
    pages[-1].append(Spacer(1, 8 * mm))
    pages[-1].append(Paragraph(f"申报单位（盖章）：{pkg.company}        {pkg.fill_date}", st["p"]))
    src = tmp / (path.stem + "_src.pdf")
    R.build_pdf(src, pages, strict=False)
    s = R.seal(pkg.company)
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(str(src))
    last = len(doc) - 1
    doc.close()
    R.scan_pdf(src, path, seed, {0: s, last: s})


def summary_xlsx(pkg: Package, path: Path, horizontal: bool = False, with_no_col: bool = False):
    wb = Workbook()
    ws = wb.active
    ws.title = "平台基本情况汇总表"
    if horizontal:
        ws.cell(row=1, column=1, value="附件4 平台基本情况汇总表").font = Font(bold=True)
        for j, lab in enumerate(SUMMARY_LABELS):
            c = ws.cell(row=2, column=j + 1, value=lab)
            c.alignment = Alignment(wrap_text=True)
            v = pkg.summary[lab][0]
            ws.cell(row=3, column=j + 1, value=_cellval(v))
    else:
        ws.cell(row=1, column=1, value="平台基本情况汇总表").font = Font(bold=True)
        r = 2
        for k, lab in enumerate(SUMMARY_LABELS):
            vals = ([k + 1] if with_no_col else []) + [lab, _cellval(pkg.summary[lab][0])]
            for j, v in enumerate(vals):
                ws.cell(row=r, column=j + 1, value=v).alignment = Alignment(wrap_text=True)
            r += 1
        ws.column_dimensions["A"].width = 8 if with_no_col else 42
        ws.column_dimensions["B"].width = 42 if with_no_col else 70
        ws.column_dimensions["C"].width = 70
    R.save_xlsx(wb, path, "平台基本情况汇总表")


def _cellval(v: str):
    try:
        if v.isdigit():
            return int(v)
        if v.replace(".", "", 1).isdigit() and "." in v:
            return v  # keep 2-decimal text as written
    except AttributeError:
        pass
    return v


def summary_docx(pkg: Package, path: Path):
    doc = R.new_docx("仿宋")
    R.d_title(doc, "附件4", 12, center=False)
    R.d_title(doc, "平台基本情况汇总表", 16)
    R.d_table(doc, [[lab, pkg.summary[lab][0]] for lab in SUMMARY_LABELS])
    R.save_docx(doc, path, "平台基本情况汇总表")


def contacts_docx(pkg: Package, path: Path):
    i = pkg.info
    doc = R.new_docx()
    R.d_title(doc, "附件1", 12, center=False)
    R.d_title(doc, "联系人信息反馈表", 16)
    doc.add_paragraph("2024年度上海市工业互联网平台应用水平评价工作")
    doc.add_paragraph("一、联系人信息反馈")
    R.d_table(doc, [["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"],
                    ["联系人（主）", i["contact"], pkg.company, i["title"], i["phone"], i["email"]],
                    ["联系人（备用）", i["contact2"], pkg.company, i["title2"], i["phone2"], i["email2"]]])
    doc.add_paragraph("二、评审会现场地址信息反馈")
    doc.add_paragraph(f"具体地址：{i['venue']}")
    R.save_docx(doc, path, "联系人信息反馈表")


def commitment_docx(pkg: Package, path: Path):
    doc = R.new_docx("仿宋", 14)
    R.d_title(doc, "附件5", 12, center=False)
    R.d_title(doc, "真实性承诺", 18)
    doc.add_paragraph("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、"
                      "完整，如有不实，愿承担相应的法律责任及由此产生的一切后果。")
    doc.add_paragraph("特此承诺。")
    doc.add_paragraph(f"申报单位：{pkg.company}（盖章）")
    doc.add_paragraph(f"法定代表人：{pkg.info['legal']}（签章）")
    doc.add_paragraph(pkg.fill_date)
    R.save_docx(doc, path, "真实性承诺")


def commitment_scan(pkg: Package, path: Path, tmp: Path, seed: int):
    st = R.styles(13)
    pg = [Spacer(1, 20 * mm), Paragraph("真实性承诺", st["h1"]), Spacer(1, 12 * mm),
          Paragraph("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、"
                    "完整，如有不实，愿承担相应的法律责任及由此产生的一切后果。", st["p"]),
          Paragraph("特此承诺。", st["p"]), Spacer(1, 30 * mm),
          Paragraph(f"申报单位：{pkg.company}（盖章）", st["p"]),
          Paragraph(f"法定代表人：{pkg.info['legal']}（签章）", st["p"]), Paragraph(pkg.fill_date, st["p"])]
    src = tmp / (path.stem + "_src.pdf")
    R.build_pdf(src, [pg])
    R.scan_pdf(src, path, seed, {0: R.seal(pkg.company)}, seal_pos=(0.45, 0.52))


def narrative(pkg: Package, chapters: list[tuple[str, list[str]]], path: Path, fmt: str):
    """申报书: cover + chapters. fmt docx or pdf."""
    title_lines = [("申报年度", "2024年度"), ("平台名称", pkg.declared_name), ("申报单位", pkg.company + "（公章）"),
                   ("联系人", pkg.info["contact"]), ("联系人电话", pkg.info["phone"])]
    if fmt == "docx":
        doc = R.new_docx("宋体", 12)
        R.d_title(doc, "上海市工业互联网平台应用水平评价", 18)
        R.d_title(doc, "申报书", 22)
        for k, v in title_lines:
            doc.add_paragraph(f"{k}：{v}")
        doc.add_paragraph("上海市经济和信息化委员会制")
        doc.add_paragraph(pkg.fill_date)
        for head, paras in chapters:
            doc.add_page_break()
            doc.add_heading(head, level=1)
            for p in paras:
                if isinstance(p, list):
                    R.d_table(doc, p)
                else:
                    doc.add_paragraph(p)
        R.save_docx(doc, path, "申报书")
    else:
        st = R.styles(10.5)
        pages = [[Spacer(1, 40 * mm), Paragraph("上海市工业互联网平台应用水平评价", st["h1"]), Paragraph("申报书", st["h1"]),
                  Spacer(1, 20 * mm)] + [Paragraph(f"{k}：{v}", st["h2"]) for k, v in title_lines]
                 + [Spacer(1, 30 * mm), Paragraph("上海市经济和信息化委员会制", st["c"]), Paragraph(pkg.fill_date, st["c"])]]
        story = []
        for head, paras in chapters:
            story.append(Paragraph(head, st["h2"]))
            for p in paras:
                if isinstance(p, list):
                    story.append(R.pdf_table(p, [170 * mm / len(p[0])] * len(p[0]), 9))
                else:
                    story.append(Paragraph(p, st["p"]))
                story.append(Spacer(1, 2 * mm))
        _flow_pdf(path, pages[0], story)


def _flow_pdf(path: Path, cover, story):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import PageBreak, SimpleDocTemplate
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="申报书", author="", creator="", producer="", subject="",
                            invariant=1, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=22 * mm, bottomMargin=22 * mm)
    doc.build(cover + [PageBreak()] + story)
