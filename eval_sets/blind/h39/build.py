"""Build blind set h39 (every proof a Word document): packages/<id>/… and truth/<id>.json.

    /work/main/.venv/bin/python eval_sets/blind/h39/build.py [--out DIR]
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))

from eval_sets.generator.fonts import pil_font  # noqa: E402
from eval_sets.truth import PackageTruth, dump_truth  # noqa: E402

import docs  # noqa: E402
import evidence  # noqa: E402
from model import rows as summary_rows, synth  # noqa: E402
from wordkit import seal_png  # noqa: E402

REPO_REL = "eval_sets/blind/h39"


def base_primary(**kw) -> dict:
    p = dict(
        ops=0, oper=0, qualified=0, rd=0.0, profit=0.0, build_amount=0.0, rev={},
        protocols=0, software=0, apps_dev=0, apps_cloud=0, app_mau=0, killer_dau=0, killer_hits=0,
        killer_income=0.0, pub_apps=0, pub_app_active=0, cloud_servers=0.0, pub_servers=0, cap_tb=0.0,
        data_tb=0.0, pub_tb=0.0, models=0, models_active=0, model_users=0, ms=0, ms_active=0, devs=0,
        devs_active=0, registered=0, served=0, served_local=0, paid=0, sme=0, orders=(0, 0), trade_growth=0.0,
        subs=0, killer_subs=0, subs_amount=0.0, domestic=0.0, smart_factories=0, parks=0, solutions=0,
        om_down=0.0, energy_down=0.0, safety_up=0.0, indices=0, patents=0, copyrights=0, awards=0, jobs=0,
        social=0.0, partners=0, edge_nodes=0, vcpu=0, listed=("否", ""), carbon=("是",), ident_res=("是",),
        app_cat_w=[3, 4, 5, 3, 2, 6, 4, 2, 8], model_w=[3, 1, 4, 2], sol_w=[3, 1, 2, 3, 1, 2],
    )
    p.update(kw)
    return p


PACKAGES = [
    dict(
        id="h39_p1_huaxing_clean", no=15, listed_name="华兴数字易维讯工程机械工业互联网平台",
        company="上海华兴数字科技有限公司", p2023=False, short="华兴数字", code="HXSZ",
        industry="工程机械", nature="行业型工业互联网平台", font="宋体",
        contact="沈立群", phone="13917628450", email="shenlq@huaxing-digital.example.com", title="平台运营总监",
        contact2="顾海燕", phone2="13962183307", email2="guhy@huaxing-digital.example.com", title2="平台产品经理",
        legal="陆建华", venue="上海市闵行区莘庄工业区春东路508号2号楼5楼会议室",
        url="https://ewx.huaxing-digital.example.com", account="sheitc_eval", password="Hx@Eval2024",
        period="2019.04-2023.12", period_cn="2019年4月至2023年12月", build_mode="自建", op_mode="自运营",
        iaas="☑ 租用，服务商名称（必填）：阿里云计算有限公司", deploy="边缘侧、公有云、混合云",
        founded_cn="2017年3月", business="工程机械物联网、远程运维与后市场数字化服务",
        primary=base_primary(
            rev={2020: 2310.40, 2021: 2786.15, 2022: 3302.68, 2023: 3968.52}, rd=712.36, profit=486.91,
            build_amount=3650.00, ops=58, oper=34, qualified=71,
            dev_total=38640, pub_total=30120, run_total=21408,
            dev_cats=["工程机械", "动力设备", "物流设备", "机床", "其他"], dev_cat_w=[62, 14, 11, 8, 5],
            dev_regs=["上海", "江苏", "浙江", "安徽", "山东", "广东", "四川", "印度尼西亚Indonesia", "马来西亚Malaysia"],
            dev_reg_w=[21, 18, 14, 9, 12, 8, 9, 5, 4],
            protocols=126, software=241, apps_dev=148, apps_cloud=57, app_mau=162, killer_dau=1834,
            killer_hits=20460, killer_income=31.48, pub_apps=168, pub_app_active=96,
            industries=["机械", "建筑业", "采矿", "汽车", "其他"], ind_w=[38, 27, 16, 11, 8],
            cloud_servers=146.50, pub_servers=112, cap_tb=620.00, data_tb=384.37, pub_tb=296.18,
            models=214, models_active=118, model_users=436, speed="秒级（每TB工况数据聚合分析约5秒）",
            ms=762, ms_active=421, devs=5860, devs_active=1322, registered=3184, served=2136, served_local=864,
            ent_regs=["江苏", "浙江", "安徽", "山东", "广东", "四川"], ent_reg_w=[24, 19, 12, 16, 15, 14],
            paid=812, sme=1690, orders=(15420, 16258), trade_growth=18.62, subs=6830, killer_subs=3105,
            subs_amount=1486.30, domestic=88.40, smart_factories=4, parks=7, solutions=24,
            om_down=17.85, energy_down=8.64, safety_up=19.30, indices=3, patents=26, copyrights=31, awards=5,
            jobs=268, social=21.47, partners=6, edge_nodes=142, vcpu=3200,
            open_data="开放API接口118个、工程机械工况数据集4个、设备故障知识库1个（约2.1万条）"),
        served_tracked=("2,086", "2,136"),
        problems=[],
    ),
    dict(
        id="h39_p2_onepower_problems", no=21, listed_name="中国移动 OnePower 工业互联网平台",
        company="中移（上海）信息通信科技有限公司", p2023=True, short="中移上研", code="CMSR",
        industry="电子信息与装备制造", nature="跨行业跨领域工业互联网平台", font="微软雅黑",
        contact="钱思远", phone="13918820736", email="qiansy@cmsr.example.com", title="行业解决方案部经理",
        contact2="邵佳琪", phone2="13901946215", email2="shaojq@cmsr.example.com", title2="平台运营主管",
        legal="王志清", venue="上海市浦东新区金科路4833号中移上研院3号楼6楼多功能厅",
        url="https://onepower.cmsr.example.com", account="eval2024", password="OnePwr#0715",
        period="2020.06-2023.12", period_cn="2020年6月至2023年12月", build_mode="自建", op_mode="自运营",
        iaas="☑ 自建", deploy="边缘侧、私有云、公有云、混合云",
        founded_cn="2017年12月", business="5G+工业互联网平台、行业数字化解决方案与信息通信技术服务",
        primary=base_primary(
            rev={2020: 9420.36, 2021: 12864.20, 2022: 16208.75, 2023: 20432.18}, rd=4126.55, profit=2284.32,
            build_amount=18600.00, ops=214, oper=132, qualified=287,
            dev_total=52460, pub_total=36280, run_total=25120,
            dev_cats=["电工、电子设备", "机器人", "机床", "电力设备", "仪器仪表", "物流设备"], dev_cat_w=[30, 18, 16, 14, 12, 10],
            dev_regs=["上海", "江苏", "浙江", "广东", "湖北", "重庆", "宁波", "泰国Thailand"], dev_reg_w=[26, 20, 15, 13, 9, 8, 6, 3],
            protocols=312, software=688, apps_dev=402, apps_cloud=176, app_mau=431, killer_dau=6420,
            killer_hits=81260, killer_income=118.64, pub_apps=446, pub_app_active=238,
            industries=["电子", "机械", "汽车", "黑色金属", "石化化工", "其他"], ind_w=[30, 22, 17, 12, 11, 8],
            cloud_servers=1286.00, pub_servers=842, cap_tb=4200.00, data_tb=2738.40, pub_tb=1906.25,
            models=538, models_active=297, model_users=1862, speed="毫秒级（每TB数据检索分析约650毫秒）",
            ms=2460, ms_active=1382, devs=18640, devs_active=4718, registered=7620, served=5284, served_local=2106,
            ent_regs=["江苏", "浙江", "广东", "湖北", "重庆", "宁波"], ent_reg_w=[28, 22, 18, 12, 11, 9],
            paid=2196, sme=4312, orders=(42860, 45318), trade_growth=24.36, subs=18450, killer_subs=7324,
            subs_amount=6248.90, domestic=92.60, smart_factories=11, parks=18, solutions=62,
            om_down=21.40, energy_down=11.26, safety_up=24.80, indices=6, patents=64, copyrights=46, awards=8,
            jobs=736, social=26.18, partners=14, edge_nodes=486, vcpu=26800,
            open_data="开放API接口356个、5G专网运行数据集6个、模型组件148个"),
        # evidence: device table total 48,620 (电工、电子设备 and 上海 rows each 3,840 lower than the form)
        ev_dev_delta=("电工、电子设备", "上海", -3840),
        served_tracked=("5,284", "4,926"),
        soft_listed=42,
        problems=[
            dict(family="declared_vs_evidence", severity="error",
                 fields=["连接的工业设备/产品/产线种类及数量（台/套）", "按二级分类统计工业设备数量（台/套）"],
                 files=["申报文件/附件2 申报表.docx", "证明材料/附件3-2 平台接入设备统计表.docx"],
                 description="申报表填报连接的工业设备总数 52,460 台/套（电工、电子设备 15,738），而《平台接入设备统计表》表1 合计为 48,620 台/套（电工、电子设备 11,898）；表2 按区域合计同为 48,620（上海 9,800 vs 申报 13,640）"),
            dict(family="count_vs_list", severity="error", fields=["平台核心软硬件技术获得的软著数量（个）"],
                 files=["申报文件/附件2 申报表.docx", "证明材料/附件3-3 知识产权清单.docx"],
                 description="申报表填报软著数量 46 个，知识产权清单“计算机软件著作权登记清单”（Word 自动编号，序号不在文字中）只列出 42 行，文末“以上共计42项”"),
            dict(family="declared_vs_evidence", severity="warning", fields=["实际服务企业数（个）"],
                 files=["申报文件/附件2 申报表.docx", "证明材料/附件3-4 平台运营数据证明.docx"],
                 description="运营数据证明中实际服务企业数留有修订痕迹：删除“5,284”、插入“4,926”，接受修订后证明为 4,926 家，与申报表 5,284 不一致"),
        ],
    ),
    dict(
        id="h39_p3_huayi_problems", no=1, listed_name="化工行业工业互联网平台",
        company="上海华谊集团股份有限公司", p2023=True, short="华谊集团", code="HUAYI",
        industry="化工", nature="行业型工业互联网平台", font="宋体",
        contact="林德铭", phone="13901772586", email="linDM@huayi-group.example.com", title="数字化部副总经理",
        contact2="冯晓蕾", phone2="13816649023", email2="fengxl@huayi-group.example.com", title2="平台运营经理",
        legal="顾立新", venue="上海市徐汇区常熟路560号华谊大厦12楼第二会议室",
        url="https://chemiip.huayi-group.example.com", account="sheitc2024", password="Hy!Chem2024",
        period="2018.09-2023.12", period_cn="2018年9月至2023年12月", build_mode="自建", op_mode="联合运营",
        iaas="☑ 租用，服务商名称（必填）：华为云计算技术有限公司", deploy="私有云、混合云",
        founded_cn="1997年6月", business="能源化工、绿色化工、先进材料、精细化工及化工服务",
        primary=base_primary(
            rev={2020: 4586.20, 2021: 5318.46, 2022: 6024.73, 2023: 7035.18}, rd=1168.24, profit=842.65,
            build_amount=8200.00, ops=96, oper=48, qualified=118,
            dev_total=26850, pub_total=9420, run_total=7136,
            dev_cats=["化工设备", "动力设备", "仪器仪表", "电力设备", "物流设备"], dev_cat_w=[41, 22, 18, 11, 8],
            dev_regs=["上海", "江苏", "浙江", "安徽", "广西", "重庆", "新加坡Singapore"], dev_reg_w=[42, 17, 12, 9, 9, 8, 3],
            protocols=168, software=312, apps_dev=164, apps_cloud=98, app_mau=198, killer_dau=1248,
            killer_hits=15630, killer_income=46.82, pub_apps=118, pub_app_active=64,
            industries=["石化化工", "医药", "轻工", "建材", "其他"], ind_w=[52, 16, 14, 10, 8],
            cloud_servers=368.00, pub_servers=96, cap_tb=1500.00, data_tb=822.60, pub_tb=186.45,
            models=326, models_active=172, model_users=684, speed="秒级（每TB工艺数据分析约6秒）",
            ms=1054, ms_active=586, devs=4260, devs_active=918, registered=1842, served=1236, served_local=512,
            ent_regs=["江苏", "浙江", "安徽", "广西", "重庆"], ent_reg_w=[30, 24, 18, 15, 13],
            paid=468, sme=902, orders=(9860, 10472), trade_growth=14.28, subs=3964, killer_subs=1652,
            subs_amount=1872.40, domestic=84.20, smart_factories=6, parks=9, solutions=30,
            om_down=16.20, energy_down=10.35, safety_up=22.60, indices=5, patents=38, copyrights=44, awards=9,
            jobs=312, social=19.86, partners=9, edge_nodes=208, vcpu=6400,
            listed=("是", "上海证券交易所主板上市（股票代码600623）"),
            open_data="开放API接口164个、化工工艺数据集5个、危化品安全知识库1个"),
        ev_rev23=6435.18,
        served_tracked=("1,263", "1,236"),
        storage_util_declared=58.84,
        awards_listed=7,
        drop_section7=True,
        problems=[
            dict(family="declared_vs_evidence", severity="error",
                 fields=["平台相关营业收入（万元）", "平台近三年经营指标情况"],
                 files=["附件2-申报表（华谊集团）.docx", "附件3-证明材料/3.1 平台经营情况专项说明.docx"],
                 description="申报表平台相关营业收入（及近三年经营指标2023年平台营收）填 7,035.18 万元，财务管理部《专项说明》正文和表格中2023年度平台相关营业收入为 6,435.18 万元"),
            dict(family="formula", severity="error", fields=["存储资源利用率（%）", "存储工业数据量（TB）", "存储容量（TB）"],
                 files=["附件2-申报表（华谊集团）.docx"],
                 description="存储资源利用率填 58.84%，按填报指引 822.60 ÷ 1500.00 × 100% 应为 54.84%"),
            dict(family="count_vs_list", severity="error", fields=["平台获得省部级及以上奖项/荣誉数量（个）"],
                 files=["附件2-申报表（华谊集团）.docx", "附件3-证明材料/3.5 荣誉清单.docx"],
                 description="申报表填报省部级及以上奖项/荣誉 9 个，荣誉清单仅列 7 项（合计：7项）"),
            dict(family="section7", severity="error", fields=["七、平台相较上年度对比情况"],
                 files=["附件3-申报书（华谊集团）.docx"],
                 description="序号1 在附件6中2023年度参评为“是”，申报书缺少必填的“七、平台相较上年度对比情况”"),
        ],
    ),
    dict(
        id="h39_p4_guangming_problems", no=31, listed_name="光明乳业工业互联网平台",
        company="光明乳业股份有限公司", p2023=False, short="光明乳业", code="BRIGHT",
        industry="乳制品", nature="行业型工业互联网平台", font="仿宋",
        contact="褚文静", phone="13764201985", email="chuwj@brightdairy.example.com", title="信息中心主任",
        contact2="符俊杰", phone2="13661835472", email2="fujj@brightdairy.example.com", title2="平台架构师",
        legal="黄黎明", venue="上海市闵行区吴中路578号光明乳业研究院4楼会议室",
        url="https://iip.brightdairy.example.com", account="review2024", password="Bd$Milk0716",
        period="2020.01-2023.12", period_cn="2020年1月至2023年12月", build_mode="自建", op_mode="自运营",
        iaas="☑ 自建", deploy="私有云、公有云",
        founded_cn="1996年10月", business="乳制品研发、生产和销售，奶牛饲养与牧场管理，冷链物流",
        primary=base_primary(
            rev={2020: 1526.30, 2021: 1842.75, 2022: 2206.18, 2023: 2615.42}, rd=1286.40, profit=318.26,
            build_amount=5400.00, ops=64, oper=41, qualified=77,
            dev_total=18360, pub_total=10870, run_total=8142,
            dev_cats=["轻工设备", "动力设备", "物流设备", "仪器仪表", "农林机械", "其他"], dev_cat_w=[38, 17, 16, 12, 10, 7],
            dev_regs=["上海", "江苏", "浙江", "安徽", "黑龙江", "新西兰New Zealand"], dev_reg_w=[44, 16, 11, 10, 15, 4],
            protocols=88, software=176, apps_dev=92, apps_cloud=46, app_mau=104, killer_dau=986,
            killer_hits=9840, killer_income=18.36, pub_apps=82, pub_app_active=47,
            industries=["食品", "农业", "轻工", "其他"], ind_w=[48, 26, 16, 10],
            cloud_servers=214.00, pub_servers=88, cap_tb=720.00, data_tb=436.32, pub_tb=168.20,
            models=152, models_active=84, model_users=318, speed="秒级（每TB生产质量数据分析约8秒）",
            ms=486, ms_active=262, devs=1680, devs_active=412, registered=2460, served=1528, served_local=624,
            ent_regs=["江苏", "浙江", "安徽", "黑龙江"], ent_reg_w=[34, 26, 20, 20],
            paid=356, sme=1184, orders=(28640, 30115), trade_growth=12.46, subs=2840, killer_subs=1206,
            subs_amount=846.20, domestic=82.60, smart_factories=3, parks=5, solutions=18,
            om_down=14.60, energy_down=12.18, safety_up=16.40, indices=4, patents=24, copyrights=33, awards=6,
            jobs=186, social=17.92, partners=5, edge_nodes=96, vcpu=2400,
            listed=("是", "上海证券交易所主板上市（股票代码600597）"),
            open_data="开放API接口64个、奶源质量数据集2个、冷链温控数据服务3项"),
        ev_pub_delta=("轻工设备", -1000),
        served_tracked=("1,482", "1,528"),
        rd_tracked=("1,286.40", "1,268.40"),
        pat_listed=21,
        narrative_registered="3,000余",
        problems=[
            dict(family="count_vs_list", severity="error", fields=["平台核心软硬件技术获得的专利数量（项）"],
                 files=["02 申报表/光明乳业-申报表.docx", "04 证明材料/03 知识产权清单.docx"],
                 description="申报表填报专利数量 24 项，知识产权清单专利部分（含续表）仅列 21 项，表末“合计：21项”"),
            dict(family="declared_vs_evidence", severity="error",
                 fields=["公有云工业设备连接数量（台/套）", "按二级分类统计公有云工业设备数量（台/套）"],
                 files=["02 申报表/光明乳业-申报表.docx", "04 证明材料/02 接入设备统计表.docx"],
                 description="申报表公有云工业设备连接数量 10,870 台/套（轻工设备 4,131），接入设备统计表表1“其中：公有云接入”合计 9,870（轻工设备 3,131）"),
            dict(family="declared_vs_evidence", severity="warning", fields=["平台相关研发投入（万元）"],
                 files=["02 申报表/光明乳业-申报表.docx", "04 证明材料/01 平台经营情况专项说明.docx"],
                 description="专项说明中研发投入一句留有修订：删除“1,286.40”、插入“1,268.40”，并附批注“研发投入按R&D口径剔除设备折旧18万元”；接受修订后为 1,268.40 万元，与申报表 1,286.40 万元不符"),
            dict(family="narrative_vs_form", severity="warning", fields=["注册企业用户数（个）"],
                 files=["03 申报书/光明乳业-申报书.docx", "02 申报表/光明乳业-申报表.docx"],
                 description="申报书称平台“注册企业用户3,000余家”，申报表填报注册企业用户数 2,460 个"),
        ],
    ),
]

LAYOUTS = {
    "h39_p1_huaxing_clean": (
        {"form": "申报文件/附件2 申报表（华兴数字）.docx", "contacts": "申报文件/附件1 联系人信息反馈表.docx",
         "narr": "申报文件/附件3 申报书（华兴数字）.docx", "summary": "申报文件/附件4 平台基本情况汇总表.xlsx",
         "commit": "申报文件/附件5 真实性承诺.docx",
         "fin": "证明材料/3-1 平台经营情况专项说明.docx", "dev": "证明材料/3-2 接入设备统计表.docx",
         "ip": "证明材料/3-3 知识产权清单.docx", "ops": "证明材料/3-4 平台运营数据证明函.docx",
         "award": "证明材料/3-5 省部级及以上荣誉清单.docx"},
        ["evidence:all-docx", "letterhead-table", "seal:floating", "headings:一、（一）1.", "table:two-row-header(其中)",
         "table:续表+repeated-header", "unit-line-above", "tracked-change:accepted-equals-form", "comment",
         "table-in-textbox", "summary:xlsx-vertical", "commitment:docx-seal", "no-section7(2023未参评)"],
        {"summary": "xlsx-v", "box": "textbox"}),
    "h39_p2_onepower_problems": (
        {"form": "申报文件/附件2 申报表.docx", "contacts": "申报文件/附件1 联系人表.docx",
         "narr": "申报文件/附件3 申报书.docx", "summary": "申报文件/附件4 汇总表.docx",
         "commit": "申报文件/附件5 承诺书.docx",
         "fin": "证明材料/附件3-1 平台经营数据专项说明.docx", "dev": "证明材料/附件3-2 平台接入设备统计表.docx",
         "ip": "证明材料/附件3-3 知识产权清单.docx", "ops": "证明材料/附件3-4 平台运营数据证明.docx",
         "award": "证明材料/附件3-5 荣誉清单.docx"},
        ["evidence:all-docx", "units-in-header", "softcopyright:word-auto-numbering", "nested-table",
         "tracked-change:differs-from-form", "comment", "summary:docx-vertical", "section7"],
        {"summary": "docx", "box": "nested", "unit_in_header": True}),
    "h39_p3_huayi_problems": (
        {"form": "附件2-申报表（华谊集团）.docx", "contacts": "附件1-联系人信息反馈表（华谊集团）.docx",
         "narr": "附件3-申报书（华谊集团）.docx", "summary": "附件4-平台基本情况汇总表（华谊集团）.xlsx",
         "commit": "附件5-真实性承诺（华谊集团）.docx",
         "fin": "附件3-证明材料/3.1 平台经营情况专项说明.docx", "dev": "附件3-证明材料/3.2 设备接入统计.docx",
         "ip": "附件3-证明材料/3.3 知识产权清单.docx", "ops": "附件3-证明材料/3.4 运营数据证明函.docx",
         "award": "附件3-证明材料/3.5 荣誉清单.docx"},
        ["evidence:all-docx", "flat-names-with-company", "summary:xlsx-horizontal", "table-in-textbox",
         "tracked-change:accepted-equals-form", "no-section7(2023参评: missing)"],
        {"summary": "xlsx-h", "box": "textbox"}),
    "h39_p4_guangming_problems": (
        {"form": "02 申报表/光明乳业-申报表.docx", "contacts": "01 联系人/光明乳业-联系人信息反馈表.docx",
         "narr": "03 申报书/光明乳业-申报书.docx", "summary": "02 申报表/光明乳业-平台基本情况汇总表.docx",
         "commit": "05 承诺/光明乳业-真实性承诺.docx",
         "fin": "04 证明材料/01 平台经营情况专项说明.docx", "dev": "04 证明材料/02 接入设备统计表.docx",
         "ip": "04 证明材料/03 知识产权清单.docx", "ops": "04 证明材料/04 平台运营数据证明函.docx",
         "award": "04 证明材料/05 荣誉清单.docx"},
        ["evidence:all-docx", "numbered-folders", "patents:count-only-in-合计-line", "tracked-change+comment:differs-from-form",
         "nested-table", "summary:docx-vertical"],
        {"summary": "docx", "box": "nested"}),
}

ROLES = {"form": "申报表", "contacts": "联系人表", "narr": "申报书", "summary": "汇总表", "commit": "承诺",
         "fin": "evidence:audit_report", "dev": "evidence:device_list", "ip": "evidence:patent_list",
         "ops": "evidence:other", "award": "evidence:award_list"}


class Pkg:
    def __init__(self, spec, root: Path):
        self.spec, self.root, self.facts = spec, root, []
        self.no = spec["no"]
        self.ident = dict(spec, declared_name=spec["listed_name"])


def proofs_for(files: dict) -> dict:
    fin, dev, ip, ops, award = (Path(files[k]).stem for k in ("fin", "dev", "ip", "ops", "award"))
    return {
        "平台相关研发投入（万元）": f"附件3-1《{fin}》第1页", "平台相关营业收入（万元）": f"附件3-1《{fin}》第1页",
        "平台利润率（%）": f"附件3-1《{fin}》第1页（利润总额）", "平台相关研发投入强度（%）": "按公式计算",
        "连接的工业设备/产品/产线种类及数量（台/套）": f"附件3-2《{dev}》第1页",
        "按二级分类统计工业设备数量（台/套）": f"附件3-2《{dev}》第1页表1",
        "按省市区域统计工业设备数量（台/套）": f"附件3-2《{dev}》第2-3页表2",
        "其中：公有云工业设备连接数量（台/套）": f"附件3-2《{dev}》第1页",
        "其中：公有云工业设备平均日运行数量（台/套）": f"附件3-2《{dev}》第1页",
        "其中：海外设备连接数量（台/套）": f"附件3-2《{dev}》第3页表3",
        "平台核心软硬件技术获得的专利数量（项）": f"附件3-3《{ip}》",
        "平台核心软硬件技术获得的软著数量（个）": f"附件3-3《{ip}》",
        "注册企业用户数（个）": f"附件3-4《{ops}》第1页", "其中：实际服务企业数（个）": f"附件3-4《{ops}》第1页",
        "工业APP数量（个）": f"附件3-4《{ops}》第1页", "微服务数量（个）": f"附件3-4《{ops}》第1页",
        "工业机理模型数量（个）": f"附件3-4《{ops}》第1页", "开发者注册总数（个）": f"附件3-4《{ops}》第1页",
        "存储容量（TB）": f"附件3-4《{ops}》第1页", "存储工业数据量（TB）": f"附件3-4《{ops}》第1页",
        "平台实际用云量（台）": f"附件3-4《{ops}》第1页",
        "平台获得省部级及以上奖项/荣誉数量（个）": f"附件3-5《{award}》",
    }


def company_info(spec) -> dict:
    return dict(code=f"91310000{spec['no']:02d}7A{abs(hash(spec['code'])) % 10}X" if False else f"9131011{spec['no']:02d}MA1H{spec['no'] * 37:04d}X",
                founded=spec["founded_cn"], addr="上海市", type="有限责任公司" if "有限公司" in spec["company"] and "股份" not in spec["company"] else "股份有限公司",
                capital="详见营业执照", business=spec["business"], legal=spec["legal"], equity="详见营业执照及公司章程",
                fax="/", fin=["详见年报", "详见年报", "/", "/", "详见年报", "详见年报"])


def build_package(spec, out: Path) -> PackageTruth:
    files, layout, style = LAYOUTS[spec["id"]]
    root = out / "packages" / spec["id"]
    pkg = Pkg(spec, root)
    p = copy.deepcopy(spec["primary"])
    v = synth(p)
    v["storage_util_declared"] = spec.get("storage_util_declared", v["storage_util"])
    ident = pkg.ident
    scratch = out / ".scratch" / spec["id"]
    pkg.seal = seal_png(scratch / "seal.png", ident["company"], pil_font)
    pkg.seal_fin = seal_png(scratch / "seal_fin.png", ident["company"], pil_font, label="财务专用章")
    rws = summary_rows(v, ident)
    rowmap = {label: value for label, value, _ in rws}

    # ---- evidence values (copies of the declared ones, with the planted differences)
    e = copy.deepcopy(v)
    if "ev_rev23" in spec:
        e["rev"][2023] = spec["ev_rev23"]
    if "ev_dev_delta" in spec:
        cat, reg, d = spec["ev_dev_delta"]
        e["dev_cat"][cat] += d
        e["dev_reg"][reg] += d
    if "ev_pub_delta" in spec:
        cat, d = spec["ev_pub_delta"]
        e["pub_cat"][cat] += d
    for k, c in e["dev_cat"].items():
        assert e["run_cat"][k] <= e["pub_cat"][k] <= c, (spec["id"], k)
    for k, c in e["dev_reg"].items():
        assert e["run_reg"][k] <= e["pub_reg"][k] <= c, (spec["id"], k)

    fstyle = {"font": "仿宋" if spec["font"] != "仿宋" else "楷体", "no": 10 + spec["no"]}
    if "rd_tracked" in spec:
        fstyle.update(rd_tracked=spec["rd_tracked"], comment="研发投入按R&D口径剔除设备折旧18万元，请同步修改申报表。",
                      reviser="财务管理部 褚文静")
    evidence.finance_statement(pkg, files["fin"], e, fstyle)
    evidence.device_stats(pkg, files["dev"], e, {"unit_in_header": style.get("unit_in_header", False), "font": spec["font"]})
    evidence.ip_list(pkg, files["ip"], spec.get("pat_listed", v["patents"]), spec.get("soft_listed", v["copyrights"]),
                     {"soft_auto_numbering": "soft_listed" in spec,
                      "pat_heading": "total_line" if "pat_listed" in spec else "counted", "font": spec["font"]})
    evidence.operations_letter(pkg, files["ops"], e, {"served_tracked": spec["served_tracked"], "box": style["box"],
                                                      "no": spec["no"], "font": spec["font"]})
    evidence.award_list(pkg, files["award"], spec.get("awards_listed", v["awards"]), {"font": spec["font"]})

    # ---- application documents
    docs.write_form(root / files["form"], ident, v, rowmap, proofs_for(files), company_info(spec))
    docs.write_contacts(root / files["contacts"], ident)
    if style["summary"] == "docx":
        docs.write_summary_docx(root / files["summary"], ident, rws)
    else:
        docs.write_summary_xlsx(root / files["summary"], ident, rws, horizontal=style["summary"] == "xlsx-h")
    docs.write_commitment(root / files["commit"], ident, pkg.seal)
    annex = [f"附件3-{i}：{Path(files[k]).stem}" for i, k in enumerate(("fin", "dev", "ip", "ops", "award"), 1)]
    claims = {"devices": f"{v['dev_total']:,}", "registered": spec.get("narrative_registered", f"{v['registered']:,}"),
              "served": f"{v['served']:,}"}
    with7 = spec["p2023"] and not spec.get("drop_section7")
    docs.write_narrative(root / files["narr"], ident, v, claims, with7, annex)

    problems = [dict(pr, id=f"{spec['id']}-{i:02d}-{pr['family']}") for i, pr in enumerate(spec["problems"], 1)]
    truth = PackageTruth.model_validate(dict(
        package_id=spec["id"],
        description=DESCRIPTIONS[spec["id"]],
        path=f"{REPO_REL}/packages/{spec['id']}", delivery="folder",
        platform=dict(list_no=spec["no"], listed_name=spec["listed_name"], company=spec["company"],
                      declared_name=ident["declared_name"], participated_2023=spec["p2023"]),
        layout=layout, files={files[k]: ROLES[k] for k in sorted(files, key=lambda k: files[k])},
        secrets=[spec["password"]],
        summary_rows=[dict(label=l, value=val, normalized=n) for l, val, n in rws],
        evidence_facts=pkg.facts, problems=problems))
    return truth


DESCRIPTIONS = {
    "h39_p1_huaxing_clean": "序号15 华兴数字工程机械平台（2023未参评，无第七章），证明材料全部为Word：财务专项说明（信头表格、一、（一）1.标题、浮动财务章）、两行表头含“其中”分栏的设备统计表及续表、专利/软著清单、含修订痕迹（接受后与申报表一致）和批注的运营证明函（资源表在文本框内）、荣誉清单。完全一致的干净包。",
    "h39_p2_onepower_problems": "序号21 中国移动OnePower平台（2023参评，含第七章），Word证明：设备统计表合计与申报表不符、软著清单为Word自动编号且短于申报数、运营证明的修订痕迹使实际服务企业数与申报表不同；单位写在表头，资源表嵌套在表格中，汇总表为DOCX。",
    "h39_p3_huayi_problems": "序号1 华谊化工平台（2023参评但缺第七章），Word证明：财务专项说明的2023年平台收入与申报表不符、存储资源利用率公式错误、荣誉清单短于申报数；横向XLSX汇总表，资源表在文本框内。",
    "h39_p4_guangming_problems": "序号31 光明乳业平台（2023未参评），Word证明：专利清单含续表仅21项而申报24项、设备统计表“其中：公有云接入”合计与申报不符、研发投入句留修订与批注、申报书注册企业数与申报表不符；编号文件夹，DOCX汇总表。",
}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=HERE)
    args = ap.parse_args(argv)
    out = args.out.resolve()
    (out / "truth").mkdir(parents=True, exist_ok=True)
    for spec in PACKAGES:
        truth = build_package(spec, out)
        (out / "truth" / f"{spec['id']}.json").write_text(dump_truth(truth), encoding="utf-8")
        print(spec["id"], len(truth.evidence_facts), "facts", len(truth.problems), "problems")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
