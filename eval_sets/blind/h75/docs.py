"""Documents of the h75 packages: evidence, 申报表 (DOCX/XLSX + stamped scan), 申报书, 汇总表, 附件1, 附件5.

Source PDFs of scanned documents (`src_*`) and the text drawn on screenshots (`shot_pages`) are pure
functions of the package, so verify.py can re-derive what an image-only page shows.
"""

from __future__ import annotations

import io
import random
import re
from pathlib import Path

from PIL import Image, ImageDraw

import books
import lists
from common import (P, build_pdf, docx_heading, docx_para, docx_table, draw_seal, esc, images_to_pdf, new_docx,
                    new_xlsx, page_number_footer, pdf_page_count, pdf_page_texts, pil_font, plain, rasterize, rl_table,
                    save_docx, save_xlsx, scanify, sep, xl_style_body, xl_style_header)
from fmt import (BREAKDOWNS, build_mode_text, build_time, cell, deploy_text, num, three_years_text)
from model import CONTENT, SUMMARY_LABELS, Doc, Package
from specs import yuan_value

SCAN_DPI = 150


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


# ============================================================================= plans
def plan(p: Package) -> dict[str, Doc]:
    if p.industry == "machinery":
        e = "03_附件/"
        d = {
            "contact": Doc("01_联系人信息反馈表.docx", "联系人表", "docx"),
            "form": Doc("02_申报表_华兴数字易维讯平台.docx", "申报表", "docx"),
            "form_scan": Doc("02_申报表_华兴数字易维讯平台（盖章扫描件）.pdf", "申报表扫描件", "scan"),
            "book": Doc("03_申报书_华兴数字易维讯平台.docx", "申报书", "docx"),
            "audit": Doc(e + "附件3-1 2023年度审计报告（含平台业务专项附注）.pdf", "evidence:audit_report", "pdf", "附件3-1",
                         "2023年度审计报告（含平台业务专项附注）"),
            "devices": Doc(e + "附件3-2 平台接入设备统计表.xlsx", "evidence:device_list", "xlsx", "附件3-2", "平台接入设备统计表"),
            "shot1": Doc(e + "附件3-3 平台运行截图-设备监控大屏.png", "evidence:screenshot", "png", "附件3-3",
                         "平台运行截图-设备监控大屏"),
            "shot2": Doc(e + "附件3-3 平台运行截图-开发者中心.png", "evidence:screenshot", "png", "附件3-3",
                         "平台运行截图-开发者中心"),
            "ip": Doc(e + "附件3-4 知识产权清单（扫描件）.pdf", "evidence:patent_list", "scan", "附件3-4", "知识产权清单"),
            "awards": Doc(e + "附件3-5 省部级及以上荣誉清单.pdf", "evidence:award_list", "pdf", "附件3-5", "省部级及以上荣誉清单"),
            "ops": Doc(e + "附件3-6 平台订单及服务企业统计.xlsx", "evidence:other", "xlsx", "附件3-6", "平台订单及服务企业统计"),
            "team": Doc(e + "附件3-7 平台团队人员情况说明.pdf", "evidence:other", "pdf", "附件3-7", "平台团队人员情况说明"),
            "summary": Doc("04_平台基本情况汇总表.xlsx", "汇总表", "xlsx"),
            "promise": Doc("05_真实性承诺（盖章）.pdf", "承诺", "scan"),
        }
    elif p.industry == "textiles":
        e = "附件3-证明材料/"
        d = {
            "contact": Doc("附件1-联系人信息反馈表.docx", "联系人表", "docx"),
            "form": Doc("附件2-申报表.xlsx", "申报表", "xlsx"),
            "form_scan": Doc("附件2-申报表-签章扫描版.pdf", "申报表扫描件", "scan"),
            "book": Doc("附件3-申报书.pdf", "申报书", "pdf"),
            "audit": Doc(e + "3-1 2023年度审计报告（扫描件）.pdf", "evidence:audit_report", "scan", "附件3-1", "2023年度审计报告"),
            "devices": Doc(e + "3-2 接入设备分布统计.pdf", "evidence:device_list", "pdf", "附件3-2", "接入设备分布统计"),
            "shot1": Doc(e + "3-3 平台驾驶舱截图.png", "evidence:screenshot", "png", "附件3-3", "平台驾驶舱截图"),
            "shot2": Doc(e + "3-4 应用市场截图.png", "evidence:screenshot", "png", "附件3-4", "应用市场截图"),
            "ip": Doc(e + "3-5 专利及软件著作权清单.xlsx", "evidence:patent_list", "xlsx", "附件3-5", "专利及软件著作权清单"),
            "awards": Doc(e + "3-6 荣誉证书清单（扫描）.pdf", "evidence:award_list", "scan", "附件3-6", "荣誉证书清单"),
            "ops": Doc(e + "3-7 平台运营数据统计说明.pdf", "evidence:other", "pdf", "附件3-7", "平台运营数据统计说明"),
            "summary": Doc("附件4-平台基本情况汇总表.xlsx", "汇总表", "xlsx"),
            "promise": Doc("附件5-真实性承诺（签章）.pdf", "承诺", "scan"),
        }
    elif p.industry == "chemicals":
        e = "证明材料/"
        d = {
            "contact": Doc("华谊_附件1_联系人信息反馈表.docx", "联系人表", "docx"),
            "form": Doc("华谊_附件2_申报表.docx", "申报表", "docx"),
            "form_scan": Doc("华谊_附件2_申报表_盖章版.pdf", "申报表扫描件", "scan"),
            "book": Doc("华谊_附件3_申报书.docx", "申报书", "docx"),
            "audit": Doc(e + "01 2023年度审计报告.pdf", "evidence:audit_report", "pdf", "证明材料01", "2023年度审计报告"),
            "devices": Doc(e + "02 平台接入设备清单.pdf", "evidence:device_list", "pdf", "证明材料02", "平台接入设备清单"),
            "shots": Doc(e + "03 平台功能及运行截图.pdf", "evidence:screenshot", "imgpdf", "证明材料03", "平台功能及运行截图"),
            "ip": Doc(e + "04 知识产权清单.pdf", "evidence:patent_list", "pdf", "证明材料04", "知识产权清单"),
            "awards": Doc(e + "05 省部级及以上荣誉清单.xlsx", "evidence:award_list", "xlsx", "证明材料05", "省部级及以上荣誉清单"),
            "ops": Doc(e + "06 平台运营数据统计表.xlsx", "evidence:other", "xlsx", "证明材料06", "平台运营数据统计表"),
            "summary": Doc("华谊_附件4_平台基本情况汇总表.xlsx", "汇总表", "xlsx"),
            "promise": Doc("华谊_附件5_真实性承诺（盖章）.pdf", "承诺", "scan"),
        }
    else:
        e = "3 证明材料/"
        d = {
            "contact": Doc("1 联系人信息反馈表.docx", "联系人表", "docx"),
            "form": Doc("2 申报表.docx", "申报表", "docx"),
            "form_scan": Doc("2 申报表（盖章扫描件）.pdf", "申报表扫描件", "scan"),
            "book": Doc("3 申报书.pdf", "申报书", "pdf"),
            "audit": Doc(e + "附件3-1 审计报告.pdf", "evidence:audit_report", "pdf", "附件3-1", "审计报告"),
            "devices": Doc(e + "附件3-2 平台接入设备统计.xlsx", "evidence:device_list", "xlsx", "附件3-2", "平台接入设备统计"),
            "shots": Doc(e + "附件3-3 船视宝运营驾驶舱截图.png", "evidence:screenshot", "png", "附件3-3", "船视宝运营驾驶舱截图"),
            "ip": Doc(e + "附件3-4 知识产权清单.pdf", "evidence:patent_list", "pdf", "附件3-4", "知识产权清单"),
            "awards": Doc(e + "附件3-5 荣誉证书清单（扫描件）.pdf", "evidence:award_list", "scan", "附件3-5", "荣誉证书清单"),
            "ops": Doc(e + "附件3-6 平台运营数据说明.pdf", "evidence:other", "pdf", "附件3-6", "平台运营数据说明"),
            "summary": Doc("4 平台基本情况汇总表.xlsx", "汇总表", "xlsx"),
            "promise": Doc("5 真实性承诺书（盖章）.pdf", "承诺", "scan"),
        }
    if p.delivery == "zip":
        for doc in d.values():
            doc.rel = f"{p.zip_root}/{doc.rel}"
    return d


# ============================================================================= facts
def add_fact(p: Package, key: str, page: int, label: str, value: str, unit: str, normalized, quote: str = "",
             row: str = "", col: str = "", component: str = "", image_only: bool = False) -> None:
    p.facts.append(dict(label=label, value=value, unit=unit, normalized=normalized, file=p.docs[key].rel, page=page,
                        quote=quote or value, row_label=row, column_label=col, component=component,
                        image_only=image_only))


def find_page(texts: list[str], quote: str, anchor: str = "") -> int:
    q, a = squash(quote), squash(anchor)
    for k, t in enumerate(texts, 1):
        s = squash(t)
        if q in s and (not a or a in s):
            return k
    raise ValueError(f"quote {quote!r} (anchor {anchor!r}) not found")


def seal_for(p: Package, d: int, seed: int):
    return draw_seal(p.company, d, seed)


def scan_pdf(p: Package, src: bytes, seed: int, seal_pages: dict[int, tuple[float, float]], riding: bool = False,
             bw_pages: set[int] = frozenset(), seal_name: str = "") -> bytes:
    """Rasterise a source PDF into a stamped, image-only scan."""
    imgs = rasterize(src, SCAN_DPI)
    out = []
    for k, img in enumerate(imgs, 1):
        seals = []
        if k in seal_pages:
            seals.append((draw_seal(seal_name or p.company, int(SCAN_DPI * 1.65), seed + k), seal_pages[k]))
        if riding and len(imgs) > 1:
            half = draw_seal(seal_name or p.company, int(SCAN_DPI * 1.65), seed + 100)
            seals.append((half, (1.0 + 0.0, 0.5 + 0.02 * ((k % 3) - 1))))
        out.append(scanify(img, seed * 31 + k, seals=seals, bw=(k in bw_pages)))
    return images_to_pdf(out, dpi=SCAN_DPI)


