"""One source of truth per package of set h69: the declared numbers, the form cells, the 附件4 rows.

Typed from the notice (沪经信软〔2024〕410号): the 指标明细表 rows (一级/二级/三级/内容), the 附件4 labels
(as the existing truth files print them), the 附录 categories. Numbers are derived from a few
primary figures so that every total, breakdown and formula holds unless a spec plants a problem.
"""

from __future__ import annotations

import copy

# 附件4 labels exactly as the labelled sets print them (line wraps joined), in the notice's order.
SUMMARY_LABELS = [
    '序号', '企业名称', '平台名称', '平台性质', '联系人姓名', '联系人手机号', '联系人电子邮箱', '评审会现场地址信息', '平台网址',
    '建设时间', '平台建设金额（万元）', '平台近三年经营指标情况', '平台建设方式', '平台运营模式', '部署方式', '平台团队总人数（人）',
    '运维人数（人）', '运营人数（人）', '有相关技术职称/从业资格的人数（人）', '平台相关研发投入（万元）', '平台相关研发投入强度（%）',
    '平台相关营业收入（万元）', '平台利润率（%）', '付费用户占比（%）', '连接的工业设备/产品/产线种类及数量（台/套）',
    '按二级分类统计工业设备数量（台/套）', '按省市区域统计工业设备数量（台/套）', '公有云工业设备连接数量（台/套）',
    '按二级分类统计公有云工业设备数量（台/套）', '按省市区域统计公有云工业设备数量（台/套）', '公有云工业设备平均日运行数量（台/套）',
    '按二级分类统计公有云工业设备平均日运行数量（台/套）', '按省市区域统计公有云工业设备平均日运行数量（台/套）', '海外设备连接数量（台/套）',
    '按海外国家分类统计海外设备连接数量（台/套）', '工业协议兼容适配数量（个）', '工业软件总量（个）', '工业APP数量（个）',
    '基于平台开发的工业APP数量（个）', '云化工业软件数量（个）', '按分类统计工业APP数量（个）', '按行业统计工业APP数量（个）',
    '工业APP平均月活跃数量（个）', '杀手锏APP数量（个）', '公有云杀手锏APP平均日在线用户数（个）', '杀手锏APP日活次数（次）',
    '杀手锏APP月平均收入（万元）', '公有云工业APP数量（个）', '公有云工业APP平均日活跃数量（个）', '按分类统计公有云工业APP平均日活跃数量（个）',
    '按行业统计公有云工业APP平均日活跃数量（个）', '平台实际用云量（台）', '平台公有云实际使用数量（台）', '存储容量（TB）',
    '存储工业数据量（TB）', '公有云数据总量（TB）', '存储资源利用率（%）', '工业机理模型数量（个）', '活跃机理模型数量（一周调用5次以上）（个）',
    '核心工业模型平均月调用用户数量（个）', '按分类统计工业模型数量（个）', '数据分析平台均速度（每TB分级/秒级/毫秒级）', '微服务数量（个）',
    '活跃微服务数量（一周调用5次以上）（个）', '开发者注册总数（个）', '活跃开发者数（个）', '平台是否建立安全管理体系',
    '有否定期开展第三方安全测试/测评', '有否定期进行安全扫描', '注册企业用户数（个）', '实际服务企业数（个）', '按行业统计服务企业数（个）',
    '按省市区域统计服务企业数（个）', '付费企业数（个）', '服务本市企业数量（个）', '服务中小企业数量（个）', '平台订单数量(近一年总量)（个）',
    '平台交易规模年增长率（%）', '工业APP订阅总数量（个）', '杀手锏工业APP订阅数量（个）', '工业APP订阅总金额（万元）',
    '平台连接工业设备利用率（%）', '平台国产化率（%）', '平台是否服务上海智能工厂，数量', '平台服务园区总数（个）', '平台提供的解决方案总数（个）',
    '按新模式统计解决方案数量（个）', '投资回报率（%）', '企业是否已上市或已获得VC/PE投资', '平台连接工业设备运维成本平均下降率（%）',
    '平台连接工业设备能耗平均下降率（%）', '平台连接工业设备安全生产持续时间平均提升率（%）', '平台现有特色指数（个）',
    '平台核心软硬件技术获得的专利数量（项）', '平台核心软硬件技术获得的软著数量（个）', '平台是否有自研形成的核心技术突破',
    '平台是否具备碳管理服务能力', '平台是否融合使用国家标识解析系统', '平台获得省部级及以上奖项/荣誉数量（个）',
    '平台建设与运营带动新增就业人数（人）', '平台社会贡献率（%）', '平台开放共享数据的形式及数量', '合作平台数量（个）',
]
assert len(SUMMARY_LABELS) == 103

DEVICE_CATS = ['采矿设备', '化工设备', '冶炼设备', '电力设备', '建材设备', '动力设备', '仪器仪表', '机床', '机器人',
               '电工、电子设备', '轻工设备', '工程机械', '农林机械', '物流设备', '交通设备', '其他']
