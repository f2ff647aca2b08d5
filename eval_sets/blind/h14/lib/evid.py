"""Reusable evidence documents (each records its facts in a FactLog with physical pages)."""
from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

from . import imgs
from .kit import fx, ip_list, yuan
from .model import m2s, sep
from .office import save_wb
from .pdfdoc import Doc, images_to_pdf, rasterize


def _foot(label):
    def f(doc):
        doc.c.setFont(doc.font, 8.5)
        doc.c.drawCentredString(doc.W / 2, 28, label.format(p=doc.page))
    return f


def audit_pdf(path, rel, log, E, company, auditor, report_no, *, platform_unit="万元", cols=("2021年度", "2022年度", "2023年度"),
              font="WQY", scan=False, seed=0, company_rev="1,286,442,117.35", note_title="平台业务收入及成本专项说明"):
    """Audit report: cover, opinion, company 利润表 (元), platform note with years as columns + 同比增长 column."""
    buf = io.BytesIO() if scan else str(path)
    d = Doc(buf, rel, log, font=font, size=10.5, footer=None if scan else _foot("第 {p} 页"), image_only=scan)
    d.space(150)
    d.title(company, size=18)
    d.title("审计报告", size=22, gap=30)
    d.title(report_no, size=11, gap=220)
    d.title(auditor, size=13)
    d.title("二〇二四年四月十二日", size=12)
    d.new_page()
    d.title("审 计 报 告", size=16, gap=16)
    d.para(f"{company}全体股东：", indent=0)
    d.para(f"一、审计意见。我们审计了{company}财务报表，包括2023年12月31日的资产负债表，2023年度的利润表、现金流量表、所有者权益变动表"
           "以及相关财务报表附注。我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司2023年12月31日的"
           "财务状况以及2023年度的经营成果和现金流量。")
    d.para("二、形成审计意见的基础。我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分"
           "进一步阐述了我们在这些准则下的责任。按照中国注册会计师职业道德守则，我们独立于贵公司，并履行了职业道德方面的其他责任。")
    d.para("三、管理层和治理层对财务报表的责任。……")
    d.space(40)
    d.para(f"{auditor}            中国注册会计师：李文涛    中国注册会计师：王敏", indent=0, size=9.5)
    d.new_page()
    d.title("利 润 表", size=15, gap=4)
    d.para(f"编制单位：{company}                    2023年度                         单位：元", indent=0, size=8.5)
    d.table([["项目", "行次", "本年金额", "上年金额"]],
            [["一、营业收入", "1", company_rev, "1,152,906,330.18"], ["减：营业成本", "2", "986,224,508.61", "893,115,402.77"],
             ["税金及附加", "3", "6,118,204.55", "5,902,118.30"], ["销售费用", "4", "48,226,390.12", "45,011,286.49"],
             ["管理费用", "5", "62,883,105.40", "60,227,318.06"], ["研发费用", "6", "71,266,418.93", "64,118,772.25"],
             ["二、营业利润", "10", "118,402,663.21", "90,221,448.54"], ["三、利润总额", "13", "117,926,110.07", "89,804,226.38"],
             ["减：所得税费用", "14", "15,226,104.88", "11,620,338.14"], ["四、净利润", "15", "102,700,005.19", "78,183,888.24"]],
            [3, 0.6, 1.8, 1.8], size=9)
    d.new_page()
    d.title(f"附注十二  {note_title}", size=13, align="left", gap=8)
    d.para("根据公司管理层提供的工业互联网平台业务合同台账及成本归集资料，我们对平台业务收入、成本、研发支出的拆分执行了核对程序。"
           "平台业务收入口径：平台订阅服务、SaaS服务费、平台交易服务费及基于平台的实施服务收入。", size=10)
    R = E["revs"]
    conv = (lambda w: yuan(w)) if platform_unit == "元" else (lambda w: m2s(w))
    y1, y2, y3 = cols
    g = E["growth"]
    d.table([[("项目", 1, 2), (f"金额（{platform_unit}）", 3, 1), ("同比增长", 2, 1)], [y1, y2, y3, "2022年", "2023年"]],
            [["平台业务营业收入",
              fx("平台近三年经营指标情况", conv(R[2021]), R[2021], platform_unit, "平台业务营业收入", y1, "2021年平台营收（万元）"),
              fx("平台近三年经营指标情况", conv(R[2022]), R[2022], platform_unit, "平台业务营业收入", y2, "2022年平台营收（万元）"),
              fx("平台相关营业收入（万元）", conv(R[2023]), R[2023], platform_unit, "平台业务营业收入", y3),
              f"{g[2022]:.2f}%", f"{g[2023]:.2f}%"],
             ["平台业务营业成本", conv(R[2021] * .64), conv(R[2022] * .62), conv(R[2023] * .61), "—", "—"],
             ["平台研发支出", conv(E["rd"] * .78), conv(E["rd"] * .9),
              fx("平台相关研发投入（万元）", conv(E["rd"]), E["rd"], platform_unit, "平台研发支出", y3), "—", "—"],
             ["平台利润总额", conv(E["profit"] * .7), conv(E["profit"] * .84),
              fx("平台利润率（%）", conv(E["profit"]), E["profit"], platform_unit, "平台利润总额", y3, "平台利润总额（万元）"), "—", "—"]],
            [2, 1.5, 1.5, 1.5, 0.9, 0.9], size=8.5)
    log.add(fx("投资回报率（%）", conv(E["profit"]), E["profit"], platform_unit, "平台利润总额", y3, "平台年利润（万元）"), rel, d.page, scan)
    d.para("注：平台业务收入占公司营业收入的比例2023年为{:.2f}%。".format(R[2023] * 10000 / float(company_rev.replace(",", "")) * 100),
           size=9.5)
    d.save()
    if scan:
        pages = rasterize(buf.getvalue(), dpi=120)
        sl = imgs.seal(auditor[:10], size=200, seed=seed, inner="报告专用章")
        out = []
        for i, p in enumerate(pages):
            if i in (1, 3):
                p = imgs.stamp(p, sl, (p.width * 0.68, p.height * 0.8), angle=-6)
            out.append(imgs.scan_effect(p, seed=seed + i, bw=i in (0, 2)))
        images_to_pdf(path, out, dpi=120, quality=72)


