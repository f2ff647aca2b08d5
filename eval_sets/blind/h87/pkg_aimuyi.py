"""h87_aimuyi_clean — 附件6 序号7 面向制造业供应链协同的智能交易工业互联网平台 (上海爱姆意机电设备连锁有限公司, 2023 参评).
跨行业跨领域 platform, MRO / 机电 supply chain trading. Office style: ■/□ boxes and yes/no written 「■是 □否」,
dates 2024/06/30, platform special audit in 元 (2023年度/2022年度 + 近三年 table), 服务企业名录 XLSX (3,186 rows, a 合计
cell with the 付费/中小 parts, a 省 sheet and a 华东/华南 大区 sheet that each add up, 海外 customers with their country),
工业APP list as a GBK CSV with English column names, developer-community PNG, IP XLSX, chapter 七 with last year's figures."""

from __future__ import annotations

import random
from pathlib import Path

import openpyxl

from eval_sets.blind.h87 import apply, render
from eval_sets.blind.h87.evidence import company_names, fact, stats_pdf
from eval_sets.blind.h87.model import LABELS, comma, f2
from eval_sets.blind.h87.texts import base_txt

PID = "h87_aimuyi_clean"
E = "03 证明材料"
F = {"audit": f"{E}/03-1 平台业务专项审计报告.pdf", "cust": f"{E}/03-2 平台服务企业名录.xlsx",
     "dev": f"{E}/03-3 平台接入设备统计表.pdf", "csv": f"{E}/03-4 industrial_app_export.csv",
     "png": f"{E}/03-5 开发者社区后台截图.png", "ip": f"{E}/03-6 知识产权清单.xlsx",
     "png2": f"{E}/03-7 工业APP应用市场截图.png"}
NAMES = {"contacts": "01 联系人信息反馈表.docx", "form": "02 上海市工业互联网平台应用水平评价申报表.docx",
         "scan": "02 申报表（盖章版）.pdf", "book": "03 上海市工业互联网平台应用水平评价申报书.docx",
         "summary": "04 平台基本情况汇总表.xlsx", "commit": "05 真实性承诺（盖章）.pdf"}
LAYOUT = ["naming:numbered", "evidence_dir:03 证明材料", "form:docx-checkbox-■□", "yes_no:■是□否", "dates:slash",
          "audit_unit:元", "audit_columns:2023年度/2022年度", "platform_part:专项审计利润表(元)",
          "customer_list:xlsx(名录+省+大区)", "app_list:csv-gbk-english-columns", "screenshot:png", "patent_list:xlsx",
          "summary:xlsx-vertical", "commitment:scan", "stamped_scan", "section7:comparison-table"]
GROUPS = {"华东": ["上海", "江苏", "浙江", "安徽", "山东", "福建"], "华南": ["广东"], "华中": ["湖北"], "西南": ["四川"],
          "海外": ["越南Vietnam", "泰国Thailand"]}


