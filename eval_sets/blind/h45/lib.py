"""Drawing helpers of blind set h45: page ops, hostile PDFs (searchable scans with lying OCR layers,
broken ToUnicode, AcroForm fields, /Rotate 90, offset CropBox, text hidden under images), DOCX/XLSX
written deterministically. Everything drawn here is our own layout."""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

import pypdfium2
from PIL import Image, ImageDraw, ImageFilter
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as rl_canvas

from eval_sets.generator import fonts

FONT = fonts.register_pdf_font()
A4 = (595.0, 842.0)
FIXED_DT = (2024, 7, 8, 9, 30, 0)


# ---------------------------------------------------------------- page ops
class Page:
    """A page as a list of drawing ops in PDF points; text items can be listed for an OCR layer."""

    def __init__(self, size=A4):
        self.size = size
        self.ops: list[tuple] = []

    def text(self, x, y, s, size=10, color=(0, 0, 0), tag=None):
        self.ops.append(("text", x, y, str(s), size, color, tag))

    def rtext(self, x, y, s, size=10, tag=None):
        self.text(x - stringWidth(str(s), FONT, size), y, s, size, tag=tag)

    def line(self, x1, y1, x2, y2, w=0.6):
        self.ops.append(("line", x1, y1, x2, y2, w))

    def field(self, x, y, w, h, value, name):
        self.ops.append(("field", x, y, w, h, str(value), name))

    def image(self, x, y, w, h, img):
        self.ops.append(("image", x, y, w, h, img))

    def rect(self, x, y, w, h, fill=None):
        self.ops.append(("rect", x, y, w, h, fill))

    def wrap(self, x, y, s, width, size=9.5, lead=None):
        """Draw s wrapped to width; returns the y below the last line."""
        lead = lead or size * 1.45
        for line in wrap_lines(s, width, size):
            self.text(x, y, line, size)
            y -= lead
        return y

    def table(self, x, y, widths, rows, size=9, pad=3, header=True, aligns=None):
        """Grid table; each cell wrapped; returns bottom y."""
        lead = size * 1.35
        for r, row in enumerate(rows):
            lines = [wrap_lines(str(c), widths[i] - 2 * pad, size) for i, c in enumerate(row)]
            h = max(len(ls) for ls in lines) * lead + 2 * pad
            cx = x
            for i, ls in enumerate(lines):
                if header and r == 0:
                    self.rect(cx, y - h, widths[i], h, fill=(0.9, 0.9, 0.9))
                else:
                    self.rect(cx, y - h, widths[i], h)
                ty = y - pad - size
                for ln in ls:
                    if aligns and aligns[i] == "r" and not (header and r == 0):
                        self.rtext(cx + widths[i] - pad, ty, ln, size)
                    else:
                        self.text(cx + pad, ty, ln, size)
                    ty -= lead
                cx += widths[i]
            y -= h
        return y


def wrap_lines(s, width, size):
    out = []
    for para in str(s).split("\n"):
        cur = ""
        for ch in para:
            if stringWidth(cur + ch, FONT, size) > width and cur:
                out.append(cur)
                cur = ch
            else:
                cur += ch
        out.append(cur)
    return out or [""]


def draw_ops(c, page: Page, skip_text=False):
    for op in page.ops:
        kind = op[0]
        if kind == "text":
            if skip_text:
                continue
            _, x, y, s, size, color, _tag = op
            c.setFillColorRGB(*color)
            c.setFont(FONT, size)
            c.drawString(x, y, s)
        elif kind == "field":
            _, x, y, w, h, value, name = op
            if skip_text is None:  # raster version of a form: value as plain text
                c.setFont("Helvetica", 9)
                c.drawString(x + 2, y + 3, value)
            else:
                c.acroForm.textfield(name=name, value=value, x=x, y=y, width=w, height=h, fontName="Helvetica",
                                     fontSize=9, borderWidth=0.4, borderColor=None, fillColor=None,
                                     textColor=None, forceBorder=False)
        elif kind == "image":
            _, x, y, w, h, img = op
            c.drawImage(ImageReader(img), x, y, w, h)
        elif kind == "line":
            _, x1, y1, x2, y2, w = op
            c.setLineWidth(w)
            c.setStrokeColorRGB(0, 0, 0)
            c.line(x1, y1, x2, y2)
        elif kind == "rect":
            _, x, y, w, h, fill = op
            c.setLineWidth(0.5)
            c.setStrokeColorRGB(0, 0, 0)
            if fill:
                c.setFillColorRGB(*fill)
                c.rect(x, y, w, h, stroke=1, fill=1)
            else:
                c.rect(x, y, w, h, stroke=1, fill=0)
    c.setFillColorRGB(0, 0, 0)


