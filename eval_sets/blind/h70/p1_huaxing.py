"""h70_huaxing_clean — 序号15 华兴数字易维讯工程机械工业互联网平台 (clean: every breakdown in another shape)."""

from __future__ import annotations

from pathlib import Path

from . import common as C
from . import docs
from .base import audit_consistency, base_kwargs, check_limits, derive, fact, write_truth
from .model import Spec, f2, thousands
from .texts import make_texts

PID = "h70_huaxing_clean"

DEV_CAT = [("工程机械", 9842), ("动力设备", 3126), ("农林机械", 612), ("采矿设备", 1408), ("电力设备", 1254),
           ("物流设备", 1867), ("其他", 627)]
OVERSEAS = [("印度尼西亚Indonesia", 512), ("马来西亚Malaysia", 298), ("沙特阿拉伯Saudi Arabia", 261),
            ("哈萨克斯坦Kazakhstan", 165)]
DOMESTIC = [("上海", 4386), ("江苏", 3912), ("浙江", 2735), ("安徽", 1504), ("山东", 1688), ("广东", 1172),
            ("四川", 984), ("河南", 1119)]
ENT_IND = [("机械", 826), ("建筑业", 402), ("采矿", 231), ("汽车", 148), ("黑色金属", 97), ("服务业", 164), ("其他", 78)]
# trade words printed on the pie chart -> 附录C category
PIE_WORDS = {"机械": "工程机械及零部件制造", "建筑业": "建筑施工", "采矿": "矿山开采", "汽车": "汽车及专用车",
             "黑色金属": "钢铁冶金", "服务业": "设备租赁及服务", "其他": "其他"}
ENT_REG = [("上海", 712), ("江苏", 268), ("浙江", 146), ("安徽", 78), ("山东", 186), ("广东", 121), ("四川", 96),
           ("河南", 104), ("湖北", 100), ("印度尼西亚Indonesia", 58), ("马来西亚Malaysia", 35),
           ("沙特阿拉伯Saudi Arabia", 24), ("哈萨克斯坦Kazakhstan", 18)]
APP_CAT = [("运维服务", 92), ("安全生产", 41), ("节能减排", 33), ("质量管控", 22), ("供应链管理", 30), ("生产制造", 25),
           ("运营管理", 24), ("仓储物流", 19)]
APP_IND = [("机械", 138), ("建筑业", 52), ("采矿", 36), ("汽车", 27), ("服务业", 21), ("黑色金属", 12)]

# nested device table: 一级分类 (the company's own grouping) -> 二级 (附录A) with the devices in trade words
GROUPS = [("整机装备", [("工程机械", "挖掘机、装载机、汽车起重机、混凝土泵车"), ("农林机械", "拖拉机、联合收割机"),
                       ("采矿设备", "凿岩台车、矿用自卸车")]),
          ("动力与电气装备", [("动力设备", "柴油发动机、空压机、液压泵站"), ("电力设备", "柴油发电机组、移动配电箱")]),
          ("物流及其他装备", [("物流设备", "叉车、伸缩臂装卸机、AGV"), ("其他", "环保除尘车、安全监测终端")])]


