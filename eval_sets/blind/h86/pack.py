"""Assemble one package from its spec and plan: evidence bound into a long PDF (申报书 with 附件, or a 佐证材料汇编),
the forms rendered from the declared values, the truth from the real ones."""

from __future__ import annotations

import copy
import json
from pathlib import Path

from eval_sets.blind.h86 import bound as B
from eval_sets.blind.h86 import office as O
from eval_sets.blind.h86.labels import SUMMARY_LABELS
from eval_sets.blind.h86.model import Facts, cell, derive, recompute, summary_norm, th, f2
from eval_sets.blind.h86.render import DRAWN, Doc
from eval_sets.blind.h86.texts import form_texts, narrative
from eval_sets.truth import PackageTruth, dump_truth

REPO_REL = "eval_sets/blind/h86/packages"


class Later:
    """A string resolved at render time (page numbers of sections laid out further on)."""

    def __init__(self, fn, placeholder="第00-00页"):
        self.fn, self.placeholder, self.ready = fn, placeholder, False

    def __str__(self):
        return self.fn() if self.ready else self.placeholder


def platform_fin(s: dict) -> dict:
    out = {}
    for y in (2023, 2022, 2021):
        rev = s["rev"][y]
        rd = s["rd_hist"][y]
        profit = s["profit_hist"][y]
        opex = round(rev * s["opex_ratio"], 2)
        cost = round(rev - rd - profit - opex, 2)
        out[y] = {"rev": rev, "rd": rd, "profit": profit, "opex": opex, "cost": cost}
    return out


