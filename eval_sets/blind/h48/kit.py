"""Writers for h48: DOCX/XLSX with fixed zip dates and WPS/Word properties, reportlab PDFs, scans with a red
seal (own image-PDF writer, no timestamps), GBK-named zips without the UTF-8 flag (as Windows' compressor).

Everything here is deterministic: fixed seeds, reportlab invariant=1, fixed zip entry dates.
"""

from __future__ import annotations

import io
import math
import random
import re
import zipfile
from pathlib import Path

import pypdfium2
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Pt, Mm
from docx.oxml.ns import qn
from openpyxl import Workbook
from PIL import Image, ImageDraw, ImageFilter
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from eval_sets.generator import fonts

ZIP_DATE = (2024, 7, 19, 10, 30, 0)
FONT = fonts.register_pdf_font()


# ---------------------------------------------------------------- office zips
def core_xml(title: str, author: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{title}</dc:title><dc:creator>{author}</dc:creator><cp:lastModifiedBy>{author}</cp:lastModifiedBy>'
            '<cp:revision>3</cp:revision>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2024-07-15T09:12:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2024-07-19T10:30:00Z</dcterms:modified>'
            '</cp:coreProperties>')


def app_xml(application: str, version: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            f'<Application>{application}</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>'
            f'<Company></Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>'
            f'<HyperlinksChanged>false</HyperlinksChanged><AppVersion>{version}</AppVersion></Properties>')


APPS = {"wps": ("WPS Office", "12.1.0.17147"), "word": ("Microsoft Office Word", "16.0000"),
        "excel": ("Microsoft Excel", "16.0300")}


def normalize_office(data: bytes, title: str, author: str, app: str, patch=None) -> bytes:
    """Re-zip an OOXML file with fixed dates, fixed core properties and the given application."""
    src = zipfile.ZipFile(io.BytesIO(data))
    names = src.namelist()
    has_app = "docProps/app.xml" in names
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        order = ["[Content_Types].xml"] + [n for n in names if n != "[Content_Types].xml"]
        if not has_app:
            order.append("docProps/app.xml")
        for name in order:
            if name == "docProps/core.xml":
                body = core_xml(title, author).encode()
            elif name == "docProps/app.xml":
                body = app_xml(*APPS[app]).encode()
            else:
                body = src.read(name)
                if name == "[Content_Types].xml" and not has_app:
                    body = body.replace(b"</Types>", b'<Override PartName="/docProps/app.xml" ContentType='
                                        b'"application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>')
                if name == "_rels/.rels" and not has_app:
                    body = body.replace(b"</Relationships>", b'<Relationship Id="rIdApp" Type="http://schemas.'
                                        b'openxmlformats.org/officeDocument/2006/relationships/extended-properties" '
                                        b'Target="docProps/app.xml"/></Relationships>')
                if patch:
                    body = patch(name, body)
            info = zipfile.ZipInfo(name, ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            z.writestr(info, body)
    return out.getvalue()


def set_cjk(doc, font="宋体", size=10.5):
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)


def docx_bytes(doc, title, author, app="word") -> bytes:
    b = io.BytesIO()
    doc.save(b)
    return normalize_office(b.getvalue(), title, author, app)


def new_doc(font="宋体", landscape_=False):
    doc = Document()
    set_cjk(doc, font)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    if landscape_:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Mm(20))
    return doc


def xlsx_bytes(wb: Workbook, title, author, app="excel", cached: dict | None = None) -> bytes:
    """cached: {(sheet_index, 'B5'): value} written as the cached <v> of formula cells (as WPS/Excel save)."""
    b = io.BytesIO()
    wb.save(b)

    def patch(name, body):
        if not cached:
            return body
        m = re.match(r"xl/worksheets/sheet(\d+)\.xml$", name)
        if not m:
            return body
        idx = int(m.group(1)) - 1
        text = body.decode()
        for (si, ref), val in cached.items():
            if si != idx:
                continue
            text, n = re.subn(rf'(<c r="{ref}"[^>]*>)(<f>[^<]*</f>)(<v\s*/>|<v></v>)?', rf"\g<1>\g<2><v>{val}</v>", text)
            assert n == 1, (name, ref)
        return text.encode()

    return normalize_office(b.getvalue(), title, author, app, patch)