APP_CATS = ['安全生产', '节能减排', '质量管控', '供应链管理', '研发设计', '生产制造', '运营管理', '仓储物流', '运维服务']
INDUSTRIES = ['采矿', '黑色金属', '有色金属', '石化化工', '建材', '医药', '纺织', '家电', '食品', '烟草', '轻工', '机械',
              '汽车', '航空/航天', '船舶', '轨道交通', '电子', '电力、热力和燃气', '建筑业', '农业', '服务业', '其他']
MODEL_CATS = ['数据算法模型', '研发仿真模型', '行业机理模型', '业务流程模型']
SOLUTION_MODES = ['数字化管理', '平台化设计', '网络化协同', '智能化制造', '个性化定制', '服务化延伸']

# 指标明细表: (一级, 二级, 三级, 内容, key). key names the cell in Package.cells.
L1 = '一、平台基础情况（25%）'
L2 = '二、平台关键技术能力（35%）'
L3 = '三、平台效益及可持续发展能力（40%）'
FORM_ROWS = [
    (L1, '1.1 战略定位及规划', '1.1.1 战略定位', '平台定位是否明确', 'positioning'),
    (L1, '1.1 战略定位及规划', '1.1.1 战略定位', '是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势', 'policy'),
    (L1, '1.1 战略定位及规划', '1.1.2 规划制定', '平台是否被纳入企业战略规划中', 'strategy'),
    (L1, '1.1 战略定位及规划', '1.1.2 规划制定', '是否制定了平台专项规划', 'plan'),
    (L1, '1.1 战略定位及规划', '1.1.2 规划制定', '平台团队总人数（人）', 'team_total'),
    (L1, '1.1 战略定位及规划', '1.1.2 规划制定', '其中：运维人数（人）', 'team_ops'),
    (L1, '1.1 战略定位及规划', '1.1.2 规划制定', '运营人数（人）', 'team_run'),
    (L1, '1.1 战略定位及规划', '1.1.2 规划制定', '其中：有相关技术职称/从业资格的人数（人）', 'team_qual'),
    (L1, '1.2 资金投入与经营情况', '1.2.1 创新投入情况', '平台相关研发投入（万元）', 'rd'),
    (L1, '1.2 资金投入与经营情况', '1.2.1 创新投入情况', '平台相关研发投入强度（%）', 'rd_ratio'),
    (L1, '1.2 资金投入与经营情况', '1.2.2 经营情况', '平台相关营业收入（万元）', 'rev23'),
    (L1, '1.2 资金投入与经营情况', '1.2.2 经营情况', '平台利润率（%）', 'margin'),
    (L1, '1.2 资金投入与经营情况', '1.2.2 经营情况', '付费用户占比（%）', 'paid_ratio'),
    (L2, '2.1 资源汇聚与配置', '2.1.1 工业设备连接/汇聚能力', '连接的工业设备/产品/产线种类及数量（台/套）', 'dev_total'),
    (L2, '2.1 资源汇聚与配置', '2.1.1 工业设备连接/汇聚能力', '按二级分类统计工业设备数量（台/套）', 'dev_cat'),
    (L2, '2.1 资源汇聚与配置', '2.1.1 工业设备连接/汇聚能力', '按省市区域统计工业设备数量（台/套）', 'dev_region'),
    (L2, '2.1 资源汇聚与配置', '2.1.1 工业设备连接/汇聚能力', '其中：公有云工业设备连接数量（台/套）', 'pub_total'),
    (L2, '2.1 资源汇聚与配置', '2.1.1 工业设备连接/汇聚能力', '按二级分类统计公有云工业设备数量（台/套）', 'pub_cat'),
    (L2, '2.1 资源汇聚与配置', '2.1.1 工业设备连接/汇聚能力', '按省市区域统计公有云工业设备数量（台/套）', 'pub_region'),
    (L2, '2.1 资源汇聚与配置', '2.1.1 工业设备连接/汇聚能力', '其中：公有云工业设备平均日运行数量（台/套）', 'daily_total'),
    (L2, '2.1 资源汇聚与配置', '2.1.1 工业设备连接/汇聚能力', '按二级分类统计公有云工业设备平均日运行数量（台/套）', 'daily_cat'),
    (L2, '2.1 资源汇聚与配置', '2.1.1 工业设备连接/汇聚能力', '按省市区域统计公有云工业设备平均日运行数量（台/套）', 'daily_region'),
    (L2, '2.1 资源汇聚与配置', '2.1.1 工业设备连接/汇聚能力', '其中：海外设备连接数量（台/套）', 'overseas_total'),
    (L2, '2.1 资源汇聚与配置', '2.1.1 工业设备连接/汇聚能力', '其中：按海外国家分类统计海外设备连接数量', 'overseas'),
    (L2, '2.1 资源汇聚与配置', '2.1.1 工业设备连接/汇聚能力', '工业协议兼容适配数量（个）', 'protocols'),
    (L2, '2.1 资源汇聚与配置', '2.1.1 工业设备连接/汇聚能力', '其他资源汇聚情况', 'other_resources'),
    (L2, '2.1 资源汇聚与配置', '2.1.2 工业软件/APP', '工业软件总量（个）', 'sw_total'),
    (L2, '2.1 资源汇聚与配置', '2.1.2 工业软件/APP', '工业APP数量（个）', 'app_total'),
    (L2, '2.1 资源汇聚与配置', '2.1.2 工业软件/APP', '其中：基于平台开发的工业APP数量（个）', 'app_native'),
    (L2, '2.1 资源汇聚与配置', '2.1.2 工业软件/APP', '云化工业软件数量（个）', 'app_cloud'),
    (L2, '2.1 资源汇聚与配置', '2.1.2 工业软件/APP', '按分类统计工业APP数量（个）', 'app_cat'),
    (L2, '2.1 资源汇聚与配置', '2.1.2 工业软件/APP', '按行业统计工业APP数量（个）', 'app_ind'),
    (L2, '2.1 资源汇聚与配置', '2.1.2 工业软件/APP', '工业APP平均月活跃数量（个）', 'app_mau'),
    (L2, '2.1 资源汇聚与配置', '2.1.2 工业软件/APP', '其中：杀手锏APP数量（个）', 'killer'),
    (L2, '2.1 资源汇聚与配置', '2.1.2 工业软件/APP', '公有云杀手锏APP平均日在线用户数（个）', 'killer_dau'),
    (L2, '2.1 资源汇聚与配置', '2.1.2 工业软件/APP', '杀手锏APP日活次数（次）', 'killer_times'),
    (L2, '2.1 资源汇聚与配置', '2.1.2 工业软件/APP', '杀手锏APP月平均收入（万元）', 'killer_income'),
    (L2, '2.1 资源汇聚与配置', '2.1.2 工业软件/APP', '其中：公有云工业APP数量（个）', 'pub_app'),
    (L2, '2.1 资源汇聚与配置', '2.1.2 工业软件/APP', '其中：公有云工业APP平均日活跃数量（个）', 'pub_app_dau'),
    (L2, '2.1 资源汇聚与配置', '2.1.2 工业软件/APP', '其中：按分类统计公有云工业APP平均日活跃数量（个）', 'pub_app_dau_cat'),
    (L2, '2.1 资源汇聚与配置', '2.1.2 工业软件/APP', '其中：按行业统计公有云工业APP平均日活跃数量（个）', 'pub_app_dau_ind'),
    (L2, '2.2 数据管理与挖掘', '2.2.1 数据采集', '边缘数据处理能力', 'edge'),
    (L2, '2.2 数据管理与挖掘', '2.2.1 数据采集', '其他数据采集能力', 'other_collect'),
    (L2, '2.2 数据管理与挖掘', '2.2.2 数据处理（存储计算能力）', '是否支持可拓展云计算能力', 'scalable'),
    (L2, '2.2 数据管理与挖掘', '2.2.2 数据处理（存储计算能力）', '云化服务器算力', 'compute'),
    (L2, '2.2 数据管理与挖掘', '2.2.2 数据处理（存储计算能力）', '平台实际用云量（台）', 'cloud_total'),
    (L2, '2.2 数据管理与挖掘', '2.2.2 数据处理（存储计算能力）', '平台公有云实际使用数量（台）', 'cloud_pub'),
    (L2, '2.2 数据管理与挖掘', '2.2.2 数据处理（存储计算能力）', '存储容量（TB）', 'storage_cap'),
    (L2, '2.2 数据管理与挖掘', '2.2.2 数据处理（存储计算能力）', '存储工业数据量（TB）', 'storage_data'),
    (L2, '2.2 数据管理与挖掘', '2.2.2 数据处理（存储计算能力）', '公有云数据总量（TB）', 'storage_pub'),
    (L2, '2.2 数据管理与挖掘', '2.2.2 数据处理（存储计算能力）', '存储资源利用率（%）', 'storage_util'),
    (L2, '2.2 数据管理与挖掘', '2.2.2 数据处理（存储计算能力）', '数据基础管理能力', 'data_mgmt'),
    (L2, '2.2 数据管理与挖掘', '2.2.3 数据建模和分析', '工业机理模型数量（个）', 'models'),
    (L2, '2.2 数据管理与挖掘', '2.2.3 数据建模和分析', '其中：活跃机理模型数量（一周调用5次以上）（个）', 'models_active'),
    (L2, '2.2 数据管理与挖掘', '2.2.3 数据建模和分析', '核心工业模型平均月调用用户数量（个）', 'model_users'),
    (L2, '2.2 数据管理与挖掘', '2.2.3 数据建模和分析', '按分类统计工业模型数量（个）', 'model_cat'),
    (L2, '2.2 数据管理与挖掘', '2.2.3 数据建模和分析', '是否提供通用建模分析算法', 'algo_yes'),
    (L2, '2.2 数据管理与挖掘', '2.2.3 数据建模和分析', '智能分析算法类型', 'algo_types'),
    (L2, '2.2 数据管理与挖掘', '2.2.3 数据建模和分析', '数据分析平台均速度（每TB分级/秒级/毫秒级）', 'speed'),
    (L2, '2.3 微服务部署与调用', '2.3.1 平台微服务情况', '微服务数量（个）', 'ms'),
    (L2, '2.3 微服务部署与调用', '2.3.1 平台微服务情况', '其中：活跃微服务数量（一周调用5次以上）（个）', 'ms_active'),
    (L2, '2.4 平台开发与使用', '2.4.1 平台开发者数量', '是否建立开发者社区及相关功能', 'community'),
    (L2, '2.4 平台开发与使用', '2.4.1 平台开发者数量', '开发者注册总数（个）', 'devs'),
    (L2, '2.4 平台开发与使用', '2.4.1 平台开发者数量', '其中：活跃开发者数（个）', 'devs_active'),
    (L2, '2.4 平台开发与使用', '2.4.2 应用开发服务能力', '平台支持开发语言类型', 'languages'),
    (L2, '2.4 平台开发与使用', '2.4.2 应用开发服务能力', '平台应用开发框架', 'framework'),
    (L2, '2.4 平台开发与使用', '2.4.2 应用开发服务能力', '平台应用开发工具', 'tools'),
    (L2, '2.5 安全体系', '2.5.1 安全制度建设', '是否针对平台制定了安全管理相关制度', 'sec_sys'),
    (L2, '2.5 安全体系', '2.5.1 安全制度建设', '建立的安全制度保护了平台的哪些方面', 'sec_scope'),
    (L2, '2.5 安全体系', '2.5.1 安全制度建设', '有否定期开展第三方安全测试/测评', 'sec_test'),
    (L2, '2.5 安全体系', '2.5.1 安全制度建设', '有否定期进行安全扫描', 'sec_scan'),
    (L2, '2.5 安全体系', '2.5.2 安全技术保障', '采用何种安全技术情况', 'sec_tech'),
    (L2, '2.5 安全体系', '2.5.2 安全技术保障', '核心数据安全保护手段', 'sec_backup'),
    (L3, '3.1 平台应用', '3.1.1 平台应用规模', '注册企业用户数（个）', 'reg'),
    (L3, '3.1 平台应用', '3.1.1 平台应用规模', '其中：实际服务企业数（个）', 'served'),
    (L3, '3.1 平台应用', '3.1.1 平台应用规模', '按行业统计服务企业数（个）', 'served_ind'),
    (L3, '3.1 平台应用', '3.1.1 平台应用规模', '按省市区域统计服务企业数（个）', 'served_region'),
    (L3, '3.1 平台应用', '3.1.1 平台应用规模', '其中：付费企业数（个）', 'paid'),
    (L3, '3.1 平台应用', '3.1.1 平台应用规模', '其中：服务本市企业数量（个）', 'local'),
    (L3, '3.1 平台应用', '3.1.1 平台应用规模', '其中：服务中小企业数量（个）', 'sme'),
    (L3, '3.1 平台应用', '3.1.1 平台应用规模', '平台订单数量（个），填写近一年总量', 'orders'),
    (L3, '3.1 平台应用', '3.1.1 平台应用规模', '平台交易规模年增长率（%）', 'trade_growth'),
    (L3, '3.1 平台应用', '3.1.1 平台应用规模', '工业APP订阅总数量（个）', 'subs'),
    (L3, '3.1 平台应用', '3.1.1 平台应用规模', '其中：杀手锏工业APP订阅数量（个）', 'killer_subs'),
    (L3, '3.1 平台应用', '3.1.1 平台应用规模', '工业APP订阅总金额（万元）', 'subs_amount'),
    (L3, '3.1 平台应用', '3.1.1 平台应用规模', '平台连接工业设备利用率（%）', 'dev_util'),
    (L3, '3.1 平台应用', '3.1.1 平台应用规模', '平台国产化率（%）', 'localization'),
    (L3, '3.1 平台应用', '3.1.1 平台应用规模', '平台是否服务上海智能工厂，数量', 'smart'),
    (L3, '3.1 平台应用', '3.1.1 平台应用规模', '平台服务园区总数（个）', 'parks'),
    (L3, '3.1 平台应用', '3.1.1 平台应用规模', '平台提供的解决方案总数（个）', 'solutions'),
    (L3, '3.1 平台应用', '3.1.1 平台应用规模', '其中：按新模式统计解决方案数量（个）', 'sol_mode'),
    (L3, '3.1 平台应用', '3.1.2 平台应用价值', '投资回报率（%）', 'roi'),
    (L3, '3.1 平台应用', '3.1.2 平台应用价值', '企业已上市或已获得VC/PE投资', 'vcpe'),
    (L3, '3.1 平台应用', '3.1.2 平台应用价值', '关键技术自主可控', 'autonomy'),
    (L3, '3.1 平台应用', '3.1.2 平台应用价值', '解决方案累计对企业/用户新增效益', 'benefit'),
    (L3, '3.1 平台应用', '3.1.2 平台应用价值', '解决方案累计对企业/用户降低成本', 'cost'),
    (L3, '3.1 平台应用', '3.1.2 平台应用价值', '平台连接工业设备运维成本平均下降率（%）', 'om_down'),
    (L3, '3.1 平台应用', '3.1.2 平台应用价值', '平台连接工业设备能耗平均下降率（%）', 'energy_down'),
    (L3, '3.1 平台应用', '3.1.2 平台应用价值', '平台连接工业设备安全生产持续时间平均提升率（%）', 'safety_up'),
    (L3, '3.1 平台应用', '3.1.2 平台应用价值', '平台数据价值挖掘应用能力', 'data_value'),
    (L3, '3.1 平台应用', '3.1.2 平台应用价值', '工业互联网平台+供应链协同应用情况', 'supply'),
    (L3, '3.1 平台应用', '3.1.2 平台应用价值', '平台有否与新技术的融合应用', 'newtech'),
    (L3, '3.1 平台应用', '3.1.2 平台应用价值', '平台现有特色指数（个）', 'indices'),
    (L3, '3.1 平台应用', '3.1.3 平台带动成效', '平台核心软硬件技术获得的专利数量（项）', 'patents'),
    (L3, '3.1 平台应用', '3.1.3 平台带动成效', '平台核心软硬件技术获得的软著数量（个）', 'softcopy'),
    (L3, '3.1 平台应用', '3.1.3 平台带动成效', '平台是否有自研形成的核心技术突破', 'breakthrough'),
    (L3, '3.1 平台应用', '3.1.3 平台带动成效', '平台是否具备碳管理服务能力', 'carbon'),
    (L3, '3.1 平台应用', '3.1.3 平台带动成效', '平台是否融合使用国家标识解析系统', 'idres'),
    (L3, '3.1 平台应用', '3.1.3 平台带动成效', '平台牵头/参与标准制定情况（国家标准、行业标准）', 'standards'),
    (L3, '3.1 平台应用', '3.1.3 平台带动成效', '平台获得省部级及以上奖项/荣誉数量（个）', 'awards'),
    (L3, '3.1 平台应用', '3.1.3 平台带动成效', '平台建设与运营带动新增就业人数（人）', 'jobs'),
    (L3, '3.1 平台应用', '3.1.3 平台带动成效', '平台社会贡献率（%）', 'social'),
    (L3, '3.1 平台应用', '3.1.3 平台带动成效', '平台对关键行业/领域、本市及其他重点区域等贡献及支撑', 'contribution'),
    (L3, '3.2 平台生态建设', '3.2.1 平台开放', '是否建立供应链产业链开放共享机制', 'open_mech'),
    (L3, '3.2 平台生态建设', '3.2.1 平台开放', '平台开放共享数据的形式及数量', 'open_data'),
    (L3, '3.2 平台生态建设', '3.2.2 平台生态', '合作平台数量（个）', 'partners'),
    (L3, '3.2 平台生态建设', '3.2.2 平台生态', '跨平台调用功能建设情况', 'cross'),
    (L3, '3.2 平台生态建设', '3.2.2 平台生态', '新产业、新模式培育情况', 'newind'),
]


