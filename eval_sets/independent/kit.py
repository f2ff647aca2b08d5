"""Helpers that package specs use to write files and record facts with located pages."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from .blocks import DocxStyle, PdfStyle, render_docx, render_pdf
from .model import Fact, Package, Problem
from .office import save_docx, save_xlsx
from .pdftext import find_page, pdf_page_texts, text_position, xlsx_sheet_texts
from .scan import scan_pdf, seal_image


@dataclass
class Built:
    pid: str
    description: str
    layout: list[str]
    delivery: str  # folder | zip
    zip_root: str = ""  # top folder inside the zip
    files: dict[str, bytes] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    secrets: list[str] = field(default_factory=list)
    keys: dict[str, str] = field(default_factory=dict)  # logical name ("form", "narrative" …) -> path
    page_texts: dict[str, list[str]] = field(default_factory=dict)  # layout texts of scans (for locating)


class Kit:
    def __init__(self, p: Package, b: Built, seal_seed: int):
        self.p = p
        self.b = b
        self.seal_seed = seal_seed
        self._seal = None

    # -- files -------------------------------------------------------------------------------
    def add(self, path: str, data: bytes, role: str, key: str | None = None) -> str:
        assert path not in self.b.files, path
        self.b.files[path] = data
        self.b.roles[path] = role
        if key:
            self.b.keys[key] = path
        return path

    def docx(self, path: str, blocks: list, style: DocxStyle, role: str, key: str | None = None,
             author: str | None = None, when: datetime | None = None) -> str:
        doc = render_docx(blocks, style)
        kw = {"when": when} if when else {}
        return self.add(path, save_docx(doc, author or self.p.contact.name, **kw), role, key)

    def xlsx(self, path: str, wb, role: str, key: str | None = None, author: str | None = None) -> str:
        return self.add(path, save_xlsx(wb, author or self.p.contact.name), role, key)

    def pdf(self, path: str, blocks: list, style: PdfStyle, role: str, key: str | None = None) -> str:
        return self.add(path, render_pdf(blocks, style), role, key)

    @property
    def seal(self):
        if self._seal is None:
            self._seal = seal_image(self.p.company.name, 250, self.seal_seed)
        return self._seal

    def scan(self, path: str, blocks: list, style: PdfStyle, role: str, *, seal_at: list[tuple[int, str]],
             key: str | None = None, dpi: int = 150, seed: int = 0, seal_offset=(0.18, -0.01),
             color_all: bool = False, producer: str = "RICOH MP C3004", seal_img=None) -> str:
        """Lay out `blocks`, then scan: a seal over each (page, text) of seal_at."""
        layout = render_pdf(blocks, style)
        seals: dict[int, list[tuple[float, float]]] = {}
        for page, needle in seal_at:
            if page < 0:
                page = len(pdf_page_texts(layout)) + page
            x, y = text_position(layout, page, needle)
            seals.setdefault(page, []).append((x + seal_offset[0], y + seal_offset[1]))
        data, _ = scan_pdf(layout, dpi=dpi, seed=seed or self.seal_seed, seals=seals, seal=seal_img or self.seal,
                           color_all=color_all, producer=producer)
        self.b.page_texts[path] = pdf_page_texts(layout)
        return self.add(path, data, role, key)

    # -- facts -------------------------------------------------------------------------------
    def texts(self, path: str) -> list[str]:
        if path in self.b.page_texts:
            return self.b.page_texts[path]
        data = self.b.files[path]
        if path.endswith(".pdf"):
            return pdf_page_texts(data)
        if path.endswith(".xlsx"):
            return xlsx_sheet_texts(data)
        raise ValueError(path)

    def fact(self, path: str, label: str, value: str, unit: str, normalized, quote: str | None = None, *,
             anchor: str | None = None, page: int | None = None, row_label: str = "", column_label: str = "",
             component: str = "", image_only: bool | None = None) -> Fact:
        quote = quote or value
        if image_only is None:
            image_only = path in self.b.page_texts or path.endswith(".png")
        if page is None:
            page = 1 if path.endswith(".png") else find_page(self.texts(path), quote, anchor)
        elif not path.endswith(".png") and not image_only:
            texts = self.texts(path)
            from .pdftext import squash
            assert squash(quote) in squash(texts[page - 1]), (path, page, quote)
        f = Fact(label=label, value=value, unit=unit, normalized=normalized, file=path, page=page, quote=quote,
                 row_label=row_label, column_label=column_label, component=component, image_only=image_only)
        self.b.facts.append(f)
        return f