def build_package(packages: Path, pid: str, s: dict, plan: dict, seed: int) -> tuple[dict, int]:
    root = packages / pid
    F = plan["files"]
    s = dict(s)
    s["platform_fin"] = platform_fin(s)
    real = derive(s)
    decl = derive({**s, **plan.get("declare_spec", {})}) if plan.get("declare_spec") else copy.deepcopy(real)
    for k, x in plan.get("declare", {}).items():
        decl[k] = x
    for k in plan.get("blank", []):
        decl[k] = None
    recompute(decl, s)
    for k, x in plan.get("declare_after", {}).items():
        decl[k] = x
    texts = form_texts(s, decl)

    evid = F["bound"]
    facts = Facts(evid)
    key = f"{pid}/{evid}"
    is_pdf_narr = plan["mode"] == "pdf"
    doc = Doc(header=f"{s['platform']}　" + ("申报书" if is_pdf_narr else "佐证材料汇编"),
              footer="— {n} —" if is_pdf_narr else "第 {n} 页 共 {total} 页", seed=seed)
    O.cover_page(doc, s, "申 报 书" if is_pdf_narr else "佐证材料汇编",
                 "（含附件）" if is_pdf_narr else f"（{s['company']}）")
    toc: list = []
    O.toc_pages(doc, toc, plan.get("toc_pages", 1))
    fl = B.Flow(doc)
    sections: dict[str, tuple[str, int, int]] = {}  # key -> (附件N title, first, last)
    attach_lines = []
    if is_pdf_narr:
        for n, (k, title) in enumerate(plan["attach"], 1):
            attach_lines.append((f"附件{n}", title, Later(lambda k=k: _where(doc, sections, k))))
        blocks = narrative(s, decl, attach_lines, real["序号"] in plan.get("s7", ()) or plan.get("section7", False))
        where = O.narrative_flow(fl, blocks)
        for title, ph in where.items():
            if title[:2] in ("一、", "二、", "三、", "四、", "五、", "六、", "七、"):
                toc.append((0, title, ph, None))
    # evidence sections
    for n, (k, title) in enumerate(plan["attach"], 1):
        full = f"附件{n}　{title}"
        if k == plan.get("missing"):
            sections[k] = (full, None, None)
            continue
        first = _section(k, full, fl, s, real, facts, plan, seed + n)
        sections[k] = (full, first, len(doc.pages))
    for n, (k, title) in enumerate(plan["attach"], 1):
        full, first, last = sections[k]
        if first is None:
            nxt = doc.n_printed + 1
            toc.append((0, full, None, f"{nxt}-{nxt + plan.get('missing_pages', 3) - 1}"))
        else:
            toc.append((0 if not is_pdf_narr else 1, full, first, None))
    for a in attach_lines:
        a[2].ready = True
    root.mkdir(parents=True, exist_ok=True)
    DRAWN.pop(key, None)
    doc.render(root / evid, key)

    # proof references for the 申报表's 证明资料 column and the index
    proof, index_rows = {}, []
    for f in facts.items:
        if f["label"] in proof:
            continue
        sec = next((sections[k][0] for k in sections if sections[k][1] and sections[k][1] <= f["page"] <= sections[k][2]), "")
        num, _, name = sec.partition("　")
        pg = doc.printed(f["page"])
        where_txt = f"《{Path(evid).stem}》{num}《{name}》第{pg}页"
        proof[f["label"]] = where_txt
        shown = decl.get(f["label"])
        index_rows.append((f["label"], "" if shown is None else cell(f["label"], shown, s), num, name, evid, pg))
    for k, lbl in plan.get("missing_for", {}).items():
        full = sections[k][0]
        num, _, name = full.partition("　")
        nxt = doc.n_printed + 1
        proof[lbl] = f"《{Path(evid).stem}》{num}《{name}》第{nxt}-{nxt + plan.get('missing_pages', 3) - 1}页"
        index_rows.append((lbl, cell(lbl, decl[lbl], s), num, name, evid, f"{nxt}-{nxt + plan.get('missing_pages', 3) - 1}"))
    for lbl in plan.get("index_offset", []):  # rows where the applicant typed the PDF reader's page
        for i, r in enumerate(index_rows):
            if r[0] == lbl:
                phys = next(f["page"] for f in facts.items if f["label"] == lbl)
                index_rows[i] = (*r[:5], f"{phys}（PDF页）")

    O.contact_docx(root / F["contact"], s)
    O.form_docx(root / F["form"], s, decl, texts, proof)
    O.form_scan(root / F["form_scan"], s, decl, texts, proof, seed + 500)
    O.summary_xlsx(root / F["summary"], s, decl)
    O.commitment_scan(root / F["commit"], s, seed + 600)
    O.index_xlsx(root / F["index"], index_rows, plan["index_note"])
    if not is_pdf_narr:
        lines = [(sections[k][0].partition("　")[0], sections[k][0].partition("　")[2],
                  f"《{Path(evid).stem}》第{doc.printed(sections[k][1])}页" if sections[k][1] else
                  f"《{Path(evid).stem}》第{doc.n_printed + 1}页") for k, _ in plan["attach"]]
        O.narrative_docx(root / F["narrative"], s, narrative(s, decl, lines, plan.get("section7", False)))
    extra_facts = []
    for fn in plan.get("extras", []):
        extra_facts += fn(root, s, real, decl, seed)

    files = {F["contact"]: "联系人表", F["form"]: "申报表", F["form_scan"]: "申报表扫描件", F["summary"]: "汇总表",
             F["commit"]: "承诺", F["index"]: "evidence:other", evid: "evidence:other" if not is_pdf_narr else "申报书"}
    if not is_pdf_narr:
        files[F["narrative"]] = "申报书"
    files.update(plan.get("extra_files", {}))
    rows = [{"label": lbl, "value": cell(lbl, decl[lbl], s) if lbl != "序号" else str(decl["序号"]),
             "normalized": summary_norm(lbl, decl[lbl])} for lbl in SUMMARY_LABELS]
    truth = PackageTruth.model_validate({
        "schema_version": 1, "package_id": pid, "description": plan["description"], "path": f"{REPO_REL}/{pid}",
        "delivery": "folder",
        "platform": {"list_no": s["list_no"], "listed_name": s["platform"], "company": s["company"],
                     "declared_name": s["platform"], "participated_2023": s["participated"]},
        "layout": plan["layout"], "files": dict(sorted(files.items())), "secrets": [s["demo_pw"]],
        "summary_rows": rows, "evidence_facts": facts.items + extra_facts,
        "problems": [_problem(pid, i, p, facts, doc, evid) for i, p in enumerate(plan.get("problems", []), 1)],
    })
    return truth, len(doc.pages)


