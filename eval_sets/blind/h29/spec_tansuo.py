"""h29_tansuo_problems — 附件6 序号27 零碳绿色工厂综合数智化管理平台 (上海碳索能源服务股份有限公司), 2023参评=-.
Planted: declared 实际服务企业数 above the customer list's count; 2022 growth rate miscomputed; 能耗平均下降率
not the average of the three case letters; 按行业统计服务企业数 uses a category outside 附录C."""
from __future__ import annotations

import random
from pathlib import Path

import common as C
import evidence as ev
import forms
import kit
import pkgkit
import texts
from model import Pkg, bd, check_consistency, pct, standard_rows

PID = "h29_tansuo_problems"
CO = "上海碳索能源服务股份有限公司"
PLAT = "零碳绿色工厂综合数智化管理平台"


def build(root: Path, truth_dir: Path) -> Pkg:
    rng = random.Random(2927)
    pk = root / "packages" / PID
    p = Pkg(PID, 27, PLAT, CO, PLAT, False, "碳索")
    pre = "27-碳索-"

    paid = [
        ("上海金桥汽车零部件有限公司", "310115", "汽车", "上海", "空压站节能托管与能碳管理"),
        ("上海松江电子科技有限公司", "310117", "电子", "上海", "工厂能源管理系统SaaS"),
        ("上海漕河泾精密机械有限公司", "310104", "机械", "上海", "零碳工厂诊断与碳核算"),
        ("上海嘉定食品有限公司", "310114", "食品", "上海", "冷站群控与能效优化"),
        ("上海奉贤医药包装有限公司", "310120", "医药", "上海", "能碳双控平台服务"),
        ("江苏苏州纺织印染有限公司", "320500", "纺织", "江苏", "锅炉及蒸汽系统节能"),
        ("江苏无锡电子元件有限公司", "320200", "电子", "江苏", "工厂能源管理系统SaaS"),
        ("浙江嘉兴化纤有限公司", "330400", "纺织", "浙江", "空压站节能托管"),
        ("浙江湖州建材有限公司", "330500", "建材", "浙江", "碳排放监测与碳足迹"),
        ("安徽滁州家电有限公司", "341100", "家电", "安徽", "零碳工厂诊断与碳核算"),
        ("上海临港新能源装备有限公司", "310115", "机械", "上海", "光储充一体化能碳管理"),
        ("上海青浦轻工制品有限公司", "310118", "轻工", "上海", "能碳双控平台服务"),
    ]
    free = [("上海宝山钢构有限公司", "310113", "建筑业", "上海"), ("上海闵行电机有限公司", "310112", "机械", "上海"),
            ("上海浦东印刷包装有限公司", "310115", "轻工", "上海"), ("上海金山化工新材料有限公司", "310116", "石化化工", "上海"),
            ("上海崇明食品加工有限公司", "310151", "食品", "上海"), ("上海张江生物制药有限公司", "310115", "医药", "上海"),
            ("上海松江汽车配件有限公司", "310117", "汽车", "上海"), ("上海嘉定模具有限公司", "310114", "机械", "上海"),
            ("江苏常州电池材料有限公司", "320400", "电子", "江苏"), ("江苏南通纺织有限公司", "320600", "纺织", "江苏"),
            ("江苏昆山电子有限公司", "320500", "电子", "江苏"), ("浙江宁波汽车零部件有限公司", "330200", "汽车", "宁波"),
            ("浙江绍兴印染有限公司", "330600", "纺织", "浙江"), ("浙江杭州食品有限公司", "330100", "食品", "浙江"),
            ("安徽合肥汽车电子有限公司", "340100", "汽车", "安徽"), ("山东潍坊动力机械有限公司", "370700", "机械", "山东"),
            ("广东深圳电子制造有限公司", "440300", "电子", "深圳"), ("湖北襄阳汽车零部件有限公司", "420600", "汽车", "湖北"),
            ("上海奉贤日化有限公司", "310120", "轻工", "上海"), ("上海宝山冷链物流有限公司", "310113", "服务业", "上海"),
            ("江苏太仓精密制造有限公司", "320500", "机械", "江苏"), ("浙江台州机电有限公司", "331000", "机械", "浙江")]
    specs = [(a, b, c_, d, e, "付费") for a, b, c_, d, e in paid] + \
            [(a, b, c_, d, rng.choice(["能耗监测（免费版）", "碳核算工具（免费）", "零碳诊断问卷"]), "免费") for a, b, c_, d in free]
    custs = C.customers(rng, specs)
    g = {c["name"]: c for c in custs}
    listed, paidn = len(custs), sum(1 for c in custs if c["extra"] == "付费")
    sh = sum(1 for c in custs if c["region"] == "上海")
    served = listed + 7                      # PLANTED: declared above the list
    ind_by, reg_by = {}, {}
    for c in custs:
        ind_by[c["industry"]] = ind_by.get(c["industry"], 0) + 1
        reg_by[c["region"]] = reg_by.get(c["region"], 0) + 1
    ind_by = dict(sorted(ind_by.items(), key=lambda kv: -kv[1]))
    reg_by = dict(sorted(reg_by.items(), key=lambda kv: -kv[1]))
    first = next(iter(ind_by))
    ind_by[first] += 7
    reg_by["江苏"] += 7

    K = [
        C.contract("TS-EMC-2022-014", g["上海金桥汽车零部件有限公司"], "空压站节能托管及能碳管理平台服务合同", "空压站节能托管及能碳管理平台服务",
                   "2022-03-22", 2862000.00, (2022, 4), 36, signer=("李建国", "沈涛")),
        C.contract("TS-SaaS-2022-031", g["上海松江电子科技有限公司"], "工厂能源管理系统SaaS服务合同", "工厂能源管理系统SaaS服务", "2022-07-06",
                   763200.00, (2022, 7), 24, invoiced=381600.00, signer=("许磊", "沈涛")),
        C.contract("TS-DG-2023-003", g["上海漕河泾精密机械有限公司"], "零碳工厂诊断与碳核算服务合同", "零碳工厂诊断与碳核算服务", "2023-01-18",
                   424000.00, (2023, 2), 3, kind="project", signer=("唐伟", "沈涛")),
        C.contract("TS-EMC-2023-009", g["上海嘉定食品有限公司"], "冷站群控与能效优化平台服务合同", "冷站群控与能效优化平台服务", "2023-03-02",
                   1696000.00, (2023, 3), 24, invoiced=848000.00, signer=("何军", "沈涛")),
        C.contract("TS-SaaS-2023-017", g["上海奉贤医药包装有限公司"], "能碳双控平台年度服务合同", "能碳双控平台服务", "2023-04-11",
                   530000.00, (2023, 5), 12, signer=("王芳", "沈涛")),
        C.contract("TS-EMC-2023-022", g["江苏苏州纺织印染有限公司"], "锅炉及蒸汽系统节能平台服务合同", "锅炉及蒸汽系统节能平台服务", "2023-05-15",
                   2226000.00, (2023, 6), 36, invoiced=742000.00, signer=("朱峰", "沈涛")),
        C.contract("TS-SaaS-2023-028", g["江苏无锡电子元件有限公司"], "工厂能源管理系统SaaS服务合同", "工厂能源管理系统SaaS服务", "2023-06-20",
                   445200.00, (2023, 7), 12, signer=("钱晓东", "沈涛")),
        C.contract("TS-EMC-2023-035", g["浙江嘉兴化纤有限公司"], "空压站节能托管平台服务合同", "空压站节能托管平台服务", "2023-07-08",
                   1908000.00, (2023, 8), 36, invoiced=636000.00, signer=("沈国强", "沈涛")),
        C.contract("TS-PJ-2023-041", g["浙江湖州建材有限公司"], "碳排放监测与产品碳足迹平台项目合同", "碳排放监测与碳足迹平台部署",
                   "2023-08-16", 1166000.00, (2023, 9), 3, kind="project", signer=("吴斌", "沈涛")),
        C.contract("TS-DG-2023-047", g["安徽滁州家电有限公司"], "零碳工厂诊断与碳核算服务合同", "零碳工厂诊断与碳核算服务", "2023-09-12",
                   371000.00, (2023, 10), 2, kind="project", signer=("陶然", "沈涛")),
        C.contract("TS-PJ-2023-052", g["上海临港新能源装备有限公司"], "光储充一体化能碳管理平台项目合同", "光储充能碳管理平台部署",
                   "2023-10-09", 2650000.00, (2023, 10), 2, kind="project", signer=("顾文杰", "沈涛")),
        C.contract("TS-SaaS-2023-061", g["上海青浦轻工制品有限公司"], "能碳双控平台年度服务合同", "能碳双控平台服务", "2023-12-20",
                   318000.00, (2024, 1), 12, kind="future", signer=("邱敏", "沈涛")),
    ]
    T = C.totals(K)
    rev_yuan = T["rev2023"]
    r23 = round(rev_yuan / 10000 + 1e-9, 2)

    cases = [dict(name="上海金桥汽车零部件有限公司", om=21.60, energy=11.20, safety=9.80),
             dict(name="江苏苏州纺织印染有限公司", om=17.30, energy=13.60, safety=12.40),
             dict(name="浙江嘉兴化纤有限公司", om=19.50, energy=15.10, safety=8.90)]
    c = C.base_cfg(rng, devices=2746, cats={"动力设备": 46, "电力设备": 31, "仪器仪表": 23},
                   regs={"上海": 52, "江苏": 20, "浙江": 16, "安徽": 7, "宁波": 5}, overseas={}, app_native=34, app_cloud=9,
                   app_cats={"节能减排": 22, "运维服务": 9, "运营管理": 7, "安全生产": 5},
                   app_inds={"电子": 11, "汽车": 10, "机械": 9, "纺织": 7, "食品": 6},
                   models={"数据算法模型": 21, "行业机理模型": 26, "业务流程模型": 6}, store_cap=160.00, store_used=88.64)
    c.update(nature="行业型工业互联网平台（工业能碳管理）", contact="程思远", phone="13917358204", email="chengsy@tansuo.example.com",
             venue="上海市闵行区紫竹科学园区东川路555号 碳索大厦5楼", url="https://zc.tansuo.example.com", built="2020.06-2023.12",
             invest=1860.00, rev=(356.84, 452.26, 598.40, r23), build_mode="自建", op_mode="自运营", deploy="边缘侧、公有云、混合云",
             team=(26, 19, 31), rd=241.36, profit=132.58,
             users=dict(reg=96, served=served, paid=paidn, sh=sh, sme=31, ind=ind_by, reg_by=reg_by),
             speed=("秒级（每TB能耗时序数据分析约4秒）", "秒级"), sec_test="是，每年1次", sec_scan="是，每月1次", orders=(486, 512),
             trade_growth=26.42, subs=(148, 86, 356.20), dev_util=84.60, domestic=91.00, smart_factory=2, parks=4,
             solutions=C.solutions(8), vc=True, cases=cases, avg_over={"energy": 14.80}, indices=2, ip=(11, 22), carbon=True,
             idres=False, awards=["上海市绿色低碳示范项目", "上海市“专精特新”中小企业"], jobs=24, social=16.85,
             open_data="以API接口和碳排放因子库形式开放：开放API接口26个、行业碳排放因子库1套（1,260条）", partners=3)
    C.finish_cfg(c, rng)
    standard_rows(p, c)
    issues = check_consistency(p)
    assert issues == [], issues
    # PLANTED: 2022 growth miscomputed
    three = dict(p.n("平台近三年经营指标情况"))
    true22 = three["2022年增长率（%）"]
    three["2022年增长率（%）"] = 24.86
    p.set("平台近三年经营指标情况",
          f"2021年平台营收{three['2021年平台营收（万元）']:.2f}万元/增长率{three['2021年增长率（%）']:.2f}%；2022年平台营收"
          f"{three['2022年平台营收（万元）']:.2f}万元/增长率24.86%；2023年平台营收{r23:.2f}万元/增长率{three['2023年增长率（%）']:.2f}%", three)
    # PLANTED: category outside 附录C in the industry breakdown
    ind_bad = {("汽车零部件" if k == "汽车" else k): v for k, v in ind_by.items()}
    p.set("按行业统计服务企业数（个）", bd(ind_bad), ind_bad)

    D = dict(positioning="面向制造企业零碳绿色工厂建设的能碳数智化管理平台。", policy1="支持工业互联网+绿色低碳应用",
             industry="制造业绿色低碳", trend="碳达峰碳中和推动工厂能碳精细化管理需求",
             org_short="碳索能源", platform_short="零碳工厂", doc_prefix="碳索信安",
             other_res="汇聚工业能效标杆数据1,800条、碳排放因子1,260条、节能改造方案库320项。", edge_nodes=96, latency=15,
             other_collect="支持采集工厂EMS、BMS、光伏逆变器及电力营销系统数据。", compute="公有云ECS 28台（CPU 448核），边缘网关算力按需配置。",
             autonomy="能碳核算引擎、空压站群控算法、冷站优化模型均为自主研发，自主可控。",
             benefit="三个案例平均降低单位产值能耗约13%，新增节能收益约1,100万元/年。",
             cost="三个案例平均降低运维成本19.47%，能耗平均下降约13%。",
             data_value="基于能耗与生产数据建立能效基准和碳排放模型，支撑节能诊断与碳足迹核算。",
             supply="平台向供应链上游提供产品碳足迹核算与数据交换，服务链主企业供应商碳管理。",
             newtech="融合边缘计算与人工智能，实现空压站、冷站AI群控。",
             standards="参与团体标准2项（零碳工厂评价、工业碳排放监测）。",
             contribution="服务本市零碳工厂建设，推动制造企业节能降碳。",
             open_mech="是，开放碳排放因子库和碳核算接口。", cross="与电网需求响应平台、上海市工业碳管理公共服务平台对接。",
             newmode="培育“节能托管+能碳SaaS”的合同能源管理新模式。",
             intro=(f"{PLAT}由上海碳索能源服务股份有限公司自主建设运营，面向制造企业提供能耗监测、空压站和冷站节能托管、碳排放监测与核算、"
                    "零碳工厂诊断等服务，是工业能碳管理领域的行业型工业互联网平台。主要客户为长三角汽车零部件、电子、纺织、食品企业。"),
             effect="平台帮助制造企业降低能耗和碳排放，案例用户运维成本平均下降19.47%，推动零碳绿色工厂建设。")
    p.T = texts.answers(D)

    seal = kit.seal_image(CO, seed=271)
    p.info = dict(contact="程思远", contact_title="数智化事业部总监", phone="13917358204", email="chengsy@tansuo.example.com",
                  contact2="沈涛", contact2_title="副总经理", phone2="13816024937", email2="shentao@tansuo.example.com",
                  venue="上海市闵行区紫竹科学园区东川路555号 碳索大厦5楼", code=ev.credit_code(rng, "310112"), founded="2016年3月",
                  reg_addr="上海市闵行区东川路555号（闵行区）", type="股份有限公司（非上市）", capital="6,800万元人民币",
                  business="合同能源管理、节能技术服务、能碳管理软件开发与运营", legal="沈一帆",
                  equity=[("沈一帆", "2,720万元", "40.00%"), ("上海碳索企业管理合伙企业（有限合伙）", "2,040万元", "30.00%"),
                          ("某产业投资基金", "2,040万元", "30.00%")],
                  fin=["48,216.30", "21,638.45", "14.26", "46.18", "1,962.40", "1,108.72"],
                  built_text="2020 年 6 月至 2023 年 12 月", build_mode_text="☑自建", op_mode_text="☑自运营",
                  iaas_text="□自建　☑租用，服务商名称：华为云计算技术有限公司", deploy_text="☑边缘侧　☑公有云　☑混合云", author="chengsy",
                  url_text="https://zc.tansuo.example.com\n账号：pingshen2024　密码：Ts-Zc#0718", form_date="2024 年 7 月 18 日",
                  proof={"平台相关营业收入（万元）": "附件3-1、3-2", "实际服务企业数（个）": "附件3-5 服务企业名单",
                         "平台连接工业设备能耗平均下降率（%）": "附件3-4 用户证明", "按行业统计服务企业数（个）": "附件3-5"})
    p.secrets = ["Ts-Zc#0718"]
    # the 申报表 writes the three-year block exactly as declared (with 24.86)
    p.form_cells["平台近三年经营指标情况"] = "\n".join([
        f"2021年平台营收  {three['2021年平台营收（万元）']:.2f}  万元/增长率  {three['2021年增长率（%）']:.2f}  %",
        f"2022年平台营收  {three['2022年平台营收（万元）']:.2f}  万元/增长率  24.86  %",
        f"2023年平台营收  {r23:.2f}  万元/增长率  {three['2023年增长率（%）']:.2f}  %"])

    F = {}
    FORM = pre + "附件2 申报表.docx"
    F[pre + "附件1 联系人信息反馈表.docx"] = "联系人表"
    forms.contact_docx(p, pk / (pre + "附件1 联系人信息反馈表.docx"))
    F[FORM] = "申报表"
    forms.form_docx(p, pk / FORM)
    F[pre + "附件2 申报表（盖章版）.pdf"] = "申报表扫描件"
    forms.form_scan(p, pk / (pre + "附件2 申报表（盖章版）.pdf"), 27100, seal)
    F[pre + "附件4 汇总表.xlsx"] = "汇总表"
    forms.summary_xlsx(p, pk / (pre + "附件4 汇总表.xlsx"), numbers_as_numbers=False)
    F[pre + "附件5 真实性承诺.pdf"] = "承诺"
    forms.commitment_scan(p, pk / (pre + "附件5 真实性承诺.pdf"), 27200, seal, "2024年7月18日", "沈一帆")

    facts = p.facts
    R = "平台相关营业收入（万元）"
    f1 = pre + "附件3-1 平台收入确认说明.pdf"
    F[f1] = "evidence:audit_report"
    net_total = round(T["amount"] / 1.06, 2)
    fut_net = round(sum(k["amount"] for k in K if k["kind"] == "future") / 1.06, 2)
    recon = [["合同金额合计（含税）", kit.yuan(T["amount"]), "合同台账12份合同"], ["合同金额合计（不含税）", kit.yuan(net_total), "÷1.06"],
             ["其中：2024年起服务的合同", kit.yuan(fut_net), "TS-SaaS-2023-061"],
             ["其中：节能托管等多年期合同归属其他年度部分", kit.yuan(round(net_total - fut_net - rev_yuan, 2)), "按服务期分摊"],
             ["2023年度平台确认收入（不含税）", kit.yuan(rev_yuan), "= 平台相关营业收入"]]
    three_rows = [["平台相关营业收入", "286.50", "356.84", "452.26", "598.40", f"{r23:.2f}"],
                  ["平台研发投入", "", "", "", "", "241.36"], ["平台利润总额", "", "", "", "", "132.58"]]
    pkgkit.revenue_note_pdf(
        pk / f1, p, "零碳绿色工厂综合数智化管理平台营业收入确认说明（2023年度）",
        ["我公司合同能源管理（EMC）项目中，设备投资及节能分享收益不计入平台收入；平台相关营业收入仅包括能碳管理SaaS订阅、节能托管平台服务费、"
         "零碳诊断与碳核算服务及平台部署项目收入。", "合同金额为含税金额，确认收入为不含税金额，调节如下："],
        recon, three_rows, ["以上数据经公司财务部核对，与2023年度财务报表“技术服务收入—平台服务”明细科目一致。"],
        "上海碳索能源服务股份有限公司　财务部", "2024年7月9日", seal=kit.seal_image(CO, bottom="财务专用章", seed=272),
        three_head=["项目（万元）", "2019年", "2020年", "2021年", "2022年", "2023年"])
    facts += [dict(ev.fact(R, kit.yuan(rev_yuan), "元", r23, kit.yuan(rev_yuan), row_label="2023年度平台确认收入（不含税）",
                           column_label="金额（元）"), file=f1),
              dict(ev.fact(R, f"{r23:.2f}", "万元", r23, f"{r23:.2f}", row_label="平台相关营业收入", column_label="2023年"), file=f1),
              dict(ev.fact("平台近三年经营指标情况", "452.26", "万元", 452.26, "452.26", row_label="平台相关营业收入", column_label="2021年",
                           component="2021年平台营收（万元）"), file=f1),
              dict(ev.fact("平台近三年经营指标情况", "598.40", "万元", 598.40, "598.40", row_label="平台相关营业收入", column_label="2022年",
                           component="2022年平台营收（万元）"), file=f1),
              dict(ev.fact("平台相关研发投入（万元）", "241.36", "万元", 241.36, "241.36", row_label="平台研发投入", column_label="2023年"),
                   file=f1),
              dict(ev.fact("平台利润率（%）", "132.58", "万元", 132.58, "132.58", row_label="平台利润总额", column_label="2023年",
                           component="平台利润总额（万元）"), file=f1),
              dict(ev.fact("投资回报率（%）", "132.58", "万元", 132.58, "132.58", row_label="平台利润总额", column_label="2023年",
                           component="平台年利润（万元）"), file=f1)]

    f2x = pre + "附件3-2 销售台账.xlsx"
    f2p = pre + "附件3-2 销售台账（打印）.pdf"
    F[f2x] = "evidence:other"
    F[f2p] = "evidence:other"
    ev.ledger_xlsx(pk / f2x, "零碳工厂平台销售台账 2023", K, T, extra_cols=("服务期", "备注"), sheet="销售台账", author="财务部")
    ev.ledger_pdf(pk / f2p, "零碳工厂平台销售台账 2023", CO, K, T, ["注：合同金额、开票金额含税；确认收入不含税。"],
                  "制表：财务部 陆洁　　审核：沈涛", seal=kit.seal_image(CO, bottom="财务专用章", seed=272), show_period=False)
    facts += [dict(ev.fact(R, kit.yuan(rev_yuan), "元", r23, kit.yuan(rev_yuan), page=1, row_label="合计",
                           column_label="2023年确认收入(元)"), file=f2x),
              dict(ev.fact(R, kit.yuan(rev_yuan), "元", r23, kit.yuan(rev_yuan), anchor="合计", row_label="合计",
                           column_label="2023年确认收入(元)"), file=f2p)]

    f3 = pre + "附件3-3 合同及发票扫描件.pdf"
    F[f3] = "evidence:other"
    sseal = kit.seal_image(CO, bottom="合同专用章", seed=273)
    pages = []
    for k, ck in enumerate([K[0], K[10]]):
        bseal = kit.seal_image(ck["customer"], bottom="合同专用章", seed=280 + k)
        for j, im in enumerate(ev.contract_pages(dict(ck, pages=9), CO, sseal, bseal)):
            pages.append(kit.scanify(im, 27300 + 2 * k + j))
    page = kit.canvas_a4(120)
    for j, (ck, amt, dt) in enumerate(((K[0], 954000.00, "2023年04月06日"), (K[10], 2385000.00, "2023年12月11日"))):
        net = round(amt / 1.06, 2)
        inv = dict(no=f"2331200000{rng.randint(10000000, 99999999)}", date=dt, buyer=ck["customer"], buyer_code=ck["customer_code"],
                   seller=CO, seller_code=p.info["code"], item="*信息技术服务*能碳管理平台服务费", amount=net, tax=round(amt - net, 2),
                   rate=6, remark=ck["no"], drawer="陆洁")
        page.paste(ev.invoice_image(inv, 120), (0, int(0.4 * 120) + j * int(5.6 * 120)))
    pages.append(kit.scanify(page, 27390))
    kit.images_to_pdf(pages, pk / f3)

    f4 = pre + "附件3-4 用户应用证明（案例企业）.pdf"
    F[f4] = "evidence:other"
    L = [dict(org="上海金桥汽车零部件有限公司", title="应用证明", style="red", color=(200, 25, 25),
              paras=["我公司空压站自2022年4月起由上海碳索能源服务股份有限公司通过零碳绿色工厂综合数智化管理平台实施节能托管和能碳管理，"
                     "共接入空压机、干燥机、流量计等设备58台（套）。",
                     "2023年度，空压站运维成本下降21.6%，综合能耗下降11.2%，安全生产持续时间提升9.8%，全年节约电量约186万千瓦时。", "特此证明。"],
              org_sign="上海金桥汽车零部件有限公司", signer="李建国", date="2024年6月20日",
              seal=kit.seal_image("上海金桥汽车零部件有限公司", seed=291)),
         dict(org="江苏苏州纺织印染有限公司", title="用户使用证明", style="block", color=(30, 100, 170), addr="江苏省苏州市吴江区盛泽镇",
              paras=["我司锅炉及蒸汽系统于2023年6月接入碳索能碳管理平台。",
                     "经我司能源管理部门统计，运维成本下降17.3%，蒸汽系统能耗下降13.6%，安全生产持续时间提升12.4%。", "特此证明。"],
              org_sign="江苏苏州纺织印染有限公司", signer="朱峰", date="2024年6月21日", seal=kit.seal_image("江苏苏州纺织印染有限公司", seed=292)),
         dict(org="浙江嘉兴化纤有限公司", title="证　明", style="red", color=(170, 20, 40),
              paras=["我公司空压站节能托管平台服务自2023年8月开始实施。",
                     "实施后运维成本下降19.5%，能耗下降15.1%，安全生产持续时间提升8.9%。", "特此证明。"],
              org_sign="浙江嘉兴化纤有限公司", signer="沈国强", date="2024年6月25日", seal=kit.seal_image("浙江嘉兴化纤有限公司", seed=293))]
    ev.letters_pdf(pk / f4, L, 27400)
    OM, EN, SF = ("平台连接工业设备运维成本平均下降率（%）", "平台连接工业设备能耗平均下降率（%）", "平台连接工业设备安全生产持续时间平均提升率（%）")
    for pg, cs in ((1, cases[0]), (2, cases[1]), (3, cases[2])):
        for lab, key, cap in ((OM, "om", "运维成本下降率"), (EN, "energy", "能耗下降率"), (SF, "safety", "安全生产持续时间提升率")):
            facts.append(dict(ev.fact(lab, f"{cs[key]:.1f}%", "%", cs[key], f"{cs[key]:.1f}%", page=pg, row_label=cap.replace("率", ""),
                                      component=f"案例{pg}{cap}（%）", image_only=True), file=f4))

    f5 = pre + "附件3-5 服务企业名单.pdf"
    F[f5] = "evidence:other"
    ev.customer_list_pdf(pk / f5, "零碳绿色工厂综合数智化管理平台服务企业名单", CO, custs,
                         [f"以上共计{listed}家企业（按统一社会信用代码统计），其中付费企业{paidn}家，上海市企业{sh}家。"],
                         extra_col="是否付费", seal=seal, date_line="截至2024年6月30日")
    facts += [dict(ev.fact("实际服务企业数（个）", f"{listed}家", "家", listed, f"以上共计{listed}家企业", row_label="以上共计"), file=f5),
              dict(ev.fact("付费企业数（个）", f"{paidn}家", "家", paidn, f"其中付费企业{paidn}家", row_label="其中付费企业"), file=f5),
              dict(ev.fact("服务本市企业数量（个）", f"{sh}家", "家", sh, f"上海市企业{sh}家", row_label="上海市企业"), file=f5)]

    f6 = pre + "附件3-6 专利及软著清单.pdf"
    F[f6] = "evidence:patent_list"
    ev.ip_list_pdf(pk / f6, CO, ev.gen_patents(rng, 11, ["空压站群控", "工业碳排放核算", "冷站能效优化", "蒸汽系统节能"]),
                   ev.gen_softs(rng, 22, "碳索", ["能碳管理", "空压站群控", "碳足迹核算", "光储充调度", "能效诊断"]),
                   caption_patent="（一）专利清单 共{n}项", caption_soft="（二）软件著作权清单 共{n}项")
    facts += [dict(ev.fact("平台核心软硬件技术获得的专利数量（项）", "11", "项", 11, "（一）专利清单 共11项", row_label="专利清单"), file=f6),
              dict(ev.fact("平台核心软硬件技术获得的软著数量（个）", "22", "项", 22, "（二）软件著作权清单 共22项", row_label="软件著作权清单"),
                   file=f6)]

    f7 = pre + "附件3-7 平台截图.png"
    F[f7] = "evidence:screenshot"
    ev.dashboard_png(pk / f7, "零碳工厂能碳数智化管理平台", [("接入设备", "2,746"), ("注册企业", "96"), ("能碳APP", "43"),
                                                          ("累计节电（万kWh）", "4,862"), ("碳减排（tCO₂）", "28,460"), ("机理模型", "53")],
                     seed=277, theme="light", subtitle="https://zc.tansuo.example.com/overview", chart_title="月度节电量")
    facts += [dict(ev.fact("连接的工业设备/产品/产线种类及数量（台/套）", "2,746", "台/套", 2746, "2,746", page=1, row_label="接入设备",
                           image_only=True), file=f7),
              dict(ev.fact("注册企业用户数（个）", "96", "家", 96, "96", page=1, row_label="注册企业", image_only=True), file=f7),
              dict(ev.fact("工业APP数量（个）", "43", "个", 43, "43", page=1, row_label="能碳APP", image_only=True), file=f7),
              dict(ev.fact("工业机理模型数量（个）", "53", "个", 53, "53", page=1, row_label="机理模型", image_only=True), file=f7)]

    BOOK = pre + "附件3 申报书.docx"
    F[BOOK] = "申报书"
    n = p.n
    book = [
        ("一、申报单位简介", ["上海碳索能源服务股份有限公司成立于2016年，是专注工业节能与能碳管理的国家高新技术企业。"]),
        ("二、平台建设及运营情况", [f"平台2020年6月启动建设，累计投入{n('平台建设金额（万元）'):.2f}万元。",
                                  f"截至2024年6月底，平台注册企业{n('注册企业用户数（个）')}家，实际服务企业{served}家，付费企业{paidn}家。",
                                  forms.benchmark_table(p, "某能源管理云平台"), "技术创新点：能碳核算引擎、AI群控、边云协同。"]),
        ("三、平台应用成效", [f"三个案例运维成本平均下降{n('平台连接工业设备运维成本平均下降率（%）'):.2f}%，"
                            f"能耗平均下降{n('平台连接工业设备能耗平均下降率（%）'):.2f}%，安全生产持续时间平均提升"
                            f"{n('平台连接工业设备安全生产持续时间平均提升率（%）'):.2f}%。"]),
        ("四、平台下一步发展计划", ["拓展产品碳足迹和绿电交易服务。"]),
        ("五、平台应用案例", [("h2", "案例1：零碳绿色工厂综合数智化管理平台——空压站节能托管"),
                             f"上海金桥汽车零部件有限公司：运维成本下降{cases[0]['om']:.1f}%，能耗下降{cases[0]['energy']:.1f}%。",
                             ("h2", "案例2：零碳绿色工厂综合数智化管理平台——印染蒸汽系统节能"),
                             f"江苏苏州纺织印染有限公司：运维成本下降{cases[1]['om']:.1f}%，能耗下降{cases[1]['energy']:.1f}%。",
                             ("h2", "案例3：零碳绿色工厂综合数智化管理平台——化纤空压站托管"),
                             f"浙江嘉兴化纤有限公司：运维成本下降{cases[2]['om']:.1f}%，能耗下降{cases[2]['energy']:.1f}%。"]),
        ("六、附件及其他说明材料", [("table", ["附件", "名称"], [["3-1", "平台收入确认说明"], ["3-2", "销售台账"], ["3-3", "合同及发票扫描件"],
                                                          ["3-4", "用户应用证明"], ["3-5", "服务企业名单"], ["3-6", "专利及软著清单"],
                                                          ["3-7", "平台截图"]])]),
    ]
    forms.book_docx(p, pk / BOOK, book)

    p.files = F
    pkgkit.problem(p, 1, "count_vs_list", ["实际服务企业数（个）"], [FORM, f5], "error",
                   f"申报表实际服务企业数填报 {served} 个，附件3-5服务企业名单仅列 {listed} 家（“以上共计{listed}家企业”）")
    pkgkit.problem(p, 2, "growth_rate", ["平台近三年经营指标情况"], [FORM], "error",
                   f"2022年增长率填报 24.86%，由2021年营收 452.26 万元与2022年营收 598.40 万元计算应为 {true22:.2f}%")
    avg = round((11.2 + 13.6 + 15.1) / 3, 2)
    pkgkit.problem(p, 3, "declared_vs_evidence", ["平台连接工业设备能耗平均下降率（%）"], [FORM, f4], "error",
                   f"平台连接工业设备能耗平均下降率填报 14.80%，三个案例用户证明的能耗下降率为 11.2%、13.6%、15.1%，平均值应为 {avg:.2f}%")
    pkgkit.problem(p, 4, "invalid_category", ["按行业统计服务企业数（个）"], [FORM], "error",
                   "按行业统计服务企业数中的“汽车零部件”不是附录C行业分类（应为“汽车”）")
    p.layout = ["naming:prefix(27-碳索-)", "evidence_dir:flat", "form:docx+scan(colour)", "summary:xlsx-text", "commitment:scan",
                "revenue:ledger(xlsx+pdf, no period column)+note(6 columns)", "contracts+invoices:one-scan", "letters:scan(3)",
                "customer_list:pdf", "screenshot:png-light", "no_section7(not required)"]
    p.description = ("序号27 碳索零碳工厂平台（2023未参评），4个问题：申报实际服务企业数高于名单；2022年增长率算错；能耗平均下降率不等于三个案例"
                     "平均；行业分类使用“汽车零部件”。收入说明剔除了EMC节能分享收益。")
    return p