def split(total: int, weights: list[float]) -> list[int]:
    """Integers proportional to weights summing exactly to total (largest remainder)."""
    s = sum(weights)
    raw = [total * w / s for w in weights]
    base = [int(x) for x in raw]
    rest = total - sum(base)
    order = sorted(range(len(raw)), key=lambda i: (-(raw[i] - base[i]), i))
    for i in order[:rest]:
        base[i] += 1
    return base


def r2(x: float) -> float:
    return round(x + 1e-9, 2)


def fmt2(x: float) -> str:
    return f"{x:.2f}"


def bd_text(d: dict, sep: str = "、", colon: str = "：") -> str:
    return sep.join(f"{k}{colon}{v}" for k, v in d.items())


def synth(p: dict) -> dict:
    """All indicator values from the primary figures of a spec (p). Returns n (numbers, dicts)."""
    n = dict(p)
    n['team_total'] = p['team_ops'] + p['team_run']
    n['rev23'] = p['rev'][2023]
    n['rd_ratio'] = r2(p['rd'] / n['rev23'] * 100)
    n['margin'] = r2(p['profit'] / n['rev23'] * 100)
    n['paid_ratio'] = r2(p['paid'] / p['reg'] * 100)
    n['roi'] = r2(p['profit'] / p['build_amount'] * 100)
    n['g22'] = r2((p['rev'][2022] / p['rev'][2021] - 1) * 100)
    n['g23'] = r2((p['rev'][2023] / p['rev'][2022] - 1) * 100)
    cats = list(p['dev_cat_w'])
    regions = list(p['region_w'])
    overseas = list(p.get('overseas_w', {}))
    n['dev_cat'] = dict(zip(cats, split(p['dev_total'], list(p['dev_cat_w'].values()))))
    n['overseas'] = dict(zip(overseas, split(p['overseas_total'], list(p['overseas_w'].values())))) if overseas else {}
    dom = split(p['dev_total'] - p['overseas_total'], list(p['region_w'].values()))
    n['dev_region'] = {**dict(zip(regions, dom)), **n['overseas']}
    for key, tot in (('pub', p['pub_total']), ('daily', p['daily_total'])):
        n[f'{key}_cat'] = dict(zip(cats, split(tot, list(n['dev_cat'].values()))))
        n[f'{key}_region'] = dict(zip(n['dev_region'], split(tot, list(n['dev_region'].values()))))
    n['app_cloud'] = p['app_total'] - p['app_native']
    n['app_cat'] = dict(zip(p['app_cat_w'], split(p['app_total'], list(p['app_cat_w'].values()))))
    n['app_ind'] = dict(zip(p['ind_w'], split(p['app_total'], list(p['ind_w'].values()))))
    n['pub_app_dau_cat'] = dict(zip(p['app_cat_w'], split(p['pub_app_dau'], list(n['app_cat'].values()))))
    n['pub_app_dau_ind'] = dict(zip(p['ind_w'], split(p['pub_app_dau'], list(n['app_ind'].values()))))
    n['storage_util'] = r2(p['storage_data'] / p['storage_cap'] * 100)
    n['model_cat'] = dict(zip(MODEL_CATS, split(p['models'], p['model_w'])))
    n['served_ind'] = dict(zip(p['ind_w'], split(p['served'], list(p['ind_w'].values()))))
    # served by region: 上海 equals 服务本市企业数量
    others = {k: v for k, v in p['served_region_w'].items() if k != '上海'}
    rest = split(p['served'] - p['local'], list(others.values()))
    n['served_region'] = {'上海': p['local'], **dict(zip(others, rest))}
    n['sol_mode'] = dict(zip(SOLUTION_MODES, split(p['solutions'], p['sol_w'])))
    n['killer'] = 5
    return n


