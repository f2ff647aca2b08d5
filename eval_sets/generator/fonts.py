"""The CJK fonts the generator, the test fixtures and the sample scan draw with, found by name.

Owns locating fonts and registering the one reportlab embeds. Fonts are looked up by family name
through fontconfig (`fc-match`), never by an install path, so any distribution's layout works;
without fontconfig a short list of file names is searched under the XDG data folders.
`SHENBAO_FONT_DIRS` (folders separated by `:`) replaces both: only those folders are searched, so
an empty folder simulates a machine without the fonts (the suite then skips, saying why).

WenQuanYi Micro Hei is the drawing font: reportlab can only embed TrueType outlines (not the CFF
of Noto CJK), and the committed eval set and fixtures were drawn with it. Noto CJK is looked up
only to tell whether LibreOffice lays Chinese DOCX out as it did for the committed page numbers.
Must not draw anything.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PIL import ImageFont

FONT_DIRS_ENV = "SHENBAO_FONT_DIRS"
PDF_FONT = "CJK"


@dataclass(frozen=True)
class FontSpec:
    family: str  # as fontconfig names it, a style after a colon (「Noto Sans CJK SC:style=Bold」)
    file_names: tuple[str, ...]  # searched when fontconfig is absent or overridden
    debian_package: str


DRAWING_FONT = FontSpec("WenQuanYi Micro Hei", ("wqy-microhei.ttc",), "fonts-wqy-microhei")
LAYOUT_FONT = FontSpec("Noto Sans CJK SC", ("NotoSansCJK-Regular.ttc", "NotoSansCJKsc-Regular.otf"), "fonts-noto-cjk")


class FontMissing(RuntimeError):
    """A font the caller needs is not on this machine."""


def _override_dirs() -> list[Path] | None:
    value = os.environ.get(FONT_DIRS_ENV)
    if value is None:
        return None
    return [Path(part) for part in value.split(os.pathsep) if part]


def _xdg_font_dirs() -> list[Path]:
    data_dirs = os.environ.get("XDG_DATA_DIRS") or os.pathsep.join(("/usr/local/share", "/usr/share"))
    folders = [Path(d) / "fonts" for d in data_dirs.split(os.pathsep) if d]
    home = os.path.expanduser("~")
    if home != "~":
        folders[:0] = [Path(os.environ.get("XDG_DATA_HOME") or Path(home) / ".local" / "share") / "fonts",
                       Path(home) / ".fonts"]
    return folders


def _search(spec: FontSpec, folders: list[Path]) -> Path | None:
    for folder in folders:
        if not folder.is_dir():
            continue
        for name in spec.file_names:
            for path in sorted(folder.rglob(name)):
                if path.is_file():
                    return path
    return None


def _fontconfig(spec: FontSpec) -> Path | None:
    """fc-match always answers with some font; accept it only if it is the family asked for."""
    fc_match = shutil.which("fc-match")
    if fc_match is None:
        return None
    try:
        result = subprocess.run([fc_match, "--format=%{family}\n%{file}", spec.family],
                                capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    families, _, file = result.stdout.partition("\n")
    family = spec.family.split(":", 1)[0].lower()  # 「Noto Sans CJK SC:style=Bold」: a weight of that family
    if result.returncode != 0 or family not in (f.strip().lower() for f in families.split(",")):
        return None
    path = Path(file.strip())
    return path if path.is_file() else None


@cache
def find_font(spec: FontSpec = DRAWING_FONT) -> Path | None:
    override = _override_dirs()
    if override is not None:
        return _search(spec, override)
    return _fontconfig(spec) or _search(spec, _xdg_font_dirs())


def missing_reason(spec: FontSpec = DRAWING_FONT) -> str:
    where = (f"{FONT_DIRS_ENV}={os.environ[FONT_DIRS_ENV]}" if _override_dirs() is not None
             else "fontconfig (fc-match) and the XDG font folders")
    return (f"CJK font {spec.family!r} not found in {where}; install the Debian package "
            f"{spec.debian_package} (scripts/system_deps.sh does)")


def require_font(spec: FontSpec) -> Path:
    """The font, found by name; FontMissing (saying what to install) without it."""
    path = find_font(spec)
    if path is None:
        raise FontMissing(missing_reason(spec))
    return path


def noto(family: str, file_name: str) -> Path:
    """A Noto CJK face by family (a weight after a colon) or, without fontconfig, by file name."""
    return require_font(FontSpec(family, (file_name,), "fonts-noto-cjk"))


def cjk_ttf() -> Path:
    """The TrueType CJK font every drawing uses."""
    return require_font(DRAWING_FONT)


@cache
def register_pdf_font() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(PDF_FONT, str(cjk_ttf()), subfontIndex=0))
    return PDF_FONT


@cache
def pil_font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(cjk_ttf()), size=size, index=0)
