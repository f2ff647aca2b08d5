"""Evidence documents: audit reports, IP lists, device statistics, screenshots, awards, letters."""
from __future__ import annotations

import random
import re
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font
from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, Spacer

import lib


def fact(label, value, unit, normalized, file, page, quote, row_label="", column_label="", component="", image_only=False):
    return dict(label=label, value=value, unit=unit, normalized=normalized, file=file, page=page, quote=quote,
                row_label=row_label, column_label=column_label, component=component, image_only=image_only)


def _norm(s):
    return re.sub(r"\s+", "", s)


def locate(path, quote, anchor=None):
    """1-based page of a text PDF containing quote (and anchor, when given)."""
    for i, t in enumerate(lib.pdf_page_texts(path), 1):
        t = _norm(t)
        if _norm(quote) in t and (anchor is None or _norm(anchor) in t):
            return i
    raise AssertionError(f"{quote!r} / {anchor!r} not found in {path}")


def _wb_save(wb, path):
    import datetime as dt
    wb.properties.creator = "admin"
    wb.properties.created = wb.properties.modified = dt.datetime(2024, 7, 18, 9, 0, 0)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(path))
    lib.normalize_zip(path)


Y = lambda v: lib.fmt(v, 2)


# ================================================================== audit reports
def audit_story(S, st, firm, platform_table_unit="元", platform_title=None, company=True):
    co = S["company_form"]
    story = [Spacer(1, 50 * mm), Paragraph(co, st["title"]), Paragraph("2023年度审计报告", st["title"]), Spacer(1, 20 * mm),
             Paragraph(f"{firm['name']}", st["center"]), Paragraph(f"{firm['no']}", st["center"]), PageBreak()]
    story += [Paragraph("审 计 报 告", st["title"]), Paragraph(firm["no"], st["right"]), Paragraph(f"{co}：", st["body"]),
              Paragraph("一、审计意见", st["h2"]),
              Paragraph(f"我们审计了{co}（以下简称“贵单位”）财务报表，包括2023年12月31日的资产负债表，2023年度的利润表、现金流量表、"
                        "所有者权益变动表以及相关财务报表附注。我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，"
                        "公允反映了贵单位2023年12月31日的财务状况以及2023年度的经营成果和现金流量。", st["indent"]),
              Paragraph("二、形成审计意见的基础", st["h2"]),
              Paragraph("我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步阐述了"
                        "我们在这些准则下的责任。按照中国注册会计师职业道德守则，我们独立于贵单位，并履行了职业道德方面的其他责任。"
                        "我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。", st["indent"]),
              Spacer(1, 20 * mm), Paragraph(f"{firm['name']}        中国注册会计师：{firm['cpa']}", st["body"]),
              Paragraph("中国·上海                              2024年4月12日", st["body"]), PageBreak()]
    return story


def audit_711(S, root, rel):
    """Company statements (元, 本期/上期) + platform 专项说明 on p5 (元)."""
    path = Path(root) / rel
    st = lib.styles("STSong-Light", 10)
    firm = dict(name="上海沪信会计师事务所（特殊普通合伙）", no="沪信审字〔2024〕第0418号", cpa="王丽萍  陈国栋")
    story = audit_story(S, st, firm)
    a, l = S["co_assets"], S["co_liab"]
    story += [Paragraph("资产负债表（简表）", st["h1"]), Paragraph("编制单位：" + S["company_form"] + "　　2023年12月31日　　单位：元", st["small"]),
              lib.ptable([["项目", "期末余额", "期初余额"], ["资产总计", Y(a[0]), Y(a[1])], ["负债合计", Y(l[0]), Y(l[1])],
                          ["所有者权益合计", Y(a[0] - l[0]), Y(a[1] - l[1])]], [60 * mm, 50 * mm, 50 * mm], st, align_right_cols=(1, 2)),
              PageBreak()]
    r, rd, p = S["co_rev"], S["co_rd"], S["co_profit"]
    story += [Paragraph("利润表（简表）", st["h1"]), Paragraph("编制单位：" + S["company_form"] + "　　2023年度　　单位：元", st["small"]),
              lib.ptable([["项目", "本期金额", "上期金额"], ["一、营业收入", Y(r[0]), Y(r[1])],
                          ["减：营业成本", Y(r[0] * 0.712), Y(r[1] * 0.718)], ["研发费用", Y(rd[0]), Y(rd[1])],
                          ["二、营业利润", Y(p[0] * 0.98), Y(p[1] * 0.97)], ["三、利润总额", Y(p[0]), Y(p[1])],
                          ["减：所得税费用", Y(p[0] * 0.13), Y(p[1] * 0.13)], ["四、净利润", Y(p[0] * 0.87), Y(p[1] * 0.87)]],
                         [60 * mm, 50 * mm, 50 * mm], st, align_right_cols=(1, 2)),
              PageBreak()]
    ry, rev = S["rev_yuan"], S["rev"]
    story += [Paragraph(f"附：关于“{S['short']}”平台业务收入及研发投入的专项说明", st["h1"]),
              Paragraph(f"根据贵单位提供的平台业务核算资料，我们对“{S['short']}”平台（原名称：船舶动力系统设备全生命周期运行维护平台）"
                        "2021-2023年度业务收入、研发投入及利润情况执行了商定程序。平台营业收入为基于平台直接提供订阅服务、远程运维服务取得的收入，"
                        "按合同归集；研发投入按国家统计局研究与试验发展（R&D）口径归集。上述金额已包含在本所财务报表相应项目中。", st["indent"]),
              Paragraph("单位：元", st["right"]),
              lib.ptable([["项目", "2023年度", "2022年度", "2021年度"],
                          ["平台相关营业收入", Y(ry[2023]), Y(ry[2022]), Y(ry[2021])],
                          ["平台相关研发投入", Y(S["rd_yuan"]), "—", "—"],
                          ["平台利润总额", Y(S["profit_yuan"]), "—", "—"]],
                         [45 * mm, 40 * mm, 40 * mm, 40 * mm], st, align_right_cols=(1, 2, 3)),
              Spacer(1, 4 * mm),
              Paragraph("说明：本表金额以元为单位列示，折合万元时四舍五入保留两位小数。平台相关营业收入占本所2023年度营业收入的2.51%。", st["small"]),
              ]
    lib.build_pdf(path, story, header=f"{S['company_form']} 2023年度审计报告", footer="第{page}页")
    facts = []
    pg = locate(path, Y(ry[2023]), "专项说明")
    facts += [fact("平台相关营业收入（万元）", Y(ry[2023]), "元", rev[2023], rel, pg, Y(ry[2023]), "平台相关营业收入", "2023年度"),
              fact("平台近三年经营指标情况", Y(ry[2022]), "元", rev[2022], rel, pg, Y(ry[2022]), "平台相关营业收入", "2022年度", "2022年平台营收（万元）"),
              fact("平台近三年经营指标情况", Y(ry[2021]), "元", rev[2021], rel, pg, Y(ry[2021]), "平台相关营业收入", "2021年度", "2021年平台营收（万元）"),
              fact("平台相关研发投入（万元）", Y(S["rd_yuan"]), "元", S["rd"], rel, pg, Y(S["rd_yuan"]), "平台相关研发投入", "2023年度"),
              fact("平台利润率（%）", Y(S["profit_yuan"]), "元", S["profit"], rel, pg, Y(S["profit_yuan"]), "平台利润总额", "2023年度", "平台利润总额（万元）"),
              fact("投资回报率（%）", Y(S["profit_yuan"]), "元", S["profit"], rel, pg, Y(S["profit_yuan"]), "平台利润总额", "2023年度", "平台年利润（万元）")]
    assert pg == 5
    return facts


