"""Shared pieces of the h90 builder: notice tables (typed from the notice), formatting, file writers.

Everything here is written from the notice (附件2/3/4/6, 附录A–F); nothing from shenbao."""

from __future__ import annotations

import io
import math
import random
import re
import zipfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from eval_sets.generator.fonts import cjk_ttf

FIXED_DT = (2024, 7, 18, 9, 30, 0)
FIXED_ISO = "2024-07-18T09:30:00Z"

# ---------------------------------------------------------------------------------------- 附件4 labels
SUMMARY_LABELS = [
    "序号", "企业名称", "平台名称", "平台性质", "联系人姓名", "联系人手机号", "联系人电子邮箱", "评审会现场地址信息", "平台网址",
    "建设时间", "平台建设金额（万元）", "平台近三年经营指标情况", "平台建设方式", "平台运营模式", "部署方式", "平台团队总人数（人）",
    "运维人数（人）", "运营人数（人）", "有相关技术职称/从业资格的人数（人）", "平台相关研发投入（万元）", "平台相关研发投入强度（%）",
    "平台相关营业收入（万元）", "平台利润率（%）", "付费用户占比（%）", "连接的工业设备/产品/产线种类及数量（台/套）",
    "按二级分类统计工业设备数量（台/套）", "按省市区域统计工业设备数量（台/套）", "公有云工业设备连接数量（台/套）",
    "按二级分类统计公有云工业设备数量（台/套）", "按省市区域统计公有云工业设备数量（台/套）", "公有云工业设备平均日运行数量（台/套）",
    "按二级分类统计公有云工业设备平均日运行数量（台/套）", "按省市区域统计公有云工业设备平均日运行数量（台/套）",
    "海外设备连接数量（台/套）", "按海外国家分类统计海外设备连接数量（台/套）", "工业协议兼容适配数量（个）", "工业软件总量（个）",
    "工业APP数量（个）", "基于平台开发的工业APP数量（个）", "云化工业软件数量（个）", "按分类统计工业APP数量（个）",
    "按行业统计工业APP数量（个）", "工业APP平均月活跃数量（个）", "杀手锏APP数量（个）", "公有云杀手锏APP平均日在线用户数（个）",
    "杀手锏APP日活次数（次）", "杀手锏APP月平均收入（万元）", "公有云工业APP数量（个）", "公有云工业APP平均日活跃数量（个）",
    "按分类统计公有云工业APP平均日活跃数量（个）", "按行业统计公有云工业APP平均日活跃数量（个）", "平台实际用云量（台）",
    "平台公有云实际使用数量（台）", "存储容量（TB）", "存储工业数据量（TB）", "公有云数据总量（TB）", "存储资源利用率（%）",
    "工业机理模型数量（个）", "活跃机理模型数量（一周调用5次以上）（个）", "核心工业模型平均月调用用户数量（个）",
    "按分类统计工业模型数量（个）", "数据分析平台均速度（每TB分级/秒级/毫秒级）", "微服务数量（个）",
    "活跃微服务数量（一周调用5次以上）（个）", "开发者注册总数（个）", "活跃开发者数（个）", "平台是否建立安全管理体系",
    "有否定期开展第三方安全测试/测评", "有否定期进行安全扫描", "注册企业用户数（个）", "实际服务企业数（个）",
    "按行业统计服务企业数（个）", "按省市区域统计服务企业数（个）", "付费企业数（个）", "服务本市企业数量（个）",
    "服务中小企业数量（个）", "平台订单数量(近一年总量)（个）", "平台交易规模年增长率（%）", "工业APP订阅总数量（个）",
    "杀手锏工业APP订阅数量（个）", "工业APP订阅总金额（万元）", "平台连接工业设备利用率（%）", "平台国产化率（%）",
    "平台是否服务上海智能工厂，数量", "平台服务园区总数（个）", "平台提供的解决方案总数（个）", "按新模式统计解决方案数量（个）",
    "投资回报率（%）", "企业是否已上市或已获得VC/PE投资", "平台连接工业设备运维成本平均下降率（%）",
    "平台连接工业设备能耗平均下降率（%）", "平台连接工业设备安全生产持续时间平均提升率（%）", "平台现有特色指数（个）",
    "平台核心软硬件技术获得的专利数量（项）", "平台核心软硬件技术获得的软著数量（个）", "平台是否有自研形成的核心技术突破",
    "平台是否具备碳管理服务能力", "平台是否融合使用国家标识解析系统", "平台获得省部级及以上奖项/荣誉数量（个）",
    "平台建设与运营带动新增就业人数（人）", "平台社会贡献率（%）", "平台开放共享数据的形式及数量", "合作平台数量（个）",
]
assert len(SUMMARY_LABELS) == 103

