"""Audit reports, group letters, tax returns, contracts, bilingual statements, award certificates."""

from __future__ import annotations

import lib
from lib import P, PageBreak, Spacer, T, TA_CENTER, TA_RIGHT, build_pdf, daxie, mm


def yuan(x):
    return f"{x:,.2f}"


def audit_pdf(pkg, path, a, font="STSong-Light"):
    """a: dict with firm, report_no, date_cn, columns(tuple of 2 names), bs rows, pl rows (元), related rows,
    platform table (万元) and its texts. Returns dict of page numbers."""
    firm = a["firm"]
    c1, c2 = a["columns"]
    st = [Spacer(1, 50 * mm), P(pkg.company, size=16, align=TA_CENTER, lead=26, font=font),
          P(f"{a['period_cn']}财务报表", size=14, align=TA_CENTER, lead=24, font=font),
          P("审 计 报 告", size=26, align=TA_CENTER, lead=44, font=font), Spacer(1, 10 * mm),
          P(a["report_no"], size=12, align=TA_CENTER, font=font), Spacer(1, 70 * mm),
          P(firm, size=14, align=TA_CENTER, lead=22, font=font), P(a["date_cn"], size=12, align=TA_CENTER, font=font),
          PageBreak(),
          P("审 计 报 告", size=16, align=TA_CENTER, lead=26, font=font), P(a["report_no"], size=10, align=TA_RIGHT, font=font),
          P(f"{pkg.company}全体股东：", size=11, font=font),
          P("一、审计意见", size=12, font=font),
          P(f"我们审计了{pkg.company}（以下简称“贵公司”）财务报表，包括{a['bs_date_cn']}的合并及母公司资产负债表，"
            f"{a['period_cn']}的合并及母公司利润表、合并及母公司现金流量表、合并及母公司所有者权益变动表以及相关财务报表附注。",
            size=10.5, indent=21, font=font),
          P(f"我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司{a['bs_date_cn']}的合并及母公司"
            f"财务状况以及{a['period_cn']}的合并及母公司经营成果和现金流量。", size=10.5, indent=21, font=font),
          P("二、形成审计意见的基础", size=12, font=font),
          P("我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步阐述了"
            "我们在这些准则下的责任。按照中国注册会计师职业道德守则，我们独立于贵公司，并履行了职业道德方面的其他责任。"
            "我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。", size=10.5, indent=21, font=font),
          Spacer(1, 20 * mm), P(f"{firm}　　　　中国注册会计师：{a['cpa'][0]}", size=10.5, align=TA_RIGHT, font=font),
          P(f"中国·上海　　　　中国注册会计师：{a['cpa'][1]}", size=10.5, align=TA_RIGHT, font=font),
          P(a["date_cn"], size=10.5, align=TA_RIGHT, font=font),
          PageBreak(),
          P("资产负债表（摘要）", size=14, align=TA_CENTER, lead=22, font=font),
          P(f"编制单位：{pkg.company}　　　　{a['bs_date']}　　　　单位：元", size=9, font=font),
          T([["项目", c1, c2]] + [[k, yuan(x), yuan(y)] for k, x, y in a["bs"]], [70, 50, 50], font=font, size=9,
            align_right_cols=(1, 2)),
          PageBreak(),
          P("利润表（摘要）", size=14, align=TA_CENTER, lead=22, font=font),
          P(f"编制单位：{pkg.company}　　　　{a['period']}　　　　单位：元", size=9, font=font),
          T([["项目", c1, c2]] + [[k, yuan(x), yuan(y)] for k, x, y in a["pl"]], [70, 50, 50], font=font, size=9,
            align_right_cols=(1, 2)),
          PageBreak(),
          P("财务报表附注（节选）", size=14, align=TA_CENTER, lead=22, font=font),
          P("十、关联方及关联交易", size=12, font=font)]
    for para in a["related_text"]:
        st.append(P(para, size=10.5, indent=21, font=font))
    st.append(T([["关联方名称", "关联关系", "关联交易内容", f"{a['period_cn']}发生额（元）"]] +
                [[n, r, c, yuan(x)] for n, r, c, x in a["related"]], [52, 30, 50, 38], font=font, size=9, align_right_cols=(3,)))
    st += [PageBreak(), P(a["platform_title"], size=14, align=TA_CENTER, lead=22, font=font)]
    for para in a["platform_text"]:
        st.append(P(para, size=10.5, indent=21, font=font))
    pt = a["platform_table"]
    st.append(P(pt["unit_line"], size=9, align=TA_RIGHT, font=font))
    st.append(T([pt["header"]] + pt["rows"], pt["widths"], font=font, size=9.5, align_right_cols=(1, 2, 3)))
    for para in a.get("platform_after", []):
        st.append(P(para, size=10.5, indent=21, font=font))
    build_pdf(path, st, font=font, header=lambda n: f"{pkg.company}　{a['period_cn']}审计报告" if n > 2 else "",
              footer=lambda n: f"第{n}页")
    return {"platform": 6, "pl": 4, "related": 5}


