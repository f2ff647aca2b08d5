"""Package-level helpers shared by the four package modules: PDF/scan writers that return facts with
their file, PNG screenshots, and the 附录 words every spec uses."""

from __future__ import annotations

from pathlib import Path

from eval_sets.blind.h80 import render
from eval_sets.blind.h80.evidence import screen_facts, screen_image

# Text drawn on image-only pages ({"<pid>/<rel>": {page: text}}), written by build.py to drawn_text.json so that
# verify.py can check the quote of an image_only fact without OCR.
DRAWN: dict[str, dict[int, str]] = {}


def _drawn(root: Path, rel: str, page: int, text: str):
    key = f"{root.name}/{rel}"
    DRAWN.setdefault(key, {})
    DRAWN[key][page] = (DRAWN[key].get(page, "") + " " + text).strip()


def with_file(facts: list[dict], rel: str, image_only: bool | None = None) -> list[dict]:
    out = []
    for f in facts:
        g = dict(f, file=rel)
        if image_only is not None:
            g["image_only"] = image_only
        out.append(g)
    return out


def text_pdf(root: Path, rel: str, fn, title: str, header: str = "") -> list[dict]:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = render.Doc(str(path), title=title, header=header)
    facts = fn(doc)
    doc.save()
    return with_file(facts, rel)


def scanned_pdf(root: Path, rel: str, fn, title: str, seed: int, seals: dict[int, tuple[str, float, float]],
                header: str = "", angles: tuple[float, ...] = (0.3, -0.4, 0.6)) -> list[dict]:
    """Lay the document out, print it, stamp the pages in `seals` ({page index: (seal text, x, y)}), scan it."""
    box: list = []

    def build(buf):
        doc = render.Doc(buf, title=title, header=header)
        box.extend(fn(doc))
        doc.save()

    vector = render.pdf_bytes(build)
    import io

    import pypdf

    for i, page in enumerate(pypdf.PdfReader(io.BytesIO(vector)).pages, start=1):
        _drawn(root, rel, i, page.extract_text())
    pages = render.rasterize(vector, scale=1.7)
    out = []
    for i, img in enumerate(pages):
        angle = angles[i % len(angles)]
        if i in seals:
            text, x, y = seals[i]
            img = render.seal(img, int(img.width * x), int(img.height * y), 80, text, seed + i)
            out.append(render.scanify(img, seed + i, angle=angle))
        else:
            out.append(render.scanify(img, seed + i, angle=angle, bw=True))
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    render.images_pdf(path, out, title=title, quality=62)
    return with_file(box, rel, image_only=True)


def png_screens(root: Path, rel: str, screen: dict, seed: int) -> list[dict]:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(render.png_bytes(screen_image(screen, seed)))
    _drawn(root, rel, 1, " ".join(f"{c} {v}" for c, _, v, _, _ in screen["tiles"]))
    return with_file(screen_facts(screen, 1), rel)


def pasted_screens(doc: render.Doc, screens: list[tuple[dict, str]], seed: int, noisy: bool, where: tuple[Path, str]) -> list[dict]:
    """Screenshots pasted into a PDF, one per page with a caption; numbers exist only inside the images."""
    facts = []
    for k, (screen, caption) in enumerate(screens):
        if doc.y < doc.size[1] - doc.margin - 5:
            doc.new_page()
        img = screen_image(screen, seed + k)
        if noisy:
            img = render.scanify(img, seed + k, angle=(1.2 if k % 2 else -0.8))
        doc.text(caption, size=11, gap=8)
        doc.image(img, max_h=420)
        facts.extend(dict(f, image_only=True) for f in screen_facts(screen, doc.page_no))
        _drawn(where[0], where[1], doc.page_no, " ".join(f"{c} {v}" for c, _, v, _, _ in screen["tiles"]))
    return facts


def tile(caption: str, label: str | None, value: str, unit: str, normalized):
    return (caption, label, value, unit, normalized)