def spec() -> Spec:
    dev_total = sum(v for _, v in DEV_CAT)
    dev_reg = DOMESTIC + OVERSEAS
    assert sum(v for _, v in dev_reg) == dev_total
    pub_total, run_total = 7480, 4920
    ent_total = sum(v for _, v in ENT_IND)
    reg = 2460
    paying = 583
    dau = 71
    texts = make_texts(
        short="华兴数字", field="工程机械行业", focus="设备远程运维与后市场服务", edge_nodes=186, latency="15毫秒",
        plan="华兴数字易维讯平台三年发展专项规划（2023-2025）", special="",
        factories=["上海某重工智能工厂（浦东新区）：设备远程监控与预测性维护", "上海某建机智能工厂（松江区）：备件协同与能耗管理",
                   "上海某专用车智能工厂（嘉定区）：整机健康管理"],
        awards=["2022年上海市工业互联网创新发展应用示范（上海市经济和信息化委员会，2022年11月）",
                "2023年工业互联网平台创新领航应用案例（工业和信息化部，2023年12月）",
                "2023年上海市软件和信息技术服务业高质量发展示范项目（上海市经济和信息化委员会，2023年9月）",
                "2023年上海市科技进步奖三等奖（上海市人民政府，2023年6月）"],
        standards="参与制定行业标准2项：《工程机械 远程运维 数据接口规范》（JB/T，参与）；《工程机械 设备健康状态评估方法》（T/CCMA，牵头）。",
        open_data="以API接口和行业数据集形式开放：开放API接口132个、工程机械工况数据集6个、设备开工指数月报12期",
        partners_desc="上海市工业互联网公共服务平台、标识解析二级节点等7个平台",
        indices=["工程机械开工指数", "设备利用小时指数", "区域施工活跃度指数", "备件需求指数"],
        security_docs="《平台信息安全管理制度》（HXSZ-AQ-001，2021年3月）、《平台数据安全管理办法》（HXSZ-AQ-004，2022年6月）")
    texts["介绍"] = ("华兴数字易维讯工程机械工业互联网平台是面向工程机械行业的行业型工业互联网平台，由上海华兴数字科技有限公司自建自运营。"
                   "平台提供设备接入、远程监控、故障诊断、预测性维护、备件协同与施工管理等功能，已连接挖掘机、起重机、发动机等"
                   "工业设备18,736台（套），上架工业APP共286个，服务主机厂、代理商、施工企业与设备租赁企业。")
    texts["成效"] = ("平台解决了工程机械设备分散作业、故障响应慢、备件周转长等痛点，帮助用户实现设备状态可视、故障提前预警与服务在线协同，"
                   "用户设备运维成本平均下降19.84%，带动了主机厂由卖产品向卖服务转型。")
    s = Spec(
        package_id=PID,
        description=("序号15 华兴数字易维讯平台，干净包：同一设备统计PDF内按一级分类分组带小计的二级分类表和带海外按国家展开的区域表，"
                     "行业分布饼图只印标签与百分比（企业用行业俗称），APP分类柱状图截图，申报书以文字写出长三角占比等局部数，全部自洽。"),
        list_no=15, listed_name="华兴数字易维讯工程机械工业互联网平台", company="上海华兴数字科技有限公司", p2023=False,
        short="华兴数字", domain="ewx.huaxing-digital.example.com", secret="Hx#Eval0716",
        layout=["numbered-files", "evidence_dir:附件", "form:docx+scan", "summary:xlsx-vertical", "commitment:scan",
                "devices:nested-subtotals(一级分类)", "regions:海外-by-country-underneath", "industries:pie-pct-only",
                "apps:bar-chart-screenshot", "prose:part-shares", "ip:xlsx-3-sheets"],
        credit_code="91310115MA1H7X2K5R", founded="2017年5月18日", address="上海市浦东新区", district="上海市浦东新区",
        capital="5,000万元人民币", business="工业互联网平台研发运营、工程机械远程运维与数字化服务",
        contact="陆振宇", contact_title="数字化平台部总监", phone="13917264851", email="luzy@huaxing-digital.example.com",
        backup_contact="沈佳怡", backup_phone="13962418307",
        meeting_addr="上海市浦东新区康桥路1288号华兴大厦6楼第二会议室",
        shareholders=[("上海华兴工程装备集团有限公司", "4,000万元", "80.00%"), ("上海兴数企业管理合伙企业（有限合伙）", "1,000万元", "20.00%")],
        co_fin={"总资产": 28640.00, "主营业务收入": 12850.00, "增长率": 14.20, "负债率": 46.30, "利润总额": 1420.00, "税金": 612.00},
        nature="行业型工业互联网平台", build_from=(2019, 3), build_to=(2023, 12), invest=5200.00,
        rev={2021: 3268.40, 2022: 3912.75, 2023: 4586.20}, g2021=21.36,
        team=(86, 54, 97), rd=812.60, profit=536.18,
        dev_cat=DEV_CAT, dev_reg=dev_reg, pub_cat=derive(DEV_CAT, pub_total), pub_reg=derive(dev_reg, pub_total),
        run_cat=derive(DEV_CAT, run_total), run_reg=derive(dev_reg, run_total), overseas=OVERSEAS,
        dev_total=dev_total, pub_total=pub_total, run_total=run_total, overseas_total=sum(v for _, v in OVERSEAS),
        protocols=156, sw_total=322, app_native=178, app_cloud=108, app_cat=APP_CAT, app_ind=APP_IND, app_mau=198,
        killer_dau=1860, killer_times=24300, killer_income=31.25, pub_app=164,
        pub_app_dau_cat=derive(APP_CAT, dau), pub_app_dau_ind=derive(APP_IND, dau),
        cloud_servers=146.50, pub_servers=62, storage_cap=640.00, storage_data=392.32, pub_data=168.40,
        model_cat=[("数据算法模型", 64), ("研发仿真模型", 18), ("行业机理模型", 97), ("业务流程模型", 33)],
        active_models=118, model_users=436, microservices=864, active_ms=512, developers=6420, active_devs=1380,
        reg_users=reg, ent_ind=ENT_IND, ent_reg=ENT_REG, ent_total=ent_total, paying=paying, sme=1512,
        orders=(9846, 10412), trade_growth=17.26, app_subs=4128, killer_subs=1932, app_sub_amount=1846.50,
        dev_util=81.40, localization=88.00, smart_factories=3, parks=6,
        solutions=[("数字化管理", 6), ("平台化设计", 3), ("网络化协同", 7), ("智能化制造", 5), ("个性化定制", 2), ("服务化延伸", 9)],
        sol_total=32, om_down=19.84, energy_down=8.62, safety_up=15.37, indices=4, patents=18, copyrights=31, awards=4,
        jobs=268, social=21.46, partners=7, texts=texts,
        legal_rep="顾建新", **base_kwargs(),
    )
    return s


