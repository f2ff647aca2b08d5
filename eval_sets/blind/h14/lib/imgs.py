"""PIL drawings: seals, scan effects, dashboards/screenshots, bar/line charts, timelines."""
from __future__ import annotations

import math
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from eval_sets.generator.fonts import DRAWING_FONT, noto, require_font

# Fonts found by name (fontconfig, else the XDG font folders), never by a path of one machine.
WQY = str(require_font(DRAWING_FONT))
NOTO_SANS = str(noto("Noto Sans CJK SC", "NotoSansCJK-Regular.ttc"))
NOTO_SERIF = str(noto("Noto Serif CJK SC", "NotoSerifCJK-Regular.ttc"))
NOTO_BOLD = str(noto("Noto Sans CJK SC:style=Bold", "NotoSansCJK-Bold.ttc"))


def font(size, which="wqy"):
    path = {"wqy": WQY, "sans": NOTO_SANS, "serif": NOTO_SERIF, "bold": NOTO_BOLD}[which]
    try:
        return ImageFont.truetype(path, size, index=2 if which in ("sans", "serif", "bold") else 0)
    except OSError:
        return ImageFont.truetype(WQY, size)


def seal(name, size=300, seed=0, inner="", color=(214, 30, 36)):
    """Round red company seal as RGBA image."""
    im = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    c = size / 2
    d.ellipse([6, 6, size - 6, size - 6], outline=color + (230,), width=max(6, size // 40))
    # star
    r1, r2 = size * 0.13, size * 0.055
    pts = []
    for i in range(10):
        ang = -math.pi / 2 + i * math.pi / 5
        r = r1 if i % 2 == 0 else r2
        pts.append((c + r * math.cos(ang), c + r * math.sin(ang)))
    d.polygon(pts, fill=color + (230,))
    # name along arc
    n = len(name)
    span = min(250, 20 * n)
    fs = int(size * 0.11)
    f = font(fs, "bold")
    for i, ch in enumerate(name):
        ang = math.radians(-90 - span / 2 + span * (i + 0.5) / n)
        x = c + (size * 0.36) * math.cos(ang)
        y = c + (size * 0.36) * math.sin(ang)
        g = Image.new("RGBA", (fs + 8, fs + 8), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((4, 2), ch, font=f, fill=color + (235,))
        g = g.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC, expand=True)
        im.alpha_composite(g, (int(x - g.width / 2), int(y - g.height / 2)))
    if inner:
        f2 = font(int(size * 0.075), "bold")
        tw = d.textlength(inner, font=f2)
        d.text((c - tw / 2, c + size * 0.2), inner, font=f2, fill=color + (235,))
    # ink unevenness
    arr = np.array(im)
    nrng = np.random.default_rng(seed)
    mask = nrng.random(arr.shape[:2]) < 0.12
    arr[..., 3][mask] = (arr[..., 3][mask] * 0.45).astype(np.uint8)
    return Image.fromarray(arr)


def stamp(page: Image.Image, seal_img, xy, angle=0):
    s = seal_img.rotate(angle, resample=Image.BICUBIC, expand=True)
    out = page.convert("RGBA")
    tmp = Image.new("RGBA", out.size, (0, 0, 0, 0))
    tmp.paste(s, (int(xy[0] - s.width / 2), int(xy[1] - s.height / 2)), s)
    # multiply-like blend
    return Image.alpha_composite(out, tmp).convert("RGB")


def scan_effect(page: Image.Image, seed=0, skew=None, tone=(246, 241, 228), blur=0.6, noise=7.0, bw=False):
    rng = random.Random(seed)
    angle = skew if skew is not None else rng.uniform(-1.6, 1.6)
    im = page.convert("RGB")
    arr = np.asarray(im).astype(np.float32) / 255.0
    tone_arr = np.array(tone, dtype=np.float32) / 255.0
    arr = arr * tone_arr  # paper tone multiplies
    im = Image.fromarray((arr * 255).clip(0, 255).astype(np.uint8))
    im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=tuple(int(t * 0.92) for t in tone))
    im = im.filter(ImageFilter.GaussianBlur(blur))
    nrng = np.random.default_rng(seed)
    a = np.asarray(im).astype(np.float32)
    a += nrng.normal(0, noise, a.shape[:2])[..., None]
    im = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    if bw:
        im = im.convert("L").convert("RGB")
    return im


def text(d, xy, s, size, color=(30, 30, 30), which="wqy", anchor="la"):
    d.text(xy, str(s), font=font(size, which), fill=color, anchor=anchor)


def bar_chart(title, cats, series, colors=None, size=(1100, 620), unit="", seed=0, value_fmt="{:,.2f}",
              line_series=None):
    """Grouped bar chart with value labels. series: list of (name, [values]). line_series: (name,[values]) on
    a right axis drawn as line with labels (e.g. growth %)."""
    W, H = size
    im = Image.new("RGB", size, "white")
    d = ImageDraw.Draw(im)
    text(d, (W / 2, 28), title, 28, anchor="ma", which="sans")
    colors = colors or [(52, 101, 164), (237, 125, 49), (112, 173, 71), (165, 165, 165)]
    left, right, top, bottom = 110, W - 110, 100, H - 90
    vmax = max(max(v) for _, v in series) * 1.18
    d.line([left, bottom, right, bottom], fill=(80, 80, 80), width=2)
    d.line([left, top, left, bottom], fill=(80, 80, 80), width=2)
    for k in range(6):
        yv = vmax * k / 5
        y = bottom - (bottom - top) * k / 5
        d.line([left, y, right, y], fill=(225, 225, 225), width=1)
        text(d, (left - 10, y), f"{yv:,.0f}", 16, anchor="rm", color=(90, 90, 90))
    if unit:
        text(d, (left - 60, top - 40), unit, 18, color=(90, 90, 90))
    ng, ns = len(cats), len(series)
    gw = (right - left) / ng
    bw = gw * 0.6 / ns
    for gi, cat in enumerate(cats):
        gx = left + gi * gw + gw * 0.2
        for si, (name, vals) in enumerate(series):
            v = vals[gi]
            x0 = gx + si * bw
            y0 = bottom - (bottom - top) * v / vmax
            d.rectangle([x0, y0, x0 + bw - 6, bottom], fill=colors[si % len(colors)])
            text(d, (x0 + (bw - 6) / 2, y0 - 6), value_fmt.format(v), 17, anchor="md")
        text(d, (left + gi * gw + gw / 2, bottom + 12), cat, 20, anchor="ma")
    if line_series:
        lname, lvals = line_series
        lmax = max(lvals) * 1.5 if max(lvals) > 0 else 1
        pts = []
        for gi, v in enumerate(lvals):
            if v is None:
                continue
            x = left + gi * gw + gw / 2
            y = bottom - (bottom - top) * v / lmax
            pts.append((x, y, v))
        for a, b in zip(pts, pts[1:]):
            d.line([a[0], a[1], b[0], b[1]], fill=(192, 0, 0), width=3)
        for x, y, v in pts:
            d.ellipse([x - 6, y - 6, x + 6, y + 6], fill=(192, 0, 0))
            text(d, (x + 10, y - 26), f"{v:.2f}%", 17, color=(192, 0, 0))
    # legend
    lx = left
    names = [n for n, _ in series] + ([line_series[0]] if line_series else [])
    for i, n in enumerate(names):
        col = colors[i % len(colors)] if i < len(series) else (192, 0, 0)
        d.rectangle([lx, H - 42, lx + 22, H - 24], fill=col)
        text(d, (lx + 30, H - 44), n, 18)
        lx += 40 + d.textlength(n, font=font(18)) + 20
    return im


def timeline(title, events, size=(1200, 420)):
    W, H = size
    im = Image.new("RGB", size, (250, 251, 253))
    d = ImageDraw.Draw(im)
    text(d, (40, 24), title, 28, which="sans")
    y = H / 2 + 10
    d.line([60, y, W - 60, y], fill=(40, 90, 160), width=5)
    n = len(events)
    for i, (when, what) in enumerate(events):
        x = 90 + i * (W - 180) / max(1, n - 1)
        d.ellipse([x - 11, y - 11, x + 11, y + 11], fill=(40, 90, 160))
        up = i % 2 == 0
        text(d, (x, y - 70 if up else y + 26), when, 20, anchor="ma", color=(40, 90, 160), which="sans")
        # wrap what
        lines, cur = [], ""
        for ch in what:
            cur += ch
            if len(cur) >= 10:
                lines.append(cur)
                cur = ""
        if cur:
            lines.append(cur)
        for k, ln in enumerate(lines):
            yy = (y - 44 + k * 22) if up else (y + 52 + k * 22)
            text(d, (x, yy), ln, 17, anchor="ma")
    return im


class Dash:
    """A web dashboard screenshot builder (browser chrome + cards + tables)."""

    def __init__(self, title, url, size=(1600, 1000), theme="dark", seed=0):
        self.W, self.H = size
        self.theme = theme
        bg = (14, 28, 52) if theme == "dark" else (242, 244, 248)
        self.fg = (230, 236, 245) if theme == "dark" else (35, 40, 50)
        self.card = (24, 45, 80) if theme == "dark" else (255, 255, 255)
        self.accent = (0, 204, 255) if theme == "dark" else (22, 119, 255)
        self.im = Image.new("RGB", size, bg)
        self.d = ImageDraw.Draw(self.im)
        d = self.d
        d.rectangle([0, 0, self.W, 38], fill=(222, 225, 230))
        for i, col in enumerate([(255, 95, 87), (255, 189, 46), (40, 201, 64)]):
            d.ellipse([14 + i * 24, 12, 28 + i * 24, 26], fill=col)
        d.rounded_rectangle([110, 7, self.W - 200, 31], radius=10, fill="white")
        text(d, (126, 10), url, 15, color=(80, 80, 80))
        d.rectangle([0, 38, self.W, 96], fill=(10, 20, 40) if theme == "dark" else (255, 255, 255))
        text(d, (30, 50), title, 28, color=self.accent if theme == "dark" else (20, 20, 20), which="sans")
        self.facts = []

    def stamp_time(self, s):
        text(self.d, (self.W - 30, 58), s, 16, color=(150, 160, 175), anchor="ra")

    def card_(self, box, caption, value, unit="", sub=None):
        x0, y0, x1, y1 = box
        self.d.rounded_rectangle(box, radius=10, fill=self.card)
        text(self.d, (x0 + 20, y0 + 16), caption, 19, color=(150, 170, 195) if self.theme == "dark" else (110, 110, 120))
        text(self.d, (x0 + 20, y0 + 50), value, 40, color=self.accent, which="bold")
        if unit:
            vw = self.d.textlength(str(value), font=font(40, "bold"))
            text(self.d, (x0 + 28 + vw, y0 + 68), unit, 18, color=self.fg)
        if sub:
            text(self.d, (x0 + 20, y1 - 32), sub, 15, color=(150, 170, 195) if self.theme == "dark" else (120, 120, 130))
        if hasattr(value, "meta"):
            self.facts.append(value)

    def grid(self, items, top=120, cols=4, h=150, gap=20, left=30, right=None):
        right = right or self.W - 30
        w = (right - left - gap * (cols - 1)) / cols
        for i, it in enumerate(items):
            r, c = divmod(i, cols)
            x0 = left + c * (w + gap)
            y0 = top + r * (h + gap)
            self.card_((x0, y0, x0 + w, y0 + h), *it)
        rows = (len(items) + cols - 1) // cols
        return top + rows * (h + gap)

    def table(self, x, y, headers, rows, widths, rh=34, size=17):
        d = self.d
        tw = sum(widths)
        d.rectangle([x, y, x + tw, y + rh], fill=(30, 60, 105) if self.theme == "dark" else (232, 238, 247))
        cx = x
        for h_, w in zip(headers, widths):
            text(d, (cx + 10, y + 7), h_, size, color=self.fg)
            cx += w
        for ri, row in enumerate(rows):
            yy = y + rh * (ri + 1)
            if ri % 2:
                d.rectangle([x, yy, x + tw, yy + rh], fill=(20, 38, 68) if self.theme == "dark" else (248, 249, 252))
            cx = x
            for v, w in zip(row, widths):
                text(d, (cx + 10, yy + 7), v, size, color=self.fg)
                if hasattr(v, "meta"):
                    self.facts.append(v)
                cx += w
        return y + rh * (len(rows) + 1)

    def label(self, xy, s, size=18, color=None):
        text(self.d, xy, s, size, color=color or self.fg)
        if hasattr(s, "meta"):
            self.facts.append(s)

    def bars(self, box, cats, vals, title=""):
        x0, y0, x1, y1 = box
        d = self.d
        d.rounded_rectangle(box, radius=10, fill=self.card)
        text(d, (x0 + 16, y0 + 12), title, 19, color=self.fg)
        vmax = max(vals) * 1.2
        n = len(cats)
        bw = (x1 - x0 - 60) / n
        base = y1 - 40
        for i, (c, v) in enumerate(zip(cats, vals)):
            bx = x0 + 30 + i * bw
            by = base - (base - y0 - 60) * v / vmax
            d.rectangle([bx + 8, by, bx + bw - 8, base], fill=self.accent)
            text(d, (bx + bw / 2, by - 4), f"{v:,}", 15, anchor="md", color=self.fg)
            if hasattr(v, "meta"):
                self.facts.append(v)
            text(d, (bx + bw / 2, base + 8), c, 15, anchor="ma", color=self.fg)
