"""h13_laiyifen_problems — 附件6 序号10, 上海来伊份股份有限公司 (listed group parent), 6 planted problems."""

from __future__ import annotations

import shutil

import docs
import finance
import narrative
import synth
from common import pkg_dir, write_truth
from model import Package

PID = "h13_laiyifen_problems"


def build():
    pkg = Package(PID, 10, "来伊份合作伙伴共创平台", "上海来伊份股份有限公司", False)
    pkg.style = {"docx_font": "宋体"}
    pkg.info = dict(
        uscc="91310000631586402X", founded="2002年7月8日", reg_addr="上海市松江区，上海市松江区九亭镇久富路300号",
        type="股份有限公司（上市）", capital="人民币33,470.65万元", business="休闲食品研发、采购、品控、零售及供应链服务",
        legal="施永雷", contact="蒋欣怡", contact_title="数字化中心平台产品经理", phone="13918054731", fax="021-51760000",
        email="jiangxy@lyf-partner.example.com", contact2="马骏", contact2_title="供应链数字化总监", phone2="13917462058",
        email2="majun@lyf-partner.example.com", venue="上海市松江区九亭镇久富路300号来伊份总部大楼A座12楼会议室",
        url="https://partner.laiyifen.example.com", account="sheitc2024", password="Lyf!Cocreate88",
        build_time="2020.03-2023.12", build_time_text="2020年3月至2023年12月", build_mode="自建", build_mode_text="☑自建　□合作共建",
        op_mode="自运营", op_mode_text="☑自运营　□联合运营　□委托运营", iaas_text="□自建　☑租用，服务商名称（必填）：华为云计算技术有限公司",
        deploy="私有云、公有云", deploy_text="□边缘侧　☑私有云　☑公有云　□混合云",
        form_date="2024年7月19日", commit_date="2024年7月19日", shot_time="2024/07/15 10:26", ip_date="2024年6月30日",
        holders=[["上海爱屋企业管理有限公司", "人民币14,680.00万元", "43.86%"], ["施永雷", "人民币2,580.00万元", "7.71%"],
                 ["社会公众股东", "人民币16,210.65万元", "48.43%"]],
        oper_note="（母公司口径）",
        oper=dict(assets="386,512.40", revenue="312,846.18", growth="-6.42", debt="46.83", profit="3,128.56", tax="6,842.30"),
        intro=("来伊份合作伙伴共创平台是来伊份面向休闲食品供应链打造的企业级工业互联网平台，连接300余家代工合作伙伴工厂、"
               "物流仓配中心与门店，提供新品协同研发、产能协同、质量追溯、智能补货与合作伙伴数字化工具等服务。平台接入合作伙伴工厂的"
               "烘焙、炒制、包装、冷链等设备，实现从原料到门店的全链路数据贯通，主要用户为休闲食品生产企业和物流服务商。"),
        effect=("平台帮助合作伙伴缩短新品开发周期约25%，产品一次检验合格率提升至99.3%，库存周转天数下降约6天，"
                "带动长三角休闲食品中小企业数字化转型。"),
    )
    p = dict(
        nature="企业级（食品行业供应链协同）工业互联网平台", build_amount=2680.00,
        rev={2020: 2986.40, 2021: 3418.62, 2022: 3906.15, 2023: 4652.30},
        team=(113, 62, 41, 78), rd=612.48, profit=528.36,
        users=(2816, 1652, 486, 642, 1398),
        devices=(6380, 3420, 2610),
        dev_cats=[("轻工设备", 52), ("物流设备", 22), ("动力设备", 14), ("仪器仪表", 12)],
        dev_regions=[("上海", 30), ("江苏", 22), ("浙江", 18), ("安徽", 12), ("山东", 8), ("福建", 6), ("广东", 4)],
        overseas={},
        protocols=42, sw_total=88, app=(76, 52),
        app_cats=[("供应链管理", 30), ("质量管控", 25), ("生产制造", 15), ("仓储物流", 18), ("研发设计", 7), ("运营管理", 5)],
        app_inds=[("食品", 80), ("轻工", 12), ("服务业", 8)],
        app_mau=58, killer=(5, 1260, 9840, 24.60), pub_app=(61, 34),
        cloud=(46.00, 30), storage=(320.00, 186.40, 122.60),
        models=(84, 46, 310), model_w=[35, 10, 30, 25], speed=("秒级（每TB约4秒）", "秒级"),
        ms=(428, 263), dev=(1260, 318),
        svc_inds=[("食品", 78), ("轻工", 10), ("服务业", 12)],
        svc_regions=[("江苏", 28), ("浙江", 24), ("安徽", 16), ("山东", 12), ("福建", 10), ("广东", 6), ("河南", 4)],
        svc_overseas={},
        orders={"2023年自然年": 42680, "截至填表日前一年": 45120}, trade_growth=12.35,
        subs=(3860, 2140, 628.40), util=68.40, guochan=91.00, factories=2, parks=4,
        solutions=(18, [5, 2, 5, 3, 2, 1]), vcpe=True, effects=(11.80, 7.20, 9.60), indices=2,
        patents=8, softs=27, jobs=186, social=16.84, partners=5,
        open_data="以API接口和数据报表形式开放：开放API接口64个、合作伙伴经营数据报表12类",
        awards=[dict(name="上海市工业互联网平台应用优秀案例", date="2022年12月", issuer="上海市经济和信息化委员会"),
                dict(name="全国供应链创新与应用示范企业", date="2023年3月", issuer="商务部等8部门")],
    )
    synth.fill(pkg, p, seed=1000)
    v = pkg.v
    # planted: 行业 uses 食品饮料 (not 附录C), 区域 sum short by 100 (江苏)
    ind = v["按行业统计服务企业数（个）"]
    v["按行业统计服务企业数（个）"] = {("食品饮料" if k == "食品" else k): n for k, n in ind.items()}
    reg = dict(v["按省市区域统计服务企业数（个）"])
    reg_true_js = reg["江苏"]
    reg["江苏"] -= 100
    v["按省市区域统计服务企业数（个）"] = reg
    pkg.form_display["平台社会贡献率（%）"] = ""
    th = theme(pkg)
    synth.texts(pkg, th)
    pkg.t["jiangxiang"] = synth.award_answer(p["awards"])
    pkg.t["shangshi"] = "是，公司于2016年10月在上海证券交易所主板上市（股票代码603777）"
    pkg.summary_display["平台相关营业收入（万元）"] = "4562.30"

    root = pkg_dir(pkg)
    shutil.rmtree(root, ignore_errors=True)
    E = "佐证材料/"
    F = {
        "audit": E + "佐证01 2023年度审计报告（节选）及平台收入专项审计.pdf",
        "test": E + "佐证02 平台第三方检测报告.pdf",
        "letters": E + "佐证03 合作伙伴（智能工厂）服务证明函.pdf",
        "contracts": E + "佐证04 平台服务合同清单.xlsx",
        "shot": E + "佐证05 平台运营看板截图.png",
        "ip": E + "佐证06 知识产权清单.pdf",
        "devices": E + "佐证07 接入设备统计.xlsx",
    }
    proof = {"平台相关营业收入（万元）": "佐证01 P6", "平台相关研发投入（万元）": "佐证01 P6", "平台利润率（%）": "佐证01 P6",
             "注册企业用户数（个）": "佐证05", "连接的工业设备/产品/产线种类及数量（台/套）": "佐证02 P4、佐证07",
             "平台是否服务上海智能工厂，数量": "佐证03", "平台核心软硬件技术获得的专利数量（项）": "佐证06",
             "平台核心软硬件技术获得的软著数量（个）": "佐证06", "平台社会贡献率（%）": "—"}
    N1, N2, N2S = "1-联系人信息反馈表.docx", "2-申报表（来伊份合作伙伴共创平台）.docx", "2-申报表（盖章）.pdf"
    N3, N4, N5 = "3-申报书（来伊份合作伙伴共创平台）.pdf", "4-平台基本情况汇总表.xlsx", "5-真实性承诺（盖章）.pdf"
    docs.lianxiren_docx(pkg, root / N1)
    docs.shenbaobiao_docx(pkg, root / N2, proof, variant="seq")
    docs.shenbaobiao_scan(pkg, root / N2S, proof, seed=1011, seal_text=pkg.company)
    docs.huizong_xlsx(pkg, root / N4, with_header=False)
    docs.chengnuo_scan(pkg, root / N5, seed=1012, seal_text=pkg.company)
    pkg.files.update({N1: "联系人表", N2: "申报表", N2S: "申报表扫描件", N4: "汇总表", N5: "承诺"})

    rev = pkg.rev
    a = dict(firm="立信中联会计师事务所（特殊普通合伙）上海分所", report_no="立信中联审字[2024]D-0416号", date_cn="二〇二四年四月二十六日",
             period="2023年1—12月", period_cn="2023年度", bs_date="2023.12.31", bs_date_cn="2023年12月31日",
             columns=("合并报表", "母公司报表"), cpa=("黄志坚", "孙蕾"),
             bs=[("货币资金", 812036441.28, 604218335.71), ("存货", 531842066.19, 402615388.04), ("资产总计", 4218650331.45, 3865124018.62),
                 ("负债合计", 1986403217.30, 1810028644.27)],
             pl=[("一、营业收入", 3978415206.73, 3128461802.55), ("减：营业成本", 2316084431.20, 1903842205.16),
                 ("研发费用", 18204633.58, 15216380.42), ("二、营业利润", 36218406.15, 29840162.33),
                 ("三、利润总额", 38106522.47, 31285603.18), ("四、净利润", 30218644.12, 25106832.95)],
             related_text=["本公司为来伊份集团的母公司，合并范围包括上海来伊份电子商务有限公司等子公司。平台服务由母公司运营，"
                           "平台相关营业收入中不含向合并范围内子公司提供服务的收入（已在合并层面抵销）。"],
             related=[("上海来伊份电子商务有限公司", "全资子公司", "平台数据服务（合并抵销）", 3256100.00),
                      ("上海来伊份供应链管理有限公司", "全资子公司", "仓配服务（本公司采购）", 21460380.52)],
             platform_title="来伊份合作伙伴共创平台收入专项审计结果",
             platform_text=["经审计，贵公司合作伙伴共创平台2021—2023年度平台相关营业收入、研发投入及利润总额如下（已剔除合并范围内关联交易）。"],
             platform_table=dict(unit_line="单位：万元",
                                 header=["项目", "2023年", "2022年", "2021年"],
                                 rows=[["平台相关营业收入", f"{rev[2023]:.2f}", f"{rev[2022]:.2f}", f"{rev[2021]:.2f}"],
                                       ["平台相关研发投入", "612.48", "548.20", "472.06"],
                                       ["平台利润总额", "528.36", "436.18", "362.44"]],
                                 widths=[56, 38, 38, 38]),
             platform_after=["二〇二三年度平台相关营业收入占公司合并营业收入（39.78亿元）的1.17%。"])
    pages = finance.audit_pdf(pkg, root / F["audit"], a, font="WQY")
    pkg.files[F["audit"]] = "evidence:audit_report"
    pg = pages["platform"]
    pkg.fact("平台相关营业收入（万元）", f"{rev[2023]:.2f}", "万元", rev[2023], F["audit"], pg, f"{rev[2023]:.2f}", "平台相关营业收入", "2023年")
    pkg.fact("平台近三年经营指标情况", f"{rev[2022]:.2f}", "万元", rev[2022], F["audit"], pg, f"{rev[2022]:.2f}", "平台相关营业收入", "2022年",
             component="2022年平台营收（万元）")
    pkg.fact("平台近三年经营指标情况", f"{rev[2021]:.2f}", "万元", rev[2021], F["audit"], pg, f"{rev[2021]:.2f}", "平台相关营业收入", "2021年",
             component="2021年平台营收（万元）")
    pkg.fact("平台相关研发投入（万元）", "612.48", "万元", 612.48, F["audit"], pg, "612.48", "平台相关研发投入", "2023年")
    pkg.fact("平台利润率（%）", "528.36", "万元", 528.36, F["audit"], pg, "528.36", "平台利润总额", "2023年", component="平台利润总额（万元）")
    pkg.fact("投资回报率（%）", "528.36", "万元", 528.36, F["audit"], pg, "528.36", "平台利润总额", "2023年", component="平台年利润（万元）")

    lab = dict(name="上海质信软件产品检测有限公司", short="质信检测", addr="上海市杨浦区政立路485号", tel="021-65430000",
               period="2024.06.03—2024.06.07", env="生产环境", people=("王磊", "杜婷", "严晓峰"))
    items = [("连接设备数量", "≥3,000台/套", "6,380台/套", "符合"), ("工业APP数量", "≥50个", "76个", "符合"),
             ("工业模型数量", "≥50个", "84个", "符合"), ("微服务数量", "≥300个", "428个", "符合"), ("平均响应时间", "≤800ms", "265ms", "符合")]
    tp = docs.test_report_pdf(pkg, root / F["test"], lab, "ZX-RJ-2406-0031", "2024年6月14日", items, font="WQY")
    pkg.files[F["test"]] = "evidence:other"
    for lab_, idx, unit, n in [("连接的工业设备/产品/产线种类及数量（台/套）", 0, "台/套", 6380), ("工业APP数量（个）", 1, "个", 76),
                               ("工业机理模型数量（个）", 2, "个", 84), ("微服务数量（个）", 3, "个", 428)]:
        pkg.fact(lab_, items[idx][2], unit, n, F["test"], tp, items[idx][2], items[idx][0], "检测结果")

    letters = [dict(customer="上海味觉食品智能工厂有限公司", service_short="产能协同与质量追溯", date="2024年6月3日",
                    body="兹证明，我公司为上海市级智能工厂（上海市松江区），作为来伊份代工合作伙伴，自2021年起使用来伊份合作伙伴共创平台"
                         "的产能协同、质量追溯与智能补货服务。"),
               dict(customer="上海甜程烘焙食品有限公司", service_short="新品协同研发", date="2024-06-11",
                    body="兹证明，我公司为上海市级智能工厂（上海市金山区），自2022年起使用来伊份合作伙伴共创平台的新品协同研发及设备数据采集服务。")]
    docs.letters_scan(pkg, root / F["letters"], F["letters"], letters, 1013, "合作伙伴服务证明函")
    pkg.files[F["letters"]] = "evidence:other"
    pkg.fact("平台是否服务上海智能工厂，数量", "共2份", "份", 2, F["letters"], 1, "（共2份）", "合作伙伴服务证明函", image_only=True)

    customers = ["上海味觉食品智能工厂有限公司", "上海甜程烘焙食品有限公司", "江苏坚果世家食品有限公司", "浙江海味源食品有限公司",
                 "安徽良品炒货有限公司", "山东肉脯王食品有限公司", "福建蜜饯坊食品有限公司", "上海冷链仓配服务有限公司"]
    rows = docs.contract_rows(1014, customers, rev[2023], 28, amount_factor=(1.0, 1.2))
    tot_amt, tot_rec = docs.contracts_xlsx(pkg, root / F["contracts"], "来伊份合作伙伴共创平台服务合同清单（2023年度）", rows,
                                           ["平台年费", "质量追溯SaaS", "智能补货服务", "数据服务"], "2023年度收入（万元）")
    pkg.files[F["contracts"]] = "evidence:other"
    pkg.fact("平台相关营业收入（万元）", f"{tot_rec:.2f}", "万元", rev[2023], F["contracts"], 1, f"{tot_rec}", "合计", "2023年度收入（万元）")

    tiles = [("合作伙伴（注册企业）", "2,318", "家"), ("联网设备", "6,380", "台"), ("在线APP", "76", "个"), ("本年订单", "42,680", "单")]
    docs.dashboard_png(pkg, root / F["shot"], F["shot"], "来伊份合作伙伴共创平台 数据看板", tiles, 1015, theme="light", size=(1366, 768))
    pkg.files[F["shot"]] = "evidence:screenshot"
    S = F["shot"]
    pkg.fact("注册企业用户数（个）", "2,318", "家", 2318, S, 1, "2,318", "合作伙伴（注册企业）", image_only=True)
    pkg.fact("连接的工业设备/产品/产线种类及数量（台/套）", "6,380", "台", 6380, S, 1, "6,380", "联网设备", image_only=True)
    pkg.fact("工业APP数量（个）", "76", "个", 76, S, 1, "76", "在线APP", image_only=True)

    patents = docs.gen_patents(1016, 8, ["一种休闲食品炒制温控", "食品批次质量追溯", "门店智能补货预测", "坚果分选视觉检测"])
    softs = docs.gen_softs(1017, 27, ["来伊份合作伙伴协同", "质量追溯管理", "智能补货", "新品研发协同", "供应商门户"])
    docs.ip_list_pdf(pkg, root / F["ip"], patents, softs, font="WQY")
    pkg.files[F["ip"]] = "evidence:patent_list"
    pkg.fact("平台核心软硬件技术获得的专利数量（项）", "8", "项", 8, F["ip"], 1, "发明专利及实用新型专利（共8项）", "一、发明专利及实用新型专利")
    pkg.fact("平台核心软硬件技术获得的软著数量（个）", "27", "项", 27, F["ip"], 2, "计算机软件著作权（共27项）", "二、计算机软件著作权")

    tot, pub, run = docs.device_xlsx(pkg, root / F["devices"], "设备类别", date_note="2024年6月30日")
    pkg.files[F["devices"]] = "evidence:device_list"
    pkg.fact("连接的工业设备/产品/产线种类及数量（台/套）", str(tot), "台/套", tot, F["devices"], 1, str(tot), "合计", "接入设备数（台/套）")
    pkg.fact("公有云工业设备连接数量（台/套）", str(pub), "台/套", pub, F["devices"], 1, str(pub), "合计", "其中：公有云接入（台/套）")
    pkg.fact("公有云工业设备平均日运行数量（台/套）", str(run), "台/套", run, F["devices"], 1, str(run), "合计", "公有云日均运行（台/套）")

    flist = [(F[k].split("/")[-1].rsplit(".", 1)[0], pgs) for k, pgs in
             [("audit", "P1-P6"), ("test", "P1-P4"), ("letters", "P1-P3"), ("contracts", "—"), ("shot", "—"), ("ip", "P1-P2"), ("devices", "—")]]
    secs = narrative.sections(pkg, th, flist)
    docs.shenbaoshu_pdf(pkg, root / N3, secs)
    pkg.files[N3] = "申报书"

    served = v["实际服务企业数（个）"]
    pkg.problem("summary_vs_form", ["平台相关营业收入（万元）"], [N4, N2], "error",
                "附件4汇总表“平台相关营业收入（万元）”填写 4562.30，申报表填报 4652.30（审计专项结果亦为 4652.30）")
    pkg.problem("breakdown_sum", ["按省市区域统计服务企业数（个）", "实际服务企业数（个）"], [N2], "error",
                f"按省市区域统计服务企业数各项之和为 {sum(reg.values())}，与实际服务企业数 {served} 不一致（“江苏”填 {reg['江苏']}，少计100）")
    pkg.problem("identity", ["平台团队总人数（人）", "运维人数（人）", "运营人数（人）"], [N2], "error",
                "运维人数 62 + 运营人数 41 = 103，与平台团队总人数 113 不一致（填报指引：两者之和应与平台总人数相等）")
    pkg.problem("screenshot_vs_form", ["注册企业用户数（个）"], [F["shot"], N2], "warning",
                "平台运营看板截图显示“合作伙伴（注册企业）2,318”家，申报表填报注册企业用户数 2816 个")
    pkg.problem("invalid_category", ["按行业统计服务企业数（个）"], [N2], "error",
                f"按行业统计服务企业数使用“食品饮料：{v['按行业统计服务企业数（个）']['食品饮料']}”，不是附录C的行业分类（应为“食品”）")
    pkg.problem("blank", ["平台社会贡献率（%）"], [N2], "error", "指标明细表“平台社会贡献率（%）”平台实际情况未填写（汇总表同样空白）")
    assert reg_true_js
    write_truth(pkg, "序号10 来伊份（上市公司、集团母公司）：审计报告合并报表/母公司报表两列、平台收入专项审计（万元）、关联方抵销说明、"
                     "第三方检测报告、2份智能工厂证明函、合同清单、浅色看板截图（2,318）、序号列申报表（证明资料列在实际情况列之前）、PDF申报书、"
                     "无表头纵向汇总表、无海外设备。",
                ["evidence_dir:佐证材料", "naming:N-", "columns:seq+content+proof+actual", "form:docx+stamped_scan", "summary:xlsx-noheader",
                 "commitment:scan", "shenbaoshu:pdf", "audit_columns:合并报表/母公司报表", "platform_part:专项审计(万元)", "group:上市母公司",
                 "related_party_note", "test_report:text", "letters:scan", "contract_list:xlsx", "screenshots:png-light", "no_overseas"],
                [pkg.info["password"]])
    return pkg


