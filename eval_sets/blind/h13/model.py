"""Package model: declared values (申报表), 附件4 rows, 指标明细表 rows, truth assembly."""

from __future__ import annotations

import random

from labels import LABELS

YESNO = {
    "平台是否建立安全管理体系", "有否定期开展第三方安全测试/测评", "有否定期进行安全扫描",
    "企业是否已上市或已获得VC/PE投资", "平台是否有自研形成的核心技术突破", "平台是否具备碳管理服务能力",
    "平台是否融合使用国家标识解析系统",
}

# 指标明细表: (一级, 二级, 三级, 内容 as printed, 附件4 label or None, text key)
L1A, L1B, L1C = "一、平台基础情况（25%）", "二、平台关键技术能力（35%）", "三、平台效益及可持续发展能力（40%）"
IND = [
    (L1A, "1.1 战略定位及规划", "1.1.1 战略定位", "平台定位是否明确", None, "dingwei"),
    (L1A, "1.1 战略定位及规划", "1.1.1 战略定位", "是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势", None, "zhengce"),
    (L1A, "1.1 战略定位及规划", "1.1.2 规划制定", "平台是否被纳入企业战略规划中", None, "guihua"),
    (L1A, "1.1 战略定位及规划", "1.1.2 规划制定", "是否制定了平台专项规划", None, "zhuanxiang"),
    (L1A, "1.1 战略定位及规划", "1.1.2 规划制定", "平台团队总人数（人）", "平台团队总人数（人）", None),
    (L1A, "1.1 战略定位及规划", "1.1.2 规划制定", "其中：运维人数（人）", "运维人数（人）", None),
    (L1A, "1.1 战略定位及规划", "1.1.2 规划制定", "运营人数（人）", "运营人数（人）", None),
    (L1A, "1.1 战略定位及规划", "1.1.2 规划制定", "其中：有相关技术职称/从业资格的人数（人）", "有相关技术职称/从业资格的人数（人）", None),
    (L1A, "1.2 资金投入与经营情况", "1.2.1 创新投入情况", "平台相关研发投入（万元）", "平台相关研发投入（万元）", None),
    (L1A, "1.2 资金投入与经营情况", "1.2.1 创新投入情况", "平台相关研发投入强度（%）", "平台相关研发投入强度（%）", None),
    (L1A, "1.2 资金投入与经营情况", "1.2.2 经营情况", "平台相关营业收入（万元）", "平台相关营业收入（万元）", None),
    (L1A, "1.2 资金投入与经营情况", "1.2.2 经营情况", "平台利润率（%）", "平台利润率（%）", None),
    (L1A, "1.2 资金投入与经营情况", "1.2.2 经营情况", "付费用户占比（%）", "付费用户占比（%）", None),
    (L1B, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "连接的工业设备/产品/产线种类及数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）", None),
    (L1B, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "按二级分类统计工业设备数量（台/套）", "按二级分类统计工业设备数量（台/套）", None),
    (L1B, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "按省市区域统计工业设备数量（台/套）", "按省市区域统计工业设备数量（台/套）", None),
    (L1B, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "其中：公有云工业设备连接数量（台/套）", "公有云工业设备连接数量（台/套）", None),
    (L1B, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "按二级分类统计公有云工业设备数量（台/套）", "按二级分类统计公有云工业设备数量（台/套）", None),
    (L1B, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "按省市区域统计公有云工业设备数量（台/套）", "按省市区域统计公有云工业设备数量（台/套）", None),
    (L1B, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "其中：公有云工业设备平均日运行数量（台/套）", "公有云工业设备平均日运行数量（台/套）", None),
    (L1B, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "按二级分类统计公有云工业设备平均日运行数量（台/套）", "按二级分类统计公有云工业设备平均日运行数量（台/套）", None),
    (L1B, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "按省市区域统计公有云工业设备平均日运行数量（台/套）", "按省市区域统计公有云工业设备平均日运行数量（台/套）", None),
    (L1B, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "其中：海外设备连接数量（台/套）", "海外设备连接数量（台/套）", None),
    (L1B, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "其中：按海外国家分类统计海外设备连接数量", "按海外国家分类统计海外设备连接数量（台/套）", None),
    (L1B, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "工业协议兼容适配数量（个）", "工业协议兼容适配数量（个）", None),
    (L1B, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "其他资源汇聚情况", None, "qita_ziyuan"),
    (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "工业软件总量（个）", "工业软件总量（个）", None),
    (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "工业APP数量（个）", "工业APP数量（个）", None),
    (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "其中：基于平台开发的工业APP数量（个）", "基于平台开发的工业APP数量（个）", None),
    (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "云化工业软件数量（个）", "云化工业软件数量（个）", None),
    (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "按分类统计工业APP数量（个）", "按分类统计工业APP数量（个）", None),
    (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "按行业统计工业APP数量（个）", "按行业统计工业APP数量（个）", None),
    (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "工业APP平均月活跃数量（个）", "工业APP平均月活跃数量（个）", None),
    (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "其中：杀手锏APP数量（个）", "杀手锏APP数量（个）", None),
    (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "公有云杀手锏APP平均日在线用户数（个）", "公有云杀手锏APP平均日在线用户数（个）", None),
    (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "杀手锏APP日活次数（次）", "杀手锏APP日活次数（次）", None),
    (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "杀手锏APP月平均收入（万元）", "杀手锏APP月平均收入（万元）", None),
    (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "其中：公有云工业APP数量（个）", "公有云工业APP数量（个）", None),
    (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "其中：公有云工业APP平均日活跃数量（个）", "公有云工业APP平均日活跃数量（个）", None),
    (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "其中：按分类统计公有云工业APP平均日活跃数量（个）", "按分类统计公有云工业APP平均日活跃数量（个）", None),
    (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "其中：按行业统计公有云工业APP平均日活跃数量（个）", "按行业统计公有云工业APP平均日活跃数量（个）", None),
    (L1B, "2.2 数据管理与挖掘", "2.2.1 数据采集", "边缘数据处理能力", None, "bianyuan"),
    (L1B, "2.2 数据管理与挖掘", "2.2.1 数据采集", "其他数据采集能力", None, "qita_caiji"),
    (L1B, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "是否支持可拓展云计算能力", None, "kuozhan"),
    (L1B, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "云化服务器算力", None, "suanli"),
    (L1B, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "平台实际用云量（台）", "平台实际用云量（台）", None),
    (L1B, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "平台公有云实际使用数量（台）", "平台公有云实际使用数量（台）", None),
    (L1B, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "存储容量（TB）", "存储容量（TB）", None),
    (L1B, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "存储工业数据量（TB）", "存储工业数据量（TB）", None),
    (L1B, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "公有云数据总量（TB）", "公有云数据总量（TB）", None),
    (L1B, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "存储资源利用率（%）", "存储资源利用率（%）", None),
    (L1B, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "数据基础管理能力", None, "shuju_guanli"),
    (L1B, "2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "工业机理模型数量（个）", "工业机理模型数量（个）", None),
    (L1B, "2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "其中：活跃机理模型数量（一周调用5次以上）（个）", "活跃机理模型数量（一周调用5次以上）（个）", None),
    (L1B, "2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "核心工业模型平均月调用用户数量（个）", "核心工业模型平均月调用用户数量（个）", None),
    (L1B, "2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "按分类统计工业模型数量（个）", "按分类统计工业模型数量（个）", None),
    (L1B, "2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "是否提供通用建模分析算法", None, "tongyong"),
    (L1B, "2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "智能分析算法类型", None, "suanfa"),
    (L1B, "2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "数据分析平台均速度（每TB分级/秒级/毫秒级）", "数据分析平台均速度（每TB分级/秒级/毫秒级）", None),
    (L1B, "2.3 微服务部署与调用", "2.3.1 平台微服务情况", "微服务数量（个）", "微服务数量（个）", None),
    (L1B, "2.3 微服务部署与调用", "2.3.1 平台微服务情况", "其中：活跃微服务数量（一周调用5次以上）（个）", "活跃微服务数量（一周调用5次以上）（个）", None),
    (L1B, "2.4 平台开发与使用", "2.4.1 平台开发者数量", "是否建立开发者社区及相关功能", None, "shequ"),
    (L1B, "2.4 平台开发与使用", "2.4.1 平台开发者数量", "开发者注册总数（个）", "开发者注册总数（个）", None),
    (L1B, "2.4 平台开发与使用", "2.4.1 平台开发者数量", "其中：活跃开发者数（个）", "活跃开发者数（个）", None),
    (L1B, "2.4 平台开发与使用", "2.4.2 应用开发服务能力", "平台支持开发语言类型", None, "yuyan"),
    (L1B, "2.4 平台开发与使用", "2.4.2 应用开发服务能力", "平台应用开发框架", None, "kuangjia"),
    (L1B, "2.4 平台开发与使用", "2.4.2 应用开发服务能力", "平台应用开发工具", None, "gongju"),
    (L1B, "2.5 安全体系", "2.5.1 安全制度建设", "是否针对平台制定了安全管理相关制度", "平台是否建立安全管理体系", "anquan_zhidu"),
    (L1B, "2.5 安全体系", "2.5.1 安全制度建设", "建立的安全制度保护了平台的哪些方面", None, "anquan_fangmian"),
    (L1B, "2.5 安全体系", "2.5.1 安全制度建设", "有否定期开展第三方安全测试/测评", "有否定期开展第三方安全测试/测评", "disanfang"),
    (L1B, "2.5 安全体系", "2.5.1 安全制度建设", "有否定期进行安全扫描", "有否定期进行安全扫描", "saomiao"),
    (L1B, "2.5 安全体系", "2.5.2 安全技术保障", "采用何种安全技术情况", None, "anquan_jishu"),
    (L1B, "2.5 安全体系", "2.5.2 安全技术保障", "核心数据安全保护手段", None, "beifen"),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "注册企业用户数（个）", "注册企业用户数（个）", None),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "其中：实际服务企业数（个）", "实际服务企业数（个）", None),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "按行业统计服务企业数（个）", "按行业统计服务企业数（个）", None),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "按省市区域统计服务企业数（个）", "按省市区域统计服务企业数（个）", None),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "其中：付费企业数（个）", "付费企业数（个）", None),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "其中：服务本市企业数量（个）", "服务本市企业数量（个）", None),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "其中：服务中小企业数量（个）", "服务中小企业数量（个）", None),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "平台订单数量（个），填写近一年总量", "平台订单数量(近一年总量)（个）", None),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "平台交易规模年增长率（%）", "平台交易规模年增长率（%）", None),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "工业APP订阅总数量（个）", "工业APP订阅总数量（个）", None),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "其中：杀手锏工业APP订阅数量（个）", "杀手锏工业APP订阅数量（个）", None),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "工业APP订阅总金额（万元）", "工业APP订阅总金额（万元）", None),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "平台连接工业设备利用率（%）", "平台连接工业设备利用率（%）", None),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "平台国产化率（%）", "平台国产化率（%）", None),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "平台是否服务上海智能工厂，数量", "平台是否服务上海智能工厂，数量", "zhineng"),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "平台服务园区总数（个）", "平台服务园区总数（个）", None),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "平台提供的解决方案总数（个）", "平台提供的解决方案总数（个）", None),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "其中：按新模式统计解决方案数量（个）", "按新模式统计解决方案数量（个）", None),
    (L1C, "3.1 平台应用", "3.1.2 平台应用价值", "投资回报率（%）", "投资回报率（%）", None),
    (L1C, "3.1 平台应用", "3.1.2 平台应用价值", "企业已上市或已获得VC/PE投资", "企业是否已上市或已获得VC/PE投资", "shangshi"),
    (L1C, "3.1 平台应用", "3.1.2 平台应用价值", "关键技术自主可控", None, "zizhu"),
    (L1C, "3.1 平台应用", "3.1.2 平台应用价值", "解决方案累计对企业/用户新增效益", None, "xiaoyi"),
    (L1C, "3.1 平台应用", "3.1.2 平台应用价值", "解决方案累计对企业/用户降低成本", None, "chengben"),
    (L1C, "3.1 平台应用", "3.1.2 平台应用价值", "平台连接工业设备运维成本平均下降率（%）", "平台连接工业设备运维成本平均下降率（%）", None),
    (L1C, "3.1 平台应用", "3.1.2 平台应用价值", "平台连接工业设备能耗平均下降率（%）", "平台连接工业设备能耗平均下降率（%）", None),
    (L1C, "3.1 平台应用", "3.1.2 平台应用价值", "平台连接工业设备安全生产持续时间平均提升率（%）", "平台连接工业设备安全生产持续时间平均提升率（%）", None),
    (L1C, "3.1 平台应用", "3.1.2 平台应用价值", "平台数据价值挖掘应用能力", None, "wajue"),
    (L1C, "3.1 平台应用", "3.1.2 平台应用价值", "工业互联网平台+供应链协同应用情况", None, "gongyinglian"),
    (L1C, "3.1 平台应用", "3.1.2 平台应用价值", "平台有否与新技术的融合应用", None, "xinjishu"),
    (L1C, "3.1 平台应用", "3.1.2 平台应用价值", "平台现有特色指数（个）", "平台现有特色指数（个）", None),
    (L1C, "3.1 平台应用", "3.1.3 平台带动成效", "平台核心软硬件技术获得的专利数量（项）", "平台核心软硬件技术获得的专利数量（项）", None),
    (L1C, "3.1 平台应用", "3.1.3 平台带动成效", "平台核心软硬件技术获得的软著数量（个）", "平台核心软硬件技术获得的软著数量（个）", None),
    (L1C, "3.1 平台应用", "3.1.3 平台带动成效", "平台是否有自研形成的核心技术突破", "平台是否有自研形成的核心技术突破", "tupo"),
    (L1C, "3.1 平台应用", "3.1.3 平台带动成效", "平台是否具备碳管理服务能力", "平台是否具备碳管理服务能力", "tan"),
    (L1C, "3.1 平台应用", "3.1.3 平台带动成效", "平台是否融合使用国家标识解析系统", "平台是否融合使用国家标识解析系统", "biaoshi"),
    (L1C, "3.1 平台应用", "3.1.3 平台带动成效", "平台牵头/参与标准制定情况（国家标准、行业标准）", None, "biaozhun"),
    (L1C, "3.1 平台应用", "3.1.3 平台带动成效", "平台获得省部级及以上奖项/荣誉数量（个）", "平台获得省部级及以上奖项/荣誉数量（个）", "jiangxiang"),
    (L1C, "3.1 平台应用", "3.1.3 平台带动成效", "平台建设与运营带动新增就业人数（人）", "平台建设与运营带动新增就业人数（人）", None),
    (L1C, "3.1 平台应用", "3.1.3 平台带动成效", "平台社会贡献率（%）", "平台社会贡献率（%）", None),
    (L1C, "3.1 平台应用", "3.1.3 平台带动成效", "平台对关键行业/领域、本市及其他重点区域等贡献及支撑", None, "gongxian"),
    (L1C, "3.2 平台生态建设", "3.2.1 平台开放", "是否建立供应链产业链开放共享机制", None, "kaifang_jizhi"),
    (L1C, "3.2 平台生态建设", "3.2.1 平台开放", "平台开放共享数据的形式及数量", "平台开放共享数据的形式及数量", None),
    (L1C, "3.2 平台生态建设", "3.2.2 平台生态", "合作平台数量（个）", "合作平台数量（个）", None),
    (L1C, "3.2 平台生态建设", "3.2.2 平台生态", "跨平台调用功能建设情况", None, "kuapingtai"),
    (L1C, "3.2 平台生态建设", "3.2.2 平台生态", "新产业、新模式培育情况", None, "xinmoshi"),
]

