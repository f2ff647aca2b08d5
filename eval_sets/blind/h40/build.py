"""Build the h40 blind set (second-year participants): packages/<id>/… and truth/<id>.json.

    /work/main/.venv/bin/python eval_sets/blind/h40/build.py [--out DIR]
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path[:0] = [str(HERE), str(REPO)]

from eval_sets.truth import PackageTruth, dump_truth  # noqa: E402
import writers as W  # noqa: E402
from form import FIRST_LEVEL, basic_rows, detail_rows  # noqa: E402
from model import LABELS, comma, f2, rows as summary_rows, r2  # noqa: E402
from specs import ALL, values  # noqa: E402
from texts import fill  # noqa: E402

REL = "eval_sets/blind/h40/packages"


class Pkg:
    def __init__(self, spec: dict, root: Path):
        self.v = fill(values(spec))
        self.spec = spec
        self.dir = root / spec["pid"]
        self.files: dict[str, str] = {}
        self.facts: list[dict] = []
        self.problems: list[dict] = []

    def path(self, rel: str, role: str) -> Path:
        self.files[rel] = role
        p = self.dir / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        return p

    def fact(self, label, value, unit, normalized, file, page, quote, row_label="", column_label="",
             component="", image_only=False):
        self.facts.append(dict(label=label, value=value, unit=unit, normalized=normalized, file=file, page=page,
                               quote=quote, row_label=row_label, column_label=column_label, component=component,
                               image_only=image_only))

    def problem(self, n, family, fields, files, severity, description):
        self.problems.append(dict(id=f"{self.spec['pid']}-{n:02d}-{family}", family=family, fields=fields,
                                  files=files, severity=severity, description=description))


# ------------------------------------------------------------------ shared documents
def write_form_docx(pk: Pkg, rel: str, proof: dict):
    v = pk.v
    d = W.Docx("宋体", 10.5)
    d.p("附件2", bold=True)
    d.h("上海市工业互联网平台应用水平评价申报表", 0)
    d.p(f"申报年度：2024年度\n平台名称：{v['platform']}\n申报单位：{v['company']}（公章）\n"
        f"联系人：{v['contact']}\n联系人电话：{v['phone']}\n\n上海市经济和信息化委员会制\n2024年7月16日")
    d.pb()
    d.h("一、企业基本情况及二、平台基本情况", 1)
    d.table([["项目", "内容"]] + basic_rows(v))
    d.pb()
    d.h("三、上海市工业互联网平台应用水平评价指标明细表", 1)
    rows = [["一级指标", "三级指标", "内容", "平台实际情况", "证明资料"]]
    for r in detail_rows(v, proof):
        rows.append([FIRST_LEVEL[r[0][0]], r[0], r[1], r[2], r[3]])
    d.table(rows)
    d.save(pk.path(rel, "申报表"), "上海市工业互联网平台应用水平评价申报表", v["contact"])


def write_form_xlsx(pk: Pkg, rel: str, proof: dict):
    v = pk.v
    head = [["上海市工业互联网平台应用水平评价申报表（2024年度）"], ["项目", "内容"]] + basic_rows(v)
    det = [["三、上海市工业互联网平台应用水平评价指标明细表"], ["一级指标", "三级指标", "内容", "平台实际情况", "证明资料"]]
    for r in detail_rows(v, proof):
        det.append([FIRST_LEVEL[r[0][0]], r[0], r[1], r[2], r[3]])
    W.save_xlsx(pk.path(rel, "申报表"), [("基本情况", head), ("指标明细表", det)], "申报表", v["contact"],
                widths={"A": 22, "B": 30, "C": 40, "D": 60, "E": 36})


def write_form_scan(pk: Pkg, rel: str, proof: dict, seed: int):
    v = pk.v
    pages = []
    cover = [("附件2", 26), ("", 60), ("上海市工业互联网平台应用水平评价", 40, 210), ("申 报 表", 44, 500), ("", 80),
             (f"申报年度：2024年度", 26, 260), (f"平台名称：{v['platform']}", 24, 260), (f"申报单位：{v['company']}", 24, 260),
             (f"联 系 人：{v['contact']}", 24, 260), (f"联系电话：{v['phone']}", 24, 260), ("", 200),
             ("上海市经济和信息化委员会制", 24, 420), ("2024年7月16日", 24, 480)]
    pages.append(W.text_page(cover, seed, stamp=v["company"], stamp_at=(760, 560)))
    det = detail_rows(v, proof)
    lines = [[r[1][:22], r[2][:26]] for r in det]
    for i in range(0, len(lines), 34):
        chunk = [["内容", "平台实际情况"]] + lines[i:i + 34]
        last = i + 34 >= len(lines)
        pages.append(W.table_page([("三、评价指标明细表（续）" if i else "三、上海市工业互联网平台应用水平评价指标明细表", 26)],
                                  chunk, [100, 620], seed + i + 1, stamp=v["company"] if last else None, size=19,
                                  stamp_at=(900, 1500)))
    W.save_image_pdf(pk.path(rel, "申报表扫描件"), pages)


def write_contacts(pk: Pkg, rel: str):
    v = pk.v
    d = W.Docx()
    d.p("附件1", bold=True)
    d.h("联系人信息反馈表", 1)
    d.p("2024年度上海市工业互联网平台应用水平评价工作")
    d.p("一、联系人信息反馈", bold=True)
    d.table([["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"],
             ["联系人（主）", v["contact"], v["company"], "平台运营部经理", v["phone"], v["email"]],
             ["联系人（备用）", "何嘉伟", v["company"], "平台产品主管", "13901725596", "hejw@" + v["email"].split("@")[1]]])
    d.p("二、评审会现场地址信息反馈", bold=True)
    d.p(f"具体地址：{v['venue']}")
    d.save(pk.path(rel, "联系人表"), "联系人信息反馈表", v["contact"])


def summary_vertical(v):
    out = []
    for label, val, _ in summary_rows(v):
        out.append([label, val])
    return out


def write_summary_xlsx(pk: Pkg, rel: str, horizontal=False):
    v = pk.v
    data = summary_vertical(v)
    if horizontal:
        sheet = [["平台基本情况汇总表"], [r[0] for r in data], [r[1] for r in data]]
    else:
        sheet = [["附件4 平台基本情况汇总表"], ["项目", "填报内容"]] + data
    W.save_xlsx(pk.path(rel, "汇总表"), [("汇总表", sheet)], "平台基本情况汇总表", v["contact"],
                widths={"A": 46, "B": 70})


def write_summary_docx(pk: Pkg, rel: str):
    v = pk.v
    d = W.Docx()
    d.p("附件4", bold=True)
    d.h("平台基本情况汇总表", 1)
    d.table([["项目", "填报内容"]] + summary_vertical(v))
    d.save(pk.path(rel, "汇总表"), "平台基本情况汇总表", v["contact"])


def write_commit_scan(pk: Pkg, rel: str, seed: int):
    v = pk.v
    lines = [("附件5", 26), ("", 40), ("真实性承诺", 40, 500), ("", 40),
             ("    我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报", 26),
             ("材料（含电子版及附件）内容均真实、准确、完整，如有不实，愿承担相应的", 26),
             ("法律责任及由此产生的一切后果。", 26), ("    特此承诺。", 26), ("", 200),
             (f"申报单位：{v['company']}（盖章）", 26, 420), (f"法定代表人：{v['legal']}（签章）", 26, 420),
             ("2024年7月16日", 26, 620)]
    W.save_image_pdf(pk.path(rel, "承诺"), [W.text_page(lines, seed, stamp=v["company"], stamp_at=(820, 860))])


def write_commit_docx(pk: Pkg, rel: str):
    v = pk.v
    d = W.Docx()
    d.p("附件5", bold=True)
    d.h("真实性承诺", 1)
    d.p("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，"
        "如有不实，愿承担相应的法律责任及由此产生的一切后果。")
    d.p("特此承诺。")
    d.p(f"申报单位：{v['company']}（盖章）")
    d.p(f"法定代表人：{v['legal']}（签章）")
    d.p("2024年7月16日")
    d.save(pk.path(rel, "承诺"), "真实性承诺", v["contact"])


def result_letter(pk: Pkg, rel: str, seed: int):
    """2023 evaluation result letter, a scan (image only)."""
    v = pk.v
    grade, level = v["grade"]
    lines = [("上海市工业互联网平台应用水平评价工作组", 30, 300), ("", 30),
             ("关于2023年度上海市工业互联网平台应用水平评价结果的告知函", 26, 170), ("", 30),
             (f"{v['company']}：", 26),
             (f"    贵单位申报的“{v['platform']}”", 26),
             ("参加了2023年度上海市工业互联网平台应用水平评价。经材料评审、", 26),
             ("现场核查和专家评审会综合评价，现将评价结果告知如下：", 26), ("", 20),
             (f"    评价结果：{grade}        等级：{level}", 30), ("", 20),
             ("    请贵单位对照评价意见持续完善平台能力，按要求参加2024年度评价。", 26), ("", 180),
             ("上海市工业互联网平台应用水平评价工作组", 26, 560), ("2023年12月20日", 26, 700)]
    W.save_image_pdf(pk.path(rel, "evidence:other"), [W.text_page(lines, seed, stamp="上海市工业互联网平台评价工作组", stamp_at=(860, 1000))])


def change(a, b) -> str:
    if b == a:
        return "持平"
    pct = (b - a) / a * 100
    return f"{'增长' if pct > 0 else '下降'}{abs(pct):.2f}%"


def current_value(v, label):
    for lab, _, n in summary_rows(v):
        if lab == label:
            return n
    raise KeyError(label)


def ch7_rows(v, wrong: dict | None = None):
    rows = [["指标", "2023年申报值", "2024年申报值", "变化"]]
    for label, last in v["last"].items():
        cur = (wrong or {}).get(label, current_value(v, label))
        fmt = (lambda x: f2(x)) if isinstance(last, float) else (lambda x: comma(x))
        rows.append([label, fmt(last), fmt(cur), change(last, cur)])
    return rows


def narrative_blocks(pk: Pkg, with7: bool, wrong7: dict | None = None, prose7: list[str] | None = None):
    """申报书 as (kind, text|rows) blocks."""
    v = pk.v
    b = [("title", "上海市工业互联网平台应用水平评价申报书"),
         ("p", f"申报年度：2024年度　平台名称：{v['platform']}　申报单位：{v['company']}（公章）"),
         ("h", "一、申报单位简介"),
         ("p", f"{v['company']}成立于{v['founded'][:4]}年，注册地{v['reg_addr']}。{v['intro']}"),
         ("h", "二、平台建设及运营情况"),
         ("p", f"平台于{v['build_time_cn']}建设，建设金额{f2(v['build_amount'])}万元，采用{v['build_mode']}、{v['op_mode']}方式，部署方式为{v['deploy']}。"
               f"截至2024年6月，平台连接工业设备{comma(v['devices'])}台（套），工业APP {v['apps']}个，工业机理模型{v['models']}个，注册企业用户{comma(v['registered'])}家。"),
         ("p", "平台技术创新点：自研时序数据引擎、多协议设备接入网关与低代码开发框架，关键技术自主可控。"),
         ("h", "三、平台应用成效"),
         ("p", f"2023年平台相关营业收入{f2(v['rev'][2023])}万元，服务企业{comma(v['served'])}家，其中本市{comma(v['local'])}家。{v['benefit']}"),
         ("h", "四、平台下一步发展计划"),
         ("p", "持续推进AI大模型与行业机理融合，拓展长三角及海外服务网络，完善开发者生态。"),
         ("h", "五、平台应用案例"),
         ("p", f"案例1：{v['platform']}——关键设备预测性维护；案例2：{v['platform']}——能效优化；案例3：{v['platform']}——供应链协同。"),
         ("h", "六、附件及其他说明材料"),
         ("table", [["序号", "附件名称"]] + [[str(i + 1), Path(f).name] for i, f in enumerate(k for k, r in pk.files.items() if r.startswith("evidence"))])]
    if with7:
        grade, level = v["grade"]
        b += [("h", "七、平台相较上年度对比情况"),
              ("p", f"本平台参加了2023年度评价，评价结果为“{grade}”（{level}级）。2023年7月以来，平台在功能模块、关键指标和应用服务方面的变化如下表（2023年申报值为上年度申报表填报数）："),
              ("table", ch7_rows(v, wrong7))]
        for text in prose7 or []:
            b.append(("p", text))
    return b


def write_narr_docx(pk: Pkg, rel: str, blocks):
    d = W.Docx("仿宋", 12)
    for kind, x in blocks:
        if kind == "title":
            d.h(x, 0)
        elif kind == "h":
            d.h(x, 1)
        elif kind == "p":
            d.p(x)
        else:
            d.table(x)
    d.save(pk.path(rel, "申报书"), "申报书", pk.v["contact"])


def write_narr_pdf(pk: Pkg, rel: str, blocks):
    pages = [[]]
    for kind, x in blocks:
        if kind == "table":
            pages[-1].append(("table", x))
        else:
            pages[-1].append((kind, x))
    W.save_pdf(pk.path(rel, "申报书"), pages, "申报书", pk.v["contact"])


def prose_growth(v, labels):
    out = []
    for label in labels:
        last = v["last"][label]
        cur = current_value(v, label)
        name = label.split("（")[0]
        out.append(f"{name}由上年申报的{comma(last)}提升至{comma(cur)}，较上年申报{change(last, cur)}。")
    return "".join(out)


# ------------------------------------------------------------------ evidence
def audit_report(pk: Pkg, rel: str, years: list[int], with_rd=True, restated_note="", unit="万元"):
    """Company statements (元) + platform 专项说明 (万元) with columns per year; returns the file rel."""
    v = pk.v
    co_rev = {y: v["rev"][y] * 9.6 for y in years}
    title = f"{v['company']}2023年度审计报告"
    auditor = "上海立衡会计师事务所（特殊普通合伙）"
    pages = [
        [("title", title), ("p", f"立衡审字〔2024〕第0{v['list_no']}36号"), ("space", 260), ("p", auditor), ("p", "二〇二四年四月十八日")],
        [("h", "审计报告"), ("p", f"{v['company']}全体股东："),
         ("p", "我们审计了后附的财务报表，包括2023年12月31日的资产负债表，2023年度的利润表、现金流量表以及相关财务报表附注。"
               "我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了公司2023年12月31日的财务状况以及2023年度的经营成果和现金流量。")],
        [("h", "利润表（简表）　　　　单位：元"),
         ("table", [["项目", "本期金额（2023年度）", "上期金额（2022年度）"],
                    ["一、营业收入", comma(r2(co_rev[2023]) * 10000), comma(r2(co_rev[2022]) * 10000)],
                    ["减：营业成本", comma(r2(co_rev[2023] * 0.71) * 10000), comma(r2(co_rev[2022] * 0.72) * 10000)],
                    ["研发费用", comma(r2(co_rev[2023] * 0.06) * 10000), comma(r2(co_rev[2022] * 0.06) * 10000)],
                    ["二、利润总额", comma(r2(co_rev[2023] * 0.08) * 10000), comma(r2(co_rev[2022] * 0.075) * 10000)]])],
    ]
    head = ["项目"] + [f"{y}年度" for y in years]
    tab = [head, ["平台相关营业收入"] + [comma(r2(v["rev"][y])) for y in years]]
    if with_rd:
        tab.append(["平台相关研发投入"] + [comma(r2(v["rd"])) if y == 2023 else comma(r2(v["rd_hist"][y])) for y in years])
    tab.append(["平台营业成本"] + [comma(r2(v["rev"][y] * 0.58)) for y in years])
    tab.append(["平台利润总额"] + [comma(r2(v["profit"])) if y == 2023 else comma(r2(v["profit_hist"][y])) for y in years])
    note = [("table", tab), ("small", "说明：平台相关营业收入指基于平台直接订阅的服务及平台服务取得的收入，按合同归属拆分；研发投入口径参照国家统计局R&D统计口径。")]
    if restated_note:
        note.append(("small", restated_note))
    pages.append([("h", f"附注十二、工业互联网平台业务专项说明　　　　单位：{unit}")] + note)
    W.save_pdf(pk.path(rel, "evidence:audit_report"), pages, title, auditor, header=f"{v['company']} 2023年度审计报告")
    page = len(pages)
    col = lambda y: f"{y}年度"  # noqa: E731
    pk.fact("平台相关营业收入（万元）", comma(r2(v["rev"][2023])), "万元", r2(v["rev"][2023]), rel, page,
            comma(r2(v["rev"][2023])), "平台相关营业收入", col(2023))
    for y in years[1:]:
        pk.fact("平台近三年经营指标情况", comma(r2(v["rev"][y])), "万元", r2(v["rev"][y]), rel, page, comma(r2(v["rev"][y])),
                "平台相关营业收入", col(y), component=f"{y}年平台营收（万元）")
    if with_rd:
        pk.fact("平台相关研发投入（万元）", comma(r2(v["rd"])), "万元", r2(v["rd"]), rel, page, comma(r2(v["rd"])),
                "平台相关研发投入", col(2023))
    pk.fact("平台利润率（%）", comma(r2(v["profit"])), "万元", r2(v["profit"]), rel, page, comma(r2(v["profit"])),
            "平台利润总额", col(2023), component="平台利润总额（万元）")
    pk.fact("投资回报率（%）", comma(r2(v["profit"])), "万元", r2(v["profit"]), rel, page, comma(r2(v["profit"])),
            "平台利润总额", col(2023), component="平台年利润（万元）")


def last_year_special_audit(pk: Pkg, rel: str):
    """Last year's (2022年度) platform 专项审计报告, re-attached as a text PDF; proves 2022/2021 revenue."""
    v = pk.v
    title = f"{v['platform']}2022年度平台业务专项审计报告"
    pages = [[("title", title), ("p", "（2023年度评价申报时提交，本次一并附上供对比）"), ("p", "立衡专审字〔2023〕第0218号"),
              ("space", 200), ("p", "上海立衡会计师事务所（特殊普通合伙）"), ("p", "二〇二三年五月二十六日")],
             [("h", "平台业务财务数据（经审计）　　　　单位：万元"),
              ("table", [["项目", "2022年度", "2021年度"],
                         ["平台相关营业收入", comma(r2(v["rev"][2022])), comma(r2(v["rev"][2021]))],
                         ["平台相关研发投入", comma(r2(v["rd_hist"][2022])), comma(r2(v["rd_hist"][2021]))],
                         ["平台利润总额", comma(r2(v["profit_hist"][2022])), comma(r2(v["profit_hist"][2021]))]]),
              ("small", "本报告数据截至2022年12月31日。")]]
    W.save_pdf(pk.path(rel, "evidence:audit_report"), pages, title, "上海立衡会计师事务所")
    for y in (2022, 2021):
        pk.fact("平台近三年经营指标情况", comma(r2(v["rev"][y])), "万元", r2(v["rev"][y]), rel, 2, comma(r2(v["rev"][y])),
                "平台相关营业收入", f"{y}年度", component=f"{y}年平台营收（万元）")


