"""Scans: our own pages rasterised with pypdfium2, then paper tone, skew, noise, blur, red seals (PIL);
written back as image-only PDFs (reportlab, invariant=1)."""
from __future__ import annotations

import io
import math
import random

import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

_FONT_PATH = None


def font(size: int) -> ImageFont.FreeTypeFont:
    global _FONT_PATH
    if _FONT_PATH is None:
        import eval_sets.generator.fonts as fonts  # only to locate WenQuanYi Micro Hei
        _FONT_PATH = str(fonts.find_font())
    return ImageFont.truetype(_FONT_PATH, size)


def rasterize(pdf_bytes: bytes, dpi: int = 110) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf_bytes)
    out = []
    for i in range(len(doc)):
        page = doc[i]
        img = page.render(scale=dpi / 72.0).to_pil().convert('RGB')
        out.append(img)
        page.close()
    doc.close()
    return out


def seal(company: str, diameter: int = 260, title: str = '', seed: int = 0) -> Image.Image:
    """A red round company seal with text on an arc and a star (RGBA)."""
    rnd = random.Random(seed)
    d = diameter
    im = Image.new('RGBA', (d, d), (0, 0, 0, 0))
    dr = ImageDraw.Draw(im)
    red = (205, 32, 38, 220)
    w = max(4, d // 40)
    dr.ellipse([w, w, d - w, d - w], outline=red, width=w)
    # star
    cx = cy = d / 2
    r1, r2 = d * 0.13, d * 0.055
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        r = r1 if k % 2 == 0 else r2
        pts.append((cx + r * math.cos(ang), cy + r * math.sin(ang)))
    dr.polygon(pts, fill=red)
    # text along the arc
    n = len(company)
    fsz = int(d * 0.105)
    f = font(fsz)
    span = min(250.0, 16.0 * n + 40)
    start = -90 - span / 2
    rad = d / 2 - w - fsz * 0.75
    for i, ch in enumerate(company):
        ang = start + span * (i + 0.5) / n
        a = math.radians(ang)
        x = cx + rad * math.cos(a)
        y = cy + rad * math.sin(a)
        tile = Image.new('RGBA', (fsz + 8, fsz + 8), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((4, 2), ch, font=f, fill=red)
        tile = tile.rotate(-(ang + 90), resample=Image.BICUBIC, expand=True)
        im.alpha_composite(tile, (int(x - tile.width / 2), int(y - tile.height / 2)))
    if title:
        f2 = font(int(d * 0.075))
        tw = dr.textlength(title, font=f2)
        dr.text((cx - tw / 2, cy + d * 0.2), title, font=f2, fill=red)
    # ink unevenness
    px = im.load()
    for _ in range(d * d // 9):
        x, y = rnd.randrange(d), rnd.randrange(d)
        r, g, b, a = px[x, y]
        if a:
            px[x, y] = (r, g, b, int(a * rnd.uniform(0.35, 0.9)))
    return im.rotate(rnd.uniform(-18, 18), resample=Image.BICUBIC)


def signature(name: str, size: int = 46, seed: int = 0) -> Image.Image:
    rnd = random.Random(seed)
    f = font(size)
    im = Image.new('RGBA', (size * (len(name) + 1), int(size * 1.6)), (0, 0, 0, 0))
    dr = ImageDraw.Draw(im)
    x = 6
    for ch in name:
        dr.text((x, rnd.randint(0, size // 4)), ch, font=f, fill=(20, 30, 90, 235))
        x += int(size * rnd.uniform(0.8, 0.95))
    return im.rotate(rnd.uniform(-6, 4), resample=Image.BICUBIC, expand=True).transform(
        im.size, Image.AFFINE, (1, 0.25, -8, 0, 1, 0), resample=Image.BICUBIC)


def stamp(img: Image.Image, mark: Image.Image, x_frac: float, y_frac: float) -> None:
    """Composite mark (RGBA) centred at a fraction of the page."""
    x = int(img.width * x_frac - mark.width / 2)
    y = int(img.height * y_frac - mark.height / 2)
    base = img.convert('RGBA')
    base.alpha_composite(mark, (max(0, x), max(0, y)))
    img.paste(base.convert('RGB'))


def half_seal(img: Image.Image, mark: Image.Image, y_frac: float, part: int, parts: int) -> None:
    """骑缝章: the slice `part` of `parts` of the seal on the right edge."""
    w = mark.width
    sl = w // parts
    piece = mark.crop((sl * part, 0, sl * (part + 1), mark.height))
    base = img.convert('RGBA')
    base.alpha_composite(piece, (img.width - piece.width, int(img.height * y_frac - mark.height / 2)))
    img.paste(base.convert('RGB'))


def scanify(img: Image.Image, seed: int, skew: float | None = None, tone=(246, 243, 234), noise: int = 10,
            blur: float = 0.5, bw: bool = False) -> Image.Image:
    rnd = random.Random(seed)
    img = img.convert('RGB')
    skew = rnd.uniform(-0.9, 0.9) if skew is None else skew
    # paper tone: multiply white
    paper = Image.new('RGB', img.size, tone)
    from PIL import ImageChops
    img = ImageChops.multiply(img, paper)
    img = img.rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=tone)
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    if noise:
        import numpy as np
        arr = np.asarray(img).astype(np.int16)
        rng = np.random.default_rng(seed)
        n = rng.normal(0, noise * 0.6, size=arr.shape[:2]).astype(np.int16)
        arr = np.clip(arr - np.abs(n)[:, :, None], 0, 255).astype(np.uint8)
        img = Image.fromarray(arr, 'RGB')
    # darker scanner edge
    dr = ImageDraw.Draw(img)
    dr.rectangle([0, 0, img.width - 1, 3], fill=(150, 148, 140))
    if bw:
        img = img.convert('L').point(lambda v: 255 if v > 170 else 0).convert('1')
    return img


def image_pdf(images: list[Image.Image], pagesizes: list[tuple[float, float]] | None = None, quality=72,
              title: str = '') -> bytes:
    """Image-only PDF: one image per page, no text layer."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    if title:
        c.setTitle(title)
    c.setProducer('Scanner')
    for i, im in enumerate(images):
        if pagesizes:
            pw, ph = pagesizes[i]
        else:
            pw, ph = (A4 if im.height >= im.width else (A4[1], A4[0]))
        c.setPageSize((pw, ph))
        b = io.BytesIO()
        if im.mode == '1':
            im.convert('L').save(b, 'JPEG', quality=quality)
        else:
            im.convert('RGB').save(b, 'JPEG', quality=quality)
        b.seek(0)
        c.drawImage(ImageReader(b), 0, 0, pw, ph)
        c.showPage()
    c.save()
    return buf.getvalue()
