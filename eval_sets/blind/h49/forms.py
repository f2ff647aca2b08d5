"""附件1/2/3/4/5 documents of an h49 package (申报表 DOCX or XLSX, 申报书, 汇总表, 联系人表, 承诺)."""

from __future__ import annotations

import re
from pathlib import Path

from docx.shared import Pt
from PIL import Image, ImageDraw

from eval_sets.generator import fonts

from .model import fmt_dict
from .office import image_pdf, new_doc, new_wb, save_doc, save_wb, seal

FILL_DATE = "2024年7月16日"


def _cells(q: dict, proof: dict) -> list[tuple[str, str, str, str, str, str]]:
    """指标明细表 rows: 一级, 二级, 三级, 内容, 平台实际情况, 证明资料."""
    rev23 = q["rev_decl"]
    P = lambda k: proof.get(k, "")  # noqa: E731
    L1a, L1b, L1c = "一、平台基础情况（25%）", "二、平台关键技术能力（35%）", "三、平台效益及可持续发展能力（40%）"
    nm = q["short"]
    awards = q["awards"]
    if q.get("awards_listed", True):
        award_cell = f"共{len(awards)}个：" + "；".join(awards)
    else:
        award_cell = str(q["awards_count"])
    rows = [
        (L1a, "1.1 战略定位及规划", "1.1.1 战略定位", "平台定位是否明确", q["position"], ""),
        ("", "", "", "是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势",
         "工业和信息化部《工业互联网创新发展行动计划（2021-2023年）》—平台体系壮大；上海市经济信息化委《上海市制造业数字化转型实施方案》—平台化赋能；" + q["trend"], ""),
        ("", "", "1.1.2 规划制定", "平台是否被纳入企业战略规划中", f"是，《{q['company_short']}“十四五”发展战略规划》", ""),
        ("", "", "", "是否制定了平台专项规划", f"是，《{nm}平台三年发展专项规划（2023-2025）》", ""),
        ("", "", "", "平台团队总人数（人）", str(q["ops"] + q["opr"]), P("team")),
        ("", "", "", "其中：运维人数（人）", str(q["ops"]), P("team")),
        ("", "", "", "运营人数（人）", str(q["opr"]), P("team")),
        ("", "", "", "其中：有相关技术职称/从业资格的人数（人）", str(q["qualified"]), P("team")),
        ("", "1.2 资金投入与经营情况", "1.2.1 创新投入情况", "平台相关研发投入（万元）", f"{q['rd']:.2f}", P("audit")),
        ("", "", "", "平台相关研发投入强度（%）", f"{q['intensity']:.2f}", "按公式计算"),
        ("", "", "1.2.2 经营情况", "平台相关营业收入（万元）", f"{rev23:.2f}", P("revenue")),
        ("", "", "", "平台利润率（%）", f"{q['margin']:.2f}", P("audit")),
        ("", "", "", "付费用户占比（%）", f"{q['paid_ratio']:.2f}", "付费企业数÷注册企业用户数"),
        (L1b, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "连接的工业设备/产品/产线种类及数量（台/套）", str(q["dev_total"]), P("devices")),
        ("", "", "", "按二级分类统计工业设备数量（台/套）", fmt_dict(q["dev_by_cat"]), P("devlist")),
        ("", "", "", "按省市区域统计工业设备数量（台/套）", fmt_dict(q["dev_by_reg"]), P("devlist")),
        ("", "", "", "其中：公有云工业设备连接数量（台/套）", str(q["pub"]), P("devlist")),
        ("", "", "", "按二级分类统计公有云工业设备数量（台/套）", fmt_dict(q["pub_by_cat"]), P("devlist")),
        ("", "", "", "按省市区域统计公有云工业设备数量（台/套）", fmt_dict(q["pub_by_reg"]), P("devlist")),
        ("", "", "", "其中：公有云工业设备平均日运行数量（台/套）", str(q["daily"]), P("devlist")),
        ("", "", "", "按二级分类统计公有云工业设备平均日运行数量（台/套）", fmt_dict(q["daily_by_cat"]), P("devlist")),
        ("", "", "", "按省市区域统计公有云工业设备平均日运行数量（台/套）", fmt_dict(q["daily_by_reg"]), P("devlist")),
        ("", "", "", "其中：海外设备连接数量（台/套）", str(sum(q["overseas"].values())), P("devlist")),
        ("", "", "", "其中：按海外国家分类统计海外设备连接数量", fmt_dict(q["overseas"]), P("devlist")),
        ("", "", "", "工业协议兼容适配数量（个）", str(q["protocols"]), ""),
        ("", "", "", "其他资源汇聚情况", f"汇聚{q['domain']}领域服务商{q['partners'] * 9}家、专家{q['partners'] * 21}名、行业知识条目约{q['devs'] // 3}条。", ""),
        ("", "", "2.1.2 工业软件/APP", "工业软件总量（个）", str(q["software"]), P("dashboard")),
        ("", "", "", "工业APP数量（个）", str(q["apps"]), P("dashboard")),
        ("", "", "", "其中：基于平台开发的工业APP数量（个）", str(q["apps_dev"]), ""),
        ("", "", "", "云化工业软件数量（个）", str(q["apps_cloud"]), ""),
        ("", "", "", "按分类统计工业APP数量（个）", fmt_dict(q["app_by_cat"]), ""),
        ("", "", "", "按行业统计工业APP数量（个）", fmt_dict(q["app_by_ind"]), ""),
        ("", "", "", "工业APP平均月活跃数量（个）", str(q["app_mau"]), P("dashboard")),
        ("", "", "", "其中：杀手锏APP数量（个）", "5：" + _killers(q), ""),
        ("", "", "", "公有云杀手锏APP平均日在线用户数（个）", str(q["killer_dau"]), ""),
        ("", "", "", "杀手锏APP日活次数（次）", str(q["killer_hits"]), ""),
        ("", "", "", "杀手锏APP月平均收入（万元）", f"{q['killer_income']:.2f}", ""),
        ("", "", "", "其中：公有云工业APP数量（个）", str(q["pubapps"]), ""),
        ("", "", "", "其中：公有云工业APP平均日活跃数量（个）", str(q["pubapp_daily"]), ""),
        ("", "", "", "其中：按分类统计公有云工业APP平均日活跃数量（个）", fmt_dict(q["pubapp_daily_by_cat"]), ""),
        ("", "", "", "其中：按行业统计公有云工业APP平均日活跃数量（个）", fmt_dict(q["pubapp_daily_by_ind"]), ""),
        ("", "2.2 数据管理与挖掘", "2.2.1 数据采集", "边缘数据处理能力",
         f"支持数据采集、数据存储、网络传输、智能分析等功能；边缘计算应用节点数{q['edge_nodes']}个；最低响应时延{q['latency']}毫秒。", ""),
        ("", "", "", "其他数据采集能力", "支持ERP、MES、WMS等软件系统及第三方平台数据的API/数据库/文件方式采集。", ""),
        ("", "", "2.2.2 数据处理（存储计算能力）", "是否支持可拓展云计算能力", "是", ""),
        ("", "", "", "云化服务器算力", f"CPU {int(q['cloud']) * 32}核、GPU {q['pubcloud'] // 4}卡，按需弹性扩展", ""),
        ("", "", "", "平台实际用云量（台）", f"{q['cloud']:.2f}", ""),
        ("", "", "", "平台公有云实际使用数量（台）", str(q["pubcloud"]), ""),
        ("", "", "", "存储容量（TB）", f"{q['cap_tb']:.2f}", ""),
        ("", "", "", "存储工业数据量（TB）", f"{q['data_tb']:.2f}", ""),
        ("", "", "", "公有云数据总量（TB）", f"{q['pub_tb']:.2f}", ""),
        ("", "", "", "存储资源利用率（%）", f"{q['storage_util']:.2f}", "存储工业数据量÷存储容量"),
        ("", "", "", "数据基础管理能力", "建立数据标准、数据质量、元数据和主数据管理规范，数据分级分类管理。", ""),
        ("", "", "2.2.3 数据建模和分析", "工业机理模型数量（个）", str(q["models_decl"]), P("models")),
        ("", "", "", "其中：活跃机理模型数量（一周调用5次以上）（个）", str(q["models_active"]), ""),
        ("", "", "", "核心工业模型平均月调用用户数量（个）", str(q["model_users"]), ""),
        ("", "", "", "按分类统计工业模型数量（个）", fmt_dict(q["model_by_cat"]), P("models")),
        ("", "", "", "是否提供通用建模分析算法", "是", ""),
        ("", "", "", "智能分析算法类型", "基础算法、聚类算法、分类算法、预测与估算算法、关联分析算法", ""),
        ("", "", "", "数据分析平台均速度（每TB分级/秒级/毫秒级）", q["speed"], ""),
        ("", "2.3 微服务部署与调用", "2.3.1 平台微服务情况", "微服务数量（个）", str(q["ms"]), P("dashboard")),
        ("", "", "", "其中：活跃微服务数量（一周调用5次以上）（个）", str(q["ms_active"]), ""),
        ("", "2.4 平台开发与使用", "2.4.1 平台开发者数量", "是否建立开发者社区及相关功能", "是", ""),
        ("", "", "", "开发者注册总数（个）", str(q["devs"]), P("dashboard")),
        ("", "", "", "其中：活跃开发者数（个）", str(q["devs_active"]), ""),
        ("", "", "2.4.2 应用开发服务能力", "平台支持开发语言类型", "共4种：Java、Python、C++、JavaScript", ""),
        ("", "", "", "平台应用开发框架", "基于微服务与容器的低代码开发框架，提供组件库、模型库与API网关。", ""),
        ("", "", "", "平台应用开发工具", "提供在线IDE、可视化编排工具、调试与发布工具链。", ""),
        ("", "2.5 安全体系", "2.5.1 安全制度建设", "是否针对平台制定了安全管理相关制度",
         f"是，《{nm}平台安全管理办法》（{q['code']}-AQ-001，2022年3月）", ""),
        ("", "", "", "建立的安全制度保护了平台的哪些方面", "数据、传输、访问登录、代码、应用、网络", ""),
        ("", "", "", "有否定期开展第三方安全测试/测评", "是，每年一次", ""),
        ("", "", "", "有否定期进行安全扫描", "是，每月一次", ""),
        ("", "", "2.5.2 安全技术保障", "采用何种安全技术情况", "防火墙、网络隔离、传输加密、统一身份认证", ""),
        ("", "", "", "核心数据安全保护手段", "数据每日备份、离线备份、云备份及异地灾备", ""),
        (L1c, "3.1 平台应用", "3.1.1 平台应用规模", "注册企业用户数（个）", str(q["registered"]), P("registered")),
        ("", "", "", "其中：实际服务企业数（个）", str(q["served"]), P("served")),
        ("", "", "", "按行业统计服务企业数（个）", fmt_dict(q["ent_by_ind"]), ""),
        ("", "", "", "按省市区域统计服务企业数（个）", fmt_dict(q["ent_by_reg"]), ""),
        ("", "", "", "其中：付费企业数（个）", str(q["paid"]), ""),
        ("", "", "", "其中：服务本市企业数量（个）", str(q["local"]), ""),
        ("", "", "", "其中：服务中小企业数量（个）", str(q["sme"]), ""),
        ("", "", "", "平台订单数量（个），填写近一年总量", f"2023年自然年：{q['orders']}个", P("orders")),
        ("", "", "", "平台交易规模年增长率（%）", f"{q['trade_growth']:.2f}", ""),
        ("", "", "", "工业APP订阅总数量（个）", str(q["subs"]), ""),
        ("", "", "", "其中：杀手锏工业APP订阅数量（个）", str(q["killer_subs"]), ""),
        ("", "", "", "工业APP订阅总金额（万元）", f"{q['subs_amount']:.2f}", ""),
        ("", "", "", "平台连接工业设备利用率（%）", f"{q['dev_util']:.2f}", ""),
        ("", "", "", "平台国产化率（%）", f"{q['domestic']:.2f}", ""),
        ("", "", "", "平台是否服务上海智能工厂，数量", f"是，{q['factories']}家：" + "；".join(f"{q['domain']}智能工厂{i + 1}（{d}区），提供设备监测与运维优化服务" for i, d in zip(range(q['factories']), ["闵行", "嘉定", "松江", "浦东", "宝山", "金山", "青浦", "奉贤"])), ""),
        ("", "", "", "平台服务园区总数（个）", str(q["parks"]), ""),
        ("", "", "", "平台提供的解决方案总数（个）", str(q["solutions"]), ""),
        ("", "", "", "其中：按新模式统计解决方案数量（个）", fmt_dict(q["sol_by_mode"]), ""),
        ("", "", "3.1.2 平台应用价值", "投资回报率（%）", f"{q['roi']:.2f}", "平台年利润÷投资总额"),
        ("", "", "", "企业已上市或已获得VC/PE投资", "是，" + q["listed_text"] if q["listed"] else "否", ""),
        ("", "", "", "关键技术自主可控", "设备接入网关、时序数据库、机理模型引擎均为自研，自主可控。", ""),
        ("", "", "", "解决方案累计对企业/用户新增效益", "3个案例平均带动用户营收增长约8%，新增就业岗位约60个。", ""),
        ("", "", "", "解决方案累计对企业/用户降低成本", "3个案例平均降低运维成本约18%，能耗平均下降约9%。", ""),
        ("", "", "", "平台连接工业设备运维成本平均下降率（%）", f"{q['cost_down']:.2f}", ""),
        ("", "", "", "平台连接工业设备能耗平均下降率（%）", f"{q['energy_down']:.2f}", ""),
        ("", "", "", "平台连接工业设备安全生产持续时间平均提升率（%）", f"{q['safety_up']:.2f}", ""),
        ("", "", "", "平台数据价值挖掘应用能力", "沉淀设备故障知识库与工艺参数库，支撑预测性维护与能效优化。", ""),
        ("", "", "", "工业互联网平台+供应链协同应用情况", "与上下游供应商系统对接，实现订单、库存与物流信息协同。", ""),
        ("", "", "", "平台有否与新技术的融合应用", "有，融合AI大模型、边缘计算与数字孪生技术。", ""),
        ("", "", "", "平台现有特色指数（个）", f"{q['indices']}个，代表性指数：" + "；".join(f"{q['domain']}{n}指数（2023年均值{100 + 7 * i}.{i}）" for i, n in enumerate(["运行", "开工", "能效", "景气", "价格"][:min(5, q['indices'])])), ""),
        ("", "", "3.1.3 平台带动成效", "平台核心软硬件技术获得的专利数量（项）", str(q["patents"]), P("ip")),
        ("", "", "", "平台核心软硬件技术获得的软著数量（个）", str(q["copyrights_decl"]), P("ip")),
        ("", "", "", "平台是否有自研形成的核心技术突破", "是，自研高并发设备接入与时序压缩技术，压缩比优于国外同类产品。", ""),
        ("", "", "", "平台是否具备碳管理服务能力", "是，提供碳计算/核算、碳排放监测服务。" if q["carbon"] else "否", ""),
        ("", "", "", "平台是否融合使用国家标识解析系统", "是，接入国家工业互联网标识解析二级节点。", ""),
        ("", "", "", "平台牵头/参与标准制定情况（国家标准、行业标准）", f"参与制定标准{q['std_count']}项：" + "；".join(f"《{q['domain']}设备数据接入规范 第{i + 1}部分》（行业标准，参与）" for i in range(q['std_count'])), ""),
        ("", "", "", "平台获得省部级及以上奖项/荣誉数量（个）", award_cell, P("awards")),
        ("", "", "", "平台建设与运营带动新增就业人数（人）", str(q["jobs"]), ""),
        ("", "", "", "平台社会贡献率（%）", f"{q['social']:.2f}", ""),
        ("", "", "", "平台对关键行业/领域、本市及其他重点区域等贡献及支撑", f"服务本市{q['domain']}重点企业，支撑长三角产业链协同。", ""),
        ("", "3.2 平台生态建设", "3.2.1 平台开放", "是否建立供应链产业链开放共享机制", "是，向产业链上下游开放数据接口与应用功能。", ""),
        ("", "", "", "平台开放共享数据的形式及数量", q["open_data"], ""),
        ("", "", "3.2.2 平台生态", "合作平台数量（个）", str(q["partners"]), ""),
        ("", "", "", "跨平台调用功能建设情况", "通过API网关实现与合作平台的数据与应用互调。", ""),
        ("", "", "", "新产业、新模式培育情况", "无", ""),
    ]
    default = "平台运营后台统计数据（可现场演示核查）"
    numeric = re.compile(r"（(个|台/套|%|人|万元|TB|台|次|项)）")
    return [(a, b, c, d, e, f or (default if numeric.search(d) else "见申报书第二、三章")) for a, b, c, d, e, f in rows]


