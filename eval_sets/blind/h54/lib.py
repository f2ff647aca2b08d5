"""h54 helpers: deterministic DOCX/XLSX/PDF/scan writers (no timestamps, fixed zip dates)."""

from __future__ import annotations

import datetime as dt
import io
import random
import re
import zipfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from eval_sets.generator import fonts

PDF_FONT = fonts.register_pdf_font()
FIXED = dt.datetime(2024, 7, 19, 9, 30, 0)
ZIP_DATE = (2024, 7, 19, 9, 30, 0)


# ---------------------------------------------------------------- zip normalisation
def normalize_zip(path: Path) -> None:
    data = Path(path).read_bytes()
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = body.decode("utf-8")
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>2024-07-15T08:00:00Z\g<2>", text)
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>2024-07-19T09:30:00Z\g<2>", text)
                body = text.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, body)
    Path(path).write_bytes(out.getvalue())


def save_docx(doc, path: Path, author: str) -> None:
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 3
    cp.title = ""
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    normalize_zip(path)


def save_xlsx(wb, path: Path, author: str) -> None:
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(path))
    normalize_zip(path)


# ---------------------------------------------------------------- text PDF
class TextPdf:
    """A reportlab canvas with simple line/table helpers; page numbers are tracked (1-based)."""

    def __init__(self, path: Path, title: str = ""):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
        self.c.setTitle(title)
        self.c.setAuthor("")
        self.c.setCreator("")
        self.c.setProducer("")
        self.page = 1
        self.y = 800
        self.c.setFont(PDF_FONT, 10.5)

    def text(self, s: str, size: float = 10.5, x: float = 60, gap: float = 18, center: bool = False):
        self.c.setFont(PDF_FONT, size)
        if center:
            self.c.drawCentredString(A4[0] / 2, self.y, s)
        else:
            self.c.drawString(x, self.y, s)
        self.y -= gap

    def table(self, rows: list[list[str]], widths: list[float], x: float = 60, size: float = 9.5, h: float = 18,
              right_cols: tuple[int, ...] = ()):
        self.c.setFont(PDF_FONT, size)
        total = sum(widths)
        for row in rows:
            if self.y < 70:
                self.new_page()
                self.c.setFont(PDF_FONT, size)
            top = self.y + h - 5
            self.c.line(x, top, x + total, top)
            cx = x
            for i, (cell, w) in enumerate(zip(row, widths)):
                if i in right_cols:
                    self.c.drawRightString(cx + w - 4, self.y, cell)
                else:
                    self.c.drawString(cx + 4, self.y, cell)
                self.c.line(cx, top, cx, top - h)
                cx += w
            self.c.line(cx, top, cx, top - h)
            self.c.line(x, top - h, x + total, top - h)
            self.y -= h
        self.y -= 8

    def new_page(self):
        self.c.showPage()
        self.page += 1
        self.y = 800
        self.c.setFont(PDF_FONT, 10.5)

    def strike(self, x: float, y: float, width: float):
        self.c.setLineWidth(1.2)
        self.c.line(x, y + 3.5, x + width, y + 3.5)
        self.c.setLineWidth(1)

    def save(self):
        self.c.save()


# ---------------------------------------------------------------- scans (image-only PDF)
W, H = 1240, 1754  # A4 at 150 dpi


