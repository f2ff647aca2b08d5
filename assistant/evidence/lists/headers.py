"""A list's header row: its columns and the role of each (序号, a count, owner, number, date,
type, key, name), what a numeric column counts (`measure_of`: total, public_cloud,
daily_running, overseas — or nothing an indicator asks), and the kind of list the header names
(patent, software, award, ip, device, or "measure": numbers of something the context must name).
A row with a count in it is data, not a header.

Must not: look at headings, the title or the rows below (the scan does).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.catalog.vocabulary import caption_field
from assistant.core.text_keys import squash
from assistant.evidence.lists.cells import (
    Cell,
    count_in,
    join_cells,
    row_cells,
    serial_of,
)
from assistant.evidence.rows import Row

_PURE_NUMBER = re.compile(r"^[\d,.，]+$")
DEVICE_WORDS = re.compile(r"设备|台/套|台（套）|台套|二级分类|产线")
_ENTERPRISE_NAME = re.compile(r"(?:企业|客户|用户|单位|公司)名称|服务(?:企业|对象|客户)")
_ENTERPRISE_FACTS = re.compile(r"行业|地区|区域|所在地|所在区|省市|规模|付费|企业类型|服务时间|服务内容|使用产品|开通")
_COUNT_UNIT = re.compile(r"[（(](?:人|个|家|台|套|台/套|台（套）|项|次|款|TB)[)）]$")
_APP_NAME = re.compile(r"(?:工业)?(?:应用|APP)(?:名称)?", re.IGNORECASE)  # an app list's first column


@dataclass
class Column:
    slot: int  # position among the header's cells
    column: int | None  # table column of a ruled/office header
    text: str  # squashed
    role: str  # serial | measure | owner | id | date | type | key | name | other
    measure: str | None = None  # total | public_cloud | daily_running | overseas


@dataclass
class Header:
    row: Row
    columns: list[Column]
    kind: str | None  # patent | software | award | ip | device | app | None (the headings decide)

    @property
    def text(self) -> str:
        return "".join(c.text for c in self.columns)

    @property
    def signature(self) -> tuple[str, ...]:
        return tuple(c.text for c in self.columns)

    def slots(self, role: str) -> list[Column]:
        return [c for c in self.columns if c.role == role]


def measure_of(text: str) -> str | None:
    """What a numeric column counts, by its header: None for what no indicator asks (私有云,
    占比, 新增, a year's increase)."""
    t = squash(text)
    if not re.search(r"[\u4e00-\u9fff]", t):  # 「Connected (units)」, 「Public cloud (units)」: an English header (h52)
        return _english_measure(text.lower())
    if re.search(r"私有|占比|比例|比重|%|增长|增幅|同比|环比|新增|净增|减少|\d{4}年", t):
        return None
    if re.search(r"[（(](?:艘|辆|架|人|家|个|户|次|条|座|处|km|公里|吨)[)）]$", t):
        return None  # 「接入船舶数（艘）」 beside the devices: a count of something else
    if re.search(r"峰值|最高|最大|当前在线|实时在线|今日在线|当日在线", t):
        return None  # 「公有云日峰值运行」, 「当前在线」 beside 累计接入 (h92): a peak, a moment's count — no indicator's
    if re.search(r"订阅|调用|下载|访问|订单|工单|用户", t):
        return None  # 「订阅数量（个，截至…）」 on an APP sheet of a device workbook (h92): APPs' subscriptions, no devices
    if re.search(r"趋势|走势|曲线|折线", t):
        return None  # a chart's title beside a table on a dashboard (「近30日公有云设备在线趋势」)
    if re.search(r"协议|方式|时间|日期|首次|状态|地址|端口|编[号码]|型号|率$", t):
        return None  # how or when a device is connected (「接入协议」, 「首次接入」, 「接入方式」, h78): no count
    if re.search(r"单位|站点|名称|企业|客户", t) and not re.search(r"数量|台数|套数|台/套|台（套）|台套|设备数", t):
        return None  # 「接入单位/站点」: where the devices are, no count of them (h86)
    if re.search(r"金额|价|税|[（(](?:万|千)?元[)）]|费用|收入", t):
        return None  # an invoice list's 「价税合计」 (h64): money, no count of devices
    if re.search(r"日均|日运行|平均日|每日|日活", t) and re.search(r"运行|在线|活跃|数量|台|套", t):
        return "daily_running"
    if "公有云" in t:
        return "public_cloud"
    if re.search(r"(?<!上)海外|境外", t):  # not 上海外高桥
        return "overseas"
    if caption_field(t) == "devices_total" or "上云" in t and caption_field(t) == "devices_public_cloud":
        # the operator's machines: 「在网电机（台）」, 「接入机组」; those 「上云」 are read by the table (beside a total:
        # the public cloud's, doubted — `devices._ON_CLOUD`), not by the caption's word alone
        return "total"
    if re.search(r"云端|上云|云上", t):
        return None  # 「云端接入」 beside the machines on the network: on which cloud is not said
    if re.search(r"数量|台数|套数|台/套|台（套）|台套|^台$|^套$|接入|连接|设备数|总数|总量|合计", t):
        return "total"
    return None


def _english_measure(text: str) -> str | None:
    if re.search(r"private|share|ratio|%|growth|new\b|increase", text):
        return None
    if re.search(r"daily|per\s*day", text) and re.search(r"running|active|online", text):
        return "daily_running"  # (headers come squashed: 「dailyrunning（units）」)
    if re.search(r"public\s*cloud", text):
        return "public_cloud"
    if re.search(r"overseas|abroad", text):
        return "overseas"
    return "total" if re.search(r"connected|devices|units|sets|quantity|total", text) else None


_TITLE_END = re.compile(r"(?:清单|名单|名录|目录|一览表|台账|明细表|汇总表|统计表|情况表)(?:[（(][^（）()]*[）)])?$")


def column_role(text: str, slot: int) -> tuple[str, str | None]:
    if slot == 0 and re.fullmatch(r"序号|编号|序|No\.?|#", text, re.IGNORECASE):
        return "serial", None
    # 「平台接入设备清单」: a document's title (a running page header beside the company's name), no column
    if not re.search(r"名称|时间|日期|编号|批次|批号|型号|方式|是否|类型|类别|分类|区域|地区|省|国家", text) \
            and not _TITLE_END.search(text) and (m := measure_of(text)):
        return "measure", m
    if re.search(r"(?:注册地|所在地|所属地|区域|地区|省市|省份)(?:[（(][^（）()]*[）)])?$", text) \
            or re.match(r"(?:省市|省份|区域|地区|国家)(?:[/、／](?:国家|地区|区域))?[（(][^（）()]*[）)]$", text):
        # 「设备所属企业注册地」 (h68): where the owners are, a region — not the owner; so is 「省市/国家（按设备所属
        # 企业注册地）」 (h72d), whatever its note says
        return "key", None
    if re.search(r"权利人|著作权人|专利权人|所有人|申请人|获奖单位|获奖主体|所属企业|使用单位|客户", text):
        return "owner", None
    if re.search(r"专利号|申请号|登记号|证书号|证书编号|授权号|公告号|专利编号|编号", text):
        return "id", None
    if re.search(r"日期|时间|年月", text):
        return "date", None
    if re.search(r"区域|地区|省市|省份|所在地|注册地|所属地|国家|二级分类|设备分类|设备类别|设备类型|^分类$|^类别$|"
                 r"项目|统计口径|统计项|^行业", text):
        return "key", None
    if re.search(r"类型|类别|种类|级别", text):
        return "type", None
    if re.search(r"名称", text) or (slot == 0 and _APP_NAME.fullmatch(text)):
        return "name", None
    return "other", None


_GROUP = re.compile(r"(?:所属)?(?:行业|分类|类别|类型|区域|地区|省市|片区)(?:名称)?")


def _header_cells(row: Row) -> list[Cell]:
    """A header's cells; in a text line, a unit or a 「其中：」 printed apart joins its neighbour."""
    cells = row_cells(row)
    if row.source == "table":
        # 「所属行业 | 序号 | 企业名称 …」 (h53): a merged column grouping the rows stands before the 序号;
        # the list starts at its 序号 (the group's 小计 rows close each group)
        if len(cells) >= 3 and _GROUP.fullmatch(squash(cells[0].text)) and re.fullmatch(r"序号|序", squash(cells[1].text)):
            return cells[1:]
        return cells
    merged: list[list[Cell]] = []
    for cell in cells:
        text = squash(cell.text)
        unit = re.fullmatch(r"[（(][^（()）]{1,8}[)）]", text)  # 「（台/套）」 printed apart
        after_colon = merged and re.search(r"[:：]$", squash(merged[-1][-1].text))  # 「其中：」 then 「公有云」
        if merged and (unit or after_colon):
            merged[-1].append(cell)
        else:
            merged.append([cell])
    return [join_cells(row, group) for group in merged]


_LATIN_WORD = re.compile(r"^[A-Za-z][A-Za-z0-9/._+-]*$")


def latin_phrases(row: Row, cells: list[Cell], count: int) -> list[Cell] | None:
    """A text line with more tokens than its header has columns because a Latin cell holds a
    space (「OPC UA」, 「Modbus TCP」, h46's device list): adjacent Latin words joined, from the
    left, until the tokens fill the columns; None when that does not make them fit."""
    out = list(cells)
    i = 0
    while len(out) > count and i < len(out) - 1:
        if _LATIN_WORD.match(out[i].text) and _LATIN_WORD.match(out[i + 1].text):
            out[i:i + 2] = [join_cells(row, out[i:i + 2])]
        else:
            i += 1
    return out if len(out) == count else None


_CERTIFICATE_NUMBER = re.compile(r"\d{4}SR\d{5,}|(?:ZL|CN)\d{8,}", re.IGNORECASE)


# 「本页小计：13 台/套」, 「合计：279 台/套」: a sum line, never a list's header, whatever its words
_SUM_LINE = re.compile(r"^[^\d]{0,12}(?:小计|合计|总计)")


def read_header(row: Row) -> Header | None:
    cells = _header_cells(row)
    if cells and _SUM_LINE.match(squash(cells[0].text)):
        return None
    if len(cells) < 2 or any(_PURE_NUMBER.match(squash(c.text)) or count_in(c.text) is not None for c in cells):
        return None  # a header names columns; a row with a count in it is data
    if serial_of(cells[0].text) is not None or any(_CERTIFICATE_NUMBER.search(squash(c.text)) for c in cells):
        return None  # 「S001 | 软件著作权 | 某某设备接入软件V1.0 | 2020SR100000」: an item, whatever its words
    columns = []
    for slot, cell in enumerate(cells):
        text = squash(cell.text)
        role, measure = column_role(text, slot)
        columns.append(Column(slot, cell.column if row.source == "table" else None, text, role, measure))
    serial = columns[0].role == "serial"
    measures = [c for c in columns if c.role == "measure"]
    # A certificate list printed without 序号 (类型 | 名称 | 类别 | 专利号/登记号 | 权利人): its numbers count it.
    numbered_by_id = not serial and not measures and any(c.role == "id" for c in columns)
    # An 应用市场 page printed without 序号: 「应用 | 类别 | 订阅数 | 上线时间」, its rows counted one by one.
    app_page = (not serial and columns[0].role == "name" and _APP_NAME.fullmatch(columns[0].text) is not None
                and len(columns) >= 3 and any(re.search(r"订阅|类别|分类|上线|上架", c.text) for c in columns[1:]))
    # A list of served enterprises exported without 序号: 「企业名称 | 所属行业 | 所在区 | 是否付费 | 企业规模」.
    enterprise_page = (not serial and columns[0].role == "name" and _ENTERPRISE_NAME.search(columns[0].text) is not None
                       and len(columns) >= 3 and _ENTERPRISE_FACTS.search("".join(c.text for c in columns[1:])) is not None)
    app_page = app_page or enterprise_page
    if not serial and not numbered_by_id and not app_page \
            and not (measures and columns[0].role in ("key", "name", "type", "other")):
        return None
    if not serial and _COUNT_UNIT.search(columns[0].text):
        return None  # 「开发者（人） | MAU-活跃应用 | 接入设备（台/套）」: a row of dashboard tiles, not a table's key
    if len(columns) == 1 + len(measures) and serial:
        return None  # 序号 + numbers only: nothing to count or to key by
    header = Header(row, columns, None)
    header.kind = header_kind(header)
    if numbered_by_id and header.kind not in ("ip", "patent", "software"):
        return None
    return header


_NAMED_THINGS = (("park", re.compile(r"园区(?:名称|全称)")), ("factory", re.compile(r"(?:智能)?工厂(?:名称|全称)")),
                 ("partner", re.compile(r"合作平台(?:名称)?|合作方平台")), ("solution", re.compile(r"解决方案(?:名称|全称)")))


def _named_thing(text: str) -> str | None:
    found = [kind for kind, words in _NAMED_THINGS if words.search(text)]
    return found[0] if len(found) == 1 and not re.search(r"设备|专利|登记号|证书号|应用名称", text) else None


def _named_column(header: Header) -> str | None:
    """A column headed by the thing itself: 「序号 | 智能工厂 | 服务内容」."""
    named = {squash(c.text) for c in header.columns}
    return "factory" if named & {"智能工厂", "上海市级智能工厂", "市级智能工厂"} else None


def header_kind(header: Header) -> str | None:
    text = header.text
    if re.search(r"指数(?:名称|全称)", text) and not DEVICE_WORDS.search(text):
        return "index"  # 「序号 | 指数名称 | 简介 | 发布频率 | 2023年末值」: one row one 特色指数 (h83), its values no count
    if header.slots("measure"):
        return "device" if DEVICE_WORDS.search(text) else "measure"  # "measure": device or not, by context
    if re.search(r"奖|荣誉", text):
        return "award"
    if re.search(r"应用名称|APP\s*名称|应用程序名称", text, re.IGNORECASE) or _APP_NAME.fullmatch(header.columns[0].text):
        return "app"  # an 应用市场 list (evidence.lists.apps)
    named = header.slots("serial") or header.columns[0].role == "name"
    # 「序号 | 园区名称 | 所在区 | 服务内容」, 「序号 | 工厂名称 | 认定批次 | 文号」, 「序号 | 合作平台名称 | 合作内容」
    if named and (kind := _named_thing(text) or _named_column(header)) is not None:
        return kind
    # a register of enterprises: each one's 统一社会信用代码, 规模 or 是否付费 (a 合同编号 column beside them is
    # the contract each was served under)
    register = re.search(r"信用代码|企业规模|是否付费", text)
    if named and _ENTERPRISE_NAME.search(text) and _ENTERPRISE_FACTS.search(text) \
            and not re.search(r"项目名称|设备|证书|专利|奖", text) and (register or not re.search(r"合同|金额|订单|发票", text)):
        # a list of the enterprises served (evidence.lists.enterprises): a name and what the platform
        # knows of each (行业, 地区, 规模, 是否付费); a list of contracts or orders names customers too
        return "enterprise"
    if re.search(r"(?:证书|专利)号\s*[/／、]\s*登记号|授权\s*[/／、]\s*登记", text):
        return "ip"  # one column for either identifier (证书号/登记号): patents and 软著 alike
    if header.slots("type") and re.search(r"知识产权|类型|类别", text) and not re.search(r"专利号|登记号", text):
        return "ip"
    patent, software = bool(re.search(r"专利", text)), bool(re.search(r"登记号|著作权|软著|软件名称", text))
    if patent and software:
        return "ip"
    return "patent" if patent else "software" if software else None
