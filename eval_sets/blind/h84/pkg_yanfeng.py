"""附件6 序号33 延锋工业互联网平台 — 上海延锋金桥饰件系统有限公司, 2023 参评 -. Four problems."""

from __future__ import annotations

from eval_sets.blind.h84 import evidence as ev
from eval_sets.blind.h84.pkg_onepower import K as _K

PID = "h84_yanfeng_problems"
DESCRIPTION = ("序号33延锋工业互联网平台，4个问题：“有否定期进行安全扫描”答“否”却写了定期扫描的时间、部署方式勾选“其他部署方式”未填写具体信息、"
               "汇总表“平台相关研发投入强度（%）”一栏填的是平台利润率、申报书缺少第三章。DOCX申报表+盖章扫描件、扫描版知识产权清单与云资源说明、"
               "截图为纯图PDF、纵向XLSX汇总表。")
LAYOUT = ["naming:延锋-附件N", "form:docx", "stamped_scan", "narrative:docx", "summary:xlsx-vertical", "audit:text 万元 p4",
          "devices:pdf", "screenshots:pdf-image", "ip:scan", "cloud:scan"]

S = dict(
    seed=8433, list_no=33, listed_name="延锋工业互联网平台", company="上海延锋金桥饰件系统有限公司", declared_name="延锋工业互联网平台",
    participated_2023=False, nature="行业型工业互联网平台", short="延锋",
    contact=("冯立群", "数字化中心经理", "13916528073", "fenglq@yf-jq.example.com"),
    contact2=("魏婷", "IT主管", "13817642591", "weit@yf-jq.example.com"),
    address="上海市浦东新区金桥路1288号研发中心2楼报告厅", url="https://iiot.yf-jq.example.com", account="eval_guest",
    password="Yf#Jq2024$",
    corp=dict(code="91310115607XXXXXXD", founded="1996年5月", reg="上海市浦东新区", type="有限责任公司", capital="21000万元",
              business="汽车内饰件研发、生产与销售", legal="孙卫东", equity="延锋汽车饰件系统有限公司等持股",
              fin=(386420.50, 462580.30, 6.42, 55.80, 28640.20, 14620.60)),
    build=("2019.09", "2023.12"), build_amount=6200.00,
    rev={2020: 3120.60, 2021: 3684.22, 2022: 4352.08, 2023: 5018.74},
    rnd=1206.85, rnd_prev=(1024.36, 886.20), profit=512.36, profit_prev=(418.52, 352.10),
    build_mode="自建", op_mode="自运营", iaas="自建", deploy=["私有云", "公有云"],
    ops=84, oper=46, qualified=98,
    dev=18640, dev_pub=6120, dev_run=4870, overseas={"墨西哥Mexico": 210, "德国Germany": 164},
    dev_cats=["机器人", "机床", "轻工设备", "仪器仪表", "物流设备", "电工、电子设备"],
    regions=["上海", "江苏", "浙江", "辽宁", "湖北", "重庆", "广东"],
    protocols=96, software=264, app=218, app_native=132, app_cloud=86, app_mau=164, killer_dau=986, killer_hits=7420,
    killer_income=18.36, pub_app=88, pub_app_dau=41,
    app_cats=["生产制造", "质量管控", "仓储物流", "运维服务", "研发设计", "节能减排"], industries=["汽车", "轻工", "机械", "电子"],
    servers=148.50, pub_servers=36, storage=1200.00, data=684.30, pub_data=96.50,
    models=212, active_models=98, model_users=364, speed=("秒级", "秒级（每TB注塑工艺数据分析约5秒）"),
    micro=846, active_micro=452, dev_reg=1860, dev_active=412,
    reg_ent=1460, served=1128, local=392, paid=318, sme=786, orders=(9640, 10215), trade_growth=12.68,
    subs=3640, killer_subs=1420, subs_amount=968.20, util=88.40, localization=83.60, smart=6, parks=5,
    solutions={"数字化管理": 4, "智能化制造": 7, "网络化协同": 3, "个性化定制": 2},
    listed=(False, "否"), cost_down=15.84, energy_down=9.36, safety_up=18.20, indices=2, patents=34, softcopy=41,
    carbon=True, idres=True, awards=3, jobs=142, social=19.64, partners=5,
)
K = dict(_K)
K.update(
    short="延锋", industry="汽车内饰", users="汽车内饰及零部件供应商",
    position="面向汽车内饰产业链的行业型工业互联网平台，提供设备互联、质量追溯与供应链协同服务",
    policies=["工信部《“十四五”智能制造发展规划》：汽车行业智能工厂与供应链协同",
              "上海市《促进智能终端产业高质量发展行动方案》：汽车零部件数字化转型",
              "汽车内饰：多品种小批量、质量追溯要求高，正加快产线数字化与供应链协同"],
    plan="延锋金桥“十四五”数字化转型规划", special_plan="延锋工业互联网平台建设规划（2022-2025）",
    private_note="", compute="私有云与公有云合计折算服务器148.50台，vCPU约4700核",
    rules="《延锋金桥信息安全管理制度》（YFJQ-IT-2019-03，2019年10月）；《工业控制系统安全管理规定》（YFJQ-IT-2021-06，2021年7月）",
    tech="注塑工艺参数优化、内饰件视觉质检、产线数字孪生",
    benefit="平均带动用户产能利用率提升7.2%，一次合格率提升2.1个百分点",
    cost="设备运维成本平均下降15.84%，单位产品能耗平均下降9.36%",
    breakthrough="自研注塑工艺参数自寻优模型，工艺调试时间缩短60%，优于行业平均水平。",
    carbon_text="是。提供产品碳足迹核算和工厂碳排放监测服务，已服务内饰供应商28家。",
    idres_text="是。平台接入国家标识解析二级节点（汽车行业），为内饰件赋码约1,200万个，实现质量追溯。",
    standards="参与制定团体标准1项：《汽车内饰件数字化工厂建设指南》。",
    open_data="以API接口和工艺知识库形式开放：开放API接口68个，注塑工艺知识库1个（约4,600条工艺参数）",
    new_model="有。培育个性化定制和网络化协同新模式，支撑主机厂与内饰供应商协同排产。",
    intro="延锋工业互联网平台由上海延锋金桥饰件系统有限公司建设运营，是面向汽车内饰产业链的行业型工业互联网平台。平台提供设备互联、"
          "注塑与涂装工艺优化、视觉质检、质量追溯和供应链协同等服务，主要客户为汽车内饰及零部件供应商。",
    effect="平台解决了内饰件生产设备异构、工艺调试依赖经验、质量追溯困难等痛点，带动用户设备运维成本平均下降15.84%，"
           "单位产品能耗平均下降9.36%，累计带动新增就业142人。",
    smart_text="服务上海市级智能工厂6家，提供设备互联与质量追溯服务。",
    index_text="包括内饰件质量指数和产线OEE指数。",
    award_text="包括上海市工业互联网创新发展应用示范等。",
)
T_OVERRIDE: dict = {}
S_DECL = dict(deploy_other="")
OMIT = ("三、平台应用成效",)
N = dict(
    ch1=["上海延锋金桥饰件系统有限公司成立于1996年，注册于上海市浦东新区，主营汽车内饰件研发、生产与销售，为国内外主机厂配套。",
         "公司核心竞争力在于内饰件工艺积累、智能制造实施能力和数字化团队。"],
    position="平台定位为面向汽车内饰产业链的行业型工业互联网平台。",
    innovation="平台以注塑工艺知识模型和视觉质检为核心，打通设备、质量与供应链数据，关键技术自主可控。",
    ch3=["（本章缺失）"],
    app_innovation="",
    ch4=["下一步，平台将推广产线数字孪生、扩大海外工厂接入，并向内饰供应商开放工艺知识库。"],
    ch5=["案例1：延锋工业互联网平台——注塑车间工艺优化",
         "案例实际内容简介：接入注塑机186台，工艺调试时间缩短60%，一次合格率提升2.3个百分点。",
         "案例2：延锋工业互联网平台——涂装线能耗管理",
         "案例实际内容简介：单位产品能耗下降9.8%。",
         "案例3：延锋工业互联网平台——供应商质量协同",
         "案例实际内容简介：来料不良率下降18%。"],
)
EVIDENCE_FILES = {
    "延锋-附件3 证明材料/附件3-1 2023年度审计报告.pdf": "evidence:audit_report",
    "延锋-附件3 证明材料/附件3-2 设备接入统计表.pdf": "evidence:device_list",
    "延锋-附件3 证明材料/附件3-3 平台系统截图.pdf": "evidence:screenshot",
    "延锋-附件3 证明材料/附件3-4 知识产权清单（扫描件）.pdf": "evidence:patent_list",
    "延锋-附件3 证明材料/附件3-5 服务企业统计.xlsx": "evidence:other",
    "延锋-附件3 证明材料/附件3-6 云资源使用情况说明（盖章）.pdf": "evidence:other",
}
FILES = {"联系人表": "延锋-附件1 联系人信息反馈表.docx", "申报表": "延锋-附件2 申报表.docx", "申报表扫描件": "延锋-附件2 申报表（盖章版）.pdf",
         "申报书": "延锋-附件3 申报书.docx", "汇总表": "延锋-附件4 汇总表.xlsx", "承诺": "延锋-附件5 真实性承诺.pdf"}