def theme(pkg):
    v = pkg.v
    return dict(
        abbr="来伊份", abbr_code="LYF",
        dingwei="面向休闲食品供应链合作伙伴的协同共创企业级工业互联网平台",
        zhengce="1.工业和信息化部《工业互联网创新发展行动计划》：推动企业级平台赋能供应链；2.上海市食品产业数字化转型相关政策：推进消费品工业数字化",
        corp_plan="来伊份2023—2027年数字化战略规划", special_plan="合作伙伴共创平台建设规划（2023—2025年）",
        qita_ziyuan="平台汇聚合作伙伴工厂326家、原料供应商218家、仓配中心9个、门店约3,600家的业务数据。",
        bianyuan="支持数据采集、数据存储、网络传输、智能分析；边缘计算应用节点数56个；最低响应时延50毫秒。",
        qita_caiji="通过接口采集合作伙伴ERP、MES、WMS系统数据及门店POS销售数据。",
        suanli="华为云ECS 30台、私有云服务器16台",
        suanfa="基础算法、聚类算法、分类算法、预测与估算算法、关联分析算法、推荐算法",
        shangshi="是", zizhu="智能补货算法、质量追溯系统自主研发，自主可控。",
        xiaoyi="3个案例平均带动合作伙伴营收增长12%。", chengben="3个案例平均降低运维成本11.80%，能耗下降7.20%。",
        wajue="基于门店销售与工厂生产数据构建需求预测与产能匹配模型，沉淀食品工艺知识库。",
        gongyinglian="平台打通合作伙伴工厂、仓配中心与门店，实现订单、产能、质量、库存协同，供应链整体周转效率提升约18%。",
        xinjishu="融合AI视觉质检、标识解析与大模型客服。",
        tupo="自研需求预测与智能补货算法，预测准确率达92%。",
        tan="提供合作伙伴工厂能耗与碳排放监测服务。",
        biaoshi="接入国家标识解析二级节点（食品行业），实现批次追溯。",
        biaozhun="参与制定团体标准2项（休闲食品追溯数据规范等）。",
        gongxian="支撑本市消费品工业数字化转型和“上海品牌”建设。",
        kaifang="向合作伙伴开放销售预测、库存等数据及应用功能。",
        kuapingtai="与电商平台、物流平台实现订单与物流数据互通。",
        xinmoshi="培育“品牌+合作伙伴共创”新模式。",
        bench=["同类食品供应链平台（研发投入千万元级）", "同类平台（设备约3,000台）", "同类平台（APP约50个）", "同类平台（模型约50个）",
               "同类平台（微服务约300个）", "同类平台（服务企业约1,000家）"],
        company_intro=[f"{pkg.company}成立于2002年，2016年在上海证券交易所主板上市，是国内休闲食品连锁品牌企业，"
                       "合并范围内拥有电子商务、供应链管理等多家子公司。"],
        platform_intro=["平台于2020年3月启动建设，2023年12月建成，由母公司自建、自运营，部署于私有云与华为云。"],
        arch=["平台包括连接层、数据中台、业务中台和合作伙伴应用层。"],
        ops=[f"截至填表日，平台注册企业{v['注册企业用户数（个）']}家，实际服务企业{v['实际服务企业数（个）']}家，服务本市企业{v['服务本市企业数量（个）']}家。"],
        innov="创新点：品牌方牵引的合作伙伴共创模式；门店需求驱动的柔性产能协同；全链路质量追溯。",
        effect_paras=["平台帮助合作伙伴缩短新品开发周期约25%，库存周转天数下降约6天。"],
        app_innov="应用创新点：需求驱动的C2M协同与质量追溯。",
        plan=["下一步将扩大合作伙伴覆盖范围，深化AI质检与碳管理服务。"],
        cases=[("来伊份合作伙伴共创平台——产能协同", "某坚果炒货企业。", "平台提供产能协同。", "交付准时率提升至98%。"),
               ("来伊份合作伙伴共创平台——质量追溯", "某肉脯生产企业。", "平台提供批次追溯。", "质量投诉下降30%。"),
               ("来伊份合作伙伴共创平台——新品共创", "某烘焙企业。", "平台提供协同研发。", "新品上市周期缩短25%。")],
        sec7=[], sec7_na="",
    )
