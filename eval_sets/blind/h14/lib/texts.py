"""Narrative answers of the 申报表 and the 申报书 (DOCX), filled from a package's domain words."""
from __future__ import annotations

from .model import m2, sep
from .office import heading, new_doc, para, save_doc, set_cell


def base_texts(dom, D):
    s = dom["short"]
    T = {
        "pos": dom["pos"],
        "policy": dom["policy"],
        "in_strategy": f"是，已纳入《{dom['strategy']}》",
        "plan": f"是，已制定《{dom['plan']}》",
        "other_res": dom["other_res"],
        "edge": dom["edge"],
        "other_collect": dom["other_collect"],
        "scalable": "是",
        "compute": dom["compute"],
        "data_mgmt": dom.get("data_mgmt", "建立数据标准管理、主数据管理、数据质量稽核三类制度，覆盖设备、工艺、订单等12个主题域，"
                                          "数据质量规则1,200余条，按月输出数据质量报告，问题数据闭环整改率98%以上。"),
        "general_algo": "是",
        "algo_types": dom.get("algo_types", "基础算法（排序、查找、统计）、聚类算法（K-Means、DBSCAN）、分类算法（XGBoost、随机森林）、"
                                            "预测与估算算法（LSTM、ARIMA）、关联分析算法（Apriori）、推荐算法（协同过滤）"),
        "speed": dom["speed_text"],
        "dev_comm": "是",
        "langs": dom.get("langs", "共6种：Java、Python、C/C++、Go、JavaScript、SQL"),
        "framework": dom.get("framework", f"{s}提供基于Spring Cloud与Kubernetes的云原生应用开发框架，内置设备接入、数据建模、可视化、"
                                         "流程编排等标准组件库，支持微服务拆分、灰度发布与多租户隔离，开发者可按模板快速生成工业APP骨架，"
                                         "缩短应用开发周期约40%。"),
        "tools": dom.get("tools", "提供低代码应用搭建器、可视化组态工具、模型训练IDE（Jupyter集成）、API网关与调试控制台、"
                                  "CI/CD流水线及应用上架审核工具，支持拖拽式页面设计和在线调试，累计支撑开发者构建应用千余个。"),
        "sec_rules": dom["sec_rules"],
        "sec_aspects": "1.数据安全：分类分级、加密存储与脱敏；2.传输安全：全链路TLS1.2以上加密；3.访问登录：统一身份认证与双因素登录；"
                       "4.代码安全：代码审计与开源组件漏洞管控；5.应用安全：上架安全检测；6.网络安全：分区分域隔离与入侵检测。",
        "sec_test": dom.get("sec_test", "是，每年开展一次等保2.0三级测评及第三方渗透测试"),
        "sec_scan": dom.get("sec_scan", "是，每月一次全量漏洞扫描，重大版本上线前专项扫描"),
        "sec_tech": "部署下一代防火墙、WAF、IPS及堡垒机，生产网与办公网物理隔离，工控侧部署工业防火墙与单向网闸；"
                    "数据采用国密SM4加密存储、SM2证书认证，统一身份认证（IAM）与细粒度权限控制，全量操作日志审计留存180天以上。",
        "data_protect": dom.get("data_protect", "核心数据每日增量备份、每周全量备份，关键数据库采用双机热备，备份数据异地灾备中心同步，"
                                                "另每季度离线磁带备份一次；RPO≤15分钟、RTO≤2小时，每年开展一次灾备切换演练。"),
        "vcpe": dom["vcpe"],
        "autonomy": dom["autonomy"],
        "benefit": dom["benefit"],
        "cost": dom["cost"],
        "data_value": dom["data_value"],
        "supply": dom["supply"],
        "newtech": dom["newtech"],
        "breakthrough": dom["breakthrough"],
        "carbon": dom["carbon"],
        "idres": dom["idres"],
        "standards": dom["standards"],
        "contrib": dom["contrib"],
        "open_mech": dom["open_mech"],
        "open_data": dom["open_data"],
        "cross": dom["cross"],
        "newbiz": dom["newbiz"],
        "smart": f"是，共{D['smart']}家：" + "；".join(dom["smart_list"]),
        "indices": f"{D['indices']}个：" + "；".join(dom["indices_list"]),
        "awards": f"{D['awards']}个：" + "；".join(dom["awards_list"]),
        "killer": "5个：" + "；".join(f"{i}.{n}" for i, (n, _, _) in enumerate(dom["killers"], 1)),
        "domestic": dom["domestic_text"],
    }
    return T


