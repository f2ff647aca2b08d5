"""Commercial paperwork: 合同清单/销售台账, contract excerpts, 增值税发票, 用户使用证明, 客户清单, 收入确认说明,
IP lists, dashboards. Each writer returns the facts it prints: dicts with label/value/unit/normalized/quote/
row_label/column_label/component/image_only and either page or anchor (resolved after writing)."""
from __future__ import annotations

import random
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from PIL import Image, ImageDraw
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, Spacer

import kit

# ------------------------------------------------------------------ 统一社会信用代码

_CS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def credit_code(rng: random.Random, region: str = "310115", kind: str = "91") -> str:
    org = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY"[:10] if k < 2 else "0123456789ABCDEFGHJKLMNPQRTUWXY")
                  for k in range(8))
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    vals = [int(ch) if ch.isdigit() else ord(ch) - 55 for ch in org]
    c = 11 - sum(a * b for a, b in zip(w, vals)) % 11
    org += "X" if c == 10 else ("0" if c == 11 else str(c))
    body = kind + region + org
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    s = sum(_CS.index(ch) * wt for ch, wt in zip(body, weights))
    chk = 31 - s % 31
    return body + _CS[0 if chk == 31 else chk]


def fact(label, value, unit, normalized, quote, *, page=None, anchor="", row_label="", column_label="",
         component="", image_only=False):
    return dict(label=label, value=value, unit=unit, normalized=normalized, quote=quote, page=page, anchor=anchor,
                row_label=row_label, column_label=column_label, component=component, image_only=image_only)


def chinese_amount(x: float) -> str:
    digits = "零壹贰叁肆伍陆柒捌玖"
    units = ["", "拾", "佰", "仟"]
    big = ["", "万", "亿"]
    yuan_part = int(round(x * 100)) // 100
    jf = int(round(x * 100)) % 100
    s = ""
    if yuan_part == 0:
        s = "零"
    else:
        groups = []
        n = yuan_part
        while n:
            groups.append(n % 10000)
            n //= 10000
        out = ""
        zero_pending = False
        for gi in range(len(groups) - 1, -1, -1):
            g = groups[gi]
            if g == 0:
                zero_pending = True
                continue
            gs = ""
            gz = False
            for k in range(3, -1, -1):
                dgt = g // (10 ** k) % 10
                if dgt == 0:
                    gz = True
                else:
                    if (gz or zero_pending) and (gs or out):
                        gs += "零"
                    gz = False
                    zero_pending = False
                    gs += digits[dgt] + units[k]
            out += gs + big[gi]
            if g < 1000 and gi < len(groups) - 1 and not gs.startswith("零"):
                pass
        s = out
    s += "圆"
    if jf == 0:
        return s + "整"
    j, f = jf // 10, jf % 10
    s += (digits[j] + "角") if j else "零"
    if f:
        s += digits[f] + "分"
    return s


# ------------------------------------------------------------------ 合同清单 / 销售台账

LEDGER_HEAD = ["序号", "合同编号", "客户名称", "合同名称", "签订日期", "合同金额(元)", "2023年确认收入(元)", "开票金额(元)"]


def ledger_xlsx(path: Path, title: str, contracts: list[dict], totals: dict, extra_cols=("服务期", "备注"),
                sheet="合同清单", note_rows: list[str] = (), author=""):
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    head = LEDGER_HEAD + list(extra_cols)
    ws.cell(1, 1, title).font = Font(bold=True, size=13)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(head))
    ws.cell(2, 1, "单位：元（合同金额、开票金额为含税金额，确认收入为不含税金额）")
    for j, h in enumerate(head, 1):
        c = ws.cell(3, j, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="FCE4D6")
        c.border = border
        c.alignment = Alignment(horizontal="center", wrap_text=True)
    widths = [6, 16, 34, 34, 12, 16, 18, 16, 24, 30]
    for j, w in enumerate(widths[:len(head)], 1):
        ws.column_dimensions[chr(64 + j)].width = w
    r = 4
    for k, c in enumerate(contracts, 1):
        vals = [k, c["no"], c["customer"], c["name"], c["date"], c["amount"], c["rev2023"], c["invoiced"]]
        vals += [c.get("period", ""), c.get("remark", "")][:len(extra_cols)]
        for j, v in enumerate(vals, 1):
            cell = ws.cell(r, j, v)
            cell.border = border
            if j in (6, 7, 8):
                cell.number_format = "#,##0.00"
        r += 1
    ws.cell(r, 1, "合计").font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
    for j, key in ((6, "amount"), (7, "rev2023"), (8, "invoiced")):
        cell = ws.cell(r, j, totals[key])
        cell.number_format = "#,##0.00"
        cell.font = Font(bold=True)
    for j in range(1, len(head) + 1):
        ws.cell(r, j).border = border
    r += 2
    for line in note_rows:
        ws.cell(r, 1, line)
        r += 1
    wb.properties.creator = author
    kit.save_xlsx(wb, path)


