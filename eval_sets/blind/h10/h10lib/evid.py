"""Non-financial evidence: device statistics, IP lists, award lists, screenshots."""
from __future__ import annotations

import random

import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from . import base
from .forms import Pkg, fnum, save_xlsx


def c(v):
    return f"{v:,}"


def device_pdf(p: Pkg, rel: str, title: str, cols: tuple, font="STSong-Light", note="", date="2024年7月10日",
               cat_title="表1  按设备二级分类统计", reg_title="表2  按设备所属企业注册地统计", ovs_title="表3  海外设备按国家统计",
               overseas_label="海外合计", one_page=True, stamp_text=None):
    """cols: (总数列名, 公有云列名, 日均运行列名). Adds facts for the 合计 row and the overseas total."""
    d = p.decl
    p.add(rel, "evidence:device_list")
    st = base.styles(font, 10)
    cat = d["按二级分类统计工业设备数量（台/套）"]
    pc = d["按二级分类统计公有云工业设备数量（台/套）"]
    dc = d["按二级分类统计公有云工业设备平均日运行数量（台/套）"]
    rows = [["设备类别（附录A）", *cols]]
    for k in cat:
        rows.append([k, c(cat[k]), c(pc[k]), c(dc[k])])
    tot = d["连接的工业设备/产品/产线种类及数量（台/套）"], d["公有云工业设备连接数量（台/套）"], d["公有云工业设备平均日运行数量（台/套）"]
    rows.append(["合计", c(tot[0]), c(tot[1]), c(tot[2])])
    reg = d["按省市区域统计工业设备数量（台/套）"]
    pr = d["按省市区域统计公有云工业设备数量（台/套）"]
    dr = d["按省市区域统计公有云工业设备平均日运行数量（台/套）"]
    rrows = [["区域", *cols]]
    for k in reg:
        rrows.append([k, c(reg[k]), c(pr[k]), c(dr[k])])
    rrows.append(["合计", c(tot[0]), c(tot[1]), c(tot[2])])
    w = [52 * mm, 38 * mm, 38 * mm, 38 * mm]
    pg1 = [Paragraph(base.esc(title), st["h"]),
           Paragraph(base.esc(f"填报单位：{p.company}        统计截止日：{date}        单位：台/套"), st["small"]),
           Spacer(1, 3 * mm), Paragraph(cat_title, st["h2"]), base.table(rows, w, st, num_cols=(1, 2, 3)),
           Spacer(1, 4 * mm)]
    pg2 = [Paragraph(reg_title, st["h2"]), base.table(rrows, w, st, num_cols=(1, 2, 3)), Spacer(1, 4 * mm)]
    ovs = d.get("按海外国家分类统计海外设备连接数量（台/套）") or {}
    if ovs:
        orows = [["国家", "连接数量"]] + [[k, c(v)] for k, v in ovs.items()] + [[overseas_label, c(sum(ovs.values()))]]
        pg2 += [Paragraph(ovs_title, st["h2"]), base.table(orows, [60 * mm, 40 * mm], st, num_cols=(1,))]
    if note:
        pg2 += [Spacer(1, 4 * mm), Paragraph(base.esc(note), st["small"])]
    pg2 += [Spacer(1, 6 * mm), Paragraph(base.esc(f"{p.company}  平台运营中心（数据来源：平台设备管理模块导出）"), st["r"])]
    pages = [pg1 + pg2] if one_page else [pg1, pg2]
    base.build_pdf(p.root / rel, pages, font=font, header=f"{p.declared_name} · 设备接入统计")
    pg_reg = 1 if one_page else 2
    labels = ("连接的工业设备/产品/产线种类及数量（台/套）", "公有云工业设备连接数量（台/套）", "公有云工业设备平均日运行数量（台/套）")
    for lab, v, col in zip(labels, tot, cols):
        p.fact(lab, c(v), "台/套", v, rel, 1, row="合计", col=col)
    if ovs:
        p.fact("海外设备连接数量（台/套）", c(sum(ovs.values())), "台/套", sum(ovs.values()), rel, pg_reg, row=overseas_label,
               col="连接数量")


PAT_A = ["一种基于", "一种面向", "一种用于", "基于", "一种融合"]
PAT_B = ["边缘计算", "数字孪生", "时序数据", "多源异构数据", "知识图谱", "深度强化学习", "5G切片", "联邦学习", "工业标识解析", "机理与数据混合建模"]
PAT_C = ["的设备故障预警方法", "的工况识别方法及系统", "的能效优化方法", "的数据采集装置", "的质量追溯方法", "的调度优化系统",
         "的协议自适应转换方法", "的异常检测方法及存储介质", "的预测性维护方法", "的资源编排方法"]
SW_A = ["工业互联网平台", "设备远程运维", "能耗监测分析", "数据采集网关", "生产执行协同", "供应链协同", "质量追溯", "边缘管理",
        "数字孪生可视化", "工业APP开发", "模型管理", "安全审计"]
SW_B = ["系统", "软件", "平台", "管理系统", "服务系统"]


def ip_items(seed: int, n_pat: int, n_sw: int):
    rng = random.Random(seed)
    pats, sws = [], []
    used = set()
    while len(pats) < n_pat:
        t = rng.choice(PAT_A) + rng.choice(PAT_B) + rng.choice(PAT_C)
        if t in used:
            continue
        used.add(t)
        y = rng.choice([2019, 2020, 2021, 2022, 2023, 2024])
        kind = rng.choice(["发明专利", "发明专利", "实用新型"])
        no = f"ZL{y - rng.randint(1, 2)}{rng.randint(1, 2)}{rng.randint(10000000, 99999999)}.{rng.randint(0, 9)}"
        pats.append((t, kind, no, f"{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"))
    while len(sws) < n_sw:
        t = rng.choice(SW_A) + rng.choice(SW_B) + f"V{rng.randint(1, 5)}.{rng.randint(0, 9)}"
        if t in used:
            continue
        used.add(t)
        y = rng.choice([2018, 2019, 2020, 2021, 2022, 2023, 2024])
        sws.append((t, f"{y}SR{rng.randint(1000000, 1999999):07d}", f"{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"))
    return pats, sws


