"""h87_hemudu_clean — 附件6 序号20 河姆渡电商工业互联网平台 (上海河姆渡实业发展有限公司, 2023 参评).
区域型 platform, textile & apparel manufacturing cluster. Office style: [√]/[ ] boxes, 汇总表 with units inside the
cells (「2,104家」「32.73%」), scanned (image-only) platform audit in 万元 with 2023年/2022年/2021年 columns, served-enterprise
workbook where 上海 is broken into 区 with a 上海小计 row, APP subscription ledger XLSX, regional dashboard PNG,
IP totals given in a sentence, 「截至上半年末」 explained nearby, chapter 七."""

from __future__ import annotations

import random
from pathlib import Path

import openpyxl

from eval_sets.blind.h87 import apply, render
from eval_sets.blind.h87.evidence import company_names, fact, scan_text_pages, stats_pdf
from eval_sets.blind.h87.model import LABELS, comma, f2, split
from eval_sets.blind.h87.texts import base_txt

PID = "h87_hemudu_clean"
E = "附件3-证明材料"
F = {"audit": f"{E}/1.平台经营数据专项审计报告（扫描件）.pdf", "cust": f"{E}/2.平台服务企业及运营指标统计.xlsx",
     "subs": f"{E}/3.工业APP订阅台账.xlsx", "dev": f"{E}/4.接入设备统计.xlsx", "png": f"{E}/5.区域产业大脑截图.png",
     "ip": f"{E}/6.知识产权情况说明.pdf"}
NAMES = {"contacts": "附件1-联系人信息反馈表.docx", "form": "附件2-申报表（河姆渡）.docx", "scan": "附件2-申报表（河姆渡）-盖章.pdf",
         "book": "附件3-申报书（河姆渡）.docx", "summary": "附件4-平台基本情况汇总表.xlsx", "commit": "附件5-真实性承诺.pdf"}
LAYOUT = ["naming:dash", "evidence_dir:附件3-证明材料", "form:docx-checkbox-[√]", "dates:截至上半年末", "audit:scan",
          "audit_unit:万元", "audit_columns:2023年/2022年/2021年", "customer_list:xlsx(上海按区小计)", "subscription_ledger:xlsx",
          "device_list:xlsx", "screenshot:png-regional", "ip:sentence-totals", "summary:xlsx-units-in-cells", "commitment:scan",
          "stamped_scan", "section7:comparison-table"]
SH_DISTRICTS = {"宝山": 38, "嘉定": 16, "松江": 14, "青浦": 10, "金山": 8, "奉贤": 8, "闵行": 6}


