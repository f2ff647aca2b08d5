"""Build the h22 holdout set: `.venv/bin/python eval_sets/blind/h22/build.py` (from the repository)."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository (eval_sets.generator.fonts, eval_sets.truth)
sys.path.insert(0, str(HERE))

from common import *  # noqa
from common import n0, c2, f2, r2, bd_text, dump_json, A4_LABELS
from model import (Pkg, derive, form_docx, form_xlsx, form_canvas_pages, form_stamped_scan, summary_xlsx,
                   summary_docx, commitment_scan, contact_docx, book_docx, book_pdf)
from evidence import *  # noqa
import defaults

OUT = HERE


def base(**kw):
    P = dict(
        nature="行业型工业互联网平台", build_mode="自建", build_mode_box="√自建  □合作共建",
        op_mode="自运营", op_mode_box="√自运营  □联合运营  □委托运营",
        iaas_box="√自建  □租用", deploy="私有云、公有云", deploy_box="□边缘侧 √私有云 √公有云 □混合云",
        form_date="2024年7月15日", commit_date="2024年7月15日",
        speed="秒级（每TB数据聚合分析约5秒）", vc="否", carbon="否", idres="否",
        sec_no="SEC-2022-01", sec_no2="SEC-2023-04", proof={}, orders=(0, 0),
        model_cat=[("数据算法模型", 3), ("研发仿真模型", 1), ("行业机理模型", 4), ("业务流程模型", 2)],
        sol_w=[3, 1, 2, 3, 1, 2],
    )
    P.update(kw)
    return P


def truth(pkg: Pkg, description: str, P):
    rows = [{"label": lab, "value": pkg.V[lab], "normalized": pkg.N[lab]} for lab in A4_LABELS]
    return {
        "schema_version": 1, "package_id": pkg.pid, "description": description,
        "path": f"packages/{pkg.pid}", "delivery": "folder",
        "platform": {"list_no": P["list_no"], "listed_name": P["listed_name"], "company": P["company"],
                     "declared_name": P["declared_name"], "participated_2023": P["participated"]},
        "layout": pkg.layout, "files": pkg.files, "secrets": [P["password"]],
        "summary_rows": rows, "evidence_facts": pkg.facts, "problems": pkg.problems,
    }


# =====================================================================================
# h22_711_problems — 序号8 七一一所
# =====================================================================================
def pkg_711():
    pid = "h22_711_problems"
    root = OUT / "packages" / pid
    P = base(
        list_no=8, listed_name="船舶动力系统设备全生命周期运行维护平台", declared_name="船舶动力系统设备全生命周期运行维护平台",
        company="中国船舶重工集团公司第七一一研究所", participated=True, short="七一一所",
        contact="顾海峰", phone="13917628450", email="guhf@csic711.example.com",
        contact2=("沈佳琪", "平台运营主管", "13817302964", "shenjq@csic711.example.com"),
        address="上海市闵行区华宁路3111号科研楼A座6楼报告厅", url="https://pdm.csic711.example.com",
        account="sheitc_review", password="Rv#711-2024",
        period="2019.05-2023.12", period_text="2019年5月至2023年12月", build=6850.00,
        rev=(5120.40, 5896.20, 6904.35, 8426.50), ops=112, opr=64, qual=138, rd=1542.80, profit=1096.45,
        nature="行业型工业互联网平台", deploy="边缘侧、私有云、公有云", deploy_box="√边缘侧 √私有云 √公有云 □混合云",
        dev=18640, dev_pub=7320, dev_daily=5012,
        dev_cat=[("动力设备", 42), ("交通设备", 21), ("电力设备", 14), ("仪器仪表", 9), ("机器人", 4), ("电工、电子设备", 10)],
        dev_reg=[("上海", 30), ("江苏", 18), ("浙江", 9), ("山东", 8), ("辽宁", 7), ("广东", 6), ("湖北", 5), ("大连", 4),
                 ("青岛", 4), ("新加坡Singapore", 5), ("希腊Greece", 4)],
        protocols=186, sw=352, app=318, app_native=206, app_mau=231,
        app_cat=[("运维服务", 38), ("安全生产", 14), ("节能减排", 16), ("质量管控", 9), ("生产制造", 10), ("运营管理", 8), ("供应链管理", 5)],
        app_ind=[("船舶", 46), ("机械", 20), ("电力、热力和燃气", 16), ("石化化工", 10), ("轨道交通", 8)],
        killer_dau=1862, killer_hits=24650, killer_income=36.82, app_pub=164, app_pub_dau=88,
        cloud=168.50, cloud_pub=62, cap=1200.00, used=684.36, pub_data=248.10,
        models=236, models_active=118, model_users=486, ms=962, ms_active=511, devs=8460, devs_active=1932,
        reg=1684, served=1352, paid=468, sme=986,
        ent_ind=[("船舶", 38), ("机械", 22), ("电力、热力和燃气", 14), ("石化化工", 11), ("轨道交通", 7), ("其他", 8)],
        ent_reg=[("上海", 42), ("江苏", 17), ("浙江", 10), ("山东", 8), ("辽宁", 7), ("广东", 6), ("大连", 5), ("青岛", 5)],
        orders=(12460, 0), trade_growth=14.26, subs=4286, subs_killer=2154, subs_amount=1864.30, dev_util=76.35,
        domestic=88.50, smart=5, parks=7, solutions=30, cost_down=17.42, energy_down=8.65, safety_up=19.80,
        indices=4, patents=40, softs=27, awards=5, jobs=326, social=21.74, partners=6,
        open_data="以API接口和行业数据集形式开放：开放API接口142个、行业数据集6个、船舶动力设备健康报告模板12类",
        carbon="是，提供碳排放监测与碳核算服务，面向船舶与电力用户", idres="是，接入国家标识解析（上海）二级节点，注册标识约46万个",
        sec_no="七一一信〔2022〕12号", sec_no2="七一一信〔2023〕7号",
        ent=dict(uscc="12100000425007371X", founded="1963年6月", reg_addr="上海市闵行区", type="事业单位",
                 capital="开办资金48,600万元", business="船舶动力、能源装备与工业自动化产品研发、制造与技术服务",
                 legal="王卫国", title="数字化中心副主任", fax="021-64880000", equity="国有（中国船舶集团有限公司举办）",
                 assets="968,420.36", income="412,836.20", income_g="7.85", debt="46.32", profit="28,640.15", tax="13,204.88"),
        intro="船舶动力系统设备全生命周期运行维护平台面向船用柴油机、燃气轮机、船舶电力与辅机系统，提供设备接入、状态监测、故障诊断、预测性维护、备件协同与能效管理等服务，已服务航运公司、船厂及电力、石化等行业用户。",
        effect="平台解决了船舶动力设备远洋运行状态不可见、故障处置依赖经验、备件保障周期长等痛点，帮助用户降低运维成本、提升设备可用率，带动船舶配套产业链数字化转型。",
    )
    P["proof"] = {"1.2.1": "附件3-01 第2页", "1.2.2": "附件3-01 第2页", "2.1.1": "附件3-03 第1-2页",
                  "2.1.2": "附件3-04", "2.2.3": "附件3-04", "2.3.1": "附件3-04", "3.1.3": "附件3-02、3-05"}
    P["annex_list"] = [["3-01", "平台业务专项审计报告", "1-3"], ["3-02", "知识产权清单", "4-5"],
                       ["3-03", "平台接入设备统计表", "6-7"], ["3-04", "平台运行看板截图", "8"],
                       ["3-05", "省部级及以上荣誉清单", "9"], ["3-06", "事业单位法人证书/营业执照", "10"]]
    pkg = Pkg(pid, P)
    derive(pkg)
    pkg.T = defaults.texts(P, "面向船舶动力及能源装备的全生命周期运维服务行业型工业互联网平台")
    # ---- planted: identity — the merged 运维/运营 cell says 112 + 58 while total says 176
    true_opr = P["opr"]
    pkg.set("运营人数（人）", "58", 58)
    P["merged_text"] = {("运维人数（人）", "运营人数（人）"): "运维人员112人；运营人员58人（含销售、客服）"}
    P["book"] = defaults.book(P, sections7=True)

    F = {}
    ev = "附件3 证明材料"
    F["form"] = "附件2 申报表（七一一所）.docx"
    F["scan"] = "附件2 申报表（盖章扫描件）.pdf"
    F["book"] = "附件3 申报书（七一一所）.docx"
    F["sum"] = "附件4 平台基本情况汇总表.xlsx"
    F["commit"] = "附件5 真实性承诺（盖章）.pdf"
    F["contact"] = "附件1 联系人信息反馈表.docx"
    F["audit"] = f"{ev}/3-01 平台业务专项审计报告.pdf"
    F["ip"] = f"{ev}/3-02 知识产权清单.pdf"
    F["dev"] = f"{ev}/3-03 平台接入设备统计表.pdf"
    F["shot"] = f"{ev}/3-04 平台运行看板截图.png"
    F["award"] = f"{ev}/3-05 省部级及以上荣誉清单.pdf"
    F["lic"] = f"{ev}/3-06 事业单位法人证书.pdf"
    roles = {"form": "申报表", "scan": "申报表扫描件", "book": "申报书", "sum": "汇总表", "commit": "承诺",
             "contact": "联系人表", "audit": "evidence:audit_report", "ip": "evidence:patent_list",
             "dev": "evidence:device_list", "shot": "evidence:screenshot", "award": "evidence:award_list",
             "lic": "evidence:other"}
    pkg.files = {F[k]: roles[k] for k in F}

    # ---- planted: summary_vs_form — the applicant's 附件4 prints 工业APP数量 381
    pkg.summary_override["工业APP数量（个）"] = "381"

    contact_docx(pkg, root / F["contact"])
    form_docx(pkg, root / F["form"], answer_merges=[("T:定位", "T:政策"), ("运维人数（人）", "运营人数（人）"),
                                                    ("T:语言", "T:框架", "T:工具")])
    form_stamped_scan(pkg, root / F["scan"], seed=811)
    book_docx(pkg, root / F["book"])
    summary_xlsx(pkg, root / F["sum"])
    commitment_scan(pkg, root / F["commit"], seed=812)

    # ---- 3-01 audit: borderless space-aligned tables, running header/footer, watermark
    total_pages = 3
    hdr, ftr = run_header(
        "立信中联会计师事务所（特殊普通合伙）  文件编号：HJX-2024-0031",
        lambda p: f"第{p.page}页/共{total_pages}页",
        lambda p: ("电话：021-6328 0000  统一社会信用代码：91310106MA1FY0X27K", "打印时间：2024-07-12 14:36:08"))
    pdf = Pdf(str(root / F["audit"]), title="专项审计报告", header=hdr, footer=ftr, watermark=watermark_text("仅供申报使用"))
    pdf.begin()
    pdf.ctext(pdf.W / 2, pdf.H - 90, "关于中国船舶重工集团公司第七一一研究所", HEI, 15)
    pdf.ctext(pdf.W / 2, pdf.H - 114, "船舶动力系统设备全生命周期运行维护平台业务的专项审计报告", HEI, 15)
    pdf.ctext(pdf.W / 2, pdf.H - 138, "立信中联专审字[2024]第0031号", SONG, 10)
    y = pdf.wrap(60, pdf.H - 180, "中国船舶重工集团公司第七一一研究所：我们接受委托，对贵所2021年度至2023年度船舶动力系统设备全生命周期运行维护平台"
                 "（以下简称“平台”）相关业务收入、研发投入及利润情况进行了专项审计。贵所管理层对平台业务财务数据的真实性、完整性负责。", 475, SONG, 10.5)
    y = pdf.wrap(60, y - 6, "我们按照中国注册会计师审计准则的规定执行了审计工作。平台业务收入按照合同约定的服务内容从贵所整体收入中拆分，"
                 "拆分口径为：平台订阅服务收入、远程运维服务收入、数据与模型服务收入，不含设备销售收入。", 475, SONG, 10.5)
    y = pdf.wrap(60, y - 6, "我们认为，后附平台业务收入明细表在所有重大方面按照上述拆分口径编制，公允反映了平台2021-2023年度的业务收入情况。", 475, SONG, 10.5)
    pdf.text(330, 190, "中国注册会计师：李文涛  许静", SONG, 10.5)
    pdf.text(330, 165, "二〇二四年七月十日", SONG, 10.5)
    seal_on_canvas(pdf, 400, 180, 42, "")
    pdf.end_page()
    # page 2: borderless table
    pdf.begin()
    pdf.ctext(pdf.W / 2, pdf.H - 80, "附表1  平台业务收入明细表", HEI, 13)
    pdf.text(60, pdf.H - 104, "编制单位：中国船舶重工集团公司第七一一研究所", SONG, 9)
    pdf.rtext(pdf.W - 60, pdf.H - 104, "单位：人民币万元", SONG, 9)
    cols = [(0, 200, "l"), (210, 80, "r"), (300, 80, "r"), (395, 80, "r")]
    lines_ = [("平台订阅服务收入", 1698.42, 1985.63, 2322.58), ("远程运维服务收入", 2504.36, 2836.20, 3548.91),
              ("数据与模型服务收入", 1693.42, 2082.52, 2114.67)]
    tot = [round(sum(r[i] for r in lines_), 2) for i in (1, 2, 3)]
    assert tot[0] == P["rev"][1] and tot[1] == P["rev"][2], tot
    ev_2023 = tot[2]
    y = pdf.H - 140
    y = spaced_rows(pdf, 60, y, cols, [["项    目", "2021年度", "2022年度", "2023年度"]], font=HEI)
    y -= 4
    y = spaced_rows(pdf, 60, y, cols, [[a, c2(b), c2(c), c2(d)] for a, b, c, d in lines_])
    y -= 4
    y = spaced_rows(pdf, 60, y, cols, [["平台业务收入合计", c2(tot[0]), c2(tot[1]), c2(tot[2])]], font=HEI)
    y -= 24
    pdf.ctext(pdf.W / 2, y, "附表2  平台研发投入及利润情况", HEI, 13)
    y -= 30
    y = spaced_rows(pdf, 60, y, cols, [["项    目", "2021年度", "2022年度", "2023年度"]], font=HEI)
    y -= 4
    y = spaced_rows(pdf, 60, y, cols, [["平台研发投入", "1,086.30", "1,264.18", c2(P["rd"])],
                                        ["  其中：人员人工", "612.40", "705.66", "868.92"],
                                        ["平台利润总额", "702.16", "824.37", c2(P["profit"])]])
    y -= 14
    pdf.wrap(60, y, "注：平台利润总额=平台业务收入-平台直接成本-分摊期间费用；分摊比例按平台人员工时占比确定。", 475, SONG, 9, indent=False)
    pdf.end_page()
    pdf.begin()
    pdf.ctext(pdf.W / 2, pdf.H - 80, "附表3  平台用户与订单情况（2023年度）", HEI, 13)
    y = pdf.H - 120
    cols2 = [(0, 260, "l"), (290, 90, "r"), (400, 60, "l")]
    y = spaced_rows(pdf, 60, y, cols2, [["项    目", "数量", "单位"]], font=HEI)
    y = spaced_rows(pdf, 60, y, cols2, [["平台订单数量", n0(P["orders"][0]), "单"], ["付费企业数", n0(P["paid"]), "家"],
                                         ["工业APP订阅总数量", n0(P["subs"]), "个"], ["工业APP订阅总金额", c2(P["subs_amount"]), "万元"]])
    pdf.end_page()
    pdf.save()
    A = F["audit"]
    pkg.fact("平台相关营业收入（万元）", c2(ev_2023), "万元", ev_2023, A, 2, c2(ev_2023), "平台业务收入合计", "2023年度")
    pkg.fact("平台近三年经营指标情况", c2(tot[0]), "万元", tot[0], A, 2, c2(tot[0]), "平台业务收入合计", "2021年度", "2021年平台营收（万元）")
    pkg.fact("平台近三年经营指标情况", c2(tot[1]), "万元", tot[1], A, 2, c2(tot[1]), "平台业务收入合计", "2022年度", "2022年平台营收（万元）")
    pkg.fact("平台相关研发投入（万元）", c2(P["rd"]), "万元", P["rd"], A, 2, c2(P["rd"]), "平台研发投入", "2023年度")
    pkg.fact("平台利润率（%）", c2(P["profit"]), "万元", P["profit"], A, 2, c2(P["profit"]), "平台利润总额", "2023年度", "平台利润总额（万元）")
    pkg.fact("投资回报率（%）", c2(P["profit"]), "万元", P["profit"], A, 2, c2(P["profit"]), "平台利润总额", "2023年度", "平台年利润（万元）")
    pkg.fact("工业APP订阅总数量（个）", n0(P["subs"]), "个", P["subs"], A, 3, n0(P["subs"]), "工业APP订阅总数量", "数量")

    # ---- 3-02 IP list: patents split side by side (1-20 | 21-36), softs on p.2
    listed = 36
    pdf = Pdf(str(root / F["ip"]), title="知识产权清单")
    pdf.begin()
    pdf.ctext(pdf.W / 2, pdf.H - 60, "平台核心软硬件技术知识产权清单", HEI, 14)
    pdf.text(50, pdf.H - 84, "一、发明专利/实用新型专利（截至2024年6月30日，专利权人：中国船舶重工集团公司第七一一研究所）", SONG, 8.5)
    topics = ["船用柴油机", "燃气轮机", "增压器", "齿轮箱", "轴系", "发电机组", "冷却系统", "燃油系统", "润滑系统", "推进电机"]
    acts = ["故障诊断方法", "状态监测装置", "寿命预测方法", "振动分析系统", "健康评估方法", "数据采集网关"]
    pats = [(i + 1, f"一种{topics[i % 10]}{acts[(i * 7) % 6]}", f"ZL20{19 + i % 5}1{(i * 73421) % 1000000:06d}.{i % 10}") for i in range(listed)]
    x0s = [40, 40 + 262]
    for half, chunk in enumerate((pats[:20], pats[20:])):
        x = x0s[half]
        y = pdf.H - 110
        y = grid_table(pdf, x, y, [22, 140, 92], [["序号", "专利名称", "专利号"]] + [[str(a), b, c] for a, b, c in chunk],
                       SONG, 7.2, 15, wrap=True)
    pdf.end_page()
    pdf.begin()
    pdf.text(50, pdf.H - 60, "二、计算机软件著作权", HEI, 11)
    softs = [(i + 1, f"船舶动力设备{['远程监控', '健康管理', '能效分析', '备件管理', '工单管理', '数据采集', '报表', '告警'][i % 8]}软件V{1 + i % 4}.0",
              f"2{0 + i % 4}23SR{(i * 48611) % 1000000:06d}") for i in range(P["softs"])]
    y = grid_table(pdf, 50, pdf.H - 80, [40, 300, 155], [["序号", "软件名称", "登记号"]] + [[str(a), b, c] for a, b, c in softs], SONG, 8, 15)
    pdf.text(50, y - 16, f"软件著作权合计：{P['softs']}项", HEI, 10)
    pdf.end_page()
    pdf.save()
    pkg.fact("平台核心软硬件技术获得的软著数量（个）", str(P["softs"]), "项", P["softs"], F["ip"], 2,
             f"软件著作权合计：{P['softs']}项", "软件著作权合计")

    # ---- 3-03 device table with vertical (stacked) header text; value/unit in separate cells
    pdf = Pdf(str(root / F["dev"]), title="接入设备统计表",
              footer=lambda p: p.ctext(p.W / 2, 30, f"七一一所数字化中心  第{p.page}页", SONG, 8))
    pdf.begin()
    pdf.ctext(pdf.W / 2, pdf.H - 60, "平台接入设备统计表（截至2024年6月30日）", HEI, 14)
    x = 60
    widths = [120, 60, 60, 60, 40]
    ytop = pdf.H - 90
    hh = 110
    c = pdf.c
    xx = x
    heads = ["设备二级分类", "接入数量", "其中公有云接入", "公有云日均运行", "单位"]
    for i, w in enumerate(widths):
        c.rect(xx, ytop - hh, w, hh)
        if i == 0:
            pdf.ctext(xx + w / 2, ytop - hh / 2, heads[0], HEI, 9)
        else:
            vertical_text(pdf, xx + w / 2, ytop - 14, heads[i], 9)
        xx += w
    y = ytop - hh
    rows = [[k, n0(P["dev_cat_bd"][k]), n0(P["pub_cat_bd"][k]), n0(P["day_cat_bd"][k]), "台/套"] for k in P["dev_cat_bd"]]
    rows.append(["合计", n0(P["dev"]), n0(P["dev_pub"]), n0(P["dev_daily"]), "台/套"])
    y = grid_table(pdf, x, y, widths, rows, SONG, 9, 18, header_rows=0, align=["l", "r", "r", "r", "c"])
    # region table split side by side
    y -= 30
    pdf.text(60, y, "按设备所属企业注册地统计（台/套）", HEI, 11)
    y -= 10
    regs = list(P["dev_reg_bd"].items())
    half = (len(regs) + 1) // 2
    ya = grid_table(pdf, 60, y, [110, 110], [["区域", "接入数量"]] + [[k, n0(v)] for k, v in regs[:half]], SONG, 9, 17, align=["l", "r"])
    grid_table(pdf, 300, y, [110, 110], [["区域", "接入数量"]] + [[k, n0(v)] for k, v in regs[half:]], SONG, 9, 17, align=["l", "r"])
    pdf.text(60, ya - 20, f"其中海外设备合计 {n0(P['overseas'])} 台/套。", SONG, 9.5)
    pdf.end_page()
    pdf.save()
    D = F["dev"]
    pkg.fact("连接的工业设备/产品/产线种类及数量（台/套）", n0(P["dev"]), "台/套", P["dev"], D, 1, n0(P["dev"]), "合计", "接入数量")
    pkg.fact("公有云工业设备连接数量（台/套）", n0(P["dev_pub"]), "台/套", P["dev_pub"], D, 1, n0(P["dev_pub"]), "合计", "其中公有云接入")
    pkg.fact("公有云工业设备平均日运行数量（台/套）", n0(P["dev_daily"]), "台/套", P["dev_daily"], D, 1, n0(P["dev_daily"]), "合计", "公有云日均运行")
    pkg.fact("海外设备连接数量（台/套）", n0(P["overseas"]), "台/套", P["overseas"], D, 1, f"其中海外设备合计 {n0(P['overseas'])} 台/套", "其中海外设备合计")

    # ---- 3-04 screenshot
    tiles = [("接入设备总数", n0(P["dev"]), "台/套"), ("注册企业", n0(P["reg"]), "家"), ("工业APP", str(P["app"]), "个"),
             ("机理模型", str(P["models"]), "个"), ("微服务", str(P["ms"]), "个"), ("注册开发者", n0(P["devs"]), "人")]
    dashboard_png(root / F["shot"], "船舶动力设备运维平台 · 运营驾驶舱", tiles, "2024-07-08 10:21:36  v4.2.0", seed=813)
    S = F["shot"]
    for lab, (cap, val, unit), norm in [("连接的工业设备/产品/产线种类及数量（台/套）", tiles[0], P["dev"]),
                                         ("注册企业用户数（个）", tiles[1], P["reg"]), ("工业APP数量（个）", tiles[2], P["app"]),
                                         ("工业机理模型数量（个）", tiles[3], P["models"]), ("微服务数量（个）", tiles[4], P["ms"]),
                                         ("开发者注册总数（个）", tiles[5], P["devs"])]:
        pkg.fact(lab, val, unit, norm, S, 1, val, cap, image_only=True)

    # ---- 3-05 awards with footnote marks
    pdf = Pdf(str(root / F["award"]), title="荣誉清单")
    pdf.begin()
    pdf.ctext(pdf.W / 2, pdf.H - 60, "平台获得省部级及以上奖项/荣誉清单", HEI, 14)
    aw = [["1", "工业互联网平台创新领航应用案例", "2021.12¹", "工业和信息化部"],
          ["2", "上海市工业互联网创新应用标杆", "2022.06", "上海市经济和信息化委员会"],
          ["3", "中国船舶工业科学技术奖二等奖", "2022.11*", "中国造船工程学会"],
          ["4", "上海市科技进步奖三等奖", "2023.05", "上海市人民政府"],
          ["5", "工业互联网试点示范项目", "2023.09", "工业和信息化部"]]
    y = grid_table(pdf, 50, pdf.H - 90, [40, 220, 80, 155], [["序号", "奖项/荣誉名称", "获奖时间", "颁发单位"]] + aw, SONG, 9, 18)
    pdf.text(50, y - 18, "合计：5项", HEI, 10)
    pdf.text(50, y - 40, "¹ 以平台原名称“船舶动力设备远程运维平台”获评。", SONG, 8.5)
    pdf.text(50, y - 56, "* 该奖项为行业学会颁发，经国家科技奖励办公室登记（国科奖社证0157号）。", SONG, 8.5)
    pdf.end_page()
    pdf.save()
    pkg.fact("平台获得省部级及以上奖项/荣誉数量（个）", "5", "项", 5, F["award"], 1, "合计：5项", "合计")

    license_scan(root / F["lic"], P["company"], P["ent"]["uscc"], P["ent"]["legal"], P["ent"]["capital"],
                 P["ent"]["founded"], "上海市闵行区华宁路3111号", seed=814, typ="事业单位", title="事业单位法人证书")

    # ---- problems
    pkg.problem("declared_vs_evidence", ["平台相关营业收入（万元）"], [F["form"], F["audit"]], "error",
                f"申报表填报平台相关营业收入 {f2(P['rev'][3])} 万元（平台近三年经营指标情况2023年同），专项审计报告附表1（无框线表格）"
                f"“平台业务收入合计”2023年度为 {c2(ev_2023)} 万元，低于申报值")
    pkg.problem("count_vs_list", ["平台核心软硬件技术获得的专利数量（项）"], [F["form"], F["ip"]], "error",
                f"申报表填报专利数量 {P['patents']} 项，知识产权清单第1页左右并排的专利表（左1-20、右21-{listed}）实际只列出 {listed} 项，清单未印合计")
    pkg.problem("identity", ["平台团队总人数（人）", "运维人数（人）", "运营人数（人）"], [F["form"]], "error",
                f"申报表中运维、运营人数写在同一合并单元格“运维人员112人；运营人员58人”，112+58=170，与平台团队总人数 {P['ops'] + true_opr} 不一致")
    pkg.problem("summary_vs_form", ["工业APP数量（个）"], [F["sum"], F["form"]], "error",
                f"附件4汇总表工业APP数量填 381，申报表为 {P['app']}")
    pkg.layout = ["form:docx-merged-answer-cells", "stamped_scan", "audit:borderless-space-aligned", "running_header_footer_numbers",
                  "watermark:仅供申报使用", "seal_over_text", "ip:side-by-side(1-20|21-36)", "device:vertical-header",
                  "value_unit_separate_cells", "region:side-by-side", "footnote_marks(¹,*)", "screenshot:png", "summary:xlsx", "section7"]
    dump_json(truth(pkg, "序号8 七一一所：申报表DOCX运维/运营答案写在跨行合并单元格；审计报告无框线对齐表、页眉页脚充满编号与电话、水印；"
                    "专利清单左右并排分栏；设备表竖排表头、数值与单位分列；荣誉清单带脚注标记。4个问题。", P),
              OUT / "truth" / f"{pid}.json")
    return pkg


if __name__ == "__main__":
    for d in ("packages", "truth"):
        shutil.rmtree(OUT / d, ignore_errors=True)
    import pkgs_more
    pkg_711()
    pkgs_more.pkg_zhijing(sys.modules[__name__])
    pkgs_more.pkg_tansuo(sys.modules[__name__])
    pkgs_more.pkg_yanfeng(sys.modules[__name__])
    print("built")