STAT_ROWS = [
    ("连接的工业设备/产品/产线种类及数量（台/套）", "接入工业设备（台/套）", "devices"),
    ("公有云工业设备连接数量（台/套）", "其中：公有云接入设备（台/套）", "pub_devices"),
    ("公有云工业设备平均日运行数量（台/套）", "公有云设备日均运行（台/套）", "run_devices"),
    ("工业协议兼容适配数量（个）", "兼容工业协议（个）", "protocols"),
    ("工业APP数量（个）", "上架工业APP（个）", "apps"),
    ("工业机理模型数量（个）", "工业机理模型（个）", "models"),
    ("微服务数量（个）", "微服务（个）", "micro"),
    ("开发者注册总数（个）", "注册开发者（个）", "developers"),
    ("注册企业用户数（个）", "注册企业用户（家）", "registered"),
    ("实际服务企业数（个）", "实际服务企业（家）", "served"),
]


def stat_value(v, key):
    return v.get(key + "_evidence", v[key])


def stats_pdf(pk: Pkg, rel: str, cols: tuple[str, str], last_stats: dict):
    """Resource statistics with last year's and this year's columns + device category table."""
    v = pk.v
    tab = [["统计项", cols[0], cols[1], "变化"]]
    for label, cap, key in STAT_ROWS:
        cur, old = stat_value(v, key), last_stats[key]
        tab.append([cap, comma(old), comma(cur), change(old, cur)])
    cat = [["设备二级分类", "接入数量（台/套）", "其中：公有云（台/套）", "公有云日均运行（台/套）"]]
    for k in v["dev_cat"]:
        cat.append([k, comma(v["dev_cat"][k]), comma(v["pub_cat"].get(k, 0)), comma(v["run_cat"].get(k, 0))])
    cat.append(["合计", comma(v["devices"]), comma(v["pub_devices"]), comma(v["run_devices"])])
    reg = [["区域", "接入数量（台/套）", "其中：公有云（台/套）", "公有云日均运行（台/套）"]]
    for k in v["dev_reg"]:
        reg.append([k, comma(v["dev_reg"][k]), comma(v["pub_reg"].get(k, 0)), comma(v["run_reg"].get(k, 0))])
    pages = [[("title", f"{v['platform']}资源与应用统计表"), ("p", f"统计口径：平台后台数据库导出；{cols[0]}数据即2023年度参评时的统计数。"),
              ("table", tab, [170, 100, 100, 80]), ("small", f"统计单位：{v['company']}　制表日期：2024年7月5日")],
             [("h", "表2 接入设备按二级分类统计（截至2024年6月30日）"), ("table", cat),
              ("h", "表3 接入设备按省市区域统计（截至2024年6月30日）"), ("table", reg)]]
    W.save_pdf(pk.path(rel, "evidence:device_list"), pages, "资源与应用统计表", v["company"])
    for label, cap, key in STAT_ROWS:
        val = stat_value(v, key)
        unit = "家" if "家" in cap else ("台/套" if "台/套" in cap else "个")
        pk.fact(label, comma(val), unit, val, rel, 1, comma(val), cap, cols[1])
    if v["overseas_total"]:
        pass
    return pages


