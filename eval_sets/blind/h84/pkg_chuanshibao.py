"""附件6 序号28 基于全球船舶实时船位的航运新基建--船视宝 — 中远海运科技股份有限公司, 2023 参评 -. Five problems."""

from __future__ import annotations

from eval_sets.blind.h84 import evidence as ev
from eval_sets.blind.h84.model import scale
from eval_sets.blind.h84.pkg_onepower import K as _K

PID = "h84_chuanshibao_problems"
DESCRIPTION = ("序号28中远海运科技船视宝，5个问题：申报书（PDF，含目录）缺少第四章、设备总数按私有化格式填写而按二级分类统计未计入私有化部分"
               "（各项之和7,720≠9,860）、企业已上市或已获得VC/PE投资只答“是”未简述、申报书称服务企业1,640家而申报表为1,460、"
               "活跃机理模型数量大于工业机理模型数量。DOCX申报表+盖章扫描件、DOCX汇总表。")
LAYOUT = ["naming:N.", "form:docx", "stamped_scan", "narrative:pdf+目录", "summary:docx", "audit:text 万元 p4",
          "devices:xlsx with 私有化 column", "screenshots:png", "private_format"]

S = dict(
    seed=8428, list_no=28, listed_name="基于全球船舶实时船位的航运新基建--船视宝", company="中远海运科技股份有限公司",
    declared_name="基于全球船舶实时船位的航运新基建--船视宝", participated_2023=False, nature="行业型工业互联网平台", short="船视宝",
    contact=("钱思远", "船视宝事业部副总经理", "13918357206", "qiansy@shipview.example.com"),
    contact2=("邵敏", "产品运营主管", "13816094732", "shaom@shipview.example.com"),
    address="上海市浦东新区民生路600号科技楼3楼第二会议室", url="https://www.shipview.example.com", account="sheitc_demo",
    password="Csb@2024#Rv",
    corp=dict(code="91310000132XXXXXXC", founded="1993年8月", reg="上海市浦东新区", type="股份有限公司（上市）", capital="37159万元",
              business="航运信息化、智能交通、物联网与平台服务", legal="黄国华", equity="控股股东持股约48%，其余为社会公众股",
              fin=(468236.20, 218640.75, 7.82, 42.36, 24682.10, 10236.85)),
    build=("2020.06", "2023.12"), build_amount=9800.00,
    rev={2020: 5210.80, 2021: 6104.25, 2022: 7462.38, 2023: 8826.14},
    rnd=1936.52, rnd_prev=(1702.30, 1486.95), profit=846.30, profit_prev=(702.16, 568.40),
    build_mode="自建", op_mode="自运营", iaas="自建", deploy=["边缘侧", "私有云", "公有云", "混合云"],
    ops=96, oper=58, qualified=121,
    dev=9860, dev_private=2140, private_column=True, dev_pub=5230, dev_run=4012,
    overseas={"新加坡Singapore": 320, "希腊Greece": 148, "巴拿马Panama": 96},
    dev_cats=["交通设备", "物流设备", "仪器仪表", "电力设备"], regions=["上海", "辽宁", "山东", "浙江", "广东", "天津", "福建"],
    protocols=58, software=142, app=118, app_native=82, app_cloud=36, app_mau=86, killer_dau=1426, killer_hits=9860,
    killer_income=24.80, pub_app=96, pub_app_dau=52,
    app_cats=["运营管理", "仓储物流", "供应链管理", "安全生产", "节能减排"], industries=["船舶", "服务业", "石化化工", "其他"],
    servers=212.00, pub_servers=164, storage=1600.00, data=986.40, pub_data=620.10,
    models=148, active_models=66, model_users=538, speed=("秒级", "秒级（每TB船舶轨迹数据检索分析约3秒）"),
    micro=620, active_micro=318, dev_reg=2140, dev_active=566,
    reg_ent=2380, served=1460, local=386, paid=512, sme=1012, orders=(18420, 19360), trade_growth=16.24,
    subs=4260, killer_subs=1870, subs_amount=1642.50, util=84.60, localization=86.20, smart=2, parks=6,
    solutions={"数字化管理": 5, "网络化协同": 6, "服务化延伸": 4},
    listed=(True, "是。公司为A股上市公司，平台所属业务纳入上市公司主营业务。"), cost_down=14.26, energy_down=8.64, safety_up=16.30,
    indices=4, patents=18, softcopy=52, carbon=True, idres=False, awards=5, jobs=196, social=20.36, partners=7,
)
K = dict(_K)
K.update(
    short="船视宝", industry="航运与港口", users="航运公司、港口和船舶管理企业",
    position="基于全球船舶实时船位的航运数字化平台，服务航运、港口和船舶管理企业",
    policies=["交通运输部《数字交通“十四五”发展规划》：航运数字化与智慧港口建设",
              "上海市《国际航运中心建设“十四五”规划》：航运服务数字化、高端航运服务",
              "航运业：船舶动态透明化、绿色低碳航运需求上升，正加快数字化转型"],
    plan="中远海运科技“十四五”发展规划", special_plan="船视宝平台三年发展规划（2023-2025）",
    private_note="私有化部署说明：平台为18家船公司和港口提供私有化部署，私有化部署接入船载终端等设备2140台/套，"
                 "已计入设备总数，私有化节点定期向平台同步设备状态。",
    compute="混合云部署，折算服务器212台，vCPU约6800核",
    rules="《船视宝平台网络安全管理制度》（CSB-AQ-2021-01，2021年5月）；《平台数据安全管理办法》（CSB-AQ-2022-02，2022年8月）",
    tech="全球船舶轨迹融合、船舶能效分析、港口作业预测",
    benefit="平均带动用户航次效率提升4.6%，港口作业计划准确率提升12个百分点",
    cost="船舶燃油成本平均下降3.8%，船舶运维成本平均下降14.26%",
    breakthrough="自研多源船位数据融合技术，全球船位刷新间隔缩短至3分钟，优于同类平台约10分钟的水平。",
    carbon_text="是。提供船舶碳排放监测、碳强度（CII）评级测算服务，已服务船公司42家。",
    idres_text="否",
    standards="参与制定行业标准2项：《船舶动态数据交换规范》《航运大数据平台技术要求》。",
    open_data="以API接口和数据产品形式开放：开放API接口96个，船舶动态数据集4个，航运指数3项",
    new_model="有。培育航运数据服务化延伸新模式，以订阅方式提供船舶动态、港口拥堵和碳排放数据服务。",
    intro="船视宝由中远海运科技股份有限公司建设运营，是基于全球船舶实时船位的行业型工业互联网平台。平台汇聚全球船舶动态、"
          "港口作业和航运市场数据，提供船舶监控、航次管理、能效与碳排放管理、港口协同等服务，主要客户为航运公司、港口企业和船舶管理公司。",
    effect="平台解决了航运业船舶动态不透明、港航协同效率低、碳排放管理难等痛点，带动用户船舶运维成本平均下降14.26%，"
           "燃油成本平均下降3.8%，累计带动新增就业196人。",
    smart_text="服务上海市级智能工厂2家，提供物流协同与设备运维服务。",
    index_text="包括船视宝集装箱运价指数、港口拥堵指数、船舶碳强度指数和航运景气指数。",
    award_text="包括上海市工业互联网创新发展应用示范等。",
)
T_OVERRIDE: dict = {}
S_DECL = dict(active_models=186)
OMIT = ("四、平台下一步发展计划",)
N = dict(
    ch1=["中远海运科技股份有限公司为A股上市公司，注册于上海市浦东新区，长期从事航运信息化和智能交通业务，"
         "拥有航运、港口、物流领域的信息化产品和实施能力。",
         "公司核心竞争力在于航运业务理解、全球船舶数据汇聚能力和专业的研发团队。"],
    position="平台定位为基于全球船舶实时船位的航运数字化平台。",
    cust_sentence="平台注册企业2,380家，累计服务航运、港口及船舶管理企业1,640家，其中付费企业512家。",
    innovation="平台以多源船位融合和航运知识模型为核心，形成船舶动态、港口协同和碳排放管理的特色能力，关键技术自主可控。",
    ch3=["平台解决了船舶动态不透明、港航协同效率低等问题，用户船舶运维成本平均下降14.26%，燃油成本平均下降3.8%。",
         "平台服务港口与航运企业，覆盖工业园区和港区6个。"],
    app_innovation="平台以数据订阅方式延伸航运服务，形成可持续的商业模式。",
    ch4=["下一步，平台将建设航运大模型助手、扩展海外港口数据并完善碳排放服务。"],
    ch5=["案例1：船视宝——船公司船队能效管理",
         "案例实际内容简介：为某船公司86艘船舶提供能效监测与航速优化，年节省燃油约3.8%。",
         "案例2：船视宝——港口作业协同",
         "案例实际内容简介：为某港口提供船舶到港预测，作业计划准确率提升12个百分点。",
         "案例3：船视宝——船舶管理公司远程运维",
         "案例实际内容简介：船载设备远程运维使运维成本下降14.6%。"],
)
EVIDENCE_FILES = {
    "3.证明材料/3.1 2023年度审计报告.pdf": "evidence:audit_report",
    "3.证明材料/3.2 接入设备统计（含私有化部署）.xlsx": "evidence:device_list",
    "3.证明材料/3.3 平台首页截图.png": "evidence:screenshot",
    "3.证明材料/3.4 服务企业统计.xlsx": "evidence:other",
    "3.证明材料/3.5 知识产权清单.pdf": "evidence:patent_list",
    "3.证明材料/3.6 云资源使用情况说明.pdf": "evidence:other",
}
FILES = {"联系人表": "1.联系人信息反馈表.docx", "申报表": "2.申报表.docx", "申报表扫描件": "2.申报表（盖章扫描）.pdf",
         "申报书": "3.申报书.pdf", "汇总表": "4.平台基本情况汇总表.docx", "承诺": "5.真实性承诺.pdf"}
