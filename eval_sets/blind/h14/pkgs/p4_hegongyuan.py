"""h14_hegongyuan_problems — 附件6 序号26 智慧核电产业链协同工业互联网平台 / 上海核工程研究设计院股份有限公司 (是).

Planted: no 附件4 汇总表, 服务本市企业 > 实际服务企业, 运维+运营≠团队总人数, 合作共建 without partner name,
平台建设成效 > 500字, 平台公有云实际使用数量 vs 云资源清单.
"""
from __future__ import annotations

import copy

from lib import evid, forms, imgs
from lib.kit import fx, head_rows, platform_rows
from lib.model import synth
from lib.pdfdoc import FactLog, images_to_pdf
from lib.texts import base_texts, shenbaoshu_docx

PID = "h14_hegongyuan_problems"
SHORT = "核电产业链协同平台"
C = dict(
    revs={2020: 3120.45, 2021: 3846.20, 2022: 4518.76, 2023: 5362.09}, rd=986.14, profit=702.38, build=9860.00,
    team=128, ops=84, qualified=112, dev=6412,
    dev_cats={"电力设备": 34, "动力设备": 26, "仪器仪表": 22, "机床": 8, "其他": 10},
    regions={"上海": 52, "江苏": 12, "浙江": 9, "山东": 8, "辽宁": 6, "广东": 7, "四川": 6},
    pub=1860, run=1322, proto=72, app=96, app_native=58, sw=112,
    app_cats={"研发设计": 20, "质量管控": 22, "供应链管理": 24, "运维服务": 16, "安全生产": 10, "运营管理": 8},
    app_inds={"电力、热力和燃气": 55, "机械": 30, "其他": 15},
    app_mau=71, killer_dau=842, killer_times=9320, killer_rev=21.36, pub_app=34, pub_app_dau=22,
    cloud=186.50, pub_cloud=96, storage=960.00, data=588.24, pub_data=92.16,
    models=164, models_active=91, model_users=286,
    model_cats={"数据算法模型": 20, "研发仿真模型": 35, "行业机理模型": 30, "业务流程模型": 15},
    ms=742, ms_active=455, devs=2360, devs_active=684, reg=1236, served=486, paying=318, local=312, sme=296,
    served_inds={"电力、热力和燃气": 30, "机械": 45, "电子": 10, "其他": 15},
    served_regions={"上海": 0, "江苏": 30, "浙江": 20, "山东": 15, "辽宁": 10, "广东": 15, "四川": 10},
    orders=(3862, 4015), gmv={2022: 126480.00, 2023: 152306.00}, subs=1486, killer_subs=962, subs_amt=1268.45,
    dev_util=84.20, domestic=95.50, smart=2, parks=3,
    sol_mode={"数字化管理": 5, "平台化设计": 6, "网络化协同": 7, "智能化制造": 3, "个性化定制": 1, "服务化延伸": 4},
    cases=[{"om": 14.20, "energy": 4.60, "safety": 16.80}, {"om": 10.80, "energy": 3.90, "safety": 12.40},
           {"om": 12.50, "energy": 5.10, "safety": 15.20}],
    indices=2, patents=38, softc=46, awards=7, jobs=164, social_total=1612.44, avg_assets=12806.52, partners=6,
)
META = dict(
    list_no=26, company="上海核工程研究设计院股份有限公司", platform_name="智慧核电产业链协同工业互联网平台",
    platform_name_cell="智慧核电产业链协同工业互联网平台", nature="行业型工业互联网平台（核电装备）", contact="蒋志远", phone="13564218806",
    contacts=[("蒋志远", "数字化中心 主任工程师", "13564218806", "jiangzy@snerdi-dc.example.com"),
              ("秦晓雯", "数字化中心 工程师", "13918662047", "qinxw@snerdi-dc.example.com")],
    venue="上海市徐汇区虹漕路29号科研楼4楼第二会议室", venue_form="徐汇区 虹漕路 29号 科研楼4楼第二会议室",
    url="https://nuclink.snerdi.example.com", demo_user="pingshen26", demo_pwd="Nuc#Link2024",
    period="2019.07-2023.12", period_cell="2019 年 7 月至 2023 年 12 月",
    build_mode="合作共建", build_mode_cell="□自建  ☑合作共建，合作企业名称（必填）：__________________",
    op_mode="自运营", op_mode_cell="☑自运营  □联合运营  □委托运营", iaas_cell="☑自建  □租用",
    deploy="私有云、混合云", deploy_cell="□边缘侧  ☑私有云  □公有云  ☑混合云", legal_rep="郑明光", date_cn="2024年7月17日",
)
DOM = dict(
    short=SHORT, bench="某核电集团设备供应链协同平台",
    pos="面向核电装备产业链的设计—制造—运维协同平台，保障核电设备质量与供应链安全。",
    policy="1.国家能源局《“十四五”现代能源体系规划》：积极安全有序发展核电；2.上海市高端装备产业发展规划：打造核电装备产业集群；"
           "3.核电产业链：设备国产化与供应链协同、质量追溯要求高。",
    strategy="上海核工院“十四五”数字化转型规划", plan="智慧核电产业链协同平台建设方案（2021-2025）",
    other_res="汇聚核电设备供应商486家、设计文件模板2.6万份、设备质量记录（QA文件）320万份、专家资源160名。",
    edge="支持数据采集、边缘存储、协议转换、设备状态分析；边缘计算应用节点126个，最低响应时延10毫秒。其中私有化部署涉及的节点"
         "98个，部署于核电厂及制造厂内网，经隔离装置单向传输。",
    other_collect="对接设计院PDM、供应商ERP/MES及核电厂设备管理系统52套，支持API、文件、数据库同步方式采集。",
    compute="私有云CPU 3,200核、内存14TB，混合云公有区96台（折标），支持弹性扩展。",
    speed_text="秒级（每TB设备质量数据检索分析约6秒）",
    sec_rules="是，《平台网络安全管理规定》（SNERDI-XX-2020-03，2020年5月）、《平台涉密与敏感数据管理办法》（SNERDI-XX-2021-07，2021年9月）",
    vcpe="否",
    autonomy="平台底座、设计协同引擎、质量追溯与设备健康模型均为自主研发，核心软硬件国产化，自主可控。",
    benefit="3个案例平均缩短设备制造周期15%，质量问题闭环效率提升40%，带动新增就业42人。",
    cost="3个案例设备运维成本平均下降12.50%，能耗平均下降4.53%，供应链协同成本降低约9%。",
    data_value="基于核电设备全生命周期数据构建设备健康与质量预测模型，沉淀设计与制造工艺知识库，支撑知识复用。",
    supply="平台连接核电设备供应商486家，实现设计文件、制造进度、质量记录在线协同；供应商按季度评价，设备交付准时率提升至96%。",
    newtech="有。融合数字孪生（三维设计模型轻量化）、标识解析、AI质量预测与国产密码技术。",
    breakthrough="是，自研核电设备设计—制造数据贯通引擎，支持百万级设计对象协同，关键指标对标国外同类PLM系统。",
    carbon="否", idres="是，接入国家标识解析体系核电行业二级节点，设备赋码累计86万个。",
    standards="牵头能源行业标准2项、参与国家标准1项。",
    contrib="平台支撑国和一号等重大工程设备供应链协同，服务本市核电装备企业，带动长三角核电装备产业集群。",
    open_mech="是，向产业链上下游开放设计接口数据、质量记录模板与进度协同接口，按权限分级共享。",
    open_data="API接口形式开放64个；标准模板数据集形式开放2个（设计文件模板、质量记录模板）",
    cross="与集团供应链平台、核电厂设备管理平台实现数据交互。", newbiz="培育核电设备远程监造与质量追溯服务新模式。",
    smart_list=["上海电气核电设备有限公司：远程监造与质量协同", "上海第一机床厂有限公司：设备健康管理"],
    indices_list=["核电设备供应链健康指数", "核电设备质量指数"],
    awards_list=["国家级工业互联网试点示范（2022年）", "上海市工业互联网标杆平台（2023年）", "其他5项（详见证明材料）"],
    killers=[("设计协同", "设计文件在线协同", 286), ("远程监造", "制造进度与见证", 214), ("质量追溯", "QA记录追溯", 196),
             ("设备健康", "设备状态评估", 148), ("供应商门户", "供应商协同", 118)],
    domestic_text="95.50",
    intro_company=["上海核工程研究设计院股份有限公司是我国核电设计研发的骨干单位，主要从事核电站工程设计、研发与工程服务。"],
    intro_platform="平台2019年7月启动建设，合作共建、自运营，累计投入9,860.00万元，私有云+混合云部署。",
    architecture="平台由边缘层、私有云IaaS、工业PaaS（设计协同引擎、质量数据中台、模型库）与工业APP层构成。",
    advanced="平台实现核电设备设计、制造、运维全生命周期协同，支持百万级设计对象。",
    operation=["截至2024年6月，平台注册企业1,236家，服务企业486家。"],
    innovation="设计—制造数据贯通与核级质量追溯，底层自主可控。",
    effects=["平台缩短核电设备交付周期，提高质量问题闭环效率。2023年平台营收5,362.09万元，同比增长18.66%。"],
    app_innovation="远程监造与质量追溯新模式。",
    next=["推进平台在新建核电项目全面应用；", "拓展海外项目协同。"],
    s7_intro="对照2023年度申报，平台变化如下：",
    s7_rows=[("服务企业（家）", "402", "486", "新增供应商"), ("工业APP（个）", "81", "96", "新增质量追溯APP")],
    cases=[dict(title="核电产业链协同平台——主设备远程监造", company="上海电气核电设备有限公司。", platform="部署远程监造APP。",
                content="实现制造过程见证与质量记录在线化，", result="设备运维成本下降14.20%，能耗下降4.60%，安全生产持续时间提升16.80%。"),
           dict(title="核电产业链协同平台——设备健康管理", company="上海第一机床厂有限公司。", platform="部署设备健康APP。",
                content="实现设备状态监测，", result="设备运维成本下降10.80%，能耗下降3.90%，安全生产持续时间提升12.40%。"),
           dict(title="核电产业链协同平台——供应商质量协同", company="江苏某核级阀门企业。", platform="接入供应商门户与质量追溯。",
                content="实现质量记录协同，", result="设备运维成本下降12.50%，能耗下降5.10%，安全生产持续时间提升15.20%。")],
)

