"""h87_xipaiai_clean — 附件6 序号11 数字化环境装备服务工业互联网平台 (上海西派埃智能化系统有限公司, 2023 参评).
专业型 platform, environmental equipment (water / wastewater treatment). Office style: √/□ boxes, dates written
二〇二四年六月三十日, company audit with 本期金额/上期金额 (元) and a platform 收入成本明细表 in 元 (2023→2021),
工业APP workbook with 上架 / 下架 sheets (only 上架 counts, said in a 说明 line), data-centre PNG with storage tiles,
ISO/IEC 27001 certificate renewed (the expired one kept beside the valid one) and a licence valid to 2029, chapter 七."""

from __future__ import annotations

import random
from pathlib import Path

import openpyxl

from eval_sets.blind.h87 import apply, render
from eval_sets.blind.h87.evidence import cert_images, fact, stats_pdf
from eval_sets.blind.h87.model import LABELS, comma, f2
from eval_sets.blind.h87.texts import base_txt

PID = "h87_xipaiai_clean"
E = "证明材料"
F = {"audit": f"{E}/附件3-1_2023年度审计报告.pdf", "app": f"{E}/附件3-2_工业APP清单.xlsx", "dev": f"{E}/附件3-3_接入设备统计.pdf",
     "png": f"{E}/附件3-4_数据中心运行截图.png", "ops": f"{E}/附件3-5_平台用户及能力统计.pdf",
     "ip": f"{E}/附件3-6_知识产权及荣誉清单.pdf", "cert": f"{E}/附件3-7_信息安全管理体系认证证书.pdf"}
NAMES = {"contacts": "申报材料/附件1_联系人信息反馈表.docx", "form": "申报材料/附件2_申报表.docx",
         "scan": "申报材料/附件2_申报表_盖章扫描.pdf", "book": "申报材料/附件3_申报书.docx",
         "summary": "申报材料/附件4_平台基本情况汇总表.xlsx", "commit": "申报材料/附件5_真实性承诺.pdf"}
LAYOUT = ["naming:underscore", "dirs:申报材料+证明材料", "form:docx-checkbox-√□", "dates:chinese-numerals", "audit_unit:元",
          "audit_columns:本期金额/上期金额", "platform_part:收入成本明细表(元,2023→2021)", "app_list:xlsx(上架/下架)",
          "screenshot:png-storage", "certificate:iso27001-renewed", "summary:xlsx-vertical", "commitment:scan", "stamped_scan",
          "section7:comparison-table"]


