"""Builds the h59 blind set: application packages compiled into bound 「申报材料汇编」 PDFs.

python -m eval_sets.blind.h59.build [--out DIR]   (DIR defaults to this folder; writes packages/ and truth/)
"""

from __future__ import annotations

import argparse
import copy
import json
import shutil
from pathlib import Path

import numpy as np

from eval_sets.truth import PackageTruth, dump_truth

from . import docs
from .engine import Flow, Page, dashboard, degrade, render_page_image, screenshot_page, seal, write_pdf
from .model import declared, make_values, rows_from
from .packages import PACKAGES

HERE = Path(__file__).resolve().parent
ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii",
         "xviii", "xix", "xx", "xxi", "xxii", "xxiii", "xxiv", "xxv", "xxvi", "xxvii", "xxviii", "xxix", "xxx"]


class Pkg:
    def __init__(self, spec: dict):
        self.spec = spec
        self.cfg = spec["cfg"]
        self.ev = make_values(self.cfg)  # what the evidence prints
        self.form = declared(self.ev, spec.get("form_edits", []))  # what the 申报表 declares
        self.rows = rows_from(self.form, self.cfg)
        self.summary_rows = dict(self.rows)
        for label, (val, norm) in spec.get("summary_edits", {}).items():
            self.summary_rows[label] = (val, norm)
        f = self.form
        self.narr = {"devices": f["dev"]["total"], "pub": f["dev"]["pub"], "apps": f["app"]["apps"],
                     "models": f["model"]["total"], "ms": f["ms"]["total"], "devs": f["devs"]["total"],
                     "registered": f["ent"]["registered"], "served": f["ent"]["served"], "local": f["ent"]["local"],
                     "rev": f["rev"][2023], "growth": f["growth"][2023]}
        self.rng = np.random.default_rng(self.cfg["seed"] + 7)


def fact(page: Page, label, value, unit, normalized, quote, row_label="", column_label="", component="", image_only=False):
    if not hasattr(page, "facts"):
        page.facts = []
    page.facts.append(dict(label=label, value=value, unit=unit, normalized=normalized, quote=quote, row_label=row_label,
                           column_label=column_label, component=component, image_only=image_only))


def separator(title: str) -> Page:
    f = Flow(top=480)
    f.text(title, size=24, align="center")
    return f.pages[0]


# ---------------------------------------------------------------- evidence parts
def ev_license(pkg):
    c = pkg.cfg
    f = Flow()
    f.space(60)
    f.text("营 业 执 照", size=28, align="center")
    f.space(30)
    for line in [f"统一社会信用代码：{c['credit_code']}", f"名    称：{c['company']}", f"类    型：{c['ent_type']}",
                 f"法定代表人：{c['legal_rep']}", f"注册资本：{c['capital']}", f"成立日期：{c['founded']}",
                 f"住    所：{c['address']}", f"经营范围：{c['business']}"]:
        f.text(line, size=12)
        f.space(6)
    f.space(40)
    f.text("登记机关（盖章）    2023年5月12日", size=12, align="right")
    return f.pages, True, [0]


