"""Builds the h32 holdout set (formulas theme): packages/<id>/… and truth/<id>.json. Deterministic.

    .venv/bin/python eval_sets/blind/h32/build.py    (from the repository)
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parents[2]))  # the repository (eval_sets.generator.fonts)
sys.path.insert(0, str(ROOT))

import openpyxl  # noqa: E402
from PIL import Image, ImageDraw  # noqa: E402

import kit  # noqa: E402
import specs  # noqa: E402
from book import blocks_docx, book_blocks  # noqa: E402
from docs import contact_docx, form_docx, form_scan, form_xlsx, promise_docx, promise_scan, summary_docx, summary_xlsx  # noqa: E402
from values import A4_LABELS, build_values  # noqa: E402

AUDITOR = "沪信中和会计师事务所（特殊普通合伙）"


def fmt(x, dec=2):
    return f"{x:,.{dec}f}"


class Pack:
    def __init__(self, P):
        self.P = P
        self.dir = ROOT / "packages" / P["id"]
        self.files: dict[str, str] = {}
        self.facts: list[dict] = []
        self.proofs: dict[str, str] = {}
        self.attach: list[tuple[str, str]] = []

    def path(self, rel, role):
        self.files[rel] = role
        return self.dir / rel

    def fact(self, label, value, unit, norm, file, page, quote=None, row="", col="", comp="", img=False, proof=True):
        self.facts.append(dict(label=label, value=value, unit=unit, normalized=norm, file=file, page=page,
                               quote=quote if quote is not None else value, row_label=row, column_label=col,
                               component=comp, image_only=img))
        if proof:
            key = label
            stem = Path(file).stem
            self.proofs.setdefault(key, f"见《{stem}》第{page}页")


# ------------------------------------------------------------------ evidence generators
def audit_pdf(pk: Pack, rel, unit="元", years=(2023, 2022, 2021), scan=False):
    P, E = pk.P, pk.P["E"]
    ci = P["company_info"]
    yuan = unit == "元"
    k = 1e4 if yuan else 1

    def money(wan):  # wan in 万元 -> printed text
        return fmt(wan * k)

    revs = E.get("rev_yuan")
    plat_rev = {y: (revs[y] / 1e4 if revs else E["rev"][y]) for y in (2020, 2021, 2022, 2023)}
    if revs and yuan:
        plat_txt = {y: fmt(revs[y]) for y in plat_rev}
    else:
        plat_txt = {y: fmt(plat_rev[y] * k) for y in plat_rev}
    rd = E["rd_yuan"] / 1e4 if "rd_yuan" in E else E["rd"]
    profit = E["profit_yuan"] / 1e4 if "profit_yuan" in E else E["profit"]
    net = E["net_yuan"] / 1e4 if "net_yuan" in E else E["net"]
    rd_t = fmt(E["rd_yuan"]) if ("rd_yuan" in E and yuan) else money(rd)
    pr_t = fmt(E["profit_yuan"]) if ("profit_yuan" in E and yuan) else money(profit)
    net_t = fmt(E["net_yuan"]) if ("net_yuan" in E and yuan) else money(net)
    cy = ci["rev_yuan"]
    blocks = [("sp", 40), ("h", f"{P['company']}<br/>2023年度财务报表及审计报告"), ("sp", 20),
              ("c", f"{AUDITOR}"), ("c", f"沪信审字〔2024〕第{P['list_no']:03d}18号"), ("pb",),
              ("h2", "审计报告"),
              ("p", f"{P['company']}全体股东："),
              ("p", f"　　我们审计了{P['company']}（以下简称“贵公司”）财务报表，包括2023年12月31日的合并及母公司资产负债表，"
                    "2023年度的合并及母公司利润表、现金流量表、所有者权益变动表以及相关财务报表附注。"),
              ("p", "　　我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司2023年12月31日的"
                    "合并及母公司财务状况以及2023年度的合并及母公司经营成果和现金流量。"),
              ("p", f"　　2023年度贵公司实现营业收入{ci['rev_prose']}，利润总额{ci['profit']}万元。"),
              ("sp", 20), ("r", AUDITOR), ("r", "中国注册会计师：王立群　周晓楠"), ("r", "2024年4月18日"), ("pb",),
              ("h2", "合并利润表"), ("p", f"编制单位：{P['company']}　　2023年度　　单位：元"),
              ("t", [["项目", "本期金额", "上期金额"],
                     ["一、营业总收入", fmt(cy), fmt(cy / (1 + ci["growth_f"] / 100))],
                     ["其中：营业收入", fmt(cy), fmt(cy / (1 + ci["growth_f"] / 100))],
                     ["二、营业总成本", fmt(cy * 0.93), fmt(cy * 0.935 / (1 + ci["growth_f"] / 100))],
                     ["三、营业利润", fmt(ci["profit_f"] * 1e4 - 1286540.22), fmt(ci["profit_f"] * 1e4 * 0.9)],
                     ["四、利润总额", fmt(ci["profit_f"] * 1e4), fmt(ci["profit_f"] * 1e4 * 0.92)],
                     ["减：所得税费用", fmt(ci["profit_f"] * 1e4 * 0.15), fmt(ci["profit_f"] * 1e4 * 0.14)],
                     ["五、净利润", fmt(ci["profit_f"] * 1e4 * 0.85), fmt(ci["profit_f"] * 1e4 * 0.92 * 0.86)]],
               [80, 44, 44], {"right": [1, 2]}),
              ("pb",),
              ("h2", "财务报表附注（节选）　十五、工业互联网平台业务财务信息"),
              ("p", f"　　公司按业务线对{P['declared_name']}（以下简称“平台”）相关收支进行单独核算。平台相关营业收入指通过平台直接订阅的服务"
                    f"及平台服务获得的收入；研发投入按国家统计局研究与试验发展（R&D）口径归集。单位：{unit}")]
    ys = list(years)
    head = ["项目"] + [f"{y}年度" for y in ys]
    rows = [head,
            ["平台相关营业收入"] + [plat_txt[y] for y in ys],
            ["平台相关研发投入", rd_t] + ["—"] * (len(ys) - 1),
            ["平台利润总额", pr_t] + ["—"] * (len(ys) - 1),
            ["平台净利润", net_t] + ["—"] * (len(ys) - 1)]
    blocks.append(("t", rows, [50] + [116 / len(ys)] * len(ys), {"right": list(range(1, len(ys) + 1))}))
    blocks.append(("p", f"　　截至2023年12月31日，平台累计建设投入{fmt(P['invest'] * k)}{unit}（含软硬件购置、研发及实施费用），已全部完成验收。"))
    f = rel
    npages = kit.write_pdf(pk.path(rel, "evidence:audit_report"), blocks, font="song", size=10,
                           header=f"{P['company']}　2023年度审计报告", footer=AUDITOR)
    pg = 4
    unit_norm = lambda txt_val, wan: (txt_val, unit, round(wan, 2))
    for y in ys:
        if y == 2023:
            pk.fact("平台相关营业收入（万元）", plat_txt[y], unit, round(plat_rev[y], 2), f, pg, row="平台相关营业收入", col="2023年度")
        else:
            pk.fact("平台近三年经营指标情况", plat_txt[y], unit, round(plat_rev[y], 2), f, pg, row="平台相关营业收入",
                    col=f"{y}年度", comp=f"{y}年平台营收（万元）")
    pk.fact("平台相关研发投入（万元）", rd_t, unit, round(rd, 2), f, pg, row="平台相关研发投入", col="2023年度")
    pk.fact("平台利润率（%）", pr_t, unit, round(profit, 2), f, pg, row="平台利润总额", col="2023年度", comp="平台利润总额（万元）")
    pk.fact("投资回报率（%）", pr_t, unit, round(profit, 2), f, pg, row="平台利润总额", col="2023年度", comp="平台年利润（万元）")
    inv_t = fmt(P["invest"] * k)
    pk.fact("平台建设金额（万元）", inv_t, unit, P["invest"], f, pg, quote=f"平台累计建设投入{inv_t}{unit}")
    pk.fact("投资回报率（%）", inv_t, unit, P["invest"], f, pg, quote=f"平台累计建设投入{inv_t}{unit}", comp="投资总额（万元）")
    pk.attach.append((Path(rel).stem, f"第1-{npages}页"))


SOC_ROWS = [("工资", "工资（含奖金、津贴等工资性收入）", "工资（万元）"),
            ("社保福利", "劳保退休统筹及其他社会福利支出", "劳保退休统筹及其他社会福利支出（万元）"),
            ("利息", "利息支出净额", "利息支出净额（万元）"),
            ("增值税", "应交增值税", "应交增值税（万元）"),
            ("税金及附加", "产品销售税金及附加", "产品销售税金及附加（万元）"),
            ("所得税", "应交所得税及其他税", "应交所得税及其他税（万元）"),
            ("净利润", "净利润", "净利润（万元）")]


def social_pdf(pk: Pack, rel, title, unit="万元"):
    P, s = pk.P, pk.P["E"]["social"]
    k = 1e4 if unit == "元" else 1
    total = sum(s[a] for a, _, _ in SOC_ROWS)
    rows = [["序号", "社会贡献总额构成项目", f"2023年度金额（{unit}）"]]
    for i, (key, name, _) in enumerate(SOC_ROWS, 1):
        rows.append([str(i), name, fmt(s[key] * k)])
    rows.append(["", "社会贡献总额合计", fmt(total * k)])
    rows2 = [["项目", f"金额（{unit}）"], ["平台资产总额（2023年初）", fmt(s["年初资产"] * k)],
             ["平台资产总额（2023年末）", fmt(s["年末资产"] * k)],
             ["平均资产总额", fmt((s["年初资产"] + s["年末资产"]) / 2 * k)]]
    blocks = [("h", title), ("p", f"编制单位：{P['company']}财务部　　口径：{P['declared_name']}业务单元　　期间：2023年1月1日至12月31日"),
              ("p", "　　依据《指标解释及填报指引》，社会贡献率＝社会贡献总额÷平均资产总额×100%。社会贡献总额包括工资（含奖金、津贴等工资性收入）、"
                    "劳保退休统筹及其他社会福利支出、利息支出净额、应交增值税、产品销售税金及附加、应交所得税及其他税、净利润。"),
              ("p", "表1 社会贡献总额构成"), ("t", rows, [16, 100, 50], {"right": [2]}), ("sp", 4),
              ("p", "表2 平均资产总额"), ("t", rows2, [100, 66], {"right": [1]}), ("sp", 6),
              ("p", "注：利息支出净额＝利息支出－利息收入；平台资产按平台业务单元资产负债表归集。"),
              ("sp", 12), ("r", f"{P['company']}财务部"), ("r", "2024年7月8日")]
    kit.write_pdf(pk.path(rel, "evidence:other"), blocks, font="song", size=10.5)
    for key, name, comp in SOC_ROWS:
        pk.fact("平台社会贡献率（%）", fmt(s[key] * k), unit, s[key], rel, 1, row=name, col=f"2023年度金额（{unit}）", comp=comp)
    pk.fact("平台社会贡献率（%）", fmt(s["年初资产"] * k), unit, s["年初资产"], rel, 1, row="平台资产总额（2023年初）", col=f"金额（{unit}）", comp="年初资产总额（万元）")
    pk.fact("平台社会贡献率（%）", fmt(s["年末资产"] * k), unit, s["年末资产"], rel, 1, row="平台资产总额（2023年末）", col=f"金额（{unit}）", comp="年末资产总额（万元）")
    pk.attach.append((Path(rel).stem, "第1页"))


def social_xlsx(pk: Pack, rel):
    """Clean-package variant: wages etc. in 元, assets in 万元, on one sheet; totals by formula."""
    P, s = pk.P, pk.P["E"]["social"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "社会贡献率测算"
    ws.append([f"{P['declared_name']} 2023年度社会贡献率测算表"])
    ws.append(["构成项目", "金额（元）", "备注"])
    for key, name, comp in SOC_ROWS:
        ws.append([name, round(s[key] * 1e4, 2), "平台业务单元全年发生额" if key != "净利润" else "平台净亏损，按负数计入"])
    ws.append(["社会贡献总额合计", "=SUM(B3:B9)", ""])
    ws.append([])
    ws.append(["资产项目", "金额（万元）", ""])
    ws.append(["平台资产总额（年初）", s["年初资产"], ""])
    ws.append(["平台资产总额（年末）", s["年末资产"], ""])
    ws.append(["平均资产总额", "=(B13+B14)/2", ""])
    for row in ws.iter_rows(min_row=3):
        if isinstance(row[1].value, (int, float)):
            row[1].number_format = "#,##0.00"
    ws.column_dimensions["A"].width = 40
    ws.column_dimensions["B"].width = 20
    ws.column_dimensions["C"].width = 30
    p = pk.path(rel, "evidence:other")
    p.parent.mkdir(parents=True, exist_ok=True)
    wb.save(p)
    kit.normalize_zip(p)
    for key, name, comp in SOC_ROWS:
        pk.fact("平台社会贡献率（%）", fmt(s[key] * 1e4), "元", s[key], rel, 1, row=name, col="金额（元）", comp=comp)
    pk.fact("平台社会贡献率（%）", fmt(s["年初资产"]), "万元", s["年初资产"], rel, 1, row="平台资产总额（年初）", col="金额（万元）", comp="年初资产总额（万元）")
    pk.fact("平台社会贡献率（%）", fmt(s["年末资产"]), "万元", s["年末资产"], rel, 1, row="平台资产总额（年末）", col="金额（万元）", comp="年末资产总额（万元）")
    pk.attach.append((Path(rel).stem, "工作表1"))


def trade_pdf(pk: Pack, rel, prose_unit="亿元", years=(2022, 2023)):
    P, t = pk.P, pk.P["E"]["trade"]
    rows = [["年度", "平台交易额（万元）", "平台订单数（个）", "同比增长"]]
    prev = None
    for y in (2021, 2022, 2023):
        rows.append([f"{y}年", fmt(t[y]), str(int(P["users"]["orders"][0] * t[y] / t[2023])),
                     "—" if prev is None else f"{(t[y] / prev - 1) * 100:.1f}%"])
        prev = t[y]
    blocks = [("h", f"{P['declared_name']}交易规模统计说明"),
              ("p", f"　　平台交易规模指用户通过平台下单并完成结算的服务及产品交易金额（不含仅撮合对接、未产生订单的信息服务）。"
                    f"2023年平台交易额约{t[2023] / 1e4:.2f}{prose_unit}，上年为{t[2022] / 1e4:.2f}{prose_unit}。数据来源：平台订单结算系统，统计截止日2023年12月31日。"),
              ("t", rows, [30, 50, 46, 40], {"right": [1, 2, 3]}), ("sp", 6),
              ("p", "　　注：同比增长按交易额计算，保留一位小数；交易额含税。"), ("sp", 10), ("r", f"{P['company']}平台运营中心"), ("r", "2024年7月")]
    kit.write_pdf(pk.path(rel, "evidence:other"), blocks, font="hei", size=10)
    for y in years:
        pk.fact("平台交易规模年增长率（%）", fmt(t[y]), "万元", t[y], rel, 1, row=f"{y}年", col="平台交易额（万元）",
                comp=f"{y}年平台交易规模（万元）")
    pk.attach.append((Path(rel).stem, "第1页"))


def trade_xlsx(pk: Pack, rel):
    P, t = pk.P, pk.P["E"]["trade"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "交易规模"
    ws.append(["年份", "交易额（万元）", "备注"])
    for y in (2021, 2022, 2023):
        ws.append([f"{y}年", t[y], "订单结算系统导出"])
        ws.cell(ws.max_row, 2).number_format = "#,##0.00"
    p = pk.path(rel, "evidence:other")
    p.parent.mkdir(parents=True, exist_ok=True)
    wb.save(p)
    kit.normalize_zip(p)
    for y in (2021, 2022, 2023):
        pk.fact("平台交易规模年增长率（%）", fmt(t[y]), "万元", t[y], rel, 1, row=f"{y}年", col="交易额（万元）",
                comp=f"{y}年平台交易规模（万元）")
    pk.attach.append((Path(rel).stem, "工作表1"))


def device_pdf(pk: Pack, rel, with_storage=False, print_rate=True):
    P, E, V = pk.P, pk.P["E"], pk.V
    dev = P["devices"]
    cats = V.v["按二级分类统计工业设备数量（台/套）"][1]
    total, run = E["dev_total"], E["dev_run"]
    rate = total and run / total * 100
    rows = [["设备二级分类", "接入设备数（台/套）"]] + [[k, fmt(v, 0)] for k, v in cats.items()] + [["合计", fmt(total, 0)]]
    blocks = [("h", "平台设备接入与运行统计报告"), ("p", f"统计对象：{P['declared_name']}　统计截止：2024年6月30日　出具：平台运维部"),
              ("h2", "一、接入规模"), ("t", rows, [90, 60], {"right": [1]}),
              ("p", f"　　其中公有云连接设备{fmt(dev['public'], 0)}台/套，海外设备{fmt(sum(dev['overseas'].values()), 0)}台/套。"),
              ("h2", "二、运行情况"),
              ("p", f"　　近一年（2023年7月—2024年6月）平台接入设备日均在线运行{fmt(run, 0)}台/套（以当日上传实时运行数据为准）。"
                    + (f"设备利用率＝日均运行设备数÷接入设备总数，为{rate:.2f}%。" if print_rate else ""))]
    if with_storage:
        s = P["storage"]
        blocks += [("h2", "三、存储资源"),
                   ("t", [["指标", "数值"], ["存储总容量（TB）", fmt(s["cap"])], ["已用存储（工业数据）（TB）", fmt(s["used"])],
                          ["其中公有云（TB）", fmt(s["pub_data"])]], [90, 60], {"right": [1]})]
    kit.write_pdf(pk.path(rel, "evidence:device_list"), blocks, font="song", size=10.5)
    pk.fact("连接的工业设备/产品/产线种类及数量（台/套）", fmt(total, 0), "台/套", total, rel, 1, row="合计", col="接入设备数（台/套）")
    pk.fact("公有云工业设备连接数量（台/套）", fmt(dev["public"], 0), "台/套", dev["public"], rel, 1, quote=f"公有云连接设备{fmt(dev['public'], 0)}台/套")
    pk.fact("平台连接工业设备利用率（%）", fmt(total, 0), "台/套", total, rel, 1, row="合计", col="接入设备数（台/套）", comp="接入设备总数（台/套）")
    pk.fact("平台连接工业设备利用率（%）", fmt(run, 0), "台/套", run, rel, 1, quote=f"日均在线运行{fmt(run, 0)}台/套", comp="日均运行设备数（台/套）")
    if print_rate:
        pk.fact("平台连接工业设备利用率（%）", f"{rate:.2f}%", "%", round(rate, 2), rel, 1, quote=f"{rate:.2f}%")
    if with_storage:
        s = P["storage"]
        pk.fact("存储容量（TB）", fmt(s["cap"]), "TB", s["cap"], rel, 1, row="存储总容量（TB）", col="数值")
        pk.fact("存储工业数据量（TB）", fmt(s["used"]), "TB", s["used"], rel, 1, row="已用存储（工业数据）（TB）", col="数值")
    pk.attach.append((Path(rel).stem, "第1页"))


def _canvas(w=1600, h=900, bg=(244, 246, 250)):
    im = Image.new("RGB", (w, h), bg)
    return im, ImageDraw.Draw(im)


def _card(d, x, y, w, h, title, value, sub="", accent=(42, 110, 220)):
    d.rounded_rectangle([x, y, x + w, y + h], 14, fill=(255, 255, 255), outline=(220, 224, 232))
    d.rectangle([x, y + 18, x + 6, y + h - 18], fill=accent)
    d.text((x + 26, y + 22), title, font=kit.font(26), fill=(90, 98, 112))
    d.text((x + 26, y + 64), value, font=kit.font(46, kit.NOTO_SANS_B), fill=(30, 34, 44))
    if sub:
        d.text((x + 26, y + h - 44), sub, font=kit.font(20), fill=(130, 136, 150))


def storage_png(pk: Pack, rel, show_rate=True):
    P, s = pk.P, pk.P["storage"]
    im, d = _canvas()
    d.rectangle([0, 0, 1600, 70], fill=(24, 36, 60))
    d.text((30, 16), f"{P['short']}云资源监控中心  ›  存储资源", font=kit.font(28), fill=(255, 255, 255))
    d.text((1240, 22), "2024-06-30 18:00:05", font=kit.font(22), fill=(200, 210, 230))
    rate = s["used"] / s["cap"] * 100
    _card(d, 40, 110, 480, 190, "存储总容量", f"{fmt(s['cap'])} TB", "含私有云与公有云存储池")
    _card(d, 560, 110, 480, 190, "已使用容量", f"{fmt(s['used'])} TB", "工业数据（时序/影像/业务）", (20, 160, 110))
    if show_rate:
        _card(d, 1080, 110, 480, 190, "存储使用率", f"{rate:.2f}%", "已使用÷总容量", (230, 140, 30))
    else:
        _card(d, 1080, 110, 480, 190, "云服务器", f"{int(s['cloud'])} 台", "含公有云实例", (230, 140, 30))
    d.rounded_rectangle([40, 340, 1560, 860], 14, fill=(255, 255, 255), outline=(220, 224, 232))
    d.text((66, 360), "近12个月存储用量趋势（TB）", font=kit.font(24), fill=(90, 98, 112))
    pts = [(100 + i * 120, 800 - int((s["used"] * (0.62 + 0.035 * i)) / s["cap"] * 400)) for i in range(12)]
    d.line(pts, fill=(42, 110, 220), width=4)
    for i, (x, y) in enumerate(pts):
        d.ellipse([x - 6, y - 6, x + 6, y + 6], fill=(42, 110, 220))
        d.text((x - 30, 815), f"{(i + 6) % 12 + 1}月", font=kit.font(18), fill=(130, 136, 150))
    p = pk.path(rel, "evidence:screenshot")
    p.parent.mkdir(parents=True, exist_ok=True)
    im.save(p, optimize=False)
    pk.fact("存储容量（TB）", f"{fmt(s['cap'])} TB", "TB", s["cap"], rel, 1, quote=f"{fmt(s['cap'])} TB", row="存储总容量", img=True)
    pk.fact("存储工业数据量（TB）", f"{fmt(s['used'])} TB", "TB", s["used"], rel, 1, quote=f"{fmt(s['used'])} TB", row="已使用容量", img=True)
    if show_rate:
        pk.fact("存储资源利用率（%）", f"{rate:.2f}%", "%", round(rate, 2), rel, 1, row="存储使用率", img=True)
    pk.attach.append((Path(rel).stem, "第1页"))


def users_img(pk: Pack, show_served=False):
    P, u = pk.P, pk.P["users"]
    im, d = _canvas(bg=(236, 240, 246))
    d.rectangle([0, 0, 1600, 70], fill=(255, 255, 255))
    d.text((30, 16), f"{P['declared_name']} · 运营驾驶舱", font=kit.font(28, kit.NOTO_SANS_B), fill=(24, 36, 60))
    d.text((1260, 22), "数据截至 2024-06-30", font=kit.font(22), fill=(120, 126, 140))
    _card(d, 40, 110, 360, 190, "注册企业用户", f"{fmt(u['reg'], 0)}", "家")
    _card(d, 430, 110, 360, 190, "付费企业", f"{fmt(u['paid'], 0)}", "家（累计）", (20, 160, 110))
    if show_served:
        _card(d, 820, 110, 360, 190, "实际服务企业", f"{fmt(u['served'], 0)}", "家", (230, 140, 30))
    _card(d, 1210 if show_served else 820, 110, 350, 190, "工业APP", f"{pk.V.text('工业APP数量（个）')}", "个", (150, 80, 200))
    d.rounded_rectangle([40, 340, 1560, 860], 14, fill=(255, 255, 255), outline=(220, 224, 232))
    d.text((66, 360), "服务企业行业分布", font=kit.font(24), fill=(90, 98, 112))
    ind = pk.V.v["按行业统计服务企业数（个）"][1]
    mx = max(ind.values())
    for i, (k, v) in enumerate(ind.items()):
        y = 420 + i * 90
        d.text((80, y + 10), k, font=kit.font(24), fill=(60, 66, 80))
        d.rectangle([260, y, 260 + int(1100 * v / mx), y + 50], fill=(42, 110, 220))
        d.text((280 + int(1100 * v / mx), y + 10), str(v), font=kit.font(22), fill=(60, 66, 80))
    return im


def users_facts(pk: Pack, rel, show_served=False):
    u = pk.P["users"]
    pk.fact("注册企业用户数（个）", fmt(u["reg"], 0), "家", u["reg"], rel, 1, row="注册企业用户", img=True)
    pk.fact("付费企业数（个）", fmt(u["paid"], 0), "家", u["paid"], rel, 1, row="付费企业", img=True)
    pk.fact("付费用户占比（%）", fmt(u["paid"], 0), "家", u["paid"], rel, 1, row="付费企业", comp="付费用户数（个）", img=True)
    pk.fact("付费用户占比（%）", fmt(u["reg"], 0), "家", u["reg"], rel, 1, row="注册企业用户", comp="平台用户总数（个）", img=True)
    if show_served:
        pk.fact("实际服务企业数（个）", fmt(u["served"], 0), "家", u["served"], rel, 1, row="实际服务企业", img=True)


def cases_scan(pk: Pack, rels: list[str], seed: int):
    """Three user letters; one file (rels has 1 entry, 3 pages) or three files."""
    P = pk.P
    pages = []
    for i, c in enumerate(P["cases"]):
        blocks = [("sp", 10), ("h", "证　明"), ("sp", 6),
                  ("p", f"<font size=12>{P['company']}：</font>"),
                  ("p", f"<font size=12>　　我单位自{c['since']}起应用贵司{P['declared_name']}（{c['title']}）。经我单位设备管理部门对平台上线前后"
                        f"各12个月的运行数据进行对比核算，结果如下：</font>"),
                  ("t", [["指标", "上线前", "上线后", "变化率"],
                         ["设备运维成本（万元/年）", fmt(c["om_base"]), fmt(c["om_base"] * (1 - c["om"] / 100)), f"下降{c['om']:.2f}%"],
                         ["单位产出能耗", c["energy_unit"], "—", f"下降{c['energy']:.2f}%"],
                         ["安全生产连续运行时间（天）", str(c["safe_base"]), str(round(c["safe_base"] * (1 + c["safety"] / 100))), f"提升{c['safety']:.2f}%"]],
                   [60, 34, 34, 38], {"right": [1, 2, 3]}),
                  ("p", "<font size=12>　　特此证明。</font>"), ("sp", 24),
                  ("r", f"<font size=12>{c['company']}（盖章）</font>"), ("r", f"<font size=12>{c['date']}</font>")]
        pages.append(kit.pdf_bytes(blocks, size=11))
    import pypdfium2 as pdfium
    files = []
    if len(rels) == 1:
        merged = pdfium.PdfDocument.new()
        for data in pages:
            merged.import_pages(pdfium.PdfDocument(data))
        import io
        buf = io.BytesIO()
        merged.save(buf)
        seals = {i: (c["company"], (0.70, 0.62), "") for i, c in enumerate(P["cases"])}
        kit.scan_pdf(buf.getvalue(), pk.path(rels[0], "evidence:other"), seed, seals=seals)
        files = [(rels[0], i + 1) for i in range(3)]
        pk.attach.append((Path(rels[0]).stem, "第1-3页"))
    else:
        for i, (rel, data) in enumerate(zip(rels, pages)):
            kit.scan_pdf(data, pk.path(rel, "evidence:other"), seed + i, seals={0: (P["cases"][i]["company"], (0.70, 0.62), "")})
            files.append((rel, 1))
            pk.attach.append((Path(rel).stem, "第1页"))
    for i, (c, (rel, page)) in enumerate(zip(P["cases"], files), 1):
        for lab, key, word, comp in (("平台连接工业设备运维成本平均下降率（%）", "om", "下降", "运维成本下降率"),
                                     ("平台连接工业设备能耗平均下降率（%）", "energy", "下降", "能耗下降率"),
                                     ("平台连接工业设备安全生产持续时间平均提升率（%）", "safety", "提升", "安全生产持续时间提升率")):
            pk.fact(lab, f"{word}{c[key]:.2f}%", "%", c[key], rel, page, row={"om": "设备运维成本（万元/年）", "energy": "单位产出能耗",
                    "safety": "安全生产连续运行时间（天）"}[key], col="变化率", comp=f"案例{i}{comp}（%）", img=True)


def ip_pdf(pk: Pack, rel):
    P = pk.P
    npat, nsw = P["ip"]
    rows = [["序号", "专利名称", "专利号", "类型", "权利人"]]
    for i in range(1, npat + 1):
        rows.append([str(i), f"一种{P['ip_topics'][i % len(P['ip_topics'])]}方法及系统（{i:02d}）", f"ZL20{18 + i % 6}1{(i * 7919) % 1000000:06d}.{i % 10}",
                     "发明" if i % 3 else "实用新型", P["company"]])
    rows2 = [["序号", "软件名称", "登记号", "权利人"]]
    for i in range(1, nsw + 1):
        rows2.append([str(i), f"{P['short']}{P['sw_topics'][i % len(P['sw_topics'])]}软件V{1 + i % 4}.0", f"20{19 + i % 5}SR{(i * 104729) % 1000000:07d}", P["company"]])
    blocks = [("h", f"{P['declared_name']}知识产权清单"), ("p", f"一、专利（共{npat}项）"), ("t", rows, [12, 72, 40, 18, 24]), ("pb",),
              ("p", f"二、软件著作权（共{nsw}项）"), ("t", rows2, [12, 80, 34, 40])]
    kit.write_pdf(pk.path(rel, "evidence:patent_list"), blocks, font="song", size=9, header=f"{P['company']} 知识产权清单")
    texts = kit.pdf_page_texts(pk.dir / rel)
    sw_page = next(i for i, t in enumerate(texts, 1) if "软件著作权（共" in t)
    pk.fact("平台核心软硬件技术获得的专利数量（项）", str(npat), "项", npat, rel, 1, quote=f"专利（共{npat}项）")
    pk.fact("平台核心软硬件技术获得的软著数量（个）", str(nsw), "项", nsw, rel, sw_page, quote=f"软件著作权（共{nsw}项）")
    pk.attach.append((Path(rel).stem, f"第1-{len(texts)}页"))


# ------------------------------------------------------------------ package extras (texts, company info)
def extras(P):
    E = P["E"]
    base = {
        "h32_lianying_clean": dict(
            field="医疗装备", short="联影", bench="某医疗设备远程运维平台",
            positioning="面向高端医疗影像装备全生命周期的设备互联、远程运维与智能服务行业平台。",
            company_info=dict(code="91310114MA1GT2XX6K", founded="2011-03-21", addr="上海市嘉定区", type="股份有限公司（上市）",
                              capital="82,418.7万元", business="高端医疗影像设备及放疗设备研发、生产与服务", legal="张　强", title="数字化部副总监",
                              assets="2,846,530.12", rev="1,141,079.68", growth="24.77", debt="27.36", profit="224,376.05", tax="61,082.34",
                              rev_yuan=11410796812.40, growth_f=24.77, profit_f=224376.05, rev_prose="114.11亿元"),
            iaas="☑ 自建", account=("uih_review", "Uih#2024Eval"), backup=("沈若琳", "平台产品经理", "13671936620", "shenrl@uih-iiot.example.com"),
            build_time_text="2019年4月至2023年12月",
            intro="联影医疗工业互联网平台面向CT、MR、PET/CT、DR等高端医疗影像装备，提供设备互联、远程监测、预测性维护、备件协同与能效管理服务。平台连接院内及海外装备，形成设备健康模型、故障知识库与远程运维能力，服务医院、第三方影像中心及上下游零部件企业。",
            effect="平台解决大型医疗装备停机损失大、运维依赖人工、备件周期长等痛点，通过预测性维护降低非计划停机，带动零部件供应链协同；2023年平台业务仍处投入期，利润为负，但研发投入保持较高强度。",
            company_profile="上海联影医疗科技股份有限公司成立于2011年，主营高端医疗影像及放疗设备的研发、生产与服务，产品覆盖60余个国家和地区。",
            innovation="自研设备时序数据压缩与故障预测引擎；影像设备多协议统一接入；远程运维与备件协同一体化；核心软件自主可控，国产化率91.50%。",
            trade_prose=f"2023年平台交易额约2.20亿元，较2022年的1.87亿元增长{P['declared']['trade_growth']:.2f}%。",
            ip_topics=["医疗影像设备故障预测", "设备远程运维数据采集", "球管寿命评估", "设备能效监测"],
            sw_topics=["设备远程运维平台", "备件协同管理", "设备健康评估"],
            cases=[dict(title="三甲医院影像设备预测性维护", company="上海市申康第六人民医院（示例）", profile="三级甲等综合医院，拥有大型影像设备42台。",
                        content="平台接入院内CT、MR设备，实现实时监测与故障预警。", om=E["cases_om"][0], energy=E["cases_energy"][0], safety=E["cases_safety"][0],
                        om_base=486.20, energy_unit="kWh/检查人次", safe_base=180, since="2021年5月", date="2024年6月20日"),
                   dict(title="第三方影像中心设备集群运维", company="江苏康影医学影像诊断中心有限公司", profile="连锁第三方影像中心，运营影像设备58台。",
                        content="平台对多地影像中心设备集中监控与调度。", om=E["cases_om"][1], energy=E["cases_energy"][1], safety=E["cases_safety"][1],
                        om_base=352.00, energy_unit="kWh/检查人次", safe_base=150, since="2022年3月", date="2024年6月24日"),
                   dict(title="零部件工厂设备能效与运维协同", company="上海联影智融零部件有限公司", profile="医疗设备核心零部件制造企业。",
                        content="平台接入机加工、装配与测试设备，开展运维与能效优化。", om=E["cases_om"][2], energy=E["cases_energy"][2], safety=E["cases_safety"][2],
                        om_base=268.50, energy_unit="kWh/件", safe_base=210, since="2022年9月", date="2024年6月26日")],
        ),
        "h32_sijian_problems": dict(
            field="建筑施工", short="四建", bench="某建筑行业BIM协同平台",
            positioning="面向公共建筑全生命周期的BIM+IoT智慧建造与智慧运维行业平台。",
            company_info=dict(code="913100001322145XXY", founded="1993-06-15", addr="上海市杨浦区", type="有限责任公司（国有控股）",
                              capital="150,000万元", business="建筑工程施工总承包、建筑装饰及机电安装", legal="刘　斌", title="智能建造中心主任",
                              assets="3,162,480.55", rev="2,318,654.30", growth="6.42", debt="84.16", profit="52,318.40", tax="88,260.12",
                              rev_yuan=23186543012.66, growth_f=6.42, profit_f=52318.40, rev_prose="231.87亿元"),
            iaas="☑ 租用，服务商名称（必填）：阿里云计算有限公司", account=("bim_eval", "Scg4@Eval24"), backup=("许文涛", "平台运维经理", "13585742216", "xuwt@scg4.example.com"),
            build_time_text="2018年9月至2023年12月",
            intro="平台以BIM为核心，融合IoT、数字孪生与AI技术，覆盖公共建筑设计协同、施工过程管控、设备设施运维三大场景，接入塔吊、施工升降机、机电设备等，服务医院、学校、场馆等公共建筑业主及产业链企业。",
            effect="平台解决公共建筑建造阶段协同难、运维阶段设备数据割裂等问题，带动施工与运维数字化，2023年平台业务利润率稳定。",
            company_profile="上海建工四建集团有限公司为上海建工集团核心成员企业，具有建筑工程施工总承包特级资质，承建大量医院、场馆等公共建筑。",
            innovation="自研轻量化BIM引擎；BIM+IoT设备孪生运维；施工安全AI识别；平台国产化率87.20%。",
            trade_prose="2023年平台交易额3.62亿元，较2022年3.39亿元增长6.82%；2022年较2021年增长18.39%。",
            ip_topics=["BIM模型轻量化", "施工升降机安全监测", "建筑设备运维", "塔吊防碰撞"],
            sw_topics=["BIM协同管理", "智慧工地", "建筑设备运维"],
            cases=[dict(title="大型医院机电设备智慧运维", company="上海市东方医学中心新院区（示例）", profile="新建三级医院，建筑面积32万平方米。",
                        content="平台基于BIM模型接入冷热源、空调、电梯等机电设备。", om=E["cases_om"][0], energy=E["cases_energy"][0], safety=E["cases_safety"][0],
                        om_base=1268.00, energy_unit="kWh/m²·年", safe_base=240, since="2021年10月", date="2024年6月18日"),
                   dict(title="体育场馆设施设备运维", company="上海浦江体育场馆运营管理有限公司", profile="大型体育场馆运营企业。",
                        content="平台对场馆照明、暖通、给排水设备集中监控。", om=E["cases_om"][1], energy=E["cases_energy"][1], safety=E["cases_safety"][1],
                        om_base=642.50, energy_unit="kWh/场次", safe_base=200, since="2022年4月", date="2024年6月21日"),
                   dict(title="超高层项目施工机械安全管控", company="上海建工四建集团有限公司第七工程公司", profile="公司下属施工单位，承建超高层项目。",
                        content="平台接入塔吊、施工升降机，实现安全预警与维保管理。", om=E["cases_om"][2], energy=E["cases_energy"][2], safety=E["cases_safety"][2],
                        om_base=386.00, energy_unit="kWh/台班", safe_base=120, since="2022年8月", date="2024年6月25日")],
            compare_2023="与2023年参评时相比：1.功能模块：新增建筑设备数字孪生运维模块与施工安全AI识别模块；2.关键指标：连接设备由5,260台/套增至6,840台/套，微服务由352个增至436个，实际服务企业由1,046家增至1,318家；3.应用服务：新增医院、场馆运维解决方案各1个。",
        ),
        "h32_hemudu_problems": dict(
            field="纺织服装", short="河姆渡", bench="某纺织服装产业互联网平台",
            positioning="面向纺织服装中小制造企业的面辅料电商交易与柔性供应链协同工业互联网平台。",
            company_info=dict(code="91310113MA1G8HXX2B", founded="2014-08-06", addr="上海市宝山区", type="有限责任公司（自然人投资或控股）",
                              capital="5,000万元", business="纺织面辅料电子商务、供应链管理服务、软件开发", legal="王建华", title="平台运营总监",
                              assets="32,684.20", rev="61,842.75", growth="12.36", debt="58.62", profit="2,186.40", tax="1,254.36",
                              rev_yuan=618427500.00, growth_f=12.36, profit_f=2186.40, rev_prose="6.18亿元"),
            iaas="☑ 租用，服务商名称（必填）：华为云计算技术有限公司", account=("hmd_review", "Hmd!2024chk"), backup=("吴海燕", "产品经理", "13524681397", "wuhy@hemudu.example.com"),
            build_time_text="2017年6月至2023年12月",
            intro="河姆渡电商工业互联网平台以面辅料电商交易为入口，连接纺织服装工厂的织机、裁床、缝制设备，提供在线集采、订单协同、产能共享、仓储物流与供应链金融服务，服务长三角及福建、广东纺织服装中小企业。",
            effect="平台解决纺织服装中小企业采购分散、订单波动大、产能利用不足等问题，带动产业链协同，2023年交易额超20亿元。",
            company_profile="上海河姆渡实业发展有限公司成立于2014年，专注纺织服装产业互联网，运营面辅料电商与供应链协同平台。",
            innovation="订单智能拆单与产能匹配算法；面辅料价格指数；设备联网与产能共享；平台国产化率82.30%。",
            trade_prose=f"2023年平台交易额约20.19亿元，较2022年17.68亿元增长{P['declared']['trade_growth']:.2f}%。",
            ip_topics=["面料订单智能拆单", "纺织设备产能匹配", "面辅料质量追溯"],
            sw_topics=["面辅料电商交易", "订单协同管理", "产能共享调度", "仓储物流管理"],
            cases=[dict(title="针织服装工厂产能共享", company="浙江绍兴锦程针织有限公司", profile="针织服装制造企业，拥有针织大圆机260台。",
                        content="平台接入针织设备，实现订单拆分与产能共享。", om=E["cases_om"][0], energy=E["cases_energy"][0], safety=E["cases_safety"][0],
                        om_base=186.40, energy_unit="kWh/吨布", safe_base=160, since="2021年3月", date="2024年6月12日"),
                   dict(title="服装工厂柔性快反生产", company="江苏常熟衣绣坊服饰有限公司", profile="女装代工企业，年产服装600万件。",
                        content="平台打通订单、面料与裁床、缝制设备数据。", om=E["cases_om"][1], energy=E["cases_energy"][1], safety=E["cases_safety"][1],
                        om_base=142.00, energy_unit="kWh/千件", safe_base=140, since="2022年2月", date="2024年6月14日"),
                   dict(title="面辅料仓储物流协同", company="上海宝山纺联仓储有限公司", profile="纺织面辅料第三方仓储企业。",
                        content="平台接入自动化立体仓库与输送设备。", om=E["cases_om"][2], energy=E["cases_energy"][2], safety=E["cases_safety"][2],
                        om_base=96.80, energy_unit="kWh/托盘", safe_base=220, since="2022年7月", date="2024年6月18日")],
            compare_2023=f"与2023年参评时相比：1.功能模块：新增产能共享调度与面辅料价格指数模块；2.关键指标：连接设备由2,640台/套增至3,260台/套，注册企业用户由8,120家增至9,860家，存储资源利用率由55.20%提升至{P['declared']['storage_rate']:.2f}%；3.应用服务：新增仓储物流协同解决方案。",
        ),
        "h32_yanfeng_problems": dict(
            field="汽车零部件", short="延锋金桥", bench="某汽车零部件行业工业互联网平台",
            positioning="面向汽车内饰件制造的设备互联、工艺优化与供应链协同企业级工业互联网平台。",
            company_info=dict(code="91310115607XX3021L", founded="1994-11-28", addr="上海市浦东新区", type="有限责任公司（中外合资）",
                              capital="12,000万美元", business="汽车内饰件及系统的研发、生产与销售", legal="赵文斌", title="数字化转型办公室主任",
                              assets="1,024,362.80", rev="1,186,420.55", growth="9.84", debt="61.25", profit="68,420.36", tax="42,315.08",
                              rev_yuan=11864205512.37, growth_f=9.84, profit_f=68420.36, rev_prose="118.64亿元"),
            iaas="☑ 自建", account=("yf_eval", "Yfjq#0712"), backup=("孙佳琪", "IT经理", "13918264053", "sunjq@yfjq.example.com"),
            build_time_text="2019年1月至2023年12月",
            intro="延锋工业互联网平台面向汽车内饰件注塑、喷涂、包覆、装配全流程，接入注塑机、机器人、涂装线等设备，提供设备管理、工艺参数优化、质量追溯、能耗管理与供应商协同服务，服务集团内工厂及上下游供应商。",
            effect="平台解决汽车内饰件多品种小批量生产中工艺调试周期长、质量追溯难、能耗高等问题，提升首件合格率与设备综合效率。",
            company_profile="上海延锋金桥饰件系统有限公司成立于1994年，为延锋汽车内饰系统的重要生产基地，产品配套国内外主流整车厂。",
            innovation="注塑工艺参数自优化模型；一物一码质量追溯；边缘侧毫秒级数据处理；平台国产化率78.60%。",
            trade_prose=f"2023年平台交易额1.40亿元，较2022年1.17亿元增长{P['declared']['trade_growth']:.2f}%。",
            ip_topics=["注塑工艺参数优化", "内饰件质量追溯", "喷涂机器人轨迹规划"],
            sw_topics=["设备管理", "工艺参数管理", "质量追溯", "能源管理"],
            cases=[dict(title="注塑车间设备预测性维护", company="延锋汽车饰件系统（仪征）有限公司", profile="汽车内饰件制造企业，拥有注塑机186台。",
                        content="平台接入注塑机与机械手，实现预测性维护。", om=E["cases_om"][0], energy=E["cases_energy"][0], safety=E["cases_safety"][0],
                        om_base=624.00, energy_unit="kWh/模次", safe_base=200, since="2021年6月", date="2024年6月17日"),
                   dict(title="喷涂线能效优化", company="重庆延锋安道拓汽车部件系统有限公司", profile="汽车座椅及内饰件制造企业。",
                        content="平台对喷涂线风机、烘房等高耗能设备优化控制。", om=E["cases_om"][1], energy=E["cases_energy"][1], safety=E["cases_safety"][1],
                        om_base=418.60, energy_unit="kWh/件", safe_base=160, since="2022年1月", date="2024年6月19日"),
                   dict(title="供应商设备协同与质量追溯", company="苏州华瑞塑胶模具有限公司", profile="注塑模具及零件供应商。",
                        content="平台对供应商关键设备数据采集并追溯质量。", om=E["cases_om"][2], energy=E["cases_energy"][2], safety=E["cases_safety"][2],
                        om_base=132.40, energy_unit="kWh/千件", safe_base=180, since="2022年11月", date="2024年6月24日")],
        ),
    }[P["id"]]
    P.update(base)
    if "cases" in P:
        pass


# ------------------------------------------------------------------ per package layout
def build_package(P):
    extras(P)
    V = build_values(P)
    pk = Pack(P)
    pk.V = V
    if pk.dir.exists():
        shutil.rmtree(pk.dir)
    pid = P["id"]
    seed = P["seed"]
    if pid == "h32_lianying_clean":
        ev = "附件3证明材料/"
        audit_pdf(pk, ev + "3-1_2023年度审计报告(节选).pdf", unit="元", years=(2023, 2022, 2021, 2020))
        # 2020 revenue is the base of the 2021 growth rate
        for f in pk.facts:
            if f["column_label"] == "2020年度":
                f["component"] = "2020年平台营收（万元）"
        social_xlsx(pk, ev + "3-2_平台社会贡献总额测算表.xlsx")
        trade_pdf(pk, ev + "3-3_平台交易规模统计说明.pdf")
        device_pdf(pk, ev + "3-4_设备接入与运行统计报告.pdf")
        storage_png(pk, ev + "3-5_云资源监控截图.png")
        rel = ev + "3-6_用户运营看板截图.png"
        p = pk.path(rel, "evidence:screenshot")
        users_img(pk).save(p)
        users_facts(pk, rel)
        pk.attach.append((Path(rel).stem, "第1页"))
        cases_scan(pk, [ev + "3-7_应用案例用户证明(三份).pdf"], seed + 7)
        ip_pdf(pk, ev + "3-8_知识产权清单.pdf")
        form_docx(P, V, pk.proofs, pk.path("附件2_申报表_联影医疗.docx", "申报表"))
        form_scan(P, V, pk.proofs, pk.path("附件2_申报表_联影医疗(盖章扫描).pdf", "申报表扫描件"), seed + 1)
        blocks_docx(book_blocks(P, V, pk.attach), pk.path("附件3_申报书_联影医疗.docx", "申报书"))
        summary_xlsx(P, V, pk.path("附件4_平台基本情况汇总表.xlsx", "汇总表"))
        promise_scan(P, pk.path("附件5_真实性承诺(盖章).pdf", "承诺"), seed + 2)
        contact_docx(P, pk.path("附件1_联系人信息反馈表.docx", "联系人表"))
        layout = ["naming:附件N_prefix", "evidence_dir:附件3证明材料", "form:docx+stamped_scan", "book:docx", "summary:xlsx-vertical",
                  "commitment:scan", "audit_unit:元(2020-2023)", "social:xlsx(元+万元,SUM formulas)", "trade:pdf(亿元 prose+万元 table)",
                  "cases:one scan, 3 pages", "screenshots:png", "loss-making platform"]
    elif pid == "h32_sijian_problems":
        audit_pdf(pk, "06_审计报告及平台业务附注.pdf", unit="万元")
        trade_xlsx(pk, "07_平台交易规模统计表.xlsx")
        social_pdf(pk, "08_平台社会贡献率测算说明.pdf", "平台社会贡献率测算说明")
        cases_scan(pk, ["09_案例证明_东方医学中心.pdf", "10_案例证明_浦江体育场馆.pdf", "11_案例证明_第七工程公司.pdf"], seed + 9)
        rel = "12_平台运营数据截图.pdf"
        kit.images_pdf([users_img(pk, show_served=True)], pk.path(rel, "evidence:screenshot"))
        users_facts(pk, rel, show_served=True)
        pk.attach.append((Path(rel).stem, "第1页"))
        device_pdf(pk, "13_设备与存储资源统计.pdf", with_storage=True)
        ip_pdf(pk, "14_知识产权清单.pdf")
        form_xlsx(P, V, pk.proofs, pk.path("02_申报表.xlsx", "申报表"))
        form_scan(P, V, pk.proofs, pk.path("02_申报表_盖章版.pdf", "申报表扫描件"), seed + 1)
        kit.write_pdf(pk.path("03_申报书.pdf", "申报书"), book_blocks(P, V, pk.attach), font="song", size=10.5,
                      footer="上海建工四建集团有限公司")
        summary_docx(P, V, pk.path("04_平台基本情况汇总表.docx", "汇总表"))
        promise_docx(P, pk.path("05_真实性承诺.docx", "承诺"))
        contact_docx(P, pk.path("01_联系人信息反馈表.docx", "联系人表"))
        layout = ["naming:NN_flat", "form:xlsx(numbers as numbers)+stamped_scan", "book:pdf(with 七)", "summary:docx",
                  "commitment:docx", "audit_unit:万元 (company statements in 元 on p.3)", "trade:xlsx", "social:pdf",
                  "cases:three separate scans", "screenshots:image-only pdf", "device+storage:text pdf"]
    elif pid == "h32_hemudu_problems":
        ev = "证明材料/"
        audit_pdf(pk, ev + "附件3-1 2023年度审计报告（含平台业务附注）.pdf", unit="元")
        social_pdf(pk, ev + "附件3-2 平台社会贡献总额明细表.pdf", "河姆渡平台2023年度社会贡献总额明细表")
        trade_pdf(pk, ev + "附件3-3 平台交易规模说明.pdf")
        device_pdf(pk, ev + "附件3-4 设备接入统计报告.pdf")
        storage_png(pk, ev + "附件3-5 存储资源监控截图.png", show_rate=False)
        rel = ev + "附件3-6 运营驾驶舱截图.png"
        users_img(pk).save(pk.path(rel, "evidence:screenshot"))
        users_facts(pk, rel)
        pk.attach.append((Path(rel).stem, "第1页"))
        cases_scan(pk, [ev + "附件3-7 用户应用证明（3家）.pdf"], seed + 7)
        ip_pdf(pk, ev + "附件3-8 知识产权清单.pdf")
        form_docx(P, V, pk.proofs, pk.path("申报文件/附件2 申报表.docx", "申报表"))
        blocks_docx(book_blocks(P, V, pk.attach), pk.path("申报文件/附件3 申报书.docx", "申报书"))
        summary_xlsx(P, V, pk.path("申报文件/附件4 平台基本情况汇总表.xlsx", "汇总表"), horizontal=True)
        promise_scan(P, pk.path("申报文件/附件5 真实性承诺（盖章扫描件）.pdf", "承诺"), seed + 2)
        contact_docx(P, pk.path("申报文件/附件1 联系人信息反馈表.docx", "联系人表"))
        layout = ["naming:附件N space", "dirs:申报文件/+证明材料/", "form:docx only", "book:docx(with 七)", "summary:xlsx-horizontal",
                  "commitment:scan", "audit_unit:元", "social:pdf(万元, 7 components + 合计)", "storage screenshot without a rate",
                  "device report prints its own rate", "cases:one scan, 3 pages", "合作共建+IaaS租用"]
    else:
        ev = "证明材料/"
        audit_pdf(pk, ev + "01 延锋金桥2023年度审计报告.pdf", unit="元", years=(2023, 2022, 2021))
        social_pdf(pk, ev + "02 平台社会贡献率测算表.pdf", "延锋工业互联网平台社会贡献率测算表", unit="元")
        trade_pdf(pk, ev + "03 平台交易规模统计.pdf")
        device_pdf(pk, ev + "04 设备及存储资源统计报告.pdf", with_storage=True, print_rate=False)
        cases_scan(pk, [ev + "05 案例证明-仪征.pdf", ev + "06 案例证明-重庆.pdf", ev + "07 案例证明-苏州华瑞.pdf"], seed + 5)
        rel = ev + "08 平台运营驾驶舱截图.png"
        users_img(pk).save(pk.path(rel, "evidence:screenshot"))
        users_facts(pk, rel)
        pk.attach.append((Path(rel).stem, "第1页"))
        ip_pdf(pk, ev + "09 知识产权清单.pdf")
        form_docx(P, V, pk.proofs, pk.path("延锋金桥-附件2-申报表.docx", "申报表"))
        blocks_docx(book_blocks(P, V, pk.attach), pk.path("延锋金桥-附件3-申报书.docx", "申报书"))
        summary_docx(P, V, pk.path("延锋金桥-附件4-汇总表.docx", "汇总表"))
        promise_scan(P, pk.path("延锋金桥-附件5-真实性承诺.pdf", "承诺"), seed + 2)
        contact_docx(P, pk.path("延锋金桥-附件1-联系人表.docx", "联系人表"))
        layout = ["naming:company-prefix", "evidence_dir:证明材料", "form:docx only", "book:docx (no 七, not a 2023 participant)",
                  "summary:docx", "commitment:scan", "audit_unit:元 (company 118.64亿 beside the platform note)",
                  "social:pdf(元)", "device report without a printed rate", "cases:three separate scans"]
    return pk, V, layout


def problems_for(P):
    pid, d, E = P["id"], P["declared"], P["E"]
    c = P.get("correct", {})
    f = lambda x: f"{x:,.2f}"
    if pid == "h32_sijian_problems":
        return [
            ("formula", ["平台利润率（%）", "平台相关营业收入（万元）"], ["02_申报表.xlsx", "06_审计报告及平台业务附注.pdf"], "error",
             f"平台利润率填报 {d['profit_rate']:.2f}，系以公司合并营业收入 {f(E['company_rev'])} 万元为分母（{f(E['profit'])}÷{f(E['company_rev'])}）；"
             f"按填报指引应以平台相关营业收入 {f(E['rev'][2023])} 万元计算：{f(E['profit'])}÷{f(E['rev'][2023])}×100% = {c['profit_rate']:.2f}"),
            ("growth_rate", ["平台交易规模年增长率（%）"], ["02_申报表.xlsx", "07_平台交易规模统计表.xlsx"], "error",
             f"平台交易规模年增长率填报 {d['trade_growth']:.2f}%，为2022年较2021年的增长率（{f(E['trade'][2022])}÷{f(E['trade'][2021])}−1）；"
             f"最近一年（2023年较2022年）应为 {f(E['trade'][2023])}÷{f(E['trade'][2022])}−1 = {c['trade_growth']:.2f}%"),
            ("formula", ["平台连接工业设备运维成本平均下降率（%）"], ["02_申报表.xlsx", "09_案例证明_东方医学中心.pdf",
                                                    "10_案例证明_浦江体育场馆.pdf", "11_案例证明_第七工程公司.pdf"], "error",
             f"运维成本平均下降率填报 {d['case_om']:.2f}，三个案例证明分别为 {E['cases_om'][0]:.2f}%、{E['cases_om'][1]:.2f}%、{E['cases_om'][2]:.2f}%，"
             f"平均值应为 {c['case_om']:.2f}"),
            ("formula", ["付费用户占比（%）", "付费企业数（个）", "注册企业用户数（个）"], ["02_申报表.xlsx", "12_平台运营数据截图.pdf"], "warning",
             f"付费用户占比填报 {d['paid_rate']:.2f}，为付费企业数 {E['paid']}÷实际服务企业数 {E['served']}；按“付费用户数÷平台用户总数”以注册企业用户数 "
             f"{E['reg']} 计应为 {c['paid_rate']:.2f}（分母口径存在解释空间，故为warning）"),
        ]
    if pid == "h32_hemudu_problems":
        ev = "证明材料/"
        return [
            ("formula", ["平台社会贡献率（%）"], ["申报文件/附件2 申报表.docx", ev + "附件3-2 平台社会贡献总额明细表.pdf"], "error",
             f"平台社会贡献率填报 {d['social']:.2f}，相当于社会贡献总额中遗漏净利润（{f(c['social_wo'])}÷{f(c['social_avg'])}）；"
             f"明细表七项合计 {f(c['social_sum'])} 万元，平均资产总额 {f(c['social_avg'])} 万元，应为 {c['social']:.2f}"),
            ("formula", ["存储资源利用率（%）", "存储工业数据量（TB）", "存储容量（TB）"], ["申报文件/附件2 申报表.docx", ev + "附件3-5 存储资源监控截图.png"], "error",
             f"存储资源利用率填报 {d['storage_rate']:.2f}，按申报表自身的存储工业数据量 {P['storage']['used']:.2f}TB ÷ 存储容量 {P['storage']['cap']:.2f}TB 应为 {c['storage_rate']:.2f}"),
            ("declared_vs_evidence", ["平台连接工业设备利用率（%）"], ["申报文件/附件2 申报表.docx", ev + "附件3-4 设备接入统计报告.pdf"], "warning",
             f"平台连接工业设备利用率填报 {d['device_util']:.2f}，设备接入统计报告为日均运行 {E['dev_run']:,}÷接入 {E['dev_total']:,} = {c['device_util']:.2f}%"
             "（填报指引未给出公式，以报告自述口径比对，故为warning）"),
        ]
    if pid == "h32_yanfeng_problems":
        ev = "证明材料/"
        return [
            ("formula", ["平台相关研发投入强度（%）", "平台相关研发投入（万元）", "平台相关营业收入（万元）"], ["延锋金桥-附件2-申报表.docx", ev + "01 延锋金桥2023年度审计报告.pdf"], "error",
             f"研发投入强度填报 {d['rd_rate']:.2f}，系以公司营业收入 {f(E['company_rev'])} 万元为分母；按填报指引 {f(E['rd'])}÷{f(E['rev'][2023])}×100% 应为 {c['rd_rate']:.2f}"),
            ("formula", ["投资回报率（%）", "平台建设金额（万元）"], ["延锋金桥-附件2-申报表.docx", ev + "01 延锋金桥2023年度审计报告.pdf"], "error",
             f"投资回报率填报 {d['roi']:.2f}，为平台营业收入÷建设投入（{f(E['rev'][2023])}÷{f(E['invest'])}）；按“平台年利润÷投资总额”应为 "
             f"{f(E['profit'])}÷{f(E['invest'])}×100% = {c['roi']:.2f}"),
            ("formula", ["平台连接工业设备能耗平均下降率（%）"], ["延锋金桥-附件2-申报表.docx", ev + "05 案例证明-仪征.pdf", ev + "06 案例证明-重庆.pdf",
                                               ev + "07 案例证明-苏州华瑞.pdf"], "error",
             f"能耗平均下降率填报 {d['case_energy']:.2f}，只是前两个案例（{E['cases_energy'][0]:.2f}%、{E['cases_energy'][1]:.2f}%）的平均；"
             f"三个案例（另有 {E['cases_energy'][2]:.2f}%）平均应为 {c['case_energy']:.2f}"),
        ]
    return []


DESCRIPTIONS = {
    "h32_lianying_clean": "序号6联影医疗（2023未参评，无七）干净包：平台亏损年度、利润率与投资回报率为负且按实填报；审计附注以元列示、申报表以万元填报；社会贡献测算表元/万元混用且净利润为负；三个案例平均值四舍五入后与填报一致。",
    "h32_sijian_problems": "序号12上海建工四建（2023参评，含七）4个问题：利润率以公司营业收入为分母、交易规模增长率取错年份、运维成本平均下降率与三个案例不符、付费用户占比分母口径（warning）。",
    "h32_hemudu_problems": "序号20河姆渡（2023参评，含七）3个问题：社会贡献率遗漏净利润、存储资源利用率与存储量/容量不符、设备利用率与设备报告不符（warning）。",
    "h32_yanfeng_problems": "序号33延锋金桥（2023未参评）3个问题：研发投入强度以公司营业收入为分母、投资回报率以营业收入代替利润、能耗平均下降率只平均了两个案例。",
}


def main():
    out_truth = ROOT / "truth"
    out_truth.mkdir(exist_ok=True)
    for make in specs.ALL:
        P = make()
        pk, V, layout = build_package(P)
        rows = [dict(label=lab, value=V.v[lab][0], normalized=V.v[lab][1]) for lab in A4_LABELS]
        probs = [dict(id=f"{P['id']}-{i:02d}-{fam}", family=fam, fields=fields, files=files, severity=sev, description=desc)
                 for i, (fam, fields, files, sev, desc) in enumerate(problems_for(P), 1)]
        for pr in probs:
            for fl in pr["files"]:
                assert fl in pk.files, fl
        truth = dict(schema_version=1, package_id=P["id"],
                     description=DESCRIPTIONS[P["id"]], path=f"packages/{P['id']}", delivery="folder",
                     platform=dict(list_no=P["list_no"], listed_name=P["listed_name"], company=P["company"],
                                   declared_name=P["declared_name"], participated_2023=P["p2023"]),
                     layout=layout, files=dict(sorted(pk.files.items())), secrets=[P["account"][1]],
                     summary_rows=rows, evidence_facts=pk.facts, problems=probs)
        (out_truth / f"{P['id']}.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(P["id"], len(pk.files), "files", len(pk.facts), "facts", len(probs), "problems")


if __name__ == "__main__":
    main()
