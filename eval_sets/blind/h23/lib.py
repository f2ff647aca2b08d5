"""Rendering helpers for the h23 holdout set: PDF (reportlab), DOCX, XLSX, scans, screenshots, seals."""
from __future__ import annotations

import io
import math
import random
import re
import zipfile
from datetime import datetime
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from eval_sets.generator.fonts import DRAWING_FONT, noto, require_font

# Fonts found by name (fontconfig, else the XDG font folders), never by a path of one machine;
# a missing font stops the build with FontMissing, naming the Debian package to install.
WQY = str(require_font(DRAWING_FONT))
NOTO_SANS = str(noto("Noto Sans CJK SC", "NotoSansCJK-Regular.ttc"))
NOTO_SERIF_B = str(noto("Noto Serif CJK SC:style=Bold", "NotoSerifCJK-Bold.ttc"))

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
pdfmetrics.registerFont(TTFont("WQY", WQY, subfontIndex=0))
FIXED_DT = datetime(2024, 7, 18, 9, 30, 0)


# ---------------------------------------------------------------- zip normalisation
def normalize_zip(path: Path) -> None:
    """Fixed entry dates and fixed core.xml timestamps so DOCX/XLSX builds are byte-stable."""
    src = zipfile.ZipFile(path)
    items = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in items:
            if name == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(<)", r"\g<1>2024-07-18T09:30:00Z\2", text)
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(<)", r"\g<1>2024-07-18T09:30:00Z\2", text)
                data = text.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=(2024, 7, 18, 9, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            out.writestr(info, data)
    path.write_bytes(buf.getvalue())


# ---------------------------------------------------------------- text PDF
class PdfDoc:
    """Minimal flowing PDF writer; `page` is the current 1-based page."""

    def __init__(self, path: Path, font: str = "STSong-Light", size: float = 10.5, header: str = "",
                 footer_numbers: bool = True, page_offset: int = 0):
        self.c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
        self.c.setTitle(path.stem)
        self.font, self.size, self.header = font, size, header
        self.W, self.H = A4
        self.left, self.right, self.top, self.bottom = 62, self.W - 62, self.H - 70, 70
        self.page = 1
        self.footer_numbers = footer_numbers
        self.page_offset = page_offset
        self._start_page()

    def _start_page(self):
        self.y = self.top
        if self.header:
            self.c.setFont(self.font, 8)
            self.c.drawString(self.left, self.H - 45, self.header)
            self.c.setLineWidth(0.4)
            self.c.line(self.left, self.H - 49, self.right, self.H - 49)

    def _end_page(self):
        if self.footer_numbers:
            self.c.setFont(self.font, 8.5)
            self.c.drawCentredString(self.W / 2, 40, f"- {self.page + self.page_offset} -")

    def newpage(self):
        self._end_page()
        self.c.showPage()
        self.page += 1
        self._start_page()

    def need(self, h):
        if self.y - h < self.bottom:
            self.newpage()

    def wrap(self, text, width, font=None, size=None):
        font, size = font or self.font, size or self.size
        lines = []
        for para in text.split("\n"):
            cur = ""
            for ch in para:
                if pdfmetrics.stringWidth(cur + ch, font, size) > width:
                    lines.append(cur)
                    cur = ch
                else:
                    cur += ch
            lines.append(cur)
        return lines

    def title(self, text, size=16, gap=14):
        self.need(size + gap)
        self.c.setFont(self.font, size)
        self.c.drawCentredString(self.W / 2, self.y - size, text)
        self.y -= size + gap

    def h(self, text, size=12.5):
        self.need(size + 12)
        self.c.setFont(self.font, size)
        self.c.drawString(self.left, self.y - size, text)
        self.y -= size + 9

    def p(self, text, size=None, indent=True, lead=1.55):
        size = size or self.size
        txt = ("\u3000\u3000" + text) if indent else text
        for line in self.wrap(txt, self.right - self.left, size=size):
            self.need(size * lead)
            self.c.setFont(self.font, size)
            self.c.drawString(self.left, self.y - size, line)
            self.y -= size * lead
        self.y -= 3

    def gap(self, h=8):
        self.y -= h

    def table(self, rows, colw, size=9, pad=3, header_rows=1, align=None, repeat_header=True):
        """rows: list of list of str. colw: relative widths. Returns nothing; draws grid, wraps text."""
        total = self.right - self.left
        widths = [total * w / sum(colw) for w in colw]
        lead = size * 1.35
        head = rows[:header_rows]

        def row_h(r):
            n = max(len(self.wrap(str(cell), widths[i] - 2 * pad, size=size)) for i, cell in enumerate(r))
            return n * lead + 2 * pad

        def draw(r, bold=False):
            hgt = row_h(r)
            x = self.left
            self.c.setLineWidth(0.5)
            for i, cell in enumerate(r):
                self.c.rect(x, self.y - hgt, widths[i], hgt)
                lines = self.wrap(str(cell), widths[i] - 2 * pad, size=size)
                self.c.setFont(self.font, size)
                for k, line in enumerate(lines):
                    yy = self.y - pad - size - k * lead + 1
                    a = (align or {}).get(i, "l")
                    if a == "r":
                        self.c.drawRightString(x + widths[i] - pad, yy, line)
                    elif a == "c":
                        self.c.drawCentredString(x + widths[i] / 2, yy, line)
                    else:
                        self.c.drawString(x + pad, yy, line)
                x += widths[i]
            self.y -= hgt

        for r in head:
            self.need(row_h(r))
            draw(r)
        for r in rows[header_rows:]:
            if self.y - row_h(r) < self.bottom:
                self.newpage()
                if repeat_header:
                    for hr in head:
                        draw(hr)
            draw(r)
        self.y -= 8

    def right_text(self, text, size=None):
        size = size or self.size
        self.need(size * 1.6)
        self.c.setFont(self.font, size)
        self.c.drawRightString(self.right, self.y - size, text)
        self.y -= size * 1.6

    def save(self):
        self._end_page()
        self.c.showPage()
        self.c.save()


def pdf_text(path: Path) -> list[str]:
    pdf = pdfium.PdfDocument(str(path))
    out = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    pdf.close()
    return out


def rasterize(path: Path, scale: float = 1.6) -> list[Image.Image]:
    pdf = pdfium.PdfDocument(str(path))
    imgs = [pdf[i].render(scale=scale).to_pil().convert("RGB") for i in range(len(pdf))]
    pdf.close()
    return imgs


# ---------------------------------------------------------------- seals, scans
def font(size, path=WQY, index=0):
    return ImageFont.truetype(path, size, index=index)


def draw_seal(img: Image.Image, cx, cy, r, text, bottom="", seed=0, color=(205, 30, 35)):
    rnd = random.Random(seed)
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    a = rnd.randint(150, 200)
    col = color + (a,)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=col, width=max(3, r // 18))
    # star
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        rr = r * 0.28 if k % 2 == 0 else r * 0.11
        pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
    d.polygon(pts, fill=col)
    fs = max(10, int(r * 0.24))
    f = font(fs)
    n = len(text)
    span = math.radians(250)
    for i, ch in enumerate(text):
        ang = -math.pi / 2 - span / 2 + span * (i + 0.5) / n
        x = cx + (r - fs * 0.95) * math.cos(ang)
        y = cy + (r - fs * 0.95) * math.sin(ang)
        ci = Image.new("RGBA", (fs * 2, fs * 2), (0, 0, 0, 0))
        ImageDraw.Draw(ci).text((fs // 2, fs // 2), ch, font=f, fill=col)
        ci = ci.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        layer.alpha_composite(ci, (int(x - fs), int(y - fs)))
    if bottom:
        fb = font(max(9, int(r * 0.15)))
        w = d.textlength(bottom, font=fb)
        d.text((cx - w / 2, cy + r * 0.45), bottom, font=fb, fill=col)
    img2 = img.convert("RGBA")
    img2.alpha_composite(layer)
    return img2.convert("RGB")


def degrade(img: Image.Image, seed: int, skew=None, tone=(246, 241, 228), blur=0.6, noise=7.0, bw=False):
    rnd = random.Random(seed)
    arr = np.asarray(img.convert("RGB")).astype(np.float32)
    tone_arr = np.array(tone, dtype=np.float32)
    arr = arr / 255.0 * tone_arr
    rng = np.random.default_rng(seed)
    arr += rng.normal(0, noise, arr.shape[:2])[..., None]
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    angle = skew if skew is not None else rnd.uniform(-1.6, 1.6)
    out = out.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=tuple(int(t * 0.96) for t in tone))
    if blur:
        out = out.filter(ImageFilter.GaussianBlur(blur))
    if bw:
        out = out.convert("L").point(lambda v: 255 if v > 165 else 0).convert("1")
    return out


def images_to_pdf(images: list[Image.Image], path: Path, dpi=150):
    imgs = [im if im.mode in ("RGB", "L", "1") else im.convert("RGB") for im in images]
    imgs[0].save(str(path), "PDF", resolution=dpi, save_all=True, append_images=imgs[1:],
                 creationDate=FIXED_DT.timetuple(), modDate=FIXED_DT.timetuple(), title=path.stem, producer="Scanner", creator="Scanner")


def scan_pdf(src_pdf: Path, out_pdf: Path, seed: int, seals: dict | None = None, scale=1.5, bw_unsealed=True):
    """Rasterise src_pdf, degrade every page, put seals {page_index: [(fx, fy, text, bottom)]}."""
    pages = rasterize(src_pdf, scale)
    out = []
    for i, im in enumerate(pages):
        sealed = seals and i in seals
        if sealed:
            for (fx, fy, text, bottom) in seals[i]:
                im = draw_seal(im, int(im.width * fx), int(im.height * fy), int(im.width * 0.105), text, bottom,
                               seed=seed + i)
        out.append(degrade(im, seed + 31 * i, bw=(bw_unsealed and not sealed)))
    images_to_pdf(out, out_pdf, dpi=int(72 * scale))


# ---------------------------------------------------------------- screenshots
def dashboard(title: str, tiles: list[tuple[str, str]], seed: int, subtitle="", size=(1600, 900),
              theme="dark", table=None) -> Image.Image:
    rnd = random.Random(seed)
    W, H = size
    if theme == "dark":
        bg, panel, fg, accent, sub = (12, 24, 48), (22, 42, 78), (235, 240, 250), (64, 196, 255), (150, 170, 200)
    else:
        bg, panel, fg, accent, sub = (240, 242, 246), (255, 255, 255), (30, 34, 40), (22, 119, 255), (110, 116, 128)
    img = Image.new("RGB", (W, H), bg)
    d = ImageDraw.Draw(img)
    # browser bar
    d.rectangle([0, 0, W, 38], fill=(222, 225, 230))
    d.rounded_rectangle([120, 7, W - 200, 31], 10, fill=(255, 255, 255))
    d.text((135, 10), "https://" + subtitle if subtitle else "https://platform.example.com", font=font(15),
           fill=(60, 60, 60))
    for i, c in enumerate([(255, 95, 86), (255, 189, 46), (39, 201, 63)]):
        d.ellipse([14 + i * 24, 12, 28 + i * 24, 26], fill=c)
    d.text((40, 58), title, font=font(34), fill=fg)
    d.text((W - 330, 68), "数据更新：2024-07-15 08:00", font=font(18), fill=sub)
    cols = 3 if len(tiles) > 4 else len(tiles)
    tw = (W - 80 - (cols - 1) * 24) // cols
    th = 150
    for k, (cap, val) in enumerate(tiles):
        r, c = divmod(k, cols)
        x0, y0 = 40 + c * (tw + 24), 130 + r * (th + 22)
        d.rounded_rectangle([x0, y0, x0 + tw, y0 + th], 12, fill=panel)
        d.text((x0 + 22, y0 + 18), cap, font=font(22), fill=sub)
        d.text((x0 + 22, y0 + 58), val, font=font(52), fill=accent)
    y = 130 + ((len(tiles) + cols - 1) // cols) * (th + 22) + 10
    if table:
        d.rounded_rectangle([40, y, W - 40, H - 30], 12, fill=panel)
        yy = y + 18
        for row in table:
            x = 64
            for cell in row:
                d.text((x, yy), str(cell), font=font(19), fill=fg)
                x += (W - 130) // len(row)
            yy += 34
            if yy > H - 60:
                break
    else:
        # chart
        d.rounded_rectangle([40, y, W - 40, H - 30], 12, fill=panel)
        pts = []
        for i in range(24):
            pts.append((70 + i * (W - 160) / 23, H - 60 - rnd.uniform(0.2, 0.9) * (H - 100 - y)))
        d.line(pts, fill=accent, width=3)
    return img