# ============================================================================= audit report
def _audit_numbers(p: Package) -> dict:
    v, i = p.v, p.info
    rng = random.Random(hash_seed(p.pid, "audit"))
    rev = {2023: p.ev.get("rev", v["rev"]), 2022: v["rev_hist"][2022], 2021: v["rev_hist"][2021]}
    rd = {2023: p.ev.get("rd", v["rd"])}
    profit = {2023: v["profit"]}
    for y, f1, f2 in ((2022, 0.87, 0.88), (2021, 0.74, 0.77)):
        rd[y] = round(rd[2023] * f1, 2)
        profit[y] = round(profit[2023] * f2, 2)
    part_share = {"machinery": 0.312, "textiles": 0.071, "chemicals": 0.286, "logistics": 0.214}[p.industry]
    rows = {}
    for y in (2023, 2022, 2021):
        other = round(rev[y] * 0.184, 2)
        cost = round(rev[y] - rd[y] - other - profit[y], 2)
        rows[y] = dict(rev=rev[y], part=round(rev[y] * part_share, 2), cost=cost, rd=rd[y], other=other,
                       profit=profit[y])
    yuan = {}
    for y, r in rows.items():
        yy = {k: yuan_value(val, rng) for k, val in r.items() if k != "cost"}
        # the ledger adds up to the cent: 成本 = 收入 − 研发 − 其他期间费用 − 利润总额
        yy["cost"] = round(yy["rev"] - yy["rd"] - yy["other"] - yy["profit"], 2)
        yuan[y] = yy
    return dict(wan=rows, yuan=yuan)


def hash_seed(*parts: str) -> int:
    h = 0
    for ch in "|".join(parts):
        h = (h * 131 + ord(ch)) % 2_147_483_647
    return h


PART_LABEL = {"machinery": "其中：SaaS订阅服务收入", "textiles": "其中：上海地区客户", "chemicals": "其中：集团内部单位",
              "logistics": "其中：境外客户"}
NOTE_TITLE = {"machinery": "附注十二、工业互联网平台业务专项说明", "textiles": "附注十五、“飞梭智纺”平台业务收支情况",
              "chemicals": "附注十四、工业互联网平台业务专项说明", "logistics": "附注十三、船视宝平台业务收支专项说明"}


def src_audit(p: Package) -> bytes:
    from reportlab.platypus import PageBreak, Spacer

    v, i = p.v, p.info
    fin = i["fin"]
    unit_wan = p.industry == "textiles"
    nums = _audit_numbers(p)
    rng = random.Random(hash_seed(p.pid, "company"))
    f = []
    # p1 cover
    f += [Spacer(1, 120), P(p.company, "big"), Spacer(1, 16), P("2023年度审计报告", "title"), Spacer(1, 10),
          P(i["audit_no"], "center"), Spacer(1, 260), P(i["auditor"], "center"), P("二〇二四年四月", "center"), PageBreak()]
    # p2 opinion
    f += [P("审 计 报 告", "title"), P(i["audit_no"], "center"), Spacer(1, 8), P(f"{p.company}全体股东：", "plain"),
          P("一、审计意见", "h2"),
          P(f"我们审计了{p.company}（以下简称“贵公司”）财务报表，包括2023年12月31日的合并资产负债表，2023年度的合并利润表、"
            "合并现金流量表、合并股东权益变动表以及相关财务报表附注。"),
          P("我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司2023年12月31日的合并财务状况"
            "以及2023年度的合并经营成果和现金流量。"),
          P("二、形成审计意见的基础", "h2"),
          P("我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步阐述了我们在这些准则下的责任。"
            "按照中国注册会计师职业道德守则，我们独立于贵公司，并履行了职业道德方面的其他责任。"),
          P("三、其他事项", "h2"),
          P("应贵公司要求，我们对财务报表附注中工业互联网平台业务相关收入、成本及研发投入的单独核算情况执行了专项核查程序，"
            "相关数据列示于附注专项说明。"),
          Spacer(1, 30), P(f"{i['auditor']}　　　　中国注册会计师：" + {"machinery": "张慧琳", "textiles": "钱立平",
                                                                         "chemicals": "吴振华", "logistics": "何雅文"}[p.industry],
                           "right"),
          P("中国·上海　　　　二〇二四年四月二十六日", "right"), PageBreak()]
    # p3 balance sheet (company)
    assets = float(fin["assets"].replace(",", "")) * 10000
    prev = assets * 0.936
    debt = float(fin["debt"]) / 100

    def sheet(total, dr):
        cur = [round(total * s + rng.uniform(-900, 900), 2) for s in (0.176, 0.214, 0.118, 0.084)]
        cur_sum = round(sum(cur), 2)
        fixed, intang = round(total * 0.246 + rng.uniform(-900, 900), 2), round(total * 0.083 + rng.uniform(-900, 900), 2)
        other = round(total - cur_sum - fixed - intang, 2)
        liab = round(total * dr, 2)
        return cur + [cur_sum, fixed, intang, other, round(fixed + intang + other, 2), total,
                      round(liab * 0.71, 2), liab, round(total - liab, 2), total]

    names = ["货币资金", "应收账款", "存货", "其他流动资产", "流动资产合计", "固定资产", "无形资产", "其他非流动资产",
             "非流动资产合计", "资产总计", "流动负债合计", "负债合计", "所有者权益合计", "负债和所有者权益总计"]
    a_cur, a_prev = sheet(round(assets, 2), debt), sheet(round(prev, 2), debt + 0.012)
    rows = [["项目", "期末余额", "上年年末余额"]] + [[n, sep(x, 2), sep(y, 2)] for n, x, y in zip(names, a_cur, a_prev)]
    f += [P("合并资产负债表", "title"), P(f"编制单位：{p.company}　　　　2023年12月31日　　　　单位：元", "center"),
          Spacer(1, 6), rl_table(rows, [60, 55, 55], num_cols=(1, 2)), PageBreak()]
    # p4 income statement (company)
    income = float(fin["income"].replace(",", "")) * 10000
    income_prev = income / (1 + float(fin["income_growth"]) / 100)
    profit = float(fin["profit"].replace(",", "")) * 10000

    rd_ratio = {"machinery": 0.094}.get(p.industry, 0.052)

    def stmt(inc, prof):
        inc, prof = round(inc, 2), round(prof, 2)
        cost, tax, sales = round(inc * 0.712, 2), round(inc * 0.0081, 2), round(inc * 0.046, 2)
        rd_c, fee = round(inc * rd_ratio, 2), round(inc * 0.0062, 2)
        nonop_in, nonop_out = round(inc * 0.0021, 2), round(inc * 0.0009, 2)
        op = round(prof - nonop_in + nonop_out, 2)
        admin = round(inc - cost - tax - sales - rd_c - fee - op, 2)
        total_cost = round(cost + tax + sales + admin + rd_c + fee, 2)
        tax_inc = round(prof * 0.18, 2)
        return [inc, inc, total_cost, cost, tax, sales, admin, rd_c, fee, op, nonop_in, nonop_out, prof, tax_inc,
                round(prof - tax_inc, 2)]

    names = ["一、营业总收入", "其中：营业收入", "二、营业总成本", "其中：营业成本", "税金及附加", "销售费用", "管理费用",
             "研发费用", "财务费用", "三、营业利润", "加：营业外收入", "减：营业外支出", "四、利润总额", "减：所得税费用",
             "五、净利润"]
    cur, prv = stmt(income, profit), stmt(income_prev, profit * 0.91)
    col_names = ("2023年度", "2022年度") if p.industry == "chemicals" else ("本期金额", "上期金额")
    rows = [["项目", *col_names]] + [[n, sep(round(a, 2), 2), sep(round(b, 2), 2)] for n, a, b in zip(names, cur, prv)]
    f += [P("合并利润表", "title"), P(f"编制单位：{p.company}　　　　2023年度　　　　单位：元", "center"), Spacer(1, 6),
          rl_table(rows, [60, 55, 55], num_cols=(1, 2)), PageBreak()]
    # p5 platform note (two header rows)
    unit = "万元" if unit_wan else "元"
    src = nums["wan"] if unit_wan else nums["yuan"]
    fmt = (lambda x: sep(x, 2))
    hdr1 = ["项目", "2023年度", "", "2022年度", "", "2021年度", ""]
    hdr2 = ["", f"金额（{unit}）", "占平台收入比", f"金额（{unit}）", "占平台收入比", f"金额（{unit}）", "占平台收入比"]
    body = []
    labels = [("平台营业收入", "rev"), (PART_LABEL[p.industry], "part"), ("平台营业成本", "cost"),
              ("平台研发投入", "rd"), ("平台其他期间费用", "other"), ("平台利润总额", "profit")]
    for name, k in labels:
        row = [name]
        for y in (2023, 2022, 2021):
            row += [fmt(src[y][k]), f"{nums['wan'][y][k] / nums['wan'][y]['rev'] * 100:.2f}%"]
        body.append(row)
    spans = [((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0)), ((5, 0), (6, 0))]
    f += [P(NOTE_TITLE[p.industry], "h1"),
          P(f"根据上海市工业互联网平台应用水平评价申报要求，贵公司对{p.declared_name}相关业务实行单独核算：平台收入按合同所属业务线直接归集；"
            "平台研发投入按研发项目工时和领料直接归集；其他期间费用按平台收入占公司营业收入的比例分摊。我们对上述归集与分摊执行了核查程序。"),
          P(f"平台业务收支情况（单位：{unit}）：", "plain"), Spacer(1, 4),
          rl_table([hdr1, hdr2] + body, [34, 23, 17, 23, 17, 23, 17], header_rows=2, spans=spans, num_cols=(1, 2, 3, 4, 5, 6)),
          Spacer(1, 6),
          P("注：1.平台利润总额＝平台营业收入－平台营业成本－平台研发投入－平台其他期间费用；"
            f"2.“{PART_LABEL[p.industry].removeprefix('其中：')}”为平台营业收入的组成部分，已包含在平台营业收入中；"
            "3.上表数据与公司合并利润表口径不同，合并利润表反映公司全部业务。", "small")]
    return build_pdf(f, footer=page_number_footer("第 {n} 页"), title="审计报告")


