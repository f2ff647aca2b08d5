"""The four h59 packages: configuration, layout, planted edits and problems."""

from __future__ import annotations

from .model import r2
from .texts import base_texts


def contact(name, title, mobile, email, venue):
    return {"name": name, "title": title, "mobile": mobile, "email": email, "venue": venue}


def cfg_common(**k):
    t = base_texts(k["tp"])
    k["texts"] = t
    k.setdefault("misc", {})
    return k


EVIDENCE_FULL = [("license", "营业执照"), ("audit", "2023年度审计报告及平台经营数据专项说明"), ("shots", "平台运行数据截图"),
                 ("device", "平台接入设备统计表"), ("ip", "平台核心知识产权清单"), ("ent", "平台服务企业名录"),
                 ("awards", "省部级及以上奖项/荣誉清单"), ("lists", "智能工厂、服务园区及合作平台清单"),
                 ("security", "第三方网络安全测评报告")]

# ---------------------------------------------------------------- 1. clean, one binder of everything
SJ = cfg_common(
    seed=1201, list_no=12, listed_name="基于BIM的公共建筑智慧建造与运维工业互联网平台",
    declared_name="基于BIM的公共建筑智慧建造与运维工业互联网平台", company="上海建工四建集团有限公司", part23=True,
    short="四建BIM", domain_short="BIM", nature="行业型工业互联网平台",
    contact=contact("顾嘉仪", "数字化中心副主任", "13917264083", "gujy@sj4-bim.example.com",
                    "上海市黄浦区中山南一路（示例）888号四建大厦6楼多功能厅"),
    contact2=contact("邵明哲", "平台运营经理", "13918350627", "shaomz@sj4-bim.example.com", ""),
    url="https://bim-ops.sj4.example.com", account="sheitc_review", password="Sj4#Bim2024",
    build_from="2018.09", build_to="2023.12", build_mode="自建", run_mode="自运营", deploy="私有云、公有云、混合云",
    build_mode_form="☑自建  □合作共建", run_mode_form="☑自运营  □联合运营  □委托运营", iaas_form="□自建  ☑租用，服务商名称（必填）：某云计算（上海）有限公司",
    deploy_form="□边缘侧  ☑私有云  ☑公有云  ☑混合云  □其他部署方式", credit_code="91310000MA1K4J5T2X", founded="1993年6月8日",
    address="上海市黄浦区（示例地址）", ent_type="有限责任公司（国有控股）", capital="120,000万元", business="建筑施工、建筑智能化、建筑运维服务",
    legal_rep="陆建新", equity="上海建工集团股份有限公司100%", company_fin=["1,862,340.12", "1,254,806.33", "6.84", "78.25", "21,460.58", "9,812.40"],
    auditor="立信会计师事务所（示例）",
    revenue={2020: 3412.60, 2021: 3986.15, 2022: 4518.72, 2023: 5306.84}, rd=942.36, profit=683.52, build_amount=6250.00,
    team=(118, 64), devices=26480, device_cats=["动力设备", "电力设备", "仪器仪表", "物流设备", "电工、电子设备", "其他"],
    regions=["上海", "江苏", "浙江", "安徽", "广东", "四川"], overseas={"新加坡Singapore": 164, "马来西亚Malaysia": 92},
    pub_ratio=0.41, protocols=186, apps=326, extra_software=48, app_cats=["运维服务", "安全生产", "节能减排", "质量管控", "运营管理", "研发设计"],
    industries=["建筑业", "电力、热力和燃气", "机械", "建材", "其他"], killer_online=1842, killer_income=36.80,
    storage=960.00, stored=604.80, servers=186.50, models=248, model_users=538, microservices=986, developers=8640,
    served=1860, registered=2536, paid=712, ent_regions=["上海", "江苏", "浙江", "安徽", "广东"],
    orders=(14260, 15032), trade_growth=17.36, subs=4318, subs_amount=1986.40,
    misc={"dev_util": 76.84, "domestic": 86.50, "listed": False, "cost_down": 17.62, "energy_down": 11.28, "safety_up": 19.45,
          "indices": 5, "carbon": True, "idres": True, "jobs": 268, "social": 21.36},
    solutions={"数字化管理": 8, "平台化设计": 6, "网络化协同": 7, "智能化制造": 4, "个性化定制": 2, "服务化延伸": 9},
    patents=36, softcopy=58, awards=6, factories=4, parks=7, partners=6,
    tp=dict(name="基于BIM的公共建筑智慧建造与运维工业互联网平台", short="四建BIM", domain="公共建筑建造与运维行业",
            scene="BIM模型驱动的智慧建造与楼宇设备运维", company="上海建工四建集团有限公司", company_short="四建集团",
            carbon=True, listed=False, idres=True, speed="秒级（单TB楼宇设备时序数据聚合分析约4秒）", edge_nodes=326, latency=18,
            open_data="以API接口和行业数据集形式开放：开放API接口142个、建筑运维行业数据集6个",
            founded_year=1993, business="建筑施工、建筑智能化和建筑运维服务",
            cases=[("大型医院机电设备智慧运维", "上海某三甲医院"), ("超高层办公楼能效优化", "上海某城市综合体"),
                   ("会展中心设施数字孪生运维", "上海某会展中心")],
            factory_names="上海某装配式建筑构件智能工厂、上海某预制混凝土构件智能工厂、上海某建材智能工厂、上海某钢结构智能工厂"),
)

