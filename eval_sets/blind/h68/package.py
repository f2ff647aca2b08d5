"""Renders one h68 package (all files + truth) from a spec and its derived values."""

from __future__ import annotations

import json
import random
from decimal import Decimal
from pathlib import Path

import render as R
from model import D, bd_text, derive, enterprise_rows, pct, r2, rnd, wan, yuan
from notice import ITEMS, SUMMARY_LABELS

# ---------------------------------------------------------------- form cells


def f2(x) -> str:
    return f"{D(x):.2f}"


def num(x, sep: bool) -> str:
    return f"{x:,}" if sep else str(x)


def money(x, sep: bool) -> str:
    return f"{D(x):,.2f}" if sep else f"{D(x):.2f}"


def three_years(V: dict, sep: bool) -> str:
    return "\n".join(f"{y}年平台营收{money(V['rev'][y], sep)}万元/增长率{f2(V['growth'][y])}%" for y in (2021, 2022, 2023))


def form_cells(S: dict, V: dict) -> dict[str, str]:
    """Text the applicant writes in 平台实际情况, keyed by 附件4 label or t:<name>."""
    sep = S.get("sep", False)
    T = S["texts"]
    c = {
        "平台团队总人数（人）": str(V["team"]), "运维人数（人）": str(V["ops"]), "运营人数（人）": str(V["opr"]),
        "有相关技术职称/从业资格的人数（人）": str(V["qual"]),
        "平台相关研发投入（万元）": money(V["rd"], sep), "平台相关研发投入强度（%）": f2(V["rd_int"]),
        "平台相关营业收入（万元）": money(V["rev"][2023], sep), "平台利润率（%）": f2(V["margin"]),
        "付费用户占比（%）": f2(V["pay_ratio"]),
        "连接的工业设备/产品/产线种类及数量（台/套）": num(V["dev"], sep),
        "按二级分类统计工业设备数量（台/套）": bd_text(V["dev_cat"]),
        "按省市区域统计工业设备数量（台/套）": bd_text(V["dev_reg"]),
        "公有云工业设备连接数量（台/套）": num(V["pub"], sep),
        "按二级分类统计公有云工业设备数量（台/套）": bd_text(V["pub_cat"]),
        "按省市区域统计公有云工业设备数量（台/套）": bd_text(V["pub_reg"]),
        "公有云工业设备平均日运行数量（台/套）": num(V["daily"], sep),
        "按二级分类统计公有云工业设备平均日运行数量（台/套）": bd_text(V["daily_cat"]),
        "按省市区域统计公有云工业设备平均日运行数量（台/套）": bd_text(V["daily_reg"]),
        "海外设备连接数量（台/套）": num(V["ovs"], sep),
        "按海外国家分类统计海外设备连接数量（台/套）": bd_text(V["overseas"]) or "无",
        "工业协议兼容适配数量（个）": str(V["protocols"]),
        "工业软件总量（个）": str(V["sw"]), "工业APP数量（个）": str(V["app"]),
        "基于平台开发的工业APP数量（个）": str(V["app_dev"]), "云化工业软件数量（个）": str(V["cloud_sw"]),
        "按分类统计工业APP数量（个）": bd_text(V["app_cat"]), "按行业统计工业APP数量（个）": bd_text(V["app_ind"]),
        "工业APP平均月活跃数量（个）": str(V["app_month"]), "杀手锏APP数量（个）": "5",
        "公有云杀手锏APP平均日在线用户数（个）": num(V["killer_online"], sep),
        "杀手锏APP日活次数（次）": num(V["killer_daily"], sep), "杀手锏APP月平均收入（万元）": f2(V["killer_income"]),
        "公有云工业APP数量（个）": str(V["pub_app"]), "公有云工业APP平均日活跃数量（个）": str(V["pub_app_daily"]),
        "按分类统计公有云工业APP平均日活跃数量（个）": bd_text(V["pub_daily_cat"]),
        "按行业统计公有云工业APP平均日活跃数量（个）": bd_text(V["pub_daily_ind"]),
        "平台实际用云量（台）": f2(V["cloud_use"]), "平台公有云实际使用数量（台）": str(V["cloud_pub"]),
        "存储容量（TB）": money(V["cap_tb"], sep), "存储工业数据量（TB）": money(V["stored_tb"], sep),
        "公有云数据总量（TB）": money(V["pubdata_tb"], sep), "存储资源利用率（%）": f2(V["util"]),
        "工业机理模型数量（个）": str(V["models"]), "活跃机理模型数量（一周调用5次以上）（个）": str(V["models_active"]),
        "核心工业模型平均月调用用户数量（个）": str(V["model_users"]),
        "按分类统计工业模型数量（个）": bd_text(V["model_cat"]),
        "数据分析平台均速度（每TB分级/秒级/毫秒级）": V["speed"],
        "微服务数量（个）": str(V["ms"]), "活跃微服务数量（一周调用5次以上）（个）": str(V["ms_active"]),
        "开发者注册总数（个）": num(V["devs"], sep), "活跃开发者数（个）": num(V["devs_active"], sep),
        "平台是否建立安全管理体系": T["安全制度"],
        "有否定期开展第三方安全测试/测评": T["第三方测评"], "有否定期进行安全扫描": T["安全扫描"],
        "注册企业用户数（个）": num(V["reg"], sep), "实际服务企业数（个）": num(V["served"], sep),
        "按行业统计服务企业数（个）": bd_text(V["srv_ind"]), "按省市区域统计服务企业数（个）": bd_text(V["srv_reg"]),
        "付费企业数（个）": str(V["paid"]), "服务本市企业数量（个）": str(V["local"]),
        "服务中小企业数量（个）": str(V["sme"]),
        "平台订单数量(近一年总量)（个）": f"2023年自然年：{num(V['orders'][0], sep)}个；截至填表日前一年：{num(V['orders'][1], sep)}个",
        "平台交易规模年增长率（%）": f2(V["trade_growth"]),
        "工业APP订阅总数量（个）": num(V["subs"], sep), "杀手锏工业APP订阅数量（个）": num(V["killer_subs"], sep),
        "工业APP订阅总金额（万元）": money(V["subs_amount"], sep), "平台连接工业设备利用率（%）": f2(V["dev_util"]),
        "平台国产化率（%）": f2(V["localization"]),
        "平台是否服务上海智能工厂，数量": T["智能工厂"],
        "平台服务园区总数（个）": str(V["parks"]), "平台提供的解决方案总数（个）": str(V["sol_total"]),
        "按新模式统计解决方案数量（个）": bd_text(V["sol"]),
        "投资回报率（%）": f2(V["roi"]), "企业是否已上市或已获得VC/PE投资": T["上市"],
        "平台连接工业设备运维成本平均下降率（%）": f2(V["case_avg"]["运维"]),
        "平台连接工业设备能耗平均下降率（%）": f2(V["case_avg"]["能耗"]),
        "平台连接工业设备安全生产持续时间平均提升率（%）": f2(V["case_avg"]["安全"]),
        "平台现有特色指数（个）": str(V["indices"]),
        "平台核心软硬件技术获得的专利数量（项）": str(V["patents"]),
        "平台核心软硬件技术获得的软著数量（个）": str(V["softs"]),
        "平台是否有自研形成的核心技术突破": T["核心技术"], "平台是否具备碳管理服务能力": T["碳管理"],
        "平台是否融合使用国家标识解析系统": T["标识解析"],
        "平台获得省部级及以上奖项/荣誉数量（个）": str(V["awards"]),
        "平台建设与运营带动新增就业人数（人）": str(V["jobs"]), "平台社会贡献率（%）": f2(V["social"]),
        "平台开放共享数据的形式及数量": T["开放数据"], "合作平台数量（个）": str(V["partners"]),
    }
    for k, v in T.items():
        c["t:" + k] = v
    return c


