"""Writers for set h58: text PDFs (reportlab, invariant), image-only PDFs (own minimal writer), scans,
DOCX / XLSX with fixed zip dates and core properties. Everything deterministic."""

from __future__ import annotations

import io
import math
import random
import re
import zipfile
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter
from reportlab.lib.pagesizes import A3, A4, A5, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas as rl_canvas

from eval_sets.generator import fonts

FONT = fonts.register_pdf_font()
A4P = A4
A4L = landscape(A4)
A3L = landscape(A3)
A5P = A5

FIXED_DATE = "2024-07-15T09:00:00Z"


# ---------------------------------------------------------------- text PDF helpers
def sw(text: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, FONT, size)


def wrap(text: str, width: float, size: float) -> list[str]:
    lines: list[str] = []
    for para in text.split("\n"):
        cur = ""
        for ch in para:
            if sw(cur + ch, size) > width and cur:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        lines.append(cur)
    return lines


class Pdf:
    """A reportlab canvas with a cursor; pages may differ in size, rotation and crop box."""

    def __init__(self, path: Path, title: str):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.c = rl_canvas.Canvas(str(path), pagesize=A4P, invariant=1, pageCompression=1)
        self.c.setTitle(title)
        self.c.setAuthor("")
        self.c.setProducer("h58")
        self.c.setCreator("h58")
        self.size = A4P
        self.margin = 56
        self.y = self.size[1] - self.margin
        self.started = False
        self.rot = 0
        self.user = A4P
        self.watermark = ""
        self.footer = ""
        self.page_no = 0

    # page management --------------------------------------------------------
    def page(self, size=A4P, rotate: int = 0, crop=None):
        if self.started:
            self._finish_page()
        self.started = True
        self.page_no += 1
        # `size` is the MediaBox (user space). reportlab swaps the MediaBox of a /Rotate 90/270 page, so it is
        # handed the swapped size to keep the MediaBox as asked; self.size is then the displayed size.
        self.rot = rotate
        self.user = size
        self.size = (size[1], size[0]) if rotate in (90, 270) else size
        self.c.setPageSize(self.size if rotate in (90, 270) else size)
        self.c.setPageRotation(rotate)
        self.c._cropBox = None
        if crop:
            self.c.setCropBox(crop)
        self.y = size[1] - self.margin
        self.c.setFillColorRGB(0, 0, 0)

    def _finish_page(self):
        c = self.c
        c.saveState()
        if self.rot == 90:
            c.translate(self.user[0], 0)
            c.rotate(90)
        elif self.rot == 270:
            c.translate(0, self.user[1])
            c.rotate(-90)
        if self.footer:
            c.setFont(FONT, 8)
            c.setFillColorRGB(0.3, 0.3, 0.3)
            c.drawCentredString(self.size[0] / 2, 28, self.footer.format(n=self.page_no))
        if self.watermark:
            draw_watermark(c, self.size, self.watermark)
        c.restoreState()
        c.showPage()

    def save(self):
        self._finish_page()
        self.c.save()

    # flowing text ------------------------------------------------------------
    def ensure(self, need: float):
        if self.y - need < self.margin:
            self.page(self.size if self.size[0] < self.size[1] else A4P)

    def text(self, s: str, size: float = 10.5, indent: float = 0, lead: float | None = None,
             center: bool = False, color=(0, 0, 0)):
        lead = lead or size * 1.6
        width = self.size[0] - 2 * self.margin - indent
        for line in wrap(s, width, size):
            self.ensure(lead)
            self.c.setFont(FONT, size)
            self.c.setFillColorRGB(*color)
            if center:
                self.c.drawCentredString(self.size[0] / 2, self.y - size, line)
            else:
                self.c.drawString(self.margin + indent, self.y - size, line)
            self.y -= lead

    def gap(self, h: float = 8):
        self.y -= h

    def table(self, widths: list[float], rows: list[list[str]], size: float = 9, header_rows: int = 1,
              x: float | None = None, pad: float = 3, repeat_header: bool = True, bold_rows=()):
        x0 = self.margin if x is None else x
        lead = size * 1.35
        header = rows[:header_rows]
        i = 0
        first = True
        while i < len(rows):
            row = rows[i]
            cells = [wrap(str(v), w - 2 * pad, size) for v, w in zip(row, widths)]
            h = max(len(cl) for cl in cells) * lead + 2 * pad
            if self.y - h < self.margin:
                self.page(self.size)
                if repeat_header and i >= header_rows:
                    for hr in header:
                        self._row(x0, widths, hr, size, lead, pad)
            self._row(x0, widths, row, size, lead, pad, cells)
            i += 1
            first = False
        return first

    def _row(self, x0, widths, row, size, lead, pad, cells=None):
        c = self.c
        cells = cells or [wrap(str(v), w - 2 * pad, size) for v, w in zip(row, widths)]
        h = max(len(cl) for cl in cells) * lead + 2 * pad
        x = x0
        c.setLineWidth(0.5)
        for w, cl in zip(widths, cells):
            c.rect(x, self.y - h, w, h)
            c.setFont(FONT, size)
            for k, line in enumerate(cl):
                c.drawString(x + pad, self.y - pad - size - k * lead, line)
            x += w
        self.y -= h