P1 = {
    "id": "h59_sijian_binder_clean", "cfg": SJ, "numbering": "mixed",
    "description": ("序号12 上海建工四建：整套申报材料装订为一本91页的《申报材料汇编》PDF（封面、目录无页码；联系人表/申报表/汇总表/承诺用"
                    "罗马页码，申报书用「- n -」，每个附件从「附件N-1」重新编号），带书签；附件前有分隔页；承诺、营业执照、审计报告正文、"
                    "安全测评报告为扫描页，截图为图片页；完全一致的干净包。"),
    "layout": ["binder:single-pdf", "bookmarks", "page_numbers:roman+arabic+附件N-k", "separator_pages", "toc:printed_pages",
               "form:binder-text-pages", "commitment:image-page", "scans:in-binder", "screenshots:image-pages",
               "evidence:named-by-separator-only", "section7"],
    "evidence": EVIDENCE_FULL,
    "files": {"binder": "四建集团_2024年度工业互联网平台应用水平评价申报材料汇编.pdf"},
    "roles": {"四建集团_2024年度工业互联网平台应用水平评价申报材料汇编.pdf": "申报表"},
    "problems": [],
}

# ---------------------------------------------------------------- 2. two volumes + 申报表 DOCX + 汇总表 XLSX
BW = cfg_common(
    seed=2202, list_no=22, listed_name="面向钢铁行业的设备远程运维平台", declared_name="面向钢铁行业的设备远程运维平台",
    company="宝武装备智能科技有限公司", part23=True, short="宝武装备远程运维", domain_short="钢铁设备", nature="行业型工业互联网平台",
    contact=contact("钱浩然", "平台事业部总监", "13901768452", "qianhr@bwzb-iot.example.com", "上海市宝山区（示例）宝武装备研发楼3楼报告厅"),
    contact2=contact("林雨桐", "项目经理", "13816624079", "linyt@bwzb-iot.example.com", ""),
    url="https://rom.bwzb.example.com", account="pingshen2024", password="Bw@Rom7731",
    build_from="2019.05", build_to="2023.12", build_mode="自建", run_mode="自运营", deploy="边缘侧、私有云、混合云",
    build_mode_form="☑自建  □合作共建", run_mode_form="☑自运营  □联合运营  □委托运营", iaas_form="☑自建  □租用",
    deploy_form="☑边缘侧  ☑私有云  □公有云  ☑混合云  □其他部署方式", credit_code="91310113MA1GL8QK6R", founded="2012年3月20日",
    address="上海市宝山区（示例地址）", ent_type="有限责任公司", capital="50,000万元", business="冶金装备检修、智能运维服务、工业软件",
    legal_rep="朱永清", equity="宝武集团下属企业100%", company_fin=["648,215.40", "402,118.65", "8.12", "56.30", "18,305.22", "6,120.80"],
    auditor="天健会计师事务所（示例）",
    revenue={2020: 6120.40, 2021: 7034.55, 2022: 7812.30, 2023: 9084.66}, rd=1562.48, profit=1104.20, build_amount=8600.00,
    team=(104, 76), devices=31260, device_cats=["冶炼设备", "动力设备", "电力设备", "机床", "仪器仪表", "物流设备"],
    regions=["上海", "江苏", "湖北", "广东", "新疆", "安徽"], overseas={"马来西亚Malaysia": 128, "巴西Brazil": 76},
    pub_ratio=0.22, protocols=232, apps=284, extra_software=36, app_cats=["运维服务", "安全生产", "节能减排", "生产制造", "质量管控"],
    industries=["黑色金属", "有色金属", "机械", "电力、热力和燃气", "其他"], killer_online=1306, killer_income=52.40,
    storage=1280.00, stored=836.48, servers=242.00, models=412, model_users=716, microservices=1324, developers=6210,
    served=968, registered=1384, paid=506, ent_regions=["上海", "江苏", "湖北", "广东", "新疆", "安徽"],
    orders=(9820, 10416), trade_growth=14.82, subs=3604, subs_amount=2846.30,
    misc={"dev_util": 81.36, "domestic": 90.20, "listed": False, "cost_down": 21.48, "energy_down": 8.64, "safety_up": 24.16,
          "indices": 4, "carbon": True, "idres": True, "jobs": 186, "social": 18.92},
    solutions={"数字化管理": 6, "平台化设计": 2, "网络化协同": 5, "智能化制造": 9, "个性化定制": 1, "服务化延伸": 8},
    patents=42, softcopy=31, awards=5, factories=6, parks=5, partners=4, ip_new_page=True,
    tp=dict(name="面向钢铁行业的设备远程运维平台", short="宝武装备", domain="钢铁行业", scene="冶金设备远程监测、诊断与预测性维护",
            company="宝武装备智能科技有限公司", company_short="宝武装备", carbon=True, listed=False, idres=True,
            speed="秒级（每TB设备振动与工况数据分析约6秒）", edge_nodes=418, latency=12,
            open_data="以API接口和设备故障样本库形式开放：开放API接口96个、故障样本库3个（约18万条）",
            founded_year=2012, business="冶金装备检修、智能运维服务和工业软件",
            cases=[("热轧产线关键设备预测性维护", "某钢铁基地热轧厂"), ("高炉鼓风机组远程诊断", "某钢铁公司炼铁厂"),
                   ("冷轧设备能效优化", "某冷轧薄板公司")],
            factory_names="上海某冷轧薄板智能工厂、上海某特钢智能工厂、上海某钢管智能工厂、上海某冶金装备智能工厂、上海某电工钢智能工厂、上海某不锈钢智能工厂"),
)


