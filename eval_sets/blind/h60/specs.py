"""The four h60 packages. Money in the evidence is in fen (int); the 申报表 declares 万元 with 2 decimals."""

from __future__ import annotations

from evidence import income, wan, yuan
from values import fmt_breakdown


def r2(x: float) -> float:
    return float(f"{x:.2f}")


def g(a: float, b: float) -> float:
    return r2((a / b - 1) * 100)


def F(label, value, unit, norm, page, row="", col="", comp="", quote=None):
    return dict(label=label, value=value, unit=unit, norm=norm, page=page, row=row, col=col, comp=comp,
                quote=quote or value)


def sub_row(name, kind, business, capital, au) -> list:
    lines = income(au["rev"][0], au["profit"][0], au["rd_note"][0][0])
    net_assets = au["assets"] - int(au["assets"] * au["debt_ratio"])
    return [name, kind, business, capital, au["assets"], net_assets, au["rev"][0], lines[9][1], lines[14][1]]


def texts(name: str, ind: str, nature: str, company: str, group: str, extra: dict) -> dict:
    t = {
        "t_position": f"面向{ind}的{nature}，为{ind}企业提供设备互联、数据分析与生产协同服务",
        "t_policy": (f"1．工业和信息化部《工业互联网创新发展行动计划（2021-2023年）》—平台体系建设方向；"
                     f"2．上海市经济信息化委《上海市制造业数字化转型实施方案》—重点行业平台赋能方向；"
                     f"3．{ind}数字化转型加速，设备联网率和数据应用水平持续提升，平台化服务成为趋势"),
        "t_strategy": f"已纳入《{group}“十四五”数字化转型规划》及《{company}2023-2025年发展规划》",
        "t_plan": f"《{name}三年发展专项规划（2023-2025）》",
        "t_other_res": "除工业设备外，平台汇聚工业软件与工具组件、行业知识库条目、第三方服务商资源，累计汇聚工具组件420个、知识条目1.2万条、服务商86家",
        "t_edge": "方案支持数据采集、数据存储、网络传输、智能分析、边缘推理等功能；边缘计算应用节点数286个；最低响应时延10毫秒",
        "t_other_collect": "支持从MES、ERP、WMS、PLM等系统及第三方平台以接口、数据库同步、文件等方式采集数据，已对接业务系统64套",
        "t_scalable": "是",
        "t_compute": "采用混合云架构，云化服务器合计约2,400 vCPU、9.6 TB内存，支持按需弹性扩容",
        "t_data_mgmt": "建立数据标准管理、数据质量管理、元数据管理和数据安全分级制度，统一主数据编码，数据质量问题闭环处理",
        "t_general_algo": "是",
        "t_algo_types": "基础算法（排序、查找、统计）、聚类算法、分类算法、预测与估算算法、关联分析算法、推荐算法",
        "t_dev_community": "是",
        "t_langs": "共5种：Java、Python、C++、JavaScript、Go",
        "t_framework": "提供基于微服务与容器的低代码应用开发框架，内置设备接入、数据建模、可视化和流程编排组件，支持应用一键发布",
        "t_tools": "提供在线IDE、低代码设计器、模型训练工具、API网关与调试工具、应用测试与发布工具",
        "t_sec_aspects": "1．数据安全；2．传输安全；3．访问登录安全；4．代码安全；5．应用安全；6．网络安全",
        "t_sec_tech": "部署下一代防火墙、网络隔离、入侵检测、传输加密（TLS）、数据加密存储、多因素认证与统一身份认证、日志审计",
        "t_backup": "有数据备份、离线备份和云备份，核心数据库双机热备，异地灾备中心每日同步",
        "t_autonomy": "设备协议解析、边缘计算网关、时序数据库、机理建模等关键技术均为自主研发，自主可控",
        "t_benefit": "基于3个案例，平均带动用户企业营收提升6.8%，带动新增就业约120人，安全生产持续时间平均提升",
        "t_cost": "基于3个案例，平均降低设备运维成本，平均降低单位产品能耗，减少非计划停机",
        "t_data_value": "平台沉淀设备运行、工艺参数和质量数据，形成故障诊断、工艺优化、能耗分析等模型，实现工业知识沉淀与复用",
        "t_supply": "平台与上下游企业的ERP、SRM系统对接，实现订单、库存、质量信息协同，供应商管理覆盖核心供应商，交付周期缩短",
        "t_newtech": "有。平台融合人工智能、5G、边缘计算、数字孪生和标识解析等新技术，在质量检测、预测性维护等场景落地应用",
        "t_standards": "参与制定行业标准2项、团体标准3项",
        "t_contribution": f"平台服务本市及长三角{ind}企业，支撑重点行业数字化转型，带动产业链上下游协同",
        "t_open_mech": "是，向产业链上下游开放设备数据接口、模型组件和应用功能，建立数据共享授权与收益分配机制",
        "t_cross": "与上级集团平台、公共服务平台实现账号互认和数据接口对接，支持跨平台调用设备与模型服务",
        "t_newmode": "有。培育设备远程运维服务、按效果付费的能效服务等新模式",
        "sec_rules": "是。《平台信息安全管理制度》（编号SEC-01，2022年3月）、《平台数据安全管理办法》（编号SEC-02，2022年6月）",
        "factories": "上海市级智能工厂若干家（名称见申报书附件）",
        "breakthrough": "自研高并发设备接入与协议解析引擎，单节点接入能力与国内外同类产品相当",
        "awards_list": "上海市工业互联网平台创新应用案例等",
        "indices_list": "设备健康指数、产能利用指数、能耗指数等",
        "intro": "",
        "effect": "平台解决设备数据分散、运维依赖人工、能耗不透明等痛难点，带动用户企业提升设备综合效率，降低运维和能源成本，取得良好的经济和社会效益。",
    }
    t.update(extra)
    return t


def book(pk: dict, split_text: str, with7: bool, extra1: str = "") -> list:
    ch = [
        ("一、申报单位简介", [f"{pk['company']}{extra1}", pk["texts"]["intro"]]),
        ("二、平台建设及运营情况", [
            f"平台名称：{pk['declared_name']}。建设方式：{pk['method']}；运营模式：{pk['op']}；部署方式：{pk['deploy']}。",
            split_text,
            [["三级指标", "本平台数据", "对标数据"],
             ["1.2.1 创新投入情况", "见申报表", "同行业平台（平台名称：某行业平台）研发投入数量级：千万元"],
             ["2.1.1 工业设备连接/汇聚能力", "见申报表", "同行业平台设备连接数量级：万台"]],
            "平台技术创新点总结：平台在设备接入、边缘计算与机理建模方面形成自主技术体系，底层技术自主可控。"]),
        ("三、平台应用成效", ["平台帮助用户企业提升设备综合效率、降低运维成本与能耗。",
                             "应用创新点总结：融合人工智能与数字孪生技术，形成可复制的行业解决方案。"]),
        ("四、平台下一步发展计划", ["持续推进平台技术创新、产品升级与生态合作，拓展长三角及海外市场。"]),
        ("五、平台应用案例", [f"案例1：{pk['declared_name']}——设备预测性维护", "企业简介：略。平台简介：略。案例实际内容简介：略。",
                             f"案例2：{pk['declared_name']}——能耗优化", f"案例3：{pk['declared_name']}——供应链协同"]),
        ("六、附件及其他说明材料", [pk["attach_list"]]),
    ]
    if with7:
        ch.append(("七、平台相较上年度对比情况", ["2023年7月以来，平台新增设备接入、工业APP和机理模型，功能模块与应用服务持续完善。"]))
    return ch


COMMON_TECH_REGIONS = {"上海": 44, "江苏": 16, "浙江": 12, "安徽": 6, "山东": 6, "广东": 5, "湖北": 4}


