"""申报表 (DOCX / XLSX / PDF), 汇总表, 申报书, 承诺, 联系人表 renderers and truth rows, driven by a package dict."""
from pathlib import Path

from . import office as O
from .labels import A4_LABELS, CONTENT_OF, FORM_TREE, L1, normalize
from .pdfw import Pdf, image_file
from . import imaging as I


# ------------------------------------------------------------ derived strings
def build_mode(P):
    b = P["pf"]["建设方式"]
    if isinstance(b, str):
        return b
    return f"合作共建，{b[1]}" if b[1] else "合作共建"


def deploy_str(P):
    s = "、".join(P["pf"]["部署"])
    if P["pf"].get("部署其他"):
        s += ("、" if s else "") + "其他部署方式：" + P["pf"]["部署其他"]
    return s


def rev_value(P):
    return "；".join(f"{y}年平台营收{r}万元/增长率{g}%" for y, r, g in P["pf"]["rev"])


def rev_norm(P):
    out = {}
    for y, r, g in P["pf"]["rev"]:
        out[f"{y}年平台营收（万元）"] = float(str(r).replace(",", ""))
        out[f"{y}年增长率（%）"] = float(g)
    return out


def summary_rows(P):
    pf, co = P["pf"], P["co"]
    head = {
        "序号": (str(P["list_no"]), P["list_no"]),
        "企业名称": (P["company"], P["company"]),
        "平台名称": (P["declared_name"], P["declared_name"]),
        "平台性质": (P["nature"], P["nature"]),
        "联系人姓名": (co["联系人"], co["联系人"]),
        "联系人手机号": (co["手机"], co["手机"]),
        "联系人电子邮箱": (co["邮箱"], co["邮箱"]),
        "评审会现场地址信息": (P["addr"], P["addr"]),
        "平台网址": (pf["网址"], pf["网址"]),
        "建设时间": (pf["建设时间_iso"], pf["建设时间_iso"]),
        "平台建设金额（万元）": (pf["建设金额_value"], pf["建设金额_norm"]),
        "平台近三年经营指标情况": (rev_value(P), rev_norm(P)),
        "平台建设方式": (build_mode(P), build_mode(P)),
        "平台运营模式": (pf["运营模式"], pf["运营模式"]),
        "部署方式": (deploy_str(P), deploy_str(P)),
    }
    rows = []
    for lab in A4_LABELS:
        if lab in P.get("S", {}):
            v, n = P["S"][lab]
        elif lab in head:
            v, n = head[lab]
        else:
            v = P["F"][CONTENT_OF[lab]][0]
            n = normalize(lab, v)
        rows.append({"label": lab, "value": v, "normalized": n})
    return rows


# ------------------------------------------------------------ 申报表 content as row lists
def company_rows(P):
    co = P["co"]
    rows = [
        ["单位（企业）名称", P["company"], "单位（企业）代码", co["代码"]],
        ["成立日期", co["成立日期"], "注册地及所在行政区", co["注册地"]],
        ["企业类型", co["企业类型"], "注册资本", co["注册资本"]],
        ["主营业务", co["主营业务"], None, None],
        ["法定代表人", co["法人"], "联系人", co["联系人"] + "（" + co["职务"] + "）"],
        ["联系人手机", co["手机"], "传真", co.get("传真", "")],
        ["电子邮箱", co["邮箱"], None, None],
    ]
    return rows


def fin_rows(P):
    co = P["co"]
    return [["总资产\n（万元）", "主营业务收入\n（万元）", "主营业务收入增长率（%）", "负债率（%）", "利润总额\n（万元）", "税金\n（万元）"],
            [co["总资产"], co["主营收入"], co["收入增长率"], co["负债率"], co["利润总额"], co["税金"]]]


