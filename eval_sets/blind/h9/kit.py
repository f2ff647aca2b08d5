"""Low-level helpers: fonts, deterministic DOCX/XLSX/PDF writing, scans, dashboards."""
from __future__ import annotations

import io
import math
import random
import re
import time
import zipfile
from datetime import datetime
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.lib.pagesizes import A4, landscape
from eval_sets.generator.fonts import DRAWING_FONT, noto, require_font

# Fonts found by name (fontconfig, else the XDG font folders), never by a path of one machine.
WQY = str(require_font(DRAWING_FONT))
NOTO_SANS = str(noto("Noto Sans CJK SC", "NotoSansCJK-Regular.ttc"))
NOTO_SANS_B = str(noto("Noto Sans CJK SC:style=Bold", "NotoSansCJK-Bold.ttc"))
NOTO_SERIF = str(noto("Noto Serif CJK SC", "NotoSerifCJK-Regular.ttc"))

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
pdfmetrics.registerFont(TTFont("WQY", WQY, subfontIndex=0))
pdfmetrics.registerFont(TTFont("WQYMono", WQY, subfontIndex=1))

FIXED_DT = datetime(2024, 7, 16, 9, 30, 0)
FIXED_ZIP_DT = (2024, 7, 16, 9, 30, 0)


# ---------------------------------------------------------------- zip normalisation
def normalize_zip(path: Path) -> None:
    data = Path(path).read_bytes()
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in sorted(src.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                blob = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>2024-07-16T09:30:00Z\g<2>", blob)
            dst.writestr(zi, blob)
    Path(path).write_bytes(out.getvalue())


def save_docx(doc, path: Path, author="admin") -> None:
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 3
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    normalize_zip(path)


def save_xlsx(wb, path: Path, creator="Administrator") -> None:
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(path))
    normalize_zip(path)


def new_canvas(path: Path, size=A4):
    path.parent.mkdir(parents=True, exist_ok=True)
    return rl_canvas.Canvas(str(path), pagesize=size, invariant=1)


# ---------------------------------------------------------------- text wrapping for reportlab
def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines = []
    for para in str(text).split("\n"):
        cur = ""
        for ch in para:
            if pdfmetrics.stringWidth(cur + ch, font, size) > width:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        lines.append(cur)
    return lines


# ---------------------------------------------------------------- PIL helpers
def pil_font(size: int, kind: str = "sans", bold: bool = False):
    if kind == "wqy":
        return ImageFont.truetype(WQY, size, index=0)
    if kind == "serif":
        return ImageFont.truetype(NOTO_SERIF, size, index=2)
    return ImageFont.truetype(NOTO_SANS_B if bold else NOTO_SANS, size, index=2)


def seal(diameter: int, company: str, center_text: str = "", seed: int = 0) -> Image.Image:
    """A red round company seal on a transparent background."""
    rng = random.Random(seed)
    s = diameter
    img = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    red = (214, 30, 36, 215)
    w = max(4, s // 28)
    d.ellipse((w, w, s - w, s - w), outline=red, width=w)
    # star
    cx = cy = s / 2
    r1, r2 = s * 0.13, s * 0.055
    pts = []
    for i in range(10):
        ang = -math.pi / 2 + i * math.pi / 5
        r = r1 if i % 2 == 0 else r2
        pts.append((cx + r * math.cos(ang), cy + r * math.sin(ang)))
    d.polygon(pts, fill=red)
    # company name along the arc
    fs = int(s * 0.105)
    font = pil_font(fs, "serif")
    n = len(company)
    span = min(250, 22 * n)
    start = -90 - span / 2
    for i, ch in enumerate(company):
        ang = math.radians(start + span * (i + 0.5) / n)
        rr = s / 2 - w * 2 - fs * 0.75
        x = cx + rr * math.cos(ang)
        y = cy + rr * math.sin(ang)
        glyph = Image.new("RGBA", (fs * 2, fs * 2), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((fs * 0.5, fs * 0.35), ch, font=font, fill=red)
        glyph = glyph.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        img.alpha_composite(glyph, (int(x - fs), int(y - fs)))
    if center_text:
        f2 = pil_font(int(s * 0.08), "serif")
        tw = d.textlength(center_text, font=f2)
        d.text((cx - tw / 2, cy + s * 0.2), center_text, font=f2, fill=red)
    # ink unevenness
    arr = np.array(img)
    noise = np.array([[rng.random() for _ in range(s)] for _ in range(1)] * s) if False else None
    rs = np.random.RandomState(seed)
    mask = rs.rand(s, s) < 0.12
    arr[..., 3] = np.where(mask, (arr[..., 3] * 0.45).astype(np.uint8), arr[..., 3])
    return Image.fromarray(arr).filter(ImageFilter.GaussianBlur(0.6))


def signature(text: str, seed: int = 0) -> Image.Image:
    font = pil_font(46, "wqy")
    img = Image.new("RGBA", (60 * len(text) + 40, 90), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.text((10, 10), text, font=font, fill=(25, 30, 80, 230))
    return img.transform(img.size, Image.AFFINE, (1, -0.35, 18, 0, 1, 0), resample=Image.BICUBIC)


def pdf_to_images(pdf_path: Path, scale: float = 1.6) -> list[Image.Image]:
    doc = pdfium.PdfDocument(str(pdf_path))
    out = []
    for i in range(len(doc)):
        out.append(doc[i].render(scale=scale).to_pil().convert("RGB"))
    doc.close()
    return out


def scanify(img: Image.Image, seed: int, stamps: list | None = None, bw: bool = False) -> Image.Image:
    """Paper tone, stamps, skew, blur, noise. stamps: [(Image, (fx, fy))] positions as fractions."""
    rs = np.random.RandomState(seed)
    img = img.convert("RGB")
    W, H = img.size
    if stamps:
        base = img.convert("RGBA")
        for st, (fx, fy) in stamps:
            base.alpha_composite(st, (int(fx * W - st.size[0] / 2), int(fy * H - st.size[1] / 2)))
        img = base.convert("RGB")
    arr = np.asarray(img).astype(np.float32)
    tone = np.array([246, 243, 232], dtype=np.float32)
    arr = arr / 255.0 * tone
    arr += rs.normal(0, 6.0, arr.shape[:2])[..., None]
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    img = Image.fromarray(arr)
    angle = (rs.rand() - 0.5) * 2.4  # within ±1.2°
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(238, 236, 228))
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    if bw:
        img = img.convert("L")
    return img


def images_to_pdf(images: list[Image.Image], path: Path, dpi: float = 115) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    first, rest = images[0], images[1:]
    fixed = time.struct_time((2024, 7, 16, 1, 30, 0, 1, 198, 0))
    first.save(str(path), "PDF", save_all=True, append_images=rest, resolution=dpi, quality=72,
               title="scan", creationDate=fixed, modDate=fixed, producer="Canon iR-ADV C5535")
