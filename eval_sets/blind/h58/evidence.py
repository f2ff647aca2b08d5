"""Evidence documents of set h58, each laid out with an unusual page geometry. Every writer returns the
evidence facts it prints (file-relative, 1-based physical page, exact quote)."""

from __future__ import annotations

import math
from pathlib import Path

from PIL import Image, ImageDraw

from eval_sets.generator import fonts

from . import kit
from .model import c2, ci, f2


def fact(label, value, unit, normalized, file, page, quote, row_label="", column_label="", component="",
         image_only=False):
    return {"label": label, "value": value, "unit": unit, "normalized": normalized, "file": file, "page": page,
            "quote": quote, "row_label": row_label, "column_label": column_label, "component": component,
            "image_only": image_only}


REV = "平台相关营业收入（万元）"
THREE = "平台近三年经营指标情况"
RD = "平台相关研发投入（万元）"
MARGIN = "平台利润率（%）"
ROI = "投资回报率（%）"


def platform_fin_facts(fin: dict, rel: str, page: int, quotes: dict, image_only=False, col=("2021年度", "2022年度", "2023年度")):
    """fin: {rev: {2021,2022,2023}, rd, profit} as printed (万元); quotes: printed strings."""
    return [
        fact(REV, quotes["rev2023"], "万元", fin["rev"][2023], rel, page, quotes["rev2023"], "平台相关营业收入", col[2], image_only=image_only),
        fact(THREE, quotes["rev2021"], "万元", fin["rev"][2021], rel, page, quotes["rev2021"], "平台相关营业收入", col[0], "2021年平台营收（万元）", image_only),
        fact(THREE, quotes["rev2022"], "万元", fin["rev"][2022], rel, page, quotes["rev2022"], "平台相关营业收入", col[1], "2022年平台营收（万元）", image_only),
        fact(RD, quotes["rd"], "万元", fin["rd"], rel, page, quotes["rd"], "平台相关研发投入", col[2], image_only=image_only),
        fact(MARGIN, quotes["profit"], "万元", fin["profit"], rel, page, quotes["profit"], "平台利润总额", col[2], "平台利润总额（万元）", image_only),
        fact(ROI, quotes["profit"], "万元", fin["profit"], rel, page, quotes["profit"], "平台利润总额", col[2], "平台年利润（万元）", image_only),
    ]


# ------------------------------------------------------------------ audit report
def _audit_front(pdf: kit.Pdf, s: dict):
    co = s["co"]
    pdf.page()
    pdf.gap(150)
    pdf.text(s["company"], 18, center=True)
    pdf.text("2023年度审计报告", 18, center=True)
    pdf.gap(40)
    pdf.text(f"{s['auditor']}审字（2024）第{s['audit_no']}号", 11, center=True)
    pdf.page()
    pdf.text("审计报告", 15, center=True)
    pdf.text(f"{s['company']}全体股东：", 11)
    pdf.text(f"我们审计了{s['company']}（以下简称“贵公司”）财务报表，包括2023年12月31日的合并及母公司资产负债表，"
             "2023年度的合并及母公司利润表、现金流量表、所有者权益变动表以及相关财务报表附注。", 10.5, indent=21)
    pdf.text("我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司2023年12月31日的"
             "合并及母公司财务状况以及2023年度的合并及母公司经营成果和现金流量。", 10.5, indent=21)
    pdf.gap(40)
    pdf.text(f"{s['auditor']}（特殊普通合伙）            中国注册会计师：{s['cpa']}", 10.5)
    pdf.text("中国·上海                    2024年4月18日", 10.5)
    pdf.page()
    pdf.text("合并利润表", 14, center=True)
    pdf.text(f"编制单位：{s['company']}          2023年度          单位：元", 9)
    rows = [["项目", "本期金额", "上期金额"],
            ["一、营业总收入", co["income_yuan"], co["income_prev_yuan"]],
            ["其中：营业收入", co["income_yuan"], co["income_prev_yuan"]],
            ["二、营业总成本", co["cost_yuan"], co["cost_prev_yuan"]],
            ["其中：研发费用", co["rd_yuan"], co["rd_prev_yuan"]],
            ["三、营业利润", co["op_profit_yuan"], co["op_profit_prev_yuan"]],
            ["四、利润总额", co["profit_yuan"], co["profit_prev_yuan"]],
            ["五、净利润", co["net_yuan"], co["net_prev_yuan"]]]
    pdf.table([203, 140, 140], rows, 9.5)


