"""h14_zhijing_problems — 附件6 序号19 “飞梭智纺”纺织工业互联网平台 / 上海致景信息科技有限公司 (是).

Planted: no 第七章, 服务企业区域分布之和≠实际服务企业数, 活跃开发者 screenshot vs form, 平台利润率 formula,
工业APP行业分类“纺织服装”(not 附录C), 通用建模分析算法 answered “提供”.
"""
from __future__ import annotations

import copy

from lib import evid, forms, imgs
from lib.kit import fx, head_rows, platform_rows
from lib.model import synth
from lib.pdfdoc import FactLog
from lib.texts import base_texts, shenbaoshu_docx

PID = "h14_zhijing_problems"
SHORT = "飞梭智纺"
C = dict(
    revs={2020: 9860.12, 2021: 12436.75, 2022: 14902.38, 2023: 17285.64}, rd=2416.90, profit=2038.46, build=15600.00,
    team=264, ops=171, qualified=183, dev=412680,
    dev_cats={"轻工设备": 88, "动力设备": 5, "仪器仪表": 4, "物流设备": 3},
    regions={"浙江": 38, "江苏": 22, "福建": 14, "广东": 10, "山东": 6, "上海": 3, "河南": 4, "宁波": 2.5, "越南Vietnam": 0.5},
    pub=398450, run=301276, proto=64, app=142, app_native=96, sw=158,
    app_cats={"生产制造": 32, "供应链管理": 24, "质量管控": 14, "运营管理": 14, "仓储物流": 9, "运维服务": 7},
    app_inds={"纺织": 82, "轻工": 10, "其他": 8},
    app_mau=118, killer_dau=46820, killer_times=512300, killer_rev=186.42, pub_app=138, pub_app_dau=97,
    cloud=486.00, pub_cloud=486, storage=2400.00, data=1562.35, pub_data=1562.35,
    models=256, models_active=164, model_users=3860,
    model_cats={"数据算法模型": 45, "研发仿真模型": 10, "行业机理模型": 35, "业务流程模型": 10},
    ms=1320, ms_active=806, devs=6480, devs_active=2863, reg=13620, served=11248, paying=4826, local=386, sme=10862,
    served_inds={"纺织": 92, "轻工": 5, "其他": 3},
    served_regions={"上海": 0, "浙江": 40, "江苏": 24, "福建": 14, "广东": 10, "山东": 6, "河南": 4, "宁波": 2},
    orders=(426580, 451236), gmv={2022: 1864200.00, 2023: 2236850.00}, subs=28640, killer_subs=21380, subs_amt=5862.40,
    dev_util=73.02, domestic=91.00, smart=1, parks=23,
    sol_mode={"数字化管理": 6, "平台化设计": 2, "网络化协同": 7, "智能化制造": 5, "个性化定制": 4, "服务化延伸": 3},
    cases=[{"om": 11.40, "energy": 6.30, "safety": 8.50}, {"om": 13.80, "energy": 8.90, "safety": 9.70},
           {"om": 9.60, "energy": 5.20, "safety": 7.30}],
    indices=3, patents=26, softc=88, awards=6, jobs=1240, social_total=4862.10, avg_assets=28416.33, partners=14,
)
META = dict(
    list_no=19, company="上海致景信息科技有限公司", platform_name="“飞梭智纺”纺织工业互联网平台",
    platform_name_cell="“飞梭智纺”纺织工业互联网平台", nature="行业型工业互联网平台（纺织）", contact="林嘉豪", phone="13918547763",
    contacts=[("林嘉豪", "政府事务总监", "13918547763", "linjh@zhijing-tex.example.com"),
              ("吴倩", "政府事务经理", "13661937208", "wuqian@zhijing-tex.example.com")],
    venue="上海市长宁区临虹路289号A座5楼致景会议中心", venue_form="长宁区 临虹路 289号 A座5楼致景会议中心",
    url="https://fs.zhijing-tex.example.com", demo_user="review19", demo_pwd="FeiSuo@2024",
    period="2018.03-2023.12", period_cell="2018 年 3 月至 2023 年 12 月", build_mode="自建", build_mode_cell="☑自建  □合作共建",
    op_mode="自运营", op_mode_cell="☑自运营  □联合运营  □委托运营", iaas_cell="□自建  ☑租用，服务商名称（必填）：华为云计算技术有限公司",
    deploy="边缘侧、公有云", deploy_cell="☑边缘侧  □私有云  ☑公有云  □混合云", legal_rep="易联", date_cn="2024年7月20日",
)
DOM = dict(
    short=SHORT, bench="某纺织产业互联网平台",
    pos="面向中小纺织织造企业的产能共享与数字化工厂平台，连接织机、订单与供应链。",
    policy="1.工业和信息化部等《纺织工业数字化转型三年行动计划》：推进纺织产能共享平台；2.上海市“工赋上海”行动计划：支持行业级平台；"
           "3.纺织行业：中小织造厂数字化水平低、订单碎片化，柔性快反为趋势。",
    strategy="致景科技2022-2026年发展战略", plan="飞梭智纺平台2023-2025年发展规划",
    other_res="汇聚纱线、坯布供应商2.1万家、面料SKU 86万个、印染厂1,260家、物流运力资源3,400车，形成纺织全链条资源池。",
    edge="支持织机数据采集、边缘存储、断网续传、布面瑕疵AI识别；边缘计算应用节点18,600个（织机数采盒集群网关），最低响应时延15毫秒。",
    other_collect="对接织造厂ERP、印染MES、物流TMS等系统1,420套，支持API与文件采集，日均采集订单与生产记录约2,600万条。",
    compute="华为云公有云弹性云服务器486台（折标），vCPU约7,800核，支持按需弹性扩容。",
    speed_text="秒级（每TB织机时序数据统计分析约2.8秒）",
    sec_rules="是，《飞梭智纺平台网络安全管理制度》（ZJ-SEC-01，2021年1月）、《平台数据分类分级及保护规范》（ZJ-SEC-04，2022年9月）",
    vcpe="是，公司已完成多轮VC/PE股权融资（融资情况见工商登记及股东名册）",
    autonomy="织机数采盒固件、产能调度算法、布面瑕疵识别模型、订单撮合引擎为自主研发，自主可控。",
    benefit="3个案例平均带动织造厂产能利用率提升18%，订单交付周期缩短30%，单厂平均增收约12%。",
    cost="3个案例设备运维成本平均下降11.60%，单位产品能耗平均下降6.80%，用工成本平均下降15%。",
    data_value="基于40余万台织机实时数据，构建产能热力图与面料需求预测模型，形成织造工艺参数知识库1.6万条，支撑订单智能分配与工艺复用。",
    supply="平台向上连接纱线供应商2.1万家，向下连接服装品牌与贸易商；通过产能共享与订单智能分配，平均订单交付周期由25天缩短至17天，"
           "纱线集采降低采购成本约5%，坯布库存周转提升约30%。",
    newtech="有。应用AI视觉实现布面瑕疵检测，识别准确率95%；融合边缘计算与5G；探索纺织大模型用于工艺问答。",
    breakthrough="是，自研低成本织机数采盒，单台成本约为同类产品的三分之一；产能调度算法在10万级设备规模下分钟级完成全局优化。",
    carbon="是，提供碳排放核算与碳足迹服务，服务织造、印染企业126家，输出单位面料碳排放报告。",
    idres="是，建设纺织行业标识解析二级节点，标识注册量累计2.4亿条，实现坯布“一匹一码”追溯。",
    standards="参与国家标准1项、行业标准2项，如行业标准《纺织行业工业互联网平台 数据采集规范》。",
    contrib="平台服务福建、浙江、江苏、广东等纺织产业集群，带动中小织造企业数字化转型，服务本市企业386家。",
    open_mech="是，建立产能共享与数据开放机制，向品牌商开放产能与交期数据，向织造厂开放订单需求数据。",
    open_data="API接口形式开放98个；行业数据集形式开放4个（产能指数、坯布价格等）；数据报告按周发布",
    cross="与纺织产业集群公共服务平台、物流平台、金融机构实现系统对接，支持跨平台订单与结算。",
    newbiz="培育纺织产能共享新模式与“云工厂”新业态，2023年产能共享订单占比61%。",
    smart_list=["上海某服饰辅料智能工厂：订单协同与产能调度"],
    indices_list=["中国织机开机率指数", "坯布价格指数", "纺织产能景气指数"],
    awards_list=["工业和信息化部跨行业跨领域工业互联网平台（2023年）", "上海市工业互联网标杆平台（2022年）", "其他4项（详见附件）"],
    killers=[("织机数采管理", "织机实时监控", 6240), ("云工厂ERP", "织造厂经营管理", 5318), ("智能排产", "订单排产", 4106),
             ("布面瑕疵检测", "AI质检", 3224), ("纱线集采", "原料采购", 2492)],
    domestic_text="91.00",
    intro_company=["上海致景信息科技有限公司成立于2013年，聚焦纺织行业数字化，旗下“飞梭智纺”平台连接全国织造企业，业务覆盖纺织主要产业集群。",
                   "公司现有员工2,000余人，其中平台团队264人。"],
    intro_platform="平台2018年3月启动建设，自建、自运营，累计投入15,600.00万元，采用边缘侧+公有云部署（华为云），面向纺织织造、印染、服装全链条。",
    architecture="边缘层为织机数采盒与网关；IaaS层租用华为云；PaaS层包括IoT平台、数据中台、算法平台与微服务治理；SaaS层提供云工厂ERP、智能排产等工业APP。",
    advanced="与同类平台相比，本平台连接织机规模全国领先，数采盒成本低，产能调度算法可支撑十万级设备。",
    operation=["截至2024年6月，平台连接织机等设备41.27万台，注册企业13,620家，实际服务企业11,248家，付费企业4,826家。"],
    innovation="低成本数采+产能共享调度+AI质检，形成纺织行业“云工厂”模式。",
    effects=["平台帮助中小织造厂提升设备利用率、缩短交期，2023年平台业务收入17,285.64万元，同比增长15.99%。"],
    app_innovation="产能共享与云工厂模式创新，实现平台可持续发展。",
    next=["推广纺织大模型；", "拓展海外东南亚市场；", "完善碳足迹服务。"],
    s7_intro="", s7_rows=[],
    cases=[dict(title="飞梭智纺——织造厂数字化云工厂", company="福建长乐某织造企业，织机860台。", platform="部署数采盒与云工厂ERP。",
                content="实现织机联网与订单排产，", result="设备运维成本下降11.40%，能耗下降6.30%，安全生产持续时间提升8.50%。"),
           dict(title="飞梭智纺——产能共享订单协同", company="浙江绍兴某纺织集团。", platform="接入产能共享与智能排产。",
                content="实现跨厂订单分配，", result="设备运维成本下降13.80%，能耗下降8.90%，安全生产持续时间提升9.70%。"),
           dict(title="飞梭智纺——AI布面质检", company="江苏吴江某织造企业。", platform="部署布面瑕疵检测APP。",
                content="实现在线AI质检，", result="设备运维成本下降9.60%，能耗下降5.20%，安全生产持续时间提升7.30%。")],
)


