"""h87_lianying_clean — 附件6 序号6 联影医疗工业互联网平台 (上海联影医疗科技股份有限公司, 2023 未参评).
行业型 platform, medical-equipment industry. Office style: ☑/☐ boxes, thousands separators in cells, private-deployment
format for devices, audit in 万元 with 本年数/上年数 and a 附注 「分部信息」 (platform = one of three segments),
company 研发费用 and 营业收入 far larger than the platform's, device ledger with 数量 per row (120 台 a row),
运营大屏 PNG with three distractor figures, 等保三级 备案证明 scan, 汇总表 with its own 备注 column."""

from __future__ import annotations

import random
from pathlib import Path

import openpyxl

from eval_sets.blind.h87 import apply, render
from eval_sets.blind.h87.evidence import cert_images, fact, northwest, stats_pdf
from eval_sets.blind.h87.model import LABELS, comma, f2, split
from eval_sets.blind.h87.texts import base_txt

PID = "h87_lianying_clean"
E = "附件3 证明材料"
F = {"audit": f"{E}/3-1 2023年度审计报告（节选）.pdf", "dev": f"{E}/3-2 平台接入设备台账.xlsx",
     "ops": f"{E}/3-3 平台运营数据统计报告.pdf", "png": f"{E}/3-4 平台运营大屏截图.png",
     "ip": f"{E}/3-5 知识产权清单.pdf", "award": f"{E}/3-6 荣誉清单.pdf", "cert": f"{E}/3-7 网络安全等级保护备案证明.pdf"}