def audit_sgcc(S, root, rel):
    """Platform-only special audit: 平台业务利润表 (元, 本期/上期) on p3; 2021 revenue in a note on p4."""
    path = Path(root) / rel
    st = lib.styles("WQY", 10)
    firm = dict(name="上海申衡会计师事务所有限公司", no="申衡专审〔2024〕第127号", cpa="刘建华  吴敏")
    story = [Spacer(1, 50 * mm), Paragraph(S["company_form"], st["title"]), Paragraph("国网上海电力工业互联网平台业务", st["title"]),
             Paragraph("2023年度专项审计报告", st["title"]), Spacer(1, 20 * mm), Paragraph(firm["name"], st["center"]),
             Paragraph(firm["no"], st["center"]), PageBreak(),
             Paragraph("专项审计报告", st["title"]), Paragraph(firm["no"], st["right"]), Paragraph(f"{S['company_form']}：", st["body"]),
             Paragraph("我们接受委托，对贵公司国网上海电力工业互联网平台业务2023年度的平台业务利润表进行了专项审计。该表仅反映平台业务单元的收入、"
                       "成本与费用，不代表贵公司整体经营成果。我们认为，后附平台业务利润表在所有重大方面按照企业会计准则及贵公司"
                       "内部核算办法编制，公允反映了平台业务2023年度的经营成果。", st["indent"]),
             Spacer(1, 15 * mm), Paragraph(f"{firm['name']}    注册会计师：{firm['cpa']}    2024年5月20日", st["body"]), PageBreak()]
    ry = S["rev_yuan"]
    cost = ry[2023] - S["rd_yuan"] - S["profit_yuan"] - 12_000_000.00
    story += [Paragraph("平台业务利润表", st["h1"]), Paragraph("编制单位：国网上海市电力公司（平台业务）　　2023年度　　单位：元", st["small"]),
              lib.ptable([["项目", "本期金额", "上期金额"],
                          ["一、营业收入", Y(ry[2023]), Y(ry[2022])],
                          ["减：营业成本", Y(cost), Y(ry[2022] * 0.71)],
                          ["销售及管理费用", Y(12_000_000.00), Y(10_600_000.00)],
                          ["研发费用", Y(S["rd_yuan"]), Y(15_204_466.10)],
                          ["二、营业利润", Y(S["profit_yuan"]), Y(ry[2022] * 0.112)],
                          ["三、利润总额", Y(S["profit_yuan"]), Y(ry[2022] * 0.112)]],
                         [60 * mm, 50 * mm, 50 * mm], st, align_right_cols=(1, 2)), PageBreak()]
    story += [Paragraph("平台业务利润表附注（节选）", st["h1"]),
              Paragraph(f"1. 收入确认：平台营业收入为基于平台直接订阅的能效诊断、设备运维、需求响应聚合及数据服务收入。2021年度平台营业收入为"
                        f"{Y(ry[2021])}元，经上年度审计确认。", st["indent"]),
              Paragraph("2. 公司整体口径：国网上海市电力公司2023年度营业收入约为人民币842亿元，平台业务收入已包含其中，占比约0.15%。", st["indent"]),
              Paragraph("3. 研发投入：按研究与试验发展（R&D）口径归集平台相关人员人工、材料、折旧及委外研发费用。", st["indent"])]
    lib.build_pdf(path, story, font="WQY", header="国网上海电力工业互联网平台业务专项审计报告", footer="{page}")
    rev = S["rev"]
    p3 = locate(path, Y(ry[2023]), "平台业务利润表")
    p4 = locate(path, Y(ry[2021]))
    return [fact("平台相关营业收入（万元）", Y(ry[2023]), "元", rev[2023], rel, p3, Y(ry[2023]), "一、营业收入", "本期金额"),
            fact("平台近三年经营指标情况", Y(ry[2022]), "元", rev[2022], rel, p3, Y(ry[2022]), "一、营业收入", "上期金额", "2022年平台营收（万元）"),
            fact("平台近三年经营指标情况", Y(ry[2021]), "元", rev[2021], rel, p4, Y(ry[2021]), "2021年度平台营业收入", "", "2021年平台营收（万元）"),
            fact("平台相关研发投入（万元）", Y(S["rd_yuan"]), "元", S["rd"], rel, p3, Y(S["rd_yuan"]), "研发费用", "本期金额"),
            fact("平台利润率（%）", Y(S["profit_yuan"]), "元", S["profit"], rel, p3, Y(S["profit_yuan"]), "三、利润总额", "本期金额", "平台利润总额（万元）"),
            fact("投资回报率（%）", Y(S["profit_yuan"]), "元", S["profit"], rel, p3, Y(S["profit_yuan"]), "三、利润总额", "本期金额", "平台年利润（万元）")]


