"""申报表 (附件2) as XLSX, its stamped scan, 汇总表 (附件4) XLSX, 联系人表, 承诺 and 申报书 writers."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from office import save_docx, save_xlsx, scan_pdf

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="center")
BOLD = Font(bold=True, name="宋体")

# (一级, 二级, 三级, 内容, key) ; key = 附件4 label or "t:<name>" for a text-only answer
L1 = "一、平台基础情况（25%）"
L2 = "二、平台关键技术能力（35%）"
L3 = "三、平台效益及可持续发展能力（40%）"
ROWS = [
    (L1, "1.1 战略定位及规划", "1.1.1 战略定位", "平台定位是否明确", "t:定位"),
    (L1, "1.1 战略定位及规划", "1.1.1 战略定位", "是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势", "t:政策"),
    (L1, "1.1 战略定位及规划", "1.1.2 规划制定", "平台是否被纳入企业战略规划中", "t:战略"),
    (L1, "1.1 战略定位及规划", "1.1.2 规划制定", "是否制定了平台专项规划", "t:专项"),
    (L1, "1.1 战略定位及规划", "1.1.2 规划制定", "平台团队总人数（人）", "平台团队总人数（人）"),
    (L1, "1.1 战略定位及规划", "1.1.2 规划制定", "其中：运维人数（人）", "运维人数（人）"),
    (L1, "1.1 战略定位及规划", "1.1.2 规划制定", "运营人数（人）", "运营人数（人）"),
    (L1, "1.1 战略定位及规划", "1.1.2 规划制定", "其中：有相关技术职称/从业资格的人数（人）", "有相关技术职称/从业资格的人数（人）"),
    (L1, "1.2 资金投入与经营情况", "1.2.1 创新投入情况", "平台相关研发投入（万元）", "平台相关研发投入（万元）"),
    (L1, "1.2 资金投入与经营情况", "1.2.1 创新投入情况", "平台相关研发投入强度（%）", "平台相关研发投入强度（%）"),
    (L1, "1.2 资金投入与经营情况", "1.2.2 经营情况", "平台相关营业收入（万元）", "平台相关营业收入（万元）"),
    (L1, "1.2 资金投入与经营情况", "1.2.2 经营情况", "平台利润率（%）", "平台利润率（%）"),
    (L1, "1.2 资金投入与经营情况", "1.2.2 经营情况", "付费用户占比（%）", "付费用户占比（%）"),
    (L2, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "连接的工业设备/产品/产线种类及数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
    (L2, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "按二级分类统计工业设备数量（台/套）", "按二级分类统计工业设备数量（台/套）"),
    (L2, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "按省市区域统计工业设备数量（台/套）", "按省市区域统计工业设备数量（台/套）"),
    (L2, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "其中：公有云工业设备连接数量（台/套）", "公有云工业设备连接数量（台/套）"),
    (L2, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "按二级分类统计公有云工业设备数量（台/套）", "按二级分类统计公有云工业设备数量（台/套）"),
    (L2, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "按省市区域统计公有云工业设备数量（台/套）", "按省市区域统计公有云工业设备数量（台/套）"),
    (L2, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "其中：公有云工业设备平均日运行数量（台/套）", "公有云工业设备平均日运行数量（台/套）"),
    (L2, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "按二级分类统计公有云工业设备平均日运行数量（台/套）", "按二级分类统计公有云工业设备平均日运行数量（台/套）"),
    (L2, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "按省市区域统计公有云工业设备平均日运行数量（台/套）", "按省市区域统计公有云工业设备平均日运行数量（台/套）"),
    (L2, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "其中：海外设备连接数量（台/套）", "海外设备连接数量（台/套）"),
    (L2, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "其中：按海外国家分类统计海外设备连接数量", "按海外国家分类统计海外设备连接数量（台/套）"),
    (L2, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "工业协议兼容适配数量（个）", "工业协议兼容适配数量（个）"),
    (L2, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "其他资源汇聚情况", "t:其他资源"),
    (L2, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "工业软件总量（个）", "工业软件总量（个）"),
    (L2, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "工业APP数量（个）", "工业APP数量（个）"),
    (L2, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "其中：基于平台开发的工业APP数量（个）", "基于平台开发的工业APP数量（个）"),
    (L2, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "云化工业软件数量（个）", "云化工业软件数量（个）"),
    (L2, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "按分类统计工业APP数量（个）", "按分类统计工业APP数量（个）"),
    (L2, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "按行业统计工业APP数量（个）", "按行业统计工业APP数量（个）"),
    (L2, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "工业APP平均月活跃数量（个）", "工业APP平均月活跃数量（个）"),
    (L2, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "其中：杀手锏APP数量（个）", "杀手锏APP数量（个）"),
    (L2, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "公有云杀手锏APP平均日在线用户数（个）", "公有云杀手锏APP平均日在线用户数（个）"),
    (L2, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "杀手锏APP日活次数（次）", "杀手锏APP日活次数（次）"),
    (L2, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "杀手锏APP月平均收入（万元）", "杀手锏APP月平均收入（万元）"),
    (L2, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "其中：公有云工业APP数量（个）", "公有云工业APP数量（个）"),
    (L2, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "其中：公有云工业APP平均日活跃数量（个）", "公有云工业APP平均日活跃数量（个）"),
    (L2, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "其中：按分类统计公有云工业APP平均日活跃数量（个）", "按分类统计公有云工业APP平均日活跃数量（个）"),
    (L2, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "其中：按行业统计公有云工业APP平均日活跃数量（个）", "按行业统计公有云工业APP平均日活跃数量（个）"),
    (L2, "2.2 数据管理与挖掘", "2.2.1 数据采集", "边缘数据处理能力", "t:边缘"),
    (L2, "2.2 数据管理与挖掘", "2.2.1 数据采集", "其他数据采集能力", "t:其他采集"),
    (L2, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "是否支持可拓展云计算能力", "t:云计算"),
    (L2, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "云化服务器算力", "t:算力"),
    (L2, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "平台实际用云量（台）", "平台实际用云量（台）"),
    (L2, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "平台公有云实际使用数量（台）", "平台公有云实际使用数量（台）"),
    (L2, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "存储容量（TB）", "存储容量（TB）"),
    (L2, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "存储工业数据量（TB）", "存储工业数据量（TB）"),
    (L2, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "公有云数据总量（TB）", "公有云数据总量（TB）"),
    (L2, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "存储资源利用率（%）", "存储资源利用率（%）"),
    (L2, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "数据基础管理能力", "t:数据管理"),
    (L2, "2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "工业机理模型数量（个）", "工业机理模型数量（个）"),
    (L2, "2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "其中：活跃机理模型数量（一周调用5次以上）（个）", "活跃机理模型数量（一周调用5次以上）（个）"),
    (L2, "2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "核心工业模型平均月调用用户数量（个）", "核心工业模型平均月调用用户数量（个）"),
    (L2, "2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "按分类统计工业模型数量（个）", "按分类统计工业模型数量（个）"),
    (L2, "2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "是否提供通用建模分析算法", "t:通用算法"),
    (L2, "2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "智能分析算法类型", "t:算法类型"),
    (L2, "2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "数据分析平台均速度（每TB分级/秒级/毫秒级）", "数据分析平台均速度（每TB分级/秒级/毫秒级）"),
    (L2, "2.3 微服务部署与调用", "2.3.1 平台微服务情况", "微服务数量（个）", "微服务数量（个）"),
    (L2, "2.3 微服务部署与调用", "2.3.1 平台微服务情况", "其中：活跃微服务数量（一周调用5次以上）（个）", "活跃微服务数量（一周调用5次以上）（个）"),
    (L2, "2.4 平台开发与使用", "2.4.1 平台开发者数量", "是否建立开发者社区及相关功能", "t:社区"),
    (L2, "2.4 平台开发与使用", "2.4.1 平台开发者数量", "开发者注册总数（个）", "开发者注册总数（个）"),
    (L2, "2.4 平台开发与使用", "2.4.1 平台开发者数量", "其中：活跃开发者数（个）", "活跃开发者数（个）"),
    (L2, "2.4 平台开发与使用", "2.4.2 应用开发服务能力", "平台支持开发语言类型", "t:语言"),
    (L2, "2.4 平台开发与使用", "2.4.2 应用开发服务能力", "平台应用开发框架", "t:框架"),
    (L2, "2.4 平台开发与使用", "2.4.2 应用开发服务能力", "平台应用开发工具", "t:工具"),
    (L2, "2.5 安全体系", "2.5.1 安全制度建设", "是否针对平台制定了安全管理相关制度", "平台是否建立安全管理体系"),
    (L2, "2.5 安全体系", "2.5.1 安全制度建设", "建立的安全制度保护了平台的哪些方面", "t:保护"),
    (L2, "2.5 安全体系", "2.5.1 安全制度建设", "有否定期开展第三方安全测试/测评", "有否定期开展第三方安全测试/测评"),
    (L2, "2.5 安全体系", "2.5.1 安全制度建设", "有否定期进行安全扫描", "有否定期进行安全扫描"),
    (L2, "2.5 安全体系", "2.5.2 安全技术保障", "采用何种安全技术情况", "t:安全技术"),
    (L2, "2.5 安全体系", "2.5.2 安全技术保障", "核心数据安全保护手段", "t:备份"),
    (L3, "3.1 平台应用", "3.1.1 平台应用规模", "注册企业用户数（个）", "注册企业用户数（个）"),
    (L3, "3.1 平台应用", "3.1.1 平台应用规模", "其中：实际服务企业数（个）", "实际服务企业数（个）"),
    (L3, "3.1 平台应用", "3.1.1 平台应用规模", "按行业统计服务企业数（个）", "按行业统计服务企业数（个）"),
    (L3, "3.1 平台应用", "3.1.1 平台应用规模", "按省市区域统计服务企业数（个）", "按省市区域统计服务企业数（个）"),
    (L3, "3.1 平台应用", "3.1.1 平台应用规模", "其中：付费企业数（个）", "付费企业数（个）"),
    (L3, "3.1 平台应用", "3.1.1 平台应用规模", "其中：服务本市企业数量（个）", "服务本市企业数量（个）"),
    (L3, "3.1 平台应用", "3.1.1 平台应用规模", "其中：服务中小企业数量（个）", "服务中小企业数量（个）"),
    (L3, "3.1 平台应用", "3.1.1 平台应用规模", "平台订单数量（个），填写近一年总量", "平台订单数量(近一年总量)（个）"),
    (L3, "3.1 平台应用", "3.1.1 平台应用规模", "平台交易规模年增长率（%）", "平台交易规模年增长率（%）"),
    (L3, "3.1 平台应用", "3.1.1 平台应用规模", "工业APP订阅总数量（个）", "工业APP订阅总数量（个）"),
    (L3, "3.1 平台应用", "3.1.1 平台应用规模", "其中：杀手锏工业APP订阅数量（个）", "杀手锏工业APP订阅数量（个）"),
    (L3, "3.1 平台应用", "3.1.1 平台应用规模", "工业APP订阅总金额（万元）", "工业APP订阅总金额（万元）"),
    (L3, "3.1 平台应用", "3.1.1 平台应用规模", "平台连接工业设备利用率（%）", "平台连接工业设备利用率（%）"),
    (L3, "3.1 平台应用", "3.1.1 平台应用规模", "平台国产化率（%）", "平台国产化率（%）"),
    (L3, "3.1 平台应用", "3.1.1 平台应用规模", "平台是否服务上海智能工厂，数量", "平台是否服务上海智能工厂，数量"),
    (L3, "3.1 平台应用", "3.1.1 平台应用规模", "平台服务园区总数（个）", "平台服务园区总数（个）"),
    (L3, "3.1 平台应用", "3.1.1 平台应用规模", "平台提供的解决方案总数（个）", "平台提供的解决方案总数（个）"),
    (L3, "3.1 平台应用", "3.1.1 平台应用规模", "其中：按新模式统计解决方案数量（个）", "按新模式统计解决方案数量（个）"),
    (L3, "3.1 平台应用", "3.1.2 平台应用价值", "投资回报率（%）", "投资回报率（%）"),
    (L3, "3.1 平台应用", "3.1.2 平台应用价值", "企业已上市或已获得VC/PE投资", "企业是否已上市或已获得VC/PE投资"),
    (L3, "3.1 平台应用", "3.1.2 平台应用价值", "关键技术自主可控", "t:自主可控"),
    (L3, "3.1 平台应用", "3.1.2 平台应用价值", "解决方案累计对企业/用户新增效益", "t:新增效益"),
    (L3, "3.1 平台应用", "3.1.2 平台应用价值", "解决方案累计对企业/用户降低成本", "t:降低成本"),
    (L3, "3.1 平台应用", "3.1.2 平台应用价值", "平台连接工业设备运维成本平均下降率（%）", "平台连接工业设备运维成本平均下降率（%）"),
    (L3, "3.1 平台应用", "3.1.2 平台应用价值", "平台连接工业设备能耗平均下降率（%）", "平台连接工业设备能耗平均下降率（%）"),
    (L3, "3.1 平台应用", "3.1.2 平台应用价值", "平台连接工业设备安全生产持续时间平均提升率（%）", "平台连接工业设备安全生产持续时间平均提升率（%）"),
    (L3, "3.1 平台应用", "3.1.2 平台应用价值", "平台数据价值挖掘应用能力", "t:数据价值"),
    (L3, "3.1 平台应用", "3.1.2 平台应用价值", "工业互联网平台+供应链协同应用情况", "t:供应链"),
    (L3, "3.1 平台应用", "3.1.2 平台应用价值", "平台有否与新技术的融合应用", "t:新技术"),
    (L3, "3.1 平台应用", "3.1.2 平台应用价值", "平台现有特色指数（个）", "平台现有特色指数（个）"),
    (L3, "3.1 平台应用", "3.1.3 平台带动成效", "平台核心软硬件技术获得的专利数量（项）", "平台核心软硬件技术获得的专利数量（项）"),
    (L3, "3.1 平台应用", "3.1.3 平台带动成效", "平台核心软硬件技术获得的软著数量（个）", "平台核心软硬件技术获得的软著数量（个）"),
    (L3, "3.1 平台应用", "3.1.3 平台带动成效", "平台是否有自研形成的核心技术突破", "平台是否有自研形成的核心技术突破"),
    (L3, "3.1 平台应用", "3.1.3 平台带动成效", "平台是否具备碳管理服务能力", "平台是否具备碳管理服务能力"),
    (L3, "3.1 平台应用", "3.1.3 平台带动成效", "平台是否融合使用国家标识解析系统", "平台是否融合使用国家标识解析系统"),
    (L3, "3.1 平台应用", "3.1.3 平台带动成效", "平台牵头/参与标准制定情况（国家标准、行业标准）", "t:标准"),
    (L3, "3.1 平台应用", "3.1.3 平台带动成效", "平台获得省部级及以上奖项/荣誉数量（个）", "平台获得省部级及以上奖项/荣誉数量（个）"),
    (L3, "3.1 平台应用", "3.1.3 平台带动成效", "平台建设与运营带动新增就业人数（人）", "平台建设与运营带动新增就业人数（人）"),
    (L3, "3.1 平台应用", "3.1.3 平台带动成效", "平台社会贡献率（%）", "平台社会贡献率（%）"),
    (L3, "3.1 平台应用", "3.1.3 平台带动成效", "平台对关键行业/领域、本市及其他重点区域等贡献及支撑", "t:贡献"),
    (L3, "3.2 平台生态建设", "3.2.1 平台开放", "是否建立供应链产业链开放共享机制", "t:开放机制"),
    (L3, "3.2 平台生态建设", "3.2.1 平台开放", "平台开放共享数据的形式及数量", "平台开放共享数据的形式及数量"),
    (L3, "3.2 平台生态建设", "3.2.2 平台生态", "合作平台数量（个）", "合作平台数量（个）"),
    (L3, "3.2 平台生态建设", "3.2.2 平台生态", "跨平台调用功能建设情况", "t:跨平台"),
    (L3, "3.2 平台生态建设", "3.2.2 平台生态", "新产业、新模式培育情况", "t:新模式"),
]


def text_answers(v: dict) -> dict[str, str]:
    p = v["short"]
    return {
        "定位": v["positioning"],
        "政策": "工业和信息化部《工业互联网创新发展行动计划（2021-2023年）》平台体系壮大行动；上海市经济信息化委《上海市制造业数字化转型实施方案》。",
        "战略": f"已纳入《{v['company']}“十四五”数字化转型规划》",
        "专项": f"《{p}平台三年发展专项规划（2023-2025）》",
        "其他资源": f"汇聚工业知识组件{v['protocols'] * 3}个、行业数据集{v['indices'] + 9}个，接入外部服务商{v['partners'] * 4}家。",
        "边缘": f"支持数据采集、数据存储、网络传输、智能分析；边缘计算应用节点{v['edge_nodes']}个；最低响应时延8毫秒。私有化部署项目另按客户现场边缘一体机统计，已计入总体情况。",
        "其他采集": "支持MES、ERP、SCADA等系统数据经API与消息队列接入，日均采集记录约2.6亿条。",
        "云计算": "是",
        "算力": f"云化服务器{v['servers']:.0f}台，合计vCPU约{int(v['servers'] * 64)}核，GPU卡24张。",
        "数据管理": "建立数据标准管理、元数据管理、数据质量稽核与分级分类管理制度，按月发布数据质量报告。",
        "通用算法": "是",
        "算法类型": "基础算法、聚类算法、分类算法、预测与估算算法、关联分析算法。",
        "社区": "是",
        "语言": "共4种：Java、Python、C++、JavaScript",
        "框架": "基于Spring Cloud与Kubernetes的微服务开发框架，提供低代码编排与模型服务化组件。",
        "工具": "提供在线IDE、低代码设计器、API网关调试工具与模型训练工作台。",
        "保护": "数据、传输、访问登录、代码、应用、网络。",
        "安全技术": "防火墙、网络隔离、国密加密、统一身份认证、WAF与日志审计。",
        "备份": "每日增量备份、每周全量离线备份，双机热备与同城异地灾备。",
        "自主可控": "设备接入网关、时序数据库与模型引擎均为自研，自主可控。",
        "新增效益": "三个案例平均带动客户营收增长6.8%，新增就业岗位约120个。",
        "降低成本": "三个案例平均降低运维成本" + f"{v['cost_down']:.2f}%，能耗平均下降{v['energy_down']:.2f}%。",
        "数据价值": "基于设备运行与质量数据开展预测性维护、质量追溯与工艺优化，沉淀行业知识组件。",
        "供应链": "平台与上下游供应商系统对接，实现订单、库存与物流协同，供应商交付准时率提升。",
        "新技术": "有，融合人工智能、5G、数字孪生与边缘计算技术。",
        "标准": "参与行业标准2项、团体标准3项制定。",
        "贡献": "服务本市重点产业链企业，带动长三角区域制造企业数字化转型。",
        "开放机制": "是，向产业链合作企业开放设备数据接口与应用功能，建立数据共享授权机制。",
        "跨平台": "与合作平台通过标准API实现账号互认、数据互通与应用互调。",
        "新模式": "有，培育设备即服务与按效果付费等新模式。",
    }


def form_answers(v: dict, rows: list[dict]) -> dict[str, object]:
    """What the 平台实际情况 cell holds per key (default: the reviewer's value text)."""
    by = {r["label"]: r["value"] for r in rows}
    ans = dict(by)
    ans["平台是否建立安全管理体系"] = f"是，《{v['short']}平台安全管理办法》（编号AQ-2022-03，2022年3月制订）"
    ans["有否定期开展第三方安全测试/测评"] = "是，每年一次"
    ans["有否定期进行安全扫描"] = "是，每月一次"
    ans["平台是否服务上海智能工厂，数量"] = f"是，共{v['factories']}家上海市级智能工厂"
    ans["平台国产化率（%）"] = f"{v['localization']:.2f}"
    ans["企业是否已上市或已获得VC/PE投资"] = "是，" + v["listed_text"] if v["listed"] else "否"
    ans["平台是否有自研形成的核心技术突破"] = "是，自研高并发设备接入与时序数据引擎，接入并发能力优于国内同类产品。"
    ans["平台是否具备碳管理服务能力"] = "是，提供碳核算、碳排放监测服务" if v["carbon"] else "否"
    ans["平台是否融合使用国家标识解析系统"] = "是，接入国家标识解析二级节点" if v["idres"] else "否"
    ans["平台获得省部级及以上奖项/荣誉数量（个）"] = f"共{v['awards']}个（清单见附件）"
    for k, t in text_answers(v).items():
        ans["t:" + k] = t
    return ans


def _style(ws, cell, bold=False):
    c = ws[cell] if isinstance(cell, str) else cell
    c.border = BOX
    c.alignment = WRAP
    if bold:
        c.font = BOLD


def write_form_xlsx(path: Path, v: dict, rows: list[dict], opt: dict) -> None:
    """opt keys: split (bool), pct (set of labels written as fractions with 0.00%), textnum ({label: str}),
    formulas (bool), hidden_col ({label: old}), hidden_sheet (dict title->state), old_copy (bool), comments."""
    wb = Workbook()
    cached: dict = {}
    ans = form_answers(v, rows)
    # --- cover
    ws = wb.active
    ws.title = "封面"
    ws["A2"] = "上海市工业互联网平台应用水平评价"
    ws["A3"] = "申报表"
    for i, (k, val) in enumerate([("申报年度", "2024年度"), ("平台名称", v["declared_name"]), ("申报单位", v["company"] + "（公章）"),
                                  ("联系人", v["contact"]), ("联系人电话", v["phone"])], start=6):
        ws.cell(i, 1, k)
        ws.cell(i, 2, val)
    ws["A12"] = "上海市经济和信息化委员会制"
    ws["A13"] = "2024年7月"
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 50
    # --- 一、企业基本情况
    ws = wb.create_sheet("一、企业基本情况")
    info = [("单位（企业）名称", v["company"]), ("单位（企业）代码", v["uscc"]), ("成立日期", v["founded"]),
            ("注册地及所在行政区", v["reg_addr"]), ("企业类型", v["ctype"]), ("注册资本", v["capital"]),
            ("主营业务", v["business"]), ("法定代表人", v["legal"]), ("联系人", v["contact"]), ("职务", v["title"]),
            ("联系人手机", v["phone"]), ("电子邮箱", v["email"])]
    for i, (k, val) in enumerate(info, start=1):
        ws.cell(i, 1, k)
        ws.cell(i, 2, val)
        _style(ws, ws.cell(i, 1), True)
        _style(ws, ws.cell(i, 2))
    r = len(info) + 2
    ws.cell(r, 1, "申报单位上一年度经营状况（2023年）")
    heads = ["总资产（万元）", "主营业务收入（万元）", "主营业务收入增长率（%）", "负债率（%）", "利润总额（万元）", "税金（万元）"]
    for j, h in enumerate(heads, start=1):
        ws.cell(r + 1, j, h)
        ws.cell(r + 2, j, v["co_fin"][j - 1])
        ws.cell(r + 2, j).number_format = "#,##0.00"
        _style(ws, ws.cell(r + 1, j), True)
        _style(ws, ws.cell(r + 2, j))
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 48
    # --- 二、平台基本情况
    ws = wb.create_sheet("二、平台基本情况")
    items = [("平台名称", v["declared_name"]), ("建设时间", v["build_time_form"]), ("平台建设金额（万元）", v["build_amount"])]
    for i, (k, val) in enumerate(items, start=1):
        ws.cell(i, 1, k)
        ws.cell(i, 2, val)
    ws["B3"].number_format = "#,##0.00"
    # 近三年 table with merged two-row header
    ws["A5"] = "平台近三年经营指标情况"
    ws.merge_cells("A5:A6")
    ws["B5"] = "平台营收"
    ws.merge_cells("B5:B6")
    ws["C5"] = "增长率"
    ws.merge_cells("C5:C6")
    for i, y in enumerate((2021, 2022, 2023)):
        row = 7 + i
        ws.cell(row, 1, f"{y}年")
        ws.cell(row, 2, v["rev"][y]).number_format = '#,##0.00"万元"'
        g = v.get("growth_form", {}).get(y, v["growth"][y])
        ws.cell(row, 3, round(g / 100, 6)).number_format = "0.00%"
    ws["A10"] = "注：此处数据需将平台相关收益单列，而非整个公司的财务数据。"
    tail = [("平台建设方式", v["build_mode_form"]), ("平台运营模式", v["op_mode_form"]), ("IaaS基础设施", v["iaas_form"]),
            ("部署方式", v["deploy_form"]), ("平台网址", f"{v['url']}（测试账号：{v['account']}  密码：{v['password']}）"),
            ("平台基本情况介绍", v["intro"]), ("平台建设成效", v["effect"])]
    for i, (k, val) in enumerate(tail, start=11):
        ws.cell(i, 1, k)
        ws.cell(i, 2, val)
        ws.cell(i, 2).alignment = WRAP
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 70
    ws.column_dimensions["C"].width = 14
    # --- 三、指标明细表 (one or two sheets)
    parts = [ROWS] if not opt.get("split") else [[r for r in ROWS if r[0] != L3], [r for r in ROWS if r[0] == L3]]
    titles = ["三、指标明细表"] if len(parts) == 1 else ["三、指标明细表（一）", "三、指标明细表（二）"]
    pct = opt.get("pct", set())
    textnum = opt.get("textnum", {})
    hidden_col = opt.get("hidden_col", {})
    comments = opt.get("comments", {})
    formula_cells = {}
    for title, part in zip(titles, parts):
        ws = wb.create_sheet(title)
        ws["A1"] = "三、上海市工业互联网平台应用水平评价指标明细表" + ("（续）" if title.endswith("（二）") else "")
        heads = ["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]
        if hidden_col:
            heads.append("上年内部统计值（2023.06，已作废）")
        for j, h in enumerate(heads, start=1):
            ws.cell(2, j, h)
            _style(ws, ws.cell(2, j), True)
        start = 3
        for i, (l1, l2, l3, content, key) in enumerate(part):
            row = start + i
            ws.cell(row, 1, l1)
            ws.cell(row, 2, l2)
            ws.cell(row, 3, l3)
            ws.cell(row, 4, content)
            val = ans[key]
            cell = ws.cell(row, 5)
            if key in textnum:
                cell.value = textnum[key]
                cell.quotePrefix = True
            elif key in pct:
                num = next(r["normalized"] for r in rows if r["label"] == key)
                if key in opt.get("pct_override", {}):
                    num = opt["pct_override"][key]
                cell.value = round(num / 100, 6)
                cell.number_format = "0.00%"
            elif not key.startswith("t:") and isinstance(next((r["normalized"] for r in rows if r["label"] == key), None), (int, float)) \
                    and not isinstance(next(r["normalized"] for r in rows if r["label"] == key), bool) and key not in (
                    "平台是否服务上海智能工厂，数量", "平台获得省部级及以上奖项/荣誉数量（个）", "平台国产化率（%）"):
                num = next(r["normalized"] for r in rows if r["label"] == key)
                cell.value = num
                cell.number_format = "0.00" if isinstance(num, float) else "0"
            else:
                cell.value = val
            formula_cells[key] = (title, cell.coordinate)
            ws.cell(row, 6, v["proofs"].get(key, "见申报书相应章节说明"))
            if hidden_col and key in hidden_col:
                ws.cell(row, 7, hidden_col[key])
            if key in comments:
                cell.comment = Comment(comments[key], v["contact"])
            for j in range(1, len(heads) + 1):
                _style(ws, ws.cell(row, j))
        # merge level columns over runs
        for col in (1, 2, 3):
            run_start = start
            for i in range(1, len(part) + 1):
                cur = part[i][col - 1] if i < len(part) else None
                if cur != part[run_start - start][col - 1]:
                    if start + i - 1 > run_start:
                        ws.merge_cells(start_row=run_start, start_column=col, end_row=start + i - 1, end_column=col)
                    run_start = start + i
        for col, w in zip("ABCDEFG", (12, 14, 16, 36, 48, 24, 18)):
            ws.column_dimensions[col].width = w
        if hidden_col:
            ws.column_dimensions["G"].hidden = True
        ws.freeze_panes = "E3"
    if opt.get("formulas"):
        # totals typed as formulas with the cached values Excel saves
        t, c_total = formula_cells["平台团队总人数（人）"]
        _, c_ops = formula_cells["运维人数（人）"]
        _, c_oper = formula_cells["运营人数（人）"]
        wb[t][c_total] = f"=SUM({c_ops},{c_oper})"
        cached[(t, c_total)] = v["team"]
        t, c_int = formula_cells["平台相关研发投入强度（%）"]
        _, c_rnd = formula_cells["平台相关研发投入（万元）"]
        _, c_rev = formula_cells["平台相关营业收入（万元）"]
        wb[t][c_int] = f"=ROUND({c_rnd}/{c_rev}*100,2)"
        wb[t][c_int].number_format = "0.00"
        cached[(t, c_int)] = v["rnd_int"]
    for title, spec in opt.get("hidden_sheets", {}).items():
        ws = wb.create_sheet(title)
        for i, row in enumerate(spec["rows"], start=1):
            for j, val in enumerate(row, start=1):
                ws.cell(i, j, val)
        ws.sheet_state = spec["state"]
        ws.column_dimensions["A"].width = 36
    save_xlsx(wb, path, cached, author=v["contact"])


def form_scan_pages(v: dict, rows: list[dict]) -> list:
    ans = form_answers(v, rows)
    pages = [[("gap", 120), ("title", "上海市工业互联网平台应用水平评价"), ("title", "申报表"), ("gap", 40),
              ("table", ([["申报年度", "2024年度"], ["平台名称", v["declared_name"]], ["申报单位", v["company"] + "（公章）"],
                          ["联系人", v["contact"]], ["联系人电话", v["phone"]]], [110, 330])),
              ("gap", 200), ("sub", "上海市经济和信息化委员会制")]]
    g = v.get("growth_form", v["growth"])
    near = [[f"{y}年平台营收{v['rev'][y]:,.2f}万元/增长率{g.get(y, v['growth'][y]):.2f}%"] for y in (2021, 2022, 2023)]
    pages.append([("sub", "二、平台基本情况"),
                  ("table", ([["平台名称", v["declared_name"]], ["建设时间", v["build_time_form"]],
                              ["平台建设金额（万元）", f"{v['build_amount']:,.2f}"],
                              ["平台近三年经营指标情况", "；".join(x[0] for x in near)],
                              ["平台建设方式", v["build_mode_form"]], ["平台运营模式", v["op_mode_form"]],
                              ["IaaS基础设施", v["iaas_form"]], ["部署方式", v["deploy_form"]],
                              ["平台基本情况介绍", v["intro"]]], [110, 330]))])
    body = []
    for l1, l2, l3, content, key in ROWS:
        a = ans[key]
        if isinstance(a, float):
            a = f"{a:.2f}"
        body.append([l3, content, str(a)])
    per = 16
    for i in range(0, len(body), per):
        items = [("sub", "三、指标明细表" + ("" if i == 0 else "（续）"))]
        items.append(("table", ([["三级指标", "内容", "平台实际情况"]] + body[i:i + per], [80, 150, 250])))
        pages.append(items)
    pages[-1].append(("text", f"申报单位（盖章）：{v['company']}        2024年7月15日"))
    return pages


def write_summary_xlsx(path: Path, v: dict, rows: list[dict], opt: dict) -> None:
    """附件4 汇总表: vertical (label | value) or horizontal (labels across one row)."""
    wb = Workbook()
    ws = wb.active
    ws.title = opt.get("title", "汇总表")
    cached = {}
    over = opt.get("override", {})
    values = []
    for r in rows:
        val = over.get(r["label"], r["value"])
        n = r["normalized"]
        if r["label"] not in over and isinstance(n, (int, float)) and not isinstance(n, bool) and r["label"] not in (
                "序号", "联系人手机号", "平台是否服务上海智能工厂，数量") and "%" not in r["label"]:
            val = n
        values.append((r["label"], val))
    if opt.get("horizontal"):
        ws["A1"] = "附件4  平台基本情况汇总表"
        for j, (label, val) in enumerate(values, start=1):
            ws.cell(2, j, label).font = BOLD
            ws.cell(2, j).alignment = WRAP
            ws.cell(3, j, val)
            ws.column_dimensions[get_column_letter(j)].width = 14
        pos = {label: f"{get_column_letter(j)}3" for j, (label, _) in enumerate(values, start=1)}
    else:
        ws["A1"] = "附件4  平台基本情况汇总表"
        ws.merge_cells("A1:B1")
        for i, (label, val) in enumerate(values, start=2):
            ws.cell(i, 1, label)
            ws.cell(i, 2, val)
            _style(ws, ws.cell(i, 1), True)
            _style(ws, ws.cell(i, 2))
        ws.column_dimensions["A"].width = 44
        ws.column_dimensions["B"].width = 60
        pos = {label: f"B{i}" for i, (label, _) in enumerate(values, start=2)}
    for label, (formula_fn, cached_value) in opt.get("formulas", {}).items():
        ws[pos[label]] = formula_fn(pos)
        cached[(ws.title, pos[label])] = cached_value
    for label, formula_fn in opt.get("uncached", {}).items():
        ws[pos[label]] = formula_fn(pos)  # saved without a cached value (as openpyxl-based tools do)
    for title, spec in opt.get("extra_sheets", {}).items():
        sh = wb.create_sheet(title)
        for i, row in enumerate(spec["rows"], start=1):
            for j, val in enumerate(row, start=1):
                sh.cell(i, j, val)
        sh.sheet_state = spec.get("state", "visible")
    save_xlsx(wb, path, cached, author=v["contact"])


def write_contact(path: Path, v: dict) -> None:
    rows = [["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"],
            ["联系人（主）", v["contact"], v["company"], v["title"], v["phone"], v["email"]],
            ["联系人（备用）", v["contact2"], v["company"], "工程师", v["phone2"], v["email2"]]]
    if path.suffix == ".xlsx":
        wb = Workbook()
        ws = wb.active
        ws.title = "联系人信息反馈"
        ws["A1"] = "2024年度上海市工业互联网平台应用水平评价工作  联系人信息反馈表"
        ws["A2"] = "一、联系人信息反馈"
        for i, row in enumerate(rows, start=3):
            for j, val in enumerate(row, start=1):
                ws.cell(i, j, val)
        ws["A7"] = "二、评审会现场地址信息反馈"
        ws["A8"] = "具体地址"
        ws["B8"] = v["venue"]
        ws.column_dimensions["B"].width = 14
        ws.column_dimensions["C"].width = 30
        save_xlsx(wb, path, author=v["contact"])
        return
    doc = Document()
    doc.add_heading("联系人信息反馈表", level=1)
    doc.add_paragraph("2024年度上海市工业互联网平台应用水平评价工作")
    doc.add_paragraph("一、联系人信息反馈")
    t = doc.add_table(rows=3, cols=6)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            t.cell(i, j).text = val
    doc.add_paragraph("二、评审会现场地址信息反馈")
    doc.add_paragraph(f"具体地址：{v['venue']}")
    save_docx(doc, path, author=v["contact"])


def commitment_pages(v: dict) -> list:
    return [[("gap", 60), ("title", "真实性承诺"), ("gap", 20),
             ("text", "我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，如有不实，愿承担相应的法律责任及由此产生的一切后果。"),
             ("text", "特此承诺。"), ("gap", 120), ("text", f"申报单位：{v['company']}（盖章）"),
             ("text", f"法定代表人：{v['legal']}（签章）"), ("text", "2024年7月15日")]]


def write_commitment_docx(path: Path, v: dict) -> None:
    doc = Document()
    doc.add_heading("真实性承诺", level=1)
    for _, t in commitment_pages(v)[0]:
        if isinstance(t, str) and t != "真实性承诺":
            doc.add_paragraph(t)
    save_docx(doc, path, author=v["contact"])


def write_narrative(path: Path, v: dict, rows: list[dict], participated: bool, annex: list[str]) -> None:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.size = Pt(11)
    doc.add_heading("上海市工业互联网平台应用水平评价 申报书", level=0)
    doc.add_paragraph(f"申报年度：2024年度\n平台名称：{v['declared_name']}\n申报单位：{v['company']}（公章）\n联系人：{v['contact']}\n联系人电话：{v['phone']}")
    doc.add_heading("一、申报单位简介", level=1)
    doc.add_paragraph(f"{v['company']}成立于{v['founded']}，主营{v['business']}。公司以{v['short']}平台为核心，形成设备接入、数据治理、模型服务与行业解决方案的完整能力。")
    doc.add_heading("二、平台建设及运营情况", level=1)
    doc.add_paragraph(f"{v['declared_name']}于{v['build_time_form']}建设，建设金额{v['build_amount']:,.2f}万元，定位为{v['nature']}。"
                      f"截至填表日，平台连接工业设备{v['devices']:,}台（套），上架工业APP{v['apps']}个，实际服务企业{v['served']:,}家。")
    doc.add_paragraph("平台技术创新点：自研设备接入网关与时序数据引擎，支持百万级测点并发写入；模型服务化框架实现机理模型与数据模型的统一编排。")
    doc.add_heading("三、平台应用成效", level=1)
    doc.add_paragraph(f"平台连接工业设备运维成本平均下降{v['cost_down']:.2f}%，能耗平均下降{v['energy_down']:.2f}%。应用创新点：按效果付费的设备服务模式。")
    doc.add_heading("四、平台下一步发展计划", level=1)
    doc.add_paragraph("深化行业大模型与机理模型融合，拓展长三角产业链协同应用，完善开发者生态。")
    doc.add_heading("五、平台应用案例", level=1)
    for i in range(1, 4):
        doc.add_paragraph(f"案例{i}：{v['short']}平台——{['设备预测性维护', '能效优化', '质量追溯'][i - 1]}")
        doc.add_paragraph("企业简介：本市某制造企业。平台简介：接入关键设备并部署相关工业APP。案例实际内容：实现状态监测、预警与闭环处置。")
    doc.add_heading("六、附件及其他说明材料", level=1)
    for a in annex:
        doc.add_paragraph(a)
    if participated:
        doc.add_heading("七、平台相较上年度对比情况", level=1)
        doc.add_paragraph(f"自2023年7月至今，平台新增功能模块6个；连接工业设备增至{v['devices']:,}台（套），实际服务企业增至{v['served']:,}家，工业APP增至{v['apps']}个。")
    save_docx(doc, path, author=v["contact"])


def write_scan(path: Path, pages, v: dict, seed: int, seal_pages: set[int]) -> None:
    scan_pdf(path, pages, v["short"], v["company"], seal_pages, seed)
