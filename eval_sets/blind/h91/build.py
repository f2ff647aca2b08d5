"""Build the h91 blind set: four clean packages under packages/ and their truth under truth/.

    cd /work/main && .venv/bin/python -m eval_sets.blind.h91.build [--only PID] [--out DIR]

Deterministic (fixed seeds, reportlab invariant=1, fixed zip dates and core properties)."""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from pathlib import Path

from eval_sets.blind.h91 import docs as D
from eval_sets.blind.h91 import evidence as E
from eval_sets.blind.h91 import render as R
from eval_sets.blind.h91 import specs
from eval_sets.blind.h91.labels import LABELS
from eval_sets.blind.h91.model import derive, row_value, thou
from eval_sets.truth import EvidenceFact, PackageTruth, PlatformRef, SummaryRow, dump_truth

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]


def _tiles_main(s, v, extra_first=()):
    T = v["连接的工业设备/产品/产线种类及数量（台/套）"]
    return list(extra_first) + [
        ("累计接入设备（台/套）", thou(T), "截至当前"),
        ("今日在线设备", thou(int(T * 0.71) + 37), "实时"),
        ("在线峰值（近30日）", thou(int(T * 0.83) + 11), "2024-06-18 10:05"),
        ("平台注册企业（家）", thou(v["注册企业用户数（个）"]), "累计"),
        ("今日新增企业", str(7 + v["序号"] % 5), "今日"),
        ("上架工业APP（个）", thou(v["工业APP数量（个）"]), "累计"),
        ("今日APP调用（次）", thou(v["杀手锏APP日活次数（次）"] * 3 + 218), "今日"),
        ("微服务（个）", thou(v["微服务数量（个）"]), "运行中"),
    ]


