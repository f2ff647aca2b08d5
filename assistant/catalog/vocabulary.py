"""The vocabularies the notice defines or implies, one place each, for readers and checks alike.

- Statement components: the inputs of the formula indicators as the evidence names them
  (平台利润率 = 平台利润总额 ÷ 平台相关营业收入; 社会贡献率 over 平均资产总额 …) and the company's
  营业收入 that bounds both 主营业务收入 and the platform's revenue.
- Categories of 附录A–E as applicants write them (`category_key`).
- Dashboard captions: what a caption must say to name an indicator (`FIGURE_CONCEPTS`,
  `caption_field`): the thing counted, the word that makes it that count, the words of rates,
  flows and moments that make it another figure — never a closed list of captions.

Must not import anything of `assistant` but `core`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.core.text_keys import compact

# Components of formula indicators, named as the reviewer reads them (eval truth uses the same).
PROFIT_COMPONENT = "平台利润总额（万元）"  # 平台利润率 = 平台利润 ÷ 平台相关营业收入
ANNUAL_PROFIT_COMPONENT = "平台年利润（万元）"  # 投资回报率 = 平台年利润 ÷ 投资总额
TAX_COMPONENT = "税金及附加（万元）"  # part of 社会贡献总额
ASSETS_END_COMPONENT = "资产总计期末（万元）"  # 平均资产总额 = (期末 + 期初) ÷ 2
ASSETS_START_COMPONENT = "资产总计期初（万元）"
# The company's 营业收入 (主营 + 其他业务收入): an upper bound of 主营业务收入 and of the platform's revenue.
COMPANY_REVENUE_COMPONENT = "营业收入（万元）"
RD_EXPENSED_COMPONENT = "费用化研发支出（万元）"  # 研发投入 = 费用化支出 + 资本化支出 (an audit note's two columns)
RD_CAPITALIZED_COMPONENT = "资本化研发支出（万元）"
SOCIAL_CONTRIBUTION_COMPONENT = "社会贡献总额（万元）"  # 社会贡献率 = 社会贡献总额 ÷ 平均资产总额
AVERAGE_ASSETS_COMPONENT = "平均资产总额（万元）"


def transaction_scale_component(year: int) -> str:
    """平台交易规模年增长率 = 最近一年交易规模的增长: one year's scale, an input of the rate."""
    return f"{year}年平台交易规模（万元）"


def caption_doubt(field_id: str, caption: str) -> str | None:
    """The doubt a caption leaves on the indicator it was read as: 「新增参保人数」 counts the new insured
    staff (a 社保 proof), 带动新增就业 may be counted otherwise (customers' jobs too)."""
    if field_id == "jobs_created" and "参保" in caption:
        return "存疑：按社保“新增参保人数”读作带动新增就业人数，申报口径可能不同"
    if field_id == "devices_public_cloud" and "上云" in caption and "公有云" not in caption:
        return "存疑：“上云”未注明公有云，按公有云设备记录"
    return None


def category_key(name: str) -> str:
    """A category name of 附录A–E as applicants vary it: "机床设备" / "机床", "汽车行业" / "汽车"."""
    key = re.sub(r"[、,，/()（）·.:：\"“”]", "", compact(name))
    for suffix in ("类模型", "模型", "类", "设备", "行业", "产业"):
        if key.endswith(suffix) and len(key) > len(suffix) + 1:
            key = key[: -len(suffix)]
            break
    if key.endswith("业") and len(key) > 2:
        key = key[:-1]
    return key


# --- dashboard captions ----------------------------------------------------------------------

@dataclass(frozen=True)
class FigureConcept:
    """What a dashboard caption must say to name one indicator: the thing counted (`head`), a
    word that makes it this count of that thing (`qualifier`; None: the head alone suffices),
    and words that make it another figure (`exclude`)."""

    field_id: str
    head: re.Pattern[str]
    qualifier: re.Pattern[str] | None = None
    exclude: re.Pattern[str] | None = None


