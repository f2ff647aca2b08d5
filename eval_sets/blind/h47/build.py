"""Blind set h47 — the accounts as they really look (合并 vs 母公司, units, losses, restatements).

    /work/main/.venv/bin/python eval_sets/blind/h47/build.py [--out DIR]

Writes DIR/packages/<id>/… and DIR/truth/<id>.json (DIR defaults to this folder). Deterministic.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path[:0] = [str(HERE), str(ROOT)]

import lib  # noqa: E402
from finance import balance, income, money, statement_rows  # noqa: E402
from model import Pkg, f2, form_blocks, form_xlsx, gen_common, r2, summary_xlsx, summary_blocks  # noqa: E402
from model import awards_blocks, commitment_blocks, contact_blocks, device_blocks, ip_blocks, yuan  # noqa: E402
from notice import LABELS  # noqa: E402

REL = "eval_sets/blind/h47/packages"


class Acc:
    def __init__(self, p: Pkg, pdir: Path):
        self.p, self.dir = p, pdir
        self.files: dict[str, str] = {}
        self.facts: list[dict] = []
        self.problems: list[dict] = []

    def path(self, rel: str, role: str) -> Path:
        self.files[rel] = role
        path = self.dir / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        return path

    def fact(self, label, value, unit, norm, file, page, quote, row="", col="", comp="", image=False):
        assert label in LABELS or label in ("平台近三年经营指标情况",), label
        self.facts.append(dict(label=label, value=value, unit=unit, normalized=norm, file=file, page=page, quote=quote,
                               row_label=row, column_label=col, component=comp, image_only=image))

    def problem(self, family, fields, files, severity, desc):
        n = len(self.problems) + 1
        self.problems.append(dict(id=f"{self.p.pid}-{n:02d}-{family}", family=family, fields=fields, files=files,
                                  severity=severity, description=desc))


def w(x_cents: int) -> float:
    """cents of 元 -> 万元 with 2 decimals."""
    return r2(x_cents / 1_000_000)


def growth(a: float, b: float) -> float:
    return r2((a / b - 1) * 100)


def set_fin(p: Pkg, rev: dict, rd: float, profit: float, *, rev_declared=None, g_declared=None, rd_declared=None,
            rd_int_declared=None, pm_declared=None, roi_declared=None, prev2020: float | None = None):
    """Declared financial rows; rev in 万元 by year. Overrides plant problems."""
    rv = dict(rev)
    if rev_declared:
        rv.update(rev_declared)
    g = {2021: growth(rv[2021], prev2020), 2022: growth(rv[2022], rv[2021]), 2023: growth(rv[2023], rv[2022])}
    if g_declared:
        g.update(g_declared)
    p.lists["fin"] = {"rev_txt": {y: f2(rv[y]) for y in rv}, "g_txt": {y: f2(g[y]) for y in g}}
    val = "；".join(f"{y}年平台营收{f2(rv[y])}万元/增长率{f2(g[y])}%" for y in (2021, 2022, 2023))
    norm = {}
    for y in (2021, 2022, 2023):
        norm[f"{y}年平台营收（万元）"] = rv[y]
        norm[f"{y}年增长率（%）"] = g[y]
    p.set("平台近三年经营指标情况", val, norm)
    rdv = rd_declared if rd_declared is not None else rd
    p.set("平台相关研发投入（万元）", f2(rdv), rdv)
    ri = rd_int_declared if rd_int_declared is not None else r2(rd / rv[2023] * 100)
    p.set("平台相关研发投入强度（%）", f2(ri), ri)
    p.set("平台相关营业收入（万元）", f2(rv[2023]), rv[2023])
    pm = pm_declared if pm_declared is not None else r2(profit / rv[2023] * 100)
    p.set("平台利润率（%）", f2(pm), pm)
    roi = roi_declared if roi_declared is not None else r2(profit / p.build_amount * 100)
    p.set("投资回报率（%）", f2(roi), roi)
    return rv, g


def base_texts(p: Pkg, ops_line: str) -> None:
    p.lists["intro"] = (f"{p.declared_name}由{p.company}建设运营，是面向{p.intro_focus}的{p.nature}。平台提供设备接入、"
                        f"状态监测、故障预警、能效分析和远程运维等功能，已形成设备全生命周期服务能力，主要客户为长三角地区制造企业。")
    p.lists["effect"] = (f"平台解决设备运维成本高、故障停机损失大等痛点，{ops_line}带动用户企业运维成本平均下降，"
                         "推动行业由被动维修向预测性维护转变，取得了良好的经济和社会效益。")


def narrative_blocks(p: Pkg, money_para: str, with7: bool, annex: list[str], extra_ops: str = ""):
    B = [("h", "上海市工业互联网平台应用水平评价"), ("h", "申报书"), ("p", "申报年度：2024 年度"), ("p", f"平台名称：{p.declared_name}"),
         ("p", f"申报单位：{p.company}（公章）"), ("pb",)]
    B += [("h", "一、申报单位简介", 12),
          ("p", f"{p.company}成立于{p.lists['company']['founded']}，主营{p.lists['company']['business']}。{money_para}"),
          ("h", "二、平台建设及运营情况", 12),
          ("p", f"{p.declared_name}建设时间为{p.build_time[0]}至{p.build_time[1]}，建设方式为{p.build_mode}，"
                f"累计建设投入{f2(p.build_amount)}万元，定位为{p.T['定位']}{extra_ops}"),
          ("p", "平台技术架构包括边缘层、IaaS层、PaaS层和SaaS层；技术创新点总结：自研多协议边缘接入、设备机理与数据融合建模、"
                "低代码应用开发，关键技术自主可控。"),
          ("h", "三、平台应用成效", 12),
          ("p", "平台帮助用户企业降低运维成本、减少非计划停机、提升设备综合效率。应用创新点：预测性维护与按效果付费的服务模式。"),
          ("h", "四、平台下一步发展计划", 12),
          ("p", "深化AI大模型在设备诊断中的应用，拓展长三角及海外市场，完善开发者生态。"),
          ("h", "五、平台应用案例", 12),
          ("p", f"案例1：{p.declared_name}——设备预测性维护。企业简介：某汽车零部件企业。案例实际内容：接入设备860台，运维成本下降16%。"),
          ("p", f"案例2：{p.declared_name}——能效优化。接入空压站与泵组设备，能耗下降9%。"),
          ("p", f"案例3：{p.declared_name}——安全生产监测。安全生产持续时间提升约25%。"),
          ("h", "六、附件及其他说明材料", 12)]
    B.append(("t", [["序号", "附件名称", "页码"]] + [[str(i + 1), a, "—"] for i, a in enumerate(annex)], [14, 130, 20]))
    if with7:
        B += [("h", "七、平台相较上年度对比情况", 12),
              ("p", "自2023年7月至今，平台新增设备管理、能效优化等功能模块；连接设备数、工业APP数量、服务企业数均较上年度评价时有所增长，"
                    "详见下表。"),
              ("t", [["指标", "2023年度评价时", "本次申报"],
                     ["连接的工业设备（台/套）", str(int(p.V["连接的工业设备/产品/产线种类及数量（台/套）"][1] * 0.82)),
                      p.V["连接的工业设备/产品/产线种类及数量（台/套）"][0]],
                     ["工业APP数量（个）", str(int(p.V["工业APP数量（个）"][1] * 0.85)), p.V["工业APP数量（个）"][0]],
                     ["实际服务企业数（个）", str(int(p.V["实际服务企业数（个）"][1] * 0.8)), p.V["实际服务企业数（个）"][0]]],
               [70, 50, 50])]
    return B


def screenshot_pdf(acc: Acc, rel: str, title: str, tiles, seed: int, below=False, as_png=False):
    im = lib.screenshot(tiles, title, seed=seed, caption_below=below)
    if as_png:
        path = acc.path(rel, "evidence:screenshot")
        im.save(path, "PNG", optimize=False)
    else:
        lib.images_to_pdf([im], acc.path(rel, "evidence:screenshot"), quality=88)


def common_evidence_facts(acc: Acc, ip_rel: str, dev_rel: str, shot_rel: str, shot_page: int, aw_rel: str | None,
                          aw_page: int = 1, shot_labels=("设备接入总数", "注册企业", "工业APP", "机理模型")):
    p = acc.p
    V = p.V
    pat, sw = V["平台核心软硬件技术获得的专利数量（项）"][1], V["平台核心软硬件技术获得的软著数量（个）"][1]
    acc.fact("平台核心软硬件技术获得的专利数量（项）", str(pat), "项", pat, ip_rel, 1, f"授权专利清单（共{pat}项）", "表1")
    acc.fact("平台核心软硬件技术获得的软著数量（个）", str(sw), "项", sw, ip_rel, 0, f"计算机软件著作权清单（共{sw}项）", "表2")
    d = p.lists["dev"]
    acc.fact("连接的工业设备/产品/产线种类及数量（台/套）", f"{d['总'][0]:,}", "台/套", d["总"][0], dev_rel, 1, f"{d['总'][0]:,}", "合计", "连接数量")
    acc.fact("公有云工业设备连接数量（台/套）", f"{d['公有云'][0]:,}", "台/套", d["公有云"][0], dev_rel, 1, f"{d['公有云'][0]:,}", "合计", "其中：公有云连接")
    acc.fact("公有云工业设备平均日运行数量（台/套）", f"{d['日'][0]:,}", "台/套", d["日"][0], dev_rel, 1, f"{d['日'][0]:,}", "合计", "公有云日均运行")
    ov = V["海外设备连接数量（台/套）"][1]
    acc.fact("海外设备连接数量（台/套）", f"{ov:,}", "台/套", ov, dev_rel, 1, f"其中海外设备连接数量合计{ov:,}台/套", "海外设备连接数量合计")
    labs = {"设备接入总数": ("连接的工业设备/产品/产线种类及数量（台/套）", "台/套"), "注册企业": ("注册企业用户数（个）", "家"),
            "工业APP": ("工业APP数量（个）", "个"), "机理模型": ("工业机理模型数量（个）", "个"), "微服务": ("微服务数量（个）", "个"),
            "注册开发者": ("开发者注册总数（个）", "人")}
    for cap in shot_labels:
        lab, unit = labs[cap]
        n = V[lab][1]
        acc.fact(lab, f"{n:,}", unit, n, shot_rel, shot_page, f"{n:,}", cap, image=True)
    if aw_rel:
        aw = V["平台获得省部级及以上奖项/荣誉数量（个）"][1]
        acc.fact("平台获得省部级及以上奖项/荣誉数量（个）", str(aw), "项", aw, aw_rel, aw_page,
                 f"平台获得省部级及以上奖项/荣誉清单（共{aw}项）", "清单标题")


def shot_tiles(p: Pkg, caps=("设备接入总数", "注册企业", "工业APP", "机理模型")):
    m = {"设备接入总数": "连接的工业设备/产品/产线种类及数量（台/套）", "注册企业": "注册企业用户数（个）", "工业APP": "工业APP数量（个）",
         "机理模型": "工业机理模型数量（个）", "微服务": "微服务数量（个）", "注册开发者": "开发者注册总数（个）"}
    return [(c, f"{p.V[m[c]][1]:,}") for c in caps] + [("今日告警", "37"), ("在线率", "96.2%")]


def pdf_pages(path: Path) -> list[str]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    out = []
    for i in range(len(doc)):
        tp = doc[i].get_textpage()
        out.append(tp.get_text_range())
        tp.close()
    doc.close()
    return out


def locate(path: Path, quote: str) -> int:
    hits = [i + 1 for i, t in enumerate(pdf_pages(path)) if quote in t]
    assert len(hits) == 1, (path, quote, hits)
    return hits[0]


def write_truth(acc: Acc, out: Path, description: str, layout: list[str]) -> None:
    p = acc.p
    # files on disk must equal the declared files
    for f in acc.facts:
        if f["page"] == 0:
            f["page"] = locate(acc.dir / f["file"], f["quote"])
    on_disk = sorted(str(x.relative_to(acc.dir)) for x in acc.dir.rglob("*") if x.is_file())
    assert on_disk == sorted(acc.files), (on_disk, sorted(acc.files))
    rows = [{"label": lab, "value": p.V[lab][0], "normalized": p.V[lab][1]} for lab in LABELS]
    truth = {"schema_version": 1, "package_id": p.pid, "description": description, "path": f"{REL}/{p.pid}",
             "delivery": "folder",
             "platform": {"list_no": p.list_no, "listed_name": p.listed_name, "company": p.company,
                          "declared_name": p.declared_name, "participated_2023": p.p2023},
             "layout": layout, "files": dict(sorted(acc.files.items())), "secrets": [p.password],
             "summary_rows": rows, "evidence_facts": acc.facts, "problems": acc.problems}
    (out / "truth").mkdir(parents=True, exist_ok=True)
    (out / "truth" / f"{p.pid}.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def scan_of(blocks, out_path: Path, seed: int, seal_text: str, tmp: Path, seal_pages=(0,), size=9, landscape=False):
    src = tmp / f"src_{seed}.pdf"
    lib.blocks_to_pdf(blocks, src, size=size, landscape=landscape)
    lib.scan_pdf(src, out_path, seed, seal_text, seal_pages=seal_pages)


def audit_cover(company: str, firm: str, no: str, year_title: str = "2023年度"):
    return [("sp", 30), ("h", company, 16), ("h", f"{year_title}财务报表及审计报告", 15), ("sp", 20),
            ("h", f"{firm}", 12), ("h", f"{no}", 10), ("pb",),
            ("h", "审计报告", 14), ("p", f"{no}"), ("p", f"{company}全体股东："),
            ("p", f"我们审计了{company}（以下简称贵公司）财务报表，包括2023年12月31日的合并及母公司资产负债表，2023年度的合并及母公司利润表、"
                  "合并及母公司现金流量表、合并及母公司所有者权益变动表以及相关财务报表附注。"),
            ("p", "我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司2023年12月31日的合并及母公司财务状况"
                  "以及2023年度的合并及母公司经营成果和现金流量。"),
            ("r", f"{firm}    中国注册会计师：（签名并盖章）"), ("r", "二〇二四年四月十八日"), ("pb",)]


# =====================================================================================================
def pkg1(out: Path, tmp: Path) -> None:
    """序号2 — clean: loss-making platform, 合并/母公司 four columns in 元, platform 专项审计报告 with a restated 2022,
    capitalised 开发支出, 12-month management account, 万元 prose with 约."""
    p = Pkg(pid="h47_p1_jineng_clean", list_no=2, listed_name="电机设备远程运维服务工业互联网平台",
            company="上海电机系统节能工程技术研究中心有限公司", declared_name="电机设备远程运维服务工业互联网平台", p2023=False,
            seed=4702, short="电机节能", contact=("顾文涛", "数字化事业部副总经理", "13917364028", "guwentao@sem-energy.example.com"),
            address="上海市闵行区江川东路168号研发楼3楼报告厅", url="https://iiot.sem-energy.example.com", account="sheitc_eval",
            password="Mtr#2024Rv", nature="行业型工业互联网平台", build_time=("2019年3月", "2023年12月"),
            build_value="2019.03-2023.12", build_amount=12600.00, build_mode="自建", op_mode="自运营", iaas="自建",
            deploy="边缘侧、私有云、公有云", intro_focus="电机及其系统能效与运维服务",
            dev_cats=["电力设备", "动力设备", "电工、电子设备", "机床", "轻工设备"],
            regions=["上海", "江苏", "浙江", "安徽", "山东", "广东", "湖北", "四川"], overseas=["越南Vietnam", "泰国Thailand"],
            industries=["机械", "电力、热力和燃气", "汽车", "石化化工", "轻工"])
    gen_common(p)
    pdir = out / "packages" / p.pid
    acc = Acc(p, pdir)
    # ---- platform figures (元, cents)
    R = {2020: 2716489305, 2021: 3140822690, 2022: 3867190512, 2023: 4586231748}
    R22_before = 3925461037
    rd_exp, rd_cap = 621843055, 294681230
    rd_tot = rd_exp + rd_cap
    tp = -312764518
    rev = {y: w(R[y]) for y in (2021, 2022, 2023)}
    rd = w(rd_tot)
    profit = w(tp)
    rv, g = set_fin(p, rev, rd, profit, prev2020=w(R[2020]))
    # declared from 万元 equals computation in 元
    assert g[2023] == r2((R[2023] / R[2022] - 1) * 100) and g[2022] == r2((R[2022] / R[2021] - 1) * 100)
    assert p.V["平台利润率（%）"][1] == r2(tp / R[2023] * 100)
    assert p.V["平台相关研发投入强度（%）"][1] == r2(rd_tot / R[2023] * 100)
    # company
    crev, crev_p, mrev, mrev_p = 31268451936, 27690341852, 24811760540, 22145039217
    cols = [income(crev, 11, rd_cents=2864012077), income(crev_p, 12), income(mrev, 13, rd_cents=2305516240), income(mrev_p, 14)]
    bal = balance(crev, 15)
    p.lists["company"] = {"code": "91310112MA1G8K2X3P", "founded": "2009年6月", "addr": "上海市闵行区", "type": "有限责任公司",
                          "capital": "8,000万元", "business": "电机系统节能技术研发、检测与能效服务", "legal": "沈立国",
                          "ops": [f2(w(bal["ta"])), f2(w(crev)), f2(growth(crev, crev_p)), f2(r2(bal["tl"] / bal["ta"] * 100)),
                                  f2(w(cols[0]["tp"])), f2(w(cols[0]["tax"] + cols[0]["itax"]))]}
    p.lists["contact2"] = ("钱佳怡", "平台运营主管", "13916205837", "qianjiayi@sem-energy.example.com")
    base_texts(p, "2023年平台虽仍处于投入期、利润为负，但")
    P = {"rev": "附件3-1 平台专项审计报告第2页；附件3-3 月度收入管理报表", "rd": "附件3-1 第2页；附件3-2 审计报告附注 开发支出"}
    p.proofs.update({"平台相关营业收入（万元）": P["rev"], "平台相关研发投入（万元）": P["rd"], "平台利润率（%）": "附件3-1 第2页",
                     "平台相关研发投入强度（%）": "按公式计算", "投资回报率（%）": "附件3-1 第2页（利润总额）÷平台建设金额",
                     "平台核心软硬件技术获得的专利数量（项）": "附件3-5 第1页", "平台核心软硬件技术获得的软著数量（个）": "附件3-5 第2页",
                     "连接的工业设备/产品/产线种类及数量（台/套）": "附件3-6；附件3-7 截图", "注册企业用户数（个）": "附件3-7 截图"})
    # ---- files
    f_form = "附件2_申报表_电机设备远程运维服务工业互联网平台.docx"
    lib.to_docx(form_blocks(p), acc.path(f_form, "申报表"), title="申报表")
    scan_of(form_blocks(p), acc.path("附件2_申报表_盖章扫描件.pdf", "申报表扫描件"), 21, p.company, tmp, seal_pages=(0, 1))
    lib.to_docx(contact_blocks(p), acc.path("附件1_联系人信息反馈表.docx", "联系人表"))
    summary_xlsx(p, acc.path("附件4_平台基本情况汇总表.xlsx", "汇总表"))
    scan_of(commitment_blocks(p), acc.path("附件5_真实性承诺_盖章.pdf", "承诺"), 22, p.company, tmp)
    money_para = (f"2023年公司合并营业收入约3.13亿元。电机设备远程运维服务工业互联网平台2023年实现营业收入约4,586万元，"
                  f"较2022年（重述后）的约3,867万元增长18.59%；平台全年研发投入约917万元（含资本化研发支出约295万元），"
                  f"由于持续加大研发和市场投入，平台2023年利润总额为亏损约313万元。")
    annex = ["附件3-1 电机远程运维平台2023年度专项审计报告", "附件3-2 2023年度审计报告（合并及母公司）", "附件3-3 平台月度收入管理报表",
             "附件3-5 知识产权清单", "附件3-6 接入设备统计表", "附件3-7 平台运行截图", "附件3-8 荣誉清单"]
    lib.to_docx(narrative_blocks(p, money_para, False, annex), acc.path("附件3_申报书_电机设备远程运维服务工业互联网平台.docx", "申报书"))
    # 专项审计报告 (text PDF, landscape)
    sa = "附件3_证明材料/附件3-1_平台专项审计报告.pdf"
    hdr = [["项目", "2023年度", "2022年度（重述后）", "2022年度（重述前）", "2021年度", "2020年度"]]
    rows = [["一、平台营业收入", money(R[2023]), money(R[2022]), money(R22_before), money(R[2021]), money(R[2020])]]
    cost = {2023: 3217706114, 2022: 2541178830, 2021: 2102290140, 2020: 1810520004}
    exp = {2023: R[2023] - cost[2023] - tp, 2022: 1390245371, 2021: 1013120020, 2020: 860003300}
    tps = {y: R[y] - cost[y] - exp[y] for y in (2022, 2021, 2020)}
    tps[2023] = tp
    tps_before = R22_before - cost[2022] - exp[2022]
    rows += [["减：平台营业成本", money(cost[2023]), money(cost[2022]), money(cost[2022]), money(cost[2021]), money(cost[2020])],
             ["减：平台期间费用（含费用化研发支出）", money(exp[2023]), money(exp[2022]), money(exp[2022]), money(exp[2021]), money(exp[2020])],
             ["二、平台利润总额", money(tps[2023]), money(tps[2022]), money(tps_before), money(tps[2021]), money(tps[2020])],
             ["三、平台研发投入合计", money(rd_tot), "—", "—", "—", "—"],
             ["其中：费用化研发支出", money(rd_exp), "—", "—", "—", "—"],
             ["资本化研发支出（开发支出）", money(rd_cap), "—", "—", "—", "—"]]
    B = [("h", "关于电机设备远程运维服务工业互联网平台2023年度业务收支情况的专项审计报告", 13),
         ("p", "沪信会专审字〔2024〕第0386号"),
         ("p", f"{p.company}：我们接受委托，对贵公司电机设备远程运维服务工业互联网平台（以下简称平台）2020年度至2023年度的业务收支情况进行了专项审计。"
               "平台营业收入指基于平台直接订阅的服务及通过平台服务取得的收入，按合同逐笔拆分确认。"),
         ("p", f"经审计，平台2023年度实现营业收入{money(R[2023])}元，发生研发投入{money(rd_tot)}元（其中费用化研发支出{money(rd_exp)}元、"
               f"资本化研发支出{money(rd_cap)}元），平台利润总额为{money(tp, 'minus')}元，处于亏损状态，亏损主要系新版平台研发投入加大所致。"),
         ("p", f"前期差错更正：2022年度有一笔跨期订阅服务收入{money(R22_before - R[2022])}元应归属2023年度以后的服务期间，已对2022年度比较数据进行重述，重述前后金额见附表。"),
         ("pb",), ("h", "附表：平台业务收支明细表", 12), ("p", "单位：元"),
         ("t", hdr + rows, [62, 36, 36, 36, 36, 36], None, ["l", "r", "r", "r", "r", "r"]),
         ("p", "注：括号内数字为负数。"), ("r", "上海信诚会计师事务所有限公司（盖章）  二〇二四年五月二十日")]
    lib.blocks_to_pdf(B, acc.path(sa, "evidence:audit_report"), size=9.5, landscape=True)
    acc.fact("平台相关营业收入（万元）", money(R[2023]), "元", rev[2023], sa, 2, money(R[2023]), "一、平台营业收入", "2023年度")
    acc.fact("平台近三年经营指标情况", money(R[2022]), "元", rev[2022], sa, 2, money(R[2022]), "一、平台营业收入", "2022年度（重述后）",
             "2022年平台营收（万元）")
    acc.fact("平台近三年经营指标情况", money(R[2021]), "元", rev[2021], sa, 2, money(R[2021]), "一、平台营业收入", "2021年度",
             "2021年平台营收（万元）")
    acc.fact("平台相关研发投入（万元）", money(rd_tot), "元", rd, sa, 2, money(rd_tot), "三、平台研发投入合计", "2023年度")
    acc.fact("平台利润率（%）", money(tp), "元", profit, sa, 2, money(tp), "二、平台利润总额", "2023年度", "平台利润总额（万元）")
    acc.fact("投资回报率（%）", money(tp), "元", profit, sa, 2, money(tp), "二、平台利润总额", "2023年度", "平台年利润（万元）")
    acc.fact("平台相关营业收入（万元）", money(R[2023]), "元", rev[2023], sa, 1, f"平台2023年度实现营业收入{money(R[2023])}元", "营业收入")
    # company audit report (text PDF, landscape): 合并/母公司 four columns; 开发支出 note
    ca = "附件3_证明材料/附件3-2_2023年度审计报告（合并及母公司）.pdf"
    B = audit_cover(p.company, "上海信诚会计师事务所有限公司", "沪信会审字〔2024〕第1127号")
    B += [("h", "合并及母公司利润表", 13), ("p", f"编制单位：{p.company}　　　　2023年度　　　　单位：元"),
          ("t", [["项目", "合并 本期金额", "合并 上期金额", "母公司 本期金额", "母公司 上期金额"]] + statement_rows(cols),
           [80, 42, 42, 42, 42], None, ["l", "r", "r", "r", "r"]), ("pb",),
          ("h", "财务报表附注（摘录）", 13), ("p", "五、17. 开发支出　　单位：元"),
          ("t", [["项目", "期初余额", "本期增加：内部开发支出", "本期减少：确认为无形资产", "本期减少：计入当期损益", "期末余额"],
                 ["电机远程运维平台V3.0", money(118420060), money(rd_cap), money(236000000), "0.00", money(118420060 + rd_cap - 236000000)],
                 ["高效电机能效检测系统", money(42600000), money(55810000), "0.00", money(8150000), money(42600000 + 55810000 - 8150000)],
                 ["合计", money(161020060), money(rd_cap + 55810000), money(236000000), money(8150000),
                  money(161020060 + rd_cap + 55810000 - 236000000 - 8150000)]],
           [56, 34, 38, 40, 38, 34], None, ["l", "r", "r", "r", "r", "r"]),
          ("p", "注：本期研发支出合计中，费用化部分计入“研发费用”项目，资本化部分计入“开发支出”项目。")]
    lib.blocks_to_pdf(B, acc.path(ca, "evidence:audit_report"), size=9, landscape=True)
    # monthly management account (xlsx)
    from openpyxl import Workbook
    from openpyxl.styles import Font

    rng = random.Random(2401)
    m23 = split_cents(R[2023], [rng.uniform(0.7, 1.3) for _ in range(12)])
    m22 = split_cents(R[2022], [rng.uniform(0.7, 1.3) for _ in range(12)])
    wb = Workbook()
    ws = wb.active
    ws.title = "平台收入月报"
    ws["A1"] = "电机设备远程运维服务工业互联网平台 2023年度月度收入管理报表"
    ws["A1"].font = Font(bold=True)
    ws["A2"] = "单位：元"
    ws.append(["月份", "本月平台收入", "本年累计", "上年同期累计（重述后）"])
    c23 = c22 = 0
    for i in range(12):
        c23 += m23[i]
        c22 += m22[i]
        ws.append([f"{i + 1}月", m23[i] / 100, c23 / 100, c22 / 100])
    ws.append(["合计", R[2023] / 100, R[2023] / 100, R[2022] / 100])
    for row in ws.iter_rows(min_row=4, min_col=2, max_col=4):
        for c in row:
            c.number_format = "#,##0.00"
    for col in "ABCD":
        ws.column_dimensions[col].width = 22
    assert c23 == R[2023] and c22 == R[2022]
    mrel = "附件3_证明材料/附件3-3_平台月度收入管理报表.xlsx"
    lib.finish_xlsx(wb, acc.path(mrel, "evidence:other"), "月度收入管理报表")
    acc.fact("平台相关营业收入（万元）", f"{R[2023] / 100:,.2f}", "元", rev[2023], mrel, 1, f"{R[2023] / 100:.2f}", "合计", "本月平台收入")
    acc.fact("平台近三年经营指标情况", f"{R[2022] / 100:,.2f}", "元", rev[2022], mrel, 1, f"{R[2022] / 100:.2f}", "合计",
             "上年同期累计（重述后）", "2022年平台营收（万元）")
    # other evidence
    ip = "附件3_证明材料/附件3-5_知识产权清单.pdf"
    lib.blocks_to_pdf(ip_blocks(p, "平台核心软硬件技术知识产权清单"), acc.path(ip, "evidence:patent_list"), size=8.5,
                      header=f"{p.company}  知识产权清单")
    dv = "附件3_证明材料/附件3-6_接入设备统计表.pdf"
    lib.blocks_to_pdf(device_blocks(p, "平台接入工业设备统计表", "2024年6月30日"), acc.path(dv, "evidence:device_list"), size=9)
    sh = "附件3_证明材料/附件3-7_平台运行截图.pdf"
    screenshot_pdf(acc, sh, "电机设备远程运维服务平台 · 运行总览", shot_tiles(p), 2407)
    awr = "附件3_证明材料/附件3-8_荣誉清单.pdf"
    lib.blocks_to_pdf(awards_blocks(p), acc.path(awr, "evidence:award_list"))
    common_evidence_facts(acc, ip, dv, sh, 1, awr)
    write_truth(acc, out, "序号2电机系统节能中心电机远程运维平台，干净包：平台亏损（利润率为负）、合并/母公司四列利润表（元）、平台专项审计报告含2022年重述前/后、"
                "资本化开发支出计入研发投入、12个月收入管理报表合计等于全年、申报书以万元约数表述，全部一致。",
                ["folder:flat+附件3_证明材料", "form:docx+stamped_scan", "audit:合并/母公司×本期/上期(元)", "platform:专项审计报告(元,横向)",
                 "loss:platform(negative 利润率/投资回报率)", "restated:2022重述前/重述后", "rd:费用化+资本化(开发支出)",
                 "mgmt:monthly xlsx 本年累计/上年同期", "narrative:万元 约数", "summary:xlsx-vertical", "commitment:scan"])


def split_cents(total: int, weights: list[float]) -> list[int]:
    raw = [total * x / sum(weights) for x in weights]
    out = [int(v) for v in raw]
    out[-1] += total - sum(out)
    return out


# =====================================================================================================
def pkg2(out: Path, tmp: Path) -> None:
    """序号29 — company statements in 万元 (合并/母公司), platform 专项说明 in 元 with a loss; 研发投入 typed in 元,
    强度 not matching, positive 利润率/投资回报率 against the loss."""
    p = Pkg(pid="h47_p2_waigaoqiao_units", list_no=29, listed_name="外高桥船舶行业工业互联网平台", company="上海外高桥造船有限公司",
            declared_name="外高桥船舶行业工业互联网平台", p2023=False, seed=4729, short="外高桥船舶",
            contact=("陆嘉明", "信息化部主任", "13901822746", "lujiaming@sws-ship.example.com"),
            address="上海市浦东新区洲海路3001号行政楼2楼第三会议室", url="https://iip.sws-ship.example.com", account="pingjia2024",
            password="Ship@0722x", nature="行业型工业互联网平台", build_time=("2020年1月", "2023年12月"), build_value="2020.01-2023.12",
            build_amount=9800.00, build_mode="自建", op_mode="自运营", iaas="自建", deploy="私有云、混合云",
            intro_focus="船舶总装建造及配套产业链",
            dev_cats=["交通设备", "机床", "机器人", "动力设备", "物流设备", "其他"],
            regions=["上海", "江苏", "浙江", "山东", "辽宁", "广东", "湖北", "福建"], overseas=["新加坡Singapore", "希腊Greece"],
            industries=["船舶", "机械", "黑色金属", "电子"])
    gen_common(p, scale=0.6)
    pdir = out / "packages" / p.pid
    acc = Acc(p, pdir)
    R = {2020: 1711530026, 2021: 1962047715, 2022: 2290571384, 2023: 2638419060}
    rd_exp, rd_cap = 541230877, 180365520
    rd_tot = rd_exp + rd_cap
    TP = {2021: 3840112, 2022: -9530288, 2023: -148622735}
    rev = {y: w(R[y]) for y in (2021, 2022, 2023)}
    rd = w(rd_tot)
    profit = w(TP[2023])
    fake_pm = 4.87
    fake_profit = r2(rev[2023] * fake_pm / 100)
    fake_roi = r2(fake_profit / p.build_amount * 100)
    true_int = r2(rd / rev[2023] * 100)
    rd_slip = rd_tot / 100  # 7215963.97 typed into the 万元 cell
    rv, g = set_fin(p, rev, rd, profit, prev2020=w(R[2020]), rd_declared=rd_slip, rd_int_declared=true_int,
                    pm_declared=fake_pm, roi_declared=fake_roi)
    # company (万元 statements: amounts in 万元 with 2 decimals -> use cents of 万元)
    crev, crev_p, mrev, mrev_p = 162874532, 149310877, 158203416, 145926034  # 万元 ×100
    cols = [income(crev, 31), income(crev_p, 32), income(mrev, 33), income(mrev_p, 34)]
    bal = balance(crev, 35)
    p.lists["company"] = {"code": "913101157030385621", "founded": "1999年12月", "addr": "上海市浦东新区", "type": "有限责任公司（国有控股）",
                          "capital": "448,780万元", "business": "船舶及海洋工程装备设计与建造", "legal": "王振宇",
                          "ops": [f2(bal["ta"] / 100), f2(crev / 100), f2(growth(crev, crev_p)), f2(r2(bal["tl"] / bal["ta"] * 100)),
                                  f2(cols[0]["tp"] / 100), f2((cols[0]["tax"] + cols[0]["itax"]) / 100)]}
    p.lists["contact2"] = ("孙晓蕾", "平台运营工程师", "13801937452", "sunxiaolei@sws-ship.example.com")
    base_texts(p, "")
    p.proofs.update({"平台相关营业收入（万元）": "附件二 平台业务收支专项说明 第2页", "平台相关研发投入（万元）": "附件二 第2页",
                     "平台利润率（%）": "附件二 第2页", "平台核心软硬件技术获得的专利数量（项）": "附件四 知识产权清单"})
    f_form = "申报材料/02_申报表_外高桥船舶行业工业互联网平台.xlsx"
    form_xlsx(p, acc.path(f_form, "申报表"), "申报表")
    scan_of(form_blocks(p), acc.path("申报材料/02_申报表（盖章版）.pdf", "申报表扫描件"), 41, p.company, tmp, seal_pages=(0,))
    lib.to_docx(contact_blocks(p), acc.path("申报材料/01_联系人信息反馈表.docx", "联系人表"), font="仿宋")
    lib.to_docx(summary_blocks(p), acc.path("申报材料/04_平台基本情况汇总表.docx", "汇总表"), font="仿宋")
    lib.to_docx(commitment_blocks(p), acc.path("申报材料/05_真实性承诺.docx", "承诺"), font="仿宋")
    money_para = ("公司2023年合并营业收入约162.87亿元。外高桥船舶行业工业互联网平台2023年实现营业收入约2,638万元，同比增长15.19%。")
    annex = ["附件一 2023年度审计报告（合并及母公司）", "附件二 平台业务收支专项说明", "附件三 接入设备统计表", "附件四 知识产权清单",
             "附件五 平台截图", "附件六 荣誉清单"]
    lib.to_docx(narrative_blocks(p, money_para, False, annex), acc.path("申报材料/03_申报书.docx", "申报书"), font="仿宋")
    assert growth(R[2023], R[2022]) == 15.19
    # company audit report in 万元
    ca = "附件/附件一_2023年度审计报告.pdf"
    B = audit_cover(p.company, "上海申江会计师事务所（特殊普通合伙）", "申江审字（2024）第0571号")
    B += [("h", "合并及母公司利润表", 13), ("p", "2023年度　　　　金额单位：人民币万元"),
          ("t", [["项目", "本期金额（合并）", "上期金额（合并）", "本期金额（母公司）", "上期金额（母公司）"]] + statement_rows(cols),
           [80, 42, 42, 42, 42], None, ["l", "r", "r", "r", "r"])]
    lib.blocks_to_pdf(B, acc.path(ca, "evidence:audit_report"), size=9, landscape=True)
    # platform 专项说明 in 元
    sp = "附件/附件二_平台业务收支专项说明.pdf"
    cost = {2023: 2101506280, 2022: 1795360110, 2021: 1530112060}
    exp = {y: R[y] - cost[y] - TP[y] for y in (2021, 2022, 2023)}
    B = [("h", "关于外高桥船舶行业工业互联网平台业务收支情况的专项说明", 13),
         ("p", "本说明依据公司2021—2023年度经审计的财务报表，按平台相关合同和成本费用归集口径对平台业务收支进行拆分。"
               f"2023年度平台实现营业收入{money(R[2023])}元，研发投入合计{money(rd_tot)}元（其中资本化{money(rd_cap)}元），"
               f"受新建船厂数字孪生模块集中投入影响，平台2023年度亏损{money(-TP[2023])}元。"),
         ("pb",), ("h", "平台业务收支明细表", 12), ("p", "单位：元"),
         ("t", [["项目", "2023年度", "2022年度", "2021年度"],
                ["平台营业收入", money(R[2023]), money(R[2022]), money(R[2021])],
                ["平台营业成本", money(cost[2023]), money(cost[2022]), money(cost[2021])],
                ["平台期间费用", money(exp[2023]), money(exp[2022]), money(exp[2021])],
                ["平台利润总额", money(TP[2023], "minus"), money(TP[2022], "minus"), money(TP[2021], "minus")],
                ["平台研发投入合计", money(rd_tot), "—", "—"],
                ["　其中：研发费用（费用化）", money(rd_exp), "—", "—"],
                ["　　　　开发支出（资本化）", money(rd_cap), "—", "—"]], [60, 38, 38, 38], None, ["l", "r", "r", "r"]),
         ("p", "附注：2020年度平台营业收入为" + money(R[2020]) + "元。"),
         ("r", f"{p.company}（盖章）  财务负责人：周敏  2024年6月28日")]
    lib.blocks_to_pdf(B, acc.path(sp, "evidence:audit_report"), size=9.5)
    acc.fact("平台相关营业收入（万元）", money(R[2023]), "元", rev[2023], sp, 2, money(R[2023]), "平台营业收入", "2023年度")
    acc.fact("平台近三年经营指标情况", money(R[2022]), "元", rev[2022], sp, 2, money(R[2022]), "平台营业收入", "2022年度", "2022年平台营收（万元）")
    acc.fact("平台近三年经营指标情况", money(R[2021]), "元", rev[2021], sp, 2, money(R[2021]), "平台营业收入", "2021年度", "2021年平台营收（万元）")
    acc.fact("平台相关研发投入（万元）", money(rd_tot), "元", rd, sp, 2, money(rd_tot), "平台研发投入合计", "2023年度")
    acc.fact("平台利润率（%）", money(TP[2023], "minus"), "元", profit, sp, 2, money(TP[2023], "minus"), "平台利润总额", "2023年度",
             "平台利润总额（万元）")
    acc.fact("投资回报率（%）", money(TP[2023], "minus"), "元", profit, sp, 2, money(TP[2023], "minus"), "平台利润总额", "2023年度",
             "平台年利润（万元）")
    acc.fact("平台相关研发投入（万元）", money(rd_tot), "元", rd, sp, 1, f"研发投入合计{money(rd_tot)}元", "研发投入合计")
    dv = "附件/附件三_接入设备统计表.pdf"
    lib.blocks_to_pdf(device_blocks(p, "平台接入设备统计表（船舶及配套）", "2024年6月30日"), acc.path(dv, "evidence:device_list"))
    ip = "附件/附件四_知识产权清单.pdf"
    lib.blocks_to_pdf(ip_blocks(p, "外高桥船舶行业工业互联网平台知识产权清单"), acc.path(ip, "evidence:patent_list"), size=8.5)
    sh = "附件/附件五_平台截图.png"
    screenshot_pdf(acc, sh, "船舶行业工业互联网平台 驾驶舱", shot_tiles(p, ("设备接入总数", "注册企业", "工业APP", "微服务")), 2907,
                   below=True, as_png=True)
    awr = "附件/附件六_荣誉清单.pdf"
    lib.blocks_to_pdf(awards_blocks(p), acc.path(awr, "evidence:award_list"))
    common_evidence_facts(acc, ip, dv, sh, 1, awr, shot_labels=("设备接入总数", "注册企业", "工业APP", "微服务"))
    F = f_form
    acc.problem("declared_vs_evidence", ["平台相关研发投入（万元）"], [F, sp], "error",
                f"平台相关研发投入（万元）填报 {f2(rd_slip)}，即专项说明中以元计的研发投入合计 {money(rd_tot)} 元原样填入万元栏"
                f"（单位错误，放大10,000倍）；应为 {f2(rd)} 万元")
    acc.problem("formula", ["平台相关研发投入强度（%）", "平台相关研发投入（万元）", "平台相关营业收入（万元）"], [F], "error",
                f"平台相关研发投入强度填报 {f2(true_int)}%，按申报表填写的研发投入 {f2(rd_slip)} ÷ 营业收入 {f2(rev[2023])} × 100% "
                f"应为 {f2(r2(rd_slip / rev[2023] * 100))}%，表内公式不成立（根源为研发投入的单位错误）")
    acc.problem("declared_vs_evidence", ["平台利润率（%）", "投资回报率（%）"], [F, sp], "error",
                f"平台利润率填报 {f2(fake_pm)}%（正值）、投资回报率 {f2(fake_roi)}%，而平台业务收支专项说明显示2023年度平台利润总额为"
                f" {money(TP[2023], 'minus')} 元（亏损），应为 {f2(r2(profit / rev[2023] * 100))}% 和 {f2(r2(profit / p.build_amount * 100))}%"
                "（近三年平均利润亦为负）")
    write_truth(acc, out, "序号29外高桥造船船舶行业平台：公司报表以万元列示（合并/母公司），平台专项说明以元列示且2023年亏损；研发投入把元数填入万元栏、"
                "研发投入强度与表内数值不符、利润率和投资回报率填为正值。",
                ["folder:申报材料+附件", "form:xlsx+stamped_scan", "audit:合并/母公司(万元)", "platform:专项说明(元)", "loss:platform",
                 "negative:-sign", "summary:docx-vertical", "commitment:docx", "screenshot:png-caption-below"])


# =====================================================================================================
def pkg3(out: Path, tmp: Path) -> None:
    """序号23 (2023 participant) — restated 2022 used on one side only, 利润率 not 利润/收入, 申报书 约1.46亿元."""
    p = Pkg(pid="h47_p3_xingyun_restated", list_no=23, listed_name="“星云智汇” 工业互联网平台", company="上海电气集团数字科技有限公司",
            declared_name="“星云智汇”工业互联网平台", p2023=True, seed=4723, short="星云智汇",
            contact=("许振华", "平台产品总监", "13917520684", "xuzhenhua@sec-digital.example.com"),
            address="上海市静安区共和新路3000号12号楼5楼多功能厅", url="https://nebula.sec-digital.example.com", account="eval2024",
            password="Nbx!5521q", nature="跨行业跨领域综合型工业互联网平台", build_time=("2018年6月", "2023年12月"),
            build_value="2018.06-2023.12", build_amount=15800.00, build_mode="自建", op_mode="自运营", iaas="租用：阿里云计算有限公司",
            deploy="边缘侧、私有云、公有云、混合云", intro_focus="能源装备、工业装备和交通装备",
            dev_cats=["电力设备", "动力设备", "机床", "仪器仪表", "工程机械", "交通设备"],
            regions=["上海", "江苏", "浙江", "广东", "北京", "四川", "湖北", "河南"], overseas=["印度尼西亚Indonesia", "巴基斯坦Pakistan", "越南Vietnam"],
            industries=["电力、热力和燃气", "机械", "汽车", "轨道交通", "建材"])
    gen_common(p, scale=1.4)
    pdir = out / "packages" / p.pid
    acc = Acc(p, pdir)
    R = {2020: 8354010266, 2021: 9621583048, 2022: 11052871693, 2023: 12896435270}
    R22b = 11380724516
    rd_exp, rd_cap = 1834051266, 410233750
    rd_tot = rd_exp + rd_cap
    tp, npf = 1478240691, 1256504587
    rev = {y: w(R[y]) for y in (2021, 2022, 2023)}
    rd, profit = w(rd_tot), w(tp)
    g23_restated = growth(R[2023], R[2022])
    g22_before = growth(w(R22b), rev[2021])
    pm_decl = 14.62
    rv, g = set_fin(p, rev, rd, profit, prev2020=w(R[2020]), rev_declared={2022: w(R22b)},
                    g_declared={2023: g23_restated, 2022: g22_before}, pm_declared=pm_decl)
    assert g[2022] == r2((w(R22b) / rev[2021] - 1) * 100)
    g23_consistent = growth(rev[2023], w(R22b))
    assert g23_consistent != g23_restated
    crev, crev_p, mrev, mrev_p = 58642087315, 51307264892, 40218563307, 36950118624
    cols = [income(crev, 51), income(crev_p, 52), income(mrev, 53), income(mrev_p, 54)]
    bal = balance(crev, 55)
    p.lists["company"] = {"code": "91310106MA1FY7QR2L", "founded": "2018年5月", "addr": "上海市静安区", "type": "有限责任公司",
                          "capital": "140,000万元", "business": "工业互联网平台、工业软件与智能制造解决方案", "legal": "黄一鸣",
                          "ops": [f2(w(bal["ta"])), f2(w(crev)), f2(growth(crev, crev_p)), f2(r2(bal["tl"] / bal["ta"] * 100)),
                                  f2(w(cols[0]["tp"])), f2(w(cols[0]["tax"] + cols[0]["itax"]))]}
    p.lists["contact2"] = ("唐诗雨", "市场经理", "13816027439", "tangshiyu@sec-digital.example.com")
    base_texts(p, "")
    p.proofs.update({"平台相关营业收入（万元）": "附件3-2 星云智汇平台专项审计报告", "平台利润率（%）": "附件3-2",
                     "平台相关研发投入（万元）": "附件3-2"})
    f_form = "1_申报表/附件2_申报表（星云智汇）.docx"
    lib.to_docx(form_blocks(p, proof_first=True), acc.path(f_form, "申报表"), font="微软雅黑", size=9)
    scan_of(form_blocks(p, proof_first=True), acc.path("1_申报表/附件2_申报表（盖章扫描）.pdf", "申报表扫描件"), 61, p.company, tmp,
            seal_pages=(0, 1))
    lib.to_docx(contact_blocks(p), acc.path("1_申报表/附件1_联系人信息反馈表.docx", "联系人表"))
    summary_xlsx(p, acc.path("1_申报表/附件4_平台基本情况汇总表.xlsx", "汇总表"), horizontal=True)
    scan_of(commitment_blocks(p), acc.path("1_申报表/附件5_真实性承诺.pdf", "承诺"), 62, p.company, tmp)
    money_para = ("公司2023年合并营业收入约5.86亿元。“星云智汇”平台2023年实现营业收入约1.46亿元，同比增长16.68%，"
                  "平台研发投入约2,244万元。")
    annex = ["附件3-1 2023年度审计报告（合并及母公司）", "附件3-2 “星云智汇”平台2023年度专项审计报告", "附件3-3 知识产权清单",
             "附件3-4 接入设备统计", "附件3-5 平台截图", "附件3-6 荣誉清单"]
    nar = "2_申报书/附件3_申报书（星云智汇）.docx"
    lib.to_docx(narrative_blocks(p, money_para, True, annex), acc.path(nar, "申报书"), font="微软雅黑")
    # company audit report, text PDF with 上期金额（重述后）
    ca = "3_证明材料/附件3-1_2023年度审计报告.pdf"
    B = audit_cover(p.company, "立衡华信会计师事务所（特殊普通合伙）上海分所", "立衡华信审字[2024]D-0219号")
    B += [("h", "合并及母公司利润表", 13), ("p", "2023年度　　　　单位：元"),
          ("t", [["项目", "合并 本期金额", "合并 上期金额（重述后）", "母公司 本期金额", "母公司 上期金额（重述后）"]] +
           statement_rows(cols, "minus"), [80, 42, 46, 42, 46], None, ["l", "r", "r", "r", "r"])]
    lib.blocks_to_pdf(B, acc.path(ca, "evidence:audit_report"), size=9, landscape=True)
    # platform special audit
    sa = "3_证明材料/附件3-2_星云智汇平台专项审计报告.pdf"
    B = [("h", "“星云智汇”工业互联网平台2023年度经营情况专项审计报告", 13), ("p", "立衡华信专审字[2024]D-0088号"),
         ("p", f"经审计，“星云智汇”平台2023年度营业收入{money(R[2023])}元，利润总额{money(tp)}元，净利润{money(npf)}元，"
               f"研发投入{money(rd_tot)}元（其中费用化{money(rd_exp)}元、资本化{money(rd_cap)}元）。"),
         ("p", "前期会计差错更正：2022年度平台收入中有一项分期履约合同按时点一次性确认，本期按履约进度追溯调整，"
               f"调减2022年度平台营业收入{money(R22b - R[2022])}元。2022年度比较数据按调整后金额列示。"),
         ("pb",), ("h", "附表1：平台营业收入及利润情况", 12), ("p", "单位：元"),
         ("t", [["项目", "2023年度", "2022年度（调整后）", "2022年度（调整前）", "2021年度", "2020年度"],
                ["营业收入", money(R[2023]), money(R[2022]), money(R22b), money(R[2021]), money(R[2020])],
                ["利润总额", money(tp), money(1202337145), money(1530190068), money(985402213), money(822013456)],
                ["净利润", money(npf), money(1021986573), money(1300661558), money(837591881), money(698711438)],
                ["研发投入合计", money(rd_tot), money(1911083520), money(1911083520), money(1620112340), money(1388006512)]],
          [44, 36, 38, 38, 36, 36], None, ["l", "r", "r", "r", "r", "r"]),
         ("r", "立衡华信会计师事务所（特殊普通合伙）上海分所  2024年5月30日")]
    lib.blocks_to_pdf(B, acc.path(sa, "evidence:audit_report"), size=9.5, landscape=True)
    acc.fact("平台相关营业收入（万元）", money(R[2023]), "元", rev[2023], sa, 2, money(R[2023]), "营业收入", "2023年度")
    acc.fact("平台近三年经营指标情况", money(R[2022]), "元", rev[2022], sa, 2, money(R[2022]), "营业收入", "2022年度（调整后）",
             "2022年平台营收（万元）")
    acc.fact("平台近三年经营指标情况", money(R[2021]), "元", rev[2021], sa, 2, money(R[2021]), "营业收入", "2021年度", "2021年平台营收（万元）")
    acc.fact("平台相关研发投入（万元）", money(rd_tot), "元", rd, sa, 2, money(rd_tot), "研发投入合计", "2023年度")
    acc.fact("平台利润率（%）", money(tp), "元", profit, sa, 2, money(tp), "利润总额", "2023年度", "平台利润总额（万元）")
    acc.fact("投资回报率（%）", money(tp), "元", profit, sa, 2, money(tp), "利润总额", "2023年度", "平台年利润（万元）")
    acc.fact("平台相关营业收入（万元）", money(R[2023]), "元", rev[2023], sa, 1, f"营业收入{money(R[2023])}元", "营业收入")
    ip = "3_证明材料/附件3-3_知识产权清单.pdf"
    lib.blocks_to_pdf(ip_blocks(p, "“星云智汇”平台知识产权清单"), acc.path(ip, "evidence:patent_list"), size=8.5)
    dv = "3_证明材料/附件3-4_接入设备统计.pdf"
    lib.blocks_to_pdf(device_blocks(p, "“星云智汇”平台接入设备统计", "2024年7月1日"), acc.path(dv, "evidence:device_list"))
    sh = "3_证明材料/附件3-5_平台截图.pdf"
    screenshot_pdf(acc, sh, "星云智汇 · 平台运营监控中心", shot_tiles(p, ("设备接入总数", "注册企业", "工业APP", "注册开发者")), 2323)
    awr = "3_证明材料/附件3-6_荣誉清单.pdf"
    lib.blocks_to_pdf(awards_blocks(p), acc.path(awr, "evidence:award_list"))
    common_evidence_facts(acc, ip, dv, sh, 1, awr, shot_labels=("设备接入总数", "注册企业", "工业APP", "注册开发者"))
    F = f_form
    acc.problem("growth_rate", ["平台近三年经营指标情况"], [F, sa], "error",
                f"2022年平台营收填报 {f2(w(R22b))} 万元（专项审计报告“调整前”数），而2023年增长率 {f2(g23_restated)}% 是按“调整后”"
                f"{f2(rev[2022])} 万元计算的；按申报表自身数值 {f2(rev[2023])} ÷ {f2(w(R22b))} − 1 应为 {f2(g23_consistent)}%"
                "（重述数只用在了一侧）")
    acc.problem("declared_vs_evidence", ["平台近三年经营指标情况"], [F, sa], "warning",
                f"2022年平台营收填报 {f2(w(R22b))} 万元，是专项审计报告“2022年度（调整前）”金额；经前期差错更正后的比较数为"
                f" {money(R[2022])} 元（{f2(rev[2022])} 万元），2022年增长率 {f2(g22_before)}% 亦按调整前数计算（按调整后应为"
                f" {f2(growth(R[2022], R[2021]))}%）")
    acc.problem("formula", ["平台利润率（%）"], [F, sa], "error",
                f"平台利润率填报 {f2(pm_decl)}%，专项审计报告2023年度利润总额 {money(tp)} 元 ÷ 营业收入 {money(R[2023])} 元 = "
                f"{f2(r2(tp / R[2023] * 100))}%（以净利润计为 {f2(r2(npf / R[2023] * 100))}%），均与填报值不符")
    acc.problem("narrative_vs_form", ["平台相关营业收入（万元）"], [nar, F], "warning",
                f"申报书称平台2023年实现营业收入“约1.46亿元”，而申报表与专项审计报告为 {f2(rev[2023])} 万元（约1.29亿元）")
    write_truth(acc, out, "序号23上海电气数科“星云智汇”（2023年参评，含第七章）：专项审计报告列示2022年调整前/调整后，申报表2022年营收用调整前数而2023年增长率按调整后计算；"
                "利润率与利润总额/营业收入不符；申报书营业收入“约1.46亿元”与申报表不符。",
                ["folder:1_申报表+2_申报书+3_证明材料", "form:docx(proof before actual)+stamped_scan", "audit:合并/母公司 上期金额（重述后）(元,-号)",
                 "platform:专项审计报告 2022调整前/调整后", "summary:xlsx-horizontal", "commitment:scan", "section7"])


# =====================================================================================================
def pkg4(out: Path, tmp: Path) -> None:
    """序号25 — no platform split (合并 figures declared), 研发投入 without 资本化, wrong growth rate, 汇总表 in 元."""
    p = Pkg(pid="h47_p4_lianqing_scope", list_no=25, listed_name="联擎 5G全链接工厂平台", company="联通（上海）产业互联网有限公司",
            declared_name="联擎5G全链接工厂平台", p2023=False, seed=4725, short="联擎5G",
            contact=("范志强", "解决方案部经理", "13918463025", "fanzhiqiang@cu-sh-iiot.example.com"),
            address="上海市长宁区长宁路1027号兆丰广场18楼会议室", url="https://lianqing.cu-sh-iiot.example.com", account="review_2024",
            password="Lq5G&0719", nature="行业型工业互联网平台", build_time=("2021年1月", "2023年12月"), build_value="2021.01-2023.12",
            build_amount=8600.00, build_mode="自建", op_mode="联合运营", iaas="自建", deploy="边缘侧、私有云、混合云",
            intro_focus="5G全链接工厂建设与运营",
            dev_cats=["电工、电子设备", "机器人", "物流设备", "仪器仪表", "机床"],
            regions=["上海", "江苏", "浙江", "安徽", "广东", "福建", "天津"], overseas=["马来西亚Malaysia"],
            industries=["电子", "汽车", "机械", "医药"])
    gen_common(p, scale=0.8)
    pdir = out / "packages" / p.pid
    acc = Acc(p, pdir)
    crev, crev_p, mrev, mrev_p = 18642730518, 15831964270, 17190522843, 14902011736
    rd_c = 2160877435
    rd_cap = 532741080
    tp = 984211306
    cols = [income(crev, 71, rd_cents=rd_c, tp_cents=tp), income(crev_p, 72), income(mrev, 73, rd_cents=1980225104), income(mrev_p, 74)]
    rev = {2021: 13520.46, 2022: w(crev_p), 2023: w(crev)}
    rd = w(rd_c)
    profit = w(tp)
    g23_true = growth(rev[2023], rev[2022])
    g23_decl = r2((rev[2023] - rev[2022]) / rev[2023] * 100)
    rv, g = set_fin(p, rev, rd, profit, prev2020=11604.35, g_declared={2023: g23_decl})
    bal = balance(crev, 75)
    p.lists["company"] = {"code": "91310105MA7C4L6Q8W", "founded": "2021年3月", "addr": "上海市长宁区", "type": "有限责任公司",
                          "capital": "20,000万元", "business": "5G行业应用、工业互联网平台、系统集成及通信工程服务", "legal": "郑永刚",
                          "ops": [f2(w(bal["ta"])), f2(w(crev)), f2(g23_true), f2(r2(bal["tl"] / bal["ta"] * 100)),
                                  f2(w(tp)), f2(w(cols[0]["tax"] + cols[0]["itax"]))]}
    p.lists["contact2"] = ("黄思琪", "项目经理", "13601957248", "huangsiqi@cu-sh-iiot.example.com")
    base_texts(p, "")
    p.proofs.update({"平台相关营业收入（万元）": "附件1 审计报告 合并利润表", "平台相关研发投入（万元）": "附件1 审计报告 合并利润表 研发费用",
                     "平台利润率（%）": "附件1 合并利润表"})
    # the 汇总表 carries 营业收入 in 元
    p.summary_cell["平台相关营业收入（万元）"] = f"{crev / 100:.2f}"
    f_form = "联擎_申报表.docx"
    lib.to_docx(form_blocks(p, levels=False), acc.path(f_form, "申报表"), font="宋体", size=10)
    scan_of(form_blocks(p, levels=False), acc.path("联擎_申报表_盖章.pdf", "申报表扫描件"), 81, p.company, tmp, seal_pages=(0,))
    summ = "联擎_平台基本情况汇总表.xlsx"
    summary_xlsx(p, acc.path(summ, "汇总表"))
    lib.to_docx(commitment_blocks(p), acc.path("联擎_真实性承诺.docx", "承诺"))
    money_para = ("公司业务涵盖5G行业专网建设、系统集成、通信工程服务及联擎5G全链接工厂平台运营，2023年合并营业收入约1.86亿元，"
                  "其中系统集成与通信工程服务收入占比约六成。")
    annex = ["附件1 2023年度审计报告（扫描件）", "附件2 2023年12月管理报表", "附件3 知识产权清单", "附件4 接入设备统计", "附件5 平台截图"]
    nar = "联擎_申报书.docx"
    lib.to_docx(narrative_blocks(p, money_para, False, annex), acc.path(nar, "申报书"))
    # audit report scanned (image-only), 单位：元, negatives with "-"
    ca = "证明材料/附件1_2023年度审计报告（扫描件）.pdf"
    B = audit_cover(p.company, "上海东方明华会计师事务所有限公司", "东明审字（2024）第3062号")
    dev_rows = [["项目", "期初余额", "本期增加：内部开发支出", "本期减少：确认为无形资产", "期末余额"],
                ["联擎平台边缘智能模块", money(86500000), money(rd_cap), money(300000000), money(86500000 + rd_cap - 300000000)],
                ["合计", money(86500000), money(rd_cap), money(300000000), money(86500000 + rd_cap - 300000000)]]
    B += [("h", "合并及母公司利润表", 13), ("p", "2023年度　　　　单位：元"),
          ("t", [["项目", "合并 本期金额", "合并 上期金额", "母公司 本期金额", "母公司 上期金额"]] + statement_rows(cols, "minus"),
           [80, 42, 42, 42, 42], None, ["l", "r", "r", "r", "r"]), ("pb",),
          ("h", "财务报表附注（摘录）  开发支出", 13), ("p", "单位：元"),
          ("t", dev_rows, [60, 40, 44, 46, 40], None, ["l", "r", "r", "r", "r"]),
          ("p", f"本期研发支出合计{money(rd_c + rd_cap)}元，其中费用化研发支出{money(rd_c)}元，资本化研发支出{money(rd_cap)}元。")]
    scan_of(B, acc.path(ca, "evidence:audit_report"), 83, "上海东方明华会计师事务所有限公司", tmp, seal_pages=(1,), landscape=True)
    acc.fact("平台相关营业收入（万元）", money(crev), "元", rev[2023], ca, 3, money(crev), "一、营业收入", "合并 本期金额", image=True)
    acc.fact("平台近三年经营指标情况", money(crev_p), "元", rev[2022], ca, 3, money(crev_p), "一、营业收入", "合并 上期金额",
             "2022年平台营收（万元）", image=True)
    acc.fact("平台相关研发投入（万元）", money(rd_c), "元", rd, ca, 3, money(rd_c), "研发费用", "合并 本期金额", image=True)
    acc.fact("平台利润率（%）", money(tp), "元", profit, ca, 3, money(tp), "三、利润总额（亏损总额以“－”号填列）", "合并 本期金额",
             "平台利润总额（万元）", image=True)
    acc.fact("投资回报率（%）", money(tp), "元", profit, ca, 3, money(tp), "三、利润总额（亏损总额以“－”号填列）", "合并 本期金额",
             "平台年利润（万元）", image=True)
    # management account in 千元
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "利润表(管理口径)"
    ws["A1"] = "联通（上海）产业互联网有限公司 管理报表 2023年12月"
    ws["A1"].font = Font(bold=True)
    ws["A2"] = "单位：千元"
    ws.append(["项目", "本月数", "本年累计", "上年同期"])
    mon = 21306588  # cents, December
    lines = [("营业收入", mon, crev, crev_p), ("营业成本", 14203311, cols[0]["cost"], cols[1]["cost"]),
             ("研发费用", 2011260, rd_c, cols[1]["rd"]), ("利润总额", 1290442, tp, cols[1]["tp"])]
    for name, m, y, py in lines:
        ws.append([name, round(m / 100000, 2), round(y / 100000, 2), round(py / 100000, 2)])
    for row in ws.iter_rows(min_row=4, min_col=2, max_col=4):
        for c in row:
            c.number_format = "#,##0.00"
    for col in "ABCD":
        ws.column_dimensions[col].width = 18
    mg = "证明材料/附件2_2023年12月管理报表.xlsx"
    lib.finish_xlsx(wb, acc.path(mg, "evidence:other"), "管理报表")
    acc.fact("平台相关营业收入（万元）", f"{crev / 100000:,.2f}", "千元", rev[2023], mg, 1, f"{round(crev / 100000, 2)}", "营业收入", "本年累计")
    acc.fact("平台近三年经营指标情况", f"{crev_p / 100000:,.2f}", "千元", rev[2022], mg, 1, f"{round(crev_p / 100000, 2)}", "营业收入",
             "上年同期", "2022年平台营收（万元）")
    ip = "证明材料/附件3_知识产权清单.pdf"
    lib.blocks_to_pdf(ip_blocks(p, "联擎5G全链接工厂平台知识产权清单"), acc.path(ip, "evidence:patent_list"), size=8.5)
    dv = "证明材料/附件4_接入设备统计.pdf"
    lib.blocks_to_pdf(device_blocks(p, "联擎平台接入设备统计", "2024年6月30日"), acc.path(dv, "evidence:device_list"))
    sh = "证明材料/附件5_平台截图.pdf"
    screenshot_pdf(acc, sh, "联擎5G全链接工厂平台 运营大屏", shot_tiles(p), 2525)
    common_evidence_facts(acc, ip, dv, sh, 1, None)
    F = f_form
    acc.problem("declared_vs_evidence", ["平台相关营业收入（万元）", "平台近三年经营指标情况"], [F, ca, nar], "warning",
                f"平台相关营业收入填报 {f2(rev[2023])} 万元，与审计报告合并利润表营业收入 {money(crev)} 元完全相同（2022年同样等于合并上期数），"
                "未见平台收入拆分；而申报书称公司还经营系统集成与通信工程服务（约占六成），平台收入口径存疑（填报指引：填平台而非企业数据）")
    acc.problem("declared_vs_evidence", ["平台相关研发投入（万元）"], [F, ca], "warning",
                f"平台相关研发投入填报 {f2(rd)} 万元，仅为合并利润表“研发费用” {money(rd_c)} 元；审计报告附注开发支出另有本期资本化研发支出 "
                f"{money(rd_cap)} 元，按R&D口径研发投入应包含资本化部分（合计 {f2(w(rd_c + rd_cap))} 万元）")
    acc.problem("growth_rate", ["平台近三年经营指标情况"], [F], "error",
                f"2023年增长率填报 {f2(g23_decl)}%，按 {f2(rev[2023])} ÷ {f2(rev[2022])} − 1 应为 {f2(g23_true)}%（误以本年数为分母）")
    acc.problem("summary_vs_form", ["平台相关营业收入（万元）"], [summ, F], "error",
                f"汇总表“平台相关营业收入（万元）”填写 {crev / 100:.2f}（以元填入万元栏，放大10,000倍），申报表为 {f2(rev[2023])} 万元")
    write_truth(acc, out, "序号25联通产业互联网联擎平台：扫描审计报告（元，负数以-号）未拆分平台收入，申报营业收入等于合并数；研发投入未含资本化开发支出；"
                "2023年增长率算错；汇总表营业收入以元填入万元栏。管理报表以千元列示本年累计/上年同期。",
                ["folder:flat+证明材料", "form:docx(no level columns)+stamped_scan", "audit:scan image-only 合并/母公司(元,-号)",
                 "mgmt:xlsx 千元 本年累计/上年同期", "scope:company=platform", "summary:xlsx-vertical(元 slip)", "commitment:docx", "no 联系人表"])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(HERE))
    out = Path(ap.parse_args().out)
    for sub in ("packages", "truth"):
        if (out / sub).exists():
            shutil.rmtree(out / sub)
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        for fn in (pkg1, pkg2, pkg3, pkg4):
            fn(out, tmp)
    print("built", out)


if __name__ == "__main__":
    main()
