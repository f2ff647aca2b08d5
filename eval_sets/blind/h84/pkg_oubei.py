"""附件6 序号24 欧贝平台 — 欧冶工业品股份有限公司, 2023 参评 -. Five problems."""

from __future__ import annotations

from eval_sets.blind.h84 import evidence as ev
from eval_sets.blind.h84.model import c2, pct
from eval_sets.blind.h84.pkg_onepower import K as _K

PID = "h84_oubei_problems"
DESCRIPTION = ("序号24欧冶工业品欧贝平台，5个问题：2023年增长率与申报表自身给出的近三年营收不符、杀手锏工业APP订阅数量大于工业APP订阅总数量、"
               "平台建设方式勾选合作共建却未填合作企业名称（申报书写明了合作方）、申报书所述2023年平台营收与申报表不符、"
               "汇总表“工业APP数量”一栏填的是工业软件总量。XLSX申报表+盖章扫描件、扫描版审计报告（元）、横向XLSX汇总表。")
LAYOUT = ["naming:欧贝_NN_", "form:xlsx", "stamped_scan", "narrative:docx", "summary:xlsx-horizontal", "audit:scan 元 p4",
          "devices:pdf", "screenshots:png", "ip:xlsx"]

S = dict(
    seed=8424, list_no=24, listed_name="欧贝平台", company="欧冶工业品股份有限公司", declared_name="欧贝平台",
    participated_2023=False, nature="行业型工业互联网平台", short="欧贝",
    contact=("陆海峰", "数字化运营中心总监", "13901846275", "luhf@obei-mro.example.com"),
    contact2=("汤宁", "平台运营经理", "13817450926", "tangn@obei-mro.example.com"),
    address="上海市宝山区同济路1118号欧贝大厦5楼多功能厅", url="https://www.obei-mro.example.com", account="review2024",
    password="Ob!Mro#7716",
    corp=dict(code="91310113MA1G8XXXXB", founded="2020年3月", reg="上海市宝山区", type="股份有限公司（非上市）", capital="100000万元",
              business="工业品供应链服务、工业品电子商务、仓储物流", legal="李振宇", equity="欧冶云商股份有限公司等法人股东持股",
              fin=(612840.00, 1528460.30, 9.86, 61.20, 18640.50, 12086.40)),
    build=("2020.03", "2023.12"), build_amount=12800.00,
    rev={2020: 18620.50, 2021: 22406.18, 2022: 26350.72, 2023: 30184.96},
    rnd=2846.30, rnd_prev=(2412.60, 2018.45), profit=2265.40, profit_prev=(1874.12, 1502.36),
    build_mode=("合作共建", "上海宝联数智科技有限公司"), op_mode="自运营", iaas="自建", deploy=["私有云", "公有云"],
    ops=118, oper=204, qualified=186,
    dev=3862, dev_pub=2950, dev_run=2214, overseas={},
    dev_cats=["物流设备", "仪器仪表", "动力设备", "电力设备"], regions=["上海", "江苏", "浙江", "湖北", "广东", "安徽"],
    protocols=64, software=186, app=152, app_native=96, app_cloud=56, app_mau=121, killer_dau=1864, killer_hits=12430,
    killer_income=38.65, pub_app=152, pub_app_dau=74,
    app_cats=["供应链管理", "仓储物流", "运营管理", "运维服务", "质量管控"],
    industries=["黑色金属", "有色金属", "机械", "汽车", "石化化工", "其他"],
    servers=168.00, pub_servers=168, storage=960.00, data=512.40, pub_data=512.40,
    models=86, active_models=41, model_users=426, speed=("秒级", "秒级（每TB采购交易数据分析约4秒）"),
    micro=734, active_micro=402, dev_reg=1260, dev_active=318,
    reg_ent=18640, served=9852, local=1486, paid=6120, sme=7930, orders=(412600, 436820), trade_growth=14.36,
    subs=12860, killer_subs=5240, subs_amount=4862.30, util=76.40, localization=88.50, smart=4, parks=11,
    solutions={"数字化管理": 6, "网络化协同": 9, "服务化延伸": 5},
    listed=(True, "是。2021年完成B轮融资，投资方包括多家产业投资基金（详见附件）。"), cost_down=12.36, energy_down=6.48,
    safety_up=9.72, indices=3, patents=12, softcopy=46, carbon=False, idres=True, awards=4, jobs=268, social=18.52, partners=9,
)
K = dict(_K)
K.update(
    short="欧贝", industry="工业品（MRO）供应链", users="钢铁、有色、装备制造企业",
    position="面向钢铁及制造业的工业品供应链协同平台，提供采购、仓储、物流与设备备件一站式服务",
    policies=["工信部等《关于推动制造业与互联网融合发展的指导意见》：供应链协同与网络化协同方向",
              "上海市“工赋上海”三年行动计划：打造面向重点产业的供应链协同平台",
              "工业品流通：采购分散、库存高企，正向集约化、平台化、数字化转型"],
    plan="欧冶工业品“十四五”发展规划", special_plan="欧贝平台2023-2025年发展规划",
    private_note="", compute="平台服务器均部署于私有云与公有云，合计折算168台，vCPU约5400核",
    rules="《欧贝平台信息安全管理制度》（OB-XA-2020-01，2020年6月）；《平台数据分类分级管理办法》（OB-XA-2022-03，2022年9月）",
    tech="工业品主数据治理、智能寻源比价、供应链协同计划",
    benefit="平均带动用户采购效率提升32%，供应商交付准时率提升8.6个百分点",
    cost="用户采购综合成本平均下降5.2%，备件库存平均下降18.4%",
    breakthrough="自研工业品主数据智能治理引擎，对千万级SKU自动归类准确率达96%，优于行业约85%的水平。",
    carbon_text="否",
    idres_text="是。平台为工业品赋国家标识解析编码，累计注册标识约3,600万个，用于备件全流程追溯。",
    standards="参与制定团体标准2项：《工业品电子商务平台服务规范》《工业品主数据编码规则》。",
    open_data="以API接口和数据报告形式开放：开放API接口126个，工业品价格指数3项，月度行业采购报告1类",
    new_model="有。培育工业品集采集供与寄售式供应链服务新模式，为中小企业提供按需采购和库存托管服务。",
    intro="欧贝平台由欧冶工业品股份有限公司建设运营，是面向钢铁及制造业的行业型工业互联网平台。平台提供工业品寻源采购、"
          "智能仓储、物流配送、设备备件管理和供应链金融等服务，连接智能仓储与自动售货设备，服务钢铁、有色、装备制造等行业企业。",
    effect="平台解决了工业品采购分散、库存积压、交付不可控等痛点，带动用户企业采购综合成本平均下降5.2%、备件库存平均下降18.4%，"
           "累计带动新增就业268人。",
    smart_text="服务上海市级智能工厂4家，提供备件集采与库存托管服务。",
    index_text="包括欧贝工业品价格指数、MRO采购景气指数和备件周转指数。",
    award_text="包括上海市工业互联网创新发展应用示范等。",
)
T_OVERRIDE: dict = {}