def build_package(s: dict, packages: Path, seed: int):
    pid = s["pid"]
    root = packages / pid
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    tmp = root / "_tmp"
    tmp.mkdir()
    v = derive(s)
    from eval_sets.blind.h91.labels import LIMITS
    from eval_sets.blind.h91.verify import chars
    for k, lim in LIMITS.items():  # 填报指引 limits (also checked by verify on DOCX/XLSX forms)
        assert chars(s["texts"][k]) <= lim, (pid, k)
    assert all(chars(ln) <= 50 for ln in s["texts"]["是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势"].splitlines())
    assert chars(s["intro"]) <= 500 and chars(s["effect"]) <= 500
    files: dict[str, str] = {}
    facts: list[dict] = []
    layout: list[str] = []

    def add(name, role):
        files[name] = role
        return name

    if pid == "h91_xingyun_clean":
        layout = ["naming:附件N（简称）", "evidence_dir:附件3 证明材料", "form:docx+stamped_scan", "summary:xlsx-vertical",
                  "audit:合并/母公司 four columns 元", "platform_note:千元", "rd_note:projects subset 元", "section7",
                  "screenshots:png×2 (today/cumulative/peak)", "ip:pdf multi-page footer 共N项", "prose:1.2万家"]
        style = {"sep": "、"}
        D.contact_docx(root / add("附件1 联系人信息反馈表（星云智汇）.docx", "联系人表"), s)
        D.form_docx(root / add("附件2 申报表（星云智汇）.docx", "申报表"), s, v, style)
        D.form_scan(root / add("附件2 申报表（盖章扫描版）.pdf", "申报表扫描件"), tmp, s, v, style, seed)
        D.proposal_docx(root / add("附件3 申报书（星云智汇）.docx", "申报书"), s)
        ev = "附件3 证明材料/"
        facts += E.audit_report(root, add(ev + "3-1 2023年度审计报告.pdf", "evidence:audit_report"), s, v, note_unit="千元",
                                merged_parent=True, scanned=False, seed=seed + 1, key=pid, note_title="“星云智汇”平台业务专项说明")
        facts += E.device_xlsx(root, add(ev + "3-2 平台接入设备统计导出.xlsx", "evidence:device_list"), s, v)
        facts += E.ip_list_pdf(root, add(ev + "3-3 专利清单.pdf", "evidence:patent_list"), s, s["patents"], "专利",
                               "平台核心软硬件技术获得的专利数量（项）")
        facts += E.ip_list_pdf(root, add(ev + "3-4 软件著作权清单.pdf", "evidence:patent_list"), s, s["softs"], "软件著作权",
                               "平台核心软硬件技术获得的软著数量（个）")
        facts += E.enterprise_xlsx(root, add(ev + "3-5 服务企业名录.xlsx", "evidence:other"), s, v, seed + 2)
        facts += E.award_pdf(root, add(ev + "3-6 省部级及以上荣誉清单.pdf", "evidence:award_list"), s)
        tiles = _tiles_main(s, v)
        facts += E.screenshot(root, add(ev + "3-7 监控大屏截图（设备与用户）.png", "evidence:screenshot"), s, tiles,
                              "图3-7-1 平台监控大屏（2024年7月10日截取）：申报表“连接的工业设备”填报值取“累计接入设备”48,620台/套",
                              seed + 3, pid, [("连接的工业设备/产品/产线种类及数量（台/套）", 0, "台/套"), ("注册企业用户数（个）", 3, "家"),
                                              ("工业APP数量（个）", 5, "个"), ("微服务数量（个）", 7, "个")])
        tiles2 = [("工业机理模型（个）", thou(v["工业机理模型数量（个）"]), "累计"),
                  ("活跃机理模型（周调用≥5次）", thou(v["活跃机理模型数量（一周调用5次以上）（个）"]), "近7日"),
                  ("开发者注册总数", thou(v["开发者注册总数（个）"]), "累计"),
                  ("活跃开发者", thou(v["活跃开发者数（个）"]), "近30日"),
                  ("存储数据量（TB）", f"{v['存储工业数据量（TB）']:.2f}", "当前"),
                  ("今日写入（TB）", "3.42", "今日"),
                  ("公有云接入设备（台/套）", thou(v["公有云工业设备连接数量（台/套）"]), "累计"),
                  ("公有云日均运行（台/套）", thou(v["公有云工业设备平均日运行数量（台/套）"]), "近30日日均")]
        facts += E.screenshot(root, add(ev + "3-7 监控大屏截图（模型与开发者）.png", "evidence:screenshot"), s, tiles2,
                              "图3-7-2 模型与开发者看板（2024年7月10日截取）", seed + 4, pid,
                              [("工业机理模型数量（个）", 0, "个"), ("活跃机理模型数量（一周调用5次以上）（个）", 1, "个"),
                               ("开发者注册总数（个）", 2, "个"), ("活跃开发者数（个）", 3, "个"), ("存储工业数据量（TB）", 4, "TB"),
                               ("公有云工业设备连接数量（台/套）", 6, "台/套"), ("公有云工业设备平均日运行数量（台/套）", 7, "台/套")])
        D.summary_xlsx(root / add("附件4 平台基本情况汇总表（星云智汇）.xlsx", "汇总表"), s, v)
        D.commitment_scan(root / add("附件5 真实性承诺（盖章）.pdf", "承诺"), tmp, s, seed + 5, "2024年7月15日", seal_over_text=False)

    elif pid == "h91_711_clean":
        layout = ["naming:flat 0N_", "form:wps-pdf+stamped_scan (no docx)", "summary:docx units-in-cell", "proposal:pdf",
                  "audit:platform special audit 万元", "rd_note:projects subset 万元", "devices:pdf 其他 category + 海外 footnote",
                  "regions:计划单列市 大连/青岛", "private_format", "thousands separators", "section7", "iaas:租用+vendor"]
        style = {"sep": "、", "thousands": True}
        D.contact_docx(root / add("01_联系人信息反馈表.docx", "联系人表"), s)
        D.form_pdf(root / add("02_申报表（WPS导出）.pdf", "申报表"), s, v, style)
        D.form_scan(root / add("02_申报表_盖章扫描件.pdf", "申报表扫描件"), tmp, s, v, style, seed)
        D.proposal_pdf(root / add("03_申报书.pdf", "申报书"), s)
        facts += E.audit_report(root, add("03-1_平台业务专项审计报告.pdf", "evidence:audit_report"), s, v, note_unit="万元",
                                merged_parent=False, scanned=False, seed=seed + 1, key=pid,
                                note_title="船舶动力系统设备全生命周期运行维护平台业务专项审计说明")
        facts += E.device_pdf(root, add("03-2_接入设备统计表.pdf", "evidence:device_list"), s, v)
        facts += E.ip_list_pdf(root, add("03-3_专利清单.pdf", "evidence:patent_list"), s, s["patents"], "专利",
                               "平台核心软硬件技术获得的专利数量（项）", per_page=20)
        facts += E.ip_list_pdf(root, add("03-4_软件著作权清单.pdf", "evidence:patent_list"), s, s["softs"], "软件著作权",
                               "平台核心软硬件技术获得的软著数量（个）", per_page=20)
        facts += E.enterprise_xlsx(root, add("03-5_服务企业名录.xlsx", "evidence:other"), s, v, seed + 2)
        facts += E.award_pdf(root, add("03-6_获奖清单.pdf", "evidence:award_list"), s)
        facts += E.resource_report_pdf(root, add("03-8_云资源与数据运行报告.pdf", "evidence:other"), s, v,
                                       "船舶动力运维平台云资源与数据运行报告")
        tiles = [("船岸在线设备（台/套）", thou(v["连接的工业设备/产品/产线种类及数量（台/套）"]), "累计接入"),
                 ("当前在航船舶（艘）", "214", "实时"),
                 ("今日告警（条）", "37", "今日"),
                 ("服务企业（家）", thou(v["实际服务企业数（个）"]), "累计"),
                 ("机理模型（个）", thou(v["工业机理模型数量（个）"]), "累计"),
                 ("微服务（个）", thou(v["微服务数量（个）"]), "运行中"),
                 ("工业APP（个）", thou(v["工业APP数量（个）"]), "已上架"),
                 ("峰值并发连接", "1,968", "2024-05-21")]
        facts += E.screenshot(root, add("03-7_平台运行截图.png", "evidence:screenshot"), s, tiles,
                              "图3-7 平台运行总览（2024年7月9日截取）：“船岸在线设备”即连接的工业设备数量（含私有化部署）", seed + 3, pid,
                              [("连接的工业设备/产品/产线种类及数量（台/套）", 0, "台/套"), ("实际服务企业数（个）", 3, "家"),
                               ("工业机理模型数量（个）", 4, "个"), ("微服务数量（个）", 5, "个"), ("工业APP数量（个）", 6, "个")])
        D.summary_docx(root / add("04_平台基本情况汇总表.docx", "汇总表"), s, v)
        D.commitment_scan(root / add("05_真实性承诺.pdf", "承诺"), tmp, s, seed + 5, "2024年7月12日")

    elif pid == "h91_laiyifen_clean":
        layout = ["naming:申报文件/ + 证明材料/", "form:docx+stamped_scan", "summary:xlsx-horizontal", "newcomer:no section7",
                  "audit:合并/母公司 four columns 元", "platform_note:万元", "rd_note:projects subset 元", "ip:xlsx 合计",
                  "screenshot:png today/cumulative/peak", "commitment:seal over text, 二〇二四年 date", "prose:三千余家",
                  "build_way:合作共建", "op_mode:联合运营"]
        style = {"sep": "、"}
        a = "申报文件/"
        D.contact_docx(root / add(a + "联系人信息反馈表.docx", "联系人表"), s)
        D.form_docx(root / add(a + "申报表.docx", "申报表"), s, v, style)
        D.form_scan(root / add(a + "申报表（盖章版）.pdf", "申报表扫描件"), tmp, s, v, style, seed)
        D.proposal_docx(root / add(a + "申报书.docx", "申报书"), s)
        D.summary_xlsx(root / add(a + "平台基本情况汇总表.xlsx", "汇总表"), s, v, horizontal=True)
        D.commitment_scan(root / add(a + "真实性承诺（扫描）.pdf", "承诺"), tmp, s, seed + 5, "二〇二四年七月十六日", seal_over_text=True)
        e = "证明材料/"
        facts += E.audit_report(root, add(e + "1 2023年度审计报告（节选）.pdf", "evidence:audit_report"), s, v, note_unit="万元",
                                merged_parent=True, scanned=False, seed=seed + 1, key=pid, note_title="合作伙伴共创平台业务专项说明")
        facts += E.device_xlsx(root, add(e + "2 设备接入统计.xlsx", "evidence:device_list"), s, v)
        facts += E.ip_xlsx(root, add(e + "3 知识产权清单.xlsx", "evidence:patent_list"), s, s["patents"], s["softs"])
        facts += E.enterprise_xlsx(root, add(e + "4 服务企业名录.xlsx", "evidence:other"), s, v, seed + 2)
        facts += E.award_pdf(root, add(e + "5 获奖清单.pdf", "evidence:award_list"), s)
        facts += E.resource_report_pdf(root, add(e + "7 信息技术部资源统计.pdf", "evidence:other"), s, v,
                                       "合作伙伴共创平台云资源与数据运行统计")
        tiles = [("注册企业（累计）", thou(v["注册企业用户数（个）"]), "累计"),
                 ("今日活跃企业", "1,108", "今日"),
                 ("活跃峰值（近30日）", "1,562", "2024-06-18"),
                 ("服务企业（累计）", thou(v["实际服务企业数（个）"]), "累计"),
                 ("接入设备（累计）", thou(v["连接的工业设备/产品/产线种类及数量（台/套）"]), "台/套"),
                 ("今日在线设备", "3,402", "实时"),
                 ("近一年订单（个）", thou(v["平台订单数量(近一年总量)（个）"]["截至填表日前一年"]), "滚动12个月"),
                 ("今日订单", "146", "今日")]
        facts += E.screenshot(root, add(e + "6 平台监控大屏.png", "evidence:screenshot"), s, tiles,
                              "监控大屏（2024年7月11日）。申报表注册企业用户数取“注册企业（累计）”3,456家，非今日或峰值数", seed + 3, pid,
                              [("注册企业用户数（个）", 0, "家"), ("实际服务企业数（个）", 3, "家"),
                               ("连接的工业设备/产品/产线种类及数量（台/套）", 4, "台/套")])

    elif pid == "h91_tansuo_clean":
        layout = ["naming:附件N_", "form:xlsx+stamped_scan (no docx)", "summary:docx units-in-cell", "newcomer:no section7",
                  "audit:scanned image-only, platform note 元", "rd_note:projects subset 元", "breakdown separator ；",
                  "regions:计划单列市 宁波", "iaas:租用+vendor", "vc_pe:是"]
        style = {"sep": "；"}
        D.contact_docx(root / add("附件1_联系人表.docx", "联系人表"), s)
        D.form_xlsx(root / add("附件2_申报表.xlsx", "申报表"), s, v, style)
        D.form_scan(root / add("附件2_申报表_盖章.pdf", "申报表扫描件"), tmp, s, v, style, seed)
        D.proposal_docx(root / add("附件3_申报书.docx", "申报书"), s)
        facts += E.audit_report(root, add("附件3-1_审计报告（扫描件）.pdf", "evidence:audit_report"), s, v, note_unit="元",
                                merged_parent=False, scanned=True, seed=seed + 1, key=pid, note_title="零碳绿色工厂平台业务专项说明")
        facts += E.device_xlsx(root, add("附件3-2_设备导出.xlsx", "evidence:device_list"), s, v)
        facts += E.ip_list_pdf(root, add("附件3-3_专利清单.pdf", "evidence:patent_list"), s, s["patents"], "专利",
                               "平台核心软硬件技术获得的专利数量（项）", per_page=8)
        facts += E.ip_list_pdf(root, add("附件3-4_软著清单.pdf", "evidence:patent_list"), s, s["softs"], "软件著作权",
                               "平台核心软硬件技术获得的软著数量（个）", per_page=18)
        facts += E.enterprise_xlsx(root, add("附件3-5_服务企业名录.xlsx", "evidence:other"), s, v, seed + 2)
        facts += E.award_pdf(root, add("附件3-6_荣誉清单.pdf", "evidence:award_list"), s)
        facts += E.resource_report_pdf(root, add("附件3-8_云资源运行报告.pdf", "evidence:other"), s, v,
                                       "零碳工厂平台云资源与数据运行报告")
        tiles = [("接入能源设备（台/套）", thou(v["连接的工业设备/产品/产线种类及数量（台/套）"]), "累计"),
                 ("公有云接入（台/套）", thou(v["公有云工业设备连接数量（台/套）"]), "累计"),
                 ("公有云日均运行（台/套）", thou(v["公有云工业设备平均日运行数量（台/套）"]), "近30日日均"),
                 ("今日碳排放（tCO2e）", "1,286.4", "今日"),
                 ("服务工厂（家）", thou(v["实际服务企业数（个）"]), "累计"),
                 ("碳效模型（个）", thou(v["工业机理模型数量（个）"]), "累计"),
                 ("今日峰值负荷（MW）", "412.7", "11:25"),
                 ("海外接入（台/套）", thou(v["海外设备连接数量（台/套）"]), "泰国、印度尼西亚")]
        facts += E.screenshot(root, add("附件3-7_能碳驾驶舱截图.png", "evidence:screenshot"), s, tiles,
                              "能碳驾驶舱（2024年7月8日截取）：接入能源设备18,432台/套为申报值", seed + 3, pid,
                              [("连接的工业设备/产品/产线种类及数量（台/套）", 0, "台/套"), ("公有云工业设备连接数量（台/套）", 1, "台/套"),
                               ("公有云工业设备平均日运行数量（台/套）", 2, "台/套"), ("实际服务企业数（个）", 4, "家"),
                               ("工业机理模型数量（个）", 5, "个"), ("海外设备连接数量（台/套）", 7, "台/套")])
        D.summary_docx(root / add("附件4_汇总表.docx", "汇总表"), s, v)
        D.commitment_scan(root / add("附件5_承诺书.pdf", "承诺"), tmp, s, seed + 5, "2024年7月12日")
    shutil.rmtree(tmp)
    return v, files, facts, layout


