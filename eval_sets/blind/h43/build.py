"""Build the h43 blind set (hostile scans): packages/<id>/… and truth/<id>.json.

    /work/main/.venv/bin/python -m eval_sets.blind.h43.build            # into eval_sets/blind/h43/
    /work/main/.venv/bin/python -m eval_sets.blind.h43.build --out DIR  # elsewhere (determinism check)
    /work/main/.venv/bin/python -m eval_sets.blind.h43.build --check    # build twice in temp dirs, compare bytes

Written from the notice alone (沪经信软〔2024〕410号 附件1–6, 附录A–F); every number, person, phone,
address is invented; platforms, 序号 and companies are real rows of 附件6.
"""

from __future__ import annotations

import argparse
import copy
import filecmp
import json
import random
import shutil
import sys
import tempfile
from pathlib import Path

from PIL import Image

from eval_sets.truth import PackageTruth, dump_truth

from . import evidence as ev
from . import forms, render
from .profiles import PROFILES

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]


class Pkg:
    def __init__(self, out: Path, pid: str, V: dict):
        self.out, self.pid, self.V = out, pid, V
        self.root = out / "packages" / pid
        self.files: dict[str, str] = {}
        self.drawn: dict[str, dict[int, list[str]]] = {}
        self.facts: list[dict] = []
        self.problems: list[dict] = []
        self.rng = random.Random(V["seed"] * 7 + 1)

    def path(self, rel: str) -> Path:
        p = self.root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        return p

    def add(self, rel: str, role: str):
        self.files[rel] = role

    def write(self, rel: str, role: str, data: bytes):
        self.path(rel).write_bytes(data)
        self.add(rel, role)

    def pdf(self, rel: str, role: str, sheets: list[tuple[Image.Image, int, int, list[str]]]):
        self.write(rel, role, render.image_pdf([(im, dpi, rot) for im, dpi, rot, _ in sheets]))
        self.drawn[rel] = {i: texts for i, (_, _, _, texts) in enumerate(sheets, 1)}

    def jpeg(self, rel, role, img, texts, orientation=None):
        stored = img.rotate(90, expand=True) if orientation == 6 else img
        self.write(rel, role, render.jpeg_bytes(stored, 84, orientation))
        self.drawn[rel] = {1: texts}

    def png(self, rel, role, img, texts):
        self.write(rel, role, render.png_bytes(img))
        self.drawn[rel] = {1: texts}

    def tiff(self, rel, role, pages: list[tuple[Image.Image, list[str]]], dpi=200):
        self.write(rel, role, render.tiff_bytes([im for im, _ in pages], dpi))
        self.drawn[rel] = {i: t for i, (_, t) in enumerate(pages, 1)}

    def fact(self, rel: str, page: int, f: dict):
        self.facts.append({**f, "file": rel, "page": page, "image_only": True})

    def facts_from(self, rel: str, found: list[tuple[int, dict]], page_of: dict[int, int]):
        for idx, f in found:
            self.fact(rel, page_of[idx], f)

    def problem(self, family, fields, files, severity, description):
        n = len(self.problems) + 1
        self.problems.append({"id": f"{self.pid}-{n:02d}-{family}", "family": family, "fields": fields, "files": files,
                              "severity": severity, "description": description})


# ---------------------------------------------------------------- shared pieces

def stamped_form(pkg: Pkg, rel: str, dpi=150, mode="L", colour_sealed=False, rotate_page=None, watermark_page=None,
                 body="song"):
    """The printed 申报表 with the company seal on the cover and the signature page, scanned."""
    V, rng = pkg.V, pkg.rng
    pages = forms.form_pages(V, dpi=dpi, body=body)
    sheets = []
    for i, p in enumerate(pages):
        img = p.img
        sealed = hasattr(p, "seal_anchor")
        if sealed:
            x, y = p.seal_anchor
            x = min(x, p.w - p.margin - p.mm(20))
            render.seal(img, int(x), int(y), p.mm(21), V["company"], rng)
        if watermark_page is not None and i == watermark_page:
            render.watermark(img)
        m = "RGB" if (sealed and colour_sealed) else mode
        sc = render.scanned(img, rng, mode=m, skew=rng.uniform(-1.2, 1.2), dpi_in=dpi, dpi_out=dpi)
        rot = 0
        if rotate_page is not None and i == rotate_page[0]:
            rot = rotate_page[1]
            sc = sc.rotate(rot, expand=True)  # stored turned back by /Rotate (CCW store, CW display)
        sheets.append((sc, dpi, rot, p.texts))
    pkg.pdf(rel, "申报表扫描件", sheets)


def commitment(pkg: Pkg, rel: str, seal=True, signature=True, as_photo=False):
    p = forms.commitment_page(pkg.V, pkg.rng, with_seal=seal, with_signature=signature)
    if as_photo:
        pkg.jpeg(rel, "承诺", render.photo(p.img, pkg.rng, out_w=1700, skew=-1.6), p.texts)
    else:
        sc = render.scanned(p.img, pkg.rng, mode="RGB", skew=0.8)
        pkg.pdf(rel, "承诺", [(sc, 200, 0, p.texts)])


def screen_tiles(V, keys: dict[str, int | str]) -> list[tuple[str, str]]:
    return [(k, f"{v:,}" if isinstance(v, int) else v) for k, v in keys.items()]


def audit_E(V, rev=None, rd=None) -> dict:
    rev = dict(V["rev"]) if rev is None else rev
    return {"rev": rev, "cost_share": {2023: 0.58, 2022: 0.6, 2021: 0.62},
            "rd_hist": {2023: V["rd"] if rd is None else rd, 2022: round(V["rd"] * 0.86, 2), 2021: round(V["rd"] * 0.74, 2)},
            "profit_hist": {2023: V["profit"], 2022: round(V["profit"] * 0.83, 2), 2021: round(V["profit"] * 0.7, 2)}}


