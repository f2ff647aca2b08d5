"""Evidence documents (audit reports, IP lists, device statistics, dashboards, certificates)."""
from __future__ import annotations

import random

import openpyxl
from openpyxl.styles import Font
from PIL import Image, ImageDraw
from reportlab.lib.units import mm

from docs import save_xlsx
from lib import NOTO_SANS, WQY, Doc, Facts, Sheet, fmt_int, fmt_money, pfont, wan

REV = "平台近三年经营指标情况"


# ----------------------------------------------------------------------------- audit report
def audit_report(doc: Doc, pkg, facts: Facts, fname, auditor, report_no, plat, *, landscape_platform=False,
                 unit="元", company_rows=None, platform_as_image=False, first=True, footer=None):
    """Company statements + a platform table. plat = dict(rev={y: 万元}, rd=万元, profit=万元) as printed."""
    P = pkg.P
    from lib import page_footer
    doc.start_document(footer=footer or page_footer("第 {n} 页"), first=first)
    doc.y -= 120
    doc.text(P["company"], 18, align="center")
    doc.text("2023年度财务报表审计报告", 18, align="center")
    doc.y -= 40
    doc.text(report_no, 12, align="center")
    doc.y -= 260
    doc.text(auditor, 13, align="center")
    doc.text("二〇二四年四月十八日", 12, align="center")
    doc.new_page()
    doc.heading("审 计 报 告", 15, align="center")
    doc.text(report_no, 10, align="right")
    doc.text(f"{P['company']}全体股东：", 11)
    doc.heading("一、审计意见", 12)
    doc.para(f"我们审计了{P['company']}（以下简称“公司”）财务报表，包括2023年12月31日的合并及母公司资产负债表，2023年度的合并及"
             "母公司利润表、现金流量表、所有者权益变动表以及相关财务报表附注。", 10.5)
    doc.para("我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了公司2023年12月31日的合并及母公司财务状况"
             "以及2023年度的合并及母公司经营成果和现金流量。", 10.5)
    doc.heading("二、形成审计意见的基础", 12)
    doc.para("我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步阐述了我们"
             "在这些准则下的责任。按照中国注册会计师职业道德守则，我们独立于公司，并履行了职业道德方面的其他责任。", 10.5)
    doc.heading("三、管理层和治理层对财务报表的责任", 12)
    doc.para("管理层负责按照企业会计准则的规定编制财务报表，使其实现公允反映，并设计、执行和维护必要的内部控制。", 10.5)
    doc.y -= 30
    doc.text(f"{auditor}                中国注册会计师：（签名并盖章）", 10)
    doc.text("中国·上海                        二〇二四年四月十八日", 10)
    # company income statement
    doc.new_page()
    doc.heading("合并利润表", 14, align="center")
    doc.text("2023年度                                                 单位：元", 9)
    crow = company_rows
    doc.table(["项目", "附注", "本期金额", "上期金额"], crow, [190, 40, 120, 120], size=9,
              aligns=["left", "center", "right", "right"])
    doc.text("法定代表人：            主管会计工作负责人：            会计机构负责人：", 9)
    # note pages
    doc.new_page()
    doc.heading("财务报表附注（节选）", 13)
    doc.para("一、公司基本情况。" + P["co"]["business"] + "。", 10.5)
    doc.para("二、收入确认原则。公司在履行了合同中的履约义务，即在客户取得相关商品或服务控制权时确认收入。平台订阅服务按服务期间分期确认，"
             "平台项目实施服务按履约进度确认。", 10.5)
    doc.para(f"三、分部信息。公司以内部组织结构、管理要求为依据确定报告分部。{P['short']}平台业务作为独立核算单元，单独核算收入、"
             "成本、研发支出，相关数据见下表。", 10.5)
    # platform table
    years = (2023, 2022, 2021)
    if unit == "元":
        conv = lambda v: fmt_money(v * 10000)
    else:
        conv = lambda v: fmt_money(v)
    rows = [["平台营业收入"] + [conv(plat["rev"][y]) for y in years],
            ["平台营业成本"] + [conv(plat["rev"][y] * 0.58) for y in years],
            ["平台研发投入"] + [conv(plat["rd"]), conv(plat["rd"] * 0.88), conv(plat["rd"] * 0.79)],
            ["平台利润总额"] + [conv(plat["profit"]), conv(plat["profit"] * 0.9), conv(plat["profit"] * 0.81)]]
    head = ["项目", "2023年度", "2022年度", "2021年度"]
    title = f"附表：{P['short']}平台业务收入及研发投入明细（单位：{unit}）"
    if platform_as_image:
        s = Sheet(w_mm=170, h_mm=62, dpi=200)
        s.text(2, 2, title, size=10)
        s.table(2, 10, [42, 40, 40, 40], [head] + rows, rowh=9, size=9)
        doc.para("平台业务分部数据如下（原表由财务共享中心系统导出）：", 10.5)
        page = doc.image(s.img, 165)
        img_only = True
        pages = [page] * 4
    else:
        if landscape_platform:
            doc.new_page(orient="landscape")
        doc.heading(title, 12)
        pages = doc.table(head, rows, [150, 120, 120, 120] if landscape_platform else [130, 105, 105, 105], size=9.5,
                          aligns=["left", "right", "right", "right"])
        img_only = False
    doc.para("注：平台营业收入系公司基于平台直接订阅服务及平台服务所取得的收入，按合同归属拆分；研发投入口径与国家统计局R&D口径一致。", 9.5)
    u = unit
    nv = (lambda v: round(v, 2))
    facts.add("平台相关营业收入（万元）", rows[0][1], u, nv(plat["rev"][2023]), fname, pages[0], row="平台营业收入",
              col="2023年度", image_only=img_only)
    facts.add(REV, rows[0][2], u, nv(plat["rev"][2022]), fname, pages[0], row="平台营业收入", col="2022年度",
              component="2022年平台营收（万元）", image_only=img_only)
    facts.add(REV, rows[0][3], u, nv(plat["rev"][2021]), fname, pages[0], row="平台营业收入", col="2021年度",
              component="2021年平台营收（万元）", image_only=img_only)
    facts.add("平台相关研发投入（万元）", rows[2][1], u, nv(plat["rd"]), fname, pages[2], row="平台研发投入", col="2023年度",
              image_only=img_only)
    facts.add("平台利润率（%）", rows[3][1], u, nv(plat["profit"]), fname, pages[3], row="平台利润总额", col="2023年度",
              component="平台利润总额（万元）", image_only=img_only)
    facts.add("投资回报率（%）", rows[3][1], u, nv(plat["profit"]), fname, pages[3], row="平台利润总额", col="2023年度",
              component="平台年利润（万元）", image_only=img_only)
    if landscape_platform:
        doc.new_page()
    else:
        doc.y -= 10
    doc.para("四、其他重要事项。截至审计报告日，公司无需要披露的重大或有事项及资产负债表日后事项。", 10.5)


