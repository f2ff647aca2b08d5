"""Application documents (申报表, 汇总表, 联系人表, 承诺, 申报书) and evidence writers of h83.

Application documents are rendered from the *declared* values; evidence from the spec (the platform's real
state). Every evidence writer returns the facts it prints, with the page found in the rendered layout."""

from __future__ import annotations

from pathlib import Path

from eval_sets.blind.h83.lib import BR, DRAWN, SP, H, P, T, Shot, locate, png_screen, scan_pdf, write_docx, write_pdf, \
    write_xlsx
from eval_sets.blind.h83.model import CONTENT_OF, LABELS, TABLE, comma, f2, fmt_dict

YN_LABELS = {"平台是否建立安全管理体系", "有否定期开展第三方安全测试/测评", "有否定期进行安全扫描", "企业是否已上市或已获得VC/PE投资",
             "平台是否有自研形成的核心技术突破", "平台是否具备碳管理服务能力", "平台是否融合使用国家标识解析系统"}


def fact(label, value, unit, normalized, file, page, quote, row_label="", column_label="", component="", image_only=False):
    return dict(label=label, value=str(value), unit=unit, normalized=normalized, file=file, page=page, quote=quote,
                row_label=row_label, column_label=column_label, component=component, image_only=image_only)


# ----------------------------------------------------------------------------------------- values as written
def summary_value(label: str, v, s: dict) -> str:
    """What a reviewer (and the applicant's 汇总表) writes for a 附件4 row."""
    if v is None:
        return ""
    if label == "平台近三年经营指标情况":
        return "；".join(f"{y}年平台营收{f2(v[f'{y}年平台营收（万元）'])}万元/增长率{f2(v[f'{y}年增长率（%）'])}%" for y in (2021, 2022, 2023))
    if label == "平台订单数量(近一年总量)（个）":
        return f"2023年自然年：{v['2023年自然年']}个；截至填表日前一年：{v['截至填表日前一年']}个"
    if label == "平台是否服务上海智能工厂，数量":
        return f"是，{v}家" if v else "否"
    if label == "数据分析平台均速度（每TB分级/秒级/毫秒级）":
        return s["models"]["speed"][1]
    if isinstance(v, bool):
        return "是" if v else "否"
    if isinstance(v, dict):
        return fmt_dict(v)
    if isinstance(v, float):
        return f2(v)
    return str(v)


def form_cell(label: str, v, s: dict) -> str:
    """The 平台实际情况 cell of a 附件4-mapped 指标明细表 row."""
    detail = s.get("cells", {}).get(label)
    if detail is not None:
        return detail
    if label in YN_LABELS:
        return s["answers"][label]
    if label == "平台是否服务上海智能工厂，数量":
        names = "；".join(f"{i + 1}. {n}（{addr}）：{what}" for i, (n, addr, what) in enumerate(s["factories"]))
        return f"是，{v}家。{names}"
    if label == "按海外国家分类统计海外设备连接数量（台/套）" and v is None:
        return "无"
    return summary_value(label, v, s)


