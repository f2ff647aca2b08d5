"""h28_huaxing_problems — 附件6 序号15 华兴数字易维讯工程机械工业互联网平台 (上海华兴数字科技有限公司)."""
from __future__ import annotations

from pathlib import Path

import openpyxl

from . import certs, evidence as ev
from .common import Truth, audit_facts
from .docs import Pkg, save_xlsx, xl_cell
from .kit import patent_cert_pages, patent_rows, soft_cert_pages, soft_rows, standard_docs
from .model import pct, r2
from .narrative import benchmark_table, shenbaoshu
from .synth import growth, make

PID = "h28_huaxing_problems"
CO = "上海华兴数字科技有限公司"

P = dict(ops=118, opr=74, qual=136, rev23=9642.18, rev22=7816.05, rev21=6238.47, rev20=5120.66, rd=1587.34, profit=1126.52,
         build_amount=12400.00, registered=6820, paid=1480, served=4360, sme=3620,
         dev=48650, dev_private=6120, dev_pub=31280, dev_day=22460,
         dev_cat={"工程机械": 41200, "动力设备": 4260, "物流设备": 2140, "仪器仪表": 1050},
         dev_reg={"上海": 6420, "江苏": 8260, "浙江": 5130, "安徽": 3980, "山东": 5460, "河南": 3620, "湖北": 2870, "四川": 3190,
                  "广东": 4380, "陕西": 1960, "印度尼西亚Indonesia": 1420, "马来西亚Malaysia": 1160, "俄罗斯Russia": 800},
         protocols=132, software=312, app_dev=184, app_cloud=84,
         app_cat={"运维服务": 96, "运营管理": 52, "安全生产": 40, "节能减排": 30, "供应链管理": 28, "仓储物流": 22},
         app_ind={"机械": 176, "建筑业": 62, "采矿": 30},
         app_mau=214, killer_dau=3840, killer_hits=52600, killer_income=64.28, app_pub=196, app_pub_dau=126,
         servers=268.0, servers_pub=176, storage=1800.0, data=1134.6, data_pub=702.8,
         models=342, models_active=196, model_users=864,
         model_cat={"行业机理模型": 148, "数据算法模型": 126, "业务流程模型": 46, "研发仿真模型": 22},
         speed="秒级（每TB工况数据分析约4秒）", ms=1420, ms_active=918, developers=2960, developers_active=1240,
         user_ind={"机械": 1860, "建筑业": 1420, "采矿": 620, "交通运输设备租赁（服务业）": 0, "其他": 460},
         user_reg={"上海": 820, "江苏": 760, "浙江": 540, "安徽": 380, "山东": 520, "河南": 330, "湖北": 260, "四川": 300,
                   "广东": 310, "印度尼西亚Indonesia": 80, "马来西亚Malaysia": 60},
         orders23=58640, orders_ttm=62310, trade_growth=21.46, subs=18260, killer_subs=9640, subs_amount=6482.75,
         dev_util=72.18, localization=86.50, parks=5,
         solutions={"数字化管理": 6, "平台化设计": 2, "网络化协同": 5, "智能化制造": 4, "个性化定制": 1, "服务化延伸": 8},
         cost_down=[22.60, 18.40, 19.70], energy_down=[9.30, 7.80, 10.60], safety_up=[16.20, 13.40, 18.90],
         indices=4, patents=32, softs=45, awards=2, jobs=380, social=24.16, partners=9)
P["user_ind"] = {"机械": 1860, "建筑业": 1420, "采矿": 620, "其他": 460}

