"""Blind set h78: tables that run across pages.

    .venv/bin/python eval_sets/blind/h78/build.py [--out DIR]

Writes four packages to eval_sets/blind/h78/packages/ (or DIR) and their truth JSON to
eval_sets/blind/h78/truth/. Everything is derived from fixed seeds.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import openpyxl  # noqa: E402
from docx import Document  # noqa: E402
from docx.enum.section import WD_ORIENT  # noqa: E402
from docx.shared import Mm, Pt  # noqa: E402
from openpyxl.styles import Alignment, Font, PatternFill  # noqa: E402
from PIL import Image, ImageDraw  # noqa: E402

import h78kit as K  # noqa: E402
from h78data import (APP_CLASSES, BREAKDOWN_OF, LABELS, MODEL_CLASSES, MODES, company_pool,  # noqa: E402
                     fmt_breakdown, split)
from eval_sets.truth import PackageTruth, dump_truth  # noqa: E402

TRUTH_DIR = HERE / "truth"
PKG_DIR = HERE / "packages"
REL_PKG = "eval_sets/blind/h78/packages"

TWO_DEC = {l for l in LABELS if "（万元）" in l or "（%）" in l or "（TB）" in l} | {"平台实际用云量（台）"}


def w(v: float) -> float:
    return round(v + 1e-9, 2)


def wan(yuan: str) -> float:
    return round(float(yuan.replace(",", "")) / 10000 + 1e-9, 2)


def f2(v) -> str:
    return f"{v:.2f}"


# =============================================================================================
# Package context
# =============================================================================================

class Ctx:
    def __init__(self, out: Path, pid: str, folder: str):
        self.pid = pid
        self.root = out / folder
        self.folder = folder
        self.files: dict[str, str] = {}
        self.facts: list[dict] = []
        self.problems: list[dict] = []
        self.layout: list[str] = []
        self.secrets: list[str] = []
        self.lists: dict[str, dict] = {}  # geometry of paged lists, for verify

    def path(self, rel: str) -> Path:
        p = self.root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        return p

    def add(self, rel, role):
        self.files[rel] = role

    def fact(self, label, value, unit, normalized, file, page, quote, row_label="", column_label="",
             component="", image_only=False):
        self.facts.append(dict(label=label, value=value, unit=unit, normalized=normalized, file=file, page=page,
                               quote=quote, row_label=row_label, column_label=column_label, component=component,
                               image_only=image_only))

    def problem(self, family, fields, files, severity, description):
        n = len(self.problems) + 1
        self.problems.append(dict(id=f"{self.pid}-{n:02d}-{family}", family=family, fields=fields, files=files,
                                  severity=severity, description=description))


# =============================================================================================
# Device lists
# =============================================================================================

def gen_devices(rng, n, cats: dict[str, list[str]], cat_w, regions: dict[str, float], modes: dict[str, float],
                qty, companies_by_region, code_prefix, model_pool=None):
    rows = []
    cat_keys = list(cats)
    reg_keys = list(regions)
    mode_keys = list(modes)
    for i in range(n):
        cat = rng.choices(cat_keys, weights=cat_w)[0]
        reg = rng.choices(reg_keys, weights=list(regions.values()))[0]
        mode = rng.choices(mode_keys, weights=list(modes.values()))[0]
        q = rng.randint(*qty)
        daily = int(round(q * rng.uniform(0.55, 0.93))) if mode == "公有云" else 0
        name = f"{rng.randint(1, 6)}#" + rng.choice(cats[cat])
        rows.append(dict(code=f"{code_prefix}{i + 1 + 1000:05d}", name=name, cat=cat, region=reg,
                         company=rng.choice(companies_by_region[reg]), mode=mode, qty=q, daily=daily,
                         model=rng.choice(model_pool) if model_pool else ""))
    return rows


def dev_stats(rows, cat_order, reg_order, overseas_keys):
    def by(key, val, cond=lambda r: True, order=None):
        d = {}
        for r in rows:
            if cond(r):
                d[r[key]] = d.get(r[key], 0) + r[val]
        return {k: d[k] for k in order if d.get(k)}

    pub = lambda r: r["mode"] == "公有云"  # noqa: E731
    s = dict(total=sum(r["qty"] for r in rows), by_cat=by("cat", "qty", order=cat_order),
             by_reg=by("region", "qty", order=reg_order),
             pub=sum(r["qty"] for r in rows if pub(r)), pub_cat=by("cat", "qty", pub, cat_order),
             pub_reg=by("region", "qty", pub, reg_order),
             daily=sum(r["daily"] for r in rows), daily_cat=by("cat", "daily", pub, cat_order),
             daily_reg=by("region", "daily", pub, reg_order))
    s["overseas_by"] = {k: v for k, v in s["by_reg"].items() if k in overseas_keys}
    s["overseas"] = sum(s["overseas_by"].values())
    s["priv"] = sum(r["qty"] for r in rows if r["mode"] == "私有云")
    s["edge"] = sum(r["qty"] for r in rows if r["mode"] == "边缘侧")
    return s


def device_rows_cells(rows, wide=False):
    out = []
    for i, r in enumerate(rows, start=1):
        if wide:
            cells = [str(i), r["code"], r["name"], r["model"], r["cat"], r["company"], r["region"],
                     r["proto"], r["mode"], r["since"], r["online"], str(r["qty"]),
                     str(r["daily"]) if r["mode"] == "公有云" else "—"]
        else:
            cells = [str(i), r["code"], r["name"], r["cat"], r["company"], r["region"], r["mode"], str(r["qty"]),
                     str(r["daily"]) if r["mode"] == "公有云" else "—"]
        item = {"cells": cells}
        if r.get("wrap"):
            item["lines"] = 2
            item["wrap"] = r["wrap"]
        out.append(item)
    return out


# =============================================================================================
# Served-enterprise export (XLSX, one sheet per 200 rows)
# =============================================================================================

def gen_served(rng, n, industries: dict[str, float], regions: dict[str, float], paid_n, sme_n, comp_rng_seed):
    crng = random.Random(comp_rng_seed)
    names = company_pool(crng, n)
    rows = []
    paid_idx = set(rng.sample(range(n), paid_n))
    sme_idx = set(rng.sample(range(n), sme_n))
    for i in range(n):
        ind = rng.choices(list(industries), weights=list(industries.values()))[0]
        reg = rng.choices(list(regions), weights=list(regions.values()))[0]
        code = "91" + rng.choice(["3101", "3201", "3302", "3702", "4403", "1201", "4201"]) + \
            "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(12))
        day = f"20{rng.randint(19, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        if day > "2024-06-28":
            day = "2024-06-28"
        rows.append(dict(name=names[i], code=code, ind=ind, reg=reg, sme="中小企业" if i in sme_idx else "大型企业",
                         paid="是" if i in paid_idx else "否",
                         svc=rng.choice(["设备远程运维", "数据采集接入", "能效分析", "备件协同", "在线交易", "仓储加工服务",
                                         "质量追溯", "APP订阅"]), since=day))
    return rows


def served_stats(rows, ind_order, reg_order):
    d_ind, d_reg = {}, {}
    for r in rows:
        d_ind[r["ind"]] = d_ind.get(r["ind"], 0) + 1
        d_reg[r["reg"]] = d_reg.get(r["reg"], 0) + 1
    return dict(total=len(rows), by_ind={k: d_ind[k] for k in ind_order if k in d_ind},
                by_reg={k: d_reg[k] for k in reg_order if k in d_reg},
                paid=sum(r["paid"] == "是" for r in rows), local=d_reg.get("上海", 0),
                sme=sum(r["sme"] == "中小企业" for r in rows))


def served_xlsx(ctx: Ctx, rel, rows, st, system, exported, per=200, fields_label="服务企业"):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    n_pages = (len(rows) + per - 1) // per
    head = ["序号", "企业名称", "统一社会信用代码", "所属行业", "注册地", "企业规模", "服务内容", "是否付费", "首次服务日期"]
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDE6F0")
    for p in range(n_pages):
        ws = wb.create_sheet(f"第{p + 1}页")
        r0 = 1
        if p == 0:
            ws.cell(1, 1, f"{system} — 服务企业清单").font = Font(bold=True, size=13)
            ws.cell(2, 1, f"导出时间：{exported}　导出人：平台运营部　筛选条件：服务状态=有效；截至日期=2024-06-30")
            ws.cell(3, 1, f"共 {st['total']:,} 条记录")
            ws.cell(4, 1, f"其中：付费企业 {st['paid']:,} 家；注册地上海 {st['local']:,} 家；中小企业 {st['sme']:,} 家")
            ws.cell(5, 1, f"每页 {per} 条　第 {p + 1} 页 / 共 {n_pages} 页")
            r0 = 7
        else:
            ws.cell(1, 1, f"{system} — 服务企业清单（续）")
            ws.cell(2, 1, f"每页 {per} 条　第 {p + 1} 页 / 共 {n_pages} 页")
            r0 = 4
        for j, h in enumerate(head, start=1):
            c = ws.cell(r0, j, h)
            c.font = bold
            c.fill = fill
            c.alignment = Alignment(horizontal="center")
        chunk = rows[p * per:(p + 1) * per]
        for k, r in enumerate(chunk):
            vals = [p * per + k + 1, r["name"], r["code"], r["ind"], r["reg"], r["sme"], r["svc"], r["paid"], r["since"]]
            for j, v in enumerate(vals, start=1):
                ws.cell(r0 + 1 + k, j, v)
        last = r0 + len(chunk)
        ws.cell(last + 2, 1, f"本页 {len(chunk)} 条（第 {p * per + 1}–{p * per + len(chunk)} 条）")
        for col, wd in zip("ABCDEFGHI", [7, 34, 22, 12, 10, 10, 14, 9, 12]):
            ws.column_dimensions[col].width = wd
    K.save_xlsx(wb, ctx.path(rel))
    ctx.add(rel, "evidence:other")
    ctx.fact("实际服务企业数（个）", f"{st['total']:,}", "条", st["total"], rel, 1, f"共 {st['total']:,} 条记录",
             row_label="共…条记录")
    ctx.fact("付费企业数（个）", f"{st['paid']:,}", "家", st["paid"], rel, 1, f"付费企业 {st['paid']:,} 家",
             row_label="付费企业")
    ctx.fact("服务本市企业数量（个）", f"{st['local']:,}", "家", st["local"], rel, 1, f"注册地上海 {st['local']:,} 家",
             row_label="注册地上海")
    ctx.fact("服务中小企业数量（个）", f"{st['sme']:,}", "家", st["sme"], rel, 1, f"中小企业 {st['sme']:,} 家",
             row_label="中小企业")
    return n_pages


# =============================================================================================
# Patent / copyright list
# =============================================================================================

PAT_WORDS = ["设备状态", "振动信号", "轴承故障", "能耗数据", "边缘网关", "工况识别", "多源数据", "备件寿命", "点检路径",
             "温度场", "电机电流", "碳排放", "负荷预测", "工艺参数", "视觉检测", "物料追溯", "仓储调度", "吊装作业"]
PAT_TAIL = ["监测方法及系统", "预测方法、装置及存储介质", "诊断方法和电子设备", "采集装置", "智能分析方法", "优化调度方法",
            "识别装置", "在线评估系统"]
SOFT_TAIL = ["管理系统V1.0", "分析软件V2.0", "监控平台V3.1", "APP软件V1.2", "服务平台V2.3", "数据中台软件V1.0"]


def gen_ip(rng, owner, n_inv, n_util, n_soft, prefix):
    def pat(kind, k):
        t = rng.choice(PAT_WORDS) + rng.choice(PAT_WORDS) + rng.choice(PAT_TAIL)
        year = rng.randint(2018, 2024)
        no = f"ZL {year}{'1' if kind == 'inv' else '2'} {rng.randint(1000000, 9999999)}.{rng.randint(0, 9)}"
        date = f"{year + (2 if kind == 'inv' else 1)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        if date > "2024-06-28":
            date = "2024-05-21"
        return [t, "发明专利" if kind == "inv" else "实用新型", no, date, owner]

    inv = [pat("inv", k) for k in range(n_inv)]
    util = [pat("util", k) for k in range(n_util)]
    soft = []
    for k in range(n_soft):
        t = prefix + rng.choice(PAT_WORDS) + rng.choice(SOFT_TAIL)
        soft.append([t, f"{rng.randint(2019, 2024)}SR{rng.randint(100000, 1999999):07d}",
                     f"{rng.randint(2019, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", owner])
    for s in soft:
        if s[2] > "2024-06-28":
            s[2] = "2024-04-16"
    return inv, util, soft


def ip_list(ctx: Ctx, rel, owner, platform, inv, util, soft, *, scanned=False, seed=0, cont="（续）"):
    """Patents with 序号 restarting per section and a grand total; software copyrights as a second table."""
    spec = K.ListSpec(pagesize=K.A4, title=f"{platform}核心技术知识产权清单",
                      subtitle=f"权利人：{owner}　统计截止：2024年6月30日",
                      columns=[("序号", 11, "c"), ("名称", 76, "l"), ("类型", 18, "c"), ("专利号/登记号", 40, "l"),
                               ("授权/登记日", 21, "c"), ("状态", 12, "c")],
                      repeat_header=True, cont_caption="表1 专利清单" + cont, font_size=7.6,
                      footer="第 {p} 页 共 {n} 页")
    rows, sections = [], {}
    sections[0] = f"一、发明专利（{len(inv)}项）"
    for k, r in enumerate(inv, start=1):
        rows.append({"cells": [str(k), r[0], r[1], r[2], r[3], "有效"]})
    sections[len(rows)] = f"二、实用新型（{len(util)}项）"
    for k, r in enumerate(util, start=1):
        rows.append({"cells": [str(k), r[0], r[1], r[2], r[3], "有效"]})
    n_pat = len(inv) + len(util)
    total_cells = [None, "合计", f"专利合计 {n_pat} 项", None, None, None]
    tail = [f"注：发明专利 {len(inv)} 项、实用新型 {len(util)} 项，共计 {n_pat} 项；专利权人均为{owner}。",
            f"表2 计算机软件著作权清单（共 {len(soft)} 项）见后页。"]
    buf = io.BytesIO()
    info1 = K.draw_list(buf, spec, rows, tail_lines=tail, sections=sections, total_cells=total_cells)
    spec2 = K.ListSpec(pagesize=K.A4, title="表2 计算机软件著作权清单",
                       subtitle=f"著作权人：{owner}",
                       columns=[("序号", 11, "c"), ("软件名称", 90, "l"), ("登记号", 40, "l"), ("登记日期", 24, "c"),
                                ("取得方式", 13, "c")],
                       repeat_header=True, cont_caption="表2 软件著作权清单" + cont, font_size=7.6,
                       footer="软著清单 第 {p} 页 共 {n} 页")
    rows2 = [{"cells": [str(k), s[0], s[1], s[2], "原始取得"]} for k, s in enumerate(soft, start=1)]
    total2 = [None, f"软件著作权合计 {len(soft)} 项", None, None, None]
    buf2 = io.BytesIO()
    info2 = K.draw_list(buf2, spec2, rows2, total_cells=total2)
    merged = merge_pdfs([buf.getvalue(), buf2.getvalue()])
    p_pat = info1["pages"]
    p_soft = info1["pages"] + info2["pages"]
    out = ctx.path(rel)
    if scanned:
        K.scan_pdf(merged, out, seed, seals={p_pat - 1: (owner, 0.62, 0.55)}, bw_pages=set(range(0, p_pat - 1)))
    else:
        out.write_bytes(merged)
    ctx.add(rel, "evidence:patent_list")
    ctx.fact("平台核心软硬件技术获得的专利数量（项）", str(n_pat), "项", n_pat, rel, p_pat, f"专利合计 {n_pat} 项",
             row_label="合计", image_only=scanned)
    ctx.fact("平台核心软硬件技术获得的软著数量（个）", str(len(soft)), "项", len(soft), rel, p_soft,
             f"软件著作权合计 {len(soft)} 项", row_label="合计", image_only=scanned)
    return dict(pat=n_pat, soft=len(soft), p_pat=p_pat, p_soft=p_soft, pages=p_soft)


def merge_pdfs(parts: list[bytes]) -> bytes:
    from pypdf import PdfReader, PdfWriter
    wr = PdfWriter()
    for b in parts:
        for pg in PdfReader(io.BytesIO(b)).pages:
            wr.add_page(pg)
    wr.add_metadata({"/Producer": "", "/Creator": ""})
    out = io.BytesIO()
    wr.write(out)
    return out.getvalue()


# =============================================================================================
# Awards, audit, screenshots
# =============================================================================================

def award_list(ctx: Ctx, rel, awards, owner, scanned=False, seed=0):
    buf = io.BytesIO()
    fl = K.Flow(buf, header=f"{owner}　平台获奖及荣誉清单")
    fl.title("平台获得省部级及以上奖项/荣誉清单")
    rows = [[str(i), a[0], a[1], a[2]] for i, a in enumerate(awards, start=1)]
    fl.table(["序号", "奖项/荣誉名称", "颁发单位", "时间"], rows, [12, 82, 52, 20], size=8.5)
    fl.para(f"以上共计 {len(awards)} 项，均为平台或平台建设单位获得，证书复印件附后。", indent=False)
    fl.save()
    out = ctx.path(rel)
    if scanned:
        K.scan_pdf(buf.getvalue(), out, seed, seals={0: (owner, 0.6, 0.62)})
    else:
        out.write_bytes(buf.getvalue())
    ctx.add(rel, "evidence:award_list")
    ctx.fact("平台获得省部级及以上奖项/荣誉数量（个）", str(len(awards)), "项", len(awards), rel, 1,
             f"以上共计 {len(awards)} 项", image_only=scanned)


def audit_report(ctx: Ctx, rel, fin, owner, platform, firm, scanned=False, seed=0):
    buf = io.BytesIO()
    fl = K.Flow(buf, header="", footer_fmt="")
    fl.space(120)
    fl.title(owner, 18)
    fl.title("2023年度财务报表审计报告", 20)
    fl.space(20)
    fl.title(f"{firm[1]}", 11)
    fl.space(240)
    fl.title(firm[0], 13)
    fl.title("二〇二四年四月十八日", 11)
    fl.new_page()
    fl.title("审 计 报 告", 16)
    fl.para(f"{owner}全体股东：", indent=False)
    fl.heading("一、审计意见", 11)
    fl.para(f"我们审计了{owner}（以下简称“贵公司”）财务报表，包括2023年12月31日的资产负债表，2023年度的利润表、现金流量表、"
            "所有者权益变动表以及相关财务报表附注。我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，"
            "公允反映了贵公司2023年12月31日的财务状况以及2023年度的经营成果和现金流量。")
    fl.heading("二、形成审计意见的基础", 11)
    fl.para("我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步阐述了"
            "我们在这些准则下的责任。按照中国注册会计师职业道德守则，我们独立于贵公司，并履行了职业道德方面的其他责任。"
            "我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。")
    fl.heading("三、其他事项", 11)
    fl.para(f"应贵公司要求，我们对{platform}相关业务收支执行了专项审计程序，结果列示于本报告附表“平台业务收支专项说明”。")
    fl.space(30)
    fl.right(f"{firm[0]}　　中国注册会计师：{firm[2]}")
    fl.new_page()
    fl.title("利 润 表", 14)
    fl.right("编制单位：" + owner + "　　2023年度　　单位：元", 9)
    comp = fin["company"]
    fl.table(["项目", "本期金额", "上期金额"],
             [["一、营业总收入", comp[0], comp[1]], ["减：营业成本", comp[2], comp[3]],
              ["研发费用", comp[4], comp[5]], ["二、营业利润", comp[6], comp[7]],
              ["三、利润总额", comp[8], comp[9]], ["四、净利润", comp[10], comp[11]]],
             [70, 48, 48], size=9, aligns=["l", "r", "r"])
    fl.new_page()
    fl.title(f"附表：{platform}业务收支专项说明", 13)
    fl.para(f"平台业务收入按平台订阅服务、平台远程运维及数据服务合同逐笔归集，研发投入按平台研发项目辅助账归集。单位：元。",
            size=9.5)
    fl.table(["项目", "2023年度", "2022年度", "2021年度"],
             [["平台业务收入", fin["rev"][2], fin["rev"][1], fin["rev"][0]],
              ["平台业务成本", fin["cost"][2], fin["cost"][1], fin["cost"][0]],
              ["平台研发投入", fin["rd"], "—", "—"],
              ["平台利润总额", fin["profit"], "—", "—"]],
             [42, 42, 42, 42], size=9, aligns=["l", "r", "r", "r"])
    fl.para("注：平台业务收入不含公司其他业务收入；利润总额按收入配比分摊期间费用后计算。", size=9)
    fl.save()
    out = ctx.path(rel)
    if scanned:
        K.scan_pdf(buf.getvalue(), out, seed, seals={1: (firm[0], 0.55, 0.7), 3: (firm[0], 0.6, 0.6)},
                   bw_pages={0, 2})
    else:
        out.write_bytes(buf.getvalue())
    ctx.add(rel, "evidence:audit_report")
    io_ = scanned
    rev = fin["rev"]
    ctx.fact("平台相关营业收入（万元）", rev[2], "元", wan(rev[2]), rel, 4, rev[2], "平台业务收入", "2023年度", image_only=io_)
    ctx.fact("平台近三年经营指标情况", rev[1], "元", wan(rev[1]), rel, 4, rev[1], "平台业务收入", "2022年度",
             component="2022年平台营收（万元）", image_only=io_)
    ctx.fact("平台近三年经营指标情况", rev[0], "元", wan(rev[0]), rel, 4, rev[0], "平台业务收入", "2021年度",
             component="2021年平台营收（万元）", image_only=io_)
    ctx.fact("平台相关研发投入（万元）", fin["rd"], "元", wan(fin["rd"]), rel, 4, fin["rd"], "平台研发投入", "2023年度",
             image_only=io_)
    ctx.fact("平台利润率（%）", fin["profit"], "元", wan(fin["profit"]), rel, 4, fin["profit"], "平台利润总额", "2023年度",
             component="平台利润总额（万元）", image_only=io_)
    ctx.fact("投资回报率（%）", fin["profit"], "元", wan(fin["profit"]), rel, 4, fin["profit"], "平台利润总额", "2023年度",
             component="平台年利润（万元）", image_only=io_)


def screenshots(ctx: Ctx, rel, pages: list[tuple[str, list[tuple[str, str, str, int | None]]]], brand):
    """pages: (title, [(caption, shown, label, normalized)])."""
    imgs = []
    for pi, (title, tiles) in enumerate(pages, start=1):
        im = Image.new("RGB", (1400, 860), (17, 31, 56))
        d = ImageDraw.Draw(im)
        d.rectangle((0, 0, 1400, 70), fill=(26, 48, 86))
        d.text((30, 18), f"{brand}　{title}", font=K.pil_font(28), fill=(230, 240, 255))
        d.text((1080, 26), "2024-07-08 10:42:17", font=K.pil_font(18), fill=(170, 190, 220))
        for k, (cap, shown, label, norm) in enumerate(tiles):
            x = 40 + (k % 3) * 450
            y = 110 + (k // 3) * 330
            d.rounded_rectangle((x, y, x + 420, y + 290), radius=14, fill=(30, 55, 96), outline=(70, 120, 190), width=2)
            d.text((x + 24, y + 24), cap, font=K.pil_font(26), fill=(160, 200, 240))
            d.text((x + 24, y + 100), shown, font=K.pil_font(64), fill=(255, 214, 90))
            for b in range(8):
                h = 20 + (b * 37 + k * 13) % 70
                d.rectangle((x + 24 + b * 46, y + 270 - h, x + 54 + b * 46, y + 270), fill=(60, 150, 220))
            if label:
                ctx.fact(label, shown, "", norm, rel, pi, shown, row_label=cap, image_only=True)
        imgs.append(im)
    K.pil_pages_to_pdf(imgs, ctx.path(rel), resolution=120)
    ctx.add(rel, "evidence:screenshot")


# =============================================================================================
# Declared values
# =============================================================================================

def revenue_block(revs_wan, g2021):
    r21, r22, r23 = revs_wan
    g22 = w((r22 / r21 - 1) * 100)
    g23 = w((r23 / r22 - 1) * 100)
    d = {"2021年平台营收（万元）": r21, "2021年增长率（%）": g2021, "2022年平台营收（万元）": r22, "2022年增长率（%）": g22,
         "2023年平台营收（万元）": r23, "2023年增长率（%）": g23}
    text = "；".join(f"{y}年平台营收{f2(d[f'{y}年平台营收（万元）'])}万元/增长率{f2(d[f'{y}年增长率（%）'])}%"
                     for y in (2021, 2022, 2023))
    return d, text


def fmt_row(label, v):
    """(value as the reviewer writes it, normalized)."""
    if v is None:
        return "", None
    if label == "平台近三年经营指标情况":
        return v[1], v[0]
    if label == "平台订单数量(近一年总量)（个）":
        return f"2023年自然年：{v[0]}个；截至填表日前一年：{v[1]}个", {"2023年自然年": v[0], "截至填表日前一年": v[1]}
    if label == "平台是否服务上海智能工厂，数量":
        return f"是，{v}家", v
    if label == "数据分析平台均速度（每TB分级/秒级/毫秒级）":
        return v[1], v[0]
    if isinstance(v, bool):
        return ("是" if v else "否"), v
    if isinstance(v, dict):
        return (fmt_breakdown(v), v) if v else ("无", None)
    if label in TWO_DEC:
        return f2(v), w(v)
    if isinstance(v, int):
        return str(v), v
    return str(v), v


def compose(P, dev, srv, ip, awards_n, fin):
    """The declared values (dict label -> raw value) of a package spec P."""
    rng = random.Random(P["seed"] * 7 + 1)
    D = {}
    D["序号"] = P["list_no"]
    D["企业名称"] = P["company"]
    D["平台名称"] = P["declared_name"]
    D["平台性质"] = P["nature"]
    D["联系人姓名"], D["联系人手机号"], D["联系人电子邮箱"] = P["contact"]
    D["评审会现场地址信息"] = P["venue"]
    D["平台网址"] = P["url"]
    D["建设时间"] = P["built"]
    D["平台建设金额（万元）"] = P["invest"]
    revs = [wan(x) for x in fin["rev"]]
    D["平台近三年经营指标情况"] = revenue_block(revs, P["g2021"])
    D["平台建设方式"] = "自建"
    D["平台运营模式"] = P.get("op_mode", "自运营")
    D["部署方式"] = P["deploy"]
    ops, opr = P["team"]
    D["平台团队总人数（人）"] = ops + opr
    D["运维人数（人）"] = ops
    D["运营人数（人）"] = opr
    D["有相关技术职称/从业资格的人数（人）"] = int((ops + opr) * 0.72)
    rd, rev, profit = wan(fin["rd"]), revs[2], wan(fin["profit"])
    D["平台相关研发投入（万元）"] = rd
    D["平台相关研发投入强度（%）"] = w(rd / rev * 100)
    D["平台相关营业收入（万元）"] = rev
    D["平台利润率（%）"] = w(profit / rev * 100)
    # devices (as the list shows them)
    D["连接的工业设备/产品/产线种类及数量（台/套）"] = dev["total"]
    D["按二级分类统计工业设备数量（台/套）"] = dict(dev["by_cat"])
    D["按省市区域统计工业设备数量（台/套）"] = dict(dev["by_reg"])
    D["公有云工业设备连接数量（台/套）"] = dev["pub"]
    D["按二级分类统计公有云工业设备数量（台/套）"] = dict(dev["pub_cat"])
    D["按省市区域统计公有云工业设备数量（台/套）"] = dict(dev["pub_reg"])
    D["公有云工业设备平均日运行数量（台/套）"] = dev["daily"]
    D["按二级分类统计公有云工业设备平均日运行数量（台/套）"] = dict(dev["daily_cat"])
    D["按省市区域统计公有云工业设备平均日运行数量（台/套）"] = dict(dev["daily_reg"])
    D["海外设备连接数量（台/套）"] = dev["overseas"]
    D["按海外国家分类统计海外设备连接数量（台/套）"] = dict(dev["overseas_by"])
    D["工业协议兼容适配数量（个）"] = P["protocols"]
    # software / APP
    app = P["app"]
    native = int(app * 0.62)
    D["工业软件总量（个）"] = app + P["sw_extra"]
    D["工业APP数量（个）"] = app
    D["基于平台开发的工业APP数量（个）"] = native
    D["云化工业软件数量（个）"] = app - native
    D["按分类统计工业APP数量（个）"] = split(app, P["app_classes"], rng)
    D["按行业统计工业APP数量（个）"] = split(app, P["industries"][:3], rng)
    D["工业APP平均月活跃数量（个）"] = int(app * 0.71)
    D["杀手锏APP数量（个）"] = 5
    D["公有云杀手锏APP平均日在线用户数（个）"] = P["killer_users"]
    D["杀手锏APP日活次数（次）"] = P["killer_users"] * 9 + 37
    D["杀手锏APP月平均收入（万元）"] = P["killer_income"]
    pub_app = int(app * 0.45)
    daily_app = int(pub_app * 0.58)
    D["公有云工业APP数量（个）"] = pub_app
    D["公有云工业APP平均日活跃数量（个）"] = daily_app
    D["按分类统计公有云工业APP平均日活跃数量（个）"] = split(daily_app, P["app_classes"], rng)
    D["按行业统计公有云工业APP平均日活跃数量（个）"] = split(daily_app, P["industries"][:3], rng)
    D["平台实际用云量（台）"] = float(P["cloud"])
    D["平台公有云实际使用数量（台）"] = P["cloud_pub"]
    cap, data = P["storage"]
    D["存储容量（TB）"] = cap
    D["存储工业数据量（TB）"] = data
    D["公有云数据总量（TB）"] = w(data * 0.31)
    D["存储资源利用率（%）"] = w(data / cap * 100)
    D["工业机理模型数量（个）"] = P["models"]
    D["活跃机理模型数量（一周调用5次以上）（个）"] = int(P["models"] * 0.56)
    D["核心工业模型平均月调用用户数量（个）"] = P["model_users"]
    D["按分类统计工业模型数量（个）"] = split(P["models"], MODEL_CLASSES, rng)
    D["数据分析平台均速度（每TB分级/秒级/毫秒级）"] = ("秒级", P["speed"])
    D["微服务数量（个）"] = P["ms"]
    D["活跃微服务数量（一周调用5次以上）（个）"] = int(P["ms"] * 0.63)
    D["开发者注册总数（个）"] = P["dev"]
    D["活跃开发者数（个）"] = int(P["dev"] * 0.27)
    D["平台是否建立安全管理体系"] = True
    D["有否定期开展第三方安全测试/测评"] = True
    D["有否定期进行安全扫描"] = True
    D["注册企业用户数（个）"] = P["registered"]
    if srv:
        D["实际服务企业数（个）"] = srv["total"]
        D["按行业统计服务企业数（个）"] = dict(srv["by_ind"])
        D["按省市区域统计服务企业数（个）"] = dict(srv["by_reg"])
        D["付费企业数（个）"] = srv["paid"]
        D["服务本市企业数量（个）"] = srv["local"]
        D["服务中小企业数量（个）"] = srv["sme"]
    else:
        n = P["served"]
        D["实际服务企业数（个）"] = n
        D["按行业统计服务企业数（个）"] = split(n, P["industries"], rng)
        regs = split(n, P["served_regions"], rng)
        D["按省市区域统计服务企业数（个）"] = regs
        D["付费企业数（个）"] = int(n * 0.38)
        D["服务本市企业数量（个）"] = regs["上海"]
        D["服务中小企业数量（个）"] = int(n * 0.81)
    D["付费用户占比（%）"] = None  # set below, after problems may change 付费企业数
    D["平台订单数量(近一年总量)（个）"] = P["orders"]
    D["平台交易规模年增长率（%）"] = P["trade_growth"]
    D["工业APP订阅总数量（个）"] = P["subs"]
    D["杀手锏工业APP订阅数量（个）"] = int(P["subs"] * 0.41)
    D["工业APP订阅总金额（万元）"] = P["subs_amount"]
    D["平台连接工业设备利用率（%）"] = P["util_rate"]
    D["平台国产化率（%）"] = P["domestic"]
    D["平台是否服务上海智能工厂，数量"] = P["smart_factories"]
    D["平台服务园区总数（个）"] = P["parks"]
    D["平台提供的解决方案总数（个）"] = P["solutions"]
    D["按新模式统计解决方案数量（个）"] = split(P["solutions"], MODES, rng)
    D["投资回报率（%）"] = w(profit / P["invest"] * 100)
    D["企业是否已上市或已获得VC/PE投资"] = P["listed"]
    D["平台连接工业设备运维成本平均下降率（%）"] = P["cases"][0]
    D["平台连接工业设备能耗平均下降率（%）"] = P["cases"][1]
    D["平台连接工业设备安全生产持续时间平均提升率（%）"] = P["cases"][2]
    D["平台现有特色指数（个）"] = P["indices"]
    D["平台核心软硬件技术获得的专利数量（项）"] = ip["pat"]
    D["平台核心软硬件技术获得的软著数量（个）"] = ip["soft"]
    D["平台是否有自研形成的核心技术突破"] = True
    D["平台是否具备碳管理服务能力"] = P["carbon"]
    D["平台是否融合使用国家标识解析系统"] = P["idres"]
    D["平台获得省部级及以上奖项/荣誉数量（个）"] = awards_n
    D["平台建设与运营带动新增就业人数（人）"] = P["jobs"]
    D["平台社会贡献率（%）"] = P["social"]
    D["平台开放共享数据的形式及数量"] = P["open_data"]
    D["合作平台数量（个）"] = P["partners"]
    return D


def finish_values(D):
    D["付费用户占比（%）"] = w(D["付费企业数（个）"] / D["注册企业用户数（个）"] * 100)
    assert list(D) == LABELS or set(D) == set(LABELS), set(LABELS) ^ set(D)
    return {l: fmt_row(l, D[l]) for l in LABELS}


def bump(d: dict, key, delta):
    d = dict(d)
    d[key] = d[key] + delta
    return d


# =============================================================================================
# 申报表 (DOCX / XLSX / stamped scan), 汇总表, 联系人表, 承诺, 申报书
# =============================================================================================

def detail_rows(P, V, T):
    """The 指标明细表 as (一级, 二级, 三级, 内容, 平台实际情况, 证明资料)."""
    def v(label):
        return V[label][0]

    yes = T["yes"]
    L1a, L1b, L1c = "一、平台基础情况（25%）", "二、平台关键技术能力（35%）", "三、平台效益及可持续发展能力（40%）"
    ev = T["proof"]
    rows = [
        (L1a, "1.1 战略定位及规划", "1.1.1 战略定位", "平台定位是否明确", T["position"], "申报书第二章"),
        ("", "", "", "是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势", T["policy"], "申报书第二章"),
        ("", "", "1.1.2 规划制定", "平台是否被纳入企业战略规划中", T["strategy"], "申报书第四章"),
        ("", "", "", "是否制定了平台专项规划", T["plan"], "申报书第四章"),
        ("", "", "", "平台团队总人数（人）", v("平台团队总人数（人）"), "人员花名册（备查）"),
        ("", "", "", "其中：运维人数（人）", v("运维人数（人）"), ""),
        ("", "", "", "运营人数（人）", v("运营人数（人）"), ""),
        ("", "", "", "其中：有相关技术职称/从业资格的人数（人）", v("有相关技术职称/从业资格的人数（人）"), ""),
        ("", "1.2 资金投入与经营情况", "1.2.1 创新投入情况", "平台相关研发投入（万元）", v("平台相关研发投入（万元）"), ev["audit"]),
        ("", "", "", "平台相关研发投入强度（%）", v("平台相关研发投入强度（%）"), "按填报指引公式计算"),
        ("", "", "1.2.2 经营情况", "平台相关营业收入（万元）", v("平台相关营业收入（万元）"), ev["audit"]),
        ("", "", "", "平台利润率（%）", v("平台利润率（%）"), ev["audit"]),
        ("", "", "", "付费用户占比（%）", v("付费用户占比（%）"), ev.get("served", "平台后台统计")),
        (L1b, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "连接的工业设备/产品/产线种类及数量（台/套）",
         v("连接的工业设备/产品/产线种类及数量（台/套）"), ev["device"]),
        ("", "", "", "按二级分类统计工业设备数量（台/套）", v("按二级分类统计工业设备数量（台/套）"), ev["device"]),
        ("", "", "", "按省市区域统计工业设备数量（台/套）", v("按省市区域统计工业设备数量（台/套）"), ev["device"]),
        ("", "", "", "其中：公有云工业设备连接数量（台/套）", v("公有云工业设备连接数量（台/套）"), ev["device"]),
        ("", "", "", "按二级分类统计公有云工业设备数量（台/套）", v("按二级分类统计公有云工业设备数量（台/套）"), ""),
        ("", "", "", "按省市区域统计公有云工业设备数量（台/套）", v("按省市区域统计公有云工业设备数量（台/套）"), ""),
        ("", "", "", "其中：公有云工业设备平均日运行数量（台/套）", v("公有云工业设备平均日运行数量（台/套）"), ev["device"]),
        ("", "", "", "按二级分类统计公有云工业设备平均日运行数量（台/套）", v("按二级分类统计公有云工业设备平均日运行数量（台/套）"), ""),
        ("", "", "", "按省市区域统计公有云工业设备平均日运行数量（台/套）", v("按省市区域统计公有云工业设备平均日运行数量（台/套）"), ""),
        ("", "", "", "其中：海外设备连接数量（台/套）", v("海外设备连接数量（台/套）"), ev["device"]),
        ("", "", "", "其中：按海外国家分类统计海外设备连接数量", v("按海外国家分类统计海外设备连接数量（台/套）"), ""),
        ("", "", "", "工业协议兼容适配数量（个）", v("工业协议兼容适配数量（个）"), "协议适配清单（备查）"),
        ("", "", "", "其他资源汇聚情况", T["other_res"], ""),
        ("", "", "2.1.2 工业软件/APP", "工业软件总量（个）", v("工业软件总量（个）"), ev["shot"]),
        ("", "", "", "工业APP 数量（个）", v("工业APP数量（个）"), ev["shot"]),
        ("", "", "", "其中：基于平台开发的工业APP数量（个）", v("基于平台开发的工业APP数量（个）"), ""),
        ("", "", "", "云化工业软件数量（个）", v("云化工业软件数量（个）"), ""),
        ("", "", "", "按分类统计工业APP数量（个）", v("按分类统计工业APP数量（个）"), ""),
        ("", "", "", "按行业统计工业APP数量（个）", v("按行业统计工业APP数量（个）"), ""),
        ("", "", "", "工业APP 平均月活跃数量（个）", v("工业APP平均月活跃数量（个）"), ""),
        ("", "", "", "其中：杀手锏APP数量（个）", v("杀手锏APP数量（个）"), "申报书第二章"),
        ("", "", "", "公有云杀手锏APP 平均日在线用户数（个）", v("公有云杀手锏APP平均日在线用户数（个）"), ""),
        ("", "", "", "杀手锏APP日活次数（次）", v("杀手锏APP日活次数（次）"), ""),
        ("", "", "", "杀手锏APP月平均收入（万元）", v("杀手锏APP月平均收入（万元）"), ""),
        ("", "", "", "其中：公有云工业APP 数量（个）", v("公有云工业APP数量（个）"), ""),
        ("", "", "", "其中：公有云工业APP平均日活跃数量（个）", v("公有云工业APP平均日活跃数量（个）"), ""),
        ("", "", "", "其中：按分类统计公有云工业APP平均日活跃数量（个）", v("按分类统计公有云工业APP平均日活跃数量（个）"), ""),
        ("", "", "", "其中：按行业统计公有云工业APP平均日活跃数量（个）", v("按行业统计公有云工业APP平均日活跃数量（个）"), ""),
        ("", "2.2 数据管理与挖掘", "2.2.1 数据采集", "边缘数据处理能力", T["edge"], ""),
        ("", "", "", "其他数据采集能力", T["other_collect"], ""),
        ("", "", "2.2.2 数据处理（存储计算能力）", "是否支持可拓展云计算能力", "是", ""),
        ("", "", "", "云化服务器算力", T["compute"], ""),
        ("", "", "", "平台实际用云量（台）", v("平台实际用云量（台）"), ""),
        ("", "", "", "平台公有云实际使用数量（台）", v("平台公有云实际使用数量（台）"), ""),
        ("", "", "", "存储容量（TB）", v("存储容量（TB）"), ""),
        ("", "", "", "存储工业数据量（TB）", v("存储工业数据量（TB）"), ""),
        ("", "", "", "公有云数据总量（TB）", v("公有云数据总量（TB）"), ""),
        ("", "", "", "存储资源利用率（%）", v("存储资源利用率（%）"), "按填报指引公式计算"),
        ("", "", "", "数据基础管理能力", T["datamgmt"], ""),
        ("", "", "2.2.3 数据建模和分析", "工业机理模型数量（个）", v("工业机理模型数量（个）"), ev["shot"]),
        ("", "", "", "其中：活跃机理模型数量（一周调用5次以上）（个）", v("活跃机理模型数量（一周调用5次以上）（个）"), ""),
        ("", "", "", "核心工业模型平均月调用用户数量（个）", v("核心工业模型平均月调用用户数量（个）"), ""),
        ("", "", "", "按分类统计工业模型数量（个）", v("按分类统计工业模型数量（个）"), ""),
        ("", "", "", "是否提供通用建模分析算法", "是", ""),
        ("", "", "", "智能分析算法类型", "基础算法、聚类算法、分类算法、预测与估算算法、关联分析算法", ""),
        ("", "", "", "数据分析平台均速度（每TB分级/秒级/毫秒级）", v("数据分析平台均速度（每TB分级/秒级/毫秒级）"), ""),
        ("", "2.3 微服务部署与调用", "2.3.1 平台微服务情况", "微服务数量（个）", v("微服务数量（个）"), ev["shot"]),
        ("", "", "", "其中：活跃微服务数量（一周调用5次以上）（个）", v("活跃微服务数量（一周调用5次以上）（个）"), ""),
        ("", "2.4 平台开发与使用", "2.4.1 平台开发者数量", "是否建立开发者社区及相关功能", "是", ""),
        ("", "", "", "开发者注册总数（个）", v("开发者注册总数（个）"), ev["shot"]),
        ("", "", "", "其中：活跃开发者数（个）", v("活跃开发者数（个）"), ""),
        ("", "", "2.4.2 应用开发服务能力", "平台支持开发语言类型", "共4种：Java、Python、C++、JavaScript", ""),
        ("", "", "", "平台应用开发框架", T["framework"], ""),
        ("", "", "", "平台应用开发工具", T["tools"], ""),
        ("", "2.5 安全体系", "2.5.1 安全制度建设", "是否针对平台制定了安全管理相关制度", yes["sec"], "制度文件（备查）"),
        ("", "", "", "建立的安全制度保护了平台的哪些方面", "数据安全；传输安全；访问登录；代码安全；应用安全；网络安全", ""),
        ("", "", "", "有否定期开展第三方安全测试/测评", yes["test"], ""),
        ("", "", "", "有否定期进行安全扫描", yes["scan"], ""),
        ("", "", "2.5.2 安全技术保障", "采用何种安全技术情况", "下一代防火墙、生产网与办公网逻辑隔离、国密SM4传输加密、统一身份认证与多因素登录、"
         "WAF及堡垒机审计。", ""),
        ("", "", "", "核心数据安全保护手段", "核心库每日增量备份、每周全量离线备份，数据库双机热备，异地灾备中心RPO≤15分钟。", ""),
        (L1c, "3.1 平台应用", "3.1.1 平台应用规模", "注册企业用户数（个）", v("注册企业用户数（个）"), ev["shot"]),
        ("", "", "", "其中：实际服务企业数（个）", v("实际服务企业数（个）"), ev.get("served", "")),
        ("", "", "", "按行业统计服务企业数（个）", v("按行业统计服务企业数（个）"), ev.get("served", "")),
        ("", "", "", "按省市区域统计服务企业数（个）", v("按省市区域统计服务企业数（个）"), ev.get("served", "")),
        ("", "", "", "其中：付费企业数（个）", v("付费企业数（个）"), ev.get("served", "")),
        ("", "", "", "其中：服务本市企业数量（个）", v("服务本市企业数量（个）"), ev.get("served", "")),
        ("", "", "", "其中：服务中小企业数量（个）", v("服务中小企业数量（个）"), ev.get("served", "")),
        ("", "", "", "平台订单数量（个），填写近一年总量", v("平台订单数量(近一年总量)（个）"), ""),
        ("", "", "", "平台交易规模年增长率（%）", v("平台交易规模年增长率（%）"), ""),
        ("", "", "", "工业APP 订阅总数量（个）", v("工业APP订阅总数量（个）"), ""),
        ("", "", "", "其中：杀手锏工业APP 订阅数量（个）", v("杀手锏工业APP订阅数量（个）"), ""),
        ("", "", "", "工业APP 订阅总金额（万元）", v("工业APP订阅总金额（万元）"), ""),
        ("", "", "", "平台连接工业设备利用率（%）", v("平台连接工业设备利用率（%）"), ""),
        ("", "", "", "平台国产化率（%）", v("平台国产化率（%）"), ""),
        ("", "", "", "平台是否服务上海智能工厂，数量", T["smart"], ""),
        ("", "", "", "平台服务园区总数（个）", v("平台服务园区总数（个）"), ""),
        ("", "", "", "平台提供的解决方案总数（个）", v("平台提供的解决方案总数（个）"), ""),
        ("", "", "", "其中：按新模式统计解决方案数量（个）", v("按新模式统计解决方案数量（个）"), ""),
        ("", "", "3.1.2 平台应用价值", "投资回报率（%）", v("投资回报率（%）"), ev["audit"]),
        ("", "", "", "企业已上市或已获得VC/PE投资", yes["vc"], ""),
        ("", "", "", "关键技术自主可控", T["autonomy"], ""),
        ("", "", "", "解决方案累计对企业/用户新增效益", T["benefit"], "申报书第五章"),
        ("", "", "", "解决方案累计对企业/用户降低成本", T["cost"], "申报书第五章"),
        ("", "", "", "平台连接工业设备运维成本平均下降率（%）", v("平台连接工业设备运维成本平均下降率（%）"), "申报书第五章"),
        ("", "", "", "平台连接工业设备能耗平均下降率（%）", v("平台连接工业设备能耗平均下降率（%）"), "申报书第五章"),
        ("", "", "", "平台连接工业设备安全生产持续时间平均提升率（%）", v("平台连接工业设备安全生产持续时间平均提升率（%）"), "申报书第五章"),
        ("", "", "", "平台数据价值挖掘应用能力", T["datavalue"], ""),
        ("", "", "", "工业互联网平台+供应链协同应用情况", T["supply"], ""),
        ("", "", "", "平台有否与新技术的融合应用", T["newtech"], ""),
        ("", "", "", "平台现有特色指数（个）", v("平台现有特色指数（个）"), ""),
        ("", "", "3.1.3 平台带动成效", "平台核心软硬件技术获得的专利数量（项）", v("平台核心软硬件技术获得的专利数量（项）"), ev["ip"]),
        ("", "", "", "平台核心软硬件技术获得的软著数量（个）", v("平台核心软硬件技术获得的软著数量（个）"), ev["ip"]),
        ("", "", "", "平台是否有自研形成的核心技术突破", yes["core"], ""),
        ("", "", "", "平台是否具备碳管理服务能力", yes["carbon"], ""),
        ("", "", "", "平台是否融合使用国家标识解析系统", yes["idres"], ""),
        ("", "", "", "平台牵头/参与标准制定情况（国家标准、行业标准）", T["standards"], ""),
        ("", "", "", "平台获得省部级及以上奖项/荣誉数量（个）", v("平台获得省部级及以上奖项/荣誉数量（个）"), ev["award"]),
        ("", "", "", "平台建设与运营带动新增就业人数（人）", v("平台建设与运营带动新增就业人数（人）"), ""),
        ("", "", "", "平台社会贡献率（%）", v("平台社会贡献率（%）"), ""),
        ("", "", "", "平台对关键行业/领域、本市及其他重点区域等贡献及支撑", T["contrib"], ""),
        ("", "3.2 平台生态建设", "3.2.1 平台开放", "是否建立供应链产业链开放共享机制", T["openmech"], ""),
        ("", "", "", "平台开放共享数据的形式及数量", v("平台开放共享数据的形式及数量"), ""),
        ("", "", "3.2.2 平台生态", "合作平台数量（个）", v("合作平台数量（个）"), ""),
        ("", "", "", "跨平台调用功能建设情况", T["crossplat"], ""),
        ("", "", "", "新产业、新模式培育情况", T["newmode"], ""),
    ]
    return rows


def company_rows(P):
    e = P["ent"]
    return [("单位（企业）名称", P["company"]), ("单位（企业）代码", e["code"]), ("成立日期", e["founded"]),
            ("注册地及所在行政区", e["addr"]), ("企业类型", e["type"]), ("注册资本", e["capital"]),
            ("主营业务", e["business"]), ("法定代表人", e["legal"]),
            ("联系人", P["contact"][0]), ("职务", e["title"]), ("联系人手机", P["contact"][1]),
            ("传真", e["fax"]), ("电子邮箱", P["contact"][2]), ("股权结构", e["equity"]),
            ("总资产（万元）", e["assets"]), ("主营业务收入（万元）", e["income"]), ("主营业务收入增长率（%）", e["income_g"]),
            ("负债率（%）", e["debt"]), ("利润总额（万元）", e["profit"]), ("税金（万元）", e["tax"])]


def platform_rows(P, V, T):
    return [("平台名称", P["declared_name"]), ("建设时间", T["built_text"]),
            ("平台建设金额（万元）", V["平台建设金额（万元）"][0]),
            ("平台近三年经营指标情况", V["平台近三年经营指标情况"][0].replace("；", "\n")),
            ("平台建设方式", "☑自建　□合作共建，合作企业名称（必填）：____"),
            ("平台运营模式", "☑自运营　□联合运营　□委托运营"),
            ("IaaS基础设施", T["iaas"]),
            ("部署方式", T["deploy_box"]),
            ("平台网址", f"{P['url']}\n评审账号：{T['account']}　密码：{T['password']}"),
            ("平台基本情况介绍", T["intro"]), ("平台建设成效", T["effect"])]


def form_docx(ctx: Ctx, rel, P, V, T):
    doc = Document()
    K.docx_font(doc, "宋体", 10)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(18)
    for _ in range(4):
        doc.add_paragraph("")
    t = doc.add_paragraph("上海市工业互联网平台应用水平评价")
    t.alignment = 1
    t.runs[0].font.size = Pt(20)
    t = doc.add_paragraph("申报表")
    t.alignment = 1
    t.runs[0].font.size = Pt(26)
    for line in ["申报年度：2024年度", f"平台名称：{P['declared_name']}", f"申报单位：{P['company']}（公章）",
                 f"联 系 人：{P['contact'][0]}", f"联系人电话：{P['contact'][1]}", "", "上海市经济和信息化委员会制",
                 "2024年7月"]:
        p = doc.add_paragraph(line)
        p.alignment = 1
    doc.add_page_break()
    doc.add_paragraph("一、企业基本情况").runs[0].bold = True
    tb = doc.add_table(rows=0, cols=2)
    tb.style = "Table Grid"
    for a, b in company_rows(P):
        r = tb.add_row().cells
        r[0].text, r[1].text = a, str(b)
    doc.add_paragraph("二、平台基本情况").runs[0].bold = True
    tb = doc.add_table(rows=0, cols=2)
    tb.style = "Table Grid"
    for a, b in platform_rows(P, V, T):
        r = tb.add_row().cells
        r[0].text, r[1].text = a, str(b)
    doc.add_page_break()
    doc.add_paragraph("三、上海市工业互联网平台应用水平评价指标明细表").runs[0].bold = True
    tb = doc.add_table(rows=1, cols=6)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, ["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]):
        c.text = h
    for row in detail_rows(P, V, T):
        cells = tb.add_row().cells
        for c, val in zip(cells, row):
            c.text = str(val)
    K.save_docx(doc, ctx.path(rel))
    ctx.add(rel, "申报表")


def form_xlsx(ctx: Ctx, rel, P, V, T):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "企业基本情况"
    ws.append(["上海市工业互联网平台应用水平评价申报表（2024年度）"])
    ws.append(["一、企业基本情况"])
    for a, b in company_rows(P):
        ws.append([a, b])
    ws.column_dimensions["A"].width = 26
    ws.column_dimensions["B"].width = 70
    ws2 = wb.create_sheet("平台基本情况")
    ws2.append(["二、平台基本情况"])
    for a, b in platform_rows(P, V, T):
        ws2.append([a, b])
    ws2.column_dimensions["A"].width = 24
    ws2.column_dimensions["B"].width = 90
    ws3 = wb.create_sheet("指标明细表")
    ws3.append(["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"])
    for row in detail_rows(P, V, T):
        vals = list(row)
        ws3.append(vals)
    for col, wd in zip("ABCDEF", [16, 16, 18, 40, 60, 24]):
        ws3.column_dimensions[col].width = wd
    K.save_xlsx(wb, ctx.path(rel))
    ctx.add(rel, "申报表")


def form_scan(ctx: Ctx, rel, P, V, T, seed):
    buf = io.BytesIO()
    fl = K.Flow(buf, header=f"{P['company']}　申报表（盖章版）")
    fl.space(80)
    fl.title("上海市工业互联网平台应用水平评价", 18)
    fl.title("申 报 表", 24)
    fl.space(30)
    for line in ["申报年度：2024年度", f"平台名称：{P['declared_name']}", f"申报单位：{P['company']}",
                 f"联 系 人：{P['contact'][0]}", f"联系人电话：{P['contact'][1]}"]:
        fl.title(line, 12, 8)
    fl.new_page()
    fl.heading("一、企业基本情况", 11)
    fl.table(["项目", "内容"], [[a, str(b)[:46]] for a, b in company_rows(P)], [50, 116], size=8.5)
    fl.heading("二、平台基本情况", 11)
    fl.table(["项目", "内容"], [[a, str(b).split("\n")[0][:46]] for a, b in platform_rows(P, V, T)[:9]], [50, 116], size=8.5)
    fl.new_page()
    fl.heading("三、评价指标明细表（平台实际情况）", 11)
    rows = []
    for r in detail_rows(P, V, T):
        val = str(r[4]).replace("\n", " ")
        rows.append([r[3][:26], val[:40] + ("…" if len(val) > 40 else "")])
    fl.table(["内容", "平台实际情况"], rows, [72, 94], size=7.5, row_h=13)
    fl.right(f"申报单位（盖章）：{P['company']}　　2024年7月", 10)
    fl.save()
    import pypdfium2 as pdfium
    n = len(pdfium.PdfDocument(buf.getvalue()))
    seals = {0: (P["company"], 0.56, 0.5), n - 1: (P["company"], 0.6, 0.72)}
    K.scan_pdf(buf.getvalue(), ctx.path(rel), seed, seals=seals, scale=1.4, bw_pages=set(range(1, n - 1)))
    ctx.add(rel, "申报表扫描件")


SUMMARY_PRINTED = {  # 附件4 wording where it differs from the truth label
}


def summary_xlsx(ctx: Ctx, rel, V, horizontal=False):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "平台基本情况汇总表"
    if horizontal:
        ws.append(["附件4　平台基本情况汇总表"])
        ws.append(LABELS)
        ws.append([V[l][0] for l in LABELS])
        for i in range(1, len(LABELS) + 1):
            ws.cell(2, i).alignment = Alignment(wrap_text=True, vertical="center")
    else:
        ws.append(["附件4", "平台基本情况汇总表"])
        ws.append(["项目", "内容"])
        for l in LABELS:
            val = V[l][0]
            if l in ("平台是否建立安全管理体系",) or l.startswith("有否") or l.startswith("平台是否有") \
                    or l.startswith("平台是否具备") or l.startswith("平台是否融合") or l.startswith("企业是否"):
                pass
            ws.append([l, val])
        ws.column_dimensions["A"].width = 44
        ws.column_dimensions["B"].width = 70
    K.save_xlsx(wb, ctx.path(rel))
    ctx.add(rel, "汇总表")


def contact_docx(ctx: Ctx, rel, P):
    doc = Document()
    K.docx_font(doc)
    doc.add_paragraph("附件1")
    doc.add_paragraph("联系人信息反馈表").alignment = 1
    doc.add_paragraph("2024年度上海市工业互联网平台应用水平评价工作")
    doc.add_paragraph("一、联系人信息反馈")
    tb = doc.add_table(rows=1, cols=6)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, ["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"]):
        c.text = h
    for row in [["联系人（主）", P["contact"][0], P["company"], P["ent"]["title"], P["contact"][1], P["contact"][2]],
                ["联系人（备用）", P["backup"][0], P["company"], P["backup"][1], P["backup"][2], P["backup"][3]]]:
        cells = tb.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    doc.add_paragraph("二、评审会现场地址信息反馈")
    doc.add_paragraph(f"具体地址：{P['venue']}")
    K.save_docx(doc, ctx.path(rel))
    ctx.add(rel, "联系人表")


def commitment_scan(ctx: Ctx, rel, P, seed):
    buf = io.BytesIO()
    fl = K.Flow(buf, footer_fmt="")
    fl.space(60)
    fl.title("真实性承诺", 20, 30)
    fl.para("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，"
            "如有不实，愿承担相应的法律责任及由此产生的一切后果。", 12)
    fl.para("特此承诺。", 12)
    fl.space(80)
    fl.right(f"申报单位：{P['company']}（盖章）", 12)
    fl.right(f"法定代表人：{P['ent']['legal']}（签章）", 12)
    fl.right("2024年7月16日", 12)
    fl.save()
    K.scan_pdf(buf.getvalue(), ctx.path(rel), seed, seals={0: (P["company"], 0.55, 0.45)})
    ctx.add(rel, "承诺")


def narrative_sections(P, V, T, with7=True):
    v = lambda l: V[l][0]  # noqa: E731
    name = P["declared_name"]
    s = []
    s.append(("一、申报单位简介", [
        f"{P['company']}成立于{P['ent']['founded']}，注册资本{P['ent']['capital']}，主营{P['ent']['business']}。"
        f"公司长期深耕{P['field']}领域，形成了覆盖咨询规划、软硬件集成、平台运营和运维服务的完整能力。",
        f"核心竞争力方面，公司拥有平台团队{v('平台团队总人数（人）')}人，其中运维{v('运维人数（人）')}人、运营{v('运营人数（人）')}人；"
        f"围绕平台累计取得专利{v('平台核心软硬件技术获得的专利数量（项）')}项、软件著作权{v('平台核心软硬件技术获得的软著数量（个）')}项。",
        T["company_more"]]))
    s.append(("二、平台建设及运营情况", [
        f"（一）平台基本信息。{name}于{T['built_text']}分期建设，累计投入{v('平台建设金额（万元）')}万元，定位为{T['position']}",
        f"（二）技术架构。平台采用“边缘接入层—IaaS资源层—工业PaaS层—工业SaaS层”四层架构，边缘侧部署自研网关，兼容"
        f"{v('工业协议兼容适配数量（个）')}种工业协议；PaaS层提供{v('微服务数量（个）')}个微服务、{v('工业机理模型数量（个）')}个工业机理模型。",
        f"（三）技术路线先进性。{T['advance']}",
        f"（四）平台运营情况。截至填表日，平台接入各类工业设备{v('连接的工业设备/产品/产线种类及数量（台/套）')}台/套，"
        f"注册企业{v('注册企业用户数（个）')}家，实际服务企业{v('实际服务企业数（个）')}家。{T['ops_more']}",
        f"技术创新点总结：{T['innovation']}"]))
    s.append(("三、平台应用成效", [T["effect"], f"应用创新点总结：{T['app_innov']}"]))
    s.append(("四、平台下一步发展计划", [T["next"]]))
    s.append(("五、平台应用案例", T["cases"]))
    s.append(("六、附件及其他说明材料", [f"附件{i}：{a}" for i, a in enumerate(T["attachments"], start=1)]))
    if with7:
        s.append(("七、平台相较上年度对比情况", T["compare"]))
    return s


def narrative_docx(ctx: Ctx, rel, P, V, T, with7=True):
    doc = Document()
    K.docx_font(doc, "仿宋", 12)
    for _ in range(5):
        doc.add_paragraph("")
    for line, size in [("上海市工业互联网平台应用水平评价", 20), ("申报书", 28)]:
        p = doc.add_paragraph(line)
        p.alignment = 1
        p.runs[0].font.size = Pt(size)
    for line in ["申报年度：2024年度", f"平台名称：{P['declared_name']}", f"申报单位：{P['company']}（公章）",
                 f"联 系 人：{P['contact'][0]}", f"联系人电话：{P['contact'][1]}"]:
        doc.add_paragraph(line).alignment = 1
    doc.add_page_break()
    for title, paras in narrative_sections(P, V, T, with7):
        doc.add_heading(title, level=1)
        for p in paras:
            doc.add_paragraph(p)
        if title.startswith("二"):
            doc.add_paragraph("表X 平台对标同行业或相似平台的部分量化数据对比表")
            tb = doc.add_table(rows=1, cols=3)
            tb.style = "Table Grid"
            for c, h in zip(tb.rows[0].cells, ["三级指标", "本平台数据", "对标数据"]):
                c.text = h
            for row in T["bench"]:
                cells = tb.add_row().cells
                for c, val in zip(cells, row):
                    c.text = val
        doc.add_page_break()
    K.save_docx(doc, ctx.path(rel))
    ctx.add(rel, "申报书")


def narrative_pdf(ctx: Ctx, rel, P, V, T, with7=True):
    buf = io.BytesIO()
    fl = K.Flow(buf, header=f"{P['declared_name']}　申报书")
    fl.space(140)
    fl.title("上海市工业互联网平台应用水平评价", 20)
    fl.title("申 报 书", 28, 40)
    for line in ["申报年度：2024年度", f"平台名称：{P['declared_name']}", f"申报单位：{P['company']}（公章）",
                 f"联 系 人：{P['contact'][0]}", f"联系人电话：{P['contact'][1]}"]:
        fl.title(line, 12, 10)
    for title, paras in narrative_sections(P, V, T, with7):
        fl.new_page()
        fl.heading(title, 14, 10)
        for p in paras:
            fl.para(p, 11)
        if title.startswith("二"):
            fl.heading("表X 平台对标同行业或相似平台的部分量化数据对比表", 10)
            fl.table(["三级指标", "本平台数据", "对标数据"], [[r[0], r[1][:22], r[2][:22]] for r in T["bench"]],
                     [40, 62, 64], size=8.5)
    fl.save()
    ctx.path(rel).write_bytes(buf.getvalue())
    ctx.add(rel, "申报书")


# =============================================================================================
# Texts common to the four packages (filled from each spec)
# =============================================================================================

def texts(P, V, ev):
    f = P["field"]
    yes = {"sec": f"是，《{P['short']}平台网络与数据安全管理办法》（{P['docno']}-01，2022年3月）、《{P['short']}平台运维安全操作规程》"
                  f"（{P['docno']}-02，2022年6月）、《数据分类分级管理细则》（{P['docno']}-05，2023年9月）",
           "test": "是，每年委托第三方测评机构开展一次渗透测试和等保测评", "scan": "是，每月开展一次漏洞扫描，重大版本上线前加扫",
           "vc": "是，" + P["listed_text"] if P["listed"] else "否",
           "core": "是，自研设备健康度评估与边缘实时推理引擎，关键指标（诊断准确率、推理时延）对标国外同类产品处于同等水平",
           "carbon": "是，" + P["carbon_text"] if P["carbon"] else "否",
           "idres": "是，已接入国家工业互联网标识解析二级节点，为设备与备件分配标识" if P["idres"] else "否"}
    T = dict(
        yes=yes, proof=ev,
        position=P["position"],
        policy="工业和信息化部《工业互联网创新发展行动计划（2021-2023年）》——推动平台在重点行业普及；"
               "上海市《制造业数字化转型实施方案》——打造行业级工业互联网平台；" + f"{f}行业——设备运维由被动检修向预测性维护转变。",
        strategy=f"是，《{P['company']}“十四五”数字化发展规划》",
        plan=f"是，《{P['declared_name']}三年发展专项规划（2023-2025）》",
        other_res=P["other_res"],
        edge=f"边缘侧支持数据采集、数据存储、网络传输、智能分析和本地告警联动；边缘计算应用节点数{P['edge_nodes']}个；最低响应时延8毫秒。"
             f"其中私有化部署项目边缘节点{P['edge_nodes'] // 3}个，采用与公有云一致的网关固件，数据经单向网闸同步至平台。",
        other_collect="支持对接ERP、MES、EAM、SCADA等系统，通过API、数据库同步和文件采集三种方式获取业务数据，日均采集记录约2.6亿条。",
        compute=P["compute"],
        datamgmt="建立数据标准目录和主数据管理体系，制定设备编码、测点命名等标准312项，开展数据质量稽核与分类分级管理。",
        framework="基于Spring Cloud与Kubernetes的微服务框架，提供低代码应用编排、模型服务化封装和统一网关，支持应用灰度发布。",
        tools="提供在线IDE、可视化组态工具、模型训练工作台、API调试工具和应用打包发布工具，支持DevOps流水线。",
        smart=f"是，{P['smart_factories']}家：" + "；".join(P["smart_list"]),
        autonomy="设备接入网关、时序数据库、机理模型引擎、低代码开发工具均为自主研发，自主可控。",
        benefit=P["benefit"], cost=P["cost"],
        datavalue="基于设备运行大数据构建故障知识库和备件寿命模型，沉淀工业知识图谱，实现诊断经验的复用与推广。",
        supply="平台与上下游供应商的备件库存、维修服务系统对接，实现备件需求预测与联合库存，供应商准时交付率提升。",
        newtech="有，融合5G、边缘计算、数字孪生和AI大模型，开展设备智能诊断与运维知识问答。",
        standards="参与制定行业标准2项、团体标准3项。",
        contrib=f"平台服务本市企业{V['服务本市企业数量（个）'][0]}家，支撑{f}行业数字化转型。",
        openmech="是，向产业链上下游开放设备运行数据服务、备件协同和应用功能，建立数据授权使用和收益分配机制。",
        crossplat="已与多家行业平台和公共服务平台实现账号互认与API互调，支持跨平台数据订阅。",
        newmode="有，培育“设备运维即服务”“按效果付费”等新模式。",
        built_text=P["built_text"],
        iaas=P["iaas"], deploy_box=P["deploy_box"],
        account=P["account"], password=P["password"],
        intro=P["intro"], effect=P["effect"],
        company_more=P["company_more"], advance=P["advance"], ops_more=P["ops_more"], innovation=P["innovation"],
        app_innov=P["app_innov"], next=P["next"], cases=P["cases_text"], attachments=P["attachments"],
        compare=P.get("compare", []), bench=P["bench"])
    return T


# =============================================================================================
# Package specs
# =============================================================================================

def build_package(out: Path, S) -> dict:
    P = S["P"]
    ctx = Ctx(out, P["pid"], P["folder"])
    rng = random.Random(P["seed"])
    ctx.layout = list(S["layout"])
    ev = S["ev"]
    # --- evidence --------------------------------------------------------------------------
    dev_rows = S["devices"](rng)
    dev_true = dev_stats(dev_rows, S["cat_order"], S["reg_order"], S["overseas_keys"])
    dinfo = S["device_file"](ctx, dev_rows, dev_true)
    srv = None
    if S.get("served"):
        srows = S["served"](rng)
        srv = served_stats(srows, S["ind_order"], S["srv_reg_order"])
        served_xlsx(ctx, ev["served_file"], srows, srv, S["system"], S["exported"])
    inv, util, soft = gen_ip(random.Random(P["seed"] + 11), P["company"], *S["ip_counts"], S["soft_prefix"])
    ip = ip_list(ctx, ev["ip_file"], P["company"], P["declared_name"], inv, util, soft, scanned=S.get("ip_scanned", False),
                 seed=P["seed"] + 3, cont=S.get("ip_cont", "（续）"))
    award_list(ctx, ev["award_file"], S["awards"], P["company"], scanned=S.get("award_scanned", False), seed=P["seed"] + 4)
    audit_report(ctx, ev["audit_file"], S["fin"], P["company"], P["declared_name"], S["firm"],
                 scanned=S.get("audit_scanned", False), seed=P["seed"] + 5)
    # --- declared values -------------------------------------------------------------------
    D = compose(P, dev_true, srv, ip, len(S["awards"]), S["fin"])
    for fn in S.get("mutate", []):
        fn(D, ctx, dev_true, srv, ip, dinfo)
    V = finish_values(D)
    screenshots(ctx, ev["shot_file"], S["shots"](V), P["brand"])
    # --- application documents -------------------------------------------------------------
    T = texts(P, V, S["proof"])
    contact_docx(ctx, S["files"]["contact"], P)
    if S["files"].get("form_docx"):
        form_docx(ctx, S["files"]["form_docx"], P, V, T)
    if S["files"].get("form_xlsx"):
        form_xlsx(ctx, S["files"]["form_xlsx"], P, V, T)
    form_scan(ctx, S["files"]["form_scan"], P, V, T, P["seed"] + 6)
    with7 = P["p2023"] and not S.get("drop7")
    if S["files"]["book"].endswith(".docx"):
        narrative_docx(ctx, S["files"]["book"], P, V, T, with7)
    else:
        narrative_pdf(ctx, S["files"]["book"], P, V, T, with7)
    summary_xlsx(ctx, S["files"]["summary"], V, horizontal=S.get("summary_horizontal", False))
    commitment_scan(ctx, S["files"]["commit"], P, P["seed"] + 7)
    for fn in S.get("after", []):
        fn(ctx, V, P)
    ctx.secrets.append(P["password"])
    truth = dict(
        schema_version=1, package_id=P["pid"], description=S["description"],
        path=f"{REL_PKG}/{P['folder']}", delivery="folder",
        platform=dict(list_no=P["list_no"], listed_name=P["listed_name"], company=P["company"],
                      declared_name=P["declared_name"], participated_2023=P["p2023"]),
        layout=ctx.layout, files=dict(sorted(ctx.files.items())), secrets=ctx.secrets,
        summary_rows=[dict(label=l, value=V[l][0], normalized=V[l][1]) for l in LABELS],
        evidence_facts=ctx.facts, problems=ctx.problems)
    return PackageTruth.model_validate(truth)


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=PKG_DIR)
    ap.add_argument("--truth", type=Path, default=TRUTH_DIR)
    a = ap.parse_args(argv)
    a.out.mkdir(parents=True, exist_ok=True)
    a.truth.mkdir(parents=True, exist_ok=True)
    import shutil

    from h78specs import SPECS
    for S in SPECS:
        d = a.out / S["P"]["folder"]
        if d.exists():
            shutil.rmtree(d)
        truth = build_package(a.out, S)
        (a.truth / f"{truth.package_id}.json").write_text(dump_truth(truth), encoding="utf-8")
        print(f"{truth.package_id}: {len(truth.files)} files, {len(truth.evidence_facts)} facts, "
              f"{len(truth.problems)} problems")


if __name__ == "__main__":
    main()
