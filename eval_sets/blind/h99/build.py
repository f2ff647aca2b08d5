"""Build the h99 blind set: four clean packages under packages/ and their truth under truth/.

    cd /work/main && .venv/bin/python -m eval_sets.blind.h99.build [--only PID] [--out DIR]

Deterministic (fixed seeds, reportlab invariant=1, fixed zip dates and core properties)."""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import time
from pathlib import Path

import openpyxl

from eval_sets.blind.h99 import render as R
from eval_sets.blind.h99.model import LABELS, derive, fmt, dtext
from eval_sets.blind.h99.specs import SPECS
from eval_sets.truth import EvidenceFact, PackageTruth, PlatformRef, SummaryRow, dump_truth

HERE = Path(__file__).resolve().parent
DETAIL_FROM = LABELS.index("平台团队总人数（人）")
YES_NOTES = {
    "平台是否建立安全管理体系": "是，已建立覆盖平台全生命周期的信息安全管理体系，并通过等级保护三级测评",
    "有否定期开展第三方安全测试/测评": "是，每年委托第三方测评机构开展一次等级保护测评及渗透测试",
    "有否定期进行安全扫描": "是，每月开展一次漏洞扫描，重大版本上线前专项扫描",
    "平台是否有自研形成的核心技术突破": "是，自研设备接入网关与时序数据引擎，核心组件自主可控",
    "平台是否具备碳管理服务能力": "是，提供碳核算、碳排放监测、碳效评价三类服务",
    "平台是否融合使用国家标识解析系统": "是，已对接国家标识解析二级节点，用于设备与产品标识注册和解析",
}


EXTRA_ROWS = [  # 指标明细表 内容 rows that 附件4 does not carry; answered in text
    ("是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势", "是，符合国家和本市工业互联网创新发展政策方向及行业数字化转型趋势"),
    ("平台是否被纳入企业战略规划中", "是，已纳入公司“十四五”发展规划"),
    ("是否制定了平台专项规划", "是，制定了平台三年专项规划（2024—2026年）"),
    ("其他资源汇聚情况", "汇聚行业知识库、专家资源和第三方服务商资源，供用户按需调用"),
    ("边缘数据处理能力", "边缘网关支持协议解析、数据清洗和本地规则计算"),
    ("其他数据采集能力", "支持业务系统接口、文件导入和人工填报等方式采集"),
    ("是否支持可拓展云计算能力", "是，支持弹性扩容"),
    ("云化服务器算力", "云化服务器按需分配，高峰期可弹性扩展"),
    ("数据基础管理能力", "具备数据目录、元数据管理、数据质量校验和权限管理能力"),
    ("是否提供通用建模分析算法", "是，提供回归、分类、聚类、时序预测等通用算法"),
    ("智能分析算法类型", "机器学习、深度学习、时序分析"),
    ("是否建立开发者社区及相关功能", "是，已建立开发者社区，提供文档、示例和在线调试"),
    ("平台支持开发语言类型", "Java、Python、JavaScript、Go"),
    ("平台应用开发框架", "基于微服务的低代码应用开发框架"),
    ("平台应用开发工具", "在线IDE、可视化编排工具、API调试工具"),
    ("是否针对平台制定了安全管理相关制度", "是，制定了安全管理、应急响应、数据分级等制度"),
    ("建立的安全制度保护了平台的哪些方面", "覆盖设备接入、网络、应用、数据和运维管理各环节"),
    ("采用何种安全技术情况", "身份认证、访问控制、传输加密、入侵检测、日志审计"),
    ("核心数据安全保护手段", "核心数据加密存储、异地备份、脱敏共享"),
    ("关键技术自主可控", "是，核心组件自主研发，主要软硬件采用国产产品"),
    ("解决方案累计对企业/用户新增效益", "据用户反馈测算，累计帮助用户新增效益约数千万元"),
    ("解决方案累计对企业/用户降低成本", "据用户反馈测算，累计帮助用户降低运维及能耗成本约数千万元"),
    ("平台数据价值挖掘应用能力", "基于设备运行数据开展故障预警、能效分析和质量追溯"),
    ("工业互联网平台+供应链协同应用情况", "支撑上下游企业计划协同、订单协同和库存共享"),
    ("平台有否与新技术的融合应用", "是，融合5G、人工智能、数字孪生和标识解析技术"),
    ("平台牵头/参与标准制定情况", "参与行业标准2项、团体标准3项的制定"),
    ("平台对关键行业/领域、本市及其他重点区域等贡献及支撑", "服务本市重点产业和长三角产业链上下游企业，支撑行业数字化转型"),
    ("是否建立供应链产业链开放共享机制", "是，向产业链上下游开放设备数据接口和行业数据集，按协议授权共享"),
    ("跨平台调用功能建设情况", "已与合作平台实现账号互认和接口互调"),
    ("新产业、新模式培育情况", "培育订阅制服务、共享运维等新模式"),
]
LIMITS = {"平台定位是否明确": 50, "其他资源汇聚情况": 200, "跨平台调用功能建设情况": 200, "平台有否与新技术的融合应用": 300,
          "平台对关键行业/领域、本市及其他重点区域等贡献及支撑": 300, "新产业、新模式培育情况": 300}


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