def tax_a100000_scan(pkg, path, seed, t, seal_text):
    """企业所得税年度纳税申报表（A类）A100000 主表节选, drawn then scanned (image-only)."""
    t = dict(t)
    t["op"] = t["profit"] - t["nonop_in"] + t["nonop_out"]
    t["fin"] = round(t["rev"] - t["cost"] - t["taxes"] - t["sell"] - t["admin"] + t["inv"] - t["op"], 2)
    rows = [["行次", "类别", "项目", "金额"],
            ["1", "利润总额计算", "一、营业收入（填写A101010\\101020\\103000）", yuan(t["rev"])],
            ["2", "", "减：营业成本（填写A102010\\102020\\103000）", yuan(t["cost"])],
            ["3", "", "减：税金及附加", yuan(t["taxes"])],
            ["4", "", "减：销售费用（填写A104000）", yuan(t["sell"])],
            ["5", "", "减：管理费用（填写A104000）", yuan(t["admin"])],
            ["6", "", "减：财务费用（填写A104000）", yuan(t["fin"])],
            ["7", "", "减：资产减值损失", "0.00"],
            ["8", "", "加：公允价值变动收益", "0.00"],
            ["9", "", "加：投资收益", yuan(t["inv"])],
            ["10", "", "二、营业利润（1-2-3-4-5-6-7+8+9）", yuan(t["op"])],
            ["11", "", "加：营业外收入（填写A101010\\101020\\103000）", yuan(t["nonop_in"])],
            ["12", "", "减：营业外支出（填写A102010\\102020\\103000）", yuan(t["nonop_out"])],
            ["13", "", "三、利润总额（10+11-12）", yuan(t["profit"])],
            ["……", "……", "……", "……"],
            ["31", "应纳税额计算", "八、实际应纳所得税额（28+29-30）", yuan(t["due"])]]
    st = [P("A100000", size=10, font="STSong-Light"),
          P("中华人民共和国企业所得税年度纳税申报表（A类）", size=15, align=TA_CENTER, lead=24),
          P(f"税款所属期间：{t['period']}", size=10, align=TA_CENTER),
          P(f"纳税人识别号（统一社会信用代码）：{pkg.info['uscc']}　　　纳税人名称：{pkg.company}", size=9.5),
          P("金额单位：人民币元（列至角分）", size=9.5, align=TA_RIGHT),
          T(rows, [14, 26, 96, 34], size=9, align_right_cols=(3,)),
          Spacer(1, 6 * mm),
          P("谨声明：本纳税申报表是根据国家税收法律法规及相关规定填报的，是真实的、可靠的、完整的。", size=9.5),
          P(f"纳税人（签章）：{pkg.company}　　　　{t['sign_date']}", size=9.5),
          Spacer(1, 6 * mm),
          P(f"受理人：{t['clerk']}　　受理税务机关（章）：{t['office']}　　受理日期：{t['accept_date']}", size=9.5),
          P("（电子税务局申报回执打印件，本页为主表节选，附表略）", size=8.5)]
    data = build_pdf(None, st)
    lib.scan_pdf(data, path, seed, seals={0: [(0.30, 0.70, 120, seal_text, "")]})


def build_contract_scan(pkg, rel, path, seed, c):
    """Platform construction contract excerpt (3 pages): cover, price clause with 大写, signature page."""
    amt = c["amount_yuan"]
    dx = "人民币" + daxie(amt)
    st = [Spacer(1, 40 * mm), P(f"合同编号：{c['no']}", size=11, align=TA_RIGHT), Spacer(1, 30 * mm),
          P(c["title"], size=22, align=TA_CENTER, lead=34), Spacer(1, 30 * mm),
          P(f"甲方（委托方）：{pkg.company}", size=13, lead=26), P(f"乙方（承建方）：{c['vendor']}", size=13, lead=26),
          P(f"签订地点：{c['place']}", size=13, lead=26), P(f"签订日期：{c['date_cn']}", size=13, lead=26),
          PageBreak(),
          P("第四条　合同价款及支付方式", size=13, lead=22),
          P(f"4.1 本合同总价款为{dx}（¥{amt:,.2f}），该价款为含税价，包括软件开发、系统集成、边缘网关及服务器等硬件采购、"
            "部署实施、培训及一年免费运维等全部费用。", size=11.5, lead=22, indent=23),
          P("4.2 付款方式：合同签订后十五个工作日内，甲方支付合同总价款的30%；平台一期上线并经甲方书面确认后支付40%；"
            "平台整体验收合格后支付25%；余款5%作为质量保证金，于质保期满后无息支付。", size=11.5, lead=22, indent=23),
          P(f"4.3 乙方开户银行：{c['bank']}；账号：{c['acct']}。", size=11.5, lead=22, indent=23),
          P("第五条　建设周期", size=13, lead=22),
          P(f"5.1 项目建设周期自{c['start']}起至{c['end']}止。", size=11.5, lead=22, indent=23),
          PageBreak(),
          P("（以下无正文，为签署页）", size=11.5, lead=22), Spacer(1, 20 * mm),
          T([["甲方（盖章）：" + pkg.company, "乙方（盖章）：" + c["vendor"]],
             ["法定代表人或授权代表：", "法定代表人或授权代表："],
             [f"日期：{c['sign_date']}", f"日期：{c['sign_date']}"]], [85, 85], size=11, header_rows=0, grid=0)]
    data = build_pdf(None, st)
    seals = {2: [(0.30, 0.30, 140, c["seal_a"], "合同专用章"), (0.76, 0.30, 140, c["vendor"], "合同专用章")]}
    lib.scan_pdf(data, path, seed, seals=seals, bw_pages=(0, 1))
    pkg.draw(rel, 2, f"4.1 本合同总价款为{dx}（¥{amt:,.2f}）")
    return dx, f"¥{amt:,.2f}"