T_TEXT = {
    "平台定位是否明确": "面向工程机械全生命周期后市场服务的行业型工业互联网平台。",
    "是否符合政策": "1.工业和信息化部《工业互联网创新发展行动计划（2021-2023年）》：推动装备远程运维；\n2.上海市“工赋上海”三年行动计划：培育行业特色平台；\n3.工程机械行业：存量设备后市场服务数字化需求旺盛。",
    "纳入企业战略规划": "已纳入《华兴数字“十四五”发展战略》",
    "专项规划": "《易维讯平台发展专项规划（2023-2025年）》",
    "其他资源汇聚情况": "汇聚配件供应商1,260家、服务工程师2.3万名、维修网点1,860个，配件SKU 46万个。",
    "边缘数据处理能力": "车载边缘终端支持数据采集、数据存储、4G/北斗网络传输、故障智能诊断；边缘计算应用节点数6,480个；最低响应时延30毫秒。私有化部署说明：为2家主机厂部署私有化平台，所连设备6,120台/套计入总数。",
    "其他数据采集能力": "对接主机厂DMS、代理商ERP及配件电商系统，支持API、消息队列与文件采集。",
    "云化服务器算力": "公有云为主、私有云为辅，约9,600 vCPU核，弹性扩展。",
    "数据基础管理能力": "制定设备工况数据标准与质量规则520条，实施主数据管理、数据分级分类与血缘追踪。",
    "智能分析算法类型": "基础算法、聚类算法、分类算法、预测与估算算法（故障预测、剩余寿命预测）、关联分析算法、推荐算法（配件推荐）",
    "平台支持开发语言类型": "共4种：Java、Python、Go、JavaScript",
    "平台应用开发框架": "基于Spring Cloud Alibaba微服务框架与低代码引擎，提供设备模型、工单、配件等领域组件。",
    "平台应用开发工具": "提供低代码设计器、API开放平台、设备模拟器、模型训练工具与CI/CD流水线。",
    "平台是否建立安全管理体系": "是，《易维讯平台网络安全管理制度》（HXSZ-AQ-01，2021年6月）、《数据安全管理办法》（HXSZ-AQ-04，2022年11月）",
    "安全制度保护方面": "1.数据；2.传输；3.访问登录；4.代码；5.应用；6.网络。",
    "有否定期开展第三方安全测试/测评": "是，每年一次网络安全等级保护三级测评（平台已通过等保三级）",
    "有否定期进行安全扫描": "是，每周一次",
    "采用何种安全技术情况": "防火墙、WAF、网络隔离、TLS加密、双因素认证、日志审计。",
    "核心数据安全保护手段": "每日备份、离线备份、双机热备、云上异地灾备。",
    "平台是否服务上海智能工厂，数量": "是，2家：上海某重工机械有限公司临港智能工厂、上海某建机有限公司松江智能工厂，提供设备远程运维服务。",
    "企业是否已上市或已获得VC/PE投资": "否",
    "关键技术自主可控": "设备接入网关、故障诊断模型、配件知识图谱均为自主研发，自主可控。",
    "新增效益": "3个案例平均提升设备出勤率11.2%，带动客户年新增营收约3,600万元。",
    "降低成本": "3个案例平均降低设备运维成本20.23%，降低能耗9.23%。",
    "平台数据价值挖掘应用能力": "基于4.8万台设备工况数据形成挖掘机开工指数等4项特色指数，沉淀故障诊断模型342个。",
    "供应链协同": "平台连接配件供应商1,260家与维修网点1,860个，实现配件需求预测与协同补货，配件交付周期平均缩短2.6天。",
    "新技术融合": "有，融合5G、北斗、AI大模型（维修知识问答）、标识解析等新技术。",
    "平台是否有自研形成的核心技术突破": "是，工程机械多品牌协议自适应解析技术，协议适配周期由2周缩短至2天。",
    "平台是否具备碳管理服务能力": "是，提供设备碳排放监测与碳足迹核算服务，服务客户42家。",
    "平台是否融合使用国家标识解析系统": "是，接入工程机械行业标识解析二级节点，为配件赋码。",
    "标准制定": "参与制定团体标准2项。",
    "贡献及支撑": "服务本市企业820家，支撑长三角工程机械产业集群设备后市场服务数字化。",
    "开放共享机制": "是，向主机厂、代理商、配件商开放设备工况与服务数据，按授权共享。",
    "平台开放共享数据的形式及数量": "以API形式开放：API接口168个、数据集6个",
    "跨平台调用": "与4家主机厂平台、3家配件电商平台实现数据互通。",
    "新产业新模式": "有，培育“按小时计费”的设备服务化延伸模式。",
}


