"""Build blind set h68 (rounding and precision): packages/<id>/… and truth/<id>.json.

    /work/main/.venv/bin/python eval_sets/blind/h68/build.py [--out DIR]

Deterministic: fixed seeds, reportlab invariant, Office files re-zipped with fixed dates and core properties."""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path[:0] = [str(HERE), str(ROOT)]

import pypdfium2 as pdfium  # noqa: E402

import render as R  # noqa: E402
from model import D, derive, pct, r2, rnd  # noqa: E402
from package import (audit_blocks, audit_facts, commitment_blocks, contact_blocks, device_facts,  # noqa: E402
                     device_tables, dump_truth, enterprise_facts, enterprise_sheets, fact, form_blocks,
                     form_sections, form_xlsx_sheets, ip_blocks, narrative_blocks, storage_facts, storage_image,
                     summary_file, summary_rows, wan_label)
from specs import narrative_a, narrative_b, narrative_c, narrative_d, spec_a, spec_b, spec_c, spec_d  # noqa: E402

REL = "eval_sets/blind/h68"


def pdf_texts(path: Path) -> list[str]:
    pdf = pdfium.PdfDocument(str(path))
    out = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    pdf.close()
    return out


def page_of(path: Path, needle: str) -> int:
    for i, text in enumerate(pdf_texts(path)):
        if needle in text.replace("\r", "").replace("\n", ""):
            return i + 1
    raise AssertionError(f"{needle!r} not in {path}")