def platform_rows(P):
    pf = P["pf"]
    box = lambda on: "☑" if on else "□"
    b = pf["建设方式"]
    bm = f"{box(b == '自建')} 自建   {box(b != '自建')} 合作共建，合作企业名称（必填）：{'' if b == '自建' else b[1]}"
    om = "  ".join(f"{box(pf['运营模式'] == m)} {m}" for m in ("自运营", "联合运营", "委托运营"))
    ia = pf["IaaS"]
    im = f"{box(ia == '自建')} 自建   {box(ia != '自建')} 租用，服务商名称（必填）：{'' if ia == '自建' else ia[1]}"
    dm = "  ".join(f"{box(m in pf['部署'])} {m}" for m in ("边缘侧", "私有云", "公有云", "混合云"))
    dm += f"\n{box(bool(pf.get('部署其他')))} 其他部署方式，请填写（必填）：{pf.get('部署其他', '')}"
    revs = "\n".join(f"{y} 年平台营收 {r} 万元/增长率 {g} %" for y, r, g in pf["rev"])
    return [
        ["平台名称", pf.get("名称格", P["declared_name"])],
        ["建设时间", pf["建设时间"]],
        ["平台建设金额（万元）", pf["建设金额"]],
        ["平台近三年经营指标情况", revs + "\n注：此处数据需将平台相关收益单列，而非整个公司的财务数据。"],
        ["平台建设方式", bm],
        ["平台运营模式", om],
        ["IaaS基础设施", im],
        ["部署方式", dm],
        ["平台网址", f"{pf['网址']}\n账号：{pf['账号']}  密码：{pf['密码']}"],
        ["平台基本情况介绍", pf["介绍"]],
        ["平台建设成效", pf["成效"]],
    ]


def indicator_rows(P, with_proof=True):
    """[一级, 二级, 三级, 内容, 实际, 证明]; None where merged with the cell above."""
    rows = []
    last = [None, None, None]
    for l1, l2, l3, contents in FORM_TREE:
        for c in contents:
            act, proof = P["F"][c]
            k1 = L1[l1] if last[0] != l1 else None
            k2 = l2 if last[1] != l2 else None
            k3 = l3 if last[2] != l3 else None
            last = [l1, l2, l3]
            r = [k1, k2, k3, c, act]
            if with_proof:
                r.append(proof)
            rows.append(r)
    return rows


# ------------------------------------------------------------ 申报表 DOCX
def form_docx(P, path, font="宋体"):
    d = O.new_doc(font=font, size=10.5, author=P["co"]["联系人"])
    O.para(d, "")
    O.para(d, "上海市工业互联网平台应用水平评价", size=20, bold=True, align="center", font="黑体")
    O.para(d, "申报表", size=24, bold=True, align="center", font="黑体")
    O.para(d, "")
    for k, v in [("申报年度：", "2024 年度"), ("平台名称：", P["declared_name"]), ("申报单位：", P["company"] + "（公章）"),
                 ("联 系 人：", P["co"]["联系人"]), ("联系人电话：", P["co"]["手机"])]:
        O.para(d, f"{k}{v}", size=14)
    O.para(d, "")
    O.para(d, "上海市经济和信息化委员会制", size=14, align="center")
    O.para(d, P["date_cn"], size=14, align="center")
    O.page_break(d)
    O.heading(d, "一、企业基本情况", 14)
    cr = company_rows(P)
    O.table(d, cr, widths_cm=[3, 5.5, 3, 5], merges=[(3, 1, 3, 3), (6, 1, 6, 3)])
    O.para(d, "股权结构", bold=True)
    O.table(d, [["发起人及出资信息", "金额", "持股比例"]] + [list(x) for x in P["co"]["股东"]], widths_cm=[8, 4, 4])
    O.para(d, "申报单位上一年度经营状况（2023 年）", bold=True)
    O.table(d, fin_rows(P), size=9)
    O.page_break(d)
    O.heading(d, "二、平台基本情况", 14)
    O.table(d, platform_rows(P), widths_cm=[3.5, 13])
    O.page_break(d)
    O.heading(d, "三、上海市工业互联网平台应用水平评价指标明细表", 14)
    rows = indicator_rows(P)
    hdr = ["一级\n指标", "二级\n指标", "三级\n指标", "内容", "平台实际情况", "证明资料"]
    all_rows = [hdr] + [[x if x is not None else "" for x in r] for r in rows]
    t = O.table(d, all_rows, widths_cm=[1.6, 1.6, 1.8, 4.2, 5.6, 3.2], size=8.5, bold_first_row=True)
    # vertical merges of the level columns
    for col in range(3):
        start = None
        for i, r in enumerate(rows, start=1):
            if r[col] is not None:
                if start is not None and i - 1 > start:
                    keep = all_rows[start][col]
                    m = t.cell(start, col).merge(t.cell(i - 1, col))
                    O.cell_text(m, keep, size=8.5)
                start = i
        if start is not None and len(rows) > start:
            keep = all_rows[start][col]
            m = t.cell(start, col).merge(t.cell(len(rows), col))
            O.cell_text(m, keep, size=8.5)
    O.save_doc(d, path)


