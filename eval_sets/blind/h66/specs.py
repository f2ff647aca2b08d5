"""The four packages of h66: 附件6 rows, categories, texts and what each one plants."""

from __future__ import annotations

from texts import fit

# ------------------------------------------------------------------ shared prose pieces
def intro_parts(dom: str, name: str, nature: str) -> tuple[list[str], list[str]]:
    required = [
        f"{name}是面向{dom}领域打造的{nature}，依托申报单位多年积累的行业知识与工程经验建设而成。",
        "平台采用边缘采集、云端汇聚、模型驱动、应用赋能的总体架构，"
        "提供设备接入、状态监测、故障诊断、预测性维护、能效分析和知识管理等主要功能。",
        "平台已形成设备全生命周期数据管理能力、工业机理模型沉淀与复用能力、低代码应用开发能力和跨企业协同服务能力。",
        "主要客户包括行业骨干制造企业、配套零部件企业、运维服务商及园区管理机构，覆盖长三角并辐射全国主要产业集聚区。",
    ]
    optional = [
        "平台坚持自主研发，核心组件实现自主可控。",
        "平台支持公有云、私有云和边缘侧多种部署形态，满足不同客户的数据安全要求。",
        "在设备接入方面，平台兼容主流工业协议，可快速完成老旧设备的改造接入。",
        "在数据治理方面，平台建立了统一的数据标准和主数据管理体系。",
        "在模型方面，平台将专家经验封装为可调用的机理模型组件，供开发者和用户复用。",
        "在应用方面，平台上架了覆盖研发、生产、运维、管理等环节的工业应用。",
        "平台配套建设了开发者社区，提供开发文档、示例工程和在线调试环境。",
        "平台持续开展安全体系建设，通过了网络安全等级保护测评。",
        "平台运营团队提供驻场实施、远程支持和定期回访等服务。",
        "平台与多家高校和科研院所开展产学研合作，共建联合实验室。",
        "平台积极参与行业标准研制，推动数据接口和模型描述的规范化。",
        "面向中小企业，平台提供轻量化订阅服务，降低数字化转型门槛。",
        "平台已形成可复制推广的行业解决方案，并在多个细分场景落地应用。",
        "下一步，平台将深化人工智能大模型与行业知识的融合应用。",
        "平台高度重视用户体验，持续优化操作界面和服务流程。",
        "通过平台，用户可以实现设备运行状态的透明化管理。",
        "平台各项服务均可按需订阅。",
        "平台运行稳定。",
    ]
    return required, optional


def intro(dom: str, name: str, nature: str, target: int | None = None) -> str:
    import re
    if re.search(r"[A-Za-z0-9]", name):
        name = "本平台"
    req, opt = intro_parts(dom, name, nature)
    if target is None:
        return req[0] + opt[0] + opt[1] + "".join(req[1:])
    return fit(req, opt, target)


def effect(dom: str) -> str:
    return (f"平台聚焦{dom}企业设备状态不透明、运维依赖人工经验、能耗管理粗放等痛点，"
            "通过设备联网、数据汇聚和模型分析，帮助用户实现由被动维修向预测性维护转变，"
            "带动上下游企业开展数字化改造，在降本增效、安全生产和节能降碳方面取得明显成效，"
            "并沉淀了一批可复用的工业知识和解决方案。")


def position(dom: str, exact50: bool = False) -> str:
    if exact50:
        return fit([f"立足{dom}领域，", "打造设备全生命周期运维服务的行业级工业互联网平台。"],
                   ["面向行业骨干企业和中小配套企业，", "服务长三角，", "辐射全国，", "以数据和模型为核心，", "助力数字化转型，"], 50)
    return f"面向{dom}领域的行业级工业互联网平台，服务设备全生命周期管理。"