class Pkg:
    def __init__(self, s, root: Path):
        self.s, self.root = s, root
        self.files: dict[str, str] = {}
        self.facts: list[EvidenceFact] = []
        self.drawn: dict[str, dict[str, str]] = {}

    def path(self, rel: str, role: str) -> Path:
        self.files[rel] = role
        p = self.root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        return p

    def fact(self, label, value, unit, norm, file, page, quote=None, row="", col="", comp="", image=False):
        self.facts.append(EvidenceFact(label=label, value=value, unit=unit, normalized=norm, file=file, page=page,
                                       quote=quote or value, row_label=row, column_label=col, component=comp,
                                       image_only=image))


def legal_rep(s):
    return {"h99_guowang_clean": "钱立新", "h99_feisuo_clean": "邵海川", "h99_onepower_clean": "曹振东", "h99_ouyeyunshang_clean": "汤明远"}[s.pid]


# ------------------------------------------------------------------------------------------ documents
def form_rows(s):
    v, x = s.v, s.x
    basic = [
        ["序号（附件6）", str(s.list_no)], ["单位（企业）名称", s.company], ["法定代表人", legal_rep(s)],
        ["联系人", s.contact], ["联系人手机", s.phone], ["电子邮箱", v["联系人电子邮箱"][0]],
        ["评审会现场地址", s.address],
        ["总资产（万元）", f"{x['co_wan']['assets']:.2f}"], ["主营业务收入（万元）", f"{x['co_wan']['rev']:.2f}"],
        ["主营业务收入增长率（%）", f"{x['co_wan']['growth']:.2f}"], ["负债率（%）", f"{x['co_wan']['debt']:.2f}"],
        ["利润总额（万元）", f"{x['co_wan']['profit']:.2f}"], ["税金（万元）", f"{x['co_wan']['tax']:.2f}"],
    ]
    f0, f1 = s.build_from.split("."), s.build_to.split(".")
    plat = [
        ["平台名称", s.name], ["平台性质", s.nature],
        ["建设时间", f"{f0[0]}年{int(f0[1])}月至{f1[0]}年{int(f1[1])}月"],
        ["平台建设金额（万元）", v["平台建设金额（万元）"][0]],
        ["平台近三年经营指标情况", v["平台近三年经营指标情况"][0]],
        ["平台建设方式", s.build_mode], ["平台运营模式", s.run_mode], ["IaaS基础设施", "自建"],
        ["部署方式", s.deploy],
        ["平台网址", f"{v['平台网址'][0]}  账号：{s.account}  密码：{s.password}"],
        ["平台基本情况介绍", intro(s)], ["平台建设成效", effect(s)],
    ]
    detail = [["内容", "平台实际情况", "证明资料"]]
    detail.append(["平台定位是否明确", f"是，{s.name}定位为服务{s.industries[0]}等行业数字化转型的{s.nature[:3]}平台", "附件3 申报书第二章"])
    for lab in LABELS[DETAIL_FROM:]:
        val = v[lab][0]
        if lab in YES_NOTES:
            val = YES_NOTES[lab]
        elif lab == "平台是否服务上海智能工厂，数量":
            val = f"{val}（名单见申报书第三章）"
        detail.append([lab, val, proof_for(lab)])
    for lab, val in EXTRA_ROWS:
        detail.append([lab, val, "附件3 申报书第二、三章"])
    for r in detail[1:]:
        assert len(r[1]) <= LIMITS.get(r[0], 10**6), r
    return basic, plat, detail


def proof_for(lab):
    if "营收" in lab or "营业收入" in lab or "研发投入" in lab or "利润率" in lab or "投资回报率" in lab or "社会贡献率" in lab or "交易规模" in lab:
        return "证明材料01 审计报告及平台业务专项说明"
    if "设备" in lab and "下降率" not in lab and "提升率" not in lab:
        return "证明材料02 接入设备统计表"
    if "企业" in lab or "付费用户" in lab:
        return "证明材料04 服务企业统计"
    if "专利" in lab or "软著" in lab or "奖项" in lab:
        return "证明材料05 知识产权及荣誉清单"
    return "证明材料03 平台运行数据看板截图"


def intro(s):
    t = (f"{s.name}由{s.company}建设运营，面向{('、'.join(s.industries[:3]))}等行业，提供设备接入、数据治理、工业APP、"
         f"机理模型和解决方案等服务。平台已连接工业设备{s.v['连接的工业设备/产品/产线种类及数量（台/套）'][0]}台/套，"
         f"注册企业用户{s.v['注册企业用户数（个）'][0]}家，形成了覆盖设备运维、能效管理、质量追溯和供应链协同的服务能力，"
         f"主要客户包括长三角地区制造企业和产业园区。")
    assert len(t) <= 500
    return t


def effect(s):
    t = (f"平台帮助用户解决设备数据分散、运维响应慢、能耗不透明等痛点。2023年平台相关营业收入"
         f"{s.v['平台相关营业收入（万元）'][0]}万元，较2022年增长{s.x['growth'][2023]:.2f}%；"
         f"案例用户运维成本平均下降{s.v['平台连接工业设备运维成本平均下降率（%）'][0]}%，"
         f"能耗平均下降{s.v['平台连接工业设备能耗平均下降率（%）'][0]}%，带动了上下游企业数字化转型。")
    assert len(t) <= 500
    return t


