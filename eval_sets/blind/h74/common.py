"""Helpers shared by the package specs: integer splits, device matrices, the 申报书 writer, file assembly."""

from __future__ import annotations

import random
import re

import docs
from model import Pkg, f2, pct, r2
from office import Doc


def split_int(total: int, weights: dict[str, float]) -> dict[str, int]:
    """Largest-remainder split of an integer total by weights (order kept)."""
    s = sum(weights.values())
    raw = {k: total * w / s for k, w in weights.items()}
    out = {k: int(v) for k, v in raw.items()}
    rest = total - sum(out.values())
    for k in sorted(raw, key=lambda k: (-(raw[k] - out[k]), list(raw).index(k)))[:rest]:
        out[k] += 1
    return out


def is_overseas(key: str) -> bool:
    return bool(re.search(r"[A-Za-z]", key))


def device_cells(cat_totals: dict[str, int], reg_totals: dict[str, int], pub_total: int, daily_total: int,
                 seed: int) -> list[dict]:
    """An integer category × region matrix with the given margins, plus 公有云 and 日均运行 parts per cell."""
    n = sum(cat_totals.values())
    assert n == sum(reg_totals.values()), (n, sum(reg_totals.values()))
    rnd = random.Random(seed)
    T = {(c, r): cat_totals[c] * reg_totals[r] // n for c in cat_totals for r in reg_totals}
    crem = {c: cat_totals[c] - sum(T[c, r] for r in reg_totals) for c in cat_totals}
    rrem = {r: reg_totals[r] - sum(T[c, r] for c in cat_totals) for r in reg_totals}
    cs, rs = list(cat_totals), list(reg_totals)
    i = j = 0
    while i < len(cs) and j < len(rs):
        c, r = cs[i], rs[j]
        m = min(crem[c], rrem[r])
        T[c, r] += m
        crem[c] -= m
        rrem[r] -= m
        if crem[c] == 0:
            i += 1
        if rrem[r] == 0:
            j += 1
    assert all(v == 0 for v in crem.values()) and all(v == 0 for v in rrem.values())
    cells = [dict(cat=c, reg=r, T=T[c, r]) for c in cs for r in rs if T[c, r] > 0]
    ratio = pub_total / n
    for cell in cells:
        cell["P"] = min(cell["T"], int(cell["T"] * ratio * rnd.uniform(0.85, 1.15)))
    _adjust(cells, "P", "T", pub_total, rnd)
    ratio2 = daily_total / pub_total
    for cell in cells:
        cell["D"] = min(cell["P"], int(cell["P"] * ratio2 * rnd.uniform(0.9, 1.1)))
    _adjust(cells, "D", "P", daily_total, rnd)
    return cells


def _adjust(cells, key, cap, target, rnd):
    diff = target - sum(c[key] for c in cells)
    order = sorted(range(len(cells)), key=lambda k: -cells[k][cap])
    k = 0
    while diff != 0:
        c = cells[order[k % len(order)]]
        if diff > 0 and c[key] < c[cap]:
            c[key] += 1
            diff -= 1
        elif diff < 0 and c[key] > 0:
            c[key] -= 1
            diff += 1
        k += 1


def margin(cells: list[dict], key: str, by: str, order: list[str]) -> dict[str, int]:
    out = {k: 0 for k in order}
    for c in cells:
        out[c[by]] += c[key]
    return {k: v for k, v in out.items() if v > 0}


def fill_device_values(V: dict, cells: list[dict], cats: list[str], regs: list[str]):
    V["连接的工业设备/产品/产线种类及数量（台/套）"] = sum(c["T"] for c in cells)
    V["公有云工业设备连接数量（台/套）"] = sum(c["P"] for c in cells)
    V["公有云工业设备平均日运行数量（台/套）"] = sum(c["D"] for c in cells)
    V["按二级分类统计工业设备数量（台/套）"] = margin(cells, "T", "cat", cats)
    V["按省市区域统计工业设备数量（台/套）"] = margin(cells, "T", "reg", regs)
    V["按二级分类统计公有云工业设备数量（台/套）"] = margin(cells, "P", "cat", cats)
    V["按省市区域统计公有云工业设备数量（台/套）"] = margin(cells, "P", "reg", regs)
    V["按二级分类统计公有云工业设备平均日运行数量（台/套）"] = margin(cells, "D", "cat", cats)
    V["按省市区域统计公有云工业设备平均日运行数量（台/套）"] = margin(cells, "D", "reg", regs)
    overseas = {k: v for k, v in V["按省市区域统计工业设备数量（台/套）"].items() if is_overseas(k)}
    V["海外设备连接数量（台/套）"] = sum(overseas.values())
    V["按海外国家分类统计海外设备连接数量（台/套）"] = overseas


def detail_rows(cells: list[dict], seed: int, suffixes: list[str], mode_words: list[str]) -> list[list]:
    """Rows 序号 | 设备所属企业 | 注册地 | 设备类别 | 接入数量 | 其中：公有云接入 | 公有云日均运行 | 接入方式."""
    rnd = random.Random(seed)
    by_region: dict[str, list[dict]] = {}
    for c in cells:
        by_region.setdefault(c["reg"], []).append(c)
    rows = []
    names_used = set()
    for reg, group in by_region.items():
        size = sum(c["T"] for c in group)
        k = max(1, min(5, size // 2500 + 1))
        names = []
        while len(names) < k:
            nm = docs.detail_enterprise_names(rnd.randint(0, 10 ** 6), [reg], 1, suffixes)[0]
            label = re.sub(r"[A-Za-z ]+", "", reg) + nm
            if label not in names_used:
                names_used.add(label)
                names.append(label)
        for c in group:
            m = 1 if c["T"] < 400 else min(len(names), 2 if c["T"] < 3000 else 3)
            chosen = rnd.sample(names, m)
            weights = {n: rnd.uniform(0.6, 1.4) for n in chosen}
            Ts = split_int(c["T"], weights)
            Ps = split_int(c["P"], {n: max(Ts[n], 1) for n in chosen})
            Ds = split_int(c["D"], {n: max(Ps[n], 1) for n in chosen})
            for n in chosen:
                assert Ds[n] <= Ps[n] <= Ts[n], (n, Ts[n], Ps[n], Ds[n])
                if Ts[n]:
                    rows.append([n, reg, c["cat"], Ts[n], Ps[n], Ds[n], rnd.choice(mode_words)])
    rows.sort(key=lambda r: (r[1], r[0], r[2]))
    return [[i + 1] + r for i, r in enumerate(rows)]


def growth(rev: dict[int, float]) -> dict[int, float]:
    return {y: pct(rev[y] - rev[y - 1], rev[y - 1]) for y in (2021, 2022, 2023)}


# ----------------------------------------------------------------------------------------------
# 申报书 writer
# ----------------------------------------------------------------------------------------------
class Report:
    def __init__(self, p: Pkg, file: str, font: str = "仿宋_GB2312", size: float = 12, header: str = ""):
        self.p = p
        self.file = file
        self.d = Doc(author=p.co["contact"], title="申报书", font=font, size=size, header_text=header)
        self.marks: dict[str, int] = {}

    def cover(self):
        docs._cover(self.d, self.p, "申报书")

    def page(self):
        self.d.new_page()

    def chapter(self, title: str, new_page: bool = True):
        if new_page:
            self.d.new_page()
        self.d.heading(title, 15, "left", "黑体")
        self.marks.setdefault(re.sub(r"（案例\d）$", "", title), self.d.page)

    def sub(self, title: str):
        self.d.heading(title, 12.5, "left", "楷体", space_before=4)

    def para(self, text: str, **kw):
        self.d.para(text, **kw)

    def table(self, rows, widths, **kw):
        self.d.table(rows, widths, **kw)

    def pic(self, pic, width_cm: float, caption: str, facts: list[tuple] = ()):
        self.d.picture(pic, width_cm, caption)
        self.p.placed(self.file, "docx", self.d.page, pic, caption)
        for f in facts:
            label, shown, unit, normalized, row_label = f[:5]
            component = f[5] if len(f) > 5 else ""
            assert shown in pic.texts, (shown, pic.pid)
            self.p.fact(label, shown, unit, normalized, self.file, self.d.page, shown, row_label=row_label,
                        component=component, image_only=True)

    def text_fact(self, label, shown, unit, normalized, row_label="", column_label="", component=""):
        """A figure printed as text on the current page."""
        assert any(shown in t for t in self.d.page_texts.get(self.d.page, [])), (shown, self.d.page)
        self.p.fact(label, shown, unit, normalized, self.file, self.d.page, shown, row_label=row_label,
                    column_label=column_label, component=component)

    def save(self) -> bytes:
        self.p.docx_pages[self.file] = self.d.page
        return self.d.save()


def doc_text_fact(p: Pkg, d: Doc, file: str, label, shown, unit, normalized, row_label="", column_label="",
                  component=""):
    assert any(shown in t for t in d.page_texts.get(d.page, [])), (shown, d.page)
    p.fact(label, shown, unit, normalized, file, d.page, shown, row_label=row_label, column_label=column_label,
           component=component)


def doc_pic(p: Pkg, d: Doc, file: str, pic, width_cm: float, caption: str, facts: list[tuple] = ()):
    d.picture(pic, width_cm, caption)
    p.placed(file, "docx", d.page, pic, caption)
    for f in facts:
        label, shown, unit, normalized, row_label = f[:5]
        component = f[5] if len(f) > 5 else ""
        assert shown in pic.texts, (shown, pic.pid)
        p.fact(label, shown, unit, normalized, file, d.page, shown, row_label=row_label, component=component,
               image_only=True)


def file_pic(p: Pkg, file: str, pic, role: str, facts: list[tuple] = ()):
    """A screenshot delivered as its own PNG/JPG file (page 1)."""
    p.add(file, pic.data, role)
    p.placed(file, pic.fmt, 1, pic, "")
    for f in facts:
        label, shown, unit, normalized, row_label = f[:5]
        assert shown in pic.texts, (shown, pic.pid)
        p.fact(label, shown, unit, normalized, file, 1, shown, row_label=row_label, image_only=True)


def xlsx_pic_facts(p: Pkg, file: str, pic, page: int, facts: list[tuple]):
    for f in facts:
        label, shown, unit, normalized, row_label = f[:5]
        column_label = f[5] if len(f) > 5 else ""
        assert shown in pic.texts, (shown, pic.pid)
        p.fact(label, shown, unit, normalized, file, page, shown, row_label=row_label, column_label=column_label,
               image_only=True)


def avg3(xs: list[float]) -> float:
    return r2(sum(xs) / 3)


def case_rates(p: Pkg) -> dict[str, float]:
    keys = ("运维", "能耗", "安全")
    return {k: avg3([c[k] for c in p.cases]) for k in keys}


def ic_(n: int) -> str:
    return f"{n:,}"


__all__ = ["split_int", "is_overseas", "device_cells", "margin", "fill_device_values", "detail_rows", "growth",
           "Report", "doc_text_fact", "doc_pic", "file_pic", "xlsx_pic_facts", "avg3", "case_rates", "f2", "pct", "r2"]


def proofs(mapping: dict[str, str], numeric_default: str, text_default: str, V: dict) -> dict[str, str]:
    """证明资料 column: by 附件4 label / key; keys of `mapping` may also be prefixes."""
    from notice import FORM_ROWS
    out = {}
    for _l1, _l2, _l3, _content, key in FORM_ROWS:
        hit = mapping.get(key)
        if hit is None:
            for k, v in mapping.items():
                if k.endswith("*") and key.startswith(k[:-1]):
                    hit = v
                    break
        if hit is None:
            value = V.get(key)
            hit = numeric_default if isinstance(value, (int, float, dict)) and not isinstance(value, bool) else text_default
        out[key] = hit
    return out