def _killers(q: dict) -> str:
    names = ["设备健康监测", "智能派工", "能效分析", "备件协同", "远程诊断"]
    dau = [int(q["killer_dau"] * w) for w in (0.32, 0.24, 0.18, 0.14)]
    dau.append(q["killer_dau"] - sum(dau))
    return "；".join(f"{i + 1}.{q['short']}{n}APP（{n}服务，日活用户{d}）" for i, (n, d) in enumerate(zip(names, dau)))


def _basic(q: dict) -> list[tuple[str, str]]:
    s, e = q["period"].split("-")
    rev, g = q["rev"], q["growth"]
    r23 = q["rev_decl"]
    g23 = q.get("growth_2023_decl", g[2023])
    chk = lambda opts, sel: "  ".join(("☑" if o == sel else "□") + o for o in opts)  # noqa: E731
    deploy = "  ".join(("☑" if o in q["deploy"].split("、") else "□") + o for o in ["边缘侧", "私有云", "公有云", "混合云"])
    return [
        ("平台名称", q["name"]),
        ("建设时间", f"{s[:4]}年{int(s[5:])}月至{e[:4]}年{int(e[5:])}月"),
        ("平台建设金额（万元）", f"{q['build_amount']:.2f}"),
        ("平台近三年经营指标情况",
         f"2021年平台营收{rev[2021]:.2f}万元/增长率{g[2021]:.2f}%\n2022年平台营收{rev[2022]:.2f}万元/增长率{g[2022]:.2f}%\n"
         f"2023年平台营收{r23:.2f}万元/增长率{g23:.2f}%"),
        ("平台建设方式", chk(["自建", "合作共建"], q["build_mode"])),
        ("平台运营模式", chk(["自运营", "联合运营", "委托运营"], q["op_mode"])),
        ("IaaS基础设施", "☑自建  □租用"),
        ("部署方式", deploy),
        ("平台网址", f"{q['url']}（演示账号：{q['demo_user']}）"),
        ("平台基本情况介绍", f"{q['name']}是{q['company']}打造的{q['nature']}，" + q["intro"]),
        ("平台建设成效", q["effect"]),
    ]


