"""Evidence document makers shared by the packages (each returns facts via pkg.fact)."""
from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

import lib
from common import Pkg, save_xlsx, split, ws_rows

TMP = Path(__file__).resolve().parent / ".tmp"
TMP.mkdir(exist_ok=True)


def audit_pdf(pkg: Pkg, rel, auditor, company_rows, plat, font="STSong-Light", years_desc=False, unit="万元",
              plat_title="平台业务专项说明", cols=("2021年度", "2022年度", "2023年度"), page_offset=0):
    """Text PDF: cover, company income statement (元), platform table. plat: {row_label: {year: value}}.
    Returns the page of the platform table."""
    doc = lib.PdfDoc(pkg.path(rel), font=font, size=10.5, header=f"{auditor}    审计报告附件", page_offset=page_offset)
    doc.gap(120)
    doc.title(pkg.platform["company"], 18, 20)
    doc.title("2023年度审计报告（节选）", 20, 30)
    doc.title(f"{auditor}", 13, 10)
    doc.title("报告文号：" + company_rows["no"], 11, 10)
    doc.newpage()
    doc.h("利润表（合并）")
    doc.p("编制单位：" + pkg.platform["company"] + "        2023年度        单位：元", indent=False, size=9)
    doc.table([["项目", "本期金额", "上期金额"]] + company_rows["rows"], [2.2, 1.4, 1.4], align={1: "r", 2: "r"})
    doc.p("（后附财务报表附注略）", indent=False, size=9)
    doc.newpage()
    doc.h(plat_title)
    doc.p(company_rows["note"])
    yrs = list(cols)
    keys = [2021, 2022, 2023]
    if years_desc:
        yrs, keys = yrs[::-1], keys[::-1]
    rows = [["项目"] + yrs]
    for label, vals in plat.items():
        rows.append([label] + [(f"{vals[k]:,.2f}" if k in vals else "—") for k in keys])
    doc.p(f"单位：{unit}", indent=False, size=9)
    doc.table(rows, [2.4] + [1.2] * len(yrs), align={1: "r", 2: "r", 3: "r"})
    doc.p(company_rows.get("after", "上述平台业务数据系依据公司2021—2023年度经审计财务报表，按平台相关合同及项目归集拆分。"))
    page = doc.page
    doc.save()
    return page


def ip_list_pdf(pkg: Pkg, rel, patents: list, softs: list, font="STSong-Light", p_title=None, s_title=None):
    doc = lib.PdfDoc(pkg.path(rel), font=font, size=10, header=pkg.platform["company"] + "  知识产权清单")
    doc.title("平台核心软硬件知识产权清单", 15, 12)
    pt = p_title or f"一、专利清单（共{len(patents)}项）"
    doc.h(pt, 11.5)
    p_page = doc.page
    doc.table([["序号", "专利名称", "类型", "专利号", "权利人"]] +
              [[str(i + 1)] + list(r) + [pkg.platform["company"]] for i, r in enumerate(patents)],
              [0.5, 3.2, 0.9, 1.8, 2.2], size=8.5)
    st = s_title or f"二、软件著作权清单（共{len(softs)}项）"
    doc.h(st, 11.5)
    s_page = doc.page
    doc.table([["序号", "软件名称", "登记号", "著作权人"]] +
              [[str(i + 1)] + list(r) + [pkg.platform["company"]] for i, r in enumerate(softs)],
              [0.5, 3.8, 1.6, 2.2], size=8.5)
    doc.save()
    return p_page, pt, s_page, st


def make_patents(prefix, k, seed):
    import random
    rnd = random.Random(seed)
    topics = ["数据采集方法", "设备状态监测系统", "边缘计算网关", "质量追溯方法", "多源数据融合装置", "工艺参数优化方法",
              "能耗分析系统", "智能排产方法", "异常检测方法", "可信存证方法", "供应链协同系统", "视觉检测装置"]
    out = []
    for i in range(k):
        t = rnd.choice(["发明", "发明", "实用新型"])
        no = f"ZL 20{rnd.randint(18, 23)} {rnd.randint(1, 2)} {rnd.randint(1000000, 9999999)}.{rnd.randint(0, 9)}"
        out.append((f"一种基于{prefix}的{topics[(i + seed) % len(topics)]}", t, no))
    return out


def make_softs(prefix, k, seed):
    import random
    rnd = random.Random(seed)
    mods = ["设备接入管理", "数据中台", "APP应用市场", "可视化大屏", "工单管理", "质量分析", "能耗监测", "模型管理",
            "开发者门户", "订单协同", "仓储管理", "权限认证", "消息总线", "报表分析", "移动端"]
    return [(f"{prefix}{mods[(i + seed) % len(mods)]}软件V{rnd.randint(1, 4)}.{rnd.randint(0, 9)}",
             f"2{rnd.randint(19, 23)}SR{rnd.randint(100000, 1999999):07d}") for i in range(k)]