E = list(EVIDENCE_FILES)
FORM = FILES["申报表"]
CAT = "按二级分类统计工业设备数量（台/套）"
DEV = "连接的工业设备/产品/产线种类及数量（台/套）"


def evidence(ctx, m):
    f = ev.audit(ctx, m, E[0], "上海中洋会计师事务所（特殊普通合伙）")
    f += ev.devices_xlsx(ctx, m, E[1])
    f += ev.screens(ctx, m, [E[2]], [[
        ("在线监控船舶（艘）", "6.2万", "", "", None, False),
        ("平台注册企业", "2,380", "注册企业用户数（个）", "家", 2380, True),
        ("上架工业APP", "118", "工业APP数量（个）", "个", 118, True),
        ("机理模型", "148", "工业机理模型数量（个）", "个", 148, True),
        ("注册开发者", "2,140", "开发者注册总数（个）", "个", 2140, True),
        ("今日靠港船舶", "1,036", "", "", None, False)]], titles=["船视宝 全球船舶动态总览"])
    f += ev.enterprises_xlsx(ctx, m, E[3])
    f += ev.ip_lists(ctx, m, E[4])
    f += ev.cloud_pdf(ctx, m, E[5])
    return f


def plant(m):
    # the category breakdown leaves the 私有化 part out (the region breakdown includes it)
    m.set(CAT, scale(m.val[CAT], m.val[DEV] - m.spec["dev_private"]))
    m.cell["企业已上市或已获得VC/PE投资"] = "是"


