"""Long lists: device list PDF with page subtotals, enterprise XLSX by sheet, APP list PDF by category, IP lists,
model workbook, daily-running workbook, dashboard screenshots."""

from __future__ import annotations

import io
import random
from pathlib import Path

import openpyxl
from openpyxl.styles import Font
from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm

from eval_sets.generator import fonts

from . import common
from .model import OVERSEAS_NAMES

F = common.FONT


def _fit(c, text, width, size):
    text = str(text)
    while text and c.stringWidth(text, F, size) > width - 2:
        text = text[:-1]
    return text


class Pager:
    """Draws a long table over pages with the header repeated, and a footer line per page."""

    def __init__(self, path, title, header, widths, size=7.5, rows_per_page=48, page=A4, top_note="", footer=None):
        self.buf = io.BytesIO()
        self.c = common.new_canvas(self.buf, page)
        self.path, self.title, self.header, self.widths = path, title, header, widths
        self.size, self.rpp, self.page, self.note, self.footer = size, rows_per_page, page, top_note, footer
        self.pno = 0
        self.y = None
        self.rows_on_page = []
        self.lh = 4.6 * mm

    def _start(self, header=True):
        self.pno += 1
        c = self.c
        c.setFont(F, 8)
        c.drawString(15 * mm, self.page[1] - 10 * mm, self.note)
        c.drawRightString(self.page[0] - 15 * mm, self.page[1] - 10 * mm, f"第 {self.pno} 页")
        y = self.page[1] - 18 * mm
        if self.pno == 1:
            c.setFont(F, 13)
            c.drawCentredString(self.page[0] / 2, y, self.title)
            y -= 9 * mm
        self.y = y
        if header:
            self._header()
        self.rows_on_page = []

    def _header(self):
        c = self.c
        c.setFont(F, self.size)
        x = 15 * mm
        c.setFillGray(0.88)
        c.rect(x, self.y - 1.4 * mm, sum(self.widths) * mm, self.lh, fill=1, stroke=0)
        c.setFillGray(0)
        for h, w in zip(self.header, self.widths):
            c.drawString(x + 1, self.y, _fit(c, h, w * mm, self.size))
            x += w * mm
        self.y -= self.lh

    def _end(self):
        if self.footer:
            self.footer(self, self.rows_on_page)
        self.c.showPage()
        self.y = None

    def room(self, n=1):
        return self.y is not None and self.y - n * self.lh > 22 * mm

    def row(self, cells, payload=None):
        if not self.room():
            if self.y is not None:
                self._end()
            self._start()
        c = self.c
        c.setFont(F, self.size)
        x = 15 * mm
        for v, w in zip(cells, self.widths):
            c.drawString(x + 1, self.y, _fit(c, v, w * mm, self.size))
            x += w * mm
        c.setLineWidth(0.2)
        c.line(15 * mm, self.y - 1.4 * mm, 15 * mm + sum(self.widths) * mm, self.y - 1.4 * mm)
        self.y -= self.lh
        self.rows_on_page.append(payload)

    def text(self, line, size=9, need=1):
        if not self.room(need):
            if self.y is not None:
                self._end()
            self._start()
        self.c.setFont(F, size)
        self.c.drawString(15 * mm, self.y, line)
        self.y -= self.lh * 1.3
        self.rows_on_page.append(None)

    def new_page(self):
        if self.y is not None:
            self._end()
        self._start()

    def close(self):
        if self.y is not None:
            self._end()
        self.c.save()
        Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        Path(self.path).write_bytes(self.buf.getvalue())
        return self.pno