def write_form_docx(p: Pkg, rel: str):
    s = p.s
    basic, plat, detail = form_rows(s)
    d = R.docx_new()
    d.add_paragraph("附件2")
    d.add_heading("上海市工业互联网平台应用水平评价申报表", level=1)
    d.add_paragraph(f"申报年度：2024年度    平台名称：{s.name}    申报单位：{s.company}（公章）")
    d.add_paragraph("一、企业基本情况（申报单位上一年度经营状况：2023年）")
    R.docx_table(d, basic)
    d.add_paragraph("二、平台基本情况")
    R.docx_table(d, plat)
    d.add_paragraph("三、上海市工业互联网平台应用水平评价指标明细表")
    t = [["内容", "平台实际情况", "证明资料"]] + detail[1:]
    t[0] = ["内容", "平台实际情况", "证明资料"]
    R.docx_table(d, t)
    d.add_paragraph(f"申报单位（盖章）：{s.company}        日期：{s.delivery_date}")
    R.docx_save(d, p.path(rel, "申报表"))


def write_form_xlsx(p: Pkg, rel: str):
    s = p.s
    basic, plat, detail = form_rows(s)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "一、企业基本情况"
    ws.append(["项目", "内容"])
    for r in basic:
        ws.append(r)
    ws2 = wb.create_sheet("二、平台基本情况")
    ws2.append(["项目", "内容"])
    for r in plat:
        ws2.append(r)
    ws3 = wb.create_sheet("三、指标明细表")
    for r in detail:
        ws3.append(r)
    ws3.append([f"申报单位（盖章）：{s.company}", f"日期：{s.delivery_date}", ""])
    for w in (ws, ws2, ws3):
        w.column_dimensions["A"].width = 44
        w.column_dimensions["B"].width = 90
    R.xlsx_save(wb, p.path(rel, "申报表"))


def write_form_scan(p: Pkg, rel: str):
    s = p.s
    basic, plat, detail = form_rows(s)
    pages = [[("h", "上海市工业互联网平台应用水平评价申报表"), ("p", f"申报年度：2024年度　平台名称：{s.name}"),
              ("p", f"申报单位：{s.company}（公章）　联系人：{s.contact}　电话：{s.phone}"),
              ("h2", "一、企业基本情况"), ("table", basic, [60, 110]),
              ("h2", "二、平台基本情况"), ("table", plat[:10], [40, 130])],
             [("table", plat[10:], [40, 130])]]
    chunk = 26
    for i in range(0, len(detail) - 1, chunk):
        pages.append([("h2", "三、指标明细表" + ("（续）" if i else "")),
                      ("table", [detail[0]] + detail[1 + i:1 + i + chunk], [62, 78, 34])])
    pages[-1].append(("p", f"申报单位（盖章）：{s.company}　　日期：{s.delivery_date}"))
    data = R.pdf_bytes(pages, "申报表", strict=False)
    n = len(R.page_texts(data))
    seal = {1: (0.62, 0.12), n: (0.7, 0.8)}
    out = R.scan(data, s.company, seal, tone=8)
    p.path(rel, "申报表扫描件").write_bytes(out)
    texts = R.page_texts(data)
    p.drawn[rel] = {str(i + 1): squash(t) for i, t in enumerate(texts)}


