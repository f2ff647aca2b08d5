"""Scans, phone photos, seals, screenshots (PIL), deterministic."""
import math
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from eval_sets.generator.fonts import DRAWING_FONT, noto, require_font

# Fonts found by name (fontconfig, else the XDG font folders), never by a path of one machine.
WQY = str(require_font(DRAWING_FONT))
NOTO_SANS = str(noto("Noto Sans CJK SC", "NotoSansCJK-Regular.ttc"))
NOTO_SERIF_B = str(noto("Noto Serif CJK SC:style=Bold", "NotoSerifCJK-Bold.ttc"))


def font(size, which="wqy"):
    path = {"wqy": WQY, "sans": NOTO_SANS, "serifb": NOTO_SERIF_B}[which]
    idx = 2 if which in ("sans", "serifb") else 0  # SC face inside the Noto collections
    try:
        return ImageFont.truetype(path, size, index=idx)
    except Exception:
        return ImageFont.truetype(WQY, size)


def raster(pdf_path, scale=2.0):
    doc = pdfium.PdfDocument(str(pdf_path))
    out = []
    for i in range(len(doc)):
        out.append(doc[i].render(scale=scale).to_pil().convert("RGB"))
    doc.close()
    return out


def seal(diameter, text, seed=0, bottom="", color=(200, 30, 35)):
    """Red round company seal as RGBA."""
    rng = np.random.default_rng(seed)
    s = diameter
    im = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    w = max(3, s // 28)
    d.ellipse([w, w, s - w, s - w], outline=color + (255,), width=w)
    # star
    cx = cy = s / 2
    R, r = s * 0.14, s * 0.055
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        rad = R if k % 2 == 0 else r
        pts.append((cx + rad * math.cos(ang), cy + rad * math.sin(ang)))
    d.polygon(pts, fill=color + (255,))
    # ring text
    n = len(text)
    fs = int(s * 0.11)
    f = font(fs, "wqy")
    span = min(250, 16 * n + 20)
    for k, ch in enumerate(text):
        ang = math.radians(-90 - span / 2 + span * (k + 0.5) / n)
        rad = s / 2 - w - fs * 0.85
        x = cx + rad * math.cos(ang)
        y = cy + rad * math.sin(ang)
        g = Image.new("RGBA", (fs * 2, fs * 2), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((fs * 0.5, fs * 0.4), ch, font=f, fill=color + (255,))
        g = g.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        im.alpha_composite(g, (int(x - fs), int(y - fs)))
    if bottom:
        fb = font(int(s * 0.075))
        tw = d.textlength(bottom, font=fb)
        d.text((cx - tw / 2, cy + s * 0.2), bottom, font=fb, fill=color + (255,))
    # ink unevenness
    a = np.array(im)
    mask = rng.random(a.shape[:2]) < 0.18
    a[..., 3] = np.where(mask, (a[..., 3] * 0.45).astype(np.uint8), a[..., 3])
    return Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.6))


def stamp(page, seal_img, xy, angle=0, opacity=0.85):
    s = seal_img.rotate(angle, resample=Image.BICUBIC, expand=True)
    a = np.array(s).astype(np.float32)
    a[..., 3] *= opacity
    s = Image.fromarray(a.astype(np.uint8))
    base = page.convert("RGBA")
    # multiply-like: composite
    base.alpha_composite(s, (int(xy[0]), int(xy[1])))
    return base.convert("RGB")


def signature(draw, xy, text, size=38, seed=0):
    f = font(size, "serifb")
    x, y = xy
    rng = np.random.default_rng(seed)
    for ch in text:
        dy = rng.integers(-4, 5)
        draw.text((x, y + dy), ch, font=f, fill=(25, 25, 60))
        x += size * 0.8


