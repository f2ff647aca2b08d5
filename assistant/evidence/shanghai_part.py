"""服务本市企业数量 as the enterprises-served statistics write it: the Shanghai part of the count, named by
where the enterprises are rather than by the notice's words.

- A row under the served enterprises' 合计 naming only a place (「其中：注册地在上海市」, 「其中：上海市」,
  「其中：本市」, 「所在地为上海的企业」) is their Shanghai part; read so only beneath that total (the
  same words under registered users or under a company's customers are theirs, not the platform's
  served enterprises). 「上海市以外」, 「全国」, 「长三角」 are not.
- A list's cell says an enterprise is in Shanghai when the place it names first is Shanghai
  (「上海市浦东新区…」, 「中国上海」, 「本市」), not when 上海 is a street of another city
  (「江苏省苏州市上海路8号」); under 「是否本市企业」/「是否上海企业」 it is the yes.

Must not: read numbers (the readers do), or decide any other region.
"""

from __future__ import annotations

import re

from assistant.core.text_keys import compact

# a place's words before the name (注册地在, 所在地为, 位于) and after it (地区, 本地, 的企业, 企业数, 合计)
_PLACE_PART = re.compile(r"^(?:其中)?[:：]?(?:服务)?(?:企业|客户)?(?:注册|所在|注册所在|所属|归属)?(?:地|地区|区域|省市|城市|属地)?"
                         r"(?:在|为|位于|属于|属)?(?:上海市?|本市)(?:地区|区域|本地|范围内)?(?:的)?(?:服务)?(?:企业|客户)?"
                         r"(?:数量|数|总数|家数|合计|小计)?(?:[（(](?:家|个|户)[)）])?$")
# a column asking whether an enterprise is a Shanghai one
# (not 「是否上海市专精特新」: an honour)
YES_NO_COLUMN = re.compile(r"是否(?:为|属于|在)?(?:本市|上海市?)(?:本地|注册)?(?:企业|客户|单位)?(?![\u4e00-\u9fff])")


def names_shanghai_part(label: str) -> bool:
    """The label names the Shanghai part of a count by place alone (「其中：注册地在上海市」)."""
    return bool(_PLACE_PART.match(compact(label)))


def in_shanghai(cell: str) -> bool:
    """The place a list's cell names first is Shanghai (「上海市闵行区…」, 「本市」); 「江苏省苏州市上海路」 is not."""
    text = re.sub(r"^(?:中国|中华人民共和国)?[-—·・/、(（\[【]*", "", compact(cell))  # 「中国·上海」
    text = re.sub(r"^(?:华东(?:地区)?|长三角)[-—·・/、(（]?", "", text)  # 「华东-上海」, 「华东（上海）」
    return text.startswith("上海") or text in ("本市", "本市企业")