def audit_baowu_scan(S, root, rel, tmpdir, seed):
    """Scanned audit report; p4 company 利润表 (元), p5 平台业务收入明细表 (元, columns 2023→2021)."""
    path = Path(root) / rel
    st = lib.styles("STSong-Light", 10)
    firm = dict(name="上海宝会会计师事务所（特殊普通合伙）", no="宝会审〔2024〕第0562号", cpa="钱志刚  孙悦")
    story = audit_story(S, st, firm)
    r = S["co_rev"]
    story += [Paragraph("资产负债表（简表）", st["h1"]), Paragraph("2023年12月31日　　单位：元", st["small"]),
              lib.ptable([["项目", "期末余额", "期初余额"], ["资产总计", Y(3_268_415_220.36), Y(3_015_602_871.44)],
                          ["负债合计", Y(1_842_306_118.02), Y(1_716_228_304.57)]], [60 * mm, 50 * mm, 50 * mm], st, align_right_cols=(1, 2)),
              Spacer(1, 8 * mm), Paragraph("利润表（简表）", st["h1"]), Paragraph("2023年度　　单位：元", st["small"]),
              lib.ptable([["项目", "本期金额", "上期金额"], ["一、营业收入", Y(r[0]), Y(r[1])], ["研发费用", Y(r[0] * 0.061), Y(r[1] * 0.058)],
                          ["三、利润总额", Y(r[0] * 0.083), Y(r[1] * 0.079)]], [60 * mm, 50 * mm, 50 * mm], st, align_right_cols=(1, 2)),
              PageBreak()]
    ry = S["rev_yuan"]
    story += [Paragraph("附表：面向钢铁行业的设备远程运维平台业务收入明细表", st["h1"]), Paragraph("单位：元", st["right"]),
              lib.ptable([["项目", "2023年度", "2022年度", "2021年度"],
                          ["平台订阅服务收入", Y(ry[2023] * 0.58), Y(ry[2022] * 0.55), Y(ry[2021] * 0.52)],
                          ["远程运维服务收入", Y(ry[2023] - ry[2023] * 0.58), Y(ry[2022] - ry[2022] * 0.55), Y(ry[2021] - ry[2021] * 0.52)],
                          ["平台营业收入合计", Y(ry[2023]), Y(ry[2022]), Y(ry[2021])],
                          ["平台研发投入", Y(S["rd_yuan"]), "", ""], ["平台利润总额", Y(S["profit_yuan"]), "", ""]],
                         [50 * mm, 38 * mm, 38 * mm, 38 * mm], st, align_right_cols=(1, 2, 3))]
    tmp = Path(tmpdir) / f"{S['id']}_audit_src.pdf"
    lib.build_pdf(tmp, story, header=f"{S['company_form']} 2023年度审计报告", footer="第{page}页")
    pages = lib.pdf_to_images(tmp, dpi=120)
    seal = lib.seal_image(firm["name"], size=int(40 / 25.4 * 120), seed=seed, bottom="")
    out = []
    for i, im in enumerate(pages):
        if i in (1, len(pages) - 1):
            out.append(lib.scan_effect(im, seed + i, seal=seal, seal_xy=(0.35, 0.55 if i == 1 else 0.62)))
        else:
            out.append(lib.scan_effect(im, seed + i, bw=True))
    lib.images_to_pdf(out, path)
    tmp.unlink()
    rev = S["rev"]
    pg = len(pages)
    return [fact("平台相关营业收入（万元）", Y(ry[2023]), "元", rev[2023], rel, pg, Y(ry[2023]), "平台营业收入合计", "2023年度", image_only=True),
            fact("平台近三年经营指标情况", Y(ry[2022]), "元", rev[2022], rel, pg, Y(ry[2022]), "平台营业收入合计", "2022年度", "2022年平台营收（万元）", image_only=True),
            fact("平台近三年经营指标情况", Y(ry[2021]), "元", rev[2021], rel, pg, Y(ry[2021]), "平台营业收入合计", "2021年度", "2021年平台营收（万元）", image_only=True),
            fact("平台相关研发投入（万元）", Y(S["rd_yuan"]), "元", S["rd"], rel, pg, Y(S["rd_yuan"]), "平台研发投入", "2023年度", image_only=True),
            fact("平台利润率（%）", Y(S["profit_yuan"]), "元", S["profit"], rel, pg, Y(S["profit_yuan"]), "平台利润总额", "2023年度", "平台利润总额（万元）", image_only=True),
            fact("投资回报率（%）", Y(S["profit_yuan"]), "元", S["profit"], rel, pg, Y(S["profit_yuan"]), "平台利润总额", "2023年度", "平台年利润（万元）", image_only=True)]