def build(root: Path, truth_dir: Path):
    D = make(P, T_TEXT)
    correct_int = pct(P["rd"], P["rev23"])
    D["平台相关研发投入强度（%）"] = "18.46"
    D["活跃微服务数量（一周调用5次以上）（个）"] = "1518"
    p = Pkg(pid=PID, list_no=15, listed_name="华兴数字易维讯工程机械工业互联网平台", company=CO,
            declared_name="华兴数字易维讯工程机械工业互联网平台", participated=False, short="华兴数字",
            nature="行业型工业互联网平台", credit_code="91310114MA1GW5RK8N", founded="2017年3月9日", reg_place="上海市嘉定区",
            ctype="有限责任公司", capital="10,000.00万元", business="工程机械物联网平台、设备运维服务、配件供应链服务",
            legal_rep="何建华", contact="沈晓雯", contact_title="市场部经理", phone="13761850394", fax="021-69182270",
            email="shenxw@huaxing-ewx.example.com",
            shareholders=[["上海华兴机械集团有限公司", "7,000.00", "70.00%"], ["上海易维企业管理合伙企业（有限合伙）", "3,000.00", "30.00%"]],
            fin={"总资产": "46,218.90", "主营业务收入": "21,864.37", "增长率": "16.28", "负债率": "42.36", "利润总额": "2,316.48", "税金": "1,024.62"},
            build_from="2018.05", build_to="2023.12", build_amount=r2(P["build_amount"]),
            rev={"2021": (r2(P["rev21"]), growth(P["rev21"], P["rev20"])), "2022": (r2(P["rev22"]), growth(P["rev22"], P["rev21"])),
                 "2023": (r2(P["rev23"]), growth(P["rev23"], P["rev22"]))},
            build_mode="自建", partner="", op_mode="自运营", iaas="租用", iaas_vendor="阿里云计算有限公司",
            deploy=["边缘侧", "私有云", "公有云"], deploy_other="", url="https://ewx.huaxing.example.com",
            account="体验账号：pingshen01　密码：Ewx!2024sh",
            intro=("华兴数字易维讯工程机械工业互联网平台面向工程机械设备后市场，提供设备远程监控、故障诊断、维修工单、配件供应链和二手设备评估服务，"
                   "是行业型工业互联网平台。平台连接挖掘机、起重机、混凝土设备等工业设备48,650台/套，服务主机厂、代理商、施工企业4,360家。"),
            effect="平台帮助客户平均降低设备运维成本20.23%，提升设备出勤率11.2%，带动工程机械后市场服务模式由被动维修向预测性维护转变。",
            address="上海市嘉定区叶城路1288号华兴大厦6楼", D=D, form_date="2024年7月19日")
    p.proof = {"平台相关营业收入（万元）": "证明材料ZM01 P4", "平台相关研发投入（万元）": "证明材料ZM01 P4",
               "连接的工业设备/产品/产线种类及数量（台/套）": "ZM10、ZM09", "有否定期开展第三方安全测试/测评": "ZM04、ZM05",
               "平台核心软硬件技术获得的专利数量（项）": "ZM02、ZM03", "平台核心软硬件技术获得的软著数量（个）": "ZM02",
               "工业协议兼容适配数量（个）": "ZM06", "平台获得省部级及以上奖项/荣誉数量（个）": "ZM08"}
    p.summary_override = {"工业APP数量（个）": "286"}
    T = Truth(p, root, "序号15 华兴数字易维讯，5个问题：等保级别申报“三级”而备案证明与测评报告均为第二级；专利申报32项而知识产权清单仅27项；"
                       "研发投入强度填报错误；横向汇总表工业APP数量与申报表不一致；活跃开发者数大于开发者注册总数。证明资料列在前、不合并单元格；"
                       "设备总数为私有化格式；检测报告压测接入数高于实际不构成问题。",
              ["naming:ZMnn_", "evidence_dir:证明材料", "form:docx(proof-first,unmerged)+scan", "summary:xlsx-horizontal",
               "commitment:scan", "narrative:docx", "audit_unit:元", "private_format", "ip_list:pdf", "dengbao:level-2",
               "test_report", "device_list:xlsx", "screenshots:png"])
    T.secrets = ["Ewx!2024sh"]
    names = {"contact": "附件1_联系人信息反馈表.docx", "form": "附件2_申报表_易维讯平台.docx", "form_scan": "附件2_申报表_易维讯平台（盖章）.pdf",
             "summary": "附件4_平台基本情况汇总表.xlsx", "commitment": "附件5_真实性承诺（签章）.pdf"}
    standard_docs(p, T, root, names=names, summary="xlsx-h", seed=1501, proof_first=True, merged=False,
                  backup=("钱伟", "IT部主管", "13524087716"))
    E = "证明材料/"
    plat = {"rev": [P["rev23"] * 10000, P["rev22"] * 10000, P["rev21"] * 10000], "rd": P["rd"] * 10000, "profit": P["profit"] * 10000,
            "cost": 61846220.37}
    rel = T.file(E + "ZM01_2023年度审计报告.pdf", "evidence:audit_report")
    ev.audit_report(root, rel, None, company=CO, firm="上海信诚会计师事务所有限公司", report_no="信诚审〔2024〕第1506号", platform=p.declared_name,
                    comp_rows=[("一、营业收入", 218643712.58, 188031246.40), ("减：营业成本", 152310664.27, 131260518.83),
                               ("研发费用", 21386422.16, 18760934.21), ("二、营业利润", 22986410.35, 19416207.68),
                               ("三、利润总额", 23164830.12, 19502618.45), ("四、净利润", 20140618.76, 16866210.03)],
                    plat=plat)
    audit_facts(T, rel, plat)
    T.problem("formula", ["平台相关研发投入强度（%）", "平台相关研发投入（万元）", "平台相关营业收入（万元）"], [names["form"]], "error",
              f"平台相关研发投入强度填报18.46%，按填报指引公式1587.34 ÷ 9642.18 × 100% 应为{correct_int}%")
    # IP list pdf --------------------------------------------------------------------------------
    pats = patent_rows(27, CO, ["多源工况数据", "深度学习", "边缘计算", "知识图谱", "振动信号分析", "北斗定位"],
                       ["挖掘机故障诊断", "液压系统健康评估", "配件需求预测", "设备开工率统计", "发动机油耗分析", "设备远程锁机"],
                       seed=151, kinds=["发明", "实用新型", "发明"])
    softs = soft_rows(45, CO, "易维讯", ["设备远程监控", "故障诊断", "维修工单", "配件商城", "二手设备评估", "服务工程师调度", "设备档案",
                                       "开工指数", "保养提醒", "数据开放", "代理商管理", "油耗分析", "电子围栏", "租赁管理"], seed=152)
    rel = T.file(E + "ZM02_知识产权清单.pdf", "evidence:patent_list")
    ev.ip_list_pdf(root, rel, None, company=CO, patents=pats, softs=softs, patent_caption="一、专利（共27项）",
                   soft_caption="二、软件著作权（共45项）", patent_count=27, soft_count=45, font_name="STSong-Light")
    T.text_fact("平台核心软硬件技术获得的专利数量（项）", "27", "项", 27, rel, quote="一、专利（共27项）", row_label="专利")
    T.text_fact("平台核心软硬件技术获得的软著数量（个）", "45", "项", 45, rel, quote="二、软件著作权（共45项）", row_label="软件著作权")
    T.problem("count_vs_list", ["平台核心软硬件技术获得的专利数量（项）"], [names["form"], rel], "error",
              "申报平台核心软硬件技术获得的专利数量32项，证明材料ZM02知识产权清单“一、专利（共27项）”仅列27项，其余5项无清单及证书支撑")
    rel = T.file(E + "ZM03_专利及软著证书扫描件.pdf", "evidence:other")
    pages = patent_cert_pages([r for r in pats if r[2] == "发明"][-2:], ["何建华", "杨帆", "蒋立伟", "朱婷", "许成"],
                              "201800 上海市嘉定区叶城路1288号", seed=1531)
    pages += soft_cert_pages(softs[-4:], seed=1532)
    ev.scanned_pdf(root, rel, pages, seed=1530)
    # 等保 -----------------------------------------------------------------------------------------
    rel4 = T.file(E + "ZM04_网络安全等级保护备案证明.pdf", "evidence:other")
    ev.scanned_pdf(root, rel4, [certs.certificate("信息系统安全等级保护备案证明",
                                                  [("备案单位", CO), ("系统名称", "易维讯工程机械工业互联网平台"), ("安全保护等级", "第二级"),
                                                   ("备案编号", "31011443008-22017")], "上海市公安局嘉定分局", "2022年4月12日",
                                                  seal="上海市公安局嘉定分局", style=2, seed=1541, colour=(60, 60, 60),
                                                  body="经审核，你单位提交的信息系统安全等级保护备案材料符合要求，准予备案。")], seed=1540, colour=False)
    rel5 = T.file(E + "ZM05_等级测评报告（2023年度）.pdf", "evidence:other")
    ev.dengbao_report(root, rel5, agency="上海嘉信网络安全测评有限公司", report_no="31011443008-22017-23-0231-01",
                      system="易维讯工程机械工业互联网平台", owner=CO, level="第二级", score="84.30", verdict="中",
                      record_no="31011443008-22017", date="2023年11月14日",
                      issues=[("未部署数据库审计", "中", "部署数据库审计系统"), ("部分接口未做频率限制", "低", "API网关统一限流")])
    T.problem("declared_vs_evidence", ["有否定期开展第三方安全测试/测评"], [names["form"], rel4, rel5], "warning",
              "申报表称“每年一次网络安全等级保护三级测评（平台已通过等保三级）”，而ZM04备案证明的安全保护等级为第二级，"
              "ZM05等级测评报告亦为第二级测评（得分84.30，结论“中”），申报的等保级别高于证明材料")
    # test report ----------------------------------------------------------------------------------
    rel = T.file(E + "ZM06_平台性能及兼容性检测报告.pdf", "evidence:other")
    ev.test_report(root, rel, lab="上海工业软件检测认证中心（示例）", report_no="SHIS-JC-2024-1187", product="易维讯工程机械工业互联网平台",
                   client=CO, version="V5.0", period="2024年2月26日—2024年3月22日", kind="检 测 报 告",
                   conclusion=["被测平台功能符合技术要求；支持工程机械主流品牌控制器协议及通用工业协议共计132种。",
                               "在模拟50,000台设备并发上报、3,000并发用户条件下，工况数据入库延迟平均0.6秒，页面平均响应时间1.12秒，满足要求。"],
                   env_rows=[["云资源", "阿里云ECS 64核/256GB ×16"], ["数据库", "PolarDB、TDengine"], ["压测", "自研设备模拟器"]],
                   func_rows=[["1", "设备接入", "CAN、J1939、Modbus、MQTT等协议解析，共132种", "通过"], ["2", "故障诊断", "故障码解析与预警推送", "通过"],
                              ["3", "维修工单", "派单、接单、结算", "通过"]],
                   perf_rows=[["1", "并发用户数", "工单与监控混合", "≥3000", "3000", "通过"],
                              ["2", "接入设备数", "模拟设备10秒/条上报", "≥50000台", "50000台", "通过"],
                              ["3", "响应时间", "页面平均响应", "≤2秒", "1.12秒", "通过"]])
    T.text_fact("工业协议兼容适配数量（个）", "132", "种", 132, rel, quote="通用工业协议共计132种", row_label="检测结论")
    # ISO / CMMI scans -------------------------------------------------------------------------------
    rel = T.file(E + "ZM07_ISO及CMMI证书.pdf", "evidence:other")
    pages = [certs.certificate("质量管理体系认证证书", [("证书编号", "15/23Q8412R10"), ("组织名称", CO), ("认证标准", "GB/T 19001-2016/ISO 9001:2015"),
                                                 ("认证范围", "工程机械物联网平台软件开发及运维服务"), ("有效期至", "2026年8月29日")],
                               "中質协质量保证中心", "2023年8月30日", seal="中质协质量保证中心", style=2, seed=1571, colour=(20, 70, 140)),
             certs.certificate("信息安全管理体系认证证书", [("证书编号", "15/24I0236R00"), ("组织名称", CO), ("认证标准", "ISO/IEC 27001:2022"),
                                                   ("有效期至", "2027年2月25日")], "中質协质量保证中心", "2024年2月26日", seal="中质协质量保证中心",
                               style=2, seed=1572, colour=(20, 70, 140)),
             certs.certificate("CMMI", [("Organization", "Shanghai Huaxing Digital Technology Co., Ltd."), ("Maturity Level", "3"),
                                        ("Appraisal ID", "58213"), ("Valid Until", "2025-09-14")], "CMMI Institute", "September 14, 2022",
                               seal="CMMI INSTITUTE", english="Capability Maturity Model Integration", style=1, seed=1573, colour=(30, 60, 110))]
    ev.scanned_pdf(root, rel, pages, seed=1570)
    rel = T.file(E + "ZM08_获奖证书.pdf", "evidence:award_list")
    pages = [certs.certificate("证 书", [("项目名称", "工程机械远程运维工业互联网平台"), ("承担单位", CO)], "工业和信息化部办公厅", "二〇二三年十二月",
                               seal="中华人民共和国工业和信息化部办公厅", body="入选2023年工业互联网试点示范名单（平台类）。", style=0, seed=1581,
                               size=(1520, 1075)),
             certs.certificate("荣誉证书", [("案例名称", "易维讯——工程机械后市场服务平台"), ("单位", CO)], "上海市经济和信息化委员会", "2022年11月",
                               seal="上海市经济和信息化委员会", body="荣获上海市工业互联网创新应用优秀案例。", style=1, seed=1582, size=(1520, 1075))]
    ev.scanned_pdf(root, rel, pages, seed=1580)
    # screenshots --------------------------------------------------------------------------------------
    rel1 = T.file(E + "ZM09_平台截图-设备监控大屏.png", "evidence:screenshot")
    ev.dashboard_png(root / rel1, title="易维讯 · 设备监控大屏", subtitle="2024年07月01日 09:30",
                     cards=[("联网设备（台）", "48,650"), ("今日在线设备", "22,317"), ("故障预警（今日）", "286"), ("服务网点", "1,860")], seed=1591)
    T.image_fact("连接的工业设备/产品/产线种类及数量（台/套）", "48,650", "台", 48650, rel1, 1, row_label="联网设备（台）")
    rel2 = T.file(E + "ZM09_平台截图-运营中心.png", "evidence:screenshot")
    ev.dashboard_png(root / rel2, title="易维讯 · 运营中心", subtitle="统计截至 2024-06-30", theme="light",
                     cards=[("注册企业", "6,820"), ("应用市场APP", "268"), ("故障诊断模型", "342"), ("微服务", "1,420"), ("注册开发者", "2,960")],
                     seed=1592)
    T.image_fact("注册企业用户数（个）", "6,820", "家", 6820, rel2, 1, row_label="注册企业")
    T.image_fact("工业APP数量（个）", "268", "个", 268, rel2, 1, row_label="应用市场APP")
    T.image_fact("工业机理模型数量（个）", "342", "个", 342, rel2, 1, row_label="故障诊断模型")
    T.image_fact("微服务数量（个）", "1,420", "个", 1420, rel2, 1, row_label="微服务")
    T.image_fact("开发者注册总数（个）", "2,960", "人", 2960, rel2, 1, row_label="注册开发者")
    # device statistics xlsx ----------------------------------------------------------------------------
    rel = T.file(E + "ZM10_接入设备统计表.xlsx", "evidence:device_list")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "按设备类别"
    for col, w in zip("ABCDE", (18, 16, 16, 18, 16)):
        ws.column_dimensions[col].width = w
    for j, h in enumerate(["设备类别", "接入数量", "其中：私有化", "公有云接入", "公有云日均运行"], start=1):
        xl_cell(ws, 1, j, h, bold=True, align="center", fill="DDEBF7")
    priv = dict(zip(P["_dev_cat"], [5160, 620, 240, 100]))
    r = 2
    for k in P["_dev_cat"]:
        for j, v in enumerate([k, P["_dev_cat"][k], priv[k], P["_pub_cat"][k], P["_day_cat"][k]], start=1):
            xl_cell(ws, r, j, v)
        r += 1
    for j, v in enumerate(["合计", P["dev"], sum(priv.values()), P["dev_pub"], P["dev_day"]], start=1):
        xl_cell(ws, r, j, v, bold=True)
    ws2 = wb.create_sheet("按区域")
    for j, h in enumerate(["区域", "接入数量", "公有云接入", "公有云日均运行"], start=1):
        xl_cell(ws2, 1, j, h, bold=True, align="center", fill="DDEBF7")
    r = 2
    for k in P["_dev_reg"]:
        for j, v in enumerate([k, P["_dev_reg"][k], P["_pub_reg"][k], P["_day_reg"][k]], start=1):
            xl_cell(ws2, r, j, v)
        r += 1
    ov = sum(P["_overseas"].values())
    xl_cell(ws2, r, 1, "其中：海外合计", bold=True)
    xl_cell(ws2, r, 2, ov, bold=True)
    save_xlsx(wb, root / rel)
    T.facts.add("连接的工业设备/产品/产线种类及数量（台/套）", str(P["dev"]), "台/套", P["dev"], rel, 1, str(P["dev"]), "合计", "接入数量")
    T.facts.add("公有云工业设备连接数量（台/套）", str(P["dev_pub"]), "台/套", P["dev_pub"], rel, 1, str(P["dev_pub"]), "合计", "公有云接入")
    T.facts.add("公有云工业设备平均日运行数量（台/套）", str(P["dev_day"]), "台/套", P["dev_day"], rel, 1, str(P["dev_day"]), "合计", "公有云日均运行")
    T.facts.add("海外设备连接数量（台/套）", str(ov), "台/套", ov, rel, 2, str(ov), "其中：海外合计", "接入数量")
    # remaining problems --------------------------------------------------------------------------------
    T.problem("summary_vs_form", ["工业APP数量（个）"], [names["summary"], names["form"]], "error",
              "附件4汇总表（横向）“工业APP数量（个）”填写286，申报表填报268（184+84）")
    T.problem("subset", ["活跃微服务数量（一周调用5次以上）（个）", "微服务数量（个）"], [names["form"]], "error",
              "活跃微服务数量（一周调用5次以上）1518个大于微服务数量1420个（前者是后者的“其中”项）")
    sections = [
        ("一、申报单位简介", [f"{CO}成立于2017年，是上海华兴机械集团控股的数字化企业，专注工程机械物联网与后市场服务，2023年营业收入21,864.37万元。",
                         "公司为高新技术企业，通过ISO 9001、ISO/IEC 27001和CMMI 3级认证，拥有研发人员180余人。"]),
        ("二、平台建设及运营情况", [
            "平台建设时间2018年5月至2023年12月，建设金额12,400.00万元，自建自运营，IaaS租用阿里云，部署方式为边缘侧、私有云、公有云。",
            "平台连接工业设备总数48,650台/套，其中私有化部署涉及6,120台/套；兼容工业协议132种；工业APP 268个；微服务1,420个。",
            "平台安全方面，已建立网络安全管理制度并每年开展等级保护测评，平台已通过等保三级。",
            ("table", benchmark_table([["2.1.1 工业设备连接/汇聚能力", "48,650台/套", "某头部主机厂平台：约数十万台级（单一品牌）"],
                                       ["3.1.1 平台应用规模", "服务企业4,360家", "同类平台：千家级"]])),
            "技术创新点总结：多品牌协议自适应解析、设备故障预测模型、配件知识图谱三项核心技术自主可控。"]),
        ("三、平台应用成效", ["平台帮助客户平均降低运维成本20.23%，提升设备出勤率11.2%。",
                          "应用创新点总结：以“按小时计费”服务化延伸模式推动工程机械后市场商业模式创新。"]),
        ("四、平台下一步发展计划", ["拓展东南亚市场，深化AI大模型维修助手应用。"]),
        ("五、平台应用案例", [("h2", "案例1：易维讯——施工企业设备群管群控"), "接入设备1,200台，设备出勤率提升12%。",
                         ("h2", "案例2：易维讯——代理商服务数字化"), "工单响应时间缩短45%。",
                         ("h2", "案例3：易维讯——配件供应链协同"), "配件交付周期缩短2.6天。"]),
        ("六、附件及其他说明材料", [("table", [["编号", "附件名称"], ["ZM01", "2023年度审计报告"], ["ZM02", "知识产权清单"], ["ZM03", "专利及软著证书扫描件"],
                                         ["ZM04", "网络安全等级保护备案证明"], ["ZM05", "等级测评报告（2023年度）"], ["ZM06", "平台性能及兼容性检测报告"],
                                         ["ZM07", "ISO及CMMI证书"], ["ZM08", "获奖证书"], ["ZM09", "平台截图"], ["ZM10", "接入设备统计表"]])]),
    ]
    shenbaoshu(p, sections, root / "附件3_申报书_易维讯平台.docx", fmt="docx")
    T.file("附件3_申报书_易维讯平台.docx", "申报书")
    return T.dump(truth_dir)
