"""Shared model and document writers (申报表, 汇总表, 承诺, 联系人表, 申报书) for the h23 set."""
from __future__ import annotations

import json
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

import lib

ROOT = Path(__file__).resolve().parent

A4_LABELS = ['序号', '企业名称', '平台名称', '平台性质', '联系人姓名', '联系人手机号', '联系人电子邮箱', '评审会现场地址信息', '平台网址', '建设时间', '平台建设金额（万元）', '平台近三年经营指标情况', '平台建设方式', '平台运营模式', '部署方式', '平台团队总人数（人）', '运维人数（人）', '运营人数（人）', '有相关技术职称/从业资格的人数（人）', '平台相关研发投入（万元）', '平台相关研发投入强度（%）', '平台相关营业收入（万元）', '平台利润率（%）', '付费用户占比（%）', '连接的工业设备/产品/产线种类及数量（台/套）', '按二级分类统计工业设备数量（台/套）', '按省市区域统计工业设备数量（台/套）', '公有云工业设备连接数量（台/套）', '按二级分类统计公有云工业设备数量（台/套）', '按省市区域统计公有云工业设备数量（台/套）', '公有云工业设备平均日运行数量（台/套）', '按二级分类统计公有云工业设备平均日运行数量（台/套）', '按省市区域统计公有云工业设备平均日运行数量（台/套）', '海外设备连接数量（台/套）', '按海外国家分类统计海外设备连接数量（台/套）', '工业协议兼容适配数量（个）', '工业软件总量（个）', '工业APP数量（个）', '基于平台开发的工业APP数量（个）', '云化工业软件数量（个）', '按分类统计工业APP数量（个）', '按行业统计工业APP数量（个）', '工业APP平均月活跃数量（个）', '杀手锏APP数量（个）', '公有云杀手锏APP平均日在线用户数（个）', '杀手锏APP日活次数（次）', '杀手锏APP月平均收入（万元）', '公有云工业APP数量（个）', '公有云工业APP平均日活跃数量（个）', '按分类统计公有云工业APP平均日活跃数量（个）', '按行业统计公有云工业APP平均日活跃数量（个）', '平台实际用云量（台）', '平台公有云实际使用数量（台）', '存储容量（TB）', '存储工业数据量（TB）', '公有云数据总量（TB）', '存储资源利用率（%）', '工业机理模型数量（个）', '活跃机理模型数量（一周调用5次以上）（个）', '核心工业模型平均月调用用户数量（个）', '按分类统计工业模型数量（个）', '数据分析平台均速度（每TB分级/秒级/毫秒级）', '微服务数量（个）', '活跃微服务数量（一周调用5次以上）（个）', '开发者注册总数（个）', '活跃开发者数（个）', '平台是否建立安全管理体系', '有否定期开展第三方安全测试/测评', '有否定期进行安全扫描', '注册企业用户数（个）', '实际服务企业数（个）', '按行业统计服务企业数（个）', '按省市区域统计服务企业数（个）', '付费企业数（个）', '服务本市企业数量（个）', '服务中小企业数量（个）', '平台订单数量(近一年总量)（个）', '平台交易规模年增长率（%）', '工业APP订阅总数量（个）', '杀手锏工业APP订阅数量（个）', '工业APP订阅总金额（万元）', '平台连接工业设备利用率（%）', '平台国产化率（%）', '平台是否服务上海智能工厂，数量', '平台服务园区总数（个）', '平台提供的解决方案总数（个）', '按新模式统计解决方案数量（个）', '投资回报率（%）', '企业是否已上市或已获得VC/PE投资', '平台连接工业设备运维成本平均下降率（%）', '平台连接工业设备能耗平均下降率（%）', '平台连接工业设备安全生产持续时间平均提升率（%）', '平台现有特色指数（个）', '平台核心软硬件技术获得的专利数量（项）', '平台核心软硬件技术获得的软著数量（个）', '平台是否有自研形成的核心技术突破', '平台是否具备碳管理服务能力', '平台是否融合使用国家标识解析系统', '平台获得省部级及以上奖项/荣誉数量（个）', '平台建设与运营带动新增就业人数（人）', '平台社会贡献率（%）', '平台开放共享数据的形式及数量', '合作平台数量（个）']