def annual_report_cosco(S, root, rel):
    """Listed company's annual-report excerpt: consolidated 利润表 + 分产品 revenue (元)."""
    path = Path(root) / rel
    st = lib.styles("STSong-Light", 9.5)
    r, rd = S["co_rev"], S["co_rd"]
    ry = S["rev_yuan"]
    story = [Paragraph(f"{S['company_form']}", st["title"]), Paragraph("2023年年度报告（摘录）", st["title"]),
             Paragraph("证券代码：002401　　证券简称：中远海科　　公告编号：2024-012", st["center"]), Spacer(1, 10 * mm),
             Paragraph("第三节 管理层讨论与分析（节选）", st["h1"]),
             Paragraph("报告期内，公司实现营业收入18.25亿元，同比增长6.61%。公司持续推进航运数字化业务，船视宝平台用户规模快速增长，"
                       "注册用户突破9,000家。", st["indent"]),
             Paragraph("营业收入构成（分产品）　　单位：元", st["body"]),
             lib.ptable([["产品", "2023年", "占营业收入比重", "2022年"],
                         ["智能交通与智慧城市", Y(r[0] * 0.412), "41.20%", Y(r[1] * 0.428)],
                         ["航运与物流数字化", Y(r[0] * 0.386), "38.60%", Y(r[1] * 0.372)],
                         ["其中：船视宝平台服务", Y(ry[2023]), "3.59%", Y(ry[2022])],
                         ["其他", Y(r[0] * 0.202), "20.20%", Y(r[1] * 0.200)],
                         ["营业收入合计", Y(r[0]), "100.00%", Y(r[1])]], [52 * mm, 40 * mm, 30 * mm, 40 * mm], st, align_right_cols=(1, 2, 3)),
             PageBreak(),
             Paragraph("合并利润表（节选）", st["h1"]), Paragraph("单位：元", st["right"]),
             lib.ptable([["项目", "2023年度", "2022年度"], ["一、营业总收入", Y(r[0]), Y(r[1])], ["研发费用", Y(rd[0]), Y(rd[1])],
                         ["四、利润总额", Y(r[0] * 0.082), Y(r[1] * 0.079)]], [60 * mm, 50 * mm, 50 * mm], st, align_right_cols=(1, 2))]
    lib.build_pdf(path, story, header="中远海运科技股份有限公司 2023年年度报告", footer="{page}/2")
    rev = S["rev"]
    p = locate(path, Y(ry[2023]))
    return [fact("平台相关营业收入（万元）", Y(ry[2023]), "元", rev[2023], rel, p, Y(ry[2023]), "其中：船视宝平台服务", "2023年"),
            fact("平台近三年经营指标情况", Y(ry[2022]), "元", rev[2022], rel, p, Y(ry[2022]), "其中：船视宝平台服务", "2022年", "2022年平台营收（万元）")]


def platform_note_cosco(S, root, rel):
    """Finance department's platform note in 万元 (2021-2023)."""
    path = Path(root) / rel
    st = lib.styles("WQY", 10.5)
    rev = S["rev"]
    story = [Paragraph("船视宝平台经营数据专项说明", st["title"]), Spacer(1, 6 * mm),
             Paragraph("根据《上海市工业互联网平台应用水平评价》填报要求，现将船视宝平台（平台业务单列核算）2021-2023年度经营数据说明如下。"
                       "平台营业收入按平台直接订阅服务及数据接口调用服务收入归集，与公司年度报告“船视宝平台服务”口径一致；"
                       "研发投入按R&D口径归集平台研发人员薪酬、云资源及委外开发费用。", st["indent"]),
             Paragraph("单位：万元", st["right"]),
             lib.ptable([["项目", "2021年", "2022年", "2023年"],
                         ["平台营业收入", f"{rev[2021]:,.2f}", f"{rev[2022]:,.2f}", f"{rev[2023]:,.2f}"],
                         ["平台研发投入", "812.36", "946.20", f"{S['rd']:,.2f}"],
                         ["平台利润总额", "-286.14", "118.52", f"{S['profit']:,.2f}"]], [45 * mm, 38 * mm, 38 * mm, 38 * mm], st, align_right_cols=(1, 2, 3)),
             Spacer(1, 6 * mm),
             Paragraph("注：公司整体2023年度研发费用为16,820.43万元，其中平台相关研发投入1,076.52万元。", st["small"]),
             Spacer(1, 20 * mm), Paragraph("中远海运科技股份有限公司 财务管理部", st["right"]), Paragraph("2024年7月10日", st["right"])]
    lib.build_pdf(path, story, font="WQY", footer="")
    return [fact("平台相关营业收入（万元）", f"{rev[2023]:,.2f}", "万元", rev[2023], rel, 1, f"{rev[2023]:,.2f}", "平台营业收入", "2023年"),
            fact("平台近三年经营指标情况", f"{rev[2022]:,.2f}", "万元", rev[2022], rel, 1, f"{rev[2022]:,.2f}", "平台营业收入", "2022年", "2022年平台营收（万元）"),
            fact("平台近三年经营指标情况", f"{rev[2021]:,.2f}", "万元", rev[2021], rel, 1, f"{rev[2021]:,.2f}", "平台营业收入", "2021年", "2021年平台营收（万元）"),
            fact("平台相关研发投入（万元）", f"{S['rd']:,.2f}", "万元", S["rd"], rel, 1, f"{S['rd']:,.2f}", "平台研发投入", "2023年"),
            fact("平台利润率（%）", f"{S['profit']:,.2f}", "万元", S["profit"], rel, 1, f"{S['profit']:,.2f}", "平台利润总额", "2023年", "平台利润总额（万元）"),
            fact("投资回报率（%）", f"{S['profit']:,.2f}", "万元", S["profit"], rel, 1, f"{S['profit']:,.2f}", "平台利润总额", "2023年", "平台年利润（万元）")]


# ================================================================== IP lists
PAT_WORDS = ["状态监测", "故障诊断", "数据采集", "边缘计算", "能效优化", "寿命预测", "健康评估", "远程运维", "数据融合", "异常检测",
             "负荷预测", "智能巡检", "轨迹修复", "模型训练", "告警收敛", "工况识别"]


