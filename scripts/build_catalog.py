"""Generate assistant/data/catalog.json: the indicator catalog of 沪经信软〔2024〕410号.

The JSON is the reviewed source of truth; this script is how it was made and how it is remade
after an edit here. Labels, options, answer rules, relations and appendices are typed in below by
hand from the notice; long texts (the 填报指引 of each row of 三、指标明细表, section descriptions
of 附件3) are cut out of the notice text between hand-picked anchors, so they are the notice's own
words with the lines re-joined. tests/assistant/test_catalog.py checks all of it against the notice.

    .venv/bin/python scripts/build_catalog.py [--seed ../shared/seed/000_130894cf27994a3b.txt]
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from assistant.catalog.notice import Catalog  # noqa: E402

DEFAULT_SEED = REPO.parent / "shared" / "seed" / "000_130894cf27994a3b.txt"
OUT = REPO / "assistant" / "data" / "catalog.json"

# ---------------------------------------------------------------------------------------------
# Notice text


_PAGE_HEADER = re.compile(r"^\s*-\s*\d+\s*-\s*$")


def clean_notice(text: str) -> str:
    """The notice as one line: page headers and the repeated guidance-table header gone, wrapped
    lines re-joined, and the spaces that PDF-to-text put around CJK characters (Word's CJK/Latin
    auto-spacing) dropped; a space between two ASCII words ("GB/T 14885-2022") stays."""
    parts: list[str] = []
    for line in text.split("\n"):
        if _PAGE_HEADER.match(line):
            continue
        s = re.sub(r"\s+", " ", line.replace("\uf06c", " ")).strip()
        if not s or s == "指标/序号 解释/填报指引":
            continue
        if parts and _ascii_word(parts[-1][-1]) and _ascii_word(s[0]):
            parts.append(" ")
        parts.append(s)
    return re.sub(r"(?<=[^\x00-\x7f]) +| +(?=[^\x00-\x7f])", "", "".join(parts))


def _ascii_word(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def between(text: str, start: str, end: str, after: int = 0) -> str:
    i = text.index(start, after) + len(start)
    return text[i:text.index(end, i)].strip()


_GUIDANCE_START = "指标解释及填报指引表"
_GUIDANCE_END = "附录A工业设备二级分类口径"
# A guidance entry ends where a heading ("1.2资金投入…", "二、平台关键技术能力…") or a group note
# "（以下若涉及私有化…）" starts.
_STOP = re.compile(r"(?<![\d.])[1-3]\.\d(?:\.\d)?(?=[\u4e00-\u9fff])|[二三]、平台|（以下若涉及")


def cut_guidance(clean: str, anchors: list[str]) -> list[str]:
    start = clean.index(_GUIDANCE_START)
    section = clean[start:clean.index(_GUIDANCE_END, start)]
    positions: list[int] = []
    cursor = 0
    for anchor in anchors:
        pos = section.find(anchor, cursor)
        if pos < 0:
            raise SystemExit(f"guidance anchor not found: {anchor!r}")
        positions.append(pos)
        cursor = pos + len(anchor)
    texts = []
    for i, pos in enumerate(positions):
        nxt = positions[i + 1] if i + 1 < len(positions) else len(section)
        stop = _STOP.search(section, pos + len(anchors[i]), nxt)
        texts.append(section[pos:stop.start() if stop else nxt].strip())
    return texts


# ---------------------------------------------------------------------------------------------
# Small constructors

def yes(detail: str, prefix: str | None = "是", chars: int | None = None, approx: bool = False):
    rule = {"answer": "yes", "required_detail": detail, "prefix": prefix, "max_chars": chars,
            "max_chars_approx": approx}
    return {k: v for k, v in rule.items() if v not in (None, False)}


def no(text: str = "否"):
    return {"answer": "no", "exact_text": text}


YES_NO = ({"answer": "yes", "exact_text": "是"}, no())

FIN = ("audited_financial_report", "platform_financial_report")
SHOT = ("system_screenshot",)
DOC = ("management_document",)
USER = ("user_report",)
LICENSE = ("business_license",)


def field(id_: str, label: str, value_type: str, **kw) -> dict:
    spec = {"id": id_, "label": label, "value_type": value_type}
    spec.update({k: v for k, v in kw.items() if v not in (None, (), False)})
    return spec


# ---------------------------------------------------------------------------------------------
# 附件1 and 附件2 cover, 一、企业基本情况, 二、平台基本情况

def contact_form_fields() -> list[dict]:
    common = {"form": "附件1", "section": "contact_form", "section_label": "一、联系人信息反馈"}
    out = []
    for row, key in (("联系人（主）", "primary"), ("联系人（备用）", "backup")):
        for suffix, label, vt in (("name", "姓名", "text"), ("unit", "单位名称", "text"),
                                  ("title", "职务", "text"), ("mobile", "手机号码", "phone"),
                                  ("email", "电子邮箱", "email")):
            out.append(field(f"contact_{key}_{suffix}", label, vt, row_label=row, **common))
    out.append(field(
        "review_site_address", "具体地址", "text", form="附件1", section="contact_form",
        section_label="二、评审会现场地址信息反馈", form_line="_______区_______路_______号（弄）",
        guidance=("该场地信息将用于工作组安排后续评价工作，评价工作主要包括：①现场调研核查（含平台功能现场"
                  "操作演示）；②专家评审会（含平台建设情况PPT汇报答辩）共两个环节。该场地需要满足评价工作所需"
                  "的平台功能操作演示、现场答辩等相关需求。"),
        aliases=("评审会现场地址信息",)))
    return out


def cover_fields() -> list[dict]:
    c = {"form": "附件2", "section": "cover", "section_label": "封面"}
    return [
        field("application_year", "申报年度", "text", guidance="2024年度", **c),
        field("cover_platform_name", "平台名称", "text", **c),
        field("applicant", "申报单位", "text", guidance="（公章）", **c),
        field("cover_contact", "联系人", "text", **c),
        field("cover_contact_phone", "联系人电话", "phone", **c),
        field("cover_date", "日期", "date", form_line="年 月 日", **c),
    ]


def enterprise_fields() -> list[dict]:
    c = {"form": "附件2", "section": "enterprise", "section_label": "一、企业基本情况"}
    share = {"group_label": "股权结构", "parent": "shareholding", **c}
    ops = {"group_label": "申报单位上一年度经营状况（2023年）", "evidence_kinds": FIN, **c}
    return [
        field("enterprise_name", "单位（企业）名称", "text", evidence_kinds=LICENSE,
              aliases=("企业名称", "单位名称"), **c),
        field("enterprise_code", "单位（企业）代码", "code", evidence_kinds=LICENSE,
              aliases=("统一社会信用代码",), **c),
        field("established_date", "成立日期", "date", evidence_kinds=LICENSE, **c),
        field("registered_location", "注册地及所在行政区", "text", evidence_kinds=LICENSE, **c),
        field("enterprise_type", "企业类型", "text", evidence_kinds=LICENSE, **c),
        field("registered_capital", "注册资本", "number_with_unit", evidence_kinds=LICENSE, **c),
        field("main_business", "主营业务", "text", **c),
        field("legal_representative", "法定代表人", "text", evidence_kinds=LICENSE, **c),
        field("enterprise_contact", "联系人", "text", **c),
        field("contact_title", "职务", "text", **c),
        field("contact_mobile", "联系人手机", "phone", **c),
        field("fax", "传真", "phone", **c),
        field("email", "电子邮箱", "email", **c),
        field("shareholding", "股权结构", "text", guidance="（可自行添加行……）", **c),
        field("shareholder_info", "发起人及出资信息", "text", **share),
        field("shareholder_amount", "金额", "number_with_unit", **share),
        field("shareholder_ratio", "持股比例", "percent", unit="%", **share),
        field("total_assets", "总资产（万元）", "money_wan", unit="万元", **ops),
        field("main_business_revenue", "主营业务收入（万元）", "money_wan", unit="万元", **ops),
        field("main_business_revenue_growth", "主营业务收入增长率（%）", "percent", unit="%", **ops),
        field("debt_ratio", "负债率（%）", "percent", unit="%", **ops),
        field("total_profit", "利润总额（万元）", "money_wan", unit="万元", **ops),
        field("taxes", "税金（万元）", "money_wan", unit="万元", **ops),
    ]


def platform_fields() -> list[dict]:
    c = {"form": "附件2", "section": "platform", "section_label": "二、平台基本情况"}
    history = {"group_label": "平台近三年经营指标情况", "evidence_kinds": FIN,
               "guidance": "注：此处数据需将平台相关收益单列，而非整个公司的财务数据。", **c}
    years = []
    for year in (2021, 2022, 2023):
        line = f"{year}年平台营收________万元/增长率_____%"
        years.append(field(f"platform_revenue_{year}", f"{year}年平台营收（万元）", "money_wan",
                           unit="万元", form_line=line, aliases=(f"{year}年平台营收",), **history))
        years.append(field(f"platform_revenue_growth_{year}", f"{year}年平台营收增长率（%）",
                           "percent", unit="%", form_line=line, **history))
    return [
        field("platform_name", "平台名称", "text",
              guidance=("原则上应与附件6：纳入本年度评价工作的平台名单中的名称一致，若因企业战略规划对于平台"
                        "名称有变更，请注明平台原名称+现名称"),
              **c),
        field("construction_period", "建设时间", "date_range", form_line="年 月至 年 月", **c),
        field("platform_build_amount", "平台建设金额（万元）", "money_wan", unit="万元",
              evidence_kinds=FIN, aliases=("平台建设投入合计", "平台建设总投入", "平台累计建设投入", "平台建设投入总额"), **c),
        *years,
        field("construction_mode", "平台建设方式", "checkbox_choice", options=("自建", "合作共建"), **c),
        field("partner_enterprise", "合作企业名称（必填）", "text", parent="construction_mode",
              required_if={"field": "construction_mode", "option": "合作共建"},
              aliases=("合作企业名称", "合建企业名称"), **c),
        field("operation_mode", "平台运营模式", "checkbox_choice",
              options=("自运营", "联合运营", "委托运营"), **c),
        field("iaas", "IaaS基础设施", "checkbox_choice", options=("自建", "租用"), **c),
        field("iaas_provider", "服务商名称（必填）", "text", parent="iaas",
              required_if={"field": "iaas", "option": "租用"}, aliases=("服务商名称",), **c),
        field("deployment", "部署方式", "multi_choice",
              options=("边缘侧", "私有云", "公有云", "混合云", "其他部署方式"), **c),
        field("deployment_other", "其他部署方式，请填写（必填）", "text", parent="deployment",
              required_if={"field": "deployment", "option": "其他部署方式"},
              aliases=("其他部署方式",), **c),
        field("platform_url", "平台网址", "url_credentials", sensitive=True,
              guidance="请务必提供一个可以登录查看平台运行情况的账号和密码", **c),
        field("platform_intro", "平台基本情况介绍", "text", max_chars=500,
              guidance="500字以内，主要包括但不限于：总体简介、主要功能、形成能力、主要客户等", **c),
        field("platform_outcomes", "平台建设成效", "text", max_chars=500,
              guidance=("500字以内，主要包括但不限于：平台解决的工业领域的痛难点问题、对制造业数字化转型的影响"
                        "和带动作用、取得的经济、社会和创新效益等"), **c),
    ]


# ---------------------------------------------------------------------------------------------
# 三、指标明细表: every 内容 row, in the table's order

DIMENSIONS = [
    {"code": "一", "name": "平台基础情况", "weight": 25, "groups": [
        ("1.1", "战略定位及规划", [("1.1.1", "战略定位"), ("1.1.2", "规划制定")]),
        ("1.2", "资金投入与经营情况", [("1.2.1", "创新投入情况"), ("1.2.2", "经营情况")])]},
    {"code": "二", "name": "平台关键技术能力", "weight": 35, "groups": [
        ("2.1", "资源汇聚与配置", [("2.1.1", "工业设备连接/汇聚能力"), ("2.1.2", "工业软件/APP")]),
        ("2.2", "数据管理与挖掘", [("2.2.1", "数据采集"), ("2.2.2", "数据处理（存储计算能力）"),
                                   ("2.2.3", "数据建模和分析")]),
        ("2.3", "微服务部署与调用", [("2.3.1", "平台微服务情况")]),
        ("2.4", "平台开发与使用", [("2.4.1", "平台开发者数量"), ("2.4.2", "应用开发服务能力")]),
        ("2.5", "安全体系", [("2.5.1", "安全制度建设"), ("2.5.2", "安全技术保障")])]},
    {"code": "三", "name": "平台效益及可持续发展能力", "weight": 40, "groups": [
        ("3.1", "平台应用", [("3.1.1", "平台应用规模"), ("3.1.2", "平台应用价值"),
                             ("3.1.3", "平台带动成效")]),
        ("3.2", "平台生态建设", [("3.2.1", "平台开放"), ("3.2.2", "平台生态")])]},
]

# (id, label as printed in the table, 三级 code, value_type, unit, extras); the guidance anchor is
# the label unless extras["anchor"] says how the 填报指引 entry starts.
N, P, W = "个", "%", "万元"
D = "台/套"
ROWS: list[tuple] = [
    ("strategic_positioning", "平台定位是否明确", "1.1.1", "yes_no_detail", None, dict(
        chars=50, rules=(yes("平台具体定位", prefix=None, chars=50), no("无明确战略定位")), ev=DOC)),
    ("policy_alignment", "是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势", "1.1.1",
     "yes_no_detail", None, dict(chars=50, per_item=True, ev=DOC, rules=(
         yes("具体符合的“部委单位+文件政策名称/重大战略名称+对应方向”，具体符合的“行业/产业+现状与趋势简述”，"
             "逐条描述", prefix=None, chars=50), no("无符合政策及趋势")))),
    ("in_corporate_strategy", "平台是否被纳入企业战略规划中", "1.1.2", "yes_no_detail", None, dict(
        ev=DOC, rules=(yes("纳入企业战略规划的名称", prefix=None), no("未纳入企业战略规划")))),
    ("platform_special_plan", "是否制定了平台专项规划", "1.1.2", "yes_no_detail", None, dict(
        ev=DOC, rules=(yes("具体制定规划的名称", prefix=None), no("未制定规划")))),
    ("staff_total", "平台团队总人数（人）", "1.1.2", "count", "人", dict(
        anchor="平台总人数（人）：", ev=DOC, aliases=("平台总人数（人）", "平台团队总人数"))),
    ("staff_ops_maintenance", "其中：运维人数（人）", "1.1.2", "count", "人", dict(
        parent="staff_total", ev=DOC)),
    ("staff_operations", "运营人数（人）", "1.1.2", "count", "人", dict(
        anchor="其中：运营人数（人）", parent="staff_total", ev=DOC)),
    ("staff_qualified", "其中：有相关技术职称/从业资格的人数（人）", "1.1.2", "count", "人", dict(
        anchor="其中：有相关技术职称/从业资格的人数", parent="staff_total", ev=DOC)),
    ("rd_investment", "平台相关研发投入（万元）", "1.2.1", "money_wan", W, dict(dec=2, ev=FIN)),
    ("rd_intensity", "平台相关研发投入强度（%）", "1.2.1", "percent", P, dict(dec=2, ev=FIN)),
    ("revenue", "平台相关营业收入（万元）", "1.2.2", "money_wan", W, dict(dec=2, ev=FIN)),
    ("profit_margin", "平台利润率（%）", "1.2.2", "percent", P, dict(dec=2, ev=FIN)),
    ("paying_user_share", "付费用户占比（%）", "1.2.2", "percent", P, dict(
        dec=2, ev=("platform_financial_report", "system_screenshot"))),
    # 2.1.1
    ("devices_total", "连接的工业设备/产品/产线种类及数量（台/套）", "2.1.1", "compound_total_private",
     D, dict(private="总数XX台/套，其中私有化部署涉及的相关数量XX台/套")),
    ("devices_by_category", "按二级分类统计工业设备数量（台/套）", "2.1.1", "breakdown", D, dict(
        appendix="A", parent="devices_total")),
    ("devices_by_region", "按省市区域统计工业设备数量（台/套）", "2.1.1", "region_breakdown", D, dict(
        appendix="F", parent="devices_total")),
    ("devices_public_cloud", "其中：公有云工业设备连接数量（台/套）", "2.1.1", "count", D, dict(
        parent="devices_total")),
    ("devices_public_cloud_by_category", "按二级分类统计公有云工业设备数量（台/套）", "2.1.1",
     "breakdown", D, dict(anchor="其中：按二级分类统计公有云工业设备数量（台/套）", appendix="A",
                          parent="devices_public_cloud")),
    ("devices_public_cloud_by_region", "按省市区域统计公有云工业设备数量（台/套）", "2.1.1",
     "region_breakdown", D, dict(anchor="其中：按省市区域统计公有云工业设备数量（台/套）", appendix="F",
                                 parent="devices_public_cloud")),
    ("devices_public_cloud_daily_running", "其中：公有云工业设备平均日运行数量（台/套）", "2.1.1",
     "count", D, dict(parent="devices_public_cloud")),
    ("devices_public_cloud_daily_running_by_category", "按二级分类统计公有云工业设备平均日运行数量（台/套）",
     "2.1.1", "breakdown", D, dict(
         anchor="其中：按二级分类统计公有云工业设备平均日运行数量（台/套）", appendix="A",
         parent="devices_public_cloud_daily_running")),
    ("devices_public_cloud_daily_running_by_region", "按省市区域统计公有云工业设备平均日运行数量（台/套）",
     "2.1.1", "region_breakdown", D, dict(
         anchor="其中：按省市区域统计公有云工业设备平均日运行数量（台/套）", appendix="F",
         parent="devices_public_cloud_daily_running")),
    ("devices_overseas", "其中：海外设备连接数量（台/套）", "2.1.1", "count", D, dict(
        parent="devices_total")),
    ("devices_overseas_by_country", "其中：按海外国家分类统计海外设备连接数量", "2.1.1",
     "country_breakdown", D, dict(parent="devices_overseas",
                                  aliases=("按海外国家分类统计海外设备连接数量（台/套）",))),
    ("protocols_supported", "工业协议兼容适配数量（个）", "2.1.1", "count", N, dict(
        anchor="工业协议兼容适配数量：")),
    ("other_resources", "其他资源汇聚情况", "2.1.1", "text", None, dict(chars=200)),
    # 2.1.2
    ("software_total", "工业软件总量（个）", "2.1.2", "compound_total_private", N, dict(
        anchor="工业软件总量：", private=True)),
    ("apps_total", "工业APP数量（个）", "2.1.2", "compound_total_private", N, dict(
        anchor="工业APP数量：", private=True)),
    ("apps_platform_native", "其中：基于平台开发的工业APP数量（个）", "2.1.2", "compound_total_private",
     N, dict(private=True, parent="apps_total")),
    ("apps_cloudified_software", "云化工业软件数量（个）", "2.1.2", "compound_total_private", N, dict(
        anchor="其中：云化工业软件数量（个）", private=True, parent="apps_total")),
    ("apps_by_category", "按分类统计工业APP数量（个）", "2.1.2", "breakdown", N, dict(
        appendix="B", parent="apps_total")),
    ("apps_by_industry", "按行业统计工业APP数量（个）", "2.1.2", "breakdown", N, dict(
        appendix="C", parent="apps_total")),
    ("apps_monthly_active", "工业APP平均月活跃数量（个）", "2.1.2", "compound_total_private", N, dict(
        private=True, parent="apps_total")),
    ("killer_apps", "其中：杀手锏APP数量（个）", "2.1.2", "compound_total_private", N, dict(
        anchor="其中：杀手锏APP数量：", private=True, parent="apps_total", max_value=5)),
    ("killer_apps_public_cloud_daily_users", "公有云杀手锏APP平均日在线用户数（个）", "2.1.2", "count",
     N, dict(anchor="其中：公有云杀手锏APP平均日在线用户数（个）", parent="killer_apps")),
    ("killer_apps_daily_active_times", "杀手锏APP日活次数（次）", "2.1.2", "count", "次", dict(
        anchor="其中：杀手锏APP日活次数（次）", parent="killer_apps")),
    ("killer_apps_monthly_revenue", "杀手锏APP月平均收入（万元）", "2.1.2", "money_wan", W, dict(
        anchor="其中：杀手锏APP月平均收入（万元）", dec=2, parent="killer_apps", aliases=("杀手锏APP月均收入",),
        ev=("platform_financial_report", "system_screenshot"))),
    ("apps_public_cloud", "其中：公有云工业APP数量（个）", "2.1.2", "count", N, dict(parent="apps_total")),
    ("apps_public_cloud_daily_active", "其中：公有云工业APP平均日活跃数量（个）", "2.1.2", "count", N,
     dict(parent="apps_public_cloud")),
    ("apps_public_cloud_daily_active_by_category", "其中：按分类统计公有云工业APP平均日活跃数量（个）",
     "2.1.2", "breakdown", N, dict(appendix="B", parent="apps_public_cloud_daily_active")),
    ("apps_public_cloud_daily_active_by_industry", "其中：按行业统计公有云工业APP平均日活跃数量（个）",
     "2.1.2", "breakdown", N, dict(appendix="C", parent="apps_public_cloud_daily_active")),
    # 2.2.1
    ("edge_processing", "边缘数据处理能力", "2.2.1", "text", None, dict(chars=100, approx=True, aliases=(
        "边缘数据处理能力（方案可支持的主要功能、边缘计算应用节点数、最低响应时延等）",))),
    ("other_data_collection", "其他数据采集能力", "2.2.1", "text", None, dict(chars=100, approx=True)),
    # 2.2.2
    ("scalable_cloud_computing", "是否支持可拓展云计算能力", "2.2.2", "yes_no", None, dict(
        rules=YES_NO, group_note=False)),
    ("cloud_server_compute", "云化服务器算力", "2.2.2", "text", None, dict(chars=50, group_note=False)),
    ("cloud_servers_used", "平台实际用云量（台）", "2.2.2", "number_with_unit", "台", dict(dec=2)),
    ("cloud_servers_public", "平台公有云实际使用数量（台）", "2.2.2", "number_with_unit", "台", dict(
        parent="cloud_servers_used")),
    ("storage_capacity", "存储容量（TB）", "2.2.2", "compound_total_private", "TB", dict(private=True)),
    ("stored_industrial_data", "存储工业数据量（TB）", "2.2.2", "compound_total_private", "TB", dict(
        private=True)),
    ("public_cloud_data", "公有云数据总量（TB）", "2.2.2", "number_with_unit", "TB", dict(
        parent="stored_industrial_data")),
    ("storage_utilization", "存储资源利用率（%）", "2.2.2", "percent", P, dict(dec=2)),
    ("data_governance", "数据基础管理能力", "2.2.2", "text", None, dict(chars=100, approx=True)),
    # 2.2.3
    ("models_total", "工业机理模型数量（个）", "2.2.3", "compound_total_private", N, dict(
        anchor="工业机理模型数量：", private=True)),
    ("models_active", "其中：活跃机理模型数量（一周调用5次以上）（个）", "2.2.3",
     "compound_total_private", N, dict(anchor="其中：活跃机理模型数量（一周调用5次以上）：",
                                       private=True, parent="models_total")),
    ("core_models_monthly_users", "核心工业模型平均月调用用户数量（个）", "2.2.3",
     "compound_total_private", N, dict(private=True)),
    ("models_by_category", "按分类统计工业模型数量（个）", "2.2.3", "breakdown", N, dict(appendix="D")),
    ("generic_modeling_algorithms", "是否提供通用建模分析算法", "2.2.3", "yes_no", None, dict(
        rules=YES_NO)),
    ("analysis_algorithm_types", "智能分析算法类型", "2.2.3", "text", None, {}),
    ("data_analysis_speed", "数据分析平台均速度（每TB分级/秒级/毫秒级）", "2.2.3", "number_with_unit",
     None, {}),
    # 2.3.1
    ("microservices_total", "微服务数量（个）", "2.3.1", "compound_total_private", N, dict(
        anchor="微服务数量：", private=True)),
    ("microservices_active", "其中：活跃微服务数量（一周调用5次以上）（个）", "2.3.1",
     "compound_total_private", N, dict(anchor="其中：活跃微服务数量（一周调用5次以上）：", private=True,
                                       parent="microservices_total")),
    # 2.4.1
    ("developer_community", "是否建立开发者社区及相关功能", "2.4.1", "yes_no", None, dict(rules=YES_NO)),
    ("developers_registered", "开发者注册总数（个）", "2.4.1", "compound_total_private", N, dict(
        anchor="开发者注册总数：", private=True)),
    ("developers_active", "其中：活跃开发者数（个）", "2.4.1", "compound_total_private", N, dict(
        anchor="其中：活跃开发者数：", private=True, parent="developers_registered")),
    # 2.4.2
    ("dev_languages", "平台支持开发语言类型", "2.4.2", "count_with_list", "种", {}),
    ("dev_frameworks", "平台应用开发框架", "2.4.2", "text", None, dict(chars=100, approx=True)),
    ("dev_tools", "平台应用开发工具", "2.4.2", "text", None, dict(chars=100, approx=True)),
    # 2.5.1
    ("security_policies", "是否针对平台制定了安全管理相关制度", "2.5.1", "yes_no_detail", None, dict(
        ev=DOC, rules=(yes("相关制度文件名+文件编号+制订时间"), no()),
        aliases=("平台是否建立安全管理体系",))),
    ("security_policy_scope", "建立的安全制度保护了平台的哪些方面", "2.5.1", "text", None, dict(ev=DOC)),
    ("third_party_security_testing", "有否定期开展第三方安全测试/测评", "2.5.1", "yes_no_detail", None,
     dict(ev=("test_report",), rules=(yes("定期的时间"), no()))),
    ("security_scanning", "有否定期进行安全扫描", "2.5.1", "yes_no_detail", None, dict(
        ev=("test_report",), rules=(yes("定期的时间"), no()))),
    # 2.5.2
    ("security_technologies", "采用何种安全技术情况", "2.5.2", "text", None, dict(
        chars=100, approx=True, aliases=("采用何种安全技术情况（如防火墙、网络隔离、加密、认证等）",))),
    ("core_data_protection", "核心数据安全保护手段", "2.5.2", "text", None, dict(
        chars=100, approx=True,
        aliases=("核心数据安全保护手段（有否数据备份、离线备份、双机热备/云备份、异地灾备）",))),
    # 3.1.1
    ("enterprise_users_registered", "注册企业用户数（个）", "3.1.1", "count", N, dict(
        anchor="注册企业用户数：")),
    ("enterprises_served", "其中：实际服务企业数（个）", "3.1.1", "count", N, dict(
        anchor="其中：实际服务企业数：", parent="enterprise_users_registered")),
    ("enterprises_served_by_industry", "按行业统计服务企业数（个）", "3.1.1", "breakdown", N, dict(
        appendix="C", parent="enterprises_served")),
    ("enterprises_served_by_region", "按省市区域统计服务企业数（个）", "3.1.1", "region_breakdown", N,
     dict(appendix="F", parent="enterprises_served")),
    ("enterprises_paying", "其中：付费企业数（个）", "3.1.1", "count", N, dict(
        anchor="其中：付费企业数：", parent="enterprises_served")),
    ("enterprises_served_shanghai", "其中：服务本市企业数量（个）", "3.1.1", "count", N, dict(
        anchor="其中：服务本市企业数量：", parent="enterprises_served")),
    ("enterprises_served_sme", "其中：服务中小企业数量（个）", "3.1.1", "count", N, dict(
        anchor="其中：服务中小企业数量：", parent="enterprises_served")),
    ("orders_last_year", "平台订单数量（个），填写近一年总量", "3.1.1", "count", N, dict(
        aliases=("平台订单数量(近一年总量)（个）", "平台订单数量（近一年总量）（个）", "平台订单数量（个）"))),
    ("transaction_growth", "平台交易规模年增长率（%）", "3.1.1", "percent", P, dict(
        ev=("platform_financial_report", "system_screenshot"))),
    ("app_subscriptions", "工业APP订阅总数量（个）", "3.1.1", "count", N, {}),
    ("killer_app_subscriptions", "其中：杀手锏工业APP订阅数量（个）", "3.1.1", "count", N, dict(
        parent="app_subscriptions")),
    ("app_subscription_amount", "工业APP订阅总金额（万元）", "3.1.1", "money_wan", W, dict(
        ev=("platform_financial_report", "system_screenshot"))),
    ("device_utilization", "平台连接工业设备利用率（%）", "3.1.1", "percent", P, {}),
    ("localization_rate", "平台国产化率（%）", "3.1.1", "percent", P, dict(ev=("other",))),
    ("smart_factories_served", "平台是否服务上海智能工厂，数量", "3.1.1", "count_with_list", "家", dict(
        anchor="平台是否服务上海市级智能工厂，数量", ev=USER,
        aliases=("平台是否服务上海市级智能工厂，数量",))),
    ("industrial_parks_served", "平台服务园区总数（个）", "3.1.1", "count", N, dict(ev=("other",))),
    ("solutions_total", "平台提供的解决方案总数（个）", "3.1.1", "count", N, {}),
    ("solutions_by_mode", "其中：按新模式统计解决方案数量（个）", "3.1.1", "breakdown", N, dict(
        appendix="E", parent="solutions_total")),
    # 3.1.2
    ("roi", "投资回报率（%）", "3.1.2", "percent", P, dict(dec=2, ev=("platform_financial_report",))),
    ("listed_or_vc_funded", "企业已上市或已获得VC/PE投资", "3.1.2", "yes_no_detail", None, dict(
        ev=("other",), rules=(yes("具体上市情况或获得投资情况"), no()),
        aliases=("企业是否已上市或已获得VC/PE投资",))),
    ("key_tech_self_controlled", "关键技术自主可控", "3.1.2", "text", None, dict(ev=("ip_certificate",))),
    ("solutions_added_benefit", "解决方案累计对企业/用户新增效益", "3.1.2", "text", None, dict(ev=USER)),
    ("solutions_cost_reduction", "解决方案累计对企业/用户降低成本", "3.1.2", "text", None, dict(ev=USER)),
    ("device_om_cost_reduction", "平台连接工业设备运维成本平均下降率（%）", "3.1.2", "percent", P, dict(
        dec=2, ev=USER)),
    ("device_energy_reduction", "平台连接工业设备能耗平均下降率（%）", "3.1.2", "percent", P, dict(
        dec=2, ev=USER)),
    ("device_safety_duration_increase", "平台连接工业设备安全生产持续时间平均提升率（%）", "3.1.2",
     "percent", P, dict(dec=2, ev=USER)),
    ("data_value_mining", "平台数据价值挖掘应用能力", "3.1.2", "text", None, dict(chars=200, approx=True)),
    ("supply_chain_collaboration", "工业互联网平台+供应链协同应用情况", "3.1.2", "text", None, dict(
        chars=300, approx=True)),
    ("new_tech_integration", "平台有否与新技术的融合应用", "3.1.2", "yes_no_detail", None, dict(
        chars=300, rules=(yes("融合应用情况简述", prefix=None, chars=300), no("无")))),
    ("featured_indices", "平台现有特色指数（个）", "3.1.2", "count_with_list", N, {}),
    # 3.1.3
    ("patents", "平台核心软硬件技术获得的专利数量（项）", "3.1.3", "count", "项", dict(
        anchor="平台核心软硬件技术获得的专利数量：", ev=("ip_certificate",))),
    ("software_copyrights", "平台核心软硬件技术获得的软著数量（个）", "3.1.3", "count", N, dict(
        anchor="平台核心软硬件技术获得的软著数量：", ev=("ip_certificate",))),
    ("core_tech_breakthrough", "平台是否有自研形成的核心技术突破", "3.1.3", "yes_no_detail", None, dict(
        ev=("ip_certificate", "test_report"),
        rules=(yes("有何自研的核心技术突破，该技术自研与其他国内外技术关键指标情况对标对比"), no()))),
    ("carbon_management", "平台是否具备碳管理服务能力", "3.1.3", "yes_no_detail", None, dict(rules=(
        yes("平台具备的碳管理服务类型，每个服务类型简要概况（包括用户、行业、主要服务场景/内容、成效等）"),
        no()))),
    ("identifier_resolution", "平台是否融合使用国家标识解析系统", "3.1.3", "yes_no_detail", None, dict(
        rules=(yes("具体融合使用国家标识解析系统情况"), no()))),
    ("standards", "平台牵头/参与标准制定情况（国家标准、行业标准）", "3.1.3", "text", None, dict(
        ev=("other",))),
    ("awards", "平台获得省部级及以上奖项/荣誉数量（个）", "3.1.3", "count_with_list", N, dict(
        anchor="平台获得省部级及以上奖项/荣誉数量：", ev=("award_certificate",))),
    ("jobs_created", "平台建设与运营带动新增就业人数（人）", "3.1.3", "count", "人", dict(ev=("other",))),
    ("social_contribution_rate", "平台社会贡献率（%）", "3.1.3", "percent", P, dict(
        dec=2, ev=("audited_financial_report",))),
    ("regional_contribution", "平台对关键行业/领域、本市及其他重点区域等贡献及支撑", "3.1.3", "text", None,
     dict(chars=300)),
    # 3.2.1
    ("open_sharing_mechanism", "是否建立供应链产业链开放共享机制", "3.2.1", "yes_no_detail", None, dict(
        chars=200, approx=True, rules=(
            yes("开放共享的内容（如数据、应用功能等），简述具体开放机制", chars=200, approx=True), no()))),
    ("open_data_forms", "平台开放共享数据的形式及数量", "3.2.1", "text", None, {}),
    # 3.2.2
    ("partner_platforms", "合作平台数量（个）", "3.2.2", "count", N, {}),
    ("cross_platform_calls", "跨平台调用功能建设情况", "3.2.2", "text", None, dict(chars=200)),
    ("new_industries_models", "新产业、新模式培育情况", "3.2.2", "yes_no_detail", None, dict(
        chars=300, rules=(yes("培育情况简述", prefix=None, chars=300), no("无")))),
]

# The system-screenshot default: counts and capabilities are shown by 系统/日志数据截图.
_DEFAULT_EVIDENCE = SHOT
# Which "（以下若涉及私有化…）" note (in order of appearance) covers which 三级 group.
_GROUP_NOTE_ORDER = ("2.1.2", "2.2.1", "2.2.2", "2.2.3", "2.3.1", "2.4.1")


def _paths() -> dict[str, dict]:
    paths = {}
    for dim in DIMENSIONS:
        for l2_code, l2_name, level3 in dim["groups"]:
            for l3_code, l3_name in level3:
                paths[l3_code] = {
                    "dimension_code": dim["code"], "dimension_name": dim["name"],
                    "dimension_weight": dim["weight"], "level2_code": l2_code,
                    "level2_name": l2_name, "level3_code": l3_code, "level3_name": l3_name}
    return paths


def indicator_fields(clean: str) -> list[dict]:
    guidance = cut_guidance(clean, [r[5].get("anchor", r[1]) for r in ROWS])
    start = clean.index(_GUIDANCE_START)
    notes = re.findall(r"（以下若涉及[^）]*）", clean[start:])
    if len(notes) != len(_GROUP_NOTE_ORDER):
        raise SystemExit(f"expected {len(_GROUP_NOTE_ORDER)} group notes, found {len(notes)}")
    note_of = dict(zip(_GROUP_NOTE_ORDER, notes))
    paths = _paths()
    out = []
    for (id_, label, l3, vt, unit, x), text in zip(ROWS, guidance):
        private = x.get("private")
        if private is True:
            private = re.search(r"按照以下格式：(.*)）$", note_of[l3]).group(1)
        out.append(field(
            id_, label, vt, form="附件2", section="indicators",
            section_label="三、上海市工业互联网平台应用水平评价指标明细表", path=paths[l3], unit=unit,
            decimals=x.get("dec"), max_chars=x.get("chars"), max_chars_approx=x.get("approx"),
            max_chars_per_item=x.get("per_item"), max_value=x.get("max_value"),
            appendix=x.get("appendix"), private_format=private, guidance=text,
            group_guidance=note_of.get(l3) if x.get("group_note", True) else None,
            answer_rules=x.get("rules", ()), parent=x.get("parent"),
            aliases=_aliases(label, x.get("aliases", ())),
            evidence_kinds=x.get("ev", _DEFAULT_EVIDENCE)))
    return out


_UNIT_TAIL = re.compile(r"（(?:万元|%|台/套|个|项|人|次|TB|台)）$")


def _aliases(label: str, extra: tuple[str, ...]) -> tuple[str, ...]:
    """Variants seen in filled forms: the label without its unit (且 without 其中：)."""
    bare = _UNIT_TAIL.sub("", label)
    variants = [bare] if bare != label else []
    if label.startswith("其中："):
        variants.append(_UNIT_TAIL.sub("", label[3:]))
    return tuple(dict.fromkeys(v for v in (*extra, *variants) if v != label))


# ---------------------------------------------------------------------------------------------
# Relations: typed, attached to the field they constrain

def f(id_: str) -> dict:
    return {"field": id_}


def q(name: str, proxy: str | None = None) -> dict:
    return {"quantity": name, "proxy_field": proxy} if proxy else {"quantity": name}


def _stated() -> list[tuple[str, dict]]:
    return [
        ("staff_total", {"id": "identity.staff_total", "kind": "sum", "basis": "stated",
                         "terms": [f("staff_ops_maintenance"), f("staff_operations")],
                         "source": "注：运维人数与运营人数求和应与平台总人数相等。"}),
        ("rd_intensity", {"id": "formula.rd_intensity", "kind": "ratio", "basis": "stated",
                          "terms": [f("rd_investment"), f("revenue")], "scale": 100, "decimals": 2,
                          "source": "平台相关研发投入÷平台相关营业收入×100%，保留2位小数"}),
        ("profit_margin", {"id": "formula.profit_margin", "kind": "ratio", "basis": "stated",
                           "terms": [q("平台利润"), f("revenue")], "scale": 100, "decimals": 2,
                           "source": "平台利润÷平台相关营业收入×100%，保留2位小数。2023年数据"}),
        ("paying_user_share", {
            "id": "formula.paying_user_share", "kind": "ratio", "basis": "stated",
            "terms": [q("付费用户数", "enterprises_paying"), q("平台用户总数", "enterprise_users_registered")],
            "scale": 100, "decimals": 2, "source": "付费用户数÷平台用户总数×100%，保留2位小数。截至2023年底数据"}),
        ("storage_utilization", {
            "id": "formula.storage_utilization", "kind": "ratio", "basis": "stated",
            "terms": [q("实际存储资源数量", "stored_industrial_data"), f("storage_capacity")],
            "scale": 100, "decimals": 2, "source": "实际存储资源数量÷存储容量×100%，保留2位小数"}),
        ("roi", {"id": "formula.roi", "kind": "ratio", "basis": "stated",
                 "terms": [q("平台年利润或年均利润"), q("投资总额", "platform_build_amount")],
                 "scale": 100, "decimals": 2,
                 "source": "平台的投资回报率，平台年利润或年均利润/投资总额×100%，保留2位小数"}),
        ("social_contribution_rate", {
            "id": "formula.social_contribution_rate", "kind": "ratio", "basis": "stated",
            "terms": [q("社会贡献总额"), q("平均资产总额")], "scale": 100, "decimals": 2,
            "source": "社会贡献率=社会贡献总额÷平均资产总额×100%，保留2位小数。"}),
    ]


# (owner, total): a breakdown whose categories should add up to the total it itemises.
_BREAKDOWNS = [
    ("devices_by_category", "devices_total"), ("devices_by_region", "devices_total"),
    ("devices_public_cloud_by_category", "devices_public_cloud"),
    ("devices_public_cloud_by_region", "devices_public_cloud"),
    ("devices_public_cloud_daily_running_by_category", "devices_public_cloud_daily_running"),
    ("devices_public_cloud_daily_running_by_region", "devices_public_cloud_daily_running"),
    ("devices_overseas_by_country", "devices_overseas"),
    ("apps_by_category", "apps_total"), ("apps_by_industry", "apps_total"),
    ("apps_public_cloud_daily_active_by_category", "apps_public_cloud_daily_active"),
    ("apps_public_cloud_daily_active_by_industry", "apps_public_cloud_daily_active"),
    ("enterprises_served_by_industry", "enterprises_served"),
    ("enterprises_served_by_region", "enterprises_served"),
    ("solutions_by_mode", "solutions_total"),
]
# (owner, bound): a 其中 row cannot exceed the row it is part of.
_AT_MOST = [
    ("staff_ops_maintenance", "staff_total"), ("staff_operations", "staff_total"),
    ("staff_qualified", "staff_total"),
    ("devices_public_cloud", "devices_total"),
    ("devices_public_cloud_daily_running", "devices_public_cloud"),
    ("devices_overseas", "devices_total"),
    ("apps_platform_native", "apps_total"), ("apps_cloudified_software", "apps_total"),
    ("apps_monthly_active", "apps_total"), ("killer_apps", "apps_total"),
    ("apps_public_cloud", "apps_total"),
    ("apps_public_cloud_daily_active", "apps_public_cloud"),
    ("cloud_servers_public", "cloud_servers_used"),
    ("stored_industrial_data", "storage_capacity"),
    ("public_cloud_data", "stored_industrial_data"),
    ("models_active", "models_total"), ("microservices_active", "microservices_total"),
    ("developers_active", "developers_registered"),
    ("enterprises_served", "enterprise_users_registered"),
    ("enterprises_paying", "enterprises_served"),
    ("enterprises_served_shanghai", "enterprises_served"),
    ("enterprises_served_sme", "enterprises_served"),
    ("killer_app_subscriptions", "app_subscriptions"),
]


def _structural() -> list[tuple[str, dict]]:
    out = [(o, {"id": f"breakdown.{o}", "kind": "breakdown_sum", "basis": "structural",
                "terms": [f(t)]}) for o, t in _BREAKDOWNS]
    # 按分类统计工业模型数量 follows 工业机理模型数量 in 2.2.3, and every applicant's categories add up
    # to it; its 附录D categories name more than 机理模型, so a difference is a doubt, not a breach
    out.append(("models_by_category", {
        "id": "breakdown.models_by_category", "kind": "breakdown_sum", "basis": "structural",
        "terms": [f("models_total")],
        "doubt": "按分类统计的是工业模型（附录D含数据算法、研发仿真、业务流程模型），总数栏为工业机理模型数量，两栏口径未必相同"}))
    out += [(o, {"id": f"subset.{o}", "kind": "at_most", "basis": "structural", "terms": [f(t)]})
            for o, t in _AT_MOST]
    out.append(("apps_total", {
        "id": "sum.apps_total", "kind": "sum", "basis": "structural",
        "terms": [f("apps_platform_native"), f("apps_cloudified_software")],
        "source": "包括基于平台开发的工业APP和传统软件云化的工业APP"}))
    for year in (2022, 2023):
        out.append((f"platform_revenue_growth_{year}", {
            "id": f"growth.platform_revenue_{year}", "kind": "growth", "basis": "structural",
            "terms": [f(f"platform_revenue_{year}"), f(f"platform_revenue_{year - 1}")],
            "decimals": 2}))
    out.append(("revenue", {"id": "equal.revenue_2023", "kind": "equal", "basis": "structural",
                            "terms": [f("platform_revenue_2023")]}))
    return out


def attach_relations(fields: list[dict]) -> None:
    by_id = {spec["id"]: spec for spec in fields}
    for owner, relation in _stated() + _structural():
        by_id[owner].setdefault("relations", []).append(relation)


# ---------------------------------------------------------------------------------------------
# 附件4 平台基本情况汇总表, in the notice's order

YES_NO_HINT = "是/否"
# (label, printed hint, source field ids, value_type override, note)
SUMMARY: list[tuple] = [
    ("序号", "（请根据附件6中平台对应序号填写）", (), "count", None),
    ("企业名称", None, ("enterprise_name",), None, None),
    ("平台名称", None, ("platform_name",), None, None),
    ("平台性质", None, (), "text", "附件1、附件2中没有对应栏目，由申报单位按平台实际情况填写"),
    ("联系人姓名", None, ("contact_primary_name", "enterprise_contact"), "text", None),
    ("联系人手机号", None, ("contact_primary_mobile", "contact_mobile"), "phone", None),
    ("联系人电子邮箱", None, ("contact_primary_email", "email"), "email", None),
    ("评审会现场地址信息", None, ("review_site_address",), None, None),
    ("平台网址", None, ("platform_url",), "text", "汇总表只填网址；登录账号和密码留在申报表中"),
    ("建设时间", "（YYYY.MM.DD-YYYY.MM.DD）", ("construction_period",), None,
     "申报表只到年月，日无从得知时不补造"),
    ("平台建设金额（万元）", None, ("platform_build_amount",), None, None),
    ("平台近三年经营指标情况",
     "2021年平台营收________万元/增长率_____%2022年平台营收________万元/增长率_____%"
     "2023年平台营收________万元/增长率_____%注：此处数据需将平台相关收益单列，而非整个公司的财务数据。",
     tuple(f"platform_revenue{k}_{y}" for y in (2021, 2022, 2023) for k in ("", "_growth")),
     "revenue_history", None),
    ("平台建设方式", "（自建、合作共建，合作共建的填写合建企业名称）",
     ("construction_mode", "partner_enterprise"), None, None),
    ("平台运营模式", "（自运营、联合运营、委托运营）", ("operation_mode",), None, None),
    ("部署方式", "（边缘侧、私有云、公有云、混合云、其他部署方式，其他部署方式请填写具体信息）",
     ("deployment", "deployment_other"), None, None),
    ("平台团队总人数（人）", None, ("staff_total",), None, None),
    ("运维人数（人）", None, ("staff_ops_maintenance",), None, None),
    ("运营人数（人）", None, ("staff_operations",), None, None),
    ("有相关技术职称/从业资格的人数（人）", None, ("staff_qualified",), None, None),
]
# Rows that are simply a 明细表 field under a (possibly shorter) label, in order.
_SIMPLE_SUMMARY = [
    ("平台相关研发投入（万元）", "rd_investment"), ("平台相关研发投入强度（%）", "rd_intensity"),
    ("平台相关营业收入（万元）", "revenue"), ("平台利润率（%）", "profit_margin"),
    ("付费用户占比（%）", "paying_user_share"),
    ("连接的工业设备/产品/产线种类及数量（台/套）", "devices_total"),
    ("按二级分类统计工业设备数量（台/套）", "devices_by_category"),
    ("按省市区域统计工业设备数量（台/套）", "devices_by_region"),
    ("公有云工业设备连接数量（台/套）", "devices_public_cloud"),
    ("按二级分类统计公有云工业设备数量（台/套）", "devices_public_cloud_by_category"),
    ("按省市区域统计公有云工业设备数量（台/套）", "devices_public_cloud_by_region"),
    ("公有云工业设备平均日运行数量（台/套）", "devices_public_cloud_daily_running"),
    ("按二级分类统计公有云工业设备平均日运行数量（台/套）", "devices_public_cloud_daily_running_by_category"),
    ("按省市区域统计公有云工业设备平均日运行数量（台/套）", "devices_public_cloud_daily_running_by_region"),
    ("海外设备连接数量（台/套）", "devices_overseas"),
    ("按海外国家分类统计海外设备连接数量（台/套）", "devices_overseas_by_country"),
    ("工业协议兼容适配数量（个）", "protocols_supported"), ("工业软件总量（个）", "software_total"),
    ("工业APP数量（个）", "apps_total"), ("基于平台开发的工业APP数量（个）", "apps_platform_native"),
    ("云化工业软件数量（个）", "apps_cloudified_software"), ("按分类统计工业APP数量（个）", "apps_by_category"),
    ("按行业统计工业APP数量（个）", "apps_by_industry"), ("工业APP平均月活跃数量（个）", "apps_monthly_active"),
    ("杀手锏APP数量（个）", "killer_apps"),
    ("公有云杀手锏APP平均日在线用户数（个）", "killer_apps_public_cloud_daily_users"),
    ("杀手锏APP日活次数（次）", "killer_apps_daily_active_times"),
    ("杀手锏APP月平均收入（万元）", "killer_apps_monthly_revenue"),
    ("公有云工业APP数量（个）", "apps_public_cloud"),
    ("公有云工业APP平均日活跃数量（个）", "apps_public_cloud_daily_active"),
    ("按分类统计公有云工业APP平均日活跃数量（个）", "apps_public_cloud_daily_active_by_category"),
    ("按行业统计公有云工业APP平均日活跃数量（个）", "apps_public_cloud_daily_active_by_industry"),
    ("平台实际用云量（台）", "cloud_servers_used"), ("平台公有云实际使用数量（台）", "cloud_servers_public"),
    ("存储容量（TB）", "storage_capacity"), ("存储工业数据量（TB）", "stored_industrial_data"),
    ("公有云数据总量（TB）", "public_cloud_data"), ("存储资源利用率（%）", "storage_utilization"),
    ("工业机理模型数量（个）", "models_total"),
    ("活跃机理模型数量（一周调用5次以上）（个）", "models_active"),
    ("核心工业模型平均月调用用户数量（个）", "core_models_monthly_users"),
    ("按分类统计工业模型数量（个）", "models_by_category"),
    ("数据分析平台均速度（每TB分级/秒级/毫秒级）", "data_analysis_speed"),
    ("微服务数量（个）", "microservices_total"),
    ("活跃微服务数量（一周调用5次以上）（个）", "microservices_active"),
    ("开发者注册总数（个）", "developers_registered"), ("活跃开发者数（个）", "developers_active"),
    ("平台是否建立安全管理体系", "security_policies"),
    ("有否定期开展第三方安全测试/测评", "third_party_security_testing"),
    ("有否定期进行安全扫描", "security_scanning"),
    ("注册企业用户数（个）", "enterprise_users_registered"), ("实际服务企业数（个）", "enterprises_served"),
    ("按行业统计服务企业数（个）", "enterprises_served_by_industry"),
    ("按省市区域统计服务企业数（个）", "enterprises_served_by_region"),
    ("付费企业数（个）", "enterprises_paying"), ("服务本市企业数量（个）", "enterprises_served_shanghai"),
    ("服务中小企业数量（个）", "enterprises_served_sme"),
    ("平台订单数量(近一年总量)（个）", "orders_last_year"),
    ("平台交易规模年增长率（%）", "transaction_growth"), ("工业APP订阅总数量（个）", "app_subscriptions"),
    ("杀手锏工业APP订阅数量（个）", "killer_app_subscriptions"),
    ("工业APP订阅总金额（万元）", "app_subscription_amount"),
    ("平台连接工业设备利用率（%）", "device_utilization"), ("平台国产化率（%）", "localization_rate"),
    ("平台是否服务上海智能工厂，数量", "smart_factories_served"),
    ("平台服务园区总数（个）", "industrial_parks_served"), ("平台提供的解决方案总数（个）", "solutions_total"),
    ("按新模式统计解决方案数量（个）", "solutions_by_mode"), ("投资回报率（%）", "roi"),
    ("企业是否已上市或已获得VC/PE投资", "listed_or_vc_funded"),
    ("平台连接工业设备运维成本平均下降率（%）", "device_om_cost_reduction"),
    ("平台连接工业设备能耗平均下降率（%）", "device_energy_reduction"),
    ("平台连接工业设备安全生产持续时间平均提升率（%）", "device_safety_duration_increase"),
    ("平台现有特色指数（个）", "featured_indices"),
    ("平台核心软硬件技术获得的专利数量（项）", "patents"),
    ("平台核心软硬件技术获得的软著数量（个）", "software_copyrights"),
    ("平台是否有自研形成的核心技术突破", "core_tech_breakthrough"),
    ("平台是否具备碳管理服务能力", "carbon_management"),
    ("平台是否融合使用国家标识解析系统", "identifier_resolution"),
    ("平台获得省部级及以上奖项/荣誉数量（个）", "awards"),
    ("平台建设与运营带动新增就业人数（人）", "jobs_created"), ("平台社会贡献率（%）", "social_contribution_rate"),
    ("平台开放共享数据的形式及数量", "open_data_forms"), ("合作平台数量（个）", "partner_platforms"),
]
# 附件4 prints "是/否" after these labels: the row takes only the yes/no part of the answer.
_YES_NO_ROWS = {"security_policies", "third_party_security_testing", "security_scanning",
                "listed_or_vc_funded", "core_tech_breakthrough", "carbon_management",
                "identifier_resolution"}


def summary_rows(fields: list[dict]) -> list[dict]:
    by_id = {spec["id"]: spec for spec in fields}
    specs = list(SUMMARY)
    for label, fid in _SIMPLE_SUMMARY:
        yes_no = fid in _YES_NO_ROWS
        specs.append((label, YES_NO_HINT if yes_no else None, (fid,), "yes_no" if yes_no else None,
                      None))
    rows = []
    for order, (label, hint, sources, vt, note) in enumerate(specs, start=1):
        one = by_id[sources[0]] if len(sources) == 1 else None
        value_type = vt or (one or by_id[sources[0]])["value_type"]
        row = {"order": order, "label": label, "format_hint": hint, "source_fields": sources,
               "value_type": value_type, "note": note}
        if one is not None and vt is None:
            row["unit"] = one.get("unit")
            row["decimals"] = one.get("decimals")
        if label == "序号":
            row["platform_list_column"] = "序号"
        rows.append({k: v for k, v in row.items() if v not in (None, ())})
    return rows


def attach_summary_labels(fields: list[dict], rows: list[dict]) -> None:
    by_id = {spec["id"]: spec for spec in fields}
    for row in rows:
        for source in row.get("source_fields", ()):
            by_id[source].setdefault("summary_label", row["label"])
        if len(row.get("source_fields", ())) != 1:
            continue
        spec = by_id[row["source_fields"][0]]
        aliases = list(spec.get("aliases", ()))
        if row["label"] != spec["label"] and row["label"] not in aliases:
            aliases.append(row["label"])
        if aliases:
            spec["aliases"] = tuple(aliases)


# ---------------------------------------------------------------------------------------------
# Appendices A–F

EQUIPMENT = [
    ("采矿设备", "探矿、采矿、选矿和造块设备；油气水井设备、油气汽水集输设施、油气汽水处理设施、油田机械等"),
    ("化工设备", "炼油机械、化工机械、橡塑机械、日化设备、制药机械等。"),
    ("冶炼设备", "炼焦设备、金属冶炼设备(高炉、平炉、转炉、电炉)、铸造设备、焙烧/煅烧/烧结设备、金属轧制/拉拔"
                 "机械、冶金专用车等"),
    ("电力设备", "发电机械、输电设备、变电设备、配电设备等。"),
    ("建材设备", "水泥生产设备、玻璃生产设备、陶瓷生产设备、砖瓦坯生产设备、沥青生产设备、涂料生产设备等"),
    ("动力设备", "内燃机、燃气轮机、汽轮机、锅炉、发动机、气体压缩机、泵、风机等"),
    ("仪器仪表", "自动化仪表、电工仪器仪表、光学仪器，分析仪器、试验机、实验仪器和装置、量仪、钟表及定时器等。"),
    ("机床", "切削机床、锻压机械、铸造机械、木工机械等。"),
    ("机器人", "焊接机器人、激光切割机器人、装配机器人、冲压机器人、分拣机器人、码垛机器人等"),
    ("电工、电子设备", "电工生产设备(低压电器、电线电缆、绝缘材料)、电池生产设备、电子工业生产设备(半导体、"
                       "电真空器件、电子元件、环境例行试验、激光印刷线路计算机、生产线及装配线、磁盘打印机生产专用"
                       "设备)、家用电器生产设备等"),
    ("轻工设备", "包装机械、纺织机械、造纸机械、印刷机械、橡塑机械、食品饮料机械等"),
    ("工程机械", "挖掘机、铲土运输机械、压实机械、起重机械、水泥/混凝土设备、采矿机械、盾构机械、矿山机械、"
                 "工矿车辆等。"),
    ("农林机械", "拖拉机、播种机、收割机械等。"),
    ("物流设备", "给料设备、装卸设备、运输设备、立体仓库设备、包装设备"),
    ("交通设备", "轨道交通设备、船舶、商用车、飞机"),
    ("其他", "安全生产设备、污染防治设备等"),
]
APPS = ["安全生产", "节能减排", "质量管控", "供应链管理", "研发设计", "生产制造", "运营管理", "仓储物流",
        "运维服务"]
INDUSTRIES = [
    ("采矿", "06/07/08/09/10/11/12"), ("黑色金属", "31/3391/3392"), ("有色金属", "32"),
    ("石化化工", "251/261/262/263/264/265/266/268/291"), ("建材", "30/331/335"), ("医药", "27"),
    ("纺织", "17/18/28"), ("家电", "385/386"), ("食品", "13/14/15"), ("烟草", "16"),
    ("轻工", "19/21/22/24/292/332/333/334/336/337/338/3393/3394/3399/3587/376/377/384/387/403/411"),
    ("机械", "34/351/352/353/354/355/356/357/3581/3582/3583/3584/3585/3586/3589/359/381/382/383/389"),
    ("汽车", "36/375"), ("航空/航天", "3741/3744/3742/3743"), ("船舶", "373"), ("轨道交通", "371/372"),
    ("电子", "391/392/393/394/395/396/397/398/399"), ("电力、热力和燃气", "441/442/443/445"),
    ("建筑业", "47/48/49/50"), ("农业", "01/02/03/04"), ("服务业", ""), ("其他", ""),
]
MODELS = [
    ("数据算法模型", "包括数据分析模型，如数据回归、分类、降维等算法模型；机器学习模型，如神经网络等模型。"),
    ("研发仿真模型", "包括研发设计仿真模型、产品性能评估仿真模型、生产过程仿真模型、复杂系统设计仿真模型、"
                     "产品和零部件三维模型等模型种类和数量。"),
    ("行业机理模型", "包括基础理论、工艺方法、参数配方配料、操作经验、质量检测方法等模型的种类及数量。如流程行业"
                     "的配方、配料、质量、工艺过程与工艺参数模型，以及离散行业设备操作方法、工序、检测、装配等模型。"),
    ("业务流程模型", "包括业务逻辑模型、流程逻辑模型、控制逻辑、系统逻辑模型等模型的种类和数量，如MES、ERP、CRM"
                     "等业务流程中蕴含的逻辑关系。"),
]
SOLUTION_MODES = ["数字化管理", "平台化设计", "网络化协同", "智能化制造", "个性化定制", "服务化延伸"]
_PROVINCES = "河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 陕西 甘肃 青海"
_AUTONOMOUS = {"内蒙古": "内蒙古自治区", "广西": "广西壮族自治区", "西藏": "西藏自治区",
               "宁夏": "宁夏回族自治区", "新疆": "新疆维吾尔自治区"}


def regions() -> list[dict]:
    out = [{"name": n, "kind": "直辖市", "aliases": [n + "市"]} for n in ("北京", "天津", "上海", "重庆")]
    out += [{"name": n, "kind": "省", "aliases": [n + "省"]} for n in _PROVINCES.split()]
    out += [{"name": n, "kind": "自治区", "aliases": [full]} for n, full in _AUTONOMOUS.items()]
    out += [{"name": n, "kind": "计划单列市", "aliases": [n + "市"]}
            for n in ("大连", "青岛", "宁波", "厦门", "深圳")]
    out += [{"name": "香港", "kind": "特别行政区", "aliases": ["香港特别行政区", "中国香港"]},
            {"name": "澳门", "kind": "特别行政区", "aliases": ["澳门特别行政区", "中国澳门"]},
            {"name": "台湾", "kind": "省", "aliases": ["台湾省", "中国台湾"]},
            {"name": "海外", "kind": "海外", "aliases": ["海外*", "境外", "国外"]}]
    return out


def appendices() -> dict:
    return {
        "equipment_title": "工业设备二级分类口径",
        "equipment": [{"name": n, "reference": r} for n, r in EQUIPMENT],
        "app_title": "工业APP分类口径", "apps": APPS,
        "industry_title": "行业分类口径",
        "industries": [{"name": n, "codes": c.split("/") if c else []} for n, c in INDUSTRIES],
        "model_title": "工业模型分类口径",
        "models": [{"name": n, "explanation": e} for n, e in MODELS],
        "model_note": "注：工业模型分类，不包括OA类、会议视频类等通用类模型。",
        "solution_title": "解决方案分类口径", "solution_modes": SOLUTION_MODES,
        "region_title": "区域分类口径", "regions": regions(),
        "overseas_rule": "*注：海外需注明具体国家或地区名称的中文翻译+英文，首字母大写，如俄罗斯Russia、美国United States",
    }


# ---------------------------------------------------------------------------------------------
# 附件6 纳入2024年度评价工作的平台名单 (names re-joined where the table wrapped them; spaces inside
# a printed line are kept, they are part of names like "宝联登 xIn³Plat 工业互联网平台")

PLATFORMS = [
    ("化工行业工业互联网平台", "上海华谊集团股份有限公司", "是"),
    ("电机设备远程运维服务工业互联网平台", "上海电机系统节能工程技术研究中心有限公司", "-"),
    ("塑化领域的工业大数据共享平台", "上海塑米信息科技有限公司", "-"),
    ("基于知识驱动的材料大数据工业互联网平台", "鸿之微(科技)上海股份有限公司", "-"),
    ("面向电力能源行业应用的工业互联网平台", "上海新华控制技术集团科技有限公司", "是"),
    ("联影医疗工业互联网平台", "上海联影医疗科技股份有限公司", "-"),
    ("面向制造业供应链协同的智能交易工业互联网平台", "上海爱姆意机电设备连锁有限公司", "是"),
    ("船舶动力系统设备全生命周期运行维护平台", "中国船舶重工集团公司第七一一研究所", "是"),
    ("基于区块链泛半导体行业工业互联网平台", "中微汇链科技（上海）有限公司", "是"),
    ("来伊份合作伙伴共创平台", "上海来伊份股份有限公司", "-"),
    ("数字化环境装备服务工业互联网平台", "上海西派埃智能化系统有限公司", "是"),
    ("基于 BIM 的公共建筑智慧建造与运维工业互联网平台", "上海建工四建集团有限公司", "是"),
    ("国网上海电力工业互联网平台", "国网上海市电力公司", "是"),
    ("电机设备远程运维服务工业互联网平台", "上海电器科学研究所（集团）有限公司", "是"),
    ("华兴数字易维讯工程机械工业互联网平台", "上海华兴数字科技有限公司", "-"),
    ("欧冶云商生态运营平台", "欧冶云商股份有限公司", "是"),
    ("宝联登 xIn³Plat 工业互联网平台", "上海宝信软件股份有限公司", "是"),
    ("钢铁全产业链特色工业互联网平台", "上海找钢网信息科技股份有限公司", "是"),
    ("“飞梭智纺”纺织工业互联网平台", "上海致景信息科技有限公司", "是"),
    ("河姆渡电商工业互联网平台", "上海河姆渡实业发展有限公司", "是"),
    ("中国移动 OnePower 工业互联网平台", "中移（上海）信息通信科技有限公司", "是"),
    ("面向钢铁行业的设备远程运维平台", "宝武装备智能科技有限公司", "是"),
    ("“星云智汇” 工业互联网平台", "上海电气集团数字科技有限公司", "是"),
    ("欧贝平台", "欧冶工业品股份有限公司", "-"),
    ("联擎 5G全链接工厂平台", "联通（上海）产业互联网有限公司", "-"),
    ("智慧核电产业链协同工业互联网平台", "上海核工程研究设计院股份有限公司", "是"),
    ("零碳绿色工厂综合数智化管理平台", "上海碳索能源服务股份有限公司", "-"),
    ("基于全球船舶实时船位的航运新基建--船视宝", "中远海运科技股份有限公司", "-"),
    ("外高桥船舶行业工业互联网平台", "上海外高桥造船有限公司", "-"),
    ("时尚消费品领域工业互联网平台", "上海识装信息科技有限公司", "-"),
    ("光明乳业工业互联网平台", "光明乳业股份有限公司", "-"),
    ("中国航发商密网工业互联网平台", "中国航发商用航空发动机有限责任公司", "-"),
    ("延锋工业互联网平台", "上海延锋金桥饰件系统有限公司", "-"),
]


def platforms() -> list[dict]:
    return [{"number": i, "name": n, "unit_name": u, "participated_2023": flag == "是"}
            for i, (n, u, flag) in enumerate(PLATFORMS, start=1)]


# ---------------------------------------------------------------------------------------------
# Dimensions with their descriptions, 附件3 outline, required files, notice facts

def dimensions(clean: str) -> list[dict]:
    g = clean.index(_GUIDANCE_START)
    out = []
    for dim in DIMENSIONS:
        heading = f"{dim['code']}、{dim['name']}"
        first_l2 = dim["groups"][0][0] + dim["groups"][0][1]
        groups = []
        for l2_code, l2_name, level3 in dim["groups"]:
            first_l3 = level3[0][0]
            groups.append({"code": l2_code, "name": l2_name,
                           "description": between(clean, l2_code + l2_name, first_l3, g),
                           "groups": [{"code": c, "name": n} for c, n in level3]})
        out.append({"code": dim["code"], "name": dim["name"], "weight": dim["weight"],
                    "description": between(clean, heading, first_l2, g), "groups": groups})
    return out


_BENCHMARK = [("1.2.1", "创新投入情况"), ("2.1.1", "工业设备连接/汇聚能力"), ("2.1.2", "工业软件/APP"),
              ("2.2.1", "数据采集"), ("2.2.2", "数据处理（存储计算能力）"), ("2.2.3", "数据建模和分析"),
              ("2.3.1", "平台微服务情况"), ("3.1.1", "平台应用规模")]
_SECTIONS = [("一", "申报单位简介"), ("二", "平台建设及运营情况"), ("三", "平台应用成效"),
             ("四", "平台下一步发展计划"), ("五", "平台应用案例"), ("六", "附件及其他说明材料"),
             ("七", "平台相较上年度对比情况")]


def outline(clean: str) -> dict:
    a3 = clean.index("附件3上海市工业互联网平台应用水平评价申报书")
    ends = [f"{n}、{t}" for n, t in _SECTIONS[1:]] + ["附件4平台基本情况汇总表"]
    sections = []
    for (num, title), end in zip(_SECTIONS, ends):
        head = f"{num}、{title}"
        start = clean.index(head, a3)
        body = between(clean, head, end, start)
        section = {"number": num, "title": title, "description": body}
        if "最后一段（必写）：" in body:
            desc, closing = body.split("最后一段（必写）：", 1)
            closing = closing.split("表X")[0]
            section["description"] = desc
            section["closing_paragraph"] = {"label": "最后一段（必写）", "text": closing, "max_chars": 300}
        if num == "五":
            section["description"] = body.split("案例1：")[0]
        if num == "七":
            section["required_if_participated_2023"] = True
        sections.append(section)
    table = between(clean, "三级指标本平台数据对标数据", "注：若对标平台", a3)
    heads = [code + name for code, name in _BENCHMARK]
    rows = []
    for i, (code, name) in enumerate(_BENCHMARK):
        start = table.index(heads[i]) + len(heads[i])
        end = table.index(heads[i + 1]) if i + 1 < len(heads) else len(table)
        template, _, note = table[start:end].partition("注：")
        row = {"level3_code": code, "level3_name": name, "template": template}
        if note:
            row["note"] = "注：" + note
        rows.append(row)
    return {
        "title": "上海市工业互联网平台应用水平评价申报书",
        "sections": sections,
        "case_format": {
            "max_cases": 3, "name_pattern": "XXX平台——XXXX", "name_separator": "——",
            "name_max_chars": 30,
            "name_rule": between(clean, "XXX平台——XXXX（", "）企业简介", a3),
            "parts": [{"label": "企业简介", "max_chars": 120}, {"label": "平台简介", "max_chars": 300,
                      "max_chars_approx": True},
                      {"label": "案例实际内容简介", "max_chars": 500, "max_chars_approx": True},
                      {"label": "配图"}],
            "total_max_chars": 1000, "max_images_per_case": 5, "image_requirement": "高清、版权清晰"},
        "benchmark_table": {
            "title": "表X平台对标同行业或相似平台的部分量化数据对比表",
            "columns": ["三级指标", "本平台数据", "对标数据"], "rows": rows,
            "footnote": "注：若对标平台的具体数据无法获取，则可以填写或预估其相应的数量级或水平"},
    }


_ELECTRONIC = "电子版：Word/Excel版+盖章扫描版PDF"
_PAPER = "纸质版：A4纸双面打印，加盖封面章、骑缝章"
REQUIRED_FILES = [
    {"number": 1, "title": "联系人信息反馈表", "listed_as": "联系人信息反馈表", "paper_copy": False,
     "requirements": [_ELECTRONIC]},
    {"number": 2, "title": "上海市工业互联网平台应用水平评价申报表",
     "listed_as": "上海市工业互联网平台应用水平评价申报表（模板，附指标解释及填报指引）", "paper_copy": True,
     "requirements": [_ELECTRONIC, _PAPER, "封面加盖申报单位公章"]},
    {"number": 3, "title": "上海市工业互联网平台应用水平评价申报书",
     "listed_as": "上海市工业互联网平台应用水平评价申报书（模板，含应提交的附件清单）", "paper_copy": True,
     "requirements": [_ELECTRONIC, _PAPER, "含相关附件和指标数据说明等证明资料"]},
    {"number": 4, "title": "平台基本情况汇总表", "listed_as": "平台基本情况汇总表（模板）", "paper_copy": False,
     "requirements": [_ELECTRONIC]},
    {"number": 5, "title": "真实性承诺", "listed_as": "真实性承诺（模板）", "paper_copy": True,
     "requirements": [_ELECTRONIC, _PAPER, "需由法人代表或其授权代表签名并加盖申报单位公章"]},
]
NOTICE = {
    "number": "沪经信软〔2024〕410号",
    "title": "上海市经济信息化委关于组织开展2024年度上海市工业互联网平台应用水平评价工作的通知",
    "issued": "2024-06-20", "deadline": "2024-07-22T16:00:00+08:00",
    "email": "gyhlw@sheitc.sh.gov.cn",
}


# ---------------------------------------------------------------------------------------------

def build(seed: Path) -> Catalog:
    clean = clean_notice(seed.read_text(encoding="utf-8"))
    fields = (contact_form_fields() + cover_fields() + enterprise_fields() + platform_fields()
              + indicator_fields(clean))
    attach_relations(fields)
    rows = summary_rows(fields)
    attach_summary_labels(fields, rows)
    return Catalog.model_validate({
        "schema_version": 1, "notice": NOTICE, "dimensions": dimensions(clean), "fields": fields,
        "summary_rows": rows, "appendices": appendices(), "platforms": platforms(),
        "application_outline": outline(clean), "required_files": REQUIRED_FILES,
    })


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=Path, default=DEFAULT_SEED)
    parser.add_argument("-o", "--output", type=Path, default=OUT)
    args = parser.parse_args()
    catalog = build(args.seed)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    text = catalog.model_dump_json(indent=1, exclude_defaults=True)
    args.output.write_text(text + "\n", encoding="utf-8")
    print(f"{args.output}: {len(catalog.fields)} fields, {len(catalog.summary_rows)} summary rows, "
          f"{len(catalog.platforms)} platforms")


if __name__ == "__main__":
    main()