# 指标明细表: (一级, 二级, 三级, 内容 as printed in 附件2, 附件4 label or None)
L1A, L1B, L1C = "一、平台基础情况（25%）", "二、平台关键技术能力（35%）", "三、平台效益及可持续发展能力（40%）"
ITEMS = [
    (L1A, "1.1 战略定位及规划", "1.1.1 战略定位", "平台定位是否明确", None),
    (L1A, "1.1 战略定位及规划", "1.1.1 战略定位", "是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势", None),
    (L1A, "1.1 战略定位及规划", "1.1.2 规划制定", "平台是否被纳入企业战略规划中", None),
    (L1A, "1.1 战略定位及规划", "1.1.2 规划制定", "是否制定了平台专项规划", None),
    (L1A, "1.1 战略定位及规划", "1.1.2 规划制定", "平台团队总人数（人）", "平台团队总人数（人）"),
    (L1A, "1.1 战略定位及规划", "1.1.2 规划制定", "其中：运维人数（人）", "运维人数（人）"),
    (L1A, "1.1 战略定位及规划", "1.1.2 规划制定", "运营人数（人）", "运营人数（人）"),
    (L1A, "1.1 战略定位及规划", "1.1.2 规划制定", "其中：有相关技术职称/从业资格的人数（人）", "有相关技术职称/从业资格的人数（人）"),
    (L1A, "1.2 资金投入与经营情况", "1.2.1 创新投入情况", "平台相关研发投入（万元）", "平台相关研发投入（万元）"),
    (L1A, "1.2 资金投入与经营情况", "1.2.1 创新投入情况", "平台相关研发投入强度（%）", "平台相关研发投入强度（%）"),
    (L1A, "1.2 资金投入与经营情况", "1.2.2 经营情况", "平台相关营业收入（万元）", "平台相关营业收入（万元）"),
    (L1A, "1.2 资金投入与经营情况", "1.2.2 经营情况", "平台利润率（%）", "平台利润率（%）"),
    (L1A, "1.2 资金投入与经营情况", "1.2.2 经营情况", "付费用户占比（%）", "付费用户占比（%）"),
    (L1B, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "连接的工业设备/产品/产线种类及数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
    (L1B, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "按二级分类统计工业设备数量（台/套）", "按二级分类统计工业设备数量（台/套）"),
    (L1B, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "按省市区域统计工业设备数量（台/套）", "按省市区域统计工业设备数量（台/套）"),
    (L1B, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "其中：公有云工业设备连接数量（台/套）", "公有云工业设备连接数量（台/套）"),
    (L1B, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "按二级分类统计公有云工业设备数量（台/套）", "按二级分类统计公有云工业设备数量（台/套）"),
    (L1B, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "按省市区域统计公有云工业设备数量（台/套）", "按省市区域统计公有云工业设备数量（台/套）"),
    (L1B, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "其中：公有云工业设备平均日运行数量（台/套）", "公有云工业设备平均日运行数量（台/套）"),
    (L1B, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "按二级分类统计公有云工业设备平均日运行数量（台/套）", "按二级分类统计公有云工业设备平均日运行数量（台/套）"),
    (L1B, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "按省市区域统计公有云工业设备平均日运行数量（台/套）", "按省市区域统计公有云工业设备平均日运行数量（台/套）"),
    (L1B, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "其中：海外设备连接数量（台/套）", "海外设备连接数量（台/套）"),
    (L1B, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "其中：按海外国家分类统计海外设备连接数量", "按海外国家分类统计海外设备连接数量（台/套）"),
    (L1B, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "工业协议兼容适配数量（个）", "工业协议兼容适配数量（个）"),
    (L1B, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "其他资源汇聚情况", None),
    (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "工业软件总量（个）", "工业软件总量（个）"),
    (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "工业APP数量（个）", "工业APP数量（个）"),
    (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "其中：基于平台开发的工业APP数量（个）", "基于平台开发的工业APP数量（个）"),
    (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "云化工业软件数量（个）", "云化工业软件数量（个）"),
    (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "按分类统计工业APP数量（个）", "按分类统计工业APP数量（个）"),
    (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "按行业统计工业APP数量（个）", "按行业统计工业APP数量（个）"),
    (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "工业APP平均月活跃数量（个）", "工业APP平均月活跃数量（个）"),
    (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "其中：杀手锏APP数量（个）", "杀手锏APP数量（个）"),
    (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "公有云杀手锏APP平均日在线用户数（个）", "公有云杀手锏APP平均日在线用户数（个）"),
    (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "杀手锏APP日活次数（次）", "杀手锏APP日活次数（次）"),
    (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "杀手锏APP月平均收入（万元）", "杀手锏APP月平均收入（万元）"),
    (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "其中：公有云工业APP数量（个）", "公有云工业APP数量（个）"),
    (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "其中：公有云工业APP平均日活跃数量（个）", "公有云工业APP平均日活跃数量（个）"),
    (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "其中：按分类统计公有云工业APP平均日活跃数量（个）", "按分类统计公有云工业APP平均日活跃数量（个）"),
    (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "其中：按行业统计公有云工业APP平均日活跃数量（个）", "按行业统计公有云工业APP平均日活跃数量（个）"),
    (L1B, "2.2 数据管理与挖掘", "2.2.1 数据采集", "边缘数据处理能力", None),
    (L1B, "2.2 数据管理与挖掘", "2.2.1 数据采集", "其他数据采集能力", None),
    (L1B, "2.2 数据管理与挖掘", "2.2.1 数据采集", "私有化部署相关情况说明（100字左右）", None),
    (L1B, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "是否支持可拓展云计算能力", None),
    (L1B, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "云化服务器算力", None),
    (L1B, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "平台实际用云量（台）", "平台实际用云量（台）"),
    (L1B, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "平台公有云实际使用数量（台）", "平台公有云实际使用数量（台）"),
    (L1B, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "存储容量（TB）", "存储容量（TB）"),
    (L1B, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "存储工业数据量（TB）", "存储工业数据量（TB）"),
    (L1B, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "公有云数据总量（TB）", "公有云数据总量（TB）"),
    (L1B, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "存储资源利用率（%）", "存储资源利用率（%）"),
    (L1B, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "数据基础管理能力", None),
    (L1B, "2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "工业机理模型数量（个）", "工业机理模型数量（个）"),
    (L1B, "2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "其中：活跃机理模型数量（一周调用5次以上）（个）", "活跃机理模型数量（一周调用5次以上）（个）"),
    (L1B, "2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "核心工业模型平均月调用用户数量（个）", "核心工业模型平均月调用用户数量（个）"),
    (L1B, "2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "按分类统计工业模型数量（个）", "按分类统计工业模型数量（个）"),
    (L1B, "2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "是否提供通用建模分析算法", None),
    (L1B, "2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "智能分析算法类型", None),
    (L1B, "2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "数据分析平台均速度（每TB分级/秒级/毫秒级）", "数据分析平台均速度（每TB分级/秒级/毫秒级）"),
    (L1B, "2.3 微服务部署与调用", "2.3.1 平台微服务情况", "微服务数量（个）", "微服务数量（个）"),
    (L1B, "2.3 微服务部署与调用", "2.3.1 平台微服务情况", "其中：活跃微服务数量（一周调用5次以上）（个）", "活跃微服务数量（一周调用5次以上）（个）"),
    (L1B, "2.4 平台开发与使用", "2.4.1 平台开发者数量", "是否建立开发者社区及相关功能", None),
    (L1B, "2.4 平台开发与使用", "2.4.1 平台开发者数量", "开发者注册总数（个）", "开发者注册总数（个）"),
    (L1B, "2.4 平台开发与使用", "2.4.1 平台开发者数量", "其中：活跃开发者数（个）", "活跃开发者数（个）"),
    (L1B, "2.4 平台开发与使用", "2.4.2 应用开发服务能力", "平台支持开发语言类型", None),
    (L1B, "2.4 平台开发与使用", "2.4.2 应用开发服务能力", "平台应用开发框架", None),
    (L1B, "2.4 平台开发与使用", "2.4.2 应用开发服务能力", "平台应用开发工具", None),
    (L1B, "2.5 安全体系", "2.5.1 安全制度建设", "是否针对平台制定了安全管理相关制度", "平台是否建立安全管理体系"),
    (L1B, "2.5 安全体系", "2.5.1 安全制度建设", "建立的安全制度保护了平台的哪些方面", None),
    (L1B, "2.5 安全体系", "2.5.1 安全制度建设", "有否定期开展第三方安全测试/测评", "有否定期开展第三方安全测试/测评"),
    (L1B, "2.5 安全体系", "2.5.1 安全制度建设", "有否定期进行安全扫描", "有否定期进行安全扫描"),
    (L1B, "2.5 安全体系", "2.5.2 安全技术保障", "采用何种安全技术情况", None),
    (L1B, "2.5 安全体系", "2.5.2 安全技术保障", "核心数据安全保护手段", None),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "注册企业用户数（个）", "注册企业用户数（个）"),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "其中：实际服务企业数（个）", "实际服务企业数（个）"),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "按行业统计服务企业数（个）", "按行业统计服务企业数（个）"),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "按省市区域统计服务企业数（个）", "按省市区域统计服务企业数（个）"),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "其中：付费企业数（个）", "付费企业数（个）"),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "其中：服务本市企业数量（个）", "服务本市企业数量（个）"),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "其中：服务中小企业数量（个）", "服务中小企业数量（个）"),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "平台订单数量（个），填写近一年总量", "平台订单数量(近一年总量)（个）"),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "平台交易规模年增长率（%）", "平台交易规模年增长率（%）"),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "工业APP订阅总数量（个）", "工业APP订阅总数量（个）"),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "其中：杀手锏工业APP订阅数量（个）", "杀手锏工业APP订阅数量（个）"),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "工业APP订阅总金额（万元）", "工业APP订阅总金额（万元）"),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "平台连接工业设备利用率（%）", "平台连接工业设备利用率（%）"),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "平台国产化率（%）", "平台国产化率（%）"),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "平台是否服务上海智能工厂，数量", "平台是否服务上海智能工厂，数量"),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "平台服务园区总数（个）", "平台服务园区总数（个）"),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "平台提供的解决方案总数（个）", "平台提供的解决方案总数（个）"),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "其中：按新模式统计解决方案数量（个）", "按新模式统计解决方案数量（个）"),
    (L1C, "3.1 平台应用", "3.1.2 平台应用价值", "投资回报率（%）", "投资回报率（%）"),
    (L1C, "3.1 平台应用", "3.1.2 平台应用价值", "企业已上市或已获得VC/PE投资", "企业是否已上市或已获得VC/PE投资"),
    (L1C, "3.1 平台应用", "3.1.2 平台应用价值", "关键技术自主可控", None),
    (L1C, "3.1 平台应用", "3.1.2 平台应用价值", "解决方案累计对企业/用户新增效益", None),
    (L1C, "3.1 平台应用", "3.1.2 平台应用价值", "解决方案累计对企业/用户降低成本", None),
    (L1C, "3.1 平台应用", "3.1.2 平台应用价值", "平台连接工业设备运维成本平均下降率（%）", "平台连接工业设备运维成本平均下降率（%）"),
    (L1C, "3.1 平台应用", "3.1.2 平台应用价值", "平台连接工业设备能耗平均下降率（%）", "平台连接工业设备能耗平均下降率（%）"),
    (L1C, "3.1 平台应用", "3.1.2 平台应用价值", "平台连接工业设备安全生产持续时间平均提升率（%）", "平台连接工业设备安全生产持续时间平均提升率（%）"),
    (L1C, "3.1 平台应用", "3.1.2 平台应用价值", "平台数据价值挖掘应用能力", None),
    (L1C, "3.1 平台应用", "3.1.2 平台应用价值", "工业互联网平台+供应链协同应用情况", None),
    (L1C, "3.1 平台应用", "3.1.2 平台应用价值", "平台有否与新技术的融合应用", None),
    (L1C, "3.1 平台应用", "3.1.2 平台应用价值", "平台现有特色指数（个）", "平台现有特色指数（个）"),
    (L1C, "3.1 平台应用", "3.1.3 平台带动成效", "平台核心软硬件技术获得的专利数量（项）", "平台核心软硬件技术获得的专利数量（项）"),
    (L1C, "3.1 平台应用", "3.1.3 平台带动成效", "平台核心软硬件技术获得的软著数量（个）", "平台核心软硬件技术获得的软著数量（个）"),
    (L1C, "3.1 平台应用", "3.1.3 平台带动成效", "平台是否有自研形成的核心技术突破", "平台是否有自研形成的核心技术突破"),
    (L1C, "3.1 平台应用", "3.1.3 平台带动成效", "平台是否具备碳管理服务能力", "平台是否具备碳管理服务能力"),
    (L1C, "3.1 平台应用", "3.1.3 平台带动成效", "平台是否融合使用国家标识解析系统", "平台是否融合使用国家标识解析系统"),
    (L1C, "3.1 平台应用", "3.1.3 平台带动成效", "平台牵头/参与标准制定情况（国家标准、行业标准）", None),
    (L1C, "3.1 平台应用", "3.1.3 平台带动成效", "平台获得省部级及以上奖项/荣誉数量（个）", "平台获得省部级及以上奖项/荣誉数量（个）"),
    (L1C, "3.1 平台应用", "3.1.3 平台带动成效", "平台建设与运营带动新增就业人数（人）", "平台建设与运营带动新增就业人数（人）"),
    (L1C, "3.1 平台应用", "3.1.3 平台带动成效", "平台社会贡献率（%）", "平台社会贡献率（%）"),
    (L1C, "3.1 平台应用", "3.1.3 平台带动成效", "平台对关键行业/领域、本市及其他重点区域等贡献及支撑", None),
    (L1C, "3.2 平台生态建设", "3.2.1 平台开放", "是否建立供应链产业链开放共享机制", None),
    (L1C, "3.2 平台生态建设", "3.2.1 平台开放", "平台开放共享数据的形式及数量", "平台开放共享数据的形式及数量"),
    (L1C, "3.2 平台生态建设", "3.2.2 平台生态", "合作平台数量（个）", "合作平台数量（个）"),
    (L1C, "3.2 平台生态建设", "3.2.2 平台生态", "跨平台调用功能建设情况", None),
    (L1C, "3.2 平台生态建设", "3.2.2 平台生态", "新产业、新模式培育情况", None),
]
CONTENT_OF = {a4: content for (_, _, _, content, a4) in ITEMS if a4}