def application_docx(q: dict, proof: dict, path: Path) -> None:
    d = new_doc()
    d.add_heading("上海市工业互联网平台应用水平评价申报表", 0)
    for line in ["申报年度：2024年度", f"平台名称：{q['name']}", f"申报单位：{q['company']}（公章）",
                 f"联系人：{q['contact']}", f"联系人电话：{q['phone']}", f"附件6序号：{q['list_no']}",
                 f"填表日期：{FILL_DATE}"]:
        d.add_paragraph(line)
    d.add_page_break()
    d.add_heading("一、企业基本情况", 1)
    t = d.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    for a, b, c, e in [("单位（企业）名称", q["company"], "单位（企业）代码", q["uscc"]),
                       ("注册地及所在行政区", q["district"], "企业类型", q["etype"]),
                       ("法定代表人", q["legal"], "联系人", q["contact"]),
                       ("联系人手机", q["phone"], "电子邮箱", q["email"])]:
        r = t.add_row().cells
        r[0].text, r[1].text, r[2].text, r[3].text = a, b, c, e
    d.add_heading("二、平台基本情况", 1)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in _basic(q):
        r = t.add_row().cells
        r[0].text, r[1].text = a, b
    d.add_heading("三、上海市工业互联网平台应用水平评价指标明细表", 1)
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]):
        t.rows[0].cells[i].text = h
    for row in _cells(q, proof):
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
            for p in cells[i].paragraphs:
                for run in p.runs:
                    run.font.size = Pt(9)
    d.add_paragraph(f"填表日期：{FILL_DATE}")
    save_doc(d, path)


