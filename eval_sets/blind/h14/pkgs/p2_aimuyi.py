"""h14_aimuyi_clean — 附件6 序号7 面向制造业供应链协同的智能交易工业互联网平台 / 上海爱姆意机电设备连锁有限公司 (是).

Clean package: everything consistent, with legitimate things a careless tool might flag.
"""
from __future__ import annotations

import copy

from lib import evid, forms, imgs
from lib.kit import fx, head_rows, platform_rows
from lib.model import m2s, sep, synth
from lib.pdfdoc import Doc, FactLog, images_to_pdf
from lib.texts import base_texts, shenbaoshu_docx

PID = "h14_aimuyi_clean"
SHORT = "爱姆意智能交易平台"
C = dict(
    revs={2020: 5120.66, 2021: 6034.18, 2022: 7265.40, 2023: 8427.93}, rd=1126.37, profit=968.52, build=7650.00,
    team=142, ops=78, qualified=97, dev=9684,
    dev_cats={"机床": 30, "物流设备": 24, "动力设备": 16, "电工、电子设备": 14, "仪器仪表": 10, "机器人": 6},
    regions={"上海": 40, "江苏": 18, "浙江": 10, "宁波": 5, "安徽": 8, "山东": 6, "广东": 7, "湖北": 4, "德国Germany": 1.2,
             "越南Vietnam": 1.0},
    pub=8126, run=6338, proto=96, app=188, app_native=121, sw=205,
    app_cats={"供应链管理": 30, "仓储物流": 20, "运营管理": 16, "运维服务": 14, "质量管控": 10, "生产制造": 10},
    app_inds={"机械": 40, "汽车": 20, "电子": 15, "家电": 10, "轻工": 8, "电力、热力和燃气": 7},
    app_mau=152, killer_dau=3412, killer_times=41860, killer_rev=58.64, pub_app=171, pub_app_dau=104,
    cloud=142.50, pub_cloud=118, storage=420.00, data=268.45, pub_data=231.60,
    models=138, models_active=87, model_users=364,
    model_cats={"数据算法模型": 40, "研发仿真模型": 5, "行业机理模型": 30, "业务流程模型": 25},
    ms=624, ms_active=398, devs=11986, devs_active=2742, reg=21368, served=6842, paying=2315, local=2960, sme=5894,
    served_inds={"机械": 35, "汽车": 18, "电子": 14, "家电": 8, "轻工": 10, "电力、热力和燃气": 5, "其他": 10},
    served_regions={"上海": 0, "江苏": 30, "浙江": 18, "宁波": 6, "安徽": 14, "山东": 10, "广东": 12, "湖北": 6,
                    "德国Germany": 1.1, "越南Vietnam": 1.5},
    orders=(186420, 194375), gmv={2022: 312600.00, 2023: 368430.00}, subs=9215, killer_subs=5264, subs_amt=3386.20,
    dev_util=78.65, domestic=86.00, smart=4, parks=12,
    sol_mode={"数字化管理": 8, "平台化设计": 1, "网络化协同": 12, "智能化制造": 4, "个性化定制": 3, "服务化延伸": 6},
    cases=[{"om": 12.60, "energy": 5.40, "safety": 10.20}, {"om": 18.30, "energy": 7.10, "safety": 14.60},
           {"om": 15.90, "energy": 6.20, "safety": 12.80}],
    indices=5, patents=18, softc=64, awards=5, jobs=268, social_total=2148.36, avg_assets=9864.25, partners=11,
)

