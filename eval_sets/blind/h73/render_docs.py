"""附件1 联系人信息反馈表, 附件3 申报书 (DOCX or PDF), 附件5 真实性承诺 (stamped scan)."""

from __future__ import annotations

from pathlib import Path

import util as u
from docx.shared import Pt

CH = ["一", "二", "三", "四", "五", "六", "七"]
TITLES = {
    "一": "一、申报单位简介", "二": "二、平台建设及运营情况", "三": "三、平台应用成效", "四": "四、平台下一步发展计划",
    "五": "五、平台应用案例", "六": "六、附件及其他说明材料", "七": "七、平台相较上年度对比情况",
}


def contact_docx(spec, path: Path):
    m = spec.meta
    doc = u.docx_new("仿宋_GB2312", 12)
    u.docx_par(doc, "附件1", bold=True, size=14, font="黑体")
    u.docx_par(doc, "联系人信息反馈表", bold=True, size=18, align="center", font="方正小标宋简体")
    u.docx_par(doc, "2024年度上海市工业互联网平台应用水平评价工作", size=12, align="center")
    u.docx_par(doc, "一、联系人信息反馈", bold=True)
    t = u.docx_table(doc, 3, 6)
    for j, h in enumerate(("序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱")):
        u.cell_text(t.cell(0, j), h, bold=True)
    backup = {"宝武装备": ("周嘉宁", "平台运营专员", "13621735094"), "碳索能源": ("邱文涛", "产品经理", "13585620413"),
              "西派埃": ("殷若菲", "项目主管", "13774308526"), "延锋金桥": ("潘永庆", "IT经理", "13918054762")}[m["short"]]
    dom = m["email"].split("@")[1]
    rows = [("联系人（主）", m["contact"], m["company"], m["title"], m["mobile"], m["email"]),
            ("联系人（备用）", backup[0], m["company"], backup[1], backup[2], f"service@{dom}")]
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            u.cell_text(t.cell(i, j), v, size=10)
    u.docx_par(doc, "二、评审会现场地址信息反馈", bold=True)
    u.docx_par(doc, f"具体地址*：{m['venue']}")
    u.docx_par(doc, "*注：该场地信息将用于工作组安排后续评价工作，评价工作主要包括：①现场调研核查（含平台功能现场操作演示）；"
                    "②专家评审会（含平台建设情况PPT汇报答辩）共两个环节。", size=10)
    u.save_docx(doc, path, author=m["contact"])


def _case_paras(spec):
    out = []
    for k, (title, ent, plat, content, metr) in enumerate(spec.book["cases"], start=1):
        om, en, sf = metr
        out.append((title, [("企业简介", ent), ("平台简介", plat),
                            ("案例实际内容简介", content + f"实施效果：设备运维成本下降{om:.2f}%，设备能耗下降{en:.2f}%，"
                                                       f"安全生产持续时间提升{sf:.2f}%。")]))
    return out


def _avg_line(spec):
    V = spec.V
    return (f"三个案例平均：平台连接工业设备运维成本平均下降{V['平台连接工业设备运维成本平均下降率（%）']:.2f}%，"
            f"能耗平均下降{V['平台连接工业设备能耗平均下降率（%）']:.2f}%，"
            f"安全生产持续时间平均提升{V['平台连接工业设备安全生产持续时间平均提升率（%）']:.2f}%。")


def book_chapters(spec, attachments):
    """[(title, [paragraph | ('table', rows) | ('sub', text)])]"""
    b, m = spec.book, spec.meta
    ch = []
    ch.append((TITLES["一"], list(b["一"])))
    two = list(b["二"])
    two.append(("sub", "表X 平台对标同行业或相似平台的部分量化数据对比表"))
    two.append(("table", [["三级指标", "本平台数据", "对标数据"]] + [list(r) for r in b["benchmark"]]))
    two.append("注：若对标平台的具体数据无法获取，则填写或预估其相应的数量级或水平。")
    two.append(b["二末"])
    ch.append((TITLES["二"], two))
    three = list(b["三"]) + [_avg_line(spec), b["三末"]]
    ch.append((TITLES["三"], three))
    ch.append((TITLES["四"], list(b["四"])))
    five = []
    for title, parts in _case_paras(spec):
        five.append(("sub", title))
        for k, v in parts:
            five.append(f"{k}：{v}")
        five.append("配图：平台应用界面截图（略）")
    ch.append((TITLES["五"], five))
    six = ["本申报书所附证明材料清单如下（页码为各附件自身页码）："]
    six.append(("table", [["序号", "附件名称", "对应页码"]] + [[str(i + 1), n, p] for i, (n, p) in enumerate(attachments)]))
    ch.append((TITLES["六"], six))
    if m["participated_2023"]:
        ch.append((TITLES["七"], list(b["七"])))
    return ch