def ip_xlsx(pk: Pkg, rel: str):
    v = pk.v
    pat = [["专利清单（平台核心软硬件技术）"], ["序号", "专利名称", "专利号", "类型", "权利人", "授权日期"]]
    for i in range(v["patents"]):
        pat.append([i + 1, f"一种{['设备状态监测', '故障诊断', '数据采集', '模型训练', '能耗评估'][i % 5]}方法及系统（{i + 1}）",
                    f"ZL2020{10000000 + i * 7919:08d}.{i % 10}", "发明专利" if i % 3 else "实用新型", v["company"], f"202{1 + i % 3}-0{1 + i % 9}-15"])
    pat.append([f"合计：{v['patents']}项"])
    sc = [["软件著作权清单"], ["序号", "软件名称", "登记号", "著作权人", "登记日期"]]
    for i in range(v["softcr"]):
        sc.append([i + 1, f"{v['short']}平台{['设备接入', '数据治理', '应用开发', '运维管理', '可视化'][i % 5]}软件V{1 + i % 4}.0",
                   f"2022SR{1000000 + i * 3571}", v["company"], f"202{1 + i % 3}-1{i % 3}-0{1 + i % 9}"])
    sc.append([f"合计：{v['softcr']}项"])
    W.save_xlsx(pk.path(rel, "evidence:patent_list"), [("专利", pat), ("软件著作权", sc)], "知识产权清单", v["company"],
                widths={"B": 46, "C": 24, "E": 36})
    pk.fact("平台核心软硬件技术获得的专利数量（项）", str(v["patents"]), "项", v["patents"], rel, 1, f"合计：{v['patents']}项", "合计")
    pk.fact("平台核心软硬件技术获得的软著数量（个）", str(v["softcr"]), "项", v["softcr"], rel, 2, f"合计：{v['softcr']}项", "合计")


