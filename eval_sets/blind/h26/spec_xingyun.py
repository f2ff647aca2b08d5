"""h26_xingyun_clean — 序号23, renamed platform with 原名称/现名称 and a 更名说明, 2023 participant. Clean."""
import openpyxl

import evid
import lib
import pkg as P
import std
from lib import fmt
from texts import base_texts

OLD = "“星云智汇”工业互联网平台"
NEW = "星云智汇能源装备工业互联网平台"


def build():
    k = P.Pkg("h26_xingyun_clean", 23, OLD, "上海电气集团数字科技有限公司", True, NEW, seed=2623)
    k.name_cell = f"{NEW}（原名称：{OLD}；现名称：{NEW}）"
    k.description = ("序号23电气数科平台（2024年更名，申报表写明原名称+现名称并附更名说明），干净包：设备按行业叫法（风电机组、燃机、"
                     "空压机、冷水机组、注塑机、贴片机、AGV、电表/水表/气表）列示并映射到附录A，按产线/基地统计之和等于总数，宁波作为计划单列市"
                     "单列，服务企业名录含集团内企业并有说明，申报书第七章2022/2023并列且增长率正确。")
    k.layout = ["naming:附件N-", "evidence_dir:附件3-证明材料", "form:docx-levels+scan", "narrative:pdf",
                "summary:xlsx-vertical", "commitment:scan", "name_change:note+更名说明", "device_list:xlsx-trade-mapping",
                "screenshots:png", "awards:pdf-list+cert-images", "section7:2022vs2023"]
    k.meta = dict(
        credit="91310000MA1FL4XG2K", founded="2018年12月26日", reg="上海市静安区", ctype="有限责任公司（国有控股）",
        capital="50,000万元人民币", business="工业互联网平台、工业软件、智能制造系统集成与数字化咨询服务", legal="周立成",
        contact=dict(name="顾晓岚", title="平台运营部副总监", phone="13917726504", email="guxl@xyzh-energy.example.com"),
        contact2=dict(name="邵俊", title="市场经理", phone="13816604318", email="shaojun@xyzh-energy.example.com"),
        fax="021-6000 1234", shareholders=[("上海电气集团股份有限公司", "50,000万元", "100%")],
        c_assets="286,420.55", c_rev="172,316.80", c_growth="12.46", c_debt="58.21", c_profit="9,864.37", c_tax="6,102.88",
        build_period="2019.01-2023.12", build_period_text="2019年1月至2023年12月",
        build_mode="自建", build_mode_text="☑自建　□合作共建", op_mode="自运营", op_mode_text="☑自运营　□联合运营　□委托运营",
        iaas_text="☑自建（私有云）　☑租用，服务商名称（必填）：天翼云科技有限公司（公有云资源池）", deploy="边缘侧、私有云、公有云、混合云",
        deploy_text="☑边缘侧　☑私有云　☑公有云　☑混合云",
        url="https://www.xyzh-energy.example.com",
        review_addr="上海市静安区共和新路3000号1号楼6楼报告厅",
        review_addr_printed="上海市 静安 区 共和新 路 3000 号 1号楼6楼报告厅",
        form_date="2024年7月17日", commit_date="2024年7月17日",
    )
    k.meta["url_text"] = k.meta["url"] + "（演示账号：pingshen2024　密码：Xz@Energy#0717）"
    k.secrets = ["Xz@Energy#0717"]
    Pm = dict(
        comma=False,
        rev={2020: 8012.44, 2021: 9236.18, 2022: 10875.60, 2023: 13142.35},
        rd=2286.77, profit=1498.23, build_amount=11600.00,
        staff=168, staff_ops=102, staff_run=66, staff_title=121,
        dev_total=36420, dev_pub=21850, dev_run=15230,
        dev_cat_w={"电力设备": 24, "动力设备": 22, "机床": 15, "轻工设备": 8, "电工、电子设备": 10, "机器人": 7, "仪器仪表": 11,
                   "物流设备": 3},
        dev_reg_w={"上海": 38, "江苏": 18, "浙江": 12, "安徽": 8, "广东": 6, "四川": 5, "辽宁": 4, "湖北": 4, "宁波": 3, "天津": 2},
        overseas={"越南Vietnam": 412, "巴基斯坦Pakistan": 236, "德国Germany": 98},
        overseas_pub={"越南Vietnam": 250, "巴基斯坦Pakistan": 140, "德国Germany": 60},
        overseas_run={"越南Vietnam": 180, "巴基斯坦Pakistan": 96, "德国Germany": 41},
        protocols=286, software=552, apps=486, apps_dev=298, app_mau=371, killer_dau=4680, killer_hits=52360,
        killer_income=88.60, pub_apps=274, pub_app_daily=139,
        app_cat_w={"生产制造": 22, "运维服务": 20, "节能减排": 15, "质量管控": 12, "运营管理": 11, "安全生产": 8, "供应链管理": 6,
                   "研发设计": 4, "仓储物流": 2},
        app_ind_w={"电力、热力和燃气": 30, "机械": 28, "汽车": 16, "电子": 12, "石化化工": 8, "船舶": 6},
        vm=436, vm_pub=0, cap_tb=2600, data_tb=1482.60, pub_tb=0.0,
        models=392, models_active=218, model_users=1096,
        model_cat_w={"数据算法模型": 26, "研发仿真模型": 18, "行业机理模型": 40, "业务流程模型": 16},
        ms=1864, ms_active=1032, devs=7150, devs_active=1628,
        registered=4260, served=3184, paying=1296, local=1402, sme=2368,
        srv_ind_w={"机械": 30, "电力、热力和燃气": 20, "汽车": 14, "电子": 11, "石化化工": 8, "船舶": 6, "建筑业": 5, "其他": 6},
        srv_reg_w={"江苏": 30, "浙江": 20, "安徽": 14, "广东": 10, "宁波": 6, "四川": 7, "辽宁": 5, "湖北": 5, "越南Vietnam": 3},
        orders=(46820, 49315), trade_growth=21.35, subs=13860, killer_subs=6215, subs_amount=6648.20, util=82.40,
        localization=89.20, smart_factories=14, parks=19, solutions=72,
        sol_w={"数字化管理": 14, "平台化设计": 9, "网络化协同": 12, "智能化制造": 20, "个性化定制": 6, "服务化延伸": 11},
        om_drop=17.36, energy_drop=12.08, safety_up=19.45, indices=8, patents=52, copyrights=67, awards=6, jobs=1640,
        social=22.18, partners=16,
    )
    # 混合云 without public cloud: the mixed cloud includes a rented public-cloud region -> keep public figures non-zero
    Pm["vm_pub"] = 148
    Pm["pub_tb"] = 586.40
    N = std.fill(k, Pm)
    x = dict(
        nature="跨行业跨领域工业互联网平台",
        positioning="面向能源装备、汽车零部件和电子制造等行业的跨行业跨领域工业互联网平台，聚焦设备全生命周期服务与绿色制造。",
        policy=("1.工信部《工业互联网创新发展行动计划（2021-2023年）》：培育跨行业跨领域平台；\n2.上海市《制造业数字化转型实施方案》："
                "发展行业级平台；\n3.能源装备行业：机组大型化、运维服务化，远程诊断需求快速增长。"),
        plan="已纳入《上海电气集团“十四五”数字化转型规划》", special_plan="已制定《星云智汇平台2023-2025年发展规划》",
        other_resources="汇聚工业机理模型392个、设备故障案例库1.8万条、能源装备备品备件主数据约26万条、服务工程师及合作服务商612家。",
        edge_extra="协议转换、边缘推理", edge_nodes=1360, edge_where="风电场升压站、燃机电厂集控室及客户车间",
        latency="10毫秒", other_collect="通过OPC UA、数据库直连和API方式采集ERP、MES、EAM、SCADA等系统数据，已对接客户业务系统238套。",
        compute="私有云1,280核vCPU/6.5TB内存，GPU算力24卡（A800等效）；混合云公有云资源池按需弹性扩展。",
        dq_rules=420, algo_extra="时序异常检测算法、故障诊断知识图谱算法。",
        speed="秒级（单TB机组时序数据聚合分析约2.6秒）", speed_level="秒级",
        security_rules="是：《星云智汇平台网络安全管理办法》（SEDT-AQ-001，2021年3月）、《平台数据安全分类分级管理规定》（SEDT-AQ-006，2022年6月）、《工控接入安全规范》（SEDT-AQ-009，2023年2月）",
        autonomy="设备物联接入、时序数据库、工业机理模型引擎、低代码开发环境均为自研，核心代码自主可控。",
        benefit="3个案例平均带动客户营收增长9.6%，新增就业岗位约120个，风电场安全生产持续时间提升21.3%。",
        cost="3个案例平均降低运维成本17.36%，平均能耗下降12.08%，备件库存资金占用下降15.4%。",
        value_mining="基于1,482TB设备运行数据，沉淀锅炉燃烧优化、风机齿轮箱故障预测、注塑工艺参数优化等机理模型，形成故障知识库1.8万条，在同类机组间复用。",
        supply_chain="平台与集团内外412家供应商的SRM、质量系统对接，实现备品备件需求预测、协同排产与质量追溯；供应商准时交付率提升6.2个百分点，库存周转天数下降11天。",
        new_tech="融合5G、边缘计算、数字孪生与AI大模型：在风电场部署5G专网边缘节点，燃机数字孪生体实现在线性能寻优，运维知识大模型辅助工单诊断。",
        standards="牵头制定团体标准T/SIIA 012—2023《风力发电机组远程运维数据接口规范》，参与制定行业标准NB/T 11245—2023《火力发电厂设备状态监测数据采集技术导则》。",
        region_contrib="服务本市企业1,402家，支撑临港、闵行等地能源装备产业集群；在长三角带动江苏、浙江、安徽及宁波配套企业上平台，并支撑越南、巴基斯坦海外电站运维。",
        open_mech="是，通过平台开放API与行业数据集向产业链上下游开放设备状态、备件主数据和能效分析能力，建立数据授权使用与收益分成机制。",
        cross_platform="与国家工业互联网标识解析二级节点、上海市工业碳管理公共服务平台等实现接口级调用，支持跨平台设备档案与碳数据互认。",
        new_mode="培育“设备运维即服务”“能效托管”新模式，按发电量/节能量分成收费。",
        smart_factory="是，14家（上海电气风电集团临港智能工厂、嘉定某汽车零部件企业智能工厂等）",
        listed="是，控股股东上海电气集团股份有限公司为A+H股上市公司", listed_bool=True,
        indices="8个（能源装备景气指数、风电机组可利用率指数、燃机健康指数、注塑机开机率指数、区域电耗指数等）",
        breakthrough="是，自研百万级测点时序数据库，写入性能较开源方案提升约3倍", carbon="是，提供碳排放监测、碳足迹核算和碳效评价服务",
        idres="是，接入国家标识解析二级节点，标识注册量1,860万个", awards_text="6个（清单见附件3-6）",
        open_data="开放API接口342个、行业数据集18个、模型组件126个",
    )
    T = base_texts(x)
    m = k.meta
    m["intro"] = (f"{NEW}（原名称{OLD}）由上海电气集团数字科技有限公司自主建设运营，是面向能源装备、汽车零部件和电子制造等行业的"
                  "跨行业跨领域工业互联网平台。平台提供设备物联接入、工业机理模型、低代码开发、应用市场和能源管理等能力，"
                  "已接入风电机组、燃气轮机、空压机、冷水机组、加工中心、注塑机、贴片机等各类设备36420台（套），服务企业3184家，"
                  "主要客户包括能源集团、汽车零部件制造商和电子代工企业。")
    m["effect"] = ("平台解决了能源装备分散运维难、非计划停机多、能耗底数不清等痛点，帮助客户开展预测性维护和能效优化。"
                   "通过风机齿轮箱故障预测、锅炉燃烧优化、注塑工艺参数优化等模型，平均降低运维成本17.36%、能耗12.08%，"
                   "带动长三角及海外配套企业数字化转型。")
    std.apply(k, N, T)
    # proof column
    for key in ("平台相关营业收入（万元）", "平台相关研发投入（万元）", "平台利润率（%）"):
        k.proof[key] = "附件3-1 审计报告 第5页"
    for key in ("连接的工业设备/产品/产线种类及数量（台/套）", "按二级分类统计工业设备数量（台/套）", "按省市区域统计工业设备数量（台/套）",
                "公有云工业设备连接数量（台/套）", "海外设备连接数量（台/套）"):
        k.proof[key] = "附件3-3 接入设备统计表"
    k.proof["实际服务企业数（个）"] = "附件3-5 服务企业名录"
    k.proof["平台核心软硬件技术获得的专利数量（项）"] = "附件3-4 知识产权清单 第1页"
    k.proof["平台核心软硬件技术获得的软著数量（个）"] = "附件3-4 知识产权清单"
    k.proof["平台获得省部级及以上奖项/荣誉数量（个）"] = "附件3-6 荣誉清单及证书"
    k.proof["工业APP数量（个）"] = "附件3-7 工业APP及模型清单"
    k.proof["工业机理模型数量（个）"] = "附件3-7 工业APP及模型清单"

    co_seal = lib.seal("上海电气集团数字科技有限公司", "", size=300, rng=k.rng)
    P.write_contact_docx(k, "附件1-联系人信息反馈表.docx")
    P.write_form_docx(k, "附件2-申报表（星云智汇）.docx", columns="levels")
    P.write_form_scan(k, "附件2-申报表（盖章扫描件）.pdf", co_seal)
    P.write_summary_xlsx(k, "附件4-平台基本情况汇总表.xlsx")
    P.write_commitment_scan(k, "附件5-真实性承诺（盖章）.pdf", co_seal)
    E = "附件3-证明材料/"
    rev = Pm["rev"]
    # 3-1 audit report, platform table in 万元 (2023 beside 2022)
    fin = dict(bs=[["货币资金", "412,630,518.27", "386,115,204.60"], ["应收账款", "688,402,115.36", "604,228,370.15"],
                   ["资产总计", "2,864,205,531.48", "2,612,880,417.92"], ["负债合计", "1,667,254,027.15", "1,540,336,208.71"],
                   ["所有者权益合计", "1,196,951,504.33", "1,072,544,209.21"]],
               is_=None)
    fin["is"] = [["一、营业收入", "1,723,168,042.55", "1,532,286,417.30"], ["减：营业成本", "1,318,226,415.08", "1,180,334,552.17"],
                 ["研发费用", "118,620,334.52", "104,552,881.06"], ["三、利润总额", "98,643,712.84", "86,120,448.35"],
                 ["四、净利润", "84,226,015.40", "73,551,209.66"]]
    ptab = (["项目", "2023年度", "2022年度", "2021年度", "2020年度"],
            [["平台相关营业收入", fmt(rev[2023], 2), fmt(rev[2022], 2), fmt(rev[2021], 2), fmt(rev[2020], 2)],
             ["其中：平台订阅及SaaS服务收入", "8,416.20", "6,902.74", "5,835.51", "5,102.36"],
             ["　　　平台解决方案实施收入", "4,726.15", "3,972.86", "3,400.67", "2,910.08"],
             ["平台相关研发投入", fmt(Pm["rd"], 2), "1,948.30", "1,702.45", "1,455.10"],
             ["平台利润总额", fmt(Pm["profit"], 2), "1,186.42", "951.07", "788.30"]])
    f_aud = E + "3-1 2023年度审计报告（节选）及平台业务专项说明.pdf"
    pg = evid.audit_report(k, f_aud, firm="立信中联会计师事务所（特殊普通合伙）上海分所（示例）",
                           report_no="沪信审字〔2024〕第0418号", company_fin=fin, platform_table=ptab, unit="万元",
                           platform_title="附：星云智汇平台业务收入、研发投入及利润专项说明",
                           platform_note="说明：平台相关营业收入按合同所属业务线从公司营业收入中拆分，仅含基于平台直接订阅的服务及平台解决方案收入；"
                                         "2023年平台更名前后口径一致。")
    k.fact("平台相关营业收入（万元）", fmt(rev[2023], 2), "万元", rev[2023], f_aud, pg, row_label="平台相关营业收入", column_label="2023年度")
    k.fact("平台近三年经营指标情况", fmt(rev[2022], 2), "万元", rev[2022], f_aud, pg, row_label="平台相关营业收入",
           column_label="2022年度", component="2022年平台营收（万元）")
    k.fact("平台近三年经营指标情况", fmt(rev[2021], 2), "万元", rev[2021], f_aud, pg, row_label="平台相关营业收入",
           column_label="2021年度", component="2021年平台营收（万元）")
    k.fact("平台相关研发投入（万元）", fmt(Pm["rd"], 2), "万元", Pm["rd"], f_aud, pg, row_label="平台相关研发投入", column_label="2023年度")
    k.fact("平台利润率（%）", fmt(Pm["profit"], 2), "万元", Pm["profit"], f_aud, pg, row_label="平台利润总额", column_label="2023年度",
           component="平台利润总额（万元）")
    k.fact("投资回报率（%）", fmt(Pm["profit"], 2), "万元", Pm["profit"], f_aud, pg, row_label="平台利润总额", column_label="2023年度",
           component="平台年利润（万元）")
    # 3-2 更名说明 (scan)
    st = lib.styles("STSong-Light", 12)
    from reportlab.platypus import Paragraph, Spacer
    from reportlab.lib.units import mm
    story = [Paragraph("关于平台名称变更的说明", st["h1"]), Spacer(1, 8 * mm),
             Paragraph("上海市经济和信息化委员会：", st["body"]),
             Paragraph(f"我公司建设运营的“{OLD}”（《纳入2024年度评价工作的平台名单》序号23，2023年度已参评）根据集团数字化"
                       f"转型战略调整，于2024年3月起更名为“{NEW}”。更名后平台建设主体、运营主体、技术架构、服务对象及数据统计口径"
                       "均未发生变化，2023年度评价中的各项数据与本次申报数据可直接比较。", st["body"]),
             Paragraph(f"本次申报材料中平台名称统一填写为：原名称 {OLD}；现名称 {NEW}。", st["body"]),
             Paragraph("特此说明。", st["body"]), Spacer(1, 30 * mm),
             Paragraph(k.company + "（盖章）", st["right"]), Paragraph("2024年7月12日", st["right"])]
    data = lib.build_pdf(None, story)
    lib.scan_pdf(k.add_file(E + "3-2 平台更名说明（盖章）.pdf", "evidence:other"), data, k.rng, {0: [(co_seal, (0.70, 0.60))]})
    # 3-3 device list xlsx: by trade type (mapped to 附录A), by 产线/基地, by region
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "按设备类型"
    ws.append(["设备类型（行业叫法）", "对应附录A二级分类", "接入数量（台/套）", "其中：公有云接入（台/套）", "公有云日均运行（台/套）"])
    trade = {"电力设备": [("风电机组（含变桨/偏航控制柜）", 0.55), ("箱变及开关柜", 0.45)],
             "动力设备": [("燃气轮机/汽轮机", 0.18), ("空压机", 0.42), ("冷水机组（离心式/螺杆式）", 0.25), ("水泵及风机", 0.15)],
             "机床": [("加工中心", 0.6), ("数控车床", 0.4)], "轻工设备": [("注塑机（橡塑机械）", 1.0)],
             "电工、电子设备": [("贴片机及回流焊", 0.7), ("电池模组装配线", 0.3)], "机器人": [("焊接/码垛机器人", 1.0)],
             "仪器仪表": [("电表/水表/气表", 0.8), ("在线分析仪表", 0.2)], "物流设备": [("AGV", 1.0)]}
    for catname in N["dev_cat"]:
        parts = trade[catname]
        subs = [lib.split(N[key][catname], {p[0]: p[1] for p in parts}) for key in ("dev_cat", "pub_cat", "run_cat")]
        for pname, _ in parts:
            ws.append([pname, catname, subs[0][pname], subs[1][pname], subs[2][pname]])
        ws.append([f"{catname} 小计", catname, N["dev_cat"][catname], N["pub_cat"][catname], N["run_cat"][catname]])
    ws.append(["合计", "", Pm["dev_total"], Pm["dev_pub"], Pm["dev_run"]])
    ws.append(["注：空压机、冷水机组属气体压缩机/泵类，按附录A计入“动力设备”；注塑机属橡塑机械，计入“轻工设备”。"])
    evid.sheet_style(ws, {"A": 30, "B": 18, "C": 16, "D": 20, "E": 20})
    ws2 = wb.create_sheet("按产线基地")
    ws2.append(["产线/基地", "接入数量（台/套）", "备注"])
    lines = lib.split(Pm["dev_total"], {"风电运维中心（临港）": 22, "燃机及火电服务线（闵行）": 14, "汽车零部件产线群（嘉定、昆山）": 24,
                                        "电子制造产线群（松江、合肥）": 16, "园区能源站（电表/水表/气表）": 17, "海外电站项目（越南、巴基斯坦、德国）": 7})
    # keep overseas line equal to the overseas total
    diff = lines["海外电站项目（越南、巴基斯坦、德国）"] - N["overseas_total"]
    lines["海外电站项目（越南、巴基斯坦、德国）"] = N["overseas_total"]
    lines["风电运维中心（临港）"] += diff
    for a, b in lines.items():
        ws2.append([a, b, ""])
    ws2.append(["合计", sum(lines.values()), "与“按设备类型”合计一致"])
    evid.sheet_style(ws2, {"A": 36, "B": 16, "C": 26})
    ws3 = wb.create_sheet("按区域")
    ws3.append(["区域（附录F）", "接入数量（台/套）", "公有云接入（台/套）", "公有云日均运行（台/套）"])
    for r in N["dev_reg"]:
        ws3.append([r, N["dev_reg"][r], N["pub_reg"][r], N["run_reg"][r]])
    ws3.append(["合计", Pm["dev_total"], Pm["dev_pub"], Pm["dev_run"]])
    ws3.append(["海外合计", N["overseas_total"], sum(Pm["overseas_pub"].values()), sum(Pm["overseas_run"].values())])
    ws3.append(["注：宁波为计划单列市，单独统计，“浙江”不含宁波。设备所属地按设备所属企业注册地统计。"])
    evid.sheet_style(ws3, {"A": 22, "B": 16, "C": 18, "D": 20})
    f_dev = E + "3-3 平台接入设备统计表（按设备类型-产线-区域）.xlsx"
    lib.save_xlsx(wb, k.add_file(f_dev, "evidence:device_list"))
    k.fact("连接的工业设备/产品/产线种类及数量（台/套）", str(Pm["dev_total"]), "台/套", Pm["dev_total"], f_dev, 1,
           row_label="合计", column_label="接入数量（台/套）")
    k.fact("公有云工业设备连接数量（台/套）", str(Pm["dev_pub"]), "台/套", Pm["dev_pub"], f_dev, 1, row_label="合计",
           column_label="其中：公有云接入（台/套）")
    k.fact("公有云工业设备平均日运行数量（台/套）", str(Pm["dev_run"]), "台/套", Pm["dev_run"], f_dev, 1, row_label="合计",
           column_label="公有云日均运行（台/套）")
    k.fact("海外设备连接数量（台/套）", str(N["overseas_total"]), "台/套", N["overseas_total"], f_dev, 3, row_label="海外合计",
           column_label="接入数量（台/套）")
    # 3-4 IP list
    f_ip = E + "3-4 知识产权清单（专利、软件著作权）.pdf"
    pp, sp = evid.ip_list_pdf(k, f_ip, Pm["patents"], Pm["copyrights"],
                              ["风电机组齿轮箱故障预测", "燃气轮机性能在线寻优", "空压站群控节能", "注塑工艺参数自整定",
                               "设备时序数据压缩存储", "工业机理模型编排", "能源装备数字孪生建模", "贴片机抛料率分析"],
                              f"一、授权专利清单（共{Pm['patents']}项）", f"二、计算机软件著作权登记清单（共{Pm['copyrights']}项）")
    k.fact("平台核心软硬件技术获得的专利数量（项）", str(Pm["patents"]), "项", Pm["patents"], f_ip, pp,
           quote=f"授权专利清单（共{Pm['patents']}项）", row_label="一、授权专利清单")
    k.fact("平台核心软硬件技术获得的软著数量（个）", str(Pm["copyrights"]), "项", Pm["copyrights"], f_ip, sp,
           quote=f"计算机软件著作权登记清单（共{Pm['copyrights']}项）", row_label="二、计算机软件著作权登记清单")
    # 3-5 customer list xlsx with group subsidiaries note
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "统计"
    ws.append(["统计口径", "数量（家）"])
    ws.append(["注册企业用户数", Pm["registered"]])
    ws.append(["实际服务企业数（剔除配套商、仅注册未使用用户）", Pm["served"]])
    ws.append(["其中：付费企业数", Pm["paying"]])
    ws.append(["其中：服务本市企业数", Pm["local"]])
    ws.append(["其中：服务中小企业数", Pm["sme"]])
    ws.append(["其中：上海电气集团内企业（独立法人）", 46])
    ws.append([])
    ws.append(["按行业（附录C）", "数量（家）"])
    for a, b in N["srv_ind"].items():
        ws.append([a, b])
    ws.append([])
    ws.append(["按区域（附录F）", "数量（家）"])
    for a, b in N["srv_reg"].items():
        ws.append([a, b])
    ws.append([])
    ws.append(["说明：服务企业中含上海电气集团内下属企业46家（如上海电气风电设备、燃机服务公司等），均为独立法人并按合同付费使用平台服务，"
               "按实际服务企业计入；集团内企业不计入中小企业数。"])
    evid.sheet_style(ws, {"A": 56, "B": 14})
    ws2 = wb.create_sheet("名录（节选）")
    ws2.append(["序号", "企业名称", "所属行业", "注册地", "服务内容", "是否付费"])
    demo = [("上海电气风电设备（示例）有限公司", "电力、热力和燃气", "上海", "风电机组预测性维护", "是（集团内）"),
            ("嘉定某汽车零部件有限公司", "汽车", "上海", "注塑机能耗管理、排产优化", "是"),
            ("昆山某精密电子有限公司", "电子", "江苏", "贴片机质量追溯", "是"),
            ("宁波某液压件有限公司", "机械", "宁波", "加工中心OEE分析", "否"),
            ("越南某电力股份公司（Vietnam）", "电力、热力和燃气", "越南Vietnam", "燃机远程诊断", "是")]
    for i, r in enumerate(demo):
        ws2.append([i + 1, *r])
    evid.sheet_style(ws2, {"A": 6, "B": 36, "C": 18, "D": 12, "E": 26, "F": 12})
    f_cus = E + "3-5 服务企业名录及统计.xlsx"
    lib.save_xlsx(wb, k.add_file(f_cus, "evidence:other"))
    k.fact("实际服务企业数（个）", str(Pm["served"]), "家", Pm["served"], f_cus, 1,
           row_label="实际服务企业数（剔除配套商、仅注册未使用用户）", column_label="数量（家）")
    k.fact("付费企业数（个）", str(Pm["paying"]), "家", Pm["paying"], f_cus, 1, row_label="其中：付费企业数", column_label="数量（家）")
    k.fact("服务本市企业数量（个）", str(Pm["local"]), "家", Pm["local"], f_cus, 1, row_label="其中：服务本市企业数", column_label="数量（家）")
    k.fact("服务中小企业数量（个）", str(Pm["sme"]), "家", Pm["sme"], f_cus, 1, row_label="其中：服务中小企业数", column_label="数量（家）")
    k.fact("注册企业用户数（个）", str(Pm["registered"]), "家", Pm["registered"], f_cus, 1, row_label="注册企业用户数", column_label="数量（家）")
    # 3-6 awards + standards + certificates
    awards = [["1", "2023年工业互联网平台创新领航应用案例", "工业和信息化部", "2023.12", "证书P2"],
              ["2", "2022年工业互联网试点示范项目（平台类）", "工业和信息化部", "2022.11", "证书P3"],
              ["3", "上海市工业互联网标杆平台", "上海市经济和信息化委员会", "2023.06", "证书P4"],
              ["4", "上海市科学技术奖三等奖（风电机组智能运维关键技术）", "上海市人民政府", "2023.05", "证书P5"],
              ["5", "上海市软件和信息服务业高质量发展专项优秀项目", "上海市经济和信息化委员会", "2022.09", "证书P6"],
              ["6", "中国机械工业科学技术奖二等奖", "中国机械工业联合会（省部级）", "2023.10", "证书P7"]]
    certs = [("证　书", [f"{NEW}", "（原名称：" + OLD + "）", "入选2023年工业互联网平台创新领航应用案例"], "工业和信息化部", "二〇二三年十二月", "工业和信息化部"),
             ("证　书", [OLD, "入选2022年工业互联网试点示范项目"], "工业和信息化部", "二〇二二年十一月", "工业和信息化部"),
             ("荣誉证书", [OLD, "被评为上海市工业互联网标杆平台"], "上海市经济和信息化委员会", "二〇二三年六月", "上海市经济和信息化委员会"),
             ("获奖证书", ["风电机组智能运维关键技术及应用", "荣获上海市科学技术奖三等奖"], "上海市人民政府", "二〇二三年五月", "上海市人民政府"),
             ("荣誉证书", ["能源装备远程运维SaaS服务项目", "评为专项优秀项目"], "上海市经济和信息化委员会", "二〇二二年九月", "上海市经济和信息化委员会"),
             ("获奖证书", ["能源装备工业互联网平台关键技术", "中国机械工业科学技术奖二等奖"], "中国机械工业联合会", "二〇二三年十月", "中国机械工业联合会")]
    st = lib.styles("STSong-Light", 10)
    extra = [Paragraph("牵头/参与标准（证明见标准文本封面，附后）", st["h2"]),
             lib.table([["标准编号", "标准名称", "类型", "角色"],
                        ["T/SIIA 012—2023", "风力发电机组远程运维数据接口规范", "团体标准", "牵头"],
                        ["NB/T 11245—2023", "火力发电厂设备状态监测数据采集技术导则", "行业标准", "参与"]],
                       [35 * mm, 85 * mm, 25 * mm, 25 * mm], size=8)]
    f_aw = E + "3-6 省部级及以上荣誉清单及证书.pdf"
    evid.awards_pdf(k, f_aw, "省部级及以上奖项/荣誉（共6项）", awards, certs, extra_story=extra)
    k.fact("平台获得省部级及以上奖项/荣誉数量（个）", "6", "项", 6, f_aw, 1, quote="省部级及以上奖项/荣誉（共6项）", row_label="合计")
    # 3-7 APP & model list xlsx
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "工业APP"
    ws.append(["排名", "杀手锏工业APP", "简介", "订阅数量（个）", "日均在线用户（个）"])
    ks = lib.split(Pm["killer_subs"], {"a": 30, "b": 24, "c": 19, "d": 15, "e": 12})
    kd = lib.split(Pm["killer_dau"], {"a": 30, "b": 24, "c": 19, "d": 15, "e": 12})
    for i, (nm, intro) in enumerate([("风机预测性维护", "齿轮箱/发电机轴承故障提前预警"), ("空压站能耗管理", "空压机群控与用气平衡"),
                                     ("注塑排产优化", "按模具与订单约束自动排产"), ("贴片质量追溯", "SPI/AOI数据关联追溯"),
                                     ("燃机性能寻优", "在线热力性能计算与寻优")]):
        kk = "abcde"[i]
        ws.append([i + 1, nm, intro, ks[kk], kd[kk]])
    ws.append(["", "杀手锏APP订阅合计", "", Pm["killer_subs"], Pm["killer_dau"]])
    ws.append([])
    ws.append(["上架工业APP合计（个）", Pm["apps"]])
    ws.append(["其中：基于平台开发（个）", Pm["apps_dev"]])
    ws.append(["其中：云化工业软件（个）", N["cloud_sw"]])
    ws.append(["工业APP订阅总数量（个）", Pm["subs"]])
    evid.sheet_style(ws, {"A": 26, "B": 20, "C": 30, "D": 16, "E": 18})
    ws2 = wb.create_sheet("工业机理模型")
    ws2.append(["排名", "核心工业模型", "分类（附录D）", "简介", "月均调用用户数"])
    mu = lib.split(Pm["model_users"], {i: 10 - i for i in range(10)})
    mnames = [("锅炉燃烧优化模型", "行业机理模型"), ("风机齿轮箱故障预测模型", "数据算法模型"), ("空压机群控节能模型", "行业机理模型"),
              ("注塑工艺参数优化模型", "行业机理模型"), ("燃机性能衰退评估模型", "行业机理模型"), ("冷水机组COP寻优模型", "行业机理模型"),
              ("贴片机抛料分析模型", "数据算法模型"), ("加工中心刀具寿命模型", "数据算法模型"), ("排产优化模型", "业务流程模型"),
              ("风场功率预测模型", "研发仿真模型")]
    for i, (nm, cat) in enumerate(mnames):
        ws2.append([i + 1, nm, cat, "", mu[i]])
    ws2.append([])
    ws2.append(["工业机理模型合计（个）", Pm["models"]])
    for a, b in N["model_cat"].items():
        ws2.append([f"其中：{a}", b])
    evid.sheet_style(ws2, {"A": 24, "B": 26, "C": 16, "D": 10, "E": 16})
    f_app = E + "3-7 工业APP及工业机理模型清单.xlsx"
    lib.save_xlsx(wb, k.add_file(f_app, "evidence:other"))
    k.fact("工业APP数量（个）", str(Pm["apps"]), "个", Pm["apps"], f_app, 1, row_label="上架工业APP合计（个）")
    k.fact("杀手锏工业APP订阅数量（个）", str(Pm["killer_subs"]), "个", Pm["killer_subs"], f_app, 1, row_label="杀手锏APP订阅合计",
           column_label="订阅数量（个）")
    k.fact("工业APP订阅总数量（个）", str(Pm["subs"]), "个", Pm["subs"], f_app, 1, row_label="工业APP订阅总数量（个）")
    k.fact("工业机理模型数量（个）", str(Pm["models"]), "个", Pm["models"], f_app, 2, row_label="工业机理模型合计（个）")
    # 3-8 screenshot png
    im = lib.dashboard(NEW + " · 运营驾驶舱", [("设备接入总量", fmt(Pm["dev_total"]), "台/套"), ("注册企业", fmt(Pm["registered"]), "家"),
                                                 ("上架工业APP", fmt(Pm["apps"]), "个"), ("机理模型", fmt(Pm["models"]), "个"),
                                                 ("微服务", fmt(Pm["ms"]), "个"), ("注册开发者", fmt(Pm["devs"]), "人"),
                                                 ("今日在线设备", "15,418", "台"), ("解决方案", str(Pm["solutions"]), "套")],
                       rng=k.rng, subtitle="数据时间：2024-07-15 10:32", url=k.meta["url"] + "/cockpit",
                       table_rows=["海外站点：越南 / 巴基斯坦 / 德国", "长三角：上海 江苏 浙江 安徽 宁波", "告警闭环率 98.6%"])
    f_png = E + "3-8 平台运营驾驶舱截图.png"
    lib.save_png(k.add_file(f_png, "evidence:screenshot"), im)
    for lab, cap, v, unit in [("连接的工业设备/产品/产线种类及数量（台/套）", "设备接入总量", Pm["dev_total"], "台/套"),
                              ("注册企业用户数（个）", "注册企业", Pm["registered"], "家"), ("工业APP数量（个）", "上架工业APP", Pm["apps"], "个"),
                              ("工业机理模型数量（个）", "机理模型", Pm["models"], "个"), ("微服务数量（个）", "微服务", Pm["ms"], "个"),
                              ("开发者注册总数（个）", "注册开发者", Pm["devs"], "人"), ("平台提供的解决方案总数（个）", "解决方案", Pm["solutions"], "套")]:
        k.fact(lab, fmt(v), unit, v, f_png, 1, row_label=cap, image_only=True)

    # 申报书 (PDF) with 七 (2022 vs 2023)
    prev = dict(dev=29880, apps=402, models=318, served=2604, registered=3512, ms=1560, devs=5830, patents=41, copyrights=52)
    cur = dict(dev=Pm["dev_total"], apps=Pm["apps"], models=Pm["models"], served=Pm["served"], registered=Pm["registered"],
               ms=Pm["ms"], devs=Pm["devs"], patents=Pm["patents"], copyrights=Pm["copyrights"])
    names = dict(dev="连接工业设备（台/套）", apps="工业APP（个）", models="工业机理模型（个）", served="实际服务企业（个）",
                 registered="注册企业用户（个）", ms="微服务（个）", devs="注册开发者（个）", patents="专利（项）", copyrights="软著（个）")
    rows7 = [["指标", "2023年度申报（截至2023年6月）", "2024年度申报（截至2024年7月）", "增长率"]]
    rows7.append(["平台相关营业收入（万元）", "10875.60（2022年）", "13142.35（2023年）", f"{std.growth(rev[2022], rev[2023]):.2f}%"])
    for key in names:
        rows7.append([names[key], fmt(prev[key]), fmt(cur[key]), f"{(cur[key] / prev[key] - 1) * 100:.2f}%"])
    blocks = P.cover_blocks(k) + [
        ("h1", "一、申报单位简介"),
        ("p", "上海电气集团数字科技有限公司成立于2018年12月，是上海电气集团股份有限公司全资子公司，承担集团数字化转型和工业互联网平台建设运营任务，"
              "现有员工约1,100人，其中研发人员占比超过60%。公司聚焦能源装备、工业装备和集成服务三大领域，提供工业互联网平台、工业软件和智能制造解决方案。"),
        ("h1", "二、平台建设及运营情况"),
        ("p", f"平台名称：{NEW}（原名称：{OLD}，2024年3月更名，详见附件3-2更名说明）。平台自2019年1月起自建，建设金额11,600.00万元，"
              "采用边缘侧+私有云+公有云的混合云部署，面向能源装备、汽车零部件、电子制造等行业，提供设备接入、预测性维护、能耗管理、排产优化和质量追溯服务。"),
        ("p", "技术架构分为边缘层（1,360个边缘节点，支持Modbus、OPC UA、IEC 104、Profinet等286种协议）、IaaS层（自建私有云）、"
              "PaaS层（时序数据库、机理模型引擎、低代码开发）和SaaS层（486个工业APP）。"),
        ("table", ([["三级指标", "本平台数据", "对标数据"],
                    ["1.2.1 创新投入情况", "研发投入2286.77万元，强度17.40%", "同类平台（某能源装备平台）：研发投入约2000万元，强度约15%"],
                    ["2.1.1 工业设备连接/汇聚能力", "接入设备36420台（套），协议286种", "同类平台：接入设备约3万台（套）"],
                    ["2.1.2 工业软件/APP", "工业APP 486个，月活371个", "同类平台：工业APP约400个"],
                    ["3.1.1 平台应用规模", "实际服务企业3184家", "同类平台：服务企业约2500家"]], [35, 60, 75])),
        ("p", "平台技术创新点：自研百万级测点时序数据库、能源装备机理模型引擎和低代码开发环境，核心技术自主可控；设备接入规模和机理模型数量处于国内同类平台前列。"),
        ("h1", "三、平台应用成效"),
        ("p", "平台帮助客户平均降低运维成本17.36%、能耗12.08%，安全生产持续时间提升19.45%。服务企业主要分布在上海（1,402家）、江苏、浙江、安徽和宁波，"
              "并覆盖越南、巴基斯坦等海外电站。需要说明的是，服务企业中含集团内独立法人企业46家，均按合同付费使用平台服务。"),
        ("p", "应用创新点：“设备运维即服务”“能效托管”等新模式，按节能量分成；5G+边缘计算在风电场规模化应用。"),
        ("h1", "四、平台下一步发展计划"),
        ("p", "2024-2025年，平台将上线能源装备运维大模型，拓展储能和氢能装备接入，计划新增接入设备1万台（套），牵头制定2项团体标准。"),
        ("h1", "五、平台应用案例"),
        ("h2", "案例1：星云智汇平台——风电场预测性维护"),
        ("p", "某风电运营企业接入风电机组1,260台，应用风机齿轮箱故障预测模型，非计划停机下降28%，运维成本下降19.2%。"),
        ("h2", "案例2：星云智汇平台——汽车零部件注塑车间能耗管理与排产优化"),
        ("p", "嘉定某汽车零部件企业接入注塑机186台、空压机12台、冷水机组6台，能耗下降13.5%，订单准时交付率提升7个百分点。"),
        ("h2", "案例3：星云智汇平台——电子制造贴片质量追溯"),
        ("p", "昆山某电子企业接入贴片机及回流焊142台，实现SPI/AOI数据关联质量追溯，直通率提升2.3个百分点。"),
        ("h1", "六、附件及其他说明材料"),
        ("table", ([["序号", "附件名称", "页码"], ["3-1", "2023年度审计报告（节选）及平台业务专项说明", "1-5"], ["3-2", "平台更名说明（盖章）", "1"],
                    ["3-3", "平台接入设备统计表（按设备类型-产线-区域）", "工作表1-3"], ["3-4", "知识产权清单（专利、软件著作权）", "1-3"],
                    ["3-5", "服务企业名录及统计", "工作表1-2"], ["3-6", "省部级及以上荣誉清单及证书", "1-7"],
                    ["3-7", "工业APP及工业机理模型清单", "工作表1-2"], ["3-8", "平台运营驾驶舱截图", "1"]], [15, 120, 35])),
        ("h1", "七、平台相较上年度对比情况"),
        ("p", f"本平台2023年度以原名称“{OLD}”参评（附件6序号23）。2023年7月以来，平台新增燃机性能寻优、贴片质量追溯等APP 84个，"
              "新增机理模型74个，并完成更名。主要指标对比如下（2023年度申报数据为2022年经营数据及截至2023年6月的规模数据）："),
        ("table", (rows7, [55, 40, 40, 35])),
        ("p", "功能模块方面：新增运维知识大模型、碳足迹核算模块；应用服务方面：新增海外德国站点，长三角（含宁波）服务企业占比提升至83%。"),
    ]
    P.write_narrative(k, "附件3-申报书（星云智汇）.pdf", blocks, as_pdf=True)
    k.audit_issues = std.audit(k, N)
    return k
