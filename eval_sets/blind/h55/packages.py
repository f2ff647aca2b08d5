"""The four h55 packages. Each builder: config → declared values → documents → evidence → truth."""
from __future__ import annotations

import random

from .build import Pkg, base_cfg, common_docs, device_stats, finish_cfg, ip_lists, money, cnt, write_truth
from .model import f2, r2
from .render import Pdf, dashboard_png, write_image_pdf

E = "证明材料/"


def names(prefix: list[str], suffix: list[str], n: int) -> list[str]:
    return [f"{prefix[i % len(prefix)]}{suffix[(i * 3) % len(suffix)]}" for i in range(n)]


def growth(a, b):
    return (b / a - 1) * 100


def ent(code, founded, reg, typ, cap, business, legal, equity, ops):
    return dict(code=code, founded=founded, reg=reg, type=typ, capital=cap, business=business, legal=legal, equity=equity, ops=ops)


# ================================================================ P1 clean: 序号12 四建
def p1(out):
    pkg = Pkg(out, "h55_p1_sijian_clean")
    q_rev = [1026.84, 1198.52, 1275.63, 1625.31]
    q_rd = [248.16, 276.90, 289.35, 323.07]
    q_pf = [121.40, 168.25, 176.93, 236.00]
    rev, rd, pf = r2(sum(q_rev)), r2(sum(q_rd)), r2(sum(q_pf))
    r21, r22 = 3862.40, 4415.75
    rng = random.Random(12)
    m23 = [rng.randrange(1250, 1750) for _ in range(12)]
    m24 = [rng.randrange(1500, 1800) for _ in range(6)]
    nat, trail = sum(m23), sum(m23[6:]) + sum(m24)
    c = base_cfg(
        no=12, listed_name="基于 BIM 的公共建筑智慧建造与运维工业互联网平台", company="上海建工四建集团有限公司",
        declared_name="基于BIM的公共建筑智慧建造与运维工业互联网平台", short="四建集团", part2023=True,
        nature="行业型工业互联网平台", industry="建筑业", focus="公共建筑智慧建造与运维全生命周期服务",
        address="上海市黄浦区中山南一路1000号（示例）8楼第二会议室", url="https://bim-iiot.example.com",
        build="2019.03-2023.12", build_form="2019年3月至2023年12月", contact=("沈嘉禾", "13917265480", "shenjh@sijian.example.com", "数字化中心副主任"),
        contact2=("陆一鸣", "13916628174", "luym@sijian.example.com", "平台运营主管"), build_amount=5680.00,
        rev_decl=(r21, r22, rev), growth_decl=(14.20, growth(r21, r22), growth(r22, rev)), team=(186, 112, 74, 139),
        rev_field=rev, rd_field=rd, profit=pf, paid_ratio=(583, 2410), devices=(12846, 6120, 4385),
        dev_cats=["建材设备", "工程机械", "电力设备", "动力设备", "仪器仪表", "物流设备"], dev_w=[22, 31, 17, 12, 11, 7],
        regions=["上海", "江苏", "浙江", "安徽", "广东"], reg_w=[46, 21, 16, 9, 8], overseas={"新加坡Singapore": 96, "马来西亚Malaysia": 58},
        protocols=168, apps=(214, 97), app_cats=["运维服务", "安全生产", "节能减排", "质量管控", "运营管理", "研发设计"], app_w=[30, 22, 16, 14, 11, 7],
        app_ind=["建筑业", "建材", "电力、热力和燃气"], ind_w=[70, 18, 12], app_mau=228, killer=(1864, 23610, 36.85), pub_apps=(176, 83),
        servers=(168.50, 72), storage=(920.00, 546.32, 238.75), models=(246, 131, 512), model_w=[68, 41, 92, 45],
        micro=(986, 533), devs=(8640, 2215), ent_counts=(2846, 2175, 702, 1690), srv_ind=["建筑业", "建材", "电力、热力和燃气", "服务业"],
        srv_ind_w=[63, 17, 9, 11], local=1264, srv_reg=["江苏", "浙江", "安徽", "广东"], srv_reg_w=[38, 29, 18, 15],
        orders=(nat, trail), trade_growth=18.42, subs=(4612, 2387, 1986.40), util=76.35, local_rate=88.00, sw_hw=(91, 84),
        factories=4, factory_text="为4家上海市级智能工厂提供建造运维数字孪生服务。", parks=7, solutions=[7, 6, 5, 6, 3, 5],
        cases=(17.26, 9.84, 19.62), indices=(5, "公共建筑能效指数、施工安全指数、机电运维健康指数、绿色建造指数、工期偏差指数"),
        patents=names(["一种基于BIM的", "一种面向公共建筑的", "一种智慧工地"], ["机电设备运维方法", "施工进度预测系统", "能耗分析装置", "构件识别方法", "安全监测装置"], 12),
        copyrights=names(["四建BIM协同", "智慧建造", "建筑运维"], ["管理平台V2.0", "数据中台软件V1.0", "能耗监测软件V3.1", "移动巡检APP V1.2", "数字孪生引擎V2.3", "质量管理软件V1.5"], 17),
        awards=["2022年上海市工业互联网创新发展专项", "2023年工业和信息化部工业互联网试点示范项目", "2023年上海市建设工程科技进步一等奖"],
        jobs=326, social=21.37, open_data="以API接口和数据集形式开放：开放API接口142个、建筑能耗数据集6个", partners=6,
        ent=ent("91310000132208719X", "1993年4月", "上海市黄浦区", "有限责任公司（国有控股）", "100000万元", "房屋建筑工程施工总承包、建筑智能化工程",
                "顾建新", "上海建工集团股份有限公司 100%", (2156438.20, 1876325.60, 6.82, 82.15, 48362.17, 41285.06)),
        fill_date="2024年7月12日",
        intro="平台性质：行业型工业互联网平台。平台以BIM为核心，汇聚公共建筑施工与运维阶段的设备、构件与能耗数据，提供智慧建造、机电运维、能耗管理与安全监测等服务，主要客户为医院、场馆、学校与商业综合体业主。",
        effect="平台解决公共建筑建造协同难、运维数据分散的痛点，带动产业链上下游数字化协同，降低运维成本与能耗。",
        attach_list=["附件3-1 平台业务2023年度分季度经营报表（第1-2页）", "附件3-2 平台运营数据统计（第1-2页）", "附件3-3 接入设备统计表（第1页）",
                     "附件3-4 知识产权清单（第1-2页）", "附件3-5 平台运行看板截图"],
        rep_extra=dict(compare="从2023年7月至今：注册企业用户由2023年末的2,410家增至2,846家（截至2024年6月30日）；新增上线运维类工业APP；接入设备规模持续扩大。"),
        iaas="☑ 自建  □ 租用",
    )
    c["proof"] = {"平台相关营业收入（万元）": "附件3-1 第1页", "平台相关研发投入（万元）": "附件3-1 第1页", "平台利润率（%）": "附件3-1 第1页",
                  "付费用户占比（%）": "附件3-2 第1页（截至2023年12月31日）", "注册企业用户数（个）": "附件3-2 第1页", "实际服务企业数（个）": "附件3-2 第1页",
                  "平台订单数量(近一年总量)（个）": "附件3-2 第2页", "连接的工业设备/产品/产线种类及数量（台/套）": "附件3-3 第1页",
                  "平台核心软硬件技术获得的专利数量（项）": "附件3-4 第1页", "平台核心软硬件技术获得的软著数量（个）": "附件3-4 第2页"}
    V = finish_cfg(c)
    common_docs(pkg, c, V, form="docx", summary="xlsx-v", commit="scan", seed=1200)

    # 3-1 quarterly report: quarters sum to the year; 近三年 in reverse order
    rel = E + "3-1 平台业务2023年度分季度经营报表.pdf"
    p = Pdf(pkg.path(rel, "evidence:audit_report"))
    p.text(f"{c['company']}", 11)
    p.text("基于BIM的公共建筑智慧建造与运维工业互联网平台 2023年度分季度经营报表", 12, gap=6)
    p.text("（平台业务单列，经财务部审核，单位：万元）", 9.5, gap=12)
    rows = [["项目", "一季度", "二季度", "三季度", "四季度", "2023年全年合计"]]
    for name, q, tot in (("平台相关营业收入", q_rev, rev), ("平台相关研发投入", q_rd, rd), ("平台利润总额", q_pf, pf)):
        rows.append([name] + [money(x) for x in q] + [money(tot)])
    p.table(rows, [110, 72, 72, 72, 72, 100])
    p.para("说明：平台营收为基于平台直接订阅服务及平台服务取得的收入，按合同归属自公司2023年度财务报表拆分；全年合计为四个季度之和。", 9.5, 50)
    p.new_page()
    p.text("平台近三年经营指标（单位：万元）", 12, gap=10)
    rows = [["指标", "2023年度", "2022年度", "2021年度"], ["平台营业收入", money(rev), money(r22), money(r21)],
            ["同比增长率", f"{f2(growth(r22, rev))}%", f"{f2(growth(r21, r22))}%", "14.20%"]]
    p.table(rows, [120, 100, 100, 100])
    p.close()
    pkg.fact("平台相关营业收入（万元）", money(rev), "万元", rev, rel, 1, money(rev), "平台相关营业收入", "2023年全年合计")
    pkg.fact("平台相关研发投入（万元）", money(rd), "万元", rd, rel, 1, money(rd), "平台相关研发投入", "2023年全年合计")
    pkg.fact("平台利润率（%）", money(pf), "万元", pf, rel, 1, money(pf), "平台利润总额", "2023年全年合计", "平台利润总额（万元）")
    pkg.fact("投资回报率（%）", money(pf), "万元", pf, rel, 1, money(pf), "平台利润总额", "2023年全年合计", "平台年利润（万元）")
    pkg.fact("平台近三年经营指标情况", money(rev), "万元", rev, rel, 2, money(rev), "平台营业收入", "2023年度", "2023年平台营收（万元）")
    pkg.fact("平台近三年经营指标情况", money(r22), "万元", r22, rel, 2, money(r22), "平台营业收入", "2022年度", "2022年平台营收（万元）")
    pkg.fact("平台近三年经营指标情况", money(r21), "万元", r21, rel, 2, money(r21), "平台营业收入", "2021年度", "2021年平台营收（万元）")

    # 3-2 operations: stocks at two dates, increments; monthly orders with 本月 / 本年累计
    rel = E + "3-2 平台运营数据统计.pdf"
    p = Pdf(pkg.path(rel, "evidence:other"))
    p.text("平台运营数据统计（数据来源：平台运营后台）", 12, gap=10)
    stock = [("注册企业用户数（家）", 2410, 2846), ("实际服务企业数（平台上线以来累计，家）", 1932, 2175), ("付费企业数（家）", 583, 702),
             ("服务本市企业数量（家）", 1118, 1264), ("服务中小企业数量（家）", 1503, 1690), ("开发者注册总数（个）", 7712, 8640),
             ("工业APP数量（个）", 287, 311), ("微服务数量（个）", 902, 986)]
    rows = [["指标", "截至2023年12月31日", "截至2024年6月30日", "较2023年末增长"]] + [[n, cnt(a), cnt(b), cnt(b - a)] for n, a, b in stock]
    p.table(rows, [190, 100, 100, 90], size=9)
    p.para("注：填报日期为2024年7月12日，存量指标取截至2024年6月30日数据；付费用户占比按填报指引取截至2023年底数据：付费企业数583家÷注册企业用户数2,410家。", 9, 52)
    p.close_page = None
    p.new_page()
    p.text("平台订单月度统计（单位：个）", 12, gap=10)
    rows = [["月份", "本月", "本年累计"]]
    acc = 0
    for i, v in enumerate(m23):
        acc += v
        rows.append([f"2023年{i + 1}月", cnt(v), cnt(acc)])
    acc = 0
    for i, v in enumerate(m24):
        acc += v
        rows.append([f"2024年{i + 1}月", cnt(v), cnt(acc)])
    p.table(rows, [120, 100, 100], size=8.5, row_h=15)
    p.text(f"2023年自然年订单合计：{cnt(nat)}个", 10)
    p.text(f"2023年7月—2024年6月（填表日前一年）订单合计：{cnt(trail)}个", 10)
    p.close()
    labs = {"注册企业用户数（家）": "注册企业用户数（个）", "实际服务企业数（平台上线以来累计，家）": "实际服务企业数（个）", "付费企业数（家）": "付费企业数（个）",
            "服务本市企业数量（家）": "服务本市企业数量（个）", "服务中小企业数量（家）": "服务中小企业数量（个）", "开发者注册总数（个）": "开发者注册总数（个）",
            "微服务数量（个）": "微服务数量（个）"}
    for n, a, b in stock:
        if n in labs:
            unit = "家" if "家" in n else "个"
            pkg.fact(labs[n], cnt(b), unit, b, rel, 1, cnt(b), n, "截至2024年6月30日")
    pkg.fact("付费用户占比（%）", "583", "家", 583, rel, 1, "付费企业数583家", "付费企业数（家）", "截至2023年12月31日", "付费用户数（个）")
    pkg.fact("付费用户占比（%）", "2,410", "家", 2410, rel, 1, "注册企业用户数2,410家", "注册企业用户数（家）", "截至2023年12月31日", "平台用户总数（个）")
    pkg.fact("平台订单数量(近一年总量)（个）", cnt(nat), "个", nat, rel, 2, f"2023年自然年订单合计：{cnt(nat)}个", "2023年自然年订单合计", "", "2023年自然年")
    pkg.fact("平台订单数量(近一年总量)（个）", cnt(trail), "个", trail, rel, 2, f"订单合计：{cnt(trail)}个", "2023年7月—2024年6月（填表日前一年）订单合计", "", "截至填表日前一年")
    assert V["工业APP数量（个）"][1] == 311 and V["微服务数量（个）"][1] == 986 and V["开发者注册总数（个）"][1] == 8640
    pkg.fact("工业APP数量（个）", "311", "个", 311, rel, 1, "311", "工业APP数量（个）", "截至2024年6月30日")

    device_stats(pkg, c, V, E + "3-3 接入设备统计表.pdf", "数据截至：2024年6月30日（公有云日均运行为2023年7月—2024年6月日均值）")
    ip_lists(pkg, c, E + "3-4 知识产权清单.pdf")

    rel = E + "3-5 平台运行看板截图.png"
    dashboard_png(pkg.path(rel, "evidence:screenshot"), "BIM智慧建造与运维平台 · 运营驾驶舱", [
        ("平台上线以来累计服务企业", "2,175"), ("2023年新增服务企业", "486"), ("注册企业", "2,846"),
        ("接入设备总数", "12,846"), ("工业APP", "311"), ("机理模型", "246")], 121, "数据时间：2024-06-30 23:59")
    for lab, v, n, cap in (("实际服务企业数（个）", "2,175", 2175, "平台上线以来累计服务企业"), ("注册企业用户数（个）", "2,846", 2846, "注册企业"),
                           ("连接的工业设备/产品/产线种类及数量（台/套）", "12,846", 12846, "接入设备总数"), ("工业机理模型数量（个）", "246", 246, "机理模型")):
        pkg.fact(lab, v, "个" if "设备" not in lab else "台/套", n, rel, 1, v, cap, image_only=True)
    assert V["实际服务企业数（个）"][1] == 2175 and V["工业机理模型数量（个）"][1] == 246
    write_truth(out, pkg, c, V, "序号12 四建BIM平台，完全一致的干净包：分季度报表四季合计=全年、近三年表年份倒序（2023/2022/2021）、存量指标两个截止日（2023年末与2024年6月30日，申报取后者）并列“较2023年末增长”、付费用户占比按2023年底口径、订单月报本月/本年累计与两种口径、看板“平台上线以来累计服务企业”（累计到达值正确）与“2023年新增服务企业”并列、第七章。",
                ["naming:附件N（简称）", "evidence_dir:证明材料", "form:docx+scan", "columns:levels+content+actual+proof", "summary:xlsx-vertical",
                 "commitment:scan", "period:quarters-sum", "period:years-reversed-columns", "period:two-stock-dates", "period:increment-column",
                 "period:monthly-本月/本年累计", "orders:two-readings", "screenshot:png", "section7"])


