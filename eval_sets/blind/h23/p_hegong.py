"""h23_hegong_problems — 序号26 智慧核电产业链协同工业互联网平台 (上海核工程研究设计院股份有限公司), 4 problems."""
from __future__ import annotations

import lib
from common import Pkg, new_doc, para, save_docx, write_contact_docx, write_form_docx, write_summary_xlsx
from evid import catalogue, page_count, simple_scan
from fill import fill_standard, revenue_row, setv
from p_problems import base_rows, basic_B, evidence

P = dict(
    team=164, ops=102, opr=62, titled=131, rd=1248.60, profit=806.44, invest=7200.00,
    rev={2021: 5210.80, 2022: 6048.35, 2023: 7136.92}, base2020=4602.40,
    registered=1960, paid=612, served=1384, local=702, sme=968,
    dev=18640, dev_pub=6120, dev_daily=4380,
    dev_cats=(["电力设备", "仪器仪表", "动力设备", "机床", "其他"], [35, 25, 20, 10, 10]),
    dev_regs=(["上海", "江苏", "浙江", "四川", "广东", "辽宁"], [40, 18, 12, 10, 10, 10]), overseas={},
    protocols=96, sw=214, app=186, app_dev=112, app_cloud=74, app_mau=128, killer=5, killer_users=620, killer_times=7800,
    killer_income=22.40, pub_app=48, pub_app_dau=26,
    app_cats=(["研发设计", "质量管控", "供应链管理", "运维服务", "安全生产"], [25, 25, 20, 20, 10]),
    app_inds=(["电力、热力和燃气", "机械"], [60, 40]),
    cloud=168.00, cloud_pub=42, cap=1200.00, data=742.80, data_pub=186.20,
    models=312, models_active=140, model_users=380,
    model_cats=(["研发仿真模型", "行业机理模型", "数据算法模型", "业务流程模型"], [35, 35, 15, 15]),
    speed=("秒级（每TB设计数据检索约6秒）", "秒级"), micro=980, micro_active=512, devs=2640, devs_active=610,
    served_inds=(["电力、热力和燃气", "机械", "建筑业", "其他"], [45, 35, 10, 10]),
    served_regs=(["上海", "江苏", "浙江", "四川", "广东", "辽宁"], [702, 210, 150, 122, 110, 90]),
    orders=(8460, 9012), trade_growth=12.80, subs=3920, killer_subs=1560, subs_amount=2210.40, localization=95.00,
    parks=5, solutions=22, sol_cats=(["数字化管理", "平台化设计", "网络化协同", "智能化制造", "服务化延伸"], [6, 5, 6, 3, 2]),
    om=13.90, energy=6.10, safety=20.17, indices=2, patents=38, soft=44, awards=2, jobs=420, social=16.05,
    open="开放API接口138个、核电设备标准数据集6个", partners=9,
)