# ---------------------------------------------------------------- A: 联影 (clean)

def build_lianying(pkg: Pkg):
    V, rng = pkg.V, pkg.rng
    E = "证明材料扫描件/"
    a_audit, a_dev, a_scr = E + "证明1 2023年度审计报告（节选）.pdf", E + "证明2 设备接入统计表（拍照）.jpg", E + "证明3 平台运营看板（屏幕拍照）.png"
    a_stat, a_ip = E + "证明4 平台应用统计表（扫描件）.pdf", E + "证明5 知识产权及荣誉证书汇编.tif"
    V["proofs"] = {"audit": "证明1 审计报告第5页", "device": "证明2 设备接入统计表", "app": "证明4 第3页",
                   "model": "证明4 第3页", "screen": "证明3 平台运营看板", "ent": "证明4 第1页", "ip": "证明5 第1页",
                   "soft": "证明5 第2页", "award": "证明5 第3页", "team": "人员花名册（现场查阅）"}
    V["annex_list"] = [("证明1 2023年度审计报告（节选）", "第1-5页"), ("证明2 设备接入统计表", "第1页"),
                       ("证明3 平台运营看板截图", "第1页"), ("证明4 平台应用统计表", "第1-3页"),
                       ("证明5 知识产权及荣誉证书汇编", "第1-4页")]
    forms.contact_docx(V, pkg.path("附件1 联系人信息反馈表.docx")); pkg.add("附件1 联系人信息反馈表.docx", "联系人表")
    rel = "附件2 申报表（联影医疗工业互联网平台）.docx"
    forms.form_docx(V, pkg.path(rel)); pkg.add(rel, "申报表")
    stamped_form(pkg, "附件2 申报表（盖章扫描版）.pdf", dpi=150, mode="L", watermark_page=1)
    rel = "附件3 申报书（联影医疗工业互联网平台）.docx"
    forms.book_docx(V, pkg.path(rel)); pkg.add(rel, "申报书")
    forms.summary_xlsx(V, pkg.path("附件4 平台基本情况汇总表.xlsx")); pkg.add("附件4 平台基本情况汇总表.xlsx", "汇总表")
    commitment(pkg, "附件5 真实性承诺（盖章签字）.pdf")
    # audit: cover, opinion, blank back, income statement, platform note stored sideways with /Rotate 90
    pages, facts, _ = ev.audit_pages(V, audit_E(V), rng, ("沪信会", "上海信衡会计师事务所（特殊普通合伙）"), "万元")
    sheets = []
    for i, p in enumerate(pages):
        sc = render.scanned(p.img, rng, "L", skew=rng.uniform(-0.9, 0.9))
        if i == 3:
            sheets.append((sc.rotate(90, expand=True), 200, 90, p.texts))
        else:
            sheets.append((sc, 200, 0, p.texts))
        if i == 1:
            sheets.append((render.blank_back(pages[0].img.size, rng, "L"), 200, 0, []))
    pkg.pdf(a_audit, "evidence:audit_report", sheets)
    pkg.facts_from(a_audit, facts, {3: 5})
    # device statistics photographed, stored sideways with EXIF Orientation 6
    D = {k: V[k] for k in ("dev_cat", "pub_cat", "daily_cat", "dev_reg", "pub_reg", "overseas_map")}
    pages, facts = ev.device_page(V, D, body="song")
    pkg.jpeg(a_dev, "evidence:device_list", render.photo(pages[0].img, rng, out_w=1900, skew=2.3), pages[0].texts, 6)
    pkg.facts_from(a_dev, facts, {0: 1})
    # dashboard photographed off the monitor
    tiles = {"注册企业用户（家）": V["registered"], "实际服务企业（家）": V["served"], "接入设备（台/套）": V["dev"],
             "工业APP（个）": V["apps"], "工业机理模型（个）": V["models"], "微服务（个）": V["ms"]}
    img, texts = ev.dashboard(V, screen_tiles(V, tiles), rng)
    pkg.png(a_scr, "evidence:screenshot", render.screen_photo(img, rng, out_w=1700), texts)
    for (cap, val), lab, unit in zip(screen_tiles(V, tiles), ["注册企业用户数（个）", "实际服务企业数（个）",
                                                           "连接的工业设备/产品/产线种类及数量（台/套）", "工业APP数量（个）",
                                                           "工业机理模型数量（个）", "微服务数量（个）"],
                                     ["家", "家", "台/套", "个", "个", "个"]):
        pkg.fact(a_scr, 1, ev.fact(lab, val, unit, int(val.replace(",", "")), val, cap))
    # statistics: enterprises side by side on one landscape sheet (1-bit), blank back, APP/model page upside down
    ents, efacts = ev.enterprise_pages(V, dpi=150)
    left = render.scanned(ents[0].img, rng, "1", skew=0.7, dpi_in=150, dpi_out=150)
    right = render.scanned(ents[1].img, rng, "1", skew=-0.5, dpi_in=150, dpi_out=150)
    am, afacts = ev.app_model_page(V, dpi=150)
    upside = render.scanned(am[0].img, rng, "1", skew=0.4, dpi_in=150, dpi_out=150).rotate(180)
    pkg.pdf(a_stat, "evidence:other", [(render.side_by_side(left, right), 150, 0, ents[0].texts + ents[1].texts),
                                       (render.blank_back(left.size, rng, "1"), 150, 0, []),
                                       (upside, 150, 0, am[0].texts)])
    pkg.facts_from(a_stat, efacts, {0: 1, 1: 1})
    pkg.facts_from(a_stat, afacts, {0: 3})
    # certificate bundle as multi-page TIFF
    irng = random.Random(V["seed"] + 5)
    pats = ev.ip_names(irng, V["patents"])
    softs = ev.ip_names(irng, V["softs"], soft=True, short="联影")
    awards = [("上海市工业互联网创新发展专项优秀平台", "2022.11", "上海市经济和信息化委员会"),
              ("工业和信息化部工业互联网平台创新领航应用案例", "2023.08", "工业和信息化部"),
              ("上海市科技进步奖二等奖", "2021.05", "上海市人民政府"),
              ("上海市智能制造优秀场景", "2023.12", "上海市经济和信息化委员会")]
    assert len(awards) == V["awards"]
    tp = [ev.list_pages("patent", V, pats, irng, per_page=30)[0], ev.list_pages("soft", V, softs, irng, per_page=30)[0],
          ev.award_list_page(V, awards),
          ev.certificate_page(V, "发明专利证书", [f"发明名称：{pats[0]}", f"专利权人：{V['company']}", "授权公告日：2022年09月16日"],
                              irng, issuer="国家知识产权局")]
    pkg.tiff(a_ip, "evidence:patent_list", [(render.scanned(p.img, rng, "L", skew=irng.uniform(-1, 1)), p.texts) for p in tp])
    pkg.fact(a_ip, 1, ev.fact("平台核心软硬件技术获得的专利数量（项）", str(V["patents"]), "项", V["patents"],
                              f"专利清单（共{V['patents']}项）", "专利清单"))
    pkg.fact(a_ip, 2, ev.fact("平台核心软硬件技术获得的软著数量（个）", str(V["softs"]), "项", V["softs"],
                              f"软件著作权清单（共{V['softs']}项）", "软件著作权清单"))
    pkg.fact(a_ip, 3, ev.fact("平台获得省部级及以上奖项/荣誉数量（个）", str(V["awards"]), "项", V["awards"],
                              f"省部级及以上奖项/荣誉清单（共{V['awards']}项）", "省部级及以上奖项/荣誉清单"))
    return ["naming:附件N", "evidence_dir:证明材料扫描件", "form:docx", "stamped_scan:gray150+watermark",
            "audit:scan-gray200+blank-back+/Rotate90", "audit_unit:万元", "device:photo-exif6", "screenshot:screen-photo-png",
            "stats:1bit-side-by-side+upside-down", "certificates:multipage-tiff", "summary:xlsx-vertical",
            "commitment:scan-sealed-signed", "chapter7:absent(2023未参评)"]