E = list(EVIDENCE_FILES)
FORM = FILES["申报表"]


def evidence(ctx, m):
    f = ev.audit(ctx, m, E[0], "上海金信会计师事务所有限公司")
    f += ev.devices_pdf(ctx, m, E[1])
    f += ev.screens(ctx, m, [], [
        [("接入设备（台/套）", "18,640", "连接的工业设备/产品/产线种类及数量（台/套）", "台/套", 18640, True),
         ("注册企业", "1,460", "注册企业用户数（个）", "家", 1460, True),
         ("工业APP", "218", "工业APP数量（个）", "个", 218, True),
         ("今日产量（件）", "48,260", "", "", None, False)],
        [("微服务", "846", "微服务数量（个）", "个", 846, True),
         ("机理模型", "212", "工业机理模型数量（个）", "个", 212, True),
         ("注册开发者", "1,860", "开发者注册总数（个）", "个", 1860, True),
         ("在线用户", "326", "", "", None, False)]],
        as_pdf=E[2], titles=["延锋工业互联网平台 · 生产运营总览", "延锋工业互联网平台 · 开发与运维中心"])
    f += ev.ip_lists(ctx, m, E[3], scanned=True)
    f += ev.enterprises_xlsx(ctx, m, E[4])
    f += ev.cloud_pdf(ctx, m, E[5], scanned=True)
    return f


