"""Which Word paragraphs are headings, and at what level, for heading paths and locators.

The level comes from the paragraph's outline level (w:outlineLvl, direct or from its style),
or from a style named like a heading ("Heading 2", "标题 2", "Title"), following w:basedOn.
Chinese applicants often number sections by hand ("一、平台基本情况", "（二）资金投入") in the Normal
style; only when a document has no heading style at all are such short lines taken as headings.
This module reads paragraph properties and styles; it does not read runs.
"""

from __future__ import annotations

import re

from lxml import etree

from extractors.docx_text import W

_HEADING_NAME = re.compile(r"^(?:heading|标题)\s*([1-9])$", re.IGNORECASE)
_TITLE_NAMES = {"title", "标题"}
# Hand-numbered section titles: short lines that do not end like a sentence.
_TEXT_HEADINGS = (
    (re.compile(r"^[一二三四五六七八九十]+、"), 1),
    (re.compile(r"^[（(][一二三四五六七八九十]+[）)]"), 2),
)
_SENTENCE_END = ("。", "；", ";", "，", ",", "：", ":")
_MAX_TEXT_HEADING = 40


def heading_styles(styles_root: etree._Element) -> dict[str, int]:
    """styleId → heading level for paragraph styles that are headings, following w:basedOn."""
    names: dict[str, str] = {}
    based_on: dict[str, str] = {}
    outline: dict[str, int] = {}
    for style in styles_root.iter(f"{W}style"):
        if style.get(f"{W}type") != "paragraph":
            continue
        style_id = style.get(f"{W}styleId", "")
        name = style.find(f"{W}name")
        names[style_id] = (name.get(f"{W}val", "") if name is not None else "").strip()
        parent = style.find(f"{W}basedOn")
        if parent is not None:
            based_on[style_id] = parent.get(f"{W}val", "")
        level = _outline_level(style.find(f"{W}pPr"))
        if level is not None:
            outline[style_id] = level
    levels: dict[str, int] = {}
    for style_id in names:
        current: str | None = style_id
        for _ in range(10):  # basedOn chains can loop in broken files
            if current is None or current not in names:
                break
            match = _HEADING_NAME.match(names[current])
            if match:
                levels[style_id] = int(match.group(1))
                break
            if names[current].lower() in _TITLE_NAMES:
                levels[style_id] = 1
                break
            if current in outline:
                levels[style_id] = outline[current]
                break
            current = based_on.get(current)
    return levels


def _outline_level(ppr: etree._Element | None) -> int | None:
    """1-based level from w:outlineLvl (0–8); 9 means body text."""
    node = ppr.find(f"{W}outlineLvl") if ppr is not None else None
    if node is None:
        return None
    try:
        value = int(node.get(f"{W}val", "9"))
    except ValueError:
        return None
    return value + 1 if 0 <= value <= 8 else None


def paragraph_level(p: etree._Element, styles: dict[str, int]) -> int | None:
    ppr = p.find(f"{W}pPr")
    direct = _outline_level(ppr)
    if direct is not None:
        return direct
    style = ppr.find(f"{W}pStyle") if ppr is not None else None
    return styles.get(style.get(f"{W}val", "")) if style is not None else None


def has_styled_headings(body: etree._Element, styles: dict[str, int]) -> bool:
    return any(paragraph_level(p, styles) for p in body.iter(f"{W}p"))


def text_heading_level(text: str) -> int | None:
    if len(text) > _MAX_TEXT_HEADING or "\n" in text or text.endswith(_SENTENCE_END):
        return None
    for pattern, level in _TEXT_HEADINGS:
        if pattern.match(text):
            return level
    return None
