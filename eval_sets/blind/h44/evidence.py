"""Evidence renderers: audit reports, device ledgers, IP lists, customer statistics, dashboards, lists.

Each renderer writes one file and records the facts it prints on the Pkg (page numbers as drawn).
"""

from __future__ import annotations

import random
from pathlib import Path

from openpyxl.styles import Alignment, Font
from PIL import Image, ImageDraw

import lib
from eval_sets.generator import fonts
from model import Pkg


def yuan(x_wan: float) -> str:
    return f"{x_wan * 10000:,.2f}"


def wan(x: float) -> str:
    return f"{x:,.2f}"


def n(x: int) -> str:
    return f"{x:,}"


# ---------------------------------------------------------------- audit report
def audit_cover(d: lib.PdfDoc, p: Pkg, firm: str, report_no: str, title: str = "审 计 报 告") -> None:
    d.space(140)
    d.heading(p.company, 16, center=True, gap=20)
    d.heading("2023年度财务报表", 14, center=True, gap=20)
    d.heading(title, 24, center=True, gap=40)
    d.heading(report_no, 11, center=True, gap=200)
    d.heading(firm, 13, center=True)
    d.new_page()


def audit_opinion(d: lib.PdfDoc, p: Pkg, firm: str, report_no: str) -> None:
    d.heading("审计报告", 16, center=True)
    d.para(report_no)
    d.para(f"{p.company}全体股东：")
    d.para("一、审计意见")
    d.para(f"我们审计了{p.company}（以下简称贵公司）财务报表，包括2023年12月31日的资产负债表，2023年度的利润表、"
           "现金流量表、所有者权益变动表以及相关财务报表附注。我们认为，后附的财务报表在所有重大方面按照企业会计准则"
           "的规定编制，公允反映了贵公司2023年12月31日的财务状况以及2023年度的经营成果和现金流量。")
    d.para("二、形成审计意见的基础")
    d.para("我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步"
           "阐述了我们在这些准则下的责任。按照中国注册会计师职业道德守则，我们独立于贵公司，并履行了职业道德方面的其他责任。"
           "我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。")
    d.space(30)
    d.para(f"{firm}                    中国注册会计师：（签名并盖章）")
    d.para("中国·上海                                  2024年4月12日")
    d.new_page()


def income_statement(d: lib.PdfDoc, p: Pkg, rows: list[tuple[str, float, float]], unit: str = "元",
                     cols: tuple[str, str] = ("本期金额", "上期金额"), title: str = "利润表") -> None:
    d.heading(title, 15, center=True)
    d.para(f"编制单位：{p.company}                2023年度                单位：{unit}", 9)
    table = [["项目", cols[0], cols[1]]]
    for cap, a, b in rows:
        table.append([cap, yuan(a) if unit == "元" else wan(a), yuan(b) if unit == "元" else wan(b)])
    d.table(table, [46, 27, 27], size=9, align=["l", "r", "r"])


# ---------------------------------------------------------------- device ledger
def device_tables(p: Pkg, caps: tuple[str, str, str], cat_head: str = "设备类别（附录A二级分类）",
                  region_head: str = "所属地区", ev=None):
    """Three tables: by category, by region (incl. overseas), overseas by country; ev overrides the declared
    breakdowns (evidence that differs from the form)."""
    V = dict(p.V)
    if ev:
        V.update(ev)
    cat = V["按二级分类统计工业设备数量（台/套）"]
    cat_p = V["按二级分类统计公有云工业设备数量（台/套）"]
    cat_r = V["按二级分类统计公有云工业设备平均日运行数量（台/套）"]
    reg = V["按省市区域统计工业设备数量（台/套）"]
    reg_p = V["按省市区域统计公有云工业设备数量（台/套）"]
    reg_r = V["按省市区域统计公有云工业设备平均日运行数量（台/套）"]
    t1 = [[cat_head, *caps]]
    for k in cat:
        t1.append([k, n(cat[k]), n(cat_p.get(k, 0)), n(cat_r.get(k, 0))])
    t1.append(["合计", n(sum(cat.values())), n(sum(cat_p.values())), n(sum(cat_r.values()))])
    t2 = [[region_head, *caps]]
    for k in reg:
        t2.append([k, n(reg[k]), n(reg_p.get(k, 0)), n(reg_r.get(k, 0))])
    t2.append(["合计", n(sum(reg.values())), n(sum(reg_p.values())), n(sum(reg_r.values()))])
    over = V["按海外国家分类统计海外设备连接数量（台/套）"] or {}
    t3 = [["国家/地区", caps[0]]]
    for k, v in over.items():
        t3.append([k, n(v)])
    t3.append(["合计", n(sum(over.values()))])
    return t1, t2, t3


