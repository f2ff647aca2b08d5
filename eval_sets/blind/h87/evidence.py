"""Evidence writers shared by the h87 packages. Each returns the facts it prints (page numbers from the layout)."""

from __future__ import annotations

import random
from pathlib import Path

from PIL import Image, ImageDraw

from eval_sets.blind.h87 import render


def fact(label, value, unit, normalized, file, page, quote=None, row_label="", column_label="", component="", image_only=False):
    return dict(label=label, value=value, unit=unit, normalized=normalized, file=file, page=page,
                quote=quote if quote is not None else value, row_label=row_label, column_label=column_label,
                component=component, image_only=image_only)


def northwest(rows: dict[str, int], cols: dict[str, int]) -> dict[tuple[str, str], int]:
    """A non-negative integer matrix with the given row and column sums (northwest-corner rule)."""
    assert sum(rows.values()) == sum(cols.values())
    r, c = dict(rows), dict(cols)
    rk, ck = list(r), list(c)
    i = j = 0
    out = {}
    while i < len(rk) and j < len(ck):
        q = min(r[rk[i]], c[ck[j]])
        if q:
            out[(rk[i], ck[j])] = q
        r[rk[i]] -= q
        c[ck[j]] -= q
        if r[rk[i]] == 0:
            i += 1
        else:
            j += 1
    return out


def stats_pdf(path: Path, rel: str, pages: list[dict], header: str) -> list[dict]:
    """A back-office statistics report. pages: {"title":…, "intro":…, "tables":[(caption, head, rows, widths)],
    "notes":[…]}; a row is [cell, …] or ([cell, …], [(col, label, unit, normalized, component), …]) to emit facts."""
    facts, layout = [], []
    for no, pg in enumerate(pages, 1):
        blocks = [("h", pg["title"])] if pg.get("title") else []
        if pg.get("intro"):
            blocks.append(("s", pg["intro"]))
        for caption, head, rows, widths in pg.get("tables", []):
            if caption:
                blocks.append(("p", caption))
            plain = [head]
            for row in rows:
                cells, marks = (row if isinstance(row, tuple) else (row, []))
                plain.append(cells)
                for col, label, unit, normalized, comp in marks:
                    facts.append(fact(label, str(cells[col]), unit, normalized, rel, no, str(cells[col]),
                                      row_label=str(cells[0]), column_label=str(head[col]), component=comp))
            blocks.append(("t", plain, widths))
        for n in pg.get("notes", []):
            blocks.append(("s", n))
        if pg.get("seal"):
            blocks.append(("seal", pg["seal"]))
        layout.append(blocks)
    render.text_pdf(path, layout, header=header)
    return facts


def cert_images(certs: list[dict], key: str, rng: random.Random) -> list[Image.Image]:
    """Certificates drawn as scanned A4 pages (image only). cert: title, lines, seal, issuer."""
    pages = []
    for no, cert in enumerate(certs, 1):
        W, H = 1190, 1684
        im = Image.new("RGB", (W, H), (250, 248, 240))
        d = ImageDraw.Draw(im)
        d.rectangle([50, 50, W - 50, H - 50], outline=(160, 130, 60), width=10)
        d.rectangle([75, 75, W - 75, H - 75], outline=(190, 160, 90), width=3)
        d.text((W // 2, 230), cert["title"], font=render.pil_font(64), fill=(120, 30, 30), anchor="mm")
        y = 400
        for line in cert["lines"]:
            d.text((150, y), line, font=render.pil_font(32), fill=(30, 30, 30))
            y += 70
        d.text((W - 150, H - 260), cert["issuer"], font=render.pil_font(30), fill=(30, 30, 30), anchor="rm")
        render.seal(im, W - 330, H - 330, 120, cert["seal"], rng)
        if cert.get("stamp"):
            d.text((W // 2, H - 140), cert["stamp"], font=render.pil_font(40), fill=(200, 40, 40), anchor="mm")
        pages.append(render.scanify(im, rng))
        render.record(key, no, "\n".join([cert["title"], *cert["lines"], cert["issuer"], cert.get("stamp", "")]))
    return pages


def scan_text_pages(path: Path, rel: str, key: str, pages: list[list[tuple]], rng: random.Random, tmp: Path,
                    seal_pages: dict[int, str] | None = None, drawn: dict[int, list[str]] | None = None):
    """Lay pages out with reportlab, rasterise, seal, and write an image-only PDF; record the drawn text given."""
    render.text_pdf(tmp, pages)
    imgs = render.rasterize(tmp, 1.4)
    tmp.unlink()
    out = []
    for i, im in enumerate(imgs, 1):
        if seal_pages and i in seal_pages:
            render.seal(im, im.width - 250, im.height - 300, 110, seal_pages[i], rng, label="")
            out.append(render.scanify(im, rng))
        else:
            out.append(render.scanify(im, rng, bw=True))
    render.image_pdf(path, out)
    for i, blocks in enumerate(pages, 1):
        texts = []
        for b in blocks:
            if b[0] in ("h", "p", "s"):
                texts.append(b[1])
            elif b[0] == "t":
                texts += [" ".join(str(c) for c in r) for r in b[1]]
                texts += [str(c) for r in b[1] for c in r]
        render.record(key, i, "\n".join(texts))


_A = "华鼎 恒通 众诚 精工 瑞峰 金川 宏远 启航 博能 合力 东岳 远大 新越 嘉禾 鸿泰 中联 明德 永盛 同创 宝丰 利源 天成 长兴 安达 晟泰 凯利 荣昌 盛达".split()
_B = "机电 精密 智能 五金 电气 机械 液压 模具 自动化 流体 环保 纺织 服饰 针织 轴承 电子 包装 材料 工贸 装备".split()
_C = "有限公司 科技有限公司 制造有限公司 股份有限公司 实业有限公司".split()


def company_names(n: int, rng: random.Random, prefixes: list[str]) -> list[str]:
    """n distinct invented enterprise names, prefixed with a place word."""
    seen: set[str] = set()
    out: list[str] = []
    while len(out) < n:
        name = f"{rng.choice(prefixes)}{rng.choice(_A)}{rng.choice(_B)}{rng.choice(_C)}"
        if name not in seen:
            seen.add(name)
            out.append(name)
    return out