# ------------------------------------------------------------------ layouts per package
LAYOUTS = {
    "a": dict(form="docx", narrative="docx", summary="xlsx-vertical", commitment="scan", devices="xlsx", shots="png",
              files={"联系人表": "附件1 联系人信息反馈表.docx", "申报表": "附件2 申报表（四建智建云）.docx",
                     "申报表扫描件": "附件2 申报表（盖章扫描件）.pdf", "申报书": "附件3 申报书（四建智建云）.docx",
                     "汇总表": "附件4 平台基本情况汇总表.xlsx", "承诺": "附件5 真实性承诺（盖章）.pdf",
                     "audit": "附件3 证明材料/3-1 2023年度审计报告（含平台业务专项说明）.pdf",
                     "devices": "附件3 证明材料/3-2 平台接入设备统计表.xlsx",
                     "ip": "附件3 证明材料/3-3 平台知识产权清单.pdf",
                     "ents": "附件3 证明材料/3-4 平台服务企业清单.xlsx",
                     "shot1": "附件3 证明材料/3-5 平台运行截图-运行总览.png",
                     "shot2": "附件3 证明材料/3-5 平台运行截图-存储监控.png"},
              tags=["evidence_dir:附件3 证明材料", "form:docx", "columns:levels+content+actual+proof", "stamped_scan",
                    "audit_unit:元", "platform_part:专项说明(元,2020-2023)", "summary:xlsx-vertical", "commitment:scan",
                    "device_list:xlsx", "screenshots:png", "narrative:docx+chart-png", "precision:yuan-wan-yi",
                    "precision:GB-TB", "rounded_claims:true"]),
    "b": dict(form="xlsx", narrative="pdf", summary="docx", commitment="docx", devices="pdf", shots="pdf",
              files={"联系人表": "联系人信息反馈表.docx", "申报表": "河姆渡_申报表.xlsx",
                     "申报表扫描件": "河姆渡_申报表_盖章版.pdf", "申报书": "河姆渡_申报书.pdf",
                     "汇总表": "河姆渡_平台基本情况汇总表.docx", "承诺": "河姆渡_真实性承诺.docx",
                     "audit": "证明材料/1_审计报告及平台经营数据专项审核说明.pdf",
                     "devices": "证明材料/2_平台接入设备统计表.pdf", "ip": "证明材料/3_知识产权清单.pdf",
                     "ents": "证明材料/4_服务企业清单.xlsx", "shots": "证明材料/5_平台运行截图.pdf"},
              tags=["evidence_dir:证明材料", "naming:prefix", "form:xlsx", "columns:levels+content+actual+proof",
                    "stamped_scan", "audit_unit:元", "platform_part:专项审核说明(元)", "summary:docx",
                    "commitment:docx", "device_list:pdf", "screenshots:pdf-image", "narrative:pdf",
                    "thousands_separators", "section7"]),
    "c": dict(form="docx", narrative="docx", summary="xlsx-horizontal", commitment="scan", devices="xlsx", shots="png",
              files={"联系人表": "01-附件1 联系人信息反馈表.docx", "申报表": "02-附件2 申报表.docx",
                     "申报表扫描件": "02-附件2 申报表（扫描件）.pdf", "申报书": "03-附件3 申报书.docx",
                     "汇总表": "04-附件4 平台基本情况汇总表.xlsx", "承诺": "05-附件5 真实性承诺.pdf",
                     "audit": "06-附件3-1 2023年度审计报告.pdf", "devices": "07-附件3-2 平台接入设备统计表.xlsx",
                     "ip": "08-附件3-3 知识产权清单.pdf", "ents": "09-附件3-4 服务企业清单.xlsx",
                     "shot1": "10-附件3-5 平台截图1 能源监测总览.png", "shot2": "11-附件3-5 平台截图2 存储资源.png"},
              tags=["evidence_dir:flat", "naming:numbered-dash", "form:docx", "columns:levels+content+actual+proof",
                    "stamped_scan", "audit_unit:元", "platform_part:专项说明(元,2020-2023)",
                    "summary:xlsx-horizontal", "commitment:scan", "device_list:xlsx", "screenshots:png",
                    "narrative:docx", "no_section7"]),
    "d": dict(form="docx", narrative="pdf", summary="xlsx-vertical", commitment="scan", devices="pdf", shots="png",
              files={"联系人表": "申报材料/附件1_联系人信息反馈表.docx", "申报表": "申报材料/附件2_申报表.docx",
                     "申报表扫描件": "申报材料/附件2_申报表_盖章扫描.pdf", "申报书": "申报材料/附件3_申报书.pdf",
                     "汇总表": "申报材料/附件4_平台基本情况汇总表.xlsx", "承诺": "申报材料/附件5_真实性承诺_盖章.pdf",
                     "audit": "佐证材料/佐证材料1_2023年度审计报告.pdf", "devices": "佐证材料/佐证材料2_平台接入设备统计表.pdf",
                     "ip": "佐证材料/佐证材料3_知识产权清单.pdf", "ents": "佐证材料/佐证材料4_服务企业清单.xlsx",
                     "shot1": "佐证材料/佐证材料5-1_智维云运行大屏.png", "shot2": "佐证材料/佐证材料5-2_存储资源监控.png"},
              tags=["evidence_dir:申报材料+佐证材料", "form:docx", "columns:levels+content+actual+proof", "stamped_scan",
                    "audit_unit:元", "platform_part:专项说明(元,2020-2023)", "summary:xlsx-vertical",
                    "commitment:scan", "device_list:pdf", "screenshots:png", "narrative:pdf", "thousands_separators",
                    "section7"]),
}

ROLES = {"联系人表": "联系人表", "申报表": "申报表", "申报表扫描件": "申报表扫描件", "申报书": "申报书", "汇总表": "汇总表",
         "承诺": "承诺", "audit": "evidence:audit_report", "devices": "evidence:device_list", "ip": "evidence:patent_list",
         "ents": "evidence:other", "shot1": "evidence:screenshot", "shot2": "evidence:screenshot",
         "shots": "evidence:screenshot"}

