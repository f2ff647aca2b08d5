"""Shared builder for the problem packages (each spec passes its vocabulary, numbers, layout and planted problems)."""
import openpyxl
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, PageBreak

import evid
import lib
import pkg as P
import std
from lib import fmt
from texts import base_texts


def yuan(v):
    """万元 figure printed in 元 with odd cents (< 0.005 万元, so it rounds back to v)."""
    return fmt(v * 10000 + (int(round(v * 100)) % 37) + 0.27, 2)


def build_from(cfg):
    k = P.Pkg(cfg["id"], cfg["list_no"], cfg["listed_name"], cfg["company"], cfg["part2023"], cfg["declared_name"],
              seed=cfg["seed"])
    k.name_cell = cfg.get("name_cell", cfg["declared_name"])
    k.description = cfg["description"]
    k.layout = cfg["layout"]
    k.meta = dict(cfg["meta"])
    k.meta["url_text"] = k.meta["url"] + f"（评审账号：{cfg['account'][0]}　密码：{cfg['account'][1]}）"
    k.secrets = [cfg["account"][1]]
    Pm = dict(cfg["numbers"])
    N = std.fill(k, Pm)
    for hook in cfg.get("pre_apply", []):
        hook(k, N)
    T = base_texts(cfg["vocab"])
    k.meta["intro"] = cfg["intro"]
    k.meta["effect"] = cfg["effect"]
    std.apply(k, N, T)
    for hook in cfg.get("post_apply", []):
        hook(k, N)
    fn = cfg["files"]
    co_seal = lib.seal(k.company, "", size=300, rng=k.rng)
    P.write_contact_docx(k, fn["contact"])
    if fn["form"].endswith(".xlsx"):
        P.write_form_xlsx(k, fn["form"])
    else:
        P.write_form_docx(k, fn["form"], columns=cfg.get("form_columns", "levels"), font_name=cfg.get("font", "宋体"))
    if fn.get("form_scan"):
        P.write_form_scan(k, fn["form_scan"], co_seal)
    if fn["summary"].endswith(".xlsx"):
        P.write_summary_xlsx(k, fn["summary"], horizontal=cfg.get("summary_horizontal", False))
    else:
        P.write_summary_docx(k, fn["summary"])
    if fn["commit"].endswith(".pdf"):
        P.write_commitment_scan(k, fn["commit"], co_seal)
    else:
        P.write_commitment_docx(k, fn["commit"])
    rev = Pm["rev"]

    # ---------------- audit / platform finance
    unit = cfg.get("fin_unit", "万元")
    conv = yuan if unit == "元" else (lambda v: fmt(v, 2))
    norm = lambda v: round(v, 2)  # noqa: E731
    f_aud = fn["audit"]
    prof_print = Pm.get("profit_printed", Pm["profit"])
    ptab = (["项目", "2023年度", "2022年度", "2021年度"],
            [["平台相关营业收入", conv(rev[2023]), conv(rev[2022]), conv(rev[2021])],
             ["平台营业成本", conv(rev[2023] * 0.58), conv(rev[2022] * 0.6), conv(rev[2021] * 0.61)],
             ["平台相关研发投入", conv(Pm["rd"]), conv(Pm["rd"] * 0.86), conv(Pm["rd"] * 0.74)],
             ["平台利润总额", conv(prof_print), conv(prof_print * 0.81), conv(prof_print * 0.66)]])
    pg = evid.audit_report(k, f_aud, firm=cfg["firm"], report_no=cfg["report_no"], company_fin=cfg["company_fin"],
                           platform_table=ptab, unit=unit, scan=cfg.get("audit_scan", False), seal_img=co_seal,
                           col_names=cfg.get("audit_cols", ("本期金额", "上期金额")),
                           platform_title=cfg["platform_title"], platform_note=cfg.get("platform_note", ""))
    io_ = cfg.get("audit_scan", False)
    k.fact("平台相关营业收入（万元）", conv(rev[2023]), unit, norm(rev[2023]), f_aud, pg, row_label="平台相关营业收入",
           column_label="2023年度", image_only=io_)
    k.fact("平台近三年经营指标情况", conv(rev[2022]), unit, norm(rev[2022]), f_aud, pg, row_label="平台相关营业收入",
           column_label="2022年度", component="2022年平台营收（万元）", image_only=io_)
    k.fact("平台近三年经营指标情况", conv(rev[2021]), unit, norm(rev[2021]), f_aud, pg, row_label="平台相关营业收入",
           column_label="2021年度", component="2021年平台营收（万元）", image_only=io_)
    k.fact("平台相关研发投入（万元）", conv(Pm["rd"]), unit, norm(Pm["rd"]), f_aud, pg, row_label="平台相关研发投入",
           column_label="2023年度", image_only=io_)
    k.fact("平台利润率（%）", conv(prof_print), unit, norm(prof_print), f_aud, pg, row_label="平台利润总额",
           column_label="2023年度", component="平台利润总额（万元）", image_only=io_)
    k.fact("投资回报率（%）", conv(prof_print), unit, norm(prof_print), f_aud, pg, row_label="平台利润总额",
           column_label="2023年度", component="平台年利润（万元）", image_only=io_)

    # ---------------- device table (trade categories -> 附录A), PDF or XLSX
    dev = cfg["device_table"]          # list of (trade name, 附录A category, count, pub, run)
    f_dev = fn["devices"]
    tot = [sum(r[i] for r in dev) for i in (2, 3, 4)]
    if f_dev.endswith(".pdf"):
        st = lib.styles(cfg.get("pdf_font", "STSong-Light"), 10)
        rows = [["序号", "设备名称（行业叫法）", "附录A二级分类", "接入数量", "公有云接入", "公有云日均运行"]]
        for i, r in enumerate(dev):
            rows.append([str(i + 1), r[0], r[1], fmt(r[2]), fmt(r[3]), fmt(r[4])])
        rows.append(["", "合计", "", fmt(tot[0]), fmt(tot[1]), fmt(tot[2])])
        reg = cfg["device_regions"]
        rrows = [["区域", "接入数量（台/套）"]] + [[a, fmt(b)] for a, b in reg.items()] + [["合计", fmt(sum(reg.values()))]]
        ov = cfg["numbers"]["overseas"]
        story = [Paragraph(cfg["device_title"], st["h1"]), Paragraph("统计截止日：2024年6月30日　单位：台/套", st["right"]),
                 lib.table(rows, [12 * mm, 52 * mm, 32 * mm, 24 * mm, 24 * mm, 26 * mm], font=cfg.get("pdf_font", "STSong-Light"),
                           size=8.5, align_right_from=3), Spacer(1, 4 * mm)]
        if cfg.get("device_note"):
            story.append(Paragraph(cfg["device_note"], st["small"]))
        story += [PageBreak(), Paragraph("表2 按省市区域统计（附录F）", st["h2"]),
                  lib.table(rrows, [60 * mm, 40 * mm], font=cfg.get("pdf_font", "STSong-Light"), size=9, align_right_from=1)]
        if ov:
            story += [Spacer(1, 4 * mm), Paragraph("表3 海外设备（按国家）", st["h2"]),
                      lib.table([["国家", "接入数量（台/套）"]] + [[a, fmt(b)] for a, b in ov.items()] +
                                [["海外合计", fmt(sum(ov.values()))]], [60 * mm, 40 * mm],
                                font=cfg.get("pdf_font", "STSong-Light"), size=9, align_right_from=1)]
        path = k.add_file(f_dev, "evidence:device_list")
        lib.build_pdf(path, story, font=cfg.get("pdf_font", "STSong-Light"), header=k.company + "　平台设备接入统计")
        k.fact("连接的工业设备/产品/产线种类及数量（台/套）", fmt(tot[0]), "台/套", tot[0], f_dev, 1, row_label="合计",
               column_label="接入数量")
        k.fact("公有云工业设备连接数量（台/套）", fmt(tot[1]), "台/套", tot[1], f_dev, 1, row_label="合计", column_label="公有云接入")
        k.fact("公有云工业设备平均日运行数量（台/套）", fmt(tot[2]), "台/套", tot[2], f_dev, 1, row_label="合计",
               column_label="公有云日均运行")
        if ov:
            k.fact("海外设备连接数量（台/套）", fmt(sum(ov.values())), "台/套", sum(ov.values()), f_dev, 2, row_label="海外合计",
                   column_label="接入数量（台/套）")
    else:
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "接入设备汇总"
        ws.append(["设备名称（行业叫法）", "附录A二级分类", "接入数量（台/套）", "公有云接入（台/套）", "公有云日均运行（台/套）"])
        for r in dev:
            ws.append(list(r))
        ws.append(["合计", "", tot[0], tot[1], tot[2]])
        if cfg.get("device_note"):
            ws.append([cfg["device_note"]])
        evid.sheet_style(ws, {"A": 32, "B": 18, "C": 18, "D": 20, "E": 22})
        ws2 = wb.create_sheet("按区域")
        ws2.append(["区域", "接入数量（台/套）"])
        for a, b in cfg["device_regions"].items():
            ws2.append([a, b])
        ws2.append(["合计", sum(cfg["device_regions"].values())])
        evid.sheet_style(ws2, {"A": 24, "B": 18})
        lib.save_xlsx(wb, k.add_file(f_dev, "evidence:device_list"))
        k.fact("连接的工业设备/产品/产线种类及数量（台/套）", str(tot[0]), "台/套", tot[0], f_dev, 1, row_label="合计",
               column_label="接入数量（台/套）")
        k.fact("公有云工业设备连接数量（台/套）", str(tot[1]), "台/套", tot[1], f_dev, 1, row_label="合计",
               column_label="公有云接入（台/套）")
        k.fact("公有云工业设备平均日运行数量（台/套）", str(tot[2]), "台/套", tot[2], f_dev, 1, row_label="合计",
               column_label="公有云日均运行（台/套）")

    # ---------------- IP list
    f_ip = fn["ip"]
    pc = cfg.get("pat_caption", "表1 授权专利清单（共{n}项）").format(n=Pm["patents"])
    sc = cfg.get("soft_caption", "表2 计算机软件著作权清单（共{n}项）").format(n=Pm["copyrights"])
    pp, sp = evid.ip_list_pdf(k, f_ip, Pm["patents"], Pm["copyrights"], cfg["ip_topics"], pc, sc,
                              font=cfg.get("pdf_font", "STSong-Light"))
    k.fact("平台核心软硬件技术获得的专利数量（项）", str(Pm["patents"]), "项", Pm["patents"], f_ip, pp, quote=pc.split(" ", 1)[-1],
           row_label=pc.split(" ", 1)[0])
    k.fact("平台核心软硬件技术获得的软著数量（个）", str(Pm["copyrights"]), "项", Pm["copyrights"], f_ip, sp,
           quote=sc.split(" ", 1)[-1], row_label=sc.split(" ", 1)[0])

    # ---------------- awards
    f_aw = fn["awards"]
    aw = cfg["awards"]
    cap = cfg["award_caption"]
    if f_aw.endswith(".xlsx"):
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "荣誉清单"
        ws.append(["序号", "奖项/荣誉名称", "颁发单位", "获得时间"])
        for r in aw:
            ws.append(r[:4])
        ws.append([cap])
        evid.sheet_style(ws, {"A": 8, "B": 56, "C": 30, "D": 14})
        lib.save_xlsx(wb, k.add_file(f_aw, "evidence:award_list"))
        k.fact("平台获得省部级及以上奖项/荣誉数量（个）", str(len(aw)), "项", len(aw), f_aw, 1, quote=cap, row_label="合计")
    else:
        evid.awards_pdf(k, f_aw, cap, aw, cfg["certs"])
        k.fact("平台获得省部级及以上奖项/荣誉数量（个）", str(len(aw)), "项", len(aw), f_aw, 1, quote=cap, row_label="合计")

    # ---------------- screenshots
    tiles = cfg["tiles"]               # (caption, value int, unit, label or None)
    f_sc = fn["screens"]
    im = lib.dashboard(cfg["dash_title"], [(c, fmt(v) if isinstance(v, int) else v, u) for c, v, u, _ in tiles], rng=k.rng,
                       theme=cfg.get("dash_theme", "dark"), subtitle="更新时间 2024-07-16 09:05",
                       url=k.meta["url"] + "/dashboard", table_rows=cfg.get("dash_rows"))
    if f_sc.endswith(".png"):
        lib.save_png(k.add_file(f_sc, "evidence:screenshot"), im)
    else:
        extra = cfg.get("extra_screens", [])
        ims = [im] + [lib.dashboard(t, [(c, fmt(v), u) for c, v, u, _ in tl], rng=k.rng, theme="light",
                                    url=k.meta["url"] + "/ops") for t, tl in extra]
        evid.screenshot_pdf(k, f_sc, ims, captions=cfg.get("screen_captions"))
    for c, v, u, lab in tiles:
        if lab:
            k.fact(lab, fmt(v), u, v, f_sc, 1, row_label=c, image_only=True)
    for i, (t, tl) in enumerate(cfg.get("extra_screens", [])):
        for c, v, u, lab in tl:
            if lab:
                k.fact(lab, fmt(v), u, v, f_sc, 2 + i, row_label=c, image_only=True)

    # ---------------- extra evidence (customer stats, model list, standards ...)
    for hook in cfg.get("extra_evidence", []):
        hook(k, N, Pm)
    # ---------------- narrative
    P.write_narrative(k, fn["narrative"], cfg["narrative"](k, N, Pm), as_pdf=fn["narrative"].endswith(".pdf"),
                      font_name=cfg.get("font", "宋体"))
    for hook in cfg.get("problems", []):
        hook(k, N, Pm)
    k.audit_issues = std.audit(k, N)
    return k


