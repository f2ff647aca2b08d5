"""h13_tansuo_problems — 附件6 序号27, 上海碳索能源服务股份有限公司 (subsidiary of a group), 6 planted problems."""

from __future__ import annotations

import shutil

import docs
import finance
import lib
import narrative
import synth
from common import pkg_dir, write_truth
from lib import P, Spacer, T, TA_CENTER, TA_RIGHT, build_pdf, mm
from model import Package, growth

PID = "h13_tansuo_problems"
GROUP = "碳索智慧能源集团有限公司"


def build():
    pkg = Package(PID, 27, "零碳绿色工厂综合数智化管理平台", "上海碳索能源服务股份有限公司", False,
                  declared_name="碳索零碳工厂数智化管理平台")
    pkg.style = {"docx_font": "宋体"}
    pkg.info = dict(
        uscc="91310104MA1FR6YT3N", founded="2015年9月2日", reg_addr="上海市徐汇区，上海市徐汇区虹漕路88号",
        type="股份有限公司（非上市）", capital="人民币12,000万元",
        business="工业节能与碳管理服务、合同能源管理、能源管理系统及零碳工厂数字化平台",
        legal="林振华", contact="许清扬", contact_title="平台运营中心主任", phone="13917508263", fax="021-64870000",
        email="xuqy@tansuo-zc.example.com", contact2="丁雨桐", contact2_title="项目申报专员", phone2="13918396401",
        email2="dingyt@tansuo-zc.example.com", venue="上海市徐汇区虹漕路88号B座15楼碳索展示中心",
        url="https://zerocarbon.tansuo.example.com", account="pingshen_2024", password="Ts$Zero2024",
        build_time="2020.07-2023.12", build_time_text="2020年7月至2023年12月", build_mode="自建", build_mode_text="☑自建　□合作共建",
        op_mode="联合运营", op_mode_text="□自运营　☑联合运营　□委托运营", iaas_text="☑自建　□租用，服务商名称（必填）：",
        deploy="边缘侧、私有云、公有云", deploy_text="☑边缘侧　☑私有云　☑公有云　□混合云",
        form_date="2024年7月20日", commit_date="二〇二四年七月二十日", shot_time="2024-07-16 14:05", ip_date="2024年6月30日",
        holders=[[GROUP, "人民币8,400万元", "70.00%"], ["上海碳索员工持股合伙企业（有限合伙）", "人民币1,800万元", "15.00%"],
                 ["上海绿色低碳产业投资基金合伙企业（有限合伙）", "人民币1,800万元", "15.00%"]],
        oper_note="（本公司）",
        oper=dict(assets="86,420.37", revenue="41,862.05", growth="21.36", debt="52.18", profit="3,346.12", tax="1,986.40"),
        intro=("零碳绿色工厂综合数智化管理平台（碳索零碳工厂数智化管理平台）面向工业企业提供能源在线监测、能效诊断、碳排放核算、"
               "碳足迹、光储充一体化调度及零碳工厂评价等服务，连接空压机、锅炉、冷水机组、变配电、光伏逆变器、储能等能源设备，"
               "服务汽车零部件、电子、化工、食品等行业客户，并通过泰国、马来西亚、越南合作伙伴服务海外工厂。"),
        effect=("平台围绕工业企业“双碳”目标，解决能源数据分散、能耗底数不清、碳排放核算难、节能改造效果难以量化等痛点。"
                "对制造业数字化转型而言，平台把能源管理从“月度抄表、事后统计”转变为“分钟级监测、事前预测、闭环优化”，"
                "使能源与碳数据成为企业生产管理的基础数据，带动企业同步推进设备联网、工艺优化和精益管理。"
                "在园区层面，平台为7个工业园区建设园区级能碳管理中心，实现园区企业能耗与碳排放的统一监测、分析预警和绿电消纳协同，"
                "支撑园区开展零碳园区创建和产业招商评价。" +
                "截至填表日，平台累计帮助客户实现节能量约18.6万吨标准煤，减少二氧化碳排放约48.5万吨，平均降低单位产品能耗8.2%，"
                "打造零碳（近零碳）工厂示范23家，带动节能服务、光伏储能、碳资产管理等上下游企业协同发展。平台形成了“监测—诊断—改造—"
                "运营—认证”的闭环服务模式，帮助中小企业以较低成本开展碳管理，推动制造业绿色低碳转型；平台数据接入上海市工业碳管理公共服务"
                "平台，支撑政府部门开展重点用能单位监测与碳达峰评估。同时，平台通过合同能源管理、节能效益分享等商业模式，实现了平台运营方、"
                "用能企业与金融机构的多方共赢，经济效益和社会效益显著，具有较强的可复制推广价值。平台还建立了零碳工厂评价指标体系，"
                "覆盖能源结构、能效水平、碳排放强度、绿色电力消费比例、碳抵消等维度，已为长三角地区近百家企业提供零碳工厂评价咨询，"
                "并与多家金融机构合作推出基于平台碳数据的绿色信贷产品，累计撬动绿色融资约6.8亿元。"),
    )
    p = dict(
        nature="专业型（能源与碳管理）工业互联网平台", build_amount=3860.00,
        rev={2020: 1625.30, 2021: 2186.50, 2022: 2938.72, 2023: 5216.80},
        team=(138, 86, 52, 97), rd=736.40, profit=462.18,
        users=(4260, 1872, 684, 812, 1526),
        devices=(15360, 3980, 4260),
        dev_cats=[("动力设备", 38), ("电力设备", 34), ("仪器仪表", 18), ("其他", 10)],
        dev_regions=[("上海", 36), ("江苏", 22), ("浙江", 16), ("安徽", 10), ("广东", 8), ("山东", 8)],
        overseas={"泰国Thailand": 162, "马来西亚Malaysia": 108, "越南Vietnam": 66},
        protocols=126, sw_total=142, app=(118, 80),
        app_cats=[("节能减排", 50), ("运维服务", 20), ("安全生产", 10), ("运营管理", 12), ("质量管控", 8)],
        app_inds=[("汽车", 22), ("电子", 22), ("石化化工", 18), ("食品", 14), ("机械", 14), ("电力、热力和燃气", 10)],
        app_mau=86, killer=(5, 1840, 15620, 32.80), pub_app=(72, 41),
        cloud=(96.00, 52), storage=(600.00, 338.40, 142.60),
        models=(186, 104, 560), model_w=[35, 10, 45, 10], speed=("秒级（每TB能耗时序数据约3秒）", "秒级"),
        ms=(742, 418), dev=(2380, 526),
        svc_inds=[("汽车", 22), ("电子", 20), ("石化化工", 16), ("食品", 12), ("机械", 14), ("电力、热力和燃气", 8), ("其他", 8)],
        svc_regions=[("江苏", 30), ("浙江", 24), ("安徽", 14), ("广东", 12), ("山东", 10), ("湖北", 10)],
        svc_overseas={"泰国Thailand": 21, "马来西亚Malaysia": 14, "越南Vietnam": 9},
        orders={"2023年自然年": 5862, "截至填表日前一年": 6310}, trade_growth=31.26,
        subs=(4120, 2260, 1862.40), util=74.60, guochan=86.00, factories=4, parks=7,
        solutions=(28, [6, 2, 5, 7, 2, 6]), vcpe=True, effects=(14.60, 12.85, 11.30), indices=4,
        patents=21, softs=39, jobs=260, social=19.62, partners=7,
        open_data="以API接口、碳排放因子库和能效对标数据集形式开放：API接口96个、排放因子库1套（2,800余条）、能效对标数据集8个",
        awards=[dict(name="上海市绿色制造服务机构", date="2022年8月", issuer="上海市经济和信息化委员会"),
                dict(name="工业节能与绿色发展评价中心", date="2023年2月", issuer="工业和信息化部节能与综合利用司"),
                dict(name="上海市工业互联网平台创新应用案例", date="2023年11月", issuer="上海市经济和信息化委员会")],
    )
    wrong_g2021 = 36.80  # planted: 2186.50 / 1625.30 - 1 = 34.53%
    synth.fill(pkg, p, seed=2700)
    pkg.rev_growth_override[2021] = wrong_g2021
    th = theme(pkg)
    synth.texts(pkg, th)
    pkg.t["jiangxiang"] = synth.award_answer(p["awards"])
    pkg.t["shangshi"] = "是，2022年获得上海绿色低碳产业投资基金战略投资"

    root = pkg_dir(pkg)
    shutil.rmtree(root, ignore_errors=True)
    E = "3_证明材料/"
    F = {
        "audit": E + "3.1_2023年度审计报告.pdf",
        "group": E + "3.2_集团2023年度合并财务数据摘要及数字能源板块说明.pdf",
        "test": E + "3.3_第三方检测评估报告.pdf",
        "contracts": E + "3.4_2023年度平台业务合同清单.pdf",
        "overseas": E + "3.5_Overseas Partner Statement（海外合作伙伴说明）.pdf",
        "letters": E + "3.6_客户服务证明函.pdf",
        "shot": E + "3.7_平台驾驶舱截图.png",
        "ip": E + "3.8_知识产权清单.pdf",
        "devices": E + "3.9_设备接入统计表.xlsx",
    }
    proof = {"平台相关营业收入（万元）": "3.2（集团板块数据）", "平台相关研发投入（万元）": "3.1 第6页", "平台利润率（%）": "3.1 第6页",
             "海外设备连接数量（台/套）": "3.5", "其中：海外设备连接数量（台/套）": "3.5",
             "连接的工业设备/产品/产线种类及数量（台/套）": "3.3、3.9", "平台是否服务上海智能工厂，数量": "3.6",
             "注册企业用户数（个）": "3.7", "平台核心软硬件技术获得的专利数量（项）": "3.8", "平台核心软硬件技术获得的软著数量（个）": "3.8"}
    N1, N2, N2S = "1_联系人信息反馈表.docx", "2_申报表.xlsx", "2_申报表（盖章扫描）.pdf"
    N3, N4, N5 = "3_申报书.pdf", "4_平台基本情况汇总表.docx", "5_真实性承诺.docx"
    docs.lianxiren_docx(pkg, root / N1)
    docs.shenbaobiao_xlsx(pkg, root / N2, proof)
    docs.shenbaobiao_scan(pkg, root / N2S, proof, seed=2711, seal_text=pkg.company)
    docs.huizong_docx(pkg, root / N4)
    docs.chengnuo_docx(pkg, root / N5)
    pkg.files.update({N1: "联系人表", N2: "申报表", N2S: "申报表扫描件", N4: "汇总表", N5: "承诺"})

    own = {2021: 2186.50, 2022: 2938.72, 2023: 3864.05}
    rd, prof = 736.40, 462.18
    a = dict(firm="上海信永会计师事务所有限公司", report_no="信永审（2024）0588号", date_cn="2024年4月12日",
             period="2023年度", period_cn="2023年度", bs_date="2023-12-31", bs_date_cn="2023年12月31日",
             columns=("本期金额", "上期金额"), cpa=("钱国栋", "罗敏"),
             bs=[("货币资金", 96204315.88, 81230662.40), ("应收账款", 182640513.26, 150328804.17), ("资产总计", 864203718.55, 742116305.80),
                 ("负债合计", 450941227.63, 389620145.22)],
             pl=[("一、营业收入", 418620518.36, 344912083.71), ("减：营业成本", 318402266.15, 262405810.33), ("研发费用", 15820644.30, 13064218.52),
                 ("二、营业利润", 32862015.40, 26310844.26), ("三、利润总额", 33461208.72, 26985307.15), ("四、净利润", 28618402.36, 23011842.60)],
             related_text=[f"本公司母公司为{GROUP}（持股70.00%）。集团内其他成员企业亦从事能源管理软件业务，与本公司平台业务相互独立核算。",
                           "2023年度本公司向集团内成员企业提供平台服务取得收入如下，已包含在平台相关营业收入中。"],
             related=[("碳索（江苏）综合能源服务有限公司", "同受母公司控制", "平台能源监测SaaS服务", 2864500.00),
                      ("碳索储能科技（上海）有限公司", "同受母公司控制", "光储调度平台服务", 1420380.00)],
             platform_title="零碳绿色工厂综合数智化管理平台业务财务数据专项说明",
             platform_text=["本公司对平台业务单独设置核算辅助账。平台相关营业收入指通过平台直接订阅的能源监测、碳管理SaaS、"
                            "能效诊断及数据服务收入，不包括合同能源管理项目节能效益分享收入及设备销售收入。"],
             platform_table=dict(unit_line="单位：万元",
                                 header=["项目", "2021年度", "2022年度", "2023年度"],
                                 rows=[["平台相关营业收入", f"{own[2021]:,.2f}", f"{own[2022]:,.2f}", f"{own[2023]:,.2f}"],
                                       ["平台营业成本", "1,702.64", "2,261.08", "2,968.31"],
                                       ["平台相关研发投入", "502.18", "618.62", f"{rd:,.2f}"],
                                       ["平台利润总额", "236.40", "328.15", f"{prof:,.2f}"]],
                                 widths=[56, 38, 38, 38]),
             platform_after=["注：2020年度平台相关营业收入为1,625.30万元。"])
    pages = finance.audit_pdf(pkg, root / F["audit"], a)
    pkg.files[F["audit"]] = "evidence:audit_report"
    pg = pages["platform"]
    pkg.fact("平台相关营业收入（万元）", "3,864.05", "万元", 3864.05, F["audit"], pg, "3,864.05", "平台相关营业收入", "2023年度")
    pkg.fact("平台近三年经营指标情况", "2,938.72", "万元", 2938.72, F["audit"], pg, "2,938.72", "平台相关营业收入", "2022年度",
             component="2022年平台营收（万元）")
    pkg.fact("平台近三年经营指标情况", "2,186.50", "万元", 2186.50, F["audit"], pg, "2,186.50", "平台相关营业收入", "2021年度",
             component="2021年平台营收（万元）")
    pkg.fact("平台近三年经营指标情况", "1,625.30", "万元", 1625.30, F["audit"], pg, "1,625.30", "2020年度平台相关营业收入", "",
             component="2020年平台营收（万元）")
    pkg.fact("平台相关研发投入（万元）", "736.40", "万元", 736.40, F["audit"], pg, "736.40", "平台相关研发投入", "2023年度")
    pkg.fact("平台利润率（%）", "462.18", "万元", 462.18, F["audit"], pg, "462.18", "平台利润总额", "2023年度", component="平台利润总额（万元）")
    pkg.fact("投资回报率（%）", "462.18", "万元", 462.18, F["audit"], pg, "462.18", "平台利润总额", "2023年度", component="平台年利润（万元）")

    # group summary (scan): 集团合并 / 本公司 / 数字能源板块, 亿元 two decimals and 万元 in the header
    st = [Spacer(1, 8 * mm), P(GROUP, size=17, align=TA_CENTER, lead=26),
          P("二〇二三年度合并财务数据摘要及数字能源板块情况说明", size=13, align=TA_CENTER, lead=22), Spacer(1, 5 * mm),
          P(f"{GROUP}下属从事能源数字化业务的企业共3家（含上海碳索能源服务股份有限公司），集团将其作为“数字能源板块”统一管理。"
            "现将集团二〇二三年度主要财务数据摘要说明如下：", size=11, lead=20, indent=22),
          T([["项目", "集团合并", "上海碳索能源服务股份有限公司（本公司）", "数字能源板块（合计）"],
             ["营业收入（万元）", "186,205.42", "41,862.05", "5,216.80"],
             ["利润总额（万元）", "12,846.30", "3,346.12", "688.24"],
             ["资产总额（万元）", "412,630.18", "86,420.37", "—"]], [40, 38, 52, 40], size=10),
          Spacer(1, 3 * mm),
          P("说明：1.集团合并营业收入18.62亿元，其中数字能源板块营业收入0.52亿元，包括本公司平台业务及碳索（江苏）综合能源服务有限公司、"
            "碳索储能科技（上海）有限公司的能源管理软件业务，已抵销板块内部交易；2.本公司平台业务数据以本公司审计报告专项说明为准。",
            size=10, lead=18),
          Spacer(1, 20 * mm), P(f"{GROUP}　财务管理部（盖章）", size=11, align=TA_RIGHT), P("2024年6月28日", size=11, align=TA_RIGHT)]
    docs.story_scan(root / F["group"], st, seed=2712, seals={0: [(0.75, 0.66, 140, GROUP, "财务专用章")]})
    pkg.files[F["group"]] = "evidence:other"

    lab = dict(name="上海绿衡能源计量检测技术有限公司", short="绿衡检测", addr="上海市闵行区剑川路951号", tel="021-64300000",
               period="2024年6月24日至6月28日", env="生产环境、只读测试账号", people=("潘悦", "吴志远", "孔令华"))
    items = [("能源设备接入数量", "≥10,000台/套", "15,360台/套", "符合"), ("工业APP数量", "≥100个", "118个", "符合"),
             ("能源/碳核算机理模型数量", "≥150个", "186个", "符合"), ("微服务数量", "≥500个", "742个", "符合"),
             ("平均响应时间", "≤1,000ms", "312ms", "符合"), ("碳排放核算准确度", "偏差≤5%", "2.1%", "符合")]
    tp = docs.test_report_pdf(pkg, root / F["test"], lab, "LH-NY-2024-0624", "2024年7月3日", items)
    pkg.files[F["test"]] = "evidence:other"
    for lab_, idx, unit, n in [("连接的工业设备/产品/产线种类及数量（台/套）", 0, "台/套", 15360), ("工业APP数量（个）", 1, "个", 118),
                               ("工业机理模型数量（个）", 2, "个", 186), ("微服务数量（个）", 3, "个", 742)]:
        pkg.fact(lab_, items[idx][2], unit, n, F["test"], tp, items[idx][2], items[idx][0], "检测结果")

    # contract list as a text PDF, 合计 line = applicant's own platform revenue
    customers = ["上汽变速器（上海）有限公司", "上海华力微电子有限公司", "上海赛科石油化工有限责任公司", "光明乳业华东中心工厂",
                 "江苏汽车零部件有限公司", "浙江电子材料有限公司", "安徽食品加工有限公司", "碳索（江苏）综合能源服务有限公司",
                 "碳索储能科技（上海）有限公司", "Siam Auto Parts Co., Ltd."]
    rows = docs.contract_rows(2713, customers, own[2023], 34, amount_factor=(1.0, 1.5))
    tot_amt = round(sum(r["amount"] for r in rows), 2)
    tot_rec = round(sum(r["recognised"] for r in rows), 2)
    body = [[k + 1, r["no"], r["customer"], r["date"], f"{r['amount']:,.2f}", f"{r['recognised']:,.2f}"] for k, r in enumerate(rows)]
    body.append(["合计", "", "", "", f"{tot_amt:,.2f}", f"{tot_rec:,.2f}"])
    build_pdf(root / F["contracts"], [P(f"{pkg.company}", size=11), P("2023年度平台业务合同清单", size=15, align=TA_CENTER, lead=24),
                                     P("（金额单位：万元）", size=9.5, align=TA_RIGHT),
                                     T([["序号", "合同编号", "客户名称", "签订日期", "合同金额", "本年确认收入"]] + body,
                                       [10, 26, 58, 22, 26, 28], size=8.5, align_right_cols=(4, 5), span=[((0, len(body)), (3, len(body)))]),
                                     Spacer(1, 3 * mm),
                                     P("注：本年确认收入为不含税金额，与审计报告专项说明中的平台相关营业收入一致。", size=9)],
              footer=lambda n: f"{n}")
    pkg.files[F["contracts"]] = "evidence:other"
    cp = next(k for k, t in enumerate(lib.pdf_page_texts(root / F["contracts"]), 1) if "合计" in t)
    pkg.fact("平台相关营业收入（万元）", f"{tot_rec:,.2f}", "万元", own[2023], F["contracts"], cp, f"{tot_rec:,.2f}", "合计", "本年确认收入")

    # overseas bilingual: total 296 (declared 336)
    o = dict(issuer="Tansuo Energy Services (Thailand) Co., Ltd.", issuer_addr="999/9 Rama I Road, Pathumwan, Bangkok 10330 · tansuo-th.example.com",
             title_en="Partner Statement on Devices Connected to the Tansuo Zero-Carbon Factory Platform",
             title_cn="海外合作伙伴关于接入碳索零碳工厂平台设备情况的说明",
             intro_en="As the platform's regional partner, we confirm the following as of 30 June 2024 (data from the regional tenant console).",
             intro_cn="作为平台区域合作伙伴，现确认截至2024年6月30日区域租户后台统计数据如下。",
             devices=[("泰国Thailand", 7, 142, 142, "空压机、冷水机组"), ("马来西亚Malaysia", 4, 96, 96, "光伏逆变器、储能"),
                      ("越南Vietnam", 3, 58, 58, "锅炉、变配电")],
             customers=[("泰国Thailand", 21, 12, "汽车零部件、食品"), ("马来西亚Malaysia", 14, 8, "电子"), ("越南Vietnam", 9, 5, "纺织、食品")],
             notes=["备注：海外设备均通过平台公有云区域节点（新加坡）接入，设备所属地按设备所属企业注册地统计。",
                    "Note: figures exclude devices under commissioning (not yet uploading data)."],
             signer="Somchai Ratanakul", signer_title="Country Manager", date="2024-07-05")
    finance.overseas_pdf(pkg, root / F["overseas"], o)
    pkg.files[F["overseas"]] = "evidence:device_list"
    pkg.fact("海外设备连接数量（台/套）", "296", "台/套", 296, F["overseas"], 1, "296", "Total 合计", "Devices connected (units)")

    letters = [dict(customer=c, service_short=s, date=d,
                    body=f"兹证明，我公司（{addr}）为上海市级智能工厂，自{y}年起使用贵公司零碳绿色工厂综合数智化管理平台提供的{s}服务，"
                         "能耗与碳排放数据实现在线监测与分析，服务情况属实。")
               for c, addr, s, d, y in [("上汽变速器（上海）有限公司", "上海市嘉定区", "能源在线监测与能效诊断", "2024年6月6日", 2021),
                                        ("上海华力微电子有限公司", "上海市浦东新区", "碳排放核算与碳足迹", "2024年6月13日", 2022),
                                        ("上海赛科石油化工有限责任公司", "上海市浦东新区", "蒸汽与空压系统优化", "2024/06/17", 2022),
                                        ("光明乳业华东中心工厂", "上海市闵行区", "冷链能耗管理与光伏调度", "2024年6月21日", 2023)]]
    docs.letters_scan(pkg, root / F["letters"], F["letters"], letters, 2714, "上海市级智能工厂客户证明函")
    pkg.files[F["letters"]] = "evidence:other"
    pkg.fact("平台是否服务上海智能工厂，数量", "共4份", "份", 4, F["letters"], 1, "（共4份）", "上海市级智能工厂客户证明函", image_only=True)

    tiles = [("接入能源设备", "15,360", "台/套"), ("服务企业", "1,872", "家"), ("注册企业", "4,260", "家"), ("碳核算模型", "186", "个"),
             ("累计减碳", "48.5万", "吨CO₂"), ("海外设备", "296", "台/套")]
    docs.dashboard_png(pkg, root / F["shot"], F["shot"], "碳索零碳工厂 · 能碳驾驶舱", tiles, 2715)
    pkg.files[F["shot"]] = "evidence:screenshot"
    S = F["shot"]
    pkg.fact("连接的工业设备/产品/产线种类及数量（台/套）", "15,360", "台/套", 15360, S, 1, "15,360", "接入能源设备", image_only=True)
    pkg.fact("实际服务企业数（个）", "1,872", "家", 1872, S, 1, "1,872", "服务企业", image_only=True)
    pkg.fact("注册企业用户数（个）", "4,260", "家", 4260, S, 1, "4,260", "注册企业", image_only=True)
    pkg.fact("工业机理模型数量（个）", "186", "个", 186, S, 1, "186", "碳核算模型", image_only=True)
    pkg.fact("海外设备连接数量（台/套）", "296", "台/套", 296, S, 1, "296", "海外设备", image_only=True)

    patents = docs.gen_patents(2716, 21, ["一种工业企业碳排放在线核算", "空压站群控节能", "光储充协同调度", "能效诊断知识图谱", "冷水机组负荷预测"])
    softs = docs.gen_softs(2717, 39, ["碳索能源管理", "碳排放核算", "碳足迹评价", "零碳工厂评价", "光储调度", "能效诊断"])
    docs.ip_list_pdf(pkg, root / F["ip"], patents, softs)
    pkg.files[F["ip"]] = "evidence:patent_list"
    pkg.fact("平台核心软硬件技术获得的专利数量（项）", "21", "项", 21, F["ip"], 1, "发明专利及实用新型专利（共21项）", "一、发明专利及实用新型专利")
    ip_texts = lib.pdf_page_texts(root / F["ip"])
    sp = next(k for k, t in enumerate(ip_texts, 1) if "共39项" in t.replace(" ", ""))
    pkg.fact("平台核心软硬件技术获得的软著数量（个）", "39", "项", 39, F["ip"], sp, "计算机软件著作权（共39项）", "二、计算机软件著作权")

    tot, pub, run = docs.device_xlsx(pkg, root / F["devices"], "设备二级分类（附录A）", date_note="截至2024年7月15日")
    pkg.files[F["devices"]] = "evidence:device_list"
    pkg.fact("连接的工业设备/产品/产线种类及数量（台/套）", str(tot), "台/套", tot, F["devices"], 1, str(tot), "合计", "接入设备数（台/套）")
    pkg.fact("公有云工业设备连接数量（台/套）", str(pub), "台/套", pub, F["devices"], 1, str(pub), "合计", "其中：公有云接入（台/套）")

    flist = [(F[k].split("/")[-1].rsplit(".", 1)[0], pgs) for k, pgs in
             [("audit", "1-6"), ("group", "1"), ("test", "1-4"), ("contracts", "1-2"), ("overseas", "1"), ("letters", "1-5"),
              ("shot", "1"), ("ip", "1-2"), ("devices", "—")]]
    secs = narrative.sections(pkg, th, flist)
    docs.shenbaoshu_pdf(pkg, root / N3, secs, font="STSong-Light")
    pkg.files[N3] = "申报书"

    pkg.problem("declared_vs_evidence", ["平台相关营业收入（万元）"], [N2, F["audit"], F["group"]], "error",
                "申报表填报平台相关营业收入 5216.80 万元（“平台近三年经营指标情况”2023年同为5216.80万元），该数为集团“数字能源板块”合计数"
                "（含集团内另两家企业）；申报单位审计报告专项说明2023年度平台相关营业收入为 3,864.05 万元，合同清单本年确认收入合计亦为 3,864.05 万元")
    pkg.problem("subset", ["公有云工业设备平均日运行数量（台/套）", "公有云工业设备连接数量（台/套）"], [N2], "error",
                "公有云工业设备平均日运行数量 4260 台/套大于公有云工业设备连接数量 3980 台/套（前者是后者的“其中”项）")
    pkg.problem("declared_vs_evidence", ["海外设备连接数量（台/套）", "按海外国家分类统计海外设备连接数量（台/套）"], [N2, F["overseas"]], "warning",
                "申报表填报海外设备连接数量 336 台/套（泰国Thailand 162、马来西亚Malaysia 108、越南Vietnam 66），海外合作伙伴说明截至2024年6月30日"
                "合计 296 台/套（142/96/58），驾驶舱截图“海外设备 296”；统计时点不同，差异需说明")
    pkg.problem("growth_rate", ["平台近三年经营指标情况"], [N2], "error",
                f"2021年增长率填报 36.80%，由2020年营收 1625.30 万元与2021年营收 2186.50 万元计算应为 {growth(1625.30, 2186.50):.2f}%")
    pkg.problem("char_limit", ["平台建设成效"], [N2], "warning",
                f"申报表“平台建设成效”共 {len(pkg.info['effect'])} 字，超过“500字以内”的要求")
    pkg.problem("platform_name", ["平台名称"], [N2, N3], "warning",
                "申报表平台名称为“碳索零碳工厂数智化管理平台”，与附件6名单（序号27）“零碳绿色工厂综合数智化管理平台”不一致，且未按要求注明平台原名称+现名称")
    write_truth(pkg, "序号27 碳索（集团控股子公司）：审计报告本期/上期两列与平台专项说明（万元，附2020年数）、关联方收入、集团合并/本公司/数字能源板块三口径摘要"
                     "（万元表头、亿元两位小数）、第三方检测报告、PDF合同清单、英中双语海外合作伙伴说明、4份智能工厂证明函、驾驶舱截图、XLSX申报表、"
                     "DOCX汇总表与承诺、PDF申报书。",
                ["evidence_dir:3_证明材料", "naming:N_", "form:xlsx+stamped_scan", "columns:levels+content+actual+proof", "summary:docx",
                 "commitment:docx", "shenbaoshu:pdf", "audit_columns:本期金额/上期金额", "platform_part:专项说明(万元)",
                 "group:集团合并+本公司+板块", "related_party_note", "amounts:亿元2位", "test_report:text", "letters:scan",
                 "contract_list:pdf", "bilingual:overseas", "screenshots:png", "name_change:undeclared"],
                [pkg.info["password"]])
    return pkg