# ================================================================ P2 problems: 序号25 联通产业互联网
def p2(out):
    pkg = Pkg(out, "h55_p2_liantong_problems")
    a23, a22, a21 = 9684.20, 8215.60, 6930.15
    rd, pf = 1852.36, 1046.75
    h1 = 4472.85
    c = base_cfg(
        no=25, listed_name="联擎 5G全链接工厂平台", company="联通（上海）产业互联网有限公司", declared_name="联擎5G全链接工厂平台", short="联通产互",
        part2023=False, nature="综合型工业互联网平台", industry="电子信息与装备制造", focus="5G全连接工厂建设与运营服务",
        address="上海市长宁区长宁路1018号（示例）12楼会议室", url="https://lianqing5g.example.com", build="2020.06-2023.06", build_form="2020年6月至2023年6月",
        contact=("贺晓岚", "13918830452", "hexl@cuii-sh.example.com", "产品总监"), contact2=("钱俊", "13917702365", "qianj@cuii-sh.example.com", "运营经理"),
        build_amount=7250.00, rev_decl=(a21, a22, h1), growth_decl=(21.37, growth(a21, a22), growth(a22, h1)), team=(214, 131, 83, 158),
        rev_field=h1, rd_field=rd, profit=pf, paid_ratio=(812, 3065), devices=(26480, 15320, 11046),
        dev_cats=["电工、电子设备", "机器人", "机床", "仪器仪表", "物流设备", "动力设备"], dev_w=[29, 17, 19, 14, 12, 9],
        regions=["上海", "江苏", "浙江", "广东", "湖北", "四川"], reg_w=[38, 20, 15, 13, 8, 6], overseas={"越南Vietnam": 210, "泰国Thailand": 134},
        protocols=58, apps=(268, 146), app_cats=["生产制造", "质量管控", "运维服务", "仓储物流", "安全生产", "运营管理"], app_w=[26, 20, 18, 13, 12, 11],
        app_ind=["电子", "汽车", "机械", "家电"], ind_w=[42, 24, 21, 13], app_mau=302, killer=(2635, 31280, 48.62), pub_apps=(248, 117),
        servers=(246.00, 138), storage=(1280.00, 706.56, 412.30), models=(318, 174, 705), model_w=[112, 54, 98, 54],
        micro=(1342, 716), devs=(11420, 2968), ent_counts=(3560, 2688, 941, 2105), srv_ind=["电子", "汽车", "机械", "家电", "其他"],
        srv_ind_w=[36, 22, 20, 12, 10], local=1422, srv_reg=["江苏", "浙江", "广东", "湖北", "四川"], srv_reg_w=[34, 24, 20, 12, 10],
        orders=(26318, 27940), trade_growth=22.85, subs=(6230, 3184, 2864.50), util=81.26, local_rate=86.00, sw_hw=(90, 81),
        factories=6, factory_text="为6家上海市级智能工厂提供5G专网与工业互联网平台服务。", parks=11, solutions=[8, 5, 9, 10, 3, 6],
        cases=(16.48, 8.92, 23.15), indices=(4, "5G工厂连接指数、产线稼动指数、设备健康指数、质量波动指数"),
        patents=names(["一种基于5G的", "一种工业现场", "一种边缘协同的"], ["设备接入方法", "确定性网络调度方法", "数据采集网关", "质检图像识别方法"], 15),
        copyrights=names(["联擎5G", "全连接工厂"], ["设备管理平台V2.1", "边缘计算软件V1.3", "质检分析系统V1.0", "数字孪生软件V2.0", "能耗管理软件V1.1"], 21),
        awards=["2022年工业和信息化部5G工厂名录", "2023年上海市5G+工业互联网示范项目", "2023年上海市工业互联网标杆平台"],
        jobs=412, social=19.64, open_data="以API接口、SDK与数据集形式开放：开放API接口205个、SDK 12个、行业数据集5个", partners=9,
        ent=ent("91310105MA1FW2K93Q", "2019年11月", "上海市长宁区", "有限责任公司（国有控股）", "30000万元", "工业互联网平台、5G专网与数字化解决方案",
                "程立新", "联通数字科技有限公司 100%", (86425.30, 54218.66, 11.35, 61.20, 3862.15, 2105.48)),
        fill_date="2024年7月10日", deploy="边缘侧、私有云、公有云", deploy_form="☑ 边缘侧 ☑ 私有云 ☑ 公有云 □ 混合云",
        intro="平台性质：综合型工业互联网平台。平台以5G专网与边缘计算为基础，提供设备接入、生产管控、质量检测与能耗管理服务，主要客户为电子信息、汽车零部件与装备制造企业。",
        effect="平台推动5G全连接工厂建设，帮助企业提升设备联网率与生产效率，降低运维与能耗成本。",
        attach_list=["附件3-1 2023年度审计报告（摘录）及平台业务专项说明（第1-3页）", "附件3-2 平台2023年半年度经营简报（第1页）", "附件3-3 接入设备清单汇总（第1页）",
                     "附件3-4 平台运营指标统计（第1页）", "附件3-5 知识产权清单（第1-2页）", "附件3-6 平台运行截图"],
    )
    c["proof"] = {"平台相关营业收入（万元）": "附件3-2 第1页", "平台相关研发投入（万元）": "附件3-1 第3页", "平台利润率（%）": "附件3-1 第3页",
                  "工业协议兼容适配数量（个）": "附件3-4 第1页", "连接的工业设备/产品/产线种类及数量（台/套）": "附件3-3 第1页"}
    V = finish_cfg(c)
    common_docs(pkg, c, V, form="docx", summary="docx", commit="scan", seed=2500)

    rel = E + "3-1 2023年度审计报告（摘录）及平台业务专项说明.pdf"
    audit = rel
    p = Pdf(pkg.path(rel, "evidence:audit_report"))
    p.y -= 120
    p.text(f"{c['company']}", 16, center=True, gap=14)
    p.text("2023年度审计报告（摘录）", 16, center=True, gap=14)
    p.text("沪信会审字（2024）第0316号", 11, center=True)
    p.new_page()
    p.text("利润表（摘录） 2023年度  单位：元", 12, gap=10)
    p.table([["项目", "本期金额", "上期金额"], ["一、营业收入", "542,186,612.35", "486,920,418.72"], ["减：营业成本", "431,706,215.80", "389,415,330.16"],
             ["研发费用", "36,420,871.64", "31,862,904.25"], ["三、利润总额", "38,621,509.37", "33,105,276.84"]], [170, 140, 140])
    p.new_page()
    p.text("平台业务专项说明（联擎5G全链接工厂平台，单位：万元）", 12, gap=10)
    rows = [["年度", "平台营业收入", "平台研发投入", "平台利润总额"], ["2023年度", money(a23), money(rd), money(pf)],
            ["2022年度", money(a22), "1,603.48", "884.20"], ["2021年度", money(a21), "1,372.91", "706.35"]]
    p.table(rows, [100, 120, 120, 120])
    p.para("说明：平台业务按合同及项目归属自公司账面拆分，年度数据为自然年（1月1日至12月31日）全年数据。", 9.5, 50)
    p.close()
    pkg.fact("平台相关营业收入（万元）", money(a23), "万元", a23, rel, 3, money(a23), "2023年度", "平台营业收入")
    pkg.fact("平台相关研发投入（万元）", money(rd), "万元", rd, rel, 3, money(rd), "2023年度", "平台研发投入")
    pkg.fact("平台利润率（%）", money(pf), "万元", pf, rel, 3, money(pf), "2023年度", "平台利润总额", "平台利润总额（万元）")
    pkg.fact("投资回报率（%）", money(pf), "万元", pf, rel, 3, money(pf), "2023年度", "平台利润总额", "平台年利润（万元）")
    pkg.fact("平台近三年经营指标情况", money(a23), "万元", a23, rel, 3, money(a23), "2023年度", "平台营业收入", "2023年平台营收（万元）")
    pkg.fact("平台近三年经营指标情况", money(a22), "万元", a22, rel, 3, money(a22), "2022年度", "平台营业收入", "2022年平台营收（万元）")
    pkg.fact("平台近三年经营指标情况", money(a21), "万元", a21, rel, 3, money(a21), "2021年度", "平台营业收入", "2021年平台营收（万元）")

    rel = E + "3-2 平台2023年半年度经营简报.pdf"
    half = rel
    p = Pdf(pkg.path(rel, "evidence:other"))
    p.text("联擎5G全链接工厂平台 2023年半年度经营简报", 13, gap=10)
    p.text("报告期：2023年1月1日—2023年6月30日（未经审计）", 10, gap=10)
    p.table([["项目（单位：万元）", "2023年1-6月", "上年同期"], ["平台营业收入", money(h1), "3,806.27"], ["平台研发投入", "862.14", "741.56"]], [170, 120, 120])
    p.para("上半年平台新增5G全连接工厂项目14个，下半年为项目集中交付期。", 10, 46)
    p.close()

    rel = E + "3-3 接入设备清单汇总（截至2024年7月20日）.pdf"
    devrel = rel
    device_stats(pkg, c, V, rel, "统计截止日期：2024年7月20日（导出自平台设备管理模块）")

    rel = E + "3-4 平台运营指标统计.pdf"
    oprel = rel
    p = Pdf(pkg.path(rel, "evidence:other"))
    p.text("平台运营指标统计（截至2024年6月30日）", 12, gap=10)
    rows = [["指标", "截至2024年6月30日", "较上年末增长"], ["注册企业用户数（家）", "3,560", "512"], ["实际服务企业数（家）", "2,688", "406"],
            ["付费企业数（家）", "941", "129"], ["工业协议兼容适配数量（种）", "326", "58"], ["微服务数量（个）", "1,342", "188"], ["合作平台数量（个）", "9", "2"]]
    p.table(rows, [200, 130, 110])
    p.para("付费用户占比（截至2023年12月31日）：付费企业812家，注册企业3,065家。", 9.5, 50)
    p.close()
    for lab, v, n, row, unit in (("注册企业用户数（个）", "3,560", 3560, "注册企业用户数（家）", "家"), ("实际服务企业数（个）", "2,688", 2688, "实际服务企业数（家）", "家"),
                                 ("付费企业数（个）", "941", 941, "付费企业数（家）", "家"), ("工业协议兼容适配数量（个）", "326", 326, "工业协议兼容适配数量（种）", "种"),
                                 ("微服务数量（个）", "1,342", 1342, "微服务数量（个）", "个"), ("合作平台数量（个）", "9", 9, "合作平台数量（个）", "个")):
        pkg.fact(lab, v, unit, n, rel, 1, v if lab != "合作平台数量（个）" else "合作平台数量（个）", row, "截至2024年6月30日")
    pkg.fact("付费用户占比（%）", "812", "家", 812, rel, 1, "付费企业812家", "付费企业", "截至2023年12月31日", "付费用户数（个）")
    pkg.fact("付费用户占比（%）", "3,065", "家", 3065, rel, 1, "注册企业3,065家", "注册企业", "截至2023年12月31日", "平台用户总数（个）")

    ip_lists(pkg, c, E + "3-5 知识产权清单.pdf")
    rel = E + "3-6 平台运行截图.png"
    dashboard_png(pkg.path(rel, "evidence:screenshot"), "联擎5G全链接工厂平台 · 运营中心", [
        ("注册企业", "3,560"), ("服务企业（累计）", "2,688"), ("工业APP", "414"), ("开发者", "11,420"), ("工业模型", "318"), ("微服务", "1,342")], 251,
        "数据更新时间：2024-06-30")
    for lab, v, n, cap in (("注册企业用户数（个）", "3,560", 3560, "注册企业"), ("工业APP数量（个）", "414", 414, "工业APP"), ("开发者注册总数（个）", "11,420", 11420, "开发者"),
                           ("工业机理模型数量（个）", "318", 318, "工业模型")):
        pkg.fact(lab, v, "个", n, rel, 1, v, cap, image_only=True)
    assert V["工业APP数量（个）"][1] == 414 and V["注册企业用户数（个）"][1] == 3560 and V["实际服务企业数（个）"][1] == 2688

    form = "附件2 申报表（联通产互）.docx"
    pkg.problem("declared_vs_evidence", ["平台相关营业收入（万元）", "平台近三年经营指标情况"], [form, audit, half], "error",
                f"申报表平台相关营业收入填报 {f2(h1)} 万元（近三年经营指标中2023年平台营收同为 {f2(h1)} 万元），该数为《2023年半年度经营简报》的2023年1-6月平台营业收入；"
                f"审计报告所附平台业务专项说明2023年度（自然年全年）平台营业收入为 {money(a23)} 万元。半年数被当作全年数填报（研发投入强度、利润率亦以半年营收为分母）")
    pkg.problem("declared_vs_evidence", ["工业协议兼容适配数量（个）"], [form, oprel], "error",
                "申报表工业协议兼容适配数量填报 58 个，平台运营指标统计显示截至2024年6月30日工业协议兼容适配数量为 326 种，58 是“较上年末增长”的增量而非截至填表日的总量")
    pkg.problem("declared_vs_evidence", ["连接的工业设备/产品/产线种类及数量（台/套）"], [form, devrel], "warning",
                "连接的工业设备数量（26,480 台/套）的证明材料《接入设备清单汇总》统计截止日期为2024年7月20日，晚于申报表填表日期2024年7月10日，不能证明截至填表日的数量")
    write_truth(out, pkg, c, V, "序号25 联擎5G全链接工厂平台（2023未参评，无第七章）：审计专项说明年份倒序成行（2023/2022/2021），半年报2023年1-6月营收被填作全年营收，运营统计的“较上年末增长”增量被填作协议适配总量，设备清单统计日期晚于填表日。",
                ["naming:附件N（简称）", "evidence_dir:证明材料", "form:docx+scan", "summary:docx-vertical", "commitment:scan", "audit:company-元+platform-万元",
                 "period:years-reversed-rows", "period:half-year-report", "period:increment-column", "period:evidence-after-fill-date", "screenshot:png"])