# ----------------------------------------------------------------------------------------- 申报表
def form_blocks(s: dict, d: dict) -> list:
    c = s["co"]
    b: list = [SP(60), H("上海市工业互联网平台应用水平评价", 20, True), H("申报表", 24, True), SP(40),
               P("申报年度：2024年度", 13, True), P(f"平台名称：{d['平台名称']}", 13, True),
               P(f"申报单位：{s['company']}（公章）", 13, True), P(f"联 系 人：{d['联系人姓名']}", 13, True),
               P(f"联系人电话：{d['联系人手机号']}", 13, True), SP(80), P("上海市经济和信息化委员会制", 12, True),
               P("2024年7月15日", 12, True), BR(), H("一、企业基本情况", 13)]
    b.append(T([["单位（企业）名称", s["company"], "单位（企业）代码", c["code"]],
                ["成立日期", c["founded"], "注册地及所在行政区", c["district"]],
                ["企业类型", c["type"], "注册资本", c["capital"]],
                ["主营业务", c["business"], "法定代表人", c["legal"]],
                ["联系人", d["联系人姓名"], "职务", s["contact"][3]],
                ["联系人手机", d["联系人手机号"], "电子邮箱", d["联系人电子邮箱"]],
                ["股权结构", c["equity"], "传真", c["fax"]]], [3, 5, 3, 4], header=0))
    b.append(P("申报单位上一年度经营状况（2023年）", 10.5))
    b.append(T([["总资产（万元）", "主营业务收入（万元）", "主营业务收入增长率（%）", "负债率（%）", "利润总额（万元）", "税金（万元）"],
                list(c["finance"])]))
    b.append(H("二、平台基本情况", 13))
    hist = d["平台近三年经营指标情况"]
    hist_txt = "\n".join(f"{y}年平台营收{f2(hist[f'{y}年平台营收（万元）'])}万元/增长率{f2(hist[f'{y}年增长率（%）'])}%"
                         for y in (2021, 2022, 2023))
    built = s["built"].split("-")
    b.append(T([["平台名称", d["平台名称"]],
                ["建设时间", f"{built[0][:4]}年{int(built[0][5:])}月至{built[1][:4]}年{int(built[1][5:])}月"],
                ["平台建设金额（万元）", f2(d["平台建设金额（万元）"])],
                ["平台近三年经营指标情况", hist_txt],
                ["平台建设方式", s["boxes"]["build"]], ["平台运营模式", s["boxes"]["ops"]],
                ["IaaS基础设施", s["boxes"]["iaas"]], ["部署方式", s["boxes"]["deploy"]],
                ["平台网址", f"{s['url']}\n测试账号：{s['login'][0]}  密码：{s['login'][1]}"],
                ["平台基本情况介绍", s["intro"]], ["平台建设成效", s["effect"]]], [1, 4], header=0))
    b.append(BR())
    b.append(H("三、上海市工业互联网平台应用水平评价指标明细表", 13))
    rows = [["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]]
    for l1, l2, l3, content, label in TABLE:
        actual = form_cell(label, d[label], s) if label else s["texts"][content]
        proof = s["proofs"].get(label or content, "")
        rows.append([l1, l2, l3, content, actual, proof])
    b.append(T(rows, [1.3, 1.4, 1.5, 3, 6.2, 2.2], size=7.5))
    return b


def write_form_docx(path: Path, s: dict, d: dict):
    write_docx(path, form_blocks(s, d), title="申报表")


def write_form_xlsx(path: Path, s: dict, d: dict):
    c = s["co"]
    hist = d["平台近三年经营指标情况"]
    basic = [["项目", "内容"], ["平台名称", d["平台名称"]], ["建设时间", s["built"].replace("-", "至")],
             ["平台建设金额（万元）", d["平台建设金额（万元）"]],
             ["平台近三年经营指标情况", "\n".join(f"{y}年平台营收{f2(hist[f'{y}年平台营收（万元）'])}万元/增长率"
                                        f"{f2(hist[f'{y}年增长率（%）'])}%" for y in (2021, 2022, 2023))],
             ["平台建设方式", s["boxes"]["build"]], ["平台运营模式", s["boxes"]["ops"]], ["IaaS基础设施", s["boxes"]["iaas"]],
             ["部署方式", s["boxes"]["deploy"]], ["平台网址", f"{s['url']}（测试账号：{s['login'][0]}，密码：{s['login'][1]}）"],
             ["平台基本情况介绍", s["intro"]], ["平台建设成效", s["effect"]]]
    comp = [["项目", "内容"], ["单位（企业）名称", s["company"]], ["单位（企业）代码", c["code"]], ["成立日期", c["founded"]],
            ["注册地及所在行政区", c["district"]], ["企业类型", c["type"]], ["注册资本", c["capital"]], ["主营业务", c["business"]],
            ["法定代表人", c["legal"]], ["联系人", d["联系人姓名"]], ["职务", s["contact"][3]], ["联系人手机", d["联系人手机号"]],
            ["电子邮箱", d["联系人电子邮箱"]], ["股权结构", c["equity"]],
            ["2023年总资产（万元）", c["finance"][0]], ["2023年主营业务收入（万元）", c["finance"][1]]]
    rows = [["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]]
    for l1, l2, l3, content, label in TABLE:
        if label:
            val = d[label]
            cell = form_cell(label, val, s)
            if isinstance(val, (int, float)) and not isinstance(val, bool) and label not in s.get("cells", {}):
                cell = val
        else:
            cell = s["texts"][content]
        rows.append([l1, l2, l3, content, cell, s["proofs"].get(label or content, "")])
    write_xlsx(path, [("一、企业基本情况", comp, [24, 60]), ("二、平台基本情况", basic, [24, 80]),
                      ("三、指标明细表", rows, [16, 18, 18, 36, 70, 24])])


def form_scan(path: Path, s: dict, d: dict, seed: int, pid: str, rel: str):
    blocks = form_blocks(s, d)
    n = len(scan_pdf(path, blocks, seed, None, pkg="", rel=""))  # page count
    scan_pdf(path, blocks, seed, {1: (s["company"], ""), n: (s["company"], "")}, pkg=pid, rel=rel,
             extra={1: (0.40, 0.40)})


# ----------------------------------------------------------------------------------------- 汇总表, 联系人, 承诺
def summary_pairs(s: dict, d: dict) -> list[tuple[str, str]]:
    out = []
    for label in LABELS:
        val = summary_value(label, d[label], s)
        if label == "建设时间":
            a, b_ = s["built"].split("-")
            val = f"{a}.01-{b_}.31" if s.get("summary_dates") else s["built"]
        out.append((label, val))
    return out


def write_summary(path: Path, s: dict, d: dict, kind: str):
    pairs = summary_pairs(s, d)
    yn = {"平台是否建立安全管理体系", "有否定期开展第三方安全测试/测评", "有否定期进行安全扫描", "企业是否已上市或已获得VC/PE投资",
          "平台是否有自研形成的核心技术突破", "平台是否具备碳管理服务能力", "平台是否融合使用国家标识解析系统"}
    shown = [(k + ("（是/否）" if k in yn else ""), v) for k, v in pairs]
    if kind == "xlsx":
        write_xlsx(path, [("平台基本情况汇总表", [["项目", "填写内容"]] + [list(p) for p in shown], [46, 70])])
    elif kind == "xlsx-h":
        write_xlsx(path, [("汇总表", [["附件4 平台基本情况汇总表"] + [""] * (len(shown) - 1), [k for k, _ in shown],
                                    [v for _, v in shown]], [22] * len(shown))])
    else:
        write_docx(path, [H("附件4", 12), H("平台基本情况汇总表", 16, True),
                          T([[k, v] for k, v in shown], [2, 3], size=9, header=0)], title="平台基本情况汇总表")


def write_contacts(path: Path, s: dict, d: dict):
    write_docx(path, [H("附件1", 12), H("联系人信息反馈表", 16, True), P("2024年度上海市工业互联网平台应用水平评价工作"),
                      P("一、联系人信息反馈"),
                      T([["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"],
                         ["联系人（主）", d["联系人姓名"], s["company"], s["contact"][3], d["联系人手机号"], d["联系人电子邮箱"]],
                         ["联系人（备用）", s["contact2"][0], s["company"], s["contact2"][1], s["contact2"][2], s["contact2"][3]]]),
                      P("二、评审会现场地址信息反馈"), P(f"具体地址*：{s['address']}")], title="联系人信息反馈表")


def commitment_blocks(s: dict) -> list:
    return [H("附件5", 12), SP(10), H("真实性承诺", 18, True), SP(20),
            P("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，"
              "如有不实，愿承担相应的法律责任及由此产生的一切后果。", 12),
            P("特此承诺。", 12), SP(60), P(f"申报单位：{s['company']}（盖章）", 12), SP(20),
            P(f"法定代表人：{s['co']['legal']}（签章）", 12), SP(20), P("2024年7月15日", 12, right=True)]


def write_commitment(path: Path, s: dict, seed: int, pid: str, rel: str, kind: str = "scan"):
    if kind == "docx":
        write_docx(path, commitment_blocks(s), title="真实性承诺")
    else:
        scan_pdf(path, commitment_blocks(s), seed, {1: (s["company"], "")}, pkg=pid, rel=rel, footer=False,
                 extra={1: (0.45, 0.36)}, signature={1: (0.40, 0.50, s["co"]["legal"])})


# ----------------------------------------------------------------------------------------- 申报书
CHAPTERS = ["一、申报单位简介", "二、平台建设及运营情况", "三、平台应用成效", "四、平台下一步发展计划", "五、平台应用案例",
            "六、附件及其他说明材料", "七、平台相较上年度对比情况"]


def book_blocks(s: dict, d: dict, attach: list[tuple[str, str]]) -> list:
    n = s["narr"]
    b: list = [SP(60), H("上海市工业互联网平台应用水平评价", 20, True), H("申报书", 24, True), SP(30),
               P("申报年度：2024年度", 13, True), P(f"平台名称：{d['平台名称']}", 13, True),
               P(f"申报单位：{s['company']}（公章）", 13, True), P(f"联 系 人：{d['联系人姓名']}", 13, True),
               P(f"联系人电话：{d['联系人手机号']}", 13, True), SP(60), P("上海市经济和信息化委员会制", 12, True),
               P("2024年7月", 12, True), BR()]
    b += [H(CHAPTERS[0], 14)] + [P(x) for x in n["one"]]
    b += [H(CHAPTERS[1], 14)] + [P(x) for x in n["two"]]
    b.append(P("表1 平台对标同行业或相似平台的部分量化数据对比表"))
    b.append(T([["三级指标", "本平台数据", "对标数据"]] + n["bench"], [2, 3, 4], size=8.5))
    b.append(P(n["two_last"]))
    b += [H(CHAPTERS[2], 14)] + [P(x) for x in n["three"]]
    b += [H(CHAPTERS[3], 14)] + [P(x) for x in n["four"]]
    b.append(H(CHAPTERS[4], 14))
    for title, corp, plat, body in n["cases"]:
        b += [P(title, 11), P("企业简介：" + corp), P("平台简介：" + plat), P("案例实际内容简介：" + body)]
    b.append(H(CHAPTERS[5], 14))
    b.append(T([["序号", "附件名称", "对应指标", "页码"]] + [[str(i + 1), a, ind, p] for i, (a, ind, p) in enumerate(attach)],
               [1, 6, 4, 1.5], size=8.5))
    if s["participated"]:
        b.append(H(CHAPTERS[6], 14))
        b += [P(x) for x in n["seven"]]
        b.append(T([["指标", "2023年7月", "截至2024年6月", "变化"]] + n["seven_table"], [3, 2, 2, 3], size=8.5))
    return b


# ----------------------------------------------------------------------------------------- evidence
def ev_finance(path: Path, rel: str, s: dict, unit: str = "万元") -> list:
    f = s["fin"]
    rev, rd, profit = s["revenue"], s["rd"], s["profit"]

    def show(x):
        return comma(round(x * 10000, 2)) if unit == "元" else comma(x)

    blocks = [SP(80), H(f"{s['company']}", 16, True), H(f"{s['short']}平台业务专项审计报告", 18, True),
              P(f"{f['firm']}专审字〔2024〕第{f['no']}号", 11, True), BR(),
              H("专项审计报告", 14, True), P(f"{s['company']}全体股东："),
              P(f"我们接受委托，审计了后附的{s['company']}（以下简称“贵公司”）{s['short']}平台2021年度至2023年度平台业务收入、"
                f"研发投入及利润情况表（以下简称“平台业务情况表”）。平台业务收入的拆分口径为：基于平台直接订阅的服务及通过平台服务"
                f"取得的收入，按合同所属业务线从贵公司营业收入中单列。"),
              P("我们认为，后附平台业务情况表在所有重大方面按照上述口径编制，公允反映了贵公司平台业务2021年度至2023年度的经营情况。"),
              P(f"{f['firm']}（特殊普通合伙）            中国注册会计师：{f['cpa']}"), P("2024年4月18日", right=True), BR(),
              H(f"{s['short']}平台业务情况表", 14, True), P(f"编制单位：{s['company']}                    单位：{unit}"),
              T([["项目", "2023年度", "2022年度", "2021年度"],
                 ["一、平台相关营业收入", show(rev[2023]), show(rev[2022]), show(rev[2021])],
                 ["    其中：平台订阅服务收入", show(round(rev[2023] * 0.62, 2)), show(round(rev[2022] * 0.6, 2)),
                  show(round(rev[2021] * 0.58, 2))],
                 ["二、平台营业成本", show(round(rev[2023] - profit - rd * 0.4, 2)), "", ""],
                 ["三、平台相关研发投入", show(rd), show(round(rd * 0.91, 2)), show(round(rd * 0.83, 2))],
                 ["四、平台利润总额", show(profit), show(round(profit * 0.88, 2)), show(round(profit * 0.8, 2))]],
                [4, 2.2, 2.2, 2.2], size=9),
              P("注：平台相关研发投入口径参照国家统计局研究与试验发展（R&D）经费统计口径，含人员人工、直接投入及折旧摊销。")]
    texts = write_pdf(path, blocks, header=f"{s['company']} 平台业务专项审计报告")
    k = 10000 if unit == "元" else 1

    def nf(label, x, col, comp=""):
        q = show(x)
        return fact(label, q, unit, round(x, 2), rel, locate(texts, q, "平台业务情况表"), q,
                    row_label={"平台相关营业收入（万元）": "一、平台相关营业收入", "平台近三年经营指标情况": "一、平台相关营业收入",
                               "平台相关研发投入（万元）": "三、平台相关研发投入"}.get(label, "四、平台利润总额"),
                    column_label=col, component=comp)
    _ = k
    return [nf("平台相关营业收入（万元）", rev[2023], "2023年度"),
            nf("平台近三年经营指标情况", rev[2022], "2022年度", "2022年平台营收（万元）"),
            nf("平台近三年经营指标情况", rev[2021], "2021年度", "2021年平台营收（万元）"),
            nf("平台相关研发投入（万元）", rd, "2023年度"),
            nf("平台利润率（%）", profit, "2023年度", "平台利润总额（万元）"),
            nf("投资回报率（%）", profit, "2023年度", "平台年利润（万元）")]


def ev_devices_xlsx(path: Path, rel: str, s: dict, v: dict) -> list:
    cats = v["按二级分类统计工业设备数量（台/套）"]
    pc = v["按二级分类统计公有云工业设备数量（台/套）"]
    rc = v["按二级分类统计公有云工业设备平均日运行数量（台/套）"]
    s1 = [["设备二级分类（附录A）", "接入数量（台/套）", "其中：公有云接入（台/套）", "公有云日均运行（台/套）"]]
    s1 += [[k, cats[k], pc[k], rc[k]] for k in cats]
    s1.append(["合计", v["连接的工业设备/产品/产线种类及数量（台/套）"], v["公有云工业设备连接数量（台/套）"],
               v["公有云工业设备平均日运行数量（台/套）"]])
    regs = v["按省市区域统计工业设备数量（台/套）"]
    pr = v["按省市区域统计公有云工业设备数量（台/套）"]
    rr = v["按省市区域统计公有云工业设备平均日运行数量（台/套）"]
    s2 = [["设备所属企业注册地", "接入数量（台/套）", "公有云接入（台/套）", "公有云日均运行（台/套）"]]
    s2 += [[k, regs[k], pr[k], rr[k]] for k in regs]
    s2.append(["合计", sum(regs.values()), sum(pr.values()), sum(rr.values())])
    ov = v["按海外国家分类统计海外设备连接数量（台/套）"] or {}
    s3 = [["国家（中文+英文）", "接入数量（台/套）"]] + [[k, n] for k, n in ov.items()] + [["海外合计", sum(ov.values())]]
    s4 = [["导出说明"], [f"数据来源：{s['short']}设备接入管理模块"], ["统计口径：截至2024年6月30日在册设备；日均运行为近12个月日均值"]]
    write_xlsx(path, [("按设备类别", s1, [26, 18, 22, 22]), ("按区域", s2, [22, 18, 18, 22]), ("海外设备", s3, [24, 18]),
                      ("导出信息", s4, [70])])
    t = v["连接的工业设备/产品/产线种类及数量（台/套）"]
    out = [fact("连接的工业设备/产品/产线种类及数量（台/套）", t, "台/套", t, rel, 1, str(t), "合计", "接入数量（台/套）"),
           fact("公有云工业设备连接数量（台/套）", v["公有云工业设备连接数量（台/套）"], "台/套", v["公有云工业设备连接数量（台/套）"],
                rel, 1, str(v["公有云工业设备连接数量（台/套）"]), "合计", "其中：公有云接入（台/套）"),
           fact("公有云工业设备平均日运行数量（台/套）", v["公有云工业设备平均日运行数量（台/套）"], "台/套",
                v["公有云工业设备平均日运行数量（台/套）"], rel, 1, str(v["公有云工业设备平均日运行数量（台/套）"]), "合计",
                "公有云日均运行（台/套）")]
    if ov:
        out.append(fact("海外设备连接数量（台/套）", sum(ov.values()), "台/套", sum(ov.values()), rel, 3, str(sum(ov.values())),
                        "海外合计", "接入数量（台/套）"))
    return out


def ev_ip_pdf(path: Path, rel: str, s: dict) -> list:
    pats, cops = s["patents"], s["copyrights"]
    blocks = [H(f"{s['short']}平台核心软硬件知识产权清单", 15, True), P(f"权利人：{s['company']}    统计截至：2024年6月30日"),
              H(f"一、专利清单（共{len(pats)}项）", 12),
              T([["序号", "专利名称", "专利类型", "专利号", "授权公告日"]] + [[str(i + 1), *p] for i, p in enumerate(pats)],
                [0.7, 5, 1.3, 2.8, 1.8], size=8),
              H(f"二、计算机软件著作权清单（共{len(cops)}项）", 12),
              T([["序号", "软件名称", "登记号", "登记日期"]] + [[str(i + 1), *c] for i, c in enumerate(cops)],
                [0.7, 6, 2.8, 1.8], size=8)]
    texts = write_pdf(path, blocks, header=f"{s['company']}  知识产权清单")
    q1, q2 = f"专利清单（共{len(pats)}项）", f"计算机软件著作权清单（共{len(cops)}项）"
    return [fact("平台核心软硬件技术获得的专利数量（项）", len(pats), "项", len(pats), rel, locate(texts, q1), q1, "专利清单"),
            fact("平台核心软硬件技术获得的软著数量（个）", len(cops), "项", len(cops), rel, locate(texts, q2), q2, "计算机软件著作权清单")]


def ev_awards(path: Path, rel: str, s: dict, kind: str = "pdf") -> list:
    aw = s["awards"]
    if kind == "xlsx":
        rows = [["序号", "奖项/荣誉名称", "获得时间", "颁发单位"]] + [[i + 1, *a] for i, a in enumerate(aw)]
        rows.append([f"合计：{len(aw)}项", "", "", ""])
        write_xlsx(path, [("荣誉清单", rows, [12, 50, 14, 36])])
        q = f"合计：{len(aw)}项"
        return [fact("平台获得省部级及以上奖项/荣誉数量（个）", len(aw), "项", len(aw), rel, 1, q, "合计")]
    blocks = [H("平台获得省部级及以上奖项/荣誉清单", 15, True),
              T([["序号", "奖项/荣誉名称", "获得时间", "颁发单位"]] + [[str(i + 1), *a] for i, a in enumerate(aw)], [0.7, 6, 1.6, 4]),
              P(f"合计：{len(aw)}项")]
    texts = write_pdf(path, blocks)
    q = f"合计：{len(aw)}项"
    return [fact("平台获得省部级及以上奖项/荣誉数量（个）", len(aw), "项", len(aw), rel, locate(texts, q), q, "合计")]


def ev_indices(path: Path, rel: str, s: dict) -> list:
    idx = s["indices"]
    blocks = [H(f"{s['short']}平台特色指数清单及发布情况", 15, True),
              P(f"统计截至2024年6月30日，平台现有特色指数（共{len(idx)}项），均由平台基于自身交易、物流与运行数据测算；"
                f"其中部分指数由合作第三方机构在其渠道联合发布，测算及数据来源均为本平台。"),
              T([["序号", "指数名称", "简介", "测算方", "发布方/发布渠道", "发布频率", "2023年末值"]] +
                [[str(i + 1), *x] for i, x in enumerate(idx)], [0.6, 2.4, 4.2, 1.6, 3, 1.1, 1.4], size=7.5)]
    for extra in s.get("index_notes", []):
        blocks.append(P(extra, 9))
    texts = write_pdf(path, blocks)
    q = f"特色指数（共{len(idx)}项）"
    return [fact("平台现有特色指数（个）", len(idx), "项", len(idx), rel, locate(texts, q), q, "平台现有特色指数")]


def ev_partners(path: Path, rel: str, s: dict, kind: str = "xlsx") -> list:
    ps = s["partners"]  # (平台名称, 合作单位, 协议名称, 签署日期, 合作内容, 对接方式, counted)
    n = sum(1 for p in ps if p[-1])
    head = ["序号", "合作平台名称", "合作单位", "协议名称", "签署日期", "合作内容", "对接方式", "是否计入"]
    body = [[i + 1, *p[:-1], "是" if p[-1] else "否（仅框架协议，未对接）"] for i, p in enumerate(ps)]
    q = f"合计：计入合作平台{n}个"
    if kind == "xlsx":
        rows = [head] + body + [[q, "", "", "", "", "", "", ""]]
        write_xlsx(path, [("合作平台协议一览", rows, [8, 26, 28, 28, 14, 36, 18, 14])])
        return [fact("合作平台数量（个）", n, "个", n, rel, 1, q, "合计")]
    blocks = [H("合作平台协议一览表", 15, True), P("统计口径：实际产生数据对接、应用对接或系统间交互的合作平台。"),
              T([head] + [[str(c) for c in r] for r in body], [0.6, 2.4, 2.6, 2.6, 1.4, 3, 1.6, 1.2], size=7.5), P(q)]
    texts = write_pdf(path, blocks)
    return [fact("合作平台数量（个）", n, "个", n, rel, locate(texts, q), q, "合计")]


def ev_parks(path: Path, rel: str, s: dict) -> list:
    pk = s["parks"]
    blocks = [H(f"{s['short']}平台服务园区清单", 15, True),
              P("口径：地理范围清晰、产业相对集中、地市及以上级别管理的工业园区、产业园区（累计到达值，截至2024年6月30日）。"),
              T([["序号", "园区名称", "所在省市", "管理级别", "服务内容", "园区内服务企业数（家）"]] +
                [[str(i + 1), *map(str, p)] for i, p in enumerate(pk)], [0.6, 3.6, 1.6, 1.6, 3.6, 1.6], size=8),
              P(f"服务园区合计：共{len(pk)}个")]
    texts = write_pdf(path, blocks)
    q = f"服务园区合计：共{len(pk)}个"
    return [fact("平台服务园区总数（个）", len(pk), "个", len(pk), rel, locate(texts, q), q, "服务园区合计")]


def ev_factories(path: Path, rel: str, s: dict, listed: list) -> list:
    blocks = [H("平台服务上海市级智能工厂情况清单", 15, True),
              P("注：上海市级智能工厂指经上海市经济和信息化委员会认定或公示名单内、地址位于上海市域内的智能工厂。"),
              T([["序号", "智能工厂名称/单位", "地址", "认定批次", "本平台服务内容"]] +
                [[str(i + 1), n, a, b, w] for i, (n, a, b, w) in enumerate(listed)], [0.6, 3.6, 3, 1.8, 3.6], size=8),
              P(f"合计：共{len(listed)}家")]
    texts = write_pdf(path, blocks)
    q = f"合计：共{len(listed)}家"
    return [fact("平台是否服务上海智能工厂，数量", len(listed), "家", len(listed), rel, locate(texts, q), q, "合计")]


def ev_solutions(path: Path, rel: str, s: dict) -> list:
    sol = s["solutions"]
    rows = [["序号", "解决方案名称", "新模式分类（附录E）"]]
    i = 0
    for mode, names in sol.items():
        for nm in names:
            i += 1
            rows.append([str(i), nm, mode])
    sub = [["新模式分类", "解决方案数量（个）"]] + [[m, str(len(x))] for m, x in sol.items()] + [["合计", str(i)]]
    blocks = [H(f"{s['short']}平台解决方案目录", 15, True),
              P(f"平台现提供解决方案共{i}个，边界清晰、互不交叉，按《附录E：解决方案分类口径》归类如下。"),
              T(rows, [0.7, 7, 3], size=8), H("按新模式小计", 12), T(sub, [3, 2], size=9)]
    texts = write_pdf(path, blocks)
    q = f"平台现提供解决方案共{i}个"
    return [fact("平台提供的解决方案总数（个）", i, "个", i, rel, locate(texts, q), q, "解决方案")]


def ev_standards(path: Path, rel: str, s: dict) -> list:
    st = s["standards"]  # (编号, 名称, 类别, 角色, 状态, 发布日期, 起草单位 list)
    blocks = [H("平台牵头/参与标准制定情况清单", 15, True),
              T([["序号", "标准编号", "标准名称", "类别", "本单位角色", "状态"]] +
                [[str(i + 1), x[0], x[1], x[2], x[3], x[4]] for i, x in enumerate(st)], [0.6, 2.6, 5, 1.4, 1.4, 1.4], size=8),
              P(f"共{len(st)}项。以下附各标准封面及前言（起草单位）页。"), BR()]
    for k, x in enumerate(st):
        blocks += [P(("中华人民共和国国家标准" if x[2] == "国家标准" else "中华人民共和国通信行业标准" if x[0].startswith("YD")
                      else "中华人民共和国行业标准"), 12, True),
                   H(x[0], 16, True), H(x[1], 15, True), P(f"{x[5]}发布", 11, True), SP(20), H("前  言", 13, True),
                   P("本文件按照GB/T 1.1—2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。"),
                   P("请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。"),
                   P("本文件起草单位：" + "、".join(x[6]) + "。"),
                   P("本文件主要起草人：" + "、".join(x[7]) + "。")]
        if k < len(st) - 1:
            blocks.append(BR())
    texts = write_pdf(path, blocks)
    q = f"共{len(st)}项"
    out = [fact("平台牵头/参与标准制定情况（国家标准、行业标准）", len(st), "项", len(st), rel, locate(texts, q, "本单位角色"), q,
                "标准清单")]
    for x in st:
        out.append(fact("平台牵头/参与标准制定情况（国家标准、行业标准）", x[0], "", None, rel, locate(texts, x[0], "本文件起草单位"),
                        x[0], "标准编号"))
    return out


def ev_social_security(path: Path, rel: str, s: dict, months: list, seed: int, pid: str, component: str = "") -> list:
    total = sum(n for _, n in months)
    blocks = [H("上海市社会保险参保缴费情况证明（单位新增参保人员）", 14, True),
              P(f"单位名称：{s['company']}    单位编号：{s['co']['si_no']}"),
              P("查询期间：2023年7月至2024年6月    查询内容：平台建设运营相关部门新增参保人员（按月）"),
              T([["缴费月份", "新增参保人数（人）", "其中：平台运维岗位", "其中：平台运营岗位"]] +
                [[m, str(n), str(n - n // 2), str(n // 2)] for m, n in months] + [["合计", str(total), "", ""]],
                [2, 2, 2, 2], size=9),
              P("说明：本证明根据单位参保登记信息打印，仅反映所列期间新增参保情况。"),
              P("打印日期：2024年7月8日"), SP(30), P("上海市社会保险事业管理中心（业务专用章）", right=True)]
    texts = scan_pdf(path, blocks, seed, {1: ("上海市社会保险事业管理中心", "业务专用章")}, pkg=pid, rel=rel,
                     extra={1: (0.60, 0.66)})
    q = f"合计{total}"
    return [fact("平台建设与运营带动新增就业人数（人）", total, "人", total, rel, locate(texts, q), q, "合计",
                 "新增参保人数（人）", component=component, image_only=True)]


def ev_partner_jobs(path: Path, rel: str, s: dict, rows: list, seed: int, pid: str) -> list:
    total = sum(r[2] for r in rows)
    blocks = [H("关于平台带动合作服务商新增就业情况的说明", 14, True),
              P(f"{s['short']}平台自2023年7月以来，通过向合作加工配送服务商开放订单与排产能力，带动其新增专职岗位。"
                f"经各服务商书面确认（附各单位社保缴纳记录复印件备查），新增就业情况如下："),
              T([["序号", "服务商名称", "新增岗位类型", "新增就业人数（人）", "确认日期"]] +
                [[str(i + 1), r[0], r[1], str(r[2]), r[3]] for i, r in enumerate(rows)] +
                [["", "合计", "", str(total), ""]], [0.6, 4, 2.4, 1.8, 1.6], size=9),
              P(f"上述人员未计入本单位参保人员，与本单位社保证明所列人员无重复。"), SP(30),
              P(f"{s['company']}", right=True), P("2024年7月9日", right=True)]
    texts = scan_pdf(path, blocks, seed, {1: (s["company"], "")}, pkg=pid, rel=rel, extra={1: (0.58, 0.58)})
    q = f"合计{total}"
    return [fact("平台建设与运营带动新增就业人数（人）", total, "人", total, rel, locate(texts, q), q, "合计",
                 "新增就业人数（人）", component="带动合作服务商新增就业人数（人）", image_only=True)]


def ev_idres(path: Path, rel: str, s: dict) -> list:
    r = s["idres"]
    blocks = [H("关于平台融合使用国家工业互联网标识解析体系的情况说明", 14, True),
              P(f"{s['short']}平台于{r['since']}完成与国家工业互联网标识解析体系的对接，建设运营“{r['node']}”（节点前缀：{r['prefix']}），"
                f"已接入国家顶级节点（上海）并通过二级节点合规性评估。"),
              T([["项目", "数值（截至2024年6月30日）"],
                 ["接入企业节点数（个）", comma(r["enterprises"])],
                 ["累计标识注册量（个）", comma(r["registered"])],
                 ["累计标识解析量（次）", comma(r["resolved"])],
                 ["2024年1-6月日均解析量（次）", comma(r["daily"])]], [3, 3]),
              P("主要应用：" + r["uses"]),
              P("附：二级节点运营管理控制台截图见附件。"), SP(20), P(s["company"], right=True), P("2024年7月5日", right=True)]
    texts = write_pdf(path, blocks)
    reg, res = comma(r["registered"]), comma(r["resolved"])
    return [fact("平台是否融合使用国家标识解析系统", reg, "个", r["registered"], rel, locate(texts, reg), reg,
                 "累计标识注册量（个）", component="标识注册量（个）"),
            fact("平台是否融合使用国家标识解析系统", res, "次", r["resolved"], rel, locate(texts, res), res,
                 "累计标识解析量（次）", component="标识解析量（次）")]


def ev_idres_console(path: Path, rel: str, s: dict, seed: int, pid: str) -> list:
    r = s["idres"]
    shot = Shot(f"{r['node']} · 运营管理控制台", [("累计标识注册量", comma(r["registered"])), ("累计标识解析量", comma(r["resolved"])),
                                               ("接入企业节点", comma(r["enterprises"])), ("今日解析量", comma(r["today"]))],
                [f"节点前缀：{r['prefix']}    顶级节点：国家顶级节点（上海）    节点状态：运行中",
                 "数据更新时间：2024-06-30 23:59:59"], url=r["console_url"], theme="light")
    png_screen(path, shot, seed, pid, rel)
    reg = comma(r["registered"])
    return [fact("平台是否融合使用国家标识解析系统", reg, "个", r["registered"], rel, 1, reg, "累计标识注册量",
                 component="标识注册量（个）", image_only=True)]


def ev_security(path: Path, rel: str, s: dict, seed: int, pid: str) -> list:
    sec = s["security"]
    blocks = [H("信息系统安全等级保护备案证明", 15, True),
              T([["备案单位", s["company"]], ["系统名称", sec["system"]], ["安全保护等级", "第三级"],
                 ["备案证明编号", sec["record_no"]], ["备案日期", sec["record_date"]], ["受理备案单位", sec["police"]]], [1, 3],
                header=0),
              P("（此证明仅证明该信息系统已办理备案手续）"), SP(30), P(sec["police"], right=True), BR(),
              H("网络安全等级测评报告（封面）", 15, True),
              T([["报告编号", sec["report_no"]], ["被测对象", sec["system"]], ["被测单位", s["company"]],
                 ["测评单位", sec["lab"]], ["测评时间", sec["test_period"]], ["报告时间", sec["report_date"]],
                 ["测评结论", sec["result"]]], [1, 3], header=0),
              P("本平台每年开展一次等级测评；上一次测评时间：" + sec["prev"]), SP(30), P(sec["lab"], right=True)]
    texts = scan_pdf(path, blocks, seed, {1: (sec["police"], ""), 2: (sec["lab"], "测评专用章")}, pkg=pid, rel=rel,
                     extra={1: (0.60, 0.40), 2: (0.60, 0.45)})
    q = sec["test_period"]
    return [fact("有否定期开展第三方安全测试/测评", sec["test_period"], "", None, rel, locate(texts, q), q, "测评时间",
                 image_only=True)]


def ev_open_catalog(path: Path, rel: str, s: dict) -> list:
    o = s["open"]
    blocks = [H(f"{s['short']}平台数据开放共享目录（摘要）", 15, True),
              P("统计截至2024年6月30日。开放对象：平台注册企业用户及合作平台；开放方式：开发者门户申请授权调用。"),
              T([["开放形式", "数量", "单位", "说明"]] + [[a, str(b), c, d] for a, b, c, d in o], [2, 1.2, 1, 5], size=9)]
    texts = write_pdf(path, blocks)
    a, b, c, _ = o[0]
    return [fact("平台开放共享数据的形式及数量", str(b), c, b, rel, locate(texts, a), str(b), a, "数量",
                 component=f"{a}（{c}）")]


def ev_dashboard(path: Path, rel: str, s: dict, seed: int, pid: str, tiles: list, facts_spec: list) -> list:
    shot = Shot(f"{s['short']}平台运营驾驶舱", [(c, val) for c, val in tiles],
                [f"数据截至：2024-06-30    刷新频率：每日"], url=s["url"] + "/cockpit")
    png_screen(path, shot, seed, pid, rel)
    out = []
    for label, cap, val, norm, unit in facts_spec:
        out.append(fact(label, val, unit, norm, rel, 1, val, cap, image_only=True))
    return out
