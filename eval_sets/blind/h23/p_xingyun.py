"""h23_xingyun_problems — 序号23 “星云智汇”工业互联网平台 (上海电气集团数字科技有限公司), 4 problems."""
from __future__ import annotations

import lib
from common import Pkg, doc_table, new_doc, para, save_docx, write_contact_docx, write_form_pdf_for_scan, write_form_xlsx, write_summary_xlsx, commitment_pdf
from evid import TMP, catalogue
from fill import fill_standard, revenue_row, setv
from p_problems import base_rows, basic_B, evidence

P = dict(
    team=236, ops=148, opr=88, titled=172, rd=1866.40, profit=1302.75, invest=9800.00,
    rev={2021: 8426.50, 2022: 10218.36, 2023: 12604.90}, base2020=6830.12,
    registered=5420, paid=1608, served=3186, local=1240, sme=2530,
    dev=46280, dev_pub=28460, dev_daily=21930,
    dev_cats=(["动力设备", "电力设备", "机床", "工程机械", "仪器仪表", "机器人"], [30, 25, 15, 12, 10, 8]),
    dev_regs=(["上海", "江苏", "浙江", "安徽", "山东", "广东", "湖北"], [34, 20, 14, 9, 8, 8, 7]), overseas={},
    protocols=180, sw=426, app=372, app_dev=228, app_cloud=144, app_mau=265, killer=5, killer_users=2840,
    killer_times=31200, killer_income=64.30, pub_app=210, pub_app_dau=118,
    app_cats=(["运维服务", "生产制造", "节能减排", "质量管控", "安全生产", "运营管理"], [30, 20, 18, 14, 10, 8]),
    app_inds=(["机械", "电力、热力和燃气", "汽车", "船舶", "航空/航天"], [40, 25, 15, 10, 10]),
    cloud=412.00, cloud_pub=260, cap=2400.00, data=1386.72, data_pub=804.50,
    models=520, models_active=246, model_users=1150,
    model_cats=(["行业机理模型", "数据算法模型", "研发仿真模型", "业务流程模型"], [40, 30, 15, 15]),
    speed=("毫秒级（每TB检索约650毫秒）", "毫秒级"), micro=1680, micro_active=905, devs=8420, devs_active=1930,
    served_inds=(["机械", "电力、热力和燃气", "汽车", "船舶", "其他"], [40, 20, 15, 10, 15]),
    served_regs=(["上海", "江苏", "浙江", "安徽", "山东", "广东", "湖北"], [1240, 580, 420, 260, 230, 256, 200]),
    orders=(64280, 67915), trade_growth=15.60, subs=9840, killer_subs=4260, subs_amount=5412.60, localization=90.00,
    parks=12, solutions=48,
    sol_cats=(["数字化管理", "平台化设计", "网络化协同", "智能化制造", "个性化定制", "服务化延伸"], [10, 6, 8, 12, 4, 8]),
    om=19.40, energy=9.30, safety=16.73, indices=6, patents=58, soft=96, awards=0, jobs=860, social=18.42,
    open="开放API接口420个、行业数据集12个、模型组件36个", partners=14,
)
AWARDS = [("2022年工业互联网平台创新领航应用案例", "2022年11月", "工业和信息化部"),
          ("2023年跨行业跨领域工业互联网平台", "2023年9月", "工业和信息化部"),
          ("上海市工业互联网标杆平台", "2023年6月", "上海市经济和信息化委员会")]


