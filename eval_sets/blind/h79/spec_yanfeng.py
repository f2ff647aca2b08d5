"""h79_yanfeng_problems — 序号33 延锋工业互联网平台 (上海延锋金桥饰件系统有限公司, 2023参评=-): the DOCX office.

申报表, 申报书, 汇总表, 承诺 and an indicator note all DOCX; text PDFs for the audit, devices, served enterprises and
IP; PNG dashboards. Five planted problems of five families.
"""

from __future__ import annotations

import io

from eval_sets.blind.h79 import docs, evidence, forms, imaging, narrative
from eval_sets.blind.h79.model import Package, bd, split, sub_split
from eval_sets.blind.h79.texts import form_texts

PID = "h79_yanfeng_problems"
DATE = "2024年7月22日"
dev_cat = {"机器人": 3462, "轻工设备": 2846, "仪器仪表": 1536, "机床": 1204, "物流设备": 968, "动力设备": 612, "其他": 274}
dev_region = {"上海": 4628, "江苏": 1316, "浙江": 842, "湖北": 912, "吉林": 768, "辽宁": 524, "广东": 610, "重庆": 486, "四川": 318,
              "墨西哥Mexico": 286, "德国Germany": 212}
pub_cat, pub_region = sub_split(dev_cat, 3984), sub_split(dev_region, 3984)
app_cat = {"生产制造": 54, "质量管控": 48, "运维服务": 36, "供应链管理": 28, "仓储物流": 22, "节能减排": 14, "安全生产": 12,
           "研发设计": 10, "运营管理": 8}
app_ind = {"汽车": 186, "轻工": 22, "机械": 16, "其他": 8}
K = {"short": "延锋", "ind": "汽车零部件", "scene": "内饰件注塑、焊装与总成装配", "data": "注塑机、机器人与检测设备数据",
     "plan": "延锋2025数字化战略", "res_q": "模具档案1.8万套、工艺卡片4.6万份、供应商主数据3,200条",
     "edge_nodes": "64", "latency": "8毫秒", "core": "注塑工艺参数自优化与内饰件视觉检测技术",
     "open_items": "零部件质量数据、产能数据和供应商协同应用功能"}
T = form_texts(K)
T["定位"] = "面向汽车零部件行业的工业互联网平台，聚焦内饰件制造质量、产能协同与供应链透明。"
wrong_region = dict(dev_region, 江苏=1136)