def scan(page, seed, skew=0.8, tone=(246, 242, 232), bw=False):
    rng = np.random.default_rng(seed)
    im = page.convert("RGB")
    a = np.array(im).astype(np.float32)
    paper = np.array(tone, dtype=np.float32)
    a = a / 255.0 * paper
    a += rng.normal(0, 5.5, a.shape)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    im = im.rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=tone)
    im = im.filter(ImageFilter.GaussianBlur(0.7))
    if bw:
        im = im.convert("L").point(lambda v: 255 if v > 165 else 0).convert("1").convert("RGB")
    return im


def photo(page, seed, tilt=3.0, thumb="left", shadow=True, bg=(92, 78, 64)):
    """Phone photo of a paper page on a desk: perspective tilt, uneven light, a shadow, a thumb."""
    rng = np.random.default_rng(seed)
    pw, ph = page.size
    W_, H_ = int(pw * 1.12), int(ph * 1.10)
    canvas = Image.new("RGB", (W_, H_), bg)
    a = np.array(canvas).astype(np.float32)
    a += rng.normal(0, 6, a.shape)
    canvas = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(2))
    paper = page.convert("RGB")
    pa = np.array(paper).astype(np.float32) / 255.0 * np.array([244, 240, 228], dtype=np.float32)
    paper = Image.fromarray(pa.astype(np.uint8))
    ox, oy = (W_ - pw) // 2, (H_ - ph) // 2
    canvas.paste(paper, (ox, oy))
    # rotation (tilt) and a mild keystone
    canvas = canvas.rotate(tilt, resample=Image.BICUBIC, fillcolor=bg)
    k = int(pw * 0.025)
    coeffs = _persp([(0, 0), (W_, 0), (W_, H_), (0, H_)], [(k, 0), (W_ - k, 0), (W_, H_), (0, H_)])
    canvas = canvas.transform((W_, H_), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=bg)
    a = np.array(canvas).astype(np.float32)
    yy, xx = np.mgrid[0:H_, 0:W_]
    # uneven light: brighter top-left to darker bottom-right + a hot spot
    light = 1.08 - 0.28 * (xx / W_ * 0.6 + yy / H_ * 0.4)
    hx, hy = W_ * rng.uniform(0.3, 0.6), H_ * rng.uniform(0.2, 0.4)
    light += 0.10 * np.exp(-(((xx - hx) / (W_ * 0.25)) ** 2 + ((yy - hy) / (H_ * 0.25)) ** 2))
    a *= light[..., None]
    if shadow:  # soft shadow of the phone / hand across one corner
        sh = np.clip(((xx / W_) + (H_ - yy) / H_ - 1.35) * 4, 0, 1)
        a *= (1 - 0.45 * sh)[..., None]
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if thumb:
        th = Image.new("L", (W_, H_), 0)
        d = ImageDraw.Draw(th)
        cy = int(H_ * rng.uniform(0.55, 0.75))
        if thumb == "left":
            box = [-int(W_ * 0.05), cy, int(W_ * 0.07), cy + int(H_ * 0.11)]
        else:
            box = [W_ - int(W_ * 0.07), cy, W_ + int(W_ * 0.05), cy + int(H_ * 0.11)]
        d.ellipse(box, fill=255)
        th = th.filter(ImageFilter.GaussianBlur(W_ * 0.008))
        skin = Image.new("RGB", (W_, H_), (128, 92, 76))
        im = Image.composite(skin, im, th)
    im = im.filter(ImageFilter.GaussianBlur(0.9))
    a = np.array(im).astype(np.float32) + rng.normal(0, 4, (H_, W_, 3))
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def _persp(dst, src):
    m = []
    for (x, y), (u, v) in zip(dst, src):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        m.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    A = np.array(m, dtype=np.float64)
    B = np.array([c for p in src for c in p], dtype=np.float64)
    return np.linalg.solve(A, B).tolist()


def save_jpeg(im, path, q=86):
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    im.save(str(path), "JPEG", quality=q, optimize=False)


def save_png(im, path):
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    im.save(str(path), "PNG", optimize=False)