def device_list_pdf(path, m, s, bad=None):
    """bad = (page, delta): that page's 本页小计 is printed with delta added; 合计 adds the printed subtotals.
    Returns dict with pages, printed total, summary page."""
    printed = []

    def footer(p, rows):
        devs = [r for r in rows if r]
        sub = sum(d["qty"] for d in devs)
        pub = sum(d["qty"] for d in devs if d["dep"] == "公有云")
        if not devs:
            return
        if bad and p.pno == bad[0]:
            sub += bad[1]
        printed.append((p.pno, sub, pub))
        p.c.setFont(F, 8.5)
        p.c.drawString(15 * mm, 15 * mm, f"本页小计：{sub:,} 台/套（其中公有云 {pub:,} 台/套）")

    pg = Pager(path, f"{s['declared_name']}接入工业设备明细清单（数量单位：台/套）", ["序号", "设备编号", "设备名称", "设备类别（附录A）", "所属企业",
                                                                  "所在地区", "接入方式", "通信协议", "数量"],
               [12, 22, 24, 24, 48, 18, 14, 18, 10], size=6.8, rows_per_page=56,
               top_note=f"{s['company']}　截至2024年6月30日", footer=footer)
    for d in m.devices:
        pg.row([d["no"], d["code"], d["name"], d["cat"], d["owner"], d["region"], d["dep"], d["proto"], d["qty"]], d)
    pg._end()
    # summary
    pg._start(header=False)
    total = sum(x[1] for x in printed)
    pubt = sum(x[2] for x in printed)
    summary_page = pg.pno
    c = pg.c
    y = pg.y
    c.setFont(F, 11)
    y -= 4 * mm
    c.drawString(15 * mm, y, "设备接入汇总")
    y -= 8 * mm
    c.setFont(F, 10)
    c.drawString(15 * mm, y, f"合计：{total:,} 台/套")
    y -= 6 * mm
    c.drawString(15 * mm, y, f"其中公有云接入：{pubt:,} 台/套")
    y -= 6 * mm
    c.drawString(15 * mm, y, f"其中海外设备：{m.overseas_total:,} 台/套（" + "、".join(f"{k} {v:,}" for k, v in m.overseas.items()) + "）")
    y -= 6 * mm
    c.drawString(15 * mm, y, f"明细行数：{len(m.devices):,} 行；兼容工业协议（含私有协议）：{s['protocols']} 个")
    y -= 10 * mm
    c.setFont(F, 9)
    for title, d1, d2 in [("按设备二级分类", m.dev_by_cat, m.pub_by_cat), ("按省市区域", m.dev_by_reg, m.pub_by_reg)]:
        c.drawString(15 * mm, y, f"{title}：")
        y -= 5.5 * mm
        c.drawString(20 * mm, y, "类别/区域")
        c.drawString(80 * mm, y, "接入数量（台/套）")
        c.drawString(120 * mm, y, "其中公有云（台/套）")
        y -= 5 * mm
        for k in d1:
            c.drawString(20 * mm, y, k)
            c.drawRightString(105 * mm, y, f"{d1[k]:,}")
            c.drawRightString(150 * mm, y, f"{d2[k]:,}")
            y -= 4.8 * mm
        y -= 5 * mm
    c.setFont(F, 8)
    c.drawString(15 * mm, 15 * mm, f"制表：{s['company']}平台运营部　　数据来源：平台设备管理中心导出")
    pg._end()
    pg.c.save()
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_bytes(pg.buf.getvalue())
    return dict(pages=pg.pno, total=total, pub=pubt, summary_page=summary_page, printed=printed)


def enterprise_xlsx(path, m, s, by="region", drop=0):
    """汇总 sheet first (numbers from the model), then detail sheets (by region or by month), dropping `drop` rows."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "汇总"
    b = Font(bold=True)
    ws.append([f"{s['declared_name']}服务企业名单汇总（截至2024年6月30日）"])
    ws["A1"].font = b
    ws.append(["项目", "数量（家）"])
    for k, val in [("实际服务企业合计", m.served), ("其中：付费企业", m.paid), ("其中：中小企业", m.sme), ("其中：上海市企业", m.local),
                   ("平台注册企业用户（含未开通服务）", m.registered)]:
        ws.append([k, val])
    ws.append([])
    ws.append(["按行业（附录C）", "家"])
    for k, val in m.ent_by_ind.items():
        ws.append([k, val])
    ws.append([])
    ws.append(["按省市区域（附录F）", "家"])
    for k, val in m.ent_by_reg.items():
        ws.append([k, val])
    ents = list(m.enterprises)
    if drop:
        rng = random.Random(s["seed"] + 7)
        idx = set(rng.sample(range(len(ents)), drop))
        ents = [e for i, e in enumerate(ents) if i not in idx]
    if by == "region":
        big = [r for r, n in m.ent_by_reg.items() if n >= 60]
        groups = [(r, [e for e in ents if e["region"] == r]) for r in big]
        groups.append(("其他地区", [e for e in ents if e["region"] not in big]))
    else:
        groups = [(f"{k}月", [e for e in ents if e["month"] == k]) for k in range(1, 13)]
    hdr = ["序号", "企业名称", "统一社会信用代码", "所属行业", "所在地区", "企业规模", "是否付费", "服务内容"]
    for name, rows in groups:
        w = wb.create_sheet(name)
        w.append(hdr)
        for i, e in enumerate(rows, start=1):
            w.append([i, e["name"], e["code"], e["industry"], e["region"], "中小企业" if e["sme"] else "大型企业",
                      "是" if e["paid"] else "否", e["service"]])
        w.column_dimensions["B"].width = 36
        w.column_dimensions["C"].width = 22
    wb.save(path)
    common.normalize_zip(path, "服务企业名单")
    return dict(rows=len(ents), sheets=[g[0] for g in groups])


def app_list_pdf(path, m, s, bad=None):
    """bad = (category, delta): that category's 小计 printed with delta added (合计 follows the printed 小计)."""
    pg = Pager(path, f"{s['declared_name']}工业APP清单", ["序号", "APP名称", "分类（附录B）", "所属行业（附录C）", "开发方式", "部署方式",
                                                        "上线时间", "订阅用户"],
               [12, 48, 22, 28, 22, 18, 16, 14], size=7.2, top_note=f"{s['company']}　工业APP清单（截至2024年6月30日）")
    no = 0
    subtotal_printed = {}
    for k, cat in enumerate(m.app_by_cat):
        apps = [a for a in m.apps if a["cat"] == cat]
        pg.text(f"（{k + 1}）{cat}类", size=9, need=3)
        for a in apps:
            no += 1
            pg.row([no, a["name"], a["cat"], a["industry"], "基于平台开发" if a["native"] else "云化工业软件",
                    "公有云" if a["pub"] else "私有化部署", a["online"], a["users"]])
        n = len(apps) + (bad[1] if bad and bad[0] == cat else 0)
        subtotal_printed[cat] = n
        pg.text(f"{cat}类小计：{n} 个", size=8.5)
    total = sum(subtotal_printed.values())
    pg.text(f"合计：{total} 个", size=10, need=4)
    total_page = pg.pno
    pg.text(f"其中：基于平台开发的工业APP {m.app_native} 个；云化工业软件 {m.app_cloud} 个；公有云部署 {m.app_pub} 个", size=9)
    pg.close()
    return dict(pages=pg.pno, total=total, total_page=total_page, subtotals=subtotal_printed)