P = Package(
    pid=PID, list_no=33, declared_name="延锋工业互联网平台", nature="行业型工业互联网平台",
    contact=("邵明轩", "智能制造部经理", "13916603852", "shaomx@yanfeng-jq.example.com"),
    backup=("唐悦", "平台运营工程师", "13952176403", "tangy@yanfeng-jq.example.com"),
    address="上海市浦东新区金桥出口加工区川桥路1155号研发楼2楼多功能厅", url="https://iiot.yanfeng-jq.example.com",
    account=("yf_review", "Yf#Jq2024eval"),
    company={"code": "913100006072143886", "founded": "1994年8月5日", "seat": "上海市浦东新区", "type": "有限责任公司（中外合资）",
             "capital": "36,800.00万元", "business": "汽车内饰件、座椅部件的研发、制造与销售", "legal": "王建中", "cpa": "孙海燕  许文杰",
             "holders": [("延锋汽车饰件系统有限公司", "25,760.00万元", "70.00%"), ("其他股东", "11,040.00万元", "30.00%")],
             "fin_yuan": {"营业收入": 12635208417.36, "营业收入上年": 11802264510.83, "营业成本": 10806431226.19,
                          "营业成本上年": 10126550218.42, "税金及附加": 56204318.27, "税金及附加上年": 52880416.06,
                          "销售费用": 186330215.48, "销售费用上年": 174226508.31, "管理费用": 402336158.72,
                          "管理费用上年": 388102446.95, "研发费用": 468520336.18, "研发费用上年": 432106218.54,
                          "利润总额": 702446318.26, "利润总额上年": 641220873.40, "所得税": 108336214.55,
                          "所得税上年": 96402118.37, "资产总计": 13208446172.55, "资产总计上年": 12516330418.20,
                          "负债合计": 7416338205.12, "负债合计上年": 7106224418.65, "流动资产": 7806223416.38,
                          "流动资产上年": 7402336128.10},
             "rd_years": {2021: 946.20, 2022: 1108.74, 2023: 1286.45},
             "profit_years": {2021: 602.38, 2022: 718.05, 2023: 846.18},
             "split_note": "拆分方式：平台相关营业收入为对集团内外客户提供平台订阅、工艺优化与质量数据服务取得的收入，按合同逐项归集。"},
    period=("2019.07", "2023.12"), build_amount=9800.00,
    rev={2020: 5216.40, 2021: 6038.75, 2022: 6912.30, 2023: 7864.52}, rd=1286.45, profit=846.18,
    construct="自建", operation="自运营", iaas="自建", deploy=["边缘侧", "私有云", "公有云"], team=(96, 58, 118),
    dev_cat=dev_cat, dev_region=dev_region, pub_cat=pub_cat, pub_region=pub_region,
    day_cat=sub_split(pub_cat, 2712), day_region=sub_split(pub_region, 2712),
    overseas={"墨西哥Mexico": 286, "德国Germany": 212},
    n={"工业协议兼容适配数量（个）": 126, "工业软件总量（个）": 264, "基于平台开发的工业APP数量（个）": 148,
       "云化工业软件数量（个）": 64, "工业APP平均月活跃数量（个）": 171, "杀手锏APP数量（个）": 5,
       "公有云杀手锏APP平均日在线用户数（个）": 1142, "杀手锏APP日活次数（次）": 9860, "杀手锏APP月平均收入（万元）": 24.36,
       "公有云工业APP数量（个）": 88, "平台实际用云量（台）": 168.50, "平台公有云实际使用数量（台）": 44,
       "存储容量（TB）": 1100.00, "存储工业数据量（TB）": 638.66, "公有云数据总量（TB）": 152.30,
       "活跃机理模型数量（一周调用5次以上）（个）": 104, "核心工业模型平均月调用用户数量（个）": 286, "微服务数量（个）": 936,
       "活跃微服务数量（一周调用5次以上）（个）": 482, "开发者注册总数（个）": 1860, "活跃开发者数（个）": 472,
       "注册企业用户数（个）": 2214, "付费企业数（个）": 524, "服务中小企业数量（个）": 1108, "平台交易规模年增长率（%）": 13.74,
       "工业APP订阅总数量（个）": 4126, "杀手锏工业APP订阅数量（个）": 2214, "工业APP订阅总金额（万元）": 1562.80,
       "平台连接工业设备利用率（%）": 74.18, "平台国产化率（%）": 80.60, "平台服务园区总数（个）": 7,
       "平台现有特色指数（个）": 4, "平台核心软硬件技术获得的专利数量（项）": 36, "平台核心软硬件技术获得的软著数量（个）": 42,
       "平台获得省部级及以上奖项/荣誉数量（个）": 4, "平台建设与运营带动新增就业人数（人）": 268, "平台社会贡献率（%）": 19.64,
       "合作平台数量（个）": 7},
    app_cat=app_cat, app_ind=app_ind, pub_dau_cat=split(41, app_cat), pub_dau_ind=split(41, app_ind),
    model_cat={"数据算法模型": 72, "研发仿真模型": 46, "行业机理模型": 68, "业务流程模型": 34},
    served_ind={"汽车": 1168, "轻工": 186, "机械": 164, "电子": 96, "其他": 70},
    served_region={"上海": 842, "江苏": 236, "浙江": 148, "湖北": 126, "吉林": 98, "辽宁": 64, "广东": 72, "重庆": 52, "四川": 24,
                   "墨西哥Mexico": 14, "德国Germany": 8},
    solutions={"数字化管理": 5, "平台化设计": 4, "网络化协同": 6, "智能化制造": 8, "个性化定制": 3, "服务化延伸": 2},
    orders=(15320, 16084), speed=("秒级", "秒级（每TB注塑过程数据分析约3.8秒）"),
    yes={"平台是否建立安全管理体系": "是，《延锋信息安全管理手册》（YF-ISMS-01，2020年5月）、《工业互联网平台安全管理办法》（YF-IT-024，2022年7月）",
         "有否定期开展第三方安全测试/测评": "是，每年一次（TISAX评估及等保二级测评，最近一次2023年12月）",
         "有否定期进行安全扫描": "是，每周一次",
         "企业是否已上市或已获得VC/PE投资": "否",
         "平台是否有自研形成的核心技术突破": "是，自研注塑工艺参数自优化算法，换模调机时间较人工缩短约45%",
         "平台是否具备碳管理服务能力": "否",
         "平台是否融合使用国家标识解析系统": "是，接入国家顶级节点（上海），内饰件总成标识注册量约2,400万条"},
    smart=(4, "延锋金桥内饰件智能工厂；延锋安亭座椅部件工厂；上海某汽车电子智能工厂；上海某模具智能工厂（服务内容：质量追溯与设备运维）"),
    cases=[("延锋金桥内饰件工厂", 13.40, 7.80, 15.60), ("武汉某汽车内饰企业", 11.20, 9.30, 18.90), ("长春某座椅部件企业", 15.70, 6.60, 14.10)],
    texts=T, open_data="开放API接口92个、内饰件质量数据集3个、产能共享数据服务2项",
    override={"平台相关研发投入强度（%）": ("12.86", 12.86),
              "按省市区域统计工业设备数量（台/套）": (bd(wrong_region), wrong_region)},
)
P.texts["平台获得省部级及以上奖项/荣誉数量（个）"] = (
    "共4项：上海市工业互联网标杆平台（2021年）；上海市智能工厂（2022年）；工业和信息化部智能制造优秀场景（2022年）；"
    "上海市科技进步奖三等奖（2023年）")
