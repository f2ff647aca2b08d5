"""The four platforms' figures (one source of truth) and their expansion into the 103 附件4 rows.

All figures are invented; platforms, 序号 and companies are real rows of 附件6. Breakdowns are split from the totals
with fixed weights so they always add up; rates are computed from their inputs as the 填报指引 defines them."""

from __future__ import annotations

from eval_sets.blind.h100.labels import SUMMARY_LABELS


def split(total: int, names: list[str], weights: list[float]) -> dict[str, int]:
    s = sum(weights)
    parts = [int(total * w / s) for w in weights]
    parts[0] += total - sum(parts)
    return dict(zip(names, parts))


def pct(a: float, b: float) -> float:
    return round(a / b * 100 + 1e-9, 2)


def fmt(n: float, d: int = 2) -> str:
    return f"{n:,.{d}f}"


SPECS = {
    "h100_guowang_power": dict(
        list_no=13, listed_name="国网上海电力工业互联网平台", company="国网上海市电力公司", participated=True,
        ptype="行业型工业互联网平台", short="国网上海电力", industry="电力、热力和燃气", seed=10013,
        contact="顾晓岚", phone="13916402817", email="guxl@sgsh-iiot.example.com",
        address="上海市浦东新区源深路1122号3号楼8楼第二会议室", url="https://iiot.sgsh-grid.example.com",
        account="pj2024_guest", password="Grid#Eval0712",
        build_time="2019.03.01-2023.12.31", invest=12860.00, rev=(9846.20, 11237.58, 13125.64), rev2020=8412.35,
        rd=2368.47, profit=1642.18, company_rev_yuan=98_264_315_700, company_assets_yuan=186_503_228_400,
        company_profit_yuan=3_418_226_500, auditor="沪信达会计师事务所（特殊普通合伙）",
        mode="自建", op="自运营", iaas="租用", iaas_vendor="华东电力云数据中心", deploy="边缘侧、私有云、公有云",
        team=(214, 132), qualified=271, dev_total=48362, dev_public=21574, dev_run=16208,
        dev_cats=(["电力设备", "仪器仪表", "电工、电子设备", "动力设备", "其他"], [52, 21, 15, 8, 4]),
        regions=(["上海", "江苏", "浙江", "安徽"], [78, 10, 8, 4]), overseas={},
        protocols=186, software=642, apps=518, based_apps=344, cloud_sw=126,
        app_cats=(["运维服务", "节能减排", "安全生产", "运营管理", "质量管控", "仓储物流"], [34, 24, 18, 11, 8, 5]),
        app_inds=(["电力、热力和燃气", "机械", "建筑业", "电子"], [62, 16, 14, 8]),
        app_mau=402, killer=6, killer_online=4218, killer_dau=52630, killer_income=68.45, public_apps=287, public_dau=163,
        cloud_use=326.50, public_cloud=118, storage=1280.00, stored=846.72, public_data=312.58,
        models=412, active_models=236, model_callers=918, model_cats=(["数据算法模型", "行业机理模型", "业务流程模型", "研发仿真模型"], [31, 44, 17, 8]),
        speed=("秒级（单TB量测数据聚合分析平均约2.6秒）", "秒级"), micro=1526, active_micro=812, devs=8642, active_devs=2316,
        registered=3862, served=3104, paid=1187, sme=2466,
        ent_inds=(["电力、热力和燃气", "机械", "建筑业", "电子", "轻工", "服务业"], [36, 22, 17, 11, 8, 6]),
        ent_regions=(["上海", "江苏", "浙江", "安徽"], [88, 6, 4, 2]),
        orders=(26418, 27935), trade_growth=14.62, subs=7284, killer_subs=3926, sub_amount=3142.60,
        util=81.36, localization=92.00, smart_factories=9, parks=14, solutions=42, listed=False,
        maint_drop=21.48, energy_drop=8.92, safety_up=18.35, indices=7, patents=38, softcr=56, breakthrough=True,
        carbon=True, identifier=True, awards=9, jobs=526, social=26.84,
        open_data="以API接口和数据集形式开放：开放API接口248个、配网运行数据集12个、能效分析报告模板31类", partners=11,
        case_names=["国网上海电力工业互联网平台——配网设备状态在线监测", "国网上海电力工业互联网平台——园区综合能效管理"],
    ),
    "h100_ouyeel_trade": dict(
        list_no=16, listed_name="欧冶云商生态运营平台", company="欧冶云商股份有限公司", participated=True,
        ptype="综合型工业互联网平台", short="欧冶云商", industry="黑色金属", seed=10016,
        contact="沈嘉怡", phone="13817265093", email="shenjy@ouyeel-eco.example.com",
        address="上海市宝山区漠河路600号东方国际科技园A座12楼会议中心", url="https://eco.ouyeel-platform.example.com",
        account="review_2024", password="Oy!Eco2024#",
        build_time="2018.06.01-2023.12.31", invest=18420.00, rev=(21683.42, 24106.88, 27352.19), rev2020=19264.03,
        rd=3912.66, profit=2846.37, company_rev_yuan=6_842_135_200, company_assets_yuan=2_193_608_700,
        company_profit_yuan=41_826_300, auditor="华申联合会计师事务所（特殊普通合伙）",
        mode="自建", op="自运营", iaas="自建", iaas_vendor="", deploy="私有云、公有云",
        team=(186, 248), qualified=302, dev_total=26418, dev_public=19862, dev_run=14035,
        dev_cats=(["物流设备", "冶炼设备", "仪器仪表", "交通设备", "其他"], [46, 22, 16, 11, 5]),
        regions=(["上海", "江苏", "浙江", "山东", "河北", "湖北", "广东"], [24, 22, 16, 13, 11, 8, 6]), overseas={},
        protocols=94, software=486, apps=392, based_apps=231, cloud_sw=168,
        app_cats=(["供应链管理", "仓储物流", "运营管理", "质量管控", "生产制造"], [38, 26, 19, 10, 7]),
        app_inds=(["黑色金属", "机械", "建筑业", "汽车", "家电"], [48, 20, 14, 10, 8]),
        app_mau=318, killer=5, killer_online=6382, killer_dau=84216, killer_income=126.38, public_apps=306, public_dau=214,
        cloud_use=268.00, public_cloud=196, storage=960.00, stored=618.24, public_data=402.86,
        models=236, active_models=128, model_callers=1436, model_cats=(["数据算法模型", "业务流程模型", "行业机理模型", "研发仿真模型"], [42, 35, 19, 4]),
        speed=("秒级（单TB交易与物流数据检索分析平均约1.8秒）", "秒级"), micro=2184, active_micro=1263, devs=6358, active_devs=1842,
        registered=46218, served=31562, paid=12634, sme=27904,
        ent_inds=(["黑色金属", "机械", "建筑业", "汽车", "家电", "船舶", "其他"], [41, 19, 15, 9, 7, 5, 4]),
        ent_regions=(["上海", "江苏", "浙江", "山东", "河北", "湖北", "广东", "天津"], [18, 20, 15, 13, 11, 9, 8, 6]),
        orders=(418265, 436902), trade_growth=11.37, subs=15836, killer_subs=8642, sub_amount=4268.35,
        util=74.58, localization=88.00, smart_factories=6, parks=8, solutions=28, listed=True,
        maint_drop=12.64, energy_drop=6.18, safety_up=9.72, indices=5, patents=27, softcr=84, breakthrough=True,
        carbon=True, identifier=True, awards=7, jobs=684, social=31.26,
        open_data="以API接口、钢材价格指数和行业报告形式开放：开放API接口162个、价格指数8类、月度行业数据报告12期", partners=16,
        case_names=["欧冶云商生态运营平台——钢材仓储物流全程可视", "欧冶云商生态运营平台——加工配送订单协同"],
    ),
    "h100_lianying_medical": dict(
        list_no=6, listed_name="联影医疗工业互联网平台", company="上海联影医疗科技股份有限公司", participated=False,
        ptype="企业级工业互联网平台", short="联影医疗", industry="医药", seed=10006,
        contact="陆思远", phone="13918730462", email="lusy@uih-iiot.example.com",
        address="上海市嘉定区城北路2258号研发楼5楼多功能厅", url="https://iiot.uih-care.example.com",
        account="eval_guest", password="Uih@Iiot0712",
        build_time="2020.01.01-2023.12.31", invest=9640.00, rev=(5318.46, 6247.93, 7386.25), rev2020=4502.17,
        rd=1684.52, profit=1126.84, company_rev_yuan=11_411_024_600, company_assets_yuan=27_389_251_100,
        company_profit_yuan=2_164_859_300, auditor="申城普华会计师事务所（特殊普通合伙）",
        mode="自建", op="自运营", iaas="租用", iaas_vendor="沪云智算科技有限公司", deploy="私有云、混合云",
        team=(96, 58), qualified=131, dev_total=14286, dev_public=6348, dev_run=4926,
        dev_cats=(["电工、电子设备", "仪器仪表", "动力设备", "其他"], [61, 24, 9, 6]),
        regions=(["上海", "江苏", "广东", "北京", "四川", "湖北", "美国United States", "德国Germany", "印度India"], [30, 14, 12, 11, 8, 7, 8, 6, 4]),
        overseas=None, protocols=72, software=238, apps=196, based_apps=152, cloud_sw=44,
        app_cats=(["运维服务", "质量管控", "生产制造", "研发设计", "供应链管理"], [36, 22, 18, 14, 10]),
        app_inds=(["医药", "电子", "机械"], [68, 20, 12]),
        app_mau=148, killer=4, killer_online=1286, killer_dau=9624, killer_income=38.72, public_apps=84, public_dau=52,
        cloud_use=142.50, public_cloud=46, storage=2048.00, stored=1526.38, public_data=284.16,
        models=168, active_models=92, model_callers=386, model_cats=(["行业机理模型", "数据算法模型", "研发仿真模型", "业务流程模型"], [38, 30, 24, 8]),
        speed=("秒级（单TB设备日志检索分析平均约4.1秒）", "秒级"), micro=684, active_micro=371, devs=2146, active_devs=618,
        registered=2864, served=2318, paid=1692, sme=716,
        ent_inds=(["医药", "服务业", "电子", "其他"], [82, 10, 5, 3]),
        ent_regions=(["上海", "江苏", "浙江", "广东", "北京", "四川", "湖北", "山东"], [16, 15, 13, 14, 12, 11, 10, 9]),
        orders=(8264, 8912), trade_growth=18.26, subs=3618, killer_subs=1874, sub_amount=1286.40,
        util=86.42, localization=78.00, smart_factories=4, parks=5, solutions=18, listed=True,
        maint_drop=24.86, energy_drop=7.35, safety_up=16.28, indices=4, patents=46, softcr=38, breakthrough=True,
        carbon=False, identifier=True, awards=5, jobs=312, social=19.84,
        open_data="以API接口和运维知识库形式开放：开放API接口96个、设备故障知识条目4,260条", partners=6,
        case_names=["联影医疗工业互联网平台——影像设备预测性维护", "联影医疗工业互联网平台——零部件质量追溯"],
    ),
    "h100_cpe_env": dict(
        list_no=11, listed_name="数字化环境装备服务工业互联网平台", company="上海西派埃智能化系统有限公司", participated=True,
        ptype="专业型工业互联网平台", short="西派埃", industry="其他", seed=10011,
        contact="汪立群", phone="13816594208", email="wanglq@cpe-env.example.com",
        address="上海市长宁区金钟路968号凌空SOHO 9号楼6楼会议室", url="https://cloud.cpe-env.example.com",
        account="pingshen_demo", password="Cpe#Env2024",
        build_time="2017.09.01-2023.12.31", invest=5260.00, rev=(3216.84, 3685.27, 4273.16), rev2020=2894.55,
        rd=826.39, profit=538.62, company_rev_yuan=318_426_700, company_assets_yuan=426_183_900,
        company_profit_yuan=24_618_300, auditor="立衡会计师事务所（特殊普通合伙）",
        mode="自建", op="联合运营", iaas="租用", iaas_vendor="申通云计算服务有限公司", deploy="边缘侧、公有云",
        team=(62, 38), qualified=74, dev_total=9348, dev_public=7162, dev_run=5318,
        dev_cats=(["其他", "动力设备", "仪器仪表", "电力设备"], [46, 27, 19, 8]),
        regions=(["上海", "江苏", "浙江", "安徽", "江西", "湖南"], [44, 18, 14, 10, 8, 6]), overseas={},
        protocols=58, software=164, apps=126, based_apps=94, cloud_sw=38,
        app_cats=(["运维服务", "节能减排", "安全生产", "质量管控"], [42, 30, 16, 12]),
        app_inds=(["服务业", "石化化工", "食品", "轻工"], [54, 20, 14, 12]),
        app_mau=92, killer=3, killer_online=624, killer_dau=5216, killer_income=18.64, public_apps=102, public_dau=61,
        cloud_use=64.00, public_cloud=48, storage=320.00, stored=196.48, public_data=142.36,
        models=124, active_models=67, model_callers=214, model_cats=(["行业机理模型", "数据算法模型", "业务流程模型"], [52, 33, 15]),
        speed=("秒级（单TB水质时序数据分析平均约3.4秒）", "秒级"), micro=412, active_micro=228, devs=1318, active_devs=402,
        registered=1126, served=864, paid=318, sme=702,
        ent_inds=(["服务业", "石化化工", "食品", "轻工", "医药"], [48, 19, 14, 12, 7]),
        ent_regions=(["上海", "江苏", "浙江", "安徽", "江西", "湖南"], [52, 16, 12, 9, 6, 5]),
        orders=(3862, 4106), trade_growth=15.94, subs=1846, killer_subs=972, sub_amount=612.85,
        util=79.64, localization=90.00, smart_factories=3, parks=6, solutions=14, listed=False,
        maint_drop=19.26, energy_drop=13.48, safety_up=22.16, indices=3, patents=17, softcr=42, breakthrough=True,
        carbon=True, identifier=False, awards=4, jobs=186, social=21.37,
        open_data="以API接口和行业数据集形式开放：开放API接口58个、污水处理工艺数据集6个", partners=5,
        case_names=["数字化环境装备服务工业互联网平台——污水厂精确曝气", "数字化环境装备服务工业互联网平台——泵站远程运维"],
    ),
}