# ---------------------------------------------------------------- B: 建工四建 (problems)

def build_jiangong(pkg: Pkg):
    V, rng = pkg.V, pkg.rng
    A = "附件/"
    f_form = "02 申报表（基于BIM的公共建筑智慧建造与运维工业互联网平台）.docx"
    b_audit, b_dev, b_pat, b_soft = A + "3-1 审计报告（扫描件）.pdf", A + "3-2 设备接入台账（手机拍照）.jpeg", \
        A + "3-3 专利清单（拍照）.jpg", A + "3-4 软件著作权清单（拍照）.jpg"
    b_scr, b_award, b_stat = A + "3-5 平台数据大屏截图.png", A + "3-6 荣誉证书.tif", A + "3-7 服务企业及应用统计（扫描）.pdf"
    b_commit = "05 真实性承诺（扫描）.pdf"
    V["proofs"] = {"audit": "附件3-1 第4页", "device": "附件3-2", "app": "附件3-7 第2页", "model": "附件3-7 第2页",
                   "screen": "附件3-5", "ent": "附件3-7 第1页", "ip": "附件3-3", "soft": "附件3-4", "award": "附件3-6",
                   "team": "人员名单（现场查阅）"}
    V["annex_list"] = [("3-1 审计报告（扫描件）", "第1-4页"), ("3-2 设备接入台账", "第1页"), ("3-3 专利清单", "第1页"),
                       ("3-4 软件著作权清单", "第1页"), ("3-5 平台数据大屏截图", "第1页"), ("3-6 荣誉证书", "第1-4页"),
                       ("3-7 服务企业及应用统计", "第1-2页")]
    forms.contact_docx(V, pkg.path("01 联系人信息反馈表.docx")); pkg.add("01 联系人信息反馈表.docx", "联系人表")
    forms.form_docx(V, pkg.path(f_form), merge=False); pkg.add(f_form, "申报表")
    stamped_form(pkg, "02 申报表（盖章）.pdf", dpi=200, mode="1", colour_sealed=True, body="hei")
    forms.book_docx(V, pkg.path("03 申报书.docx")); pkg.add("03 申报书.docx", "申报书")
    forms.summary_docx(V, pkg.path("04 平台基本情况汇总表.docx")); pkg.add("04 平台基本情况汇总表.docx", "汇总表")
    commitment(pkg, b_commit, seal=False, signature=True)
    # audit in 元; the platform page is scanned upside down (picture itself, no /Rotate)
    ev_rev = dict(V["rev"])
    ev_rev[2023] = round(V["rev"][2023] - 594.00, 2)
    pages, facts, _ = ev.audit_pages(V, audit_E(V, rev=ev_rev), rng, ("沪中审", "上海中审众信会计师事务所有限公司"), "元",
                                     body="hei")
    sheets = []
    for i, p in enumerate(pages):
        sc = render.scanned(p.img, rng, "L", skew=rng.uniform(-1.0, 1.0))
        sheets.append((sc.rotate(180) if i == 3 else sc, 200, 0, p.texts))
    pkg.pdf(b_audit, "evidence:audit_report", sheets)
    pkg.facts_from(b_audit, facts, {3: 4})
    rev_fact = next(f for _, f in facts if f["label"] == "平台相关营业收入（万元）")
    pkg.problem("declared_vs_evidence", ["平台相关营业收入（万元）", "平台近三年经营指标情况"], [f_form, b_audit], "error",
                f"申报表平台相关营业收入（及近三年经营指标2023年平台营收）填{V['rev'][2023]:.2f}万元，扫描件审计报告第4页"
                f"（倒置扫描）平台业务收支专项说明的2023年度平台相关营业收入为{rev_fact['value']}元（{rev_fact['normalized']:.2f}万元）")
    # device ledger photo (no EXIF)
    D = {k: V[k] for k in ("dev_cat", "pub_cat", "daily_cat", "dev_reg", "pub_reg", "overseas_map")}
    pages, facts = ev.device_page(V, D, body="hei", title_extra="（台账汇总）")
    pkg.jpeg(b_dev, "evidence:device_list", render.photo(pages[0].img, rng, out_w=1850, skew=-1.4, keystone=0.045),
             pages[0].texts)
    pkg.facts_from(b_dev, facts, {0: 1})
    # patent list photo (complete) and software-copyright list photo (short: 21 of 24), stored sideways (EXIF 6)
    irng = random.Random(V["seed"] + 5)
    pats = ev.ip_names(irng, V["patents"])
    softs = ev.ip_names(irng, 21, soft=True, short="四建")
    pp = ev.list_pages("patent", V, pats, irng, per_page=30)[0]
    pkg.jpeg(b_pat, "evidence:patent_list", render.photo(pp.img, rng, out_w=1800, skew=1.1), pp.texts)
    sp = ev.list_pages("soft", V, softs, irng, per_page=30)[0]
    pkg.jpeg(b_soft, "evidence:patent_list", render.photo(sp.img, rng, out_w=1900, skew=-2.6, light=0.4), sp.texts, 6)
    pkg.fact(b_pat, 1, ev.fact("平台核心软硬件技术获得的专利数量（项）", str(V["patents"]), "项", V["patents"],
                               f"专利清单（共{V['patents']}项）", "专利清单"))
    pkg.fact(b_soft, 1, ev.fact("平台核心软硬件技术获得的软著数量（个）", "21", "项", 21, "软件著作权清单（共21项）",
                                "软件著作权清单"))
    pkg.problem("count_vs_list", ["平台核心软硬件技术获得的软著数量（个）"], [f_form, b_soft], "error",
                f"申报表软著数量填{V['softs']}个，所附软件著作权清单照片只列21项（标题“软件著作权清单（共21项）”，"
                "末行“合计：21项”），少3项")
    # data-screen screenshot (a clean PNG)
    tiles = {"注册企业（家）": V["registered"], "服务企业（家）": V["served"], "接入设备（台/套）": V["dev"],
             "工业APP（个）": V["apps"], "工业机理模型（个）": V["models"], "微服务（个）": V["ms"]}
    img, texts = ev.dashboard(V, screen_tiles(V, tiles), rng, title="四建智建平台数据大屏", theme="dark")
    pkg.png(b_scr, "evidence:screenshot", img, texts)
    for (cap, val), lab, unit in zip(screen_tiles(V, tiles), ["注册企业用户数（个）", "实际服务企业数（个）",
                                                           "连接的工业设备/产品/产线种类及数量（台/套）", "工业APP数量（个）",
                                                           "工业机理模型数量（个）", "微服务数量（个）"],
                                     ["家", "家", "台/套", "个", "个", "个"]):
        pkg.fact(b_scr, 1, ev.fact(lab, val, unit, int(val.replace(",", "")), val, cap))
    # award certificates as multi-page TIFF (1-bit list + grey certificates)
    awards = [("上海市工业互联网平台创新应用优秀案例", "2022.12", "上海市经济和信息化委员会"),
              ("上海市科技进步奖三等奖", "2023.05", "上海市人民政府"),
              ("住房和城乡建设部智能建造试点项目", "2023.10", "住房和城乡建设部")]
    assert len(awards) == V["awards"]
    tp = [ev.award_list_page(V, awards, body="hei")] + [
        ev.certificate_page(V, "荣誉证书", [f"授予：{V['company']}", f"“{a[0]}”", f"特发此证。　{a[1]}"], irng, issuer=a[2])
        for a in awards]
    pkg.tiff(b_award, "evidence:award_list", [(render.scanned(p.img, rng, "L", skew=irng.uniform(-1.5, 1.5)), p.texts)
                                             for p in tp])
    pkg.fact(b_award, 1, ev.fact("平台获得省部级及以上奖项/荣誉数量（个）", "3", "项", 3, "省部级及以上奖项/荣誉清单（共3项）",
                                 "省部级及以上奖项/荣誉清单"))
    # enterprises side by side (1-bit), then APP/model page stored turned, displayed upright by /Rotate 270
    ents, efacts = ev.enterprise_pages(V, dpi=150, body="hei")
    left = render.scanned(ents[0].img, rng, "1", skew=-0.8, dpi_in=150, dpi_out=150)
    right = render.scanned(ents[1].img, rng, "1", skew=0.6, dpi_in=150, dpi_out=150)
    am, afacts = ev.app_model_page(V, dpi=150, body="hei")
    turned = render.scanned(am[0].img, rng, "1", skew=0.3, dpi_in=150, dpi_out=150).rotate(-90, expand=True)
    pkg.pdf(b_stat, "evidence:other", [(render.side_by_side(left, right), 150, 0, ents[0].texts + ents[1].texts),
                                       (turned, 150, 270, am[0].texts)])
    pkg.facts_from(b_stat, efacts, {0: 1, 1: 1})
    pkg.facts_from(b_stat, afacts, {0: 2})
    pkg.problem("missing_proof", ["真实性承诺"], [b_commit], "warning",
                "真实性承诺扫描件有法定代表人签名，但“申报单位（盖章）”处没有加盖申报单位公章（通知要求签名并加盖公章）")
    return ["naming:NN", "evidence_dir:附件", "form:docx(no merged levels)", "stamped_scan:1bit200+colour-seal-pages",
            "audit:scan-gray200+upside-down-page", "audit_unit:元", "device:photo-keystone", "lists:photo(+exif6)",
            "screenshot:png", "awards:multipage-tiff", "stats:1bit-side-by-side+/Rotate270", "summary:docx-vertical",
            "commitment:scan-signed-unsealed", "chapter7:present"]