def dashboard_png(path, rel, log, E):
    ds = imgs.Dash("飞梭智纺 · 产业大脑", "https://fs.zhijing-tex.example.com/brain", theme="dark", size=(1680, 980))
    ds.stamp_time("2024-06-30 18:02:11")
    ds.grid([("联网设备(台/套)", fx("连接的工业设备/产品/产线种类及数量（台/套）", "412,680", 412680, "台/套", "联网设备")),
             ("日均在线(台)", fx("公有云工业设备平均日运行数量（台/套）", "301,276", 301276, "台", "日均在线")),
             ("入驻企业(家)", fx("注册企业用户数（个）", "13,620", 13620, "家", "入驻企业")),
             ("服务企业(家)", fx("实际服务企业数（个）", "11,248", 11248, "家", "服务企业")),
             ("付费企业(家)", fx("付费企业数（个）", "4,826", 4826, "家", "付费企业")),
             ("上架APP(个)", fx("工业APP数量（个）", "142", 142, "个", "上架APP")),
             ("机理模型(个)", fx("工业机理模型数量（个）", "256", 256, "个", "机理模型")),
             ("解决方案(个)", fx("平台提供的解决方案总数（个）", "27", 27, "个", "解决方案"))], top=120, cols=4, h=150)
    ds.bars((30, 480, 1650, 950), ["浙江", "江苏", "福建", "广东", "山东", "河南", "上海"],
            [E["dev_reg"][k] for k in ["浙江", "江苏", "福建", "广东", "山东", "河南", "上海"]], title="织机区域分布（台）")
    ds.im.save(path)
    for f in ds.facts:
        log.add(f, rel, 1, True)