DASH = {  # (caption, drawn text, label, normalized) — drawn values are the platform's own rounded display
    "a": lambda V: [("连接设备（台/套）", wan_label(V["dev"], 2)[0], "连接的工业设备/产品/产线种类及数量（台/套）", wan_label(V["dev"], 2)[1]),
                    ("注册企业（家）", f"{V['reg']:,}", "注册企业用户数（个）", V["reg"]),
                    ("实际服务企业（家）", f"{V['served']}", "实际服务企业数（个）", V["served"]),
                    ("上架工业APP（个）", f"{V['app']}", "工业APP数量（个）", V["app"]),
                    ("机理模型（个）", f"{V['models']}", "工业机理模型数量（个）", V["models"]),
                    ("注册开发者", wan_label(V["devs"], 2)[0], "开发者注册总数（个）", wan_label(V["devs"], 2)[1])],
    "b": lambda V: [("入驻企业", "1.3万", "注册企业用户数（个）", 13000),
                    ("接入设备（台/套）", f"{V['dev']:,}", "连接的工业设备/产品/产线种类及数量（台/套）", V["dev"]),
                    ("工业APP（个）", f"{V['app']}", "工业APP数量（个）", V["app"]),
                    ("微服务（个）", f"{V['ms']}", "微服务数量（个）", V["ms"])],
    "c": lambda V: [("接入设备（台/套）", wan_label(V["dev"], 2)[0], "连接的工业设备/产品/产线种类及数量（台/套）", wan_label(V["dev"], 2)[1]),
                    ("服务企业（家）", f"{V['served']}", "实际服务企业数（个）", V["served"]),
                    ("工业APP（个）", f"{V['app']}", "工业APP数量（个）", V["app"]),
                    ("能效模型（个）", f"{V['models']}", "工业机理模型数量（个）", V["models"])],
    "d": lambda V: [("连接设备（台/套）", wan_label(V["dev"], 2)[0], "连接的工业设备/产品/产线种类及数量（台/套）", wan_label(V["dev"], 2)[1]),
                    ("机理模型（个）", f"{V['models']}", "工业机理模型数量（个）", V["models"]),
                    ("微服务（个）", f"{V['ms']:,}", "微服务数量（个）", V["ms"]),
                    ("注册开发者", f"{V['devs']:,}", "开发者注册总数（个）", V["devs"])],
}

SPECS = {"a": (spec_a, narrative_a), "b": (spec_b, narrative_b), "c": (spec_c, narrative_c), "d": (spec_d, narrative_d)}


def proofs_for(key: str, F: dict, S: dict) -> dict:
    """证明资料 column: which attachment and where."""
    a = {"a": "附件3-1", "b": "证明材料1", "c": "附件3-1", "d": "佐证材料1"}[key]
    dv = {"a": "附件3-2", "b": "证明材料2", "c": "附件3-2", "d": "佐证材料2"}[key]
    ip = {"a": "附件3-3", "b": "证明材料3", "c": "附件3-3", "d": "佐证材料3"}[key]
    en = {"a": "附件3-4", "b": "证明材料4", "c": "附件3-4", "d": "佐证材料4"}[key]
    sh = {"a": "附件3-5", "b": "证明材料5", "c": "附件3-5", "d": "佐证材料5"}[key]
    p = {}
    for lab in ("平台相关研发投入（万元）", "平台相关研发投入强度（%）", "平台相关营业收入（万元）", "平台利润率（%）",
                "投资回报率（%）", "平台社会贡献率（%）"):
        p[lab] = f"{a} 审计报告 第5页（平台专项说明）"
    for lab in ("连接的工业设备/产品/产线种类及数量（台/套）", "按二级分类统计工业设备数量（台/套）", "公有云工业设备连接数量（台/套）",
                "按二级分类统计公有云工业设备数量（台/套）", "公有云工业设备平均日运行数量（台/套）",
                "按二级分类统计公有云工业设备平均日运行数量（台/套）"):
        p[lab] = f"{dv} 接入设备统计表（按二级分类）"
    for lab in ("按省市区域统计工业设备数量（台/套）", "按省市区域统计公有云工业设备数量（台/套）",
                "按省市区域统计公有云工业设备平均日运行数量（台/套）", "海外设备连接数量（台/套）",
                "按海外国家分类统计海外设备连接数量（台/套）"):
        p[lab] = f"{dv} 接入设备统计表（按区域）"
    p["平台核心软硬件技术获得的专利数量（项）"] = f"{ip} 知识产权清单 专利部分"
    p["平台核心软硬件技术获得的软著数量（个）"] = f"{ip} 知识产权清单 软件著作权部分"
    for lab in ("实际服务企业数（个）", "按行业统计服务企业数（个）", "按省市区域统计服务企业数（个）", "付费企业数（个）",
                "服务本市企业数量（个）", "服务中小企业数量（个）"):
        p[lab] = f"{en} 服务企业清单"
    for lab in ("存储容量（TB）", "存储工业数据量（TB）", "公有云数据总量（TB）", "存储资源利用率（%）"):
        p[lab] = f"{sh} 存储资源监控截图（GB折算TB，1TB=1024GB）"
    for lab in ("注册企业用户数（个）", "工业APP数量（个）", "工业机理模型数量（个）", "微服务数量（个）", "开发者注册总数（个）"):
        p.setdefault(lab, f"{sh} 平台运行截图")
    for lab in ("平台连接工业设备运维成本平均下降率（%）", "平台连接工业设备能耗平均下降率（%）",
                "平台连接工业设备安全生产持续时间平均提升率（%）"):
        p[lab] = "申报书第五章 3个应用案例（按案例原始数据计算平均值）"
    return p


