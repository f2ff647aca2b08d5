"""Scanned look, made here: rasterise our own PDF layout (pypdfium2), add paper tone, skew, noise and a
red round seal, and put the JPEG pages into an image-only PDF (reportlab, invariant)."""

from __future__ import annotations

import io
import math
import random

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFilter

from .fonts import pil_font


def seal_image(company: str, diameter_px: int, seed: int, bottom: str = "") -> Image.Image:
    """A red round company seal (RGBA): name along the upper arc, a five-pointed star in the middle."""
    rng = random.Random(seed)
    s = diameter_px
    big = 3  # supersample
    S = s * big
    im = Image.new("L", (S, S), 0)
    d = ImageDraw.Draw(im)
    ring = max(3, int(S * 0.035))
    d.ellipse([ring // 2, ring // 2, S - ring // 2 - 1, S - ring // 2 - 1], outline=255, width=ring)
    # star
    cx = cy = S / 2
    R, r = S * 0.17, S * 0.17 * 0.382
    pts = []
    for i in range(10):
        ang = -math.pi / 2 + i * math.pi / 5
        rad = R if i % 2 == 0 else r
        pts.append((cx + rad * math.cos(ang), cy + rad * math.sin(ang)))
    d.polygon(pts, fill=255)
    # text along the arc
    n = len(company)
    span = min(250.0, 18.0 * n + 20)
    start = -90 - span / 2
    fsize = int(S * (0.13 if n <= 12 else 0.105 if n <= 16 else 0.09))
    font = pil_font("Noto Serif CJK SC", fsize, bold=True)
    radius = S / 2 - ring - fsize * 0.62
    for i, ch in enumerate(company):
        ang = start + span * (i + 0.5) / n
        glyph = Image.new("L", (fsize * 2, fsize * 2), 0)
        ImageDraw.Draw(glyph).text((fsize, fsize), ch, font=font, fill=255, anchor="mm")
        glyph = glyph.rotate(-(ang + 90), resample=Image.BICUBIC)
        x = cx + radius * math.cos(math.radians(ang)) - fsize
        y = cy + radius * math.sin(math.radians(ang)) - fsize
        im.paste(255, (int(x), int(y)), glyph)
    if bottom:
        f2 = pil_font("Noto Serif CJK SC", int(S * 0.075))
        d.text((cx, cy + S * 0.3), bottom, font=f2, fill=255, anchor="mm")
    im = im.resize((s, s), Image.LANCZOS)
    # uneven ink
    arr = np.asarray(im).astype(np.float32) / 255.0
    nrng = np.random.default_rng(seed)
    blotch = nrng.random((s // 8 + 1, s // 8 + 1)).astype(np.float32)
    blotch = np.asarray(Image.fromarray((blotch * 255).astype(np.uint8)).resize((s, s), Image.BILINEAR)) / 255.0
    alpha = np.clip(arr * (0.55 + 0.45 * blotch) * rng.uniform(0.85, 0.95), 0, 1)
    rgba = np.zeros((s, s, 4), dtype=np.uint8)
    rgba[..., 0] = 214
    rgba[..., 1] = 38
    rgba[..., 2] = 44
    rgba[..., 3] = (alpha * 255).astype(np.uint8)
    return Image.fromarray(rgba, "RGBA")


def stamp(page: Image.Image, seal: Image.Image, center: tuple[int, int]) -> Image.Image:
    """Multiply the seal onto the page (ink over print)."""
    page = page.convert("RGB")
    layer = Image.new("RGB", page.size, (255, 255, 255))
    sx, sy = seal.size
    x, y = int(center[0] - sx / 2), int(center[1] - sy / 2)
    white = Image.new("RGB", seal.size, (255, 255, 255))
    tinted = Image.composite(seal.convert("RGB"), white, seal.split()[3])
    layer.paste(tinted, (x, y))
    return ImageChops.multiply(page, layer)


def rasterize(pdf_bytes: bytes, dpi: int) -> list[Image.Image]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf_bytes)
    pages = []
    for i in range(len(doc)):
        pages.append(doc[i].render(scale=dpi / 72).to_pil().convert("RGB"))
    doc.close()
    return pages


def age(page: Image.Image, seed: int, skew: float = 0.35, noise: float = 5.0, tone=(247, 245, 239),
        gray: bool = False) -> Image.Image:
    """Paper tone, a slight skew, a little blur and sensor noise."""
    rng = random.Random(seed)
    angle = rng.uniform(-skew, skew)
    page = page.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(255, 255, 255))
    page = page.filter(ImageFilter.GaussianBlur(0.45))
    arr = np.asarray(page).astype(np.float32)
    arr = arr * (np.array(tone, dtype=np.float32) / 255.0)
    nrng = np.random.default_rng(seed)
    arr += nrng.normal(0, noise, arr.shape[:2])[..., None]
    # darker band near one edge (scanner lid)
    w = arr.shape[1]
    band = np.linspace(0.94, 1.0, min(40, w // 20), dtype=np.float32)
    arr[:, : band.size] *= band[None, :, None]
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB")
    return out.convert("L").convert("RGB") if gray else out


def images_to_pdf(pages: list[Image.Image], dpi: int, quality: int = 62, title: str = "",
                  author: str = "", producer: str = "", created: str = "D:20240716103000+08'00'") -> bytes:
    """An image-only PDF written by hand: one image per A4 page, no text layer.

    RGB/L pages are stored as JPEG (DCTDecode); mode "1" pages as 1-bit Flate (a B/W scan)."""
    import zlib

    objs: list[bytes] = []

    def add(body: bytes) -> int:
        objs.append(body)
        return len(objs)

    def esc(t: str) -> bytes:
        data = t.encode("utf-16-be")
        return b"<FEFF" + data.hex().upper().encode() + b">"

    page_ids = []
    add(b"")  # 1 catalog (filled later)
    add(b"")  # 2 pages (filled later)
    for im in pages:
        wpx, hpx = im.size
        if im.mode == "1":
            data = zlib.compress(im.tobytes(), 9)
            img = (b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                   b"/BitsPerComponent 1 /Filter /FlateDecode /Length %d >>\nstream\n" % (wpx, hpx, len(data))
                   + data + b"\nendstream")
        else:
            jb = io.BytesIO()
            im.save(jb, "JPEG", quality=quality, optimize=True, dpi=(dpi, dpi))
            data = jb.getvalue()
            cs = b"/DeviceGray" if im.mode == "L" else b"/DeviceRGB"
            img = (b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s "
                   b"/BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n" % (wpx, hpx, cs, len(data))
                   + data + b"\nendstream")
        img_id = add(img)
        w, h = (841.89, 595.28) if wpx > hpx else (595.28, 841.89)
        content = b"q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q" % (w, h)
        cid = add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        pid = add(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /XObject << /Im0 %d 0 R >> >> "
                  b"/Contents %d 0 R >>" % (w, h, img_id, cid))
        page_ids.append(pid)
    objs[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[1] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % i for i in page_ids) + b"] /Count %d >>" % len(page_ids)
    info = add(b"<< /Title " + esc(title) + b" /Author " + esc(author) + b" /Producer " + esc(producer or "Scanner")
               + b" /Creator " + esc(producer or "Scanner") + b" /CreationDate (" + created.encode() + b") /ModDate ("
               + created.encode() + b") >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, info, xref))
    return out.getvalue()


def bilevel(im: Image.Image, threshold: int = 160) -> Image.Image:
    return im.convert("L").point(lambda x: 255 if x > threshold else 0).convert("1")


def scan_pdf(pdf_bytes: bytes, *, dpi: int, seed: int, seals: dict[int, list[tuple[float, float]]],
             seal: Image.Image | None, edge_seal: bool = False, gray: bool = False, quality: int = 62,
             title: str = "", producer: str = "", color_all: bool = False,
             color_dpi: int = 120) -> tuple[bytes, list[Image.Image]]:
    """Rasterise a layout PDF and make a stamped scan of it.

    seals: page index -> list of (x, y) centres as fractions of the page size.
    edge_seal: a 骑缝章 slice on the right edge of every page.
    Pages carrying a seal stay colour (JPEG); the others become 1-bit B/W, as an office scanner in
    auto-colour mode does."""
    pages = rasterize(pdf_bytes, dpi)
    out = []
    n = len(pages)
    for i, pg in enumerate(pages):
        for fx, fy in seals.get(i, []) + ([(fx, fy) for fx, fy in seals.get(-1, [])] if i == n - 1 else []):
            pg = stamp(pg, seal, (int(fx * pg.width), int(fy * pg.height)))
        if edge_seal and seal is not None and n > 1:
            sl = seal.width / n
            part = seal.crop((int(i * sl), 0, int((i + 1) * sl), seal.height))
            holder = Image.new("RGBA", (seal.width, seal.height), (0, 0, 0, 0))
            holder.paste(part, (seal.width - part.width, 0))
            # place so the slice sits flush with the right edge
            pg = stamp(pg, holder, (pg.width - seal.width // 2, int(pg.height * 0.55)))
        aged = age(pg, seed + i, gray=False, noise=3.0)
        sealed = bool(seals.get(i)) or (i == n - 1 and bool(seals.get(-1)))
        if (sealed or color_all) and not gray:
            f = color_dpi / dpi
            out.append(aged.resize((int(aged.width * f), int(aged.height * f)), Image.LANCZOS) if f != 1 else aged)
        else:
            out.append(bilevel(aged))
    return images_to_pdf(out, dpi, quality=quality, title=title, producer=producer), out