E_AUDIT = "附件/附件1 2023年度审计报告（节选）及平台财务专项说明.pdf"
E_DEV = "附件/附件2 平台接入设备统计（按二级分类及省市区域）.pdf"
E_PIE = "附件/附件3 服务企业行业分布图.png"
E_APP = "附件/附件4 平台运行数据截图.pdf"
E_IP = "附件/附件5 知识产权及荣誉清单.xlsx"


def proofs(s: Spec) -> dict:
    dev = "附件2《平台接入设备统计》第1-2页"
    return {
        "平台相关研发投入（万元）": "附件1 审计报告第3页 平台财务专项说明",
        "平台相关研发投入强度（%）": "附件1 第3页（研发投入÷平台营收）",
        "平台相关营业收入（万元）": "附件1 审计报告第3页 平台财务专项说明",
        "平台利润率（%）": "附件1 第3页（平台利润总额÷平台营收）",
        "连接的工业设备/产品/产线种类及数量（台/套）": dev, "按二级分类统计工业设备数量（台/套）": "附件2 第1页",
        "按省市区域统计工业设备数量（台/套）": "附件2 第2页", "公有云工业设备连接数量（台/套）": dev,
        "按二级分类统计公有云工业设备数量（台/套）": "附件2 第1页", "按省市区域统计公有云工业设备数量（台/套）": "附件2 第2页",
        "公有云工业设备平均日运行数量（台/套）": dev, "按二级分类统计公有云工业设备平均日运行数量（台/套）": "附件2 第1页",
        "按省市区域统计公有云工业设备平均日运行数量（台/套）": "附件2 第2页", "海外设备连接数量（台/套）": "附件2 第2页 海外小计",
        "按海外国家分类统计海外设备连接数量（台/套）": "附件2 第2页", "工业APP数量（个）": "附件4 第1页 应用中心截图",
        "按分类统计工业APP数量（个）": "附件4 第1页", "注册企业用户数（个）": "附件4 第2页 运营看板",
        "实际服务企业数（个）": "附件3 服务企业行业分布图", "按行业统计服务企业数（个）": "附件3 服务企业行业分布图（按百分比折算）",
        "工业机理模型数量（个）": "附件4 第2页", "微服务数量（个）": "附件4 第2页", "开发者注册总数（个）": "附件4 第2页",
        "平台核心软硬件技术获得的专利数量（项）": "附件5 专利清单", "平台核心软硬件技术获得的软著数量（个）": "附件5 软件著作权清单",
        "奖项": "附件5 荣誉清单", "投资回报率（%）": "附件1 第3页（平台利润总额÷平台建设金额）",
    }


