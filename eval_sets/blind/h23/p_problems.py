"""Shared assembly of the three problem packages (terse applicants)."""
from __future__ import annotations

import lib
from common import (Pkg, commitment_pdf, doc_table, new_doc, para, save_docx, save_xlsx, split, write_contact_docx,
                    write_form_docx, write_form_pdf_for_scan, write_form_xlsx, write_summary_docx, write_summary_xlsx,
                    ws_rows)
from evid import (TMP, audit_pdf, catalogue, device_xlsx, ip_list_pdf, license_scan, make_patents, make_softs,
                  page_count, screenshot_pdf, simple_scan)
from fill import fill_standard, revenue_row, setv
from openpyxl import Workbook


def base_rows(pkg: Pkg, S: dict, rv, rnorm):
    C = S["contact"]
    for lab, val in (("序号", (str(pkg.platform["list_no"]), pkg.platform["list_no"])),
                     ("企业名称", (pkg.platform["company"],) * 2), ("平台名称", (pkg.platform["declared_name"],) * 2),
                     ("平台性质", (S["nature"],) * 2), ("联系人姓名", (C["name"],) * 2), ("联系人手机号", (C["phone"],) * 2),
                     ("联系人电子邮箱", (C["email"],) * 2), ("评审会现场地址信息", (C["addr"],) * 2),
                     ("平台网址", (S["url"],) * 2), ("建设时间", (S["period"],) * 2),
                     ("平台建设金额（万元）", (f"{S['invest']:.2f}", S["invest"])), ("平台近三年经营指标情况", (rv, rnorm)),
                     ("平台建设方式", (S["build"],) * 2), ("平台运营模式", (S["ops_mode"],) * 2), ("部署方式", (S["deploy"],) * 2)):
        pkg.row(lab, *val)


def basic_B(pkg: Pkg, S: dict, rlines):
    C = S["contact"]
    return dict(
        cover={"申报年度": "2024年度", "平台名称": pkg.platform["declared_name"], "申报单位": pkg.platform["company"],
               "联系人": C["name"], "联系人电话": C["phone"], "日期": "2024年7月"},
        company=[["单位（企业）名称", pkg.platform["company"], "单位（企业）代码", S["code"]],
                 ["成立日期", S["founded"], "注册地及所在行政区", S["district"]],
                 ["企业类型", S["ctype"], "注册资本", "见附件1"],
                 ["主营业务", S["business"], "法定代表人", S["legal"]],
                 ["联系人", C["name"], "职务", C["title"]], ["联系人手机", C["phone"], "传真", "—"],
                 ["电子邮箱", C["email"], "股权结构", "详见附件1"],
                 ["总资产（万元）", "见附件2", "主营业务收入（万元）", "见附件2"],
                 ["主营业务收入增长率（%）", "—", "负债率（%）", "—"], ["利润总额（万元）", "见附件2", "税金（万元）", "—"]],
        platform=[["平台名称", pkg.platform["declared_name"]], ["建设时间", S["period_cn"]],
                  ["平台建设金额（万元）", f"{S['invest']:.2f}"], ["平台近三年经营指标情况", "\n".join(rlines)],
                  ["平台建设方式", S["build_tick"]], ["平台运营模式", S["ops_tick"]], ["IaaS基础设施", S["iaas_tick"]],
                  ["部署方式", S["deploy_tick"]], ["平台网址", S["url"] + "  账号：" + S["account"]],
                  ["平台基本情况介绍", S["intro"]], ["平台建设成效", "见申报书第三章"]])


