"""Build blind set h46 (big packages): `python -m eval_sets.blind.h46.build [--out DIR]`.

Writes <out>/packages/<id>/… and <out>/truth/<id>.json (default out = this folder)."""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

import openpyxl
from docx import Document

from eval_sets.truth import PackageTruth, dump_truth

from . import common, docs, docs2, lists
from .form import n2, summary_values
from .model import make
from .specs import SPECS

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]


class Pkg:
    def __init__(self, root: Path, s):
        self.root, self.s = root, s
        self.files: dict[str, str] = {}
        self.facts: list[dict] = []
        self._text = {}

    def p(self, rel: str, role: str) -> Path:
        self.files[rel] = role
        out = self.root / rel
        out.parent.mkdir(parents=True, exist_ok=True)
        return out

    def copy(self, src: str, dst: str, role: str):
        shutil.copyfile(self.root / src, self.p(dst, role))

    def pdf_fact(self, label, value, unit, norm, rel, quote, anchor=None, row_label="", column_label="", component=""):
        if rel not in self._text:
            self._text[rel] = common.pdf_pages_text(self.root / rel)
        q = common.squash(quote)
        for i, t in enumerate(self._text[rel], start=1):
            st = common.squash(t)
            if q in st and (anchor is None or common.squash(anchor) in st):
                self.facts.append(dict(label=label, value=value, unit=unit, normalized=norm, file=rel, page=i, quote=quote,
                                       row_label=row_label, column_label=column_label, component=component, image_only=False))
                return i
        raise AssertionError(f"quote {quote!r} not found in {rel}")

    def img_fact(self, label, value, unit, norm, rel, quote, row_label="", page=1):
        self.facts.append(dict(label=label, value=value, unit=unit, normalized=norm, file=rel, page=page, quote=quote,
                               row_label=row_label, column_label="", component="", image_only=True))

    def xlsx_fact(self, label, value, unit, norm, rel, sheet_index, quote, row_label="", component=""):
        wb = openpyxl.load_workbook(self.root / rel)
        ws = wb.worksheets[sheet_index - 1]
        text = " ".join(str(c) for row in ws.iter_rows(values_only=True) for c in row if c is not None)
        assert common.squash(quote) in common.squash(text), (rel, quote)
        self.facts.append(dict(label=label, value=value, unit=unit, normalized=norm, file=rel, page=sheet_index, quote=quote,
                               row_label=row_label, column_label="", component=component, image_only=False))


def xs(x) -> str:
    """A number as an XLSX reader prints the stored cell (1280.0 is stored as 1280)."""
    if isinstance(x, float) and x.is_integer():
        return str(int(x))
    return str(x)


def simple_docx(path: Path, title: str, paras: list[str]):
    doc = Document()
    doc.add_heading(title, level=1)
    for p in paras:
        doc.add_paragraph(p)
    doc.save(path)
    common.normalize_zip(path, title)