def summary_rows(S: dict, V: dict) -> list[dict]:
    """The 103 附件4 rows as a reviewer writes them from the 申报表 (value, normalized)."""
    cells = form_cells(S, V)
    out = []
    for label in SUMMARY_LABELS:
        if label == "序号":
            val, norm = str(S["no"]), S["no"]
        elif label in ("企业名称", "平台名称", "平台性质", "联系人姓名", "联系人手机号", "联系人电子邮箱",
                       "评审会现场地址信息", "平台网址", "建设时间", "平台建设方式", "平台运营模式", "部署方式"):
            key = {"企业名称": "company", "平台名称": "declared", "平台性质": "nature", "联系人姓名": "contact",
                   "联系人手机号": "phone", "联系人电子邮箱": "email", "评审会现场地址信息": "review_addr",
                   "平台网址": "url", "建设时间": "build_time", "平台建设方式": "build_mode",
                   "平台运营模式": "op_mode", "部署方式": "deploy"}[label]
            val = norm = S[key]
        elif label == "平台建设金额（万元）":
            val, norm = f2(V["build"]), float(V["build"])
        elif label == "平台近三年经营指标情况":
            val = "；".join(f"{y}年平台营收{f2(V['rev'][y])}万元/增长率{f2(V['growth'][y])}%" for y in (2021, 2022, 2023))
            norm = {}
            for y in (2021, 2022, 2023):
                norm[f"{y}年平台营收（万元）"] = float(V["rev"][y])
                norm[f"{y}年增长率（%）"] = float(V["growth"][y])
        elif label.startswith("按") or label == "按海外国家分类统计海外设备连接数量（台/套）":
            d = {"按二级分类统计工业设备数量（台/套）": V["dev_cat"], "按省市区域统计工业设备数量（台/套）": V["dev_reg"],
                 "按二级分类统计公有云工业设备数量（台/套）": V["pub_cat"], "按省市区域统计公有云工业设备数量（台/套）": V["pub_reg"],
                 "按二级分类统计公有云工业设备平均日运行数量（台/套）": V["daily_cat"],
                 "按省市区域统计公有云工业设备平均日运行数量（台/套）": V["daily_reg"],
                 "按海外国家分类统计海外设备连接数量（台/套）": V["overseas"],
                 "按分类统计工业APP数量（个）": V["app_cat"], "按行业统计工业APP数量（个）": V["app_ind"],
                 "按分类统计公有云工业APP平均日活跃数量（个）": V["pub_daily_cat"],
                 "按行业统计公有云工业APP平均日活跃数量（个）": V["pub_daily_ind"],
                 "按分类统计工业模型数量（个）": V["model_cat"], "按行业统计服务企业数（个）": V["srv_ind"],
                 "按省市区域统计服务企业数（个）": V["srv_reg"], "按新模式统计解决方案数量（个）": V["sol"]}[label]
            val, norm = (bd_text(d), dict(d)) if d else ("", None)
        elif label == "平台订单数量(近一年总量)（个）":
            val = f"2023年自然年：{V['orders'][0]}个；截至填表日前一年：{V['orders'][1]}个"
            norm = {"2023年自然年": V["orders"][0], "截至填表日前一年": V["orders"][1]}
        elif label == "数据分析平台均速度（每TB分级/秒级/毫秒级）":
            val, norm = V["speed"], S["speed_level"]
        elif label == "平台是否服务上海智能工厂，数量":
            val, norm = f"是，{V['factories']}家", V["factories"]
        elif label in ("平台是否建立安全管理体系", "有否定期开展第三方安全测试/测评", "有否定期进行安全扫描",
                       "企业是否已上市或已获得VC/PE投资", "平台是否有自研形成的核心技术突破", "平台是否具备碳管理服务能力",
                       "平台是否融合使用国家标识解析系统"):
            yes = cells[label].startswith("是")
            val, norm = ("是" if yes else "否"), yes
        elif label == "平台开放共享数据的形式及数量":
            val = norm = cells[label]
        else:
            txt = cells[label].replace(",", "")
            if "." in txt:
                val, norm = txt, float(txt)
            else:
                val, norm = txt, int(txt)
        out.append({"label": label, "value": val, "normalized": norm})
    return out


