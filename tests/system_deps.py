"""What the suite needs from the machine beyond Python, looked up the way the code looks it up.

`scripts/system_deps.sh` installs these Debian packages when it can; when it cannot, tests marked
`requires_soffice`, `requires_cjk_font`, `requires_chromium` or `requires_postgresql` skip with the
reason below (printed
in pytest's summary, `-ra`). Programs are found on PATH and fonts by family name
(`eval_sets.generator.fonts`, which honours SHENBAO_FONT_DIRS), so a run with a PATH and a font
folder that lack them simulates a bare machine.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from functools import cache

import pg_server

from eval_sets.generator import fonts
from extractors.office_server import find_uno_python

SCRIPT = "scripts/system_deps.sh"


@dataclass(frozen=True)
class Requirement:
    marker: str
    satisfied: bool
    reason: str  # why the tests are skipped when not satisfied


@cache
def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


@cache
def requirements() -> dict[str, Requirement]:
    soffice = shutil.which("soffice") is not None
    layout_font = fonts.find_font(fonts.LAYOUT_FONT) is not None
    drawing_font = fonts.find_font(fonts.DRAWING_FONT) is not None
    if not soffice:
        soffice_reason = ("LibreOffice not found (no soffice on PATH); install the Debian package "
                          f"libreoffice-writer-nogui ({SCRIPT} does)")
    else:
        # The committed page numbers of DOCX files were laid out by LibreOffice with Noto CJK.
        soffice_reason = f"LibreOffice lays Chinese out without Noto CJK here: {fonts.missing_reason(fonts.LAYOUT_FONT)}"
    return {
        "requires_soffice": Requirement("requires_soffice", soffice and layout_font, soffice_reason),
        # The fixtures draw with WenQuanYi Micro Hei; the independent eval set also with Noto CJK.
        "requires_cjk_font": Requirement(
            "requires_cjk_font", drawing_font and layout_font,
            fonts.missing_reason(fonts.DRAWING_FONT if not drawing_font else fonts.LAYOUT_FONT)),
        "requires_chromium": Requirement(
            "requires_chromium", chromium() is not None,
            f"Chromium not found (no chromium on PATH); install the Debian package chromium ({SCRIPT} does)"),
        # The long-lived converter drives LibreOffice over UNO (extractors.office_server).
        "requires_uno": Requirement(
            "requires_uno", find_uno_python() is not None,
            "no Python with LibreOffice's uno module; install the Debian package python3-uno"),
        # The store's tests on PostgreSQL start a server of their own (tests/pg_server.py).
        "requires_postgresql": Requirement(
            "requires_postgresql", pg_server.missing_reason() is None, pg_server.missing_reason() or ""),
    }