def company_income_rows(total_rev_yuan, seed):
    rng = random.Random(seed)
    cur = total_rev_yuan
    prev = cur / (1 + rng.uniform(0.06, 0.15))
    items = []
    def r(x):
        return fmt_money(x)
    cost_c, cost_p = cur * 0.62, prev * 0.63
    rd_c, rd_p = cur * 0.11, prev * 0.105
    prof_c, prof_p = cur * 0.092, prev * 0.085
    items = [["一、营业总收入", "", r(cur), r(prev)], ["其中：营业收入", "五、41", r(cur), r(prev)],
             ["二、营业总成本", "", r(cur * 0.9), r(prev * 0.9)], ["其中：营业成本", "五、41", r(cost_c), r(cost_p)],
             ["税金及附加", "五、42", r(cur * 0.006), r(prev * 0.006)], ["销售费用", "五、43", r(cur * 0.07), r(prev * 0.07)],
             ["管理费用", "五、44", r(cur * 0.08), r(prev * 0.08)], ["研发费用", "五、45", r(rd_c), r(rd_p)],
             ["财务费用", "五、46", r(-cur * 0.004), r(-prev * 0.003)], ["加：其他收益", "五、47", r(cur * 0.012), r(prev * 0.01)],
             ["投资收益", "五、48", r(cur * 0.004), r(prev * 0.003)], ["三、营业利润", "", r(prof_c * 1.02), r(prof_p * 1.02)],
             ["加：营业外收入", "", r(cur * 0.001), r(prev * 0.001)], ["减：营业外支出", "", r(cur * 0.0008), r(prev * 0.0005)],
             ["四、利润总额", "", r(prof_c), r(prof_p)], ["减：所得税费用", "五、49", r(prof_c * 0.11), r(prof_p * 0.11)],
             ["五、净利润", "", r(prof_c * 0.89), r(prof_p * 0.89)]]
    return items