P.texts["介绍"] = (
    "延锋工业互联网平台由上海延锋金桥饰件系统有限公司建设运营，是面向汽车零部件行业的行业型工业互联网平台，提供注塑工艺优化、"
    "质量追溯、设备运维和供应商协同等服务。截至填表日，平台连接机器人、注塑机等设备10902台（套），上架工业APP 232个，"
    "注册企业用户2214家，主要客户为整车厂配套的内饰件、座椅部件及模具企业。")
P.texts["成效"] = (
    "平台解决了内饰件多品种小批量生产中换模调机慢、质量波动大、供应链协同弱等问题，三家典型用户设备运维成本平均下降13.43%，"
    "能耗平均下降7.90%，安全生产持续时间平均提升16.20%，带动长三角汽车零部件中小企业数字化转型。")
EVP = "延锋_附件3-"


def _narr() -> dict:
    return {
        "heading": "h2",
        "intro": ["上海延锋金桥饰件系统有限公司成立于1994年，主营汽车内饰件、座椅部件的研发制造，2023年营业收入126.35亿元。"],
        "core": ["公司平台团队154人，在注塑工艺、机器人焊装、视觉检测方面形成核心能力。"],
        "basic": ["平台于2019年7月开始建设，2023年12月完成二期，建设金额9,800.00万元，自建自运营，部署方式为边缘侧、私有云和公有云。"],
        "arch": ["平台包括边缘接入、数据中台、工艺模型库与应用层，边缘节点64个。"],
        "compare": [["2.1.1 工业设备连接/汇聚能力", "连接设备约1.1万台（套）", "同行业平台：约5,000台（套）"],
                    ["3.1.1 平台应用规模", "注册企业2,214家", "同行业平台：约1,000家"]],
        "ops": ["截至2024年6月底，平台服务企业超过2,000家，覆盖上海、江苏、浙江、湖北、吉林等地以及墨西哥、德国的海外工厂；"
                "平台连接设备约1.1万台（套），其中上海4,628台（套）。2023年平台相关营业收入7,864.52万元。"],
        "innovation": "一是注塑工艺参数自优化；二是内饰件视觉检测；三是供应商质量协同；四是海外工厂远程运维。",
        "effects": ["延锋金桥内饰件工厂年产门板、仪表板总成约120万套，通过平台接入注塑机和机器人640台（套）。"],
        "effect_summary": "以工艺模型为核心赋能汽车零部件企业，三家典型用户运维成本平均下降13.43%。",
        "plan": ["下一步将拓展新能源汽车零部件客户，建设碳管理服务能力。"],
        "cases": [("延锋工业互联网平台——内饰件注塑工艺优化", "延锋金桥内饰件工厂位于上海浦东金桥。", "平台提供注塑工艺优化与质量追溯。",
                   "运维成本下降13.40%，能耗下降7.80%，安全生产持续时间提升15.60%。"),
                  ("延锋工业互联网平台——内饰件质量协同", "该企业位于湖北武汉，为整车厂配套门板。", "平台提供供应商质量协同服务。",
                   "运维成本下降11.20%，能耗下降9.30%，安全生产持续时间提升18.90%。"),
                  ("延锋工业互联网平台——座椅部件设备运维", "该企业位于吉林长春，生产座椅骨架。", "平台提供焊装机器人远程运维。",
                   "运维成本下降15.70%，能耗下降6.60%，安全生产持续时间提升14.10%。")],
        "attachments": [("附件3-1 2023年度审计报告", "共5页"), ("附件3-2 平台接入设备明细表", "共1页"),
                        ("附件3-3 知识产权清单", "共4页"), ("附件3-4 平台运行截图", "2张"), ("附件3-5 服务企业统计表", "共1页"),
                        ("附件3-6 平台运营数据说明", "Word文档")],
    }