def cross_platform(exact200: bool = False, over: bool = False) -> str:
    req = ["平台建设了统一的开放接口网关，", "与合作平台之间实现了数据对接、应用对接和身份互认，支持跨平台调用设备数据、模型服务和应用功能。"]
    opt = ["接口遵循统一的数据字典和安全认证规范，", "调用过程全程留痕、可审计。", "平台与上级行业平台实现了主数据同步，",
           "与园区服务平台实现了企业信息互通，", "与能源管理平台实现了能耗数据共享，", "用户在一个入口即可使用多个平台的服务，",
           "减少了重复登录和重复录入。", "跨平台调用的响应时间保持在较低水平，", "满足业务实时性的要求。", "后续将继续扩大对接范围。"]
    text = fit(req, opt, 200)
    if over:
        text += "此外，平台还计划在明年上半年与省外三家行业平台、两家金融服务平台以及一家物流服务平台完成接口联调和业务试运行，进一步拓展跨平台协同的广度和深度。"
    return text


def new_tech(exact300: bool = False) -> str:
    req = ["平台积极推动人工智能、边缘计算、数字孪生等新技术的融合应用。",
           "在人工智能方面，平台引入行业大模型辅助故障诊断和维修决策；在边缘计算方面，部署边缘节点实现数据就近处理；在数字孪生方面，构建关键设备的三维孪生体，实现运行状态的可视化监测与仿真推演。"]
    opt = ["平台还探索了区块链技术在运维记录存证中的应用，", "保证运维数据不可篡改。", "平台通过第五代移动通信网络实现了移动设备的低时延接入。",
           "新技术的融合应用显著提升了平台的智能化水平，", "降低了用户的运维成本，", "提升了设备的运行可靠性。",
           "平台将持续跟踪新技术发展趋势，", "推动更多新技术在行业场景中落地。", "相关成果已在多个用户现场得到验证。",
           "平台建立了新技术应用的评估机制。", "确保新技术稳定可靠。",
           "在智能分析方面，平台引入时序预测算法，提升了故障预警的准确性。", "平台还与高校合作开展前沿技术预研。"]
    if exact300:
        return fit(req, opt, 300)
    return req[0] + req[1]


