"""Blind set h62 — industry platforms and their own vocabulary.

python -m eval_sets.blind.h62.build [OUT_DIR]     (default: eval_sets/blind/h62) → OUT/packages/, OUT/truth/
"""

from __future__ import annotations

import json
import random
import shutil
import sys
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from eval_sets.truth import PackageTruth, dump_truth

from . import docs, render as R
from .evidence import F, audit, c, dash_facts, ip_pdf, ip_xlsx
from .form import fbd, pct
from .labels import LABELS
from .model import derive, mutate
from .specs import BAOWU, CHUANSHIBAO, HEMUDU, YANFENG, YN_STD
from .texts import chapters, texts

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]


def truth_json(S, V, files, facts, problems, layout, description, out_root: Path) -> str:
    rows = [dict(label=l, value=V.v[l][1], normalized=V.v[l][2]) for l in LABELS]
    t = PackageTruth.model_validate(dict(
        package_id=S["pid"], description=description,
        path=f"eval_sets/blind/h62/packages/{S['pid']}", delivery="folder",
        platform=dict(list_no=S["list_no"], listed_name=S["listed_name"], company=S["company"],
                      declared_name=S["declared_name"], participated_2023=S["p2023"]),
        layout=layout, files=files, secrets=[S["password"]], summary_rows=rows, evidence_facts=facts,
        problems=problems))
    return dump_truth(t)