def device_xlsx(pkg: Pkg, rel, cats, regs, tot, pub, daily, overseas=None, head=("接入设备数（台/套）", "其中：公有云接入（台/套）", "公有云日均运行（台/套）")):
    ck, cw = cats
    rk, rw = regs
    wb = Workbook()
    ws = wb.active
    ws.title = "按设备分类"
    a, b, c = split(tot, cw), split(pub, cw), split(daily, cw)
    rows = [["设备二级分类"] + list(head)] + [[k, x, y, z] for k, x, y, z in zip(ck, a, b, c)] + [["合计", tot, pub, daily]]
    ws_rows(ws, rows, widths=[20, 20, 24, 22], bold_first=True)
    ws2 = wb.create_sheet("按区域")
    a, b, c = split(tot, rw), split(pub, rw), split(daily, rw)
    rows2 = [["区域（设备所属企业注册地）"] + list(head)] + [[k, x, y, z] for k, x, y, z in zip(rk, a, b, c)] + [["合计", tot, pub, daily]]
    ws_rows(ws2, rows2, widths=[26, 20, 24, 22], bold_first=True)
    if overseas is not None:
        ws3 = wb.create_sheet("海外")
        ws_rows(ws3, [["国家", "接入设备数（台/套）"]] + [[k, v] for k, v in overseas.items()] + [["海外合计", sum(overseas.values())]])
    save_xlsx(wb, pkg.path(rel))


def screenshot_pdf(pkg: Pkg, rel, pages, seed):
    """pages: list of (title, tiles, url, theme, table). Image-only PDF."""
    imgs = [lib.dashboard(t, tiles, seed + i, subtitle=url, theme=theme, table=table)
            for i, (t, tiles, url, theme, table) in enumerate(pages)]
    lib.images_to_pdf(imgs, pkg.path(rel), dpi=120)


def simple_scan(pkg: Pkg, rel, seed, draw, seals=None, font="STSong-Light", bw=True):
    """draw(doc) lays out a text PDF in TMP; it is then scanned into rel."""
    tmp = TMP / f"{pkg.pid}_{seed}.pdf"
    doc = lib.PdfDoc(tmp, font=font, size=11, footer_numbers=False)
    draw(doc)
    doc.save()
    lib.scan_pdf(tmp, pkg.path(rel), seed, seals=seals, bw_unsealed=bw)


def license_scan(pkg: Pkg, rel, seed, code, legal, capital, founded, addr):
    def draw(doc):
        doc.gap(40)
        doc.title("营 业 执 照", 26, 30)
        doc.p(f"统一社会信用代码  {code}", indent=False)
        doc.gap(10)
        for k, v in (("名    称", pkg.platform["company"]), ("类    型", "有限责任公司"), ("法定代表人", legal),
                     ("注册资本", capital), ("成立日期", founded), ("住    所", addr),
                     ("经营范围", "一般项目：技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广；软件开发；信息系统集成服务；"
                                   "工业互联网数据服务；数据处理服务。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）")):
            doc.p(f"{k}    {v}", indent=False, size=11)
        doc.gap(60)
        doc.right_text("登记机关", 12)
        doc.right_text("2023年  09月  12日", 11)
    simple_scan(pkg, rel, seed, draw, seals={0: [(0.75, 0.78, "上海市市场监督管理局", "")]}, bw=False)


def page_count(path: Path) -> int:
    if path.suffix == ".pdf":
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(str(path))
        k = len(pdf)
        pdf.close()
        return k
    if path.suffix == ".xlsx":
        from openpyxl import load_workbook
        return len(load_workbook(path).sheetnames)
    return 1


def catalogue(pkg: Pkg, rel, entries: dict, font="STSong-Light", missing=(), title="佐证材料目录"):
    """entries: {k: (file rel or None, title, indicators)}; page ranges continue across 附件 (P-numbering)."""
    doc = lib.PdfDoc(pkg.path(rel), font=font, size=10.5)
    doc.title(title, 16, 14)
    rows = [["附件编号", "材料名称", "页码", "对应指标"]]
    start = 1
    for k, (frel, t, ref) in entries.items():
        np_ = missing[k] if k in missing else page_count(pkg.dir / frel)
        rows.append([f"附件{k}", t, f"P{start}-P{start + np_ - 1}" if np_ > 1 else f"P{start}", ref])
        start += np_
    doc.table(rows, [1, 3.5, 1.1, 2.4], size=9.5)
    doc.p("注：Excel电子表格按工作表计页。", indent=False, size=9)
    doc.save()
    pkg.add_file(rel, "evidence:other")
