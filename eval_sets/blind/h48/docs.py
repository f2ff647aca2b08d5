"""The documents of a package: 申报表 (DOCX / scan), 申报书, 汇总表, 承诺, 联系人表, evidence. Each evidence writer
returns (bytes, facts) where facts are dicts for EvidenceFact without `file`."""

from __future__ import annotations

import random

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from PIL import Image, ImageDraw

import kit
from eval_sets.generator import fonts
from labels import LABELS
from model import display

# 指标明细表 rows: (一级, 二级, 三级, 内容, key). key = 附件4 label, or "t:<text key>".
L1A, L1B, L1C = "一、平台基础情况（25%）", "二、平台关键技术能力（35%）", "三、平台效益及可持续发展能力（40%）"
ROWS = [
    (L1A, "1.1 战略定位及规划", "1.1.1 战略定位", "平台定位是否明确", "t:定位"),
    (L1A, "1.1 战略定位及规划", "1.1.1 战略定位", "是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势", "t:政策"),
    (L1A, "1.1 战略定位及规划", "1.1.2 规划制定", "平台是否被纳入企业战略规划中", "t:战略"),
    (L1A, "1.1 战略定位及规划", "1.1.2 规划制定", "是否制定了平台专项规划", "t:专项规划"),
    (L1A, "1.1 战略定位及规划", "1.1.2 规划制定", "平台团队总人数（人）", "平台团队总人数（人）"),
    (L1A, "1.1 战略定位及规划", "1.1.2 规划制定", "其中：运维人数（人）", "运维人数（人）"),
    (L1A, "1.1 战略定位及规划", "1.1.2 规划制定", "运营人数（人）", "运营人数（人）"),
    (L1A, "1.1 战略定位及规划", "1.1.2 规划制定", "其中：有相关技术职称/从业资格的人数（人）", "有相关技术职称/从业资格的人数（人）"),
    (L1A, "1.2 资金投入与经营情况", "1.2.1 创新投入情况", "平台相关研发投入（万元）", "平台相关研发投入（万元）"),
    (L1A, "1.2 资金投入与经营情况", "1.2.1 创新投入情况", "平台相关研发投入强度（%）", "平台相关研发投入强度（%）"),
    (L1A, "1.2 资金投入与经营情况", "1.2.2 经营情况", "平台相关营业收入（万元）", "平台相关营业收入（万元）"),
    (L1A, "1.2 资金投入与经营情况", "1.2.2 经营情况", "平台利润率（%）", "平台利润率（%）"),
    (L1A, "1.2 资金投入与经营情况", "1.2.2 经营情况", "付费用户占比（%）", "付费用户占比（%）"),
]
_B211 = [("连接的工业设备/产品/产线种类及数量（台/套）", None), ("按二级分类统计工业设备数量（台/套）", None),
         ("按省市区域统计工业设备数量（台/套）", None), ("其中：公有云工业设备连接数量（台/套）", "公有云工业设备连接数量（台/套）"),
         ("按二级分类统计公有云工业设备数量（台/套）", None), ("按省市区域统计公有云工业设备数量（台/套）", None),
         ("其中：公有云工业设备平均日运行数量（台/套）", "公有云工业设备平均日运行数量（台/套）"),
         ("按二级分类统计公有云工业设备平均日运行数量（台/套）", None), ("按省市区域统计公有云工业设备平均日运行数量（台/套）", None),
         ("其中：海外设备连接数量（台/套）", "海外设备连接数量（台/套）"),
         ("其中：按海外国家分类统计海外设备连接数量", "按海外国家分类统计海外设备连接数量（台/套）"),
         ("工业协议兼容适配数量（个）", None), ("其他资源汇聚情况", "t:其他资源")]