def spec() -> dict:
    s = dict(
        list_no=20, listed_name="河姆渡电商工业互联网平台", declared_name="河姆渡电商工业互联网平台", company="上海河姆渡实业发展有限公司",
        participated=True, nature="区域型工业互联网平台", contact="汤佳怡", contact_title="平台运营中心主任", phone="13916508824",
        email="tangjiayi@hemudu-iip.example.com", contact2=["冯晨", "上海河姆渡实业发展有限公司", "数据分析师", "13818452761",
                                                           "fengchen@hemudu-iip.example.com"],
        venue="上海市宝山区沪太路6655号河姆渡产业园A栋2楼路演厅", url="https://iip.hemudu.example.com", account="hmd_review",
        password="Hmd$2024Jul", build_time="2019.01-2023.12", build_time_text="2019年1月至2023年12月", build_amount=3600.00,
        build_mode="自建", operation="委托运营", deploy=["边缘侧", "公有云"], iaas_vendor="申城云网络科技有限公司",
        rev={2020: 2860.35, 2021: 3412.80, 2022: 3968.44, 2023: 4586.92}, rd=642.18, profit=598.40,
        ops=58, opr=84, qual=76,
        dev_total=9240, dev_pub=7860, dev_run=5628,
        dev_cat={"轻工设备": 70, "电工、电子设备": 10, "物流设备": 12, "仪器仪表": 8},
        dev_reg={"上海": 38, "浙江": 24, "江苏": 18, "安徽": 8, "福建": 6, "广东": 6},
        overseas={"孟加拉国Bangladesh": 64},
        protocols=64, software=148, apps=126, apps_native=82,
        app_cat={"生产制造": 30, "供应链管理": 25, "质量管控": 15, "运营管理": 15, "仓储物流": 10, "研发设计": 5},
        app_ind={"纺织": 70, "轻工": 20, "其他": 10},
        apps_mau=94, killer_online=1120, killer_daily=8460, killer_income=12.36, apps_pub=96, apps_pub_dau=41,
        cloud=64.00, cloud_pub=48, cap=480.00, data=286.56, pubdata=214.80,
        models=88, models_active=41, model_users=164, model_cat={"数据算法模型": 30, "研发仿真模型": 15, "行业机理模型": 35, "业务流程模型": 20},
        speed=("秒级", "秒级（每TB订单与产能数据匹配分析约8秒）"),
        ms=426, ms_active=218, devs=860, devs_active=214,
        registered=2860, served=2104, paid=936, sme=1948,
        cust_ind={"纺织": 72, "轻工": 16, "服务业": 6, "其他": 6},
        cust_reg={"上海": 824, "浙江": 468, "江苏": 352, "安徽": 148, "福建": 96, "广东": 142, "山东": 46, "孟加拉国Bangladesh": 28},
        orders=(36840, 39215), trade_growth=16.24, subs=4120, subs_killer=1986, subs_amount=846.30,
        dev_util=68.40, localization=86.00, smart_factories=2, parks=9, solutions=24,
        sol_mode={"数字化管理": 5, "平台化设计": 3, "网络化协同": 6, "智能化制造": 3, "个性化定制": 5, "服务化延伸": 2},
        listed=False, cost_down=11.62, energy_down=9.84, safety_up=15.30, indices=3, patents=8, softc=37, awards=4, jobs=640,
        social=19.86, open_data="以API接口和行业数据服务形式开放：开放API接口64个、面辅料价格数据服务2项、区域产能数据集3个",
        partners=6,
        style=dict(check=("[√]", "[ ]"), num="plain", summary="units", form_date="填表日期：2024年7月9日", book_date="2024年7月",
                   commit_date="二〇二四年七月九日"),
        company_info=dict(code="91310113MA1GL2XX0T", founded="2010年7月", district="上海市宝山区", type="有限责任公司",
                          capital="10,000万元", business="电子商务产业园运营、纺织服装供应链及产业互联网服务", legal="陈国梁",
                          equity="自然人股东", assets="46,820.15", revenue="24,318.60", growth="10.42", debt="41.36",
                          profit="2,516.84", tax="1,062.33"),
    )
    p = dict(dom="纺织服装", short="河姆渡产业互联", obj="纺织服装", company_short="河姆渡",
             pos="立足宝山、辐射长三角的纺织服装区域产业互联网平台，服务中小企业产销协同。",
             policy="区域产业数字化与中小企业数字化转型", trend="纺织服装产业小单快反趋势明显，中小企业柔性生产需求旺盛。",
             resources="面辅料供应商1,260家、加工工厂860家、设计师资源420名、面料样本约12万款", systems="电商平台订单系统、工厂MES及ERP",
             edge_nodes=210, latency=80, records="1,200万",
             compute="公有云云服务器48台（约960 vCPU）及边缘服务器16台，可弹性扩展。",
             tech="订单产能智能匹配引擎、缝制设备物联网关、面料智能识别模型", knowledge="工艺单模板3,400个、面料知识条目2.1万条",
             benefit="三个案例平均缩短交期27%，带动客户年新增订单额约2,600万元，新增就业岗位120个。",
             cost="三个案例平均降低设备运维成本11.62%，能耗下降9.84%，面辅料采购成本下降6.5%。",
             supply="平台连接面辅料供应商1,260家与加工厂860家，实现订单拆分、产能匹配、面辅料集采和物流协同；"
                    "订单准时交付率由82%提升至93%，面辅料库存周转提升31%，带动区域纺织服装中小企业上云用平台1,900余家。",
             newtech="平台融合AI与边缘计算：面料图像识别模型自动匹配面料；边缘网关采集缝制设备运行数据支撑产能评估；"
                     "AI设计助手辅助生成款式，打样周期缩短三成。",
             standards="参与团体标准2项，如《纺织服装产业互联网平台服务规范》（团体标准，参与）；暂无国家标准、行业标准。",
             contrib="平台立足宝山、服务本市纺织服装企业824家，带动长三角纺织服装产业集群小单快反协同，"
                     "在孟加拉国为出海工厂提供订单协同服务，支撑本市时尚消费品产业发展。",
             open="向区域企业开放产能数据、面辅料价格数据和订单需求，通过平台授权共享，开放API接口64个，数据服务2项。",
             cross="平台与主流电商平台订单接口、区域物流平台及宝山区产业服务平台互通，订单、物流与补贴申报数据跨平台调用。",
             newmode="培育“电商订单+区域共享工厂”小单快反新模式，共享工厂9家；培育直播电商供应链服务新业态。",
             sec_docs="《平台安全管理规范》（HMD-AQ-01，2021年4月）、《个人信息与数据保护制度》（HMD-AQ-03，2022年11月）",
             test_cycle="每年一次（委托第三方开展等级保护测评）", scan_cycle="每月一次漏洞扫描",
             breakthrough="自研订单产能智能匹配引擎，匹配时间由小时级降至分钟级，匹配成功率91%。",
             carbon="具备产品碳足迹核算服务，服务纺织服装企业28家。", ident="平台接入国家标识解析二级节点，为服装产品赋码约180万个。",
             factories="服务上海市级智能工厂2家，提供订单协同与产能共享服务。",
             local_note="软件国产化率90%，硬件国产化率82%", index_note="河姆渡面料价格指数、产能景气指数、订单活跃指数",
             award_note="详见申报书第六章",
             intro="河姆渡电商工业互联网平台是上海河姆渡实业发展有限公司打造的区域型工业互联网平台，立足宝山、辐射长三角，"
                   "面向纺织服装中小企业提供订单协同、产能共享、面辅料集采和设备物联服务。平台入驻企业两千八百余家，"
                   "实际服务企业两千一百余家，连接缝制等设备九千余台。",
             effect="平台解决了纺织服装中小企业订单波动大、产能利用不均、面辅料采购分散等痛点，订单交期平均缩短约三成，"
                    "带动区域一千九百余家中小企业上云用平台，形成电商订单驱动的区域柔性制造体系。")
    s["txt"] = base_txt(p)
    s["proof"] = {LABELS[21]: "附件3-1（扫描件）第3页", LABELS[19]: "附件3-1 第3页", LABELS[70]: "附件3-2",
                  LABELS[78]: "附件3-3 订阅台账", LABELS[24]: "附件3-4", LABELS[69]: "附件3-5 截图", LABELS[93]: "附件3-6"}
    return s