def ip_pdf(p: Pkg, rel: str, n_pat: int, n_sw: int, seed: int, owner: str, font="STSong-Light",
           pat_title=None, sw_title=None, extra_note=""):
    """Patent list then software-copyright list, each on its own page(s); returns (pat_page, sw_page)."""
    p.add(rel, "evidence:patent_list")
    st = base.styles(font, 9.5)
    pats, sws = ip_items(seed, n_pat, n_sw)
    pat_title = pat_title or f"一、平台核心技术相关授权专利（共{n_pat}项）"
    sw_title = sw_title or f"二、计算机软件著作权登记清单（共{n_sw}项）"
    prow = [["序号", "专利名称", "类型", "专利号", "授权公告日", "专利权人"]] + [
        [str(i), t, k, no, dt, owner] for i, (t, k, no, dt) in enumerate(pats, 1)]
    srow = [["序号", "软件名称", "登记号", "登记日期", "著作权人"]] + [
        [str(i), t, no, dt, owner] for i, (t, no, dt) in enumerate(sws, 1)]
    pages = [[Paragraph("知识产权清单", st["h"]), Paragraph(base.esc(pat_title), st["h2"]),
              base.table(prow, [10 * mm, 62 * mm, 16 * mm, 32 * mm, 20 * mm, 30 * mm], st)]]
    pages.append([Paragraph(base.esc(sw_title), st["h2"]),
                  base.table(srow, [10 * mm, 66 * mm, 34 * mm, 22 * mm, 38 * mm], st)]
                 + ([Spacer(1, 4 * mm), Paragraph(base.esc(extra_note), st["small"])] if extra_note else []))
    base.build_pdf(p.root / rel, pages, font=font, header=f"{owner} 知识产权清单（截至2024年6月30日）")
    # page of software title = first page after the patent pages
    doc = base.pdfium.PdfDocument(str(p.root / rel))
    sw_page = None
    for i in range(len(doc)):
        txt = doc[i].get_textpage().get_text_range().replace(" ", "").replace("\r", "").replace("\n", "")
        if sw_title.replace(" ", "") in txt:
            sw_page = i + 1
    doc.close()
    p.fact("平台核心软硬件技术获得的专利数量（项）", str(n_pat), "项", n_pat, rel, 1, quote=pat_title,
           row=pat_title.split("（")[0])
    p.fact("平台核心软硬件技术获得的软著数量（个）", str(n_sw), "项", n_sw, rel, sw_page, quote=sw_title,
           row=sw_title.split("（")[0])


def ip_xlsx(p: Pkg, rel: str, n_pat: int, n_sw: int, seed: int, owner: str, total_line=("专利合计：{}项", "软件著作权合计：{}项")):
    p.add(rel, "evidence:patent_list")
    pats, sws = ip_items(seed, n_pat, n_sw)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "专利"
    ws.append(["序号", "专利名称", "专利类型", "专利号", "授权日", "专利权人", "法律状态"])
    for i, (t, k, no, dt) in enumerate(pats, 1):
        ws.append([i, t, k, no, dt, owner, "有效"])
    ws.append([])
    ws.append([total_line[0].format(n_pat)])
    ws2 = wb.create_sheet("软件著作权")
    ws2.append(["序号", "软件全称", "登记号", "首次发表日期/登记日期", "著作权人", "取得方式"])
    for i, (t, no, dt) in enumerate(sws, 1):
        ws2.append([i, t, no, dt, owner, "原始取得"])
    ws2.append([])
    ws2.append([total_line[1].format(n_sw)])
    for w in (ws, ws2):
        w.column_dimensions["B"].width = 48
        for col in "CDEF":
            w.column_dimensions[col].width = 22
    save_xlsx(wb, p.root / rel)
    p.fact("平台核心软硬件技术获得的专利数量（项）", str(n_pat), "项", n_pat, rel, 1, quote=total_line[0].format(n_pat),
           row="专利合计")
    p.fact("平台核心软硬件技术获得的软著数量（个）", str(n_sw), "项", n_sw, rel, 2, quote=total_line[1].format(n_sw),
           row="软件著作权合计")


def award_xlsx(p: Pkg, rel: str, awards: list, title="省部级及以上奖项/荣誉清单"):
    p.add(rel, "evidence:award_list")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "荣誉清单"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(["序号", "奖项/荣誉名称", "获奖时间", "颁发单位", "级别"])
    for i, a in enumerate(awards, 1):
        ws.append([i, *a])
    ws.append([])
    line = f"合计：{len(awards)}项"
    ws.append([line])
    ws.column_dimensions["B"].width = 56
    ws.column_dimensions["C"].width = 12
    ws.column_dimensions["D"].width = 36
    save_xlsx(wb, p.root / rel)
    p.fact("平台获得省部级及以上奖项/荣誉数量（个）", str(len(awards)), "项", len(awards), rel, 1, quote=line, row="合计")


def screenshots_pdf(p: Pkg, rel: str, images: list):
    p.add(rel, "evidence:screenshot")
    base.images_to_pdf(p.root / rel, [im.convert("RGB") for im in images], quality=82)


def screenshot_png(p: Pkg, rel: str, image):
    p.add(rel, "evidence:screenshot")
    path = p.path(rel)
    image.convert("RGB").save(path, "PNG", optimize=False)