def device_pdf(path, rel, log, E, company, *, font="STSong-Light", overs_en=True, title="平台接入设备统计表"):
    d = Doc(str(path), rel, log, font=font, size=10, footer=_foot("— {p} —"))
    d.title(title, size=16, gap=6)
    d.para(f"数据来源：平台设备管理中心（IoT 接入服务）；统计截止：2024年6月30日；编制：{company} 平台运营部", indent=0, size=9)
    rows = [[k, sep(E["dev_cat"][k]), sep(E["pub_cat"][k]), sep(E["run_cat"][k]),
             f"{E['run_cat'][k] / E['pub_cat'][k] * 100:.1f}%"] for k in E["dev_cat"]]
    rows.append(["合计", fx("连接的工业设备/产品/产线种类及数量（台/套）", sep(E["dev"]), E["dev"], "台/套", "合计", "IoT接入总量"),
                 fx("公有云工业设备连接数量（台/套）", sep(E["pub"]), E["pub"], "台/套", "合计", "公有云·接入"),
                 fx("公有云工业设备平均日运行数量（台/套）", sep(E["run"]), E["run"], "台/套", "合计", "公有云·日均在线"),
                 f"{E['run'] / E['pub'] * 100:.1f}%"])
    d.para("表1 按设备二级分类（附录A口径）", indent=0)
    d.table([[("设备二级分类", 1, 2), ("IoT接入总量", 1, 2), ("公有云", 3, 1)], ["接入", "日均在线", "在线率"]], rows,
            [2, 1.3, 1.2, 1.2, 1], size=9)
    d.para("表2 按设备所属企业注册地（附录F口径）", indent=0)
    rows = [[k, sep(E["dev_reg"][k]), sep(E["pub_reg"][k]), sep(E["run_reg"][k])] for k in E["dev_reg"]]
    rows.append(["合计", sep(E["dev"]), sep(E["pub"]), sep(E["run"])])
    d.table([["省市区域", "接入总量", "公有云接入", "公有云日均在线"]], rows, [2, 1.3, 1.3, 1.3], size=9)
    if E["ovs_c"]:
        d.para("表3 海外设备（按国家）", indent=0)
        rows = [[k, sep(v)] for k, v in E["ovs_c"].items()]
        rows.append(["海外合计", fx("海外设备连接数量（台/套）", sep(E["ovs"]), E["ovs"], "台/套", "海外合计")])
        d.table([["国家", "接入数量（台/套）"]], rows, [2, 1.5], size=9)
    d.para(f"协议适配：平台协议库已适配Modbus-RTU/TCP、OPC UA、OPC DA、MQTT、Profinet、EtherNet/IP、S7、MC、FOCAS等工业协议，"
           f"合计{E['proto']}种。", facts=[fx("工业协议兼容适配数量（个）", f"合计{E['proto']}种", E["proto"], "种", "协议适配")])
    d.save()


