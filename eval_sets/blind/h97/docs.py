"""Writes one h97 package (application documents + evidence) and returns its files and evidence facts."""

from __future__ import annotations

import random
from pathlib import Path

import docx
import openpyxl
from docx.shared import Pt

from eval_sets.blind.h97 import render as R
from eval_sets.blind.h97.labels import SUMMARY_LABELS, TABLE
from eval_sets.blind.h97.model import Derived, fmt_int, pct, split, wan
from eval_sets.blind.h97.texts import basic_intro, form_texts

AUDITORS = {"no_devices": "上海信衡会计师事务所（特殊普通合伙）", "private": "上海明正会计师事务所有限公司",
            "overseas": "上海瀚方会计师事务所（特殊普通合伙）", "large": "上海沪东会计师事务所（特殊普通合伙）"}

NAMES = {  # role -> file name per shape
    "no_devices": dict(contact="附件1_联系人信息反馈表.docx", form="附件2_申报表.xlsx", scan="附件2_申报表_盖章扫描版.pdf",
                       book="附件3_申报书.docx", ev="附件3_证明材料/3-{n}_{t}", summary="附件4_平台基本情况汇总表.xlsx",
                       promise="附件5_真实性承诺（盖章）.pdf"),
    "private": dict(contact="01 联系人信息反馈表.docx", form="02 申报表.docx", scan="02 申报表（盖章版）.pdf",
                    book="03 申报书.docx", ev="03 证明材料/{n:02d} {t}", summary="04 平台基本情况汇总表.xlsx",
                    promise="05 真实性承诺.pdf"),
    "overseas": dict(contact="附件1 联系人信息反馈表（七一一所）.docx", form="附件2 申报表（七一一所）.docx",
                     scan="附件2 申报表（七一一所）盖章扫描件.pdf", book="附件3 申报书（七一一所）.docx",
                     ev="附件3 证明材料/附件3-{n} {t}", summary="附件4 平台基本情况汇总表（七一一所）.xlsx",
                     promise="附件5 真实性承诺（七一一所）.pdf"),
    "large": dict(contact="申报材料/1-联系人信息反馈表.docx", form="申报材料/2-申报表.docx", scan="申报材料/2-申报表-盖章版.pdf",
                  book="申报材料/3-申报书.docx", ev="证明材料/{n}-{t}", summary="申报材料/4-平台基本情况汇总表.xlsx",
                  promise="申报材料/5-真实性承诺.pdf"),
}

SYL = "华瑞恒丰嘉润德盛兴鑫源达泰安宏远金联信和锦天瑞鼎创晟博佳航宇盈富隆昌立通汇中新"
EN1 = ["Aegean", "Blue", "North", "Pacific", "Golden", "Star", "Ocean", "Nordic", "Harbor", "Eastern", "Coral", "Delta"]
EN2 = ["Maritime", "Shipping", "Navigation", "Carriers", "Tankers", "Lines", "Shipmanagement", "Bulk"]


