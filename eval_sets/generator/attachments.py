"""The small 附件 of a package: 附件1 联系人信息反馈表, 附件5 真实性承诺, the stamped scan of 附件2.

Owns their content and form: DOCX for the contact sheet, DOCX or an image-only sealed scan for
the commitment, and an image-only, red-sealed scan of the 申报表's first pages (what applicants
send as 盖章扫描件). Must not decide values; it copies them from the state.
"""

from __future__ import annotations

from eval_sets.generator.formats import money
from eval_sets.generator.office import centered, new_document, save_docx, set_cell
from eval_sets.generator.raster import A4_PX, PaperLine, image_pdf, jpeg, paper_page
from eval_sets.generator.state import PackageState

COMMITMENT = ("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、"
              "准确、完整，如有不实，愿承担相应的法律责任及由此产生的一切后果。")


def render_contact(state: PackageState) -> bytes:
    p = state.profile
    doc = new_document()
    doc.add_paragraph("附件 1")
    centered(doc, "联系人信息反馈表", 18, True)
    centered(doc, "2024年度上海市工业互联网平台应用水平评价工作", 12)
    doc.add_paragraph("一、联系人信息反馈")
    rows = [["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"],
            ["联系人（主）", p.contact, state.platform.company, p.contact_title, p.mobile, p.email],
            ["联系人（备用）", "顾文博", state.platform.company, "平台运营经理",
             f"139{p.mobile[3:7]}{p.mobile[-4:][::-1]}", p.email.replace(p.email.split("@")[0], "guwb")]]
    table = doc.add_table(rows=len(rows), cols=6)
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        cells = table.rows[r].cells
        for c, text in enumerate(row):
            set_cell(cells[c], text, bold=(r == 0), size=9)
    doc.add_paragraph("二、评审会现场地址信息反馈")
    district, road, number = p.meeting_address
    doc.add_paragraph(f"具体地址*：上海市 {district} 区 {road} 路 {number}")
    doc.add_paragraph("*注：该场地信息将用于工作组安排后续评价工作，评价工作主要包括：①现场调研核查（含平台功能现场操作演示）；"
                      "②专家评审会（含平台建设情况PPT汇报答辩）共两个环节。")
    return save_docx(doc)


def render_commitment(state: PackageState) -> bytes:
    company = state.platform.company
    if state.layout.commitment == "docx":
        doc = new_document()
        doc.add_paragraph("附件 5")
        centered(doc, "真实性承诺", 18, True)
        doc.add_paragraph(COMMITMENT).paragraph_format.first_line_indent = None
        doc.add_paragraph("特此承诺。")
        for _ in range(2):
            doc.add_paragraph()
        doc.add_paragraph(f"申报单位：{company}（盖章）")
        doc.add_paragraph(f"法定代表人：{state.profile.legal_rep}（签章）")
        doc.add_paragraph("2024 年 7 月 15 日")
        return save_docx(doc)
    lines = [PaperLine("附件 5", 24, gap=60), PaperLine("真实性承诺", 40, "center", 60)]
    lines += [PaperLine(COMMITMENT[i:i + 28], 28, gap=22) for i in range(0, len(COMMITMENT), 28)]
    lines += [PaperLine("特此承诺。", 28, gap=160), PaperLine(f"申报单位：{company}（盖章）", 28, gap=60),
              PaperLine("法定代表人：　　　　　　（签章）", 28, gap=60), PaperLine("2024 年 7 月 15 日", 28)]
    page = paper_page(lines, seal_of=company, seal_at=(380, 545), signature=state.profile.legal_rep,
                      signature_at=(290, 712))
    return image_pdf([jpeg(page)], "真实性承诺")


def render_form_scan(state: PackageState) -> bytes:
    """盖章扫描件 of the 申报表: cover with the seal, then 一 and 二 as printed tables."""
    p, v, b = state.profile, state.declared, state.basic
    assert b is not None
    company = state.platform.company
    cover_lines = [PaperLine("上海市工业互联网平台应用水平评价", 40, "center", 30), PaperLine("申报表", 52, "center", 200),
                   PaperLine("申报年度：2024 年度", 30, gap=36), PaperLine(f"平台名称：{b.platform_name}", 30, gap=36),
                   PaperLine(f"申报单位：{company}（公章）", 30, gap=36), PaperLine(f"联 系 人：{p.contact}", 30, gap=36),
                   PaperLine(f"联系人电话：{p.mobile}", 30, gap=300),
                   PaperLine("上海市经济和信息化委员会制", 30, "center", 20), PaperLine("2024 年 7 月 15 日", 30, "center")]
    page1 = paper_page(cover_lines, seal_of=company, seal_at=(520, 478))
    company_rows = [["单位（企业）名称", company], ["单位（企业）代码", p.credit_code], ["成立日期", p.founded],
                    ["注册地及所在行政区", p.district], ["企业类型", p.company_type], ["注册资本", p.capital],
                    ["法定代表人", p.legal_rep], ["联系人", f"{p.contact}（{p.contact_title}）"], ["联系人手机", p.mobile],
                    ["总资产（万元）", money(v.company_assets)], ["主营业务收入（万元）", money(v.company_revenue)],
                    ["利润总额（万元）", money(v.company_profit)], ["税金（万元）", money(v.company_tax)]]
    page2 = paper_page([PaperLine("一、企业基本情况", 30, gap=20)], company_rows, (300, 660),
                       seal_of=company, seal_at=(A4_PX[0] - 330, A4_PX[1] - 330))
    platform_rows = [["平台名称", b.platform_name], ["建设时间", b.build_period],
                     ["平台建设金额（万元）", money(b.build_amount)],
                     ["平台近三年经营指标情况", "\n".join(b.revenue_lines)],
                     ["平台建设方式", b.build_mode + (f"，合作企业：{b.partner}" if b.partner else "")],
                     ["平台运营模式", b.ops_mode],
                     ["部署方式", "、".join(b.deployments)
                      + (f"、其他部署方式：{b.other_deployment_text}" if b.other_deployment else "")]]
    page3 = paper_page([PaperLine("二、平台基本情况", 30, gap=20)], platform_rows, (300, 660),
                       seal_of=company, seal_at=(A4_PX[0] - 330, A4_PX[1] - 330))
    return image_pdf([jpeg(page) for page in (page1, page2, page3)], "申报表盖章扫描件")