def bw_edits():
    def team(d):
        d["team"]["total"] = d["team"]["ops"] + d["team"]["run"] + 6  # 186 declared, 104 + 76 = 180

    def growth(d):
        d["growth"][2023] = 18.62  # true (9084.66 / 7812.30 - 1) = 16.29%

    return [team, growth]


BW_FORM_DOCX = "附件2 申报表（宝武装备）.docx"
BW_SUMMARY = "附件4 平台基本情况汇总表（宝武装备）.xlsx"
BW_V1 = "宝武装备_申报材料汇编（上册）.pdf"
BW_V2 = "宝武装备_申报材料汇编（下册）.pdf"
P2 = {
    "id": "h59_baowu_volumes_problems", "cfg": BW, "numbering": "of_total",
    "description": ("序号22 宝武装备：汇编分上、下两册（「第 k 页 共 T 页」连续编号，下册有自己的封面），知识产权清单的专利表从上册末尾"
                    "跨到下册；申报表DOCX和汇总表XLSX另附。4个问题：汇总表与申报表不一致、专利清单行数与申报数不符、团队人数不等于"
                    "运维+运营、2023年增长率与营收不符。"),
    "layout": ["binder:two-volumes", "bookmarks", "page_numbers:第k页共T页", "separator_pages", "toc:printed_pages",
               "list_across_volumes", "form:docx-beside", "summary:xlsx-beside", "commitment:image-page", "section7"],
    "evidence": EVIDENCE_FULL,
    "volumes": [("上册", None), ("下册", ("ip", 1))],
    "files": {"volumes": [BW_V1, BW_V2]},
    "beside": {BW_FORM_DOCX: "form_docx", BW_SUMMARY: "summary_xlsx"},
    "roles": {BW_V1: "申报书", BW_V2: "evidence:patent_list", BW_FORM_DOCX: "申报表", BW_SUMMARY: "汇总表"},
    "form_edits": bw_edits(),
    "patent_rows": 40,
    "summary_edits": {"公有云工业设备连接数量（台/套）": ("6787", 6787)},  # the 申报表 declares 6877
    "problems": [],  # filled below (needs the values)
}