def ledger_pdf(path: Path, title: str, company: str, contracts: list[dict], totals: dict, notes: list[str],
               footer_people: str, seal=None, font="STSong-Light", show_period=True):
    st = kit.styles(font, 9.5)
    head = LEDGER_HEAD + (["服务期"] if show_period else [])
    rows = [head]
    for k, c in enumerate(contracts, 1):
        row = [str(k), c["no"], c["customer"], c["name"], c["date"], kit.yuan(c["amount"]), kit.yuan(c["rev2023"]),
               kit.yuan(c["invoiced"])]
        if show_period:
            row.append(c.get("period", ""))
        rows.append(row)
    tot = ["合计", "", "", "", "", kit.yuan(totals["amount"]), kit.yuan(totals["rev2023"]), kit.yuan(totals["invoiced"])]
    if show_period:
        tot.append("")
    rows.append(tot)
    widths = [9, 27, 48, 50, 20, 27, 28, 27] + ([30] if show_period else [])
    widths = [w * mm for w in widths]
    t = kit.table(rows, widths, st, right_cols=(5, 6, 7))
    from reportlab.platypus import TableStyle
    n = len(rows) - 1
    t.setStyle(TableStyle([("SPAN", (0, n), (4, n)), ("BACKGROUND", (0, n), (-1, n), colors.HexColor("#f2f2f2"))]))
    story = [Paragraph(title, st["title"]), Spacer(1, 2 * mm),
             Paragraph(f"编制单位：{company}　　　　　　　　　　　　　　　　　　单位：人民币元", st["small"]), Spacer(1, 2 * mm), t,
             Spacer(1, 4 * mm)]
    for line in notes:
        story.append(Paragraph(line, st["small"]))
    story.append(Spacer(1, 6 * mm))
    story.append(Paragraph(footer_people, st["body"]))
    stamp = None
    if seal is not None:
        stamp = {"image": seal, "page": "last", "xy": (215, 22), "w_mm": 38}
    _build_with_last_stamp(path, story, landscape(A4), stamp, header=company + "　平台业务合同台账", font=font)


def _build_with_last_stamp(path, story, pagesize, stamp, header="", font="STSong-Light"):
    if stamp and stamp.get("page") == "last":
        # two passes: first count pages
        with kit.scratch_dir() as td:
            import copy
            kit.build_pdf(Path(td) / "x.pdf", copy.deepcopy(story), pagesize=pagesize, header=header, font=font)
            n = len(kit.pdf_page_texts(Path(td) / "x.pdf"))
        stamp = dict(stamp, page=n)
    kit.build_pdf(path, story, pagesize=pagesize, header=header, stamp=stamp, font=font)


# ------------------------------------------------------------------ contract excerpts (scanned)

