"""Canvas-based PDF writer: explicit pages, flowing tables whose rows may split across pages."""
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from eval_sets.generator.fonts import DRAWING_FONT, require_font

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
pdfmetrics.registerFont(TTFont("WQY", str(require_font(DRAWING_FONT)), subfontIndex=0))  # found by name

W, H = A4

# reportlab names an image XObject after the md5 of the image's file name as a string (canvas.drawImage), and
# that name is in the PDF's bytes. The set was first built, and scored, at /work/holdout12, its scan images
# written under /work/holdout12/_tmp/. To rebuild those packages byte-identically from any folder, the images
# are drawn from where this build writes them but named by the file name the first build had. Only the name
# is kept: nothing is read from or written to /work/holdout12.
SET_ROOT = Path(__file__).resolve().parents[1]
FIRST_BUILD_ROOT = "/work/holdout12"


class _ImageFile(str):
    """A file name reportlab opens as it is but formats (for the XObject name) as `key`."""

    def __new__(cls, path, key):
        obj = str.__new__(cls, path)
        obj.key = key
        return obj

    def __str__(self):
        return self.key


def image_file(path):
    """The image file to hand to drawImage: named as at the first build when it lies inside this set."""
    path = Path(path).resolve()
    try:
        rel = path.relative_to(SET_ROOT)
    except ValueError:
        return str(path)
    return _ImageFile(str(path), f"{FIRST_BUILD_ROOT}/{rel.as_posix()}")


def wrap(text, font, size, width):
    lines = []
    for raw in str(text).split("\n"):
        cur = ""
        for ch in raw:
            if pdfmetrics.stringWidth(cur + ch, font, size) > width and cur:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        lines.append(cur)
    return lines