# ---------------------------------------------------------------- 3. one binder, a 目录 part missing; DOCX 申报表 + DOCX 汇总表
YF = cfg_common(
    seed=3303, list_no=33, listed_name="延锋工业互联网平台", declared_name="延锋工业互联网平台", company="上海延锋金桥饰件系统有限公司",
    part23=False, short="延锋", domain_short="汽车内饰", nature="行业型工业互联网平台",
    contact=contact("蒋欣悦", "数字化部经理", "13764190528", "jiangxy@yf-jq.example.com", "上海市浦东新区金桥（示例）延锋园区1号楼会议中心"),
    contact2=contact("韩志远", "IT主管", "13962718304", "hanzy@yf-jq.example.com", ""),
    url="https://iiot.yf-jq.example.com", account="yf_eval", password="YfJq!2024pw",
    build_from="2020.01", build_to="2023.12", build_mode="自建", run_mode="自运营", deploy="边缘侧、私有云",
    build_mode_form="☑自建  □合作共建", run_mode_form="☑自运营  □联合运营  □委托运营", iaas_form="☑自建  □租用",
    deploy_form="☑边缘侧  ☑私有云  □公有云  □混合云  □其他部署方式", credit_code="91310115607224816P", founded="1994年9月16日",
    address="上海市浦东新区（示例地址）", ent_type="有限责任公司（中外合资）", capital="3,600万美元", business="汽车内饰件研发与制造",
    legal_rep="沈国华", equity="延锋汽车饰件系统有限公司控股", company_fin=["486,120.36", "612,408.15", "5.36", "48.60", "32,615.04", "15,204.30"],
    auditor="普华永道中天会计师事务所（示例）",
    revenue={2020: 1860.20, 2021: 2214.56, 2022: 2608.34, 2023: 3126.48}, rd=612.80, profit=388.46, build_amount=4200.00,
    team=(62, 28), devices=14820, device_cats=["轻工设备", "机器人", "机床", "动力设备", "仪器仪表", "物流设备"],
    regions=["上海", "江苏", "浙江", "湖北", "重庆", "辽宁"], overseas={"墨西哥Mexico": 86, "斯洛伐克Slovakia": 54},
    pub_ratio=0.18, protocols=124, apps=168, extra_software=22, app_cats=["生产制造", "质量管控", "运维服务", "仓储物流", "供应链管理"],
    industries=["汽车", "轻工", "机械", "其他"], killer_online=624, killer_income=18.60,
    storage=720.00, stored=410.40, servers=96.00, models=186, model_users=264, microservices=612, developers=2860,
    served=386, registered=524, paid=214, ent_regions=["上海", "江苏", "浙江", "湖北", "重庆", "辽宁"],
    orders=(4260, 4518), trade_growth=12.64, subs=1586, subs_amount=864.20,
    misc={"dev_util": 72.18, "domestic": 82.40, "listed": False, "cost_down": 15.36, "energy_down": 7.92, "safety_up": 16.84,
          "indices": 3, "carbon": False, "idres": True, "jobs": 96, "social": 16.48},
    solutions={"数字化管理": 4, "平台化设计": 3, "网络化协同": 5, "智能化制造": 6, "个性化定制": 2, "服务化延伸": 1},
    patents=24, softcopy=38, awards=4, factories=3, parks=3, partners=3,
    tp=dict(name="延锋工业互联网平台", short="延锋", domain="汽车内饰行业", scene="注塑、包覆产线的设备互联与质量追溯",
            company="上海延锋金桥饰件系统有限公司", company_short="延锋金桥", carbon=False, listed=False, idres=True,
            speed="秒级（每TB注塑工艺数据分析约8秒）", edge_nodes=142, latency=25,
            open_data="以API接口形式向供应商开放：开放API接口58个、质量追溯数据服务2类",
            founded_year=1994, business="汽车内饰件研发与制造",
            cases=[("注塑产线质量追溯", "某汽车内饰件工厂"), ("包覆工序设备预测性维护", "某内饰件配套企业"),
                   ("供应商协同与入厂物流", "某整车配套园区")],
            factory_names="上海某汽车内饰智能工厂、上海某仪表板智能工厂、上海某门板智能工厂"),
)