# ----------------------------------------------------------------------------- IP list
def ip_rows(kind, n, seed, owner, start_year=2016):
    rng = random.Random(seed)
    topics = ["设备数据采集", "边缘计算网关", "工业协议解析", "设备故障预测", "工艺参数优化", "能耗监测", "数字孪生建模", "低代码应用编排",
              "时序数据压缩", "质量追溯", "远程运维", "供应链协同调度", "工业模型训练", "多租户隔离", "标识解析对接", "碳排放核算"]
    rows = []
    for i in range(n):
        t = rng.choice(topics)
        y = rng.randint(start_year, 2024)
        if kind == "patent":
            typ = rng.choice(["发明专利", "发明专利", "实用新型"])
            no = f"ZL{y - 1}1{rng.randint(0, 9999999):07d}.{rng.randint(0, 9)}"
            name = f"一种基于{rng.choice(['多源数据', '深度学习', '规则引擎', '知识图谱'])}的{t}方法及系统"
            rows.append([str(i + 1), name, typ, no, owner, f"{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"])
        else:
            no = f"{y}SR{rng.randint(100000, 1999999):07d}"
            name = f"{t}{rng.choice(['管理系统', '平台软件', '分析软件', '服务系统'])}V{rng.randint(1, 5)}.0"
            rows.append([str(i + 1), name, no, owner, f"{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"])
    return rows


def ip_list(doc: Doc, pkg, facts, fname, n_pat, n_sw, *, repeat_header=False, sw_as_image=False, first=True,
            footer=None, header=None, total_style="title"):
    P = pkg.P
    from lib import page_footer
    doc.start_document(footer=footer or page_footer("{n}"), header=header, first=first)
    doc.heading(f"{P['short']}平台核心软硬件技术知识产权清单", 15, align="center")
    doc.text(f"权利人：{P['company']}        统计截至：2024年6月30日", 9.5)
    pats = ip_rows("patent", n_pat, P["no"] * 3, P["company"])
    t1 = f"表1 授权专利清单（共{n_pat}项）" if total_style == "title" else "表1 授权专利清单"
    p0 = doc.text(t1, 11, font="WQY")
    pages = doc.table(["序号", "专利名称", "类型", "专利号", "专利权人", "授权日"], pats, [24, 170, 44, 90, 100, 54],
                      size=7.5, repeat_header=repeat_header)
    if total_style == "title":
        facts.add("平台核心软硬件技术获得的专利数量（项）", str(n_pat), "项", n_pat, fname, p0, quote=t1, row="表1")
    else:
        q = f"合计：{n_pat}项"
        pq = doc.text(q, 10)
        facts.add("平台核心软硬件技术获得的专利数量（项）", str(n_pat), "项", n_pat, fname, pq, quote=q, row="合计")
    sws = ip_rows("sw", n_sw, P["no"] * 5, P["company"])
    t2 = f"表2 计算机软件著作权清单（共{n_sw}项）"
    if sw_as_image:
        doc.new_page()
        doc.text(t2.replace(f"（共{n_sw}项）", ""), 11, font="WQY")
        doc.para("（以下清单截取自公司知识产权管理系统）", 9, indent=False)
        per = 34
        img_pages = []
        for k in range(0, len(sws), per):
            chunk = sws[k:k + per]
            s = Sheet(w_mm=170, h_mm=8 + 6.2 * (len(chunk) + 1) + (10 if k + per >= len(sws) else 0), dpi=170)
            y = s.table(1, 1, [12, 62, 30, 44, 20], [["序号", "软件名称", "登记号", "著作权人", "登记日期"]] + chunk, rowh=6.2,
                        size=6.5)
            if k + per >= len(sws):
                s.text(2, y + 2, t2.replace("表2 计算机软件著作权清单", "软件著作权合计").replace("（", "：").replace("）", ""), size=9)
            if k:
                doc.new_page()
            img_pages.append(doc.image(s.img, 168))
        q = f"软件著作权合计：共{n_sw}项"
        facts.add("平台核心软硬件技术获得的软著数量（个）", str(n_sw), "项", n_sw, fname, img_pages[-1], quote=q, row="合计",
                  image_only=True)
    else:
        doc.y -= 8
        p2 = doc.text(t2, 11, font="WQY")
        doc.table(["序号", "软件名称", "登记号", "著作权人", "登记日期"], sws, [24, 190, 90, 110, 68], size=7.5,
                  repeat_header=repeat_header)
        facts.add("平台核心软硬件技术获得的软著数量（个）", str(n_sw), "项", n_sw, fname, p2, quote=t2, row="表2")


