"""h44c — 序号30 时尚消费品领域工业互联网平台 (上海识装信息科技有限公司, 2023参评 -), a foreign-invested applicant.

The audit report has Chinese statements and an English summary page (Revenue / Main business revenue / R&D expenses /
Total profit); the platform schedule proves only 平台主营业务收入 (Main business revenue). Dashboards in English with
abbreviations (SaaS, DAU, MAU, API calls). Device ledger XLSX with 终端接入规模 / 设备上云数量.
Problems: 营业收入 declared above the 主营业务收入 proof (declared_vs_evidence, warning), 研发投入强度 computed on
主营业务收入 (formula, error), 「近3,000台」 in the 申报书 vs 3,412 (narrative_vs_form, warning),
dashboard Registered Enterprises 2,180 vs 2,810 (screenshot_vs_form, warning).
"""

from __future__ import annotations

import random
from pathlib import Path

import lib
from common import add, applicant_docs, attachment_list, narrative, pdf_fact
from derive import base_texts, derive
from evidence import (audit_cover, audit_opinion, dashboard, device_tables, income_statement, n, patent_rows,
                      soft_rows, wan, xlsx_sheet, yuan)
from model import Pkg

EV = "附件3-佐证材料"


def build(out: Path, scratch: Path) -> Pkg:
    p = Pkg(pid="h44c_shizhuang_problems", list_no=30, listed_name="时尚消费品领域工业互联网平台",
            company="上海识装信息科技有限公司", declared_name="时尚消费品领域工业互联网平台", participated_2023=False,
            short="识装")
    p.description = ("序号30 识装（外商投资企业）：审计报告中文报表+英文摘要页（Revenue、Main business revenue、R&D expenses、"
                     "Total profit），平台专项表只列主营业务收入；英文缩写看板（SaaS、DAU、MAU、API calls）；设备台账XLSX"
                     "（终端接入规模/设备上云数量）。4个问题：营业收入高于所附主营业务收入证明、研发投入强度按主营业务收入计算、"
                     "申报书“近3,000台”对申报3,412、看板Registered Enterprises 2,180对申报2,810。")
    p.layout = ["naming:附件N-名称", "evidence_dir:附件3-佐证材料", "form:docx", "columns:levels+content+actual+proof",
                "stamped_scan", "audit_unit:元+万元", "audit:english-summary-page",
                "platform_part:分部表(仅主营业务收入,万元)", "device_list:xlsx(终端接入规模/设备上云数量)",
                "screenshots:png(english,abbrev)", "ip_list:xlsx", "summary:xlsx-horizontal", "commitment:scan",
                "narrative:docx"]
    p.info = dict(
        nature="行业型工业互联网平台", contact="许嘉文", title="产业数字化中心总监", mobile="13918506247",
        email="xujw@shizhuang.example.com", contact2="Kevin Zhou（周凯）", title2="合规经理", mobile2="13671825930",
        email2="kevin.zhou@shizhuang.example.com", address="上海市杨浦区互联宝地C栋5楼Innovation Hall会议室",
        url="https://fashion-iip.shizhuang.example.com", account="sheitc_demo", password="Sz!Demo2024",
        build_from="2020.01", build_to="2023.12", build_amount=7600.00, construct="合作共建",
        partner="上海云锦数智科技有限公司", ops="联合运营", iaas="租用", iaas_vendor="阿里云计算有限公司",
        deploy=["边缘侧", "公有云"],
        company_info=dict(code="91310110MA1G8YXX5R", founded="2015年7月22日", seat="上海市杨浦区", type="有限责任公司（外商投资企业法人独资）",
                          capital="5,000万美元", business="潮流商品电商服务、品质鉴别与检测服务、供应链与SaaS软件服务",
                          legal="杨冰", fax="021-65089900", equity="外国法人独资（境外控股股东100%持股）",
                          assets="1,126,408.35", main_rev="1,218,465.27", main_growth="11.62", debt="54.18",
                          profit="36,215.40", tax="21,684.53"),
    )
    p.secrets = ["Sz!Demo2024"]
    q = dict(
        code="SZ", rev={2020: 4386.52, 2021: 5126.40, 2022: 6630.18, 2023: 8346.20}, rd=1268.40, profit=1042.36,
        ops_m=96, ops_o=58, qualified=108,
        D=3412, P=2386, R=1542, overseas={"越南Vietnam": 126, "柬埔寨Cambodia": 64},
        cat_w={"轻工设备": 46, "物流设备": 20, "仪器仪表": 18, "机器人": 10, "其他": 6},
        reg_w={"浙江": 26, "广东": 22, "福建": 18, "江苏": 14, "上海": 12, "安徽": 8},
        protocols=48, app_dev=74, app_cloud=38, soft_extra=14,
        app_cat_w={"质量管控": 30, "供应链管理": 24, "生产制造": 20, "研发设计": 14, "仓储物流": 12},
        app_ind_w={"纺织": 56, "轻工": 34, "服务业": 10},
        mau=86, killer_online=2146, killer_times=18620, killer_income=24.66, PA=92, DA=51,
        cloud_use=84.00, cloud_pub=62, cap=420.00, data=247.38, pub_data=176.20,
        M=96, M_active=58, core_users=312,
        model_w={"数据算法模型": 44, "研发仿真模型": 18, "行业机理模型": 22, "业务流程模型": 16},
        speed="毫秒级", speed_cell="毫秒级（每TB商品质检图像特征检索约650毫秒）",
        ms=486, ms_active=301, dev=1260, dev_active=384,
        reg_users=2810, S=1946, paid=628, sme=1612,
        ent_ind_w={"纺织": 48, "轻工": 38, "服务业": 14},
        ent_reg_w={"浙江": 28, "广东": 24, "福建": 18, "江苏": 12, "上海": 10, "安徽": 8},
        orders=(356820, 372406), trade_growth=25.84, subs=3126, killer_subs=1482, sub_amount=986.30, util=68.20,
        local_rate=78.60,
        factories=["上海某服饰有限公司松江智能工厂（松江区），提供柔性供应链协同与质检服务",
                   "上海某鞋业有限公司金山智能工厂（金山区），提供小单快反生产协同服务"],
        parks=6, sol=18, sol_w={"数字化管理": 4, "平台化设计": 3, "网络化协同": 4, "智能化制造": 2, "个性化定制": 3,
                                "服务化延伸": 2},
        vc=(True, "是，公司为外商投资企业，境外控股股东已获得多轮境内外VC/PE投资"),
        maint=12.64, energy=9.18, safety=15.42, indices=4, patents=21, soft=37,
        tech=(True, "是，自研潮流商品AI鉴别与质检模型，鉴别准确率达99%以上，高于行业人工鉴别水平"),
        carbon=(False, "否"),
        ident=(True, "是，接入国家工业互联网标识解析二级节点（纺织服装），为商品赋码并实现溯源"),
        awards=3, jobs=260, social=16.84,
        open_text="以API接口和趋势报告形式开放：开放API接口64个、潮流消费趋势数据报告24期",
        partners=5, edge_nodes=36, latency=30, company_short="识装",
        其他资源="平台汇聚品牌商、代工厂、质检与物流服务资源，入驻品牌1,800余个、合作代工厂260余家、质检中心6个。",
        算力="阿里云通用计算与GPU实例合计约2,800 vCPU、10 TB内存、GPU卡24张，支持弹性扩容。",
        定位="面向时尚消费品行业的行业型工业互联网平台，打通品牌、工厂与消费端数据。",
    )
    derive(p, q)
    # planted: 研发投入强度 computed on 主营业务收入 7,512.85 instead of 营业收入 8,346.20
    main2023 = 7512.85
    p.V["平台相关研发投入强度（%）"] = 16.88
    assert f"{q['rd'] / main2023 * 100:.2f}" == "16.88" and f"{q['rd'] / q['rev'][2023] * 100:.2f}" == "15.20"
    p.T = base_texts(p.declared_name, "时尚消费品行业", q)
    p.T["边缘"] = ("方案支持数据采集、数据存储、网络传输、智能分析及本地质检告警等功能；边缘计算应用节点数36个；"
                   "最低响应时延30毫秒。边缘节点部署在合作代工厂车间，采集缝制、裁床、质检等设备数据后经脱敏上传公有云。")
    p.T["介绍"] = ("时尚消费品领域工业互联网平台由上海识装信息科技有限公司与合作方共建，是面向时尚消费品行业的行业型"
                   "工业互联网平台，打通品牌商、代工厂与消费端数据，提供柔性供应链协同、AI质检鉴别、小单快反与趋势洞察服务。"
                   "平台连接工业设备3412台（套），服务企业1946家，主要客户为服饰鞋履品牌与代工厂。")
    p.T["成效"] = ("平台解决了时尚消费品行业需求变化快、库存高、质检依赖人工等痛点，推动代工厂小单快反与数字化转型，"
                   "2023年平台营业收入8346.20万元，经济与社会效益明显。")
    pr = p.proofs
    pr.update({
        "平台相关研发投入（万元）": "附件3-1审计报告 平台分部表“研发费用/R&D expenses”",
        "平台相关研发投入强度（%）": "研发费用÷平台收入（附件3-1）",
        "平台相关营业收入（万元）": "附件3-1审计报告 平台分部表“平台主营业务收入/Main business revenue”",
        "平台利润率（%）": "附件3-1审计报告 平台分部表“利润总额/Total profit”",
        "连接的工业设备/产品/产线种类及数量（台/套）": "附件3-2设备台账“终端接入规模”",
        "公有云工业设备连接数量（台/套）": "附件3-2设备台账“设备上云数量”",
        "公有云工业设备平均日运行数量（台/套）": "附件3-2设备台账“日均在线（上云设备）”",
        "海外设备连接数量（台/套）": "附件3-2设备台账 Overseas 工作表",
        "注册企业用户数（个）": "附件3-3 Dashboard截图“Registered Enterprises”",
        "公有云杀手锏APP平均日在线用户数（个）": "附件3-3 Dashboard截图“Top5 SaaS Apps DAU”",
        "工业APP平均月活跃数量（个）": "附件3-3 Dashboard截图“MAU Apps”",
        "平台核心软硬件技术获得的专利数量（项）": "附件3-4知识产权台账 专利工作表",
        "平台核心软硬件技术获得的软著数量（个）": "附件3-4知识产权台账 软著工作表",
        "实际服务企业数（个）": "附件3-5服务客户说明",
    })
    V = p.V
    rng = random.Random(3001)

    # 3-1 audit report: Chinese statements, platform schedule (主营 only), English summary page
    rel = add(p, f"{EV}/附件3-1 2023年度审计报告（中英文）.pdf", "evidence:audit_report")
    d = lib.PdfDoc(out / rel, header="上海识装信息科技有限公司 2023年度审计报告 / Audit Report 2023")
    firm, no = "上海安永华信会计师事务所（特殊普通合伙）", "安华审字（2024）第60821号"
    audit_cover(d, p, firm, no)
    audit_opinion(d, p, firm, no)
    company = [("一、营业收入", 1286420.36, 1150318.62), ("其中：主营业务收入", 1218465.27, 1091606.40),
               ("其他业务收入", 67955.09, 58712.22), ("减：营业成本", 1068214.57, 958126.33),
               ("税金及附加", 6215.48, 5522.10), ("销售费用", 98426.15, 90215.64), ("管理费用", 41268.32, 37654.28),
               ("研发费用", 32186.44, 28402.17), ("财务费用", -2648.20, -1986.54), ("二、营业利润", 42757.60, 32384.64),
               ("加：营业外收入", 215.36, 184.20), ("减：营业外支出", 6757.56, 2410.84), ("三、利润总额", 36215.40, 30158.00)]
    income_statement(d, p, company, cols=("本期金额", "上期金额"))
    d.new_page()
    d.heading("附表：工业互联网平台分部财务信息", 13, center=True)
    d.para("时尚消费品领域工业互联网平台作为单独经营分部核算，下表列示平台分部的主营业务收入、研发费用及利润总额。", 9.5)
    d.para("单位：万元", 9)
    main = {2021: 4702.35, 2022: 6012.44, 2023: main2023}
    rd = {2021: 812.30, 2022: 1036.55, 2023: 1268.40}
    pf = {2021: 598.20, 2022: 806.74, 2023: 1042.36}
    d.table([["项目", "2021年度", "2022年度", "2023年度"],
             ["平台主营业务收入", *[wan(main[y]) for y in (2021, 2022, 2023)]],
             ["研发费用", *[wan(rd[y]) for y in (2021, 2022, 2023)]],
             ["利润总额", *[wan(pf[y]) for y in (2021, 2022, 2023)]]],
            [34, 22, 22, 22], size=9, align=["l", "r", "r", "r"])
    d.new_page()
    d.heading("Summary of Audited Financial Information (English Translation)", 13, center=True)
    d.para("Shanghai Shizhuang Information Technology Co., Ltd. — For the year ended 31 December 2023. "
           "This English summary is a translation for reference; the Chinese statements prevail.", 9.5)
    d.para("Company (RMB)", 10)
    d.table([["Item", "2023", "2022"],
             ["Revenue", yuan(1286420.36), yuan(1150318.62)],
             ["of which: Main business revenue", yuan(1218465.27), yuan(1091606.40)],
             ["Other business revenue", yuan(67955.09), yuan(58712.22)],
             ["R&D expenses", yuan(32186.44), yuan(28402.17)],
             ["Total profit", yuan(36215.40), yuan(30158.00)]], [46, 27, 27], size=9, align=["l", "r", "r"])
    d.para("Industrial Internet Platform segment (RMB 10,000)", 10)
    d.table([["Item", "FY2021", "FY2022", "FY2023"],
             ["Main business revenue", *[wan(main[y]) for y in (2021, 2022, 2023)]],
             ["R&D expenses", *[wan(rd[y]) for y in (2021, 2022, 2023)]],
             ["Total profit", *[wan(pf[y]) for y in (2021, 2022, 2023)]]],
            [34, 22, 22, 22], size=9, align=["l", "r", "r", "r"])
    d.close()
    for mark, lang in (("附表：工业互联网平台分部财务信息", "zh"), ("IndustrialInternetPlatformsegment", "en")):
        cap_rev, cap_rd, cap_pf = (("平台主营业务收入", "研发费用", "利润总额") if lang == "zh"
                                   else ("Main business revenue", "R&D expenses", "Total profit"))
        col = "2023年度" if lang == "zh" else "FY2023"
        pdf_fact(p, out, rel, "平台相关营业收入（万元）", "7,512.85", "万元", 7512.85, "7,512.85", cap_rev, col, after=mark)
        pdf_fact(p, out, rel, "平台相关研发投入（万元）", "1,268.40", "万元", 1268.40, "1,268.40", cap_rd, col, after=mark)
        pdf_fact(p, out, rel, "平台利润率（%）", "1,042.36", "万元", 1042.36, "1,042.36", cap_pf, col,
                 "平台利润总额（万元）", after=mark)
        pdf_fact(p, out, rel, "投资回报率（%）", "1,042.36", "万元", 1042.36, "1,042.36", cap_pf, col,
                 "平台年利润（万元）", after=mark)

    # 3-2 device ledger (xlsx): 终端接入规模 / 设备上云数量 / 日均在线
    rel = add(p, f"{EV}/附件3-2 设备台账（终端接入规模）.xlsx", "evidence:device_list")
    caps = ("终端接入规模（台/套）", "设备上云数量（台/套）", "日均在线（上云设备）（台/套）")
    t1, t2, t3 = device_tables(p, caps, cat_head="设备类别", region_head="地区")

    def nums(t):
        return [t[0]] + [[r[0], *[int(x.replace(",", "")) for x in r[1:]]] for r in t[1:]]
    wb = lib.new_xlsx()
    xlsx_sheet(wb, "By category", nums(t1), [20, 22, 22, 26], first=True)
    xlsx_sheet(wb, "By region", nums(t2), [20, 22, 22, 26])
    xlsx_sheet(wb, "Overseas", [["Country 国家", "终端接入规模（台/套）"]] + nums(t3)[1:], [24, 22])
    lib.save_xlsx(wb, out / rel)
    p.fact("连接的工业设备/产品/产线种类及数量（台/套）", "3412", "台/套", 3412, rel, 1, "3412", "合计", caps[0])
    p.fact("公有云工业设备连接数量（台/套）", "2386", "台/套", 2386, rel, 1, "2386", "合计", caps[1])
    p.fact("公有云工业设备平均日运行数量（台/套）", "1542", "台/套", 1542, rel, 1, "1542", "合计", caps[2])
    p.fact("海外设备连接数量（台/套）", "190", "台/套", 190, rel, 3, "190", "合计", caps[0])

    # 3-3 dashboards in English with abbreviations (png)
    rel1 = add(p, f"{EV}/附件3-3 Dashboard截图-1.png", "evidence:screenshot")
    img = dashboard("Fashion IIP · Operations Dashboard", [
        ("Registered Enterprises", "2,180", ""), ("Connected Devices", "3,412", "units"), ("SaaS Apps", "92", ""),
        ("MAU Apps", "86", ""), ("Top5 SaaS Apps DAU", "2,146", ""), ("API Calls (30d)", "4.82M", "")],
        subtitle="As of 2024-06-30 (UTC+8)")
    lib.save_png(img, out / rel1)
    for label, val, unit, norm, cap in (
            ("注册企业用户数（个）", "2,180", "个", 2180, "Registered Enterprises"),
            ("连接的工业设备/产品/产线种类及数量（台/套）", "3,412", "台/套", 3412, "Connected Devices"),
            ("公有云工业APP数量（个）", "92", "个", 92, "SaaS Apps"),
            ("工业APP平均月活跃数量（个）", "86", "个", 86, "MAU Apps"),
            ("公有云杀手锏APP平均日在线用户数（个）", "2,146", "个", 2146, "Top5 SaaS Apps DAU")):
        p.fact(label, val, unit, norm, rel1, 1, val, cap, image_only=True)
    rel2 = add(p, f"{EV}/附件3-3 Dashboard截图-2.png", "evidence:screenshot")
    img = dashboard("Fashion IIP · PaaS Console", [
        ("Microservices", "486", ""), ("Active (≥5 calls/wk)", "301", ""), ("Developers", "1,260", ""),
        ("Models (AI/Mechanism)", "96", ""), ("IaaS Cloud Servers", "84", ""), ("Storage Used", "247.38", "TB")],
        subtitle="As of 2024-06-30 (UTC+8)", theme="light")
    lib.save_png(img, out / rel2)
    for label, val, unit, norm, cap in (
            ("微服务数量（个）", "486", "个", 486, "Microservices"),
            ("活跃微服务数量（一周调用5次以上）（个）", "301", "个", 301, "Active (≥5 calls/wk)"),
            ("开发者注册总数（个）", "1,260", "个", 1260, "Developers"),
            ("工业机理模型数量（个）", "96", "个", 96, "Models (AI/Mechanism)"),
            ("平台实际用云量（台）", "84", "台", 84, "IaaS Cloud Servers"),
            ("存储工业数据量（TB）", "247.38", "TB", 247.38, "Storage Used")):
        p.fact(label, val, unit, norm, rel2, 1, val, cap, image_only=True)

    # 3-4 IP ledger (xlsx): two sheets with 合计 rows
    rel = add(p, f"{EV}/附件3-4 知识产权台账.xlsx", "evidence:patent_list")
    wb = lib.new_xlsx()
    pats = patent_rows(21, p.company, rng)
    softs = soft_rows(37, p.company, "识装", rng)
    xlsx_sheet(wb, "专利", [["序号", "专利名称", "类型", "专利号", "专利权人", "授权日"]] + pats + [["合计：21项"]],
               [6, 36, 10, 24, 28, 12], first=True)
    xlsx_sheet(wb, "软著", [["序号", "软件名称", "登记号", "著作权人", "登记日"]] + softs + [["合计：37项"]],
               [6, 40, 20, 28, 12])
    lib.save_xlsx(wb, out / rel)
    p.fact("平台核心软硬件技术获得的专利数量（项）", "21", "项", 21, rel, 1, "合计：21项", "合计")
    p.fact("平台核心软硬件技术获得的软著数量（个）", "37", "项", 37, rel, 2, "合计：37项", "合计")

    # 3-5 customers (pdf): 用户单位 / 签约客户
    rel = add(p, f"{EV}/附件3-5 服务客户说明.pdf", "evidence:other")
    d = lib.PdfDoc(out / rel)
    d.heading("关于平台服务客户情况的说明", 14, center=True)
    d.para("截至2024年6月30日，平台签约客户（用户单位）共计1,946家，均为实际使用平台供应链协同、AI质检或SaaS应用服务的"
           "品牌商及代工厂；其中付费客户628家，中小企业1,612家，上海本地用户单位"
           f"{V['服务本市企业数量（个）']}家。")
    reg = V["按省市区域统计服务企业数（个）"]
    ind = V["按行业统计服务企业数（个）"]
    d.table([["行业", "签约客户（家）"]] + [[k, n(v)] for k, v in ind.items()] + [["合计", "1,946"]], [50, 50], size=9,
            align=["l", "r"])
    d.table([["地区", "签约客户（家）"]] + [[k, n(v)] for k, v in reg.items()] + [["合计", "1,946"]], [50, 50], size=9,
            align=["l", "r"])
    d.para("特此说明。                                   上海识装信息科技有限公司  2024年7月10日")
    d.close()
    pdf_fact(p, out, rel, "实际服务企业数（个）", "1,946", "家", 1946, "签约客户（用户单位）共计1,946家", "签约客户（用户单位）")
    pdf_fact(p, out, rel, "付费企业数（个）", "628", "家", 628, "其中付费客户628家", "付费客户")
    pdf_fact(p, out, rel, "服务中小企业数量（个）", "1,612", "家", 1612, "中小企业1,612家", "中小企业")

    applicant_docs(p, out, scratch, dict(contact="附件1-联系人信息反馈表.docx", form="附件2-申报表（识装）.docx",
                                         scan="附件2-申报表（识装）-盖章.pdf", summary="附件4-平台基本情况汇总表.xlsx",
                                         commit="附件5-真实性承诺-盖章.pdf"),
                   form="docx", scan=True, summary="xlsx-h", commit="scan", seed=3000)
    blocks = [
        ("h1", "一、申报单位简介"),
        ("p", "上海识装信息科技有限公司成立于2015年，是一家外商投资企业，主营潮流商品电商服务、品质鉴别与检测、"
              "供应链与SaaS软件服务。公司平台团队154人，拥有AI算法、供应链与质检专业团队。"),
        ("h1", "二、平台建设及运营情况"),
        ("p", "时尚消费品领域工业互联网平台于2020年1月启动建设，由公司与上海云锦数智科技有限公司合作共建、联合运营，"
              "建设金额7,600万元，采用边缘侧与公有云部署，IaaS资源租用阿里云。"),
        ("p", "平台运营情况：平台已接入各类终端设备近3,000台，上云设备2,386台；SaaS应用92个，月活跃应用86个；"
              "签约客户1,946家，主要分布在浙江、广东、福建、江苏等服装鞋履产业集群。"),
        ("table", [["三级指标", "本平台数据", "对标数据"],
                   ["1.2.1 创新投入情况", "研发费用1,268.40万元", "同行业平台（某服装产业平台）研发投入千万元级"],
                   ["3.1.1 平台应用规模", "服务企业1,946家", "同行业平台约1,500家"]]),
        ("p", "技术创新点总结：平台自研AI鉴别与质检模型、柔性供应链排产引擎，核心技术自主可控，支撑小单快反模式。"),
        ("h1", "三、平台应用成效"),
        ("p", "平台帮助代工厂实现小单快反，连接设备运维成本平均下降12.64%，能耗平均下降9.18%，安全生产持续时间平均提升15.42%。"),
        ("p", "应用创新点总结：以消费端数据驱动生产端柔性制造，形成C2M协同的新模式。"),
        ("h1", "四、平台下一步发展计划"),
        ("p", "平台将拓展东南亚代工厂接入，深化AI大模型在趋势预测与设计辅助中的应用。"),
        ("h1", "五、平台应用案例"),
        ("h2", "案例1：时尚消费品平台——运动鞋代工厂小单快反"),
        ("p", "企业简介：福建某运动鞋代工厂。案例内容：平台打通品牌订单与工厂排产，交付周期缩短，库存下降。"),
        ("h2", "案例2：时尚消费品平台——服饰品牌AI质检"),
        ("p", "企业简介：浙江某服饰品牌。案例内容：平台提供AI质检服务，质检效率提升，退货率下降。"),
        ("h2", "案例3：时尚消费品平台——包袋工厂能耗管理"),
        ("p", "企业简介：广东某包袋工厂。案例内容：平台接入设备能耗数据，能耗明显下降。"),
        ("h1", "六、附件及其他说明材料"),
        ("table", attachment_list(p, out)),
    ]
    narrative(p, out, "附件3-申报书（识装）.docx", blocks, "docx")

    form = "附件2-申报表（识装）.docx"
    audit = f"{EV}/附件3-1 2023年度审计报告（中英文）.pdf"
    p.problem("declared_vs_evidence", ["平台相关营业收入（万元）", "平台近三年经营指标情况"], [form, audit], "warning",
              "申报表填报平台相关营业收入 8346.20 万元，所附审计报告平台分部表只列“平台主营业务收入/Main business revenue”"
              " 7,512.85 万元（2021、2022年度同样只列主营业务收入 4,702.35、6,012.44 万元，均低于申报的 5126.40、6630.18 万元）；"
              "营业收入可能另含其他业务收入，但证明材料未列示，口径不一致")
    p.problem("formula", ["平台相关研发投入强度（%）", "平台相关研发投入（万元）", "平台相关营业收入（万元）"], [form], "error",
              "平台相关研发投入强度填报 16.88%，按填报指引公式 1268.40 ÷ 8346.20 × 100% 应为 15.20%"
              "（16.88% 是以主营业务收入 7,512.85 万元为分母算得）")
    p.problem("narrative_vs_form", ["连接的工业设备/产品/产线种类及数量（台/套）"], ["附件3-申报书（识装）.docx", form],
              "warning", "申报书称平台“已接入各类终端设备近3,000台”，申报表填报连接的工业设备数量 3,412 台/套（“近”表示不足3,000）")
    p.problem("screenshot_vs_form", ["注册企业用户数（个）"], [f"{EV}/附件3-3 Dashboard截图-1.png", form], "warning",
              "Dashboard截图“Registered Enterprises 2,180”，申报表填报注册企业用户数 2,810 个")
    return p