def build(root: Path, scratch: Path, truth_dir: Path) -> None:
    s = spec()
    s.proofs = proofs(s)
    check_limits(s)
    audit_consistency(s, set())
    pkg = root / PID
    files = {
        "01 联系人信息反馈表.docx": "联系人表",
        "02 申报表-华兴数字易维讯.docx": "申报表",
        "02 申报表-华兴数字易维讯（盖章版）.pdf": "申报表扫描件",
        "03 申报书-华兴数字易维讯.docx": "申报书",
        "04 平台基本情况汇总表.xlsx": "汇总表",
        "05 真实性承诺（盖章）.pdf": "承诺",
        E_AUDIT: "evidence:audit_report", E_DEV: "evidence:device_list", E_PIE: "evidence:screenshot",
        E_APP: "evidence:screenshot", E_IP: "evidence:patent_list",
    }
    docs.contact_docx(s, pkg / "01 联系人信息反馈表.docx")
    docs.form_docx(s, pkg / "02 申报表-华兴数字易维讯.docx")
    docs.form_scan(s, pkg / "02 申报表-华兴数字易维讯（盖章版）.pdf", scratch, 1501)
    ch2 = [f"平台运营情况：截至2024年6月30日，平台连接工业设备{thousands(s.dev_total)}台（套），其中挖掘机、装载机、起重机等工程机械"
           f"{thousands(9842)}台，约占52.5%；海外设备{thousands(s.overseas_total)}台，分布在印度尼西亚、马来西亚、沙特阿拉伯和哈萨克斯坦。",
           f"平台累计服务企业{thousands(s.ent_total)}家，覆盖全国9个省市及4个海外国家，其中长三角地区占62%，约1,204家；"
           f"服务上海本地企业712家；海外客户135家，主要分布在“一带一路”沿线国家。"]
    ch3 = ["平台帮助用户实现设备远程监控与预测性维护。三个典型案例中，用户设备运维成本平均下降19.84%，能耗平均下降8.62%，"
           "安全生产持续时间平均提升15.37%。其中某建机企业接入的3,000余台设备中，约六成已实现预测性维护。"]
    cases = [("案例1：华兴数字易维讯平台——挖掘机队远程健康管理", "某工程机械主机厂通过平台接入其在售挖掘机，实现工况监测与故障预警，服务响应时间缩短40%。"),
             ("案例2：华兴数字易维讯平台——起重机备件协同", "某起重机企业基于平台实现备件需求预测与代理商库存共享，备件周转天数缩短20%。"),
             ("案例3：华兴数字易维讯平台——海外矿山设备运维", "某印尼矿山项目通过平台接入矿用设备，实现远程专家诊断，停机时间下降三成。")]
    att = ["附件1 2023年度审计报告（节选）及平台财务专项说明（第1-3页）", "附件2 平台接入设备统计（按二级分类及省市区域）（第1-2页）",
           "附件3 服务企业行业分布图（1页）", "附件4 平台运行数据截图（第1-2页）", "附件5 知识产权及荣誉清单（专利、软著、荣誉三张工作表）"]
    docs.proposal_docx(s, pkg / "03 申报书-华兴数字易维讯.docx", docs.proposal_chapters(s, ch2, ch3, cases, att, None))
    docs.summary_xlsx_vertical(s, pkg / "04 平台基本情况汇总表.xlsx")
    docs.commitment_scan(s, pkg / "05 真实性承诺（盖章）.pdf", scratch, 1502)

    facts = []
    facts += audit_pdf(s, pkg / E_AUDIT)
    facts += device_pdf(s, pkg / E_DEV)
    facts += pie_png(s, pkg / E_PIE)
    facts += screenshots(s, pkg / E_APP)
    facts += ip_xlsx(s, pkg / E_IP)
    write_truth(s, files, facts, [], root, truth_dir)


