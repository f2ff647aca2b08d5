"""h85_hemudu_clean — 附件6 序号20 河姆渡电商工业互联网平台, 上海河姆渡实业发展有限公司 (2023 参评: 是).

区域型 platform for consumer-goods makers (food, light industry, textiles) of Shanghai and the Yangtze delta.
Office style: a small operator's 行政人事部, scans of paper certificates.
Legitimate variety: the platform team is employed by the applicant and its subsidiary — two 社保 certificates (scans,
「共N人」) add up to the declared 平台团队总人数; orders proven by an export with two sheets (2023年自然年 and
2023-07-01—2024-06-30), both readings declared; the audit report in 元 (本期/上期) ends with the platform 专项说明 in
万元; a dashboard with 今日订单 beside 累计 figures, 注册企业 as 1.27万; a scanned software-copyright list with
「共64项」 and a patent XLSX with a 合计 row; a scanned served-enterprise list with 「共3,426家」; chapter 七 with last
year's (July 2023) figures; 汇总表 with a note column and blank rows between sections; single horizontal DOCX 申报表."""

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

EV = "证明材料"
SUB = "上海河姆渡数字科技有限公司"

SPEC = dict(
    abbr="河姆渡", dom="长三角消费品制造",
    contact=dict(name="周晓雯", title="行政人事部经理", phone="13817263590", email="zhouxw@hemudu.example.com",
                 fax="021-57316628", venue="上海市金山区亭林镇林盛路88号河姆渡产业园1号楼3楼会议室",
                 backup=dict(name="吴海峰", title="平台运营总监", phone="13901975236", email="wuhf@hemudu.example.com")),
    url="https://www.hemudu-iip.example.com", account=("pingjia2024", "Hmd2024#Review"),
    build_period=((2018, 5), (2023, 12)), invest=5260.00,
    revenue={2020: 3126.80, 2021: 3684.27, 2022: 4206.15, 2023: 4952.38}, rd=628.44, profit=473.91,
    build_mode=("自建",), build_mode_text="自建", op_mode="自运营", iaas=("租用", "沪云数据科技有限公司"),
    deploy=["公有云", "混合云"], deploy_text="公有云、混合云",
    team=(78, 48, 86),
    registered=12680, served=3426, paid=1184, local=1862, sme=3108,
    devices=(8640, 6120, 4236, 64),
    dev_cat_w={"轻工设备": 52, "物流设备": 22, "机器人": 8, "仪器仪表": 10, "动力设备": 8},
    dev_reg_w={"上海": 40, "浙江": 26, "江苏": 20, "安徽": 8, "福建": 6},
    ovs_w={"柬埔寨Cambodia": 40, "越南Vietnam": 24},
    protocols=68,
    apps=dict(software=146, apps=118, native=82, cloud=36, mau=96, killer_online=1836, killer_daily=22460,
              killer_income=28.16, public=104, public_dau=61),
    app_cat_w={"供应链管理": 28, "仓储物流": 18, "生产制造": 18, "质量管控": 14, "运营管理": 14, "节能减排": 8},
    app_ind_w={"食品": 40, "轻工": 30, "纺织": 18, "家电": 12},
    cloud=dict(servers=86.00, public_servers=72, capacity=640.00, data=358.42, public_data=296.80),
    models=dict(total=214, active=126, core_users=1128),
    model_cat_w={"数据算法模型": 40, "研发仿真模型": 10, "行业机理模型": 26, "业务流程模型": 24},
    speed=("毫秒级", "毫秒级（TB级订单与库存数据索引查询平均约320毫秒）"),
    micro=(486, 302), developers=(1426, 384),
    srv_ind_w={"食品": 38, "轻工": 30, "纺织": 16, "家电": 8, "其他": 8},
    srv_reg_w={"浙江": 42, "江苏": 36, "安徽": 12, "福建": 10},
    orders=(186420, 203615), trade_growth=15.82, subs=(8962, 4318, 1642.36), dev_util=76.84, domestic=86.40,
    smart_factories=4, parks=11, solutions=26, sol_w={"数字化管理": 6, "平台化设计": 2, "网络化协同": 7, "智能化制造": 4,
                                                    "个性化定制": 4, "服务化延伸": 3},
    vc=(False, "否"),
    cases_metrics=dict(om=cases3(13.26, 15.04, 11.38), energy=cases3(9.48, 8.20, 10.96), safety=cases3(12.60, 14.35, 10.42)),
    indices=4, patents=18, copyrights=64, carbon=True, idres=True,
    awards=[("上海市工业互联网平台创新应用案例", "2022年12月", "上海市经济和信息化委员会"),
            ("上海市服务型制造示范平台", "2023年6月", "上海市经济和信息化委员会"),
            ("工业和信息化部中小企业数字化转型典型案例", "2023年10月", "工业和信息化部")],
    jobs=468, contrib=(1684.20, 8126.55), partners=7,
    open_data="以API接口、区域产销数据报告和数据集形式开放：开放API接口72个、月度区域消费品产销报告12期、行业数据集5个",
    killer_apps=["订单协同", "柔性排产", "智能仓配", "质量追溯", "渠道需求预测"],
    company_info=dict(code="91310116MA1J8R3T6W", founded="2012年4月26日", address="上海市金山区亭林镇林盛路88号（金山区）",
                      type="有限责任公司（自然人投资或控股）", capital="10000万元人民币",
                      business="工业互联网平台运营、电子商务、供应链管理服务", legal="孙建华",
                      shareholders=[("孙建华", "6000万元", "60.00%"), ("上海亭林投资管理有限公司", "4000万元", "40.00%")],
                      fin=("38620.45", "26318.72", "13.46", "52.31", "2186.40", "1128.66")),
    proof_default="平台后台数据（详见申报书六、附件清单）",
)
SPEC["text"] = dict(
    pos="服务上海及长三角消费品制造企业的区域型工业互联网平台，推动产销协同与柔性制造。",
    policy=["工业和信息化部《中小企业数字化转型指南》：以平台带动中小企业数字化转型",
            "上海市《推进工业互联网创新升级实施“工赋上海”三年行动计划》：区域平台赋能",
            "消费品行业：小批量多批次订单增加，产销协同与柔性生产需求上升"],
    strategy="河姆渡实业2022—2026年发展规划", plan="河姆渡电商工业互联网平台发展规划（2023—2025年）",
    other_res="平台汇聚区域消费品产能资源：入驻工厂产能信息1,860条、包装与原辅料供应商420家、仓配网点36个、设计服务商58家，"
              "支撑订单与产能在长三角范围内匹配。",
    edge="方案支持数据采集、数据存储、网络传输与智能分析功能；边缘计算应用节点数214个；最低响应时延15毫秒。",
    collect="通过API采集电商订单、ERP、WMS等系统数据，并对接物流平台轨迹数据，日均采集订单与库存数据约860万条。",
    compute="公有云+混合云，CPU约2,400核，支持弹性扩缩容。",
    langs="共4种：Java、Python、Go、JavaScript",
    security_rules=["《河姆渡平台网络与数据安全管理制度》（HMD-AQ-2021-01，2021年4月制定）",
                    "《平台用户信息保护规定》（HMD-AQ-2022-02，2022年7月制定）"],
    third_party="每年一次（委托第三方开展等级保护三级测评，最近一次为2024年5月）",
    scan="每周一次自动化漏洞扫描",
    smart="是，4家。服务金山区、松江区的4家上海市级智能工厂，提供订单协同与柔性排产服务。",
    key_tech="订单协同引擎、柔性排产算法与需求预测模型为自主研发，核心代码自主可控。",
    gain="3个案例平均订单交付周期缩短约18%，带动用户营收平均增长约12%，安全生产持续时间平均提升12.60%。",
    save="3个案例平均降低设备运维成本13.26%，能耗平均下降9.48%，库存资金占用平均下降约20%。",
    mining="基于区域订单、产能与库存数据构建需求预测与产能匹配模型，沉淀消费品行业排产与仓配知识，形成可复用模型214个。",
    supply="平台连接品牌商、工厂与原辅料供应商，实现订单、产能与库存协同，入驻供应商420家，订单准时交付率提升至97.1%。",
    newtech="融合人工智能与标识解析：应用需求预测模型与视觉质检，产品赋码实现质量追溯。",
    breakthrough="自研多工厂柔性排产算法，订单排产时间由小时级缩短至分钟级。",
    carbon="提供碳计算/核算与碳足迹服务，服务食品及包装企业23家。",
    idres="是。接入消费品行业标识解析二级节点，产品赋码约3,600万个，用于质量追溯与防窜货。",
    standards="参与制定团体标准2项、行业标准1项，如《消费品柔性制造平台服务规范》（团体标准，参与）等。",
    contribution="平台服务本市企业1,862家，支撑金山、松江等区消费品制造企业数字化转型，并服务长三角企业协同。",
    open_mech="向入驻企业开放区域产销数据、产能数据与应用接口，按协议授权共享并保护企业数据权益。",
    cross="与区域政务服务平台、物流平台等7个平台实现数据对接与功能调用，支持统一账号登录。",
    new_industry="培育“小单快反”柔性制造与区域共享仓配新模式，带动中小工厂承接电商订单。",
    indices_text="代表性指数：长三角消费品产销指数、区域产能利用指数、电商订单热度指数、原辅料价格指数。",
    intro="河姆渡电商工业互联网平台由上海河姆渡实业发展有限公司自主建设运营，是服务上海及长三角消费品制造企业的区域型工业互联网平台。"
          "平台提供订单协同、柔性排产、智能仓配、质量追溯等服务，已服务企业3,426家，连接设备8,640台（套）。",
    effect="平台解决消费品中小企业订单波动大、产销协同难的问题。2023年平台相关营业收入4,952.38万元，带动用户交付周期平均缩短约18%，"
           "新增就业468人。",
)
SPEC["proofs"] = {
    "平台团队总人数（人）": "证明材料-3、证明材料-4 社保缴纳证明（两家）", "平台相关营业收入（万元）": "证明材料-1 第5页",
    "平台相关研发投入（万元）": "证明材料-1 第5页", "其中：实际服务企业数（个）": "证明材料-5 服务企业名单",
    "平台订单数量（个），填写近一年总量": "证明材料-6 订单统计导出", "平台核心软硬件技术获得的专利数量（项）": "证明材料-7",
    "平台核心软硬件技术获得的软著数量（个）": "证明材料-8（扫描件）", "连接的工业设备/产品/产线种类及数量（台/套）": "证明材料-9",
}


