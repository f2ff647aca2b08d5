"""h29_sumi_problems — 附件6 序号3 塑化领域的工业大数据共享平台 (上海塑米信息科技有限公司), 2023参评=-.
Planted: declared revenue above the ledger's 2023 确认收入 合计; one customer twice (renamed, same 信用代码);
an unsigned/unstamped 用户使用证明; 汇总表 注册企业用户数 differs from the 申报表."""
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

PID = "h29_sumi_problems"
CO = "上海塑米信息科技有限公司"
PLAT = "塑化领域的工业大数据共享平台"


def build(root: Path, truth_dir: Path) -> Pkg:
    rng = random.Random(2903)
    pk = root / "packages" / PID
    p = Pkg(PID, 3, PLAT, CO, PLAT, False, "塑米")
    E = "证明材料/"

    paid_specs = [
        ("上海港城塑胶有限公司", "310115", "轻工", "上海", "注塑工厂设备联网及能耗管理SaaS"),
        ("上海金山石化塑料制品有限公司", "310116", "轻工", "上海", "塑化行情大数据订阅"),
        ("上海奉贤汽车塑件有限公司", "310120", "汽车", "上海", "原料集采与质量追溯"),
        ("江苏常州华塑新材料有限公司", "320400", "石化化工", "江苏", "塑化行情大数据订阅"),
        ("江苏昆山精密注塑有限公司", "320500", "电子", "江苏", "注塑工厂设备联网SaaS"),
        ("浙江余姚塑料模具有限公司", "330200", "轻工", "宁波", "供应链协同平台服务"),
        ("浙江台州家电塑件有限公司", "331000", "家电", "浙江", "注塑设备能耗管理"),
        ("浙江绍兴化纤塑业有限公司", "330600", "纺织", "浙江", "原料价格指数订阅"),
        ("广东东莞精塑科技有限公司", "441900", "电子", "广东", "注塑工厂设备联网SaaS"),
        ("深圳宝安塑胶电子有限公司", "440300", "电子", "深圳", "供应链协同平台服务"),
        ("福建厦门塑化贸易有限公司", "350200", "石化化工", "厦门", "塑化行情大数据订阅"),
        ("山东青州塑编包装有限公司", "370700", "轻工", "山东", "原料集采服务"),
        ("安徽合肥家电配件有限公司", "340100", "家电", "安徽", "注塑设备能耗管理"),
        ("上海松江包装材料有限公司", "310117", "轻工", "上海", "原料集采与质量追溯"),
        ("上海嘉定汽车内饰件有限公司", "310114", "汽车", "上海", "注塑工厂设备联网SaaS"),
        ("江苏苏州医用塑料制品有限公司", "320500", "医药", "江苏", "质量追溯APP"),
    ]
    free_specs = [
        ("上海青浦塑料管材有限公司", "310118", "轻工", "上海"), ("上海闵行塑胶五金有限公司", "310112", "轻工", "上海"),
        ("上海宝山改性塑料有限公司", "310113", "石化化工", "上海"), ("江苏无锡塑业有限公司", "320200", "轻工", "江苏"),
        ("江苏南京化工新材料有限公司", "320100", "石化化工", "江苏"), ("浙江温州塑料鞋材有限公司", "330300", "轻工", "浙江"),
        ("浙江嘉兴薄膜科技有限公司", "330400", "轻工", "浙江"), ("广东佛山塑料型材有限公司", "440600", "建材", "广东"),
        ("广东中山小家电塑件有限公司", "442000", "家电", "广东"), ("宁波北仑塑料机械配套有限公司", "330200", "机械", "宁波"),
        ("山东临沂塑料制品有限公司", "371300", "轻工", "山东"), ("河北雄县塑料包装有限公司", "130600", "轻工", "河北"),
        ("湖北武汉汽车塑件有限公司", "420100", "汽车", "湖北"), ("四川成都塑胶制品有限公司", "510100", "轻工", "四川"),
        ("上海浦东塑料包装有限公司", "310115", "轻工", "上海"), ("上海金山塑化物流有限公司", "310116", "服务业", "上海"),
        ("江苏张家港塑料粒子有限公司", "320500", "石化化工", "江苏"), ("浙江慈溪塑料电器有限公司", "330200", "家电", "宁波"),
    ]
    specs = [(n, rc, ind, reg, svc, "付费") for n, rc, ind, reg, svc in paid_specs] + \
            [(n, rc, ind, reg, rng.choice(["行情数据（免费版）", "开放API调用", "设备监测（试用）"]), "免费") for n, rc, ind, reg in free_specs]
    custs = C.customers(rng, specs)
    # PLANTED: the renamed customer listed twice with one 统一社会信用代码
    dup = dict(custs[0], name="上海港城新材料科技有限公司", service="原料集采与质量追溯")
    custs.insert(9, dup)
    rows_n = len(custs)
    distinct = len({c["code"] for c in custs})
    paid_rows = sum(1 for c in custs if c["extra"] == "付费")
    paid_distinct = len({c["code"] for c in custs if c["extra"] == "付费"})
    sh = sum(1 for c in custs if c["region"] == "上海")
    ind_by, reg_by = {}, {}
    for c in custs:
        ind_by[c["industry"]] = ind_by.get(c["industry"], 0) + 1
        reg_by[c["region"]] = reg_by.get(c["region"], 0) + 1
    ind_by = dict(sorted(ind_by.items(), key=lambda kv: -kv[1]))
    reg_by = dict(sorted(reg_by.items(), key=lambda kv: -kv[1]))
    g = {c["name"]: c for c in custs}

    sg = ("", "")
    K = [
        C.contract("SM-DS-2022-118", g["江苏常州华塑新材料有限公司"], "塑化行情大数据订阅服务合同", "塑化行情大数据订阅服务", "2022-08-16",
                   1187200.00, (2022, 9), 24, signer=("吴建华", "黄伟")),
        C.contract("SM-IOT-2022-135", g["上海港城塑胶有限公司"], "注塑工厂设备联网及能耗管理SaaS服务合同", "注塑工厂设备联网及能耗管理SaaS服务",
                   "2022-11-08", 2289600.00, (2022, 12), 36, signer=("钱志明", "黄伟")),
        C.contract("SM-SC-2023-009", g["上海奉贤汽车塑件有限公司"], "塑料原料集采与质量追溯平台服务合同", "原料集采与质量追溯平台服务",
                   "2023-01-12", 1653600.00, (2023, 2), 12, signer=("顾斌", "黄伟")),
        C.contract("SM-IOT-2023-021", g["江苏昆山精密注塑有限公司"], "注塑工厂设备联网SaaS服务合同", "注塑工厂设备联网SaaS服务", "2023-02-27",
                   2967000.00, (2023, 3), 24, invoiced=1483500.00, signer=("李明", "黄伟")),
        C.contract("SM-PJ-2023-030", g["广东东莞精塑科技有限公司"], "注塑车间数字化改造及平台接入项目合同", "注塑车间设备联网与平台接入",
                   "2023-03-20", 3826600.00, (2023, 4), 5, kind="project", signer=("陈志强", "黄伟")),
        C.contract("SM-SC-2023-044", g["浙江余姚塑料模具有限公司"], "供应链协同平台年度服务合同", "供应链协同平台服务", "2023-04-18",
                   954000.00, (2023, 5), 12, signer=("孙海", "黄伟")),
        C.contract("SM-IOT-2023-052", g["浙江台州家电塑件有限公司"], "注塑设备能耗管理平台服务合同", "注塑设备能耗管理平台服务", "2023-05-09",
                   1271470.00, (2023, 6), 12, signer=("林国平", "黄伟")),
        C.contract("SM-DS-2023-061", g["福建厦门塑化贸易有限公司"], "塑化行情大数据订阅服务合同", "塑化行情大数据订阅服务", "2023-06-02",
                   636000.00, (2023, 7), 12, signer=("郑凯", "黄伟")),
        C.contract("SM-SC-2023-077", g["深圳宝安塑胶电子有限公司"], "供应链协同平台服务合同", "供应链协同平台服务", "2023-07-25",
                   1844400.00, (2023, 8), 24, invoiced=922200.00, signer=("刘洋", "黄伟")),
        C.contract("SM-PJ-2023-083", g["上海嘉定汽车内饰件有限公司"], "注塑工厂设备联网平台部署项目合同", "注塑设备联网平台部署及接入",
                   "2023-08-14", 2756000.00, (2023, 9), 3, kind="project", signer=("张磊", "黄伟")),
        C.contract("SM-IOT-2023-096", g["安徽合肥家电配件有限公司"], "注塑设备能耗管理平台服务合同", "注塑设备能耗管理平台服务", "2023-09-19",
                   842700.00, (2023, 10), 12, signer=("王健", "黄伟")),
        C.contract("SM-DS-2023-112", g["山东青州塑编包装有限公司"], "塑料原料集采服务合同", "塑料原料集采数据服务", "2023-12-18",
                   583000.00, (2024, 1), 12, kind="future", signer=("赵刚", "黄伟")),
    ]
    T = C.totals(K)
    rev_yuan = T["rev2023"]
    ledger_wan = round(rev_yuan / 10000 + 1e-9, 2)
    r23 = round(ledger_wan + 186.34, 2)   # PLANTED: declared above the ledger

    cases = [dict(name="上海港城塑胶有限公司", om=16.40, energy=11.80, safety=12.50),
             dict(name="江苏昆山精密注塑有限公司", om=13.20, energy=9.60, safety=15.40),
             dict(name="广东东莞精塑科技有限公司", om=19.10, energy=12.70, safety=10.30)]
    c = C.base_cfg(rng, devices=1862, cats={"轻工设备": 61, "动力设备": 22, "仪器仪表": 17},
                   regs={"上海": 30, "江苏": 22, "浙江": 14, "广东": 16, "宁波": 6, "深圳": 5, "安徽": 4, "福建": 3},
                   overseas={}, app_native=36, app_cloud=12,
                   app_cats={"供应链管理": 14, "节能减排": 9, "质量管控": 8, "生产制造": 7, "运营管理": 6, "仓储物流": 4},
                   app_inds={"轻工": 20, "石化化工": 14, "家电": 8, "汽车": 6},
                   models={"数据算法模型": 28, "行业机理模型": 19, "业务流程模型": 11}, store_cap=240.00, store_used=151.68)
    c.update(nature="行业型工业互联网平台（塑化产业大数据）", contact="沈佳怡", phone="13918730562", email="shenjy@sumi.example.com",
             venue="上海市浦东新区张江路665号3楼 塑米会议中心", url="https://data.sumi.example.com", built="2018.05-2023.12", invest=2680.00,
             rev=(812.38, 968.75, 1126.20, r23), build_mode="自建", op_mode="自运营", deploy="公有云",
             team=(38, 27, 41), rd=326.58, profit=268.40,
             users=dict(reg=186, served=rows_n, paid=paid_rows, sh=sh, sme=29, ind=ind_by, reg_by=reg_by),
             speed=("秒级（每TB交易与行情数据分析约8秒）", "秒级"), sec_test="是，每年1次第三方渗透测试", sec_scan="是，每周1次",
             orders=(2318, 2456), trade_growth=21.36, subs=(264, 152, 612.80), dev_util=71.20, domestic=76.00,
             smart_factory=1, parks=2, solutions=C.solutions(9), vc=True, cases=cases, indices=5, ip=(8, 31), carbon=True,
             idres=False, awards=["上海市软件和信息服务业高成长百家", "上海市专精特新中小企业"], jobs=46, social=18.92,
             open_data="以API接口、价格指数和行业报告形式开放：开放API接口38个、塑化价格指数5类、月度行业报告12期", partners=3)
    C.finish_cfg(c, rng)
    standard_rows(p, c)
    assert not check_consistency(p), check_consistency(p)

    D = dict(positioning="面向塑化产业链的工业大数据共享平台，打通原料交易、注塑生产与设备运行数据。",
             policy1="支持建设面向原材料行业的工业互联网平台", industry="塑料加工行业", trend="原料价格波动大，中小注塑企业数字化需求迫切",
             org_short="塑米", platform_short="塑化大数据", doc_prefix="塑米信息",
             other_res="汇聚塑料原料SKU 1.8万个、价格行情数据3,200万条、上下游企业档案6.4万家，形成塑化价格指数5类。",
             edge_nodes=64, latency=50, other_collect="支持从ERP、MES及交易系统采集订单、库存和质检数据，对接第三方物流轨迹数据。",
             compute="公有云ECS 42台（CPU 672核），按需弹性扩展。",
             autonomy="塑化价格预测模型、注塑工艺参数优化模型和平台数据中台为自主研发，自主可控。",
             benefit="三个案例平均缩短原料采购周期约30%，带动用户企业新增订单约2,300万元。",
             cost="三个案例平均降低运维成本16.23%，注塑设备能耗平均下降11.37%。",
             data_value="基于行情、交易和设备运行数据构建价格指数和产能指数，为原料采购和排产提供决策支持。",
             supply="平台与原料供应商、物流商和注塑企业系统对接，实现原料集采、库存共享和质量追溯，在线协同供应商210家。",
             newtech="平台融合人工智能与大数据技术，构建塑化价格预测大模型应用。",
             standards="参与团体标准1项：《塑料原料数字化交易数据规范》。",
             contribution="服务长三角塑料加工中小企业数字化转型，提升原料供应链韧性。",
             open_mech="是，向产业链开放价格指数、行业数据集和原料质量追溯接口。",
             cross="与第三方物流平台、银行供应链金融平台实现API对接。",
             newmode="培育“数据+集采”的塑化供应链服务新模式。",
             intro=(f"{PLAT}由上海塑米信息科技有限公司自主建设运营，是面向塑化产业链的行业型工业互联网平台。平台汇聚塑料原料行情、交易、"
                    "物流和注塑工厂设备运行数据，提供行情数据订阅、原料集采、供应链协同、注塑设备联网与能耗管理等服务。"
                    "主要客户为长三角、珠三角地区的塑料加工和家电、汽车零部件企业。"),
             effect=("平台解决了塑化原料价格不透明、中小注塑企业设备管理粗放等痛点，案例用户运维成本平均下降16.23%，能耗平均下降11.37%，"
                     "带动塑料加工行业数字化转型。"))
    p.T = texts.answers(D)

    seal = kit.seal_image(CO, seed=31)
    fin_seal = kit.seal_image(CO, bottom="财务专用章", seed=32)
    p.info = dict(contact="沈佳怡", contact_title="平台运营总监", phone="13918730562", email="shenjy@sumi.example.com",
                  contact2="黄伟", contact2_title="副总经理", phone2="13901765238", email2="huangwei@sumi.example.com",
                  venue="上海市浦东新区张江路665号3楼 塑米会议中心", code=ev.credit_code(rng, "310115"),
                  founded="2014年9月", reg_addr="中国（上海）自由贸易试验区张江路665号（浦东新区）", type="有限责任公司",
                  capital="5,000万元人民币", business="塑化产业互联网平台运营、数据服务、软件开发及技术服务", legal="陈建林",
                  equity=[("厦门塑米科技集团有限公司", "5,000万元", "100%")],
                  fin=["86,412.36", "512,638.20", "-8.42", "61.35", "1,268.44", "1,842.60"],
                  built_text="2018 年 5 月至 2023 年 12 月", build_mode_text="☑自建　□合作共建", op_mode_text="☑自运营",
                  iaas_text="□自建　☑租用，服务商名称：阿里云计算有限公司", deploy_text="☑公有云", author="shenjy",
                  url_text="https://data.sumi.example.com\n账号：expert2024　密码：Sm@2024Review", form_date="2024 年 7 月 17 日",
                  proof={"平台相关营业收入（万元）": "证明材料01、02", "实际服务企业数（个）": "证明材料05", "付费企业数（个）": "证明材料05",
                         "平台连接工业设备运维成本平均下降率（%）": "证明材料04", "平台连接工业设备能耗平均下降率（%）": "证明材料04",
                         "注册企业用户数（个）": "证明材料07"})
    p.secrets = ["Sm@2024Review"]
    # PLANTED: the applicant's 汇总表 has a different 注册企业用户数
    p.summary_over["注册企业用户数（个）"] = "168"

    F = {}
    F["塑米-附件1 联系人信息反馈表.docx"] = "联系人表"
    forms.contact_docx(p, pk / "塑米-附件1 联系人信息反馈表.docx")
    F["塑米-附件2 申报表.xlsx"] = "申报表"
    forms.form_xlsx(p, pk / "塑米-附件2 申报表.xlsx")
    F["塑米-附件2 申报表（盖章）.pdf"] = "申报表扫描件"
    forms.form_scan(p, pk / "塑米-附件2 申报表（盖章）.pdf", 3100, seal)
    F["塑米-附件4 平台基本情况汇总表.docx"] = "汇总表"
    forms.summary_docx(p, pk / "塑米-附件4 平台基本情况汇总表.docx")
    F["塑米-附件5 真实性承诺.pdf"] = "承诺"
    forms.commitment_scan(p, pk / "塑米-附件5 真实性承诺.pdf", 3200, seal, "2024年7月17日", "陈建林")

    facts = p.facts
    R = "平台相关营业收入（万元）"

    f1 = E + "01 平台营业收入确认说明.pdf"
    F[f1] = "evidence:audit_report"
    net_total = round(T["amount"] / 1.06, 2)
    fut = [k for k in K if k["kind"] == "future"]
    fut_net = round(sum(k["amount"] for k in fut) / 1.06, 2)
    later = round(net_total - rev_yuan - fut_net, 2)
    recon = [["合同台账合同金额合计（含税）", kit.yuan(T["amount"]), f"见证明材料02，共{len(K)}份合同"],
             ["减：销项税额", kit.yuan(round(T["amount"] - net_total, 2)), "税率6%"],
             ["合同金额合计（不含税）", kit.yuan(net_total), ""],
             ["减：2023年12月签订、2024年起服务的合同", kit.yuan(fut_net), fut[0]["no"]],
             ["减：跨期合同归属其他年度部分", kit.yuan(later), "按服务期分摊"],
             ["2023年度平台确认收入（不含税）", kit.yuan(rev_yuan), "即平台相关营业收入"],
             ["折合万元", kit.wan(ledger_wan), ""]]
    three = [["平台相关营业收入", "812.38", "968.75", "1,126.20", f"{ledger_wan:,.2f}"],
             ["平台研发投入", "201.66", "236.80", "281.05", "326.58"],
             ["平台利润总额", "102.35", "148.60", "196.72", "268.40"]]
    pkgkit.revenue_note_pdf(
        pk / f1, p, "塑化领域的工业大数据共享平台<br/>2023年度营业收入确认说明",
        ["本公司主营业务包括塑化产品线上交易撮合与平台数据服务。其中，塑化产品贸易收入不属于平台相关营业收入；"
         "平台相关营业收入仅包括基于平台直接订阅的数据服务、SaaS服务及平台部署接入项目收入，以合同台账逐笔核算。",
         "订阅类服务在服务期内分期确认；项目类在验收时确认；2023年12月签订、服务期自2024年起的合同不计入2023年度。"
         "合同金额为含税金额，确认收入为不含税金额。调节过程如下："],
        recon, three,
        ["平台2023年度营业收入为上表“2023年度平台确认收入”，与合同台账“2023年确认收入”合计一致。"],
        "上海塑米信息科技有限公司　财务部", "2024年7月8日", seal=fin_seal)
    facts += [
        ev.fact(R, kit.yuan(rev_yuan), "元", ledger_wan, kit.yuan(rev_yuan), row_label="2023年度平台确认收入（不含税）",
                column_label="金额（元）"),
        ev.fact(R, kit.wan(ledger_wan), "万元", ledger_wan, kit.wan(ledger_wan), anchor="折合万元", row_label="折合万元",
                column_label="金额（元）"),
        ev.fact("平台近三年经营指标情况", "968.75", "万元", 968.75, "968.75", row_label="平台相关营业收入", column_label="2021年度",
                component="2021年平台营收（万元）"),
        ev.fact("平台近三年经营指标情况", "1,126.20", "万元", 1126.20, "1,126.20", row_label="平台相关营业收入", column_label="2022年度",
                component="2022年平台营收（万元）"),
        ev.fact("平台相关研发投入（万元）", "326.58", "万元", 326.58, "326.58", row_label="平台研发投入", column_label="2023年度"),
        ev.fact("平台利润率（%）", "268.40", "万元", 268.40, "268.40", row_label="平台利润总额", column_label="2023年度",
                component="平台利润总额（万元）"),
        ev.fact("投资回报率（%）", "268.40", "万元", 268.40, "268.40", row_label="平台利润总额", column_label="2023年度",
                component="平台年利润（万元）"),
    ]
    for f in facts:
        f.setdefault("file", f1)

    f2x = E + "02 平台合同台账（2023）.xlsx"
    F[f2x] = "evidence:other"
    ev.ledger_xlsx(pk / f2x, "塑米平台数据服务合同台账（2023年度）", K, T, extra_cols=("服务期",),
                   note_rows=["注：合同金额、开票金额含税；确认收入不含税。"], author="财务部")
    facts.append(dict(ev.fact(R, kit.yuan(rev_yuan), "元", ledger_wan, kit.yuan(rev_yuan), page=1, row_label="合计",
                              column_label="2023年确认收入(元)"), file=f2x))

    f3 = E + "03 合同及发票（节选）.pdf"
    F[f3] = "evidence:other"
    seller_seal = kit.seal_image(CO, bottom="合同专用章", seed=33)
    inv_seal = kit.seal_image(CO, center="", bottom="发票专用章", seed=34, oval=True)
    pages = []
    for k, ck in enumerate([K[1], K[4]]):
        bseal = kit.seal_image(ck["customer"], bottom="合同专用章", seed=40 + k)
        for j, im in enumerate(ev.contract_pages(dict(ck, pages=5), CO, seller_seal, bseal)):
            pages.append(kit.scanify(im, 3300 + 2 * k + j))
    invs = []
    for ck, amt, dt in ((K[1], 763200.00, "2023年12月05日"), (K[4], 3443940.00, "2023年09月28日")):
        net = round(amt / 1.06, 2)
        invs.append(dict(no=f"2331200000{rng.randint(10000000, 99999999)}", date=dt, buyer=ck["customer"], buyer_code=ck["customer_code"],
                         seller=CO, seller_code=p.info["code"], item="*信息技术服务*平台服务费", amount=net, tax=round(amt - net, 2),
                         rate=6, remark=ck["no"], drawer="周敏"))
    page = kit.canvas_a4(120)
    for j, inv in enumerate(invs):
        page.paste(ev.invoice_image(inv, 120, inv_seal), (0, int(0.4 * 120) + j * int(5.6 * 120)))
    pages.append(kit.scanify(page, 3390))
    kit.images_to_pdf(pages, pk / f3)

    f4 = E + "04 用户使用证明.pdf"
    F[f4] = "evidence:other"
    L = [
        dict(org="上海港城塑胶有限公司", title="用户使用证明", style="red", color=(200, 20, 20),
             paras=["我公司自2022年12月起使用上海塑米信息科技有限公司“塑化领域的工业大数据共享平台”注塑工厂设备联网及能耗管理服务，"
                    "共接入注塑机及辅机126台。",
                    "使用平台后，我公司注塑设备运维成本下降16.4%，单位产品能耗下降11.8%，安全生产持续时间提升12.5%。", "特此证明。"],
             org_sign="上海港城塑胶有限公司（盖章）", signer="钱志明", date="2024年6月24日", seal=kit.seal_image("上海港城塑胶有限公司", seed=51)),
        # PLANTED: no seal, no signature, no date
        dict(org="江苏昆山精密注塑有限公司", title="使用情况说明", style="block", color=(20, 90, 160), addr="江苏省苏州市昆山市开发区青阳路",
             paras=["我司于2023年3月起使用塑米平台注塑工厂设备联网SaaS服务。",
                    "平台上线后，注塑设备运维成本下降13.2%，能耗下降9.6%，安全生产持续时间提升15.4%。"],
             org_sign="江苏昆山精密注塑有限公司", signer="", date="　　年　　月　　日", seal=None),
        dict(org="广东东莞精塑科技有限公司", title="应用证明", style="block", color=(0, 130, 80), addr="广东省东莞市长安镇振安路",
             paras=["我司注塑车间数字化改造及平台接入项目于2023年8月验收上线。",
                    "经统计，注塑设备运维成本下降19.1%，能耗下降12.7%，安全生产持续时间提升10.3%。", "特此证明。"],
             org_sign="广东东莞精塑科技有限公司", signer="陈志强", date="2024年6月26日", seal=kit.seal_image("广东东莞精塑科技有限公司", seed=52)),
    ]
    ev.letters_pdf(pk / f4, L, 3400)
    OM, EN, SF = ("平台连接工业设备运维成本平均下降率（%）", "平台连接工业设备能耗平均下降率（%）", "平台连接工业设备安全生产持续时间平均提升率（%）")
    for pg, cs in ((1, cases[0]), (2, cases[1]), (3, cases[2])):
        for lab, key, cap in ((OM, "om", "运维成本下降率"), (EN, "energy", "能耗下降率"), (SF, "safety", "安全生产持续时间提升率")):
            facts.append(dict(ev.fact(lab, f"{cs[key]:.1f}%", "%", cs[key], f"{cs[key]:.1f}%", page=pg, row_label=cap.replace("率", ""),
                                      component=f"案例{pg}{cap}（%）", image_only=True), file=f4))

    f5 = E + "05 平台服务企业名单（含付费客户）.pdf"
    F[f5] = "evidence:other"
    f5x = E + "05 平台服务企业名单.xlsx"
    F[f5x] = "evidence:other"
    summ = [f"合计：{rows_n}家，其中付费企业{paid_rows}家、上海企业{sh}家。", "统计截至2024年6月30日。"]
    ev.customer_list_pdf(pk / f5, "塑化领域的工业大数据共享平台 服务企业名单", CO, custs, summ, extra_col="合作方式", seal=seal,
                         font="WQY", date_line="截至2024年6月30日")
    ev.customer_list_xlsx(pk / f5x, custs, summ, extra_col="合作方式", author="运营部")
    facts += [dict(ev.fact("实际服务企业数（个）", f"{rows_n}家", "家", rows_n, f"合计：{rows_n}家", row_label="合计"), file=f5),
              dict(ev.fact("付费企业数（个）", f"{paid_rows}家", "家", paid_rows, f"其中付费企业{paid_rows}家", row_label="其中付费企业"), file=f5),
              dict(ev.fact("服务本市企业数量（个）", f"{sh}家", "家", sh, f"上海企业{sh}家", row_label="上海企业"), file=f5)]

    f6 = E + "06 知识产权清单.pdf"
    F[f6] = "evidence:patent_list"
    ev.ip_list_pdf(pk / f6, CO, ev.gen_patents(rng, 8, ["塑料原料价格预测", "注塑工艺参数优化", "塑化交易数据清洗"]),
                   ev.gen_softs(rng, 31, "塑米", ["行情数据", "集采", "供应链协同", "设备联网", "能耗管理", "质量追溯"]), font="WQY",
                   caption_patent="表1 专利（{n}项）", caption_soft="表2 软件著作权（{n}项）")
    facts += [dict(ev.fact("平台核心软硬件技术获得的专利数量（项）", "8", "项", 8, "表1 专利（8项）", row_label="表1"), file=f6),
              dict(ev.fact("平台核心软硬件技术获得的软著数量（个）", "31", "项", 31, "表2 软件著作权（31项）", row_label="表2"), file=f6)]

    f7 = E + "07 平台数据看板截图.png"
    F[f7] = "evidence:screenshot"
    ev.dashboard_png(pk / f7, "塑化工业大数据共享平台 数据看板",
                     [("注册企业", "186"), ("联网设备", "1,862"), ("工业APP", "48"), ("模型数量", "58")], seed=37, theme="light",
                     subtitle="https://data.sumi.example.com/board", chart_title="近12个月行情数据调用量")
    facts += [dict(ev.fact("注册企业用户数（个）", "186", "家", 186, "186", page=1, row_label="注册企业", image_only=True), file=f7),
              dict(ev.fact("连接的工业设备/产品/产线种类及数量（台/套）", "1,862", "台/套", 1862, "1,862", page=1, row_label="联网设备",
                           image_only=True), file=f7),
              dict(ev.fact("工业APP数量（个）", "48", "个", 48, "48", page=1, row_label="工业APP", image_only=True), file=f7),
              dict(ev.fact("工业机理模型数量（个）", "58", "个", 58, "58", page=1, row_label="模型数量", image_only=True), file=f7)]

    F["塑米-附件3 申报书.docx"] = "申报书"
    n = p.n
    book = [
        ("一、申报单位简介", ["上海塑米信息科技有限公司成立于2014年，是塑化产业互联网企业，业务包括塑化产品线上交易撮合与平台数据服务。"]),
        ("二、平台建设及运营情况", [
            f"平台2018年5月启动建设，累计投入{n('平台建设金额（万元）'):.2f}万元，部署于公有云。",
            f"截至2024年6月30日，平台注册企业{n('注册企业用户数（个）')}家，实际服务企业{rows_n}家，付费企业{paid_rows}家。"
            f"2023年平台相关营业收入{r23:.2f}万元。", forms.benchmark_table(p, "某化工品B2B平台"),
            "技术创新点：塑化价格预测模型、注塑工艺参数优化模型、多源交易数据融合治理。"]),
        ("三、平台应用成效", [f"案例用户运维成本平均下降{n('平台连接工业设备运维成本平均下降率（%）'):.2f}%，能耗平均下降"
                            f"{n('平台连接工业设备能耗平均下降率（%）'):.2f}%。应用创新点：数据+集采的供应链服务模式。"]),
        ("四、平台下一步发展计划", ["扩大注塑工厂设备联网覆盖，建设塑化行业大模型。"]),
        ("五、平台应用案例", [
            ("h2", "案例1：塑化领域的工业大数据共享平台——注塑工厂设备联网与能耗管理"),
            f"上海港城塑胶有限公司接入注塑机及辅机126台，运维成本下降{cases[0]['om']:.1f}%，能耗下降{cases[0]['energy']:.1f}%。",
            ("h2", "案例2：塑化领域的工业大数据共享平台——精密注塑设备联网"),
            f"江苏昆山精密注塑有限公司运维成本下降{cases[1]['om']:.1f}%，能耗下降{cases[1]['energy']:.1f}%（见证明材料04第2页）。",
            ("h2", "案例3：塑化领域的工业大数据共享平台——注塑车间数字化改造"),
            f"广东东莞精塑科技有限公司运维成本下降{cases[2]['om']:.1f}%，能耗下降{cases[2]['energy']:.1f}%。"]),
        ("六、附件及其他说明材料", [("table", ["编号", "材料名称"], [
            ["01", "平台营业收入确认说明"], ["02", "平台合同台账（2023）"], ["03", "合同及发票（节选）"], ["04", "用户使用证明"],
            ["05", "平台服务企业名单"], ["06", "知识产权清单"], ["07", "平台数据看板截图"]])]),
    ]
    forms.book_docx(p, pk / "塑米-附件3 申报书.docx", book, font="宋体")

    p.files = F
    FORM = "塑米-附件2 申报表.xlsx"
    pkgkit.problem(p, 1, "declared_vs_evidence", ["平台相关营业收入（万元）", "平台近三年经营指标情况"], [FORM, f1, f2x], "error",
                   f"申报表平台相关营业收入（及2023年平台营收）填报 {r23:.2f} 万元，高于财务部收入确认说明和合同台账的2023年确认收入合计 "
                   f"{kit.yuan(rev_yuan)} 元（{ledger_wan:.2f} 万元），说明明确平台营收即台账确认收入合计")
    pkgkit.problem(p, 2, "count_vs_list", ["实际服务企业数（个）", "付费企业数（个）"], [FORM, f5, f5x], "warning",
                   f"服务企业名单第1行“上海港城塑胶有限公司”与第10行“上海港城新材料科技有限公司”统一社会信用代码相同（{custs[0]['code']}，"
                   f"同一企业更名前后名称），按信用代码去重实际服务企业为{distinct}家、付费企业为{paid_distinct}家，申报表分别填报{rows_n}、{paid_rows}")
    pkgkit.problem(p, 3, "missing_proof", ["平台连接工业设备运维成本平均下降率（%）", "平台连接工业设备能耗平均下降率（%）",
                                           "平台连接工业设备安全生产持续时间平均提升率（%）"], [f4], "warning",
                   "用户使用证明第2份（江苏昆山精密注塑有限公司“使用情况说明”）无单位盖章、无负责人签字、日期空白，却作为案例2运维成本、能耗、"
                   "安全生产持续时间数据的依据")
    pkgkit.problem(p, 4, "summary_vs_form", ["注册企业用户数（个）"], ["塑米-附件4 平台基本情况汇总表.docx", FORM], "error",
                   "汇总表“注册企业用户数（个）”填写168，申报表填报186（数据看板截图亦为186）")
    p.layout = ["naming:prefix(塑米-)", "evidence_dir:证明材料", "form:xlsx+scan", "summary:docx", "commitment:scan",
                "revenue:ledger(xlsx)+note", "contracts+invoices:one-scan", "letters:scan(3, one unsigned)",
                "customer_list:pdf(WQY)+xlsx", "screenshot:png-light", "no_section7(not required)"]
    p.description = ("序号3 塑米塑化大数据平台（2023未参评），4个问题：申报营收高于台账确认收入合计；同一信用代码客户以新旧名称重复计数；"
                     "一份用户使用证明无盖章签字；汇总表注册企业用户数与申报表不一致。收入确认说明剔除了贸易收入。")
    return p