def docx_text(data: bytes) -> str:
    doc = Document(io.BytesIO(data))
    parts = [p.text for p in doc.paragraphs]
    for t in doc.tables:
        for row in t.rows:
            for c in row.cells:
                parts.append(c.text)
    return "\n".join(parts)


# ---------------------------------------------------------------- PDFs (reportlab)
class Pdf:
    """A tiny flowing writer over reportlab: titles, paragraphs (wrapped), tables; one font."""

    def __init__(self, pagesize=A4, title="", author=""):
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=pagesize, invariant=1)
        self.c.setTitle(title)
        self.c.setAuthor(author)
        self.w, self.h = pagesize
        self.m = 56
        self.y = self.h - self.m
        self.header = None

    def _need(self, dy):
        if self.y - dy < self.m:
            self.page()

    def page(self):
        self.c.showPage()
        self.y = self.h - self.m
        if self.header:
            self.text(self.header, 8)

    def text(self, s, size=10.5, center=False, gap=4, x=None):
        self._need(size + gap)
        self.c.setFont(FONT, size)
        if center:
            self.c.drawCentredString(self.w / 2, self.y - size, s)
        else:
            self.c.drawString(x if x is not None else self.m, self.y - size, s)
        self.y -= size + gap

    def para(self, s, size=10.5, indent=True):
        width = self.w - 2 * self.m
        per = int(width // size)
        s = ("　　" if indent else "") + s
        for i in range(0, len(s), per):
            self.text(s[i:i + per], size, gap=5)

    def table(self, rows, widths, size=9, row_h=None, bold_first=True):
        row_h = row_h or size + 9
        total = sum(widths)
        scale = (self.w - 2 * self.m) / total
        ws = [w * scale for w in widths]
        for r, row in enumerate(rows):
            lines = []
            for cell, w in zip(row, ws):
                cell = str(cell)
                per = max(1, int((w - 6) // size))
                lines.append([cell[i:i + per] for i in range(0, len(cell), per)] or [""])
            n = max(len(x) for x in lines)
            hgt = row_h + (n - 1) * (size + 2)
            self._need(hgt)
            x = self.m
            for cl, w in zip(lines, ws):
                self.c.rect(x, self.y - hgt, w, hgt)
                self.c.setFont(FONT, size)
                for k, ln in enumerate(cl):
                    self.c.drawString(x + 3, self.y - size - 4 - k * (size + 2), ln)
                x += w
            self.y -= hgt
        self.y -= 6

    def bytes(self) -> bytes:
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue()


def pdf_page_texts(data: bytes) -> list[str]:
    doc = pypdfium2.PdfDocument(data)
    out = []
    for i in range(len(doc)):
        tp = doc[i].get_textpage()
        out.append(tp.get_text_range())
    return out


# ---------------------------------------------------------------- scans
def seal(company: str, size=300) -> Image.Image:
    im = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    red = (214, 30, 36, 215)
    d.ellipse((6, 6, size - 6, size - 6), outline=red, width=9)
    cx = cy = size / 2
    # star
    pts = []
    for k in range(10):
        r = size * (0.13 if k % 2 == 0 else 0.055)
        a = -math.pi / 2 + k * math.pi / 5
        pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    d.polygon(pts, fill=red)
    font = fonts.pil_font(int(size * 0.11))
    n = len(company)
    span = math.radians(250)
    for i, ch in enumerate(company):
        a = -math.pi / 2 - span / 2 + span * (i + 0.5) / n
        r = size * 0.36
        glyph = Image.new("RGBA", (int(size * 0.14), int(size * 0.14)), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((glyph.width / 2, glyph.height / 2), ch, font=font, fill=red, anchor="mm")
        glyph = glyph.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        x = cx + r * math.cos(a) - glyph.width / 2
        y = cy + r * math.sin(a) - glyph.height / 2
        im.alpha_composite(glyph, (int(x), int(y)))
    return im


def rasterize(pdf: bytes, dpi=110) -> list[Image.Image]:
    doc = pypdfium2.PdfDocument(pdf)
    return [doc[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(len(doc))]


def scanify(img: Image.Image, rng: random.Random, company=None, seal_xy=None, rotate=0, signature=None) -> Image.Image:
    img = img.copy()
    if signature:
        d = ImageDraw.Draw(img)
        x, y, text = signature
        d.text((x, y), text, font=fonts.pil_font(34), fill=(20, 30, 90))
    if company and seal_xy:
        s = seal(company, int(img.width * 0.22))
        img.paste(s, (int(seal_xy[0] * img.width), int(seal_xy[1] * img.height)), s)
    img = img.rotate(rng.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=(250, 249, 244))
    px = img.load()
    w, h = img.size
    for _ in range(w * h // 400):
        x, y = rng.randrange(w), rng.randrange(h)
        v = rng.randrange(120, 200)
        px[x, y] = (v, v, v)
    img = img.filter(ImageFilter.GaussianBlur(0.4))
    if rotate:
        img = img.rotate(rotate, expand=True)
    return img


def images_to_pdf(images: list[Image.Image], dpi=110, quality=72) -> bytes:
    """Minimal image-only PDF (one JPEG a page), no dates, no producer."""
    objs: list[bytes] = []
    kids = []
    for im in images:
        jb = io.BytesIO()
        im.convert("RGB").save(jb, "JPEG", quality=quality, optimize=False, progressive=False)
        jpg = jb.getvalue()
        w, h = im.size
        pw, ph = w * 72 / dpi, h * 72 / dpi
        n = len(objs) + 3
        objs.append(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceRGB "
                    b"/BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n" % (w, h, len(jpg)) + jpg +
                    b"\nendstream")
        content = b"q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q" % (pw, ph)
        objs.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /XObject << /Im0 %d 0 R >> >> "
                    b"/Contents %d 0 R >>" % (pw, ph, n, n + 1))
        kids.append(n + 2)
    allobjs = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Count %d /Kids [%s] >>" % (len(kids), b" ".join(b"%d 0 R" % k for k in kids))] + objs
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(allobjs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(allobjs) + 1))
    for o in offsets:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(allobjs) + 1, xref))
    return out.getvalue()


def png_bytes(img: Image.Image) -> bytes:
    b = io.BytesIO()
    img.save(b, "PNG", optimize=False)
    return b.getvalue()


# ---------------------------------------------------------------- zips as Windows writes them
class GbkInfo(zipfile.ZipInfo):
    def _encodeFilenameFlags(self):  # noqa: N802 (CPython hook)
        return self.filename.encode("gbk"), self.flag_bits & ~0x800


def gbk_zip(members: list[tuple[str, bytes]], dirs: list[str] = ()) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for d in dirs:
            info = GbkInfo(d.rstrip("/") + "/", ZIP_DATE)
            info.external_attr = 0x10
            z.writestr(info, b"")
        for name, data in members:
            info = GbkInfo(name, ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0x20
            z.writestr(info, data)
    return out.getvalue()


def read_gbk_zip(data: bytes) -> dict[str, bytes]:
    z = zipfile.ZipFile(io.BytesIO(data))
    out = {}
    for info in z.infolist():
        name = info.filename
        if not info.flag_bits & 0x800:
            name = name.encode("cp437").decode("gbk")
        if not name.endswith("/"):
            out[name] = z.read(info)
    return out


# ---------------------------------------------------------------- clutter
def owner_file(user: str) -> bytes:
    """A Word/WPS `~$` owner file: 162 bytes, the user name then junk."""
    name = user.encode("utf-16-le")
    body = bytes([len(user)]) + user.encode("gbk")[:53].ljust(53, b"\x00") + bytes([len(user), 0]) + name
    return body.ljust(162, b"\x00")[:162]


def apple_double(name: str) -> bytes:
    head = b"\x00\x05\x16\x07\x00\x02\x00\x00" + b"Mac OS X        " + b"\x00\x02"
    head += b"\x00\x00\x00\x09\x00\x00\x00\x32\x00\x00\x0e\xb0" + b"\x00\x00\x00\x02\x00\x00\x0e\xe2\x00\x00\x01\x1e"
    return head.ljust(4096, b"\x00")


DS_STORE = b"\x00\x00\x00\x01Bud1" + b"\x00" * 2040 + b"\x00\x00\x10\x00"
THUMBS_DB = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + b"\x3e\x00\x03\x00\xfe\xff\x09\x00" + b"\x00" * 488
DESKTOP_INI = "[.ShellClassInfo]\r\nLocalizedResourceName=申报材料\r\nIconResource=C:\\Windows\\System32\\imageres.dll,-3\r\n".encode("utf-16")

CLUTTER_RE = re.compile(r"(^|/)(~\$[^/]*|Thumbs\.db|desktop\.ini|\.DS_Store)$|^__MACOSX/")
