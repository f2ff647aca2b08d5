"""Build the h51 blind set: spreadsheets as real offices keep them.

    /work/main/.venv/bin/python eval_sets/blind/h51/build.py [--out DIR]

Writes DIR/packages/<id>/... and DIR/truth/<id>.json (DIR defaults to this folder). Deterministic.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import evidence as ev  # noqa: E402
import form  # noqa: E402
from office import scan_pdf  # noqa: E402
from values import fmt_bd, make, summary_rows  # noqa: E402

REL = "eval_sets/blind/h51/packages"


def common(v: dict) -> dict:
    v.setdefault("speed", "秒级")
    v.setdefault("speed_text", "秒级，每TB设备时序数据聚合分析约6秒")
    v.setdefault("listed", True)
    v.setdefault("carbon", True)
    v.setdefault("idres", True)
    v.setdefault("model_w", [4, 2, 3, 2])
    v.setdefault("sol_w", [3, 2, 3, 4, 1, 3])
    v.setdefault("proofs", {
        "平台相关营业收入（万元）": "附件：2023年度审计报告 第4页（附注十二）",
        "平台相关研发投入（万元）": "附件：2023年度审计报告 第4页（附注十二）",
        "连接的工业设备/产品/产线种类及数量（台/套）": "附件：设备接入统计表（按设备分类）",
        "海外设备连接数量（台/套）": "附件：设备接入统计表（按区域）",
        "注册企业用户数（个）": "附件：服务企业统计表",
        "实际服务企业数（个）": "附件：服务企业统计表",
        "平台核心软硬件技术获得的专利数量（项）": "附件：知识产权清单（专利清单）",
        "平台核心软硬件技术获得的软著数量（个）": "附件：知识产权清单（软件著作权清单）",
        "工业APP数量（个）": "附件：平台运营截图",
    })
    v["intro"] = (f"{v['declared_name']}是{v['company']}打造的{v['nature']}，{v['positioning']}。平台提供设备接入、数据治理、"
                  "模型与工业APP服务、供需协同等功能，已形成设备远程运维、能效管理、质量追溯等解决方案能力，主要客户为本市及长三角制造企业。")
    v["effect"] = ("平台解决了设备数据分散、运维响应慢、质量问题追溯难等痛点，带动用户企业设备综合效率提升、运维与能耗成本下降，"
                   "对行业数字化转型形成示范带动作用。")
    return v


def people(v, contact, phone, email, contact2, phone2, legal, title="数字化部经理"):
    v.update(contact=contact, phone=phone, email=email, contact2=contact2, phone2=phone2, email2="backup@" + email.split("@")[1],
             legal=legal, title=title)


def items(prefix: str, n: int, kind: str, owner: str, start: dt.datetime, no_fmt: str, hidden_owner: str | None = None):
    out = []
    for i in range(n):
        d = start + dt.timedelta(days=37 * i)
        out.append(dict(name=f"{prefix}{i + 1:02d}", no=no_fmt.format(i=i + 1), kind=kind, date=d, owner=owner))
    if hidden_owner:
        out[n // 2]["owner"] = hidden_owner
        out[n // 2]["hidden"] = True
    return out


def ev_maps(v: dict, hidden_cat: tuple[str, int] | None = None) -> None:
    v["ev_dev_cat"] = {k: (n, v["cloud_cat"][k], v["daily_cat"][k], int(n * 0.83)) for k, n in v["dev_cat"].items()}
    if hidden_cat:
        v["ev_dev_cat"][hidden_cat[0]] = (hidden_cat[1], 0, 0, 0)
        v["ev_hidden_cats"] = (hidden_cat[0],)
    v["ev_dev_reg"] = {k: (n, v["cloud_reg"][k], v["daily_reg"][k]) for k, n in v["dev_reg"].items()}
    v["ev_ent_ind"] = dict(v["ent_ind"])
    v["ev_ent_reg"] = dict(v["ent_reg"])


def audit_money(v: dict, rnd_true: dict, cents: int) -> None:
    """platform figures in 元 with a few cents (round to the declared 万元 two decimals)."""
    a = {"rev": {}, "rnd": {}, "profit": {}}
    for y in (2021, 2022, 2023):
        a["rev"][y] = round(v["rev"][y] * 10000 + cents / 100 + 13, 2)
        a["rnd"][y] = round(rnd_true[y] * 10000 + 21.37, 2)
        a["profit"][y] = round(v["profit_y"][y] * 10000 + 8.64, 2)
    v["audit"] = a


# ------------------------------------------------------------------ packages
def pkg_a() -> dict:
    spec = dict(
        seed=61, list_no=6, listed_name="联影医疗工业互联网平台", company="上海联影医疗科技股份有限公司",
        declared_name="联影医疗工业互联网平台", participated=False, short="联影医疗",
        nature="行业型工业互联网平台", venue="上海市嘉定区城北路2258号联影园区A座三楼会议中心",
        url="https://iiot.uih-demo.example.com", account="pingshen2024", password="Uih#Eval0715",
        build_time="2019.06-2023.12", build_time_form="2019年6月至2023年12月", build_amount=8650.00,
        build_mode="自建", build_mode_form="☑自建  □合作共建", op_mode="自运营", op_mode_form="☑自运营  □联合运营  □委托运营",
        iaas_form="☑自建  □租用", deploy="私有云、混合云", deploy_form="□边缘侧  ☑私有云  □公有云  ☑混合云",
        rev={2020: 6120.40, 2021: 7035.18, 2022: 8216.55, 2023: 9842.36}, rnd=1736.84, profit=1288.90,
        ops=142, oper=96, qualified=171,
        devices=26418, dev_cats=(["仪器仪表", "电工、电子设备", "机器人", "机床", "动力设备", "物流设备"], [38, 24, 12, 10, 9, 7]),
        dev_regions=(["上海", "江苏", "浙江", "广东", "湖北", "四川", "北京", "美国United States", "德国Germany"], [31, 17, 12, 11, 8, 7, 8, 4, 2]),
        cloud_share=0.62, daily_share=0.81, protocols=126,
        apps=168, other_sw=37, app_cats=(["生产制造", "质量管控", "运维服务", "研发设计", "供应链管理", "运营管理"], [30, 22, 20, 12, 9, 7]),
        app_inds=(["医药", "电子", "机械"], [62, 23, 15]), killer_users=1386, killer_income=142.36,
        servers=412.00, pub_servers=168, capacity=2400.00, stored=1632.48, pub_data=688.20,
        models=236, model_users=1748, microservices=684, developers=2960, edge_nodes=318,
        registered=5318, served=3862, paid=1204, sme=3127,
        ent_inds=(["医药", "电子", "机械", "服务业"], [55, 20, 15, 10]),
        ent_regions=(["上海", "江苏", "浙江", "广东", "北京", "湖北"], [28.64, 22, 18, 14, 10, 7.36]),
        orders=(48260, 51374), trade_growth=17.46, subs=6420, killer_subs=2315, subs_amount=3186.40, dev_util=78.35,
        localization=86.50, factories=4, parks=11, solutions=26, cost_down=14.62, energy_down=9.87, safety_up=12.05,
        indices=5, patents=38, copyrights=57, awards=6, jobs=860, social=21.37, partners=14,
        open_data="开放API接口126个；设备运行数据集4个；医疗装备产业链供需数据服务3项",
        positioning="面向高端医疗装备制造及产业链的行业型工业互联网平台",
        listed_text="公司已在上海证券交易所科创板上市",
    )
    v = common(make(spec))
    people(v, "周雅琴", "13917264380", "zhouyq@uih-demo.example.com", "顾明杰", "13916058247", "薛振宇")
    v.update(uscc="91310114MA1GT0XX6A", founded="2011年3月", reg_addr="上海市嘉定区", ctype="股份有限公司（上市）",
             capital="82,415.00万元", business="高端医疗影像设备研发、生产与服务",
             co_fin=[4862153.22, 1141080.35, 23.52, 31.20, 228764.10, 96532.48])
    v["profit_y"] = {2021: 902.15, 2022: 1076.42, 2023: 1288.90}
    audit_money(v, {2021: 1203.66, 2022: 1451.09, 2023: 1736.84}, 42)
    v["co_income"] = [("一、营业总收入", 11410803512.36, 9238104587.20), ("其中：营业收入", 11410803512.36, 9238104587.20),
                      ("二、营业总成本", 9410652213.08, 7702146690.31), ("研发费用", 2102334517.92, 1720553618.44),
                      ("三、利润总额", 2287641022.77, 1862035114.90)]
    v["auditor"] = "上海信衡会计师事务所（特殊普通合伙）"
    v["report_no"] = "信衡审字〔2024〕第0318号"
    # revenue breakdown in cents: must add to 9842.36
    v["rev_cats"] = [("设备远程运维服务订阅", 221834, 246127), ("工业APP订阅", 128412, 151236),
                     ("数据与模型服务", 61230, 73658), ("产业链协同服务", 43567, 58172)]
    ev_maps(v)
    v["ent_text"] = [("注册企业用户数（家）", "注册企业用户数（个）", "5,318", 5318),
                     ("实际服务企业数（家）", "实际服务企业数（个）", "3 862", 3862),
                     ("付费企业数（家）", "付费企业数（个）", "１２０４", 1204),
                     ("服务本市企业数量（家）", "服务本市企业数量（个）", str(v["local"]), v["local"]),
                     ("服务中小企业数量（家）", "服务中小企业数量（个）", "3,127", 3127)]
    v["patents_list"] = items("医疗装备远程运维相关发明专利-", 38, "发明专利", v["company"], dt.datetime(2019, 4, 8), "ZL2019{i:04d}1234.5")
    v["copyright_list"] = items("联影医疗平台软件V", 57, "V1.0", v["company"], dt.datetime(2018, 9, 3), "2018SR{i:06d}")
    return dict(id="h51a_lianying_clean", v=v, variant="a")


def pkg_b() -> dict:
    spec = dict(
        seed=62, list_no=13, listed_name="国网上海电力工业互联网平台", company="国网上海市电力公司",
        declared_name="国网上海电力工业互联网平台", participated=True, short="国网上海电力",
        nature="行业型工业互联网平台（能源电力）", venue="上海市浦东新区源深路1122号调度大楼5楼第一会议室",
        url="https://iiot.sgsh-demo.example.com", account="sheneval", password="Sgsh@2024!pw",
        build_time="2020.01-2023.12", build_time_form="2020年1月至2023年12月", build_amount=12480.00,
        build_mode="自建", build_mode_form="☑自建  □合作共建", op_mode="自运营", op_mode_form="☑自运营  □联合运营  □委托运营",
        iaas_form="☑自建  □租用", deploy="边缘侧、私有云", deploy_form="☑边缘侧  ☑私有云  □公有云  □混合云",
        rev={2020: 9320.00, 2021: 10846.27, 2022: 12530.64, 2023: 14208.93}, rnd=2486.55, profit=1974.32,
        ops=204, oper=118, qualified=268,
        devices=61240, dev_cats=(["电力设备", "仪器仪表", "动力设备", "建材设备"], [58, 26, 12, 4]),
        dev_regions=(["上海", "江苏", "浙江", "安徽"], [88, 5, 4, 3]),
        cloud_share=0.34, daily_share=0.9, protocols=94,
        apps=132, other_sw=24, app_cats=(["运维服务", "安全生产", "节能减排", "运营管理", "质量管控"], [35, 25, 20, 12, 8]),
        app_inds=(["电力、热力和燃气", "建筑业", "服务业"], [70, 18, 12]), killer_users=2240, killer_income=96.18,
        servers=536.00, pub_servers=64, capacity=3200.00, stored=2105.60, pub_data=212.40,
        models=188, model_users=964, microservices=842, developers=1380, edge_nodes=1260,
        registered=8420, served=6135, paid=2286, sme=5102,
        ent_inds=(["电力、热力和燃气", "建筑业", "机械", "服务业", "其他"], [30, 22, 18, 20, 10]),
        ent_regions=(["上海", "江苏", "浙江"], [91, 5, 4]),
        orders=(31460, 33092), trade_growth=13.38, subs=5288, killer_subs=2064, subs_amount=2236.75, dev_util=84.12,
        localization=92.30, factories=6, parks=18, solutions=21, cost_down=11.36, energy_down=8.42, safety_up=15.60,
        indices=3, patents=64, copyrights=41, awards=5, jobs=420, social=18.64, partners=9, listed=False,
        open_data="开放API接口94个；电力负荷与能效数据集3个；园区能耗指数服务2项",
        positioning="服务上海能源电力及用能企业的行业型工业互联网平台",
        listed_text="",
    )
    v = make(spec)
    # the 申报表 declares last year's R&D (2022) as 2023's: the audit's 2023 R&D is 2,793.41
    v = common(v)
    people(v, "陆晓东", "13901873526", "luxd@sgsh-demo.example.com", "钱思远", "13918264073", "陈建华", "数字化部主管")
    v.update(uscc="913100001322XXXX1B", founded="1996年12月", reg_addr="上海市浦东新区", ctype="有限责任公司（国有独资）",
             capital="2,860,000.00万元", business="电网建设运营与电力供应服务",
             co_fin=[21468320.55, 6214503.80, 4.86, 52.10, 412036.26, 268540.12])
    v["profit_y"] = {2021: 1402.37, 2022: 1688.15, 2023: 1974.32}
    audit_money(v, {2021: 2108.30, 2022: 2486.55, 2023: 2793.41}, 18)
    v["co_income"] = [("一、营业总收入", 62145038012.44, 59287113426.05), ("其中：营业收入", 62145038012.44, 59287113426.05),
                      ("二、营业总成本", 57862104433.18, 55410372016.66), ("研发费用", 386204511.70, 352118640.25),
                      ("三、利润总额", 4120362618.92, 3826401157.34)]
    v["auditor"] = "上海明诚会计师事务所（特殊普通合伙）"
    v["report_no"] = "明诚审字〔2024〕第1127号"
    hidden_n = 1480
    ev_maps(v, ("电工、电子设备", hidden_n))
    # the declared total counts the hidden row; the declared 二级分类 breakdown lists only the visible ones
    v["devices"] += hidden_n
    v["dev_reg"]["上海"] += hidden_n
    v["ev_dev_reg"]["上海"] = (v["dev_reg"]["上海"],) + v["ev_dev_reg"]["上海"][1:]
    v["ent_text"] = [("注册企业用户数", "注册企业用户数（个）", "8,420", 8420),
                     ("实际服务企业数", "实际服务企业数（个）", "6,135", 6135),
                     ("付费企业数", "付费企业数（个）", "2 286", 2286),
                     ("服务本市企业数量", "服务本市企业数量（个）", f"{v['local']:,}", v["local"]),
                     ("服务中小企业数量", "服务中小企业数量（个）", "5 102", 5102)]
    v["patents_list"] = items("配电设备状态感知相关专利-", 64, "发明专利", v["company"], dt.datetime(2017, 6, 1), "ZL2017{i:04d}5678.X")
    v["copyright_list"] = items("电力物联平台软件V", 41, "V2.0", v["company"], dt.datetime(2019, 2, 11), "2019SR{i:06d}")
    return dict(id="h51b_guowang_problems", v=v, variant="b")


def pkg_c() -> dict:
    spec = dict(
        seed=63, list_no=22, listed_name="面向钢铁行业的设备远程运维平台", company="宝武装备智能科技有限公司",
        declared_name="面向钢铁行业的设备远程运维平台", participated=True, short="宝武装备",
        nature="行业型工业互联网平台（钢铁设备运维）", venue="上海市宝山区同济路3521号智能运维中心二楼报告厅",
        url="https://eom.bwzb-demo.example.com", account="pj2024", password="Bw#2024eval",
        build_time="2018.09-2023.12", build_time_form="2018年9月至2023年12月", build_amount=10260.00,
        build_mode="自建", build_mode_form="☑自建  □合作共建", op_mode="自运营", op_mode_form="☑自运营  □联合运营  □委托运营",
        iaas_form="☑自建  □租用", deploy="边缘侧、私有云、混合云", deploy_form="☑边缘侧  ☑私有云  □公有云  ☑混合云",
        rev={2020: 11208.50, 2021: 12964.33, 2022: 14687.20, 2023: 16818.74}, rnd=2368.42, profit=2214.66,
        ops=236, oper=152, qualified=301,
        devices=48962, dev_cats=(["冶炼设备", "动力设备", "工程机械", "物流设备", "电力设备", "仪器仪表"], [36, 20, 14, 12, 10, 8]),
        dev_regions=(["上海", "江苏", "湖北", "广东", "新疆", "越南Vietnam"], [34, 22, 20, 12, 9, 3]),
        cloud_share=0.45, daily_share=0.86, protocols=152,
        apps=214, other_sw=41, app_cats=(["运维服务", "安全生产", "节能减排", "质量管控", "生产制造", "仓储物流"], [34, 18, 14, 14, 12, 8]),
        app_inds=(["黑色金属", "有色金属", "机械"], [74, 14, 12]), killer_users=1862, killer_income=168.27,
        servers=488.00, pub_servers=120, capacity=1600.00, stored=1086.00, pub_data=364.80,
        models=312, model_users=1206, microservices=1024, developers=2140, edge_nodes=860,
        registered=2860, served=1932, paid=1178, sme=1206,
        ent_inds=(["黑色金属", "有色金属", "机械", "建材"], [52, 18, 18, 12]),
        ent_regions=(["上海", "江苏", "湖北", "广东", "新疆"], [38, 22, 20, 12, 8]),
        orders=(26840, 28115), trade_growth=15.82, subs=4186, killer_subs=1642, subs_amount=2846.30, dev_util=81.40,
        localization=88.00, factories=5, parks=9, solutions=24, cost_down=16.25, energy_down=7.94, safety_up=18.30,
        indices=4, patents=52, copyrights=46, awards=7, jobs=560, social=19.88, partners=11, listed=False,
        open_data="开放API接口152个；设备故障样本库2个（约42万条）；钢铁设备健康指数服务4项",
        positioning="面向钢铁行业设备全生命周期远程运维的行业型工业互联网平台",
        listed_text="",
    )
    v = common(make(spec))
    people(v, "沈卫国", "13917730562", "shenwg@bwzb-demo.example.com", "许晨", "13962170845", "王立成", "平台运营部部长")
    v.update(uscc="91310113MA1GXXXX3K", founded="2017年8月", reg_addr="上海市宝山区", ctype="有限责任公司",
             capital="60,000.00万元", business="冶金装备智能运维、检修与备件服务",
             co_fin=[1286420.18, 842156.33, 9.74, 48.60, 46218.55, 21506.40])
    v["profit_y"] = {2021: 1603.28, 2022: 1880.45, 2023: 2214.66}
    audit_money(v, {2021: 1824.06, 2022: 2102.77, 2023: 2368.42}, 64)
    v["co_income"] = [("一、营业总收入", 8421563318.40, 7673204415.62), ("其中：营业收入", 8421563318.40, 7673204415.62),
                      ("二、营业总成本", 7962103326.51, 7288642107.93), ("研发费用", 286405112.36, 254118233.08),
                      ("三、利润总额", 462185506.27, 402236641.55)]
    v["auditor"] = "上海立衡会计师事务所（特殊普通合伙）"
    v["report_no"] = "立衡审字〔2024〕第0652号"
    ev_maps(v)
    v["ent_text"] = [("注册企业用户数", "注册企业用户数（个）", "2,860", 2860),
                     ("实际服务企业数", "实际服务企业数（个）", "1 932", 1932),
                     ("付费企业数", "付费企业数（个）", "１１７８", 1178),
                     ("服务本市企业数量", "服务本市企业数量（个）", str(v["local"]), v["local"]),
                     ("服务中小企业数量", "服务中小企业数量（个）", "1,206", 1206)]
    v["patents_list"] = items("冶金设备状态监测相关专利-", 52, "发明专利", v["company"], dt.datetime(2018, 3, 12), "ZL2018{i:04d}3321.7")
    # 46 rows, one hidden whose 权利人 is another company: the 合计 (COUNTA) counts it
    v["copyright_list"] = items("设备远程运维平台软件V", 46, "V3.0", v["company"], dt.datetime(2018, 11, 5), "2018SR{i:06d}",
                                hidden_owner="宝山钢铁股份有限公司")
    # declared 存储资源利用率 72.40 while 1,086.00 ÷ 1,600.00 = 67.88; declared 2023 growth 16.80 while (16818.74/14687.20-1) = 14.51
    v["growth_form"] = {2023: 16.80}
    return dict(id="h51c_baowu_problems", v=v, variant="c")


def pkg_d() -> dict:
    spec = dict(
        seed=64, list_no=30, listed_name="时尚消费品领域工业互联网平台", company="上海识装信息科技有限公司",
        declared_name="时尚消费品领域工业互联网平台", participated=False, short="识装",
        nature="行业型工业互联网平台（时尚消费品）", venue="上海市杨浦区政立路421号创智天地8号楼15层大会议室",
        url="https://fashion-iip.shizhuang-demo.example.com", account="eval_sz", password="Sz!eval2024",
        build_time="2020.05-2023.12", build_time_form="2020年5月至2023年12月", build_amount=7420.00,
        build_mode="合作共建，上海衣联数字科技有限公司", build_mode_form="□自建  ☑合作共建，合作企业名称（必填）：上海衣联数字科技有限公司",
        op_mode="联合运营", op_mode_form="□自运营  ☑联合运营  □委托运营",
        iaas_form="□自建  ☑租用，服务商名称（必填）：阿里云计算有限公司", deploy="公有云、混合云", deploy_form="□边缘侧  □私有云  ☑公有云  ☑混合云",
        rev={2020: 4865.30, 2021: 5960.72, 2022: 7128.46, 2023: 8574.19}, rnd=1462.08, profit=1048.36,
        ops=118, oper=134, qualified=146,
        devices=18426, dev_cats=(["轻工设备", "物流设备", "仪器仪表", "机器人"], [62, 20, 12, 6]),
        dev_regions=(["上海", "浙江", "江苏", "福建", "广东", "意大利Italy"], [18, 30, 20, 14, 15, 3]),
        cloud_share=0.88, daily_share=0.74, protocols=68,
        apps=146, other_sw=22, app_cats=(["生产制造", "质量管控", "供应链管理", "仓储物流", "研发设计"], [28, 24, 22, 16, 10]),
        app_inds=(["纺织", "轻工", "服务业"], [48, 40, 12]), killer_users=3120, killer_income=118.64,
        servers=286.00, pub_servers=242, capacity=1200.00, stored=846.60, pub_data=742.35,
        models=142, model_users=2380, microservices=596, developers=4180, edge_nodes=126,
        registered=9126, served=6874, paid=2746, sme=6210,
        ent_inds=(["纺织", "轻工", "服务业", "其他"], [42, 36, 14, 8]),
        ent_regions=(["上海", "浙江", "江苏", "福建", "广东"], [21, 30, 19, 14, 16]),
        orders=(182460, 196318), trade_growth=24.36, subs=12840, killer_subs=6412, subs_amount=4168.92, dev_util=72.86,
        localization=80.60, factories=2, parks=7, solutions=18, cost_down=12.48, energy_down=10.62, safety_up=8.74,
        indices=6, patents=27, copyrights=63, awards=3, jobs=1340, social=16.92, partners=16, carbon=False,
        open_data="开放API接口68个；时尚品类趋势数据集5个；鞋服品质检测标准数据服务3项",
        positioning="面向鞋服箱包等时尚消费品制造与供应链协同的行业型工业互联网平台",
        listed_text="公司已获得多轮VC/PE投资",
    )
    v = common(make(spec))
    people(v, "蒋佳怡", "13916684205", "jiangjy@shizhuang-demo.example.com", "林浩然", "13901942763", "杨冰", "供应链平台总监")
    v.update(uscc="91310110MA1G8XXXX2", founded="2015年7月", reg_addr="上海市杨浦区", ctype="有限责任公司",
             capital="12,500.00万元", business="时尚消费品交易、鉴别与供应链数字化服务",
             co_fin=[3864215.40, 2182460.18, 12.36, 44.80, 186420.33, 74216.08])
    v["profit_y"] = {2021: 702.45, 2022: 866.13, 2023: 1048.36}
    audit_money(v, {2021: 1036.52, 2022: 1218.90, 2023: 1462.08}, 27)
    v["co_income"] = [("一、营业总收入", 21824601843.27, 19420335126.48), ("其中：营业收入", 21824601843.27, 19420335126.48),
                      ("二、营业总成本", 19886420115.62, 17902116482.30), ("研发费用", 1024863317.25, 933402168.71),
                      ("三、利润总额", 1864203318.40, 1602144076.92)]
    v["auditor"] = "上海正信会计师事务所（特殊普通合伙）"
    v["report_no"] = "正信审字〔2024〕第2043号"
    ev_maps(v)
    v["ev_hidden_regions"] = ("江苏",)
    v["ent_text"] = [("注册企业用户数", "注册企业用户数（个）", "9,126", 9126),
                     ("实际服务企业数", "实际服务企业数（个）", "6 874", 6874),
                     ("付费企业数", "付费企业数（个）", "２７４６", 2746),
                     ("服务本市企业数量", "服务本市企业数量（个）", f"{v['local']:,}", v["local"]),
                     ("服务中小企业数量", "服务中小企业数量（个）", "6 210", 6210)]
    v["patents_list"] = items("鞋服品质智能检测相关专利-", 27, "发明专利", v["company"], dt.datetime(2020, 1, 6), "ZL2020{i:04d}7788.1")
    v["copyright_list"] = items("识装供应链协同平台软件V", 63, "V1.2", v["company"], dt.datetime(2019, 5, 20), "2019SR{i:06d}")
    # APP list: 146 rows on 公有云/私有云 (declared) + 18 rows 专有网 filtered out by the filter left on
    cats = list(v["app_cat"].keys())
    app_list = []
    for i in range(146):
        dep = "公有云" if i < v["pub_apps"] else "私有云"
        app_list.append((f"识装{cats[i % len(cats)]}应用{i + 1:03d}", cats[i % len(cats)], dep, 3 + (i * 7) % 40))
    for i in range(18):
        pos = 8 * i + 5
        app_list.insert(pos, (f"识装专有网部署应用{i + 1:02d}", cats[i % len(cats)], "专有网", 1 + i % 4))
    v["app_list"] = app_list
    return dict(id="h51d_shizhuang_problems", v=v, variant="d")


# ------------------------------------------------------------------ writing
def patch_row(rows, label, value, normalized):
    for i, r in enumerate(rows):
        if r["label"] == label:
            rows[i] = {"label": label, "value": value, "normalized": normalized}
            return
    raise KeyError(label)


def build_package(p: dict, out: Path) -> dict:
    v = p["v"]
    var = p["variant"]
    rows = summary_rows(v)
    files: dict[str, str] = {}
    facts: list[dict] = []
    problems: list[dict] = []
    pkg = out / "packages" / p["id"]
    secrets = [v["password"]]

    def add_facts(name, fs):
        for f in fs:
            f["file"] = name
            facts.append(f)

    if var == "a":
        names = dict(contact="申报材料/01 联系人信息反馈表.docx", form="申报材料/02 申报表.xlsx",
                     scan="申报材料/02 申报表（盖章扫描件）.pdf", narr="申报材料/03 申报书.docx",
                     summary="申报材料/04 平台基本情况汇总表.xlsx", promise="申报材料/05 真实性承诺（盖章）.pdf",
                     audit="证明材料/附件1 2023年度审计报告.pdf", revenue="证明材料/附件2 平台收入明细表.xlsx",
                     device="证明材料/附件3 平台接入设备统计表.xlsx", ent="证明材料/附件4 服务企业统计表.xlsx",
                     ip="证明材料/附件5 知识产权清单.xlsx", shot="证明材料/附件6 平台运营大屏截图.png")
    elif var == "b":
        names = dict(contact="国网上海电力_联系人信息反馈表.xlsx", form="国网上海电力_附件2申报表.xlsx",
                     scan="国网上海电力_附件2申报表_盖章版.pdf", narr="国网上海电力_附件3申报书.docx",
                     summary="国网上海电力_附件4汇总表.xlsx", promise="国网上海电力_附件5真实性承诺.docx",
                     audit="国网上海电力_证明材料/01_审计报告2023.pdf", device="国网上海电力_证明材料/02_接入设备统计.xlsx",
                     ent="国网上海电力_证明材料/03_服务企业统计.xlsx", ip="国网上海电力_证明材料/04_专利软著清单.xlsx",
                     shot="国网上海电力_证明材料/05_平台驾驶舱截图.png")
    elif var == "c":
        names = dict(contact="1-申报表/联系人信息反馈表.docx", form="1-申报表/附件2 申报表（宝武装备）.xlsx",
                     narr="2-申报书/附件3 申报书（宝武装备）.docx", summary="1-申报表/附件4 汇总表.xlsx",
                     promise="3-承诺/附件5 真实性承诺.pdf", audit="4-证明材料/1.审计报告.pdf",
                     device="4-证明材料/2.设备接入统计（系统导出）.xlsx", ent="4-证明材料/3.服务企业统计.xlsx",
                     ip="4-证明材料/4.知识产权清单.xlsx", shot="4-证明材料/5.平台首页截图.png")
    else:
        names = dict(contact="01_联系人信息反馈表.xlsx", form="02_申报表.xlsx", narr="03_申报书.docx",
                     summary="04_汇总表（横版）.xlsx", promise="05_真实性承诺.docx", audit="附件/A1_审计报告.pdf",
                     device="附件/A2_设备接入统计.xlsx", ent="附件/A3_服务企业统计.xlsx", ip="附件/A4_知识产权清单.xlsx",
                     app="附件/A5_工业APP清单.xlsx", shot="附件/A6_运营数据看板.png")

    # ---- declared-value changes of the problem packages (what the 申报表 says)
    form_opt: dict = {}
    if var == "a":
        form_opt = dict(pct={"平台相关研发投入强度（%）", "平台利润率（%）", "付费用户占比（%）", "存储资源利用率（%）"},
                        textnum={"平台服务园区总数（个）": "１１", "付费企业数（个）": "1,204", "开发者注册总数（个）": "2 960"},
                        hidden_col={"平台团队总人数（人）": 205, "连接的工业设备/产品/产线种类及数量（台/套）": 21930,
                                    "注册企业用户数（个）": 4410, "工业APP数量（个）": 131},
                        comments={"连接的工业设备/产品/产线种类及数量（台/套）": "含私有化部署设备，详见附件3",
                                  "平台相关营业收入（万元）": "取自审计报告附注十二"},
                        hidden_sheets={"2022年度数据（存档）": dict(state="veryHidden", rows=[
                            ["2022年度内部统计（存档，已作废，不作本次申报）"], ["平台相关营业收入（万元）", v["rev"][2022]],
                            ["平台相关研发投入（万元）", 1451.09], ["连接的工业设备/产品/产线种类及数量（台/套）", 19842],
                            ["注册企业用户数（个）", 3960]])})
    elif var == "b":
        visible = {k: n for k, n in v["dev_cat"].items()}
        patch_row(rows, "按二级分类统计工业设备数量（台/套）", fmt_bd(visible), visible)
        form_opt = dict(formulas=True, textnum={"服务中小企业数量（个）": "5,102"},
                        hidden_col={"平台相关研发投入（万元）": 2486.55, "平台团队总人数（人）": 296,
                                    "连接的工业设备/产品/产线种类及数量（台/套）": 55310},
                        comments={"平台相关研发投入（万元）": "按财务口径填报"},
                        hidden_sheets={"2023年度申报（上年）": dict(state="hidden", rows=[
                            ["2023年度申报表数据（上年度评价使用）"], ["平台相关营业收入（万元）", v["rev"][2022]],
                            ["平台相关研发投入（万元）", 2486.55], ["平台团队总人数（人）", 296],
                            ["连接的工业设备/产品/产线种类及数量（台/套）", 55310]])})
        problems += [
            dict(id="h51b-01", family="breakdown_sum", severity="error",
                 fields=["按二级分类统计工业设备数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"],
                 files=[names["form"], names["device"]],
                 description=(f"按二级分类统计工业设备数量 sums to {sum(visible.values()):,} (电力设备+仪器仪表+动力设备+建材设备, the rows "
                              f"visible in 02_接入设备统计.xlsx) but 连接的工业设备数量 is {v['devices']:,}: the 合计 =SUM(B4:B8) of the device "
                              "workbook also counts a hidden row 「电工、电子设备 1,480」 that the declared breakdown leaves out.")),
            dict(id="h51b-02", family="declared_vs_evidence", severity="error", fields=["平台相关研发投入（万元）"],
                 files=[names["form"], names["audit"]],
                 description=("平台相关研发投入 declared 2486.55万元 — the figure of the form's hidden sheet 「2023年度申报（上年）」 and the "
                              "audit note's 2022年度 column — while the audit report's 平台业务主要财务数据 gives 2023年度 平台研发投入 "
                              "27,934,121.37元 (2793.41万元).")),
        ]
    elif var == "c":
        patch_row(rows, "存储资源利用率（%）", "72.40", 72.40)
        g = {**v["growth"], **v["growth_form"]}
        near = "；".join(f"{y}年平台营收{v['rev'][y]:.2f}万元/增长率{g[y]:.2f}%" for y in (2021, 2022, 2023))
        nn = {}
        for y in (2021, 2022, 2023):
            nn[f"{y}年平台营收（万元）"] = v["rev"][y]
            nn[f"{y}年增长率（%）"] = g[y]
        patch_row(rows, "平台近三年经营指标情况", near, nn)
        form_opt = dict(split=True, pct={"存储资源利用率（%）", "平台利润率（%）", "平台交易规模年增长率（%）"},
                        textnum={"实际服务企业数（个）": "1 932", "付费企业数（个）": "１１７８"},
                        comments={"平台核心软硬件技术获得的软著数量（个）": "清单见附件4，第2张工作表"})
        problems += [
            dict(id="h51c-01", family="count_vs_list", severity="error", fields=["平台核心软硬件技术获得的软著数量（个）"],
                 files=[names["form"], names["ip"]],
                 description=("软著 declared 46 = the 合计 =COUNTA(B5:B50) of 4.知识产权清单.xlsx's 软件著作权清单, which counts a hidden row "
                              "(序号24) whose 权利人 is 宝山钢铁股份有限公司; only 45 visible rows belong to the applicant, and the notice "
                              "requires 软著权属与平台所属公司保持一致.")),
            dict(id="h51c-02", family="formula", severity="error", fields=["存储资源利用率（%）", "存储工业数据量（TB）", "存储容量（TB）"],
                 files=[names["form"]],
                 description="存储资源利用率 declared 72.40% while 存储工业数据量 1086.00 ÷ 存储容量 1600.00 × 100% = 67.88%."),
            dict(id="h51c-03", family="growth_rate", severity="error", fields=["平台近三年经营指标情况"],
                 files=[names["form"]],
                 description=f"2023年增长率 declared 16.80% while (16818.74 ÷ 14687.20 − 1) × 100% = {v['growth'][2023]:.2f}%."),
        ]
    else:
        visible_regs = {k: n for k, n in v["ent_reg"].items() if k != "江苏"}
        patch_row(rows, "按省市区域统计服务企业数（个）", fmt_bd(visible_regs), visible_regs)
        form_opt = dict(pct={"付费用户占比（%）"}, textnum={"注册企业用户数（个）": "9,126", "微服务数量（个）": "596"},
                        comments={"按省市区域统计服务企业数（个）": "按附件A3区域统计表填写"})
        problems += [
            dict(id="h51d-01", family="breakdown_sum", severity="error",
                 fields=["按省市区域统计服务企业数（个）", "实际服务企业数（个）"], files=[names["form"], names["ent"]],
                 description=(f"按省市区域统计服务企业数 sums to {sum(visible_regs.values()):,} while 实际服务企业数 is {v['served']:,}: "
                              f"the region table of A3_服务企业统计.xlsx has a hidden column 江苏 {v['ent_reg']['江苏']:,} (its 区域合计 "
                              "=SUM counts it) that the declared breakdown leaves out.")),
            dict(id="h51d-02", family="count_vs_list", severity="error", fields=["工业APP数量（个）"],
                 files=[names["form"], names["app"]],
                 description=(f"工业APP数量 declared 146 = the rows left visible by the filter on 部署方式 in A5_工业APP清单.xlsx; the "
                              f"list's 合计 (=COUNTA) is {len(v['app_list'])}, including 18 专有网-deployed APPs with users that the notice "
                              "counts (公有云、私有云、专有网部署的工业APP).")),
            dict(id="h51d-03", family="summary_vs_form", severity="error", fields=["注册企业用户数（个）"],
                 files=[names["summary"], names["form"]],
                 description=("the horizontal 汇总表's 注册企业用户数 cell is the formula ='Sheet1 (2)'!B71 (a hidden old copy) whose cached "
                              "value is 8,460, while the 申报表 declares 9,126.")),
        ]

    # ---- 申报表
    form.write_form_xlsx(pkg / names["form"], v, rows, form_opt)
    files[names["form"]] = "申报表"
    if "scan" in names:
        # seal on the cover and on the last page
        pages = form.form_scan_pages(v, rows)
        scan_pdf(pkg / names["scan"], pages, v["short"], v["company"], {0, len(pages) - 1}, v["seed"] + 100)
        files[names["scan"]] = "申报表扫描件"
    # ---- 联系人表, 申报书, 承诺
    form.write_contact(pkg / names["contact"], v)
    files[names["contact"]] = "联系人表"
    annex = [f"附件{i}：{Path(names[k]).name}" for i, k in enumerate(
        [k for k in ("audit", "revenue", "device", "ent", "ip", "app", "shot") if k in names], start=1)]
    form.write_narrative(pkg / names["narr"], v, rows, v["participated"], annex)
    files[names["narr"]] = "申报书"
    if names["promise"].endswith(".pdf"):
        scan_pdf(pkg / names["promise"], form.commitment_pages(v), "真实性承诺", v["company"], {0}, v["seed"] + 200)
    else:
        form.write_commitment_docx(pkg / names["promise"], v)
    files[names["promise"]] = "承诺"
    # ---- 汇总表
    sopt: dict = {}
    labels = [r["label"] for r in rows]
    if var == "a":
        sopt = dict(formulas={
            "平台团队总人数（人）": (lambda p: f"=SUM({p['运维人数（人）']},{p['运营人数（人）']})", v["team"]),
            "平台相关研发投入强度（%）": (lambda p: f"=ROUND({p['平台相关研发投入（万元）']}/{p['平台相关营业收入（万元）']}*100,2)", v["rnd_int"])},
            extra_sheets={"Sheet1 (2)": dict(state="hidden", rows=[["附件4 平台基本情况汇总表（旧版草稿，已作废）"],
                                                                    ["平台团队总人数（人）", 205], ["注册企业用户数（个）", 4410]])})
    elif var == "b":
        wrong_ops = 184
        sopt = dict(override={"运维人数（人）": wrong_ops}, formulas={
            "平台团队总人数（人）": (lambda p: f"=SUM({p['运维人数（人）']},{p['运营人数（人）']})", wrong_ops + v["oper"]),
            "平台相关研发投入强度（%）": (lambda p: f"=ROUND({p['平台相关研发投入（万元）']}/{p['平台相关营业收入（万元）']}*100,2)", v["rnd_int"])})
        problems.append(dict(id="h51b-03", family="summary_vs_form", severity="error",
                             fields=["运维人数（人）", "平台团队总人数（人）"], files=[names["summary"], names["form"]],
                             description=(f"汇总表 运维人数 184 and 平台团队总人数 =SUM(...) with cached value {wrong_ops + v['oper']} while the "
                                          f"申报表 declares 运维 {v['ops']} and 平台团队总人数 {v['team']}.")))
    elif var == "c":
        sopt = dict(formulas={
            "平台团队总人数（人）": (lambda p: f"=SUM({p['运维人数（人）']},{p['运营人数（人）']})", None),
            "平台相关研发投入强度（%）": (lambda p: f"=ROUND({p['平台相关研发投入（万元）']}/{p['平台相关营业收入（万元）']}*100,2)", None)})
    else:
        old_row = 2 + labels.index("注册企业用户数（个）")
        assert old_row == 71
        old = [["附件4 平台基本情况汇总表"]] + [[r["label"], r["value"]] for r in rows]
        old[labels.index("注册企业用户数（个）") + 1][1] = 8460
        old[labels.index("实际服务企业数（个）") + 1][1] = 6022
        sopt = dict(horizontal=True, title="汇总表", formulas={
            "注册企业用户数（个）": (lambda p: "='Sheet1 (2)'!B71", 8460)},
            extra_sheets={"Sheet1 (2)": dict(state="hidden", rows=old)})
    formulas = sopt.pop("formulas", {})
    sopt["formulas"] = {k: (f, c) for k, (f, c) in formulas.items()}
    _write_summary(pkg / names["summary"], v, rows, sopt)
    files[names["summary"]] = "汇总表"
    # ---- evidence
    add_facts(names["audit"], ev.audit_pdf(pkg / names["audit"], v, "万元" if var in ("a", "c") else "元"))
    files[names["audit"]] = "evidence:audit_report"
    if "revenue" in names:
        add_facts(names["revenue"], ev.revenue_xlsx(pkg / names["revenue"], v))
        files[names["revenue"]] = "evidence:other"
    dv = {"a": "clean", "b": "hidden_row", "c": "nocache", "d": "plain"}[var]
    add_facts(names["device"], ev.device_xlsx(pkg / names["device"], v, dv))
    files[names["device"]] = "evidence:device_list"
    add_facts(names["ent"], ev.enterprise_xlsx(pkg / names["ent"], v, "clean" if var == "a" else var))
    files[names["ent"]] = "evidence:other"
    ipf = ev.ip_xlsx(pkg / names["ip"], v, "clean" if var == "a" else var)
    if var == "c":  # the printed 软著 合计 counts a hidden row of another owner: not a proof of 46
        ipf = [f for f in ipf if "软著" not in f["label"]]
    add_facts(names["ip"], ipf)
    files[names["ip"]] = "evidence:patent_list"
    if "app" in names:
        add_facts(names["app"], ev.app_xlsx(pkg / names["app"], v))
        files[names["app"]] = "evidence:other"
    cards = [("接入设备（台/套）", f"{v['devices']:,}", "连接的工业设备/产品/产线种类及数量（台/套）", v["devices"]),
             ("微服务（个）", f"{v['microservices']:,}", "微服务数量（个）", v["microservices"]),
             ("注册开发者（个）", f"{v['developers']:,}", "开发者注册总数（个）", v["developers"]),
             ("机理模型（个）", f"{v['models']:,}", "工业机理模型数量（个）", v["models"]),
             ("服务企业（家）", f"{v['served']:,}", "实际服务企业数（个）", v["served"])]
    if var != "d":
        cards.append(("工业APP（个）", f"{v['apps']:,}", "工业APP数量（个）", v["apps"]))
    else:
        cards.append(("平台订单（近一年）", f"{v['orders'][1]:,}", "平台订单数量(近一年总量)（个）", None))
    shot = ev.dashboard_png(pkg / names["shot"], v, cards)
    add_facts(names["shot"], [f for f in shot if f["normalized"] is not None])
    files[names["shot"]] = "evidence:screenshot"

    layout = {"a": ["folder:申报材料+证明材料", "form:xlsx+stamped_scan", "form:hidden_column", "form:very_hidden_sheet",
                    "form:percent_format", "form:text_numbers(full-width)", "form:cell_comments", "summary:xlsx-vertical",
                    "summary:formulas-cached", "summary:hidden_old_copy(Sheet1 (2))", "commitment:scan", "audit:text_pdf(万元 note)",
                    "revenue:merged_two_row_header+合计_above+万元_format", "devices:合计_above+hidden_old_column+filter_on",
                    "enterprises:text_numbers", "ip:xlsx_date_serials+COUNTA", "screenshot:png"],
              "b": ["flat_prefixed_names", "form:xlsx+stamped_scan", "form:formulas-cached", "form:hidden_sheet(last_year)",
                    "form:hidden_column", "summary:xlsx-vertical", "summary:formulas-cached", "commitment:docx", "contact:xlsx",
                    "audit:text_pdf(元 note)", "devices:hidden_row_in_SUM", "enterprises:text_numbers", "ip:xlsx", "screenshot:png"],
              "c": ["numbered_folders", "form:xlsx-only", "form:明细表_two_sheets", "form:percent_format", "form:text_numbers(full-width)",
                    "summary:xlsx-vertical", "summary:formulas_without_cached_values", "commitment:scan", "audit:text_pdf(万元 note)",
                    "devices:formulas_without_cached_values", "ip:hidden_row_counted", "enterprises:text_numbers", "screenshot:png"],
              "d": ["folder:附件", "form:xlsx-only", "form:text_numbers", "summary:xlsx-horizontal",
                    "summary:formula_to_hidden_Sheet1 (2)", "commitment:docx", "contact:xlsx", "audit:text_pdf(元 note)",
                    "enterprises:hidden_region_column", "apps:filter_left_on", "ip:xlsx", "screenshot:png", "cooperative_build+IaaS租用"]}[var]
    desc = {"a": "序号6 联影医疗，干净包：申报表XLSX（隐藏旧值列、very hidden 存档工作表、百分比格式、全角/带空格文本数字、批注）+盖章扫描件；"
                 "纵向汇总表含带缓存值的公式和隐藏的「Sheet1 (2)」旧稿；收入明细两行合并表头、合计行在上；设备表合计在上、隐藏旧口径列、筛选未隐藏行。",
            "b": "序号13 国网上海电力（2023参评），3个问题：设备表隐藏行被SUM计入而分类不含；研发投入填了隐藏上年工作表的数；汇总表运维人数及SUM公式缓存值与申报表不一致。",
            "c": "序号22 宝武装备（2023参评），3个问题：指标明细表分两张工作表；设备统计与汇总表公式无缓存值；软著清单合计计入隐藏的他人权属行；存储资源利用率公式不符；2023年增长率不符。",
            "d": "序号30 识装（未参评），3个问题：横向汇总表注册企业用户数公式指向隐藏的旧稿「Sheet1 (2)」；服务企业区域表隐藏江苏列致区域分项不等于实际服务企业数；APP清单筛选隐藏专有网APP致申报数少于清单合计。"}[var]
    truth = dict(schema_version=1, package_id=p["id"], description=desc, path=f"{REL}/{p['id']}", delivery="folder",
                 platform=dict(list_no=v["list_no"], listed_name=v["listed_name"], company=v["company"],
                               declared_name=v["declared_name"], participated_2023=v["participated"]),
                 layout=layout, files=dict(sorted(files.items())), secrets=secrets, summary_rows=rows,
                 evidence_facts=facts, problems=problems)
    return truth


def _write_summary(path, v, rows, sopt):
    from office import save_xlsx  # noqa: F401  (summary writer handles caching; None = no cached value)
    formulas = sopt.pop("formulas")
    cached_ok = {k: (f, c) for k, (f, c) in formulas.items() if c is not None}
    uncached = {k: f for k, (f, c) in formulas.items() if c is None}
    sopt["formulas"] = cached_ok
    sopt["uncached"] = uncached
    form.write_summary_xlsx(path, v, rows, sopt)


PACKAGES = (pkg_a, pkg_b, pkg_c, pkg_d)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(HERE))
    args = ap.parse_args(argv)
    out = Path(args.out)
    (out / "truth").mkdir(parents=True, exist_ok=True)
    for fn in PACKAGES:
        p = fn()
        truth = build_package(p, out)
        (out / "truth" / f"{p['id']}.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(p["id"], len(truth["files"]), "files", len(truth["evidence_facts"]), "facts", len(truth["problems"]), "problems")


if __name__ == "__main__":
    main()
