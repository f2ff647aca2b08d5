"""Evidence documents as blocks or sheets: audit report, device statistics, served-enterprise tables, IP lists."""

from __future__ import annotations

import random

from eval_sets.blind.h79.model import Package, growth, pct, split, th


def yuan(x: float) -> str:
    return f"{x:,.2f}"


def audit_blocks(p: Package, auditor: str, report_no: str, platform_unit: str = "万元",
                 cols: tuple[str, str] = ("本期金额", "上期金额"), years_desc: bool = False,
                 title: str = "经营数据专项说明") -> list:
    """Company statements in 元 (revenue, company-wide 研发费用) + a platform-scoped table."""
    f = p.company["fin_yuan"]
    org = p.org
    b = [("title", f"{org}"), ("title", "2023年度审计报告"), ("p", f"{auditor}  {report_no}"), ("pb",),
         ("h1", "审计报告"), ("p", f"{org}全体股东："),
         ("p", f"我们审计了{org}（以下简称贵公司）财务报表，包括2023年12月31日的合并及母公司资产负债表，2023年度的合并"
               "及母公司利润表、现金流量表、股东权益变动表以及相关财务报表附注。我们认为，后附的财务报表在所有重大方面按照"
               "企业会计准则的规定编制，公允反映了贵公司2023年12月31日的合并财务状况以及2023年度的合并经营成果和现金流量。"),
         ("right", f"{auditor}    中国注册会计师：{p.company['cpa']}"), ("right", "2024年4月18日"), ("pb",),
         ("h1", "合并资产负债表（摘要）"), ("p", "2023年12月31日                                   单位：元"),
         ("table", [["项目", "期末余额", "上年年末余额"],
                    ["流动资产合计", yuan(f["流动资产"]), yuan(f["流动资产上年"])],
                    ["非流动资产合计", yuan(f["资产总计"] - f["流动资产"]), yuan(f["资产总计上年"] - f["流动资产上年"])],
                    ["资产总计", yuan(f["资产总计"]), yuan(f["资产总计上年"])],
                    ["负债合计", yuan(f["负债合计"]), yuan(f["负债合计上年"])],
                    ["所有者权益合计", yuan(f["资产总计"] - f["负债合计"]), yuan(f["资产总计上年"] - f["负债合计上年"])]],
          {"widths": [6, 5.5, 5.5]}), ("pb",),
         ("h1", "合并利润表（摘要）"), ("p", "2023年度                                           单位：元"),
         ("table", [["项目", cols[0], cols[1]],
                    ["一、营业收入", yuan(f["营业收入"]), yuan(f["营业收入上年"])],
                    ["减：营业成本", yuan(f["营业成本"]), yuan(f["营业成本上年"])],
                    ["税金及附加", yuan(f["税金及附加"]), yuan(f["税金及附加上年"])],
                    ["销售费用", yuan(f["销售费用"]), yuan(f["销售费用上年"])],
                    ["管理费用", yuan(f["管理费用"]), yuan(f["管理费用上年"])],
                    ["研发费用", yuan(f["研发费用"]), yuan(f["研发费用上年"])],
                    ["二、利润总额", yuan(f["利润总额"]), yuan(f["利润总额上年"])],
                    ["减：所得税费用", yuan(f["所得税"]), yuan(f["所得税上年"])],
                    ["三、净利润", yuan(f["利润总额"] - f["所得税"]), yuan(f["利润总额上年"] - f["所得税上年"])]],
          {"widths": [6, 5.5, 5.5]}), ("pb",)]
    years = [2023, 2022, 2021] if years_desc else [2021, 2022, 2023]
    plat = p.company["platform_yuan"] if platform_unit == "元" else None

    def cell(key, y):
        if plat is not None:
            return yuan(plat[key][y])
        return th({"rev": p.rev, "rd": p.company["rd_years"], "profit": p.company["profit_years"]}[key][y], 2)
    rows = [["项目"] + [f"{y}年度" for y in years],
            ["平台相关营业收入"] + [cell("rev", y) for y in years],
            ["平台相关研发投入"] + [cell("rd", y) for y in years],
            ["平台利润总额"] + [cell("profit", y) for y in years]]
    b += [("h1", f"附注：{p.declared_name}{title}"),
          ("p", f"单位：{platform_unit}"),
          ("table", rows, {"widths": [5] + [4] * len(years)}),
          ("p", p.company["split_note"]),
          ("p", f"注：上表为平台口径数据，仅包含{p.declared_name}相关业务；公司合并口径营业收入及研发费用见合并利润表。"
                "平台相关研发投入口径参照国家统计局研究与试验发展（R&D）经费统计口径。")]
    return b