class Pdf:
    def __init__(self, path, font="STSong-Light", margin=56, header=None, footer=None, page_no_offset=None):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.c = canvas.Canvas(str(self.path), pagesize=A4, invariant=1)
        self.c.setTitle("")
        self.c.setAuthor("")
        self.font = font
        self.margin = margin
        self.header = header
        self.footer = footer  # callable(page_index) -> str or None
        self.page = 1
        self.texts = {1: []}
        self.y = H - margin
        self._decorate()

    # -- page handling
    def _decorate(self):
        if self.header:
            self.c.setFont(self.font, 8)
            self.c.drawString(self.margin, H - 30, self.header)
            self.c.line(self.margin, H - 34, W - self.margin, H - 34)
            self.texts[self.page].append(self.header)

    def _finish_page(self):
        if self.footer:
            s = self.footer(self.page)
            if s:
                self.c.setFont(self.font, 9)
                self.c.drawCentredString(W / 2, 28, s)
                self.texts[self.page].append(s)

    def new_page(self):
        self._finish_page()
        self.c.showPage()
        self.page += 1
        self.texts[self.page] = []
        self.y = H - self.margin
        self._decorate()

    def need(self, h):
        if self.y - h < self.margin:
            self.new_page()

    def save(self):
        self._finish_page()
        self.c.showPage()
        self.c.save()

    def page_of(self, quote, nth=0):
        hits = [p for p, ts in self.texts.items() if any(quote in t for t in ts)]
        return hits[nth]

    # -- text
    def draw(self, x, y, s, size=10, font=None, center=False, right=False):
        f = font or self.font
        self.c.setFont(f, size)
        if center:
            self.c.drawCentredString(x, y, s)
        elif right:
            self.c.drawRightString(x, y, s)
        else:
            self.c.drawString(x, y, s)
        self.texts[self.page].append(s)

    def line(self, s, size=10, center=False, bold=False, gap=1.5, indent=0, font=None, right=False):
        self.need(size * gap)
        self.y -= size * gap
        f = font or self.font
        if center:
            self.draw(W / 2, self.y, s, size, f, center=True)
        elif right:
            self.draw(W - self.margin, self.y, s, size, f, right=True)
        else:
            self.draw(self.margin + indent, self.y, s, size, f)
        if bold:  # fake bold: overprint shifted
            self.c.setFont(f, size)
            if center:
                self.c.drawCentredString(W / 2 + 0.4, self.y, s)
            else:
                self.c.drawString(self.margin + indent + 0.4, self.y, s)

    def para(self, text, size=10.5, indent_first=True, gap=1.6):
        width = W - 2 * self.margin
        t = ("\u3000\u3000" + text) if indent_first else text
        for ln in wrap(t, self.font, size, width):
            self.line(ln, size, gap=gap)

    def space(self, h):
        self.y -= h

    # -- tables
    def table(self, rows, widths, size=9, header_rows=1, repeat_header=True, split_rows=True, pad=3,
              bold_header=True, aligns=None, lead=1.35):
        """rows: list of lists; a None cell continues the merged cell above (no top rule, no text)."""
        x0 = self.margin
        total = sum(widths)
        scale = (W - 2 * self.margin) / total if total > W - 2 * self.margin else 1
        widths = [w * scale for w in widths]
        lh = size * lead
        header = rows[:header_rows]

        def cell_lines(r):
            return [wrap(v, self.font, size, widths[j] - 2 * pad) if v is not None else [] for j, v in enumerate(r)]

        def draw_part(r, parts, top, h, first, last):
            x = x0
            for j, w in enumerate(widths):
                # vertical rules
                self.c.line(x, top, x, top - h)
                if r[j] is not None and first:
                    self.c.line(x, top, x + w, top)
                if j < len(parts):
                    for k, ln in enumerate(parts[j]):
                        yy = top - pad - size - k * lh + 1
                        al = aligns[j] if aligns else "l"
                        if al == "r":
                            self.draw(x + w - pad, yy, ln, size, right=True)
                        elif al == "c":
                            self.draw(x + w / 2, yy, ln, size, center=True)
                        else:
                            self.draw(x + pad, yy, ln, size)
                x += w
            self.c.line(x, top, x, top - h)
            if last:
                pass

        def bottom_rule(y):
            self.c.line(x0, y, x0 + sum(widths), y)

        for i, r in enumerate(rows):
            lines = cell_lines(r)
            n = max([len(l) for l in lines] + [1])
            remaining = list(lines)
            first = True
            while True:
                avail = int((self.y - self.margin - 2 * pad) // lh)
                if n <= avail:
                    h = n * lh + 2 * pad
                    draw_part(r, remaining, self.y, h, first, True)
                    self.y -= h
                    break
                if split_rows and avail >= 1 and i >= header_rows:
                    part = [l[:avail] for l in remaining]
                    h = avail * lh + 2 * pad
                    draw_part(r, part, self.y, h, first, False)
                    self.y -= h
                    bottom_rule(self.y)
                    remaining = [l[avail:] for l in remaining]
                    n = max([len(l) for l in remaining] + [1])
                    first = False
                    self.new_page()
                    # continuation: draw top rule
                    bottom_rule(self.y)
                    continue
                bottom_rule(self.y)
                self.new_page()
                if repeat_header and i >= header_rows:
                    for hr in header:
                        hl = cell_lines(hr)
                        hn = max(len(l) for l in hl)
                        hh = hn * lh + 2 * pad
                        draw_part(hr, hl, self.y, hh, True, True)
                        self.y -= hh
                first = True
            # next row top rule drawn by next row; bottom of last row:
        bottom_rule(self.y)
        self.y -= 6


def image_pdf(path, images_jpeg, dpi=150):
    """Image-only PDF from a list of JPEG/PNG file paths (each one page, A4 portrait or the image ratio)."""
    from PIL import Image
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for img in images_jpeg:
        im = Image.open(img)
        w, h = im.size
        pw, ph = w * 72.0 / dpi, h * 72.0 / dpi
        c.setPageSize((pw, ph))
        c.drawImage(image_file(img), 0, 0, pw, ph)
        c.showPage()
    c.save()