def audit_landscape(path: Path, rel: str, s: dict, fin: dict, watermark: str = "仅供申报使用") -> list[dict]:
    """Company statements upright; the platform statement on a landscape A4 page (MediaBox wider than
    high) with a diagonal watermark drawn over the figures."""
    pdf = kit.Pdf(path, "审计报告")
    _audit_front(pdf, s)
    pdf.page(kit.A4L)
    page = pdf.page_no
    c = pdf.c
    c.setFont(kit.FONT, 14)
    c.drawCentredString(421, 540, f"附注十五：{s['platform']}业务财务数据专项说明")
    c.setFont(kit.FONT, 9.5)
    c.drawString(60, 512, "根据贵公司平台业务核算口径（按平台直接订阅服务及平台服务收入单独核算），平台业务主要财务数据如下（单位：万元）：")
    q = {k: c2(x) for k, x in (("rev2021", fin["rev"][2021]), ("rev2022", fin["rev"][2022]),
                               ("rev2023", fin["rev"][2023]), ("rd", fin["rd"]), ("profit", fin["profit"]))}
    rows = [["项目", "2021年度", "2022年度", "2023年度"],
            ["平台相关营业收入", q["rev2021"], q["rev2022"], q["rev2023"]],
            ["平台营业成本", c2(fin["cost"][2021]), c2(fin["cost"][2022]), c2(fin["cost"][2023])],
            ["平台相关研发投入", c2(fin["rd_prev"][2021]), c2(fin["rd_prev"][2022]), q["rd"]],
            ["平台利润总额", c2(fin["profit_prev"][2021]), c2(fin["profit_prev"][2022]), q["profit"]]]
    kit.simple_table(c, 90, 490, [250, 150, 150, 150], rows, 11, lead=30)
    c.setFont(kit.FONT, 9)
    c.drawString(60, 300, "注：平台相关营业收入不含公司设备销售及工程总包收入；研发投入口径参照国家统计局R&D统计口径。")
    pdf.watermark = watermark
    pdf.save()
    return platform_fin_facts(fin, rel, page, q)


def audit_twocol(path: Path, rel: str, s: dict, fin: dict) -> list[dict]:
    """The platform note set in two columns: reading across would join two different sentences."""
    pdf = kit.Pdf(path, "审计报告")
    _audit_front(pdf, s)
    pdf.page()
    page = pdf.page_no
    c = pdf.c
    q = {k: c2(x) for k, x in (("rev2021", fin["rev"][2021]), ("rev2022", fin["rev"][2022]),
                               ("rev2023", fin["rev"][2023]), ("rd", fin["rd"]), ("profit", fin["profit"]))}
    c.setFont(kit.FONT, 13)
    c.drawCentredString(297, 780, "财务报表附注（节选）")
    c.drawCentredString(297, 760, f"十四、{s['short']}平台业务专项说明")
    left = ["（一）平台业务收入",
            "平台业务收入按平台直接订阅服务及",
            "平台服务合同单独核算，不含设备销",
            "售及工程总包收入。经审计，平台相",
            "关营业收入（单位：万元）为：",
            f"2021年度  {q['rev2021']}",
            f"2022年度  {q['rev2022']}",
            f"2023年度  {q['rev2023']}",
            "收入确认方法与公司其他业务一致，",
            "订阅服务按服务期间分摊确认。"]
    right = ["（二）平台研发投入及利润",
             "平台研发投入按项目归集，口径参照",
             "国家统计局研究与试验发展（R&D）",
             "统计解释。2023年度平台相关研发投",
             "入（单位：万元）为：",
             f"研发投入  {q['rd']}",
             "2023年度平台业务利润总额（单位：",
             "万元）为：",
             f"利润总额  {q['profit']}",
             "上述数据已经本所审计确认。"]
    c.setFont(kit.FONT, 10.5)
    # left column first, then the right one (stream order follows the columns)
    for i, line in enumerate(left):
        c.drawString(62, 720 - i * 19, line)
    for i, line in enumerate(right):
        c.drawString(312, 720 - i * 19, line)
    c.setLineWidth(0.4)
    c.line(297, 735, 297, 520)
    c.setFont(kit.FONT, 9)
    c.drawString(62, 480, "本说明为财务报表附注的组成部分。")
    pdf.save()
    # quotes are the printed lines (value with its caption)
    quotes = {"rev2021": f"2021年度  {q['rev2021']}", "rev2022": f"2022年度  {q['rev2022']}",
              "rev2023": f"2023年度  {q['rev2023']}", "rd": f"研发投入  {q['rd']}", "profit": f"利润总额  {q['profit']}"}
    facts = platform_fin_facts(fin, rel, page, q)
    for f in facts:
        for k, v in q.items():
            if f["quote"] == v:
                f["quote"] = quotes[k]
                break
    return facts