def _ip_rows(S, n, kind, seed):
    rng = random.Random(seed)
    obj = S["ip_object"]
    rows = []
    for i in range(1, n + 1):
        w1, w2 = rng.sample(PAT_WORDS, 2)
        if kind == "pat":
            typ = "发明专利" if rng.random() < 0.7 else "实用新型"
            title = f"一种{obj}{w1}与{w2}方法" if typ == "发明专利" else f"一种{obj}{w1}装置"
            year = rng.choice([2018, 2019, 2020, 2021, 2022])
            no = f"ZL{year}{1 if typ == '发明专利' else 2}{rng.randint(1000000, 9999999)}.{rng.randint(0, 9)}"
            gy = min(year + rng.randint(1, 2), 2024)
            date = f"{gy}-{rng.randint(1, 6 if gy == 2024 else 12):02d}-{rng.randint(1, 28):02d}"
            rows.append([str(i), title, typ, no, date, S["company_form"]])
        else:
            title = f"{S['short']}{w1}软件V{rng.randint(1, 3)}.{rng.randint(0, 9)}"
            year = rng.choice([2019, 2020, 2021, 2022, 2023, 2024])
            no = f"{year}SR{rng.randint(100000, 1999999):07d}"
            date = f"{year}-{rng.randint(1, 6 if year == 2024 else 12):02d}-{rng.randint(1, 28):02d}"
            rows.append([str(i), title, no, date, S["company_form"]])
    return rows


def ip_pdf(S, root, rel, n_pat, n_soft, seed, pat_title="专利清单", soft_title="软件著作权清单"):
    """Both lists in one PDF, each continuing over pages with repeated table headers."""
    path = Path(root) / rel
    st = lib.styles("STSong-Light", 9.5)
    story = [Paragraph(f"{S['short']}平台核心软硬件技术知识产权清单", st["title"]),
             Paragraph(f"权利人：{S['company_form']}　　统计截止日：2024年7月10日", st["center"]), Spacer(1, 4 * mm),
             Paragraph(f"一、{pat_title}（共{n_pat}项）", st["h1"]),
             lib.ptable([["序号", "专利名称", "类型", "专利号", "授权公告日", "专利权人"]] + _ip_rows(S, n_pat, "pat", seed),
                        [10 * mm, 58 * mm, 18 * mm, 34 * mm, 22 * mm, 32 * mm], st, repeat=1),
             Spacer(1, 6 * mm),
             Paragraph(f"二、{soft_title}（共{n_soft}项）", st["h1"]),
             lib.ptable([["序号", "软件名称", "登记号", "登记日期", "著作权人"]] + _ip_rows(S, n_soft, "soft", seed + 1),
                        [10 * mm, 66 * mm, 34 * mm, 26 * mm, 38 * mm], st, repeat=1)]
    lib.build_pdf(path, story, header=f"{S['company_form']}　知识产权清单", footer="第{page}页")
    q1 = f"{pat_title}（共{n_pat}项）"
    q2 = f"{soft_title}（共{n_soft}项）"
    return [fact("平台核心软硬件技术获得的专利数量（项）", str(n_pat), "项", n_pat, rel, locate(path, q1), q1, pat_title),
            fact("平台核心软硬件技术获得的软著数量（个）", str(n_soft), "项", n_soft, rel, locate(path, q2), q2, soft_title)]


def ip_xlsx(S, root, rel, n_pat, n_soft, seed):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "专利"
    ws.append(["序号", "专利名称", "类型", "专利号", "授权公告日", "专利权人"])
    for r in _ip_rows(S, n_pat, "pat", seed):
        ws.append([int(r[0])] + r[1:])
    ws.append([f"合计：{n_pat}项"])
    ws2 = wb.create_sheet("软件著作权")
    ws2.append(["序号", "软件名称", "登记号", "登记日期", "著作权人"])
    for r in _ip_rows(S, n_soft, "soft", seed + 1):
        ws2.append([int(r[0])] + r[1:])
    ws2.append([f"合计：{n_soft}项"])
    for w in (ws, ws2):
        w.column_dimensions["B"].width = 48
        w.column_dimensions["D"].width = 22
        w.column_dimensions["F"].width = 26
    _wb_save(wb, Path(root) / rel)
    return [fact("平台核心软硬件技术获得的专利数量（项）", str(n_pat), "项", n_pat, rel, 1, f"合计：{n_pat}项", "合计"),
            fact("平台核心软硬件技术获得的软著数量（个）", str(n_soft), "项", n_soft, rel, 2, f"合计：{n_soft}项", "合计")]


