"""h13_hongzhiwei_problems — 附件6 序号4, 鸿之微(科技)上海股份有限公司, 5 planted problems."""

from __future__ import annotations

import shutil

import docs
import finance
import narrative
import synth
from common import pkg_dir, write_truth
from model import Package

PID = "h13_hongzhiwei_problems"


def build():
    pkg = Package(PID, 4, "基于知识驱动的材料大数据工业互联网平台", "鸿之微(科技)上海股份有限公司", False)
    pkg.style = {"docx_font": "仿宋"}
    pkg.comma = True
    pkg.info = dict(
        uscc="91310115MA1H7WQ26K", founded="2016年3月18日", reg_addr="中国（上海）自由贸易试验区，上海市浦东新区张江路665号",
        type="股份有限公司（非上市、自然人投资或控股）", capital="人民币6,280万元",
        business="材料计算与设计软件研发、材料大数据平台运营、材料研发技术服务",
        legal="周启明", contact="沈若彤", contact_title="平台事业部副总经理", phone="13901862294", fax="021-50278800",
        email="shenrt@hzw-mat.example.com", contact2="韩子墨", contact2_title="项目申报专员", phone2="13916627305",
        email2="hanzm@hzw-mat.example.com", venue="上海市浦东新区张江路665号3楼鸿之微会议中心",
        url="https://matdata.hzw.example.com", account="review2024", password="Hzw@Mat#0722",
        build_time="2020.01-2023.12", build_time_text="2020年1月至2023年12月", build_mode="合作共建",
        build_mode_text="□自建　☑合作共建，合作企业名称（必填）：______________",
        op_mode="自运营", op_mode_text="☑自运营　□联合运营　□委托运营", iaas_text="☑自建　□租用，服务商名称（必填）：",
        deploy="私有云、公有云", deploy_text="□边缘侧　☑私有云　☑公有云　□混合云",
        form_date="2024年7月18日", commit_date="2024年7月18日", shot_time="2024-07-12 15:40", ip_date="2024年6月30日",
        holders=[["周启明", "人民币2,150万元", "34.24%"], ["上海张江科技创业投资有限公司", "人民币980万元", "15.61%"],
                 ["宁波梅山保税港区鸿材股权投资合伙企业（有限合伙）", "人民币1,460万元", "23.25%"], ["其他股东（合计12名）", "人民币1,690万元", "26.90%"]],
        oper=dict(assets="38,206.15", revenue="12,468.30", growth="18.62", debt="31.45", profit="1,286.72", tax="742.18"),
        intro=("基于知识驱动的材料大数据工业互联网平台面向新材料研发与制造企业，汇聚材料计算数据、实验表征数据和生产工艺数据，"
               "提供材料数据库检索、高通量计算、机器学习性能预测、工艺参数优化等服务。平台连接各类材料表征仪器、镀膜与热处理设备，"
               "建立了覆盖半导体材料、新能源材料、合金材料的知识图谱与机理模型库，主要客户为高校院所、新能源电池企业、半导体材料企业。"),
        effect=("平台缩短新材料研发周期约30%，降低试错实验次数约40%，帮助客户建立材料数据资产管理体系，"
                "带动长三角新材料企业开展数字化研发，取得了良好的经济和社会效益。"),
    )
    awards = [
        dict(name="上海市软件和信息技术服务业“专精特新”优秀产品", date="2021年12月", issuer="上海市经济和信息化委员会", seal="上海市经济和信息化委员会",
             text="你单位“材料大数据平台”被评为2021年度上海市软件和信息技术服务业优秀产品。", date_cn="2021年12月"),
        dict(name="工业互联网APP优秀解决方案", date="2022年9月", issuer="工业和信息化部信息技术发展司", seal="工业和信息化部信息技术发展司",
             text="“材料性能预测工业APP”入选2022年工业互联网APP优秀解决方案。", date_cn="2022年9月"),
        dict(name="上海市科技进步奖二等奖", date="2023年5月", issuer="上海市人民政府", seal="上海市科学技术奖励委员会",
             text="“知识驱动的材料计算设计关键技术及应用”荣获上海市科技进步奖二等奖。", date_cn="2023年5月"),
        dict(name="国家级专精特新“小巨人”企业", date="2023年7月", issuer="工业和信息化部", seal="工业和信息化部",
             text="你单位被认定为第五批国家级专精特新“小巨人”企业。", date_cn="2023年7月"),
        dict(name="上海市工业互联网创新应用标杆", date="2023年10月", issuer="上海市经济和信息化委员会", seal="上海市经济和信息化委员会",
             text="你单位“材料大数据工业互联网平台”入选2023年上海市工业互联网创新应用标杆。", date_cn="2023年10月"),
    ]
    declared_awards = awards + [
        dict(name="浦东新区科技创新奖", date="2022年11月", issuer="浦东新区人民政府"),
        dict(name="中国材料研究学会科学技术奖", date="2023年12月", issuer="中国材料研究学会"),
    ]
    p = dict(
        nature="行业型（新材料）工业互联网平台", build_amount=3200.00,
        rev={2020: 1520.36, 2021: 1862.40, 2022: 2315.76, 2023: 2946.18},
        team=(96, 58, 38, 81), rd=1328.65, profit=286.40,
        users=(3860, 1426, 412, 512, 1160),
        devices=(1286, 742, 418),
        dev_cats=[("仪器仪表", 55), ("电工、电子设备", 20), ("化工设备", 15), ("冶炼设备", 10)],
        dev_regions=[("上海", 40), ("江苏", 20), ("浙江", 12), ("广东", 10), ("安徽", 8), ("北京", 10)],
        overseas={"新加坡Singapore": 24, "德国Germany": 12},
        protocols=38, sw_total=226, app=(148, 96),
        app_cats=[("研发设计", 55), ("质量管控", 15), ("生产制造", 15), ("节能减排", 8), ("运维服务", 7)],
        app_inds=[("电子", 30), ("石化化工", 25), ("有色金属", 20), ("电力、热力和燃气", 15), ("汽车", 10)],
        app_mau=102, killer=(5, 640, 5280, 18.36), pub_app=(118, 46),
        cloud=(64.00, 40), storage=(800.00, 412.50, 236.80),
        models=(362, 188, 420), model_w=[40, 35, 20, 5], speed=("秒级（每TB材料计算数据检索约1.5秒）", "秒级"),
        ms=(612, 344), dev=(8650, 1920),
        svc_inds=[("电子", 30), ("石化化工", 22), ("有色金属", 18), ("电力、热力和燃气", 12), ("汽车", 8), ("服务业", 10)],
        svc_regions=[("江苏", 25), ("浙江", 18), ("北京", 14), ("广东", 15), ("安徽", 10), ("湖北", 8), ("四川", 10)],
        svc_overseas={"新加坡Singapore": 9, "德国Germany": 4},
        orders={"2023年自然年": 3286, "截至填表日前一年": 3512}, trade_growth=26.42,
        subs=(2960, 1380, 1286.30), util=71.20, guochan=88.00, factories=3, parks=6,
        solutions=(24, [4, 9, 4, 3, 2, 2]), vcpe=True, effects=(12.40, 6.85, 10.20), indices=3,
        patents=12, softs=48, jobs=210, social=18.42, partners=6,
        open_data="以数据集和API形式开放：公开材料计算数据集15个（约42万条）、开放API接口86个",
        awards=declared_awards,
    )
    synth.fill(pkg, p, seed=400)
    v = pkg.v
    v["存储资源利用率（%）"] = 68.20  # planted: 412.50 / 800.00 = 51.56
    th = theme(pkg)
    synth.texts(pkg, th)
    pkg.t["jiangxiang"] = synth.award_answer(declared_awards)
    pkg.t["shangshi"] = "是，2021年获得张江科投、鸿材基金等机构A轮投资"

    root = pkg_dir(pkg)
    shutil.rmtree(root, ignore_errors=True)
    E = "附件3 证明材料/"
    F = {
        "audit": E + "01 审计报告（2023年度）.pdf",
        "tax": E + "02 企业所得税年度纳税申报表A100000.pdf",
        "test": E + "03 材料大数据平台检测评估报告.pdf",
        "contracts": E + "04 平台服务合同台账（2023）.xlsx",
        "build": E + "05 平台共建合同（扫描件）.pdf",
        "shot": E + "06 平台后台截图.png",
        "ip": E + "07 知识产权清单.pdf",
        "awards": E + "08 获奖证书.pdf",
        "devices": E + "09 设备接入统计.xlsx",
        "letters": E + "10 客户证明函.pdf",
    }
    proof = {
        "平台相关研发投入（万元）": "附件3-01 第6页", "平台相关营业收入（万元）": "附件3-01 第6页、附件3-04",
        "平台利润率（%）": "附件3-01 第6页", "连接的工业设备/产品/产线种类及数量（台/套）": "附件3-09",
        "工业机理模型数量（个）": "附件3-03 第4页", "工业APP数量（个）": "附件3-03 第4页", "注册企业用户数（个）": "附件3-06",
        "平台核心软硬件技术获得的专利数量（项）": "附件3-07", "平台核心软硬件技术获得的软著数量（个）": "附件3-07",
        "jiangxiang": "附件3-08", "zhineng": "附件3-10", "平台是否服务上海智能工厂，数量": "附件3-10",
    }
    N1 = "附件1_联系人信息反馈表.docx"
    N2 = "附件2_申报表.docx"
    N2S = "附件2_申报表_盖章版.pdf"
    N3 = "附件3_申报书.docx"
    N4 = "附件4_平台基本情况汇总表.xlsx"
    N5 = "附件5_真实性承诺.pdf"
    docs.lianxiren_docx(pkg, root / N1)
    docs.shenbaobiao_docx(pkg, root / N2, proof, variant="l3")
    docs.shenbaobiao_scan(pkg, root / N2S, proof, seed=411, seal_text=pkg.company)
    docs.huizong_xlsx(pkg, root / N4, horizontal=True)
    docs.chengnuo_scan(pkg, root / N5, seed=412, seal_text=pkg.company)
    pkg.files.update({N1: "联系人表", N2: "申报表", N2S: "申报表扫描件", N4: "汇总表", N5: "承诺"})

    # ---------------------------------------------------------------- audit: platform table in 元
    rev = pkg.rev
    rd_audit = {2022: 9630418.27, 2023: 11286500.00}
    prof = {2022: 2105386.40, 2023: 2864000.00}
    a = dict(firm="上海沪申会计师事务所有限公司", report_no="沪申会审字（2024）第1086号", date_cn="2024年3月29日",
             period="2023年度", period_cn="2023年度", bs_date="2023年12月31日", bs_date_cn="2023年12月31日",
             columns=("本期金额", "上期金额"), cpa=("蒋文涛", "邵琳"),
             bs=[("货币资金", 86203418.55, 71284506.20), ("应收账款", 52864103.37, 44216380.95), ("资产总计", 382061536.80, 331502844.16),
                 ("负债合计", 120158330.12, 98614207.45), ("所有者权益合计", 261903206.68, 232888636.71)],
             pl=[("一、营业收入", 124683015.42, 105120388.16), ("减：营业成本", 58216430.18, 49301226.75), ("研发费用", 38620158.44, 33015672.30),
                 ("二、营业利润", 12702163.80, 10284377.52), ("三、利润总额", 12867215.36, 10452108.93), ("四、净利润", 11210548.20, 9186420.11)],
             related_text=["本公司无控股股东，实际控制人为自然人周启明。报告期内关联交易主要为关联方租赁，金额较小。"],
             related=[("上海鸿启企业管理咨询有限公司", "实际控制人控制的企业", "办公场地租赁（本公司承租）", 486000.00)],
             platform_title="材料大数据平台业务收支情况表",
             platform_text=["本表按照平台业务独立核算口径编制，平台收入包括平台订阅、数据服务与高通量计算服务收入，不含软件许可销售收入。"],
             platform_table=dict(unit_line="金额单位：人民币元",
                                 header=["项目", "2023年度", "2022年度", "2021年度"],
                                 rows=[["平台营业收入", f"{rev[2023] * 10000:,.2f}", f"{rev[2022] * 10000:,.2f}", f"{rev[2021] * 10000:,.2f}"],
                                       ["平台营业成本", "18,630,427.55", "14,862,015.30", "12,215,806.12"],
                                       ["平台研发投入", f"{rd_audit[2023]:,.2f}", f"{rd_audit[2022]:,.2f}", "7,864,205.18"],
                                       ["平台利润总额", f"{prof[2023]:,.2f}", f"{prof[2022]:,.2f}", "1,532,640.25"]],
                                 widths=[50, 40, 40, 40]))
    pages = finance.audit_pdf(pkg, root / F["audit"], a)
    pkg.files[F["audit"]] = "evidence:audit_report"
    pg = pages["platform"]
    q = lambda x: f"{x:,.2f}"
    pkg.fact("平台相关营业收入（万元）", q(rev[2023] * 10000), "元", rev[2023], F["audit"], pg, q(rev[2023] * 10000), "平台营业收入", "2023年度")
    pkg.fact("平台近三年经营指标情况", q(rev[2022] * 10000), "元", rev[2022], F["audit"], pg, q(rev[2022] * 10000), "平台营业收入", "2022年度",
             component="2022年平台营收（万元）")
    pkg.fact("平台近三年经营指标情况", q(rev[2021] * 10000), "元", rev[2021], F["audit"], pg, q(rev[2021] * 10000), "平台营业收入", "2021年度",
             component="2021年平台营收（万元）")
    pkg.fact("平台相关研发投入（万元）", q(rd_audit[2023]), "元", 1128.65, F["audit"], pg, q(rd_audit[2023]), "平台研发投入", "2023年度")
    pkg.fact("平台利润率（%）", q(prof[2023]), "元", 286.40, F["audit"], pg, q(prof[2023]), "平台利润总额", "2023年度", component="平台利润总额（万元）")
    pkg.fact("投资回报率（%）", q(prof[2023]), "元", 286.40, F["audit"], pg, q(prof[2023]), "平台利润总额", "2023年度", component="平台年利润（万元）")

    finance.tax_a100000_scan(pkg, root / F["tax"], 413, dict(
        rev=124683015.42, cost=58216430.18, taxes=862104.33, sell=7215046.80, admin=45623077.15, inv=0.0,
        nonop_in=186021.56, nonop_out=20970.00, profit=12867215.36, due=1656667.16, period="2023-01-01至2023-12-31",
        sign_date="2024年5月20日", clerk="（电子税务局）", office="国家税务总局上海市浦东新区税务局", accept_date="2024-05-20"),
        seal_text=pkg.company)
    pkg.files[F["tax"]] = "evidence:other"

    # ---------------------------------------------------------------- test report (model count differs: planted)
    lab = dict(name="上海启衡软件评测技术有限公司", short="启衡评测", addr="上海市闵行区紫竹科学园区东川路555号", tel="021-34290000",
               period="2024年5月6日—2024年5月10日", env="生产环境（只读账号）", people=("邱宁", "陆一帆", "曹振宇"))
    items = [("连接设备数", "≥1,000台/套", "1,286台/套", "符合"), ("工业APP数", "≥100个", "148个", "符合"),
             ("工业模型数（机理模型）", "≥300个", "312个", "符合"), ("微服务数", "≥500个", "612个", "符合"),
             ("平均响应时间", "≤1s（100并发）", "0.42s", "符合"), ("材料数据检索速度", "每TB秒级", "1.5s/TB", "符合")]
    tp = docs.test_report_pdf(pkg, root / F["test"], lab, "QH-PC-2024-0506", "二〇二四年五月二十日", items)
    pkg.files[F["test"]] = "evidence:other"
    pkg.fact("连接的工业设备/产品/产线种类及数量（台/套）", "1,286台/套", "台/套", 1286, F["test"], tp, "1,286台/套", "连接设备数", "检测结果")
    pkg.fact("工业APP数量（个）", "148个", "个", 148, F["test"], tp, "148个", "工业APP数", "检测结果")
    pkg.fact("工业机理模型数量（个）", "312个", "个", 312, F["test"], tp, "312个", "工业模型数（机理模型）", "检测结果")
    pkg.fact("微服务数量（个）", "612个", "个", 612, F["test"], tp, "612个", "微服务数", "检测结果")

    # ---------------------------------------------------------------- contract ledger
    customers = ["宁德新能源材料研究院有限公司", "上海硅产业材料有限公司", "中科院某研究所", "江苏隆基光伏材料有限公司", "浙江华友钴业材料研究院",
                 "上海交通大学", "合肥国轩电池材料有限公司", "宝武特种冶金有限公司", "广东风华高新科技股份有限公司"]
    rows = docs.contract_rows(414, customers, rev[2023], 31, amount_factor=(1.0, 1.3))
    tot_amt, tot_rec = docs.contracts_xlsx(pkg, root / F["contracts"], "材料大数据平台服务合同台账（2023年度）", rows,
                                           ["平台年度订阅", "高通量计算服务", "材料数据库服务", "机器学习建模服务"], "2023年确认收入（万元）",
                                           amount_header="合同金额（含税，万元）")
    pkg.files[F["contracts"]] = "evidence:other"
    pkg.fact("平台相关营业收入（万元）", f"{tot_rec:.2f}", "万元", rev[2023], F["contracts"], 1, f"{tot_rec}", "合计", "2023年确认收入（万元）")

    # ---------------------------------------------------------------- co-construction contract
    dx, xs = finance.build_contract_scan(pkg, F["build"], root / F["build"], 415, dict(
        no="HZW-JS-2019-118", title="材料大数据工业互联网平台合作共建协议", vendor="上海材料基因组工程研究院有限公司",
        place="上海市浦东新区", date_cn="二〇一九年十二月二十日", amount_yuan=32000000.00, bank="上海农商银行张江科技支行",
        acct="5013 1000 8866 0421", start="2020年1月1日", end="2023年12月31日", sign_date="2019年12月20日", seal_a=pkg.company))
    pkg.files[F["build"]] = "evidence:other"
    pkg.fact("平台建设金额（万元）", dx, "元", 3200.00, F["build"], 2, dx, "合同总价款", image_only=True)

    # ---------------------------------------------------------------- screenshot
    tiles = [("接入仪器设备", "1,286", "台/套"), ("注册企业", "3,860", "家"), ("材料模型", str(v["工业机理模型数量（个）"]), "个"),
             ("工业APP", "148", "个"), ("开发者", "8,650", "人"), ("材料数据", "412.5", "TB")]
    docs.dashboard_png(pkg, root / F["shot"], F["shot"], "MatData 材料大数据平台 | 管理后台", tiles, 416, theme="light",
                       size=(1440, 900))
    pkg.files[F["shot"]] = "evidence:screenshot"
    S = F["shot"]
    pkg.fact("连接的工业设备/产品/产线种类及数量（台/套）", "1,286", "台/套", 1286, S, 1, "1,286", "接入仪器设备", image_only=True)
    pkg.fact("注册企业用户数（个）", "3,860", "家", 3860, S, 1, "3,860", "注册企业", image_only=True)
    pkg.fact("工业机理模型数量（个）", "362", "个", 362, S, 1, "362", "材料模型", image_only=True)
    pkg.fact("工业APP数量（个）", "148", "个", 148, S, 1, "148", "工业APP", image_only=True)
    pkg.fact("开发者注册总数（个）", "8,650", "人", 8650, S, 1, "8,650", "开发者", image_only=True)
    pkg.fact("存储工业数据量（TB）", "412.5", "TB", 412.5, S, 1, "412.5", "材料数据", image_only=True)

    # ---------------------------------------------------------------- IP list (single table page flow)
    patents = docs.gen_patents(417, 12, ["一种基于第一性原理的材料性能高通量计算", "材料知识图谱构建", "合金成分机器学习逆向设计",
                                        "电池正极材料稳定性预测", "薄膜沉积工艺参数优化"])
    softs = docs.gen_softs(418, 48, ["鸿之微材料计算", "材料数据库管理", "高通量计算调度", "材料知识图谱", "MatAI性能预测", "表征数据采集"])
    docs.ip_list_pdf(pkg, root / F["ip"], patents, softs, font="WQY", one_table=True)
    pkg.files[F["ip"]] = "evidence:patent_list"
    pkg.fact("平台核心软硬件技术获得的专利数量（项）", "12", "项", 12, F["ip"], 1, "发明专利及实用新型专利（共12项）", "一、发明专利及实用新型专利")
    ip_pages = [t for t in __import__("lib").pdf_page_texts(root / F["ip"])]
    sp = next(k for k, t in enumerate(ip_pages, 1) if "共48项" in t.replace(" ", ""))
    pkg.fact("平台核心软硬件技术获得的软著数量（个）", "48", "项", 48, F["ip"], sp, "计算机软件著作权（共48项）", "二、计算机软件著作权")

    # ---------------------------------------------------------------- awards: only 5 (declared 7)
    finance.awards_scan(pkg, F["awards"], root / F["awards"], 419, awards)
    pkg.files[F["awards"]] = "evidence:award_list"
    pkg.fact("平台获得省部级及以上奖项/荣誉数量（个）", "5", "项", 5, F["awards"], 1, "（共5项）", "平台获得省部级及以上奖项/荣誉清单", image_only=True)

    # ---------------------------------------------------------------- devices
    tot, pub, run = docs.device_xlsx(pkg, root / F["devices"], "设备二级分类", date_note="2024-06-30")
    pkg.files[F["devices"]] = "evidence:device_list"
    pkg.fact("连接的工业设备/产品/产线种类及数量（台/套）", str(tot), "台/套", tot, F["devices"], 1, str(tot), "合计", "接入设备数（台/套）")
    pkg.fact("公有云工业设备连接数量（台/套）", str(pub), "台/套", pub, F["devices"], 1, str(pub), "合计", "其中：公有云接入（台/套）")

    # ---------------------------------------------------------------- letters (3 智能工厂)
    fac = [("上海华虹先进材料制造有限公司", "上海市浦东新区"), ("上海电池新材料智能工厂有限公司", "上海市嘉定区"),
           ("上海特种合金精密制造有限公司", "上海市宝山区")]
    letters = [dict(customer=c, service_short="材料数据平台与工艺优化服务", date=d,
                    body=f"兹证明，我单位（{addr}）系上海市级智能工厂，自2022年起使用贵公司材料大数据工业互联网平台提供的材料数据管理、"
                         "工艺参数优化及性能预测服务，服务情况属实。")
               for (c, addr), d in zip(fac, ["2024年6月5日", "2024年6月11日", "2024年6月19日"])]
    docs.letters_scan(pkg, root / F["letters"], F["letters"], letters, 420, "服务上海市级智能工厂证明函")
    pkg.files[F["letters"]] = "evidence:other"
    pkg.fact("平台是否服务上海智能工厂，数量", "共3份", "份", 3, F["letters"], 1, "（共3份）", "服务上海市级智能工厂证明函", image_only=True)

    flist = [(F[k].split("/")[-1].rsplit(".", 1)[0], pgs) for k, pgs in
             [("audit", "1-6"), ("tax", "1"), ("test", "1-4"), ("contracts", "—"), ("build", "1-3"), ("shot", "1"), ("ip", "1-2"),
              ("awards", "1-6"), ("devices", "—"), ("letters", "1-4")]]
    secs = narrative.sections(pkg, th, flist)
    docs.shenbaoshu_docx(pkg, root / N3, secs)
    pkg.files[N3] = "申报书"

    # ---------------------------------------------------------------- planted problems
    pkg.problem("declared_vs_evidence", ["平台相关研发投入（万元）"], [N2, F["audit"]], "error",
                "申报表填报平台相关研发投入 1,328.65 万元，审计报告《材料大数据平台业务收支情况表》2023年度平台研发投入为 11,286,500.00 元"
                "（1,128.65 万元），两者不一致；研发投入强度 45.10% 按申报数计算，以审计数计算应为 38.31%")
    pkg.problem("count_vs_list", ["平台获得省部级及以上奖项/荣誉数量（个）"], [N2, F["awards"]], "error",
                "申报表填报获得省部级及以上奖项/荣誉 7 个（列出7项，其中“浦东新区科技创新奖”为区级、“中国材料研究学会科学技术奖”为社会团体奖），"
                "获奖证书清单“共5项”且仅附5份证书")
    pkg.problem("formula", ["存储资源利用率（%）", "存储工业数据量（TB）", "存储容量（TB）"], [N2], "error",
                "存储资源利用率填报 68.20%，按填报指引公式 412.50 ÷ 800.00 × 100% 应为 51.56%")
    pkg.problem("conditional", ["平台建设方式"], [N2], "error",
                "平台建设方式勾选“合作共建”，但“合作企业名称（必填）”未填写（共建协议显示合作方为上海材料基因组工程研究院有限公司）")
    pkg.problem("declared_vs_evidence", ["工业机理模型数量（个）"], [N2, F["test"]], "warning",
                "申报表填报工业机理模型数量 362 个，第三方检测报告（2024年5月检测）检测结果为 312 个；检测日期早于填表日，差异需说明")
    write_truth(pkg, "序号4 鸿之微：审计报告平台收支表（元，年份倒序2023→2021）、A100000扫描、第三方检测报告（模型数312）、合同台账、"
                     "合作共建协议大写金额、浅色后台截图（模型362）、一页式知识产权清单、5份获奖证书（申报7个）、3份智能工厂证明函、横向汇总表。",
                ["evidence_dir:附件3 证明材料", "naming:附件N_", "columns:l3+content+actual+proof", "form:docx+stamped_scan",
                 "summary:xlsx-horizontal", "commitment:scan", "audit_columns:本期金额/上期金额", "platform_part:收支情况表(元,倒序)",
                 "amounts:大写", "tax:A100000-scan", "test_report:text", "letters:scan", "contract_list:xlsx", "screenshots:png-light",
                 "awards:scan", "comma_numbers"],
                [pkg.info["password"]])
    return pkg