def draw_watermark(c, size, text: str):
    c.saveState()
    c.setFillColorRGB(0.55, 0.55, 0.55)
    c.setFillAlpha(0.28)
    c.translate(size[0] / 2, size[1] / 2)
    c.rotate(math.degrees(math.atan2(size[1], size[0])))
    c.setFont(FONT, 54)
    c.drawCentredString(0, -18, text)
    c.restoreState()


def simple_table(c, x, ytop, widths, rows, size=9, lead=None, order="row", bold_first=True):
    """Draw a grid table at (x, ytop). order='col' writes the cells column by column in the stream."""
    lead = lead or size * 2.0
    n = len(rows)
    total_w = sum(widths)
    c.setLineWidth(0.5)
    for r in range(n + 1):
        c.line(x, ytop - r * lead, x + total_w, ytop - r * lead)
    xx = x
    for w in widths + [0]:
        c.line(xx, ytop, xx, ytop - n * lead)
        xx += w
    c.setFont(FONT, size)
    cells = []
    for r, row in enumerate(rows):
        xx = x
        for k, (v, w) in enumerate(zip(row, widths)):
            cells.append((r, k, xx, v, w))
            xx += w
    if order == "col":
        cells.sort(key=lambda t: (t[1], t[0]))
    for r, k, xx, v, w in cells:
        yy = ytop - r * lead - lead / 2 - size * 0.35
        if k == 0:
            c.drawString(xx + 4, yy, str(v))
        else:
            c.drawRightString(xx + w - 4, yy, str(v))
    return ytop - n * lead


# ---------------------------------------------------------------- rasterising and image PDFs
def rasterise(pdf_path: Path, dpi: int = 110) -> list[Image.Image]:
    doc = pdfium.PdfDocument(str(pdf_path))
    out = []
    for i in range(len(doc)):
        page = doc[i]
        bmp = page.render(scale=dpi / 72, may_draw_forms=False)
        out.append(bmp.to_pil().convert("RGB"))
        page.close()
    doc.close()
    return out