def write_book(p: Pkg, rel: str):
    s, v, x = p.s, p.s.v, p.s.x
    d = R.docx_new()
    d.add_paragraph("附件3")
    d.add_heading("上海市工业互联网平台应用水平评价申报书", level=0)
    for line in ("申报年度：2024年度", f"平台名称：{s.name}", f"申报单位：{s.company}（公章）", f"联系人：{s.contact}",
                 f"联系人电话：{s.phone}", "上海市经济和信息化委员会制", s.delivery_date):
        d.add_paragraph(line)
    d.add_page_break()
    H = lambda t: d.add_heading(t, level=1)
    P = d.add_paragraph
    H("一、申报单位简介")
    P(f"{s.company}注册于上海，主营业务涉及{s.industries[0]}领域的数字化服务。2023年度公司主营业务收入"
      f"{x['co_wan']['rev']:.2f}万元，同比增长{x['co_wan']['growth']:.2f}%，利润总额{x['co_wan']['profit']:.2f}万元"
      f"（2023年度审计报告，见证明材料01）。公司拥有平台团队{v['平台团队总人数（人）'][0]}人，较上年末的{x['team_prev']}人有所增加。")
    H("二、平台建设及运营情况")
    P(intro(s))
    P("平台技术架构分为边缘接入层、IaaS层、平台PaaS层和应用SaaS层；平台运营以订阅服务和解决方案实施为主要收入来源。")
    P("表X 平台对标同行业或相似平台的部分量化数据对比表")
    R.docx_table(d, [["三级指标", "本平台数据", "对标数据"],
                     ["1.2.1 创新投入情况", f"研发投入{v['平台相关研发投入（万元）'][0]}万元，强度{v['平台相关研发投入强度（%）'][0]}%",
                      "同行业相似平台（平台名称：某行业平台A）研发投入数量级：千万元，强度约15%"],
                     ["2.1.1 工业设备连接/汇聚能力", f"连接设备{v['连接的工业设备/产品/产线种类及数量（台/套）'][0]}台/套",
                      "同行业相似平台（平台名称：某行业平台B）约2万台/套"],
                     ["2.1.2 工业软件/APP", f"工业APP{v['工业APP数量（个）'][0]}个", "同行业相似平台（平台名称：某行业平台A）约300个"],
                     ["3.1.1 平台应用规模", f"注册企业用户{v['注册企业用户数（个）'][0]}家", "同行业相似平台（平台名称：某行业平台B）约2000家"]])
    tech = (f"平台技术创新点总结：一是自研设备接入网关兼容{v['工业协议兼容适配数量（个）'][0]}种工业协议；二是沉淀工业机理模型"
            f"{v['工业机理模型数量（个）'][0]}个，数据分析达到秒级；三是核心软硬件国产化率{v['平台国产化率（%）'][0]}%，底层技术自主可控；"
            f"四是微服务{v['微服务数量（个）'][0]}个，支撑快速构建行业应用。与国内同类平台相比，平台在设备连接规模和模型复用方面处于前列。")
    assert len(tech) <= 300
    P(tech)
    H("三、平台应用成效")
    P(effect(s))
    P(f"平台服务上海市级智能工厂{v['平台是否服务上海智能工厂，数量'][1]}家，服务园区{v['平台服务园区总数（个）'][0]}个。")
    app = (f"应用创新点总结：平台将5G、人工智能与{s.industries[0]}行业机理融合，形成可复制的解决方案"
           f"{v['平台提供的解决方案总数（个）'][0]}个；以订阅制降低中小企业使用门槛，服务中小企业{v['服务中小企业数量（个）'][0]}家；"
           f"2023年平台交易规模同比增长{v['平台交易规模年增长率（%）'][0]}%，商业模式可持续。")
    assert len(app) <= 300
    P(app)
    H("四、平台下一步发展计划")
    P("一是扩大设备连接规模；二是深化人工智能大模型在平台中的应用；三是拓展长三角产业链协同服务；四是完善订阅制商业模式。")
    H("五、平台应用案例")
    names = {"ops": "运维成本下降", "energy": "能耗下降", "safe": "安全生产持续时间提升"}
    platform_short = s.name
    for i, (tail, cust) in enumerate(s.cases):
        cname = f"{platform_short}——{tail}"
        assert len(cname) <= 30, cname
        P(f"案例{i + 1}：{cname}")
        P(f"企业简介：{cust}，为平台付费用户，2022年起使用平台服务。")
        P(f"平台简介：{s.name}为该企业提供设备接入、数据分析和应用服务。")
        P("案例实际内容简介：" + "；".join(f"{names[k]}{x['case_rates'][k][i]:.2f}%" for k in names) + "。")
    P("三个案例平均：" + "；".join(f"{names[k]}{v[lab][0]}%" for k, lab in zip(names, [
        "平台连接工业设备运维成本平均下降率（%）", "平台连接工业设备能耗平均下降率（%）", "平台连接工业设备安全生产持续时间平均提升率（%）"])))
    H("六、附件及其他说明材料")
    for name in sorted(n for n in p.files if n.startswith("证明材料/")):
        P(name.split("/", 1)[1])
    H("七、平台相较上年度对比情况")
    P("以下对比2023年度申报值（数据截至2023年6月或2022年度）与本年度申报值，变化情况逐项说明如下：")
    rows = [["指标", "2023年申报值", "2024年申报值", "变化"]]
    for lab, prev in x["prev_form"].items():
        now = v[lab][1]
        if isinstance(now, float):
            rows.append([lab, f"{prev:.2f}", f"{now:.2f}", f"{now - prev:+.2f}"])
        else:
            rows.append([lab, str(prev), str(now), f"{now - prev:+d}"])
    R.docx_table(d, rows)
    P("功能模块方面，2023年7月以来平台新增AI质检、碳效评价两个模块；应用服务方面新增订阅套餐三类。")
    R.docx_save(d, p.path(rel, "申报书"))


