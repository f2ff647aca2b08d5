"""Documents of a package: 申报表 (DOCX/XLSX/scan), 申报书, 汇总表, 承诺, 联系人表, and the evidence files."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from . import render as R
from .form import INDICATORS, fbd, fnum
from .labels import LABELS

YEAR_DATE = "2024年7月15日"


# ------------------------------------------------------------------ 申报表
def form_rows(V, TX, proofs: dict[str, str]) -> list[list[str]]:
    rows = [["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]]
    for l1, l2, l3, content, key in INDICATORS:
        val = TX[key[2:]] if key.startswith("T:") else V.form(key)
        rows.append([l1, l2, l3, content, val, proofs.get(key, "—" if key.startswith("T:") else "详见申报书第六章附件")])
    return rows


def basic_rows(S, V, TX):
    return [
        ["平台名称", V.form("平台名称")],
        ["建设时间", V.form("建设时间")],
        ["平台建设金额（万元）", V.form("平台建设金额（万元）")],
        ["平台近三年经营指标情况", V.form("平台近三年经营指标情况").replace("；", "\n")],
        ["平台建设方式", S["build_mode"][0]],
        ["平台运营模式", {"自运营": "☑自运营 □联合运营 □委托运营", "联合运营": "□自运营 ☑联合运营 □委托运营"}[S["op_mode"]]],
        ["IaaS基础设施", S.get("iaas", "□自建  ☑租用，服务商名称（必填）：某公有云服务商（阿里云）")],
        ["部署方式", "、".join("☑" + x for x in S["deploy"].split("、"))],
        ["平台网址", f"{S['url']}（演示账号：eval_{S['list_no']:02d}，密码：{S['password']}）"],
        ["平台基本情况介绍", TX["介绍"]],
        ["平台建设成效", TX["成效"]],
    ]


def company_rows(S):
    return [
        ["单位（企业）名称", S["company"], "单位（企业）代码", S.get("uscc", "91310000MA1K%05dX" % (S["list_no"] * 937))],
        ["成立日期", S.get("founded", "2015年8月"), "注册地及所在行政区", S["venue"][:9]],
        ["法定代表人", S.get("legal", "（略）"), "联系人", S["contact"]],
        ["联系人手机", S["phone"], "电子邮箱", S["email"]],
    ]


def write_form_docx(path: Path, S, V, TX, proofs, level_style="merged"):
    d = R.Docx()
    d.h("上海市工业互联网平台应用水平评价", 0)
    d.h("申报表", 0)
    d.p("申报年度：2024年度")
    d.p(f"平台名称：{V.form('平台名称')}")
    d.p(f"申报单位：{S['company']}（公章）")
    d.p(f"联 系 人：{S['contact']}")
    d.p(f"联系人电话：{S['phone']}")
    d.p(YEAR_DATE)
    d.doc.add_page_break()
    d.bold("一、企业基本情况")
    d.table(company_rows(S), header=False)
    d.bold("二、平台基本情况")
    d.table(basic_rows(S, V, TX), header=False)
    d.bold("三、上海市工业互联网平台应用水平评价指标明细表")
    rows = form_rows(V, TX, proofs)
    if level_style == "l3only":
        rows = [[r[2], r[3], r[4], r[5]] for r in rows]
    d.table(rows)
    d.save(path)


def write_form_xlsx(path: Path, S, V, TX, proofs):
    s1 = [["项目", "内容", "项目", "内容"]] + company_rows(S)
    s2 = [["项目", "填报内容"]] + basic_rows(S, V, TX)
    s3 = form_rows(V, TX, proofs)
    R.write_xlsx(path, [("企业基本情况", s1), ("平台基本情况", s2), ("指标明细表", s3)],
                 widths={1: 16, 2: 18, 3: 18, 4: 36, 5: 48, 6: 24})


def write_form_scan(path: Path, tmp: Path, S, V, TX, proofs, seed):
    st = R.styles()
    story = [Paragraph("上海市工业互联网平台应用水平评价申报表", st["title"]),
             Paragraph(f"平台名称：{V.form('平台名称')}　　申报单位：{S['company']}（盖章）", st["p"]), Spacer(1, 6),
             Paragraph("一、企业基本情况", st["h"]), R.ptable(company_rows(S), header=False),
             Paragraph("二、平台基本情况", st["h"]),
             R.ptable([[a, b.replace("\n", "<br/>")] for a, b in basic_rows(S, V, TX)], widths=[35 * mm, 139 * mm], header=False)]
    rows = form_rows(V, TX, proofs)
    story += [Paragraph("三、指标明细表", st["h"]),
              R.ptable([[r[2], r[3], r[4], r[5]] for r in rows], widths=[22 * mm, 48 * mm, 76 * mm, 28 * mm])]
    story += [Spacer(1, 20), Paragraph(f"申报单位（盖章）：{S['company']}　　　{YEAR_DATE}", st["p"])]
    src = tmp / (path.stem + "_src.pdf")
    R.write_pdf(src, [story])
    R.scan_pdf(src, path, seed, S["company"], seal_pages=[0, "last"])


# ------------------------------------------------------------------ 汇总表
def write_summary(path: Path, S, V, kind: str, override: dict | None = None):
    vals = {l: V.v[l][1] for l in LABELS}
    vals.update(override or {})
    if kind == "xlsx-vertical":
        rows = [["序号", "项目", "填写内容"]] + [[i + 1, l, vals[l]] for i, l in enumerate(LABELS)]
        R.write_xlsx(path, [("平台基本情况汇总表", rows)], widths={1: 6, 2: 46, 3: 60})
    elif kind == "xlsx-horizontal":
        R.write_xlsx(path, [("汇总表", [LABELS, [vals[l] for l in LABELS]])], widths={i: 18 for i in range(1, 104)})
    else:
        d = R.Docx()
        d.h("附件4", 2)
        d.h("平台基本情况汇总表", 0)
        d.table([["项目", "内容"]] + [[l, vals[l]] for l in LABELS])
        d.save(path)


# ------------------------------------------------------------------ 承诺 / 联系人表
def write_commitment_scan(path: Path, tmp: Path, S, seed):
    st = R.styles(12)
    story = [Paragraph("附件5", st["h"]), Paragraph("真实性承诺", st["title"]), Spacer(1, 12),
             Paragraph("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，"
                       "如有不实，愿承担相应的法律责任及由此产生的一切后果。", st["p"]),
             Paragraph("特此承诺。", st["p"]), Spacer(1, 60),
             Paragraph(f"申报单位：{S['company']}（盖章）", st["p"]), Spacer(1, 12),
             Paragraph("法定代表人：（签章）", st["p"]), Spacer(1, 12), Paragraph(YEAR_DATE, st["p"])]
    src = tmp / (path.stem + "_src.pdf")
    R.write_pdf(src, [story], footer_num=False)
    R.scan_pdf(src, path, seed, S["company"])


def write_commitment_docx(path: Path, S):
    d = R.Docx()
    d.h("附件5", 2)
    d.h("真实性承诺", 0)
    d.p("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，如有不实，"
        "愿承担相应的法律责任及由此产生的一切后果。")
    d.p("特此承诺。")
    d.p(f"申报单位：{S['company']}（盖章）")
    d.p("法定代表人：（签章）")
    d.p(YEAR_DATE)
    d.save(path)


def write_contacts(path: Path, S):
    d = R.Docx()
    d.h("附件1", 2)
    d.h("联系人信息反馈表", 0)
    d.p("2024年度上海市工业互联网平台应用水平评价工作")
    d.bold("一、联系人信息反馈")
    d.table([["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"],
             ["联系人（主）", S["contact"], S["company"], "平台运营部经理", S["phone"], S["email"]],
             ["联系人（备用）", S.get("contact2", "王立群"), S["company"], "平台技术总监", S.get("phone2", "13816602931"),
              "backup@" + S["email"].split("@")[1]]])
    d.bold("二、评审会现场地址信息反馈")
    d.p(f"具体地址：{S['venue']}")
    d.save(path)


# ------------------------------------------------------------------ 申报书
def write_book(path: Path, S, V, TX, chapters: dict[str, list[str]], kind: str, attach_list: list[str], tmp: Path | None = None):
    order = ["一、申报单位简介", "二、平台建设及运营情况", "三、平台应用成效", "四、平台下一步发展计划", "五、平台应用案例",
             "六、附件及其他说明材料"] + (["七、平台相较上年度对比情况"] if S["p2023"] else [])
    bench = [["三级指标", "本平台数据", "对标数据"]] + TX["bench"]
    if kind == "docx":
        d = R.Docx("仿宋")
        d.h("上海市工业互联网平台应用水平评价", 0)
        d.h("申报书", 0)
        d.p("申报年度：2024年度")
        d.p(f"平台名称：{V.form('平台名称')}")
        d.p(f"申报单位：{S['company']}（公章）")
        d.p(f"联 系 人：{S['contact']}　联系人电话：{S['phone']}")
        d.p(YEAR_DATE)
        d.doc.add_page_break()
        for ch in order:
            d.h(ch, 1)
            for para in chapters.get(ch, []):
                d.p(para)
            if ch.startswith("二"):
                d.p("表X 平台对标同行业或相似平台的部分量化数据对比表")
                d.table(bench)
            if ch.startswith("六"):
                d.table([["序号", "附件名称", "对应页码"]] + [[str(i + 1), a, p] for i, (a, p) in enumerate(attach_list)])
        d.save(path)
    else:
        st = R.styles()
        story = [Paragraph("上海市工业互联网平台应用水平评价", st["title"]), Paragraph("申报书", st["title"]),
                 Paragraph(f"平台名称：{V.form('平台名称')}", st["p"]), Paragraph(f"申报单位：{S['company']}", st["p"]),
                 Paragraph(YEAR_DATE, st["p"])]
        pages = [story]
        body = []
        for ch in order:
            body.append(Paragraph(ch, st["h"]))
            for para in chapters.get(ch, []):
                body.append(Paragraph(para, st["p"]))
            if ch.startswith("二"):
                body.append(Paragraph("表X 平台对标同行业或相似平台的部分量化数据对比表", st["p"]))
                body.append(R.ptable(bench, widths=[30 * mm, 70 * mm, 74 * mm]))
            if ch.startswith("六"):
                body.append(R.ptable([["序号", "附件名称", "对应页码"]] + [[str(i + 1), a, p] for i, (a, p) in enumerate(attach_list)],
                                     widths=[15 * mm, 120 * mm, 39 * mm]))
        pages.append(body)
        R.write_pdf(path, pages, header=f"{S['company']} · 申报书")