def ev_audit(pkg):
    c, v = pkg.cfg, pkg.ev
    cf = c["company_fin"]
    f = Flow()
    f.space(120)
    f.text(f"{c['company']}", size=16, align="center")
    f.text("2023年度审计报告", size=22, align="center")
    f.space(40)
    f.text(f"{c['auditor']}审字（2024）第{c['seed'] * 37 % 9000 + 1000}号", size=12, align="center")
    f.new()
    f.title("审 计 报 告")
    f.text(f"{c['company']}全体股东：")
    f.text("一、审计意见\n我们审计了贵公司财务报表，包括2023年12月31日的资产负债表，2023年度的利润表、现金流量表、"
           "所有者权益变动表以及相关财务报表附注。我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，"
           "公允反映了贵公司2023年12月31日的财务状况以及2023年度的经营成果和现金流量。")
    f.text("二、形成审计意见的基础\n我们按照中国注册会计师审计准则的规定执行了审计工作。")
    f.space(30)
    f.text(f"{c['auditor']}    中国注册会计师：王立群  陈思敏    2024年4月18日", align="right", size=10)
    f.new()
    f.title("利 润 表")
    f.text("编制单位：" + c["company"] + "    2023年度    单位：元", size=9)
    inc = float(cf[1].replace(",", "")) * 10000
    prof = float(cf[4].replace(",", "")) * 10000
    f.table([3, 2, 2], [["营业收入", f"{inc:,.2f}", f"{inc / 1.083:,.2f}"],
                        ["营业成本", f"{inc * 0.71:,.2f}", f"{inc / 1.083 * 0.72:,.2f}"],
                        ["研发费用", f"{inc * 0.068:,.2f}", f"{inc / 1.083 * 0.066:,.2f}"],
                        ["利润总额", f"{prof:,.2f}", f"{prof / 1.06:,.2f}"]], header=["项目", "本期金额", "上期金额"])
    scans = f.pages
    # the platform-scoped note: a text page (printed from Word, not scanned)
    g = Flow()
    g.title(f"关于{c['declared_name']}2020—2023年度经营数据的专项说明")
    g.text(f"根据公司2020—2023年度经审计的财务报表，对与{c['declared_name']}直接相关的收入、研发投入和利润进行单独核算"
           "（平台营收指基于平台直接订阅的服务及通过平台服务获得的营收），数据如下：")
    rev = v["rev"]
    g.text("单位：万元", size=9, align="right")
    g.table([2.4, 1.3, 1.3, 1.3, 1.3], [
        ["平台相关营业收入", f"{rev[2020]:,.2f}", f"{rev[2021]:,.2f}", f"{rev[2022]:,.2f}", f"{rev[2023]:,.2f}"],
        ["平台相关研发投入", "—", "—", "—", f"{v['rd']:,.2f}"],
        ["平台利润总额", "—", "—", "—", f"{v['profit']:,.2f}"]],
        header=["项目", "2020年度", "2021年度", "2022年度", "2023年度"])
    g.text("拆分方式：按平台订阅合同及服务工单归集收入，按研发项目工时归集研发投入。", size=9)
    g.space(20)
    g.text(f"{c['company']}财务部    2024年6月28日", align="right")
    p = g.page
    fact(p, "平台相关营业收入（万元）", f"{rev[2023]:,.2f}", "万元", rev[2023], f"{rev[2023]:,.2f}", "平台相关营业收入", "2023年度")
    for y in (2021, 2022):
        fact(p, "平台近三年经营指标情况", f"{rev[y]:,.2f}", "万元", rev[y], f"{rev[y]:,.2f}", "平台相关营业收入", f"{y}年度",
             f"{y}年平台营收（万元）")
    fact(p, "平台相关研发投入（万元）", f"{v['rd']:,.2f}", "万元", v["rd"], f"{v['rd']:,.2f}", "平台相关研发投入", "2023年度")
    fact(p, "平台利润率（%）", f"{v['profit']:,.2f}", "万元", v["profit"], f"{v['profit']:,.2f}", "平台利润总额", "2023年度",
         "平台利润总额（万元）")
    fact(p, "投资回报率（%）", f"{v['profit']:,.2f}", "万元", v["profit"], f"{v['profit']:,.2f}", "平台利润总额", "2023年度",
         "平台年利润（万元）")
    return scans + g.pages, True, list(range(len(scans)))


def ev_device(pkg):
    d = pkg.ev["dev"]
    f = Flow()
    f.title("平台接入设备统计表")
    f.text(f"统计截止日期：2024年6月30日    统计口径：截至填表日接入{pkg.cfg['declared_name']}的工业设备（台/套）", size=9)
    f.heading("表1  按设备二级分类统计", 11)
    rows = [[k, f"{d['cats'][k]:,}", f"{d['pub_cats'][k]:,}", f"{d['run_cats'][k]:,}"] for k in d["cats"]]
    rows.append(["合计", f"{d['total']:,}", f"{d['pub']:,}", f"{d['run']:,}"])
    f.table([2, 1.5, 1.5, 1.5], rows, header=["设备二级分类", "接入数量", "其中：公有云接入", "公有云日均运行"])
    p = f.page
    fact(p, "连接的工业设备/产品/产线种类及数量（台/套）", f"{d['total']:,}", "台/套", d["total"], f"{d['total']:,}", "合计", "接入数量")
    fact(p, "公有云工业设备连接数量（台/套）", f"{d['pub']:,}", "台/套", d["pub"], f"{d['pub']:,}", "合计", "其中：公有云接入")
    fact(p, "公有云工业设备平均日运行数量（台/套）", f"{d['run']:,}", "台/套", d["run"], f"{d['run']:,}", "合计", "公有云日均运行")
    f.heading("表2  按设备所属企业注册地统计", 11)
    rows = [[k, f"{d['regions'][k]:,}", f"{d['pub_regions'][k]:,}", f"{d['run_regions'][k]:,}"] for k in d["regions"]]
    rows.append(["合计", f"{d['total']:,}", f"{d['pub']:,}", f"{d['run']:,}"])
    f.table([2, 1.5, 1.5, 1.5], rows, header=["省市区域", "接入数量", "其中：公有云接入", "公有云日均运行"])
    f.heading("表3  海外设备按国家统计", 11)
    rows = [[k, f"{n:,}"] for k, n in d["overseas"].items()] + [["海外合计", f"{d['ov_total']:,}"]]
    f.table([3, 2], rows, header=["国家", "接入数量（台/套）"])
    fact(f.page, "海外设备连接数量（台/套）", f"{d['ov_total']:,}", "台/套", d["ov_total"], f"海外合计", "海外合计", "接入数量（台/套）")
    return f.pages, False, []


