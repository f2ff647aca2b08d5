"""Page engine of the h59 set: own pagination on a reportlab canvas, scans, seals, dashboards, DOCX/XLSX.

Everything is deterministic: reportlab invariant=1, seeded noise, JPEG via PIL, zips re-written with
fixed dates and fixed core properties.
"""

from __future__ import annotations

import io
import math
import re
import zipfile

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from eval_sets.generator.fonts import pil_font, register_pdf_font

FONT = register_pdf_font()
W, H = A4
FIXED_DT = (2024, 7, 18, 9, 30, 0)


def wrap(text: str, size: float, width: float) -> list[str]:
    out: list[str] = []
    for para in str(text).split("\n"):
        line, w = "", 0.0
        for ch in para:
            cw = stringWidth(ch, FONT, size)
            if w + cw > width and line:
                out.append(line)
                line, w = "", 0.0
            line += ch
            w += cw
        out.append(line)
    return out


class Page:
    def __init__(self):
        self.ops: list[tuple] = []
        self.image: Image.Image | None = None  # image-only page
        self.label: str | None = None  # printed page number
        self.marks: list[tuple[str, int]] = []  # outline entries (title, level)


class Flow:
    """Text pages with wrapping paragraphs and tables; page breaks are computed here."""

    def __init__(self, top=H - 62, bottom=72, left=62, right=W - 62):
        self.top, self.bottom, self.left, self.right = top, bottom, left, right
        self.pages: list[Page] = []
        self.new()

    @property
    def width(self):
        return self.right - self.left

    def new(self) -> Page:
        self.page = Page()
        self.pages.append(self.page)
        self.y = self.top
        return self.page

    def need(self, h):
        if self.y - h < self.bottom:
            self.new()

    def space(self, h):
        self.y -= h

    def text(self, s, size=10.5, align="left", indent=0, lead=1.55, color=(0, 0, 0)):
        for ln in wrap(s, size, self.width - indent):
            self.need(size * lead)
            self.y -= size * lead
            x = self.left + indent
            if align == "center":
                x = (self.left + self.right) / 2
            elif align == "right":
                x = self.right
            self.page.ops.append(("text", x, self.y + size * 0.35, ln, size, align, color))

    def title(self, s, size=15):
        self.space(6)
        self.text(s, size=size, align="center")
        self.space(8)

    def heading(self, s, size=12.5):
        self.space(4)
        self.text(s, size=size)
        self.space(2)

    def table(self, widths, rows, header=None, size=9, repeat=True):
        total = sum(widths)
        widths = [w * self.width / total for w in widths]
        pad, lead = 3.5, size * 1.38

        def layout(row):
            cells = [wrap(c, size, w - 2 * pad) for c, w in zip(row, widths)]
            return cells, max(len(c) for c in cells) * lead + 2 * pad

        def draw(row, shade=False):
            cells, h = layout(row)
            if self.y - h < self.bottom:
                self.new()
                if header is not None and repeat:
                    draw(header, True)
            x = self.left
            for lines, w in zip(cells, widths):
                self.page.ops.append(("rect", x, self.y - h, w, h, shade))
                for i, ln in enumerate(lines):
                    self.page.ops.append(("text", x + pad, self.y - pad - (i + 1) * lead + size * 0.3, ln, size,
                                          "left", (0, 0, 0)))
                x += w
            self.y -= h

        if header is not None:
            self.need(layout(header)[1] + layout(rows[0])[1] if rows else 0)
            draw(header, True)
        for r in rows:
            draw(r)
        self.space(6)


def draw_ops(c: Canvas, page: Page, footer_size=9):
    for op in page.ops:
        if op[0] == "text":
            _, x, y, s, size, align, color = op
            c.setFillColorRGB(*color)
            c.setFont(FONT, size)
            if align == "center":
                c.drawCentredString(x, y, s)
            elif align == "right":
                c.drawRightString(x, y, s)
            else:
                c.drawString(x, y, s)
        elif op[0] == "rect":
            _, x, y, w, h, shade = op
            c.setLineWidth(0.6)
            c.setStrokeColorRGB(0, 0, 0)
            if shade:
                c.setFillColorRGB(0.9, 0.9, 0.9)
                c.rect(x, y, w, h, stroke=1, fill=1)
            else:
                c.rect(x, y, w, h, stroke=1, fill=0)
            c.setFillColorRGB(0, 0, 0)
        elif op[0] == "line":
            _, x1, y1, x2, y2 = op
            c.line(x1, y1, x2, y2)
    if page.label:
        c.setFillColorRGB(0, 0, 0)
        c.setFont(FONT, footer_size)
        c.drawCentredString(W / 2, 36, page.label)


def render_page_image(page: Page, dpi=100) -> Image.Image:
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=1)
    draw_ops(c, page)
    c.showPage()
    c.save()
    pdf = pdfium.PdfDocument(buf.getvalue())
    img = pdf[0].render(scale=dpi / 72).to_pil().convert("RGB")
    pdf.close()
    return img