# ---------------------------------------------------------------- 申报表


def form_sections(S: dict, V: dict) -> dict:
    cells = form_cells(S, V)
    sep = S.get("sep", False)
    co = S["co"]
    basic = [
        ["单位（企业）名称", S["company"], "单位（企业）代码", co["code"]],
        ["成立日期", co["founded"], "注册地及所在行政区", co["reg_addr"]],
        ["企业类型", co["type"], "注册资本", co["capital"]],
        ["主营业务", co["business"], "", ""],
        ["法定代表人", co["legal"], "联系人 / 职务", f"{S['contact']} / {S['title']}"],
        ["联系人手机", S["phone"], "电子邮箱", S["email"]],
        ["股权结构", co["equity"], "", ""],
        ["申报单位上一年度经营状况（2023年）", "", "", ""],
        ["总资产（万元）", wan(r2(D(co["assets"]) / 10000)), "主营业务收入（万元）", wan(r2(D(co["rev"]) / 10000))],
        ["主营业务收入增长率（%）", f2(pct(D(co["rev"]) - D(co["rev_prev"]), co["rev_prev"])),
         "负债率（%）", f2(pct(co["liab"], co["assets"]))],
        ["利润总额（万元）", wan(r2(D(co["profit"]) / 10000)), "税金（万元）", wan(r2(D(co["tax"]) / 10000))],
    ]
    check = lambda opts, chosen: "  ".join(("☑" if o in chosen else "□") + o for o in opts)
    platform = [
        ["平台名称", S["declared"]],
        ["建设时间", S["build_time_cn"]],
        ["平台建设金额（万元）", money(V["build"], sep)],
        ["平台近三年经营指标情况", three_years(V, sep) + "\n注：此处数据为平台相关收益单列，非整个公司的财务数据。"],
        ["平台建设方式", S["build_mode_cell"]],
        ["平台运营模式", check(["自运营", "联合运营", "委托运营"], [S["op_mode"]])],
        ["IaaS基础设施", S["iaas_cell"]],
        ["部署方式", check(["边缘侧", "私有云", "公有云", "混合云", "其他部署方式"], S["deploy"].split("、"))],
        ["平台网址", f"{S['url']}\n体验账号：{S['account']}  密码：{S['password']}"],
        ["平台基本情况介绍", S["texts"]["基本情况"]],
        ["平台建设成效", S["texts"]["建设成效"]],
    ]
    items = []
    proofs = S["proofs"]
    for l1, l2, l3, content, key in ITEMS:
        items.append([l1, l2, l3, content, cells[key], proofs.get(key, S.get("default_proof", "见申报书第二章"))])
    return {"basic": basic, "platform": platform, "items": items}


