"""Generic evidence builders. Each writes one file and records the facts it prints.

A fact spec is a dict: {label, unit, norm, comp?} attached to a printed value; the builder fills in the
file, page, quote (the printed text) and the row/column captions."""
from __future__ import annotations

import csv
import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Spacer

import charts
import kit
from kit import Page, images_to_pdf, save_png, scanify, seal, xlsx_save


def F(label, norm, unit="个", comp=""):
    return {"label": label, "norm": norm, "unit": unit, "comp": comp}


def _emit(pkg, rel, page, spec, value, quote=None, row="", col="", img=False):
    if spec is None:
        return
    pkg.fact(spec["label"], value, spec["unit"], spec["norm"], rel, page, quote or value, row=row, col=col,
             comp=spec.get("comp", ""), img=img)


# ---------------------------------------------------------------------------------------- text PDF tables
def table_pdf(pkg, rel, role, pages, font="STSong-Light", header="", land=False, footer="第 {n} 页 共 {t} 页"):
    """pages: list of blocks; block items: ("p", text, size) | ("t", rows, widths_mm, specs) where specs is
    {(r, c): spec} and rows[0] is the header row (column captions)."""
    path = pkg.add_file(rel, role)
    story_pages = []
    total = len(pages)
    for pi, block in enumerate(pages, 1):
        flow = []
        for it in block:
            if it[0] == "p":
                size = it[2] if len(it) > 2 else 10.5
                align = it[3] if len(it) > 3 else 0
                flow.append(kit.para(it[1], font, size, align=align))
                flow.append(Spacer(1, 2 * mm))
            elif it[0] == "sp":
                flow.append(Spacer(1, it[1] * mm))
            else:
                _, rows, widths, specs = it[:4]
                opts = it[4] if len(it) > 4 else {}
                flow.append(kit.table(rows, [w * mm for w in widths], font=font, size=opts.get("size", 9),
                                      header_rows=opts.get("head", 1), grid=opts.get("grid", True),
                                      align_right_from=opts.get("right", 1)))
                flow.append(Spacer(1, 3 * mm))
                for (r, c), spec in (specs or {}).items():
                    val = str(rows[r][c])
                    col = opts.get("colcap", {}).get(c, str(rows[0][c]))
                    _emit(pkg, rel, pi, spec, val, row=str(rows[r][0]) if c else "", col=col)
        story_pages.append(flow)
    kit.build_pdf(path, story_pages, font=font, header=header,
                  footer_fmt=footer.replace("{t}", str(total)) if footer else "",
                  pagesize=landscape(A4) if land else A4)
    return path


# ---------------------------------------------------------------------------------------- XLSX workbook
def workbook(pkg, rel, role, sheets):
    """sheets: list of (name, rows, specs, opts); specs {(r, c): spec}; quote = str(cell value)."""
    path = pkg.add_file(rel, role)
    wb = Workbook()
    for si, (name, rows, specs, opts) in enumerate(sheets, 1):
        ws = wb.active if si == 1 else wb.create_sheet()
        ws.title = name
        head = opts.get("head", 1)
        for ri, row in enumerate(rows, 1):
            for ci, v in enumerate(row, 1):
                c = ws.cell(ri, ci, v)
                if ri <= head:
                    c.font = Font(bold=True)
                    c.fill = PatternFill("solid", fgColor=opts.get("fill", "D9E1F2"))
                c.alignment = Alignment(wrap_text=True, vertical="center")
        for ci, w in enumerate(opts.get("widths", []), 1):
            ws.column_dimensions[ws.cell(1, ci).column_letter].width = w
        for (r, c), spec in (specs or {}).items():
            v = rows[r][c]
            val = str(v)
            hr = opts.get("caprow", head - 1 if head else 0)
            _emit(pkg, rel, si, spec, val, row=str(rows[r][0]) if c else "", col=str(rows[hr][c]) if c else "")
    xlsx_save(wb, path)
    return path


def csv_file(pkg, rel, role, rows, specs, encoding="utf-8-sig"):
    path = pkg.add_file(rel, role)
    path.parent.mkdir(parents=True, exist_ok=True)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    path.write_bytes(buf.getvalue().encode(encoding))
    for (r, c), spec in specs.items():
        _emit(pkg, rel, 1, spec, str(rows[r][c]), row=str(rows[r][0]), col=str(rows[0][c]))
    return path


# ---------------------------------------------------------------------------------------- images
def png(pkg, rel, role, img, facts):
    """facts: list of (spec, value_text, caption)."""
    path = pkg.add_file(rel, role)
    save_png(img, path)
    for spec, val, cap in facts:
        _emit(pkg, rel, 1, spec, val, row=cap, img=True)
    return path


def image_pdf(pkg, rel, role, pages):
    """pages: list of (PIL image, [(spec, value_text, caption)])."""
    path = pkg.add_file(rel, role)
    images_to_pdf(path, [p[0] for p in pages])
    for pi, (_, facts) in enumerate(pages, 1):
        for spec, val, cap in facts:
            _emit(pkg, rel, pi, spec, val, row=cap, img=True)
    return path


def letter_page(title, lines, table_rows=None, widths=None, seal_text=None, seed=0, sign=None, date=None, bw=False,
                pre=None):
    """A scanned letter/report page: title, paragraphs, optional grid, signature, seal."""
    p = Page()
    p.y = 150
    if pre:
        p.text(pre, 22, kind="serif", dy=60)
    p.text(title, 38, kind="bold", center=True, dy=100)
    for ln in lines:
        if ln.startswith("#"):
            p.text(ln[1:], 24, kind="bold", dy=50)
        else:
            p.wrap(ln, 23)
    if table_rows:
        p.y += 10
        p.grid(table_rows, widths, size=19)
    if sign:
        p.y = max(p.y + 60, 1250)
        p.text(sign, 25, x=640, dy=60)
        p.text(date or "", 25, x=690)
    img = p.img
    if seal_text:
        img = seal(img, (830, p.y - 90), 140, seal_text, seed=seed, sub="")
    return scanify(img, seed=seed, bw=bw and not seal_text)
