"""附录 categories as offices word them: the name an applicant gives a line of a breakdown when it is not
the appendix's own (「在线监测仪表」 for 仪器仪表, 「AGV及立体库」 for 物流设备, 「设备运维」 for 运维服务).

`office_category` names the one category such a name stands for, or None: a name 附录A's own 三级指标参考
places under one category (污染防治设备 → 其他, 高炉/转炉设备 → 冶炼设备); a name holding a machine's word that
belongs to one category only (`_EQUIPMENT_WORDS`: 加工中心 → 机床, 空压机 → 动力设备, 热处理炉 → 冶炼设备); a
name sharing a telling two-character word with one category's name or 三级指标参考 only (在线监测仪表 → 仪器
仪表, 节能降耗 → 节能减排). 「设备」, 「管理」 and the like tell nothing; a name two categories could claim is
none of them. Labellers differ on whether such a name breaks the notice (one plants 「空压机」 as a problem,
another writes it in a clean package), so the check reads it as its category and says so — a note.

Must not: judge (`checks.rules_structure` does), or match regions (`catalog.regions`).
"""

from __future__ import annotations

import re

from assistant.catalog.notice import Catalog
from assistant.catalog.vocabulary import category_key

# words too common to tell categories apart (「设备」 ends most of 附录A; 「管理」 is in two of 附录B)
_COMMON_WORDS = {"设备", "系统", "管理", "服务", "生产", "工业", "智能", "平台", "应用", "数据", "其他", "产品", "装备",
                 "机械", "设施", "专用", "综合", "信息", "技术", "软件", "在线", "业务", "模型", "行业", "制造", "工程"}
# a machine's word and the one 附录A category it belongs to (the 三级指标参考's kinds, as factories name them)
_EQUIPMENT_WORDS = (
    ("机床", r"加工中心|车床|铣床|磨床|钻床|镗床|数控|折弯机|剪板机"),
    ("动力设备", r"空压机|压缩机|水泵|泵组|泵站|风机|锅炉|汽轮机|内燃机|柴油机"),
    ("物流设备", r"AGV|叉车|立体库|立库|堆垛机|输送线|穿梭车|仓储"),
    ("电力设备", r"配电|变电|输电|变压器|开关柜|发电机"),
    ("仪器仪表", r"仪表|检测仪|测量仪|分析仪|监测仪|三坐标|传感器|示波器"),
    ("冶炼设备", r"热处理炉|加热炉|高炉|转炉|电炉|轧机|连铸"),
    ("轻工设备", r"织机|经编|纺纱|细纱|印染|定型机|造纸|印刷机|包装机"),
    ("工程机械", r"挖掘机|起重机|塔吊|盾构|装载机|推土机"),
    ("机器人", r"机械臂|机械手"),
)


def office_category(catalog: Catalog, appendix: str, name: str) -> str | None:
    base = category_key(re.split(r"[（(]", name, maxsplit=1)[0]) or category_key(name)
    if len(base) < 2:
        return None
    categories = catalog.appendices.categories(appendix)
    references = {c.name: reference_items(c.reference) for c in catalog.appendices.equipment} if appendix == "A" else {}
    placed = {c for c, items in references.items()
              if any(i == base or base in i or (len(i) >= 2 and i in base) for i in items)}
    if len(placed) == 1:
        return placed.pop()
    if appendix == "A":
        named = {c for c, words in _EQUIPMENT_WORDS if re.search(words, name, re.IGNORECASE)}
        if len(named) == 1 and (category := named.pop()) in categories:
            return category
    telling = telling_words(base)
    sharing = [c for c in categories
               if any(telling & telling_words(text) for text in (category_key(c), *references.get(c, ())))]
    return sharing[0] if len(sharing) == 1 else None


def telling_words(text: str) -> set[str]:
    """The text's two-character words (Chinese), the common ones left out."""
    return {text[i:i + 2] for i in range(len(text) - 1)
            if re.fullmatch(r"[\u4e00-\u9fff]{2}", text[i:i + 2])} - _COMMON_WORDS


def reference_items(reference: str) -> list[str]:
    """A 三级指标参考's kinds, each as a category key (「金属冶炼设备(高炉、平炉、转炉、电炉)」 → 金属冶炼, 高炉, …)."""
    return [key for item in re.split(r"[、，,。；;()（）/等]", reference) if (key := category_key(item))]
