"""Build blind set h56 (units and scales): packages/<id>/… and truth/<id>.json.

    /work/main/.venv/bin/python eval_sets/blind/h56/build.py [--out DIR]
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

import openpyxl  # noqa: E402
from PIL import Image, ImageDraw  # noqa: E402

import docs  # noqa: E402
import h56lib as H  # noqa: E402
from eval_sets.generator import fonts  # noqa: E402
from eval_sets.truth import PackageTruth  # noqa: E402
from labels import LABELS  # noqa: E402
from model import check_clean, fmt  # noqa: E402
from specs import P1, P2, P3, P4, values  # noqa: E402

REL = "eval_sets/blind/h56/packages"


class Facts(list):
    def add(self, label, value, unit, normalized, file, page, quote, row_label="", column_label="",
            component="", image_only=False):
        self.append(dict(label=label, value=value, unit=unit, normalized=normalized, file=file, page=page,
                         quote=quote, row_label=row_label, column_label=column_label, component=component,
                         image_only=image_only))


def money(x: float, nd: int = 2) -> str:
    return f"{x:,.{nd}f}"


def ip_pages(p, n_pat, n_sw, title_pat, title_sw):
    pages = []
    for title, n, kind in ((title_pat, n_pat, "pat"), (title_sw, n_sw, "sw")):
        pg = H.Page().center(50, title, 14).text(40, 70, f"权利人：{p['company']}", 9)
        rows = [["序号", "名称", "登记号/专利号", "授权/登记日期"]]
        for i in range(n):
            if kind == "pat":
                rows.append([str(i + 1), f"一种{p['short']}平台数据处理方法{i + 1}", f"ZL2021{1050000 + i * 37:07d}.{i % 10}",
                             f"2022-{(i % 12) + 1:02d}-15"])
            else:
                rows.append([str(i + 1), f"{p['short']}平台管理软件V{1 + i % 4}.{i % 10}", f"2022SR{1200000 + i * 113}",
                             f"2023-{(i % 12) + 1:02d}-08"])
        pg.table(40, 85, [40, 250, 140, 90], rows, size=8, row_h=min(18, 700 // (n + 1)))
        pages.append(pg)
    return pages


def dashboard(title: str, tiles: list[tuple[str, str, str]], chart: dict | None = None, size=(1280, 760)) -> Image.Image:
    """A platform dashboard screenshot: KPI tiles (caption, number, small unit text) and an optional bar chart."""
    img = Image.new("RGB", size, (14, 28, 54))
    d = ImageDraw.Draw(img)
    f = fonts.pil_font
    d.rectangle([0, 0, size[0], 56], fill=(20, 44, 86))
    d.text((24, 14), title, font=f(24), fill=(235, 240, 250))
    x = 24
    for cap, num, unit in tiles:
        d.rounded_rectangle([x, 80, x + 290, 210], 10, fill=(28, 56, 104))
        d.text((x + 16, 94), cap, font=f(18), fill=(170, 190, 220))
        d.text((x + 16, 130), num, font=f(40), fill=(90, 220, 255))
        if unit:
            w = d.textlength(num, font=f(40))
            d.text((x + 26 + w, 150), unit, font=f(16), fill=(170, 190, 220))
        x += 310
        if x + 290 > size[0]:
            break
    if chart:
        cx0, cy0, cx1, cy1 = 90, 300, 1180, 700
        d.text((cx0 - 70, cy0 - 40), chart["axis"], font=f(16), fill=(200, 210, 230))
        d.text((cx0, cy0 - 70), chart["title"], font=f(20), fill=(235, 240, 250))
        d.line([cx0, cy0, cx0, cy1], fill=(120, 140, 170), width=2)
        d.line([cx0, cy1, cx1, cy1], fill=(120, 140, 170), width=2)
        vals = chart["values"]
        top = max(v for _, v in vals) * 1.25
        bw = (cx1 - cx0) / len(vals)
        for i, (name, v) in enumerate(vals):
            h = (cy1 - cy0) * v / top
            bx = cx0 + i * bw + bw * 0.2
            d.rectangle([bx, cy1 - h, bx + bw * 0.6, cy1], fill=(60, 150, 230))
            d.text((bx, cy1 + 8), name, font=f(15), fill=(200, 210, 230))
        tip = chart.get("tooltip")
        if tip:
            tx, ty = cx1 - 330, cy0 + 10
            d.rounded_rectangle([tx, ty, tx + 300, ty + 70], 8, fill=(250, 250, 250))
            d.text((tx + 14, ty + 8), tip[0], font=f(16), fill=(60, 60, 60))
            d.text((tx + 14, ty + 36), tip[1], font=f(20), fill=(20, 20, 20))
    return img


# ====================================================================== P1 clean (元, 万台, PB, 次/年, 人次, fraction)
def evidence_p1(root: Path, p, v):
    F = Facts()
    files = {}
    c = p["company_fin"]
    fin = p["fin"]
    a = "附件3 证明材料/附件3-1 2023年度审计报告（节选）及平台收入专项说明.pdf"
    yuan = lambda w: money(w * 10000)
    pages = [H.Page().center(200, p["company"], 18).center(240, "2023年度审计报告（节选）", 16)
             .center(300, "沪申诚会审字（2024）第0318号", 11).center(700, "上海申诚会计师事务所（特殊普通合伙）", 11)]
    bs = [["项目", "期末余额", "期初余额"], ["货币资金", yuan(186420.35), yuan(172318.90)],
          ["应收账款", yuan(412680.12), yuan(398452.77)], ["流动资产合计", yuan(1014236.58), yuan(962110.40)],
          ["非流动资产合计", yuan(c["assets"] - 1014236.58), yuan(251846.20)], ["资产总计", yuan(c["assets"]), yuan(1213956.60)],
          ["负债合计", yuan(1008579.36), yuan(951604.11)]]
    pages.append(H.Page().center(60, "合并资产负债表", 15).text(40, 90, "编制单位：" + p["company"], 9)
                 .text(400, 90, "2023年12月31日", 9).text(480, 105, "单位：元", 9).table(40, 115, [190, 160, 160], bs))
    pl = [["项目", "本期金额", "上期金额"], ["一、营业收入", yuan(c["rev"]), yuan(c["rev_prev"])],
          ["减：营业成本", yuan(951206.33), yuan(874155.02)], ["税金及附加", yuan(c["tax"]), yuan(11240.18)],
          ["三、利润总额", yuan(c["profit"]), yuan(35106.42)], ["四、净利润", yuan(31580.22), yuan(28842.55)]]
    pages.append(H.Page().center(60, "合并利润表", 15).text(40, 90, "编制单位：" + p["company"], 9)
                 .text(400, 90, "2023年度", 9).text(480, 105, "单位：元", 9).table(40, 115, [190, 160, 160], pl))
    sp = [["项目", "2021年度", "2022年度", "2023年度"],
          ["平台相关营业收入", yuan(fin["r21"]), yuan(fin["r22"]), yuan(fin["r23"])],
          ["平台相关研发投入", yuan(498.36), yuan(556.20), yuan(fin["rd"])],
          ["平台利润总额", yuan(352.10), yuan(461.85), yuan(fin["profit"])],
          ["工业APP订阅累计金额", "—", "—", yuan(v["工业APP订阅总金额（万元）"])],
          ["杀手锏APP月平均收入", "—", "—", yuan(v["杀手锏APP月平均收入（万元）"])]]
    pg = (H.Page().center(60, "关于平台业务收入的专项说明", 15)
          .text(40, 95, "本说明依据2023年度财务报表对平台相关收入、研发投入和利润进行拆分，拆分口径为平台订阅与服务合同。", 9)
          .text(470, 115, "单位：元", 9).table(40, 125, [150, 120, 120, 120], sp)
          .text(40, 260, "平台累计建设投入：" + yuan(fin["build"]) + "元（2018年9月至2023年12月）", 10))
    pages.append(pg)
    H.write_pdf(pages, root / a)
    files[a] = "evidence:audit_report"
    F.add("总资产（万元）", yuan(c["assets"]), "元", c["assets"], a, 2, yuan(c["assets"]), "资产总计", "期末余额")
    F.add("主营业务收入（万元）", yuan(c["rev"]), "元", c["rev"], a, 3, yuan(c["rev"]), "一、营业收入", "本期金额")
    F.add("利润总额（万元）", yuan(c["profit"]), "元", c["profit"], a, 3, yuan(c["profit"]), "三、利润总额", "本期金额")
    F.add("平台相关营业收入（万元）", yuan(fin["r23"]), "元", fin["r23"], a, 4, yuan(fin["r23"]), "平台相关营业收入", "2023年度")
    for y in (2021, 2022):
        w = fin[f"r{y % 100}"]
        F.add("平台近三年经营指标情况", yuan(w), "元", w, a, 4, yuan(w), "平台相关营业收入", f"{y}年度",
              component=f"{y}年平台营收（万元）")
    F.add("平台相关研发投入（万元）", yuan(fin["rd"]), "元", fin["rd"], a, 4, yuan(fin["rd"]), "平台相关研发投入", "2023年度")
    F.add("平台利润率（%）", yuan(fin["profit"]), "元", fin["profit"], a, 4, yuan(fin["profit"]), "平台利润总额", "2023年度",
          component="平台利润总额（万元）")
    F.add("投资回报率（%）", yuan(fin["profit"]), "元", fin["profit"], a, 4, yuan(fin["profit"]), "平台利润总额", "2023年度",
          component="平台年利润（万元）")
    F.add("平台建设金额（万元）", yuan(fin["build"]), "元", fin["build"], a, 4, yuan(fin["build"]), "平台累计建设投入")
    F.add("工业APP订阅总金额（万元）", yuan(1286.40), "元", 1286.40, a, 4, yuan(1286.40), "工业APP订阅累计金额", "2023年度")
    F.add("杀手锏APP月平均收入（万元）", yuan(18.65), "元", 18.65, a, 4, yuan(18.65), "杀手锏APP月平均收入", "2023年度")

    s = "附件3 证明材料/附件3-2 平台运行看板截图.png"
    img = dashboard(f"{p['declared_name']} · 运行看板", [
        ("注册企业（户）", "3,560", ""), ("上架工业APP", "186", "个"), ("开发者", "1.05万", ""), ("机理模型", "148", "个")],
        chart={"title": "设备接入趋势（2023年）", "axis": "单位：万台",
               "values": [("Q1", 0.82), ("Q2", 0.95), ("Q3", 1.11), ("Q4", 1.24)], "tooltip": ("2023-12 接入设备", "1.24")})
    H.save_png(img, root / s)
    files[s] = "evidence:screenshot"
    F.add("连接的工业设备/产品/产线种类及数量（台/套）", "1.24", "万台", 12400, s, 1, "1.24", "2023-12 接入设备",
          column_label="单位：万台", image_only=True)
    F.add("注册企业用户数（个）", "3,560", "户", 3560, s, 1, "3,560", "注册企业（户）", image_only=True)
    F.add("工业APP数量（个）", "186", "个", 186, s, 1, "186", "上架工业APP", image_only=True)
    F.add("开发者注册总数（个）", "1.05万", "个", 10500, s, 1, "1.05万", "开发者", image_only=True)
    F.add("工业机理模型数量（个）", "148", "个", 148, s, 1, "148", "机理模型", image_only=True)

    x = "附件3 证明材料/附件3-3 接入设备与存储资源统计.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "设备统计"
    ws.append(["二级分类", "接入数量（台（套））", "其中：公有云（台（套））", "公有云日均运行（台（套））"])
    cats = v["按二级分类统计工业设备数量（台/套）"]
    for k in cats:
        ws.append([k, cats[k], v["按二级分类统计公有云工业设备数量（台/套）"][k],
                   v["按二级分类统计公有云工业设备平均日运行数量（台/套）"][k]])
    ws.append(["合计", 12400, 8060, 5230])
    ws2 = wb.create_sheet("区域统计")
    ws2.append(["区域（设备所属企业注册地）", "接入数量（台（套））", "其中：公有云（台（套））", "公有云日均运行（台（套））"])
    for k, n in v["按省市区域统计工业设备数量（台/套）"].items():
        ws2.append([k, n, v["按省市区域统计公有云工业设备数量（台/套）"][k], v["按省市区域统计公有云工业设备平均日运行数量（台/套）"][k]])
    ws2.append(["合计", 12400, 8060, 5230])
    ws3 = wb.create_sheet("存储资源")
    ws3.append(["指标", "数值", "单位"])
    for row in (["存储容量", 1.5, "PB"], ["存储工业数据量", 0.75, "PB"], ["公有云数据总量", 312.5, "TB"],
                ["平台实际用云量（云服务器）", 96.5, "台"], ["其中：公有云服务器", 64, "台"]):
        ws3.append(row)
    ws3.append(["注：1PB=1024TB；数据截至2024年6月30日"])
    H.save_xlsx(wb, root / x)
    files[x] = "evidence:device_list"
    for lab, n, col in (("连接的工业设备/产品/产线种类及数量（台/套）", 12400, "接入数量（台（套））"),
                        ("公有云工业设备连接数量（台/套）", 8060, "其中：公有云（台（套））"),
                        ("公有云工业设备平均日运行数量（台/套）", 5230, "公有云日均运行（台（套））")):
        F.add(lab, str(n), "台（套）", n, x, 1, str(n), "合计", col)
    F.add("存储容量（TB）", "1.5", "PB", 1536.0, x, 3, "1.5", "存储容量", "数值")
    F.add("存储工业数据量（TB）", "0.75", "PB", 768.0, x, 3, "0.75", "存储工业数据量", "数值")
    F.add("公有云数据总量（TB）", "312.5", "TB", 312.5, x, 3, "312.5", "公有云数据总量", "数值")
    F.add("平台实际用云量（台）", "96.5", "台", 96.5, x, 3, "96.5", "平台实际用云量（云服务器）", "数值")

    o = "附件3 证明材料/附件3-4 平台应用运营数据说明.pdf"
    k1 = [["杀手锏APP", "订阅数（个）", "年累计调用（次）", "日均调用（次）"],
          ["BIM运维巡检", "612", "381,060", "1,044"], ["机电设备健康诊断", "486", "298,935", "819"],
          ["能耗监测分析", "371", "226,665", "621"], ["施工安全预警", "293", "168,630", "462"],
          ["空间资产管理", "218", "129,210", "354"], ["合计", "1,980", "1,204,500", "3,300"]]
    pg1 = (H.Page().center(60, "平台应用运营数据说明", 15)
           .text(40, 95, "一、杀手锏APP运行统计（统计期：2023年1月1日—2023年12月31日，共365天）", 10)
           .table(40, 110, [160, 100, 130, 110], k1)
           .text(40, 260, "二、工业APP订阅：工业APP订阅总数量 4,260 个，其中杀手锏工业APP订阅 1,980 个。", 10))
    pg2 = (H.Page().center(60, "用户、交易与就业情况", 15)
           .text(40, 100, "注册企业用户 3,560 户，其中付费企业 450 户。", 10)
           .text(40, 125, "付费企业占比（付费企业数/注册企业数）：0.1264", 10)
           .text(40, 160, "2023年平台交易额 5.86亿元，同比增长16.85%，增幅较上年提高2.10个百分点。", 10)
           .text(40, 195, "平台建设与运营带动新增就业 410 人；另开展平台技能培训 1,260 人次（不计入就业人数）。", 10))
    H.write_pdf([pg1, pg2], root / o)
    files[o] = "evidence:other"
    F.add("杀手锏APP日活次数（次）", "3,300", "次/日", 3300, o, 1, "3,300", "合计", "日均调用（次）")
    F.add("杀手锏工业APP订阅数量（个）", "1,980", "个", 1980, o, 1, "杀手锏工业APP订阅 1,980 个")
    F.add("工业APP订阅总数量（个）", "4,260", "个", 4260, o, 1, "工业APP订阅总数量 4,260 个")
    F.add("付费用户占比（%）", "0.1264", "", 12.64, o, 2, "0.1264", "付费企业占比（付费企业数/注册企业数）")
    F.add("平台交易规模年增长率（%）", "16.85%", "%", 16.85, o, 2, "同比增长16.85%")
    F.add("平台建设与运营带动新增就业人数（人）", "410", "人", 410, o, 2, "新增就业 410 人")
    F.add("付费企业数（个）", "450", "户", 450, o, 2, "付费企业 450 户")

    ipf = "附件3 证明材料/附件3-5 知识产权清单.pdf"
    H.write_pdf(ip_pages(p, 17, 26, "专利清单（共17项）", "软件著作权清单（共26项）"), root / ipf)
    files[ipf] = "evidence:patent_list"
    F.add("平台核心软硬件技术获得的专利数量（项）", "17", "项", 17, ipf, 1, "专利清单（共17项）", "专利清单")
    F.add("平台核心软硬件技术获得的软著数量（个）", "26", "项", 26, ipf, 2, "软件著作权清单（共26项）", "软件著作权清单")
    return files, F


# ====================================================================== P2 (人民币千元 audit)
def evidence_p2(root: Path, p, v):
    F = Facts()
    files = {}
    c = p["company_fin"]
    fin = p["fin"]
    k = lambda w: money(w * 10, 0)
    a = "证明材料/01_审计报告_2023_人民币千元.pdf"
    pages = [H.Page().center(180, "AUDITOR'S REPORT 审计报告", 18).center(220, p["company"], 14)
             .center(250, "2023年度财务报表及审计报告", 13).center(300, "沪信达审字(2024)第A-0612号", 10)
             .center(700, "沪信达国际会计师事务所（特殊普通合伙）", 10)]
    bs = [["项目 Item", "2023-12-31", "2022-12-31"], ["流动资产合计", k(52318.6), k(48806.1)],
          ["非流动资产合计", k(c["assets"] - 52318.6), k(31022.4)], ["资产总计 Total assets", k(c["assets"]), k(79828.5)],
          ["负债合计", k(52952.0), k(49011.2)]]
    pages.append(H.Page().center(60, "合并资产负债表 Consolidated Balance Sheet", 14)
                 .text(40, 92, "（除特别注明外，金额单位为人民币千元 Expressed in RMB'000）", 9)
                 .table(40, 110, [200, 150, 150], bs))
    pl = [["项目 Item", "2023年度", "2022年度"], ["营业收入 Revenue", k(c["rev"]), k(c["rev_prev"])],
          ["营业成本", k(121846.2), k(110522.9)], ["利润总额 Profit before tax", k(c["profit"]), k(5104.8)]]
    pages.append(H.Page().center(60, "合并利润表 Consolidated Income Statement", 14)
                 .text(40, 92, "（除特别注明外，金额单位为人民币千元 Expressed in RMB'000）", 9)
                 .table(40, 110, [200, 150, 150], pl))
    seg = [["项目", "2021年度", "2022年度", "2023年度"],
           ["平台业务收入", k(fin["r21"]), k(fin["r22"]), k(fin["r23"])],
           ["平台研发支出", k(590.4), k(648.2), k(fin["rd"])],
           ["平台分部利润总额", k(388.5), k(421.7), k(fin["profit"])],
           ["工业APP累计订阅金额", "—", "—", k(v["工业APP订阅总金额（万元）"])],
           ["杀手锏APP月均收入", "—", "—", k(32.6)]]
    pages.append(H.Page().center(60, "财务报表附注 十二、分部信息", 14)
                 .text(40, 92, "1. 工业互联网平台业务分部（金额单位：人民币千元）", 10)
                 .table(40, 110, [160, 110, 110, 110], seg)
                 .text(40, 250, "平台业务分部按平台订阅及平台服务合同口径从公司营业收入中拆分。", 9))
    H.write_pdf(pages, root / a)
    files[a] = "evidence:audit_report"
    F.add("总资产（万元）", k(c["assets"]), "千元", c["assets"], a, 2, k(c["assets"]), "资产总计 Total assets", "2023-12-31")
    F.add("主营业务收入（万元）", k(c["rev"]), "千元", c["rev"], a, 3, k(c["rev"]), "营业收入 Revenue", "2023年度")
    F.add("利润总额（万元）", k(c["profit"]), "千元", c["profit"], a, 3, k(c["profit"]), "利润总额 Profit before tax", "2023年度")
    F.add("平台相关营业收入（万元）", k(fin["r23"]), "千元", fin["r23"], a, 4, k(fin["r23"]), "平台业务收入", "2023年度")
    for y in (2021, 2022):
        w = fin[f"r{y % 100}"]
        F.add("平台近三年经营指标情况", k(w), "千元", w, a, 4, k(w), "平台业务收入", f"{y}年度", component=f"{y}年平台营收（万元）")
    F.add("平台相关研发投入（万元）", k(fin["rd"]), "千元", fin["rd"], a, 4, k(fin["rd"]), "平台研发支出", "2023年度")
    F.add("平台利润率（%）", k(fin["profit"]), "千元", fin["profit"], a, 4, k(fin["profit"]), "平台分部利润总额", "2023年度",
          component="平台利润总额（万元）")
    F.add("投资回报率（%）", k(fin["profit"]), "千元", fin["profit"], a, 4, k(fin["profit"]), "平台分部利润总额", "2023年度",
          component="平台年利润（万元）")
    F.add("工业APP订阅总金额（万元）", k(968.3), "千元", 968.3, a, 4, k(968.3), "工业APP累计订阅金额", "2023年度")
    F.add("杀手锏APP月平均收入（万元）", k(32.6), "千元", 32.6, a, 4, k(32.6), "杀手锏APP月均收入", "2023年度")

    x = "证明材料/02_接入设备清单.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "汇总"
    ws.append(["二级分类", "设备数（台）", "公有云（台）", "日均在线（台）"])
    for kk, n in v["按二级分类统计工业设备数量（台/套）"].items():
        ws.append([kk, n, v["按二级分类统计公有云工业设备数量（台/套）"][kk], v["按二级分类统计公有云工业设备平均日运行数量（台/套）"][kk]])
    ws.append(["合计", 8460, 8460, 5915])
    ws2 = wb.create_sheet("按区域")
    ws2.append(["省市", "设备数（台）", "日均在线（台）"])
    for kk, n in v["按省市区域统计工业设备数量（台/套）"].items():
        ws2.append([kk, n, v["按省市区域统计公有云工业设备平均日运行数量（台/套）"][kk]])
    ws2.append(["合计", 8460, 5915])
    H.save_xlsx(wb, root / x)
    files[x] = "evidence:device_list"
    F.add("连接的工业设备/产品/产线种类及数量（台/套）", "8460", "台", 8460, x, 1, "8460", "合计", "设备数（台）")
    F.add("公有云工业设备连接数量（台/套）", "8460", "台", 8460, x, 1, "8460", "合计", "公有云（台）")
    F.add("公有云工业设备平均日运行数量（台/套）", "5915", "台", 5915, x, 1, "5915", "合计", "日均在线（台）")

    s = "证明材料/03_平台运营截图.pdf"
    im1 = dashboard("MRO智能交易平台 · 经营驾驶舱", [
        ("注册企业", "4,860", "户"), ("付费用户占比", "12.61%", ""), ("工业APP", "148", "个"), ("开发者", "2,860", "人")])
    im2 = dashboard("云资源与订阅", [("存储容量", "860", "TB"), ("已用存储", "528.4", "TB"), ("APP订阅总数", "6,120", "个"),
                                      ("云服务器", "72", "台")])
    H.images_pdf([im1, im2], root / s)
    files[s] = "evidence:screenshot"
    F.add("注册企业用户数（个）", "4,860", "户", 4860, s, 1, "4,860", "注册企业", image_only=True)
    F.add("付费用户占比（%）", "12.61%", "%", 12.61, s, 1, "12.61%", "付费用户占比", image_only=True)
    F.add("开发者注册总数（个）", "2,860", "人", 2860, s, 1, "2,860", "开发者", image_only=True)
    F.add("存储容量（TB）", "860", "TB", 860.0, s, 2, "860", "存储容量", image_only=True)
    F.add("存储工业数据量（TB）", "528.4", "TB", 528.4, s, 2, "528.4", "已用存储", image_only=True)
    F.add("工业APP订阅总数量（个）", "6,120", "个", 6120, s, 2, "6,120", "APP订阅总数", image_only=True)
    F.add("平台实际用云量（台）", "72", "台", 72.0, s, 2, "72", "云服务器", image_only=True)

    ipf = "证明材料/04_知识产权证明清单.pdf"
    H.write_pdf(ip_pages(p, 9, 41, "专利（共9项）", "计算机软件著作权（共41件）"), root / ipf)
    files[ipf] = "evidence:patent_list"
    F.add("平台核心软硬件技术获得的专利数量（项）", "9", "项", 9, ipf, 1, "专利（共9项）", "专利")
    F.add("平台核心软硬件技术获得的软著数量（个）", "41", "件", 41, ipf, 2, "计算机软件著作权（共41件）", "计算机软件著作权")

    b = "证明材料/05_平台建设投入说明.pdf"
    rows = [["投入类别", "金额"], ["软件研发", money(2186.0 * 10000)], ["硬件及网络", money(1034.0 * 10000)],
            ["云资源及其他", money(760.0 * 10000)], ["合计", money(3980.0 * 10000)]]
    H.write_pdf([H.Page().center(60, "平台建设投入说明（2017年5月—2023年12月）", 14).text(470, 95, "单位：元", 9)
                 .table(40, 105, [200, 200], rows)], root / b)
    files[b] = "evidence:other"
    F.add("平台建设金额（万元）", money(39800000), "元", 3980.0, b, 1, money(39800000), "合计", "金额")
    return files, F


# ====================================================================== P3 (人民币百万元; 万元 note over two pages)
def evidence_p3(root: Path, p, v):
    F = Facts()
    files = {}
    c = p["company_fin"]
    fin = p["fin"]
    m = lambda w: money(w / 100)
    a = "03 证明材料/3-1 审计报告及平台专项说明.pdf"
    pages = [H.Page().center(200, p["company"], 17).center(240, "审计报告", 18).center(280, "2023年1月1日至2023年12月31日止", 11)
             .center(700, "浦江华信会计师事务所有限公司", 11)]
    bs = [["项目", "2023年12月31日", "2022年12月31日"], ["流动资产合计", m(214518.00), m(198402.00)],
          ["非流动资产合计", m(c["assets"] - 214518.00), m(158230.00)], ["资产总计", m(c["assets"]), m(356632.00)],
          ["负债合计", m(209957.00), m(190845.00)]]
    pages.append(H.Page().center(60, "合并资产负债表", 15).text(420, 92, "单位：人民币百万元", 9).table(40, 105, [200, 150, 150], bs))
    pl = [["项目", "2023年度", "2022年度"], ["营业收入", m(c["rev"]), m(c["rev_prev"])], ["营业成本", m(96312.00), m(87106.00)],
          ["利润总额", m(c["profit"]), m(7720.00)]]
    pg = (H.Page().center(60, "合并利润表", 15).text(420, 92, "单位：人民币百万元", 9).table(40, 105, [200, 150, 150], pl)
          .text(40, 220, "补充资料（单位：人民币百万元）：", 10)
          .table(40, 235, [300, 150], [["项目", "金额"], ["平台累计建设投入", m(fin["build"])],
                                       ["平台工业APP累计订阅金额", m(826.00)]]))
    pages.append(pg)
    rev = [["项目", "2021年度", "2022年度", "2023年度"], ["平台营业收入", money(fin["r21"]), money(fin["r22"]), money(fin["r23"])],
           ["其中：订阅服务收入", money(1620.52), money(2046.31), money(2518.40)],
           ["其中：解决方案收入", money(fin["r21"] - 1620.52), money(fin["r22"] - 2046.31), money(fin["r23"] - 2518.40)]]
    pages.append(H.Page().center(60, "零碳绿色工厂综合数智化管理平台经营数据专项说明", 14)
                 .text(40, 95, "金额单位：万元", 10).text(40, 115, "表1 平台营业收入拆分", 10).table(40, 125, [170, 110, 110, 110], rev)
                 .text(40, 230, "（续下页）", 9))
    cost = [["项目", "2023年度"], ["平台研发投入", money(fin["rd"])], ["平台营业成本", money(2984.12)],
            ["平台利润总额", money(fin["profit"])], ["杀手锏APP月均收入", money(21.34)]]
    pages.append(H.Page().text(40, 60, "表2 平台研发投入与利润（续）", 10).table(40, 75, [200, 140], cost)
                 .text(40, 200, "说明：平台收入按平台订阅及解决方案合同口径从公司营业收入中拆分。", 9))
    H.write_pdf(pages, root / a)
    files[a] = "evidence:audit_report"
    F.add("总资产（万元）", m(c["assets"]), "百万元", c["assets"], a, 2, m(c["assets"]), "资产总计", "2023年12月31日")
    F.add("主营业务收入（万元）", m(c["rev"]), "百万元", c["rev"], a, 3, m(c["rev"]), "营业收入", "2023年度")
    F.add("利润总额（万元）", m(c["profit"]), "百万元", c["profit"], a, 3, m(c["profit"]), "利润总额", "2023年度")
    F.add("平台建设金额（万元）", m(fin["build"]), "百万元", fin["build"], a, 3, m(fin["build"]), "平台累计建设投入", "金额")
    F.add("工业APP订阅总金额（万元）", m(826.00), "百万元", 826.0, a, 3, m(826.00), "平台工业APP累计订阅金额", "金额")
    F.add("平台相关营业收入（万元）", money(fin["r23"]), "万元", fin["r23"], a, 4, money(fin["r23"]), "平台营业收入", "2023年度")
    for y in (2021, 2022):
        w = fin[f"r{y % 100}"]
        F.add("平台近三年经营指标情况", money(w), "万元", w, a, 4, money(w), "平台营业收入", f"{y}年度", component=f"{y}年平台营收（万元）")
    F.add("平台相关研发投入（万元）", money(fin["rd"]), "万元", fin["rd"], a, 5, money(fin["rd"]), "平台研发投入", "2023年度")
    F.add("平台利润率（%）", money(fin["profit"]), "万元", fin["profit"], a, 5, money(fin["profit"]), "平台利润总额", "2023年度",
          component="平台利润总额（万元）")
    F.add("投资回报率（%）", money(fin["profit"]), "万元", fin["profit"], a, 5, money(fin["profit"]), "平台利润总额", "2023年度",
          component="平台年利润（万元）")
    F.add("杀手锏APP月平均收入（万元）", money(21.34), "万元", 21.34, a, 5, money(21.34), "杀手锏APP月均收入", "2023年度")

    st = "03 证明材料/3-2 存储资源与数据量报告.pdf"
    rows = [["项目", "数值", "单位"], ["存储容量", "1.25", "PB"], ["存储工业数据量", "0.80", "PB"], ["其中：公有云数据总量", "0.38", "PB"],
            ["云服务器（已云化）", "58.5", "台"], ["其中：公有云服务器", "36", "台"]]
    H.write_pdf([H.Page().center(60, "平台存储资源与数据量报告", 15).text(40, 95, "统计时点：2024年6月30日", 10)
                 .table(40, 110, [220, 120, 80], rows).text(40, 240, "注：1PB=1024TB，1TB=1024GB。", 9)], root / st)
    files[st] = "evidence:other"
    F.add("存储容量（TB）", "1.25", "PB", 1280.0, st, 1, "1.25", "存储容量", "数值")
    F.add("存储工业数据量（TB）", "0.80", "PB", 819.2, st, 1, "0.80", "存储工业数据量", "数值")
    F.add("公有云数据总量（TB）", "0.38", "PB", 389.12, st, 1, "0.38", "其中：公有云数据总量", "数值")
    F.add("平台实际用云量（台）", "58.5", "台", 58.5, st, 1, "58.5", "云服务器（已云化）", "数值")

    tr = "03 证明材料/3-3 平台交易规模统计.pdf"
    rows = [["年度", "平台交易额（万元）", "同比增长"], ["2021年", "94,254.00", "—"], ["2022年", "108,600.00", "15.22%"],
            ["2023年", "128,600.00", "18.42%"]]
    H.write_pdf([H.Page().center(60, "平台交易规模统计", 15).table(40, 100, [120, 160, 120], rows)
                 .text(40, 200, "2023年平台交易规模同比增长18.42%，增幅较上年提高3.20个百分点。", 10)], root / tr)
    files[tr] = "evidence:other"
    F.add("平台交易规模年增长率（%）", "18.42%", "%", 18.42, tr, 1, "18.42%", "2023年", "同比增长")

    s = "03 证明材料/3-4 设备接入截图.png"
    img = dashboard("零碳工厂数智平台 · 设备接入", [("接入设备", "6,420", "台"), ("公有云接入", "4,180", "台"),
                                                     ("日均在线", "3,020", "台"), ("协议适配", "74", "种")])
    H.save_png(img, root / s)
    files[s] = "evidence:screenshot"
    F.add("连接的工业设备/产品/产线种类及数量（台/套）", "6,420", "台", 6420, s, 1, "6,420", "接入设备", image_only=True)
    F.add("公有云工业设备连接数量（台/套）", "4,180", "台", 4180, s, 1, "4,180", "公有云接入", image_only=True)
    F.add("公有云工业设备平均日运行数量（台/套）", "3,020", "台", 3020, s, 1, "3,020", "日均在线", image_only=True)
    F.add("工业协议兼容适配数量（个）", "74", "种", 74, s, 1, "74", "协议适配", image_only=True)

    x = "03 证明材料/3-5 知识产权清单.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "专利"
    ws.append(["序号", "专利名称", "专利号", "权利人"])
    for i in range(21):
        ws.append([i + 1, f"一种工厂能碳数据处理方法{i + 1}", f"ZL2020{1130000 + i * 41}.{i % 10}", p["company"]])
    ws.append(["合计：21项"])
    ws2 = wb.create_sheet("软件著作权")
    ws2.append(["序号", "软件名称", "登记号", "著作权人"])
    for i in range(33):
        ws2.append([i + 1, f"零碳工厂管理软件V{1 + i % 3}.{i % 10}", f"2021SR{1400000 + i * 97}", p["company"]])
    ws2.append(["合计：33件"])
    H.save_xlsx(wb, root / x)
    files[x] = "evidence:patent_list"
    F.add("平台核心软硬件技术获得的专利数量（项）", "21", "项", 21, x, 1, "合计：21项", "合计")
    F.add("平台核心软硬件技术获得的软著数量（个）", "33", "件", 33, x, 2, "合计：33件", "合计")
    return files, F


# ====================================================================== P4 (金额（万元） header / footnote; 万台 axis)
def evidence_p4(root: Path, p, v):
    F = Facts()
    files = {}
    fin = p["fin"]
    a = "证明材料/附件3-1 平台经营情况专项审计报告.pdf"
    t1 = [["项目", "2021年 金额（万元）", "2022年 金额（万元）", "2023年 金额（万元）"],
          ["平台营业收入", money(fin["r21"]), money(fin["r22"]), money(fin["r23"])],
          ["平台研发投入", money(402.15), money(436.92), money(fin["rd"])],
          ["平台利润总额", money(204.36), money(266.08), money(fin["profit"])]]
    t2 = [["项目", "金额"], ["软件研发", money(1826.00)], ["边缘网关及硬件", money(904.00)], ["云资源", money(530.00)],
          ["平台建设投入合计", money(fin["build"])], ["工业APP累计订阅金额", money(436.80)], ["杀手锏APP月均收入", money(14.20)]]
    pages = [H.Page().center(200, p["company"], 17).center(240, "工业互联网平台经营情况专项审计报告", 16)
             .center(280, "沪明诚专审字（2024）第0721号", 10).center(700, "上海明诚会计师事务所（普通合伙）", 11),
             H.Page().center(60, "一、平台经营数据", 14).table(40, 90, [130, 125, 125, 125], t1, size=9)
             .text(40, 190, "平台营业收入按平台订阅与运维服务合同口径从公司营业收入中拆分。", 9),
             H.Page().center(60, "二、平台建设投入及订阅收入", 14).table(40, 90, [220, 160], t2)
             .text(40, 240, "注：本表金额单位为万元。", 9)]
    H.write_pdf(pages, root / a)
    files[a] = "evidence:audit_report"
    F.add("平台相关营业收入（万元）", money(fin["r23"]), "万元", fin["r23"], a, 2, money(fin["r23"]), "平台营业收入", "2023年 金额（万元）")
    for y in (2021, 2022):
        w = fin[f"r{y % 100}"]
        F.add("平台近三年经营指标情况", money(w), "万元", w, a, 2, money(w), "平台营业收入", f"{y}年 金额（万元）",
              component=f"{y}年平台营收（万元）")
    F.add("平台相关研发投入（万元）", money(fin["rd"]), "万元", fin["rd"], a, 2, money(fin["rd"]), "平台研发投入", "2023年 金额（万元）")
    F.add("平台利润率（%）", money(fin["profit"]), "万元", fin["profit"], a, 2, money(fin["profit"]), "平台利润总额",
          "2023年 金额（万元）", component="平台利润总额（万元）")
    F.add("投资回报率（%）", money(fin["profit"]), "万元", fin["profit"], a, 2, money(fin["profit"]), "平台利润总额",
          "2023年 金额（万元）", component="平台年利润（万元）")
    F.add("平台建设金额（万元）", money(fin["build"]), "万元", fin["build"], a, 3, money(fin["build"]), "平台建设投入合计", "金额")
    F.add("工业APP订阅总金额（万元）", money(436.80), "万元", 436.8, a, 3, money(436.80), "工业APP累计订阅金额", "金额")
    F.add("杀手锏APP月平均收入（万元）", money(14.20), "万元", 14.2, a, 3, money(14.20), "杀手锏APP月均收入", "金额")

    s = "证明材料/附件3-2 设备接入看板.png"
    img = dashboard("易维讯 · 设备接入看板", [("合作平台", "5", "个"), ("工业APP", "64", "个"), ("服务企业", "842", "家")],
                    chart={"title": "设备接入总量（按季度）", "axis": "单位：万台",
                           "values": [("2023Q1", 2.41), ("2023Q2", 2.66), ("2023Q3", 2.90), ("2023Q4", 3.12)],
                           "tooltip": ("设备接入总量", "3.12")})
    H.save_png(img, root / s)
    files[s] = "evidence:screenshot"
    F.add("连接的工业设备/产品/产线种类及数量（台/套）", "3.12", "万台", 31200, s, 1, "3.12", "设备接入总量",
          column_label="单位：万台", image_only=True)
    F.add("工业APP数量（个）", "64", "个", 64, s, 1, "64", "工业APP", image_only=True)
    F.add("实际服务企业数（个）", "842", "家", 842, s, 1, "842", "服务企业", image_only=True)

    lg = "证明材料/附件3-3 杀手锏APP运行日志统计.pdf"
    rows = [["排名", "杀手锏APP", "订阅数（个）", "年调用次数（次/年）"], ["1", "挖机远程诊断", "356", "552,880"],
            ["2", "保养提醒", "248", "384,710"], ["3", "油耗分析", "182", "282,145"], ["4", "工况回放", "138", "190,530"],
            ["5", "配件追溯", "96", "122,735"], ["", "合计", "1,020", "1,533,000"]]
    H.write_pdf([H.Page().center(60, "杀手锏APP运行日志统计（2023年1月—12月）", 14).table(40, 95, [50, 170, 110, 150], rows)
                 .text(40, 250, "统计期共365天；杀手锏APP日均调用 4,200 次。", 10),
                 H.Page().center(60, "平台资源与用户统计（截至2024年6月30日）", 14)
                 .text(40, 100, "存储容量 320 TB；已存储工业数据 186.4 TB，其中公有云数据 142.6 TB。", 10)
                 .text(40, 125, "注册企业用户 1,260 户，其中付费企业 298 户。", 10)
                 .text(40, 150, "开发者注册 680 人，其中活跃开发者 142 人。", 10)
                 .text(40, 175, "微服务 212 个，其中活跃微服务 118 个。", 10)], root / lg)
    files[lg] = "evidence:other"
    F.add("杀手锏APP日活次数（次）", "4,200", "次/日", 4200, lg, 1, "日均调用 4,200 次")
    F.add("杀手锏工业APP订阅数量（个）", "1,020", "个", 1020, lg, 1, "1,020", "合计", "订阅数（个）")
    F.add("存储容量（TB）", "320", "TB", 320.0, lg, 2, "存储容量 320 TB")
    F.add("存储工业数据量（TB）", "186.4", "TB", 186.4, lg, 2, "已存储工业数据 186.4 TB")
    F.add("公有云数据总量（TB）", "142.6", "TB", 142.6, lg, 2, "公有云数据 142.6 TB")
    F.add("注册企业用户数（个）", "1,260", "户", 1260, lg, 2, "注册企业用户 1,260 户")
    F.add("付费企业数（个）", "298", "户", 298, lg, 2, "付费企业 298 户")
    F.add("开发者注册总数（个）", "680", "人", 680, lg, 2, "开发者注册 680 人")
    F.add("微服务数量（个）", "212", "个", 212, lg, 2, "微服务 212 个")

    jb = "证明材料/附件3-4 带动就业情况说明.pdf"
    H.write_pdf([H.Page().center(60, "平台建设与运营带动就业情况说明", 15)
                 .text(40, 100, "截至2024年6月30日，平台建设与运营带动新增就业岗位 415 人；", 10)
                 .text(40, 125, "平台组织工程机械后市场技师培训与上岗服务累计 1,260 人次。", 10)], root / jb)
    files[jb] = "evidence:other"
    F.add("平台建设与运营带动新增就业人数（人）", "415", "人", 415, jb, 1, "新增就业岗位 415 人")

    ipf = "证明材料/附件3-5 知识产权清单.pdf"
    H.write_pdf(ip_pages(p, 8, 19, "专利清单（共8项）", "软件著作权清单（共19项）"), root / ipf)
    files[ipf] = "evidence:patent_list"
    F.add("平台核心软硬件技术获得的专利数量（项）", "8", "项", 8, ipf, 1, "专利清单（共8项）", "专利清单")
    F.add("平台核心软硬件技术获得的软著数量（个）", "19", "项", 19, ipf, 2, "软件著作权清单（共19项）", "软件著作权清单")
    return files, F


# ====================================================================== assembly
def summary_truth(v: dict, override: dict) -> list[dict]:
    rows = []
    for l in LABELS:
        val = v[l]
        if l in override:
            value, norm = override[l]
        elif val is None:
            value, norm = "", None
        elif l == "数据分析平台均速度（每TB分级/秒级/毫秒级）":
            value, norm = val, val[:2]
        else:
            value, norm = fmt(l, val), val
        rows.append({"label": l, "value": value, "normalized": norm})
    return rows


def problem(pid, n, family, fields, files, severity, description):
    return {"id": f"{pid}-{n:02d}-{family}", "family": family, "fields": fields, "files": files,
            "severity": severity, "description": description}


EXTRA = {
    "h56_01_jiangong4_clean": dict(uscc="91310104132200481X", legal="周建华", secret="Sj4Bim#2024"),
    "h56_02_aimuyi_qianyuan": dict(uscc="91310107631218845K", legal="王志刚", secret="MiScm!0715"),
    "h56_03_tansuo_baiwanyuan": dict(uscc="91310112MA1GB3QK2P", legal="林思远", secret="Ts0Carbon$24"),
    "h56_04_huaxing_wanyuan": dict(uscc="91310115MA1K4R8N6D", legal="贺振东", secret="Hx-Ewx2024*"),
}


def build_package(p: dict, out: Path) -> dict:
    p = {**p, **EXTRA[p["id"]]}
    pid = p["id"]
    v = values(p)
    root = out / "packages" / pid
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    sh = p["short"]
    display, summ_override, truth_override, problems, layout = {}, {}, {}, [], []
    files: dict[str, str] = {}

    if pid.startswith("h56_01"):
        ev_files, facts = evidence_p1(root, p, v)
        p["proofs"] = {"平台相关营业收入（万元）": "附件3-1 第4页", "平台相关研发投入（万元）": "附件3-1 第4页",
                       "连接的工业设备/产品/产线种类及数量（台/套）": "附件3-3 设备统计；附件3-2",
                       "存储容量（TB）": "附件3-3 存储资源", "杀手锏APP日活次数（次）": "附件3-4 第1页",
                       "付费用户占比（%）": "附件3-4 第2页", "平台核心软硬件技术获得的专利数量（项）": "附件3-5 第1页"}
        form = f"附件2 申报表（{sh}）.docx"
        docs.form_docx(p, v, display, root / form)
        files[form] = "申报表"
        scan = f"附件2 申报表（{sh}）盖章扫描件.pdf"
        docs.form_scan(p, v, display, root / scan, seed=12)
        files[scan] = "申报表扫描件"
        summ = f"附件4 平台基本情况汇总表（{sh}）.xlsx"
        docs.summary_xlsx_vertical(p, v, summ_override, root / summ)
        files[summ] = "汇总表"
        com = "附件5 真实性承诺（盖章）.pdf"
        H.scan_pdf(docs.commitment_pages(p), root / com, p["company"], seal_pages=(0,), seed=121)
        files[com] = "承诺"
        book = f"附件3 申报书（{sh}）.docx"
        layout = ["naming:附件N (short)", "evidence_dir:附件3 证明材料", "form:docx+scan", "summary:xlsx-vertical",
                  "commitment:scan", "audit_unit:元(单位：元)", "platform_note:元", "screenshot:png axis 单位：万台",
                  "device_unit:台（套）", "storage:PB(1PB=1024TB)", "calls:次/年+次/日", "jobs:人 vs 人次",
                  "rate:fraction in evidence", "growth:个百分点 in evidence", "section7"]
    elif pid.startswith("h56_02"):
        ev_files, facts = evidence_p2(root, p, v)
        display["付费用户占比（%）"] = "0.1261"
        summ_override["付费用户占比（%）"] = "0.1261"
        truth_override["付费用户占比（%）"] = ("0.1261", 0.1261)
        summ_override["平台建设金额（万元）"] = "39800000"
        p["proofs"] = {"平台相关营业收入（万元）": "01审计报告 附注十二", "工业APP订阅总金额（万元）": "01审计报告 附注十二",
                       "杀手锏APP月平均收入（万元）": "01审计报告 附注十二", "连接的工业设备/产品/产线种类及数量（台/套）": "02接入设备清单",
                       "付费用户占比（%）": "03平台运营截图 第1页"}
        p["font"] = "微软雅黑"
        form = "申报文件/附件2_申报表_爱姆意.docx"
        docs.form_docx(p, v, display, root / form)
        files[form] = "申报表"
        scan = "申报文件/附件2_申报表_爱姆意(盖章).pdf"
        docs.form_scan(p, v, display, root / scan, seed=7)
        files[scan] = "申报表扫描件"
        summ = "申报文件/附件4_平台基本情况汇总表_爱姆意.xlsx"
        docs.summary_xlsx_horizontal(p, v, summ_override, root / summ)
        files[summ] = "汇总表"
        com = "申报文件/附件5_真实性承诺_爱姆意.docx"
        docs.commitment_docx(p, root / com)
        files[com] = "承诺"
        book = "申报文件/附件3_申报书_爱姆意.docx"
        layout = ["naming:附件N_…_short", "dirs:申报文件/ + 证明材料/", "form:docx+scan", "summary:xlsx-horizontal",
                  "commitment:docx", "audit_unit:人民币千元 (RMB'000, foreign-style)", "platform_note:千元 segment note",
                  "device_unit:台", "screenshots:pdf-image", "build_cost:元", "section7"]
        audit = ev_files and "证明材料/01_审计报告_2023_人民币千元.pdf"
        problems = [
            problem(pid, 1, "declared_vs_evidence", ["杀手锏APP月平均收入（万元）"], [form, audit], "error",
                    "申报表填报杀手锏APP月平均收入326.00万元，审计报告附注十二（金额单位：人民币千元）所列“杀手锏APP月均收入”为326千元，"
                    "即32.60万元：把千元数字当作万元填报，偏大10倍"),
            problem(pid, 2, "summary_vs_form", ["平台建设金额（万元）"], [summ, form], "error",
                    "汇总表“平台建设金额（万元）”填39800000（元口径数字），申报表为3980.00万元，汇总表与申报表不一致（差1万倍）"),
            problem(pid, 3, "answer_format", ["付费用户占比（%）"], [form], "error",
                    "付费用户占比以小数0.1261填报，指标单位为%且要求保留2位小数，应为12.61（付费企业数613÷注册企业用户数4860×100%；截图亦显示12.61%）"),
        ]
    elif pid.startswith("h56_03"):
        ev_files, facts = evidence_p3(root, p, v)
        p["proofs"] = {"平台相关营业收入（万元）": "3-1 第4页", "平台相关研发投入（万元）": "3-1 第5页",
                       "存储容量（TB）": "3-2", "公有云数据总量（TB）": "3-2", "平台交易规模年增长率（%）": "3-3",
                       "工业APP订阅总金额（万元）": "3-1 第3页"}
        p["font"] = "仿宋"
        form = "01 申报表/碳索-附件2申报表.docx"
        docs.form_docx(p, v, display, root / form)
        files[form] = "申报表"
        scan = "01 申报表/碳索-附件2申报表-盖章.pdf"
        docs.form_scan(p, v, display, root / scan, seed=27)
        files[scan] = "申报表扫描件"
        summ = "04 汇总表/碳索-附件4汇总表.xlsx"
        docs.summary_xlsx_vertical(p, v, summ_override, root / summ)
        files[summ] = "汇总表"
        com = "05 承诺/碳索-附件5真实性承诺-盖章.pdf"
        H.scan_pdf(docs.commitment_pages(p), root / com, p["company"], seal_pages=(0,), seed=271)
        files[com] = "承诺"
        book = "02 申报书/碳索-附件3申报书.docx"
        layout = ["naming:numbered folders", "form:docx+scan", "summary:xlsx-vertical", "commitment:scan",
                  "audit_unit:人民币百万元", "platform_note:万元, unit only on first page (续表 without unit)",
                  "storage:PB(1PB=1024TB)", "trade:万元/亿元 + 个百分点", "device_unit:台", "ip:xlsx two sheets", "no_section7"]
        audit = "03 证明材料/3-1 审计报告及平台专项说明.pdf"
        problems = [
            problem(pid, 1, "declared_vs_evidence", ["工业APP订阅总金额（万元）"], [form, audit], "error",
                    "申报表填报工业APP订阅总金额8.26万元，审计报告第3页补充资料（单位：人民币百万元）为8.26百万元，即826.00万元：百万元数字直接当作万元填报"),
            problem(pid, 2, "declared_vs_evidence", ["公有云数据总量（TB）"], [form, "03 证明材料/3-2 存储资源与数据量报告.pdf"], "error",
                    "申报表填报公有云数据总量0.38TB，存储资源报告为0.38PB（注：1PB=1024TB），即389.12TB：PB数字当作TB填报"),
            problem(pid, 3, "declared_vs_evidence", ["平台交易规模年增长率（%）"], [form, "03 证明材料/3-3 平台交易规模统计.pdf"], "error",
                    "申报表填报平台交易规模年增长率3.20%，交易规模统计显示2023年同比增长18.42%（128,600.00÷108,600.00−1），"
                    "3.20是“增幅较上年提高3.20个百分点”的百分点变化而非增长率"),
        ]
    else:
        ev_files, facts = evidence_p4(root, p, v)
        summ_override["平台相关研发投入（万元）"] = "4,826,300元"
        p["proofs"] = {"平台相关营业收入（万元）": "附件3-1 第2页", "连接的工业设备/产品/产线种类及数量（台/套）": "附件3-2 看板截图",
                       "杀手锏APP日活次数（次）": "附件3-3", "平台建设与运营带动新增就业人数（人）": "附件3-4"}
        p["font"] = "宋体"
        form = "附件2 申报表-华兴数字.xlsx"
        docs.form_xlsx(p, v, display, root / form)
        files[form] = "申报表"
        scan = "附件2 申报表-华兴数字（盖章版）.pdf"
        docs.form_scan(p, v, display, root / scan, seed=15)
        files[scan] = "申报表扫描件"
        summ = "附件4 平台基本情况汇总表-华兴数字.docx"
        docs.summary_docx(p, v, summ_override, root / summ)
        files[summ] = "汇总表"
        com = "附件5 真实性承诺-华兴数字.docx"
        docs.commitment_docx(p, root / com)
        files[com] = "承诺"
        book = "附件3 申报书-华兴数字.docx"
        layout = ["naming:附件N …-short", "form:xlsx+scan (no docx)", "summary:docx", "commitment:docx",
                  "platform_note:金额（万元） in column header; 注：本表金额单位为万元 footnote",
                  "screenshot:png axis 单位：万台 + tooltip", "calls:次/年 table + 日均 sentence", "jobs:人 vs 人次",
                  "overseas:越南Vietnam/印度尼西亚Indonesia", "no_section7"]
        audit = "证明材料/附件3-1 平台经营情况专项审计报告.pdf"
        problems = [
            problem(pid, 1, "screenshot_vs_form", ["连接的工业设备/产品/产线种类及数量（台/套）"], ["证明材料/附件3-2 设备接入看板.png", form],
                    "error", "设备接入看板纵轴“单位：万台”，2023Q4设备接入总量3.12（万台）即31,200台；申报表填报连接的工业设备3120台/套，按千台读数，偏小10倍"),
            problem(pid, 2, "declared_vs_evidence", ["杀手锏APP日活次数（次）"], [form, "证明材料/附件3-3 杀手锏APP运行日志统计.pdf"], "error",
                    "杀手锏APP日活次数应填近一年日平均值；申报表填1533000，是日志统计的年调用次数合计（次/年），日均为4,200次"),
            problem(pid, 3, "declared_vs_evidence", ["平台建设与运营带动新增就业人数（人）"], [form, "证明材料/附件3-4 带动就业情况说明.pdf"],
                    "warning", "申报表填报带动新增就业人数1260人，就业说明中新增就业岗位为415人，1,260为培训与上岗服务的“人次”，以人次计人数存疑"),
            problem(pid, 4, "summary_vs_form", ["平台相关研发投入（万元）"], [summ, form], "warning",
                    "汇总表“平台相关研发投入（万元）”一栏写“4,826,300元”，申报表为482.63万元：金额折算相等，但未按模板单位（万元）填写"),
        ]
    for f, role in ev_files.items():
        files[f] = role
    contact = next((k for k in files if k.startswith("附件1")), None)
    contact = {"h56_01": "附件1 联系人信息反馈表（建工四建）.docx", "h56_02": "申报文件/附件1_联系人信息反馈表_爱姆意.docx",
               "h56_03": "01 申报表/碳索-附件1联系人信息反馈表.docx", "h56_04": "附件1 联系人信息反馈表-华兴数字.docx"}[pid[:6]]
    docs.contact_docx(p, v, root / contact)
    files[contact] = "联系人表"
    docs.shenbaoshu_docx(p, v, sorted(ev_files), root / book)
    files[book] = "申报书"

    if not problems:
        bad = check_clean(v)
        assert not bad, bad
    truth = {
        "schema_version": 1, "package_id": pid,
        "description": p.get("desc", ""),
        "path": f"{REL}/{pid}", "delivery": "folder",
        "platform": {"list_no": p["no"], "listed_name": p["listed_name"], "company": p["company"],
                     "declared_name": p["declared_name"], "participated_2023": p["p2023"]},
        "layout": layout, "files": dict(sorted(files.items())), "secrets": [p["secret"]],
        "summary_rows": summary_truth(v, truth_override), "evidence_facts": list(facts), "problems": problems,
    }
    return truth


DESCS = {
    "h56_01_jiangong4_clean": "序号12建工四建BIM平台，干净包：审计报告以元列示（单位：元），截图单位在纵轴（单位：万台），存储以PB给出（注明1PB=1024TB），"
                              "杀手锏APP同时给出次/年与次/日，就业同时给出人与人次，付费占比以小数给出，增长率另附个百分点；换算后全部一致。",
    "h56_02_aimuyi_qianyuan": "序号7爱姆意平台，审计报告以人民币千元列示；3个问题：杀手锏APP月平均收入千元当万元、汇总表建设金额写元口径数字、付费用户占比以小数填报。",
    "h56_03_tansuo_baiwanyuan": "序号27碳索平台，公司报表人民币百万元、平台专项说明万元且续表页无单位；3个问题：订阅总金额百万元当万元、公有云数据总量PB当TB、交易规模增长率填成个百分点。",
    "h56_04_huaxing_wanyuan": "序号15华兴数字平台，金额单位在列头（金额（万元））或脚注；4个问题：截图万台读成千台、杀手锏APP日活次数填年合计、就业人次当人数、汇总表研发投入写成元。",
}


def main(argv=None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(HERE))
    args = ap.parse_args(argv)
    out = Path(args.out)
    (out / "truth").mkdir(parents=True, exist_ok=True)
    for p in (P1, P2, P3, P4):
        t = build_package({**p, "desc": DESCS[p["id"]]}, out)
        t["path"] = f"{REL}/{p['id']}"
        PackageTruth.model_validate(t)
        (out / "truth" / f"{p['id']}.json").write_text(json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(p["id"], len(t["files"]), "files", len(t["evidence_facts"]), "facts", len(t["problems"]), "problems")


if __name__ == "__main__":
    main()