META = dict(
    list_no=7, company="上海爱姆意机电设备连锁有限公司", platform_name="面向制造业供应链协同的智能交易工业互联网平台",
    platform_name_cell="面向制造业供应链协同的智能交易工业互联网平台", nature="综合型工业互联网平台（供应链协同方向）",
    contact="陈立伟", phone="13901862275",
    contacts=[("陈立伟", "平台事业部总监", "13901862275", "chenlw@aimuyi.example.com"),
              ("徐敏", "平台事业部经理", "13764081539", "xumin@aimuyi.example.com")],
    venue="上海市普陀区真北路915号爱姆意大厦7楼多功能厅", venue_form="普陀区 真北路 915号 爱姆意大厦7楼多功能厅",
    url="https://www.aimuyi-mall.example.com", demo_user="shjxw_eval", demo_pwd="Amy2024!eval",
    period="2017.09-2023.12", period_cell="2017年9月至2023年12月",
    build_mode="合作共建，上海智链云数字科技有限公司", build_mode_cell="□自建  ☑合作共建，合作企业名称（必填）：上海智链云数字科技有限公司",
    op_mode="联合运营", op_mode_cell="□自运营  ☑联合运营  □委托运营",
    iaas_cell="□自建  ☑租用，服务商名称（必填）：阿里云计算有限公司",
    deploy="边缘侧、公有云、混合云", deploy_cell="☑边缘侧  □私有云  ☑公有云  ☑混合云", legal_rep="王建国", date_cn="2024年7月18日",
)