def theme(pkg):
    v = pkg.v
    return dict(
        abbr="碳索", abbr_code="TS",
        dingwei="面向工业企业零碳转型的能源与碳排放一体化数智管理专业型工业互联网平台",
        zhengce="1.工业和信息化部等《工业领域碳达峰实施方案》：推进重点行业数字化碳管理；2.上海市《上海市工业领域碳达峰实施方案》：建设工业碳管理服务体系",
        corp_plan="碳索能源2023—2027年发展战略", special_plan="零碳工厂数智化平台三年发展规划（2024—2026）",
        qita_ziyuan="平台汇聚排放因子2,800余条、能效对标数据约12万条、节能技术案例1,600余个、绿电交易资源信息等。",
        bianyuan="支持数据采集、数据存储、网络传输、智能分析及本地控制；边缘计算应用节点数1,260个；最低响应时延10毫秒。",
        qita_caiji="通过接口采集客户EMS、MES、ERP系统及电网、燃气计量数据。",
        suanli="自建私有云服务器44台（1,408vCPU）及公有云区域节点52台",
        suanfa="基础算法、聚类算法、分类算法、预测与估算算法、关联分析算法、优化调度算法",
        shangshi="是", zizhu="能碳核算引擎、负荷预测与优化调度算法自主研发，自主可控。",
        xiaoyi="3个案例平均新增节能收益约860万元/年。", chengben="3个案例平均降低运维成本14.60%，能耗下降12.85%。",
        wajue="基于能源时序数据构建负荷预测、能效对标和碳排放核算模型，沉淀节能工艺知识库。",
        gongyinglian="平台支持链主企业对供应商开展碳足迹数据收集与核查，带动供应链绿色协同。",
        xinjishu="融合AI、边缘计算、数字孪生技术，实现能源系统仿真优化。",
        tupo="自研能碳一体化核算引擎，核算偏差≤3%。",
        tan="提供碳计算/核算、碳足迹、碳排放监测、碳资产管理、碳效评价服务，已服务企业1,200余家。",
        biaoshi="接入国家标识解析二级节点（能源行业），实现设备与产品碳标识。",
        biaozhun="参与制定国家标准1项、行业标准2项（零碳工厂评价相关）。",
        gongxian="支撑本市工业领域碳达峰工作，服务重点用能单位监测。",
        kaifang="向产业链开放排放因子库、能效对标数据和碳核算应用功能。",
        kuapingtai="与上海市工业碳管理公共服务平台、电网平台实现数据互通。",
        xinmoshi="培育“平台+合同能源管理+绿色金融”新模式。",
        bench=["同类能碳平台（研发投入千万元级）", "同类平台（设备约1万台）", "同类平台（APP约80个）", "同类平台（模型约120个）",
               "同类平台（微服务约500个）", "同类平台（服务企业约1,000家）"],
        company_intro=[f"{pkg.company}成立于2015年，系{GROUP}控股子公司（持股70%），主营工业节能与碳管理服务。2023年本公司营业收入4.19亿元。"],
        platform_intro=["平台（附件6名单名称：零碳绿色工厂综合数智化管理平台）于2020年7月启动建设，2023年12月建成，采用自建、联合运营方式。"],
        arch=["平台由边缘采集层、能碳数据中台、模型与算法层、应用层构成。"],
        ops=[f"截至填表日，平台注册企业{v['注册企业用户数（个）']}家，实际服务企业{v['实际服务企业数（个）']}家，海外服务泰国、马来西亚、越南3个国家。"],
        innov="创新点：能碳一体化核算、光储充协同调度、零碳工厂评价体系。",
        effect_paras=["平台累计帮助客户减少二氧化碳排放约48.5万吨。"],
        app_innov="应用创新点：平台+合同能源管理+绿色金融。",
        plan=["下一步拓展东南亚市场，建设能碳大模型。"],
        cases=[("碳索零碳工厂平台——汽车零部件能效提升", "某汽车零部件企业。", "平台提供能效诊断。", "单位产品能耗下降11%。"),
               ("碳索零碳工厂平台——半导体碳足迹", "某半导体企业。", "平台提供碳足迹核算。", "完成产品碳足迹认证。"),
               ("碳索零碳工厂平台——乳品冷链节能", "某乳品工厂。", "平台提供冷链能耗管理。", "冷链能耗下降14%。")],
        sec7=[], sec7_na="",
    )