def write_audit(p: Pkg, rel: str):
    s, x = p.s, p.s.x
    co = x["co"]
    y = lambda n: fmt(n / 1, 2)
    pages = [
        [("h", f"{s.company}"), ("h", "2023年度审计报告（节选）"), ("p", f"审计机构：{s.auditor}"),
         ("p", "报告文号：沪信审字（2024）第0318号"),
         ("p", "审计意见：我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了公司2023年12月31日的财务状况"
               "以及2023年度的经营成果和现金流量。"), ("p", "报告日期：2024年3月28日")],
        [("h2", "资产负债表（简表）　　单位：元"),
         ("table", [["项目", "期末余额", "上年年末余额"],
                    ["资产总计", y(co["assets"][2023]), y(co["assets"][2022])],
                    ["负债合计", y(co["liab"][2023]), y(co["liab"][2022])],
                    ["所有者权益合计", y(co["assets"][2023] - co["liab"][2023]), y(co["assets"][2022] - co["liab"][2022])]],
          [60, 50, 50])],
        [("h2", "利润表（简表）　　单位：元"),
         ("table", [["项目", "本期金额", "上期金额"],
                    ["营业收入", y(co["rev"][2023]), y(co["rev"][2022])],
                    ["其中：主营业务收入", y(co["rev"][2023]), y(co["rev"][2022])],
                    ["利润总额", y(co["profit"][2023]), y(co["profit"][2022])],
                    ["税金总额（税金及附加+所得税费用）", y(co["tax"][2023]), y(co["tax"][2022])]], [70, 45, 45])],
        [("h2", "附注：平台业务专项说明　　单位：万元"),
         ("p", "平台相关营业收入按平台直接订阅服务及平台服务合同口径，自公司营业收入中拆分；研发投入按R&D口径归集。"),
         ("table", [["项目", "2020年度", "2021年度", "2022年度", "2023年度"],
                    ["平台相关营业收入"] + [fmt(x["rev"][k], 2) for k in (2020, 2021, 2022, 2023)],
                    ["平台相关研发投入", "—", "—", fmt(x["rd"][2022], 2), fmt(x["rd"][2023], 2)],
                    ["平台利润总额", "—", "—", fmt(x["profit"][2022], 2), fmt(x["profit"][2023], 2)],
                    ["平台交易规模", "—", "—", fmt(x["trade"][2022], 2), fmt(x["trade"][2023], 2)]], [52, 28, 28, 28, 28]),
         ("p", f"平台累计投资总额（建设金额）：{fmt(x['build_amt'], 2)}万元。")],
        [("h2", "附注：平台社会贡献率计算表（2023年度）　　单位：万元"),
         ("table", [["项目", "本期"], ["工资及福利支出", fmt(x["social"]["wages"], 2)], ["利息支出净额", fmt(x["social"]["interest"], 2)],
                    ["应交税金", fmt(x["social"]["taxes"], 2)], ["净利润", fmt(x["social"]["net"], 2)],
                    ["社会贡献总额", fmt(x["social"]["total"], 2)],
                    ["平台资产总额（年初）", fmt(x["social"]["open"], 2)], ["平台资产总额（年末）", fmt(x["social"]["close"], 2)],
                    ["平均资产总额", fmt(x["social"]["avg"], 2)]], [90, 60])],
    ]
    p.path(rel, "evidence:audit_report").write_bytes(R.pdf_bytes(pages, "审计报告"))
    F = p.fact
    F("总资产（万元）", y(co["assets"][2023]), "元", co["assets"][2023] / 1e4, rel, 2, row="资产总计", col="期末余额")
    F("负债率（%）", y(co["liab"][2023]), "元", co["liab"][2023] / 1e4, rel, 2, row="负债合计", col="期末余额", comp="负债总额（万元）")
    F("主营业务收入（万元）", y(co["rev"][2023]), "元", co["rev"][2023] / 1e4, rel, 3, row="主营业务收入", col="本期金额")
    F("主营业务收入增长率（%）", y(co["rev"][2022]), "元", co["rev"][2022] / 1e4, rel, 3, row="主营业务收入", col="上期金额",
      comp="2022年主营业务收入（万元）")
    F("利润总额（万元）", y(co["profit"][2023]), "元", co["profit"][2023] / 1e4, rel, 3, row="利润总额", col="本期金额")
    F("税金（万元）", y(co["tax"][2023]), "元", co["tax"][2023] / 1e4, rel, 3, row="税金总额（税金及附加+所得税费用）", col="本期金额")
    F("平台相关营业收入（万元）", fmt(x["rev"][2023], 2), "万元", x["rev"][2023], rel, 4, row="平台相关营业收入", col="2023年度")
    for yy in (2020, 2021, 2022):
        F("平台近三年经营指标情况", fmt(x["rev"][yy], 2), "万元", x["rev"][yy], rel, 4, row="平台相关营业收入",
          col=f"{yy}年度", comp=f"{yy}年平台营收（万元）")
    F("平台相关研发投入（万元）", fmt(x["rd"][2023], 2), "万元", x["rd"][2023], rel, 4, row="平台相关研发投入", col="2023年度")
    F("平台利润率（%）", fmt(x["profit"][2023], 2), "万元", x["profit"][2023], rel, 4, row="平台利润总额", col="2023年度",
      comp="平台利润总额（万元）")
    F("投资回报率（%）", fmt(x["profit"][2023], 2), "万元", x["profit"][2023], rel, 4, row="平台利润总额", col="2023年度",
      comp="平台年利润（万元）")
    F("投资回报率（%）", fmt(x["build_amt"], 2), "万元", x["build_amt"], rel, 4, quote=f"平台累计投资总额（建设金额）：{fmt(x['build_amt'], 2)}万元",
      row="平台累计投资总额", comp="投资总额（万元）")
    F("平台交易规模年增长率（%）", fmt(x["trade"][2023], 2), "万元", x["trade"][2023], rel, 4, row="平台交易规模", col="2023年度",
      comp="2023年平台交易规模（万元）")
    F("平台交易规模年增长率（%）", fmt(x["trade"][2022], 2), "万元", x["trade"][2022], rel, 4, row="平台交易规模", col="2022年度",
      comp="2022年平台交易规模（万元）")
    F("平台社会贡献率（%）", fmt(x["social"]["total"], 2), "万元", x["social"]["total"], rel, 5, row="社会贡献总额", col="本期",
      comp="社会贡献总额（万元）")
    F("平台社会贡献率（%）", fmt(x["social"]["avg"], 2), "万元", x["social"]["avg"], rel, 5, row="平均资产总额", col="本期",
      comp="平均资产总额（万元）")