PROBLEMS = {
    "a": [],
    "b": [
        dict(id="h68b-01", family="declared_vs_evidence", severity="error",
             fields=["平台相关营业收入（万元）", "平台近三年经营指标情况"],
             files=["河姆渡_申报表.xlsx", "证明材料/1_审计报告及平台经营数据专项审核说明.pdf"],
             description="申报表平台相关营业收入（及2023年平台营收）1,263.50万元，专项审核说明表15-1 2023年度平台相关营业收入"
                         "12,365,000.00元=1,236.50万元；差27.00万元，是数字颠倒而非舍入（元→万元舍入误差至多0.005万元）。"
                         "申报表的2023年增长率、利润率、研发投入强度均按1,263.50计算，随之偏离。"),
        dict(id="h68b-02", family="narrative_vs_form", severity="error", fields=["实际服务企业数（个）"],
             files=["河姆渡_申报书.pdf", "河姆渡_申报表.xlsx"],
             description="申报书第二章称“平台已服务企业超过500家”，申报表实际服务企业数486（服务企业清单亦为486家）；"
                         "“超过500”对486不成立，非舍入可解释。"),
        dict(id="h68b-03", family="screenshot_vs_form", severity="warning", fields=["注册企业用户数（个）"],
             files=["证明材料/5_平台运行截图.pdf", "河姆渡_申报表.xlsx"],
             description="平台运行截图“入驻企业 1.3万”，申报表注册企业用户数12,460（1.246万，一位小数舍入应为1.2万）；"
                         "可能是截图时点不同或看板向上取整，需核实。"),
        dict(id="h68b-04", family="growth_rate", severity="error", fields=["平台近三年经营指标情况"],
             files=["河姆渡_申报表.xlsx"],
             description="2022年增长率填11.18%，按申报表2021年987.65万元、2022年1,104.28万元计算为(1104.28-987.65)/987.65=11.81%；"
                         "数字颠倒，超出两位小数舍入。"),
    ],
    "c": [
        dict(id="h68c-01", family="formula", severity="error",
             fields=["平台相关研发投入强度（%）", "平台相关研发投入（万元）", "平台相关营业收入（万元）"],
             files=["02-附件2 申报表.docx"],
             description="平台相关研发投入强度填5.30%，按申报表研发投入328.42万元÷平台相关营业收入6,842.15万元×100%=4.80%；"
                         "差0.50个百分点，远超两位小数舍入（输入精确到0.01万元时比值误差不足0.0001个百分点）。"),
        dict(id="h68c-02", family="declared_vs_evidence", severity="warning",
             fields=["平台相关营业收入（万元）", "平台近三年经营指标情况"],
             files=["02-附件2 申报表.docx", "06-附件3-1 2023年度审计报告.pdf"],
             description="申报表平台相关营业收入6,842.15万元，审计报告专项说明2023年度68,421,560.00元=6,842.156万元，"
                         "按“保留2位小数”应为6,842.16；申报值是截尾而非四舍五入，差0.01万元（100元），金额不重大，仅存疑。"),
        dict(id="h68c-03", family="narrative_vs_form", severity="warning",
             fields=["连接的工业设备/产品/产线种类及数量（台/套）"], files=["03-附件3 申报书.docx", "02-附件2 申报表.docx"],
             description="申报书称“累计接入能源计量与用能设备近2万台（套）”，申报表17,460（1.75万）；“近2万”只在取一位有效数字时"
                         "成立，通常“近”指略低于整数，措辞夸大，仅存疑。"),
        dict(id="h68c-04", family="summary_vs_form", severity="error", fields=["付费用户占比（%）"],
             files=["04-附件4 平台基本情况汇总表.xlsx", "02-附件2 申报表.docx"],
             description="汇总表付费用户占比23.56，申报表23.65（付费企业412÷注册企业1,742=23.65%）；数字颠倒，非舍入。"),
    ],
    "d": [
        dict(id="h68d-01", family="declared_vs_evidence", severity="error", fields=["平台相关研发投入（万元）"],
             files=["申报材料/附件2_申报表.docx", "佐证材料/佐证材料1_2023年度审计报告.pdf"],
             description="申报表平台相关研发投入2,186.40万元，审计报告专项说明表15-2平台相关研发投入21,684,000.00元=2,168.40万元；"
                         "差18.00万元，数字颠倒而非舍入。研发投入强度14.71%按2,186.40计算。"),
        dict(id="h68d-02", family="narrative_vs_form", severity="error", fields=["平台相关营业收入（万元）"],
             files=["申报材料/附件3_申报书.pdf", "申报材料/附件2_申报表.docx"],
             description="申报书第二章称“平台2023年营收超过1.5亿元”，申报表平台相关营业收入14,862.37万元（1.486亿元，"
                         "审计148,623,700.00元）；“超过1.5亿”不成立（同一申报书对标表写“约1.49亿元”）。"),
        dict(id="h68d-03", family="growth_rate", severity="error", fields=["平台近三年经营指标情况"],
             files=["申报材料/附件2_申报表.docx"],
             description="2023年增长率填13.80%，按申报表2022年13,143.23万元、2023年14,862.37万元计算为13.08%；数字错位，"
                         "超出舍入。"),
        dict(id="h68d-04", family="narrative_vs_form", severity="warning", fields=["付费用户占比（%）"],
             files=["申报材料/附件3_申报书.pdf", "申报材料/附件2_申报表.docx"],
             description="申报书称“付费用户占比约32%”，申报表31.46%；直接取整应为31%，32%是两次舍入（31.46→31.5→32）的结果，"
                         "差异轻微，仅存疑。"),
    ],
}