class ScanPage:
    def __init__(self):
        self.im = Image.new("RGB", (W, H), (255, 255, 255))
        self.d = ImageDraw.Draw(self.im)
        self.y = 110

    def text(self, s: str, size: int = 26, x: int = 110, gap: int | None = None, center: bool = False,
             fill=(20, 20, 20)):
        f = fonts.pil_font(size)
        if center:
            w = self.d.textlength(s, font=f)
            x = int((W - w) / 2)
        self.d.text((x, self.y), s, font=f, fill=fill)
        self.y += gap if gap is not None else int(size * 1.7)
        return x

    def wrapped(self, s: str, size: int = 24, x: int = 110, width: int = 1020, gap: int | None = None):
        f = fonts.pil_font(size)
        line = ""
        for ch in s:
            if self.d.textlength(line + ch, font=f) > width:
                self.text(line, size, x, gap)
                line = ""
            line += ch
        if line:
            self.text(line, size, x, gap)

    def grid(self, rows: list[list[str]], widths: list[int], x: int = 90, size: int = 20, h: int = 40):
        f = fonts.pil_font(size)
        for row in rows:
            cx = x
            for cell, w in zip(row, widths):
                self.d.rectangle([cx, self.y, cx + w, self.y + h], outline=(40, 40, 40), width=1)
                text = cell
                while self.d.textlength(text, font=f) > w - 10 and len(text) > 1:
                    text = text[:-1]
                self.d.text((cx + 6, self.y + (h - size) // 2 - 2), text, font=f, fill=(20, 20, 20))
                cx += w
            self.y += h

    def _wrap(self, text: str, width: int, f) -> list[str]:
        lines, line = [], ""
        for ch in text:
            if self.d.textlength(line + ch, font=f) > width:
                lines.append(line)
                line = ""
            line += ch
        return lines + [line]

    def grid_wrapped(self, row: list[str], widths: list[int], x: int = 90, size: int = 18, line_h: int = 24) -> int:
        """One table row whose cells wrap; returns the row's top y."""
        f = fonts.pil_font(size)
        cells = [self._wrap(c, w - 12, f) for c, w in zip(row, widths)]
        h = max(len(c) for c in cells) * line_h + 16
        top = self.y
        cx = x
        for lines, w in zip(cells, widths):
            self.d.rectangle([cx, top, cx + w, top + h], outline=(40, 40, 40), width=1)
            for i, ln in enumerate(lines):
                self.d.text((cx + 6, top + 8 + i * line_h), ln, font=f, fill=(20, 20, 20))
            cx += w
        self.y += h
        return top

    def strike_and_fix(self, x: int, y: int, old: str, new: str, size: int = 20, note: str = "以此为准",
                       above: bool = False):
        """Cross out `old` drawn at (x, y) and write `new` beside it in blue ink, slightly tilted."""
        f = fonts.pil_font(size)
        w = self.d.textlength(old, font=f)
        self.d.line([x - 2, y + size // 2 + 2, x + w + 2, y + size // 2 - 1], fill=(20, 40, 150), width=3)
        self.d.line([x - 2, y + size // 2 + 7, x + w + 2, y + size // 2 + 4], fill=(20, 40, 150), width=2)
        hand = Image.new("RGBA", (420, 60), (255, 255, 255, 0))
        hd = ImageDraw.Draw(hand)
        hd.text((4, 8), f"{new} {note}", font=fonts.pil_font(size + 4), fill=(25, 45, 160, 255))
        hand = hand.rotate(4, resample=Image.BICUBIC, expand=False)
        if above:
            self.im.paste(hand, (int(x - 4), y - size - 30), hand)
        else:
            self.im.paste(hand, (int(x + w + 12), y - 14), hand)

    def seal(self, cx: int, cy: int, name: str, r: int = 120):
        seal_im = Image.new("RGBA", (2 * r + 20, 2 * r + 20), (255, 255, 255, 0))
        sd = ImageDraw.Draw(seal_im)
        c = r + 10
        red = (215, 30, 35, 210)
        sd.ellipse([c - r, c - r, c + r, c + r], outline=red, width=7)
        # star
        import math
        pts = []
        for k in range(10):
            ang = -math.pi / 2 + k * math.pi / 5
            rad = r * 0.28 if k % 2 == 0 else r * 0.11
            pts.append((c + rad * math.cos(ang), c + rad * math.sin(ang)))
        sd.polygon(pts, fill=red)
        f = fonts.pil_font(int(r * 0.22))
        n = len(name)
        for i, ch in enumerate(name):
            ang = math.radians(-150 + 120 * (i / max(n - 1, 1))) if n > 1 else -math.pi / 2
            chx = c + (r * 0.74) * math.cos(ang)
            chy = c + (r * 0.74) * math.sin(ang)
            glyph = Image.new("RGBA", (60, 60), (255, 255, 255, 0))
            ImageDraw.Draw(glyph).text((8, 4), ch, font=f, fill=red)
            glyph = glyph.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
            seal_im.paste(glyph, (int(chx - 30), int(chy - 30)), glyph)
        self.im.paste(seal_im, (cx - c, cy - c), seal_im)

    def finish(self, seed: int, angle: float = 0.4) -> Image.Image:
        rnd = random.Random(seed)
        im = self.im.rotate(angle, resample=Image.BICUBIC, fillcolor=(250, 249, 244))
        px = im.load()
        for _ in range(2500):
            x, y = rnd.randrange(W), rnd.randrange(H)
            g = rnd.randrange(150, 230)
            px[x, y] = (g, g, g)
        return im.filter(ImageFilter.GaussianBlur(0.5))


def write_scan_pdf(pages: list[ScanPage], path: Path, seed: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    for i, p in enumerate(pages):
        im = p.finish(seed + i)
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=78)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()


def write_png(im: Image.Image, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    im.save(str(path), "PNG", optimize=False)
