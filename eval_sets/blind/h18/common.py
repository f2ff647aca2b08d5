"""Helpers shared by the package specs: standard documents, IP list PDFs, audit scans, page lookup."""
from __future__ import annotations

import re

import pypdfium2 as pdfium

import docs
import lib
from pagedoc import PageDoc


def page_of(path, quote: str) -> int:
    """1-based page of a text PDF whose text contains quote (whitespace-insensitive)."""
    pdf = pdfium.PdfDocument(str(path))
    q = re.sub(r"\s+", "", quote)
    try:
        for i in range(len(pdf)):
            t = pdf[i].get_textpage().get_text_range()
            if q in re.sub(r"\s+", "", t):
                return i + 1
    finally:
        pdf.close()
    raise ValueError(f"{quote!r} not found in {path}")


def ip_list_pdf(P, rel, patents: list[tuple], softs: list[tuple], awards: list[tuple] | None = None,
                titles=("专利清单（共{n}项）", "软件著作权清单（共{n}项）", "省部级及以上荣誉清单（共{n}项）")):
    path = P.add(rel, "evidence:patent_list")
    blocks = [("h", f"{P.declared_name}核心软硬件技术知识产权清单"), ("p", f"权利人：{P.company}"), ("sp", 6),
              ("h", titles[0].format(n=len(patents))),
              ("t", [["序号", "专利名称", "专利类型", "专利号", "授权公告日"]] + [[str(i + 1), *r] for i, r in enumerate(patents)],
               [0.6, 4.2, 1.2, 2.4, 1.4]),
              ("pb",), ("h", titles[1].format(n=len(softs))),
              ("t", [["序号", "软件名称", "登记号", "登记日期"]] + [[str(i + 1), *r] for i, r in enumerate(softs)],
               [0.6, 4.8, 2.0, 1.4])]
    if awards:
        blocks += [("pb",), ("h", titles[2].format(n=len(awards))),
                   ("t", [["序号", "奖项/荣誉名称", "获奖时间", "颁发单位"]] + [[str(i + 1), *r] for i, r in enumerate(awards)],
                    [0.6, 4.0, 1.4, 2.6])]
    docs.text_pdf(path, blocks, title="知识产权清单", author=P.company, header=P.company)
    return path


def gen_patents(seed_words: list[str], n: int, year0=2019, kind_mix=("发明专利", "实用新型")):
    out = []
    for i in range(n):
        w = seed_words[i % len(seed_words)]
        kind = kind_mix[0] if i % 3 != 2 else kind_mix[1]
        y = year0 + (i * 5) % 5
        code = f"ZL{y}{1 if kind == '发明专利' else 2}{(i * 7919 + 104729) % 10000000:07d}.{(i * 3) % 10}"
        out.append((f"一种{w}{['方法', '系统', '装置', '方法及系统'][i % 4]}", kind, code,
                    f"{y + 1}-{(i % 12) + 1:02d}-{(i * 3) % 27 + 1:02d}"))
    return out


def gen_softs(prefix: str, names: list[str], n: int, year0=2019):
    out = []
    for i in range(n):
        y = year0 + (i % 5)
        out.append((f"{prefix}{names[i % len(names)]}V{1 + i // len(names)}.0", f"{y}SR{(i * 104651 + 33331) % 1000000:07d}",
                    f"{y}-{(i * 5) % 12 + 1:02d}-{(i * 7) % 27 + 1:02d}"))
    return out