def spec() -> dict:
    s = dict(
        list_no=11, listed_name="数字化环境装备服务工业互联网平台", declared_name="数字化环境装备服务工业互联网平台",
        company="上海西派埃智能化系统有限公司", participated=True, nature="专业型工业互联网平台", contact="钱梦琪",
        contact_title="智慧水务事业部总监", phone="13901955217", email="qianmengqi@cpe-env.example.com",
        contact2=["孙立伟", "上海西派埃智能化系统有限公司", "平台技术负责人", "13817306648", "sunliwei@cpe-env.example.com"],
        venue="上海市闵行区剑川路951号2号楼3楼会议室", url="https://envcloud.cpe.example.com", account="eval_sh2024",
        password="Cpe@Env#724", build_time="2017.06-2023.12", build_time_text="2017年6月至2023年12月", build_amount=5200.00,
        build_mode="合作共建，上海浦江环境技术研究院有限公司", coop="上海浦江环境技术研究院有限公司", operation="联合运营",
        deploy=["边缘侧", "私有云", "混合云"], iaas_vendor="",
        rev={2020: 3980.20, 2021: 4862.75, 2022: 5734.18, 2023: 6618.52}, rd=1128.36, profit=864.10,
        ops=76, opr=48, qual=92,
        dev_total=15640, dev_pub=9860, dev_run=7412,
        dev_cat={"其他": 34, "动力设备": 30, "仪器仪表": 20, "电力设备": 10, "化工设备": 6},
        dev_reg={"上海": 34, "江苏": 16, "浙江": 12, "安徽": 8, "江西": 6, "湖南": 6, "云南": 5, "新疆": 5, "广西": 4},
        overseas={"印度尼西亚Indonesia": 186, "马来西亚Malaysia": 94},
        protocols=128, software=236, apps=168, apps_native=104,
        app_cat={"运维服务": 30, "节能减排": 25, "安全生产": 15, "质量管控": 12, "生产制造": 10, "运营管理": 8},
        app_ind={"电力、热力和燃气": 30, "石化化工": 20, "建筑业": 15, "食品": 10, "医药": 10, "其他": 15},
        apps_mau=124, killer_online=986, killer_daily=7420, killer_income=18.64, apps_pub=102, apps_pub_dau=48,
        cloud=96.00, cloud_pub=64, cap=960.00, data=612.48, pubdata=228.36,
        models=142, models_active=68, model_users=215, model_cat={"数据算法模型": 28, "研发仿真模型": 12, "行业机理模型": 46, "业务流程模型": 14},
        speed=("秒级", "秒级（每TB水质及设备运行数据分析约9秒）"),
        ms=618, ms_active=301, devs=1260, devs_active=348,
        registered=1480, served=1230, paid=462, sme=896,
        cust_ind={"电力、热力和燃气": 28, "石化化工": 18, "建筑业": 14, "食品": 12, "医药": 10, "其他": 18},
        cust_reg={"上海": 412, "江苏": 198, "浙江": 156, "安徽": 96, "江西": 72, "湖南": 84, "云南": 64, "新疆": 58, "广西": 54,
                  "印度尼西亚Indonesia": 24, "马来西亚Malaysia": 12},
        orders=(4620, 4985), trade_growth=15.86, subs=2860, subs_killer=1318, subs_amount=1162.80,
        dev_util=81.20, localization=90.50, smart_factories=3, parks=21, solutions=36,
        sol_mode={"数字化管理": 9, "平台化设计": 3, "网络化协同": 6, "智能化制造": 8, "个性化定制": 2, "服务化延伸": 8},
        listed=False, cost_down=21.35, energy_down=12.48, safety_up=24.60, indices=4, patents=26, softc=41, awards=6, jobs=210,
        social=24.12, open_data="以API接口和数据集形式开放：开放API接口98个、水处理工艺数据集5个、设备能效基准数据服务2项",
        partners=7,
        style=dict(check=("√", "□"), num="plain", summary="plain", form_date="二〇二四年七月八日", book_date="二〇二四年七月",
                   commit_date="二〇二四年七月八日"),
        company_info=dict(code="91310112MA1GBEXX6W", founded="2004年9月", district="上海市闵行区", type="有限责任公司",
                          capital="5,000万元", business="环境工程自动化系统集成、环保装备智能化及运维服务", legal="周建国",
                          equity="法人股东及自然人股东", assets="58,214.37", revenue="38,420.65", growth="12.36",
                          debt="46.28", profit="3,106.42", tax="1,284.90"),
    )
    p = dict(dom="环境装备", short="西派埃环境云", obj="环保装备", company_short="西派埃",
             pos="专注水处理等环境装备的数字化运维服务平台，提供远程监控、能效优化与工艺诊断。",
             policy="绿色低碳与环保装备智能化", trend="环境装备向智能运维和节能降耗转型，水务运营精细化需求增长。",
             resources="环保工艺包46个、运维服务商186家、药剂及备件供应商214家、工艺专家63名",
             systems="SCADA、水务运营管理系统及在线监测平台", edge_nodes=640, latency=50, records="3,100万",
             compute="私有云服务器32台（约1,024 vCPU），混合云的公有云侧节点64台，可按需扩展。",
             tech="环境装备边缘采集网关、曝气节能优化模型、工艺诊断知识库", knowledge="水处理工艺规则2,600条、故障案例4,800个",
             benefit="三个案例平均提升处理达标率3.2个百分点，带动运营收入年均增加约420万元，新增运维岗位18个。",
             cost="三个案例平均降低运维成本21.35%，吨水电耗下降12.48%，药剂成本下降9.7%。",
             supply="平台对接214家药剂及备件供应商，实现药剂用量预测与自动补货，备件按设备健康状态提前备货；"
                    "供应商平均交付周期由9天缩短至5天，客户药剂库存下降18%，带动上下游企业数字化协同62家。",
             newtech="平台融合边缘计算、数字孪生与AI：边缘网关本地完成曝气控制闭环；污水厂数字孪生用于工艺仿真；"
                     "AI模型预测进水负荷，指导加药与曝气，节能效果显著。",
             standards="参与制定行业标准1项、团体标准2项，如《城镇污水处理厂智能化运维技术规范》（团体标准，参与）。",
             contrib="平台服务本市环境装备用户412家，支撑本市污水处理提质增效；在云南、新疆等地服务县域水厂，"
                     "并为印度尼西亚、马来西亚项目提供远程运维，助力环保装备走出去。",
             open="向上下游开放设备运行数据和工艺数据，通过授权共享机制服务装备厂家与运营单位，开放API接口98个，数据集5个。",
             cross="平台与区域生态环境监测平台、水务集团运营平台实现数据互通，支持告警、工单与在线监测数据跨平台调用。",
             newmode="培育“环境装备按效付费”服务新模式，已在21个园区推广；形成远程专家诊断服务新业态。",
             sec_docs="《平台安全管理制度汇编》（CPE-SEC-2021-01，2021年2月）、《数据安全管理规定》（CPE-SEC-2022-04，2022年6月）",
             test_cycle="每年一次（第三方等保测评及渗透测试）", scan_cycle="每季度一次全面漏洞扫描",
             breakthrough="自研曝气节能优化模型，节能率达12%以上，优于国外同类控制方案约8%的水平。",
             carbon="具备碳排放监测与碳核算服务能力，服务污水处理厂及园区共42家。",
             ident="平台接入国家标识解析二级节点，为环保装备赋码约3.8万个。",
             factories="服务上海市级智能工厂3家，提供废水处理设施智能运维。",
             local_note="软硬件综合国产化率", index_note="区域水质指数、设备能效指数等4个", award_note="详见附件3-6",
             intro="数字化环境装备服务工业互联网平台是西派埃与合作方共建的专业型工业互联网平台，聚焦水处理等环境装备，"
                   "提供设备远程监控、工艺诊断、能效优化与运维服务。平台已接入各类环境装备一万五千余台（套），"
                   "服务污水处理厂、工业园区和制造企业一千二百余家。",
             effect="平台解决了环境装备运行能耗高、运维依赖人工、工艺调整滞后等痛点，用户吨水电耗平均下降一成以上，"
                    "运维成本下降约两成，推动环境装备由单纯设备供货向全生命周期服务转型。")
    s["txt"] = base_txt(p)
    s["txt"]["平台是否具备碳管理服务能力"] = "具备碳排放监测与碳核算服务能力，服务污水处理厂及园区共42家。"
    s["proof"] = {LABELS[21]: "附件3-1 第4页", LABELS[19]: "附件3-1 第4页", LABELS[22]: "附件3-1 第4页",
                  LABELS[37]: "附件3-2 “上架”工作表", LABELS[24]: "附件3-3", LABELS[53]: "附件3-4", LABELS[54]: "附件3-4",
                  LABELS[70]: "附件3-5 第1页", LABELS[57]: "附件3-5 第2页", LABELS[93]: "附件3-6", LABELS[66]: "附件3-7"}
    return s