DOM = dict(
    short=SHORT, bench="某国内头部工业品电商平台",
    pos="面向离散制造业的MRO工业品与机电设备供应链协同及智能交易平台，打通“交易—仓配—设备服务”。",
    policy="1.工业和信息化部等《关于推动工业互联网加快发展的通知》：推动供应链协同平台建设；2.上海市“工赋上海”三年行动计划"
           "（2023-2025年）：培育供应链协同类平台；3.MRO工业品采购线上化率持续提升，集采与数字化协同成为趋势。",
    strategy="爱姆意集团2021-2025年数字化发展战略", plan="智能交易工业互联网平台建设与运营专项规划（2022-2025）",
    other_res="汇聚工业品SKU 186万个、品牌商3,420家、区域服务商612家、智能仓储柜3,860组，以及维修工程师资源1,150名，"
              "形成覆盖长三角的2小时履约网络。",
    edge="支持数据采集、本地缓存、网络传输、领用规则计算、柜内视觉识别；边缘计算应用节点3,860个（智能仓储柜边缘盒），"
         "最低响应时延20毫秒。",
    other_collect="对接客户ERP/SRM/MES系统236套，支持EDI、API、Excel批量导入、RPA采集，日均采集采购与库存记录约320万条。",
    compute="阿里云公有云ECS 118台（折标）、自有机房私有云24.5台折标，CPU约2,900核，支持弹性伸缩。",
    speed_text="毫秒级（单TB订单明细检索与聚合平均约800毫秒）", sec_rules="是，《平台信息安全管理制度》（AMY-IS-001，2020年3月修订）、"
    "《平台数据安全管理办法》（AMY-IS-006，2022年5月）、《平台网络安全应急预案》（AMY-IS-009，2023年2月）",
    sec_test="是，每年一次等保2.0三级测评（2023年11月完成），每半年一次第三方渗透测试",
    sec_scan="是，每周一次自动化漏洞扫描，每季度一次全面安全扫描",
    vcpe="否", autonomy="交易撮合引擎、智能补货算法、智能仓储柜边缘控制软件、供应链数据中台均为自主研发（与合作方联合开发部分已约定知识产权归属），自主可控。",
    benefit="3个案例平均带动用户采购效率提升35%，订单交付周期缩短42%，带动新增就业岗位约60人。",
    cost="3个案例平均降低MRO采购综合成本11.8%，设备运维成本平均下降15.60%，库存资金占用平均下降26%。",
    data_value="基于186万SKU与十余万家企业的采购数据，构建工业品标准化主数据、需求预测与智能补货模型，沉淀选型知识库2.4万条，"
               "输出区域工业品景气指数，为客户提供备件安全库存与采购策略建议。",
    supply="平台与236家制造企业ERP/SRM系统对接，连接品牌商3,420家、服务商612家；建立供应商分级评价体系，按季度考核交付、质量、价格；"
           "通过VMI寄售与智能仓储柜，客户现场备件库存周转天数由52天降至31天，订单准时交付率98.2%，供应链整体采购成本下降约12%。",
    newtech="有。应用AI视觉识别实现智能柜领用自动识别；应用大模型实现工业品选型问答与参数比对；采用边缘计算实现柜端离线运行；"
            "通过标识解析实现备件“一物一码”全生命周期追溯。",
    breakthrough="是，自研多级仓配协同的智能补货算法，补货预测准确率92%，高于行业常见的80%左右；智能柜边缘控制软件支持离线72小时运行。",
    carbon="是，提供产品碳足迹与物流碳排放核算服务，服务企业38家，覆盖机械、汽车零部件行业，帮助客户完成供应链范围三排放测算。",
    idres="是，接入国家工业互联网标识解析体系（上海二级节点），为备件赋码累计2,860万个，标识解析量累计1.1亿次。",
    standards="参与制定行业标准1项、团体标准3项，如团体标准《工业品电子商务交易服务规范》《MRO智能仓储柜技术要求》。",
    contrib="平台服务本市制造企业2,960家，覆盖嘉定汽车、松江电子等重点产业集群，支撑本市产业链供应链稳定；并辐射长三角及广东、湖北。",
    open_mech="是，建立品牌商、服务商、制造企业三方开放共享机制：开放商品主数据、库存可视与订单协同接口，供应商按授权获取需求预测数据。",
    open_data="API接口形式开放212个；工业品主数据集形式开放3个（约186万条）；数据报告形式按月开放区域工业品景气指数5类",
    cross="与上海市企业服务云、长三角供应链公共服务平台、3家银行供应链金融平台实现数据与业务交互，支持跨平台订单、票据与结算。",
    newbiz="培育“智能仓储柜+VMI寄售”新模式与工业品供应链金融服务，2023年新模式收入占平台收入34%。",
    smart_list=["上汽大众汽车有限公司安亭工厂：MRO备件智能柜与集采", "上海电气电站设备有限公司：备件协同采购",
                "上海ABB工程有限公司：VMI寄售", "上海海立电器有限公司：设备维保服务"],
    indices_list=["长三角工业品景气指数", "机电备件价格指数", "MRO采购活跃指数", "刀具消耗指数", "设备维保需求指数"],
    awards_list=["2023年工业和信息化部工业互联网平台创新领航应用案例", "2022年上海市工业互联网平台", "2023年上海市服务型制造示范平台",
                 "2022年上海市专精特新企业", "2021年上海市供应链创新与应用示范企业"],
    killers=[("智能仓储柜管家", "备件领用与补货", 1686), ("MRO集采通", "多组织集中采购", 1214), ("设备维保云", "报修派单与维保", 986),
             ("刀具寿命管理", "刀具消耗分析", 772), ("供应商协同门户", "订单与交付协同", 606)],
    domestic_text="86.00（软件国产化率92%，服务器等硬件国产化率80%，按投资额加权总体平均86.00%）",
    intro_company=["上海爱姆意机电设备连锁有限公司成立于2002年，是国内较早从事机电设备与MRO工业品连锁服务的企业，注册资本1.2亿元，"
                   "总部位于上海市普陀区，在长三角设有28个区域服务中心。2023年公司营业收入12.86亿元。",
                   "公司核心竞争力在于“线上交易平台+线下服务网络+智能仓储终端”的一体化能力：拥有工程师团队1,150人、智能仓储柜3,860组、"
                   "区域仓14个，平台团队142人。"],
    intro_platform="平台于2017年9月启动建设，与上海智链云数字科技有限公司合作共建、联合运营，累计建设投入7,650.00万元，"
                   "采用公有云+边缘侧+混合云部署，面向机械、汽车、电子、家电等离散制造业提供工业品交易、供应链协同、设备维保三类服务。",
    architecture="平台分为边缘层（智能仓储柜边缘盒、IoT网关）、IaaS层（阿里云公有云+自有私有云）、PaaS层（交易中台、供应链数据中台、"
                 "微服务治理、低代码）与SaaS层（MRO集采、智能柜、维保云等工业APP）。",
    advanced="与国内同类工业品电商平台相比，本平台的差异化在于“交易+现场终端+维保服务”闭环，智能补货预测准确率达92%。",
    operation=["截至2024年6月，平台注册企业用户21,368家，实际服务企业6,842家，其中付费企业2,315家；服务本市企业2,960家，长三角地区（含宁波）"
               "占比超过八成，另有海外客户工厂（德国、越南）。",
               "2023年平台订单186,420个，交易规模36.84亿元，同比增长17.86%。"],
    innovation="平台自主研发交易撮合引擎与智能补货算法，边缘侧智能柜支持离线运行，AI视觉识别领用准确率99.3%，"
               "形成“交易+终端+服务”一体化的供应链协同模式，关键指标处于国内同类平台前列。",
    effects=["平台解决制造企业MRO采购“品类杂、频次高、库存散、效率低”的痛点，用户采购成本平均下降约12%，备件库存周转天数下降40%。",
             "经济效益：2023年平台业务收入8,427.93万元，同比增长16.00%；社会效益：带动新增就业268人。"],
    app_innovation="智能仓储柜+VMI寄售模式、工业品供应链金融、标识解析“一物一码”追溯等创新应用，实现平台可持续盈利。",
    next=["上线工业品选型大模型2.0；", "智能仓储柜扩展至6,000组；", "拓展中西部区域服务中心5个；", "深化与银行的供应链金融合作。"],
    s7_intro="对照2023年度评价申报（2023年7月）情况，平台在功能模块、关键指标、应用服务方面变化如下：",
    s7_rows=[("注册企业用户（家）", "17,905", "21,368", "增长19.3%"), ("实际服务企业（家）", "5,736", "6,842", "增长19.3%"),
             ("工业APP（个）", "156", "188", "新增选型问答等APP"), ("功能模块", "交易、仓配", "新增大模型选型、碳足迹", "—")],
)
CASES = [
    dict(title="智能交易平台——汽车主机厂MRO备件智能柜", company="上汽大众汽车有限公司安亭工厂，年产整车数十万辆。",
         platform="平台为工厂部署智能仓储柜86组并对接SAP系统。", content="实施备件智能领用与自动补货，",
         result="设备运维成本下降12.60%，能耗下降5.40%，安全生产持续时间提升10.20%。"),
    dict(title="智能交易平台——电站设备备件协同采购", company="上海电气电站设备有限公司，电站汽轮机、发电机制造企业。",
         platform="平台提供集中采购与供应商协同门户。", content="打通采购、仓储与维保流程，",
         result="设备运维成本下降18.30%，能耗下降7.10%，安全生产持续时间提升14.60%。"),
    dict(title="智能交易平台——家电企业设备维保云", company="上海海立电器有限公司，压缩机制造企业。",
         platform="平台提供设备维保云与刀具寿命管理APP。", content="实现报修派单、预防性维护与刀具消耗分析，",
         result="设备运维成本下降15.90%，能耗下降6.20%，安全生产持续时间提升12.80%。"),
]