# ---------------------------------------------------------------- C: 中移 OnePower (problems)

def build_yidong(pkg: Pkg):
    V, rng = pkg.V, pkg.rng
    M = "证明材料/"
    f_form = "申报表（中国移动OnePower）.docx"
    c_audit, c_app1, c_app2 = M + "01 审计报告及平台收支说明.pdf", M + "02 工业APP清单（拍照）-1.jpg", M + "02 工业APP清单（拍照）-2.jpg"
    c_scr, c_dev, c_ip = M + "03 平台首页（手机拍屏）.jpg", M + "04 设备接入统计（扫描）.pdf", M + "05 知识产权证书.tif"
    c_commit = "真实性承诺.jpg"
    V["proofs"] = {"audit": "证明材料01 第5页", "device": "证明材料04 第1页", "app": "证明材料02", "model": "证明材料03",
                   "screen": "证明材料03", "ent": "证明材料03", "ip": "证明材料05 第1-2页", "soft": "证明材料05 第3-4页",
                   "award": "获奖证书（现场查阅）", "team": "人员名单（现场查阅）"}
    V["annex_list"] = [("01 审计报告及平台收支说明", "第1-5页"), ("02 工业APP清单", "第1-2页"), ("03 平台首页截图", "第1页"),
                       ("04 设备接入统计", "第1-2页"), ("05 知识产权证书", "第1-5页")]
    forms.contact_docx(V, pkg.path("联系人信息反馈表.docx")); pkg.add("联系人信息反馈表.docx", "联系人表")
    forms.form_docx(V, pkg.path(f_form)); pkg.add(f_form, "申报表")
    stamped_form(pkg, "申报表-盖章扫描件.pdf", dpi=200, mode="1", colour_sealed=True, rotate_page=(3, 90), body="sans")
    forms.book_pdf(V, pkg.path("申报书（中国移动OnePower）.pdf")); pkg.add("申报书（中国移动OnePower）.pdf", "申报书")
    forms.summary_xlsx(V, pkg.path("平台基本情况汇总表.xlsx")); pkg.add("平台基本情况汇总表.xlsx", "汇总表")
    commitment(pkg, c_commit, seal=True, signature=False, as_photo=True)
    # audit: low-resolution grey 150 dpi; cover, blank back, opinion, income, platform note (/Rotate 90)
    ev_rd = round(V["rd"] - 400.00, 2)
    pages, facts, _ = ev.audit_pages(V, audit_E(V, rd=ev_rd), rng, ("沪立审", "上海立衡会计师事务所有限公司"), "万元",
                                     dpi=150, body="sans")
    sheets = []
    for i, p in enumerate(pages):
        sc = render.scanned(p.img, rng, "L", skew=rng.uniform(-1.5, 1.5), dpi_in=150, dpi_out=150)
        if i == 3:
            sheets.append((sc.rotate(90, expand=True), 150, 90, p.texts))
        else:
            sheets.append((sc, 150, 0, p.texts))
        if i == 0:
            sheets.append((render.blank_back(sc.size, rng, "L"), 150, 0, []))
    pkg.pdf(c_audit, "evidence:audit_report", sheets)
    pkg.facts_from(c_audit, facts, {3: 5})
    pkg.problem("declared_vs_evidence", ["平台相关研发投入（万元）"], [f_form, c_audit], "error",
                f"申报表平台相关研发投入填{V['rd']:.2f}万元，审计报告扫描件第5页平台业务收支专项说明2023年度平台相关研发投入为"
                f"{ev_rd:,.2f}万元")
    # APP list photographed on two pages: 41 rows, declared 46
    arng = random.Random(V["seed"] + 9)
    words = ["设备", "产线", "能耗", "质量", "工艺", "仓储", "安全", "排产", "视觉", "巡检", "告警", "备件", "物流", "模具"]
    tails = ["监测", "分析", "管理", "优化", "助手", "看板", "诊断", "追溯"]
    names, seen = [], set()
    while len(names) < 41:
        nm = f"OnePower{arng.choice(words)}{arng.choice(words)}{arng.choice(tails)}"
        if nm not in seen:
            seen.add(nm)
            names.append(nm)
    lp = ev.app_list_pages(V, names, per_page=24, body="sans")
    pkg.jpeg(c_app1, "evidence:other", render.photo(lp[0].img, rng, out_w=1850, skew=1.8), lp[0].texts, 6)
    pkg.jpeg(c_app2, "evidence:other", render.photo(lp[1].img, rng, out_w=1850, skew=-2.2, keystone=0.05), lp[1].texts)
    pkg.fact(c_app2, 1, ev.fact("工业APP数量（个）", "41", "个", 41, "共计41个", "共计"))
    pkg.problem("count_vs_list", ["工业APP数量（个）"], [f_form, c_app1, c_app2], "error",
                f"申报表工业APP数量填{V['apps']}个，所附工业APP清单（两张照片）序号1–41，末尾“共计41个”，少5个")
    # home page photographed off the monitor: 注册企业 3,842 against 4,218 declared
    shown = 3842
    tiles = {"注册企业（家）": shown, "服务企业（家）": V["served"], "连接设备（台/套）": V["dev"],
             "工业机理模型（个）": V["models"], "微服务（个）": V["ms"], "开发者（个）": V["devs"]}
    img, texts = ev.dashboard(V, screen_tiles(V, tiles), rng, title="OnePower 工业互联网平台 首页", theme="light")
    pkg.jpeg(c_scr, "evidence:screenshot", render.screen_photo(img, rng, out_w=1800), texts)
    for (cap, val), lab, unit in zip(screen_tiles(V, tiles), ["注册企业用户数（个）", "实际服务企业数（个）",
                                                           "连接的工业设备/产品/产线种类及数量（台/套）", "工业机理模型数量（个）",
                                                           "微服务数量（个）", "开发者注册总数（个）"],
                                     ["家", "家", "台/套", "个", "个", "个"]):
        pkg.fact(c_scr, 1, ev.fact(lab, val, unit, int(val.replace(",", "")), val, cap))
    pkg.problem("screenshot_vs_form", ["注册企业用户数（个）"], [c_scr, f_form], "warning",
                f"平台首页照片显示“注册企业（家）3,842”，申报表注册企业用户数填{V['registered']}个")
    # device statistics: grey 200 dpi, watermark across, seal over the 合计 row; region table on page 2
    D = {k: V[k] for k in ("dev_cat", "pub_cat", "daily_cat", "dev_reg", "pub_reg", "overseas_map")}
    pages, facts = ev.device_page(V, D, body="sans")
    p0 = pages[0]
    render.watermark(p0.img)
    render.seal(p0.img, p0.mm(120), int(p0.h * 0.36), p0.mm(21), V["company"], rng)
    reg = ev.region_page(V, D, body="sans")
    render.watermark(reg.img)
    pkg.pdf(c_dev, "evidence:device_list", [(render.scanned(p0.img, rng, "L", skew=1.1), 200, 0, p0.texts),
                                            (render.scanned(reg.img, rng, "L", skew=-0.7), 200, 0, reg.texts)])
    pkg.facts_from(c_dev, facts, {0: 1})
    # IP certificates TIFF: patent list over two pages, software list over two pages, one certificate
    irng = random.Random(V["seed"] + 5)
    pats = ev.ip_names(irng, V["patents"])
    softs = ev.ip_names(irng, V["softs"], soft=True, short="OnePower")
    tp = ev.list_pages("patent", V, pats, irng, per_page=20, body="sans") + \
        ev.list_pages("soft", V, softs, irng, per_page=26, body="sans") + \
        [ev.certificate_page(V, "计算机软件著作权登记证书", [f"软件名称：{softs[0]}", f"著作权人：{V['company']}"], irng,
                             issuer="中华人民共和国国家版权局")]
    assert len(tp) == 5
    pkg.tiff(c_ip, "evidence:patent_list", [(render.scanned(p.img, rng, "L", skew=irng.uniform(-1, 1)), p.texts) for p in tp])
    pkg.fact(c_ip, 1, ev.fact("平台核心软硬件技术获得的专利数量（项）", str(V["patents"]), "项", V["patents"],
                              f"专利清单（共{V['patents']}项）", "专利清单"))
    pkg.fact(c_ip, 3, ev.fact("平台核心软硬件技术获得的软著数量（个）", str(V["softs"]), "项", V["softs"],
                              f"软件著作权清单（共{V['softs']}项）", "软件著作权清单"))
    pkg.problem("missing_proof", ["真实性承诺"], [c_commit], "warning",
                "真实性承诺（手机拍照）加盖了公章，但“法定代表人：（签章）”处空白，没有法定代表人或授权代表签名")
    return ["naming:plain", "evidence_dir:证明材料", "form:docx", "stamped_scan:1bit200+colour-seal-pages+/Rotate90",
            "book:text-pdf", "audit:scan-gray150-low-res+blank-back+/Rotate90", "audit_unit:万元",
            "app_list:two-photos(exif6+plain)", "screenshot:screen-photo-jpg", "device:scan-gray200+watermark+seal-over-total",
            "certificates:multipage-tiff", "summary:xlsx-vertical", "commitment:photo-sealed-unsigned", "chapter7:present"]


