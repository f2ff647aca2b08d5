"""Rendering helpers for the h25 holdout set (spreadsheets and system exports).

Everything is deterministic: fixed seeds, reportlab invariant mode, zip entries with a fixed date.
"""
from __future__ import annotations

import io
import math
import os
import random
import tempfile
import zipfile
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

rl_config.invariant = 1
from eval_sets.generator.fonts import DRAWING_FONT, noto, require_font

# Fonts found by name (fontconfig, else the XDG font folders), never by a path of one machine;
# a missing font stops the build with FontMissing, naming the Debian package to install.
WQY = str(require_font(DRAWING_FONT))
NOTO = str(noto("Noto Sans CJK SC", "NotoSansCJK-Regular.ttc"))
NOTO_B = str(noto("Noto Sans CJK SC:style=Bold", "NotoSansCJK-Bold.ttc"))
SERIF = str(noto("Noto Serif CJK SC", "NotoSerifCJK-Regular.ttc"))

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
pdfmetrics.registerFont(TTFont("WQY", WQY, subfontIndex=0))
FIXED_DATE = (2024, 7, 15, 10, 30, 0)


def font(path: str, size: int, index: int = 0) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, size, index=index)


# ---------------------------------------------------------------- numbers

def split(total: int, weights: dict[str, float]) -> dict[str, int]:
    """Integers proportional to weights summing exactly to total (largest remainder)."""
    s = sum(weights.values())
    raw = {k: total * w / s for k, w in weights.items()}
    out = {k: int(math.floor(v)) for k, v in raw.items()}
    rest = total - sum(out.values())
    for k in sorted(raw, key=lambda k: (-(raw[k] - out[k]), list(weights).index(k)))[:rest]:
        out[k] += 1
    return out


def fmt_bd(d: dict[str, int | float], sep: str = "、", colon: str = "：") -> str:
    return sep.join(f"{k}{colon}{v}" for k, v in d.items())


def thousands(n) -> str:
    return f"{n:,}"


def r2(x: float) -> float:
    return float(f"{x + 1e-9:.2f}")


# ---------------------------------------------------------------- zip normalising

def normalize_zip(path: Path) -> None:
    """Rewrite an OOXML zip with fixed entry dates and order (openpyxl/python-docx stamp 'now')."""
    path = Path(path)
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                import re as _re
                data = _re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                               rb"<dcterms:modified\1>2024-07-12T16:45:00Z</dcterms:modified>", data)
                data = _re.sub(rb"<dcterms:created([^>]*)>[^<]*</dcterms:created>",
                               rb"<dcterms:created\1>2024-07-08T09:00:00Z</dcterms:created>", data)
            info = zipfile.ZipInfo(name, FIXED_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    path.write_bytes(buf.getvalue())


def fix_docx_props(doc, author: str) -> None:
    import datetime
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = datetime.datetime(2024, 7, 10, 9, 0, 0)
    cp.modified = datetime.datetime(2024, 7, 15, 17, 20, 0)
    cp.revision = 3


def fix_xlsx_props(wb, author: str) -> None:
    import datetime
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = datetime.datetime(2024, 7, 8, 9, 0, 0)
    wb.properties.modified = datetime.datetime(2024, 7, 12, 16, 45, 0)


def save_xlsx(wb, path: Path, author: str) -> None:
    fix_xlsx_props(wb, author)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    normalize_zip(path)


def save_docx(doc, path: Path, author: str) -> None:
    fix_docx_props(doc, author)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(path)
    normalize_zip(path)


# ---------------------------------------------------------------- text PDFs

def styles(font_name: str = "STSong-Light"):
    base = ParagraphStyle("b", fontName=font_name, fontSize=10.5, leading=17, wordWrap="CJK", firstLineIndent=21)
    return {
        "title": ParagraphStyle("t", fontName=font_name, fontSize=17, leading=26, alignment=1, spaceAfter=10),
        "sub": ParagraphStyle("s", fontName=font_name, fontSize=11, leading=17, alignment=1, spaceAfter=6),
        "h1": ParagraphStyle("h1", fontName=font_name, fontSize=13, leading=22, spaceBefore=8, spaceAfter=4),
        "h2": ParagraphStyle("h2", fontName=font_name, fontSize=11, leading=18, spaceBefore=4, spaceAfter=2),
        "body": base,
        "cell": ParagraphStyle("c", fontName=font_name, fontSize=9, leading=12, wordWrap="CJK"),
        "small": ParagraphStyle("sm", fontName=font_name, fontSize=8.5, leading=12, wordWrap="CJK"),
        "right": ParagraphStyle("r", fontName=font_name, fontSize=10.5, leading=17, alignment=2),
    }


def build_text_pdf(path: Path, blocks: list, font_name: str = "STSong-Light", header: str = "",
                   footer_fmt: str = "- {n} -", pagesize=A4, margins=(22, 20, 22, 20)) -> None:
    """blocks: ('title'|'sub'|'h1'|'h2'|'body'|'right'|'small', text) | ('table', rows, widths_mm[, opts]) |
    ('space', mm) | ('break',)."""
    st = styles(font_name)
    flow = []
    for b in blocks:
        kind = b[0]
        if kind == "table":
            rows, widths = b[1], b[2]
            opts = b[3] if len(b) > 3 else {}
            cst = st["cell"]
            data = [[Paragraph(str(c), cst) if not isinstance(c, Paragraph) else c for c in r] for r in rows]
            t = Table(data, colWidths=[w * mm for w in widths], repeatRows=opts.get("repeat", 1))
            style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                     ("BACKGROUND", (0, 0), (-1, opts.get("repeat", 1) - 1), colors.Color(0.92, 0.92, 0.92))]
            style += opts.get("style", [])
            t.setStyle(TableStyle(style))
            flow.append(t)
            flow.append(Spacer(1, 4 * mm))
        elif kind == "space":
            flow.append(Spacer(1, b[1] * mm))
        elif kind == "break":
            flow.append(PageBreak())
        else:
            flow.append(Paragraph(b[1], st[kind]))

    def on_page(c, doc):
        c.saveState()
        c.setFont(font_name, 8.5)
        w, h = pagesize
        if header:
            c.drawString(margins[1] * mm, h - 12 * mm, header)
            c.line(margins[1] * mm, h - 13.5 * mm, w - margins[3] * mm, h - 13.5 * mm)
        if footer_fmt:
            c.drawCentredString(w / 2, 10 * mm, footer_fmt.format(n=doc.page))
        c.restoreState()

    path.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(str(path), pagesize=pagesize, topMargin=margins[0] * mm, leftMargin=margins[1] * mm,
                            bottomMargin=margins[2] * mm, rightMargin=margins[3] * mm, invariant=1,
                            title=path.stem, author="", creator="")
    doc.build(flow, onFirstPage=on_page, onLaterPages=on_page)