def render_audit(p: Package) -> bytes:
    src = src_audit(p)
    texts = pdf_page_texts(src)
    nums = _audit_numbers(p)
    scanned = p.docs["audit"].kind == "scan"
    unit_wan = p.industry == "textiles"
    anchor = NOTE_TITLE[p.industry]
    col = lambda y: f"{y}年度"  # noqa: E731
    for y, label, comp in ((2023, "平台相关营业收入（万元）", ""),
                           (2022, "平台近三年经营指标情况", "2022年平台营收（万元）"),
                           (2021, "平台近三年经营指标情况", "2021年平台营收（万元）")):
        val = sep(nums["wan"][y]["rev"], 2) if unit_wan else sep(nums["yuan"][y]["rev"], 2)
        page = find_page(texts, val, anchor)
        add_fact(p, "audit", page, label, val, "万元" if unit_wan else "元", round(nums["wan"][y]["rev"], 2),
                 row="平台营业收入", col=col(y), component=comp, image_only=scanned)
    for k, label, comp, row in (("rd", "平台相关研发投入（万元）", "", "平台研发投入"),
                                ("profit", "平台利润率（%）", "平台利润总额（万元）", "平台利润总额"),
                                ("profit", "投资回报率（%）", "平台年利润（万元）", "平台利润总额")):
        val = sep(nums["wan"][2023][k], 2) if unit_wan else sep(nums["yuan"][2023][k], 2)
        page = find_page(texts, val, anchor)
        add_fact(p, "audit", page, label, val, "万元" if unit_wan else "元", round(nums["wan"][2023][k], 2),
                 row=row, col="2023年度", component=comp, image_only=scanned)
    if not scanned:
        return src
    n = len(texts)
    return scan_pdf(p, src, hash_seed(p.pid, "auditscan"), {2: (0.72, 0.86), n: (0.78, 0.90)},
                    bw_pages={1, 3, 4}, seal_name=p.info["auditor"].split("（")[0])


# ============================================================================= devices
def _device_tables(p: Package):
    v = p.v
    private = p.style.get("private", {}).get("dev")
    cat_rows = []
    for k in v["dev_cat"]:
        row = [k, v["dev_cat"][k], v["pub_cat"].get(k, 0)]
        if private:
            row.append(v["dev_cat"][k] - v["pub_cat"].get(k, 0))
        row.append(v["run_cat"].get(k, 0))
        cat_rows.append(row)
    total = ["合计", v["dev"], v["pub"]] + ([private] if private else []) + [v["run"]]
    sh_part = ["其中：上海地区企业设备", v["dev_reg"]["上海"], v["pub_reg"]["上海"]] + \
              ([v["dev_reg"]["上海"] - v["pub_reg"]["上海"]] if private else []) + [v["run_reg"]["上海"]]
    reg_rows = [[k, v["dev_reg"][k], v["pub_reg"].get(k, 0), v["run_reg"].get(k, 0)] for k in v["dev_reg"]]
    reg_total = ["合计", v["dev"], v["pub"], v["run"]]
    ovs_rows = [[k, n] for k, n in v["ovs_by"].items()]
    return cat_rows, total, sh_part, reg_rows, reg_total, ovs_rows, private