def spec() -> dict:
    s = dict(
        list_no=6, listed_name="联影医疗工业互联网平台", declared_name="联影医疗工业互联网平台", company="上海联影医疗科技股份有限公司",
        participated=False, nature="行业型工业互联网平台", contact="沈嘉禾", contact_title="数字化运营部经理", phone="13917264085",
        email="shenjiahe@uih-iot.example.com", contact2=["顾一鸣", "上海联影医疗科技股份有限公司", "平台产品经理", "13816620473",
                                                        "guyiming@uih-iot.example.com"],
        venue="上海市嘉定区城北路2258号联影园区研发楼B座5楼报告厅", url="https://iiot.uih.example.com", account="sheitc_review",
        password="Uih#Rev2024", build_time="2019.04-2023.12", build_time_text="2019年4月至2023年12月", build_amount=9800.00,
        build_mode="自建", operation="自运营", deploy=["边缘侧", "私有云", "公有云", "混合云"], iaas_vendor="",
        rev={2020: 3120.40, 2021: 4268.15, 2022: 5390.62, 2023: 6827.34}, rd=1486.20, profit=1032.58,
        ops=132, opr=74, qual=158,
        dev_total=26880, private=3360, dev_pub=18240, dev_run=12064,
        dev_cat={"仪器仪表": 62, "电工、电子设备": 18, "机器人": 8, "动力设备": 7, "其他": 5},
        dev_reg={"上海": 22, "江苏": 14, "浙江": 10, "广东": 12, "北京": 8, "山东": 8, "湖北": 7, "四川": 7, "河南": 6},
        overseas={"美国United States": 420, "印度India": 380, "波兰Poland": 260},
        protocols=186, software=412, apps=356, apps_native=218,
        app_cat={"运维服务": 30, "质量管控": 18, "生产制造": 16, "研发设计": 12, "安全生产": 8, "运营管理": 8, "供应链管理": 5, "节能减排": 3},
        app_ind={"机械": 55, "医药": 20, "电子": 15, "服务业": 10},
        apps_mau=241, killer_online=1864, killer_daily=15620, killer_income=38.46, apps_pub=198, apps_pub_dau=87,
        cloud=186.50, cloud_pub=112, cap=1200.00, data=783.60, pubdata=318.40,
        models=264, models_active=131, model_users=486, model_cat={"数据算法模型": 30, "研发仿真模型": 20, "行业机理模型": 38, "业务流程模型": 12},
        speed=("秒级", "秒级（每TB影像设备运行日志聚合分析约6秒）"),
        ms=1320, ms_active=712, devs=4860, devs_active=1215,
        registered=3260, served=2418, paid=1041, sme=1692,
        cust_ind={"机械": 40, "医药": 25, "电子": 15, "服务业": 12, "其他": 8},
        cust_reg={"上海": 486, "江苏": 352, "浙江": 268, "广东": 301, "北京": 214, "山东": 236, "湖北": 187, "四川": 176, "河南": 148,
                  "美国United States": 22, "印度India": 18, "波兰Poland": 10},
        orders=(18420, 19736), trade_growth=18.62, subs=6240, subs_killer=2986, subs_amount=2864.30,
        dev_util=72.45, localization=88.00, smart_factories=4, parks=12, solutions=42,
        sol_mode={"数字化管理": 8, "平台化设计": 5, "网络化协同": 7, "智能化制造": 9, "个性化定制": 4, "服务化延伸": 9},
        listed=True, cost_down=16.84, energy_down=8.62, safety_up=19.35, indices=5, patents=38, softc=46, awards=7, jobs=380,
        social=21.36, open_data="以API接口、设备运行数据集和运维知识库形式开放：开放API接口214个、脱敏设备运行数据集6个、运维知识条目3,200条",
        partners=9,
        style=dict(check=("☑", "☐"), num="comma", summary="remark", form_date="2024.7.12", book_date="2024年7月", commit_date="2024.7.12"),
        company_info=dict(code="91310114MA1GT0XX8Q", founded="2011.3.21", district="上海市嘉定区", type="股份有限公司（上市）",
                          capital="82,415.80万元", business="高端医学影像及放疗设备研发、生产与服务", legal="薛明远",
                          equity="机构投资者、创始团队及员工持股平台", assets="3,268,417.52", revenue="1,141,080.62", growth="23.98",
                          debt="28.47", profit="231,604.88", tax="68,251.36"),
    )
    p = dict(dom="医疗装备", short="联影智联", obj="医疗设备", company_short="联影医疗",
             pos="面向医疗装备行业的设备全生命周期服务平台，支撑装备制造企业与医疗机构设备远程运维。",
             policy="高端装备智能运维", trend="医疗装备向智能化、服务化转型，设备远程运维和预测性维护需求快速增长。",
             resources="零部件供应商412家、维修工程师2,860名、备件SKU约3.6万个、运维知识条目1.2万条",
             systems="ERP、MES、PLM、CRM及售后工单系统", edge_nodes=1260, latency=20, records="8,600万",
             compute="公有云ECS 112台（约3,584 vCPU），私有云服务器按资源占比折算74.50台，可弹性扩展。",
             tech="设备远程接入网关、影像设备健康评估模型、低代码运维应用引擎", knowledge="故障知识条目1.2万条、维修工艺模板860个",
             benefit="三个案例平均带动设备开机时长提升12.6%，新增检查服务收入年均约860万元，带动新增就业岗位46个。",
             cost="三个案例平均降低运维成本16.84%，单台设备年均能耗下降8.62%，备件库存资金占用下降21%。",
             supply="平台与412家零部件供应商ERP系统对接，实现备件需求预测、寄售库存和质量追溯协同；供应商交付准时率由91%提升至97%，"
                    "备件周转天数由46天降至31天；对供应链上下游开放需求计划与质量数据，带动供应商完成数字化改造58家。",
             newtech="平台融合5G、边缘计算、数字孪生和AI大模型：5G专网支撑手术室设备低时延接入；设备数字孪生体用于远程故障复现；"
                     "运维大模型辅助工程师检索知识、生成维修方案，一次修复率提升9个百分点。",
             standards="参与制定行业标准2项：《医用电气设备远程维护服务规范》（参与）、《医学影像设备数据接口要求》（参与）。",
             contrib="平台服务本市医疗装备及配套企业486家，支撑长三角医疗装备产业集群协同；在四川、湖北等地建设区域服务中心，"
                     "带动国产高端医疗装备在基层医疗机构的稳定运行，累计保障设备开机时长提升一成以上。",
             open="向供应链上下游开放设备运行数据、备件需求计划与质量数据，按协议授权共享，建立供应商接入、数据使用审批与收益分配机制，"
                  "已有412家供应商接入，开放API接口214个。",
             cross="平台已与区域医疗设备管理平台、国家工业互联网标识解析二级节点、供应商协同平台等实现API互调，"
                   "支持工单、备件与设备档案跨平台同步。",
             newmode="培育“设备即服务”新模式：按开机时长计费的影像设备服务包已覆盖医疗机构126家；培育远程运维服务新业态，"
                     "形成第三方工程师共享服务网络。",
             sec_docs="《平台网络安全管理办法》（UIH-IT-2021-07，2021年5月）、《数据安全管理制度》（UIH-IT-2022-03，2022年3月）、"
                      "《应急响应预案》（UIH-IT-2023-11，2023年9月）",
             test_cycle="每年一次（委托第三方测评机构开展等保测评及渗透测试）", scan_cycle="每月一次漏洞扫描，重大版本上线前加扫",
             listed_text="公司已于上海证券交易所科创板上市。",
             breakthrough="自研影像设备健康评估模型，故障预测准确率达92%，优于国外同类方案的约85%。",
             carbon="具备设备能耗监测与碳排放核算服务，服务装备制造企业与医疗机构共37家。",
             ident="平台接入国家标识解析二级节点，为设备及关键零部件赋码约21万个，实现全生命周期追溯。",
             factories="服务上海市级智能工厂4家，提供设备远程运维与质量追溯服务。",
             local_note="软件国产化率92%，硬件国产化率84%", index_note="设备健康指数、开机率指数、备件景气指数等",
             award_note="详见附件3-6荣誉清单",
             intro="联影医疗工业互联网平台是上海联影医疗科技股份有限公司打造的行业型工业互联网平台，面向医疗装备行业，"
                   "提供设备远程接入、健康评估、预测性维护、备件协同和质量追溯等服务。平台已连接各类医疗装备及生产设备2.6万余台（套），"
                   "汇聚零部件供应商四百余家，服务企业和医疗机构两千四百余家，主要客户包括装备制造企业、零部件供应商和各级医疗机构。",
             effect="平台解决了医疗装备分布分散、故障响应慢、备件协同难等痛点，设备平均故障修复时间缩短约三成，"
                    "带动供应链企业数字化改造五十余家，推动国产高端医疗装备服务模式由被动维修向主动服务转变。")
    s["txt"] = base_txt(p)
    s["txt"]["边缘数据处理能力"] += ("\n私有化部署说明：平台在38家大型医疗机构及装备企业采用私有化部署，涉及设备3,360台（套）、边缘节点210个，"
                              "私有化节点与私有云统一纳管，运行数据按协议脱敏后汇聚，相关数量已计入上述总体情况。")
    s["proof"] = {LABELS[19]: "附件3-1 第4页", LABELS[21]: "附件3-1 第4页", LABELS[22]: "附件3-1 第4页（利润总额）",
                  LABELS[24]: "附件3-2 设备台账；附件3-4", LABELS[27]: "附件3-2 汇总", LABELS[33]: "附件3-2 汇总",
                  LABELS[37]: "附件3-3 第1页", LABELS[57]: "附件3-3 第1页", LABELS[62]: "附件3-3 第1页",
                  LABELS[64]: "附件3-3 第1页", LABELS[69]: "附件3-3 第2页", LABELS[70]: "附件3-3 第2页",
                  LABELS[93]: "附件3-5", LABELS[94]: "附件3-5", LABELS[98]: "附件3-6", LABELS[66]: "附件3-7"}
    s["summary_remarks"] = {LABELS[24]: "含私有化部署3,360台/套", LABELS[21]: "取自审计报告分部信息（工业互联网平台分部）",
                            LABELS[19]: "平台分部研发费用，非公司整体", LABELS[76]: "两种口径均列示", LABELS[83]: "服务上海市级智能工厂"}
    return s


