"""Evidence files. Each writer renders from the package's figures and returns the facts it prints."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from eval_sets.blind.h81.model import Pkg, apportion, r2, th
from eval_sets.blind.h81.render import (FONT, P, PageBreak, Spacer, dashboard, normalize_zip, pdf_pages_text, scan_pdf,
                                        squash, table, write_pdf)


def fact(label, value, unit, norm, file, page, quote, row="", col="", comp="", img=False) -> dict:
    return dict(label=label, value=value, unit=unit, normalized=norm, file=file, page=page, quote=quote, row_label=row,
                column_label=col, component=comp, image_only=img)


def locate(path: Path, quote: str) -> int:
    pages = [i for i, t in enumerate(pdf_pages_text(path), start=1) if squash(quote) in squash(t)]
    assert pages, (path, quote)
    return pages[0]


AUDITOR = "上海沪信会计师事务所（特殊普通合伙）"


def audit(p: Pkg, root: Path, rel: str, cols: tuple[str, str]) -> list[dict]:
    s, f = p.s, p.s["fin"]
    path = root / rel
    y = lambda x: th(x, 2)  # noqa: E731
    story = [Spacer(1, 60), P("审 计 报 告", "title"), P(f"沪信审字（2024）第{p.seed % 1000:04d}号", "title"), Spacer(1, 200),
             P(f"被审计单位：{p.company}", "h"), P("审计期间：2023年1月1日至2023年12月31日", "h"), P(f"会计师事务所：{AUDITOR}", "h"),
             PageBreak(), P("审计报告", "title"), P(f"{p.company}全体股东（或主管单位）：", "n"),
             P("一、审计意见", "h"),
             P(f"我们审计了{p.company}财务报表，包括2023年12月31日的合并资产负债表，2023年度的合并利润表以及相关财务报表附注。"
               "我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了被审计单位2023年12月31日的合并财务状况"
               "以及2023年度的合并经营成果。"),
             P("二、形成审计意见的基础", "h"),
             P("我们按照中国注册会计师审计准则的规定执行了审计工作。我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。"),
             P("三、其他事项", "h"),
             P("应被审计单位要求，我们对其工业互联网平台业务的收入、成本、研发投入与利润的拆分执行了商定程序，结果见本报告附注“平台业务"
               "专项说明”。除特别注明外，财务报表金额单位为人民币元，专项说明金额单位为人民币万元。"),
             Spacer(1, 40), P(f"{AUDITOR}　　　　中国注册会计师：沈一鸣　何佳", "r"), P("二〇二四年四月十二日", "r"),
             PageBreak(), P("合并资产负债表（摘要）", "title"), P("编制单位：" + p.company + "　　2023年12月31日　　单位：元", "n"),
             table([["项目", "期末余额", "上年年末余额"],
                    ["资产总计", y(f["assets"]), y(f["assets_prev"])],
                    ["负债合计", y(f["liab"]), y(f["liab_prev"])],
                    ["所有者权益合计", y(f["assets"] - f["liab"]), y(f["assets_prev"] - f["liab_prev"])],
                    ["负债和所有者权益总计", y(f["assets"]), y(f["assets_prev"])]], [70, 50, 50], align_right_from=1),
             PageBreak(), P("合并利润表（摘要）", "title"), P("编制单位：" + p.company + "　　2023年度　　单位：元", "n"),
             table([["项目", cols[0], cols[1]],
                    ["一、营业收入", y(f["revenue"]), y(f["revenue_prev"])],
                    ["减：营业成本", y(f["cost"]), y(f["cost_prev"])],
                    ["研发费用", y(f["rd"]), y(f["rd_prev"])],
                    ["三、利润总额", y(f["profit_total"]), y(f["profit_prev"])],
                    ["减：所得税费用", y(f["tax"]), y(f["tax_prev"])],
                    ["四、净利润", y(f["profit_total"] - f["tax"]), y(f["profit_prev"] - f["tax_prev"])]],
                   [70, 50, 50], align_right_from=1)]
    rev = s["rev"]
    ratio = s["cost2023"] / rev[2023]
    prof = {2023: s["profit"], 2022: s["profit2022"], 2021: r2(s["profit2022"] * rev[2021] / rev[2022] * 0.93),
            2020: r2(s["profit2022"] * rev[2020] / rev[2022] * 0.88)}
    rd = {2023: s["rd"], 2022: s["rd2022"], 2021: r2(s["rd2022"] * 0.87), 2020: r2(s["rd2022"] * 0.74)}
    cost = {yy: (s["cost2023"] if yy == 2023 else r2(rev[yy] * (ratio + 0.01 * (2023 - yy)))) for yy in rev}
    w = lambda x: th(x, 2)  # noqa: E731
    story += [PageBreak(), P("附注：工业互联网平台业务专项说明", "title"),
              P(f"一、平台基本情况：{p.listed_name}（以下简称“平台”）由{p.company}建设运营。", "n"),
              P("二、拆分方式：平台相关营业收入为基于平台直接订阅的服务及通过平台服务取得的收入，按合同所属业务线及平台计费系统订单逐笔"
                "归集；营业成本按平台项目工时及云资源消耗分摊；研发投入按研发项目辅助账中归属平台的项目归集，口径参照国家统计局研究与"
                "试验发展（R&amp;D）解释；期间费用按收入比例分摊。", "n"),
              P("三、平台业务主要财务数据（单位：人民币万元）", "h"),
              table([["项目", "2023年度", "2022年度", "2021年度", "2020年度"],
                     ["平台相关营业收入"] + [w(rev[yy]) for yy in (2023, 2022, 2021, 2020)],
                     ["平台相关营业成本"] + [w(cost[yy]) for yy in (2023, 2022, 2021, 2020)],
                     ["平台相关研发投入"] + [w(rd[yy]) for yy in (2023, 2022, 2021, 2020)],
                     ["平台利润总额"] + [w(prof[yy]) for yy in (2023, 2022, 2021, 2020)]],
                    [50, 30, 30, 30, 30], align_right_from=1),
              Spacer(1, 8),
              P("四、说明：上表平台数据不等同于公司合并报表数据；平台利润总额为平台相关营业收入扣除平台相关营业成本、分摊的期间费用及"
                "税金及附加后的金额。", "n")]
    parts = apportion(round(s["rd_yuan"] * 100), {"人员人工费用": 58, "直接投入费用": 14, "折旧费用": 9, "无形资产摊销": 6,
                                                 "设计试验费用": 8, "其他相关费用": 5})
    story += [PageBreak(), P("平台研发项目辅助账汇总表（2023年度）", "title"), P("单位：元", "r"),
              table([["费用项目", "金额"]] + [[k, th(c / 100, 2)] for k, c in parts.items()]
                    + [["合计（归属平台研发项目）", th(s["rd_yuan"], 2)]], [90, 60], align_right_from=1),
              Spacer(1, 8), P(f"注：折合{th(s['rd'], 2)}万元（保留2位小数），与专项说明“平台相关研发投入”一致。", "n")]
    write_pdf(path, story, header=f"{p.company}　2023年度审计报告", title="审计报告")
    assert len(pdf_pages_text(path)) == 6, len(pdf_pages_text(path))
    L = "平台近三年经营指标情况"
    col = "2023年度"
    out = [fact("平台相关营业收入（万元）", w(rev[2023]), "万元", rev[2023], rel, 5, w(rev[2023]), "平台相关营业收入", col),
           fact(L, w(rev[2022]), "万元", rev[2022], rel, 5, w(rev[2022]), "平台相关营业收入", "2022年度", "2022年平台营收（万元）"),
           fact(L, w(rev[2021]), "万元", rev[2021], rel, 5, w(rev[2021]), "平台相关营业收入", "2021年度", "2021年平台营收（万元）"),
           fact("平台相关研发投入（万元）", w(rd[2023]), "万元", rd[2023], rel, 5, w(rd[2023]), "平台相关研发投入", col),
           fact("平台利润率（%）", w(prof[2023]), "万元", prof[2023], rel, 5, w(prof[2023]), "平台利润总额", col, "平台利润总额（万元）"),
           fact("投资回报率（%）", w(prof[2023]), "万元", prof[2023], rel, 5, w(prof[2023]), "平台利润总额", col, "平台年利润（万元）"),
           fact("平台相关研发投入（万元）", th(s["rd_yuan"], 2), "元", r2(s["rd_yuan"] / 10000), rel, 6, th(s["rd_yuan"], 2),
                "合计（归属平台研发项目）", "金额")]
    return out


def iplist(p: Pkg, root: Path, rel: str) -> list[dict]:
    s = p.s
    path = root / rel
    pat, soft = s["patents"], s["softs"]
    story = [P("平台核心软硬件技术知识产权清单", "title")]
    if s.get("former"):
        story.append(P(f"说明：本公司原名“{s['former']}”，于{s['rename']}经市场监督管理部门核准更名为“{p.company}”，统一社会信用代码不变。"
                       f"清单中权利人记载为原名称的专利和软件著作权均为本公司更名前取得，权属未发生变化，著录项目变更已向主管部门申请办理。", "n"))
    story += [P(f"一、专利清单（共{len(pat)}项）", "h"),
              table([["序号", "专利名称", "类型", "专利号", "权利人", "授权公告日"]] + pat, [10, 62, 14, 36, 38, 20]),
              PageBreak(), P(f"二、软件著作权清单（共{len(soft)}项）", "h"),
              table([["序号", "软件名称", "登记号", "著作权人", "登记日期"]] + soft, [10, 70, 32, 48, 20])]
    write_pdf(path, story, header=f"{p.company}　知识产权清单")
    q1, q2 = f"专利清单（共{len(pat)}项）", f"软件著作权清单（共{len(soft)}项）"
    p1, p2 = locate(path, q1), locate(path, q2)
    assert p2 > p1
    return [fact("平台核心软硬件技术获得的专利数量（项）", str(len(pat)), "项", len(pat), rel, p1, q1, "专利清单"),
            fact("平台核心软硬件技术获得的软著数量（个）", str(len(soft)), "项", len(soft), rel, p2, q2, "软件著作权清单")]


def _dev_tables(p: Pkg):
    v = p.v
    cat = [[k, v["按二级分类统计工业设备数量（台/套）"][k], v["按二级分类统计公有云工业设备数量（台/套）"].get(k, 0),
            v["按二级分类统计公有云工业设备平均日运行数量（台/套）"].get(k, 0)] for k in v["按二级分类统计工业设备数量（台/套）"]]
    tot = ["合计", v["连接的工业设备/产品/产线种类及数量（台/套）"], v["公有云工业设备连接数量（台/套）"],
           v["公有云工业设备平均日运行数量（台/套）"]]
    reg = [[k, n, v["按省市区域统计公有云工业设备数量（台/套）"].get(k, 0), v["按省市区域统计公有云工业设备平均日运行数量（台/套）"].get(k, 0)]
           for k, n in v["按省市区域统计工业设备数量（台/套）"].items()]
    os_ = [[k, n] for k, n in (v["按海外国家分类统计海外设备连接数量（台/套）"] or {}).items()]
    return cat, tot, reg, os_


def _dev_facts(p: Pkg, rel: str, pages: tuple[int, int, int], fmt, cat, tot, reg, os_) -> list[dict]:
    pc, pr, po = pages
    H = ["接入数量（台/套）", "其中：公有云接入（台/套）", "公有云日均运行（台/套）"]
    labels = ["连接的工业设备/产品/产线种类及数量（台/套）", "公有云工业设备连接数量（台/套）", "公有云工业设备平均日运行数量（台/套）"]
    out = [fact(labels[i], fmt(tot[i + 1]), "台/套", tot[i + 1], rel, pc, fmt(tot[i + 1]), "合计", H[i]) for i in range(3)]
    for row in cat[:2]:
        out.append(fact("按二级分类统计工业设备数量（台/套）", fmt(row[1]), "台/套", row[1], rel, pc, fmt(row[1]), row[0], H[0],
                        f"{row[0]}（台/套）"))
    out.append(fact("按二级分类统计公有云工业设备数量（台/套）", fmt(cat[0][2]), "台/套", cat[0][2], rel, pc, fmt(cat[0][2]),
                    cat[0][0], H[1], f"{cat[0][0]}（台/套）"))
    for row in reg[:2]:
        out.append(fact("按省市区域统计工业设备数量（台/套）", fmt(row[1]), "台/套", row[1], rel, pr, fmt(row[1]), row[0], H[0],
                        f"{row[0]}（台/套）"))
    if os_:
        n = sum(r[1] for r in os_)
        out.append(fact("海外设备连接数量（台/套）", fmt(n), "台/套", n, rel, po, fmt(n), "合计", "接入数量（台/套）"))
        out.append(fact("按海外国家分类统计海外设备连接数量（台/套）", fmt(os_[0][1]), "台/套", os_[0][1], rel, po, fmt(os_[0][1]),
                        os_[0][0], "接入数量（台/套）", f"{os_[0][0]}（台/套）"))
    return out


def devices_pdf(p: Pkg, root: Path, rel: str) -> list[dict]:
    path = root / rel
    cat, tot, reg, os_ = _dev_tables(p)
    H = ["接入数量（台/套）", "其中：公有云接入（台/套）", "公有云日均运行（台/套）"]
    fmt = lambda n: th(n)  # noqa: E731
    rows = lambda rs: [[r[0]] + [fmt(x) for x in r[1:]] for r in rs]  # noqa: E731
    story = [P("平台接入工业设备统计表", "title"), P("统计截止日：2024年6月30日　数据来源：平台设备管理中心导出", "n"),
             P("表1 按设备二级分类（附录A）统计", "h"), table([["设备类别"] + H] + rows(cat + [tot]), [50, 38, 42, 42], align_right_from=1),
             Spacer(1, 6), P("注：日均运行数量为2023年7月至2024年6月每日上传实时运行数据的公有云设备数的日平均值。", "n"),
             PageBreak(), P("表2 按省市区域（附录F，含海外）统计", "h"), P("设备所属地按设备所属企业注册地统计。", "n"),
             table([["区域"] + H] + rows(reg + [tot]), [50, 38, 42, 42], align_right_from=1)]
    if os_:
        story += [Spacer(1, 10), P("表3 海外设备按国家统计", "h"),
                  table([["国家（中文+English）", "接入数量（台/套）"]] + rows(os_ + [["合计", sum(r[1] for r in os_)]]), [70, 50],
                        align_right_from=1)]
    write_pdf(path, story, header=f"{p.company}　{p.listed_name}")
    assert len(pdf_pages_text(path)) == 2
    return _dev_facts(p, rel, (1, 2, 2), fmt, cat, tot, reg, os_)


def _book() -> openpyxl.Workbook:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    return wb


def _save(wb, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.properties.creator = "平台运营管理系统"
    import datetime as _dt
    wb.properties.created = wb.properties.modified = _dt.datetime(2024, 7, 18, 9, 30)
    wb.save(str(path))
    normalize_zip(path)


def devices_xlsx(p: Pkg, root: Path, rel: str) -> list[dict]:
    path = root / rel
    cat, tot, reg, os_ = _dev_tables(p)
    H = ["接入数量（台/套）", "其中：公有云接入（台/套）", "公有云日均运行（台/套）"]
    wb = _book()
    for title, head, rs in (("按设备类别", ["设备类别（附录A）"] + H, cat + [tot]), ("按区域", ["区域（附录F）"] + H, reg + [tot])):
        ws = wb.create_sheet(title)
        ws.append([f"{p.listed_name} 接入设备统计（截至2024-06-30）"])
        ws.append(head)
        for r in rs:
            ws.append(r)
        ws.column_dimensions["A"].width = 24
        for col in "BCD":
            ws.column_dimensions[col].width = 22
    if os_:
        ws = wb.create_sheet("海外设备")
        ws.append(["国家（中文+English）", "接入数量（台/套）"])
        for r in os_:
            ws.append(r)
        ws.append(["合计", sum(r[1] for r in os_)])
    ws = wb.create_sheet("导出信息")
    for r in (["导出系统", "平台设备管理中心"], ["导出时间", "2024-07-01 09:12:45"], ["导出人", p.s["contact"]["name"]],
              ["口径", "设备所属地按设备所属企业注册地；日均运行为近一年日平均值"]):
        ws.append(r)
    _save(wb, path)
    return _dev_facts(p, rel, (1, 2, 3), lambda n: str(n), cat, tot, reg, os_)


def screens(p: Pkg, root: Path, rel: str, title: str, which: list[str], extra_tiles: list[tuple], accent=(22, 93, 255)) -> list[dict]:
    v = p.v
    spec = {"dev": ("设备接入总数", "连接的工业设备/产品/产线种类及数量（台/套）", "台"),
            "reg": ("平台注册企业", "注册企业用户数（个）", "家"),
            "app": ("上架工业APP", "工业APP数量（个）", "个"),
            "model": ("机理模型库", "工业机理模型数量（个）", "个"),
            "ms": ("微服务", "微服务数量（个）", "个"),
            "devr": ("注册开发者", "开发者注册总数（个）", "人"),
            "pubdev": ("公有云接入设备", "公有云工业设备连接数量（台/套）", "台"),
            "sol": ("解决方案", "平台提供的解决方案总数（个）", "个")}
    tiles, facts = [], []
    for key in which:
        cap, label, unit = spec[key]
        val = th(v[label])
        tiles.append((cap, val, unit))
        facts.append(fact(label, val, unit, v[label], rel, 1, f"{cap} {val}", cap, "", "", True))
    tiles[2:2] = extra_tiles
    dashboard(p.pid, rel, root / rel, title, tiles, [f"{p.listed_name}｜运营驾驶舱", "注：截图时间2024年7月15日，数字为系统实时统计值"],
              accent=accent)
    return facts


def service_scan(p: Pkg, root: Path, rel: str, seed: int) -> list[dict]:
    """One-page 服务企业统计表, printed, stamped over the 大型企业 figure (not declared), scanned."""
    v = p.v
    tmp = root / (rel + ".layout.pdf")
    c = canvas.Canvas(str(tmp), pagesize=A4, invariant=1)
    W, H = A4
    c.setFont(FONT, 16)
    c.drawCentredString(W / 2, H - 70, "平台服务企业情况统计表")
    c.setFont(FONT, 10)
    c.drawString(60, H - 100, f"填报单位：{p.company}")
    c.drawString(60, H - 118, "统计截止日：2024年6月30日　　单位：家")
    rows = [("指标", "数量（家）", "统计口径"),
            ("平台注册企业", th(v["注册企业用户数（个）"]), "在平台完成注册认证的企业"),
            ("实际服务企业", th(v["实际服务企业数（个）"]), "累计使用平台产品或服务的企业，已剔除配套商"),
            ("其中：付费企业", th(v["付费企业数（个）"]), "使用付费服务的企业"),
            ("其中：本市企业", th(v["服务本市企业数量（个）"]), "注册地在上海市的企业"),
            ("其中：中小企业", th(v["服务中小企业数量（个）"]), "按工信部联企业〔2011〕300号划型"),
            ("其中：大型企业", th(v["实际服务企业数（个）"] - v["服务中小企业数量（个）"]), "按工信部联企业〔2011〕300号划型")]
    y0 = H - 150
    for i, r in enumerate(rows):
        y = y0 - i * 30
        c.rect(60, y - 10, W - 120, 30)
        c.drawString(70, y + 1, r[0])
        c.drawRightString(300, y + 1, r[1])
        c.drawString(315, y + 1, r[2])
    c.drawString(60, y0 - len(rows) * 30 - 20, "数据来源：平台运营管理系统客户中心；经办人：" + p.s["contact"]["name"])
    c.drawString(60, y0 - len(rows) * 30 - 40, f"{p.company}（盖章）　　　　2024年7月10日")
    c.showPage()
    c.save()
    big_y = y0 - 6 * 30  # baseline of the 大型企业 row
    seal_fy = 1 - (big_y - 32) / H  # below the 中小企业 row: covers only the 大型企业 figure and the source line
    scan_pdf(p.pid, rel, tmp, root / rel, seed, seals={1: [(285 / W, seal_fy, p.company, -12, 0.085)]})
    img = True
    return [fact("注册企业用户数（个）", rows[1][1], "家", v["注册企业用户数（个）"], rel, 1, f"平台注册企业 {rows[1][1]}", "平台注册企业",
                 "数量（家）", "", img),
            fact("实际服务企业数（个）", rows[2][1], "家", v["实际服务企业数（个）"], rel, 1, f"实际服务企业 {rows[2][1]}", "实际服务企业",
                 "数量（家）", "", img),
            fact("付费企业数（个）", rows[3][1], "家", v["付费企业数（个）"], rel, 1, f"其中：付费企业 {rows[3][1]}", "其中：付费企业",
                 "数量（家）", "", img),
            fact("服务本市企业数量（个）", rows[4][1], "家", v["服务本市企业数量（个）"], rel, 1, f"其中：本市企业 {rows[4][1]}",
                 "其中：本市企业", "数量（家）", "", img),
            fact("服务中小企业数量（个）", rows[5][1], "家", v["服务中小企业数量（个）"], rel, 1, f"其中：中小企业 {rows[5][1]}",
                 "其中：中小企业", "数量（家）", "", img)]


def ledger(p: Pkg, root: Path, rel: str, unit: str) -> list[dict]:
    """APP subscription ledger: summary sheet and the killer-APP sheet; amounts in 元, 千元 or 万元."""
    v, s = p.v, p.s
    path = root / rel
    k = {"元": 10000, "千元": 10, "万元": 1}[unit]
    amount = round(v["工业APP订阅总金额（万元）"] * k, 2)
    wb = _book()
    ws = wb.create_sheet("订阅汇总")
    ws.append([f"{p.listed_name} 工业APP订阅统计（自运营以来累计，截至2024-06-30）"])
    ws.append(["指标", "数值", "单位"])
    ws.append(["工业APP订阅总数量", v["工业APP订阅总数量（个）"], "个"])
    ws.append(["其中：杀手锏工业APP订阅数量", v["杀手锏工业APP订阅数量（个）"], "个"])
    ws.append(["工业APP订阅总金额", amount, unit])
    ws.append(["口径说明", "私有部署按用户数计；多租户按购买数量计", ""])
    ws.column_dimensions["A"].width = 32
    ws.column_dimensions["B"].width = 18
    ws2 = wb.create_sheet("杀手锏APP")
    ws2.append(["排名", "APP名称", "简介", "订阅数量（个）", "公有云日均在线用户（个）"])
    for rank, name, subs, dau in s["killers"]:
        ws2.append([rank, name, f"{name}相关功能的SaaS服务", subs, dau])
    ws2.append(["合计", "", "", v["杀手锏工业APP订阅数量（个）"], v["公有云杀手锏APP平均日在线用户数（个）"]])
    ws2.column_dimensions["B"].width = 22
    ws2.column_dimensions["C"].width = 34
    _save(wb, path)
    amt_txt = str(int(amount)) if amount == int(amount) else str(amount)
    return [fact("工业APP订阅总数量（个）", str(v["工业APP订阅总数量（个）"]), "个", v["工业APP订阅总数量（个）"], rel, 1,
                 str(v["工业APP订阅总数量（个）"]), "工业APP订阅总数量", "数值"),
            fact("杀手锏工业APP订阅数量（个）", str(v["杀手锏工业APP订阅数量（个）"]), "个", v["杀手锏工业APP订阅数量（个）"], rel, 1,
                 str(v["杀手锏工业APP订阅数量（个）"]), "其中：杀手锏工业APP订阅数量", "数值"),
            fact("工业APP订阅总金额（万元）", amt_txt, unit, v["工业APP订阅总金额（万元）"], rel, 1, amt_txt, "工业APP订阅总金额", "数值"),
            fact("公有云杀手锏APP平均日在线用户数（个）", str(v["公有云杀手锏APP平均日在线用户数（个）"]), "个",
                 v["公有云杀手锏APP平均日在线用户数（个）"], rel, 2, str(v["公有云杀手锏APP平均日在线用户数（个）"]), "合计",
                 "公有云日均在线用户（个）")]


def awards(p: Pkg, root: Path, rel: str) -> list[dict]:
    path = root / rel
    aw = p.s["awards"]
    q = f"省部级及以上奖项/荣誉清单（共{len(aw)}项）"
    write_pdf(path, [P(q, "title"),
                     table([["序号", "奖项/荣誉名称", "获奖时间", "颁发单位"]] + [[str(i + 1), a, b, c] for i, (a, b, c) in enumerate(aw)],
                           [12, 90, 22, 50]),
                     Spacer(1, 10), P("注：证书扫描件附后（略）。", "n")], header=p.company)
    return [fact("平台获得省部级及以上奖项/荣誉数量（个）", str(len(aw)), "项", len(aw), rel, 1, q, "清单标题")]
