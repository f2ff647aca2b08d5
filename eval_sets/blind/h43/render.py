"""Drawing paper pages and making hostile scans / phone photos of them (h43).

Everything is drawn with PIL (fonts found by name through eval_sets.generator.fonts) so that the
text drawn on each page is recorded exactly (`Paper.texts`); scans and photos are made from those
pages with fixed seeds. Writers: a minimal image-only PDF writer (JPEG or 1-bit Flate pages, /Rotate,
fixed metadata), multi-page TIFF, JPEG with or without an EXIF Orientation tag, PNG.
"""

from __future__ import annotations

import io
import math
import random
import zlib
from functools import cache

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

from eval_sets.generator import fonts

MM = 1 / 25.4


def noise_img(size, sigma: float, rng: random.Random) -> Image.Image:
    """Gaussian noise around 128 (numpy, seeded from rng: never libc rand())."""
    import numpy as np

    g = np.random.default_rng(rng.randrange(1 << 30))
    a = np.clip(128 + g.normal(0, sigma, (size[1], size[0])), 0, 255).astype("uint8")
    return Image.fromarray(a, "L")


@cache
def font(kind: str, px: int) -> ImageFont.FreeTypeFont:
    if kind == "hei":
        return ImageFont.truetype(str(fonts.cjk_ttf()), size=px, index=0)
    table = {
        "song": ("Noto Serif CJK SC", "NotoSerifCJK-Regular.ttc"),
        "songb": ("Noto Serif CJK SC:style=Bold", "NotoSerifCJK-Bold.ttc"),
        "sans": ("Noto Sans CJK SC", "NotoSansCJK-Regular.ttc"),
        "sansb": ("Noto Sans CJK SC:style=Bold", "NotoSansCJK-Bold.ttc"),
    }
    family, name = table[kind]
    return ImageFont.truetype(str(fonts.noto(family, name)), size=px, index=2)


