"""Shared helpers: fonts, scan/photo effects, seals, image-only PDFs, deterministic office files."""
from __future__ import annotations

import io
import math
import random
import re
import zipfile
from datetime import datetime
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from eval_sets.generator.fonts import DRAWING_FONT, FontSpec, noto, require_font

# Fonts found by name (fontconfig, else the XDG font folders), never by a path of one machine.
NOTO = str(noto("Noto Sans CJK SC", "NotoSansCJK-Regular.ttc"))
NOTO_B = str(noto("Noto Sans CJK SC:style=Bold", "NotoSansCJK-Bold.ttc"))
SERIF = str(noto("Noto Serif CJK SC", "NotoSerifCJK-Regular.ttc"))
SERIF_B = str(noto("Noto Serif CJK SC:style=Bold", "NotoSerifCJK-Bold.ttc"))
WQY = str(require_font(DRAWING_FONT))
DEJAVU = str(require_font(FontSpec("DejaVu Sans", ("DejaVuSans.ttf",), "fonts-dejavu-core")))
DEJAVU_B = str(require_font(FontSpec("DejaVu Sans:style=Bold", ("DejaVuSans-Bold.ttf",), "fonts-dejavu-core")))
MONO = str(require_font(FontSpec("DejaVu Sans Mono", ("DejaVuSansMono.ttf",), "fonts-dejavu-core")))

_cache: dict = {}


def font(size: int, kind: str = "sans") -> ImageFont.FreeTypeFont:
    key = (size, kind)
    if key not in _cache:
        path, idx = {
            "sans": (NOTO, 2), "bold": (NOTO_B, 2), "serif": (SERIF, 2), "serifb": (SERIF_B, 2),
            "wqy": (WQY, 0), "num": (DEJAVU, 0), "numb": (DEJAVU_B, 0), "mono": (MONO, 0),
        }[kind]
        _cache[key] = ImageFont.truetype(path, size, index=idx)
    return _cache[key]


def text_w(draw: ImageDraw.ImageDraw, s: str, f) -> int:
    b = draw.textbbox((0, 0), s, font=f)
    return b[2] - b[0]


def center_text(draw, box, s, f, fill):
    x0, y0, x1, y1 = box
    b = draw.textbbox((0, 0), s, font=f)
    w, h = b[2] - b[0], b[3] - b[1]
    draw.text((x0 + (x1 - x0 - w) / 2 - b[0], y0 + (y1 - y0 - h) / 2 - b[1]), s, font=f, fill=fill)


def wrap(draw, s: str, f, width: int) -> list[str]:
    lines, cur = [], ""
    for ch in s:
        if ch == "\n":
            lines.append(cur)
            cur = ""
            continue
        if text_w(draw, cur + ch, f) > width:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


# ---------------------------------------------------------------- seals / scans / photos