def _a5_page(title: str, lines: list[str], footer: str, table=None) -> Image.Image:
    W, H = 874, 1240  # A5 at 150 dpi
    im = Image.new("RGB", (W, H), "white")
    d = ImageDraw.Draw(im)
    d.text((W // 2, 90), title, font=fonts.pil_font(34), fill="black", anchor="mm")
    y = 160
    for line in lines:
        d.text((70, y), line, font=fonts.pil_font(24), fill="black")
        y += 44
    if table:
        y += 10
        widths = table["widths"]
        for row in table["rows"]:
            x = 70
            for k, (val, w) in enumerate(zip(row, widths)):
                d.rectangle([x, y, x + w, y + 50], outline="black", width=2)
                if k == 0:
                    d.text((x + 10, y + 25), val, font=fonts.pil_font(23), fill="black", anchor="lm")
                else:
                    d.text((x + w - 10, y + 25), val, font=fonts.pil_font(23), fill="black", anchor="rm")
                x += w
            y += 50
    d.text((W // 2, H - 60), footer, font=fonts.pil_font(24), fill="black", anchor="mm")
    return im


def two_up(left: Image.Image, right: Image.Image) -> Image.Image:
    sheet = Image.new("RGB", (left.size[0] * 2 + 40, left.size[1] + 20), "white")
    sheet.paste(left, (10, 10))
    sheet.paste(right, (left.size[0] + 30, 10))
    d = ImageDraw.Draw(sheet)
    d.line([(sheet.size[0] // 2, 0), (sheet.size[0] // 2, sheet.size[1])], fill=(200, 200, 200), width=2)
    return sheet


def audit_twoup_scan(path: Path, rel: str, s: dict, fin: dict, scratch: Path, seed: int) -> list[dict]:
    """A scanned audit report: cover and company statement as A4 scans, then one landscape sheet holding the
    booklet's pages 3 and 4 (A5) side by side — the platform figures are on 第3页 (left half)."""
    tmp = scratch / f"{seed}_audit.pdf"
    pdf = kit.Pdf(tmp, "审计报告")
    _audit_front(pdf, s)
    pdf.save()
    imgs = kit.rasterise(tmp, 100)
    pages = []
    for i in (0, 2):
        im = kit.scanify(imgs[i], seed + i)
        if i == 0:
            w, h = im.size
            im = kit.seal(im, int(w * 0.5), int(h * 0.55), int(w * 0.1), s["auditor"] + "（特殊普通合伙）")
        pages.append({"jpeg": kit.jpeg(im, gray=i != 0, quality=60), "size": kit.A4P})
    q = {k: c2(x) for k, x in (("rev2021", fin["rev"][2021]), ("rev2022", fin["rev"][2022]),
                               ("rev2023", fin["rev"][2023]), ("rd", fin["rd"]), ("profit", fin["profit"]))}
    left = _a5_page("平台业务收入及利润明细表", ["编制单位：" + s["company"], "单位：万元"], "第3页", {
        "widths": [380, 350],
        "rows": [["项目", "金额"],
                 ["2021年度平台营业收入", q["rev2021"]],
                 ["2022年度平台营业收入", q["rev2022"]],
                 ["2023年度平台营业收入", q["rev2023"]],
                 ["2023年度平台研发投入", q["rd"]],
                 ["2023年度平台利润总额", q["profit"]]]})
    right = _a5_page("编制说明", ["1.平台业务收入按平台直接订阅服务", "  及平台服务合同单独核算。",
                                  "2.研发投入口径参照国家统计局R&D", "  统计解释归集。",
                                  "3.平台利润总额按收入配比成本及分", "  摊期间费用后计算。",
                                  "4.本表数据已经本所审计。"], "第4页")
    sheet = kit.scanify(two_up(left, right), seed + 7, skew=-0.3)
    sheet = sheet.resize((sheet.size[0] * 3 // 4, sheet.size[1] * 3 // 4))
    pages.append({"jpeg": kit.jpeg(sheet, gray=True, quality=60), "size": kit.A4L})
    kit.write_image_pdf(path, pages)
    facts = platform_fin_facts(fin, rel, 3, q, image_only=True, col=("金额", "金额", "金额"))
    rows = {"rev2021": "2021年度平台营业收入", "rev2022": "2022年度平台营业收入", "rev2023": "2023年度平台营业收入",
            "rd": "2023年度平台研发投入", "profit": "2023年度平台利润总额"}
    for f in facts:
        for k, v in q.items():
            if f["quote"] == v:
                f["row_label"] = rows[k]
    return facts


# ------------------------------------------------------------------ device statistics
DEV = "连接的工业设备/产品/产线种类及数量（台/套）"
PUB = "公有云工业设备连接数量（台/套）"
DAY = "公有云工业设备平均日运行数量（台/套）"
OVS = "海外设备连接数量（台/套）"


def device_rotated(path: Path, rel: str, s: dict, ev: dict, rotate: int = 90, region_order: str = "col") -> list[dict]:
    """Page 1: a portrait page with /Rotate whose wide category table is drawn sideways so that it reads
    upright once rotated. Page 2: the region table, its cells written column by column."""
    pdf = kit.Pdf(path, "接入设备统计表")
    pdf.page(kit.A4P, rotate=rotate)
    c = pdf.c
    c.saveState()
    if rotate == 90:
        c.translate(595.28, 0)
        c.rotate(90)
    else:
        c.translate(0, 841.89)
        c.rotate(-90)
    W = 841.89
    c.setFont(kit.FONT, 14)
    c.drawCentredString(W / 2, 540, f"{s['platform']}接入设备统计表（按设备二级分类）")
    c.setFont(kit.FONT, 9)
    c.drawString(40, 515, f"统计截止日：2024年6月30日    单位：台/套    数据来源：{s['short']}平台设备管理中心")
    cats = list(ev["dev_cat"])
    header = ["项目"] + cats + ["合计"]
    rows = [header,
            ["接入数量"] + [ci(ev["dev_cat"][k]) for k in cats] + [ci(ev["dev"])],
            ["其中：公有云接入"] + [ci(ev["pub_cat"][k]) for k in cats] + [ci(ev["pub"])],
            ["公有云日均运行"] + [ci(ev["day_cat"][k]) for k in cats] + [ci(ev["day"])]]
    w0 = 110
    wk = (W - 80 - w0) / (len(cats) + 1)
    kit.simple_table(c, 40, 495, [w0] + [wk] * (len(cats) + 1), rows, 9.5, lead=30)
    c.restoreState()
    # page 2: regions, upright, written column by column
    pdf.page(kit.A4P)
    c = pdf.c
    c.setFont(kit.FONT, 13)
    c.drawCentredString(297, 790, "接入设备区域分布表（按设备所属企业注册地）")
    regs = list(ev["dev_reg"])
    rows = [["区域", "接入数量", "公有云接入", "公有云日均运行"]]
    for k in regs:
        rows.append([k, ci(ev["dev_reg"][k]), ci(ev["pub_reg"][k]), ci(ev["day_reg"][k])])
    rows.append(["合计", ci(ev["dev"]), ci(ev["pub"]), ci(ev["day"])])
    ovs_keys = [k for k in regs if any("A" <= ch <= "Z" for ch in k)]
    ovs = sum(ev["dev_reg"][k] for k in ovs_keys)
    rows.append(["其中：海外合计", ci(ovs), ci(sum(ev["pub_reg"][k] for k in ovs_keys)),
                 ci(sum(ev["day_reg"][k] for k in ovs_keys))])
    kit.simple_table(c, 70, 760, [150, 105, 105, 105], rows, 10, lead=24, order=region_order)
    pdf.save()
    return [
        fact(DEV, ci(ev["dev"]), "台/套", ev["dev"], rel, 1, ci(ev["dev"]), "接入数量", "合计"),
        fact(PUB, ci(ev["pub"]), "台/套", ev["pub"], rel, 1, ci(ev["pub"]), "其中：公有云接入", "合计"),
        fact(DAY, ci(ev["day"]), "台/套", ev["day"], rel, 1, ci(ev["day"]), "公有云日均运行", "合计"),
        fact(DEV, ci(ev["dev"]), "台/套", ev["dev"], rel, 2, ci(ev["dev"]), "合计", "接入数量"),
        fact(PUB, ci(ev["pub"]), "台/套", ev["pub"], rel, 2, ci(ev["pub"]), "合计", "公有云接入"),
        fact(DAY, ci(ev["day"]), "台/套", ev["day"], rel, 2, ci(ev["day"]), "合计", "公有云日均运行"),
        fact(OVS, ci(ovs), "台/套", ovs, rel, 2, ci(ovs), "其中：海外合计", "接入数量"),
    ]


def device_chart(path: Path, rel: str, s: dict, ev: dict) -> list[dict]:
    """Upright page: a bar chart whose vertical axis label is rotated 90°, a stamp caption running up the
    right margin, and the category table written column by column."""
    pdf = kit.Pdf(path, "接入设备统计")
    pdf.page(kit.A4P)
    c = pdf.c
    c.setFont(kit.FONT, 14)
    c.drawCentredString(297, 790, f"{s['short']}平台接入设备统计")
    cats = list(ev["dev_cat"])
    mx = max(ev["dev_cat"].values())
    x0, y0, hmax = 110, 470, 250
    bw = 330 / len(cats)
    c.setLineWidth(0.8)
    c.line(x0, y0, x0 + 400, y0)
    c.line(x0, y0, x0, y0 + hmax + 20)
    for i, k in enumerate(cats):
        h = ev["dev_cat"][k] / mx * hmax
        c.setFillColorRGB(0.35, 0.5, 0.75)
        c.rect(x0 + 20 + i * (bw + 12), y0, bw, h, fill=1, stroke=0)
        c.setFillColorRGB(0, 0, 0)
        c.setFont(kit.FONT, 8)
        c.drawCentredString(x0 + 20 + i * (bw + 12) + bw / 2, y0 - 12, k)
    c.saveState()
    c.translate(x0 - 30, y0 + 40)
    c.rotate(90)
    c.setFont(kit.FONT, 10)
    c.drawString(0, 0, "接入设备数（台/套）")
    c.restoreState()
    c.saveState()
    c.translate(560, 300)
    c.rotate(90)
    c.setFillColorRGB(0.8, 0.1, 0.1)
    c.setFont(kit.FONT, 10)
    c.drawString(0, 0, f"{s['company']} 设备管理中心 数据核对专用")
    c.restoreState()
    rows = [["设备二级分类", "接入数量", "其中：公有云接入", "公有云日均运行"]]
    for k in cats:
        rows.append([k, ci(ev["dev_cat"][k]), ci(ev["pub_cat"][k]), ci(ev["day_cat"][k])])
    rows.append(["合计", ci(ev["dev"]), ci(ev["pub"]), ci(ev["day"])])
    y = kit.simple_table(c, 70, 420, [150, 110, 110, 110], rows, 10, lead=24, order="col")
    regs = list(ev["dev_reg"])
    ovs_keys = [k for k in regs if any("A" <= ch <= "Z" for ch in k)]
    ovs = sum(ev["dev_reg"][k] for k in ovs_keys)
    c.setFont(kit.FONT, 10)
    ovs_line = "海外设备：" + "、".join(f"{k} {ci(ev['dev_reg'][k])}" for k in ovs_keys) + f"，海外合计 {ci(ovs)} 台/套"
    c.drawString(70, y - 24, ovs_line)
    c.drawString(70, y - 44, "区域分布：" + "、".join(f"{k} {ci(ev['dev_reg'][k])}" for k in regs if k not in ovs_keys))
    pdf.save()
    return [
        fact(DEV, ci(ev["dev"]), "台/套", ev["dev"], rel, 1, ci(ev["dev"]), "合计", "接入数量"),
        fact(PUB, ci(ev["pub"]), "台/套", ev["pub"], rel, 1, ci(ev["pub"]), "合计", "其中：公有云接入"),
        fact(DAY, ci(ev["day"]), "台/套", ev["day"], rel, 1, ci(ev["day"]), "合计", "公有云日均运行"),
        fact(OVS, ci(ovs), "台/套", ovs, rel, 1, f"海外合计 {ci(ovs)} 台/套", "海外合计", ""),
    ]


# ------------------------------------------------------------------ IP lists
PAT = "平台核心软硬件技术获得的专利数量（项）"
SW = "平台核心软硬件技术获得的软著数量（个）"


def _ip_rows(prefix: str, n: int, start: int, kind: str, owner: str, seed: int):
    topics = ["设备状态监测", "时序数据压缩", "边缘网关", "故障预测", "能效诊断", "工艺参数优化", "数据采集",
              "模型管理", "多协议转换", "可视化组态", "告警规则引擎", "备件预测", "碳排放核算", "数字孪生"]
    out = []
    for i in range(start, start + n):
        t = topics[(i * 7 + seed) % len(topics)]
        if kind == "patent":
            no = f"ZL20{19 + i % 5}1{(seed * 7919 + i * 104729) % 10 ** 7:07d}.{i % 10}"
            out.append([str(i), f"一种基于{t}的方法及系统", "发明专利" if i % 3 else "实用新型", no, owner])
        else:
            no = f"2{(20 + i % 4)}SR{(seed * 31337 + i * 7907) % 10 ** 7:07d}"
            out.append([str(i), f"{prefix}{t}软件V{1 + i % 3}.0", no, f"20{20 + i % 4}年", owner])
    return out


def ip_cropped(path: Path, rel: str, s: dict, patents_visible: int, copyrights: int, hidden: str,
               seed: int) -> list[dict]:
    """Patent pages with a CropBox smaller than the MediaBox. `hidden`: 'draft' puts an old draft count in
    the cut-off margin; 'row' puts one more numbered patent row below the crop box (not displayed)."""
    pdf = kit.Pdf(path, "知识产权清单")
    owner = s["company"]
    rows = _ip_rows("", patents_visible + 1, 1, "patent", owner, seed)
    crop = (30, 60, 565, 800)
    per = 20
    chunks = [rows[i:min(i + per, patents_visible)] for i in range(0, patents_visible, per)]
    widths = [28, 185, 55, 135, 112]
    for pi, chunk in enumerate(chunks):
        pdf.page(kit.A4P, crop=crop)
        c = pdf.c
        top = 770
        if pi == 0:
            c.setFont(kit.FONT, 13)
            c.drawCentredString(297, 776, f"一、专利清单（共{patents_visible}项）")
            top = 752
        table = [["序号", "专利名称", "类型", "专利号", "专利权人"]] + chunk
        y = kit.simple_table(c, 36, top, widths, table, 7.5, lead=22)
        if pi == len(chunks) - 1:
            if hidden == "row":
                extra = rows[patents_visible]
                # drawn below the crop box bottom (y < 60): in the file, never displayed
                kit.simple_table(c, 36, 52, widths, [extra], 7.5, lead=22)
            elif hidden == "draft":
                c.setFont(kit.FONT, 9)
                c.drawString(36, 40, f"（2023年版草稿：专利共{patents_visible + 4}项，软件著作权共{copyrights + 6}项）")
        c.setFont(kit.FONT, 8)
        c.drawCentredString(297, 68, f"第{pi + 1}页")
    patent_pages = len(chunks)
    # software copyrights
    srows = _ip_rows(s["short"], copyrights, 1, "sw", owner, seed + 1)
    per = 28
    for pi in range(0, copyrights, per):
        pdf.page(kit.A4P)
        c = pdf.c
        top = 790
        if pi == 0:
            c.setFont(kit.FONT, 13)
            c.drawCentredString(297, 800, f"二、计算机软件著作权清单（共{copyrights}项）")
            top = 780
        table = [["序号", "软件名称", "登记号", "登记年份", "著作权人"]] + srows[pi:pi + per]
        kit.simple_table(c, 40, top, [30, 200, 90, 60, 135], table, 7.5, lead=24)
    pdf.save()
    return [
        fact(PAT, str(patents_visible), "项", patents_visible, rel, 1, f"一、专利清单（共{patents_visible}项）", "专利清单"),
        fact(SW, str(copyrights), "项", copyrights, rel, patent_pages + 1, f"二、计算机软件著作权清单（共{copyrights}项）", "软件著作权清单"),
    ]


def ip_foldout(path: Path, rel: str, s: dict, patents: int, copyrights: int, seed: int) -> list[dict]:
    """A4 patent list, then the software copyrights on an A3 landscape fold-out whose table cells are
    written column by column in the content stream."""
    pdf = kit.Pdf(path, "知识产权清单")
    owner = s["company"]
    rows = _ip_rows("", patents, 1, "patent", owner, seed)
    pdf.page(kit.A4P)
    pdf.text(f"专利清单（共{patents}项）", 13, center=True)
    pdf.table([30, 190, 60, 140, 115], [["序号", "专利名称", "类型", "专利号", "专利权人"]] + rows, 7.5)
    p_sw = pdf.page_no + 1
    pdf.page(kit.A3L)
    c = pdf.c
    c.setFont(kit.FONT, 15)
    c.drawCentredString(595, 800, f"计算机软件著作权清单（折页）    共计{copyrights}项")
    srows = _ip_rows(s["short"], copyrights, 1, "sw", owner, seed + 1)
    half = (copyrights + 1) // 2
    for blk, x in ((srows[:half], 40), (srows[half:], 610)):
        table = [["序号", "软件名称", "登记号", "登记年份"]] + blk
        kit.simple_table(c, x, 770, [36, 290, 110, 100], table, 8.5, lead=19, order="col")
    pdf.save()
    return [
        fact(PAT, str(patents), "项", patents, rel, 1, f"专利清单（共{patents}项）", "专利清单"),
        fact(SW, str(copyrights), "项", copyrights, rel, p_sw, f"共计{copyrights}项", "计算机软件著作权清单"),
    ]


# ------------------------------------------------------------------ screenshots (image-only)
def dashboard(title: str, cards: list[tuple[str, str]], size=(1600, 1000), watermark: str = "",
              footer: str = "") -> Image.Image:
    W, H = size
    im = Image.new("RGB", (W, H), (16, 32, 58))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, W, 80], fill=(24, 60, 110))
    d.text((40, 40), title, font=fonts.pil_font(36), fill="white", anchor="lm")
    cols = 3
    cw, ch = (W - 80 - (cols - 1) * 30) // cols, 220
    for i, (cap, val) in enumerate(cards):
        x = 40 + (i % cols) * (cw + 30)
        y = 130 + (i // cols) * (ch + 40)
        d.rounded_rectangle([x, y, x + cw, y + ch], 14, fill=(30, 58, 96), outline=(70, 130, 200), width=3)
        d.text((x + 30, y + 50), cap, font=fonts.pil_font(30), fill=(180, 210, 240), anchor="lm")
        d.text((x + 30, y + 140), val, font=fonts.pil_font(64), fill=(255, 214, 90), anchor="lm")
    # a small trend chart with a rotated axis label
    y0 = 130 + ((len(cards) + cols - 1) // cols) * (ch + 40) + 20
    if y0 + 200 < H - 40:
        d.line([(120, H - 80), (W - 80, H - 80)], fill=(150, 170, 200), width=2)
        d.line([(120, H - 80), (120, y0)], fill=(150, 170, 200), width=2)
        pts = [(120 + k * (W - 220) // 11, H - 90 - int((H - 100 - y0) * (0.3 + 0.6 * k / 11 + 0.05 * math.sin(k)))) for k in range(12)]
        d.line(pts, fill=(90, 200, 160), width=4)
        lab = Image.new("RGBA", (300, 40), (0, 0, 0, 0))
        ImageDraw.Draw(lab).text((0, 0), "月活跃企业数（家）", font=fonts.pil_font(26), fill=(180, 210, 240))
        lab = lab.rotate(90, expand=True)
        im.paste(lab, (70, y0), lab)
    if footer:
        d.text((W // 2, H - 30), footer, font=fonts.pil_font(26), fill=(200, 200, 200), anchor="mm")
    if watermark:
        layer = Image.new("RGBA", (W, H), (0, 0, 0, 0))
        txt = Image.new("RGBA", (1400, 160), (0, 0, 0, 0))
        ImageDraw.Draw(txt).text((700, 80), watermark, font=fonts.pil_font(130), fill=(255, 255, 255, 70), anchor="mm")
        txt = txt.rotate(math.degrees(math.atan2(H, W)), expand=True)
        layer.alpha_composite(txt, ((W - txt.size[0]) // 2, (H - txt.size[1]) // 2))
        base = im.convert("RGBA")
        base.alpha_composite(layer)
        im = base.convert("RGB")
    return im


def screens_pdf(path: Path, pages: list[dict]):
    out = []
    for p in pages:
        im = p["image"]
        w, h = im.size
        if p.get("sheet") == "A4L":
            size = kit.A4L
            sheet = Image.new("RGB", (1754, 1240), "white")
            im2 = im.resize((1654, int(h * 1654 / w)))
            sheet.paste(im2, (50, (1240 - im2.size[1]) // 2))
        elif p.get("sheet") == "A4P":
            size = kit.A4P
            sheet = Image.new("RGB", (1240, 1754), "white")
            im2 = im.resize((1140, int(h * 1140 / w)))
            sheet.paste(im2, (50, 200))
            if p.get("caption"):
                ImageDraw.Draw(sheet).text((620, 120), p["caption"], font=fonts.pil_font(40), fill="black", anchor="mm")
        else:  # already a sheet
            size = p["size"]
            sheet = im
        if p.get("upside_down"):
            sheet = sheet.rotate(180)
        out.append({"jpeg": kit.jpeg(sheet, quality=70), "size": size, "rotate": p.get("rotate", 0)})
    kit.write_image_pdf(path, out)


def screen_facts(rel: str, page: int, cards: list[tuple[str, str, str, str, int]]) -> list[dict]:
    """cards: (label, caption, printed value, unit, normalized)"""
    return [fact(label, val, unit, norm, rel, page, val, cap, image_only=True) for label, cap, val, unit, norm in cards]


def awards_foldout(path: Path, rel: str, s: dict, names: list[str]) -> list[dict]:
    pdf = kit.Pdf(path, "荣誉证书汇编")
    pdf.page(kit.A4P)
    pdf.text("平台获得省部级及以上奖项/荣誉清单", 14, center=True)
    rows = [["序号", "奖项/荣誉名称", "获奖时间", "颁发单位"]]
    for i, n in enumerate(names, 1):
        rows.append([str(i), n, f"20{19 + i % 5}年{1 + (i * 5) % 12}月", "上海市经济和信息化委员会" if i % 2 else "工业和信息化部"])
    pdf.table([36, 240, 80, 127], rows, 9)
    pdf.gap(6)
    pdf.text(f"合计：{len(names)}项", 11)
    pdf.page(kit.A3L)
    c = pdf.c
    c.setFont(kit.FONT, 15)
    c.drawCentredString(595, 800, "荣誉证书影印件（折页）")
    for i, n in enumerate(names):
        x = 60 + (i % 4) * 275
        y = 560 - (i // 4) * 260
        c.setLineWidth(1.5)
        c.setStrokeColorRGB(0.7, 0.55, 0.2)
        c.rect(x, y, 250, 200)
        c.setFont(kit.FONT, 9)
        for k, line in enumerate(kit.wrap(n, 220, 9)):
            c.drawString(x + 15, y + 160 - k * 14, line)
    c.setStrokeColorRGB(0, 0, 0)
    pdf.save()
    return [fact("平台获得省部级及以上奖项/荣誉数量（个）", str(len(names)), "项", len(names), rel, 1,
                 f"合计：{len(names)}项", "合计")]
