"""A document as a reader of the file sees it.

Text no reader sees — white, tiny, off the page, Word's vanish, invisible (render mode 3 on a page
that is no scan), painted over by a picture — proves nothing: a template's 「XXX」 or last year's
figure left under a pasted screenshot is not the package's claim (h45). Such text is reported
(`assistant.checks.rules_integrity`) and kept out of every evidence reader: `visible` drops its
blocks and blanks its characters in the page text (spaces, newlines kept), so every other block's
span still points at its own text and citations stay put. A hidden spreadsheet row or sheet is
housekeeping as often as not, and stays.

Must not: change anything a reader does see, or the parsed package (a copy is returned).
"""

from __future__ import annotations

from extractors.model import Block, Document

_UNSEEN = frozenset({"white", "tiny", "off_page", "vanish", "invisible", "under_image"})


def unseen(block: Block) -> bool:
    return bool(_UNSEEN.intersection(block.hidden))


def visible(document: Document) -> Document:
    if not any(unseen(b) for page in document.pages for b in page.blocks):
        return document
    pages = []
    for page in document.pages:
        hidden = [b for b in page.blocks if unseen(b)]
        if not hidden:
            pages.append(page)
            continue
        chars = list(page.text)
        for block in hidden:
            for i in range(block.span.start, min(block.span.end, len(chars))):
                if chars[i] != "\n":
                    chars[i] = " "
        kept = tuple(b for b in page.blocks if not unseen(b))
        pages.append(page.model_copy(update={"text": "".join(chars), "blocks": kept}))
    return document.model_copy(update={"pages": tuple(pages)})
