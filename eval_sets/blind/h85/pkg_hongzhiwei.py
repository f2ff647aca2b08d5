"""h85_hongzhiwei_clean — 附件6 序号4 基于知识驱动的材料大数据工业互联网平台, 鸿之微(科技)上海股份有限公司 (2023 参评: -).

专业型 platform, new materials R&D. Office style: a young listed-track company's 证券事务部, formal and tabular.
Legitimate variety: the company was converted into a 股份有限公司 in 2023 — certificates and software copyrights
obtained before the change carry the old name 鸿之微科技（上海）有限公司 and a scanned 准予变更登记通知书 is among the
evidence; the 申报表 is a vertical DOCX (each answer in the cell below its label); company statements in 元 with
本期/上期 and a finance department's 平台收入拆分说明 in 万元 printing the company totals in the same table; 碳管理
answered 否 (legitimate); 数据分析速度 at the 分级 level; VC/PE 是 with the round described; served-enterprise list as
a scan with 「共1,386家」; model and microservice exports with 合计 rows; 汇总表 horizontal XLSX."""

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

EV = "附件3 申报书附件"
OLD_NAME = "鸿之微科技（上海）有限公司"

SPEC = dict(
    abbr="鸿之微材料", dom="新材料研发",
    contact=dict(name="林书涵", title="证券事务部经理", phone="13901867452", email="linsh@hzw-materials.example.com",
                 fax="021-61392208", venue="上海市浦东新区张衡路1000弄鸿之微研发楼2楼路演厅",
                 backup=dict(name="许子墨", title="平台产品总监", phone="13764215983", email="xuzm@hzw-materials.example.com")),
    url="https://matcloud.hzw.example.com", account=("eval_2024", "Hzw!Mat#0716"),
    build_period=((2019, 9), (2023, 10)), invest=6480.00,
    revenue={2020: 1486.20, 2021: 1872.66, 2022: 2315.40, 2023: 2864.18}, rd=912.57, profit=402.73,
    build_mode=("自建",), build_mode_text="自建", op_mode="自运营", iaas=("租用", "沪云数据科技有限公司"),
    deploy=["私有云", "公有云"], deploy_text="私有云、公有云",
    team=(62, 31, 78),
    registered=4620, served=1386, paid=512, local=468, sme=1012,
    devices=(3862, 2410, 1536, 42),
    dev_cat_w={"仪器仪表": 58, "电工、电子设备": 18, "化工设备": 14, "冶炼设备": 6, "其他": 4},
    dev_reg_w={"上海": 34, "江苏": 18, "浙江": 12, "北京": 10, "广东": 9, "安徽": 6, "湖北": 6, "四川": 5},
    ovs_w={"新加坡Singapore": 24, "日本Japan": 18},
    protocols=46,
    apps=dict(software=186, apps=142, native=96, cloud=46, mau=118, killer_online=864, killer_daily=9420,
              killer_income=18.62, public=108, public_dau=57),
    app_cat_w={"研发设计": 46, "质量管控": 20, "生产制造": 14, "节能减排": 8, "安全生产": 6, "运营管理": 6},
    app_ind_w={"有色金属": 22, "石化化工": 26, "电子": 22, "医药": 10, "建材": 8, "汽车": 12},
    cloud=dict(servers=64.00, public_servers=40, capacity=1200.00, data=486.30, public_data=302.55),
    models=dict(total=1648, active=732, core_users=986),
    model_cat_w={"数据算法模型": 28, "研发仿真模型": 44, "行业机理模型": 24, "业务流程模型": 4},
    speed=("分级", "分级（单TB第一性原理计算结果数据的检索与特征分析约3分钟）"),
    micro=(328, 176), developers=(6214, 1108),
    srv_ind_w={"石化化工": 24, "有色金属": 20, "电子": 22, "医药": 12, "建材": 8, "汽车": 8, "其他": 6},
    srv_reg_w={"江苏": 20, "浙江": 14, "北京": 16, "广东": 14, "安徽": 8, "湖北": 10, "四川": 8, "陕西": 10},
    orders=(2846, 3102), trade_growth=21.43, subs=(3652, 1486, 1268.40), dev_util=68.42, domestic=93.60,
    smart_factories=3, parks=5, solutions=22, sol_w={"数字化管理": 3, "平台化设计": 9, "网络化协同": 4, "智能化制造": 4,
                                                   "个性化定制": 1, "服务化延伸": 1},
    vc=(True, "是。公司于2022年完成B轮融资（投资方为某产业投资基金及某创投机构），2023年完成股份制改造，目前处于上市辅导期。"),
    cases_metrics=dict(om=cases3(12.48, 14.20, 10.96), energy=cases3(7.36, 6.12, 8.85), safety=cases3(15.84, 18.30, 13.67)),
    indices=5, patents=38, copyrights=126, carbon=False, idres=True,
    awards=[("上海市科技小巨人企业", "2022年11月", "上海市科学技术委员会"),
            ("工业和信息化部专精特新“小巨人”企业", "2023年7月", "工业和信息化部"),
            ("上海市软件产业优秀产品奖", "2023年12月", "上海市经济和信息化委员会"),
            ("中国材料研究学会科学技术奖二等奖", "2022年10月", "中国材料研究学会")],
    jobs=212, contrib=(1138.62, 7916.40), partners=9,
    open_data="以开放数据库和API形式开放：材料计算数据集12个（共约86万条结构数据）、开放API接口58个",
    killer_apps=["第一性原理计算", "材料性质预测", "电池材料筛选", "合金成分设计", "催化剂活性分析"],
    company_info=dict(code="91310115MA1K4F2C7X", founded="2016年3月8日（2023年8月整体变更为股份有限公司）",
                      address="上海市浦东新区张衡路1000弄（浦东新区）", type="股份有限公司（非上市、自然人投资或控股）",
                      capital="6800万元人民币", business="材料计算与设计软件、材料大数据平台、技术服务", legal="方知远",
                      shareholders=[("方知远", "2652万元", "39.00%"), ("上海鸿智企业管理合伙企业（有限合伙）", "1360万元", "20.00%"),
                                    ("某产业投资基金", "1224万元", "18.00%"), ("其他股东", "1564万元", "23.00%")],
                      fin=("32418.66", "9862.40", "24.18", "28.46", "1326.84", "612.35")),
    proof_default="平台后台统计（可登录平台核查）",
)
SPEC["text"] = dict(
    pos="面向新材料研发的专业型工业互联网平台，以知识驱动加速材料设计与产业化。",
    policy=["工业和信息化部等《新材料产业发展指南》：推进材料研发数字化与材料基因工程",
            "上海市《加快新材料产业创新发展的若干措施》：建设材料大数据与计算设计平台",
            "新材料行业：研发周期长、试错成本高，计算与数据驱动研发成为趋势"],
    strategy="鸿之微2023—2027年发展战略", plan="材料大数据工业互联网平台专项规划（2023—2025年）",
    other_res="平台汇聚材料计算与实验数据：晶体结构数据约86万条、材料性质数据约210万条、文献知识抽取条目约45万条，"
              "接入高校及企业实验室63家、超算及云算力资源3处。",
    edge="方案支持数据采集、数据存储、网络传输与智能分析功能；边缘计算应用节点数48个（部署于实验室测试仪器侧）；最低响应时延20毫秒。"
         "私有化部署涉及的边缘节点18个，已计入。",
    collect="通过API与文件解析采集实验室信息管理系统、电子实验记录本及计算软件输出数据，支持VASP、LAMMPS等格式解析。",
    compute="私有云+公有云，CPU约5,000核、GPU 32卡，可调度超算资源。",
    langs="共4种：Python、C++、Fortran、Java",
    security_rules=["《材料大数据平台信息安全管理制度》（HZW-IS-2021-02，2021年6月制定）",
                    "《客户研发数据保密管理规定》（HZW-IS-2022-01，2022年2月制定）"],
    third_party="每年一次（委托第三方测评机构开展等级保护二级测评及渗透测试，最近一次为2024年3月）",
    scan="每月一次",
    smart="是，3家。服务3家上海市级智能工厂的材料研发部门，提供材料配方设计与性能预测服务。",
    key_tech="材料第一性原理计算引擎、机器学习势函数训练工具、材料知识图谱构建工具均为自主研发，拥有完整知识产权，自主可控。",
    gain="3个案例平均缩短材料研发周期约35%，新增效益体现为新产品提前上市，带动用户新增营收约6,000万元。",
    save="3个案例平均减少实验试错次数约40%，研发成本平均下降约22%，测试仪器运维成本平均下降12.48%。",
    mining="平台基于材料结构与性质数据训练性质预测模型，沉淀材料计算工作流与专家知识，形成可复用模型1,648个，实现材料知识复用。",
    supply="平台连接材料生产企业与下游应用企业，开展材料需求与性能数据对接，服务上下游企业约300家，新材料验证周期平均缩短约30%。",
    newtech="融合人工智能与高性能计算：训练材料领域大模型用于文献知识抽取与性质预测，结合云边协同调度超算资源。",
    breakthrough="自研第一性原理计算引擎，计算效率与国外主流软件相当，部分体系计算速度提升约2倍。",
    carbon="",
    idres="是。接入新材料行业标识解析二级节点，为材料样品与批次赋码约46万个，实现研发数据追溯。",
    standards="参与制定国家标准2项、团体标准3项，如GB/T《材料基因工程数据通则》相关部分（参与）等。",
    contribution="平台服务本市新材料企业468家，支撑集成电路材料、新能源材料等本市重点领域研发创新，并服务长三角材料企业协同研发。",
    open_mech="向合作高校、企业开放材料数据库与计算工具，按数据共享协议分级开放并保护客户数据权益。",
    cross="与9个合作平台实现数据对接，包括超算中心作业系统与行业标识解析二级节点，支持作业互调与统一认证。",
    new_industry="培育“计算+实验”材料研发服务新模式，形成按算力和数据订阅的研发服务业务。",
    indices_text="代表性指数：电池材料性能指数、合金设计活跃指数、材料计算需求指数、催化材料热度指数、半导体材料景气指数。",
    intro="基于知识驱动的材料大数据工业互联网平台由鸿之微(科技)上海股份有限公司自主建设运营，是面向新材料研发的专业型工业互联网平台。"
          "平台提供材料计算、材料数据库、性质预测模型、研发协同与仪器数据接入服务，汇聚机理与数据模型1,648个，服务材料企业1,386家。",
    effect="平台解决材料研发周期长、试错成本高、数据分散等痛点，2023年平台相关营业收入2,864.18万元，带动用户研发周期平均缩短约35%，"
           "新增就业212人，推动本市新材料产业研发数字化。",
)
SPEC["proofs"] = {
    "平台相关营业收入（万元）": "附件3-1 审计报告第5页（平台收入拆分说明）", "平台相关研发投入（万元）": "附件3-1 第5页",
    "连接的工业设备/产品/产线种类及数量（台/套）": "附件3-2 接入仪器设备统计", "平台核心软硬件技术获得的专利数量（项）": "附件3-3 第1个工作表",
    "平台核心软硬件技术获得的软著数量（个）": "附件3-3 第2个工作表；名称变更见附件3-4", "其中：实际服务企业数（个）": "附件3-5 服务企业名单（扫描件）",
    "工业机理模型数量（个）": "附件3-6 模型与微服务导出", "微服务数量（个）": "附件3-6",
}