DESCRIPTIONS = {
    "h91_xingyun_clean": "Clean; 跨行业跨领域 (序号23, 2023参评, 七 present). Audit with 合并/母公司 × 本年/上年 columns in 元, "
                         "研发费用 note whose platform projects' 小计 = declared R&D, platform special note in 千元; two dashboards.",
    "h91_711_clean": "Clean; 行业型 船舶 (序号8, 2023参评, 七 present). 申报表 only as WPS-exported PDF + stamped scan; 申报书 PDF; "
                     "DOCX 汇总表 with units in cells; 私有化 format; device PDF with 其他 and 海外 in a footnote.",
    "h91_laiyifen_clean": "Clean; 区域型 食品 (序号10, newcomer, no 七). Horizontal XLSX 汇总表; 合并/母公司 audit; IP XLSX; "
                          "dashboard with today/cumulative/peak; 承诺 dated 二〇二四年七月十六日 with the seal over the text.",
    "h91_tansuo_clean": "Clean; 专业型（特色） 能碳 (序号27, newcomer, no 七). 申报表 only XLSX + stamped scan; scanned image-only "
                        "audit (元); DOCX 汇总表 with units; breakdowns separated by ；.",
}


def make_truth(s, v, files, facts, layout) -> str:
    pid = s["pid"]
    rows = [SummaryRow(label=l, value=row_value(l, v[l], s), normalized=v[l]) for l in LABELS]
    t = PackageTruth(
        package_id=pid, description=DESCRIPTIONS[pid], path=f"eval_sets/blind/h91/packages/{pid}", delivery="folder",
        platform=PlatformRef(list_no=s["list_no"], listed_name=s["listed_name"], company=s["company"],
                             declared_name=s["declared_name"], participated_2023=s["participated"]),
        layout=layout, files=dict(sorted(files.items())), secrets=[s["demo"][1]], summary_rows=rows,
        evidence_facts=[EvidenceFact(**f) for f in facts], problems=[])
    return dump_truth(t)


