"""Evidence files named by the consultancy's scheme (附件7-N_…): audit report with a platform note,
IP list, device statistics (PDF or XLSX), dashboard screenshots, awards list. The blocks that print
figures are functions so the 申报书's 附件汇编 can copy the same pages."""

from __future__ import annotations

import openpyxl
from openpyxl.styles import Font

import kit
import pdfdoc as P
from docs import Pkg

# ------------------------------------------------------------------ blocks shared with the 申报书


def platform_note_rows(p: Pkg):
    d = p.e("平台近三年经营指标情况")
    r = [d["2021年平台营收（万元）"], d["2022年平台营收（万元）"], d["2023年平台营收（万元）"]]
    x = p.sp.extras
    cost = [round(v * k, 2) for v, k in zip(r, x["cost_ratio"])]
    rd = [x["rd_hist"][0], x["rd_hist"][1], p.e("平台相关研发投入（万元）")]
    profit = [x["profit_hist"][0], x["profit_hist"][1], p.e("profit")]
    rows = [["项目", "2021年度", "2022年度", "2023年度"],
            ["平台相关营业收入", *[f"{v:,.2f}" for v in r]],
            ["平台相关营业成本", *[f"{v:,.2f}" for v in cost]],
            ["平台相关研发投入", *[f"{v:,.2f}" for v in rd]],
            ["平台利润总额", *[f"{v:,.2f}" for v in profit]]]
    return rows, r, rd, profit


def platform_note_block(p: Pkg, st, anchor: str):
    rows, *_ = platform_note_rows(p)
    intro = P.Paragraph(
        f"根据公司2023年度财务报表，公司对“{p.sp.listed_name}”相关业务按合同与项目逐项归集，平台相关营业收入仅包含基于平台"
        "直接订阅的服务及平台服务取得的收入，研发投入按研究与试验发展（R&amp;D）口径归集。平台业务主要财务数据如下（单位：万元）：",
        st["body"])
    t = P.grid_table(rows, [55 * P.mm, 35 * P.mm, 35 * P.mm, 35 * P.mm], st)
    return [P.anchored(intro, anchor), t]


def device_rows(p: Pkg):
    cats = p.e("按二级分类统计工业设备数量（台/套）")
    pc = p.e("按二级分类统计公有云工业设备数量（台/套）")
    dc = p.e("按二级分类统计公有云工业设备平均日运行数量（台/套）")
    rows = [["设备二级分类", "接入数量（台/套）", "其中：公有云接入（台/套）", "公有云日均运行（台/套）"]]
    for k in cats:
        rows.append([k, f"{cats[k]:,}", f"{pc[k]:,}", f"{dc[k]:,}"])
    rows.append(["合计", f"{p.e('连接的工业设备/产品/产线种类及数量（台/套）'):,}", f"{p.e('公有云工业设备连接数量（台/套）'):,}",
                 f"{p.e('公有云工业设备平均日运行数量（台/套）'):,}"])
    return rows


def region_rows(p: Pkg):
    rg = p.e("按省市区域统计工业设备数量（台/套）")
    pr = p.e("按省市区域统计公有云工业设备数量（台/套）")
    dr = p.e("按省市区域统计公有云工业设备平均日运行数量（台/套）")
    rows = [["区域", "接入数量（台/套）", "其中：公有云接入（台/套）", "公有云日均运行（台/套）"]]
    for k in rg:
        rows.append([k, f"{rg[k]:,}", f"{pr[k]:,}", f"{dr[k]:,}"])
    rows.append(["合计", f"{sum(rg.values()):,}", f"{sum(pr.values()):,}", f"{sum(dr.values()):,}"])
    return rows


def device_block(p: Pkg, st, anchor: str, with_regions: bool = True):
    w = [50 * P.mm, 36 * P.mm, 42 * P.mm, 38 * P.mm]
    out = [P.anchored(P.Paragraph("表1 按设备二级分类统计（截至2024年6月30日）", st["cap"]), anchor),
           P.grid_table(device_rows(p), w, st)]
    if with_regions:
        out += [P.Paragraph("表2 按省市区域统计（设备所属企业注册地）", st["cap"]), P.grid_table(region_rows(p), w, st)]
        ov = p.e("按海外国家分类统计海外设备连接数量（台/套）")
        if ov:
            rows = [["国家", "接入数量（台/套）"]] + [[k, f"{n:,}"] for k, n in ov.items()]
            rows.append(["海外合计", f"{sum(ov.values()):,}"])
            out += [P.Paragraph("表3 海外设备按国家统计", st["cap"]), P.grid_table(rows, [60 * P.mm, 40 * P.mm], st)]
    return out