# ----------------------------------------------------------------------------- devices
def device_pdf(doc: Doc, pkg, facts, fname, *, first=True, footer=None, detail_rows=0, landscape=False,
               repeat_header=False, evidence_overrides=None):
    P, R = pkg.P, pkg.rows
    ev = dict(evidence_overrides or {})
    from lib import page_footer
    doc.start_document(footer=footer or page_footer("第{n}页"), first=first, orient="landscape" if landscape else "portrait")
    doc.heading(f"{P['short']}平台接入工业设备统计表", 15, align="center")
    doc.text("统计口径：截至2024年6月30日；设备所属地按设备所属企业注册地统计；数据来源：平台设备管理中心", 9)
    cat = R["按二级分类统计工业设备数量（台/套）"][1]
    pc = R["按二级分类统计公有云工业设备数量（台/套）"][1]
    rc = R["按二级分类统计公有云工业设备平均日运行数量（台/套）"][1]
    cat = ev.get("cat", cat)
    rows = [[k, fmt_int(cat[k]), fmt_int(pc.get(k, 0)), fmt_int(rc.get(k, 0))] for k in cat]
    tot = ev.get("total", sum(cat.values()))
    ptot, rtot = sum(pc.values()), sum(rc.values())
    rows.append(["合计", fmt_int(tot), fmt_int(ptot), fmt_int(rtot)])
    doc.text("表1 按设备二级分类统计（单位：台/套）", 10.5, font="WQY")
    pages = doc.table(["设备二级分类", "接入设备总数", "其中：公有云接入", "公有云日均运行"], rows, [150, 100, 100, 100], size=9,
                      aligns=["left", "right", "right", "right"], bold_rows=(len(rows) - 1,))
    pg = pages[-1]
    facts.add("连接的工业设备/产品/产线种类及数量（台/套）", fmt_int(tot), "台/套", tot, fname, pg, row="合计", col="接入设备总数")
    facts.add("公有云工业设备连接数量（台/套）", fmt_int(ptot), "台/套", ptot, fname, pg, row="合计", col="其中：公有云接入")
    facts.add("公有云工业设备平均日运行数量（台/套）", fmt_int(rtot), "台/套", rtot, fname, pg, row="合计", col="公有云日均运行")
    reg = R["按省市区域统计工业设备数量（台/套）"][1]
    rrows = [[k, fmt_int(v)] for k, v in reg.items()]
    rrows.append(["合计", fmt_int(sum(reg.values()))])
    doc.text("表2 按省市区域统计（单位：台/套）", 10.5, font="WQY")
    doc.table(["区域", "接入设备数"], rrows, [200, 120], size=9, aligns=["left", "right"])
    ov = R["按海外国家分类统计海外设备连接数量（台/套）"][1]
    if isinstance(ov, dict):
        doc.text("表3 海外设备（单位：台/套）", 10.5, font="WQY")
        orows = [[k, fmt_int(v)] for k, v in ov.items()] + [["海外合计", fmt_int(sum(ov.values()))]]
        pp = doc.table(["国家", "接入设备数"], orows, [200, 120], size=9, aligns=["left", "right"])
        facts.add("海外设备连接数量（台/套）", fmt_int(sum(ov.values())), "台/套", sum(ov.values()), fname, pp[-1],
                  row="海外合计", col="接入设备数")
    if detail_rows:
        rng = random.Random(P["no"] * 11)
        doc.new_page(orient="landscape" if landscape else "portrait")
        doc.text("附：接入设备明细（抽样，按接入时间排序）", 10.5, font="WQY")
        names = ["数控车床", "注塑机", "空压机", "变频器", "冷水机组", "AGV小车", "焊接机器人", "PLC控制柜", "智能电表", "塔吊监测终端",
                 "施工升降机", "环境监测仪", "锅炉", "风机", "水泵"]
        det = []
        regions = [k for k in reg]
        for i in range(detail_rows):
            det.append([str(i + 1), f"DEV{P['no']:02d}{rng.randint(100000, 999999)}", rng.choice(names),
                        rng.choice(list(cat)), rng.choice(regions), rng.choice(["公有云", "私有云", "公有云", "专有网"]),
                        f"2023-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"])
        doc.table(["序号", "设备编码", "设备名称", "二级分类", "所属区域", "接入方式", "接入日期"], det,
                  [30, 80, 80, 90, 70, 60, 70], size=8, repeat_header=repeat_header)
        doc.text(f"（明细共{detail_rows}条，为全部接入设备的抽样，完整清单可在平台设备管理中心导出）", 9)