def application_xlsx(q: dict, proof: dict, path: Path) -> None:
    wb = new_wb()
    ws = wb.active
    ws.title = "封面及基本情况"
    for line in [("申报年度", "2024年度"), ("平台名称", q["name"]), ("申报单位", q["company"]), ("联系人", q["contact"]),
                 ("联系人电话", q["phone"]), ("附件6序号", q["list_no"]), ("填表日期", FILL_DATE),
                 ("单位（企业）代码", q["uscc"]), ("电子邮箱", q["email"]), ("", "")] + _basic(q):
        ws.append(list(line))
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 90
    ws2 = wb.create_sheet("指标明细表")
    ws2.append(["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"])
    for row in _cells(q, proof):
        ws2.append(list(row))
    for col, w in zip("ABCDEF", (16, 18, 22, 44, 60, 36)):
        ws2.column_dimensions[col].width = w
    save_wb(wb, path)


def proposal_docx(q: dict, path: Path) -> None:
    d = new_doc("仿宋")
    d.add_heading("上海市工业互联网平台应用水平评价申报书", 0)
    d.add_paragraph(f"平台名称：{q['name']}\n申报单位：{q['company']}（公章）\n申报年度：2024年度")
    d.add_page_break()
    for title, body in q["chapters"]:
        d.add_heading(title, 1)
        for para in body:
            d.add_paragraph(para)
    save_doc(d, path)