def validate(n: dict) -> list[str]:
    """Consistency audit of the numbers (a clean package must return [])."""
    bad = []

    def eq(a, b, what):
        if abs(a - b) > 0.0051:
            bad.append(f"{what}: {a} != {b}")

    eq(n['team_ops'] + n['team_run'], n['team_total'], '运维+运营')
    for tot, part in (('dev_total', 'dev_cat'), ('dev_total', 'dev_region'), ('pub_total', 'pub_cat'),
                      ('pub_total', 'pub_region'), ('daily_total', 'daily_cat'), ('daily_total', 'daily_region'),
                      ('overseas_total', 'overseas'), ('app_total', 'app_cat'), ('app_total', 'app_ind'),
                      ('pub_app_dau', 'pub_app_dau_cat'), ('pub_app_dau', 'pub_app_dau_ind'), ('models', 'model_cat'),
                      ('served', 'served_ind'), ('served', 'served_region'), ('solutions', 'sol_mode')):
        eq(sum(n[part].values()), n[tot], f'{part} sum')
    eq(n['app_native'] + n['app_cloud'], n['app_total'], 'APP native+cloud')
    for small, big in (('pub_total', 'dev_total'), ('daily_total', 'pub_total'), ('overseas_total', 'dev_total'),
                       ('app_total', 'sw_total'), ('app_mau', 'app_total'), ('pub_app', 'app_total'),
                       ('pub_app_dau', 'pub_app'), ('cloud_pub', 'cloud_total'), ('storage_data', 'storage_cap'),
                       ('storage_pub', 'storage_data'), ('models_active', 'models'), ('ms_active', 'ms'),
                       ('devs_active', 'devs'), ('served', 'reg'), ('paid', 'served'), ('local', 'served'),
                       ('sme', 'served'), ('killer_subs', 'subs'), ('team_qual', 'team_total')):
        if n[small] > n[big]:
            bad.append(f"{small} > {big}")
    eq(n['rd_ratio'], r2(n['rd'] / n['rev23'] * 100), '研发强度')
    eq(n['margin'], r2(n['profit'] / n['rev23'] * 100), '利润率')
    eq(n['roi'], r2(n['profit'] / n['build_amount'] * 100), 'ROI')
    eq(n['storage_util'], r2(n['storage_data'] / n['storage_cap'] * 100), '存储利用率')
    eq(n['paid_ratio'], r2(n['paid'] / n['reg'] * 100), '付费占比')
    eq(n['g22'], r2((n['rev'][2022] / n['rev'][2021] - 1) * 100), 'g22')
    eq(n['g23'], r2((n['rev'][2023] / n['rev'][2022] - 1) * 100), 'g23')
    eq(n['served_region']['上海'], n['local'], '上海=本市')
    return bad