def audit_pdf(s: Spec, path: Path) -> list:
    st = C.styles()
    p1 = [C.SP(30), C.P("上海华兴数字科技有限公司", st["title"]), C.P("2023年度审计报告（节选）", st["title"]), C.SP(10),
          C.P("沪信审字〔2024〕第0412号", st["h"]), C.SP(60), C.P("上海信衡会计师事务所（特殊普通合伙）", st["h"])]
    p2 = [C.P("利润表（节选）", st["title"]), C.P("编制单位：上海华兴数字科技有限公司　　2023年度　　单位：元", st["small"]),
          C.pdf_table([["项目", "本期金额", "上期金额"], ["一、营业收入", "128,500,000.00", "112,521,891.42"],
                       ["减：营业成本", "86,236,418.75", "76,952,302.16"], ["研发费用", "14,862,306.51", "12,937,410.08"],
                       ["二、营业利润", "14,326,508.20", "12,106,224.37"], ["三、利润总额", "14,200,000.00", "11,986,304.15"]],
                      (70, 50, 50))]
    p3 = [C.P("平台财务专项说明", st["title"]),
          C.P("根据公司业务核算口径，现将华兴数字易维讯工程机械工业互联网平台相关财务数据单列如下。平台营收指基于平台直接订阅的服务收入，"
              "按项目辅助核算拆分。", st["p"]),
          C.P("单位：万元", st["small"]),
          C.pdf_table([["项目", "2021年度", "2022年度", "2023年度"],
                       ["平台相关营业收入", thousands(s.rev[2021]), thousands(s.rev[2022]), thousands(s.rev[2023])],
                       ["平台相关研发投入", "706.35", "768.90", thousands(s.rd)],
                       ["平台利润总额", "301.62", "418.27", thousands(s.profit)]], (60, 36, 36, 36))]
    C.build_pdf(path, [p1, p2, p3], header="上海华兴数字科技有限公司 2023年度审计报告")
    f = E_AUDIT
    return [
        fact("平台相关营业收入（万元）", thousands(s.rev[2023]), "万元", s.rev[2023], f, 3, thousands(s.rev[2023]), "平台相关营业收入", "2023年度"),
        fact("平台近三年经营指标情况", thousands(s.rev[2021]), "万元", s.rev[2021], f, 3, thousands(s.rev[2021]), "平台相关营业收入", "2021年度", "2021年平台营收（万元）"),
        fact("平台近三年经营指标情况", thousands(s.rev[2022]), "万元", s.rev[2022], f, 3, thousands(s.rev[2022]), "平台相关营业收入", "2022年度", "2022年平台营收（万元）"),
        fact("平台相关研发投入（万元）", thousands(s.rd), "万元", s.rd, f, 3, thousands(s.rd), "平台相关研发投入", "2023年度"),
        fact("平台利润率（%）", thousands(s.profit), "万元", s.profit, f, 3, thousands(s.profit), "平台利润总额", "2023年度", "平台利润总额（万元）"),
        fact("投资回报率（%）", thousands(s.profit), "万元", s.profit, f, 3, thousands(s.profit), "平台利润总额", "2023年度", "平台年利润（万元）"),
    ]


