"""Helpers of the h65 set: fonts, deterministic office files, PDFs, scans, seals, number formats."""
from __future__ import annotations

import io
import math
import random
import re
import zipfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter
from reportlab import rl_config

rl_config.invariant = 1

from eval_sets.generator import fonts as _fonts  # noqa: E402

FONT = _fonts.register_pdf_font()
FIXED_DT = (2024, 7, 12, 9, 30, 0)
CORE_DATE = "2024-07-12T09:30:00Z"


def pil_font(size: int):
    return _fonts.pil_font(size)


# ---------------------------------------------------------------- numbers
def wan(thousand: int) -> float:
    """RMB'000 -> 万元 (exact: 86,500 thousand = 8,650.0 万元)."""
    return round(thousand / 10, 2)


def f2(x: float) -> str:
    return f"{x:.2f}"


def c0(x: int) -> str:
    return f"{x:,}"


def c2(x: float) -> str:
    return f"{x:,.2f}"


def pct(a: float, b: float) -> float:
    return round(a / b * 100 + 1e-9, 2)


def split(total: int, weights: list[float]) -> list[int]:
    """Largest-remainder split of total by weights: the parts add up to total exactly."""
    s = sum(weights)
    raw = [total * w / s for w in weights]
    parts = [math.floor(r) for r in raw]
    rest = total - sum(parts)
    order = sorted(range(len(raw)), key=lambda i: (-(raw[i] - parts[i]), i))
    for i in order[:rest]:
        parts[i] += 1
    return parts


def bd_text(d: dict) -> str:
    return "、".join(f"{k}：{v}" for k, v in d.items())


# ---------------------------------------------------------------- zip normalisation
def normalize_zip(path: Path) -> None:
    """Rewrite a DOCX/XLSX with fixed entry dates, sorted order kept, fixed core properties."""
    data = path.read_bytes()
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = body.decode("utf-8")
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", rf"\g<1>{CORE_DATE}\g<2>", text)
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rf"\g<1>{CORE_DATE}\g<2>", text)
                text = re.sub(r"<cp:lastPrinted>[^<]*</cp:lastPrinted>", "", text)
                body = text.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, body)
    path.write_bytes(out.getvalue())


def fix_core(props, title: str, author: str) -> None:
    import datetime as _dt
    props.title = title
    props.author = author
    props.last_modified_by = author
    props.created = _dt.datetime(2024, 7, 12, 9, 30, 0)
    props.modified = _dt.datetime(2024, 7, 12, 9, 30, 0)
    try:
        props.revision = 1
    except Exception:
        pass


# ---------------------------------------------------------------- seals and scans
def seal(text: str, size: int = 260, seed: int = 0) -> Image.Image:
    """A red round company seal with the name around the rim and a star, on transparent ground."""
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    red = (205, 30, 35, 215)
    d.ellipse((6, 6, size - 6, size - 6), outline=red, width=max(5, size // 40))
    # star
    cx = cy = size / 2
    r1, r2 = size * 0.13, size * 0.055
    pts = []
    for i in range(10):
        ang = -math.pi / 2 + i * math.pi / 5
        r = r1 if i % 2 == 0 else r2
        pts.append((cx + r * math.cos(ang), cy + r * math.sin(ang)))
    d.polygon(pts, fill=red)
    font = pil_font(int(size * 0.11))
    n = len(text)
    span = math.radians(250)
    start = -math.pi / 2 - span / 2
    for i, ch in enumerate(text):
        ang = start + span * (i + 0.5) / n
        rr = size * 0.36
        x, y = cx + rr * math.cos(ang), cy + rr * math.sin(ang)
        glyph = Image.new("RGBA", (int(size * 0.14), int(size * 0.14)), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((glyph.width / 2, glyph.height / 2), ch, font=font, fill=red, anchor="mm")
        glyph = glyph.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        img.alpha_composite(glyph, (int(x - glyph.width / 2), int(y - glyph.height / 2)))
    rnd = random.Random(seed)
    px = img.load()
    for _ in range(size * 6):  # uneven ink
        x, y = rnd.randrange(size), rnd.randrange(size)
        r, g, b, a = px[x, y]
        if a:
            px[x, y] = (r, g, b, int(a * 0.35))
    return img


def rasterize(pdf_path: Path, dpi: int = 110) -> list[Image.Image]:
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(str(pdf_path))
    pages = []
    for i in range(len(doc)):
        pages.append(doc[i].render(scale=dpi / 72).to_pil().convert("RGB"))
    doc.close()
    return pages


def scanify(img: Image.Image, seed: int, angle: float = 0.35) -> Image.Image:
    rnd = random.Random(seed)
    g = img.convert("L").filter(ImageFilter.GaussianBlur(0.45))
    g = g.rotate(angle * (1 if seed % 2 else -1), resample=Image.BICUBIC, fillcolor=255)
    tone = Image.new("RGB", g.size, (246, 243, 236))
    out = Image.composite(Image.new("RGB", g.size, (25, 25, 25)), tone, g.point(lambda v: 255 - v))
    px = out.load()
    w, h = out.size
    for _ in range(w * h // 300):
        x, y = rnd.randrange(w), rnd.randrange(h)
        v = rnd.randrange(150, 230)
        px[x, y] = (v, v, v)
    return out


def stamp(img: Image.Image, name: str, where: tuple[float, float], seed: int, size: int = 230) -> Image.Image:
    s = seal(name, size=size, seed=seed)
    base = img.convert("RGBA")
    x, y = int(where[0] * img.width - size / 2), int(where[1] * img.height - size / 2)
    base.alpha_composite(s, (x, y))
    return base.convert("RGB")


def images_to_pdf(images: list[Image.Image], out: Path, title: str = "scan") -> None:
    """An image-only PDF (no text layer), one image a page, A4, deterministic."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor("")
    c.setCreator("Scanner")
    c.setProducer("Scanner")
    W, H = A4
    for im in images:
        buf = io.BytesIO()
        im.convert("RGB").save(buf, format="JPEG", quality=78, optimize=False)
        buf.seek(0)
        ratio = min(W / im.width, H / im.height)
        w, h = im.width * ratio, im.height * ratio
        c.drawImage(ImageReader(buf), (W - w) / 2, (H - h) / 2, width=w, height=h)
        c.showPage()
    c.save()


def png_bytes(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False)
    return buf.getvalue()