def build():
    pkg = Pkg("h23_xingyun_problems", 23, "“星云智汇”工业互联网平台", "上海电气集团数字科技有限公司",
              "“星云智汇”工业互联网平台", True,
              "序号23星云智汇平台，XLSX申报表+盖章扫描、极简申报书（多章一句话指向附件），4个问题：付费用户占比只填“详见附件2”而附件2审计报告无此数据、"
              "工业协议兼容适配数量空白、省部级奖项填0而附件7列有3项部级/市级荣誉、2023年参评却缺第七章。")
    pkg.layout = ["naming:numbered-plain", "evidence_dir:佐证材料/附件N", "form:xlsx+stamped_scan", "catalogue:pdf",
                  "summary:xlsx-horizontal", "commitment:scan", "shenbaoshu:docx-short", "screenshots:pdf-image",
                  "device_list:xlsx", "awards:scan", "terse:详见附件"]
    pkg.secrets = ["Xy!2024demo"]
    S = dict(nature="跨行业跨领域工业互联网平台", url="https://nebula.sedigital.example.com", period="2019.01-2023.12",
             period_cn="2019年1月至2023年12月", invest=P["invest"], build="自建", ops_mode="自运营",
             deploy="私有云、公有云、混合云", account="pingshen  密码：Xy!2024demo",
             build_tick="☑自建  ☐合作共建", ops_tick="☑自运营 ☐联合运营 ☐委托运营",
             iaas_tick="☑自建  ☐租用", deploy_tick="☐边缘侧 ☑私有云 ☑公有云 ☑混合云 ☐其他",
             intro="跨行业跨领域工业互联网平台，详见申报书。",
             code="91310000MA1FL5HX3C", founded="2018年11月", founded_full="2018年11月20日", district="上海市闵行区",
             ctype="有限责任公司", business="工业互联网平台、工业软件与数字化服务", legal="沈立群",
             capital="人民币30000.0000万元整", addr="上海市闵行区剑川路1200号",
             contact=dict(name="许文昊", title="平台运营部副总", phone="13918407725", email="xuwh@sedigital.example.com",
                          name2="吴倩", title2="主管", phone2="13611958830", email2="wuqian@sedigital.example.com",
                          addr="上海市闵行区剑川路1200号A座3楼多功能厅"),
             auditor="立诚会计师事务所（特殊普通合伙）上海分所",
             company_fin=dict(no="立诚沪审字〔2024〕第1102号",
                              rows=[["一、营业收入", "1,826,403,559.10", "1,512,880,417.36"], ["减：营业成本", "1,402,117,330.48", "1,166,904,218.77"],
                                    ["研发费用", "168,306,221.54", "140,512,006.18"], ["三、利润总额", "64,220,185.39", "48,905,663.21"]],
                              note="“星云智汇”平台相关收入、研发投入与利润按平台订阅及服务合同口径归集如下。"),
             plat_title="“星云智汇”平台经营数据", ip_prefix="工业大数据", ip_soft="星云智汇",
             awards_list=AWARDS,
             cases=[("某汽轮机厂远程运维", 21.30, 9.60, 18.20), ("某风电场智能运维", 17.40, 8.10, 15.60),
                    ("某机床企业设备管理", 19.50, 10.20, 16.40)],
             shots=[("星云智汇 · 平台运营中心", [("接入设备（台/套）", "46,280"), ("注册企业（家）", "5,420"), ("工业APP", "372"),
                                          ("机理模型", "520"), ("微服务", "1,680"), ("注册开发者", "8,420")], "/ops", "dark",
                     [("连接的工业设备/产品/产线种类及数量（台/套）", "台/套", 46280), ("注册企业用户数（个）", "家", 5420),
                      ("工业APP数量（个）", "个", 372), ("工业机理模型数量（个）", "个", 520), ("微服务数量（个）", "个", 1680),
                      ("开发者注册总数（个）", "个", 8420)])])
    F = {"license": "佐证材料/附件1.pdf", "audit": "佐证材料/附件2.pdf", "devices_xlsx": "佐证材料/附件3.xlsx",
         "shots": "佐证材料/附件4.pdf", "ip": "佐证材料/附件5.pdf", "security": "佐证材料/附件6.pdf",
         "awards": "佐证材料/附件7.pdf", "served": "佐证材料/附件8.xlsx", "cases": "佐证材料/附件9.pdf"}
    evidence(pkg, S, P, F, 23000, "WQY", {})
    titles = {1: (F["license"], "营业执照", "企业基本情况"), 2: (F["audit"], "审计报告（节选）及平台经营数据", "1.2"),
              3: (F["devices_xlsx"], "设备接入统计", "2.1.1"), 4: (F["shots"], "平台截图", "2.1.2、2.3、2.4、3.1.1"),
              5: (F["ip"], "知识产权清单", "3.1.3"), 6: (F["security"], "等保测评报告", "2.5"),
              7: (F["awards"], "荣誉证书", "3.1.3"), 8: (F["served"], "服务企业统计", "3.1.1"), 9: (F["cases"], "应用案例", "3.1.2")}
    catalogue(pkg, "佐证材料/佐证材料目录.pdf", titles, font="WQY")
    pr = {k: v for k, v in {
        "平台相关研发投入（万元）": "附件2", "平台相关营业收入（万元）": "附件2", "平台利润率（%）": "附件2",
        "连接的工业设备/产品/产线种类及数量（台/套）": "附件3", "按二级分类统计工业设备数量（台/套）": "附件3",
        "按省市区域统计工业设备数量（台/套）": "附件3", "工业APP数量（个）": "附件4", "注册企业用户数（个）": "附件4",
        "实际服务企业数（个）": "附件8", "平台核心软硬件技术获得的专利数量（项）": "附件5",
        "平台核心软硬件技术获得的软著数量（个）": "附件5", "平台连接工业设备运维成本平均下降率（%）": "附件9"}.items()}
    fill_standard(pkg, P, th=False, pr=pr)
    setv(pkg, "付费用户占比（%）", "详见附件2", None, "附件2")
    setv(pkg, "工业协议兼容适配数量（个）", "", None, "")
    setv(pkg, "平台获得省部级及以上奖项/荣誉数量（个）", "0", 0, "—")
    setv(pkg, "海外设备连接数量（台/套）", "0", 0)
    setv(pkg, "连接的工业设备/产品/产线种类及数量（台/套）", "总数46280台/套，其中私有化部署涉及的相关数量17820台/套", 46280, "附件3",
         value="总数46280台/套，其中私有化部署涉及的相关数量17820台/套")
    setv(pkg, "按海外国家分类统计海外设备连接数量（台/套）", "无", None, "", value="")
    setv(pkg, "平台是否建立安全管理体系", "是", True, "附件6")
    setv(pkg, "有否定期开展第三方安全测试/测评", "是，每年一次", True, "附件6", value="是")
    setv(pkg, "有否定期进行安全扫描", "是，每周", True, "", value="是")
    setv(pkg, "平台是否服务上海智能工厂，数量", "是，15家", 15, "", value="是，15家")
    setv(pkg, "企业是否已上市或已获得VC/PE投资", "是（母公司上海电气为上市公司）", True, "", value="是")
    setv(pkg, "平台是否有自研形成的核心技术突破", "是", True, "附件5")
    setv(pkg, "平台是否具备碳管理服务能力", "是，碳排放监测、碳核算", True, "", value="是")
    setv(pkg, "平台是否融合使用国家标识解析系统", "是", True)
    T = {"平台定位是否明确": "面向装备制造与能源行业的跨行业跨领域工业互联网平台", "是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势": "工信部《工业互联网创新发展行动计划（2021-2023年）》—双跨平台建设；装备制造业服务化转型趋势",
         "平台是否被纳入企业战略规划中": "是，《上海电气集团“十四五”数字化转型规划》", "是否制定了平台专项规划": "是，《星云智汇平台发展规划（2022-2025）》", "其他资源汇聚情况": "汇聚工业机理模型520个、解决方案48个",
         "边缘数据处理能力": "数据采集、存储、传输、智能分析；边缘节点1,260个；最低时延5毫秒", "其他数据采集能力": "对接MES、ERP、SCADA等系统数据", "私有化部署相关情况说明（100字左右）": "私有化部署项目38个，涉及设备17820台（套），已计入设备总数",
         "是否支持可拓展云计算能力": "是", "云化服务器算力": "412台", "数据基础管理能力": "数据标准管理、数据质量稽核、元数据管理",
         "是否提供通用建模分析算法": "是", "智能分析算法类型": "分类、聚类、预测、关联分析", "是否建立开发者社区及相关功能": "是",
         "平台支持开发语言类型": "5种：Java、C++、Python、Go、JavaScript", "平台应用开发框架": "基于Spring Cloud与Kubernetes的微服务开发框架", "平台应用开发工具": "低代码开发平台、模型训练工具",
         "建立的安全制度保护了平台的哪些方面": "数据、传输、访问、代码、应用、网络", "采用何种安全技术情况": "防火墙、网络隔离、国密加密、统一身份认证",
         "核心数据安全保护手段": "双机热备、异地灾备", "关键技术自主可控": "时序数据库、机理模型引擎自研，自主可控", "解决方案累计对企业/用户新增效益": "详见附件9",
         "解决方案累计对企业/用户降低成本": "详见附件9", "平台数据价值挖掘应用能力": "设备故障知识库沉淀与复用", "工业互联网平台+供应链协同应用情况": "与集团内外供应商订单、质量数据协同",
         "平台有否与新技术的融合应用": "有，数字孪生、AI大模型、5G", "平台牵头/参与标准制定情况（国家标准、行业标准）": "参与国家标准2项",
         "平台对关键行业/领域、本市及其他重点区域等贡献及支撑": "服务本市企业1240家，支撑能源装备产业链", "是否建立供应链产业链开放共享机制": "是，开放API与模型组件",
         "跨平台调用功能建设情况": "与14个合作平台实现API互通", "新产业、新模式培育情况": "无"}
    for k, v in T.items():
        pkg.cell(k, v, "")
    rv, rnorm, rlines = revenue_row(P["rev"], P["base2020"])
    base_rows(pkg, S, rv, rnorm)
    B = basic_B(pkg, S, rlines)
    write_form_xlsx(pkg, "2.申报表.xlsx", B)
    pkg.add_file("2.申报表.xlsx", "申报表")
    tmp = TMP / "xy_form.pdf"
    last = write_form_pdf_for_scan(pkg, tmp, B, font="WQY")
    lib.scan_pdf(tmp, pkg.path("2.申报表（盖章扫描）.pdf"), 23001, seals={0: [(0.60, 0.42, pkg.platform["company"], "")],
                                                                     last - 1: [(0.35, 0.75, pkg.platform["company"], "")]}, scale=1.3)
    pkg.add_file("2.申报表（盖章扫描）.pdf", "申报表扫描件")
    write_contact_docx(pkg, "1.联系人信息反馈表.docx", S["contact"])
    pkg.add_file("1.联系人信息反馈表.docx", "联系人表")
    write_summary_xlsx(pkg, "4.平台基本情况汇总表.xlsx", horizontal=True)
    pkg.add_file("4.平台基本情况汇总表.xlsx", "汇总表")
    tmp = TMP / "xy_commit.pdf"
    commitment_pdf(pkg, tmp, "沈立群", date="2024年7月19日")
    lib.scan_pdf(tmp, pkg.path("5.真实性承诺.pdf"), 23002, seals={0: [(0.66, 0.70, pkg.platform["company"], "")]})
    pkg.add_file("5.真实性承诺.pdf", "承诺")
    d = new_doc(east="宋体")
    para(d, "上海市工业互联网平台应用水平评价申报书", bold=True, size=18, center=True)
    para(d, f"平台名称：{pkg.platform['declared_name']}    申报单位：{pkg.platform['company']}", center=True)
    para(d, "一、申报单位简介", bold=True, size=14)
    para(d, "上海电气集团数字科技有限公司为上海电气集团全资子公司，负责集团工业互联网平台建设运营。", indent=True)
    para(d, "二、平台建设及运营情况", bold=True, size=14)
    para(d, "平台2019年1月启动建设，自建，私有云、公有云、混合云部署。接入设备46280台（套），具体数据见附件3第1页；"
            "2023年平台营收12604.90万元，具体数据见附件2第3页。", indent=True)
    doc_table(d, [["三级指标", "本平台数据", "对标数据"], ["2.1.1 工业设备连接/汇聚能力", "46280台（套）", "同行业平台（平台名称：某双跨平台）情况：约10万台"],
                  ["3.1.1 平台应用规模", "服务企业3186家", "同行业平台（平台名称：某双跨平台）：万家级"]])
    para(d, "技术创新点：能源装备机理模型库与毫秒级时序检索引擎，核心组件自主可控。", indent=True)
    para(d, "三、平台应用成效", bold=True, size=14)
    para(d, "本章内容详见附件9。", indent=True)
    para(d, "四、平台下一步发展计划", bold=True, size=14)
    para(d, "略。持续推进平台能力升级。", indent=True)
    para(d, "五、平台应用案例", bold=True, size=14)
    para(d, "详见附件9。", indent=True)
    para(d, "六、附件及其他说明材料", bold=True, size=14)
    para(d, "见《佐证材料目录》（附件1—附件9）。", indent=True)
    save_docx(d, pkg.path("3.申报书.docx"))
    pkg.add_file("3.申报书.docx", "申报书")
    pkg.problem("blank", ["付费用户占比（%）"], ["2.申报表.xlsx", "佐证材料/附件2.pdf"], "error",
                "“付费用户占比（%）”平台实际情况只填“详见附件2”，而附件2为审计报告节选及平台经营数据（收入、研发投入、利润），"
                "不含付费用户数或占比，该必填指标实际未填报（汇总表同样为“详见附件2”）")
    pkg.problem("blank", ["工业协议兼容适配数量（个）"], ["2.申报表.xlsx"], "error",
                "指标明细表“工业协议兼容适配数量（个）”平台实际情况空白（汇总表同样空白）")
    pkg.problem("declared_vs_evidence", ["平台获得省部级及以上奖项/荣誉数量（个）"], ["2.申报表.xlsx", "佐证材料/附件7.pdf"], "error",
                "申报表填报平台获得省部级及以上奖项/荣誉数量为0，但附件7荣誉证书清单列出3项（工业和信息化部2项、上海市经济和信息化委员会1项，“合计：3项”）")
    pkg.problem("section7", ["七、平台相较上年度对比情况"], ["3.申报书.docx"], "error",
                "该平台在附件6（序号23）中2023年度参评为“是”，申报书只有一至六章，缺少必填的“七、平台相较上年度对比情况”")
    pkg.write_truth()
    return pkg