# ====================================================================== P1 河姆渡 — 区域型, clean
def build_hemudu(root: Path, tmp: Path):
    S = dict(HEMUDU, yn=YN_STD)
    V, E = derive(S)
    w = dict(ind="园区制造", dev="在网设备", ent="园区企业", app="SaaS应用与小程序", model="工艺机理模型与排产算法",
             site="金山、奉贤等园区", edge=42, case="园区织造企业订单协同与共享排产",
             pos="立足金山、辐射长三角的区域型工业互联网平台，服务园区中小制造企业数字化转型",
             ops_para=f"平台目前服务园区企业{V.form('实际服务企业数（个）')}家，其中上海本市{E['local']:,}家（金山区、奉贤区最为集中），并延伸至长三角嘉兴、苏州、宁波等地及越南。",
             effect_para="入驻园区企业平均订单交付周期缩短约12%，织造车间良品率提升1.8个百分点（良品率为企业生产指标，非申报指标）。",
             ch7="自2023年7月以来，平台新增园区企业约310家，新增在网设备约2,100台（套），新上线小程序与SaaS应用28个。")
    TX = texts(S, V, E, w)
    files = {}
    facts = []
    pkg = root / S["pid"]
    f_contact = "01 申报表/附件1 联系人信息反馈表.docx"
    f_form = "01 申报表/附件2 申报表（河姆渡）.docx"
    f_scan = "01 申报表/附件2 申报表（盖章扫描）.pdf"
    f_book = "02 申报书/附件3 申报书（河姆渡）.docx"
    f_audit = "03 证明材料/证明1 2023年度审计报告.pdf"
    f_ent = "03 证明材料/证明2 园区企业服务统计（分区县、街道园区）.pdf"
    f_dev = "03 证明材料/证明3 在网设备统计表.xlsx"
    f_shot = "03 证明材料/证明4 平台驾驶舱截图.png"
    f_ip = "03 证明材料/证明5 知识产权清单.pdf"
    f_sum = "04 汇总表及承诺/附件4 平台基本情况汇总表.xlsx"
    f_com = "04 汇总表及承诺/附件5 真实性承诺（盖章）.pdf"
    proofs = {"平台相关营业收入（万元）": "证明1 第4页", "平台相关研发投入（万元）": "证明1 第4页",
              "实际服务企业数（个）": "证明2 第1页", "按省市区域统计服务企业数（个）": "证明2 第1-3页",
              "服务本市企业数量（个）": "证明2 第2页", "连接的工业设备/产品/产线种类及数量（台/套）": "证明3 表1",
              "注册企业用户数（个）": "证明4", "平台核心软硬件技术获得的专利数量（项）": "证明5 第1页"}
    S["iaas"] = "☑自建  □租用，服务商名称（必填）：____"
    docs.write_contacts(pkg / f_contact, S)
    docs.write_form_docx(pkg / f_form, S, V, TX, proofs)
    docs.write_form_scan(pkg / f_scan, tmp, S, V, TX, proofs, seed=2001)
    attach = [("证明1 2023年度审计报告", "1-4"), ("证明2 园区企业服务统计（分区县、街道园区）", "5-7"), ("证明3 在网设备统计表", "8-9"),
              ("证明4 平台驾驶舱截图", "10"), ("证明5 知识产权清单", "11-13")]
    docs.write_book(pkg / f_book, S, V, TX, chapters(S, V, E, w), "docx", attach)
    facts += audit(pkg / f_audit, f_audit, S, E, "万元")
    # --- enterprises by 附录F region, 区/县, 街道/园区, 长三角 cities
    regs = E["ent_regs"]
    sh = regs["上海"]
    from .form import split
    dist = split(sh, ["金山区", "奉贤区", "松江区", "青浦区", "闵行区", "嘉定区", "浦东新区", "其他区"], [34, 22, 14, 9, 8, 6, 5, 2])
    jinshan = split(dist["金山区"], ["亭林镇（河姆渡数字产业园）", "枫泾镇", "金山工业区", "朱泾镇", "山阳镇"], [36, 22, 20, 12, 10])
    fengxian = split(dist["奉贤区"], ["东方美谷园区", "奉贤经济开发区", "庄行镇", "其他街镇"], [40, 30, 18, 12])
    zj = split(regs["浙江"], ["嘉兴市", "湖州市", "杭州市", "绍兴市"], [50, 20, 18, 12])
    js = split(regs["江苏"], ["苏州市", "无锡市", "南通市"], [55, 25, 20])
    ah = split(regs["安徽"], ["合肥市", "芜湖市"], [60, 40])
    st = R.styles()
    p1 = [Paragraph("园区企业服务统计表", st["title"]), Paragraph("统计口径：截至2024年6月30日，使用平台服务的园区企业（累计到达值）。", st["p"]),
          Paragraph("表1 按省市区域（附录F口径）统计", st["h"]),
          R.ptable([["区域", "服务企业数（家）"]] + [[k, c(v)] for k, v in regs.items()] + [["合计", c(E["served"])]], widths=[80 * mm, 60 * mm]),
          Spacer(1, 6), Paragraph(f"实际服务园区企业合计：{E['served']:,}家", st["p"]),
          Paragraph(f"其中中小企业：{E['sme']:,}家；付费企业：{E['paid']:,}家", st["p"])]
    p2 = [Paragraph("表2 上海市服务企业按区/县统计", st["h"]),
          R.ptable([["区/县", "服务企业数（家）"]] + [[k, c(v)] for k, v in dist.items()], widths=[80 * mm, 60 * mm]),
          Paragraph(f"上海市合计：{sh:,}家", st["p"]),
          Paragraph("表3 重点区按街道/园区统计", st["h"]),
          R.ptable([["区", "街道/园区", "服务企业数（家）"]] + [["金山区", k, c(v)] for k, v in jinshan.items()]
                   + [["奉贤区", k, c(v)] for k, v in fengxian.items()], widths=[30 * mm, 80 * mm, 50 * mm])]
    p3 = [Paragraph("表4 长三角城市及海外服务企业", st["h"]),
          R.ptable([["省/计划单列市", "城市", "服务企业数（家）"]] + [["浙江（不含宁波）", k, c(v)] for k, v in zj.items()]
                   + [["宁波（计划单列市）", "宁波市", c(regs["宁波"])]] + [["江苏", k, c(v)] for k, v in js.items()]
                   + [["安徽", k, c(v)] for k, v in ah.items()] + [["海外", "越南Vietnam", c(regs["越南Vietnam"])]],
                   widths=[50 * mm, 60 * mm, 50 * mm]),
          Paragraph("注：宁波为计划单列市，按附录F单独统计，不计入浙江。", st["p"])]
    R.write_pdf(pkg / f_ent, [p1, p2, p3], header="上海河姆渡实业发展有限公司 园区企业服务统计")
    facts += [F("实际服务企业数（个）", c(E["served"]), "家", E["served"], f_ent, 1, f"实际服务园区企业合计：{E['served']:,}家", "实际服务园区企业合计"),
              F("服务中小企业数量（个）", c(E["sme"]), "家", E["sme"], f_ent, 1, f"其中中小企业：{E['sme']:,}家", "其中中小企业"),
              F("付费企业数（个）", c(E["paid"]), "家", E["paid"], f_ent, 1, f"付费企业：{E['paid']:,}家", "付费企业"),
              F("服务本市企业数量（个）", c(sh), "家", sh, f_ent, 2, f"上海市合计：{sh:,}家", "上海市合计")]
    # --- devices (xlsx): 园区叫法 + 附录A
    cats, pc, dc = E["dev_cats"], E["dev_pcats"], E["dev_dcats"]
    names = {"轻工设备": [("织机（喷气/剑杆）", 50), ("经编机", 20), ("缝制设备", 18), ("包装机械", 12)],
             "机床": [("数控机床", 100)], "化工设备": [("注塑机（橡塑机械）", 100)], "物流设备": [("AGV及立体仓库", 100)],
             "动力设备": [("空压机、锅炉", 100)], "仪器仪表": [("在线检测仪表", 100)]}
    rows = [["园区设备类型", "附录A二级分类", "在网设备（台/套）", "其中：公有云接入（台/套）", "公有云日均运行（台/套）"]]
    for cat, subs in names.items():
        a = split(cats[cat], [n for n, _ in subs], [x for _, x in subs])
        b = split(pc[cat], [n for n, _ in subs], [x for _, x in subs])
        d = split(dc[cat], [n for n, _ in subs], [x for _, x in subs])
        for n_, _ in subs:
            rows.append([n_, cat, c(a[n_]), c(b[n_]), c(d[n_])])
    rows.append(["合计", "", c(E["dev_total"]), c(E["dev_pub"]), c(E["dev_daily"])])
    rrows = [["设备所属企业注册地", "在网设备（台/套）", "公有云接入（台/套）", "公有云日均运行（台/套）"]]
    for k in E["dev_regs"]:
        rrows.append([k, c(E["dev_regs"][k]), c(E["dev_pregs"][k]), c(E["dev_dregs"][k])])
    rrows.append(["海外合计", c(E["overseas"]), "", ""])
    R.write_xlsx(pkg / f_dev, [("表1 按设备类型", rows), ("表2 按区域", rrows)], widths={1: 24, 2: 18, 3: 18, 4: 22, 5: 22})
    facts += [F("连接的工业设备/产品/产线种类及数量（台/套）", c(E["dev_total"]), "台/套", E["dev_total"], f_dev, 1, c(E["dev_total"]), "合计", "在网设备（台/套）"),
              F("公有云工业设备连接数量（台/套）", c(E["dev_pub"]), "台/套", E["dev_pub"], f_dev, 1, c(E["dev_pub"]), "合计", "其中：公有云接入（台/套）"),
              F("公有云工业设备平均日运行数量（台/套）", c(E["dev_daily"]), "台/套", E["dev_daily"], f_dev, 1, c(E["dev_daily"]), "合计", "公有云日均运行（台/套）"),
              F("海外设备连接数量（台/套）", c(E["overseas"]), "台/套", E["overseas"], f_dev, 2, c(E["overseas"]), "海外合计", "在网设备（台/套）")]
    # --- dashboard
    tiles = [("园区注册企业（家）", c(E["registered"])), ("在网设备（台/套）", c(E["dev_total"])), ("SaaS应用/小程序", str(E["apps"])),
             ("工艺机理模型", str(E["models"])), ("工业微服务", str(E["micro"])), ("园区综合能耗（吨标煤）", "18,426"),
             ("织造良品率", "98.6%"), ("平均OEE", "76.4%")]
    R.save_png(R.dashboard("河姆渡园区工业互联网平台 · 运营驾驶舱", tiles, ["能耗与良品率为园区生产看板指标"]), pkg / f_shot)
    facts += dash_facts(f_shot, 1, tiles, {
        "园区注册企业（家）": ("注册企业用户数（个）", "家", E["registered"]), "在网设备（台/套）": ("连接的工业设备/产品/产线种类及数量（台/套）", "台/套", E["dev_total"]),
        "SaaS应用/小程序": ("工业APP数量（个）", "个", E["apps"]), "工艺机理模型": ("工业机理模型数量（个）", "个", E["models"]),
        "工业微服务": ("微服务数量（个）", "个", E["micro"])})
    facts += ip_pdf(pkg / f_ip, f_ip, S, E["patents"], E["copyrights"], 3001, ["织造工艺参数优化", "园区能耗监测", "订单协同排产", "面料瑕疵检测"])
    docs.write_summary(pkg / f_sum, S, V, "xlsx-vertical")
    docs.write_commitment_scan(pkg / f_com, tmp, S, 4001)
    files = {f_contact: "联系人表", f_form: "申报表", f_scan: "申报表扫描件", f_book: "申报书", f_audit: "evidence:audit_report",
             f_ent: "evidence:other", f_dev: "evidence:device_list", f_shot: "evidence:screenshot", f_ip: "evidence:patent_list",
             f_sum: "汇总表", f_com: "承诺"}
    layout = ["nature:区域型", "evidence_dir:03 证明材料", "columns:levels+content+actual+proof", "stamped_scan",
              "audit_unit:万元", "platform_part:附注专项说明(万元)", "enterprises:区县+街道园区+长三角城市+海外", "region:宁波单列",
              "device_list:xlsx(园区叫法+附录A)", "screenshots:png", "summary:xlsx-vertical", "commitment:scan", "section7"]
    desc = ("序号20 河姆渡：区域型平台的完全一致的干净包。服务企业按附录F区域、上海各区/县、金山/奉贤街道园区、长三角城市（宁波单列）分解且均与申报表一致；"
            "在网设备用园区叫法（织机、经编机、注塑机（橡塑机械）…）并标注附录A分类；驾驶舱含能耗、良品率、OEE等非申报指标；含第七章。")
    return S, V, files, facts, [], layout, desc