PAT_WORDS = ["设备远程运维", "多协议数据采集", "边缘计算节点", "故障预测", "能效优化", "工艺参数寻优", "数字孪生建模",
             "设备健康评估", "时序数据压缩", "智能排产", "振动信号分析", "备件需求预测"]


def ip_rows(pkg, n, kind):
    rng = np.random.default_rng(pkg.cfg["seed"] + (11 if kind == "pat" else 13))
    out = []
    for i in range(1, n + 1):
        w = PAT_WORDS[int(rng.integers(len(PAT_WORDS)))]
        if kind == "pat":
            typ = "发明专利" if rng.random() < 0.6 else "实用新型"
            out.append([str(i), f"一种基于{pkg.cfg['domain_short']}的{w}方法及系统" if typ == "发明专利" else f"一种{w}装置",
                        f"ZL20{int(rng.integers(18, 24))}{int(rng.integers(10**7, 10**8))}.{int(rng.integers(0, 10))}", typ,
                        f"20{int(rng.integers(19, 25))}-{int(rng.integers(1, 13)):02d}-{int(rng.integers(1, 29)):02d}",
                        pkg.cfg["company"]])
        else:
            out.append([str(i), f"{pkg.cfg['short']}{w}软件V{int(rng.integers(1, 4))}.0",
                        f"20{int(rng.integers(18, 25))}SR{int(rng.integers(10**6, 10**7))}",
                        f"20{int(rng.integers(18, 25))}-{int(rng.integers(1, 13)):02d}-{int(rng.integers(1, 29)):02d}",
                        pkg.cfg["company"]])
    return out


def ev_ip(pkg):
    c = pkg.cfg
    npat = pkg.spec.get("patent_rows", pkg.ev["patents"])
    nsoft = pkg.spec.get("soft_rows", pkg.ev["softcopy"])
    f = Flow()
    f.title("平台核心知识产权清单")
    f.heading("一、专利清单", 11)
    f.table([0.5, 3.2, 1.8, 1, 1.1, 2.2], ip_rows(pkg, npat, "pat"),
            header=["序号", "专利名称", "专利号", "类型", "授权日", "专利权人"], size=8)
    f.text(f"专利合计：{npat}项", size=10)
    fact(f.page, "平台核心软硬件技术获得的专利数量（项）", str(npat), "项", npat, f"专利合计：{npat}项", "专利合计")
    if c.get("ip_new_page"):
        f.new()
    f.heading("二、软件著作权清单", 11)
    f.table([0.5, 3.6, 1.8, 1.2, 2.2], ip_rows(pkg, nsoft, "soft"),
            header=["序号", "软件名称", "登记号", "登记日期", "著作权人"], size=8)
    f.text(f"软件著作权合计：{nsoft}项", size=10)
    fact(f.page, "平台核心软硬件技术获得的软著数量（个）", str(nsoft), "项", nsoft, f"软件著作权合计：{nsoft}项", "软件著作权合计")
    return f.pages, False, []


SYL1 = ["华", "润", "申", "沪", "嘉", "瑞", "鼎", "恒", "泰", "宏", "联", "创", "远", "德", "信", "达", "博", "骏", "明", "通"]
SYL2 = ["力", "丰", "源", "锦", "星", "禾", "晟", "峰", "诚", "安", "拓", "航", "盛", "汇", "科", "茂", "凯", "嘉", "铭", "捷"]
TRADE = {"机械": "机械制造", "汽车": "汽车零部件", "建筑业": "建设工程", "电力、热力和燃气": "能源", "黑色金属": "钢铁",
         "石化化工": "化工", "轻工": "轻工制品", "电子": "电子科技", "建材": "新型建材", "其他": "实业", "船舶": "船舶配套",
         "有色金属": "金属材料", "医药": "医药", "食品": "食品"}


