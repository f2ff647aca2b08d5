"""Build the h63 blind set (numbers in prose): packages/<id>/… and truth/<id>.json.

    /work/main/.venv/bin/python -m eval_sets.blind.h63.build [--out DIR]
"""

from __future__ import annotations

import argparse
import random
import shutil
import tempfile
from pathlib import Path

from eval_sets.truth import EvidenceFact, PackageTruth, PlatformRef, Problem, SummaryRow, dump_truth

from . import docs, form, office
from .packages import aecc, guangming, onepower, sgcc
from .spec import Pkg, f2, summary_rows

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]


def n(x: float) -> str:
    """Thousands separators, 2 decimals for floats."""
    return f"{x:,.2f}" if isinstance(x, float) else f"{x:,}"


class Ctx:
    def __init__(self, p: Pkg, root: Path):
        self.p, self.root = p, root
        self.files: dict[str, str] = {}
        self.facts: list[dict] = []
        self.problems: list[dict] = []

    def path(self, rel: str, role: str) -> Path:
        self.files[rel] = role
        return self.root / rel

    def fact(self, label, value, unit, normalized, file, page, quote, row_label="", column_label="", component="",
             image_only=False):
        self.facts.append(dict(label=label, value=value, unit=unit, normalized=normalized, file=file, page=page,
                               quote=quote, row_label=row_label, column_label=column_label, component=component,
                               image_only=image_only))

    def problem(self, family, fields, files, severity, description):
        pid = f"{self.p.pid}-{len(self.problems) + 1:02d}-{family}"
        self.problems.append(dict(id=pid, family=family, fields=fields, files=files, severity=severity,
                                  description=description))


def finance_pdf(c: Ctx, rel: str, auditor: str, prose: list[str]) -> None:
    """Platform-scoped financial note: page 1 prose, page 2 the table (万元). Facts cite page 2."""
    p, v = c.p, c.p.v
    rev = v["rev"]
    story = [("title", f"{p.company}"), ("h1", f"关于{p.declared_name}业务2023年度财务数据的专项审计说明"),
             ("plain", f"{auditor}（特殊普通合伙）  沪审专字（2024）第0{p.list_no}17号"), ("space", 6)]
    story += [("body", para) for para in prose]
    story += [("break",), ("h2", "附表：平台业务主要财务数据（单位：万元）"),
              ("table", [["项目", "2021年度", "2022年度", "2023年度"],
                         ["平台营业收入", n(rev[2021]), n(rev[2022]), n(rev[2023])],
                         ["平台研发投入", "—", "—", n(v["rd"])],
                         ["平台利润总额", "—", "—", n(v["profit"])]],
               [45 * 2.835, 38 * 2.835, 38 * 2.835, 38 * 2.835]),
              ("plain", "注：平台营业收入按平台直接订阅服务及平台服务合同口径从公司2023年度财务报表拆分，拆分方法见正文。")]
    office.build_pdf(c.path(rel, "evidence:audit_report"), story, "平台业务专项审计说明", auditor)
    c.fact("平台相关营业收入（万元）", n(rev[2023]), "万元", rev[2023], rel, 2, n(rev[2023]), "平台营业收入", "2023年度")
    for y in (2021, 2022):
        c.fact("平台近三年经营指标情况", n(rev[y]), "万元", rev[y], rel, 2, n(rev[y]), "平台营业收入", f"{y}年度",
               component=f"{y}年平台营收（万元）")
    c.fact("平台相关研发投入（万元）", n(v["rd"]), "万元", v["rd"], rel, 2, n(v["rd"]), "平台研发投入", "2023年度")
    c.fact("平台利润率（%）", n(v["profit"]), "万元", v["profit"], rel, 2, n(v["profit"]), "平台利润总额", "2023年度",
           component="平台利润总额（万元）")
    c.fact("投资回报率（%）", n(v["profit"]), "万元", v["profit"], rel, 2, n(v["profit"]), "平台利润总额", "2023年度",
           component="平台年利润（万元）")


def patents(rnd: random.Random, count: int, topic: str, owner: str) -> list[list]:
    words = ["数据采集", "边缘计算", "设备监测", "质量追溯", "能耗优化", "故障诊断", "协同调度", "模型训练",
             "标识解析", "可视化", "安全认证", "时序存储"]
    rows = []
    for i in range(count):
        w1, w2 = rnd.sample(words, 2)
        year = 2018 + i % 6
        rows.append([i + 1, f"一种基于{w1}的{topic}{w2}方法", f"ZL{year}1{rnd.randrange(1000000, 9999999)}.{rnd.randrange(10)}",
                     "发明专利", owner, f"{year + 2}-{1 + i % 12:02d}-{1 + (i * 7) % 28:02d}"])
    return rows


def copyrights(rnd: random.Random, count: int, short: str, owner: str) -> list[list]:
    mods = ["设备接入", "数据中台", "质量管理", "能耗管理", "供应链协同", "模型管理", "应用开发", "运维监控",
            "安全审计", "看板", "订单管理", "仓储管理"]
    rows = []
    for i in range(count):
        rows.append([i + 1, f"{short}{mods[i % len(mods)]}软件V{1 + i // len(mods)}.{rnd.randrange(10)}",
                     f"2{rnd.randrange(10)}{rnd.randrange(10)}{rnd.randrange(10)}SR{rnd.randrange(100000, 999999)}",
                     owner, f"{2019 + i % 5}-{1 + i % 12:02d}-{1 + (i * 5) % 28:02d}"])
    return rows


# ------------------------------------------------------------------------------------------------ P1 clean

