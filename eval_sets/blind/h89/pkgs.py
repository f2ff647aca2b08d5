"""The four packages: folder layout, documents, evidence, planted problems."""

from __future__ import annotations

from pathlib import Path

from eval_sets.blind.h89 import docs as D
from eval_sets.blind.h89 import evidence as E
from eval_sets.blind.h89 import render as R
from eval_sets.blind.h89.model import HIST, derive, pct
from eval_sets.blind.h89.specs import MOTOR, ONEPOWER, OUBEI, STEEL
from eval_sets.blind.h89.texts import chapters, table_texts


def _proofs(facts: list[dict], prefix=lambda f: Path(f).stem) -> dict:
    out = {}
    for f in facts:
        out.setdefault(f["label"], f"{prefix(f['file'])} 第{f['page']}页")
    return out


def _finish(pkg, facts, attachments, length):
    pkg.spec["proofs"] = _proofs(facts)
    pkg.spec["texts"] = table_texts(pkg.spec)
    pkg.spec["chapters"] = chapters(pkg, attachments, length)


def _kpi(v, label, caption, fmt="{:,}", unit="个"):
    return (caption, fmt.format(v[label]), label, unit, v[label])


# ======================================================================== 序号2 — clean
def build_motor(out: Path, seed: int):
    pid = "h89_dianji_clean"
    pkg = derive(pid, dict(MOTOR), seed)
    root = out / pid
    ev = "附件3_证明材料/"
    v = pkg.real
    facts = []
    facts += E.audit_report(pkg, root, ev + "3-1 2023年度审计报告.pdf", unit="万元", scanned=False, auditor="上海立衡会计师事务所（特殊普通合伙）",
                            report_no="立衡审字〔2024〕第0417号", seed=seed, platform_title="附注十二、电机云维平台业务专项说明")
    facts += E.device_xlsx(pkg, root, ev + "3-2 设备接入统计（平台导出）.xlsx")
    facts += E.ip_pdf(pkg, root, ev + "3-3 知识产权清单.pdf", *MOTOR["ip"], seed=seed)
    facts += E.awards_scan(pkg, root, ev + "3-4 获奖清单（扫描）.pdf", seed + 1)
    facts += E.enterprise_xlsx(pkg, root, ev + "3-5 服务企业名单.xlsx", seed + 2)
    facts += E.screenshot_png(pkg, root, ev + "3-6 平台运营大屏截图.png", "电机云维 · 平台运营总览",
                              [_kpi(v, "注册企业用户数（个）", "注册企业（家）"), _kpi(v, "工业APP数量（个）", "已上架工业APP"),
                               _kpi(v, "开发者注册总数（个）", "注册开发者"), _kpi(v, "微服务数量（个）", "微服务"),
                               _kpi(v, "工业机理模型数量（个）", "机理模型"), ("今日告警", "37", "", "", 0)],
                              "数据更新时间：2024-07-09 09:00", seed + 3)
    facts += E.team_pdf(pkg, root, ev + "3-7 平台团队构成说明.pdf")
    att = [("2023年度审计报告", "共4页"), ("设备接入统计（平台导出）", "4个工作表"), ("知识产权清单", "共3页"), ("获奖清单", "共1页"),
           ("服务企业名单", "2个工作表"), ("平台运营大屏截图", "1张"), ("平台团队构成说明", "共1页")]
    _finish(pkg, facts, att, 2)
    style = dict(columns=["三级指标", "内容", "平台实际情况", "证明资料"], merge_l3=True, num="plain")
    D.contact_docx(pkg, root / "附件1_联系人信息反馈表.docx")
    D.form_docx(pkg, root / "附件2_申报表.docx", style)
    D.form_scan(pkg, root / "附件2_申报表（盖章版）.pdf", style, seed + 4)
    D.narrative_docx(pkg, root / "附件3_申报书.docx")
    D.summary_xlsx(pkg, root / "附件4_平台基本情况汇总表.xlsx")
    D.commitment_scan(pkg, root / "附件5_真实性承诺（盖章）.pdf", seed + 5)
    files = {"附件1_联系人信息反馈表.docx": "联系人表", "附件2_申报表.docx": "申报表", "附件2_申报表（盖章版）.pdf": "申报表扫描件",
             "附件3_申报书.docx": "申报书", "附件4_平台基本情况汇总表.xlsx": "汇总表", "附件5_真实性承诺（盖章）.pdf": "承诺",
             ev + "3-1 2023年度审计报告.pdf": "evidence:audit_report", ev + "3-2 设备接入统计（平台导出）.xlsx": "evidence:device_list",
             ev + "3-3 知识产权清单.pdf": "evidence:patent_list", ev + "3-4 获奖清单（扫描）.pdf": "evidence:award_list",
             ev + "3-5 服务企业名单.xlsx": "evidence:other", ev + "3-6 平台运营大屏截图.png": "evidence:screenshot",
             ev + "3-7 平台团队构成说明.pdf": "evidence:other"}
    layout = ["naming:附件N_", "evidence_dir:附件3_证明材料", "form:docx+scan", "columns:l3(merged)+content+actual+proof", "narrative:docx(一–六)",
              "summary:xlsx-vertical", "commitment:scan", "audit:text,platform 万元", "devices:xlsx", "screenshots:png", "awards:scan", "private_format"]
    desc = "序号2 上海电机系统节能工程技术研究中心“电机设备远程运维服务工业互联网平台”（2023未参评），干净包：DOCX申报表+盖章扫描件、DOCX申报书（一至六章）、审计报告平台专项说明（万元）、设备导出XLSX、知识产权PDF、获奖扫描件、PNG大屏。"
    return pkg, files, facts, layout, desc, []