# ---------------------------------------------------------------- D: 光明乳业 (problems)

def build_guangming(pkg: Pkg):
    V, rng = pkg.V, pkg.rng
    Z = "证明/"
    f_form = "2_申报表_光明乳业.xlsx"
    d_audit, d_dev, d_pat = Z + "审计报告-平台收入专项.pdf", Z + "设备接入统计表_扫描.pdf", Z + "专利证书清单（拍照）.jpeg"
    d_scr, d_cert, d_stat = Z + "驾驶舱截图（拍屏）.png", Z + "证书汇编.tif", Z + "服务企业及应用统计.pdf"
    V["proofs"] = {"audit": "证明/审计报告 第4页", "device": "证明/设备接入统计表", "app": "证明/服务企业及应用统计 第3页",
                   "model": "证明/服务企业及应用统计 第3页", "screen": "证明/驾驶舱截图", "ent": "证明/服务企业及应用统计 第1-2页",
                   "ip": "证明/专利证书清单", "soft": "证明/证书汇编 第1页", "award": "证明/证书汇编 第2页",
                   "team": "人员名单（现场查阅）"}
    V["annex_list"] = [("审计报告-平台收入专项", "第1-4页"), ("设备接入统计表", "第1页"), ("专利证书清单", "第1页"),
                       ("驾驶舱截图", "第1页"), ("证书汇编", "第1-4页"), ("服务企业及应用统计", "第1-3页")]
    forms.contact_docx(V, pkg.path("1_联系人表.docx")); pkg.add("1_联系人表.docx", "联系人表")
    forms.form_xlsx(V, pkg.path(f_form)); pkg.add(f_form, "申报表")
    stamped_form(pkg, "2_申报表_盖章扫描.pdf", dpi=150, mode="L", rotate_page=(2, 180), watermark_page=0)
    forms.book_docx(V, pkg.path("3_申报书_光明乳业.docx")); pkg.add("3_申报书_光明乳业.docx", "申报书")
    forms.summary_xlsx(V, pkg.path("4_汇总表_光明乳业.xlsx"), horizontal=True); pkg.add("4_汇总表_光明乳业.xlsx", "汇总表")
    commitment(pkg, "5_真实性承诺.pdf")
    # audit: the 2021 platform revenue is blotted out by an over-stamp (no fact, no problem on it)
    pages, facts, _ = ev.audit_pages(V, audit_E(V), rng, ("沪众审", "上海众华立信会计师事务所有限公司"), "万元",
                                     cover_2021=True)
    pkg.pdf(d_audit, "evidence:audit_report",
            [(render.scanned(p.img, rng, "L", skew=rng.uniform(-1.6, 1.6)), 200, 0, p.texts) for p in pages])
    pkg.facts_from(d_audit, facts, {3: 4})
    # device statistics 1-bit 150 dpi, two tables side by side; the scan's totals are 540 lower than declared
    D = {k: copy.deepcopy(V[k]) for k in ("dev_cat", "pub_cat", "daily_cat", "dev_reg", "pub_reg", "overseas_map")}
    D["dev_cat"]["轻工设备"] -= 540
    D["dev_reg"]["上海"] -= 540
    assert D["dev_cat"]["轻工设备"] > D["pub_cat"]["轻工设备"] and D["dev_reg"]["上海"] > D["pub_reg"]["上海"]
    pages, facts = ev.device_page(V, D, dpi=150)
    reg = ev.region_page(V, D, dpi=150)
    left = render.scanned(pages[0].img, rng, "1", skew=0.9, dpi_in=150, dpi_out=150)
    right = render.scanned(reg.img, rng, "1", skew=-1.2, dpi_in=150, dpi_out=150)
    pkg.pdf(d_dev, "evidence:device_list", [(render.side_by_side(left, right), 150, 0, pages[0].texts + reg.texts)])
    pkg.facts_from(d_dev, facts, {0: 1})
    ev_total = sum(D["dev_cat"].values())
    pkg.problem("declared_vs_evidence", ["连接的工业设备/产品/产线种类及数量（台/套）", "按二级分类统计工业设备数量（台/套）",
                                         "按省市区域统计工业设备数量（台/套）"], [f_form, d_dev], "error",
                f"申报表连接的工业设备数量填{V['dev']}台/套（轻工设备{V['dev_cat']['轻工设备']}、上海{V['dev_reg']['上海']}），"
                f"设备接入统计表扫描件合计{ev_total:,}台/套（轻工设备{D['dev_cat']['轻工设备']:,}、上海{D['dev_reg']['上海']:,}），"
                "相差540台/套")
    # patent list photo: 9 rows, declared 11; stored sideways with EXIF Orientation 6
    irng = random.Random(V["seed"] + 5)
    pats = ev.ip_names(irng, 9)
    pp = ev.list_pages("patent", V, pats, irng, per_page=30)[0]
    pkg.jpeg(d_pat, "evidence:patent_list", render.photo(pp.img, rng, out_w=1800, skew=3.2, keystone=0.04, light=0.38),
             pp.texts, 6)
    pkg.fact(d_pat, 1, ev.fact("平台核心软硬件技术获得的专利数量（项）", "9", "项", 9, "专利清单（共9项）", "专利清单"))
    pkg.problem("count_vs_list", ["平台核心软硬件技术获得的专利数量（项）"], [f_form, d_pat], "error",
                f"申报表专利数量填{V['patents']}项，所附专利证书清单照片只列9项（“专利清单（共9项）”“合计：9项”），少2项")
    # cockpit photographed off the monitor: 工业机理模型 128 against 182 declared
    tiles = {"注册企业（家）": V["registered"], "服务企业（家）": V["served"], "工业APP（个）": V["apps"],
             "工业机理模型（个）": 128, "微服务（个）": V["ms"], "开发者（个）": V["devs"]}
    img, texts = ev.dashboard(V, screen_tiles(V, tiles), rng, title="光明乳业工业互联网平台 驾驶舱", theme="dark")
    pkg.png(d_scr, "evidence:screenshot", render.screen_photo(img, rng, out_w=1650), texts)
    for (cap, val), lab, unit in zip(screen_tiles(V, tiles), ["注册企业用户数（个）", "实际服务企业数（个）", "工业APP数量（个）",
                                                           "工业机理模型数量（个）", "微服务数量（个）", "开发者注册总数（个）"],
                                     ["家", "家", "个", "个", "个", "个"]):
        pkg.fact(d_scr, 1, ev.fact(lab, val, unit, int(val.replace(",", "")), val, cap))
    pkg.problem("screenshot_vs_form", ["工业机理模型数量（个）"], [d_scr, f_form], "warning",
                f"驾驶舱照片显示“工业机理模型（个）128”，申报表工业机理模型数量填{V['models']}个")
    # certificate bundle TIFF (1-bit lists): software list, award list, two certificates
    softs = ev.ip_names(irng, V["softs"], soft=True, short="光明")
    awards = [("上海市工业互联网平台应用水平评价优秀平台", "2023.03", "上海市经济和信息化委员会"),
              ("上海市食品行业智能制造标杆企业", "2022.09", "上海市经济和信息化委员会"),
              ("农业农村部农业产业化数字化转型典型案例", "2023.11", "农业农村部")]
    assert len(awards) == V["awards"]
    tp = [ev.list_pages("soft", V, softs, irng, per_page=30)[0], ev.award_list_page(V, awards),
          ev.certificate_page(V, "荣誉证书", [f"授予：{V['company']}", f"“{awards[0][0]}”"], irng, issuer=awards[0][2]),
          ev.certificate_page(V, "计算机软件著作权登记证书", [f"软件名称：{softs[0]}", f"著作权人：{V['company']}"], irng,
                              issuer="中华人民共和国国家版权局")]
    pkg.tiff(d_cert, "evidence:patent_list",
             [(render.scanned(p.img, rng, "1", skew=irng.uniform(-1.2, 1.2)), p.texts) for p in tp])
    pkg.fact(d_cert, 1, ev.fact("平台核心软硬件技术获得的软著数量（个）", str(V["softs"]), "项", V["softs"],
                                f"软件著作权清单（共{V['softs']}项）", "软件著作权清单"))
    pkg.fact(d_cert, 2, ev.fact("平台获得省部级及以上奖项/荣誉数量（个）", str(V["awards"]), "项", V["awards"],
                                f"省部级及以上奖项/荣誉清单（共{V['awards']}项）", "省部级及以上奖项/荣誉清单"))
    # enterprises on two grey pages + APP/model page, 150 dpi
    ents, efacts = ev.enterprise_pages(V, dpi=150)
    am, afacts = ev.app_model_page(V, dpi=150)
    pkg.pdf(d_stat, "evidence:other", [(render.scanned(p.img, rng, "L", skew=rng.uniform(-2, 2), dpi_in=150, dpi_out=150),
                                        150, 0, p.texts) for p in ents + am])
    pkg.facts_from(d_stat, efacts, {0: 1, 1: 2})
    pkg.facts_from(d_stat, afacts, {0: 3})
    return ["naming:N_", "evidence_dir:证明", "form:xlsx-only(merged levels)", "stamped_scan:gray150+watermark+/Rotate180",
            "audit:scan-gray200+over-stamped-2021", "audit_unit:万元", "device:1bit150-side-by-side", "patents:photo-exif6",
            "screenshot:screen-photo-png", "certificates:multipage-tiff-1bit", "summary:xlsx-horizontal",
            "commitment:scan-sealed-signed", "chapter7:absent(2023未参评)", "build_mode:合作共建"]


