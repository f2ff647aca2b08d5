"""Build the blind set h65 (foreign-invested applicants, English/bilingual evidence).

    /work/main/.venv/bin/python eval_sets/blind/h65/build.py [--out DIR]

Writes DIR/packages/<id>/… and DIR/truth/<id>.json (DIR defaults to this folder). Deterministic.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path[:0] = [str(HERE), str(ROOT)]

import docs  # noqa: E402
import kit  # noqa: E402
from formdef import display  # noqa: E402
from kit import c0, f2  # noqa: E402
from specs import LABELS, spec  # noqa: E402

from eval_sets.truth import PackageTruth, dump_truth  # noqa: E402

EXTRA = {
    1: dict(auditor="Pan-Pacific Young Hua Ming CPA LLP (example)", report_no="PPY-SH-2024-AR-03318",
            short_en="Yanfeng Jinqiao", other_seg="automotive interior components", other_seg_short="Interior components",
            dev_prefix="YFL", backup=("刘晓晴", "平台运营经理", "13916675093", "liuxq@yf-link.example.com")),
    2: dict(auditor="Deloitte-style Audit Partners Shanghai (example)", report_no="DAP(SH)-2024-0715",
            short_en="Huaxing Digital", other_seg="construction machinery parts and services", other_seg_short="Machinery services",
            dev_prefix="EWX", backup=("马骏", "IT经理", "13917826350", "majun@easyweixun.example.com")),
    3: dict(auditor="KP-Mercer Huazhen CPA LLP (example)", report_no="KPMH-SH-2024-00921",
            short_en="Tansuo Energy", other_seg="energy engineering and EPC services", other_seg_short="Energy services",
            dev_prefix="ZCO", backup=("顾晨", "财务经理", "13918850716", "guchen@zerocarbon-os.example.com")),
    4: dict(auditor="PwC-style Zhong Tian CPA LLP (example)", report_no="PZT-SH-2024-AR-1207",
            short_en="SIPAI Intelligent Systems", other_seg="environmental engineering systems", other_seg_short="Enviro systems",
            dev_prefix="SPE", backup=("钱雨桐", "综合管理部主管", "13917652084", "qianyt@sipai-envirocloud.example.com")),
}


def prop_extra(n: int, b: dict) -> list:
    v = b["v"]
    dev = v["连接的工业设备/产品/产线种类及数量（台/套）"]
    if n == 1:
        return [("p", f"In 2023 the platform segment recorded revenue of RMB 48.24 million (4,823.60万元), up 15.20% year on year, "
                      f"with R&D spending of RMB 9.84 million. The platform connects {c0(dev)} industrial devices (about 12.5k), "
                      f"including {c0(b['ov_total'])} devices in plants in Germany, Mexico and Slovakia."),
                ("p", f"平台运营情况：平台已上架工业APP {v['工业APP数量（个）']}个，工业机理模型{v['工业机理模型数量（个）']}个，"
                      f"注册企业{c0(v['注册企业用户数（个）'])}家，实际服务企业{c0(v['实际服务企业数（个）'])}家，其中本市企业{c0(v['服务本市企业数量（个）'])}家。")]
    if n == 2:
        return [("p", f"EasyWeiXun connects {c0(dev)} pieces of construction machinery and power units (about 18.7k) "
                      f"across 7 provinces and 3 countries, serving {c0(v['实际服务企业数（个）'])} customers."),
                ("p", f"平台运营情况：上架工业APP {v['工业APP数量（个）']}个，开发者{c0(v['开发者注册总数（个）'])}个，服务中小企业{c0(v['服务中小企业数量（个）'])}家。")]
    if n == 3:
        return [("p", "ZeroCarbon OS now connects more than 15k industrial devices, meters and energy assets in customer plants, "
                      "and supports carbon accounting for over 700 factories."),
                ("p", f"平台运营情况：平台注册企业{c0(v['注册企业用户数（个）'])}家，实际服务企业{v['实际服务企业数（个）']}家，上架工业APP {v['工业APP数量（个）']}个。")]
    return [("p", f"SIPAI EnviroCloud connects {c0(dev)} devices (about 15.4k) at water plants, pump stations and waste-treatment sites, "
                  f"with {v['工业APP数量（个）']} industrial APPs in use and revenue of RMB 34.87 million in 2023 (3,487.00万元)."),
            ("p", f"平台运营情况：注册企业{c0(v['注册企业用户数（个）'])}家，实际服务企业{c0(v['实际服务企业数（个）'])}家，服务园区{v['平台服务园区总数（个）']}个。")]


SECTION7 = ("2023年7月至今，平台在功能模块、关键指标和应用服务方面持续提升：1.功能模块：新增AI加药优化与泵站群控两个模块；"
            "2.关键指标：连接设备由12,106台/套增至15,360台/套，工业APP由231个增至286个，实际服务企业由2,105家增至2,486家；"
            "3.应用服务：新增海外服务（德国、新加坡、越南）并上线英文版控制台。")


def console_sets(n: int, b: dict) -> list[dict]:
    """Pages of the English console: title, footer, tiles [(label, shown, fact_label, normalized)]."""
    v = b["v"]
    dev = b["console_devices"]
    dev_k = {1: "14.9k", 2: "6.2k", 3: "2,860", 4: "8.4k"}[n]
    dev_norm = {1: 14900, 2: 6200, 3: 2860, 4: 8400}[n]
    ov = [("Connected devices", c0(dev), "连接的工业设备/产品/产线种类及数量（台/套）", dev),
          ("Public-cloud devices", c0(b["pub"]), "公有云工业设备连接数量（台/套）", b["pub"]),
          ("Avg. daily running (public cloud)", c0(b["run"]), "公有云工业设备平均日运行数量（台/套）", b["run"]),
          ("Overseas devices", c0(b["ov_total"]), "海外设备连接数量（台/套）", b["ov_total"]),
          ("Registered enterprises", c0(v["注册企业用户数（个）"]), "注册企业用户数（个）", v["注册企业用户数（个）"]),
          ("Active users (MAU)", c0(b["seed"] + 3309), None, None)]
    apps = [("Apps published", c0(b["console_apps"]), "工业APP数量（个）", b["console_apps"]),
            ("Mechanism models", c0(v["工业机理模型数量（个）"]), "工业机理模型数量（个）", v["工业机理模型数量（个）"]),
            ("Microservices", c0(v["微服务数量（个）"]), "微服务数量（个）", v["微服务数量（个）"]),
            ("Developers", dev_k, "开发者注册总数（个）", dev_norm),
            ("Protocols supported", str(v["工业协议兼容适配数量（个）"]), "工业协议兼容适配数量（个）", v["工业协议兼容适配数量（个）"]),
            ("Storage used", {1: "1.2 PB", 2: "612.5 TB", 3: "286.4 TB", 4: "846.7 TB"}[n], None, None)]
    when = f"Data as of {b['console_date']} 10:00 (UTC+8)"
    if n == 3:
        return [dict(title="Overview", footer=when, tiles=ov[:5] + apps[:4])]
    return [dict(title="Overview", footer=when, tiles=ov), dict(title="Apps & Models", footer=when, tiles=apps)]


LAYOUT = {
    1: dict(form="docx", summary="xlsx", proposal="docx", console="png", devices="xlsx", commitment="scan", contact=True, bilingual=True,
            dir="附件3_证明材料", tags=["form:docx+scan", "summary:xlsx-vertical", "proposal:docx-bilingual", "audit:en-zh RMB'000",
                                    "platform_part:segment-note", "screenshots:png-en", "devices:xlsx-en+detail", "ip:pdf-en-zh",
                                    "commitment:scan", "contact:docx"]),
    2: dict(form="xlsx", summary="docx", proposal="pdf", console="pdf", devices="pdf", commitment="docx", contact=False, bilingual=False,
            dir="Evidence 证明材料", tags=["form:xlsx+scan", "summary:docx", "proposal:pdf-bilingual", "audit:en RMB thousand",
                                        "platform_part:segment-note", "screenshots:pdf-image-en", "devices:pdf-en", "ip:pdf-en-zh",
                                        "commitment:docx", "no_contact_form"]),
    3: dict(form="docx", summary="xlsx-h", proposal="docx", console="png", devices="xlsx", commitment="scan", contact=False, bilingual=False,
            dir="supporting_docs", tags=["form:docx+scan", "summary:xlsx-horizontal", "proposal:docx-bilingual", "audit:en RMB'000",
                                      "platform_part:segment-note", "screenshots:png-en-single", "devices:xlsx-en+detail", "ip:pdf-en-zh",
                                      "commitment:scan", "no_contact_form"]),
    4: dict(form="docx", summary="xlsx", proposal="docx", console="pdf", devices="xlsx", commitment="scan", contact=True, bilingual=True,
            dir="附件3 Supporting Documents", tags=["form:docx+scan", "summary:xlsx-vertical", "proposal:docx-bilingual+section7",
                                                   "audit:en-zh RMB'000", "platform_part:segment-note", "screenshots:pdf-image-en",
                                                   "devices:xlsx-en+detail", "ip:pdf-en-zh", "commitment:scan", "contact:docx"]),
}


def fact(label, value, unit, normalized, file, page, quote, row_label="", column_label="", component="", image_only=False):
    return dict(label=label, value=value, unit=unit, normalized=normalized, file=file, page=page, quote=quote,
                row_label=row_label, column_label=column_label, component=component, image_only=image_only)


def build_package(n: int, out: Path) -> dict:
    b = spec(n)
    b.update(EXTRA[n])
    lay = LAYOUT[n]
    pid = b["package_id"]
    root = out / "packages" / pid
    if root.exists():
        shutil.rmtree(root)
    ev = root / lay["dir"]
    ev.mkdir(parents=True)
    tmp = Path(tempfile.mkdtemp(prefix="h65_"))
    short = b["short"]
    files: dict[str, str] = {}
    E = lay["dir"] + "/"
    audit_name = E + ("3-1 Audited Financial Statements 2023 审计报告.pdf" if n in (1, 4) else
                      {2: "E1 Audit Report FY2023 (EN).pdf", 3: "01_Audit_Report_2023_EN.pdf"}[n])
    ip_name = E + {1: "3-5 IP List 知识产权清单.pdf", 2: "E4 IP Register 专利及软著清单.pdf", 3: "04_IP_List_patents_softcopyrights.pdf",
                   4: "3-5 IP List 知识产权清单.pdf"}[n]
    dev_name = E + {1: "3-4 Connected Device Register 接入设备清单.xlsx", 2: "E3 Device Register Summary.pdf",
                    3: "03_Device_Register_接入设备.xlsx", 4: "3-4 Connected Device Register 接入设备清单.xlsx"}[n]
    if lay["console"] == "png":
        console_names = [E + "3-2 Console Overview 平台运行截图.png", E + "3-3 Console Apps and Models 平台运行截图.png"] if n == 1 \
            else [E + "02_Console_Screenshot.png"]
    else:
        console_names = [E + ("E2 Console Screenshots.pdf" if n == 2 else "3-2 Console Screenshots 平台运行截图.pdf")]
    b["evidence_names"] = {"audit": Path(audit_name).stem, "devices": Path(dev_name).stem,
                           "console": "、".join(Path(x).stem for x in console_names), "ip": Path(ip_name).stem}
    b["audit_pages"] = {"segment": 5}
    b["attachment_list"] = [(Path(audit_name).stem, ""), *[(Path(x).stem, "") for x in console_names],
                            (Path(dev_name).stem, ""), (Path(ip_name).stem, "")]
    b["proposal_extra"] = prop_extra(n, b)
    b["section7"] = SECTION7
    if n == 4:  # planted: 汇总表 digits transposed
        b["summary_override"] = {"注册企业用户数（个）": "3260"}

    # ---------------- application documents
    form_name = {1: "附件2_申报表_延锋工业互联网平台.docx", 2: "1 Application Form 申报表.xlsx", 3: "碳索_申报表.docx",
                 4: "附件2 申报表（西派埃）.docx"}[n]
    scan_name = {1: "附件2_申报表（盖章扫描件）.pdf", 2: "1 申报表（盖章版）.pdf", 3: "碳索_申报表_盖章.pdf", 4: "附件2 申报表（盖章扫描版）.pdf"}[n]
    if lay["form"] == "docx":
        docs.form_docx(b, root / form_name)
    else:
        docs.form_xlsx(b, root / form_name)
    files[form_name] = "申报表"
    docs.form_pdf(b, tmp / "form.pdf")
    docs.scan_of(tmp / "form.pdf", root / scan_name, b["company"], b["seed"], stamp_pages={0, -1})
    files[scan_name] = "申报表扫描件"
    prop_name = {1: "附件3_申报书（中英文）.docx", 2: "2 申报书 Application Statement.pdf", 3: "碳索_申报书.docx", 4: "附件3 申报书（西派埃）.docx"}[n]
    (docs.proposal_docx if lay["proposal"] == "docx" else docs.proposal_pdf)(b, root / prop_name)
    files[prop_name] = "申报书"
    sum_name = {1: "附件4_平台基本情况汇总表.xlsx", 2: "3 平台基本情况汇总表.docx", 3: "碳索_汇总表.xlsx", 4: "附件4 平台基本情况汇总表.xlsx"}[n]
    if lay["summary"] == "docx":
        docs.summary_docx(b, root / sum_name)
    else:
        docs.summary_xlsx(b, root / sum_name, horizontal=lay["summary"] == "xlsx-h")
    files[sum_name] = "汇总表"
    com_name = {1: "附件5_真实性承诺（盖章）.pdf", 2: "4 真实性承诺.docx", 3: "碳索_真实性承诺_盖章.pdf", 4: "附件5 真实性承诺（盖章）.pdf"}[n]
    if lay["commitment"] == "scan":
        docs.commitment_scan(b, root / com_name, tmp / "commit.pdf")
    else:
        docs.commitment_docx(b, root / com_name)
    files[com_name] = "承诺"
    if lay["contact"]:
        cname = {1: "附件1_联系人信息反馈表.docx", 4: "附件1 联系人信息反馈表.docx"}[n]
        docs.contact_docx(b, root / cname)
        files[cname] = "联系人表"

    facts: list[dict] = []
    # ---------------- audit report
    pages = docs.audit_pdf(b, root / audit_name, bilingual=lay["bilingual"])
    files[audit_name] = "evidence:audit_report"
    s = b["seg"]
    unit = "RMB'000"
    seg, summ = pages["segment"], pages["summary"]
    col = "Industrial internet platform"
    rev_row = "Segment revenue (external customers)" + (" 分部收入" if lay["bilingual"] else "")
    rd_row = "Research and development expenses" + (" 研发费用" if lay["bilingual"] else "")
    pbt_row = "Segment profit before tax" + (" 分部利润总额" if lay["bilingual"] else "")
    facts += [
        fact("平台相关营业收入（万元）", c0(s["r2023"]), unit, kit.wan(s["r2023"]), audit_name, seg, c0(s["r2023"]), rev_row, col + " 2023"),
        fact("平台相关研发投入（万元）", c0(s["rd2023"]), unit, kit.wan(s["rd2023"]), audit_name, seg, c0(s["rd2023"]), rd_row, col + " 2023"),
        fact("平台利润率（%）", c0(s["pbt2023"]), unit, kit.wan(s["pbt2023"]), audit_name, seg, c0(s["pbt2023"]), pbt_row, col + " 2023",
             component="平台利润总额（万元）"),
        fact("投资回报率（%）", c0(s["pbt2023"]), unit, kit.wan(s["pbt2023"]), audit_name, seg, c0(s["pbt2023"]), pbt_row, col + " 2023",
             component="平台年利润（万元）"),
        fact("平台近三年经营指标情况", c0(s["r2021"]), unit, kit.wan(s["r2021"]), audit_name, summ, c0(s["r2021"]),
             "Platform revenue", "2021", component="2021年平台营收（万元）"),
        fact("平台近三年经营指标情况", c0(s["r2022"]), unit, kit.wan(s["r2022"]), audit_name, summ, c0(s["r2022"]),
             "Platform revenue", "2022", component="2022年平台营收（万元）"),
        fact("平台相关营业收入（万元）", c0(s["r2023"]), unit, kit.wan(s["r2023"]), audit_name, summ, c0(s["r2023"]), "Platform revenue", "2023"),
    ]
    # ---------------- IP list
    n_pat = 19 if n == 3 else b["patents"]
    ipp = docs.ip_pdf(b, root / ip_name, n_pat, b["softcr"])
    files[ip_name] = "evidence:patent_list"
    facts += [
        fact("平台核心软硬件技术获得的专利数量（项）", str(n_pat), "项", n_pat, ip_name, ipp["patent_page"], f"Total 合计: {n_pat}",
             "Table 1 Patents 专利"),
        fact("平台核心软硬件技术获得的软著数量（个）", str(b["softcr"]), "项", b["softcr"], ip_name, ipp["sw_page"], f"Total 合计: {b['softcr']}",
             "Table 2 Software Copyrights 软件著作权"),
    ]
    # ---------------- device register
    if lay["devices"] == "xlsx":
        caps = docs.device_xlsx(b, root / dev_name)
    else:
        caps = docs.device_pdf(b, root / dev_name)
    files[dev_name] = "evidence:device_list"
    v = b["v"]
    for key, lab, val in (("total", "连接的工业设备/产品/产线种类及数量（台/套）", v["连接的工业设备/产品/产线种类及数量（台/套）"]),
                          ("pub", "公有云工业设备连接数量（台/套）", b["pub"]), ("run", "公有云工业设备平均日运行数量（台/套）", b["run"]),
                          ("ov", "海外设备连接数量（台/套）", b["ov_total"])):
        facts.append(fact(lab, c0(val), "台/套", val, dev_name, 1, caps[key], caps[key].split(":")[0]))
    # ---------------- console
    sets = console_sets(n, b)
    images = [docs.console_image(b, p["title"], [(t[0], t[1]) for t in p["tiles"]], p["footer"]) for p in sets]
    if lay["console"] == "png":
        for name, im in zip(console_names, images):
            (root / name).write_bytes(kit.png_bytes(im))
            files[name] = "evidence:screenshot"
        where = [(console_names[i], 1) for i in range(len(images))]
    else:
        kit.images_to_pdf(images, root / console_names[0], title="Console screenshots")
        files[console_names[0]] = "evidence:screenshot"
        where = [(console_names[0], i + 1) for i in range(len(images))]
    units = {"台/套": "台/套"}
    for (fname, page), p in zip(where, sets):
        for lab, shown, flabel, norm in p["tiles"]:
            if flabel:
                u = "台/套" if "台/套" in flabel else ("家" if "企业" in flabel else "个")
                facts.append(fact(flabel, shown, u, norm, fname, page, shown, lab, image_only=True))
    shutil.rmtree(tmp)

    # ---------------- truth
    rows = []
    for lab in LABELS:
        val = v[lab]
        rows.append(dict(label=lab, value=display(b, lab) if val is not None else "", normalized=val))
    problems = planted(n, b, form_name, audit_name, console_names[0] if n == 2 else console_names[0], ip_name, prop_name, sum_name, dev_name)
    truth = dict(
        schema_version=1, package_id=pid,
        description=DESCRIPTIONS[n], path=f"eval_sets/blind/h65/packages/{pid}", delivery="folder",
        platform=dict(list_no=b["list_no"], listed_name=b["listed_name"], company=b["company"], declared_name=b["listed_name"],
                      participated_2023=b["participated"]),
        layout=lay["tags"], files=dict(sorted(files.items())), secrets=[b["password"]],
        summary_rows=rows, evidence_facts=facts, problems=problems,
    )
    t = PackageTruth.model_validate(truth)
    (out / "truth").mkdir(parents=True, exist_ok=True)
    (out / "truth" / f"{pid}.json").write_text(dump_truth(t), encoding="utf-8")
    return b


DESCRIPTIONS = {
    1: "序号33 延锋工业互联网平台（虚构为中外合资企业）：完全一致的干净包。中英双语审计报告（RMB'000，分部信息中平台为独立分部，补充资料列2020–2023平台收入），"
       "申报表以万元填报（48,236千元=4,823.60万元）；英文控制台PNG截图（Developers 14.9k、Storage used 1.2 PB）；英文/中文混排设备清单XLSX（含全部设备明细）；"
       "专利/软著清单（英文表头、中文名称、2023SR登记号）；中英文申报书（RMB 48.24 million 等英文数字写法）。",
    2: "序号15 华兴数字易维讯（虚构为外资参股）：英文审计报告（RMB thousand），申报表XLSX把集团合并Revenue当作平台营收；英文控制台截图PDF设备数与申报表不一致；团队人数不相加。",
    3: "序号27 零碳绿色工厂综合数智化管理平台（虚构为中外合资股份公司）：研发投入把RMB'000数直接当万元（差十倍）；2023年增长率与营收不符；专利数与清单不符；申报书英文段落称设备超过15k。",
    4: "序号11 数字化环境装备服务平台（2023参评，含第七章）：英文控制台截图PDF的Apps published与申报表APP数不一致；按海外国家分布之和不等于海外设备数；汇总表注册企业数与申报表不一致。",
}


def planted(n, b, form, audit, console, ip, prop, summ, dev) -> list[dict]:
    pid = b["package_id"]
    v = b["v"]
    s, g = b["seg"], b["grp"]
    P = []

    def add(fam, fields, files, sev, desc):
        P.append(dict(id=f"{pid}-{len(P) + 1:02d}-{fam}", family=fam, fields=fields, files=files, severity=sev, description=desc))

    if n == 2:
        add("declared_vs_evidence", ["平台相关营业收入（万元）", "平台近三年经营指标情况", "平台相关研发投入强度（%）", "平台利润率（%）"],
            [form, audit], "error",
            f"申报表平台相关营业收入填 {f2(v['平台相关营业收入（万元）'])} 万元，等于审计报告合并利润表集团 Revenue {c0(g['rev2023'])} (RMB thousand)；"
            f"而附注45 Segment information 中工业互联网平台分部 2023 年收入为 {c0(s['r2023'])} 千元（{f2(kit.wan(s['r2023']))} 万元）。"
            f"近三年营收同样按集团口径填报（2022年 {f2(v['平台近三年经营指标情况']['2022年平台营收（万元）'])} 万元 = 集团 {c0(g['rev2022'])} 千元，平台分部为 {c0(s['r2022'])} 千元），"
            "据此计算的研发投入强度与利润率也失真（填报指引：需填写平台而非企业的营业收入）")
        add("screenshot_vs_form", ["连接的工业设备/产品/产线种类及数量（台/套）"], [form, console], "error",
            f"申报表连接工业设备 {c0(v['连接的工业设备/产品/产线种类及数量（台/套）'])} 台/套，英文控制台截图（{b['console_date']}）显示 Connected devices {c0(b['console_devices'])}")
        add("identity", ["平台团队总人数（人）", "运维人数（人）", "运营人数（人）"], [form], "error",
            f"运维人数 {v['运维人数（人）']} + 运营人数 {v['运营人数（人）']} = {v['运维人数（人）'] + v['运营人数（人）']}，与平台团队总人数 {v['平台团队总人数（人）']} 不一致（填报指引：两者之和应与平台总人数相等）")
    if n == 3:
        add("declared_vs_evidence", ["平台相关研发投入（万元）", "平台相关研发投入强度（%）"], [form, audit], "error",
            f"申报表平台相关研发投入填 {f2(v['平台相关研发投入（万元）'])} 万元；审计报告附注45 平台分部 Research and development expenses 为 {c0(s['rd2023'])} (RMB'000)，"
            f"即 {f2(kit.wan(s['rd2023']))} 万元——千元数直接当作万元填报，差十倍；研发投入强度 {f2(v['平台相关研发投入强度（%）'])}% 随之失真")
        r22, r23 = v["平台近三年经营指标情况"]["2022年平台营收（万元）"], v["平台近三年经营指标情况"]["2023年平台营收（万元）"]
        add("growth_rate", ["平台近三年经营指标情况"], [form], "error",
            f"2023年增长率填 18.60%，但按申报表自身营收 {f2(r23)} / {f2(r22)} - 1 = {(r23 / r22 - 1) * 100:.2f}%")
        add("count_vs_list", ["平台核心软硬件技术获得的专利数量（项）"], [form, ip], "error",
            f"申报表专利数量 {v['平台核心软硬件技术获得的专利数量（项）']} 项，知识产权清单 Table 1 Patents 仅列 19 项（Total 合计: 19）")
        add("narrative_vs_form", ["连接的工业设备/产品/产线种类及数量（台/套）"], [prop, form], "warning",
            f"申报书英文段落称平台 \"connects more than 15k industrial devices\"，申报表连接工业设备 {c0(v['连接的工业设备/产品/产线种类及数量（台/套）'])} 台/套")
    if n == 4:
        add("screenshot_vs_form", ["工业APP数量（个）"], [form, console], "error",
            f"申报表工业APP数量 {v['工业APP数量（个）']} 个，英文控制台截图（{b['console_date']}）Apps published 为 {b['console_apps']}")
        ovd = v["按海外国家分类统计海外设备连接数量（台/套）"]
        add("breakdown_sum", ["按海外国家分类统计海外设备连接数量（台/套）", "海外设备连接数量（台/套）"], [form], "error",
            f"按海外国家分类 {'、'.join(f'{k}：{x}' for k, x in ovd.items())} 合计 {sum(ovd.values())}，与海外设备连接数量 {v['海外设备连接数量（台/套）']} 不一致"
            "（按省市区域统计中德国Germany为140）")
        add("summary_vs_form", ["注册企业用户数（个）"], [summ, form], "error",
            f"汇总表注册企业用户数填 3260，申报表为 {v['注册企业用户数（个）']}")
    return P


def main(argv=None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=HERE)
    args = ap.parse_args(argv)
    for n in (1, 2, 3, 4):
        build_package(n, args.out)
        print("built", spec(n)["package_id"])


if __name__ == "__main__":
    main()