# ---------------------------------------------------------------------------------------- 指标明细表
# (三级指标, 内容 as printed, key): key is the 附件4 label when the row has one, else a text key.
TABLE: list[tuple[str, str, str]] = [
    ("1.1.1 战略定位", "平台定位是否明确", "t:定位"),
    ("1.1.1 战略定位", "是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势", "t:政策"),
    ("1.1.2 规划制定", "平台是否被纳入企业战略规划中", "t:战略规划"),
    ("1.1.2 规划制定", "是否制定了平台专项规划", "t:专项规划"),
    ("1.1.2 规划制定", "平台团队总人数（人）", "平台团队总人数（人）"),
    ("1.1.2 规划制定", "其中：运维人数（人）", "运维人数（人）"),
    ("1.1.2 规划制定", "运营人数（人）", "运营人数（人）"),
    ("1.1.2 规划制定", "其中：有相关技术职称/从业资格的人数（人）", "有相关技术职称/从业资格的人数（人）"),
    ("1.2.1 创新投入情况", "平台相关研发投入（万元）", "平台相关研发投入（万元）"),
    ("1.2.1 创新投入情况", "平台相关研发投入强度（%）", "平台相关研发投入强度（%）"),
    ("1.2.2 经营情况", "平台相关营业收入（万元）", "平台相关营业收入（万元）"),
    ("1.2.2 经营情况", "平台利润率（%）", "平台利润率（%）"),
    ("1.2.2 经营情况", "付费用户占比（%）", "付费用户占比（%）"),
    ("2.1.1 工业设备连接/汇聚能力", "连接的工业设备/产品/产线种类及数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
    ("2.1.1 工业设备连接/汇聚能力", "按二级分类统计工业设备数量（台/套）", "按二级分类统计工业设备数量（台/套）"),
    ("2.1.1 工业设备连接/汇聚能力", "按省市区域统计工业设备数量（台/套）", "按省市区域统计工业设备数量（台/套）"),
    ("2.1.1 工业设备连接/汇聚能力", "其中：公有云工业设备连接数量（台/套）", "公有云工业设备连接数量（台/套）"),
    ("2.1.1 工业设备连接/汇聚能力", "按二级分类统计公有云工业设备数量（台/套）", "按二级分类统计公有云工业设备数量（台/套）"),
    ("2.1.1 工业设备连接/汇聚能力", "按省市区域统计公有云工业设备数量（台/套）", "按省市区域统计公有云工业设备数量（台/套）"),
    ("2.1.1 工业设备连接/汇聚能力", "其中：公有云工业设备平均日运行数量（台/套）", "公有云工业设备平均日运行数量（台/套）"),
    ("2.1.1 工业设备连接/汇聚能力", "按二级分类统计公有云工业设备平均日运行数量（台/套）", "按二级分类统计公有云工业设备平均日运行数量（台/套）"),
    ("2.1.1 工业设备连接/汇聚能力", "按省市区域统计公有云工业设备平均日运行数量（台/套）", "按省市区域统计公有云工业设备平均日运行数量（台/套）"),
    ("2.1.1 工业设备连接/汇聚能力", "其中：海外设备连接数量（台/套）", "海外设备连接数量（台/套）"),
    ("2.1.1 工业设备连接/汇聚能力", "其中：按海外国家分类统计海外设备连接数量", "按海外国家分类统计海外设备连接数量（台/套）"),
    ("2.1.1 工业设备连接/汇聚能力", "工业协议兼容适配数量（个）", "工业协议兼容适配数量（个）"),
    ("2.1.1 工业设备连接/汇聚能力", "其他资源汇聚情况", "t:其他资源"),
    ("2.1.2 工业软件/APP", "工业软件总量（个）", "工业软件总量（个）"),
    ("2.1.2 工业软件/APP", "工业APP数量（个）", "工业APP数量（个）"),
    ("2.1.2 工业软件/APP", "其中：基于平台开发的工业APP数量（个）", "基于平台开发的工业APP数量（个）"),
    ("2.1.2 工业软件/APP", "云化工业软件数量（个）", "云化工业软件数量（个）"),
    ("2.1.2 工业软件/APP", "按分类统计工业APP数量（个）", "按分类统计工业APP数量（个）"),
    ("2.1.2 工业软件/APP", "按行业统计工业APP数量（个）", "按行业统计工业APP数量（个）"),
    ("2.1.2 工业软件/APP", "工业APP平均月活跃数量（个）", "工业APP平均月活跃数量（个）"),
    ("2.1.2 工业软件/APP", "其中：杀手锏APP数量（个）", "杀手锏APP数量（个）"),
    ("2.1.2 工业软件/APP", "公有云杀手锏APP平均日在线用户数（个）", "公有云杀手锏APP平均日在线用户数（个）"),
    ("2.1.2 工业软件/APP", "杀手锏APP日活次数（次）", "杀手锏APP日活次数（次）"),
    ("2.1.2 工业软件/APP", "杀手锏APP月平均收入（万元）", "杀手锏APP月平均收入（万元）"),
    ("2.1.2 工业软件/APP", "其中：公有云工业APP数量（个）", "公有云工业APP数量（个）"),
    ("2.1.2 工业软件/APP", "其中：公有云工业APP平均日活跃数量（个）", "公有云工业APP平均日活跃数量（个）"),
    ("2.1.2 工业软件/APP", "其中：按分类统计公有云工业APP平均日活跃数量（个）", "按分类统计公有云工业APP平均日活跃数量（个）"),
    ("2.1.2 工业软件/APP", "其中：按行业统计公有云工业APP平均日活跃数量（个）", "按行业统计公有云工业APP平均日活跃数量（个）"),
    ("2.2.1 数据采集", "边缘数据处理能力", "t:边缘"),
    ("2.2.1 数据采集", "其他数据采集能力", "t:其他采集"),
    ("2.2.2 数据处理（存储计算能力）", "是否支持可拓展云计算能力", "t:可拓展"),
    ("2.2.2 数据处理（存储计算能力）", "云化服务器算力", "t:算力"),
    ("2.2.2 数据处理（存储计算能力）", "平台实际用云量（台）", "平台实际用云量（台）"),
    ("2.2.2 数据处理（存储计算能力）", "平台公有云实际使用数量（台）", "平台公有云实际使用数量（台）"),
    ("2.2.2 数据处理（存储计算能力）", "存储容量（TB）", "存储容量（TB）"),
    ("2.2.2 数据处理（存储计算能力）", "存储工业数据量（TB）", "存储工业数据量（TB）"),
    ("2.2.2 数据处理（存储计算能力）", "公有云数据总量（TB）", "公有云数据总量（TB）"),
    ("2.2.2 数据处理（存储计算能力）", "存储资源利用率（%）", "存储资源利用率（%）"),
    ("2.2.2 数据处理（存储计算能力）", "数据基础管理能力", "t:数据管理"),
    ("2.2.3 数据建模和分析", "工业机理模型数量（个）", "工业机理模型数量（个）"),
    ("2.2.3 数据建模和分析", "其中：活跃机理模型数量（一周调用5次以上）（个）", "活跃机理模型数量（一周调用5次以上）（个）"),
    ("2.2.3 数据建模和分析", "核心工业模型平均月调用用户数量（个）", "核心工业模型平均月调用用户数量（个）"),
    ("2.2.3 数据建模和分析", "按分类统计工业模型数量（个）", "按分类统计工业模型数量（个）"),
    ("2.2.3 数据建模和分析", "是否提供通用建模分析算法", "t:通用算法"),
    ("2.2.3 数据建模和分析", "智能分析算法类型", "t:算法类型"),
    ("2.2.3 数据建模和分析", "数据分析平台均速度（每TB分级/秒级/毫秒级）", "数据分析平台均速度（每TB分级/秒级/毫秒级）"),
    ("2.3.1 平台微服务情况", "微服务数量（个）", "微服务数量（个）"),
    ("2.3.1 平台微服务情况", "其中：活跃微服务数量（一周调用5次以上）（个）", "活跃微服务数量（一周调用5次以上）（个）"),
    ("2.4.1 平台开发者数量", "是否建立开发者社区及相关功能", "t:开发者社区"),
    ("2.4.1 平台开发者数量", "开发者注册总数（个）", "开发者注册总数（个）"),
    ("2.4.1 平台开发者数量", "其中：活跃开发者数（个）", "活跃开发者数（个）"),
    ("2.4.2 应用开发服务能力", "平台支持开发语言类型", "t:语言"),
    ("2.4.2 应用开发服务能力", "平台应用开发框架", "t:框架"),
    ("2.4.2 应用开发服务能力", "平台应用开发工具", "t:工具"),
    ("2.5.1 安全制度建设", "是否针对平台制定了安全管理相关制度", "平台是否建立安全管理体系"),
    ("2.5.1 安全制度建设", "建立的安全制度保护了平台的哪些方面", "t:保护方面"),
    ("2.5.1 安全制度建设", "有否定期开展第三方安全测试/测评", "有否定期开展第三方安全测试/测评"),
    ("2.5.1 安全制度建设", "有否定期进行安全扫描", "有否定期进行安全扫描"),
    ("2.5.2 安全技术保障", "采用何种安全技术情况", "t:安全技术"),
    ("2.5.2 安全技术保障", "核心数据安全保护手段", "t:数据保护"),
    ("3.1.1 平台应用规模", "注册企业用户数（个）", "注册企业用户数（个）"),
    ("3.1.1 平台应用规模", "其中：实际服务企业数（个）", "实际服务企业数（个）"),
    ("3.1.1 平台应用规模", "按行业统计服务企业数（个）", "按行业统计服务企业数（个）"),
    ("3.1.1 平台应用规模", "按省市区域统计服务企业数（个）", "按省市区域统计服务企业数（个）"),
    ("3.1.1 平台应用规模", "其中：付费企业数（个）", "付费企业数（个）"),
    ("3.1.1 平台应用规模", "其中：服务本市企业数量（个）", "服务本市企业数量（个）"),
    ("3.1.1 平台应用规模", "其中：服务中小企业数量（个）", "服务中小企业数量（个）"),
    ("3.1.1 平台应用规模", "平台订单数量（个），填写近一年总量", "平台订单数量(近一年总量)（个）"),
    ("3.1.1 平台应用规模", "平台交易规模年增长率（%）", "平台交易规模年增长率（%）"),
    ("3.1.1 平台应用规模", "工业APP订阅总数量（个）", "工业APP订阅总数量（个）"),
    ("3.1.1 平台应用规模", "其中：杀手锏工业APP订阅数量（个）", "杀手锏工业APP订阅数量（个）"),
    ("3.1.1 平台应用规模", "工业APP订阅总金额（万元）", "工业APP订阅总金额（万元）"),
    ("3.1.1 平台应用规模", "平台连接工业设备利用率（%）", "平台连接工业设备利用率（%）"),
    ("3.1.1 平台应用规模", "平台国产化率（%）", "平台国产化率（%）"),
    ("3.1.1 平台应用规模", "平台是否服务上海智能工厂，数量", "平台是否服务上海智能工厂，数量"),
    ("3.1.1 平台应用规模", "平台服务园区总数（个）", "平台服务园区总数（个）"),
    ("3.1.1 平台应用规模", "平台提供的解决方案总数（个）", "平台提供的解决方案总数（个）"),
    ("3.1.1 平台应用规模", "其中：按新模式统计解决方案数量（个）", "按新模式统计解决方案数量（个）"),
    ("3.1.2 平台应用价值", "投资回报率（%）", "投资回报率（%）"),
    ("3.1.2 平台应用价值", "企业已上市或已获得VC/PE投资", "企业是否已上市或已获得VC/PE投资"),
    ("3.1.2 平台应用价值", "关键技术自主可控", "t:自主可控"),
    ("3.1.2 平台应用价值", "解决方案累计对企业/用户新增效益", "t:新增效益"),
    ("3.1.2 平台应用价值", "解决方案累计对企业/用户降低成本", "t:降低成本"),
    ("3.1.2 平台应用价值", "平台连接工业设备运维成本平均下降率（%）", "平台连接工业设备运维成本平均下降率（%）"),
    ("3.1.2 平台应用价值", "平台连接工业设备能耗平均下降率（%）", "平台连接工业设备能耗平均下降率（%）"),
    ("3.1.2 平台应用价值", "平台连接工业设备安全生产持续时间平均提升率（%）", "平台连接工业设备安全生产持续时间平均提升率（%）"),
    ("3.1.2 平台应用价值", "平台数据价值挖掘应用能力", "t:数据价值"),
    ("3.1.2 平台应用价值", "工业互联网平台+供应链协同应用情况", "t:供应链"),
    ("3.1.2 平台应用价值", "平台有否与新技术的融合应用", "t:新技术"),
    ("3.1.2 平台应用价值", "平台现有特色指数（个）", "平台现有特色指数（个）"),
    ("3.1.3 平台带动成效", "平台核心软硬件技术获得的专利数量（项）", "平台核心软硬件技术获得的专利数量（项）"),
    ("3.1.3 平台带动成效", "平台核心软硬件技术获得的软著数量（个）", "平台核心软硬件技术获得的软著数量（个）"),
    ("3.1.3 平台带动成效", "平台是否有自研形成的核心技术突破", "平台是否有自研形成的核心技术突破"),
    ("3.1.3 平台带动成效", "平台是否具备碳管理服务能力", "平台是否具备碳管理服务能力"),
    ("3.1.3 平台带动成效", "平台是否融合使用国家标识解析系统", "平台是否融合使用国家标识解析系统"),
    ("3.1.3 平台带动成效", "平台牵头/参与标准制定情况（国家标准、行业标准）", "t:标准"),
    ("3.1.3 平台带动成效", "平台获得省部级及以上奖项/荣誉数量（个）", "平台获得省部级及以上奖项/荣誉数量（个）"),
    ("3.1.3 平台带动成效", "平台建设与运营带动新增就业人数（人）", "平台建设与运营带动新增就业人数（人）"),
    ("3.1.3 平台带动成效", "平台社会贡献率（%）", "平台社会贡献率（%）"),
    ("3.1.3 平台带动成效", "平台对关键行业/领域、本市及其他重点区域等贡献及支撑", "t:贡献"),
    ("3.2.1 平台开放", "是否建立供应链产业链开放共享机制", "t:开放机制"),
    ("3.2.1 平台开放", "平台开放共享数据的形式及数量", "平台开放共享数据的形式及数量"),
    ("3.2.2 平台生态", "合作平台数量（个）", "合作平台数量（个）"),
    ("3.2.2 平台生态", "跨平台调用功能建设情况", "t:跨平台"),
    ("3.2.2 平台生态", "新产业、新模式培育情况", "t:新产业"),
]

APPENDIX_A = ["采矿设备", "化工设备", "冶炼设备", "电力设备", "建材设备", "动力设备", "仪器仪表", "机床", "机器人",
              "电工、电子设备", "轻工设备", "工程机械", "农林机械", "物流设备", "交通设备", "其他"]
APPENDIX_B = ["安全生产", "节能减排", "质量管控", "供应链管理", "研发设计", "生产制造", "运营管理", "仓储物流", "运维服务"]
APPENDIX_C = ["采矿", "黑色金属", "有色金属", "石化化工", "建材", "医药", "纺织", "家电", "食品", "烟草", "轻工", "机械", "汽车",
              "航空/航天", "船舶", "轨道交通", "电子", "电力、热力和燃气", "建筑业", "农业", "服务业", "其他"]
APPENDIX_D = ["数据算法模型", "研发仿真模型", "行业机理模型", "业务流程模型"]
APPENDIX_E = ["数字化管理", "平台化设计", "网络化协同", "智能化制造", "个性化定制", "服务化延伸"]
APPENDIX_F = ("北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 "
              "陕西 甘肃 青海 内蒙古 广西 西藏 宁夏 新疆 大连 青岛 宁波 厦门 深圳 香港 澳门 台湾").split()

CHAPTERS = ["一、申报单位简介", "二、平台建设及运营情况", "三、平台应用成效", "四、平台下一步发展计划", "五、平台应用案例",
            "六、附件及其他说明材料", "七、平台相较上年度对比情况"]


# ---------------------------------------------------------------------------------------- numbers
def split(total: int, weights: list[float]) -> list[int]:
    """Integers proportional to weights that add up to total (largest remainder)."""
    s = sum(weights)
    raw = [total * w / s for w in weights]
    out = [int(math.floor(x)) for x in raw]
    order = sorted(range(len(raw)), key=lambda i: (-(raw[i] - out[i]), i))
    for i in order[: total - sum(out)]:
        out[i] += 1
    return out


def pct(a: float, b: float) -> float:
    return round(a / b * 100 + 1e-9, 2)


def f2(x: float) -> float:
    return round(x + 1e-9, 2)


def chars(s: str) -> int:
    return sum(1 for ch in s if not ch.isspace())


# ---------------------------------------------------------------------------------------- zip normalising
def normalize_zip(path: Path) -> None:
    """Rewrite an OOXML file with fixed entry dates and fixed core-property dates."""
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if name == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)", rf"\g<1>{FIXED_ISO}\g<3>", text)
                text = re.sub(r"(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)", rf"\g<1>{FIXED_ISO}\g<2>", text)
                data = text.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=FIXED_DT)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    path.write_bytes(buf.getvalue())