BUILDERS = {"h43_01_lianying_clean": build_lianying, "h43_02_jiangong_problems": build_jiangong,
            "h43_03_yidong_problems": build_yidong, "h43_04_guangming_problems": build_guangming}

DESCRIPTIONS = {
    "h43_01_lianying_clean": "序号6 联影医疗工业互联网平台，完全一致的干净包：灰度审计扫描（空白背页、专项说明页以/Rotate 90存放）、"
                             "设备统计表手机拍照（EXIF方向6）、看板屏幕翻拍PNG、服务企业两页并排1-bit扫描与倒置的APP/模型页、"
                             "多页TIFF证书汇编、带水印的申报表盖章扫描件；2023年未参评，无第七章。",
    "h43_02_jiangong_problems": "序号12 建工四建BIM平台：审计扫描倒置页上的平台营收与申报表不符、软著清单照片少3项、"
                                "承诺扫描件无公章；其余一致（设备台账照片、专利清单照片、大屏截图、TIFF荣誉证书、/Rotate 270统计页）。",
    "h43_03_yidong_problems": "序号21 中国移动OnePower：低分辨率审计扫描的研发投入与申报表不符、两张照片的APP清单少5个、"
                              "首页翻拍注册企业数不同、承诺照片无签名；设备统计带水印且公章压在合计行上（可读）。",
    "h43_04_guangming_problems": "序号31 光明乳业：1-bit并排扫描的设备统计合计少540台/套、专利清单照片少2项、驾驶舱翻拍模型数不同；"
                                 "审计页2021年营收被重叠印章覆盖（不标事实也不设问题）；申报表仅XLSX，横向汇总表。",
}