def ip_pdf(pk: Pkg, rel: str, patents=True):
    v = pk.v
    pages = []
    if patents:
        rows = [["序号", "专利名称", "专利号", "权利人"]] + [
            [str(i + 1), f"一种{['动力设备振动', '推进系统', '柴油机健康', '备件寿命'][i % 4]}评估方法（{i + 1}）", f"ZL2019{20000000 + i * 6113:08d}.{i % 10}", v["company"]]
            for i in range(v["patents"])]
        pages.append([("h", f"专利清单（共{v['patents']}项）"), ("table", rows, [36, 200, 130, 120])])
    rows = [["序号", "软件名称", "登记号", "著作权人"]] + [
        [str(i + 1), f"{v['short']}{['交易撮合', '仓储管理', '物流调度', '行情分析'][i % 4]}系统V{1 + i % 3}.0", f"2021SR{2000000 + i * 2711}", v["company"]]
        for i in range(v["softcr"])]
    pages.append([("h", f"计算机软件著作权清单（共{v['softcr']}项）"), ("table", rows, [36, 200, 110, 140])])
    W.save_pdf(pk.path(rel, "evidence:patent_list"), pages, "知识产权清单", v["company"], header=v["company"])
    if patents:
        pk.fact("平台核心软硬件技术获得的专利数量（项）", str(v["patents"]), "项", v["patents"], rel, 1, f"专利清单（共{v['patents']}项）", "专利清单")
    # the 软著 list starts on the page after the patent list; find it by layout at verify time (set below)
    return pages