# ---------------------------------------------------------------- helpers for values
def r2(x):
    return round(x + 1e-9, 2)


def pct(a, b):
    return r2(a / b * 100)


def split(total, weights):
    s = sum(weights)
    vals = [int(total * w / s) for w in weights]
    vals[0] += total - sum(vals)
    return vals


def bd(keys, vals, sep="：", join="、", thousands=False):
    f = (lambda v: f"{v:,}") if thousands else str
    return join.join(f"{k}{sep}{f(v)}" for k, v in zip(keys, vals))


def bdict(keys, vals):
    return {k: v for k, v in zip(keys, vals)}


def n(v, thousands=False):
    return f"{v:,}" if thousands else str(v)


class Pkg:
    def __init__(self, pid, list_no, listed_name, company, declared_name, part2023, description):
        self.pid = pid
        self.dir = ROOT / "packages" / pid
        self.platform = dict(list_no=list_no, listed_name=listed_name, company=company,
                             declared_name=declared_name, participated_2023=part2023)
        self.description = description
        self.rows: dict[str, tuple[str, object]] = {}   # 附件4 label -> (reviewer value, normalized)
        self.cells: dict[str, tuple[str, str]] = {}     # 内容 -> (平台实际情况, 证明资料)
        self.files: dict[str, str] = {}
        self.facts: list[dict] = []
        self.problems: list[dict] = []
        self.layout: list[str] = []
        self.secrets: list[str] = []

    def path(self, rel):
        p = self.dir / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        return p

    def add_file(self, rel, role):
        self.files[rel] = role

    def row(self, label, value, norm):
        assert label in A4_LABELS, label
        self.rows[label] = (value, norm)

    def cell(self, content, actual, proof=""):
        self.cells[content] = (actual, proof)

    def fact(self, label, value, unit, norm, file, page, quote, row="", col="", comp="", img=False):
        self.facts.append(dict(label=label, value=value, unit=unit, normalized=norm, file=file, page=page,
                               quote=quote, row_label=row, column_label=col, component=comp, image_only=img))

    def problem(self, family, fields, files, severity, description):
        k = len(self.problems) + 1
        self.problems.append(dict(id=f"{self.pid}-{k:02d}-{family}", family=family, fields=fields, files=files,
                                  severity=severity, description=description))

    def write_truth(self):
        missing = [l for l in A4_LABELS if l not in self.rows]
        assert not missing, (self.pid, missing)
        truth = dict(schema_version=1, package_id=self.pid, description=self.description,
                     path=f"packages/{self.pid}", delivery="folder", platform=self.platform, layout=self.layout,
                     files=dict(sorted(self.files.items())), secrets=self.secrets,
                     summary_rows=[dict(label=l, value=self.rows[l][0], normalized=self.rows[l][1]) for l in A4_LABELS],
                     evidence_facts=self.facts, problems=self.problems)
        out = ROOT / "truth" / f"{self.pid}.json"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- DOCX helpers