def ip_pdf(path, rel, log, E, company, short, *, n_pat=None, n_soft=None, seed=0, font="STSong-Light", pat_title="专利清单（共{}项）",
           soft_title="软件著作权清单（共{}项）"):
    n_pat = E["patents"] if n_pat is None else n_pat
    n_soft = E["softc"] if n_soft is None else n_soft
    hdr = lambda doc: (doc.c.setFont(font, 8), doc.c.drawString(doc.ml, doc.H - 34, f"{company}  知识产权清单"))
    d = Doc(str(path), rel, log, font=font, size=10, header=hdr, footer=_foot("{p}"))
    d.title("平台核心软硬件技术知识产权清单", size=15)
    t1 = pat_title.format(n_pat)
    d.title(fx("平台核心软硬件技术获得的专利数量（项）", t1, n_pat, "项", t1.split("（")[0]), size=12, align="left", gap=6)
    d.table([["序号", "专利名称", "类型", "专利号", "授权日", "专利权人"]], ip_list((company, short), n_pat, "patent", seed),
            [0.5, 3.2, 0.9, 1.9, 1.1, 1.9], size=7.5, aligns=["center", "left", "center", "left", "center", "left"])
    d.space(10)
    t2 = soft_title.format(n_soft)
    d.title(fx("平台核心软硬件技术获得的软著数量（个）", t2, n_soft, "项", t2.split("（")[0]), size=12, align="left", gap=6)
    d.table([["序号", "软件名称", "登记号", "登记日期", "著作权人"]], ip_list((company, short), n_soft, "soft", seed + 1),
            [0.5, 3.4, 1.6, 1.1, 1.9], size=7.5, aligns=["center", "left", "left", "center", "left"])
    d.save()


def awards_pdf(path, rel, log, awards, company, seed=0, font="WQY"):
    """Page 1: list (text) with 合计; then one scanned certificate per page (image-only)."""
    buf = io.BytesIO()
    d = Doc(buf, rel, log, font=font, size=10)
    d.title("平台获得省部级及以上奖项/荣誉清单", size=15, gap=12)
    d.table([["序号", "奖项/荣誉名称", "获得时间", "颁发单位"]], [[str(i), a, t, u] for i, (a, t, u) in enumerate(awards, 1)],
            [0.5, 3, 1, 2.4], size=9, aligns=["center", "left", "center", "left"])
    d.para(f"以上共计{len(awards)}项，证书扫描件附后。", indent=0,
           facts=[fx("平台获得省部级及以上奖项/荣誉数量（个）", f"共计{len(awards)}项", len(awards), "项", "共计")])
    d.save()
    from pypdf import PdfReader, PdfWriter
    certs = []
    for i, (a, t, u) in enumerate(awards[:2]):
        from PIL import Image, ImageDraw
        im = Image.new("RGB", (1240, 1754), (250, 246, 232))
        dr = ImageDraw.Draw(im)
        dr.rectangle([50, 50, 1190, 1704], outline=(176, 132, 48), width=14)
        dr.rectangle([80, 80, 1160, 1674], outline=(176, 132, 48), width=3)
        imgs.text(dr, (620, 300), "荣 誉 证 书", 96, color=(170, 20, 20), which="serif", anchor="ma")
        imgs.text(dr, (200, 560), company + "：", 44, which="serif")
        imgs.text(dr, (260, 680), "你单位建设的工业互联网平台荣获", 42, which="serif")
        imgs.text(dr, (620, 820), a, 50, color=(150, 10, 10), which="serif", anchor="ma")
        imgs.text(dr, (620, 940), "特发此证，以资鼓励。", 42, which="serif", anchor="ma")
        imgs.text(dr, (1040, 1300), u, 38, which="serif", anchor="ra")
        imgs.text(dr, (1040, 1380), t.replace("-", "年", 1) + "月", 38, which="serif", anchor="ra")
        im = imgs.stamp(im, imgs.seal(u[:12], size=300, seed=seed + i), (900, 1310), angle=10)
        certs.append(imgs.scan_effect(im, seed=seed + 10 + i))
    cbuf = io.BytesIO()
    images_to_pdf(cbuf, certs, dpi=150, quality=70)
    w = PdfWriter()
    for r in (PdfReader(io.BytesIO(buf.getvalue())), PdfReader(io.BytesIO(cbuf.getvalue()))):
        for pg in r.pages:
            w.add_page(pg)
    w.add_metadata({"/Producer": "scan2pdf"})
    with open(path, "wb") as fh:
        w.write(fh)