def build_guangming(c: Ctx) -> None:
    p, k, v = c.p, c.p.k, c.p.v
    docs.contact_docx(p, c.path("01 联系人信息反馈表.docx", "联系人表"))
    form.write_docx(p, c.path("02 申报表-光明乳业.docx", "申报表"))
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "form.pdf"
        form.write_pdf(p, src)
        docs.form_scan(p, src, c.path("02 申报表-光明乳业（盖章扫描）.pdf", "申报表扫描件"), p.seed)
    growth23 = v["growth"][2023]
    chapters = [
        ("一、申报单位简介", [
            "光明乳业股份有限公司是以乳制品研发、生产和销售为主业的上市公司，拥有牧场、工厂、冷链物流和销售网络的完整产业链。",
            "公司在乳品行业数字化方面起步较早，形成了覆盖牧场到餐桌的信息化体系和一支数字化人才队伍。"]),
        ("二、平台建设及运营情况", [
            "##（一）平台基本信息",
            f"{p.declared_name}于2019年3月启动建设，2023年12月完成二期建设，平台建设金额{f2(k['build'])}万元，采用自建、自运营模式，"
            "是面向乳制品全产业链的行业型工业互联网平台。",
            "##（二）平台技术架构",
            "平台采用“边缘层—IaaS层—PaaS层—SaaS层”四层架构，边缘层通过网关接入牧场挤奶设备、工厂灌装线和冷链车辆，"
            "PaaS层提供设备管理、数据中台、模型管理和低代码开发组件。",
            "##（三）平台运营情况",
            f"截至2024年6月，平台已连接各类设备约3.2万台（套），覆盖牧场挤奶、杀菌灌装、冷库和冷链车辆等数万台设备；"
            f"平台累计服务企业达1.26万家，其中上海地区企业800余家，长三角地区企业占比62%，付费企业超过1,200家。",
            f"平台上架工业APP逾百款，部署微服务近500个，注册开发者3000+，已形成较为活跃的开发者生态。",
            f"2023年平台营收同比增长35%，研发投入占平台营收比重达12.5%，平台整体处于快速增长阶段。",
            "##（四）技术创新点总结",
            "平台在生乳质量实时监测、冷链断链预警和乳品工艺机理模型方面形成自主技术，核心模块国产化率达95%。"]),
        ("三、平台应用成效", [
            "平台推动牧场、工厂与经销商数据贯通，生乳质量异常发现时间由天级缩短到小时级，冷链断链事件明显减少。",
            "截至填表日，平台实际服务企业12,600家，覆盖食品、农业、轻工和服务业，带动上下游企业上云用平台。",
            "应用创新点：以质量追溯为牵引，融合人工智能与标识解析，形成按需订阅的服务化模式。"]),
        ("四、平台下一步发展计划", [
            "计划到2025年连接设备10万台，目标服务企业2万家，进一步拓展长三角乳品及食品饮料企业用户，"
            "并推出面向中小牧场的轻量化SaaS产品。"]),
        ("五、平台应用案例", [
            "案例1：光明乳业工业互联网平台——生乳质量全程追溯",
            "企业简介：某大型规模化牧场，存栏奶牛数千头。平台简介：见第二章。案例内容：平台接入挤奶、制冷和检测设备，实现生乳指标实时监测与异常预警。",
            "案例2：光明乳业工业互联网平台——冷链物流协同",
            "案例3：光明乳业工业互联网平台——灌装线预测性维护"]),
        ("六、附件及其他说明材料", [
            "附件3-1 平台业务财务数据专项说明（第1-2页）", "附件3-2 2023年度平台运营报告（节选）（第1-2页）",
            "附件3-3 设备接入情况说明函（盖章）", "附件3-4 知识产权清单（专利、软著）", "附件3-5 平台运行看板截图"]),
    ]
    assert abs(growth23 - 35.0) < 0.5 and abs(v["rd_int"] - 12.5) < 0.05
    docs.proposal(p, c.path("03 申报书-光明乳业.pdf", "申报书"), chapters, "pdf")
    docs.summary_xlsx(p, c.path("04 平台基本情况汇总表.xlsx", "汇总表"))
    docs.commitment_scan(p, c.path("05 真实性承诺（盖章）.pdf", "承诺"), p.seed + 10)
    finance_pdf(c, "证明材料/3-1 平台业务财务数据专项说明.pdf", "上海信衡会计师事务所", [
        f"我们接受委托，对{p.company}{p.declared_name}业务2023年度财务数据执行了专项审计。平台业务收入为基于平台直接订阅服务"
        "及平台服务合同取得的收入，约占公司营业收入的0.36%。",
        "平台业务近三年收入保持增长，2023年增幅超过三成；研发投入占平台业务收入的比重超过一成。具体数据见附表。"])
    # operating report: page 1 prose with qualifiers, page 2 the exact table
    rel = "证明材料/3-2 2023年度平台运营报告（节选）.pdf"
    rows = [["指标", "数值", "单位"],
            ["注册企业用户数", n(k["registered"]), "家"], ["实际服务企业数", n(k["served"]), "家"],
            ["付费企业数", n(k["paid"]), "家"], ["服务本市企业数", n(k["local"]), "家"],
            ["服务中小企业数", n(k["sme"]), "家"], ["工业APP订阅总数量", n(k["subs"]), "个"]]
    office.build_pdf(c.path(rel, "evidence:other"), [
        ("title", "光明乳业工业互联网平台2023年度运营报告（节选）"),
        ("h2", "一、总体运营情况"),
        ("body", "2023年，平台用户规模保持较快增长，注册企业用户超过1.5万家，实际服务企业1.2万余家，其中付费企业逾千家。"
                 "平台服务覆盖黑龙江、内蒙古、河北等奶源地和长三角主要消费市场，上海本地服务企业800余家。"),
        ("body", "平台订阅业务稳步增长，工业APP订阅近万次，杀手锏APP订阅量占比超过四成。"),
        ("h2", "二、下一步目标"),
        ("body", "到2025年，平台力争服务企业2万家、连接设备10万台（套）。"),
        ("break",),
        ("h2", "表1 平台主要运营指标（截至2024年6月30日）"),
        ("table", rows, [60 * 2.835, 50 * 2.835, 30 * 2.835])], "平台运营报告", p.company)
    for label, key, cap in (("注册企业用户数（个）", "registered", "注册企业用户数"),
                            ("实际服务企业数（个）", "served", "实际服务企业数"), ("付费企业数（个）", "paid", "付费企业数"),
                            ("服务本市企业数量（个）", "local", "服务本市企业数"),
                            ("服务中小企业数量（个）", "sme", "服务中小企业数"), ("工业APP订阅总数量（个）", "subs", "工业APP订阅总数量")):
        c.fact(label, n(k[key]), "家" if key != "subs" else "个", k[key], rel, 2, n(k[key]), cap, "数值")
    # device letter (scan)
    rel = "证明材料/3-3 设备接入情况说明函（盖章）.pdf"
    docs.letter_scan(c.path(rel, "evidence:device_list"), [
        ("title", "关于平台设备接入情况的说明"), ("plain", "上海市经济和信息化委员会："), ("space", 4),
        ("body", f"截至2024年6月30日，{p.declared_name}累计连接工业设备{n(k['devices'])}台（套），其中基于公有云连接"
                 f"{n(k['pub'])}台（套），近一月公有云设备日均运行{n(k['run'])}台（套）。设备明细已按附录A分类口径统计，"
                 "可在平台设备管理模块中查询核验。"),
        ("body", "特此说明。"), ("space", 20), ("plain", f"{p.company}（盖章）"), ("plain", "2024年7月10日")],
        p.company, p.seed + 20, "设备接入情况说明")
    c.fact("连接的工业设备/产品/产线种类及数量（台/套）", n(k["devices"]), "台/套", k["devices"], rel, 1,
           f"{n(k['devices'])}台（套）", "累计连接工业设备", image_only=True)
    c.fact("公有云工业设备连接数量（台/套）", n(k["pub"]), "台/套", k["pub"], rel, 1, f"{n(k['pub'])}台（套）",
           "基于公有云连接", image_only=True)
    c.fact("公有云工业设备平均日运行数量（台/套）", n(k["run"]), "台/套", k["run"], rel, 1, f"{n(k['run'])}台（套）",
           "公有云设备日均运行", image_only=True)
    # IP lists
    rel = "证明材料/3-4 知识产权清单.xlsx"
    rnd = random.Random(p.seed)
    pat = patents(rnd, k["patents"], "乳品生产", p.company)
    cr = copyrights(rnd, k["copyrights"], "光明乳业", p.company)
    docs.list_xlsx(c.path(rel, "evidence:patent_list"), [
        ("专利", [["序号", "专利名称", "专利号", "类型", "专利权人", "授权日期"]] + pat + [["合计：%d项" % k["patents"]]],
         [6, 44, 22, 10, 24, 12]),
        ("软著", [["序号", "软件名称", "登记号", "著作权人", "登记日期"]] + cr + [["合计：%d项" % k["copyrights"]]],
         [6, 40, 18, 24, 12])], p.company, "知识产权清单")
    c.fact("平台核心软硬件技术获得的专利数量（项）", str(k["patents"]), "项", k["patents"], rel, 1, f"合计：{k['patents']}项", "合计")
    c.fact("平台核心软硬件技术获得的软著数量（个）", str(k["copyrights"]), "项", k["copyrights"], rel, 2,
           f"合计：{k['copyrights']}项", "合计")
    # dashboard
    rel = "证明材料/3-5 平台运行看板截图.png"
    tiles = [("入驻企业（家）", n(k["registered"])), ("工业APP（个）", n(k["apps"])), ("微服务（个）", n(k["ms"])),
             ("注册开发者（个）", n(k["devs"])), ("机理模型（个）", n(k["models"])), ("公有云日均运行设备（台）", n(k["run"]))]
    office.save_png(office.dashboard("光明乳业工业互联网平台 · 运营驾驶舱", tiles, "数据截至 2024-06-30 24:00"),
                    c.path(rel, "evidence:screenshot"))
    for label, key, cap in (("注册企业用户数（个）", "registered", "入驻企业（家）"), ("工业APP数量（个）", "apps", "工业APP（个）"),
                            ("微服务数量（个）", "ms", "微服务（个）"), ("开发者注册总数（个）", "devs", "注册开发者（个）"),
                            ("工业机理模型数量（个）", "models", "机理模型（个）"),
                            ("公有云工业设备平均日运行数量（台/套）", "run", "公有云日均运行设备（台）")):
        c.fact(label, n(k[key]), "个" if "设备" not in cap else "台", k[key], rel, 1, n(k[key]), cap, image_only=True)