def _problem(pid, i, p, facts: Facts, doc: Doc, evid: str) -> dict:
    p = dict(p)
    lbl = p.pop("proof", None)
    toc = p.pop("proof_toc", False)
    if lbl:
        f = next(f for f in facts.items if f["label"] == lbl and not f["component"])
        p["description"] += f"（证据页：《{f['file']}》物理第{f['page']}页，页脚页码{doc.printed(f['page'])}）"
    if toc:
        n = doc.n_printed + 1
        p["description"] = p["description"].replace("{missing}", f"{n}-{n + toc - 1}")
        k = sum(1 for pg in doc.pages if not pg.numbered) - 1  # 目录 pages after the cover
        toc_where = "第2页" if k == 1 else f"第2-{1 + k}页"
        p["description"] += f"（证据页：《{evid}》物理{toc_where}目录）"
    return {"id": f"{pid}-{i:02d}-{p['family']}", **p}


def _where(doc, sections, k):
    full, first, last = sections[k]
    if first is None:
        n = doc.n_printed + 1
        return f"第{n}-{n + 2}页"
    return f"第{doc.printed(first)}-{doc.printed(last)}页"


def _section(k, full, fl: B.Flow, s, real, facts: Facts, plan, seed) -> int:
    doc = fl.doc
    if k == "license":
        B.section_title(fl, full)
        first = fl.page
        fl.p("（营业执照副本复印件，加盖公章）", indent=False)
        B.license_scan(fl, s)
        return first
    if k == "audit":
        first = B.section_title(fl, full, f"{s['audit']['firm']}　{s['audit']['no']}")
        fl.p("本附件摘录2023年度审计报告的审计意见、合并利润表，以及会计师事务所出具的平台相关财务数据专项说明。", indent=False)
        B.audit_section(fl, s, facts, scanned_statement=plan.get("audit_scanned", False))
        return first
    if k == "note":
        first = B.section_title(fl, full)
        B.platform_note(fl, s, real, facts)
        return first
    if k == "devices":
        first = B.section_title(fl, full, "数据来源：平台设备管理中心导出，截至2024年6月30日")
        B.device_list(fl, s, real, facts, seed, s["sites"])
        return first
    if k == "customers":
        first = B.section_title(fl, full, "数据来源：平台客户管理系统，截至2024年6月30日")
        B.customer_list(fl, s, real, facts, seed)
        return first
    if k == "screens":
        first = B.section_title(fl, full, "以下截图取自平台生产环境，截图时间2024年7月")
        B.screenshots(fl, s, plan["shots"], facts, seed)
        return first
    if k == "patents":
        first = B.section_title(fl, full)
        B.ip_list(fl, "patent", s["patent_items"], facts, "平台核心软硬件技术获得的专利数量（项）", "项", "授权专利清单")
        B.cert_scans(fl, s["patent_certs"], seed)
        return first
    if k == "softc":
        first = B.section_title(fl, full)
        B.ip_list(fl, "softc", s["softc_items"], facts, "平台核心软硬件技术获得的软著数量（个）", "项", "计算机软件著作权登记清单")
        B.cert_scans(fl, s["softc_certs"], seed)
        return first
    if k == "awards":
        first = B.section_title(fl, full)
        rows = [[i + 1, *a] for i, a in enumerate(s["award_items"])]
        B.simple_table_section(fl, "省部级及以上奖项/荣誉清单", ["序号", "奖项/荣誉名称", "获奖时间", "颁发单位"], rows, [0.6, 4.5, 1.2, 2.8],
                               ["合计", f"共{len(rows)}项", "", ""], facts,
                               [dict(label="平台获得省部级及以上奖项/荣誉数量（个）", value=f"共{len(rows)}项", unit="项",
                                     normalized=len(rows), row_label="合计", column_label="奖项/荣誉名称")])
        B.cert_scans(fl, s["award_certs"], seed)
        return first
    if k == "subs":
        first = B.section_title(fl, full, "数据来源：平台应用市场订阅台账（自运营以来累计）")
        apps = s["sub_items"]
        rows = [[i + 1, a, c, f"{m:,.2f}", "是" if i < 5 else ""] for i, (a, c, m) in enumerate(apps)]
        tot_c = sum(c for _, c, _ in apps)
        tot_m = round(sum(m for _, _, m in apps), 2)
        kill = sum(c for _, c, _ in apps[:5])
        assert tot_c == real["工业APP订阅总数量（个）"] and abs(tot_m - real["工业APP订阅总金额（万元）"]) < 0.005, (tot_c, tot_m)
        assert kill == real["杀手锏工业APP订阅数量（个）"]
        pg = fl.table(["序号", "工业APP名称", "累计订阅数量（个）", "累计订阅金额（万元）", "杀手锏APP"],
                      rows + [["合计", "", th(tot_c), f"{tot_m:,.2f}", ""]], [0.6, 3.6, 1.5, 1.7, 1], 8.5, title="工业APP订阅台账汇总",
                      aligns=["c", "l", "r", "r", "c"])
        facts.add("工业APP订阅总数量（个）", th(tot_c), "个", tot_c, pg[-1], row_label="合计", column_label="累计订阅数量（个）")
        facts.add("工业APP订阅总金额（万元）", f"{tot_m:,.2f}", "万元", tot_m, pg[-1], row_label="合计", column_label="累计订阅金额（万元）")
        fl.p(f"其中：杀手锏工业APP（订阅用户数前5名）累计订阅 {th(kill)} 个。", 9.5, indent=False)
        facts.add("杀手锏工业APP订阅数量（个）", th(kill), "个", kill, fl.page, row_label="其中：杀手锏工业APP")
        return first
    if k == "smart":
        first = B.section_title(fl, full)
        rows = [[i + 1, *x] for i, x in enumerate(s["smart_items"])]
        B.simple_table_section(fl, "平台服务上海市级智能工厂情况", ["序号", "智能工厂名称", "所在区", "服务内容"], rows, [0.6, 3.5, 1, 4],
                               ["合计", f"共{len(rows)}家", "", ""], facts,
                               [dict(label="平台是否服务上海智能工厂，数量", value=f"共{len(rows)}家", unit="家", normalized=len(rows),
                                     row_label="合计", column_label="智能工厂名称")])
        return first
    if k == "solutions":
        first = B.section_title(fl, full)
        rows = [[i + 1, *x] for i, x in enumerate(s["solution_items"])]
        B.simple_table_section(fl, "平台解决方案清单", ["序号", "解决方案名称", "新模式分类"], rows, [0.6, 4.5, 1.6],
                               ["合计", f"共{len(rows)}个", ""], facts,
                               [dict(label="平台提供的解决方案总数（个）", value=f"共{len(rows)}个", unit="个", normalized=len(rows),
                                     row_label="合计", column_label="解决方案名称")], size=8.5)
        return first
    if k == "security":
        first = B.section_title(fl, full)
        fl.p("（第三方测评机构出具的测评报告结论页扫描件，完整报告备查。）", indent=False)
        sec = s["security_report"]

        def draw(p, sec=sec):
            from eval_sets.blind.h86.render import W
            p.text(W / 2, 110, "网络安全等级保护测评报告", 18, "c")
            p.text(W / 2, 140, f"报告编号：{sec['no']}", 11, "c")
            y = 200
            for k2, x in [("被测对象", s["platform"]), ("被测单位", s["company"]), ("安全保护等级", "第三级（S3A3G3）"),
                          ("测评结论", "基本符合"), ("综合得分", sec["score"]), ("测评机构", sec["org"]), ("报告时间", sec["date"])]:
                p.text(110, y, f"{k2}：{x}", 12)
                y += 30
        B.scan_page(fl, draw, sec["org"], (0.70, 0.62))
        return first
    raise KeyError(k)


def write_truth(truth: PackageTruth, truth_dir: Path):
    (truth_dir / f"{truth.package_id}.json").write_text(dump_truth(truth), encoding="utf-8")