def new_doc(east="宋体", size=10.5):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), east)
    cp = d.core_properties
    cp.author = "user"
    cp.last_modified_by = "user"
    cp.created = lib.FIXED_DT
    cp.modified = lib.FIXED_DT
    cp.revision = 1
    return d


def para(d, text, bold=False, size=None, center=False, indent=False):
    p = d.add_paragraph()
    r = p.add_run(("\u3000\u3000" if indent else "") + text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def doc_table(d, rows, style="Table Grid", merge_runs_cols=()):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = str(v)
    # merge identical vertical runs in given columns
    for col in merge_runs_cols:
        i = 1
        while i < len(rows):
            j = i
            while j + 1 < len(rows) and rows[j + 1][col] == rows[i][col] and rows[i][col]:
                j += 1
            if j > i:
                a = t.cell(i, col)
                b = t.cell(j, col)
                m = a.merge(b)
                m.text = str(rows[i][col])
            i = j + 1
    return t


def save_docx(d, path):
    d.save(str(path))
    lib.normalize_zip(path)


def save_xlsx(wb, path):
    wb.properties.creator = "user"
    wb.properties.created = lib.FIXED_DT
    wb.properties.modified = lib.FIXED_DT
    wb.save(str(path))
    lib.normalize_zip(path)


THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="center")


