"""Pictures without a text layer: the dashboard screenshot, scanned pages, red seals, case figures.

Owns every PIL drawing and the wrapping of images into image-only PDFs (reportlab, invariant
mode) so that shenbao has to OCR them. Output is deterministic: fixed sizes, fixed fonts, no
random noise, JPEG/PNG written with fixed parameters. Must not decide which numbers are drawn.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass

from PIL import Image, ImageDraw

from eval_sets.generator.fonts import pil_font

DPI = 120
A4_PX = (round(8.27 * DPI), round(11.69 * DPI))
INK = (28, 28, 30)
SEAL_RED = (212, 32, 38)


@dataclass(frozen=True)
class Kpi:
    label: str
    value: str
    unit: str


def dashboard(title: str, kpis: list[Kpi], updated: str) -> bytes:
    """A monitoring-centre screenshot: big figures in cards, a line chart, a bar chart."""
    width, height = 1600, 900
    img = Image.new("RGB", (width, height), (9, 24, 52))
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, 0, width, 86), fill=(14, 42, 88))
    draw.text((40, 20), title, font=pil_font(40), fill=(235, 242, 255))
    draw.text((width - 470, 34), f"数据更新时间：{updated}", font=pil_font(22), fill=(150, 180, 220))
    card_w = (width - 80 - 20 * (len(kpis) - 1)) // len(kpis)
    for k, kpi in enumerate(kpis):
        x0 = 40 + k * (card_w + 20)
        draw.rounded_rectangle((x0, 120, x0 + card_w, 320), radius=14, fill=(18, 56, 110),
                               outline=(64, 140, 230), width=2)
        draw.text((x0 + 24, 140), kpi.label, font=pil_font(30), fill=(170, 205, 245))
        draw.text((x0 + 24, 200), kpi.value, font=pil_font(64), fill=(255, 214, 90))
        value_w = draw.textlength(kpi.value, font=pil_font(64))
        draw.text((x0 + 36 + value_w, 232), kpi.unit, font=pil_font(30), fill=(170, 205, 245))
    _line_chart(draw, (40, 360, 960, 860))
    _bar_chart(draw, (1000, 360, 1560, 860))
    return _png(img)


def _line_chart(draw: ImageDraw.ImageDraw, box: tuple[int, int, int, int]) -> None:
    x0, y0, x1, y1 = box
    draw.rectangle(box, outline=(40, 90, 160), width=2)
    draw.text((x0 + 20, y0 + 12), "近12个月设备在线趋势", font=pil_font(26), fill=(200, 220, 250))
    points = []
    for i in range(12):
        x = x0 + 60 + i * (x1 - x0 - 100) / 11
        y = y1 - 60 - (0.45 + 0.35 * math.sin(i / 2.2) + 0.015 * i) * (y1 - y0 - 140)
        points.append((x, y))
        draw.text((x - 12, y1 - 40), f"{i + 1}月", font=pil_font(18), fill=(130, 160, 210))
    draw.line(points, fill=(80, 220, 200), width=4)
    for x, y in points:
        draw.ellipse((x - 6, y - 6, x + 6, y + 6), fill=(80, 220, 200))


def _bar_chart(draw: ImageDraw.ImageDraw, box: tuple[int, int, int, int]) -> None:
    x0, y0, x1, y1 = box
    draw.rectangle(box, outline=(40, 90, 160), width=2)
    draw.text((x0 + 20, y0 + 12), "各行业服务企业分布", font=pil_font(26), fill=(200, 220, 250))
    heights = (0.9, 0.65, 0.5, 0.38, 0.24)
    bar_w = (x1 - x0 - 80) // len(heights) - 20
    for i, h in enumerate(heights):
        bx = x0 + 50 + i * (bar_w + 20)
        top = y1 - 50 - h * (y1 - y0 - 130)
        draw.rectangle((bx, top, bx + bar_w, y1 - 50), fill=(70, 150, 240))


def seal(company: str, diameter: int = 200) -> Image.Image:
    """A round red company seal: name on the upper arc, a star in the middle, 公章 below."""
    size = diameter + 8
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    centre = size / 2
    radius = diameter / 2
    draw.ellipse((4, 4, size - 4, size - 4), outline=SEAL_RED + (230,), width=max(4, diameter // 40))
    _star(draw, centre, centre, diameter * 0.16)
    font = pil_font(max(12, diameter // 9))
    span = math.radians(240)
    start = math.radians(-210)
    n = len(company)
    for i, ch in enumerate(company):
        angle = start + span * (i + 0.5) / n
        glyph = Image.new("RGBA", (font.size + 6, font.size + 6), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((3, 0), ch, font=font, fill=SEAL_RED + (235,))
        glyph = glyph.rotate(-math.degrees(angle) - 90, resample=Image.Resampling.BICUBIC, expand=True)
        gx = centre + (radius - font.size * 0.9) * math.cos(angle) - glyph.width / 2
        gy = centre + (radius - font.size * 0.9) * math.sin(angle) - glyph.height / 2
        img.alpha_composite(glyph, (int(gx), int(gy)))
    label_font = pil_font(max(10, diameter // 11))
    label_w = draw.textlength("公章", font=label_font)
    draw.text((centre - label_w / 2, centre + diameter * 0.2), "公章", font=label_font, fill=SEAL_RED + (235,))
    return img


def _star(draw: ImageDraw.ImageDraw, cx: float, cy: float, r: float) -> None:
    points = []
    for k in range(10):
        rad = r if k % 2 == 0 else r * 0.4
        angle = -math.pi / 2 + k * math.pi / 5
        points.append((cx + rad * math.cos(angle), cy + rad * math.sin(angle)))
    draw.polygon(points, fill=SEAL_RED + (235,))


@dataclass(frozen=True)
class PaperLine:
    text: str
    size: int = 26
    align: str = "left"  # left | center
    gap: int = 18


def paper_page(lines: list[PaperLine], table: list[list[str]] | None = None,
               col_widths: tuple[int, ...] = (), seal_of: str | None = None,
               seal_at: tuple[int, int] = (0, 0), signature: str | None = None,
               signature_at: tuple[int, int] = (0, 0)) -> Image.Image:
    """A printed A4 page as a scanner sees it: lines, an optional ruled table, a seal on top."""
    img = Image.new("RGB", A4_PX, (250, 249, 246))
    draw = ImageDraw.Draw(img)
    margin = 110
    y = 120
    for line in lines:
        font = pil_font(line.size)
        width = draw.textlength(line.text, font=font)
        x = (A4_PX[0] - width) / 2 if line.align == "center" else margin
        draw.text((x, y), line.text, font=font, fill=INK)
        y += line.size + line.gap
    if table:
        y = _paper_table(draw, table, col_widths, margin, y + 10)
    if signature:
        draw.text(signature_at, signature, font=pil_font(44), fill=(30, 40, 120))
    if seal_of:
        stamp = seal(seal_of)
        img.paste(stamp, seal_at, stamp)
    return img.rotate(0.35, resample=Image.Resampling.BICUBIC, fillcolor=(250, 249, 246))


def _paper_table(draw: ImageDraw.ImageDraw, rows: list[list[str]], widths: tuple[int, ...],
                 x0: int, y0: int) -> int:
    font = pil_font(20)
    y = y0
    for row in rows:
        wrapped = [_wrap(cell, int(w / 21)) for cell, w in zip(row, widths, strict=True)]
        height = max(len(w) for w in wrapped) * 28 + 16
        x = x0
        for lines, w in zip(wrapped, widths, strict=True):
            draw.rectangle((x, y, x + w, y + height), outline=INK, width=2)
            for k, text in enumerate(lines):
                draw.text((x + 8, y + 8 + 28 * k), text, font=font, fill=INK)
            x += w
        y += height
    return y


def _wrap(text: str, per_line: int) -> list[str]:
    out: list[str] = []
    for part in text.split("\n"):
        out.extend(part[i:i + per_line] for i in range(0, max(len(part), 1), per_line))
    return out or [""]


def case_figure(title: str, boxes: list[str]) -> bytes:
    """A case 配图: a left-to-right architecture sketch with labelled boxes and arrows."""
    width, height = 900, 420
    img = Image.new("RGB", (width, height), (246, 249, 253))
    draw = ImageDraw.Draw(img)
    draw.text((30, 20), title, font=pil_font(30), fill=(20, 50, 100))
    n = len(boxes)
    box_w = (width - 60 - 40 * (n - 1)) // n
    for i, label in enumerate(boxes):
        x0 = 30 + i * (box_w + 40)
        draw.rounded_rectangle((x0, 150, x0 + box_w, 300), radius=12, fill=(40, 110, 200))
        for k, text in enumerate(_wrap(label, max(2, box_w // 26))):
            draw.text((x0 + 14, 170 + 32 * k), text, font=pil_font(24), fill=(255, 255, 255))
        if i < n - 1:
            ax = x0 + box_w + 4
            draw.line((ax, 225, ax + 30, 225), fill=(40, 110, 200), width=5)
            draw.polygon([(ax + 32, 225), (ax + 20, 215), (ax + 20, 235)], fill=(40, 110, 200))
    return _png(img)


def _png(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False, compress_level=9)
    return buf.getvalue()


def jpeg(img: Image.Image, quality: int = 72) -> bytes:
    buf = io.BytesIO()
    img.convert("RGB").save(buf, format="JPEG", quality=quality, optimize=False, progressive=False)
    return buf.getvalue()


def image_pdf(images: list[bytes], title: str) -> bytes:
    """An image-only PDF, one image per A4 page: no text layer at all."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    from eval_sets.generator.pdf_setup import invariant_pdf

    invariant_pdf()
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=A4, pageCompression=1)
    pdf.setTitle(title)
    pdf.setAuthor("")
    for data in images:
        reader = ImageReader(io.BytesIO(data))
        w, h = reader.getSize()
        page = landscape(A4) if w > h else A4
        pdf.setPageSize(page)
        pdf.drawImage(reader, 0, 0, width=page[0], height=page[1])
        pdf.showPage()
    pdf.save()
    return buf.getvalue()