# ---------------------------------------------------------------- IP list
PATENT_TOPICS = ["设备状态监测", "供应链协同排程", "工业数据清洗", "边缘网关协议转换", "多租户权限隔离", "质量追溯",
                 "能耗优化调度", "库存预测", "订单智能撮合", "设备故障诊断", "视觉缺陷检测", "数字孪生建模",
                 "物流路径规划", "价格指数计算", "时序数据压缩", "标识解析对接", "招投标比价", "碳排放核算"]
SOFT_TOPICS = ["设备管理系统", "采购协同平台", "仓储管理软件", "质量分析系统", "能源管理系统", "数据中台软件",
               "移动巡检APP", "订单管理系统", "供应商门户系统", "工单调度系统", "可视化看板软件", "模型管理平台",
               "边缘采集软件", "API网关系统", "结算对账系统", "报表分析软件", "电子签章系统", "知识库系统"]


def patent_rows(count: int, owner: str, rng: random.Random, traditional: bool = False) -> list[list[str]]:
    rows = []
    for k in range(count):
        topic = PATENT_TOPICS[k % len(PATENT_TOPICS)]
        kind = "发明" if k % 3 != 2 else "实用新型"
        title = f"一种{topic}方法及系统" if kind == "发明" else f"一种{topic}装置"
        year = 2018 + k % 6
        no = f"ZL{year}{rng.randrange(10**8, 10**9)}.{rng.randrange(10)}"
        rows.append([str(k + 1), to_trad(title) if traditional else title, to_trad(kind) if traditional else kind,
                     no, owner, f"{year + 1}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"])
    return rows


def soft_rows(count: int, owner: str, short: str, rng: random.Random, traditional: bool = False) -> list[list[str]]:
    rows = []
    for k in range(count):
        topic = SOFT_TOPICS[k % len(SOFT_TOPICS)]
        ver = f"V{1 + k // len(SOFT_TOPICS)}.{k % 4}"
        title = f"{short}{topic}{ver}"
        year = 2017 + k % 7
        no = f"{year}SR{rng.randrange(10**6, 10**7)}"
        rows.append([str(k + 1), to_trad(title) if traditional else title, no, owner,
                     f"{year}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"])
    return rows


_TRAD = str.maketrans({
    "种": "種", "方": "方", "法": "法", "及": "及", "系": "系", "统": "統", "装": "裝", "置": "置", "设": "設", "备": "備",
    "状": "狀", "态": "態", "监": "監", "测": "測", "应": "應", "链": "鏈", "协": "協", "调": "調", "据": "據", "清": "清",
    "边": "邊", "缘": "緣", "网": "網", "关": "關", "议": "議", "转": "轉", "换": "換", "权": "權", "限": "限", "隔": "隔",
    "离": "離", "质": "質", "量": "量", "追": "追", "溯": "溯", "能": "能", "耗": "耗", "优": "優", "化": "化", "度": "度",
    "库": "庫", "存": "存", "预": "預", "订": "訂", "单": "單", "智": "智", "撮": "撮", "合": "合", "故": "故", "障": "障",
    "诊": "診", "断": "斷", "视": "視", "觉": "覺", "缺": "缺", "陷": "陷", "检": "檢", "数": "數", "字": "字", "孪": "孿",
    "建": "建", "模": "模", "物": "物", "流": "流", "路": "路", "径": "徑", "规": "規", "划": "劃", "价": "價", "格": "格",
    "指": "指", "计": "計", "算": "算", "时": "時", "序": "序", "压": "壓", "缩": "縮", "标": "標", "识": "識", "解": "解",
    "析": "析", "对": "對", "接": "接", "招": "招", "投": "投", "比": "比", "碳": "碳", "排": "排", "放": "放", "核": "核",
    "发": "發", "明": "明", "实": "實", "用": "用", "新": "新", "型": "型", "管": "管", "理": "理", "采": "採", "购": "購",
    "仓": "倉", "储": "儲", "软": "軟", "件": "件", "分": "分", "源": "源", "中": "中", "台": "臺", "移": "移", "动": "動",
    "巡": "巡", "门": "門", "户": "戶", "工": "工", "可": "可", "报": "報", "表": "表", "电": "電", "子": "子", "签": "簽",
    "章": "章", "知": "知", "识": "識", "钢": "鋼", "找": "找", "结": "結", "账": "賬", "务": "務", "产": "產", "业": "業",
    "专": "專", "利": "利", "证": "證", "书": "書", "登": "登", "记": "記", "著": "著", "作": "作", "项": "項", "共": "共",
    "号": "號", "编": "編", "制": "製", "团": "團", "有": "有", "限": "限", "公": "公", "司": "司", "香": "香", "港": "港",
    "上": "上", "海": "海", "信": "信", "息": "息", "科": "科", "技": "技", "股": "股", "份": "份", "清": "清", "见": "見",
    "备": "備", "注": "註", "类": "類", "别": "別", "称": "稱", "日": "日", "期": "期", "月": "月", "属": "屬", "于": "於",
    "为": "為", "与": "與", "汇": "匯", "总": "總", "说": "說", "车": "車", "贸": "貿", "销": "銷", "营": "營", "运": "運",
    "维": "維", "办": "辦", "处": "處", "页": "頁", "第": "第", "录": "錄", "册": "冊", "该": "該", "等": "等", "内": "內",
    "授": "授", "获": "獲", "准": "準", "开": "開", "国": "國", "华": "華", "人": "人", "民": "民", "和": "和",
})