def theme(pkg):
    v = pkg.v
    return dict(
        abbr="鸿之微", abbr_code="HZW",
        dingwei="面向新材料研发与制造的知识驱动型材料大数据工业互联网平台",
        zhengce="1.工业和信息化部《“十四五”原材料工业发展规划》：推进材料大数据与数字化研发；2.上海市新材料产业发展规划：建设材料研发公共服务平台",
        corp_plan="鸿之微2021—2025年发展规划", special_plan="材料大数据平台建设专项规划（2022—2025）",
        qita_ziyuan="平台汇聚材料计算数据约1,860万条、实验表征数据约96万条、材料文献知识条目约320万条，以及超算算力约2.1PFlops。",
        bianyuan="支持数据采集、数据存储、网络传输、智能分析；边缘计算应用节点数42个；最低响应时延35毫秒。",
        qita_caiji="支持LIMS、ELN等研发系统和文献数据库的数据采集，自动解析常见表征仪器数据格式。",
        suanli="自建超算集群（CPU 6,400核、GPU 32卡）+公有云弹性算力",
        suanfa="基础算法、聚类算法、分类算法、预测与估算算法、关联分析算法、推荐算法、图神经网络、贝叶斯优化",
        shangshi="是",
        zizhu="第一性原理计算引擎、材料知识图谱与机器学习预测模型均为自主研发，自主可控。",
        xiaoyi="3个案例平均缩短研发周期30%，平均带动新增营收约1,200万元。",
        chengben="3个案例平均降低试错实验成本约40%，设备能耗下降6.85%。",
        wajue="对材料计算与实验数据进行清洗、标注和知识抽取，形成材料知识图谱和性能预测模型，支撑材料逆向设计。",
        gongyinglian="平台与原材料供应商、检测机构的系统对接，实现材料批次数据和检测报告共享，提升供应链质量协同。",
        xinjishu="平台融合AI大模型、高性能计算与知识图谱技术，实现材料文献智能问答与性能预测。",
        tupo="自研第一性原理计算软件，关键计算效率与国外同类软件相当。",
        tan="提供材料生产环节碳足迹核算服务。",
        biaoshi="接入国家工业互联网标识解析二级节点，实现材料批次标识。",
        biaozhun="参与制定团体标准1项、行业标准1项（材料数据元数据规范）。",
        gongxian="支撑本市集成电路、新能源材料等重点产业的材料研发数字化。",
        kaifang="开放材料计算数据集和API，建立数据共享与贡献激励机制。",
        kuapingtai="与超算中心平台、科研数据平台实现账号与数据接口互通。",
        xinmoshi="培育“计算+数据+AI”材料研发服务新模式。",
        bench=["国外材料数据库平台（研发投入亿元级）", "同类平台（接入仪器数百台）", "同类平台（APP约100个）", "同类平台（模型约200个）",
               "同类平台（微服务约500个）", "同类平台（服务企业约1,000家）"],
        company_intro=[f"{pkg.company}成立于2016年，总部位于上海张江，是国家级专精特新“小巨人”企业，专注材料计算设计软件与材料大数据服务。"],
        platform_intro=["平台于2020年1月启动建设，2023年12月完成建设，与合作单位共建，采用私有云与公有云部署。"],
        arch=["平台由数据汇聚层、计算引擎层、知识与模型层和应用服务层构成。"],
        ops=[f"截至填表日，平台注册企业{v['注册企业用户数（个）']:,}家，实际服务企业{v['实际服务企业数（个）']:,}家。"],
        innov="创新点：知识驱动的材料计算、材料知识图谱、AI性能预测三位一体。",
        effect_paras=["平台缩短客户新材料研发周期约30%，降低试错成本约40%。"],
        app_innov="应用创新点：材料研发从“试错”向“计算+数据”驱动转变。",
        plan=["下一步将建设材料大模型，扩大海外服务，完善数据交易机制。"],
        cases=[("材料大数据平台——电池材料研发", "某电池材料企业。", "平台提供高通量计算与预测。", "研发周期缩短35%。"),
               ("材料大数据平台——半导体材料", "某半导体材料企业。", "平台提供工艺优化。", "良率提升2.1个百分点。"),
               ("材料大数据平台——特种合金", "某特种合金企业。", "平台提供成分设计。", "试制次数减少40%。")],
        sec7=[],
        sec7_na="本平台未参加2023年度评价，本章不适用。",
    )
