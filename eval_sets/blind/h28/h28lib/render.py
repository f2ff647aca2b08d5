"""Rendering helpers: text PDFs (reportlab), DOCX, XLSX, scans, seals, screenshots, image-only PDFs.

Everything deterministic: reportlab invariant=1, zip entries rewritten with a fixed date, fixed
random seeds, our own minimal PDF writer for image-only PDFs.
"""
from __future__ import annotations

import io
import math
import random
import re
import zipfile
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from eval_sets.generator.fonts import DRAWING_FONT, noto, require_font

# Fonts found by name (fontconfig, else the XDG font folders), never by a path of one machine;
# a missing font stops the build with FontMissing, naming the Debian package to install.
NOTO_SANS = str(noto("Noto Sans CJK SC", "NotoSansCJK-Regular.ttc"))
NOTO_SANS_B = str(noto("Noto Sans CJK SC:style=Bold", "NotoSansCJK-Bold.ttc"))
NOTO_SERIF = str(noto("Noto Serif CJK SC", "NotoSerifCJK-Regular.ttc"))
NOTO_SERIF_B = str(noto("Noto Serif CJK SC:style=Bold", "NotoSerifCJK-Bold.ttc"))
WQY = str(require_font(DRAWING_FONT))

_FONT_CACHE: dict = {}


def font(kind: str, size: int) -> ImageFont.FreeTypeFont:
    key = (kind, size)
    if key not in _FONT_CACHE:
        path, idx = {
            "sans": (NOTO_SANS, 2), "sansb": (NOTO_SANS_B, 2), "serif": (NOTO_SERIF, 2),
            "serifb": (NOTO_SERIF_B, 2), "wqy": (WQY, 0),
        }[kind]
        _FONT_CACHE[key] = ImageFont.truetype(path, size, index=idx)
    return _FONT_CACHE[key]


# ----------------------------------------------------------------------------------------------
# zip normalisation (docx / xlsx)
FIXED_DT = (2024, 7, 18, 10, 0, 0)


def normalize_zip(path: Path) -> None:
    data = Path(path).read_bytes()
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in sorted(src.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = blob.decode("utf-8")
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>2024-07-15T09:00:00Z\2", text)
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>2024-07-18T10:00:00Z\2", text)
                blob = text.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, blob)
    Path(path).write_bytes(out.getvalue())


# ----------------------------------------------------------------------------------------------
# text PDFs with reportlab
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,  # noqa: E402
                                TableStyle, KeepTogether)

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
pdfmetrics.registerFont(TTFont("WQY", WQY, subfontIndex=0))


def _styles(fontname: str, base: float = 10.5):
    return {
        "title": ParagraphStyle("t", fontName=fontname, fontSize=base + 7, leading=(base + 7) * 1.5, alignment=TA_CENTER, spaceAfter=8),
        "subtitle": ParagraphStyle("st", fontName=fontname, fontSize=base + 2, leading=(base + 2) * 1.6, alignment=TA_CENTER, spaceAfter=6),
        "h1": ParagraphStyle("h1", fontName=fontname, fontSize=base + 2.5, leading=(base + 2.5) * 1.6, spaceBefore=6, spaceAfter=4),
        "h2": ParagraphStyle("h2", fontName=fontname, fontSize=base + 1, leading=(base + 1) * 1.6, spaceBefore=4, spaceAfter=2),
        "p": ParagraphStyle("p", fontName=fontname, fontSize=base, leading=base * 1.75, firstLineIndent=base * 2, wordWrap="CJK"),
        "pn": ParagraphStyle("pn", fontName=fontname, fontSize=base, leading=base * 1.75, wordWrap="CJK"),
        "right": ParagraphStyle("r", fontName=fontname, fontSize=base, leading=base * 1.75, alignment=TA_RIGHT),
        "center": ParagraphStyle("c", fontName=fontname, fontSize=base, leading=base * 1.75, alignment=TA_CENTER),
        "cell": ParagraphStyle("cell", fontName=fontname, fontSize=base - 1.5, leading=(base - 1.5) * 1.35, wordWrap="CJK"),
        "cellc": ParagraphStyle("cellc", fontName=fontname, fontSize=base - 1.5, leading=(base - 1.5) * 1.35, alignment=TA_CENTER, wordWrap="CJK"),
        "cellr": ParagraphStyle("cellr", fontName=fontname, fontSize=base - 1.5, leading=(base - 1.5) * 1.35, alignment=TA_RIGHT, wordWrap="CJK"),
        "small": ParagraphStyle("sm", fontName=fontname, fontSize=base - 2, leading=(base - 2) * 1.5, wordWrap="CJK"),
    }