# ---------------------------------------------------------------------------------------- fonts
_PDF_FONT = "H90WQY"


def pdf_font() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if _PDF_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(_PDF_FONT, str(cjk_ttf()), subfontIndex=0))
    return _PDF_FONT


_PIL_FONTS: dict[int, ImageFont.FreeTypeFont] = {}


def pil_font(size: int) -> ImageFont.FreeTypeFont:
    if size not in _PIL_FONTS:
        _PIL_FONTS[size] = ImageFont.truetype(str(cjk_ttf()), size, index=0)
    return _PIL_FONTS[size]


# ---------------------------------------------------------------------------------------- PDF pages
class Page:
    """A page as drawing instructions: text lines and grid tables, top-down flow."""

    def __init__(self):
        self.items: list[tuple] = []

    def text(self, s: str, size: float = 10.5, bold: bool = False, center: bool = False, gap: float = 6):
        self.items.append(("text", s, size, center, gap))
        return self

    def table(self, rows: list[list[str]], widths: list[float], size: float = 9, row_h: float = 17):
        self.items.append(("table", rows, widths, size, row_h))
        return self

    def image(self, img: Image.Image):
        self.items.append(("image", img))
        return self


def _wrap(s: str, size: float, width: float) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    font = pdf_font()
    lines, cur = [], ""
    for ch in s:
        if stringWidth(cur + ch, font, size) > width:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    return lines + [cur]