def ops_report_pdf(path, rel, log, E):
    """Numbered prose (一、二、三) + chart: the platform's operating data note."""
    d = Doc(str(path), rel, log, font="WQY", size=10.5)
    d.title("智能交易平台2023年度经营情况说明", size=16, gap=14)
    R, g = E["revs"], E["growth"]
    d.para("一、平台营收。平台2021—2023年营业收入（平台口径，不含线下连锁门店设备销售）如下图所示，2023年平台营收"
           f"{m2s(R[2023])}万元。", facts=[fx("平台相关营业收入（万元）", f"{m2s(R[2023])}万元", R[2023], "万元", "2023年平台营收")])
    ch = imgs.bar_chart("平台营业收入（万元）", ["2021年", "2022年", "2023年"], [("平台营收", [R[2021], R[2022], R[2023]])],
                        line_series=("同比", [g[2021], g[2022], g[2023]]))
    d.image(ch, width=d.width * 0.8,
            facts=[fx("平台近三年经营指标情况", m2s(R[2021]), R[2021], "万元", "2021年", "平台营收", "2021年平台营收（万元）"),
                   fx("平台近三年经营指标情况", m2s(R[2022]), R[2022], "万元", "2022年", "平台营收", "2022年平台营收（万元）")],
            caption="图1 平台营业收入及同比增速")
    d.para(f"二、交易规模。平台GMV（成交总额）2022年{m2s(E['gmv'][2022])}万元、2023年{m2s(E['gmv'][2023])}万元，"
           f"同比增长{E['trade_g']:.2f}%；2023年自然年订单{sep(E['orders'][0])}单，截至2024年6月30日前一年订单{sep(E['orders'][1])}单。",
           facts=[fx("平台交易规模年增长率（%）", f"同比增长{E['trade_g']:.2f}%", E["trade_g"], "%", "GMV同比增长"),
                  fx("平台订单数量(近一年总量)（个）", f"2023年自然年订单{sep(E['orders'][0])}单", E["orders"][0], "单", "2023年自然年订单")])
    d.para(f"三、付费与订阅。截至2024年6月底，付费企业{sep(E['paying'])}家，占注册企业的{E['pay_share']:.2f}%；工业APP累计订阅"
           f"{sep(E['subs'])}次，订阅累计金额{m2s(E['subs_amt'])}万元。",
           facts=[fx("付费企业数（个）", f"付费企业{sep(E['paying'])}家", E["paying"], "家", "付费企业"),
                  fx("付费用户占比（%）", f"{E['pay_share']:.2f}%", E["pay_share"], "%", "占注册企业的"),
                  fx("工业APP订阅总金额（万元）", f"订阅累计金额{m2s(E['subs_amt'])}万元", E["subs_amt"], "万元", "订阅累计金额")])
    d.para(f"四、研发投入。2023年平台研发投入{m2s(E['rd'])}万元（含人员人工、云资源及委外研发），研发投入强度{E['rd_int']:.2f}%。",
           facts=[fx("平台相关研发投入（万元）", f"平台研发投入{m2s(E['rd'])}万元", E["rd"], "万元", "平台研发投入")])
    d.para(f"五、社会贡献。2023年平台社会贡献总额{m2s(E['social_total'])}万元，平台平均资产总额{m2s(E['avg_assets'])}万元，"
           f"社会贡献率{E['social']:.2f}%。", facts=[fx("平台社会贡献率（%）", f"社会贡献率{E['social']:.2f}%", E["social"], "%", "社会贡献率")])
    d.save()