WRONG_GROWTH = 17.45
REAL_GROWTH = pct(S["rev"][2023] - S["rev"][2022], S["rev"][2022])
S_DECL = dict(growth_override={2023: WRONG_GROWTH}, killer_subs=13240, build_mode=("合作共建", ""))
N = dict(
    ch1=["欧冶工业品股份有限公司成立于2020年，注册于上海市宝山区，主营工业品供应链服务。公司2023年完成工业品交易额超过百亿元，"
         "服务钢铁、有色、装备制造等行业客户。",
         "公司核心竞争力在于工业品主数据治理能力、覆盖全国的仓储物流网络和专业的供应链服务团队。"],
    position="平台定位为面向钢铁及制造业的工业品供应链协同平台。",
    mode_sentence="与上海宝联数智科技有限公司合作共建",
    rev_sentence="2023年平台相关营业收入30,814.96万元，平台相关研发投入2,846.30万元。",
    innovation="平台以工业品主数据治理为基础，打通寻源、采购、仓储、物流和结算全流程，关键技术自主可控。",
    ch3=["平台解决工业品采购分散、库存高企的问题，用户采购综合成本平均下降5.2%，备件库存平均下降18.4%。",
         "平台带动钢铁产业链上下游协同，服务工业园区11个。"],
    app_innovation="平台以寄售和库存托管模式创新工业品供应链服务，实现可持续运营。",
    ch4=["下一步，平台将建设工业品AI寻源助手、拓展海外采购服务，并深化与钢铁产业链平台的数据互通。"],
    ch5=["案例1：欧贝平台——钢铁企业备件集采与库存托管",
         "案例实际内容简介：为某钢铁企业提供备件集采与库存托管，备件库存下降21.3%，采购周期缩短40%。",
         "案例2：欧贝平台——装备制造企业智能仓储",
         "案例实际内容简介：部署智能仓储与自动售货设备126台（套），领用效率提升35%。",
         "案例3：欧贝平台——有色企业供应商协同",
         "案例实际内容简介：供应商交付准时率由86%提升至94%。"],
)
EVIDENCE_FILES = {
    "欧贝_03_证明材料/01_2023年度审计报告（扫描件）.pdf": "evidence:audit_report",
    "欧贝_03_证明材料/02_平台运营数据截图.png": "evidence:screenshot",
    "欧贝_03_证明材料/03_知识产权清单.xlsx": "evidence:patent_list",
    "欧贝_03_证明材料/04_服务企业统计.xlsx": "evidence:other",
    "欧贝_03_证明材料/05_云资源使用情况说明.pdf": "evidence:other",
    "欧贝_03_证明材料/06_荣誉清单.pdf": "evidence:award_list",
    "欧贝_03_证明材料/07_接入设备统计表.pdf": "evidence:device_list",
}
FILES = {"联系人表": "欧贝_01_联系人信息反馈表.docx", "申报表": "欧贝_02_申报表.xlsx", "申报表扫描件": "欧贝_02_申报表（盖章）.pdf",
         "申报书": "欧贝_03_申报书.docx", "汇总表": "欧贝_04_平台基本情况汇总表.xlsx", "承诺": "欧贝_05_真实性承诺.pdf"}