def to_trad(s: str) -> str:
    return s.translate(_TRAD)


# ---------------------------------------------------------------- dashboards (PNG)
def dashboard(title: str, tiles: list[tuple[str, str, str]], subtitle: str = "", cols: int = 3,
              size: tuple[int, int] = (1600, 900), theme: str = "dark") -> Image.Image:
    """tiles: (caption, value, unit) — value drawn large, caption above, unit small after the value."""
    W, H = size
    bg, panel, fg, acc = ((14, 28, 52), (24, 46, 82), (225, 235, 250), (64, 200, 255)) if theme == "dark" else \
        ((244, 246, 250), (255, 255, 255), (40, 48, 60), (24, 120, 220))
    img = Image.new("RGB", size, bg)
    d = ImageDraw.Draw(img)
    d.text((40, 28), title, font=fonts.pil_font(40), fill=fg)
    if subtitle:
        d.text((42, 84), subtitle, font=fonts.pil_font(22), fill=(150, 165, 190))
    rows = (len(tiles) + cols - 1) // cols
    top = 140
    tw = (W - 80 - (cols - 1) * 24) // cols
    th = min(220, (H - top - 40 - (rows - 1) * 24) // rows)
    for k, (cap, val, unit) in enumerate(tiles):
        r, c = divmod(k, cols)
        x = 40 + c * (tw + 24)
        y = top + r * (th + 24)
        d.rounded_rectangle((x, y, x + tw, y + th), radius=14, fill=panel, outline=acc, width=2)
        d.text((x + 24, y + 20), cap, font=fonts.pil_font(28), fill=(170, 185, 210) if theme == "dark" else (90, 100, 115))
        f = fonts.pil_font(64)
        d.text((x + 24, y + 72), val, font=f, fill=acc)
        vw = d.textlength(val, font=f)
        d.text((x + 34 + vw, y + 104), unit, font=fonts.pil_font(26), fill=fg)
    return img


# ---------------------------------------------------------------- xlsx helper
def xlsx_sheet(wb, title: str, rows: list[list], widths: list[int], first: bool = False, bold_header: bool = True):
    ws = wb.active if first else wb.create_sheet(title)
    ws.title = title
    for r, row in enumerate(rows, 1):
        for c, val in enumerate(row, 1):
            cell = ws.cell(r, c, val)
            cell.alignment = Alignment(wrap_text=True, vertical="center")
    if bold_header:
        for cell in ws[1]:
            cell.font = Font(bold=True)
    for k, w in enumerate(widths):
        ws.column_dimensions[chr(65 + k)].width = w
    return ws


def write_pdf(path: Path, header: str = "") -> lib.PdfDoc:
    return lib.PdfDoc(path, header=header)