def backend_png(path, rel, log, E):
    ds = imgs.Dash("智能交易平台 · 运营后台", "https://admin.aimuyi-mall.example.com/#/dashboard", theme="light")
    ds.stamp_time("统计截至 2024-06-30")
    ds.grid([("注册企业", fx("注册企业用户数（个）", "21,368", 21368, "家", "注册企业"), "家"),
             ("服务企业（累计）", fx("实际服务企业数（个）", "6,842", 6842, "家", "服务企业（累计）"), "家"),
             ("其中 上海", fx("服务本市企业数量（个）", "2,960", 2960, "家", "其中 上海"), "家"),
             ("其中 中小企业", fx("服务中小企业数量（个）", "5,894", 5894, "家", "其中 中小企业"), "家"),
             ("DAU（公有云APP）", fx("公有云工业APP平均日活跃数量（个）", "104", 104, "个", "DAU（公有云APP）"), "个", "近30日日均"),
             ("MAU（活跃APP）", fx("工业APP平均月活跃数量（个）", "152", 152, "个", "MAU（活跃APP）"), "个", "近12个月月均"),
             ("API 调用量（近30日）", "3,862万", "次"), ("订单（2023）", "186,420", "单")], top=120, cols=4, h=160)
    ds.bars((30, 500, 1570, 960), ["机械", "汽车", "电子", "家电", "轻工", "电力热力燃气", "其他"],
            [E["served_ind"][k] for k in ["机械", "汽车", "电子", "家电", "轻工", "电力、热力和燃气", "其他"]], title="服务企业行业分布（家）")
    ds.im.save(path)
    for f in ds.facts:
        log.add(f, rel, 1, True)


