"""Drawing and office helpers of blind set h78 (tables that run across pages).

Written for this set only: reportlab canvas layouts (our own page breaking, so page subtotals,
continuation captions and rows split over a page break are placed deliberately), scans made by
rasterising those pages with pypdfium2 and ageing them with PIL, and DOCX/XLSX writers with fixed
zip dates. Nothing here reads shenbao.
"""

from __future__ import annotations

import io
import math
import random
import zipfile
from datetime import datetime
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from eval_sets.generator import fonts  # only to find WenQuanYi Micro Hei

FONT = fonts.register_pdf_font()
FIXED_DT = datetime(2024, 7, 15, 9, 30, 0)
ZIP_DT = (2024, 7, 15, 9, 30, 0)
FIXED_ST = __import__("time").struct_time((2024, 7, 15, 9, 30, 0, 0, 197, 0))

__all__ = ["A3", "A4", "landscape", "mm"]


def pil_font(size: int):
    return fonts.pil_font(size)


def sw(text: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, FONT, size)


def wrap(text: str, width: float, size: float) -> list[str]:
    """Greedy character wrap (Chinese text has no spaces)."""
    lines, cur = [], ""
    for ch in text:
        if ch == "\n":
            lines.append(cur)
            cur = ""
            continue
        if sw(cur + ch, size) > width and cur:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines or [""]


def canvas(target, pagesize=A4) -> Canvas:
    if isinstance(target, Path):
        target = str(target)
    c = Canvas(target, pagesize=pagesize, invariant=1, pageCompression=1)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    return c


# ---------------------------------------------------------------------------------------------
# Running text documents (audit report, narratives in PDF form, letters)
# ---------------------------------------------------------------------------------------------

class Flow:
    """A minimal flowing writer on a reportlab canvas: headings, paragraphs, simple tables."""

    def __init__(self, target, pagesize=A4, margin=22 * mm, header: str = "", footer_fmt: str = "— {n} —"):
        self.c = canvas(target, pagesize)
        self.w, self.h = pagesize
        self.m = margin
        self.header = header
        self.footer_fmt = footer_fmt
        self.page = 1
        self.y = self.h - self.m
        self._decor()

    def _decor(self):
        c = self.c
        if self.header:
            c.setFont(FONT, 8)
            c.setFillGray(0.35)
            c.drawString(self.m, self.h - 12 * mm, self.header)
            c.setLineWidth(0.4)
            c.line(self.m, self.h - 13.5 * mm, self.w - self.m, self.h - 13.5 * mm)
            c.setFillGray(0)
        if self.footer_fmt:
            c.setFont(FONT, 8)
            c.drawCentredString(self.w / 2, 10 * mm, self.footer_fmt.format(n=self.page))

    def new_page(self):
        self.c.showPage()
        self.page += 1
        self.y = self.h - self.m
        self._decor()

    def need(self, height):
        if self.y - height < self.m:
            self.new_page()

    def space(self, h):
        self.y -= h

    def title(self, text, size=16, gap=10):
        self.need(size + gap)
        self.c.setFont(FONT, size)
        self.c.drawCentredString(self.w / 2, self.y - size, text)
        self.y -= size + gap

    def heading(self, text, size=12, gap=6):
        self.need(size + gap + 14)
        self.c.setFont(FONT, size)
        self.c.drawString(self.m, self.y - size, text)
        self.y -= size + gap

    def para(self, text, size=10.5, indent=True, leading=1.55):
        width = self.w - 2 * self.m
        body = ("\u3000\u3000" if indent else "") + text
        for line in wrap(body, width, size):
            self.need(size * leading)
            self.c.setFont(FONT, size)
            self.c.drawString(self.m, self.y - size, line)
            self.y -= size * leading
        self.y -= 3

    def right(self, text, size=10.5):
        self.need(size * 1.6)
        self.c.setFont(FONT, size)
        self.c.drawRightString(self.w - self.m, self.y - size, text)
        self.y -= size * 1.6

    def table(self, header: list[str], rows: list[list[str]], widths: list[float], size=9, aligns=None,
              row_h=None, bold_rows=()):
        """widths in mm; numbers right-aligned when aligns says 'r'."""
        aligns = aligns or ["l"] * len(header)
        ws = [w * mm for w in widths]
        x0 = self.m
        rh = row_h or size * 2.0

        def draw_row(cells, y, shade=False):
            c = self.c
            x = x0
            if shade:
                c.setFillGray(0.9)
                c.rect(x0, y - rh, sum(ws), rh, stroke=0, fill=1)
                c.setFillGray(0)
            c.setLineWidth(0.5)
            for cell, w, a in zip(cells, ws, aligns):
                c.rect(x, y - rh, w, rh, stroke=1, fill=0)
                c.setFont(FONT, size)
                t = str(cell)
                ty = y - rh / 2 - size * 0.35
                if a == "r":
                    c.drawRightString(x + w - 2, ty, t)
                elif a == "c":
                    c.drawCentredString(x + w / 2, ty, t)
                else:
                    c.drawString(x + 2, ty, t)
                x += w

        self.need(rh * 2)
        draw_row(header, self.y, shade=True)
        self.y -= rh
        for i, r in enumerate(rows):
            if self.y - rh < self.m:
                self.new_page()
                draw_row(header, self.y, shade=True)
                self.y -= rh
            draw_row(r, self.y, shade=(i in bold_rows))
            self.y -= rh
        self.y -= 6

    def save(self):
        self.c.showPage()
        self.c.save()