def evidence(root: Path, s: dict, v: dict, rng: random.Random, tmp: Path) -> tuple[dict, list]:
    facts: list[dict] = []
    files = {F["audit"]: "evidence:audit_report", F["dev"]: "evidence:device_list", F["ops"]: "evidence:other",
             F["png"]: "evidence:screenshot", F["ip"]: "evidence:patent_list", F["award"]: "evidence:award_list",
             F["cert"]: "evidence:other"}
    key = lambda rel: f"{PID}/{rel}"
    rev, rd, prof = s["rev"], s["rd"], s["profit"]
    # ---- audit (万元, 本年数/上年数; 附注 分部信息 with three segments)
    seg = {"医学影像设备分部": (1_052_316.40, 468_204.37, 205_118.63, 217_463.60),
           "放疗及生命科学设备分部": (84_612.96, 41_207.55, 23_241.32, 13_108.70),
           "工业互联网平台分部": (rev[2023], 3_694.10, rd, prof)}
    elim = -2_676.08
    tot = [sum(x[i] for x in seg.values()) + (elim if i < 2 else 0) for i in range(4)]
    seg22 = {"医学影像设备分部": (851_206.24, 380_115.62), "放疗及生命科学设备分部": (66_017.35, 33_480.04),
             "工业互联网平台分部": (rev[2022], 2_955.27)}
    elim22 = -2_234.10
    tot22 = [sum(x[i] for x in seg22.values()) + elim22 for i in range(2)]
    rel = F["audit"]
    c = lambda x: comma(x, 2)
    pages = [
        [("gap", 120), ("h", "上海联影医疗科技股份有限公司"), ("h", "2023年度财务报表审计报告（节选）"), ("gap", 40),
         ("p", "沪信联合会计师事务所（特殊普通合伙）"), ("p", "报告文号：沪信联审字〔2024〕第0318号"),
         ("p", "节选说明：本附件节选审计意见、合并利润表及财务报表附注“分部信息”，金额单位均为人民币万元。")],
        [("h", "审计报告"), ("p", "上海联影医疗科技股份有限公司全体股东："),
         ("p", "我们审计了上海联影医疗科技股份有限公司（以下简称联影医疗）财务报表，包括2023年12月31日的合并及公司资产负债表，"
               "2023年度的合并及公司利润表、现金流量表、股东权益变动表以及相关财务报表附注。"),
         ("p", "我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了联影医疗2023年12月31日的合并及公司财务状况"
               "以及2023年度的合并及公司经营成果和现金流量。"),
         ("p", "沪信联合会计师事务所（特殊普通合伙）    中国注册会计师：陆思远  钱佳琪"), ("p", "二〇二四年三月二十六日"),
         ("seal", "沪信联合会计师事务所")],
        [("h", "合并利润表"), ("s", "编制单位：上海联影医疗科技股份有限公司    2023年度    单位：万元"),
         ("t", [["项目", "本年数", "上年数"],
                ["一、营业收入", c(tot[0]), c(tot22[0])], ["减：营业成本", c(tot[1]), c(tot22[1])],
                ["税金及附加", "8,416.27", "6,904.13"], ["销售费用", "171,203.55", "143,668.20"], ["管理费用", "68,514.90", "55,127.41"],
                ["研发费用", c(tot[2]), "186,240.73"], ["财务费用", "-12,306.48", "-9,814.66"], ["加：其他收益", "21,842.06", "18,005.30"],
                ["投资收益", c(231_018.44 - (tot[0] - tot[1] - 8_416.27 - 171_203.55 - 68_514.90 - tot[2] + 12_306.48 + 21_842.06)),
                 c(198_732.19 - (tot22[0] - tot22[1] - 6_904.13 - 143_668.20 - 55_127.41 - 186_240.73 + 9_814.66 + 18_005.30))],
                ["二、营业利润", "231,018.44", "198,732.19"], ["加：营业外收入", "1,106.52", "842.17"],
                ["减：营业外支出", "520.08", "386.45"], ["三、利润总额", "231,604.88", "199,187.91"]], [3, 2, 2])]]
    seg_rows = [["项目", *seg.keys(), "分部间抵销", "合计"]]
    names = ["营业收入", "营业成本", "研发费用", "利润总额"]
    for i, n in enumerate(names):
        seg_rows.append([n, *[c(x[i]) for x in seg.values()], c(elim) if i < 2 else "—", c(tot[i])])
    seg22_rows = [["项目", *seg22.keys(), "分部间抵销", "合计"]]
    for i, n in enumerate(names[:2]):
        seg22_rows.append([n, *[c(x[i]) for x in seg22.values()], c(elim22), c(tot22[i])])
    hist = [["项目", "2021年度", "2022年度", "2023年度"], ["营业收入", c(rev[2021]), c(rev[2022]), c(rev[2023])]]
    pages.append([("h", "财务报表附注（节选）"), ("p", "十四、分部信息"),
                  ("s", "本公司以内部组织结构、管理要求及内部报告制度为依据确定三个报告分部：医学影像设备分部、放疗及生命科学设备分部、"
                        "工业互联网平台分部。工业互联网平台分部即“联影医疗工业互联网平台”，收入为平台订阅及远程运维服务收入。"),
                  ("p", "分部信息（本年数）    单位：万元"), ("t", seg_rows, [2, 2.4, 2.6, 2.4, 1.6, 2.2], 7.5),
                  ("p", "分部信息（上年数）    单位：万元"), ("t", seg22_rows, [2, 2.4, 2.6, 2.4, 1.6, 2.2], 7.5),
                  ("p", "工业互联网平台分部近三年营业收入    单位：万元"), ("t", hist, [2, 2, 2, 2])])
    render.text_pdf(root / rel, pages, header="上海联影医疗科技股份有限公司 2023年度审计报告（节选）")
    col = "工业互联网平台分部"
    facts += [fact(LABELS[21], c(rev[2023]), "万元", rev[2023], rel, 4, row_label="营业收入", column_label=f"{col}（本年数）"),
              fact("平台近三年经营指标情况", c(rev[2022]), "万元", rev[2022], rel, 4, row_label="营业收入",
                   column_label=f"{col}（上年数）", component="2022年平台营收（万元）"),
              fact("平台近三年经营指标情况", c(rev[2021]), "万元", rev[2021], rel, 4, row_label="营业收入",
                   column_label="2021年度", component="2021年平台营收（万元）"),
              fact(LABELS[19], c(rd), "万元", rd, rel, 4, row_label="研发费用", column_label=f"{col}（本年数）"),
              fact(LABELS[22], c(prof), "万元", prof, rel, 4, row_label="利润总额", column_label=f"{col}（本年数）",
                   component="平台利润总额（万元）"),
              fact(LABELS[87], c(prof), "万元", prof, rel, 4, row_label="利润总额", column_label=f"{col}（本年数）",
                   component="平台年利润（万元）")]
    # ---- device ledger: one row per batch of up to 120 台; 合计 of 数量
    rel = F["dev"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "设备台账"
    ws.append(["联影医疗工业互联网平台接入设备台账（截至2024.6.30）"])
    ws.append(["序号", "设备二级分类", "设备所属企业所在地", "接入批次", "数量（台/套）"])
    matrix = northwest(v[LABELS[26]], v[LABELS[25]])
    no = 0
    for (reg, cat), q in matrix.items():
        b = 0
        while q > 0:
            n = min(120, q)
            no += 1
            b += 1
            ws.append([no, cat, reg, f"{cat[:2]}-{reg[:2]}-{b:03d}", n])
            q -= n
    ws.append(["合计", "", "", f"共{no}行", s["dev_total"]])
    ws.append(["说明：每行为一个接入批次，“数量”为该批次设备台数（一般每批120台），设备总数以“数量”列合计为准，不等于行数。"])
    ws2 = wb.create_sheet("汇总")
    ws2.append(["按设备二级分类汇总（台/套）"])
    ws2.append(["设备二级分类", "接入数量", "其中：公有云接入", "公有云日均运行"])
    for k in v[LABELS[25]]:
        ws2.append([k, v[LABELS[25]][k], v[LABELS[28]][k], v[LABELS[31]][k]])
    ws2.append(["合计", s["dev_total"], s["dev_pub"], s["dev_run"]])
    ws2.append([])
    ws2.append(["海外设备（台/套）", "数量"])
    for k, q in s["overseas"].items():
        ws2.append([k, q])
    ws2.append(["海外合计", v[LABELS[33]]])
    ws2.append(["其中私有化部署设备（台/套）", s["private"]])
    apply._save_xlsx(wb, root / rel)
    facts += [fact(LABELS[24], str(s["dev_total"]), "台/套", s["dev_total"], rel, 1, row_label="合计", column_label="数量（台/套）"),
              fact(LABELS[24], str(s["dev_total"]), "台/套", s["dev_total"], rel, 2, row_label="合计", column_label="接入数量"),
              fact(LABELS[27], str(s["dev_pub"]), "台/套", s["dev_pub"], rel, 2, row_label="合计", column_label="其中：公有云接入"),
              fact(LABELS[30], str(s["dev_run"]), "台/套", s["dev_run"], rel, 2, row_label="合计", column_label="公有云日均运行"),
              fact(LABELS[33], str(v[LABELS[33]]), "台/套", v[LABELS[33]], rel, 2, row_label="海外合计", column_label="数量")]
    # ---- operations statistics report (PDF, text)
    rel = F["ops"]
    mk = lambda lab, unit, n: (1, lab, unit, n, "")
    p1 = [("资源与应用", ["指标", "数值", "单位", "统计口径"], [
        (["工业APP（已落地应用）", str(s["apps"]), "个", "截至2024/06/30"], [mk(LABELS[37], "个", s["apps"])]),
        (["  其中：平台原生开发", str(s["apps_native"]), "个", "截至2024/06/30"], [mk(LABELS[38], "个", s["apps_native"])]),
        (["  其中：传统软件云化", str(v[LABELS[39]]), "个", "截至2024/06/30"], [mk(LABELS[39], "个", v[LABELS[39]])]),
        (["  其中：公有云部署", str(s["apps_pub"]), "个", "截至2024/06/30"], [mk(LABELS[47], "个", s["apps_pub"])]),
        (["工业机理模型", str(s["models"]), "个", "截至2024/06/30"], [mk(LABELS[57], "个", s["models"])]),
        (["  其中：活跃模型（周调用≥5次）", str(s["models_active"]), "个", "近一周"], [mk(LABELS[58], "个", s["models_active"])]),
        (["微服务", str(s["ms"]), "个", "截至2024/06/30"], [mk(LABELS[62], "个", s["ms"])]),
        (["  其中：活跃微服务（周调用≥5次）", str(s["ms_active"]), "个", "近一周"], [mk(LABELS[63], "个", s["ms_active"])]),
        (["注册开发者", str(s["devs"]), "个", "截至2024/06/30"], [mk(LABELS[64], "个", s["devs"])]),
        (["  其中：活跃开发者", str(s["devs_active"]), "个", "月登录且调用工具"], [mk(LABELS[65], "个", s["devs_active"])]),
        ["本月API调用", "3,862.4万", "次", "2024年6月"]], [4, 1.6, 1, 2.4])]
    p2 = [("用户与订阅", ["指标", "数值", "单位", "统计口径"], [
        (["注册企业用户", str(s["registered"]), "家", "截至2024/06/30"], [mk(LABELS[69], "家", s["registered"])]),
        (["实际服务企业（累计）", str(s["served"]), "家", "截至2024/06/30"], [mk(LABELS[70], "家", s["served"])]),
        (["  其中：付费企业", str(s["paid"]), "家", "截至2024/06/30"], [mk(LABELS[73], "家", s["paid"])]),
        (["  其中：上海市企业", str(s["cust_reg"]["上海"]), "家", "按注册地"], [mk(LABELS[74], "家", s["cust_reg"]["上海"])]),
        (["  其中：中小企业", str(s["sme"]), "家", "按工信部联企业〔2011〕300号"], [mk(LABELS[75], "家", s["sme"])]),
        (["工业APP订阅（累计）", str(s["subs"]), "个", "自运营以来"], [mk(LABELS[78], "个", s["subs"])]),
        (["  其中：杀手锏APP订阅", str(s["subs_killer"]), "个", "订阅数前5的APP"], [mk(LABELS[79], "个", s["subs_killer"])]),
        (["工业APP订阅总金额", f2(s["subs_amount"]), "万元", "自运营以来"], [mk(LABELS[80], "万元", s["subs_amount"])])],
        [4, 1.6, 1, 2.4])]
    facts += stats_pdf(root / rel, rel, [
        {"title": "联影医疗工业互联网平台运营数据统计报告", "intro": "数据来源：平台运营管理后台；统计截止日：2024/06/30；导出人：平台运营部。",
         "tables": p1, "notes": ["注：本月API调用为运行监控数据，不作为申报指标。"]},
        {"title": "", "tables": p2, "notes": ["注：付费企业指2023年以来有付费订单的企业（去重）。"]}],
        header="联影医疗工业互联网平台 · 运营数据统计报告")
    # ---- dashboard PNG
    rel = F["png"]
    tiles = [("今日在线设备（台）", "11,932"), ("累计接入设备（台/套）", comma(s["dev_total"])), ("本月API调用（次）", "3,862.4万"),
             ("设备在线率", "44.4%"), ("今日告警", "37"), ("今日远程工单", "218")]
    render.dashboard(root / rel, key(rel), "联影医疗工业互联网平台 · 运营大屏", tiles,
                     "截图说明：申报表“连接的工业设备数量”取自“累计接入设备（台/套）”，其余为实时运行数据。", "2024-06-30 17:42:06", rng)
    facts.append(fact(LABELS[24], comma(s["dev_total"]), "台/套", s["dev_total"], rel, 1, row_label="累计接入设备（台/套）",
                      image_only=True))
    # ---- IP list
    rel = F["ip"]
    pat = [[str(i), f"一种医疗设备{w}方法", f"ZL2021{10000000 + i * 7919:08d}.{i % 10}", "发明专利", s["company"]]
           for i, w in zip(range(1, 39), (["远程诊断", "故障预测", "数据采集", "健康评估", "备件调度", "日志压缩"] * 7))]
    sw = [[str(i), f"联影智联平台{w}软件V{1 + i % 4}.0", f"2022SR{1200000 + i * 613:07d}", s["company"]]
          for i, w in zip(range(1, 47), (["设备接入", "运维工单", "模型管理", "数据治理", "可视化", "知识库"] * 8))]
    pages = [[("h", "平台核心软硬件技术知识产权清单"), ("p", f"一、专利清单（共{s['patents']}项）"),
              ("t", [["序号", "专利名称", "专利号", "类型", "权利人"]] + pat[:24], [0.6, 3.4, 2.6, 1.2, 3], 7.5)],
             [("t", [["序号", "专利名称", "专利号", "类型", "权利人"]] + pat[24:], [0.6, 3.4, 2.6, 1.2, 3], 7.5),
              ("p", f"二、软件著作权清单（共{s['softc']}项）"),
              ("t", [["序号", "软件名称", "登记号", "著作权人"]] + sw[:14], [0.6, 4, 2.4, 3], 7.5)],
             [("t", [["序号", "软件名称", "登记号", "著作权人"]] + sw[14:], [0.6, 4, 2.4, 3], 7.5)]]
    render.text_pdf(root / rel, pages, header="上海联影医疗科技股份有限公司")
    facts += [fact(LABELS[93], str(s["patents"]), "项", s["patents"], rel, 1, f"专利清单（共{s['patents']}项）", row_label="专利清单"),
              fact(LABELS[94], str(s["softc"]), "项", s["softc"], rel, 2, f"软件著作权清单（共{s['softc']}项）",
                   row_label="软件著作权清单")]
    # ---- awards
    rel = F["award"]
    aw = [["1", "上海市工业互联网创新应用标杆", "2021.12", "上海市经济和信息化委员会"],
          ["2", "工业互联网平台创新领航应用案例", "2022.11", "工业和信息化部"], ["3", "上海市科技进步奖二等奖", "2022.5", "上海市人民政府"],
          ["4", "智能制造优秀场景", "2023.3", "工业和信息化部等四部门"], ["5", "上海市数字化转型示范案例", "2023.8", "上海市经济和信息化委员会"],
          ["6", "工业互联网试点示范项目", "2023.12", "工业和信息化部"], ["7", "上海市“工赋链主”培育企业", "2024.1", "上海市经济和信息化委员会"]]
    render.text_pdf(root / rel, [[("h", "平台获得省部级及以上奖项/荣誉清单"),
                                  ("t", [["序号", "奖项/荣誉名称", "获奖时间", "颁发单位"]] + aw + [["合计", f"{len(aw)}项", "", ""]],
                                   [0.6, 4, 1.4, 3.4])]], header="上海联影医疗科技股份有限公司")
    facts.append(fact(LABELS[98], str(s["awards"]), "项", s["awards"], rel, 1, f"{s['awards']}项", row_label="合计"))
    # ---- 等保 备案证明 (scan, no facts)
    rel = F["cert"]
    pages = cert_images([{"title": "信息系统安全等级保护备案证明", "lines": [
        f"{s['company']}：", "你单位的“联影医疗工业互联网平台”信息系统，", "安全保护等级为第三级，经审核合格，准予备案。",
        "备案编号：31011499022-24001", "备案日期：2024年1月18日", "有效期：长期（每年开展等级测评）"],
        "issuer": "上海市公安局嘉定分局", "seal": "上海市公安局嘉定分局网络安全保卫支队"}], key(rel), rng)
    render.image_pdf(root / rel, pages)
    return files, facts


def book(s: dict, v: dict) -> dict:
    return {
        "一、申报单位简介": [
            "上海联影医疗科技股份有限公司成立于2011年，是从事高端医学影像及放疗设备研发、生产与服务的科创板上市公司。"
            "2023年公司实现营业收入一百一十四亿余元，研发费用逾二十二亿元；工业互联网平台为公司三个报告分部之一。",
            "公司拥有覆盖影像、放疗、生命科学的完整产品线，在嘉定、武汉、常州设有生产基地，服务网络覆盖全国及海外多个国家。"],
        "二、平台建设及运营情况": [
            "联影医疗工业互联网平台于2019年4月启动建设，2023年12月完成二期建设，采用自建方式，自运营，部署于边缘侧、私有云、公有云及混合云。",
            "平台面向医疗装备行业，提供设备远程接入、健康评估、预测性维护、备件协同、质量追溯五大类服务。",
            "截至上半年末（2024年6月30日），平台累计接入设备二万六千八百八十台（套），其中私有化部署三千三百六十台（套）；"
            "海外设备一千零六十台分布于美国、印度、波兰。实际服务企业二千四百一十八家，付费企业占注册企业用户逾三成。",
            ("table", [["三级指标", "本平台数据", "对标数据"],
                       ["1.2.1 创新投入情况", "平台研发投入1,486.20万元，强度21.77%", "同行业平台（平台名称：某医疗设备运维平台）研发投入约千万元级"],
                       ["2.1.1 工业设备连接", "26,880台/套", "同行业平台约1万台级"],
                       ["3.1.1 平台应用规模", "实际服务企业2,418家", "同行业平台约千家级"]]),
            "平台技术创新点：自研设备健康评估模型，远程接入网关兼容186种工业协议，低代码运维应用引擎支撑工业APP快速开发，关键技术自主可控。"],
        "三、平台应用成效": [
            "平台帮助用户设备平均故障修复时间缩短约三成，运维成本平均下降16.84%。",
            "应用创新点：以设备即服务模式推动医疗装备由卖产品向卖服务转型，形成可复制的行业解决方案。"],
        "四、平台下一步发展计划": ["2024—2026年，平台将拓展至体外诊断、康复设备等细分领域，深化运维大模型应用，目标接入设备四万台。"],
        "五、平台应用案例": [
            "案例1：联影医疗工业互联网平台——影像设备预测性维护", "企业简介：某三甲医院影像中心，拥有CT、MR等大型设备32台。",
            "平台简介：通过远程接入与健康评估模型实现预测性维护。", "案例实际内容简介：非计划停机减少41%，开机时长提升12%。",
            "案例2：联影医疗工业互联网平台——零部件供应商质量协同", "案例3：联影医疗工业互联网平台——区域设备共享服务"],
        "六、附件及其他说明材料": [
            "附件3-1 2023年度审计报告（节选），第1—4页（平台数据见第4页“分部信息”）；", "附件3-2 平台接入设备台账（Excel）；",
            "附件3-3 平台运营数据统计报告，第1—2页；", "附件3-4 平台运营大屏截图；", "附件3-5 知识产权清单，第1—3页；",
            "附件3-6 荣誉清单，第1页；", "附件3-7 网络安全等级保护备案证明。"],
    }


NAMES = {"contacts": "附件1 联系人信息反馈表（联影医疗）.docx", "form": "附件2 申报表（联影医疗）.docx",
         "scan": "附件2 申报表（联影医疗）盖章扫描件.pdf", "book": "附件3 申报书（联影医疗）.docx",
         "summary": "附件4 平台基本情况汇总表（联影医疗）.xlsx", "commit": "附件5 真实性承诺（联影医疗）.pdf"}
LAYOUT = ["naming:paren", "evidence_dir:附件3 证明材料", "form:docx-checkbox-☑☐", "numbers:thousands", "private_format",
          "audit_unit:万元", "audit_columns:本年数/上年数", "platform_part:分部信息(三分部)", "device_list:xlsx-quantity-per-row",
          "screenshot:png-dashboard-distractors", "certificate:等保备案证明-scan", "summary:xlsx-remark-column", "commitment:scan",
          "stamped_scan", "no_section7"]
