"""Blind labelled set h35 — the consultant-written package.

    /work/main/.venv/bin/python eval_sets/blind/h35/build.py [--out DIR]

writes DIR/packages/<package_id>/… and DIR/truth/<package_id>.json (DIR defaults to this folder).
Deterministic: building twice gives byte-identical files.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))

import docs  # noqa: E402
import evidence as E  # noqa: E402
from docs import Pkg  # noqa: E402
from labels import LABELS  # noqa: E402
from model import Spec, r2, reviewer_value  # noqa: E402
from narrative import build_narrative  # noqa: E402

REPO_REL = "eval_sets/blind/h35/packages"

KILLER = {
    "hzw": [("材料计算云", "第一性原理与分子动力学在线计算", 1860), ("配方优化助手", "基于知识图谱的材料配方推荐", 1422),
            ("实验数据管家", "实验仪器数据自动采集与归档", 1306), ("材料性能预测", "机器学习预测材料关键性能", 1187),
            ("工艺窗口分析", "热处理工艺参数窗口分析", 964)],
    "amy": [("机电备件智选", "备件需求预测与智能选型", 6120), ("设备健康管家", "设备状态监测与预警", 5480),
            ("协同采购云", "供需撮合与集采下单", 4960), ("维保工单通", "维保派单与过程追溯", 4012),
            ("能效看板", "设备能耗监测与分析", 3286)],
    "lyf": [("产销协同看板", "门店需求与工厂排产协同", 1640), ("食安追溯", "原料到门店全链路追溯", 1522),
            ("冷链温控", "冷链车辆与仓储温度监控", 1286), ("供应商协同门户", "采购订单与交付协同", 1174),
            ("产线OEE分析", "包装产线效率分析", 902)],
    "bw": [("设备远程诊断", "冶金设备远程故障诊断", 2860), ("点检通", "设备点检与定修管理", 2540),
           ("备件共享", "区域备件共享与调拨", 2216), ("轧辊全生命周期", "轧辊使用与修磨管理", 1890),
           ("能源介质监测", "水电风气能源介质监测", 1642)],
}

MODELS = ["设备健康度评估模型", "故障诊断模型", "剩余寿命预测模型", "能耗基准模型", "工艺参数优化模型", "质量缺陷识别模型",
          "需求预测模型", "库存优化模型", "排产优化模型", "振动频谱分析模型"]


def common_extras(key: str, **kw) -> dict:
    base = dict(
        killer_apps=KILLER[key],
        core_models=[(m, "基于行业机理与运行数据建立", 900 - i * 61) for i, m in enumerate(MODELS)],
        cost_ratio=(0.64, 0.62, 0.61),
    )
    base.update(kw)
    return base


def spec_p1() -> Spec:
    return Spec(
        key="hzw", list_no=4, listed_name="基于知识驱动的材料大数据工业互联网平台", company="鸿之微(科技)上海股份有限公司",
        short="鸿之微", participated=False, nature="行业型工业互联网平台", seed=3501,
        contact=("钱思远", "平台运营总监", "13917426085", "qiansy@hzwtech.example.com"),
        address="上海市闵行区紫竹科学园区东川路555号乙楼3层第二会议室", url="https://matcloud.hzwtech.example.com",
        build_period=("2019.03", "2023.12"), build_amount=6200.00, revenue=(3862.40, 4597.15, 5418.36),
        growth_2021=14.26, rd=1486.72, profit=702.58, team=(86, 54, 103), devices=12846,
        dev_cats={"仪器仪表": 46, "化工设备": 18, "冶炼设备": 12, "电工、电子设备": 14, "其他": 10},
        dev_regions={"上海": 42, "江苏": 20, "浙江": 12, "北京": 8, "广东": 10, "安徽": 8},
        overseas={"新加坡Singapore": 86, "日本Japan": 52}, public_share=0.46, daily_share=0.71,
        apps=236, app_cats={"研发设计": 38, "质量管控": 22, "生产制造": 16, "运维服务": 12, "节能减排": 6, "运营管理": 6},
        app_inds={"有色金属": 30, "石化化工": 26, "电子": 20, "黑色金属": 14, "医药": 10},
        registered=2964, served=2108, serve_inds={"有色金属": 24, "石化化工": 22, "电子": 20, "黑色金属": 12, "医药": 10, "其他": 12},
        serve_regions={"上海": 46, "江苏": 18, "浙江": 12, "北京": 10, "广东": 8, "安徽": 6}, paid=736, sme=1642,
        orders=(8420, 8976), patents=27, softcr=41, awards=4, storage=(1200.00, 738.46, 312.80),
        extras=common_extras(
            "hzw", company_rev=21864.52, credit_code="91310112MA1GB3K2X7", founded="2016年5月",
            reg_addr="上海市闵行区", capital="6,000万元", business="材料计算软件、材料大数据平台与研发服务",
            legal="韩思哲", company_assets=48620.35, company_growth=16.42, debt_ratio=31.26, company_profit=2864.18,
            tax=1126.40, equity="创始团队持股52.40%，机构投资者持股47.60%",
            backup=("孟晓岚", "申报专员", "13916628471", "mengxl@hzwtech.example.com"), secret="Hzw#Mat2024",
            intro="基于知识驱动的材料大数据工业互联网平台是鸿之微面向材料研发与生产企业打造的行业型工业互联网平台，提供材料计算、"
                  "实验数据采集、配方优化与性能预测等服务，形成“计算+数据+知识”的材料研发新范式，主要客户包括有色金属、"
                  "石化化工、电子材料等行业的研发机构和生产企业。",
            effect="平台帮助用户缩短新材料研发周期约30%，降低实验试错成本约25%，带动产业链上下游协同创新。",
            positioning="面向材料研发与生产的知识驱动型行业平台，服务材料企业研发数字化转型。", industry="新材料",
            doc_prefix="HZW", auditor="上海立衡会计师事务所（特殊普通合伙）", audit_no="立衡审字〔2024〕第0418号",
            cpa="周明轩、沈佳怡", rd_hist=(1102.36, 1296.50), profit_hist=(468.21, 574.92),
            consultancy="上海慧策企业管理咨询有限公司", peer="某材料云平台", peer_dev="0.8万台（套）",
            cases=[("上海某有色金属材料公司", "高性能合金配方优化"), ("江苏某电子材料公司", "实验数据自动采集与追溯"),
                   ("浙江某化工新材料公司", "工艺窗口智能分析")],
            target_dev="2", target_served="3000", target_rev="0.8",
            open_data="开放API接口126个、材料性能数据集8个（约42万条）、计算模板60类",
            speed=("秒级（每TB材料计算结果检索分析约6秒）", "秒级"), repeat_header=True,
        ))


def spec_p2() -> Spec:
    return Spec(
        key="amy", list_no=7, listed_name="面向制造业供应链协同的智能交易工业互联网平台", company="上海爱姆意机电设备连锁有限公司",
        short="爱姆意", participated=True, nature="行业型工业互联网平台", seed=3502,
        contact=("顾嘉伟", "数字化中心副总经理", "13918653207", "gujw@amy-mro.example.com"),
        address="上海市普陀区真北路958号天地科技广场2号楼9楼大会议室", url="https://supply.amy-mro.example.com",
        build_period=("2018.09", "2023.12"), build_amount=8600.00, revenue=(9826.50, 11342.18, 12968.74),
        growth_2021=18.64, rd=1652.30, profit=1104.62, team=(138, 96, 171), devices=48236,
        dev_cats={"动力设备": 30, "机床": 22, "物流设备": 16, "电力设备": 14, "仪器仪表": 10, "机器人": 8},
        dev_regions={"上海": 38, "江苏": 22, "浙江": 16, "安徽": 8, "山东": 7, "广东": 9},
        overseas={"越南Vietnam": 312, "马来西亚Malaysia": 148}, public_share=0.58, daily_share=0.66,
        apps=386, app_cats={"供应链管理": 30, "运维服务": 24, "仓储物流": 16, "运营管理": 12, "质量管控": 10, "节能减排": 8},
        app_inds={"机械": 36, "汽车": 22, "电子": 16, "轻工": 14, "石化化工": 12},
        registered=28640, served=21356, serve_inds={"机械": 34, "汽车": 18, "电子": 14, "轻工": 14, "石化化工": 10, "其他": 10},
        serve_regions={"上海": 36, "江苏": 22, "浙江": 18, "安徽": 8, "山东": 8, "广东": 8}, paid=6842, sme=17920,
        orders=(186420, 193870), patents=36, softcr=58, awards=7, storage=(1600.00, 964.32, 538.60),
        extras=common_extras(
            "amy", company_rev=186420.35, credit_code="91310107607315826M", founded="1998年3月", reg_addr="上海市普陀区",
            capital="12,000万元", business="机电设备及备品备件销售、工业品供应链服务、工业互联网平台运营",
            legal="江浩然", company_assets=126840.60, company_growth=9.84, debt_ratio=52.18, company_profit=8642.30,
            tax=4218.66, equity="上海某投资控股有限公司持股70.00%，管理层持股30.00%",
            backup=("沈一帆", "申报专员", "13917730652", "shenyf@amy-mro.example.com"), secret="Amy@Supply24",
            intro="面向制造业供应链协同的智能交易工业互联网平台是爱姆意打造的行业型工业互联网平台，围绕机电设备与工业品供应链，"
                  "提供备件智能选型、协同采购、设备健康管理和维保服务，连接制造企业、品牌商与服务商，主要客户为机械、汽车、"
                  "电子等行业的制造企业。",
            effect="平台帮助用户降低备件库存约20%，缩短采购周期约35%，提升设备可用率。",
            positioning="面向制造业供应链协同的机电工业品智能交易与服务平台。", industry="机电装备",
            doc_prefix="AMY", auditor="上海申联会计师事务所有限公司", audit_no="申联审〔2024〕0327号", cpa="陆文韬、许静",
            rd_hist=(1186.42, 1408.75), profit_hist=(712.36, 896.48), consultancy="上海德睿管理咨询有限公司",
            peer="某工业品电商平台", peer_dev="3万台（套）",
            cases=[("上海某汽车零部件公司", "备件智能选型与协同采购"), ("江苏某工程机械公司", "设备健康管理"),
                   ("浙江某电子制造公司", "维保服务数字化")],
            target_dev="8", target_served="30000", target_rev="1.6",
            open_data="开放API接口212个、工业品主数据集3个（约180万SKU）、价格指数4项",
            speed=("秒级（每TB交易与设备数据分析约4秒）", "秒级"), repeat_header=False,
            last_year={"连接的工业设备/产品/产线种类及数量（台/套）": 39610, "实际服务企业数（个）": 18420,
                       "工业APP数量（个）": 318},
        ))


def spec_p3() -> Spec:
    return Spec(
        key="lyf", list_no=10, listed_name="来伊份合作伙伴共创平台", company="上海来伊份股份有限公司",
        short="来伊份", participated=False, nature="行业型工业互联网平台", seed=3503,
        contact=("陶佳音", "信息中心经理", "13816297540", "taojy@lyf-partner.example.com"),
        address="上海市松江区九亭镇久富路300号研发楼4楼会议中心", url="https://partner.lyf.example.com",
        build_period=("2020.01", "2023.12"), build_amount=5400.00, revenue=(6218.44, 7036.90, 7864.25),
        growth_2021=11.82, rd=968.40, profit=512.36, team=(112, 78, 131), devices=23618,
        dev_cats={"轻工设备": 48, "物流设备": 26, "动力设备": 12, "仪器仪表": 8, "其他": 6},
        dev_regions={"上海": 46, "江苏": 22, "浙江": 16, "安徽": 10, "福建": 6}, overseas={},
        public_share=0.62, daily_share=0.74,
        apps=168, app_cats={"供应链管理": 30, "质量管控": 24, "仓储物流": 20, "生产制造": 16, "运营管理": 10},
        app_inds={"食品": 62, "轻工": 24, "服务业": 14},
        registered=4286, served=3164, serve_inds={"食品": 58, "轻工": 20, "服务业": 12, "其他": 10},
        serve_regions={"上海": 44, "江苏": 24, "浙江": 18, "安徽": 8, "福建": 6}, paid=1128, sme=2876,
        orders=(64280, 67115), patents=18, softcr=33, awards=3, storage=(900.00, 486.72, 301.45),
        extras=common_extras(
            "lyf", company_rev=396428.16, credit_code="913100007743156820", founded="2002年6月", reg_addr="上海市松江区",
            capital="33,465.9万元", business="休闲食品研发、生产与连锁零售", legal="施永雷", company_assets=412680.52,
            company_growth=-2.86, debt_ratio=48.72, company_profit=6218.40, tax=9864.20,
            equity="上海爱屋企业管理有限公司持股38.91%，其他股东持股61.09%", listed=True,
            listed_text="是，公司于2016年在上海证券交易所主板上市（股票代码603777）",
            backup=("杭一鸣", "申报专员", "13601852294", "hangym@lyf-partner.example.com"), secret="Lyf!Partner7",
            intro="来伊份合作伙伴共创平台是来伊份面向休闲食品产业链打造的行业型工业互联网平台，连接代工工厂、原料供应商、"
                  "物流服务商与门店，提供产销协同、食品安全追溯、冷链温控与供应商协同服务，主要客户为食品加工与包装企业。",
            effect="平台帮助合作工厂缩短交付周期约22%，降低库存约18%，实现食品安全全链路追溯。",
            positioning="面向休闲食品产业链的产销协同与质量追溯行业平台。", industry="食品",
            doc_prefix="LYF", auditor="上海众信会计师事务所（特殊普通合伙）", audit_no="众信审字〔2024〕第1186号",
            cpa="赵启明、方雨桐", rd_hist=(702.15, 836.60), profit_hist=(356.18, 431.07),
            consultancy="上海致远信息咨询有限公司", peer="某食品产业链平台", peer_dev="1万台（套）",
            cases=[("上海某烘焙食品公司", "产销协同"), ("江苏某坚果加工公司", "食品安全追溯"),
                   ("浙江某冷链物流公司", "冷链温控")],
            target_dev="4", target_served="5000", target_rev="1.1",
            open_data="开放API接口74个、食品原料主数据集2个（约6万条）、质量追溯查询服务1项",
            speed=("秒级（每TB追溯数据检索分析约7秒）", "秒级"), repeat_header=True, patent_list_n=16,
        ))


def spec_p4() -> Spec:
    return Spec(
        key="bw", list_no=22, listed_name="面向钢铁行业的设备远程运维平台", company="宝武装备智能科技有限公司",
        short="宝武装备", participated=True, nature="行业型工业互联网平台", seed=3504,
        contact=("殷立恒", "数字化事业部总经理", "13901847265", "yinlh@bwzb-tech.example.com"),
        address="上海市宝山区同济路1118号研发中心A座6楼报告厅", url="https://rom.bwzb-tech.example.com",
        build_period=("2017.06", "2023.12"), build_amount=15800.00, revenue=(18642.36, 21308.75, 24586.12),
        growth_2021=16.38, rd=3214.65, profit=2468.30, team=(236, 128, 287), devices=126384,
        dev_cats={"冶炼设备": 34, "动力设备": 22, "电力设备": 14, "机床": 8, "物流设备": 10, "仪器仪表": 7, "工程机械": 5},
        dev_regions={"上海": 30, "江苏": 14, "湖北": 16, "广东": 12, "新疆": 8, "安徽": 10, "山东": 10},
        overseas={"马来西亚Malaysia": 412, "印度尼西亚Indonesia": 268}, public_share=0.41, daily_share=0.69,
        apps=586, app_cats={"运维服务": 34, "安全生产": 14, "节能减排": 12, "质量管控": 12, "生产制造": 14, "仓储物流": 8,
                            "运营管理": 6},
        app_inds={"黑色金属": 58, "有色金属": 12, "电力、热力和燃气": 14, "机械": 16},
        registered=5126, served=3842, serve_inds={"黑色金属": 46, "有色金属": 14, "电力、热力和燃气": 12, "机械": 18, "其他": 10},
        serve_regions={"上海": 28, "江苏": 16, "湖北": 18, "广东": 12, "新疆": 8, "安徽": 9, "山东": 9}, paid=1486, sme=2214,
        orders=(12640, 13118), patents=64, softcr=87, awards=9, storage=(2400.00, 1556.40, 684.20),
        extras=common_extras(
            "bw", company_rev=386420.74, credit_code="91310113MA1GK7P53R", founded="2015年8月", reg_addr="上海市宝山区",
            capital="50,000万元", business="冶金装备智能运维、备件制造与修复、工业互联网平台服务", legal="许振邦",
            company_assets=628460.18, company_growth=7.36, debt_ratio=46.82, company_profit=21864.52, tax=14206.35,
            equity="中国宝武钢铁集团有限公司下属企业合计持股100%",
            backup=("范思琪", "申报专员", "13764218903", "fansq@bwzb-tech.example.com"), secret="Bwzb$Rom2024",
            intro="面向钢铁行业的设备远程运维平台是宝武装备面向冶金行业打造的行业型工业互联网平台，提供设备远程诊断、点检定修、"
                  "备件共享、轧辊全生命周期管理与能源介质监测等服务，覆盖炼铁、炼钢、轧钢全流程，主要客户为钢铁及有色金属企业。",
            effect="平台帮助用户降低设备运维成本约20%，减少非计划停机约30%，带动冶金装备运维服务模式转型。",
            positioning="面向钢铁行业全流程设备的远程运维与智能服务行业平台。", industry="钢铁",
            doc_prefix="BWZB", auditor="上海华恒会计师事务所（特殊普通合伙）", audit_no="华恒审字〔2024〕第2207号",
            cpa="柏永康、黄子瑜", rd_hist=(2486.30, 2815.42), profit_hist=(1672.84, 2011.56),
            consultancy="上海融智产业咨询有限公司", peer="某钢铁工业互联网平台", peer_dev="8万台（套）",
            cases=[("湖北某钢铁公司", "热轧产线设备远程诊断"), ("广东某钢铁公司", "点检定修数字化"),
                   ("新疆某钢铁公司", "能源介质监测")],
            target_dev="20", target_served="5000", target_rev="3",
            open_data="开放API接口318个、冶金设备故障样本数据集12个、设备健康指数5项",
            speed=("秒级（每TB设备时序数据分析约3秒）", "秒级"), repeat_header=True,
            last_year={"连接的工业设备/产品/产线种类及数量（台/套）": 98620, "注册企业用户数（个）": 4318,
                       "工业APP数量（个）": 472},
            cloud=(420.0, 168), models=412, micro=1462, developers=8640,
        ))


# ------------------------------------------------------------------ package assembly


def evidence_and_catalog(p: Pkg, ev_dir: str, prefix: str, cfg: dict) -> dict[str, str]:
    """Writes the evidence files; returns {kind: rel}. Fills p.catalog, p.proof, p.note_page."""
    sep = cfg.get("sep", "_")
    rel = {}
    rel["audit"] = f"{ev_dir}{prefix}-1{sep}2023年度审计报告{cfg.get('audit_suffix', '')}.pdf"
    E.audit_report(p, rel["audit"], scanned=cfg.get("audit_scanned", False), seed=p.sp.seed)
    p.note_page = next(k for (f, _, _, k) in p.ev_index if f == rel["audit"])
    rel["ip"] = f"{ev_dir}{prefix}-2{sep}知识产权清单.pdf"
    E.ip_list_pdf(p, rel["ip"])
    if cfg.get("device_xlsx"):
        rel["dev"] = f"{ev_dir}{prefix}-3{sep}设备清单.xlsx"
        E.device_xlsx(p, rel["dev"])
    else:
        rel["dev"] = f"{ev_dir}{prefix}-3{sep}设备清单.pdf"
        E.device_pdf(p, rel["dev"])
    if cfg.get("shots_png"):
        shots = E.screenshots(p, f"{ev_dir}{prefix}-4{sep}平台运行截图", True, p.sp.seed)
    else:
        rel["shot"] = f"{ev_dir}{prefix}-4{sep}平台运行截图.pdf"
        shots = E.screenshots(p, rel["shot"], False, p.sp.seed)
    if cfg.get("awards", True):
        rel["awd"] = f"{ev_dir}{prefix}-5{sep}省部级荣誉清单.xlsx"
        E.awards_xlsx(p, rel["awd"])
    base = lambda r: r.rsplit("/", 1)[-1]  # noqa: E731
    pages = {f: (n, k) for f, _, n, k in p.ev_index}
    cat = []
    npg = p.note_page
    for lab in ("平台相关营业收入（万元）", "平台相关研发投入（万元）", "平台利润率（%）"):
        cat.append((lab, f"{prefix}-1", "2023年度审计报告（平台业务专项说明）", base(rel["audit"]), f"第{npg}页"))
    cat.append(("平台相关营业收入（万元）", f"{prefix}-1（复印件）", "平台业务专项说明", "@self", "copy_note"))
    cat.append(("专利数量、软著数量", f"{prefix}-2", "知识产权清单", base(rel["ip"]), f"第1-{pages[rel['ip']][0]}页"))
    cat.append(("连接的工业设备数量", f"{prefix}-3", "平台接入设备统计表", base(rel["dev"]),
                "第1页" if not rel["dev"].endswith(".xlsx") else "工作表1-2"))
    cat.append(("连接的工业设备数量", f"{prefix}-3（复印件）", "平台接入设备统计表", "@self", "copy_dev"))
    cat.append(("注册企业用户数、工业APP数量等", f"{prefix}-4", "平台运行数据截图", "、".join(base(s) for s in shots),
                "第1-2页" if len(shots) == 1 else "各1页"))
    if "awd" in rel:
        cat.append(("省部级及以上奖项/荣誉数量", f"{prefix}-5", "省部级及以上奖项/荣誉清单", base(rel["awd"]), "第1页"))
    cat += cfg.get("missing_catalog", [])
    p.catalog = cat
    p.proof = {
        "平台相关营业收入（万元）": f"{prefix}-1 {base(rel['audit'])} 第{npg}页",
        "平台相关研发投入（万元）": f"{prefix}-1 {base(rel['audit'])} 第{npg}页",
        "平台利润率（%）": f"{prefix}-1 第{npg}页（平台利润总额）",
        "平台相关研发投入强度（%）": f"按{prefix}-1第{npg}页数据计算",
        "连接的工业设备/产品/产线种类及数量（台/套）": f"{prefix}-3 {base(rel['dev'])}",
        "按二级分类统计工业设备数量（台/套）": f"{prefix}-3 {base(rel['dev'])}",
        "按省市区域统计工业设备数量（台/套）": f"{prefix}-3 {base(rel['dev'])}",
        "公有云工业设备连接数量（台/套）": f"{prefix}-3 {base(rel['dev'])}",
        "公有云工业设备平均日运行数量（台/套）": f"{prefix}-3 {base(rel['dev'])}",
        "海外设备连接数量（台/套）": f"{prefix}-3 {base(rel['dev'])}",
        "平台核心软硬件技术获得的专利数量（项）": f"{prefix}-2 {base(rel['ip'])}",
        "平台核心软硬件技术获得的软著数量（个）": f"{prefix}-2 {base(rel['ip'])}",
        "注册企业用户数（个）": f"{prefix}-4 平台运行截图",
        "工业APP数量（个）": f"{prefix}-4 平台运行截图",
        "工业机理模型数量（个）": f"{prefix}-4 平台运行截图",
        "微服务数量（个）": f"{prefix}-4 平台运行截图",
        "开发者注册总数（个）": f"{prefix}-4 平台运行截图",
    }
    if "awd" in rel:
        p.proof["平台获得省部级及以上奖项/荣誉数量（个）"] = f"{prefix}-5 {base(rel['awd'])}"
    p.proof.update(cfg.get("proof_extra", {}))
    return rel


def finish_proof_pages(p: Pkg, narr_rel: str):
    a = p.narr_anchors
    for lab in ("平台相关营业收入（万元）", "平台相关研发投入（万元）"):
        p.proof[lab] += f"；申报书附件汇编第{a['copy_note']}页"
    p.proof["连接的工业设备/产品/产线种类及数量（台/套）"] += f"；申报书表2-3、附件汇编第{a['copy_dev']}页"


def write_truth(p: Pkg, out: Path, description: str) -> None:
    rows = []
    for label in LABELS:
        val, norm = reviewer_value(label, p.v[label])
        rows.append({"label": label, "value": val, "normalized": norm})
    truth = {
        "schema_version": 1, "package_id": p.pid, "description": description,
        "path": f"{REPO_REL}/{p.pid}", "delivery": "folder",
        "platform": {"list_no": p.sp.list_no, "listed_name": p.sp.listed_name, "company": p.sp.company,
                     "declared_name": p.sp.extras.get("declared_name", p.sp.listed_name),
                     "participated_2023": p.sp.participated},
        "layout": p.layout, "files": dict(sorted(p.files.items())), "secrets": [p.sp.extras["secret"]],
        "summary_rows": rows, "evidence_facts": p.facts, "problems": p.problems,
    }
    from eval_sets.truth import PackageTruth, dump_truth
    t = PackageTruth.model_validate(truth)
    (out / "truth").mkdir(parents=True, exist_ok=True)
    (out / "truth" / f"{p.pid}.json").write_text(dump_truth(t), encoding="utf-8")


def build_p1(out: Path):
    pid = "h35_p1_hongzhiwei_clean"
    p = Pkg(spec_p1(), pid, out / "packages" / pid, REPO_REL)
    p.layout = ["consultancy-naming:附件7-N_", "evidence_dir:佐证材料/", "narrative:pdf-32p-toc-header-footer",
                "narrative:landscape-table", "narrative:续表-with-header", "narrative:附件汇编-copies",
                "narrative:佐证材料目录", "prose:rounded-万-figures", "prose:targets+industry-figures",
                "form:docx+stamped-scan", "summary:xlsx-vertical", "commitment:scan", "screenshots:pdf-image",
                "awards:xlsx", "overseas:2-countries"]
    evidence_and_catalog(p, "佐证材料/", "附件7", {})
    nrel = "02_申报书_材料大数据工业互联网平台.pdf"
    build_narrative(p, nrel, "附件7")
    finish_proof_pages(p, nrel)
    docs.contact_docx(p, "00_联系人信息反馈表.docx")
    docs.form_docx(p, "01_申报表/申报表_鸿之微.docx", "仿宋")
    docs.form_scan(p, "01_申报表/申报表_鸿之微（盖章版）.pdf", 11)
    docs.summary_xlsx(p, "03_平台基本情况汇总表.xlsx", horizontal=False)
    docs.commitment_scan(p, "04_真实性承诺（盖章）.pdf", 12)
    write_truth(p, out, "序号4 鸿之微材料大数据平台，咨询公司编写的完全一致干净包：32页左右的申报书（目录页码、页眉页脚、"
                        "横向区域表、续表、柱状图数据标签、约数与精确值并存、目标值与行业数据、佐证材料目录、附件汇编复印件），"
                        "证据文件按附件7-N命名。")
    return p


def build_p2(out: Path):
    pid = "h35_p2_aimuyi_problems"
    p = Pkg(spec_p2(), pid, out / "packages" / pid, REPO_REL)
    p.layout = ["consultancy-naming:附件7-N_", "flat-folder", "narrative:pdf-toc-header-footer", "narrative:landscape-table",
                "narrative:续表-without-header", "narrative:附件汇编-copies", "narrative:佐证材料目录",
                "section7:present", "form:xlsx+stamped-scan", "summary:docx-vertical", "commitment:docx",
                "screenshots:png", "awards:missing"]
    # planted: growth rate of 2023 mistyped
    d = dict(p.v["平台近三年经营指标情况"])
    true_g = d["2023年增长率（%）"]
    d["2023年增长率（%）"] = r2(true_g + 1.0)
    p.v["平台近三年经营指标情况"] = d
    p.ev["平台近三年经营指标情况"] = {**d, "2023年增长率（%）": true_g}
    # planted: 表2-3 with a wrong 机床 row and total; a prose figure wrong beyond rounding
    cats = dict(p.v["按二级分类统计工业设备数量（台/套）"])
    cats["机床"] += 1800
    p.narr["dev_cats"] = cats
    p.narr["dev_total"] = p.v["连接的工业设备/产品/产线种类及数量（台/套）"] + 1800
    p.narr["served_prose"] = "3.2万家"
    missing = "附件7-5_省部级荣誉证书汇编.pdf"
    evidence_and_catalog(p, "", "附件7", {
        "shots_png": True, "awards": False,
        "missing_catalog": [("省部级及以上奖项/荣誉数量", "附件7-5", "省部级荣誉证书汇编", missing, "第1-7页")],
        "proof_extra": {"平台获得省部级及以上奖项/荣誉数量（个）": f"附件7-5 {missing} 第1-7页"}})
    nrel = "附件3_申报书_爱姆意智能交易平台.pdf"
    build_narrative(p, nrel, "附件7")
    finish_proof_pages(p, nrel)
    docs.contact_docx(p, "附件1_联系人信息反馈表.docx")
    docs.form_xlsx(p, "附件2_申报表_爱姆意.xlsx")
    docs.form_scan(p, "附件2_申报表_爱姆意（盖章扫描）.pdf", 21)
    docs.summary_docx(p, "附件4_平台基本情况汇总表.docx")
    docs.commitment_docx(p, "附件5_真实性承诺.docx")
    v = p.v
    p.problem("h35-p2-01", "narrative_vs_form",
              ["连接的工业设备/产品/产线种类及数量（台/套）", "按二级分类统计工业设备数量（台/套）"], [nrel, "附件2_申报表_爱姆意.xlsx"],
              "error",
              f"申报书表2-3 平台接入设备分类统计：机床 {cats['机床']:,}、合计 {p.narr['dev_total']:,}；申报表为机床 "
              f"{v['按二级分类统计工业设备数量（台/套）']['机床']}、总数 {v['连接的工业设备/产品/产线种类及数量（台/套）']}"
              "（设备清单附件7-3与申报表一致）。")
    p.problem("h35-p2-02", "narrative_vs_form", ["实际服务企业数（个）"], [nrel, "附件2_申报表_爱姆意.xlsx"], "warning",
              f"申报书2.4节称实际服务企业“3.2万家”，申报表实际服务企业数为 {v['实际服务企业数（个）']}（约2.1万），"
              "超出四舍五入范围（注册企业 28,640 也只有2.9万）。")
    p.problem("h35-p2-03", "missing_proof", ["平台获得省部级及以上奖项/荣誉数量（个）"], [nrel, "附件2_申报表_爱姆意.xlsx"],
              "warning",
              f"申报表证明资料与申报书表6-1佐证材料目录均引用“附件7-5 {missing} 第1-7页”，包内无此文件，申报书附件汇编中也没有荣誉证书。")
    p.problem("h35-p2-04", "growth_rate", ["平台近三年经营指标情况"], ["附件2_申报表_爱姆意.xlsx"], "error",
              f"2023年增长率填 {d['2023年增长率（%）']:.2f}%，按申报表营收 {d['2023年平台营收（万元）']:.2f}÷"
              f"{d['2022年平台营收（万元）']:.2f}−1 = {true_g:.2f}%。")
    write_truth(p, out, "序号7 爱姆意智能交易平台（2023参评），咨询公司编写：申报书表2-3与申报表不一致、服务企业约数超出四舍五入、"
                        "佐证材料目录引用的荣誉证书汇编不在包内、2023年增长率算错；申报表为XLSX+盖章扫描件，汇总表DOCX。")
    return p


def build_p3(out: Path):
    pid = "h35_p3_laiyifen_problems"
    p = Pkg(spec_p3(), pid, out / "packages" / pid, REPO_REL)
    p.layout = ["consultancy-naming:附件8-N ", "evidence_dir:佐证材料（附件8）/", "narrative:pdf-toc-header-footer",
                "narrative:landscape-table", "narrative:续表-with-header", "narrative:附件汇编-copies",
                "audit:scanned-image-only", "device_list:xlsx", "form:docx-only", "summary:xlsx-horizontal",
                "commitment:scan", "screenshots:png", "overseas:none", "listed-company"]
    v = p.v
    d = dict(v["平台近三年经营指标情况"])
    ev_rev = 7486.25
    p.ev["平台近三年经营指标情况"] = {**d, "2023年平台营收（万元）": ev_rev}
    p.v["平台团队总人数（人）"] = 196
    p.narr["dev_prose"] = "平台接入设备已超过3万台（套），"
    evidence_and_catalog(p, "佐证材料（附件8）/", "附件8", {"sep": " ", "audit_scanned": True, "audit_suffix": "（扫描件）",
                                                        "device_xlsx": True, "shots_png": True})
    nrel = "申报书（来伊份合作伙伴共创平台）.pdf"
    build_narrative(p, nrel, "附件8")
    finish_proof_pages(p, nrel)
    docs.contact_docx(p, "联系人信息反馈表.docx")
    frel = "申报表（来伊份合作伙伴共创平台）.docx"
    docs.form_docx(p, frel, "宋体")
    docs.summary_xlsx(p, "平台基本情况汇总表.xlsx", horizontal=True)
    docs.commitment_scan(p, "真实性承诺（盖章）.pdf", 31)
    audit = next(f for f in p.files if "审计报告" in f)
    ip = next(f for f in p.files if "知识产权" in f)
    p.problem("h35-p3-01", "declared_vs_evidence", ["平台相关营业收入（万元）"], [frel, audit], "error",
              f"平台相关营业收入填 {d['2023年平台营收（万元）']:.2f}万元，审计报告平台业务专项说明（扫描件第{p.note_page}页，"
              f"申报书附件汇编复印件同）为 {ev_rev:,.2f}万元。")
    p.problem("h35-p3-02", "count_vs_list", ["平台核心软硬件技术获得的专利数量（项）"], [frel, ip], "error",
              "专利数量填 18 项，知识产权清单“专利清单（共16项）”只列16项（软著33项一致）。")
    p.problem("h35-p3-03", "identity", ["平台团队总人数（人）", "运维人数（人）", "运营人数（人）"], [frel], "error",
              "运维 112 + 运营 78 = 190 ≠ 平台团队总人数 196。")
    p.problem("h35-p3-04", "narrative_vs_form", ["连接的工业设备/产品/产线种类及数量（台/套）"], [nrel, frel], "warning",
              f"申报书3.2节称“平台接入设备已超过3万台（套）”，申报表为 {v['连接的工业设备/产品/产线种类及数量（台/套）']}"
              "（2.36万，申报书2.4节与表2-3亦为此数）。")
    write_truth(p, out, "序号10 来伊份合作伙伴共创平台，咨询公司编写：审计报告为扫描件且平台营收与申报表不符、专利清单条数少于申报数、"
                        "团队人数不闭合、申报书中“超过3万台”与申报表不符；仅DOCX申报表，横向XLSX汇总表，设备清单XLSX。")
    return p


def build_p4(out: Path):
    pid = "h35_p4_baowuzhuangbei_problems"
    p = Pkg(spec_p4(), pid, out / "packages" / pid, REPO_REL)
    p.layout = ["consultancy-naming:附件7-N_", "evidence_dir:附件7 佐证材料/", "narrative:pdf-toc-header-footer",
                "narrative:landscape-table", "narrative:续表-with-header", "narrative:附件汇编-copies", "section7:present",
                "prose:12.6万台-vs-126,384", "form:docx+stamped-scan", "summary:xlsx-vertical", "commitment:scan",
                "screenshots:pdf-image", "awards:xlsx"]
    v = p.v
    true_util = v["存储资源利用率（%）"]
    p.v["存储资源利用率（%）"] = 68.42
    p.summ["工业APP数量（个）"] = 568
    p.narr["registered"] = 5216
    missing = "附件7-6_第三方安全测评报告.pdf"
    evidence_and_catalog(p, "附件7 佐证材料/", "附件7", {
        "missing_catalog": [("有否定期开展第三方安全测试/测评", "附件7-6", "第三方安全测评报告（等保三级）", missing, "第1-12页")],
        "proof_extra": {"有否定期开展第三方安全测试/测评": f"附件7-6 {missing}"}})
    nrel = "02 申报书-宝武装备设备远程运维平台.pdf"
    build_narrative(p, nrel, "附件7")
    finish_proof_pages(p, nrel)
    docs.contact_docx(p, "00 联系人信息反馈表.docx")
    frel = "01 申报表-宝武装备.docx"
    docs.form_docx(p, frel, "仿宋")
    docs.form_scan(p, "01 申报表-宝武装备（盖章）.pdf", 41)
    srel = "03 平台基本情况汇总表.xlsx"
    docs.summary_xlsx(p, srel, horizontal=False)
    docs.commitment_scan(p, "04 真实性承诺（盖章）.pdf", 42)
    p.problem("h35-p4-01", "summary_vs_form", ["工业APP数量（个）"], [srel, frel], "error",
              f"汇总表工业APP数量 568，申报表为 {v['工业APP数量（个）']}（截图、申报书亦为586）。")
    p.problem("h35-p4-02", "narrative_vs_form", ["注册企业用户数（个）"], [nrel, frel], "error",
              f"申报书表2-5 平台运营核心指标一览：注册企业用户数 5,216；申报表为 {v['注册企业用户数（个）']}（平台截图亦为5,126）。")
    p.problem("h35-p4-03", "missing_proof", ["有否定期开展第三方安全测试/测评"], [frel, nrel], "warning",
              f"申报表证明资料与申报书表6-1佐证材料目录均引用“附件7-6 {missing}”，包内没有该文件，附件汇编中也没有。")
    p.problem("h35-p4-04", "formula", ["存储资源利用率（%）"], [frel], "error",
              f"存储资源利用率填 68.42%，按申报表 {v['存储工业数据量（TB）']:.2f}÷{v['存储容量（TB）']:.2f}×100% = {true_util:.2f}%。")
    write_truth(p, out, "序号22 宝武装备钢铁设备远程运维平台（2023参评），咨询公司编写：12.6万台与126,384并存（非问题）、"
                        "汇总表工业APP数量抄错、申报书表2-5注册企业数与申报表不符、佐证目录引用的第三方测评报告缺失、存储资源利用率算错。")
    return p


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(HERE))
    a = ap.parse_args(argv)
    out = Path(a.out)
    for sub in ("packages", "truth"):
        if (out / sub).exists():
            shutil.rmtree(out / sub)
    for fn in (build_p1, build_p2, build_p3, build_p4):
        p = fn(out)
        print(p.pid, len(p.files), "files", len(p.facts), "facts", len(p.problems), "problems",
              getattr(p, "narr_pages", "?"), "申报书 pages")


if __name__ == "__main__":
    main()