class Paper:
    """One A4 (or other) page drawn at `dpi`; records every string drawn."""

    def __init__(self, dpi: int = 200, size_mm=(210, 297), body="song", margin_mm=20):
        self.dpi = dpi
        self.w = round(size_mm[0] * MM * dpi)
        self.h = round(size_mm[1] * MM * dpi)
        self.img = Image.new("RGB", (self.w, self.h), "white")
        self.draw = ImageDraw.Draw(self.img)
        self.texts: list[str] = []
        self.body = body
        self.margin = self.mm(margin_mm)
        self.y = self.margin

    def mm(self, v: float) -> int:
        return round(v * MM * self.dpi)

    def pt(self, v: float) -> int:
        return round(v * self.dpi / 72)

    def f(self, size_pt: float, bold=False, kind=None):
        kind = kind or self.body
        if bold:
            kind = {"song": "songb", "sans": "sansb", "hei": "hei"}.get(kind, kind)
        return font(kind, self.pt(size_pt))

    def text(self, x: int, y: int, s: str, size_pt=11, bold=False, fill=(0, 0, 0), kind=None, anchor="la"):
        f = self.f(size_pt, bold, kind)
        if anchor.endswith("a"):  # place every string on the same baseline, whatever its glyphs
            y = y + round(self.pt(size_pt) * 0.88)
            anchor = anchor[0] + "s"
        self.draw.text((x, y), s, font=f, fill=fill, anchor=anchor)
        if s.strip():
            self.texts.append(s)

    def width(self, s: str, size_pt=11, bold=False, kind=None) -> int:
        return round(self.draw.textlength(s, font=self.f(size_pt, bold, kind)))

    def wrap(self, s: str, max_w: int, size_pt=11, bold=False, kind=None) -> list[str]:
        lines, cur = [], ""
        for ch in s:
            if ch == "\n":
                lines.append(cur)
                cur = ""
                continue
            if self.width(cur + ch, size_pt, bold, kind) > max_w and cur:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        if cur or not lines:
            lines.append(cur)
        return lines

    def title(self, s: str, size_pt=16, gap_pt=10, bold=True):
        self.text(self.w // 2, self.y, s, size_pt, bold, anchor="ma")
        self.y += self.pt(size_pt) + self.pt(gap_pt)

    def para(self, s: str, size_pt=11, indent=True, gap_pt=4, x0=None, max_w=None, fill=(0, 0, 0)):
        x0 = self.margin if x0 is None else x0
        max_w = max_w or (self.w - x0 - self.margin)
        lead = "\u3000\u3000" if indent else ""
        for line in self.wrap(lead + s, max_w, size_pt):
            self.text(x0, self.y, line, size_pt, fill=fill)
            self.y += round(self.pt(size_pt) * 1.55)
        self.y += self.pt(gap_pt)

    def row_height(self, cells, widths, size_pt, bold=False) -> int:
        pad = self.pt(size_pt * 0.45)
        n = max(len(self.wrap(str(c), w - 2 * pad, size_pt, bold)) for c, w in zip(cells, widths))
        return n * round(self.pt(size_pt) * 1.4) + 2 * pad

    def table_row(self, cells, widths, size_pt=10.5, bold=False, aligns=None, x0=None, line=(0, 0, 0), lw=2):
        x0 = self.margin if x0 is None else x0
        pad = self.pt(size_pt * 0.45)
        h = self.row_height(cells, widths, size_pt, bold)
        x = x0
        for i, (c, w) in enumerate(zip(cells, widths)):
            self.draw.rectangle([x, self.y, x + w, self.y + h], outline=line, width=lw)
            lines = self.wrap(str(c), w - 2 * pad, size_pt, bold)
            a = (aligns[i] if aligns else "l")
            yy = self.y + pad
            for ln in lines:
                if a == "r":
                    self.text(x + w - pad, yy, ln, size_pt, bold, anchor="ra")
                elif a == "c":
                    self.text(x + w // 2, yy, ln, size_pt, bold, anchor="ma")
                else:
                    self.text(x + pad, yy, ln, size_pt, bold)
                yy += round(self.pt(size_pt) * 1.4)
            x += w
        self.y += h
        return h

    def fits(self, h: int) -> bool:
        return self.y + h <= self.h - self.margin


def widths_mm(p: Paper, mms) -> list[int]:
    return [p.mm(v) for v in mms]


class Doc:
    """Pages of a paper document; tables break across pages, repeating their header."""

    def __init__(self, dpi=200, body="song", size_mm=(210, 297), margin_mm=20, footer=None):
        self.dpi, self.body, self.size_mm, self.margin_mm = dpi, body, size_mm, margin_mm
        self.pages: list[Paper] = []
        self.footer = footer
        self.new_page()

    @property
    def p(self) -> Paper:
        return self.pages[-1]

    def new_page(self):
        self.pages.append(Paper(self.dpi, self.size_mm, self.body, self.margin_mm))
        return self.p

    def table(self, header, rows, mms, size_pt=10.5, aligns=None, header_bold=True):
        ws = widths_mm(self.p, mms)
        if header:
            if not self.p.fits(self.p.row_height(header, ws, size_pt, True) + self.p.pt(40)):
                self.new_page()
            self.p.table_row(header, ws, size_pt, header_bold, ["c"] * len(header))
        for r in rows:
            h = self.p.row_height(r, ws, size_pt)
            if not self.p.fits(h):
                self.new_page()
                if header:
                    self.p.table_row(header, ws, size_pt, header_bold, ["c"] * len(header))
            self.p.table_row(r, ws, size_pt, False, aligns)

    def finish(self):
        if self.footer:
            n = len(self.pages)
            for i, pg in enumerate(self.pages):
                pg.text(pg.w // 2, pg.h - pg.mm(12), self.footer.format(i=i + 1, n=n), 9, anchor="ma")
        return self.pages


# ---------------------------------------------------------------- marks on paper

def seal(img: Image.Image, cx: int, cy: int, radius: int, name: str, rng: random.Random, ink=(205, 35, 40),
         strength=0.85, bottom="") -> None:
    """A red round seal (公章) multiplied over the page, so the print under it stays visible."""
    size = radius * 2 + 8
    layer = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(layer)
    c = size // 2
    d.ellipse([c - radius, c - radius, c + radius, c + radius], outline=255, width=max(4, radius // 16))
    # star
    r1, r2 = radius * 0.26, radius * 0.105
    pts = []
    for k in range(10):
        a = -math.pi / 2 + k * math.pi / 5
        r = r1 if k % 2 == 0 else r2
        pts.append((c + r * math.cos(a), c + r * math.sin(a)))
    d.polygon(pts, fill=255)
    # name along the upper arc
    fpx = max(12, int(radius * 0.22))
    f = font("sansb", fpx)
    n = len(name)
    span = math.radians(min(250, 22 * n))
    for i, ch in enumerate(name):
        a = -math.pi / 2 - span / 2 + span * (i + 0.5) / n
        rr = radius - fpx * 0.95
        x, y = c + rr * math.cos(a), c + rr * math.sin(a)
        g = Image.new("L", (fpx * 2, fpx * 2), 0)
        ImageDraw.Draw(g).text((fpx, fpx), ch, font=f, fill=255, anchor="mm")
        g = g.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        layer.paste(255, (int(x - fpx), int(y - fpx)), g)
    if bottom:
        fb = font("sans", max(10, int(radius * 0.13)))
        d.text((c, c + radius * 0.55), bottom, font=fb, fill=255, anchor="mm")
    # uneven ink
    speck = noise_img((size, size), 60, rng).point(lambda v: 255 if v > 70 else int(v * 2))
    layer = ImageChops.multiply(layer, speck.filter(ImageFilter.GaussianBlur(1)))
    layer = layer.rotate(rng.uniform(-25, 25), resample=Image.BICUBIC)
    layer = layer.point(lambda v: int(v * strength))
    red = Image.new("RGB", (size, size), ink)
    base = img.crop((cx - c, cy - c, cx - c + size, cy - c + size))
    inked = ImageChops.multiply(base, red)
    base.paste(inked, (0, 0), layer)
    img.paste(base, (cx - c, cy - c))


def signature(img: Image.Image, x: int, y: int, w: int, rng: random.Random, ink=(25, 30, 90)) -> None:
    d = ImageDraw.Draw(img)
    pts, px, py = [], x, y
    for _ in range(int(w / 6)):
        px += rng.uniform(2, 9)
        py = y + 0.25 * w * math.sin(px / (w / 7)) * rng.uniform(0.3, 1.0) * 0.4
        pts.append((px, py))
    d.line(pts, fill=ink, width=max(4, w // 45), joint="curve")
    d.line([(x + w * 0.1, y + w * 0.12), (x + w * 0.9, y - w * 0.05)], fill=ink, width=max(3, w // 70))


def watermark(img: Image.Image, text="仅供申报使用", px=None, shade=200) -> None:
    w, h = img.size
    px = px or w // 12
    layer = Image.new("L", (w * 2, h * 2), 0)
    d = ImageDraw.Draw(layer)
    f = font("hei", px)
    step_y = px * 5
    for j, yy in enumerate(range(0, h * 2, step_y)):
        off = (j % 2) * px * 4
        for xx in range(-off, w * 2, px * 9):
            d.text((xx, yy), text, font=f, fill=255)
    layer = layer.rotate(30, resample=Image.BICUBIC).crop((w // 2, h // 2, w // 2 + w, h // 2 + h))
    grey = Image.new("RGB", (w, h), (shade, shade, shade))
    mask = layer.point(lambda v: v // 3)
    blended = ImageChops.darker(img, grey)
    img.paste(blended, (0, 0), mask)


# ---------------------------------------------------------------- scanner and camera

def scanned(page: Image.Image, rng: random.Random, mode="L", skew=0.6, dpi_in=200, dpi_out=200,
            tone=246, threshold=165) -> Image.Image:
    img = page
    if dpi_out != dpi_in:
        img = img.resize((round(img.width * dpi_out / dpi_in), round(img.height * dpi_out / dpi_in)), Image.LANCZOS)
    img = img.rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=(255, 255, 255))
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    g = noise_img(img.size, 10, rng)
    if mode == "1":
        gray = img.convert("L")
        gray = ImageChops.add(gray, g.point(lambda v: (v - 100) // 4 if v > 100 else 0))
        return gray.point(lambda v: 255 if v > threshold else 0, mode="1")
    paper = Image.new("RGB", img.size, (tone, tone - 2, tone - 8))
    img = ImageChops.multiply(img, paper)
    grain = Image.merge("RGB", [g, g, g]).point(lambda v: 255 - abs(v - 128) // 3)
    img = ImageChops.multiply(img, grain)
    return img.convert("L") if mode == "L" else img


def side_by_side(left: Image.Image, right: Image.Image, gap=40) -> Image.Image:
    w = left.width + right.width + gap * 3
    h = max(left.height, right.height) + gap * 2
    sheet = Image.new(left.mode if left.mode == right.mode else "RGB", (w, h), "white")
    sheet.paste(left, (gap, gap))
    sheet.paste(right, (gap * 2 + left.width, gap))
    return sheet


def blank_back(size, rng: random.Random, mode="L") -> Image.Image:
    img = Image.new("RGB", size, (244, 242, 236))
    d = ImageDraw.Draw(img)
    for _ in range(30):  # show-through specks
        x, y = rng.randrange(size[0]), rng.randrange(size[1])
        d.point((x, y), fill=(200, 200, 200))
    return img.convert(mode) if mode in ("L", "1") else img


def photo(page: Image.Image, rng: random.Random, out_w=1800, keystone=0.035, skew=2.0, desk=(118, 92, 70),
          light=0.32, margin=0.09) -> Image.Image:
    """A phone photo of a printed page lying on a desk: keystone, skew, soft light gradient, JPEG-ready."""
    pw, ph = page.size
    W = int(pw * (1 + 2 * margin))
    H = int(ph * (1 + 2 * margin))
    canvas = Image.new("RGB", (W, H), desk)
    # desk texture
    tex = noise_img((W // 8, H // 8), 30, rng).resize((W, H), Image.BICUBIC)
    canvas = ImageChops.multiply(canvas, Image.merge("RGB", [tex.point(lambda v: 200 + v // 5)] * 3))
    # keystone: top edge narrower than bottom
    k = keystone * pw
    dx = int(pw * margin)
    dy = int(ph * margin)
    quad_dst = [(dx + k, dy), (dx + pw - k, dy), (dx + pw, dy + ph), (dx, dy + ph)]
    coeffs = _perspective(quad_dst, [(0, 0), (pw, 0), (pw, ph), (0, ph)])
    warped = page.convert("RGB").transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=None)
    mask = Image.new("L", page.size, 255).transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    canvas.paste(warped, (0, 0), mask)
    canvas = canvas.rotate(skew, resample=Image.BICUBIC, fillcolor=desk)
    # lighting gradient (brighter at one corner)
    big = Image.linear_gradient("L").resize((2 * W, 2 * H)).rotate(rng.choice([35, 140, 215, 300]), resample=Image.BICUBIC)
    grad = big.crop((W // 2, H // 2, W // 2 + W, H // 2 + H)).filter(ImageFilter.GaussianBlur(8))
    shade = grad.point(lambda v: int(255 - light * 255 * (v / 255)))
    canvas = ImageChops.multiply(canvas, Image.merge("RGB", [shade, shade, shade.point(lambda v: max(0, v - 6))]))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.7))
    scale = out_w / W
    return canvas.resize((out_w, round(H * scale)), Image.LANCZOS)


def _perspective(dst, src):
    """Coefficients for Image.transform(PERSPECTIVE): map output (dst quad) to input (src quad)."""
    import numpy as np

    a, b = [], []
    for (x, y), (u, v) in zip(dst, src):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b += [u, v]
    sol = np.linalg.solve(np.array(a, dtype=float), np.array(b, dtype=float))
    return [float(round(c, 12)) for c in sol]


def screen_photo(screen: Image.Image, rng: random.Random, out_w=1600) -> Image.Image:
    """A phone photo of a monitor: bezel, slight keystone and skew, glare gradient, faint scan lines."""
    sw, sh = screen.size
    bez = max(12, sw // 60)
    mon = Image.new("RGB", (sw + 2 * bez, sh + 2 * bez), (22, 22, 24))
    scr = screen.convert("RGB")
    lines = Image.new("L", scr.size, 255)
    dl = ImageDraw.Draw(lines)
    for yy in range(0, sh, 5):
        dl.line([(0, yy), (sw, yy)], fill=236)
    scr = ImageChops.multiply(scr, Image.merge("RGB", [lines] * 3))
    mon.paste(scr, (bez, bez))
    return photo(mon, rng, out_w=out_w, keystone=0.03, skew=rng.uniform(-2.5, 2.5), desk=(60, 58, 62),
                 light=0.22, margin=0.05)


# ---------------------------------------------------------------- writers

def jpeg_bytes(img: Image.Image, quality=82, orientation: int | None = None, dpi=None) -> bytes:
    buf = io.BytesIO()
    kw = {"quality": quality, "optimize": False, "progressive": False, "subsampling": 2}
    if orientation:
        ex = Image.Exif()
        ex[0x0112] = orientation
        kw["exif"] = ex.tobytes()
    if dpi:
        kw["dpi"] = (dpi, dpi)
    img.save(buf, "JPEG", **kw)
    return buf.getvalue()


def png_bytes(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=False, compress_level=6)
    return buf.getvalue()


def tiff_bytes(pages: list[Image.Image], dpi=200) -> bytes:
    buf = io.BytesIO()
    first = pages[0]
    comp = "group4" if first.mode == "1" else "tiff_deflate"
    first.save(buf, "TIFF", save_all=True, append_images=pages[1:], compression=comp, dpi=(dpi, dpi))
    return buf.getvalue()


def image_pdf(pages: list[tuple[Image.Image, int, int]]) -> bytes:
    """pages: (image, dpi, rotate). Colour/grey pages as JPEG (DCT), 1-bit pages as Flate.
    Fixed metadata, no dates, no IDs: byte-identical for identical input."""
    objs: list[bytes] = []

    def add(b: bytes) -> int:
        objs.append(b)
        return len(objs)

    kids = []
    page_nums = []
    # reserve 1: catalog, 2: pages, 3: info
    objs.extend([b"", b"", b""])
    for img, dpi, rot in pages:
        w_pt = img.width * 72 / dpi
        h_pt = img.height * 72 / dpi
        if img.mode == "1":
            data = zlib.compress(img.tobytes("raw", "1"), 9)
            head = (f"<< /Type /XObject /Subtype /Image /Width {img.width} /Height {img.height} "
                    f"/ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /FlateDecode /Length {len(data)} >>")
        else:
            im = img if img.mode in ("L", "RGB") else img.convert("RGB")
            data = jpeg_bytes(im, quality=80)
            cs = "/DeviceGray" if im.mode == "L" else "/DeviceRGB"
            head = (f"<< /Type /XObject /Subtype /Image /Width {im.width} /Height {im.height} "
                    f"/ColorSpace {cs} /BitsPerComponent 8 /Filter /DCTDecode /Length {len(data)} >>")
        xo = add(head.encode() + b"\nstream\n" + data + b"\nendstream")
        content = f"q {w_pt:.2f} 0 0 {h_pt:.2f} 0 0 cm /Im0 Do Q".encode()
        co = add(f"<< /Length {len(content)} >>".encode() + b"\nstream\n" + content + b"\nendstream")
        rot_s = f" /Rotate {rot}" if rot else ""
        pg = add((f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {w_pt:.2f} {h_pt:.2f}]{rot_s} "
                  f"/Resources << /XObject << /Im0 {xo} 0 R >> >> /Contents {co} 0 R >>").encode())
        kids.append(pg)
        page_nums.append(pg)
    objs[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[1] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>".encode()
    objs[2] = b"<< /Producer (Office Scanner) /Creator (Scan to PDF) >>"
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, start=1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + o + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 3 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()