ROWS += [(L1B, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", c, k or c) for c, k in _B211]
_B212 = ["工业软件总量（个）", "工业APP数量（个）", ("其中：基于平台开发的工业APP数量（个）", "基于平台开发的工业APP数量（个）"),
         "云化工业软件数量（个）", "按分类统计工业APP数量（个）", "按行业统计工业APP数量（个）", "工业APP平均月活跃数量（个）",
         ("其中：杀手锏APP数量（个）", "杀手锏APP数量（个）"), "公有云杀手锏APP平均日在线用户数（个）", "杀手锏APP日活次数（次）",
         "杀手锏APP月平均收入（万元）", ("其中：公有云工业APP数量（个）", "公有云工业APP数量（个）"),
         ("其中：公有云工业APP平均日活跃数量（个）", "公有云工业APP平均日活跃数量（个）"),
         ("其中：按分类统计公有云工业APP平均日活跃数量（个）", "按分类统计公有云工业APP平均日活跃数量（个）"),
         ("其中：按行业统计公有云工业APP平均日活跃数量（个）", "按行业统计公有云工业APP平均日活跃数量（个）")]
ROWS += [(L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", *(c if isinstance(c, tuple) else (c, c))) for c in _B212]
ROWS += [
    (L1B, "2.2 数据管理与挖掘", "2.2.1 数据采集", "边缘数据处理能力", "t:边缘"),
    (L1B, "2.2 数据管理与挖掘", "2.2.1 数据采集", "其他数据采集能力", "t:采集"),
    (L1B, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "是否支持可拓展云计算能力", "t:可拓展"),
    (L1B, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "云化服务器算力", "t:算力"),
] + [(L1B, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", c, c) for c in
     ["平台实际用云量（台）", "平台公有云实际使用数量（台）", "存储容量（TB）", "存储工业数据量（TB）", "公有云数据总量（TB）",
      "存储资源利用率（%）"]] + [
    (L1B, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "数据基础管理能力", "t:数据管理"),
    (L1B, "2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "工业机理模型数量（个）", "工业机理模型数量（个）"),
    (L1B, "2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "其中：活跃机理模型数量（一周调用5次以上）（个）", "活跃机理模型数量（一周调用5次以上）（个）"),
    (L1B, "2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "核心工业模型平均月调用用户数量（个）", "核心工业模型平均月调用用户数量（个）"),
    (L1B, "2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "按分类统计工业模型数量（个）", "按分类统计工业模型数量（个）"),
    (L1B, "2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "是否提供通用建模分析算法", "t:通用算法"),
    (L1B, "2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "智能分析算法类型", "t:算法类型"),
    (L1B, "2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "数据分析平台均速度（每TB分级/秒级/毫秒级）", "数据分析平台均速度（每TB分级/秒级/毫秒级）"),
    (L1B, "2.3 微服务部署与调用", "2.3.1 平台微服务情况", "微服务数量（个）", "微服务数量（个）"),
    (L1B, "2.3 微服务部署与调用", "2.3.1 平台微服务情况", "其中：活跃微服务数量（一周调用5次以上）（个）", "活跃微服务数量（一周调用5次以上）（个）"),
    (L1B, "2.4 平台开发与使用", "2.4.1 平台开发者数量", "是否建立开发者社区及相关功能", "t:社区"),
    (L1B, "2.4 平台开发与使用", "2.4.1 平台开发者数量", "开发者注册总数（个）", "开发者注册总数（个）"),
    (L1B, "2.4 平台开发与使用", "2.4.1 平台开发者数量", "其中：活跃开发者数（个）", "活跃开发者数（个）"),
    (L1B, "2.4 平台开发与使用", "2.4.2 应用开发服务能力", "平台支持开发语言类型", "t:语言"),
    (L1B, "2.4 平台开发与使用", "2.4.2 应用开发服务能力", "平台应用开发框架", "t:框架"),
    (L1B, "2.4 平台开发与使用", "2.4.2 应用开发服务能力", "平台应用开发工具", "t:工具"),
    (L1B, "2.5 安全体系", "2.5.1 安全制度建设", "是否针对平台制定了安全管理相关制度", "平台是否建立安全管理体系"),
    (L1B, "2.5 安全体系", "2.5.1 安全制度建设", "建立的安全制度保护了平台的哪些方面", "t:保护"),
    (L1B, "2.5 安全体系", "2.5.1 安全制度建设", "有否定期开展第三方安全测试/测评", "有否定期开展第三方安全测试/测评"),
    (L1B, "2.5 安全体系", "2.5.1 安全制度建设", "有否定期进行安全扫描", "有否定期进行安全扫描"),
    (L1B, "2.5 安全体系", "2.5.2 安全技术保障", "采用何种安全技术情况", "t:安全技术"),
    (L1B, "2.5 安全体系", "2.5.2 安全技术保障", "核心数据安全保护手段", "t:备份"),
]
_C311 = ["注册企业用户数（个）", ("其中：实际服务企业数（个）", "实际服务企业数（个）"), "按行业统计服务企业数（个）",
         "按省市区域统计服务企业数（个）", ("其中：付费企业数（个）", "付费企业数（个）"),
         ("其中：服务本市企业数量（个）", "服务本市企业数量（个）"), ("其中：服务中小企业数量（个）", "服务中小企业数量（个）"),
         ("平台订单数量（个），填写近一年总量", "平台订单数量(近一年总量)（个）"), "平台交易规模年增长率（%）", "工业APP订阅总数量（个）",
         ("其中：杀手锏工业APP订阅数量（个）", "杀手锏工业APP订阅数量（个）"), "工业APP订阅总金额（万元）",
         "平台连接工业设备利用率（%）", "平台国产化率（%）", "平台是否服务上海智能工厂，数量", "平台服务园区总数（个）",
         "平台提供的解决方案总数（个）", ("其中：按新模式统计解决方案数量（个）", "按新模式统计解决方案数量（个）")]
ROWS += [(L1C, "3.1 平台应用", "3.1.1 平台应用规模", *(c if isinstance(c, tuple) else (c, c))) for c in _C311]
_C312 = ["投资回报率（%）", ("企业已上市或已获得VC/PE投资", "企业是否已上市或已获得VC/PE投资"), ("关键技术自主可控", "t:自主可控"),
         ("解决方案累计对企业/用户新增效益", "t:新增效益"), ("解决方案累计对企业/用户降低成本", "t:降低成本"),
         "平台连接工业设备运维成本平均下降率（%）", "平台连接工业设备能耗平均下降率（%）", "平台连接工业设备安全生产持续时间平均提升率（%）",
         ("平台数据价值挖掘应用能力", "t:数据价值"), ("工业互联网平台+供应链协同应用情况", "t:供应链"),
         ("平台有否与新技术的融合应用", "t:新技术"), "平台现有特色指数（个）"]
ROWS += [(L1C, "3.1 平台应用", "3.1.2 平台应用价值", *(c if isinstance(c, tuple) else (c, c))) for c in _C312]
_C313 = ["平台核心软硬件技术获得的专利数量（项）", "平台核心软硬件技术获得的软著数量（个）", "平台是否有自研形成的核心技术突破",
         "平台是否具备碳管理服务能力", "平台是否融合使用国家标识解析系统", ("平台牵头/参与标准制定情况（国家标准、行业标准）", "t:标准"),
         "平台获得省部级及以上奖项/荣誉数量（个）", "平台建设与运营带动新增就业人数（人）", "平台社会贡献率（%）",
         ("平台对关键行业/领域、本市及其他重点区域等贡献及支撑", "t:贡献")]
ROWS += [(L1C, "3.1 平台应用", "3.1.3 平台带动成效", *(c if isinstance(c, tuple) else (c, c))) for c in _C313]
ROWS += [
    (L1C, "3.2 平台生态建设", "3.2.1 平台开放", "是否建立供应链产业链开放共享机制", "t:开放机制"),
    (L1C, "3.2 平台生态建设", "3.2.1 平台开放", "平台开放共享数据的形式及数量", "平台开放共享数据的形式及数量"),
    (L1C, "3.2 平台生态建设", "3.2.2 平台生态", "合作平台数量（个）", "合作平台数量（个）"),
    (L1C, "3.2 平台生态建设", "3.2.2 平台生态", "跨平台调用功能建设情况", "t:跨平台"),
    (L1C, "3.2 平台生态建设", "3.2.2 平台生态", "新产业、新模式培育情况", "t:新模式"),
]
_in_rows = {r[4] for r in ROWS}
# 附件4 rows that come from the cover/二、平台基本情况/附件1 rather than the 明细表
OUTSIDE = {"序号", "企业名称", "平台名称", "平台性质", "联系人姓名", "联系人手机号", "联系人电子邮箱", "评审会现场地址信息", "平台网址",
           "建设时间", "平台建设金额（万元）", "平台近三年经营指标情况", "平台建设方式", "平台运营模式", "部署方式"}
assert {k for k in _in_rows if not k.startswith("t:")} | OUTSIDE == set(LABELS), set(LABELS) - _in_rows - OUTSIDE


def cell_value(ctx, key):
    if key.startswith("t:"):
        return ctx.texts[key[2:]]
    return display(key, ctx.form[key], ctx.p)


def proof_for(ctx, key):
    for refs, keys in ctx.proofs:
        if key in keys:
            return refs
    return ctx.proof_default


def period_cn(period: str) -> str:
    a, b = period.split("-")
    return f"{a[:4]}年{int(a[5:7])}月至{b[:4]}年{int(b[5:7])}月"


def basic_rows(ctx):
    p, f = ctx.p, ctx.form
    rev = f["平台近三年经营指标情况"]
    three = "\n".join(f"{y}年平台营收{rev[f'{y}年平台营收（万元）']:.2f}万元/增长率{rev[f'{y}年增长率（%）']:.2f}%"
                      for y in (2021, 2022, 2023))
    bm = p.get("build_mode", "自建")
    partner = p.get("partner_text", "")
    build = ("☑自建  □合作共建，合作企业名称（必填）：____" if bm == "自建" else
             f"□自建  ☑合作共建，合作企业名称（必填）：{partner or '____'}")
    om = f["平台运营模式"]
    ops = "  ".join(("☑" if m == om else "□") + m for m in ("自运营", "联合运营", "委托运营"))
    iaas = p.get("iaas", ("租用", "阿里云计算有限公司"))
    iaas_s = "□自建  ☑租用，服务商名称（必填）：" + iaas[1] if iaas[0] == "租用" else "☑自建  □租用，服务商名称（必填）：____"
    dep = f["部署方式"].split("、")
    dep_s = "  ".join(("☑" if m in dep else "□") + m for m in ("边缘侧", "私有云", "公有云", "混合云")) + "  □其他部署方式：____"
    return [
        ("平台名称", p["declared_name"]),
        ("建设时间", period_cn(f["建设时间"])),
        ("平台建设金额（万元）", f"{f['平台建设金额（万元）']:.2f}"),
        ("平台近三年经营指标情况", three + "\n注：此处数据已将平台相关收益单列。"),
        ("平台建设方式", build),
        ("平台运营模式", ops),
        ("IaaS基础设施", iaas_s),
        ("部署方式", dep_s),
        ("平台网址", f"{f['平台网址']}（演示账号：{p['demo_user']}  密码：{p['demo_pwd']}）"),
        ("平台基本情况介绍", ctx.texts["介绍"]),
        ("平台建设成效", ctx.texts["成效"]),
    ]


def company_rows(ctx):
    c = ctx.p["co"]
    return [("单位（企业）名称", ctx.p["company"], "单位（企业）代码", c["code"]),
            ("成立日期", c["founded"], "注册地及所在行政区", c["addr"]),
            ("企业类型", c["type"], "注册资本", c["capital"]),
            ("主营业务", c["business"], "法定代表人", c["legal"]),
            ("联系人", ctx.form["联系人姓名"], "职务", ctx.p["contact_title"]),
            ("联系人手机", ctx.form["联系人手机号"], "电子邮箱", ctx.form["联系人电子邮箱"]),
            ("总资产（万元）", c["assets"], "主营业务收入（万元）", c["revenue"]),
            ("主营业务收入增长率（%）", c["growth"], "负债率（%）", c["debt"]),
            ("利润总额（万元）", c["profit"], "税金（万元）", c["tax"])]


# ------------------------------------------------------------------ 申报表 DOCX
def form_docx(ctx, app="wps") -> bytes:
    doc = kit.new_doc(ctx.font)
    p = ctx.p
    doc.add_paragraph("附件2")
    doc.add_heading("上海市工业互联网平台应用水平评价\n申报表", level=0)
    for k, val in (("申报年度", "2024年度"), ("平台名称", p["declared_name"]), ("申报单位", p["company"] + "（公章）"),
                   ("联 系 人", ctx.form["联系人姓名"]), ("联系人电话", ctx.form["联系人手机号"])):
        doc.add_paragraph(f"{k}：{val}")
    doc.add_paragraph("上海市经济和信息化委员会制　　2024年7月18日")
    doc.add_page_break()
    doc.add_heading("一、企业基本情况", level=1)
    t = doc.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    for row in company_rows(ctx):
        cells = t.add_row().cells
        for c, s in zip(cells, row):
            c.text = str(s)
    doc.add_heading("二、平台基本情况", level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, val in basic_rows(ctx):
        cells = t.add_row().cells
        cells[0].text, cells[1].text = k, val
    doc.add_heading("三、上海市工业互联网平台应用水平评价指标明细表", level=1)
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, s in zip(t.rows[0].cells, ("一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料")):
        c.text = s
    prev = [None, None, None]
    for l1, l2, l3, content, key in ROWS:
        cells = t.add_row().cells
        for i, s in enumerate((l1, l2, l3)):
            cells[i].text = s if s != prev[i] else ""
        prev = [l1, l2, l3]
        cells[3].text = content
        cells[4].text = cell_value(ctx, key)
        cells[5].text = proof_for(ctx, key)
    return kit.docx_bytes(doc, "申报表", p["author"], app)


def form_pdf(ctx) -> bytes:
    """The same 申报表 laid out for printing (what the stamped scan is made from)."""
    p = ctx.p
    pdf = kit.Pdf(title="申报表")
    pdf.text("附件2", 11)
    pdf.y -= 60
    pdf.text("上海市工业互联网平台应用水平评价", 20, center=True, gap=14)
    pdf.text("申报表", 24, center=True, gap=60)
    for k, val in (("申报年度", "2024年度"), ("平台名称", p["declared_name"]), ("申报单位", p["company"] + "（公章）"),
                   ("联 系 人", ctx.form["联系人姓名"]), ("联系人电话", ctx.form["联系人手机号"])):
        pdf.text(f"{k}：{val}", 13, x=110, gap=16)
    pdf.y -= 80
    pdf.text("上海市经济和信息化委员会制", 12, center=True)
    pdf.text("2024年7月18日", 12, center=True)
    pdf.page()
    pdf.text("一、企业基本情况", 13, gap=8)
    pdf.table(company_rows(ctx), [3, 4, 3, 4], size=8)
    pdf.text("二、平台基本情况", 13, gap=8)
    pdf.table([(k, v.replace("\n", " ")) for k, v in basic_rows(ctx)], [2, 8], size=8)
    pdf.page()
    pdf.text("三、上海市工业互联网平台应用水平评价指标明细表", 13, gap=8)
    rows = [("二级指标", "三级指标", "内容", "平台实际情况", "证明资料")]
    prev = [None, None]
    for l1, l2, l3, content, key in ROWS:
        rows.append((l2 if l2 != prev[0] else "", l3 if l3 != prev[1] else "", content, cell_value(ctx, key),
                     proof_for(ctx, key)))
        prev = [l2, l3]
    pdf.table(rows, [2, 2.4, 4, 6, 3], size=7)
    pdf.text(f"申报单位（盖章）：{p['company']}", 11, gap=8)
    pdf.text("日期：2024年7月18日", 11)
    return pdf.bytes()


def scan_of(pdf_bytes: bytes, company: str, seed: int, rotate_all=0, flip_pages=(), seal_pages=None,
            signature=None, seal_xy=(0.52, 0.70)) -> bytes:
    rng = random.Random(seed)
    pages = kit.rasterize(pdf_bytes, dpi=100)
    n = len(pages)
    seal_pages = seal_pages if seal_pages is not None else {0, n - 1}
    out = []
    for i, im in enumerate(pages):
        rot = rotate_all + (180 if i in flip_pages else 0)
        sig = signature if (signature and i == n - 1) else None
        out.append(kit.scanify(im, rng, company if i in seal_pages else None,
                               seal_xy if i == n - 1 else (0.55, 0.22), rot, sig))
    return kit.images_to_pdf(out, dpi=100)


# ------------------------------------------------------------------ 申报书
def narrative_sections(ctx):
    p, f = ctx.p, ctx.form
    secs = [
        ("一、申报单位简介", [ctx.texts["单位简介"]]),
        ("二、平台建设及运营情况", [ctx.texts["介绍"], ctx.texts["运营"],
                              "平台技术创新点总结：" + ctx.texts["创新点"]]),
        ("三、平台应用成效", [ctx.texts["成效"], "应用创新点总结：" + ctx.texts["应用创新"]]),
        ("四、平台下一步发展计划", [ctx.texts["计划"]]),
        ("五、平台应用案例", ctx.texts["案例"]),
        ("六、附件及其他说明材料", ctx.attach_list),
    ]
    if p["p2023"]:
        secs.append(("七、平台相较上年度对比情况", [ctx.texts["对比"]]))
    return secs


def narrative_docx(ctx, app="word") -> bytes:
    doc = kit.new_doc(ctx.font)
    doc.add_paragraph("附件3")
    doc.add_heading("上海市工业互联网平台应用水平评价\n申报书", level=0)
    doc.add_paragraph(f"平台名称：{ctx.p['declared_name']}")
    doc.add_paragraph(f"申报单位：{ctx.p['company']}（公章）")
    doc.add_page_break()
    for title, paras in narrative_sections(ctx):
        doc.add_heading(title, level=1)
        for s in paras:
            doc.add_paragraph(s)
    return kit.docx_bytes(doc, "申报书", ctx.p["author"], app)


def narrative_pdf(ctx) -> bytes:
    pdf = kit.Pdf(title="申报书", author=ctx.p["author"])
    pdf.text("附件3", 11)
    pdf.y -= 80
    pdf.text("上海市工业互联网平台应用水平评价", 20, center=True, gap=14)
    pdf.text("申报书", 24, center=True, gap=60)
    pdf.text(f"平台名称：{ctx.p['declared_name']}", 13, x=110, gap=16)
    pdf.text(f"申报单位：{ctx.p['company']}（公章）", 13, x=110, gap=16)
    pdf.page()
    for title, paras in narrative_sections(ctx):
        pdf.text(title, 14, gap=10)
        for s in paras:
            pdf.para(s)
        pdf.y -= 6
    return pdf.bytes()


# ------------------------------------------------------------------ 汇总表
def summary_values(ctx):
    out = []
    for lab in LABELS:
        val = ctx.summary.get(lab, ctx.form[lab])
        out.append((lab, val, display(lab, val, ctx.p)))
    return out


def summary_xlsx_vertical(ctx, app="wps") -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "汇总表"
    ws.append(["平台基本情况汇总表"])
    ws.append(["指标", "填报内容"])
    for lab, val, shown in summary_values(ctx):
        cell = val if isinstance(val, (int, float)) and not isinstance(val, bool) else shown
        ws.append([lab, cell])
    ws.column_dimensions["A"].width = 44
    ws.column_dimensions["B"].width = 70
    return kit.xlsx_bytes(wb, "平台基本情况汇总表", ctx.p["author"], app)


def summary_xlsx_horizontal(ctx, app="wps") -> bytes:
    """One header row, one data row; 团队总人数 and 存储资源利用率 are formulas with cached values (WPS)."""
    from openpyxl.utils import get_column_letter
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    vals = summary_values(ctx)
    col = {lab: get_column_letter(i + 1) for i, (lab, _, _) in enumerate(vals)}
    ws.append([lab for lab, _, _ in vals])
    row = []
    cached = {}
    for lab, val, shown in vals:
        if lab == "平台团队总人数（人）":
            row.append(f"={col['运维人数（人）']}2+{col['运营人数（人）']}2")
            cached[(0, f"{col[lab]}2")] = val
        elif lab == "存储资源利用率（%）":
            row.append(f"=ROUND({col['存储工业数据量（TB）']}2/{col['存储容量（TB）']}2*100,2)")
            cached[(0, f"{col[lab]}2")] = val
        else:
            row.append(val if isinstance(val, (int, float)) and not isinstance(val, bool) else shown)
    ws.append(row)
    return kit.xlsx_bytes(wb, "平台基本情况汇总表", ctx.p["author"], app, cached)


def summary_docx(ctx, app="word") -> bytes:
    doc = kit.new_doc(ctx.font)
    doc.add_paragraph("附件4")
    doc.add_heading("平台基本情况汇总表", level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for lab, val, shown in summary_values(ctx):
        c = t.add_row().cells
        c[0].text, c[1].text = lab, shown
    return kit.docx_bytes(doc, "汇总表", ctx.p["author"], app)


# ------------------------------------------------------------------ 承诺 / 联系人表
PROMISE = ("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，"
           "如有不实，愿承担相应的法律责任及由此产生的一切后果。")


def promise_docx(ctx, filled=True, app="word") -> bytes:
    doc = kit.new_doc(ctx.font)
    doc.add_paragraph("附件5")
    doc.add_heading("真实性承诺", level=1)
    doc.add_paragraph(PROMISE)
    doc.add_paragraph("特此承诺。")
    if filled:
        doc.add_paragraph(f"申报单位：{ctx.p['company']}（盖章）")
        doc.add_paragraph(f"法定代表人：{ctx.p['co']['legal']}（签章）")
        doc.add_paragraph("2024年7月18日")
    else:
        doc.add_paragraph("申报单位：　　　　　　　　　　（盖章）")
        doc.add_paragraph("法定代表人：　　　　　　　　　（签章）")
        doc.add_paragraph("　　年　　月　　日")
    return kit.docx_bytes(doc, "真实性承诺", ctx.p["author"], app)


def promise_scan(ctx, seed) -> bytes:
    pdf = kit.Pdf(title="真实性承诺")
    pdf.text("附件5", 11)
    pdf.y -= 40
    pdf.text("真实性承诺", 20, center=True, gap=30)
    pdf.para(PROMISE, 13)
    pdf.para("特此承诺。", 13)
    pdf.y -= 60
    pdf.text(f"申报单位：{ctx.p['company']}（盖章）", 13, x=250, gap=30)
    pdf.text("法定代表人：　　　　　　（签章）", 13, x=250, gap=30)
    pdf.text("2024年7月18日", 13, x=330)
    return scan_of(pdf.bytes(), ctx.p["company"], seed, seal_pages={0}, seal_xy=(0.50, 0.36),
                   signature=(440, 470, ctx.p["co"]["legal"]))


def contact_rows(ctx):
    f, p = ctx.form, ctx.p
    return [("序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"),
            ("联系人（主）", f["联系人姓名"], p["company"], p["contact_title"], f["联系人手机号"], f["联系人电子邮箱"]),
            ("联系人（备用）", p["contact2"][0], p["company"], p["contact2"][1], p["contact2"][2], p["contact2"][3])]


def contact_docx(ctx, app="word") -> bytes:
    doc = kit.new_doc(ctx.font)
    doc.add_paragraph("附件1")
    doc.add_heading("联系人信息反馈表", level=1)
    doc.add_paragraph("2024年度上海市工业互联网平台应用水平评价工作")
    doc.add_paragraph("一、联系人信息反馈")
    t = doc.add_table(rows=0, cols=6)
    t.style = "Table Grid"
    for r in contact_rows(ctx):
        cells = t.add_row().cells
        for c, s in zip(cells, r):
            c.text = s
    doc.add_paragraph("二、评审会现场地址信息反馈")
    doc.add_paragraph("具体地址*：" + ctx.form["评审会现场地址信息"])
    return kit.docx_bytes(doc, "联系人信息反馈表", ctx.p["author"], app)


def contact_xlsx(ctx, app="wps") -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "联系人信息反馈表"
    ws.append(["联系人信息反馈表"])
    ws.append(["2024年度上海市工业互联网平台应用水平评价工作"])
    for r in contact_rows(ctx):
        ws.append(list(r))
    ws.append([])
    ws.append(["评审会现场地址信息", ctx.form["评审会现场地址信息"]])
    return kit.xlsx_bytes(wb, "联系人信息反馈表", ctx.p["author"], app)


# ------------------------------------------------------------------ evidence
def w(n, d=2):
    return f"{n:,.{d}f}"


def audit_pdf(ctx) -> tuple[bytes, list[dict]]:
    p, e = ctx.p, ctx.ev
    c = p["co"]
    pdf = kit.Pdf(title="审计报告", author=p["auditor"])
    pdf.y -= 120
    pdf.text(p["company"], 18, center=True, gap=20)
    pdf.text("2023年度财务报表及审计报告", 18, center=True, gap=20)
    pdf.text(p["audit_no"], 12, center=True, gap=200)
    pdf.text(p["auditor"], 14, center=True)
    pdf.page()
    pdf.text("审计报告", 16, center=True, gap=14)
    pdf.text(p["audit_no"], 10, center=True, gap=12)
    pdf.text(f"{p['company']}全体股东：", 11)
    pdf.para(f"我们审计了{p['company']}（以下简称“贵公司”）财务报表，包括2023年12月31日的资产负债表，2023年度的利润表、"
             "现金流量表、所有者权益变动表以及相关财务报表附注。我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，"
             "公允反映了贵公司2023年12月31日的财务状况以及2023年度的经营成果和现金流量。")
    pdf.para("本报告附有贵公司管理层编制的《关于工业互联网平台业务财务数据的专项说明》，供贵公司参加上海市工业互联网平台应用水平评价使用。")
    pdf.y -= 30
    pdf.text(f"{p['auditor']}　　　　中国注册会计师：{p['cpa']}", 11, gap=10)
    pdf.text("中国·上海　　　　二〇二四年四月十八日", 11)
    pdf.page()
    pdf.text("利润表", 16, center=True, gap=10)
    pdf.text("2023年度　　　　　　　　　　　　　　　　　　　　　　　　　　　单位：元", 9, gap=8)
    rev, prof = c["revenue"] * 10000, c["profit"] * 10000
    rows = [("项目", "本期金额", "上期金额"),
            ("一、营业收入", w(rev), w(rev / (1 + c["growth"] / 100))),
            ("减：营业成本", w(rev * 0.71), w(rev * 0.72 / (1 + c["growth"] / 100))),
            ("税金及附加", w(rev * 0.006), w(rev * 0.0058)),
            ("研发费用", w(rev * 0.081), w(rev * 0.077)),
            ("三、利润总额", w(prof), w(prof * 0.93)),
            ("四、净利润", w(prof * 0.87), w(prof * 0.81))]
    pdf.table(rows, [4, 3, 3], size=9)
    pdf.page()
    pdf.text("关于工业互联网平台业务财务数据的专项说明", 14, center=True, gap=12)
    pdf.para(f"{p['company']}按平台直接订阅服务及通过平台服务取得的收入、平台专职研发人员及项目的研发投入，"
             f"对“{p['declared_name']}”相关业务进行单列核算。数据如下（单位：万元）：")
    rv = e["rev"]
    rows = [("项目", "2021年度", "2022年度", "2023年度"),
            ("平台相关营业收入", w(rv[2021]), w(rv[2022]), w(rv[2023])),
            ("平台相关研发投入", w(e["rd_prev"][0]), w(e["rd_prev"][1]), w(e["rd"])),
            ("平台利润总额", w(e["profit_prev"][0]), w(e["profit_prev"][1]), w(e["profit"]))]
    pdf.table(rows, [4, 3, 3, 3], size=10)
    pdf.para("上述数据已经本所执行商定程序核对，与贵公司账簿记录一致。")
    page = 4
    facts = [
        dict(label="平台相关营业收入（万元）", value=w(rv[2023]), unit="万元", normalized=rv[2023], page=page,
             quote=w(rv[2023]), row_label="平台相关营业收入", column_label="2023年度"),
        dict(label="平台近三年经营指标情况", value=w(rv[2021]), unit="万元", normalized=rv[2021], page=page,
             quote=w(rv[2021]), row_label="平台相关营业收入", column_label="2021年度", component="2021年平台营收（万元）"),
        dict(label="平台近三年经营指标情况", value=w(rv[2022]), unit="万元", normalized=rv[2022], page=page,
             quote=w(rv[2022]), row_label="平台相关营业收入", column_label="2022年度", component="2022年平台营收（万元）"),
        dict(label="平台相关研发投入（万元）", value=w(e["rd"]), unit="万元", normalized=e["rd"], page=page,
             quote=w(e["rd"]), row_label="平台相关研发投入", column_label="2023年度"),
        dict(label="平台利润率（%）", value=w(e["profit"]), unit="万元", normalized=e["profit"], page=page,
             quote=w(e["profit"]), row_label="平台利润总额", column_label="2023年度", component="平台利润总额（万元）"),
        dict(label="投资回报率（%）", value=w(e["profit"]), unit="万元", normalized=e["profit"], page=page,
             quote=w(e["profit"]), row_label="平台利润总额", column_label="2023年度", component="平台年利润（万元）"),
    ]
    return pdf.bytes(), facts


def _names(rng, n, stems):
    return [f"{rng.choice(stems[0])}{rng.choice(stems[1])}{rng.choice(stems[2])}" for _ in range(n)]


STEMS = (["一种基于", "面向", "用于", "基于"], ["工业互联网平台的", "边缘计算的", "多源数据融合的", "数字孪生的", "知识图谱的",
         "时序数据库的", "设备画像的"], ["设备故障预警方法", "能耗优化系统", "工艺参数寻优方法及装置", "数据采集网关",
         "质量追溯方法", "远程运维系统", "模型调度方法"])
SW = (["", "智慧", "云端"], ["设备运维", "能效管理", "数据采集", "模型管理", "工单调度", "质量分析", "供应链协同"],
      ["平台软件V1.0", "系统V2.0", "管理软件V3.1", "服务平台V1.2"])


def ip_pdf(ctx, seed, which=("patent", "soft")) -> tuple[bytes, list[dict]]:
    rng = random.Random(seed)
    p, e = ctx.p, ctx.ev
    pdf = kit.Pdf(title="知识产权清单")
    pdf.header = f"{p['company']}　平台核心软硬件知识产权清单"
    facts = []
    page = 1
    for k, kind in enumerate(which):
        if k:
            pdf.page()
            page = pdf.c.getPageNumber()
        if kind == "patent":
            n = e["patents"]
            cap = f"专利清单（共{n}项）"
            rows = [("序号", "专利名称", "专利号", "类型", "授权公告日", "权利人")]
            for i, nm in enumerate(_names(rng, n, STEMS), 1):
                rows.append((i, nm, f"ZL20{rng.randint(18, 23)}1{rng.randint(1000000, 9999999)}.{rng.randint(0, 9)}",
                             rng.choice(["发明", "实用新型"]), f"20{rng.randint(19, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                             p["company"]))
            label, unit = "平台核心软硬件技术获得的专利数量（项）", "项"
        else:
            n = e["softcr"]
            cap = f"软件著作权清单（共{n}项）"
            rows = [("序号", "软件名称", "登记号", "登记日期", "著作权人")]
            for i, nm in enumerate(_names(rng, n, SW), 1):
                rows.append((i, nm, f"20{rng.randint(18, 24)}SR{rng.randint(100000, 999999):07d}",
                             f"20{rng.randint(18, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", p["company"]))
            label, unit = "平台核心软硬件技术获得的软著数量（个）", "项"
        pdf.text(cap, 13, center=True, gap=10)
        facts.append(dict(label=label, value=str(n), unit=unit, normalized=n, page=page, quote=cap,
                          row_label=cap.split("（")[0]))
        widths = [1, 7, 4, 2, 3, 5] if kind == "patent" else [1, 7, 4, 3, 5]
        pdf.table(rows, widths, size=7.5)
    data = pdf.bytes()
    return data, facts


def awards_pdf(ctx) -> tuple[bytes, list[dict]]:
    p = ctx.p
    pdf = kit.Pdf(title="荣誉清单")
    pdf.text("平台获得省部级及以上奖项/荣誉清单", 14, center=True, gap=12)
    rows = [("序号", "奖项/荣誉名称", "获奖时间", "颁发单位")] + [(i, *a) for i, a in enumerate(p["awards"], 1)]
    pdf.table(rows, [1, 8, 2, 5], size=9)
    n = len(p["awards"])
    pdf.text(f"合计：{n}项", 11)
    return pdf.bytes(), [dict(label="平台获得省部级及以上奖项/荣誉数量（个）", value=f"{n}项", unit="项", normalized=n,
                              page=1, quote=f"合计：{n}项", row_label="合计")]


def _device_tables(ctx):
    e = ctx.ev
    cat, pc, rc = (e["按二级分类统计工业设备数量（台/套）"], e["按二级分类统计公有云工业设备数量（台/套）"],
                   e["按二级分类统计公有云工业设备平均日运行数量（台/套）"])
    t1 = [("设备二级分类", "接入数量（台/套）", "其中：公有云接入（台/套）", "公有云日均运行（台/套）")]
    t1 += [(k, cat[k], pc[k], rc[k]) for k in cat]
    t1.append(("合计", e["连接的工业设备/产品/产线种类及数量（台/套）"], e["公有云工业设备连接数量（台/套）"],
               e["公有云工业设备平均日运行数量（台/套）"]))
    reg, pr, rr = (e["按省市区域统计工业设备数量（台/套）"], e["按省市区域统计公有云工业设备数量（台/套）"],
                   e["按省市区域统计公有云工业设备平均日运行数量（台/套）"])
    t2 = [("区域", "接入数量（台/套）", "其中：公有云接入（台/套）", "公有云日均运行（台/套）")]
    t2 += [(k, reg[k], pr.get(k, 0), rr.get(k, 0)) for k in reg]
    t2.append(("合计", sum(reg.values()), sum(pr.values()), sum(rr.values())))
    ov = e["按海外国家分类统计海外设备连接数量（台/套）"]
    t3 = [("国家", "接入数量（台/套）")] + [(k, n) for k, n in ov.items()] + [("海外合计", sum(ov.values()))]
    return t1, t2, t3


def _device_facts(ctx, page, fmt, overseas_page=None):
    e = ctx.ev
    out = []
    for lab, col in (("连接的工业设备/产品/产线种类及数量（台/套）", "接入数量（台/套）"),
                     ("公有云工业设备连接数量（台/套）", "其中：公有云接入（台/套）"),
                     ("公有云工业设备平均日运行数量（台/套）", "公有云日均运行（台/套）")):
        n = e[lab]
        out.append(dict(label=lab, value=fmt(n), unit="台/套", normalized=n, page=page, quote=fmt(n), row_label="合计",
                        column_label=col))
    n = e["海外设备连接数量（台/套）"]
    out.append(dict(label="海外设备连接数量（台/套）", value=fmt(n), unit="台/套", normalized=n,
                    page=overseas_page or page, quote=fmt(n), row_label="海外合计", column_label="接入数量（台/套）"))
    return out


def devices_pdf(ctx) -> tuple[bytes, list[dict]]:
    t1, t2, t3 = _device_tables(ctx)
    pdf = kit.Pdf(title="平台接入设备统计表")
    pdf.text(f"{ctx.p['declared_name']}接入设备统计表（截至2024年6月30日）", 12, center=True, gap=10)
    pdf.text("表1 按设备二级分类统计", 10)
    fmt = lambda n: f"{n:,}"  # noqa: E731
    pdf.table([tuple(fmt(c) if isinstance(c, int) else c for c in r) for r in t1], [4, 3, 3, 3], size=8.5)
    pdf.text("表2 按省市区域统计", 10)
    pdf.table([tuple(fmt(c) if isinstance(c, int) else c for c in r) for r in t2], [4, 3, 3, 3], size=8.5)
    pdf.text("表3 海外设备按国家统计", 10)
    pdf.table([tuple(fmt(c) if isinstance(c, int) else c for c in r) for r in t3], [4, 3], size=8.5)
    data = pdf.bytes()
    texts = kit.pdf_page_texts(data)
    ov_page = next(i + 1 for i, t in enumerate(texts) if "海外合计" in t)
    tot_page = next(i + 1 for i, t in enumerate(texts) if "表1" in t)
    return data, _device_facts(ctx, tot_page, fmt, ov_page)


def devices_xlsx(ctx, app="wps") -> tuple[bytes, list[dict]]:
    t1, t2, t3 = _device_tables(ctx)
    wb = Workbook()
    ws = wb.active
    ws.title = "按分类"
    ws.append([f"{ctx.p['declared_name']}接入设备统计（截至2024年6月30日）"])
    for r in t1:
        ws.append(list(r))
    ws.append([])
    ws.append(["海外设备按国家统计"])
    for r in t3:
        ws.append(list(r))
    ws2 = wb.create_sheet("按区域")
    for r in t2:
        ws2.append(list(r))
    return kit.xlsx_bytes(wb, "接入设备统计", ctx.p["author"], app), _device_facts(ctx, 1, str)


def softcr_xlsx(ctx, seed, app="wps") -> tuple[bytes, list[dict]]:
    rng = random.Random(seed)
    n = ctx.ev["softcr"]
    wb = Workbook()
    ws = wb.active
    ws.title = "软件著作权"
    ws.append(["平台核心软件著作权清单"])
    ws.append(["序号", "软件名称", "登记号", "著作权人"])
    for i, nm in enumerate(_names(rng, n, SW), 1):
        ws.append([i, nm, f"20{rng.randint(18, 24)}SR{rng.randint(100000, 999999):07d}", ctx.p["company"]])
    ws.append([f"合计：{n}项"])
    return kit.xlsx_bytes(wb, "软件著作权清单", ctx.p["author"], app), [
        dict(label="平台核心软硬件技术获得的软著数量（个）", value=f"{n}项", unit="项", normalized=n, page=1,
             quote=f"合计：{n}项", row_label="合计")]


TILES = [("设备接入总量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）", "台/套"),
         ("注册企业（家）", "注册企业用户数（个）", "家"), ("服务企业（家）", "实际服务企业数（个）", "家"),
         ("上架工业APP（个）", "工业APP数量（个）", "个"), ("机理模型（个）", "工业机理模型数量（个）", "个"),
         ("微服务（个）", "微服务数量（个）", "个"), ("注册开发者（人）", "开发者注册总数（个）", "人"),
         ("兼容工业协议（种）", "工业协议兼容适配数量（个）", "种")]


def dashboard(ctx, tiles, title) -> Image.Image:
    W, H = 1280, 720
    im = Image.new("RGB", (W, H), (12, 28, 58))
    d = ImageDraw.Draw(im)
    d.rectangle((0, 0, W, 64), fill=(20, 48, 96))
    d.text((30, 16), f"{ctx.p['declared_name']} · {title}", font=fonts.pil_font(26), fill=(235, 240, 255))
    d.text((W - 300, 22), "数据更新：2024-06-30 23:59", font=fonts.pil_font(16), fill=(160, 180, 220))
    for i, (cap, num) in enumerate(tiles):
        x, y = 40 + (i % 2) * 610, 100 + (i // 2) * 150
        d.rounded_rectangle((x, y, x + 580, y + 130), 12, fill=(24, 52, 100), outline=(60, 120, 200), width=2)
        d.text((x + 24, y + 16), cap, font=fonts.pil_font(24), fill=(170, 200, 240))
        d.text((x + 24, y + 56), num, font=fonts.pil_font(50), fill=(255, 210, 80))
    return im


def screenshot_facts(ctx, keys, page=1, overrides=None):
    tiles, facts = [], []
    for cap, lab, unit in [t for t in TILES if t[1] in keys]:
        n = (overrides or {}).get(lab, ctx.ev[lab])
        s = f"{n:,}"
        tiles.append((cap, s))
        facts.append(dict(label=lab, value=s, unit=unit, normalized=n, page=page, quote=s, row_label=cap.split("（")[0],
                          image_only=True))
    return tiles, facts