def spec() -> dict:
    s = dict(
        list_no=7, listed_name="面向制造业供应链协同的智能交易工业互联网平台",
        declared_name="面向制造业供应链协同的智能交易工业互联网平台", company="上海爱姆意机电设备连锁有限公司", participated=True,
        nature="跨行业跨领域工业互联网平台", contact="陆晓峰", contact_title="平台事业部副总经理", phone="13918830562",
        email="luxiaofeng@amy-mro.example.com", contact2=["何静", "上海爱姆意机电设备连锁有限公司", "平台运营主管", "13801742239",
                                                         "hejing@amy-mro.example.com"],
        venue="上海市普陀区真北路1108号爱姆意大厦7楼会议室", url="https://scp.amy-mro.example.com", account="pingshen2024",
        password="Amy!Scp0710", build_time="2018.09-2023.12", build_time_text="2018年9月至2023年12月", build_amount=7600.00,
        build_mode="自建", operation="自运营", deploy=["私有云", "公有云"], iaas_vendor="沪云智算科技有限公司",
        rev={2020: 8210.55, 2021: 9642.18, 2022: 10986.40, 2023: 12468.37}, rd=1352.64, profit=1486.92,
        ops=88, opr=126, qual=131,
        dev_total=8460, dev_pub=6120, dev_run=4318,
        dev_cat={"机床": 28, "动力设备": 20, "电工、电子设备": 17, "物流设备": 15, "仪器仪表": 12, "机器人": 8},
        dev_reg={"上海": 30, "江苏": 22, "浙江": 18, "安徽": 8, "山东": 7, "广东": 8, "湖北": 4, "福建": 3},
        overseas={"越南Vietnam": 96, "泰国Thailand": 54},
        protocols=96, software=486, apps=412, apps_native=236,
        app_cat={"供应链管理": 32, "仓储物流": 18, "运营管理": 16, "质量管控": 10, "生产制造": 10, "运维服务": 8, "研发设计": 3,
                 "安全生产": 2, "节能减排": 1},
        app_ind={"机械": 35, "汽车": 15, "电子": 15, "轻工": 10, "石化化工": 8, "家电": 7, "建材": 5, "其他": 5},
        apps_mau=318, killer_online=2640, killer_daily=21480, killer_income=56.18, apps_pub=284, apps_pub_dau=131,
        cloud=148.00, cloud_pub=120, cap=860.00, data=512.64, pubdata=402.30,
        models=186, models_active=92, model_users=612, model_cat={"数据算法模型": 40, "研发仿真模型": 8, "行业机理模型": 22, "业务流程模型": 30},
        speed=("秒级", "秒级，每TB交易与库存数据关联分析约4秒"),
        ms=964, ms_active=527, devs=3420, devs_active=866,
        registered=4120, served=3186, paid=1342, sme=2710,
        cust_ind={"机械": 36, "汽车": 14, "电子": 14, "轻工": 10, "石化化工": 8, "家电": 6, "建材": 5, "其他": 7},
        cust_reg={"上海": 1108, "江苏": 642, "浙江": 516, "安徽": 204, "山东": 176, "广东": 238, "福建": 92, "湖北": 86, "四川": 64,
                  "越南Vietnam": 38, "泰国Thailand": 22},
        orders=(286420, 301385), trade_growth=13.52, subs=7820, subs_killer=3640, subs_amount=3268.45,
        dev_util=76.30, localization=82.50, smart_factories=6, parks=15, solutions=58,
        sol_mode={"数字化管理": 14, "平台化设计": 4, "网络化协同": 18, "智能化制造": 8, "个性化定制": 4, "服务化延伸": 10},
        listed=False, cost_down=14.26, energy_down=7.85, safety_up=12.40, indices=8, patents=12, softc=64, awards=5, jobs=520,
        social=18.74, open_data="以API接口和数据服务形式开放：开放API接口156个，MRO商品主数据约82万条，供应商能力画像数据服务3项",
        partners=14,
        style=dict(check=("■", "□"), yn="box", num="plain", summary="plain", form_date="2024/07/10", book_date="2024/07/10",
                   commit_date="2024年7月10日"),
        company_info=dict(code="91310107MA1H2AXX3K", founded="2003/05/16", district="上海市普陀区", type="有限责任公司",
                          capital="12,000万元", business="工业品（MRO）供应链服务、机电设备销售与维保", legal="蔡振宇",
                          equity="自然人股东及员工持股平台", assets="142,368.20", revenue="186,420.75", growth="9.86",
                          debt="52.14", profit="9,842.33", tax="4,106.58"),
    )
    p = dict(dom="制造业供应链", short="爱姆意智链", obj="工业品", company_short="爱姆意",
             pos="跨行业的工业品供应链协同与智能交易平台，服务制造企业采购、库存与设备维保协同。",
             policy="供应链数字化协同", trend="制造企业采购向集约化、平台化发展，MRO数字化采购渗透率持续提升。",
             resources="供应商2,360家、工业品SKU约82万个、区域仓库26个、维保工程师1,140名",
             systems="客户ERP、SRM、WMS及电子招采系统", edge_nodes=380, latency=35, records="2,300万",
             compute="公有云云服务器120台（约2,400 vCPU）与私有云虚拟机28台，支持弹性扩容。",
             tech="智能寻源匹配引擎、库存协同优化模型、设备维保知识图谱", knowledge="采购品类知识条目9.6万条、替代料规则4,300条",
             benefit="三个案例平均缩短采购周期38%，带动客户年均新增产值约1,200万元，新增供应链服务岗位32个。",
             cost="三个案例平均降低采购成本9.6%、降低库存资金占用22%，设备运维成本平均下降14.26%。",
             supply="平台与2,360家供应商及3,186家服务企业的ERP/SRM系统对接，实现需求预测、寄售库存、VMI补货和质量追溯；"
                    "供应商准时交付率由89%提升至96%，客户库存周转天数由52天降至37天，带动上下游协同降本约1.6亿元。",
             newtech="平台融合AI大模型、标识解析与区块链：大模型辅助物料描述标准化和智能寻源；标识解析实现工业品一物一码追溯；"
                     "区块链存证交易合同与质检报告，已存证单据约46万份。",
             standards="参与团体标准及行业标准3项，其中行业标准《工业品电子商务交易服务规范》（参与）。",
             contrib="平台服务本市制造企业1,108家，带动长三角工业品流通集约化；在越南、泰国为出海制造企业提供备件供应服务，"
                     "支撑本市汽车、电子、装备等重点产业链供应安全。",
             open="向产业链上下游开放商品主数据、供应商画像与需求预测数据，建立接入审核、数据授权和收益分成机制，"
                  "已接入供应商2,360家、开放API接口156个。",
             cross="平台与国家标识解析二级节点、多个行业电子招采平台和物流平台实现API对接，订单、物流与票据信息跨平台同步。",
             newmode="培育“工业品集采+寄售库存+维保服务”一体化新模式，服务企业3,186家；孵化供应链金融服务新业态。",
             sec_docs="《平台信息安全管理制度》（AMY-IS-001，2020年3月）、《数据分级分类管理办法》（AMY-IS-006，2022年8月）",
             test_cycle="每年一次第三方渗透测试及等保测评", scan_cycle="每周一次自动化漏洞扫描",
             breakthrough="自研智能寻源匹配引擎，物料匹配准确率96%，高于行业常见方案约88%的水平。",
             carbon="具备采购碳足迹核算服务，已为86家企业提供绿色采购评价。",
             ident="平台接入国家标识解析体系，为工业品赋码约260万个，实现一物一码追溯。",
             factories="服务上海市级智能工厂6家，提供备件寄售与设备维保协同服务。",
             local_note="软件国产化率88%，硬件国产化率77%，平均82.50%", index_note="MRO价格指数、供应景气指数等8个",
             award_note="见申报书第六章荣誉清单",
             intro="面向制造业供应链协同的智能交易工业互联网平台是爱姆意打造的跨行业跨领域工业互联网平台，"
                   "提供工业品智能寻源、集采交易、寄售库存、设备维保和供应链金融服务。平台汇聚供应商两千余家、工业品八十余万种，"
                   "服务机械、汽车、电子等多个行业企业三千余家。",
             effect="平台解决了制造企业工业品采购分散、库存积压、维保响应慢等痛点，客户采购周期平均缩短近四成，"
                    "库存资金占用下降两成以上，带动供应链上下游协同降本约1.6亿元。")
    s["txt"] = base_txt(p)
    s["proof"] = {LABELS[21]: "03-1 专项审计报告 第3页", LABELS[19]: "03-1 第3页", LABELS[22]: "03-1 第3页",
                  LABELS[24]: "03-3 第1页", LABELS[37]: "03-4 工业APP清单（CSV）", LABELS[64]: "03-5 截图",
                  LABELS[70]: "03-2 服务企业名录", LABELS[72]: "03-2 按省市统计", LABELS[93]: "03-6", LABELS[94]: "03-6"}
    return s


