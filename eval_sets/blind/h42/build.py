"""Build the h42 blind set: evidence of the wrong date or the wrong company.

python -m eval_sets.blind.h42.build [--out DIR]   (default: this folder; writes packages/ and truth/)
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from reportlab.lib.units import mm

from eval_sets.truth import PackageTruth, dump_truth

from . import documents as D
from . import evidence as E
from . import render as R
from .model import Package, c2, ci, synth
from .texts import form_texts

HERE = Path(__file__).resolve().parent
REL = "eval_sets/blind/h42"
DEFAULT_PROOF = "平台运营管理后台统计（截至填表日），详见申报书第二章"


def fact(label, value, unit, normalized, file, page, quote, row_label="", column_label="", component="",
         image_only=False):
    return dict(label=label, value=value, unit=unit, normalized=normalized, file=file, page=page, quote=quote,
                row_label=row_label, column_label=column_label, component=component, image_only=image_only)


def default_proofs(pkg: Package) -> None:
    for c, v in pkg.cells.items():
        numeric = v[:1].isdigit() or v.startswith(("是，", "共"))
        pkg.proofs.setdefault(c, DEFAULT_PROOF if numeric else "详见申报书第二章")


def base_params(seed: int) -> dict:
    return dict(
        seed=seed, nature="行业型工业互联网平台", build_mode="自建", op_mode="自运营", deploy="私有云、公有云、混合云",
        paid_share=30.00, protocols=120, other_sw=30, app_mau=150, killer_dau=1200, killer_hits=16000,
        killer_income=25.00, cloud=120.00, pub_cloud=50, model_w=[3, 1, 4, 2], model_users=400,
        speed="秒级（单TB时序数据聚合分析平均约3秒）", trade_growth=15.00, dev_util=75.00, domestic=85.00,
        domestic_note="核心软件国产化率约92%，服务器等硬件国产化率约78%", parks=8, solutions=24, sol_w=[5, 2, 4, 6, 2, 5],
        vc="否", case_rates=(15.00, 10.00, 18.00), indices=4,
        indices_text="共4个：能效指数、设备健康指数、碳排放强度指数、产能利用指数，按月发布",
        breakthrough="是，自研多源异构数据实时接入与机理模型引擎，接入协议与建模效率达到国内同类平台先进水平",
        carbon="是，提供碳计算/核算、碳排放监测、碳效评价服务，覆盖建材、化工、机械等行业用户",
        idres="是，接入国家工业互联网标识解析二级节点，实现设备与产品标识注册与解析",
        jobs=200, social=20.00,
        open_data="以API接口和行业数据集形式开放：开放API接口96个、行业数据集6个",
        sec_test="是，每年一次（第三方网络安全等级保护测评）",
    )


def finish(pkg: Package, p: dict, texts: dict):
    p["texts"] = texts
    reg, _served, paid, _sme = p["ent"]
    p["paid_share"] = round(paid / reg * 100, 2)  # 付费用户÷平台用户总数, read as paying ÷ registered enterprises
    p["sec_rules"] = texts["是否针对平台制定了安全管理相关制度"]
    p["sec_scan"] = texts["有否定期进行安全扫描"]
    om, en, _sf = p["case_rates"]
    texts["解决方案累计对企业/用户降低成本"] = f"3个案例企业平均降低运维成本{om:.2f}%，单位产品能耗平均下降{en:.2f}%。"
    synth(pkg, p)


def truth_json(pkg: Package, desc: str, layout: list[str], files: dict, facts: list, problems: list, secrets: list):
    from .model import SUMMARY_LABELS
    rows = [dict(label=lab, value=pkg.summary[lab][0], normalized=pkg.summary[lab][1]) for lab in SUMMARY_LABELS]
    t = PackageTruth.model_validate(dict(
        package_id=pkg.pid, description=desc, path=f"{REL}/packages/{pkg.pid}", delivery="folder",
        platform=dict(list_no=pkg.list_no, listed_name=pkg.listed_name, company=pkg.company,
                      declared_name=pkg.declared_name, participated_2023=pkg.participated),
        layout=layout, files=dict(sorted(files.items())), secrets=secrets, summary_rows=rows,
        evidence_facts=facts, problems=problems))
    return dump_truth(t)


def chapter_common(pkg: Package, intro_company: list[str], platform_paras: list[str], effect: list[str],
                   plan: list[str], cases: list[str], attachments: list[str]) -> list:
    return [
        ("一、申报单位简介", intro_company),
        ("二、平台建设及运营情况", platform_paras),
        ("三、平台应用成效", effect),
        ("四、平台下一步发展计划", plan),
        ("五、平台应用案例", cases),
        ("六、附件及其他说明材料", attachments),
    ]


# ====================================================================== A: 序号27 碳索 (clean)
def build_a(root: Path, tmp: Path) -> str:
    pkg = Package("h42_tansuo_clean", 27, "零碳绿色工厂综合数智化管理平台", "上海碳索能源服务股份有限公司", False,
                  "零碳绿色工厂综合数智化管理平台", "2024年7月15日")
    sub = "上海碳索智联科技有限公司"
    pkg.info = dict(
        uscc="91310115MA1H7XQ27K", founded="2014年9月16日", reg_addr="上海市浦东新区张江路（示例）1188号，浦东新区",
        type="股份有限公司（非上市）", capital="8,600万元", business="工业节能与碳管理服务、能源数字化平台软件开发与运营",
        legal="韩立新", contact="沈佳怡", title="数字化事业部总监", phone="13917352846", email="shenjy@tansuo-energy.example.com",
        contact2="吴昊", title2="平台运营经理", phone2="13918604275", email2="wuhao@tansuo-energy.example.com",
        venue="上海市浦东新区张江路（示例）1188号2号楼6楼会议中心", url="https://zerocarbon.tansuo-energy.example.com",
        account="sheitc_review", password="Ts@Review2024", build_text="2019年3月至2023年12月", g21=15.42,
        equity="韩立新 3,096万元 36.00%；上海碳索投资管理合伙企业（有限合伙）2,150万元 25.00%；其他股东 3,354万元 39.00%",
        assets="41,862.35", main_rev="28,614.70", main_growth="12.84", debt="44.20", company_profit="2,986.41", tax="1,124.58",
        iaas="☑租用，服务商名称（必填）：阿里云计算有限公司",
        intro=("平台性质：专业型工业互联网平台。零碳绿色工厂综合数智化管理平台面向建材、化工、机械等高耗能制造企业，提供能源计量接入、"
               "能效诊断、碳排放核算与碳资产管理等服务。平台由申报单位投资建设，平台云端运维及数据服务由全资子公司上海碳索智联科技有限公司"
               "承担。截至填表日，平台接入工业设备26,840台（套），注册企业用户3,180家。"),
        effect="平台帮助案例用户企业单位产品能耗平均下降12.37%，形成可复制的零碳工厂建设路径，带动长三角地区绿色制造服务产业发展。",
    )
    p = base_params(2701)
    p.update(nature="专业型工业互联网平台", build_period="2019.03-2023.12", build_amount=4250.00,
             rev=(2418.62, 2876.35, 3392.18), g21=15.42, team=132, ops=74, titled=88, rnd=596.74, profit=382.55,
             paid_share=28.60, devices=26840, pub_devices=11920, run_devices=7480,
             dev_cats=(["电力设备", "动力设备", "仪器仪表", "建材设备", "化工设备", "轻工设备"], [31, 24, 17, 12, 10, 6]),
             dev_regions=(["上海", "江苏", "浙江", "安徽", "山东", "广东", "越南Vietnam"], [36, 22, 17, 9, 7, 6, 3]),
             protocols=168, apps=(186, 74), other_sw=38,
             app_cats=(["节能减排", "运维服务", "安全生产", "运营管理", "质量管控", "生产制造"], [30, 22, 14, 14, 10, 10]),
             app_inds=(["建材", "石化化工", "机械", "电力、热力和燃气", "轻工", "汽车"], [24, 22, 18, 16, 12, 8]),
             pub_apps=152, pub_app_active=83, app_mau=201, killer_dau=1842, killer_hits=24610, killer_income=36.85,
             cloud=148.50, pub_cloud=62, storage=(720.00, 418.62, 176.40), models=(214, 118), model_users=486,
             speed="秒级（单TB能耗时序数据聚合约2.8秒）", micro=(862, 455), developers=(6420, 1386),
             ent=(3180, 2346, 712, 1988),
             ent_inds=(["建材", "石化化工", "机械", "电力、热力和燃气", "轻工", "汽车", "食品", "其他"], [20, 18, 17, 12, 10, 9, 8, 6]),
             ent_regions=(["上海", "江苏", "浙江", "安徽", "山东", "广东"], [46, 21, 16, 7, 5, 5]),
             orders=(14260, 15128), trade_growth=18.42, subs=(4126, 2215, 1868.40), dev_util=76.35, domestic=88.00,
             factories=["上海某建材智能工厂（宝山区）：能效监测与碳核算", "上海某化工新材料智能工厂（金山区）：蒸汽系统能效优化",
                        "上海某汽车零部件智能工厂（嘉定区）：空压站群控节能"],
             parks=11, solutions=30, vc="是，2023年5月完成B轮融资，由上海浦江绿色产业投资基金（示例）领投",
             case_rates=(16.84, 12.37, 18.95), patents=21, copyrights=34, jobs=286, social=21.37,
             awards=[("上海市工业互联网创新发展应用示范平台", "2021年12月", "上海市经济和信息化委员会"),
                     ("2022年工业互联网平台创新领航应用案例", "2022年11月", "工业和信息化部"),
                     ("上海市绿色制造优秀服务案例", "2023年8月", "上海市经济和信息化委员会"),
                     ("上海市科技进步奖三等奖", "2023年5月", "上海市人民政府"),
                     ("上海市软件和信息技术服务业高成长百家", "2024年3月", "上海市经济和信息化委员会")],
             partners=[("上海市工业碳管理公共服务平台（示例）", "数据对接"), ("长三角能效服务平台（示例）", "应用对接"),
                       ("某云厂商工业云市场", "应用上架与账号互认"), ("某电网需求响应平台", "数据对接"),
                       ("某绿电交易服务平台", "数据对接"), ("某工业标识解析二级节点", "标识解析"),
                       ("某供应链金融服务平台", "数据与应用对接")])
    texts = form_texts("零碳工厂数智化管理平台", "建材、化工、机械等高耗能制造行业", "碳索能源“十四五”数字化与零碳服务发展战略", "TS-ISMS")
    finish(pkg, p, texts)
    n = pkg.n
    pk = root / pkg.pid
    ev = "附件3 证明材料"
    f_aud23 = f"{ev}/01 2023年度审计报告（上海碳索能源服务股份有限公司）.pdf"
    f_aud22 = f"{ev}/02 2022年度审计报告（上海碳索能源服务股份有限公司）.pdf"
    f_ip = f"{ev}/03 知识产权清单（专利、软件著作权）.xlsx"
    f_dev = f"{ev}/04 设备接入数据导出_碳索智联运维后台_20240712.xlsx"
    f_shot = f"{ev}/05 平台运行看板截图_20240712.png"
    f_cert = f"{ev}/06 信息安全资质证书（ISO27001、等保测评）.pdf"
    f_award = f"{ev}/07 省部级及以上荣誉清单.pdf"
    f_ss = f"{ev}/08 平台团队社保缴纳人员汇总（2024年1-6月）.pdf"
    f_part = f"{ev}/09 合作平台协议清单.pdf"
    files = {
        "附件1 联系人信息反馈表.docx": "联系人表", "附件2 申报表（碳索能源）.docx": "申报表",
        "附件2 申报表（碳索能源）盖章扫描件.pdf": "申报表扫描件", "附件3 申报书（碳索能源）.docx": "申报书",
        "附件4 平台基本情况汇总表.xlsx": "汇总表", "附件5 真实性承诺（盖章）.pdf": "承诺",
        f_aud23: "evidence:audit_report", f_aud22: "evidence:audit_report", f_ip: "evidence:patent_list",
        f_dev: "evidence:device_list", f_shot: "evidence:screenshot", f_cert: "evidence:other",
        f_award: "evidence:award_list", f_ss: "evidence:other", f_part: "evidence:other",
    }
    proofs = {
        "平台相关研发投入（万元）": "附件3-01《2023年度审计报告》第5页 平台业务专项说明",
        "平台相关研发投入强度（%）": "按附件3-01第5页研发投入÷平台营收计算",
        "平台相关营业收入（万元）": "附件3-01《2023年度审计报告》第5页；2021、2022年数据见附件3-02《2022年度审计报告》第5页",
        "平台利润率（%）": "附件3-01第5页 平台利润总额÷平台营收",
        "投资回报率（%）": "附件3-01第5页 平台利润总额÷平台建设金额",
        "平台团队总人数（人）": "附件3-08 社保缴纳人员汇总（含全资子公司碳索智联）",
        "连接的工业设备/产品/产线种类及数量（台/套）": "附件3-04 设备接入数据导出（运维单位碳索智联，2024-07-12）",
        "其中：公有云工业设备连接数量（台/套）": "附件3-04",
        "其中：公有云工业设备平均日运行数量（台/套）": "附件3-04",
        "其中：海外设备连接数量（台/套）": "附件3-04 海外设备页",
        "注册企业用户数（个）": "附件3-05 平台运行看板截图（2024-07-12）",
        "其中：实际服务企业数（个）": "附件3-05", "工业APP数量（个）": "附件3-05", "工业机理模型数量（个）": "附件3-05",
        "微服务数量（个）": "附件3-05", "开发者注册总数（个）": "附件3-05", "存储工业数据量（TB）": "附件3-05",
        "是否针对平台制定了安全管理相关制度": "附件3-06 ISO/IEC 27001认证证书（有效期至2025年11月7日）",
        "有否定期开展第三方安全测试/测评": "附件3-06 等级保护测评报告封面（2024年4月）",
        "平台核心软硬件技术获得的专利数量（项）": "附件3-03 知识产权清单 专利页",
        "平台核心软硬件技术获得的软著数量（个）": "附件3-03 知识产权清单 软件著作权页",
        "平台获得省部级及以上奖项/荣誉数量（个）": "附件3-07 省部级及以上荣誉清单",
        "合作平台数量（个）": "附件3-09 合作平台协议清单",
    }
    pkg.proofs = proofs
    default_proofs(pkg)
    facts = []
    # 2023 audit (applicant)
    plat = [("平台相关营业收入", [c2(n["r23"])]), ("平台相关研发投入", [c2(596.74)]), ("平台利润总额", [c2(382.55)])]
    E.audit_report(pk / f_aud23, company=pkg.company, year=2023, auditor="上海立衡会计师事务所（特殊普通合伙）（示例）",
                   report_no="立衡审字〔2024〕第0318号", report_date="2024年3月28日",
                   comp=E.company_statements(286147012.36, 253580114.20, 29864105.77, 25118032.64, 418623518.40,
                                             376150244.18, debt=0.442),
                   plat_title="附注十五、工业互联网平台业务专项说明（2023年度）", plat_cols=["2023年度"], plat_rows=plat,
                   plat_unit="万元", notes=[
                       f"注1：零碳绿色工厂综合数智化管理平台由本公司投资建设，平台云端运维及数据服务由本公司全资子公司{sub}承担，"
                       "其平台相关收入、成本及研发投入已按合并口径计入上表。",
                       "注2：平台相关营业收入指基于平台直接订阅的服务及通过平台服务取得的收入；2021–2022年度平台数据见本公司2022年度审计报告附注。"])
    facts += [
        fact("平台相关营业收入（万元）", c2(n["r23"]), "万元", n["r23"], f_aud23, 5, c2(n["r23"]), "平台相关营业收入", "2023年度"),
        fact("平台相关研发投入（万元）", "596.74", "万元", 596.74, f_aud23, 5, "596.74", "平台相关研发投入", "2023年度"),
        fact("平台利润率（%）", "382.55", "万元", 382.55, f_aud23, 5, "382.55", "平台利润总额", "2023年度", "平台利润总额（万元）"),
        fact("投资回报率（%）", "382.55", "万元", 382.55, f_aud23, 5, "382.55", "平台利润总额", "2023年度", "平台年利润（万元）"),
    ]
    # 2022 audit (applicant, previous year) used only for 2021/2022
    plat22 = [("平台相关营业收入", [c2(n["r22"]), c2(n["r21"])]), ("平台相关研发投入", ["512.40", "455.18"]),
              ("平台利润总额", ["318.26", "270.11"])]
    E.audit_report(pk / f_aud22, company=pkg.company, year=2022, auditor="上海立衡会计师事务所（特殊普通合伙）（示例）",
                   report_no="立衡审字〔2023〕第0276号", report_date="2023年4月12日",
                   comp=E.company_statements(253580114.20, 221046817.55, 25118032.64, 20976514.08, 376150244.18,
                                             331204697.72, debt=0.458, prior_debt=0.47),
                   plat_title="附注十四、工业互联网平台业务专项说明（2022年度）", plat_cols=["2022年度", "2021年度"],
                   plat_rows=plat22, plat_unit="万元",
                   notes=[f"注：平台云端运维及数据服务由本公司全资子公司{sub}承担，已按合并口径计入上表。"])
    facts += [
        fact("平台近三年经营指标情况", c2(n["r22"]), "万元", n["r22"], f_aud22, 5, c2(n["r22"]), "平台相关营业收入", "2022年度",
             "2022年平台营收（万元）"),
        fact("平台近三年经营指标情况", c2(n["r21"]), "万元", n["r21"], f_aud22, 5, c2(n["r21"]), "平台相关营业收入", "2021年度",
             "2021年平台营收（万元）"),
    ]
    # IP list xlsx
    pat = [["序号", "专利名称", "专利类型", "专利号", "专利权人", "授权公告日"]]
    names = ["工业能耗数据多源采集方法", "基于机理模型的窑炉能效诊断方法", "碳排放因子动态核算装置", "空压站群控节能控制方法",
             "蒸汽管网泄漏识别方法", "能源计量数据清洗方法", "工厂级碳足迹追溯系统", "冷却塔变频优化方法", "电能质量异常检测方法",
             "余热回收效率评估方法", "多能流协同调度方法", "边缘网关协议自适配方法", "设备能效画像生成方法", "碳资产台账管理系统",
             "光伏出力预测方法", "负荷柔性调节方法", "照明系统节能控制装置", "能源看板可视化方法", "能源审计报告自动生成方法",
             "供热系统水力平衡方法", "碳配额履约预警方法"]
    for i, nm in enumerate(names):
        pat.append([i + 1, nm, "发明专利" if i % 3 else "实用新型", f"ZL20{19 + i % 5}1{i:04d}{(i * 37) % 1000:03d}.{i % 10}",
                    pkg.company, f"20{20 + i % 5}-{1 + i % 12:02d}-{10 + i % 18:02d}"])
    pat.append(["", f"合计：{len(names)}项", "", "", "", ""])
    sw = [["序号", "软件名称", "登记号", "著作权人", "登记日期"]]
    for i in range(34):
        sw.append([i + 1, f"碳索{['能耗监测', '碳核算', '能效诊断', '设备画像', '碳资产', '需求响应', '光伏运维', '空压群控'][i % 8]}软件V{1 + i // 8}.0",
                   f"2023SR{100000 + i * 3137}", pkg.company, f"20{19 + i % 6}-{1 + i % 12:02d}-{5 + i % 20:02d}"])
    sw.append(["", "合计：34项", "", "", ""])
    E.write_xlsx(pk / f_ip, [("专利", pat), ("软件著作权", sw)], widths=[6, 36, 12, 26, 32, 14])
    facts += [
        fact("平台核心软硬件技术获得的专利数量（项）", "21", "项", 21, f_ip, 1, "合计：21项", "合计"),
        fact("平台核心软硬件技术获得的软著数量（个）", "34", "项", 34, f_ip, 2, "合计：34项", "合计"),
    ]
    # device export by the subsidiary (explained)
    head = [["零碳绿色工厂综合数智化管理平台 设备接入统计导出"],
            [f"导出单位：{sub}（申报单位全资子公司，平台运维单位）"], ["导出时间：2024-07-12 09:30:15"],
            ["统计口径：截至2024-07-12平台在册接入设备"], []]
    E.write_xlsx(pk / f_dev, E.device_sheets(n, head), widths=[8, 26, 18, 22, 20])
    facts += [
        fact("连接的工业设备/产品/产线种类及数量（台/套）", str(n["dev"]), "台/套", n["dev"], f_dev, 1, str(n["dev"]), "合计",
             "接入数量（台/套）"),
        fact("公有云工业设备连接数量（台/套）", str(n["pub"]), "台/套", n["pub"], f_dev, 1, str(n["pub"]), "合计",
             "其中：公有云接入（台/套）"),
        fact("公有云工业设备平均日运行数量（台/套）", str(n["run"]), "台/套", n["run"], f_dev, 1, str(n["run"]), "合计",
             "公有云日均运行（台/套）"),
        fact("海外设备连接数量（台/套）", str(n["ov_total"]), "台/套", n["ov_total"], f_dev, 3, str(n["ov_total"]), "海外合计",
             "接入数量（台/套）"),
    ]
    # dashboard screenshot (before the deadline)
    tiles = [("注册企业（家）", ci(n["reg"])), ("服务企业（家）", ci(n["served"])), ("工业APP（个）", str(n["apps"])),
             ("机理模型（个）", str(n["models"])), ("微服务（个）", "862"), ("注册开发者（个）", "6,420"),
             ("接入设备（台/套）", ci(n["dev"])), ("存储数据量（TB）", "418.62")]
    R.dashboard(pk / f_shot, "零碳绿色工厂综合数智化管理平台 · 运营总览", "截图时间：2024-07-12 10:18:42", tiles, 2711,
                subtitle="运维单位：上海碳索智联科技有限公司")
    facts += [
        fact("注册企业用户数（个）", ci(n["reg"]), "家", n["reg"], f_shot, 1, ci(n["reg"]), "注册企业（家）", image_only=True),
        fact("实际服务企业数（个）", ci(n["served"]), "家", n["served"], f_shot, 1, ci(n["served"]), "服务企业（家）", image_only=True),
        fact("工业APP数量（个）", str(n["apps"]), "个", n["apps"], f_shot, 1, str(n["apps"]), "工业APP（个）", image_only=True),
        fact("工业机理模型数量（个）", str(n["models"]), "个", n["models"], f_shot, 1, str(n["models"]), "机理模型（个）", image_only=True),
        fact("微服务数量（个）", "862", "个", 862, f_shot, 1, "862", "微服务（个）", image_only=True),
        fact("开发者注册总数（个）", "6,420", "个", 6420, f_shot, 1, "6,420", "注册开发者（个）", image_only=True),
        fact("连接的工业设备/产品/产线种类及数量（台/套）", ci(n["dev"]), "台/套", n["dev"], f_shot, 1, ci(n["dev"]), "接入设备（台/套）",
             image_only=True),
        fact("存储工业数据量（TB）", "418.62", "TB", 418.62, f_shot, 1, "418.62", "存储数据量（TB）", image_only=True),
    ]
    # certificates (scan): an older certificate still valid, and this year's test report
    iso = E.certificate_page("信息安全管理体系认证证书", [
        "证书编号：ISMS-2022-11-0874（示例）", f"获证组织：{pkg.company}",
        "覆盖范围：零碳绿色工厂综合数智化管理平台的设计开发、运维服务及相关信息安全管理活动",
        "认证依据：GB/T 22080-2016 / ISO/IEC 27001:2013", "初次发证日期：2022年11月8日",
        "有效期至：2025年11月7日", "2023年11月监督审核通过，证书持续有效。"], "发证机构：某认证中心有限公司（示例）")
    dj = E.certificate_page("网络安全等级保护测评报告", [
        "报告编号：31011524000-2024-0418-01（示例）", "被测对象：零碳绿色工厂综合数智化管理平台（第三级）",
        f"被测单位：{pkg.company}", "测评时间：2024年3月25日至2024年4月12日", "报告日期：2024年4月18日",
        "测评结论：良（综合得分86.5分）"], "测评机构：某网络安全测评中心有限公司（示例）")
    E.scanned_pages(pk / f_cert, tmp, [iso, dj], 2721, {0: "某认证中心有限公司", 1: "某网络安全测评中心"})
    # awards list (text PDF)
    rows = [["序号", "荣誉名称", "颁发单位", "获得时间", "备注"]]
    for i, (a, d, who) in enumerate(p["awards"]):
        rows.append([str(i + 1), a, who, d, "有效期三年（至2024年12月）" if i == 0 else "—"])
    rows.append(["", "合计：5项", "", "", ""])
    R.build_pdf(pk / f_award, [E.table_page("平台获得省部级及以上奖项/荣誉清单", [f"申报单位：{pkg.company}"], rows,
                                             [12 * mm, 58 * mm, 44 * mm, 24 * mm, 32 * mm])], title="荣誉清单")
    facts.append(fact("平台获得省部级及以上奖项/荣誉数量（个）", "5", "项", 5, f_award, 1, "合计：5项", "合计"))
    # social insurance (scan): applicant + wholly-owned subsidiary, 2024-01..06
    ss = E.table_page("平台团队人员社会保险缴纳情况汇总", ["缴费期间：2024年01月—2024年06月", "统计时点：2024年06月在缴人数"],
                      [["序号", "参保单位", "平台团队在缴人数（人）"], ["1", pkg.company, "96"],
                       ["2", f"{sub}（全资子公司）", "36"], ["", "合计", "132"]],
                      [14 * mm, 100 * mm, 50 * mm], 11,
                      tail=["说明：平台团队由申报单位及其全资子公司人员组成，以上人员均在平台团队名册内。"])
    E.scanned_pages(pk / f_ss, tmp, [ss], 2731, {0: pkg.company}, seal_pos=(0.55, 0.45))
    facts.append(fact("平台团队总人数（人）", "132", "人", 132, f_ss, 1, "132", "合计", "平台团队在缴人数（人）", image_only=True))
    # partners
    rows = [["序号", "合作平台", "甲方", "乙方", "协议期限", "合作内容"]]
    for i, (nm, what) in enumerate(p["partners"]):
        rows.append([str(i + 1), nm, pkg.company, f"{nm.replace('（示例）', '')}运营单位",
                     f"2023-{1 + i:02d}-01至2025-{1 + i:02d}-01", what])
    rows.append(["", "合计：7个", "", "", "", ""])
    R.build_pdf(pk / f_part, [E.table_page("合作平台协议清单", ["统计口径：有实际数据对接、应用对接的合作平台（截至填表日）"], rows,
                                            [10 * mm, 42 * mm, 36 * mm, 34 * mm, 28 * mm, 20 * mm], 8)], title="合作平台协议清单")
    facts.append(fact("合作平台数量（个）", "7", "个", 7, f_part, 1, "合计：7个", "合计"))
    # forms
    D.contacts_docx(pkg, pk / "附件1 联系人信息反馈表.docx")
    D.form_docx(pkg, pk / "附件2 申报表（碳索能源）.docx")
    D.form_scan(pkg, pk / "附件2 申报表（碳索能源）盖章扫描件.pdf", tmp, 2741)
    D.summary_xlsx(pkg, pk / "附件4 平台基本情况汇总表.xlsx")
    D.commitment_scan(pkg, pk / "附件5 真实性承诺（盖章）.pdf", tmp, 2751)
    att = [f"附件3-{k[len(ev) + 1:len(ev) + 3]}：{k[len(ev) + 4:]}" for k in sorted(files) if k.startswith(ev)]
    ch = chapter_common(
        pkg,
        [f"{pkg.company}成立于2014年，注册地上海市浦东新区，主营工业节能与碳管理服务、能源数字化平台软件开发与运营。",
         f"{sub}为申报单位全资子公司（持股100%），成立于2020年，负责零碳绿色工厂综合数智化管理平台的云端运维与数据服务，"
         "是本平台的运维单位；其平台相关收入、成本与人员已按合并口径纳入申报数据，设备接入统计由其运维后台导出。"],
        ["平台于2019年3月启动建设，2023年12月完成三期建设，建设金额4,250.00万元，采用自建方式，由申报单位自运营、"
         f"全资子公司{sub}承担云端运维。平台部署于私有云、公有云和混合云环境，IaaS资源租用阿里云。",
         "截至填表日，平台接入工业设备26,840台（套），注册企业用户3,180家，实际服务企业2,346家，上架工业APP 260个。",
         "平台信息安全管理体系于2022年11月取得ISO/IEC 27001认证（有效期至2025年11月7日，2023年11月监督审核通过），"
         "2024年4月完成网络安全等级保护第三级测评。",
         "2021—2022年度平台经营数据取自申报单位2022年度审计报告附注，2023年度数据取自2023年度审计报告附注。",
         "技术创新点：多源能耗数据实时接入、机理与数据融合的能效诊断模型、工厂级碳足迹追溯。"],
        ["平台帮助用户企业平均降低运维成本16.84%，单位产品能耗平均下降12.37%（3个案例平均）。",
         "应用创新点：以按效果付费的能效托管模式推动零碳工厂建设，形成可复制推广的路径。"],
        ["深化AI大模型在能效诊断中的应用，拓展长三角重点园区服务，完善碳资产管理产品。"],
        ["案例1：零碳绿色工厂综合数智化管理平台——建材企业窑炉能效优化。企业简介：某建材企业位于宝山区。"
         "实施内容：接入窑炉及辅助设备，建立能效诊断模型，实现单位熟料能耗下降。"],
        ["附件清单："] + att)
    D.narrative(pkg, ch, pk / "附件3 申报书（碳索能源）.docx", "docx")
    desc = ("序号27 碳索能源零碳工厂平台，干净包：2023年度与2022年度两份审计报告并存（2022年度报告仅用于2021/2022年营收），"
            "2022年发证、有效期至2025年11月的ISO27001证书（仍有效）与2024年4月等保测评，由全资子公司（在申报书与专项说明中说明为"
            "平台运维单位）导出的设备统计，2024年1-6月社保汇总含子公司人员，截图时间在截止日前。")
    layout = ["naming:附件N prefix", "evidence_dir:附件3 证明材料", "columns:levels+content+actual+proof", "form:docx+scan",
              "audit:2023+2022 reports", "audit_unit:元+专项说明(万元)", "subsidiary:explained operator",
              "certificate:older-still-valid", "screenshot:png before deadline", "summary:xlsx-vertical", "commitment:scan",
              "ip:xlsx two sheets", "social_insurance:scan 2024-01..06"]
    return truth_json(pkg, desc, layout, files, facts, [], [pkg.info["password"]])


# ====================================================================== B: 序号4 鸿之微 (4 problems)
def build_b(root: Path, tmp: Path) -> str:
    pkg = Package("h42_hongzhiwei_problems", 4, "基于知识驱动的材料大数据工业互联网平台", "鸿之微(科技)上海股份有限公司", False,
                  "基于知识驱动的材料大数据工业互联网平台", "2024年7月12日")
    sub = "鸿之微（南京）材料计算科技有限公司"
    other_a, other_b = "上海晶材新材料研究院有限公司", "上海算材信息技术有限公司"
    pkg.info = dict(
        uscc="91310000MA1FL4HZ04", founded="2015年6月2日", reg_addr="上海市闵行区（示例）紫星路588号，闵行区",
        type="股份有限公司（非上市）", capital="5,200万元", business="材料计算与模拟软件、材料大数据平台及研发服务",
        legal="陆振宇", contact="邵敏", title="平台运营部经理", phone="13916825039", email="shaomin@hzw-materials.example.com",
        contact2="王子腾", title2="技术总监", phone2="13917530642", email2="wangzt@hzw-materials.example.com",
        venue="上海市闵行区（示例）紫星路588号3号楼5楼会议室", url="https://matdata.hzw-materials.example.com",
        account="review2024", password="Hzw#Mat0712", build_text="2018年10月至2023年12月", g21=21.36,
        equity="陆振宇 1,820万元 35.00%；上海鸿材企业管理合伙企业（有限合伙）1,300万元 25.00%；其他股东 2,080万元 40.00%",
        assets="18,436.20", main_rev="9,862.45", main_growth="18.63", debt="31.70", company_profit="1,106.82", tax="486.35",
        iaas="☑自建",
        intro=("平台性质：专业型工业互联网平台。平台以材料计算与实验数据为基础，构建材料知识图谱与机理模型库，为有色金属、"
               "电子、化工等行业企业提供材料研发设计、工艺优化和质量分析服务，主要客户包括材料生产企业、科研院所与装备制造企业。"),
        effect="平台将材料研发周期平均缩短约30%，帮助企业降低试验成本，推动材料研发由经验驱动向数据与知识驱动转变。",
    )
    p = base_params(401)
    p.update(nature="专业型工业互联网平台", build_period="2018.10-2023.12", build_amount=3120.00,
             rev=(1386.20, 1702.45, 2118.36), g21=21.36, team=118, ops=79, titled=96, rnd=688.92, profit=214.75,
             paid_share=26.40, devices=4860, pub_devices=2210, run_devices=1365,
             dev_cats=(["仪器仪表", "化工设备", "冶炼设备", "电工、电子设备"], [46, 22, 18, 14]),
             dev_regions=(["上海", "江苏", "浙江", "北京", "广东", "湖北"], [38, 20, 15, 11, 9, 7]),
             protocols=86, apps=(142, 56), other_sw=24,
             app_cats=(["研发设计", "质量管控", "生产制造", "运营管理", "节能减排"], [44, 22, 16, 10, 8]),
             app_inds=(["有色金属", "黑色金属", "石化化工", "电子", "建材", "航空/航天"], [26, 18, 20, 18, 10, 8]),
             pub_apps=118, pub_app_active=61, app_mau=132, killer_dau=964, killer_hits=11820, killer_income=18.36,
             cloud=96.00, pub_cloud=34, storage=(480.00, 296.35, 118.60), models=(386, 172), model_w=[3, 3, 5, 1],
             model_users=612, speed="秒级（单TB材料计算数据检索分析约5秒）", micro=(624, 318), developers=(9240, 2185),
             ent=(2645, 1874, 536, 1590),
             ent_inds=(["有色金属", "黑色金属", "石化化工", "电子", "建材", "航空/航天", "其他"], [24, 16, 18, 17, 10, 8, 7]),
             ent_regions=(["上海", "江苏", "浙江", "北京", "广东", "湖北"], [34, 19, 15, 13, 11, 8]),
             orders=(12460, None), trade_growth=22.15, subs=(3218, 1462, 1126.80), dev_util=71.20, domestic=92.00,
             domestic_note="核心计算引擎与数据库均为国产自研或国产产品",
             factories=["上海某有色金属新材料智能工厂（松江区）：合金成分设计优化", "上海某电子材料智能工厂（金山区）：工艺参数寻优"],
             parks=6, solutions=18, vc="是，2022年8月获得某科创投资基金（示例）B轮投资",
             case_rates=(14.26, 8.54, 12.38), patents=18, copyrights=26, jobs=168, social=18.64,
             carbon="否", idres="否",
             awards=[("上海市科技进步奖二等奖", "2021年6月", "上海市人民政府"),
                     ("工业互联网平台创新领航应用案例", "2022年11月", "工业和信息化部"),
                     ("上海市人工智能创新应用优秀案例", "2023年4月", "上海市经济和信息化委员会"),
                     ("上海市工业软件优秀产品", "2023年12月", "上海市经济和信息化委员会")],
             partners=[("某国家材料基因工程数据平台（示例）", pkg.company), ("某超算中心云服务平台", pkg.company),
                       ("某有色金属行业工业互联网平台", pkg.company), ("某高校材料数据库平台", pkg.company),
                       ("晶材新材料数据共享平台", other_a), ("某化工园区公共服务平台", pkg.company)],
             open_data="以API接口、材料数据集和模型组件形式开放：开放API接口64个、材料数据集12个（约180万条）、模型组件40个")
    texts = form_texts("材料大数据工业互联网平台", "有色金属、电子、化工等材料行业", "鸿之微2023-2027年发展战略规划", "HZW-SEC",
                       extra={"平台是否具备碳管理服务能力": "否", "平台是否融合使用国家标识解析系统": "否"})
    finish(pkg, p, texts)
    n = pkg.n
    pk = root / pkg.pid
    ev = "佐证材料"
    f_aud = f"{ev}/佐证1_2023年度审计报告.pdf"
    f_ip = f"{ev}/佐证2_知识产权清单.pdf"
    f_dev = f"{ev}/佐证3_设备接入统计_导出20240705.xlsx"
    f_shot = f"{ev}/佐证4_平台运营截图_20240708.png"
    f_ord = f"{ev}/佐证5_平台订单统计导出.xlsx"
    f_dj = f"{ev}/佐证6_网络安全等级保护测评报告（封面及结论）.pdf"
    f_part = f"{ev}/佐证7_合作平台协议清单.pdf"
    f_aw = f"{ev}/佐证8_荣誉清单.xlsx"
    files = {
        "1_联系人信息反馈表.docx": "联系人表", "2_申报表.xlsx": "申报表", "2_申报表（盖章版）.pdf": "申报表扫描件",
        "3_申报书.docx": "申报书", "4_平台基本情况汇总表.xlsx": "汇总表", "5_真实性承诺.docx": "承诺",
        f_aud: "evidence:audit_report", f_ip: "evidence:patent_list", f_dev: "evidence:device_list",
        f_shot: "evidence:screenshot", f_ord: "evidence:other", f_dj: "evidence:other", f_part: "evidence:other",
        f_aw: "evidence:award_list",
    }
    pkg.cells["有否定期开展第三方安全测试/测评"] = "是，每年开展一次第三方网络安全等级保护测评（见佐证6）"
    pkg.proofs = {
        "平台相关研发投入（万元）": "佐证1 审计报告第5页", "平台相关营业收入（万元）": "佐证1 审计报告第5页",
        "平台利润率（%）": "佐证1 审计报告第5页", "投资回报率（%）": "佐证1 审计报告第5页",
        "平台核心软硬件技术获得的专利数量（项）": "佐证2 知识产权清单第1页", "平台核心软硬件技术获得的软著数量（个）": "佐证2 第2页",
        "连接的工业设备/产品/产线种类及数量（台/套）": "佐证3 设备接入统计", "注册企业用户数（个）": "佐证4 平台运营截图",
        "其中：实际服务企业数（个）": "佐证4", "开发者注册总数（个）": "佐证4", "工业机理模型数量（个）": "佐证4",
        "平台订单数量（个），填写近一年总量": "佐证5 平台订单统计导出", "有否定期开展第三方安全测试/测评": "佐证6 等保测评报告",
        "合作平台数量（个）": "佐证7 合作平台协议清单", "平台获得省部级及以上奖项/荣誉数量（个）": "佐证8 荣誉清单",
    }
    default_proofs(pkg)
    facts = []
    plat = [("平台相关营业收入", [c2(n["r23"]), c2(n["r22"]), c2(n["r21"])]), ("平台相关研发投入", ["688.92", "603.15", "512.74"]),
            ("平台利润总额", ["214.75", "176.30", "128.42"])]
    E.audit_report(pk / f_aud, company=pkg.company, year=2023, auditor="上海申衡会计师事务所有限公司（示例）",
                   report_no="申衡审〔2024〕A0412号", report_date="2024年4月10日",
                   comp=E.company_statements(98624518.30, 83136542.77, 11068236.50, 9412750.18, 184362015.66,
                                             162804371.25, debt=0.317),
                   plat_title="附注十二、材料大数据平台业务收支情况说明", plat_cols=["2023年度", "2022年度", "2021年度"],
                   plat_rows=plat, plat_unit="万元", notes=["注：平台业务收入按平台订阅服务及基于平台提供的研发服务合同拆分。"])
    facts += [
        fact("平台相关营业收入（万元）", c2(n["r23"]), "万元", n["r23"], f_aud, 5, c2(n["r23"]), "平台相关营业收入", "2023年度"),
        fact("平台近三年经营指标情况", c2(n["r22"]), "万元", n["r22"], f_aud, 5, c2(n["r22"]), "平台相关营业收入", "2022年度",
             "2022年平台营收（万元）"),
        fact("平台近三年经营指标情况", c2(n["r21"]), "万元", n["r21"], f_aud, 5, c2(n["r21"]), "平台相关营业收入", "2021年度",
             "2021年平台营收（万元）"),
        fact("平台相关研发投入（万元）", "688.92", "万元", 688.92, f_aud, 5, "688.92", "平台相关研发投入", "2023年度"),
        fact("平台利润率（%）", "214.75", "万元", 214.75, f_aud, 5, "214.75", "平台利润总额", "2023年度", "平台利润总额（万元）"),
        fact("投资回报率（%）", "214.75", "万元", 214.75, f_aud, 5, "214.75", "平台利润总额", "2023年度", "平台年利润（万元）"),
    ]
    # IP list: 3 patents held by the Nanjing subsidiary
    pat = []
    pnames = ["材料第一性原理高通量计算方法", "合金成分逆向设计方法", "材料数据自动抽取方法", "晶体结构相似度检索方法",
              "材料性能预测模型训练方法", "多尺度模拟任务调度方法", "材料知识图谱构建方法", "薄膜工艺参数优化方法",
              "电子材料缺陷识别方法", "材料数据清洗与对齐方法", "高熵合金相稳定性预测方法", "材料计算结果可视化方法",
              "催化剂活性位点筛选方法", "材料实验数据管理系统", "半导体掺杂浓度预测方法", "材料数据库分布式存储方法",
              "电池正极材料寿命预测方法", "材料模拟云平台资源调度方法"]
    for i, nm in enumerate(pnames):
        owner = sub if i in (5, 11, 16) else pkg.company
        pat.append([str(i + 1), nm, f"ZL20{18 + i % 6}1{(i * 7919) % 100000:05d}.{i % 10}", "发明专利", owner,
                    f"20{19 + i % 5}-{1 + (i * 5) % 12:02d}-{3 + i % 25:02d}"])
    swr = []
    for i in range(26):
        swr.append([str(i + 1), f"鸿之微{['材料计算', '数据管理', '知识图谱', '模型训练', '工艺优化', '结构检索'][i % 6]}软件V{1 + i // 6}.0",
                    f"2022SR{200000 + i * 4211}", pkg.company, f"20{19 + i % 5}-{1 + i % 12:02d}-{8 + i % 20:02d}"])
    ipg = E.ip_list_pdf(pk / f_ip, pkg.company, [
        ("专利清单（共18项）", ["序号", "专利名称", "专利号", "类型", "专利权人", "授权日"], pat),
        ("软件著作权清单（共26项）", ["序号", "软件名称", "登记号", "著作权人", "登记日期"], swr)])
    facts += [
        fact("平台核心软硬件技术获得的专利数量（项）", "18", "项", 18, f_ip, ipg["专利清单（共18项）"], "专利清单（共18项）", "专利清单"),
        fact("平台核心软硬件技术获得的软著数量（个）", "26", "项", 26, f_ip, ipg["软件著作权清单（共26项）"], "软件著作权清单（共26项）", "软件著作权清单"),
    ]
    head = [["设备接入统计（平台后台导出）"], [f"导出单位：{pkg.company}"], ["导出时间：2024-07-05 16:02:11"], []]
    E.write_xlsx(pk / f_dev, E.device_sheets(n, head, "设备类别"), widths=[8, 24, 18, 22, 20])
    facts += [
        fact("连接的工业设备/产品/产线种类及数量（台/套）", str(n["dev"]), "台/套", n["dev"], f_dev, 1, str(n["dev"]), "合计",
             "接入数量（台/套）"),
        fact("公有云工业设备连接数量（台/套）", str(n["pub"]), "台/套", n["pub"], f_dev, 1, str(n["pub"]), "合计",
             "其中：公有云接入（台/套）"),
        fact("公有云工业设备平均日运行数量（台/套）", str(n["run"]), "台/套", n["run"], f_dev, 1, str(n["run"]), "合计",
             "公有云日均运行（台/套）"),
    ]
    tiles = [("注册企业用户", ci(n["reg"])), ("服务企业", ci(n["served"])), ("工业APP", str(n["apps"])),
             ("材料机理模型", str(n["models"])), ("注册开发者", "9,240"), ("活跃开发者", "2,185"), ("微服务", "624")]
    R.dashboard(pk / f_shot, "材料大数据工业互联网平台 运营驾驶舱", "截图时间：2024-07-08 14:20:05", tiles, 411)
    facts += [
        fact("注册企业用户数（个）", ci(n["reg"]), "家", n["reg"], f_shot, 1, ci(n["reg"]), "注册企业用户", image_only=True),
        fact("实际服务企业数（个）", ci(n["served"]), "家", n["served"], f_shot, 1, ci(n["served"]), "服务企业", image_only=True),
        fact("工业APP数量（个）", str(n["apps"]), "个", n["apps"], f_shot, 1, str(n["apps"]), "工业APP", image_only=True),
        fact("工业机理模型数量（个）", str(n["models"]), "个", n["models"], f_shot, 1, str(n["models"]), "材料机理模型", image_only=True),
        fact("开发者注册总数（个）", "9,240", "个", 9240, f_shot, 1, "9,240", "注册开发者", image_only=True),
        fact("活跃开发者数（个）", "2,185", "个", 2185, f_shot, 1, "2,185", "活跃开发者", image_only=True),
        fact("微服务数量（个）", "624", "个", 624, f_shot, 1, "624", "微服务", image_only=True),
    ]
    # orders export over the wrong window (2022-07..2023-06), total = declared "2023年自然年"
    months = [f"2022-{m:02d}" for m in range(7, 13)] + [f"2023-{m:02d}" for m in range(1, 7)]
    from .model import split
    per = split(12460, months, [8, 8, 9, 9, 10, 11, 7, 7, 8, 8, 8, 7])
    rows = [["平台订单统计（后台导出）"], ["统计区间：2022-07-01 至 2023-06-30"], ["导出时间：2023-07-03 11:26:40"], [],
            ["月份", "订单数（个）", "订单金额（万元）"]]
    for m in months:
        rows.append([m, per[m], round(per[m] * 0.0861, 2)])
    rows.append(["合计", 12460, round(sum(round(per[m] * 0.0861, 2) for m in months), 2)])
    E.write_xlsx(pk / f_ord, [("订单统计", rows)], widths=[16, 16, 18])
    facts.append(fact("平台订单数量(近一年总量)（个）", "12460", "个", 12460, f_ord, 1, "12460", "合计", "订单数（个）"))
    # expired security test report (scan)
    dj = E.certificate_page("网络安全等级保护测评报告", [
        "报告编号：31011222000-2022-1220-03（示例）", "被测对象：基于知识驱动的材料大数据工业互联网平台（第二级）",
        f"被测单位：{pkg.company}", "测评时间：2022年11月28日至2022年12月9日", "报告日期：2022年12月20日",
        "测评结论：中（综合得分78.2分）", "本报告有效期至2023年12月31日"], "测评机构：某信息安全测评有限公司（示例）")
    E.scanned_pages(pk / f_dj, tmp, [dj], 421, {0: "某信息安全测评有限公司"})
    # partners: agreement 5 is between two other companies
    rows = [["序号", "合作平台", "甲方", "乙方", "签署日期", "对接内容"]]
    for i, (nm, a) in enumerate(p["partners"]):
        b = other_b if a != pkg.company else f"{nm.replace('（示例）', '')}运营单位"
        rows.append([str(i + 1), nm, a, b, f"2023-{2 + i:02d}-15", "数据对接、应用互调"])
    rows.append(["", "合计：6个", "", "", "", ""])
    R.build_pdf(pk / f_part, [E.table_page("合作平台协议清单", ["（协议首页复印件另附）"], rows,
                                            [10 * mm, 40 * mm, 40 * mm, 38 * mm, 22 * mm, 20 * mm], 8)], title="合作平台协议清单")
    facts.append(fact("合作平台数量（个）", "6", "个", 6, f_part, 1, "合计：6个", "合计"))
    aw = [["序号", "荣誉名称", "颁发单位", "获得时间"]] + [[i + 1, a, who, d] for i, (a, d, who) in enumerate(p["awards"])]
    aw.append(["", "合计：4项", "", ""])
    E.write_xlsx(pk / f_aw, [("荣誉清单", aw)], widths=[6, 40, 34, 14])
    facts.append(fact("平台获得省部级及以上奖项/荣誉数量（个）", "4", "项", 4, f_aw, 1, "合计：4项", "合计"))
    # forms
    D.contacts_docx(pkg, pk / "1_联系人信息反馈表.docx")
    D.form_xlsx(pkg, pk / "2_申报表.xlsx")
    D.form_scan(pkg, pk / "2_申报表（盖章版）.pdf", tmp, 431)
    D.summary_xlsx(pkg, pk / "4_平台基本情况汇总表.xlsx", horizontal=True)
    D.commitment_docx(pkg, pk / "5_真实性承诺.docx")
    att = [f"{k[len(ev) + 1:]}" for k in sorted(files) if k.startswith(ev)]
    ch = chapter_common(
        pkg, [f"{pkg.company}成立于2015年，专注材料计算与模拟软件、材料大数据平台及研发服务，是国内较早从事材料计算软件国产化的企业。"],
        ["平台于2018年10月启动建设，2023年12月完成升级，建设金额3,120.00万元，自建自运营，部署于私有云、公有云和混合云。",
         "截至填表日，平台注册企业用户2,645家，实际服务企业1,874家，材料机理模型386个。",
         "技术创新点：材料知识图谱与高通量计算结合，实现材料性能的快速预测与逆向设计。"],
        ["平台将材料研发周期平均缩短约30%。", "应用创新点：以数据与知识驱动材料研发，形成订阅制研发服务模式。"],
        ["拓展电池材料、半导体材料方向的模型库，深化与超算中心合作。"],
        ["案例1：基于知识驱动的材料大数据工业互联网平台——合金成分设计优化。某有色金属企业通过平台模型将试制轮次减少约40%。"],
        ["附件清单："] + att)
    D.narrative(pkg, ch, pk / "3_申报书.docx", "docx")
    problems = [
        dict(id="h42_hongzhiwei_problems-01-declared_vs_evidence", family="declared_vs_evidence",
             fields=["平台核心软硬件技术获得的专利数量（项）"], files=["2_申报表.xlsx", f_ip], severity="error",
             description=(f"申报专利18项，佐证2《专利清单（共18项）》中第6、12、17项的专利权人为{sub}，并非申报单位"
                          f"{pkg.company}；填报指引要求“专利权属需与平台所属公司保持一致”，权属一致的仅15项")),
        dict(id="h42_hongzhiwei_problems-02-declared_vs_evidence", family="declared_vs_evidence",
             fields=["平台订单数量(近一年总量)（个）"], files=["2_申报表.xlsx", f_ord], severity="error",
             description=("申报表填“2023年自然年：12,460个”，唯一证明佐证5订单导出的统计区间为2022-07-01至2023-06-30（导出时间2023-07-03），"
                          "合计12,460正是该区间的数；填报指引要求近一年总量为2023自然年或截至填表日前一年，该数据期间不符，2023年订单数无证明")),
        dict(id="h42_hongzhiwei_problems-03-missing_proof", family="missing_proof",
             fields=["有否定期开展第三方安全测试/测评"], files=["2_申报表.xlsx", f_dj], severity="warning",
             description=("申报“是，每年开展一次第三方等保测评”，但所附唯一测评报告为2022年12月出具、注明“本报告有效期至2023年12月31日”，"
                          "已过期，2023年及2024年无测评记录，不能证明“定期”开展")),
        dict(id="h42_hongzhiwei_problems-04-declared_vs_evidence", family="declared_vs_evidence",
             fields=["合作平台数量（个）"], files=["2_申报表.xlsx", f_part], severity="warning",
             description=(f"合作平台6个，佐证7清单第5项“晶材新材料数据共享平台”的协议甲方为{other_a}、乙方为{other_b}，"
                          "双方均非申报单位，不能证明本平台的合作关系；有据可查的合作平台为5个")),
    ]
    desc = ("序号4 鸿之微材料大数据平台：XLSX申报表+盖章扫描件，横向汇总表，DOCX承诺；专利清单中3项权利人为南京子公司，"
            "订单导出区间为2022-07至2023-06却填作2023自然年，等保测评报告已于2023年底过期，合作协议之一双方均非申报单位。")
    layout = ["naming:N_ prefix", "evidence_dir:佐证材料", "form:xlsx+scan", "summary:xlsx-horizontal", "commitment:docx",
              "audit:2023 report with 3 years", "ip:pdf two pages with 权利人", "orders:export of another window",
              "certificate:expired test report", "contract:parties unrelated", "no overseas devices"]
    return truth_json(pkg, desc, layout, files, facts, problems, [pkg.info["password"]])


# ====================================================================== C: 序号13 国网上海电力 (3 problems)
def build_c(root: Path, tmp: Path) -> str:
    pkg = Package("h42_guowang_problems", 13, "国网上海电力工业互联网平台", "国网上海市电力公司", True,
                  "国网上海电力工业互联网平台", "2024年7月16日")
    sub = "上海沪电数能科技有限公司"
    pkg.info = dict(
        uscc="913100001322075XXA", founded="1998年12月28日", reg_addr="上海市浦东新区（示例）源深路1122号，浦东新区",
        type="有限责任公司分公司（国有）", capital="—", business="电网建设运营、电力供应与综合能源服务",
        legal="沈国强", contact="钱晓雯", title="数字化部平台主管", phone="13901846723", email="qianxw@sh-power.example.com",
        contact2="马骏", title2="平台运营专责", phone2="13916078254", email2="majun@sh-power.example.com",
        venue="上海市浦东新区（示例）源深路1122号数字化中心3楼报告厅", url="https://iip.sh-power.example.com",
        account="pingshen_2024", password="Sgcc!Iip716", build_text="2020年1月至2023年12月", g21=9.84,
        equity="国家电网有限公司 100%（分公司，无独立注册资本）", assets="12,865,430.00", main_rev="9,346,218.00",
        main_growth="4.61", debt="52.30", company_profit="286,415.00", tax="214,862.00", iaas="☑自建",
        intro=("平台性质：行业型工业互联网平台。平台面向电力能源行业及用能企业，提供电力设备状态监测、负荷监测与需求响应、"
               "综合能源管理等服务，主要客户包括本市工业用户、园区及电力装备企业。"),
        effect="平台支撑本市用能企业负荷精细化管理与节能降耗，提升电网设备运维效率，服务城市能源安全与“双碳”目标。",
    )
    p = base_params(1301)
    p.update(build_period="2020.01-2023.12", build_amount=18600.00, rev=(8642.30, 9875.64, 11236.82), g21=9.84,
             team=236, ops=148, titled=187, rnd=2368.45, profit=1426.30, paid_share=23.65,
             devices=168420, pub_devices=52360, run_devices=38745,
             dev_cats=(["电力设备", "仪器仪表", "电工、电子设备", "动力设备"], [58, 21, 13, 8]),
             dev_regions=(["上海", "江苏", "浙江", "安徽"], [88, 6, 4, 2]),
             protocols=142, apps=(214, 96), other_sw=52,
             app_cats=(["运维服务", "节能减排", "安全生产", "运营管理", "供应链管理"], [34, 28, 18, 12, 8]),
             app_inds=(["电力、热力和燃气", "机械", "石化化工", "汽车", "电子", "服务业"], [40, 16, 14, 10, 10, 10]),
             pub_apps=126, pub_app_active=74, app_mau=238, killer_dau=4218, killer_hits=56320, killer_income=64.28,
             cloud=412.00, pub_cloud=36, storage=(3200.00, 1876.40, 286.50), models=(468, 236), model_users=1124,
             speed="秒级（单TB负荷数据分析约1.6秒）", micro=(1862, 1035), developers=(4860, 1127),
             ent=(5860, 4215, 1386, 3320),
             ent_inds=(["机械", "石化化工", "汽车", "电子", "医药", "服务业", "其他"], [24, 16, 14, 16, 8, 12, 10]),
             ent_regions=(["上海", "江苏", "浙江"], [92, 5, 3]),
             orders=(26840, 28315), trade_growth=13.78, subs=(7420, 3865, 2986.50), dev_util=82.46, domestic=95.00,
             factories=["某汽车整车智能工厂（嘉定区）：负荷监测与需求响应", "某集成电路智能工厂（浦东新区）：电能质量治理",
                        "某钢铁智能工厂（宝山区）：配电设备状态监测", "某生物医药智能工厂（奉贤区）：综合能效管理"],
             parks=14, solutions=42, sol_w=[8, 2, 7, 9, 3, 6], vc="否", case_rates=(21.36, 9.85, 24.12),
             patents=32, copyrights=41, jobs=362, social=26.48, deploy="边缘侧、私有云、公有云、混合云",
             awards=[("上海市技术发明奖二等奖", "2021年11月", "上海市人民政府"),
                     ("工业互联网试点示范项目", "2021年12月", "工业和信息化部"),
                     ("上海市工业互联网创新示范平台", "2020年12月", "上海市经济和信息化委员会"),
                     ("上海市科技进步奖一等奖", "2022年5月", "上海市人民政府"),
                     ("能源互联网优秀应用案例", "2022年9月", "国家能源局"),
                     ("工业互联网平台创新领航应用案例", "2023年10月", "工业和信息化部"),
                     ("上海市“双碳”数字化优秀案例", "2023年12月", "上海市发展和改革委员会"),
                     ("上海市优秀工业互联网应用场景", "2024年5月", "上海市经济和信息化委员会")],
             partners=[("上海市能源大数据中心平台", ""), ("某虚拟电厂运营平台", ""), ("某园区综合能源平台", ""),
                       ("某充电设施监测平台", ""), ("某楼宇能耗监测平台", ""), ("某工业碳管理平台", ""),
                       ("某电力装备健康管理平台", ""), ("某需求响应聚合平台", ""), ("某标识解析二级节点", "")],
             open_data="以API接口和数据产品形式开放：开放API接口148个、负荷与能效数据产品9类")
    texts = form_texts("电力工业互联网平台", "电力能源及用能企业", "国网上海市电力公司数字化转型发展规划（2021-2025）", "SHDL-XA")
    finish(pkg, p, texts)
    n = pkg.n
    pk = root / pkg.pid
    ev = "附件3 证明材料"
    f_aud = f"{ev}/附件1 平台业务专项审计报告.pdf"
    f_ip = f"{ev}/附件2 知识产权清单.pdf"
    f_dev = f"{ev}/附件3 设备接入台账导出.xlsx"
    f_shot = f"{ev}/附件4 平台运行截图.pdf"
    f_aw = f"{ev}/附件5 荣誉清单.pdf"
    files = {
        "附件1 联系人信息反馈表.docx": "联系人表", "附件2 申报表.docx": "申报表", "附件2 申报表（盖章）.pdf": "申报表扫描件",
        "附件3 申报书.pdf": "申报书", "附件4 平台基本情况汇总表.docx": "汇总表", "附件5 真实性承诺.pdf": "承诺",
        f_aud: "evidence:audit_report", f_ip: "evidence:patent_list", f_dev: "evidence:device_list",
        f_shot: "evidence:screenshot", f_aw: "evidence:award_list",
    }
    pkg.proofs = {
        "平台相关研发投入（万元）": "附件1《平台业务专项审计报告》第5页", "平台相关研发投入强度（%）": "附件1第5页",
        "平台相关营业收入（万元）": "附件1《平台业务专项审计报告》第5页", "平台利润率（%）": "附件1第5页",
        "投资回报率（%）": "附件1第5页",
        "连接的工业设备/产品/产线种类及数量（台/套）": "附件3 设备接入台账导出", "其中：公有云工业设备连接数量（台/套）": "附件3",
        "其中：公有云工业设备平均日运行数量（台/套）": "附件3",
        "注册企业用户数（个）": "附件4 平台运行截图第1页", "其中：实际服务企业数（个）": "附件4第1页",
        "工业APP数量（个）": "附件4第1页", "微服务数量（个）": "附件4第2页", "开发者注册总数（个）": "附件4第2页",
        "平台核心软硬件技术获得的专利数量（项）": "附件2 知识产权清单第1页", "平台核心软硬件技术获得的软著数量（个）": "附件2第2页",
        "平台获得省部级及以上奖项/荣誉数量（个）": "附件5 荣誉清单",
    }
    default_proofs(pkg)
    facts = []
    plat = [("平台相关营业收入", [c2(n["r22"]), c2(n["r21"])]), ("平台相关研发投入", ["2,104.18", "1,856.72"]),
            ("平台利润总额", ["1,185.40", "963.25"])]
    E.audit_report(pk / f_aud, company=pkg.company, year=2022, auditor="上海信诚联合会计师事务所（特殊普通合伙）（示例）",
                   report_no="信诚审字〔2023〕第1186号", report_date="2023年4月26日",
                   comp=E.company_statements(89339650000.00, 85216430000.00, 2716420000.00, 2583960000.00,
                                             121308600000.00, 115624800000.00, debt=0.528, prior_debt=0.531),
                   plat_title="附件：工业互联网平台业务专项审计说明", plat_cols=["2022年度", "2021年度"], plat_rows=plat,
                   plat_unit="万元", notes=["注：平台业务收入为基于平台提供的设备监测、能效管理及需求响应订阅服务收入。"])
    facts += [
        fact("平台近三年经营指标情况", c2(n["r22"]), "万元", n["r22"], f_aud, 5, c2(n["r22"]), "平台相关营业收入", "2022年度",
             "2022年平台营收（万元）"),
        fact("平台近三年经营指标情况", c2(n["r21"]), "万元", n["r21"], f_aud, 5, c2(n["r21"]), "平台相关营业收入", "2021年度",
             "2021年平台营收（万元）"),
    ]
    pat = []
    for i in range(32):
        pat.append([str(i + 1), f"{['配电设备状态', '负荷预测', '电能质量', '需求响应', '变压器温升', '电缆局放', '用能异常', '光储协同'][i % 8]}"
                                f"{['监测方法', '评估方法', '控制装置', '分析系统'][i // 8]}",
                    f"ZL20{19 + i % 5}1{(i * 6151) % 100000:05d}.{i % 10}", "发明专利" if i % 4 else "实用新型", pkg.company,
                    f"20{20 + i % 4}-{1 + i % 12:02d}-{2 + i % 26:02d}"])
    swr = []
    for i in range(41):
        swr.append([str(i + 1), f"电力{['设备监测', '负荷管理', '能效分析', '需求响应', '运维工单', '数据中台'][i % 6]}软件V{1 + i // 6}.0",
                    f"2021SR{300000 + i * 5273}", pkg.company, f"20{20 + i % 4}-{1 + i % 12:02d}-{4 + i % 22:02d}"])
    ipg = E.ip_list_pdf(pk / f_ip, pkg.company, [
        ("专利清单（共32项）", ["序号", "专利名称", "专利号", "类型", "专利权人", "授权日"], pat),
        ("软件著作权清单（共41项）", ["序号", "软件名称", "登记号", "著作权人", "登记日期"], swr)])
    facts += [
        fact("平台核心软硬件技术获得的专利数量（项）", "32", "项", 32, f_ip, ipg["专利清单（共32项）"], "专利清单（共32项）", "专利清单"),
        fact("平台核心软硬件技术获得的软著数量（个）", "41", "项", 41, f_ip, ipg["软件著作权清单（共41项）"], "软件著作权清单（共41项）", "软件著作权清单"),
    ]
    head = [["设备接入台账导出"], [f"导出单位：{sub}"], ["数据来源：沪电数能综合能源监测平台"],
            ["导出时间：2024-07-09 17:45:03"], []]
    E.write_xlsx(pk / f_dev, E.device_sheets(n, head), widths=[8, 24, 18, 22, 20])
    facts += [
        fact("连接的工业设备/产品/产线种类及数量（台/套）", str(n["dev"]), "台/套", n["dev"], f_dev, 1, str(n["dev"]), "合计",
             "接入数量（台/套）"),
        fact("公有云工业设备连接数量（台/套）", str(n["pub"]), "台/套", n["pub"], f_dev, 1, str(n["pub"]), "合计",
             "其中：公有云接入（台/套）"),
        fact("公有云工业设备平均日运行数量（台/套）", str(n["run"]), "台/套", n["run"], f_dev, 1, str(n["run"]), "合计",
             "公有云日均运行（台/套）"),
    ]
    img1 = R.dashboard(None, "国网上海电力工业互联网平台 · 运营监控", "截图时间：2024-07-11 09:42:16",
                       [("注册企业用户", ci(n["reg"])), ("服务企业", ci(n["served"])), ("付费企业", ci(n["paid"])),
                        ("工业APP", str(n["apps"])), ("接入设备（台/套）", ci(n["dev"])), ("公有云接入设备", ci(n["pub"]))], 1311)
    img2 = R.dashboard(None, "国网上海电力工业互联网平台 · 开发与服务", "截图时间：2024-07-11 09:45:52",
                       [("微服务总数", "1,862"), ("活跃微服务", "1,035"), ("注册开发者", "4,860"), ("活跃开发者", "1,127"),
                        ("机理模型", "468"), ("活跃机理模型", "236")], 1312)
    R.images_to_pdf([img1, img2], pk / f_shot)
    facts += [
        fact("注册企业用户数（个）", ci(n["reg"]), "家", n["reg"], f_shot, 1, ci(n["reg"]), "注册企业用户", image_only=True),
        fact("实际服务企业数（个）", ci(n["served"]), "家", n["served"], f_shot, 1, ci(n["served"]), "服务企业", image_only=True),
        fact("付费企业数（个）", ci(n["paid"]), "家", n["paid"], f_shot, 1, ci(n["paid"]), "付费企业", image_only=True),
        fact("工业APP数量（个）", str(n["apps"]), "个", n["apps"], f_shot, 1, str(n["apps"]), "工业APP", image_only=True),
        fact("连接的工业设备/产品/产线种类及数量（台/套）", ci(n["dev"]), "台/套", n["dev"], f_shot, 1, ci(n["dev"]),
             "接入设备（台/套）", image_only=True),
        fact("公有云工业设备连接数量（台/套）", ci(n["pub"]), "台/套", n["pub"], f_shot, 1, ci(n["pub"]), "公有云接入设备",
             image_only=True),
        fact("微服务数量（个）", "1,862", "个", 1862, f_shot, 2, "1,862", "微服务总数", image_only=True),
        fact("活跃开发者数（个）", "1,127", "个", 1127, f_shot, 2, "1,127", "活跃开发者", image_only=True),
        fact("活跃机理模型数量（一周调用5次以上）（个）", "236", "个", 236, f_shot, 2, "236", "活跃机理模型", image_only=True),
        fact("活跃微服务数量（一周调用5次以上）（个）", "1,035", "个", 1035, f_shot, 2, "1,035", "活跃微服务", image_only=True),
        fact("开发者注册总数（个）", "4,860", "个", 4860, f_shot, 2, "4,860", "注册开发者", image_only=True),
        fact("工业机理模型数量（个）", "468", "个", 468, f_shot, 2, "468", "机理模型", image_only=True),
    ]
    rows = [["序号", "荣誉名称", "颁发单位", "获得时间", "有效期"]]
    for i, (a, d, who) in enumerate(p["awards"]):
        rows.append([str(i + 1), a, who, d, "2020年12月至2023年12月31日（已到期）" if i == 2 else "长期"])
    rows.append(["", "合计：8项", "", "", ""])
    R.build_pdf(pk / f_aw, [E.table_page("平台获得省部级及以上奖项/荣誉清单", [f"申报单位：{pkg.company}"], rows,
                                          [10 * mm, 56 * mm, 40 * mm, 22 * mm, 42 * mm], 8.5)], title="荣誉清单")
    facts.append(fact("平台获得省部级及以上奖项/荣誉数量（个）", "8", "项", 8, f_aw, 1, "合计：8项", "合计"))
    D.contacts_docx(pkg, pk / "附件1 联系人信息反馈表.docx")
    D.form_docx(pkg, pk / "附件2 申报表.docx", proof_first=True)
    D.form_scan(pkg, pk / "附件2 申报表（盖章）.pdf", tmp, 1321)
    D.summary_docx(pkg, pk / "附件4 平台基本情况汇总表.docx")
    D.commitment_scan(pkg, pk / "附件5 真实性承诺.pdf", tmp, 1331)
    att = [k[len(ev) + 1:] for k in sorted(files) if k.startswith(ev)]
    ch = chapter_common(
        pkg, [f"{pkg.company}是国家电网有限公司的分公司，负责上海地区电网规划建设、运行管理与电力供应，积极推进能源数字化转型。"],
        ["平台于2020年1月启动建设，2023年12月完成二期建设，建设金额18,600.00万元，自建自运营，部署于边缘侧、私有云、公有云和混合云。",
         "截至填表日，平台注册企业用户5,860家，实际服务企业4,215家，接入电力及用能设备168,420台（套）。",
         "技术创新点：海量电力设备实时接入、负荷预测与需求响应一体化调控。"],
        ["平台支撑本市用能企业负荷精细化管理，设备运维成本平均下降约21%。", "应用创新点：需求响应与虚拟电厂聚合服务模式。"],
        ["推进平台与虚拟电厂、碳管理服务深度融合，扩大园区覆盖。"],
        ["案例1：国网上海电力工业互联网平台——整车工厂负荷监测与需求响应。某整车工厂通过平台参与需求响应，年节约电费约6%。"],
        ["附件清单："] + att)
    ch.append(("七、平台相较上年度对比情况",
               ["与2023年7月相比：实际服务企业由3,612家增至4,215家；工业APP由268个增至310个；新增需求响应聚合与碳管理功能模块；"
                "新增服务园区3个。"]))
    D.narrative(pkg, ch, pk / "附件3 申报书.pdf", "pdf")
    problems = [
        dict(id="h42_guowang_problems-01-missing_proof", family="missing_proof",
             fields=["平台相关营业收入（万元）", "平台相关研发投入（万元）", "平台利润率（%）"], files=["附件2 申报表.docx", f_aud],
             severity="error",
             description=("证明资料栏对2023年平台营收11,236.82万元、研发投入2,368.45万元及利润率均引用“附件1 平台业务专项审计报告第5页”，"
                          "但该报告审计期间为2022年1月1日至2022年12月31日、报告日期2023年4月26日，只有2022年度和2021年度数据；"
                          "填报指引要求填报2023年数据，2023年度数据无证明且无说明")),
        dict(id="h42_guowang_problems-02-declared_vs_evidence", family="declared_vs_evidence",
             fields=["连接的工业设备/产品/产线种类及数量（台/套）", "公有云工业设备连接数量（台/套）"],
             files=["附件2 申报表.docx", f_dev], severity="warning",
             description=(f"设备接入台账由{sub}从“沪电数能综合能源监测平台”导出，导出单位与数据来源均非申报单位与本平台，"
                          "申报书与申报表均未说明该公司与本平台的关系，其台账数168,420台（套）被直接作为本平台接入设备数")),
        dict(id="h42_guowang_problems-03-declared_vs_evidence", family="declared_vs_evidence",
             fields=["平台获得省部级及以上奖项/荣誉数量（个）"], files=["附件2 申报表.docx", f_aw], severity="warning",
             description=("荣誉清单合计8项，其中第3项“上海市工业互联网创新示范平台”有效期为2020年12月至2023年12月31日，"
                          "清单自注“已到期”，仍计入荣誉数量；有效荣誉为7项，评审人会存疑")),
    ]
    desc = ("序号13 国网上海电力平台（2023参评，含第七章）：平台财务证明只有2022年度专项审计报告，2023年数据无证明；"
            "设备台账由未说明关系的公司从另一平台导出；荣誉清单计入已到期的示范平台称号。")
    layout = ["naming:附件N", "evidence_dir:附件3 证明材料", "columns:proof before actual", "form:docx+scan",
              "narrative:pdf with 七", "summary:docx", "commitment:scan", "audit:2022 only", "screenshots:pdf-image",
              "export:other company", "award:expired"]
    return truth_json(pkg, desc, layout, files, facts, problems, [pkg.info["password"]])


# ====================================================================== D: 序号33 延锋 (4 problems)
def build_d(root: Path, tmp: Path) -> str:
    pkg = Package("h42_yanfeng_problems", 33, "延锋工业互联网平台", "上海延锋金桥饰件系统有限公司", False, "延锋工业互联网平台",
                  "2024年7月10日")
    parent = "延锋金桥汽车内饰（集团）有限公司"
    unrelated = "上海华桥数联信息技术有限公司"
    pkg.info = dict(
        uscc="91310115607312XX3B", founded="1996年3月8日", reg_addr="上海市浦东新区（示例）金桥路1500号，浦东新区",
        type="有限责任公司（外商投资企业与内资合资）", capital="12,000万元", business="汽车内外饰件研发、制造与销售",
        legal="孙海峰", contact="顾倩", title="数字化中心主任", phone="13917264085", email="guqian@yfjq-trim.example.com",
        contact2="蒋毅", title2="平台产品经理", phone2="13918452307", email2="jiangyi@yfjq-trim.example.com",
        venue="上海市浦东新区（示例）金桥路1500号数字化中心二楼", url="https://iiot.yfjq-trim.example.com",
        account="eval_guest", password="Yf2024#Jq", build_text="2019年6月至2023年12月", g21=11.08,
        equity=f"{parent} 9,000万元 75.00%；其他股东 3,000万元 25.00%", assets="386,214.50", main_rev="512,860.30",
        main_growth="7.35", debt="58.60", company_profit="21,436.80", tax="9,862.40", iaas="☑自建",
        intro=("平台性质：行业型工业互联网平台。平台面向汽车内外饰及零部件制造企业，提供设备互联、生产执行、质量追溯、"
               "供应链协同和能耗管理等服务，主要客户为整车厂配套的内饰件、注塑件及零部件企业。"),
        effect="平台帮助汽车零部件企业提升设备综合效率、缩短交付周期，带动长三角汽车产业链上下游协同。",
    )
    p = base_params(3301)
    p.update(build_period="2019.06-2023.12", build_amount=5680.00, rev=(3260.48, 3718.92, 4286.15), g21=11.08,
             team=186, ops=112, titled=131, rnd=905.36, profit=512.84, paid_share=37.12,
             devices=35640, pub_devices=9820, run_devices=6935,
             dev_cats=(["机器人", "机床", "轻工设备", "物流设备", "仪器仪表", "动力设备"], [28, 22, 20, 12, 10, 8]),
             dev_regions=(["上海", "江苏", "浙江", "湖北", "广东", "重庆", "德国Germany", "墨西哥Mexico"],
                          [40, 18, 12, 9, 8, 7, 3, 3]),
             protocols=196, apps=(168, 62), other_sw=41,
             app_cats=(["生产制造", "质量管控", "供应链管理", "运维服务", "仓储物流", "节能减排"], [30, 22, 16, 14, 10, 8]),
             app_inds=(["汽车", "轻工", "机械", "电子"], [62, 16, 14, 8]),
             pub_apps=84, pub_app_active=46, app_mau=176, killer_dau=1568, killer_hits=20480, killer_income=28.64,
             cloud=168.00, pub_cloud=48, storage=(960.00, 612.48, 164.20), models=(258, 131), model_users=538,
             micro=(1024, 566), developers=(2860, 742), ent=(1480, 1126, 418, 842),
             ent_inds=(["汽车", "轻工", "机械", "电子", "其他"], [58, 14, 13, 9, 6]),
             ent_regions=(["上海", "江苏", "浙江", "湖北", "广东", "重庆"], [38, 22, 15, 10, 8, 7]),
             orders=(9865, 10342), trade_growth=16.24, subs=(2864, 1532, 1486.20), dev_util=81.36, domestic=80.00,
             factories=["某汽车内饰智能工厂（浦东新区）：生产执行与质量追溯", "某注塑件智能工厂（嘉定区）：设备预测性维护"],
             parks=5, solutions=26, vc="否", case_rates=(18.62, 11.48, 20.36), patents=27, copyrights=24, jobs=224,
             social=19.86,
             awards=[("上海市工业互联网标杆工厂平台", "2021年10月", "上海市经济和信息化委员会"),
                     ("工业互联网试点示范项目", "2022年12月", "工业和信息化部"),
                     ("上海市智能制造优秀场景", "2023年6月", "上海市经济和信息化委员会")],
             partners=[("某整车厂供应商协同平台", ""), ("某汽车行业标识解析二级节点", ""), ("某物流协同平台", ""),
                       ("某能耗监测公共平台", ""), ("某质量追溯公共平台", "")])
    texts = form_texts("汽车内外饰工业互联网平台", "汽车内外饰及零部件制造行业", "延锋金桥“十四五”数字化转型规划", "YFJQ-IS")
    finish(pkg, p, texts)
    n = pkg.n
    pk = root / pkg.pid
    ev = "03_证明材料"
    f_aud = f"{ev}/1_审计报告_2023年度.pdf"
    f_pat = f"{ev}/2_知识产权/专利清单.pdf"
    f_sw = f"{ev}/2_知识产权/软件著作权登记清单.xlsx"
    f_dev = f"{ev}/3_设备接入统计.xlsx"
    f_shot1 = f"{ev}/4_平台截图/运营总览_20240708.png"
    f_shot2 = f"{ev}/4_平台截图/服务企业看板_20240812.png"
    f_ss = f"{ev}/5_社保缴纳证明_2023年1-6月.pdf"
    f_aw = f"{ev}/6_荣誉清单.pdf"
    files = {
        "00_联系人信息反馈表.docx": "联系人表", "01_申报表.docx": "申报表", "01_申报表_盖章扫描.pdf": "申报表扫描件",
        "02_申报书.pdf": "申报书", "04_汇总表.xlsx": "汇总表", "05_真实性承诺.docx": "承诺",
        f_aud: "evidence:audit_report", f_pat: "evidence:patent_list", f_sw: "evidence:patent_list",
        f_dev: "evidence:device_list", f_shot1: "evidence:screenshot", f_shot2: "evidence:screenshot",
        f_ss: "evidence:other", f_aw: "evidence:award_list",
    }
    pkg.proofs = {
        "平台团队总人数（人）": "证明材料5 社保缴纳证明", "平台相关研发投入（万元）": "证明材料1 审计报告第5页",
        "平台相关营业收入（万元）": "证明材料1 审计报告第5页", "平台利润率（%）": "证明材料1 第5页", "投资回报率（%）": "证明材料1 第5页",
        "连接的工业设备/产品/产线种类及数量（台/套）": "证明材料3 设备接入统计", "其中：海外设备连接数量（台/套）": "证明材料3",
        "注册企业用户数（个）": "证明材料4 运营总览截图", "工业APP数量（个）": "证明材料4", "工业机理模型数量（个）": "证明材料4",
        "其中：实际服务企业数（个）": "证明材料4 服务企业看板截图",
        "平台核心软硬件技术获得的专利数量（项）": "证明材料2 专利清单", "平台核心软硬件技术获得的软著数量（个）": "证明材料2 软件著作权登记清单",
        "平台获得省部级及以上奖项/荣誉数量（个）": "证明材料6 荣誉清单",
    }
    default_proofs(pkg)
    facts = []
    plat = [("平台相关营业收入", [c2(n["r23"]), c2(n["r22"]), c2(n["r21"])]), ("平台相关研发投入", ["905.36", "812.40", "736.18"]),
            ("平台利润总额", ["512.84", "448.26", "372.95"])]
    E.audit_report(pk / f_aud, company=parent, year=2023, auditor="上海中正会计师事务所（特殊普通合伙）（示例）",
                   report_no="中正审字〔2024〕第2231号", report_date="2024年4月18日",
                   comp=E.company_statements(18624530000.00, 17351260000.00, 812450000.00, 763180000.00, 21486320000.00,
                                             20135480000.00),
                   plat_title="附注十八、工业互联网平台业务分部信息（合并口径）", plat_cols=["2023年度", "2022年度", "2021年度"],
                   plat_rows=plat, plat_unit="万元", notes=["注：平台业务分部按集团合并范围内各子公司平台相关收入、成本汇总列示。"],
                   extra_first=["本报告为集团合并财务报表审计报告。"])
    facts += [
        fact("平台相关营业收入（万元）", c2(n["r23"]), "万元", n["r23"], f_aud, 5, c2(n["r23"]), "平台相关营业收入", "2023年度"),
        fact("平台近三年经营指标情况", c2(n["r22"]), "万元", n["r22"], f_aud, 5, c2(n["r22"]), "平台相关营业收入", "2022年度",
             "2022年平台营收（万元）"),
        fact("平台近三年经营指标情况", c2(n["r21"]), "万元", n["r21"], f_aud, 5, c2(n["r21"]), "平台相关营业收入", "2021年度",
             "2021年平台营收（万元）"),
        fact("平台相关研发投入（万元）", "905.36", "万元", 905.36, f_aud, 5, "905.36", "平台相关研发投入", "2023年度"),
        fact("平台利润率（%）", "512.84", "万元", 512.84, f_aud, 5, "512.84", "平台利润总额", "2023年度", "平台利润总额（万元）"),
        fact("投资回报率（%）", "512.84", "万元", 512.84, f_aud, 5, "512.84", "平台利润总额", "2023年度", "平台年利润（万元）"),
    ]
    pat = []
    for i in range(27):
        pat.append([str(i + 1), f"{['仪表板注塑', '门板包覆', '座椅面套', '饰件涂装', '模具温控', '产线节拍', '视觉检测', 'AGV调度', '能耗监测'][i % 9]}"
                                f"{['工艺优化方法', '质量检测装置', '数据采集系统'][i // 9]}",
                    f"ZL20{18 + i % 6}1{(i * 4421) % 100000:05d}.{i % 10}", "发明专利" if i % 3 else "实用新型", pkg.company,
                    f"20{19 + i % 5}-{1 + i % 12:02d}-{6 + i % 20:02d}"])
    ipg = E.ip_list_pdf(pk / f_pat, pkg.company, [("专利清单（共27项）", ["序号", "专利名称", "专利号", "类型", "专利权人", "授权日"], pat)])
    facts.append(fact("平台核心软硬件技术获得的专利数量（项）", "27", "项", 27, f_pat, ipg["专利清单（共27项）"], "专利清单（共27项）", "专利清单"))
    sw = [["软件著作权登记清单"], [f"申报单位：{pkg.company}"], [],
          ["序号", "软件名称", "登记号", "著作权人", "首次发表日期", "登记日期"]]
    for i in range(24):
        owner = unrelated if i in (9, 20) else pkg.company
        sw.append([i + 1, f"延锋{['设备互联', '生产执行', '质量追溯', '供应链协同', '能耗管理', '仓储物流'][i % 6]}系统V{1 + i // 6}.0",
                   f"2022SR{400000 + i * 3719}", owner, f"20{19 + i % 5}-{1 + i % 12:02d}-01",
                   f"20{19 + i % 5}-{2 + i % 10:02d}-{10 + i % 18:02d}"])
    sw.append(["", "合计：24项", "", "", "", ""])
    E.write_xlsx(pk / f_sw, [("软件著作权", sw)], widths=[6, 30, 18, 32, 14, 14])
    facts.append(fact("平台核心软硬件技术获得的软著数量（个）", "24", "项", 24, f_sw, 1, "合计：24项", "合计"))
    head = [["延锋工业互联网平台 设备接入统计"], [f"导出单位：{pkg.company}"], ["导出时间：2024-07-08 10:12:45"], []]
    E.write_xlsx(pk / f_dev, E.device_sheets(n, head), widths=[8, 24, 18, 22, 20])
    facts += [
        fact("连接的工业设备/产品/产线种类及数量（台/套）", str(n["dev"]), "台/套", n["dev"], f_dev, 1, str(n["dev"]), "合计",
             "接入数量（台/套）"),
        fact("公有云工业设备连接数量（台/套）", str(n["pub"]), "台/套", n["pub"], f_dev, 1, str(n["pub"]), "合计",
             "其中：公有云接入（台/套）"),
        fact("公有云工业设备平均日运行数量（台/套）", str(n["run"]), "台/套", n["run"], f_dev, 1, str(n["run"]), "合计",
             "公有云日均运行（台/套）"),
        fact("海外设备连接数量（台/套）", str(n["ov_total"]), "台/套", n["ov_total"], f_dev, 3, str(n["ov_total"]), "海外合计",
             "接入数量（台/套）"),
    ]
    R.dashboard(pk / f_shot1, "延锋工业互联网平台 运营总览", "截图时间：2024-07-08 15:36:20",
                [("注册企业", ci(n["reg"])), ("工业APP", str(n["apps"])), ("机理模型", str(n["models"])),
                 ("微服务", "1,024"), ("注册开发者", "2,860"), ("接入设备", ci(n["dev"]))], 3311)
    facts += [
        fact("注册企业用户数（个）", ci(n["reg"]), "家", n["reg"], f_shot1, 1, ci(n["reg"]), "注册企业", image_only=True),
        fact("工业APP数量（个）", str(n["apps"]), "个", n["apps"], f_shot1, 1, str(n["apps"]), "工业APP", image_only=True),
        fact("工业机理模型数量（个）", str(n["models"]), "个", n["models"], f_shot1, 1, str(n["models"]), "机理模型", image_only=True),
        fact("微服务数量（个）", "1,024", "个", 1024, f_shot1, 1, "1,024", "微服务", image_only=True),
        fact("开发者注册总数（个）", "2,860", "个", 2860, f_shot1, 1, "2,860", "注册开发者", image_only=True),
        fact("连接的工业设备/产品/产线种类及数量（台/套）", ci(n["dev"]), "台/套", n["dev"], f_shot1, 1, ci(n["dev"]), "接入设备",
             image_only=True),
    ]
    R.dashboard(pk / f_shot2, "延锋工业互联网平台 服务企业看板", "截图时间：2024-08-12 09:08:47",
                [("累计服务企业", "1,268"), ("付费企业", "452"), ("本市企业", "482"), ("本月新增服务企业", "37")], 3312)
    facts += [
        fact("实际服务企业数（个）", "1,268", "家", 1268, f_shot2, 1, "1,268", "累计服务企业", image_only=True),
        fact("付费企业数（个）", "452", "家", 452, f_shot2, 1, "452", "付费企业", image_only=True),
        fact("服务本市企业数量（个）", "482", "家", 482, f_shot2, 1, "482", "本市企业", image_only=True),
    ]
    ss = E.table_page("平台团队人员社保缴费明细（社保系统导出汇总）", [f"参保单位：{pkg.company}", "缴费期间：2023年01月—2023年06月",
                                         "说明：按平台团队名册匹配参保人员"],
                      [["月份", "平台团队参保人数（人）"], ["2023年01月", "138"], ["2023年02月", "139"], ["2023年03月", "140"],
                       ["2023年04月", "141"], ["2023年05月", "142"], ["2023年06月", "142"]],
                      [60 * mm, 60 * mm], 11, tail=["截至2023年06月平台团队参保人数：142人"])
    E.scanned_pages(pk / f_ss, tmp, [ss], 3321, {0: pkg.company}, seal_pos=(0.55, 0.5))
    facts.append(fact("平台团队总人数（人）", "142", "人", 142, f_ss, 1, "142人", "截至2023年06月平台团队参保人数",
                      image_only=True))
    rows = [["序号", "荣誉名称", "颁发单位", "获得时间"]] + [[str(i + 1), a, who, d] for i, (a, d, who) in enumerate(p["awards"])]
    rows.append(["", "合计：3项", "", ""])
    R.build_pdf(pk / f_aw, [E.table_page("省部级及以上荣誉清单", [f"申报单位：{pkg.company}"], rows,
                                          [12 * mm, 70 * mm, 56 * mm, 30 * mm])], title="荣誉清单")
    facts.append(fact("平台获得省部级及以上奖项/荣誉数量（个）", "3", "项", 3, f_aw, 1, "合计：3项", "合计"))
    D.contacts_docx(pkg, pk / "00_联系人信息反馈表.docx")
    D.form_docx(pkg, pk / "01_申报表.docx")
    D.form_scan(pkg, pk / "01_申报表_盖章扫描.pdf", tmp, 3331)
    D.summary_xlsx(pkg, pk / "04_汇总表.xlsx", with_no_col=True)
    D.commitment_docx(pkg, pk / "05_真实性承诺.docx")
    att = [k[len(ev) + 1:] for k in sorted(files) if k.startswith(ev)]
    ch = chapter_common(
        pkg, [f"{pkg.company}成立于1996年，位于浦东新区金桥经济技术开发区，主要从事汽车内外饰件研发、制造与销售。"],
        ["平台于2019年6月启动建设，2023年12月完成三期建设，建设金额5,680.00万元，自建自运营，部署于私有云、公有云和混合云。",
         "截至填表日，平台接入工业设备35,640台（套），注册企业用户1,480家，实际服务企业1,126家。",
         "技术创新点：注塑与包覆工艺机理模型、多工厂设备互联与质量追溯一体化。"],
        ["平台帮助零部件企业设备运维成本平均下降约18%。", "应用创新点：面向整车配套体系的供应链协同服务模式。"],
        ["拓展海外工厂接入，深化AI质检与能耗优化应用。"],
        ["案例1：延锋工业互联网平台——内饰件工厂质量追溯。某内饰件工厂通过平台实现批次级质量追溯，客诉率下降约25%。"],
        ["附件清单："] + att)
    D.narrative(pkg, ch, pk / "02_申报书.pdf", "pdf")
    problems = [
        dict(id="h42_yanfeng_problems-01-declared_vs_evidence", family="declared_vs_evidence",
             fields=["平台相关营业收入（万元）", "平台相关研发投入（万元）", "平台利润率（%）"], files=["01_申报表.docx", f_aud],
             severity="warning",
             description=(f"所附审计报告的被审计单位为母公司{parent}（集团合并报表），平台数据取自其“工业互联网平台业务分部（合并口径）”，"
                          f"并非申报单位{pkg.company}的财务报表；填报指引要求基于填报单位2023年度财务报表拆分，申报书未说明两者关系，"
                          "申报营收4,286.15万元等数据无法确认属于申报单位")),
        dict(id="h42_yanfeng_problems-02-screenshot_vs_form", family="screenshot_vs_form",
             fields=["实际服务企业数（个）", "付费企业数（个）", "服务本市企业数量（个）"], files=["01_申报表.docx", f_shot2],
             severity="warning",
             description=("服务企业看板截图时间为2024-08-12，晚于申报截止日2024年7月22日及填表日，显示累计服务企业1,268家、付费企业452家、本市企业482家，"
                          f"均大于申报的1,126家、418家、{pkg.summary['服务本市企业数量（个）'][0]}家；该截图不能证明截至填表日的数据，两者口径时点不一致")),
        dict(id="h42_yanfeng_problems-03-missing_proof", family="missing_proof",
             fields=["平台团队总人数（人）"], files=["01_申报表.docx", f_ss], severity="warning",
             description=("平台团队总人数应为截至填表日的人数（申报186人），所附社保缴纳证明期间为2023年01月—2023年06月，"
                          "截至2023年06月参保142人，是一年前的数据，不能证明申报人数")),
        dict(id="h42_yanfeng_problems-04-declared_vs_evidence", family="declared_vs_evidence",
             fields=["平台核心软硬件技术获得的软著数量（个）"], files=["01_申报表.docx", f_sw], severity="error",
             description=(f"申报软著24个，软件著作权登记清单第10、21项的著作权人为{unrelated}，与申报单位无关；"
                          "填报指引要求“软著权属需与平台所属公司保持一致”，权属一致的为22个")),
    ]
    desc = ("序号33 延锋平台：审计报告是母公司集团合并报表（平台分部），截止日后的服务企业截图数字更大，"
            "社保证明为2023年1-6月，软著清单中2项著作权人为无关公司。")
    layout = ["naming:NN_ prefix", "evidence_dir:03_证明材料 with subfolders", "form:docx+scan", "narrative:pdf",
              "summary:xlsx-vertical with 序号 column", "commitment:docx", "audit:parent group", "screenshot:after deadline",
              "social_insurance:stale", "ip:copyright owner unrelated", "overseas devices"]
    return truth_json(pkg, desc, layout, files, facts, problems, [pkg.info["password"]])


BUILDERS = [build_a, build_b, build_c, build_d]


def build(out: Path) -> None:
    pkgs = out / "packages"
    truth = out / "truth"
    for d in (pkgs, truth):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    with tempfile.TemporaryDirectory() as t:
        for b in BUILDERS:
            text = b(pkgs, Path(t))
            pid = text.split('"package_id": "')[1].split('"')[0]
            (truth / f"{pid}.json").write_text(text, encoding="utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=HERE)
    a = ap.parse_args(argv)
    build(a.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