# ------------------------------------------------------------------------------------------------ P2 OnePower

def build_onepower(c: Ctx) -> None:
    p, k, v = c.p, c.p.k, c.p.v
    docs.contact_docx(p, c.path("附件1 联系人信息反馈表.docx", "联系人表"))
    form.write_docx(p, c.path("附件2 申报表.docx", "申报表"))
    served_prose = "6,000"
    rd_prose = "15.2"
    chapters = [
        ("一、申报单位简介", [
            "中移（上海）信息通信科技有限公司是中国移动在沪设立的产业研究院，聚焦5G+工业互联网技术研发与行业应用。"]),
        ("二、平台建设及运营情况", [
            "##（一）平台基本信息",
            f"{p.declared_name}与华为技术有限公司合作共建、联合运营，是综合型工业互联网平台，建设金额{f2(k['build'])}万元。",
            "##（二）平台技术架构",
            "平台以5G专网和边云协同为底座，提供连接管理、工业PaaS、应用商店与行业解决方案四大能力。",
            "##（三）平台运营情况",
            f"截至2024年6月，平台连接工业设备约3.7万台（套），兼容工业协议160余种，上架工业APP近300个。"
            f"平台累计服务企业超过{served_prose}家，覆盖电子、汽车、装备、船舶等行业，其中服务本市企业2,000余家。",
            f"2023年平台研发投入{n(v['rd'])}万元，研发投入占平台营收比重达{rd_prose}%，持续加大5G工业模组与工业AI投入。",
            "##（四）技术创新点总结",
            "平台自研5G工业网关与时间敏感网络适配技术，核心模组国产化率达98%。"]),
        ("三、平台应用成效", [
            "平台带动长三角中小制造企业低成本上云，接入设备利用率明显提升，一批企业实现设备联网与数据贯通。",
            "应用创新点：5G+边缘计算+工业AI融合应用，形成“网络+平台+应用”一体化服务模式。"]),
        ("四、平台下一步发展计划", ["目标到2026年服务企业1万家、连接设备10万台（套），打造长三角5G+工业互联网标杆平台。"]),
        ("五、平台应用案例", ["案例1：中国移动OnePower工业互联网平台——5G全连接工厂",
                          "案例2：中国移动OnePower工业互联网平台——设备预测性维护",
                          "案例3：中国移动OnePower工业互联网平台——园区能碳管理"]),
        ("六、附件及其他说明材料", ["附件6-1 平台业务收入及研发投入说明（审计）", "附件6-2 设备接入情况说明函",
                             "附件6-3 专利清单", "附件6-4 OnePower平台白皮书（节选）"]),
        ("七、平台相较上年度对比情况", [
            f"与2023年7月相比，平台新增设备管理、能碳管理等功能模块；2023年平台营收{n(v['rev'][2023])}万元，"
            f"同比增长{v['growth'][2023]:.1f}%；微服务数量增至{n(k['ms'])}个。"]),
    ]
    docs.proposal(p, c.path("附件3 申报书.docx", "申报书"), chapters, "docx")
    docs.summary_docx(p, c.path("附件4 平台基本情况汇总表.docx", "汇总表"))
    docs.commitment_docx(p, c.path("附件5 真实性承诺.docx", "承诺"))
    finance_pdf(c, "附件6 证明材料/6-1 平台业务收入及研发投入说明（审计）.pdf", "上海立诚会计师事务所", [
        f"我们对{p.company}{p.declared_name}业务2023年度收入、研发投入及利润数据执行了专项审计，数据见附表。"])
    # device letter (text PDF), its total differs from the form
    letter_total = 38652
    rel = "附件6 证明材料/6-2 设备接入情况说明函.pdf"
    office.build_pdf(c.path(rel, "evidence:device_list"), [
        ("title", "设备接入情况说明函"), ("plain", "上海市经济和信息化委员会："), ("space", 4),
        ("body", f"经平台连接管理系统统计，截至2024年6月30日，{p.declared_name}累计接入工业设备{n(letter_total)}台（套），"
                 f"其中公有云接入{n(k['pub'])}台（套）。接入设备覆盖长三角及广东、湖北、四川等地制造企业。"),
        ("body", "特此说明。"), ("space", 16), ("plain", p.company), ("plain", "2024年7月12日")], "设备接入情况说明函",
        p.company)
    c.fact("连接的工业设备/产品/产线种类及数量（台/套）", n(letter_total), "台/套", letter_total, rel, 1,
           f"累计接入工业设备{n(letter_total)}台（套）", "累计接入工业设备")
    c.fact("公有云工业设备连接数量（台/套）", n(k["pub"]), "台/套", k["pub"], rel, 1, f"其中公有云接入{n(k['pub'])}台（套）",
           "公有云接入")
    # patent list PDF
    rel = "附件6 证明材料/6-3 专利清单.pdf"
    rnd = random.Random(p.seed)
    pat = patents(rnd, k["patents"], "工业网络", p.company)
    office.build_pdf(c.path(rel, "evidence:patent_list"), [
        ("h1", f"专利清单（共{k['patents']}项）"),
        ("table", [["序号", "专利名称", "专利号", "类型", "授权日期"]] + [[r[0], r[1], r[2], r[3], r[5]] for r in pat],
         [12 * 2.835, 70 * 2.835, 40 * 2.835, 20 * 2.835, 24 * 2.835])], "专利清单", p.company)
    c.fact("平台核心软硬件技术获得的专利数量（项）", str(k["patents"]), "项", k["patents"], rel, 1,
           f"专利清单（共{k['patents']}项）", "专利清单")
    # white paper: prose, some exact figures
    rel = "附件6 证明材料/6-4 OnePower平台白皮书（节选）.pdf"
    office.build_pdf(c.path(rel, "evidence:other"), [
        ("title", "OnePower工业互联网平台白皮书（2024）节选"),
        ("h2", "第三章 平台能力"),
        ("body", f"平台已沉淀工业机理模型{k['models']}个，其中活跃模型300余个；部署微服务{n(k['ms'])}个，"
                 f"注册开发者{n(k['devs'])}名，近一年月均活跃开发者两千余名。"),
        ("body", "平台数据分析能力达到毫秒级，支持千万级测点并发写入。"),
        ("h2", "第五章 发展目标"),
        ("body", "到2026年，平台计划连接工业设备10万台（套），服务企业1万家，培育杀手锏APP 10款以上。")],
        "白皮书节选", p.company)
    c.fact("工业机理模型数量（个）", str(k["models"]), "个", k["models"], rel, 1, f"平台已沉淀工业机理模型{k['models']}个",
           "工业机理模型")
    c.fact("微服务数量（个）", n(k["ms"]), "个", k["ms"], rel, 1, f"部署微服务{n(k['ms'])}个", "微服务")
    c.fact("开发者注册总数（个）", n(k["devs"]), "个", k["devs"], rel, 1, f"注册开发者{n(k['devs'])}名", "注册开发者")

    c.problem("narrative_vs_form", ["实际服务企业数（个）"], ["附件3 申报书.docx", "附件2 申报表.docx"], "error",
              f"申报书第二章称“平台累计服务企业超过{served_prose}家”，申报表实际服务企业数为{n(k['served'])}个"
              f"（注册企业用户数也仅{n(k['registered'])}个），“超过”不能容纳低于6,000的值")
    c.problem("declared_vs_evidence", ["连接的工业设备/产品/产线种类及数量（台/套）"],
              ["附件2 申报表.docx", "附件6 证明材料/6-2 设备接入情况说明函.pdf"], "error",
              f"申报表填报连接的工业设备{n(k['devices'])}台/套，设备接入情况说明函称累计接入工业设备{n(letter_total)}台（套），"
              "两者不一致（数字位置互换）")
    c.problem("narrative_vs_form", ["平台相关研发投入强度（%）"], ["附件3 申报书.docx", "附件2 申报表.docx"], "warning",
              f"申报书称“研发投入占平台营收比重达{rd_prose}%”，申报表研发投入{n(v['rd'])}万元÷营业收入{n(v['rev'][2023])}万元"
              f"= {f2(v['rd_int'])}%，与申报表填报的研发投入强度{f2(v['rd_int'])}一致而与申报书不符")


