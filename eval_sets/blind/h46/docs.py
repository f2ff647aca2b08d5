"""申报表 (DOCX + stamped scan), 汇总表 (XLSX), 联系人表 (DOCX), 承诺 (scan)."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl.styles import Alignment, Font

from . import common
from .form import brk, n2


def _docx_font(doc, name="宋体", size=10.5):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), name)


def form_items(m, s, v):
    """(一级, 二级, 三级, 内容, 平台实际情况, 证明资料) rows of the 指标明细表."""
    P = s["proofs"]
    val = lambda lab: v[lab][0]  # noqa: E731
    L1a, L1b, L1c = "一、平台基础情况（25%）", "二、平台关键技术能力（35%）", "三、平台效益及可持续发展能力（40%）"
    rows = []

    def add(l1, l2, l3, content, answer, proof=""):
        rows.append((l1, l2, l3, content, str(answer), proof))

    a, b = "1.1 战略定位及规划", "1.1.1 战略定位"
    add(L1a, a, b, "平台定位是否明确", s["texts"]["position"], "申报书第二章")
    add(L1a, a, b, "是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势", s["texts"]["policy"], "申报书第二章")
    b = "1.1.2 规划制定"
    add(L1a, a, b, "平台是否被纳入企业战略规划中", s["texts"]["plan1"], P.get("plan", "附件3.9 规划文件"))
    add(L1a, a, b, "是否制定了平台专项规划", s["texts"]["plan2"], P.get("plan", "附件3.9 规划文件"))
    add(L1a, a, b, "平台团队总人数（人）", val("平台团队总人数（人）"), P.get("team", "附件3.9 人员花名册"))
    add(L1a, a, b, "其中：运维人数（人）", val("运维人数（人）"), P.get("team", ""))
    add(L1a, a, b, "运营人数（人）", val("运营人数（人）"), P.get("team", ""))
    add(L1a, a, b, "其中：有相关技术职称/从业资格的人数（人）", val("有相关技术职称/从业资格的人数（人）"), P.get("team", ""))
    a, b = "1.2 资金投入与经营情况", "1.2.1 创新投入情况"
    add(L1a, a, b, "平台相关研发投入（万元）", val("平台相关研发投入（万元）"), P["audit"])
    add(L1a, a, b, "平台相关研发投入强度（%）", val("平台相关研发投入强度（%）"), "研发投入÷平台营业收入×100%")
    b = "1.2.2 经营情况"
    add(L1a, a, b, "平台相关营业收入（万元）", val("平台相关营业收入（万元）"), P["audit"])
    add(L1a, a, b, "平台利润率（%）", val("平台利润率（%）"), P["audit"] + "（平台利润总额）")
    add(L1a, a, b, "付费用户占比（%）", val("付费用户占比（%）"), P["ent"])
    a, b = "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力"
    dev_items = [
        ("连接的工业设备/产品/产线种类及数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
        ("按二级分类统计工业设备数量（台/套）", "按二级分类统计工业设备数量（台/套）"),
        ("按省市区域统计工业设备数量（台/套）", "按省市区域统计工业设备数量（台/套）"),
        ("其中：公有云工业设备连接数量（台/套）", "公有云工业设备连接数量（台/套）"),
        ("按二级分类统计公有云工业设备数量（台/套）", "按二级分类统计公有云工业设备数量（台/套）"),
        ("按省市区域统计公有云工业设备数量（台/套）", "按省市区域统计公有云工业设备数量（台/套）"),
        ("其中：公有云工业设备平均日运行数量（台/套）", "公有云工业设备平均日运行数量（台/套）"),
        ("按二级分类统计公有云工业设备平均日运行数量（台/套）", "按二级分类统计公有云工业设备平均日运行数量（台/套）"),
        ("按省市区域统计公有云工业设备平均日运行数量（台/套）", "按省市区域统计公有云工业设备平均日运行数量（台/套）"),
        ("其中：海外设备连接数量（台/套）", "海外设备连接数量（台/套）"),
        ("其中：按海外国家分类统计海外设备连接数量", "按海外国家分类统计海外设备连接数量（台/套）"),
    ]
    for content, lab in dev_items:
        proof = P["run"] if "日运行" in lab else P["dev"]
        add(L1b, a, b, content, val(lab), proof)
    add(L1b, a, b, "工业协议兼容适配数量（个）", val("工业协议兼容适配数量（个）"), P["dev"] + "（协议列）")
    add(L1b, a, b, "其他资源汇聚情况", s["texts"]["other_res"], "申报书第二章")
    b = "2.1.2 工业软件/APP"
    for content, lab in [("工业软件总量（个）", None), ("工业APP 数量（个）", "工业APP数量（个）"),
                         ("其中：基于平台开发的工业APP数量（个）", "基于平台开发的工业APP数量（个）"),
                         ("云化工业软件数量（个）", None), ("按分类统计工业APP数量（个）", None), ("按行业统计工业APP数量（个）", None),
                         ("工业APP 平均月活跃数量（个）", "工业APP平均月活跃数量（个）"),
                         ("其中：杀手锏APP数量（个）", "杀手锏APP数量（个）"),
                         ("公有云杀手锏APP 平均日在线用户数（个）", "公有云杀手锏APP平均日在线用户数（个）"),
                         ("杀手锏APP日活次数（次）", None), ("杀手锏APP月平均收入（万元）", None),
                         ("其中：公有云工业APP 数量（个）", "公有云工业APP数量（个）"),
                         ("其中：公有云工业APP平均日活跃数量（个）", "公有云工业APP平均日活跃数量（个）"),
                         ("其中：按分类统计公有云工业APP平均日活跃数量（个）", "按分类统计公有云工业APP平均日活跃数量（个）"),
                         ("其中：按行业统计公有云工业APP平均日活跃数量（个）", "按行业统计公有云工业APP平均日活跃数量（个）")]:
        lab = lab or content
        ans = val(lab)
        if lab == "杀手锏APP数量（个）":
            ans = ans + "。" + s["texts"]["killer"]
        proof = P["app"] if any(w in lab for w in ("APP数量", "分类", "行业", "软件", "基于平台")) else P["shot"]
        if "收入" in lab or "日活次数" in lab:
            proof = P.get("killer", P["shot"])
        add(L1b, a, b, content, ans, proof)
    a, b = "2.2 数据管理与挖掘", "2.2.1 数据采集"
    add(L1b, a, b, "边缘数据处理能力", s["texts"]["edge"], "申报书第二章")
    add(L1b, a, b, "其他数据采集能力", s["texts"]["collect"], "申报书第二章")
    b = "2.2.2 数据处理（存储计算能力）"
    add(L1b, a, b, "是否支持可拓展云计算能力", "是", "附件3.6 云资源清单")
    add(L1b, a, b, "云化服务器算力", s["texts"]["compute"], P["cloud"])
    for lab in ["平台实际用云量（台）", "平台公有云实际使用数量（台）", "存储容量（TB）", "存储工业数据量（TB）", "公有云数据总量（TB）",
                "存储资源利用率（%）"]:
        add(L1b, a, b, lab, val(lab), P["cloud"] if "利用率" not in lab else "存储工业数据量÷存储容量×100%")
    add(L1b, a, b, "数据基础管理能力", s["texts"]["datamgmt"], "附件3.9 数据管理制度")
    b = "2.2.3 数据建模和分析"
    add(L1b, a, b, "工业机理模型数量（个）", val("工业机理模型数量（个）"), P["model"])
    add(L1b, a, b, "其中：活跃机理模型数量（一周调用5次以上）（个）", val("活跃机理模型数量（一周调用5次以上）（个）"), P["model"])
    add(L1b, a, b, "核心工业模型平均月调用用户数量（个）", val("核心工业模型平均月调用用户数量（个）"), P["model"])
    add(L1b, a, b, "按分类统计工业模型数量（个）", val("按分类统计工业模型数量（个）"), P["model"])
    add(L1b, a, b, "是否提供通用建模分析算法", "是", "申报书第二章")
    add(L1b, a, b, "智能分析算法类型", "基础算法（排序、查找、统计）、聚类算法、分类算法、预测与估算算法、关联分析算法、推荐算法", "申报书第二章")
    add(L1b, a, b, "数据分析平台均速度（每TB分级/秒级/毫秒级）", val("数据分析平台均速度（每TB分级/秒级/毫秒级）"), "附件3.6 性能测试报告")
    a, b = "2.3 微服务部署与调用", "2.3.1 平台微服务情况"
    add(L1b, a, b, "微服务数量（个）", val("微服务数量（个）"), P["shot"])
    add(L1b, a, b, "其中：活跃微服务数量（一周调用5次以上）（个）", val("活跃微服务数量（一周调用5次以上）（个）"), P["shot"])
    a, b = "2.4 平台开发与使用", "2.4.1 平台开发者数量"
    add(L1b, a, b, "是否建立开发者社区及相关功能", "是", P["shot"])
    add(L1b, a, b, "开发者注册总数（个）", val("开发者注册总数（个）"), P["shot"])
    add(L1b, a, b, "其中：活跃开发者数（个）", val("活跃开发者数（个）"), P["shot"])
    b = "2.4.2 应用开发服务能力"
    add(L1b, a, b, "平台支持开发语言类型", "共5种：Java、Python、Go、JavaScript、C++", "申报书第二章")
    add(L1b, a, b, "平台应用开发框架", s["texts"]["framework"], "申报书第二章")
    add(L1b, a, b, "平台应用开发工具", s["texts"]["tools"], "申报书第二章")
    a, b = "2.5 安全体系", "2.5.1 安全制度建设"
    add(L1b, a, b, "是否针对平台制定了安全管理相关制度", s["texts"]["sec_rules"], P["sec"])
    add(L1b, a, b, "建立的安全制度保护了平台的哪些方面", "1.数据安全；2.传输安全；3.访问登录安全；4.代码安全；5.应用安全；6.网络安全", P["sec"])
    add(L1b, a, b, "有否定期开展第三方安全测试/测评", "是，每年一次（等级保护测评每年第三季度）", P["sec"])
    add(L1b, a, b, "有否定期进行安全扫描", "是，每月一次漏洞扫描，重大版本上线前加扫", P["sec"])
    b = "2.5.2 安全技术保障"
    add(L1b, a, b, "采用何种安全技术情况", "采用下一代防火墙、WAF、网络分区隔离、传输TLS加密、国密算法存储加密、多因素认证与统一身份认证、堡垒机运维审计、主机入侵检测等技术，形成纵深防御。", P["sec"])
    add(L1b, a, b, "核心数据安全保护手段", "核心业务库实时主从同步与双机热备，每日增量与每周全量备份，月度离线备份至磁带库，并在异地机房建设灾备节点，定期开展恢复演练。", P["sec"])
    a, b = "3.1 平台应用", "3.1.1 平台应用规模"
    for content, lab, proof in [
        ("注册企业用户数（个）", "注册企业用户数（个）", P["shot"]),
        ("其中：实际服务企业数（个）", "实际服务企业数（个）", P["ent"]),
        ("按行业统计服务企业数（个）", "按行业统计服务企业数（个）", P["ent"]),
        ("按省市区域统计服务企业数（个）", "按省市区域统计服务企业数（个）", P["ent"]),
        ("其中：付费企业数（个）", "付费企业数（个）", P["ent"]),
        ("其中：服务本市企业数量（个）", "服务本市企业数量（个）", P["ent"]),
        ("其中：服务中小企业数量（个）", "服务中小企业数量（个）", P["ent"]),
        ("平台订单数量（个），填写近一年总量", "平台订单数量(近一年总量)（个）", P.get("orders", P["shot"])),
        ("平台交易规模年增长率（%）", "平台交易规模年增长率（%）", P.get("orders", P["shot"])),
        ("工业APP 订阅总数量（个）", "工业APP订阅总数量（个）", P.get("subs", P["app"])),
        ("其中：杀手锏工业APP 订阅数量（个）", "杀手锏工业APP订阅数量（个）", P.get("subs", P["app"])),
        ("工业APP 订阅总金额（万元）", "工业APP订阅总金额（万元）", P.get("subs_amount", P.get("subs", P["app"]))),
        ("平台连接工业设备利用率（%）", "平台连接工业设备利用率（%）", P["run"]),
        ("平台国产化率（%）", "平台国产化率（%）", "附件3.6 信创适配证明"),
    ]:
        add(L1c, a, b, content, val(lab), proof)
    add(L1c, a, b, "平台是否服务上海智能工厂，数量",
        val("平台是否服务上海智能工厂，数量") + "：" + "；".join(s["factories"]), P["factory"])
    add(L1c, a, b, "平台服务园区总数（个）", val("平台服务园区总数（个）"), P["park"])
    add(L1c, a, b, "平台提供的解决方案总数（个）", val("平台提供的解决方案总数（个）"), "申报书第三章")
    add(L1c, a, b, "其中：按新模式统计解决方案数量（个）", val("按新模式统计解决方案数量（个）"), "申报书第三章")
    b = "3.1.2 平台应用价值"
    add(L1c, a, b, "投资回报率（%）", val("投资回报率（%）"), "平台利润总额÷平台建设金额×100%，" + P["audit"])
    add(L1c, a, b, "企业已上市或已获得VC/PE投资", s["texts"]["listed"], "—")
    add(L1c, a, b, "关键技术自主可控", s["texts"]["autonomy"], "申报书第二章")
    add(L1c, a, b, "解决方案累计对企业/用户新增效益", s["texts"]["benefit"], "申报书第五章")
    add(L1c, a, b, "解决方案累计对企业/用户降低成本", s["texts"]["cost"], "申报书第五章")
    add(L1c, a, b, "平台连接工业设备运维成本平均下降率（%）", val("平台连接工业设备运维成本平均下降率（%）"), "申报书第五章案例1-3")
    add(L1c, a, b, "平台连接工业设备能耗平均下降率（%）", val("平台连接工业设备能耗平均下降率（%）"), "申报书第五章案例1-3")
    add(L1c, a, b, "平台连接工业设备安全生产持续时间平均提升率（%）", val("平台连接工业设备安全生产持续时间平均提升率（%）"), "申报书第五章案例1-3")
    add(L1c, a, b, "平台数据价值挖掘应用能力", s["texts"]["datavalue"], "申报书第三章")
    add(L1c, a, b, "工业互联网平台+供应链协同应用情况", s["texts"]["supply"], "申报书第三章")
    add(L1c, a, b, "平台有否与新技术的融合应用", s["texts"]["newtech"], "申报书第二章")
    add(L1c, a, b, "平台现有特色指数（个）", val("平台现有特色指数（个）") + "：" + "；".join(s["indices"]), "申报书第三章")
    b = "3.1.3 平台带动成效"
    add(L1c, a, b, "平台核心软硬件技术获得的专利数量（项）", val("平台核心软硬件技术获得的专利数量（项）"), P["patent"])
    add(L1c, a, b, "平台核心软硬件技术获得的软著数量（个）", val("平台核心软硬件技术获得的软著数量（个）"), P["soft"])
    add(L1c, a, b, "平台是否有自研形成的核心技术突破", "是，" + s["texts"]["breakthrough"], "申报书第二章")
    add(L1c, a, b, "平台是否具备碳管理服务能力", ("是，" + s["texts"]["carbon"]) if s["carbon"] else "否", "申报书第三章")
    add(L1c, a, b, "平台是否融合使用国家标识解析系统", ("是，" + s["texts"]["idres"]) if s["idres"] else "否", "申报书第二章")
    add(L1c, a, b, "平台牵头/参与标准制定情况（国家标准、行业标准）", s["texts"]["standards"], "附件3.9 标准文本首页")
    add(L1c, a, b, "平台获得省部级及以上奖项/荣誉数量（个）",
        val("平台获得省部级及以上奖项/荣誉数量（个）") + "：" + "；".join(x[0] for x in s["awards"]), P["award"])
    add(L1c, a, b, "平台建设与运营带动新增就业人数（人）", val("平台建设与运营带动新增就业人数（人）"), "附件3.9 社保缴纳证明")
    add(L1c, a, b, "平台社会贡献率（%）", val("平台社会贡献率（%）"), P["audit"])
    add(L1c, a, b, "平台对关键行业/领域、本市及其他重点区域等贡献及支撑", s["texts"]["contribution"], "申报书第三章")
    a, b = "3.2 平台生态建设", "3.2.1 平台开放"
    add(L1c, a, b, "是否建立供应链产业链开放共享机制", "是，" + s["texts"]["openmech"], "申报书第二章")
    add(L1c, a, b, "平台开放共享数据的形式及数量", val("平台开放共享数据的形式及数量"), "申报书第二章")
    b = "3.2.2 平台生态"
    add(L1c, a, b, "合作平台数量（个）", val("合作平台数量（个）") + "：" + "、".join(s["coop"]), P["coop"])
    add(L1c, a, b, "跨平台调用功能建设情况", s["texts"]["crossplat"], "申报书第二章")
    add(L1c, a, b, "新产业、新模式培育情况", s["texts"]["newmode"], "申报书第三章")
    return rows


def basic_rows(m, s, v):
    rev = s["revs"]
    c = s["co"]
    comp = [("单位（企业）名称", s["company"]), ("单位（企业）代码", c["code"]), ("成立日期", c["founded"]),
            ("注册地及所在行政区", c["reg"]), ("企业类型", c["type"]), ("注册资本", c["capital"]),
            ("主营业务", c["business"]), ("法定代表人", c["legal"]), ("联系人", s["contact"][0]), ("职务", s["contact"][3]),
            ("联系人手机", s["contact"][1]), ("传真", "—"), ("电子邮箱", s["contact"][2]),
            ("股权结构", c["equity"]),
            ("总资产（万元）", n2(c["assets"])), ("主营业务收入（万元）", n2(c["revenue"])),
            ("主营业务收入增长率（%）", n2(c["rev_growth"])), ("负债率（%）", n2(c["debt"])),
            ("利润总额（万元）", n2(c["profit"])), ("税金（万元）", n2(c["tax"]))]
    g = m.growth
    plat = [("平台名称", s["declared_name"]), ("平台性质", s["nature"]), ("建设时间", s["period_cn"]),
            ("平台建设金额（万元）", n2(s["build_amount"])),
            ("平台近三年经营指标情况", "\n".join(f"{y}年平台营收{n2(rev[y])}万元/增长率{n2(g[y])}%" for y in (2021, 2022, 2023))),
            ("平台建设方式", s["build_mode_form"]), ("平台运营模式", "■" + s["op_mode"]),
            ("IaaS基础设施", s["iaas"]), ("部署方式", "、".join("■" + x for x in s["deploy"].split("、"))),
            ("平台网址", f"{s['url']}（演示账号：{s['account'][0]}，密码：{s['account'][1]}）"),
            ("平台基本情况介绍", s["texts"]["intro"]), ("平台建设成效", s["texts"]["effect"])]
    return comp, plat


def write_form_docx(path: Path, m, s, v) -> None:
    doc = Document()
    _docx_font(doc, s.get("docx_font", "宋体"))
    for line, size in [("上海市工业互联网平台应用水平评价", 18), ("申报表", 22)]:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(line)
        r.font.size = Pt(size)
        r.bold = True
    for k, val in [("申报年度", "2024 年度"), ("平台名称", s["declared_name"]), ("申报单位", s["company"] + "（公章）"),
                   ("联 系 人", s["contact"][0]), ("联系人电话", s["contact"][1])]:
        doc.add_paragraph(f"{k}：{val}")
    doc.add_paragraph("上海市经济和信息化委员会制　　2024 年 7 月 15 日")
    doc.add_page_break()
    comp, plat = basic_rows(m, s, v)
    doc.add_heading("一、企业基本情况", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, val in comp:
        r = t.add_row().cells
        r[0].text, r[1].text = k, str(val)
    doc.add_heading("二、平台基本情况", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, val in plat:
        r = t.add_row().cells
        r[0].text, r[1].text = k, str(val)
    doc.add_heading("三、上海市工业互联网平台应用水平评价指标明细表", level=2)
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for cell, h in zip(t.rows[0].cells, ["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]):
        cell.text = h
    for row in form_items(m, s, v):
        cells = t.add_row().cells
        for cell, val in zip(cells, row):
            cell.text = val
    doc.save(path)
    common.normalize_zip(path, "申报表")


def form_pdf_bytes(m, s, v) -> bytes:
    comp, plat = basic_rows(m, s, v)
    blocks = [("space", 120), ("title", "上海市工业互联网平台应用水平评价"), ("title", "申报表"), ("space", 60)]
    for k, val in [("申报年度", "2024 年度"), ("平台名称", s["declared_name"]), ("申报单位", s["company"] + "（公章）"),
                   ("联 系 人", s["contact"][0]), ("联系人电话", s["contact"][1])]:
        blocks.append(("center", f"{k}：{val}"))
    blocks += [("space", 80), ("center", "上海市经济和信息化委员会制　　2024 年 7 月 15 日"), ("break",),
               ("h2", "一、企业基本情况"), ("table", [["项目", "内容"]] + [list(x) for x in comp], [45, 125]),
               ("h2", "二、平台基本情况"), ("table", [["项目", "内容"]] + [list(x) for x in plat], [35, 135]),
               ("h2", "三、上海市工业互联网平台应用水平评价指标明细表"),
               ("table", [["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]] + [list(r) for r in form_items(m, s, v)],
                [18, 20, 20, 32, 50, 30])]
    tmp = io.BytesIO()
    import tempfile
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "f.pdf"
        n = common.build_pdf(p, blocks, header="", size=9)
        data = p.read_bytes()
    return data, n


def write_form_scan(path: Path, m, s, v) -> None:
    data, n = form_pdf_bytes(m, s, v)
    common.scan_pdf(data, path, s["seed"] + 1, {1: s["company"], n: s["company"]}, dpi=70)


def write_summary_xlsx(path: Path, s, v, horizontal: bool) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "平台基本情况汇总表"
    bold = Font(bold=True)
    if horizontal:
        ws.cell(1, 1, "附件4 平台基本情况汇总表").font = bold
        for j, (label, (value, norm)) in enumerate(v.items(), start=1):
            ws.cell(2, j, label).alignment = Alignment(wrap_text=True)
            cell = ws.cell(3, j)
            cell.value = norm if isinstance(norm, (int, float)) and not isinstance(norm, bool) and label not in ("联系人手机号",) else value
            if isinstance(cell.value, float):
                cell.number_format = "0.00"
    else:
        ws.cell(1, 1, "平台基本情况汇总表").font = bold
        ws.cell(2, 1, "指标")
        ws.cell(2, 2, "填报内容")
        for i, (label, (value, norm)) in enumerate(v.items(), start=3):
            ws.cell(i, 1, label)
            ws.cell(i, 2, value)
        ws.column_dimensions["A"].width = 46
        ws.column_dimensions["B"].width = 80
    wb.properties.creator = "申报单位"
    wb.save(path)
    common.normalize_zip(path, "平台基本情况汇总表")


def write_contact_docx(path: Path, s) -> None:
    doc = Document()
    _docx_font(doc)
    doc.add_paragraph("附件1")
    doc.add_heading("联系人信息反馈表", level=1)
    doc.add_paragraph("2024年度上海市工业互联网平台应用水平评价工作")
    doc.add_paragraph("一、联系人信息反馈")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"]):
        c.text = h
    for i, who in enumerate([s["contact"], s["contact2"]]):
        r = t.add_row().cells
        r[0].text = "联系人（主）" if i == 0 else "联系人（备用）"
        r[1].text, r[2].text, r[3].text, r[4].text, r[5].text = who[0], s["company"], who[3], who[1], who[2]
    doc.add_paragraph("二、评审会现场地址信息反馈")
    doc.add_paragraph("具体地址*：" + s["address"])
    doc.save(path)
    common.normalize_zip(path, "联系人信息反馈表")


def write_commitment_scan(path: Path, s) -> None:
    blocks = [("space", 40), ("plain", "附件5"), ("title", "真实性承诺"), ("space", 20),
              ("p", "我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，如有不实，愿承担相应的法律责任及由此产生的一切后果。"),
              ("p", "特此承诺。"), ("space", 60), ("plain", f"申报单位：{s['company']}（盖章）"),
              ("plain", f"法定代表人：{s['co']['legal']}（签章）"), ("plain", "2024 年 7 月 16 日")]
    import tempfile
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "c.pdf"
        common.build_pdf(p, blocks, size=12)
        common.scan_pdf(p.read_bytes(), path, s["seed"] + 2, {1: s["company"]}, dpi=80)