def build_one(spec_fn, out: Path) -> PackageTruth:
    s = spec_fn()
    pid = s["pid"]
    root = out / "packages" / pid
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    m = make(s)
    k = Pkg(root, s)
    C = s["short"]
    E = "03-证明材料"
    # ---------------- planted model changes that the form follows ----------------
    if s.get("app_bad"):
        cat, d = s["app_bad"]
        m.app_total += d
        m.app_by_cat[cat] += d
        m.app_native += d
        top = max(m.app_by_ind, key=m.app_by_ind.get)
        m.app_by_ind[top] += d
    overrides = {}
    # ---------------- file names ----------------
    F = dict(
        audit=f"{E}/3.1 财务/3.1.1 {C}2023年度审计报告（含工业互联网平台业务收支专项说明）.pdf",
        license=f"{E}/3.1 财务/3.1.2 营业执照（副本）扫描件.pdf",
        dev=f"{E}/3.2 设备/3.2.1 平台接入工业设备明细清单（截至2024年6月30日）.pdf",
        run=f"{E}/3.2 设备/3.2.2 公有云工业设备日均运行统计（2023.07-2024.06）.xlsx",
        ent=f"{E}/3.3 用户/3.3.1 平台实际服务企业名单（{'按月份' if s.get('ent_by') == 'month' else '按区域分表'}）.xlsx",
        app=f"{E}/3.4 工业APP/3.4.1 平台工业APP清单（按附录B分类）.pdf",
        killer=f"{E}/3.4 工业APP/3.4.2 杀手锏工业APP运营数据说明.pdf",
        patent=f"{E}/3.5 知识产权/3.5.1 平台核心技术专利清单.pdf",
        soft=f"{E}/3.5 知识产权/3.5.2 平台软件著作权登记清单.xlsx",
        shot1=f"{E}/3.6 平台运行/3.6.1 平台运营总览驾驶舱截图.png",
        shot2=f"{E}/3.6 平台运行/3.6.2 设备监控中心截图.png",
        shot3=f"{E}/3.6 平台运行/3.6.3 开发者社区后台截图.png",
        cloud=f"{E}/3.6 平台运行/3.6.4 云资源及存储使用统计.xlsx",
        model=f"{E}/3.6 平台运行/3.6.5 工业模型清单及分类汇总.xlsx",
        xc=f"{E}/3.6 平台运行/3.6.6 信创适配及国产化率说明.pdf",
        perf=f"{E}/3.6 平台运行/3.6.7 平台性能测试报告（摘要）.pdf",
        sec1=f"{E}/3.7 安全/3.7.1 平台网络安全管理制度汇编.docx",
        sec2=f"{E}/3.7 安全/3.7.2 网络安全等级保护测评报告（结论页）.pdf",
        sec3=f"{E}/3.7 安全/3.7.3 漏洞扫描报告（2024年第二季度）.pdf",
        park=f"{E}/3.8 应用/3.8.2 平台服务园区清单.pdf",
        coop=f"{E}/3.8 应用/3.8.3 合作平台清单及对接说明.pdf",
        orders=f"{E}/3.8 应用/3.8.4 平台订单及APP订阅统计.xlsx",
        award=f"{E}/3.9 荣誉/3.9.1 省部级及以上奖项荣誉清单.pdf",
        plan=f"{E}/3.10 其他/3.10.1 平台专项发展规划（2023-2025年）.pdf",
        team=f"{E}/3.10 其他/3.10.2 平台团队人员汇总表.xlsx",
        std=f"{E}/3.10 其他/3.10.3 参与制定标准文本首页.pdf",
        jobs=f"{E}/3.10 其他/3.10.4 带动新增就业情况说明（社保缴纳证明）.pdf",
    )
    P = dict(audit=f"附件3.1.1 审计报告第十一节《工业互联网平台业务收支专项说明》", dev="附件3.2.1《平台接入工业设备明细清单》末页汇总",
             run="附件3.2.2《公有云工业设备日均运行统计》", ent="附件3.3.1《平台实际服务企业名单》汇总表",
             app="附件3.4.1《平台工业APP清单》", killer="附件3.4.2《杀手锏工业APP运营数据说明》", shot="附件3.6.1-3.6.3 平台运行截图",
             cloud="附件3.6.4《云资源及存储使用统计》", model="附件3.6.5《工业模型清单及分类汇总》", sec="附件3.7.1-3.7.3",
             factory="附件3.8.1 智能工厂服务证明", park="附件3.8.2《平台服务园区清单》", coop="附件3.8.3《合作平台清单》",
             orders="附件3.8.4《平台订单及APP订阅统计》", subs="附件3.8.4《平台订单及APP订阅统计》", patent="附件3.5.1《平台核心技术专利清单》",
             soft="附件3.5.2《平台软件著作权登记清单》", award="附件3.9.1《省部级及以上奖项荣誉清单》", plan="附件3.10.1 平台专项发展规划",
             team="附件3.10.2《平台团队人员汇总表》")
    if s.get("missing_files"):
        P["subs_amount"] = "附件3.4.3《工业APP订阅收入台账》"
    if s.get("soft_double"):
        P["soft"] = "附件3.5.2《平台软件著作权登记清单》及备份/《软件著作权登记清单（2024版）》，两份清单合计"
        n = 2 * len(m.softs)
        overrides["平台核心软硬件技术获得的软著数量（个）"] = (str(n), n)
    s["proofs"] = P
    # ---------------- device list (its printed 合计 may drive the form) ----------------
    dv = lists.device_list_pdf(k.p(F["dev"], "evidence:device_list"), m, s, bad=s.get("dev_bad"))
    if s.get("dev_bad"):
        overrides["连接的工业设备/产品/产线种类及数量（台/套）"] = (str(dv["total"]), dv["total"])
    s["overrides"] = overrides
    v = summary_values(m, s)
    D = lambda lab: v[lab][1]  # noqa: E731
    lab_dev = "连接的工业设备/产品/产线种类及数量（台/套）"
    k.pdf_fact(lab_dev, f"{dv['total']:,}", "台/套", dv["total"], F["dev"], f"合计：{dv['total']:,} 台/套", row_label="合计")
    k.pdf_fact("公有云工业设备连接数量（台/套）", f"{dv['pub']:,}", "台/套", dv["pub"], F["dev"], f"其中公有云接入：{dv['pub']:,} 台/套",
               row_label="其中公有云接入")
    k.pdf_fact("海外设备连接数量（台/套）", f"{m.overseas_total:,}", "台/套", m.overseas_total, F["dev"],
               f"其中海外设备：{m.overseas_total:,} 台/套", row_label="其中海外设备")
    lists.running_xlsx(k.p(F["run"], "evidence:device_list"), m, s)
    k.xlsx_fact("公有云工业设备平均日运行数量（台/套）", str(m.run_total), "台/套", m.run_total, F["run"], 1, str(m.run_total), "近12个月日均")
    k.xlsx_fact("平台连接工业设备利用率（%）", xs(s["dev_util"]), "%", s["dev_util"], F["run"], 1, xs(s["dev_util"]), "平台连接工业设备利用率（%）")
    # ---------------- enterprises ----------------
    en = lists.enterprise_xlsx(k.p(F["ent"], "evidence:other"), m, s, by=s.get("ent_by", "region"), drop=s.get("ent_drop", 0))
    for lab, val, cap in [("实际服务企业数（个）", m.served, "实际服务企业合计"), ("付费企业数（个）", m.paid, "其中：付费企业"),
                          ("服务中小企业数量（个）", m.sme, "其中：中小企业"), ("服务本市企业数量（个）", m.local, "其中：上海市企业"),
                          ("注册企业用户数（个）", m.registered, "平台注册企业用户（含未开通服务）")]:
        k.xlsx_fact(lab, str(val), "家", val, F["ent"], 1, str(val), cap)
    # ---------------- APPs ----------------
    ap = lists.app_list_pdf(k.p(F["app"], "evidence:other"), m, s, bad=s.get("app_bad"))
    k.pdf_fact("工业APP数量（个）", str(ap["total"]), "个", ap["total"], F["app"], f"合计：{ap['total']} 个", row_label="合计")
    k.pdf_fact("基于平台开发的工业APP数量（个）", str(m.app_native), "个", m.app_native, F["app"], f"基于平台开发的工业APP {m.app_native} 个",
               row_label="其中：基于平台开发的工业APP")
    k.pdf_fact("云化工业软件数量（个）", str(m.app_cloud), "个", m.app_cloud, F["app"], f"云化工业软件 {m.app_cloud} 个", row_label="云化工业软件")
    k.pdf_fact("公有云工业APP数量（个）", str(m.app_pub), "个", m.app_pub, F["app"], f"公有云部署 {m.app_pub} 个", row_label="公有云部署")
    # killer doc
    kl = s["killer"]
    ks = s["subs"][1]
    split = [0.31, 0.23, 0.18, 0.15, 0.13]
    from .model import alloc
    ksub = alloc(ks, {str(i): w for i, w in enumerate(split)})
    kon = alloc(kl[0], {str(i): w for i, w in enumerate(split)})
    names = ["智能排产助手", "能耗监测", "质量追溯", "仓储管理", "设备点检"]
    rows = [["排名", "APP名称", "简介", "订阅数量（个）", "日均在线用户（个）"]] + [
        [str(i + 1), nm, "平台订阅量前五的工业APP", f"{ksub[str(i)]:,}", f"{kon[str(i)]:,}"] for i, nm in enumerate(names)] + [
        ["合计", "", "", f"{ks:,}", f"{kl[0]:,}"]]
    docs2.write_simple_pdf(k.p(F["killer"], "evidence:other"), "杀手锏工业APP运营数据说明",
                           [f"杀手锏工业APP指平台上订阅用户数最多的5个工业APP。统计期2023年7月至2024年6月，杀手锏APP日活次数近一年平均{kl[1]:,}次，"
                            f"杀手锏APP月平均收入{n2(kl[2])}万元。平台工业APP订阅总数量{s['subs'][0]:,}个。"], s["seed"] + 61,
                           header=s["company"], table=(rows, [14, 36, 60, 30, 30]))
    k.pdf_fact("杀手锏工业APP订阅数量（个）", f"{ks:,}", "个", ks, F["killer"], f"{ks:,}", anchor="合计", row_label="合计", column_label="订阅数量（个）")
    k.pdf_fact("公有云杀手锏APP平均日在线用户数（个）", f"{kl[0]:,}", "个", kl[0], F["killer"], f"{kl[0]:,}", row_label="合计",
               column_label="日均在线用户（个）")
    k.pdf_fact("杀手锏APP日活次数（次）", f"{kl[1]:,}", "次", kl[1], F["killer"], f"日活次数近一年平均{kl[1]:,}次", row_label="杀手锏APP日活次数")
    k.pdf_fact("杀手锏APP月平均收入（万元）", n2(kl[2]), "万元", kl[2], F["killer"], f"月平均收入{n2(kl[2])}万元", row_label="杀手锏APP月平均收入")
    # ---------------- IP ----------------
    lists.patent_pdf(k.p(F["patent"], "evidence:patent_list"), m, s)
    k.pdf_fact("平台核心软硬件技术获得的专利数量（项）", str(len(m.patents)), "项", len(m.patents), F["patent"], f"专利清单（共{len(m.patents)}项）",
               row_label="专利清单")
    lists.soft_xlsx(k.p(F["soft"], "evidence:patent_list"), m, s)
    k.xlsx_fact("平台核心软硬件技术获得的软著数量（个）", str(len(m.softs)), "项", len(m.softs), F["soft"], 1, f"合计：{len(m.softs)}项", "合计")
    for i, p in enumerate(m.patents[:3], start=1):
        docs2.write_scanned_letter(k.p(f"{E}/3.5 知识产权/证书扫描件/专利证书-{i:02d}（{p['num']}）.pdf", "evidence:other"), "发明专利证书",
                                   [f"发明名称：{p['name']}", f"专利号：{p['num']}", f"专利权人：{s['company']}", f"授权公告日：{p['date']}"],
                                   "国家知识产权局", s["seed"] + 70 + i, sign="局长（签章）")
    # ---------------- screenshots ----------------
    tiles1 = [("注册企业用户（家）", f"{m.registered:,}"), ("实际服务企业（家）", f"{m.served:,}")]
    if not s.get("app_bad"):
        tiles1.append(("上架工业APP（个）", f"{m.app_total}"))
    tiles1 += [("工业机理模型（个）", f"{m.model_total}"), ("微服务（个）", f"{s['ms'][0]:,}"), ("活跃微服务（个）", f"{s['ms'][1]:,}"),
               ("付费企业（家）", f"{m.paid:,}")]
    lists.dashboard_png(root / k.p(F["shot1"], "evidence:screenshot").relative_to(root), f"{s['declared_name']} · 运营总览", tiles1, s["seed"] + 81)
    tiles2 = [] if s.get("dev_bad") else [("接入设备总数（台/套）", f"{m.dev_total:,}")]
    tiles2 += [("公有云接入（台/套）", f"{m.pub_total:,}"), ("公有云日均运行（台/套）", f"{m.run_total:,}"), ("海外设备（台/套）", f"{m.overseas_total:,}"),
               ("兼容协议（个）", f"{s['protocols']}")]
    lists.dashboard_png(k.p(F["shot2"], "evidence:screenshot"), "设备监控中心", tiles2, s["seed"] + 82)
    tiles3 = [("注册开发者（个）", f"{s['devs'][0]:,}"), ("活跃开发者（个）", f"{s['devs'][1]:,}"), ("发布组件（个）", f"{s['ms'][0] // 5:,}")]
    lists.dashboard_png(k.p(F["shot3"], "evidence:screenshot"), "开发者社区 · 管理后台", tiles3, s["seed"] + 83)
    for lab, cap, val, rel in [("注册企业用户数（个）", "注册企业用户（家）", m.registered, F["shot1"]),
                               ("实际服务企业数（个）", "实际服务企业（家）", m.served, F["shot1"]),
                               ("工业APP数量（个）", "上架工业APP（个）", m.app_total, F["shot1"]),
                               ("工业机理模型数量（个）", "工业机理模型（个）", m.model_total, F["shot1"]),
                               ("微服务数量（个）", "微服务（个）", s["ms"][0], F["shot1"]),
                               ("活跃微服务数量（一周调用5次以上）（个）", "活跃微服务（个）", s["ms"][1], F["shot1"]),
                               ("付费企业数（个）", "付费企业（家）", m.paid, F["shot1"]),
                               ("连接的工业设备/产品/产线种类及数量（台/套）", "接入设备总数（台/套）", m.dev_total, F["shot2"]),
                               ("公有云工业设备连接数量（台/套）", "公有云接入（台/套）", m.pub_total, F["shot2"]),
                               ("公有云工业设备平均日运行数量（台/套）", "公有云日均运行（台/套）", m.run_total, F["shot2"]),
                               ("开发者注册总数（个）", "注册开发者（个）", s["devs"][0], F["shot3"]),
                               ("活跃开发者数（个）", "活跃开发者（个）", s["devs"][1], F["shot3"])]:
        tiles = {"shot1": tiles1, "shot2": tiles2, "shot3": tiles3}
        tl = tiles1 if rel == F["shot1"] else tiles2 if rel == F["shot2"] else tiles3
        hit = [t for t in tl if t[0] == cap]
        if hit:
            k.img_fact(lab, hit[0][1], "个" if "个" in cap else ("家" if "家" in cap else "台/套"), val, rel, hit[0][1], row_label=cap)
    # ---------------- cloud, models ----------------
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "资源汇总"
    for r in [["指标", "数值", "单位"], ["平台实际用云量", s["cloud_servers"], "台"], ["其中：公有云服务器", s["pub_servers"], "台"],
              ["存储容量", s["storage_cap"], "TB"], ["存储工业数据量", s["storage_data"], "TB"], ["公有云数据总量", s["pub_data"], "TB"],
              ["统计时点", "2024-06-30", ""]]:
        ws.append(r)
    wb.save(k.p(F["cloud"], "evidence:other"))
    common.normalize_zip(root / F["cloud"], "云资源统计")
    for lab, key, cap in [("平台实际用云量（台）", "cloud_servers", "平台实际用云量"), ("存储容量（TB）", "storage_cap", "存储容量"),
                          ("存储工业数据量（TB）", "storage_data", "存储工业数据量"), ("公有云数据总量（TB）", "pub_data", "公有云数据总量")]:
        k.xlsx_fact(lab, xs(s[key]), "TB" if "TB" in lab else "台", s[key], F["cloud"], 1, xs(s[key]), cap)
    lists.model_xlsx(k.p(F["model"], "evidence:other"), m, s)
    k.xlsx_fact("工业机理模型数量（个）", str(m.model_total), "个", m.model_total, F["model"], 2, str(m.model_total), "工业机理模型合计")
    k.xlsx_fact("活跃机理模型数量（一周调用5次以上）（个）", str(m.model_active), "个", m.model_active, F["model"], 2, str(m.model_active),
                "其中：活跃机理模型")
    k.xlsx_fact("核心工业模型平均月调用用户数量（个）", str(s["model_users"]), "个", s["model_users"], F["model"], 2, str(s["model_users"]),
                "核心工业模型平均月调用用户数")
    docs2.write_simple_pdf(k.p(F["xc"], "evidence:other"), "信创适配及国产化率说明",
                           [f"平台服务器、操作系统、数据库、中间件已完成国产化适配，截至2024年6月30日平台国产化率{n2(s['localization'])}%。"],
                           s["seed"] + 90, header=s["company"], n_fill=2)
    docs2.write_simple_pdf(k.p(F["perf"], "evidence:other"), "平台性能测试报告（摘要）",
                           [f"测试结论：数据分析平均速度{s['speed'][1]}；核心接口P99响应时间小于200毫秒；设备接入并发能力满足设计要求。"],
                           s["seed"] + 91, header="第三方软件测评中心", n_fill=3)
    # ---------------- security ----------------
    simple_docx(k.p(F["sec1"], "evidence:other"), f"{s['short']}平台网络安全管理制度汇编",
                [s["texts"]["sec_rules"]] + [f"第{i}章 " + t for i, t in enumerate(["总则", "组织与职责", "访问控制", "数据安全", "安全运维", "应急响应", "附则"], 1)])
    docs2.write_scanned_letter(k.p(F["sec2"], "evidence:other"), "网络安全等级保护测评报告（结论页）",
                               [f"被测对象：{s['declared_name']}", "安全保护等级：第三级", "测评结论：符合", "测评日期：2023年9月"],
                               "网络安全等级测评中心", s["seed"] + 92)
    docs2.write_simple_pdf(k.p(F["sec3"], "evidence:other"), "漏洞扫描报告（2024年第二季度）",
                           ["扫描范围：平台生产环境全部对外服务；扫描频率：每月一次；本季度高危漏洞已全部修复。"], s["seed"] + 93,
                           header="安全运营中心", n_fill=4)
    # ---------------- application evidence ----------------
    for i, fac in enumerate(s["factories"], start=1):
        nm = fac.split("（")[0]
        docs2.write_scanned_letter(k.p(f"{E}/3.8 应用/3.8.1 智能工厂服务证明/3.8.1-{i:02d} {nm}服务证明.pdf", "evidence:other"), "服务证明",
                                   [f"兹证明{s['company']}通过{s['declared_name']}为我单位（上海市级智能工厂）提供服务，服务内容：{fac.split('：')[-1]}。",
                                    "特此证明。"], nm, s["seed"] + 100 + i)
    if not s.get("no_parks_file"):
        docs2.write_simple_pdf(k.p(F["park"], "evidence:other"), f"平台服务园区清单（共{len(s['parks'])}个）", ["截至2024年6月30日平台服务的园区如下："],
                               s["seed"] + 94, header=s["company"],
                               table=([["序号", "园区名称", "服务内容"]] + [[str(i + 1), p, "园区企业设备接入与数字化服务"] for i, p in enumerate(s["parks"])], [14, 80, 76]))
        k.pdf_fact("平台服务园区总数（个）", str(len(s["parks"])), "个", len(s["parks"]), F["park"], f"平台服务园区清单（共{len(s['parks'])}个）",
                   row_label="平台服务园区清单")
    docs2.write_simple_pdf(k.p(F["coop"], "evidence:other"), f"合作平台清单（共{len(s['coop'])}个）", ["以下合作平台均已实现数据对接或应用对接："],
                           s["seed"] + 95, header=s["company"],
                           table=([["序号", "合作平台", "对接方式"]] + [[str(i + 1), p, "API数据对接"] for i, p in enumerate(s["coop"])], [14, 90, 66]))
    k.pdf_fact("合作平台数量（个）", str(len(s["coop"])), "个", len(s["coop"]), F["coop"], f"合作平台清单（共{len(s['coop'])}个）", row_label="合作平台清单")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "订单"
    for r in [["口径", "订单数量（个）"], ["2023年自然年", s["orders"][0]], ["截至填表日前一年（2023.07-2024.06）", s["orders"][1]],
              ["平台交易规模年增长率（%）", s["trade_growth"]]]:
        ws.append(r)
    w2 = wb.create_sheet("APP订阅")
    w2.append(["项目", "数值"])
    w2.append(["工业APP订阅总数量（个）", s["subs"][0]])
    w2.append(["其中：杀手锏工业APP订阅数量（个）", s["subs"][1]])
    if not s.get("missing_files"):
        w2.append(["工业APP订阅总金额（万元，自运营以来累计）", s["subs"][2]])
    wb.save(k.p(F["orders"], "evidence:other"))
    common.normalize_zip(root / F["orders"], "订单统计")
    k.xlsx_fact("工业APP订阅总数量（个）", str(s["subs"][0]), "个", s["subs"][0], F["orders"], 2, str(s["subs"][0]), "工业APP订阅总数量")
    if not s.get("missing_files"):
        k.xlsx_fact("工业APP订阅总金额（万元）", xs(s["subs"][2]), "万元", s["subs"][2], F["orders"], 2, xs(s["subs"][2]), "工业APP订阅总金额")
    # awards
    docs2.write_simple_pdf(k.p(F["award"], "evidence:award_list"), "平台获得省部级及以上奖项/荣誉清单", [f"合计：{len(s['awards'])}项"],
                           s["seed"] + 96, header=s["company"],
                           table=([["序号", "奖项/荣誉名称", "获奖时间", "颁发单位"]] + [[str(i + 1), a[0], a[1], a[2]] for i, a in enumerate(s["awards"])],
                                  [14, 80, 26, 50]))
    k.pdf_fact("平台获得省部级及以上奖项/荣誉数量（个）", str(len(s["awards"])), "项", len(s["awards"]), F["award"], f"合计：{len(s['awards'])}项",
               row_label="合计")
    for i, a in enumerate(s["awards"][:2], start=1):
        docs2.write_scanned_letter(k.p(f"{E}/3.9 荣誉/证书扫描件/荣誉证书-{i:02d}.pdf", "evidence:other"), "荣 誉 证 书",
                                   [f"{s['company']}：", f"{s['declared_name']}入选{a[0]}。"], a[2], s["seed"] + 120 + i)
    # other
    docs2.write_simple_pdf(k.p(F["plan"], "evidence:other"), f"{s['declared_name']}三年专项发展规划（2023-2025年）", [s["texts"]["plan2"]],
                           s["seed"] + 97, header=s["company"], n_fill=6)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "人员汇总"
    t = s["team"]
    for r in [["类别", "人数（人）"], ["平台团队总人数", t[0]], ["其中：运维人员", t[1]], ["其中：运营人员", t[2]], ["有相关技术职称/从业资格", t[3]]]:
        ws.append(r)
    wb.save(k.p(F["team"], "evidence:other"))
    common.normalize_zip(root / F["team"], "人员汇总")
    k.xlsx_fact("平台团队总人数（人）", str(t[0]), "人", t[0], F["team"], 1, str(t[0]), "平台团队总人数")
    docs2.write_simple_pdf(k.p(F["std"], "evidence:other"), "参与制定标准文本首页", [s["texts"]["standards"]], s["seed"] + 98, n_fill=1)
    docs2.write_scanned_letter(k.p(F["jobs"], "evidence:other"), "带动新增就业情况说明",
                               [f"平台建设与运营带动新增就业{s['jobs']:,}人（含平台自有新增岗位及服务商驻场岗位），社保缴纳明细见后。"], s["company"],
                               s["seed"] + 99)
    # ---------------- audit ----------------
    rev = dict(s["revs"])
    if s.get("audit_rev23"):
        rev[2023] = s["audit_rev23"]
    plat = {}
    for y, f in [(2023, 1.0), (2022, 0.86), (2021, 0.74), (2020, 0.63)]:
        pr = round(s["profit"] * f, 2)
        rd = round(s["rd"] * f, 2)
        plat[y] = (rev[y], round(rev[y] - pr - rd * 0.3, 2), rd, pr)
    s["audit"]["platform"] = plat
    docs2.write_audit(k.p(F["audit"], "evidence:audit_report"), s)
    conv = (lambda x: x * 10000) if s["audit"]["unit"] == "元" else (lambda x: x)
    unit = s["audit"]["unit"]

    def amt(x):
        return f"{conv(x):,.2f}"
    anchor = "专项说明"
    k.pdf_fact("平台相关营业收入（万元）", amt(rev[2023]), unit, rev[2023], F["audit"], amt(rev[2023]), anchor, "平台营业收入", "2023年度")
    for y in (2022, 2021):
        k.pdf_fact("平台近三年经营指标情况", amt(rev[y]), unit, rev[y], F["audit"], amt(rev[y]), anchor, "平台营业收入", f"{y}年度",
                   f"{y}年平台营收（万元）")
    k.pdf_fact("平台相关研发投入（万元）", amt(s["rd"]), unit, s["rd"], F["audit"], amt(s["rd"]), anchor, "平台研发投入", "2023年度")
    k.pdf_fact("平台利润率（%）", amt(s["profit"]), unit, s["profit"], F["audit"], amt(s["profit"]), anchor, "平台利润总额", "2023年度",
               "平台利润总额（万元）")
    k.pdf_fact("投资回报率（%）", amt(s["profit"]), unit, s["profit"], F["audit"], amt(s["profit"]), anchor, "平台利润总额", "2023年度",
               "平台年利润（万元）")
    docs2.write_scanned_letter(k.p(F["license"], "evidence:other"), "营 业 执 照（副本）",
                               [f"统一社会信用代码：{s['co']['code']}", f"名称：{s['company']}", f"类型：{s['co']['type']}", f"法定代表人：{s['co']['legal']}",
                                f"注册资本：{s['co']['capital']}", f"成立日期：{s['co']['founded']}", f"住所：{s['co']['reg']}"],
                               f"{s['co']['reg'][:3]}市场监督管理局", s["seed"] + 130)
    # ---------------- copies, irrelevant files ----------------
    k.copy(F["audit"], "备份/审计报告2023-终版（盖章件电子版）.pdf", "evidence:audit_report")
    k.copy(F["patent"], "备份/专利清单-副本.pdf", "evidence:patent_list")
    if s.get("soft_double"):
        k.copy(F["soft"], "备份/软件著作权登记清单（2024版）.xlsx", "evidence:patent_list")
    else:
        k.copy(F["soft"], "备份/3.5.2 平台软件著作权登记清单(1).xlsx", "evidence:patent_list")
    docs2.write_brochure(k.p(f"99-其他/{s['short']}工业互联网产品宣传册（2024版）.pdf", "evidence:other"), s)
    s["old"] = dict(registered=int(m.registered * 0.76), devices=int(m.dev_total * 0.72), apps=int(m.app_total * 0.8), rev=s["revs"][2022])
    docs2.write_old_application(k.p(f"02-申报书/参考资料/2023年度申报书（2022年数据，已报送存档）.pdf", "evidence:other"), s)
    # ---------------- forms ----------------
    tag = f"（{s['short']}）"
    docs.write_contact_docx(k.p(f"00-联系人/附件1 联系人信息反馈表{tag}.docx", "联系人表"), s)
    form_rel = f"01-申报表/01-1 附件2 上海市工业互联网平台应用水平评价申报表{tag}.docx"
    docs.write_form_docx(k.p(form_rel, "申报表"), m, s, v)
    docs.write_form_scan(k.p(f"01-申报表/01-2 附件2 申报表{tag}盖章扫描版.pdf", "申报表扫描件"), m, s, v)
    summ_rel = f"04-汇总表/附件4 平台基本情况汇总表{tag}.xlsx"
    docs.write_summary_xlsx(k.p(summ_rel, "汇总表"), s, v, horizontal=s["list_no"] in (17, 3))
    docs.write_commitment_scan(k.p(f"05-承诺/附件5 真实性承诺{tag}（盖章）.pdf", "承诺"), s)
    # attachment list for chapter 六
    att = [(rel, "") for rel in sorted(k.files) if rel.startswith(E)]
    for miss in s.get("missing_files", []):
        att.append((f"{E}/3.4 工业APP/{miss}.xlsx", ""))
    att.sort()
    s["attach_list"] = [(a.replace(E + "/", ""), "详见文件") for a, _ in att]
    app_rel = f"02-申报书/02-1 附件3 上海市工业互联网平台应用水平评价申报书{tag}.pdf"
    info = docs2.write_application(k.p(app_rel, "申报书"), m, s, v)
    # problems
    problems = []
    appl = app_rel

    def prob(fam, fields, files, sev, desc):
        problems.append(dict(id=f"{pid}-{len(problems) + 1:02d}-{fam}", family=fam, fields=fields, files=files, severity=sev, description=desc))

    if s.get("ent_drop"):
        prob("count_vs_list", ["实际服务企业数（个）"], [F["ent"], form_rel],
             "error", f"《平台实际服务企业名单》“汇总”表及申报表填报实际服务企业数 {m.served:,} 个，但名单各分表（{'、'.join(en['sheets'])}）明细合计仅 {en['rows']:,} 行，少 {m.served - en['rows']} 家")
    if s.get("ch7_current", {}).get("devs"):
        x = s["ch7_current"]["devs"]
        prob("narrative_vs_form", ["开发者注册总数（个）"], [appl, form_rel], "warning",
             f"申报书第七章（平台相较上年度对比情况）称截至2024年6月30日注册开发者 {x:,} 个，申报表填报开发者注册总数 {s['devs'][0]:,} 个（开发者社区后台截图亦为 {s['devs'][0]:,}）")
    if s.get("missing_files"):
        prob("missing_proof", ["工业APP订阅总金额（万元）"], [form_rel], "warning",
             f"申报表工业APP订阅总金额填报 {n2(s['subs'][2])} 万元，证明资料栏指向“附件3.4.3《工业APP订阅收入台账》”（申报书附件清单亦列出），但包内没有该文件，其他证明材料（附件3.8.4 仅有订阅数量）也未给出订阅金额")
    if s.get("dev_bad"):
        pg, d = s["dev_bad"]
        true = m.dev_total
        prob("count_vs_list", ["连接的工业设备/产品/产线种类及数量（台/套）"], [F["dev"], form_rel], "error",
             f"《平台接入工业设备明细清单》第{pg}页“本页小计”印为 {dv['printed'][pg - 1][1]:,} 台/套，按该页明细数量实际为 {dv['printed'][pg - 1][1] - d:,}；"
             f"末页“合计”{dv['total']:,} 台/套由各页小计累加而来，比全部明细行数量之和 {true:,} 多 {d}；申报表照填 {dv['total']:,}")
        prob("breakdown_sum", ["按二级分类统计工业设备数量（台/套）", "按省市区域统计工业设备数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"],
             [form_rel, F["dev"]], "error",
             f"按二级分类统计工业设备数量、按省市区域统计工业设备数量各项之和均为 {true:,} 台/套，与填报的连接工业设备总数 {dv['total']:,} 台/套不一致（相差 {d}）")
    if s.get("soft_double"):
        prob("declared_vs_evidence", ["平台核心软硬件技术获得的软著数量（个）"], [F["soft"], "备份/软件著作权登记清单（2024版）.xlsx", form_rel], "error",
             f"申报表填报软著数量 {2 * len(m.softs)} 个，证明资料为两份软著清单之和；但“备份/软件著作权登记清单（2024版）.xlsx”与附件3.5.2 内容完全相同（同一 {len(m.softs)} 项登记号），同一清单被重复计数；清单自身“合计：{len(m.softs)}项”，实际为 {len(m.softs)} 项")
    if s.get("ch7_current", {}).get("parks"):
        x = s["ch7_current"]["parks"]
        prob("narrative_vs_form", ["平台服务园区总数（个）"], [appl, form_rel], "warning",
             f"申报书第七章称平台服务园区由12个增至 {x} 个，申报表填报平台服务园区总数 {len(s['parks'])} 个（附件3.8.2 园区清单亦为 {len(s['parks'])} 个）")
    if s.get("app_bad"):
        cat, d = s["app_bad"]
        prob("count_vs_list", ["工业APP数量（个）", "按分类统计工业APP数量（个）"], [F["app"], form_rel], "error",
             f"《平台工业APP清单》“{cat}类小计”印为 {ap['subtotals'][cat]} 个，但该类明细只有 {ap['subtotals'][cat] - d} 行；清单合计 {ap['total']} 个及申报表工业APP数量 {ap['total']} 个均按小计累加，明细总行数为 {ap['total'] - d} 个")
    if s.get("audit_rev23"):
        prob("declared_vs_evidence", ["平台相关营业收入（万元）"], [form_rel, F["audit"]], "error",
             f"申报表填报平台相关营业收入 {n2(s['revs'][2023])} 万元（近三年经营指标2023年同），审计报告专项说明平台业务收支明细表2023年度平台营业收入为 {amt(rev[2023])} 元（{n2(rev[2023])} 万元），两者不一致；"
             f"研发投入强度与利润率也以申报数为分母")
    if s.get("no_parks_file"):
        prob("missing_proof", ["平台服务园区总数（个）"], [form_rel], "warning",
             f"申报表平台服务园区总数填报 {len(s['parks'])} 个，证明资料栏指向“附件3.8.2《平台服务园区清单》”，包内没有该文件，也无其他材料列出园区")
    for line in s.get("late_text", []):
        prob("narrative_vs_form", ["实际服务企业数（个）"], [appl, form_rel], "warning",
             f"申报书附录末段称平台累计实际服务企业 1,862 家，申报表填报实际服务企业数 {m.served:,} 个（服务企业名单汇总亦为 {m.served:,}）")
    # ---------------- truth ----------------
    layout = ["nested_folders", "long_file_names", f"files:{len(k.files)}", f"device_list:{dv['pages']}pages/{len(m.devices)}rows",
              f"enterprise_xlsx:{len(en['sheets']) + 1}sheets/{en['rows']}rows", f"app_list:{ap['pages']}pages",
              f"application:{info['pages']}pages", f"audit_unit:{unit}", "backup_copies", "irrelevant:brochure+old_application",
              "summary:xlsx-" + ("horizontal" if s["list_no"] in (17, 3) else "vertical"), "stamped_scan", "screenshots:png"]
    truth = dict(schema_version=1, package_id=pid, description=s.get("desc", ""), path=f"eval_sets/blind/h46/packages/{pid}",
                 delivery="folder",
                 platform=dict(list_no=s["list_no"], listed_name=s["listed_name"], company=s["company"], declared_name=s["declared_name"],
                               participated_2023=s["participated"]),
                 layout=layout, files=dict(sorted(k.files.items())), secrets=[s["account"][1]],
                 summary_rows=[dict(label=lab, value=val, normalized=norm) for lab, (val, norm) in v.items()],
                 evidence_facts=k.facts, problems=problems)
    t = PackageTruth.model_validate(truth)
    (out / "truth").mkdir(parents=True, exist_ok=True)
    (out / "truth" / f"{pid}.json").write_text(dump_truth(t), encoding="utf-8")
    return t


