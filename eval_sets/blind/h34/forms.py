"""附件1 联系人表, 附件2 申报表 (DOCX / XLSX / stamped scan), 附件3 申报书, 附件4 汇总表, 附件5 承诺."""

from __future__ import annotations

from pathlib import Path

import kit
from model import Pkg, money
from notice import INDICATORS, LABELS


def default_texts(p: Pkg, d: dict) -> None:
    """d: domain words — industry, scene, product, standard, index names."""
    t = p.texts
    t.setdefault("T:定位", f"面向{d['industry']}的{d['scene']}工业互联网平台，服务产业链上下游企业数字化转型。")
    t.setdefault("T:政策", f"工业和信息化部《工业互联网创新发展行动计划（2021-2023年）》+平台体系建设；{d['industry']}+数字化协同需求持续增长。")
    t.setdefault("T:战略规划", f"纳入《{p.company}“十四五”发展规划》")
    t.setdefault("T:专项规划", f"《{p.declared_name}三年发展规划（2023-2025）》")
    t.setdefault("T:其他资源", f"平台汇聚{d['resource']}，形成可复用的行业资源库，支撑上下游企业在线协同。")
    t.setdefault("T:边缘", f"支持数据采集、数据存储、网络传输、智能分析等功能；边缘计算应用节点数{d['edge_nodes']}个；最低响应时延{d['latency']}毫秒。")
    t.setdefault("T:其他采集", "支持ERP、MES、WMS等业务系统及第三方平台数据通过API、数据库同步和文件接口采集，日均采集记录约3000万条。")
    t.setdefault("T:可拓展", "是")
    t.setdefault("T:算力", "通用计算节点与GPU节点按需弹性扩容，合计约6400 vCPU、48张GPU卡。")
    t.setdefault("T:数据管理", "建立数据标准、主数据、数据质量与数据安全管理制度，数据质量规则自动校验，按月发布数据质量报告。")
    t.setdefault("T:通用算法", "是")
    t.setdefault("T:算法类型", "基础算法（排序、查找、统计）、聚类算法、分类算法、预测与估算算法、关联分析算法、推荐算法。")
    t.setdefault("T:开发者社区", "是")
    t.setdefault("T:语言", "共5种：Java、Python、Go、JavaScript、C++")
    t.setdefault("T:框架", "基于微服务架构与容器编排的低代码应用开发框架，提供统一身份认证、数据服务、消息总线和前端组件库。")
    t.setdefault("T:工具", "提供在线IDE、可视化流程编排、模型训练与发布工具、API网关调试工具及应用上架管理工具。")
    t.setdefault("T:保护方面", "数据、传输、访问登录、代码、应用、网络")
    t.setdefault("T:安全技术", "采用防火墙、网络隔离、传输加密、身份认证、入侵检测、Web应用防护及日志审计等安全技术。")
    t.setdefault("T:数据保护", "核心数据每日增量备份、每周全量离线备份，数据库双机热备，异地灾备中心定期演练。")
    t.setdefault("T:自主可控", f"{d['tech']}等关键技术均为自主研发，自主可控。")
    t.setdefault("T:新增效益", "3个案例平均带动用户营收增长约8%，新增就业约60人，安全生产持续时间明显提升。")
    t.setdefault("T:降低成本", "3个案例平均降低运维成本约15%，平均能耗下降约8%。")
    t.setdefault("T:价值挖掘", f"沉淀{d['industry']}工艺、质量与运维知识，形成模型与知识库，支撑故障预测、质量追溯和经营分析等场景复用。")
    t.setdefault("T:供应链", "平台与上下游企业ERP、SRM系统对接，实现需求、订单、库存、物流信息在线协同，供应商准时交付率明显提升。")
    t.setdefault("T:新技术", "平台融合人工智能、5G、边缘计算、数字孪生和标识解析等新技术，支撑智能排产、远程运维等场景。")
    t.setdefault("T:标准", f"参与制定行业标准2项：{d['standard']}。")
    t.setdefault("T:贡献", f"平台服务本市{d['industry']}重点企业，带动长三角产业链协同，助力本市制造业数字化转型。")
    t.setdefault("T:开放机制", "是，向产业链上下游开放数据接口、应用功能与行业知识库，按平台开放管理办法实行分级授权共享。")
    t.setdefault("T:跨平台", "与合作平台通过API网关实现身份互认、数据交换与应用互调，已实现订单、设备、能耗数据跨平台调用。")
    t.setdefault("T:新模式", "有，培育平台化服务与按效果付费等新模式，带动服务型制造发展。")
    t.setdefault("intro", "")
    t.setdefault("effect", "")


# ---------------------------------------------------------------- 申报表 content