def summary_xlsx(rows: list, path: Path) -> None:
    wb = new_wb()
    ws = wb.active
    ws.title = "平台基本情况汇总表"
    ws.append(["平台基本情况汇总表"])
    ws.append(["项目", "内容"])
    for label, value, _ in rows:
        ws.append([label, value])
    ws.column_dimensions["A"].width = 48
    ws.column_dimensions["B"].width = 90
    save_wb(wb, path)


def summary_docx(rows: list, path: Path) -> None:
    d = new_doc()
    d.add_heading("附件4  平台基本情况汇总表", 1)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for label, value, _ in rows:
        r = t.add_row().cells
        r[0].text, r[1].text = label, value
    save_doc(d, path)


def contact_docx(q: dict, path: Path) -> None:
    d = new_doc()
    d.add_heading("附件1  联系人信息反馈表", 1)
    d.add_paragraph("2024年度上海市工业互联网平台应用水平评价工作")
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"]):
        t.rows[0].cells[i].text = h
    for row in [("联系人（主）", q["contact"], q["company"], q["title"], q["phone"], q["email"]),
                ("联系人（备用）", q["contact2"], q["company"], "工程师", q["phone2"], q["email2"])]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    d.add_paragraph("二、评审会现场地址信息反馈")
    d.add_paragraph(f"具体地址：{q['address']}")
    save_doc(d, path)