REV_LABEL = "平台近三年经营指标情况"
ORDER_LABEL = "平台订单数量(近一年总量)（个）"
SPEED_LABEL = "数据分析平台均速度（每TB分级/秒级/毫秒级）"
FACTORY_LABEL = "平台是否服务上海智能工厂，数量"


def split(total, keys, weights, seed):
    """Deterministic split of an integer total over keys, proportional to weights (+ jitter)."""
    rnd = random.Random(seed)
    w = [max(0.01, x * rnd.uniform(0.92, 1.08)) for x in weights]
    s = sum(w)
    vals = [int(total * x / s) for x in w]
    rest = total - sum(vals)
    order = sorted(range(len(keys)), key=lambda i: -w[i])
    for i in range(rest):
        vals[order[i % len(keys)]] += 1
    return dict(zip(keys, vals))


def bd_text(d, sep="、", colon="："):
    return sep.join(f"{k}{colon}{v}" for k, v in d.items())


def growth(a, b):
    return round((b / a - 1) * 100, 2)


class Package:
    def __init__(self, pid, list_no, listed_name, company, participated, declared_name=None):
        self.pid = pid
        self.list_no = list_no
        self.listed_name = listed_name
        self.company = company
        self.participated = participated
        self.declared_name = declared_name or listed_name
        self.v = {}          # 附件4 label -> python value as declared in the 申报表
        self.t = {}          # text key -> 申报表 text for qualitative rows
        self.form_display = {}   # 附件4 label -> override of the 申报表 display ('' = blank)
        self.summary_display = {}  # 附件4 label -> override in the applicant's 汇总表
        self.rev = {}        # year -> platform revenue (万元) as declared
        self.rev_growth_override = {}  # year -> wrong growth rate printed
        self.comma = False
        self.facts = []
        self.problems = []
        self.files = {}
        self.drawn = {}      # (file, page) -> text drawn into images

    # ------------------------------------------------------------ display / normalise
    def rev_parts(self):
        ys = [2021, 2022, 2023]
        parts, norm = [], {}
        for y in ys:
            g = self.rev_growth_override.get(y, growth(self.rev[y - 1], self.rev[y]))
            parts.append(f"{y}年平台营收{self.rev[y]:.2f}万元/增长率{g:.2f}%")
            norm[f"{y}年平台营收（万元）"] = round(self.rev[y], 2)
            norm[f"{y}年增长率（%）"] = g
        return parts, norm

    def display(self, label):
        """Value as printed in the 申报表 '平台实际情况' (附件4-equivalent form)."""
        if label in self.form_display:
            return self.form_display[label]
        v = self.v.get(label)
        if label == REV_LABEL:
            return "；".join(self.rev_parts()[0])
        if label == ORDER_LABEL:
            return "；".join(f"{k}：{n}个" for k, n in v.items())
        if label == FACTORY_LABEL:
            return f"是，{v}家" if v else "否"
        if label == SPEED_LABEL:
            return v[0]
        if isinstance(v, bool):
            return "是" if v else "否"
        if isinstance(v, dict):
            return bd_text(v) if v else "无"
        if isinstance(v, float):
            return f"{v:.2f}"
        if isinstance(v, int):
            return f"{v:,}" if self.comma else str(v)
        return "" if v is None else str(v)

    def normalized(self, label):
        if label in self.form_display and self.form_display[label] == "":
            return None
        v = self.v.get(label)
        if label == REV_LABEL:
            return self.rev_parts()[1]
        if label == SPEED_LABEL:
            return v[1]
        if isinstance(v, dict) and not v:
            return None
        if isinstance(v, float):
            return round(v, 2)
        return v

    def summary_value(self, label):
        """What a reviewer writes in 附件4 from the 申报表."""
        if label in self.form_display and self.form_display[label] == "":
            return ""
        v = self.v.get(label)
        if label in YESNO:
            return "是" if v else "否"
        if label == SPEED_LABEL:
            return v[0]
        d = self.display(label)
        if isinstance(v, int) and not isinstance(v, bool):
            return str(v)
        return d

    def applicant_summary(self, label):
        """What the applicant itself typed into its 汇总表 file."""
        if label in self.summary_display:
            return self.summary_display[label]
        return self.summary_value(label)

    def summary_rows(self):
        rows = []
        for lab in LABELS:
            rows.append({"label": lab, "value": self.summary_value(lab), "normalized": self.normalized(lab)})
        return rows

    # ------------------------------------------------------------ 指标明细表
    def form_rows(self, proof):
        """[(一级, 二级, 三级, 内容, 平台实际情况, 证明资料)]"""
        out = []
        for (l1, l2, l3, content, lab, key) in IND:
            if key and key in self.t:
                actual = self.t[key]
                if lab and lab in self.form_display:
                    actual = self.form_display[lab]
            else:
                actual = self.display(lab)
            out.append((l1, l2, l3, content, actual, proof.get(lab or key, "")))
        return out

    # ------------------------------------------------------------ truth helpers
    def fact(self, label, value, unit, normalized, file, page, quote, row_label="", column_label="", component="",
             image_only=False):
        self.facts.append(dict(label=label, value=value, unit=unit, normalized=normalized, file=file, page=page,
                               quote=quote, row_label=row_label, column_label=column_label, component=component,
                               image_only=image_only))

    def problem(self, family, fields, files, severity, description):
        n = len(self.problems) + 1
        self.problems.append(dict(id=f"{self.pid}-{n:02d}-{family}", family=family, fields=fields, files=files,
                                  severity=severity, description=description))

    def draw(self, file, page, text):
        self.drawn.setdefault(f"{file}#{page}", []).append(text)