PATENT_TOPICS = ["设备多源异构数据接入", "时序数据压缩存储", "设备故障预测", "边缘计算任务调度", "工业知识图谱构建",
                 "能耗异常检测", "供应链需求预测", "设备健康度评估", "工艺参数优化", "数字孪生建模",
                 "标识解析数据追溯", "振动信号特征提取", "多租户权限隔离", "模型在线训练", "告警规则引擎",
                 "备件库存优化", "视觉质量检测", "产线节拍分析", "工业协议自动识别", "数据血缘追踪"]


def ip_lists(p: Pkg):
    import random
    rng = random.Random(p.sp.seed * 17)
    n_pat = p.sp.extras.get("patent_list_n", p.v["平台核心软硬件技术获得的专利数量（项）"])
    n_sw = p.sp.extras.get("softcr_list_n", p.v["平台核心软硬件技术获得的软著数量（个）"])
    pats = []
    for i in range(n_pat):
        topic = PATENT_TOPICS[i % len(PATENT_TOPICS)]
        kind = "发明专利" if i % 3 else "实用新型"
        year = 2018 + i % 6
        pats.append([str(i + 1), f"一种{topic}的方法及系统" if kind == "发明专利" else f"一种{topic}装置",
                     kind, f"ZL{year}1{rng.randrange(1000000, 9999999)}.{rng.randrange(10)}", p.sp.company,
                     f"{year + 1}.{rng.randrange(1, 13):02d}"])
    sws = []
    for i in range(n_sw):
        topic = PATENT_TOPICS[(i * 7) % len(PATENT_TOPICS)]
        year = 2017 + i % 7
        sws.append([str(i + 1), f"{p.sp.short}{topic}软件V{1 + i % 4}.0", f"{year}SR{rng.randrange(100000, 999999)}",
                    p.sp.company, f"{year}.{rng.randrange(1, 13):02d}"])
    return n_pat, pats, n_sw, sws


def ip_blocks(p: Pkg, st, anchor_pat: str, anchor_sw: str, limit: int | None = None):
    n_pat, pats, n_sw, sws = ip_lists(p)
    hp = P.anchored(P.Paragraph(f"一、专利清单（共{n_pat}项）", st["h2"]), anchor_pat)
    tp = P.grid_table([["序号", "专利名称", "类型", "专利号", "专利权人", "授权日期"]] + pats[:limit],
                      [10 * P.mm, 52 * P.mm, 18 * P.mm, 32 * P.mm, 38 * P.mm, 16 * P.mm], st, repeat=1, fs=7.5)
    hs = P.anchored(P.Paragraph(f"二、软件著作权清单（共{n_sw}项）", st["h2"]), anchor_sw)
    ts = P.grid_table([["序号", "软件名称", "登记号", "著作权人", "登记日期"]] + sws[:limit],
                      [10 * P.mm, 62 * P.mm, 30 * P.mm, 46 * P.mm, 18 * P.mm], st, repeat=1, fs=7.5)
    return [hp, tp], [hs, ts]


# ------------------------------------------------------------------ evidence files


def _money_facts(p: Pkg, file: str, pages: dict[str, int], image_only: bool):
    rows, r, rd, profit = platform_note_rows(p)
    pg = pages["note"]
    p.fact("平台相关营业收入（万元）", f"{r[2]:,.2f}", "万元", r[2], file, pg, f"{r[2]:,.2f}", "平台相关营业收入",
           "2023年度", image_only=image_only)
    p.fact("平台近三年经营指标情况", f"{r[0]:,.2f}", "万元", r[0], file, pg, f"{r[0]:,.2f}", "平台相关营业收入", "2021年度",
           "2021年平台营收（万元）", image_only)
    p.fact("平台近三年经营指标情况", f"{r[1]:,.2f}", "万元", r[1], file, pg, f"{r[1]:,.2f}", "平台相关营业收入", "2022年度",
           "2022年平台营收（万元）", image_only)
    p.fact("平台相关研发投入（万元）", f"{rd[2]:,.2f}", "万元", rd[2], file, pg, f"{rd[2]:,.2f}", "平台相关研发投入", "2023年度",
           image_only=image_only)
    p.fact("平台利润率（%）", f"{profit[2]:,.2f}", "万元", profit[2], file, pg, f"{profit[2]:,.2f}", "平台利润总额",
           "2023年度", "平台利润总额（万元）", image_only)
    p.fact("投资回报率（%）", f"{profit[2]:,.2f}", "万元", profit[2], file, pg, f"{profit[2]:,.2f}", "平台利润总额",
           "2023年度", "平台年利润（万元）", image_only)