DESC = {
    "h46a_zhaogang_clean": "序号18 找钢网钢铁全产业链平台：大包（约50个文件、嵌套目录、备份副本、旧申报书与宣传册），设备明细清单逐页小计+末页合计、服务企业名单按区域分表+汇总表、APP清单按分类小计、约60页申报书含目录/页眉页脚/第七章/客户案例附录、30余页审计报告第十一节平台专项说明；完全一致的干净包。",
    "h46b_baoxin_problems": "序号17 宝信宝联登平台：超大设备清单；服务企业名单分表明细少于汇总数；第七章开发者数与申报表不符；订阅金额证明文件缺失。",
    "h46c_onepower_problems": "序号21 中国移动OnePower：设备清单某页本页小计错误导致合计虚高并被申报表采用（分项之和不等于总数）；软著清单以备份副本重复计数；第七章园区数与申报表不符。",
    "h46d_sumi_problems": "序号3 塑米：APP清单某类小计多于明细导致合计与申报数虚高；申报营收与审计专项说明不符；园区清单缺失；申报书附录末段服务企业数与申报表不符；无第七章（2023未参评）。",
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(HERE))
    args = ap.parse_args()
    out = Path(args.out)
    for fn in SPECS:
        s = fn()
        orig = fn

        def wrapped(orig=orig):
            x = orig()
            x["desc"] = DESC[x["pid"]]
            return x
        t = build_one(wrapped, out)
        print(t.package_id, len(t.files), "files", len(t.evidence_facts), "facts", len(t.problems), "problems")


if __name__ == "__main__":
    main()
