"""h85_waigaoqiao_clean — 附件6 序号29 外高桥船舶行业工业互联网平台, 上海外高桥造船有限公司 (2023 参评: -).

行业型 platform, shipbuilding. Office style: a shipyard's 信息化部 working in spreadsheets.
Legitimate variety: the 申报表 delivered as XLSX (labels in column B, answers in merged C:E) + stamped scan; the
申报书 as a text PDF (no chapter 七: not a 2023 participant); a scanned audit report (元, 本期金额/上期金额) whose
last page is the 平台业务专项说明 in 万元; 合作共建 with the partner named and IaaS 租用 with the provider named; a
scanned patent list with 「共64项」 printed; 软著 XLSX with a 合计 row; two PNG screenshots in the operator's own
words (在线设备, 活跃终端, 接入设备 2.36万) with today's figures beside cumulative ones; served-enterprise register
XLSX (1,268 rows + 统计 sheet); 汇总表 with numbers typed as text and a note column."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from eval_sets.blind.h85 import forms
from eval_sets.blind.h85.evidence import (company_audit_pages, ip_rows, screenshot_facts, write_scan_pdf, write_text_pdf,
                                          write_xlsx)
from eval_sets.blind.h85.kit import Fact, Stamp, Tile, dashboard_png, flow, th
from eval_sets.blind.h85.model import Pkg, derive
from eval_sets.blind.h85.narrative import book_blocks
from eval_sets.blind.h85.pkg_xingyun import cases3
from eval_sets.blind.h85.texts import fill_cells

EV = "03 证明材料"

SPEC = dict(
    abbr="外高桥船舶", dom="船舶与海洋工程装备",
    contact=dict(name="顾文韬", title="信息化部副部长", phone="13818524706", email="guwt@sws-ship.example.com",
                 fax="021-38612270", venue="上海市浦东新区洲海路3001号外高桥造船研发中心5楼第二会议室",
                 backup=dict(name="沈露", title="信息化部工程师", phone="13916408317", email="shenlu@sws-ship.example.com")),
    url="https://iip.sws-ship.example.com", account=("pingshen2024", "Wgq@Ship0716"),
    build_period=((2020, 3), (2023, 6)), invest=9860.00,
    revenue={2020: 2316.40, 2021: 2948.75, 2022: 3612.08, 2023: 4285.63}, rd=1046.92, profit=598.17,
    build_mode=("合作共建", "上海海工数智科技有限公司"), build_mode_text="合作共建（合作企业：上海海工数智科技有限公司）",
    op_mode="联合运营", iaas=("租用", "沪云数据科技有限公司"),
    deploy=["私有云", "混合云"], deploy_text="私有云、混合云",
    team=(96, 58, 121),
    registered=3846, served=1268, paid=436, local=512, sme=986,
    devices=(23640, 9215, 6482, 286),
    dev_cat_w={"机床": 21, "机器人": 16, "物流设备": 19, "动力设备": 12, "仪器仪表": 14, "交通设备": 11, "电工、电子设备": 7},
    dev_reg_w={"上海": 60, "江苏": 22, "浙江": 8, "山东": 5, "辽宁": 3, "广东": 2},
    ovs_w={"新加坡Singapore": 118, "希腊Greece": 96, "挪威Norway": 72},
    protocols=142,
    apps=dict(software=312, apps=268, native=171, cloud=97, mau=203, killer_online=1126, killer_daily=14860,
              killer_income=21.38, public=118, public_dau=64),
    app_cat_w={"生产制造": 30, "质量管控": 18, "运维服务": 14, "研发设计": 16, "安全生产": 10, "供应链管理": 8, "仓储物流": 4},
    app_ind_w={"船舶": 70, "机械": 14, "黑色金属": 6, "电力、热力和燃气": 5, "其他": 5},
    cloud=dict(servers=138.50, public_servers=46, capacity=960.00, data=612.35, public_data=188.20),
    models=dict(total=386, active=214, core_users=642),
    model_cat_w={"数据算法模型": 22, "研发仿真模型": 30, "行业机理模型": 34, "业务流程模型": 14},
    speed=("秒级", "秒级（单TB焊接过程数据分析约4.8秒）"),
    micro=(612, 371), developers=(2468, 736),
    srv_ind_w={"船舶": 46, "机械": 22, "黑色金属": 8, "电子": 6, "电力、热力和燃气": 5, "其他": 13},
    srv_reg_w={"江苏": 40, "浙江": 20, "山东": 12, "辽宁": 10, "广东": 8, "湖北": 10},
    orders=(5862, 6214), trade_growth=18.64, subs=(4216, 1538, 986.72), dev_util=81.36, domestic=91.20,
    smart_factories=5, parks=4, solutions=28, sol_w={"数字化管理": 6, "平台化设计": 7, "网络化协同": 6, "智能化制造": 7,
                                                   "个性化定制": 1, "服务化延伸": 1},
    vc=(False, "否"),
    cases_metrics=dict(om=cases3(15.62, 17.08, 13.95), energy=cases3(8.74, 9.66, 7.31), safety=cases3(31.06, 28.40, 35.12)),
    indices=3, patents=64, copyrights=87, carbon=True, idres=True,
    awards=[("上海市工业互联网创新发展专项（平台类）验收优秀", "2023年9月", "上海市经济和信息化委员会"),
            ("工业和信息化部智能制造优秀场景", "2022年12月", "工业和信息化部"),
            ("中国造船工程学会科学技术奖一等奖", "2023年10月", "中国造船工程学会"),
            ("上海市科技进步奖三等奖", "2022年5月", "上海市人民政府"),
            ("工业和信息化部5G+工业互联网典型应用案例", "2023年11月", "工业和信息化部")],
    jobs=386, contrib=(2016.43, 10862.50), partners=6,
    open_data="以数据接口和数据集形式开放：开放船舶建造工艺数据接口64个、分段制造数据集7个、供应商协同数据模板18类",
    killer_apps=["分段精度管控", "焊接质量监测", "托盘物资协同", "涂装车间能效", "船坞计划排程"],
    company_info=dict(code="91310115703216945R", founded="1999年10月19日", address="上海市浦东新区洲海路3001号（浦东新区）",
                      type="有限责任公司", capital="448000万元人民币",
                      business="船舶与海洋工程装备设计、建造、修理；工业互联网平台运营", legal="蒋立新",
                      shareholders=[("上海海船投资控股有限公司", "448000万元", "100%")],
                      fin=("3862415.28", "2468130.55", "12.64", "82.16", "41860.27", "18936.40")),
    proof_default="平台后台统计数据（无单独证明资料，可现场演示核查）",
)
SPEC["text"] = dict(
    pos="面向船舶与海洋工程装备行业的工业互联网平台，支撑设计建造一体化与产业链协同。",
    policy=["工业和信息化部等五部门《船舶制造业绿色发展行动纲要（2024—2030年）》：数字化智能化转型",
            "上海市《推进工业互联网创新升级实施“工赋上海”三年行动计划》：行业平台建设",
            "船舶行业：订单回升，数字化造船与绿色船舶成为发展趋势"],
    strategy="外高桥造船数字化转型规划（2021—2025年）", plan="外高桥船舶行业工业互联网平台建设与运营规划（2022—2025年）",
    other_res="平台汇聚船舶设计图纸与三维模型3.6万套、焊接工艺规程1,280项、配套供应商620家及其物资目录14.2万条，"
              "形成船舶建造知识库，支撑分段制造与物资配送协同。",
    edge="方案支持数据采集、数据存储、网络传输与智能分析功能；边缘计算应用节点数326个；最低响应时延10毫秒。私有化部署涉及的边缘节点326个"
         "（全部部署于船厂车间），均已计入。",
    collect="采集设计、计划、物资、质量等软件系统数据，支持ERP、MES、PDM接口采集及焊机、切割机数据直采，日均采集数据约1.2亿条。",
    compute="私有云+混合云，CPU约3,600核、GPU 16卡，支持弹性扩展。",
    langs="共5种：Java、Python、C++、JavaScript、C#",
    security_rules=["《工业互联网平台网络安全管理制度》（WGQ-XX-2021-07，2021年5月制定）",
                    "《平台数据安全管理规定》（WGQ-XX-2022-02，2022年4月制定）"],
    third_party="每年一次（委托第三方开展等级保护三级测评，最近一次为2024年4月）",
    scan="每季度一次全面漏洞扫描，每周一次重点系统扫描",
    smart="是，5家。服务外高桥造船本部智能工厂及4家配套企业的市级智能工厂，提供分段制造、焊接质量与物资配送协同服务。",
    key_tech="船舶分段精度管控算法、焊接质量在线监测模型、船坞计划排程引擎为自主研发，源代码自主可控，平台运行于国产服务器与操作系统。",
    gain="3个案例平均缩短分段建造周期约12%，带动配套企业新增订单约1.3亿元，安全生产持续时间平均提升31.06%。",
    save="3个案例平均降低接入设备运维成本15.62%，车间能耗平均下降8.74%，返工率平均下降约20%。",
    mining="基于焊接、切割、涂装等过程数据构建质量与能效分析模型，沉淀船舶建造工艺知识，形成可复用工艺模型386个，支撑工艺优化与质量追溯。",
    supply="平台与620家配套供应商实现物资需求、托盘配送与质量数据协同，物资准时配送率提升至95.8%，库存资金占用下降约16%。",
    newtech="融合5G、数字孪生与人工智能：建成船坞数字孪生系统，5G覆盖平面分段车间，基于视觉识别开展焊缝缺陷检测。",
    breakthrough="自研船舶分段精度管控算法，测量数据处理效率较进口软件提升约40%。",
    carbon="提供船舶建造碳排放监测与碳足迹核算服务，服务船厂及配套企业9家。",
    idres="是。接入船舶行业标识解析二级节点，对分段、舾装件赋码1,860万个，实现全生命周期追溯。",
    standards="参与制定国家标准1项、行业标准3项，如CB/T《船舶分段数字化建造通用要求》（牵头）等。",
    contribution="平台服务本市船舶及配套企业512家，支撑本市高端船舶与海工装备产业链数字化，带动长三角配套企业协同。",
    open_mech="建立面向配套供应商的开放共享机制，开放物资需求计划、质量数据与工艺标准，按协议分级授权使用。",
    cross="与集团设计平台、行业标识解析二级节点等6个平台实现数据对接与功能互调，支持统一认证。",
    new_industry="培育船舶配套协同制造新模式，带动配套企业开展网络化协同与服务化延伸。",
    indices_text="代表性指数：船舶建造进度指数、焊接质量指数、配套物资准时率指数。",
    intro="外高桥船舶行业工业互联网平台由上海外高桥造船有限公司联合上海海工数智科技有限公司合作共建、联合运营，是面向船舶与海洋工程装备行业的行业型工业互联网平台。"
          "平台提供设计建造一体化、分段制造管控、焊接质量监测、物资协同等服务，已连接设备23,640台（套），服务船舶及配套企业1,268家。",
    effect="平台解决船舶建造周期长、质量追溯难、配套协同效率低等问题。2023年平台相关营业收入4,285.63万元，带动用户运维成本平均下降15.62%；"
           "推动本市船舶产业链数字化转型，带动新增就业386人。",
)
SPEC["proofs"] = {
    "平台相关营业收入（万元）": "03-1 审计报告（扫描件）第5页", "平台相关研发投入（万元）": "03-1 第5页", "平台利润率（%）": "03-1 第5页",
    "连接的工业设备/产品/产线种类及数量（台/套）": "03-2 设备接入统计 第1页", "平台实际用云量（台）": "03-2 第2页",
    "存储容量（TB）": "03-2 第2页", "平台核心软硬件技术获得的专利数量（项）": "03-3 专利清单（扫描件）",
    "平台核心软硬件技术获得的软著数量（个）": "03-4 软件著作权清单", "注册企业用户数（个）": "03-5 截图；03-6 统计页",
    "其中：实际服务企业数（个）": "03-6 服务企业名录",
}


def book(v) -> dict:
    return dict(
        one=["上海外高桥造船有限公司成立于1999年，是我国大型船舶总装企业，主营散货船、油轮、集装箱船、邮轮及海洋工程装备的设计建造。"
             "2023年公司实现主营业务收入约246.8亿元。"],
        two_basic=["平台于2020年3月启动建设，2023年6月建成投运，建设投入9,860.00万元，由公司与上海海工数智科技有限公司合作共建、联合运营，"
                   "IaaS资源租用沪云数据科技有限公司，部署方式为私有云与混合云。"],
        two_arch=["平台采用边缘层、IaaS层、PaaS层与应用层架构，PaaS层提供船舶三维模型服务、工艺知识库、质量分析模型与微服务框架。"],
        benchmark=[["1.2.1 创新投入情况", f"研发投入1,046.92万元，强度{v['平台相关研发投入强度（%）']:.2f}%", "同行业平台（某船舶集团平台）：千万元级"],
                   ["2.1.1 工业设备连接/汇聚能力", "连接设备23,640台（套）", "同行业平台：约1.5万台（套）"],
                   ["3.1.1 平台应用规模", "服务企业1,268家", "同行业平台：约900家"]],
        two_ops=["截至2024年6月30日，平台连接设备2.36万台（套），服务船舶及配套企业1,200余家，其中上海512家；"
                 "2023年平台营收约4,286万元。"],
        innovation="平台在船舶分段精度管控、焊接质量在线监测方面形成自主技术，关键指标优于同行业平台。",
        three=["平台推动船舶建造由经验驱动转向数据驱动，分段建造周期平均缩短约12%，焊接一次合格率提升至98.6%。"],
        app_innovation="以数字孪生船坞和5G车间为示范，形成船舶配套协同制造新模式。",
        four=["下一步将推进平台向船舶配套企业开放，计划2025年服务企业达到2,000家，连接设备3万台（套）。"],
        cases=[dict(title="平面分段智能焊接", company="外高桥造船平面分段车间，年产分段约900只。",
                    platform="平台接入焊接机器人与焊机，在线监测焊接参数。", content="建立焊接质量模型，实现缺陷预警。",
                    figure="焊接质量监测界面"),
               dict(title="配套物资托盘协同", company="某舾装件配套企业，年产值约3亿元。", platform="平台提供物资需求与托盘配送协同。",
                    content="实现按托盘配送与准时交付。", figure="物资协同看板"),
               dict(title="涂装车间能效管理", company="外高桥造船涂装车间。", platform="平台接入空调、除湿与喷涂设备。",
                    content="通过能耗监测与工艺优化降低能耗。", figure="涂装能效看板")],
        seven=[], seven_rows=[],
    )


def build(root: Path, seed: int):
    rng = np.random.default_rng(seed)
    p = derive(Pkg("h85_waigaoqiao_clean", 29, "外高桥船舶行业工业互联网平台", "上海外高桥造船有限公司", False,
                   "行业型工业互联网平台", "外高桥造船", SPEC))
    p = fill_cells(p)
    s, v = p.spec, p.values
    s["book"] = book(v)
    files: dict[str, str] = {}
    facts: list[Fact] = []
    author = s["contact"]["name"]
    pid = p.pid
    rev = s["revenue"]

    # ---------------------------------------------------------------- 03-1 scanned audit report, platform 专项说明 on p5 (万元)
    rel = f"{EV}/03-1 2023年度审计报告（扫描件）.pdf"
    fin = dict(cpa="钱嘉、吴越",
               bs=[("货币资金", 5216380441.27, 4830126557.90), ("存货", 9126648203.55, 8604112750.18),
                   ("资产总计", 38624152806.31, 36218840027.65), ("负债合计", 31734004917.36, 29961355860.42)],
               pl=[("一、营业收入", 24681305512.64, 21911773648.20), ("减：营业成本", 22306418823.11, 19930562117.37),
                   ("研发费用", 736128544.82, 662340118.09), ("三、利润总额", 418602711.35, 352881046.71),
                   ("四、净利润", 356012388.40, 301557208.62)])
    pages = company_audit_pages(p.company, "上海浦润会计师事务所有限公司", "浦润审字（2024）第1126号", fin)
    pages.append([("h", "附：工业互联网平台业务专项说明"), ("p", "根据公司内部核算，工业互联网平台业务单独设账核算，2021—2023年度主要数据如下（单位：万元）："),
                  ("t", [["项目", "2023年度", "2022年度", "2021年度"],
                         ["平台相关营业收入", f"{rev[2023]:,.2f}", f"{rev[2022]:,.2f}", f"{rev[2021]:,.2f}"],
                         ["平台相关研发投入", f"{s['rd']:,.2f}", "906.31", "812.64"],
                         ["平台利润总额", f"{s['profit']:,.2f}", "472.58", "361.20"]], [0.34, 0.22, 0.22, 0.22]),
                  ("p", "平台业务收入为平台订阅服务及基于平台提供的协同制造服务收入，不含造船主业收入。"),
                  ("r", "上海外高桥造船有限公司财务部    2024年4月")])
    stamps = [Stamp(0, "seal", "上海浦润会计师事务所有限公司", 0.62, 0.72), Stamp(1, "seal", "上海浦润会计师事务所有限公司", 0.7, 0.55),
              Stamp(4, "seal", p.company, 0.72, 0.5, "财务专用章")]
    fx = [Fact("平台相关营业收入（万元）", f"{rev[2023]:,.2f}", "万元", rev[2023], row_label="平台相关营业收入", column_label="2023年度", page=5),
          Fact("平台近三年经营指标情况", f"{rev[2022]:,.2f}", "万元", rev[2022], row_label="平台相关营业收入", column_label="2022年度",
               component="2022年平台营收（万元）", page=5),
          Fact("平台近三年经营指标情况", f"{rev[2021]:,.2f}", "万元", rev[2021], row_label="平台相关营业收入", column_label="2021年度",
               component="2021年平台营收（万元）", page=5),
          Fact("平台相关研发投入（万元）", f"{s['rd']:,.2f}", "万元", s["rd"], row_label="平台相关研发投入", column_label="2023年度", page=5),
          Fact("平台利润率（%）", f"{s['profit']:,.2f}", "万元", s["profit"], row_label="平台利润总额", column_label="2023年度",
               component="平台利润总额（万元）", page=5),
          Fact("投资回报率（%）", f"{s['profit']:,.2f}", "万元", s["profit"], row_label="平台利润总额", column_label="2023年度",
               component="平台年利润（万元）", page=5)]
    facts += write_scan_pdf(root, rel, pages, fx, stamps, seed + 10, pid)
    files[rel] = "evidence:audit_report"

    # ---------------------------------------------------------------- 03-2 device & resource statistics (text PDF)
    rel = f"{EV}/03-2 平台设备接入及资源使用统计.pdf"
    dev, pub, run, ovs = s["devices"]
    cat_rows = [[c, th(s["dev_cat"][c]), th(s["pub_cat"][c]), th(s["run_cat"][c])] for c in s["dev_cat"]]
    reg_rows = [[r, th(n)] for r, n in s["dev_reg"].items()]
    cl = s["cloud"]
    pages = [[("h", "外高桥船舶行业工业互联网平台设备接入统计"), ("p", "统计截至：2024年6月30日    单位：台（套）"),
              ("t", [["设备类别（附录A）", "接入数量", "其中：公有云接入", "公有云日均运行"]] + cat_rows +
               [["合计", th(dev), th(pub), th(run)]], [0.34, 0.22, 0.22, 0.22]),
              ("h2", "按设备所属企业注册地统计"), ("t", [["区域", "接入数量"]] + reg_rows + [["合计", th(dev)]], [0.5, 0.5]),
              ("p", f"其中海外设备{ovs}台（套），分布于新加坡、希腊、挪威船东企业。")],
             [("h", "平台云资源及存储使用情况"), ("p", "统计截至：2024年6月30日"),
              ("t", [["资源项", "数值"], ["云主机数量（台）", f"{cl['servers']:.2f}"], ["其中公有云主机（台）", str(cl["public_servers"])],
                     ["存储总容量（TB）", f"{cl['capacity']:.2f}"], ["已用存储/工业数据量（TB）", f"{cl['data']:.2f}"],
                     ["公有云存储数据量（TB）", f"{cl['public_data']:.2f}"]], [0.6, 0.4]),
              ("small", "注：私有云主机按虚拟机规格折算为标准台数，故存在小数。")]]
    facts += write_text_pdf(root, rel, pages, [
        Fact("连接的工业设备/产品/产线种类及数量（台/套）", th(dev), "台/套", dev, quote=f"合计{th(dev)}{th(pub)}", row_label="合计",
             column_label="接入数量", page=1),
        Fact("公有云工业设备连接数量（台/套）", th(pub), "台/套", pub, quote=f"{th(dev)}{th(pub)}{th(run)}", row_label="合计",
             column_label="其中：公有云接入", page=1),
        Fact("公有云工业设备平均日运行数量（台/套）", th(run), "台/套", run, quote=f"{th(pub)}{th(run)}", row_label="合计",
             column_label="公有云日均运行", page=1),
        Fact("海外设备连接数量（台/套）", str(ovs), "台/套", ovs, quote=f"其中海外设备{ovs}台（套）", page=1),
        Fact("平台实际用云量（台）", f"{cl['servers']:.2f}", "台", cl["servers"], row_label="云主机数量（台）", page=2),
        Fact("平台公有云实际使用数量（台）", str(cl["public_servers"]), "台", cl["public_servers"],
             quote=f"其中公有云主机（台）{cl['public_servers']}", row_label="其中公有云主机（台）", page=2),
        Fact("存储容量（TB）", f"{cl['capacity']:.2f}", "TB", cl["capacity"], row_label="存储总容量（TB）", page=2),
        Fact("存储工业数据量（TB）", f"{cl['data']:.2f}", "TB", cl["data"], row_label="已用存储/工业数据量（TB）", page=2),
        Fact("公有云数据总量（TB）", f"{cl['public_data']:.2f}", "TB", cl["public_data"], row_label="公有云存储数据量（TB）", page=2)])
    files[rel] = "evidence:device_list"

    # ---------------------------------------------------------------- 03-3 scanned patent list (共64项)
    rel = f"{EV}/03-3 授权专利清单（扫描件）.pdf"
    words = ["分段精度", "焊接质量", "船坞计划", "托盘配送", "三维模型", "涂装能效", "舾装件", "切割路径"]
    pat = ip_rows(rng, s["patents"], words, "patent", lambda y, i: p.company, 2016)
    rows = [["序号", "专利名称", "专利号", "专利权人", "授权日"]] + [[str(r[0]), r[1], r[2], r[3], r[4]] for r in pat]
    pages = flow([("h", "外高桥船舶行业工业互联网平台授权专利清单"), ("p", "共64项（发明专利41项、实用新型专利23项）"),
                  ("t", rows, [0.07, 0.43, 0.2, 0.18, 0.12], 7.5), ("r", "上海外高桥造船有限公司（盖章）")])
    facts += write_scan_pdf(root, rel, pages, [Fact("平台核心软硬件技术获得的专利数量（项）", "64", "项", 64, quote="共64项", page=1)],
                            [Stamp(len(pages) - 1, "seal", p.company, 0.75, 0.8)], seed + 11, pid)
    files[rel] = "evidence:patent_list"

    # ---------------------------------------------------------------- 03-4 软著 XLSX
    rel = f"{EV}/03-4 软件著作权清单.xlsx"
    sw = ip_rows(rng, s["copyrights"], words, "software", lambda y, i: p.company, 2017)
    facts += write_xlsx(root, rel, [("软件著作权", [["序号", "软件名称", "登记号", "著作权人", "登记日期"]] + sw +
                                     [["合计", "87项", None, None, None]])],
                        {1: [Fact("平台核心软硬件技术获得的软著数量（个）", "87", "项", 87, quote="87项", row_label="合计")]},
                        author, {"A": 8, "B": 44, "C": 22, "D": 28, "E": 14})
    files[rel] = "evidence:patent_list"

    # ---------------------------------------------------------------- 03-5 screenshots (operator's captions, 万, today vs cumulative)
    rel1 = f"{EV}/03-5 平台截图1-设备监控中心.png"
    dashboard_png(root / rel1, "设备监控中心", "外高桥船舶工业互联网平台    2024-06-30 16:20", [
        Tile("接入设备", f"{dev / 10000:.2f}万", "台/套，累计"), Tile("在线设备", "15,863", "当前实时"),
        Tile("云端设备", th(pub), "公有云接入"), Tile("日均运行", th(run), "近30天公有云日均")], f"{pid}/{rel1}", seed + 12, theme="dark")
    facts += screenshot_facts(rel1, pid, [
        Fact("连接的工业设备/产品/产线种类及数量（台/套）", f"{dev / 10000:.2f}万", "台/套", round(dev / 100) * 100, row_label="接入设备"),
        Fact("公有云工业设备连接数量（台/套）", th(pub), "台/套", pub, row_label="云端设备"),
        Fact("公有云工业设备平均日运行数量（台/套）", th(run), "台/套", run, row_label="日均运行")])
    files[rel1] = "evidence:screenshot"
    rel2 = f"{EV}/03-5 平台截图2-应用与开发者.png"
    dashboard_png(root / rel2, "应用中心 · 运营概览", "统计口径：截至2024年6月30日", [
        Tile("工业APP", th(v["工业APP数量（个）"]), "已上架"), Tile("活跃终端", "2,937", "今日"), Tile("开发者", th(v["开发者注册总数（个）"]), "累计注册"),
        Tile("APP订阅", th(v["工业APP订阅总数量（个）"]), "累计"), Tile("工艺模型", th(v["工业机理模型数量（个）"]), "模型库"),
        Tile("微服务", th(v["微服务数量（个）"]), "已注册")], f"{pid}/{rel2}", seed + 13, cols=3, theme="light", chart=False)
    facts += screenshot_facts(rel2, pid, [
        Fact("工业APP数量（个）", th(v["工业APP数量（个）"]), "个", v["工业APP数量（个）"], row_label="工业APP"),
        Fact("开发者注册总数（个）", th(v["开发者注册总数（个）"]), "个", v["开发者注册总数（个）"], row_label="开发者"),
        Fact("工业APP订阅总数量（个）", th(v["工业APP订阅总数量（个）"]), "个", v["工业APP订阅总数量（个）"], row_label="APP订阅"),
        Fact("工业机理模型数量（个）", th(v["工业机理模型数量（个）"]), "个", v["工业机理模型数量（个）"], row_label="工艺模型"),
        Fact("微服务数量（个）", th(v["微服务数量（个）"]), "个", v["微服务数量（个）"], row_label="微服务")])
    files[rel2] = "evidence:screenshot"

    # ---------------------------------------------------------------- 03-6 served-enterprise register
    rel = f"{EV}/03-6 服务企业名录.xlsx"
    served = v["实际服务企业数（个）"]
    inds = list(s["srv_ind"])
    regs = [r for r, n in s["srv_reg"].items() for _ in range(n)]
    paid_flags = [i < v["付费企业数（个）"] for i in range(served)]
    sme_flags = [i % served < v["服务中小企业数量（个）"] for i in range(served)]
    order = rng.permutation(served)
    ind_list = [k for k, n in s["srv_ind"].items() for _ in range(n)]
    rows = [["序号", "企业名称", "所属行业", "注册地", "企业规模", "是否付费"]]
    for i in range(served):
        j = int(order[i])
        rows.append([i + 1, f"示例船舶配套企业{j + 1:04d}有限公司", ind_list[i], regs[i], "中小企业" if sme_flags[j] else "大型企业",
                     "是" if paid_flags[j] else "否"])
    rows.append(["合计", f"{served}家", None, None, None, None])
    stat = [["项目", "数量（家）"], ["平台注册企业", v["注册企业用户数（个）"]], ["实际服务企业", served], ["其中：付费企业", v["付费企业数（个）"]],
            ["其中：上海企业", v["服务本市企业数量（个）"]], ["其中：中小企业", v["服务中小企业数量（个）"]]]
    facts += write_xlsx(root, rel, [("名录", rows), ("统计", stat)], {
        1: [Fact("实际服务企业数（个）", str(served), "家", served, quote=f"{served}家", row_label="合计")],
        2: [Fact("注册企业用户数（个）", str(v["注册企业用户数（个）"]), "家", v["注册企业用户数（个）"], row_label="平台注册企业"),
            Fact("付费企业数（个）", str(v["付费企业数（个）"]), "家", v["付费企业数（个）"], row_label="其中：付费企业"),
            Fact("服务本市企业数量（个）", str(v["服务本市企业数量（个）"]), "家", v["服务本市企业数量（个）"], row_label="其中：上海企业"),
            Fact("服务中小企业数量（个）", str(v["服务中小企业数量（个）"]), "家", v["服务中小企业数量（个）"], row_label="其中：中小企业")]},
        author, {"A": 8, "B": 36, "C": 20, "D": 10, "E": 12, "F": 10})
    files[rel] = "evidence:other"

    # ---------------------------------------------------------------- application documents
    attachments = [("03-1 2023年度审计报告（扫描件）", "共5页，平台专项说明第5页"), ("03-2 平台设备接入及资源使用统计", "共2页"),
                   ("03-3 授权专利清单（扫描件）", "共2页"), ("03-4 软件著作权清单", "XLSX"), ("03-5 平台截图（2张）", "PNG"),
                   ("03-6 服务企业名录", "XLSX，名录及统计")]
    forms.contact_docx(p, root / "01 联系人信息反馈表.docx")
    files["01 联系人信息反馈表.docx"] = "联系人表"
    forms.form_xlsx(p, root / "02 申报表（外高桥船舶行业工业互联网平台）.xlsx")
    files["02 申报表（外高桥船舶行业工业互联网平台）.xlsx"] = "申报表"
    forms.form_scan(p, root / "02 申报表-盖章扫描版.pdf", seed + 1)
    files["02 申报表-盖章扫描版.pdf"] = "申报表扫描件"
    forms.book_pdf(p, root / "03 申报书（外高桥造船）.pdf", book_blocks(p, attachments))
    files["03 申报书（外高桥造船）.pdf"] = "申报书"
    notes = {"平台建设方式": "合作企业：上海海工数智科技有限公司", "平台相关营业收入（万元）": "平台业务单独核算，见审计报告附页",
             "连接的工业设备/产品/产线种类及数量（台/套）": "截至2024年6月30日"}
    forms.summary_xlsx_vertical(p, root / "04 平台基本情况汇总表.xlsx", notes, numbers_as_numbers=False)
    files["04 平台基本情况汇总表.xlsx"] = "汇总表"
    forms.commitment_scan(p, root / "05 真实性承诺（扫描件）.pdf", seed + 2)
    files["05 真实性承诺（扫描件）.pdf"] = "承诺"

    layout = ["naming:numbered-flat", "evidence_dir:03 证明材料", "form:xlsx-labels-in-B-merged-answers", "stamped_scan",
              "book:pdf", "audit:scan", "audit_unit:元", "audit_columns:本期金额/上期金额", "platform_part:专项说明(万元,p5)",
              "build:合作共建+partner", "iaas:租用+provider", "patents:scan-共N项", "copyrights:xlsx-合计", "screenshots:png-operator-captions",
              "wan_notation", "dashboard:today-vs-cumulative", "enterprise_register:xlsx", "summary:xlsx-text+notes", "commitment:scan-seal-signature",
              "no_section7(not 2023 participant)"]
    desc = ("序号29 外高桥船舶（行业型，2023参评=-）干净包：申报表为XLSX（B列标签、C:E合并答案）+盖章扫描件；申报书为PDF且无第七章；"
            "审计报告为扫描件（元，本期/上期），第5页为平台专项说明（万元）；合作共建与IaaS租用均写明企业名称；专利清单扫描件印有“共64项”；"
            "截图用“在线设备”“活跃终端”“接入设备 2.36万”等运营方措辞并有今日数；服务企业名录1,268行。")
    return p, files, facts, layout, desc