def derive(s: dict) -> dict:
    """Every indicator the package declares: label -> (text in the 申报表/汇总表, normalized)."""
    s = dict(s)
    dev_cats = split(s["dev_total"], *s["dev_cats"])
    pub_cats = split(s["dev_public"], *s["dev_cats"])
    run_cats = split(s["dev_run"], *s["dev_cats"])
    dev_reg = split(s["dev_total"], *s["regions"])
    pub_reg = split(s["dev_public"], *s["regions"])
    run_reg = split(s["dev_run"], *s["regions"])
    overseas = {k: v for k, v in dev_reg.items() if any("A" <= ch <= "z" for ch in k)}
    s["overseas"] = overseas
    s["dev_cats_d"], s["pub_cats_d"], s["run_cats_d"] = dev_cats, pub_cats, run_cats
    s["dev_reg_d"], s["pub_reg_d"], s["run_reg_d"] = dev_reg, pub_reg, run_reg
    app_cats = split(s["apps"], *s["app_cats"])
    app_inds = split(s["apps"], *s["app_inds"])
    dau_cats = split(s["public_dau"], *s["app_cats"])
    dau_inds = split(s["public_dau"], *s["app_inds"])
    model_cats = split(s["models"], *s["model_cats"])
    ent_inds = split(s["served"], *s["ent_inds"])
    ent_reg = split(s["served"], *s["ent_regions"])
    s.update(app_cats_d=app_cats, app_inds_d=app_inds, dau_cats_d=dau_cats, dau_inds_d=dau_inds,
             model_cats_d=model_cats, ent_inds_d=ent_inds, ent_reg_d=ent_reg)
    s["local"] = ent_reg["上海"]
    modes = split(s["solutions"], ["数字化管理", "网络化协同", "智能化制造", "服务化延伸", "平台化设计", "个性化定制"],
                  [30, 22, 18, 14, 9, 7])
    s["modes_d"] = modes
    r21, r22, r23 = s["rev"]
    hist = {"2021年平台营收（万元）": r21, "2021年增长率（%）": pct(r21 - s["rev2020"], s["rev2020"]),
            "2022年平台营收（万元）": r22, "2022年增长率（%）": pct(r22 - r21, r21),
            "2023年平台营收（万元）": r23, "2023年增长率（%）": pct(r23 - r22, r22)}
    s["hist"] = hist
    ops, run = s["team"]

    def d(x: dict) -> str:
        return "、".join(f"{k}：{v}" for k, v in x.items())

    yn = lambda b: ("是" if b else "否", b)  # noqa: E731
    n = lambda x: (str(x), x)  # noqa: E731
    f2 = lambda x: (f"{x:.2f}", x)  # noqa: E731
    rows = {
        "序号": n(s["list_no"]), "企业名称": (s["company"],) * 2, "平台名称": (s["listed_name"],) * 2,
        "平台性质": (s["ptype"],) * 2, "联系人姓名": (s["contact"],) * 2, "联系人手机号": (s["phone"],) * 2,
        "联系人电子邮箱": (s["email"],) * 2, "评审会现场地址信息": (s["address"],) * 2, "平台网址": (s["url"],) * 2,
        "建设时间": (s["build_time"],) * 2, "平台建设金额（万元）": f2(s["invest"]),
        "平台近三年经营指标情况": ("；".join(f"{y}年平台营收{hist[f'{y}年平台营收（万元）']:.2f}万元/增长率{hist[f'{y}年增长率（%）']:.2f}%"
                                   for y in (2021, 2022, 2023)), hist),
        "平台建设方式": (s["mode"],) * 2, "平台运营模式": (s["op"],) * 2, "部署方式": (s["deploy"],) * 2,
        "平台团队总人数（人）": n(ops + run), "运维人数（人）": n(ops), "运营人数（人）": n(run),
        "有相关技术职称/从业资格的人数（人）": n(s["qualified"]), "平台相关研发投入（万元）": f2(s["rd"]),
        "平台相关研发投入强度（%）": f2(pct(s["rd"], r23)), "平台相关营业收入（万元）": f2(r23),
        "平台利润率（%）": f2(pct(s["profit"], r23)), "付费用户占比（%）": f2(pct(s["paid"], s["registered"])),
        "连接的工业设备/产品/产线种类及数量（台/套）": n(s["dev_total"]),
        "按二级分类统计工业设备数量（台/套）": (d(dev_cats), dev_cats), "按省市区域统计工业设备数量（台/套）": (d(dev_reg), dev_reg),
        "公有云工业设备连接数量（台/套）": n(s["dev_public"]),
        "按二级分类统计公有云工业设备数量（台/套）": (d(pub_cats), pub_cats),
        "按省市区域统计公有云工业设备数量（台/套）": (d(pub_reg), pub_reg),
        "公有云工业设备平均日运行数量（台/套）": n(s["dev_run"]),
        "按二级分类统计公有云工业设备平均日运行数量（台/套）": (d(run_cats), run_cats),
        "按省市区域统计公有云工业设备平均日运行数量（台/套）": (d(run_reg), run_reg),
        "海外设备连接数量（台/套）": n(sum(overseas.values())),
        "按海外国家分类统计海外设备连接数量（台/套）": (d(overseas), overseas) if overseas else ("", None),
        "工业协议兼容适配数量（个）": n(s["protocols"]), "工业软件总量（个）": n(s["software"]), "工业APP数量（个）": n(s["apps"]),
        "基于平台开发的工业APP数量（个）": n(s["based_apps"]), "云化工业软件数量（个）": n(s["cloud_sw"]),
        "按分类统计工业APP数量（个）": (d(app_cats), app_cats), "按行业统计工业APP数量（个）": (d(app_inds), app_inds),
        "工业APP平均月活跃数量（个）": n(s["app_mau"]), "杀手锏APP数量（个）": n(s["killer"]),
        "公有云杀手锏APP平均日在线用户数（个）": n(s["killer_online"]), "杀手锏APP日活次数（次）": n(s["killer_dau"]),
        "杀手锏APP月平均收入（万元）": f2(s["killer_income"]), "公有云工业APP数量（个）": n(s["public_apps"]),
        "公有云工业APP平均日活跃数量（个）": n(s["public_dau"]),
        "按分类统计公有云工业APP平均日活跃数量（个）": (d(dau_cats), dau_cats),
        "按行业统计公有云工业APP平均日活跃数量（个）": (d(dau_inds), dau_inds),
        "平台实际用云量（台）": f2(s["cloud_use"]), "平台公有云实际使用数量（台）": n(s["public_cloud"]),
        "存储容量（TB）": f2(s["storage"]), "存储工业数据量（TB）": f2(s["stored"]), "公有云数据总量（TB）": f2(s["public_data"]),
        "存储资源利用率（%）": f2(pct(s["stored"], s["storage"])), "工业机理模型数量（个）": n(s["models"]),
        "活跃机理模型数量（一周调用5次以上）（个）": n(s["active_models"]), "核心工业模型平均月调用用户数量（个）": n(s["model_callers"]),
        "按分类统计工业模型数量（个）": (d(model_cats), model_cats),
        "数据分析平台均速度（每TB分级/秒级/毫秒级）": s["speed"], "微服务数量（个）": n(s["micro"]),
        "活跃微服务数量（一周调用5次以上）（个）": n(s["active_micro"]), "开发者注册总数（个）": n(s["devs"]),
        "活跃开发者数（个）": n(s["active_devs"]), "平台是否建立安全管理体系": yn(True),
        "有否定期开展第三方安全测试/测评": yn(True), "有否定期进行安全扫描": yn(True),
        "注册企业用户数（个）": n(s["registered"]), "实际服务企业数（个）": n(s["served"]),
        "按行业统计服务企业数（个）": (d(ent_inds), ent_inds), "按省市区域统计服务企业数（个）": (d(ent_reg), ent_reg),
        "付费企业数（个）": n(s["paid"]), "服务本市企业数量（个）": n(s["local"]), "服务中小企业数量（个）": n(s["sme"]),
        "平台订单数量(近一年总量)（个）": (f"2023年自然年：{s['orders'][0]}个；截至填表日前一年：{s['orders'][1]}个",
                                   {"2023年自然年": s["orders"][0], "截至填表日前一年": s["orders"][1]}),
        "平台交易规模年增长率（%）": f2(s["trade_growth"]), "工业APP订阅总数量（个）": n(s["subs"]),
        "杀手锏工业APP订阅数量（个）": n(s["killer_subs"]), "工业APP订阅总金额（万元）": f2(s["sub_amount"]),
        "平台连接工业设备利用率（%）": f2(s["util"]), "平台国产化率（%）": f2(s["localization"]),
        "平台是否服务上海智能工厂，数量": (f"是，{s['smart_factories']}家", s["smart_factories"]),
        "平台服务园区总数（个）": n(s["parks"]), "平台提供的解决方案总数（个）": n(s["solutions"]),
        "按新模式统计解决方案数量（个）": (d(modes), modes), "投资回报率（%）": f2(pct(s["profit"], s["invest"])),
        "企业是否已上市或已获得VC/PE投资": yn(s["listed"]), "平台连接工业设备运维成本平均下降率（%）": f2(s["maint_drop"]),
        "平台连接工业设备能耗平均下降率（%）": f2(s["energy_drop"]),
        "平台连接工业设备安全生产持续时间平均提升率（%）": f2(s["safety_up"]), "平台现有特色指数（个）": n(s["indices"]),
        "平台核心软硬件技术获得的专利数量（项）": n(s["patents"]), "平台核心软硬件技术获得的软著数量（个）": n(s["softcr"]),
        "平台是否有自研形成的核心技术突破": yn(s["breakthrough"]), "平台是否具备碳管理服务能力": yn(s["carbon"]),
        "平台是否融合使用国家标识解析系统": yn(s["identifier"]), "平台获得省部级及以上奖项/荣誉数量（个）": n(s["awards"]),
        "平台建设与运营带动新增就业人数（人）": n(s["jobs"]), "平台社会贡献率（%）": f2(s["social"]),
        "平台开放共享数据的形式及数量": (s["open_data"],) * 2, "合作平台数量（个）": n(s["partners"]),
    }
    assert list(rows) == SUMMARY_LABELS, set(rows) ^ set(SUMMARY_LABELS)
    s["rows"] = rows
    return s
