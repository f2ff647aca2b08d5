"""The CJK fonts the generator draws with, found once.

Owns locating a TrueType CJK font that reportlab can embed (reportlab cannot embed CFF-flavoured
OpenType such as Noto CJK .ttc, so WenQuanYi Micro Hei is preferred) and registering it. PIL can
use either. Must not draw anything.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PIL import ImageFont

TTF_CANDIDATES = (
    Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
    Path("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc"),
    Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
)
PDF_FONT = "CJK"


class FontMissing(RuntimeError):
    """No embeddable CJK TrueType font on this machine (install fonts-wqy-microhei)."""


@cache
def cjk_ttf() -> Path:
    for path in TTF_CANDIDATES:
        if path.is_file():
            return path
    raise FontMissing("no CJK TrueType font found; install fonts-wqy-microhei")


@cache
def register_pdf_font() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(PDF_FONT, str(cjk_ttf()), subfontIndex=0))
    return PDF_FONT


@cache
def pil_font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(cjk_ttf()), size=size, index=0)