def _draw_page(c, page: Page, W: float, H: float):
    from reportlab.lib.utils import ImageReader

    font = pdf_font()
    y = H - 60
    left, right = 56, W - 56
    for item in page.items:
        if item[0] == "text":
            _, s, size, center, gap = item
            for line in _wrap(s, size, right - left):
                c.setFont(font, size)
                if center:
                    c.drawCentredString(W / 2, y, line)
                else:
                    c.drawString(left, y, line)
                y -= size + gap
        elif item[0] == "table":
            _, rows, widths, size, row_h = item
            total = sum(widths)
            xs = [left]
            for w in widths:
                xs.append(xs[-1] + w / total * (right - left))
            c.setLineWidth(0.5)
            for r in rows:
                wrapped = [_wrap(str(cell), size, xs[i + 1] - xs[i] - 6) for i, cell in enumerate(r)]
                h = max(row_h, max(len(w) for w in wrapped) * (size + 3) + 6)
                c.line(xs[0], y, xs[-1], y)
                for i, lines in enumerate(wrapped):
                    c.setFont(font, size)
                    for k, line in enumerate(lines):
                        c.drawString(xs[i] + 3, y - size - 3 - k * (size + 3), line)
                for x in xs:
                    c.line(x, y, x, y - h)
                y -= h
            c.line(xs[0], y, xs[-1], y)
            y -= 10
        elif item[0] == "image":
            img = item[1]
            c.drawImage(ImageReader(img), 0, 0, width=W, height=H)