def book(v) -> dict:
    return dict(
        one=["鸿之微(科技)上海股份有限公司成立于2016年3月，原名鸿之微科技（上海）有限公司，2023年8月整体变更为股份有限公司并更名，"
             "专注材料计算与设计软件、材料大数据平台研发。2023年公司实现主营业务收入9,862.40万元。"],
        two_basic=["平台于2019年9月启动建设，2023年10月完成升级，建设投入6,480.00万元，自建自运营，IaaS资源租用沪云数据科技有限公司，"
                   "部署方式为私有云与公有云。平台为专业型工业互联网平台。"],
        two_arch=["平台由算力资源层、材料数据层、模型与算法层、应用层组成，核心为材料知识图谱与计算工作流引擎。"],
        benchmark=[["1.2.1 创新投入情况", f"研发投入912.57万元，强度{v['平台相关研发投入强度（%）']:.2f}%", "国外同类材料计算平台：亿元级"],
                   ["2.2.3 数据建模和分析", "模型1,648个", "同类平台：约千个"],
                   ["3.1.1 平台应用规模", "服务企业1,386家", "同类平台：数百家"]],
        two_ops=["平台注册企业4,620家，服务企业近1,400家，2023年平台营收约2,864万元，同比增长约24%。"],
        innovation="自研第一性原理计算引擎与材料知识图谱，底层技术自主可控，关键计算效率达到国际主流水平。",
        three=["平台帮助材料企业将“试错式”研发转向“计算+实验”研发，平均缩短研发周期约35%。"],
        app_innovation="以材料大模型和云超算为支撑，形成按需订阅的研发服务新模式。",
        four=["下一步将扩展电池材料与半导体材料专题库，计划2025年服务企业达到2,000家。"],
        cases=[dict(title="锂电正极材料筛选", company="某锂电材料企业，年产正极材料约3万吨。", platform="平台提供高通量计算筛选与性质预测。",
                    content="筛选候选掺杂元素并指导实验验证。", figure="材料筛选结果界面"),
               dict(title="高温合金成分设计", company="某合金材料企业。", platform="平台提供合金成分设计与性能预测模型。",
                    content="减少实验试制轮次。", figure="合金设计工作台"),
               dict(title="催化剂研发", company="某化工新材料企业。", platform="平台提供催化反应计算与数据分析。",
                    content="指导催化剂配方优化。", figure="催化计算结果")],
        seven=[], seven_rows=[],
    )


