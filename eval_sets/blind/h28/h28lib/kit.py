"""Generators for IP rows, certificates pages and the standard documents of a package."""
from __future__ import annotations

import random

from . import certs
from .docs import (Pkg, commitment_docx, commitment_scan, contact_form, form_docx, form_pdf_bytes, form_xlsx,
                   stamped_scan, summary_docx, summary_xlsx)


def patent_rows(n: int, owner: str, topics: list[str], objs: list[str], seed: int, year_from=2017, kinds=None) -> list:
    rnd = random.Random(seed)
    rows, seen = [], set()
    while len(rows) < n:
        t, o = rnd.choice(topics), rnd.choice(objs)
        suffix = rnd.choice(["方法及系统", "方法、装置及存储介质", "系统", "方法", "装置及电子设备"])
        name = f"一种基于{t}的{o}{suffix}"
        if name in seen:
            continue
        seen.add(name)
        y = rnd.randint(year_from, 2022)
        no = f"ZL{y}1{rnd.randint(0, 1)}{rnd.randint(100000, 999999)}.{rnd.randint(0, 9)}"
        gy = min(2024, y + rnd.randint(1, 3))
        kind = (kinds or ["发明"])[len(rows) % len(kinds or ["发明"])]
        rows.append([name, no, kind, owner, f"{gy}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"])
    rows.sort(key=lambda r: r[4])
    return rows


def soft_rows(n: int, owner: str, prefix: str, modules: list[str], seed: int) -> list:
    rnd = random.Random(seed)
    rows, seen = [], set()
    while len(rows) < n:
        m = rnd.choice(modules)
        v = f"V{rnd.randint(1, 4)}.{rnd.randint(0, 5)}"
        name = f"{prefix}{m}{rnd.choice(['系统', '软件', '平台', '管理系统'])}{v}"
        if name in seen:
            continue
        seen.add(name)
        y = rnd.randint(2018, 2024)
        rows.append([name, f"{y}SR{rnd.randint(100000, 1999999):07d}", owner, f"{y}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"])
    rows.sort(key=lambda r: r[3])
    return rows


def soft_cert_pages(rows: list, seed: int, per_page: int = 4, title: str = "") -> list:
    imgs = []
    for i, r in enumerate(rows):
        y, m, dd = r[3].split("-")
        imgs.append(certs.soft_copyright({"cert": f"{int(y) * 1000 + 1000 + i * 7 + seed % 97:08d}"[-8:], "name": r[0], "owner": r[2],
                                          "done": f"{int(y) - 1}年{int(m)}月{int(dd)}日", "pub": "未发表",
                                          "reg": r[1], "date": f"{y}年{int(m)}月{int(dd)}日"}, seed=seed + i))
    cols, rws = (2, 2) if per_page == 4 else (1, 2)
    return [certs.grid_sheet(imgs[k:k + per_page], cols, rws, title) for k in range(0, len(imgs), per_page)]


def patent_cert_pages(rows: list, inventors: list[str], addr: str, seed: int) -> list:
    rnd = random.Random(seed)
    out = []
    for i, r in enumerate(rows):
        y, m, dd = r[4].split("-")
        ap = r[1][2:6]
        out.append(certs.patent({"cert": f"{rnd.randint(4000000, 6900000)}", "name": r[0], "inventors": "；".join(rnd.sample(inventors, 3)),
                                 "no": r[1], "apply": f"{ap}年{rnd.randint(1, 12)}月{rnd.randint(1, 28)}日", "owner": r[3],
                                 "addr": addr, "grant": f"{y}年{int(m)}月{int(dd)}日", "pubno": f"CN {rnd.randint(108000000, 116900000)} B"},
                                seed=seed + i))
    return out


def standard_docs(p: Pkg, T, root, *, names: dict, form: str = "docx", form_scan: bool = True, summary: str = "xlsx",
                  commitment: str = "scan", backup=("周立新", "信息中心主任", "13817265390"), seed: int = 1,
                  proof_first: bool = False, merged: bool = True, skip_commitment: bool = False):
    contact_form(p, root / names["contact"], backup)
    T.file(names["contact"], "联系人表")
    if form == "docx":
        form_docx(p, root / names["form"], proof_first=proof_first, merged=merged)
    else:
        form_xlsx(p, root / names["form"])
    T.file(names["form"], "申报表")
    if form_scan:
        stamped_scan(form_pdf_bytes(p), root / names["form_scan"], p.company, seed=seed)
        T.file(names["form_scan"], "申报表扫描件")
    if summary == "xlsx":
        summary_xlsx(p, root / names["summary"])
    elif summary == "xlsx-h":
        summary_xlsx(p, root / names["summary"], horizontal=True)
    else:
        summary_docx(p, root / names["summary"])
    T.file(names["summary"], "汇总表")
    if not skip_commitment:
        if commitment == "scan":
            commitment_scan(p, root / names["commitment"], seed=seed + 3)
        else:
            commitment_docx(p, root / names["commitment"])
        T.file(names["commitment"], "承诺")
