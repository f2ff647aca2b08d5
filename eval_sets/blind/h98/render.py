"""Rendering helpers of the h98 set: a paged PDF writer, scans with a red seal, DOCX/XLSX normalising, dashboards."""

from __future__ import annotations

import io
import math
import random
import re
import zipfile
from pathlib import Path

import pypdfium2
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from eval_sets.generator.fonts import cjk_ttf

FONT = "H98Hei"
_registered = False
FIXED_DT = (2024, 6, 18, 9, 30, 0)
FIXED_ISO = "2024-06-18T09:30:00Z"


def font() -> str:
    global _registered
    if not _registered:
        pdfmetrics.registerFont(TTFont(FONT, str(cjk_ttf()), subfontIndex=0))
        _registered = True
    return FONT


def pil_font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(cjk_ttf()), size=size, index=0)


def wrap(text: str, size: float, width: float) -> list[str]:
    lines, cur = [], ""
    for ch in text:
        if pdfmetrics.stringWidth(cur + ch, font(), size) > width:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines or [""]


class Doc:
    """Explicitly paged document: pages of blocks ('title'|'h'|'p'|'table'|'sign')."""

    def __init__(self):
        self.pages: list[list[tuple]] = [[]]

    def new_page(self):
        self.pages.append([])

    @property
    def page_no(self) -> int:
        return len(self.pages)

    def add(self, kind, *args):
        self.pages[-1].append((kind, *args))


