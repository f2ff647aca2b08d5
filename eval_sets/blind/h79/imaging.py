"""Pictures: platform dashboards (PIL), red round seals, office scans of our own PDFs, image-only PDFs.

Everything is seeded; the texts drawn into a picture are returned next to it so the truth can quote them.
"""

from __future__ import annotations

import io
import math
import random

from PIL import Image, ImageDraw, ImageFilter

from eval_sets.blind.h79.docs import pil_font


def dashboard(title: str, cards: list[tuple[str, str, str]], seed: int, theme: str = "dark",
              footer: str = "", size: tuple[int, int] = (1600, 900)) -> tuple[Image.Image, list[str]]:
    """cards: (caption, big value, small note). Returns the image and every text drawn."""
    rnd = random.Random(seed)
    bg, card, fg, acc = {
        "dark": ((12, 24, 48), (22, 44, 84), (230, 240, 255), (64, 200, 255)),
        "light": ((238, 242, 247), (255, 255, 255), (30, 40, 60), (0, 112, 192)),
        "green": ((16, 40, 32), (28, 66, 52), (225, 250, 235), (120, 220, 140)),
    }[theme]
    img = Image.new("RGB", size, bg)
    d = ImageDraw.Draw(img)
    texts = [title]
    d.rectangle([0, 0, size[0], 70], fill=card)
    d.text((30, 18), title, font=pil_font(30), fill=fg)
    cols = 4 if len(cards) > 6 else 3
    w = (size[0] - 60 - (cols - 1) * 20) // cols
    h = 150
    for i, (cap, val, note) in enumerate(cards):
        x, y = 30 + (i % cols) * (w + 20), 95 + (i // cols) * (h + 20)
        d.rounded_rectangle([x, y, x + w, y + h], 12, fill=card)
        d.text((x + 20, y + 14), cap, font=pil_font(22), fill=fg)
        d.text((x + 20, y + 52), val, font=pil_font(46), fill=acc)
        texts += [cap, val]
        if note:
            d.text((x + 20, y + 112), note, font=pil_font(18), fill=fg)
            texts.append(note)
    top = 95 + ((len(cards) + cols - 1) // cols) * (h + 20)
    if top < size[1] - 120:  # a decorative trend chart without figures
        d.rectangle([30, top, size[0] - 30, size[1] - 50], outline=card, width=3)
        n = 24
        pts = [(50 + k * (size[0] - 100) / (n - 1),
                size[1] - 70 - (0.3 + 0.6 * k / n + rnd.random() * 0.15) * (size[1] - 140 - top)) for k in range(n)]
        d.line(pts, fill=acc, width=4)
    if footer:
        d.text((30, size[1] - 38), footer, font=pil_font(18), fill=fg)
        texts.append(footer)
    return img, texts


def seal(company: str, diameter: int = 300, label: str = "") -> Image.Image:
    """A red round company seal on a transparent background."""
    s = diameter
    img = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    red = (214, 30, 36, 215)
    d.ellipse([4, 4, s - 4, s - 4], outline=red, width=max(6, s // 40))
    cx = cy = s / 2
    r = s * 0.36
    pts = [(cx + (r * 0.32 if k % 2 else r * 0.8) * 0.45 * math.sin(k * math.pi / 5),
            cy - (r * 0.32 if k % 2 else r * 0.8) * 0.45 * math.cos(k * math.pi / 5)) for k in range(10)]
    d.polygon(pts, fill=red)
    chars = list(company)
    span = math.radians(250)
    f = pil_font(int(s * 0.1))
    for k, ch in enumerate(chars):
        ang = -span / 2 + span * k / max(1, len(chars) - 1) - math.pi / 2
        x, y = cx + r * math.cos(ang), cy + r * math.sin(ang)
        glyph = Image.new("RGBA", (int(s * 0.14), int(s * 0.14)), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((0, 0), ch, font=f, fill=red)
        glyph = glyph.rotate(-math.degrees(ang) - 90, expand=True)
        img.alpha_composite(glyph, (int(x - glyph.width / 2), int(y - glyph.height / 2)))
    if label:
        lf = pil_font(int(s * 0.075))
        tw = d.textlength(label, font=lf)
        d.text((cx - tw / 2, cy + s * 0.2), label, font=lf, fill=red)
    return img


def rasterize(pdf: bytes, dpi: int = 100) -> list[Image.Image]:
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(pdf)
    pages = [doc[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(len(doc))]
    doc.close()
    return pages


def scan(pages: list[Image.Image], seed: int, company: str, seal_pages: set[int],
         seal_label: str = "") -> list[Image.Image]:
    """Office-scanner look: paper tone, small skew, blur, grain; sealed pages stay colour, others B/W."""
    rnd = random.Random(seed)
    out = []
    stamp = seal(company, 260, seal_label)
    for i, page in enumerate(pages):
        img = page.copy()
        if i in seal_pages:
            x = int(img.width * (0.55 + rnd.random() * 0.12))
            y = int(img.height * 0.2) if i == 0 and len(pages) > 1 else int(img.height * (0.76 + rnd.random() * 0.04))
            base = img.convert("RGBA")
            base.alpha_composite(stamp, (min(x, img.width - 270), min(y, img.height - 270)))
            img = base.convert("RGB")
        img = img.rotate(rnd.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=(250, 250, 246))
        img = img.filter(ImageFilter.GaussianBlur(0.5))
        grain = Image.frombytes("L", img.size, random.Random(seed * 131 + i).randbytes(img.width * img.height))
        grain = grain.point(lambda v: 255 if v > 12 else 205)
        if i in seal_pages:
            tone = Image.new("RGB", img.size, (247, 244, 236))
            img = Image.composite(img, tone, grain.point(lambda v: 255 if v > 220 else 120))
            out.append(img)
        else:
            g = img.convert("L")
            g = Image.composite(g, Image.new("L", img.size, 190), grain)
            out.append(g.point(lambda v: 255 if v > 170 else 0).convert("1"))
    return out


def images_to_pdf(images: list[Image.Image], title: str = "") -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setCreator("Scanner")
    c.setProducer("Scanner")
    for img in images:
        data = io.BytesIO()
        if img.mode == "1":
            img.save(data, "PNG", optimize=False)
        else:
            img.convert("RGB").save(data, "JPEG", quality=70)
        data.seek(0)
        c.drawImage(ImageReader(data), 0, 0, A4[0], A4[1])
        c.showPage()
    c.save()
    return buf.getvalue()