def patent_pdf(path, m, s, title="专利清单"):
    pg = Pager(path, f"{title}（共{len(m.patents)}项）", ["序号", "专利名称", "专利类型", "专利号", "授权公告日", "专利权人"],
               [12, 62, 20, 38, 22, 34], size=7.5, top_note=f"{s['company']}　平台核心软硬件技术专利")
    for p in m.patents:
        pg.row([p["no"], p["name"], p["kind"], p["num"], p["date"], s["company"]])
    pg.text(f"以上共计 {len(m.patents)} 项，专利权人均为{s['company']}。", size=8.5)
    return pg.close()


def soft_xlsx(path, m, s):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "软件著作权"
    ws.append([f"{s['company']}平台相关计算机软件著作权登记清单"])
    ws.append(["序号", "软件名称", "登记号", "登记日期", "著作权人"])
    for x in m.softs:
        ws.append([x["no"], x["name"], x["reg"], x["date"], s["company"]])
    ws.append([f"合计：{len(m.softs)}项"])
    ws.column_dimensions["B"].width = 44
    wb.save(path)
    common.normalize_zip(path, "软件著作权清单")


def model_xlsx(path, m, s):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "模型清单"
    ws.append(["序号", "模型编号", "模型分类（附录D）", "近一周调用次数"])
    for i, x in enumerate(m.models, start=1):
        ws.append([i, x["name"], x["cat"], x["calls"]])
    w2 = wb.create_sheet("分类汇总")
    w2.append(["模型分类", "数量（个）"])
    for k, v in m.model_by_cat.items():
        w2.append([k, v])
    w2.append(["工业机理模型合计", m.model_total])
    w2.append(["其中：活跃机理模型（一周调用5次以上）", m.model_active])
    w2.append(["核心工业模型平均月调用用户数", s["model_users"]])
    wb.save(path)
    common.normalize_zip(path, "工业模型清单")


def running_xlsx(path, m, s):
    rng = random.Random(s["seed"] + 11)
    dev = [rng.randrange(-300, 300) for _ in range(11)]
    dev.append(-sum(dev))
    months = [f"{y}年{mo}月" for y, mo in [(2023, k) for k in range(7, 13)] + [(2024, k) for k in range(1, 7)]]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "按月"
    ws.append(["统计月份", "公有云设备日均运行数量（台/套）"])
    for mo, d in zip(months, dev):
        ws.append([mo, m.run_total + d])
    ws.append(["近12个月日均", m.run_total])
    ws.append(["平台连接工业设备利用率（%）", s["dev_util"]])
    w2 = wb.create_sheet("按分类")
    w2.append(["设备二级分类", "日均运行（台/套）"])
    for k, v in m.run_by_cat.items():
        w2.append([k, v])
    w3 = wb.create_sheet("按区域")
    w3.append(["省市区域", "日均运行（台/套）"])
    for k, v in m.run_by_reg.items():
        w3.append([k, v])
    wb.save(path)
    common.normalize_zip(path, "公有云设备日均运行统计")


def dashboard_png(path, title, tiles, seed, sub=""):
    rng = random.Random(seed)
    W, H = 1600, 900
    img = Image.new("RGB", (W, H), (14, 26, 48))
    d = ImageDraw.Draw(img)
    d.text((40, 28), title, font=fonts.pil_font(34), fill=(230, 240, 255))
    d.text((40, 78), sub or "数据更新时间：2024-06-30 23:59", font=fonts.pil_font(18), fill=(140, 170, 210))
    cols = 4
    for i, (cap, val) in enumerate(tiles):
        x = 40 + (i % cols) * 385
        y = 140 + (i // cols) * 230
        d.rounded_rectangle((x, y, x + 360, y + 200), 14, fill=(24, 44, 80), outline=(60, 110, 170), width=2)
        d.text((x + 24, y + 24), cap, font=fonts.pil_font(24), fill=(170, 200, 235))
        d.text((x + 24, y + 80), val, font=fonts.pil_font(56), fill=(90, 220, 255))
    # a decorative trend line
    pts = [(40 + k * 50, 820 - rng.randrange(0, 120)) for k in range(31)]
    d.line(pts, fill=(80, 200, 140), width=3)
    common.save_png(img, Path(path))