def book(v) -> dict:
    return dict(
        one=["上海河姆渡实业发展有限公司成立于2012年，注册于金山区，主营工业互联网平台运营、电子商务与供应链管理服务，"
             "2023年公司营业收入约2.63亿元。平台团队由公司及全资子公司上海河姆渡数字科技有限公司人员组成。"],
        two_basic=["平台于2018年5月启动建设，2023年12月完成二期建设，建设投入5,260.00万元，自建自运营，IaaS资源租用沪云数据科技有限公司，"
                   "部署方式为公有云与混合云，为区域型工业互联网平台。"],
        two_arch=["平台包括设备与订单接入层、数据中台、协同应用层，提供订单协同、柔性排产、智能仓配与质量追溯应用。"],
        benchmark=[["1.2.1 创新投入情况", f"研发投入628.44万元，强度{v['平台相关研发投入强度（%）']:.2f}%", "同类区域平台：百万元至千万元级"],
                   ["3.1.1 平台应用规模", "注册企业12,680家，服务企业3,426家", "同类区域平台：服务企业约2,000家"]],
        two_ops=["截至2024年6月30日，平台注册企业约1.27万家，服务企业3,400余家，连接设备8,600余台（套）；"
                 "2023年平台营收近5,000万元，全年订单18.6万个。"],
        innovation="平台自研多工厂柔性排产与订单协同引擎，实现区域产能共享，排产效率较传统方式显著提升。",
        three=["平台帮助区域消费品企业承接电商订单，订单交付周期平均缩短约18%，带动新增就业468人。"],
        app_innovation="形成“小单快反”柔性制造与共享仓配模式，带动中小工厂数字化。",
        four=["下一步将扩展至长三角更多园区，计划2025年服务企业达到5,000家。"],
        cases=[dict(title="食品企业订单协同", company="金山区某食品企业，年产值约5亿元。", platform="平台提供订单协同与柔性排产。",
                    content="实现电商订单与产线排产联动。", figure="订单协同界面"),
               dict(title="日化企业共享仓配", company="松江区某日化企业。", platform="平台提供共享仓配服务。",
                    content="降低仓储成本与配送时效。", figure="仓配看板"),
               dict(title="服装工厂小单快反", company="浙江某服装工厂。", platform="平台提供柔性排产与质量追溯。",
                    content="支持小批量多批次订单快速交付。", figure="排产看板")],
        seven=["本平台为2023年度参评平台。2023年7月以来，平台新增共享仓配与需求预测模块，关键指标变化如下（2023年7月为上年度申报填报数，"
               "本年度数据截至2024年6月30日）："],
        seven_rows=[["注册企业用户数（个）", "9,860", th(v["注册企业用户数（个）"]), "+28.60%"],
                    ["实际服务企业数（个）", "2,714", th(v["实际服务企业数（个）"]), "+26.23%"],
                    ["连接的工业设备（台/套）", "6,920", th(v["连接的工业设备/产品/产线种类及数量（台/套）"]), "+24.86%"],
                    ["平台团队总人数（人）", "104", str(v["平台团队总人数（人）"]), "+21.15%"],
                    ["合作平台数量（个）", "5", str(v["合作平台数量（个）"]), "+2个"]],
        seven_after=["应用服务方面，服务园区由8个增加到11个，市级智能工厂由2家增加到4家。"],
    )