def print_table_pdf(path: Path, title: str, meta: str, columns: list[str], widths_mm: list[float],
                    rows: list[list[str]], rows_per_page: int, tail_lines: list[str], font_name="WQY",
                    footer="第{p}页 共{n}页", printed_at="打印时间：2024-06-28 15:42:07") -> int:
    """A back-end list exported 'to PDF' from the browser: landscape, header repeated on each page,
    footer 第x页 共y页. Returns page count. tail_lines are printed after the last row."""
    pw, ph = landscape(A4)
    n_pages = max(1, math.ceil(len(rows) / rows_per_page))
    c = canvas.Canvas(str(path), pagesize=(pw, ph), invariant=1)
    c.setTitle(title)
    left = 12 * mm
    row_h = 5.6 * mm
    for p in range(n_pages):
        y = ph - 12 * mm
        c.setFont(font_name, 7.5)
        c.drawString(left, y, printed_at)
        c.drawRightString(pw - 12 * mm, y, "https://" + meta)
        y -= 9 * mm
        if p == 0:
            c.setFont(font_name, 13)
            c.drawString(left, y, title)
            y -= 7 * mm
        c.setFont(font_name, 8.5)
        x = left
        c.setFillColor(colors.Color(0.93, 0.95, 0.98))
        c.rect(left, y - 1.6 * mm, sum(widths_mm) * mm, row_h, stroke=0, fill=1)
        c.setFillColor(colors.black)
        for col, w in zip(columns, widths_mm):
            c.drawString(x + 1.5 * mm, y, col)
            x += w * mm
        c.setLineWidth(0.3)
        c.line(left, y - 1.6 * mm, left + sum(widths_mm) * mm, y - 1.6 * mm)
        y -= row_h
        c.setFont(font_name, 8)
        for r in rows[p * rows_per_page:(p + 1) * rows_per_page]:
            x = left
            for v, w in zip(r, widths_mm):
                c.drawString(x + 1.5 * mm, y, str(v))
                x += w * mm
            c.setStrokeColor(colors.Color(0.85, 0.85, 0.85))
            c.line(left, y - 1.6 * mm, left + sum(widths_mm) * mm, y - 1.6 * mm)
            c.setStrokeColor(colors.black)
            y -= row_h
        if p == n_pages - 1:
            c.setFont(font_name, 9)
            y -= 2 * mm
            for t in tail_lines:
                c.drawString(left, y, t)
                y -= 5.5 * mm
        c.setFont(font_name, 8)
        c.drawCentredString(pw / 2, 8 * mm, footer.format(p=p + 1, n=n_pages))
        c.showPage()
    c.save()
    return n_pages