# ====================================================================== P2 宝武装备 — 钢铁, problems
def build_baowu(root: Path, tmp: Path):
    S = dict(BAOWU, yn=YN_STD)
    V, E = derive(S)
    true_g23 = E["g23"]
    wrong_g23 = round(true_g23 + 1.25, 2)
    pc = dict(E["dev_pcats"])
    pc_bad = {("高炉/转炉设备" if k == "冶炼设备" else k): v for k, v in pc.items()}
    g = V.v["平台近三年经营指标情况"]
    txt = g[0].replace(f"2023年平台营收{E['r23']:.2f}万元/增长率{true_g23:.2f}%", f"2023年平台营收{E['r23']:.2f}万元/增长率{wrong_g23:.2f}%")
    assert txt != g[0]
    norm = dict(g[2]); norm["2023年增长率（%）"] = wrong_g23
    V = mutate(V, {"按二级分类统计公有云工业设备数量（台/套）": [fbd(pc_bad), fbd(pc_bad), pc_bad],
                   "平台近三年经营指标情况": [txt, txt, norm]})
    narrative_served = "600余家"
    w = dict(ind="钢铁", dev="联网机台", ent="链上钢铁企业", app="工业微服务与运维APP", model="高炉/转炉工艺机理模型与设备劣化模型",
             site="宝山、湛江、武汉等基地", edge=65, case="热轧产线设备预测性维护",
             pos="面向钢铁全流程的设备远程运维行业平台，支撑高炉、转炉、轧线设备状态精准运维",
             ops_para=f"平台已接入高炉、转炉、热轧/冷轧机组等联网机台{V.form('连接的工业设备/产品/产线种类及数量（台/套）')}台（套），"
                      f"服务链上钢铁企业{narrative_served}，覆盖宝山、武汉、新疆、韶关等基地。",
             effect_para="应用平台后试点产线非计划停机时间下降约30%，吨钢能耗下降约2.1%（吨钢能耗为钢铁行业生产指标，非申报指标）。",
             ch7="自2023年7月以来，平台新增联网机台约900台（套），新增设备劣化模型32个、工业微服务74个。")
    TX = texts(S, V, E, w)
    pkg = root / S["pid"]
    f_contact, f_form, f_book = "1-联系人信息反馈表.docx", "2-申报表.docx", "3-申报书.pdf"
    f_audit, f_dev, f_shot, f_ip = "3-附件01 审计报告.pdf", "3-附件02 联网机台清单.xlsx", "3-附件03 设备运维驾驶舱截图.pdf", "3-附件04 知识产权清单.xlsx"
    f_sum, f_com = "4-汇总表.docx", "5-真实性承诺.docx"
    proofs = {"连接的工业设备/产品/产线种类及数量（台/套）": "附件02 联网机台清单", "平台相关营业收入（万元）": "附件01 第4页",
              "平台核心软硬件技术获得的专利数量（项）": "附件04", "工业机理模型数量（个）": "附件03 截图"}
    docs.write_contacts(pkg / f_contact, S)
    docs.write_form_docx(pkg / f_form, S, V, TX, proofs, level_style="l3only")
    attach = [("附件01 审计报告", "1-4"), ("附件02 联网机台清单", "5-8"), ("附件03 设备运维驾驶舱截图", "9"), ("附件04 知识产权清单", "10-12")]
    docs.write_book(pkg / f_book, S, V, TX, chapters(S, V, E, w), "pdf", attach)
    facts = audit(pkg / f_audit, f_audit, S, E, "万元", platform_title="平台业务分部信息")
    # --- 联网机台清单: 冶炼设备 180 fewer than declared
    from .form import split
    list_cats = dict(E["dev_cats"]); list_cats["冶炼设备"] -= 180
    list_total = sum(list_cats.values())
    assert list_total == E["dev_total"] - 180
    machines = {"冶炼设备": [("高炉本体及热风炉", 12), ("转炉/电炉", 14), ("热轧机组", 40), ("冷轧机组", 34)],
                "动力设备": [("风机/水泵/空压机", 100)], "电力设备": [("电机/变压器", 100)], "工程机械": [("天车/起重机", 100)],
                "仪器仪表": [("在线检测仪表", 100)], "物流设备": [("钢卷运输车/AGV", 100)]}
    bases = ["宝山基地", "武汉基地", "新疆八钢", "韶关基地", "梅山基地"]
    summ = [["机台类型", "附录A二级分类", "联网机台数（台/套）"]]
    detail = [["序号", "基地", "机台类型", "联网机台数（台/套）"]]
    k = 0
    for cat, subs in machines.items():
        a = split(list_cats[cat], [n for n, _ in subs], [x for _, x in subs])
        for n_, _ in subs:
            summ.append([n_, cat, c(a[n_])])
            per = split(a[n_], bases, [38, 22, 14, 14, 12])
            for b_, v in per.items():
                k += 1
                detail.append([k, b_, n_, v])
    summ.append(["联网机台合计", "", c(list_total)])
    R.write_xlsx(pkg / f_dev, [("汇总", summ), ("明细", detail)], widths={1: 22, 2: 18, 3: 22, 4: 20})
    facts.append(F("连接的工业设备/产品/产线种类及数量（台/套）", c(list_total), "台/套", list_total, f_dev, 1, c(list_total), "联网机台合计", "联网机台数（台/套）"))
    tiles = [("设备健康度", "92.3%"), ("吨钢能耗(kgce/t)", "548"), ("工艺机理模型", str(E["models"])), ("在线工业微服务", str(E["micro"])),
             ("注册开发者", c(E["devs"])), ("今日预警", "37"), ("热轧OEE", "81.7%"), ("非计划停机(h/月)", "12.4"),
             ("注册链上企业", c(E["registered"])), ("运维APP", str(E["apps"]))]
    img = R.dashboard("钢铁设备远程运维平台 · 运维驾驶舱", tiles, ["吨钢能耗、OEE、停机时长为产线生产指标"], theme=(40, 30, 30))
    R.images_to_pdf(pkg / f_shot, [img])
    facts += dash_facts(f_shot, 1, tiles, {"工艺机理模型": ("工业机理模型数量（个）", "个", E["models"]),
                                         "在线工业微服务": ("微服务数量（个）", "个", E["micro"]),
                                         "注册开发者": ("开发者注册总数（个）", "个", E["devs"]),
                                         "注册链上企业": ("注册企业用户数（个）", "家", E["registered"]),
                                         "运维APP": ("工业APP数量（个）", "个", E["apps"])})
    facts += ip_xlsx(pkg / f_ip, f_ip, S, E["patents"], E["copyrights"], 3002, ["高炉炉况诊断", "轧机振动监测", "设备劣化预测", "点检作业管理"])
    docs.write_summary(pkg / f_sum, S, V, "docx")
    docs.write_commitment_docx(pkg / f_com, S)
    files = {f_contact: "联系人表", f_form: "申报表", f_book: "申报书", f_audit: "evidence:audit_report", f_dev: "evidence:device_list",
             f_shot: "evidence:screenshot", f_ip: "evidence:patent_list", f_sum: "汇总表", f_com: "承诺"}
    problems = [
        dict(id=f"{S['pid']}-01-count_vs_list", family="count_vs_list", fields=["连接的工业设备/产品/产线种类及数量（台/套）"],
             files=[f_form, f_dev], severity="error",
             description=f"申报表填报连接的工业设备 {E['dev_total']:,} 台/套，证明材料《联网机台清单》“联网机台合计”为 {list_total:,} 台/套（冶炼设备少 180 台/套），两者不一致"),
        dict(id=f"{S['pid']}-02-invalid_category", family="invalid_category", fields=["按二级分类统计公有云工业设备数量（台/套）"],
             files=[f_form], severity="error",
             description=f"按二级分类统计公有云工业设备数量使用“高炉/转炉设备：{pc['冶炼设备']}”，不是附录A的设备二级分类（应归入“冶炼设备”）"),
        dict(id=f"{S['pid']}-03-growth_rate", family="growth_rate", fields=["平台近三年经营指标情况"], files=[f_form], severity="error",
             description=f"2023年增长率填报 {wrong_g23:.2f}%，由2022年营收 {E['r22']:.2f} 万元与2023年营收 {E['r23']:.2f} 万元计算应为 {true_g23:.2f}%"),
        dict(id=f"{S['pid']}-04-narrative_vs_form", family="narrative_vs_form", fields=["实际服务企业数（个）"], files=[f_book, f_form],
             severity="warning",
             description=f"申报书称平台“服务链上钢铁企业600余家”，申报表填报实际服务企业数 {E['served']} 个"),
    ]
    layout = ["naming:flat-numbered", "evidence_dir:flat", "columns:l3+content+actual+proof", "no_stamped_scan", "book:pdf",
              "audit_unit:万元", "device_list:xlsx(汇总+明细, 机台叫法)", "screenshots:pdf-image", "certificates:xlsx",
              "summary:docx", "commitment:docx", "section7"]
    desc = ("序号22 宝武装备钢铁设备远程运维平台：联网机台清单用高炉/转炉/轧机等叫法并标附录A分类；驾驶舱有吨钢能耗、OEE等非申报指标。"
            "问题：申报设备数与联网机台清单合计不符；公有云设备分类用“高炉/转炉设备”；2023年增长率算错；申报书“链上钢铁企业600余家”与申报表不符。")
    return S, V, files, facts, problems, layout, desc