def audit_report(p: Pkg, rel: str, scanned: bool = False, seed: int = 0) -> None:
    path = p.add(rel, "evidence:audit_report")
    st = P.styles(10.5, 1.7)
    c = p.company
    firm = p.sp.extras["auditor"]
    yr = lambda v: f"{v * 10000:,.2f}"  # noqa: E731

    def story(_a):
        s = [P.Spacer(1, 120), P.Paragraph(f"{p.sp.company}", st["title"]), P.Spacer(1, 20),
             P.Paragraph("2023年度审计报告", st["title"]), P.Spacer(1, 40),
             P.Paragraph(f"{p.sp.extras['audit_no']}", st["center"]), P.Spacer(1, 200),
             P.Paragraph(firm, st["center"]), P.PageBreak(),
             P.Paragraph("审计报告", st["h1"]),
             P.Paragraph(f"{p.sp.company}全体股东：", st["plain"]),
             P.Paragraph(f"我们审计了{p.sp.company}（以下简称公司）财务报表，包括2023年12月31日的资产负债表，2023年度的利润表、"
                         "现金流量表、所有者权益变动表以及相关财务报表附注。我们认为，后附的财务报表在所有重大方面按照企业会计准则"
                         "的规定编制，公允反映了公司2023年12月31日的财务状况以及2023年度的经营成果和现金流量。", st["body"]),
             P.Paragraph("我们按照中国注册会计师审计准则的规定执行了审计工作。我们相信，我们获取的审计证据是充分、适当的，"
                         "为发表审计意见提供了基础。", st["body"]),
             P.Spacer(1, 40), P.Paragraph(f"{firm}　　　　中国注册会计师：{p.sp.extras['cpa']}", st["plain"]),
             P.Paragraph("中国·上海　　　　二〇二四年四月十八日", st["plain"]), P.PageBreak(),
             P.Paragraph("资产负债表（简表）", st["h2"]), P.Paragraph("单位：元", st["small"]),
             P.grid_table([["项目", "2023年12月31日", "2022年12月31日"],
                           ["资产总计", yr(c["assets"]), yr(c["assets"] * 0.9)],
                           ["负债合计", yr(c["assets"] * c["debt"] / 100), yr(c["assets"] * 0.9 * c["debt"] / 100 * 0.97)],
                           ["所有者权益合计", yr(c["assets"] * (1 - c["debt"] / 100)),
                            yr(c["assets"] * 0.9 - c["assets"] * 0.9 * c["debt"] / 100 * 0.97)]],
                          [60 * P.mm, 50 * P.mm, 50 * P.mm], st), P.PageBreak(),
             P.Paragraph("利润表（简表）", st["h2"]), P.Paragraph("单位：元", st["small"]),
             P.grid_table([["项目", "本期金额", "上期金额"],
                           ["一、营业收入", yr(c["rev"]), yr(c["rev"] / (1 + c["rev_growth"] / 100))],
                           ["减：营业成本", yr(c["rev"] * 0.71), yr(c["rev"] * 0.72 / (1 + c["rev_growth"] / 100))],
                           ["研发费用", yr(c["rev"] * 0.068), yr(c["rev"] * 0.064)],
                           ["二、利润总额", yr(c["profit"]), yr(c["profit"] * 0.88)],
                           ["三、净利润", yr(c["profit"] * 0.85), yr(c["profit"] * 0.88 * 0.85)]],
                          [60 * P.mm, 50 * P.mm, 50 * P.mm], st), P.PageBreak(),
             P.Paragraph("财务报表附注（节选）　十二、工业互联网平台业务专项说明", st["h2"])]
        s += platform_note_block(p, st, "note")
        s += [P.Paragraph("注：平台利润总额按平台相关营业收入减去直接成本、分摊的期间费用计算。", st["small"])]
        return s

    pdf, anchors, total = P.build(story, (p.sp.company, "2023年度审计报告"), True, "审计报告", firm)
    if scanned:
        imgs = kit.scan_pages(pdf, seed, firm, {1}, dpi=110, seal_pos={1: (0.12, 0.5)})
        kit.images_to_pdf(imgs, path, "审计报告扫描件")
    else:
        path.write_bytes(pdf)
    _money_facts(p, rel, anchors, scanned)
    p.ev_index.append((rel, "2023年度审计报告（含平台业务专项说明）", total, anchors["note"]))