def evidence(root: Path, s: dict, v: dict, rng: random.Random, tmp: Path) -> tuple[dict, list]:
    facts: list[dict] = []
    files = {F["audit"]: "evidence:audit_report", F["cust"]: "evidence:other", F["dev"]: "evidence:device_list",
             F["csv"]: "evidence:other", F["png"]: "evidence:screenshot", F["ip"]: "evidence:patent_list",
             F["png2"]: "evidence:screenshot"}
    rev, rd, prof = s["rev"], s["rd"], s["profit"]
    yuan = lambda x: comma(x * 10000, 2)
    # ---- platform special audit (元)
    rel = F["audit"]
    cost23, cost22 = 8_612.40, 7_720.15
    rows = [["项目", "2023年度", "2022年度"], ["一、平台营业收入", yuan(rev[2023]), yuan(rev[2022])],
            ["  其中：交易服务费收入", yuan(rev[2023] * 0.58), yuan(rev[2022] * 0.6)],
            ["        SaaS订阅收入", yuan(rev[2023] - round(rev[2023] * 0.58, 2)), yuan(rev[2022] - round(rev[2022] * 0.6, 2))],
            ["减：平台营业成本", yuan(cost23), yuan(cost22)], ["    平台研发投入", yuan(rd), yuan(1_188.26)],
            ["    销售及管理费用", yuan(rev[2023] - cost23 - rd - prof), yuan(rev[2022] - cost22 - 1_188.26 - 1_202.55)],
            ["二、平台利润总额", yuan(prof), yuan(1_202.55)]]
    pages = [
        [("gap", 120), ("h", "面向制造业供应链协同的智能交易工业互联网平台"), ("h", "业务专项审计报告"), ("gap", 30),
         ("p", "申联信会计师事务所有限公司"), ("p", "申联信专审字（2024）第072号")],
        [("h", "专项审计报告"), ("p", "上海爱姆意机电设备连锁有限公司："),
         ("p", "我们接受委托，对贵公司“面向制造业供应链协同的智能交易工业互联网平台”2021年度至2023年度的平台业务收入、成本、"
               "研发投入及利润情况（以下简称平台业务财务信息）进行了专项审计。平台业务按平台订单及订阅合同单独核算。"),
         ("p", "我们认为，后附平台业务财务信息在所有重大方面公允反映了该平台2021年度至2023年度的经营情况。"),
         ("p", "中国注册会计师：汪海宁  邵晓春    2024/04/18"), ("seal", "申联信会计师事务所有限公司")],
        [("h", "平台业务利润表"), ("s", "编制单位：上海爱姆意机电设备连锁有限公司    金额单位：人民币元"),
         ("t", rows, [3, 2, 2]), ("p", "平台营业收入近三年情况    金额单位：人民币元"),
         ("t", [["年度", "2021年度", "2022年度", "2023年度"], ["平台营业收入", yuan(rev[2021]), yuan(rev[2022]), yuan(rev[2023])]],
          [1.6, 2, 2, 2]),
         ("s", "注：公司2023年度合并营业收入1,864,207,500.00元，平台业务收入为其中按平台订单及订阅合同单独核算的部分。")]]
    render.text_pdf(root / rel, pages, header="申联信专审字（2024）第072号")
    facts += [fact(LABELS[21], yuan(rev[2023]), "元", rev[2023], rel, 3, row_label="一、平台营业收入", column_label="2023年度"),
              fact("平台近三年经营指标情况", yuan(rev[2022]), "元", rev[2022], rel, 3, row_label="一、平台营业收入",
                   column_label="2022年度", component="2022年平台营收（万元）"),
              fact("平台近三年经营指标情况", yuan(rev[2021]), "元", rev[2021], rel, 3, row_label="平台营业收入",
                   column_label="2021年度", component="2021年平台营收（万元）"),
              fact(LABELS[19], yuan(rd), "元", rd, rel, 3, row_label="平台研发投入", column_label="2023年度"),
              fact(LABELS[22], yuan(prof), "元", prof, rel, 3, row_label="二、平台利润总额", column_label="2023年度",
                   component="平台利润总额（万元）"),
              fact(LABELS[87], yuan(prof), "元", prof, rel, 3, row_label="二、平台利润总额", column_label="2023年度",
                   component="平台年利润（万元）")]
    # ---- served-enterprise list
    rel = F["cust"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "服务企业名录"
    ws.append(["平台服务企业名录（数据截至2024/06/30）"])
    ws.append(["序号", "企业名称", "所在省市/国家", "所属行业", "企业规模", "是否付费"])
    regions = [r for r, n in s["cust_reg"].items() for _ in range(n)]
    inds = [i for i, n in v[LABELS[71]].items() for _ in range(n)]
    rng.shuffle(inds)
    sme = [True] * s["sme"] + [False] * (s["served"] - s["sme"])
    paid = [True] * s["paid"] + [False] * (s["served"] - s["paid"])
    rng.shuffle(sme)
    rng.shuffle(paid)
    names = company_names(s["served"], rng, ["沪", "苏", "浙", "皖", "鲁", "粤", "闽", "鄂", "川", "东方", "华东", "长江"])
    for i in range(s["served"]):
        reg = regions[i]
        nm = names[i] if "Vietnam" not in reg and "Thailand" not in reg else \
            (f"越南{names[i][1:].replace('有限公司', '（越南）有限公司')}" if "Vietnam" in reg else f"泰国{names[i][1:].replace('有限公司', '（泰国）有限公司')}")
        ws.append([i + 1, nm, reg, inds[i], "中小企业" if sme[i] else "大型企业", "是" if paid[i] else "否"])
    total_cell = f"合计：{s['served']}家；其中付费企业{s['paid']}家；中小企业{s['sme']}家"
    ws.append(["", total_cell])
    ws2 = wb.create_sheet("按省市统计")
    ws2.append(["服务企业按省市区域统计（海外注明国家）"])
    ws2.append(["省市/国家", "服务企业数（家）"])
    for r, n in s["cust_reg"].items():
        ws2.append([r, n])
    ws2.append(["合计", s["served"]])
    ws3 = wb.create_sheet("按大区统计")
    ws3.append(["服务企业按大区统计（内部经营口径）"])
    ws3.append(["大区", "包含省市", "服务企业数（家）"])
    for g, members in GROUPS.items():
        ws3.append([g, "、".join(members), sum(s["cust_reg"][m] for m in members)])
    ws3.append(["合计", "", s["served"]])
    apply._save_xlsx(wb, root / rel)
    facts += [fact(LABELS[70], str(s["served"]), "家", s["served"], rel, 1, f"合计：{s['served']}家", row_label="合计"),
              fact(LABELS[73], str(s["paid"]), "家", s["paid"], rel, 1, f"其中付费企业{s['paid']}家", row_label="合计"),
              fact(LABELS[75], str(s["sme"]), "家", s["sme"], rel, 1, f"中小企业{s['sme']}家", row_label="合计"),
              fact(LABELS[70], str(s["served"]), "家", s["served"], rel, 2, row_label="合计", column_label="服务企业数（家）"),
              fact(LABELS[74], str(s["cust_reg"]["上海"]), "家", s["cust_reg"]["上海"], rel, 2, row_label="上海",
                   column_label="服务企业数（家）"),
              fact(LABELS[70], str(s["served"]), "家", s["served"], rel, 3, row_label="合计", column_label="服务企业数（家）")]
    # ---- device statistics PDF
    rel = F["dev"]
    cat = [["设备二级分类", "接入数量", "其中：公有云接入", "公有云日均运行"]]
    cat += [[k, comma(n), comma(v[LABELS[28]][k]), comma(v[LABELS[31]][k])] for k, n in v[LABELS[25]].items()]
    reg = [["省市/国家", "接入数量", "其中：公有云接入", "公有云日均运行"]]
    reg += [[k, comma(n), comma(v[LABELS[29]][k]), comma(v[LABELS[32]][k])] for k, n in v[LABELS[26]].items()]
    mark = lambda: [(1, LABELS[24], "台/套", s["dev_total"], ""), (2, LABELS[27], "台/套", s["dev_pub"], ""),
                    (3, LABELS[30], "台/套", s["dev_run"], "")]
    facts += stats_pdf(root / rel, rel, [
        {"title": "平台接入设备统计表", "intro": "统计时点：2024/06/30；设备所属地按设备所属企业注册地统计；单位：台/套。",
         "tables": [("表1 按设备二级分类", cat[0], cat[1:] + [(["合计", comma(s["dev_total"]), comma(s["dev_pub"]), comma(s["dev_run"])],
                                                          mark())], [2.4, 1.6, 1.8, 1.8]),
                    ("表2 按省市区域", reg[0], reg[1:] + [["合计", comma(s["dev_total"]), comma(s["dev_pub"]), comma(s["dev_run"])]],
                     [2.4, 1.6, 1.8, 1.8]),
                    ("表3 海外设备", ["国家", "接入数量"], [[k, str(n)] for k, n in s["overseas"].items()] +
                     [(["海外合计", str(v[LABELS[33]])], [(1, LABELS[33], "台/套", v[LABELS[33]], "")])], [2.4, 1.6])]}],
        header="上海爱姆意机电设备连锁有限公司")
    # ---- APP export, GBK CSV with English column names
    rel = F["csv"]
    cats = [c for c, n in v[LABELS[40]].items() for _ in range(n)]
    inds = [c for c, n in v[LABELS[41]].items() for _ in range(n)]
    rng.shuffle(inds)
    native = [True] * s["apps_native"] + [False] * (s["apps"] - s["apps_native"])
    pub = [True] * s["apps_pub"] + [False] * (s["apps"] - s["apps_pub"])
    rng.shuffle(native)
    rng.shuffle(pub)
    words = ["智能寻源", "比价助手", "寄售库存", "VMI补货", "设备点检", "备件预测", "质检报告", "供应商评估", "物流跟踪", "对账结算"]
    lines = ["app_id,app_name,category,industry,deploy_mode,dev_type,status,subscribers"]
    for i in range(s["apps"]):
        lines.append(f"APP{i + 1:05d},{words[i % len(words)]}{i // len(words) + 1:02d},{cats[i]},{inds[i]},"
                     f"{'public_cloud' if pub[i] else 'private'},{'platform_native' if native[i] else 'cloud_migrated'},online,"
                     f"{rng.randint(3, 90)}")
    footer = [f"# total_apps={s['apps']}", f"# platform_native={s['apps_native']}", f"# cloud_migrated={v[LABELS[39]]}",
              f"# public_cloud={s['apps_pub']}", "# exported 2024/06/30 18:05 by ops_admin"]
    (root / rel).write_bytes(("\r\n".join(lines + footer) + "\r\n").encode("gbk"))
    facts += [fact(LABELS[37], str(s["apps"]), "个", s["apps"], rel, 1, footer[0], row_label="total_apps"),
              fact(LABELS[38], str(s["apps_native"]), "个", s["apps_native"], rel, 1, footer[1], row_label="platform_native"),
              fact(LABELS[39], str(v[LABELS[39]]), "个", v[LABELS[39]], rel, 1, footer[2], row_label="cloud_migrated"),
              fact(LABELS[47], str(s["apps_pub"]), "个", s["apps_pub"], rel, 1, footer[3], row_label="public_cloud")]
    # ---- developer community screenshot
    rel = F["png"]
    tiles = [("注册开发者（个）", comma(s["devs"])), ("月活跃开发者（个）", comma(s["devs_active"])), ("微服务总数（个）", comma(s["ms"])),
             ("今日新增开发者", "12"), ("本周API调用", "412.6万次"), ("社区帖子", "18,240")]
    render.dashboard(root / rel, f"{PID}/{rel}", "爱姆意智链 · 开发者社区运营后台", tiles,
                     "注：申报的开发者注册总数、活跃开发者数、微服务数量分别取自第一行三项；数据时点2024/06/30。", "2024/06/30 16:20", rng)
    facts += [fact(LABELS[64], comma(s["devs"]), "个", s["devs"], rel, 1, row_label="注册开发者（个）", image_only=True),
              fact(LABELS[65], comma(s["devs_active"]), "个", s["devs_active"], rel, 1, row_label="月活跃开发者（个）", image_only=True),
              fact(LABELS[62], comma(s["ms"]), "个", s["ms"], rel, 1, row_label="微服务总数（个）", image_only=True)]
    # ---- app-market screenshot
    rel = F["png2"]
    tiles = [("上架工业APP（个）", comma(s["apps"])), ("累计订阅（个）", comma(s["subs"])), ("杀手锏APP订阅（个）", comma(s["subs_killer"])),
             ("累计订阅金额（万元）", f"{s['subs_amount']:,.2f}"), ("今日访问", "5,216"), ("本月新上架", "9")]
    render.dashboard(root / rel, f"{PID}/{rel}", "爱姆意智链 · 工业APP应用市场", tiles,
                     "注：累计订阅及金额为平台自运营以来累计值；杀手锏APP为订阅数前5的APP。数据时点2024/06/30。", "2024/06/30 16:26", rng)
    facts += [fact(LABELS[37], comma(s["apps"]), "个", s["apps"], rel, 1, row_label="上架工业APP（个）", image_only=True),
              fact(LABELS[78], comma(s["subs"]), "个", s["subs"], rel, 1, row_label="累计订阅（个）", image_only=True),
              fact(LABELS[79], comma(s["subs_killer"]), "个", s["subs_killer"], rel, 1, row_label="杀手锏APP订阅（个）", image_only=True),
              fact(LABELS[80], f"{s['subs_amount']:,.2f}", "万元", s["subs_amount"], rel, 1, row_label="累计订阅金额（万元）",
                   image_only=True)]
    # ---- IP workbook
    rel = F["ip"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "专利"
    ws.append(["序号", "专利名称", "专利号", "类型", "授权日期", "专利权人"])
    for i in range(1, s["patents"] + 1):
        ws.append([i, f"一种工业品{['智能匹配', '库存协同', '寄售结算', '需求预测'][i % 4]}方法及系统", f"ZL2020{11000000 + i * 4111:08d}.X",
                   "发明" if i % 3 else "实用新型", f"2022/{1 + i % 12:02d}/15", s["company"]])
    ws.append(["", f"合计：{s['patents']}项"])
    ws = wb.create_sheet("软件著作权")
    ws.append(["序号", "软件名称", "登记号", "登记日期", "著作权人"])
    for i in range(1, s["softc"] + 1):
        ws.append([i, f"爱姆意智链{['寻源', '集采', '库存', '维保', '结算', '数据'][i % 6]}管理系统V{1 + i % 5}.0",
                   f"2021SR{1300000 + i * 577:07d}", f"2021/{1 + i % 12:02d}/08", s["company"]])
    ws.append(["", f"合计：{s['softc']}项"])
    apply._save_xlsx(wb, root / rel)
    facts += [fact(LABELS[93], str(s["patents"]), "项", s["patents"], rel, 1, f"合计：{s['patents']}项", row_label="合计"),
              fact(LABELS[94], str(s["softc"]), "项", s["softc"], rel, 2, f"合计：{s['softc']}项", row_label="合计")]
    return files, facts


def book(s: dict, v: dict) -> dict:
    g = {k: sum(s["cust_reg"][m] for m in ms) for k, ms in GROUPS.items()}
    return {
        "一、申报单位简介": ["上海爱姆意机电设备连锁有限公司成立于2003年，是面向制造企业的工业品（MRO）供应链服务商，"
                           "2023年公司合并营业收入约18.64亿元，其中平台业务收入12,468.37万元。"],
        "二、平台建设及运营情况": [
            "平台于2018年9月启动建设，采用自建方式、自运营，部署于私有云与公有云，IaaS资源租用沪云智算科技有限公司云服务。",
            "截至2024/06/30，平台实际服务企业三千一百八十六家，其中华东地区二千七百三十八家，占比超过八成；海外客户六十家，分布于越南、泰国。"
            "付费企业一千三百四十二家，占注册企业用户逾三成。",
            ("table", [["大区", "服务企业数（家）"]] + [[k, str(n)] for k, n in g.items()] + [["合计", str(s["served"])]]),
            ("table", [["三级指标", "本平台数据", "对标数据"], ["2.1.2 工业软件/APP", "工业APP 412个", "同类平台（平台名称：某工业品电商平台）约300个"],
                       ["3.1.1 平台应用规模", "实际服务企业3,186家", "同类平台约2,000家"]]),
            "平台技术创新点：智能寻源匹配引擎、库存协同优化模型和维保知识图谱均为自主研发。"],
        "三、平台应用成效": ["客户采购周期平均缩短近四成，库存资金占用下降22%。应用创新点：集采、寄售与维保一体化服务模式。"],
        "四、平台下一步发展计划": ["拓展东南亚出海企业服务，深化大模型在物料标准化中的应用。"],
        "五、平台应用案例": ["案例1：爱姆意智链——汽车零部件企业寄售库存协同", "案例2：爱姆意智链——电子制造企业备件集采",
                         "案例3：爱姆意智链——装备企业设备维保协同"],
        "六、附件及其他说明材料": ["03-1 平台业务专项审计报告（第3页为平台业务利润表）；", "03-2 平台服务企业名录（Excel，三个工作表）；",
                                "03-3 平台接入设备统计表；", "03-4 工业APP清单导出（CSV）；", "03-5 开发者社区后台截图；",
                                "03-6 知识产权清单（Excel）；", "03-7 工业APP应用市场截图。",
                                "荣誉清单（省部级及以上，共5项）：",
                                ("table", [["序号", "奖项/荣誉名称", "获奖时间", "颁发单位"],
                                           ["1", "上海市工业互联网平台创新应用示范", "2020/12", "上海市经济和信息化委员会"],
                                           ["2", "服务型制造示范平台", "2021/10", "工业和信息化部"],
                                           ["3", "上海市供应链创新与应用示范企业", "2022/06", "上海市商务委员会"],
                                           ["4", "工业互联网平台创新领航应用案例", "2022/11", "工业和信息化部"],
                                           ["5", "上海市数字化转型优秀案例", "2023/09", "上海市经济和信息化委员会"],
                                           ["合计", "5项", "", ""]])],
        "七、平台相较上年度对比情况": [
            "与2023年度参评时（数据截至2023年6月30日）相比，平台主要指标变化如下：",
            ("table", [["指标", "2023年度参评数据（2023/06/30）", "本次申报数据（2024/06/30）", "变化"],
                       ["连接的工业设备（台/套）", "7,120", "8,460", "+1,340"], ["工业APP数量（个）", "358", "412", "+54"],
                       ["实际服务企业数（个）", "2,764", "3,186", "+422"], ["平台相关营业收入（万元）", "10,986.40（2022年）",
                                                                      "12,468.37（2023年）", "+13.49%"],
                       ["微服务数量（个）", "846", "964", "+118"]]),
            "功能模块方面，新增寄售结算、供应商画像和大模型物料标准化三个模块；应用服务方面，新增越南、泰国海外服务。"],
    }