# ================================================================ P3 problems: 序号33 延锋 (JV fiscal year April–March)
def p3(out):
    pkg = Pkg(out, "h55_p3_yanfeng_problems")
    qs = [("2022财年第四季度（2023年1-3月）", 1284.60, 302.15, 168.42), ("2023财年第一季度（2023年4-6月）", 1356.92, 318.40, 182.66),
          ("2023财年第二季度（2023年7-9月）", 1402.35, 326.77, 190.04), ("2023财年第三季度（2023年10-12月）", 1538.48, 341.29, 211.38),
          ("2023财年第四季度（2024年1-3月）", 1472.06, 335.10, 203.91)]
    fy = [r2(sum(q[i] for q in qs[1:])) for i in (1, 2, 3)]
    cal = [r2(sum(q[i] for q in qs[:4])) for i in (1, 2, 3)]
    r21, r22 = 4386.20, 5012.74
    cum_orders, nat, trail = 86420, 21306, 22918
    c = base_cfg(
        no=33, listed_name="延锋工业互联网平台", company="上海延锋金桥饰件系统有限公司", declared_name="延锋工业互联网平台", short="延锋金桥",
        part2023=False, nature="企业级工业互联网平台", industry="汽车零部件", focus="汽车内饰件研产供销协同与智能制造",
        address="上海市浦东新区金桥出口加工区（示例）金海路6号3号楼会议中心", url="https://yf-iiot.example.com", build="2020.01-2023.09",
        build_form="2020年1月至2023年9月", contact=("邵雯婷", "13901866273", "shaowt@yanfeng-jq.example.com", "数字化部经理"),
        contact2=("孔德明", "13918245067", "kongdm@yanfeng-jq.example.com", "IT主管"), build_amount=6420.00,
        rev_decl=(r21, r22, fy[0]), growth_decl=(9.85, growth(r21, r22), growth(r22, fy[0])), team=(142, 88, 54, 103),
        rev_field=fy[0], rd_field=cal[1], profit=cal[2], paid_ratio=(264, 1126), devices=(9630, 3210, 2486),
        dev_cats=["橡塑机械" if False else "轻工设备", "机器人", "机床", "仪器仪表", "物流设备", "动力设备"], dev_w=[34, 21, 15, 12, 11, 7],
        regions=["上海", "江苏", "浙江", "湖北", "重庆", "辽宁"], reg_w=[41, 17, 12, 11, 11, 8], overseas={"墨西哥Mexico": 88, "德国Germany": 64},
        protocols=112, apps=(126, 58), app_cats=["生产制造", "质量管控", "供应链管理", "仓储物流", "运维服务", "节能减排"], app_w=[30, 22, 18, 12, 11, 7],
        app_ind=["汽车", "轻工"], ind_w=[86, 14], app_mau=141, killer=(942, 12860, 21.48), pub_apps=(72, 31),
        servers=(96.50, 28), storage=(640.00, 371.84, 102.40), models=(158, 84, 296), model_w=[44, 36, 52, 26],
        micro=(624, 352), devs=(1860, 472), ent_counts=(1126, 856, 312, 598), srv_ind=["汽车", "轻工", "机械", "其他"], srv_ind_w=[64, 14, 12, 10],
        local=402, srv_reg=["江苏", "浙江", "湖北", "重庆", "辽宁"], srv_reg_w=[30, 24, 18, 16, 12], orders=(cum_orders, trail), trade_growth=12.36,
        subs=(2318, 1264, 968.30), util=72.48, local_rate=82.00, sw_hw=(86, 78), factories=3, factory_text="服务3家上海市级智能工厂（内饰件总装与注塑车间）。",
        parks=4, solutions=[5, 3, 6, 5, 2, 3], cases=(15.82, 10.36, 18.74), indices=(3, "供应商交付指数、注塑良率指数、产线OEE指数"),
        patents=names(["一种汽车内饰件", "一种注塑产线", "一种基于视觉的"], ["质量追溯方法", "工艺参数优化方法", "缺陷检测装置"], 10),
        copyrights=names(["延锋内饰", "金桥智造"], ["MES系统V3.0", "供应协同平台V2.0", "设备管理软件V1.4", "能源管理软件V1.2"], 14),
        awards=["2022年上海市智能工厂", "2023年上海市工业互联网创新发展专项"], jobs=186, social=18.26,
        open_data="以API接口和供应链数据服务形式开放：开放API接口88个、供应商协同数据服务12项", partners=4,
        ent=ent("913101156072631845", "1994年8月", "上海市浦东新区", "有限责任公司（中外合资）", "4500万美元", "汽车内饰件研发、生产与销售",
                "郑海涛", "延锋国际汽车技术有限公司 50%；外方股东 50%", (618245.70, 702315.42, 5.64, 58.30, 41268.90, 23561.04)),
        fill_date="2024年7月15日",
        intro="平台性质：企业级工业互联网平台。平台由申报单位与外方股东合资设立的运营子公司负责运营，覆盖汽车内饰件研发、注塑与总装、供应链协同，主要用户为延锋体系工厂及上下游供应商。",
        effect="平台打通内饰件研产供销数据，提升交付准时率与注塑良率，带动供应商数字化协同。",
        attach_list=["证明1 平台运营主体财务数据（财年与自然年对照）（第1-2页）", "证明2 平台订单统计（第1页）", "证明3 接入设备统计表（第1页）",
                     "证明4 知识产权清单（第1-2页）", "证明5 平台截图（第1页）"],
    )
    c["proof"] = {"平台相关营业收入（万元）": "证明1 第1页", "平台相关研发投入（万元）": "证明1 第1页", "平台利润率（%）": "证明1 第1页",
                  "平台订单数量(近一年总量)（个）": "证明2 第1页"}
    V = finish_cfg(c)
    # 汇总表: 2021 and 2022 placed under each other's year
    sv = V["平台近三年经营指标情况"][0]
    swapped = sv.replace(f"2021年平台营收{f2(r21)}", "2021年平台营收@@").replace(f"2022年平台营收{f2(r22)}", f"2022年平台营收{f2(r21)}").replace("@@", f2(r22))
    common_docs(pkg, c, V, form="xlsx", report_pdf=True, summary="xlsx-h", commit="docx", summary_over={"平台近三年经营指标情况": swapped}, seed=3300)

    rel = "证明材料/证明1 平台运营主体财务数据（财年与自然年对照）.pdf"
    fin = rel
    p = Pdf(pkg.path(rel, "evidence:audit_report"))
    p.text("延锋工业互联网平台 运营主体财务数据（财年与自然年对照）", 12, gap=6)
    p.para("说明：平台由申报单位控股的中外合资运营子公司负责运营，执行外方股东财年（每年4月1日至次年3月31日）。“2023财年”指2023年4月1日至2024年3月31日；按申报要求另列2023年自然年（1月1日至12月31日）合计。单位：万元。", 9.5, 50)
    rows = [["期间", "平台营业收入", "平台研发投入", "平台利润总额"]] + [[q[0], money(q[1]), money(q[2]), money(q[3])] for q in qs]
    rows.append(["2023财年合计（2023.4-2024.3）", money(fy[0]), money(fy[1]), money(fy[2])])
    rows.append(["2023年自然年合计（2023.1-2023.12）", money(cal[0]), money(cal[1]), money(cal[2])])
    p.table(rows, [200, 100, 100, 100], size=9)
    p.new_page()
    p.text("平台近三年营业收入（自然年口径，单位：万元）", 12, gap=10)
    p.table([["", "2021年", "2022年", "2023年"], ["平台营业收入", money(r21), money(r22), money(cal[0])],
             ["增长率", "9.85%", f"{f2(growth(r21, r22))}%", f"{f2(growth(r22, cal[0]))}%"]], [120, 100, 100, 100])
    p.close()
    pkg.fact("平台相关营业收入（万元）", money(cal[0]), "万元", cal[0], rel, 1, money(cal[0]), "2023年自然年合计（2023.1-2023.12）", "平台营业收入")
    pkg.fact("平台相关研发投入（万元）", money(cal[1]), "万元", cal[1], rel, 1, money(cal[1]), "2023年自然年合计（2023.1-2023.12）", "平台研发投入")
    pkg.fact("平台利润率（%）", money(cal[2]), "万元", cal[2], rel, 1, money(cal[2]), "2023年自然年合计（2023.1-2023.12）", "平台利润总额", "平台利润总额（万元）")
    pkg.fact("投资回报率（%）", money(cal[2]), "万元", cal[2], rel, 1, money(cal[2]), "2023年自然年合计（2023.1-2023.12）", "平台利润总额", "平台年利润（万元）")
    for y, v in (("2021", r21), ("2022", r22), ("2023", cal[0])):
        pkg.fact("平台近三年经营指标情况", money(v), "万元", v, rel, 2, money(v), "平台营业收入", f"{y}年", f"{y}年平台营收（万元）")

    rel = "证明材料/证明2 平台订单统计.pdf"
    orel = rel
    p = Pdf(pkg.path(rel, "evidence:other"))
    p.text("延锋工业互联网平台 订单统计（数据来源：平台订单中心）", 12, gap=10)
    p.table([["统计口径", "订单数量（个）"], ["平台上线以来累计（2020.01-2024.06）", cnt(cum_orders)], ["2023年（1-12月）", cnt(nat)],
             ["2023年7月-2024年6月", cnt(trail)]], [240, 140])
    p.close()
    pkg.fact("平台订单数量(近一年总量)（个）", cnt(nat), "个", nat, rel, 1, cnt(nat), "2023年（1-12月）", "订单数量（个）", "2023年自然年")
    pkg.fact("平台订单数量(近一年总量)（个）", cnt(trail), "个", trail, rel, 1, cnt(trail), "2023年7月-2024年6月", "订单数量（个）", "截至填表日前一年")

    device_stats(pkg, c, V, "证明材料/证明3 接入设备统计表.pdf", "数据截至：2024年6月30日")
    ip_lists(pkg, c, "证明材料/证明4 知识产权清单.pdf")
    rel = "证明材料/证明5 平台截图.pdf"
    tmp = pkg.scratch / "shot.png"
    dashboard_png(tmp, "延锋工业互联网平台 · 数据总览", [("接入设备", "9,630"), ("服务企业", "856"), ("工业APP", "184"),
                                                    ("微服务", "624"), ("机理模型", "158"), ("开发者", "1,860")], 331, "截至2024-06-30")
    from PIL import Image
    img = Image.open(tmp).convert("RGB")
    page = Image.new("RGB", (1240, 1754), (255, 255, 255))
    page.paste(img.resize((1160, 689)), (40, 120))
    write_image_pdf([page], pkg.path(rel, "evidence:screenshot"))
    for lab, v, n, cap, unit in (("连接的工业设备/产品/产线种类及数量（台/套）", "9,630", 9630, "接入设备", "台/套"), ("实际服务企业数（个）", "856", 856, "服务企业", "个"),
                                 ("工业APP数量（个）", "184", 184, "工业APP", "个"), ("微服务数量（个）", "624", 624, "微服务", "个"),
                                 ("工业机理模型数量（个）", "158", 158, "机理模型", "个"), ("开发者注册总数（个）", "1,860", 1860, "开发者", "个")):
        pkg.fact(lab, v, unit, n, rel, 1, v, cap, image_only=True)
    assert V["工业APP数量（个）"][1] == 184

    form = "附件2 申报表（延锋金桥）.xlsx"
    pkg.problem("declared_vs_evidence", ["平台相关营业收入（万元）", "平台近三年经营指标情况"], [form, fin], "error",
                f"申报表平台相关营业收入（及近三年经营指标中2023年平台营收）填报 {f2(fy[0])} 万元，为合资运营主体“2023财年合计（2023.4-2024.3）”；"
                f"同一证明材料列出的2023年自然年合计为 {money(cal[0])} 万元，填报指引要求2023年数据（研发投入与利润取了自然年数，口径不一）")
    pkg.problem("declared_vs_evidence", ["平台订单数量(近一年总量)（个）"], [form, orel], "error",
                f"申报表平台订单数量“2023年自然年”填报 {cum_orders} 个，为订单统计中“平台上线以来累计（2020.01-2024.06）”的数量；2023年（1-12月）订单为 {cnt(nat)} 个")
    pkg.problem("summary_vs_form", ["平台近三年经营指标情况"], ["附件4 平台基本情况汇总表（延锋金桥）.xlsx", form], "error",
                f"汇总表“平台近三年经营指标情况”把2021年与2022年平台营收互换（2021年填 {f2(r22)}、2022年填 {f2(r21)}），申报表为2021年 {f2(r21)}、2022年 {f2(r22)} 万元")
    write_truth(out, pkg, c, V, "序号33 延锋平台（中外合资运营主体，财年4月-次年3月）：申报表仅XLSX+盖章扫描件、申报书PDF、横向XLSX汇总表、承诺DOCX。营收取了2023财年而非自然年，订单“2023年自然年”取了上线以来累计，汇总表近三年营收年份错位。",
                ["naming:附件N（简称）", "evidence_dir:证明材料", "form:xlsx+scan", "report:pdf", "summary:xlsx-horizontal", "commitment:docx",
                 "period:fiscal-year-Apr-Mar", "period:fy-vs-calendar", "period:cumulative-since-launch", "period:years-columns", "screenshot:pdf-image"])