def build_one(out: Path, pid: str) -> PackageTruth:
    V = PROFILES[pid]()
    pkg = Pkg(out, pid, V)
    if pkg.root.exists():
        shutil.rmtree(pkg.root)
    layout = BUILDERS[pid](pkg)
    rows = [{"label": lab, "value": val, "normalized": norm} for lab, val, norm in forms.summary_rows(V)]
    truth = PackageTruth.model_validate({
        "schema_version": 1, "package_id": pid, "description": DESCRIPTIONS[pid],
        "path": f"eval_sets/blind/h43/packages/{pid}", "delivery": "folder",
        "platform": {"list_no": V["list_no"], "listed_name": V["listed_name"], "company": V["company"],
                     "declared_name": V["declared_name"], "participated_2023": V["participated_2023"]},
        "layout": layout, "files": dict(sorted(pkg.files.items())), "secrets": [V["password"]],
        "summary_rows": rows, "evidence_facts": pkg.facts, "problems": pkg.problems,
    })
    (out / "truth").mkdir(parents=True, exist_ok=True)
    (out / "truth" / f"{pid}.json").write_text(dump_truth(truth), encoding="utf-8")
    (out / "drawn").mkdir(parents=True, exist_ok=True)
    (out / "drawn" / f"{pid}.json").write_text(
        json.dumps({k: {str(p): t for p, t in v.items()} for k, v in sorted(pkg.drawn.items())}, ensure_ascii=False,
                   indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return truth


def build_all(out: Path, only: list[str] | None = None):
    for pid in BUILDERS:
        if only and pid not in only:
            continue
        t = build_one(out, pid)
        print(f"{pid}: {len(t.files)} files, {len(t.evidence_facts)} facts, {len(t.problems)} problems")


def compare_trees(a: Path, b: Path) -> list[str]:
    diffs = []
    fa = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    fb = sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    if fa != fb:
        diffs.append("file lists differ")
    for rel in fa:
        if (b / rel).exists() and not filecmp.cmp(a / rel, b / rel, shallow=False):
            diffs.append(str(rel))
    return diffs


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=HERE)
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--only", nargs="*")
    a = ap.parse_args(argv)
    if a.check:
        with tempfile.TemporaryDirectory() as t1, tempfile.TemporaryDirectory() as t2:
            build_all(Path(t1), a.only)
            build_all(Path(t2), a.only)
            diffs = compare_trees(Path(t1), Path(t2))
            n = sum(1 for p in Path(t1).rglob("*") if p.is_file())
            print("identical" if not diffs else f"DIFFERENT: {diffs}", f"({n} files compared)")
            return 1 if diffs else 0
    build_all(a.out, a.only)
    return 0


if __name__ == "__main__":
    sys.exit(main())