def audit_scan_pages(P, auditor: str, report_no: str, table_title: str, rows: list[list[str]], cols: list[str],
                     seed: int, opinion_extra: str = "", unit="元", auditor_city="上海") -> list:
    """Three scanned pages: cover, 审计意见, platform table (with the firm's seal)."""
    doc = PageDoc(margin=120, kind="serif", footer="第 {n} 页")
    doc.space(260)
    doc.heading(P.company, size=40)
    doc.heading(table_title.replace("明细表", "专项审计报告").replace("收支", "业务"), size=44)
    doc.space(40)
    doc.para(report_no, size=28, indent=False, align="center")
    doc.space(600)
    doc.para(auditor, size=30, indent=False, align="center")
    doc.para(f"中国·{auditor_city}", size=28, indent=False, align="center")
    doc.page_break()
    doc.heading("专项审计报告", size=38)
    doc.para(report_no, size=24, indent=False, align="right")
    doc.para(f"{P.company}全体股东：", size=26, indent=False)
    doc.heading("一、审计意见", size=28, align="left")
    doc.para(f"我们审计了后附的{P.company}（以下简称“贵公司”）{table_title}（以下简称“明细表”），包括2023年度、2022年度及"
             f"2021年度平台业务收入、成本、研发投入及利润情况。我们认为，后附明细表在所有重大方面按照明细表附注所述的编制基础编制，"
             f"公允反映了贵公司{P.declared_name}相关业务的经营成果。" + opinion_extra, size=26)
    doc.heading("二、形成审计意见的基础", size=28, align="left")
    doc.para("我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对明细表的责任”部分进一步阐述了我们在这些准则下的责任。"
             "按照中国注册会计师职业道德守则，我们独立于贵公司，并履行了职业道德方面的其他责任。我们相信，我们获取的审计证据是充分、适当的，"
             "为发表审计意见提供了基础。", size=26)
    doc.heading("三、编制基础", size=28, align="left")
    doc.para("明细表系贵公司管理层根据经审计的2021—2023年度财务报表，按平台相关合同、项目辅助核算及工时分摊口径拆分编制，"
             "仅供贵公司申报上海市工业互联网平台应用水平评价使用。", size=26)
    doc.page_break()
    doc.heading(table_title, size=34)
    doc.para(f"编制单位：{P.company}", size=22, indent=False)
    doc.para(f"单位：{unit}", size=22, indent=False, align="right")
    doc.table([2.2] + [1.6] * len(cols), [["项目"] + cols] + rows, size=22,
              aligns=["left"] + ["right"] * len(cols))
    doc.para("注：平台营业收入包括平台订阅服务、工业APP订阅、解决方案实施及运维服务收入；研发投入口径参照国家统计局R&D统计口径。", size=20)
    y_seal = doc.y
    pages = doc.finish()
    out = []
    for i, pg in enumerate(pages):
        pg = pg.convert("RGBA")
        if i in (0, 2):
            lib.stamp(pg, auditor, (760, (1250 if i == 0 else min(y_seal + 10, 1380))), 280, seed=seed + i, inner="审计专用章")
        out.append(lib.scan_effect(pg, seed + 11 * i, bw=False))
    return out


def standard_docs(P, names: dict, seed: int, form="docx", summary="xlsx", summary_layout="vertical",
                  commit="scan", form_scan=True, book="docx", sections=None, sign="张"):
    """Writes 附件1, 附件2 (+scan), 附件3, 附件4, 附件5 under the given relative names."""
    if "contact" in names:
        docs.write_contact_docx(P, P.add(names["contact"], "联系人表"))
    if form == "docx":
        docs.write_form_docx(P, P.add(names["form"], "申报表"), P.date_text)
    else:
        docs.write_form_xlsx(P, P.add(names["form"], "申报表"), P.date_text)
    if form_scan:
        lib.images_to_pdf(docs.form_scan_pages(P, P.date_text, seed), P.add(names["form_scan"], "申报表扫描件"), dpi=150)
    if book == "docx":
        docs.write_book_docx(P, P.add(names["book"], "申报书"), sections)
    else:
        docs.write_book_pdf(P, P.add(names["book"], "申报书"), sections)
    if summary == "xlsx":
        docs.write_summary_xlsx(P, P.add(names["summary"], "汇总表"), summary_layout)
    else:
        docs.write_summary_docx(P, P.add(names["summary"], "汇总表"))
    if commit:
        pg = docs.commitment_page(P, P.date_text, seed + 50, sign)
        if commit == "scan":
            lib.images_to_pdf([lib.scan_effect(pg, seed + 51)], P.add(names["commit"], "承诺"))
        else:  # phone photo
            lib.save_jpg(lib.photo_frame(pg, seed + 52), P.add(names["commit"], "承诺"))