def devportal_png(path, rel, log):
    ds = imgs.Dash("飞梭开放平台 · 开发者中心", "https://open.zhijing-tex.example.com/developer/stat", theme="light", size=(1440, 760))
    ds.grid([("注册开发者", fx("开发者注册总数（个）", "6,480", 6480, "个", "注册开发者")),
             ("活跃开发者（月）", fx("活跃开发者数（个）", "1,863", 1863, "个", "活跃开发者（月）")),
             ("微服务", fx("微服务数量（个）", "1,320", 1320, "个", "微服务")),
             ("API 调用量（日均）", "2,186万次")], top=120, cols=4, h=150)
    ds.table(30, 320, ["月份", "活跃开发者", "新增开发者"], [["2024-04", "1,842", "212"], ["2024-05", "1,876", "198"],
                                                     ["2024-06", "1,863", "205"]], [300, 300, 300])
    ds.im.save(path)
    for f in ds.facts:
        log.add(f, rel, 1, True)


def build(root):
    E = synth(303, C)
    D = copy.deepcopy(E)
    D["margin"] = 15.80  # planted: 2038.46 / 17285.64 = 11.79
    sr = dict(D["served_reg"])
    sr["浙江"] -= 120  # planted: region sum 11,128 ≠ 11,248
    D["served_reg"] = sr
    ai = {("纺织服装" if k == "纺织" else k): v for k, v in D["app_ind"].items()}  # planted: not an 附录C category
    D["app_ind"] = ai
    T = base_texts(DOM, D)
    T["general_algo"] = "提供"  # planted answer format
    log = FactLog()
    pkg = root / "packages" / PID
    pkg.mkdir(parents=True, exist_ok=True)
    meta = dict(META)
    intro = ("“飞梭智纺”是致景科技打造的纺织行业工业互联网平台，连接织机41.27万台，服务织造、印染、服装企业11,248家，"
             "提供织机数采、云工厂ERP、智能排产、产能共享、纱线集采等服务，主要客户为福建、浙江、江苏等产业集群中小织造厂。")
    effect = ("平台提升织造厂设备利用率与订单交付效率，设备运维成本平均下降11.60%，能耗平均下降6.80%，带动新增就业1,240人，"
              "培育纺织产能共享新模式。")
    meta["basic_rows"] = [
        ("单位（企业）名称", META["company"], "单位（企业）代码", "91310105MA1FXXXXXX"), ("成立日期", "2013-08-26", "注册地及所在行政区", "上海市长宁区"),
        ("企业类型", "有限责任公司（外商投资企业与内资合资）", "注册资本", "3,568.21万元"), ("主营业务", "纺织产业互联网平台及服务", "法定代表人", META["legal_rep"]),
        ("联系人", META["contact"], "职务", "政府事务总监"), ("联系人手机", META["phone"], "传真", "——"), ("电子邮箱", META["contacts"][0][3], "", "")]
    meta["equity"] = [("创始团队持股平台", "——", "38.6%"), ("机构投资者合计", "——", "61.4%")]
    meta["finance_2023"] = [("总资产（万元）", "312,845.60"), ("主营业务收入（万元）", "186,420.35"), ("主营业务收入增长率（%）", "14.26"),
                            ("负债率（%）", "41.08"), ("利润总额（万元）", "6,218.40"), ("税金（万元）", "3,862.17")]
    meta["platform_rows"] = platform_rows(meta, D, T, intro, effect)
    A = forms.answers(D, T, numfmt="sep", bdstyle="lines", unit_suffix=True)
    names = {"audit": "证明材料/01 审计报告（扫描件）.pdf", "dev": "证明材料/02 织机及设备接入统计表.pdf", "dash": "证明材料/03 产业大脑截图.png",
             "devp": "证明材料/04 开发者中心截图.png", "cloud": "证明材料/05 华为云资源清单.xlsx", "ip": "证明材料/06 知识产权清单.pdf",
             "award": "证明材料/07 荣誉证书.pdf", "team": "证明材料/08 平台人员情况.xlsx"}
    proofs = {k: f"证明材料{n}" for n, ks in {"01": ["rev", "rd", "rd_int", "margin", "roi"], "02": ["dev", "dev_cat", "dev_reg", "pub", "pub_cat",
              "pub_reg", "run", "run_cat", "run_reg", "ovs", "ovs_c", "proto"], "03": ["reg", "served", "paying", "app", "models", "solutions"],
              "04": ["devs", "devs_active", "ms"], "05": ["cloud", "pub_cloud", "storage", "data", "pub_data"], "06": ["patents", "softc"],
              "07": ["awards"], "08": ["team", "ops", "mgmt", "qualified"]}.items() for k in ks}
    for n in names.values():
        (pkg / n).parent.mkdir(parents=True, exist_ok=True)
    evid.audit_pdf(pkg / names["audit"], names["audit"], log, E, META["company"], "上海立本会计师事务所有限公司（示例）",
                   "立本审字[2024]第0719号", platform_unit="元", cols=("2021年", "2022年", "2023年"), font="STSong-Light", scan=True,
                   seed=31, company_rev="1,864,203,518.62", note_title="飞梭智纺平台业务收入明细")
    evid.device_pdf(pkg / names["dev"], names["dev"], log, E, META["company"], font="WQY", title="飞梭智纺平台织机及设备接入统计表")
    dashboard_png(pkg / names["dash"], names["dash"], log, E)
    devportal_png(pkg / names["devp"], names["devp"], log)
    evid.cloud_xlsx(pkg / names["cloud"], names["cloud"], log, E)
    evid.ip_pdf(pkg / names["ip"], names["ip"], log, E, META["company"], "纺织", seed=33, font="WQY",
                pat_title="一、授权专利（共{}项）", soft_title="二、软件著作权（共{}项）")
    evid.awards_pdf(pkg / names["award"], names["award"], log,
                    [("跨行业跨领域工业互联网平台", "2023-09", "工业和信息化部"), ("上海市工业互联网标杆平台", "2022-11", "上海市经济和信息化委员会"),
                     ("纺织行业数字化转型优秀平台", "2023-05", "工业和信息化部消费品工业司"), ("上海市专精特新企业", "2021-10", "上海市经济和信息化委员会"),
                     ("中国纺织工业联合会科学技术奖一等奖", "2022-12", "中国纺织工业联合会"), ("上海市软件企业核心竞争力评价（创新型）", "2023-07", "上海市软件行业协会")],
                    META["company"], seed=35, font="STSong-Light")
    evid.team_xlsx(pkg / names["team"], names["team"], log, E["team"], E["ops"], E["mgmt"], E["qualified"])
    roles = {"audit": "evidence:audit_report", "dev": "evidence:device_list", "dash": "evidence:screenshot", "devp": "evidence:screenshot",
             "cloud": "evidence:other", "ip": "evidence:patent_list", "award": "evidence:award_list", "team": "evidence:other"}
    files = {n: roles[k] for k, n in names.items()}
    forms.contact_docx(pkg / "申报材料/1-联系人信息反馈表.docx", meta)
    files["申报材料/1-联系人信息反馈表.docx"] = "联系人表"
    forms.form_docx(pkg / "申报材料/2-申报表.docx", meta, A, proofs, variant="levels", font="宋体")
    files["申报材料/2-申报表.docx"] = "申报表"
    forms.form_scan(pkg / "申报材料/2-申报表（扫描盖章）.pdf", meta, A, seed=37)
    files["申报材料/2-申报表（扫描盖章）.pdf"] = "申报表扫描件"
    atts = [(str(i), n.split("/", 1)[1].rsplit(".", 1)[0], "证明材料文件夹") for i, n in enumerate(names.values(), 1)]
    shenbaoshu_docx(pkg / "申报材料/3-申报书.docx", meta, D, T, DOM, with_s7=False, attachments=atts, font="仿宋")
    files["申报材料/3-申报书.docx"] = "申报书"
    rows = forms.summary_rows({"head": head_rows(meta, D, T)}, D, T)
    forms.summary_docx(pkg / "申报材料/4-平台基本情况汇总表.docx", rows, META["company"])
    files["申报材料/4-平台基本情况汇总表.docx"] = "汇总表"
    forms.commitment_docx(pkg / "申报材料/5-真实性承诺.docx", meta)
    files["申报材料/5-真实性承诺.docx"] = "承诺"
    F = "申报材料/2-申报表.docx"
    sr_sum = sum(D["served_reg"].values())
    problems = [
        dict(id=f"{PID}-01-section7", family="section7", fields=["七、平台相较上年度对比情况"], files=["申报材料/3-申报书.docx"], severity="error",
             description="申报书只有一至六章，缺少“七、平台相较上年度对比情况”；附件6序号19 2023年度参评为“是”，该章为必填"),
        dict(id=f"{PID}-02-breakdown_sum", family="breakdown_sum", fields=["按省市区域统计服务企业数（个）", "实际服务企业数（个）"], files=[F],
             severity="error", description=f"按省市区域统计服务企业数各项之和为 {sr_sum:,}，与实际服务企业数 11,248 不一致（浙江一项少计120）"),
        dict(id=f"{PID}-03-screenshot_vs_form", family="screenshot_vs_form", fields=["活跃开发者数（个）"], files=[names["devp"], F],
             severity="warning", description="开发者中心截图“活跃开发者（月）1,863”，申报表填报活跃开发者数 2,863 个"),
        dict(id=f"{PID}-04-formula", family="formula", fields=["平台利润率（%）", "平台相关营业收入（万元）"], files=[F, names["audit"]],
             severity="error", description=f"平台利润率填报 15.80%，按审计报告平台利润总额 2,038.46 万元 ÷ 平台营业收入 17,285.64 万元 × 100% 应为 "
                                           f"{E['margin']:.2f}%"),
        dict(id=f"{PID}-05-invalid_category", family="invalid_category", fields=["按行业统计工业APP数量（个）"], files=[F], severity="error",
             description=f"按行业统计工业APP数量使用“纺织服装：{ai['纺织服装']}”，不是附录C的行业分类（应为“纺织”）"),
        dict(id=f"{PID}-06-answer_format", family="answer_format", fields=["是否提供通用建模分析算法"], files=[F], severity="warning",
             description="“是否提供通用建模分析算法”填写“提供”，填报指引要求填写“是/否”"),
    ]
    return dict(
        package_id=PID,
        description="序号19 飞梭智纺：申报表DOCX（数字带千分位与单位后缀、分项逐行书写）+扫描盖章；审计报告为扫描件（附注平台收入明细，元，年份列+同比列）；"
                    "设备统计PDF多级表头；产业大脑与开发者中心PNG截图；华为云资源XLSX；申报材料/与证明材料/两个文件夹；承诺为DOCX。",
        path=f"packages/{PID}", delivery="folder",
        platform=dict(list_no=19, listed_name="“飞梭智纺”纺织工业互联网平台", company=META["company"], declared_name=META["platform_name"],
                      participated_2023=True),
        layout=["evidence_dir:证明材料", "form_dir:申报材料", "columns:levels+content+actual+proof", "unit_suffix", "breakdown:lines",
                "summary:docx", "commitment:docx", "stamped_scan", "audit:scan", "audit_unit:元", "screenshots:png", "cloud_list:xlsx"],
        files=files, secrets=[META["demo_pwd"]], summary_rows=rows, evidence_facts=log.facts, problems=problems,
    )