def render(ctx) -> None:
    proofs = {"*": "附件3-6 平台运营数据说明", "平台相关营业收入（万元）": "附件3-1 第5页", "平台相关研发投入（万元）": "附件3-1 第5页",
              "连接的工业设备/产品/产线种类及数量（台/套）": "附件3-2", "平台核心软硬件技术获得的软著数量（个）": "附件3-3"}
    ctx.add("延锋_附件1_联系人信息反馈表.docx", "联系人表", forms.contact_docx(P))
    ctx.add("延锋_附件2_申报表.docx", "申报表", docs.to_docx(forms.form_blocks(P, proofs, True, DATE), P.org))
    ctx.add("延锋_附件3_申报书.docx", "申报书", docs.to_docx(narrative.narrative_blocks(P, _narr(), DATE), P.org))
    ctx.add(EVP + "1_2023年度审计报告.pdf", "evidence:audit_report", docs.to_pdf(evidence.audit_blocks(
        P, "普华永道中天会计师事务所（特殊普通合伙）（示例）", "普华永道中天审字(2024)第2XXXX号")))
    cat, reg, ovs = evidence.device_tables(P)
    ctx.add(EVP + "2_平台接入设备明细表.pdf", "evidence:device_list", docs.to_pdf(
        [("title", "延锋工业互联网平台接入设备明细表"), ("p", "截至2024年6月30日"), ("table", cat, {"widths": [4, 4, 4.5, 4.5]}),
         ("table", reg, {"widths": [4, 4, 4.5, 4.5]}), ("table", ovs, {"widths": [8, 8]})]))
    pat = evidence.ip_rows("patent", 36, 331, P.org, "")
    sw = evidence.ip_rows("soft", 38, 332, P.org, "延锋")
    ctx.add(EVP + "3_知识产权清单.pdf", "evidence:patent_list", docs.to_pdf(
        [("title", "知识产权清单"), ("h2", "表1 专利（共36项）"), ("table", pat, {"repeat": True, "widths": [1, 6.5, 3.6, 1.5, 2.2, 2.2]}),
         ("h2", "表2 软件著作权（共38项）"), ("table", sw, {"repeat": True, "widths": [1, 6.5, 3.6, 1.5, 2.2, 2.2]})]))
    for rel, img, texts in shots():
        buf = io.BytesIO()
        img.save(buf, "PNG")
        ctx.add(rel, "evidence:screenshot", buf.getvalue(), png=texts)
    reg_rows = [["注册地", "服务企业数（家）"]] + [[k, f"{v:,}"] for k, v in P.served_region.items() if k not in P.overseas]
    reg_rows += [["境内小计", f"{sum(v for k, v in P.served_region.items() if k not in P.overseas):,}"]]
    reg_rows += [[k, str(P.served_region[k])] for k in P.overseas]
    reg_rows += [["合计", "1,684"]]
    ctx.add(EVP + "5_服务企业统计表.pdf", "evidence:other", docs.to_pdf(
        [("title", "延锋工业互联网平台服务企业统计表"), ("p", "统计口径：截至2024年6月30日使用平台服务的企业（累计）"),
         ("table", reg_rows, {"widths": [8, 8]})]))
    ctx.add(EVP + "6_平台运营数据说明.docx", "evidence:other", docs.to_docx(
        [("title", "平台运营数据说明"), ("p", "本说明对申报表中无单独证明材料的指标的统计口径进行说明：注册企业用户数取自平台用户中心，"
                                             "服务企业数为累计使用平台服务的企业数，工业APP数量取自应用市场上架且至少有1个工业企业用户的应用。")], P.org))
    rows = forms.summary_values(P, {"工业APP数量（个）": "223"})
    ctx.add("延锋_附件4_平台基本情况汇总表.docx", "汇总表", forms.summary_docx(rows, P.org))
    ctx.add("延锋_附件5_真实性承诺.docx", "承诺", docs.to_docx(forms.commitment_blocks(P, DATE), P.org))