def _concept(field_id: str, head: str, qualifier: str | None = None, exclude: str | None = None) -> FigureConcept:
    return FigureConcept(field_id, re.compile(head), re.compile(qualifier) if qualifier else None,
                         re.compile(exclude) if exclude else None)


# Machines an operator counts as its devices (附录A's kinds in the words dashboards use).
_MACHINES = r"电机|机组|机床|织机|风机|水泵|泵组|锅炉|机器人|控制器|PLC|传感器|仪表|电表|变压器|空压机|注塑机|发动机"
# A figure of another kind whatever it counts: a rate, a flow, a change, a moment, a ranking.
_NOT_A_TOTAL = re.compile(r"率|占比|比例|同比|环比|增长|新增|今日|今天|当日|本日|本周|本月|月度|昨日|实时|趋势|排名|排行|"
                          r"榜|TOP|分布|分类|类别|按|在线|离线|运行|活跃|月活|日活|故障|告警|报警|异常|平均|日均|峰值|次数|调用|访问|"
                          r"下载|浏览|时长|收入|金额|营收|费用|成本|能耗|产量|订单")
_ACTIVE_MONTH = re.compile(r"本月|当月|近\s*(?:30|三十)\s*[日天]|近一个?月")
# A period a caption may name: the one the notice asks for (平台订单数量: 近一年总量).
# (「年度订单(2023)」, its brackets dropped; 「近30日日均运行」, 「日均运行（近30日）」: the window a daily
# average is taken over)
_CAPTION_PERIOD = re.compile(r"近\s*(?:12|十二)\s*个?月|近一年|全年|年度|\d{4}\s*年|(?<![\d.])(?:19|20)\d{2}$"
                             r"|近\s*\d{1,3}\s*[日天](?=日均|平均)|(?:(?<=运行)|(?<=在线))近\s*\d{1,3}\s*[日天]$"
                             r"|(?<![\d.])0?1\s*[-—~至]\s*12\s*月")  # 「2023年1-12月」: the whole year
# 「近30日日均运行」, 「日均运行（近30日）」: only devices run in the notice's words, and the window says the figure is
# the notice's daily average over a period (「日均运行」 alone names devices only on a devices' page: `figure_pieces`)
_WINDOWED_RUNNING = re.compile(r"近\d{1,3}[日天](?:日均|平均日|每日平均)(?:运行|在线运行)"
                               r"|(?:日均|平均日|每日平均)(?:运行|在线运行)近\d{1,3}[日天]")