def devportal_png(path, rel, log, E):
    ds = imgs.Dash("开发者社区 DevCenter", "https://dev.aimuyi-mall.example.com/console", theme="dark", size=(1440, 820))
    ds.grid([("注册开发者", fx("开发者注册总数（个）", "1.2万", 12000, "人", "注册开发者")),
             ("月活跃开发者", fx("活跃开发者数（个）", "2,742", 2742, "人", "月活跃开发者")),
             ("微服务", fx("微服务数量（个）", "624", 624, "个", "微服务")),
             ("周调用≥5次", fx("活跃微服务数量（一周调用5次以上）（个）", "398", 398, "个", "周调用≥5次"))], top=120, cols=4, h=150)
    ds.table(30, 320, ["开发者类型", "账号数", "占比"], [["个人开发者", "9,418", "78.6%"], ["企业开发者", "2,568", "21.4%"]],
             [400, 300, 300])
    ds.im.save(path)
    for f in ds.facts:
        log.add(f, rel, 1, True)


def appstore_pdf(path, rel, log, E):
    ds = imgs.Dash("工业APP商城 · 上架与订阅", "https://www.aimuyi-mall.example.com/appstore/stat", theme="light", size=(1600, 1100))
    ds.grid([("上架工业APP", fx("工业APP数量（个）", "188", 188, "个", "上架工业APP")),
             ("公有云APP", fx("公有云工业APP数量（个）", "171", 171, "个", "公有云APP")),
             ("累计订阅", fx("工业APP订阅总数量（个）", "9,215", 9215, "次", "累计订阅")),
             ("机理模型", fx("工业机理模型数量（个）", "138", 138, "个", "机理模型"))], top=120, cols=4, h=150)
    rows = [[str(i), n, s, fx("杀手锏工业APP订阅数量（个）", sep(v), v, "个", n, "订阅数") if False else sep(v)]
            for i, (n, s, v) in enumerate(DOM["killers"], 1)]
    rows.append(["", "TOP5合计", "", fx("杀手锏工业APP订阅数量（个）", sep(E["killer_subs"]), E["killer_subs"], "个", "TOP5合计", "订阅数")])
    ds.table(30, 320, ["排名", "杀手锏APP", "简介", "订阅数"], rows, [100, 420, 600, 300])
    ds.label((30, 600), fx("公有云杀手锏APP平均日在线用户数（个）", "日均在线用户 3,412", 3412, "个", "日均在线用户"), size=22)
    ds.label((500, 600), fx("杀手锏APP日活次数（次）", "日活次数 41,860", 41860, "次", "日活次数"), size=22)
    ds.label((950, 600), fx("杀手锏APP月平均收入（万元）", "月均收入 58.64万元", 58.64, "万元", "月均收入"), size=22)
    im = ds.im.convert("RGB")
    images_to_pdf(path, [im], dpi=150, quality=82)
    for f in ds.facts:
        log.add(f, rel, 1, True)