def write_devices(p: Pkg, rel: str):
    s, v, x = p.s, p.s.v, p.s.x
    dev = x["dev"]
    rows = [["设备二级分类", "2023年末（台/套）", "2024年6月末（台/套）", "其中：公有云（台/套）", "公有云日均运行（台/套）"]]
    for k in dev["now"]:
        rows.append([k, fmt(dev["prev"][k]), fmt(dev["now"][k]), fmt(dev["pub"][k]), fmt(dev["run"][k])])
    tot = lambda d: fmt(sum(d.values()))
    rows.append(["合计", tot(dev["prev"]), tot(dev["now"]), tot(dev["pub"]), tot(dev["run"])])
    reg = v["按省市区域统计工业设备数量（台/套）"][1]
    rrows = [["设备所属地区", "2024年6月末（台/套）"]] + [[k, fmt(n)] for k, n in reg.items()] + [["合计", fmt(sum(reg.values()))]]
    oversea = v["海外设备连接数量（台/套）"][1]
    pages = [[("h", f"{s.name}接入设备统计表"), ("p", "统计口径：截至填表日（2024年6月30日）平台连接的工业设备；2023年末数据列示供对比。"),
              ("table", rows, [44, 32, 34, 32, 32]),
              ("p", f"其中：海外设备连接数量（2024年6月末）：{fmt(oversea)}台/套"),
              ("small", "注：2023年末数据为上年度参评时点后的年末盘点值，仅供对比，本年度申报以2024年6月末数据为准。")],
             [("h2", "按设备所属企业注册地统计"), ("table", rrows, [60, 50])]]
    p.path(rel, "evidence:device_list").write_bytes(R.pdf_bytes(pages, "接入设备统计表"))
    c = "2024年6月末（台/套）"
    F = p.fact
    F("连接的工业设备/产品/产线种类及数量（台/套）", tot(dev["now"]), "台/套", sum(dev["now"].values()), rel, 1, row="合计", col=c)
    F("公有云工业设备连接数量（台/套）", tot(dev["pub"]), "台/套", sum(dev["pub"].values()), rel, 1, row="合计", col="其中：公有云（台/套）")
    F("公有云工业设备平均日运行数量（台/套）", tot(dev["run"]), "台/套", sum(dev["run"].values()), rel, 1, row="合计", col="公有云日均运行（台/套）")
    F("海外设备连接数量（台/套）", fmt(oversea), "台/套", oversea, rel, 1, quote=f"其中：海外设备连接数量（2024年6月末）：{fmt(oversea)}台/套",
      row="其中：海外设备连接数量")
    F("按省市区域统计工业设备数量（台/套）", fmt(reg["上海"]), "台/套", reg["上海"], rel, 2, quote="上海" + fmt(reg["上海"]), row="上海",
      col="2024年6月末（台/套）", comp="上海（台/套）")


def write_dashboard(p: Pkg, rel: str):
    s, v, x = p.s, p.s.v, p.s.x
    pf = x["prev_form"]
    def tile(lab, cap):
        now, prev = v[lab][1], pf[lab]
        return (cap, fmt(now), f"较上年末 +{fmt(now - prev)}", f"上年末 {fmt(prev)}")
    tiles = [tile("连接的工业设备/产品/产线种类及数量（台/套）", "接入设备（台/套）"), tile("注册企业用户数（个）", "注册企业（家）"),
             tile("工业APP数量（个）", "上架工业APP（个）"), tile("工业机理模型数量（个）", "机理模型（个）"),
             tile("实际服务企业数（个）", "服务企业（家）"), tile("付费企业数（个）", "付费企业（家）")]
    footer = f"{s.name} 运营驾驶舱  数据时间：2024-06-30 24:00  截图时间：2024-07-02 10:15"
    drawn = R.png_dashboard(p.path(rel, "evidence:screenshot"), f"{s.name}  运营总览", tiles, footer)
    p.drawn[rel] = {"1": squash(drawn)}
    for (cap, val, _, _), lab, unit in zip(tiles[:4:2] + tiles[3:4], ["连接的工业设备/产品/产线种类及数量（台/套）", "工业APP数量（个）",
                                                                     "工业机理模型数量（个）"], ["台/套", "个", "个"]):
        p.fact(lab, val, unit, v[lab][1], rel, 1, row=cap, image=True)