def render_pdf(doc: Doc, path: Path | None = None, header: str = "", footer_numbers: bool = True,
               flow: bool = False) -> bytes:
    """flow=True lets long tables continue on extra pages (only for documents that carry no facts)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle("")
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    W, H = A4
    left, right, top, bottom = 62, W - 62, H - 64, 60
    fnt = font()
    for n, blocks in enumerate(doc.pages, 1):
        y = top
        if header:
            c.setFont(fnt, 8)
            c.drawString(left, H - 40, header)
        for kind, *args in blocks:
            if kind == "title":
                c.setFont(fnt, 18)
                y -= 34
                c.drawCentredString(W / 2, y, args[0])
                y -= 8
            elif kind == "h":
                c.setFont(fnt, 13)
                y -= 24
                c.drawString(left, y, args[0])
                y -= 4
            elif kind == "p":
                c.setFont(fnt, 10.5)
                for line in wrap("\u3000\u3000" + args[0], 10.5, right - left):
                    y -= 17
                    c.drawString(left, y, line)
                y -= 4
            elif kind == "line":
                size = args[1] if len(args) > 1 else 11
                c.setFont(fnt, size)
                for line in wrap(args[0], size, right - left):
                    y -= 20
                    c.drawString(left, y, line)
            elif kind == "table":
                rows, widths = args[0], args[1]
                total = sum(widths)
                cols = [w * (right - left) / total for w in widths]
                c.setFont(fnt, 9)
                for r, row in enumerate(rows):
                    cells = [wrap(str(v), 9, cw - 8) for v, cw in zip(row, cols)]
                    h = 14 * max(len(x) for x in cells) + 6
                    if flow and y - h < bottom:
                        c.showPage()
                        c.setFont(fnt, 9)
                        y = top
                    x = left
                    for lines, cw in zip(cells, cols):
                        c.rect(x, y - h, cw, h)
                        for k, line in enumerate(lines):
                            c.drawString(x + 4, y - 14 - 14 * k, line)
                        x += cw
                    y -= h
                y -= 6
            elif kind == "gap":
                y -= args[0]
            assert y > bottom, f"page {n} overflows ({blocks[0]})"
        if footer_numbers:
            c.setFont(fnt, 9)
            c.drawCentredString(W / 2, 34, f"- {n} -")
        c.showPage()
    c.save()
    data = buf.getvalue()
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return data


def seal(img: Image.Image, cx: int, cy: int, r: int, company: str, rng: random.Random) -> None:
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    red = (206, 28, 36, 190)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=red, width=max(3, r // 14))
    # star
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        rr = r * 0.22 if k % 2 == 0 else r * 0.09
        pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
    d.polygon(pts, fill=red)
    # company name along the upper arc
    f = pil_font(max(10, r // 5))
    n = len(company)
    span = math.radians(250)
    for i, ch in enumerate(company):
        ang = -math.pi / 2 - span / 2 + span * (i + 0.5) / n
        x = cx + r * 0.74 * math.cos(ang)
        y = cy + r * 0.74 * math.sin(ang)
        d.text((x, y), ch, font=f, fill=red, anchor="mm")
    d.text((cx, cy + r * 0.5), "公章", font=pil_font(max(10, r // 6)), fill=red, anchor="mm")
    img.paste(Image.alpha_composite(img.convert("RGBA"), layer).convert("RGB"))


def scan_pdf(pdf_bytes: bytes, path: Path, company: str, seed: int, seal_pages: set[int] | str = "last",
             scale: float = 1.3) -> int:
    """Rasterise a PDF, add paper tone + specks + a red seal, write an image-only PDF. Returns page count."""
    rng = random.Random(seed)
    pdf = pypdfium2.PdfDocument(pdf_bytes)
    n = len(pdf)
    if seal_pages == "last":
        seal_pages = {n}
    elif seal_pages == "first_last":
        seal_pages = {1, n}
    elif seal_pages == "all":
        seal_pages = set(range(1, n + 1))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=1)
    for i in range(n):
        img = pdf[i].render(scale=scale).to_pil().convert("RGB")
        w, h = img.size
        tone = Image.new("RGB", img.size, (246, 243, 234))
        img = Image.composite(img, tone, img.convert("L").point(lambda v: 255 - v))
        d = ImageDraw.Draw(img)
        for _ in range(160):
            x, y = rng.randrange(w), rng.randrange(h)
            g = rng.randrange(120, 200)
            d.point((x, y), fill=(g, g, g))
        if i + 1 in seal_pages:
            seal(img, int(w * 0.70), int(h * 0.80), int(w * 0.10), company, rng)
        img = img.rotate(rng.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=(246, 243, 234))
        out = io.BytesIO()
        img.save(out, format="JPEG", quality=70, optimize=False)
        c.drawImage(ImageReader(io.BytesIO(out.getvalue())), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()
    pdf.close()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buf.getvalue())
    return n


def normalize_zip(path: Path) -> None:
    """Fixed zip entry dates and fixed docProps/core.xml dates (DOCX/XLSX)."""
    src = zipfile.ZipFile(path)
    items = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", rf"\g<1>{FIXED_ISO}\g<2>", text)
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rf"\g<1>{FIXED_ISO}\g<2>", text)
                text = re.sub(r"(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)", rf"\g<1>{FIXED_ISO}\g<2>", text)
                data = text.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=FIXED_DT)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    path.write_bytes(buf.getvalue())


def dashboard(path: Path, title: str, tiles: list[tuple[str, str]], distractors: list[tuple[str, str]],
              seed: int) -> list[str]:
    """PNG dashboard screenshot; returns every text drawn."""
    rng = random.Random(seed)
    W, H = 1280, 760
    img = Image.new("RGB", (W, H), (14, 28, 52))
    d = ImageDraw.Draw(img)
    drawn = [title, "数据更新时间：2024-06-14 10:00"]
    d.text((40, 24), title, font=pil_font(30), fill=(230, 240, 255))
    d.text((W - 380, 34), drawn[1], font=pil_font(18), fill=(150, 180, 220))
    allt = tiles + distractors
    for k, (cap, val) in enumerate(allt):
        col, row = k % 4, k // 4
        x, y = 40 + col * 305, 110 + row * 200
        d.rounded_rectangle([x, y, x + 285, y + 175], radius=12, fill=(24, 48, 86), outline=(60, 120, 200), width=2)
        d.text((x + 20, y + 20), cap, font=pil_font(20), fill=(170, 200, 235))
        d.text((x + 20, y + 70), val, font=pil_font(44), fill=(120, 230, 255))
        drawn += [cap, val]
    # a small bar chart without numbers
    for k in range(24):
        hgt = rng.randrange(20, 140)
        d.rectangle([40 + k * 50, H - 30 - hgt, 70 + k * 50, H - 30], fill=(50, 140, 220))
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(path, format="PNG", optimize=False)
    return drawn