# ======================================================================== 序号21 — clean
def build_onepower(out: Path, seed: int):
    pid = "h89_onepower_clean"
    pkg = derive(pid, dict(ONEPOWER), seed)
    root = out / pid
    v = pkg.real
    ev = "证明材料/"
    facts = []
    facts += E.audit_report(pkg, root, ev + "审计报告及平台收入专项审计（扫描件）.pdf", unit="元", scanned=True, auditor="沪信诚会计师事务所有限公司",
                            report_no="沪信诚审〔2024〕1126号", seed=seed, platform_title="OnePower平台业务收入及成本专项审计表", col_style="年")
    facts += E.device_pdf(pkg, root, ev + "设备接入统计.pdf", "OnePower平台设备接入统计表（表1 按设备类别）")
    facts += E.ip_xlsx(pkg, root, ev + "知识产权清单.xlsx", *ONEPOWER["ip"], seed=seed)
    facts += E.ops_xlsx(pkg, root, ev + "运营数据导出.xlsx")
    facts += E.resource_pdf(pkg, root, ev + "云资源监控月报（2024年6月）.pdf", "OnePower平台云资源监控月报")
    dev_wan = round(v["开发者注册总数（个）"] / 10000, 1)
    facts += E.screenshot_png(pkg, root, ev + "平台截图-运营驾驶舱.png", "OnePower 运营驾驶舱",
                              [_kpi(v, "注册企业用户数（个）", "注册企业"), _kpi(v, "工业APP数量（个）", "工业APP"),
                               ("开发者", f"{dev_wan}万", "开发者注册总数（个）", "个", round(dev_wan * 10000)),
                               _kpi(v, "微服务数量（个）", "微服务"), _kpi(v, "公有云工业APP数量（个）", "公有云APP"), ("在线率", "98.6%", "", "", 0)],
                              "统计时间：2024年7月8日", seed + 1)
    facts += E.screenshot_png(pkg, root, ev + "平台截图-模型中台.png", "模型中台 · 模型资产",
                              [_kpi(v, "工业机理模型数量（个）", "机理模型总数"), _kpi(v, "活跃机理模型数量（一周调用5次以上）（个）", "近7日调用≥5次"),
                               _kpi(v, "核心工业模型平均月调用用户数量（个）", "TOP10模型月调用用户")], "模型中台 v3.2", seed + 2, theme="light")
    facts += E.awards_scan(pkg, root, ev + "获奖证书清单.pdf", seed + 3)
    att = [("审计报告及平台收入专项审计（扫描件）", "共4页"), ("设备接入统计", "共2页"), ("知识产权清单", "2个工作表"), ("运营数据导出", "1个工作表"),
           ("云资源监控月报", "共1页"), ("平台截图", "2张"), ("获奖证书清单", "共1页")]
    _finish(pkg, facts, att, 1)
    style = dict(columns=["序号", "三级指标", "内容", "平台实际情况", "证明资料"], numbers=True, sep="；")
    D.contact_docx(pkg, root / "01 联系人信息反馈表.docx")
    D.form_xlsx(pkg, root / "02 申报表.xlsx", style)
    D.form_scan(pkg, root / "02 申报表-盖章扫描件.pdf", style, seed + 4)
    D.narrative_pdf(pkg, root / "03 申报书.pdf")
    D.summary_docx(pkg, root / "04 平台基本情况汇总表.docx")
    D.commitment_scan(pkg, root / "05 真实性承诺.pdf", seed + 5)
    files = {"01 联系人信息反馈表.docx": "联系人表", "02 申报表.xlsx": "申报表", "02 申报表-盖章扫描件.pdf": "申报表扫描件", "03 申报书.pdf": "申报书",
             "04 平台基本情况汇总表.docx": "汇总表", "05 真实性承诺.pdf": "承诺",
             ev + "审计报告及平台收入专项审计（扫描件）.pdf": "evidence:audit_report", ev + "设备接入统计.pdf": "evidence:device_list",
             ev + "知识产权清单.xlsx": "evidence:patent_list", ev + "运营数据导出.xlsx": "evidence:other",
             ev + "云资源监控月报（2024年6月）.pdf": "evidence:other", ev + "平台截图-运营驾驶舱.png": "evidence:screenshot",
             ev + "平台截图-模型中台.png": "evidence:screenshot", ev + "获奖证书清单.pdf": "evidence:award_list"}
    layout = ["naming:NN ", "evidence_dir:证明材料", "form:xlsx-only+scan", "columns:seq+l3+content+actual+proof", "numbers-as-numbers",
              "narrative:pdf(一–七)", "summary:docx", "commitment:scan", "audit:scan,platform 元", "devices:pdf", "ip:xlsx", "screenshots:png",
              "dashboard-rounded(1.2万)", "breakdown-sep:；"]
    desc = "序号21 中移（上海）“中国移动 OnePower 工业互联网平台”（2023参评），干净包：申报表仅XLSX+盖章扫描件、PDF申报书含第七章、审计报告为扫描件（平台专项审计表，元）、设备统计PDF、运营导出XLSX、PNG截图（开发者显示为1.2万）。"
    return pkg, files, facts, layout, desc, []