# ====================================================================== P3 船视宝 — 航运, problems
def build_chuanshibao(root: Path, tmp: Path):
    S = dict(CHUANSHIBAO, yn=YN_STD)
    V, E = derive(S)
    true_int = pct(E["rd"], E["r23"])
    wrong_int = round(true_int + 2.4, 2)
    over = dict(E["over"])
    over_bad = dict(over); over_bad["新加坡Singapore"] -= 200
    V = mutate(V, {"平台相关研发投入强度（%）": [f"{wrong_int:.2f}", f"{wrong_int:.2f}", wrong_int],
                   "按海外国家分类统计海外设备连接数量（台/套）": [fbd(over_bad, True), fbd(over_bad), over_bad]})
    w = dict(ind="航运", dev="船舶AIS终端与集装箱物联终端", ent="入驻航运企业", app="航运SaaS应用", model="航线能效模型与船舶到港预测模型",
             site="洋山、外高桥港区", edge=28, case="船舶能效管理与靠港协同",
             pos="基于全球船舶实时船位的航运数字化行业平台，服务船东、货主与港航企业",
             ops_para=f"平台实时追踪全球船舶船位约6.8万艘（船位覆盖不等同于连接设备），已接入船载AIS终端及集装箱物联终端等设备"
                      f"{V.form('连接的工业设备/产品/产线种类及数量（台/套）')}台（套）。",
             effect_para="应用平台后试点船队单航次燃油消耗下降约4.6%，平均在港时间缩短约8小时（为航运运营指标，非申报指标）。", ch7="")
    TX = texts(S, V, E, w)
    pkg = root / S["pid"]
    base = "船视宝申报材料/"
    f_contact, f_form, f_scan = base + "附件1 联系人信息反馈表.docx", base + "附件2 申报表（船视宝）.xlsx", base + "附件2 申报表（盖章版）.pdf"
    f_book = base + "附件3 申报书（船视宝）.docx"
    f_audit, f_dev = base + "附件3-1 审计报告.pdf", base + "附件3-2 船载终端接入统计.pdf"
    f_ent, f_shot, f_ip = base + "附件3-3 入驻企业名录.xlsx", base + "附件3-4 船视宝运营看板.png", base + "附件3-5 知识产权清单.pdf"
    f_sum, f_com = base + "附件4 平台基本情况汇总表.xlsx", base + "附件5 真实性承诺.pdf"
    proofs = {"实际服务企业数（个）": "附件3-3 入驻企业名录", "连接的工业设备/产品/产线种类及数量（台/套）": "附件3-2 第1页",
              "平台相关研发投入（万元）": "附件3-1 第4页"}
    docs.write_contacts(pkg / f_contact, S)
    docs.write_form_xlsx(pkg / f_form, S, V, TX, proofs)
    docs.write_form_scan(pkg / f_scan, tmp, S, V, TX, proofs, seed=2003)
    attach = [("附件3-1 审计报告", "1-4"), ("附件3-2 船载终端接入统计", "5-6"), ("附件3-3 入驻企业名录", "7-40"),
              ("附件3-4 船视宝运营看板", "41"), ("附件3-5 知识产权清单", "42-46")]
    docs.write_book(pkg / f_book, S, V, TX, chapters(S, V, E, w), "docx", attach)
    facts = audit(pkg / f_audit, f_audit, S, E, "元")
    # --- terminals
    from .form import split
    types = {"交通设备": [("船载AIS终端（A类）", 70), ("船载AIS终端（B类）", 20), ("船舶能效监测终端", 10)],
             "物流设备": [("集装箱物联终端", 70), ("岸桥/场桥（装卸设备）", 30)], "仪器仪表": [("气象水文传感器", 100)]}
    rows = [["终端/设备类型", "附录A二级分类", "接入数量（台/套）", "其中公有云（台/套）", "公有云日均在线（台/套）"]]
    for cat, subs in types.items():
        a = split(E["dev_cats"][cat], [n for n, _ in subs], [x for _, x in subs])
        b = split(E["dev_pcats"][cat], [n for n, _ in subs], [x for _, x in subs])
        d = split(E["dev_dcats"][cat], [n for n, _ in subs], [x for _, x in subs])
        rows += [[n_, cat, c(a[n_]), c(b[n_]), c(d[n_])] for n_, _ in subs]
    rows.append(["合计", "", c(E["dev_total"]), c(E["dev_pub"]), c(E["dev_daily"])])
    rr = [["船舶/设备所属企业注册地", "接入数量（台/套）"]] + [[k, c(v)] for k, v in E["dev_regs"].items()]
    st = R.styles()
    R.write_pdf(pkg / f_dev, [
        [Paragraph("船视宝平台船载终端及物联设备接入统计", st["title"]), Paragraph("截至2024年6月30日", st["p"]),
         R.ptable(rows, widths=[48 * mm, 28 * mm, 32 * mm, 32 * mm, 34 * mm]),
         Paragraph(f"设备接入总量：{E['dev_total']:,}台（套）；其中公有云接入：{E['dev_pub']:,}台（套）；公有云日均在线：{E['dev_daily']:,}台（套）", st["p"]),
         Paragraph("注：平台展示的全球实时船位（约6.8万艘）来自公共AIS数据，不计入接入设备。", st["p"])],
        [Paragraph("按所属企业注册地统计", st["h"]), R.ptable(rr, widths=[80 * mm, 60 * mm]),
         Paragraph(f"海外设备合计：{E['overseas']:,}台（套）", st["p"])]], header="中远海运科技股份有限公司")
    facts += [F("连接的工业设备/产品/产线种类及数量（台/套）", c(E["dev_total"]), "台/套", E["dev_total"], f_dev, 1, f"设备接入总量：{E['dev_total']:,}台（套）", "设备接入总量"),
              F("公有云工业设备连接数量（台/套）", c(E["dev_pub"]), "台/套", E["dev_pub"], f_dev, 1, f"其中公有云接入：{E['dev_pub']:,}台（套）", "其中公有云接入"),
              F("公有云工业设备平均日运行数量（台/套）", c(E["dev_daily"]), "台/套", E["dev_daily"], f_dev, 1, f"公有云日均在线：{E['dev_daily']:,}台（套）", "公有云日均在线"),
              F("海外设备连接数量（台/套）", c(E["overseas"]), "台/套", E["overseas"], f_dev, 2, f"海外设备合计：{E['overseas']:,}台（套）", "海外设备合计")]
    # --- 入驻企业名录: 1,186 rows (declared 1,268)
    listed = 1186
    rnd = random.Random(5003)
    a1 = ["远洋", "港航", "海运", "船务", "物流", "航运", "船舶管理", "国际货运", "集运", "油运"]
    a2 = ["东", "华", "申", "沪", "瀛", "海", "蓝", "星", "通", "宏", "恒", "达", "盛", "润", "泰", "昌"]
    cities = ["上海", "宁波", "舟山", "南通", "广州", "深圳", "青岛", "天津", "新加坡", "比雷埃夫斯"]
    ent_rows = [[f"平台实际服务企业名录（入驻企业）共计{listed:,}家", "", "", ""], ["序号", "企业名称", "所在地", "入驻时间"]]
    for i in range(listed):
        nm = f"{cities[i % len(cities)]}{a2[rnd.randrange(16)]}{a2[rnd.randrange(16)]}{a1[rnd.randrange(10)]}有限公司（{i + 1:04d}）"
        ent_rows.append([i + 1, nm, cities[i % len(cities)], f"20{rnd.randint(20, 24)}-{rnd.randint(1, 12):02d}"])
    R.write_xlsx(pkg / f_ent, [("入驻企业名录", ent_rows)], widths={1: 8, 2: 46, 3: 14, 4: 12}, merges={"入驻企业名录": ["A1:D1"]})
    facts.append(F("实际服务企业数（个）", c(listed), "家", listed, f_ent, 1, f"共计{listed:,}家", "平台实际服务企业名录（入驻企业）"))
    tiles = [("全球实时船位（艘）", "68,420"), ("注册企业用户", c(E["registered"])), ("航运SaaS应用", str(E["apps"])),
             ("航运模型", str(E["models"])), ("今日航次", "2,318"), ("集装箱吞吐(TEU)", "126万"), ("开发者", c(E["devs"])), ("在线率", "97.2%")]
    R.save_png(R.dashboard("船视宝 · 航运数字化运营看板", tiles, ["船位、航次、TEU为航运业务数据"], theme=(12, 44, 70)), pkg / f_shot)
    facts += dash_facts(f_shot, 1, tiles, {"注册企业用户": ("注册企业用户数（个）", "家", E["registered"]),
                                         "航运SaaS应用": ("工业APP数量（个）", "个", E["apps"]),
                                         "航运模型": ("工业机理模型数量（个）", "个", E["models"]),
                                         "开发者": ("开发者注册总数（个）", "个", E["devs"])})
    facts += ip_pdf(pkg / f_ip, f_ip, S, E["patents"], E["copyrights"], 3003, ["船舶轨迹预测", "到港时间预测", "航线能效评估", "集装箱追踪"])
    docs.write_summary(pkg / f_sum, S, V, "xlsx-horizontal")
    docs.write_commitment_scan(pkg / f_com, tmp, S, 4003)
    files = {f_contact: "联系人表", f_form: "申报表", f_scan: "申报表扫描件", f_book: "申报书", f_audit: "evidence:audit_report",
             f_dev: "evidence:device_list", f_ent: "evidence:other", f_shot: "evidence:screenshot", f_ip: "evidence:patent_list",
             f_sum: "汇总表", f_com: "承诺"}
    problems = [
        dict(id=f"{S['pid']}-01-declared_vs_evidence", family="declared_vs_evidence", fields=["实际服务企业数（个）"],
             files=[f_form, f_ent], severity="error",
             description=f"申报表填报实际服务企业数 {E['served']:,} 个，证明材料《入驻企业名录》标题为“平台实际服务企业名录（入驻企业）共计{listed:,}家”并列出 {listed:,} 家，两者不一致"),
        dict(id=f"{S['pid']}-02-breakdown_sum", family="breakdown_sum",
             fields=["按海外国家分类统计海外设备连接数量（台/套）", "海外设备连接数量（台/套）"], files=[f_form], severity="error",
             description=f"按海外国家分类统计海外设备连接数量各项之和为 {sum(over_bad.values()):,}，与海外设备连接数量 {E['overseas']:,} 不一致（新加坡Singapore 填 {over_bad['新加坡Singapore']:,}，按省市区域统计中为 {over['新加坡Singapore']:,}）"),
        dict(id=f"{S['pid']}-03-formula", family="formula", fields=["平台相关研发投入强度（%）", "平台相关研发投入（万元）", "平台相关营业收入（万元）"],
             files=[f_form], severity="error",
             description=f"平台相关研发投入强度填报 {wrong_int:.2f}%，按填报指引 {E['rd']:.2f} ÷ {E['r23']:.2f} × 100% 应为 {true_int:.2f}%"),
        dict(id=f"{S['pid']}-04-conditional", family="conditional", fields=["平台建设方式"], files=[f_form], severity="error",
             description="平台建设方式勾选“合作共建”，但“合作企业名称（必填）”未填写"),
    ]
    layout = ["evidence_dir:top-folder flat", "form:xlsx+scan", "thousands_separators", "audit_unit:元", "platform_part:附注专项说明(元)",
              "device_list:pdf(AIS终端)", "enterprise_list:xlsx(1186 rows)", "screenshots:png", "summary:xlsx-horizontal",
              "commitment:scan", "no_section7(2023未参评)", "listed:是"]
    desc = ("序号28 船视宝：设备为船载AIS终端、集装箱物联终端、岸桥场桥；看板含全球船位、航次、TEU等非申报数据。问题：实际服务企业数与入驻企业名录不符；"
            "海外国家分解之和与海外设备数不符；研发投入强度算错；合作共建未填合作企业名称。")
    return S, V, files, facts, problems, layout, desc