def form_sections(p: Pkg, proof_of) -> tuple[list, list, list]:
    i = p.info
    basic = [
        ["单位（企业）名称", p.company, "单位（企业）代码", i["code"]],
        ["成立日期", i["founded"], "注册地及所在行政区", i["seat"]],
        ["企业类型", i["kind"], "注册资本", i["capital"]],
        ["主营业务", i["business"], "法定代表人", i["legal"]],
        ["联系人", i["contact"], "职务", i["title"]],
        ["联系人手机", i["phone"], "传真", i["fax"]],
        ["电子邮箱", i["email"], "股权结构", i["equity"]],
        ["申报单位上一年度经营状况（2023 年）", "", "", ""],
        ["总资产（万元）", i["assets"], "主营业务收入（万元）", i["company_rev"]],
        ["主营业务收入增长率（%）", i["company_growth"], "负债率（%）", i["debt"]],
        ["利润总额（万元）", i["company_profit"], "税金（万元）", i["tax"]],
    ]
    plat = [
        ["平台名称", p.vals["平台名称"][0]],
        ["建设时间", p.vals["建设时间"][0]],
        ["平台建设金额（万元）", p.vals["平台建设金额（万元）"][0]],
        ["平台近三年经营指标情况", p.vals["平台近三年经营指标情况"][0] + "\n注：此处数据已将平台相关收益单列，而非整个公司的财务数据。"],
        ["平台建设方式", i["build_mode_cell"]],
        ["平台运营模式", i["op_mode_cell"]],
        ["IaaS 基础设施", i["iaas_cell"]],
        ["部署方式", i["deploy_cell"]],
        ["平台网址", f"{p.vals['平台网址'][0]}（账号：{i['account']}  密码：{i['password']}）"],
        ["平台基本情况介绍", p.texts["intro"]],
        ["平台建设成效", p.texts["effect"]],
    ]
    detail = []
    for l1, l2, l3, content, key in INDICATORS:
        detail.append([l1, l2, l3, content, p.cell(key), proof_of(key)])
    return basic, plat, detail


