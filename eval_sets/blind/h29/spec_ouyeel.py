"""h29_ouyeel_problems — 附件6 序号16 欧冶云商生态运营平台 (欧冶云商股份有限公司), 2023参评=是.
Planted: ledger 合计 ≠ sum of its rows (declared revenue = the wrong 合计); a December-2023 contract whose
service starts 2024 fully recognised in 2023 (the customer's own letter says use began 2024-01); 申报书 without 七;
运维+运营 ≠ 平台团队总人数."""
from __future__ import annotations

import random
from pathlib import Path

import common as C
import evidence as ev
import forms
import kit
import pkgkit
import texts
from model import Pkg, check_consistency, pct, standard_rows

PID = "h29_ouyeel_problems"
CO = "欧冶云商股份有限公司"
PLAT = "欧冶云商生态运营平台"


def build(root: Path, truth_dir: Path) -> Pkg:
    rng = random.Random(2916)
    pk = root / "packages" / PID
    p = Pkg(PID, 16, PLAT, CO, PLAT, True, "欧冶云商")
    A, Z = "申报文件/", "佐证材料/"

    paid = [
        ("上海宝钢钢材加工配送有限公司", "310113", "黑色金属", "上海", "加工中心设备联网平台服务"),
        ("上海沪冶物流有限公司", "310113", "服务业", "上海", "钢材物流运输协同"),
        ("江苏锡钢仓储有限公司", "320200", "服务业", "江苏", "智慧仓储SaaS"),
        ("江苏南通钢结构工程有限公司", "320600", "建筑业", "江苏", "钢材质量追溯数据服务"),
        ("浙江杭钢金属材料有限公司", "330100", "黑色金属", "浙江", "智慧仓储SaaS"),
        ("宁波北仑钢材加工有限公司", "330200", "黑色金属", "宁波", "加工中心设备联网平台服务"),
        ("安徽马鞍山钢材物流有限公司", "340500", "服务业", "安徽", "钢材物流运输协同"),
        ("湖北武汉汽车板加工有限公司", "420100", "汽车", "湖北", "加工中心设备联网平台服务"),
        ("广东佛山钢铁物流园有限公司", "440600", "服务业", "广东", "智慧仓储SaaS"),
        ("上海临港重型装备有限公司", "310115", "机械", "上海", "钢材质量追溯数据服务"),
        ("山东日照钢材仓储有限公司", "371100", "服务业", "山东", "智慧仓储SaaS"),
        ("上海宝山工程机械配件有限公司", "310113", "机械", "上海", "钢材集采数据服务"),
        ("天津港钢铁物流有限公司", "120116", "服务业", "天津", "钢材物流运输协同"),
        ("江苏常州机械制造有限公司", "320400", "机械", "江苏", "钢材集采数据服务"),
    ]
    free = [("上海嘉定钢材贸易有限公司", "310114", "服务业", "上海"), ("上海浦东钢结构有限公司", "310115", "建筑业", "上海"),
            ("上海松江五金制品有限公司", "310117", "轻工", "上海"), ("江苏江阴钢丝绳有限公司", "320200", "黑色金属", "江苏"),
            ("江苏张家港不锈钢有限公司", "320500", "黑色金属", "江苏"), ("浙江宁海汽车零部件有限公司", "330200", "汽车", "宁波"),
            ("浙江嘉兴钢管有限公司", "330400", "黑色金属", "浙江"), ("安徽芜湖机械制造有限公司", "340200", "机械", "安徽"),
            ("湖北鄂州钢材加工有限公司", "420700", "黑色金属", "湖北"), ("广东东莞五金加工有限公司", "441900", "机械", "广东"),
            ("河北唐山钢材物流有限公司", "130200", "服务业", "河北"), ("山东青岛港钢材物流有限公司", "370200", "服务业", "青岛"),
            ("上海青浦物流仓储有限公司", "310118", "服务业", "上海"), ("重庆钢材加工配送有限公司", "500105", "黑色金属", "重庆"),
            ("四川成都钢铁贸易有限公司", "510100", "服务业", "四川"), ("福建厦门钢材加工有限公司", "350200", "黑色金属", "厦门")]
    specs = [(a, b, c_, d, e, "付费") for a, b, c_, d, e in paid] + \
            [(a, b, c_, d, rng.choice(["物流轨迹查询（免费）", "开放API调用", "仓储看板（试用）"]), "免费") for a, b, c_, d in free]
    custs = C.customers(rng, specs)
    g = {c["name"]: c for c in custs}
    served, paidn = len(custs), sum(1 for c in custs if c["extra"] == "付费")
    sh = sum(1 for c in custs if c["region"] == "上海")
    ind_by, reg_by = {}, {}
    for c in custs:
        ind_by[c["industry"]] = ind_by.get(c["industry"], 0) + 1
        reg_by[c["region"]] = reg_by.get(c["region"], 0) + 1
    ind_by = dict(sorted(ind_by.items(), key=lambda kv: -kv[1]))
    reg_by = dict(sorted(reg_by.items(), key=lambda kv: -kv[1]))

    K = [
        C.contract("OY-ST-2022-0815", g["江苏锡钢仓储有限公司"], "钢材智慧仓储SaaS服务合同", "钢材智慧仓储SaaS服务", "2022-08-15",
                   3186420.00, (2022, 9), 36, signer=("蒋勇", "吴凡")),
        C.contract("OY-PC-2022-1102", g["上海宝钢钢材加工配送有限公司"], "加工中心设备联网平台服务合同", "加工中心设备联网平台服务",
                   "2022-11-02", 4561180.00, (2022, 11), 24, invoiced=2280590.00, signer=("陆文华", "吴凡")),
        C.contract("OY-LG-2023-0116", g["上海沪冶物流有限公司"], "钢材物流运输协同平台服务合同", "钢材物流运输协同平台服务", "2023-01-16",
                   2127420.00, (2023, 2), 12, signer=("韩东", "吴凡")),
        C.contract("OY-ST-2023-0228", g["浙江杭钢金属材料有限公司"], "钢材智慧仓储SaaS服务合同", "钢材智慧仓储SaaS服务", "2023-02-28",
                   1702380.00, (2023, 3), 12, signer=("方明", "吴凡")),
        C.contract("OY-PC-2023-0410", g["宁波北仑钢材加工有限公司"], "加工中心设备联网与排产优化项目合同", "加工中心设备联网与排产优化",
                   "2023-04-10", 3981360.00, (2023, 5), 4, kind="project", signer=("周斌", "吴凡")),
        C.contract("OY-QT-2023-0526", g["江苏南通钢结构工程有限公司"], "钢材质量追溯数据服务合同", "钢材质量追溯数据服务", "2023-05-26",
                   851710.00, (2023, 6), 12, signer=("徐刚", "吴凡")),
        C.contract("OY-LG-2023-0619", g["安徽马鞍山钢材物流有限公司"], "钢材物流运输协同平台服务合同", "钢材物流运输协同平台服务",
                   "2023-06-19", 1382240.00, (2023, 7), 12, signer=("汪涛", "吴凡")),
        C.contract("OY-PC-2023-0731", g["湖北武汉汽车板加工有限公司"], "汽车板加工中心设备联网平台项目合同", "加工中心设备联网平台部署",
                   "2023-07-31", 2866240.00, (2023, 8), 3, kind="project", signer=("杨帆", "吴凡")),
        C.contract("OY-ST-2023-0905", g["广东佛山钢铁物流园有限公司"], "智慧仓储SaaS服务合同", "钢材智慧仓储SaaS服务", "2023-09-05",
                   2549300.00, (2023, 10), 24, invoiced=1274650.00, signer=("梁永强", "吴凡")),
        C.contract("OY-QT-2023-1018", g["上海临港重型装备有限公司"], "钢材质量追溯数据服务合同", "钢材质量追溯数据服务", "2023-10-18",
                   745180.00, (2023, 11), 12, signer=("沈杰", "吴凡")),
        # PLANTED: signed Dec 2023, service 2024, but fully recognised in 2023
        C.contract("OY-ST-2023-1208", g["山东日照钢材仓储有限公司"], "钢材智慧仓储SaaS年度服务合同", "钢材智慧仓储SaaS服务", "2023-12-08",
                   1908000.00, (2024, 1), 12, kind="future", rev=1800000.00, invoiced=1908000.00, signer=("孔德明", "吴凡")),
        C.contract("OY-DS-2023-1221", g["上海宝山工程机械配件有限公司"], "钢材集采数据服务合同", "钢材集采数据服务", "2023-12-21",
                   636000.00, (2024, 1), 12, kind="future", signer=("季伟", "吴凡")),
    ]
    K[10]["period"] = "2024.01-2024.12"
    row_sum = round(sum(k["rev2023"] for k in K), 2)
    printed_total = round(row_sum + 700000.00, 2)     # PLANTED: 合计 ≠ Σ rows
    T = C.totals(K, rev2023=printed_total)
    r23 = round(printed_total / 10000 + 1e-9, 2)

    cases = [dict(name="上海宝钢钢材加工配送有限公司", om=14.60, energy=8.30, safety=16.20),
             dict(name="宁波北仑钢材加工有限公司", om=18.90, energy=7.40, safety=19.80),
             dict(name="湖北武汉汽车板加工有限公司", om=12.70, energy=9.10, safety=14.60)]
    c = C.base_cfg(rng, devices=4128, cats={"冶炼设备": 18, "物流设备": 44, "机床": 26, "仪器仪表": 12},
                   regs={"上海": 34, "江苏": 22, "浙江": 8, "宁波": 7, "安徽": 6, "湖北": 8, "广东": 8, "山东": 4, "天津": 3},
                   overseas={}, app_native=64, app_cloud=18,
                   app_cats={"仓储物流": 26, "供应链管理": 20, "生产制造": 14, "质量管控": 10, "运营管理": 12},
                   app_inds={"黑色金属": 46, "机械": 18, "汽车": 10, "建筑业": 8},
                   models={"数据算法模型": 38, "行业机理模型": 24, "业务流程模型": 21}, store_cap=680.00, store_used=402.56)
    c.update(nature="综合型工业互联网平台（钢铁产业链生态服务）", contact="杜晓明", phone="13901928476",
             email="duxm@ouyeel.example.com", venue="上海市宝山区漠河路600号 东方环球企业中心A座12楼", url="https://eco.ouyeel.example.com",
             built="2017.02-2023.12", invest=8650.00, rev=(1012.30, 1186.45, 1398.62, r23), build_mode="自建", op_mode="自运营",
             deploy="私有云、公有云、混合云", team=(64, 41, 88), rd=612.35, profit=486.20,
             users=dict(reg=412, served=served, paid=paidn, sh=sh, sme=21, ind=ind_by, reg_by=reg_by),
             speed=("秒级（每TB仓储物流数据分析约6秒）", "秒级"), sec_test="是，每半年1次", sec_scan="是，每周1次", orders=(18640, 19372),
             trade_growth=12.84, subs=(956, 512, 1862.35), dev_util=81.40, domestic=88.00, smart_factory=3, parks=6,
             solutions=C.solutions(15), vc=True, cases=cases, indices=6, ip=(24, 58), carbon=True, idres=True,
             awards=["工业和信息化部跨行业跨领域工业互联网平台（钢铁领域）培育", "上海市工业互联网创新应用示范平台",
                     "上海市科技进步奖二等奖", "中国物流与采购联合会科学技术奖一等奖"], jobs=132, social=24.37,
             open_data="以API接口、数据集和指数形式开放：开放API接口216个、钢材物流数据集8个、钢材价格与库存指数6类", partners=9)
    C.finish_cfg(c, rng)
    standard_rows(p, c)
    assert not check_consistency(p), check_consistency(p)
    # PLANTED identity: total declared 112 while 运维 64 + 运营 41 = 105
    p.set("平台团队总人数（人）", "112", 112)

    D = dict(positioning="服务钢铁产业链上下游的生态运营平台，提供仓储、加工、物流、质量追溯与数据服务。",
             policy1="推动跨行业跨领域平台与特色平台发展", industry="钢铁行业", trend="钢铁流通向数字化、绿色化、服务化转型",
             org_short="欧冶云商", platform_short="欧冶生态", doc_prefix="欧冶云商信安",
             other_res="汇聚钢材仓库620座、加工中心180家、运输车辆4.6万辆、钢材质保书数据1.2亿条。",
             edge_nodes=318, latency=30, other_collect="支持对接钢厂ERP、仓库WMS、运输TMS及港口系统，采集库存、物流与质量数据。",
             compute="私有云120台服务器（CPU 5,760核），公有云弹性扩展至300核。",
             autonomy="钢材全程质量追溯、智慧仓储调度算法与平台PaaS底座为自主研发，自主可控。",
             benefit="三个案例平均提升加工中心产能利用率12%，新增加工配送量约45万吨。",
             cost="三个案例平均降低运维成本15.40%，能耗平均下降8.27%。",
             data_value="基于钢材流通大数据形成库存指数、价格指数和物流指数，支撑产业链供需预测。",
             supply="平台对接钢厂、仓库、加工中心、物流商和终端用户系统，实现订单、库存、运输和质量协同，在线供应商1,600家。",
             newtech="融合区块链、标识解析和人工智能，实现钢材一物一码和电子质保书上链。",
             standards="牵头制定行业标准1项、参与国家标准2项（钢材仓储、钢材物流数据）。",
             contribution="支撑本市钢铁产业链供应链稳定，服务长三角钢材流通企业降本增效。",
             open_mech="是，向产业链开放库存、物流和质量数据服务，按授权分级共享。",
             cross="与钢厂电商平台、港口平台、银行供应链金融平台实现数据与应用互通。",
             newmode="培育“仓储+加工+物流”一体化钢材供应链服务模式。",
             intro=(f"{PLAT}由欧冶云商股份有限公司建设运营，是面向钢铁产业链的综合型工业互联网平台。平台聚合钢材仓储、加工、物流、"
                    "质量追溯和数据服务资源，提供智慧仓储SaaS、加工中心设备联网、物流运输协同、质量追溯等服务，主要客户为钢材加工配送、"
                    "仓储物流和下游制造企业。"),
             effect="平台推动钢铁流通环节数字化，案例用户运维成本平均下降15.40%，能耗平均下降8.27%，提升产业链协同效率。")
    p.T = texts.answers(D)

    seal = kit.seal_image(CO, seed=161)
    fin_seal = kit.seal_image(CO, bottom="财务专用章", seed=162)
    p.info = dict(contact="杜晓明", contact_title="生态运营部总经理", phone="13901928476", email="duxm@ouyeel.example.com",
                  contact2="吴凡", contact2_title="运营财务部经理", phone2="13817295304", email2="wufan@ouyeel.example.com",
                  venue="上海市宝山区漠河路600号 东方环球企业中心A座12楼", code=ev.credit_code(rng, "310113"), founded="2015年2月",
                  reg_addr="上海市宝山区漠河路600号（宝山区）", type="股份有限公司（非上市）", capital="100,000万元人民币",
                  business="钢铁产业互联网平台运营、仓储物流服务、信息技术服务", legal="王晓东",
                  equity=[("宝武集团等发起股东", "55,000万元", "55.00%"), ("战略投资者", "45,000万元", "45.00%")],
                  fin=["1,286,532.40", "2,845,216.70", "5.12", "52.30", "21,846.35", "9,318.60"],
                  built_text="2017 年 2 月至 2023 年 12 月", build_mode_text="☑自建", op_mode_text="☑自运营",
                  iaas_text="☑自建　□租用", deploy_text="☑私有云　☑公有云　☑混合云", author="duxm",
                  url_text="https://eco.ouyeel.example.com\n账号：pingshen　密码：Oy#Eco2024", form_date="2024 年 7 月 18 日",
                  proof={"平台相关营业收入（万元）": "佐证1、佐证2", "平台团队总人数（人）": "申报书一", "实际服务企业数（个）": "佐证6",
                         "平台连接工业设备运维成本平均下降率（%）": "佐证5"})
    p.secrets = ["Oy#Eco2024"]

    F = {}
    FORM = A + "附件2 申报表（欧冶云商生态运营平台）.docx"
    F[A + "附件1 联系人信息反馈表.docx"] = "联系人表"
    forms.contact_docx(p, pk / (A + "附件1 联系人信息反馈表.docx"))
    F[FORM] = "申报表"
    forms.form_docx(p, pk / FORM, proof_first=True, font="仿宋")
    F[A + "附件2 申报表（签章扫描件）.pdf"] = "申报表扫描件"
    forms.form_scan(p, pk / (A + "附件2 申报表（签章扫描件）.pdf"), 16100, seal, bw_pages=True)
    F[A + "附件4 平台基本情况汇总表.xlsx"] = "汇总表"
    forms.summary_xlsx(p, pk / (A + "附件4 平台基本情况汇总表.xlsx"), horizontal=True)
    F[A + "附件5 真实性承诺.pdf"] = "承诺"
    forms.commitment_scan(p, pk / (A + "附件5 真实性承诺.pdf"), 16200, seal, "2024年7月18日", "王晓东")

    facts = p.facts
    R = "平台相关营业收入（万元）"
    f1 = Z + "佐证1 平台收入确认说明（运营财务部）.pdf"
    F[f1] = "evidence:audit_report"
    pkgkit.revenue_note_pdf(
        pk / f1, p, "欧冶云商生态运营平台2023年度平台收入说明",
        ["平台收入为基于平台直接订阅的SaaS服务、数据服务及平台接入项目收入，不含钢材交易货款。按《企业会计准则第14号——收入》，"
         "订阅类服务在服务期内分期确认，项目类在客户验收时确认。合同金额、开票金额含税，确认收入不含税。",
         "2023年度平台收入以《平台合同台账》为依据汇总如下："],
        [["台账合同金额合计（含税）", kit.yuan(T["amount"]), f"共{len(K)}份"], ["台账开票金额合计（含税）", kit.yuan(T["invoiced"]), ""],
         ["台账2023年确认收入合计（不含税）", kit.yuan(printed_total), "取自台账合计行"], ["平台相关营业收入（万元）", kit.wan(r23), ""]],
        [["平台营业收入", "1,012.30", "1,186.45", "1,398.62", f"{r23:,.2f}"], ["平台研发投入", "402.16", "488.30", "536.80", "612.35"],
         ["平台利润总额", "286.44", "352.18", "410.62", "486.20"]],
        ["注：2020—2022年度数据取自各年度平台收入说明。"],
        "欧冶云商股份有限公司　运营财务部", "2024年7月12日", seal=fin_seal)
    facts += [dict(ev.fact(R, kit.yuan(printed_total), "元", r23, kit.yuan(printed_total), row_label="台账2023年确认收入合计（不含税）",
                           column_label="金额（元）"), file=f1),
              dict(ev.fact(R, kit.wan(r23), "万元", r23, kit.wan(r23), anchor="平台相关营业收入（万元）", row_label="平台相关营业收入（万元）",
                           column_label="金额（元）"), file=f1),
              dict(ev.fact("平台近三年经营指标情况", "1,186.45", "万元", 1186.45, "1,186.45", row_label="平台营业收入", column_label="2021年度",
                           component="2021年平台营收（万元）"), file=f1),
              dict(ev.fact("平台近三年经营指标情况", "1,398.62", "万元", 1398.62, "1,398.62", row_label="平台营业收入", column_label="2022年度",
                           component="2022年平台营收（万元）"), file=f1),
              dict(ev.fact("平台相关研发投入（万元）", "612.35", "万元", 612.35, "612.35", row_label="平台研发投入", column_label="2023年度"),
                   file=f1),
              dict(ev.fact("平台利润率（%）", "486.20", "万元", 486.20, "486.20", row_label="平台利润总额", column_label="2023年度",
                           component="平台利润总额（万元）"), file=f1)]

    f2x = Z + "佐证2 平台合同台账2023.xlsx"
    f2p = Z + "佐证2 平台合同台账2023（打印版）.pdf"
    F[f2x] = "evidence:other"
    F[f2p] = "evidence:other"
    notes = ["注：合同金额、开票金额为含税金额；2023年确认收入为不含税金额，订阅类按服务期分摊，项目类验收确认；服务期自2024年开始的合同不确认2023年收入。"]
    ev.ledger_xlsx(pk / f2x, "欧冶云商生态运营平台合同台账（2023年度）", K, T, extra_cols=("服务期",), note_rows=notes, sheet="台账",
                   author="吴凡")
    ev.ledger_pdf(pk / f2p, "欧冶云商生态运营平台合同台账（2023年度）", CO, K, T, notes,
                  "编制：运营财务部　吴凡　　　复核：李静", seal=None, font="WQY")
    facts += [dict(ev.fact(R, kit.yuan(printed_total), "元", r23, kit.yuan(printed_total), page=1, row_label="合计",
                           column_label="2023年确认收入(元)"), file=f2x),
              dict(ev.fact(R, kit.yuan(printed_total), "元", r23, kit.yuan(printed_total), anchor="合计", row_label="合计",
                           column_label="2023年确认收入(元)"), file=f2p)]

    f3 = Z + "佐证3 合同首页及签署页.pdf"
    F[f3] = "evidence:other"
    sseal = kit.seal_image(CO, bottom="合同专用章", seed=163)
    pages = []
    for k, ck in enumerate([K[1], K[10]]):
        bseal = kit.seal_image(ck["customer"], bottom="合同专用章", seed=170 + k)
        for j, im in enumerate(ev.contract_pages(dict(ck, pages=7), CO, sseal, bseal)):
            pages.append(kit.scanify(im, 16300 + 2 * k + j, bw=(j == 0)))
    kit.images_to_pdf(pages, pk / f3)

    f4 = Z + "佐证4 增值税发票.pdf"
    F[f4] = "evidence:other"
    invs = []
    for ck, amt, dt in ((K[1], 2280590.00, "2023年11月10日"), (K[4], 3583224.00, "2023年08月30日"), (K[10], 1908000.00, "2023年12月15日")):
        net = round(amt / 1.06, 2)
        invs.append(dict(no=f"2331200000{rng.randint(10000000, 99999999)}", date=dt, buyer=ck["customer"], buyer_code=ck["customer_code"],
                         seller=CO, seller_code=p.info["code"], item="*信息技术服务*平台服务费", amount=net, tax=round(amt - net, 2),
                         rate=6, remark=ck["no"], drawer="李静"))
    ev.invoices_pdf(pk / f4, invs, 16400)

    f5 = Z + "佐证5 用户使用证明.pdf"
    F[f5] = "evidence:other"
    L = [dict(org="上海宝钢钢材加工配送有限公司", title="用户使用证明", style="red", color=(200, 20, 20),
              paras=["我公司自2022年11月起使用欧冶云商生态运营平台加工中心设备联网服务，共接入剪切线、激光切割机等设备214台（套）。",
                     "2023年度设备运维成本下降14.6%，能耗下降8.3%，安全生产持续时间提升16.2%。", "特此证明。"],
              org_sign="上海宝钢钢材加工配送有限公司", signer="陆文华", date="2024年6月12日",
              seal=kit.seal_image("上海宝钢钢材加工配送有限公司", seed=181)),
         dict(org="宁波北仑钢材加工有限公司", title="应用证明", style="block", color=(0, 80, 150), addr="浙江省宁波市北仑区新碶街道",
              paras=["我司加工中心设备联网与排产优化项目于2023年8月验收投用。", "设备运维成本下降18.9%，能耗下降7.4%，安全生产持续时间提升19.8%。",
                     "特此证明。"], org_sign="宁波北仑钢材加工有限公司", signer="周斌", date="2024年6月14日",
              seal=kit.seal_image("宁波北仑钢材加工有限公司", seed=182)),
         dict(org="湖北武汉汽车板加工有限公司", title="证明", style="red", color=(180, 30, 30),
              paras=["我司汽车板加工中心设备联网平台项目于2023年10月上线。", "设备运维成本下降12.7%，能耗下降9.1%，安全生产持续时间提升14.6%。",
                     "特此证明。"], org_sign="湖北武汉汽车板加工有限公司", signer="杨帆", date="2024年6月17日",
              seal=kit.seal_image("湖北武汉汽车板加工有限公司", seed=183)),
         dict(org="山东日照钢材仓储有限公司", title="用户使用证明", style="block", color=(0, 110, 70), addr="山东省日照市岚山区港口路",
              paras=["我司与欧冶云商股份有限公司于2023年12月8日签订《钢材智慧仓储SaaS年度服务合同》（OY-ST-2023-1208），"
                     "服务期为2024年1月1日至2024年12月31日。",
                     "我司自2024年1月1日起正式使用平台智慧仓储SaaS服务，目前3座仓库、门吊及行车46台已接入平台，库存盘点效率明显提升。",
                     "特此证明。"], org_sign="山东日照钢材仓储有限公司", signer="孔德明", date="2024年5月16日",
              seal=kit.seal_image("山东日照钢材仓储有限公司", seed=184))]
    ev.letters_pdf(pk / f5, L, 16500)
    OM, EN, SF = ("平台连接工业设备运维成本平均下降率（%）", "平台连接工业设备能耗平均下降率（%）", "平台连接工业设备安全生产持续时间平均提升率（%）")
    for pg, cs in ((1, cases[0]), (2, cases[1]), (3, cases[2])):
        for lab, key, cap in ((OM, "om", "运维成本下降率"), (EN, "energy", "能耗下降率"), (SF, "safety", "安全生产持续时间提升率")):
            facts.append(dict(ev.fact(lab, f"{cs[key]:.1f}%", "%", cs[key], f"{cs[key]:.1f}%", page=pg, row_label=cap.replace("率", ""),
                                      component=f"案例{pg}{cap}（%）", image_only=True), file=f5))

    f6 = Z + "佐证6 平台服务企业清单.xlsx"
    F[f6] = "evidence:other"
    ev.customer_list_xlsx(pk / f6, custs, [f"合计{served}家（按统一社会信用代码计）", f"其中付费{paidn}家", f"上海{sh}家"],
                          extra_col="付费/免费", author="杜晓明")
    facts += [dict(ev.fact("实际服务企业数（个）", f"{served}家", "家", served, f"合计{served}家（按统一社会信用代码计）", page=1,
                           row_label="合计"), file=f6),
              dict(ev.fact("付费企业数（个）", f"{paidn}家", "家", paidn, f"其中付费{paidn}家", page=1, row_label="其中付费"), file=f6),
              dict(ev.fact("服务本市企业数量（个）", f"{sh}家", "家", sh, f"上海{sh}家", page=1, row_label="上海"), file=f6)]

    f7 = Z + "佐证7 知识产权清单.pdf"
    F[f7] = "evidence:patent_list"
    ev.ip_list_pdf(pk / f7, CO, ev.gen_patents(rng, 24, ["钢材仓储调度", "钢材质量追溯", "钢卷识别", "物流路径优化"]),
                   ev.gen_softs(rng, 58, "欧冶", ["智慧仓储", "运输协同", "加工排产", "质保书", "数据中台", "指数发布"]))
    facts += [dict(ev.fact("平台核心软硬件技术获得的专利数量（项）", "24", "项", 24, "（共24项）", row_label="一、发明及实用新型专利"), file=f7),
              dict(ev.fact("平台核心软硬件技术获得的软著数量（个）", "58", "项", 58, "（共58项）", row_label="二、计算机软件著作权"), file=f7)]

    f8 = Z + "佐证8 平台运营驾驶舱截图.png"
    F[f8] = "evidence:screenshot"
    ev.dashboard_png(pk / f8, "欧冶云商生态运营平台 · 运营驾驶舱", [("入驻企业", "412"), ("联网设备", "4,128"), ("工业应用", "82"),
                                                                 ("在库钢材（万吨）", "316.5"), ("今日运单", "1,836"), ("微服务", str(c["ms"][0]))],
                     seed=168, subtitle="https://eco.ouyeel.example.com/cockpit")
    facts += [dict(ev.fact("注册企业用户数（个）", "412", "家", 412, "412", page=1, row_label="入驻企业", image_only=True), file=f8),
              dict(ev.fact("连接的工业设备/产品/产线种类及数量（台/套）", "4,128", "台/套", 4128, "4,128", page=1, row_label="联网设备",
                           image_only=True), file=f8),
              dict(ev.fact("工业APP数量（个）", "82", "个", 82, "82", page=1, row_label="工业应用", image_only=True), file=f8),
              dict(ev.fact("微服务数量（个）", str(c["ms"][0]), "个", c["ms"][0], str(c["ms"][0]), page=1, row_label="微服务", image_only=True),
                   file=f8)]

    BOOK = A + "附件3 申报书（欧冶云商生态运营平台）.docx"
    F[BOOK] = "申报书"
    n = p.n
    book = [
        ("一、申报单位简介", ["欧冶云商股份有限公司成立于2015年，是钢铁产业链生态服务平台企业。",
                             f"平台团队{n('平台团队总人数（人）')}人，其中运维人员64人、运营人员41人。"]),
        ("二、平台建设及运营情况", [f"平台2017年2月启动建设，累计投入{n('平台建设金额（万元）'):.2f}万元。2023年平台相关营业收入{r23:.2f}万元。",
                                  f"截至2024年6月，平台注册企业{n('注册企业用户数（个）')}家，实际服务企业{served}家。",
                                  forms.benchmark_table(p, "某钢铁电商平台"), "技术创新点：钢材全程质量追溯、智慧仓储调度、钢材指数体系。"]),
        ("三、平台应用成效", ["平台推动钢材流通数字化。应用创新点：仓储+加工+物流一体化服务。"]),
        ("四、平台下一步发展计划", ["拓展钢材碳足迹服务与AI调度。"]),
        ("五、平台应用案例", [("h2", "案例1：欧冶云商生态运营平台——加工中心设备联网"), "上海宝钢钢材加工配送有限公司，运维成本下降14.6%。",
                             ("h2", "案例2：欧冶云商生态运营平台——排产优化"), "宁波北仑钢材加工有限公司，运维成本下降18.9%。",
                             ("h2", "案例3：欧冶云商生态运营平台——汽车板加工"), "湖北武汉汽车板加工有限公司，运维成本下降12.7%。"]),
        ("六、附件及其他说明材料", [("table", ["序号", "佐证材料"], [[str(k), v] for k, v in enumerate(
            ["平台收入确认说明", "平台合同台账2023", "合同首页及签署页", "增值税发票", "用户使用证明", "平台服务企业清单", "知识产权清单",
             "平台运营驾驶舱截图"], 1)])]),
        # PLANTED: no 七、平台相较上年度对比情况 although 2023参评=是
    ]
    forms.book_docx(p, pk / BOOK, book)

    p.files = F
    pkgkit.problem(p, 1, "breakdown_sum", ["平台相关营业收入（万元）"], [f2x, f2p, FORM], "error",
                   f"合同台账“2023年确认收入(元)”合计行为 {kit.yuan(printed_total)}，而12行明细之和为 {kit.yuan(row_sum)}，相差 700,000.00 元；"
                   f"申报表平台相关营业收入 {r23:.2f} 万元取自错误的合计行（按明细应为 {row_sum / 10000:.2f} 万元）")
    pkgkit.problem(p, 2, "declared_vs_evidence", ["平台相关营业收入（万元）"], [f2x, f5, f3], "warning",
                   "合同 OY-ST-2023-1208（山东日照钢材仓储有限公司，2023-12-08签订，服务期2024.01-2024.12）在台账中确认2023年收入 1,800,000.00 元，"
                   "与台账注释“服务期自2024年开始的合同不确认2023年收入”矛盾；该客户2024年5月16日的用户使用证明称自2024年1月1日起才正式使用")
    pkgkit.problem(p, 3, "section7", ["七、平台相较上年度对比情况"], [BOOK], "error",
                   "申报书缺少“七、平台相较上年度对比情况”：附件6序号16在2023年度参评为“是”，该章为必填")
    pkgkit.problem(p, 4, "identity", ["平台团队总人数（人）", "运维人数（人）", "运营人数（人）"], [FORM], "error",
                   "运维人数 64 + 运营人数 41 = 105，与平台团队总人数 112 不一致")
    p.layout = ["evidence_dir:佐证材料+申报文件", "form:docx(proof-before-actual,仿宋)+scan(bw)", "summary:xlsx-horizontal",
                "commitment:scan", "revenue:ledger(xlsx+pdf WQY, no seal)+note", "contracts:scan(bw first pages)", "invoices:scan(3)",
                "letters:scan(4)", "customer_list:xlsx-only", "screenshot:png", "no_section7"]
    p.description = ("序号16 欧冶云商生态运营平台（2023参评），4个问题：台账合计行不等于明细之和且申报营收取自合计行；2023年12月签订、2024年起服务的合同"
                     "在2023年全额确认（客户证明称2024年起使用）；申报书缺第七章；团队人数恒等式不成立。")
    return p