def ev_ent(pkg):
    e = pkg.ev["ent"]
    rng = np.random.default_rng(pkg.cfg["seed"] + 17)
    n = e["served"]
    inds = [k for k, m in e["inds"].items() for _ in range(m)]
    regs = [k for k, m in e["regions"].items() for _ in range(m)]
    rng.shuffle(inds)
    rng.shuffle(regs)
    sme = [True] * e["sme"] + [False] * (n - e["sme"])
    paid = [True] * e["paid"] + [False] * (n - e["paid"])
    rng.shuffle(sme)
    rng.shuffle(paid)
    rows = []
    for i in range(n):
        a, b_, c = SYL1[i % 20], SYL2[(i // 20) % 20], SYL1[(i // 400 + 3 * (i % 7)) % 20]
        city = "上海" if regs[i] == "上海" else regs[i]
        rows.append([str(i + 1), f"{city}{a}{b_}{c}{TRADE.get(inds[i], '实业')}有限公司", inds[i], regs[i],
                     "中小企业" if sme[i] else "大型企业", "付费" if paid[i] else "免费"])
    f = Flow()
    f.title("平台服务企业名录")
    f.text(f"统计截止日期：2024年6月30日；口径：使用{pkg.cfg['declared_name']}技术产品或解决方案的企业（累计）", size=9)
    f.table([0.6, 3.6, 1.4, 1, 1, 0.8], rows, header=["序号", "企业名称", "所属行业", "注册地", "企业规模", "服务类型"], size=7.5)
    f.text(f"合计：共服务企业{n:,}家", size=10)
    fact(f.page, "实际服务企业数（个）", f"{n:,}", "家", n, f"合计：共服务企业{n:,}家", "合计")
    f.text(f"其中：上海市企业{e['local']:,}家；中小企业{e['sme']:,}家；付费企业{e['paid']:,}家", size=10)
    fact(f.page, "服务本市企业数量（个）", f"{e['local']:,}", "家", e["local"], f"上海市企业{e['local']:,}家", "上海市企业")
    fact(f.page, "服务中小企业数量（个）", f"{e['sme']:,}", "家", e["sme"], f"中小企业{e['sme']:,}家", "中小企业")
    fact(f.page, "付费企业数（个）", f"{e['paid']:,}", "家", e["paid"], f"付费企业{e['paid']:,}家", "付费企业")
    return f.pages, False, []


def ev_shots(pkg, labels_for_pages):
    v = pkg.ev
    shot = pkg.spec.get("shot_values", {})
    reg = shot.get("registered", v["ent"]["registered"])
    d1 = [("设备接入总量（台/套）", f"{v['dev']['total']:,}"), ("公有云接入设备", f"{v['dev']['pub']:,}"),
          ("注册企业", f"{reg:,}"), ("上架工业APP", f"{v['app']['apps']}"), ("微服务", f"{v['ms']['total']:,}"),
          ("注册开发者", f"{v['devs']['total']:,}")]
    c = v["cloud"]
    d2 = [("工业机理模型", f"{v['model']['total']}"), ("活跃模型（周调用≥5次）", f"{v['model']['active']}"),
          ("活跃开发者", f"{v['devs']['active']:,}"), ("存储总容量（TB）", f"{c['capacity']:.2f}"),
          ("已存储数据（TB）", f"{c['stored']:.2f}"), ("兼容工业协议（种）", f"{v['dev']['protocols']}")]
    name = pkg.cfg["short"]
    img1 = dashboard(f"{name}平台运营驾驶舱", d1, f"数据来源：{name}平台运营管理后台")
    img2 = dashboard(f"{name}数据中台 · 资源概览", d2, "数据来源：数据中台资源监控")
    pages = []
    for i, (img, cap) in enumerate([(img1, "图1  平台运营驾驶舱截图（截图时间：2024年7月15日）"),
                                    (img2, "图2  数据中台资源概览截图（截图时间：2024年7月15日）")]):
        p = Page()
        p.image = screenshot_page(img, cap, labels_for_pages[i] if i < len(labels_for_pages) else None, pkg.rng)
        pages.append(p)
    a, b = pages
    fact(a, "连接的工业设备/产品/产线种类及数量（台/套）", d1[0][1], "台/套", v["dev"]["total"], d1[0][1], "设备接入总量（台/套）", image_only=True)
    fact(a, "公有云工业设备连接数量（台/套）", d1[1][1], "台/套", v["dev"]["pub"], d1[1][1], "公有云接入设备", image_only=True)
    fact(a, "注册企业用户数（个）", d1[2][1], "家", reg, d1[2][1], "注册企业", image_only=True)
    fact(a, "工业APP数量（个）", d1[3][1], "个", v["app"]["apps"], d1[3][1], "上架工业APP", image_only=True)
    fact(a, "微服务数量（个）", d1[4][1], "个", v["ms"]["total"], d1[4][1], "微服务", image_only=True)
    fact(a, "开发者注册总数（个）", d1[5][1], "个", v["devs"]["total"], d1[5][1], "注册开发者", image_only=True)
    fact(b, "工业机理模型数量（个）", d2[0][1], "个", v["model"]["total"], d2[0][1], "工业机理模型", image_only=True)
    fact(b, "活跃机理模型数量（一周调用5次以上）（个）", d2[1][1], "个", v["model"]["active"], d2[1][1], "活跃模型（周调用≥5次）", image_only=True)
    fact(b, "活跃开发者数（个）", d2[2][1], "个", v["devs"]["active"], d2[2][1], "活跃开发者", image_only=True)
    fact(b, "存储容量（TB）", d2[3][1], "TB", c["capacity"], d2[3][1], "存储总容量（TB）", image_only=True)
    fact(b, "存储资源利用率（%）", d2[4][1], "TB", c["stored"], d2[4][1], "已存储数据（TB）", component="存储工业数据量（TB）", image_only=True)
    fact(b, "存储工业数据量（TB）", d2[4][1], "TB", c["stored"], d2[4][1], "已存储数据（TB）", image_only=True)
    fact(b, "工业协议兼容适配数量（个）", d2[5][1], "种", v["dev"]["protocols"], d2[5][1], "兼容工业协议（种）", image_only=True)
    return pages, False, []


def ev_awards(pkg):
    n = pkg.ev["awards"]
    names = ["上海市工业互联网创新发展专项示范项目", "上海市优秀工业互联网平台", "工业和信息化部工业互联网试点示范项目",
             "上海市科学技术奖（科技进步奖）", "上海市数字化转型优秀案例", "长三角工业互联网标杆平台", "上海市专精特新“小巨人”企业",
             "工业和信息化部新一代信息技术与制造业融合发展试点示范"]
    issuers = ["上海市经济和信息化委员会", "上海市经济和信息化委员会", "工业和信息化部", "上海市人民政府", "上海市经济和信息化委员会",
               "长三角区域合作办公室", "上海市经济和信息化委员会", "工业和信息化部"]
    f = Flow()
    f.title("平台获得省部级及以上奖项/荣誉清单")
    f.table([0.6, 4, 1.2, 2.6], [[str(i + 1), names[i], f"{2019 + i % 5}年", issuers[i]] for i in range(n)],
            header=["序号", "奖项/荣誉名称", "获得时间", "颁发单位"])
    f.text(f"合计：{n}项", size=10)
    fact(f.page, "平台获得省部级及以上奖项/荣誉数量（个）", str(n), "项", n, f"合计：{n}项", "合计")
    return f.pages, False, []


def ev_lists(pkg):
    v, c = pkg.ev, pkg.cfg
    f = Flow()
    f.title("上海市智能工厂、服务园区及合作平台清单")
    fac = c["texts"]["factory_names"].split("、")
    f.heading(f"一、服务上海市级智能工厂清单（共{v['factories']}家）", 11)
    fact(f.page, "平台是否服务上海智能工厂，数量", str(v["factories"]), "家", v["factories"], f"服务上海市级智能工厂清单（共{v['factories']}家）")
    f.table([0.6, 3.4, 3.6], [[str(i + 1), n, "设备远程监测、预测性维护与能效优化"] for i, n in enumerate(fac)],
            header=["序号", "智能工厂名称", "服务内容"])
    f.heading(f"二、服务园区清单（共{v['parks']}个）", 11)
    fact(f.page, "平台服务园区总数（个）", str(v["parks"]), "个", v["parks"], f"服务园区清单（共{v['parks']}个）")
    parks = ["临港新片区高端装备产业园", "金桥经济技术开发区", "松江经济技术开发区", "嘉定工业区", "青浦工业园区",
             "宝山城市工业园区", "奉贤经济开发区", "昆山经济技术开发区", "太仓港经济技术开发区", "嘉兴经济技术开发区"]
    f.table([0.6, 7], [[str(i + 1), parks[i]] for i in range(v["parks"])], header=["序号", "园区名称"])
    f.heading(f"三、合作平台清单（共{v['partners']}个）", 11)
    fact(f.page, "合作平台数量（个）", str(v["partners"]), "个", v["partners"], f"合作平台清单（共{v['partners']}个）")
    parts = ["上海市工业互联网公共服务平台", "国家工业互联网标识解析二级节点", "长三角工业互联网平台服务联盟平台",
             "上海工业碳管理公共服务平台", "某云服务商工业云平台", "供应链金融服务平台", "工业软件适配验证平台", "能源管理公共平台"]
    f.table([0.6, 4, 3], [[str(i + 1), parts[i], "API数据对接与应用互调"] for i in range(v["partners"])],
            header=["序号", "合作平台名称", "合作方式"])
    return f.pages, False, []


def ev_security(pkg):
    c = pkg.cfg
    f = Flow()
    f.space(100)
    f.text(f"{c['declared_name']}", size=15, align="center")
    f.text("网络安全测评报告（摘要）", size=20, align="center")
    f.space(30)
    f.text("报告编号：SHCS-2024-0" + str(c["seed"] % 1000), size=12, align="center")
    f.text("测评机构：上海某信息安全测评中心（示例）", size=12, align="center")
    f.new()
    f.title("测评结论")
    f.text("经测评，被测平台在安全物理环境、安全通信网络、安全区域边界、安全计算环境及安全管理制度等方面总体符合要求，"
           "测评结论为“良”。未发现高危漏洞，中危漏洞已完成整改。")
    return f.pages, True, [0, 1]


def commitment_page(pkg, label):
    c = pkg.cfg
    f = Flow()
    f.title("附件5  真实性承诺")
    f.space(20)
    f.text("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，"
           "如有不实，愿承担相应的法律责任及由此产生的一切后果。", size=12)
    f.text("特此承诺。", size=12)
    f.space(80)
    f.text(f"申报单位：{c['company']}（盖章）", size=12, align="right")
    f.text(f"法定代表人：{c['legal_rep']}（签章）", size=12, align="right")
    f.text("2024年7月18日", size=12, align="right")
    p = f.pages[0]
    p.label = label
    img = render_page_image(p)
    s = seal(c["company"], 240)
    out = degrade(img, pkg.rng, seal_img=s, seal_at=(img.width - 330, 560))
    q = Page()
    q.image = out
    q.label = label
    return q


EV_BUILDERS = {"license": ev_license, "audit": ev_audit, "device": ev_device, "ip": ev_ip, "ent": ev_ent,
               "awards": ev_awards, "lists": ev_lists, "security": ev_security}


# ---------------------------------------------------------------- binder assembly
class Part:
    def __init__(self, key, title, pages, scan_idx=(), att=None, seal_first=False):
        self.key, self.title, self.pages, self.scan_idx, self.att = key, title, pages, list(scan_idx), att
        self.seal_first = seal_first
        self.sep: Page | None = None


def make_parts(pkg, refs, attach_list):
    spec = pkg.spec
    parts = [Part("contact", "联系人信息反馈表", docs.to_flow(docs.contact_blocks(pkg)).pages),
             Part("form", "申报表", docs.to_flow(docs.form_blocks(pkg, pkg.rows, refs)).pages),
             Part("book", "申报书", docs.to_flow(docs.narrative_blocks(pkg, pkg.rows, refs, attach_list)).pages),
             Part("summary", "平台基本情况汇总表", docs.to_flow(docs.summary_blocks(pkg, pkg.rows)).pages),
             Part("commit", "真实性承诺", [Page()])]
    for n, (key, title) in enumerate(spec["evidence"], start=1):
        if key in spec.get("missing_parts", ()):
            continue
        if key == "shots":
            pages, scanned, idx = [Page(), Page()], False, []
        else:
            pages, scanned, idx = EV_BUILDERS[key](pkg)
        part = Part(key, title, pages, idx if scanned else (), att=n)
        part.sep = separator(f"附件{n}：{title}")
        parts.append(part)
    return parts


def assign_labels(pkg, parts):
    """Printed page numbers per the package's numbering style; returns (first, last) printed label per part."""
    style = pkg.spec["numbering"]
    span = {}
    counter = 0
    total = sum(len(p.pages) + (1 if p.sep is not None and style in ("of_total", "dash") else 0) for p in parts)
    front = 0
    for part in parts:
        labels = []
        if part.sep is not None:
            if style in ("of_total", "dash"):
                counter += 1
                part.sep.label = f"第 {counter} 页 共 {total} 页" if style == "of_total" else f"- {counter} -"
            else:
                part.sep.label = None
        for k, page in enumerate(part.pages, start=1):
            if style == "of_total":
                counter += 1
                lab, short = f"第 {counter} 页 共 {total} 页", str(counter)
            elif style == "dash":
                counter += 1
                lab, short = f"- {counter} -", str(counter)
            else:  # mixed: front matter roman, 申报书 arabic, 附件 restarting
                if part.att is not None:
                    lab, short = f"附件{part.att}-{k}", str(k)
                elif part.key == "book":
                    lab, short = f"- {k} -", str(k)
                else:
                    front += 1
                    lab, short = ROMAN[front - 1], ROMAN[front - 1]
            page.label = lab
            labels.append(short)
        span[part.key] = (labels[0], labels[-1])
    return span


def refs_from(pkg, parts, span):
    style = pkg.spec["numbering"]
    refs, attach_list = {}, []
    for n, (key, title) in enumerate(pkg.spec["evidence"], start=1):
        if key in span:
            a, b = span[key]
        else:  # a part the 目录 names but the binder lacks: the applicant's planned pages
            a, b = pkg.spec["missing_parts"][key]
        pages = (f"第{a}页" if a == b else f"第{a}-{b}页")
        where = pages if style == "mixed" else f"汇编{pages}"
        refs[key] = f"附件{n} {title} {where}"
        attach_list.append(f"附件{n}：{title}（{where}）")
    return refs, attach_list


def build_package(spec, out_root: Path):
    pkg = Pkg(spec)
    refs, attach_list = {}, []
    for _ in range(6):
        parts = make_parts(pkg, refs, attach_list)
        span = assign_labels(pkg, parts)
        new_refs, new_list = refs_from(pkg, parts, span)
        if new_refs == refs:
            break
        refs, attach_list = new_refs, new_list
    else:
        raise RuntimeError("page references do not settle")
    cfg = pkg.cfg
    by_key = {p.key: p for p in parts}
    # screenshots and commitment are drawn now that their printed numbers are known
    if "shots" in by_key:
        sp = by_key["shots"]
        sp.pages, _, _ = ev_shots(pkg, [p.label for p in sp.pages])
        sp.pages[0].label, sp.pages[1].label = None, None
        assign_labels(pkg, parts)
        for p in sp.pages:
            p.label = None  # baked into the image
    cp = by_key["commit"]
    lab = cp.pages[0].label
    cp.pages = [commitment_page(pkg, lab)]
    cp.pages[0].label = None
    # scanned evidence pages become images (their printed number goes into the scan)
    for part in parts:
        for i in part.scan_idx:
            page = part.pages[i]
            img = render_page_image(page)
            sl = seal(cfg["auditor"] if part.key == "audit" else cfg["company"], 200) if (i == 1 and part.key == "audit") else None
            q = Page()
            q.image = degrade(img, pkg.rng, seal_img=sl, seal_at=(img.width - 290, img.height - 330) if sl else None)
            if hasattr(page, "facts"):
                q.facts = [dict(f, image_only=True) for f in page.facts]
            part.pages[i] = q
    # outline entries
    for part in parts:
        first = part.sep if part.sep is not None else part.pages[0]
        if part.att is None:
            first.marks.append((part.title, 0))
        else:
            if part.att == 1 or (part.att and part is [p for p in parts if p.att][0]):
                first.marks.append(("证明材料（申报书附件）", 0))
            first.marks.append((f"附件{part.att} {part.title}", 1))
    # cover and 目录
    cover = Flow()
    cover.space(150)
    cover.text("2024年度上海市工业互联网平台应用水平评价", size=18, align="center")
    cover.space(20)
    cover.text("申报材料汇编", size=30, align="center")
    cover.space(60)
    cover.text(f"平台名称：{cfg['declared_name']}", size=13, align="center")
    cover.text(f"申报单位：{cfg['company']}（盖章）", size=13, align="center")
    cover.text("2024年7月", size=13, align="center")
    cover.pages[0].marks.append(("封面", 0))
    vols = spec.get("volumes")
    toc = Flow()
    toc.title("目  录")
    rows = []
    for part in parts:
        a, b = span[part.key]
        if part.att is None:
            rows.append([part.title, a if a == b else f"{a}-{b}"])
    for n, (key, title) in enumerate(spec["evidence"], start=1):
        if key in span:
            a, b = span[key]
        else:
            a, b = spec["missing_parts"][key]
        rows.append([f"附件{n}：{title}", a if a == b else f"{a}-{b}"])
    if spec["numbering"] == "mixed":
        fixed = []
        for t, r in rows:
            if t.startswith("附件"):
                n = t[2:t.index("：")]
                a, _, b = r.partition("-")
                r = f"附件{n}-{a}" + (f"～附件{n}-{b}" if b else "")
            fixed.append([t, r])
        rows = fixed
    if vols:
        toc.text("（本汇编分" + "、".join(v[0] for v in vols) + "装订）", size=10, align="center")
    toc.table([5, 1.6], rows, header=["内容", "页码"], size=10)
    toc.pages[0].marks.append(("目录", 0))
    seq: list[Page] = cover.pages + toc.pages
    for part in parts:
        if part.sep is not None:
            seq.append(part.sep)
        seq.extend(part.pages)
    # volumes
    pkg_dir = out_root / "packages" / spec["id"]
    if pkg_dir.exists():
        shutil.rmtree(pkg_dir)
    pkg_dir.mkdir(parents=True)
    files: dict[str, str] = {}
    facts = []
    volumes = []
    if vols:
        cut_points = []
        for vol_name, after in vols[1:]:
            key, k = after  # split before page k (0-based) of part key; k = "sep": before its separator
            page = by_key[key].sep if k == "sep" else by_key[key].pages[k]
            cut_points.append(next(i for i, p in enumerate(seq) if p is page))
        bounds = [0] + cut_points + [len(seq)]
        for i, (vol_name, _) in enumerate(vols):
            chunk = seq[bounds[i]:bounds[i + 1]]
            if i > 0:
                vc = Flow()
                vc.space(200)
                vc.text("2024年度上海市工业互联网平台应用水平评价", size=16, align="center")
                vc.text(f"申报材料汇编（{vol_name}）", size=26, align="center")
                vc.space(40)
                vc.text(f"申报单位：{cfg['company']}", size=13, align="center")
                vc.pages[0].marks.append((f"{vol_name}封面", 0))
                cont = chunk[0]
                if not cont.marks:
                    owner = [p for p in parts if cont in p.pages][0]
                    cont.marks.append((f"附件{owner.att} {owner.title}（续）", 0))
                chunk = vc.pages + chunk
            volumes.append((spec["files"]["volumes"][i], chunk))
    else:
        volumes.append((spec["files"]["binder"], seq))
    for name, pages in volumes:
        path = pkg_dir / name
        path.parent.mkdir(parents=True, exist_ok=True)
        write_pdf(path, pages, f"{cfg['short']}申报材料汇编")
        files[name] = spec["roles"][name]
        for i, p in enumerate(pages, start=1):
            for f in getattr(p, "facts", []):
                facts.append(dict(f, file=name, page=i))
    # files beside the binder
    for name, what in spec.get("beside", {}).items():
        path = pkg_dir / name
        if what == "form_docx":
            docs.to_docx(docs.form_blocks(pkg, pkg.rows, refs), path, cfg["contact"]["name"], "申报表")
        elif what == "summary_docx":
            docs.to_docx(docs.summary_blocks(pkg, pkg.summary_rows), path, cfg["contact"]["name"], "汇总表")
        elif what == "summary_xlsx":
            docs.summary_xlsx(pkg.summary_rows, path, cfg["contact"]["name"], horizontal=False)
        elif what == "summary_xlsx_h":
            docs.summary_xlsx(pkg.summary_rows, path, cfg["contact"]["name"], horizontal=True)
        files[name] = spec["roles"][name]
    # truth
    truth = {
        "schema_version": 1, "package_id": spec["id"], "description": spec["description"],
        "path": f"eval_sets/blind/h59/packages/{spec['id']}", "delivery": "folder",
        "platform": {"list_no": cfg["list_no"], "listed_name": cfg["listed_name"], "company": cfg["company"],
                     "declared_name": cfg["declared_name"], "participated_2023": cfg["part23"]},
        "layout": spec["layout"], "files": dict(sorted(files.items())), "secrets": [cfg["password"]],
        "summary_rows": [{"label": k, "value": val, "normalized": norm} for k, (val, norm) in pkg.rows.items()],
        "evidence_facts": facts, "problems": spec["problems"],
    }
    model = PackageTruth.model_validate(truth)
    (out_root / "truth").mkdir(exist_ok=True)
    (out_root / "truth" / f"{spec['id']}.json").write_text(dump_truth(model), encoding="utf-8")
    return {name: len(pages) for name, pages in volumes}, len(facts)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(HERE))
    out = Path(ap.parse_args().out)
    out.mkdir(parents=True, exist_ok=True)
    if (out / "truth").exists():
        shutil.rmtree(out / "truth")
    for spec in PACKAGES:
        pages, nfacts = build_package(spec, out)
        print(spec["id"], pages, "facts", nfacts)


if __name__ == "__main__":
    main()