def seal(img: Image.Image, cx: int, cy: int, r: int, company: str, caption: str = "") -> Image.Image:
    img = img.convert("RGB")
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    red = (214, 30, 36, 190)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=red, width=max(3, r // 18))
    # star
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        rr = r * (0.28 if k % 2 == 0 else 0.11)
        pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
    d.polygon(pts, fill=red)
    # company name along the upper arc
    n = len(company)
    font = fonts.pil_font(max(10, int(r * 0.22)))
    span = math.radians(220)
    for k, ch in enumerate(company):
        ang = -math.pi / 2 - span / 2 + span * (k + 0.5) / n
        px = cx + r * 0.74 * math.cos(ang)
        py = cy + r * 0.74 * math.sin(ang)
        tile = Image.new("RGBA", (int(r * 0.3), int(r * 0.3)), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((tile.size[0] / 2, tile.size[1] / 2), ch, font=font, fill=red, anchor="mm")
        tile = tile.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        layer.alpha_composite(tile, (int(px - tile.size[0] / 2), int(py - tile.size[1] / 2)))
    if caption:
        d.text((cx, cy + r * 0.55), caption, font=fonts.pil_font(max(9, int(r * 0.16))), fill=red, anchor="mm")
    base = img.convert("RGBA")
    base.alpha_composite(layer)
    return base.convert("RGB")


def scanify(img: Image.Image, seed: int, skew: float = 0.25, tone=(246, 243, 236)) -> Image.Image:
    rnd = random.Random(seed)
    img = img.convert("RGB")
    paper = Image.new("RGB", img.size, tone)
    img = Image.blend(img, paper, 0.0)
    # multiply-like tint
    r, g, b = img.split()
    img = Image.merge("RGB", (r.point(lambda v: v * tone[0] // 255), g.point(lambda v: v * tone[1] // 255),
                              b.point(lambda v: v * tone[2] // 255)))
    img = img.rotate(skew, resample=Image.BICUBIC, fillcolor=tone)
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    d = ImageDraw.Draw(img)
    w, h = img.size
    for _ in range(160):
        x, y = rnd.randrange(w), rnd.randrange(h)
        v = rnd.randrange(120, 200)
        d.point((x, y), fill=(v, v, v))
    return img


def jpeg(img: Image.Image, gray: bool = False, quality: int = 72) -> tuple[bytes, int, int, bool]:
    if gray:
        img = img.convert("L")
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, optimize=False, progressive=False)
    return buf.getvalue(), img.size[0], img.size[1], gray


def write_image_pdf(path: Path, pages: list[dict]):
    """pages: {jpeg: (bytes,w,h,gray), size: (w_pt,h_pt), rotate: int}. Minimal PDF, no dates."""
    path.parent.mkdir(parents=True, exist_ok=True)
    objs: list[bytes] = []

    def add(b: bytes) -> int:
        objs.append(b)
        return len(objs)

    catalog = add(b"")
    pages_id = add(b"")
    kids = []
    for p in pages:
        data, iw, ih, gray = p["jpeg"]
        img_id = add(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /%s "
                     b"/BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n" % (
                         iw, ih, b"DeviceGray" if gray else b"DeviceRGB", len(data)) + data + b"\nendstream")
        W, H = p["size"]
        content = b"q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q" % (W, H)
        cont_id = add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        rot = b" /Rotate %d" % p["rotate"] if p.get("rotate") else b""
        page_id = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.2f %.2f]%s /Resources << /XObject << /Im0 %d 0 R >> >> "
                      b"/Contents %d 0 R >>" % (pages_id, W, H, rot, img_id, cont_id))
        kids.append(page_id)
    objs[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    objs[pages_id - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    info = add(b"<< /Producer (h58 scan) >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, catalog, info, xref))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------- office zips
CORE = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:title>{title}</dc:title><dc:creator>{creator}</dc:creator><cp:lastModifiedBy>{creator}</cp:lastModifiedBy>'
        '<cp:revision>1</cp:revision>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">' + FIXED_DATE + '</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">' + FIXED_DATE + '</dcterms:modified>'
        '</cp:coreProperties>')


def normalize_zip(path: Path, title: str = "", creator: str = "申报单位"):
    src = zipfile.ZipFile(path)
    items = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = CORE.format(title=title, creator=creator).encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=(2024, 7, 15, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    path.write_bytes(buf.getvalue())


def docx_text(path: Path) -> str:
    from docx import Document
    d = Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for cell in row.cells:
                parts.append(cell.text)
    return "\n".join(parts)


def xlsx_sheet_text(path: Path, index: int) -> str:
    import openpyxl
    wb = openpyxl.load_workbook(str(path), data_only=True)
    ws = wb.worksheets[index]
    return "\n".join(str(v) for row in ws.iter_rows(values_only=True) for v in row if v is not None)


def pdf_page_text(path: Path, page: int, bounded_to_crop: bool = False) -> str:
    doc = pdfium.PdfDocument(str(path))
    p = doc[page - 1]
    tp = p.get_textpage()
    if bounded_to_crop:
        l, b, r, t = p.get_cropbox()
        text = tp.get_text_bounded(l, b, r, t)
    else:
        text = tp.get_text_range()
    tp.close()
    p.close()
    doc.close()
    return text


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)
