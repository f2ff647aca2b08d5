"""Build the h41 blind set: packages/<id>/… and truth/<id>.json (deterministic).

    /work/main/.venv/bin/python -m eval_sets.blind.h41.build [--out DIR]
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
from pathlib import Path

from eval_sets.truth import PackageTruth, dump_truth

from . import lib
from .indicators import ROWS
from .model import MODES, bd_text, f2, split, summary_rows
from .specs import ALL
from .texts import answers, effect, intro

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]


def n(x: int) -> str:
    return f"{x:,}"


class Pkg:
    def __init__(self, p: dict, root: Path):
        self.p, self.root = p, root
        self.files: dict[str, str] = {}
        self.facts: list[dict] = []

    def add(self, rel: str, role: str) -> Path:
        self.files[rel] = role
        return self.root / rel

    def fact(self, label, value, unit, norm, file, page, quote, row_label="", column_label="", component="", image_only=False):
        self.facts.append(dict(label=label, value=value, unit=unit, normalized=norm, file=file, page=page, quote=quote,
                               row_label=row_label, column_label=column_label, component=component, image_only=image_only))


# ------------------------------------------------------------------ 申报表
def form_answers(p: dict) -> list[tuple[str, str, str, str, str, str]]:
    srow = {lab: val for lab, val, _ in summary_rows(p)}
    txt = answers(p)
    out = []
    for l1, l2, l3, content, a4 in ROWS:
        if content in p["answer_override"]:
            ans = p["answer_override"][content]
        elif a4 and a4 in p["form"]:
            ans = p["form"][a4][0]
        elif content in txt:
            ans = txt[content]
        elif a4 and a4 in ("平台是否建立安全管理体系",):
            ans = txt["是否针对平台制定了安全管理相关制度"]
        else:
            ans = srow[a4]
        out.append((l1, l2, l3, content, ans, p["proof"].get(content, p["proof_default"])))
    return out


def base_rows(p: dict) -> tuple[list[list[str]], list[list[str]]]:
    c, v = p["company"], p["v"]
    one = [["项目", "内容"],
           ["单位（企业）名称", p["company_name"]], ["单位（企业）代码", c["代码"]], ["成立日期", c["成立"]],
           ["注册地及所在行政区", c["注册地"]], ["企业类型", c["类型"]], ["注册资本", c["注册资本"]], ["主营业务", c["主营"]],
           ["法定代表人", c["法人"]], ["联系人", c["联系人"]], ["职务", c["职务"]], ["联系人手机", c["手机"]], ["传真", c["传真"]],
           ["电子邮箱", c["邮箱"]],
           ["股权结构（发起人及出资信息 / 金额（万元） / 持股比例）", "；".join(f"{a}／{b}／{d}" for a, b, d in c["股权"])],
           ["2023年总资产（万元）", c["总资产"]], ["2023年主营业务收入（万元）", c["主营收入"]], ["主营业务收入增长率（%）", c["收入增长"]],
           ["负债率（%）", c["负债率"]], ["利润总额（万元）", c["利润总额"]], ["税金（万元）", c["税金"]]]
    by, bm = p["build_period"].split("-")
    rev = p["rev"]
    two = [["项目", "内容"],
           ["平台名称", p["platform_name"]],
           ["建设时间", f"{by[:4]}年{int(by[5:])}月至{bm[:4]}年{int(bm[5:])}月"],
           ["平台建设金额（万元）", f2(v["建设金额"])],
           ["平台近三年经营指标情况", "\n".join(f"{y}年平台营收{f2(rev[y])}万元/增长率{f2(v['增长'][y])}%" for y in (2021, 2022, 2023))],
           ["平台建设方式", p["build_mode"]], ["平台运营模式", p["op_mode"]], ["IaaS基础设施", p["iaas"]],
           ["部署方式", p["deploy"]], ["平台网址", f"{p['url']}（{p['account']}）"],
           ["平台基本情况介绍", intro(p)], ["平台建设成效", effect(p)]]
    return one, two


def write_form_docx(pk: Pkg, rel: str):
    p = pk.p
    d = lib.Doc()
    d.title("上海市工业互联网平台应用水平评价", 18)
    d.title("申报表", 22)
    for line in ("申报年度：2024年度", f"平台名称：{p['platform_name']}", f"申报单位：{p['company_name']}（公章）",
                 f"联 系 人：{p['company']['联系人']}", f"联系人电话：{p['company']['手机']}", "上海市经济和信息化委员会制", "2024年7月16日"):
        d.para(line)
    d.page_break()
    one, two = base_rows(p)
    d.heading("一、企业基本情况")
    d.table(one)
    d.heading("二、平台基本情况")
    d.table(two)
    d.page_break()
    d.heading("三、上海市工业互联网平台应用水平评价指标明细表")
    rows = [["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]]
    rows += [list(r) for r in form_answers(p)]
    d.table(rows, merge_first=3)
    d.save(pk.add(rel, "申报表"))


def write_form_xlsx(pk: Pkg, rel: str):
    p = pk.p
    one, two = base_rows(p)
    cover = [["上海市工业互联网平台应用水平评价申报表"], ["申报年度：2024年度"], [f"平台名称：{p['platform_name']}"],
             [f"申报单位：{p['company_name']}（公章）"], [f"联系人：{p['company']['联系人']}"], [f"联系人电话：{p['company']['手机']}"]]
    three = [["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]] + [list(r) for r in form_answers(p)]
    lib.save_xlsx([("封面", cover), ("一、企业基本情况", one), ("二、平台基本情况", two), ("三、指标明细表", three)],
                  pk.add(rel, "申报表"), widths={1: 22, 2: 20, 3: 22, 4: 36, 5: 60, 6: 26})


def write_form_scan(pk: Pkg, rel: str, seed: int):
    p = pk.p
    one, two = base_rows(p)
    three = [["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]] + [list(r) for r in form_answers(p)]
    blocks = [("space", 40), ("title", "上海市工业互联网平台应用水平评价"), ("title", "申报表"), ("space", 20),
              ("p", "申报年度：2024年度"), ("p", f"平台名称：{p['platform_name']}"), ("p", f"申报单位：{p['company_name']}（公章）"),
              ("p", f"联 系 人：{p['company']['联系人']}"), ("p", f"联系人电话：{p['company']['手机']}"), ("space", 30),
              ("p", "上海市经济和信息化委员会制"), ("p", "2024年7月16日"), ("break",),
              ("head", "一、企业基本情况"), ("table", one, [60, 114]), ("head", "二、平台基本情况"), ("table", two, [40, 134]), ("break",),
              ("head", "三、上海市工业互联网平台应用水平评价指标明细表"), ("table", three, [18, 20, 22, 34, 58, 22])]
    data = lib.text_pdf(blocks, pk.root / "_tmp.pdf", size=8.5)
    (pk.root / "_tmp.pdf").unlink()
    lib.scan_pdf(data, pk.add(rel, "申报表扫描件"), seed, seal_text=p["company_name"], seal_pages=(0,), seal_pos=(0.62, 0.55))


# ------------------------------------------------------------------ 申报书, 汇总表, 承诺, 联系人表
def write_narrative(pk: Pkg, rel: str, appendix: list[str]):
    p, v = pk.p, pk.p["v"]
    d = lib.Doc("仿宋")
    d.title("上海市工业互联网平台应用水平评价", 18)
    d.title("申报书", 22)
    d.para(f"平台名称：{p['platform_name']}")
    d.para(f"申报单位：{p['company_name']}（公章）")
    d.para(f"联 系 人：{p['company']['联系人']}    联系人电话：{p['company']['手机']}")
    d.page_break()
    d.heading("一、申报单位简介")
    d.para(f"{p['company_name']}成立于{p['company']['成立']}，注册于{p['company']['注册地']}，主营{p['company']['主营']}。"
           f"公司拥有平台研发运营团队{v['团队']}人，其中具有相关技术职称或从业资格{v['职称']}人。")
    d.heading("二、平台建设及运营情况")
    d.para(intro(p))
    d.para(f"平台采用“边缘层+IaaS+PaaS+SaaS”架构，部署方式为{p['deploy']}，微服务{v['微服务']}个，工业机理模型{v['模型']}个。")
    d.para("表1 平台对标同行业或相似平台的部分量化数据对比表")
    d.table([["三级指标", "本平台数据", "对标数据"],
             ["1.2.1 创新投入情况", f"研发投入{f2(v['研发'])}万元", "同类平台（平台名称：示例行业平台）研发投入数量级：千万元"],
             ["2.1.1 工业设备连接/汇聚能力", f"连接设备{v['设备']}台/套", "同类平台（平台名称：示例行业平台）约1万台/套"],
             ["3.1.1 平台应用规模", f"注册企业{v['注册企业']}家", "同类平台（平台名称：示例行业平台）约数千家"]])
    d.para("平台技术创新点：自研交易撮合与供应链协同中台，融合标识解析实现产品全生命周期追溯，底层技术自主可控。")
    d.heading("三、平台应用成效")
    d.para(effect(p))
    d.para(f"平台生态方面，平台服务本市产业园区并与合作平台开展数据与应用对接，拥有特色指数体系，向产业链开放API与数据集（详见证明材料）。")
    d.para("应用创新点：以“平台+园区”模式推动中小企业集采共享，以数据服务带动供应链金融等新模式。")
    d.heading("四、平台下一步发展计划")
    d.para("深化AI大模型在交易与供应链场景的应用，扩大园区服务覆盖，拓展长三角及海外市场，完善开发者生态。")
    d.heading("五、平台应用案例")
    for k, (name, om, en, sf) in enumerate(p["cases"], 1):
        d.para(f"案例{k}：{p['platform_name']}——{name}供应链协同与设备运维")
        d.para(f"企业简介：{name}为平台用户企业，位于上海市。")
        d.para(f"案例实际内容简介：通过平台实现采购协同、设备接入与运维优化。应用后设备运维成本下降{f2(om)}%，"
               f"设备能耗下降{f2(en)}%，安全生产持续时间提升{f2(sf)}%。")
    d.heading("六、附件及其他说明材料")
    for line in appendix:
        d.para(line)
    if p["y2023"]:
        d.heading("七、平台相较上年度对比情况")
        d.para("自2023年7月以来，平台新增园区服务、特色指数与开放数据模块，注册企业、连接设备与解决方案数量均有增长；"
               "新上线标识解析追溯与碳足迹服务，应用服务能力进一步提升。")
    d.save(pk.add(rel, "申报书"))


def summary_values(p: dict) -> list[tuple[str, str]]:
    rows = [(lab, val) for lab, val, _ in summary_rows(p)]
    return [(lab, p["summary_override"].get(lab, val)) for lab, val in rows]


def write_summary(pk: Pkg, rel: str, kind: str):
    p = pk.p
    rows = summary_values(p)
    path = pk.add(rel, "汇总表")
    if kind == "docx":
        d = lib.Doc()
        d.title("平台基本情况汇总表", 16)
        d.table([["指标", "填报内容"]] + [[a, b] for a, b in rows])
        d.save(path)
    elif kind == "xlsx-vertical":
        lib.save_xlsx([("汇总表", [["平台基本情况汇总表", ""], ["指标", "填报内容"]] + [[a, b] for a, b in rows])], path,
                      widths={1: 48, 2: 80}, merges={"汇总表": ["A1:B1"]})
    else:  # horizontal
        lib.save_xlsx([("汇总表", [[a for a, _ in rows], [b for _, b in rows]])], path, widths={i: 18 for i in range(1, 104)})


def write_commitment(pk: Pkg, rel: str, kind: str, seed: int):
    p = pk.p
    text = ("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，"
            "如有不实，愿承担相应的法律责任及由此产生的一切后果。")
    path = pk.add(rel, "承诺")
    if kind == "docx":
        d = lib.Doc()
        d.title("真实性承诺", 18)
        d.para(text)
        d.para("特此承诺。")
        d.para(f"申报单位：{p['company_name']}（盖章）")
        d.para(f"法定代表人：{p['company']['法人']}（签章）")
        d.para("2024年7月16日")
        d.save(path)
    else:
        blocks = [("space", 30), ("title", "真实性承诺"), ("space", 10), ("p", text), ("p", "特此承诺。"), ("space", 40),
                  ("p", f"申报单位：{p['company_name']}（盖章）"), ("p", f"法定代表人：{p['company']['法人']}（签章）"), ("p", "2024年7月16日")]
        data = lib.text_pdf(blocks, pk.root / "_tmp.pdf", size=12)
        (pk.root / "_tmp.pdf").unlink()
        lib.scan_pdf(data, path, seed, seal_text=p["company_name"], seal_pos=(0.6, 0.42))


def write_contacts(pk: Pkg, rel: str):
    p, c = pk.p, pk.p["company"]
    d = lib.Doc()
    d.title("联系人信息反馈表", 16)
    d.para("2024年度上海市工业互联网平台应用水平评价工作")
    d.heading("一、联系人信息反馈")
    d.table([["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"],
             ["联系人（主）", c["联系人"], p["company_name"], c["职务"], c["手机"], c["邮箱"]],
             ["联系人（备用）", "周立成", p["company_name"], "平台运营专员", "13916402871", "zhoulc@backup-demo.example.com"]])
    d.heading("二、评审会现场地址信息反馈")
    d.para(f"具体地址：{p['review_addr']}")
    d.save(pk.add(rel, "联系人表"))


# ------------------------------------------------------------------ evidence
def ev_audit(pk: Pkg, rel: str):
    p, v, c = pk.p, pk.p["v"], pk.p["company"]
    rev = p["rev"]
    blocks = [("space", 50), ("title", f"{p['company_name']}"), ("title", "2023年度审计报告（节选）"),
              ("p", "示例会计师事务所（特殊普通合伙）"), ("p", f"示例审字（2024）第{p['no']:03d}18号"), ("break",),
              ("head", "合并利润表（节选）"), ("p", "编制单位：" + p["company_name"] + "　　　单位：万元"),
              ("table", [["项目", "本期金额", "上期金额"], ["营业收入", c["主营收入"], "—"], ["利润总额", c["利润总额"], "—"],
                         ["税金及附加、所得税费用合计", c["税金"], "—"]], [80, 45, 45]),
              ("p", "（以上为公司合并口径数据，平台相关数据见专项说明。）"), ("break",),
              ("head", f"关于{p['platform_name']}相关财务数据的专项说明"),
              ("p", "平台相关营业收入指基于平台直接订阅的服务及通过平台服务获得的收入，按合同归属拆分。单位：万元"),
              ("table", [["项目", "2023年度", "2022年度", "2021年度"],
                         ["平台相关营业收入", n2(rev[2023]), n2(rev[2022]), n2(rev[2021])],
                         ["平台相关研发投入", n2(v["研发"]), "—", "—"],
                         ["平台利润总额", n2(v["利润"]), "—", "—"]], [60, 38, 38, 38])]
    path = pk.add(rel, "evidence:audit_report")
    lib.text_pdf(blocks, path, footer="专项说明")
    lab = "平台相关营业收入（万元）"
    pk.fact(lab, n2(rev[2023]), "万元", rev[2023], rel, 3, n2(rev[2023]), "平台相关营业收入", "2023年度")
    pk.fact("平台近三年经营指标情况", n2(rev[2021]), "万元", rev[2021], rel, 3, n2(rev[2021]), "平台相关营业收入", "2021年度", "2021年平台营收（万元）")
    pk.fact("平台近三年经营指标情况", n2(rev[2022]), "万元", rev[2022], rel, 3, n2(rev[2022]), "平台相关营业收入", "2022年度", "2022年平台营收（万元）")
    pk.fact("平台相关研发投入（万元）", n2(v["研发"]), "万元", v["研发"], rel, 3, n2(v["研发"]), "平台相关研发投入", "2023年度")
    pk.fact("平台利润率（%）", n2(v["利润"]), "万元", v["利润"], rel, 3, n2(v["利润"]), "平台利润总额", "2023年度", "平台利润总额（万元）")
    pk.fact("投资回报率（%）", n2(v["利润"]), "万元", v["利润"], rel, 3, n2(v["利润"]), "平台利润总额", "2023年度", "平台年利润（万元）")


def n2(x: float) -> str:
    return f"{x:,.2f}"


def ip_rows(p, kind, count, seed):
    rnd = random.Random(seed)
    rows = []
    for k in range(count):
        if kind == "专利":
            rows.append([k + 1, f"一种{p['domain']}供应链协同的{['数据处理方法', '调度系统', '追溯装置', '预测方法'][k % 4]}（{k + 1}）",
                         f"ZL20{19 + k % 5}1{rnd.randrange(1000000, 9999999)}.{rnd.randrange(10)}", ["发明专利", "实用新型"][k % 3 == 2], p["company_name"]])
        else:
            rows.append([k + 1, f"{p['short']}平台{['交易', '仓储', '物流', '园区服务', '数据开放', '标识解析'][k % 6]}子系统V{1 + k % 4}.0",
                         f"20{19 + k % 5}SR{rnd.randrange(1000000, 1999999)}", p["company_name"]])
    return rows


def ev_ip(pk: Pkg, rel: str, fmt: str):
    p, v = pk.p, pk.p["v"]
    pat = ip_rows(p, "专利", v["专利"], p["no"])
    sw = ip_rows(p, "软著", v["软著"], p["no"] + 1)
    path = pk.add(rel, "evidence:patent_list")
    if fmt == "xlsx":
        lib.save_xlsx([("专利清单", [["序号", "专利名称", "专利号", "类型", "专利权人"]] + pat + [[f"合计：{v['专利']}项"]]),
                       ("软件著作权清单", [["序号", "软件名称", "登记号", "著作权人"]] + sw + [[f"合计：{v['软著']}项"]])], path,
                      widths={1: 14, 2: 46, 3: 24, 4: 24, 5: 32})
        pk.fact("平台核心软硬件技术获得的专利数量（项）", str(v["专利"]), "项", v["专利"], rel, 1, f"合计：{v['专利']}项", "合计")
        pk.fact("平台核心软硬件技术获得的软著数量（个）", str(v["软著"]), "项", v["软著"], rel, 2, f"合计：{v['软著']}项", "合计")
    else:
        blocks = [("title", f"专利清单（共{v['专利']}项）"), ("table", [["序号", "专利名称", "专利号", "类型", "专利权人"]] + pat, [12, 62, 40, 20, 40]),
                  ("break",), ("title", f"软件著作权清单（共{v['软著']}项）"), ("table", [["序号", "软件名称", "登记号", "著作权人"]] + sw, [12, 74, 40, 48])]
        lib.text_pdf(blocks, path, size=9)
        texts = lib.pdf_page_texts(path)
        pg = next(i for i, t in enumerate(texts) if "软件著作权清单" in t) + 1
        pk.fact("平台核心软硬件技术获得的专利数量（项）", str(v["专利"]), "项", v["专利"], rel, 1, f"专利清单（共{v['专利']}项）", "专利清单")
        pk.fact("平台核心软硬件技术获得的软著数量（个）", str(v["软著"]), "项", v["软著"], rel, pg, f"软件著作权清单（共{v['软著']}项）", "软件著作权清单")


def ev_awards(pk: Pkg, rel: str):
    p = pk.p
    rows = [["序号", "奖项/荣誉名称", "获奖时间", "颁发单位"]] + [[k + 1, *a] for k, a in enumerate(p["awards"])]
    rows.append([f"合计：{len(p['awards'])}项"])
    lib.save_xlsx([("省部级及以上荣誉", rows)], pk.add(rel, "evidence:award_list"), widths={1: 14, 2: 46, 3: 14, 4: 36})
    pk.fact("平台获得省部级及以上奖项/荣誉数量（个）", str(len(p["awards"])), "项", len(p["awards"]), rel, 1, f"合计：{len(p['awards'])}项", "合计")


def ev_device(pk: Pkg, rel: str):
    p, v = pk.p, pk.p["v"]
    cat = [["设备二级分类", "接入数量（台/套）", "其中：公有云接入（台/套）", "公有云日均运行（台/套）"]]
    for k in v["设备分类"]:
        cat.append([k, n(v["设备分类"][k]), n(v["公有云设备分类"][k]), n(v["日运行分类"][k])])
    cat.append(["合计", n(v["设备"]), n(v["公有云设备"]), n(v["日运行"])])
    reg = [["区域", "接入数量（台/套）", "其中：公有云接入（台/套）", "公有云日均运行（台/套）"]]
    for k in v["设备区域"]:
        reg.append([k, n(v["设备区域"][k]), n(v["公有云设备区域"][k]), n(v["日运行区域"][k])])
    reg.append(["其中：海外合计", n(v["海外"]), "", ""])
    blocks = [("title", f"{p['platform_name']}接入设备统计表"), ("p", "统计截至：2024年6月30日"),
              ("head", "表1 按设备二级分类"), ("table", cat, [50, 40, 44, 40]),
              ("head", "表2 按省市区域（设备所属企业注册地）"), ("table", reg, [50, 40, 44, 40]),
              ("p", f"平台连接工业设备利用率＝公有云日均运行设备数÷公有云接入设备数＝{f2(v['设备利用率'])}%")]
    path = pk.add(rel, "evidence:device_list")
    lib.text_pdf(blocks, path)
    pk.fact("连接的工业设备/产品/产线种类及数量（台/套）", n(v["设备"]), "台/套", v["设备"], rel, 1, n(v["设备"]), "合计", "接入数量（台/套）")
    pk.fact("公有云工业设备连接数量（台/套）", n(v["公有云设备"]), "台/套", v["公有云设备"], rel, 1, n(v["公有云设备"]), "合计", "其中：公有云接入（台/套）")
    pk.fact("公有云工业设备平均日运行数量（台/套）", n(v["日运行"]), "台/套", v["日运行"], rel, 1, n(v["日运行"]), "合计", "公有云日均运行（台/套）")
    pk.fact("海外设备连接数量（台/套）", n(v["海外"]), "台/套", v["海外"], rel, 1, n(v["海外"]), "其中：海外合计", "接入数量（台/套）")
    pk.fact("平台连接工业设备利用率（%）", f2(v["设备利用率"]), "%", v["设备利用率"], rel, 1, f"{f2(v['设备利用率'])}%", "平台连接工业设备利用率")


def ev_dashboard(pk: Pkg, rel: str):
    p, v = pk.p, pk.p["v"]
    cards = [("注册企业（家）", n(v["注册企业"])), ("服务企业（家）", n(v["实际服务"])), ("工业APP（个）", n(v["APP"])),
             ("机理模型（个）", n(v["模型"])), ("微服务（个）", n(v["微服务"])), ("注册开发者（个）", n(v["开发者"])),
             ("接入设备（台/套）", n(v["设备"])), ("APP订阅（次）", n(v["订阅"]))]
    lib.screenshot(pk.add(rel, "evidence:screenshot"), f"{p['platform_name']} · 运营驾驶舱", cards, note="数据更新时间：2024-07-10 09:00")
    for lab, unit, key, cap in [("注册企业用户数（个）", "家", "注册企业", "注册企业（家）"), ("实际服务企业数（个）", "家", "实际服务", "服务企业（家）"),
                                ("工业APP数量（个）", "个", "APP", "工业APP（个）"), ("工业机理模型数量（个）", "个", "模型", "机理模型（个）"),
                                ("微服务数量（个）", "个", "微服务", "微服务（个）"), ("开发者注册总数（个）", "个", "开发者", "注册开发者（个）"),
                                ("工业APP订阅总数量（个）", "次", "订阅", "APP订阅（次）")]:
        pk.fact(lab, n(v[key]), unit, v[key], rel, 1, n(v[key]), cap, image_only=True)


def ev_parks(pk: Pkg, rel: str, fmt: str):
    p = pk.p
    cnt = len(p["parks"])
    head = ["序号", "园区名称", "所在区", "服务内容", "协议编号", "签约日期"]
    rows = [[k + 1, *pk_] for k, pk_ in enumerate(p["parks"])]
    path = pk.add(rel, "evidence:other")
    if fmt == "xlsx":
        lib.save_xlsx([("服务园区清单", [head] + rows + [[f"合计：{cnt}个园区"]])], path,
                      widths={1: 14, 2: 34, 3: 12, 4: 30, 5: 18, 6: 14})
        pk.fact("平台服务园区总数（个）", str(cnt), "个", cnt, rel, 1, f"合计：{cnt}个园区", "合计")
    else:
        blocks = [("title", f"{p['platform_name']}服务园区清单（共{cnt}个）"), ("p", "统计截至2024年6月30日，累计服务园区"),
                  ("table", [head] + [[str(x) for x in r] for r in rows], [12, 52, 20, 44, 30, 22])]
        lib.text_pdf(blocks, path, size=9.5)
        pk.fact("平台服务园区总数（个）", str(cnt), "个", cnt, rel, 1, f"共{cnt}个", "服务园区清单")


def ev_park_agreement(pk: Pkg, rel: str, seed: int, k: int = 0):
    p = pk.p
    name, dist, svc, no, date = p["parks"][k]
    blocks = [("title", "园区数字化服务合作协议"), ("p", f"协议编号：{no}"), ("p", f"甲方：{name}管理委员会（示例）"),
              ("p", f"乙方：{p['company_name']}"),
              ("p", f"第一条 合作内容：乙方依托{p['platform_name']}为甲方园区内企业提供{svc}等服务，甲方协助组织园区企业入驻平台。"),
              ("p", "第二条 合作期限：自签订之日起三年。"), ("p", "第三条 双方按季度共享服务数据，共同评估服务成效。"),
              ("p", "第四条 本协议一式四份，双方各执两份。"), ("space", 30),
              ("p", "甲方（盖章）：　　　　　　　　　乙方（盖章）："), ("p", f"签订日期：{date}")]
    data = lib.text_pdf(blocks, pk.root / "_tmp.pdf", size=11)
    (pk.root / "_tmp.pdf").unlink()
    lib.scan_pdf(data, pk.add(rel, "evidence:other"), seed, seal_text=p["company_name"], seal_pos=(0.66, 0.5))


def ev_map(pk: Pkg, rel: str, seed: int):
    p = pk.p
    cnt = len(p["parks"])
    lib.map_screenshot(pk.add(rel, "evidence:screenshot"), f"{p['short']} · 园区服务地图", f"{cnt}个",
                       [(x[0], x[1]) for x in p["parks"]], seed)
    pk.fact("平台服务园区总数（个）", str(cnt), "个", cnt, rel, 1, f"{cnt}个", "服务园区总数", image_only=True)


def ev_social(pk: Pkg, rel: str, seed: int):
    p = pk.p
    base = p["jobs_base"]
    rows = [["月份", "参保人数（人）"], ["2020年12月", n(base)]]
    cur = base
    for y, k in sorted(p["jobs_by_year"].items()):
        cur += k
        rows.append([f"{y}年{'12' if y < 2024 else '06'}月", n(cur)])
    blocks = [("title", "上海市社会保险单位参保证明"), ("p", f"单位名称：{p['company_name']}"),
              ("p", f"统一社会信用代码：{p['company']['代码']}"), ("p", "参保险种：养老、医疗、失业、工伤、生育"),
              ("table", rows, [60, 60]),
              ("p", "说明：参保人数为当月末在职参保职工人数。本证明仅用于证明单位参保情况。"), ("space", 20),
              ("p", "上海市社会保险事业管理中心（示例）　　打印日期：2024年7月8日")]
    data = lib.text_pdf(blocks, pk.root / "_tmp.pdf", size=11)
    (pk.root / "_tmp.pdf").unlink()
    lib.scan_pdf(data, pk.add(rel, "evidence:other"), seed, seal_text="社会保险业务专用章", seal_pos=(0.62, 0.62))
    lab = "平台建设与运营带动新增就业人数（人）"
    pk.fact(lab, n(base), "人", base, rel, 1, n(base), "2020年12月", "参保人数（人）", "2020年12月参保人数（人）", True)
    pk.fact(lab, n(cur), "人", cur, rel, 1, n(cur), "2024年06月", "参保人数（人）", "2024年06月参保人数（人）", True)


def ev_jobs(pk: Pkg, rel: str, fmt: str):
    p = pk.p
    total = sum(p["jobs_by_year"].values())
    rows = [["年度", "新增平台建设运营岗位参保人数（人）", "说明"]]
    for y, k in sorted(p["jobs_by_year"].items()):
        rows.append([f"{y}年" + ("（1-6月）" if y == 2024 else ""), str(k), "研发、运维、运营、客服等岗位"])
    rows.append(["合计", str(total), f"合计：{total}人"])
    path = pk.add(rel, "evidence:other")
    if fmt == "xlsx":
        lib.save_xlsx([("新增就业统计", rows)], path, widths={1: 16, 2: 34, 3: 34})
    else:
        d = lib.Doc()
        d.title("平台建设与运营带动新增就业情况说明", 15)
        d.para(f"{p['platform_name']}建设与运营以来，公司新增平台建设运营岗位员工并全部在本单位缴纳社会保险，按年度统计如下：")
        d.table(rows)
        d.para(f"以上新增人数与社保参保人数增加情况一致（2020年12月至2024年6月）。")
        d.save(path)
    pk.fact("平台建设与运营带动新增就业人数（人）", str(total), "人", total, rel, 1, f"合计：{total}人", "合计")


def ev_factories(pk: Pkg, rel: str, fmt: str):
    p = pk.p
    cnt = len(p["factories"])
    head = ["序号", "智能工厂名称", "所属单位", "地址", "认定批次", "认定文号", "平台服务内容"]
    rows = [[str(k + 1), *f] for k, f in enumerate(p["factories"])]
    path = pk.add(rel, "evidence:other")
    if fmt == "xlsx":
        lib.save_xlsx([("服务智能工厂清单", [head] + rows + [[f"共{cnt}家"]])], path,
                      widths={1: 8, 2: 34, 3: 30, 4: 30, 5: 30, 6: 22, 7: 26})
        pk.fact("平台是否服务上海智能工厂，数量", str(cnt), "家", cnt, rel, 1, f"共{cnt}家", "合计")
    else:
        blocks = [("title", "平台服务上海市级智能工厂清单"), ("p", f"本平台共服务上海市级智能工厂{cnt}家，明细如下："),
                  ("table", [head] + rows, [10, 34, 30, 32, 30, 24, 22])]
        lib.text_pdf(blocks, path, size=9, land=True)
        pk.fact("平台是否服务上海智能工厂，数量", str(cnt), "家", cnt, rel, 1, f"上海市级智能工厂{cnt}家", "服务上海市级智能工厂")


def ev_partners(pk: Pkg, rel: str):
    p, v = pk.p, pk.p["v"]
    head = ["序号", "合作平台", "运营单位", "合作内容", "对接方式", "协议编号", "是否计入合作平台数量"]
    rows = [[str(k + 1), a, b, c, d, e, "是" if f else "否"] for k, (a, b, c, d, e, f) in enumerate(p["partners"])]
    blocks = [("title", "合作平台清单及合作协议摘要"),
              ("p", "统计口径：实际产生合作具体内容、有数据对接/应用对接、平台系统间有交互的合作平台；仅签署框架协议或仅以链接跳转形式接入的不计入。"),
              ("table", [head] + rows, [10, 42, 36, 40, 22, 26, 22]),
              ("p", f"计入合作平台数量：{v['合作平台']}个")]
    path = pk.add(rel, "evidence:other")
    lib.text_pdf(blocks, path, size=9, land=True)
    pk.fact("合作平台数量（个）", str(v["合作平台"]), "个", v["合作平台"], rel, 1, f"计入合作平台数量：{v['合作平台']}个", "计入合作平台数量")


def ev_index(pk: Pkg, rel: str):
    p, v = pk.p, pk.p["v"]
    total = p.get("index_shot_total", v["特色指数"])
    table = [["指数名称", "发布方", "更新频率", "最新值"]] + [list(x) for x in p["indices"]]
    lib.screenshot(pk.add(rel, "evidence:screenshot"), f"{p['short']}指数中心", [("特色指数总数", f"{total}个"), ("本周更新", "3次")],
                   table=table, accent=(150, 60, 30), note="数据来源：平台指数中心，截图时间2024-07-09")
    pk.fact("平台现有特色指数（个）", str(total), "个", total, rel, 1, f"{total}个", "特色指数总数", image_only=True)


def ev_solutions(pk: Pkg, rel: str, fmt: str):
    p, v = pk.p, pk.p["v"]
    total = p.get("solutions_listed", v["方案"])
    modes = dict(zip(MODES, split(total, p["mode_w"]))) if total != v["方案"] else v["方案模式"]
    items = []
    k = 0
    for m, cnt in modes.items():
        for j in range(cnt):
            k += 1
            items.append([str(k), f"{p['domain']}{m}解决方案{j + 1:02d}", m, p["industries"][k % len(p["industries"])]])
    summ = [["新模式（附录E）", "解决方案数量（个）"]] + [[m, str(c)] for m, c in modes.items()] + [["合计", str(total)]]
    path = pk.add(rel, "evidence:other")
    if fmt == "xlsx":
        lib.save_xlsx([("分类汇总", summ + [[f"解决方案合计：{total}个"]]), ("方案目录", [["序号", "解决方案名称", "新模式分类", "适用行业"]] + items)],
                      path, widths={1: 22, 2: 40, 3: 16, 4: 16})
        pk.fact("平台提供的解决方案总数（个）", str(total), "个", total, rel, 1, f"解决方案合计：{total}个", "合计")
    else:
        blocks = [("title", f"{p['platform_name']}解决方案目录"), ("p", f"解决方案合计：{total}个（按附录E新模式分类，方案边界清晰、互不交叉）"),
                  ("table", summ, [80, 50]), ("break",), ("head", "解决方案明细"),
                  ("table", [["序号", "解决方案名称", "新模式分类", "适用行业"]] + items, [14, 80, 40, 40])]
        lib.text_pdf(blocks, path, size=9.5)
        pk.fact("平台提供的解决方案总数（个）", str(total), "个", total, rel, 1, f"解决方案合计：{total}个", "解决方案合计")


def ev_open(pk: Pkg, rel: str):
    p = pk.p
    o = p["open"]
    blocks = [("title", "平台数据开放共享与标识解析应用情况说明"),
              ("head", "一、开放共享数据（API网关导出，截至2024年6月30日）"),
              ("table", [["开放形式", "数量", "说明"], ["已发布开放API", f"{o['API']}个", "含交易、物流、质量、设备等接口"],
                         ["开放数据集", f"{o['数据集']}个", "脱敏后按授权开放"], ["2023年接口调用次数", o["调用"], "网关统计"]], [50, 40, 84]),
              ("head", "二、国家标识解析系统融合使用情况"),
              ("table", [["指标", "数值"], ["累计标识注册量", o["标识注册"]], ["累计标识解析量", o["标识解析"]]], [80, 60]),
              ("p", "平台通过国家工业互联网标识解析二级节点实现产品与设备的一物一码、全生命周期追溯。")]
    path = pk.add(rel, "evidence:other")
    lib.text_pdf(blocks, path)
    pk.fact("平台开放共享数据的形式及数量", f"{o['API']}个", "个", o["API"], rel, 1, f"{o['API']}个", "已发布开放API", "数量", "开放API接口数量（个）")
    reg = float(o["标识注册"].replace(",", "").replace("万条", ""))
    pk.fact("平台是否融合使用国家标识解析系统", o["标识注册"], "万条", reg, rel, 1, o["标识注册"], "累计标识注册量", "数值", "标识注册量（万条）")


# ------------------------------------------------------------------ packages
def proof_map(names: dict[str, str]) -> dict[str, str]:
    """申报表 证明资料 column: which evidence file proves which 内容."""
    m = {}
    for content, key in [("平台相关营业收入（万元）", "audit"), ("平台相关研发投入（万元）", "audit"), ("平台利润率（%）", "audit"),
                         ("投资回报率（%）", "audit"),
                         ("连接的工业设备/产品/产线种类及数量（台/套）", "device"), ("其中：公有云工业设备连接数量（台/套）", "device"),
                         ("其中：公有云工业设备平均日运行数量（台/套）", "device"), ("其中：海外设备连接数量（台/套）", "device"),
                         ("平台连接工业设备利用率（%）", "device"),
                         ("注册企业用户数（个）", "dashboard"), ("工业APP数量（个）", "dashboard"), ("工业机理模型数量（个）", "dashboard"),
                         ("微服务数量（个）", "dashboard"), ("开发者注册总数（个）", "dashboard"), ("工业APP订阅总数量（个）", "dashboard"),
                         ("平台核心软硬件技术获得的专利数量（项）", "ip"), ("平台核心软硬件技术获得的软著数量（个）", "ip"),
                         ("平台获得省部级及以上奖项/荣誉数量（个）", "awards"),
                         ("平台服务园区总数（个）", "parks"), ("平台是否服务上海市级智能工厂，数量", "factories"),
                         ("平台建设与运营带动新增就业人数（人）", "social"), ("合作平台数量（个）", "partners"),
                         ("平台现有特色指数（个）", "index"), ("平台提供的解决方案总数（个）", "solutions"),
                         ("其中：按新模式统计解决方案数量（个）", "solutions"), ("平台开放共享数据的形式及数量", "open"),
                         ("平台是否融合使用国家标识解析系统", "open")]:
        if key in names:
            m[content] = names[key]
    return m


def layout_01():
    E = "02_证明材料/"
    return {
        "tags": ["evidence_dir:01_申报文件+02_证明材料", "form:xlsx+scan", "summary:docx-vertical", "commitment:scan",
                 "parks:pdf+agreement-scan+map-png", "jobs:social-scan+xlsx", "factories:xlsx", "partners:pdf(2 not counted)",
                 "index:png", "solutions:pdf", "open:pdf", "ip:xlsx", "section7"],
        "contacts": "01_申报文件/附件1_联系人信息反馈表.docx", "form": ("01_申报文件/附件2_申报表.xlsx", "xlsx"),
        "scan": "01_申报文件/附件2_申报表（盖章扫描版）.pdf", "narrative": "01_申报文件/附件3_申报书.docx",
        "summary": ("01_申报文件/附件4_平台基本情况汇总表.docx", "docx"), "commit": ("01_申报文件/附件5_真实性承诺（盖章）.pdf", "scan"),
        "ev": [("audit", E + "证明1_2023年度审计报告（节选）及平台财务专项说明.pdf", {}),
               ("ip", E + "证明2_知识产权清单.xlsx", {"fmt": "xlsx"}), ("awards", E + "证明3_省部级及以上荣誉清单.xlsx", {}),
               ("device", E + "证明4_平台接入设备统计表.pdf", {}), ("dashboard", E + "证明5_平台运营驾驶舱截图.png", {}),
               ("parks", E + "证明6-1_服务园区清单.pdf", {"fmt": "pdf"}), ("agreement", E + "证明6-2_园区合作协议（扫描件）.pdf", {}),
               ("map", E + "证明6-3_园区服务地图截图.png", {}), ("social", E + "证明7-1_单位参保证明（社保）.pdf", {}),
               ("jobs", E + "证明7-2_新增就业人数统计表.xlsx", {"fmt": "xlsx"}), ("factories", E + "证明8_服务上海市级智能工厂清单.xlsx", {"fmt": "xlsx"}),
               ("partners", E + "证明9_合作平台清单.pdf", {}), ("index", E + "证明10_特色指数截图.png", {}),
               ("solutions", E + "证明11_解决方案目录.pdf", {"fmt": "pdf"}), ("open", E + "证明12_数据开放与标识解析情况.pdf", {})],
    }


def layout_02():
    P = "爱姆意-"
    return {
        "tags": ["naming:prefix-dash", "evidence_dir:flat", "form:docx+scan", "summary:xlsx-vertical", "commitment:scan",
                 "parks:xlsx+agreement-scan+map-png", "jobs:social-scan+docx", "factories:pdf-landscape(区级 row)",
                 "partners:pdf", "index:png", "solutions:xlsx(two sheets)", "ip:pdf", "section7"],
        "contacts": P + "附件1-联系人信息反馈表.docx", "form": (P + "附件2-申报表.docx", "docx"), "scan": P + "附件2-申报表-盖章版.pdf",
        "narrative": P + "附件3-申报书.docx", "summary": (P + "附件4-汇总表.xlsx", "xlsx-vertical"), "commit": (P + "附件5-真实性承诺.pdf", "scan"),
        "ev": [("audit", P + "佐证01-审计报告节选.pdf", {}), ("ip", P + "佐证02-知识产权清单.pdf", {"fmt": "pdf"}),
               ("awards", P + "佐证03-荣誉清单.xlsx", {}), ("device", P + "佐证04-设备接入统计.pdf", {}),
               ("dashboard", P + "佐证05-运营看板.png", {}), ("parks", P + "佐证06-服务园区清单.xlsx", {"fmt": "xlsx"}),
               ("agreement", P + "佐证07-园区合作协议.pdf", {}), ("map", P + "佐证08-园区分布图.png", {}),
               ("social", P + "佐证09-社保参保证明.pdf", {}), ("jobs", P + "佐证10-带动就业情况说明.docx", {"fmt": "docx"}),
               ("factories", P + "佐证11-智能工厂服务清单.pdf", {"fmt": "pdf"}), ("partners", P + "佐证12-合作平台清单.pdf", {}),
               ("index", P + "佐证13-特色指数页面截图.png", {}), ("solutions", P + "佐证14-解决方案目录.xlsx", {"fmt": "xlsx"}),
               ("open", P + "佐证15-开放数据与标识解析.pdf", {})],
    }


def layout_03():
    A = "附件/"
    return {
        "tags": ["evidence_dir:申报材料+附件", "form:docx-only", "summary:xlsx-horizontal", "commitment:docx",
                 "parks:pdf+map-png", "jobs:social-scan+xlsx", "factories:pdf-landscape", "partners:pdf", "index:png",
                 "solutions:pdf", "ip:xlsx", "no_section7"],
        "contacts": "申报材料/联系人信息反馈表.docx", "form": ("申报材料/上海市工业互联网平台应用水平评价申报表（联影医疗）.docx", "docx"),
        "scan": None, "narrative": "申报材料/申报书（联影医疗工业互联网平台）.docx",
        "summary": ("申报材料/平台基本情况汇总表.xlsx", "xlsx-horizontal"), "commit": ("申报材料/真实性承诺.docx", "docx"),
        "ev": [("audit", A + "附件1 审计报告及平台专项说明.pdf", {}), ("ip", A + "附件2 专利及软著清单.xlsx", {"fmt": "xlsx"}),
               ("awards", A + "附件3 获奖清单.xlsx", {}), ("device", A + "附件4 设备接入统计.pdf", {}),
               ("factories", A + "附件5 服务上海市级智能工厂清单.pdf", {"fmt": "pdf"}),
               ("social", A + "附件6-1 社保参保证明.pdf", {}), ("jobs", A + "附件6-2 新增就业统计.xlsx", {"fmt": "xlsx"}),
               ("parks", A + "附件7-1 服务园区清单.pdf", {"fmt": "pdf"}), ("map", A + "附件7-2 园区服务地图.png", {}),
               ("dashboard", A + "附件8 平台运营数据截图.png", {}), ("partners", A + "附件9 合作平台清单.pdf", {}),
               ("index", A + "附件10 特色指数截图.png", {}), ("solutions", A + "附件11 解决方案目录.pdf", {"fmt": "pdf"}),
               ("open", A + "附件12 数据开放与标识解析.pdf", {})],
    }


def layout_04():
    return {
        "tags": ["naming:numbered", "evidence_dir:flat", "form:docx+scan", "summary:xlsx-vertical", "commitment:scan",
                 "parks:xlsx+agreement-scan", "jobs:social-scan+docx", "factories:xlsx", "partners:pdf(framework/link counted)",
                 "index:png", "solutions:pdf(catalogue shorter)", "ip:pdf", "no_section7", "build_mode:合作共建"],
        "contacts": "1-联系人信息反馈表.docx", "form": ("2-申报表.docx", "docx"), "scan": "2-申报表（盖章）.pdf",
        "narrative": "3-申报书.docx", "summary": ("4-平台基本情况汇总表.xlsx", "xlsx-vertical"), "commit": ("5-真实性承诺（盖章）.pdf", "scan"),
        "ev": [("audit", "3-01 审计报告与平台财务说明.pdf", {}), ("ip", "3-02 知识产权清单.pdf", {"fmt": "pdf"}),
               ("awards", "3-03 荣誉清单.xlsx", {}), ("device", "3-04 接入设备统计表.pdf", {}),
               ("dashboard", "3-05 平台驾驶舱截图.png", {}), ("parks", "3-06 服务园区清单.xlsx", {"fmt": "xlsx"}),
               ("agreement", "3-07 园区合作协议扫描件.pdf", {}), ("social", "3-08 单位参保证明.pdf", {}),
               ("jobs", "3-09 带动就业说明.docx", {"fmt": "docx"}), ("factories", "3-10 智能工厂服务清单.xlsx", {"fmt": "xlsx"}),
               ("partners", "3-11 合作平台清单.pdf", {}), ("index", "3-12 特色指数截图.png", {}),
               ("solutions", "3-13 解决方案目录.pdf", {"fmt": "pdf"}), ("open", "3-14 API网关开放数据统计及标识解析.pdf", {})],
    }


LAYOUTS = {"h41_01_ouye_clean": layout_01, "h41_02_aimuyi_problems": layout_02,
           "h41_03_lianying_problems": layout_03, "h41_04_tansuo_problems": layout_04}

WRITERS = {"audit": lambda pk, rel, s, **kw: ev_audit(pk, rel), "ip": lambda pk, rel, s, fmt: ev_ip(pk, rel, fmt),
           "awards": lambda pk, rel, s: ev_awards(pk, rel), "device": lambda pk, rel, s: ev_device(pk, rel),
           "dashboard": lambda pk, rel, s: ev_dashboard(pk, rel), "parks": lambda pk, rel, s, fmt: ev_parks(pk, rel, fmt),
           "agreement": lambda pk, rel, s: ev_park_agreement(pk, rel, s), "map": lambda pk, rel, s: ev_map(pk, rel, s),
           "social": lambda pk, rel, s: ev_social(pk, rel, s), "jobs": lambda pk, rel, s, fmt: ev_jobs(pk, rel, fmt),
           "factories": lambda pk, rel, s, fmt: ev_factories(pk, rel, fmt), "partners": lambda pk, rel, s: ev_partners(pk, rel),
           "index": lambda pk, rel, s: ev_index(pk, rel), "solutions": lambda pk, rel, s, fmt: ev_solutions(pk, rel, fmt),
           "open": lambda pk, rel, s: ev_open(pk, rel)}


def build_package(p: dict, out: Path) -> dict:
    lay = LAYOUTS[p["id"]]()
    root = out / "packages" / p["id"]
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    pk = Pkg(p, root)
    names = {key: Path(rel).name for key, rel, _ in lay["ev"]}
    p["proof"] = proof_map(names)
    p["proof_default"] = "见申报书第二、三章"
    seed = p["no"] * 100
    for i, (key, rel, kw) in enumerate(lay["ev"]):
        WRITERS[key](pk, rel, seed + i, **kw)
    write_contacts(pk, lay["contacts"])
    rel, kind = lay["form"]
    (write_form_xlsx if kind == "xlsx" else write_form_docx)(pk, rel)
    if lay["scan"]:
        write_form_scan(pk, lay["scan"], seed + 50)
    appendix = [f"附件{k + 1}：{Path(rel).stem}" for k, (_, rel, _) in enumerate(lay["ev"])]
    write_narrative(pk, lay["narrative"], appendix)
    write_summary(pk, *lay["summary"])
    write_commitment(pk, lay["commit"][0], lay["commit"][1], seed + 60)
    return {"pk": pk, "tags": lay["tags"]}


def truth_for(p: dict, built: dict, problems: list[dict], description: str) -> PackageTruth:
    pk = built["pk"]
    rows = [{"label": lab, "value": val, "normalized": norm} for lab, val, norm in summary_rows(p)]
    data = {
        "schema_version": 1, "package_id": p["id"], "description": description,
        "path": f"eval_sets/blind/h41/packages/{p['id']}", "delivery": "folder",
        "platform": {"list_no": p["no"], "listed_name": p["listed"], "company": p["company_name"],
                     "declared_name": p["platform_name"], "participated_2023": p["y2023"]},
        "layout": built["tags"], "files": dict(sorted(pk.files.items())), "secrets": [p["secret"]],
        "summary_rows": rows, "evidence_facts": pk.facts, "problems": problems,
    }
    return PackageTruth.model_validate(data)


def problems_for(p: dict, lay: dict) -> tuple[list[dict], str]:
    ev = {key: rel for key, rel, _ in lay["ev"]}
    form = lay["form"][0]
    pid = p["id"]
    v = p["v"]
    if pid == "h41_01_ouye_clean":
        return [], ("序号16 欧冶云商生态运营平台（2023参评，含第七章）：完全一致的干净包。XLSX申报表+盖章扫描件，竖版DOCX汇总表；"
                    "园区清单/协议扫描/地图截图、社保参保证明扫描+新增就业统计、市级智能工厂清单、合作平台清单（10家中2家仅框架协议/链接跳转，"
                    "按口径不计入，申报8个）、特色指数截图（申报7个、列示最具代表性5个）、按附录E分类的解决方案目录、开放数据与标识解析说明。")
    if pid == "h41_02_aimuyi_problems":
        modes = p["form"]["按新模式统计解决方案数量（个）"][1]
        return [
            {"id": "h41-02-01", "family": "count_vs_list", "fields": ["平台服务园区总数（个）"], "files": [form, ev["parks"]],
             "severity": "error", "description": f"申报表平台服务园区总数14个，服务园区清单仅列{v['园区']}个（合计：{v['园区']}个园区），园区地图同为{v['园区']}个"},
            {"id": "h41-02-02", "family": "breakdown_sum", "fields": ["按新模式统计解决方案数量（个）", "平台提供的解决方案总数（个）"],
             "files": [form], "severity": "error",
             "description": f"按新模式统计解决方案数量合计{sum(modes.values())}个（网络化协同、个性化定制少计），与解决方案总数{v['方案']}个不符（目录合计{v['方案']}个）"},
            {"id": "h41-02-03", "family": "count_vs_list", "fields": ["平台是否服务上海智能工厂，数量", "平台是否服务上海市级智能工厂，数量"],
             "files": [form, ev["factories"]], "severity": "warning",
             "description": "申报服务上海市级智能工厂6家，清单第5家“示例压缩机宝山工厂”认定批次为“2023年度宝山区智能工厂（区级）”（宝经委〔2023〕47号），非市级，市级仅5家"},
        ], ("序号7 爱姆意智能交易平台（2023参评，含第七章）：DOCX申报表+扫描件，前缀命名平铺目录；园区数量多报、附录E新模式分项不等于总数、"
            "智能工厂清单混入区级工厂。")
    if pid == "h41_03_lianying_problems":
        return [
            {"id": "h41-03-01", "family": "declared_vs_evidence", "fields": ["平台建设与运营带动新增就业人数（人）"],
             "files": [form, ev["social"], ev["jobs"]], "severity": "error",
             "description": f"申报新增就业380人（称均为本公司新增参保员工），社保参保证明2020年12月{p['jobs_base']:,}人→2024年06月{p['jobs_base'] + v['就业']:,}人，仅净增{v['就业']}人，新增就业统计表合计{v['就业']}人"},
            {"id": "h41-03-02", "family": "count_vs_list", "fields": ["平台是否服务上海智能工厂，数量", "平台是否服务上海市级智能工厂，数量"],
             "files": [form, ev["factories"]], "severity": "error",
             "description": f"申报服务上海市级智能工厂9家，清单仅{v['工厂']}家"},
            {"id": "h41-03-03", "family": "screenshot_vs_form", "fields": ["平台现有特色指数（个）"], "files": [ev["index"], form],
             "severity": "warning", "description": "申报特色指数6个，指数中心截图显示特色指数总数5个"},
            {"id": "h41-03-04", "family": "summary_vs_form", "fields": ["平台服务园区总数（个）"],
             "files": ["申报材料/平台基本情况汇总表.xlsx", form], "severity": "error",
             "description": f"横版汇总表平台服务园区总数11，申报表为{v['园区']}（清单{v['园区']}个）"},
        ], ("序号6 联影医疗工业互联网平台（2023未参评，无第七章）：仅DOCX申报表，横版XLSX汇总表，DOCX承诺；就业人数与社保证明矛盾、"
            "智能工厂清单少于申报、特色指数截图少于申报、汇总表园区数与申报表不一致。")
    if pid == "h41_04_tansuo_problems":
        return [
            {"id": "h41-04-01", "family": "count_vs_list", "fields": ["平台提供的解决方案总数（个）"], "files": [form, ev["solutions"]],
             "severity": "error", "description": f"申报解决方案总数{v['方案']}个，解决方案目录仅列{p['solutions_listed']}个（解决方案合计：{p['solutions_listed']}个）"},
            {"id": "h41-04-02", "family": "declared_vs_evidence", "fields": ["平台开放共享数据的形式及数量"], "files": [form, ev["open"]],
             "severity": "error", "description": f"申报表开放API接口142个，API网关导出已发布开放API {p['open']['API']}个"},
            {"id": "h41-04-03", "family": "answer_format", "fields": ["平台是否融合使用国家标识解析系统"], "files": [form],
             "severity": "warning", "description": "平台是否融合使用国家标识解析系统仅填“是”，未按填报指引简述融合使用情况"},
            {"id": "h41-04-04", "family": "count_vs_list", "fields": ["合作平台数量（个）"], "files": [form, ev["partners"]],
             "severity": "error", "description": "申报合作平台9个，清单第8家仅签署框架协议、第9家仅链接跳转，按口径不列入，实际应为7个"},
        ], ("序号27 碳索能源零碳工厂平台（2023未参评，无第七章）：合作共建/联合运营，编号命名平铺目录；解决方案目录少于申报、"
            "开放API数与网关导出不符、标识解析只答“是”、合作平台计入框架协议和链接跳转。")
    raise KeyError(pid)


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(HERE))
    args = ap.parse_args(argv)
    out = Path(args.out)
    (out / "truth").mkdir(parents=True, exist_ok=True)
    for make in ALL:
        p = make()
        built = build_package(p, out)
        problems, desc = problems_for(p, LAYOUTS[p["id"]]())
        truth = truth_for(p, built, problems, desc)
        (out / "truth" / f"{p['id']}.json").write_text(dump_truth(truth), encoding="utf-8")
        print(p["id"], len(truth.files), "files", len(truth.evidence_facts), "facts", len(truth.problems), "problems")


if __name__ == "__main__":
    main()