def write_enterprises(p: Pkg, rel: str):
    s, v, x = p.s, p.s.v, p.s.x
    e = x["ent"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "服务企业统计"
    ws.append([f"{s.name}服务企业统计表"])
    ws.append(["指标", "上年末（2023-12-31）", "截至填表日（2024-06-30）", "变化"])
    names = [("注册企业用户数", "reg"), ("实际服务企业数", "srv"), ("付费企业数", "paid"), ("服务本市企业数量", "local"), ("服务中小企业数量", "sme")]
    for n, k in names:
        ws.append([n, e["prev"][k], e["now"][k], e["now"][k] - e["prev"][k]])
    ws.append(["付费用户占比（%）（按2023年底口径）", round(e["prev"]["paid"] / e["prev"]["reg"] * 100, 2), "", ""])
    ws2 = wb.create_sheet("按行业")
    ws2.append(["行业", "截至填表日服务企业数（个）"])
    for k, n in v["按行业统计服务企业数（个）"][1].items():
        ws2.append([k, n])
    ws2.append(["合计", v["实际服务企业数（个）"][1]])
    ws3 = wb.create_sheet("按年度")
    ws3.append(["年度", "当年新增服务企业（个）", "年末累计服务企业（个）"])
    cum3 = e["prev"]["srv"]
    cum2 = int(cum3 * 0.8); cum1 = int(cum2 * 0.78)
    ws3.append(["2021年", cum1 - int(cum1 * 0.7), cum1]); ws3.append(["2022年", cum2 - cum1, cum2]); ws3.append(["2023年", cum3 - cum2, cum3])
    ws3.append(["2024年1-6月", e["now"]["srv"] - cum3, e["now"]["srv"]])
    for w in (ws, ws2, ws3):
        w.column_dimensions["A"].width = 36
        for col in "BCD":
            w.column_dimensions[col].width = 26
    R.xlsx_save(wb, p.path(rel, "evidence:other"))
    for (n, k), lab in zip(names, ["注册企业用户数（个）", "实际服务企业数（个）", "付费企业数（个）", "服务本市企业数量（个）", "服务中小企业数量（个）"]):
        p.fact(lab, str(e["now"][k]), "个", e["now"][k], rel, 1, row=n, col="截至填表日（2024-06-30）")
    p.fact("付费用户占比（%）", str(e["prev"]["paid"]), "个", e["prev"]["paid"], rel, 1, row="付费企业数", col="上年末（2023-12-31）",
           comp="2023年底付费用户数（个）")
    p.fact("付费用户占比（%）", str(e["prev"]["reg"]), "个", e["prev"]["reg"], rel, 1, row="注册企业用户数", col="上年末（2023-12-31）",
           comp="2023年底平台用户总数（个）")


def write_ip(p: Pkg, rel: str):
    s, x = p.s, p.s.x
    pp, sp, ap = x["ip_prev"]
    pat = [["序号", "专利名称", "专利号", "授权日"]] + [[str(i + 1), f"一种工业设备数据采集与分析方法（{i + 1}）", f"ZL20{19 + i % 5}1{i:04d}5678.{i % 10}",
                                                    f"20{20 + i % 4}-0{1 + i % 9}-15"] for i in range(x["patents"])]
    soft = [["序号", "软件名称", "登记号"]] + [[str(i + 1), f"{s.short}平台应用子系统V{1 + i % 4}.0（{i + 1}）", f"20{20 + i % 4}SR{100000 + i * 731}"]
                                          for i in range(x["softs"])]
    aw = [["序号", "荣誉名称", "颁发单位", "时间"]] + [[str(i + 1), f"省部级工业互联网试点示范项目（{i + 1}）", "省部级主管部门", f"202{1 + i % 3}年"]
                                                for i in range(x["awards"])]
    pages = [[("h", "知识产权清单"), ("h2", f"专利清单（共{x['patents']}项）"), ("small", f"（2023年度申报时为{pp}项）"),
              ("table", pat, [12, 78, 46, 30])],
             [("h2", f"软件著作权清单（共{x['softs']}项）"), ("small", f"（2023年度申报时为{sp}项）"), ("table", soft, [12, 100, 54])],
             [("h", "省部级及以上荣誉清单"), ("h2", f"荣誉清单（共{x['awards']}项）"), ("small", f"（2023年度申报时为{ap}项）"),
              ("table", aw, [12, 84, 40, 30])]]
    p.path(rel, "evidence:patent_list").write_bytes(R.pdf_bytes(pages, "知识产权清单"))
    p.fact("平台核心软硬件技术获得的专利数量（项）", str(x["patents"]), "项", x["patents"], rel, 1, quote=f"专利清单（共{x['patents']}项）", row="专利清单")
    p.fact("平台核心软硬件技术获得的软著数量（个）", str(x["softs"]), "项", x["softs"], rel, 2, quote=f"软件著作权清单（共{x['softs']}项）", row="软件著作权清单")
    p.fact("平台获得省部级及以上奖项/荣誉数量（个）", str(x["awards"]), "项", x["awards"], rel, 3, quote=f"荣誉清单（共{x['awards']}项）", row="荣誉清单")


def write_cert(p: Pkg, rel: str):
    s, x = p.s, p.s.x
    old, new = x["cert"]["old"], x["cert"]["new"]
    page = lambda tag, d, note: [("h", "信息系统安全等级保护备案证明"), ("p", f"备案单位：{s.company}"), ("p", f"信息系统名称：{s.name}"),
                                 ("p", "安全保护等级：第三级"), ("p", f"备案编号：31011{s.list_no:02d}{tag}"),
                                 ("p", f"发证日期：{d[0]}　有效期至：{d[1]}"), ("p", note)]
    pages = [page("-2024", new, "（现行有效证明）"), page("-2021", old, "（原证明，已于2024年6月到期，附后供对照）")]
    data = R.pdf_bytes(pages, "备案证明")
    p.path(rel, "evidence:other").write_bytes(R.scan(data, "上海市公安局网络安全保卫总队", {1: (0.7, 0.62), 2: (0.7, 0.62)}, tone=10))
    p.drawn[rel] = {str(i + 1): squash(t) for i, t in enumerate(R.page_texts(data))}


def write_summary(p: Pkg, rel: str):
    s = p.s
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "汇总表"
    ws.append(["指标", "填报内容"])
    for lab in LABELS:
        ws.append([lab, s.v[lab][0]])
    ws.column_dimensions["A"].width = 50
    ws.column_dimensions["B"].width = 90
    R.xlsx_save(wb, p.path(rel, "汇总表"))


def write_contact(p: Pkg, rel: str):
    s = p.s
    d = R.docx_new()
    d.add_paragraph("附件1")
    d.add_heading("联系人信息反馈表", level=1)
    R.docx_table(d, [["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"],
                     [str(s.list_no), s.contact, s.company, "平台运营部经理", s.phone, s.v["联系人电子邮箱"][0]]])
    R.docx_save(d, p.path(rel, "联系人表"))


def write_promise(p: Pkg, rel: str):
    s = p.s
    pages = [[("h", "真实性承诺"), ("space", 6),
              ("p", f"本单位郑重承诺：所申报的{s.name}2024年度上海市工业互联网平台应用水平评价材料（包括申报表、申报书及附件、"
                    "平台基本情况汇总表）所有内容及数据真实、准确、有效，如有虚假，愿承担相应责任。"), ("space", 40),
              ("p", "法定代表人或授权代表（签名）："), ("space", 10), ("p", f"申报单位（公章）：{s.company}"), ("space", 4),
              ("p", f"日期：{s.delivery_date}")]]
    data = R.pdf_bytes(pages, "真实性承诺")
    out = R.scan(data, s.company, {1: (0.5, 0.36)}, sign={1: (0.42, 0.262, legal_rep(s))}, tone=6)
    p.path(rel, "承诺").write_bytes(out)
    p.drawn[rel] = {"1": squash(R.page_texts(data)[0])}


def build_package(s, packages: Path) -> Pkg:
    derive(s)
    root = packages / s.pid
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    p = Pkg(s, root)
    sh = s.short
    write_contact(p, f"附件1 联系人信息反馈表（{sh}）.docx")
    if s.form_kind == "xlsx":
        write_form_xlsx(p, f"附件2 申报表（{sh}）.xlsx")
    else:
        write_form_docx(p, f"附件2 申报表（{sh}）.docx")
    write_form_scan(p, f"附件2 申报表（{sh}）盖章扫描版.pdf")
    write_audit(p, "证明材料/01 2023年度审计报告（节选）及平台业务专项说明.pdf")
    write_devices(p, "证明材料/02 平台接入设备统计表（2023年末与2024年6月末）.pdf")
    write_dashboard(p, "证明材料/03 平台运行数据看板截图.png")
    write_enterprises(p, "证明材料/04 平台服务企业统计（含上年末）.xlsx")
    write_ip(p, "证明材料/05 知识产权及荣誉清单.pdf")
    write_cert(p, "证明材料/06 等级保护备案证明（新证及到期旧证）.pdf")
    write_book(p, f"附件3 申报书（{sh}）.docx")
    write_summary(p, f"附件4 平台基本情况汇总表（{sh}）.xlsx")
    write_promise(p, "附件5 真实性承诺（盖章）.pdf")
    return p


def truth_of(p: Pkg) -> PackageTruth:
    s = p.s
    rows = [SummaryRow(label=lab, value=s.v[lab][0], normalized=s.v[lab][1]) for lab in LABELS]
    return PackageTruth(
        package_id=s.pid,
        description=(f"h99 clean package: {s.name} ({s.company}, 附件6 序号{s.list_no}, 2023年度参评). Every figure is this "
                     "year's; last year's values stand beside them (chapter 七 table, dashboard 较上年, 本期/上期, 上年末 columns, "
                     "2023年末 device column, renewed certificate beside the expired one). No problems."),
        path=f"eval_sets/blind/h99/packages/{s.pid}", delivery="folder",
        platform=PlatformRef(list_no=s.list_no, listed_name=s.name, company=s.company, declared_name=s.name, participated_2023=True),
        layout=[f"form:{s.form_kind}", "stamped_scan", "evidence_dir:证明材料", "summary:xlsx-vertical", "commitment:scan",
                "audit_unit:元", "audit_columns:本期金额/上期金额", "platform_part:专项说明(万元)", "screenshot:png-dashboard",
                "devices:2023年末+2024年6月末", "enterprises:上年末+截至填表日", "cert:renewed+expired", "section7:comparison-table"],
        files=dict(sorted(p.files.items())), secrets=[s.password], summary_rows=rows, evidence_facts=p.facts, problems=[])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", action="append")
    ap.add_argument("--out", type=Path, default=HERE)
    args = ap.parse_args(argv)
    packages, truth_dir = args.out / "packages", args.out / "truth"
    packages.mkdir(parents=True, exist_ok=True)
    truth_dir.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    drawn: dict = {}
    for s in SPECS:
        if args.only and s.pid not in args.only:
            continue
        p = build_package(s, packages)
        on_disk = {str(f.relative_to(p.root)) for f in p.root.rglob("*") if f.is_file()}
        assert on_disk == set(p.files), on_disk ^ set(p.files)
        (truth_dir / f"{s.pid}.json").write_text(dump_truth(truth_of(p)), encoding="utf-8")
        for rel, pages in p.drawn.items():
            drawn[f"{s.pid}/{rel}"] = pages
        print(f"{s.pid}: {len(p.files)} files, {len(p.facts)} facts  ({time.time() - t0:.1f}s)")
    (args.out / "drawn_text.json").write_text(json.dumps(dict(sorted(drawn.items())), ensure_ascii=False, indent=1) + "\n",
                                              encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