def seal(size: int, company: str, center: str = "★", seed: int = 0, inner: str = "") -> Image.Image:
    """Red round company seal on transparent background."""
    rnd = random.Random(seed)
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    red = (205, 30, 35, 215)
    w = max(3, size // 40)
    d.ellipse((w, w, size - w, size - w), outline=red, width=w)
    f = font(int(size * 0.11), "bold")
    n = len(company)
    r = size / 2 - w * 2 - size * 0.075
    span = 250.0
    start = -90 - span / 2
    for i, ch in enumerate(company):
        ang = start + span * (i + 0.5) / n
        a = math.radians(ang)
        cx = size / 2 + r * math.cos(a)
        cy = size / 2 + r * math.sin(a)
        gi = Image.new("RGBA", (int(size * 0.16), int(size * 0.16)), (0, 0, 0, 0))
        gd = ImageDraw.Draw(gi)
        center_text(gd, (0, 0, gi.width, gi.height), ch, f, red)
        gi = gi.rotate(-(ang + 90), resample=Image.BICUBIC)
        img.alpha_composite(gi, (int(cx - gi.width / 2), int(cy - gi.height / 2)))
    fs = font(int(size * 0.24), "bold")
    center_text(d, (0, size * 0.32, size, size * 0.62), center, fs, red)
    if inner:
        center_text(d, (0, size * 0.64, size, size * 0.78), inner, font(int(size * 0.08), "bold"), red)
    # ink unevenness
    arr = np.array(img)
    mask = np.random.default_rng(seed).random(arr.shape[:2]) < 0.18
    arr[..., 3][mask] = (arr[..., 3][mask] * 0.35).astype(np.uint8)
    img = Image.fromarray(arr)
    return img.rotate(rnd.uniform(-18, 18), resample=Image.BICUBIC)


def stamp(page: Image.Image, company: str, xy: tuple[int, int], size: int = 300, seed: int = 0, inner: str = "") -> None:
    s = seal(size, company, seed=seed, inner=inner)
    page.paste(s, xy, s)


def signature(page: Image.Image, xy, name: str, seed: int = 0, size: int = 52):
    """Hand-written-ish signature: slanted, wobbly glyphs."""
    rnd = random.Random(seed)
    x, y = xy
    for ch in name:
        g = Image.new("RGBA", (size + 20, size + 20), (0, 0, 0, 0))
        gd = ImageDraw.Draw(g)
        gd.text((8, 2), ch, font=font(size, "serifb"), fill=(25, 30, 70, 235))
        g = g.rotate(rnd.uniform(-14, 6), resample=Image.BICUBIC).transform(
            g.size, Image.AFFINE, (1, -0.25, 6, 0, 1, 0), resample=Image.BICUBIC)
        page.paste(g, (x, y + rnd.randint(-6, 6)), g)
        x += int(size * rnd.uniform(0.72, 0.9))


def scan_effect(img: Image.Image, seed: int, skew: float | None = None, bw: bool = False,
                tone=(246, 243, 234), light: bool = False) -> Image.Image:
    """Paper tone, slight skew, blur, noise, optional uneven light (photo)."""
    rnd = random.Random(seed)
    rng = np.random.default_rng(seed)
    img = img.convert("RGB")
    arr = np.asarray(img).astype(np.float32)
    # paper tone: multiply white towards tone
    tone_arr = np.array(tone, dtype=np.float32) / 255.0
    arr = arr * tone_arr
    if light:
        h, w = arr.shape[:2]
        yy, xx = np.mgrid[0:h, 0:w]
        cx, cy = w * rnd.uniform(0.3, 0.7), h * rnd.uniform(0.2, 0.5)
        dist = np.sqrt(((xx - cx) / w) ** 2 + ((yy - cy) / h) ** 2)
        shade = 1.0 - 0.33 * np.clip(dist, 0, 1.2)
        shade += 0.06 * (xx / w)
        arr = arr * shade[..., None]
    arr += rng.normal(0, 6.0, arr.shape)
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    out = Image.fromarray(arr)
    angle = skew if skew is not None else rnd.uniform(-1.6, 1.6)
    fill = tuple(int(c * 0.97) for c in tone) if not light else (120, 118, 110)
    out = out.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=fill)
    out = out.filter(ImageFilter.GaussianBlur(radius=0.7 if not light else 1.0))
    if bw:
        g = out.convert("L")
        g = g.point(lambda v: 255 if v > 150 else 0, mode="1")
        return g
    return out


def photo_frame(img: Image.Image, seed: int, bg=(92, 78, 62)) -> Image.Image:
    """Put a page on a desk: perspective-ish skew, dark border, uneven light."""
    rnd = random.Random(seed)
    w, h = img.size
    canvas = Image.new("RGB", (int(w * 1.12), int(h * 1.10)), bg)
    arr = np.asarray(canvas).astype(np.float32)
    arr += np.random.default_rng(seed).normal(0, 9, arr.shape)
    canvas = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    page = img.convert("RGB")
    # mild keystone via affine shear
    page = page.transform(page.size, Image.AFFINE, (1, rnd.uniform(-0.02, 0.02), 0, rnd.uniform(-0.015, 0.015), 1, 0),
                          resample=Image.BICUBIC, fillcolor=bg)
    canvas.paste(page, (int(w * 0.06), int(h * 0.05)))
    return scan_effect(canvas, seed, skew=rnd.uniform(-1.9, 1.9), tone=(250, 246, 236), light=True)


# ---------------------------------------------------------------- writers

FIXED_DT = datetime(2024, 7, 16, 10, 0, 0)


def images_to_pdf(images: list[Image.Image], path: Path, dpi: int = 150) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    ims = [im.convert("RGB") if im.mode not in ("RGB", "L", "1") else im for im in images]
    ims = [im.convert("L") if im.mode == "1" else im for im in ims]
    buf = io.BytesIO()
    ims[0].save(buf, format="PDF", save_all=True, append_images=ims[1:], resolution=dpi,
                creationDate=FIXED_DT.timetuple(), modDate=FIXED_DT.timetuple(), producer="ScanSnap Manager", title="")
    path.write_bytes(buf.getvalue())


def save_png(img: Image.Image, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    img.convert("RGB").save(path, format="PNG", optimize=False)


def save_jpg(img: Image.Image, path: Path, q: int = 86) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    img.convert("RGB").save(path, format="JPEG", quality=q)


_DATE_RE = re.compile(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z")


def normalize_zip(path: Path) -> None:
    """Rewrite an OOXML zip with fixed timestamps and fixed core-property dates."""
    data = Path(path).read_bytes()
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            body = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = _DATE_RE.sub(b"2024-07-16T02:00:00Z", body)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 7, 16, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, body)
    Path(path).write_bytes(out.getvalue())