# ------------------------------------------------------------------------------------------------ P3 SGCC

def build_sgcc(c: Ctx) -> None:
    p, k, v = c.p, c.p.k, c.p.v
    docs.contact_docx(p, c.path("1-联系人信息反馈表.docx", "联系人表"))
    form.write_xlsx(p, c.path("2-申报表.xlsx", "申报表"))
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "form.pdf"
        form.write_pdf(p, src)
        docs.form_scan(p, src, c.path("2-申报表（盖章版）.pdf", "申报表扫描件"), p.seed)
    local_share = k["local"] / k["served"] * 100
    chapters = [
        ("一、申报单位简介", ["国网上海市电力公司负责本市电网规划建设、运营和电力供应，服务全市电力用户。"]),
        ("二、平台建设及运营情况", [
            "##（一）平台基本信息",
            f"{p.declared_name}于2020年1月启动建设，自建自运营，建设金额{f2(k['build'])}万元，是面向本市电力能源与用能企业的区域型工业互联网平台。",
            "##（二）平台技术架构",
            "平台由边缘感知层、电力物联管理平台、数据中台和能源服务应用层组成。",
            "##（三）平台运营情况",
            "截至2024年6月，平台连接各类电力设备约3.2万台（套），工业APP80余个，微服务600余个；"
            f"平台实际服务企业{n(k['served'])}家，服务本市企业占比达80%，其余分布在江苏、浙江、安徽。",
            "2023年平台营收较上年翻一番，交易规模保持较快增长。",
            "##（四）技术创新点总结", "平台自研配电物联网边缘代理与负荷聚合调控技术，核心软件国产化率100%。"]),
        ("三、平台应用成效", [
            "平台助力本市工业用户参与需求响应，累计削减尖峰负荷数十万千瓦，用户侧平均能耗下降近一成。"]),
        ("四、平台下一步发展计划", ["计划到2025年接入用户侧能源设备5万台（套），服务企业3,000家。"]),
        ("五、平台应用案例", ["案例1：国网上海电力工业互联网平台——钢铁企业能效诊断",
                          "案例2：国网上海电力工业互联网平台——园区需求响应", "案例3：国网上海电力工业互联网平台——变电设备状态监测"]),
        ("六、附件及其他说明材料", ["附件1 平台业务财务数据", "附件3 平台运营报告（2023年度）", "附件4 软件著作权清单",
                             "附件5 平台运行截图"]),
        ("七、平台相较上年度对比情况", [
            f"与2023年7月相比，平台新增需求响应聚合、绿电溯源等功能；实际服务企业增至{n(k['served'])}家，"
            f"微服务增至{k['ms']}个。"]),
    ]
    docs.proposal(p, c.path("3-申报书.docx", "申报书"), chapters, "docx")
    docs.summary_xlsx(p, c.path("4-汇总表.xlsx", "汇总表"), horizontal=True)
    docs.commitment_scan(p, c.path("5-真实性承诺.pdf", "承诺"), p.seed + 10)
    finance_pdf(c, "3-申报书附件/附件1 平台业务财务数据.pdf", "上海申联会计师事务所", [
        f"本说明所列数据为{p.declared_name}业务口径，按平台服务合同从公司财务报表中拆分。"])
    # operating report: the registered total in prose differs from the form
    report_registered = 2846
    rel = "3-申报书附件/附件3 平台运营报告（2023年度）.pdf"
    office.build_pdf(c.path(rel, "evidence:other"), [
        ("title", "国网上海电力工业互联网平台运营报告（2023年度）"),
        ("h2", "一、概述"),
        ("body", "2023年，平台围绕新型电力系统建设和用户侧能效提升持续运营，用户规模和服务能力稳步提升。"
                 "平台服务覆盖本市16个区及长三角部分城市，工业APP订阅量超过3,000次。"),
        ("break",),
        ("h2", "二、用户规模"),
        ("body", f"截至2024年6月30日，平台注册企业用户共计{n(report_registered)}家，实际服务企业{n(k['served'])}家，"
                 f"其中付费企业{k['paid']}家、服务本市企业{n(k['local'])}家。"),
        ("body", "平台服务的中小企业占比约八成。")], "平台运营报告", p.company)
    c.fact("注册企业用户数（个）", n(report_registered), "家", report_registered, rel, 2,
           f"平台注册企业用户共计{n(report_registered)}家", "注册企业用户")
    c.fact("实际服务企业数（个）", n(k["served"]), "家", k["served"], rel, 2, f"实际服务企业{n(k['served'])}家", "实际服务企业")
    c.fact("付费企业数（个）", str(k["paid"]), "家", k["paid"], rel, 2, f"其中付费企业{k['paid']}家", "付费企业")
    c.fact("服务本市企业数量（个）", n(k["local"]), "家", k["local"], rel, 2, f"服务本市企业{n(k['local'])}家", "服务本市企业")
    # copyrights xlsx
    rel = "3-申报书附件/附件4 软件著作权清单.xlsx"
    rnd = random.Random(p.seed)
    cr = copyrights(rnd, k["copyrights"], "电力物联", p.company)
    docs.list_xlsx(c.path(rel, "evidence:patent_list"), [
        ("软件著作权", [["序号", "软件名称", "登记号", "著作权人", "登记日期"]] + cr + [["合计：%d项" % k["copyrights"]]],
         [6, 40, 18, 24, 12])], p.company, "软件著作权清单")
    c.fact("平台核心软硬件技术获得的软著数量（个）", str(k["copyrights"]), "项", k["copyrights"], rel, 1,
           f"合计：{k['copyrights']}项", "合计")
    rel = "3-申报书附件/附件5 平台运行截图.png"
    tiles = [("接入设备（台/套）", n(k["devices"])), ("工业APP（个）", str(k["apps"])), ("微服务（个）", str(k["ms"])),
             ("机理模型（个）", str(k["models"])), ("实际服务企业（家）", n(k["served"])), ("合作平台（个）", str(k["partners"]))]
    office.save_png(office.dashboard("国网上海电力工业互联网平台 · 运行监视", tiles, "统计时间：2024年6月30日"),
                    c.path(rel, "evidence:screenshot"))
    for label, key, cap in (("连接的工业设备/产品/产线种类及数量（台/套）", "devices", "接入设备（台/套）"),
                            ("工业APP数量（个）", "apps", "工业APP（个）"), ("微服务数量（个）", "ms", "微服务（个）"),
                            ("工业机理模型数量（个）", "models", "机理模型（个）"),
                            ("实际服务企业数（个）", "served", "实际服务企业（家）"), ("合作平台数量（个）", "partners", "合作平台（个）")):
        val = n(k[key]) if key in ("devices", "served") else str(k[key])
        c.fact(label, val, "台/套" if key == "devices" else ("家" if key == "served" else "个"), k[key], rel, 1, val, cap,
               image_only=True)

    c.problem("narrative_vs_form", ["连接的工业设备/产品/产线种类及数量（台/套）"], ["3-申报书.docx", "2-申报表.xlsx"],
              "warning", f"申报书称“连接各类电力设备约3.2万台（套）”，申报表连接的工业设备{n(k['devices'])}台/套，"
                         "相差约14%，超出“约”所能容纳的范围")
    c.problem("declared_vs_evidence", ["注册企业用户数（个）"],
              ["2-申报表.xlsx", "3-申报书附件/附件3 平台运营报告（2023年度）.pdf"], "error",
              f"申报表注册企业用户数{n(k['registered'])}个，平台运营报告称“平台注册企业用户共计{n(report_registered)}家”，两者不一致")
    c.problem("narrative_vs_form", ["平台近三年经营指标情况"], ["3-申报书.docx", "2-申报表.xlsx"], "warning",
              f"申报书称“2023年平台营收较上年翻一番”，申报表2022年平台营收{n(v['rev'][2022])}万元、2023年{n(v['rev'][2023])}万元，"
              f"增长率{f2(v['growth'][2023])}%，远非翻一番")
    c.problem("narrative_vs_form", ["服务本市企业数量（个）", "实际服务企业数（个）"], ["3-申报书.docx", "2-申报表.xlsx"],
              "warning", f"申报书称“服务本市企业占比达80%”，申报表服务本市企业{n(k['local'])}个÷实际服务企业{n(k['served'])}个"
                         f"= {local_share:.2f}%")