def overseas_pdf(pkg, path, o, font="WQY"):
    """Bilingual statement from the overseas partner/subsidiary, English headers, Chinese notes."""
    st = [P(o["issuer"], size=13, font=font, lead=20), P(o["issuer_addr"], size=9, font=font),
          Spacer(1, 4 * mm),
          P(o["title_en"], size=15, font=font, align=TA_CENTER, lead=22),
          P(o["title_cn"], size=13, font=font, align=TA_CENTER, lead=20), Spacer(1, 3 * mm),
          P(o["intro_en"], size=10, font=font), P(o["intro_cn"], size=10, font=font), Spacer(1, 3 * mm),
          P("Table 1  Industrial equipment connected to the platform, by country / 表1 按国家统计接入设备", size=10.5, font=font),
          T([["Country / 国家", "Sites", "Devices connected (units)", "of which: public cloud", "Note 备注"]] +
            [[c, s, f"{d:,}", f"{p:,}", n] for c, s, d, p, n in o["devices"]] +
            [["Total 合计", sum(x[1] for x in o["devices"]), f"{sum(x[2] for x in o['devices']):,}",
              f"{sum(x[3] for x in o['devices']):,}", ""]], [40, 16, 38, 34, 42], font=font, size=9, align_right_cols=(1, 2, 3)),
          Spacer(1, 4 * mm),
          P("Table 2  Overseas enterprises served / 表2 海外服务企业", size=10.5, font=font),
          T([["Country / 国家", "Enterprises served", "Paying customers", "Main industries 主要行业"]] +
            [list(r) for r in o["customers"]], [45, 35, 35, 55], font=font, size=9, align_right_cols=(1, 2)),
          Spacer(1, 4 * mm)]
    for n in o["notes"]:
        st.append(P(n, size=9.5, font=font))
    st += [Spacer(1, 10 * mm), P(f"For and on behalf of {o['issuer']}", size=10, font=font),
           P(f"{o['signer']}, {o['signer_title']}　　Date 日期: {o['date']}", size=10, font=font)]
    build_pdf(path, st, font=font, footer=lambda n: f"Page {n}")


def awards_scan(pkg, rel, path, seed, awards, issuer_seal=True):
    """Page 1: list of awards (共N项); then one certificate per award."""
    n = len(awards)
    st = [Spacer(1, 10 * mm), P(f"平台获得省部级及以上奖项/荣誉清单（共{n}项）", size=15, align=TA_CENTER, lead=24), Spacer(1, 5 * mm),
          T([["序号", "奖项/荣誉名称", "获奖时间", "颁发单位"]] + [[k + 1, a["name"], a["date"], a["issuer"]] for k, a in enumerate(awards)],
            [12, 80, 28, 50], size=9.5)]
    pkg.draw(rel, 1, f"平台获得省部级及以上奖项/荣誉清单（共{n}项）")
    for a in awards:
        st += [PageBreak(), Spacer(1, 30 * mm), P("荣 誉 证 书", size=30, align=TA_CENTER, lead=50), Spacer(1, 15 * mm),
               P(f"{pkg.company}：", size=15, lead=28), P(a["text"], size=15, lead=30, indent=30),
               Spacer(1, 30 * mm), P(a["issuer"], size=14, align=TA_RIGHT, lead=24), P(a["date_cn"], size=14, align=TA_RIGHT, lead=24)]
    data = build_pdf(None, st)
    seals = {k + 1: [(0.72, 0.62, 150, a["seal"], "")] for k, a in enumerate(awards)} if issuer_seal else {}
    lib.scan_pdf(data, path, seed, seals=seals)