def shots():
    a, ta = imaging.dashboard("延锋工业互联网平台 · 运营总览", [
        ("设备接入（台/套）", "10,902", ""), ("注册企业", "2,214", ""), ("工业APP", "232", ""), ("工业模型", "220", ""),
        ("微服务", "936", ""), ("开发者", "1,860", "")], seed=3311, theme="dark")
    b, tb = imaging.dashboard("应用市场", [
        ("累计订阅", "4,126", ""), ("TOP5订阅", "2,214", ""), ("订阅金额（万元）", "1,562.80", ""), ("公有云APP", "88", "")],
        seed=3312, theme="light")
    return [(EVP + "4_平台运行截图-运营总览.png", a, ta), (EVP + "4_平台运行截图-应用市场.png", b, tb)]


FORM = "延锋_附件2_申报表.docx"
PROBLEMS = [
    dict(id=f"{PID}-01-formula", family="formula", severity="error",
         fields=["平台相关研发投入强度（%）", "平台相关研发投入（万元）", "平台相关营业收入（万元）"], files=[FORM],
         description="平台相关研发投入强度（%）填报 12.86，按填报指引公式 1286.45 ÷ 7864.52 × 100% 应为 16.36"),
    dict(id=f"{PID}-02-breakdown_sum", family="breakdown_sum", severity="error",
         fields=["按省市区域统计工业设备数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"],
         files=[FORM, EVP + "2_平台接入设备明细表.pdf"],
         description="按省市区域统计工业设备数量各项之和为 10,722 台/套，与连接的工业设备总数 10,902 台/套不一致（“江苏”填 1,136，"
                     "设备明细表为 1,316）；按二级分类统计之和与总数一致"),
    dict(id=f"{PID}-03-count_vs_list", family="count_vs_list", severity="error",
         fields=["平台核心软硬件技术获得的软著数量（个）"], files=[FORM, EVP + "3_知识产权清单.pdf"],
         description="申报表填报软著数量 42 个，知识产权清单“表2 软件著作权（共38项）”只列出 38 项（专利 36 项与申报一致）"),
    dict(id=f"{PID}-04-summary_vs_form", family="summary_vs_form", severity="error",
         fields=["工业APP数量（个）"], files=["延锋_附件4_平台基本情况汇总表.docx", FORM],
         description="附件4汇总表“工业APP数量（个）”填写 223，申报表填报 232（按分类、按行业统计之和均为 232）"),
    dict(id=f"{PID}-05-narrative_vs_form", family="narrative_vs_form", severity="warning",
         fields=["实际服务企业数（个）"], files=["延锋_附件3_申报书.docx", FORM],
         description="申报书称“平台服务企业超过2,000家”，申报表填报实际服务企业数 1,684 个（注册企业用户数 2,214）"),
]
LAYOUT = ["naming:prefix-underscore", "evidence_dir:flat", "form:docx-only", "summary:docx", "commitment:docx",
          "audit_unit:元", "platform_part:专项说明(万元)", "screenshots:png", "ip:text-pdf", "served:region-subtotals",
          "headings:h2"]