# ------------------------------------------------------------------ packages
def build_p1(pk: Pkg):
    v = pk.v
    v["rd_hist"] = {2022: pk.spec["last_rd"], 2021: 706.35}
    v["profit_hist"] = {2022: 402.18, 2021: 318.66}
    E = "附件3 证明材料/"
    files = {"audit": E + "01 2023年度审计报告（含平台业务专项说明）.pdf",
             "old": E + "02 2022年度平台业务专项审计报告（上年度参评提交）.pdf",
             "stats": E + "03 平台资源与应用统计表（2023-2024对比）.pdf",
             "ip": E + "04 知识产权清单.xlsx",
             "shot": E + "05 平台运行驾驶舱截图.png",
             "letter": E + "06 2023年度评价结果告知函.pdf"}
    proof = {"财务": "附件3-01 审计报告第4页；附件3-02 专项审计报告第2页", "研发": "附件3-01 审计报告第4页",
             "设备": "附件3-03 统计表第1-2页", "协议": "附件3-03 统计表第1页", "APP": "附件3-03 统计表第1页；附件3-05 截图",
             "模型": "附件3-03 统计表第1页", "微服务": "附件3-03 统计表第1页", "开发者": "附件3-03 统计表第1页",
             "用户": "附件3-03 统计表第1页；附件3-05 截图", "知识产权": "附件3-04 知识产权清单"}
    write_contacts(pk, "附件1 联系人信息反馈表.docx")
    write_form_docx(pk, "附件2 申报表（建工四建）.docx", proof)
    write_form_scan(pk, "附件2 申报表（建工四建）盖章扫描件.pdf", proof, 1201)
    audit_report(pk, files["audit"], [2023, 2022])
    last_year_special_audit(pk, files["old"])
    last_stats = {key: v["last"].get(label, None) for label, _, key in STAT_ROWS}
    last_stats.update(pub_devices=6120, run_devices=4386, protocols=112, served=782)
    stats_pdf(pk, files["stats"], ("截至2023年6月30日", "截至2024年6月30日"), last_stats)
    ip_xlsx(pk, files["ip"])
    cards = [("接入设备（台/套）", comma(v["devices"])), ("注册企业（家）", comma(v["registered"])),
             ("工业APP（个）", str(v["apps"])), ("机理模型（个）", str(v["models"])), ("微服务（个）", str(v["micro"])),
             ("开发者（个）", comma(v["developers"]))]
    W.dashboard_png(pk.path(files["shot"], "evidence:screenshot"), f"{v['platform']} · 运营驾驶舱",
                    "数据更新时间：2024-06-28 17:30", cards, 12)
    for (cap, val), label in zip(cards, ["连接的工业设备/产品/产线种类及数量（台/套）", "注册企业用户数（个）", "工业APP数量（个）",
                                         "工业机理模型数量（个）", "微服务数量（个）", "开发者注册总数（个）"]):
        n = int(val.replace(",", ""))
        pk.fact(label, val, cap.split("（")[1].rstrip("）"), n, files["shot"], 1, val, cap.split("（")[0], image_only=True)
    result_letter(pk, files["letter"], 1206)
    blocks = narrative_blocks(pk, True, prose7=[
        prose_growth(v, ["注册企业用户数（个）", "连接的工业设备/产品/产线种类及数量（台/套）"])
        + f"活跃开发者数由{comma(v['last']['活跃开发者数（个）'])}调整为{comma(v['active_dev'])}，系清理一年未登录账号所致；合作平台数量由11个调整为9个，系2家合作平台停止数据对接。"])
    write_narr_docx(pk, "附件3 申报书（建工四建）.docx", blocks)
    write_summary_xlsx(pk, "附件4 平台基本情况汇总表（建工四建）.xlsx")
    write_commit_scan(pk, "附件5 真实性承诺（盖章）.pdf", 1207)
    pk.layout = ["evidence_dir:附件3 证明材料", "form:docx+scan", "narrative:docx", "chapter7:table+prose",
                 "audit_columns:2023年度/2022年度", "last_year_special_audit:reattached", "stats:2023vs2024-columns",
                 "figures_fell:活跃开发者/合作平台", "ip:xlsx", "screenshot:png-2024", "result_letter:scan",
                 "summary:xlsx-vertical", "commitment:scan"]


def build_p2(pk: Pkg):
    v = pk.v
    v["rd_hist"] = {2022: 1108.30}
    v["profit_hist"] = {2022: 688.14}
    pre = "711所-"
    files = {"audit": pre + "05-2023年度审计报告.pdf", "stats": pre + "06-平台资源统计表（上年-本年）.pdf",
             "shot": pre + "07-平台运行监控截图.png", "ip": pre + "08-专利及软件著作权清单.pdf",
             "letter": pre + "09-2023年度评价结果告知函.pdf"}
    proof = {"财务": "证明材料05 审计报告第4页", "研发": "证明材料05 审计报告第4页", "设备": "证明材料06 第1-2页；证明材料07 截图",
             "协议": "证明材料06 资源统计表第1页", "APP": "证明材料06 第1页", "模型": "证明材料06 第1页",
             "用户": "证明材料06 第1页；证明材料07 截图", "知识产权": "证明材料08 清单"}
    write_contacts(pk, pre + "00-联系人信息反馈表.docx")
    write_form_xlsx(pk, pre + "01-申报表.xlsx", proof)
    write_form_scan(pk, pre + "01-申报表-盖章版.pdf", proof, 801)
    audit_report(pk, files["audit"], [2023, 2022])
    last_stats = {key: v["last"].get(label) for label, _, key in STAT_ROWS}
    last_stats.update(pub_devices=8740, run_devices=6012, served=1026)
    stats_pdf(pk, files["stats"], ("上年（截至2023年6月30日）", "本年（截至2024年6月30日）"), last_stats)
    s = v["shot2023"]
    cards = [("联网设备（台/套）", comma(s["devices"])), ("注册企业（家）", comma(s["registered"])),
             ("工业APP（个）", str(s["apps"])), ("机理模型（个）", str(s["models"]))]
    W.dashboard_png(pk.path(files["shot"], "evidence:screenshot"), "船舶动力设备运维监控中心",
                    f"数据截至：{s['date']}", cards, 8, footer="© 中国船舶集团第七一一研究所  运维监控中心 v3.2")
    for (cap, val), label in zip(cards, ["连接的工业设备/产品/产线种类及数量（台/套）", "注册企业用户数（个）", "工业APP数量（个）",
                                         "工业机理模型数量（个）"]):
        n = int(val.replace(",", ""))
        pk.fact(label, val, cap.split("（")[1].rstrip("）"), n, files["shot"], 1, val, cap.split("（")[0], image_only=True)
    pages = ip_pdf(pk, files["ip"])
    result_letter(pk, files["letter"], 809)
    write_narr_pdf(pk, pre + "02-申报书.pdf", narrative_blocks(pk, False))
    write_summary_docx(pk, pre + "03-汇总表.docx")
    write_commit_docx(pk, pre + "04-真实性承诺.docx")
    pk.layout = ["naming:prefix-numbered", "evidence_dir:flat", "form:xlsx+scan", "narrative:pdf", "no_chapter7",
                 "stats:上年/本年-columns", "screenshot:png-dated-2023", "ip:pdf-multipage", "result_letter:scan",
                 "summary:docx", "commitment:docx", "overseas"]
    pk.problem(1, "section7", ["七、平台相较上年度对比情况"], [pre + "02-申报书.pdf"], "error",
               "申报书缺少“七、平台相较上年度对比情况”：该平台在附件6（序号8）中2023年度参评为“是”，第七章为2023年度参评平台必填章节（申报材料中虽附有2023年度评价结果告知函，但未作对比说明）")
    pk.problem(2, "declared_vs_evidence", ["工业协议兼容适配数量（个）"], [pre + "01-申报表.xlsx", files["stats"]], "error",
               f"申报表填报工业协议兼容适配数量 {v['protocols']} 个，所附平台资源统计表“本年（截至2024年6月30日）”列为 {v['protocols_evidence']} 个；"
               f"申报值取自“上年（截至2023年6月30日）”列（{v['protocols']}），而填报指引要求填写截至填表日的数量")
    pk.problem(3, "screenshot_vs_form", ["连接的工业设备/产品/产线种类及数量（台/套）", "注册企业用户数（个）", "工业APP数量（个）", "工业机理模型数量（个）"],
               [files["shot"], pre + "01-申报表.xlsx"], "warning",
               f"平台运行监控截图标注“数据截至：2023-06-30”，为上年度截图：联网设备 {comma(s['devices'])}、注册企业 {comma(s['registered'])}、工业APP {s['apps']}、机理模型 {s['models']}，"
               f"与申报表本年数（{comma(v['devices'])}、{comma(v['registered'])}、{v['apps']}、{v['models']}）不一致，不能证明截至填表日的数量")
    return pages