def cloud_xlsx(path, rel, log, E, *, pub_cloud_shown=None, storage_rows=True):
    """Cloud resource list: sheet1 instances with 合计 row; sheet2 storage."""
    wb = Workbook()
    ws = wb.active
    ws.title = "云服务器清单"
    ws.append(["序号", "实例ID", "资源池", "规格", "vCPU", "内存(GB)", "折合标准台", "用途"])
    pub_n = pub_cloud_shown if pub_cloud_shown is not None else E["pub_cloud"]
    total = E["cloud"]
    priv_units = round(total - E["pub_cloud"], 2)
    rows = []
    import random
    rng = random.Random(7)
    for i in range(12):
        pool = "公有云" if i % 2 == 0 else "私有云"
        rows.append([i + 1, f"i-{rng.randint(10**9, 10**10 - 1):x}", pool, rng.choice(["ecs.g7.2xlarge", "ecs.c7.4xlarge", "物理机虚拟化"]),
                     rng.choice([8, 16, 32]), rng.choice([32, 64, 128]), "", rng.choice(["数据接入", "时序库", "模型服务", "API网关", "应用集群"])])
    for r in rows:
        ws.append(r)
    ws.append(["", "……（明细略，完整清单见云管平台导出）", "", "", "", "", "", ""])
    ws.append(["", "公有云小计", "公有云", "", "", "", pub_n, ""])
    ws.append(["", "私有云小计", "私有云", "", "", "", priv_units, ""])
    ws.append(["", "合计", "", "", "", "", round(priv_units + pub_n, 2), ""])
    for c in ws[1]:
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
    log.add(fx("平台公有云实际使用数量（台）", f"{pub_n:g}", pub_n, "台", "公有云小计", "折合标准台"), rel, 1, False)
    if pub_cloud_shown is None:
        log.add(fx("平台实际用云量（台）", f"{round(priv_units + pub_n, 2):g}", round(priv_units + pub_n, 2), "台", "合计", "折合标准台"),
                rel, 1, False)
    for col, w in zip("ABCDEFGH", (6, 22, 10, 18, 8, 10, 12, 14)):
        ws.column_dimensions[col].width = w
    if storage_rows:
        ws2 = wb.create_sheet("存储")
        ws2.append(["存储类型", "容量(TB)", "已用(TB)", "其中公有云已用(TB)"])
        ws2.append(["对象存储OSS", round(E["storage"] * .45, 2), round(E["data"] * .5, 2), round(E["pub_data"] * .8, 2)])
        ws2.append(["块存储/云盘", round(E["storage"] * .35, 2), round(E["data"] * .32, 2), round(E["pub_data"] * .2, 2)])
        ws2.append(["分布式文件/时序库", round(E["storage"] - round(E["storage"] * .45, 2) - round(E["storage"] * .35, 2), 2),
                    round(E["data"] - round(E["data"] * .5, 2) - round(E["data"] * .32, 2), 2),
                    round(E["pub_data"] - round(E["pub_data"] * .8, 2) - round(E["pub_data"] * .2, 2), 2)])
        ws2.append(["合计", E["storage"], E["data"], E["pub_data"]])
        log.add(fx("存储容量（TB）", f"{E['storage']:g}", E["storage"], "TB", "合计", "容量(TB)"), rel, 2, False)
        log.add(fx("存储工业数据量（TB）", f"{E['data']:g}", E["data"], "TB", "合计", "已用(TB)"), rel, 2, False)
        log.add(fx("公有云数据总量（TB）", f"{E['pub_data']:g}", E["pub_data"], "TB", "合计", "其中公有云已用(TB)"), rel, 2, False)
        for col in "ABCD":
            ws2.column_dimensions[col].width = 20
    save_wb(wb, path)


