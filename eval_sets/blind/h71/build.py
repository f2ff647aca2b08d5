"""Blind set h71 — printed page numbers that are not the physical pages.

Usage (from /work/main):
    .venv/bin/python eval_sets/blind/h71/build.py            # writes packages/ and truth/ here
    .venv/bin/python eval_sets/blind/h71/build.py --out DIR  # writes DIR/packages, DIR/truth (determinism check)
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Font  # noqa: E402
from reportlab.platypus import Spacer  # noqa: E402

import common  # noqa: E402,F401  (registers the font, sets reportlab invariant)
from common import BODY, H2, H3, SMALL, P, f2, images_to_pdf, rasterize, render_pdf, save_xlsx, scanify, screenshot, seal, table, th  # noqa: E402
import docs  # noqa: E402
from model import summary_rows, synth  # noqa: E402
from specs import P1, P2, P3, P4  # noqa: E402
from texts import chapters, texts  # noqa: E402

REL = "eval_sets/blind/h71"

SCREEN_KEYS = {
    "dev_total": ("连接的工业设备/产品/产线种类及数量（台/套）", "台/套"),
    "pub": ("公有云工业设备连接数量（台/套）", "台/套"),
    "runday": ("公有云工业设备平均日运行数量（台/套）", "台/套"),
    "registered": ("注册企业用户数（个）", "家"),
    "served": ("实际服务企业数（个）", "家"),
    "apps": ("工业APP数量（个）", "个"),
    "pub_apps": ("公有云工业APP数量（个）", "个"),
    "models": ("工业机理模型数量（个）", "个"),
    "micro": ("微服务数量（个）", "个"),
    "devs": ("开发者注册总数（个）", "个"),
    "app_sub": ("工业APP订阅总数量（个）", "个"),
}


class Facts(list):
    def add(self, label, value, unit, normalized, file, page, quote, row_label="", column_label="", component="",
            image_only=False):
        self.append(dict(label=label, value=value, unit=unit, normalized=normalized, file=file, page=page, quote=quote,
                         row_label=row_label, column_label=column_label, component=component, image_only=image_only))


def audit_facts(facts: Facts, q: dict, ev: dict, unit: str, file: str, page: int, image_only: bool) -> None:
    kw = dict(unit=unit, file=file, page=page, image_only=image_only)
    facts.add("平台相关营业收入（万元）", q["rev2023"], normalized=ev["rev"][2023], quote=q["rev2023"],
              row_label="平台相关营业收入", column_label="2023年度", **kw)
    for y in (2021, 2022, 2023):
        facts.add("平台近三年经营指标情况", q[f"rev{y}"], normalized=ev["rev"][y], quote=q[f"rev{y}"],
                  row_label="平台相关营业收入", column_label=f"{y}年度", component=f"{y}年平台营收（万元）", **kw)
    facts.add("平台相关研发投入（万元）", q["rd"], normalized=ev["rd"], quote=q["rd"], row_label="平台相关研发投入",
              column_label="2023年度", **kw)
    facts.add("平台利润率（%）", q["profit"], normalized=ev["profit"], quote=q["profit"], row_label="平台利润总额",
              column_label="2023年度", component="平台利润总额（万元）", **kw)
    facts.add("投资回报率（%）", q["profit"], normalized=ev["profit"], quote=q["profit"], row_label="平台利润总额",
              column_label="2023年度", component="平台年利润（万元）", **kw)


def screen_page(v, ev, title, keys, stamp, subtitle="数据截至2024-06-30 24:00"):
    tiles = []
    vals = {}
    for cap, key in keys:
        n = ev["screens"].get(key, v.d[key])
        vals[key] = (cap, th(n), n)
        tiles.append((cap, th(n)))
    return screenshot(title, tiles, subtitle, stamp=stamp), vals


def text_scan_page(flow, stamp_footer: str) -> "Image":
    from common import Page
    pdf = render_pdf([Page(flow, footer=stamp_footer)], "scan-src", "scan")
    return rasterize(pdf, 2.0)[0]


def build_package(spec: dict, plant, root: Path) -> dict:
    spec = copy.deepcopy(spec)
    v = synth(spec)
    v.ev["screens"] = {}
    plan = plant(v)  # mutates declared (v.d) / evidence (v.ev) for planted problems; returns file plan + problems
    files: dict[str, str] = {}
    pkg = root / "packages" / spec["package_id"]
    rng = random.Random(spec["seed"])
    t = texts(v)
    facts = Facts()
    fn = plan["files"]

    # ---- proofs printed inside the 申报书 (附件材料)
    attachments = []
    ip = docs.ip_pages(v, "附件3-2", plan.get("list_patents", v.d["patents"]), plan.get("list_soft", v.d["softcopy"]), rng)
    attachments.append(("附件3-2", "平台核心软硬件技术知识产权清单", ip))
    attachments.append(("附件3-3", "平台接入工业设备统计表", docs.device_pages(v, "附件3-3", v.ev)))
    award_items = spec["award_list"][:plan.get("list_awards", len(spec["award_list"]))]
    if plan["awards_in"] == "shenbaoshu":
        attachments.append(("附件3-5", "省部级及以上奖项/荣誉清单", docs.award_pages(v, "附件3-5", award_items)))
    separate = [("附件3-1", "2023年度审计报告", fn["audit"]), ("附件3-4", plan["screens_title"], fn["screens"])]
    if plan["awards_in"] != "shenbaoshu":
        separate.append(("附件3-5", plan["awards_title"], fn.get("awards", "")))

    def six(att_start, sep_page):
        rows = [["附件", "名称", "页码"]]
        for code, title, _ in attachments:
            a, b = att_start[code]
            rows.append([code, title, f"申报书第{a}页" if a == b else f"申报书第{a}-{b}页"])
        for code, title, _ in separate:
            rows.append([code, title, "单独成册"])
        return [P("六、附件及其他说明材料", H2), P("本申报书附件清单如下（页码为印刷页码）：", BODY),
                table(rows, [60, 280, 140], 9.5), Spacer(1, 8),
                P("其他说明：平台参与制定的标准清单——国家标准1项（工业互联网平台 设备接入通用要求，参与），行业标准2项"
                  "（工业设备数据字典规范，参与；工业APP测评规范，参与）。", BODY)]

    chaps = chapters(v, t, six)
    cfg = dict(front=spec["front"], upper=spec["upper"], body_fmt=spec["body_fmt"], chapters=chaps,
               attachments=attachments, separate=separate)
    sbs_pdf, anchors, printed = docs.shenbaoshu(v, t, cfg)
    sbs = fn["shenbaoshu"]
    (pkg / sbs).parent.mkdir(parents=True, exist_ok=True)
    (pkg / sbs).write_bytes(sbs_pdf)
    files[sbs] = "申报书"

    # facts on the 申报书's 附件材料 pages
    n_pat, n_soft = plan.get("list_patents", v.d["patents"]), plan.get("list_soft", v.d["softcopy"])
    facts.add("平台核心软硬件技术获得的专利数量（项）", str(n_pat), "项", n_pat, sbs, anchors["ip_pat"],
              f"专利清单（共{n_pat}项）", row_label="专利清单")
    facts.add("平台核心软硬件技术获得的软著数量（个）", str(n_soft), "项", n_soft, sbs, anchors["ip_soft"],
              f"软件著作权清单（共{n_soft}项）", row_label="软件著作权清单")
    ev = v.ev
    for key, cat, col in (("dev_total", "dev_cat", "接入数量（台/套）"), ("pub", "pub_cat", "其中：公有云接入（台/套）"),
                          ("runday", "run_cat", "公有云日均运行（台/套）")):
        n = sum(ev[cat].values())
        facts.add(SCREEN_KEYS[key][0], th(n), "台/套", n, sbs, anchors["dev_p1"], th(n), row_label="合计",
                  column_label=col)
    ov = sum(v.d["overseas_bd"].values())
    facts.add("海外设备连接数量（台/套）", th(ov), "台/套", ov, sbs, anchors["dev_p2"], f"海外合计 {th(ov)}", row_label="海外合计",
              column_label="接入数量（台/套）")
    if plan["awards_in"] == "shenbaoshu":
        na = len(award_items)
        facts.add("平台获得省部级及以上奖项/荣誉数量（个）", str(na), "项", na, sbs, anchors["awards"],
                  f"荣誉清单（共{na}项）", row_label="省部级及以上奖项/荣誉清单")

    # ---- audit report (own file) or inside a merged scan
    unit = spec["audit_unit"]
    variant = spec["audit_variant"]
    apages, aanchors, q = docs.audit_pages(v, ev, variant, unit)
    audit_file = fn["audit"]
    screens_file = fn["screens"]
    firm_seal = seal(spec["auditor"]["firm"][:14])
    shots = []  # (image, facts to add: [(key, cap, text, n)])
    for page in plan["screens"]:
        if page[0] == "dash":
            img, vals = screen_page(v, ev, page[1], page[2], page[3])
            shots.append((img, vals))
        else:
            shots.append((text_scan_page(page[1], page[2]), {}))
    if variant == "S":  # audit excerpt and screenshots in one merged scan
        cover_flow = [Spacer(1, 200), P("证明材料合订本（扫描件）", common.style(22, 36, 1)), Spacer(1, 20),
                      P("附件3-1 2023年度审计报告（节选）", common.style(13, 26, 1)),
                      P(f"附件3-4 {plan['screens_title']}", common.style(13, 26, 1))]
        imgs = [scanify(text_scan_page(cover_flow, ""), rng)]
        a_imgs = rasterize(render_pdf(apages, "审计报告", spec["auditor"]["firm"]), 2.0)
        for i, im in enumerate(a_imgs):
            imgs.append(scanify(im, rng, firm_seal if i in (1, 3) else None, (0.6, 0.62)))
        plat_phys = 1 + aanchors["plat"]
        for im, _ in shots:
            imgs.append(scanify(im, rng, colour=True))
        (pkg / audit_file).parent.mkdir(parents=True, exist_ok=True)
        (pkg / audit_file).write_bytes(images_to_pdf(imgs, "merged scan"))
        files[audit_file] = "evidence:audit_report"
        audit_facts(facts, q, ev, unit, audit_file, plat_phys, True)
        first_shot = 1 + len(a_imgs) + 1
        screens_file = audit_file
    else:
        (pkg / audit_file).parent.mkdir(parents=True, exist_ok=True)
        (pkg / audit_file).write_bytes(render_pdf(apages, "2023年度审计报告", spec["auditor"]["firm"]))
        files[audit_file] = "evidence:audit_report"
        audit_facts(facts, q, ev, unit, audit_file, aanchors["plat"], False)
        imgs = [scanify(im, rng, colour=True) for im, _ in shots]
        (pkg / screens_file).parent.mkdir(parents=True, exist_ok=True)
        (pkg / screens_file).write_bytes(images_to_pdf(imgs, "merged scan"))
        files[screens_file] = "evidence:screenshot"
        first_shot = 1
    for i, (_, vals) in enumerate(shots):
        for key, (cap, text, n) in vals.items():
            label, u = SCREEN_KEYS[key]
            facts.add(label, text, u, n, screens_file, first_shot + i, text, row_label=cap, image_only=True)

    # ---- awards as a workbook
    if plan["awards_in"] == "xlsx":
        wb = Workbook()
        ws = wb.active
        ws.title = "荣誉清单"
        ws.append(["序号", "奖项/荣誉名称", "颁发单位", "获得时间"])
        for c in ws[1]:
            c.font = Font(bold=True)
        for i, (name, org, when) in enumerate(award_items, 1):
            ws.append([i, name, org, when])
        ws.append([f"合计：{len(award_items)}项"])
        save_xlsx(wb, pkg / fn["awards"], "荣誉清单", spec["company"])
        files[fn["awards"]] = "evidence:award_list"
        facts.add("平台获得省部级及以上奖项/荣誉数量（个）", str(len(award_items)), "项", len(award_items), fn["awards"], 1,
                  f"合计：{len(award_items)}项", row_label="合计")

    # ---- the 申报表's 证明资料 column (printed page numbers throughout)
    refs = plan["refs"](printed, aanchors)
    docs.write_form_docx(v, t, refs, pkg / fn["form"])
    files[fn["form"]] = "申报表"
    if fn.get("form_scan"):
        docs.form_scan(v, t, refs, pkg / fn["form_scan"], spec["seed"] + 1)
        files[fn["form_scan"]] = "申报表扫描件"
    rows = summary_rows(v, t)
    if fn["summary"].endswith(".docx"):
        docs.write_summary_docx(v, rows, pkg / fn["summary"])
    else:
        docs.write_summary_xlsx(v, rows, pkg / fn["summary"], horizontal=plan.get("summary_horizontal", False))
    files[fn["summary"]] = "汇总表"
    if fn["commitment"].endswith(".pdf"):
        docs.write_commitment_scan(v, pkg / fn["commitment"], spec["seed"] + 2)
    else:
        docs.write_commitment_docx(v, pkg / fn["commitment"])
    files[fn["commitment"]] = "承诺"
    docs.write_contacts_docx(v, pkg / fn["contacts"])
    files[fn["contacts"]] = "联系人表"

    ctx = dict(v=v, anchors=anchors, printed=printed, aanchors=aanchors, facts=facts, files=files, q=q)
    problems = plan["problems"](ctx) if plan.get("problems") else []
    truth = {
        "schema_version": 1,
        "package_id": spec["package_id"],
        "description": plan["description"],
        "path": f"{REL}/packages/{spec['package_id']}",
        "delivery": "folder",
        "platform": {"list_no": spec["no"], "listed_name": spec["listed_name"], "company": spec["company"],
                     "declared_name": spec["name"], "participated_2023": spec["p2023"]},
        "layout": plan["layout"],
        "files": dict(sorted(files.items())),
        "secrets": [spec["account"][1]],
        "summary_rows": [{"label": a, "value": b, "normalized": c} for a, b, c in rows],
        "evidence_facts": list(facts),
        "problems": problems,
    }
    # sanity: facts of the clean package all agree with the declared value (except formula components)
    return truth


# ------------------------------------------------------------------ the four packages

def audit_ref(code: str, page: str) -> str:
    return f"{code} 2023年度审计报告 第{page}页（平台业务专项说明）"


def common_refs(printed: dict, audit_code: str, audit_page: str, screens: dict, extra: dict | None = None) -> dict:
    ar = audit_ref(audit_code, audit_page)
    r = {
        "平台相关研发投入（万元）": ar,
        "平台相关研发投入强度（%）": f"按平台相关研发投入÷平台相关营业收入×100%计算，数据见{ar}",
        "平台相关营业收入（万元）": ar,
        "平台利润率（%）": f"平台利润总额÷平台相关营业收入×100%，平台利润总额见{ar}",
        "投资回报率（%）": f"平台利润总额÷平台建设金额×100%，平台利润总额见{ar}",
        "连接的工业设备/产品/产线种类及数量（台/套）": f"附件3-3 平台接入工业设备统计表 第1页表1（申报书第{printed['dev_p1']}页）",
        "按二级分类统计工业设备数量（台/套）": f"附件3-3 第1页表1（申报书第{printed['dev_p1']}页）",
        "按省市区域统计工业设备数量（台/套）": f"附件3-3 第2页表2（申报书第{printed['dev_p2']}页）",
        "其中：公有云工业设备连接数量（台/套）": f"附件3-3 第1页表1（申报书第{printed['dev_p1']}页）",
        "按二级分类统计公有云工业设备数量（台/套）": f"附件3-3 第1页表1（申报书第{printed['dev_p1']}页）",
        "按省市区域统计公有云工业设备数量（台/套）": f"附件3-3 第2页表2（申报书第{printed['dev_p2']}页）",
        "其中：公有云工业设备平均日运行数量（台/套）": f"附件3-3 第1页表1（申报书第{printed['dev_p1']}页）",
        "按二级分类统计公有云工业设备平均日运行数量（台/套）": f"附件3-3 第1页表1（申报书第{printed['dev_p1']}页）",
        "按省市区域统计公有云工业设备平均日运行数量（台/套）": f"附件3-3 第2页表2（申报书第{printed['dev_p2']}页）",
        "其中：海外设备连接数量（台/套）": f"附件3-3 第2页表3（申报书第{printed['dev_p2']}页）",
        "其中：按海外国家分类统计海外设备连接数量": f"附件3-3 第2页表3（申报书第{printed['dev_p2']}页）",
        "平台核心软硬件技术获得的专利数量（项）": f"附件3-2 知识产权清单 第1页（申报书第{printed['ip_pat']}页）",
        "平台核心软硬件技术获得的软著数量（个）": f"附件3-2 知识产权清单 第2页（申报书第{printed['ip_soft']}页）",
        "平台是否服务上海智能工厂，数量": f"申报书第{printed['三、平台应用成效']}页",
        "平台连接工业设备运维成本平均下降率（%）": f"3个案例平均值，见申报书第{printed['三、平台应用成效']}页",
        "平台连接工业设备能耗平均下降率（%）": f"3个案例平均值，见申报书第{printed['三、平台应用成效']}页",
        "平台连接工业设备安全生产持续时间平均提升率（%）": f"3个案例平均值，见申报书第{printed['三、平台应用成效']}页",
        "平台牵头/参与标准制定情况（国家标准、行业标准）": f"申报书第{printed['六、附件及其他说明材料']}页",
    }
    for content, text in screens.items():
        r[content] = text
    r.update(extra or {})
    return r


def plan_p1(v):
    fn = {"form": "附件2 申报表（OnePower）.docx", "form_scan": "附件2 申报表（盖章扫描件）.pdf",
          "shenbaoshu": "附件3 申报书（含附件材料）.pdf", "audit": "附件3-1 2023年度审计报告.pdf",
          "screens": "附件3-4 平台运行截图及安全测评报告（合并扫描）.pdf", "summary": "附件4 平台基本情况汇总表.xlsx",
          "commitment": "附件5 真实性承诺（盖章）.pdf", "contacts": "附件1 联系人信息反馈表.docx"}
    report = [P("OnePower平台安全测评报告（摘录）", H2), P("测评机构：上海某信息安全测评中心（CNAS认可实验室）", SMALL),
              P("测评结论：平台在身份鉴别、访问控制、安全审计、数据完整性与保密性等方面符合要求，未发现高危漏洞。"),
              P("测评周期：每半年一次，本次测评时间2024年5月。")]
    scan_log = [P("平台安全扫描记录（2024年上半年）", H2),
                table([["月份", "扫描范围", "高危", "中危", "处置情况"]] +
                      [[f"2024年{m}月", "全部对外服务", "0", str(m % 3), "已闭环"] for m in range(1, 7)],
                      [70, 140, 50, 50, 120], 9)]
    screens = [("dash", "OnePower 平台运营驾驶舱", [("设备接入总量", "dev_total"), ("公有云接入设备", "pub"),
                                                    ("注册企业（家）", "registered"), ("服务企业（家）", "served"),
                                                    ("上架工业APP", "apps"), ("机理模型", "models")], "截图 1/2"),
               ("dash", "OnePower 开发者与应用市场", [("微服务", "micro"), ("注册开发者", "devs"),
                                                      ("APP订阅总数", "app_sub")], "截图 2/2"),
               ("doc", report, "第 7 页 共 12 页"),
               ("doc", scan_log, "第 1 页 共 1 页")]

    def refs(printed, aanchors):
        sc = {"工业APP数量（个）": "附件3-4 截图1/2（平台运营驾驶舱）",
              "注册企业用户数（个）": "附件3-4 截图1/2（平台运营驾驶舱）",
              "其中：实际服务企业数（个）": "附件3-4 截图1/2（平台运营驾驶舱）",
              "工业机理模型数量（个）": "附件3-4 截图1/2（平台运营驾驶舱）",
              "微服务数量（个）": "附件3-4 截图2/2（开发者与应用市场）",
              "开发者注册总数（个）": "附件3-4 截图2/2（开发者与应用市场）",
              "工业APP订阅总数量（个）": "附件3-4 截图2/2（开发者与应用市场）",
              "有否定期开展第三方安全测试/测评": "附件3-4 合并扫描件中《平台安全测评报告》第7页",
              "有否定期进行安全扫描": "附件3-4 合并扫描件中《平台安全扫描记录》第1页",
              "平台获得省部级及以上奖项/荣誉数量（个）": f"附件3-5 荣誉清单（申报书第{printed['awards']}页）"}
        return common_refs(printed, "附件3-1", "4", sc)

    return dict(files=fn, refs=refs, screens=screens, screens_title="平台运行截图及安全测评报告", awards_in="shenbaoshu",
                layout=["naming:附件N", "evidence_dir:flat", "form:docx+stamped_scan", "shenbaoshu:pdf",
                        "shenbaoshu_front:roman(i-iii)", "shenbaoshu_body:restart-at-1", "appendix_in_shenbaoshu(附件材料)",
                        "proof_own_page_marks(第 x 页 共 y 页)", "audit:cover+opinion-unnumbered,body-1..4",
                        "audit_unit:万元", "screens:merged-scan(own stamps: 截图1/2, 第7页共12页)",
                        "summary:xlsx-vertical", "commitment:scan", "section7"],
                description="序号21 中国移动 OnePower（2023参评=是），完全一致的干净包：申报书PDF含封面、目录与罗马数字页码的"
                            "前置页，正文从1起编页，附件材料（知识产权清单、设备统计表、荣誉清单）保留各自“第x页 共y页”；"
                            "审计报告封面与审计意见不编页码，报表从1起编；截图与安全测评报告合并扫描，各自带原页码；"
                            "申报表证明资料栏一律引用印刷页码。")


def plan_p2(v):
    declared_rev = v.d["revenue"]
    v.ev["rev"][2023] = 4128.60  # the audit's platform revenue; the form declares 4218.60
    fn = {"form": "01 申报表/光明乳业-申报表.docx", "form_scan": "01 申报表/光明乳业-申报表-盖章.pdf",
          "shenbaoshu": "02 申报书/光明乳业-申报书.pdf", "audit": "03 证明材料/3-1 审计报告（2023年度）.pdf",
          "screens": "03 证明材料/3-4 平台截图（扫描合并）.pdf", "awards": "03 证明材料/3-5 荣誉清单.xlsx",
          "summary": "04 汇总表及承诺/附件4 汇总表.docx", "commitment": "04 汇总表及承诺/附件5 真实性承诺.docx",
          "contacts": "附件1 联系人信息反馈表.docx"}
    contract = [P("冷链物流数据服务合作协议（签署页）", H2), P("甲方：光明乳业股份有限公司　乙方：某冷链物流科技有限公司"),
                P("本协议自双方签字盖章之日起生效，有效期三年。")]
    screens = [("dash", "光明乳业工业互联网平台 · 运营总览", [("接入设备总数", "dev_total"), ("注册企业（家）", "registered"),
                                                          ("服务企业（家）", "served"), ("机理模型", "models"),
                                                          ("注册开发者", "devs")], "扫描件 1"),
               ("dash", "光明乳业工业互联网平台 · 服务运行", [("微服务", "micro"), ("APP订阅总数", "app_sub")], "扫描件 2"),
               ("doc", contract, "第 6 页 共 6 页")]

    def refs(printed, aanchors):
        sc = {"注册企业用户数（个）": "附件3-4 扫描件1", "其中：实际服务企业数（个）": "附件3-4 扫描件1",
              "工业机理模型数量（个）": "附件3-4 扫描件1", "开发者注册总数（个）": "附件3-4 扫描件1",
              "微服务数量（个）": "附件3-4 扫描件2", "工业APP订阅总数量（个）": "附件3-4 扫描件2",
              "合作平台数量（个）": "附件3-4 合作协议签署页（协议第6页）",
              "平台获得省部级及以上奖项/荣誉数量（个）": "附件3-5 荣誉清单（Excel）",
              # planted: the audit page cited holds no APP count (neither printed p.6 nor physical p.6)
              "工业APP数量（个）": "附件3-1 审计报告第6页"}
        return common_refs(printed, "附件3-1", "6", sc)

    def problems(ctx):
        fa = ctx["files"]
        audit = "03 证明材料/3-1 审计报告（2023年度）.pdf"
        form = "01 申报表/光明乳业-申报表.docx"
        sbs = "02 申报书/光明乳业-申报书.pdf"
        pa = ctx["aanchors"]["plat"]
        soft_phys, soft_print = ctx["anchors"]["ip_soft"], ctx["printed"]["ip_soft"]
        return [
            dict(id="h71_p2-01-declared_vs_evidence", family="declared_vs_evidence",
                 fields=["平台相关营业收入（万元）", "平台近三年经营指标情况"], files=[form, audit], severity="error",
                 description=f"申报表填报平台相关营业收入 {f2(declared_rev)} 万元（近三年经营指标中2023年平台营收同为"
                             f"{f2(declared_rev)}万元），审计报告“平台业务专项说明”（印刷页码“审计报告第 6 页”，PDF第{pa}页）"
                             "2023年度平台相关营业收入为 41,286,000.00 元（4,128.60 万元），两者相差 90.00 万元"),
            dict(id="h71_p2-02-count_vs_list", family="count_vs_list",
                 fields=["平台核心软硬件技术获得的软著数量（个）"], files=[form, sbs], severity="error",
                 description=f"申报表填报软著数量 {v.d['softcopy']} 个，申报书附件材料中附件3-2“软件著作权清单（共24项）”"
                             f"（附件自身页码“第 2 页 共 2 页”，申报书印刷页码第{soft_print}页，PDF第{soft_phys}页）只列出24项"),
            dict(id="h71_p2-03-missing_proof", family="missing_proof", fields=["工业APP数量（个）"], files=[form, audit],
                 severity="warning",
                 description="申报表“工业APP数量（个）”的证明资料写“附件3-1 审计报告第6页”，但该审计报告印刷第6页（PDF第8页）为"
                             "平台业务收入明细、PDF第6页为合并利润表，均无工业APP数量；平台截图中也未显示工业APP数量，"
                             "该指标实际无对应证明材料"),
        ]

    return dict(files=fn, refs=refs, screens=screens, screens_title="平台运行截图", awards_in="xlsx",
                awards_title="省部级及以上奖项/荣誉清单", list_soft=24, problems=problems,
                layout=["naming:folders(01-04)", "form:docx+stamped_scan", "shenbaoshu:pdf",
                        "shenbaoshu_front:roman(I-II)", "shenbaoshu_body:第 n 页", "appendix_in_shenbaoshu(附件材料)",
                        "proof_own_page_marks(第 x 页 共 y 页)", "audit:cover+目录 unnumbered,「审计报告第 n 页」",
                        "audit_unit:元", "screens:merged-scan(扫描件1/2, 协议第6页共6页)", "awards:xlsx",
                        "summary:docx-vertical", "commitment:docx"],
                description="序号31 光明乳业（2023参评=否），3个问题：审计报告印刷“第6页”（PDF第8页）的平台营收与申报不符；"
                            "申报书附件材料中的软著清单（附件页码第2页/申报书页码与PDF页不同）共24项而申报26个；"
                            "工业APP数量的证明资料指向不含该数据的审计报告页。")


def plan_p3(v):
    declared_rd = v.d["rd"]
    v.ev["rd"] = 896.45
    v.ev["screens"]["dev_total"] = 18640
    fn = {"form": "西派埃-附件2-申报表.docx", "form_scan": "西派埃-附件2-申报表（盖章版）.pdf",
          "shenbaoshu": "西派埃-附件3-申报书.pdf",
          "audit": "西派埃-附件3-1及3-4-审计报告节选与平台截图（合并扫描）.pdf",
          "screens": "西派埃-附件3-1及3-4-审计报告节选与平台截图（合并扫描）.pdf",
          "summary": "西派埃-附件4-汇总表.xlsx", "commitment": "西派埃-附件5-承诺书.pdf", "contacts": "西派埃-附件1-联系人表.docx"}
    screens = [("dash", "环境装备云 · 用户与应用", [("注册企业（家）", "registered"), ("服务企业（家）", "served"),
                                                  ("工业APP", "apps")], "附件3-4 第1页"),
               ("dash", "环境装备云 · 设备接入", [("接入设备", "dev_total"), ("公有云接入", "pub"),
                                                ("日均在线运行", "runday")], "附件3-4 第2页"),
               ("dash", "环境装备云 · 能力中心", [("微服务", "micro"), ("机理模型", "models")], "附件3-4 第3页")]

    def refs(printed, aanchors):
        sc = {"注册企业用户数（个）": "附件3-4 第1页", "其中：实际服务企业数（个）": "附件3-4 第1页",
              "工业APP数量（个）": "附件3-4 第1页", "微服务数量（个）": "附件3-4 第3页", "工业机理模型数量（个）": "附件3-4 第3页",
              "平台获得省部级及以上奖项/荣誉数量（个）": "附件3-5 省部级及以上荣誉证书汇编（单独成册）"}
        return common_refs(printed, "附件3-1", "3", sc,
                           {"连接的工业设备/产品/产线种类及数量（台/套）":
                            f"附件3-3 平台接入工业设备统计表 第1页表1（申报书第{printed['dev_p1']}页）；附件3-4 第2页"})

    def problems(ctx):
        merged = fn["audit"]
        form = fn["form"]
        sbs = fn["shenbaoshu"]
        pa = 1 + ctx["aanchors"]["plat"]
        pat_phys, pat_print = ctx["anchors"]["ip_pat"], ctx["printed"]["ip_pat"]
        shot2 = [f for f in ctx["facts"] if f["file"] == merged and f["quote"] == "18,640"][0]["page"]
        return [
            dict(id="h71_p3-01-declared_vs_evidence", family="declared_vs_evidence", fields=["平台相关研发投入（万元）"],
                 files=[form, merged], severity="error",
                 description=f"申报表填报平台相关研发投入 {f2(declared_rd)} 万元，合并扫描件中审计报告节选“平台业务专项说明”"
                             f"（印刷“审计报告第 3 页”，PDF第{pa}页）2023年度平台相关研发投入为 896.45 万元"),
            dict(id="h71_p3-02-screenshot_vs_form", family="screenshot_vs_form",
                 fields=["连接的工业设备/产品/产线种类及数量（台/套）"], files=[merged, form], severity="warning",
                 description=f"合并扫描件中平台截图（自身印章“附件3-4 第2页”，PDF第{shot2}页）显示“接入设备 18,640”，"
                             "申报表填报连接的工业设备 16,840 台/套（申报书附件3-3设备统计表合计亦为16,840）"),
            dict(id="h71_p3-03-count_vs_list", family="count_vs_list", fields=["平台核心软硬件技术获得的专利数量（项）"],
                 files=[form, sbs], severity="error",
                 description=f"申报表填报专利数量 {v.d['patents']} 项，申报书附件材料中附件3-2“专利清单（共17项）”"
                             f"（附件页码“第 1 页 共 2 页”，申报书印刷页码第{pat_print}页，PDF第{pat_phys}页）只列出17项"),
            dict(id="h71_p3-04-missing_proof", family="missing_proof",
                 fields=["平台获得省部级及以上奖项/荣誉数量（个）"], files=[form, sbs], severity="error",
                 description="申报表证明资料栏及申报书第六章均列明“附件3-5 省部级及以上荣誉证书汇编（单独成册）”，"
                             "但申报材料中没有该附件，也无其他荣誉证明，平台获得省部级及以上奖项/荣誉数量6个无证明材料"),
        ]

    return dict(files=fn, refs=refs, screens=screens, screens_title="平台运行截图", awards_in="missing",
                awards_title="省部级及以上荣誉证书汇编", list_patents=17, problems=problems, summary_horizontal=True,
                layout=["naming:prefix(西派埃-)", "evidence_dir:flat", "form:docx+stamped_scan", "shenbaoshu:pdf",
                        "shenbaoshu_front:roman(i-iii)", "shenbaoshu_body:restart-at-1", "appendix_in_shenbaoshu(附件材料)",
                        "proof_own_page_marks(第 x 页 共 y 页)",
                        "merged_scan:合订本封面+审计节选(审计报告第3页=PDF第5页)+截图(附件3-4 第n页)",
                        "audit_unit:万元", "audit:image-only", "summary:xlsx-horizontal", "commitment:scan", "section7",
                        "missing:附件3-5"],
                description="序号11 西派埃（2023参评=是），4个问题：合并扫描件中“审计报告第3页”（PDF第5页）的研发投入与申报不符；"
                            "截图“附件3-4 第2页”（PDF第7页）接入设备18,640与申报16,840不符；申报书附件材料中专利清单共17项"
                            "而申报19项；申报表引用的荣誉证书汇编（附件3-5）未提供。")


def plan_p4(v):
    ev = v.ev
    first = next(iter(ev["dev_cat"]))
    ev["dev_cat"][first] -= 414
    ev["dev_reg"]["上海"] -= 414
    for k in ev["dev_cat"]:
        assert ev["pub_cat"][k] <= ev["dev_cat"][k]
    for k in ev["dev_reg"]:
        assert ev["pub_reg"][k] <= ev["dev_reg"][k]
    fn = {"form": "申报材料/附件2_申报表.docx", "shenbaoshu": "申报材料/附件3_申报书.pdf",
          "audit": "证明材料/附件3-1_审计报告.pdf", "screens": "证明材料/附件3-4_截图合集.pdf",
          "summary": "申报材料/附件4_汇总表.xlsx", "commitment": "申报材料/附件5_承诺.docx", "contacts": "申报材料/附件1_联系人.docx"}
    scanrep = [P("平台安全扫描报告（节选）", H2), P("扫描对象：零碳绿色工厂综合数智化管理平台全部对外服务"),
               P("扫描结论：未发现高危漏洞，中危漏洞2个已于当月修复。扫描频率：每月一次。")]
    coop = [P("平台合作协议（签署页）", H2), P("甲方：上海碳索能源服务股份有限公司　乙方：某工业能源数据服务平台"),
            P("双方约定通过API实现能耗数据与碳核算结果的互通调用。")]
    screens = [("dash", "零碳工厂数智平台 · 用户与应用", [("注册企业（家）", "registered"), ("服务企业（家）", "served"),
                                                      ("工业APP", "apps"), ("公有云APP", "pub_apps")], "截图 第1页"),
               ("dash", "零碳工厂数智平台 · 能力中心", [("机理模型", "models"), ("微服务", "micro"),
                                                    ("注册开发者", "devs")], "截图 第2页"),
               ("doc", scanrep, "第 2 页 共 6 页"), ("doc", coop, "第 8 页 共 8 页")]

    def refs(printed, aanchors):
        sc = {"注册企业用户数（个）": "附件3-4 截图第1页", "其中：实际服务企业数（个）": "附件3-4 截图第1页",
              "工业APP数量（个）": "附件3-4 截图第1页", "其中：公有云工业APP数量（个）": "附件3-4 截图第1页",
              "工业机理模型数量（个）": "附件3-4 截图第2页", "微服务数量（个）": "附件3-4 截图第2页",
              "开发者注册总数（个）": "附件3-4 截图第2页",
              "有否定期进行安全扫描": "附件3-4 安全扫描报告第2页", "合作平台数量（个）": "附件3-4 合作协议第8页",
              "平台获得省部级及以上奖项/荣誉数量（个）": f"附件3-5 荣誉清单（申报书第{printed['awards']}页）",
              # planted: 附件3-4 has four pages and none of them shows the storage capacity
              "存储容量（TB）": "附件3-4 截图合集 第5页"}
        return common_refs(printed, "附件3-1", "4", sc)

    def problems(ctx):
        form = fn["form"]
        sbs = fn["shenbaoshu"]
        p1_phys, p1_print = ctx["anchors"]["dev_p1"], ctx["printed"]["dev_p1"]
        aw_phys, aw_print = ctx["anchors"]["awards"], ctx["printed"]["awards"]
        ev_total = sum(ev["dev_cat"].values())
        return [
            dict(id="h71_p4-01-declared_vs_evidence", family="declared_vs_evidence",
                 fields=["连接的工业设备/产品/产线种类及数量（台/套）"], files=[form, sbs], severity="error",
                 description=f"申报表填报连接的工业设备 {v.d['dev_total']} 台/套（二级分类与区域分布之和同为{v.d['dev_total']}），"
                             f"申报书附件材料中附件3-3设备统计表（附件页码“第 1 页 共 2 页”，申报书印刷页码第{p1_print}页，"
                             f"PDF第{p1_phys}页）合计 {th(ev_total)} 台/套（{first}与上海各少414）"),
            dict(id="h71_p4-02-count_vs_list", family="count_vs_list",
                 fields=["平台获得省部级及以上奖项/荣誉数量（个）"], files=[form, sbs], severity="error",
                 description=f"申报表填报省部级及以上奖项/荣誉 {v.d['awards']} 个，申报书附件材料中附件3-5"
                             f"“荣誉清单（共4项）”（申报书印刷页码第{aw_print}页，PDF第{aw_phys}页）只列出4项"),
            dict(id="h71_p4-03-missing_proof", family="missing_proof", fields=["存储容量（TB）"],
                 files=[form, fn["screens"]], severity="warning",
                 description="申报表“存储容量（TB）”的证明资料写“附件3-4 截图合集 第5页”，该文件共4页（自身印章为截图第1、2页、"
                             "扫描报告第2页、合作协议第8页），没有第5页，也没有任何一页显示存储容量"),
        ]

    return dict(files=fn, refs=refs, screens=screens, screens_title="平台截图合集", awards_in="shenbaoshu",
                list_awards=4, problems=problems,
                layout=["naming:folders(申报材料/证明材料)", "form:docx-only", "shenbaoshu:pdf", "shenbaoshu_front:roman(i-ii)",
                        "shenbaoshu_body:restart-at-1", "appendix_in_shenbaoshu(附件材料)",
                        "proof_own_page_marks(第 x 页 共 y 页)",
                        "audit:cover unnumbered, opinion 第1页共2页, statements - 1 -..- 4 -", "audit_unit:万元",
                        "screens:merged-scan(截图第1/2页, 第2页共6页, 第8页共8页)", "summary:xlsx-vertical",
                        "commitment:docx"],
                description="序号27 碳索（2023参评=否），3个问题：申报书附件材料中设备统计表合计8,046与申报8,460不符；"
                            "荣誉清单共4项而申报5个；存储容量的证明资料指向不存在的“截图合集第5页”。")


PACKAGES = [(P1, plan_p1), (P2, plan_p2), (P3, plan_p3), (P4, plan_p4)]


def build(out: Path) -> list[dict]:
    truths = []
    for spec, plan in PACKAGES:
        truth = build_package(spec, plan, out)
        (out / "truth").mkdir(parents=True, exist_ok=True)
        (out / "truth" / f"{spec['package_id']}.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        truths.append(truth)
        print(spec["package_id"], len(truth["files"]), "files,", len(truth["evidence_facts"]), "facts,",
              len(truth["problems"]), "problems")
    return truths


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=HERE)
    args = ap.parse_args()
    build(args.out)