def yn(v: bool) -> str:
    return '是' if v else '否'


def summary_rows(n: dict, pkg) -> list[dict]:
    """附件4 rows as a careful reviewer fills them from the 申报表 (序号 from 附件6)."""
    t = pkg.texts
    orders = {'2023年自然年': n['orders23'], '截至填表日前一年': n['orders_ttm']}
    rev = n['rev']
    three = {
        '2021年平台营收（万元）': rev[2021], '2021年增长率（%）': n['g21'],
        '2022年平台营收（万元）': rev[2022], '2022年增长率（%）': n['g22'],
        '2023年平台营收（万元）': rev[2023], '2023年增长率（%）': n['g23'],
    }
    three_text = '；'.join(f"{y}年平台营收{fmt2(rev[y])}万元/增长率{fmt2(n[g])}%"
                          for y, g in ((2021, 'g21'), (2022, 'g22'), (2023, 'g23')))

    def num(key, dec=False):
        v = n[key]
        return (fmt2(v), r2(v)) if dec else (str(v), v)

    def bd(key):
        return bd_text(n[key]), dict(n[key])

    vals = {
        '序号': (str(pkg.list_no), pkg.list_no),
        '企业名称': (pkg.company, pkg.company),
        '平台名称': (pkg.declared_name, pkg.declared_name),
        '平台性质': (pkg.nature, pkg.nature),
        '联系人姓名': (pkg.contact['name'],) * 2,
        '联系人手机号': (pkg.contact['mobile'],) * 2,
        '联系人电子邮箱': (pkg.contact['email'],) * 2,
        '评审会现场地址信息': (pkg.venue,) * 2,
        '平台网址': (pkg.url,) * 2,
        '建设时间': (pkg.build_period,) * 2,
        '平台建设金额（万元）': num('build_amount', True),
        '平台近三年经营指标情况': (three_text, three),
        '平台建设方式': (pkg.build_mode,) * 2,
        '平台运营模式': (pkg.op_mode,) * 2,
        '部署方式': (pkg.deploy,) * 2,
        '平台团队总人数（人）': num('team_total'),
        '运维人数（人）': num('team_ops'),
        '运营人数（人）': num('team_run'),
        '有相关技术职称/从业资格的人数（人）': num('team_qual'),
        '平台相关研发投入（万元）': num('rd', True),
        '平台相关研发投入强度（%）': num('rd_ratio', True),
        '平台相关营业收入（万元）': num('rev23', True),
        '平台利润率（%）': num('margin', True),
        '付费用户占比（%）': num('paid_ratio', True),
        '连接的工业设备/产品/产线种类及数量（台/套）': num('dev_total'),
        '按二级分类统计工业设备数量（台/套）': bd('dev_cat'),
        '按省市区域统计工业设备数量（台/套）': bd('dev_region'),
        '公有云工业设备连接数量（台/套）': num('pub_total'),
        '按二级分类统计公有云工业设备数量（台/套）': bd('pub_cat'),
        '按省市区域统计公有云工业设备数量（台/套）': bd('pub_region'),
        '公有云工业设备平均日运行数量（台/套）': num('daily_total'),
        '按二级分类统计公有云工业设备平均日运行数量（台/套）': bd('daily_cat'),
        '按省市区域统计公有云工业设备平均日运行数量（台/套）': bd('daily_region'),
        '海外设备连接数量（台/套）': num('overseas_total'),
        '按海外国家分类统计海外设备连接数量（台/套）': bd('overseas') if n['overseas'] else ('无', None),
        '工业协议兼容适配数量（个）': num('protocols'),
        '工业软件总量（个）': num('sw_total'),
        '工业APP数量（个）': num('app_total'),
        '基于平台开发的工业APP数量（个）': num('app_native'),
        '云化工业软件数量（个）': num('app_cloud'),
        '按分类统计工业APP数量（个）': bd('app_cat'),
        '按行业统计工业APP数量（个）': bd('app_ind'),
        '工业APP平均月活跃数量（个）': num('app_mau'),
        '杀手锏APP数量（个）': num('killer'),
        '公有云杀手锏APP平均日在线用户数（个）': num('killer_dau'),
        '杀手锏APP日活次数（次）': num('killer_times'),
        '杀手锏APP月平均收入（万元）': num('killer_income', True),
        '公有云工业APP数量（个）': num('pub_app'),
        '公有云工业APP平均日活跃数量（个）': num('pub_app_dau'),
        '按分类统计公有云工业APP平均日活跃数量（个）': bd('pub_app_dau_cat'),
        '按行业统计公有云工业APP平均日活跃数量（个）': bd('pub_app_dau_ind'),
        '平台实际用云量（台）': num('cloud_total', True),
        '平台公有云实际使用数量（台）': num('cloud_pub'),
        '存储容量（TB）': num('storage_cap', True),
        '存储工业数据量（TB）': num('storage_data', True),
        '公有云数据总量（TB）': num('storage_pub', True),
        '存储资源利用率（%）': num('storage_util', True),
        '工业机理模型数量（个）': num('models'),
        '活跃机理模型数量（一周调用5次以上）（个）': num('models_active'),
        '核心工业模型平均月调用用户数量（个）': num('model_users'),
        '按分类统计工业模型数量（个）': bd('model_cat'),
        '数据分析平台均速度（每TB分级/秒级/毫秒级）': (t['speed'], n['speed_level']),
        '微服务数量（个）': num('ms'),
        '活跃微服务数量（一周调用5次以上）（个）': num('ms_active'),
        '开发者注册总数（个）': num('devs'),
        '活跃开发者数（个）': num('devs_active'),
        '平台是否建立安全管理体系': ('是', True),
        '有否定期开展第三方安全测试/测评': ('是', True),
        '有否定期进行安全扫描': ('是', True),
        '注册企业用户数（个）': num('reg'),
        '实际服务企业数（个）': num('served'),
        '按行业统计服务企业数（个）': bd('served_ind'),
        '按省市区域统计服务企业数（个）': bd('served_region'),
        '付费企业数（个）': num('paid'),
        '服务本市企业数量（个）': num('local'),
        '服务中小企业数量（个）': num('sme'),
        '平台订单数量(近一年总量)（个）': (f"2023年自然年：{n['orders23']}个；截至填表日前一年：{n['orders_ttm']}个", orders),
        '平台交易规模年增长率（%）': num('trade_growth', True),
        '工业APP订阅总数量（个）': num('subs'),
        '杀手锏工业APP订阅数量（个）': num('killer_subs'),
        '工业APP订阅总金额（万元）': num('subs_amount', True),
        '平台连接工业设备利用率（%）': num('dev_util', True),
        '平台国产化率（%）': num('localization', True),
        '平台是否服务上海智能工厂，数量': (f"是，{n['smart']}家" if n['smart'] else '否', n['smart']),
        '平台服务园区总数（个）': num('parks'),
        '平台提供的解决方案总数（个）': num('solutions'),
        '按新模式统计解决方案数量（个）': bd('sol_mode'),
        '投资回报率（%）': num('roi', True),
        '企业是否已上市或已获得VC/PE投资': (yn(n['vcpe']), n['vcpe']),
        '平台连接工业设备运维成本平均下降率（%）': num('om_down', True),
        '平台连接工业设备能耗平均下降率（%）': num('energy_down', True),
        '平台连接工业设备安全生产持续时间平均提升率（%）': num('safety_up', True),
        '平台现有特色指数（个）': num('indices'),
        '平台核心软硬件技术获得的专利数量（项）': num('patents'),
        '平台核心软硬件技术获得的软著数量（个）': num('softcopy'),
        '平台是否有自研形成的核心技术突破': (yn(n['breakthrough']), n['breakthrough']),
        '平台是否具备碳管理服务能力': (yn(n['carbon']), n['carbon']),
        '平台是否融合使用国家标识解析系统': (yn(n['idres']), n['idres']),
        '平台获得省部级及以上奖项/荣誉数量（个）': num('awards'),
        '平台建设与运营带动新增就业人数（人）': num('jobs'),
        '平台社会贡献率（%）': num('social', True),
        '平台开放共享数据的形式及数量': (t['open_data'],) * 2,
        '合作平台数量（个）': num('partners'),
    }
    assert list(vals) == SUMMARY_LABELS, set(SUMMARY_LABELS) ^ set(vals)
    return [{'label': k, 'value': v[0], 'normalized': v[1]} for k, v in vals.items()]