def commitment_scan(q: dict, path: Path) -> None:
    im = Image.new("RGB", (1240, 1754), (250, 249, 245))
    dr = ImageDraw.Draw(im)
    f = fonts.pil_font(30)
    dr.text((620, 200), "真实性承诺", font=fonts.pil_font(44), fill=(20, 20, 20), anchor="mm")
    text = ("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）"
            "内容均真实、准确、完整，如有不实，愿承担相应的法律责任及由此产生的一切后果。")
    y, line = 330, ""
    for ch in text:
        line += ch
        if dr.textlength(line, font=f) > 980:
            dr.text((130, y), line, font=f, fill=(25, 25, 25))
            y, line = y + 56, ""
    dr.text((130, y), line, font=f, fill=(25, 25, 25))
    dr.text((130, y + 80), "特此承诺。", font=f, fill=(25, 25, 25))
    dr.text((640, 1120), f"申报单位：{q['company']}", font=f, fill=(25, 25, 25))
    dr.text((640, 1200), f"法定代表人：{q['legal']}", font=f, fill=(25, 25, 25))
    dr.text((640, 1280), "2024年7月16日", font=f, fill=(25, 25, 25))
    seal(im, 860, 1180, 150, q["company"])
    image_pdf([im], path)


def _wrap(dr, text, font, width):
    lines, line = [], ""
    for ch in text:
        if dr.textlength(line + ch, font=font) > width:
            lines.append(line)
            line = ""
        line += ch
    return lines + [line]


