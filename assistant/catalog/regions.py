"""Region and country names of 附录F 区域分类口径, and how to read what applicants write instead.

Owns: the 34 省级区域, the 5 计划单列市, 海外 with Chinese + English country names, and the
classification of one written name ("上海市" → 上海, "俄罗斯Russia" → 海外 Russia, "美国" → 海外
without English). Pure: no I/O, no numbers (a breakdown is parsed in `assistant.values.breakdowns`).
It flags, it never rejects: a checker decides how severe a flag is.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict

from assistant.core.text_keys import fold

# 附录F lists the 31 mainland regions, then the 计划单列市, then 香港 澳门 台湾 and 海外; the notice
# counts 香港 澳门 台湾 among the "34 个省级区域".
MAINLAND_REGIONS: tuple[str, ...] = (
    "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽",
    "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西",
    "甘肃", "青海", "内蒙古", "广西", "西藏", "宁夏", "新疆",
)
SPECIAL_REGIONS: tuple[str, ...] = ("香港", "澳门", "台湾")
PROVINCIAL_REGIONS: tuple[str, ...] = MAINLAND_REGIONS + SPECIAL_REGIONS
PLAN_CITIES: tuple[str, ...] = ("大连", "青岛", "宁波", "厦门", "深圳")
OVERSEAS = "海外"
APPENDIX_F_REGIONS: tuple[str, ...] = MAINLAND_REGIONS + PLAN_CITIES + SPECIAL_REGIONS + (OVERSEAS,)
# Areas spanning regions that applicants write about a part of their figures (「长三角地区服务企业…」).
AREA_NAMES: tuple[str, ...] = ("长三角", "珠三角", "京津冀", "华东", "华南", "华北", "华中", "西南", "西北", "东北")


def region_names(catalog) -> list[str]:
    """附录F's regions and their aliases of two characters or more, longest first (for an alternation)."""
    return sorted({n for r in catalog.appendices.regions for n in (r.name, *r.aliases) if len(n) >= 2},
                  key=len, reverse=True)

# Chinese name → accepted English names, the first being the one to suggest. Aliases of the
# Chinese name map to the same entry through _COUNTRY_ALIASES.
COUNTRIES: dict[str, tuple[str, ...]] = {
    "美国": ("United States", "United States of America", "USA", "US", "America"),
    "俄罗斯": ("Russia", "Russian Federation"), "德国": ("Germany",), "日本": ("Japan",),
    "韩国": ("South Korea", "Korea", "Republic of Korea"), "朝鲜": ("North Korea",),
    "英国": ("United Kingdom", "UK", "Britain", "Great Britain", "England"),
    "法国": ("France",), "意大利": ("Italy",), "西班牙": ("Spain",), "葡萄牙": ("Portugal",),
    "荷兰": ("Netherlands", "The Netherlands", "Holland"), "比利时": ("Belgium",),
    "卢森堡": ("Luxembourg",), "瑞士": ("Switzerland",), "奥地利": ("Austria",),
    "瑞典": ("Sweden",), "挪威": ("Norway",), "丹麦": ("Denmark",), "芬兰": ("Finland",),
    "冰岛": ("Iceland",), "爱尔兰": ("Ireland",), "波兰": ("Poland",),
    "捷克": ("Czech Republic", "Czechia"), "斯洛伐克": ("Slovakia",), "匈牙利": ("Hungary",),
    "罗马尼亚": ("Romania",), "保加利亚": ("Bulgaria",), "希腊": ("Greece",),
    "塞尔维亚": ("Serbia",), "克罗地亚": ("Croatia",), "斯洛文尼亚": ("Slovenia",),
    "立陶宛": ("Lithuania",), "拉脱维亚": ("Latvia",), "爱沙尼亚": ("Estonia",),
    "乌克兰": ("Ukraine",), "白俄罗斯": ("Belarus",), "土耳其": ("Turkey", "Türkiye", "Turkiye"),
    "哈萨克斯坦": ("Kazakhstan",), "乌兹别克斯坦": ("Uzbekistan",), "吉尔吉斯斯坦": ("Kyrgyzstan",),
    "塔吉克斯坦": ("Tajikistan",), "土库曼斯坦": ("Turkmenistan",), "蒙古": ("Mongolia",),
    "阿塞拜疆": ("Azerbaijan",), "格鲁吉亚": ("Georgia",), "亚美尼亚": ("Armenia",),
    "印度": ("India",), "巴基斯坦": ("Pakistan",), "孟加拉国": ("Bangladesh",),
    "斯里兰卡": ("Sri Lanka",), "尼泊尔": ("Nepal",), "越南": ("Vietnam", "Viet Nam"),
    "泰国": ("Thailand",), "马来西亚": ("Malaysia",), "新加坡": ("Singapore",),
    "印度尼西亚": ("Indonesia",), "菲律宾": ("Philippines", "The Philippines"),
    "柬埔寨": ("Cambodia",), "老挝": ("Laos", "Lao"), "缅甸": ("Myanmar", "Burma"),
    "文莱": ("Brunei",), "澳大利亚": ("Australia",), "新西兰": ("New Zealand",),
    "加拿大": ("Canada",), "墨西哥": ("Mexico",), "巴西": ("Brazil",), "阿根廷": ("Argentina",),
    "智利": ("Chile",), "秘鲁": ("Peru",), "哥伦比亚": ("Colombia",), "委内瑞拉": ("Venezuela",),
    "厄瓜多尔": ("Ecuador",), "南非": ("South Africa",), "埃及": ("Egypt",),
    "尼日利亚": ("Nigeria",), "肯尼亚": ("Kenya",), "埃塞俄比亚": ("Ethiopia",),
    "阿尔及利亚": ("Algeria",), "摩洛哥": ("Morocco",), "安哥拉": ("Angola",),
    "坦桑尼亚": ("Tanzania",), "赞比亚": ("Zambia",), "加纳": ("Ghana",),
    "沙特阿拉伯": ("Saudi Arabia",), "阿联酋": ("United Arab Emirates", "UAE"),
    "卡塔尔": ("Qatar",), "科威特": ("Kuwait",), "阿曼": ("Oman",), "巴林": ("Bahrain",),
    "约旦": ("Jordan",), "伊朗": ("Iran",), "伊拉克": ("Iraq",), "以色列": ("Israel",),
}
_COUNTRY_ALIASES = {"印尼": "印度尼西亚", "沙特": "沙特阿拉伯", "阿拉伯联合酋长国": "阿联酋",
                    "南韩": "韩国", "美利坚合众国": "美国", "俄罗斯联邦": "俄罗斯", "孟加拉": "孟加拉国"}