def yf_edits():
    def util(d):
        d["cloud"]["util"] = 68.40  # 410.40 / 720.00 = 57.00

    def cats(d):
        d["dev"]["cats"] = dict(d["dev"]["cats"])
        first = next(iter(d["dev"]["cats"]))
        d["dev"]["cats"][first] += 400  # the category breakdown now sums to 15,220 ≠ 14,820

    def ms(d):
        d["ms"]["active"] = d["ms"]["total"] + 138  # 750 > 612

    return [util, cats, ms]


YF_BINDER = "延锋_2024年度工业互联网平台评价申报材料汇编.pdf"
YF_FORM = "申报表（延锋工业互联网平台）.docx"
YF_SUMMARY = "平台基本情况汇总表（延锋）.docx"
P3 = {
    "id": "h59_yanfeng_binder_problems", "cfg": YF, "numbering": "mixed",
    "description": ("序号33 延锋：一本汇编PDF（附件从「附件N-1」重新编号，书签、分隔页），目录和申报书第六章列出「附件6：平台服务企业名录」"
                    "但汇编中没有该附件（附件5之后直接是附件7）；申报表DOCX和汇总表DOCX另附。4个问题：缺少证明材料、存储资源利用率计算错误、"
                    "设备二级分类合计不等于总数、活跃微服务数大于微服务数。"),
    "layout": ["binder:single-pdf", "bookmarks", "page_numbers:roman+arabic+附件N-k", "separator_pages", "toc:printed_pages",
               "toc:lists-missing-part", "form:docx-beside", "summary:docx-beside", "commitment:image-page", "no_section7"],
    "evidence": EVIDENCE_FULL,
    "missing_parts": {"ent": ("1", "12")},
    "files": {"binder": YF_BINDER},
    "beside": {YF_FORM: "form_docx", YF_SUMMARY: "summary_docx"},
    "roles": {YF_BINDER: "申报书", YF_FORM: "申报表", YF_SUMMARY: "汇总表"},
    "form_edits": yf_edits(),
    "problems": [],
}

# ---------------------------------------------------------------- 4. three volumes + horizontal 汇总表 XLSX
TS = cfg_common(
    seed=2704, list_no=27, listed_name="零碳绿色工厂综合数智化管理平台", declared_name="零碳绿色工厂综合数智化管理平台",
    company="上海碳索能源服务股份有限公司", part23=False, short="碳索零碳工厂", domain_short="工厂能碳管理", nature="行业型工业互联网平台",
    contact=contact("彭晓雯", "产品总监", "13621908475", "pengxw@tansuo-energy.example.com", "上海市闵行区（示例）碳索大厦8楼路演厅"),
    contact2=contact("魏子健", "商务经理", "13585206319", "weizj@tansuo-energy.example.com", ""),
    url="https://zerocarbon.tansuo.example.com", account="review_2024", password="Ts$Zc2024!",
    build_from="2019.08", build_to="2023.12", build_mode="自建", run_mode="自运营", deploy="边缘侧、公有云",
    build_mode_form="☑自建  □合作共建", run_mode_form="☑自运营  □联合运营  □委托运营", iaas_form="□自建  ☑租用，服务商名称（必填）：某云计算（上海）有限公司",
    deploy_form="☑边缘侧  □私有云  ☑公有云  □混合云  □其他部署方式", credit_code="91310112MA1GB3W07M", founded="2014年11月4日",
    address="上海市闵行区（示例地址）", ent_type="股份有限公司（非上市）", capital="6,800万元", business="节能服务、能源管理软件、碳管理咨询",
    legal_rep="谢卫东", equity="创始团队及员工持股平台合计62%，产业基金38%", company_fin=["58,240.16", "31,206.48", "12.46", "41.20", "2,864.30", "1,128.60"],
    auditor="众华会计师事务所（示例）",
    revenue={2020: 2410.36, 2021: 3018.42, 2022: 3702.18, 2023: 4386.90}, rd=1168.50, profit=420.36, build_amount=3800.00,
    team=(58, 36), devices=18640, device_cats=["电力设备", "动力设备", "暖通空调设备", "仪器仪表", "电工、电子设备"],
    regions=["上海", "江苏", "浙江", "山东", "广东"], overseas={"泰国Thailand": 72},
    pub_ratio=0.68, protocols=96, apps=142, extra_software=18, app_cats=["节能减排", "运维服务", "运营管理", "安全生产"],
    industries=["机械", "电子", "石化化工", "食品", "其他"], killer_online=1168, killer_income=24.30,
    storage=540.00, stored=351.00, servers=64.00, models=156, model_users=312, microservices=468, developers=1860,
    served=1226, registered=1612, paid=488, ent_regions=["上海", "江苏", "浙江", "山东", "广东"],
    orders=(6820, 7306), trade_growth=18.46, subs=2680, subs_amount=1204.60,
    misc={"dev_util": 84.12, "domestic": 88.60, "listed": True, "cost_down": 12.84, "energy_down": 14.62, "safety_up": 10.36,
          "indices": 6, "carbon": True, "idres": False, "jobs": 124, "social": 19.84},
    solutions={"数字化管理": 6, "平台化设计": 1, "网络化协同": 3, "智能化制造": 4, "个性化定制": 1, "服务化延伸": 7},
    patents=18, softcopy=64, awards=3, factories=5, parks=6, partners=5, ip_new_page=True,
    tp=dict(name="零碳绿色工厂综合数智化管理平台", short="碳索", domain="工厂能源与碳管理领域", scene="工厂能耗监测、能效优化与碳排放核算",
            company="上海碳索能源服务股份有限公司", company_short="碳索能源", carbon=True, listed=True, idres=False,
            speed="毫秒级（每TB能耗时序数据检索分析约650毫秒）", edge_nodes=236, latency=30,
            open_data="以API接口和碳排放因子库形式开放：开放API接口74个、碳排放因子库1套（约3,200条因子）",
            founded_year=2014, business="节能服务、能源管理软件和碳管理咨询",
            cases=[("电子工厂能碳一体化管理", "某电子制造企业"), ("化工园区能效优化", "某化工新材料企业"),
                   ("食品工厂冷站智能控制", "某食品生产企业")],
            factory_names="上海某电子元器件智能工厂、上海某精细化工智能工厂、上海某食品智能工厂、上海某装备制造智能工厂、上海某医疗器械智能工厂"),
)