def build(root: Path, seed: int):
    rng = np.random.default_rng(seed)
    p = derive(Pkg("h85_hongzhiwei_clean", 4, "基于知识驱动的材料大数据工业互联网平台", "鸿之微(科技)上海股份有限公司", False,
                   "专业型工业互联网平台", "鸿之微", SPEC))
    p = fill_cells(p)
    p.cells["平台是否具备碳管理服务能力"] = "否"
    s, v = p.spec, p.values
    s["book"] = book(v)
    files: dict[str, str] = {}
    facts: list[Fact] = []
    author = s["contact"]["name"]
    pid = p.pid
    rev = s["revenue"]

    # ---------------------------------------------------------------- 3-1 audit report + finance department's split (万元)
    rel = f"{EV}/附件3-1 2023年度审计报告及平台收入拆分说明.pdf"
    fin = dict(cpa="陆晨、韩蕾",
               bs=[("货币资金", 86124350.18, 52306418.77), ("资产总计", 324186602.45, 251374096.30),
                   ("负债合计", 92263506.12, 80118453.28)],
               pl=[("一、营业收入", 98624006.31, 79420517.62), ("减：营业成本", 41268530.94, 33902617.85),
                   ("研发费用", 26318420.55, 21446830.19), ("三、利润总额", 13268412.07, 9826604.38),
                   ("四、净利润", 11806395.62, 8712244.90)])
    pages = company_audit_pages(p.company, "上海衡信会计师事务所（普通合伙）", "衡信审字〔2024〕第0325号", fin)
    pages.append([("h", "工业互联网平台业务收入拆分说明"), ("p", "单位：万元"),
                  ("t", [["项目", "2023年度", "2022年度", "2021年度"],
                         ["公司营业收入", "9,862.40", "7,942.05", "6,318.22"],
                         ["其中：平台相关营业收入", f"{rev[2023]:,.2f}", f"{rev[2022]:,.2f}", f"{rev[2021]:,.2f}"],
                         ["公司研发费用", "2,631.84", "2,144.68", "1,726.35"],
                         ["其中：平台相关研发投入", f"{s['rd']:,.2f}", "748.26", "602.13"],
                         ["公司利润总额", "1,326.84", "982.66", "701.45"],
                         ["其中：平台利润总额", f"{s['profit']:,.2f}", "318.95", "236.08"]], [0.34, 0.22, 0.22, 0.22]),
                  ("p", "拆分方式：平台订阅、计算服务及数据服务收入按合同归集；研发投入按平台研发项目工时分摊；平台利润按收入减直接成本及分摊费用计算。"),
                  ("p", "注：2023年8月公司由鸿之微科技（上海）有限公司整体变更为鸿之微(科技)上海股份有限公司，上表各年度数据口径一致。"),
                  ("r", "鸿之微(科技)上海股份有限公司财务部    2024年6月")])
    fx = [Fact("平台相关营业收入（万元）", f"{rev[2023]:,.2f}", "万元", rev[2023], row_label="其中：平台相关营业收入", column_label="2023年度", page=5),
          Fact("平台近三年经营指标情况", f"{rev[2022]:,.2f}", "万元", rev[2022], row_label="其中：平台相关营业收入", column_label="2022年度",
               component="2022年平台营收（万元）", page=5),
          Fact("平台近三年经营指标情况", f"{rev[2021]:,.2f}", "万元", rev[2021], row_label="其中：平台相关营业收入", column_label="2021年度",
               component="2021年平台营收（万元）", page=5),
          Fact("平台相关研发投入（万元）", f"{s['rd']:,.2f}", "万元", s["rd"], row_label="其中：平台相关研发投入", column_label="2023年度", page=5),
          Fact("平台利润率（%）", f"{s['profit']:,.2f}", "万元", s["profit"], row_label="其中：平台利润总额", column_label="2023年度",
               component="平台利润总额（万元）", page=5),
          Fact("投资回报率（%）", f"{s['profit']:,.2f}", "万元", s["profit"], row_label="其中：平台利润总额", column_label="2023年度",
               component="平台年利润（万元）", page=5)]
    facts += write_text_pdf(root, rel, pages, fx)
    files[rel] = "evidence:audit_report"

    # ---------------------------------------------------------------- 3-2 instrument/device statistics XLSX
    rel = f"{EV}/附件3-2 平台接入仪器设备统计.xlsx"
    dev, pub, run, ovs = s["devices"]
    cat = [["设备类别（附录A）", "接入数量（台/套）", "公有云接入（台/套）", "公有云日均运行（台/套）"]] + \
          [[c, s["dev_cat"][c], s["pub_cat"][c], s["run_cat"][c]] for c in s["dev_cat"]] + [["合计", dev, pub, run]]
    reg = [["区域（附录F）", "接入数量（台/套）"]] + [[r, n] for r, n in s["dev_reg"].items()] + [["合计", dev]]
    ov = [["国家", "接入数量（台/套）"]] + [[c, n] for c, n in s["ovs"].items()] + [["海外合计", ovs]]
    facts += write_xlsx(root, rel, [("按类别", cat), ("按区域", reg), ("海外", ov)], {
        1: [Fact("连接的工业设备/产品/产线种类及数量（台/套）", str(dev), "台/套", dev, row_label="合计", column_label="接入数量（台/套）"),
            Fact("公有云工业设备连接数量（台/套）", str(pub), "台/套", pub, row_label="合计", column_label="公有云接入（台/套）"),
            Fact("公有云工业设备平均日运行数量（台/套）", str(run), "台/套", run, row_label="合计", column_label="公有云日均运行（台/套）")],
        3: [Fact("海外设备连接数量（台/套）", str(ovs), "台/套", ovs, row_label="海外合计")]}, author)
    files[rel] = "evidence:device_list"

    # ---------------------------------------------------------------- 3-3 IP list with old and new owner names
    rel = f"{EV}/附件3-3 知识产权清单.xlsx"
    words = ["第一性原理", "材料性质", "机器学习势", "晶体结构", "高通量计算", "材料知识图谱", "电池材料", "合金设计"]
    owner = lambda y, i: OLD_NAME if (y, 1 + (i * 5) % 12) < (2023, 8) else p.company  # noqa: E731  (same month as ip_rows)
    pat = ip_rows(rng, s["patents"], words, "patent", owner, 2017)
    sw = ip_rows(rng, s["copyrights"], words, "software", owner, 2017)
    note = "注：2023年8月前取得的知识产权权利人为公司原名称“鸿之微科技（上海）有限公司”，名称变更证明见附件3-4。"
    facts += write_xlsx(root, rel, [
        ("专利", [["序号", "专利名称", "专利号", "专利权人", "授权日"]] + pat + [["合计", "38项", None, None, None], [note]]),
        ("软件著作权", [["序号", "软件名称", "登记号", "著作权人", "登记日期"]] + sw + [["合计", "126项", None, None, None], [note]])],
        {1: [Fact("平台核心软硬件技术获得的专利数量（项）", "38", "项", 38, quote="38项", row_label="合计")],
         2: [Fact("平台核心软硬件技术获得的软著数量（个）", "126", "项", 126, quote="126项", row_label="合计")]},
        author, {"A": 8, "B": 44, "C": 22, "D": 32, "E": 14})
    files[rel] = "evidence:patent_list"

    # ---------------------------------------------------------------- 3-4 name-change notice (scan)
    rel = f"{EV}/附件3-4 准予变更登记通知书（名称变更）.pdf"
    pages = [[("sp", 30), ("h", "上海市市场监督管理局"), ("h", "准予变更登记（备案）通知书"), ("p", "（沪市监）登字〔2023〕第0815xx号（示例）"),
              ("p", f"{p.company}："),
              ("p", f"经审查，你单位提交的变更登记（备案）申请材料齐全，符合法定形式，我局决定准予变更登记（备案）。变更事项如下："),
              ("t", [["变更事项", "变更前", "变更后"], ["名称", OLD_NAME, p.company], ["企业类型", "有限责任公司", "股份有限公司（非上市）"]],
               [0.2, 0.4, 0.4]),
              ("p", "统一社会信用代码不变：91310115MA1K4F2C7X。"), ("sp", 60), ("r", "上海市市场监督管理局"), ("r", "2023年8月21日")]]
    write_scan_pdf(root, rel, pages, [], [Stamp(0, "seal", "上海市市场监督管理局", 0.72, 0.56, "登记专用章")], seed + 20, pid)
    files[rel] = "evidence:other"

    # ---------------------------------------------------------------- 3-5 served-enterprise list (scan, 共1,386家)
    rel = f"{EV}/附件3-5 平台服务企业名单（扫描件）.pdf"
    served = v["实际服务企业数（个）"]
    regs = [r for r, n in s["srv_reg"].items() for _ in range(n)]
    inds = [k for k, n in s["srv_ind"].items() for _ in range(n)]
    shown = 120
    rows = [["序号", "企业名称", "行业", "注册地"]] + [[str(i + 1), f"示例新材料企业{int(rng.integers(1000, 9999))}有限公司", inds[i * 11 % served],
                                                   regs[i * 7 % served]] for i in range(shown)]
    blocks = [("h", "平台服务企业名单"), ("p", f"截至2024年6月30日，平台累计服务企业共{th(served)}家，其中付费企业{v['付费企业数（个）']}家、"
                                           f"上海市企业{v['服务本市企业数量（个）']}家。以下列示前{shown}家，完整名单可在平台“客户管理”模块查询。"),
              ("t", rows, [0.1, 0.5, 0.2, 0.2], 8), ("r", "鸿之微(科技)上海股份有限公司（盖章）")]
    pages = flow(blocks)
    facts += write_scan_pdf(root, rel, pages, [
        Fact("实际服务企业数（个）", th(served), "家", served, quote=f"共{th(served)}家", page=1),
        Fact("付费企业数（个）", str(v["付费企业数（个）"]), "家", v["付费企业数（个）"], quote=f"其中付费企业{v['付费企业数（个）']}家", page=1),
        Fact("服务本市企业数量（个）", str(v["服务本市企业数量（个）"]), "家", v["服务本市企业数量（个）"],
             quote=f"上海市企业{v['服务本市企业数量（个）']}家", page=1)],
        [Stamp(len(pages) - 1, "seal", p.company, 0.7, 0.6)], seed + 21, pid)
    files[rel] = "evidence:other"

    # ---------------------------------------------------------------- 3-6 model & microservice export
    rel = f"{EV}/附件3-6 模型库与微服务导出.xlsx"
    m = s["models"]
    mrows = [["模型分类（附录D）", "模型数量（个）", "近一周调用≥5次（个）"]]
    act = {k: n for k, n in zip(s["model_cat"], [int(x) for x in np.round(np.array(list(s["model_cat"].values())) * m["active"] / m["total"])])}
    diff = m["active"] - sum(act.values())
    first = next(iter(act))
    act[first] += diff
    mrows += [[k, n, act[k]] for k, n in s["model_cat"].items()] + [["合计", m["total"], m["active"]]]
    mic = [["服务域", "微服务数量（个）", "活跃（一周调用5次以上）"], ["计算调度", 86, 52], ["材料数据", 104, 58], ["模型服务", 72, 38],
           ["用户与计费", 38, 17], ["开放接口", 28, 11], ["合计", v["微服务数量（个）"], v["活跃微服务数量（一周调用5次以上）（个）"]]]
    assert 86 + 104 + 72 + 38 + 28 == v["微服务数量（个）"] and 52 + 58 + 38 + 17 + 11 == v["活跃微服务数量（一周调用5次以上）（个）"]
    facts += write_xlsx(root, rel, [("模型库", mrows), ("微服务", mic)], {
        1: [Fact("工业机理模型数量（个）", str(m["total"]), "个", m["total"], row_label="合计", column_label="模型数量（个）"),
            Fact("活跃机理模型数量（一周调用5次以上）（个）", str(m["active"]), "个", m["active"], row_label="合计", column_label="近一周调用≥5次（个）")],
        2: [Fact("微服务数量（个）", str(v["微服务数量（个）"]), "个", v["微服务数量（个）"], row_label="合计", column_label="微服务数量（个）"),
            Fact("活跃微服务数量（一周调用5次以上）（个）", str(v["活跃微服务数量（一周调用5次以上）（个）"]), "个",
                 v["活跃微服务数量（一周调用5次以上）（个）"], row_label="合计", column_label="活跃（一周调用5次以上）")]}, author)
    files[rel] = "evidence:other"

    # ---------------------------------------------------------------- 3-7 screenshot (服务客户, 在线设备)
    rel = f"{EV}/附件3-7 平台首页截图.png"
    dashboard_png(root / rel, "MatCloud+ 材料大数据平台", "首页 · 平台概况（2024年6月30日）", [
        Tile("服务客户", th(served), "累计（家）"), Tile("注册用户（企业）", th(v["注册企业用户数（个）"])), Tile("在线设备", "1,214", "当前"),
        Tile("接入仪器设备", th(dev), "台/套"), Tile("模型与算法", th(m["total"]), "个"), Tile("开发者", th(v["开发者注册总数（个）"]), "注册"),
        Tile("计算任务", "38.6万", "本年累计"), Tile("开放API", "58", "个")], f"{pid}/{rel}", seed + 22, theme="light")
    facts += screenshot_facts(rel, pid, [
        Fact("实际服务企业数（个）", th(served), "家", served, row_label="服务客户"),
        Fact("注册企业用户数（个）", th(v["注册企业用户数（个）"]), "家", v["注册企业用户数（个）"], row_label="注册用户（企业）"),
        Fact("连接的工业设备/产品/产线种类及数量（台/套）", th(dev), "台/套", dev, row_label="接入仪器设备"),
        Fact("工业机理模型数量（个）", th(m["total"]), "个", m["total"], row_label="模型与算法"),
        Fact("开发者注册总数（个）", th(v["开发者注册总数（个）"]), "个", v["开发者注册总数（个）"], row_label="开发者")])
    files[rel] = "evidence:screenshot"

    # ---------------------------------------------------------------- 3-8 award list + cloud
    rel = f"{EV}/附件3-8 荣誉清单及云资源说明.pdf"
    cl = s["cloud"]
    pages = [[("h", "平台获得省部级及以上奖项/荣誉清单"), ("t", [["序号", "名称", "时间", "颁发单位"]] +
                                                       [[str(i), a, b, c] for i, (a, b, c) in enumerate(s["awards"], 1)] +
                                                       [["合计", "4项", "", ""]], [0.1, 0.45, 0.15, 0.3])],
             [("h", "平台云资源使用情况"), ("t", [["项目", "数值"], ["云服务器（台）", f"{cl['servers']:.2f}"], ["其中：公有云服务器（台）", str(cl["public_servers"])],
                                            ["存储容量（TB）", f"{cl['capacity']:,.2f}"], ["存储工业数据量（TB）", f"{cl['data']:.2f}"],
                                            ["公有云数据量（TB）", f"{cl['public_data']:.2f}"]], [0.6, 0.4])]]
    facts += write_text_pdf(root, rel, pages, [
        Fact("平台获得省部级及以上奖项/荣誉数量（个）", "4", "项", 4, quote="合计4项", row_label="合计", page=1),
        Fact("平台实际用云量（台）", f"{cl['servers']:.2f}", "台", cl["servers"], row_label="云服务器（台）", page=2),
        Fact("平台公有云实际使用数量（台）", str(cl["public_servers"]), "台", cl["public_servers"],
             quote=f"其中：公有云服务器（台）{cl['public_servers']}", page=2),
        Fact("存储容量（TB）", f"{cl['capacity']:,.2f}", "TB", cl["capacity"], row_label="存储容量（TB）", page=2),
        Fact("存储工业数据量（TB）", f"{cl['data']:.2f}", "TB", cl["data"], row_label="存储工业数据量（TB）", page=2)])
    files[rel] = "evidence:award_list"

    # ---------------------------------------------------------------- application documents
    attachments = [("附件3-1 2023年度审计报告及平台收入拆分说明", "共5页，拆分说明第5页"), ("附件3-2 平台接入仪器设备统计", "XLSX"),
                   ("附件3-3 知识产权清单", "XLSX"), ("附件3-4 准予变更登记通知书（名称变更）", "1页"),
                   ("附件3-5 平台服务企业名单（扫描件）", "扫描件"), ("附件3-6 模型库与微服务导出", "XLSX"),
                   ("附件3-7 平台首页截图", "PNG"), ("附件3-8 荣誉清单及云资源说明", "共2页")]
    forms.contact_docx(p, root / "附件1_联系人信息反馈表.docx")
    files["附件1_联系人信息反馈表.docx"] = "联系人表"
    forms.form_docx_vertical(p, root / "附件2_申报表_鸿之微材料大数据平台.docx")
    files["附件2_申报表_鸿之微材料大数据平台.docx"] = "申报表"
    forms.form_scan(p, root / "附件2_申报表_盖章版.pdf", seed + 1)
    files["附件2_申报表_盖章版.pdf"] = "申报表扫描件"
    forms.book_docx(p, root / "附件3_申报书_鸿之微材料大数据平台.docx", book_blocks(p, attachments))
    files["附件3_申报书_鸿之微材料大数据平台.docx"] = "申报书"
    forms.summary_xlsx_horizontal(p, root / "附件4_平台基本情况汇总表.xlsx")
    files["附件4_平台基本情况汇总表.xlsx"] = "汇总表"
    forms.commitment_scan(p, root / "附件5_真实性承诺.pdf", seed + 2)
    files["附件5_真实性承诺.pdf"] = "承诺"

    layout = ["naming:underscore", "evidence_dir:附件3 申报书附件", "form:docx-vertical(answer-below-label)", "stamped_scan",
              "audit_unit:元", "audit_columns:本期金额/上期金额", "platform_part:财务部拆分说明(万元,公司与平台同表)", "company_renamed_2023",
              "ip:old-owner-name", "name_change_notice:scan", "enterprise_list:scan-共N家", "models+microservices:xlsx-合计",
              "screenshots:png-operator-captions", "carbon:否", "speed:分级", "vc:是", "summary:xlsx-horizontal",
              "commitment:scan-seal-signature", "no_section7(not 2023 participant)"]
    desc = ("序号4 鸿之微材料大数据平台（专业型，2023参评=-）干净包：2023年8月整体变更为股份公司并更名，较早的专利/软著权利人为原名称，附准予变更登记通知书扫描件；"
            "申报表为纵向DOCX（答案在标签下一行）；审计报告（元，本期/上期）后附财务部平台收入拆分说明（万元，公司合计与平台“其中”同表）；"
            "碳管理“否”、分级速度、VC/PE“是”均属正常；服务企业名单扫描件印“共1,386家”；横向XLSX汇总表。")
    return p, files, facts, layout, desc