# Captions are compared after NFKC, dropping spaces, a unit in brackets, a trailing colon and the
# counting words (数/数量/总数/总量/累计/合计), so "平台注册企业（家）：" reads as 平台注册企业.
# Order matters: the narrower concept of a pair (公有云工业APP / 工业APP) comes first.
FIGURE_CONCEPTS: tuple[FigureConcept, ...] = (
    # The notice's own activity indicators: the qualifier is the defined activity, the only
    # "rate or flow" word such a caption may hold.
    _concept("apps_monthly_active", r"APP|应用", r"月活跃|月活|月均活跃", r"公有云|杀手锏|开发者|用户|次数"),
    _concept("apps_public_cloud_daily_active", r"APP|应用", r"公有云.*(?:日|日均|平均日)活|(?:日|日均|平均日)活.*公有云",
             r"杀手锏|用户|次数"),
    # only devices "run" in the notice's words, so 公有云日均运行 names this count even without 设备
    # 日均在线 is how dashboards say it (「公有云设备日均在线」): a device online is a device running
    _concept("devices_public_cloud_daily_running", r"设备|终端|机台|运行|在线",
             r"公有云.*(?:日均?|平均日)(?:运行|在线)|(?:日均?|平均日)(?:运行|在线).*公有云", r"杀手锏|用户|APP|应用"),
    # the notice counts devices running each day only on the public cloud: an operator's 「近一年日均上传
    # 运行数据的设备」 without the word is that count (「在线」 alone is a moment: not read)
    # (「日均在线（台）」 on a devices' dashboard: the daily average of devices online, not a moment)
    _concept("devices_public_cloud_daily_running", r"设备|终端|机台|日均在线|" + _MACHINES,
             r"(?:日均|平均日|每日平均)(?:上传)?(?:运行|上传运行数据|在线|活跃)",
             r"杀手锏|用户|APP|应用|私有|(?<!上)海外|境外|人|时长|率|占比"),
    # 平台订单数量（个），填写近一年总量 (填报指引 3.1.1): the order count over the last year
    # (a calendar year's orders, 「订单（2023）」, are the natural year's: the first of the two readings)
    # (not a part of a year: 「2024年第一季度订单数」, 「2023年1-6月」, h19; 「2023年1-12月」 is the whole year, h89)
    _concept("orders_last_year", r"订单", r"近\s*(?:12|十二)\s*个?月|近一年|全年|年度|自然年|前一年|(?:19|20)\d{2}",
             r"金额|额|收入|月度|季度|半年|Q[1-4]|(?<!\d)(?!0?1\s*[-—~至]\s*12\s*月)\d{1,2}\s*[-—~至]\s*\d{1,2}\s*月"),
    _concept("models_active", r"模型", r"活跃", r"算法|AI|大模型|用户"),
    # 「诊断模型月调用用户」: the users calling the core models each month (3.2.3)
    _concept("core_models_monthly_users", r"用户|企业", r"模型.{0,4}调用|调用.{0,6}模型", r"次数|次"),
    _concept("microservices_active", r"微服务", r"活跃", r"次数"),
    # 「月活开发者」 (h18); 「个人开发者」, 「企业开发者」: one kind of them, no total (h74)
    _concept("developers_active", r"开发者", r"活跃|月活", r"企业|个人|机构|高校|学生"),
    _concept("featured_indices", r"指数", r"特色"),
    # 「上云设备」, 「设备上云数量」: every labeller reads the devices on the cloud as the public cloud's (h44, h95), doubted
    _concept("devices_public_cloud", r"设备|终端|机台|装备|" + _MACHINES, r"公有云|上云"),
    _concept("devices_overseas", r"设备|终端|机台|装备|" + _MACHINES, r"(?<!上)海外|境外|国外"),  # not 上海外高桥
    # 产线 alone (「接入产线 14条」) counts production lines, not the devices on them
    # the machines an operator connects, named as it names them (「在网电机」, 「接入机组」, 「联网织机」)
    _concept("devices_total", r"设备|终端|机台|装备|" + _MACHINES, r"接入|连接|联网|在网|汇聚|工业设备|设备总|累计",
             r"公有云|上云|(?<!上)海外|境外|私有|种类|类型|品类|型号"),
    _concept("protocols_supported", r"协议", r"工业|兼容|适配|支持|接入|解析"),
    _concept("apps_public_cloud", r"APP|应用", r"公有云"),
    # 「其中平台原生开发APP」, 「基于平台开发的工业APP」: the part of the APPs the platform bred
    _concept("apps_platform_native", r"APP|应用", r"原生|基于平台(?:开发|研发)|平台(?:自主|自研)?开发的?|自主开发|自研",
             r"公有云|杀手锏|订阅|云化|开发者"),
    # 「云化（SaaS化）工业软件」; a dashboard's 「SaaS应用/小程序」 counts its APPs (h62)
    _concept("apps_cloudified_software", r"软件|APP|应用", r"云化|SAAS化|SAAS(?=(?:工业)?软件)", r"率|占比|订阅|收入|金额"),
    # certificates held (1.2.2): granted patents and software registrations, not applications or one type
    _concept("patents", r"专利", r"授权|获得|取得|拥有|持有|有效|核心|平台|相关|^专利$",
             r"申请|受理|审查|发明|实用新型|外观|新增|占比|率|费"),
    _concept("software_copyrights", r"著作权|软著", r"软件|软著|计算机", r"申请|新增|占比|率|费"),
    _concept("software_total", r"软件", r"工业软件|软件总", r"云化|SAAS|国产|著作权|软著|授权|许可|采购|费用|金额|收入"),
    # the killer APPs' own figures (3.2.2), before the APPs' and the subscriptions' totals
    _concept("killer_app_subscriptions", r"订阅", r"杀手锏", r"金额|收入"),
    # 工业APP订阅总金额: the APPs' subscriptions in money (a money figure: counts' readers drop it)
    # (not a line of revenue that holds more: 「平台SaaS订阅及技术服务收入」, ind02)
    _concept("app_subscription_amount", r"订阅", r"(?:APP|应用|SAAS).{0,8}(?:金额|收入)",
             r"杀手锏|月均|月平均|本月|单价|增长|占比|数量|个数|次数|及.{0,4}服务"),
    _concept("killer_apps_public_cloud_daily_users", r"用户", r"杀手锏.*(?:日均?|平均日)在线|(?:日均?|平均日)在线.*杀手锏"),
    # 「杀手锏APP日均调用 4,200 次」: a day's uses of the killer APPs, as their 日活次数
    # (「日活次数（近一年平均）」: the daily figure is an average by definition, its period said again)
    _concept("killer_apps_daily_active_times", r"次|调用", r"杀手锏.*(?:日活|日均调用|日均使用).*|(?:日活|日均调用).*杀手锏",
             r"率|占比|增长|同比|环比|用户"),
    _concept("killer_apps_monthly_revenue", r"收入", r"杀手锏.*(?:月均|月平均)|(?:月均|月平均).*杀手锏"),
    # the notice counts subscriptions of its APPs only: a bare 「累计订阅」 tile is theirs (h80)
    _concept("app_subscriptions", r"订阅", r"APP|应用|^累计订阅(?:总数|总量|数量|数|次数)?$", r"金额|收入|杀手锏"),
    # an industry platform's tile of its APPs by their work (「运维APP」「质检APP」, h62), as 模型 below
    _concept("apps_total", r"APP|应用|小程序", r"工业APP|工业(?:微)?应用|微应用|上架|APP总|应用总|累计|SAAS应用|小程序|"
             r"^[\u4e00-\u9fff]{2,4}APP(?:总数|总量|数量|个数|数)?$",
             r"公有云|杀手锏|订阅|开发者|云化|原生|手机|移动|客户端"),
    # a dashboard's tile of its models by their kind (「诊断模型」「材料模型」「碳核算模型」, or 「模型」 alone)
    _concept("models_total", r"模型", r"机理|工业模型|模型库|工艺模型|^[\u4e00-\u9fff]{0,5}模型(?:总数|总量|数量|个数|数)?$",
             r"算法(?![/、／]机理)|AI|大模型|数据模型|训练|参数"),  # 「算法/机理模型」 counts the mechanism models too (h79)
    _concept("microservices_total", r"微服务", None, r"架构|升级|改造|研发|项目|建设|治理"),  # a project's name (h50)
    _concept("developers_registered", r"开发者", None, r"企业|个人|机构|高校|学生"),
    _concept("enterprises_paying", r"企业|客户", r"付费"),
    # the two parts of 实际服务企业数 the notice counts: 中小企业 and 本市 (上海) 企业
    _concept("enterprises_served_sme", r"企业", r"服务中小|中小企业", r"付费|注册|入驻|专精特新|小巨人|培育|认定|称号|示范"),
    # the region right before 企业, or with 服务: 「上海市“工赋链主”培育企业」 is an honour, not a count
    _concept("enterprises_served_shanghai", r"企业|客户", r"(?:本市|上海市?)(?:本地|地区|区域|范围内)?(?:服务)?(?:企业|客户)|服务(?:本市|上海市?)",
             r"付费|注册|入驻|以外|外地|市外|专精特新|小巨人|培育|认定|称号|示范"),
    # a customer is an enterprise served (「客户企业」, 「签约客户」); a user one registered (「用户单位」)
    # an industry's word for its enterprises (「服务钢企」, 「服务车企」)
    _concept("enterprises_served", r"企业|客户|钢企|车企|药企|化企|纺企", r"服务|客户企业|签约客户|^客户$",
             r"付费|中小|本市|上海|注册|入驻"),
    _concept("enterprise_users_registered", r"企业|用户单位", r"注册|入驻|企业用户|用户企业|会员企业|用户|链上|上链",
             r"服务|付费|中小|本市|上海"),
    # the platform's team (1.1.2): 运维 and 运营 people are its two parts
    _concept("staff_ops_maintenance", r"运维", r"人员|人数|团队|工程师", r"工单|次数|企业|设备"),
    _concept("staff_operations", r"运营", r"人员|人数|团队", r"企业|收入|数据|中心"),
    # 「其中持证/职称」, 「有相关技术职称/从业资格的人数」: a part of the team, before the team itself
    # (高级工程师及以上, 博士: a part of them)
    _concept("staff_qualified", r"职称|从业资格|资格证|持证", None,
             r"企业|设备|产品|专利|软件|(?<!中)高级|正高|副高|及以上|学历|博士|硕士|本科"),
    _concept("staff_total", r"团队|人员", r"团队", r"运维|运营|职称|资格|资质|开发者|企业|用户|服务|客服|销售|研发|技术|实施|项目|支持"),
    _concept("solutions_total", r"解决方案"),
    _concept("industrial_parks_served", r"园区", r"服务|合作|覆盖", r"企业|面积|产值|率"),
    # honours of a province or ministry and above (1.2.3), and the city's smart factories served (3.3.2)
    _concept("awards", r"奖项|荣誉|获奖", r"省部级|国家级|及以上", r"申报|申请|企业|率"),
    _concept("smart_factories_served", r"智能工厂", r"服务|市级|上海|^智能工厂$", r"建设|规划|申报|企业数|率"),
    # 带动新增就业: the new jobs, or the new insured staff a 社保 proof counts (「新增参保人数」)
    _concept("jobs_created", r"就业|参保|岗位", r"带动新增|新增|带动", r"率|占比|预计|计划|目标|期末|在职|累计参保|统计|说明|情况|证明"),
    _concept("partner_platforms", r"平台", r"合作"),
    # the platform's data and servers (2.2.2): 公有云 parts first, then 已用存储 as the data stored
    _concept("public_cloud_data", r"数据|存储", r"公有云", r"容量|实例|服务器|主机|率|私有"),  # 「含私有云与公有云」: all
    # 「折合标准台」: servers counted in standard units, the way a cloud bill counts them
    # (「其中：公有云实际使用 74 台」 under the servers' 平台实际用云量: the notice's own words for them, h96)
    _concept("cloud_servers_public", r"实例|服务器|云主机|虚拟机|标准台|实际使用|用云量", r"公有云", r"算力|核|率|存储|数据"),
    _concept("cloud_servers_used", r"服务器|云主机|虚拟机|标准台|用云量|ECS|CVM", r"云|ECS|CVM", r"私有云|算力|核|率"),
    # 「已用」: 「已」 is dropped as a prefix; 「已用容量」 is what is stored (a bill's 「对象存储已用容量」, h69)
    _concept("stored_industrial_data", r"存储", r"^用(?!户)|已用|已使用|已存储", r"(?<!已用)(?<!已使用)(?<!^用)容量|率"),
    _concept("storage_capacity", r"存储|云硬盘|云盘|磁盘", r"容量", r"已用|使用|剩余|可用"),
    _concept("stored_industrial_data", r"数据", r"存储|已存|^存数据|数据量|数据总量|数据规模", r"公有云|采集|接入|传输|容量"),
)
FIGURE_FIELDS: tuple[str, ...] = tuple(dict.fromkeys(c.field_id for c in FIGURE_CONCEPTS))
# Things whose bare count on a platform dashboard is the indicator's total (not 企业: a bare
# 企业数量 may count registered, served or paying ones).
_COUNTED_HEADS = {"devices_total", "apps_total", "models_total"}
# A bracket holding a unit ("（家）", "(台/套)", "（TB）") is dropped; one holding a word of the
# caption ("注册用户（企业）") is read as part of it.
_UNIT_BRACKET = re.compile(r"[(（]\s*(?:台/套|台套|台|套|家|个|项|人|次|款|条|种|户|万|万个|万台|TB|PB|GB|单位[:：]?[^()（）]*)\s*[)）]")
_BRACKETS = re.compile(r"[(（)）]")
_AVERAGE_BRACKET = re.compile(r"[(（]\s*(?:日均|日均值|平均日|日平均)\s*[)）]")
_DEVICE_UNIT = re.compile(r"\s*[(（]\s*(?:台/套|台（套）|台套)\s*[)）]\s*$")
# A bracket restating the notice's definition (「活跃模型（周调用≥5次）」) or what the count takes in
# (「平台注册企业用户（含未开通服务）」, h46) says nothing more.
_ACTIVE_BRACKET = re.compile(r"[(（]\s*近?(?:一周|周|7日|7天|七日|七天)内?调用(?:≥|>=|不少于)?(?:5|五)次(?:及?以上)?\s*[)）]")
_DEFINITION = re.compile(r"[(（][^()（）]*(?:调用|≥|>=|以上|以内|口径|含|包括|以来|累计)[^()（）]*[)）]")
_COUNTING = re.compile(r"(?:总数|总量|数量|总计|合计|累计|个数|家数|台数|数|量)$")
_PUBLISHED_ONLINE = {"microservices_total"}  # 在线 says a microservice is offered, as 上架 says of an APP
_PLATFORM_PREFIX = re.compile(r"^(?:平台|当前|已|现有|截至目前)")


