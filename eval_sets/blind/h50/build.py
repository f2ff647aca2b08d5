"""Build blind set h50 (tax filings and statutory forms as financial evidence).

python eval_sets/blind/h50/build.py [--out DIR]   (DIR defaults to this folder; writes packages/ and truth/)
"""
from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from docx import Document  # noqa: E402
from openpyxl import Workbook  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import Spacer  # noqa: E402

import docs as D  # noqa: E402
from eval_sets.truth import PackageTruth, dump_truth  # noqa: E402
from finance import a107012, company, rd_projects, tax_paid  # noqa: E402
from lib import (P, build_pdf, grid_table, page_count, pdf_font, png_bytes, save_docx, save_xlsx, scan_pdf,  # noqa: E402
                 wan, wan_s, yuan)
from model import build_values, pct, texts  # noqa: E402
from notice_rows import SUMMARY_LABELS  # noqa: E402

REL = "eval_sets/blind/h50/packages"


class Pkg:
    def __init__(self, pid, root: Path, spec):
        self.pid, self.dir, self.spec = pid, root / "packages" / pid, spec
        self.files: dict[str, str] = {}
        self.facts: list[dict] = []
        self.problems: list[dict] = []

    def write(self, rel, data: bytes, role):
        p = self.dir / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
        self.files[rel] = role

    def add_file(self, rel, role):
        self.files[rel] = role

    def fact(self, label, value, unit, norm, file, page, quote=None, row="", col="", comp="", image=False):
        self.facts.append(dict(label=label, value=value, unit=unit, normalized=norm, file=file, page=page,
                               quote=quote or value, row_label=row, column_label=col, component=comp, image_only=image))

    def problem(self, family, fields, files, severity, desc):
        n = len(self.problems) + 1
        self.problems.append(dict(id=f"{self.pid}-{n:02d}-{family}", family=family, fields=fields, files=files,
                                  severity=severity, description=desc))


# ------------------------------------------------------------------ shared pieces
def finance(spec, rng):
    prj = rd_projects(rng, [n for n, _, _ in spec["rd"]], [t for _, t, _ in spec["rd"]], spec.get("other_share", .08))
    for p, (_, _, flag) in zip(prj, spec["rd"]):
        p["platform"] = flag
    rd23 = sum(p["total"] for p in prj)
    rd22 = int(rd23 * 0.9)
    a7 = a107012(prj)
    years = (2021, 2022, 2023)
    plat = {y: sum(v[i] for v in spec["plat_lines"].values()) for i, y in enumerate(years)}
    other = {y: sum(v[i] for v in spec["other_lines"].values()) for i, y in enumerate(years)}
    rev = {y: plat[y] + other[y] for y in years}
    F = company(rng, (rev[2023], rev[2022]), (rd23, rd22), a7[51], cost_ratio=spec.get("cost_ratio", .62))
    F["a7"], F["projects"], F["plat"], F["other"], F["rev"] = a7, prj, plat, other, rev
    prd = sum(p["total"] for p in prj if p["platform"])
    R = plat[2023]
    pl = {"平台营业收入": R, "平台营业成本": int(R * .47), "平台税金及附加": int(R * .006), "平台销售费用": int(R * .05),
          "平台管理费用": int(R * .055), "平台研发费用": prd}
    pl["平台营业利润"] = R - sum(v for k, v in pl.items() if k != "平台营业收入")
    pl["平台营业外收入"] = int(R * .004)
    pl["平台营业外支出"] = int(R * .001)
    pl["平台利润总额"] = pl["平台营业利润"] + pl["平台营业外收入"] - pl["平台营业外支出"]
    F["pl"] = pl
    F["plat_rd"] = prd
    return F


def ops_values(F, tax_total):
    d = F["is"][2023]
    bs = F["bs"]["期末"]
    return {"总资产（万元）": wan(bs["total"]), "主营业务收入（万元）": wan(d["营业收入"]),
            "主营业务收入增长率（%）": pct(d["营业收入"] - F["is"][2022]["营业收入"], F["is"][2022]["营业收入"]),
            "负债率（%）": pct(bs["liab"], bs["total"]), "利润总额（万元）": wan(d["利润总额"]),
            "税金（万元）": round(tax_total / 1_000_000, 2)}