# ================================================================ P4 problems: 序号7 爱姆意 (1–11月 + 12月)
def p4(out):
    pkg = Pkg(out, "h55_p4_aimuyi_problems")
    nov = dict(rev=(612.30, 6108.45), rd=(98.20, 1084.66), pf=(70.15, 702.34))
    dec_m = dict(rev=733.65, rd=126.54, pf=96.41)
    rev, rd, pf = r2(nov["rev"][1] + dec_m["rev"]), r2(nov["rd"][1] + dec_m["rd"]), r2(nov["pf"][1] + dec_m["pf"])
    r21, r22 = 4905.32, 5815.65
    inc23 = r2(rev - r22)
    c = base_cfg(
        no=7, listed_name="面向制造业供应链协同的智能交易工业互联网平台", company="上海爱姆意机电设备连锁有限公司",
        declared_name="面向制造业供应链协同的智能交易工业互联网平台", short="爱姆意", part2023=True, nature="行业型工业互联网平台",
        industry="机电设备流通与制造业供应链", focus="工业品采购交易、库存协同与设备后市场服务",
        address="上海市普陀区（示例）真北路1588号5楼报告厅", url="https://mro-chain.example.com", build="2018.09-2023.12", build_form="2018年9月至2023年12月",
        contact=("蒋思远", "13916087421", "jiangsy@aimuyi.example.com", "平台事业部总经理"), contact2=("魏琳", "13918573206", "weil@aimuyi.example.com", "运营专员"),
        build_amount=5340.00, rev_decl=(r22, r21, rev), growth_decl=(12.42, growth(r22, r21), inc23), team=(158, 76, 82, 97),
        rev_field=rev, rd_field=nov["rd"][1], profit=pf, paid_ratio=(1368, 4215), devices=(7420, 4960, 3615),
        dev_cats=["机床", "动力设备", "物流设备", "仪器仪表", "电力设备"], dev_w=[33, 24, 18, 14, 11],
        regions=["上海", "江苏", "浙江", "山东", "福建"], reg_w=[44, 22, 16, 10, 8], overseas={"印度尼西亚Indonesia": 46},
        protocols=86, apps=(132, 64), app_cats=["供应链管理", "仓储物流", "运维服务", "运营管理", "质量管控"], app_w=[34, 22, 20, 14, 10],
        app_ind=["机械", "汽车", "电子", "轻工"], ind_w=[40, 24, 20, 16], app_mau=152, killer=(1526, 18420, 28.76), pub_apps=(168, 74),
        servers=(82.00, 46), storage=(480.00, 268.80, 184.32), models=(124, 63, 318), model_w=[46, 12, 28, 38],
        micro=(568, 301), devs=(2360, 618), ent_counts=(5480, 4126, 1652, 3518), srv_ind=["机械", "汽车", "电子", "轻工", "其他"], srv_ind_w=[34, 20, 18, 16, 12],
        local=1986, srv_reg=["江苏", "浙江", "山东", "福建"], srv_reg_w=[38, 30, 18, 14], orders=(48620, 51275), trade_growth=15.24,
        subs=(3842, 1916, 1246.80), util=74.62, local_rate=80.00, sw_hw=(88, 72), factories=2, factory_text="为2家上海市级智能工厂提供备件协同与设备运维服务。",
        parks=6, solutions=[6, 2, 8, 4, 3, 7], cases=(14.36, 7.28, 16.90), indices=(5, "MRO采购价格指数、备件库存周转指数、设备开工指数、交付准时指数、供应商活跃指数"),
        patents=names(["一种工业品", "一种基于供应链的", "一种设备备件"], ["智能补货方法", "库存协同系统", "交易撮合方法", "追溯装置"], 9),
        copyrights=names(["爱姆意", "MRO云"], ["供应链协同平台V3.2", "智能仓储软件V2.0", "设备服务APP V1.6", "采购交易系统V4.1", "数据看板软件V1.0"], 16),
        awards=["2021年上海市工业互联网平台", "2022年工业和信息化部工业互联网平台创新领航应用案例", "2023年上海市供应链创新与应用示范企业", "2023年上海市服务型制造示范平台"],
        jobs=264, social=17.85, open_data="以API接口与价格指数形式开放：开放API接口96个、工业品价格指数5项", partners=7,
        ent=ent("91310107607213654K", "1999年6月", "上海市普陀区", "有限责任公司（自然人投资或控股）", "10000万元", "机电设备及工业品销售、供应链服务",
                "杨国梁", "自然人股东合计 78%；员工持股平台 22%", (182436.50, 264815.30, 9.12, 56.40, 9862.47, 5214.36)),
        fill_date="2024年7月16日",
        intro="平台性质：行业型工业互联网平台。平台连接制造企业、工业品供应商与服务商，提供工业品智能交易、库存协同与设备后市场服务，主要客户为长三角制造企业。",
        effect="平台降低制造企业工业品采购与库存成本，提升供应链协同效率。",
        attach_list=["附件3-1 2023年11月平台财务快报（第1页）", "附件3-2 2023年12月平台财务快报（第1页）", "附件3-3 平台近三年经营情况表（第1页）",
                     "附件3-4 应用商店上架工业APP清单（第1页）", "附件3-5 接入设备统计表（第1页）", "附件3-6 知识产权清单（第1-2页）", "附件3-7 平台截图"],
        rep_extra=dict(compare="从2023年7月至今：上线备件智能补货、供应商协同等功能模块；服务企业与订单规模持续增长；新增合作平台2个。"),
    )
    c["proof"] = {"平台相关营业收入（万元）": "附件3-2 第1页", "平台相关研发投入（万元）": "附件3-1 第1页", "平台利润率（%）": "附件3-2 第1页",
                  "工业APP数量（个）": "附件3-4 第1页"}
    V = finish_cfg(c)
    common_docs(pkg, c, V, form="docx", summary="xlsx-v", commit="scan", seed=700)

    def flash(rel, month, cur, ytd, period):
        p = Pdf(pkg.path(rel, "evidence:audit_report"))
        p.text(f"{c['company']}", 11)
        p.text(f"平台业务财务快报（{month}）", 13, gap=6)
        p.text(f"单位：万元    本年累计期间：{period}", 9.5, gap=12)
        rows = [["项目", "本月", "本年累计"], ["平台营业收入", money(cur[0]), money(ytd[0])], ["平台研发投入", money(cur[1]), money(ytd[1])],
                ["平台利润总额", money(cur[2]), money(ytd[2])]]
        p.table(rows, [160, 120, 120])
        p.close()

    r11 = E + "3-1 2023年11月平台财务快报.pdf"
    flash(r11, "2023年11月", (nov["rev"][0], nov["rd"][0], nov["pf"][0]), (nov["rev"][1], nov["rd"][1], nov["pf"][1]), "2023年1-11月")
    r12 = E + "3-2 2023年12月平台财务快报.pdf"
    flash(r12, "2023年12月", (dec_m["rev"], dec_m["rd"], dec_m["pf"]), (rev, rd, pf), "2023年1-12月")
    pkg.fact("平台相关营业收入（万元）", money(rev), "万元", rev, r12, 1, money(rev), "平台营业收入", "本年累计")
    pkg.fact("平台相关研发投入（万元）", money(rd), "万元", rd, r12, 1, money(rd), "平台研发投入", "本年累计")
    pkg.fact("平台利润率（%）", money(pf), "万元", pf, r12, 1, money(pf), "平台利润总额", "本年累计", "平台利润总额（万元）")
    pkg.fact("投资回报率（%）", money(pf), "万元", pf, r12, 1, money(pf), "平台利润总额", "本年累计", "平台年利润（万元）")

    rel = E + "3-3 平台近三年经营情况表.pdf"
    three = rel
    p = Pdf(pkg.path(rel, "evidence:other"))
    p.text("平台近三年经营情况表（单位：万元）", 12, gap=10)
    p.table([["年度", "平台营业收入", "较上年增长额", "增长率"], ["2021年", money(r21), "541.93", "12.42%"],
             ["2022年", money(r22), money(r22 - r21), f"{f2(growth(r21, r22))}%"], ["2023年", money(rev), money(inc23), f"{f2(growth(r22, rev))}%"]],
            [90, 120, 120, 90])
    p.close()
    for y, v in (("2021", r21), ("2022", r22), ("2023", rev)):
        pkg.fact("平台近三年经营指标情况", money(v), "万元", v, rel, 1, money(v), f"{y}年", "平台营业收入", f"{y}年平台营收（万元）")

    rel = E + "3-4 应用商店上架工业APP清单.pdf"
    applist = rel
    p = Pdf(pkg.path(rel, "evidence:other"))
    p.text("应用商店上架工业APP清单（汇总）", 12, gap=6)
    p.text("导出日期：2024年7月26日    导出人：平台运营部", 10, gap=12)
    cats = V["按分类统计工业APP数量（个）"][1]
    napps = V["工业APP数量（个）"][1]
    p.table([["APP分类", "上架数量（个）"]] + [[k, cnt(v)] for k, v in cats.items()] + [["合计", cnt(napps)]], [200, 120])
    p.close()
    pkg.fact("工业APP数量（个）", cnt(napps), "个", napps, rel, 1, cnt(napps), "合计", "上架数量（个）")

    device_stats(pkg, c, V, E + "3-5 接入设备统计表.pdf", "数据截至：2024年6月30日")
    ip_lists(pkg, c, E + "3-6 知识产权清单.pdf")
    rel = E + "3-7 平台截图.png"
    dashboard_png(pkg.path(rel, "evidence:screenshot"), "MRO供应链协同平台 · 经营看板", [
        ("注册企业", "5,480"), ("服务企业", "4,126"), ("付费企业", "1,652"), ("2023年订单", "48,620"), ("接入设备", "7,420"), ("合作平台", "7")], 71,
        "数据时间：2024-06-30")
    for lab, v, n, cap, unit in (("注册企业用户数（个）", "5,480", 5480, "注册企业", "家"), ("实际服务企业数（个）", "4,126", 4126, "服务企业", "家"),
                                 ("付费企业数（个）", "1,652", 1652, "付费企业", "家"), ("连接的工业设备/产品/产线种类及数量（台/套）", "7,420", 7420, "接入设备", "台/套")):
        pkg.fact(lab, v, unit, n, rel, 1, v, cap, image_only=True)
    pkg.fact("平台订单数量(近一年总量)（个）", "48,620", "个", 48620, rel, 1, "48,620", "2023年订单", "", "2023年自然年", image_only=True)

    form = "附件2 申报表（爱姆意）.docx"
    pkg.problem("declared_vs_evidence", ["平台相关研发投入（万元）"], [form, r11, r12], "error",
                f"申报表平台相关研发投入填报 {f2(nov['rd'][1])} 万元，为2023年11月财务快报“本年累计”（1-11月）数；2023年12月快报本年累计（1-12月）平台研发投入为 {money(rd)} 万元"
                f"（漏计12月 {money(dec_m['rd'])} 万元；研发投入强度随之偏低）")
    pkg.problem("declared_vs_evidence", ["平台近三年经营指标情况"], [form, three], "error",
                f"申报表近三年经营指标中2021年平台营收填 {f2(r22)}、2022年填 {f2(r21)} 万元，与《平台近三年经营情况表》（2021年 {money(r21)}、2022年 {money(r22)}）年份互换")
    pkg.problem("growth_rate", ["平台近三年经营指标情况"], [form, three], "error",
                f"2023年增长率填报 {f2(inc23)}%，实为近三年经营情况表中2023年“较上年增长额”{money(inc23)} 万元；按申报表自身2022年 {f2(r21)}、2023年 {f2(rev)} 万元计算应为 {f2(growth(r21, rev))}%"
                f"（按证明材料应为 {f2(growth(r22, rev))}%）")
    pkg.problem("declared_vs_evidence", ["工业APP数量（个）"], [form, applist], "warning",
                "工业APP数量的证明材料《应用商店上架工业APP清单》导出日期为2024年7月26日，晚于填表日期2024年7月16日，不能证明截至填表日的数量")
    write_truth(out, pkg, c, V, "序号7 爱姆意平台（2023参评，含第七章）：11月与12月财务快报（本月/本年累计），研发投入取了1-11月累计；近三年表年份成行，申报表2021/2022年份互换，2023年增长率填成了增长额；APP清单导出日期晚于填表日。",
                ["naming:附件N（简称）", "evidence_dir:证明材料", "form:docx+scan", "summary:xlsx-vertical", "commitment:scan",
                 "period:1-11月+12月", "period:本月/本年累计", "period:years-rows", "period:increment-as-rate", "period:evidence-after-fill-date", "screenshot:png", "section7"])


ALL = [p1, p2, p3, p4]