def build_p3(pk: Pkg):
    v = pk.v
    v["rd_hist"] = {2022: pk.spec["last_rd"], 2021: 948.20}
    v["profit_hist"] = {2022: 588.36}
    A, Z = "申报材料/", "佐证材料/"
    files = {"audit": Z + "1-2023年度平台业务专项说明（审计报告附注）.pdf", "old": Z + "2-2022年度平台研发费用专项审计报告.pdf",
             "stats": Z + "3-平台运营数据统计（上年-本年）.xlsx", "ip": Z + "4-软件著作权登记清单.pdf",
             "shot": Z + "5-平台数据看板截图.png", "letter": Z + "6-2023年度评价结果通知.pdf"}
    form_rel = A + "附件2-申报表（河姆渡）.docx"
    proof = {"财务": "佐证1 专项说明第4页", "研发": "佐证2 2022年度平台研发费用专项审计报告第2页",
             "设备": "佐证3 运营数据统计", "APP": "佐证3 运营数据统计", "用户": "佐证3；佐证5 看板截图",
             "知识产权": "佐证4 软著清单（专利证书另附纸质版）", "指数": "佐证5 看板截图"}
    write_contacts(pk, A + "附件1-联系人信息反馈表.docx")
    write_form_docx(pk, form_rel, proof)
    write_form_scan(pk, A + "附件2-申报表（盖章版）.pdf", proof, 2001)
    note = (f"注：2022年度平台相关营业收入已按2023年度拆分口径（增加仓储加工服务收入）重述为{comma(v['rev'][2022])}万元；"
            f"2023年度参评时申报的2022年度数为{comma(v['last_declared_2022'])}万元。")
    audit_report(pk, files["audit"], [2023, 2022], with_rd=False, restated_note=note)
    # last year's R&D special audit: a scan (image only), 2022 figures only
    lines = [["项目", "2022年度", "2021年度"], ["平台相关研发投入（万元）", comma(v["rd_hist"][2022]), comma(v["rd_hist"][2021])],
             ["其中：人员人工", comma(r2(v["rd_hist"][2022] * 0.62)), comma(r2(v["rd_hist"][2021] * 0.6))],
             ["直接投入", comma(r2(v["rd_hist"][2022] * 0.23)), comma(r2(v["rd_hist"][2021] * 0.25))]]
    p1 = W.text_page([("河姆渡电商工业互联网平台", 34, 380), ("2022年度平台研发费用专项审计报告", 34, 300), ("", 100),
                      ("立衡专审字〔2023〕第0307号", 26, 440), ("", 400), ("上海立衡会计师事务所（特殊普通合伙）", 26, 360),
                      ("二〇二三年五月三十日", 26, 480)], 2011)
    p2 = W.table_page([("平台研发费用归集表（经审计）", 30), ("审计期间：2022年1月1日至2022年12月31日", 22)], lines, [110, 520, 780], 2012,
                      stamp="上海立衡会计师事务所", tail=[("本报告仅对2022年度研发费用发表意见。", 22)])
    W.save_image_pdf(pk.path(files["old"], "evidence:audit_report"), [p1, p2])
    # operations statistics (XLSX) with last/this year
    last_stats = {"devices": 8210, "pub_devices": 8210, "run_devices": 5306, "protocols": 58, "apps": 72, "models": 79,
                  "micro": 468, "developers": 1104, "registered": 7215, "served": 4608}
    sheet = [["平台运营数据统计表"], ["统计项", "上年（截至2023年6月30日）", "本年（截至2024年6月30日）", "备注"]]
    for label, cap, key in STAT_ROWS:
        sheet.append([cap, last_stats[key], v[key], "后台导出"])
    W.save_xlsx(pk.path(files["stats"], "evidence:device_list"), [("运营数据", sheet)], "运营数据统计", v["company"],
                widths={"A": 30, "B": 26, "C": 26})
    for label, cap, key in STAT_ROWS:
        unit = "家" if "家" in cap else ("台/套" if "台/套" in cap else "个")
        pk.fact(label, str(v[key]), unit, v[key], files["stats"], 1, str(v[key]), cap, "本年（截至2024年6月30日）")
    ip_pdf(pk, files["ip"], patents=False)
    pk.fact("平台核心软硬件技术获得的软著数量（个）", str(v["softcr"]), "项", v["softcr"], files["ip"], 1,
            f"计算机软件著作权清单（共{v['softcr']}项）", "计算机软件著作权清单")
    cards = [("入驻企业（家）", comma(v["registered"])), ("服务企业（家）", comma(v["served"])),
             ("上架APP（个）", str(v["apps"])), ("特色指数（个）", str(v["indices"]))]
    W.dashboard_png(pk.path(files["shot"], "evidence:screenshot"), "河姆渡 · 平台数据看板", "2024-07-01 09:00", cards, 20)
    for (cap, val), label in zip(cards, ["注册企业用户数（个）", "实际服务企业数（个）", "工业APP数量（个）", "平台现有特色指数（个）"]):
        n = int(val.replace(",", ""))
        pk.fact(label, val, cap.split("（")[1].rstrip("）"), n, files["shot"], 1, val, cap.split("（")[0], image_only=True)
    result_letter(pk, files["letter"], 2016)
    wrong = pk.spec["ch7_wrong"]
    blocks = narrative_blocks(pk, True, wrong7=wrong, prose7=[
        "平台相关营业收入较上年申报增长24.00%，交易服务与仓储加工服务同步增长；特色指数数量保持6个，并新增日更频次。"])
    write_narr_docx(pk, A + "附件3-申报书（河姆渡）.docx", blocks)
    write_summary_xlsx(pk, A + "附件4-平台基本情况汇总表.xlsx", horizontal=True)
    write_commit_scan(pk, A + "附件5-真实性承诺.pdf", 2017)
    pk.layout = ["evidence_dir:申报材料+佐证材料", "form:docx+scan", "narrative:docx", "chapter7:table+prose",
                 "audit:platform-note-only(2023/2022重述)", "last_year_rd_audit:scan", "stats:xlsx-上年/本年",
                 "ip:pdf-softcr-only", "screenshot:png-2024", "result_letter:scan", "summary:xlsx-horizontal",
                 "commitment:scan", "figures_fell:none", "restated_2022"]
    (lab, bad), = wrong.items()
    pk.problem(1, "narrative_vs_form", [lab], [A + "附件3-申报书（河姆渡）.docx", form_rel], "error",
               f"申报书第七章对比表“{lab}”的2024年申报值写为 {comma(bad)}，申报表填报 {comma(v['registered'])}（佐证3运营数据统计与看板截图均为 {comma(v['registered'])}），对比表与申报表不一致")
    pk.problem(2, "growth_rate", ["平台近三年经营指标情况"], [form_rel], "error",
               f"2023年增长率填报 {f2(v['growth'][2023])}%，系以上年度申报的2022年营收 {f2(v['last_declared_2022'])} 万元为基数计算"
               f"（{f2(v['rev'][2023])}÷{f2(v['last_declared_2022'])}−1）；按申报表本身填报的2022年平台营收 {f2(v['rev'][2022])} 万元计算应为 {f2(v['growth_true_2023'])}%")
    pk.problem(3, "missing_proof", ["平台相关研发投入（万元）"], [form_rel, files["old"]], "warning",
               f"平台相关研发投入（2023年）填报 {f2(v['rd'])} 万元，证明资料仅指向上年度提交的《2022年度平台研发费用专项审计报告》"
               f"（只载有2022年度 {comma(v['rd_hist'][2022])} 万元和2021年度数据），本年度专项说明未列研发投入，2023年数据缺少证明")