SEEDS = {"h91_xingyun_clean": 9123, "h91_711_clean": 9108, "h91_laiyifen_clean": 9110, "h91_tansuo_clean": 9127}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", action="append")
    ap.add_argument("--out", type=Path, default=HERE, help="directory that receives packages/, truth/, drawn_text.json")
    args = ap.parse_args(argv)
    packages, truth_dir = args.out / "packages", args.out / "truth"
    packages.mkdir(parents=True, exist_ok=True)
    truth_dir.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    for make in specs.ALL:
        s = make()
        if args.only and s["pid"] not in args.only:
            continue
        v, files, facts, layout = build_package(s, packages, SEEDS[s["pid"]])
        root = packages / s["pid"]
        on_disk = {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}
        assert on_disk == set(files), on_disk ^ set(files)
        (truth_dir / f"{s['pid']}.json").write_text(make_truth(s, v, files, facts, layout), encoding="utf-8")
        print(f"{s['pid']}: {len(files)} files, {len(facts)} facts  ({time.time() - t0:.1f}s)")
    drawn_path = args.out / "drawn_text.json"
    old = json.loads(drawn_path.read_text(encoding="utf-8")) if drawn_path.exists() and args.only else {}
    old.update({k: {str(p): t for p, t in sorted(d.items())} for k, d in R.DRAWN.items()})
    drawn_path.write_text(json.dumps(dict(sorted(old.items())), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