def evidence(root: Path, s: dict, v: dict, rng: random.Random, tmp: Path) -> tuple[dict, list]:
    facts: list[dict] = []
    files = {F["audit"]: "evidence:audit_report", F["app"]: "evidence:other", F["dev"]: "evidence:device_list",
             F["png"]: "evidence:screenshot", F["ops"]: "evidence:other", F["ip"]: "evidence:patent_list", F["cert"]: "evidence:other"}
    rev, rd, prof = s["rev"], s["rd"], s["profit"]
    yuan = lambda x: comma(x * 10000, 2)
    # ---- audit: company statements (元, 本期金额/上期金额) + platform 收入成本明细表 (元, 2023→2021)
    rel = F["audit"]
    cost = {2023: 4_128.66, 2022: 3_702.41, 2021: 3_198.07}
    rdh = {2023: rd, 2022: 986.52, 2021: 842.30}
    profh = {2023: prof, 2022: 731.84, 2021: 604.25}
    plat = [["项目", "2023年度", "2022年度", "2021年度"],
            ["平台营业收入", yuan(rev[2023]), yuan(rev[2022]), yuan(rev[2021])],
            ["平台营业成本", yuan(cost[2023]), yuan(cost[2022]), yuan(cost[2021])],
            ["平台研发投入", yuan(rdh[2023]), yuan(rdh[2022]), yuan(rdh[2021])],
            ["平台期间费用", *[yuan(rev[y] - cost[y] - rdh[y] - profh[y]) for y in (2023, 2022, 2021)]],
            ["平台利润总额", yuan(profh[2023]), yuan(profh[2022]), yuan(profh[2021])]]
    pages = [
        [("gap", 120), ("h", "上海西派埃智能化系统有限公司"), ("h", "二〇二三年度审计报告"), ("gap", 30),
         ("p", "沪东方诚会计师事务所（普通合伙）"), ("p", "沪东诚审字〔2024〕第1127号")],
        [("h", "审计报告"), ("p", "上海西派埃智能化系统有限公司全体股东："),
         ("p", "我们审计了后附的上海西派埃智能化系统有限公司财务报表，包括二〇二三年十二月三十一日的资产负债表、二〇二三年度的利润表、"
               "现金流量表、所有者权益变动表以及财务报表附注。我们认为，后附财务报表在所有重大方面按照企业会计准则的规定编制。"),
         ("p", "中国注册会计师：戴文杰  冯晓燕"), ("p", "二〇二四年四月十二日"), ("seal", "沪东方诚会计师事务所")],
        [("h", "利润表"), ("s", "编制单位：上海西派埃智能化系统有限公司    2023年度    单位：元"),
         ("t", [["项目", "本期金额", "上期金额"], ["一、营业收入", "384,206,500.00", "341,948,200.00"],
                ["减：营业成本", "281,540,230.16", "252,316,874.35"], ["税金及附加", "1,984,226.40", "1,702,318.12"],
                ["销售费用", "22,618,402.55", "20,114,736.80"], ["管理费用", "25,306,118.27", "23,008,415.66"],
                ["研发费用", "21,486,302.18", "18,920,546.27"], ["财务费用", "418,226.70", "503,114.25"],
                ["二、营业利润", "30,852,993.74", "25,382,194.55"], ["加：营业外收入", "312,500.00", "206,800.00"],
                ["减：营业外支出", "101,293.74", "84,615.30"], ["三、利润总额", "31,064,200.00", "25,504,379.25"]], [3, 2, 2])],
        [("h", "财务报表附注（节选）"), ("p", "九、其他重要事项：工业互联网平台业务收入成本明细"),
         ("s", "公司“数字化环境装备服务工业互联网平台”业务按平台服务合同单独核算。下表为平台业务收入成本明细表，金额单位：元。"),
         ("t", plat, [2, 2, 2, 2]),
         ("s", "说明：平台研发投入包含在利润表“研发费用”中；平台业务收入为利润表“营业收入”的组成部分。")]]
    render.text_pdf(root / rel, pages, header="上海西派埃智能化系统有限公司 二〇二三年度审计报告")
    facts += [fact(LABELS[21], yuan(rev[2023]), "元", rev[2023], rel, 4, row_label="平台营业收入", column_label="2023年度"),
              fact("平台近三年经营指标情况", yuan(rev[2022]), "元", rev[2022], rel, 4, row_label="平台营业收入",
                   column_label="2022年度", component="2022年平台营收（万元）"),
              fact("平台近三年经营指标情况", yuan(rev[2021]), "元", rev[2021], rel, 4, row_label="平台营业收入",
                   column_label="2021年度", component="2021年平台营收（万元）"),
              fact(LABELS[19], yuan(rd), "元", rd, rel, 4, row_label="平台研发投入", column_label="2023年度"),
              fact(LABELS[22], yuan(prof), "元", prof, rel, 4, row_label="平台利润总额", column_label="2023年度",
                   component="平台利润总额（万元）"),
              fact(LABELS[87], yuan(prof), "元", prof, rel, 4, row_label="平台利润总额", column_label="2023年度",
                   component="平台年利润（万元）")]
    # ---- APP workbook: 上架 / 下架
    rel = F["app"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "上架"
    ws.append(["说明：仅本“上架”工作表中的应用（至少有1个工业企业用户）计入申报的工业APP数量；“下架”工作表中的应用不计入。"])
    ws.append(["序号", "应用名称", "分类", "行业", "开发方式", "部署", "用户数"])
    cats = [c for c, n in v[LABELS[40]].items() for _ in range(n)]
    inds = [c for c, n in v[LABELS[41]].items() for _ in range(n)]
    rng.shuffle(inds)
    native = [True] * s["apps_native"] + [False] * (s["apps"] - s["apps_native"])
    pub = [True] * s["apps_pub"] + [False] * (s["apps"] - s["apps_pub"])
    rng.shuffle(native)
    rng.shuffle(pub)
    words = ["曝气优化", "加药控制", "泵站巡检", "能耗分析", "水质预警", "污泥管理", "设备台账", "碳排核算"]
    for i in range(s["apps"]):
        ws.append([i + 1, f"{words[i % 8]}{i // 8 + 1:02d}", cats[i], inds[i], "平台原生开发" if native[i] else "传统软件云化",
                   "公有云" if pub[i] else "私有云", rng.randint(1, 40)])
    total = (f"上架合计：{s['apps']}个（其中基于平台开发{s['apps_native']}个、云化工业软件{v[LABELS[39]]}个、"
             f"公有云部署{s['apps_pub']}个）")
    ws.append(["", total])
    ws2 = wb.create_sheet("下架")
    ws2.append(["说明：以下应用已下架或无工业企业用户，不计入工业APP数量。"])
    ws2.append(["序号", "应用名称", "下架日期", "原因"])
    for i in range(23):
        ws2.append([i + 1, f"旧版{words[i % 8]}{i + 1:02d}", f"二〇二三年{1 + i % 12}月", "功能合并" if i % 2 else "无活跃用户"])
    ws2.append(["", "下架合计：23个"])
    apply._save_xlsx(wb, root / rel)
    facts += [fact(LABELS[37], str(s["apps"]), "个", s["apps"], rel, 1, f"上架合计：{s['apps']}个", row_label="上架合计"),
              fact(LABELS[38], str(s["apps_native"]), "个", s["apps_native"], rel, 1, f"基于平台开发{s['apps_native']}个",
                   row_label="上架合计"),
              fact(LABELS[39], str(v[LABELS[39]]), "个", v[LABELS[39]], rel, 1, f"云化工业软件{v[LABELS[39]]}个", row_label="上架合计"),
              fact(LABELS[47], str(s["apps_pub"]), "个", s["apps_pub"], rel, 1, f"公有云部署{s['apps_pub']}个", row_label="上架合计")]
    # ---- devices
    rel = F["dev"]
    cat = [[k, str(n), str(v[LABELS[28]][k]), str(v[LABELS[31]][k])] for k, n in v[LABELS[25]].items()]
    reg = [[k, str(n), str(v[LABELS[29]][k]), str(v[LABELS[32]][k])] for k, n in v[LABELS[26]].items()]
    head = ["分类", "接入数量（台/套）", "公有云接入（台/套）", "公有云日均运行（台/套）"]
    facts += stats_pdf(root / rel, rel, [
        {"title": "平台接入设备统计", "intro": "数据截至二〇二四年六月三十日。“其他”为污染防治设备（格栅、曝气器、污泥脱水机等）。",
         "tables": [("一、按设备二级分类", head, cat + [(["合计", str(s["dev_total"]), str(s["dev_pub"]), str(s["dev_run"])],
                                                      [(1, LABELS[24], "台/套", s["dev_total"], ""), (2, LABELS[27], "台/套", s["dev_pub"], ""),
                                                       (3, LABELS[30], "台/套", s["dev_run"], "")])], [2, 1.6, 1.6, 1.8]),
                    ("二、按省市区域（设备所属企业注册地）", ["区域"] + head[1:], reg + [["合计", str(s["dev_total"]), str(s["dev_pub"]),
                                                                                  str(s["dev_run"])]], [2, 1.6, 1.6, 1.8])],
         "notes": [f"海外设备合计{v[LABELS[33]]}台/套：" + "、".join(f"{k}{n}台" for k, n in s["overseas"].items())]}],
        header="上海西派埃智能化系统有限公司")
    facts.append(fact(LABELS[33], str(v[LABELS[33]]), "台/套", v[LABELS[33]], rel, 1, f"海外设备合计{v[LABELS[33]]}台/套",
                      row_label="海外设备合计"))
    # ---- data-centre screenshot
    rel = F["png"]
    tiles = [("存储总容量（TB）", f2(s["cap"])), ("已存储工业数据（TB）", f2(s["data"])), ("其中公有云数据（TB）", f2(s["pubdata"])),
             ("在用云服务器（台）", str(int(s["cloud"]))), ("其中公有云服务器（台）", str(s["cloud_pub"])), ("今日数据写入", "1.86TB")]
    render.dashboard(root / rel, f"{PID}/{rel}", "西派埃环境云 · 数据中心运行监控", tiles,
                     "截图时间：二〇二四年六月三十日。“今日数据写入”为当日增量，非申报指标。", "2024-06-30 09:15", rng)
    facts += [fact(LABELS[53], f2(s["cap"]), "TB", s["cap"], rel, 1, row_label="存储总容量（TB）", image_only=True),
              fact(LABELS[54], f2(s["data"]), "TB", s["data"], rel, 1, row_label="已存储工业数据（TB）", image_only=True),
              fact(LABELS[55], f2(s["pubdata"]), "TB", s["pubdata"], rel, 1, row_label="其中公有云数据（TB）", image_only=True),
              fact(LABELS[51], str(int(s["cloud"])), "台", s["cloud"], rel, 1, row_label="在用云服务器（台）", image_only=True),
              fact(LABELS[52], str(s["cloud_pub"]), "台", s["cloud_pub"], rel, 1, row_label="其中公有云服务器（台）", image_only=True)]
    # ---- users & capabilities
    rel = F["ops"]
    reg_rows = [[k, str(n)] for k, n in s["cust_reg"].items()]
    m = lambda lab, n, unit="家": [(1, lab, unit, n, "")]
    facts += stats_pdf(root / rel, rel, [
        {"title": "平台用户统计（截至二〇二四年六月三十日）", "tables": [
            ("一、用户总体情况", ["指标", "数量（家）"], [
                (["注册企业用户", str(s["registered"])], m(LABELS[69], s["registered"])),
                (["实际服务企业（累计）", str(s["served"])], m(LABELS[70], s["served"])),
                (["其中：付费企业", str(s["paid"])], m(LABELS[73], s["paid"])),
                (["其中：上海市企业", str(s["cust_reg"]["上海"])], m(LABELS[74], s["cust_reg"]["上海"])),
                (["其中：中小企业", str(s["sme"])], m(LABELS[75], s["sme"]))], [3, 2]),
            ("二、实际服务企业按省市区域分布", ["省市/国家", "企业数（家）"], reg_rows + [["合计", str(s["served"])]], [3, 2])]},
        {"title": "平台能力统计", "tables": [
            ("", ["指标", "数量（个）"], [
                (["工业机理模型", str(s["models"])], m(LABELS[57], s["models"], "个")),
                (["其中：活跃机理模型（一周调用5次以上）", str(s["models_active"])], m(LABELS[58], s["models_active"], "个")),
                (["核心工业模型月均调用用户", str(s["model_users"])], m(LABELS[59], s["model_users"], "个")),
                (["微服务", str(s["ms"])], m(LABELS[62], s["ms"], "个")),
                (["其中：活跃微服务（一周调用5次以上）", str(s["ms_active"])], m(LABELS[63], s["ms_active"], "个")),
                (["注册开发者", str(s["devs"])], m(LABELS[64], s["devs"], "个")),
                (["其中：活跃开发者", str(s["devs_active"])], m(LABELS[65], s["devs_active"], "个"))], [4, 2])]}],
        header="数字化环境装备服务工业互联网平台 · 统计报表")
    # ---- IP + awards
    rel = F["ip"]
    pat = [[str(i), f"一种{['曝气', '加药', '泵站', '污泥'][i % 4]}智能控制方法", f"ZL2019{10500000 + i * 3331:08d}.{i % 10}",
            "发明" if i % 3 else "实用新型"] for i in range(1, s["patents"] + 1)]
    sw = [[str(i), f"西派埃环境云{['监控', '诊断', '能效', '巡检', '报表'][i % 5]}软件V{1 + i % 3}.0", f"2020SR{1100000 + i * 811:07d}"]
          for i in range(1, s["softc"] + 1)]
    aw = [["1", "上海市工业互联网平台创新应用示范", "2021年"], ["2", "工业互联网APP优秀解决方案", "2021年"],
          ["3", "上海市科技进步奖三等奖", "2022年"], ["4", "环境保护科学技术奖二等奖", "2022年"],
          ["5", "上海市专精特新“小巨人”配套示范项目", "2023年"], ["6", "工业互联网平台创新领航应用案例", "2023年"]]
    render.text_pdf(root / rel, [
        [("h", "知识产权清单"), ("p", f"表1 授权专利（共{s['patents']}项）"), ("t", [["序号", "名称", "专利号", "类型"]] + pat, [0.6, 4, 3, 1], 8)],
        [("p", f"表2 软件著作权（共{s['softc']}项）"), ("t", [["序号", "名称", "登记号"]] + sw[:28], [0.6, 5, 3], 8)],
        [("t", [["序号", "名称", "登记号"]] + sw[28:], [0.6, 5, 3], 8), ("p", "荣誉清单（省部级及以上）"),
         ("t", [["序号", "名称", "年份"]] + aw + [["合计", "6项", ""]], [0.6, 5, 2], 8)]], header="上海西派埃智能化系统有限公司")
    facts += [fact(LABELS[93], str(s["patents"]), "项", s["patents"], rel, 1, f"授权专利（共{s['patents']}项）", row_label="表1"),
              fact(LABELS[94], str(s["softc"]), "项", s["softc"], rel, 2, f"软件著作权（共{s['softc']}项）", row_label="表2"),
              fact(LABELS[98], "6", "项", 6, rel, 3, "6项", row_label="合计")]
    # ---- certificates: expired + renewed ISO/IEC 27001, licence valid to 2029
    rel = F["cert"]
    key = f"{PID}/{rel}"
    pages = cert_images([
        {"title": "信息安全管理体系认证证书", "lines": ["证书编号：ISC-2020-IS-0418", f"兹证明 {s['company']}",
                                                    "信息安全管理体系符合 GB/T 22080-2016 / ISO/IEC 27001:2013",
                                                    "认证范围：工业互联网平台的运维与服务", "有效期：2020年11月21日至2023年11月20日"],
         "issuer": "华信认证中心有限公司", "seal": "华信认证中心有限公司", "stamp": "（已到期，换证后新证书见下页）"},
        {"title": "信息安全管理体系认证证书", "lines": ["证书编号：ISC-2023-IS-1276", f"兹证明 {s['company']}",
                                                    "信息安全管理体系符合 GB/T 22080-2016 / ISO/IEC 27001:2022",
                                                    "认证范围：工业互联网平台的运维与服务", "有效期：2023年11月21日至2026年11月20日"],
         "issuer": "华信认证中心有限公司", "seal": "华信认证中心有限公司"},
        {"title": "信息系统安全集成服务资质证书", "lines": ["证书编号：ISCCC-2024-ISV-SI-0632", f"单位名称：{s['company']}",
                                                     "服务级别：二级", "有效期至：2029年1月14日"],
         "issuer": "信息安全服务资质评定机构（示例）", "seal": "资质评定专用章"}], key, rng)
    render.image_pdf(root / rel, pages)
    return files, facts


def book(s: dict, v: dict) -> dict:
    return {
        "一、申报单位简介": ["上海西派埃智能化系统有限公司成立于2004年，专注环境工程自动化与环保装备智能化，2023年营业收入约3.84亿元。"],
        "二、平台建设及运营情况": [
            "平台于2017年6月启动建设，与上海浦江环境技术研究院有限公司合作共建、联合运营，部署于边缘侧、私有云和混合云。",
            "截至二〇二四年六月三十日，平台接入环境装备一万五千六百四十台（套），其中海外二百八十台；实际服务企业一千二百三十家，"
            "付费企业四百六十二家，占注册企业用户逾三成。",
            ("table", [["三级指标", "本平台数据", "对标数据"], ["2.2.2 数据处理", "存储容量960TB，利用率63.80%", "同类平台（平台名称：某水务云平台）约500TB"],
                       ["3.1.1 平台应用规模", "实际服务企业1,230家", "同类平台约800家"]]),
            "平台技术创新点：边缘采集网关、曝气节能优化模型、工艺诊断知识库均为自主研发。"],
        "三、平台应用成效": ["用户吨水电耗平均下降12.48%，运维成本平均下降21.35%。应用创新点：按效付费的环境装备服务模式。"],
        "四、平台下一步发展计划": ["拓展工业废水与固废处理装备，建设环境装备碳管理模块。"],
        "五、平台应用案例": ["案例1：西派埃环境云——城镇污水厂曝气节能", "案例2：西派埃环境云——化工园区废水智能运维",
                         "案例3：西派埃环境云——县域水厂远程托管"],
        "六、附件及其他说明材料": ["附件3-1 2023年度审计报告（平台业务明细见第4页）", "附件3-2 工业APP清单（仅“上架”工作表计数）",
                                "附件3-3 接入设备统计", "附件3-4 数据中心运行截图", "附件3-5 平台用户及能力统计（第1—2页）",
                                "附件3-6 知识产权及荣誉清单（第1—3页）", "附件3-7 信息安全管理体系认证证书（含到期旧证及换发新证）"],
        "七、平台相较上年度对比情况": [
            "自二〇二三年七月以来，平台主要指标对比如下（上年度数据为2023年度参评申报数据）：",
            ("table", [["指标", "上年度申报", "本年度申报"], ["连接的工业设备（台/套）", "13,280", "15,640"],
                       ["工业APP数量（个）", "141", "168"], ["实际服务企业数（个）", "1,046", "1,230"],
                       ["存储容量（TB）", "720.00", "960.00"], ["平台相关营业收入（万元）", "5,734.18", "6,618.52"]]),
            "功能模块方面新增碳排核算与污泥管理应用；应用服务方面拓展至印度尼西亚、马来西亚。"],
    }