def build_p4(pk: Pkg):
    v = pk.v
    v["rd_hist"] = {2022: 1588.40, 2021: 1402.77}
    v["profit_hist"] = {2022: 1052.36, 2021: 936.18}
    E = "附件3_证明材料/"
    files = {"audit": E + "3-1_2023年度审计报告.pdf", "stats": E + "3-2_平台运营统计表.xlsx",
             "ip": E + "3-3_专利及软著清单.xlsx", "shot": E + "3-4_平台驾驶舱截图.pdf", "letter": E + "3-5_2023年度评价结果.pdf"}
    form_rel = "附件2_申报表_宝武装备.docx"
    proof = {"财务": "附件3-1 审计报告第4页", "研发": "附件3-1 审计报告第4页", "设备": "附件3-2 运营统计表；附件3-4 截图",
             "开发者": "附件3-2 运营统计表“开发者”行", "用户": "附件3-2 运营统计表", "知识产权": "附件3-3 清单",
             "模型": "附件3-2 运营统计表", "微服务": "附件3-2 运营统计表"}
    write_contacts(pk, "附件1_联系人信息反馈表.docx")
    write_form_docx(pk, form_rel, proof)
    write_form_scan(pk, "附件2_申报表_盖章扫描.pdf", proof, 2201)
    audit_report(pk, files["audit"], [2023, 2022, 2021])
    last = {"devices": 36920, "pub_devices": 13105, "run_devices": 9488, "protocols": 221, "apps": 262, "models": 318,
            "micro": 1004, "developers": 8640, "registered": 1596, "served": 1086}
    sheet = [["平台运营统计表（单位：台/套、个、家）"], ["统计项", "上年（2023年6月）", "本年（2024年6月）", "变化"]]
    for label, cap, key in STAT_ROWS:
        cur = stat_value(v, key)
        sheet.append([cap, last[key], cur, change(last[key], cur)])
    cat = [["设备二级分类", "接入数量", "公有云", "公有云日均运行"]]
    for k in v["dev_cat"]:
        cat.append([k, v["dev_cat"][k], v["pub_cat"][k], v["run_cat"][k]])
    cat.append(["合计", v["devices"], v["pub_devices"], v["run_devices"]])
    W.save_xlsx(pk.path(files["stats"], "evidence:device_list"), [("运营统计", sheet), ("设备分类", cat)], "运营统计", v["company"],
                widths={"A": 30, "B": 20, "C": 20, "D": 16})
    for label, cap, key in STAT_ROWS:
        cur = stat_value(v, key)
        unit = "家" if "家" in cap else ("台/套" if "台/套" in cap else "个")
        pk.fact(label, str(cur), unit, cur, files["stats"], 1, str(cur), cap, "本年（2024年6月）")
    ip_xlsx(pk, files["ip"])
    cards = [("设备接入（台/套）", comma(v["devices"])), ("公有云设备（台/套）", comma(v["pub_devices"])),
             ("日均在线（台/套）", comma(v["run_devices"])), ("服务企业（家）", comma(v["served"])),
             ("机理模型（个）", str(v["models"])), ("微服务（个）", comma(v["micro"]))]
    tmp = pk.dir.parent / ".scratch_h40_shot.png"
    W.dashboard_png(tmp, "宝武装备 · 设备远程运维驾驶舱", "数据时间：2024-06-30 23:59", cards, 22)
    from PIL import Image
    with Image.open(tmp) as im:
        W.save_image_pdf(pk.path(files["shot"], "evidence:screenshot"), [im.copy()])
    tmp.unlink()
    for (cap, val), label in zip(cards, ["连接的工业设备/产品/产线种类及数量（台/套）", "公有云工业设备连接数量（台/套）",
                                         "公有云工业设备平均日运行数量（台/套）", "实际服务企业数（个）", "工业机理模型数量（个）", "微服务数量（个）"]):
        n = int(val.replace(",", ""))
        pk.fact(label, val, cap.split("（")[1].rstrip("）"), n, files["shot"], 1, val, cap.split("（")[0], image_only=True)
    result_letter(pk, files["letter"], 2206)
    lab, last_served, said = pk.spec["prose_wrong"]
    prose = [prose_growth(v, ["连接的工业设备/产品/产线种类及数量（台/套）", "注册企业用户数（个）"])
             + f"实际服务企业数达{comma(said)}家，较上年申报的{comma(last_served)}家增长{(said / last_served - 1) * 100:.2f}%。"
             + "公有云接入设备与活跃开发者数较上年有所减少，主要因部分用户将设备迁移至私有云部署及清理长期未活跃账号。"]
    v_last = dict(v["last"])
    v_last.pop("实际服务企业数（个）")
    v["last"] = v_last
    write_narr_pdf(pk, "附件3_申报书_宝武装备.pdf", narrative_blocks(pk, True, prose7=prose))
    write_summary_docx(pk, "附件4_平台基本情况汇总表.docx")
    write_commit_scan(pk, "附件5_真实性承诺_盖章.pdf", 2207)
    pk.layout = ["naming:underscore", "evidence_dir:附件3_证明材料", "form:docx+scan", "narrative:pdf", "chapter7:table+prose",
                 "audit_columns:2023/2022/2021", "stats:xlsx-上年/本年", "figures_fell:公有云设备/活跃开发者", "ip:xlsx",
                 "screenshot:pdf-image-2024", "result_letter:scan", "summary:docx", "commitment:scan", "vc:是"]
    pk.problem(1, "declared_vs_evidence", ["开发者注册总数（个）"], [form_rel, files["stats"]], "error",
               f"申报表填报开发者注册总数 {v['developers']} 个，与运营统计表“上年（2023年6月）”列一致；“本年（2024年6月）”列为 {v['developers_evidence']} 个，"
               f"申报值取自上年列，未按填报指引填写截至填表日的数量（第七章对比表亦据此写为“持平”）")
    pk.problem(2, "narrative_vs_form", ["实际服务企业数（个）"], ["附件3_申报书_宝武装备.pdf", form_rel], "warning",
               f"申报书第七章称“实际服务企业数达{comma(said)}家，较上年申报的{comma(last_served)}家增长{(said / last_served - 1) * 100:.2f}%”，"
               f"申报表填报实际服务企业数 {comma(v['served'])}（较上年申报实际增长{(v['served'] / last_served - 1) * 100:.2f}%），运营统计表本年数与截图亦为 {comma(v['served'])}")