DESCRIPTIONS = {
    "a": "序号12 建工四建BIM平台，干净包：同一数字以元（审计专项说明到分）、万元（申报表两位小数）、亿元（申报书“约1.26亿元”“约1.3亿元”）、"
         "图表取整万元、看板“3.18万”“1.05万”多种精度出现且舍入一致；百分比0/1/2位小数一致；“超过3万台”“近3000家”“超过500家”"
         "措辞属实；存储资源利用率50.01%按GB原始数据计算，而申报表两位小数的TB输入算得50.00（只差末位）；案例平均值按两位小数"
         "原值计算，申报书案例一位小数算得的平均只差末位。",
    "b": "序号20 河姆渡电商平台：营收数字颠倒（1,263.50万元 vs 12,365,000.00元）、申报书“超过500家” vs 486、看板“1.3万” vs "
         "12,460（存疑）、2022年增长率11.18 vs 11.81；其余多精度表述舍入一致。",
    "c": "序号27 碳索零碳工厂平台（2023未参评）：研发投入强度5.30 vs 4.80、营收截尾6,842.15 vs 68,421,560.00元（存疑）、"
         "“近2万台” vs 17,460（存疑）、汇总表付费用户占比23.56 vs 23.65。",
    "d": "序号22 宝武装备设备远程运维平台：研发投入2,186.40 vs 21,684,000.00元、“营收超过1.5亿元” vs 14,862.37万元、"
         "2023年增长率13.80 vs 13.08、“付费用户占比约32%” vs 31.46（两次舍入，存疑）。",
}