def build(root):
    E = synth(202, C)
    D = copy.deepcopy(E)
    T = base_texts(DOM, D)
    DOM["cases"] = CASES
    log = FactLog()
    pkg = root / "packages" / PID
    pkg.mkdir(parents=True, exist_ok=True)
    meta = dict(META)
    intro = ("平台面向离散制造业提供MRO工业品交易、供应链协同与设备维保服务，注册企业21,368家，服务企业6,842家，连接智能仓储柜、"
             "机床等设备9,684台/套，上架工业APP 188个。主要客户包括上汽大众、上海电气、海立电器等。")
    effect = ("平台帮助制造企业降低MRO采购成本约12%，备件库存周转天数下降40%，设备运维成本平均下降15.60%；带动新增就业268人；"
              "培育智能仓储柜+VMI寄售、工业品供应链金融等新模式。")
    meta["basic_rows"] = [
        ("单位（企业）名称", META["company"], "单位（企业）代码", "913101077XXXXXXXX6"), ("成立日期", "2002-03-18", "注册地及所在行政区", "上海市普陀区"),
        ("企业类型", "有限责任公司（自然人投资或控股）", "注册资本", "12,000万元"), ("主营业务", "机电设备、MRO工业品销售及供应链服务", "法定代表人", META["legal_rep"]),
        ("联系人", META["contact"], "职务", "平台事业部总监"), ("联系人手机", META["phone"], "传真", "无"), ("电子邮箱", META["contacts"][0][3], "", "")]
    meta["equity"] = [("王建国", "7,200.00", "60.00%"), ("上海爱姆意投资管理有限公司", "3,600.00", "30.00%"), ("员工持股平台", "1,200.00", "10.00%")]
    meta["finance_2023"] = [("总资产（万元）", "86,412.30"), ("主营业务收入（万元）", "128,644.21"), ("主营业务收入增长率（%）", "11.58"),
                            ("负债率（%）", "47.36"), ("利润总额（万元）", "11,792.61"), ("税金（万元）", "4,126.85")]
    meta["platform_rows"] = platform_rows(meta, D, T, intro, effect)
    A = forms.answers(D, T, numfmt="sep", bdstyle="cn", private={"app": 17, "storage": 60.00})
    ev = "附件3-{}"
    proofs = {k: ev.format(n) for n, ks in {
        "1 审计报告 附注十二": ["rev", "rd", "rd_int", "margin", "roi"], "2 经营情况说明": ["orders", "trade_g", "paying", "pay_share", "subs_amt", "social"],
        "3 设备接入台账": ["dev", "dev_cat", "dev_reg", "pub", "pub_cat", "pub_reg", "run", "run_cat", "run_reg", "ovs", "ovs_c"],
        "4 运营后台截图": ["reg", "served", "served_ind", "local", "sme", "pub_app_dau", "app_mau"],
        "5 APP商城截图": ["app", "pub_app", "subs", "killer_subs", "killer_dau", "killer_times", "killer_rev", "models"],
        "6 云资源清单": ["cloud", "pub_cloud", "storage", "data", "pub_data", "util"], "7 知识产权清单": ["patents", "softc"],
        "8 荣誉证书": ["awards"], "9 人员汇总": ["team", "ops", "mgmt", "qualified"], "10 开发者社区截图": ["devs", "devs_active", "ms", "ms_active"]}.items()
        for k in ks}
    files = {}
    E_ = "附件3 证明材料/"
    names = {
        "audit": E_ + "3-1 2023年度审计报告（含平台业务专项说明）.pdf", "ops": E_ + "3-2 平台2023年度经营情况说明.pdf",
        "dev": E_ + "3-3 平台设备接入台账.xlsx", "backend": E_ + "3-4 运营后台截图.png", "store": E_ + "3-5 工业APP商城截图.pdf",
        "cloud": E_ + "3-6 云资源清单（阿里云+私有云）.xlsx", "ip": E_ + "3-7 知识产权清单.pdf", "award": E_ + "3-8 荣誉证书.pdf",
        "team": E_ + "3-9 平台团队人员汇总.xlsx", "devp": E_ + "3-10 开发者社区截图.png"}
    for n in names.values():
        (pkg / n).parent.mkdir(parents=True, exist_ok=True)
    evid.audit_pdf(pkg / names["audit"], names["audit"], log, E, META["company"], "上海申信会计师事务所有限公司（示例）",
                   "申信审字（2024）第0412号", platform_unit="万元", font="WQY", company_rev="1,286,442,117.35")
    ops_report_pdf(pkg / names["ops"], names["ops"], log, E)
    evid.device_xlsx(pkg / names["dev"], names["dev"], log, E)
    backend_png(pkg / names["backend"], names["backend"], log, E)
    appstore_pdf(pkg / names["store"], names["store"], log, E)
    evid.cloud_xlsx(pkg / names["cloud"], names["cloud"], log, E)
    evid.ip_pdf(pkg / names["ip"], names["ip"], log, E, META["company"], "工业品", seed=21)
    evid.awards_pdf(pkg / names["award"], names["award"], log,
                    [("工业互联网平台创新领航应用案例", "2023-11", "工业和信息化部"), ("上海市工业互联网平台", "2022-10", "上海市经济和信息化委员会"),
                     ("上海市服务型制造示范平台", "2023-08", "上海市经济和信息化委员会"), ("上海市专精特新中小企业", "2022-06", "上海市经济和信息化委员会"),
                     ("上海市供应链创新与应用示范企业", "2021-12", "上海市商务委员会")], META["company"], seed=23)
    evid.team_xlsx(pkg / names["team"], names["team"], log, E["team"], E["ops"], E["mgmt"], E["qualified"], jobs=E["jobs"])
    devportal_png(pkg / names["devp"], names["devp"], log, E)
    roles = {"audit": "evidence:audit_report", "ops": "evidence:other", "dev": "evidence:device_list", "backend": "evidence:screenshot",
             "store": "evidence:screenshot", "cloud": "evidence:other", "ip": "evidence:patent_list", "award": "evidence:award_list",
             "team": "evidence:other", "devp": "evidence:screenshot"}
    for k, n in names.items():
        files[n] = roles[k]
    forms.contact_docx(pkg / "附件1 联系人信息反馈表.docx", meta)
    files["附件1 联系人信息反馈表.docx"] = "联系人表"
    forms.form_xlsx(pkg / "附件2 申报表（爱姆意）.xlsx", meta, A, proofs)
    files["附件2 申报表（爱姆意）.xlsx"] = "申报表"
    forms.form_scan(pkg / "附件2 申报表（爱姆意）盖章版.pdf", meta, A, seed=27, font="WQY")
    files["附件2 申报表（爱姆意）盖章版.pdf"] = "申报表扫描件"
    atts = [(str(i), n.split("/", 1)[1].rsplit(".", 1)[0], "见附件3 证明材料文件夹") for i, n in enumerate(names.values(), 1)]
    shenbaoshu_docx(pkg / "附件3 申报书（爱姆意）.docx", meta, D, T, DOM, attachments=atts, font="宋体", word_headings=True)
    files["附件3 申报书（爱姆意）.docx"] = "申报书"
    rows = forms.summary_rows({"head": head_rows(meta, D, T)}, D, T)
    forms.summary_docx(pkg / "附件4 平台基本情况汇总表.docx", rows, META["company"])
    files["附件4 平台基本情况汇总表.docx"] = "汇总表"
    forms.commitment_scan(pkg / "附件5 真实性承诺（盖章）.pdf", meta, seed=29)
    files["附件5 真实性承诺（盖章）.pdf"] = "承诺"
    return dict(
        package_id=PID,
        description="序号7 爱姆意智能交易平台，干净包：申报表仅XLSX（数字带千分位文本）+盖章扫描；审计报告附注平台口径（万元，年份列+同比列）与公司利润表（元，"
                    "12.86亿）并存；经营情况说明为“一、二、三”编号叙述+柱状图（图中数值）；开发者截图显示“1.2万”（申报11,986，四舍五入一致）；"
                    "区域含计划单列市“宁波”与海外“德国Germany/越南Vietnam”；行业含“电力、热力和燃气”，设备分类含“电工、电子设备”；"
                    "订单两种口径；私有化格式（APP、存储）；合作共建+联合运营+租用阿里云均已填名称；国产化率附软硬件说明；第七章齐全。",
        path=f"packages/{PID}", delivery="folder",
        platform=dict(list_no=7, listed_name="面向制造业供应链协同的智能交易工业互联网平台", company=META["company"],
                      declared_name=META["platform_name"], participated_2023=True),
        layout=["naming:附件N", "evidence_dir:附件3 证明材料", "form:xlsx-only", "numbers:thousand-separators", "summary:docx",
                "commitment:scan", "stamped_scan", "audit_unit:元+万元", "audit_columns:本年金额/上年金额 + 年份列/同比列",
                "charts:bar+line", "prose:numbered", "screenshots:png+pdf-image", "device_list:xlsx", "cloud_list:xlsx",
                "private_format", "region:计划单列市", "rounded_screenshot(1.2万)"],
        files=files, secrets=[META["demo_pwd"]], summary_rows=rows, evidence_facts=log.facts, problems=[],
    )