def ws_rows(ws, rows, start=1, widths=None, bold_first=False):
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = ws.cell(row=start + i, column=j + 1, value=v)
            c.border = BORDER
            c.alignment = WRAP
            if bold_first and i == 0:
                c.font = Font(bold=True)
    if widths:
        for j, w in enumerate(widths):
            ws.column_dimensions[chr(65 + j)].width = w


# ---------------------------------------------------------------- 申报表 writers
def form_rows(pkg: Pkg):
    out = []
    for (l1, l2, l3, content, a4) in ITEMS:
        actual, proof = pkg.cells.get(content, ("", ""))
        out.append((l1, l2, l3, content, actual, proof))
    return out


def basic_block(pkg: Pkg, B: dict):
    """Rows of 一、企业基本情况 and 二、平台基本情况 as (label, value) pairs."""
    return B


def write_form_docx(pkg: Pkg, rel: str, B: dict, merge=True, cols="levels"):
    d = new_doc()
    para(d, "附件2", bold=True)
    para(d, "上海市工业互联网平台应用水平评价", size=18, center=True, bold=True)
    para(d, "申报表", size=22, center=True, bold=True)
    for k in ("申报年度", "平台名称", "申报单位", "联系人", "联系人电话"):
        para(d, f"{k}：{B['cover'][k]}", size=13)
    para(d, B["cover"].get("日期", "2024年7月"), center=True)
    d.add_page_break()
    para(d, "一、企业基本情况", bold=True, size=12)
    doc_table(d, B["company"])
    para(d, "二、平台基本情况", bold=True, size=12)
    doc_table(d, B["platform"])
    para(d, "三、上海市工业互联网平台应用水平评价指标明细表", bold=True, size=12)
    rows = form_rows(pkg)
    if cols == "levels":
        head = ["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]
        body = [list(r) for r in rows]
        doc_table(d, [head] + body, merge_runs_cols=(0, 1, 2) if merge else ())
    else:  # 三级 + 内容 only, proof before actual
        head = ["三级指标", "内容", "证明资料", "平台实际情况"]
        body = [[r[2], r[3], r[5], r[4]] for r in rows]
        doc_table(d, [head] + body, merge_runs_cols=(0,) if merge else ())
    for line in B.get("tail", []):
        para(d, line)
    save_docx(d, pkg.path(rel))
    return rows


def write_form_pdf_for_scan(pkg: Pkg, tmp: Path, B: dict, font="STSong-Light"):
    doc = lib.PdfDoc(tmp, font=font, size=10)
    doc.p("附件2", indent=False)
    doc.gap(60)
    doc.title("上海市工业互联网平台应用水平评价", 20, 10)
    doc.title("申 报 表", 26, 60)
    for k in ("申报年度", "平台名称", "申报单位", "联系人", "联系人电话"):
        doc.p(f"{k}：{B['cover'][k]}", size=13, indent=False)
        doc.gap(6)
    doc.gap(60)
    doc.title("上海市经济和信息化委员会制", 12, 8)
    doc.title(B["cover"].get("日期", "2024年7月"), 12, 8)
    doc.newpage()
    doc.h("一、企业基本情况")
    doc.table(B["company"], [1, 2, 1, 2], header_rows=0)
    doc.h("二、平台基本情况")
    doc.table(B["platform"], [1, 4], header_rows=0)
    doc.newpage()
    doc.h("三、上海市工业互联网平台应用水平评价指标明细表")
    rows = [["三级指标", "内容", "平台实际情况", "证明资料"]] + [[r[2], r[3], r[4], r[5]] for r in form_rows(pkg)]
    doc.table(rows, [1.1, 2.2, 3.2, 1.4], size=8)
    doc.p("申报单位（公章）：", indent=False)
    doc.p("日期：2024年7月18日", indent=False)
    last = doc.page
    doc.save()
    return last


def write_form_xlsx(pkg: Pkg, rel: str, B: dict):
    wb = Workbook()
    ws = wb.active
    ws.title = "封面"
    ws_rows(ws, [["上海市工业互联网平台应用水平评价申报表", ""]] + [[k, B["cover"][k]] for k in
                                                          ("申报年度", "平台名称", "申报单位", "联系人", "联系人电话")],
            widths=[22, 60])
    ws2 = wb.create_sheet("基本情况")
    ws_rows(ws2, [["一、企业基本情况", "", "", ""]] + B["company"], widths=[22, 36, 22, 36])
    start = len(B["company"]) + 3
    ws_rows(ws2, [["二、平台基本情况", ""]] + B["platform"], start=start)
    ws3 = wb.create_sheet("指标明细表")
    rows = [["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]] + [list(r) for r in form_rows(pkg)]
    ws_rows(ws3, rows, widths=[16, 18, 20, 44, 60, 24], bold_first=True)
    # merge level runs
    for col in (1, 2, 3):
        i = 2
        while i <= len(rows):
            j = i
            while j + 1 <= len(rows) and rows[j][col - 1] == rows[i - 1][col - 1]:
                j += 1
            if j > i:
                ws3.merge_cells(start_row=i, start_column=col, end_row=j, end_column=col)
            i = j + 1
    save_xlsx(wb, pkg.path(rel))


# ---------------------------------------------------------------- 汇总表 writers
def summary_values(pkg: Pkg, override=None):
    override = override or {}
    return [(l, override.get(l, pkg.rows[l][0])) for l in A4_LABELS]


def write_summary_xlsx(pkg: Pkg, rel: str, override=None, horizontal=False):
    wb = Workbook()
    ws = wb.active
    ws.title = "汇总表"
    vals = summary_values(pkg, override)
    if horizontal:
        ws_rows(ws, [[l for l, _ in vals], [v for _, v in vals]])
    else:
        ws_rows(ws, [["平台基本情况汇总表", ""]] + [[l, v] for l, v in vals], widths=[44, 70])
    save_xlsx(wb, pkg.path(rel))


def write_summary_docx(pkg: Pkg, rel: str, override=None):
    d = new_doc()
    para(d, "附件4", bold=True)
    para(d, "平台基本情况汇总表", bold=True, size=16, center=True)
    vals = summary_values(pkg, override)
    doc_table(d, [["项目", "内容"]] + [[l, v] for l, v in vals])
    save_docx(d, pkg.path(rel))


# ---------------------------------------------------------------- 附件1 / 附件5
def write_contact_docx(pkg: Pkg, rel: str, C: dict):
    d = new_doc()
    para(d, "附件1", bold=True)
    para(d, "联系人信息反馈表", bold=True, size=16, center=True)
    para(d, "2024年度上海市工业互联网平台应用水平评价工作", center=True)
    para(d, "一、联系人信息反馈", bold=True)
    doc_table(d, [["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"],
                  ["联系人（主）", C["name"], pkg.platform["company"], C["title"], C["phone"], C["email"]],
                  ["联系人（备用）", C["name2"], pkg.platform["company"], C["title2"], C["phone2"], C["email2"]]])
    para(d, "二、评审会现场地址信息反馈", bold=True)
    para(d, "具体地址*：" + C["addr"])
    save_docx(d, pkg.path(rel))


def commitment_pdf(pkg: Pkg, tmp: Path, legal: str, date="2024年7月18日", signed=True):
    doc = lib.PdfDoc(tmp, font="STSong-Light", size=13, footer_numbers=False)
    doc.p("附件5", indent=False, size=12)
    doc.gap(30)
    doc.title("真实性承诺", 22, 40)
    doc.p("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、"
          "完整，如有不实，愿承担相应的法律责任及由此产生的一切后果。", size=13)
    doc.p("特此承诺。", size=13)
    doc.gap(90)
    doc.right_text(f"申报单位：{pkg.platform['company']}（盖章）", 12.5)
    doc.gap(10)
    doc.right_text(f"法定代表人：{legal if signed else ''}        （签章）", 12.5)
    doc.gap(10)
    doc.right_text(date if signed else "年    月    日", 12.5)
    doc.save()