# ---------------------------------------------------------------------------------------------
# Long lists: our own page breaking
# ---------------------------------------------------------------------------------------------

class ListSpec:
    def __init__(self, *, pagesize, columns, title, subtitle="", repeat_header=True, cont_caption="续表{t}",
                 table_no="1", page_subtotal=False, sum_cols=(), font_size=7.5, line_h=None,
                 margin=14 * mm, footer="第 {p} 页 共 {n} 页", page_header="", subtotal_label="本页小计",
                 total_label="合计", wrap_col=None):
        self.pagesize = pagesize
        self.columns = columns  # [(name, width_mm, align)]
        self.title = title
        self.subtitle = subtitle
        self.repeat_header = repeat_header
        self.cont_caption = cont_caption
        self.table_no = table_no
        self.page_subtotal = page_subtotal
        self.sum_cols = list(sum_cols)
        self.fs = font_size
        self.lh = line_h or font_size * 2.15
        self.margin = margin
        self.footer = footer
        self.page_header = page_header
        self.subtotal_label = subtotal_label
        self.total_label = total_label
        self.wrap_col = wrap_col


def as_int(v) -> int:
    t = str(v).replace(",", "").strip()
    return int(t) if t.isdigit() else 0


def fmt_int(n: int) -> str:
    return f"{n:,}"