# ---------------------------------------------------------------- seals and scans

def seal(text: str, inner: str = "", size: int = 300, seed: int = 0) -> Image.Image:
    """A red round company seal (RGBA)."""
    rng = random.Random(seed)
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    red = (200, 30, 35, 215)
    d.ellipse((6, 6, size - 6, size - 6), outline=red, width=max(6, size // 40))
    # star
    cx = cy = size / 2
    R, r = size * 0.12, size * 0.048
    pts = []
    for i in range(10):
        ang = -math.pi / 2 + i * math.pi / 5
        rad = R if i % 2 == 0 else r
        pts.append((cx + rad * math.cos(ang), cy + rad * math.sin(ang)))
    d.polygon(pts, fill=red)
    f = font(NOTO_B, int(size * 0.095))
    n = len(text)
    span = min(250, 18 * n)
    for i, ch in enumerate(text):
        ang = math.radians(-90 - span / 2 + span * (i + 0.5) / n)
        rad = size * 0.36
        x, y = cx + rad * math.cos(ang), cy + rad * math.sin(ang)
        tile = Image.new("RGBA", (int(size * 0.14), int(size * 0.14)), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((tile.width / 2, tile.height / 2), ch, font=f, fill=red, anchor="mm")
        tile = tile.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        img.alpha_composite(tile, (int(x - tile.width / 2), int(y - tile.height / 2)))
    if inner:
        f2 = font(NOTO_B, int(size * 0.07))
        d.text((cx, cy + size * 0.22), inner, font=f2, fill=red, anchor="mm")
    # ink unevenness
    arr = np.array(img)
    noise = np.random.RandomState(seed).randint(0, 90, arr.shape[:2])
    arr[..., 3] = np.clip(arr[..., 3].astype(int) - noise, 0, 255).astype(np.uint8)
    return Image.fromarray(arr)


def render_pdf_pages(pdf: Path, dpi: int = 110) -> list[Image.Image]:
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(str(pdf))
    out = []
    for i in range(len(doc)):
        page = doc[i]
        out.append(page.render(scale=dpi / 72).to_pil().convert("RGB"))
    doc.close()
    return out


def degrade(img: Image.Image, seed: int, stamps: list[tuple[Image.Image, float, float]] = (),
            skew_max: float = 1.4) -> Image.Image:
    """Paper tone, seal(s), skew, blur, noise — an office scanner's output."""
    rng = np.random.RandomState(seed)
    img = img.convert("RGB")
    for st, fx, fy in stamps:
        s = st.rotate(float(rng.uniform(-12, 12)), resample=Image.BICUBIC)
        w = int(img.width * 0.2)
        s = s.resize((w, w))
        base = img.convert("RGBA")
        base.alpha_composite(s, (int(img.width * fx - w / 2), int(img.height * fy - w / 2)))
        img = base.convert("RGB")
    tone = np.array(img).astype(np.float32)
    tone = tone * np.array([0.965, 0.95, 0.91]) + np.array([6, 6, 8])
    tone += rng.normal(0, 6, tone.shape[:2])[..., None]
    img = Image.fromarray(np.clip(tone, 0, 255).astype(np.uint8))
    angle = float(rng.uniform(-skew_max, skew_max))
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(238, 236, 228))
    img = img.filter(ImageFilter.GaussianBlur(0.55))
    return img


# reportlab names an image XObject after the md5 of the image's file name as a string (canvas.drawImage), and
# that name is in the PDF's bytes. The set was first built, and scored, at /work/holdout25 with its page images
# written to /tmp/h25_img_fixed/. To rebuild those packages byte-identically from any folder, the images are
# written to this set's own git-ignored scratch folder _img_fixed/ but named by the file name the first build
# had. Only the name is kept: nothing is read from or written to /tmp.
IMG_DIR = Path(__file__).resolve().parent / "_img_fixed"
FIRST_BUILD_IMG_DIR = "/tmp/h25_img_fixed"


class _ImageFile(str):
    """A file name reportlab opens as it is but formats (for the XObject name) as `key`."""

    def __new__(cls, path, key):
        obj = str.__new__(cls, path)
        obj.key = key
        return obj

    def __str__(self):
        return self.key


def images_to_pdf(images: list[Image.Image], path: Path, quality: int = 72, page=A4) -> None:
    """Image-only PDF (one JPEG per page) written via reportlab in invariant mode."""
    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), pagesize=page, invariant=1)
    td = IMG_DIR  # fixed names: reportlab derives image names from the file name (see above)
    os.makedirs(td, exist_ok=True)
    if True:
        for i, im in enumerate(images):
            f = _ImageFile(os.path.join(td, f"p{i}.jpg"), f"{FIRST_BUILD_IMG_DIR}/p{i}.jpg")
            im.convert("RGB").save(f, "JPEG", quality=quality, optimize=False)
            pw, ph = page
            if im.width > im.height and pw < ph:
                pw, ph = ph, pw
                c.setPageSize((pw, ph))
            else:
                c.setPageSize(page)
            c.drawImage(f, 0, 0, width=pw, height=ph)
            c.showPage()
        c.save()