def device_pdf(s: Spec, path: Path) -> list:
    st = C.styles()
    cat = {k: v for k, v in s.dev_cat}
    pub = dict(s.pub_cat)
    run = dict(s.run_cat)
    rows_ = [["一级分类", "二级分类（附录A）", "主要设备", "接入数量（台/套）", "其中：公有云接入", "公有云日均运行"]]
    bold = []
    for g, members in GROUPS:
        first = True
        for k, words in members:
            rows_.append([g if first else "", k, C.P(words, st["cell"]), thousands(cat[k]), thousands(pub[k]), thousands(run[k])])
            first = False
        rows_.append(["", f"{g}小计", "", thousands(sum(cat[k] for k, _ in members)),
                      thousands(sum(pub[k] for k, _ in members)), thousands(sum(run[k] for k, _ in members))])
        bold.append(len(rows_) - 1)
    rows_.append(["合计", "", "", thousands(s.dev_total), thousands(s.pub_total), thousands(s.run_total)])
    bold.append(len(rows_) - 1)
    p1 = [C.P("华兴数字易维讯平台接入设备统计表（一）按设备分类", st["title"]),
          C.P("统计截止日：2024年6月30日　　单位：台/套　　口径：二级分类按《附录A 工业设备二级分类口径》归并", st["small"]), C.SP(2),
          C.pdf_table(rows_, (26, 30, 52, 24, 22, 22), bold_rows=bold, font_size=8.5),
          C.SP(3), C.P("注：小计行为各一级分类内二级分类之和，合计行为各二级分类之和（不含小计行）。", st["small"])]
    reg = dict(s.dev_reg)
    preg, rreg = dict(s.pub_reg), dict(s.run_reg)
    rows2 = [["区域", "接入数量（台/套）", "其中：公有云接入", "公有云日均运行"]]
    for k, _ in DOMESTIC:
        rows2.append([k, thousands(reg[k]), thousands(preg[k]), thousands(rreg[k])])
    rows2.append(["海外小计", thousands(s.overseas_total), thousands(sum(preg[k] for k, _ in OVERSEAS)),
                  thousands(sum(rreg[k] for k, _ in OVERSEAS))])
    sub = len(rows2) - 1
    ind = []
    for k, _ in OVERSEAS:
        rows2.append([f"　其中：{k}", thousands(reg[k]), thousands(preg[k]), thousands(rreg[k])])
        ind.append(len(rows2) - 1)
    rows2.append(["合计", thousands(s.dev_total), thousands(s.pub_total), thousands(s.run_total)])
    p2 = [C.P("华兴数字易维讯平台接入设备统计表（二）按省市区域", st["title"]),
          C.P("设备所属地按设备所属企业注册地统计；海外按国家列示（中文+英文）。单位：台/套", st["small"]), C.SP(2),
          C.pdf_table(rows2, (62, 36, 36, 36), bold_rows=[sub, len(rows2) - 1], indent_rows=ind)]
    C.build_pdf(path, [p1, p2], header="附件2　平台接入设备统计")
    f = E_DEV
    return [
        fact("连接的工业设备/产品/产线种类及数量（台/套）", thousands(s.dev_total), "台/套", s.dev_total, f, 1, thousands(s.dev_total), "合计", "接入数量（台/套）"),
        fact("公有云工业设备连接数量（台/套）", thousands(s.pub_total), "台/套", s.pub_total, f, 1, thousands(s.pub_total), "合计", "其中：公有云接入"),
        fact("公有云工业设备平均日运行数量（台/套）", thousands(s.run_total), "台/套", s.run_total, f, 1, thousands(s.run_total), "合计", "公有云日均运行"),
        fact("连接的工业设备/产品/产线种类及数量（台/套）", thousands(s.dev_total), "台/套", s.dev_total, f, 2, thousands(s.dev_total), "合计", "接入数量（台/套）"),
        fact("海外设备连接数量（台/套）", thousands(s.overseas_total), "台/套", s.overseas_total, f, 2, thousands(s.overseas_total), "海外小计", "接入数量（台/套）"),
    ]


def pie_png(s: Spec, path: Path) -> list:
    parts = [(PIE_WORDS[k], f"{v / s.ent_total * 100:.2f}%") for k, v in s.ent_ind]
    img = C.pie_chart("平台服务企业行业分布（截至2024年6月30日）", ["服务企业", f"{thousands(s.ent_total)}家"], parts)
    C.save_png(img, path)
    return [fact("实际服务企业数（个）", thousands(s.ent_total), "家", s.ent_total, E_PIE, 1, f"{thousands(s.ent_total)}家",
                 "服务企业", image_only=True)]