_ENGLISH_THINGS = ((r"\bdevices?\b", "设备"), (r"\bapps?\b", "APP"), (r"\benterprises?\b|\bcompanies\b", "企业"),
                   (r"\bdevelopers?\b", "开发者"), (r"\bmicroservices?\b", "微服务"), (r"\bvms?\b", "服务器"))


# An English console's captions for the notice's things (a foreign-invested applicant's dashboards).
_ENGLISH_CAPTIONS = (
    (r"registered (?:enterprises|companies|enterprise users)|enterprise (?:tenants|users)", "注册企业"),
    (r"(?:connected|total) devices|devices connected", "接入设备"),
    (r"(?:registered |total )?developers", "开发者"), (r"active developers", "活跃开发者"),
    (r"(?:total )?microservices", "微服务"), (r"active (?:micro)?services", "活跃微服务"),
    (r"monthly active (?:apps|applications)", "月活跃APP"), (r"industrial (?:apps|applications)", "工业APP"),
    (r"paying (?:enterprises|customers|companies)", "付费企业"), (r"(?:enterprises|companies) served|served enterprises", "服务企业"),
    (r"(?:mechanism |industrial )?models", "工业模型"), (r"solutions", "解决方案"),
    (r"(?:mau|monthly active) (?:apps|applications)|(?:apps|applications) mau", "月活跃APP"),
    (r"(?:iaas )?cloud servers|cloud server instances", "云服务器"), (r"(?:storage|data) used|used storage", "已用存储"),
    (r"storage capacity|total storage", "存储容量"),
    # an English console's device tiles and its catalogue (h65)
    (r"public[- ]cloud (?:devices|connections)|devices \(public[- ]cloud\)", "公有云接入设备"),
    (r"(?:avg\.?|average) daily running(?: devices)?(?: \(public[- ]cloud\))?", "公有云日均运行设备"),
    (r"overseas (?:devices|connections)|devices overseas", "海外设备"),
    (r"(?:apps|applications) published|published (?:apps|applications)|total (?:apps|applications)", "工业APP"),
    (r"(?:industrial )?protocols (?:supported|adapted)|supported protocols", "兼容工业协议"),
    # 「Models (AI/Mechanism)」 counts the mechanism models too, as 「算法/机理模型」 does; 「Top5 SaaS Apps DAU」 the
    # killer APPs' daily users, the one daily-user figure the notice asks of them (h44)
    (r"models? \((?:ai|algorithm)/mechanism\)|(?:ai|algorithm)/mechanism models?", "算法/机理模型"),
    (r"top ?5 (?:saas )?(?:apps|applications) (?:dau|daily (?:active|online) users)", "杀手锏APP日均在线用户"),
)