def common_rows(spec, vals, ops):
    s = spec
    s["company_rows"] = [["单位（企业）名称", s["company"], "单位（企业）代码", s["uscc"]],
                         ["成立日期", s["founded"], "注册地及所在行政区", s["address"]],
                         ["企业类型", s["etype"], "注册资本", s["capital"]],
                         ["主营业务", s["business"], "法定代表人", s["legal"]],
                         ["联系人", s["contact"], "职务", s["title"]],
                         ["联系人手机", s["phone"], "传真", s["fax"]],
                         ["电子邮箱", s["email"], "股权结构", s["equity"]]]
    s["ops_rows"] = [(k, f"{v:.2f}") for k, v in ops.items()]
    near = vals.rows["平台近三年经营指标情况"][1]
    near_text = "；".join(f"{y}年平台营收{near[f'{y}年平台营收（万元）']:.2f}万元/增长率{near[f'{y}年增长率（%）']:.2f}%"
                         for y in (2021, 2022, 2023))
    y0, m0, y1, m1 = s["built_ym"]
    s["platform_rows"] = [
        ("平台名称", s["platform_declared"]), ("建设时间", f"{y0}年{m0}月至{y1}年{m1}月"),
        ("平台建设金额（万元）", f"{s['invest']:.2f}"), ("平台近三年经营指标情况", near_text + "。注：平台相关收益单列。"),
        ("平台建设方式", "☑自建　□合作共建"), ("平台运营模式", "☑自运营　□联合运营　□委托运营"),
        ("IaaS 基础设施", f"□自建　☑租用，服务商名称（必填）：{s['iaas']}"), ("部署方式", s["deploy_form"]),
        ("平台网址", f"{s['url']}（评审账号：{s['account']}，密码：{s['password']}）"),
        ("平台基本情况介绍", s["intro"]), ("平台建设成效", s["effect"])]


def proofs_for(spec):
    return spec["proofs"]


def summary_rows(vals):
    out = []
    for lab in SUMMARY_LABELS:
        v, n = vals.rows[lab]
        out.append({"label": lab, "value": v, "normalized": n})
    return out


def write_summary_xlsx(pkg, rel, vals, horizontal=False):
    wb = Workbook()
    ws = wb.active
    ws.title = "平台基本情况汇总表"
    if horizontal:
        ws.append(SUMMARY_LABELS)
        ws.append([vals.rows[lab][0] for lab in SUMMARY_LABELS])
    else:
        ws.append(["平台基本情况汇总表"])
        ws.append(["项目", "内容"])
        for lab in SUMMARY_LABELS:
            ws.append([lab, vals.rows[lab][0]])
        ws.column_dimensions["A"].width = 46
        ws.column_dimensions["B"].width = 80
    save_xlsx(wb, pkg.dir / rel)
    pkg.add_file(rel, "汇总表")