E = list(EVIDENCE_FILES)
FORM = FILES["申报表"]


def evidence(ctx, m):
    f = ev.audit(ctx, m, E[0], "上海立衡会计师事务所有限公司", scanned=True, yuan=True)
    f += ev.screens(ctx, m, [E[1]], [[
        ("注册企业（家）", "18,640", "注册企业用户数（个）", "家", 18640, True),
        ("服务企业（家）", "9,852", "实际服务企业数（个）", "家", 9852, True),
        ("在线工业APP", "152", "工业APP数量（个）", "个", 152, True),
        ("微服务", "734", "微服务数量（个）", "个", 734, True),
        ("今日订单", "1,268", "", "", None, False),
        ("在库SKU（万）", "86.4", "", "", None, False)]], titles=["欧贝平台 运营数据中心"])
    f += ev.ip_lists(ctx, m, E[2], as_xlsx=True)
    f += ev.enterprises_xlsx(ctx, m, E[3])
    f += ev.cloud_pdf(ctx, m, E[4])
    f += ev.awards_pdf(ctx, m, E[5])
    f += ev.devices_pdf(ctx, m, E[6])
    return f


def plant(m):
    pass  # all plants are in S_DECL (form) and N / summary_edit (other documents)


def summary_edit(m):
    m.summary_cells["工业APP数量（个）"] = m.shown["工业软件总量（个）"]  # 186 copied from the row above


PROBLEMS = [
    dict(family="growth_rate", fields=["平台近三年经营指标情况"], files=[FORM], severity="error",
         description=f"申报表“平台近三年经营指标情况”2023年增长率填报 {WRONG_GROWTH:.2f}%，由同一栏2022年营收 26350.72 万元与"
                     f"2023年营收 30184.96 万元计算应为 {REAL_GROWTH:.2f}%"),
    dict(family="subset", fields=["杀手锏工业APP订阅数量（个）", "工业APP订阅总数量（个）"], files=[FORM], severity="error",
         description="杀手锏工业APP订阅数量 13240 个大于工业APP订阅总数量 12860 个（前者是后者的“其中”项）"),
    dict(family="conditional", fields=["平台建设方式"], files=[FORM, FILES["申报书"]], severity="error",
         description="平台建设方式勾选“合作共建”，但“合作企业名称（必填）”未填写（申报书第二章写明与上海宝联数智科技有限公司合作共建）"),
    dict(family="narrative_vs_form", fields=["平台相关营业收入（万元）"], files=[FILES["申报书"], FORM], severity="warning",
         description="申报书第二章称“2023年平台相关营业收入30,814.96万元”，申报表填报平台相关营业收入 30184.96 万元（审计报告平台专项说明同为 301,849,600.00 元）"),
    dict(family="summary_vs_form", fields=["工业APP数量（个）"], files=[FILES["汇总表"], FORM], severity="error",
         description="汇总表（横向）“工业APP数量（个）”填写 186，即申报表中“工业软件总量（个）”的数值；申报表工业APP数量为 152"),
]
_ = c2