# ======================================================================== 序号18 — 4 problems
def build_steel(out: Path, seed: int):
    pid = "h89_zhaogang_problems"
    spec = dict(STEEL)
    pkg = derive(pid, spec, seed)
    v = pkg.real
    # planted: declared revenue (and everything an office computes from it) vs the audited platform statement
    rev = 8632.60
    h = dict(v[HIST])
    h["2023年平台营收（万元）"] = rev
    h["2023年增长率（%）"] = pct(rev - h["2022年平台营收（万元）"], h["2022年平台营收（万元）"])
    regions = dict(v["按省市区域统计服务企业数（个）"])
    regions["江苏"] += 60
    pkg.declared.update({"平台相关营业收入（万元）": rev, HIST: h, "平台相关研发投入强度（%）": pct(spec["rd"], rev),
                         "平台利润率（%）": pct(spec["profit"], rev), "按省市区域统计服务企业数（个）": regions})
    pkg.summary = dict(pkg.declared)
    pkg.summary["开发者注册总数（个）"] = 3680
    root = out / pid
    facts = []
    facts += E.audit_report(pkg, root, "找钢-证明1 2023年度审计报告.pdf", unit="元", scanned=False, auditor="上海申衡联合会计师事务所",
                            report_no="申衡审〔2024〕第3362号", seed=seed, platform_title="附注：分部信息——工业互联网平台服务分部", col_style="年度")
    facts += E.device_pdf(pkg, root, "找钢-证明2 接入设备清单.pdf", "钢铁全产业链平台接入加工及仓储设备统计")
    facts += E.screenshots_pdf(pkg, root, "找钢-证明3 平台截图.pdf", [
        ("平台数据总览", [_kpi(v, "注册企业用户数（个）", "注册企业"), _kpi(v, "实际服务企业数（个）", "服务企业"),
                    _kpi(v, "开发者注册总数（个）", "开发者"), ("今日订单", "612", "", "", 0)], "截图时间 2024-07-05", "图1 平台数据总览页"),
        ("应用与服务", [_kpi(v, "工业APP数量（个）", "工业APP"), _kpi(v, "微服务数量（个）", "微服务"),
                   _kpi(v, "活跃微服务数量（一周调用5次以上）（个）", "活跃微服务(周调用≥5)")], "截图时间 2024-07-05", "图2 应用与服务管理页")], seed + 1)
    facts += E.ip_xlsx(pkg, root, "找钢-证明4 知识产权清单.xlsx", *STEEL["ip"], seed=seed)
    facts += E.enterprise_xlsx(pkg, root, "找钢-证明5 服务企业统计.xlsx", seed + 2, detail=False)
    facts += E.resource_pdf(pkg, root, "找钢-证明6 云资源及存储说明.pdf", "平台云资源及存储使用说明")
    att = [("2023年度审计报告", "共4页"), ("接入设备清单", "共2页"), ("平台截图", "共2页"), ("知识产权清单", "2个工作表"),
           ("服务企业统计", "1个工作表"), ("云资源及存储说明", "共1页")]
    _finish(pkg, facts, att, 0)
    style = dict(columns=["序号", "内容", "证明资料", "平台实际情况"], num="comma")
    D.contact_docx(pkg, root / "找钢-附件1 联系人信息反馈表.docx")
    D.form_docx(pkg, root / "找钢-附件2 申报表.docx", style)
    D.form_scan(pkg, root / "找钢-附件2 申报表(盖章).pdf", style, seed + 4)
    D.narrative_docx(pkg, root / "找钢-附件3 申报书.docx")
    D.summary_xlsx(pkg, root / "找钢-附件4 汇总表.xlsx")
    D.commitment_scan(pkg, root / "找钢-附件5 真实性承诺.pdf", seed + 5)
    files = {"找钢-附件1 联系人信息反馈表.docx": "联系人表", "找钢-附件2 申报表.docx": "申报表", "找钢-附件2 申报表(盖章).pdf": "申报表扫描件",
             "找钢-附件3 申报书.docx": "申报书", "找钢-附件4 汇总表.xlsx": "汇总表", "找钢-附件5 真实性承诺.pdf": "承诺",
             "找钢-证明1 2023年度审计报告.pdf": "evidence:audit_report", "找钢-证明2 接入设备清单.pdf": "evidence:device_list",
             "找钢-证明3 平台截图.pdf": "evidence:screenshot", "找钢-证明4 知识产权清单.xlsx": "evidence:patent_list",
             "找钢-证明5 服务企业统计.xlsx": "evidence:other", "找钢-证明6 云资源及存储说明.pdf": "evidence:other"}
    f_form, f_sum, f_narr, f_audit = "找钢-附件2 申报表.docx", "找钢-附件4 汇总表.xlsx", "找钢-附件3 申报书.docx", "找钢-证明1 2023年度审计报告.pdf"
    problems = [
        dict(id=f"{pid}-01-declared_vs_evidence", family="declared_vs_evidence", fields=["平台相关营业收入（万元）"], files=[f_form, f_audit], severity="error",
             description=f"申报表填报平台相关营业收入 {rev:,.2f} 万元（近三年经营指标中2023年平台营收亦为 {rev:,.2f} 万元），审计报告分部信息（第4页）工业互联网平台服务分部2023年度平台营业收入为 "
                         f"{E.yuan(v['平台相关营业收入（万元）'])} 元（{v['平台相关营业收入（万元）']:,.2f} 万元），两者不一致"),
        dict(id=f"{pid}-02-breakdown_sum", family="breakdown_sum", fields=["按省市区域统计服务企业数（个）"], files=[f_form], severity="error",
             description=f"按省市区域统计服务企业数各项合计 {sum(regions.values()):,}，与实际服务企业数 {v['实际服务企业数（个）']:,} 不一致（江苏填 {regions['江苏']}）"),
        dict(id=f"{pid}-03-section7", family="section7", fields=["七、平台相较上年度对比情况"], files=[f_narr], severity="error",
             description="申报书缺少“七、平台相较上年度对比情况”：附件6序号18在2023年度参评为“是”，该章节为必填"),
        dict(id=f"{pid}-04-summary_vs_form", family="summary_vs_form", fields=["开发者注册总数（个）"], files=[f_sum, f_form], severity="error",
             description=f"汇总表开发者注册总数填 3680，申报表为 {v['开发者注册总数（个）']:,}"),
    ]
    layout = ["naming:找钢-附件N/证明N", "evidence_dir:flat", "form:docx+scan", "columns:seq+content+proof+actual", "thousand-separators",
              "narrative:docx(short,一–六)", "summary:xlsx-vertical", "commitment:scan", "audit:text,segment 元", "devices:pdf",
              "screenshots:image-only pdf", "ip:xlsx"]
    desc = "序号18 找钢网“钢铁全产业链特色工业互联网平台”（2023参评），4个问题：平台营收与审计分部信息不符、按区域服务企业数合计不等于实际服务企业数、申报书缺第七章、汇总表开发者注册总数与申报表不一致。"
    return pkg, files, facts, layout, desc, problems