# ------------------------------------------------------------ 申报表 XLSX
def form_xlsx(P, path):
    wb = O.new_wb()
    ws = wb.active
    ws.title = "封面"
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 60
    O.put(ws, 2, 1, "上海市工业互联网平台应用水平评价申报表", bold=True, size=16, border=False)
    ws.merge_cells("A2:B2")
    r = 4
    for k, v in [("申报年度", "2024年度"), ("平台名称", P["declared_name"]), ("申报单位", P["company"]),
                 ("联系人", P["co"]["联系人"]), ("联系人电话", P["co"]["手机"]), ("填报日期", P["date_cn"])]:
        O.put(ws, r, 1, k)
        O.put(ws, r, 2, v)
        r += 1
    ws2 = wb.create_sheet("企业基本情况")
    for c, w in zip("ABCD", (18, 34, 18, 30)):
        ws2.column_dimensions[c].width = w
    r = 1
    O.put(ws2, r, 1, "一、企业基本情况", bold=True, border=False)
    r += 1
    for row in company_rows(P):
        for j, v in enumerate(row):
            if v is not None:
                O.put(ws2, r, j + 1, v)
        if row[2] is None:
            ws2.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        r += 1
    r += 1
    O.put(ws2, r, 1, "股权结构", bold=True, border=False)
    r += 1
    for row in [["发起人及出资信息", "金额", "持股比例"]] + [list(x) for x in P["co"]["股东"]]:
        for j, v in enumerate(row):
            O.put(ws2, r, j + 1, v)
        r += 1
    r += 1
    O.put(ws2, r, 1, "申报单位上一年度经营状况（2023年）", bold=True, border=False)
    r += 1
    fr = fin_rows(P)
    for j in range(6):
        O.put(ws2, r, 1 + (j % 2) * 2, fr[0][j].replace("\n", ""))
        O.put(ws2, r, 2 + (j % 2) * 2, fr[1][j])
        if j % 2 == 1:
            r += 1
    ws3 = wb.create_sheet("平台基本情况")
    ws3.column_dimensions["A"].width = 22
    ws3.column_dimensions["B"].width = 90
    O.put(ws3, 1, 1, "二、平台基本情况", bold=True, border=False)
    for i, (k, v) in enumerate(platform_rows(P), start=2):
        O.put(ws3, i, 1, k)
        O.put(ws3, i, 2, v)
    ws4 = wb.create_sheet("指标明细表")
    for c, w in zip("ABCDEF", (12, 14, 16, 34, 50, 26)):
        ws4.column_dimensions[c].width = w
    O.put(ws4, 1, 1, "三、上海市工业互联网平台应用水平评价指标明细表", bold=True, border=False)
    ws4.merge_cells("A1:F1")
    hdr = ["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]
    for j, v in enumerate(hdr):
        O.put(ws4, 2, j + 1, v, bold=True, align="center")
    rows = indicator_rows(P)
    nums = P.get("xlsx_numbers", {})
    for i, row in enumerate(rows, start=3):
        for j, v in enumerate(row):
            if v is None:
                O.put(ws4, i, j + 1, None)
                continue
            if j == 4 and row[3] in nums:
                v = nums[row[3]]
            O.put(ws4, i, j + 1, v, fmt=("#,##0.00" if isinstance(v, float) else None))
    for col in range(3):
        start = None
        for i, row in enumerate(rows, start=3):
            if row[col] is not None:
                if start is not None and i - 1 > start:
                    ws4.merge_cells(start_row=start, start_column=col + 1, end_row=i - 1, end_column=col + 1)
                start = i
        last = len(rows) + 2
        if last > start:
            ws4.merge_cells(start_row=start, start_column=col + 1, end_row=last, end_column=col + 1)
    ws4.freeze_panes = "E3"
    O.save_wb(wb, path)


# ------------------------------------------------------------ 申报表 as PDF (WPS export / scan base)
def form_pdf(P, path, font="STSong-Light", repeat_header=False, split_rows=True, footer=True, widths=(34, 40, 44, 96, 150, 88),
             seal_png=None):
    ft = (lambda p: f"第 {p} 页") if footer else None
    pdf = Pdf(path, font=font, margin=50, footer=ft)
    pdf.space(120)
    pdf.line("上海市工业互联网平台应用水平评价", 20, center=True, bold=True)
    pdf.space(10)
    pdf.line("申 报 表", 24, center=True, bold=True)
    pdf.space(60)
    for k, v in [("申报年度：", "2024 年度"), ("平台名称：", P["declared_name"]), ("申报单位：", P["company"] + "（公章）"),
                 ("联 系 人：", P["co"]["联系人"]), ("联系人电话：", P["co"]["手机"])]:
        pdf.line(f"{k}{v}", 13, indent=60, gap=2.4)
    pdf.space(120)
    pdf.line("上海市经济和信息化委员会制", 13, center=True)
    pdf.line(P["date_cn"], 13, center=True)
    if seal_png:
        pdf.c.drawImage(image_file(seal_png), 300, 360, 130, 130, mask="auto")
    pdf.new_page()
    pdf.line("一、企业基本情况", 13, bold=True)
    pdf.space(4)
    cr = [[a, b, c or "", d or ""] if c is not None else [a, b, "", ""] for a, b, c, d in company_rows(P)]
    pdf.table(cr, [70, 150, 70, 150], size=9, header_rows=0)
    pdf.line("股权结构", 10.5, bold=True)
    pdf.table([["发起人及出资信息", "金额", "持股比例"]] + [list(x) for x in P["co"]["股东"]], [240, 100, 100], size=9)
    pdf.line("申报单位上一年度经营状况（2023 年）", 10.5, bold=True)
    pdf.table(fin_rows(P), [70] * 6, size=9)
    pdf.space(8)
    pdf.line("二、平台基本情况", 13, bold=True)
    pdf.space(4)
    pdf.table(platform_rows(P), [90, 350], size=9, header_rows=0, split_rows=split_rows, repeat_header=False)
    pdf.new_page()
    pdf.line("三、上海市工业互联网平台应用水平评价指标明细表", 13, bold=True)
    pdf.space(4)
    hdr = ["一级\n指标", "二级\n指标", "三级\n指标", "内容", "平台实际情况", "证明资料"]
    pdf.table([hdr] + indicator_rows(P), list(widths), size=8.5, header_rows=1, repeat_header=repeat_header,
              split_rows=split_rows)
    if seal_png:
        pdf.c.drawImage(image_file(seal_png), 380, max(60, pdf.y - 140), 120, 120, mask="auto")
    pdf.save()
    return pdf


def scan_pdf(src_pdf, out_pdf, tmpdir, seed, seal_img, seal_pages, bw_pages=(), scale=1.45, skews=None, seal_pos=None):
    pages = I.raster(src_pdf, scale=scale)
    files = []
    for i, pg in enumerate(pages):
        if i in seal_pages:
            w, h = pg.size
            x, y = seal_pos(i, w, h) if seal_pos else (w * 0.55, h * 0.12)
            pg = I.stamp(pg, seal_img.resize((int(w * 0.22), int(w * 0.22))), (x, y), angle=(seed * 7 + i * 11) % 30 - 15)
        sk = skews[i % len(skews)] if skews else ((seed + i) % 5 - 2) * 0.35
        pg = I.scan(pg, seed * 100 + i, skew=sk, bw=(i in bw_pages))
        f = Path(tmpdir) / f"{Path(out_pdf).stem}_{i:02d}.jpg"
        I.save_jpeg(pg, f, q=70)
        files.append(f)
    from .pdfw import image_pdf
    image_pdf(out_pdf, files, dpi=72 * scale)
    return len(pages)


# ------------------------------------------------------------ 汇总表
def summary_xlsx(P, path, rows_override=None, horizontal=False):
    wb = O.new_wb()
    ws = wb.active
    ws.title = "汇总表"
    rows = summary_rows(P)
    vals = {r["label"]: r["value"] for r in rows}
    vals.update(rows_override or {})
    disp = P.get("summary_disp", {})
    if horizontal:
        for j, r in enumerate(rows, start=1):
            O.put(ws, 1, j, r["label"], bold=True)
            O.put(ws, 2, j, disp.get(r["label"], vals[r["label"]]))
    else:
        ws.column_dimensions["A"].width = 44
        ws.column_dimensions["B"].width = 70
        O.put(ws, 1, 1, "附件4", border=False)
        O.put(ws, 2, 1, "平台基本情况汇总表", bold=True, size=14, border=False)
        ws.merge_cells("A2:B2")
        for i, r in enumerate(rows, start=3):
            O.put(ws, i, 1, r["label"])
            O.put(ws, i, 2, disp.get(r["label"], vals[r["label"]]))
    O.save_wb(wb, path)


def summary_docx(P, path, rows_override=None):
    d = O.new_doc(font="仿宋", size=10.5)
    O.para(d, "附件4", size=12, font="黑体")
    O.para(d, "平台基本情况汇总表", size=16, bold=True, align="center", font="黑体")
    rows = summary_rows(P)
    vals = {r["label"]: r["value"] for r in rows}
    vals.update(rows_override or {})
    disp = P.get("summary_disp", {})
    O.table(d, [[r["label"], disp.get(r["label"], vals[r["label"]])] for r in rows], widths_cm=[6.5, 9.5], size=9)
    O.save_doc(d, path)


# ------------------------------------------------------------ 联系人表
def contact_docx(P, path):
    co = P["co"]
    d = O.new_doc(font="仿宋", size=12)
    O.para(d, "附件1", font="黑体")
    O.para(d, "联系人信息反馈表", size=16, bold=True, align="center")
    O.para(d, "2024年度上海市工业互联网平台应用水平评价工作", align="center")
    O.para(d, "一、联系人信息反馈", bold=True)
    O.table(d, [["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"],
                ["联系人（主）", co["联系人"], P["company"], co["职务"], co["手机"], co["邮箱"]],
                ["联系人（备用）", co["备用"][0], P["company"], co["备用"][1], co["备用"][2], co["备用"][3]]], size=9)
    O.para(d, "二、评审会现场地址信息反馈", bold=True)
    O.para(d, "具体地址*：" + P["addr_form"])
    O.save_doc(d, path)


# ------------------------------------------------------------ 承诺
def commitment_image(P, seed, sign=True, with_seal=True):
    from PIL import Image, ImageDraw
    W_, H_ = 1240, 1754
    im = Image.new("RGB", (W_, H_), "white")
    d = ImageDraw.Draw(im)
    f1, f2 = I.font(56, "sans"), I.font(34, "sans")
    d.text((110, 120), "附件5", font=I.font(32, "sans"), fill="black")
    d.text((W_ / 2 - 150, 260), "真实性承诺", font=f1, fill="black")
    body = ("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、"
            "完整，如有不实，愿承担相应的法律责任及由此产生的一切后果。")
    x, y = 150, 420
    lines = []
    cur = "    "
    for ch in body:
        if d.textlength(cur + ch, font=f2) > W_ - 300:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    lines.append(cur)
    for ln in lines:
        d.text((x, y), ln, font=f2, fill="black")
        y += 64
    d.text((x, y + 10), "    特此承诺。", font=f2, fill="black")
    d.text((620, 980), "申报单位：" + P["company_short_seal"], font=f2, fill="black")
    d.text((620, 1080), "法定代表人：", font=f2, fill="black")
    if sign:
        I.signature(d, (830, 1062), P["co"]["法人"], size=48, seed=seed)
    d.text((700, 1200), P["commit_date"], font=f2, fill="black")
    if with_seal:
        s = I.seal(300, P["company"], seed=seed).resize((300, 300))
        im = I.stamp(im, s, (700, 900), angle=-8)
    return im


def commitment_docx(P, path):
    d = O.new_doc(font="仿宋", size=14)
    O.para(d, "附件5", font="黑体")
    O.para(d, "真实性承诺", size=20, bold=True, align="center")
    O.para(d, "我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，"
              "如有不实，愿承担相应的法律责任及由此产生的一切后果。", indent=True)
    O.para(d, "特此承诺。", indent=True)
    O.para(d, "")
    O.para(d, "申报单位：" + P["company"] + "（盖章）", align="right")
    O.para(d, "法定代表人：          （签章）", align="right")
    O.para(d, P["commit_date"], align="right")
    O.save_doc(d, path)


# ------------------------------------------------------------ 申报书
def book_docx(P, path, sections, font="仿宋"):
    """sections: list of (heading, [str | ('table', rows, widths) | ('h2', text)])"""
    d = O.new_doc(font=font, size=12, author=P["co"]["联系人"])
    O.para(d, "")
    O.para(d, "上海市工业互联网平台应用水平评价", size=20, bold=True, align="center", font="黑体")
    O.para(d, "申报书", size=26, bold=True, align="center", font="黑体")
    O.para(d, "")
    for k, v in [("申报年度：", "2024 年度"), ("平台名称：", P["declared_name"]), ("申报单位：", P["company"] + "（公章）"),
                 ("联 系 人：", P["co"]["联系人"]), ("联系人电话：", P["co"]["手机"])]:
        O.para(d, f"{k}{v}", size=14)
    O.para(d, "上海市经济和信息化委员会制", size=14, align="center")
    O.para(d, P["date_cn"], size=14, align="center")
    O.page_break(d)
    for head, items in sections:
        O.heading(d, head, 15, font="黑体")
        for it in items:
            if isinstance(it, str):
                O.para(d, it, indent=True)
            elif it[0] == "h2":
                O.para(d, it[1], bold=True, font="楷体")
            elif it[0] == "table":
                O.table(d, it[1], widths_cm=it[2] if len(it) > 2 else None, size=9, bold_first_row=True)
    O.save_doc(d, path)