def ip_list_pdf(p: Pkg, rel: str) -> None:
    path = p.add(rel, "evidence:patent_list")
    st = P.styles(10, 1.5)

    def story(_a):
        a, b = ip_blocks(p, st, "pat", "sw")
        return [P.Paragraph(f"{p.sp.listed_name}核心软硬件知识产权清单", st["h1"])] + a + [P.Spacer(1, 10)] + b

    pdf, anchors, total = P.build(story, (p.sp.company, "知识产权清单"), False, "知识产权清单", p.sp.contact[0])
    path.write_bytes(pdf)
    n_pat, _, n_sw, _ = ip_lists(p)
    p.fact("平台核心软硬件技术获得的专利数量（项）", str(n_pat), "项", n_pat, rel, anchors["pat"], f"专利清单（共{n_pat}项）",
           "专利清单")
    p.fact("平台核心软硬件技术获得的软著数量（个）", str(n_sw), "项", n_sw, rel, anchors["sw"], f"软件著作权清单（共{n_sw}项）",
           "软件著作权清单")
    p.ev_index.append((rel, "知识产权清单（专利、软件著作权）", total, anchors["pat"]))


def _device_facts(p: Pkg, file: str, page: int, sheet_numbers: bool = False):
    def q(n):
        return str(n) if sheet_numbers else f"{n:,}"
    tot = p.e("连接的工业设备/产品/产线种类及数量（台/套）")
    pub = p.e("公有云工业设备连接数量（台/套）")
    day = p.e("公有云工业设备平均日运行数量（台/套）")
    p.fact("连接的工业设备/产品/产线种类及数量（台/套）", q(tot), "台/套", tot, file, page, q(tot), "合计", "接入数量（台/套）")
    p.fact("公有云工业设备连接数量（台/套）", q(pub), "台/套", pub, file, page, q(pub), "合计", "其中：公有云接入（台/套）")
    p.fact("公有云工业设备平均日运行数量（台/套）", q(day), "台/套", day, file, page, q(day), "合计", "公有云日均运行（台/套）")


def device_pdf(p: Pkg, rel: str) -> None:
    path = p.add(rel, "evidence:device_list")
    st = P.styles(10, 1.5)

    def story(_a):
        s = [P.Paragraph(f"{p.sp.listed_name}接入设备统计表", st["h1"]),
             P.Paragraph("统计口径：截至2024年6月30日平台在线注册的工业设备（含公有云、私有云、专有网连接），"
                         "按《附录A：工业设备二级分类口径》与《附录F：区域分类口径》统计。", st["plain"])]
        s += device_block(p, st, "dev")
        return s

    pdf, anchors, total = P.build(story, (p.sp.company, "设备清单"), False, "设备清单", p.sp.contact[0])
    path.write_bytes(pdf)
    _device_facts(p, rel, anchors["dev"])
    ov = p.e("按海外国家分类统计海外设备连接数量（台/套）")
    if ov:
        import pypdfium2 as pdfium
        doc = pdfium.PdfDocument(pdf)
        page = next(i + 1 for i in range(len(doc)) if "海外合计" in doc[i].get_textpage().get_text_range())
        n = sum(ov.values())
        p.fact("海外设备连接数量（台/套）", f"{n:,}", "台/套", n, rel, page, f"{n:,}", "海外合计", "接入数量（台/套）")
    p.ev_index.append((rel, "平台接入设备统计表", total, anchors["dev"]))


def device_xlsx(p: Pkg, rel: str) -> None:
    path = p.add(rel, "evidence:device_list")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "按设备分类"
    ws.append([f"{p.sp.listed_name}接入设备统计（截至2024年6月30日）"])
    for r in device_rows(p):
        ws.append([r[0]] + [int(x.replace(",", "")) if x[0].isdigit() else x for x in r[1:]])
    ws[ws.max_row][0].font = Font(bold=True)
    ws2 = wb.create_sheet("按区域")
    for r in region_rows(p):
        ws2.append([r[0]] + [int(x.replace(",", "")) if x[0].isdigit() else x for x in r[1:]])
    for w in (ws, ws2):
        w.column_dimensions["A"].width = 22
        for col in "BCD":
            w.column_dimensions[col].width = 24
    kit.save_xlsx(wb, path, p.sp.contact[0])
    _device_facts(p, rel, 1, sheet_numbers=True)
    p.ev_index.append((rel, "平台接入设备统计表（Excel）", 2, 1))