LONG_EFFECT = (
    "一、解决的痛难点。核电装备产业链长、供应商多、质量要求极高，长期存在设计文件版本多头流转、制造进度不透明、质量记录纸质化、"
    "设备运行数据难以反馈设计等痛点。平台通过设计协同、远程监造、质量追溯、设备健康四大能力，将设计院、主设备制造厂、"
    "核级阀门泵厂商与核电厂运维单位连接在同一协同空间，实现设计文件在线分发与版本一致、制造节点在线见证、质量记录电子化归档。"
    "二、对制造业数字化转型的带动作用。平台累计服务企业486家，其中核电装备中小供应商296家，带动其建设数字化质量体系，"
    "推动供应商质量记录电子化率由不足30%提升至85%以上；带动上海、江苏、浙江、山东、辽宁、广东、四川等地核电装备企业协同。"
    "三、经济效益。2023年平台营收5,362.09万元，同比增长18.66%；3个典型案例设备运维成本平均下降12.50%，能耗平均下降4.53%，"
    "安全生产持续时间平均提升14.80%；设备制造周期平均缩短15%。四、社会效益。平台带动新增就业164人，支撑国家重大核电工程建设，"
    "保障核电装备供应链安全稳定，提升核电设备国产化水平。五、创新效益。平台形成专利38项、软件著作权46项，牵头制定能源行业标准2项，"
    "获省部级及以上奖项7项，形成设计—制造数据贯通、核级质量追溯等自主可控核心技术，并在数字孪生、标识解析、国产密码等新技术方面"
    "形成融合应用，为核电行业工业互联网平台建设提供了可复制的经验。"
)


