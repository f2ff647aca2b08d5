"""Builds the h20 holdout set: packages/<id>/... and truth/<id>.json.  Run: .venv/bin/python eval_sets/blind/h20/build.py"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository (eval_sets.generator.fonts)
sys.path.insert(0, str(HERE))

import evidence as E  # noqa: E402
import forms  # noqa: E402
import kit  # noqa: E402
import narrative  # noqa: E402
import packages  # noqa: E402


def attach_list(ev_files):
    out, pg = [], 1
    for name, n in ev_files:
        out.append((name, f"第{pg}-{pg + n - 1}页" if n > 1 else f"第{pg}页"))
        pg += n
    return out


def proof_map(P, names):
    a, r, t, ip, aw, cs, asm, dv = names
    return {"平台相关研发投入（万元）": a, "平台相关营业收入（万元）": a, "平台利润率（%）": a, "投资回报率（%）": a,
            "平台团队总人数（人）": t, "运维人数（人）": t, "运营人数（人）": t, "有相关技术职称/从业资格的人数（人）": t,
            "连接的工业设备/产品/产线种类及数量（台/套）": f"{dv}；{r}", "注册企业用户数（个）": r, "实际服务企业数（个）": r,
            "平台核心软硬件技术获得的专利数量（项）": ip, "平台核心软硬件技术获得的软著数量（个）": ip,
            "平台获得省部级及以上奖项/荣誉数量（个）": aw, "平台连接工业设备运维成本平均下降率（%）": cs,
            "平台连接工业设备能耗平均下降率（%）": cs, "平台连接工业设备安全生产持续时间平均提升率（%）": cs,
            "微服务数量（个）": asm, "存储容量（TB）": asm, "平台国产化率（%）": asm}


def build_package(pid, P, cfg, root: Path):
    out = root / "packages" / pid
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    files, facts = {}, []
    seed = cfg["seed"]
    evd = cfg["evdir"]
    N = cfg["names"]

    def ep(key):
        return evd + N[key]

    P["proof_default"] = "见申报书“六、附件及其他说明材料”"
    P["proof_map"] = proof_map(P, [f"附件{N[k].split(' ')[0]}" if False else N[k].rsplit(".", 1)[0]
                                   for k in ("audit", "report", "team", "ip", "awards", "cases0", "assess", "device")])
    P["attach_list"] = attach_list([(N[k].rsplit(".", 1)[0], n) for k, n in
                                    (("audit", 4), ("report", 2), ("team", 1), ("ip", 3), ("awards", 1), ("cases0", 3),
                                     ("assess", 3), ("news", 1), ("dash", 1), ("device", 1))])

    # evidence
    facts += tag(E.audit(P, out / ep("audit"), cfg.get("audit_font", "STSong-Light")), ep("audit"))
    facts += tag(E.ops_report(P, out / ep("report"), cfg.get("report_font", "WQY")), ep("report"))
    facts += tag(E.team_letter(P, out / ep("team"), seed + 1), ep("team"))
    facts += tag(E.ip_statement(P, out / ep("ip")), ep("ip"))
    facts += tag(E.awards(P, out / ep("awards")), ep("awards"))
    if cfg.get("cases_combined"):
        imgs = []
        for i in range(3):
            facts += tag(E.case_letter(P, i, None, seed + 10 + i, imgs), ep("cases0"))
        kit.images_to_pdf(out / ep("cases0"), imgs)
        files[ep("cases0")] = "evidence:other"
    else:
        for i in range(3):
            facts += tag(E.case_letter(P, i, out / ep(f"cases{i}"), seed + 10 + i), ep(f"cases{i}"))
            files[ep(f"cases{i}")] = "evidence:other"
    facts += tag(E.assessment(P, out / ep("assess")), ep("assess"))
    facts += tag(E.news(P, out / ep("news"), seed + 20), ep("news"))
    facts += tag(E.dashboard(P, out / ep("dash")), ep("dash"))
    facts += tag(E.device_note(P, out / ep("device")), ep("device"))
    files.update({ep("audit"): "evidence:audit_report", ep("report"): "evidence:other", ep("team"): "evidence:other",
                  ep("ip"): "evidence:patent_list", ep("awards"): "evidence:award_list", ep("assess"): "evidence:other",
                  ep("news"): "evidence:other", ep("dash"): "evidence:screenshot", ep("device"): "evidence:device_list"})

    # application documents
    forms.contact_docx(P, out / N["contact"])
    files[N["contact"]] = "联系人表"
    if N["form"].endswith(".xlsx"):
        forms.form_xlsx(P, out / N["form"])
    else:
        forms.form_docx(P, out / N["form"], cfg.get("form_style", 0))
    files[N["form"]] = "申报表"
    if N.get("form_scan"):
        forms.form_scan(P, out / N["form_scan"], seed + 30)
        files[N["form_scan"]] = "申报表扫描件"
    narrative.write(P, out / N["book"])
    files[N["book"]] = "申报书"
    if N.get("book_pdf"):
        narrative.write(P, out / N["book_pdf"])
        files[N["book_pdf"]] = "申报书"
    if N["summary"].endswith(".docx"):
        forms.summary_docx(P, out / N["summary"])
    else:
        forms.summary_xlsx(P, out / N["summary"], cfg.get("summary_horizontal", False))
    files[N["summary"]] = "汇总表"
    if N["commit"].endswith(".pdf"):
        forms.commitment_scan(P, out / N["commit"], seed + 40)
    else:
        forms.commitment_docx(P, out / N["commit"])
    files[N["commit"]] = "承诺"

    # resolve pages of text-PDF facts
    for f in facts:
        if f["page"] is None:
            f["page"] = kit.find_page(out / f["file"], f["quote"])
    rows = [{"label": lab, "value": P["V"][lab][0], "normalized": P["V"][lab][1]} for lab in forms.LABELS]
    truth = {
        "schema_version": 1, "package_id": pid, "description": cfg["description"],
        "path": f"packages/{pid}", "delivery": "folder",
        "platform": {"list_no": P["list_no"], "listed_name": P["listed_name"], "company": P["company"],
                     "declared_name": P["declared_name"], "participated_2023": P["participated_2023"]},
        "layout": cfg["layout"], "files": dict(sorted(files.items())), "secrets": [P["password"]],
        "summary_rows": rows, "evidence_facts": facts,
        "problems": [dict(id=f"{pid}-{i + 1:02d}-{pr['family']}", **pr) for i, pr in enumerate(cfg["problems"])],
    }
    (root / "truth").mkdir(exist_ok=True)
    (root / "truth" / f"{pid}.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return truth


def tag(facts, file):
    for f in facts:
        f["file"] = file
    return [{k: f[k] for k in ("label", "value", "unit", "normalized", "file", "page", "quote", "row_label",
                               "column_label", "component", "image_only")} for f in facts]


def configs():
    C = {}
    # ---------------------------------------------------------------- 1 华谊 clean
    ev = "附件3-证明材料/"
    C["h20_huayi_clean"] = dict(
        spec=packages.huayi_clean, seed=100, evdir=ev,
        names=dict(contact="附件1 联系人信息反馈表.docx", form="附件2 申报表.docx", form_scan="附件2 申报表（盖章扫描件）.pdf",
                   book="附件3 申报书.docx", summary="附件4 平台基本情况汇总表.xlsx", commit="附件5 真实性承诺（盖章）.pdf",
                   audit="01 2023年度审计报告（节选）.pdf", report="02 平台2023-2024年度运营报告.pdf",
                   team="03 关于平台团队人员情况的说明.pdf", ip="04 知识产权情况说明.pdf", awards="05 平台荣誉情况.pdf",
                   cases0="06 应用证明-上海氯碱化工.pdf", cases1="07 应用证明-广西华谊能源化工.pdf",
                   cases2="08 应用证明-江苏某精细化工.pdf", assess="09 第三方技术能力评估报告.pdf", news="10 媒体报道打印件.pdf",
                   dash="11 平台运营驾驶舱截图.png", device="12 设备接入情况说明.pdf"),
        layout=["evidence_dir:附件3-证明材料", "form:docx+stamped_scan", "book:docx(中文数字章节,含七)", "summary:xlsx-vertical",
                "commitment:scan", "audit:附注平台段落(万元)", "evidence:prose", "cases:3 separate scans",
                "news:image-pdf", "screenshot:png", "traps:part/target/industry/historical/approx"],
        description="序号1华谊化工行业平台，干净包：证据以文字为主（审计附注段落、运营报告句内数字、情况说明、三份应用证明、第三方评估段落、媒体报道约数），"
                    "含局部数字（上海占比）、2025目标、全国行业数字、2021年及2023年参评时的历史数字、约数（逾2.6万、一千二百余家）。",
        problems=[],
    )
    # ---------------------------------------------------------------- 15 华兴
    ev = "证明材料/"
    fm = "1-申报表（华兴数字）.xlsx"
    C["h20_huaxing_problems"] = dict(
        spec=packages.huaxing, seed=200, evdir=ev,
        names=dict(contact="0-联系人信息反馈表.docx", form=fm, form_scan="1-申报表（盖章版）.pdf",
                   book="2-申报书（易维讯平台）.docx", summary="3-平台基本情况汇总表.docx", commit="4-真实性承诺.pdf",
                   audit="证明1-审计报告.pdf", report="证明2-平台年度运营报告.pdf", team="证明3-团队情况说明（盖章）.pdf",
                   ip="证明4-知识产权说明及清单.pdf", awards="证明5-获奖荣誉.pdf", cases0="证明6-客户应用证明（3份）.pdf",
                   assess="证明7-第三方评估报告.pdf", news="证明8-媒体报道.pdf", dash="证明9-设备运营大屏截图.png",
                   device="证明10-设备接入说明.pdf"),
        cases_combined=True, audit_font="WQY", report_font="STSong-Light",
        layout=["evidence_dir:证明材料", "naming:numbered-dash", "form:xlsx+stamped_scan", "book:docx(1 2 3章节,无七)",
                "summary:docx", "commitment:scan", "cases:3 letters in one scan PDF", "evidence:prose"],
        description="序号15华兴数字易维讯工程机械平台，5个问题：团队人数不等式、研发投入强度公式错、申报书设备数8.6万与申报表68420矛盾、"
                    "案例2客户证明运维成本下降11.3%与申报的18.6%不符、荣誉清单共5项而申报7项。",
        problems=[
            dict(family="identity", fields=["平台团队总人数（人）", "运维人数（人）", "运营人数（人）"], files=[fm], severity="error",
                 description="运维人数58 + 运营人数42 = 100，不等于平台团队总人数96（填报指引：运维人数与运营人数求和应与平台总人数相等）"),
            dict(family="formula", fields=["平台相关研发投入强度（%）", "平台相关研发投入（万元）", "平台相关营业收入（万元）"], files=[fm],
                 severity="error", description="研发投入强度填报24.86%，按846.30÷3862.47×100%应为21.91%"),
            dict(family="narrative_vs_form", fields=["连接的工业设备/产品/产线种类及数量（台/套）"],
                 files=["2-申报书（易维讯平台）.docx", fm], severity="warning",
                 description="申报书“2.4 平台运营情况”称“平台已接入工程机械设备8.6万台”，申报表填报68420台（套）（其余证据均为68,420或“近7万台”）"),
            dict(family="declared_vs_evidence", fields=["平台连接工业设备运维成本平均下降率（%）", "解决方案累计对企业/用户降低成本"],
                 files=[fm, ev + "证明6-客户应用证明（3份）.pdf"], severity="warning",
                 description="案例2（江苏某港务机械）客户应用证明写明运维成本下降11.3%，申报表“降低成本”及申报书案例2写18.60%；"
                             "按三份证明计算平均下降率为(15.4+11.3+13.1)/3=13.27%，申报15.70%"),
            dict(family="count_vs_list", fields=["平台获得省部级及以上奖项/荣誉数量（个）"], files=[fm, ev + "证明5-获奖荣誉.pdf"],
                 severity="error", description="申报表填报省部级及以上奖项/荣誉7个，荣誉清单仅列5项（“共计5项”）"),
        ],
    )
    # ---------------------------------------------------------------- 20 河姆渡
    fm = "河姆渡-附件2-申报表.docx"
    C["h20_hemudu_problems"] = dict(
        spec=packages.hemudu, seed=300, evdir="",
        names=dict(contact="河姆渡-附件1-联系人表.docx", form=fm, form_scan="河姆渡-附件2-申报表-盖章.pdf",
                   book="河姆渡-附件3-申报书.docx", summary="河姆渡-附件4-汇总表.xlsx", commit="河姆渡-附件5-真实性承诺（盖章）.pdf",
                   audit="河姆渡-佐证01-审计报告.pdf", report="河姆渡-佐证02-年度运营报告.pdf", team="河姆渡-佐证03-团队说明.pdf",
                   ip="河姆渡-佐证04-知识产权.pdf", awards="河姆渡-佐证05-荣誉.pdf", cases0="河姆渡-佐证06-应用证明1.pdf",
                   cases1="河姆渡-佐证07-应用证明2.pdf", cases2="河姆渡-佐证08-应用证明3.pdf", assess="河姆渡-佐证09-评测报告.pdf",
                   news="河姆渡-佐证10-媒体报道.pdf", dash="河姆渡-佐证11-数据中心截图.png", device="河姆渡-佐证12-设备联网说明.pdf"),
        form_style=1, summary_horizontal=True,
        layout=["evidence_dir:flat", "naming:prefix", "form:docx+stamped_scan", "book:docx(第X部分,缺七)", "summary:xlsx-horizontal",
                "commitment:scan", "evidence:prose"],
        description="序号20河姆渡电商平台（2023年参评），5个问题：2023年营收增长率算错、按省市区域统计服务企业数之和不等于实际服务企业数、"
                    "汇总表营收与申报表不符、申报书缺第七部分、运营报告中实际服务企业3,120家低于申报3,860家。",
        problems=[
            dict(family="growth_rate", fields=["平台近三年经营指标情况"], files=[fm], severity="error",
                 description="2023年增长率填报24.17%，按(4718.25-3926.40)÷3926.40应为20.17%"),
            dict(family="breakdown_sum", fields=["按省市区域统计服务企业数（个）", "实际服务企业数（个）"], files=[fm], severity="error",
                 description="按省市区域统计服务企业数各项之和为3760，与实际服务企业数3860不一致（浙江一项少100）"),
            dict(family="summary_vs_form", fields=["平台相关营业收入（万元）"], files=["河姆渡-附件4-汇总表.xlsx", fm], severity="error",
                 description="汇总表（横向）平台相关营业收入填4781.25，申报表为4718.25"),
            dict(family="section7", fields=["七、平台相较上年度对比情况"], files=["河姆渡-附件3-申报书.docx"], severity="error",
                 description="序号20为2023年度参评平台，申报书缺少“平台相较上年度对比情况”章节（第七部分）"),
            dict(family="declared_vs_evidence", fields=["实际服务企业数（个）"], files=[fm, "河姆渡-佐证02-年度运营报告.pdf"],
                 severity="warning", description="年度运营报告称截至2024年6月30日“实际服务企业3,120家”（累计到达值），低于申报的3860家"),
        ],
    )
    # ---------------------------------------------------------------- 28 船视宝
    ev = "佐证材料/"
    fm = "02 申报表_船视宝.docx"
    C["h20_chuanshibao_problems"] = dict(
        spec=packages.chuanshibao, seed=400, evdir=ev,
        names=dict(contact="01 联系人信息反馈表.docx", form=fm, form_scan="02 申报表_船视宝（盖章）.pdf",
                   book="03 申报书_船视宝.docx", book_pdf="03 申报书_船视宝（PDF版）.pdf", summary="04 平台基本情况汇总表.xlsx", commit="05 真实性承诺书（签章）.pdf",
                   audit="A1 审计报告.pdf", report="A2 船视宝年度运营报告.pdf", team="A3 团队人员说明.pdf",
                   ip="A4 知识产权情况.pdf", awards="A5 荣誉清单.pdf", cases0="A6 客户证明-集装箱运输.pdf",
                   cases1="A7 客户证明-港口集团.pdf", cases2="A8 客户证明-船舶管理.pdf", assess="A9 第三方测评报告.pdf",
                   news="A10 媒体报道.pdf", dash="A11 平台截图.png", device="A12 船载终端接入说明.pdf"),
        audit_font="WQY",
        layout=["evidence_dir:佐证材料", "form:docx+stamped_scan", "book:docx+text-pdf(中文数字章节)", "summary:xlsx-vertical",
                "commitment:scan", "overseas:新加坡/希腊/日本/香港", "evidence:prose"],
        description="序号28中远海运科技船视宝，5个问题：申报书研发投入“4,200余万元”与申报表3186.50矛盾、第三方测评报告微服务612个与申报860个不符、"
                    "平台基本情况介绍超500字、第三方安全测试只答“是”、平台服务园区总数空白。",
        problems=[
            dict(family="narrative_vs_form", fields=["平台相关研发投入（万元）"], files=["03 申报书_船视宝.docx", "03 申报书_船视宝（PDF版）.pdf", fm], severity="warning",
                 description="申报书“平台运营情况”称“2023年平台研发投入4,200余万元”，申报表与审计报告均为3186.50万元"),
            dict(family="declared_vs_evidence", fields=["微服务数量（个）"], files=[fm, ev + "A9 第三方测评报告.pdf"], severity="warning",
                 description="第三方测评报告称“平台共部署微服务612个”，申报表填报860个"),
            dict(family="char_limit", fields=["平台基本情况介绍"], files=[fm], severity="warning",
                 description="平台基本情况介绍超过500字"),
            dict(family="answer_format", fields=["有否定期开展第三方安全测试/测评"], files=[fm], severity="warning",
                 description="只填“是”，填报指引要求“是，定期的时间”"),
            dict(family="blank", fields=["平台服务园区总数（个）"], files=[fm], severity="error",
                 description="平台服务园区总数未填写（汇总表同样空白）"),
        ],
    )
    return C


def main():
    root = HERE
    for pid, cfg in configs().items():
        P = cfg["spec"]()
        t = build_package(pid, P, cfg, root)
        print(pid, len(t["files"]), "files", len(t["evidence_facts"]), "facts", len(t["problems"]), "problems")


if __name__ == "__main__":
    main()