# ================================================================== device statistics
def device_pdf(S, root, rel, cat_ev=None, region_ev=None, overseas_ev=None, private=True):
    path = Path(root) / rel
    st = lib.styles("STSong-Light", 9.5)
    cat = cat_ev or S["dev_cat"]
    reg = region_ev or S["dev_region"]
    ovs = overseas_ev or S["overseas"]
    F = lambda v: lib.fmt(v)
    priv = S.get("dev_private_cat") or (lib.split(S.get("dev_private", 0), cat) if private else None)
    hdr = ["设备二级分类（附录A）", "接入数量（台/套）"] + (["其中：私有化部署"] if private else []) + ["其中：公有云接入", "公有云日均运行"]
    rows = [hdr]
    for k in cat:
        rows.append([k, F(cat[k])] + ([F(priv[k])] if private else []) + [F(S["pub_cat"].get(k, 0)), F(S["run_cat"].get(k, 0))])
    total = sum(cat.values())
    rows.append(["合计", F(total)] + ([F(sum(priv.values()))] if private else []) + [F(S["pub_total"]), F(S["run_total"])])
    story = [Paragraph(f"{S['short']}平台接入工业设备统计表", st["title"]),
             Paragraph("数据来源：平台设备管理模块；统计截止日：2024年6月30日；设备所属地按设备所属企业注册地统计", st["center"]),
             Spacer(1, 4 * mm), Paragraph("表1 按设备二级分类统计", st["h2"]),
             lib.ptable(rows, None, st, align_right_cols=(1, 2, 3, 4)), Spacer(1, 5 * mm)]
    rrows = [["区域（附录F）", "接入数量（台/套）", "其中：公有云接入", "公有云日均运行"]]
    dom = {k: v for k, v in reg.items() if k not in ovs and not re.search(r"[A-Za-z]", k)}
    ov = {k: v for k, v in reg.items() if k not in dom}
    for k, v in dom.items():
        rrows.append([k, F(v), F(S["pub_region"].get(k, 0)), F(S["run_region"].get(k, 0))])
    rrows.append(["境内小计", F(sum(dom.values())), F(sum(S["pub_region"].get(k, 0) for k in dom)), F(sum(S["run_region"].get(k, 0) for k in dom))])
    for k, v in ov.items():
        rrows.append([k, F(v), F(S["pub_region"].get(k, 0)), F(S["run_region"].get(k, 0))])
    if ov:
        rrows.append(["海外小计", F(sum(ov.values())), F(sum(S["pub_region"].get(k, 0) for k in ov)), F(sum(S["run_region"].get(k, 0) for k in ov))])
    rrows.append(["合计", F(sum(reg.values())), F(S["pub_total"]), F(S["run_total"])])
    story += [Paragraph("表2 按省市区域统计（含计划单列市及海外）", st["h2"]), lib.ptable(rrows, None, st, align_right_cols=(1, 2, 3)), Spacer(1, 5 * mm)]
    facts = []
    if ovs:
        orows = [["国家（中文+英文）", "接入数量（台/套）"]] + [[k, F(v)] for k, v in ovs.items()] + [["合计", F(sum(ovs.values()))]]
        story += [Paragraph("表3 海外设备按国家统计", st["h2"]), lib.ptable(orows, [70 * mm, 40 * mm], st, align_right_cols=(1,))]
    lib.build_pdf(path, story, header=f"{S['company_form']}", footer="第{page}页")
    p1 = locate(path, "表1")
    facts += [fact("连接的工业设备/产品/产线种类及数量（台/套）", F(total), "台/套", total, rel, p1, F(total), "合计", "接入数量（台/套）")]
    if S["pub_total"]:
        facts += [fact("公有云工业设备连接数量（台/套）", F(S["pub_total"]), "台/套", S["pub_total"], rel, p1, F(S["pub_total"]), "合计", "其中：公有云接入"),
                  fact("公有云工业设备平均日运行数量（台/套）", F(S["run_total"]), "台/套", S["run_total"], rel, p1, F(S["run_total"]), "合计", "公有云日均运行")]
    if ovs:
        ot = sum(ovs.values())
        facts.append(fact("海外设备连接数量（台/套）", F(ot), "台/套", ot, rel, locate(path, "表3"), F(ot), "合计", "接入数量（台/套）"))
    return facts


def device_xlsx(S, root, rel, region_ev):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "按设备分类"
    ws.append(["设备分类", "接入数量（台/套）", "说明"])
    notes = {"储能设备": "用户侧储能电站PCS及电池管理系统", "电力设备": "变压器、开关柜、环网柜等", "仪器仪表": "智能电表、电能质量监测仪"}
    for k, v in S["dev_cat"].items():
        ws.append([k, v, notes.get(k, "")])
    ws.append(["合计", sum(S["dev_cat"].values()), ""])
    ws2 = wb.create_sheet("按区域")
    ws2.append(["区域", "接入数量（台/套）"])
    for k, v in region_ev.items():
        ws2.append([k, v])
    ws2.append(["合计", sum(region_ev.values())])
    ws3 = wb.create_sheet("口径说明")
    ws3.append(["统计截止日：2024年6月30日；平台采用私有云部署，无公有云连接设备；无海外设备。"])
    for w in (ws, ws2):
        w.column_dimensions["A"].width = 20
        w.column_dimensions["B"].width = 20
        w.column_dimensions["C"].width = 36
    _wb_save(wb, Path(root) / rel)
    t = sum(S["dev_cat"].values())
    return [fact("连接的工业设备/产品/产线种类及数量（台/套）", str(t), "台/套", t, rel, 1, str(t), "合计", "接入数量（台/套）"),
            fact("连接的工业设备/产品/产线种类及数量（台/套）", str(sum(region_ev.values())), "台/套", sum(region_ev.values()), rel, 2,
                 str(sum(region_ev.values())), "合计", "接入数量（台/套）")]


