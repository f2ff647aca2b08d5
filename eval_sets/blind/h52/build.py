"""Build blind set h52 (numbers and words written in many ways): packages/ and truth/.

    /work/main/.venv/bin/python eval_sets/blind/h52/build.py [--out DIR]

Deterministic: fixed seeds, reportlab invariant=1, DOCX/XLSX re-zipped with fixed dates and core properties.
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))

from openpyxl import Workbook  # noqa: E402

import writers as W  # noqa: E402
from lib import (A4_LABELS, FORM_ROWS, bd_text, c2, cn, cn_date, comma, f2, fw, sep)  # noqa: E402
from model import audit, synth  # noqa: E402
from texts import effect, form_texts, intro  # noqa: E402

REPO_REL = "eval_sets/blind/h52/packages"

# --------------------------------------------------------------------------- value display


def num(v, style: str) -> str:
    if isinstance(v, bool):
        return "是" if v else "否"
    if isinstance(v, int):
        s = {"ascii": comma(v), "plain": str(v), "space": sep(v, " "), "fw": fw(comma(v)), "fwplain": fw(str(v))}[style]
        return s
    s = {"ascii": c2(v), "plain": f2(v), "space": f2(v), "fw": fw(c2(v)), "fwplain": fw(f2(v))}[style]
    return s


def growth_text(g: dict, style: str, rate_words: dict | None = None) -> str:
    parts = []
    for y in ("2021", "2022", "2023"):
        rate = (rate_words or {}).get(y) or (num(g[f"{y}年增长率（%）"], style) + ("％" if style.startswith("fw") else "%"))
        parts.append(f"{y}年平台营收{num(g[f'{y}年平台营收（万元）'], style)}万元/增长率{rate}")
    return "；".join(parts)


def orders_text(o: dict, style: str) -> str:
    return f"2023年自然年：{num(o['2023年自然年'], style)}个；截至填表日前一年：{num(o['截至填表日前一年'], style)}个"


def yes_texts(meta: dict, N: dict) -> dict:
    return {
        "平台是否建立安全管理体系": f"是，《{meta['short']}平台信息安全管理办法》（{meta['code']}-AQ-07，2022年3月）；"
                         f"《平台数据安全管理规定》（{meta['code']}-AQ-11，2023年5月）",
        "有否定期开展第三方安全测试/测评": "是，每年一次（委托第三方测评机构开展等保测评与渗透测试）",
        "有否定期进行安全扫描": "是，每月一次",
        "企业是否已上市或已获得VC/PE投资": "是，2021年完成B轮融资" if N["企业是否已上市或已获得VC/PE投资"] else "否",
        "平台是否有自研形成的核心技术突破": "是，自研多协议设备接入网关与供应链智能匹配引擎，接入时延、匹配准确率等关键指标达到国内同类平台先进水平。",
        "平台是否具备碳管理服务能力": ("是，提供碳核算、碳足迹与碳排放监测服务，服务钢铁、机械等行业用户。"
                             if N["平台是否具备碳管理服务能力"] else "否"),
        "平台是否融合使用国家标识解析系统": "是，接入国家工业互联网标识解析二级节点，用于产品与设备追溯。",
        "数据分析平台均速度（每TB分级/秒级/毫秒级）": "秒级（单TB聚合分析平均约4.1秒）",
        "平台开放共享数据的形式及数量": meta["open_data"],
    }


def review_value(label: str, N: dict, meta: dict) -> tuple[str, object]:
    """(value a reviewer writes, normalized) for one 附件4 row, from the declared values."""
    special = {
        "序号": (str(meta["list_no"]), meta["list_no"]),
        "企业名称": (meta["company"], meta["company"]),
        "平台名称": (meta["declared_name"], meta["declared_name"]),
        "平台性质": (meta["nature"], meta["nature"]),
        "联系人姓名": (meta["contact"], meta["contact"]),
        "联系人手机号": (meta["phone"], meta["phone"]),
        "联系人电子邮箱": (meta["email"], meta["email"]),
        "评审会现场地址信息": (meta["address"], meta["address"]),
        "平台网址": (meta["url"], meta["url"]),
        "建设时间": (meta["build_period"], meta["build_period"]),
        "平台建设方式": (meta["build_mode"], meta["build_mode"]),
        "平台运营模式": (meta["op_mode"], meta["op_mode"]),
        "部署方式": (meta["deploy"], meta["deploy"]),
    }
    if label in special:
        return special[label]
    if label == "平台开放共享数据的形式及数量":
        return meta["open_data"], meta["open_data"]
    v = N[label]
    if label == "平台近三年经营指标情况":
        return growth_text(v, "plain"), v
    if label == "平台订单数量(近一年总量)（个）":
        return orders_text(v, "plain"), v
    if label == "平台是否服务上海智能工厂，数量":
        return f"是，{v}家", v
    if label == "数据分析平台均速度（每TB分级/秒级/毫秒级）":
        return "秒级（单TB聚合分析平均约4.1秒）", "秒级"
    if label == "平台开放共享数据的形式及数量":
        return meta["open_data"], meta["open_data"]
    if isinstance(v, bool):
        return ("是" if v else "否"), v
    if isinstance(v, dict):
        return (bd_text(v), v) if v else ("无", None)
    if isinstance(v, float):
        return f2(v), v
    if isinstance(v, str):
        return v, v
    return str(v), v


def form_cells(N: dict, meta: dict, style: str, cn_small: set[str] = frozenset()) -> dict:
    """The 平台实际情况 column as the applicant typed it."""
    F = dict(form_texts(meta["declared_name"], meta["short"], meta["industry"]))
    yt = yes_texts(meta, N)
    pct = "％" if style.startswith("fw") else "%"
    for _l1, _l2, _l3, _content, key in FORM_ROWS:
        if key.startswith("T:"):
            continue
        if key in yt:
            F[key] = yt[key]
            continue
        v = N[key]
        if key == "平台订单数量(近一年总量)（个）":
            F[key] = orders_text(v, style)
        elif key == "平台是否服务上海智能工厂，数量":
            F[key] = f"是，共{cn(v)}家：" + "、".join(meta["factories"][:v])
        elif isinstance(v, dict):
            F[key] = bd_text(v, lambda x: num(x, style)) if v else "无"
        elif key in cn_small:
            unit = "项" if "（项）" in key else ("人" if "（人）" in key else "个")
            F[key] = cn(v) + unit
        elif "（%）" in key:
            F[key] = num(v, style) + pct
        elif isinstance(v, (int, float)):
            F[key] = num(v, style)
        else:
            F[key] = str(v)
    return F


def summary_cells(N: dict, meta: dict, style: str) -> list[tuple[str, str]]:
    rows = []
    for label in A4_LABELS:
        value, norm = review_value(label, N, meta)
        if label == "平台近三年经营指标情况":
            value = growth_text(N[label], style)
        elif label == "平台订单数量(近一年总量)（个）":
            value = orders_text(N[label], style)
        elif isinstance(N.get(label), dict):
            value = bd_text(norm, lambda x: num(x, style)) if norm else "无"
        elif isinstance(norm, bool):
            value = "是" if norm else "否"
        elif label == "序号":
            value = num(norm, "fwplain" if style.startswith("fw") else "plain")
        elif label == "平台是否服务上海智能工厂，数量":
            value = f"是，{num(norm, 'fwplain' if style.startswith('fw') else 'plain')}家"
        elif isinstance(norm, (int, float)) and not isinstance(norm, bool):
            value = num(norm, style)
        rows.append((label, value))
    return rows


# --------------------------------------------------------------------------- shared evidence writers


def audit_pdf(path: Path, meta: dict, rev3: tuple, rd: float, profit_txt: str, extra: list[str],
              note: bool = True) -> dict:
    """Audit report: cover, opinion + 合并利润表 (元, △ for decreases), platform note (万元). Returns pages."""
    pdf = W.Pdf(path)
    pdf.space(120)
    pdf.text(f"{meta['company']}", 18, center=True)
    pdf.text("2023年度审计报告", 22, center=True)
    pdf.space(40)
    pdf.text(f"{meta['auditor']}审（2024）第{meta['audit_no']}号", 12, center=True)
    pdf.space(260)
    pdf.text(meta["auditor"], 12, center=True)
    pdf.text(cn_date(2024, 3, 28), 12, center=True)
    pdf.page()
    pdf.text("审计意见", 14)
    pdf.text(f"我们审计了{meta['company']}财务报表，包括2023年12月31日的合并资产负债表，2023年度的合并利润表、"
             "合并现金流量表、合并所有者权益变动表以及相关财务报表附注。我们认为，后附的财务报表在所有重大方面按照企业"
             "会计准则的规定编制，公允反映了公司2023年12月31日的合并财务状况以及2023年度的合并经营成果。", 10.5)
    pdf.space(8)
    pdf.text("合并利润表", 14, center=True)
    pdf.text("编制单位：" + meta["company"] + "        2023年度        单位：元", 9)
    co = meta["co_pl"]  # list of (item, this, last)
    rows = [["项目", "本期金额", "上期金额", "增减额"]]
    for item, a, b in co:
        def money(x):
            return f"({c2(-x)})" if x < 0 else c2(x)
        d = a - b
        rows.append([item, money(a), money(b), ("△" + c2(-d)) if d < 0 else c2(d)])
    pdf.table(rows, [170, 110, 110, 100], 9)
    pdf.text("注：括号内金额为负数；“△”表示较上期减少。", 9)
    pages = {"pl": pdf.pages}
    if note:
        pdf.page()
        pdf.text("财务报表附注（节选）", 14)
        pdf.text(f"十二、平台业务专项说明——{meta['declared_name']}", 12)
        pdf.text("公司按平台直接订阅服务及通过平台服务取得的收入单独核算平台业务，相关成本费用按工时及资源占用比例分摊。", 10.5)
        pdf.text("单位：人民币万元", 9)
        pdf.table([["项目", "2021年度", "2022年度", "2023年度"],
                   ["平台相关营业收入", c2(rev3[0]), c2(rev3[1]), c2(rev3[2])],
                   ["平台相关研发投入", "—", "—", c2(rd)],
                   ["平台利润总额", "—", "—", profit_txt]], [170, 110, 110, 110], 9.5)
        for s in extra:
            pdf.text(s, 10.5)
        pages["note"] = pdf.pages
    pdf.save()
    return pages


def letter_pdf(path: Path, meta: dict, body: list[str], date_txt: str) -> None:
    pdf = W.Pdf(path)
    pdf.space(30)
    pdf.text("平台用户服务情况说明", 18, center=True)
    pdf.space(20)
    for s in body:
        pdf.text(s, 11.5, gap=1.9)
    pdf.space(40)
    pdf.text(f"{meta['company']}", 11.5, x=330)
    pdf.text(date_txt, 11.5, x=330)
    pdf.save()


def ip_list_pdf(path: Path, meta: dict, sections: list[tuple[str, str, list[list[str]]]], widths) -> dict:
    """sections: (heading, total caption, rows). Returns {heading: page of its total caption}."""
    pdf = W.Pdf(path)
    pdf.text(f"{meta['company']}  知识产权清单 Intellectual Property List", 13, center=True)
    pdf.space(6)
    where = {}
    for heading, total, rows in sections:
        if pdf.y < 160:
            pdf.page()
        pdf.text(heading, 12)
        where[heading] = pdf.pages
        pdf.table(rows, widths, 8.5, align=["c", "l", "l", "c"])
        pdf.text(total, 10.5)
        where[total] = pdf.pages
        pdf.space(8)
    pdf.save()
    return where


def ip_rows(n: int, kind: str, prefix: str, rng: random.Random, lang: str, date_style: str) -> list[list[str]]:
    topics_zh = ["设备远程监测方法", "工业数据采集网关", "供应链协同调度系统", "设备健康评估方法", "订单智能匹配方法",
                 "边缘计算节点管理系统", "工业APP低代码开发平台", "能耗分析系统", "质量追溯方法", "库存优化系统"]
    topics_en = ["Remote equipment monitoring method", "Industrial data acquisition gateway",
                 "Supply-chain collaborative scheduling system", "Equipment health assessment method",
                 "Intelligent order matching method", "Edge node management system", "Low-code industrial APP platform",
                 "Energy consumption analysis system", "Quality traceability method", "Inventory optimisation system"]
    if lang == "en":
        head = ["序号 No.", "名称 Title", "登记号 Reg. No.", "日期 Date"]
    else:
        head = ["序号", "名称", "专利号/登记号", "授权/登记日期"]
    rows = [head]
    for i in range(n):
        y, m, d = rng.choice([2019, 2020, 2021, 2022, 2023]), rng.randint(1, 12), rng.randint(1, 28)
        date = {"dot": f"{y}.{m}.{d}", "slash": f"{y % 100:02d}/{m:02d}/{d:02d}", "cn": f"{y}年{m}月{d}日"}[date_style]
        topic = (topics_en if lang == "en" else topics_zh)[i % 10]
        if kind == "patent":
            reg = f"ZL{y}1{rng.randint(1000000, 9999999)}.{rng.randint(0, 9)}"
        else:
            reg = f"{y}SR{rng.randint(100000, 999999):07d}"
        title = f"{topic} {'V' + str(1 + i % 4) + '.0' if kind != 'patent' else ''}".strip()
        if lang != "en":
            title = f"{prefix}{title}"
        rows.append([str(i + 1), title, reg, date])
    return rows


def device_rows(N: dict) -> list[tuple[str, int, int, int]]:
    a = N["按二级分类统计工业设备数量（台/套）"]
    b = N["按二级分类统计公有云工业设备数量（台/套）"]
    c = N["按二级分类统计公有云工业设备平均日运行数量（台/套）"]
    return [(k, a[k], b[k], c[k]) for k in a]


# --------------------------------------------------------------------------- facts / truth


class Facts(list):
    def add(self, label, value, unit, normalized, file, page, quote, row_label="", column_label="", component="",
            image_only=False):
        self.append(dict(label=label, value=value, unit=unit, normalized=normalized, file=file, page=page, quote=quote,
                         row_label=row_label, column_label=column_label, component=component, image_only=image_only))


def write_truth(out: Path, pid: str, desc: str, meta: dict, layout: list[str], files: dict, N: dict,
                facts: Facts, problems: list[dict], secrets: list[str], review_over: dict | None = None) -> None:
    rows = []
    for label in A4_LABELS:
        value, norm = review_value(label, N, meta)
        if review_over and label in review_over:
            value, norm = review_over[label]
        rows.append({"label": label, "value": value, "normalized": norm})
    truth = {
        "schema_version": 1, "package_id": pid, "description": desc, "path": f"{REPO_REL}/{pid}",
        "delivery": "folder",
        "platform": {"list_no": meta["list_no"], "listed_name": meta["listed_name"], "company": meta["company"],
                     "declared_name": meta["declared_name"], "participated_2023": meta["p2023"]},
        "layout": layout, "files": files, "secrets": secrets, "summary_rows": rows,
        "evidence_facts": list(facts), "problems": problems,
    }
    (out / "truth").mkdir(parents=True, exist_ok=True)
    (out / "truth" / f"{pid}.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def company_rows(meta: dict, style: str) -> list[tuple[str, str]]:
    co = meta["co"]
    return [("单位（企业）名称", meta["company"]), ("单位（企业）代码", meta["uscc"]), ("成立日期", meta["founded"]),
            ("注册地及所在行政区", meta["reg_addr"]), ("企业类型", meta["co_type"]), ("注册资本", meta["capital"]),
            ("主营业务", meta["business"]), ("法定代表人", meta["legal"]), ("联系人", meta["contact"]),
            ("职务", meta["contact_title"]), ("联系人手机", meta["phone"]), ("传真", "/"), ("电子邮箱", meta["email"]),
            ("股权结构（发起人及出资信息/金额/持股比例）", meta["equity"]),
            ("总资产（万元）", num(co[0], style)), ("主营业务收入（万元）", num(co[1], style)),
            ("主营业务收入增长率（%）", num(co[2], style)), ("负债率（%）", num(co[3], style)),
            ("利润总额（万元）", num(co[4], style)), ("税金（万元）", num(co[5], style))]


def platform_rows(meta: dict, N: dict, style: str, growth: str | None = None) -> list[tuple[str, str]]:
    return [("平台名称", meta["declared_name"]), ("建设时间", meta["build_text"]),
            ("平台建设金额（万元）", num(N["平台建设金额（万元）"], style)),
            ("平台近三年经营指标情况", growth or growth_text(N["平台近三年经营指标情况"], style)),
            ("平台建设方式", "☑自建  □合作共建" if meta["build_mode"] == "自建" else meta["build_mode"]),
            ("平台运营模式", "☑" + meta["op_mode"]), ("IaaS基础设施", meta["iaas"]),
            ("部署方式", "☑" + meta["deploy"].replace("、", " ☑")),
            ("平台网址", f"{meta['url']}（演示账号：{meta['account']}  密码：{meta['password']}）"),
            ("平台基本情况介绍", intro(meta["declared_name"], meta["company"], meta["nature"])),
            ("平台建设成效", effect())]


def base_meta(**kw) -> dict:
    m = dict(
        nature="行业型工业互联网平台", build_mode="自建", op_mode="自运营", deploy="私有云、公有云、混合云",
        iaas="☑租用，服务商名称：阿里云计算有限公司", contact_title="数字化部经理", author="user",
        auditor="立信众和会计师事务所（特殊普通合伙）", audit_no="ZH2024-0318",
        open_data="以API接口和行业数据集形式开放：开放API接口124个、行业数据集7个",
        factories=["宝山区某钢管智能工厂", "嘉定区某汽车零部件智能工厂", "松江区某装备智能工厂",
                   "金山区某化工智能工厂", "闵行区某电气智能工厂"],
    )
    m.update(kw)
    return m


def proof_map(names: dict) -> dict:
    """Proof column: indicator key → attachment reference."""
    out = {}
    for key, ref in names.items():
        for k in key.split("|"):
            out[k] = ref
    return out


# --------------------------------------------------------------------------- package 1: clean (序号16)


def pkg_ouyeyun(out: Path) -> None:
    pid = "h52_ouyeyun_clean"
    root = out / "packages" / pid
    rng = random.Random(5216)
    meta = base_meta(
        list_no=16, listed_name="欧冶云商生态运营平台", company="欧冶云商股份有限公司", declared_name="欧冶云商生态运营平台",
        p2023=True, short="欧冶云商", code="OYYS", industry="钢铁行业", contact="沈立峰", phone="13917624850",
        email="shenlf@ouyeel-demo.example.com", contact2="顾晓雯", phone2="13901758342", email2="guxw@ouyeel-demo.example.com",
        address="上海市宝山区漠河路600号东方钢铁在线大厦12楼1号会议室", url="https://eco.ouyeel-demo.example.com",
        account="sheitc_review", password="Oy#2024Eval", build_text="二〇一九年三月至二〇二三年十二月",
        build_period="2019.03-2023.12", legal="陈建平", form_date=cn_date(2024, 7, 12), commit_date=cn_date(2024, 7, 12),
        uscc="91310000MA1FL0XY2K", founded="2015年2月", reg_addr="上海市宝山区", co_type="股份有限公司（非上市）",
        capital="100,000万元", business="钢铁产业链电子商务、物流、加工及数据服务", equity="宝武集团等：略",
        co=(386420.55, 512380.26, 6.85, 48.62, 18624.30, 5238.66), author="沈立峰",
        co_pl=[("一、营业总收入", 5123802600.00, 4795312400.00), ("减：营业成本", 4862300150.00, 4566010280.00),
               ("研发费用", 96420350.00, 88210460.00), ("财务费用", -12630450.00, -9821300.00),
               ("二、营业利润", 184260310.00, 191543280.00), ("三、利润总额", 186243000.00, 192870150.00)],
    )
    P = dict(invest=12800.00, rev=(7236.80, 7805.12, 8642.35), g21=14.26, rd=1536.48, profit=1108.60, team=214,
             devices=12460, pub_devices=5380, run_devices=3912, overseas={"越南Vietnam": 146, "泰国Thailand": 92},
             dev_cats=["冶炼设备", "物流设备", "机床", "动力设备", "仪器仪表", "工程机械"],
             regions=["上海", "江苏", "浙江", "湖北", "广东", "山东", "河北", "安徽"], protocols=168, apps=356, other_sw=48,
             industries=["黑色金属", "有色金属", "机械", "汽车", "建材", "船舶"], killer_online=2140, killer_income=36.85,
             cloud=186.50, storage=(1200.00, 684.36), models=218, model_users=512, micro=964, devs=12960,
             users=(2318, 1876), local=1204, svc_regions=["江苏", "浙江", "湖北", "广东", "安徽"], paying=642,
             orders=(46820, 49315), trade_growth=18.42, subs=4862, sub_amount=1862.40, util=76.35, domestic=86.00,
             factories=4, parks=11, solutions=30, listed=True, rates=(17.26, 8.94, 20.15), indices=5, patents=38,
             copyrights=45, carbon=True, awards=6, jobs=385, social=21.36, partners=9)
    N = synth(1601, P)
    assert not audit(N), audit(N)
    style = "fw"
    F = form_cells(N, meta, style, cn_small={"杀手锏APP数量（个）", "平台服务园区总数（个）", "合作平台数量（个）",
                                             "平台现有特色指数（个）", "平台获得省部级及以上奖项/荣誉数量（个）"})
    F["连接的工业设备/产品/产线种类及数量（台/套）"] = fw(comma(N["连接的工业设备/产品/产线种类及数量（台/套）"])) + "台（套）"
    F["平台相关营业收入（万元）"] = fw(c2(8642.35))
    ev = "附件3 证明材料"
    files = {
        "附件1 联系人信息反馈表.docx": "联系人表",
        "附件2 申报表（欧冶云商）.docx": "申报表",
        "附件2 申报表（欧冶云商）-盖章扫描件.pdf": "申报表扫描件",
        "附件3 申报书（欧冶云商）.docx": "申报书",
        f"{ev}/3-1 2023年度审计报告（含平台业务专项说明）.pdf": "evidence:audit_report",
        f"{ev}/3-2 平台接入设备统计表.xlsx": "evidence:device_list",
        f"{ev}/3-3 知识产权清单 IP List.pdf": "evidence:patent_list",
        f"{ev}/3-4 平台用户服务情况说明.pdf": "evidence:other",
        f"{ev}/3-5 平台运行数据截图.png": "evidence:screenshot",
        f"{ev}/3-6 省部级及以上荣誉清单.xlsx": "evidence:award_list",
        "附件4 平台基本情况汇总表.docx": "汇总表",
        "附件5 真实性承诺（盖章）.pdf": "承诺",
    }
    k = list(files)
    pk = {"meta": meta, "form": F, "company_rows": company_rows(meta, style),
          "platform_rows": platform_rows(meta, N, style), "font": "仿宋",
          "proof": proof_map({
              "平台相关研发投入（万元）|平台相关研发投入强度（%）|平台相关营业收入（万元）|平台利润率（%）|投资回报率（%）":
                  "附件3-1 审计报告 第3页 平台业务专项说明",
              "连接的工业设备/产品/产线种类及数量（台/套）|公有云工业设备连接数量（台/套）|公有云工业设备平均日运行数量（台/套）|"
              "海外设备连接数量（台/套）|按二级分类统计工业设备数量（台/套）|按海外国家分类统计海外设备连接数量（台/套）":
                  "附件3-2 平台接入设备统计表",
              "平台核心软硬件技术获得的专利数量（项）|平台核心软硬件技术获得的软著数量（个）": "附件3-3 知识产权清单",
              "注册企业用户数（个）|实际服务企业数（个）|付费企业数（个）|服务本市企业数量（个）|服务中小企业数量（个）":
                  "附件3-4 平台用户服务情况说明",
              "开发者注册总数（个）|工业APP数量（个）|微服务数量（个）|工业机理模型数量（个）": "附件3-5 平台运行数据截图",
              "平台获得省部级及以上奖项/荣誉数量（个）": "附件3-6 荣誉清单",
          })}
    W.contact_docx(root / k[0], pk)
    W.form_docx(root / k[1], pk)
    W.form_scan(root / k[2], pk, random.Random(11))
    g = N["平台近三年经营指标情况"]
    chapters = [
        ("一、申报单位简介", [f"{meta['company']}成立于二〇一五年二月，是钢铁产业链服务平台企业，2023年度实现营业总收入约51.24亿元。"]),
        ("二、平台建设及运营情况", [
            f"{meta['declared_name']}于二〇一九年三月启动建设，二〇二三年十二月完成主体建设，累计投入一点二八亿元。",
            f"截至二〇二四年六月底，平台已接入各类工业设备1.2万余台（套），上架工业APP三百五十六个，注册企业用户两千余家，"
            f"实际服务企业近一千九百家，其中本市企业一千二百零四家。",
            "总结：平台以自主可控的设备接入与供应链协同引擎为核心，关键指标处于国内同类平台前列。"]),
        ("三、平台应用成效", [f"2023年平台相关营业收入约0.86亿元，同比增长百分之十点七三；累计获得授权专利三十八项、软件著作权四十五项。",
                         "总结：平台推动钢铁供应链协同与设备数字化运维。"]),
        ("四、平台下一步发展计划", ["持续深化工业APP与模型能力建设，拓展长三角区域服务。"]),
        ("五、平台应用案例", ["案例1：欧冶云商生态运营平台——钢材加工配送协同", "企业简介：某钢材加工配送企业。",
                         "案例实际内容简介：通过平台实现订单、加工与物流协同，交付周期缩短约15%。"]),
        ("六、附件及其他说明材料", ["附件3-1 2023年度审计报告（含平台业务专项说明）", "附件3-2 平台接入设备统计表",
                             "附件3-3 知识产权清单 IP List", "附件3-4 平台用户服务情况说明", "附件3-5 平台运行数据截图",
                             "附件3-6 省部级及以上荣誉清单"]),
        ("七、平台相较上年度对比情况", [
            "自二〇二三年七月至今，平台接入设备由约0.98万台（套）增至12,460台（套），工业APP由二百八十余个增至三百五十六个，"
            "新增供应链金融与碳足迹功能模块。"]),
    ]
    assert abs(round((g["2023年平台营收（万元）"] / g["2022年平台营收（万元）"] - 1) * 100, 2) - 10.73) < 0.006
    pk["chapters"] = chapters
    W.narrative_docx(root / k[3], pk)
    facts = Facts()
    # 3-1 audit
    pages = audit_pdf(root / k[4], meta, P["rev"], P["rd"], c2(P["profit"]),
                      [f"2023年度平台相关营业收入合计{c2(8642.35)}万元（约0.86亿元），较上年增长百分之十点七三。"])
    f, pg = k[4], pages["note"]
    facts.add("平台相关营业收入（万元）", "8,642.35", "万元", 8642.35, f, pg, "8,642.35", "平台相关营业收入", "2023年度")
    facts.add("平台近三年经营指标情况", "7,236.80", "万元", 7236.80, f, pg, "7,236.80", "平台相关营业收入", "2021年度",
              "2021年平台营收（万元）")
    facts.add("平台近三年经营指标情况", "7,805.12", "万元", 7805.12, f, pg, "7,805.12", "平台相关营业收入", "2022年度",
              "2022年平台营收（万元）")
    facts.add("平台相关研发投入（万元）", "1,536.48", "万元", 1536.48, f, pg, "1,536.48", "平台相关研发投入", "2023年度")
    facts.add("平台利润率（%）", "1,108.60", "万元", 1108.60, f, pg, "1,108.60", "平台利润总额", "2023年度", "平台利润总额（万元）")
    facts.add("投资回报率（%）", "1,108.60", "万元", 1108.60, f, pg, "1,108.60", "平台利润总额", "2023年度", "平台年利润（万元）")
    # 3-2 device list xlsx: space separators, English units
    wb = Workbook()
    ws = wb.active
    ws.title = "按设备类别 By category"
    ws.append(["平台接入设备统计表（截至2024.6.30）"])
    ws.append(["设备类别（附录A）", "接入数量 (sets)", "其中公有云 (sets)", "公有云日均运行 (sets)"])
    for cat, a, b, c in device_rows(N):
        ws.append([cat, sep(a, " "), sep(b, " "), sep(c, " ")])
    tot = ("合计 Total", sep(12460, " "), sep(5380, " "), sep(3912, " "))
    ws.append(list(tot))
    ws2 = wb.create_sheet("海外 Overseas")
    ws2.append(["国家 Country", "接入数量 (units)"])
    for kk, vv in N["按海外国家分类统计海外设备连接数量（台/套）"].items():
        ws2.append([kk, str(vv)])
    ws2.append(["合计 Total", "238 units"])
    ws3 = wb.create_sheet("按区域 By region")
    ws3.append(["区域", "接入数量 (sets)", "公有云 (sets)", "日均运行 (sets)"])
    for kk in N["按省市区域统计工业设备数量（台/套）"]:
        ws3.append([kk, sep(N["按省市区域统计工业设备数量（台/套）"][kk], " "),
                    sep(N["按省市区域统计公有云工业设备数量（台/套）"][kk], " "),
                    sep(N["按省市区域统计公有云工业设备平均日运行数量（台/套）"][kk], " ")])
    W.save_wb(wb, root / k[5], "设备运维部")
    f = k[5]
    facts.add("连接的工业设备/产品/产线种类及数量（台/套）", "12 460", "sets", 12460, f, 1, "12 460", "合计 Total", "接入数量 (sets)")
    facts.add("公有云工业设备连接数量（台/套）", "5 380", "sets", 5380, f, 1, "5 380", "合计 Total", "其中公有云 (sets)")
    facts.add("公有云工业设备平均日运行数量（台/套）", "3 912", "sets", 3912, f, 1, "3 912", "合计 Total", "公有云日均运行 (sets)")
    facts.add("海外设备连接数量（台/套）", "238 units", "units", 238, f, 2, "238 units", "合计 Total", "接入数量 (units)")
    # 3-3 IP list English with Chinese headers
    r = random.Random(33)
    where = ip_list_pdf(root / k[6], meta, [
        ("一、发明专利 Patents", "专利合计 Total: 38 items", ip_rows(38, "patent", "", r, "en", "dot")),
        ("二、软件著作权 Software Copyrights", "软著合计 Total: 45 items", ip_rows(45, "sw", "", r, "en", "slash"))],
        [50, 250, 130, 70])
    facts.add("平台核心软硬件技术获得的专利数量（项）", "38 items", "项", 38, k[6], where["专利合计 Total: 38 items"],
              "Total: 38 items", "专利合计", "")
    facts.add("平台核心软硬件技术获得的软著数量（个）", "45 items", "项", 45, k[6], where["软著合计 Total: 45 items"],
              "Total: 45 items", "软著合计", "")
    # 3-4 letter with Chinese numerals
    body = [f"截至二〇二四年六月三十日，{meta['declared_name']}注册企业用户共计两千三百一十八家，其中实际服务企业一千八百七十六家，"
            f"付费企业六百四十二家。",
            f"实际服务企业中，本市企业一千二百零四家，中小企业{cn(N['服务中小企业数量（个）'])}家。",
            "上述数据取自平台运营管理后台，已剔除配套商及仅注册未使用的账号。特此说明。"]
    assert N["服务中小企业数量（个）"] == 1519
    letter_pdf(root / k[7], meta, body, "二〇二四年七月十日")
    f = k[7]
    facts.add("注册企业用户数（个）", "两千三百一十八", "家", 2318, f, 1, "注册企业用户共计两千三百一十八家", "注册企业用户")
    facts.add("实际服务企业数（个）", "一千八百七十六", "家", 1876, f, 1, "实际服务企业一千八百七十六家", "实际服务企业")
    facts.add("付费企业数（个）", "六百四十二", "家", 642, f, 1, "付费企业六百四十二家", "付费企业")
    facts.add("服务本市企业数量（个）", "一千二百零四", "家", 1204, f, 1, "本市企业一千二百零四家", "本市企业")
    facts.add("服务中小企业数量（个）", "一千五百一十九", "家", 1519, f, 1, "中小企业一千五百一十九家", "中小企业")
    # 3-5 screenshot
    W.dashboard_png(root / k[8], "欧冶云商生态运营平台 · 运营驾驶舱",
                    [("设备接入总量（台/套）", "12 460"), ("平台注册企业（家）", "2 318"), ("上架工业APP（个）", "356"),
                     ("开发者", "1.3万"), ("微服务（个）", "964"), ("机理模型（个）", "218")], "数据截至 2024/06/30")
    f = k[8]
    for lab, cap, val, nv, unit in [("连接的工业设备/产品/产线种类及数量（台/套）", "设备接入总量（台/套）", "12 460", 12460, "台/套"),
                                    ("注册企业用户数（个）", "平台注册企业（家）", "2 318", 2318, "家"),
                                    ("工业APP数量（个）", "上架工业APP（个）", "356", 356, "个"),
                                    ("开发者注册总数（个）", "开发者", "1.3万", 13000, "个"),
                                    ("微服务数量（个）", "微服务（个）", "964", 964, "个"),
                                    ("工业机理模型数量（个）", "机理模型（个）", "218", 218, "个")]:
        facts.add(lab, val, unit, nv, f, 1, val, cap, image_only=True)
    # 3-6 awards
    wb = Workbook()
    ws = wb.active
    ws.title = "荣誉清单"
    ws.append(["序号", "奖项/荣誉名称", "获奖时间", "颁发单位"])
    aw = [("上海市工业互联网创新应用标杆", "2021年12月", "上海市经济和信息化委员会"),
          ("工业互联网平台创新领航应用案例", "2022.11", "工业和信息化部"),
          ("上海市科技进步奖三等奖", "22/12/20", "上海市人民政府"),
          ("上海市数字化转型示范场景", "二〇二三年五月", "上海市经济和信息化委员会"),
          ("工业互联网试点示范项目", "2023年底", "工业和信息化部"),
          ("上海市品牌引领示范企业", "2024.3", "上海市经济和信息化委员会")]
    for i, (a, b, c) in enumerate(aw, 1):
        ws.append([i, a, b, c])
    ws.append(["", "合计：六项", "", ""])
    W.save_wb(wb, root / k[9], "品牌部")
    facts.add("平台获得省部级及以上奖项/荣誉数量（个）", "六项", "项", 6, k[9], 1, "合计：六项", "合计")
    # 汇总表 in full-width digits, equal to the form
    W.summary_docx(root / k[10], pk, summary_cells(N, meta, "fw"))
    W.commitment_scan(root / k[11], pk, random.Random(12))
    layout = ["numbers:fullwidth-form", "numbers:chinese-small-counts", "dates:chinese-numerals", "summary:docx-fullwidth",
              "devices:xlsx-space-separators-sets", "ip_list:english+chinese-headers", "letter:chinese-numerals",
              "screenshot:png-1.3万", "audit:亿元-sentence+△+()", "awards:xlsx-合计六项", "stamped_scan", "section7"]
    write_truth(out, pid, "序号16 欧冶云商：干净包。申报表与汇总表大量使用全角数字（１２，４６０台（套）），小数目用汉字（十一个），"
                "日期写作二〇二四年七月十二日；证明材料中用户数以汉字数字书写、设备表用空格千分位与英文单位、知识产权清单英文、"
                "审计报告利润表用△与括号；申报书用约0.86亿元、1.2万余台、两千余家等概数，均与申报表一致。",
                meta, layout, files, N, facts, [], [meta["password"]])


# --------------------------------------------------------------------------- package 2: 序号24 欧贝 (3 problems)


def pkg_oubei(out: Path) -> None:
    pid = "h52_oubei_problems"
    root = out / "packages" / pid
    meta = base_meta(
        list_no=24, listed_name="欧贝平台", company="欧冶工业品股份有限公司", declared_name="欧贝平台", p2023=False,
        short="欧冶工业品", code="OYGYP", industry="工业品采购与MRO服务", contact="蒋文韬", phone="13918462705",
        email="jiangwt@obei-demo.example.com", contact2="韦佳怡", phone2="13916073529", email2="weijy@obei-demo.example.com",
        address="上海市宝山区同济路3号欧冶工业品大楼5楼501会议室", url="https://www.obei-demo.example.com", account="review2024",
        password="Obei@0712Pw", build_text="2020.1至2023.12", build_period="2020.01-2023.12", legal="王志雄",
        form_date="2024.7.12", commit_date="2024.7.12", uscc="91310113MA1GK8RT5W", founded="2020.1.8",
        reg_addr="上海市宝山区", co_type="股份有限公司", capital="150,000万元", business="工业品采购供应链服务与设备运维服务",
        equity="中国宝武钢铁集团有限公司等：略", co=(612830.40, 1248635.72, 9.43, 57.36, 21436.85, 9362.14),
        author="Administrator", deploy="公有云、混合云",
        co_pl=[("一、营业收入", 12486357200.00, 11410532600.00), ("减：营业成本", 12038260140.00, 11002168300.00),
               ("研发费用", 112638400.00, 104263210.00), ("财务费用", 8632410.00, 10264380.00),
               ("二、营业利润", 212603540.00, 198632070.00), ("三、利润总额", 214368500.00, 201846320.00)],
    )
    P = dict(invest=9600.00, rev=(4862.30, 5420.18, 6128.64), g21=21.36, rd=986.42, profit=742.15, team=168,
             devices=9372, pub_devices=6120, run_devices=4386, overseas={},
             dev_cats=["动力设备", "机床", "物流设备", "仪器仪表", "电力设备"],
             regions=["上海", "江苏", "浙江", "湖北", "广东", "山东", "新疆"], protocols=96, apps=214, other_sw=36,
             industries=["黑色金属", "机械", "石化化工", "电力、热力和燃气", "汽车", "建材"], killer_online=1286, killer_income=22.64,
             cloud=142.00, storage=(960.00, 512.40), models=136, model_users=308, micro=712, devs=4862,
             users=(1682, 1240), local=538, svc_regions=["江苏", "浙江", "湖北", "广东", "山东"], paying=496,
             orders=(128640, 134205), trade_growth=12.60, subs=3126, sub_amount=964.30, util=72.18, domestic=82.50,
             factories=3, parks=7, solutions=24, listed=False, rates=(14.62, 7.85, 16.40), indices=4, patents=26,
             copyrights=41, carbon=False, awards=4, jobs=246, social=18.72, partners=6)
    N = synth(2401, P)
    assert not audit(N), audit(N)
    N["按省市区域统计工业设备数量（台/套）"] = {k: v for k, v in N["按省市区域统计工业设备数量（台/套）"].items()}
    style = "plain"
    F = form_cells(N, meta, style)
    F["海外设备连接数量（台/套）"] = "0"
    F["按海外国家分类统计海外设备连接数量（台/套）"] = "无"
    F["平台交易规模年增长率（%）"] = "较上年提高12.6个百分点"
    ev = "证明材料"
    files = {
        "01_联系人信息反馈表.docx": "联系人表",
        "02_申报表_欧贝平台.xlsx": "申报表",
        "02_申报表_欧贝平台（盖章）.pdf": "申报表扫描件",
        "03_申报书_欧贝平台.docx": "申报书",
        f"{ev}/01_审计报告2023.pdf": "evidence:audit_report",
        f"{ev}/02_接入设备清单.pdf": "evidence:device_list",
        f"{ev}/03_专利及软著清单.xlsx": "evidence:patent_list",
        f"{ev}/04_平台服务企业情况说明.pdf": "evidence:other",
        f"{ev}/05_平台数据大屏截图.png": "evidence:screenshot",
        "04_汇总表_欧贝平台.xlsx": "汇总表",
        "05_真实性承诺.docx": "承诺",
    }
    k = list(files)
    pk = {"meta": meta, "form": F, "company_rows": company_rows(meta, "ascii"),
          "platform_rows": platform_rows(meta, N, "ascii"),
          "proof": proof_map({
              "平台相关研发投入（万元）|平台相关营业收入（万元）|平台利润率（%）": "证明材料01 审计报告 第3页",
              "连接的工业设备/产品/产线种类及数量（台/套）|公有云工业设备连接数量（台/套）|公有云工业设备平均日运行数量（台/套）":
                  "证明材料02 接入设备清单",
              "平台核心软硬件技术获得的专利数量（项）|平台核心软硬件技术获得的软著数量（个）": "证明材料03 专利及软著清单",
              "注册企业用户数（个）|实际服务企业数（个）|付费企业数（个）|服务本市企业数量（个）": "证明材料04 服务企业情况说明",
              "工业APP数量（个）|开发者注册总数（个）|微服务数量（个）|工业机理模型数量（个）": "证明材料05 平台数据大屏截图",
          })}
    W.contact_docx(root / k[0], pk)
    W.form_xlsx(root / k[1], pk)
    W.form_scan(root / k[2], pk, random.Random(21))
    pk["chapters"] = [
        ("一、申报单位简介", [f"{meta['company']}成立于2020年1月，2023年营业收入124.86亿元。"]),
        ("二、平台建设及运营情况", [f"{meta['declared_name']}面向工业品采购与MRO服务，截至2024年6月底接入设备9,372台（套），"
                             "注册企业用户1,682家。", "总结：平台以供应链协同为核心能力。"]),
        ("三、平台应用成效", ["2023年平台交易规模继续增长，订单量超过12.8万单。", "总结：平台带动工业品集采降本。"]),
        ("四、平台下一步发展计划", ["拓展设备运维服务与海外采购。"]),
        ("五、平台应用案例", ["案例1：欧贝平台——钢铁企业备件集采", "案例实际内容简介：备件库存下降约12%。"]),
        ("六、附件及其他说明材料", ["证明材料01 审计报告2023", "证明材料02 接入设备清单", "证明材料03 专利及软著清单",
                             "证明材料04 平台服务企业情况说明"]),
    ]
    W.narrative_docx(root / k[3], pk)
    facts = Facts()
    pages = audit_pdf(root / k[4], meta, P["rev"], P["rd"], c2(P["profit"]), [])
    f, pg = k[4], pages["note"]
    facts.add("平台相关营业收入（万元）", "6,128.64", "万元", 6128.64, f, pg, "6,128.64", "平台相关营业收入", "2023年度")
    facts.add("平台近三年经营指标情况", "4,862.30", "万元", 4862.30, f, pg, "4,862.30", "平台相关营业收入", "2021年度",
              "2021年平台营收（万元）")
    facts.add("平台近三年经营指标情况", "5,420.18", "万元", 5420.18, f, pg, "5,420.18", "平台相关营业收入", "2022年度",
              "2022年平台营收（万元）")
    facts.add("平台相关研发投入（万元）", "986.42", "万元", 986.42, f, pg, "986.42", "平台相关研发投入", "2023年度")
    facts.add("平台利润率（%）", "742.15", "万元", 742.15, f, pg, "742.15", "平台利润总额", "2023年度", "平台利润总额（万元）")
    facts.add("投资回报率（%）", "742.15", "万元", 742.15, f, pg, "742.15", "平台利润总额", "2023年度", "平台年利润（万元）")
    # device list PDF with apostrophe separators and "units"
    pdf = W.Pdf(root / k[5], land=True)
    pdf.text("欧贝平台 接入设备清单（统计截止：24/06/30）", 14, center=True)
    rows = [["设备类别", "Connected (units)", "Public cloud (units)", "Daily running (units)"]]
    for cat, a, b, c in device_rows(N):
        rows.append([cat, sep(a, "’"), sep(b, "’"), sep(c, "’")])
    rows.append(["总计 Total", "9’372", "6’120", "4’386"])
    pdf.table(rows, [200, 160, 160, 160], 10)
    pdf.text("注：海外设备连接数量：—（无海外设备）。", 10)
    pdf.save()
    f = k[5]
    facts.add("连接的工业设备/产品/产线种类及数量（台/套）", "9’372", "units", 9372, f, 1, "9’372", "总计 Total", "Connected (units)")
    facts.add("公有云工业设备连接数量（台/套）", "6’120", "units", 6120, f, 1, "6’120", "总计 Total", "Public cloud (units)")
    facts.add("公有云工业设备平均日运行数量（台/套）", "4’386", "units", 4386, f, 1, "4’386", "总计 Total", "Daily running (units)")
    # IP list xlsx, two sheets
    wb = Workbook()
    r = random.Random(44)
    ws = wb.active
    ws.title = "专利"
    for row in ip_rows(26, "patent", "欧贝", r, "zh", "cn"):
        ws.append(row)
    ws.append(["", "合计：26项", "", ""])
    ws2 = wb.create_sheet("软件著作权")
    for row in ip_rows(41, "sw", "欧贝", r, "zh", "dot"):
        ws2.append(row)
    ws2.append(["", "合计：41项", "", ""])
    W.save_wb(wb, root / k[6], "知识产权部")
    facts.add("平台核心软硬件技术获得的专利数量（项）", "26", "项", 26, k[6], 1, "合计：26项", "合计")
    facts.add("平台核心软硬件技术获得的软著数量（个）", "41", "项", 41, k[6], 2, "合计：41项", "合计")
    # letter: 实际服务企业 written in Chinese numerals = 1204 (form 1240)
    body = [f"截至二〇二四年六月三十日，{meta['declared_name']}注册企业用户1,682家，实际服务企业一千二百零四家，"
            "其中付费企业四百九十六家、本市企业五百三十八家。",
            "以上数据已剔除仅在平台电商频道注册、未使用平台服务的采购账号。"]
    letter_pdf(root / k[7], meta, body, "2024年6月底")
    f = k[7]
    facts.add("注册企业用户数（个）", "1,682", "家", 1682, f, 1, "注册企业用户1,682家", "注册企业用户")
    facts.add("实际服务企业数（个）", "一千二百零四", "家", 1204, f, 1, "实际服务企业一千二百零四家", "实际服务企业")
    facts.add("付费企业数（个）", "四百九十六", "家", 496, f, 1, "付费企业四百九十六家", "付费企业")
    facts.add("服务本市企业数量（个）", "五百三十八", "家", 538, f, 1, "本市企业五百三十八家", "本市企业")
    W.dashboard_png(root / k[8], "欧贝平台 数据大屏", [("接入设备（台/套）", "９，３７２"), ("上架工业APP", "２１４"),
                                                 ("注册开发者", "４，８６２"), ("微服务", "７１２"), ("机理模型", "１３６")],
                    "统计时间：2024.6.30")
    f = k[8]
    for lab, cap, val, nv, unit in [("连接的工业设备/产品/产线种类及数量（台/套）", "接入设备（台/套）", "９，３７２", 9372, "台/套"),
                                    ("工业APP数量（个）", "上架工业APP", "２１４", 214, "个"),
                                    ("开发者注册总数（个）", "注册开发者", "４，８６２", 4862, "个"),
                                    ("微服务数量（个）", "微服务", "７１２", 712, "个"),
                                    ("工业机理模型数量（个）", "机理模型", "１３６", 136, "个")]:
        facts.add(lab, val, unit, nv, f, 1, val, cap, image_only=True)
    k = k[:8] + k[9:]
    # 汇总表 full-width, one digit different on devices
    rows = summary_cells(N, meta, "fw")
    rows = [(a, "９，３７８" if a == "连接的工业设备/产品/产线种类及数量（台/套）" else
             ("较上年提高１２．６个百分点" if a == "平台交易规模年增长率（%）" else
              ("０" if a == "海外设备连接数量（台/套）" else ("无" if a == "按海外国家分类统计海外设备连接数量（台/套）" else b))))
            for a, b in rows]
    W.summary_xlsx(root / k[8], pk, rows)
    W.commitment_docx(root / k[9], pk)
    problems = [
        {"id": "h52-oubei-01", "family": "declared_vs_evidence", "fields": ["实际服务企业数（个）"],
         "files": ["02_申报表_欧贝平台.xlsx", f"{ev}/04_平台服务企业情况说明.pdf"], "severity": "error",
         "description": "申报表实际服务企业数填1240，证明材料04写“实际服务企业一千二百零四家”，读出汉字数字为1204，两者不一致。"},
        {"id": "h52-oubei-02", "family": "summary_vs_form", "fields": ["连接的工业设备/产品/产线种类及数量（台/套）"],
         "files": ["04_汇总表_欧贝平台.xlsx", "02_申报表_欧贝平台.xlsx"], "severity": "error",
         "description": "汇总表以全角数字写“９，３７８”，申报表（及设备清单9’372）为9372，差一位数字。"},
        {"id": "h52-oubei-03", "family": "answer_format", "fields": ["平台交易规模年增长率（%）"],
         "files": ["02_申报表_欧贝平台.xlsx"], "severity": "warning",
         "description": "平台交易规模年增长率应填最近一年增长率（%），申报表写“较上年提高12.6个百分点”，是增长率的变化而非增长率本身。"},
    ]
    layout = ["form:xlsx-only+scan", "numbers:apostrophe-separators-units", "letter:chinese-numerals",
              "summary:xlsx-fullwidth-vertical", "dates:2024.7.12/24/06/30/2024年6月底", "ip_list:xlsx-two-sheets",
              "overseas:0/无/—", "commitment:docx"]
    over = {"平台交易规模年增长率（%）": ("较上年提高12.6个百分点", "较上年提高12.6个百分点")}
    write_truth(out, pid, "序号24 欧贝平台（2023未参评）：XLSX申报表+盖章扫描；用户情况说明用汉字数字，实际服务企业一千二百零四家"
                "与申报表1240不一致；全角汇总表设备数差一位；交易规模增长率写成“个百分点”。设备清单用撇号千分位与units。",
                meta, layout, files, N, facts, problems, [meta["password"]], over)


# --------------------------------------------------------------------------- package 3: 序号32 航发商密网 (3 problems)


def pkg_shangfa(out: Path) -> None:
    pid = "h52_shangfa_problems"
    root = out / "packages" / pid
    meta = base_meta(
        list_no=32, listed_name="中国航发商密网工业互联网平台", company="中国航发商用航空发动机有限责任公司",
        declared_name="中国航发商密网工业互联网平台", p2023=False, short="中国航发商发", code="AECC-CAE",
        industry="航空发动机研制", contact="倪嘉铭", phone="13964028513", email="nijm@cae-demo.example.com",
        contact2="符雨桐", phone2="13917350286", email2="fuyt@cae-demo.example.com",
        address="上海市闵行区莲花南路3998号研发中心B楼3层第二会议室", url="https://smw.cae-demo.example.com", account="eval_cae",
        password="Cae!Smw2024", build_text="2020年9月至2023年12月", build_period="2020.09-2023.12", legal="朱国辉",
        form_date="24/07/15", commit_date="2024年7月15日", uscc="91310000MA1FP2CAE3", founded="2009年1月",
        reg_addr="上海市闵行区", co_type="有限责任公司", capital="600,000万元", business="商用航空发动机研制、生产与服务",
        equity="中国航空发动机集团有限公司等：略", co=(3864210.50, 286432.18, 12.35, 41.28, -18632.40, 6382.17),
        nature="专业型工业互联网平台", deploy="私有云、混合云", iaas="☑自建", author="nijm",
        co_pl=[("一、营业收入", 2864321800.00, 2549380100.00), ("减：营业成本", 2412630540.00, 2186340260.00),
               ("研发费用", 612380460.00, 583260140.00), ("财务费用", -21360420.00, -18630250.00),
               ("二、营业利润", -188426300.00, -203684100.00), ("三、利润总额", -186324000.00, -201368420.00)],
    )
    P = dict(invest=18600.00, rev=(2436.18, 2874.52, 3286.40), g21=16.84, rd=712.36, profit=386.24, team=126,
             devices=8436, pub_devices=2160, run_devices=1524, overseas={},
             dev_cats=["机床", "仪器仪表", "动力设备", "电工、电子设备", "物流设备", "交通设备"],
             regions=["上海", "江苏", "陕西", "四川", "辽宁", "湖南", "贵州"], protocols=74, apps=168, other_sw=52,
             industries=["航空/航天", "机械", "电子", "有色金属", "其他"], killer_online=642, killer_income=12.36,
             cloud=96.00, storage=(640.00, 418.56), models=146, model_users=214, micro=538, devs=2368,
             users=(864, 612), local=286, svc_regions=["江苏", "陕西", "四川", "辽宁"], paying=214,
             orders=(8640, 9126), trade_growth=14.32, subs=1368, sub_amount=486.20, util=68.42, domestic=92.00,
             factories=2, parks=5, solutions=18, listed=False, rates=(12.38, 6.45, 15.20), indices=3, patents=34,
             copyrights=29, carbon=False, awards=3, jobs=128, social=16.48, partners=5)
    N = synth(3201, P)
    assert not audit(N), audit(N)
    # plant: form's 二级分类 breakdown with 机床 written 90 lower
    cats = dict(N["按二级分类统计工业设备数量（台/套）"])
    true_machine = cats["机床"]
    cats["机床"] = true_machine - 90
    N["按二级分类统计工业设备数量（台/套）"] = cats
    style = "space"
    F = form_cells(N, meta, style)
    ev = "附件3 证明材料"
    trad = f"{ev}/附件3-2 商發數智（香港）有限公司2023年度財務報表.pdf"
    files = {
        "附件1 联系人信息反馈表.docx": "联系人表",
        "附件2 申报表.docx": "申报表",
        "附件2 申报表（盖章版）.pdf": "申报表扫描件",
        "附件3 申报书.docx": "申报书",
        f"{ev}/附件3-1 2023年度审计报告.pdf": "evidence:audit_report",
        trad: "evidence:audit_report",
        f"{ev}/附件3-3 平台设备接入情况（按区域）.xlsx": "evidence:device_list",
        f"{ev}/附件3-4 Patent and Software Copyright List.pdf": "evidence:patent_list",
        f"{ev}/附件3-5 平台运营看板截图.png": "evidence:screenshot",
        "附件4 平台基本情况汇总表.xlsx": "汇总表",
        "附件5 真实性承诺（盖章扫描）.pdf": "承诺",
    }
    k = list(files)
    pk = {"meta": meta, "form": F, "company_rows": company_rows(meta, "ascii"),
          "platform_rows": platform_rows(meta, N, "space"),
          "proof": proof_map({
              "平台相关研发投入（万元）|平台相关研发投入强度（%）|平台相关营业收入（万元）|平台利润率（%）":
                  "附件3-2 商發數智（香港）有限公司2023年度財務報表 第2頁",
              "连接的工业设备/产品/产线种类及数量（台/套）|按省市区域统计工业设备数量（台/套）": "附件3-3 平台设备接入情况",
              "平台核心软硬件技术获得的专利数量（项）|平台核心软硬件技术获得的软著数量（个）": "附件3-4 Patent and Software Copyright List",
              "注册企业用户数（个）|实际服务企业数（个）|工业APP数量（个）": "附件3-5 平台运营看板截图",
          })}
    W.contact_docx(root / k[0], pk)
    W.form_docx(root / k[1], pk)
    W.form_scan(root / k[2], pk, random.Random(31))
    pk["chapters"] = [
        ("一、申报单位简介", [f"{meta['company']}成立于2009年1月，承担商用航空发动机研制任务。"]),
        ("二、平台建设及运营情况", [f"{meta['declared_name']}由公司控股子公司商發數智（香港）有限公司负责市场化运营，"
                             f"截至2024年6月底接入设备8 436台（套），注册企业864家。", "总结：平台聚焦航空发动机供应链协同。"]),
        ("三、平台应用成效", ["平台带动供应链上下游协同，交付准时率提升约9%。", "总结：新场景应用示范。"]),
        ("四、平台下一步发展计划", ["拓展适航数据服务。"]),
        ("五、平台应用案例", ["案例1：中国航发商密网工业互联网平台——供应商质量协同", "案例实际内容简介：质量问题闭环周期缩短约30%。"]),
        ("六、附件及其他说明材料", ["附件3-1 2023年度审计报告", "附件3-2 商發數智（香港）有限公司2023年度財務報表",
                             "附件3-3 平台设备接入情况（按区域）", "附件3-4 Patent and Software Copyright List",
                             "附件3-5 平台运营看板截图"]),
    ]
    W.narrative_docx(root / k[3], pk)
    facts = Facts()
    audit_pdf(root / k[4], meta, P["rev"], P["rd"], "", [], note=False)
    # traditional-character subsidiary statement (人民幣萬元)
    pdf = W.Pdf(root / k[5])
    pdf.space(100)
    pdf.text("商發數智（香港）有限公司", 18, center=True)
    pdf.text("二〇二三年度財務報表", 16, center=True)
    pdf.text("（附屬公司 · 平台業務）", 12, center=True)
    pdf.page()
    pdf.text("損益表", 14, center=True)
    pdf.text("截至二〇二三年十二月三十一日止年度        單位：人民幣萬元", 9)
    pdf.table([["項目", "二〇二一年度", "二〇二二年度", "二〇二三年度"],
               ["營業收入（平台服務）", c2(2436.18), c2(2874.52), c2(3286.40)],
               ["營業收入總計", c2(2436.18), c2(2874.52), c2(3286.40)],
               ["研發費用", "—", "—", c2(712.36)],
               ["稅前利潤", "—", "—", c2(386.24)]], [170, 110, 110, 110], 9.5)
    pdf.text("註：本公司為中國航發商用航空發動機有限責任公司之附屬公司，獨立核算。", 9.5)
    pdf.save()
    f = k[5]
    facts.add("平台相关营业收入（万元）", "3,286.40", "万元", 3286.40, f, 2, "3,286.40", "營業收入總計", "二〇二三年度")
    facts.add("平台近三年经营指标情况", "2,436.18", "万元", 2436.18, f, 2, "2,436.18", "營業收入總計", "二〇二一年度",
              "2021年平台营收（万元）")
    facts.add("平台近三年经营指标情况", "2,874.52", "万元", 2874.52, f, 2, "2,874.52", "營業收入總計", "二〇二二年度",
              "2022年平台营收（万元）")
    facts.add("平台相关研发投入（万元）", "712.36", "万元", 712.36, f, 2, "712.36", "研發費用", "二〇二三年度")
    facts.add("平台利润率（%）", "386.24", "万元", 386.24, f, 2, "386.24", "稅前利潤", "二〇二三年度", "平台利润总额（万元）")
    facts.add("投资回报率（%）", "386.24", "万元", 386.24, f, 2, "386.24", "稅前利潤", "二〇二三年度", "平台年利润（万元）")
    # device list by region (xlsx), space separators
    wb = Workbook()
    ws = wb.active
    ws.title = "按区域"
    ws.append(["区域", "接入设备（台/套）", "公有云（台/套）", "公有云日均运行（台/套）"])
    for kk in N["按省市区域统计工业设备数量（台/套）"]:
        ws.append([kk, sep(N["按省市区域统计工业设备数量（台/套）"][kk], " "),
                   sep(N["按省市区域统计公有云工业设备数量（台/套）"][kk], " "),
                   sep(N["按省市区域统计公有云工业设备平均日运行数量（台/套）"][kk], " ")])
    ws.append(["总计", "8 436", "2 160", "1 524"])
    W.save_wb(wb, root / k[6], "nijm")
    f = k[6]
    facts.add("连接的工业设备/产品/产线种类及数量（台/套）", "8 436", "台/套", 8436, f, 1, "8 436", "总计", "接入设备（台/套）")
    facts.add("公有云工业设备连接数量（台/套）", "2 160", "台/套", 2160, f, 1, "2 160", "总计", "公有云（台/套）")
    facts.add("公有云工业设备平均日运行数量（台/套）", "1 524", "台/套", 1524, f, 1, "1 524", "总计", "公有云日均运行（台/套）")
    # English list: 34 patents, 27 software copyrights (form says 29)
    r = random.Random(55)
    where = ip_list_pdf(root / k[7], meta, [
        ("Patents 专利", "Total: 34 items", ip_rows(34, "patent", "", r, "en", "slash")),
        ("Software Copyrights 软件著作权", "Total: 27 items", ip_rows(27, "sw", "", r, "en", "slash"))],
        [50, 250, 130, 70])
    facts.add("平台核心软硬件技术获得的专利数量（项）", "34 items", "项", 34, k[7], where["Total: 34 items"],
              "Total: 34 items", "Patents 专利", "")
    facts.add("平台核心软硬件技术获得的软著数量（个）", "27 items", "项", 27, k[7], where["Total: 27 items"],
              "Total: 27 items", "Software Copyrights 软件著作权", "")
    W.dashboard_png(root / k[8], "商密网 运营看板 Operations",
                    [("注册企业 Enterprises", "864"), ("实际服务企业", "612"), ("工业APP Apps", "168"),
                     ("接入设备 Devices", "8 436"), ("微服务 Services", "538"), ("开发者 Developers", "2 368")],
                    "更新于 2024.6.30")
    f = k[8]
    for lab, cap, val, nv, unit in [("注册企业用户数（个）", "注册企业 Enterprises", "864", 864, "家"),
                                    ("实际服务企业数（个）", "实际服务企业", "612", 612, "家"),
                                    ("工业APP数量（个）", "工业APP Apps", "168", 168, "个"),
                                    ("连接的工业设备/产品/产线种类及数量（台/套）", "接入设备 Devices", "8 436", 8436, "台/套"),
                                    ("微服务数量（个）", "微服务 Services", "538", 538, "个"),
                                    ("开发者注册总数（个）", "开发者 Developers", "2 368", 2368, "个")]:
        facts.add(lab, val, unit, nv, f, 1, val, cap, image_only=True)
    W.summary_xlsx(root / k[9], pk, summary_cells(N, meta, "plain"), horizontal=True)
    W.commitment_scan(root / k[10], pk, random.Random(32))
    sum_cats = sum(cats.values())
    problems = [
        {"id": "h52-shangfa-01", "family": "declared_vs_evidence", "fields": ["平台相关营业收入（万元）"],
         "files": ["附件2 申报表.docx", trad], "severity": "warning",
         "description": "平台相关营业收入3286.40万元取自繁体“商發數智（香港）有限公司”損益表的營業收入總計，是子公司而非申报单位的财务报表；"
                        "填报指引要求基于申报单位2023年度财务报表拆分，需说明口径。"},
        {"id": "h52-shangfa-02", "family": "count_vs_list", "fields": ["平台核心软硬件技术获得的软著数量（个）"],
         "files": ["附件2 申报表.docx", f"{ev}/附件3-4 Patent and Software Copyright List.pdf"], "severity": "error",
         "description": "申报表软著数量29，英文清单 Software Copyrights 列27项并写 Total: 27 items。"},
        {"id": "h52-shangfa-03", "family": "breakdown_sum", "fields": ["按二级分类统计工业设备数量（台/套）",
                                                                      "连接的工业设备/产品/产线种类及数量（台/套）"],
         "files": ["附件2 申报表.docx"], "severity": "error",
         "description": f"按二级分类统计工业设备数量（空格千分位）合计{sum_cats:,}，与连接设备总数8,436不符，差90台（套）"
                        f"（机床写作“{true_machine - 90:,}”；合计8,436对应机床{true_machine:,}）；按区域分布合计正确。"},
    ]
    assert sum_cats == 8436 - 90
    layout = ["numbers:space-separators-form", "evidence:traditional-subsidiary-statement", "ip_list:english",
              "dates:24/07/15", "summary:xlsx-horizontal", "screenshot:png-bilingual", "devices:xlsx-region-only"]
    write_truth(out, pid, "序号32 中国航发商密网（2023未参评）：申报表用空格千分位；平台营收取自繁体字香港子公司損益表（警告）；"
                "英文知识产权清单软著Total: 27 items而申报表29；二级分类合计少90。", meta, layout, files, N, facts, problems,
                [meta["password"]])


# --------------------------------------------------------------------------- package 4: 序号11 西派埃 (3 problems)


def pkg_xipaiai(out: Path) -> None:
    pid = "h52_xipaiai_problems"
    root = out / "packages" / pid
    meta = base_meta(
        list_no=11, listed_name="数字化环境装备服务工业互联网平台", company="上海西派埃智能化系统有限公司",
        declared_name="数字化环境装备服务工业互联网平台", p2023=True, short="西派埃", code="SCPA",
        industry="水处理与环境装备", contact="庞志远", phone="13921857043", email="pangzy@scpa-demo.example.com",
        contact2="鲁思琪", phone2="13918260457", email2="lusq@scpa-demo.example.com",
        address="上海市静安区共和新路3088弄2号楼9楼会议室", url="https://env.scpa-demo.example.com", account="sheitc2024",
        password="Scpa_2024#Rv", build_text="2019年5月至2023年12月", build_period="2019.05-2023.12", legal="邵文杰",
        form_date="2024年7月", commit_date="2024年7月", uscc="91310106MA1H3SCPA8", founded="2004年6月",
        reg_addr="上海市静安区", co_type="有限责任公司", capital="5,000万元", business="环境装备智能控制系统与运维服务",
        equity="上海市政工程设计研究总院（集团）有限公司等：略", co=(86432.60, 52318.74, -3.26, 52.84, 1286.42, 964.30),
        deploy="边缘侧、私有云、公有云", author="pangzy",
        co_pl=[("一、营业收入", 523187400.00, 540823600.00), ("减：营业成本", 418623500.00, 426318200.00),
               ("研发费用", 36820140.00, 34216380.00), ("财务费用", -1863420.00, 2163840.00),
               ("二、营业利润", 12634200.00, 18462300.00), ("三、利润总额", 12864200.00, 18736500.00)],
    )
    P = dict(invest=6800.00, rev=(3180.00, 3600.00, 4052.16), g21=9.64, rd=648.35, profit=126.40, team=96,
             devices=6284, pub_devices=3862, run_devices=2746, overseas={"印度尼西亚Indonesia": 64},
             dev_cats=["动力设备", "仪器仪表", "电力设备", "其他"],
             regions=["上海", "江苏", "浙江", "安徽", "江西", "湖南"], protocols=58, apps=126, other_sw=18,
             industries=["电力、热力和燃气", "石化化工", "食品", "医药", "服务业"], killer_online=468, killer_income=8.62,
             cloud=64.50, storage=(320.00, 186.24), models=92, model_users=136, micro=386, devs=1286,
             users=(2640, 2186), local=1342, svc_regions=["江苏", "浙江", "安徽", "江西", "湖南"], paying=702,
             orders=(6240, 6518), trade_growth=9.86, subs=1864, sub_amount=342.80, util=81.26, domestic=88.00,
             factories=2, parks=6, solutions=15, listed=False, rates=(16.42, 11.36, 18.60), indices=3, patents=21,
             copyrights=36, carbon=True, awards=2, jobs=86, social=14.62, partners=4)
    N = synth(1101, P)
    assert not audit(N), audit(N)
    g = dict(N["平台近三年经营指标情况"])
    true_g23 = g["2023年增长率（%）"]
    assert abs(true_g23 - 12.56) < 0.006
    g["2023年增长率（%）"] = 15.6
    N["平台近三年经营指标情况"] = g
    style = "ascii"
    F = form_cells(N, meta, style)
    growth_words = {"2023": "百分之十五点六"}
    F_growth = growth_text(g, style, growth_words)
    ev = "附件3"
    files = {
        "联系人信息反馈表.docx": "联系人表",
        "申报表-数字化环境装备服务工业互联网平台.docx": "申报表",
        "申报表-盖章扫描件.pdf": "申报表扫描件",
        "申报书-数字化环境装备服务工业互联网平台.docx": "申报书",
        f"{ev}/附3-1 审计报告及平台业务说明（2023）.pdf": "evidence:audit_report",
        f"{ev}/附3-2 设备连接统计.pdf": "evidence:device_list",
        f"{ev}/附3-3 专利、软件著作权清单.pdf": "evidence:patent_list",
        f"{ev}/附3-4 用户服务情况说明.pdf": "evidence:other",
        f"{ev}/附3-5 平台首页截图.png": "evidence:screenshot",
        "平台基本情况汇总表.docx": "汇总表",
        "真实性承诺（盖章）.pdf": "承诺",
    }
    k = list(files)
    pk = {"meta": meta, "form": F, "company_rows": company_rows(meta, style),
          "platform_rows": platform_rows(meta, N, style, growth=F_growth),
          "proof": proof_map({
              "平台相关研发投入（万元）|平台相关营业收入（万元）|平台利润率（%）|投资回报率（%）": "附3-1 第3页 平台业务说明",
              "连接的工业设备/产品/产线种类及数量（台/套）|海外设备连接数量（台/套）": "附3-2 设备连接统计",
              "平台核心软硬件技术获得的专利数量（项）|平台核心软硬件技术获得的软著数量（个）": "附3-3 清单",
              "注册企业用户数（个）|实际服务企业数（个）|付费企业数（个）": "附3-4 用户服务情况说明",
          })}
    W.contact_docx(root / k[0], pk)
    W.form_docx(root / k[1], pk)
    W.form_scan(root / k[2], pk, random.Random(41))
    pk["chapters"] = [
        ("一、申报单位简介", [f"{meta['company']}成立于2004年6月，专注环境装备智能控制与运维服务。"]),
        ("二、平台建设及运营情况", [f"{meta['declared_name']}面向水务、环保装备运维场景，已接入设备6,284台（套）。",
                             "平台累计服务企业逾3千家，覆盖长三角及中部地区。", "总结：平台以装备运维模型为核心能力。"]),
        ("三、平台应用成效", ["平台连接设备运维成本平均下降16.42%。", "总结：形成可复制的环境装备服务模式。"]),
        ("四、平台下一步发展计划", ["拓展东南亚市场。"]),
        ("五、平台应用案例", ["案例1：数字化环境装备服务工业互联网平台——污水厂智慧运维", "案例实际内容简介：吨水电耗下降约9%。"]),
        ("六、附件及其他说明材料", ["附3-1 审计报告及平台业务说明（2023）", "附3-2 设备连接统计", "附3-3 专利、软件著作权清单",
                             "附3-4 用户服务情况说明", "附3-5 平台首页截图"]),
        ("七、平台相较上年度对比情况", ["自2023年7月至今，平台新增工业APP二十余个，接入设备增加约1,100台（套）。"]),
    ]
    W.narrative_docx(root / k[3], pk)
    facts = Facts()
    pages = audit_pdf(root / k[4], meta, P["rev"], P["rd"], "(126.40)",
                      ["注：括号内数字为负数，2023年度平台业务利润总额为亏损。"])
    f, pg = k[4], pages["note"]
    facts.add("平台相关营业收入（万元）", "4,052.16", "万元", 4052.16, f, pg, "4,052.16", "平台相关营业收入", "2023年度")
    facts.add("平台近三年经营指标情况", "3,180.00", "万元", 3180.00, f, pg, "3,180.00", "平台相关营业收入", "2021年度",
              "2021年平台营收（万元）")
    facts.add("平台近三年经营指标情况", "3,600.00", "万元", 3600.00, f, pg, "3,600.00", "平台相关营业收入", "2022年度",
              "2022年平台营收（万元）")
    facts.add("平台相关研发投入（万元）", "648.35", "万元", 648.35, f, pg, "648.35", "平台相关研发投入", "2023年度")
    facts.add("平台利润率（%）", "(126.40)", "万元", -126.40, f, pg, "(126.40)", "平台利润总额", "2023年度", "平台利润总额（万元）")
    facts.add("投资回报率（%）", "(126.40)", "万元", -126.40, f, pg, "(126.40)", "平台利润总额", "2023年度", "平台年利润（万元）")
    pdf = W.Pdf(root / k[5])
    pdf.text("设备连接统计（截至2024年6月底）", 14, center=True)
    rows = [["设备类别", "接入（台（套））", "公有云（台（套））", "日均运行（台（套））"]]
    for cat, a, b, c in device_rows(N):
        rows.append([cat, comma(a), comma(b), comma(c)])
    rows.append(["合计", "6,284", "3,862", "2,746"])
    pdf.table(rows, [150, 120, 120, 120], 10)
    pdf.text("海外：印度尼西亚Indonesia 64台（套）；合计海外64台（套）。", 10)
    pdf.save()
    f = k[5]
    facts.add("连接的工业设备/产品/产线种类及数量（台/套）", "6,284", "台（套）", 6284, f, 1, "6,284", "合计", "接入（台（套））")
    facts.add("公有云工业设备连接数量（台/套）", "3,862", "台（套）", 3862, f, 1, "3,862", "合计", "公有云（台（套））")
    facts.add("公有云工业设备平均日运行数量（台/套）", "2,746", "台（套）", 2746, f, 1, "2,746", "合计", "日均运行（台（套））")
    facts.add("海外设备连接数量（台/套）", "64", "台（套）", 64, f, 1, "合计海外64台（套）", "合计海外")
    r = random.Random(66)
    where = ip_list_pdf(root / k[6], meta, [
        ("一、专利", "专利共计：二十一项", ip_rows(21, "patent", "环境装备", r, "zh", "cn")),
        ("二、软件著作权", "软件著作权共计：三十六项", ip_rows(36, "sw", "西派埃", r, "zh", "dot"))], [40, 270, 130, 70])
    facts.add("平台核心软硬件技术获得的专利数量（项）", "二十一项", "项", 21, k[6], where["专利共计：二十一项"], "专利共计：二十一项", "专利共计")
    facts.add("平台核心软硬件技术获得的软著数量（个）", "三十六项", "项", 36, k[6], where["软件著作权共计：三十六项"],
              "软件著作权共计：三十六项", "软件著作权共计")
    body = [f"截至2024年6月30日，{meta['declared_name']}用户情况如下：", "1. 注册企业用户2,640家；",
            "2. 其中实际服务企业2,186家；", "3. 付费企业702家；", "4. 服务本市企业1,342家。", "以上数据来自平台用户管理系统。"]
    letter_pdf(root / k[7], meta, body, "2024年7月8日")
    f = k[7]
    facts.add("注册企业用户数（个）", "2,640", "家", 2640, f, 1, "注册企业用户2,640家", "注册企业用户")
    facts.add("实际服务企业数（个）", "2,186", "家", 2186, f, 1, "实际服务企业2,186家", "实际服务企业")
    facts.add("付费企业数（个）", "702", "家", 702, f, 1, "付费企业702家", "付费企业")
    facts.add("服务本市企业数量（个）", "1,342", "家", 1342, f, 1, "服务本市企业1,342家", "服务本市企业")
    W.dashboard_png(root / k[8], "数字化环境装备服务平台", [("接入设备（台/套）", "6,284"), ("注册企业（家）", "2,640"),
                                                     ("工业APP（个）", "126"), ("机理模型（个）", "92")], "2024年6月30日")
    f = k[8]
    for lab, cap, val, nv, unit in [("连接的工业设备/产品/产线种类及数量（台/套）", "接入设备（台/套）", "6,284", 6284, "台/套"),
                                    ("注册企业用户数（个）", "注册企业（家）", "2,640", 2640, "家"),
                                    ("工业APP数量（个）", "工业APP（个）", "126", 126, "个"),
                                    ("工业机理模型数量（个）", "机理模型（个）", "92", 92, "个")]:
        facts.add(lab, val, unit, nv, f, 1, val, cap, image_only=True)
    rows = summary_cells(N, meta, "plain")
    W.summary_docx(root / k[9], pk, rows)
    W.commitment_scan(root / k[10], pk, random.Random(42))
    problems = [
        {"id": "h52-xipaiai-01", "family": "declared_vs_evidence", "fields": ["平台利润率（%）", "投资回报率（%）"],
         "files": ["申报表-数字化环境装备服务工业互联网平台.docx", f"{ev}/附3-1 审计报告及平台业务说明（2023）.pdf"],
         "severity": "error",
         "description": "平台业务说明中平台利润总额为“(126.40)”（括号表示负数，亏损126.40万元），申报表平台利润率3.12%、"
                        "投资回报率1.86%按正利润126.40计算；应为-3.12%与-1.86%。"},
        {"id": "h52-xipaiai-02", "family": "growth_rate", "fields": ["平台近三年经营指标情况"],
         "files": ["申报表-数字化环境装备服务工业互联网平台.docx"], "severity": "error",
         "description": f"2023年增长率写作“百分之十五点六”（15.6%），而申报的2022年3600.00万元→2023年4052.16万元对应{true_g23:.2f}%。"},
        {"id": "h52-xipaiai-03", "family": "narrative_vs_form", "fields": ["实际服务企业数（个）"],
         "files": ["申报书-数字化环境装备服务工业互联网平台.docx", "申报表-数字化环境装备服务工业互联网平台.docx"],
         "severity": "warning",
         "description": "申报书称“累计服务企业逾3千家”，申报表实际服务企业数2186（注册企业用户也只有2640）。"},
    ]
    assert N["平台利润率（%）"] == 3.12 and N["投资回报率（%）"] == 1.86, (N["平台利润率（%）"], N["投资回报率（%）"])
    layout = ["numbers:ascii-comma", "form:growth-rate-in-words(百分之十五点六)", "audit:parentheses-negative",
              "ip_list:chinese-numeral-totals", "dates:2024年7月/2024年6月底", "summary:docx-vertical", "section7"]
    write_truth(out, pid, "序号11 西派埃（2023参评）：平台利润总额在审计附注中以括号表示亏损而申报表按正数算利润率与投资回报率；"
                "2023年增长率写“百分之十五点六”与营收不符；申报书“逾3千家”与实际服务企业2186不符。知识产权清单合计用汉字数字。",
                meta, layout, files, N, facts, problems, [meta["password"]])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(HERE))
    out = Path(ap.parse_args().out)
    for sub in ("packages", "truth"):
        if (out / sub).exists():
            shutil.rmtree(out / sub)
    for fn in (pkg_ouyeyun, pkg_oubei, pkg_shangfa, pkg_xipaiai):
        fn(out)
    print("built", out)


if __name__ == "__main__":
    main()