_DOMESTIC_SUFFIXES = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "地区", "省", "市")
_SMALL_WORDS = {"of", "and", "the"}
# Latin words that are units or the trade's words, never a country's name beside its Chinese
_NO_PLACE = {"TB", "GB", "PB", "MB", "KB", "EB", "KW", "KWH", "MW", "GW", "KG", "KM", "CPU", "GPU", "API", "APP", "APPS",
             "SAAS", "PAAS", "IAAS", "ID", "IP", "AI", "IOT", "ERP", "MES", "PLC", "CNC", "AGV", "ECS", "CVM", "VM"}
_LATIN_WORDS = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ.'&]*(?:\s+[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ.'&]*)*")

RegionKind = Literal["province", "plan_city", "overseas", "unknown"]


class RegionMatch(BaseModel):
    """What a written region name is. Flags: variant_name (上海市 for 上海), missing_english,
    missing_chinese, english_not_capitalized, english_mismatch (德国France), unlisted_country
    (zh+en given but not in our list, so unverified), missing_country (海外 alone),
    not_in_appendix_f (杭州, 全国, 其他)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    kind: RegionKind
    canonical: str | None = None  # 附录F name, or the Chinese country name for 海外
    english: str | None = None  # the English name as written
    flags: tuple[str, ...] = ()


def _domestic(zh: str) -> tuple[str, bool] | None:
    if zh in PROVINCIAL_REGIONS or zh in PLAN_CITIES:
        return zh, False
    core = zh.removeprefix("中国")
    for suffix in _DOMESTIC_SUFFIXES:
        if core.endswith(suffix) and len(core) > len(suffix):
            core = core[: -len(suffix)]
            break
    if core in PROVINCIAL_REGIONS or core in PLAN_CITIES:
        return core, True
    return None


def _english_flags(english: str, accepted: tuple[str, ...] | None) -> list[str]:
    flags = []
    words = [w for w in re.split(r"[\s\-]+", english) if w]
    if any(w[0].isalpha() and not w[0].isupper() and w.lower() not in _SMALL_WORDS for w in words):
        flags.append("english_not_capitalized")
    if accepted is not None:
        wanted = {re.sub(r"[\s.]+", " ", a).strip().lower() for a in accepted}
        if re.sub(r"[\s.]+", " ", english).strip().lower() not in wanted:
            flags.append("english_mismatch")
    return flags


def classify_region(name: str) -> RegionMatch:
    """Classify one region name as written in a 按省市区域统计 breakdown."""
    text = re.sub(r"\s+", " ", fold(name)).strip(" :：-—()（）")
    overseas_hint = text.startswith(OVERSEAS)
    text = re.sub(rf"^{OVERSEAS}\s*[-—:：(（]?\s*", "", text).rstrip(")） ")
    zh = "".join(re.findall(r"[\u3400-\u9fff]+", text))
    english = " ".join(_LATIN_WORDS.findall(text)) or None
    if english is not None and english.upper() in _NO_PLACE:
        english = None  # 「存储容量（TB）」: a unit or a product's word, no country's English name (h86)
    if not zh and not english:
        flags = ("missing_country",) if overseas_hint else ("not_in_appendix_f",)
        return RegionMatch(name=name, kind="overseas" if overseas_hint else "unknown", flags=flags)
    if zh and not overseas_hint:
        domestic = _domestic(zh)
        if domestic is not None:
            canonical, variant = domestic
            kind: RegionKind = "plan_city" if canonical in PLAN_CITIES else "province"
            return RegionMatch(name=name, kind=kind, canonical=canonical,
                               flags=("variant_name",) if variant else ())
    country = _COUNTRY_ALIASES.get(zh, zh)
    if zh and country in COUNTRIES:
        flags = [] if country == zh else ["variant_name"]
        if english is None:
            flags.append("missing_english")
        else:
            flags += _english_flags(english, COUNTRIES[country])
        return RegionMatch(name=name, kind="overseas", canonical=country, english=english,
                           flags=tuple(flags))
    if english is not None:
        by_english = next((zh_name for zh_name, names in COUNTRIES.items()
                           if english.lower() in {n.lower() for n in names}), None)
        flags = _english_flags(english, None)
        if not zh:
            flags.insert(0, "missing_chinese")
        elif by_english is None:
            flags.insert(0, "unlisted_country")
        else:
            flags.insert(0, "english_mismatch")  # 中文 is not a country we know, English is
        return RegionMatch(name=name, kind="overseas", canonical=zh or by_english, english=english,
                           flags=tuple(flags))
    return RegionMatch(name=name, kind="unknown", flags=("not_in_appendix_f",))