def book_docx(spec, path: Path, attachments):
    m = spec.meta
    doc = u.docx_new("仿宋_GB2312", 12)
    u.docx_par(doc, "附件3", bold=True, size=14, font="黑体")
    u.docx_par(doc, "上海市工业互联网平台应用水平评价", bold=True, size=22, align="center", font="方正小标宋简体")
    u.docx_par(doc, "申报书", bold=True, size=22, align="center", font="方正小标宋简体")
    for k, v in (("申报年度", "2024年度"), ("平台名称", m["declared_name"]), ("申报单位", f"{m['company']}（公章）"),
                 ("联 系 人", m["contact"]), ("联系人电话", m["mobile"])):
        u.docx_par(doc, f"{k}：{v}", size=14)
    u.docx_par(doc, "上海市经济和信息化委员会制", size=14, align="center")
    u.docx_par(doc, "2024年7月", size=14, align="center")
    doc.add_page_break()
    for title, items in book_chapters(spec, attachments):
        doc.add_heading(title, level=1)
        for it in items:
            if isinstance(it, tuple) and it[0] == "sub":
                u.docx_par(doc, it[1], bold=True)
            elif isinstance(it, tuple) and it[0] == "table":
                rows = it[1]
                t = u.docx_table(doc, len(rows), len(rows[0]))
                for i, row in enumerate(rows):
                    for j, v in enumerate(row):
                        u.cell_text(t.cell(i, j), v, bold=(i == 0), size=10)
            else:
                p = u.docx_par(doc, it)
                p.paragraph_format.first_line_indent = Pt(24)  # two characters
        doc.add_page_break()
    u.save_docx(doc, path, author=m["contact"])


def book_pdf(spec, path: Path, attachments):
    m = spec.meta
    S = [u.P("附件3", 12), u.Spacer(1, 50), u.P("上海市工业互联网平台应用水平评价", 22, align=u.TA_CENTER),
         u.P("申报书", 22, align=u.TA_CENTER), u.Spacer(1, 60)]
    for k, v in (("申报年度", "2024年度"), ("平台名称", m["declared_name"]), ("申报单位", f"{m['company']}（公章）"),
                 ("联系人", m["contact"]), ("联系人电话", m["mobile"])):
        S += [u.P(f"{k}：{v}", 14), u.Spacer(1, 6)]
    S += [u.Spacer(1, 80), u.P("上海市经济和信息化委员会制", 14, align=u.TA_CENTER), u.P("2024年7月", 14, align=u.TA_CENTER),
          u.PageBreak()]
    for title, items in book_chapters(spec, attachments):
        S.append(u.P(title, 15))
        S.append(u.Spacer(1, 6))
        for it in items:
            if isinstance(it, tuple) and it[0] == "sub":
                S.append(u.P(it[1], 11.5))
            elif isinstance(it, tuple) and it[0] == "table":
                rows = it[1]
                n = len(rows[0])
                widths = [60, 190, 200] if n == 3 and rows[0][0] == "三级指标" else [40, 330, 80] if n == 3 else [450 / n] * n
                S.append(u.table(rows, widths, size=9))
            else:
                S.append(u.P(it, 11, indent=22))
            S.append(u.Spacer(1, 4))
        S.append(u.PageBreak())
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(u.build_pdf(S, header=f"{m['declared_name']}　申报书", title="申报书"))


def commitment_scan(spec, path: Path, seed: int):
    m = spec.meta
    S = [u.P("附件5", 12), u.Spacer(1, 30), u.P("真实性承诺", 22, align=u.TA_CENTER), u.Spacer(1, 30),
         u.P("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，"
             "如有不实，愿承担相应的法律责任及由此产生的一切后果。", 14, indent=28, leading=28),
         u.P("特此承诺。", 14, indent=28), u.Spacer(1, 90),
         u.P(f"申报单位：{m['company']}（盖章）", 14), u.Spacer(1, 20),
         u.P(f"法定代表人：{m['legal']}（签章）", 14), u.Spacer(1, 20), u.P("2024年7月18日", 14)]
    pdf = u.build_pdf(S, footer_pages=False, title="真实性承诺")
    seal = u.seal_image(m["seal"], 95, seed)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(u.scan_pdf(pdf, seed, {0: [(seal, (0.45, 0.62))]}, dpi=110))