DESCRIPTION = ("序号33 延锋平台，Word办公室：申报表/申报书/汇总表/承诺均为DOCX，证明材料为文本PDF与PNG截图。"
               "埋设5个问题：研发投入强度公式错、区域设备分项和不等于总数、软著数量与清单不符、汇总表工业APP数量与申报表不符、"
               "申报书服务企业“超过2,000家”与申报表不符。")


def facts() -> list[dict]:
    A = EVP + "1_2023年度审计报告.pdf"
    a = dict(file=A, anchor="拆分方式", unit="万元", column_label="2023年度")
    out = [dict(a, label="平台相关营业收入（万元）", value="7,864.52", normalized=7864.52, row_label="平台相关营业收入"),
           dict(a, label="平台近三年经营指标情况", value="6,038.75", normalized=6038.75, row_label="平台相关营业收入",
                column_label="2021年度", component="2021年平台营收（万元）"),
           dict(a, label="平台近三年经营指标情况", value="6,912.30", normalized=6912.30, row_label="平台相关营业收入",
                column_label="2022年度", component="2022年平台营收（万元）"),
           dict(a, label="平台相关研发投入（万元）", value="1,286.45", normalized=1286.45, row_label="平台相关研发投入"),
           dict(a, label="平台利润率（%）", value="846.18", normalized=846.18, row_label="平台利润总额", component="平台利润总额（万元）"),
           dict(a, label="投资回报率（%）", value="846.18", normalized=846.18, row_label="平台利润总额", component="平台年利润（万元）")]
    dv = dict(file=EVP + "2_平台接入设备明细表.pdf", unit="台/套", row_label="合计")
    out += [dict(dv, label="连接的工业设备/产品/产线种类及数量（台/套）", value="10,902", normalized=10902, column_label="接入数量（台/套）"),
            dict(dv, label="公有云工业设备连接数量（台/套）", value="3,984", normalized=3984, column_label="其中：公有云接入（台/套）"),
            dict(dv, label="公有云工业设备平均日运行数量（台/套）", value="2,712", normalized=2712, column_label="公有云日均运行（台/套）"),
            dict(dv, label="海外设备连接数量（台/套）", value="498", normalized=498, row_label="海外合计", quote="海外合计498")]
    ip = EVP + "3_知识产权清单.pdf"
    out += [dict(file=ip, label="平台核心软硬件技术获得的专利数量（项）", value="36", unit="项", normalized=36, quote="表1 专利（共36项）"),
            dict(file=ip, label="平台核心软硬件技术获得的软著数量（个）", value="38", unit="项", normalized=38, quote="表2 软件著作权（共38项）")]
    sv = EVP + "5_服务企业统计表.pdf"
    out += [dict(file=sv, label="实际服务企业数（个）", value="1,684", unit="家", normalized=1684, quote="合计1,684", row_label="合计"),
            dict(file=sv, label="服务本市企业数量（个）", value="842", unit="家", normalized=842, quote="上海842", row_label="上海")]
    s1, s2 = EVP + "4_平台运行截图-运营总览.png", EVP + "4_平台运行截图-应用市场.png"
    for f, lab, val, unit, norm, row in [
            (s1, "连接的工业设备/产品/产线种类及数量（台/套）", "10,902", "台/套", 10902, "设备接入（台/套）"),
            (s1, "注册企业用户数（个）", "2,214", "家", 2214, "注册企业"), (s1, "工业APP数量（个）", "232", "个", 232, "工业APP"),
            (s1, "工业机理模型数量（个）", "220", "个", 220, "工业模型"), (s1, "微服务数量（个）", "936", "个", 936, "微服务"),
            (s1, "开发者注册总数（个）", "1,860", "人", 1860, "开发者"), (s2, "工业APP订阅总数量（个）", "4,126", "次", 4126, "累计订阅"),
            (s2, "杀手锏工业APP订阅数量（个）", "2,214", "次", 2214, "TOP5订阅"),
            (s2, "工业APP订阅总金额（万元）", "1,562.80", "万元", 1562.8, "订阅金额（万元）"),
            (s2, "公有云工业APP数量（个）", "88", "个", 88, "公有云APP")]:
        out.append(dict(file=f, label=lab, value=val, unit=unit, normalized=norm, row_label=row, image_only=True))
    return out