def screenshots(s: Spec, path: Path) -> list:
    bar = C.bar_chart("工业APP分类统计", f"上架工业APP共 {s.app_total} 个（按工业APP分类口径）", s.app_cat)
    dash = C.dashboard("易维讯平台运营看板", [("注册企业（家）", thousands(s.reg_users)), ("设备接入总量", thousands(s.dev_total)),
                                      ("公有云接入设备", thousands(s.pub_total)), ("机理模型", str(sum(v for _, v in s.model_cat))),
                                      ("微服务", str(s.microservices)), ("注册开发者", thousands(s.developers))])
    C.images_to_pdf([bar, dash], path)
    f = E_APP
    nm = sum(v for _, v in s.model_cat)
    return [
        fact("工业APP数量（个）", str(s.app_total), "个", s.app_total, f, 1, f"上架工业APP共 {s.app_total} 个", "上架工业APP", image_only=True),
        fact("注册企业用户数（个）", thousands(s.reg_users), "家", s.reg_users, f, 2, thousands(s.reg_users), "注册企业（家）", image_only=True),
        fact("连接的工业设备/产品/产线种类及数量（台/套）", thousands(s.dev_total), "台/套", s.dev_total, f, 2, thousands(s.dev_total), "设备接入总量", image_only=True),
        fact("公有云工业设备连接数量（台/套）", thousands(s.pub_total), "台/套", s.pub_total, f, 2, thousands(s.pub_total), "公有云接入设备", image_only=True),
        fact("工业机理模型数量（个）", str(nm), "个", nm, f, 2, str(nm), "机理模型", image_only=True),
        fact("微服务数量（个）", str(s.microservices), "个", s.microservices, f, 2, str(s.microservices), "微服务", image_only=True),
        fact("开发者注册总数（个）", thousands(s.developers), "个", s.developers, f, 2, thousands(s.developers), "注册开发者", image_only=True),
    ]


def ip_xlsx(s: Spec, path: Path) -> list:
    r = C.rng(15)
    wb = C.xlsx_new()
    ws = wb.active
    ws.title = "专利清单"
    ws.append(["序号", "专利名称", "专利类型", "专利号", "权利人", "授权日期"])
    topics = ["工程机械远程监测", "液压系统故障诊断", "发动机工况识别", "设备定位与电子围栏", "备件需求预测", "施工工况分析",
              "边缘数据采集终端", "时序数据压缩", "设备健康评估"]
    for i in range(s.patents):
        kind = "发明专利" if i % 3 == 0 else "实用新型"
        ws.append([i + 1, f"一种{topics[i % len(topics)]}{['方法', '装置', '系统'][i % 3]}", kind,
                   f"ZL20{19 + i % 5}{r.randint(10000000, 99999999)}.{r.randint(0, 9)}", s.company, f"20{20 + i % 4}-0{1 + i % 9}-1{i % 10}"])
    ws.append([f"合计：{s.patents}项"])
    ws2 = wb.create_sheet("软件著作权清单")
    ws2.append(["序号", "软件名称", "登记号", "著作权人", "登记日期"])
    for i in range(s.copyrights):
        ws2.append([i + 1, f"易维讯{topics[i % len(topics)]}软件V{1 + i % 4}.0", f"2023SR{r.randint(1000000, 1999999)}",
                    s.company, f"20{19 + i % 5}-{1 + i % 12:02d}-2{i % 8}"])
    ws2.append([f"合计：{s.copyrights}项"])
    ws3 = wb.create_sheet("荣誉清单")
    ws3.append(["序号", "荣誉名称（颁发单位，时间）"])
    for i, a in enumerate(s.texts["奖项"].split("：", 1)[1].split("；")):
        ws3.append([i + 1, a])
    ws3.append([f"合计：{s.awards}项"])
    C.xlsx_save(wb, path)
    f = E_IP
    return [
        fact("平台核心软硬件技术获得的专利数量（项）", str(s.patents), "项", s.patents, f, 1, f"合计：{s.patents}项", "合计"),
        fact("平台核心软硬件技术获得的软著数量（个）", str(s.copyrights), "项", s.copyrights, f, 2, f"合计：{s.copyrights}项", "合计"),
        fact("平台获得省部级及以上奖项/荣誉数量（个）", str(s.awards), "项", s.awards, f, 3, f"合计：{s.awards}项", "合计"),
    ]