PROBLEMS = [
    dict(family="missing_section", fields=["四、平台下一步发展计划"], files=[FILES["申报书"]], severity="error",
         description="申报书（PDF，目录与正文一致）缺少“四、平台下一步发展计划”章节，目录由“三、平台应用成效”直接跳到“五、平台应用案例”"),
    dict(family="breakdown_sum", fields=[CAT, DEV], files=[FORM, E[1]], severity="error",
         description="连接的工业设备按私有化格式填写“总数9860台/套，其中私有化部署涉及的相关数量2140台/套”，而按二级分类统计工业设备数量"
                     "各项之和为 7720（未计入私有化部署的2140台/套），与总数 9860 不一致；按省市区域统计之和为 9860，与总数一致"),
    dict(family="answer_format", fields=["企业是否已上市或已获得VC/PE投资", "企业已上市或已获得VC/PE投资"], files=[FORM],
         severity="warning",
         description="“企业已上市或已获得VC/PE投资”只填写“是”，填报指引要求填写“是”并简述具体上市情况或获得投资情况"),
    dict(family="narrative_vs_form", fields=["实际服务企业数（个）"], files=[FILES["申报书"], FORM], severity="warning",
         description="申报书第二章称“累计服务航运、港口及船舶管理企业1,640家”，申报表实际服务企业数填报 1460 个（服务企业统计表同为 1460）"),
    dict(family="subset", fields=["活跃机理模型数量（一周调用5次以上）（个）", "工业机理模型数量（个）"], files=[FORM], severity="error",
         description="活跃机理模型数量（一周调用5次以上） 186 个大于工业机理模型数量 148 个（前者是后者的“其中”项）"),
]