def write_pdf(path: Path, pages: list[Page], title: str = "") -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor("")
    c.setCreator("")
    W, H = A4
    for page in pages:
        _draw_page(c, page, W, H)
        c.showPage()
    c.save()


def render_pages(pages: list[Page], scale: float = 1.25) -> list[Image.Image]:
    """Lay pages out with reportlab and rasterise them with pypdfium2."""
    import pypdfium2 as pdfium
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    for page in pages:
        _draw_page(c, page, *A4)
        c.showPage()
    c.save()
    doc = pdfium.PdfDocument(buf.getvalue())
    out = [doc[i].render(scale=scale).to_pil().convert("RGB") for i in range(len(doc))]
    doc.close()
    return out


def seal(img: Image.Image, company: str, cx: int, cy: int, r: int = 95, label: str = "") -> Image.Image:
    """Draw a red round company seal (ring of characters, star, bottom label) onto img."""
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    red = (205, 30, 35, 200)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=red, width=max(4, r // 18))
    # five-pointed star
    pts = []
    for k in range(10):
        rad = r * (0.32 if k % 2 == 0 else 0.13)
        ang = -math.pi / 2 + k * math.pi / 5
        pts.append((cx + rad * math.cos(ang), cy + rad * math.sin(ang)))
    d.polygon(pts, fill=red)
    size = max(12, int(r * 0.22))
    font = pil_font(size)
    n = len(company)
    span = math.radians(240)
    start = math.radians(-210)
    for i, ch in enumerate(company):
        a = start + span * (i + 0.5) / n
        tile = Image.new("RGBA", (size + 6, size + 6), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((3, 1), ch, font=font, fill=red)
        tile = tile.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        x = cx + (r - size * 0.9) * math.cos(a) - tile.width / 2
        y = cy + (r - size * 0.9) * math.sin(a) - tile.height / 2
        layer.alpha_composite(tile, (int(x), int(y)))
    if label:
        lf = pil_font(max(10, int(r * 0.16)))
        w = d.textlength(label, font=lf)
        d.text((cx - w / 2, cy + r * 0.45), label, font=lf, fill=red)
    base = img.convert("RGBA")
    base.alpha_composite(layer)
    return base.convert("RGB")


def scanify(img: Image.Image, rng: random.Random) -> Image.Image:
    """Paper tone, slight rotation and blur, like an office scanner."""
    angle = rng.uniform(-0.6, 0.6)
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=(255, 255, 255))
    img = img.filter(ImageFilter.GaussianBlur(0.45))
    tone = Image.new("RGB", img.size, (246, 243, 234))
    return Image.blend(img, tone, 0.12)


def write_image_pdf(path: Path, images: list[Image.Image], title: str = "") -> None:
    """Image-only PDF (one JPEG per A4 page), deterministic."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setCreator("")
    W, H = A4
    for img in images:
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=72)
        buf.seek(0)
        c.drawImage(ImageReader(Image.open(buf)), 0, 0, width=W, height=H)
        c.showPage()
    c.save()


def mixed_pdf(path: Path, pages: list[Page | Image.Image], title: str = "") -> None:
    """PDF whose pages are text layouts or (scanned) full-page images."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setCreator("")
    W, H = A4
    for p in pages:
        if isinstance(p, Page):
            _draw_page(c, p, W, H)
        else:
            buf = io.BytesIO()
            p.save(buf, "JPEG", quality=72)
            buf.seek(0)
            c.drawImage(ImageReader(Image.open(buf)), 0, 0, width=W, height=H)
        c.showPage()
    c.save()


# ---------------------------------------------------------------------------------------- DOCX / XLSX
def new_docx():
    import docx
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    return d


def save_docx(d, path: Path, author: str, title: str) -> None:
    import datetime as dt

    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = dt.datetime(2024, 7, 18, 9, 30, 0)
    cp.modified = dt.datetime(2024, 7, 18, 9, 30, 0)
    cp.revision = 3
    path.parent.mkdir(parents=True, exist_ok=True)
    d.save(str(path))
    normalize_zip(path)


def save_xlsx(wb, path: Path, author: str) -> None:
    import datetime as dt

    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = dt.datetime(2024, 7, 18, 9, 30, 0)
    wb.properties.modified = dt.datetime(2024, 7, 18, 9, 30, 0)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(path))
    normalize_zip(path)