def device_xlsx(path, rel, log, E):
    wb = Workbook()
    ws = wb.active
    ws.title = "按分类"
    ws.append(["设备二级分类", "接入数(台/套)", "公有云接入(台/套)", "公有云日均运行(台/套)"])
    for k in E["dev_cat"]:
        ws.append([k, E["dev_cat"][k], E["pub_cat"][k], E["run_cat"][k]])
    ws.append(["合计", E["dev"], E["pub"], E["run"]])
    log.add(fx("连接的工业设备/产品/产线种类及数量（台/套）", str(E["dev"]), E["dev"], "台/套", "合计", "接入数(台/套)"), rel, 1, False)
    log.add(fx("公有云工业设备连接数量（台/套）", str(E["pub"]), E["pub"], "台/套", "合计", "公有云接入(台/套)"), rel, 1, False)
    log.add(fx("公有云工业设备平均日运行数量（台/套）", str(E["run"]), E["run"], "台/套", "合计", "公有云日均运行(台/套)"), rel, 1, False)
    ws2 = wb.create_sheet("按区域")
    ws2.append(["区域", "接入数", "公有云接入", "公有云日均运行"])
    for k in E["dev_reg"]:
        ws2.append([k, E["dev_reg"][k], E["pub_reg"][k], E["run_reg"][k]])
    ws2.append(["合计", E["dev"], E["pub"], E["run"]])
    ws3 = wb.create_sheet("海外")
    ws3.append(["国家/地区", "接入数(台/套)"])
    for k, v in E["ovs_c"].items():
        ws3.append([k, v])
    ws3.append(["海外小计", E["ovs"]])
    log.add(fx("海外设备连接数量（台/套）", str(E["ovs"]), E["ovs"], "台/套", "海外小计", "接入数(台/套)"), rel, 3, False)
    for w in (ws, ws2, ws3):
        for c in w[1]:
            c.font = Font(bold=True)
        w.column_dimensions["A"].width = 22
        for col in "BCD":
            w.column_dimensions[col].width = 18
    save_wb(wb, path)


def team_xlsx(path, rel, log, team, ops, mgmt, qualified, jobs=None):
    wb = Workbook()
    ws = wb.active
    ws.title = "平台人员汇总"
    ws.append(["部门/岗位", "人数", "其中持证/职称", "岗位归类"])
    import random
    rng = random.Random(team)
    depts = [("平台研发中心", "运维"), ("云运维组", "运维"), ("数据与算法组", "运维"), ("交付实施部", "运维"),
             ("市场与生态部", "运营"), ("客户成功部", "运营"), ("平台运营管理办", "运营")]
    from .model import split
    o = split(ops, {d: 1 for d, k in depts if k == "运维"}, rng)
    m = split(mgmt, {d: 1 for d, k in depts if k == "运营"}, rng)
    counts = {d_: (o.get(d_) or m.get(d_)) for d_, _ in depts}
    q = split(qualified, counts, rng, jitter=0.0)
    for d_, k in depts:
        ws.append([d_, counts[d_], q[d_], k])
    ws.append(["运维人员小计", ops, "", "运维"])
    ws.append(["运营人员小计", mgmt, "", "运营"])
    ws.append(["平台团队合计", team, qualified, ""])
    log.add(fx("平台团队总人数（人）", str(team), team, "人", "平台团队合计", "人数"), rel, 1, False)
    log.add(fx("有相关技术职称/从业资格的人数（人）", str(qualified), qualified, "人", "平台团队合计", "其中持证/职称"), rel, 1, False)
    if jobs:
        ws.append([])
        ws.append(["平台建设运营带动新增就业（人）", jobs])
    for col, w in zip("ABCD", (30, 10, 16, 10)):
        ws.column_dimensions[col].width = w
    save_wb(wb, path)