def model_stats_pdf(path, rel, log, E):
    ds = imgs.Dash("核电协同平台 · 模型与应用中心", "https://nuclink.snerdi.example.com/paas/model-center", theme="light", size=(1600, 900))
    ds.grid([("工业机理模型", fx("工业机理模型数量（个）", "164", 164, "个", "工业机理模型")),
             ("活跃模型(周调用≥5)", fx("活跃机理模型数量（一周调用5次以上）（个）", "91", 91, "个", "活跃模型(周调用≥5)")),
             ("核心模型月调用用户", fx("核心工业模型平均月调用用户数量（个）", "286", 286, "个", "核心模型月调用用户")),
             ("工业APP", fx("工业APP数量（个）", "96", 96, "个", "工业APP")),
             ("微服务", fx("微服务数量（个）", "742", 742, "个", "微服务")),
             ("活跃微服务", fx("活跃微服务数量（一周调用5次以上）（个）", "455", 455, "个", "活跃微服务")),
             ("合作平台", fx("合作平台数量（个）", "6", 6, "个", "合作平台")),
             ("特色指数", fx("平台现有特色指数（个）", "2", 2, "个", "特色指数"))], top=120, cols=4, h=150)
    ds.table(30, 470, ["模型分类", "数量"], [[k, str(v)] for k, v in E["model_cat"].items()], [400, 200])
    images_to_pdf(path, [ds.im], dpi=150, quality=80)
    for f in ds.facts:
        log.add(f, rel, 1, True)