def scan_pdf(src_pdf: Path, out_pdf: Path, seed: int, stamp_pages: dict[int, list[tuple[Image.Image, float, float]]],
             dpi: int = 110) -> int:
    pages = render_pdf_pages(src_pdf, dpi)
    imgs = [degrade(p, seed + i, stamp_pages.get(i, [])) for i, p in enumerate(pages)]
    images_to_pdf(imgs, out_pdf)
    return len(pages)


# ---------------------------------------------------------------- screenshots

def admin_list_screenshot(path: Path, system: str, menu: list[str], active: str, crumbs: str,
                          filters: list[tuple[str, str]], columns: list[str], widths: list[int],
                          rows: list[list[str]], total_text: str, page_size: int, user: str,
                          seed: int = 0, accent=(22, 119, 255)) -> None:
    """A typical admin console list page (Element/Ant style) with pagination showing 共 N 条."""
    W, H = 1600, 900
    im = Image.new("RGB", (W, H), (240, 242, 245))
    d = ImageDraw.Draw(im)
    f = font(NOTO, 14)
    fb = font(NOTO_B, 15)
    # top bar
    d.rectangle((0, 0, W, 56), fill=(0, 21, 41))
    d.text((20, 28), system, font=font(NOTO_B, 19), fill="white", anchor="lm")
    d.text((W - 30, 28), user, font=f, fill=(220, 220, 220), anchor="rm")
    # side menu
    d.rectangle((0, 56, 208, H), fill=(0, 33, 64))
    y = 80
    for m in menu:
        if m == active:
            d.rectangle((0, y - 18, 208, y + 18), fill=accent)
        d.text((28, y), m, font=f, fill="white" if m == active else (180, 190, 200), anchor="lm")
        y += 44
    # content card
    d.text((232, 80), crumbs, font=f, fill=(110, 110, 110), anchor="lm")
    d.rectangle((224, 100, W - 16, H - 16), fill="white")
    x = 248
    for lab, val in filters:
        d.text((x, 138), lab, font=f, fill=(60, 60, 60), anchor="lm")
        x += int(d.textlength(lab, font=f)) + 8
        d.rectangle((x, 122, x + 170, 154), outline=(217, 217, 217), fill="white")
        d.text((x + 10, 138), val, font=f, fill=(40, 40, 40) if val else (190, 190, 190), anchor="lm")
        x += 190
    d.rounded_rectangle((x, 122, x + 70, 154), 4, fill=accent)
    d.text((x + 35, 138), "查询", font=f, fill="white", anchor="mm")
    d.rounded_rectangle((x + 80, 122, x + 150, 154), 4, outline=(217, 217, 217))
    d.text((x + 115, 138), "重置", font=f, fill=(60, 60, 60), anchor="mm")
    d.rounded_rectangle((W - 150, 122, W - 40, 154), 4, outline=accent)
    d.text((W - 95, 138), "导出Excel", font=f, fill=accent, anchor="mm")
    # table
    ty = 180
    d.rectangle((248, ty, W - 40, ty + 40), fill=(250, 250, 250))
    cx = 248
    for c_, w in zip(columns, widths):
        d.text((cx + 12, ty + 20), c_, font=fb, fill=(40, 40, 40), anchor="lm")
        cx += w
    ty += 40
    for r in rows[:page_size]:
        d.line((248, ty, W - 40, ty), fill=(235, 235, 235))
        cx = 248
        for v, w in zip(r, widths):
            col = (40, 40, 40)
            if v in ("在线", "online", "正常", "在用"):
                d.ellipse((cx + 12, ty + 19, cx + 20, ty + 27), fill=(82, 196, 26))
                d.text((cx + 26, ty + 23), v, font=f, fill=col, anchor="lm")
            elif v in ("离线", "offline"):
                d.ellipse((cx + 12, ty + 19, cx + 20, ty + 27), fill=(191, 191, 191))
                d.text((cx + 26, ty + 23), v, font=f, fill=col, anchor="lm")
            else:
                d.text((cx + 12, ty + 23), str(v), font=f, fill=col, anchor="lm")
            cx += w
        ty += 46
    d.line((248, ty, W - 40, ty), fill=(235, 235, 235))
    # pagination
    py = H - 60
    d.text((W - 820, py), total_text, font=f, fill=(80, 80, 80), anchor="lm")
    px = W - 700
    d.rectangle((px, py - 15, px + 90, py + 15), outline=(217, 217, 217))
    d.text((px + 45, py), f"{page_size}条/页", font=f, fill=(60, 60, 60), anchor="mm")
    px += 110
    for lab in ["<", "1", "2", "3", "4", "5", "…", "末页", ">"]:
        w = 34 if len(lab) < 2 else 50
        if lab == "1":
            d.rectangle((px, py - 15, px + w, py + 15), fill=accent)
            d.text((px + w / 2, py), lab, font=f, fill="white", anchor="mm")
        else:
            d.text((px + w / 2, py), lab, font=f, fill=(80, 80, 80), anchor="mm")
        px += w + 8
    d.text((px + 20, py), "前往  1  页", font=f, fill=(80, 80, 80), anchor="lm")
    _screen_noise(im, seed).save(path, optimize=False)