# ------------------------------------------------------------------ packages
PACKAGES = [
    dict(
        pid="h66_711_marine_clean", seed=6601, list_no=8,
        listed_name="船舶动力系统设备全生命周期运行维护平台",
        company="中国船舶重工集团公司第七一一研究所", p2023=True,
        declared_name="船舶动力系统设备全生命周期运行维护平台",
        short="七一一所", nature="行业型工业互联网平台", dom="船舶动力",
        contact=("陆嘉诚", "13917264853", "lujc@csic711.example.com", "平台运营部主任"),
        address="上海市闵行区华宁路3111号科研楼5楼第二会议室",
        url="https://mpm.csic711.example.com", account="评审账号：review711 / 密码：Rv#711eval",
        secret="Rv#711eval",
        build=("2019年3月", "2023年12月", "2019.03-2023.12"), build_amount=6280.00,
        rev_range=(3100, 3600), growth=(0.112, 0.094, 0.127), rd_share=0.186, profit_share=0.118,
        devices=16480, private_devices=3920, public_share=0.41, overseas={},
        dev_cats={"动力设备": 46, "交通设备": 21, "仪器仪表": 14, "电力设备": 12, "物流设备": 7},
        dev_regions={"上海": 34, "江苏": 22, "浙江": 11, "山东": 9, "辽宁": 7, "大连": 6, "青岛": 6, "广东": 5},
        apps=236, app_cats={"运维服务": 38, "节能减排": 14, "安全生产": 16, "质量管控": 9, "生产制造": 11, "运营管理": 7, "研发设计": 5},
        industries={"船舶": 52, "电力、热力和燃气": 18, "机械": 20, "石化化工": 10},
        storage=720, storage_use=0.5842, models=318, private_models=74, model_w=[24, 18, 44, 14],
        micro=864, private_micro=126, developers=4860, registered=1864,
        ent_ind={"船舶": 41, "机械": 26, "电力、热力和燃气": 14, "石化化工": 9, "其他": 10},
        ent_region={"上海": 38, "江苏": 21, "浙江": 12, "山东": 10, "辽宁": 7, "大连": 6, "青岛": 6},
        solutions={"数字化管理": 9, "平台化设计": 0, "网络化协同": 6, "智能化制造": 8, "个性化定制": 0, "服务化延伸": 11},
        patents=27, copyrights=41, awards=4, indices=0, smart_factories=3, parks=5, partners=6,
        vcpe=False, identifier=False, carbon=True, breakthrough=True, localization=100.00,
        fill_date="2024年7月22日", chapter7=True, evidence_style="a",
    ),
    dict(
        pid="h66_sijian_bim_problems", seed=6602, list_no=12,
        listed_name="基于BIM的公共建筑智慧建造与运维工业互联网平台",
        company="上海建工四建集团有限公司", p2023=True,
        declared_name="基于BIM的公共建筑智慧建造与运维工业互联网平台",
        short="四建集团", nature="行业型工业互联网平台", dom="公共建筑建造与运维",
        contact=("沈一鸣", "13916572084", "shenym@scg4.example.com", "数字建造中心副主任"),
        address="上海市黄浦区中山南一路1388号12楼会议室",
        url="https://bim.scg4.example.com", account="评审账号：expert2024 / 密码：Bim@4Review",
        secret="Bim@4Review",
        build=("2018年9月", "2023年12月", "2018.09-2023.12"), build_amount=8460.00,
        rev_range=(4200, 4800), growth=(0.086, 0.102, 0.091), rd_share=0.172, profit_share=0.094,
        devices=9260, public_share=0.36, overseas={"新加坡Singapore": 84, "马来西亚Malaysia": 52},
        dev_cats={"工程机械": 38, "物流设备": 17, "电力设备": 19, "仪器仪表": 16, "其他": 10},
        dev_regions={"上海": 58, "江苏": 14, "浙江": 12, "安徽": 9, "湖北": 7},
        apps=148, app_cats={"安全生产": 30, "质量管控": 22, "运营管理": 19, "研发设计": 16, "节能减排": 13},
        industries={"建筑业": 62, "建材": 16, "电力、热力和燃气": 12, "服务业": 10},
        storage=1260, storage_use=0.6128, models=204, model_w=[18, 36, 30, 16],
        micro=632, developers=2940, registered=1386,
        ent_ind={"建筑业": 54, "建材": 18, "服务业": 16, "其他": 12},
        ent_region={"上海": 61, "江苏": 15, "浙江": 12, "安徽": 7, "湖北": 5},
        solutions={"数字化管理": 10, "平台化设计": 7, "网络化协同": 8, "智能化制造": 5, "个性化定制": 3, "服务化延伸": 6},
        patents=36, copyrights=52, awards=5, indices=3, smart_factories=2, parks=7, partners=5,
        vcpe=True, identifier=True, carbon=True, breakthrough=True, localization=92.50,
        fill_date="2024年7月15日", chapter7=False, evidence_style="b",
    ),
    dict(
        pid="h66_hongzhiwei_materials_problems", seed=6603, list_no=4,
        listed_name="基于知识驱动的材料大数据工业互联网平台",
        company="鸿之微(科技)上海股份有限公司", p2023=False,
        declared_name="基于知识驱动的材料大数据工业互联网平台",
        short="鸿之微", nature="行业型工业互联网平台", dom="新材料研发与制造",
        contact=("邵子涵", "13918420637", "shaozh@hzwtech.example.com", "市场与生态部经理"),
        address="上海市浦东新区张江路368号8楼路演厅",
        url="https://matdata.hzwtech.example.com", account="评审账号：mat_review / 密码：Mat!2024ev",
        secret="Mat!2024ev",
        build=("2020年1月", "2023年12月", "2020.01-2023.12"), build_amount=3860.00,
        rev_range=(1500, 1800), growth=(0.214, 0.186, 0.163), rd_share=0.284, profit_share=0.106,
        devices=4270, public_share=0.52, overseas={"新加坡Singapore": 96, "日本Japan": 58},
        dev_cats={"仪器仪表": 44, "化工设备": 22, "冶炼设备": 18, "电工、电子设备": 16},
        dev_regions={"上海": 41, "江苏": 19, "浙江": 13, "广东": 11, "北京": 9, "四川": 7},
        apps=126, app_cats={"研发设计": 46, "质量管控": 24, "生产制造": 18, "节能减排": 12},
        industries={"有色金属": 28, "石化化工": 26, "电子": 24, "黑色金属": 12, "医药": 10},
        storage=980, storage_use=0.7035, models=412, model_w=[34, 40, 20, 6],
        micro=518, developers=7620, registered=968,
        ent_ind={"电子": 29, "石化化工": 24, "有色金属": 21, "黑色金属": 11, "医药": 15},
        ent_region={"上海": 44, "江苏": 18, "浙江": 12, "北京": 10, "广东": 9, "四川": 7},
        solutions={"数字化管理": 4, "平台化设计": 12, "网络化协同": 5, "智能化制造": 6, "个性化定制": 3, "服务化延伸": 4},
        patents=22, copyrights=64, awards=3, indices=2, smart_factories=1, parks=4, partners=4,
        vcpe=True, identifier=True, carbon=True, breakthrough=True, localization=88.00,
        fill_date="2024年7月12日", chapter7=True, evidence_style="c",
    ),
    dict(
        pid="h66_tansuo_carbon_problems", seed=6604, list_no=27,
        listed_name="零碳绿色工厂综合数智化管理平台",
        company="上海碳索能源服务股份有限公司", p2023=False,
        declared_name="零碳绿色工厂综合数智化管理平台",
        short="碳索能源", nature="行业型工业互联网平台", dom="工厂能源与碳管理",
        contact=("韩子昂", "13917830926", "hanza@tansuo-energy.example.com", "数智化事业部总监"),
        address="上海市长宁区金钟路999号C栋3楼多功能厅",
        url="https://zerocarbon.tansuo.example.com", account="评审账号：zc_expert / 密码：Zc#Eval724",
        secret="Zc#Eval724",
        build=("2020年6月", "2023年12月", "2020.06-2023.12"), build_amount=2960.00,
        rev_range=(2100, 2500), growth=(0.176, 0.142, 0.208), rd_share=0.152, profit_share=0.127,
        devices=12640, public_share=0.62, overseas={},
        dev_cats={"电力设备": 36, "动力设备": 28, "仪器仪表": 24, "其他": 12},
        dev_regions={"上海": 46, "江苏": 20, "浙江": 15, "安徽": 10, "福建": 9},
        apps=94, app_cats={"节能减排": 48, "运营管理": 22, "安全生产": 16, "运维服务": 14},
        industries={"电力、热力和燃气": 30, "汽车": 22, "电子": 20, "食品": 14, "医药": 14},
        storage=540, storage_use=0.4786, models=156, model_w=[40, 8, 36, 16],
        micro=402, developers=1280, registered=1142,
        ent_ind={"汽车": 24, "电子": 22, "食品": 18, "医药": 16, "机械": 20},
        ent_region={"上海": 52, "江苏": 20, "浙江": 14, "安徽": 8, "福建": 6},
        solutions={"数字化管理": 12, "平台化设计": 2, "网络化协同": 4, "智能化制造": 6, "个性化定制": 1, "服务化延伸": 7},
        patents=18, copyrights=46, awards=2, indices=4, smart_factories=4, parks=9, partners=3,
        vcpe=True, identifier=False, carbon=True, breakthrough=True, localization=95.00,
        fill_date="2024年7月19日", chapter7=False, evidence_style="d",
    ),
]