def pkg_yanfeng() -> dict:
    """Clean. 序号33; the applicant is a 控股子公司 of an (invented) listed auto-parts group."""
    company = "上海延锋金桥饰件系统有限公司"
    group = "浦江汽车系统股份有限公司"
    # group figures (fen)
    rev = [1865230741856, 1690355827140, 1548720966012]
    plat = [5864217530, 4731890266]
    other = [13447240000, 12890000000]
    trim = [1586241130526, 1440126211874]
    elec = [rev[0] - plat[0] - other[0] - trim[0], rev[1] - plat[1] - other[1] - trim[1]]
    comp = {
        "分行业": [("汽车零部件制造", rev[0] - plat[0], rev[1] - plat[1]), ("信息技术服务", plat[0], plat[1])],
        "分产品": [("汽车内外饰件", trim[0], trim[1]), ("汽车电子及智能座舱", elec[0], elec[1]),
                   ("工业互联网平台及解决方案", plat[0], plat[1]), ("其他", other[0], other[1])],
        "分地区": [("境内", rev[0] * 83 // 100, rev[1] * 84 // 100), ("境外", rev[0] - rev[0] * 83 // 100, rev[1] - rev[1] * 84 // 100)],
    }
    au = dict(seed=3301, company=company, auditor="沪信德会计师事务所（特殊普通合伙）", report_no="沪信德审字（2024）第0318号",
              cpa="陈立平、王素琴", assets=412856033015, debt_ratio=0.55, rev=[326540811792, 298711450630],
              profit=[27103521844, 24320011706], rd_exp=[11240631827, 10318650112],
              rd_note=[[11240631827, 10318650112], [1830000000, 1520000000]],
              company_text=(f"{company}系{group}的控股子公司，主营汽车内饰件研发制造，并负责延锋工业互联网平台的建设与运营。"),
              platform_title="十、其他重要事项　（一）延锋工业互联网平台业务收支情况",
              platform_text="公司对延锋工业互联网平台业务单独核算。平台营收为基于平台直接订阅的服务及平台解决方案收入，下表数据经本所审计。",
              platform_table=[["项目", "2020年度", "2021年度", "2022年度", "2023年度"],
                              ["平台相关营业收入", "3,205.66", "3,802.55", "4,731.89", "5,864.22"],
                              ["平台营业成本", "2,376.40", "2,812.07", "3,508.26", "4,331.85"],
                              ["平台利润总额", "356.21", "428.73", "566.30", "738.64"],
                              ["平台研发投入—费用化", "702.15", "815.36", "912.44", "1,046.38"],
                              ["平台研发投入—资本化", "120.00", "186.00", "240.00", "312.50"],
                              ["平台研发投入合计", "822.15", "1,001.36", "1,152.44", "1,358.88"]],
              platform_note="注：平台相关营业收入与控股股东2023年年度报告营业收入构成中「工业互联网平台及解决方案」及分部信息一致。",
              pages=9)
    yf_row = sub_row(company, "子公司", "汽车内饰件研发制造、工业互联网平台运营", "50,000万元", au)
    ar = dict(
        seed=3302, name=group, short="浦江汽车", code="609527", exchange="上海证券交易所", legal="沈建国", cfo="钱慧敏",
        acct="周立新", auditor="沪信德会计师事务所（特殊普通合伙）", cpa="陈立平、赵明", is_parent=True,
        address="上海市浦东新区金桥路1088号", site="https://www.pujiang-auto.example.com", email="ir@pujiang-auto.example.com",
        defs=[("延锋金桥", f"{company}，本公司控股子公司")],
        years=dict(rev=rev, np_parent=[102386541270, 93318862045, 85120337719],
                   np_deducted=[96630214518, 88406125337, 80215677402], cfo=[184530226719, 160321447802, 151002338415],
                   assets=[2486532011873, 2307765420196, 2150980117342], equity=[986402331587, 915623008811, 860300127719],
                   profit_total=[132654890317, 120387511240]),
        composition=comp,
        composition_note="注：「工业互联网平台及解决方案」全部由控股子公司上海延锋金桥饰件系统有限公司运营的延锋工业互联网平台实现。",
        rd=dict(people=[3862, 3510], people_ratio=["14.36%", "13.82%"], edu=[86, 1204, 2196, 376],
                expensed=[61235011820, 55620331204], capitalised=[8640230000, 7310000000]),
        subsidiaries=[yf_row,
                      ["浦江汽车电子（上海）有限公司", "子公司", "汽车电子研发制造", "30,000万元", 586230114520, 231520663018,
                       246508732215, 21836441270, 18630225518],
                      ["浦江座舱科技（苏州）有限公司", "子公司", "智能座舱系统", "20,000万元", 321450887312, 120336502817,
                       168230411597, 10250336187, 8730114520]],
        subs_note="注：上海延锋金桥饰件系统有限公司负责延锋工业互联网平台的建设与运营。",
        employees=dict(parent=1820, subs=25076, prof=[("生产人员", 17320), ("销售人员", 1215), ("技术人员", 6212),
                                                      ("财务人员", 386), ("行政人员", 1763)],
                       edu=[("研究生及以上", 1290), ("本科", 7936), ("大专", 6812), ("大专以下", 10858)]),
        debt_ratio=0.58, parent_assets=[986530227614, 921336001289], parent_rev=[265311402318, 241886501296],
        parent_profit=[40265311827, 37230118266], parent_rd=[5230118642, 4816330125],
        industry_text="2023年国内汽车产销量再创新高，新能源汽车渗透率持续提升，汽车零部件行业加速向电动化、智能化、轻量化转型。",
        business_text="公司主要从事汽车内外饰件、汽车电子及智能座舱产品的研发、制造和销售，并通过控股子公司开展工业互联网平台业务。",
        outlook_text="公司将坚持“电动化、智能化、数字化”发展方向，推进工业互联网平台在集团内外的规模化应用。",
        company_text=f"{group}于2001年在上海证券交易所上市，注册资本331,500万元。",
        scope=[(company, "上海", "100%", "同一控制下企业合并"), ("浦江汽车电子（上海）有限公司", "上海", "100%", "设立"),
               ("浦江座舱科技（苏州）有限公司", "苏州", "70%", "设立")],
        segments=[("汽车内外饰件", trim[0] + other[0] + 31200000000, trim[1] + other[1] + 28500000000, 98000000000, 1620000000000),
                  ("汽车电子及智能座舱", elec[0] + 8500000000, elec[1] + 7600000000, 35200000000, 820000000000),
                  ("工业互联网平台及解决方案", plat[0], plat[1], 738641025, 9630511840)],
        segment_text="本集团根据内部组织结构、管理要求及内部报告制度确定了三个报告分部：汽车内外饰件、汽车电子及智能座舱、工业互联网平台及解决方案。",
        segment_note="注：工业互联网平台及解决方案分部的营业收入均为对外交易收入。",
        pages=36,
    )
    dec = {}
    r23, r22, r21, r20 = 5864.22, 4731.89, 3802.55, 3205.66
    dec["rev3"] = (r21, r22, r23)
    dec["g3"] = (g(r21, r20), g(r22, r21), g(r23, r22))
    dec.update(rev=r23, rd=1358.88, rd_int=r2(1358.88 / r23 * 100), profit_rate=r2(738.64 / r23 * 100),
               roi=r2(738.64 / 6800.00 * 100), team=(86, 52), qualified=97, listed=False,
               listed_text=f"否。本公司未上市，亦未获得VC/PE投资；本公司控股股东{group}为上海证券交易所上市公司（证券代码609527）")
    files = dict(contact="附件1 联系人信息反馈表.docx", form_docx="附件2 申报表（延锋工业互联网平台）.docx",
                 form_scan="附件2 申报表（盖章扫描件）.pdf", book="附件3 申报书（延锋工业互联网平台）.docx",
                 summary="附件4 平台基本情况汇总表.xlsx", commit="附件5 真实性承诺（盖章）.pdf",
                 ar="附件3 证明材料/3-1 浦江汽车2023年年度报告（节选）.pdf", au="附件3 证明材料/3-2 延锋金桥2023年度审计报告.pdf",
                 ip="附件3 证明材料/3-3 知识产权清单.pdf", dev="附件3 证明材料/3-4 平台接入设备统计表.pdf")
    tech_p = dict(dev_total=18640, dev_cats={"机器人": 26, "机床": 18, "轻工设备": 14, "仪器仪表": 12, "物流设备": 16, "动力设备": 14},
                  regions={**COMMON_TECH_REGIONS, "墨西哥Mexico": 2, "德国Germany": 1},
                  app_inds={"汽车": 64, "机械": 22, "轻工": 14}, svc_inds={"汽车": 58, "机械": 22, "轻工": 12, "其他": 8},
                  apps=268, models=342, ms=1386, devs=6420, reg_users=3580, served=2416)
    nature = "行业型工业互联网平台"
    pk = dict(
        id="h60_yanfeng_clean", seed=6033, list_no=33, listed_name="延锋工业互联网平台", company=company,
        declared_name="延锋工业互联网平台", p2023=False, nature=nature,
        contact=("郁晓峰", "13917264385", "yuxf@yf-jq.example.com", "数字化部经理"),
        contact2=("蒋文静", "13918820574", "jiangwj@yf-jq.example.com", "平台运营主管"),
        review_address="上海市浦东新区金桥路1088号延锋金桥研发中心3楼报告厅", url="https://iip.yf-jq.example.com",
        account=("pingshen2024", "Yf#Jq2024eval"), period="2019.04-2023.12", period_text="2019年4月至2023年12月",
        build_amount=6800.00, method="自建", op="自运营", deploy="私有云、公有云、混合云",
        method_form="■自建　□合作共建", op_form="■自运营　□联合运营　□委托运营", iaas_form="■自建　□租用",
        deploy_form="□边缘侧　■私有云　■公有云　■混合云　□其他", date_cn="2024年7月15日",
        co=dict(code="91310115MA1H8K3X2Q", founded="1996年8月12日", address="上海市浦东新区（金桥经济技术开发区）",
                type="有限责任公司（非自然人投资或控股的法人独资）", capital="50,000万元",
                business="汽车内饰件研发、制造与销售；工业互联网平台建设与运营", legal="顾志伟", fax="021-5088xxxx",
                equity=f"{group}持股100%", holders=f"{group}：50,000万元，100%",
                assets="412,856.03", main_rev="326,540.81", main_growth=f"{g(326540.81, 298711.45):.2f}",
                debt_ratio="55.00", profit="27,103.52", tax="15,632.40"),
        tech=tech_p, decl=dec, files=files, ar=ar, au=au, dev_title="延锋工业互联网平台接入设备统计表",
        layout=["applicant:subsidiary", "evidence:parent_annual_report(36p,元)", "evidence:subsidiary_audit(text,平台收支表万元)",
                "ar:营业收入构成+分部信息+控股子公司+合并/母公司同页", "form:docx+stamped_scan", "summary:xlsx-vertical",
                "commitment:scan", "screenshots:png", "evidence_dir:附件3 证明材料"],
        description=("序号33延锋工业互联网平台（控股子公司申报），干净包：平台营收取自控股股东年报营业收入构成「工业互联网平台及解决方案」"
                     "与分部信息（元），与子公司审计报告平台收支表（万元）一致；研发投入为费用化+资本化合计。"),
        problems=[],
    )
    pk["texts"] = texts(pk["declared_name"], "汽车零部件行业", nature, company, group, {
        "intro": (f"延锋工业互联网平台是{company}面向汽车零部件行业打造的行业型工业互联网平台，提供设备互联、质量追溯、"
                  "能耗管理和供应链协同等服务，主要客户为汽车主机厂及长三角零部件企业。"),
    })
    return pk


def _ar_facts_segment(pr: dict):
    """facts of a platform product line / segment in an annual report (pr: amounts and labels)."""
    def make(m):
        out = [
            F("平台相关营业收入（万元）", yuan(pr["rev"][0]), "元", wan(pr["rev"][0]), m["composition"], pr["line"], "2023年金额"),
            F("平台近三年经营指标情况", yuan(pr["rev"][1]), "元", wan(pr["rev"][1]), m["composition"], pr["line"], "2022年金额",
              "2022年平台营收（万元）"),
        ]
        if pr.get("segment"):
            out += [
                F("平台相关营业收入（万元）", yuan(pr["rev"][0]), "元", wan(pr["rev"][0]), m["segments"], "营业收入（本期）", pr["line"]),
                F("平台近三年经营指标情况", yuan(pr["rev"][1]), "元", wan(pr["rev"][1]), m["segments"], "营业收入（上期）", pr["line"],
                  "2022年平台营收（万元）"),
                F("平台利润率（%）", yuan(pr["profit"]), "元", wan(pr["profit"]), m["segments"], "利润总额（本期）", pr["line"],
                  "平台利润总额（万元）"),
                F("投资回报率（%）", yuan(pr["profit"]), "元", wan(pr["profit"]), m["segments"], "利润总额（本期）", pr["line"],
                  "平台年利润（万元）"),
            ]
        return out
    return make




def std_shots(file: str, title: str, extra: bool = False):
    def make(v):
        tiles = [("接入设备（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）", "台/套", v["dev_total"], f"{v['dev_total']:,}"),
                 ("平台注册企业（家）", "注册企业用户数（个）", "家", v["reg_users"], f"{v['reg_users']:,}"),
                 ("上架工业APP（个）", "工业APP数量（个）", "个", v["apps"], f"{v['apps']:,}"),
                 ("工业机理模型（个）", "工业机理模型数量（个）", "个", v["models"], f"{v['models']:,}")]
        if extra:
            tiles += [("微服务（个）", "微服务数量（个）", "个", v["ms"], f"{v['ms']:,}"),
                      ("注册开发者（人）", "开发者注册总数（个）", "人", v["devs"], f"{v['devs']:,}")]
        return [dict(file=file, title=title, tiles=tiles)]
    return make


def std_proofs(ar_name: str, au_name: str | None, ip: str, dev: str, shot: str, fin_keys: dict):
    def make(m, am):
        p = {k: txt.format(**{f"ar_{a}": b for a, b in m.items()}, **{f"au_{a}": b for a, b in am.items()})
             for k, txt in fin_keys.items()}
        p.update({
            "连接的工业设备/产品/产线种类及数量（台/套）": f"{dev} 第1页；{shot}",
            "按二级分类统计工业设备数量（台/套）": f"{dev} 表1", "按省市区域统计工业设备数量（台/套）": f"{dev} 表2",
            "公有云工业设备连接数量（台/套）": f"{dev} 表1", "公有云工业设备平均日运行数量（台/套）": f"{dev} 表1",
            "海外设备连接数量（台/套）": f"{dev} 表3", "注册企业用户数（个）": shot, "工业APP数量（个）": shot,
            "工业机理模型数量（个）": shot, "平台核心软硬件技术获得的专利数量（项）": f"{ip} 第1页",
            "平台核心软硬件技术获得的软著数量（个）": f"{ip} 软件著作权清单",
        })
        return p
    return make


def attach_text(files: dict, extra: list[str]) -> str:
    return "附件清单：" + "；".join(extra)


def wire_yanfeng() -> dict:
    pk = pkg_yanfeng()
    fn = pk["files"]
    pr = dict(rev=[5864217530, 4731890266], profit=738641025, line="工业互联网平台及解决方案", segment=True)
    pk["ar_facts"] = _ar_facts_segment(pr)
    pk["au_facts"] = lambda m: [
        F("平台相关营业收入（万元）", "5,864.22", "万元", 5864.22, m["platform"], "平台相关营业收入", "2023年度"),
        F("平台近三年经营指标情况", "4,731.89", "万元", 4731.89, m["platform"], "平台相关营业收入", "2022年度", "2022年平台营收（万元）"),
        F("平台近三年经营指标情况", "3,802.55", "万元", 3802.55, m["platform"], "平台相关营业收入", "2021年度", "2021年平台营收（万元）"),
        F("平台利润率（%）", "738.64", "万元", 738.64, m["platform"], "平台利润总额", "2023年度", "平台利润总额（万元）"),
        F("投资回报率（%）", "738.64", "万元", 738.64, m["platform"], "平台利润总额", "2023年度", "平台年利润（万元）"),
        F("平台相关研发投入（万元）", "1,358.88", "万元", 1358.88, m["platform"], "平台研发投入合计", "2023年度"),
    ]
    shot = "附件3 证明材料/3-5 平台运行截图.png"
    pk["shots_fn"] = std_shots(shot, "延锋工业互联网平台 运行驾驶舱")
    a, b = "附件3-1 年度报告（节选）", "附件3-2 审计报告"
    pk["proofs_fn"] = std_proofs(a, b, "附件3-3", "附件3-4", "附件3-5 截图", {
        "平台相关营业收入（万元）": a + " 第{ar_composition}页营业收入构成、第{ar_segments}页分部信息；" + b + " 第{au_platform}页",
        "平台相关研发投入（万元）": b + " 第{au_platform}页 平台研发投入合计（费用化+资本化）",
        "平台相关研发投入强度（%）": "平台相关研发投入÷平台相关营业收入",
        "平台利润率（%）": b + " 第{au_platform}页 平台利润总额÷平台相关营业收入",
        "投资回报率（%）": "平台利润总额÷平台建设金额6800.00万元",
    })
    pk["attach_list"] = ("3-1 浦江汽车2023年年度报告（节选）；3-2 延锋金桥2023年度审计报告（含平台业务收支情况）；3-3 知识产权清单；"
                         "3-4 平台接入设备统计表；3-5 平台运行截图")
    pk["book_fn"] = lambda p: book(p, (
        "平台营收拆分方式：延锋工业互联网平台由本公司独立核算，平台相关营业收入即控股股东年度报告营业收入构成中"
        "「工业互联网平台及解决方案」（2023年58,642,175.30元），与本公司审计报告平台业务收支情况一致。"), False,
        "成立于1996年，是浦江汽车系统股份有限公司的控股子公司。")
    return pk


def base_pk(**kw) -> dict:
    pk = dict(layout=[], problems=[], date_cn="2024年7月16日", method="自建", op="自运营",
              method_form="■自建　□合作共建", op_form="■自运营　□联合运营　□委托运营", iaas_form="■自建　□租用")
    pk.update(kw)
    return pk


def wire_sijian() -> dict:
    """Problems. 序号12 (2023参评); subsidiary of an invented listed construction group; scanned subsidiary audit."""
    company = "上海建工四建集团有限公司"
    group = "申江建工集团股份有限公司"
    rev = [28743651290377, 27650811736415, 25510438392640]
    plat = [3865214055, 3102766418]
    design = [1265300420000, 1180226330000]
    estate = [1864220315000, 2016330228000]
    other = [512330220000, 498220115000]
    cons = [rev[i] - plat[i] - design[i] - estate[i] - other[i] for i in range(2)]
    house = [cons[0] * 6 // 10, cons[1] * 6 // 10]
    comp = {
        "分行业": [("建筑施工", cons[0], cons[1]), ("设计咨询及信息技术服务", design[0] + plat[0], design[1] + plat[1]),
                   ("房地产开发", estate[0], estate[1]), ("其他", other[0], other[1])],
        "分产品": [("房屋建设", house[0], house[1]), ("基建工程", cons[0] - house[0], cons[1] - house[1]),
                   ("设计咨询", design[0], design[1]), ("房地产开发", estate[0], estate[1]),
                   ("工业互联网平台及解决方案", plat[0], plat[1]), ("其他", other[0], other[1])],
        "分地区": [("上海", rev[0] * 55 // 100, rev[1] * 56 // 100), ("长三角其他地区", rev[0] * 20 // 100, rev[1] * 19 // 100),
                   ("其他地区及境外", rev[0] - rev[0] * 55 // 100 - rev[0] * 20 // 100, rev[1] - rev[1] * 56 // 100 - rev[1] * 19 // 100)],
    }
    au = dict(seed=1201, company=company, auditor="申城立衡会计师事务所（特殊普通合伙）", report_no="申立衡审字〔2024〕第1206号",
              cpa="刘家豪、孙晓燕", assets=3102334558217, debt_ratio=0.82, rev=[2340651822035, 2210338116524],
              profit=[58620331742, 54110225316], rd_exp=[70336221580, 66220118307],
              rd_note=[[70336221580, 66220118307], [4271500000, 3600000000]],
              company_text=f"{company}系{group}的全资子公司，主营房屋建筑工程施工总承包，并建设运营基于BIM的公共建筑智慧建造与运维工业互联网平台。",
              platform_title="八、其他重要事项　（二）工业互联网平台业务专项说明",
              platform_text="公司对基于BIM的公共建筑智慧建造与运维工业互联网平台业务单独设立核算项目，平台相关营业收入为平台订阅服务及平台解决方案收入。",
              platform_table=[["项目", "2020年度", "2021年度", "2022年度", "2023年度"],
                              ["平台相关营业收入", "2,310.47", "2,618.93", "3,102.77", "3,865.21"],
                              ["平台营业成本", "1,802.16", "2,027.40", "2,386.05", "2,961.33"],
                              ["平台利润总额", "231.86", "268.05", "330.41", "412.36"],
                              ["平台研发投入—费用化支出", "612.30", "705.88", "842.17", "986.42"],
                              ["平台研发投入—资本化支出", "180.00", "260.00", "360.00", "427.15"],
                              ["平台研发投入合计", "792.30", "965.88", "1,202.17", "1,413.57"]],
              platform_note="注：资本化支出计入开发支出，项目达到预定用途后转入无形资产。",
              pages=8, scan=True)
    sj_row = sub_row(company, "子公司", "房屋建筑工程施工、工业互联网平台运营", "300,000万元", au)
    ar = dict(
        seed=1202, name=group, short="申江建工", code="609168", exchange="上海证券交易所", legal="韩立新", cfo="陆佳颖",
        acct="吴建中", auditor="申城立衡会计师事务所（特殊普通合伙）", cpa="刘家豪、周琪", is_parent=True,
        address="上海市虹口区东大名路666号", site="https://www.shenjiang-cg.example.com", email="ir@shenjiang-cg.example.com",
        defs=[("四建集团", f"{company}，本公司全资子公司")],
        years=dict(rev=rev, np_parent=[612033225108, 588130664512, 540226338719],
                   np_deducted=[560221883016, 540118225519, 497330664818], cfo=[1230665402217, 882016554312, 1012330556819],
                   assets=[35030221658742, 33020118533617, 30120556873104], equity=[7820113556219, 7360225881734, 6980441220315],
                   profit_total=[1218653220418, 1162330118725]),
        composition=comp,
        composition_note="注：「工业互联网平台及解决方案」为全资子公司上海建工四建集团有限公司运营的BIM智慧建造与运维平台收入。",
        rd=dict(people=[9862, 9315], people_ratio=["21.31%", "20.64%"], edu=[210, 2860, 5962, 830],
                expensed=[820336115420, 790112003318], capitalised=[52110220000, 46330000000]),
        subsidiaries=[sj_row,
                      ["申江建工一建集团有限公司", "子公司", "建筑工程施工", "300,000万元", 3320115887406, 402336118225,
                       2586330221804, 65220331418, 51336228107],
                      ["申江建工房产有限公司", "子公司", "房地产开发", "500,000万元", 8620331554128, 1630225441082,
                       1864220315000, 98220331504, 73665220118]],
        subs_note="", employees=dict(parent=3860, subs=42418,
                                     prof=[("生产人员", 21036), ("销售人员", 1630), ("技术人员", 18620), ("财务人员", 1236), ("行政人员", 3756)],
                                     edu=[("研究生及以上", 3120), ("本科", 21866), ("大专", 12336), ("大专以下", 8956)]),
        debt_ratio=0.85, parent_assets=[15203305581260, 14430220118877], parent_rev=[3120445881230, 2980112006547],
        parent_profit=[180336220114, 170225116330], parent_rd=[52033118226, 48110337504],
        industry_text="2023年全国建筑业总产值保持增长，行业加快向工业化、数字化、绿色化转型，智能建造与建筑业工业互联网应用不断深化。",
        business_text="公司主要从事建筑施工、设计咨询、房地产开发等业务，并通过全资子公司开展建筑业工业互联网平台服务。",
        outlook_text="公司将深化智能建造，推动BIM与工业互联网平台在建造和运维全过程的应用。",
        company_text=f"{group}于1998年在上海证券交易所上市。",
        scope=[(company, "上海", "100%", "同一控制下企业合并"), ("申江建工一建集团有限公司", "上海", "100%", "同一控制下企业合并"),
               ("申江建工房产有限公司", "上海", "100%", "设立")],
        segments=[("建筑施工", cons[0] + design[0] // 3 + 400000000000, cons[1] + 380000000000, 820000000000, 22000000000000),
                  ("设计咨询", design[0] - design[0] // 3 + design[0] // 3, design[1], 165000000000, 3000000000000),
                  ("房地产开发及其他", estate[0] + other[0], estate[1] + other[1], 245000000000, 9000000000000),
                  ("工业互联网平台及解决方案", plat[0], plat[1], 412358720, 15230110000)],
        segment_text="本集团的报告分部为建筑施工、设计咨询、房地产开发及其他、工业互联网平台及解决方案。",
        segment_note="注：工业互联网平台及解决方案分部营业收入均为对外交易收入。", pages=44,
    )
    r20, r21, r22, r23 = 2310.47, 2618.93, 3102.77, 3865.21
    dec = dict(rev3=(r21, r22, r23), g3=(g(r21, r20), g(r22, r21), g(r23, r22)), rev=r23, rd=986.42,
               rd_int=r2(986.42 / r23 * 100), profit_rate=r2(412.36 / r23 * 100), roi=r2(412.36 / 4200.00 * 100),
               team=(74, 45), qualified=88, listed=False,
               listed_text=f"否。本公司未单独上市，系上海证券交易所上市公司{group}（证券代码609168）的全资子公司")
    files = dict(contact="00 联系人信息反馈表.docx", form_docx="01 申报表-上海建工四建.docx", form_scan="01 申报表-盖章版.pdf",
                 book="02 申报书-上海建工四建.pdf", summary="04 平台基本情况汇总表.docx", commit="05 真实性承诺.pdf",
                 ar="03 附件/03-1 申江建工2023年年度报告摘录.pdf", au="03 附件/03-2 四建集团2023年度审计报告（扫描件）.pdf",
                 ip="03 附件/03-3 专利及软著清单.pdf", dev="03 附件/03-4 接入设备统计.xlsx")
    tech_p = dict(dev_total=9640, dev_cats={"工程机械": 34, "物流设备": 18, "电力设备": 16, "仪器仪表": 14, "其他": 8},
                  regions={"上海": 62, "江苏": 12, "浙江": 9, "安徽": 5, "广东": 4, "四川": 3, "新加坡Singapore": 2, "马来西亚Malaysia": 1},
                  app_inds={"建筑业": 72, "建材": 18, "服务业": 10}, svc_inds={"建筑业": 64, "建材": 16, "服务业": 12, "其他": 8},
                  apps=186, models=214, ms=968, devs=3260, reg_users=1860, served=1274, storage=960.0, data_tb=512.48,
                  servers=96.5, pub_servers=30, patents=31, copyrights=46)
    nature = "行业型工业互联网平台"
    name = "基于BIM的公共建筑智慧建造与运维工业互联网平台"
    pk = base_pk(
        id="h60_sijian_problems", seed=6012, list_no=12, listed_name=name, company=company, declared_name=name, p2023=True,
        nature=nature, contact=("邵振华", "13917635208", "shaozh@sijian.example.com", "信息化中心主任"),
        contact2=("林雪梅", "13816690471", "linxm@sijian.example.com", "平台运营工程师"),
        review_address="上海市杨浦区宁国路88号四建大厦12楼会议中心", url="https://bim-iip.sijian.example.com",
        account=("review2024", "SjBim@2024#"), period="2018.09-2023.12", period_text="2018年9月至2023年12月",
        build_amount=4200.00, deploy="私有云、混合云", deploy_form="□边缘侧　■私有云　□公有云　■混合云　□其他",
        co=dict(code="913100001322027X7K", founded="1993年4月20日", address="上海市杨浦区", type="有限责任公司（非自然人投资或控股的法人独资）",
                capital="300,000万元", business="房屋建筑工程施工总承包；建筑智能化；工业互联网平台运营", legal="朱伟民",
                fax="021-6521xxxx", equity=f"{group}持股100%", holders=f"{group}：300,000万元，100%",
                assets="3,102,334.56", main_rev="2,340,651.82", main_growth=f"{g(2340651.82, 2210338.12):.2f}",
                debt_ratio="82.00", profit="58,620.33", tax="61,230.18"),
        tech=tech_p, decl=dec, files=files, ar=ar, au=au, dev_title="",
        layout=["applicant:subsidiary", "evidence:parent_annual_report(44p,元)", "evidence:subsidiary_audit(scan,平台专项说明万元)",
                "ar:营业收入构成+分部信息+合并/母公司同页", "naming:numbered", "form:docx+stamped_scan", "book:pdf",
                "summary:docx", "commitment:scan", "device_list:xlsx", "screenshots:png", "2023参评"],
        description=("序号12四建BIM平台（全资子公司申报，2023参评），3个问题：研发投入只填费用化支出（应为费用化+资本化合计）、"
                     "汇总表平台相关营业收入以元填写、申报书缺七、平台相较上年度对比情况。"),
    )
    fform, fsum, faud = files["form_docx"], files["summary"], files["au"]
    pk["problems"] = [
        dict(id="h60_sijian_problems-01-declared_vs_evidence", family="declared_vs_evidence",
             fields=["平台相关研发投入（万元）"], files=[fform, faud], severity="error",
             description=("申报表平台相关研发投入填986.42万元，仅为审计报告平台业务专项说明中的“费用化支出”；"
                          "同表平台研发投入合计为1,413.57万元（费用化986.42+资本化427.15）。填报指引要求按R&D口径填报平台研发投入，"
                          "应含资本化部分（研发投入强度随之应为36.57%而非25.52%）")),
        dict(id="h60_sijian_problems-02-summary_vs_form", family="summary_vs_form",
             fields=["平台相关营业收入（万元）"], files=[fsum, fform], severity="error",
             description="附件4汇总表“平台相关营业收入（万元）”填38652140.55（以元计的年报金额），申报表为3865.21万元"),
        dict(id="h60_sijian_problems-03-section7", family="section7",
             fields=["七、平台相较上年度对比情况"], files=[files["book"]], severity="error",
             description="平台为2023年度参评平台（附件6序号12“是”），申报书缺少必填的“七、平台相较上年度对比情况”"),
    ]
    pk["summary_overrides"] = {"平台相关营业收入（万元）": "38652140.55"}
    pr = dict(rev=plat, profit=412358720, line="工业互联网平台及解决方案", segment=True)
    pk["ar_facts"] = _ar_facts_segment(pr)
    pk["au_facts"] = lambda m: [
        F("平台相关营业收入（万元）", "3,865.21", "万元", 3865.21, m["platform"], "平台相关营业收入", "2023年度"),
        F("平台近三年经营指标情况", "3,102.77", "万元", 3102.77, m["platform"], "平台相关营业收入", "2022年度", "2022年平台营收（万元）"),
        F("平台近三年经营指标情况", "2,618.93", "万元", 2618.93, m["platform"], "平台相关营业收入", "2021年度", "2021年平台营收（万元）"),
        F("平台利润率（%）", "412.36", "万元", 412.36, m["platform"], "平台利润总额", "2023年度", "平台利润总额（万元）"),
        F("投资回报率（%）", "412.36", "万元", 412.36, m["platform"], "平台利润总额", "2023年度", "平台年利润（万元）"),
        F("平台相关研发投入（万元）", "1,413.57", "万元", 1413.57, m["platform"], "平台研发投入合计", "2023年度"),
    ]
    shot = "03 附件/03-5 平台截图.png"
    pk["shots_fn"] = std_shots(shot, "BIM智慧建造与运维平台 数据总览", extra=True)
    a, b = "附件03-1 年报摘录", "附件03-2 审计报告"
    pk["proofs_fn"] = std_proofs(a, b, "附件03-3", "附件03-4", "附件03-5", {
        "平台相关营业收入（万元）": a + " 第{ar_composition}页、第{ar_segments}页；" + b + " 第{au_platform}页",
        "平台相关研发投入（万元）": b + " 第{au_platform}页 平台研发投入—费用化支出",
        "平台利润率（%）": b + " 第{au_platform}页",
    })
    pk["attach_list"] = "03-1 申江建工2023年年度报告摘录；03-2 四建集团2023年度审计报告；03-3 专利及软著清单；03-4 接入设备统计；03-5 平台截图"
    pk["texts"] = texts(name, "建筑业", nature, company, group, {
        "intro": f"{name}是{company}打造的面向建筑业的行业型工业互联网平台，覆盖公共建筑设计、施工与运维全过程，主要客户为公共建筑业主和施工企业。"})
    pk["book_fn"] = lambda p: book(p, (
        "平台营收拆分方式：平台业务单独核算，平台相关营业收入即控股股东年报营业收入构成中的「工业互联网平台及解决方案」，"
        "与本公司审计报告专项说明一致。"), False, "成立于1993年，为申江建工集团股份有限公司全资子公司。")
    return pk


def wire_huaxing() -> dict:
    """Problems. 序号15; a platform company, subsidiary of an invented listed machinery group."""
    company = "上海华兴数字科技有限公司"
    group = "沪兴重工集团股份有限公司"
    rev = [3820641573280, 3641890215517, 3402177450862]
    plat = [41260855327, 33815022690]
    exc = [rev[0] * 40 // 100, rev[1] * 41 // 100]
    crane = [rev[0] * 25 // 100, rev[1] * 24 // 100]
    conc = [rev[0] * 15 // 100, rev[1] * 16 // 100]
    parts = [rev[i] - exc[i] - crane[i] - conc[i] - plat[i] for i in range(2)]
    comp = {
        "分行业": [("工程机械制造", rev[0] - plat[0], rev[1] - plat[1]), ("信息技术服务", plat[0], plat[1])],
        "分产品": [("挖掘机械", exc[0], exc[1]), ("起重机械", crane[0], crane[1]), ("混凝土机械", conc[0], conc[1]),
                   ("工业互联网平台及解决方案", plat[0], plat[1]), ("零部件及其他", parts[0], parts[1])],
        "分地区": [("境内", rev[0] * 71 // 100, rev[1] * 73 // 100), ("境外", rev[0] - rev[0] * 71 // 100, rev[1] - rev[1] * 73 // 100)],
    }
    au = dict(seed=1501, company=company, auditor="沪中和会计师事务所（特殊普通合伙）", report_no="沪中和审字（2024）第0527号",
              cpa="高建明、许丽", assets=52033118640, debt_ratio=0.46, rev=[29641853062, 24107631845],
              profit=[3125486017, 2410833952], rd_exp=[3512400638, 2830221506],
              rd_note=[[3512400638, 2830221506], [820000000, 610000000]],
              rd_text="注：研发支出全部为华兴数字易维讯工程机械工业互联网平台相关研发项目支出。",
              company_text=(f"{company}系{group}的控股子公司，主营华兴数字易维讯工程机械工业互联网平台的建设与运营，"
                            "营业收入全部来源于平台订阅服务及基于平台的解决方案。"), pages=8)
    hx_row = sub_row(company, "子公司", "工程机械工业互联网平台建设与运营", "20,000万元", au)
    ar = dict(
        seed=1502, name=group, short="沪兴重工", code="609386", exchange="上海证券交易所", legal="郑国华", cfo="毛丽君",
        acct="谢永康", auditor="沪中和会计师事务所（特殊普通合伙）", cpa="高建明、冯晨", is_parent=True,
        address="上海市松江区九亭镇华兴路168号", site="https://www.huxing-hi.example.com", email="ir@huxing-hi.example.com",
        defs=[("华兴数字", f"{company}，本公司控股子公司")],
        years=dict(rev=rev, np_parent=[286330225418, 270112336518, 251330118207],
                   np_deducted=[262118336502, 248330115219, 230115662018], cfo=[402336118520, 318220551607, 351226330118],
                   assets=[6820331558126, 6530118226417, 6120336115082], equity=[2630118225406, 2480336115218, 2320118336507],
                   profit_total=[352118665218, 331226108336]),
        composition=comp,
        composition_note="注：「工业互联网平台及解决方案」由控股子公司上海华兴数字科技有限公司及集团智能化事业部等单位开展。",
        rd=dict(people=[3120, 2986], people_ratio=["15.62%", "15.08%"], edu=[96, 1032, 1718, 274],
                expensed=[124830051266, 118330225107], capitalised=[22688040000, 19820000000]),
        subsidiaries=[hx_row,
                      ["沪兴起重机械（上海）有限公司", "子公司", "起重机械研发制造", "80,000万元", 1230115662018, 520336118227,
                       955160393320, 62330118227, 52880336115],
                      ["沪兴混凝土机械有限公司", "子公司", "混凝土机械研发制造", "60,000万元", 860225331807, 330118227516,
                       573096235992, 31226115082, 26550118336]],
        subs_note="",
        employees=dict(parent=6820, subs=13156,
                       prof=[("生产人员", 11230), ("销售人员", 2036), ("技术人员", 5120), ("财务人员", 312), ("行政人员", 1278)],
                       edu=[("研究生及以上", 986), ("本科", 6830), ("大专", 5520), ("大专以下", 6640)],
                       by_sub=[(company, 236, 174, 92, 221), ("沪兴起重机械（上海）有限公司", 4126, 902, 512, 1630),
                               ("沪兴混凝土机械有限公司", 3018, 611, 356, 1102)]),
        debt_ratio=0.61, parent_assets=[3420118336507, 3280336115228], parent_rev=[1520336118227, 1480225336118],
        parent_profit=[160336118226, 152118336507], parent_rd=[52033118226, 49120336118],
        industry_text="2023年工程机械行业国内需求阶段性承压，海外市场保持较快增长，行业加快电动化、智能化和服务化转型。",
        business_text="公司主要从事挖掘机械、起重机械、混凝土机械等工程机械的研发、制造和销售，并开展工业互联网平台及解决方案业务。",
        outlook_text="公司将以工业互联网平台为抓手，推进设备全生命周期服务和后市场业务发展。",
        company_text=f"{group}于2006年在上海证券交易所上市。",
        scope=[(company, "上海", "70%", "设立"), ("沪兴起重机械（上海）有限公司", "上海", "100%", "设立"),
               ("沪兴混凝土机械有限公司", "长沙", "100%", "非同一控制下企业合并")],
        segments=[("工程机械", rev[0] - plat[0] + 6000000000, rev[1] - plat[1] + 5200000000, 330000000000, 6500000000000),
                  ("数字化服务（含工业互联网平台）", plat[0] + 3100000000, plat[1] + 2600000000, 24000000000, 380000000000)],
        segment_text="本集团的报告分部为工程机械分部和数字化服务分部（含工业互联网平台及解决方案）。", pages=40,
    )
    r21, r22, r23 = 19386.52, wan(au["rev"][1]), wan(au["rev"][0])
    e, c = ar["rd"]["expensed"][0], ar["rd"]["capitalised"][0]
    group_ratio = float((__import__("evidence").pct)(e + c, rev[0]))
    group_growth = float((__import__("evidence").chg)(rev[0], rev[1]))
    dec = dict(rev3=(r21, r22, r23), g3=(16.82, g(r22, r21), group_growth), rev=r23, rd=wan(4332400638),
               rd_int=group_ratio, profit_rate=r2(wan(3125486017) / r23 * 100), roi=r2(wan(3125486017) / 21600.00 * 100),
               team=(152, 116), qualified=188, listed=False,
               listed_text=f"否。本公司未上市，亦未单独获得VC/PE投资（控股股东{group}为上海证券交易所上市公司）")
    files = dict(contact="华兴数字_附件1_联系人信息反馈表.docx", form_xlsx="华兴数字_附件2_申报表.xlsx",
                 form_scan="华兴数字_附件2_申报表（盖章）.pdf", book="华兴数字_附件3_申报书.docx", summary="华兴数字_附件4_汇总表.xlsx",
                 commit="华兴数字_附件5_真实性承诺.docx", ar="证明材料/01_沪兴重工2023年年度报告（摘录）.pdf",
                 au="证明材料/02_华兴数字2023年度审计报告.pdf", ip="证明材料/03_知识产权清单.pdf", dev="证明材料/04_设备接入统计表.pdf")
    tech_p = dict(dev_total=42860, dev_cats={"工程机械": 62, "动力设备": 14, "物流设备": 10, "仪器仪表": 8, "其他": 6},
                  regions={"上海": 22, "江苏": 14, "浙江": 10, "湖南": 9, "四川": 8, "广东": 8, "山东": 7, "河南": 6,
                           "印度尼西亚Indonesia": 3, "沙特阿拉伯Saudi Arabia": 2},
                  app_inds={"工程机械" if False else "机械": 70, "建筑业": 20, "采矿": 10},
                  svc_inds={"机械": 48, "建筑业": 30, "采矿": 12, "其他": 10},
                  svc_regions={"上海": 30, "江苏": 16, "浙江": 12, "湖南": 12, "四川": 10, "广东": 10, "山东": 10},
                  apps=214, models=276, ms=1120, devs=4860, reg_users=5620, served=3840, pub_share=0.62,
                  patents=38, copyrights=57, storage=1600.0, data_tb=1036.72, servers=212.0, pub_servers=128)
    nature = "行业型工业互联网平台"
    name = "华兴数字易维讯工程机械工业互联网平台"
    pk = base_pk(
        id="h60_huaxing_problems", seed=6015, list_no=15, listed_name=name, company=company, declared_name=name, p2023=False,
        nature=nature, contact=("钱俊杰", "13901726654", "qianjj@hx-digital.example.com", "平台事业部总监"),
        contact2=("冯佳", "13764201938", "fengj@hx-digital.example.com", "运营经理"),
        review_address="上海市松江区九亭镇华兴路168号华兴数字大楼5楼", url="https://ewx.hx-digital.example.com",
        account=("expert01", "Hx!Ewx2024"), period="2019.01-2023.12", period_text="2019年1月至2023年12月",
        build_amount=21600.00, deploy="边缘侧、公有云、混合云", deploy_form="■边缘侧　□私有云　■公有云　■混合云　□其他",
        iaas_form="□自建　■租用，服务商名称（必填）：沪云计算科技有限公司",
        co=dict(code="91310117MA1J3Q8E6T", founded="2018年11月6日", address="上海市松江区", type="其他有限责任公司",
                capital="20,000万元", business="工业互联网平台建设与运营；软件和信息技术服务", legal="郑国华", fax="021-5763xxxx",
                equity=f"{group}持股70%，上海华兴数智投资合伙企业（有限合伙）持股30%",
                holders=f"{group}：14,000万元，70%；上海华兴数智投资合伙企业（有限合伙）：6,000万元，30%",
                assets="52,033.12", main_rev="29,641.85", main_growth=f"{g(29641.85, 24107.63):.2f}", debt_ratio="46.00",
                profit="3,125.49", tax="1,862.30"),
        tech=tech_p, decl=dec, files=files, ar=ar, au=au, dev_title="华兴数字易维讯平台接入设备统计表",
        layout=["applicant:subsidiary(platform company)", "evidence:parent_annual_report(40p,元)", "ar:控股子公司表+主要子公司员工构成",
                "ar:集团营业收入构成大于平台", "evidence:subsidiary_audit(text,利润表元)", "naming:prefix", "form:xlsx-only+stamped_scan",
                "summary:xlsx-horizontal", "commitment:docx", "iaas:租用", "screenshots:png", "evidence_dir:证明材料"],
        description=("序号15华兴数字易维讯平台（平台公司为上市集团控股子公司），3个问题：研发投入强度照抄集团年报研发投入占营业收入比例、"
                     "2023年营收增长率照抄集团营业收入增减、平台团队总人数多于年报员工情况中公司在职员工（警告）。"),
        summary_horizontal=True,
    )
    fform, fau, far_ = files["form_xlsx"], files["au"], files["ar"]
    correct_int = r2(wan(4332400638) / r23 * 100)
    correct_g = g(r23, r22)
    pk["problems"] = [
        dict(id="h60_huaxing_problems-01-formula", family="formula", fields=["平台相关研发投入强度（%）"],
             files=[fform, far_], severity="error",
             description=(f"平台相关研发投入强度填{group_ratio:.2f}%，为集团年报“研发投入总额占营业收入比例”；按填报指引应为平台相关研发投入"
                          f"4332.40÷平台相关营业收入{r23:.2f}×100%={correct_int:.2f}%")),
        dict(id="h60_huaxing_problems-02-growth_rate", family="growth_rate", fields=["平台近三年经营指标情况"],
             files=[fform, far_], severity="error",
             description=(f"2023年平台营收增长率填{group_growth:.2f}%（集团营业收入本期比上年同期增减），按申报表自身2022/2023年平台营收"
                          f"{r22:.2f}/{r23:.2f}万元应为{correct_g:.2f}%")),
        dict(id="h60_huaxing_problems-03-declared_vs_evidence", family="declared_vs_evidence", fields=["平台团队总人数（人）"],
             files=[fform, far_], severity="warning",
             description=("平台团队总人数填268人（运维152+运营116），申报书称公司全体员工均服务于平台，但控股股东年报“主要子公司员工构成”"
                          "中华兴数字2023年末在职员工为236人；口径（填表日 vs 年末）可能不同，需核实")),
    ]
    pk["ar_facts"] = lambda m: [
        F("平台相关营业收入（万元）", "296,418,530.62", "元", wan(29641853062), m["subsidiaries"], company, "营业收入"),
        F("平台团队总人数（人）", "236", "人", 236, m["employees"], company, "在职员工（人）"),
    ]
    pk["au_facts"] = lambda m: [
        F("平台相关营业收入（万元）", "296,418,530.62", "元", wan(29641853062), m["income"], "一、营业收入", "本期金额"),
        F("平台近三年经营指标情况", "241,076,318.45", "元", wan(24107631845), m["income"], "一、营业收入", "上期金额",
          "2022年平台营收（万元）"),
        F("平台利润率（%）", "31,254,860.17", "元", wan(3125486017), m["income"], "三、利润总额", "本期金额", "平台利润总额（万元）"),
        F("投资回报率（%）", "31,254,860.17", "元", wan(3125486017), m["income"], "三、利润总额", "本期金额", "平台年利润（万元）"),
        F("平台相关研发投入（万元）", "43,324,006.38", "元", wan(4332400638), m["rd"], "研发支出合计", "本期发生额"),
    ]
    shot = "证明材料/05_平台驾驶舱截图.png"
    pk["shots_fn"] = std_shots(shot, "易维讯工程机械工业互联网平台 驾驶舱", extra=True)
    a, b = "证明材料01 年报摘录", "证明材料02 审计报告"
    pk["proofs_fn"] = std_proofs(a, b, "证明材料03", "证明材料04", "证明材料05", {
        "平台相关营业收入（万元）": b + " 第{au_income}页利润表营业收入；" + a + " 第{ar_subsidiaries}页主要控股参股公司",
        "平台相关研发投入（万元）": b + " 第{au_rd}页 研发支出合计",
        "平台相关研发投入强度（%）": a + " 第{ar_rd}页 研发投入",
        "平台团队总人数（人）": a + " 第{ar_employees}页 员工情况",
        "平台利润率（%）": b + " 第{au_income}页 利润总额",
    })
    pk["attach_list"] = "01 沪兴重工2023年年度报告（摘录）；02 华兴数字2023年度审计报告；03 知识产权清单；04 设备接入统计表；05 平台驾驶舱截图"
    pk["texts"] = texts(name, "工程机械行业", nature, company, group, {
        "intro": f"{name}是{company}面向工程机械行业打造的行业型工业互联网平台，提供设备远程监控、预测性维护、配件供应链协同等服务。"})
    pk["book_fn"] = lambda p: book(p, (
        "平台营收拆分方式：本公司为平台专业运营公司，营业收入全部来源于平台订阅服务及平台解决方案，平台相关营业收入即本公司经审计营业收入。"
        "公司全体员工均服务于易维讯平台的研发、运维与运营。"), False, "成立于2018年，为沪兴重工集团股份有限公司控股子公司。")
    return pk


def wire_cosco() -> dict:
    """Problems. 序号28; the applicant is itself the listed company; the platform is one product line / segment."""
    company = "中远海运科技股份有限公司"
    rev = [128645397218, 117420956321, 105287611409]
    plat = [18653240866, 15231877540]
    traffic = [rev[0] * 38 // 100, rev[1] * 39 // 100]
    ship = [rev[0] * 32 // 100, rev[1] * 31 // 100]
    hw = [rev[i] - traffic[i] - ship[i] - plat[i] for i in range(2)]
    comp = {
        "分行业": [("软件和信息技术服务", rev[0] - hw[0], rev[1] - hw[1]), ("硬件销售及系统集成", hw[0], hw[1])],
        "分产品": [("智能交通及城市数字化", traffic[0], traffic[1]), ("航运物流数字化", ship[0], ship[1]),
                   ("工业互联网平台及解决方案（船视宝）", plat[0], plat[1]), ("硬件销售及系统集成", hw[0], hw[1])],
        "分地区": [("华东地区", rev[0] * 52 // 100, rev[1] * 50 // 100), ("其他地区", rev[0] - rev[0] * 52 // 100, rev[1] - rev[1] * 50 // 100)],
    }
    projects = [("船视宝全球船位大数据平台V3.0", 3500000000, 1230651840, 2630118226, "已上线运行"),
                ("航运工业互联网平台智能算法研发", 2500000000, 895420716, 1520336118, "算法迭代中"),
                ("船舶能效与碳排放管理模块", 1500000000, 561733002, 820115330, "试点应用")]
    ar = dict(
        seed=2802, name=company, short="海运科技", code="609288", exchange="上海证券交易所", legal="黄志远", cfo="邱晓燕",
        acct="蔡文华", auditor="沪诚信会计师事务所（特殊普通合伙）", cpa="潘立、叶秋", is_parent=False,
        address="上海市虹口区东大名路1171号", site="https://www.coscotech.example.com", email="ir@coscotech.example.com",
        defs=[("船视宝", "基于全球船舶实时船位的航运新基建平台")],
        years=dict(rev=rev, np_parent=[13120336518, 12033226417, 10820117336], np_deducted=[11830225617, 10920336418, 9820117225],
                   cfo=[18220331507, 15330118226, 14220336118], assets=[365203318862, 340112556270, 318225441087],
                   equity=[236330225118, 222018336551, 210336118420], profit_total=[16230558120, 14820331776]),
        composition=comp, composition_note="注：「工业互联网平台及解决方案（船视宝）」为船视宝平台订阅服务及平台解决方案收入。",
        rd=dict(people=[812, 766], people_ratio=["46.21%", "45.10%"], edu=[18, 236, 498, 60],
                expensed=[7520336218, 6930118226], capitalised=[2344894826, 1830000000]),
        projects=projects, projects_subtotal=("船视宝平台相关项目小计",),
        projects_note="注：上表为与船视宝平台相关的在研项目，本期投入金额含费用化及资本化投入。",
        subsidiaries=[["上海船视宝数据服务有限公司", "子公司", "航运数据服务", "5,000万元", 8620331507, 5230118226, 6230115082,
                       820336118, 702118336],
                      ["中远海运科技（北京）有限公司", "子公司", "智能交通系统集成", "10,000万元", 30220118336, 15330225107,
                       21880336115, 1520336118, 1330115082]],
        subs_note="",
        employees=dict(parent=1236, subs=521, prof=[("技术人员", 1230), ("销售人员", 186), ("财务人员", 62), ("行政人员", 279)],
                       edu=[("研究生及以上", 386), ("本科", 1102), ("大专及以下", 269)]),
        debt_ratio=0.35, parent_assets=[286330118526, 270112336118], parent_rev=[81230644725, 76220118336],
        parent_profit=[10230118227, 9520336118], parent_rd=[6230118225, 5880336117],
        industry_text="2023年航运业数字化、绿色化转型提速，船舶数据与航运物流数字化服务需求持续增长。",
        business_text="公司主要从事智能交通、航运物流数字化、工业互联网平台（船视宝）及系统集成业务。",
        outlook_text="公司将持续建设船视宝平台，打造航运新基建，拓展海外用户。",
        company_text=f"{company}于2010年在上海证券交易所上市（本摘录中证券代码为609288）。",
        scope=[("上海船视宝数据服务有限公司", "上海", "100%", "设立"), ("中远海运科技（北京）有限公司", "北京", "100%", "设立")],
        segments=[("智能交通及城市数字化", traffic[0] + 1200000000, traffic[1] + 1100000000, 7000000000, 150000000000),
                  ("航运物流数字化及系统集成", ship[0] + hw[0] + 800000000, ship[1] + hw[1] + 700000000, 6500000000, 160000000000),
                  ("工业互联网平台及解决方案", plat[0], plat[1], 2845077631, 41203318862)],
        segment_text="本公司的报告分部为智能交通及城市数字化、航运物流数字化及系统集成、工业互联网平台及解决方案（船视宝）。",
        segment_note="注：工业互联网平台及解决方案分部营业收入均为对外交易收入。", pages=48,
    )
    r21, r22, r23 = wan(rev[2]), wan(rev[1]), wan(rev[0])
    rd = wan(sum(p[2] for p in projects))
    profit = wan(2845077631)
    dec = dict(rev3=(r21, r22, r23), g3=(7.84, g(r22, r21), g(r23, r22)), rev=r23, rd=rd, rd_int=r2(rd / r23 * 100),
               profit_rate=r2(profit / r23 * 100), roi=r2(profit / 16500.00 * 100), team=(126, 58), qualified=143,
               listed=False, listed_text="否")
    files = dict(contact="申报材料/附件1 联系人信息反馈表.docx", form_docx="申报材料/附件2 申报表.docx",
                 form_scan="申报材料/附件2 申报表（盖章扫描）.pdf", book="申报材料/附件3 申报书.docx",
                 summary="申报材料/附件4 平台基本情况汇总表.xlsx", commit="申报材料/附件5 真实性承诺（盖章）.pdf",
                 ar="佐证材料/01 2023年年度报告（节选）.pdf", ip="佐证材料/02 知识产权清单.pdf", dev="佐证材料/03 设备接入统计.pdf")
    tech_p = dict(dev_total=31260, dev_cats={"交通设备": 78, "动力设备": 12, "仪器仪表": 10},
                  regions={"上海": 30, "浙江": 12, "江苏": 10, "广东": 10, "山东": 8, "辽宁": 6, "天津": 6,
                           "新加坡Singapore": 8, "希腊Greece": 6, "日本Japan": 4},
                  app_inds={"船舶": 64, "服务业": 36}, svc_inds={"船舶": 52, "服务业": 38, "其他": 10},
                  svc_regions={"上海": 34, "浙江": 14, "江苏": 12, "广东": 14, "山东": 10, "辽宁": 8, "天津": 8},
                  apps=158, models=186, ms=842, devs=2980, reg_users=12680, served=6420, pub_share=0.7,
                  patents=22, copyrights=86, storage=2400.0, data_tb=1862.40, servers=320.0, pub_servers=186)
    nature = "行业型工业互联网平台"
    listed_name = "基于全球船舶实时船位的航运新基建--船视宝"
    declared = "船视宝航运工业互联网平台"
    pk = base_pk(
        id="h60_cosco_problems", seed=6028, list_no=28, listed_name=listed_name, company=company, declared_name=declared,
        p2023=False, nature=nature, contact=("邹明辉", "13901835527", "zoumh@coscotech.example.com", "船视宝事业部副总经理"),
        contact2=("汤蕾", "13661903482", "tangl@coscotech.example.com", "产品运营经理"),
        review_address="上海市虹口区东大名路1171号15楼多功能厅", url="https://www.shipview.example.com",
        account=("pingshen", "Csb#2024Rev"), period="2020.06-2023.12", period_text="2020年6月至2023年12月",
        build_amount=16500.00, deploy="公有云、混合云", deploy_form="□边缘侧　□私有云　■公有云　■混合云　□其他",
        co=dict(code="913100001322896D4P", founded="1993年5月18日", address="上海市虹口区", type="股份有限公司（上市）",
                capital="37,130.59万元", business="软件和信息技术服务；智能交通；航运数字化；工业互联网平台", legal="黄志远",
                fax="021-6596xxxx", equity="控股股东持股44.37%，其他股东持股55.63%", holders="见公司年度报告",
                assets="365,203.32", main_rev="128,645.40", main_growth=f"{g(r23, r22):.2f}", debt_ratio="35.00",
                profit="16,230.56", tax="986.40"),
        tech=tech_p, decl=dec, files=files, ar=ar, au=None, dev_title="船视宝平台接入船舶及设备统计",
        layout=["applicant:listed_company_itself", "evidence:own_annual_report(48p,元)", "ar:产品线+分部信息+在研项目",
                "ar:合并/母公司同页", "no_subsidiary_audit", "form:docx+stamped_scan", "summary:xlsx-vertical",
                "commitment:scan", "screenshots:png", "evidence_dir:佐证材料", "name_change_undeclared"],
        description=("序号28船视宝（申报单位本身为上市公司），3个问题：平台相关营业收入及近三年营收填公司合并营业收入（年报船视宝产品线/分部"
                     "明显更小）、已上市却答“否”、平台名称与附件6不一致且未注明原名称+现名称（警告）。"),
    )
    fform, far_ = files["form_docx"], files["ar"]
    pk["problems"] = [
        dict(id="h60_cosco_problems-01-declared_vs_evidence", family="declared_vs_evidence",
             fields=["平台相关营业收入（万元）", "平台近三年经营指标情况"], files=[fform, far_], severity="error",
             description=(f"平台相关营业收入填{r23:.2f}万元、近三年营收填{r21:.2f}/{r22:.2f}/{r23:.2f}万元，均为年报合并营业收入"
                          "（1,286,453,972.18元等）；年报营业收入构成与分部信息中「工业互联网平台及解决方案（船视宝）」2023年为"
                          "186,532,408.66元（18,653.24万元）、2022年为152,318,775.40元。填报指引要求填平台（而非企业）收入；"
                          "研发投入强度、利润率随之偏低")),
        dict(id="h60_cosco_problems-02-declared_vs_evidence", family="declared_vs_evidence",
             fields=["企业是否已上市或已获得VC/PE投资"], files=[fform, far_], severity="error",
             description="申报表答“否”，但申报单位本身为上市公司（年报：股票代码609288，上海证券交易所；申报表企业类型亦为股份有限公司（上市））"),
        dict(id="h60_cosco_problems-03-platform_name", family="platform_name", fields=["平台名称"], files=[fform],
             severity="warning",
             description=f"申报表平台名称为“{declared}”，附件6序号28为“{listed_name}”，未按要求注明平台原名称+现名称"),
    ]
    pr = dict(rev=plat, profit=2845077631, line="工业互联网平台及解决方案（船视宝）", segment=True)
    seg_facts = _ar_facts_segment(pr)

    def ar_facts(m):
        out = seg_facts(m)
        for f in out:
            if f["page"] == m["segments"]:
                f["col"] = "工业互联网平台及解决方案"
        out.append(F("平台相关研发投入（万元）", yuan(sum(p[2] for p in projects)), "元", rd, m["projects"], "船视宝平台相关项目小计",
                     "本期投入金额"))
        return out
    pk["ar_facts"] = ar_facts
    pk["au_facts"] = None
    shot = "佐证材料/04 平台截图.png"
    pk["shots_fn"] = std_shots(shot, "船视宝 航运新基建平台 运营概览", extra=True)
    a = "佐证材料01 年度报告（节选）"
    pk["proofs_fn"] = std_proofs(a, None, "佐证材料02", "佐证材料03", "佐证材料04", {
        "平台相关营业收入（万元）": a + " 第{ar_key_figures}页 主要会计数据 营业收入",
        "平台相关研发投入（万元）": a + " 第{ar_projects}页 在研项目情况",
        "平台利润率（%）": a + " 第{ar_segments}页 分部信息",
    })
    pk["attach_list"] = "01 2023年年度报告（节选）；02 知识产权清单；03 设备接入统计；04 平台截图"
    pk["texts"] = texts(declared, "航运业", nature, company, "中远海运科技", {
        "intro": f"{declared}（船视宝）是{company}面向航运业打造的行业型工业互联网平台，基于全球船舶实时船位提供船舶动态、航运物流与能效服务。"})
    pk["book_fn"] = lambda p: book(p, "平台营收口径：按公司年度报告营业收入填报。", False, "成立于1993年，为上海证券交易所上市公司。")
    return pk


def PACKAGES() -> list[dict]:
    return [wire_yanfeng(), wire_sijian(), wire_huaxing(), wire_cosco()]