def build_one(key: str, out_root: Path) -> dict:
    spec_fn, narr_fn = SPECS[key]
    S = spec_fn()
    L = LAYOUTS[key]
    fnames = L["files"]
    S["proofs"] = proofs_for(key, fnames, S)
    V = derive(S)
    pid = S["pid"]
    pdir = out_root / "packages" / pid
    if pdir.exists():
        shutil.rmtree(pdir)
    for rel in fnames.values():
        (pdir / rel).parent.mkdir(parents=True, exist_ok=True)
    seed = {"a": 6801, "b": 6802, "c": 6803, "d": 6804}[key]
    author = S["contact"]
    facts: list[dict] = []

    # 附件1
    R.write_docx(contact_blocks(S), pdir / fnames["联系人表"], "联系人信息反馈表", author)
    # 附件2
    F = form_sections(S, V)
    fb = form_blocks(S, F)
    if L["form"] == "docx":
        R.write_docx(fb, pdir / fnames["申报表"], "申报表", author)
    else:
        R.write_xlsx(form_xlsx_sheets(S, F), pdir / fnames["申报表"], "申报表", author)
    R.scan_blocks(fb, pdir / fnames["申报表扫描件"], "申报表扫描件", S["company"], seed)
    ipath = pdir / fnames["ip"]
    R.write_pdf(ip_blocks(S, V, seed + 2), ipath, "知识产权清单", author, header=S["company"])
    ip_pages = len(pdf_texts(ipath))
    # 附件3
    N = narr_fn(S, V)
    for row in N["attachments"]:
        if "知识产权" in row[1]:
            row[2] = f"第1-{ip_pages}页"
    nb = narrative_blocks(S, V, N)
    if L["narrative"] == "docx":
        R.write_docx(nb, pdir / fnames["申报书"], "申报书", author)
    else:
        R.write_pdf(nb, pdir / fnames["申报书"], "申报书", author, header=S["declared"])
    # 附件4
    rows = summary_rows(S, V)
    summary_file(S, rows, pdir / fnames["汇总表"], L["summary"], S.get("summary_override", {}))
    # 附件5
    if L["commitment"] == "scan":
        R.scan_blocks(commitment_blocks(S), pdir / fnames["承诺"], "真实性承诺", S["company"], seed + 1, seal_pages="all")
    else:
        R.write_docx(commitment_blocks(S), pdir / fnames["承诺"], "真实性承诺", author)

    # evidence: audit
    ab, figs = audit_blocks(S, V)
    apath = pdir / fnames["audit"]
    R.write_pdf(ab, apath, "2023年度审计报告", S["audit"]["firm"], header=f"{S['company']} 2023年度审计报告")
    for k, (pg, printed) in figs.items():
        assert page_of(apath, printed) == pg, (k, printed)
    facts += audit_facts(S, fnames["audit"], figs)
    # devices
    cat, reg = device_tables(V)
    dpath = pdir / fnames["devices"]
    if L["devices"] == "xlsx":
        R.write_xlsx([{"name": "按二级分类", "rows": [[f"{S['declared']}接入设备统计表（截至{S['form_date']}）"]] + cat,
                       "header": 2, "merges": [(0, 0, 0, 3)], "widths": [26, 18, 22, 22], "numfmt": {1: "#,##0", 2: "#,##0", 3: "#,##0"}},
                      {"name": "按区域", "rows": reg, "header": 1, "widths": [26, 18, 22, 22],
                       "numfmt": {1: "#,##0", 2: "#,##0", 3: "#,##0"}}], dpath, "接入设备统计表", author)
        facts += device_facts(V, fnames["devices"], 1, 2, str)
    else:
        fmt = lambda x: f"{x:,}"
        cf = [[r[0]] + [fmt(x) if isinstance(x, int) else x for x in r[1:]] for r in cat]
        rf = [[r[0]] + [fmt(x) if isinstance(x, int) else x for x in r[1:]] for r in reg]
        R.write_pdf([("title", "平台接入设备统计表"), ("small", f"平台：{S['declared']}    统计截至：{S['form_date']}"),
                     ("h2", "表1 按设备二级分类统计"), ("table", cf, {"header": 1, "widths": [46, 40, 44, 40]}), ("break",),
                     ("h2", "表2 按设备所属企业注册地统计"), ("table", rf, {"header": 1, "widths": [46, 40, 44, 40]})],
                    dpath, "平台接入设备统计表", author, header=S["company"])
        facts += device_facts(V, fnames["devices"], 1, 2, fmt)
        for f_ in facts[-3:]:
            assert page_of(dpath, f_["quote"]) <= f_["page"]
    # IP list (written above, before the 申报书 which cites its pages)
    qp, qs = f"专利清单（共{V['patents']}项）", f"软件著作权清单（共{V['softs']}项）"
    facts.append(fact("平台核心软硬件技术获得的专利数量（项）", str(V["patents"]), "项", V["patents"], fnames["ip"],
                      page_of(ipath, qp), qp, "专利清单"))
    facts.append(fact("平台核心软硬件技术获得的软著数量（个）", str(V["softs"]), "项", V["softs"], fnames["ip"],
                      page_of(ipath, qs), qs, "软件著作权清单"))
    # enterprises
    R.write_xlsx(enterprise_sheets(S, V, seed + 3), pdir / fnames["ents"], "服务企业清单", author)
    facts += enterprise_facts(V, fnames["ents"])
    # screenshots
    tiles = DASH[key](V)
    titles = {"a": "四建智建云 · 平台运行总览", "b": "河姆渡工业互联网平台 · 数据中心", "c": "碳索零碳平台 · 能源监测总览",
              "d": "智维云 · 设备远程运维大屏"}
    dash = R.dashboard(titles[key], [(c, t) for c, t, _, _ in tiles], subtitle=S["shot_time"])
    stor = storage_image(S, V)
    if L["shots"] == "png":
        R.save_png(dash, pdir / fnames["shot1"])
        R.save_png(stor, pdir / fnames["shot2"])
        f1, f2_, p1, p2 = fnames["shot1"], fnames["shot2"], 1, 1
    else:
        R.images_to_pdf([dash, stor], pdir / fnames["shots"], "平台运行截图", quality=85)
        f1 = f2_ = fnames["shots"]
        p1, p2 = 1, 2
    for cap, txt, label, norm in tiles:
        unit = "台/套" if "台/套" in cap else ("家" if "家" in cap else "个")
        facts.append(fact(label, txt, unit, norm, f1, p1, txt, cap, image_only=True))
    facts += storage_facts(V, f2_, p2)

    files = {fnames[k]: ROLES[k] for k in fnames}
    truth = {
        "schema_version": 1, "package_id": pid, "description": DESCRIPTIONS[key],
        "path": f"{REL}/packages/{pid}", "delivery": "folder",
        "platform": {"list_no": S["no"], "listed_name": S["listed"], "company": S["company"],
                     "declared_name": S["declared"], "participated_2023": S["p2023"]},
        "layout": L["tags"], "files": dict(sorted(files.items())), "secrets": [S["password"]],
        "summary_rows": rows, "evidence_facts": facts, "problems": PROBLEMS[key],
    }
    (out_root / "truth").mkdir(parents=True, exist_ok=True)
    dump_truth(truth, out_root / "truth" / f"{pid}.json")
    return truth


def main(argv=None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(HERE))
    ap.add_argument("--only", default="abcd")
    args = ap.parse_args(argv)
    out = Path(args.out)
    for key in args.only:
        t = build_one(key, out)
        print(t["package_id"], len(t["evidence_facts"]), "facts", len(t["problems"]), "problems")


if __name__ == "__main__":
    main()