class Pkg:
    def __init__(self, spec: dict, root: Path):
        self.s, self.d = spec, Derived(spec)
        self.root = root / spec["pid"]
        self.names = NAMES[spec["shape"]]
        self.rng = random.Random(spec["seed"])
        self.files: dict[str, str] = {}
        self.facts: list[dict] = []
        self.drawn: dict[str, dict[str, str]] = {}
        self.proof: dict[str, str] = {}
        self.ev_n = 0
        self.ev_order: list[str] = []
        self.texts = form_texts(spec, self.d)
        self.company_short = spec["basic"]["企业名称"]

    # ------------------------------------------------------------------ helpers
    def ev_name(self, title: str) -> str:
        self.ev_n += 1
        rel = self.names["ev"].format(n=self.ev_n, t=title)
        self.ev_order.append(rel)
        return rel

    def path(self, rel: str) -> Path:
        p = self.root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        return p

    def fact(self, label, value, unit, normalized, file, page, quote, row_label="", column_label="", component="",
             image_only=False):
        self.facts.append(dict(label=label, value=value, unit=unit, normalized=normalized, file=file, page=page, quote=quote,
                               row_label=row_label, column_label=column_label, component=component, image_only=image_only))
        if not component:
            self.proof.setdefault(label, f"见{file.split('/')[-1].rsplit('.', 1)[0]}第{page}页")

    def save_docx(self, doc, rel: str, role: str):
        cp = doc.core_properties
        cp.author = self.company_short
        cp.title = ""
        cp.last_modified_by = self.company_short
        cp.revision = 1
        p = self.path(rel)
        doc.save(str(p))
        R.normalize_zip(p)
        self.files[rel] = role

    def save_xlsx(self, wb, rel: str, role: str):
        wb.properties.creator = self.company_short
        p = self.path(rel)
        wb.save(str(p))
        R.normalize_zip(p)
        self.files[rel] = role

    def names_cn(self, k: int, suffix_words: list[str]) -> list[str]:
        out, seen = [], set()
        while len(out) < k:
            nm = "".join(self.rng.choice(SYL) for _ in range(2)) + self.rng.choice(suffix_words) + "有限公司"
            nm = self.rng.choice(["上海", "江苏", "浙江", "安徽", ""]) + nm
            if nm in seen:
                nm = nm.replace("有限公司", f"（{len(out)}）有限公司")
            seen.add(nm)
            out.append(nm)
        return out

    # ------------------------------------------------------------------ evidence
    def audit(self):
        s, d, c = self.s, self.d, self.s["company"]
        rel = self.ev_name("2023年度审计报告（节选）及平台业务专项说明.pdf")
        au = AUDITORS[s["shape"]]
        co = s["basic"]["企业名称"]
        y = lambda v: f"{v:,.2f}"
        pages = [
            [("gap", 120), ("h", co), ("h", "2023年度审计报告"), ("gap", 20), ("h2", f"报告文号：{au[:4]}审字〔2024〕第0{s['seed']}号"),
             ("h2", f"审计机构：{au}")],
            [("h", "审 计 报 告"), ("p", f"{co}：我们审计了贵单位2023年12月31日的合并资产负债表、2023年度的合并利润表以及相关财务报表附注。"
                                     "我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵单位2023年12月31日的"
                                     "合并财务状况以及2023年度的合并经营成果。"),
             ("p", f"{au}    中国注册会计师：{'、'.join(['钱文渊', '孙雅琴'])}    2024年4月18日")],
            [("h", "合并资产负债表（摘要）"), ("p", f"编制单位：{co}    2023年12月31日    单位：元"),
             ("t", [["项目", "期末余额"], ["资产总计", y(c["assets"])], ["负债合计", y(c["liabilities"])],
                    ["所有者权益合计", y(c["assets"] - c["liabilities"])]], [80, 60]),
             ("h", "合并利润表（摘要）"), ("p", "单位：元"),
             ("t", [["项目", "本期金额", "上期金额"], ["一、营业收入", y(c["revenue"]), y(c["revenue_prev"])],
                    ["三、利润总额", y(c["profit"]), ""], ["本期缴纳各项税费合计", y(c["taxes"]), ""]], [60, 50, 50])],
            [("h", f"关于{s['basic']['平台名称']}业务的专项说明"),
             ("p", "平台业务单独核算。平台相关营业收入按基于平台直接订阅的服务及通过平台服务取得的收入拆分确认，"
                   "拆分口径已经本所复核。以下金额单位：万元。"),
             ("t", [["项目", "2023年度", "2022年度", "2021年度", "2020年度"],
                    ["平台相关营业收入"] + [y(s["rev"][k]) for k in (2023, 2022, 2021, 2020)],
                    ["平台相关研发投入", y(s["fin"]["rd"]), "", "", ""],
                    ["平台利润总额", y(s["fin"]["profit"]), "", "", ""]], [46, 32, 32, 32, 32])],
        ]
        if s["shape"] == "overseas":
            pages[3].append(("p", f"其中：境外业务收入{y(3512.86)}万元，按2023年度美元、欧元对人民币平均汇率折算。"))
        R.text_pdf(self.path(rel), pages, header=f"{co} 2023年度审计报告")
        self.files[rel] = "evidence:audit_report"
        st = (4, "2023年度")
        self.fact("平台相关营业收入（万元）", y(s["rev"][2023]), "万元", s["rev"][2023], rel, 4, y(s["rev"][2023]), "平台相关营业收入", "2023年度")
        for yr in (2022, 2021):
            self.fact("平台近三年经营指标情况", y(s["rev"][yr]), "万元", s["rev"][yr], rel, 4, y(s["rev"][yr]), "平台相关营业收入",
                      f"{yr}年度", component=f"{yr}年平台营收（万元）")
        self.fact("平台相关研发投入（万元）", y(s["fin"]["rd"]), "万元", s["fin"]["rd"], rel, 4, y(s["fin"]["rd"]), "平台相关研发投入", "2023年度")
        pr = s["fin"]["profit"]
        self.fact("平台利润率（%）", y(pr), "万元", pr, rel, 4, y(pr), "平台利润总额", "2023年度", component="平台利润总额（万元）")
        self.fact("投资回报率（%）", y(pr), "万元", pr, rel, 4, y(pr), "平台利润总额", "2023年度", component="平台年利润（万元）")

    def team(self):
        v = self.d.v
        rel = self.ev_name("平台团队人员情况说明.pdf")
        tot, ops, opr, q = (v["平台团队总人数（人）"], v["运维人数（人）"], v["运营人数（人）"], v["有相关技术职称/从业资格的人数（人）"])
        sentence = (f"截至2024年7月10日，平台团队总人数{tot}人，其中运维人员{ops}人、运营人员{opr}人，"
                    f"具有相关技术职称或从业资格的人员{q}人。")
        R.text_pdf(self.path(rel), [[("h", f"{self.s['basic']['平台名称']}团队人员情况说明"), ("p", sentence),
                                     ("p", "运维人员含日常基础运维、迭代开发、优化升级人员；运营人员含日常运营、销售、管理人员。"),
                                     ("p", f"{self.s['basic']['企业名称']}人力资源部    2024年7月10日")]])
        self.files[rel] = "evidence:other"
        self.fact("平台团队总人数（人）", str(tot), "人", tot, rel, 1, f"平台团队总人数{tot}人", "平台团队总人数")
        self.fact("运维人数（人）", str(ops), "人", ops, rel, 1, f"运维人员{ops}人", "运维人员")
        self.fact("运营人数（人）", str(opr), "人", opr, rel, 1, f"运营人员{opr}人", "运营人员")
        self.fact("有相关技术职称/从业资格的人数（人）", str(q), "人", q, rel, 1, f"具有相关技术职称或从业资格的人员{q}人", "具有相关技术职称或从业资格的人员")

    def devices(self):
        s, d, v = self.s, self.d, self.d.v
        dev = s["devices"]
        rel = self.ev_name("平台接入设备导出清单.xlsx")
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "汇总"
        cat_t = v["按二级分类统计工业设备数量（台/套）"]
        cat_p = v["按二级分类统计公有云工业设备数量（台/套）"]
        cat_r = v["按二级分类统计公有云工业设备平均日运行数量（台/套）"]
        priv = d.private("连接的工业设备/产品/产线种类及数量（台/套）")
        head = ["设备二级分类", "接入数量（台/套）", "其中：公有云接入（台/套）", "公有云日均运行（台/套）"]
        if priv:
            head.append("其中：私有化部署（台/套）")
        ws.append(head)
        for k in cat_t:
            row = [k, cat_t[k], cat_p[k], cat_r[k]]
            if priv:
                row.append(cat_t[k] - cat_p[k])
            ws.append(row)
        tot = ["合计", dev["total"], dev["public"], dev["running"]] + ([priv[0]] if priv else [])
        ws.append(tot)
        ws.append(["导出时间：2024-07-15 09:00；口径：截至填表日平台接入设备（含公有云、私有云、专有网络接入）"])
        ws2 = wb.create_sheet("按区域")
        ws2.append(["区域（设备所属企业注册地）", "接入数量（台/套）", "公有云接入（台/套）", "公有云日均运行（台/套）"])
        rt, rp, rr = (v["按省市区域统计工业设备数量（台/套）"], v["按省市区域统计公有云工业设备数量（台/套）"],
                      v["按省市区域统计公有云工业设备平均日运行数量（台/套）"])
        for k in rt:
            ws2.append([k, rt[k], rp.get(k, 0), rr.get(k, 0)])
        ws2.append(["合计", dev["total"], dev["public"], dev["running"]])
        if d.overseas:
            ws3 = wb.create_sheet("海外设备")
            ws3.append(["国家", "接入数量（台/套）"])
            for k, n in d.overseas.items():
                ws3.append([k, n])
            ws3.append(["海外合计", sum(d.overseas.values())])
        if s["shape"] == "large":
            self._device_detail(wb, cat_t, cat_p, rt, rp)
        self.save_xlsx(wb, rel, "evidence:device_list")
        L = "连接的工业设备/产品/产线种类及数量（台/套）"
        self.fact(L, fmt_int(dev["total"]), "台/套", dev["total"], rel, 1, str(dev["total"]), "合计", "接入数量（台/套）")
        self.fact("公有云工业设备连接数量（台/套）", fmt_int(dev["public"]), "台/套", dev["public"], rel, 1, str(dev["public"]), "合计",
                  "其中：公有云接入（台/套）")
        self.fact("公有云工业设备平均日运行数量（台/套）", fmt_int(dev["running"]), "台/套", dev["running"], rel, 1, str(dev["running"]),
                  "合计", "公有云日均运行（台/套）")
        if d.overseas:
            o = sum(d.overseas.values())
            self.fact("海外设备连接数量（台/套）", fmt_int(o), "台/套", o, rel, 3, str(o), "海外合计", "接入数量（台/套）")

    def _device_detail(self, wb, cat_t, cat_p, rt, rp):
        ws = wb.create_sheet("设备明细")
        ws.append(["序号", "设备编码", "设备二级分类", "所属企业注册地", "接入方式"])
        rows = []
        for public in (True, False):
            cats = [k for k in cat_t for _ in range(cat_p[k] if public else cat_t[k] - cat_p[k])]
            regs = [k for k in rt for _ in range(rp[k] if public else rt[k] - rp[k])]
            assert len(cats) == len(regs)
            self.rng.shuffle(cats)
            self.rng.shuffle(regs)
            rows += [(c, r, "公有云" if public else self.rng.choice(["边缘侧", "厂区专有网络"])) for c, r in zip(cats, regs)]
        self.rng.shuffle(rows)
        for i, (c, r, way) in enumerate(rows, 1):
            ws.append([i, f"BW-{i:06d}", c, r, way])

    def enterprises(self, paid_here: bool):
        s, v = self.s, self.d.v
        u = s["users"]
        rel = self.ev_name("服务企业名录及统计.xlsx")
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "统计"
        ws.append(["指标", "数量（家）"])
        stats = [("注册企业用户数", v["注册企业用户数（个）"]), ("实际服务企业数", v["实际服务企业数（个）"]),
                 ("其中：付费企业", v["付费企业数（个）"]), ("其中：上海本市企业", v["服务本市企业数量（个）"]),
                 ("其中：中小企业", v["服务中小企业数量（个）"])]
        for r in stats:
            ws.append(list(r))
        ws.append([])
        ws.append(["按行业", "家"])
        for k, n in v["按行业统计服务企业数（个）"].items():
            ws.append([k, n])
        ws.append([])
        ws.append(["按区域（企业注册地）", "家"])
        for k, n in v["按省市区域统计服务企业数（个）"].items():
            ws.append([k, n])
        ws.append(["统计时间：截至2024年7月15日；已剔除配套商等非平台实际服务用户"])
        served = v["实际服务企业数（个）"]
        inds = [k for k, n in v["按行业统计服务企业数（个）"].items() for _ in range(n)]
        regs = [k for k, n in v["按省市区域统计服务企业数（个）"].items() for _ in range(n)]
        paid = [True] * v["付费企业数（个）"] + [False] * (served - v["付费企业数（个）"])
        sme = [True] * v["服务中小企业数量（个）"] + [False] * (served - v["服务中小企业数量（个）"])
        for lst in (inds, regs, paid, sme):
            self.rng.shuffle(lst)
        cn = self.names_cn(served, ["食品", "科技", "实业", "机械", "材料", "电子", "贸易", "制造"])
        ws2 = wb.create_sheet("服务企业名录")
        ws2.append(["序号", "企业名称", "所属行业", "注册地", "是否付费", "是否中小企业"])
        for i in range(served):
            name = cn[i]
            if regs[i][-1:].isalpha() and regs[i][-1].isascii():
                name = f"{self.rng.choice(EN1)} {self.rng.choice(EN2)} Co., Ltd. ({i + 1})"
            ws2.append([i + 1, name, inds[i], regs[i], "是" if paid[i] else "否", "是" if sme[i] else "否"])
        self.save_xlsx(wb, rel, "evidence:other")
        for (cap, val), label in zip(stats, ["注册企业用户数（个）", "实际服务企业数（个）", "付费企业数（个）", "服务本市企业数量（个）",
                                             "服务中小企业数量（个）"]):
            if label == "付费企业数（个）" and not paid_here:
                continue
            self.fact(label, fmt_int(val), "家", val, rel, 1, str(val), cap, "数量（家）")

    def subscriptions(self):
        s, v = self.s, self.d.v
        rel = self.ev_name("工业APP订阅明细导出.xlsx")
        napp = v["工业APP数量（个）"]
        total, killer, amount = v["工业APP订阅总数量（个）"], v["杀手锏工业APP订阅数量（个）"], v["工业APP订阅总金额（万元）"]
        kw = [5, 4, 3.4, 3, 2.6]
        ks = split(killer, {str(i): w for i, w in enumerate(kw)})
        others = split(total - killer, {str(i): self.rng.uniform(0.5, 1.5) for i in range(napp - 5)})
        assert max(others.values()) < min(ks.values())
        cents = split(int(round(amount * 100)), {str(i): self.rng.uniform(0.5, 1.5) for i in range(napp)})
        classes = [k for k, n in v["按分类统计工业APP数量（个）"].items() for _ in range(n)]
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "订阅明细"
        ws.append(["序号", "工业APP名称", "分类", "杀手锏排名", "订阅数量（个）", "累计订阅金额（万元）"])
        subs = list(ks.values()) + list(others.values())
        for i in range(napp):
            ws.append([i + 1, f"{classes[i]}应用{i + 1:03d}", classes[i], i + 1 if i < 5 else "", subs[i],
                       round(cents[str(i)] / 100, 2)])
        ws.append(["", "杀手锏APP小计（前5名）", "", "", killer, ""])
        ws.append(["", "合计", "", "", total, f"{amount:.2f}"])
        ws.append([f"上架工业APP合计：{napp}个（均有工业企业用户）；订阅口径：多租户按购买数量，私有部署按用户数量"])
        self.save_xlsx(wb, rel, "evidence:other")
        self.fact("工业APP订阅总数量（个）", fmt_int(total), "个", total, rel, 1, str(total), "合计", "订阅数量（个）")
        self.fact("杀手锏工业APP订阅数量（个）", fmt_int(killer), "个", killer, rel, 1, str(killer), "杀手锏APP小计（前5名）", "订阅数量（个）")
        self.fact("工业APP订阅总金额（万元）", f"{amount:.2f}", "万元", amount, rel, 1, f"{amount:.2f}", "合计", "累计订阅金额（万元）")
        self.fact("工业APP数量（个）", str(napp), "个", napp, rel, 1, f"上架工业APP合计：{napp}个", "上架工业APP合计")

    def orders(self, title: str = "平台订单与合同台账.xlsx"):
        s, v = self.s, self.d.v
        rel = self.ev_name(title)
        o23, o12 = s["users"]["orders"]
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "月度订单"
        ws.append(["月份", "平台订单数（个）"])
        months = split(o23, {f"2023-{m:02d}": self.rng.uniform(0.8, 1.2) for m in range(1, 13)})
        for k, n in months.items():
            ws.append([k, n])
        ws.append(["2023年合计", o23])
        ws.append(["2023-07至2024-06合计", o12])
        ws.append(["口径：基于平台直接订阅的服务订单，不含仅信息撮合对接的服务"])
        paid = v["付费企业数（个）"]
        ws2 = wb.create_sheet("付费合同台账")
        fx = s.get("fx")
        head = ["合同编号", "客户名称", "签订日期"] + (["币种", "原币金额", "折算汇率", "折合人民币（元）"] if fx else ["合同金额（元）"])
        ws2.append(head)
        ncontracts = paid + paid // 5
        custs = list(range(paid)) + [self.rng.randrange(paid) for _ in range(ncontracts - paid)]
        self.rng.shuffle(custs)
        cn = self.names_cn(paid, ["食品", "农业", "包装", "物流", "实业"]) if not fx else \
            [f"{self.rng.choice(EN1)} {self.rng.choice(EN2)} {self.rng.choice(['S.A.', 'Pte. Ltd.', 'AS', 'GmbH', 'K.K.'])} No.{i + 1}"
             for i in range(paid)]
        total_cny = 0.0
        fixed = {}
        if fx and custs[11] != custs[146]:  # the two contracts excerpted in the contract PDF
            cn[custs[11]], cn[custs[146]] = "Aegean Star Maritime S.A.", "Nordic Harbor Shipmanagement AS"
            fixed = {12: ("USD", 1250000.00), 147: ("EUR", 486000.00)}
        for i, cidx in enumerate(custs, 1):
            date = f"2023-{self.rng.randint(1, 12):02d}-{self.rng.randint(1, 28):02d}"
            if fx:
                cur = self.rng.choice(["USD", "EUR", "CNY"])
                amt = round(self.rng.uniform(6000, 22000) * (7 if cur == "CNY" else 1), 2)
                if i in fixed:
                    cur, amt = fixed[i]
                    date = "2023-03-18" if i == 12 else "2023-09-06"
                rate = fx.get(cur, 1.0)
                cny = round(amt * rate, 2)
                total_cny += cny
                ws2.append([f"HT711-2023-{i:04d}", cn[cidx], date, cur, amt, rate, cny])
            else:
                amt = round(self.rng.uniform(5000, 60000), 2)
                total_cny += amt
                ws2.append([f"LYF-GC-2023-{i:04d}", cn[cidx], date, amt])
        ws2.append(["合计", "", "", "", "", "", round(total_cny, 2)] if fx else ["合计", "", "", round(total_cny, 2)])
        self.contract_total = total_cny
        ws2.append([f"付费客户（去重）：{paid}家"])
        if fx:
            ws2.append([f"注：外币合同按2023年度平均汇率折算，1美元={fx['USD']}元人民币，1欧元={fx['EUR']}元人民币。"])
        self.save_xlsx(wb, rel, "evidence:other")
        self.fact("付费企业数（个）", str(paid), "家", paid, rel, 2, f"付费客户（去重）：{paid}家", "付费客户（去重）")
        if not fx:
            self.fact("平台订单数量(近一年总量)（个）", fmt_int(o23), "个", o23, rel, 1, str(o23), "2023年合计", "平台订单数（个）")
        return total_cny

    def contracts_pdf(self):
        s = self.s
        fx = s["fx"]
        rel = self.ev_name("海外服务合同节选及汇率折算说明.pdf")
        a1, a2 = 1250000.00, 486000.00
        pages = [[("h", "远程运维服务合同（节选）"),
                  ("p", "合同编号：HT711-2023-0012    甲方：Aegean Star Maritime S.A.（希腊Greece）"),
                  ("p", f"服务内容：船队32艘船舶主机及发电机组远程监测、故障诊断与预测维护服务，服务期三年。"),
                  ("p", f"合同总价：USD {a1:,.2f}（大写：壹佰贰拾伍万美元整），按季度支付。"),
                  ("p", "签署日期：2023年3月18日")],
                 [("h", "备件协同与能效服务合同（节选）"),
                  ("p", "合同编号：HT711-2023-0147    甲方：Nordic Harbor Shipmanagement AS（挪威Norway）"),
                  ("p", f"合同总价：EUR {a2:,.2f}，服务期两年。签署日期：2023年9月6日"),
                  ("h2", "外币金额折算说明"),
                  ("p", f"外币合同按2023年度平均汇率折算：1美元={fx['USD']}元人民币，1欧元={fx['EUR']}元人民币。"
                        f"上述两份合同折合人民币分别为{a1 * fx['USD'] / 10000:,.2f}万元和{a2 * fx['EUR'] / 10000:,.2f}万元。")]]
        R.text_pdf(self.path(rel), pages)
        self.files[rel] = "evidence:other"

    def ip_list(self):
        s, v = self.s, self.d.v
        npat, nsw = v["平台核心软硬件技术获得的专利数量（项）"], v["平台核心软硬件技术获得的软著数量（个）"]
        co = s["basic"]["企业名称"]
        words = ["设备状态监测", "故障诊断", "能耗预测", "订单协同", "质量追溯", "预测维护", "数据采集", "模型训练"]
        pats = [[str(i + 1), f"一种基于{self.rng.choice(words)}的{self.rng.choice(['方法', '系统', '装置'])}",
                 f"ZL 20{self.rng.randint(18, 23)}1 {self.rng.randint(10000000, 99999999)}.{self.rng.randint(0, 9)}",
                 self.rng.choice(["发明专利", "实用新型"]), co] for i in range(npat)]
        sws = [[str(i + 1), f"{s['basic']['平台名称'][:6]}{self.rng.choice(words)}软件V{self.rng.randint(1, 4)}.0",
                f"20{self.rng.randint(19, 24)}SR{self.rng.randint(1000000, 1999999)}", co] for i in range(nsw)]
        if s["shape"] == "large":
            rel = self.ev_name("知识产权清单导出.xlsx")
            wb = openpyxl.Workbook()
            ws = wb.active
            ws.title = "专利"
            ws.append(["序号", "名称", "专利号", "类型", "权利人"])
            for r in pats:
                ws.append(r)
            ws.append([f"合计：{npat}项"])
            ws2 = wb.create_sheet("软件著作权")
            ws2.append(["序号", "名称", "登记号", "著作权人"])
            for r in sws:
                ws2.append(r)
            ws2.append([f"合计：{nsw}项"])
            self.save_xlsx(wb, rel, "evidence:patent_list")
            self.fact("平台核心软硬件技术获得的专利数量（项）", str(npat), "项", npat, rel, 1, f"合计：{npat}项", "合计")
            self.fact("平台核心软硬件技术获得的软著数量（个）", str(nsw), "项", nsw, rel, 2, f"合计：{nsw}项", "合计")
            return
        rel = self.ev_name("知识产权清单.pdf")
        pages, per = [], 22
        first = [("h", "平台核心软硬件技术知识产权清单"), ("h2", f"一、授权专利（共{npat}项）")]
        cur = first
        rows = [["序号", "名称", "专利号", "类型", "权利人"]]
        chunks = [pats[i:i + per] for i in range(0, len(pats), per)]
        for j, ch in enumerate(chunks):
            cur.append(("t", rows + ch, [12, 60, 45, 22, 44], 8))
            pages.append(cur)
            cur = []
        sw_page = len(pages) + 1
        cur = [("h2", f"二、软件著作权（共{nsw}项）")]
        for j in range(0, len(sws), per):
            cur.append(("t", [["序号", "名称", "登记号", "著作权人"]] + sws[j:j + per], [12, 80, 45, 46], 8))
            pages.append(cur)
            cur = []
        R.text_pdf(self.path(rel), pages, header=co)
        self.files[rel] = "evidence:patent_list"
        self.fact("平台核心软硬件技术获得的专利数量（项）", str(npat), "项", npat, rel, 1, f"授权专利（共{npat}项）", "授权专利")
        self.fact("平台核心软硬件技术获得的软著数量（个）", str(nsw), "项", nsw, rel, sw_page, f"软件著作权（共{nsw}项）", "软件著作权")

    def awards(self):
        s, v = self.s, self.d.v
        k = v["平台获得省部级及以上奖项/荣誉数量（个）"]
        rel = self.ev_name("省部级及以上荣誉清单（扫描件）.pdf")
        pool = [("上海市工业互联网创新应用标杆", "上海市经济和信息化委员会", "2021年11月"),
                ("工业互联网试点示范项目", "工业和信息化部", "2022年9月"),
                ("上海市科技进步奖二等奖", "上海市人民政府", "2022年5月"),
                ("上海市“专精特新”企业数字化转型优秀案例", "上海市经济和信息化委员会", "2023年3月"),
                ("工业互联网平台创新领航应用案例", "工业和信息化部", "2023年10月"),
                ("上海市产业互联网优秀平台", "上海市经济和信息化委员会", "2023年6月"),
                ("中国机械工业科学技术奖二等奖", "中国机械工业联合会", "2021年12月"),
                ("上海市优秀工业软件", "上海市经济和信息化委员会", "2022年12月"),
                ("智能制造优秀场景", "工业和信息化部", "2023年12月")]
        rows = [["序号", "奖项/荣誉名称", "颁发单位", "获得时间"]] + [[str(i + 1), *pool[i]] for i in range(k)]
        title = f"{s['basic']['平台名称']}省部级及以上奖项/荣誉清单（共{k}项）"
        items = [("p", title), ("t", rows, [12, 80, 55, 30], 9), ("p", f"{s['basic']['企业名称']}（盖章）  2024年7月")]
        R.scanned_pdf(self.path(rel), [items], seed=s["seed"] + 7, seals={0: (s["basic"]["企业名称"], "")}, numbered=False)
        self.files[rel] = "evidence:award_list"
        drawn = "\n".join([title] + [" ".join(r) for r in rows] + [f"{s['basic']['企业名称']}（盖章）  2024年7月"])
        self.drawn.setdefault(rel, {})["1"] = drawn
        self.fact("平台获得省部级及以上奖项/荣誉数量（个）", str(k), "项", k, rel, 1, f"共{k}项", "奖项/荣誉清单", image_only=True)

    def dashboard(self):
        s, v = self.s, self.d.v
        rel = self.ev_name("平台运营看板截图.png")
        tiles = []
        if v["连接的工业设备/产品/产线种类及数量（台/套）"]:
            cap = "接入设备总数（含私有化）" if s["shape"] == "private" else "接入设备（台/套）"
            tiles.append((cap, "连接的工业设备/产品/产线种类及数量（台/套）"))
        tiles += [("注册企业", "注册企业用户数（个）"), ("上架工业APP", "工业APP数量（个）"), ("微服务", "微服务数量（个）"),
                  ("注册开发者", "开发者注册总数（个）"), ("机理模型", "工业机理模型数量（个）"), ("存储数据量（TB）", "存储工业数据量（TB）")]
        shown = []
        for cap, label in tiles:
            val = v[label]
            shown.append((cap, f"{val:,.2f}" if isinstance(val, float) else f"{val:,}"))
        extra = {"no_devices": ["今日新增订单 64", "今日活跃合作伙伴 318"], "private": ["今日碳排放监测点在线率 99.1%"],
                 "overseas": ["在航船舶 412 艘", "今日告警 23 条"], "large": ["今日点检工单 1,862", "在线高炉 18 座"]}[s["shape"]]
        text = R.dashboard(self.path(rel), f"{s['basic']['平台名称']} 运营驾驶舱", shown, s["seed"], extra)
        self.files[rel] = "evidence:screenshot"
        self.drawn.setdefault(rel, {})["1"] = text
        for (cap, label), (_, shown_v) in zip(tiles, shown):
            val = v[label]
            unit = "TB" if "TB" in label else "台/套" if "台/套" in label else "家" if "企业" in label else "个"
            self.fact(label, shown_v, unit, val, rel, 1, shown_v, cap, image_only=True)