def build(root: Path, seed: int):
    rng = np.random.default_rng(seed)
    p = derive(Pkg("h85_hemudu_clean", 20, "河姆渡电商工业互联网平台", "上海河姆渡实业发展有限公司", True,
                   "区域型工业互联网平台", "河姆渡", SPEC))
    p = fill_cells(p)
    s, v = p.spec, p.values
    s["book"] = book(v)
    files: dict[str, str] = {}
    facts: list[Fact] = []
    author = s["contact"]["name"]
    pid = p.pid
    rev = s["revenue"]

    # ---------------------------------------------------------------- 1 audit report + platform 专项说明 (万元) p5
    rel = f"{EV}/证明材料-1 2023年度审计报告.pdf"
    fin = dict(cpa="邱立、钟敏",
               bs=[("货币资金", 42863150.26, 38016442.91), ("资产总计", 386204518.73, 352118062.40),
                   ("负债合计", 202023583.75, 186204117.08)],
               pl=[("一、营业收入", 263187241.60, 231966014.38), ("减：营业成本", 201364822.17, 178205430.66),
                   ("研发费用", 9826413.50, 8301226.71), ("三、利润总额", 21864036.42, 18703225.19),
                   ("四、净利润", 18584431.96, 15897741.41)])
    pages = company_audit_pages(p.company, "上海金审会计师事务所有限公司", "金审（2024）审字第0207号", fin)
    pages.append([("h", "关于河姆渡电商工业互联网平台经营数据的专项说明"), ("p", "金额单位：人民币万元"),
                  ("t", [["项目", "2023年度", "2022年度", "2021年度"],
                         ["平台相关营业收入", f"{rev[2023]:,.2f}", f"{rev[2022]:,.2f}", f"{rev[2021]:,.2f}"],
                         ["平台相关研发投入", f"{s['rd']:,.2f}", "552.18", "471.36"],
                         ["平台利润总额", f"{s['profit']:,.2f}", "386.52", "305.27"]], [0.34, 0.22, 0.22, 0.22]),
                  ("p", "平台相关营业收入为平台订阅、订单协同服务费及基于平台的仓配服务收入，不含电子商务自营商品销售收入。"),
                  ("r", "上海金审会计师事务所有限公司    2024年4月26日")])
    fx = [Fact("平台相关营业收入（万元）", f"{rev[2023]:,.2f}", "万元", rev[2023], row_label="平台相关营业收入", column_label="2023年度", page=5),
          Fact("平台近三年经营指标情况", f"{rev[2022]:,.2f}", "万元", rev[2022], row_label="平台相关营业收入", column_label="2022年度",
               component="2022年平台营收（万元）", page=5),
          Fact("平台近三年经营指标情况", f"{rev[2021]:,.2f}", "万元", rev[2021], row_label="平台相关营业收入", column_label="2021年度",
               component="2021年平台营收（万元）", page=5),
          Fact("平台相关研发投入（万元）", f"{s['rd']:,.2f}", "万元", s["rd"], row_label="平台相关研发投入", column_label="2023年度", page=5),
          Fact("平台利润率（%）", f"{s['profit']:,.2f}", "万元", s["profit"], row_label="平台利润总额", column_label="2023年度",
               component="平台利润总额（万元）", page=5),
          Fact("投资回报率（%）", f"{s['profit']:,.2f}", "万元", s["profit"], row_label="平台利润总额", column_label="2023年度",
               component="平台年利润（万元）", page=5)]
    facts += write_text_pdf(root, rel, pages, fx)
    files[rel] = "evidence:audit_report"

    # ---------------------------------------------------------------- 2 dashboard: 今日订单 beside cumulative figures
    rel = f"{EV}/证明材料-2 平台运营大屏截图.png"
    reg = v["注册企业用户数（个）"]
    dashboard_png(root / rel, "河姆渡电商工业互联网平台 · 区域运营大屏", "2024-06-30 20:15 实时", [
        Tile("今日订单", "612", "截至20:15"), Tile("累计服务客户", th(v["实际服务企业数（个）"]), "家"),
        Tile("注册企业", f"{reg / 10000:.2f}万", "家"), Tile("联网设备", th(v["连接的工业设备/产品/产线种类及数量（台/套）"]), "台/套"),
        Tile("活跃终端", "3,208", "今日"), Tile("上架应用", th(v["工业APP数量（个）"]), "个"),
        Tile("开发者", th(v["开发者注册总数（个）"]), "人"), Tile("服务园区", str(v["平台服务园区总数（个）"]), "个")],
        f"{pid}/{rel}", seed + 30)
    facts += screenshot_facts(rel, pid, [
        Fact("实际服务企业数（个）", th(v["实际服务企业数（个）"]), "家", v["实际服务企业数（个）"], row_label="累计服务客户"),
        Fact("注册企业用户数（个）", f"{reg / 10000:.2f}万", "家", round(reg / 100) * 100, row_label="注册企业"),
        Fact("连接的工业设备/产品/产线种类及数量（台/套）", th(v["连接的工业设备/产品/产线种类及数量（台/套）"]), "台/套",
             v["连接的工业设备/产品/产线种类及数量（台/套）"], row_label="联网设备"),
        Fact("工业APP数量（个）", th(v["工业APP数量（个）"]), "个", v["工业APP数量（个）"], row_label="上架应用"),
        Fact("开发者注册总数（个）", th(v["开发者注册总数（个）"]), "个", v["开发者注册总数（个）"], row_label="开发者"),
        Fact("平台服务园区总数（个）", str(v["平台服务园区总数（个）"]), "个", v["平台服务园区总数（个）"], quote=f"服务园区{v['平台服务园区总数（个）']}",
             row_label="服务园区")])
    files[rel] = "evidence:screenshot"

    # ---------------------------------------------------------------- 3/4 two 社保 certificates (applicant + subsidiary)
    team = v["平台团队总人数（人）"]
    n_sub = 42
    n_main = team - n_sub
    for k, (org, n) in enumerate(((p.company, n_main), (SUB, n_sub))):
        rel = f"{EV}/证明材料-{3 + k} 社会保险缴费证明（{org}）.pdf"
        names = [f"员工{int(rng.integers(100, 999))}" for _ in range(n)]
        rows = [["序号", "姓名", "岗位", "参保起始年月", "2024年6月缴费状态"]] + [
            [str(i + 1), names[i], ["平台研发", "平台运维", "平台运营", "客户服务"][i % 4], f"20{18 + i % 6}-{1 + i % 12:02d}", "正常缴费"]
            for i in range(n)]
        blocks = [("h", "上海市社会保险单位参保缴费证明"), ("p", f"单位名称：{org}"),
                  ("p", f"兹证明该单位工业互联网平台项目人员2024年6月在本市参加社会保险并正常缴费，共{n}人，名单如下："),
                  ("t", rows, [0.1, 0.2, 0.25, 0.2, 0.25], 8),
                  ("p", "（本证明依据单位申请出具，仅用于2024年度上海市工业互联网平台应用水平评价申报）"), ("r", "上海市金山区社会保险事业管理中心"),
                  ("r", "2024年7月5日")]
        pages = flow(blocks)
        facts += write_scan_pdf(root, rel, pages, [
            Fact("平台团队总人数（人）", str(n), "人", n, quote=f"共{n}人", row_label=org, component=f"{org}参保人数（人）", page=1)],
            [Stamp(len(pages) - 1, "seal", "上海市金山区社会保险事业管理中心", 0.7, 0.55, "业务专用章")], seed + 31 + k, pid)
        files[rel] = "evidence:other"

    # ---------------------------------------------------------------- 5 served-enterprise list (scan)
    rel = f"{EV}/证明材料-5 平台服务企业名单（扫描件）.pdf"
    served = v["实际服务企业数（个）"]
    regs = [r for r, n in s["srv_reg"].items() for _ in range(n)]
    inds = [k for k, n in s["srv_ind"].items() for _ in range(n)]
    rows = [["序号", "企业名称", "行业", "注册地", "是否中小企业"]] + [
        [str(i + 1), f"示例消费品企业{int(rng.integers(1000, 9999))}有限公司", inds[i * 13 % served], regs[i * 17 % served], "是"]
        for i in range(90)]
    blocks = [("h", "河姆渡平台服务企业名单（摘录）"),
              ("p", f"截至2024年6月30日，平台累计服务企业共{th(served)}家；其中上海市企业{th(v['服务本市企业数量（个）'])}家，"
                    f"中小企业{th(v['服务中小企业数量（个）'])}家，付费企业{th(v['付费企业数（个）'])}家。以下摘录90家。"),
              ("t", rows, [0.1, 0.45, 0.15, 0.15, 0.15], 8), ("r", f"{p.company}（盖章）")]
    pages = flow(blocks)
    facts += write_scan_pdf(root, rel, pages, [
        Fact("实际服务企业数（个）", th(served), "家", served, quote=f"共{th(served)}家", page=1),
        Fact("服务本市企业数量（个）", th(v["服务本市企业数量（个）"]), "家", v["服务本市企业数量（个）"],
             quote=f"上海市企业{th(v['服务本市企业数量（个）'])}家", page=1),
        Fact("服务中小企业数量（个）", th(v["服务中小企业数量（个）"]), "家", v["服务中小企业数量（个）"],
             quote=f"中小企业{th(v['服务中小企业数量（个）'])}家", page=1),
        Fact("付费企业数（个）", th(v["付费企业数（个）"]), "家", v["付费企业数（个）"], quote=f"付费企业{th(v['付费企业数（个）'])}家", page=1)],
        [Stamp(len(pages) - 1, "seal", p.company, 0.7, 0.6)], seed + 34, pid)
    files[rel] = "evidence:other"

    # ---------------------------------------------------------------- 6 orders export: two readings
    rel = f"{EV}/证明材料-6 平台订单统计导出.xlsx"
    o = s["orders"]
    m23 = dict(zip([f"2023-{m:02d}" for m in range(1, 13)], [int(x) for x in np.round(np.linspace(12.6, 18.4, 12) / np.linspace(12.6, 18.4, 12).sum() * o[0])]))
    last = list(m23)[-1]
    m23[last] += o[0] - sum(m23.values())
    keys2 = [f"2023-{m:02d}" for m in range(7, 13)] + [f"2024-{m:02d}" for m in range(1, 7)]
    base2 = [m23[k] for k in keys2[:6]] + [int(x) for x in np.linspace(15200, 19800, 6)]
    base2[-1] += o[1] - sum(base2)
    sh1 = [["月份", "订单数（个）"]] + [[k, n] for k, n in m23.items()] + [["2023年合计", o[0]]]
    sh2 = [["月份", "订单数（个）"]] + [[k, n] for k, n in zip(keys2, base2)] + [["近一年合计（2023-07-01至2024-06-30）", o[1]]]
    facts += write_xlsx(root, rel, [("2023年自然年", sh1), ("截至填表日前一年", sh2)], {
        1: [Fact("平台订单数量(近一年总量)（个）", str(o[0]), "个", o[0], row_label="2023年合计", component="2023年自然年")],
        2: [Fact("平台订单数量(近一年总量)（个）", str(o[1]), "个", o[1], row_label="近一年合计（2023-07-01至2024-06-30）",
                 component="截至填表日前一年")]}, author, {"A": 40, "B": 16})
    files[rel] = "evidence:other"

    # ---------------------------------------------------------------- 7 patents XLSX, 8 软著 scan
    words = ["订单协同", "柔性排产", "智能仓配", "质量追溯", "需求预测", "包装设计", "冷链监控", "产能匹配"]
    rel = f"{EV}/证明材料-7 专利清单.xlsx"
    pat = ip_rows(rng, s["patents"], words, "patent", lambda y, i: p.company, 2018)
    facts += write_xlsx(root, rel, [("专利清单", [["序号", "专利名称", "专利号", "专利权人", "授权日"]] + pat +
                                     [["合计：18项"]])],
                        {1: [Fact("平台核心软硬件技术获得的专利数量（项）", "18", "项", 18, quote="合计：18项", row_label="合计")]},
                        author, {"A": 10, "B": 44, "C": 22, "D": 30, "E": 14})
    files[rel] = "evidence:patent_list"
    rel = f"{EV}/证明材料-8 软件著作权登记证书清单（扫描件）.pdf"
    sw = ip_rows(rng, s["copyrights"], words, "software", lambda y, i: p.company, 2017)
    rows = [["序号", "软件名称", "登记号", "著作权人", "登记日期"]] + [[str(r[0]), r[1], r[2], r[3], r[4]] for r in sw]
    pages = flow([("h", "计算机软件著作权登记证书清单"), ("p", "共64项"), ("t", rows, [0.08, 0.4, 0.18, 0.22, 0.12], 7.5)])
    facts += write_scan_pdf(root, rel, pages, [Fact("平台核心软硬件技术获得的软著数量（个）", "64", "项", 64, quote="共64项", page=1)],
                            [Stamp(len(pages) - 1, "seal", p.company, 0.7, 0.75)], seed + 35, pid)
    files[rel] = "evidence:patent_list"

    # ---------------------------------------------------------------- 9 device + cloud statistics (text PDF)
    rel = f"{EV}/证明材料-9 设备接入与云资源统计.pdf"
    dev, pub, run, ovs = s["devices"]
    cl = s["cloud"]
    pages = [[("h", "平台设备接入统计（截至2024年6月30日）"),
              ("t", [["设备类别", "接入（台/套）", "公有云接入", "公有云日均运行"]] +
               [[c, str(s["dev_cat"][c]), str(s["pub_cat"][c]), str(s["run_cat"][c])] for c in s["dev_cat"]] +
               [["总计", str(dev), str(pub), str(run)]], [0.34, 0.22, 0.22, 0.22]),
              ("t", [["海外国家", "接入（台/套）"]] + [[c, str(n)] for c, n in s["ovs"].items()] + [["海外小计", str(ovs)]], [0.5, 0.5]),
              ("h2", "云资源与存储"),
              ("t", [["项目", "数值"], ["云服务器（台）", f"{cl['servers']:.2f}"], ["其中公有云服务器（台）", str(cl["public_servers"])],
                     ["存储容量（TB）", f"{cl['capacity']:.2f}"], ["存储工业数据量（TB）", f"{cl['data']:.2f}"],
                     ["公有云数据总量（TB）", f"{cl['public_data']:.2f}"]], [0.6, 0.4])]]
    facts += write_text_pdf(root, rel, pages, [
        Fact("连接的工业设备/产品/产线种类及数量（台/套）", str(dev), "台/套", dev, quote=f"总计{dev}{pub}{run}", row_label="总计",
             column_label="接入（台/套）"),
        Fact("公有云工业设备连接数量（台/套）", str(pub), "台/套", pub, quote=f"总计{dev}{pub}", row_label="总计", column_label="公有云接入"),
        Fact("公有云工业设备平均日运行数量（台/套）", str(run), "台/套", run, quote=f"{pub}{run}", row_label="总计", column_label="公有云日均运行"),
        Fact("海外设备连接数量（台/套）", str(ovs), "台/套", ovs, quote=f"海外小计{ovs}", row_label="海外小计"),
        Fact("平台实际用云量（台）", f"{cl['servers']:.2f}", "台", cl["servers"], row_label="云服务器（台）"),
        Fact("存储容量（TB）", f"{cl['capacity']:.2f}", "TB", cl["capacity"], row_label="存储容量（TB）"),
        Fact("存储工业数据量（TB）", f"{cl['data']:.2f}", "TB", cl["data"], row_label="存储工业数据量（TB）")])
    files[rel] = "evidence:device_list"

    # ---------------------------------------------------------------- application documents
    attachments = [("证明材料-1 2023年度审计报告", "共5页，专项说明第5页"), ("证明材料-2 平台运营大屏截图", "PNG"),
                   ("证明材料-3 社会保险缴费证明（上海河姆渡实业发展有限公司）", "扫描件"), ("证明材料-4 社会保险缴费证明（上海河姆渡数字科技有限公司）", "扫描件"),
                   ("证明材料-5 平台服务企业名单（扫描件）", "扫描件"), ("证明材料-6 平台订单统计导出", "XLSX，两个口径"),
                   ("证明材料-7 专利清单", "XLSX"), ("证明材料-8 软件著作权登记证书清单（扫描件）", "扫描件"), ("证明材料-9 设备接入与云资源统计", "第1页")]
    forms.contact_docx(p, root / "附件1 联系人信息反馈表.docx")
    files["附件1 联系人信息反馈表.docx"] = "联系人表"
    forms.form_docx_split(p, root / "附件2 申报表.docx", split=False)
    files["附件2 申报表.docx"] = "申报表"
    forms.form_scan(p, root / "附件2 申报表（盖章）.pdf", seed + 1)
    files["附件2 申报表（盖章）.pdf"] = "申报表扫描件"
    forms.book_docx(p, root / "附件3 申报书.docx", book_blocks(p, attachments))
    files["附件3 申报书.docx"] = "申报书"
    notes = {"平台团队总人数（人）": f"含全资子公司{SUB}平台人员{n_sub}人", "平台订单数量(近一年总量)（个）": "按通知要求填写2个数字",
             "平台相关营业收入（万元）": "不含电商自营商品销售收入", "注册企业用户数（个）": "截至2024年6月30日"}
    forms.summary_xlsx_vertical(p, root / "附件4 平台基本情况汇总表.xlsx", notes)
    files["附件4 平台基本情况汇总表.xlsx"] = "汇总表"
    forms.commitment_scan(p, root / "附件5 真实性承诺.pdf", seed + 2)
    files["附件5 真实性承诺.pdf"] = "承诺"

    layout = ["naming:附件N", "evidence_dir:证明材料", "form:docx-horizontal-single-table", "stamped_scan", "audit_unit:元",
              "audit_columns:本期金额/上期金额", "platform_part:专项说明(万元,p5)", "team:two-社保-certificates(applicant+subsidiary)",
              "orders:two-readings-xlsx", "dashboard:today-vs-cumulative", "wan_notation", "patents:xlsx-合计",
              "copyrights:scan-共N项", "enterprise_list:scan-共N家", "summary:xlsx-note-column+blank-rows", "commitment:scan-seal-signature",
              "section7"]
    desc = ("序号20 河姆渡（区域型，2023参评=是）干净包：平台团队由申报单位与全资子公司人员组成，两份社保缴费证明（扫描件，共84人/共42人）相加等于平台团队总人数；"
            "订单导出含2023年自然年与截至填表日前一年两个口径；审计报告（元）第5页为平台专项说明（万元）；大屏截图“今日订单”与累计数并列、注册企业1.27万；"
            "软著清单扫描件“共64项”；服务企业名单扫描件“共3,426家”；第七章对比2023年7月数据；汇总表带备注列与空行。")
    return p, files, facts, layout, desc