def ts_edits():
    def rd(d):
        d["rd"] = 1286.50  # the special note prints 1,168.50
        d["rd_int"] = r2(1286.50 / d["rev"][2023] * 100)

    return [rd]


TS_V = ["碳索_申报材料汇编_第一册（申报文件）.pdf", "碳索_申报材料汇编_第二册（证明材料）.pdf", "碳索_申报材料汇编_第三册（证明材料续）.pdf"]
TS_SUMMARY = "附件4_平台基本情况汇总表_碳索.xlsx"
P4 = {
    "id": "h59_tansuo_volumes_problems", "cfg": TS, "numbering": "dash",
    "description": ("序号27 碳索：汇编分三册（「- n -」连续编号，分隔页也编号），第一册为申报文件，第二、三册为证明材料，软件著作权清单从第二册"
                    "跨到第三册；横向汇总表XLSX另附，申报表只在汇编中。4个问题：软著清单行数与申报数不符、研发投入与专项说明不符、"
                    "看板注册企业数与申报表不符、设备分类使用附录A以外的类别。"),
    "layout": ["binder:three-volumes", "bookmarks", "page_numbers:dash-continuous", "separator_pages:numbered", "toc:printed_pages",
               "list_across_volumes", "form:binder-only", "summary:xlsx-horizontal-beside", "commitment:image-page", "no_section7"],
    "evidence": EVIDENCE_FULL,
    "volumes": [("第一册", None), ("第二册", ("license", "sep")), ("第三册", ("ip", 2))],
    "files": {"volumes": TS_V},
    "beside": {TS_SUMMARY: "summary_xlsx_h"},
    "roles": {TS_V[0]: "申报表", TS_V[1]: "evidence:other", TS_V[2]: "evidence:patent_list", TS_SUMMARY: "汇总表"},
    "form_edits": ts_edits(),
    "soft_rows": 61,
    "shot_values": {"registered": 1126},
    "problems": [],
}