def evidence(pkg: Pkg, S: dict, P: dict, F: dict, seed: int, font: str, offsets: dict):
    """Writes the evidence files named in F ({kind: rel}); offsets: {kind: first global page} for footers."""
    rev = P["rev"]
    facts_img = []
    if "license" in F:
        license_scan(pkg, F["license"], seed + 1, S["code"], S["legal"], S["capital"], S["founded_full"], S["addr"])
        pkg.add_file(F["license"], "evidence:other")
    if "audit" in F:
        plat = {"平台相关营业收入": {2021: rev[2021], 2022: rev[2022], 2023: rev[2023]},
                "平台相关研发投入": {2023: P["rd"], 2022: round(P["rd"] * 0.83, 2), 2021: round(P["rd"] * 0.71, 2)},
                "平台利润总额": {2021: round(P["profit"] * 0.62, 2), 2022: round(P["profit"] * 0.8, 2), 2023: P["profit"]}}
        pg = audit_pdf(pkg, F["audit"], S["auditor"], S["company_fin"], plat, font=font, years_desc=S.get("years_desc", False),
                       plat_title=S.get("plat_title", "平台业务专项说明"), page_offset=offsets.get("audit", 0))
        pkg.add_file(F["audit"], "evidence:audit_report")
        f = F["audit"]
        col = lambda y: f"{y}年度"
        pkg.fact("平台相关营业收入（万元）", f"{rev[2023]:,.2f}", "万元", rev[2023], f, pg, f"{rev[2023]:,.2f}", "平台相关营业收入", col(2023))
        pkg.fact("平台近三年经营指标情况", f"{rev[2022]:,.2f}", "万元", rev[2022], f, pg, f"{rev[2022]:,.2f}", "平台相关营业收入", col(2022), "2022年平台营收（万元）")
        pkg.fact("平台近三年经营指标情况", f"{rev[2021]:,.2f}", "万元", rev[2021], f, pg, f"{rev[2021]:,.2f}", "平台相关营业收入", col(2021), "2021年平台营收（万元）")
        pkg.fact("平台相关研发投入（万元）", f"{P['rd']:,.2f}", "万元", P["rd"], f, pg, f"{P['rd']:,.2f}", "平台相关研发投入", col(2023))
        pkg.fact("平台利润率（%）", f"{P['profit']:,.2f}", "万元", P["profit"], f, pg, f"{P['profit']:,.2f}", "平台利润总额", col(2023), "平台利润总额（万元）")
        pkg.fact("投资回报率（%）", f"{P['profit']:,.2f}", "万元", P["profit"], f, pg, f"{P['profit']:,.2f}", "平台利润总额", col(2023), "平台年利润（万元）")
    if "devices_pdf" in F:
        f = F["devices_pdf"]
        ck, cw = P["dev_cats"]
        rk, rw = P["dev_regs"]
        doc = lib.PdfDoc(pkg.path(f), font=font, size=10, header=pkg.platform["declared_name"] + " 设备接入统计",
                         page_offset=offsets.get("devices_pdf", 0))
        doc.title("平台接入工业设备统计表（截至2024年6月30日）", 14, 12)
        doc.h("表1 按设备二级分类", 11)
        a, b, c = split(P["dev"], cw), split(P["dev_pub"], cw), split(P["dev_daily"], cw)
        fmt = lambda v: f"{v:,}"
        doc.table([["设备二级分类", "接入数量（台/套）", "其中公有云（台/套）", "公有云日均运行（台/套）"]] +
                  [[k, fmt(x), fmt(y), fmt(z)] for k, x, y, z in zip(ck, a, b, c)] +
                  [["合计", fmt(P["dev"]), fmt(P["dev_pub"]), fmt(P["dev_daily"])]], [2, 1.4, 1.4, 1.6], align={1: "r", 2: "r", 3: "r"})
        p1 = doc.page
        doc.h("表2 按设备所属企业注册地", 11)
        a, b, c = split(P["dev"], rw), split(P["dev_pub"], rw), split(P["dev_daily"], rw)
        doc.table([["区域", "接入数量（台/套）", "其中公有云（台/套）", "公有云日均运行（台/套）"]] +
                  [[k, fmt(x), fmt(y), fmt(z)] for k, x, y, z in zip(rk, a, b, c)] +
                  [["合计", fmt(P["dev"]), fmt(P["dev_pub"]), fmt(P["dev_daily"])]], [2, 1.4, 1.4, 1.6], align={1: "r", 2: "r", 3: "r"})
        ov = S.get("evidence_overseas")
        if ov:
            doc.h("表3 海外设备接入情况", 11)
            doc.table([["国家", "接入数量（台/套）"]] + [[k, fmt(v)] for k, v in ov.items()] + [["海外合计", fmt(sum(ov.values()))]],
                      [2, 1.4], align={1: "r"})
            pkg.fact("海外设备连接数量（台/套）", fmt(sum(ov.values())), "台/套", sum(ov.values()), f, doc.page,
                     f"海外合计{fmt(sum(ov.values()))}", "海外合计", "接入数量（台/套）")
        doc.save()
        pkg.add_file(f, "evidence:device_list")
        pkg.fact("连接的工业设备/产品/产线种类及数量（台/套）", fmt(P["dev"]), "台/套", P["dev"], f, p1, fmt(P["dev"]), "合计", "接入数量（台/套）")
        pkg.fact("公有云工业设备连接数量（台/套）", fmt(P["dev_pub"]), "台/套", P["dev_pub"], f, p1, fmt(P["dev_pub"]), "合计", "其中公有云（台/套）")
        pkg.fact("公有云工业设备平均日运行数量（台/套）", fmt(P["dev_daily"]), "台/套", P["dev_daily"], f, p1, fmt(P["dev_daily"]), "合计", "公有云日均运行（台/套）")
    if "devices_xlsx" in F:
        f = F["devices_xlsx"]
        device_xlsx(pkg, f, P["dev_cats"], P["dev_regs"], P["dev"], P["dev_pub"], P["dev_daily"])
        pkg.add_file(f, "evidence:device_list")
        pkg.fact("连接的工业设备/产品/产线种类及数量（台/套）", str(P["dev"]), "台/套", P["dev"], f, 1, str(P["dev"]), "合计", "接入设备数（台/套）")
        pkg.fact("公有云工业设备连接数量（台/套）", str(P["dev_pub"]), "台/套", P["dev_pub"], f, 1, str(P["dev_pub"]), "合计", "其中：公有云接入（台/套）")
        pkg.fact("公有云工业设备平均日运行数量（台/套）", str(P["dev_daily"]), "台/套", P["dev_daily"], f, 1, str(P["dev_daily"]), "合计", "公有云日均运行（台/套）")
    if "shots" in F:
        f = F["shots"]
        pages = S["shots"]
        screenshot_pdf(pkg, f, [(t, tiles, S["url"].replace("https://", "") + path, theme, None)
                                for (t, tiles, path, theme, _) in pages], seed + 5)
        pkg.add_file(f, "evidence:screenshot")
        for i, (_, tiles, _, _, facts) in enumerate(pages, 1):
            for (cap, val), fa in zip(tiles, facts):
                if fa:
                    lab, unit, norm = fa
                    pkg.fact(lab, val, unit, norm, f, i, val, cap, "", "", True)
    if "ip" in F:
        f = F["ip"]
        pp, pt, sp, st = ip_list_pdf(pkg, f, make_patents(S["ip_prefix"], P["patents"], seed),
                                     make_softs(S["ip_soft"], P["soft"], seed), font=font)
        pkg.add_file(f, "evidence:patent_list")
        pkg.fact("平台核心软硬件技术获得的专利数量（项）", str(P["patents"]), "项", P["patents"], f, pp, pt, "专利清单")
        pkg.fact("平台核心软硬件技术获得的软著数量（个）", str(P["soft"]), "项", P["soft"], f, sp, st, "软件著作权清单")
    if "awards" in F:
        f = F["awards"]
        aw = S["awards_list"]

        def draw(doc):
            doc.title("平台获得省部级及以上奖项/荣誉清单", 15, 14)
            doc.table([["序号", "奖项/荣誉名称", "获奖时间", "颁发单位"]] + [[str(i + 1)] + list(a) for i, a in enumerate(aw)] +
                      [["", f"合计：{len(aw)}项", "", ""]], [0.6, 4, 1.3, 2.4], size=9.5)
            for i, a in enumerate(aw):
                doc.newpage()
                doc.gap(100)
                doc.title("荣 誉 证 书", 26, 40)
                doc.p(f"{pkg.platform['company']}：", indent=False, size=14)
                doc.p(f"你单位建设的{pkg.platform['declared_name']}入选{a[0]}。", size=14)
                doc.p("特发此证。", size=14)
                doc.gap(80)
                doc.right_text(a[2], 13)
                doc.right_text(a[1], 13)
        simple_scan(pkg, f, seed + 7, draw, seals={i + 1: [(0.70, 0.62, aw[i][2], "")] for i in range(len(aw))}, font=font)
        pkg.add_file(f, "evidence:award_list")
        pkg.fact("平台获得省部级及以上奖项/荣誉数量（个）", str(len(aw)), "项", len(aw), f, 1, f"合计：{len(aw)}项", "合计", "", "", True)
    if "security" in F:
        def draw6(doc):
            doc.gap(60)
            doc.title("网络安全等级保护测评报告", 20, 20)
            doc.p("被测对象：" + pkg.platform["declared_name"], indent=False)
            doc.p("被测单位：" + pkg.platform["company"], indent=False)
            doc.p("安全保护等级：第三级        报告时间：2024年4月", indent=False)
            doc.p("测评结论：良", indent=False)
        simple_scan(pkg, F["security"], seed + 8, draw6, seals={0: [(0.7, 0.6, "上海某信息安全测评有限公司", "测评专用章")]},
                    font=font)
        pkg.add_file(F["security"], "evidence:other")
    if "served" in F:
        f = F["served"]
        wb = Workbook()
        ws = wb.active
        ws.title = "服务企业统计"
        ik, iw = P["served_inds"]
        iv = split(P["served"], iw)
        ws_rows(ws, [["行业", "服务企业（家）"]] + [[k, v] for k, v in zip(ik, iv)] + [["合计", P["served"]]], widths=[20, 18],
                bold_first=True)
        save_xlsx(wb, pkg.path(f))
        pkg.add_file(f, "evidence:other")
        pkg.fact("实际服务企业数（个）", str(P["served"]), "家", P["served"], f, 1, str(P["served"]), "合计", "服务企业（家）")
    if "cases" in F:
        f = F["cases"]
        doc = lib.PdfDoc(pkg.path(f), font=font, size=10.5, header="应用案例", page_offset=offsets.get("cases", 0))
        cs = S["cases"]
        for i, (name, om, en, sa) in enumerate(cs, 1):
            doc.h(f"案例{i}：{pkg.platform['declared_name']}——{name}")
            doc.p(f"项目实施后，接入设备运维成本下降{om:.2f}%，能耗下降{en:.2f}%，安全生产持续时间提升{sa:.2f}%。")
        avg = [round(sum(c[j] for c in cs) / 3 + 1e-9, 2) for j in (1, 2, 3)]
        doc.table([["指标（%）", "案例1", "案例2", "案例3", "三案例平均"],
                   ["运维成本下降率"] + [f"{c[1]:.2f}" for c in cs] + [f"{avg[0]:.2f}"],
                   ["能耗下降率"] + [f"{c[2]:.2f}" for c in cs] + [f"{avg[1]:.2f}"],
                   ["安全生产持续时间提升率"] + [f"{c[3]:.2f}" for c in cs] + [f"{avg[2]:.2f}"]], [2.4, 1, 1, 1, 1.2])
        pg = doc.page
        doc.save()
        pkg.add_file(f, "evidence:other")
        assert [P["om"], P["energy"], P["safety"]] == avg, (avg, P["om"])
        for lab, v, rl in (("平台连接工业设备运维成本平均下降率（%）", avg[0], "运维成本下降率"),
                           ("平台连接工业设备能耗平均下降率（%）", avg[1], "能耗下降率"),
                           ("平台连接工业设备安全生产持续时间平均提升率（%）", avg[2], "安全生产持续时间提升率")):
            pkg.fact(lab, f"{v:.2f}", "%", v, f, pg, f"{v:.2f}", rl, "三案例平均")
    for k, (rel, title_, draw, role) in S.get("extra", {}).items():
        simple_scan(pkg, rel, seed + 20 + k, draw, seals=None, font=font, bw=True) if role == "scan" else draw(pkg, rel)
        pkg.add_file(rel, "evidence:other")