# ------------------------------------------------------------------------------------------------ P4 AECC

def build_aecc(c: Ctx) -> None:
    p, k, v = c.p, c.p.k, c.p.v
    declared_int = 14.80
    p.over["平台相关研发投入强度（%）"] = (f2(declared_int), declared_int)
    docs.contact_docx(p, c.path("申报文件/附件1_联系人信息反馈表.docx", "联系人表"))
    form.write_docx(p, c.path("申报文件/附件2_申报表.docx", "申报表"))
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "form.pdf"
        form.write_pdf(p, src)
        docs.form_scan(p, src, c.path("申报文件/附件2_申报表_盖章.pdf", "申报表扫描件"), p.seed)
    chapters = [
        ("一、申报单位简介", ["中国航发商用航空发动机有限责任公司承担我国大型民用客机动力装置研制任务。"]),
        ("二、平台建设及运营情况", [
            "##（一）平台基本信息",
            f"{p.declared_name}于2019年9月启动建设，自建自运营，建设金额{f2(k['build'])}万元，是面向航空发动机研制与供应链的行业型平台。",
            "##（二）平台技术架构", "平台部署于私有云并以混合云方式向协作单位提供服务，分为接入层、数据层、模型层和应用层。",
            "##（三）平台运营情况",
            "截至2024年6月，平台连接数控机床、检测仪器等设备8,000余台（套），平台已上架工业APP逾百款，"
            "微服务400余个，服务航空零部件供应商及协作单位800余家，其中上海地区企业400余家。",
            "平台存储资源利用率已达75%，数据分析达到秒级。",
            "##（四）技术创新点总结", "平台自研研制数据贯通与供应链质量追溯技术，关键软件国产化率达90%以上。"]),
        ("三、平台应用成效", ["平台使零部件质量问题闭环周期缩短约三成，供应商交付准时率提升。"]),
        ("四、平台下一步发展计划", ["计划到2026年连接设备2万台（套），服务协作单位1,500家。"]),
        ("五、平台应用案例", ["案例1：中国航发商密网工业互联网平台——供应商质量协同",
                          "案例2：中国航发商密网工业互联网平台——装配过程数据追溯", "案例3：中国航发商密网工业互联网平台——机床远程运维"]),
        ("六、附件及其他说明材料", ["3.1 平台财务数据专项说明", "3.2 专利情况说明函（盖章）", "3.3 平台建设白皮书（节选）",
                             "3.4 设备接入清单"]),
    ]
    docs.proposal(p, c.path("申报文件/附件3_申报书.pdf", "申报书"), chapters, "pdf")
    docs.summary_xlsx(p, c.path("申报文件/附件4_汇总表.xlsx", "汇总表"))
    docs.commitment_scan(p, c.path("申报文件/附件5_真实性承诺_盖章.pdf", "承诺"), p.seed + 10)
    finance_pdf(c, "证明材料/3.1 平台财务数据专项说明.pdf", "上海华诚会计师事务所", [
        f"本说明所列数据为{p.declared_name}业务口径。2023年平台研发投入占平台营业收入的比重为12.50%。"])
    # patent letter (scan): an exact count that differs from the form
    letter_patents = 47
    rel = "证明材料/3.2 专利情况说明函（盖章）.pdf"
    docs.letter_scan(c.path(rel, "evidence:patent_list"), [
        ("title", "关于平台核心技术专利情况的说明"), ("plain", "上海市经济和信息化委员会："), ("space", 4),
        ("body", f"截至2024年6月30日，{p.declared_name}核心软硬件技术共获得授权发明专利{letter_patents}项，"
                 "专利权人均为我公司。因涉及保密要求，专利证书不逐一提供，清单可现场核查。"),
        ("body", "特此说明。"), ("space", 20), ("plain", f"{p.company}（盖章）"), ("plain", "2024年7月11日")],
        p.company, p.seed + 20, "专利情况说明")
    c.fact("平台核心软硬件技术获得的专利数量（项）", str(letter_patents), "项", letter_patents, rel, 1,
           f"共获得授权发明专利{letter_patents}项", "授权发明专利", image_only=True)
    # white paper
    rel = "证明材料/3.3 平台建设白皮书（节选）.pdf"
    office.build_pdf(c.path(rel, "evidence:other"), [
        ("title", "中国航发商密网工业互联网平台建设白皮书（节选）"),
        ("body", f"平台部署微服务{k['ms']}个，沉淀工业机理模型{k['models']}个，存储容量{f2(k['cap'])}TB，"
                 f"已存储工业数据{f2(k['data'])}TB。"),
        ("body", "平台支撑协作单位数百家开展研制协同，目标三年内实现主要供应商全覆盖。")], "白皮书节选", p.company)
    c.fact("微服务数量（个）", str(k["ms"]), "个", k["ms"], rel, 1, f"平台部署微服务{k['ms']}个", "微服务")
    c.fact("工业机理模型数量（个）", str(k["models"]), "个", k["models"], rel, 1, f"沉淀工业机理模型{k['models']}个", "工业机理模型")
    c.fact("存储容量（TB）", f2(k["cap"]), "TB", k["cap"], rel, 1, f"存储容量{f2(k['cap'])}TB", "存储容量")
    c.fact("存储工业数据量（TB）", f2(k["data"]), "TB", k["data"], rel, 1, f"已存储工业数据{f2(k['data'])}TB", "存储工业数据")
    # device list xlsx
    rel = "证明材料/3.4 设备接入清单.xlsx"
    cat_rows = [[cat, val, v["pub_cat"].get(cat, 0)] for cat, val in v["dev_cat"].items()]
    reg_rows = [[reg, val] for reg, val in v["dev_region"].items()]
    docs.list_xlsx(c.path(rel, "evidence:device_list"), [
        ("按类别", [["设备二级分类", "接入数量（台/套）", "其中公有云（台/套）"]] + cat_rows +
         [["合计", k["devices"], k["pub"]]], [20, 18, 18]),
        ("按区域", [["省市区域", "接入数量（台/套）"]] + reg_rows + [["合计", k["devices"]]], [20, 18])],
        p.company, "设备接入清单")
    c.fact("连接的工业设备/产品/产线种类及数量（台/套）", str(k["devices"]), "台/套", k["devices"], rel, 1, str(k["devices"]),
           "合计", "接入数量（台/套）")
    c.fact("公有云工业设备连接数量（台/套）", str(k["pub"]), "台/套", k["pub"], rel, 1, str(k["pub"]), "合计",
           "其中公有云（台/套）")

    c.problem("declared_vs_evidence", ["平台核心软硬件技术获得的专利数量（项）"],
              ["申报文件/附件2_申报表.docx", "证明材料/3.2 专利情况说明函（盖章）.pdf"], "error",
              f"申报表专利数量{k['patents']}项，专利情况说明函称“共获得授权发明专利{letter_patents}项”，两者不一致")
    c.problem("narrative_vs_form", ["工业APP数量（个）"], ["申报文件/附件3_申报书.pdf", "申报文件/附件2_申报表.docx"],
              "warning", f"申报书称“平台已上架工业APP逾百款”，申报表工业APP数量{k['apps']}个，“逾百”不能容纳{k['apps']}")
    c.problem("narrative_vs_form", ["存储资源利用率（%）"], ["申报文件/附件3_申报书.pdf", "申报文件/附件2_申报表.docx"],
              "warning", f"申报书称“平台存储资源利用率已达75%”，申报表存储工业数据量{f2(k['data'])}TB÷存储容量{f2(k['cap'])}TB"
                         f"= {f2(v['storage_util'])}%（申报表亦填{f2(v['storage_util'])}）")
    c.problem("formula", ["平台相关研发投入强度（%）"],
              ["申报文件/附件2_申报表.docx", "证明材料/3.1 平台财务数据专项说明.pdf"], "error",
              f"研发投入强度填报{f2(declared_int)}%，按填报指引=平台相关研发投入{n(v['rd'])}÷平台相关营业收入"
              f"{n(v['rev'][2023])}×100% = {f2(v['rd_int'])}%（财务专项说明亦写12.50%）")