def dashboard_tiles(p: Pkg):
    ten = lambda n: f"{n / 10000:.1f}万"  # noqa: E731
    dev = p.e("连接的工业设备/产品/产线种类及数量（台/套）")
    reg = p.e("注册企业用户数（个）")
    apps = p.e("工业APP数量（个）")
    models = p.e("工业机理模型数量（个）")
    ms = p.e("微服务数量（个）")
    devs = p.e("开发者注册总数（个）")
    return [
        ("设备接入总量（台/套）", f"{dev:,}", "连接的工业设备/产品/产线种类及数量（台/套）", dev, "台/套"),
        ("注册企业（家）", f"{reg:,}", "注册企业用户数（个）", reg, "家"),
        ("上架工业APP（个）", f"{apps:,}", "工业APP数量（个）", apps, "个"),
        ("工业机理模型（个）", f"{models:,}", "工业机理模型数量（个）", models, "个"),
        ("微服务（个）", f"{ms:,}", "微服务数量（个）", ms, "个"),
        ("注册开发者", ten(devs), "开发者注册总数（个）", round(devs / 1000) * 1000, "个") if devs >= 10000 else
        ("注册开发者", f"{devs:,}", "开发者注册总数（个）", devs, "个"),
    ]


def screenshots(p: Pkg, rel: str, as_png: bool, seed: int) -> list[str]:
    tiles = dashboard_tiles(p)
    img1 = kit.dashboard(f"{p.sp.short}工业互联网平台 · 运营驾驶舱", [(t[0], t[1]) for t in tiles[:3]], seed,
                         "数据更新：2024-06-30 23:59", theme="dark")
    img2 = kit.dashboard("平台能力中心 · 资源总览", [(t[0], t[1]) for t in tiles[3:]], seed + 1,
                         "统计日期：2024-06-30", theme="light")
    out = []
    if as_png:
        base = rel
        for k, img in enumerate((img1, img2), start=1):
            r = f"{base}-{k}.png"
            path = p.add(r, "evidence:screenshot")
            img.save(path, "PNG", optimize=False)
            for cap, val, label, norm, unit in tiles[(k - 1) * 3:k * 3]:
                p.fact(label, val, unit, norm, r, 1, val, cap, image_only=True)
            out.append(r)
            p.ev_index.append((r, f"平台运行数据截图{k}", 1, 1))
    else:
        path = p.add(rel, "evidence:screenshot")
        kit.images_to_pdf([img1, img2], path, "平台运行截图", quality=85)
        for k in (1, 2):
            for cap, val, label, norm, unit in tiles[(k - 1) * 3:k * 3]:
                p.fact(label, val, unit, norm, rel, k, val, cap, image_only=True)
        out.append(rel)
        p.ev_index.append((rel, "平台运行数据截图", 2, 1))
    return out


AWARD_NAMES = ["上海市工业互联网创新发展应用示范", "上海市软件和信息技术服务业“高成长百家”", "工业和信息化部工业互联网试点示范项目",
               "上海市首批“工赋上海”创新场景", "上海市优秀软件产品", "工业和信息化部新一代信息技术与制造业融合发展试点示范",
               "上海市科技进步奖三等奖", "上海市专精特新“小巨人”培育企业", "上海市数字化转型标杆案例"]


def awards_xlsx(p: Pkg, rel: str) -> None:
    path = p.add(rel, "evidence:award_list")
    n = p.v["平台获得省部级及以上奖项/荣誉数量（个）"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "荣誉清单"
    ws.append(["省部级及以上奖项/荣誉清单"])
    ws.append(["序号", "奖项/荣誉名称", "获奖时间", "颁发单位"])
    for i in range(n):
        ws.append([i + 1, AWARD_NAMES[i % len(AWARD_NAMES)], f"{2019 + i % 5}年{3 + i % 9}月",
                   "工业和信息化部" if "工业和信息化部" in AWARD_NAMES[i % len(AWARD_NAMES)] else "上海市经济和信息化委员会"])
    ws.append([f"合计：{n}项"])
    ws.column_dimensions["B"].width = 56
    ws.column_dimensions["D"].width = 30
    kit.save_xlsx(wb, path, p.sp.contact[0])
    p.fact("平台获得省部级及以上奖项/荣誉数量（个）", str(n), "项", n, rel, 1, f"合计：{n}项", "合计")
    p.ev_index.append((rel, "省部级及以上奖项/荣誉清单", 1, 1))