# ====================================================================== P4 延锋 — 汽车零部件, problems
def build_yanfeng(root: Path, tmp: Path):
    S = dict(YANFENG, yn=YN_STD)
    V, E = derive(S)
    inds = dict(E["ent_inds"])
    inds_bad = dict(inds); inds_bad["汽车"] -= 30
    V = mutate(V, {"按行业统计服务企业数（个）": [fbd(inds_bad), fbd(inds_bad), inds_bad]})
    w = dict(ind="汽车零部件", dev="注塑机、焊装机器人等联网设备", ent="链上供应商", app="工业微服务与MES组件", model="注塑工艺机理模型、质量预测模型与排产算法",
             site="金桥、嘉定、安亭工厂", edge=36, case="注塑车间数字孪生与质量预测",
             pos="面向汽车内外饰零部件制造的行业平台，贯通注塑、焊装、涂装工艺与供应链协同",
             ops_para=f"平台接入注塑机、焊装/喷涂机器人、数控机床、AGV等设备{V.form('连接的工业设备/产品/产线种类及数量（台/套）')}台（套），"
                      f"服务整车厂配套的链上供应商{V.form('实际服务企业数（个）')}家。",
             effect_para="应用后注塑车间OEE由74%提升至82.6%，良品率提升至99.2%（OEE、良品率为车间生产指标，非申报指标）。", ch7="")
    TX = texts(S, V, E, w)
    pkg = root / S["pid"]
    f_contact, f_form, f_scan = "延锋_附件1_联系人信息反馈表.docx", "延锋_附件2_申报表.docx", "延锋_附件2_申报表_盖章.pdf"
    f_book = "延锋_附件3_申报书.docx"
    f_audit, f_dev, f_model = "证明材料/01_审计报告.pdf", "证明材料/02_联网设备台账.pdf", "证明材料/03_工业模型清单.xlsx"
    f_shot, f_ip = "证明材料/04_MES运行截图.png", "证明材料/05_知识产权清单.pdf"
    f_sum, f_com = "延锋_附件4_汇总表.xlsx", "延锋_附件5_真实性承诺.pdf"
    proofs = {"工业机理模型数量（个）": "证明材料03 工业模型清单", "连接的工业设备/产品/产线种类及数量（台/套）": "证明材料02",
              "微服务数量（个）": "证明材料04", "平台相关营业收入（万元）": "证明材料01 第4页"}
    docs.write_contacts(pkg / f_contact, S)
    docs.write_form_docx(pkg / f_form, S, V, TX, proofs)
    docs.write_form_scan(pkg / f_scan, tmp, S, V, TX, proofs, seed=2004)
    attach = [("01 审计报告", "1-4"), ("02 联网设备台账", "5-6"), ("03 工业模型清单", "7-15"), ("04 MES运行截图", "16"), ("05 知识产权清单", "17-20")]
    docs.write_book(pkg / f_book, S, V, TX, chapters(S, V, E, w), "docx", attach)
    facts = audit(pkg / f_audit, f_audit, S, E, "万元")
    from .form import split
    # --- device ledger in shop-floor terms only (注塑机 could be 化工设备 or 轻工设备 under 附录A: not a problem)
    terms = {"轻工设备": [("注塑机", 100)], "机器人": [("焊装机器人", 60), ("喷涂机器人", 40)], "机床": [("数控机床", 55), ("冲压机", 45)],
             "物流设备": [("AGV", 100)], "仪器仪表": [("三坐标测量仪", 100)]}
    rows = [["设备名称", "联网台数（台/套）", "其中公有云接入（台/套）"]]
    for cat, subs in terms.items():
        a = split(E["dev_cats"][cat], [n for n, _ in subs], [x for _, x in subs])
        b = split(E["dev_pcats"][cat], [n for n, _ in subs], [x for _, x in subs])
        rows += [[n_, c(a[n_]), c(b[n_])] for n_, _ in subs]
    rows.append(["合计", c(E["dev_total"]), c(E["dev_pub"])])
    st = R.styles()
    R.write_pdf(pkg / f_dev, [[Paragraph("延锋工业互联网平台联网设备台账（汇总）", st["title"]),
                               R.ptable(rows, widths=[60 * mm, 50 * mm, 50 * mm]),
                               Paragraph(f"联网设备总数：{E['dev_total']:,}台（套），其中公有云接入{E['dev_pub']:,}台（套）。", st["p"])]],
                header="上海延锋金桥饰件系统有限公司")
    facts += [F("连接的工业设备/产品/产线种类及数量（台/套）", c(E["dev_total"]), "台/套", E["dev_total"], f_dev, 1, f"联网设备总数：{E['dev_total']:,}台（套）", "联网设备总数"),
              F("公有云工业设备连接数量（台/套）", c(E["dev_pub"]), "台/套", E["dev_pub"], f_dev, 1, f"其中公有云接入{E['dev_pub']:,}台（套）", "其中公有云接入")]
    # --- model list: 318 (declared 342)
    listed = 318
    active = E["models_active"]
    kinds = [("注塑工艺机理模型", "行业机理模型", 40), ("质量预测模型", "数据算法模型", 30), ("排产算法", "业务流程模型", 12), ("数字孪生体", "研发仿真模型", 18)]
    cnt = split(listed, [k for k, _, _ in kinds], [x for _, _, x in kinds])
    mrows = [["序号", "模型名称", "模型类型", "附录D分类", "近一周调用次数"]]
    rnd = random.Random(6004)
    i = 0
    act_left = active
    for kname, dcat, _ in kinds:
        for j in range(cnt[kname]):
            i += 1
            calls = rnd.randint(5, 60) if act_left > 0 else rnd.randint(0, 4)
            act_left -= 1
            mrows.append([i, f"{kname}-{j + 1:03d}", kname, dcat, calls])
    mrows.append(["", f"合计：{listed}个", "", "", ""])
    mrows.append(["", f"其中活跃模型（一周调用5次以上）：{active}个", "", "", ""])
    R.write_xlsx(pkg / f_model, [("工业模型清单", mrows)], widths={1: 6, 2: 30, 3: 20, 4: 16, 5: 16})
    facts += [F("工业机理模型数量（个）", str(listed), "个", listed, f_model, 1, f"合计：{listed}个", "合计"),
              F("活跃机理模型数量（一周调用5次以上）（个）", str(active), "个", active, f_model, 1, f"其中活跃模型（一周调用5次以上）：{active}个", "其中活跃模型")]
    shot_micro = 1860
    tiles = [("OEE", "82.6%"), ("良品率", "99.2%"), ("联网注塑机", c(E["dev_cats"]["轻工设备"])), ("工业微服务", c(shot_micro)),
             ("数字孪生体", "57"), ("链上供应商", c(E["registered"])), ("今日订单", "1,204"), ("开发者", c(E["devs"])), ("MES组件/工业APP", str(E["apps"]))]
    R.save_png(R.dashboard("延锋 MES · 注塑车间运行看板", tiles, ["OEE、良品率、订单为车间生产数据"], theme=(24, 40, 40)), pkg / f_shot)
    facts += dash_facts(f_shot, 1, tiles, {"工业微服务": ("微服务数量（个）", "个", shot_micro),
                                         "链上供应商": ("注册企业用户数（个）", "家", E["registered"]),
                                         "开发者": ("开发者注册总数（个）", "个", E["devs"]),
                                         "MES组件/工业APP": ("工业APP数量（个）", "个", E["apps"])})
    facts += ip_pdf(pkg / f_ip, f_ip, S, E["patents"], E["copyrights"], 3004, ["注塑工艺参数寻优", "内饰件缺陷检测", "焊装质量预测", "柔性排产"])
    docs.write_summary(pkg / f_sum, S, V, "xlsx-vertical")
    docs.write_commitment_scan(pkg / f_com, tmp, S, 4004)
    files = {f_contact: "联系人表", f_form: "申报表", f_scan: "申报表扫描件", f_book: "申报书", f_audit: "evidence:audit_report",
             f_dev: "evidence:device_list", f_model: "evidence:other", f_shot: "evidence:screenshot", f_ip: "evidence:patent_list",
             f_sum: "汇总表", f_com: "承诺"}
    problems = [
        dict(id=f"{S['pid']}-01-count_vs_list", family="count_vs_list", fields=["工业机理模型数量（个）"], files=[f_form, f_model],
             severity="error",
             description=f"申报表填报工业机理模型数量 {E['models']} 个，《工业模型清单》逐条列出并合计 {listed} 个"),
        dict(id=f"{S['pid']}-02-screenshot_vs_form", family="screenshot_vs_form", fields=["微服务数量（个）"], files=[f_shot, f_form],
             severity="warning",
             description=f"MES运行截图显示“工业微服务 {shot_micro:,}”，申报表填报微服务数量 {E['micro']:,} 个"),
        dict(id=f"{S['pid']}-03-breakdown_sum", family="breakdown_sum", fields=["按行业统计服务企业数（个）", "实际服务企业数（个）"],
             files=[f_form], severity="error",
             description=f"按行业统计服务企业数各项之和为 {sum(inds_bad.values())}，与实际服务企业数 {E['served']} 不一致（“汽车”一项少 30）"),
        dict(id=f"{S['pid']}-04-subset", family="subset",
             fields=["公有云工业设备平均日运行数量（台/套）", "公有云工业设备连接数量（台/套）"], files=[f_form], severity="error",
             description=f"公有云工业设备平均日运行数量 {E['dev_daily']:,} 台/套大于公有云工业设备连接数量 {E['dev_pub']:,} 台/套（前者是后者中每日上传数据的设备）"),
    ]
    layout = ["naming:prefix 延锋_", "evidence_dir:证明材料", "columns:levels+content+actual+proof", "stamped_scan", "audit_unit:万元",
              "device_list:pdf(车间叫法, 无附录A列; 注塑机归类不定)", "model_list:xlsx", "screenshots:png(MES)", "summary:xlsx-vertical",
              "commitment:scan", "no_section7(2023未参评)"]
    desc = ("序号33 延锋：注塑机、焊装/喷涂机器人、数控机床、AGV；工艺机理模型、质量预测模型、排产算法、数字孪生体；MES看板有OEE、良品率。"
            "问题：机理模型数与模型清单不符；截图微服务数与申报不符；行业分解之和不等于实际服务企业数；公有云日均运行数大于公有云连接数。")
    return S, V, files, facts, problems, layout, desc


BUILDERS = [build_hemudu, build_baowu, build_chuanshibao, build_yanfeng]


def build(out: Path):
    pk, tr = out / "packages", out / "truth"
    for d in (pk, tr):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    tmp = out / "scratch"
    tmp.mkdir(parents=True, exist_ok=True)
    for b in BUILDERS:
        S, V, files, facts, problems, layout, desc = b(pk, tmp)
        (tr / f"{S['pid']}.json").write_text(truth_json(S, V, files, facts, problems, layout, desc, out), encoding="utf-8")
    shutil.rmtree(tmp)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