def build():
    pkg = Pkg("h23_hegong_problems", 26, "智慧核电产业链协同工业互联网平台", "上海核工程研究设计院股份有限公司",
              "智慧核电产业链协同工业互联网平台", True,
              "序号26核工院平台，证明材料按连续页码P编排，4个问题：缺附件5真实性承诺、开发者注册总数只填“见佐证材料P{n}”而该页为知识产权清单、"
              "申报书与目录引用的附件9（设备接入明细）缺失、标识解析勾选“否”而附件7证明函称已接入国家标识解析体系。")
    pkg.layout = ["naming:附件N_name", "evidence_dir:证明材料/附件N", "form:docx-only", "columns:l3+content+proof+actual",
                  "catalogue:pdf(P-numbering)", "summary:xlsx", "missing:附件5", "screenshots:pdf-image", "device_list:pdf",
                  "awards:scan", "terse:见佐证材料P"]
    pkg.secrets = ["Hg2024#snerdi"]
    S = dict(nature="行业型工业互联网平台", url="https://nuclink.snerdi.example.com", period="2019.06-2023.12",
             period_cn="2019年6月至2023年12月", invest=P["invest"], build="自建", ops_mode="自运营",
             deploy="私有云、混合云", account="zhuanjia  密码：Hg2024#snerdi",
             build_tick="☑自建  ☐合作共建", ops_tick="☑自运营 ☐联合运营 ☐委托运营",
             iaas_tick="☑自建  ☐租用", deploy_tick="☐边缘侧 ☑私有云 ☐公有云 ☑混合云 ☐其他",
             intro="面向核电装备产业链的行业型工业互联网平台，提供设计协同、供应链质量管理、设备运维服务。",
             code="913100001322071836", founded="1970年2月", founded_full="1970年02月08日", district="上海市徐汇区",
             ctype="股份有限公司", business="核电工程设计、咨询及数字化服务", legal="郑明光",
             capital="人民币60000.0000万元整", addr="上海市徐汇区虹漕路29号",
             contact=dict(name="钱思远", title="数字化中心主任助理", phone="13817260394", email="qiansy@snerdi.example.com",
                          name2="蒋蕾", title2="工程师", phone2="13524471806", email2="jianglei@snerdi.example.com",
                          addr="上海市徐汇区虹漕路29号科研楼2楼报告厅"),
             auditor="上海东华会计师事务所有限公司",
             company_fin=dict(no="东华审字（2024）第0236号",
                              rows=[["一、营业收入", "6,402,118,330.17", "5,986,204,117.52"], ["减：营业成本", "5,108,665,402.30", "4,820,117,356.08"],
                                    ["研发费用", "402,336,118.24", "376,205,440.61"], ["三、利润总额", "512,087,663.45", "468,330,210.19"]],
                              note="平台相关收入、研发投入及利润依据平台服务合同和研发项目台账单独核算。"),
             ip_prefix="核电设备", ip_soft="核电产业链协同",
             awards_list=[("2023年工业互联网试点示范项目", "2023年12月", "工业和信息化部"),
                          ("上海市工业互联网标杆平台", "2022年8月", "上海市经济和信息化委员会")],
             cases=[("某核电站设备运维协同", 15.60, 5.40, 22.10), ("某核级泵阀厂质量管理", 12.30, 6.80, 18.40),
                    ("某核电设备制造企业供应链协同", 13.80, 6.10, 20.00)],
             shots=[("智慧核电产业链协同平台 · 运营总览", [("接入设备（台/套）", "18,640"), ("注册企业", "1,960"), ("工业APP", "186"),
                                                  ("机理模型", "312"), ("微服务", "980"), ("本月工单", "3,406")], "/home", "light",
                     [("连接的工业设备/产品/产线种类及数量（台/套）", "台/套", 18640), ("注册企业用户数（个）", "家", 1960),
                      ("工业APP数量（个）", "个", 186), ("工业机理模型数量（个）", "个", 312), ("微服务数量（个）", "个", 980), None])])
    F = {"license": "证明材料/附件1.pdf", "audit": "证明材料/附件2.pdf", "devices_pdf": "证明材料/附件3.pdf",
         "shots": "证明材料/附件4.pdf", "ip": "证明材料/附件5.pdf", "awards": "证明材料/附件6.pdf", "cases": "证明材料/附件8.pdf"}
    # continuous P-numbering of the bound volume: compute offsets in order 1..8
    order = ["license", "audit", "devices_pdf", "shots", "ip", "awards", "letter", "cases"]
    evidence(pkg, S, P, {k: F[k] for k in ("license",)}, 26000, "STSong-Light", {})
    offsets, g = {}, 1 + page_count(pkg.dir / F["license"])
    first_page = {"license": 1}
    for k in order[1:]:
        first_page[k] = g
        offsets[k] = g - 1
        if k == "letter":
            def draw(doc):
                doc.gap(30)
                doc.title("证  明", 22, 30)
                doc.p("兹证明上海核工程研究设计院股份有限公司建设运营的“智慧核电产业链协同工业互联网平台”已于2022年9月接入"
                      "国家工业互联网标识解析体系能源行业二级节点，平台融合使用国家标识解析系统，为核电设备及备品备件赋码，"
                      "截至2024年6月累计注册标识126万条、解析量2,380万次。", size=12.5)
                doc.p("特此证明。", size=12.5)
                doc.gap(70)
                doc.right_text("国家工业互联网标识解析二级节点（能源行业）运营单位", 12)
                doc.right_text("2024年7月5日", 12)
            simple_scan(pkg, "证明材料/附件7.pdf", 26031, draw, seals={0: [(0.70, 0.50, "某能源数据科技有限公司", "")]})
            pkg.add_file("证明材料/附件7.pdf", "evidence:other")
            g += page_count(pkg.dir / "证明材料/附件7.pdf")
        else:
            evidence(pkg, S, P, {k: F[k]}, 26000, "STSong-Light", offsets)
            g += page_count(pkg.dir / F[k])
    ip_page = first_page["ip"]
    first_page["missing9"] = g
    entries = {1: (F["license"], "营业执照", "企业基本情况"), 2: (F["audit"], "审计报告（节选）及平台业务专项说明", "1.2.1、1.2.2"),
               3: (F["devices_pdf"], "平台接入设备统计表", "2.1.1"), 4: (F["shots"], "平台运营截图", "2.1.2、2.2.3、2.3.1、3.1.1"),
               5: (F["ip"], "知识产权清单", "3.1.3"), 6: (F["awards"], "荣誉证书", "3.1.3"),
               7: ("证明材料/附件7.pdf", "标识解析接入证明", "3.1.3"), 8: (F["cases"], "应用案例", "3.1.2"),
               9: (None, "平台接入设备明细表（按设备逐台）", "2.1.1")}
    catalogue(pkg, "证明材料/00-证明材料目录.pdf", entries, missing={9: 3}, title="证明材料目录（连续页码）")
    pr = {"平台相关研发投入（万元）": f"附件2（P{first_page['audit'] + 2}）", "平台相关营业收入（万元）": f"附件2（P{first_page['audit'] + 2}）",
          "平台利润率（%）": f"附件2（P{first_page['audit'] + 2}）", "连接的工业设备/产品/产线种类及数量（台/套）": "附件3、附件9",
          "按二级分类统计工业设备数量（台/套）": "附件9", "按省市区域统计工业设备数量（台/套）": "附件9",
          "公有云工业设备连接数量（台/套）": "附件3", "工业APP数量（个）": f"附件4（P{first_page['shots']}）",
          "注册企业用户数（个）": f"附件4（P{first_page['shots']}）", "平台核心软硬件技术获得的专利数量（项）": f"附件5（P{ip_page}）",
          "平台核心软硬件技术获得的软著数量（个）": "附件5", "平台获得省部级及以上奖项/荣誉数量（个）": "附件6",
          "平台连接工业设备运维成本平均下降率（%）": "附件8"}
    fill_standard(pkg, P, th=True, pr=pr)
    setv(pkg, "开发者注册总数（个）", f"见佐证材料P{ip_page}", None, "")
    setv(pkg, "海外设备连接数量（台/套）", "0", 0)
    setv(pkg, "按海外国家分类统计海外设备连接数量（台/套）", "不适用", None, "", value="")
    setv(pkg, "平台是否建立安全管理体系", "☑是 ☐否  《平台安全管理办法》SNERDI-XX-2021-12（2021年12月）", True, "", value="是")
    setv(pkg, "有否定期开展第三方安全测试/测评", "是，每年一次", True, "", value="是")
    setv(pkg, "有否定期进行安全扫描", "是，每月一次", True, "", value="是")
    setv(pkg, "平台是否服务上海智能工厂，数量", "是，6家", 6, "", value="是，6家")
    setv(pkg, "企业是否已上市或已获得VC/PE投资", "☐是 ☑否", False, "", value="否")
    setv(pkg, "平台是否有自研形成的核心技术突破", "☑是 ☐否  核电三维协同设计引擎自研", True, "", value="是")
    setv(pkg, "平台是否具备碳管理服务能力", "☐是 ☑否", False, "", value="否")
    setv(pkg, "平台是否融合使用国家标识解析系统", "☐是 ☑否", False, "", value="否")
    T = {"平台定位是否明确": "核电装备产业链设计、制造、运维协同平台", "是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势": "工信部《工业互联网创新发展行动计划（2021-2023年）》—行业平台；核电装备国产化与产业链协同趋势",
         "平台是否被纳入企业战略规划中": "是，《上海核工院“十四五”发展规划》", "是否制定了平台专项规划": "是，《智慧核电产业链协同平台建设规划》", "其他资源汇聚情况": "汇聚核电设备供应商620家",
         "边缘数据处理能力": "数据采集、存储、传输；节点42个；时延50毫秒", "其他数据采集能力": "对接设计、采购、质量系统",
         "私有化部署相关情况说明（100字左右）": "平台主体部署于院内私有云，核电站现场采用私有化部署，相关数据已计入总数",
         "是否支持可拓展云计算能力": "☑是 ☐否", "云化服务器算力": "168台", "数据基础管理能力": "数据标准与质量管理",
         "是否提供通用建模分析算法": "☑是 ☐否", "智能分析算法类型": "预测、分类、聚类", "是否建立开发者社区及相关功能": "☑是 ☐否",
         "平台支持开发语言类型": "4种：Java、C++、Python、C#", "平台应用开发框架": "微服务框架", "平台应用开发工具": "低代码",
         "建立的安全制度保护了平台的哪些方面": "数据、传输、访问登录、网络", "采用何种安全技术情况": "防火墙、网络隔离、加密、认证",
         "核心数据安全保护手段": "离线备份、异地灾备", "关键技术自主可控": "三维协同设计引擎、设备健康管理模型自研，自主可控", "解决方案累计对企业/用户新增效益": "见附件8",
         "解决方案累计对企业/用户降低成本": "见附件8", "平台数据价值挖掘应用能力": "设备故障知识库复用",
         "工业互联网平台+供应链协同应用情况": "供应商质量协同", "平台有否与新技术的融合应用": "有，数字孪生",
         "平台牵头/参与标准制定情况（国家标准、行业标准）": "参与行业标准1项", "平台对关键行业/领域、本市及其他重点区域等贡献及支撑": "支撑核电装备产业链",
         "是否建立供应链产业链开放共享机制": "是", "跨平台调用功能建设情况": "9个平台互通", "新产业、新模式培育情况": "无"}
    for k, v in T.items():
        pkg.cell(k, v, "")
    # private-format device total (平台 has private deployment)
    setv(pkg, "连接的工业设备/产品/产线种类及数量（台/套）", "总数18,640台/套，其中私有化部署涉及的相关数量12,520台/套", 18640,
         "附件3、附件9", value="总数18640台/套，其中私有化部署涉及的相关数量12520台/套")
    rv, rnorm, rlines = revenue_row(P["rev"], P["base2020"])
    base_rows(pkg, S, rv, rnorm)
    B = basic_B(pkg, S, rlines)
    write_form_docx(pkg, "附件2_申报表.docx", B, cols="l3")
    pkg.add_file("附件2_申报表.docx", "申报表")
    write_contact_docx(pkg, "附件1_联系人信息反馈表.docx", S["contact"])
    pkg.add_file("附件1_联系人信息反馈表.docx", "联系人表")
    write_summary_xlsx(pkg, "附件4_平台基本情况汇总表.xlsx")
    pkg.add_file("附件4_平台基本情况汇总表.xlsx", "汇总表")
    d = new_doc(east="仿宋")
    para(d, "上海市工业互联网平台应用水平评价申报书", bold=True, size=18, center=True)
    para(d, f"{pkg.platform['declared_name']}\n{pkg.platform['company']}\n2024年7月", center=True)
    para(d, "一、申报单位简介", bold=True, size=14)
    para(d, "上海核工程研究设计院股份有限公司是我国核电工程设计骨干单位。", indent=True)
    para(d, "二、平台建设及运营情况", bold=True, size=14)
    para(d, "平台2019年6月开始建设，自建自运营，主体部署于私有云并采用混合云对外服务。平台接入核电站及供应商设备18,640台（套），"
            "其中私有化部署12,520台（套），按设备分类及区域的具体数据见附件9第3页。", indent=True)
    para(d, "技术创新点：自研核电三维协同设计引擎，核心软件国产化。", indent=True)
    para(d, "三、平台应用成效", bold=True, size=14)
    para(d, "三个案例平均运维成本下降13.90%，见附件8。应用创新点：设计—制造—运维数据贯通。", indent=True)
    para(d, "四、平台下一步发展计划", bold=True, size=14)
    para(d, "推进小型堆产业链协同。", indent=True)
    para(d, "五、平台应用案例", bold=True, size=14)
    para(d, "本章内容详见附件8。", indent=True)
    para(d, "六、附件及其他说明材料", bold=True, size=14)
    para(d, "附件1—附件9，名称及页码见《证明材料目录》。", indent=True)
    para(d, "七、平台相较上年度对比情况", bold=True, size=14)
    para(d, "与2023年度申报相比：接入设备由15,200台（套）增至18,640台（套）；工业APP由152个增至186个；新增供应链质量协同模块。", indent=True)
    save_docx(d, pkg.path("附件3_申报书.docx"))
    pkg.add_file("附件3_申报书.docx", "申报书")
    pkg.description = pkg.description.format(n=ip_page)
    pkg.problem("missing_file", ["附件5 真实性承诺"], [], "error",
                "申报材料中没有附件5 真实性承诺（通知要求由法人代表或其授权代表签名并加盖申报单位公章）")
    pkg.problem("blank", ["开发者注册总数（个）"], ["附件2_申报表.docx", "证明材料/附件5.pdf"], "error",
                f"“开发者注册总数（个）”只填“见佐证材料P{ip_page}”，按证明材料目录的连续页码P{ip_page}是附件5知识产权清单，"
                "其中没有开发者注册数，该指标实际未填报")
    pkg.problem("missing_proof", ["按二级分类统计工业设备数量（台/套）", "按省市区域统计工业设备数量（台/套）",
                                  "连接的工业设备/产品/产线种类及数量（台/套）"],
                ["附件2_申报表.docx", "附件3_申报书.docx", "证明材料/00-证明材料目录.pdf"], "error",
                "申报书称“具体数据见附件9第3页”，申报表设备分类/区域指标的证明资料为“附件9”，证明材料目录也列有附件9（平台接入设备明细表），"
                "但申报材料中没有附件9")
    pkg.problem("declared_vs_evidence", ["平台是否融合使用国家标识解析系统"], ["附件2_申报表.docx", "证明材料/附件7.pdf"], "warning",
                "申报表“平台是否融合使用国家标识解析系统”勾选☑否，但附件7证明函称平台已于2022年9月接入国家工业互联网标识解析体系"
                "能源行业二级节点、融合使用国家标识解析系统，累计注册标识126万条")
    pkg.write_truth()
    return pkg
