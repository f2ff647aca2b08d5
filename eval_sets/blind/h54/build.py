"""Build the h54 blind set (revised packages: tracked changes, comments, 更正说明, versions, strike-throughs).

    /work/main/.venv/bin/python -m eval_sets.blind.h54.build [--out DIR]

Writes DIR/packages/<id>/… and DIR/truth/<id>.json (DIR defaults to this folder). Deterministic.
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import shutil
from pathlib import Path

from docx import Document
from docx.shared import Pt
import openpyxl
from PIL import Image, ImageDraw

from eval_sets.generator import fonts
from eval_sets.truth import PackageTruth, dump_truth

from . import lib
from .docs import FORM_ROWS, build_contact_docx, build_form_docx, build_summary_xlsx, form_answer
from .model import LABELS, build_values, random_names
from .specs import SPECS

HERE = Path(__file__).resolve().parent
REL = "eval_sets/blind/h54"


def fmt(n: float, dec: int = 2) -> str:
    return f"{n:,.{dec}f}"


def fint(n: int) -> str:
    return f"{n:,}"


# ---------------------------------------------------------------- texts of the 申报表
def make_texts(s: dict, N: dict) -> dict:
    p = s["platform"]
    return {
        "介绍": (f"{p}由{s['company']}建设运营，是面向{s['app_inds'][0]}等领域的{s['nature']}。平台提供设备接入、数据治理、"
               f"机理模型、工业APP与解决方案服务，已连接各类工业设备{N['连接的工业设备/产品/产线种类及数量（台/套）']}台/套，"
               f"实际服务企业{N['实际服务企业数（个）']}家，主要客户分布在长三角及中西部重点产业集群。"),
        "成效": (f"平台围绕设备运维成本高、能耗高、数据孤岛等痛点，形成{N['平台提供的解决方案总数（个）']}个解决方案，"
               f"案例企业运维成本平均下降{N['平台连接工业设备运维成本平均下降率（%）']:.2f}%，带动上下游企业协同数字化转型。"),
        "定位": f"{p}定位为{s['app_inds'][0]}领域设备与能源数据驱动的数字化转型服务平台。",
        "政策": "工业和信息化部《工业互联网创新发展行动计划（2021-2023年）》平台体系建设方向；上海市《推动工业互联网创新升级 实施“工赋上海”三年行动计划》。",
        "战略规划": f"《{s['company']}“十四五”发展规划》",
        "专项规划": f"《{p}三年发展专项规划（2023-2025）》",
        "其他资源": f"汇聚工艺知识条目{s['models'] * 7}条、专家资源{s['partners'] * 9}人、供应商资源{s['partners'] * 40}家。",
        "边缘": "支持数据采集、数据存储、网络传输、智能分析；边缘计算应用节点数" + str(s["cloud_pub"] * 3) + "个；最低响应时延10毫秒。私有化部署项目按同一口径统计。",
        "其他采集": "支持对MES、ERP、EMS、SCADA等软件系统及第三方平台的数据采集，提供标准化接口与数据映射工具。",
        "可拓展": "是",
        "算力": f"云化服务器{s['cloud_used']:.2f}台，CPU核数合计{int(s['cloud_used'] * 32)}核，GPU卡{s['cloud_pub'] // 4}张。",
        "数据管理": "建立数据标准管理、数据质量管理、元数据管理与数据安全分级制度，覆盖采集、存储、使用全流程。",
        "通用算法": "是",
        "算法类型": "基础算法、聚类算法、分类算法、预测与估算算法、关联分析算法。",
        "开发者社区": "是",
        "语言": "共4种：Java、Python、C++、JavaScript",
        "框架": "基于微服务与容器的低代码应用开发框架，支持组件化编排与一键发布。",
        "工具": "提供可视化建模工具、低代码表单设计器、API调试工具与模型训练工作台。",
        "安全制度": f"是，《{p}安全管理制度》（{s['short'].upper()}-AQ-2021-01，2021年3月制订）",
        "保护方面": "数据、传输、访问登录、代码、应用、网络。",
        "安全技术": "采用防火墙、网络隔离、传输加密、统一身份认证、入侵检测与日志审计等技术。",
        "数据保护": "核心数据每日增量备份、每周离线备份，关键系统双机热备，并建立同城异地灾备。",
        "自主可控": "平台核心的设备接入网关、时序数据库与机理建模引擎均为自主研发，自主可控。",
        "新增效益": "3个案例平均带动用户企业营收增长6%以上，合计带动新增就业40余人。",
        "降低成本": (f"3个案例运维成本平均下降{N['平台连接工业设备运维成本平均下降率（%）']:.2f}%，"
                 f"能耗平均下降{N['平台连接工业设备能耗平均下降率（%）']:.2f}%。"),
        "数据价值": "基于设备运行数据沉淀故障知识与能效基准，形成可复用的机理模型与分析模板。",
        "供应链": "平台与上下游供应商的ERP、SRM系统对接，实现备件与物料协同计划，供应链准时交付率提升。",
        "新技术": "有，融合应用人工智能、5G、边缘计算、数字孪生与标识解析技术。",
        "标准": "参与制定行业标准2项、团体标准3项。",
        "区域贡献": "服务本市重点产业园区与长三角产业集群，支撑重点行业节能降碳与设备安全运行。",
        "开放机制": "是，向生态伙伴开放设备数据接口、模型组件与应用开发环境，建立数据共享与收益分成机制。",
        "跨平台": "已与合作平台实现账号互认、数据接口对接与应用互调。",
        "新模式": "有，培育设备运维托管、能效服务按效果付费等新模式。",
    }


def long_answers(s: dict, N: dict) -> dict:
    awards = s["awards"]
    return {
        "平台是否服务上海智能工厂，数量": f"是，{s['factories']}家（名单详见申报书附件）",
        "企业是否已上市或已获得VC/PE投资": "是，公司为上海证券交易所主板上市公司" if s["vcpe"][0] else "否",
        "平台是否有自研形成的核心技术突破": "是，自研设备接入网关与机理建模引擎，关键指标达到国内同类产品先进水平",
        "平台是否具备碳管理服务能力": "是，提供碳排放监测、碳核算与碳效评价服务",
        "平台是否融合使用国家标识解析系统": "是，接入国家标识解析上海二级节点，为设备与备件赋码",
        "平台获得省部级及以上奖项/荣誉数量（个）": f"{len(awards)}个：" + "；".join(awards),
    }


def make_pkg(spec: dict) -> dict:
    s = copy.deepcopy(spec)
    vals = build_values(s)
    pkg = {"spec": s, "N": vals["N"], "D": vals["D"]}
    pkg["texts"] = make_texts(s, pkg["N"])
    pkg["long"] = long_answers(s, pkg["N"])
    pkg["proofs"] = {}
    pkg["files"] = {}
    pkg["facts"] = []
    pkg["problems"] = []
    return pkg


def fact(pkg, label, value, unit, normalized, file, page, quote, row_label="", column_label="", component="",
         image_only=False):
    pkg["facts"].append(dict(label=label, value=value, unit=unit, normalized=normalized, file=file, page=page,
                             quote=quote, row_label=row_label, column_label=column_label, component=component,
                             image_only=image_only))


def problem(pkg, family, fields, files, severity, description):
    n = len(pkg["problems"]) + 1
    pkg["problems"].append(dict(id=f"{pkg['spec']['pid']}-{n:02d}-{family}", family=family, fields=fields,
                                files=files, severity=severity, description=description))


# ---------------------------------------------------------------- evidence: audit report (text PDF)
def audit_report(pkg, root: Path, rel: str, platform_fig: dict, draft: bool = False):
    """platform_fig: rev (3 years), rd, profit as printed in the 平台业务专项说明 (万元). Facts only when not draft."""
    s = pkg["spec"]
    pdf = lib.TextPdf(root / rel)
    firm = "上海信衡会计师事务所（特殊普通合伙）"
    pdf.y = 640
    if draft:
        pdf.text("征求意见稿 · 仅供内部核对 · 不作为正式报告使用", 12, center=True, gap=40)
    pdf.text(s["company"], 18, center=True, gap=36)
    pdf.text("2023年度审计报告", 20, center=True, gap=36)
    pdf.text(("信衡审字（2024）第0" + str(300 + s["list_no"] * 7) + "号") + ("（草稿）" if draft else ""), 12, center=True,
             gap=200)
    pdf.text(firm, 13, center=True)
    pdf.new_page()
    pdf.text("审计报告", 15, center=True, gap=30)
    pdf.text(f"{s['company']}全体股东：", 11, gap=24)
    for line in ["一、审计意见",
                 f"我们审计了{s['company']}（以下简称“公司”）财务报表，包括2023年12月31日的资产负债表，",
                 "2023年度的利润表、现金流量表、所有者权益变动表以及相关财务报表附注。",
                 "我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了公司",
                 "2023年12月31日的财务状况以及2023年度的经营成果和现金流量。",
                 "二、形成审计意见的基础", "我们按照中国注册会计师审计准则的规定执行了审计工作。",
                 "", f"{firm}            中国注册会计师：鲁文澜  邝启明", "中国·上海            二〇二四年四月十二日"]:
        pdf.text(line, 10.5, gap=20)
    pdf.new_page()
    pdf.text("资产负债表（摘要）", 14, center=True, gap=22)
    pdf.text("编制单位：" + s["company"] + "      2023年12月31日      单位：万元", 9.5, gap=24)
    assets = float(s["co_assets"].replace(",", ""))
    pdf.table([["项目", "期末余额", "期初余额"],
               ["流动资产合计", fmt(assets * 0.58), fmt(assets * 0.55)],
               ["非流动资产合计", fmt(assets * 0.42), fmt(assets * 0.41)],
               ["资产总计", s["co_assets"], fmt(assets * 0.96)],
               ["负债合计", fmt(assets * 0.47), fmt(assets * 0.45)],
               ["所有者权益合计", fmt(assets * 0.53), fmt(assets * 0.51)]], [200, 140, 140], right_cols=(1, 2))
    pdf.new_page()
    pdf.text("利润表（摘要）", 14, center=True, gap=22)
    pdf.text("编制单位：" + s["company"] + "      2023年度      单位：万元", 9.5, gap=24)
    corev = float(s["co_rev"].replace(",", ""))
    pdf.table([["项目", "本期金额", "上期金额"],
               ["一、营业收入", s["co_rev"], fmt(corev * 0.9)],
               ["减：营业成本", fmt(corev * 0.71), fmt(corev * 0.64)],
               ["研发费用", fmt(corev * 0.05), fmt(corev * 0.045)],
               ["三、利润总额", s["co_profit"], fmt(float(s["co_profit"].replace(",", "")) * 0.9)],
               ["减：所得税费用", fmt(float(s["co_profit"].replace(",", "")) * 0.15), fmt(float(s["co_profit"].replace(",", "")) * 0.14)]],
              [200, 140, 140], right_cols=(1, 2))
    pdf.new_page()
    page = pdf.page
    pdf.text("附注十五、工业互联网平台业务专项说明", 13, gap=24)
    pdf.text(f"公司按平台直接订阅服务及平台服务项目对营业收入进行拆分，{s['platform']}相关财务数据如下：", 9.5, gap=22)
    r21, r22, r23 = platform_fig["rev"]
    rows = [["项目（单位：万元）", "2021年度", "2022年度", "2023年度"],
            ["平台相关营业收入", fmt(r21), fmt(r22), fmt(r23)],
            ["平台相关研发投入", fmt(platform_fig["rd"] * 0.78), fmt(platform_fig["rd"] * 0.9), fmt(platform_fig["rd"])],
            ["平台利润总额", fmt(platform_fig["profit"] * 0.7), fmt(platform_fig["profit"] * 0.85), fmt(platform_fig["profit"])]]
    pdf.table(rows, [150, 100, 100, 100], right_cols=(1, 2, 3))
    pdf.text("注：拆分方式为按合同归集平台订阅收入，共用成本按工时比例分摊。", 9, gap=18)
    pdf.save()
    if draft:
        return page
    fact(pkg, "平台相关营业收入（万元）", fmt(r23), "万元", r23, rel, page, fmt(r23), "平台相关营业收入", "2023年度")
    fact(pkg, "平台近三年经营指标情况", fmt(r21), "万元", r21, rel, page, fmt(r21), "平台相关营业收入", "2021年度",
         component="2021年平台营收（万元）")
    fact(pkg, "平台近三年经营指标情况", fmt(r22), "万元", r22, rel, page, fmt(r22), "平台相关营业收入", "2022年度",
         component="2022年平台营收（万元）")
    fact(pkg, "平台相关研发投入（万元）", fmt(platform_fig["rd"]), "万元", platform_fig["rd"], rel, page,
         fmt(platform_fig["rd"]), "平台相关研发投入", "2023年度")
    fact(pkg, "平台利润率（%）", fmt(platform_fig["profit"]), "万元", platform_fig["profit"], rel, page,
         fmt(platform_fig["profit"]), "平台利润总额", "2023年度", component="平台利润总额（万元）")
    fact(pkg, "投资回报率（%）", fmt(platform_fig["profit"]), "万元", platform_fig["profit"], rel, page,
         fmt(platform_fig["profit"]), "平台利润总额", "2023年度", component="平台年利润（万元）")
    return page


# ---------------------------------------------------------------- evidence: device statistics
def device_rows(pkg, total_override: str | None = None):
    s, N = pkg["spec"], pkg["N"]
    d = s["_dev"]
    rows = [["设备二级分类", "接入数量", "其中：公有云", "公有云日均运行"]]
    for k, a, b, c in zip(s["dev_cats"], d["cat_tot"], d["cat_pub"], d["cat_day"]):
        rows.append([k, fint(a), fint(b), fint(c)])
    rows.append(["合计", total_override or fint(N["连接的工业设备/产品/产线种类及数量（台/套）"]),
                 fint(N["公有云工业设备连接数量（台/套）"]), fint(N["公有云工业设备平均日运行数量（台/套）"])])
    reg = [["区域（设备所属企业注册地）", "接入数量", "其中：公有云", "公有云日均运行"]]
    for k, a, b, c in zip(s["dev_regions"], d["reg_tot"], d["reg_pub"], d["reg_day"]):
        reg.append([k, fint(a), fint(b), fint(c)])
    reg.append(["合计", fint(N["连接的工业设备/产品/产线种类及数量（台/套）"]),
                fint(N["公有云工业设备连接数量（台/套）"]), fint(N["公有云工业设备平均日运行数量（台/套）"])])
    return rows, reg


def device_list_pdf(pkg, root: Path, rel: str):
    s, N = pkg["spec"], pkg["N"]
    pdf = lib.TextPdf(root / rel)
    pdf.text(f"{s['platform']}接入设备统计表", 14, center=True, gap=22)
    pdf.text("统计截止日：2024年7月10日      单位：台/套", 9.5, gap=24)
    rows, reg = device_rows(pkg)
    pdf.text("表1 按设备二级分类统计（附录A口径）", 10.5, gap=22)
    pdf.table(rows, [150, 100, 100, 110], right_cols=(1, 2, 3))
    pdf.text("表2 按省市区域统计（附录F口径）", 10.5, gap=22)
    pdf.table(reg, [150, 100, 100, 110], right_cols=(1, 2, 3))
    pdf.save()
    lab = [("连接的工业设备/产品/产线种类及数量（台/套）", 1, "接入数量"), ("公有云工业设备连接数量（台/套）", 2, "其中：公有云"),
           ("公有云工业设备平均日运行数量（台/套）", 3, "公有云日均运行")]
    for label, col, colname in lab:
        v = N[label]
        fact(pkg, label, fint(v), "台/套", v, rel, 1, fint(v), "合计", colname)
    if N["海外设备连接数量（台/套）"]:
        over = N["按海外国家分类统计海外设备连接数量（台/套）"]
        for k, v in over.items():
            pass
    return 1


def ip_list_pdf(pkg, root: Path, rel: str, patents_listed: int, softcr_listed: int):
    s = pkg["spec"]
    pdf = lib.TextPdf(root / rel)
    pdf.text(f"{s['company']}  平台核心软硬件知识产权清单", 13, center=True, gap=24)
    pdf.text(f"一、专利清单（共{patents_listed}项）", 11, gap=22)
    names = random_names(s["list_no"] * 11, patents_listed, ["设备", "机组", "产线", "能源", "数据"], "方法及系统")
    rows = [["序号", "专利名称", "专利号", "权利人"]]
    for i, n in enumerate(names, 1):
        rows.append([str(i), n, f"ZL20{19 + i % 5}1{s['list_no']:02d}{i:05d}.{i % 9}", s["company"][:10] + "…"])
    pdf.table(rows, [30, 230, 130, 100], size=8.5, h=16)
    pdf.new_page()
    page2 = pdf.page
    pdf.text(f"二、软件著作权清单（共{softcr_listed}项）", 11, gap=22)
    names = random_names(s["list_no"] * 13, softcr_listed, ["平台", "设备", "能效", "工单", "模型"], "软件V1.0")
    rows = [["序号", "软件名称", "登记号", "著作权人"]]
    for i, n in enumerate(names, 1):
        rows.append([str(i), n, f"202{i % 4}SR{s['list_no']:02d}{i:04d}", s["company"][:10] + "…"])
    pdf.table(rows, [30, 230, 130, 100], size=8.5, h=16)
    pdf.save()
    fact(pkg, "平台核心软硬件技术获得的专利数量（项）", str(patents_listed), "项", patents_listed, rel, 1,
         f"专利清单（共{patents_listed}项）", "专利清单")
    fact(pkg, "平台核心软硬件技术获得的软著数量（个）", str(softcr_listed), "项", softcr_listed, rel, page2,
         f"软件著作权清单（共{softcr_listed}项）", "软件著作权清单")


def dashboard_png(pkg, root: Path, rel: str, tiles: list[tuple[str, str, str, float | int, str]], title: str):
    """tiles: (label of fact, caption, shown value, normalized, unit)."""
    im = Image.new("RGB", (1600, 900), (14, 28, 52))
    d = ImageDraw.Draw(im)
    d.text((40, 30), title, font=fonts.pil_font(40), fill=(235, 240, 255))
    d.text((1180, 44), "数据更新：2024-07-10 08:00", font=fonts.pil_font(22), fill=(150, 170, 200))
    for i, (label, cap, shown, norm, unit) in enumerate(tiles):
        x = 40 + (i % 4) * 390
        y = 140 + (i // 4) * 360
        d.rounded_rectangle([x, y, x + 360, y + 320], radius=18, fill=(28, 52, 92))
        d.text((x + 24, y + 30), cap, font=fonts.pil_font(28), fill=(170, 200, 240))
        d.text((x + 24, y + 110), shown, font=fonts.pil_font(64), fill=(90, 230, 200))
        d.text((x + 24, y + 220), unit, font=fonts.pil_font(24), fill=(150, 170, 200))
        if label:
            fact(pkg, label, shown, unit, norm, rel, 1, shown, cap, image_only=True)
    lib.write_png(im, root / rel)


def award_xlsx(pkg, root: Path, rel: str):
    s = pkg["spec"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "荣誉清单"
    ws.append(["序号", "奖项/荣誉名称", "颁发单位"])
    for i, a in enumerate(s["awards"], 1):
        ws.append([i, a, "省部级主管部门"])
    ws.append(["", f"合计：{len(s['awards'])}项", ""])
    lib.save_xlsx(wb, root / rel, s["contact"])
    n = len(s["awards"])
    fact(pkg, "平台获得省部级及以上奖项/荣誉数量（个）", str(n), "项", n, rel, 1, f"合计：{n}项", "合计")


# ---------------------------------------------------------------- letters and scans
def letter_scan(pkg, root: Path, rel: str, title: str, paragraphs: list[str], seed: int):
    s = pkg["spec"]
    p = lib.ScanPage()
    p.y = 200
    p.text(title, 40, center=True, gap=90)
    p.text("上海市经济和信息化委员会：", 28, gap=60)
    for para in paragraphs:
        p.wrapped("    " + para, 27, gap=50)
        p.y += 14
    p.y += 60
    p.text("特此说明。", 27, gap=120)
    p.text(f"{s['company']}（盖章）", 27, x=620, gap=50)
    p.text("2024年7月20日", 27, x=700)
    p.seal(820, p.y - 80, s["company"])
    lib.write_scan_pdf([p], root / rel, seed)


def commitment_scan(pkg, root: Path, rel: str, seed: int):
    s = pkg["spec"]
    p = lib.ScanPage()
    p.y = 220
    p.text("真实性承诺", 44, center=True, gap=120)
    p.wrapped("    我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，"
              "如有不实，愿承担相应的法律责任及由此产生的一切后果。", 30, gap=58)
    p.text("    特此承诺。", 30, gap=200)
    p.text(f"申报单位：{s['company']}（盖章）", 28, x=360, gap=70)
    p.text(f"法定代表人：{s['legal']}（签章）", 28, x=360, gap=70)
    p.text("2024年7月19日", 28, x=640)
    p.seal(760, p.y - 150, s["company"])
    lib.write_scan_pdf([p], root / rel, seed)


def form_scan(pkg, root: Path, rel: str, seed: int, display: dict | None = None, fixes: dict | None = None):
    """Stamped scan of the printed 申报表 (accepted text). display: key -> text printed instead of the accepted one;
    fixes: key -> (old printed, new handwritten) crossed out by hand with 「以此为准」."""
    display = display or {}
    fixes = fixes or {}
    s = pkg["spec"]
    pages = []
    p = lib.ScanPage()
    p.y = 260
    p.text("上海市工业互联网平台应用水平评价", 42, center=True, gap=80)
    p.text("申 报 表", 48, center=True, gap=220)
    for line in ["申报年度：2024年度", f"平台名称：{s['platform']}", f"申报单位：{s['company']}（公章）",
                 f"联 系 人：{s['contact']}", f"联系人电话：{s['phone']}"]:
        p.text(line, 30, x=200, gap=70)
    p.seal(820, 900, s["company"])
    pages.append(p)
    p = lib.ScanPage()
    p.text("三、上海市工业互联网平台应用水平评价指标明细表", 28, gap=60)
    widths = [200, 380, 470]
    for l1, l2, l3, content, key in FORM_ROWS:
        text = display.get(key, form_answer(pkg, key))
        if p.y > 1560:
            pages.append(p)
            p = lib.ScanPage()
        if key in fixes:
            old, new = fixes[key]
            y0 = p.grid_wrapped([l3, content, ""], widths)
            f = fonts.pil_font(18)
            x = 90 + widths[0] + widths[1] + 6
            p.d.text((x, y0 + 8), old, font=f, fill=(20, 20, 20))
            p.strike_and_fix(x, y0 + 8, old, new, size=18)
        else:
            p.grid_wrapped([l3, content, text], widths)
    p.y += 40
    p.text(f"申报单位（盖章）：{s['company']}", 24, x=560)
    p.seal(900, p.y - 40, s["company"])
    pages.append(p)
    lib.write_scan_pdf(pages, root / rel, seed)


# ---------------------------------------------------------------- 申报书
def proposal_paragraphs(pkg, figures: dict) -> list[tuple[str, str]]:
    """(style, text); figures overrides the figures quoted in prose (for drafts and stale prose)."""
    s, N = pkg["spec"], pkg["N"]
    f = dict(devices=N["连接的工业设备/产品/产线种类及数量（台/套）"], served=N["实际服务企业数（个）"],
             reg=N["注册企业用户数（个）"], apps=N["工业APP数量（个）"], rev=N["平台相关营业收入（万元）"],
             models=N["工业机理模型数量（个）"])
    f.update(figures)
    out = [("title", "上海市工业互联网平台应用水平评价申报书"), ("p", f"平台名称：{s['platform']}"),
           ("p", f"申报单位：{s['company']}（公章）"), ("p", f"联系人：{s['contact']}  电话：{s['phone']}"),
           ("h", "一、申报单位简介"),
           ("p", f"{s['company']}成立于{s['founded']}，注册地{s['reg_addr']}，主营{s['business']}。"),
           ("h", "二、平台建设及运营情况"),
           ("p", f"{s['platform']}于{s['build_time_cn']}建设，建设金额{s['build_amount']:.2f}万元，采用{s.get('build_mode', '自建')}方式。"),
           ("p", f"截至填表日，平台已连接工业设备{fint(f['devices'])}台/套，上架工业APP{f['apps']}个，工业机理模型{f['models']}个，"
                 f"注册企业用户{fint(f['reg'])}家，实际服务企业{fint(f['served'])}家。2023年平台相关营业收入{fmt(f['rev'])}万元。"),
           ("p", "平台技术创新点：自研设备接入网关、时序数据库与机理建模引擎，关键指标对标国内先进水平。"),
           ("h", "三、平台应用成效"),
           ("p", f"案例企业运维成本平均下降{N['平台连接工业设备运维成本平均下降率（%）']:.2f}%，能耗平均下降"
                 f"{N['平台连接工业设备能耗平均下降率（%）']:.2f}%。应用创新点：按效果付费的运维托管模式。"),
           ("h", "四、平台下一步发展计划"), ("p", "深化AI大模型与机理模型融合，拓展长三角产业集群服务。"),
           ("h", "五、平台应用案例"),
           ("p", f"案例1：{s['platform']}——设备预测性维护；案例2：{s['platform']}——能效优化；案例3：{s['platform']}——供应链协同。"),
           ("h", "六、附件及其他说明材料"), ("p", "附件清单见证明材料目录（附件3-1至附件3-6）。")]
    if s["p2023"]:
        out += [("h", "七、平台相较上年度对比情况"),
                ("p", "2023年7月至今，平台新增设备接入、工业APP与机理模型，服务企业数稳步增长，功能模块完成两次版本迭代。")]
    return out


def proposal_docx(pkg, root: Path, rel: str, figures: dict | None = None, note: str = ""):
    doc = Document()
    doc.styles["Normal"].font.size = Pt(11)
    if note:
        doc.add_paragraph(note)
    for style, text in proposal_paragraphs(pkg, figures or {}):
        if style == "title":
            doc.add_heading(text, level=0)
        elif style == "h":
            doc.add_heading(text, level=1)
        else:
            doc.add_paragraph(text)
    lib.save_docx(doc, root / rel, pkg["spec"]["contact"])


def proposal_pdf(pkg, root: Path, rel: str, figures: dict | None = None):
    pdf = lib.TextPdf(root / rel)
    for style, text in proposal_paragraphs(pkg, figures or {}):
        size = 16 if style == "title" else 13 if style == "h" else 10
        chunks = [text[i:i + 44] for i in range(0, len(text), 44)] if style == "p" else [text]
        for c in chunks:
            if pdf.y < 70:
                pdf.new_page()
            pdf.text(c, size, center=(style == "title"), gap=size * 2)
    pdf.save()


# ---------------------------------------------------------------- packages
def add_file(pkg, rel, role):
    pkg["files"][rel] = role


def number_cell(old: str, new: str) -> list:
    return [("del", old), ("ins", new)]


def p1(root: Path, pkg):
    """Clean: tracked changes whose inserted figures agree with all evidence; comments quoting other true figures;
    a 情况说明 correcting 新增就业人数 followed by the 汇总表; 申报书_v2 (superseded) beside 申报书（终稿）."""
    s, N, D = pkg["spec"], pkg["N"], pkg["D"]
    ev = "附件3 证明材料/"
    pkg["proofs"] = {"平台相关营业收入（万元）": "附件3-1 第5页", "平台相关研发投入（万元）": "附件3-1 第5页",
                     "平台利润率（%）": "附件3-1 第5页", "连接的工业设备/产品/产线种类及数量（台/套）": "附件3-2 第1页",
                     "平台核心软硬件技术获得的专利数量（项）": "附件3-3 第1页", "平台核心软硬件技术获得的软著数量（个）": "附件3-3 第2页",
                     "微服务数量（个）": "附件3-4", "平台获得省部级及以上奖项/荣誉数量（个）": "附件3-5"}
    tracked = {"微服务数量（个）": number_cell("512", "528"),
               "开发者注册总数（个）": number_cell("1650", "1865"),
               "活跃微服务数量（一周调用5次以上）（个）": number_cell("276", "287")}
    comments = {"平台相关营业收入（万元）": "财务部：已与审计报告附注十五核对，2022年为2,203.75万元，2023年为2,612.38万元，一致。",
                "连接的工业设备/产品/产线种类及数量（台/套）": "较2023年末的6,480台/套增加660台/套，口径含私有化部署。"}
    form_display = {"平台建设与运营带动新增就业人数（人）": "86"}
    pkg["form_override"] = form_display
    f_form = "附件2 申报表（碳索能源）.docx"
    build_form_docx(pkg, root / f_form, tracked, comments, reviser="邵嘉禾")
    add_file(pkg, f_form, "申报表")
    f_scan = "附件2 申报表（碳索能源）盖章扫描件.pdf"
    form_scan(pkg, root, f_scan, 2701, display=form_display)
    add_file(pkg, f_scan, "申报表扫描件")
    f_letter = "情况说明（新增就业人数更正）.pdf"
    letter_scan(pkg, root, f_letter, "情况说明", [
        f"我单位报送的《上海市工业互联网平台应用水平评价申报表》（{s['platform']}）中，三、指标明细表“3.1.3 平台带动成效”"
        "中“平台建设与运营带动新增就业人数（人）”因统计时误将外包驻场人员计入，现由86更正为68。",
        "平台基本情况汇总表已按更正后的数据填写，其余内容不变，以本说明为准。"], 2702)
    add_file(pkg, f_letter, "evidence:other")
    f_sum = "附件4 平台基本情况汇总表（碳索能源）.xlsx"
    build_summary_xlsx(pkg, root / f_sum)
    add_file(pkg, f_sum, "汇总表")
    proposal_docx(pkg, root, "申报书_v2.docx", figures=dict(devices=6480, served=596, reg=1012, apps=98, rev=2540.00),
                  note="（v2，7月12日内部修改稿）")
    add_file(pkg, "申报书_v2.docx", "申报书")
    proposal_docx(pkg, root, "附件3 申报书（终稿）.docx")
    add_file(pkg, "附件3 申报书（终稿）.docx", "申报书")
    audit_report(pkg, root, ev + "3-1 2023年度审计报告.pdf", dict(rev=s["rev"], rd=s["rd"], profit=s["profit"]))
    add_file(pkg, ev + "3-1 2023年度审计报告.pdf", "evidence:audit_report")
    device_list_pdf(pkg, root, ev + "3-2 接入设备统计表.pdf")
    add_file(pkg, ev + "3-2 接入设备统计表.pdf", "evidence:device_list")
    ip_list_pdf(pkg, root, ev + "3-3 知识产权清单.pdf", s["patents"], s["softcr"])
    add_file(pkg, ev + "3-3 知识产权清单.pdf", "evidence:patent_list")
    dashboard_png(pkg, root, ev + "3-4 平台运行截图.png", [
        ("注册企业用户数（个）", "注册企业", fint(N["注册企业用户数（个）"]), N["注册企业用户数（个）"], "家"),
        ("实际服务企业数（个）", "服务企业", fint(N["实际服务企业数（个）"]), N["实际服务企业数（个）"], "家"),
        ("工业APP数量（个）", "工业APP", fint(N["工业APP数量（个）"]), N["工业APP数量（个）"], "个"),
        ("微服务数量（个）", "微服务", fint(N["微服务数量（个）"]), N["微服务数量（个）"], "个"),
        ("开发者注册总数（个）", "注册开发者", fint(N["开发者注册总数（个）"]), N["开发者注册总数（个）"], "人"),
        ("工业机理模型数量（个）", "机理模型", fint(N["工业机理模型数量（个）"]), N["工业机理模型数量（个）"], "个"),
        ("存储工业数据量（TB）", "已存储数据(TB)", f"{N['存储工业数据量（TB）']:.2f}", N["存储工业数据量（TB）"], "TB"),
        ("公有云工业设备连接数量（台/套）", "公有云设备", fint(N["公有云工业设备连接数量（台/套）"]),
         N["公有云工业设备连接数量（台/套）"], "台/套")], "零碳工厂数智化管理平台 · 运营驾驶舱")
    add_file(pkg, ev + "3-4 平台运行截图.png", "evidence:screenshot")
    award_xlsx(pkg, root, ev + "3-5 荣誉清单.xlsx")
    add_file(pkg, ev + "3-5 荣誉清单.xlsx", "evidence:award_list")
    commitment_scan(pkg, root, "附件5 真实性承诺.pdf", 2703)
    add_file(pkg, "附件5 真实性承诺.pdf", "承诺")
    build_contact_docx(pkg, root / "附件1 联系人信息反馈表.docx")
    add_file(pkg, "附件1 联系人信息反馈表.docx", "联系人表")
    pkg["layout"] = ["tracked_changes:ins=evidence", "docx_comments", "correction_letter:scan(汇总表 followed)",
                     "versions:申报书_v2(superseded)+终稿(final)", "stamped_scan:pre-correction", "summary:xlsx-vertical",
                     "screenshots:png", "awards:xlsx"]
    pkg["description"] = ("序号27 碳索能源，干净包：申报表DOCX保留修订痕迹（微服务512→528、开发者1650→1865、活跃微服务276→287，"
                          "取插入值，证据与插入值一致）和批注（引用2022年营收、上年末设备数）；情况说明（盖章扫描）将新增就业人数86更正为68，"
                          "汇总表已按68填写；申报书_v2.docx为旧稿，附件3 申报书（终稿）.docx为最终版。")


def p2(root: Path, pkg):
    s, N, D = pkg["spec"], pkg["N"], pkg["D"]
    ev = "证明材料/"
    audit_rev = 6812.40
    g = s["_g"]
    old_g23 = round((audit_rev - s["rev"][1]) / s["rev"][1] * 100 + 1e-9, 2)
    r21, r22, _ = s["rev"]
    tracked = {
        "平台近三年经营指标情况": [f"2021年平台营收{r21:.2f}万元/增长率{g[0]:.2f}%；2022年平台营收{r22:.2f}万元/增长率{g[1]:.2f}%；"
                           "2023年平台营收", ("del", f"{audit_rev:.2f}"), ("ins", f"{s['rev'][2]:.2f}"), "万元/增长率",
                           ("del", f"{old_g23:.2f}"), ("ins", f"{g[2]:.2f}"), "%"],
        "平台相关营业收入（万元）": number_cell(f"{audit_rev:.2f}", f"{s['rev'][2]:.2f}"),
        "平台相关研发投入强度（%）": number_cell(f"{s['rd'] / audit_rev * 100 + 1e-9:.2f}", D["平台相关研发投入强度（%）"]),
        "平台利润率（%）": number_cell(f"{s['profit'] / audit_rev * 100 + 1e-9:.2f}", D["平台利润率（%）"]),
        "运维人数（人）": number_cell("96", "104"),
        "实际服务企业数（个）": number_cell("1326", "1362"),
    }
    comments = {"连接的工业设备/产品/产线种类及数量（台/套）": "设备台账导出为12,480台，含已停用设备，剔除后按12,840台填报？请平台部确认。",
                "平台相关营业收入（万元）": "按市场部口径含2023年12月已签未验收合同约316.20万元。"}
    pkg["proofs"] = {"平台相关营业收入（万元）": "证明材料1 第5页", "连接的工业设备/产品/产线种类及数量（台/套）": "证明材料2",
                     "平台核心软硬件技术获得的专利数量（项）": "证明材料3"}
    form_display = {"工业协议兼容适配数量（个）": "186"}
    pkg["form_override"] = form_display
    f_form = "01 申报表（新华控制）修订稿.docx"
    build_form_docx(pkg, root / f_form, tracked, comments, reviser="岑立群")
    add_file(pkg, f_form, "申报表")
    f_letter = "04 情况说明（协议数量更正）.pdf"
    letter_scan(pkg, root, f_letter, "情况说明", [
        f"我单位《申报表》（{s['platform']}）三、指标明细表“2.1.1 工业设备连接/汇聚能力”中“工业协议兼容适配数量（个）”"
        "因重复计入同一协议的不同版本，现由186更正为168。", "汇总表相应数据已同步更正。"], 502)
    add_file(pkg, f_letter, "evidence:other")
    f_sum = "03 平台基本情况汇总表（新华控制）.xlsx"
    build_summary_xlsx(pkg, root / f_sum, overrides={"实际服务企业数（个）": "1326"})
    add_file(pkg, f_sum, "汇总表")
    proposal_docx(pkg, root, "02 申报书（新华控制）.docx")
    add_file(pkg, "02 申报书（新华控制）.docx", "申报书")
    f_audit = ev + "证明材料1 2023年度审计报告.pdf"
    audit_report(pkg, root, f_audit, dict(rev=(r21, r22, audit_rev), rd=s["rd"], profit=s["profit"]))
    add_file(pkg, f_audit, "evidence:audit_report")
    device_list_pdf(pkg, root, ev + "证明材料2 接入设备统计表.pdf")
    add_file(pkg, ev + "证明材料2 接入设备统计表.pdf", "evidence:device_list")
    ip_list_pdf(pkg, root, ev + "证明材料3 专利及软著清单.pdf", s["patents"], s["softcr"])
    add_file(pkg, ev + "证明材料3 专利及软著清单.pdf", "evidence:patent_list")
    dashboard_png(pkg, root, ev + "证明材料4 平台运行截图.png", [
        ("注册企业用户数（个）", "注册企业数", fint(N["注册企业用户数（个）"]), N["注册企业用户数（个）"], "家"),
        ("工业APP数量（个）", "工业APP总数", fint(N["工业APP数量（个）"]), N["工业APP数量（个）"], "个"),
        ("工业机理模型数量（个）", "机理模型", fint(N["工业机理模型数量（个）"]), N["工业机理模型数量（个）"], "个"),
        ("微服务数量（个）", "微服务", fint(N["微服务数量（个）"]), N["微服务数量（个）"], "个"),
        ("开发者注册总数（个）", "注册开发者", fint(N["开发者注册总数（个）"]), N["开发者注册总数（个）"], "人"),
        ("付费企业数（个）", "付费企业", fint(N["付费企业数（个）"]), N["付费企业数（个）"], "家"),
        ("海外设备连接数量（台/套）", "海外接入设备", fint(N["海外设备连接数量（台/套）"]), N["海外设备连接数量（台/套）"], "台/套"),
        (None, "今日告警", "37", 37, "条")], "新华电力能源工业互联网平台 · 运行总览")
    add_file(pkg, ev + "证明材料4 平台运行截图.png", "evidence:screenshot")
    commitment_scan(pkg, root, "05 真实性承诺（盖章）.pdf", 503)
    add_file(pkg, "05 真实性承诺（盖章）.pdf", "承诺")
    build_contact_docx(pkg, root / "00 联系人信息反馈表.docx")
    add_file(pkg, "00 联系人信息反馈表.docx", "联系人表")
    problem(pkg, "declared_vs_evidence", ["平台相关营业收入（万元）", "平台近三年经营指标情况"],
            [f_form, f_audit], "error",
            "申报表修订痕迹中平台相关营业收入由6,812.40（删除）改为7,128.60万元（插入，即申报值），2023年平台营收同样改为7,128.60；"
            "审计报告附注十五平台业务专项说明2023年度平台相关营业收入为6,812.40万元，只支持被删除的旧数，与申报值不符")
    problem(pkg, "identity", ["平台团队总人数（人）", "运维人数（人）", "运营人数（人）"], [f_form], "error",
            "运维人数修订为104（原96），运营人数58，合计162，与平台团队总人数154不一致（填报指引：运维人数与运营人数求和应与平台总人数相等）；"
            "删除的旧值96+58=154才相符")
    problem(pkg, "summary_vs_form", ["实际服务企业数（个）"], [f_sum, f_form], "error",
            "申报表修订后实际服务企业数为1,362（1326已删除），汇总表仍填1326，沿用了被删除的旧数")
    pkg["layout"] = ["tracked_changes:ins≠evidence", "tracked_changes:identity-broken", "docx_comments:other-figures",
                     "correction_letter:scan(汇总表 followed)", "summary:kept-deleted-figure", "numbered_names", "no_form_scan",
                     "section7"]
    pkg["description"] = ("序号5 新华控制，问题包：修订痕迹把平台营收6,812.40改为7,128.60（审计报告只支持旧数）、运维人数96改为104"
                          "（破坏人数恒等式）、实际服务企业数1326改为1362（汇总表仍为1326）；批注中引用12,480台和316.20万元两个非申报数；"
                          "情况说明将工业协议兼容适配数量186更正为168，汇总表已跟随。")


def p3(root: Path, pkg):
    s, N, D = pkg["spec"], pkg["N"], pkg["D"]
    ev = "附件3-证明材料/"
    tracked = {"平台核心软硬件技术获得的专利数量（项）": number_cell("27", "31"),
               "实际服务企业数（个）": number_cell("1640", "1460")}
    comments = {"平台核心软硬件技术获得的专利数量（项）": "法务：另有4项已授权待下证，是否计入？清单目前27项。",
                "平台服务园区总数（个）": "园区口径请与市经信委通知再核对（地市级以上管理）。"}
    pkg["proofs"] = {"平台相关营业收入（万元）": "附件3-1（正式版）第5页", "连接的工业设备/产品/产线种类及数量（台/套）": "附件3-2",
                     "平台核心软硬件技术获得的专利数量（项）": "附件3-3 第1页", "平台获得省部级及以上奖项/荣誉数量（个）": "附件3-5"}
    form_display = {"平台服务园区总数（个）": "12"}
    pkg["form_override"] = form_display
    f_form = "附件2-申报表-宝武装备.docx"
    build_form_docx(pkg, root / f_form, tracked, comments, reviser="贲志远")
    add_file(pkg, f_form, "申报表")
    f_scan = "附件2-申报表-宝武装备（盖章）.pdf"
    form_scan(pkg, root, f_scan, 2201, display=form_display)
    add_file(pkg, f_scan, "申报表扫描件")
    f_letter = "更正说明.pdf"
    letter_scan(pkg, root, f_letter, "更正说明", [
        f"经复核，我单位《申报表》（{s['platform']}）三、指标明细表“3.1.1 平台应用规模”中“平台服务园区总数（个）”"
        "误将区县级管理的园区计入，现由12更正为8。", "平台基本情况汇总表已按8填写。以本说明为准。"], 2202)
    add_file(pkg, f_letter, "evidence:other")
    f_sum = "附件4-平台基本情况汇总表-宝武装备.xlsx"
    build_summary_xlsx(pkg, root / f_sum)
    add_file(pkg, f_sum, "汇总表")
    f_prop = "附件3-申报书-宝武装备（终稿）.docx"
    proposal_docx(pkg, root, f_prop, figures=dict(served=1640))
    add_file(pkg, f_prop, "申报书")
    f_final = ev + "3-1 2023年度审计报告（正式版）.pdf"
    audit_report(pkg, root, f_final, dict(rev=s["rev"], rd=s["rd"], profit=s["profit"]))
    add_file(pkg, f_final, "evidence:audit_report")
    f_draft = ev + "3-1 2023年度审计报告（征求意见稿）.pdf"
    audit_report(pkg, root, f_draft, dict(rev=s["rev"], rd=s["rd"], profit=1528.30), draft=True)
    add_file(pkg, f_draft, "evidence:audit_report")
    # device statistics as a stamped scan, the 合计 mistyped and corrected by hand
    f_dev = ev + "3-2 接入设备统计表（盖章）.pdf"
    page = lib.ScanPage()
    page.text(f"{s['platform']}接入设备统计表", 30, center=True, gap=60)
    page.text("统计截止日：2024年7月10日        单位：台/套", 22, gap=50)
    rows, reg = device_rows(pkg)
    widths = [300, 220, 220, 240]
    page.grid(rows[:-1], widths, size=22, h=46)
    y_total = page.y
    total_row = rows[-1]
    page.grid([[total_row[0], "", total_row[2], total_row[3]]], widths, size=22, h=80)
    x_total = 90 + widths[0] + 6
    page.d.text((x_total, y_total + 46), "9,360", font=fonts.pil_font(22), fill=(20, 20, 20))
    page.strike_and_fix(x_total, y_total + 46, "9,360", "9,630", size=22, above=True)
    page.y += 40
    page.grid(reg, widths, size=22, h=46)
    page.y += 40
    page.text("制表：平台运营部      审核：贲志远", 22, x=560)
    page.seal(900, page.y + 30, s["company"])
    lib.write_scan_pdf([page], root / f_dev, 2203)
    add_file(pkg, f_dev, "evidence:device_list")
    fact(pkg, "连接的工业设备/产品/产线种类及数量（台/套）", "9,630", "台/套", 9630, f_dev, 1, "9,630 以此为准", "合计",
         "接入数量", image_only=True)
    fact(pkg, "公有云工业设备连接数量（台/套）", fint(N["公有云工业设备连接数量（台/套）"]), "台/套",
         N["公有云工业设备连接数量（台/套）"], f_dev, 1, fint(N["公有云工业设备连接数量（台/套）"]), "合计", "其中：公有云",
         image_only=True)
    fact(pkg, "公有云工业设备平均日运行数量（台/套）", fint(N["公有云工业设备平均日运行数量（台/套）"]), "台/套",
         N["公有云工业设备平均日运行数量（台/套）"], f_dev, 1, fint(N["公有云工业设备平均日运行数量（台/套）"]), "合计",
         "公有云日均运行", image_only=True)
    f_ip = ev + "3-3 知识产权清单.pdf"
    ip_list_pdf(pkg, root, f_ip, 27, s["softcr"])
    add_file(pkg, f_ip, "evidence:patent_list")
    dashboard_png(pkg, root, ev + "3-4 平台运行截图.png", [
        ("注册企业用户数（个）", "注册企业", fint(N["注册企业用户数（个）"]), N["注册企业用户数（个）"], "家"),
        ("实际服务企业数（个）", "服务企业", fint(N["实际服务企业数（个）"]), N["实际服务企业数（个）"], "家"),
        ("工业APP数量（个）", "工业APP", fint(N["工业APP数量（个）"]), N["工业APP数量（个）"], "个"),
        ("微服务数量（个）", "微服务", fint(N["微服务数量（个）"]), N["微服务数量（个）"], "个"),
        ("工业机理模型数量（个）", "机理模型", fint(N["工业机理模型数量（个）"]), N["工业机理模型数量（个）"], "个"),
        ("开发者注册总数（个）", "开发者", fint(N["开发者注册总数（个）"]), N["开发者注册总数（个）"], "人"),
        ("存储容量（TB）", "存储容量(TB)", f"{N['存储容量（TB）']:.2f}", N["存储容量（TB）"], "TB"),
        ("存储工业数据量（TB）", "已用存储(TB)", f"{N['存储工业数据量（TB）']:.2f}", N["存储工业数据量（TB）"], "TB")],
        "宝武装备远程运维平台 · 运营看板")
    add_file(pkg, ev + "3-4 平台运行截图.png", "evidence:screenshot")
    award_xlsx(pkg, root, ev + "3-5 获奖清单.xlsx")
    add_file(pkg, ev + "3-5 获奖清单.xlsx", "evidence:award_list")
    commitment_scan(pkg, root, "附件5-真实性承诺.pdf", 2204)
    add_file(pkg, "附件5-真实性承诺.pdf", "承诺")
    build_contact_docx(pkg, root / "附件1-联系人信息反馈表.docx")
    add_file(pkg, "附件1-联系人信息反馈表.docx", "联系人表")
    problem(pkg, "count_vs_list", ["平台核心软硬件技术获得的专利数量（项）"], [f_form, f_ip], "error",
            "申报表修订痕迹将专利数量由27（删除）改为31（插入，即申报值），知识产权清单标题“专利清单（共27项）”且只列27项，"
            "只支持被删除的旧数；批注称另4项“待下证”，填报指引要求截至填表日已获得的专利")
    problem(pkg, "narrative_vs_form", ["实际服务企业数（个）"], [f_prop, f_form], "warning",
            "申报书（终稿）写“实际服务企业1,640家”，而申报表修订后实际服务企业数为1,460（1640已删除）；申报书沿用了旧数")
    problem(pkg, "declared_vs_evidence", ["平台利润率（%）", "投资回报率（%）"], [f_draft, f_final, f_form], "warning",
            "包内同时放有审计报告征求意见稿与正式版：征求意见稿附注十五平台利润总额1,528.30万元，正式版为1,412.85万元；"
            "申报表平台利润率12.57%与投资回报率14.42%按正式版计算，征求意见稿的不同数字应撤下或说明")
    pkg["layout"] = ["tracked_changes:ins≠list", "tracked_changes:stale-narrative", "docx_comments",
                     "correction_letter:更正说明 scan(汇总表 followed)", "versions:audit 征求意见稿+正式版",
                     "strike_through:scan 9,360→9,630 以此为准", "stamped_scan", "section7", "awards:xlsx"]
    pkg["description"] = ("序号22 宝武装备，问题包：修订痕迹专利27→31（清单只有27项）、实际服务企业1640→1460（申报书终稿仍写1,640）；"
                          "审计报告征求意见稿与正式版并存（利润总额1,528.30 vs 1,412.85，正式版为准）；接入设备统计表扫描件合计9,360被划掉，"
                          "手写9,630「以此为准」；更正说明把平台服务园区总数12更正为8，汇总表已跟随。")


def p4(root: Path, pkg):
    s, N, D = pkg["spec"], pkg["N"], pkg["D"]
    ev = "证明材料/"
    tracked = {"工业机理模型数量（个）": number_cell("215", "251"),
               "付费企业数（个）": number_cell("412", "421"),
               "付费用户占比（%）": number_cell(f"{412 / 968 * 100 + 1e-9:.2f}", D["付费用户占比（%）"])}
    comments = {"存储工业数据量（TB）": "运维组：控制台显示已用空间含快照，剔除后约为350 TB，请确认口径。"}
    pkg["proofs"] = {"平台相关营业收入（万元）": "证明材料1 第5页", "存储工业数据量（TB）": "证明材料4 存储控制台截图",
                     "工业机理模型数量（个）": "证明材料4 平台首页截图", "连接的工业设备/产品/产线种类及数量（台/套）": "证明材料2"}
    form_display = {"存储工业数据量（TB）": "386.20"}
    pkg["form_override"] = form_display
    f_form = "申报表（光明乳业工业互联网平台）.docx"
    build_form_docx(pkg, root / f_form, tracked, comments, reviser="庞思远")
    add_file(pkg, f_form, "申报表")
    f_scan = "申报表（盖章扫描版）.pdf"
    form_scan(pkg, root, f_scan, 3101, display=form_display, fixes={"付费企业数（个）": ("412", "421")})
    add_file(pkg, f_scan, "申报表扫描件")
    f_letter = "关于申报表数据更正的说明.pdf"
    letter_scan(pkg, root, f_letter, "关于申报表数据更正的说明", [
        f"我单位《申报表》（{s['platform']}）三、指标明细表“2.2.2 数据处理（存储计算能力）”中“存储工业数据量（TB）”"
        "因数字录入错误，现由386.20更正为368.20。", "其余数据不变，以本说明为准。"], 3102)
    add_file(pkg, f_letter, "evidence:other")
    f_sum = "平台基本情况汇总表.xlsx"
    build_summary_xlsx(pkg, root / f_sum, overrides={"存储工业数据量（TB）": "386.20"})
    add_file(pkg, f_sum, "汇总表")
    proposal_docx(pkg, root, "申报书_v3.docx", figures=dict(models=215, devices=5180, served=590),
                  note="v3 修改中（庞）")
    add_file(pkg, "申报书_v3.docx", "申报书")
    proposal_pdf(pkg, root, "申报书（终稿）.pdf")
    add_file(pkg, "申报书（终稿）.pdf", "申报书")
    audit_report(pkg, root, ev + "证明材料1 2023年度审计报告.pdf", dict(rev=s["rev"], rd=s["rd"], profit=s["profit"]))
    add_file(pkg, ev + "证明材料1 2023年度审计报告.pdf", "evidence:audit_report")
    device_list_pdf(pkg, root, ev + "证明材料2 接入设备统计表.pdf")
    add_file(pkg, ev + "证明材料2 接入设备统计表.pdf", "evidence:device_list")
    ip_list_pdf(pkg, root, ev + "证明材料3 知识产权清单.pdf", s["patents"], s["softcr"])
    add_file(pkg, ev + "证明材料3 知识产权清单.pdf", "evidence:patent_list")
    f_shot1 = ev + "证明材料4-1 平台首页截图.png"
    dashboard_png(pkg, root, f_shot1, [
        ("注册企业用户数（个）", "注册企业", fint(N["注册企业用户数（个）"]), N["注册企业用户数（个）"], "家"),
        ("付费企业数（个）", "付费企业", fint(N["付费企业数（个）"]), N["付费企业数（个）"], "家"),
        ("工业APP数量（个）", "工业APP", fint(N["工业APP数量（个）"]), N["工业APP数量（个）"], "个"),
        (None, "机理模型", "215", 215, "个"),
        ("微服务数量（个）", "微服务", fint(N["微服务数量（个）"]), N["微服务数量（个）"], "个"),
        ("开发者注册总数（个）", "开发者", fint(N["开发者注册总数（个）"]), N["开发者注册总数（个）"], "人"),
        ("公有云工业设备连接数量（台/套）", "公有云设备", fint(N["公有云工业设备连接数量（台/套）"]),
         N["公有云工业设备连接数量（台/套）"], "台/套"),
        ("实际服务企业数（个）", "服务企业", fint(N["实际服务企业数（个）"]), N["实际服务企业数（个）"], "家")],
        "光明乳业工业互联网平台 · 首页")
    # the model tile is a fact that only supports the deleted 215 (kept as evidence of the indicator)
    fact(pkg, "工业机理模型数量（个）", "215", "个", 215, f_shot1, 1, "215", "机理模型", image_only=True)
    add_file(pkg, f_shot1, "evidence:screenshot")
    f_shot2 = ev + "证明材料4-2 存储控制台截图.png"
    dashboard_png(pkg, root, f_shot2, [
        ("存储容量（TB）", "总容量(TB)", f"{N['存储容量（TB）']:.2f}", N["存储容量（TB）"], "TB"),
        ("存储工业数据量（TB）", "已用容量(TB)", f"{N['存储工业数据量（TB）']:.2f}", N["存储工业数据量（TB）"], "TB"),
        ("公有云数据总量（TB）", "公有云OSS(TB)", f"{N['公有云数据总量（TB）']:.2f}", N["公有云数据总量（TB）"], "TB"),
        ("平台公有云实际使用数量（台）", "云服务器ECS", str(N["平台公有云实际使用数量（台）"]), N["平台公有云实际使用数量（台）"], "台")],
        "存储资源控制台")
    add_file(pkg, f_shot2, "evidence:screenshot")
    commitment_scan(pkg, root, "真实性承诺（盖章）.pdf", 3103)
    add_file(pkg, "真实性承诺（盖章）.pdf", "承诺")
    build_contact_docx(pkg, root / "联系人信息反馈表.docx")
    add_file(pkg, "联系人信息反馈表.docx", "联系人表")
    problem(pkg, "summary_vs_form", ["存储工业数据量（TB）"], [f_sum, f_letter, f_form], "error",
            "更正说明（盖章）将存储工业数据量由386.20更正为368.20 TB，汇总表仍填386.20，未随更正")
    problem(pkg, "formula", ["存储资源利用率（%）", "存储工业数据量（TB）", "存储容量（TB）"], [f_form, f_letter], "error",
            "存储工业数据量更正为368.20 TB后，存储资源利用率应为368.20÷600.00×100%=61.37%，申报表仍为按旧数386.20计算的64.37%")
    problem(pkg, "screenshot_vs_form", ["工业机理模型数量（个）"], [f_shot1, f_form], "warning",
            "申报表修订痕迹将工业机理模型数量由215（删除）改为251（插入，即申报值），平台首页截图“机理模型 215”只支持被删除的旧数"
            "（疑似数字颠倒）")
    pkg["layout"] = ["tracked_changes:ins≠screenshot", "tracked_changes:ins=hand-fix", "docx_comments",
                     "correction_letter:scan(汇总表 NOT followed)", "strike_through:scan 412→421 以此为准",
                     "versions:申报书_v3.docx(superseded)+申报书（终稿）.pdf(final)", "screenshots:png x2"]
    pkg["description"] = ("序号31 光明乳业，问题包：更正说明把存储工业数据量386.20更正为368.20，汇总表未跟随、存储资源利用率未重算；"
                          "修订痕迹机理模型215→251（首页截图仍为215）、付费企业412→421（盖章扫描件上手写划改「以此为准」）；"
                          "批注引用约350 TB；申报书_v3.docx为旧稿，申报书（终稿）.pdf为最终版。")


BUILDERS = {"h54_p1_tansuo_clean": p1, "h54_p2_xinhua_problems": p2, "h54_p3_baowu_problems": p3,
            "h54_p4_guangming_problems": p4}


def summary_rows(pkg):
    rows = []
    for label in LABELS:
        rows.append({"label": label, "value": pkg["D"][label], "normalized": pkg["N"][label]})
    return rows


def build(out: Path):
    for spec in SPECS:
        pkg = make_pkg(spec)
        pid = spec["pid"]
        root = out / "packages" / pid
        if root.exists():
            shutil.rmtree(root)
        root.mkdir(parents=True)
        BUILDERS[pid](root, pkg)
        s = pkg["spec"]
        truth = PackageTruth.model_validate({
            "package_id": pid, "description": pkg["description"], "path": f"{REL}/packages/{pid}", "delivery": "folder",
            "platform": {"list_no": s["list_no"], "listed_name": s["platform"], "company": s["company"],
                         "declared_name": s["platform"], "participated_2023": s["p2023"]},
            "layout": pkg["layout"], "files": dict(sorted(pkg["files"].items())),
            "summary_rows": summary_rows(pkg), "evidence_facts": pkg["facts"], "problems": pkg["problems"],
        })
        (out / "truth").mkdir(parents=True, exist_ok=True)
        (out / "truth" / f"{pid}.json").write_text(dump_truth(truth), encoding="utf-8")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=HERE)
    args = ap.parse_args()
    build(args.out)


if __name__ == "__main__":
    main()