_A_TABLES_TITLE = re.compile(r"(?:统计|汇总|明细|一览|情况|登记|台账)表$|清单$|台账$|明细$|名录$")


def caption_field(text: str) -> str | None:
    """The indicator a caption names ("设备接入总量", "平台注册企业（家）", "上架工业APP" …), or None
    when it names none or is another kind of figure (在线设备, 今日新增, 服务企业分布)."""
    if not re.search(r"[\u4e00-\u9fff]", text):  # 「Registered enterprises」: an English console's caption
        key = re.sub(r"\s+", " ", text.strip().lower())
        chinese = next((zh for words, zh in _ENGLISH_CAPTIONS if re.fullmatch(words, key)), None)
        return caption_field(chinese) if chinese else None
    # 「工业APP Apps」, 「接入总数 Total Devices」: the English after the Chinese says it again, or names
    # the thing the Chinese leaves out (Devices → 设备); 「APP」 in capitals is part of the Chinese.
    english = re.search(r"(?<=[\u4e00-\u9fffA-Z）)])\s+([A-Z][a-z]+(?:\s+[A-Za-z][a-z]+)*)\s*$", text)
    if english and re.search(r"[\u4e00-\u9fff]", text[:english.start()]):
        chinese = text[:english.start()]
        thing = next((zh for word, zh in _ENGLISH_THINGS if re.search(word, english.group(1), re.IGNORECASE)), "")
        return caption_field(chinese) or (caption_field(thing + chinese) if thing and thing not in chinese else None)
    if (bare := _DEVICE_UNIT.sub("", text)) != text and not re.search(r"设备|终端|机台|装备", bare):
        # 「公有云接入（台/套）」 on a device console: the unit says what is counted (h46)
        return caption_field(bare) or caption_field(bare + "设备")
    key = compact(text).upper().replace("爆款", "杀手锏")  # marketing's word for the killer APPs (h49)
    key = re.sub(r"^人驻", "入驻", key)  # OCR's 人 for 入 (「人驻企业」 on a scanned dashboard, h77)
    if "订阅" in key:  # 杀手锏工业APP: 「订阅用户数最多的5个工业APP」 (填报指引), a console's 「TOP5应用订阅」 (h79)
        key = re.sub(r"TOP\s*5(?!\d)|前\s*(?:5|五)\s*(?:名|个|款)?", "杀手锏", key)
    for english, chinese in (("DAU", "日活跃"), ("MAU", "月活跃")):  # the dashboards' English for them
        # 「MAU（活跃APP）」: the bracket says 活跃 itself, the English adds the month
        key = re.sub(rf"{english}\s*[-—–·]?\s*", "" if chinese[:2] in key else chinese[0] if "活跃" in key else chinese, key)
    # 「机理模型（近7日调用≥5次）」: the notice's definition of active in a bracket says the count is the active one
    key = _ACTIVE_BRACKET.sub("" if "活跃" in key else "活跃", key)
    # 「在线机台（日均）」, 「活跃终端（日均）」: the average in a bracket after the thing is the daily average of it (h95)
    if _AVERAGE_BRACKET.search(key):
        key = "日均" + _AVERAGE_BRACKET.sub("", key)
    key = _BRACKETS.sub("", _UNIT_BRACKET.sub("", _DEFINITION.sub("", key))).rstrip(":：")
    # 「近一周调用≥5次」: the notice's own definition of active (一周调用5次以上), in a column's words (h85)
    key = re.sub(r"近?(?:一周|7日|7天|七日|七天)调用(?:≥|>=|不少于)?(?:5|五)次(?:以上)?", "活跃", key)
    if "活跃" in key and "开发者" in key:
        key = _ACTIVE_MONTH.sub("", key)  # 填报指引: 活跃开发者 「每月至少登录1次」 — the month is its own period
    # A bilingual caption 「Devices Connected 接入设备」 is read by its Chinese (APP, TB stay: short words).
    if re.search(r"[\u4e00-\u9fff]", key):
        key = re.sub(r"(?!SAAS)[A-Z]{4,}", "", key)  # SaaS is part of 「SaaS化工业软件」
    if _WINDOWED_RUNNING.fullmatch(key):
        return "devices_public_cloud_daily_running"  # 「近30日日均运行」: a daily average over a window, of devices (h74)
    if not key or len(key) > 16 or re.search(r"\d", _CAPTION_PERIOD.sub("", key)):
        return None
    if _A_TABLES_TITLE.search(key):
        return None  # 「平台接入工业设备统计表」 over a scanned table: its title, not a tile's caption (h43)
    key = _PLATFORM_PREFIX.sub("", key)
    bare = _COUNTING.sub("", key) or key
    counted = bare != key  # "应用数量", "设备总数": the thing itself, counted
    for concept in FIGURE_CONCEPTS:
        head = concept.head.search(bare) or concept.head.search(key)  # "指数" ends in 数
        if head is None:
            continue
        if concept.exclude is not None and concept.exclude.search(key):
            continue
        qualifier = concept.qualifier.search(key) if concept.qualifier is not None else None
        # a kind of APP that is the whole caption (「运维APP」) leaves its words to be judged (「在线APP」 is a moment);
        # a model's kind stays a kind (「故障机理模型」, h61)
        whole = qualifier is not None and qualifier.group(0) == key and concept.field_id == "apps_total"
        rest = key[: qualifier.start()] + key[qualifier.end():] if qualifier and not whole else key
        rest = concept.head.sub("", rest, count=1)  # the thing counted is not its own disqualifier (订单)
        if concept.field_id in _PUBLISHED_ONLINE:
            rest = rest.replace("在线", "", 1)  # 「在线工业微服务」 (h62): the ones published, not a moment's count
        if _NOT_A_TOTAL.search(rest):
            continue  # a rate, flow or moment other than the one the indicator defines
        # A caption that is only the thing and a counting word names its total, as the
        # dashboard's own count of it ("应用数量", "模型总数", "设备数量").
        if (concept.qualifier is None or qualifier is not None
                or (counted and head.group(0) == bare and concept.field_id in _COUNTED_HEADS)):
            return concept.field_id
    return None