def device_tables(p: Package, prev_total: dict[str, int] | None = None) -> tuple[list, list, list]:
    """(by category with a three-number 合计 row, by region with 小计 rows, overseas by country)."""
    cat = [["设备二级分类", "接入数量（台/套）", "其中：公有云接入（台/套）", "公有云日均运行（台/套）"]
           + (["2022年末接入（台/套）"] if prev_total else [])]
    for k, v in p.dev_cat.items():
        cat.append([k, th(v), th(p.pub_cat.get(k, 0)), th(p.day_cat.get(k, 0))]
                   + ([th(prev_total[k])] if prev_total else []))
    cat.append(["合计", th(sum(p.dev_cat.values())), th(sum(p.pub_cat.values())), th(sum(p.day_cat.values()))]
               + ([th(sum(prev_total.values()))] if prev_total else []))
    reg = [["区域", "接入数量（台/套）", "其中：公有云接入（台/套）", "公有云日均运行（台/套）"]]
    dom = [k for k in p.dev_region if k not in p.overseas]
    for k in dom:
        reg.append([k, th(p.dev_region[k]), th(p.pub_region.get(k, 0)), th(p.day_region.get(k, 0))])
    if p.overseas:
        reg.append(["境内小计", th(sum(p.dev_region[k] for k in dom)), th(sum(p.pub_region.get(k, 0) for k in dom)),
                    th(sum(p.day_region.get(k, 0) for k in dom))])
        for k in p.overseas:
            reg.append([k, th(p.dev_region[k]), th(p.pub_region.get(k, 0)), th(p.day_region.get(k, 0))])
        reg.append(["境外小计", th(sum(p.overseas.values())), th(sum(p.pub_region.get(k, 0) for k in p.overseas)),
                    th(sum(p.day_region.get(k, 0) for k in p.overseas))])
    reg.append(["合计", th(sum(p.dev_region.values())), th(sum(p.pub_region.values())), th(sum(p.day_region.values()))])
    ovs = [["国家（地区）", "接入数量（台/套）"]] + [[k, th(v)] for k, v in p.overseas.items()]
    ovs.append(["海外合计", th(sum(p.overseas.values()))])
    return cat, reg, ovs


def served_matrix(p: Package, seed: int) -> list[list[str]]:
    """服务企业统计表: industries × (服务企业, 付费, 中小企业, 上海); 合计 row with four totals."""
    d = p.d()
    ind = p.served_ind
    paid = split(int(d["付费企业数（个）"]), {k: v for k, v in ind.items()})
    sme = split(int(d["服务中小企业数量（个）"]), {k: v for k, v in ind.items()})
    local = split(int(d["服务本市企业数量（个）"]), {k: v for k, v in ind.items()})
    assert all(max(paid[k], sme[k], local[k]) <= ind[k] for k in ind)
    rows = [["行业（附录C）", "服务企业数（家）", "其中：付费企业（家）", "其中：中小企业（家）", "其中：上海（家）"]]
    rows += [[k, th(v), th(paid[k]), th(sme[k]), th(local[k])] for k, v in ind.items()]
    rows.append(["合计", th(sum(ind.values())), th(sum(paid.values())), th(sum(sme.values())), th(sum(local.values()))])
    return rows