def form_cells(n: dict, pkg) -> dict[str, str]:
    """The 平台实际情况 cell of every 指标明细表 row, as the applicant writes it."""
    t = pkg.texts
    c = {}
    for key in ('team_total', 'team_ops', 'team_run', 'team_qual', 'dev_total', 'pub_total', 'daily_total',
                'overseas_total', 'protocols', 'sw_total', 'app_total', 'app_native', 'app_cloud', 'app_mau', 'killer',
                'killer_dau', 'killer_times', 'pub_app', 'pub_app_dau', 'cloud_pub', 'models', 'models_active',
                'model_users', 'ms', 'ms_active', 'devs', 'devs_active', 'reg', 'served', 'paid', 'local', 'sme',
                'subs', 'killer_subs', 'parks', 'solutions', 'indices', 'patents', 'softcopy', 'awards', 'jobs',
                'partners'):
        c[key] = str(n[key])
    for key in ('rd', 'rd_ratio', 'rev23', 'margin', 'paid_ratio', 'killer_income', 'cloud_total', 'storage_cap',
                'storage_data', 'storage_pub', 'storage_util', 'trade_growth', 'subs_amount', 'dev_util',
                'localization', 'roi', 'om_down', 'energy_down', 'safety_up', 'social'):
        c[key] = fmt2(n[key])
    for key in ('dev_cat', 'dev_region', 'pub_cat', 'pub_region', 'daily_cat', 'daily_region', 'app_cat', 'app_ind',
                'pub_app_dau_cat', 'pub_app_dau_ind', 'model_cat', 'served_ind', 'served_region', 'sol_mode'):
        c[key] = bd_text(n[key])
    c['overseas'] = bd_text(n['overseas']) if n['overseas'] else '无'
    c['orders'] = f"2023年自然年：{n['orders23']}个；截至填表日前一年：{n['orders_ttm']}个"
    c['smart'] = f"是，{n['smart']}家。" + t['smart_detail'] if n['smart'] else '否'
    c['vcpe'] = ('是，' + t['vcpe_detail']) if n['vcpe'] else '否'
    c['breakthrough'] = '是，' + t['breakthrough']
    c['carbon'] = ('是，' + t['carbon']) if n['carbon'] else '否'
    c['idres'] = ('是，' + t['idres']) if n['idres'] else '否'
    for key in ('positioning', 'policy', 'strategy', 'plan', 'other_resources', 'edge', 'other_collect', 'compute',
                'data_mgmt', 'algo_types', 'languages', 'framework', 'tools', 'sec_scope', 'sec_tech', 'sec_backup',
                'autonomy', 'benefit', 'cost', 'data_value', 'supply', 'newtech', 'standards', 'contribution',
                'open_data', 'cross', 'newind', 'speed'):
        c[key] = t[key]
    c['scalable'] = '是'
    c['algo_yes'] = '是'
    c['community'] = '是'
    c['sec_sys'] = '是，' + t['sec_sys']
    c['sec_test'] = '是，' + t['sec_test']
    c['sec_scan'] = '是，' + t['sec_scan']
    c['open_mech'] = '是，' + t['open_mech']
    return c


def deepcopy(x):
    return copy.deepcopy(x)