def build(root):
    E = synth(404, C)
    D = copy.deepcopy(E)
    D["local"] = 512  # planted: > served 486 (served_reg keeps 上海 312)
    D["mgmt"] = E["mgmt"] - 6  # planted: 84 + 38 = 122 ≠ 128
    D["pub_cloud"] = 128  # planted: cloud list says 96
    T = base_texts(DOM, D)
    T["ovs_c"] = "无"
    log = FactLog()
    pkg = root / "packages" / PID
    pkg.mkdir(parents=True, exist_ok=True)
    meta = dict(META)
    intro = ("智慧核电产业链协同工业互联网平台由上海核工院建设，面向核电装备产业链提供设计协同、远程监造、质量追溯、设备健康管理服务，"
             "连接设备6,412台/套，工业APP 96个，服务企业486家，主要客户为核电主设备制造厂、核级阀门泵厂商及核电厂。")
    meta["basic_rows"] = [
        ("单位（企业）名称", META["company"], "单位（企业）代码", "913100001322XXXXXX"), ("成立日期", "1985-10-16", "注册地及所在行政区", "上海市徐汇区"),
        ("企业类型", "股份有限公司（非上市、国有控股）", "注册资本", "——"), ("主营业务", "核电工程设计、研发及工程服务", "法定代表人", META["legal_rep"]),
        ("联系人", META["contact"], "职务", "数字化中心主任工程师"), ("联系人手机", META["phone"], "传真", "021-64390112"), ("电子邮箱", META["contacts"][0][3], "", "")]
    meta["equity"] = [("国家电力投资集团有限公司", "——", "控股"), ("战略投资者", "——", "——")]
    meta["finance_2023"] = [("总资产（万元）", "1,286,420.18"), ("主营业务收入（万元）", "512,306.44"), ("主营业务收入增长率（%）", "6.82"),
                            ("负债率（%）", "58.14"), ("利润总额（万元）", "38,624.70"), ("税金（万元）", "21,408.36")]
    meta["platform_rows"] = platform_rows(meta, D, T, intro, LONG_EFFECT)
    A = forms.answers(D, T, numfmt="plain", bdstyle="semi", private={"dev": 4552, "models": 121})
    names = {"audit": "02证明材料/附件3-1 平台业务专项审计报告.pdf", "dev": "02证明材料/附件3-2 平台接入设备统计.pdf",
             "cloud": "02证明材料/附件3-3 云资源清单.xlsx", "model": "02证明材料/附件3-4 模型与应用中心截图.pdf",
             "ip": "02证明材料/附件3-5 知识产权清单.pdf", "award": "02证明材料/附件3-6 获奖证书.pdf", "team": "02证明材料/附件3-7 平台团队人员统计.xlsx"}
    proofs = {k: f"附件3-{n}" for n, ks in {"1": ["rev", "rd", "rd_int", "margin", "roi"], "2": ["dev", "dev_cat", "dev_reg", "pub", "pub_cat",
              "pub_reg", "run", "run_cat", "run_reg", "proto"], "3": ["cloud", "pub_cloud", "storage", "data", "pub_data", "util"],
              "4": ["models", "models_active", "model_users", "model_cat", "app", "ms", "ms_active", "partners", "indices"],
              "5": ["patents", "softc"], "6": ["awards"], "7": ["team", "ops", "mgmt", "qualified"]}.items() for k in ks}
    for n in names.values():
        (pkg / n).parent.mkdir(parents=True, exist_ok=True)
    evid.audit_pdf(pkg / names["audit"], names["audit"], log, E, META["company"], "上海众华会计师事务所（示例）", "众会字(2024)第05126号",
                   platform_unit="元", cols=("2021年度", "2022年度", "2023年度"), font="STSong-Light", company_rev="5,123,064,418.27",
                   note_title="智慧核电平台业务专项审计说明")
    evid.device_pdf(pkg / names["dev"], names["dev"], log, E, META["company"], font="STSong-Light")
    evid.cloud_xlsx(pkg / names["cloud"], names["cloud"], log, E)
    model_stats_pdf(pkg / names["model"], names["model"], log, E)
    evid.ip_pdf(pkg / names["ip"], names["ip"], log, E, META["company"], "核电", seed=41, pat_title="表1 授权专利清单（共{}项）",
                soft_title="表2 计算机软件著作权清单（共{}项）")
    evid.awards_pdf(pkg / names["award"], names["award"], log,
                    [("国家级工业互联网试点示范项目", "2022-12", "工业和信息化部"), ("上海市工业互联网标杆平台", "2023-10", "上海市经济和信息化委员会"),
                     ("能源行业信息化优秀成果", "2022-08", "国家能源局"), ("上海市科技进步奖二等奖", "2021-05", "上海市人民政府"),
                     ("电力行业数字化转型优秀案例", "2023-04", "中国电力企业联合会"), ("国防科学技术进步奖三等奖", "2020-12", "国家国防科技工业局"),
                     ("上海市优秀工业互联网解决方案", "2023-12", "上海市经济和信息化委员会")], META["company"], seed=43, font="STSong-Light")
    evid.team_xlsx(pkg / names["team"], names["team"], log, E["team"], E["ops"], E["mgmt"], E["qualified"], jobs=E["jobs"])
    roles = {"audit": "evidence:audit_report", "dev": "evidence:device_list", "cloud": "evidence:other", "model": "evidence:screenshot",
             "ip": "evidence:patent_list", "award": "evidence:award_list", "team": "evidence:other"}
    files = {n: roles[k] for k, n in names.items()}
    forms.contact_docx(pkg / "01申报材料/附件1_联系人信息反馈表.docx", meta)
    files["01申报材料/附件1_联系人信息反馈表.docx"] = "联系人表"
    FORM = "01申报材料/附件2_申报表_智慧核电产业链协同平台.docx"
    forms.form_docx(pkg / FORM, meta, A, proofs, variant="flat", font="宋体")
    files[FORM] = "申报表"
    forms.form_scan(pkg / "01申报材料/附件2_申报表_盖章.pdf", meta, A, seed=47)
    files["01申报材料/附件2_申报表_盖章.pdf"] = "申报表扫描件"
    atts = [(str(i), n.split("/", 1)[1].rsplit(".", 1)[0], "见02证明材料") for i, n in enumerate(names.values(), 1)]
    SBS = "01申报材料/附件3_申报书_智慧核电产业链协同平台.docx"
    shenbaoshu_docx(pkg / SBS, meta, D, T, DOM, attachments=atts, font="仿宋", word_headings=True)
    files[SBS] = "申报书"
    forms.commitment_scan(pkg / "01申报材料/附件5_真实性承诺.pdf", meta, seed=49)
    files["01申报材料/附件5_真实性承诺.pdf"] = "承诺"
    rows = forms.summary_rows({"head": head_rows(meta, D, T)}, D, T)
    n_effect = len(LONG_EFFECT)
    problems = [
        dict(id=f"{PID}-01-missing_file", family="missing_file", fields=["附件4 平台基本情况汇总表"], files=[], severity="error",
             description="申报材料中没有附件4 平台基本情况汇总表（通知要求电子版材料包含平台基本情况汇总表）"),
        dict(id=f"{PID}-02-subset", family="subset", fields=["服务本市企业数量（个）", "实际服务企业数（个）"], files=[FORM], severity="error",
             description="服务本市企业数量 512 个大于实际服务企业数 486 个（前者是后者的“其中”项；按省市区域统计中上海为312）"),
        dict(id=f"{PID}-03-identity", family="identity", fields=["平台团队总人数（人）", "运维人数（人）", "运营人数（人）"], files=[FORM],
             severity="error", description=f"运维人数 {D['ops']} + 运营人数 {D['mgmt']} = {D['ops'] + D['mgmt']}，与平台团队总人数 {D['team']} 不一致"
                                           "（人员统计表为运维84、运营44、合计128）"),
        dict(id=f"{PID}-04-conditional", family="conditional", fields=["平台建设方式"], files=[FORM], severity="error",
             description="平台建设方式勾选“合作共建”，但合作企业名称（必填）未填写"),
        dict(id=f"{PID}-05-char_limit", family="char_limit", fields=["平台建设成效"], files=[FORM], severity="warning",
             description=f"申报表“平台建设成效”共约 {n_effect} 字，超过“500 字以内”的要求"),
        dict(id=f"{PID}-06-declared_vs_evidence", family="declared_vs_evidence", fields=["平台公有云实际使用数量（台）"],
             files=[FORM, names["cloud"]], severity="error",
             description="申报表填报平台公有云实际使用数量 128 台，云资源清单“公有云小计”为 96（折合标准台）"),
    ]
    return dict(
        package_id=PID,
        description="序号26 上海核工院：无附件4汇总表；申报表DOCX为“序号|三级指标|内容|证明资料|平台实际情况”扁平列，分项以“；”分隔，设备与模型为私有化格式；"
                    "专项审计报告附注平台口径（元，年份列+同比列）；设备统计多级表头；云资源XLSX；模型与应用中心截图为纯图PDF；01申报材料/02证明材料两级目录。",
        path=f"packages/{PID}", delivery="folder",
        platform=dict(list_no=26, listed_name="智慧核电产业链协同工业互联网平台", company=META["company"], declared_name=META["platform_name"],
                      participated_2023=True),
        layout=["evidence_dir:02证明材料", "form_dir:01申报材料", "columns:seq+l3+content+proof+actual", "breakdown:semicolon",
                "private_format", "audit_unit:元", "commitment:scan", "stamped_scan", "screenshots:pdf-image", "cloud_list:xlsx",
                "missing:附件4"],
        files=files, secrets=[META["demo_pwd"]], summary_rows=rows, evidence_facts=log.facts, problems=problems,
    )