def seal(company: str, size=230, title="") -> Image.Image:
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    red = (205, 30, 35, 210)
    d.ellipse((4, 4, size - 4, size - 4), outline=red, width=7)
    cx = cy = size / 2
    # five-point star
    pts = []
    for i in range(10):
        r = size * 0.12 if i % 2 == 0 else size * 0.05
        a = -math.pi / 2 + i * math.pi / 5
        pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    d.polygon(pts, fill=red)
    font = pil_font(int(size * 0.11))
    n = len(company)
    span = math.radians(240)
    for i, ch in enumerate(company):
        a = -math.pi / 2 - span / 2 + span * (i + 0.5) / n
        r = size * 0.36
        glyph = Image.new("RGBA", (int(size * 0.16), int(size * 0.16)), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((glyph.width / 2, glyph.height / 2), ch, font=font, fill=red, anchor="mm")
        glyph = glyph.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        img.alpha_composite(glyph, (int(cx + r * math.cos(a) - glyph.width / 2), int(cy + r * math.sin(a) - glyph.height / 2)))
    if title:
        f2 = pil_font(int(size * 0.08))
        d.text((cx, cy + size * 0.25), title, font=f2, fill=red, anchor="mm")
    return img


def degrade(img: Image.Image, rng: np.random.Generator, seal_img=None, seal_at=None, colour=False) -> Image.Image:
    angle = float(rng.uniform(-0.8, 0.8))
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=(255, 255, 255))
    if seal_img is not None:
        img = img.convert("RGBA")
        img.alpha_composite(seal_img, seal_at)
        img = img.convert("RGB")
    arr = np.asarray(img).astype(np.int16)
    tone = np.array([248, 246, 240] if colour or seal_img is not None else [250, 250, 250], dtype=np.int16)
    arr = np.minimum(arr, tone)
    noise = rng.normal(0, 6, arr.shape[:2]).astype(np.int16)[..., None]
    arr = np.clip(arr + noise, 0, 255).astype(np.uint8)
    out = Image.fromarray(arr, "RGB").filter(ImageFilter.GaussianBlur(0.45))
    if not (colour or seal_img is not None):
        out = out.convert("L")
    return out


def jpeg(img: Image.Image, quality=72) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, optimize=False)
    return buf.getvalue()


def write_pdf(path, pages: list[Page], title: str):
    c = Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    c.showOutline()
    for i, page in enumerate(pages):
        key = f"p{i + 1}"
        if page.image is not None:
            data = jpeg(page.image)
            c.drawImage(ImageReader(io.BytesIO(data)), 0, 0, W, H)
        else:
            draw_ops(c, page)
        for j, (t, level) in enumerate(page.marks):
            c.bookmarkPage(f"{key}_{j}")
            c.addOutlineEntry(t, f"{key}_{j}", level=level, closed=False)
        c.showPage()
    c.save()


def dashboard(title: str, cards: list[tuple[str, str]], footer: str, w=1000, h=620) -> Image.Image:
    img = Image.new("RGB", (w, h), (16, 30, 58))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, w, 54), fill=(10, 20, 40))
    d.text((24, 27), title, font=pil_font(24), fill=(230, 240, 255), anchor="lm")
    d.text((w - 24, 27), "2024-07-15 10:00", font=pil_font(16), fill=(150, 170, 200), anchor="rm")
    cols = 3
    cw, ch = (w - 60) // cols, 150
    for i, (cap, val) in enumerate(cards):
        x = 20 + (i % cols) * (cw + 10)
        y = 80 + (i // cols) * (ch + 20)
        d.rounded_rectangle((x, y, x + cw, y + ch), 10, fill=(28, 52, 92), outline=(70, 120, 190), width=2)
        d.text((x + 18, y + 30), cap, font=pil_font(20), fill=(170, 200, 235), anchor="lm")
        d.text((x + 18, y + 95), val, font=pil_font(46), fill=(90, 220, 255), anchor="lm")
    d.text((24, h - 24), footer, font=pil_font(15), fill=(120, 140, 170), anchor="lm")
    return img


def screenshot_page(shot: Image.Image, caption: str, label: str | None, rng) -> Image.Image:
    """A binder page holding a pasted screenshot and its caption, printed and scanned."""
    dpi = 100
    pw, ph = int(W / 72 * dpi), int(H / 72 * dpi)
    page = Image.new("RGB", (pw, ph), (255, 255, 255))
    sw = pw - 140
    shot = shot.resize((sw, int(shot.height * sw / shot.width)), Image.LANCZOS)
    page.paste(shot, (70, 160))
    d = ImageDraw.Draw(page)
    d.text((pw / 2, 160 + shot.height + 40), caption, font=pil_font(20), fill=(0, 0, 0), anchor="mm")
    if label:
        d.text((pw / 2, ph - 50), label, font=pil_font(13), fill=(0, 0, 0), anchor="mm")
    return degrade(page, rng, colour=True)


# ---------------------------------------------------------------- zip normalisation (DOCX/XLSX)
def normalize_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(<)", r"\g<1>2024-07-18T09:30:00Z\2", text)
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(<)", r"\g<1>2024-07-18T09:30:00Z\2", text)
                text = re.sub(r"<cp:lastPrinted>[^<]*</cp:lastPrinted>", "", text)
                data = text.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=FIXED_DT)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())