def layout_list(spec: ListSpec, rows: list[dict], tail_lines: list[str] | None = None,
                subtotal_override: dict[int, dict[int, int]] | None = None,
                total_override: dict[int, int] | None = None, sections=None):
    """Assign rows to pages. rows: {'cells': [...], 'lines': 1|2, 'wrap': [line1, line2]}.

    Returns a plan: list of pages, each a list of items ('row', idx, part) / ('section', text) /
    ('subtotal', vals) / ('total', vals) / ('tail', text).
    sections: {row_index: caption} printed as a full-width band before that row.
    """
    sections = sections or {}
    w, h = spec.pagesize
    top = h - spec.margin - 16 * mm  # title band on page 1
    usable_first = top - spec.margin - 8 * mm
    usable_other = h - 2 * spec.margin - 14 * mm
    head_h = spec.lh * 1.3
    cap = []

    def capacity(first):
        u = usable_first if first else usable_other
        if first or spec.repeat_header:
            u -= head_h
        if spec.page_subtotal:
            u -= spec.lh
        return int(u // spec.lh)

    pages: list[list] = [[]]
    left = capacity(True)
    cap.append(left)

    def new_page():
        nonlocal left
        pages.append([])
        left = capacity(False)
        cap.append(left)

    i = 0
    pending = None  # continuation of a split row
    while i < len(rows) or pending is not None:
        if pending is not None:
            if left < 1:
                new_page()
            pages[-1].append(("row", pending, 1))
            left -= 1
            pending = None
            i = i  # continue with next row
            continue
        if i in sections:
            if left < 2:
                new_page()
            pages[-1].append(("section", sections[i]))
            left -= 1
        if left < 1:
            new_page()
            continue
        r = rows[i]
        if r.get("lines", 1) == 2:
            if left >= 2:
                pages[-1].append(("row", i, None))
                left -= 2
            else:  # the table breaks inside this row: first line here, the rest on the next page
                pages[-1].append(("row", i, 0))
                left -= 1
                pending = i
                new_page()
        else:
            pages[-1].append(("row", i, None))
            left -= 1
        i += 1
    # closing block: total row + tail lines
    need = 1 + len(tail_lines or [])
    if left < need:
        new_page()
    return pages


def draw_list(target, spec: ListSpec, rows: list[dict], *, tail_lines=None, subtotal_override=None,
              total_override=None, sections=None, total_cells=None):
    """Draw a paged list. Returns info {'pages': n, 'row_page': {idx: page}, 'subtotals': {page: [..]},
    'total': [...], 'total_page': p}."""
    subtotal_override = subtotal_override or {}
    plan = layout_list(spec, rows, tail_lines, sections=sections)
    n = len(plan)
    c = canvas(target, spec.pagesize)
    W, H = spec.pagesize
    m = spec.margin
    ws = [col[1] * mm for col in spec.columns]
    tw = sum(ws)
    x0 = (W - tw) / 2
    fs = spec.fs
    lh = spec.lh
    info = {"pages": n, "row_page": {}, "subtotals": {}, "subtotal_true": {}, "total": None, "total_page": n}
    totals = [0] * len(spec.columns)

    def cell_text(x, y, wdt, text, align, size=fs):
        c.setFont(FONT, size)
        ty = y - lh / 2 - size * 0.35
        if align == "r":
            c.drawRightString(x + wdt - 2, ty, text)
        elif align == "c":
            c.drawCentredString(x + wdt / 2, ty, text)
        else:
            c.drawString(x + 2, ty, text)

    def draw_cells(y, cells, height=lh, shade=None, size=fs):
        x = x0
        if shade is not None:
            c.setFillGray(shade)
            c.rect(x0, y - height, tw, height, stroke=0, fill=1)
            c.setFillGray(0)
        c.setLineWidth(0.4)
        for cell, wdt, col in zip(cells, ws, spec.columns):
            c.rect(x, y - height, wdt, height, stroke=1, fill=0)
            if cell is not None:
                cell_text(x, y, wdt, str(cell), col[2], size)
            x += wdt

    for p, items in enumerate(plan, start=1):
        y = H - m
        if spec.page_header:
            c.setFont(FONT, 7.5)
            c.setFillGray(0.35)
            c.drawString(x0, H - 9 * mm, spec.page_header)
            c.setFillGray(0)
        if p == 1:
            c.setFont(FONT, 14)
            c.drawCentredString(W / 2, y - 14, spec.title)
            y -= 22
            if spec.subtitle:
                c.setFont(FONT, 8.5)
                c.drawString(x0, y - 9, spec.subtitle)
                y -= 14
            y -= 4
        else:
            if spec.cont_caption:
                c.setFont(FONT, 9)
                c.drawString(x0, y - 9, spec.cont_caption.format(t=spec.table_no))
                y -= 14
        if p == 1 or spec.repeat_header:
            draw_cells(y, [col[0] for col in spec.columns], height=lh * 1.3, shade=0.88, size=fs + 0.3)
            y -= lh * 1.3
        page_sum = [0] * len(spec.columns)
        for it in items:
            kind = it[0]
            if kind == "section":
                c.setFillGray(0.95)
                c.rect(x0, y - lh, tw, lh, stroke=1, fill=1)
                c.setFillGray(0)
                c.setFont(FONT, fs + 0.5)
                c.drawString(x0 + 3, y - lh / 2 - fs * 0.35, it[1])
                y -= lh
                continue
            idx, part = it[1], it[2]
            r = rows[idx]
            cells = list(r["cells"])
            if part is None and r.get("lines", 1) == 2:
                # full two-line row on one page
                x = x0
                c.setLineWidth(0.4)
                for k, (cell, wdt, col) in enumerate(zip(cells, ws, spec.columns)):
                    c.rect(x, y - 2 * lh, wdt, 2 * lh, stroke=1, fill=0)
                    if k == spec.wrap_col:
                        a, b = r["wrap"]
                        cell_text(x, y + lh * 0.22, wdt, a, col[2])
                        cell_text(x, y - lh * 0.78, wdt, b, col[2])
                    elif cell is not None:
                        cell_text(x, y - lh / 2, wdt, str(cell), col[2])
                    x += wdt
                y -= 2 * lh
                info["row_page"][idx] = p
                for k in spec.sum_cols:
                    page_sum[k] += as_int(cells[k])
                continue
            if part == 0:
                cells[spec.wrap_col] = r["wrap"][0]
            elif part == 1:
                cells = [None] * len(cells)
                cells[spec.wrap_col] = r["wrap"][1]
            draw_cells(y, cells)
            y -= lh
            if part in (None, 0):
                info["row_page"][idx] = p
                for k in spec.sum_cols:
                    page_sum[k] += as_int(r["cells"][k])
        for k in spec.sum_cols:
            totals[k] += page_sum[k]
        info["subtotal_true"][p] = {k: page_sum[k] for k in spec.sum_cols}
        if spec.page_subtotal:
            shown = {k: subtotal_override.get(p, {}).get(k, page_sum[k]) for k in spec.sum_cols}
            info["subtotals"][p] = shown
            cells = [None] * len(spec.columns)
            cells[1] = spec.subtotal_label
            for k in spec.sum_cols:
                cells[k] = fmt_int(shown[k])
            draw_cells(y, cells, shade=0.95)
            y -= lh
        if p == n:
            if total_cells is not None:
                cells = total_cells
            else:
                cells = [None] * len(spec.columns)
                cells[1] = spec.total_label
                for k in spec.sum_cols:
                    val = (total_override or {}).get(k, totals[k])
                    cells[k] = fmt_int(val)
            info["total"] = cells
            draw_cells(y, cells, shade=0.85)
            y -= lh + 6
            c.setFont(FONT, 8.5)
            for line in tail_lines or []:
                c.drawString(x0, y - 9, line)
                y -= 13
        if spec.footer:
            c.setFont(FONT, 8)
            c.drawCentredString(W / 2, 8 * mm, spec.footer.format(p=p, n=n))
        c.showPage()
    c.save()
    info["totals_true"] = totals
    return info


# ---------------------------------------------------------------------------------------------
# Scans
# ---------------------------------------------------------------------------------------------

def seal_image(text: str, diameter=300, inner="", color=(205, 30, 35)) -> Image.Image:
    size = diameter
    im = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    col = color + (215,)
    d.ellipse((6, 6, size - 6, size - 6), outline=col, width=max(5, size // 45))
    # star
    cx = cy = size / 2
    R, r = size * 0.12, size * 0.048
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        rad = R if k % 2 == 0 else r
        pts.append((cx + rad * math.cos(ang), cy + rad * math.sin(ang)))
    d.polygon(pts, fill=col)
    # text on the arc
    n = len(text)
    span = min(250, 20 * n)
    start = -90 - span / 2
    fsize = int(size * 0.11)
    font = pil_font(fsize)
    for k, ch in enumerate(text):
        ang = start + span * (k + 0.5) / n
        rad = math.radians(ang)
        rr = size / 2 - fsize * 0.95
        x = cx + rr * math.cos(rad)
        y = cy + rr * math.sin(rad)
        glyph = Image.new("RGBA", (fsize * 2, fsize * 2), (0, 0, 0, 0))
        gd = ImageDraw.Draw(glyph)
        gd.text((fsize / 2, fsize / 2), ch, font=font, fill=col)
        glyph = glyph.rotate(-(ang + 90), resample=Image.BICUBIC)
        im.alpha_composite(glyph, (int(x - fsize), int(y - fsize)))
    if inner:
        f2 = pil_font(int(size * 0.075))
        tw = d.textlength(inner, font=f2)
        d.text((cx - tw / 2, cy + size * 0.2), inner, font=f2, fill=col)
    return im


def age_page(img: Image.Image, rng: random.Random, bw: bool = False) -> Image.Image:
    img = img.convert("RGB")
    tone = Image.new("RGB", img.size, (244, 240, 229))
    img = Image.blend(img, tone, 0.12)
    ang = rng.uniform(-0.9, 0.9)
    img = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=(238, 236, 228))
    small = (img.width // 2, img.height // 2)
    noise = Image.frombytes("L", small, rng.randbytes(small[0] * small[1])).point(lambda v: 128 + (v - 128) // 4)
    noise = noise.resize(img.size).convert("RGB")
    img = Image.blend(img, noise, 0.06)
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    if bw:
        img = img.convert("L").point(lambda v: 255 if v > 165 else 0).convert("1")
    return img


def scan_pdf(pdf_bytes: bytes, out: Path, seed: int, seals: dict[int, tuple[str, float, float]] | None = None,
             scale=1.55, bw_pages=()):
    """Rasterise a PDF, age it, stamp seals {page_index0: (text, x_frac, y_frac)}, write image-only PDF."""
    rng = random.Random(seed)
    doc = pdfium.PdfDocument(pdf_bytes)
    images = []
    for i in range(len(doc)):
        page = doc[i]
        img = page.render(scale=scale).to_pil().convert("RGB")
        if seals and i in seals:
            text, fx, fy = seals[i]
            s = seal_image(text, diameter=int(img.width * 0.22), inner="")
            s = s.rotate(rng.uniform(-12, 12), resample=Image.BICUBIC)
            base = img.convert("RGBA")
            base.alpha_composite(s, (int(img.width * fx), int(img.height * fy)))
            img = base.convert("RGB")
        img = age_page(img, rng, bw=(i in bw_pages))
        images.append(img)
    doc.close()
    out.parent.mkdir(parents=True, exist_ok=True)
    first, rest = images[0], images[1:]
    first.save(out, "PDF", save_all=True, append_images=rest, resolution=72 * scale, creationDate=FIXED_ST,
               modDate=FIXED_ST)
    return len(images)


def pil_pages_to_pdf(images: list[Image.Image], out: Path, resolution=110):
    out.parent.mkdir(parents=True, exist_ok=True)
    images[0].save(out, "PDF", save_all=True, append_images=images[1:], resolution=resolution, creationDate=FIXED_ST,
                   modDate=FIXED_ST)


# ---------------------------------------------------------------------------------------------
# Office files
# ---------------------------------------------------------------------------------------------

def normalize_zip(path: Path):
    data = Path(path).read_bytes()
    zin = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            info = zipfile.ZipInfo(name, date_time=ZIP_DT)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            data = zin.read(name)
            if name == "docProps/core.xml":
                import re
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)", r"\g<1>2024-07-15T09:30:00Z\g<2>",
                              text)
                data = text.encode("utf-8")
            zout.writestr(info, data)
    Path(path).write_bytes(buf.getvalue())


def save_docx(doc, path: Path):
    cp = doc.core_properties
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.author = ""
    cp.last_modified_by = ""
    cp.revision = 1
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    normalize_zip(path)


def save_xlsx(wb, path: Path):
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.properties.creator = ""
    wb.properties.lastModifiedBy = ""
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(path))
    normalize_zip(path)


def docx_font(doc, name="宋体", size=10.5):
    from docx.oxml.ns import qn
    from docx.shared import Pt
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), name)