def render_devices(p: Package) -> bytes:
    v = p.v
    cat_rows, total, sh_part, reg_rows, reg_total, ovs_rows, private = _device_tables(p)
    doc = p.docs["devices"]
    if doc.kind == "xlsx":
        from openpyxl.styles import Alignment, Font
        wb = new_xlsx(p.company)
        ws = wb.active
        ws.title = "按设备类别"
        ws["A1"] = f"{p.declared_name} 接入设备统计表（按设备二级分类，截至2024年6月30日）"
        ws["A1"].font = Font(name="黑体", bold=True, size=12)
        ncol = len(total)
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
        ws.cell(2, 1, "设备二级分类（附录A）")
        ws.cell(2, 2, "接入设备数量（台/套）")
        ws.cell(2, ncol, "公有云设备日均运行数量（台/套）")
        ws.cell(3, 2, "合计")
        ws.cell(3, 3, "其中：公有云")
        if private:
            ws.cell(3, 4, "其中：私有化部署")
        ws.merge_cells(start_row=2, start_column=1, end_row=3, end_column=1)
        ws.merge_cells(start_row=2, start_column=2, end_row=2, end_column=ncol - 1)
        ws.merge_cells(start_row=2, start_column=ncol, end_row=3, end_column=ncol)
        r = 4
        for row in cat_rows + [total, sh_part]:
            for c, val in enumerate(row, 1):
                ws.cell(r, c, val)
            r += 1
        xl_style_header(ws, f"A2:{chr(64 + ncol)}3")
        xl_style_body(ws, f"A4:{chr(64 + ncol)}{r - 1}")
        for c in range(2, ncol + 1):
            for rr in range(4, r):
                ws.cell(rr, c).number_format = "#,##0"
        ws.cell(r + 1, 1, "注：设备所属地指设备所属企业的注册地；“其中：上海地区企业设备”为合计数的组成部分。")
        ws.column_dimensions["A"].width = 26
        for col in "BCDE":
            ws.column_dimensions[col].width = 18
        total_row = 4 + len(cat_rows)
        # sheet 2: regions
        ws2 = wb.create_sheet("按省市区域")
        ws2["A1"] = "接入设备按省市区域分布（附录F口径，截至2024年6月30日）"
        ws2["A1"].font = Font(name="黑体", bold=True, size=12)
        ws2.merge_cells("A1:D1")
        ws2.cell(2, 1, "省市区域")
        ws2.cell(2, 2, "接入设备（台/套）")
        ws2.cell(2, 4, "公有云日均运行（台/套）")
        ws2.cell(3, 2, "合计")
        ws2.cell(3, 3, "其中：公有云")
        ws2.merge_cells("A2:A3")
        ws2.merge_cells("B2:C2")
        ws2.merge_cells("D2:D3")
        r = 4
        for row in reg_rows + [reg_total]:
            for c, val in enumerate(row, 1):
                ws2.cell(r, c, val)
            r += 1
        xl_style_header(ws2, "A2:D3")
        xl_style_body(ws2, f"A4:D{r - 1}")
        ws2.column_dimensions["A"].width = 26
        for col in "BCD":
            ws2.column_dimensions[col].width = 18
        # sheet 3: overseas
        ws3 = wb.create_sheet("海外设备")
        ws3["A1"] = "海外设备连接情况（按国家）"
        ws3["A1"].font = Font(name="黑体", bold=True, size=12)
        ws3.cell(2, 1, "国家（中文+英文）")
        ws3.cell(2, 2, "连接数量（台/套）")
        r = 3
        for row in ovs_rows:
            ws3.cell(r, 1, row[0])
            ws3.cell(r, 2, row[1])
            r += 1
        ws3.cell(r, 1, "海外合计")
        ws3.cell(r, 2, v["ovs"])
        xl_style_header(ws3, "A2:B2")
        xl_style_body(ws3, f"A3:B{r}")
        ws3.column_dimensions["A"].width = 30
        ws3.column_dimensions["B"].width = 18
        for ws_ in (ws, ws2, ws3):
            for row in ws_.iter_rows():
                for c in row:
                    if c.alignment is None:
                        c.alignment = Alignment(wrap_text=True)
        buf = io.BytesIO()
        save_xlsx_to(wb, buf)
        add_fact(p, "devices", 1, "连接的工业设备/产品/产线种类及数量（台/套）", str(v["dev"]), "台/套", v["dev"],
                 row="合计", col="接入设备数量（台/套）·合计")
        add_fact(p, "devices", 1, "公有云工业设备连接数量（台/套）", str(v["pub"]), "台/套", v["pub"], row="合计",
                 col="其中：公有云")
        add_fact(p, "devices", 1, "公有云工业设备平均日运行数量（台/套）", str(v["run"]), "台/套", v["run"], row="合计",
                 col="公有云设备日均运行数量（台/套）")
        add_fact(p, "devices", 3, "海外设备连接数量（台/套）", str(v["ovs"]), "台/套", v["ovs"], row="海外合计",
                 col="连接数量（台/套）")
        return buf.getvalue()
    # PDF with two header rows, regions on page 2
    from reportlab.platypus import PageBreak, Spacer
    hdr1 = ["设备二级分类", "接入设备数量（台/套）", "", "公有云日均运行（台/套）"]
    hdr2 = ["", "合计", "其中：公有云", ""]
    rows = [hdr1, hdr2] + [[r[0], sep(r[1]), sep(r[2]), sep(r[-1])] for r in cat_rows + [total, sh_part]]
    spans = [((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (3, 1))]
    f = [P(f"{p.declared_name}", "h1"), P("平台接入设备分布统计（截至2024年6月30日）", "h2"),
         P("表1 按设备二级分类统计（附录A口径）", "plain"), Spacer(1, 4),
         rl_table(rows, [52, 38, 38, 42], header_rows=2, spans=spans, num_cols=(1, 2, 3)), Spacer(1, 6),
         P("说明：数量含公有云、私有云及专有网连接设备；“其中：上海地区企业设备”为合计数中注册地在上海的企业所属设备。", "small"),
         PageBreak(),
         P("表2 按省市区域统计（附录F口径）", "plain"), Spacer(1, 4)]
    rows2 = [["省市区域", "接入设备数量（台/套）", "", "公有云日均运行（台/套）"], ["", "合计", "其中：公有云", ""]]
    rows2 += [[r[0], sep(r[1]), sep(r[2]), sep(r[3])] for r in reg_rows + [reg_total]]
    f += [rl_table(rows2, [52, 38, 38, 42], header_rows=2, spans=spans, num_cols=(1, 2, 3)), Spacer(1, 10),
          P("表3 海外设备按国家统计", "plain"), Spacer(1, 4),
          rl_table([["国家", "连接数量（台/套）"]] + [[a, sep(b)] for a, b in ovs_rows] + [["海外合计", sep(v["ovs"])]],
                   [80, 50], num_cols=(1,))]
    data = build_pdf(f, footer=page_number_footer("第{n}页 共2页"), title="接入设备分布统计")
    texts = pdf_page_texts(data)
    for label, val, col in (("连接的工业设备/产品/产线种类及数量（台/套）", v["dev"], "接入设备数量（台/套）·合计"),
                            ("公有云工业设备连接数量（台/套）", v["pub"], "其中：公有云"),
                            ("公有云工业设备平均日运行数量（台/套）", v["run"], "公有云日均运行（台/套）")):
        add_fact(p, "devices", find_page(texts, sep(val), "表1"), label, sep(val), "台/套", val, row="合计", col=col)
    add_fact(p, "devices", find_page(texts, "海外合计" + sep(v["ovs"]), "表3"), "海外设备连接数量（台/套）", sep(v["ovs"]),
             "台/套", v["ovs"], quote=sep(v["ovs"]), row="海外合计", col="连接数量（台/套）")
    return data


def save_xlsx_to(wb, buf: io.BytesIO) -> None:
    import tempfile
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "x.xlsx"
        save_xlsx(wb, path)
        buf.write(path.read_bytes())


def save_docx_bytes(doc) -> bytes:
    import tempfile
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "x.docx"
        save_docx(doc, path)
        return path.read_bytes()


# ============================================================================= screenshots
THEMES = {
    "machinery": ((10, 24, 48), (22, 46, 86), (64, 196, 255)),
    "textiles": ((248, 249, 252), (255, 255, 255), (24, 120, 220)),
    "chemicals": ((16, 30, 40), (28, 52, 66), (80, 220, 170)),
    "logistics": ((6, 28, 56), (14, 48, 92), (255, 196, 64)),
}


def dashboard(p: Package, title: str, cards: list[tuple[str, str, str]], seed: int, table: list[list[str]] | None = None,
              footer: str = "", size=(1600, 960)) -> tuple[Image.Image, list[str]]:
    bg, card_bg, accent = THEMES[p.industry]
    light = sum(bg) > 600
    fg = (30, 30, 30) if light else (232, 240, 250)
    sub = (110, 110, 120) if light else (150, 170, 200)
    img = Image.new("RGB", size, bg)
    d = ImageDraw.Draw(img)
    lines: list[str] = []

    def text(xy, s, sz, fill):
        d.text(xy, s, font=pil_font(sz), fill=fill)
        lines.append(s)

    rng = random.Random(seed)
    d.rectangle([0, 0, size[0], 70], fill=card_bg)
    text((30, 18), title, 30, fg)
    text((size[0] - 420, 26), "数据更新时间：2024-07-16 09:30:12", 18, sub)
    cols = 4
    w = (size[0] - 60 - (cols - 1) * 20) // cols
    for k, (label, value, unit) in enumerate(cards):
        x = 30 + (k % cols) * (w + 20)
        y = 95 + (k // cols) * 170
        d.rounded_rectangle([x, y, x + w, y + 150], radius=12, fill=card_bg, outline=accent if not light else (220, 226, 236))
        text((x + 22, y + 18), label, 22, sub)
        text((x + 22, y + 58), value, 54, accent)
        vw = d.textlength(value, font=pil_font(54))
        if unit:
            text((x + 30 + vw, y + 86), unit, 22, sub)
    top = 95 + ((len(cards) + cols - 1) // cols) * 170 + 10
    # trend chart without numbers
    cx0, cy0, cx1, cy1 = 30, top, size[0] // 2 - 10, size[1] - 60
    d.rounded_rectangle([cx0, cy0, cx1, cy1], radius=12, fill=card_bg)
    text((cx0 + 20, cy0 + 14), "近12个月趋势", 22, sub)
    pts = []
    val = 0.45
    for k in range(12):
        val = min(0.95, max(0.15, val + rng.uniform(-0.06, 0.1)))
        pts.append((cx0 + 40 + k * (cx1 - cx0 - 80) / 11, cy1 - 30 - val * (cy1 - cy0 - 80)))
    d.line(pts, fill=accent, width=4)
    for pt in pts:
        d.ellipse([pt[0] - 5, pt[1] - 5, pt[0] + 5, pt[1] + 5], fill=accent)
    # right panel: table
    tx0 = size[0] // 2 + 10
    d.rounded_rectangle([tx0, cy0, size[0] - 30, cy1], radius=12, fill=card_bg)
    if table:
        y = cy0 + 14
        for r, row in enumerate(table):
            x = tx0 + 20
            widths = [300, 170, 170]
            for c, s in enumerate(row):
                text((x, y), s, 20 if r else 21, fg if r else sub)
                x += widths[c] if c < len(widths) else 150
            y += 34
    if footer:
        text((30, size[1] - 42), footer, 18, sub)
    return img, lines


def shot_pages(p: Package, key: str) -> list[tuple[Image.Image, list[str]]]:
    v = p.v
    seed = hash_seed(p.pid, key)
    name = p.declared_name
    if p.industry == "machinery" and key == "shot1":
        cards = [("接入设备（台/套）", "1.96万", ""), ("公有云接入设备", "14,208", "台/套"), ("注册企业", "2,460", "家"),
                 ("上架工业APP", "196", "个"), ("故障诊断与机理模型", "168", "个"), ("微服务", "684", "个"),
                 ("协议适配", "146", "种"), ("服务网点", "1,140", "家")]
        table = [["设备类型", "在线率", "告警"], ["挖掘机", "83.6%", "正常"], ["履带起重机", "79.2%", "2条"],
                 ["混凝土泵车", "76.5%", "正常"], ["高空作业平台", "81.0%", "1条"]]
        return [dashboard(p, "易维讯·设备监控大屏", cards, seed, table, f"技术支持：{p.info['partner']}")]
    if p.industry == "machinery" and key == "shot2":
        cards = [("注册开发者", "3,260", "名"), ("近30日活跃开发者", "812", "名"), ("开放API", "132", "个"),
                 ("已上架应用", "196", "个")]
        table = [["热门API", "调用量(日)", "状态"], ["设备工况查询", "4.2万", "正常"], ["故障码解析", "1.8万", "正常"],
                 ["配件推荐", "9,640", "正常"]]
        return [dashboard(p, "易维讯开发者中心", cards, seed, table, "ewx.huaxing-digital.example.com/dev")]
    if p.industry == "textiles" and key == "shot1":
        cards = [("接入织机及设备", "4.63万", "台"), ("入驻企业", "1.68万", "家"), ("服务企业", "9,436", "家"),
                 ("工艺与机理模型", "214", "个"), ("今日开机率", "78.4%", ""), ("今日订单", "412", "单")]
        table = [["产业集群", "织机开机率", "订单"], ["绍兴柯桥", "81.2%", "136"], ["苏州盛泽", "79.6%", "98"],
                 ["福建长乐", "76.8%", "64"]]
        return [dashboard(p, "飞梭智纺·产业大脑驾驶舱", cards, seed, table, "数据来源：飞梭智纺平台")]
    if p.industry == "textiles" and key == "shot2":
        cards = [("应用总数", "128", "个"), ("累计订阅", "21,480", "次"), ("月均活跃应用", "97", "个"),
                 ("注册开发者", "4,870", "人")]
        table = [["订阅TOP应用", "订阅数", "评分"], ["织厂管家", "4,812", "4.8"], ["智能排产", "3,104", "4.7"],
                 ["坯布质检", "2,168", "4.6"]]
        return [dashboard(p, "飞梭智纺·应用市场", cards, seed, table, "")]
    if p.industry == "chemicals":
        c1 = [("装置设备接入", "28,460", "台/套"), ("注册企业", "1,364", "家"), ("工业APP", "216", "个"),
              ("机理模型", "342", "个")]
        t1 = [["园区", "装置平稳率", "报警"], ["上海化学工业区", "98.6%", "3"], ["金山第二工业区", "97.9%", "1"]]
        c2 = [("微服务", "1,206", "个"), ("注册开发者", "2,140", "名"), ("活跃开发者", "536", "名"),
              ("开放API", "118", "个")]
        t2 = [["服务名称", "近7日调用", "状态"], ["时序数据查询", "86.4万", "正常"], ["报警根因分析", "3.1万", "正常"]]
        return [dashboard(p, "华谊化工工业互联网平台·运行总览", c1, seed, t1, "截图时间：2024年7月16日"),
                dashboard(p, "华谊化工工业互联网平台·开发者门户", c2, seed + 1, t2, "截图时间：2024年7月16日")]
    if p.industry == "logistics":
        cards = [("接入设备", "2.49万", "台/套"), ("注册企业", "4,128", "家"), ("工业APP", "74", "个"),
                 ("特色指数", "8", "个"), ("微服务", "742", "个"), ("注册开发者", "1,860", "名")]
        table = [["港口", "拥堵指数", "在港船舶"], ["上海港", "1.12", "186"], ["宁波舟山港", "1.08", "164"],
                 ["新加坡港", "1.21", "232"]]
        return [dashboard(p, "船视宝·运营驾驶舱", cards, seed, table, "www.shipview.example.com")]
    raise KeyError(key)


SHOT_FACTS = {
    # (industry, key, page): [(label, printed, unit, normalized, caption)]
    ("machinery", "shot1", 1): [("连接的工业设备/产品/产线种类及数量（台/套）", "1.96万", "台/套", 19600, "接入设备（台/套）"),
                                ("公有云工业设备连接数量（台/套）", "14,208", "台/套", 14208, "公有云接入设备"),
                                ("注册企业用户数（个）", "2,460", "家", 2460, "注册企业"),
                                ("工业APP数量（个）", "196", "个", 196, "上架工业APP"),
                                ("工业机理模型数量（个）", "168", "个", 168, "故障诊断与机理模型"),
                                ("微服务数量（个）", "684", "个", 684, "微服务")],
    ("machinery", "shot2", 1): [("开发者注册总数（个）", "3,260", "名", 3260, "注册开发者"),
                                ("活跃开发者数（个）", "812", "名", 812, "近30日活跃开发者")],
    ("textiles", "shot1", 1): [("连接的工业设备/产品/产线种类及数量（台/套）", "4.63万", "台", 46300, "接入织机及设备"),
                               ("注册企业用户数（个）", "1.68万", "家", 16800, "入驻企业"),
                               ("实际服务企业数（个）", "9,436", "家", 9436, "服务企业"),
                               ("工业机理模型数量（个）", "214", "个", 214, "工艺与机理模型")],
    ("textiles", "shot2", 1): [("工业APP数量（个）", "128", "个", 128, "应用总数"),
                               ("工业APP订阅总数量（个）", "21,480", "次", 21480, "累计订阅"),
                               ("工业APP平均月活跃数量（个）", "97", "个", 97, "月均活跃应用"),
                               ("开发者注册总数（个）", "4,870", "人", 4870, "注册开发者")],
    ("chemicals", "shots", 1): [("连接的工业设备/产品/产线种类及数量（台/套）", "28,460", "台/套", 28460, "装置设备接入"),
                                ("注册企业用户数（个）", "1,364", "家", 1364, "注册企业"),
                                ("工业APP数量（个）", "216", "个", 216, "工业APP"),
                                ("工业机理模型数量（个）", "342", "个", 342, "机理模型")],
    ("chemicals", "shots", 2): [("微服务数量（个）", "1,206", "个", 1206, "微服务"),
                                ("开发者注册总数（个）", "2,140", "名", 2140, "注册开发者"),
                                ("活跃开发者数（个）", "536", "名", 536, "活跃开发者")],
    ("logistics", "shots", 1): [("连接的工业设备/产品/产线种类及数量（台/套）", "2.49万", "台/套", 24900, "接入设备"),
                                ("注册企业用户数（个）", "4,128", "家", 4128, "注册企业"),
                                ("工业APP数量（个）", "74", "个", 74, "工业APP"),
                                ("平台现有特色指数（个）", "8", "个", 8, "特色指数"),
                                ("微服务数量（个）", "742", "个", 742, "微服务"),
                                ("开发者注册总数（个）", "1,860", "名", 1860, "注册开发者")],
}


def render_shots(p: Package, key: str) -> bytes:
    pages = shot_pages(p, key)
    for k, (_, lines) in enumerate(pages, 1):
        for label, printed, unit, normalized, caption in SHOT_FACTS[(p.industry, key, k)]:
            assert printed in lines and caption in lines, (printed, caption)
            add_fact(p, key, k, label, printed, unit, normalized, row=caption, image_only=True)
    if p.docs[key].kind == "png":
        buf = io.BytesIO()
        pages[0][0].save(buf, "PNG", optimize=False)
        return buf.getvalue()
    return images_to_pdf([im for im, _ in pages], dpi=150, quality=85)


# ============================================================================= IP list
def ip_rows(p: Package):
    pat = lists.patents(p.industry, p.v["patents"], p.company, hash_seed(p.pid, "pat"))
    n_cr = p.ev.get("copyrights", p.v["copyrights"])
    cr = lists.copyrights(p.industry, n_cr, p.company, hash_seed(p.pid, "cr"))
    return pat, cr


def src_ip(p: Package) -> bytes:
    from reportlab.platypus import PageBreak, Spacer
    pat, cr = ip_rows(p)
    f = [P(f"{p.company}", "center"), P(f"{p.declared_name}核心软硬件技术知识产权清单", "h1"),
         P(f"一、专利清单（共{len(pat)}项）", "h2"), Spacer(1, 3),
         rl_table([["序号", "专利名称", "类型", "专利号", "授权公告日", "专利权人"]] + pat, [10, 58, 16, 33, 20, 33],
                  repeat=1, align_center_cols=(0,)),
         PageBreak(),
         P(f"二、计算机软件著作权登记清单（共{len(cr)}项）", "h2"), Spacer(1, 3),
         rl_table([["序号", "软件名称", "登记号", "登记日期", "著作权人"]] + cr, [10, 70, 30, 22, 38], repeat=1,
                  align_center_cols=(0,)),
         Spacer(1, 6), P(f"以上专利{len(pat)}项、软件著作权{len(cr)}项，权利人均为{p.company}。", "small")]
    return build_pdf(f, footer=page_number_footer("第 {n} 页"), title="知识产权清单")


def render_ip(p: Package) -> bytes:
    pat, cr = ip_rows(p)
    doc = p.docs["ip"]
    if doc.kind == "xlsx":
        wb = new_xlsx(p.company)
        ws = wb.active
        ws.title = "专利"
        ws.append([f"{p.declared_name} 专利清单"])
        ws.append(["序号", "专利名称", "类型", "专利号", "授权公告日", "专利权人"])
        for r in pat:
            ws.append([int(r[0])] + r[1:])
        ws.append([f"合计：{len(pat)}项"])
        xl_style_header(ws, "A2:F2")
        xl_style_body(ws, f"A3:F{2 + len(pat)}")
        ws2 = wb.create_sheet("软件著作权")
        ws2.append([f"{p.declared_name} 软件著作权清单"])
        ws2.append(["序号", "软件名称", "登记号", "登记日期", "著作权人"])
        for r in cr:
            ws2.append([int(r[0])] + r[1:])
        ws2.append([f"合计：{len(cr)}项"])
        xl_style_header(ws2, "A2:E2")
        xl_style_body(ws2, f"A3:E{2 + len(cr)}")
        for w_ in (ws, ws2):
            w_.column_dimensions["B"].width = 46
            for c in "CDEF":
                w_.column_dimensions[c].width = 22
        buf = io.BytesIO()
        save_xlsx_to(wb, buf)
        add_fact(p, "ip", 1, "平台核心软硬件技术获得的专利数量（项）", str(len(pat)), "项", len(pat),
                 quote=f"合计：{len(pat)}项", row="合计")
        add_fact(p, "ip", 2, "平台核心软硬件技术获得的软著数量（个）", str(len(cr)), "项", len(cr),
                 quote=f"合计：{len(cr)}项", row="合计")
        return buf.getvalue()
    src = src_ip(p)
    texts = pdf_page_texts(src)
    scanned = doc.kind == "scan"
    q1, q2 = f"一、专利清单（共{len(pat)}项）", f"二、计算机软件著作权登记清单（共{len(cr)}项）"
    add_fact(p, "ip", find_page(texts, q1), "平台核心软硬件技术获得的专利数量（项）", str(len(pat)), "项", len(pat),
             quote=q1, row="一、专利清单", image_only=scanned)
    add_fact(p, "ip", find_page(texts, q2), "平台核心软硬件技术获得的软著数量（个）", str(len(cr)), "项", len(cr),
             quote=q2, row="二、计算机软件著作权登记清单", image_only=scanned)
    if not scanned:
        return src
    return scan_pdf(p, src, hash_seed(p.pid, "ipscan"), {len(texts): (0.75, 0.88)}, riding=True,
                    bw_pages=set(range(1, len(texts))))


# ============================================================================= awards
def src_awards(p: Package) -> bytes:
    from reportlab.platypus import Spacer
    n = p.ev.get("awards", p.v["awards"])
    rows = lists.awards(p.industry, n)
    total = f"共计{n}项" if p.industry == "logistics" else f"合计：{n}项"
    f = [P(f"{p.declared_name}", "center"), P("省部级及以上奖项/荣誉清单", "title"), Spacer(1, 6),
         rl_table([["序号", "奖项/荣誉名称", "颁发单位", "获得时间", "级别"]] + rows, [12, 72, 44, 22, 20],
                  align_center_cols=(0, 3, 4)),
         Spacer(1, 6), P(total, "plain"), Spacer(1, 30),
         P(f"{p.company}（盖章）", "right"), P("2024年7月", "right")]
    return build_pdf(f, title="荣誉清单")


def render_awards(p: Package) -> bytes:
    n = p.ev.get("awards", p.v["awards"])
    doc = p.docs["awards"]
    total = f"共计{n}项" if p.industry == "logistics" else f"合计：{n}项"
    if doc.kind == "xlsx":
        wb = new_xlsx(p.company)
        ws = wb.active
        ws.title = "荣誉清单"
        ws.append([f"{p.declared_name} 省部级及以上奖项/荣誉清单"])
        ws.append(["序号", "奖项/荣誉名称", "颁发单位", "获得时间", "级别"])
        for r in lists.awards(p.industry, n):
            ws.append([int(r[0])] + r[1:])
        ws.append([total])
        xl_style_header(ws, "A2:E2")
        xl_style_body(ws, f"A3:E{2 + n}")
        ws.column_dimensions["B"].width = 52
        ws.column_dimensions["C"].width = 30
        ws.column_dimensions["D"].width = 14
        buf = io.BytesIO()
        save_xlsx_to(wb, buf)
        add_fact(p, "awards", 1, "平台获得省部级及以上奖项/荣誉数量（个）", str(n), "项", n, quote=total, row="合计")
        return buf.getvalue()
    src = src_awards(p)
    scanned = doc.kind == "scan"
    add_fact(p, "awards", 1, "平台获得省部级及以上奖项/荣誉数量（个）", str(n), "项", n, quote=total,
             row=total.split("：")[0] if "：" in total else "共计", image_only=scanned)
    if not scanned:
        return src
    return scan_pdf(p, src, hash_seed(p.pid, "awscan"), {1: (0.8, 0.8)})


# ============================================================================= operations statistics (+ team)
def _ops_data(p: Package):
    v = p.v
    trade = round(v["rev"] * 1.84 + v["subs_amt"] * 0.2, 2)
    trade_ttm = round(trade * 1.043, 2)
    orders = [["平台订单数量（个）", v["orders_nat"], v["orders_ttm"]],
              ["其中：工业APP订阅订单（个）", round(v["orders_nat"] * 0.38), round(v["orders_ttm"] * 0.38)],
              ["平台交易额（万元）", trade, trade_ttm]]
    ents = [["注册企业用户数", v["reg"]], ["实际服务企业数", v["served"]], ["其中：付费企业", v["paid"]],
            ["其中：中小企业", v["sme"]], ["其中：上海地区企业", v["local"]]]
    q_om = round(v["team_q"] * v["team_om"] / v["team"])
    team = [["运维（含日常基础运维、迭代开发、优化升级）", v["team_om"], q_om],
            ["运营（含日常运营、销售、管理）", v["team_op"], v["team_q"] - q_om],
            ["合计", v["team"], v["team_q"]]]
    return orders, ents, team


def _ops_facts(p: Package, key: str, pages: dict[str, int], quote_fmt) -> None:
    v = p.v
    add_fact(p, key, pages["orders"], "平台订单数量(近一年总量)（个）", quote_fmt(v["orders_nat"]), "个", v["orders_nat"],
             row="平台订单数量（个）", col="2023年（自然年）")
    add_fact(p, key, pages["orders"], "平台订单数量(近一年总量)（个）", quote_fmt(v["orders_ttm"]), "个", v["orders_ttm"],
             row="平台订单数量（个）", col="截至填表日前一年")
    for label, k, row in (("实际服务企业数（个）", "served", "实际服务企业数"), ("付费企业数（个）", "paid", "其中：付费企业"),
                          ("服务中小企业数量（个）", "sme", "其中：中小企业"),
                          ("服务本市企业数量（个）", "local", "其中：上海地区企业")):
        add_fact(p, key, pages["ents"], label, quote_fmt(v[k]), "家", v[k], row=row, col="数量（家）")


def _team_facts(p: Package, key: str, page: int, quote_fmt) -> None:
    v = p.v
    add_fact(p, key, page, "平台团队总人数（人）", quote_fmt(v["team"]), "人", v["team"], row="合计", col="人数")
    add_fact(p, key, page, "运维人数（人）", quote_fmt(v["team_om"]), "人", v["team_om"], row="运维", col="人数")
    add_fact(p, key, page, "运营人数（人）", quote_fmt(v["team_op"]), "人", v["team_op"], row="运营", col="人数")
    add_fact(p, key, page, "有相关技术职称/从业资格的人数（人）", quote_fmt(v["team_q"]), "人", v["team_q"], row="合计",
             col="其中：有技术职称/从业资格")


def render_ops(p: Package) -> bytes:
    v = p.v
    orders, ents, team = _ops_data(p)
    doc = p.docs["ops"]
    with_team = "team" not in p.docs
    if doc.kind == "xlsx":
        from openpyxl.styles import Font
        wb = new_xlsx(p.company)
        ws = wb.active
        ws.title = "订单统计"
        ws["A1"] = "平台订单统计（近一年总量，两种统计口径）"
        ws["A1"].font = Font(name="黑体", bold=True, size=12)
        ws.merge_cells("A1:C1")
        ws.cell(2, 1, "指标")
        ws.cell(2, 2, "近一年总量")
        ws.cell(3, 2, "2023年（自然年）")
        ws.cell(3, 3, "截至填表日前一年（2023.07-2024.06）")
        ws.merge_cells("A2:A3")
        ws.merge_cells("B2:C2")
        for r, row in enumerate(orders, 4):
            for c, val in enumerate(row, 1):
                ws.cell(r, c, val)
        ws.cell(7, 1, f"平台交易规模年增长率（2023年较2022年）：{v['trade_growth']:.2f}%")
        xl_style_header(ws, "A2:C3")
        xl_style_body(ws, "A4:C6")
        ws.column_dimensions["A"].width = 34
        ws.column_dimensions["B"].width = 20
        ws.column_dimensions["C"].width = 34
        ws2 = wb.create_sheet("服务企业")
        ws2.append(["平台用户及服务企业情况（截至2024年6月30日）"])
        ws2.append(["指标", "数量（家）"])
        for row in ents:
            ws2.append(row)
        ws2.append(["注：“其中”项均为实际服务企业数的组成部分。"])
        xl_style_header(ws2, "A2:B2")
        xl_style_body(ws2, f"A3:B{2 + len(ents)}")
        ws2.column_dimensions["A"].width = 30
        ws2.column_dimensions["B"].width = 16
        pages = {"orders": 1, "ents": 2}
        if with_team:
            ws3 = wb.create_sheet("平台团队")
            ws3.append(["平台团队人员构成（截至2024年6月30日）"])
            ws3.append(["岗位类别", "人数", "其中：有技术职称/从业资格"])
            for row in team:
                ws3.append(row)
            xl_style_header(ws3, "A2:C2")
            xl_style_body(ws3, "A3:C5")
            ws3.column_dimensions["A"].width = 44
            ws3.column_dimensions["C"].width = 26
        buf = io.BytesIO()
        save_xlsx_to(wb, buf)
        _ops_facts(p, "ops", pages, str)
        if with_team:
            _team_facts(p, "ops", 3, str)
        return buf.getvalue()
    from reportlab.platypus import Spacer
    f = [P(f"{p.declared_name}", "center"), P("平台运营数据统计说明", "title"),
         P("一、平台订单数量（近一年总量）", "h2"),
         P("按填报指引，近一年总量可填写2023年自然年或截至填表日前一年总量，现将两种口径一并列示：", "body"),
         rl_table([["指标", "近一年总量", ""], ["", "2023年（自然年）", "截至填表日前一年（2023年7月—2024年6月）"]] +
                  [[r[0], sep(r[1]) if isinstance(r[1], int) else sep(r[1], 2),
                    sep(r[2]) if isinstance(r[2], int) else sep(r[2], 2)] for r in orders],
                  [60, 45, 65], header_rows=2, spans=[((0, 0), (0, 1)), ((1, 0), (2, 0))], num_cols=(1, 2)),
         P(f"平台交易规模年增长率（2023年较2022年）：{v['trade_growth']:.2f}%。", "body"),
         P("二、平台用户及服务企业情况（截至2024年6月30日）", "h2"),
         rl_table([["指标", "数量（家）"]] + [[a, sep(b)] for a, b in ents], [90, 50], num_cols=(1,)),
         P("注：“其中”项均为实际服务企业数的组成部分，不另行相加。", "small")]
    if with_team:
        f += [P("三、平台团队人员构成（截至2024年6月30日）", "h2"),
              rl_table([["岗位类别", "人数", "其中：有技术职称/从业资格"]] + [[a, str(b), str(c)] for a, b, c in team],
                       [90, 30, 50], num_cols=(1, 2))]
    f += [Spacer(1, 16), P(f"{p.company}", "right"), P("2024年7月", "right")]
    data = build_pdf(f, footer=page_number_footer("- {n} -"), title="平台运营数据统计说明")
    texts = pdf_page_texts(data)
    pages = {"orders": find_page(texts, sep(v["orders_ttm"]), "一、平台订单数量"),
             "ents": find_page(texts, sep(v["sme"]), "二、平台用户及服务企业情况")}
    _ops_facts(p, "ops", pages, sep)
    if with_team:
        _team_facts(p, "ops", find_page(texts, "三、平台团队人员构成"), str)
    return data


def render_team(p: Package) -> bytes:
    from reportlab.platypus import Spacer
    _, _, team = _ops_data(p)
    f = [P(f"{p.company}", "center"), P("平台团队人员情况说明", "title"),
         P(f"截至填表日（2024年7月18日），{p.declared_name}平台团队人员情况如下（人员名册留存备查）：", "body"),
         rl_table([["岗位类别", "人数", "其中：有技术职称/从业资格"]] + [[a, str(b), str(c)] for a, b, c in team],
                  [90, 30, 50], num_cols=(1, 2)),
         Spacer(1, 6),
         P("说明：运维人员与运营人员之和即平台团队总人数；技术职称/从业资格包括工程师及以上职称、PMP、CISP、网络工程师等。", "small"),
         Spacer(1, 20), P("人力资源部", "right"), P("2024年7月18日", "right")]
    data = build_pdf(f, title="平台团队人员情况说明")
    _team_facts(p, "team", 1, str)
    return data


# ============================================================================= 申报表 rows
CAPTIONS = {
    "machinery": {"平台团队总人数（人）": "平台团队人员总数（人）", "其中：运维人数（人）": "其中：运维人员（人）",
                  "运营人数（人）": "运营人员（人）", "工业APP平均月活跃数量（个）": "工业APP月均活跃数量（个）",
                  "平台订单数量（个），填写近一年总量": "平台订单数量（个）（近一年总量）"},
    "textiles": {"平台相关营业收入（万元）": "平台相关营业收入（2023年，万元）",
                 "平台相关研发投入（万元）": "平台相关研发投入（2023年，万元）",
                 "其中：服务中小企业数量（个）": "其中：中小企业（个）"},
    "chemicals": {"平台相关研发投入（万元）": "平台研发投入（万元）", "平台相关营业收入（万元）": "平台营业收入（万元）",
                  "平台核心软硬件技术获得的软著数量（个）": "平台核心软硬件技术获得的软件著作权数量（个）"},
    "logistics": {"连接的工业设备/产品/产线种类及数量（台/套）": "连接的工业设备/产品/产线数量（台/套）",
                  "其中：实际服务企业数（个）": "其中：实际服务企业（个）"},
}

PROOF_LABEL = {  # content key -> fact label whose first citation proves it
    "team": "平台团队总人数（人）", "team_om": "运维人数（人）", "team_op": "运营人数（人）",
    "team_q": "有相关技术职称/从业资格的人数（人）", "rd": "平台相关研发投入（万元）", "rd_int": "平台相关研发投入（万元）",
    "rev": "平台相关营业收入（万元）", "profit_rate": "平台利润率（%）", "dev": "连接的工业设备/产品/产线种类及数量（台/套）",
    "dev_cat": "连接的工业设备/产品/产线种类及数量（台/套）", "dev_reg": "连接的工业设备/产品/产线种类及数量（台/套）",
    "pub": "公有云工业设备连接数量（台/套）", "pub_cat": "公有云工业设备连接数量（台/套）",
    "pub_reg": "公有云工业设备连接数量（台/套）", "run": "公有云工业设备平均日运行数量（台/套）",
    "run_cat": "公有云工业设备平均日运行数量（台/套）", "run_reg": "公有云工业设备平均日运行数量（台/套）",
    "ovs": "海外设备连接数量（台/套）", "ovs_by": "海外设备连接数量（台/套）", "app": "工业APP数量（个）",
    "models": "工业机理模型数量（个）", "micro": "微服务数量（个）", "devs": "开发者注册总数（个）",
    "devs_active": "活跃开发者数（个）", "reg": "注册企业用户数（个）", "served": "实际服务企业数（个）",
    "paid": "付费企业数（个）", "local": "服务本市企业数量（个）", "sme": "服务中小企业数量（个）",
    "orders": "平台订单数量(近一年总量)（个）", "patents": "平台核心软硬件技术获得的专利数量（项）",
    "copyrights": "平台核心软硬件技术获得的软著数量（个）", "awards": "平台获得省部级及以上奖项/荣誉数量（个）",
    "roi": "投资回报率（%）", "subs": "工业APP订阅总数量（个）", "app_mau": "工业APP平均月活跃数量（个）",
    "indices": "平台现有特色指数（个）", "paid_share": "付费企业数（个）",
}
CASE_KEYS = {"om_down", "energy_down", "safety_up", "t_benefit", "t_costdown"}


def proof_text(p: Package, key: str) -> str:
    label = PROOF_LABEL.get(key)
    facts = [f for f in p.facts if f["label"] == label] if label else []
    if facts:
        fct = facts[0]
        doc = next(d for d in p.docs.values() if d.rel == fct["file"])
        if doc.kind == "xlsx":
            where = f"工作表{fct['page']}"
        elif doc.kind == "png":
            where = "截图"
        else:
            where = f"第{fct['page']}页"
        style = {"machinery": "{ref} {where}", "textiles": "{ref}（{where}）", "chemicals": "{ref}，{where}",
                 "logistics": "{ref} {title} {where}"}[p.industry]
        return style.format(ref=doc.ref, where=where, title=doc.title)
    if key in CASE_KEYS:
        return "见申报书“五、平台应用案例”（3个案例平均值）"
    if key.startswith("t_") or key in ("speed",):
        return "见申报书第二章" if p.industry != "logistics" else "申报书二、平台建设及运营情况"
    return "平台后台统计数据（可现场演示查验）"


# The applicant follows the notice's order loosely: (key moved, key it now follows).
ORDER_MOVES = {
    "machinery": [("rd", "paid_share"), ("rd_int", "rd")],
    "textiles": [("cloud", "util_storage"), ("pub_cloud", "cloud")],
    "logistics": [("protocols", "dev")],
}


def ordered_content(p: Package) -> list[tuple[str, str, str, str, str]]:
    rows = list(CONTENT)
    for key, after in ORDER_MOVES.get(p.industry, []):
        item = next(r for r in rows if r[4] == key)
        rows.remove(item)
        k = next(i for i, r in enumerate(rows) if r[4] == after)
        rows.insert(k + 1, item)
    return rows


def form_rows(p: Package) -> list[tuple[str, str, str, str, str, str]]:
    caps = CAPTIONS.get(p.industry, {})
    out = []
    for l1, l2, l3, content, key in ordered_content(p):
        out.append((l1, l2, l3, caps.get(content, content), cell(p, key), proof_text(p, key)))
    return out


def basic_rows(p: Package) -> list[list[str]]:
    i = p.info
    fin = i["fin"]
    rows = [["单位（企业）名称", p.company, "单位（企业）代码", i["credit_code"]],
            ["成立日期", i["founded"], "注册地及所在行政区", i["reg_place"]],
            ["企业类型", i["type"], "注册资本", i["capital"]],
            ["主营业务", i["business"], "", ""],
            ["法定代表人", i["legal_rep"], "联系人 / 职务", f"{i['contact']} / {i['contact_title']}"],
            ["联系人手机", i["mobile"], "传真", i["fax"]],
            ["电子邮箱", i["email"], "", ""],
            ["股权结构（发起人及出资信息）", "金额", "持股比例", ""]]
    for name, amt, pc in i["holders"]:
        rows.append([name, amt, pc, ""])
    rows.append(["申报单位上一年度经营状况（2023年）", "", "", ""])
    rows.append(["总资产（万元）", fin["assets"], "主营业务收入（万元）", fin["income"]])
    rows.append(["主营业务收入增长率（%）", fin["income_growth"], "负债率（%）", fin["debt"]])
    rows.append(["利润总额（万元）", fin["profit"], "税金（万元）", fin["tax"]])
    return rows


def check(flag: bool) -> str:
    return "☑" if flag else "□"


def platform_rows(p: Package) -> list[list[str]]:
    i, v = p.info, p.v
    (y0, m0), (y1, m1) = i["build_from"], i["build_to"]
    three = "\n".join(f"{y}年平台营收{num(p, v['rev_hist'][y], 'rev', unit=False)}万元/增长率{v['growth'][y]:.2f}%"
                      for y in (2021, 2022, 2023))
    bm = (f"{check(i['build_mode'] == '自建')} 自建　{check(i['build_mode'] == '合作共建')} 合作共建，合作企业名称（必填）："
          f"{i['partner'] or '＿＿＿＿'}")
    om = "　".join(f"{check(i['op_mode'] == m)} {m}" for m in ("自运营", "联合运营", "委托运营"))
    iaas = (f"{check(i['iaas'] == '自建')} 自建　{check(i['iaas'] == '租用')} 租用，服务商名称（必填）："
            f"{i['iaas_vendor'] or '＿＿＿＿'}")
    dep = "　".join(f"{check(m in i['deploy'])} {m}" for m in ("边缘侧", "私有云", "公有云", "混合云"))
    dep += f"　{check(bool(i['deploy_other']))} 其他部署方式：{i['deploy_other'] or '＿＿＿＿'}"
    return [["平台名称", p.declared_name],
            ["建设时间", f"{y0}年{m0}月至{y1}年{m1}月"],
            ["平台建设金额（万元）", num(p, v["build_amount"], "rev", unit=False)],
            ["平台近三年经营指标情况", three + "\n注：以上为平台相关收益单列数据，非公司整体财务数据。"],
            ["平台建设方式", bm], ["平台运营模式", om], ["IaaS基础设施", iaas], ["部署方式", dep],
            ["平台网址", f"{i['url']}\n评审账号：{i['account']}　密码：{i['password']}"],
            ["平台基本情况介绍", i["intro"]], ["平台建设成效", i["effect"]]]


def render_form_docx(p: Package) -> bytes:
    from docx.shared import Pt
    i = p.info
    doc = new_docx(p.company)
    docx_heading(doc, "附件2", 12, bold=False)
    for _ in range(3):
        doc.add_paragraph()
    docx_heading(doc, "上海市工业互联网平台应用水平评价", 20, center=True)
    docx_heading(doc, "申报表", 26, center=True)
    for _ in range(3):
        doc.add_paragraph()
    for a, b in (("申报年度", "2024年度"), ("平台名称", p.declared_name), ("申报单位", f"{p.company}（公章）"),
                 ("联 系 人", i["contact"]), ("联系人电话", i["mobile"])):
        docx_para(doc, f"{a}：{b}", 14, indent=False)
    for _ in range(4):
        doc.add_paragraph()
    docx_heading(doc, "上海市经济和信息化委员会制", 14, bold=False, center=True)
    docx_heading(doc, "2024年7月18日", 14, bold=False, center=True)
    doc.add_page_break()
    docx_heading(doc, "一、企业基本情况", 14)
    rows = basic_rows(p)
    merges = [(3, 1, 3, 3), (6, 1, 6, 3)]
    docx_table(doc, rows, [3.6, 5.2, 3.4, 4.6], header_rows=0, merges=merges)
    docx_heading(doc, "二、平台基本情况", 14)
    docx_table(doc, platform_rows(p), [3.6, 13.2], header_rows=0)
    doc.add_page_break()
    docx_heading(doc, "三、上海市工业互联网平台应用水平评价指标明细表", 14)
    rows = form_rows(p)
    if p.industry == "machinery":
        head = ["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]
        body = [list(r) for r in rows]
        widths = [1.6, 1.8, 2.0, 3.8, 5.6, 2.6]
    elif p.industry == "chemicals":
        head = ["三级指标", "内容", "证明资料", "平台实际情况"]
        body = [[r[2], r[3], r[5], r[4]] for r in rows]
        widths = [2.4, 4.4, 3.0, 7.0]
    else:  # logistics: section header rows instead of level columns
        head = ["内容", "平台实际情况", "证明资料"]
        body, last = [], None
        for r in rows:
            if r[2] != last:
                body.append([f"{r[1]} / {r[2]}", "", ""])
                last = r[2]
            body.append([r[3], r[4], r[5]])
        widths = [4.8, 8.6, 3.4]
    all_rows = [head] + body
    merges = []
    if p.industry == "logistics":
        merges = [(k, 0, k, 2) for k, r in enumerate(all_rows) if k and r[1] == "" and r[2] == "" and " / " in r[0]]
    if p.industry == "machinery":  # merge repeated level cells
        for col in (0, 1, 2):
            start = 1
            for k in range(2, len(all_rows) + 1):
                if k == len(all_rows) or all_rows[k][col] != all_rows[start][col]:
                    if k - 1 > start:
                        merges.append((start, col, k - 1, col))
                    start = k
    t = docx_table(doc, all_rows, widths, header_rows=1, size=8.5, merges=merges)
    del t
    docx_para(doc, "注：证明资料页码为各附件文件内的物理页码。", 9, indent=False)
    docx_para(doc, f"申报单位（盖章）：{p.company}　　　　　　日期：2024年7月18日", 10.5, indent=False)
    for s in doc.sections:
        s.left_margin = s.right_margin = Pt(54)
    return save_docx_bytes(doc)


def render_form_xlsx(p: Package) -> bytes:
    from openpyxl.styles import Alignment, Font
    v, i = p.v, p.info
    wb = new_xlsx(p.company)
    ws = wb.active
    ws.title = "封面"
    ws["A2"] = "上海市工业互联网平台应用水平评价申报表"
    ws["A2"].font = Font(name="黑体", size=18, bold=True)
    for r, (a, b) in enumerate((("申报年度", "2024年度"), ("平台名称", p.declared_name),
                                ("申报单位", f"{p.company}（公章）"), ("联系人", i["contact"]),
                                ("联系人电话", i["mobile"]), ("", "上海市经济和信息化委员会制"),
                                ("填报日期", "2024年7月18日")), 4):
        ws.cell(r, 1, a)
        ws.cell(r, 2, b)
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 60
    ws1 = wb.create_sheet("一、企业基本情况")
    for row in basic_rows(p):
        ws1.append(row)
    xl_style_body(ws1, f"A1:D{ws1.max_row}")
    for c, w in zip("ABCD", (30, 40, 24, 40)):
        ws1.column_dimensions[c].width = w
    ws2 = wb.create_sheet("二、平台基本情况")
    for row in platform_rows(p):
        ws2.append(row)
    # numbers as numbers where the cell is a single figure
    ws2["B3"] = v["build_amount"]
    ws2["B3"].number_format = "0.00"
    xl_style_body(ws2, f"A1:B{ws2.max_row}")
    ws2.column_dimensions["A"].width = 24
    ws2.column_dimensions["B"].width = 100
    ws3 = wb.create_sheet("三、指标明细表")
    ws3.append(["序号", "三级指标", "内容", "平台实际情况", "证明资料"])
    keys = [r[4] for r in ordered_content(p)]
    for k, (l1, l2, l3, content, actual, proof) in enumerate(form_rows(p), 1):
        key = keys[k - 1]
        val: object = actual
        if key in p.v and not key.startswith("t_") and key not in BREAKDOWNS and key not in (
                "speed", "orders", "smart", "indices", "awards"):
            val = p.v[key]
        ws3.append([k, l3, content, val, proof])
        c = ws3.cell(k + 1, 4)
        if isinstance(val, float):
            c.number_format = "0.00"
    xl_style_header(ws3, "A1:E1")
    xl_style_body(ws3, f"A2:E{ws3.max_row}")
    for c, w in zip("ABCDE", (6, 22, 44, 60, 24)):
        ws3.column_dimensions[c].width = w
    for row in ws3.iter_rows(min_row=2):
        for c in row:
            c.alignment = Alignment(vertical="center", wrap_text=True)
    buf = io.BytesIO()
    save_xlsx_to(wb, buf)
    return buf.getvalue()


def src_form(p: Package) -> bytes:
    """The signed-and-stamped print of the 申报表 that was scanned."""
    from reportlab.platypus import PageBreak, Spacer
    i = p.info
    f = [P("附件2", "plain"), Spacer(1, 90), P("上海市工业互联网平台应用水平评价", "title"), P("申报表", "big"),
         Spacer(1, 60)]
    for a, b in (("申报年度", "2024年度"), ("平台名称", p.declared_name), ("申报单位", f"{p.company}（公章）"),
                 ("联 系 人", i["contact"]), ("联系人电话", i["mobile"])):
        f.append(P(f"{a}：{b}", "h2"))
    f += [Spacer(1, 120), P("上海市经济和信息化委员会制", "center"), P("2024年7月18日", "center"), PageBreak(),
          P("一、企业基本情况", "h1"),
          rl_table(basic_rows(p), [40, 50, 36, 44], header_rows=0, spans=[((1, 3), (3, 3)), ((1, 6), (3, 6))]),
          Spacer(1, 8), P("二、平台基本情况", "h1"),
          rl_table(platform_rows(p), [36, 134], header_rows=0), PageBreak(),
          P("三、上海市工业互联网平台应用水平评价指标明细表", "h1")]
    rows = [["三级指标", "内容", "平台实际情况", "证明资料"]] + [[r[2], r[3], r[4], r[5]] for r in form_rows(p)]
    f.append(rl_table(rows, [26, 40, 74, 30], repeat=1))
    f += [Spacer(1, 14), P(f"申报单位（盖章）：{p.company}　　　　日期：2024年7月18日", "plain")]
    return build_pdf(f, footer=page_number_footer("第 {n} 页"), title="申报表")


def render_form_scan(p: Package) -> bytes:
    src = src_form(p)
    n = pdf_page_count(src)
    return scan_pdf(p, src, hash_seed(p.pid, "formscan"), {1: (0.62, 0.56), n: (0.7, 0.9)}, riding=True,
                    bw_pages=set(range(2, n)))


# ============================================================================= 申报书
def attachments(p: Package) -> list[tuple[str, str, int, str]]:
    targets = {"audit": "平台营收、研发投入、利润（1.2.1、1.2.2、3.1.2）", "devices": "工业设备连接情况（2.1.1）",
               "shot1": "平台运行数据（2.1、2.3、2.4、3.1.1）", "shot2": "开发者/应用数据（2.4.1、2.1.2）",
               "shots": "平台运行数据（2.1、2.2.3、2.3、2.4）", "ip": "专利、软著数量（3.1.3）",
               "awards": "奖项/荣誉数量（3.1.3）", "ops": "订单、服务企业数量（3.1.1）" +
                                                    ("、团队人数（1.1.2）" if "team" not in p.docs else ""),
               "team": "平台团队人数（1.1.2）"}
    out = []
    for key in ("audit", "devices", "shot1", "shot2", "shots", "ip", "awards", "ops", "team"):
        if key in p.docs:
            d = p.docs[key]
            out.append((d.ref, Path(d.rel).name, d.pages, targets[key]))
    return out


def render_book(p: Package) -> bytes:
    blocks = books.blocks(p, attachments(p))
    if p.docs["book"].kind == "docx":
        doc = new_docx(p.company)
        for b in blocks:
            kind = b[0]
            if kind == "title":
                for _ in range(4):
                    doc.add_paragraph()
                for line in b[1].split("\n"):
                    docx_heading(doc, line, 22, center=True)
                for _ in range(3):
                    doc.add_paragraph()
            elif kind == "cover":
                for a, c in b[1]:
                    docx_para(doc, f"{a}：{c}", 14, indent=False)
                for _ in range(4):
                    doc.add_paragraph()
                docx_heading(doc, "上海市经济和信息化委员会制", 14, bold=False, center=True)
                docx_heading(doc, "2024年7月", 14, bold=False, center=True)
            elif kind == "pagebreak":
                doc.add_page_break()
            elif kind == "h1":
                docx_heading(doc, b[1], 15)
            elif kind == "h2":
                docx_heading(doc, b[1], 12)
            elif kind == "p":
                docx_para(doc, b[1], 11)
            elif kind == "table":
                docx_table(doc, b[1], [w / 10 for w in b[2]], header_rows=b[3], size=9)
                doc.add_paragraph()
        return save_docx_bytes(doc)
    from reportlab.platypus import PageBreak, Spacer
    f = []
    for b in blocks:
        kind = b[0]
        if kind == "title":
            f += [Spacer(1, 120)] + [P(line, "big") for line in b[1].split("\n")] + [Spacer(1, 60)]
        elif kind == "cover":
            f += [P(f"{a}：{c}", "h2") for a, c in b[1]] + [Spacer(1, 100), P("上海市经济和信息化委员会制", "center"),
                                                           P("2024年7月", "center")]
        elif kind == "pagebreak":
            f.append(PageBreak())
        elif kind == "h1":
            f.append(P(b[1], "h1"))
        elif kind == "h2":
            f.append(P(b[1], "h2"))
        elif kind == "p":
            f.append(P(b[1], "body"))
        elif kind == "table":
            f += [rl_table(b[1], b[2], header_rows=b[3]), Spacer(1, 6)]
    return build_pdf(f, footer=page_number_footer("- {n} -"), title="申报书")


# ============================================================================= 汇总表
def summary_cells(p: Package, truth_rows: list[dict]) -> list[tuple[str, str]]:
    """What the applicant typed in the 附件4 cells (its own style), per 附件4 label."""
    v = p.v
    out = []
    by = {r["label"]: r for r in truth_rows}
    for label in SUMMARY_LABELS:
        r = by[label]
        val = r["value"]
        norm = r["normalized"]
        if label == "平台近三年经营指标情况":
            val = three_years_text(p, canonical=False).replace("；", "\n")
        elif label == "平台订单数量(近一年总量)（个）":
            if p.style.get("summary_orders") == "ttm":
                val = f"{v['orders_ttm']}（截至填表日前一年，2023年7月—2024年6月）"
            else:
                val = p.style["orders"].format(nat=num(p, v["orders_nat"], unit=False),
                                               ttm=num(p, v["orders_ttm"], unit=False))
        elif label == "连接的工业设备/产品/产线种类及数量（台/套）" and p.style.get("private", {}).get("dev"):
            val = cell(p, "dev")
        elif isinstance(norm, dict) and label != "平台近三年经营指标情况":
            val = "、".join(f"{k}：{num(p, n, unit=False)}" for k, n in norm.items())
        elif isinstance(norm, bool):
            val = "是" if norm else "否"
        elif isinstance(norm, (int, float)) and label not in ("序号", "平台是否服务上海智能工厂，数量"):
            if p.style.get("num") == "sep":
                val = sep(float(norm), 2) if "." in val else sep(int(norm))
        out.append((label, val))
    return out


PRINTED_LABELS = {  # how the 附件4 template prints some labels (hint after the label)
    "平台是否建立安全管理体系": "平台是否建立安全管理体系　是/否",
    "有否定期开展第三方安全测试/测评": "有否定期开展第三方安全测试/测评　是/否",
    "有否定期进行安全扫描": "有否定期进行安全扫描　是/否",
    "企业是否已上市或已获得VC/PE投资": "企业是否已上市或已获得VC/PE 投资　是/否",
    "平台是否有自研形成的核心技术突破": "平台是否有自研形成的核心技术突破　是/否",
    "平台是否具备碳管理服务能力": "平台是否具备碳管理服务能力　是/否",
    "平台是否融合使用国家标识解析系统": "平台是否融合使用国家标识解析系统　是/否",
    "序号": "序号（请根据附件6中平台对应序号填写）",
}


def render_summary(p: Package, truth_rows: list[dict]) -> bytes:
    from openpyxl.styles import Alignment, Font
    wb = new_xlsx(p.company)
    ws = wb.active
    ws.title = "附件4 汇总表"
    ws["A1"] = "附件4"
    ws["A2"] = "平台基本情况汇总表"
    ws["A2"].font = Font(name="黑体", size=16, bold=True)
    ws.merge_cells("A2:B2")
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.append(["项目", "填报内容"])
    for label, val in summary_cells(p, truth_rows):
        printed = PRINTED_LABELS.get(label, label)
        if (p.industry == "textiles" and isinstance(val, str) and re.fullmatch(r"-?\d+(\.\d+)?", val)
                and label != "联系人手机号"):
            ws.append([printed, float(val) if "." in val else int(val)])
            if "." in val:
                ws.cell(ws.max_row, 2).number_format = "0.00"
        else:
            ws.append([printed, val])
    xl_style_header(ws, "A3:B3")
    xl_style_body(ws, f"A4:B{ws.max_row}")
    ws.column_dimensions["A"].width = 44
    ws.column_dimensions["B"].width = 80
    ws.append([])
    ws.append([f"填报单位：{p.company}（盖章）", "填报日期：2024年7月18日"])
    buf = io.BytesIO()
    save_xlsx_to(wb, buf)
    return buf.getvalue()


# ============================================================================= 附件1 / 附件5
def render_contact(p: Package) -> bytes:
    i = p.info
    doc = new_docx(p.company)
    docx_heading(doc, "附件1", 12, bold=False)
    docx_heading(doc, "联系人信息反馈表", 18, center=True)
    docx_heading(doc, "2024年度上海市工业互联网平台应用水平评价工作", 12, bold=False, center=True)
    docx_heading(doc, "一、联系人信息反馈", 13)
    docx_table(doc, [["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"],
                     ["联系人（主）", i["contact"], p.company, i["contact_title"], i["mobile"], i["email"]],
                     ["联系人（备用）", {"machinery": "韩磊", "textiles": "郑晓雯", "chemicals": "马骏",
                                      "logistics": "邵一鸣"}[p.industry], p.company, "项目主管",
                      {"machinery": "13917206315", "textiles": "13918462907", "chemicals": "13901762258",
                       "logistics": "13916538840"}[p.industry], i["email"].replace(i["email"].split("@")[0], "iip")]],
               [2.2, 1.6, 4.2, 2.4, 2.6, 4.2], header_rows=1, size=9)
    docx_heading(doc, "二、评审会现场地址信息反馈", 13)
    a = i["address_parts"]
    docx_para(doc, f"具体地址*：上海市{a[0]}{a[1]}{a[2]}{a[3]}", 11, indent=False)
    docx_para(doc, "*注：该场地满足平台功能操作演示、现场答辩等相关需求。", 9, indent=False)
    return save_docx_bytes(doc)


def src_promise(p: Package) -> bytes:
    from reportlab.platypus import Spacer
    f = [P("附件5", "plain"), Spacer(1, 30), P("真实性承诺", "title"), Spacer(1, 20),
         P("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，"
           "如有不实，愿承担相应的法律责任及由此产生的一切后果。"),
         P("特此承诺。"), Spacer(1, 80),
         P(f"申报单位：{p.company}（盖章）", "right"), Spacer(1, 10),
         P(f"法定代表人：{p.info['legal_rep']}（签章）", "right"), Spacer(1, 10),
         P("2024年7月18日", "right")]
    return build_pdf(f, title="真实性承诺")


def render_promise(p: Package) -> bytes:
    src = src_promise(p)
    imgs = rasterize(src, SCAN_DPI)
    img = imgs[0]
    d = ImageDraw.Draw(img)
    # handwritten-looking signature
    x, y = int(img.width * 0.66), int(img.height * 0.415)
    rng = random.Random(hash_seed(p.pid, "sign"))
    pts = [(x + k * 9, y + rng.randint(-9, 9)) for k in range(16)]
    d.line(pts, fill=(20, 30, 90), width=3)
    seal = draw_seal(p.company, int(SCAN_DPI * 1.65), hash_seed(p.pid, "promise"))
    page = scanify(img, hash_seed(p.pid, "promisescan"), seals=[(seal, (0.74, 0.36))])
    return images_to_pdf([page], dpi=SCAN_DPI)


__all__ = ["plan", "render_audit", "render_devices", "render_shots", "render_ip", "render_awards", "render_ops",
           "render_team", "render_form_docx", "render_form_xlsx", "render_form_scan", "render_book", "render_summary",
           "render_contact", "render_promise", "src_audit", "src_ip", "src_awards", "src_form", "src_promise",
           "shot_pages", "squash", "esc", "plain", "build_time", "build_mode_text", "deploy_text"]
