"""Build the h67 blind set (incomplete and draft packages): packages/<id>/… and truth/<id>.json.

    /work/main/.venv/bin/python eval_sets/blind/h67/build.py [--out DIR]

Deterministic: fixed values, reportlab invariant=1, OOXML re-zipped with fixed dates, scans without timestamps.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path[:0] = [str(HERE), str(REPO)]

import docs  # noqa: E402
from model import LABELS, Spec, Values  # noqa: E402
from office import images_to_pdf  # noqa: E402
from specs import GUOWANG, HEMUDU, LAIYIFEN, TANSUO  # noqa: E402
from texts import form_rows  # noqa: E402

from eval_sets.truth import PackageTruth, dump_truth  # noqa: E402

REV = "平台相关营业收入（万元）"


def base_proofs(a: str, ip_p: str, ip_s: str, dev: str, shot: str, comp: str, s: Spec, v: Values) -> dict[str, str]:
    pr = {"*": "见申报书第二章"}
    for lab in ("平台相关研发投入（万元）", "平台相关研发投入强度（%）", REV, "平台利润率（%）", "投资回报率（%）"):
        pr[lab] = a
    for lab in LABELS:
        if "设备" in lab and ("台/套" in lab) and "运维" not in lab:
            pr[lab] = dev
    for lab in ("注册企业用户数（个）", "工业APP数量（个）", "工业机理模型数量（个）", "微服务数量（个）", "开发者注册总数（个）"):
        pr[lab] = shot
    pr["平台核心软硬件技术获得的专利数量（项）"] = ip_p
    pr["平台核心软硬件技术获得的软著数量（个）"] = ip_s
    pr["平台获得省部级及以上奖项/荣誉数量"] = comp + " 第1页"
    pr["是否针对平台制定了安全管理相关制度"] = comp + " 第2页"
    pr["有否定期开展第三方安全测试/测评"] = comp + " 第2页"
    pr["有否定期进行安全扫描"] = comp + " 第2页"
    pr["企业是否已上市或已获得VC/PE投资"] = "不适用" if not s.listed else "见申报书第一章"
    if not s.identifier:
        pr["平台是否融合使用国家标识解析系统"] = "无"
    if not s.carbon:
        pr["平台是否具备碳管理服务能力"] = "无"
    if not v.overseas:
        pr["海外设备连接数量（台/套）"] = "无"
        pr["按海外国家分类统计海外设备连接数量（台/套）"] = "不适用"
    return pr


def empty_overseas(v: Values) -> dict[str, str]:
    return {} if v.overseas else {"按海外国家分类统计海外设备连接数量（台/套）": "无"}


def fact(label, value, unit, norm, file, page, quote, row_label="", column_label="", component="", image_only=False):
    return dict(label=label, value=value, unit=unit, normalized=norm, file=file, page=page, quote=quote,
                row_label=row_label, column_label=column_label, component=component, image_only=image_only)


def audit_facts(s: Spec, v: Values, f: str, q: dict) -> list[dict]:
    return [
        fact(REV, q["rev23"], "万元", round(v.revs[2], 2), f, 3, q["rev23"], "平台相关营业收入", "2023年度"),
        fact("平台近三年经营指标情况", q["rev21"], "万元", round(v.revs[0], 2), f, 3, q["rev21"], "平台相关营业收入", "2021年度",
             "2021年平台营收（万元）"),
        fact("平台近三年经营指标情况", q["rev22"], "万元", round(v.revs[1], 2), f, 3, q["rev22"], "平台相关营业收入", "2022年度",
             "2022年平台营收（万元）"),
        fact("平台近三年经营指标情况", q["rev23"], "万元", round(v.revs[2], 2), f, 3, q["rev23"], "平台相关营业收入", "2023年度",
             "2023年平台营收（万元）"),
        fact("平台相关研发投入（万元）", q["rd"], "万元", s.rd, f, 3, q["rd"], "平台相关研发投入", "2023年度"),
        fact("平台利润率（%）", q["profit"], "万元", s.profit, f, 3, q["profit"], "平台利润总额", "2023年度", "平台利润总额（万元）"),
        fact("投资回报率（%）", q["profit"], "万元", s.profit, f, 3, q["profit"], "平台利润总额", "2023年度", "平台年利润（万元）"),
    ]


def device_facts(s: Spec, v: Values, f: str) -> list[dict]:
    out = [
        fact("连接的工业设备/产品/产线种类及数量（台/套）", str(s.devices), "台/套", s.devices, f, 1, str(s.devices), "合计", "接入数量（台/套）"),
        fact("公有云工业设备连接数量（台/套）", str(v.pub), "台/套", v.pub, f, 1, str(v.pub), "合计", "其中：公有云接入（台/套）"),
        fact("公有云工业设备平均日运行数量（台/套）", str(v.daily), "台/套", v.daily, f, 1, str(v.daily), "合计", "公有云日均运行（台/套）"),
    ]
    out += [
        fact("连接的工业设备/产品/产线种类及数量（台/套）", str(s.devices), "台/套", s.devices, f, 2, str(s.devices), "合计", "接入数量（台/套）"),
        fact("公有云工业设备连接数量（台/套）", str(v.pub), "台/套", v.pub, f, 2, str(v.pub), "合计", "其中：公有云接入（台/套）"),
        fact("公有云工业设备平均日运行数量（台/套）", str(v.daily), "台/套", v.daily, f, 2, str(v.daily), "合计", "公有云日均运行（台/套）"),
    ]
    if v.overseas:
        ov = sum(v.overseas.values())
        out.append(fact("海外设备连接数量（台/套）", str(ov), "台/套", ov, f, 2, str(ov), "其中：海外合计", "接入数量（台/套）"))
    return out


def shot_tiles(s: Spec, v: Values, which: list[str]) -> list[tuple[str, str, str, int, str]]:
    """(caption, drawn value, label, normalized, unit)"""
    allt = {
        "dev": ("设备接入总量（台/套）", f"{s.devices:,}", "连接的工业设备/产品/产线种类及数量（台/套）", s.devices, "台/套"),
        "reg": ("平台注册企业（家）", f"{s.registered:,}", "注册企业用户数（个）", s.registered, "家"),
        "app": ("上架工业APP（个）", f"{v.apps:,}", "工业APP数量（个）", v.apps, "个"),
        "model": ("工业机理模型（个）", f"{s.models:,}", "工业机理模型数量（个）", s.models, "个"),
        "ms": ("微服务（个）", f"{s.microservices:,}", "微服务数量（个）", s.microservices, "个"),
        "devr": ("注册开发者（个）", f"{s.developers:,}", "开发者注册总数（个）", s.developers, "个"),
        "served": ("实际服务企业（家）", f"{s.served:,}", "实际服务企业数（个）", s.served, "家"),
        "pub": ("公有云接入设备（台/套）", f"{v.pub:,}", "公有云工业设备连接数量（台/套）", v.pub, "台/套"),
    }
    return [allt[k] for k in which]


def shot_facts(tiles, f: str, page: int) -> list[dict]:
    return [fact(lab, val, unit, norm, f, page, val, cap, image_only=True) for cap, val, lab, norm, unit in tiles]


def summary_truth(v: Values, blank_in_form: set[str]) -> list[dict]:
    out = []
    for lab in LABELS:
        val, norm = v.rows[lab]
        if lab in blank_in_form:
            val, norm = "", None
        out.append({"label": lab, "value": val, "normalized": norm})
    return out


def platform(s: Spec) -> dict:
    return {"list_no": s.list_no, "listed_name": s.name, "company": s.company, "declared_name": s.name,
            "participated_2023": s.p2023}


def write_truth(out: Path, pkg_rel: str, s: Spec, description: str, layout: list[str], files: dict, rows, facts, problems):
    truth = PackageTruth.model_validate({
        "schema_version": 1, "package_id": s.pid, "description": description,
        "path": f"eval_sets/blind/h67/{pkg_rel}", "delivery": "folder", "platform": platform(s), "layout": layout,
        "files": dict(sorted(files.items())), "secrets": [s.password], "summary_rows": rows,
        "evidence_facts": facts, "problems": problems,
    })
    (out / "truth").mkdir(parents=True, exist_ok=True)
    (out / "truth" / f"{s.pid}.json").write_text(dump_truth(truth), encoding="utf-8")


def attachments_list(names: list[str]) -> list[str]:
    return [f"{n}" for n in names]


# ---------------------------------------------------------------- package 1: complete (clean)
def build_guowang(out: Path, tmp: Path) -> None:
    s = GUOWANG
    v = Values(s)
    root = out / "packages" / s.pid
    ev = "附件3 证明材料/"
    F = {
        "contacts": "附件1 联系人信息反馈表.docx", "form": "附件2 申报表.docx", "scan": "附件2 申报表（盖章扫描件）.pdf",
        "narr": "附件3 申报书.docx", "audit": ev + "附件3-1 2023年度审计报告（含平台业务专项说明）.pdf",
        "ip": ev + "附件3-2 知识产权清单.pdf", "dev": ev + "附件3-3 平台接入设备统计表.xlsx",
        "shot": ev + "附件3-4 平台运行看板截图.png", "comp": ev + "附件3-5 其他证明材料汇编.pdf",
        "summary": "附件4 平台基本情况汇总表.xlsx", "commit": "附件5 真实性承诺（盖章）.pdf",
    }
    proofs = base_proofs("附件3-1 第3页", "附件3-2 第1页", "附件3-2 第2页", "附件3-3（第1、2个工作表）", "附件3-4",
                         "附件3-5", s, v)
    ov = empty_overseas(v)
    rows = form_rows(s, v, ov, proofs)
    parts = docs.form_parts(s, v, rows)
    docs.contacts_docx(s, root / F["contacts"])
    docs.form_docx(s, v, parts, root / F["form"])
    docs.form_scan(s, v, parts, root / F["scan"], tmp)
    att = ["附件3-1 2023年度审计报告（含平台业务专项说明），第1-3页", "附件3-2 知识产权清单（专利、软件著作权），第1-2页",
           "附件3-3 平台接入设备统计表（按设备分类、按区域两个工作表）", "附件3-4 平台运行看板截图，1页",
           "附件3-5 其他证明材料汇编（荣誉清单第1页、安全管理制度清单第2页、营业执照信息第3页）"]
    docs.narrative_docx(s, v, root / F["narr"], att, {})
    q = docs.audit_pdf(s, v, root / F["audit"])
    qi = docs.ip_pdf(s, root / F["ip"], True, True)
    docs.device_xlsx(s, v, root / F["dev"])
    tiles = shot_tiles(s, v, ["dev", "reg", "app", "model", "ms", "devr"])
    img = docs.dashboard(s, [(c, val) for c, val, *_ in tiles], "国网上海电力工业互联网平台 · 运营监控中心")
    img.save(root / F["shot"], format="PNG", optimize=False)
    qc = docs.compendium_pdf(s, v, root / F["comp"])
    docs.summary_xlsx_vertical(s, v, set(), root / F["summary"], ov)
    docs.commitment_scan(s, root / F["commit"], tmp)
    files = {F["contacts"]: "联系人表", F["form"]: "申报表", F["scan"]: "申报表扫描件", F["narr"]: "申报书",
             F["audit"]: "evidence:audit_report", F["ip"]: "evidence:patent_list", F["dev"]: "evidence:device_list",
             F["shot"]: "evidence:screenshot", F["comp"]: "evidence:award_list", F["summary"]: "汇总表", F["commit"]: "承诺"}
    facts = audit_facts(s, v, F["audit"], q)
    facts += [fact("平台核心软硬件技术获得的专利数量（项）", str(s.patents), "项", s.patents, F["ip"], 1, qi["patent"], "专利清单"),
              fact("平台核心软硬件技术获得的软著数量（个）", str(s.softcopy), "项", s.softcopy, F["ip"], 2, qi["soft"], "软件著作权清单")]
    facts += device_facts(s, v, F["dev"])
    facts += shot_facts(tiles, F["shot"], 1)
    facts.append(fact("平台获得省部级及以上奖项/荣誉数量（个）", str(len(s.awards)), "项", len(s.awards), F["comp"], 1, qc["awards"], "合计"))
    write_truth(out, f"packages/{s.pid}", s,
                "序号13 国网上海电力工业互联网平台（2023参评），完整且一致的干净包：每个证明资料都在（荣誉、安全制度、营业执照合在一份汇编PDF的各标题下），"
                "否/无海外设备的行以「无」「不适用」作证明资料说明，承诺与申报表均有盖章扫描件，汇总表填满，申报书含第七章。",
                ["naming:附件N 名称", "evidence_dir:附件3 证明材料", "form:docx+stamped_scan", "summary:xlsx-vertical",
                 "commitment:scan", "evidence:combined-pdf-headings", "proof_cells:无/不适用", "screenshots:png", "section7:filled"],
                files, summary_truth(v, set()), facts, [])


# ---------------------------------------------------------------- package 2: 来伊份 draft
def build_laiyifen(out: Path, tmp: Path) -> None:
    s = LAIYIFEN
    v = Values(s)
    root = out / "packages" / s.pid
    F = {
        "contacts": "来伊份_附件1_联系人信息反馈表.docx", "form": "来伊份_附件2_申报表.docx", "scan": "来伊份_附件2_申报表_盖章版.pdf",
        "narr": "来伊份_附件3_申报书.docx", "audit": "证明材料/3-1_审计报告及平台专项说明.pdf",
        "ip": "证明材料/3-2_软件著作权清单.pdf", "dev": "证明材料/3-3_接入设备统计.xlsx",
        "shot": "证明材料/3-4_平台看板截图.png", "comp": "证明材料/3-5_荣誉及制度汇编.pdf",
        "summary": "来伊份_附件4_汇总表.xlsx", "commit": "来伊份_附件5_真实性承诺.docx",
    }
    proofs = base_proofs("附件3-1 第3页", "附件8 专利证书（共9份）", "附件3-2 第1页", "附件3-3", "附件3-4", "附件3-5", s, v)
    over = dict(empty_overseas(v))
    over["平台交易规模年增长率（%）"] = "待定"
    rows = form_rows(s, v, over, proofs)
    parts = docs.form_parts(s, v, rows)
    docs.contacts_docx(s, root / F["contacts"])
    docs.form_docx(s, v, parts, root / F["form"])
    docs.form_scan(s, v, parts, root / F["scan"], tmp)
    att = ["附件3-1 审计报告及平台专项说明，第1-3页", "附件3-2 软件著作权清单，第1页", "附件3-3 接入设备统计表",
           "附件3-4 平台看板截图", "附件3-5 荣誉及制度汇编，第1-3页", "附件8 专利证书（共9份）"]
    docs.narrative_docx(s, v, root / F["narr"], att, {})
    q = docs.audit_pdf(s, v, root / F["audit"])
    qi = docs.ip_pdf(s, root / F["ip"], False, True)
    docs.device_xlsx(s, v, root / F["dev"])
    tiles = shot_tiles(s, v, ["reg", "served", "app", "dev", "pub", "ms"])
    docs.dashboard(s, [(c, val) for c, val, *_ in tiles], "来伊份合作伙伴共创平台 数据看板").save(root / F["shot"], format="PNG")
    qc = docs.compendium_pdf(s, v, root / F["comp"])
    blanks = {"工业机理模型数量（个）", "活跃机理模型数量（一周调用5次以上）（个）"}
    docs.summary_xlsx_vertical(s, v, blanks, root / F["summary"], over)
    docs.commitment_docx_unsigned(s, root / F["commit"])
    files = {F["contacts"]: "联系人表", F["form"]: "申报表", F["scan"]: "申报表扫描件", F["narr"]: "申报书",
             F["audit"]: "evidence:audit_report", F["ip"]: "evidence:patent_list", F["dev"]: "evidence:device_list",
             F["shot"]: "evidence:screenshot", F["comp"]: "evidence:award_list", F["summary"]: "汇总表", F["commit"]: "承诺"}
    facts = audit_facts(s, v, F["audit"], q)
    facts.append(fact("平台核心软硬件技术获得的软著数量（个）", str(s.softcopy), "项", s.softcopy, F["ip"], 1, qi["soft"], "软件著作权清单"))
    facts += device_facts(s, v, F["dev"])
    facts += shot_facts(tiles, F["shot"], 1)
    facts.append(fact("平台获得省部级及以上奖项/荣誉数量（个）", str(len(s.awards)), "项", len(s.awards), F["comp"], 1, qc["awards"], "合计"))
    P = s.pid
    problems = [
        dict(id=f"{P}-01", family="missing_proof", fields=["平台核心软硬件技术获得的专利数量（项）"], files=[F["form"]],
             severity="error",
             description=f"专利数量 {s.patents} 项的证明资料写「附件8 专利证书（共9份）」，申报书第六章也列了附件8，但包内没有附件8（证明材料只有3-1至3-5，3-2 只有软件著作权清单），专利数量没有任何证明"),
        dict(id=f"{P}-02", family="blank", fields=["平台交易规模年增长率（%）"], files=[F["form"], F["summary"]], severity="error",
             description="平台交易规模年增长率（%）在申报表和汇总表中都只写了占位「待定」，未填具体数值（填报指引要求填写最近一年增长率）"),
        dict(id=f"{P}-03", family="missing_file", fields=["附件5 真实性承诺"], files=[F["commit"]], severity="error",
             description="附件5 真实性承诺只有未签署的 DOCX 模板：申报单位处无公章、法定代表人处无签章、日期留空「年 月 日」；通知要求承诺由法人代表或其授权代表签名并加盖申报单位公章，且电子版须含盖章扫描版，有效的承诺缺失"),
        dict(id=f"{P}-04", family="summary_vs_form", fields=["工业机理模型数量（个）", "活跃机理模型数量（一周调用5次以上）（个）"],
             files=[F["summary"], F["form"]], severity="error",
             description=f"汇总表中工业机理模型数量、活跃机理模型数量两行留空，而申报表分别填写 {s.models} 个、{v.active_models} 个"),
    ]
    write_truth(out, f"packages/{s.pid}", s,
                "序号10 来伊份合作伙伴共创平台（2023未参评），看似完整的草稿：证明资料列引用了不存在的附件8 专利证书，交易规模增长率写「待定」，"
                "承诺是未盖章未签字未写日期的DOCX，汇总表漏填两行机理模型数。",
                ["naming:来伊份_附件N", "evidence_dir:证明材料", "form:docx+stamped_scan", "summary:xlsx-vertical",
                 "commitment:docx-unsigned", "screenshots:png", "draft:placeholder-待定", "draft:cited-attachment-absent"],
                files, summary_truth(v, {"平台交易规模年增长率（%）"}), facts, problems)


# ---------------------------------------------------------------- package 3: 碳索 draft
def build_tansuo(out: Path, tmp: Path) -> None:
    s = TANSUO
    v = Values(s)
    root = out / "packages" / s.pid
    ev = "03 申报书附件/"
    F = {
        "contacts": "01 联系人信息反馈表.docx", "form": "02 申报表.xlsx", "scan": "02 申报表（盖章）.pdf",
        "narr": "03 申报书.docx", "audit": ev + "附件3-1 审计报告.pdf", "ip": ev + "附件3-2 知识产权清单.pdf",
        "dev": ev + "附件3-3 设备接入统计.xlsx", "shot": ev + "附件3-4 平台运行截图.pdf", "comp": ev + "附件3-5 荣誉及制度材料.pdf",
        "summary": "04 平台基本情况汇总表.docx", "commit": "05 真实性承诺（盖章）.pdf",
    }
    proofs = base_proofs("附件3-1 审计报告 第3页", "附件3-2 第1页", "附件3-2 第2页", "附件3-3", "附件3-4 第1页", "附件3-5", s, v)
    proofs["微服务数量（个）"] = "附件3-4 第2页"
    proofs["开发者注册总数（个）"] = "附件3-4 第2页"
    over = dict(empty_overseas(v))
    over["是否针对平台制定了安全管理相关制度"] = "是，《XXX平台安全管理办法》（编号：TBD，制订时间：待定）"
    rows = form_rows(s, v, over, proofs)
    parts = docs.form_parts(s, v, rows)
    docs.contacts_docx(s, root / F["contacts"])
    docs.form_xlsx(s, v, parts, root / F["form"])
    docs.form_scan(s, v, parts, root / F["scan"], tmp)
    att = ["附件3-1 审计报告，第1-3页", "附件3-2 知识产权清单，第1-2页", "附件3-3 设备接入统计表", "附件3-4 平台运行截图，第1-2页",
           "附件3-5 荣誉及制度材料，第1-3页"]
    docs.narrative_docx(s, v, root / F["narr"], att,
                        {"四": "（请简要描述平台下一步发展计划，包括但不限于平台属性、技术创新、产品升级、产业合作、商业模式拓展等。）"})
    (root / F["audit"]).parent.mkdir(parents=True, exist_ok=True)
    images_to_pdf([docs.licence_scan(s)], root / F["audit"])
    qi = docs.ip_pdf(s, root / F["ip"], True, True)
    docs.device_xlsx(s, v, root / F["dev"])
    tiles = shot_tiles(s, v, ["dev", "pub", "reg", "served", "app", "model"])
    p1 = docs.dashboard(s, [(c, val) for c, val, *_ in tiles], "零碳绿色工厂综合数智化管理平台 运行总览")
    page = docs.Image.new("RGB", (1240, 1754), (255, 255, 255))  # a landscape shot pasted on an A4 page
    page.paste(p1.resize((1240, 736)), (0, 500))
    p1 = page
    images_to_pdf([p1, docs.placeholder_page("（此页待补充）")], root / F["shot"])
    qc = docs.compendium_pdf(s, v, root / F["comp"])
    docs.summary_docx(s, v, set(), root / F["summary"], over)
    docs.commitment_scan(s, root / F["commit"], tmp)
    files = {F["contacts"]: "联系人表", F["form"]: "申报表", F["scan"]: "申报表扫描件", F["narr"]: "申报书",
             F["audit"]: "evidence:other", F["ip"]: "evidence:patent_list", F["dev"]: "evidence:device_list",
             F["shot"]: "evidence:screenshot", F["comp"]: "evidence:award_list", F["summary"]: "汇总表", F["commit"]: "承诺"}
    facts = [fact("平台核心软硬件技术获得的专利数量（项）", str(s.patents), "项", s.patents, F["ip"], 1, qi["patent"], "专利清单"),
             fact("平台核心软硬件技术获得的软著数量（个）", str(s.softcopy), "项", s.softcopy, F["ip"], 2, qi["soft"], "软件著作权清单")]
    facts += device_facts(s, v, F["dev"])
    facts += shot_facts(tiles, F["shot"], 1)
    facts.append(fact("平台获得省部级及以上奖项/荣誉数量（个）", str(len(s.awards)), "项", len(s.awards), F["comp"], 1, qc["awards"], "合计"))
    P = s.pid
    fin = ["平台相关营业收入（万元）", "平台相关研发投入（万元）", "平台利润率（%）", "平台近三年经营指标情况"]
    problems = [
        dict(id=f"{P}-01", family="missing_proof", fields=fin, files=[F["audit"], F["form"]], severity="error",
             description="申报表以「附件3-1 审计报告 第3页」证明平台营收、研发投入和利润，但文件「附件3-1 审计报告.pdf」只有1页，内容是营业执照（副本）扫描件，包内没有任何审计报告或平台财务数据"),
        dict(id=f"{P}-02", family="missing_section", fields=["四、平台下一步发展计划"], files=[F["narr"]], severity="error",
             description="申报书第四章「平台下一步发展计划」只保留了模板说明文字「（请简要描述平台下一步发展计划，包括但不限于……）」，未填写内容"),
        dict(id=f"{P}-03", family="answer_format", fields=["是否针对平台制定了安全管理相关制度", "平台是否建立安全管理体系"],
             files=[F["form"]], severity="warning",
             description="安全管理制度一栏答「是，《XXX平台安全管理办法》（编号：TBD，制订时间：待定）」：制度名称、文件编号、制订时间都是占位符，不符合填报指引「罗列相关制度文件名+文件编号+制订时间」"),
        dict(id=f"{P}-04", family="missing_proof", fields=["微服务数量（个）", "开发者注册总数（个）"], files=[F["shot"], F["form"]],
             severity="warning",
             description="微服务数量、开发者注册总数的证明资料指向「附件3-4 第2页」，该页只有「（此页待补充）」字样，没有截图"),
    ]
    write_truth(out, f"packages/{s.pid}", s,
                "序号27 零碳绿色工厂综合数智化管理平台（2023未参评），申报表为XLSX的草稿：名为「审计报告.pdf」的文件装的是营业执照，申报书第四章仍是模板说明，"
                "安全制度答案是XXX/TBD占位，截图PDF第2页写「（此页待补充）」。",
                ["naming:01-05 numbered", "evidence_dir:03 申报书附件", "form:xlsx+stamped_scan", "summary:docx-vertical",
                 "commitment:scan", "screenshots:pdf-image", "draft:misnamed-file", "draft:template-text", "draft:XXX/TBD",
                 "draft:placeholder-page"],
                files, summary_truth(v, set()), facts, problems)


# ---------------------------------------------------------------- package 4: 河姆渡 draft
def build_hemudu(out: Path, tmp: Path) -> None:
    s = HEMUDU
    v = Values(s)
    root = out / "packages" / s.pid
    F = {
        "contacts": "河姆渡-联系人信息反馈表.docx", "form": "河姆渡-申报表.docx", "scan": "河姆渡-申报表-盖章扫描.pdf",
        "narr": "河姆渡-申报书.docx", "audit": "附件/1 审计报告.pdf", "ip": "附件/2 知识产权清单.pdf",
        "dev": "附件/3 设备接入统计.xlsx", "shot": "附件/4 平台看板截图.png", "comp": "附件/5 荣誉及制度.pdf",
        "summary": "河姆渡-汇总表.xlsx", "commit": "河姆渡-真实性承诺.pdf",
    }
    proofs = base_proofs("附件1 第3页", "附件2 第1页", "附件2 第2页", "附件3", "附件4", "附件5", s, v)
    over = dict(empty_overseas(v))
    over["平台服务园区总数（个）"] = "XXX"
    over["平台定位是否明确"] = "TBD"
    rows = form_rows(s, v, over, proofs)
    parts = docs.form_parts(s, v, rows)
    docs.contacts_docx(s, root / F["contacts"])
    docs.form_docx(s, v, parts, root / F["form"])
    docs.form_scan(s, v, parts, root / F["scan"], tmp)
    att = ["附件1 审计报告，第1-3页", "附件2 知识产权清单，第1-2页", "附件3 设备接入统计表", "附件4 平台看板截图", "附件5 荣誉及制度，第1-3页"]
    docs.narrative_docx(s, v, root / F["narr"], att,
                        {"七": "本章节为 2023 年度参评平台必填章节，2023 年未参评的平台无需填写。请结合评价指标体系，主要介绍从 2023 年 7 月至今，"
                               "平台在功能模块、关键指标、应用服务等各方面相关情况的变化对比。请逐项介绍。"})
    q = docs.audit_pdf(s, v, root / F["audit"])
    qi = docs.ip_pdf(s, root / F["ip"], True, True, blank_soft_page=True)
    docs.device_xlsx(s, v, root / F["dev"])
    tiles = shot_tiles(s, v, ["reg", "served", "dev", "app", "ms", "devr"])
    docs.dashboard(s, [(c, val) for c, val, *_ in tiles], "河姆渡工业互联网平台 · 实时数据").save(root / F["shot"], format="PNG")
    qc = docs.compendium_pdf(s, v, root / F["comp"])
    blanks = {"按行业统计服务企业数（个）", "按省市区域统计服务企业数（个）"}
    docs.summary_xlsx_horizontal(s, v, blanks, root / F["summary"], over)
    docs.commitment_scan(s, root / F["commit"], tmp)
    files = {F["contacts"]: "联系人表", F["form"]: "申报表", F["scan"]: "申报表扫描件", F["narr"]: "申报书",
             F["audit"]: "evidence:audit_report", F["ip"]: "evidence:patent_list", F["dev"]: "evidence:device_list",
             F["shot"]: "evidence:screenshot", F["comp"]: "evidence:award_list", F["summary"]: "汇总表", F["commit"]: "承诺"}
    facts = audit_facts(s, v, F["audit"], q)
    facts.append(fact("平台核心软硬件技术获得的专利数量（项）", str(s.patents), "项", s.patents, F["ip"], 1, qi["patent"], "专利清单"))
    facts += device_facts(s, v, F["dev"])
    facts += shot_facts(tiles, F["shot"], 1)
    facts.append(fact("平台获得省部级及以上奖项/荣誉数量（个）", str(len(s.awards)), "项", len(s.awards), F["comp"], 1, qc["awards"], "合计"))
    P = s.pid
    problems = [
        dict(id=f"{P}-01", family="section7", fields=["七、平台相较上年度对比情况"], files=[F["narr"]], severity="error",
             description="2023年度参评平台（附件6 序号20 为「是」），申报书第七章「平台相较上年度对比情况」只抄录了模板说明文字，未介绍任何变化对比"),
        dict(id=f"{P}-02", family="blank", fields=["平台服务园区总数（个）"], files=[F["form"], F["summary"]], severity="error",
             description="平台服务园区总数（个）在申报表和汇总表中均为占位「XXX」，未填数量"),
        dict(id=f"{P}-03", family="blank", fields=["平台定位是否明确"], files=[F["form"]], severity="error",
             description="1.1.1「平台定位是否明确」只写了「TBD」；填报指引要求填写50字以内的平台具体定位，或写明「无明确战略定位」"),
        dict(id=f"{P}-04", family="summary_vs_form", fields=["按行业统计服务企业数（个）", "按省市区域统计服务企业数（个）"],
             files=[F["summary"], F["form"]], severity="error",
             description="横向汇总表中按行业统计服务企业数、按省市区域统计服务企业数两格留空，而申报表已按附录C行业和附录F区域填写了分布"),
        dict(id=f"{P}-05", family="missing_proof", fields=["平台核心软硬件技术获得的软著数量（个）"], files=[F["ip"], F["form"]],
             severity="warning",
             description=f"软著数量 {s.softcopy} 个的证明资料指向「附件2 第2页」，该页除页眉外是空白页，没有软件著作权清单"),
    ]
    write_truth(out, f"packages/{s.pid}", s,
                "序号20 河姆渡电商工业互联网平台（2023参评），草稿：申报书第七章只是模板说明，园区数XXX、平台定位TBD，横向汇总表漏填两张服务企业分布，"
                "知识产权清单的软著页空白。",
                ["naming:河姆渡-名称", "evidence_dir:附件", "form:docx+stamped_scan", "summary:xlsx-horizontal",
                 "commitment:scan", "screenshots:png", "draft:template-text-section7", "draft:XXX/TBD", "draft:blank-page"],
                files, summary_truth(v, {"平台服务园区总数（个）"}), facts, problems)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=HERE)
    args = ap.parse_args()
    out = args.out.resolve()
    for sub in ("packages", "truth"):
        if (out / sub).exists():
            shutil.rmtree(out / sub)
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        build_guowang(out, tmp)
        build_laiyifen(out, tmp)
        build_tansuo(out, tmp)
        build_hemudu(out, tmp)
    print("built", out)


if __name__ == "__main__":
    main()