def device_xlsx(pkg, path, facts, fname):
    R = pkg.rows
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "按分类"
    ws.append(["设备二级分类", "接入设备数（台/套）", "公有云接入（台/套）", "公有云日均运行（台/套）"])
    cat = R["按二级分类统计工业设备数量（台/套）"][1]
    pc = R["按二级分类统计公有云工业设备数量（台/套）"][1]
    rc = R["按二级分类统计公有云工业设备平均日运行数量（台/套）"][1]
    for k in cat:
        ws.append([k, cat[k], pc[k], rc[k]])
    n = len(cat) + 1
    ws.append(["合计", f"=SUM(B2:B{n})", f"=SUM(C2:C{n})", f"=SUM(D2:D{n})"])
    for c in ws[1]:
        c.font = Font(bold=True)
    ws2 = wb.create_sheet("按区域")
    ws2.append(["区域", "接入设备数（台/套）", "公有云接入（台/套）", "公有云日均运行（台/套）"])
    reg = R["按省市区域统计工业设备数量（台/套）"][1]
    pr = R["按省市区域统计公有云工业设备数量（台/套）"][1]
    rr = R["按省市区域统计公有云工业设备平均日运行数量（台/套）"][1]
    for k in reg:
        ws2.append([k, reg[k], pr[k], rr[k]])
    ws2.append(["合计", sum(reg.values()), sum(pr.values()), sum(rr.values())])
    ov = R["按海外国家分类统计海外设备连接数量（台/套）"][1]
    tot = sum(reg.values())
    facts.add("连接的工业设备/产品/产线种类及数量（台/套）", str(tot), "台/套", tot, fname, 2, row="合计", col="接入设备数（台/套）")
    facts.add("公有云工业设备连接数量（台/套）", str(sum(pr.values())), "台/套", sum(pr.values()), fname, 2, row="合计",
              col="公有云接入（台/套）")
    facts.add("公有云工业设备平均日运行数量（台/套）", str(sum(rr.values())), "台/套", sum(rr.values()), fname, 2, row="合计",
              col="公有云日均运行（台/套）")
    if isinstance(ov, dict):
        ws2.append([])
        ws2.append(["其中：海外合计", sum(ov.values())])
        facts.add("海外设备连接数量（台/套）", str(sum(ov.values())), "台/套", sum(ov.values()), fname, 2, row="其中：海外合计")
    for w in (ws, ws2):
        w.column_dimensions["A"].width = 22
        for col in "BCD":
            w.column_dimensions[col].width = 20
    save_xlsx(wb, path)


# ----------------------------------------------------------------------------- dashboards
def dashboard(pkg, title, tiles, seed, w=1600, h=900, theme="dark"):
    """tiles: list of (caption, shown text). Returns PIL image."""
    rng = random.Random(seed)
    bg, fg, card = ((12, 24, 48), (230, 240, 255), (24, 44, 84)) if theme == "dark" else \
        ((240, 243, 247), (30, 40, 60), (255, 255, 255))
    im = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, w, 56], fill=(8, 16, 32) if theme == "dark" else (30, 90, 170))
    d.text((24, 14), title, font=pfont(26, NOTO_SANS, 2), fill=(255, 255, 255))
    d.text((w - 330, 18), "2024-06-30 17:42:05  管理员", font=pfont(18), fill=(200, 210, 230))
    cols = 3
    cw, ch = (w - 80) // cols, 150
    for i, (cap, val) in enumerate(tiles):
        x = 30 + (i % cols) * (cw + 10)
        y = 80 + (i // cols) * (ch + 16)
        d.rounded_rectangle([x, y, x + cw, y + ch], radius=10, fill=card)
        d.text((x + 20, y + 16), cap, font=pfont(22), fill=fg)
        d.text((x + 20, y + 58), val, font=pfont(54, NOTO_SANS, 2), fill=(70, 200, 255) if theme == "dark" else (20, 100, 200))
    # a fake chart
    y0 = 80 + ((len(tiles) + cols - 1) // cols) * (ch + 16) + 10
    d.rounded_rectangle([30, y0, w - 30, h - 20], radius=10, fill=card)
    d.text((50, y0 + 12), "近12个月活跃趋势", font=pfont(20), fill=fg)
    pts = []
    for k in range(12):
        pts.append((80 + k * (w - 200) / 11, h - 60 - rng.randint(20, max(30, h - y0 - 110))))
    d.line(pts, fill=(90, 220, 160), width=4)
    return im


def certificate_image(title, body, issuer, date, seed, dpi=150):
    s = Sheet(w_mm=297, h_mm=210, dpi=dpi, bg=(252, 246, 228))
    s.rect(8, 8, 281, 194, outline=(170, 120, 40), width=8)
    s.center(40, title, size=30, font=NOTO_SANS, index=2, fill=(160, 30, 30))
    s.wrap_text(40, 80, body, 217, size=16)
    s.text(180, 160, issuer, size=14)
    s.text(190, 172, date, size=14)
    s.seal(215, 160, issuer, r_mm=20, seed=seed)
    return s.img