def esc(text: str) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def build_pdf(blocks: list, *, fontname: str = "STSong-Light", base: float = 10.5, header: str = "",
              footer: str = "第 {page} 页", land: bool = False, margins=(22, 20, 22, 20)) -> bytes:
    """blocks: ("title"|"subtitle"|"h1"|"h2"|"p"|"pn"|"right"|"center"|"small", text) |
    ("table", rows, widths_mm, opts) | ("pb",) | ("sp", mm)."""
    st = _styles(fontname, base)
    buf = io.BytesIO()
    size = landscape(A4) if land else A4
    doc = SimpleDocTemplate(buf, pagesize=size, leftMargin=margins[0] * mm, rightMargin=margins[1] * mm,
                            topMargin=margins[2] * mm, bottomMargin=margins[3] * mm, invariant=1,
                            title="", author="", subject="", creator="", producer="")
    story = []
    for b in blocks:
        kind = b[0]
        if kind == "pb":
            story.append(PageBreak())
        elif kind == "sp":
            story.append(Spacer(1, b[1] * mm))
        elif kind == "table":
            rows, widths = b[1], b[2]
            opts = b[3] if len(b) > 3 else {}
            align = opts.get("align", {})
            data = []
            for r_i, row in enumerate(rows):
                cells = []
                for c_i, cell in enumerate(row):
                    if cell is None:
                        cells.append("")
                        continue
                    sty = st[align.get(c_i, "cell")] if r_i >= opts.get("head", 1) else st["cellc"]
                    cells.append(Paragraph(esc(cell), sty))
                data.append(cells)
            t = Table(data, colWidths=[w * mm for w in widths], repeatRows=opts.get("repeat", 0))
            style = [("GRID", (0, 0), (-1, -1), opts.get("grid", 0.5), colors.black),
                     ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                     ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
            if opts.get("shade", True) and opts.get("head", 1):
                style.append(("BACKGROUND", (0, 0), (-1, opts.get("head", 1) - 1), colors.HexColor(opts.get("headcolor", "#E6E6E6"))))
            for span in opts.get("spans", []):
                style.append(("SPAN",) + tuple(span))
            t.setStyle(TableStyle(style))
            story.append(t)
        else:
            story.append(Paragraph(esc(b[1]).replace("\n", "<br/>"), st[kind]))

    def on_page(canvas, doc_):
        canvas.saveState()
        canvas.setFont(fontname, 8)
        w, h = size
        if header:
            canvas.drawString(margins[0] * mm, h - 12 * mm, header)
            canvas.setLineWidth(0.4)
            canvas.line(margins[0] * mm, h - 13.5 * mm, w - margins[1] * mm, h - 13.5 * mm)
        if footer:
            canvas.drawCentredString(w / 2, 10 * mm, footer.format(page=doc_.page))
        canvas.restoreState()

    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return buf.getvalue()


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def pdf_to_images(pdf_bytes: bytes, dpi: int = 130) -> list[Image.Image]:
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(pdf_bytes)
    out = []
    for i in range(len(pdf)):
        page = pdf[i]
        img = page.render(scale=dpi / 72).to_pil().convert("RGB")
        out.append(img)
    pdf.close()
    return out


# ----------------------------------------------------------------------------------------------
# seals, scan effects, image-only PDFs
def draw_seal(img: Image.Image, cx: int, cy: int, r: int, company: str, bottom: str = "", seed: int = 0,
              star: bool = True, oval: bool = False) -> Image.Image:
    rnd = random.Random(seed)
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    red = (214, 36, 40, 205)
    w = max(3, r // 18)
    if oval:
        d.ellipse([cx - r, cy - int(r * 0.7), cx + r, cy + int(r * 0.7)], outline=red, width=w)
    else:
        d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=red, width=w)
    if star:
        sr = r * 0.28
        pts = []
        for k in range(10):
            ang = -math.pi / 2 + k * math.pi / 5
            rr = sr if k % 2 == 0 else sr * 0.4
            pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
        d.polygon(pts, fill=red)
    # text around the top arc
    n = len(company)
    fsize = max(12, int(r * 0.26))
    f = font("sansb", fsize)
    span = min(250, 16 * n + 60)
    start = -90 - span / 2
    for i, ch in enumerate(company):
        ang = math.radians(start + span * (i + 0.5) / n)
        tx = cx + (r - fsize * 0.95) * math.cos(ang)
        ty = cy + (r - fsize * 0.95) * math.sin(ang)
        glyph = Image.new("RGBA", (fsize * 2, fsize * 2), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((fsize // 2, fsize // 4), ch, font=f, fill=red)
        glyph = glyph.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        layer.alpha_composite(glyph, (int(tx - fsize), int(ty - fsize)))
    if bottom:
        fb = font("sansb", max(10, int(r * 0.17)))
        tw = d.textlength(bottom, font=fb)
        d.text((cx - tw / 2, cy + r * 0.42), bottom, font=fb, fill=red)
    # uneven ink
    arr = np.array(layer)
    noise = np.array([[rnd.random() for _ in range(arr.shape[1] // 8 + 1)] for _ in range(arr.shape[0] // 8 + 1)])
    noise = np.kron(noise, np.ones((8, 8)))[: arr.shape[0], : arr.shape[1]]
    arr[..., 3] = (arr[..., 3] * (0.65 + 0.35 * noise)).astype(np.uint8)
    layer = Image.fromarray(arr)
    base = img.convert("RGBA")
    base.alpha_composite(layer)
    return base.convert("RGB")


def scanify(img: Image.Image, seed: int, colour: bool = True, skew: float | None = None) -> Image.Image:
    rnd = random.Random(seed)
    img = img.convert("RGB")
    angle = skew if skew is not None else rnd.uniform(-1.6, 1.6)
    tone = (rnd.randint(238, 250), rnd.randint(234, 246), rnd.randint(222, 236))
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=tone)
    arr = np.asarray(img).astype(np.float32)
    paper = np.array(tone, dtype=np.float32) / 255.0
    arr = arr * paper
    rng = np.random.default_rng(seed)
    arr += rng.normal(0, 6.0, arr.shape[:2])[..., None]
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    img = Image.fromarray(arr).filter(ImageFilter.GaussianBlur(radius=0.55))
    if not colour:
        img = img.convert("L")
    return img


def images_to_pdf(images: list[Image.Image], path: Path, dpi: int = 130, quality: int = 72) -> Path:
    """Minimal deterministic PDF writer: one JPEG per A4-ish page."""
    objs: list[bytes] = []
    page_ids = []
    # object numbering: 1 catalog, 2 pages, then per page: page, content, image
    n_pages = len(images)
    kids = []
    body = []
    next_id = 3
    for img in images:
        pid, cid, iid = next_id, next_id + 1, next_id + 2
        next_id += 3
        kids.append(pid)
        buf = io.BytesIO()
        mode = img.mode
        if mode not in ("RGB", "L"):
            img = img.convert("RGB")
            mode = "RGB"
        img.save(buf, format="JPEG", quality=quality, optimize=False)
        jpg = buf.getvalue()
        w_pt = img.width * 72.0 / dpi
        h_pt = img.height * 72.0 / dpi
        content = f"q {w_pt:.2f} 0 0 {h_pt:.2f} 0 0 cm /Im0 Do Q".encode()
        cs = "/DeviceRGB" if mode == "RGB" else "/DeviceGray"
        body.append((pid, f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {w_pt:.2f} {h_pt:.2f}] /Resources << /XObject << /Im0 {iid} 0 R >> >> /Contents {cid} 0 R >>".encode()))
        body.append((cid, b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream"))
        body.append((iid, f"<< /Type /XObject /Subtype /Image /Width {img.width} /Height {img.height} /ColorSpace {cs} /BitsPerComponent 8 /Filter /DCTDecode /Length {len(jpg)} >>\nstream\n".encode() + jpg + b"\nendstream"))
    objects = [(1, b"<< /Type /Catalog /Pages 2 0 R >>"),
               (2, f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {n_pages} >>".encode())] + body
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for oid, data in objects:
        offsets[oid] = out.tell()
        out.write(f"{oid} 0 obj\n".encode() + data + b"\nendobj\n")
    xref = out.tell()
    total = len(objects) + 1
    out.write(f"xref\n0 {total}\n0000000000 65535 f \n".encode())
    for oid in range(1, total):
        out.write(f"{offsets[oid]:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {total} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(out.getvalue())
    return path


# ----------------------------------------------------------------------------------------------
# PIL page drawing helpers (A4 at 130 dpi = 1075 x 1520)
A4PX = (1075, 1520)


def new_page(size=A4PX, colour=(255, 255, 255)) -> tuple[Image.Image, ImageDraw.ImageDraw]:
    img = Image.new("RGB", size, colour)
    return img, ImageDraw.Draw(img)


def text_c(d: ImageDraw.ImageDraw, cx: float, y: float, s: str, f, fill=(20, 20, 20)):
    w = d.textlength(s, font=f)
    d.text((cx - w / 2, y), s, font=f, fill=fill)


def wrap(d: ImageDraw.ImageDraw, s: str, f, width: float) -> list[str]:
    lines, cur = [], ""
    for ch in s:
        if ch == "\n":
            lines.append(cur)
            cur = ""
            continue
        if d.textlength(cur + ch, font=f) > width:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


def para(d, x, y, s, f, width, leading=1.6, fill=(20, 20, 20)) -> float:
    for line in wrap(d, s, f, width):
        d.text((x, y), line, font=f, fill=fill)
        y += f.size * leading
    return y


def grid_table(d, x, y, widths, rows, f, row_h=34, head_fill=None, fill=(20, 20, 20)) -> float:
    for r_i, row in enumerate(rows):
        # compute row height by wrapping
        lines = [wrap(d, str(c), f, w - 10) for c, w in zip(row, widths)]
        h = max(row_h, max(len(l) for l in lines) * f.size * 1.3 + 12)
        cx = x
        for c_i, (w, ls) in enumerate(zip(widths, lines)):
            if r_i == 0 and head_fill:
                d.rectangle([cx, y, cx + w, y + h], fill=head_fill)
            d.rectangle([cx, y, cx + w, y + h], outline=(30, 30, 30), width=1)
            ty = y + (h - len(ls) * f.size * 1.3) / 2
            for ln in ls:
                d.text((cx + 5, ty), ln, font=f, fill=fill)
                ty += f.size * 1.3
            cx += w
        y += h
    return y


def pdf_page_texts(pdf_bytes_or_path) -> list[str]:
    import pypdfium2 as pdfium
    src = pdf_bytes_or_path if isinstance(pdf_bytes_or_path, (bytes, bytearray)) else str(pdf_bytes_or_path)
    pdf = pdfium.PdfDocument(src)
    out = []
    for i in range(len(pdf)):
        tp = pdf[i].get_textpage()
        out.append(tp.get_text_range())
        tp.close()
    pdf.close()
    return out


def find_page(pdf_path, quote: str, occurrence: int = 1) -> int:
    """1-based page whose text contains quote (whitespace-insensitive); occurrence-th page with it."""
    key = re.sub(r"\s+", "", quote)
    hits = [i + 1 for i, t in enumerate(pdf_page_texts(pdf_path)) if key in re.sub(r"\s+", "", t)]
    if len(hits) < occurrence:
        raise ValueError(f"{quote!r} not found in {pdf_path}")
    return hits[occurrence - 1]
