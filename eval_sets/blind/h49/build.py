"""Build the h49 blind set: packages/<id>/… and truth/<id>.json.

    /work/main/.venv/bin/python -m eval_sets.blind.h49.build [--out DIR]

Deterministic (fixed seeds, reportlab invariant=1, OOXML re-zipped with fixed dates).
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

from eval_sets.truth import PackageTruth, dump_truth

from . import evidence as ev
from . import forms
from .model import audit_clean, rows
from .specs import _chapters, clean_711, hemudu, huaxing, tansuo

HERE = Path(__file__).resolve().parent
REL = "eval_sets/blind/h49"


def _platform(q):
    return {"list_no": q["list_no"], "listed_name": q["name"], "company": q["company"], "declared_name": q["name"],
            "participated_2023": q["p2023"]}


def build_package(pid: str, q: dict, layout: dict, problems: list[dict], description: str, out: Path, tags: list[str]) -> None:
    root = out / "packages" / pid
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    files: dict[str, str] = {}
    facts: list[dict] = []
    E = layout["evidence"]

    def put(role, rel):
        files[rel] = role
        return root / rel

    q["annex_list"] = [f"附件{i + 1}：{Path(rel).name}" for i, rel in enumerate(E.values())]
    q["chapters"] = _chapters(q, q["p2023"], "")
    facts += ev.deck(q, put("evidence:other", E["deck"]), E["deck"])
    facts += ev.screens(q, root)
    for s in q["screens"]:
        files[s["file"]] = "evidence:screenshot"
    facts += ev.brochure(q, put("evidence:other", E["brochure"]), E["brochure"])
    facts += ev.ip_infographic(q, put("evidence:other", E["infographic"]), E["infographic"])
    facts += ev.audit_note(q, put("evidence:audit_report", E["audit"]), E["audit"])
    facts += ev.ip_list_xlsx(q, put("evidence:patent_list", E["iplist"]), E["iplist"])
    facts += ev.device_xlsx(q, put("evidence:device_list", E["devices"]), E["devices"])
    if "models" in E:
        facts += ev.model_xlsx(q, put("evidence:other", E["models"]), E["models"])
    proof = {k: v.format(**{n: Path(p).stem for n, p in E.items()}) for k, v in layout["proof"].items()}
    form = layout["form"]
    if form.endswith(".docx"):
        forms.application_docx(q, proof, put("申报表", form))
    else:
        forms.application_xlsx(q, proof, put("申报表", form))
    forms.application_scan(q, proof, put("申报表扫描件", layout["scan"]))
    forms.proposal_docx(q, put("申报书", layout["proposal"]))
    rws = rows(q)
    if layout["summary"].endswith(".xlsx"):
        forms.summary_xlsx(rws, put("汇总表", layout["summary"]))
    else:
        forms.summary_docx(rws, put("汇总表", layout["summary"]))
    forms.contact_docx(q, put("联系人表", layout["contact"]))
    forms.commitment_scan(q, put("承诺", layout["commitment"]))
    if not problems:
        audit_clean(q)
    truth = PackageTruth.model_validate({
        "package_id": pid, "description": description, "path": f"{REL}/packages/{pid}", "delivery": "folder",
        "platform": _platform(q), "layout": tags, "files": dict(sorted(files.items())), "secrets": ["Demo#2024"],
        "summary_rows": [{"label": l, "value": v, "normalized": n} for l, v, n in rws],
        "evidence_facts": facts, "problems": problems,
    })
    (out / "truth").mkdir(parents=True, exist_ok=True)
    (out / "truth" / f"{pid}.json").write_text(dump_truth(truth), encoding="utf-8")


def P(pid, family, fields, files, severity, description):
    return {"id": pid, "family": family, "fields": fields, "files": files, "severity": severity, "description": description}


def main(out: Path) -> None:
    # ---------------- clean
    q = clean_711()
    q["p2023"] = True
    E = {"audit": "证明材料/01 平台业务专项审计报告.pdf", "deck": "证明材料/02 平台介绍汇报材料.pdf",
         "brochure": "证明材料/03 平台宣传册.pdf", "infographic": "证明材料/05 知识产权与荣誉一览.pdf",
         "iplist": "证明材料/06 专利及软件著作权清单.xlsx", "devices": "证明材料/07 接入设备统计表.xlsx"}
    proof = {"team": "平台团队花名册（现场核查提供）", "audit": "附件{audit} 第3页", "revenue": "附件{audit} 第3页；附件{deck} 第5页",
             "devices": "附件{devices}；附件{deck} 第2页", "devlist": "附件{devices}", "dashboard": "附件 运营数据截图（看板_应用与开发者）",
             "registered": "附件 运营数据截图（看板_平台总览）", "served": "附件 运营数据截图（看板_平台总览）；附件{deck} 第3页",
             "ip": "附件{iplist}；附件{infographic}", "awards": "附件{infographic}", "models": "附件 运营数据截图"}
    build_package("h49_711_clean", q, {"evidence": E, "proof": proof, "form": "附件2 申报表（七一一所）.docx", "scan": "附件2 申报表（七一一所）盖章扫描版.pdf",
                                        "proposal": "附件3 申报书（七一一所）.docx", "summary": "附件4 平台基本情况汇总表.xlsx",
                                        "contact": "附件1 联系人信息反馈表.docx", "commitment": "附件5 真实性承诺（盖章）.pdf"},
                  [], "序号8 七一一所船舶动力运维平台，完全一致的干净包：16:9平台介绍PDF（大数字+小单位+分离标题、累计柱状图末柱=大数字、"
                      "三栏文字、营收“1.86亿元”与专项审计18,642.35万元在通常读法下一致、“1万+”开发者与10,436一致）、两张PNG长截图（填表日前）、"
                      "A4三栏宣传册旋转标注、知识产权图示（无表格）+精确清单XLSX、申报书“1200余家”“1.8万余台”取整表述、第七章。",
                  out, ["deck:16x9-pdf", "screenshots:png-long", "brochure:a4-3col-rotated", "infographic:ip", "form:docx",
                        "summary:xlsx-vertical", "commitment:scan", "rounded-prose", "section7"])

    # ---------------- huaxing (4 problems)
    q = huaxing()
    q["p2023"] = False
    E = {"audit": "附件/财务/平台业务专项审计报告.pdf", "deck": "附件/易维讯平台介绍（汇报版）.pdf", "brochure": "附件/易维讯宣传册.pdf",
         "infographic": "附件/资质荣誉一览.pdf", "iplist": "附件/知识产权清单.xlsx", "devices": "附件/设备接入明细统计.xlsx"}
    proof = {"team": "", "audit": "附件 {audit} P3", "revenue": "附件 {audit} P3", "devices": "附件 {deck} P2（5万+台设备）",
             "devlist": "附件 {devices}", "dashboard": "附件 截图 IMG_20240712_101530", "registered": "附件 截图 IMG_20240726_094112",
             "served": "附件 {deck} P3", "ip": "附件 {iplist}", "awards": "附件 {infographic}", "models": "附件 {deck} P2"}
    hx = "附件/截图/IMG_20240726_094112.png"
    probs = [
        P("h49-hx-01", "declared_vs_evidence", ["连接的工业设备/产品/产线种类及数量（台/套）"],
          [E["devices"], E["deck"], "附件2 申报表-易维讯.xlsx"], "error",
          "连接的工业设备数量填50000台/套，取自平台介绍第2页营销口径「5万+」；设备接入明细统计表合计43618台/套，填报指引要求截至填表日的数量。"),
        P("h49-hx-02", "breakdown_sum", ["连接的工业设备/产品/产线种类及数量（台/套）", "按二级分类统计工业设备数量（台/套）", "按省市区域统计工业设备数量（台/套）"],
          ["附件2 申报表-易维讯.xlsx"], "error",
          "按二级分类与按省市区域统计工业设备数量之和均为43618，与总数50000不等。"),
        P("h49-hx-03", "screenshot_vs_form", ["注册企业用户数（个）", "实际服务企业数（个）"], [hx, "附件2 申报表-易维讯.xlsx"], "warning",
          "证明注册企业用户数的看板截图日期为2024-07-26，晚于填表日期2024年7月16日，且显示注册企业3,182、服务企业1,871，与申报表3105、1862不一致。"),
        P("h49-hx-04", "declared_vs_evidence", ["实际服务企业数（个）"], [E["deck"]], "warning",
          "平台介绍第3页大数字「1,862家 累计服务企业」与同页累计服务企业柱状图2024年柱标1,926不一致，该页不能确证申报的1862。"),
    ]
    build_package("h49_huaxing_problems", q, {"evidence": E, "proof": proof, "form": "附件2 申报表-易维讯.xlsx", "scan": "附件2 申报表-易维讯（盖章）.pdf",
                                               "proposal": "附件3 申报书-易维讯.docx", "summary": "附件4 汇总表-易维讯.docx",
                                               "contact": "附件1 联系人信息反馈表-易维讯.docx", "commitment": "附件5 真实性承诺-易维讯.pdf"},
                  probs, "序号15 华兴数字易维讯平台：设备总数取自营销口径“5万+”而清单合计43,618（分类、区域之和也为43,618）；"
                         "注册企业看板截图日期晚于填表日；平台介绍页大数字与同页累计柱状图末柱不一致。申报表仅XLSX，汇总表DOCX。",
                  out, ["deck:16x9-pdf", "screenshots:png-long(IMG_date names)", "brochure:a4-3col-rotated", "infographic:ip",
                        "form:xlsx-only", "summary:docx", "commitment:scan", "marketing-plus-suffix"])

    # ---------------- hemudu (3 problems)
    q = hemudu()
    q["p2023"] = True
    E = {"audit": "03-财务/平台专项审计报告.pdf", "deck": "01-平台介绍/河姆渡平台汇报材料.pdf", "brochure": "01-平台介绍/河姆渡宣传册.pdf",
         "infographic": "02-知识产权/资质荣誉图示.pdf", "iplist": "02-知识产权/专利软著清单.xlsx", "devices": "05-设备/接入设备统计.xlsx"}
    proof = {"team": "", "audit": "03 {audit} 第3页", "revenue": "03 {audit} 第3页", "devices": "05 {devices}",
             "devlist": "05 {devices}", "dashboard": "04 河姆渡数据看板 第2页", "registered": "04 河姆渡数据看板 第1页",
             "served": "04 河姆渡数据看板 第1页", "ip": "01 {brochure}；02 {iplist}", "awards": "01 {deck} 第2页",
             "models": "", "orders": "01 {deck} 第2页"}
    form = "申报表_河姆渡电商工业互联网平台.docx"
    probs = [
        P("h49-hmd-01", "count_vs_list", ["平台核心软硬件技术获得的软著数量（个）"], [form, E["iplist"], E["brochure"]], "error",
          "软著数量填120，来自宣传册标注「120+」；软件著作权清单逐项列示共108项（合计：108项）。"),
        P("h49-hmd-02", "missing_proof", ["平台获得省部级及以上奖项/荣誉数量（个）"], [form, E["deck"], E["infographic"]], "warning",
          "荣誉数量仅填「12」，证明资料只指向平台介绍第2页与资质荣誉图示的数字图标，填报指引要求列举清单（名称、获奖时间、颁发单位），无任何清单。"),
        P("h49-hmd-03", "narrative_vs_form", ["注册企业用户数（个）"], ["申报书_河姆渡.docx", form], "warning",
          "申报书称「平台注册企业超过3万家」，申报表注册企业用户数为26418（看板截图26,418，介绍材料2.6万）。"),
    ]
    build_package("h49_hemudu_problems", q, {"evidence": E, "proof": proof, "form": form, "scan": "申报表_河姆渡_盖章扫描.pdf", "proposal": "申报书_河姆渡.docx",
                                              "summary": "汇总表_河姆渡.xlsx", "contact": "联系人信息反馈表_河姆渡.docx",
                                              "commitment": "真实性承诺_河姆渡_盖章.pdf"},
                  probs, "序号20 河姆渡电商平台：软著按宣传册“120+”填120而清单108项；荣誉数量仅由营销图示证明、无清单；"
                         "申报书“注册企业超过3万家”与26418不符。截图为纯图PDF（两页），编号文件夹。",
                  out, ["deck:16x9-pdf", "screenshots:image-pdf", "brochure:a4-3col-rotated", "infographic:ip", "form:docx",
                        "summary:xlsx-vertical", "commitment:scan", "folders:numbered", "section7"])

    # ---------------- tansuo (4 problems)
    q = tansuo()
    q["p2023"] = False
    E = {"audit": "3 证明材料/3-1 平台业务专项审计报告.pdf", "deck": "3 证明材料/3-2 平台汇报PPT.pdf", "brochure": "3 证明材料/3-3 宣传册.pdf",
         "infographic": "3 证明材料/3-4 知识产权图示.pdf", "iplist": "3 证明材料/3-6 专利与软著清单.xlsx",
         "devices": "3 证明材料/3-7 接入设备统计.xlsx", "models": "3 证明材料/3-8 工业机理模型清单.xlsx"}
    proof = {"team": "", "audit": "3-1 第3页", "revenue": "3-2 平台汇报PPT 第5页（3.6亿元）", "devices": "3-7；3-5 能碳看板",
             "devlist": "3-7", "dashboard": "3-5 能碳看板", "registered": "3-5 能碳看板", "served": "3-5 能碳看板",
             "ip": "3-6", "awards": "3-4 知识产权图示", "models": "3-2 平台汇报PPT 第4页；3-8", "orders": "3-5 订单统计截图"}
    form = "2 申报表（碳索能源）.docx"
    probs = [
        P("h49-ts-01", "declared_vs_evidence", ["平台相关营业收入（万元）", "平台近三年经营指标情况"], [form, E["audit"], E["deck"]], "error",
          "平台相关营业收入填36000.00万元（2023年），取自汇报PPT「3.6亿元」；专项审计报告附表2023年度平台相关营业收入35,812.46万元（PPT柱状图标注同为35,812.46）。"),
        P("h49-ts-02", "screenshot_vs_form", ["平台订单数量(近一年总量)（个）"], [q["screens"][0]["file"], form], "warning",
          "订单数量填「2023年自然年：12640个」，而作为证明的订单统计截图统计区间为2024-01-01至2024-06-30，既非2023自然年也非截至填表日前一年。"),
        P("h49-ts-03", "count_vs_list", ["工业机理模型数量（个）"], [form, E["models"], E["deck"]], "error",
          "工业机理模型数量填300（汇报PPT「300+」），工业机理模型清单共276个。"),
        P("h49-ts-04", "breakdown_sum", ["工业机理模型数量（个）", "按分类统计工业模型数量（个）"], [form], "error",
          "按分类统计工业模型数量之和为276，与工业机理模型数量300不等。"),
    ]
    build_package("h49_tansuo_problems", q, {"evidence": E, "proof": proof, "form": form, "scan": "2 申报表（碳索能源）盖章版.pdf", "proposal": "4 申报书（碳索能源）.docx",
                                              "summary": "5 平台基本情况汇总表.xlsx", "contact": "1 联系人信息反馈表.docx",
                                              "commitment": "6 真实性承诺（盖章扫描）.pdf"},
                  probs, "序号27 碳索能源零碳工厂平台（2023未参评，无第七章）：营收按PPT“3.6亿元”填36000而审计35,812.46；订单截图统计区间为2024上半年；"
                         "机理模型按“300+”填300而清单276个、分类之和276。",
                  out, ["deck:16x9-pdf", "screenshots:png-long", "brochure:a4-3col-rotated", "infographic:ip", "form:docx",
                        "summary:xlsx-vertical", "commitment:scan", "numbered-names"])


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=HERE)
    main(ap.parse_args().out)
