"""Fonts found by name through fontconfig (never by a hard-coded path)."""

from __future__ import annotations

import functools
import subprocess

from PIL import ImageFont


@functools.cache
def font_file(pattern: str) -> str:
    return subprocess.check_output(["fc-match", "-f", "%{file}", pattern], text=True).strip()


@functools.cache
def face_index(path: str, family: str, style: str = "Regular") -> int:
    for i in range(16):
        try:
            name = ImageFont.truetype(path, 12, index=i).getname()
        except OSError:
            break
        if name[0] == family and name[1] == style:
            return i
    return 0


@functools.cache
def pil_font(family: str, size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    style = "Bold" if bold else "Regular"
    path = font_file(f"{family}:{style.lower()}")
    return ImageFont.truetype(path, size, index=face_index(path, family, style))


_REGISTERED: set[str] = set()


def rl_font(name: str) -> str:
    """Register a reportlab font: 'WQY' (WenQuanYi Micro Hei, embedded), 'WQYMono', or 'STSong-Light' (CID)."""
    if name in _REGISTERED:
        return name
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.ttfonts import TTFont

    if name == "STSong-Light":
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    elif name in ("WQY", "WQYMono"):
        path = font_file("WenQuanYi Micro Hei")
        family = "WenQuanYi Micro Hei" + (" Mono" if name == "WQYMono" else "")
        pdfmetrics.registerFont(TTFont(name, path, subfontIndex=face_index(path, family)))
    else:
        raise KeyError(name)
    _REGISTERED.add(name)
    return name