PACKAGES = [
    (guangming, build_guangming, "序号31 光明乳业：干净包。申报书（PDF）与运营报告大量使用约数/限定语（约3.2万台、1.26万家与12,600家、"
     "超过1,200家、800余家、逾百款、近500个、3000+、长三角占比62%、同比增长35%、研发占比12.5%、核心模块国产化率95%、"
     "2025年目标），均与申报表一致；DOCX申报表+盖章扫描件；纵向XLSX汇总表；扫描说明函（纯图）；看板PNG。",
     ["folder", "form:docx+scan", "proposal:pdf", "summary:xlsx-vertical", "commitment:scan", "evidence_dir:证明材料",
      "prose:qualifiers", "prose:same-figure-two-forms", "prose:targets", "prose:parts", "letter:scan-image-only",
      "screenshot:png", "ip:xlsx-two-sheets"]),
    (onepower, build_onepower, "序号21 中国移动OnePower：申报书（DOCX）称服务企业“超过6,000家”（申报表4,520）、研发占比15.2%"
     "（申报表11.38）；设备说明函总数38,652与申报表36,852不一致；白皮书散文中的精确数字；含第七章。",
     ["folder", "form:docx-only", "proposal:docx", "summary:docx", "commitment:docx", "evidence_dir:附件6 证明材料",
      "prose:qualifiers", "prose:exact-in-prose", "letter:text-pdf", "section7"]),
    (sgcc, build_sgcc, "序号13 国网上海电力（区域型）：XLSX申报表+盖章扫描；申报书“约3.2万台”（27,460）、“翻一番”（+28.59%）、"
     "“本市占比80%”（54.84%）；运营报告注册企业2,846与申报表2,486不一致；横向XLSX汇总表；含第七章。",
     ["folder", "form:xlsx+scan", "proposal:docx", "summary:xlsx-horizontal", "commitment:scan",
      "evidence_dir:3-申报书附件", "prose:qualifiers", "prose:growth", "prose:share", "screenshot:png", "section7"]),
    (aecc, build_aecc, "序号32 中国航发商密网：专利说明函（扫描）47项与申报表52项不一致；申报书“逾百款”APP（86）、存储利用率"
     "“已达75%”（51.54）；研发投入强度填14.80（应为12.50，审计说明亦写12.50%）。",
     ["folder", "申报文件/+证明材料/", "form:docx+scan", "proposal:pdf", "summary:xlsx-vertical", "commitment:scan",
      "prose:qualifiers", "prose:exact-in-prose", "letter:scan-image-only", "devices:xlsx"]),
]


def build(out: Path) -> None:
    pkg_dir, truth_dir = out / "packages", out / "truth"
    for d in (pkg_dir, truth_dir):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    for make, write, description, layout in PACKAGES:
        p = make()
        c = Ctx(p, pkg_dir / p.pid)
        write(c)
        truth = PackageTruth(
            package_id=p.pid, description=description,
            path=f"eval_sets/blind/h63/packages/{p.pid}", delivery="folder",
            platform=PlatformRef(list_no=p.list_no, listed_name=p.listed_name, company=p.company,
                                 declared_name=p.declared_name, participated_2023=p.p2023),
            layout=layout, files=dict(sorted(c.files.items())), secrets=[p.account[1]],
            summary_rows=[SummaryRow(label=lab, value=val, normalized=norm) for lab, val, norm in summary_rows(p)],
            evidence_facts=[EvidenceFact(**f) for f in c.facts],
            problems=[Problem(**pr) for pr in c.problems])
        (truth_dir / f"{p.pid}.json").write_text(dump_truth(truth), encoding="utf-8")
        print(p.pid, len(c.files), "files", len(c.facts), "facts", len(c.problems), "problems")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=HERE)
    build(ap.parse_args().out)


if __name__ == "__main__":
    main()