# ======================================================================== 序号24 — 4 problems
def build_oubei(out: Path, seed: int):
    pid = "h89_oubei_problems"
    spec = dict(OUBEI)
    spec["partners"] = 8
    pkg = derive(pid, spec, seed)
    v = pkg.real
    pkg.declared.update({"平台核心软硬件技术获得的专利数量（项）": 42, "运维人数（人）": v["运维人数（人）"] + 6, "合作平台数量（个）": None})
    pkg.summary = dict(pkg.declared)
    root = out / pid
    ev = "附件/"
    facts = []
    facts += E.audit_report(pkg, root, ev + "1 2023年度审计报告（含平台专项说明）.pdf", unit="万元", scanned=False, auditor="上海德弘会计师事务所有限公司",
                            report_no="德弘审字（2024）第0586号", seed=seed, platform_title="专项说明：欧贝平台业务经营数据（经审计）", col_style="年")
    facts += E.ip_pdf(pkg, root, ev + "2 知识产权清单.pdf", *OUBEI["ip"], seed=seed)
    facts += E.screenshot_png(pkg, root, ev + "3 平台首页截图.png", "欧贝 · 工业品供应链服务平台",
                              [_kpi(v, "注册企业用户数（个）", "注册企业"), _kpi(v, "付费企业数（个）", "付费企业"),
                               _kpi(v, "工业APP数量（个）", "应用中心APP"), _kpi(v, "开发者注册总数（个）", "开发者")],
                              "数据截至 2024-06-30", seed + 1, theme="light")
    facts += E.enterprise_xlsx(pkg, root, ev + "4 服务企业名单.xlsx", seed + 2)
    facts += E.resource_pdf(pkg, root, ev + "5 云资源与存储报告.pdf", "欧贝平台云资源与存储报告")
    facts += E.ops_xlsx(pkg, root, ev + "6 订阅与订单导出.xlsx")
    facts += E.awards_scan(pkg, root, ev + "7 获奖清单.pdf", seed + 3)
    att = [("2023年度审计报告（含平台专项说明）", "共4页"), ("知识产权清单", "共3页"), ("平台首页截图", "1张"), ("服务企业名单", "2个工作表"),
           ("云资源与存储报告", "共1页"), ("订阅与订单导出", "1个工作表"), ("获奖清单", "共1页")]
    _finish(pkg, facts, att, 1)
    style = dict(columns=["三级指标", "内容", "平台实际情况", "证明资料"], units=True)
    D.contact_docx(pkg, root / "申报材料/联系人信息反馈表.docx")
    D.form_xlsx(pkg, root / "申报材料/申报表.xlsx", style)
    D.form_scan(pkg, root / "申报材料/申报表_盖章.pdf", style, seed + 4)
    D.narrative_docx(pkg, root / "申报材料/申报书.docx")
    D.summary_docx(pkg, root / "申报材料/平台基本情况汇总表.docx")
    files = {"申报材料/联系人信息反馈表.docx": "联系人表", "申报材料/申报表.xlsx": "申报表", "申报材料/申报表_盖章.pdf": "申报表扫描件",
             "申报材料/申报书.docx": "申报书", "申报材料/平台基本情况汇总表.docx": "汇总表",
             ev + "1 2023年度审计报告（含平台专项说明）.pdf": "evidence:audit_report", ev + "2 知识产权清单.pdf": "evidence:patent_list",
             ev + "3 平台首页截图.png": "evidence:screenshot", ev + "4 服务企业名单.xlsx": "evidence:other",
             ev + "5 云资源与存储报告.pdf": "evidence:other", ev + "6 订阅与订单导出.xlsx": "evidence:other", ev + "7 获奖清单.pdf": "evidence:award_list"}
    f_form, f_ip = "申报材料/申报表.xlsx", ev + "2 知识产权清单.pdf"
    problems = [
        dict(id=f"{pid}-01-count_vs_list", family="count_vs_list", fields=["平台核心软硬件技术获得的专利数量（项）"], files=[f_form, f_ip], severity="error",
             description=f"申报表填报专利数量 42 项，知识产权清单（第1页）“专利清单（共{v['平台核心软硬件技术获得的专利数量（项）']}项）”仅列 {v['平台核心软硬件技术获得的专利数量（项）']} 项"),
        dict(id=f"{pid}-02-identity", family="identity", fields=["平台团队总人数（人）", "运维人数（人）", "运营人数（人）"], files=[f_form], severity="error",
             description=f"运维人数 {pkg.declared['运维人数（人）']} + 运营人数 {v['运营人数（人）']} = {pkg.declared['运维人数（人）'] + v['运营人数（人）']}，与平台团队总人数 {v['平台团队总人数（人）']} 不一致"),
        dict(id=f"{pid}-03-missing_file", family="missing_file", fields=["真实性承诺"], files=["附件5 真实性承诺"], severity="error",
             description="申报材料中没有附件5 真实性承诺（需法定代表人或授权代表签名并加盖公章）"),
        dict(id=f"{pid}-04-blank", family="blank", fields=["合作平台数量（个）"], files=[f_form], severity="error",
             description="申报表“合作平台数量（个）”未填写（汇总表同样空白）"),
    ]
    layout = ["naming:申报材料/+附件/", "form:xlsx-only+scan", "columns:l3+content+actual+proof", "unit-suffixes", "narrative:docx(一–六)",
              "summary:docx", "no-commitment", "audit:text,platform 万元", "ip:pdf", "screenshots:png", "awards:scan"]
    desc = "序号24 欧冶工业品“欧贝平台”（2023未参评），4个问题：专利数量与知识产权清单不符、运维+运营≠团队总人数、缺真实性承诺、合作平台数量未填。"
    return pkg, files, facts, layout, desc, problems


BUILDERS = {"h89_dianji_clean": (build_motor, 8902), "h89_onepower_clean": (build_onepower, 8921),
            "h89_zhaogang_problems": (build_steel, 8918), "h89_oubei_problems": (build_oubei, 8924)}