def dashboard_screenshot(path: Path, title: str, cards: list[tuple[str, str, str]], seed: int = 0,
                         subtitle: str = "数据更新时间：2024-06-30 23:59") -> None:
    """A dark big-screen cockpit with KPI cards (label, value, unit) and a fake chart."""
    W, H = 1600, 900
    im = Image.new("RGB", (W, H), (6, 18, 44))
    d = ImageDraw.Draw(im)
    d.text((W / 2, 44), title, font=font(NOTO_B, 32), fill=(120, 220, 255), anchor="mm")
    d.text((W - 30, 44), subtitle, font=font(NOTO, 14), fill=(150, 170, 200), anchor="rm")
    n = len(cards)
    per_row = 4
    cw, ch = 350, 130
    for i, (lab, val, unit) in enumerate(cards):
        r, c_ = divmod(i, per_row)
        x0 = 60 + c_ * (cw + 30)
        y0 = 110 + r * (ch + 30)
        d.rectangle((x0, y0, x0 + cw, y0 + ch), outline=(40, 120, 200), width=2, fill=(10, 30, 70))
        d.text((x0 + 20, y0 + 30), lab, font=font(NOTO, 18), fill=(170, 200, 230), anchor="lm")
        d.text((x0 + 20, y0 + 85), val, font=font(NOTO_B, 40), fill=(255, 200, 60), anchor="lm")
        vw = d.textlength(val, font=font(NOTO_B, 40))
        d.text((x0 + 30 + vw, y0 + 92), unit, font=font(NOTO, 16), fill=(170, 200, 230), anchor="lm")
    rng = random.Random(seed)
    top = 110 + math.ceil(n / per_row) * (ch + 30) + 20
    d.rectangle((60, top, W - 60, H - 40), outline=(40, 120, 200), width=2)
    d.text((80, top + 24), "近12个月接入与活跃趋势", font=font(NOTO, 16), fill=(170, 200, 230), anchor="lm")
    pts = []
    for k in range(12):
        x = 110 + k * (W - 240) / 11
        y = H - 80 - (0.3 + 0.6 * k / 11 + rng.uniform(-0.05, 0.05)) * (H - 80 - top - 60)
        pts.append((x, y))
        bh = rng.uniform(0.2, 0.6) * (H - 80 - top - 60)
        d.rectangle((x - 14, H - 80 - bh, x + 14, H - 80), fill=(30, 80, 150))
    d.line(pts, fill=(80, 230, 200), width=3)
    _screen_noise(im, seed).save(path, optimize=False)


def _screen_noise(im: Image.Image, seed: int) -> Image.Image:
    # a screenshot re-saved through a chat tool: slight JPEG softening, no paper effects
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=90)
    buf.seek(0)
    return Image.open(buf).convert("RGB")