def evidence(root: Path, s: dict, v: dict, rng: random.Random, tmp: Path) -> tuple[dict, list]:
    facts: list[dict] = []
    files = {F["audit"]: "evidence:audit_report", F["cust"]: "evidence:other", F["subs"]: "evidence:other",
             F["dev"]: "evidence:device_list", F["png"]: "evidence:screenshot", F["ip"]: "evidence:patent_list"}
    rev, rd, prof = s["rev"], s["rd"], s["profit"]
    c = lambda x: comma(x, 2)
    # ---- scanned platform audit (万元)
    rel = F["audit"]
    rdh = {2023: rd, 2022: 561.30, 2021: 488.72}
    profh = {2023: prof, 2022: 502.16, 2021: 421.08}
    rows = [["项目", "2023年", "2022年", "2021年"], ["平台营业收入", c(rev[2023]), c(rev[2022]), c(rev[2021])],
            ["平台营业成本", c(2_968.40), c(2_604.35), c(2_268.11)], ["平台研发投入", c(rdh[2023]), c(rdh[2022]), c(rdh[2021])],
            ["平台利润总额", c(profh[2023]), c(profh[2022]), c(profh[2021])]]
    pages = [[("gap", 120), ("h", "河姆渡电商工业互联网平台"), ("h", "经营数据专项审计报告"), ("gap", 30),
              ("p", "沪宝信达会计师事务所有限公司"), ("p", "沪宝信专审〔2024〕第0406号")],
             [("h", "专项审计报告"), ("p", "上海河姆渡实业发展有限公司："),
              ("p", "我们审计了贵公司“河姆渡电商工业互联网平台”2021年至2023年的平台营业收入、营业成本、研发投入和利润总额。"
                    "平台业务与公司产业园运营业务分账核算。我们认为，平台经营数据在所有重大方面公允反映了平台的经营情况。"),
              ("p", "中国注册会计师：严俊  徐丽华    2024年5月6日")],
             [("h", "平台经营情况表"), ("s", "金额单位：人民币万元"), ("t", rows, [2.4, 2, 2, 2]),
              ("s", "注：公司2023年营业收入24,318.60万元（含产业园租赁及物业服务），平台营业收入为其中单独核算的平台服务收入。")]]
    scan_text_pages(root / rel, rel, f"{PID}/{rel}", pages, rng, tmp, seal_pages={2: "沪宝信达会计师事务所有限公司",
                                                                                 3: "沪宝信达会计师事务所有限公司"})
    facts += [fact(LABELS[21], c(rev[2023]), "万元", rev[2023], rel, 3, row_label="平台营业收入", column_label="2023年", image_only=True),
              fact("平台近三年经营指标情况", c(rev[2022]), "万元", rev[2022], rel, 3, row_label="平台营业收入", column_label="2022年",
                   component="2022年平台营收（万元）", image_only=True),
              fact("平台近三年经营指标情况", c(rev[2021]), "万元", rev[2021], rel, 3, row_label="平台营业收入", column_label="2021年",
                   component="2021年平台营收（万元）", image_only=True),
              fact(LABELS[19], c(rd), "万元", rd, rel, 3, row_label="平台研发投入", column_label="2023年", image_only=True),
              fact(LABELS[22], c(prof), "万元", prof, rel, 3, row_label="平台利润总额", column_label="2023年",
                   component="平台利润总额（万元）", image_only=True),
              fact(LABELS[87], c(prof), "万元", prof, rel, 3, row_label="平台利润总额", column_label="2023年",
                   component="平台年利润（万元）", image_only=True)]
    # ---- served enterprises and operating indicators
    rel = F["cust"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "按区域统计"
    ws.append(["平台实际服务企业按区域统计（截至上半年末，即2024年6月30日）"])
    ws.append(["省市/区", "服务企业数（家）", "其中付费（家）", "其中中小企业（家）"])
    paid = split(s["paid"], s["cust_reg"])
    sme = split(s["sme"], s["cust_reg"])
    sh = split(s["cust_reg"]["上海"], SH_DISTRICTS)
    shp = split(paid["上海"], sh)
    shs = split(sme["上海"], sh)
    for d, n in sh.items():
        ws.append([f"上海-{d}区", n, shp[d], shs[d]])
    ws.append(["上海小计", s["cust_reg"]["上海"], paid["上海"], sme["上海"]])
    for r, n in s["cust_reg"].items():
        if r != "上海":
            ws.append([r, n, paid[r], sme[r]])
    ws.append(["合计", s["served"], s["paid"], s["sme"]])
    ws.append(["说明：上海按区列示后以“上海小计”汇总，合计不重复计入各区。"])
    ws2 = wb.create_sheet("运营指标")
    ws2.append(["平台运营指标（截至上半年末）"])
    ws2.append(["指标", "数值", "单位"])
    ops = [("注册企业用户", s["registered"], "家", LABELS[69]), ("实际服务企业", s["served"], "家", LABELS[70]),
           ("工业APP（已落地）", s["apps"], "个", LABELS[37]), ("其中：基于平台开发", s["apps_native"], "个", LABELS[38]),
           ("其中：云化工业软件", v[LABELS[39]], "个", LABELS[39]), ("公有云工业APP", s["apps_pub"], "个", LABELS[47]),
           ("微服务", s["ms"], "个", LABELS[62]), ("注册开发者", s["devs"], "个", LABELS[64])]
    for name, n, unit, _ in ops:
        ws2.append([name, n, unit])
    apply._save_xlsx(wb, root / rel)
    facts += [fact(LABELS[70], str(s["served"]), "家", s["served"], rel, 1, row_label="合计", column_label="服务企业数（家）"),
              fact(LABELS[73], str(s["paid"]), "家", s["paid"], rel, 1, row_label="合计", column_label="其中付费（家）"),
              fact(LABELS[75], str(s["sme"]), "家", s["sme"], rel, 1, row_label="合计", column_label="其中中小企业（家）"),
              fact(LABELS[74], str(s["cust_reg"]["上海"]), "家", s["cust_reg"]["上海"], rel, 1, row_label="上海小计",
                   column_label="服务企业数（家）")]
    facts += [fact(lab, str(n), unit, n, rel, 2, row_label=name, column_label="数值") for name, n, unit, lab in ops]
    # ---- subscription ledger
    rel = F["subs"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "订阅台账"
    ws.append(["工业APP订阅台账（自平台运营以来累计，截至2024年6月30日）"])
    ws.append(["排名", "APP名称", "订阅数（个）", "订阅金额（万元）", "是否杀手锏APP"])
    killer = split(s["subs_killer"], {"智能排产": 30, "面料识别": 24, "订单协同": 20, "产能地图": 14, "质检助手": 12})
    rest = split(s["subs"] - s["subs_killer"], {f"应用{i:03d}": 40 - i * 0.3 for i in range(1, 121)})
    amt_k = split(int(round(s["subs_amount"] * 0.5 * 100)), killer)
    amt_r = split(int(round(s["subs_amount"] * 100)) - sum(amt_k.values()), rest)
    i = 0
    for name, n in killer.items():
        i += 1
        ws.append([i, name, n, round(amt_k[name] / 100, 2), "是"])
    for name, n in rest.items():
        i += 1
        ws.append([i, name, n, round(amt_r[name] / 100, 2), "否"])
    ws.append(["", "杀手锏APP小计", s["subs_killer"], round(sum(amt_k.values()) / 100, 2), ""])
    ws.append(["", "合计", s["subs"], f2(s["subs_amount"]), ""])
    apply._save_xlsx(wb, root / rel)
    facts += [fact(LABELS[78], str(s["subs"]), "个", s["subs"], rel, 1, row_label="合计", column_label="订阅数（个）"),
              fact(LABELS[79], str(s["subs_killer"]), "个", s["subs_killer"], rel, 1, row_label="杀手锏APP小计",
                   column_label="订阅数（个）"),
              fact(LABELS[80], f2(s["subs_amount"]), "万元", s["subs_amount"], rel, 1, row_label="合计", column_label="订阅金额（万元）")]
    # ---- device workbook
    rel = F["dev"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "按类别"
    ws.append(["设备类别", "接入（台/套）", "公有云（台/套）", "公有云日均运行（台/套）"])
    for k, n in v[LABELS[25]].items():
        ws.append([k, n, v[LABELS[28]][k], v[LABELS[31]][k]])
    ws.append(["合计", s["dev_total"], s["dev_pub"], s["dev_run"]])
    ws.append(["注：轻工设备主要为工业缝纫机、针织横机、裁床等。"])
    ws2 = wb.create_sheet("按区域")
    ws2.append(["区域", "接入（台/套）", "公有云（台/套）", "公有云日均运行（台/套）"])
    for k, n in v[LABELS[26]].items():
        ws2.append([k, n, v[LABELS[29]][k], v[LABELS[32]][k]])
    ws2.append(["合计", s["dev_total"], s["dev_pub"], s["dev_run"]])
    ws2.append(["其中海外合计", v[LABELS[33]], "", ""])
    apply._save_xlsx(wb, root / rel)
    facts += [fact(LABELS[24], str(s["dev_total"]), "台/套", s["dev_total"], rel, 1, row_label="合计", column_label="接入（台/套）"),
              fact(LABELS[27], str(s["dev_pub"]), "台/套", s["dev_pub"], rel, 1, row_label="合计", column_label="公有云（台/套）"),
              fact(LABELS[30], str(s["dev_run"]), "台/套", s["dev_run"], rel, 1, row_label="合计",
                   column_label="公有云日均运行（台/套）"),
              fact(LABELS[33], str(v[LABELS[33]]), "台/套", v[LABELS[33]], rel, 2, row_label="其中海外合计", column_label="接入（台/套）")]
    # ---- regional dashboard
    rel = F["png"]
    tiles = [("入驻企业（家）", comma(s["registered"])), ("今日在线缝制设备", "4,912"), ("本月撮合订单", "3,268单"),
             ("本月成交额", "1.42亿元"), ("共享工厂", "9家"), ("今日新增款式", "126")]
    render.dashboard(root / rel, f"{PID}/{rel}", "河姆渡区域产业大脑 · 纺织服装", tiles,
                     "注：“入驻企业”即申报表“注册企业用户数”；其余为实时运行数据。截图时间2024/06/30。", "2024/06/30 15:08", rng)
    facts.append(fact(LABELS[69], comma(s["registered"]), "家", s["registered"], rel, 1, row_label="入驻企业（家）", image_only=True))
    # ---- IP: totals in a sentence
    rel = F["ip"]
    pat = [[str(i), f"一种{['服装裁片', '面料识别', '订单拆分', '缝制监测'][i % 4]}装置", f"ZL2021{22000000 + i * 5051:08d}.{i % 10}"]
           for i in range(1, s["patents"] + 1)]
    sw = [[str(i), f"河姆渡{['订单协同', '产能地图', '面料库', '质检', '排产'][i % 5]}系统V{1 + i % 4}.0", f"2022SR{1500000 + i * 733:07d}"]
          for i in range(1, s["softc"] + 1)]
    render.text_pdf(root / rel, [
        [("h", "知识产权情况说明"),
         ("p", f"截至2024年6月30日，平台核心软硬件技术共获得知识产权45项，其中专利{s['patents']}项，软件著作权{s['softc']}项，"
               f"权利人均为{s['company']}。明细如下。"),
         ("t", [["序号", "专利名称", "专利号"]] + pat, [0.6, 4, 3], 8), ("t", [["序号", "软件名称", "登记号"]] + sw[:16], [0.6, 4, 3], 8)],
        [("t", [["序号", "软件名称", "登记号"]] + sw[16:], [0.6, 4, 3], 8)]], header="上海河姆渡实业发展有限公司")
    facts += [fact(LABELS[93], str(s["patents"]), "项", s["patents"], rel, 1, f"其中专利{s['patents']}项", row_label="知识产权情况说明"),
              fact(LABELS[94], str(s["softc"]), "项", s["softc"], rel, 1, f"软件著作权{s['softc']}项", row_label="知识产权情况说明")]
    return files, facts


def book(s: dict, v: dict) -> dict:
    return {
        "一、申报单位简介": ["上海河姆渡实业发展有限公司成立于2010年，运营河姆渡电商产业园及纺织服装产业互联网平台，"
                           "2023年公司营业收入24,318.60万元（含园区租赁、物业等），平台营业收入4,586.92万元。"],
        "二、平台建设及运营情况": [
            "平台于2019年1月启动建设，自建、委托运营，部署于边缘侧和公有云，IaaS租用申城云网络科技有限公司云资源。",
            "截至上半年末（即2024年6月30日，下同），平台入驻企业二千八百六十家，实际服务企业二千一百零四家，"
            "其中本市八百二十四家、中小企业一千九百四十八家，付费企业占入驻企业逾三成；连接缝制等设备九千二百四十台（套）。",
            ("table", [["三级指标", "本平台数据", "对标数据"], ["3.1.1 平台应用规模", "实际服务企业2,104家",
                                                          "同类区域平台（平台名称：某服装产业带平台）约1,500家"]]),
            "平台技术创新点：订单产能智能匹配引擎、缝制设备物联网关、面料智能识别模型均为自主研发。"],
        "三、平台应用成效": ["订单交期平均缩短约三成，带动区域一千九百余家中小企业上云用平台。应用创新点：电商订单驱动区域共享工厂。"],
        "四、平台下一步发展计划": ["扩大共享工厂网络，建设纺织服装碳足迹公共服务。"],
        "五、平台应用案例": ["案例1：河姆渡电商工业互联网平台——小单快反订单协同", "案例2：河姆渡电商工业互联网平台——共享工厂产能调度",
                         "案例3：河姆渡电商工业互联网平台——面辅料集采"],
        "六、附件及其他说明材料": ["1.平台经营数据专项审计报告（扫描件，第3页平台经营情况表）", "2.平台服务企业及运营指标统计（Excel）",
                                "3.工业APP订阅台账（Excel）", "4.接入设备统计（Excel）", "5.区域产业大脑截图", "6.知识产权情况说明",
                                "荣誉清单：上海市中小企业数字化转型服务商（2021年）、上海市工业互联网标杆平台（2022年）、"
                                "纺织行业数字化转型优秀案例（2023年）、上海市服务型制造示范平台（2023年），共4项。"],
        "七、平台相较上年度对比情况": [
            "与2023年度参评时相比（上年数据截至2023年6月30日，本年数据截至上半年末）：",
            ("table", [["指标", "2023年度参评", "2024年度申报"], ["注册企业用户数（个）", "2,412", "2,860"],
                       ["实际服务企业数（个）", "1,786", "2,104"], ["连接的工业设备（台/套）", "7,860", "9,240"],
                       ["工业APP数量（个）", "104", "126"], ["平台相关营业收入（万元）", "3,968.44", "4,586.92"]]),
            "功能方面新增AI设计助手和共享工厂调度模块；服务方面新增孟加拉国出海工厂订单协同。"],
    }