_A = "智能 协同 云 数字 远程 在线 精益 柔性 绿色 安全 高效 一体化".split()
_B = ("设备状态监测", "工艺参数优化", "能耗分析", "质量追溯", "配方管理", "排产调度", "仓储管理", "预测性维护", "供应链协同",
      "数据采集网关", "边缘计算", "碳排放核算", "视觉检测", "物流跟踪", "订单管理", "批次管理")
_C = ("方法", "系统", "装置", "方法及系统", "平台")


def ip_rows(kind: str, count: int, seed: int, owner: str, prefix: str) -> list[list[str]]:
    rnd = random.Random(seed)
    rows = [["序号", "名称", "专利号" if kind == "patent" else "登记号", "类别" if kind == "patent" else "版本",
             "授权日期" if kind == "patent" else "登记日期", "权利人" if kind == "patent" else "著作权人"]]
    seen = set()
    for i in range(count):
        while True:
            name = (f"一种基于{rnd.choice(_A)}{rnd.choice(_B)}的{rnd.choice(_B)}{rnd.choice(_C)}" if kind == "patent"
                    else f"{prefix}{rnd.choice(_A)}{rnd.choice(_B)}软件")
            if name not in seen:
                seen.add(name)
                break
        y = rnd.randint(2018, 2024)
        mm = rnd.randint(1, 12 if y < 2024 else 5)
        if kind == "patent":
            rows.append([str(i + 1), name, f"ZL{y - 2}1{rnd.randint(10000000, 99999999)}.{rnd.randint(0, 9)}",
                         rnd.choice(["发明", "发明", "实用新型"]), f"{y}-{mm:02d}-{rnd.randint(1, 28):02d}", owner])
        else:
            rows.append([str(i + 1), name + " V" + f"{rnd.randint(1, 4)}.0", f"{y}SR{rnd.randint(100000, 999999):07d}",
                         "", f"{y}-{mm:02d}-{rnd.randint(1, 28):02d}", owner])
            rows[-1][3] = rows[-1][1].rsplit(" ", 1)[1]
            rows[-1][1] = rows[-1][1].rsplit(" ", 1)[0]
    return rows


def enterprise_names(n: int, seed: int, regions: dict[str, int], industries: dict[str, int]) -> list[list[str]]:
    """n invented customer rows (区域, 行业, 名称), regions and industries exactly as the breakdowns say."""
    rnd = random.Random(seed)
    reg = [k for k, v in regions.items() for _ in range(v)]
    ind = [k for k, v in industries.items() for _ in range(v)]
    assert len(reg) == len(ind) == n
    rnd.shuffle(ind)
    stems = "华 瑞 恒 申 浦 嘉 鼎 晟 泰 宏 盛 润 丰 博 远 鑫 协 凯 锦 立 信 达 正 越 海 联 通 腾 宁 启 和 宇".split()
    kinds = {"食品": "食品", "石化化工": "化工", "机械": "机械", "汽车": "汽车零部件", "轻工": "包装材料",
             "黑色金属": "钢材", "有色金属": "金属材料", "建材": "建材", "电子": "电子", "医药": "医药", "农业": "牧业",
             "建筑业": "建设工程", "纺织": "纺织", "服务业": "供应链管理", "其他": "实业", "船舶": "船舶配套",
             "家电": "电器", "电力、热力和燃气": "能源"}
    out, seen = [], set()
    for r, i in zip(reg, ind):
        while True:
            name = f"{r if len(r) <= 3 and r[-1].isascii() is False else ''}{rnd.choice(stems)}{rnd.choice(stems)}" \
                   f"{kinds.get(i, '科技')}{rnd.choice(['有限公司', '股份有限公司', '科技有限公司'])}"
            if name not in seen:
                seen.add(name)
                break
        out.append([r, i, name])
    return out


def rev_growth_note(p: Package) -> str:
    return (f"2023年平台相关营业收入{p.rev[2023]:,.2f}万元，较上年增长{growth(p.rev[2023], p.rev[2022]):.2f}%；"
            f"平台相关研发投入{p.rd:,.2f}万元，占平台相关营业收入的{pct(p.rd, p.rev[2023]):.2f}%。")