def form_blocks(p: Pkg, proof_of, levels: str = "repeat") -> list:
    basic, plat, detail = form_sections(p, proof_of)
    blocks = [("title", "上海市工业互联网平台应用水平评价\n申报表"), ("p", "申报年度：2024 年度"),
              ("p", f"平台名称：{p.declared_name}"), ("p", f"申报单位：{p.company}（公章）"),
              ("p", f"联 系 人：{p.info['contact']}"), ("p", f"联系人电话：{p.info['phone']}"),
              ("p", "上海市经济和信息化委员会制"), ("right", "2024 年 7 月 15 日"), ("pagebreak",),
              ("h1", "一、企业基本情况"), ("table", basic, [38, 52, 38, 52], 0), ("pagebreak",),
              ("h1", "二、平台基本情况"), ("table", plat, [40, 140], 0), ("pagebreak",),
              ("h1", "三、上海市工业互联网平台应用水平评价指标明细表"), ("small", "（请依据此表后附的填报指引填写！）")]
    rows = [["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]]
    last = (None, None, None)
    for r in detail:
        if levels == "first":
            shown = [r[k] if r[k] != last[k] else "" for k in range(3)]
            last = tuple(r[:3])
            rows.append(shown + r[3:])
        else:
            rows.append(r)
    blocks.append(("table", rows, [20, 22, 24, 38, 52, 28], 1))
    return blocks


def write_form_docx(p: Pkg, path: Path, proof_of, levels: str = "repeat", font: str = "宋体") -> None:
    kit.write_docx(path, form_blocks(p, proof_of, levels), "申报表", p.info["contact"], font=font)


def write_form_scan(p: Pkg, path: Path, proof_of, seed: int, levels: str = "repeat") -> None:
    blocks = form_blocks(p, proof_of, levels)
    data = kit.pdf_bytes(blocks, font_kind="song")
    import pypdfium2 as pdfium
    n = len(pdfium.PdfDocument(data))
    seals = {0: (p.company, 0.62, 0.28), n - 1: (p.company, 0.70, 0.80)}
    kit.images_to_pdf(path, kit.scan_pages(data, seals, seed, scale=1.25), title="申报表盖章扫描件")


def write_form_xlsx(p: Pkg, path: Path, proof_of) -> None:
    basic, plat, detail = form_sections(p, proof_of)
    cover = [["上海市工业互联网平台应用水平评价申报表"], ["申报年度", "2024 年度"], ["平台名称", p.declared_name],
             ["申报单位", p.company], ["联系人", p.info["contact"]], ["联系人电话", p.info["phone"]],
             ["填报日期", "2024年7月15日"]]
    sheets = [("封面", cover, {"widths": [24, 60]}),
              ("一、企业基本情况", [["项目", "内容", "项目", "内容"]] + basic, {"widths": [26, 40, 26, 40]}),
              ("二、平台基本情况", [["项目", "内容"]] + plat, {"widths": [26, 90]}),
              ("三、指标明细表", [["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]] + detail,
               {"widths": [18, 18, 20, 36, 60, 30]})]
    kit.write_xlsx(path, sheets, "申报表", p.info["contact"])


# ---------------------------------------------------------------- 附件4

SUMMARY_PRINTED = {
    "序号": "序号", "平台近三年经营指标情况": "平台近三年经营指标情况", "建设时间": "建设时间",
    "平台是否建立安全管理体系": "平台是否建立安全管理体系 是/否",
    "有否定期开展第三方安全测试/测评": "有否定期开展第三方安全测试/测评 是/否",
    "有否定期进行安全扫描": "有否定期进行安全扫描 是/否",
    "企业是否已上市或已获得VC/PE投资": "企业是否已上市或已获得VC/PE 投资 是/否",
    "平台是否有自研形成的核心技术突破": "平台是否有自研形成的核心技术突破 是/否",
    "平台是否具备碳管理服务能力": "平台是否具备碳管理服务能力 是/否",
    "平台是否融合使用国家标识解析系统": "平台是否融合使用国家标识解析系统 是/否",
}


def summary_pairs(p: Pkg) -> list[tuple[str, str]]:
    out = []
    for label in LABELS:
        value = p.summary_cells.get(label, p.vals[label][1])
        out.append((SUMMARY_PRINTED.get(label, label), value))
    return out


def write_summary_xlsx(p: Pkg, path: Path, horizontal: bool = False, numbered: bool = False) -> None:
    pairs = summary_pairs(p)
    if horizontal:
        rows = [["平台基本情况汇总表"], [a for a, _ in pairs], [b for _, b in pairs]]
        opt = {"bold_rows": {0, 1}}
    elif numbered:
        rows = [["平台基本情况汇总表"], ["编号", "项目", "内容"]] + [[k + 1, a, b] for k, (a, b) in enumerate(pairs)]
        opt = {"bold_rows": {0, 1}, "widths": [8, 46, 70]}
    else:
        rows = [["平台基本情况汇总表", ""], ["项目", "填报内容"]] + [[a, b] for a, b in pairs]
        opt = {"bold_rows": {0, 1}, "widths": [46, 70]}
    kit.write_xlsx(path, [("附件4", rows, opt)], "平台基本情况汇总表", p.info["contact"])


def write_summary_docx(p: Pkg, path: Path) -> None:
    rows = [["项目", "填报内容"]] + [[a, b] for a, b in summary_pairs(p)]
    kit.write_docx(path, [("title", "附件4  平台基本情况汇总表"), ("table", rows, None, 1)], "平台基本情况汇总表",
                   p.info["contact"])


# ---------------------------------------------------------------- 附件1 / 附件5

def contact_blocks(p: Pkg) -> list:
    i = p.info
    return [("title", "附件1  联系人信息反馈表"), ("p", "2024年度上海市工业互联网平台应用水平评价工作"),
            ("h2", "一、联系人信息反馈"),
            ("table", [["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"],
                       ["联系人（主）", i["contact"], p.company, i["title"], i["phone"], i["email"]],
                       ["联系人（备用）", i["contact2"], p.company, i["title2"], i["phone2"], i["email2"]]], None, 1),
            ("h2", "二、评审会现场地址信息反馈"), ("p", f"具体地址：{i['address']}")]


def write_contact_docx(p: Pkg, path: Path) -> None:
    kit.write_docx(path, contact_blocks(p), "联系人信息反馈表", p.info["contact"])


def commitment_blocks(p: Pkg) -> list:
    return [("title", "附件5\n真实性承诺"), ("space", 20),
            ("p", "我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、"
                  "完整，如有不实，愿承担相应的法律责任及由此产生的一切后果。"),
            ("p", "特此承诺。"), ("space", 60), ("right", f"申报单位：{p.company}（盖章）"),
            ("right", f"法定代表人：{p.info['legal']}（签章）"), ("right", "2024 年 7 月 15 日")]


def write_commitment_scan(p: Pkg, path: Path, seed: int) -> None:
    kit.write_scan(path, commitment_blocks(p), {0: (p.company, 0.72, 0.42)}, seed, font_kind="song")


def write_commitment_docx(p: Pkg, path: Path) -> None:
    kit.write_docx(path, commitment_blocks(p), "真实性承诺", p.info["contact"])
