"""The application documents of an h39 package: 申报表 (DOCX), 汇总表, 联系人表, 申报书, 承诺."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side

from model import bd_text, f2
from wordkit import (floating_picture, page_break, para, repeat_header, save_docx, save_xlsx, set_cell,
                     table, new_doc)


def texts(ident: dict, v: dict) -> dict:
    ind = ident["industry"]
    name = ident["declared_name"]
    return {
        "定位": f"面向{ind}行业的设备互联、生产协同与运维服务平台，打造上海{ind}数字化转型公共底座。",
        "政策": (f"1.工业和信息化部《工业互联网创新发展行动计划（2021-2023年）》：平台体系壮大、行业平台培育；\n"
               f"2.上海市经济信息化委《上海市制造业数字化转型实施方案》：行业平台赋能中小企业；\n"
               f"3.{ind}行业：设备联网率提升、服务化延伸加快，平台化运维成为趋势。"),
        "战略": f"已纳入《{ident['short']}“十四五”数字化发展规划》",
        "专项规划": f"《{name}三年发展专项规划（2023-2025）》",
        "其他资源": f"汇聚{ind}行业工艺知识条目1.2万条、备件主数据8.6万条、服务工程师资源1,340名，支撑在线派单与远程诊断。",
        "边缘": ("方案支持数据采集、数据存储、网络传输、智能分析、协议转换；边缘计算应用节点数"
               f"{v['edge_nodes']}个；最低响应时延8毫秒。私有化部署说明：为3家大型客户提供私有化部署，"
               "边缘节点纳入统一运维，数据按约定范围回传平台用于模型训练。"),
        "其他采集": "支持ERP、MES、SCADA、WMS等系统接口采集，提供API、数据库直连、文件同步三种方式，日均采集记录约2.6亿条。",
        "算力": f"公有云与私有云混合部署，合计{v['vcpu']}核vCPU、GPU卡16张，支持弹性扩容。",
        "数据管理": "建立数据标准管理、元数据管理、数据质量稽核、主数据管理与分级分类制度，覆盖采集、存储、使用全流程。",
        "算法": "基础算法（排序、查找、统计）、聚类算法、分类算法、预测与估算算法、关联分析算法、推荐算法。",
        "语言": "共5种：Java、Python、C++、JavaScript、Go",
        "框架": "基于微服务架构与容器化部署的低代码应用开发框架，提供统一身份、消息总线、设备模型与数据服务组件，支持应用一键发布至公有云或私有化环境。",
        "工具": "提供可视化组态设计器、规则引擎、模型训练工作台、API网关调试工具与移动端开发套件，支持在线调试、版本管理与灰度发布。",
        "安全制度": f"是，《{ident['short']}平台信息安全管理办法》（{ident['code']}-AQ-001，2022年3月）、《平台数据分类分级管理规定》（{ident['code']}-AQ-004，2023年5月）",
        "安全方面": "1.数据安全；2.传输安全；3.访问登录安全；4.代码安全；5.应用安全；6.网络安全。",
        "三方测试": "是，每年一次",
        "安全扫描": "是，每月一次",
        "安全技术": "采用下一代防火墙、网络分区隔离、传输加密（TLS1.2）、国密算法存储加密、多因素认证、Web应用防火墙与安全态势感知。",
        "数据保护": "核心数据每日增量备份、每周全量离线备份，数据库双机热备，并在异地数据中心建立灾备。",
        "上市": v["listed"][0] + ("" if v["listed"][0] == "否" else "，" + v["listed"][1]),
        "自主可控": "设备接入网关、时序数据库、工业模型引擎等关键技术均为自主研发，自主可控。",
        "新增效益": "3个案例平均带动客户营收增长6.8%，新增就业岗位120个，设备综合效率提升11.2%。",
        "降低成本": f"3个案例平均降低运维成本{f2(v['om_down'])}%，平均能耗下降{f2(v['energy_down'])}%。",
        "数据价值": "基于设备运行与工况数据沉淀故障知识图谱和能效模型，实现故障预测、备件需求预测与能效对标，知识条目在平台内复用。",
        "供应链": "平台与上下游280余家供应商的ERP系统对接，实现备件需求协同、在线询比价与交付跟踪，供应商交付及时率提升9个百分点。",
        "新技术": "融合5G、边缘计算、数字孪生与AI大模型，构建设备智能诊断助手和产线数字孪生，已在12家客户落地。",
        "核心突破": "是，自研高并发设备接入网关，单节点接入能力达20万点，关键指标达到国内同类产品领先水平。",
        "碳管理": v["carbon"][0] + ("，提供碳排放监测、碳足迹核算两类服务，服务客户46家。" if v["carbon"][0] == "是" else ""),
        "标识": v["ident_res"][0] + ("，接入国家标识解析二级节点，累计注册标识860万个。" if v["ident_res"][0] == "是" else ""),
        "标准": "参与制定行业标准2项：《工业设备远程运维平台技术要求》《工业互联网平台 设备接入规范》。",
        "奖项": f"共{v['awards']}个，详见证明材料荣誉清单",
        "贡献": f"平台服务本市企业{v['served_local']}家，带动{ind}产业链上下游协同，支撑长三角区域重点企业数字化转型。",
        "开放机制": "是，开放设备模型、API接口与行业数据集，建立开发者分成与数据共享协议机制。",
        "跨平台": "已与工业互联网标识解析节点、供应链金融平台等实现API级对接与单点登录。",
        "新产业": "有，培育设备即服务（按使用付费）新模式，孵化远程运维服务商18家。",
        "简介": (f"平台性质：{ident['nature']}。{name}由{ident['company']}建设运营，面向{ind}行业提供设备接入、"
               f"远程运维、生产协同与数据分析服务，已连接工业设备{v['dev_total']:,}台（套），服务企业{v['served']:,}家。"),
        "成效": f"平台帮助{ind}企业降低设备运维成本、减少非计划停机，推动产业链协同和服务化转型，取得良好经济和社会效益。",
    }


FORM_ROWS = [
    # (一级, 二级, 三级, 内容, key)  key: ('L', 附件4 label) | ('T', text key)
    ("一、平台基础情况（25%）", "1.1 战略定位及规划", "1.1.1 战略定位", "平台定位是否明确", ("T", "定位")),
    ("一、平台基础情况（25%）", "1.1 战略定位及规划", "1.1.1 战略定位", "是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势", ("T", "政策")),
    ("一、平台基础情况（25%）", "1.1 战略定位及规划", "1.1.2 规划制定", "平台是否被纳入企业战略规划中", ("T", "战略")),
    ("一、平台基础情况（25%）", "1.1 战略定位及规划", "1.1.2 规划制定", "是否制定了平台专项规划", ("T", "专项规划")),
    ("一、平台基础情况（25%）", "1.1 战略定位及规划", "1.1.2 规划制定", "平台团队总人数（人）", ("L", "平台团队总人数（人）")),
    ("一、平台基础情况（25%）", "1.1 战略定位及规划", "1.1.2 规划制定", "其中：运维人数（人）", ("L", "运维人数（人）")),
    ("一、平台基础情况（25%）", "1.1 战略定位及规划", "1.1.2 规划制定", "运营人数（人）", ("L", "运营人数（人）")),
    ("一、平台基础情况（25%）", "1.1 战略定位及规划", "1.1.2 规划制定", "其中：有相关技术职称/从业资格的人数（人）", ("L", "有相关技术职称/从业资格的人数（人）")),
    ("一、平台基础情况（25%）", "1.2 资金投入与经营情况", "1.2.1 创新投入情况", "平台相关研发投入（万元）", ("L", "平台相关研发投入（万元）")),
    ("一、平台基础情况（25%）", "1.2 资金投入与经营情况", "1.2.1 创新投入情况", "平台相关研发投入强度（%）", ("L", "平台相关研发投入强度（%）")),
    ("一、平台基础情况（25%）", "1.2 资金投入与经营情况", "1.2.2 经营情况", "平台相关营业收入（万元）", ("L", "平台相关营业收入（万元）")),
    ("一、平台基础情况（25%）", "1.2 资金投入与经营情况", "1.2.2 经营情况", "平台利润率（%）", ("L", "平台利润率（%）")),
    ("一、平台基础情况（25%）", "1.2 资金投入与经营情况", "1.2.2 经营情况", "付费用户占比（%）", ("L", "付费用户占比（%）")),
]
_A = ("二、平台关键技术能力（35%）", "2.1 资源汇聚与配置")
FORM_ROWS += [(*_A, "2.1.1 工业设备连接/汇聚能力", c, k) for c, k in [
    ("连接的工业设备/产品/产线种类及数量（台/套）", ("L", "连接的工业设备/产品/产线种类及数量（台/套）")),
    ("按二级分类统计工业设备数量（台/套）", ("L", "按二级分类统计工业设备数量（台/套）")),
    ("按省市区域统计工业设备数量（台/套）", ("L", "按省市区域统计工业设备数量（台/套）")),
    ("其中：公有云工业设备连接数量（台/套）", ("L", "公有云工业设备连接数量（台/套）")),
    ("按二级分类统计公有云工业设备数量（台/套）", ("L", "按二级分类统计公有云工业设备数量（台/套）")),
    ("按省市区域统计公有云工业设备数量（台/套）", ("L", "按省市区域统计公有云工业设备数量（台/套）")),
    ("其中：公有云工业设备平均日运行数量（台/套）", ("L", "公有云工业设备平均日运行数量（台/套）")),
    ("按二级分类统计公有云工业设备平均日运行数量（台/套）", ("L", "按二级分类统计公有云工业设备平均日运行数量（台/套）")),
    ("按省市区域统计公有云工业设备平均日运行数量（台/套）", ("L", "按省市区域统计公有云工业设备平均日运行数量（台/套）")),
    ("其中：海外设备连接数量（台/套）", ("L", "海外设备连接数量（台/套）")),
    ("其中：按海外国家分类统计海外设备连接数量", ("L", "按海外国家分类统计海外设备连接数量（台/套）")),
    ("工业协议兼容适配数量（个）", ("L", "工业协议兼容适配数量（个）")),
    ("其他资源汇聚情况", ("T", "其他资源")),
]]
FORM_ROWS += [(*_A, "2.1.2 工业软件/APP", c, k) for c, k in [
    ("工业软件总量（个）", ("L", "工业软件总量（个）")),
    ("工业APP数量（个）", ("L", "工业APP数量（个）")),
    ("其中：基于平台开发的工业APP数量（个）", ("L", "基于平台开发的工业APP数量（个）")),
    ("云化工业软件数量（个）", ("L", "云化工业软件数量（个）")),
    ("按分类统计工业APP数量（个）", ("L", "按分类统计工业APP数量（个）")),
    ("按行业统计工业APP数量（个）", ("L", "按行业统计工业APP数量（个）")),
    ("工业APP平均月活跃数量（个）", ("L", "工业APP平均月活跃数量（个）")),
    ("其中：杀手锏APP数量（个）", ("L", "杀手锏APP数量（个）")),
    ("公有云杀手锏APP平均日在线用户数（个）", ("L", "公有云杀手锏APP平均日在线用户数（个）")),
    ("杀手锏APP日活次数（次）", ("L", "杀手锏APP日活次数（次）")),
    ("杀手锏APP月平均收入（万元）", ("L", "杀手锏APP月平均收入（万元）")),
    ("其中：公有云工业APP数量（个）", ("L", "公有云工业APP数量（个）")),
    ("其中：公有云工业APP平均日活跃数量（个）", ("L", "公有云工业APP平均日活跃数量（个）")),
    ("其中：按分类统计公有云工业APP平均日活跃数量（个）", ("L", "按分类统计公有云工业APP平均日活跃数量（个）")),
    ("其中：按行业统计公有云工业APP平均日活跃数量（个）", ("L", "按行业统计公有云工业APP平均日活跃数量（个）")),
]]
_B = ("二、平台关键技术能力（35%）", "2.2 数据管理与挖掘")
FORM_ROWS += [(*_B, "2.2.1 数据采集", "边缘数据处理能力", ("T", "边缘")),
              (*_B, "2.2.1 数据采集", "其他数据采集能力", ("T", "其他采集"))]
FORM_ROWS += [(*_B, "2.2.2 数据处理（存储计算能力）", c, k) for c, k in [
    ("是否支持可拓展云计算能力", ("V", "是")),
    ("云化服务器算力", ("T", "算力")),
    ("平台实际用云量（台）", ("L", "平台实际用云量（台）")),
    ("平台公有云实际使用数量（台）", ("L", "平台公有云实际使用数量（台）")),
    ("存储容量（TB）", ("L", "存储容量（TB）")),
    ("存储工业数据量（TB）", ("L", "存储工业数据量（TB）")),
    ("公有云数据总量（TB）", ("L", "公有云数据总量（TB）")),
    ("存储资源利用率（%）", ("L", "存储资源利用率（%）")),
    ("数据基础管理能力", ("T", "数据管理")),
]]
FORM_ROWS += [(*_B, "2.2.3 数据建模和分析", c, k) for c, k in [
    ("工业机理模型数量（个）", ("L", "工业机理模型数量（个）")),
    ("其中：活跃机理模型数量（一周调用5次以上）（个）", ("L", "活跃机理模型数量（一周调用5次以上）（个）")),
    ("核心工业模型平均月调用用户数量（个）", ("L", "核心工业模型平均月调用用户数量（个）")),
    ("按分类统计工业模型数量（个）", ("L", "按分类统计工业模型数量（个）")),
    ("是否提供通用建模分析算法", ("V", "是")),
    ("智能分析算法类型", ("T", "算法")),
    ("数据分析平台均速度（每TB分级/秒级/毫秒级）", ("L", "数据分析平台均速度（每TB分级/秒级/毫秒级）")),
]]
FORM_ROWS += [
    ("二、平台关键技术能力（35%）", "2.3 微服务部署与调用", "2.3.1 平台微服务情况", "微服务数量（个）", ("L", "微服务数量（个）")),
    ("二、平台关键技术能力（35%）", "2.3 微服务部署与调用", "2.3.1 平台微服务情况", "其中：活跃微服务数量（一周调用5次以上）（个）", ("L", "活跃微服务数量（一周调用5次以上）（个）")),
    ("二、平台关键技术能力（35%）", "2.4 平台开发与使用", "2.4.1 平台开发者数量", "是否建立开发者社区及相关功能", ("V", "是")),
    ("二、平台关键技术能力（35%）", "2.4 平台开发与使用", "2.4.1 平台开发者数量", "开发者注册总数（个）", ("L", "开发者注册总数（个）")),
    ("二、平台关键技术能力（35%）", "2.4 平台开发与使用", "2.4.1 平台开发者数量", "其中：活跃开发者数（个）", ("L", "活跃开发者数（个）")),
    ("二、平台关键技术能力（35%）", "2.4 平台开发与使用", "2.4.2 应用开发服务能力", "平台支持开发语言类型", ("T", "语言")),
    ("二、平台关键技术能力（35%）", "2.4 平台开发与使用", "2.4.2 应用开发服务能力", "平台应用开发框架", ("T", "框架")),
    ("二、平台关键技术能力（35%）", "2.4 平台开发与使用", "2.4.2 应用开发服务能力", "平台应用开发工具", ("T", "工具")),
    ("二、平台关键技术能力（35%）", "2.5 安全体系", "2.5.1 安全制度建设", "是否针对平台制定了安全管理相关制度", ("T", "安全制度")),
    ("二、平台关键技术能力（35%）", "2.5 安全体系", "2.5.1 安全制度建设", "建立的安全制度保护了平台的哪些方面", ("T", "安全方面")),
    ("二、平台关键技术能力（35%）", "2.5 安全体系", "2.5.1 安全制度建设", "有否定期开展第三方安全测试/测评", ("T", "三方测试")),
    ("二、平台关键技术能力（35%）", "2.5 安全体系", "2.5.1 安全制度建设", "有否定期进行安全扫描", ("T", "安全扫描")),
    ("二、平台关键技术能力（35%）", "2.5 安全体系", "2.5.2 安全技术保障", "采用何种安全技术情况", ("T", "安全技术")),
    ("二、平台关键技术能力（35%）", "2.5 安全体系", "2.5.2 安全技术保障", "核心数据安全保护手段", ("T", "数据保护")),
]
_C = ("三、平台效益及可持续发展能力（40%）", "3.1 平台应用")
FORM_ROWS += [(*_C, "3.1.1 平台应用规模", c, k) for c, k in [
    ("注册企业用户数（个）", ("L", "注册企业用户数（个）")),
    ("其中：实际服务企业数（个）", ("L", "实际服务企业数（个）")),
    ("按行业统计服务企业数（个）", ("L", "按行业统计服务企业数（个）")),
    ("按省市区域统计服务企业数（个）", ("L", "按省市区域统计服务企业数（个）")),
    ("其中：付费企业数（个）", ("L", "付费企业数（个）")),
    ("其中：服务本市企业数量（个）", ("L", "服务本市企业数量（个）")),
    ("其中：服务中小企业数量（个）", ("L", "服务中小企业数量（个）")),
    ("平台订单数量（个），填写近一年总量", ("L", "平台订单数量(近一年总量)（个）")),
    ("平台交易规模年增长率（%）", ("L", "平台交易规模年增长率（%）")),
    ("工业APP订阅总数量（个）", ("L", "工业APP订阅总数量（个）")),
    ("其中：杀手锏工业APP订阅数量（个）", ("L", "杀手锏工业APP订阅数量（个）")),
    ("工业APP订阅总金额（万元）", ("L", "工业APP订阅总金额（万元）")),
    ("平台连接工业设备利用率（%）", ("L", "平台连接工业设备利用率（%）")),
    ("平台国产化率（%）", ("L", "平台国产化率（%）")),
    ("平台是否服务上海智能工厂，数量", ("L", "平台是否服务上海智能工厂，数量")),
    ("平台服务园区总数（个）", ("L", "平台服务园区总数（个）")),
    ("平台提供的解决方案总数（个）", ("L", "平台提供的解决方案总数（个）")),
    ("其中：按新模式统计解决方案数量（个）", ("L", "按新模式统计解决方案数量（个）")),
]]
FORM_ROWS += [(*_C, "3.1.2 平台应用价值", c, k) for c, k in [
    ("投资回报率（%）", ("L", "投资回报率（%）")),
    ("企业已上市或已获得VC/PE投资", ("T", "上市")),
    ("关键技术自主可控", ("T", "自主可控")),
    ("解决方案累计对企业/用户新增效益", ("T", "新增效益")),
    ("解决方案累计对企业/用户降低成本", ("T", "降低成本")),
    ("平台连接工业设备运维成本平均下降率（%）", ("L", "平台连接工业设备运维成本平均下降率（%）")),
    ("平台连接工业设备能耗平均下降率（%）", ("L", "平台连接工业设备能耗平均下降率（%）")),
    ("平台连接工业设备安全生产持续时间平均提升率（%）", ("L", "平台连接工业设备安全生产持续时间平均提升率（%）")),
    ("平台数据价值挖掘应用能力", ("T", "数据价值")),
    ("工业互联网平台+供应链协同应用情况", ("T", "供应链")),
    ("平台有否与新技术的融合应用", ("T", "新技术")),
    ("平台现有特色指数（个）", ("L", "平台现有特色指数（个）")),
]]
FORM_ROWS += [(*_C, "3.1.3 平台带动成效", c, k) for c, k in [
    ("平台核心软硬件技术获得的专利数量（项）", ("L", "平台核心软硬件技术获得的专利数量（项）")),
    ("平台核心软硬件技术获得的软著数量（个）", ("L", "平台核心软硬件技术获得的软著数量（个）")),
    ("平台是否有自研形成的核心技术突破", ("T", "核心突破")),
    ("平台是否具备碳管理服务能力", ("T", "碳管理")),
    ("平台是否融合使用国家标识解析系统", ("T", "标识")),
    ("平台牵头/参与标准制定情况（国家标准、行业标准）", ("T", "标准")),
    ("平台获得省部级及以上奖项/荣誉数量（个）", ("L", "平台获得省部级及以上奖项/荣誉数量（个）")),
    ("平台建设与运营带动新增就业人数（人）", ("L", "平台建设与运营带动新增就业人数（人）")),
    ("平台社会贡献率（%）", ("L", "平台社会贡献率（%）")),
    ("平台对关键行业/领域、本市及其他重点区域等贡献及支撑", ("T", "贡献")),
]]
FORM_ROWS += [
    ("三、平台效益及可持续发展能力（40%）", "3.2 平台生态建设", "3.2.1 平台开放", "是否建立供应链产业链开放共享机制", ("T", "开放机制")),
    ("三、平台效益及可持续发展能力（40%）", "3.2 平台生态建设", "3.2.1 平台开放", "平台开放共享数据的形式及数量", ("L", "平台开放共享数据的形式及数量")),
    ("三、平台效益及可持续发展能力（40%）", "3.2 平台生态建设", "3.2.2 平台生态", "合作平台数量（个）", ("L", "合作平台数量（个）")),
    ("三、平台效益及可持续发展能力（40%）", "3.2 平台生态建设", "3.2.2 平台生态", "跨平台调用功能建设情况", ("T", "跨平台")),
    ("三、平台效益及可持续发展能力（40%）", "3.2 平台生态建设", "3.2.2 平台生态", "新产业、新模式培育情况", ("T", "新产业")),
]


def form_value(key, rowmap, tx):
    kind, name = key
    if kind == "L":
        return rowmap[name]
    if kind == "T":
        return tx[name]
    return name


def write_form(path: Path, ident: dict, v: dict, rowmap: dict, proofs: dict, comp: dict) -> None:
    """附件2 申报表 DOCX. rowmap: 附件4 label → value string; proofs: 内容 → 证明资料 text."""
    tx = texts(ident, v)
    doc = new_doc(font=ident["font"], size=11, header=f"{ident['company']}  2024年度工业互联网平台应用水平评价申报表")
    para(doc, "附件2", size=12, bold=True)
    for _ in range(3):
        para(doc, "")
    para(doc, "上海市工业互联网平台应用水平评价", size=20, bold=True, align="center")
    para(doc, "申报表", size=26, bold=True, align="center")
    for _ in range(3):
        para(doc, "")
    for line in (f"申报年度：2024年度", f"平台名称：{ident['declared_name']}", f"申报单位：{ident['company']}（公章）",
                 f"联 系 人：{ident['contact']}", f"联系人电话：{ident['phone']}", f"附件6序号：{ident['no']}"):
        para(doc, line, size=14, align="center")
    para(doc, "")
    para(doc, "上海市经济和信息化委员会制", size=12, align="center")
    para(doc, "2024年7月15日", size=12, align="center")
    page_break(doc)
    para(doc, "一、企业基本情况", size=14, bold=True)
    t = table(doc, 9, 6)
    cells = [
        ("单位（企业）名称", ident["company"], "单位（企业）代码", comp["code"]),
        ("成立日期", comp["founded"], "注册地及所在行政区", comp["addr"]),
        ("企业类型", comp["type"], "注册资本", comp["capital"]),
        ("主营业务", comp["business"], "法定代表人", comp["legal"]),
        ("联系人", ident["contact"], "职务", ident["title"]),
        ("联系人手机", ident["phone"], "电子邮箱", ident["email"]),
        ("股权结构", comp["equity"], "传真", comp["fax"]),
    ]
    for i, (a, b, c, d) in enumerate(cells):
        set_cell(t.cell(i, 0), a, bold=True)
        x = t.cell(i, 1).merge(t.cell(i, 2)); set_cell(x, b, align="left")
        set_cell(t.cell(i, 3), c, bold=True)
        y = t.cell(i, 4).merge(t.cell(i, 5)); set_cell(y, d, align="left")
    heads = ["总资产（万元）", "主营业务收入（万元）", "主营业务收入增长率（%）", "负债率（%）", "利润总额（万元）", "税金（万元）"]
    for i, h in enumerate(heads):
        set_cell(t.cell(7, i), h, bold=True)
        set_cell(t.cell(8, i), comp["fin"][i])
    para(doc, "注：上表为申报单位上一年度经营状况（2023年）。", size=9)
    page_break(doc)
    para(doc, "二、平台基本情况", size=14, bold=True)
    rev, g = v["rev"], v["growth"]
    base = [
        ("平台名称", ident["declared_name"]),
        ("建设时间", ident["period_cn"]),
        ("平台建设金额（万元）", rowmap["平台建设金额（万元）"]),
        ("平台近三年经营指标情况", "\n".join(f"{y}年平台营收{f2(rev[y])}万元/增长率{f2(g[y])}%" for y in (2021, 2022, 2023))
         + "\n注：此处数据已将平台相关收益单列，而非整个公司的财务数据。"),
        ("平台建设方式", "☑ " + ident["build_mode"]),
        ("平台运营模式", "☑ " + ident["op_mode"]),
        ("IaaS基础设施", ident["iaas"]),
        ("部署方式", "☑ " + ident["deploy"].replace("、", "  ☑ ")),
        ("平台网址", f"{ident['url']}（账号：{ident['account']}  密码：{ident['password']}）"),
        ("平台基本情况介绍", tx["简介"]),
        ("平台建设成效", tx["成效"]),
    ]
    t = table(doc, len(base), 2, [4.0, 12.6])
    for i, (a, b) in enumerate(base):
        set_cell(t.cell(i, 0), a, bold=True)
        set_cell(t.cell(i, 1), b, align="left")
    page_break(doc)
    para(doc, "三、上海市工业互联网平台应用水平评价指标明细表", size=14, bold=True)
    t = table(doc, len(FORM_ROWS) + 1, 6, [2.0, 2.0, 2.2, 4.6, 4.4, 2.6])
    for i, h in enumerate(["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]):
        set_cell(t.cell(0, i), h, bold=True)
    repeat_header(t.rows[0])
    for r, (l1, l2, l3, content, key) in enumerate(FORM_ROWS, start=1):
        set_cell(t.cell(r, 3), content, align="left")
        set_cell(t.cell(r, 4), form_value(key, rowmap, tx), align="left")
        set_cell(t.cell(r, 5), proofs.get(content, "/"), size=8, align="left")
    for col in range(3):
        start = 1
        for r in range(2, len(FORM_ROWS) + 2):
            if r == len(FORM_ROWS) + 1 or FORM_ROWS[r - 1][col] != FORM_ROWS[start - 1][col] or \
                    (col > 0 and FORM_ROWS[r - 1][col - 1] != FORM_ROWS[start - 1][col - 1]):
                label = FORM_ROWS[start - 1][col]
                cell = t.cell(start, col)
                if r - 1 > start:
                    cell = cell.merge(t.cell(r - 1, col))
                set_cell(cell, label, size=9)
                start = r
    save_docx(doc, path, ident["contact"])


def write_summary_xlsx(path: Path, ident: dict, rows: list, horizontal: bool) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "平台基本情况汇总表"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    if horizontal:
        ws.cell(1, 1, "附件4  平台基本情况汇总表").font = Font(bold=True, size=14)
        for j, (label, value, _) in enumerate(rows, start=1):
            a = ws.cell(2, j, label); a.font = Font(bold=True); a.alignment = Alignment(wrap_text=True); a.border = border
            b = ws.cell(3, j, value); b.alignment = Alignment(wrap_text=True); b.border = border
            ws.column_dimensions[openpyxl.utils.get_column_letter(j)].width = 18
    else:
        ws.cell(1, 1, "平台基本情况汇总表").font = Font(bold=True, size=14)
        ws.merge_cells("A1:B1")
        ws.column_dimensions["A"].width = 44
        ws.column_dimensions["B"].width = 70
        for i, (label, value, _) in enumerate(rows, start=2):
            a = ws.cell(i, 1, label); a.border = border; a.alignment = Alignment(wrap_text=True)
            b = ws.cell(i, 2, value); b.border = border; b.alignment = Alignment(wrap_text=True)
    save_xlsx(wb, path, ident["contact"])


def write_summary_docx(path: Path, ident: dict, rows: list) -> None:
    doc = new_doc(font=ident["font"], size=10.5)
    para(doc, "附件4", size=12, bold=True)
    para(doc, "平台基本情况汇总表", size=16, bold=True, align="center")
    t = table(doc, len(rows), 2, [6.5, 10.1])
    for i, (label, value, _) in enumerate(rows):
        set_cell(t.cell(i, 0), label, align="left")
        set_cell(t.cell(i, 1), value, align="left")
    save_docx(doc, path, ident["contact"])


def write_contacts(path: Path, ident: dict) -> None:
    doc = new_doc(font=ident["font"], size=11, footer_pages=False)
    para(doc, "附件1", size=12, bold=True)
    para(doc, "联系人信息反馈表", size=16, bold=True, align="center")
    para(doc, "2024年度上海市工业互联网平台应用水平评价工作", align="center")
    para(doc, "一、联系人信息反馈", bold=True)
    t = table(doc, 3, 6)
    for i, h in enumerate(["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"]):
        set_cell(t.cell(0, i), h, bold=True)
    for i, rowv in enumerate([("联系人（主）", ident["contact"], ident["company"], ident["title"], ident["phone"], ident["email"]),
                              ("联系人（备用）", ident["contact2"], ident["company"], ident["title2"], ident["phone2"], ident["email2"])], 1):
        for j, x in enumerate(rowv):
            set_cell(t.cell(i, j), x, size=9)
    para(doc, "二、评审会现场地址信息反馈", bold=True)
    para(doc, f"具体地址：{ident['venue']}")
    save_docx(doc, path, ident["contact"])


def write_commitment(path: Path, ident: dict, seal: Path) -> None:
    doc = new_doc(font="仿宋", size=14, footer_pages=False)
    para(doc, "附件5", size=12, bold=True)
    para(doc, "真实性承诺", size=20, bold=True, align="center")
    para(doc, "")
    para(doc, "我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，"
              "如有不实，愿承担相应的法律责任及由此产生的一切后果。", size=14, indent=True)
    para(doc, "特此承诺。", size=14, indent=True)
    for _ in range(3):
        para(doc, "")
    p = para(doc, f"申报单位：{ident['company']}（盖章）", size=14, align="right")
    floating_picture(p, seal, 4.0, 9.0, -1.6, 31)
    para(doc, f"法定代表人：{ident['legal']}（签章）", size=14, align="right")
    para(doc, "2024年7月15日", size=14, align="right")
    save_docx(doc, path, ident["contact"])


def write_narrative(path: Path, ident: dict, v: dict, claims: dict, with7: bool, annex: list[str]) -> None:
    """附件3 申报书 following the template's chapters; claims: numbers the narrative states."""
    doc = new_doc(font=ident["font"], size=12, header=f"{ident['declared_name']}  申报书")
    para(doc, "附件3", size=12, bold=True)
    para(doc, "上海市工业互联网平台应用水平评价", size=20, bold=True, align="center")
    para(doc, "申报书", size=26, bold=True, align="center")
    for line in ("申报年度：2024年度", f"平台名称：{ident['declared_name']}", f"申报单位：{ident['company']}（公章）",
                 f"联 系 人：{ident['contact']}", f"联系人电话：{ident['phone']}"):
        para(doc, line, size=14, align="center")
    page_break(doc)
    ind = ident["industry"]
    chapters = [
        ("一、申报单位简介", [f"{ident['company']}成立于{ident['founded_cn']}，主营{ident['business']}。公司长期深耕{ind}领域，"
                          f"拥有平台研发与运维团队{v['team']}人，具备自主的设备接入、数据治理与工业模型能力。"]),
        ("二、平台建设及运营情况", [
            f"平台于{ident['period_cn']}建设，建设方式为{ident['build_mode']}，运营模式为{ident['op_mode']}，部署方式为{ident['deploy']}。",
            f"截至填表日，平台已连接工业设备{claims['devices']}台（套），上架工业APP {v['apps']}个，沉淀工业机理模型{v['models']}个，"
            f"注册企业用户{claims['registered']}家，其中实际服务企业{claims['served']}家。",
            "技术创新点总结：平台自研高并发设备接入网关和工业时序数据库，底层技术自主可控，关键指标对标国内同类平台处于领先水平。"]),
        ("三、平台应用成效", [f"平台帮助用户企业平均降低运维成本{f2(v['om_down'])}%，能耗平均下降{f2(v['energy_down'])}%，"
                          f"带动新增就业{v['jobs']}人。",
                          "应用创新点总结：以设备即服务模式推动商业模式创新，实现可持续发展。"]),
        ("四、平台下一步发展计划", ["持续完善平台功能，推进AI大模型与工业场景融合，拓展长三角及海外市场。"]),
        ("五、平台应用案例", [f"案例1：{ident['declared_name']}——设备远程运维降本增效", "企业简介：某大型制造企业。",
                           "平台简介：提供设备接入与预测性维护。", "案例实际内容简介：实施后非计划停机减少31%。"]),
        ("六、附件及其他说明材料", annex),
    ]
    if with7:
        chapters.append(("七、平台相较上年度对比情况", [
            f"自2023年7月至今，平台新增工业APP 86个，连接设备数量增长约18%，实际服务企业数增至{claims['served']}家，"
            "新上线设备健康度评估和能效对标功能模块。"]))
    for title, paras in chapters:
        para(doc, title, size=14, bold=True)
        for text in paras:
            para(doc, text, size=12, indent=True)
    save_docx(doc, path, ident["contact"])