def benchmark_rows(dom, D):
    b = dom["bench"]
    return [
        ("1.2.1 创新投入情况", f"研发投入{m2(D['rd'])}万元，研发投入强度{m2(D['rd_int'])}%",
         f"同行业或相似平台（平台名称：{b}）研发投入数量级：千万元；研发投入强度约12%"),
        ("2.1.1 工业设备连接/汇聚能力", f"连接设备{sep(D['dev'])}台/套，兼容协议{D['proto']}个",
         f"☑平台链接实体工业设备。{b}：连接设备约1万台/套，兼容协议约120个"),
        ("2.1.2 工业软件/APP", f"工业APP {D['app']}个，月活{D['app_mau']}个", f"{b}：工业APP约200个"),
        ("2.2.1 数据采集", "边缘节点+软件系统采集", f"{b}：边缘节点数百个，时延约20ms"),
        ("2.2.2 数据处理（存储计算能力）", f"存储容量{m2(D['storage'])}TB，利用率{m2(D['util'])}%", f"{b}：存储容量约800TB"),
        ("2.2.3 数据建模和分析", f"机理模型{D['models']}个", f"{b}：机理模型约200个"),
        ("2.3.1 平台微服务情况", f"微服务{D['ms']}个，活跃{D['ms_active']}个", f"{b}：微服务约600个"),
        ("3.1.1 平台应用规模", f"注册企业{sep(D['reg'])}家，服务企业{sep(D['served'])}家", f"{b}：服务企业约千家量级"),
    ]


def shenbaoshu_docx(path, meta, D, T, dom, *, with_s7=True, with_s6=True, extra_claims=(), attachments=(),
                    font="仿宋", word_headings=False):
    doc = new_doc(font=font, size=12, author=meta.get("author", "admin"))
    for _ in range(4):
        para(doc, "")
    para(doc, "上海市工业互联网平台应用水平评价", font="黑体", size=20, bold=True, align="center")
    para(doc, "申报书", font="黑体", size=28, bold=True, align="center")
    for _ in range(4):
        para(doc, "")
    for k, v in [("申报年度", "2024年度"), ("平台名称", meta["platform_name"]), ("申报单位", meta["company"] + "（公章）"),
                 ("联 系 人", meta["contact"]), ("联系人电话", meta["phone"])]:
        para(doc, f"{k}：{v}", size=15)
    for _ in range(3):
        para(doc, "")
    para(doc, "上海市经济和信息化委员会制", size=15, align="center")
    para(doc, meta["date_cn"], size=15, align="center")
    doc.add_page_break()
    H = lambda t, lvl=1: heading(doc, t, level=lvl, font="黑体", size=16 if lvl == 1 else 14, word_style=word_headings)
    H("一、申报单位简介")
    for p_ in dom["intro_company"]:
        para(doc, "    " + p_)
    H("二、平台建设及运营情况")
    H("（一）平台基本信息", 2)
    para(doc, "    " + dom["intro_platform"])
    H("（二）平台技术架构", 2)
    para(doc, "    " + dom["architecture"])
    H("（三）技术路线先进性", 2)
    para(doc, "    " + dom["advanced"])
    H("（四）平台运营情况", 2)
    for c in dom["operation"]:
        para(doc, "    " + c)
    for c in extra_claims:
        para(doc, "    " + c)
    para(doc, "表X 平台对标同行业或相似平台的部分量化数据对比表", bold=True, align="center", size=11)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["三级指标", "本平台数据", "对标数据"]):
        set_cell(t.rows[0].cells[i], h, bold=True, size=10)
    for r in benchmark_rows(dom, D):
        cells = t.add_row().cells
        for i, x in enumerate(r):
            set_cell(cells[i], x, size=10)
    para(doc, "    技术创新点总结：" + dom["innovation"])
    H("三、平台应用成效")
    for c in dom["effects"]:
        para(doc, "    " + c)
    para(doc, "    应用创新点总结：" + dom["app_innovation"])
    H("四、平台下一步发展计划")
    for i, c in enumerate(dom["next"], 1):
        para(doc, f"    {i}. {c}")
    H("五、平台应用案例")
    for i, cs in enumerate(dom["cases"], 1):
        para(doc, f"案例{i}：{cs['title']}", bold=True)
        para(doc, "    企业简介：" + cs["company"])
        para(doc, "    平台简介：" + cs["platform"])
        para(doc, "    案例实际内容简介：" + cs["content"] + cs["result"])
    if with_s6:
        H("六、附件及其他说明材料")
        t = doc.add_table(rows=1, cols=3)
        t.style = "Table Grid"
        for i, h in enumerate(["序号", "附件名称", "对应页码/说明"]):
            set_cell(t.rows[0].cells[i], h, bold=True, size=10)
        for r in attachments:
            cells = t.add_row().cells
            for i, x in enumerate(r):
                set_cell(cells[i], x, size=10)
    if with_s7:
        H("七、平台相较上年度对比情况")
        para(doc, "    " + dom["s7_intro"])
        t = doc.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        for i, h in enumerate(["对比项", "2023年7月（上年度申报）", "截至填表日", "变化说明"]):
            set_cell(t.rows[0].cells[i], h, bold=True, size=10)
        for r in dom["s7_rows"]:
            cells = t.add_row().cells
            for i, x in enumerate(r):
                set_cell(cells[i], x, size=10)
    save_doc(doc, path)