# The notice's rates by the names operators and accountants give them; a rate of a part
# (「核心软件国产化率」, 「硬件国产化率」) or of another kind (毛利率, 净利率) is none of them.
_RATES = (
    ("social_contribution_rate", r"社会贡献率"),
    ("rd_intensity", r"研发投入强度|研发投入占(?:营业|营业总)?收入(?:的)?(?:比重|比例)"),
    ("profit_margin", r"利润率"),
    ("roi", r"投资回报率|投资收益率"),
    ("localization_rate", r"国产化率|国产化比例"),
    ("device_utilization", r"(?:连接)?(?:工业)?设备利用率"),
    ("storage_utilization", r"存储(?:资源|空间)?(?:利用率|使用率)"),
    ("paying_user_share", r"付费(?:用户|企业|客户)(?:数)?(?:占比|比例|比重)"),
    ("transaction_growth", r"(?:交易规模|交易额|成交额|交易总额|成交总额|GMV)(?:的)?(?:年|同比)?(?:增长率|增速|增幅)"),
)
_RATE_WORDS = [(field_id, re.compile(rf"(?:平台|相关|整体|总体|综合|软硬件|全年|年度|当前|平均|的)*(?:{names})(?:为|达|达到|是)?"))
               for field_id, names in _RATES]
# Rates a company states of itself as well: named as the platform's only where the text says 平台.
COMPANY_RATES = frozenset({"social_contribution_rate", "rd_intensity", "profit_margin", "roi"})


def rate_field(text: str) -> str | None:
    """The rate indicator the words right before a percentage name (「平台社会贡献率」, 「国产化率达」,
    「付费用户占比」), or None."""
    key = re.sub(r"[（(]\s*%\s*[)）]", "", compact(text)).upper().rstrip(":：")
    key = re.sub(r"[（(][^（）()]*(?:按|口径|加权|÷|/|计算|折算|统计)[^（）()]*[）)]", "", key)  # how it is computed
    found = {field_id for field_id, words in _RATE_WORDS if words.fullmatch(key)}
    return found.pop() if len(found) == 1 else None