def model_list_pdf(k, rel, title, models, total, cats, font="STSong-Light"):
    st = lib.styles(font, 10)
    rows = [["排名", "核心工业模型", "分类（附录D）", "月均调用用户数"]] + [[str(i + 1), a, b, fmt(c)] for i, (a, b, c) in enumerate(models)]
    crow = [["模型分类", "数量（个）"]] + [[a, str(b)] for a, b in cats.items()] + [["工业机理模型合计", str(total)]]
    story = [Paragraph(title, st["h1"]), Paragraph("表1 核心工业模型（调用用户数前10）", st["h2"]),
             lib.table(rows, [14 * mm, 70 * mm, 40 * mm, 36 * mm], font=font, size=9),
             Spacer(1, 5 * mm), Paragraph("表2 工业模型分类统计", st["h2"]), lib.table(crow, [70 * mm, 40 * mm], font=font, size=9)]
    lib.build_pdf(k.add_file(rel, "evidence:other"), story, font=font)
    k.fact("工业机理模型数量（个）", str(total), "个", total, rel, 1, quote=f"工业机理模型合计 {total}", row_label="工业机理模型合计")


def customer_xlsx(k, rel, N, Pm, note, ind_override=None):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "服务企业统计"
    ws.append(["项目", "数量（家）"])
    ws.append(["实际服务企业数", Pm["served"]])
    ws.append(["其中：付费企业", Pm["paying"]])
    ws.append(["其中：本市企业", Pm["local"]])
    ws.append(["其中：中小企业", Pm["sme"]])
    ws.append([])
    ws.append(["按行业（附录C）", "数量（家）"])
    for a, b in (ind_override or N["srv_ind"]).items():
        ws.append([a, b])
    ws.append([])
    ws.append(["按区域（附录F）", "数量（家）"])
    for a, b in N["srv_reg"].items():
        ws.append([a, b])
    if note:
        ws.append([note])
    evid.sheet_style(ws, {"A": 44, "B": 14})
    lib.save_xlsx(wb, k.add_file(rel, "evidence:other"))
    k.fact("实际服务企业数（个）", str(Pm["served"]), "家", Pm["served"], rel, 1, row_label="实际服务企业数", column_label="数量（家）")
    k.fact("付费企业数（个）", str(Pm["paying"]), "家", Pm["paying"], rel, 1, row_label="其中：付费企业", column_label="数量（家）")
    k.fact("服务本市企业数量（个）", str(Pm["local"]), "家", Pm["local"], rel, 1, row_label="其中：本市企业", column_label="数量（家）")
    k.fact("服务中小企业数量（个）", str(Pm["sme"]), "家", Pm["sme"], rel, 1, row_label="其中：中小企业", column_label="数量（家）")
