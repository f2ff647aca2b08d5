"""reportlab set up for reproducible CJK PDFs: invariant mode, the embedded font, shared styles.

Owns the switches that make two builds byte-identical (rl_config.invariant fixes the document id
and dates) and the few paragraph/table styles the evidence PDFs share. Must not lay out pages.
"""

from __future__ import annotations

from functools import cache

from eval_sets.generator.fonts import register_pdf_font


def invariant_pdf() -> str:
    from reportlab import rl_config

    rl_config.invariant = 1
    return register_pdf_font()


@cache
def styles() -> dict:
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle

    font = invariant_pdf()
    return {
        "title": ParagraphStyle("title", fontName=font, fontSize=18, leading=28, alignment=TA_CENTER,
                                spaceAfter=10),
        "cover": ParagraphStyle("cover", fontName=font, fontSize=22, leading=40, alignment=TA_CENTER),
        "center": ParagraphStyle("center", fontName=font, fontSize=12, leading=20, alignment=TA_CENTER),
        "body": ParagraphStyle("body", fontName=font, fontSize=10.5, leading=18, firstLineIndent=21),
        "plain": ParagraphStyle("plain", fontName=font, fontSize=10.5, leading=16),
        "cell": ParagraphStyle("cell", fontName=font, fontSize=9, leading=12),
    }


def ruled_table(rows: list[list], widths: list[float], header_rows: int = 1, numeric_from: int = 99):
    """A fully ruled table (pdfplumber finds tables by their lines)."""
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    font = invariant_pdf()
    table = Table(rows, colWidths=widths, repeatRows=header_rows)
    commands = [
        ("FONT", (0, 0), (-1, -1), font, 9),
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.Color(0.9, 0.92, 0.95)),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if numeric_from < len(widths):
        commands.append(("ALIGN", (numeric_from, header_rows), (-1, -1), "RIGHT"))
    table.setStyle(TableStyle(commands))
    return table