BUILDERS = {"h40_p1_sijian_clean": build_p1, "h40_p2_711_problems": build_p2,
            "h40_p3_hemudu_problems": build_p3, "h40_p4_baowu_problems": build_p4}

DESCRIPTIONS = {
    "h40_p1_sijian_clean": "序号12 建工四建BIM平台（2023参评=是），完全一致的干净包：申报书第七章含“2023年申报值/2024年申报值/变化”对比表与增长说明（活跃开发者、合作平台数下降并有说明），审计报告2023/2022两列，上年度专项审计报告一并附上（证明2021/2022营收），资源统计表截至2023年6月/截至2024年6月两列，2023年度评价结果告知函（扫描件），2024年驾驶舱截图。",
    "h40_p2_711_problems": "序号8 七一一所船舶动力运维平台（2023参评=是）：申报书无第七章；工业协议兼容适配数量取自统计表“上年”列；平台运行截图为2023-06-30的上年截图。申报表为XLSX+盖章扫描件，申报书PDF，汇总表DOCX，承诺DOCX。",
    "h40_p3_hemudu_problems": "序号20 河姆渡电商平台（2023参评=是）：第七章对比表“注册企业用户数”2024年申报值与申报表不一致；2023年增长率按上年申报的2022年营收（重述前）计算；研发投入仅以上年度（2022年度）研发专项审计报告为证（扫描件）。",
    "h40_p4_baowu_problems": "序号22 宝武装备设备远程运维平台（2023参评=是）：开发者注册总数取自运营统计表“上年”列；第七章文字称实际服务企业数1,426家（申报表1,264）。公有云设备与活跃开发者数较上年下降（不是问题）。",
}


def build(out: Path):
    pk_root = out / "packages"
    tr_root = out / "truth"
    for d in (pk_root, tr_root):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    for spec in ALL:
        pk = Pkg(spec, pk_root)
        BUILDERS[spec["pid"]](pk)
        if spec["pid"] == "h40_p2_711_problems":
            # 软著 list starts on the page after the patent table: locate it in the built PDF
            rel = "711所-08-专利及软件著作权清单.pdf"
            texts = W.pdf_page_texts(pk.dir / rel)
            cap = f"计算机软件著作权清单（共{pk.v['softcr']}项）"
            page = next(i + 1 for i, t in enumerate(texts) if cap in t)
            pk.fact("平台核心软硬件技术获得的软著数量（个）", str(pk.v["softcr"]), "项", pk.v["softcr"], rel, page, cap,
                    "计算机软件著作权清单")
        v = pk.v
        truth = {
            "schema_version": 1, "package_id": spec["pid"], "description": DESCRIPTIONS[spec["pid"]],
            "path": f"{REL}/{spec['pid']}", "delivery": "folder",
            "platform": {"list_no": spec["list_no"], "listed_name": spec["listed"], "company": spec["company"],
                         "declared_name": spec["platform"], "participated_2023": True},
            "layout": pk.layout, "files": dict(sorted(pk.files.items())), "secrets": [v["password"]],
            "summary_rows": [{"label": lab, "value": val, "normalized": n} for lab, val, n in summary_rows(v)],
            "evidence_facts": pk.facts, "problems": pk.problems,
        }
        t = PackageTruth.model_validate(truth)
        (tr_root / f"{spec['pid']}.json").write_text(dump_truth(t), encoding="utf-8")
        print(spec["pid"], len(pk.files), "files", len(pk.facts), "facts", len(pk.problems), "problems")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=HERE)
    build(ap.parse_args().out)