def contract_pages(c: dict, seller: str, seller_seal, buyer_seal, dpi=120, seed=0, buyer_sign_date=None):
    """first page + signature page of one contract, drawn as images"""
    ims = []
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    f = kit.pil_font(int(dpi * 0.15), "serif")
    fb = kit.pil_font(int(dpi * 0.24), "bold")
    fs = kit.pil_font(int(dpi * 0.12), "serif")
    # page 1
    im = Image.new("RGB", (W, H), "white")
    d = ImageDraw.Draw(im)
    d.text((W - int(dpi * 2.6), int(dpi * 0.6)), f"合同编号：{c['no']}", font=fs, fill=(0, 0, 0))
    d.text((W // 2, int(dpi * 1.3)), c["name"], font=fb, fill=(0, 0, 0), anchor="mm")
    y = int(dpi * 1.9)
    lines = [f"甲方（委托方）：{c['customer']}", f"乙方（服务方）：{seller}", ""]
    for ln in lines:
        d.text((int(dpi * 0.9), y), ln, font=f, fill=(0, 0, 0))
        y += int(f.size * 1.9)
    body = [
        "根据《中华人民共和国民法典》及相关法律法规，甲乙双方本着平等互利的原则，经友好协商，就乙方通过其工业互联网平台向甲方提供"
        f"{c['service']}事宜达成如下协议，以资共同遵守。",
        f"第一条 服务内容：乙方基于平台向甲方提供{c['service']}，具体服务清单见附件一《服务范围说明》。",
        f"第二条 服务期限：{c['period_text']}。",
        f"第三条 合同价款：本合同总价款为人民币{kit.yuan(c['amount'])}元（大写：{chinese_amount(c['amount'])}），"
        f"含增值税（税率{c.get('tax_rate', 6)}%）。",
        f"第四条 付款方式：{c['payment']}",
        "第五条 乙方应按约定的服务等级（SLA）保障平台可用性，平台月度可用率不低于99.5%。",
    ]
    kit.draw_paragraphs(d, int(dpi * 0.9), y, W - int(dpi * 1.8), body, f, gap=1.85)
    d.text((W // 2, H - int(dpi * 0.5)), "第 1 页 共 " + str(c.get("pages", 6)) + " 页", font=fs, fill=(0, 0, 0), anchor="mm")
    ims.append(im)
    # signature page
    im = Image.new("RGB", (W, H), "white")
    d = ImageDraw.Draw(im)
    body = ["第十二条 本合同一式肆份，甲乙双方各执贰份，具有同等法律效力。本合同自双方签字盖章之日起生效。",
            "（以下无正文）"]
    y = kit.draw_paragraphs(d, int(dpi * 0.9), int(dpi * 1.0), W - int(dpi * 1.8), body, f, gap=1.85)
    y += int(dpi * 0.6)
    xl, xr = int(dpi * 0.9), int(W * 0.53)
    for x, who in ((xl, "甲方（盖章）：" + c["customer"]), (xr, "乙方（盖章）：" + seller)):
        for k, ln in enumerate(kit.wrap_text(d, who, f, int(W * 0.42))):
            d.text((x, y + k * int(f.size * 1.6)), ln, font=f, fill=(0, 0, 0))
    y2 = y + int(dpi * 1.1)
    for x in (xl, xr):
        d.text((x, y2), "法定代表人或授权代表（签字）：", font=fs, fill=(0, 0, 0))
    sg = kit.pil_font(int(dpi * 0.22), "wqy")
    d.text((xl + int(dpi * 0.3), y2 + int(dpi * 0.25)), c["buyer_signer"], font=sg, fill=(20, 20, 80))
    d.text((xr + int(dpi * 0.3), y2 + int(dpi * 0.25)), c["seller_signer"], font=sg, fill=(20, 20, 80))
    y3 = y2 + int(dpi * 0.9)
    for x in (xl, xr):
        d.text((x, y3), f"签订日期：{c['date_cn']}", font=fs, fill=(0, 0, 0))
    d.text((W // 2, H - int(dpi * 0.5)), f"第 {c.get('pages', 6)} 页 共 {c.get('pages', 6)} 页", font=fs, fill=(0, 0, 0),
           anchor="mm")
    im = kit.paste_seal(im, buyer_seal, (xl + int(W * 0.2), y + int(dpi * 0.7)), dpi / 300 * 1.35)
    im = kit.paste_seal(im, seller_seal, (xr + int(W * 0.2), y + int(dpi * 0.7)), dpi / 300 * 1.35)
    ims.append(im)
    return ims


# ------------------------------------------------------------------ 增值税发票 (数电票)

def invoice_image(inv: dict, dpi=120, seal=None) -> Image.Image:
    W, H = int(8.27 * dpi), int(5.2 * dpi)
    im = Image.new("RGB", (W, H), (255, 255, 252))
    d = ImageDraw.Draw(im)
    brown = (150, 80, 40)
    ft = kit.pil_font(int(dpi * 0.2), "bold")
    f = kit.pil_font(int(dpi * 0.095), "sans")
    fm = kit.pil_font(int(dpi * 0.1), "serif")
    d.text((W // 2, int(dpi * 0.35)), "电子发票（增值税专用发票）", font=ft, fill=brown, anchor="mm")
    d.line([(W // 2 - int(dpi * 1.3), int(dpi * 0.55)), (W // 2 + int(dpi * 1.3), int(dpi * 0.55))], fill=brown, width=2)
    d.text((W - int(dpi * 2.4), int(dpi * 0.25)), f"发票号码：{inv['no']}", font=f, fill=brown)
    d.text((W - int(dpi * 2.4), int(dpi * 0.42)), f"开票日期：{inv['date']}", font=f, fill=brown)
    x0, x1 = int(dpi * 0.3), W - int(dpi * 0.3)
    y0 = int(dpi * 0.7)
    d.rectangle([x0, y0, x1, H - int(dpi * 0.5)], outline=brown, width=2)
    mid = (x0 + x1) // 2
    yb = y0 + int(dpi * 0.9)
    d.line([(x0, yb), (x1, yb)], fill=brown, width=1)
    d.line([(mid, y0), (mid, yb)], fill=brown, width=1)
    for x, who, name, code in ((x0, "购买方信息", inv["buyer"], inv["buyer_code"]), (mid, "销售方信息", inv["seller"], inv["seller_code"])):
        d.text((x + int(dpi * 0.08), y0 + int(dpi * 0.1)), who, font=f, fill=brown)
        d.text((x + int(dpi * 0.08), y0 + int(dpi * 0.35)), "名称：", font=f, fill=brown)
        for k, ln in enumerate(kit.wrap_text(d, name, fm, mid - x0 - int(dpi * 0.6))):
            d.text((x + int(dpi * 0.5), y0 + int(dpi * 0.33) + k * int(dpi * 0.15)), ln, font=fm, fill=(0, 0, 0))
        d.text((x + int(dpi * 0.08), y0 + int(dpi * 0.65)), "统一社会信用代码/纳税人识别号：", font=f, fill=brown)
        d.text((x + int(dpi * 0.08), y0 + int(dpi * 0.78) - 2), code, font=fm, fill=(0, 0, 0))
    heads = ["项目名称", "规格型号", "单位", "数量", "单价", "金额", "税率/征收率", "税额"]
    xs = [x0 + int(dpi * 0.08), x0 + int(dpi * 2.55), x0 + int(dpi * 3.3), x0 + int(dpi * 3.7), x0 + int(dpi * 4.1),
          x0 + int(dpi * 4.9), x0 + int(dpi * 5.85), x0 + int(dpi * 6.75)]
    yh = yb + int(dpi * 0.08)
    for x, h in zip(xs, heads):
        d.text((x, yh), h, font=f, fill=brown)
    yi = yh + int(dpi * 0.25)
    d.text((xs[0], yi), inv["item"], font=fm, fill=(0, 0, 0))
    d.text((xs[2], yi), "项", font=fm, fill=(0, 0, 0))
    d.text((xs[3], yi), "1", font=fm, fill=(0, 0, 0))
    d.text((xs[4], yi), f"{inv['amount']:.2f}", font=fm, fill=(0, 0, 0))
    d.text((xs[5], yi), f"{inv['amount']:.2f}", font=fm, fill=(0, 0, 0))
    d.text((xs[6] + int(dpi * 0.2), yi), f"{inv['rate']}%", font=fm, fill=(0, 0, 0))
    d.text((xs[7], yi), f"{inv['tax']:.2f}", font=fm, fill=(0, 0, 0))
    yt = H - int(dpi * 1.35)
    d.text((xs[0], yt), "合　　计", font=f, fill=brown)
    d.text((xs[5], yt), f"¥{inv['amount']:.2f}", font=fm, fill=(0, 0, 0))
    d.text((xs[7], yt), f"¥{inv['tax']:.2f}", font=fm, fill=(0, 0, 0))
    yl = yt + int(dpi * 0.25)
    d.line([(x0, yl), (x1, yl)], fill=brown, width=1)
    total = round(inv["amount"] + inv["tax"], 2)
    d.text((xs[0], yl + int(dpi * 0.1)), "价税合计（大写）", font=f, fill=brown)
    d.text((xs[0] + int(dpi * 1.2), yl + int(dpi * 0.1)), "⊗" + chinese_amount(total), font=fm, fill=(0, 0, 0))
    d.text((xs[5] - int(dpi * 0.2), yl + int(dpi * 0.1)), f"（小写）¥{total:.2f}", font=fm, fill=(0, 0, 0))
    yr = yl + int(dpi * 0.4)
    d.line([(x0, yr), (x1, yr)], fill=brown, width=1)
    d.text((xs[0], yr + int(dpi * 0.08)), "备注：" + inv.get("remark", ""), font=f, fill=brown)
    d.text((x0, H - int(dpi * 0.35)), f"开票人：{inv['drawer']}", font=f, fill=brown)
    if seal is not None:
        im = kit.paste_seal(im, seal, (int(W * 0.8), int(H * 0.12) + int(dpi * 0.2)), dpi / 300 * 1.0)
    return im


def invoices_pdf(path: Path, invoices: list[dict], seed: int, seal=None):
    pages = []
    # two invoices per A4 page, as printed and scanned by the finance office
    for k in range(0, len(invoices), 2):
        page = kit.canvas_a4(120)
        for j, inv in enumerate(invoices[k:k + 2]):
            img = invoice_image(inv, 120, seal)
            page.paste(img, (0, int(0.4 * 120) + j * int(5.6 * 120)))
        pages.append(kit.scanify(page, seed + k, tone=(250, 248, 240)))
    kit.images_to_pdf(pages, path)


# ------------------------------------------------------------------ 用户使用证明 (letterheads)

def letter_image(L: dict, dpi=120) -> Image.Image:
    im = kit.canvas_a4(dpi)
    d = ImageDraw.Draw(im)
    W, H = im.size
    col = L.get("color", (180, 20, 20))
    fh = kit.pil_font(int(dpi * L.get("head_size", 0.22)), L.get("head_font", "bold"))
    f = kit.pil_font(int(dpi * 0.145), L.get("font", "serif"))
    ft = kit.pil_font(int(dpi * 0.26), "bold")
    style = L.get("style", "red")
    if style == "red":
        d.text((W // 2, int(dpi * 0.8)), L["org"], font=fh, fill=col, anchor="mm")
        d.line([(int(dpi * 0.6), int(dpi * 1.1)), (W - int(dpi * 0.6), int(dpi * 1.1))], fill=col, width=3)
        d.line([(int(dpi * 0.6), int(dpi * 1.15)), (W - int(dpi * 0.6), int(dpi * 1.15))], fill=col, width=1)
    else:  # logo block left + address right
        d.rectangle([int(dpi * 0.6), int(dpi * 0.45), int(dpi * 1.1), int(dpi * 0.95)], fill=col)
        d.text((int(dpi * 1.25), int(dpi * 0.5)), L["org"], font=fh, fill=(30, 30, 30))
        d.text((int(dpi * 1.25), int(dpi * 0.85)), L.get("addr", ""), font=kit.pil_font(int(dpi * 0.09)), fill=(90, 90, 90))
        d.line([(int(dpi * 0.6), int(dpi * 1.12)), (W - int(dpi * 0.6), int(dpi * 1.12))], fill=col, width=2)
    d.text((W // 2, int(dpi * 1.7)), L["title"], font=ft, fill=(0, 0, 0), anchor="mm")
    y = int(dpi * 2.2)
    if L.get("to"):
        d.text((int(dpi * 0.9), y), L["to"], font=f, fill=(0, 0, 0))
        y += int(f.size * 2)
    y = kit.draw_paragraphs(d, int(dpi * 0.9), y, W - int(dpi * 1.8), L["paras"], f, gap=1.9)
    y += int(dpi * 0.5)
    xs = int(W * 0.5)
    d.text((xs, y), f"{L['org_sign']}", font=f, fill=(0, 0, 0))
    if L.get("signer"):
        d.text((xs, y + int(dpi * 0.35)), "负责人（签字）：", font=f, fill=(0, 0, 0))
        d.text((xs + int(f.size * 8), y + int(dpi * 0.3)), L["signer"], font=kit.pil_font(int(dpi * 0.2), "wqy"),
               fill=(20, 20, 90))
    d.text((xs, y + int(dpi * 0.75)), L["date"], font=f, fill=(0, 0, 0))
    if L.get("seal") is not None:
        im = kit.paste_seal(im, L["seal"], (xs + int(dpi * 1.0), y + int(dpi * 0.35)), dpi / 300 * 1.25)
    if L.get("contact"):
        d2 = ImageDraw.Draw(im)
        d2.text((int(dpi * 0.9), H - int(dpi * 0.9)), L["contact"], font=kit.pil_font(int(dpi * 0.1)), fill=(60, 60, 60))
    return im


def letters_pdf(path: Path, letters: list[dict], seed: int):
    pages = [kit.scanify(letter_image(L), seed + k, skew=L.get("skew")) for k, L in enumerate(letters)]
    kit.images_to_pdf(pages, path)


# ------------------------------------------------------------------ 客户清单

CUST_HEAD = ["序号", "客户名称", "统一社会信用代码", "所属行业", "所在区域", "服务内容"]


def customer_list_pdf(path: Path, title: str, company: str, customers: list[dict], summary_lines: list[str],
                      extra_col: str | None = None, seal=None, font="STSong-Light", date_line=""):
    st = kit.styles(font, 9.5)
    head = CUST_HEAD + ([extra_col] if extra_col else [])
    rows = [head]
    for k, c in enumerate(customers, 1):
        row = [str(k), c["name"], c["code"], c["industry"], c["region"], c["service"]]
        if extra_col:
            row.append(c.get("extra", ""))
        rows.append(row)
    widths = [10, 52, 38, 20, 16, 40] + ([18] if extra_col else [])
    scale = 170 / sum(widths)
    t = kit.table(rows, [w * scale * mm for w in widths], st)
    story = [Paragraph(title, st["title"]), Spacer(1, 2 * mm),
             Paragraph(f"填报单位：{company}　　{date_line}", st["small"]), Spacer(1, 2 * mm), t, Spacer(1, 4 * mm)]
    for line in summary_lines:
        story.append(Paragraph(line, st["body"]))
    stamp = {"image": seal, "page": "last", "xy": (130, 30), "w_mm": 38} if seal is not None else None
    _build_with_last_stamp(path, story, A4, stamp, header=f"{company}　服务企业名单", font=font)


def customer_list_xlsx(path: Path, customers: list[dict], summary_lines: list[str], extra_col: str | None = None,
                       sheet="服务企业清单", author=""):
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    head = CUST_HEAD + ([extra_col] if extra_col else [])
    for j, h in enumerate(head, 1):
        ws.cell(1, j, h).font = Font(bold=True)
    for k, c in enumerate(customers, 1):
        vals = [k, c["name"], c["code"], c["industry"], c["region"], c["service"]] + ([c.get("extra", "")] if extra_col else [])
        for j, v in enumerate(vals, 1):
            ws.cell(k + 1, j, v)
    r = len(customers) + 3
    for line in summary_lines:
        ws.cell(r, 1, line)
        r += 1
    for col, w in zip("ABCDEFG", (6, 40, 24, 14, 12, 36, 12)):
        ws.column_dimensions[col].width = w
    wb.properties.creator = author
    kit.save_xlsx(wb, path)


# ------------------------------------------------------------------ dashboard screenshot

def dashboard_png(path: Path, title: str, tiles: list[tuple[str, str]], seed: int, subtitle="", theme="dark",
                  size=(1600, 900), chart_title="近12个月平台活跃企业数"):
    rng = random.Random(seed)
    W, H = size
    bg = (12, 26, 54) if theme == "dark" else (240, 243, 248)
    fg = (230, 240, 255) if theme == "dark" else (30, 40, 60)
    acc = (0, 200, 255) if theme == "dark" else (22, 119, 255)
    im = Image.new("RGB", (W, H), bg)
    d = ImageDraw.Draw(im)
    # browser bar
    d.rectangle([0, 0, W, 38], fill=(222, 225, 230))
    d.rounded_rectangle([120, 7, W - 200, 31], 10, fill=(255, 255, 255))
    d.text((135, 10), subtitle or "https://", font=kit.pil_font(15), fill=(60, 60, 60))
    for k, ccol in enumerate(((255, 95, 86), (255, 189, 46), (39, 201, 63))):
        d.ellipse([14 + k * 24, 12, 28 + k * 24, 26], fill=ccol)
    d.text((W // 2, 75), title, font=kit.pil_font(34, "bold"), fill=fg, anchor="mm")
    d.text((W - 260, 62), "数据更新：2024-06-30 23:59", font=kit.pil_font(15), fill=fg)
    n = len(tiles)
    cols = min(4, n)
    tw = (W - 80 - (cols - 1) * 20) // cols
    for k, (cap, val) in enumerate(tiles):
        r, c = divmod(k, cols)
        x = 40 + c * (tw + 20)
        y = 120 + r * 150
        d.rounded_rectangle([x, y, x + tw, y + 130], 12, outline=acc, width=2,
                            fill=(20, 44, 84) if theme == "dark" else (255, 255, 255))
        d.text((x + 20, y + 16), cap, font=kit.pil_font(22), fill=fg)
        d.text((x + 20, y + 52), val, font=kit.pil_font(48, "bold"), fill=acc)
    # chart
    top = 120 + ((n + cols - 1) // cols) * 150 + 20
    d.text((40, top), chart_title, font=kit.pil_font(20), fill=fg)
    base = H - 40
    pts = []
    v = rng.uniform(0.4, 0.6)
    for k in range(12):
        v = min(0.95, max(0.2, v + rng.uniform(-0.05, 0.09)))
        pts.append((60 + k * (W - 120) // 11, int(base - v * (base - top - 40))))
    d.line(pts, fill=acc, width=4)
    for x, y in pts:
        d.ellipse([x - 5, y - 5, x + 5, y + 5], fill=acc)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    im.save(path, "PNG", optimize=False)


# ------------------------------------------------------------------ IP list (text PDF)

def ip_list_pdf(path: Path, company: str, patents: list[tuple], softs: list[tuple], font="STSong-Light",
                caption_patent="一、发明及实用新型专利（共{n}项）", caption_soft="二、计算机软件著作权（共{n}项）"):
    st = kit.styles(font, 9.5)
    story = [Paragraph(f"{company}<br/>平台核心软硬件技术知识产权清单", st["title"]), Spacer(1, 4 * mm),
             Paragraph(caption_patent.format(n=len(patents)), st["h"])]
    rows = [["序号", "专利名称", "专利号", "类型", "授权公告日", "专利权人"]]
    for k, (nm, no, tp, dt) in enumerate(patents, 1):
        rows.append([str(k), nm, no, tp, dt, company])
    story.append(kit.table(rows, [10 * mm, 58 * mm, 34 * mm, 16 * mm, 22 * mm, 30 * mm], st))
    story += [Spacer(1, 5 * mm), Paragraph(caption_soft.format(n=len(softs)), st["h"])]
    rows = [["序号", "软件名称", "登记号", "登记日期", "著作权人"]]
    for k, (nm, no, dt) in enumerate(softs, 1):
        rows.append([str(k), nm, no, dt, company])
    story.append(kit.table(rows, [10 * mm, 70 * mm, 32 * mm, 24 * mm, 34 * mm], st))
    kit.build_pdf(path, story, header=company, font=font)


def gen_patents(rng: random.Random, n: int, topics: list[str], year0=2017):
    out = []
    for k in range(n):
        t = topics[k % len(topics)]
        kind = rng.choice(["发明", "发明", "实用新型"])
        yr = rng.randint(year0, 2024)
        no = f"ZL {yr - rng.randint(1, 2)} {'1' if kind == '发明' else '2'} {rng.randint(1000000, 9999999)}.{rng.randint(0, 9)}"
        dt = f"{yr}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        if yr == 2024:
            dt = f"2024-{rng.randint(1, 6):02d}-{rng.randint(1, 28):02d}"
        suffix = ["方法", "方法及系统", "装置", "系统", "方法、设备及存储介质"][k % 5]
        out.append((f"一种{t}的{suffix}", no, kind, dt))
    return out


def gen_softs(rng: random.Random, n: int, prefix: str, topics: list[str]):
    out = []
    for k in range(n):
        t = topics[k % len(topics)]
        yr = rng.randint(2018, 2024)
        no = f"{yr}SR{rng.randint(100000, 1999999):07d}"
        dt = f"{yr}-{rng.randint(1, 6 if yr == 2024 else 12):02d}-{rng.randint(1, 28):02d}"
        out.append((f"{prefix}{t}软件V{1 + k % 3}.{k % 4}", no, dt))
    return out