# ================================================================== screenshots
def dashboard(title, cards, stamp, theme="dark", seed=0, subtitle=""):
    W, H = 1600, 900
    bg, fg, card_bg, acc = ((10, 22, 48), (225, 235, 255), (20, 42, 86), (64, 200, 255)) if theme == "dark" else \
        ((242, 244, 248), (30, 40, 60), (255, 255, 255), (22, 119, 255))
    im = Image.new("RGB", (W, H), bg)
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, W, 70], fill=(6, 14, 32) if theme == "dark" else (255, 255, 255))
    d.text((30, 35), title, font=lib.pfont(30, "sansb"), fill=acc if theme == "dark" else (20, 20, 20), anchor="lm")
    d.text((W - 30, 35), stamp, font=lib.pfont(18), fill=fg, anchor="rm")
    if subtitle:
        d.text((30, 95), subtitle, font=lib.pfont(18), fill=fg)
    n = len(cards)
    cols = 4 if n > 4 else n
    cw = (W - 60 - (cols - 1) * 20) // cols
    for i, (lab, val) in enumerate(cards):
        r, c = divmod(i, cols)
        x0, y0 = 30 + c * (cw + 20), 130 + r * 170
        d.rounded_rectangle([x0, y0, x0 + cw, y0 + 150], radius=10, fill=card_bg, outline=acc if theme == "dark" else (220, 224, 230))
        d.text((x0 + 20, y0 + 30), lab, font=lib.pfont(22), fill=fg, anchor="lm")
        d.text((x0 + 20, y0 + 95), val, font=lib.pfont(48, "sansb"), fill=acc, anchor="lm")
    rng = random.Random(seed)
    top = 130 + ((n - 1) // cols + 1) * 170 + 20
    d.text((30, top), "近12个月活跃趋势", font=lib.pfont(20), fill=fg)
    bw = (W - 120) // 12
    for k in range(12):
        h = rng.randint(60, H - top - 90)
        d.rectangle([50 + k * bw, H - 40 - h, 50 + k * bw + bw - 18, H - 40], fill=acc)
        d.text((50 + k * bw + (bw - 18) // 2, H - 22), f"{(k + 7) % 12 + 1}月", font=lib.pfont(14), fill=fg, anchor="mm")
    return im


def screenshots_png(S, root, rels_cards, seed):
    facts = []
    for j, (rel, title, cards, theme) in enumerate(rels_cards):
        im = dashboard(title, [(c[0], c[1]) for c in cards], "数据更新：2024-07-12 09:30", theme, seed + j)
        p = Path(root) / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        im.save(p, "PNG", optimize=False)
        for lab, val, label, unit, norm in cards:
            if label:
                facts.append(fact(label, val, unit, norm, rel, 1, val, lab, image_only=True))
    return facts


def screenshots_pdf(S, root, rel, pages, seed):
    ims, facts = [], []
    for j, (title, cards, theme) in enumerate(pages, 1):
        ims.append(dashboard(title, [(c[0], c[1]) for c in cards], "截图时间：2024-07-12", theme, seed + j))
        for lab, val, label, unit, norm in cards:
            if label:
                facts.append(fact(label, val, unit, norm, rel, j, val, lab, image_only=True))
    lib.images_to_pdf(ims, Path(root) / rel, page_size=landscape(A4), quality=85)
    return facts


# ================================================================== awards, letters, misc
def awards_xlsx(S, root, rel):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "荣誉清单"
    ws.append([f"{S['short']}平台省部级及以上奖项/荣誉清单"])
    ws.append(["序号", "奖项/荣誉名称", "获奖时间", "颁发单位", "证书编号"])
    for i, (n, t, u) in enumerate(S["awards"], 1):
        ws.append([i, n, t, u, f"ZS-{2020 + i}-{1000 + 37 * i}"])
    ws.append([f"合计：{len(S['awards'])}项"])
    ws.column_dimensions["B"].width = 54
    ws.column_dimensions["D"].width = 36
    _wb_save(wb, Path(root) / rel)
    n = len(S["awards"])
    return [fact("平台获得省部级及以上奖项/荣誉数量（个）", str(n), "项", n, rel, 1, f"合计：{n}项", "合计")]


def _doc_page(lines, title=None, size=(1240, 1754), font=30):
    im = Image.new("RGB", size, (255, 255, 255))
    d = ImageDraw.Draw(im)
    y = 160
    if title:
        d.text((size[0] // 2, y), title, font=lib.pfont(54, "serifb"), fill=(20, 20, 20), anchor="mm")
        y += 120
    for ln in lines:
        d.text((140, y), ln, font=lib.pfont(font, "serif"), fill=(25, 25, 25))
        y += int(font * 1.8)
    return im


def awards_scan(S, root, rel, seed):
    """Image-only: list page then one certificate per award."""
    aw = S["awards"]
    lines = [f"{i}. {n}（{t}，{u}）" for i, (n, t, u) in enumerate(aw, 1)]
    wrapped = []
    for ln in lines:
        while len(ln) > 34:
            wrapped.append(ln[:34]); ln = "    " + ln[34:]
        wrapped.append(ln)
    pages = [_doc_page(wrapped + ["", f"共{len(aw)}项"], title="平台获奖及荣誉证书清单")]
    for i, (n, t, u) in enumerate(aw):
        im = Image.new("RGB", (1754, 1240), (250, 244, 226))
        d = ImageDraw.Draw(im)
        d.rectangle([40, 40, 1714, 1200], outline=(178, 134, 46), width=14)
        d.text((877, 260), "荣 誉 证 书", font=lib.pfont(96, "serifb"), fill=(160, 20, 20), anchor="mm")
        d.text((877, 480), S["company_form"] + "：", font=lib.pfont(40, "serif"), fill=(30, 30, 30), anchor="mm")
        d.text((877, 600), f"“{S['declared_name']}”荣获", font=lib.pfont(40, "serif"), fill=(30, 30, 30), anchor="mm")
        d.text((877, 720), n[:30], font=lib.pfont(46, "serifb"), fill=(30, 30, 30), anchor="mm")
        d.text((1300, 980), u[:16], font=lib.pfont(34, "serif"), fill=(30, 30, 30), anchor="mm")
        d.text((1300, 1050), t, font=lib.pfont(34, "serif"), fill=(30, 30, 30), anchor="mm")
        seal = lib.seal_image(u[:16], size=300, seed=seed + i)
        pages.append(lib.scan_effect(im, seed + 10 + i, seal=seal, seal_xy=(0.74, 0.80)))
    pages[0] = lib.scan_effect(pages[0], seed, bw=True)
    lib.images_to_pdf(pages, Path(root) / rel, quality=80)
    n = len(aw)
    return [fact("平台获得省部级及以上奖项/荣誉数量（个）", str(n), "项", n, rel, 1, f"共{n}项", "清单", image_only=True)]


def letter_scan(S, root, rel, title, lines, sealer, seed, facts_spec=()):
    wrapped = []
    for ln in lines:
        while len(ln) > 34:
            wrapped.append(ln[:34]); ln = ln[34:]
        wrapped.append(ln)
    im = _doc_page(wrapped, title=title)
    seal = lib.seal_image(sealer, size=290, seed=seed)
    out = lib.scan_effect(im, seed, seal=seal, seal_xy=(0.70, 0.86))
    lib.images_to_pdf([out], Path(root) / rel)
    return [fact(*fs[:4], rel, 1, fs[4], fs[5], image_only=True) for fs in facts_spec]


def security_pdf(S, root, rel, org, level="第三级"):
    path = Path(root) / rel
    st = lib.styles("WQY", 10.5)
    story = [Paragraph("网络安全等级保护测评报告（摘要）", st["title"]), Spacer(1, 8 * mm),
             lib.ptable([["被测对象", f"{S['declared_name']}"], ["被测单位", S["company_form"]], ["安全保护等级", level],
                         ["测评机构", org], ["测评时间", "2024年3月11日至2024年3月29日"], ["测评结论", "基本符合"], ["综合得分", "86.42分"]],
                        [40 * mm, 120 * mm], st, header_rows=0),
             Spacer(1, 6 * mm),
             Paragraph("测评范围覆盖安全物理环境、安全通信网络、安全区域边界、安全计算环境、安全管理中心及安全管理制度、机构、人员、建设、运维等方面。"
                       "本次测评发现中风险问题3项、低风险问题11项，均已完成整改或制定整改计划，无高风险问题。被测单位每年开展一次等级保护测评。", st["indent"])]
    lib.build_pdf(path, story, font="WQY", footer="")
    return []


def license_scan(S, root, rel, seed):
    co = S["co"]
    im = Image.new("RGB", (1754, 1240), (252, 250, 242))
    d = ImageDraw.Draw(im)
    d.rectangle([30, 30, 1724, 1210], outline=(170, 120, 60), width=18)
    d.text((877, 170), "营 业 执 照", font=lib.pfont(96, "serifb"), fill=(150, 20, 20), anchor="mm")
    d.text((877, 270), "（副  本）", font=lib.pfont(36, "serif"), fill=(30, 30, 30), anchor="mm")
    items = [("统一社会信用代码", co["uscc"]), ("名　　称", S["company_form"]), ("类　　型", co["type"]), ("法定代表人", co["legal"]),
             ("注册资本", co["capital"]), ("成立日期", co["founded"]), ("住　　所", co["reg_addr"])]
    y = 380
    for k, v in items:
        d.text((180, y), k, font=lib.pfont(32, "serif"), fill=(30, 30, 30))
        d.text((520, y), v[:30], font=lib.pfont(32, "serif"), fill=(30, 30, 30))
        y += 90
    seal = lib.seal_image("上海市市场监督管理局", size=300, seed=seed)
    out = lib.scan_effect(im, seed, seal=seal, seal_xy=(0.78, 0.82))
    lib.images_to_pdf([out], Path(root) / rel)
    return []


def killer_xlsx(S, root, rel):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "杀手锏APP"
    ws.append(["排名", "APP名称", "简介", "订阅数量（个）", "日活用户数（个）"])
    for i, (n, intro, subs, dau) in enumerate(S["killers"], 1):
        ws.append([i, n, intro, subs, dau])
    ks = sum(k[2] for k in S["killers"])
    ws.append(["合计", None, None, ks, sum(k[3] for k in S["killers"])])
    ws2 = wb.create_sheet("APP订阅汇总")
    ws2.append(["指标", "数值"])
    ws2.append(["工业APP订阅总数量（个）", S["subs_total"]])
    ws2.append(["工业APP订阅总金额（万元）", S["subs_amount"]])
    ws2.cell(3, 2).number_format = "0.00"
    ws.column_dimensions["B"].width = 18
    ws.column_dimensions["C"].width = 40
    ws2.column_dimensions["A"].width = 30
    _wb_save(wb, Path(root) / rel)
    return [fact("杀手锏工业APP订阅数量（个）", str(ks), "个", ks, rel, 1, str(ks), "合计", "订阅数量（个）"),
            fact("工业APP订阅总数量（个）", str(S["subs_total"]), "个", S["subs_total"], rel, 2, str(S["subs_total"]), "工业APP订阅总数量（个）"),
            fact("工业APP订阅总金额（万元）", f"{S['subs_amount']:.2f}", "万元", S["subs_amount"], rel, 2, f"{S['subs_amount']:.2f}", "工业APP订阅总金额（万元）")]


def orders_xlsx(S, root, rel):
    """Monthly orders Jan 2023 – Jun 2024, both readings computed on the sheet."""
    o1, o2 = S["orders"]
    rng = random.Random(7)
    m23 = lib.split(o1, {m: 1 + 0.04 * m + rng.random() * 0.1 for m in range(1, 13)})
    h1_24 = o2 - sum(m23[m] for m in range(7, 13))
    m24 = lib.split(h1_24, {m: 1 + 0.05 * m for m in range(1, 7)})
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "订单月度统计"
    ws.append(["月份", "平台订单数（个）"])
    for m in range(1, 13):
        ws.append([f"2023年{m}月", m23[m]])
    for m in range(1, 7):
        ws.append([f"2024年{m}月", m24[m]])
    ws.append([])
    ws.append(["2023年自然年合计", o1])
    ws.append(["截至填表日前一年（2023年7月-2024年6月）合计", o2])
    ws.column_dimensions["A"].width = 44
    ws.column_dimensions["B"].width = 18
    _wb_save(wb, Path(root) / rel)
    return [fact("平台订单数量(近一年总量)（个）", str(o1), "个", o1, rel, 1, str(o1), "2023年自然年合计", "", "2023年自然年"),
            fact("平台订单数量(近一年总量)（个）", str(o2), "个", o2, rel, 1, str(o2), "截至填表日前一年（2023年7月-2024年6月）合计", "", "截至填表日前一年")]
