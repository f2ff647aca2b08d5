"""The prose claims `rules_narrative` reads: an indicator's keyword, the kind of number after it, the
units that number may carry, and what between them makes it another quantity. The more specific
pattern of a pair ends nearer the number and wins; at a tie, the earlier one."""

from __future__ import annotations

import re
from dataclasses import dataclass

# the firms' kind between 服务 and 企业 (工业, 航运、港口及物流), no figure or clause break inside
FIRM_WORDS = r"(?P<firms>[^，,。；;\d（(企]{1,10}?)"


@dataclass(frozen=True)
class Claim:
    field_id: str
    keyword: re.Pattern[str]
    kind: str  # count | money | percent
    units: frozenset[str] = frozenset()  # written units accepted for a count
    gap_excludes: str = ""  # words between keyword and number that make it another quantity
    year: bool = False  # a 2023 figure: a clause about another year is not this one
    bound: bool = False  # a part of the indicator's whole: the form's figure is at least it


def claim(field_id, keyword, kind, units=(), gap_excludes="", year=False, bound=False) -> Claim:
    return Claim(field_id, re.compile(keyword), kind, frozenset(units), gap_excludes, year, bound)


_PIECES = ("台", "套", "台/套")
DEVICE_KINDS = r"[^，,。；;\d（(]{0,60}?等(?:各类|各种|多类|多种|类)?"
_FIRMS = ("家", "个", "户")
# Keywords are what applicants write before the number; the more specific pattern of a pair
# ("服务中小企业" / "服务企业") ends nearer the number and wins.
CLAIMS = (
    # "连接合作伙伴工厂各类生产、包装及检测设备6,850台/套": what the devices are may stand between
    # the verb and 设备; a place or a share there makes them a part (checked in _about_a_part).
    # A longer enumeration of kinds closed by 「等（各类）」 is still what the devices are:
    # 「接入塔吊、施工升降机、……及电表/水表/气表等各类设备逾1.2万台（套）」.
    claim("devices_total", rf"(?:连接|接入|汇聚)(?:了)?(?:[^，,。；;\d（(]{{0,20}}?|{DEVICE_KINDS})设备(?:总数|数量|总量|数)?"
                            r"|设备(?:连接|接入)(?:数|数量|总数|总量|量)?",
           "count", _PIECES, "公有云|海外|日运行|在线|私有|运行"),
    claim("revenue", r"平台(?:相关)?(?:20\d\d\s*年度?)?(?:实现|完成|取得)?(?:营业收入|营收|业务收入)", "money",
           gap_excludes="增长|增速|占比|利润|毛利", year=True),
    claim("rd_investment", r"平台(?:相关)?研发投入(?:金额|经费)?", "money", gap_excludes="强度|占比", year=True),
    claim("main_business_revenue", r"主营业务收入", "money", gap_excludes="增长|增速|占比", year=True),
    claim("platform_build_amount", r"(?:平台)?建设(?:金额|总投资|投资|投入)", "money"),
    claim("enterprise_users_registered", r"注册企业(?:用户)?(?:数|数量|总数)?", "count", _FIRMS),
    # the customers by what they are: 「已服务电厂不少于三百二十家」, 「服务客户1,200余家」
    # 「服务钢铁产业链客户企业近5万家」: what the customers are may stand between (a place there: a part)
    # 「实际服务塑化产业链企业1,862家」: the chain or trade the firms are of may stand between (h46)
    claim("enterprises_served", r"(?:实际)?服务(?:的)?(?:[^，,。；;\d（(]{0,8}?客户企业|企业(?:用户)?|客户(?:企业)?|[电工钢船车药]厂"
                                 r"|[^，,。；;\d（(]{0,8}?(?:产业链|上下游|行业)(?:的)?企业)(?:数|数量|总数)?", "count", _FIRMS),
    # 「服务园区企业2150家」 counts the parks' firms, not the parks (h62)
    claim("industrial_parks_served", r"(?:服务|覆盖)(?:的)?(?:产业|工业|特色)?园区(?:总数|数量|数)?", "count", ("个", "家"),
           gap_excludes="企业|客户|面积|产值"),
    claim("enterprises_paying", r"付费企业(?:用户)?(?:数|数量)?", "count", _FIRMS),
    # 「平台已服务上海市级智能工厂5家」 (h9): the notice's 上海市级 ones, never a national or a province's level
    claim("smart_factories_served", r"(?<!国家级)(?<!省级)(?:上海市?|本市)?(?:市级)?智能工厂(?:数量|数)?", "count", ("家", "个"),
          "车间|项目|改造|规划|计划|示范"),
    claim("enterprises_served_shanghai", r"服务本市企业(?:数|数量)?", "count", _FIRMS),
    claim("enterprises_served_sme", r"服务中小企业(?:数|数量)?", "count", _FIRMS),
    # 「累计服务工业企业3,200余家」, 「累计服务航运、港口及物流企业超过3,000家」 (h72, h75): firms of some trade,
    # the whole or a part of those served; either way the form's 实际服务企业数 is at least as many
    claim("enterprises_served", rf"(?:实际|累计|已)?服务(?:了|的)?{FIRM_WORDS}企业(?:用户)?(?:数|数量|总数)?", "count",
          _FIRMS, bound=True),
    claim("apps_total", r"工业\s*APP(?:数量|总数|总量)?", "count", ("个", "款"), "订阅|杀手锏|公有云|活跃|月活|日活|基于|云化|开发"),
    claim("killer_apps", r"杀手锏(?:工业)?\s*APP(?:数量)?", "count", ("个", "款"), "订阅|用户|日活|收入"),
    claim("app_subscriptions", r"订阅总?数量|订阅总数", "count", ("个", "次")),
    claim("app_subscription_amount", r"订阅总?金额", "money"),
    claim("patents", r"(?<!发明)(?<!实用新型)(?<!外观设计)专利(?:数量)?", "count", ("项", "件", "个"), "申请"),
    claim("software_copyrights", r"软件著作权|软著", "count", ("个", "项", "件", "套")),
    claim("models_total", r"(?<!活跃)(?:工业)?机理模型(?:数量)?", "count", ("个",), "活跃|调用"),
    claim("microservices_total", r"(?<!活跃)微服务(?:数量)?", "count", ("个",), "活跃|调用"),
    claim("protocols_supported", r"(?:工业)?协议(?:数量)?", "count", ("个", "种")),
    claim("staff_total", r"平台团队(?:总?人数)?", "count", ("人", "名")),
    claim("staff_qualified", r"(?:技术职称|从业资格)(?:的)?(?:人员|人数)?", "count", ("人", "名")),
    claim("jobs_created", r"新增就业(?:人数|岗位)?", "count", ("人", "个")),
    claim("developers_registered", r"(?<!活跃)开发者(?:注册)?(?:总数|数量)?", "count", ("个", "名", "人"), "活跃"),
    claim("storage_capacity", r"存储容量", "count", ("TB",)),
    claim("rd_intensity", r"研发投入强度|研发投入占(?:平台)?(?:相关)?(?:营业收入|营收|收入)(?:的)?(?:比重|比例)", "percent"),
    claim("localization_rate", r"国产化率", "percent"),
    claim("storage_utilization", r"存储资源利用率", "percent"),
    claim("paying_user_share", r"付费(?:用户|企业)(?:数)?(?:占比|比例)", "percent"),
    claim("device_om_cost_reduction", r"运维成本平均(?:下降|降低)(?:率)?", "percent"),
    claim("device_energy_reduction", r"能耗平均(?:下降|降低)(?:率)?", "percent"),
    claim("device_safety_duration_increase", r"安全生产持续时间平均提升(?:率)?", "percent"),
)