SCAN_TEXT = "否，每季度委托第三方开展一次漏洞扫描"


def plant(m):
    m.set("有否定期进行安全扫描", False, "否", SCAN_TEXT)


def summary_edit(m):
    m.summary_cells["平台相关研发投入强度（%）"] = m.shown["平台利润率（%）"]


PROBLEMS = [
    dict(family="answer_format", fields=["有否定期进行安全扫描"], files=[FORM], severity="warning",
         description=f"“有否定期进行安全扫描”填写“{SCAN_TEXT}”：答“否”却给出了定期扫描的时间，填报指引要求“是，定期的时间”或“否”"),
    dict(family="conditional", fields=["部署方式"], files=[FORM], severity="error",
         description="部署方式勾选“其他部署方式”，但“请填写（必填）”处未填写具体部署方式"),
    dict(family="summary_vs_form", fields=["平台相关研发投入强度（%）"], files=[FILES["汇总表"], FORM], severity="error",
         description="汇总表“平台相关研发投入强度（%）”填写 10.21，即申报表“平台利润率（%）”的数值；申报表研发投入强度为 24.05"),
    dict(family="missing_section", fields=["三、平台应用成效"], files=[FILES["申报书"]], severity="error",
         description="申报书缺少“三、平台应用成效”章节（包括必写的应用创新点总结）"),
]