def new_canvas(buf, size=A4, title="scan"):
    c = rl_canvas.Canvas(buf, pagesize=size, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    return c


def text_pdf(pages: list[Page], raster=False) -> bytes:
    buf = io.BytesIO()
    c = new_canvas(buf, pages[0].size, "doc")
    for p in pages:
        c.setPageSize(p.size)
        draw_ops(c, p, None if raster else False)
        c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- raster + seal
def rasterize(pdf: bytes, dpi=110) -> list[Image.Image]:
    doc = pypdfium2.PdfDocument(pdf)
    out = []
    for i in range(len(doc)):
        out.append(doc[i].render(scale=dpi / 72).to_pil().convert("RGB"))
    doc.close()
    return out


def seal(img: Image.Image, cx, cy, r, text, seed=0):
    """A red round seal with a star and the company name around it."""
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    red = (214, 30, 36, 185)
    d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=red, width=max(3, r // 18))
    import math
    star = []
    for k in range(10):
        rad = r * (0.28 if k % 2 == 0 else 0.11)
        a = -math.pi / 2 + k * math.pi / 5
        star.append((cx + rad * math.cos(a), cy + rad * math.sin(a)))
    d.polygon(star, fill=red)
    font = fonts.pil_font(max(10, r // 5))
    n = len(text)
    for k, ch in enumerate(text):
        ang = math.pi * 0.85 + k * (math.pi * 1.3) / max(1, n - 1)
        x = cx + r * 0.72 * math.cos(ang)
        y = cy + r * 0.72 * math.sin(ang)
        d.text((x, y), ch, font=font, fill=red, anchor="mm")
    rnd = random.Random(seed)
    out = Image.alpha_composite(img.convert("RGBA"), layer).convert("RGB")
    # a little speckle so it looks scanned (fixed seed)
    dd = ImageDraw.Draw(out)
    for _ in range(120):
        x, y = rnd.randrange(out.width), rnd.randrange(out.height)
        dd.point((x, y), fill=(200, 200, 200))
    return out


def scanify(img: Image.Image, seed=0):
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    rnd = random.Random(seed)
    d = ImageDraw.Draw(img)
    for _ in range(250):
        x, y = rnd.randrange(img.width), rnd.randrange(img.height)
        g = rnd.randrange(150, 230)
        d.point((x, y), fill=(g, g, g))
    return img


def image_pdf(images: list[Image.Image], ocr: list[list[tuple]] | None = None, size=A4) -> bytes:
    """Full-page images; if ocr is given, an invisible text layer (render mode 3) per page:
    ocr[i] = [(x, y, text, size), ...] in points."""
    buf = io.BytesIO()
    c = new_canvas(buf, size, "scan")
    for i, im in enumerate(images):
        c.setPageSize(size)
        c.drawImage(ImageReader(im), 0, 0, size[0], size[1])
        if ocr and ocr[i]:
            for x, y, s, fs in ocr[i]:
                t = c.beginText()
                t.setTextRenderMode(3)
                t.setFont(FONT, fs)
                t.setTextOrigin(x, y)
                t.textOut(s)
                c.drawText(t)
        c.showPage()
    c.save()
    return buf.getvalue()


def searchable_scan(pages: list[Page], ocr_fix: list[dict] | None = None, seals: dict | None = None,
                    seed=0, dpi=110) -> bytes:
    """Rasterise our pages, add seals, put back an invisible OCR layer; ocr_fix[i] maps a visible
    string to what the 'OCR' wrote for it on page i (typical OCR errors)."""
    imgs = rasterize(text_pdf(pages, raster=True), dpi)
    out = []
    for i, im in enumerate(imgs):
        im = scanify(im, seed + i)
        if seals and i in seals:
            cx, cy, r, name = seals[i]
            k = dpi / 72
            im = seal(im, int(cx * k), int((pages[i].size[1] - cy) * k), int(r * k), name, seed + i)
        out.append(im)
    ocr = []
    for i, p in enumerate(pages):
        fix = (ocr_fix or [{}] * len(pages))[i] if ocr_fix and i < len(ocr_fix) else {}
        items = []
        for op in p.ops:
            if op[0] in ("text", "field"):
                s = op[3] if op[0] == "text" else op[5]
                for a, b in fix.items():
                    s = s.replace(a, b)
                items.append((op[1], op[2], s, op[4]) if op[0] == "text" else (op[1] + 2, op[2] + 3, s, 9))
        ocr.append(items)
    return image_pdf(out, ocr, pages[0].size)


# ---------------------------------------------------------------- pypdf post-processing
def merge_pdfs(parts: list[bytes]) -> bytes:
    from pypdf import PdfReader, PdfWriter
    w = PdfWriter()
    for part in parts:
        for pg in PdfReader(io.BytesIO(part)).pages:
            w.add_page(pg)
    return finish_writer(w)


def finish_writer(w) -> bytes:
    from pypdf.generic import NameObject, TextStringObject, DictionaryObject
    w._info = None if False else w._info
    try:
        w.add_metadata({"/Producer": "h45"})
    except Exception:
        pass
    w._ID = None
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def break_tounicode(pdf: bytes) -> bytes:
    """Replace every font's ToUnicode CMap with a wrong one: glyphs draw right, text extracts as garbage."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject, StreamObject
    r = PdfReader(io.BytesIO(pdf))
    w = PdfWriter(clone_from=r)
    lines = []
    for code in range(256):
        lines.append(f"<{code:02X}> <{0x4E00 + (code * 37) % 900:04X}>")
    cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Garbled def "
            "1 begincodespacerange <00> <FF> endcodespacerange 256 beginbfchar " + " ".join(lines) +
            " endbfchar endcmap CMapName currentdict /CMap defineresource pop end end").encode()
    for page in w.pages:
        fontdict = page["/Resources"].get_object().get("/Font")
        if not fontdict:
            continue
        for _, ref in fontdict.get_object().items():
            f = ref.get_object()
            if "/ToUnicode" in f:
                s = StreamObject()
                s._data = cmap
                f[NameObject("/ToUnicode")] = w._add_object(s)
    return finish_writer(w)


def set_boxes(pdf: bytes, page_index: int, rotate: int = 0, crop=None, media=None) -> bytes:
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import RectangleObject
    w = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    pg = w.pages[page_index]
    if media:
        pg.mediabox = RectangleObject(media)
    if crop:
        pg.cropbox = RectangleObject(crop)
    if rotate:
        pg.rotation = rotate
    return finish_writer(w)


# ---------------------------------------------------------------- office files
def normalize_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in sorted(src.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            zi = zipfile.ZipInfo(info.filename, FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                import re
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", rb"\g<1>2024-07-08T09:30:00Z\g<3>", data)
            z.writestr(zi, data)
    return out.getvalue()


def save_docx(doc, path: Path):
    import datetime
    cp = doc.core_properties
    cp.author = "申报单位"
    cp.last_modified_by = "申报单位"
    cp.created = datetime.datetime(2024, 7, 8, 9, 30)
    cp.modified = datetime.datetime(2024, 7, 8, 9, 30)
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(normalize_zip(buf.getvalue()))


def save_xlsx(wb, path: Path):
    import datetime
    wb.properties.creator = "申报单位"
    wb.properties.lastModifiedBy = "申报单位"
    wb.properties.created = datetime.datetime(2024, 7, 8, 9, 30)
    wb.properties.modified = datetime.datetime(2024, 7, 8, 9, 30)
    buf = io.BytesIO()
    wb.save(buf)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(normalize_zip(buf.getvalue()))


def docx_font(doc, name="宋体"):
    from docx.oxml.ns import qn
    st = doc.styles["Normal"]
    st.font.name = name
    st.element.rPr.rFonts.set(qn("w:eastAsia"), name)