def write_summary_docx(pkg, rel, vals):
    doc = Document()
    D.set_docx_font(doc)
    doc.add_heading("平台基本情况汇总表", level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for lab in SUMMARY_LABELS:
        c = t.add_row().cells
        c[0].text, c[1].text = lab, vals.rows[lab][0]
    save_docx(doc, pkg.dir / rel)
    pkg.add_file(rel, "汇总表")


def write_contact(pkg, rel, spec):
    doc = Document()
    D.set_docx_font(doc)
    doc.add_heading("联系人信息反馈表", level=1)
    doc.add_paragraph("2024年度上海市工业互联网平台应用水平评价工作")
    doc.add_paragraph("一、联系人信息反馈")
    t = doc.add_table(rows=3, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"]):
        t.rows[0].cells[i].text = h
    for r, row in enumerate([("联系人（主）", spec["contact"], spec["company"], spec["title"], spec["phone"], spec["email"]),
                             ("联系人（备用）", spec["contact2"], spec["company"], "工程师", spec["phone2"], spec["email2"])]):
        for i, x in enumerate(row):
            t.rows[r + 1].cells[i].text = x
    doc.add_paragraph("二、评审会现场地址信息反馈")
    doc.add_paragraph(f"具体地址：{spec['venue']}")
    save_docx(doc, pkg.dir / rel)
    pkg.add_file(rel, "联系人表")


def write_form(pkg, rel, spec, vals, tx, fmt):
    if fmt == "docx":
        D.form_docx(pkg.dir / rel, spec, vals, tx, spec["proofs"], save_docx, None)
    else:
        D.form_xlsx(pkg.dir / rel, spec, vals, tx, spec["proofs"], save_xlsx)
    pkg.add_file(rel, "申报表")


def write_form_scan(pkg, rel, spec, vals, tx, seed):
    font = pdf_font("cjk")
    story = D.form_scan_pages(font, spec, vals, tx, spec["proofs"])
    pdf = build_pdf([story], margins=(16 * mm, 14 * mm, 16 * mm, 14 * mm), footer=D.footer_pageno(font))
    n = page_count(pdf)
    pkg.write(rel, scan_pdf(pdf, seed, seals={0: [(spec["company"], (0.7, 0.2))], n - 1: [(spec["company"], (0.68, 0.5))]}),
              "申报表扫描件")


def write_commitment_scan(pkg, rel, spec, seed):
    font = pdf_font("cjk")
    page = [Spacer(1, 60), P("<b>真实性承诺</b>", font, 18, align=1), Spacer(1, 30),
            P("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，"
              "如有不实，愿承担相应的法律责任及由此产生的一切后果。", font, 12), Spacer(1, 12), P("特此承诺。", font, 12),
            Spacer(1, 60), P(f"申报单位：{spec['company']}（盖章）", font, 12), Spacer(1, 14),
            P(f"法定代表人：{spec['legal']}（签章）", font, 12), Spacer(1, 14), P(f"2024 年 7 月 {spec['sign_day']} 日", font, 12)]
    pdf = build_pdf([page])
    pkg.write(rel, scan_pdf(pdf, seed, seals={0: [(spec["company"], (0.62, 0.56))]}), "承诺")


def write_commitment_docx(pkg, rel, spec):
    doc = Document()
    D.set_docx_font(doc, size=12)
    doc.add_heading("真实性承诺", level=1)
    doc.add_paragraph("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，"
                      "如有不实，愿承担相应的法律责任及由此产生的一切后果。")
    doc.add_paragraph("特此承诺。")
    doc.add_paragraph(f"申报单位：{spec['company']}（盖章）")
    doc.add_paragraph(f"法定代表人：{spec['legal']}（签章）")
    doc.add_paragraph(f"2024 年 7 月 {spec['sign_day']} 日")
    save_docx(doc, pkg.dir / rel)
    pkg.add_file(rel, "承诺")


def write_book(pkg, rel, spec, vals, F, with7=True, attach_list=()):
    v = vals.rows
    doc = Document()
    D.set_docx_font(doc)
    doc.add_heading("上海市工业互联网平台应用水平评价申报书", level=1)
    doc.add_paragraph(f"申报年度：2024 年度　平台名称：{spec['platform_declared']}　申报单位：{spec['company']}")
    doc.add_heading("一、申报单位简介", level=2)
    doc.add_paragraph(f"{spec['company']}成立于{spec['founded']}，注册地{spec['address']}，主营业务为{spec['business']}。"
                      f"公司2023年度营业收入{wan(F['is'][2023]['营业收入']):,.2f}万元（以2023年度企业所得税年度纳税申报表及财务报表为准）。")
    doc.add_heading("二、平台建设及运营情况", level=2)
    doc.add_paragraph(f"{spec['platform_declared']}是{spec['nature_prose']}，{spec['built_ym'][0]}年启动建设，建设金额"
                      f"{spec['invest']:.2f}万元，采用自建方式、自运营模式。平台2023年相关营业收入{v['平台相关营业收入（万元）'][0]}万元，"
                      f"研发投入{v['平台相关研发投入（万元）'][0]}万元；已连接工业设备{v['连接的工业设备/产品/产线种类及数量（台/套）'][0]}台/套，"
                      f"注册企业用户{v['注册企业用户数（个）'][0]}家。")
    doc.add_paragraph("平台技术创新点：自研设备接入网关与时序数据引擎，支持多协议适配和边云协同；模型库与低代码工具支撑行业应用快速构建。")
    doc.add_heading("三、平台应用成效", level=2)
    doc.add_paragraph(f"平台服务企业{v['实际服务企业数（个）'][0]}家，三个典型案例平均运维成本下降"
                      f"{v['平台连接工业设备运维成本平均下降率（%）'][0]}%，能耗下降{v['平台连接工业设备能耗平均下降率（%）'][0]}%。")
    doc.add_paragraph("应用创新点：以平台化服务降低中小企业数字化门槛，形成按效果付费的服务模式。")
    doc.add_heading("四、平台下一步发展计划", level=2)
    doc.add_paragraph("持续完善工业模型库与应用市场，拓展长三角产业链协同服务，推进AI大模型与平台融合。")
    doc.add_heading("五、平台应用案例", level=2)
    for i, c in enumerate(spec["case_names"], 1):
        doc.add_paragraph(f"案例{i}：{spec['short']}平台——{c}")
        doc.add_paragraph("企业简介：用户企业为本市制造业企业。平台简介：依托平台设备接入与模型能力开展服务。"
                          "案例实际内容：通过设备联网、数据分析与应用部署，实现运维与能耗优化。")
    doc.add_heading("六、附件及其他说明材料", level=2)
    for line in attach_list:
        doc.add_paragraph(line)
    if with7:
        doc.add_heading("七、平台相较上年度对比情况", level=2)
        doc.add_paragraph(f"2023年7月以来，平台新增工业APP、机理模型与服务企业；连接设备由上年度申报时的"
                          f"{int(v['连接的工业设备/产品/产线种类及数量（台/套）'][1] * 0.82)}台/套增至"
                          f"{v['连接的工业设备/产品/产线种类及数量（台/套）'][0]}台/套。")
    save_docx(doc, pkg.dir / rel)
    pkg.add_file(rel, "申报书")


def write_ip_xlsx(pkg, rel, spec, pat, sw, rng):
    wb = Workbook()
    ws = wb.active
    ws.title = "专利"
    ws.append([f"{spec['company']} 平台核心技术专利清单"])
    ws.append(["序号", "专利名称", "专利号", "类型", "授权公告日", "专利权人"])
    topics = ["设备数据采集", "边缘计算节点调度", "工业时序数据压缩", "设备故障预测", "能耗优化控制", "多协议适配网关",
              "工艺参数推荐", "数字孪生建模", "质量缺陷识别", "生产排程优化"]
    for i in range(pat):
        t = topics[i % len(topics)]
        kind = "发明专利" if i % 3 else "实用新型"
        ws.append([i + 1, f"一种基于工业互联网平台的{t}方法{'及系统' if i % 2 else ''}",
                   f"ZL 20{19 + i % 5}1 {rng.randint(1000000, 9999999)}.{rng.randint(0, 9)}", kind,
                   f"20{20 + i % 4}-{1 + i % 12:02d}-{10 + i % 18}", spec["company"]])
    ws.append([f"合计：{pat}项"])
    ws2 = wb.create_sheet("软件著作权")
    ws2.append([f"{spec['company']} 平台软件著作权清单"])
    ws2.append(["序号", "软件名称", "登记号", "首次发表日期", "著作权人"])
    for i in range(sw):
        t = topics[(i * 7) % len(topics)]
        ws2.append([i + 1, f"{spec['short']}{t}软件V{1 + i % 4}.0", f"2022SR{rng.randint(1000000, 1999999)}",
                    f"20{20 + i % 4}-{1 + (i * 5) % 12:02d}-0{1 + i % 9}", spec["company"]])
    ws2.append([f"合计：{sw}项"])
    save_xlsx(wb, pkg.dir / rel)
    pkg.add_file(rel, "evidence:patent_list")
    pkg.fact("平台核心软硬件技术获得的专利数量（项）", str(pat), "项", pat, rel, 1, f"合计：{pat}项", row="合计")
    pkg.fact("平台核心软硬件技术获得的软著数量（个）", str(sw), "项", sw, rel, 2, f"合计：{sw}项", row="合计")


def write_device_xlsx(pkg, rel, vals):
    wb = Workbook()
    ws = wb.active
    ws.title = "按设备类别"
    ws.append(["平台接入工业设备统计表（截至2024年6月30日）"])
    ws.append(["设备二级分类", "接入数量（台/套）", "其中：公有云接入（台/套）", "公有云日均运行（台/套）"])
    for k in vals.dev_by_cat:
        ws.append([k, vals.dev_by_cat[k], vals.pub_by_cat[k], vals.run_by_cat[k]])
    D_, P_, R_ = (vals.rows[l][1] for l in ("连接的工业设备/产品/产线种类及数量（台/套）", "公有云工业设备连接数量（台/套）",
                                            "公有云工业设备平均日运行数量（台/套）"))
    ws.append(["合计", D_, P_, R_])
    ws2 = wb.create_sheet("海外设备")
    ws2.append(["国家", "接入数量（台/套）"])
    for k, n in vals.overseas.items():
        ws2.append([k, n])
    ov = sum(vals.overseas.values())
    ws2.append(["海外合计", ov])
    save_xlsx(wb, pkg.dir / rel)
    pkg.add_file(rel, "evidence:device_list")
    pkg.fact("连接的工业设备/产品/产线种类及数量（台/套）", str(D_), "台/套", D_, rel, 1, str(D_), row="合计", col="接入数量（台/套）")
    pkg.fact("公有云工业设备连接数量（台/套）", str(P_), "台/套", P_, rel, 1, str(P_), row="合计", col="其中：公有云接入（台/套）")
    pkg.fact("公有云工业设备平均日运行数量（台/套）", str(R_), "台/套", R_, rel, 1, str(R_), row="合计", col="公有云日均运行（台/套）")
    pkg.fact("海外设备连接数量（台/套）", str(ov), "台/套", ov, rel, 2, str(ov), row="海外合计")


def write_dashboard(pkg, rel, spec, vals, shown=None):
    r = vals.rows
    tiles = shown or [("设备接入总量", r["连接的工业设备/产品/产线种类及数量（台/套）"][1], "台/套", "连接的工业设备/产品/产线种类及数量（台/套）"),
                      ("注册企业", r["注册企业用户数（个）"][1], "家", "注册企业用户数（个）"),
                      ("上架工业APP", r["工业APP数量（个）"][1], "个", "工业APP数量（个）"),
                      ("机理模型", r["工业机理模型数量（个）"][1], "个", "工业机理模型数量（个）"),
                      ("微服务", r["微服务数量（个）"][1], "个", "微服务数量（个）"),
                      ("开发者", r["开发者注册总数（个）"][1], "人", "开发者注册总数（个）")]
    img = D.dashboard_png(f"{spec['short']}平台运营驾驶舱", [(c, f"{n:,}", u) for c, n, u, _ in tiles])
    pkg.write(rel, png_bytes(img), "evidence:screenshot")
    for cap, n, unit, label in tiles:
        pkg.fact(label, f"{n:,}", unit, n, rel, 1, f"{n:,}", row=cap, image=True)


def platform_split_page(font, spec, F, title_note=""):
    """平台业务收入明细（平台 vs 其他，元）and the platform 2023 profit."""
    rows = [["项目", "2021年度", "2022年度", "2023年度"]]
    for k, v in spec["plat_lines"].items():
        rows.append([f"　{k}"] + [yuan(x) for x in v])
    rows.append(["平台相关营业收入小计"] + [yuan(F["plat"][y]) for y in (2021, 2022, 2023)])
    for k, v in spec["other_lines"].items():
        rows.append([f"　{k}"] + [yuan(x) for x in v])
    rows.append(["其他业务收入小计（非平台）"] + [yuan(F["other"][y]) for y in (2021, 2022, 2023)])
    rows.append(["营业收入合计"] + [yuan(F["rev"][y]) for y in (2021, 2022, 2023)])
    t1 = grid_table(rows, [170, 110, 110, 110], font, 8)
    pl = F["pl"]
    rows2 = [["项目", "2023年度"]] + [[k, yuan(v)] for k, v in pl.items()]
    t2 = grid_table(rows2, [250, 150], font, 8)
    return [P(f"<b>{spec['short']}平台业务收入明细表{title_note}</b>", font, 12, align=1), Spacer(1, 3),
            P(f"编制单位：{spec['company']}　　单位：元", font, 8), Spacer(1, 4), t1, Spacer(1, 10),
            P("表2　平台损益（2023年度，按收入占比及工时分摊期间费用；平台研发费用为平台相关研发项目支出）", font, 8), Spacer(1, 3), t2]


def platform_revenue_facts(pkg, rel, page, F, image=False, col_suffix="年度"):
    for y in (2021, 2022, 2023):
        c = F["plat"][y]
        comp = "" if y == 2023 else f"{y}年平台营收（万元）"
        label = "平台相关营业收入（万元）" if y == 2023 else "平台近三年经营指标情况"
        pkg.fact(label, yuan(c), "元", wan(c), rel, page, yuan(c), row="平台相关营业收入小计", col=f"{y}{col_suffix}",
                 comp=comp, image=image)
    c = F["pl"]["平台利润总额"]
    pkg.fact("平台利润率（%）", yuan(c), "元", wan(c), rel, page, yuan(c), row="平台利润总额", col="2023年度",
             comp="平台利润总额（万元）", image=image)
    pkg.fact("投资回报率（%）", yuan(c), "元", wan(c), rel, page, yuan(c), row="平台利润总额", col="2023年度",
             comp="平台年利润（万元）", image=image)


def declared_fin(F, spec):
    p = F["plat"]
    return {"rev21": wan(p[2021]), "rev22": wan(p[2022]), "rev23": wan(p[2023]), "rd": wan(F["plat_rd"]),
            "profit": wan(F["pl"]["平台利润总额"])}


def finish(pkg, spec, vals, layout, description):
    t = {"schema_version": 1, "package_id": pkg.pid, "description": description, "path": f"{REL}/{pkg.pid}",
         "delivery": "folder",
         "platform": {"list_no": spec["no"], "listed_name": spec["listed_name"], "company": spec["company"],
                      "declared_name": spec["platform_declared"], "participated_2023": spec["participated"]},
         "layout": layout, "files": dict(sorted(pkg.files.items())), "secrets": [spec["password"]],
         "summary_rows": summary_rows(vals), "evidence_facts": pkg.facts, "problems": pkg.problems}
    truth = PackageTruth.model_validate(t)
    on_disk = sorted(str(p.relative_to(pkg.dir)) for p in pkg.dir.rglob("*") if p.is_file())
    assert on_disk == sorted(pkg.files), (on_disk, sorted(pkg.files))
    return truth





def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(HERE))
    a = ap.parse_args(argv)
    out = Path(a.out)
    (out / "truth").mkdir(parents=True, exist_ok=True)
    import shutil
    if (out / "packages").exists():
        shutil.rmtree(out / "packages")
    from specs import SPECS
    for pid, fn in SPECS:
        pkg = Pkg(pid, out, None)
        truth = fn(pkg)
        (out / "truth" / f"{pid}.json").write_text(dump_truth(truth), encoding="utf-8")
        print(pid, len(truth.files), "files", len(truth.evidence_facts), "facts", len(truth.problems), "problems")


if __name__ == "__main__":
    main()