def _merges(items: list, col: int, offset: int) -> list:
    out, start = [], 0
    for i in range(1, len(items) + 1):
        if i == len(items) or items[i][col] != items[start][col] or (col > 0 and items[i][col - 1] != items[start][col - 1]):
            if i - 1 > start:
                out.append((offset + start, col, offset + i - 1, col))
            start = i
    return out


def form_blocks(S: dict, F: dict) -> list:
    cover = [("title", "上海市工业互联网平台应用水平评价"), ("title", "申报表"), ("p", "申报年度：2024年度"),
             ("p", f"平台名称：{S['declared']}"), ("p", f"申报单位：{S['company']}（公章）"),
             ("p", f"联 系 人：{S['contact']}"), ("p", f"联系人电话：{S['phone']}"),
             ("p", "上海市经济和信息化委员会制"), ("p", S["form_date"]), ("break",)]
    head = [["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]]
    items = F["items"]
    merges = []
    for col in (0, 1, 2):
        merges += _merges(items, col, 1)
    return cover + [
        ("h1", "一、企业基本情况"),
        ("table", F["basic"], {"widths": [32, 58, 32, 48], "merges": [(3, 1, 3, 3), (6, 1, 6, 3), (7, 0, 7, 3)]}),
        ("h1", "二、平台基本情况"),
        ("table", F["platform"], {"widths": [34, 136]}),
        ("break",),
        ("h1", "三、上海市工业互联网平台应用水平评价指标明细表"),
        ("table", head + items, {"header": 1, "widths": [16, 18, 20, 36, 52, 28], "merges": merges, "font": 7.6}),
        ("p", f"申报单位（盖章）：{S['company']}        日期：{S['form_date']}"),
    ]


def form_xlsx_sheets(S: dict, F: dict) -> list[dict]:
    head = ["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]
    merges = []
    for col in (0, 1, 2):
        merges += [(r0, c0, r1, c1) for r0, c0, r1, c1 in _merges(F["items"], col, 1)]
    items = []
    prev = [None, None, None]
    for row in F["items"]:  # merged cells keep only the top-left value
        shown = list(row)
        for col in (0, 1, 2):
            if row[col] == prev[col] and (col == 0 or row[col - 1] == prev[col - 1]):
                shown[col] = None
        prev = row[:3]
        items.append(shown)
    return [
        {"name": "一、企业基本情况", "rows": [["上海市工业互联网平台应用水平评价申报表（2024年度）"], [None]] + F["basic"],
         "merges": [(0, 0, 0, 3)], "widths": [24, 40, 24, 40]},
        {"name": "二、平台基本情况", "rows": F["platform"], "widths": [24, 100]},
        {"name": "三、指标明细表", "rows": [head] + items, "header": 1, "merges": merges,
         "widths": [14, 16, 18, 34, 60, 30]},
    ]


# ---------------------------------------------------------------- other documents


def contact_blocks(S: dict) -> list:
    return [("title", "联系人信息反馈表"), ("p", "2024年度上海市工业互联网平台应用水平评价工作"),
            ("h2", "一、联系人信息反馈"),
            ("table", [["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"],
                       ["联系人（主）", S["contact"], S["company"], S["title"], S["phone"], S["email"]],
                       ["联系人（备用）", S["contact2"][0], S["company"], S["contact2"][1], S["contact2"][2],
                        S["contact2"][3]]], {"header": 1, "widths": [22, 18, 46, 22, 26, 36]}),
            ("h2", "二、评审会现场地址信息反馈"), ("p", f"具体地址：{S['review_addr']}")]


def commitment_blocks(S: dict) -> list:
    return [("title", "真实性承诺"),
            ("p", "我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、"
                  "完整，如有不实，愿承担相应的法律责任及由此产生的一切后果。"),
            ("p", "特此承诺。"), ("p", " "), ("p", f"申报单位：{S['company']}（盖章）"),
            ("p", f"法定代表人：{S['co']['legal']}（签章）"), ("p", S["form_date"])]


def summary_file(S: dict, rows: list[dict], path: Path, kind: str, overrides: dict) -> None:
    vals = []
    for r in rows:
        v = overrides.get(r["label"], r["value"])
        vals.append((r["label"], v))
    if kind == "xlsx-vertical":
        R.write_xlsx([{"name": "平台基本情况汇总表", "rows": [["平台基本情况汇总表"], ["项目", "内容"]] + [list(x) for x in vals],
                       "header": 2, "merges": [(0, 0, 0, 1)], "widths": [44, 90]}], path, "平台基本情况汇总表", S["contact"])
    elif kind == "xlsx-horizontal":
        R.write_xlsx([{"name": "汇总表", "rows": [[x[0] for x in vals], [x[1] for x in vals]], "header": 1,
                       "widths": [16] * 26}], path, "平台基本情况汇总表", S["contact"])
    else:
        R.write_docx([("title", "平台基本情况汇总表"), ("table", [["项目", "内容"]] + [list(x) for x in vals],
                                                       {"header": 1, "widths": [60, 110]})],
                     path, "平台基本情况汇总表", S["contact"])


# ---------------------------------------------------------------- evidence


def audit_blocks(S: dict, V: dict) -> tuple[list, dict]:
    """Audit report: cover, opinion, company statements (元), platform note (元, to the fen). Returns blocks and
    {name: (page, printed value)} for the note's figures."""
    co, A = S["co"], S["audit"]
    ry = S["rev_yuan"]
    share = pct(ry[2023], co["rev"])
    blocks = [
        ("title", S["company"]), ("title", "2023年度审计报告"), ("p", A["no"]), ("p", " "),
        ("p", f"{A['firm']}"), ("p", "二〇二四年四月十二日"), ("break",),
        ("h1", "审计报告"), ("p", f"{S['company']}全体股东："),
        ("h2", "一、审计意见"),
        ("p", f"我们审计了{S['company']}（以下简称“公司”）财务报表，包括2023年12月31日的合并及母公司资产负债表，"
              "2023年度的合并及母公司利润表、现金流量表、所有者权益变动表以及相关财务报表附注。"),
        ("p", "我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了公司2023年12月31日的合并及母公司"
              "财务状况以及2023年度的合并及母公司经营成果和现金流量。"),
        ("h2", "二、形成审计意见的基础"),
        ("p", "我们按照中国注册会计师审计准则的规定执行了审计工作。我们相信，我们获取的审计证据是充分、适当的，为发表审计意见"
              "提供了基础。"),
        ("p", f"{A['firm']}        中国注册会计师：{A['cpa']}"), ("break",),
        ("h1", "合并资产负债表"), ("small", f"编制单位：{S['company']}    2023年12月31日    单位：元"),
        ("table", [["项目", "期末余额", "上年年末余额"],
                   ["货币资金", yuan(co["cash"]), yuan(co["cash_prev"])],
                   ["应收账款", yuan(co["ar"]), yuan(co["ar_prev"])],
                   ["资产总计", yuan(co["assets"]), yuan(co["assets_prev"])],
                   ["负债合计", yuan(co["liab"]), yuan(co["liab_prev"])],
                   ["所有者权益合计", yuan(D(co["assets"]) - D(co["liab"])), yuan(D(co["assets_prev"]) - D(co["liab_prev"]))]],
         {"header": 1, "widths": [60, 55, 55]}),
        ("break",),
        ("h1", "合并利润表"), ("small", f"编制单位：{S['company']}    2023年度    单位：元"),
        ("table", [["项目", "本期金额", "上期金额"],
                   ["一、营业收入", yuan(co["rev"]), yuan(co["rev_prev"])],
                   ["减：营业成本", yuan(co["cost"]), yuan(co["cost_prev"])],
                   ["研发费用", yuan(co["rd"]), yuan(co["rd_prev"])],
                   ["二、营业利润", yuan(D(co["profit"]) + D(co["nonop"])), yuan(D(co["profit_prev"]) + D(co["nonop"]))],
                   ["三、利润总额", yuan(co["profit"]), yuan(co["profit_prev"])],
                   ["减：所得税费用", yuan(co["tax"]), yuan(co["tax_prev"])],
                   ["四、净利润", yuan(D(co["profit"]) - D(co["tax"])), yuan(D(co["profit_prev"]) - D(co["tax_prev"]))]],
         {"header": 1, "widths": [60, 55, 55]}),
        ("break",),
        ("h1", f"附注十五、{A['note_title']}"),
        ("p", f"根据《关于组织开展2024年度上海市工业互联网平台应用水平评价工作的通知》要求，公司对{S['declared']}"
              f"（以下简称“平台”）相关的收入、研发投入及利润进行了单独核算，金额单位为人民币元。"),
        ("small", "表15-1 平台相关营业收入（单位：元）"),
        ("table", [["项目", "2020年度", "2021年度", "2022年度", "2023年度"],
                   ["平台相关营业收入"] + [yuan(ry[y]) for y in (2020, 2021, 2022, 2023)]],
         {"header": 1, "widths": [34, 34, 34, 34, 34], "font": 8.2}),
        ("small", "表15-2 2023年度平台投入及效益（单位：元）"),
        ("table", [["项目", "2023年度"],
                   ["平台相关研发投入", yuan(S["rd_yuan"])],
                   ["平台利润总额", yuan(S["profit_yuan"])],
                   ["平台社会贡献总额", yuan(S["contrib_yuan"])],
                   ["平台平均资产总额", yuan(S["avg_assets_yuan"])]], {"header": 1, "widths": [70, 60]}),
        ("p", f"2023年度平台相关营业收入占公司营业收入的比例为{f2(share)}%。平台相关营业收入按合同约定的服务内容拆分确认，"
              "研发投入按研究与试验发展（R&D）口径归集。"),
    ]
    figs = {"rev2023": (5, yuan(ry[2023])), "rev2022": (5, yuan(ry[2022])), "rev2021": (5, yuan(ry[2021])),
            "rev2020": (5, yuan(ry[2020])), "rd": (5, yuan(S["rd_yuan"])), "profit": (5, yuan(S["profit_yuan"])),
            "contrib": (5, yuan(S["contrib_yuan"])), "avgassets": (5, yuan(S["avg_assets_yuan"]))}
    return blocks, figs


def audit_facts(S: dict, fname: str, figs: dict) -> list[dict]:
    ry = S["rev_yuan"]
    w = lambda x: float(r2(D(x) / 10000))
    F = []

    def add(label, key, val, row, col, comp=""):
        page, printed = figs[key]
        F.append(fact(label, printed, "元", w(val), fname, page, printed, row, col, comp))

    add("平台相关营业收入（万元）", "rev2023", ry[2023], "平台相关营业收入", "2023年度")
    add("平台近三年经营指标情况", "rev2023", ry[2023], "平台相关营业收入", "2023年度", "2023年平台营收（万元）")
    add("平台近三年经营指标情况", "rev2022", ry[2022], "平台相关营业收入", "2022年度", "2022年平台营收（万元）")
    add("平台近三年经营指标情况", "rev2021", ry[2021], "平台相关营业收入", "2021年度", "2021年平台营收（万元）")
    add("平台近三年经营指标情况", "rev2020", ry[2020], "平台相关营业收入", "2020年度", "2020年平台营收（万元）")
    add("平台相关研发投入（万元）", "rd", S["rd_yuan"], "平台相关研发投入", "2023年度")
    add("平台相关研发投入强度（%）", "rd", S["rd_yuan"], "平台相关研发投入", "2023年度", "平台相关研发投入（万元）")
    add("平台利润率（%）", "profit", S["profit_yuan"], "平台利润总额", "2023年度", "平台利润总额（万元）")
    add("投资回报率（%）", "profit", S["profit_yuan"], "平台利润总额", "2023年度", "平台年利润（万元）")
    add("平台社会贡献率（%）", "contrib", S["contrib_yuan"], "平台社会贡献总额", "2023年度", "平台社会贡献总额（万元）")
    add("平台社会贡献率（%）", "avgassets", S["avg_assets_yuan"], "平台平均资产总额", "2023年度", "平台平均资产总额（万元）")
    return F


def fact(label, value, unit, normalized, file, page, quote, row="", col="", comp="", image_only=False) -> dict:
    return {"label": label, "value": value, "unit": unit, "normalized": normalized, "file": file, "page": page,
            "quote": quote, "row_label": row, "column_label": col, "component": comp, "image_only": image_only}


def device_tables(V: dict) -> tuple[list, list]:
    cat = [["设备二级分类", "接入数量（台/套）", "其中：公有云接入（台/套）", "公有云日均运行（台/套）"]]
    for k in V["dev_cat"]:
        cat.append([k, V["dev_cat"][k], V["pub_cat"][k], V["daily_cat"][k]])
    cat.append(["合计", V["dev"], V["pub"], V["daily"]])
    reg = [["设备所属企业注册地", "接入数量（台/套）", "其中：公有云接入（台/套）", "公有云日均运行（台/套）"]]
    for k in V["dev_reg"]:
        reg.append([k, V["dev_reg"][k], V["pub_reg"][k], V["daily_reg"][k]])
    ov = V["overseas"]
    reg.append(["其中：海外小计", V["ovs"], sum(V["pub_reg"][k] for k in ov), sum(V["daily_reg"][k] for k in ov)])
    reg.append(["合计", V["dev"], V["pub"], V["daily"]])
    return cat, reg


def device_facts(V: dict, fname: str, cat_page: int, reg_page: int, fmt) -> list[dict]:
    out = [
        fact("连接的工业设备/产品/产线种类及数量（台/套）", fmt(V["dev"]), "台/套", V["dev"], fname, cat_page, fmt(V["dev"]),
             "合计", "接入数量（台/套）"),
        fact("公有云工业设备连接数量（台/套）", fmt(V["pub"]), "台/套", V["pub"], fname, cat_page, fmt(V["pub"]), "合计",
             "其中：公有云接入（台/套）"),
        fact("公有云工业设备平均日运行数量（台/套）", fmt(V["daily"]), "台/套", V["daily"], fname, cat_page, fmt(V["daily"]),
             "合计", "公有云日均运行（台/套）"),
        fact("海外设备连接数量（台/套）", fmt(V["ovs"]), "台/套", V["ovs"], fname, reg_page, fmt(V["ovs"]), "其中：海外小计",
             "接入数量（台/套）"),
    ]
    return out if V["ovs"] else out[:3]  # no overseas devices: a bare "0" is no useful fact


def ip_blocks(S: dict, V: dict, seed: int) -> list:
    rng = random.Random(seed)
    words = S["ip_words"]
    pats = [["序号", "专利名称", "专利类型", "专利号", "授权公告日", "权利人"]]
    for i in range(V["patents"]):
        kind = "发明专利" if i % 3 != 2 else "实用新型"
        w1, w2 = rng.choice(words), rng.choice(["方法", "系统", "装置", "方法及系统", "平台及方法"])
        no = f"ZL 20{rng.randint(18, 23)}{rng.choice([1, 2])} {rng.randint(1000000, 9999999)}.{rng.randint(0, 9)}"
        pats.append([i + 1, f"一种{w1}的{w2}", kind, no, f"20{rng.randint(19, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                     S["company"]])
    softs = [["序号", "软件名称", "登记号", "登记日期", "著作权人"]]
    for i in range(V["softs"]):
        w1 = rng.choice(words)
        softs.append([i + 1, f"{S['short']}{w1}软件V{rng.randint(1, 4)}.{rng.randint(0, 9)}",
                      f"20{rng.randint(18, 24)}SR{rng.randint(100000, 1999999):07d}",
                      f"20{rng.randint(18, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", S["company"]])
    return [("title", f"{S['declared']}知识产权清单"),
            ("h2", f"一、专利清单（共{V['patents']}项）"),
            ("table", pats, {"header": 1, "widths": [10, 58, 18, 38, 22, 24], "font": 7.4}),
            ("break",),
            ("h2", f"二、软件著作权清单（共{V['softs']}项）"),
            ("table", softs, {"header": 1, "widths": [10, 64, 36, 24, 36], "font": 7.4})]


def enterprise_sheets(S: dict, V: dict, seed: int) -> list[dict]:
    rows = enterprise_rows(V, seed)
    summ = [["统计项", "数量（家）"], ["实际服务企业数", V["served"]], ["其中：付费企业数", V["paid"]],
            ["其中：服务本市（上海）企业数", V["local"]], ["其中：服务中小企业数", V["sme"]]]
    ind = [["行业", "企业数（家）"]] + [[k, v] for k, v in V["srv_ind"].items()] + [["合计", V["served"]]]
    return [{"name": "汇总", "rows": summ + [[None]] + ind, "header": 1, "widths": [34, 14]},
            {"name": "服务企业明细", "rows": [["序号", "企业名称", "所属行业", "注册地", "是否付费", "是否中小企业"]] + rows,
             "header": 1, "widths": [8, 40, 16, 12, 10, 12]}]


def enterprise_facts(V: dict, fname: str) -> list[dict]:
    return [fact("实际服务企业数（个）", str(V["served"]), "家", V["served"], fname, 1, str(V["served"]), "实际服务企业数"),
            fact("付费企业数（个）", str(V["paid"]), "家", V["paid"], fname, 1, str(V["paid"]), "其中：付费企业数"),
            fact("服务本市企业数量（个）", str(V["local"]), "家", V["local"], fname, 1, str(V["local"]),
                 "其中：服务本市（上海）企业数"),
            fact("服务中小企业数量（个）", str(V["sme"]), "家", V["sme"], fname, 1, str(V["sme"]), "其中：服务中小企业数")]


def storage_image(S: dict, V: dict):
    cap_gb = int(V["cap_tb"] * 1024)
    return R.dashboard(f"{S['short']}平台 · 存储资源监控", [
        ("总容量（GB）", f"{cap_gb:,}"), ("已用容量（GB）", f"{V['stored_gb']:,}"),
        ("使用率", f"{f2(V['util'])}%"), ("公有云存储（GB）", f"{V['pubdata_gb']:,}")],
        subtitle=S["shot_time"], theme=((20, 26, 34), (38, 48, 62), (120, 230, 160)))


def storage_facts(V: dict, fname: str, page: int = 1) -> list[dict]:
    cap_gb = int(V["cap_tb"] * 1024)
    return [
        fact("存储容量（TB）", f"{cap_gb:,}", "GB", float(V["cap_tb"]), fname, page, f"{cap_gb:,}", "总容量（GB）",
             image_only=True),
        fact("存储工业数据量（TB）", f"{V['stored_gb']:,}", "GB", float(V["stored_tb"]), fname, page, f"{V['stored_gb']:,}",
             "已用容量（GB）", image_only=True),
        fact("公有云数据总量（TB）", f"{V['pubdata_gb']:,}", "GB", float(V["pubdata_tb"]), fname, page,
             f"{V['pubdata_gb']:,}", "公有云存储（GB）", image_only=True),
    ]


def wan_label(n: int, places: int = 2) -> tuple[str, float]:
    """A dashboard's 万 label, honestly rounded: 31846 → ('3.18万', 31800)."""
    v = rnd(D(n) / 10000, places)
    return f"{v}万", float(v * 10000)


# ---------------------------------------------------------------- narrative (附件3 申报书)


def narrative_blocks(S: dict, V: dict, N: dict) -> list:
    """N: the package's prose (chapter texts with its rounded claims)."""
    b = [("title", "上海市工业互联网平台应用水平评价"), ("title", "申报书"), ("p", "申报年度：2024年度"),
         ("p", f"平台名称：{S['declared']}"), ("p", f"申报单位：{S['company']}（公章）"),
         ("p", f"联 系 人：{S['contact']}    联系人电话：{S['phone']}"), ("p", S["form_date"]), ("break",)]
    b += [("h1", "一、申报单位简介")] + [("p", t) for t in N["ch1"]]
    b += [("h1", "二、平台建设及运营情况")] + [("p", t) for t in N["ch2"]]
    if N.get("chart") is not None:
        b.append(("image", N["chart"], 14))
        b.append(("small", N["chart_caption"]))
    b.append(("small", "表X 平台对标同行业或相似平台的部分量化数据对比表"))
    b.append(("table", [["三级指标", "本平台数据", "对标数据"]] + N["bench"], {"header": 1, "widths": [30, 70, 70]}))
    b.append(("p", N["innovation"]))
    b += [("h1", "三、平台应用成效")] + [("p", t) for t in N["ch3"]]
    b += [("h1", "四、平台下一步发展计划")] + [("p", t) for t in N["ch4"]]
    b += [("h1", "五、平台应用案例")]
    for title, paras in N["cases"]:
        b.append(("h2", title))
        b += [("p", t) for t in paras]
    b += [("h1", "六、附件及其他说明材料"), ("table", [["序号", "附件名称", "页码/位置"]] + N["attachments"],
                                           {"header": 1, "widths": [16, 110, 44]})]
    if S["p2023"]:
        b += [("h1", "七、平台相较上年度对比情况")] + [("p", t) for t in N["ch7"]]
    return b


def bar_chart(title: str, labels: list[str], values: list[float], texts: list[str]):
    from PIL import Image, ImageDraw
    from eval_sets.generator import fonts
    img = Image.new("RGB", (1400, 700), "white")
    d = ImageDraw.Draw(img)
    d.text((700, 40), title, font=fonts.pil_font(34), fill=(20, 20, 20), anchor="mm")
    base, top = 600, 120
    mx = max(values) * 1.15
    n = len(values)
    for i, (lab, v, t) in enumerate(zip(labels, values, texts)):
        x0 = 180 + i * (1100 / n)
        x1 = x0 + 1100 / n * 0.55
        y = base - (base - top) * v / mx
        d.rectangle((x0, y, x1, base), fill=(52, 110, 180))
        d.text(((x0 + x1) / 2, y - 22), t, font=fonts.pil_font(28), fill=(20, 20, 20), anchor="mm")
        d.text(((x0 + x1) / 2, base + 30), lab, font=fonts.pil_font(28), fill=(60, 60, 60), anchor="mm")
    d.line((150, base, 1350, base), fill=(0, 0, 0), width=2)
    return img


def dump_truth(truth: dict, path: Path) -> None:
    path.write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