P2["problems"] = [
    {"id": "h59-bw-01", "family": "summary_vs_form", "fields": ["公有云工业设备连接数量（台/套）"],
     "files": [BW_SUMMARY, BW_FORM_DOCX, BW_V1], "severity": "error",
     "description": "汇总表XLSX填写公有云工业设备连接数量6787，申报表（DOCX及汇编中的申报表页）为6877，设备统计表合计亦为6,877。"},
    {"id": "h59-bw-02", "family": "count_vs_list", "fields": ["平台核心软硬件技术获得的专利数量（项）"],
     "files": [BW_FORM_DOCX, BW_V1, BW_V2], "severity": "error",
     "description": "申报表填报专利42项，附件5知识产权清单的专利表（上册末页起、下册续）只有40行，「专利合计：40项」。"},
    {"id": "h59-bw-03", "family": "identity", "fields": ["平台团队总人数（人）", "运维人数（人）", "运营人数（人）"],
     "files": [BW_FORM_DOCX, BW_V1], "severity": "error",
     "description": "平台团队总人数186，运维104+运营76=180，填报指引要求二者之和等于平台总人数。"},
    {"id": "h59-bw-04", "family": "growth_rate", "fields": ["平台近三年经营指标情况"],
     "files": [BW_FORM_DOCX, BW_V1], "severity": "error",
     "description": "2023年增长率填18.62%，按所填营收9084.66÷7812.30−1=16.29%。"},
]
P3["problems"] = [
    {"id": "h59-yf-01", "family": "missing_proof",
     "fields": ["实际服务企业数（个）", "按行业统计服务企业数（个）", "按省市区域统计服务企业数（个）", "付费企业数（个）",
                "服务本市企业数量（个）", "服务中小企业数量（个）", "付费用户占比（%）"],
     "files": [YF_BINDER, YF_FORM], "severity": "error",
     "description": "申报表证明资料列、目录和申报书第六章均指向「附件6：平台服务企业名录（附件6-1～附件6-12）」，汇编中没有附件6（附件5之后直接是附件7），服务企业各项指标无证明。"},
    {"id": "h59-yf-02", "family": "formula", "fields": ["存储资源利用率（%）", "存储工业数据量（TB）", "存储容量（TB）"],
     "files": [YF_FORM, YF_BINDER], "severity": "error",
     "description": "存储资源利用率填68.40%，410.40÷720.00×100%=57.00%。"},
    {"id": "h59-yf-03", "family": "breakdown_sum", "fields": ["按二级分类统计工业设备数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"],
     "files": [YF_FORM, YF_BINDER], "severity": "error",
     "description": "按二级分类统计工业设备数量合计15,220，与连接设备总数14,820不符（轻工设备填5520，附件4设备统计表为5,120）。"},
    {"id": "h59-yf-04", "family": "subset", "fields": ["活跃微服务数量（一周调用5次以上）（个）", "微服务数量（个）"],
     "files": [YF_FORM, YF_BINDER], "severity": "error",
     "description": "活跃微服务数量750大于微服务数量612。"},
]
P4["problems"] = [
    {"id": "h59-ts-01", "family": "count_vs_list", "fields": ["平台核心软硬件技术获得的软著数量（个）"],
     "files": [TS_V[0], TS_V[1], TS_V[2]], "severity": "error",
     "description": "申报表填报软著64个，附件5软件著作权清单（第二册末页起、第三册续）只有61行，「软件著作权合计：61项」。"},
    {"id": "h59-ts-02", "family": "declared_vs_evidence", "fields": ["平台相关研发投入（万元）"],
     "files": [TS_V[0], TS_V[1]], "severity": "error",
     "description": "申报表平台相关研发投入1286.50万元，附件2平台经营数据专项说明2023年度为1,168.50万元。"},
    {"id": "h59-ts-03", "family": "screenshot_vs_form", "fields": ["注册企业用户数（个）"],
     "files": [TS_V[0], TS_V[1]], "severity": "warning",
     "description": "附件3运营驾驶舱截图显示注册企业1,126，申报表注册企业用户数1612。"},
    {"id": "h59-ts-04", "family": "invalid_category",
     "fields": ["按二级分类统计工业设备数量（台/套）", "按二级分类统计公有云工业设备数量（台/套）",
                "按二级分类统计公有云工业设备平均日运行数量（台/套）"],
     "files": [TS_V[0], TS_V[1]], "severity": "error",
     "description": "设备二级分类使用「暖通空调设备」，不属于附录A工业设备二级分类口径（应归入动力设备或其他）。"},
]

PACKAGES = [P1, P2, P3, P4]