def application_scan(q: dict, proof: dict, path: Path) -> None:
    """盖章扫描版 of the 申报表: cover with seal, the 指标明细表 pages, the last page sealed again. Image-only."""
    import random
    rng = random.Random(q["list_no"])
    W, H = 992, 1403  # A4 at 120 dpi
    f, fs = fonts.pil_font(17), fonts.pil_font(14)
    pages = []

    def blank():
        im = Image.new("RGB", (W, H), (248, 247, 243))
        return im, ImageDraw.Draw(im)

    im, dr = blank()
    dr.text((W // 2, 300), "上海市工业互联网平台应用水平评价", font=fonts.pil_font(34), fill=(20, 20, 20), anchor="mm")
    dr.text((W // 2, 360), "申报表", font=fonts.pil_font(40), fill=(20, 20, 20), anchor="mm")
    for i, line in enumerate(["申报年度：2024年度", f"平台名称：{q['name']}", f"申报单位：{q['company']}（公章）",
                              f"联系人：{q['contact']}", f"联系人电话：{q['phone']}", f"填表日期：{FILL_DATE}"]):
        dr.text((170, 560 + i * 56), line, font=f, fill=(20, 20, 20))
    seal(im, 640, 700, 110, q["company"])
    pages.append(im)
    cols = [(60, 170), (170, 470), (470, 800), (800, 940)]
    im, dr = blank()
    y = 60
    for _l1, _l2, l3, content, value, pr in _cells(q, proof):
        parts = [_wrap(dr, t, fs, x1 - x0 - 10) for t, (x0, x1) in zip([l3, content, value, pr], cols)]
        h = max(len(p) for p in parts) * 19 + 10
        if y + h > H - 80:
            pages.append(im)
            im, dr = blank()
            y = 60
        for p, (x0, x1) in zip(parts, cols):
            dr.rectangle((x0, y, x1, y + h), outline=(60, 60, 60), width=1)
            for k, ln in enumerate(p):
                dr.text((x0 + 5, y + 5 + k * 19), ln, font=fs, fill=(25, 25, 25))
        y += h
    dr.text((560, y + 40), f"填表日期：{FILL_DATE}", font=f, fill=(20, 20, 20))
    seal(im, 700, min(H - 150, y + 150), 100, q["company"])
    pages.append(im)
    out = []
    for im in pages:
        im = im.rotate(rng.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=(248, 247, 243))
        out.append(im)
    image_pdf(out, path, dpi=120)
