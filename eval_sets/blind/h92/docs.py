"""Writes one h92 package: application documents from the declared rows, evidence from the real figures with the
other scopes and periods beside them. Each evidence writer returns the facts it prints (pages from the layout)."""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl
from docx.shared import Pt
from openpyxl.styles import Font

from eval_sets.blind.h92 import render
from eval_sets.blind.h92.labels import CHAPTERS, LABELS
from eval_sets.blind.h92.model import declared, derive

BASIC = ["序号", "企业名称", "平台名称", "平台性质", "联系人姓名", "联系人手机号", "联系人电子邮箱", "评审会现场地址信息", "平台网址",
         "建设时间", "平台建设金额（万元）", "平台近三年经营指标情况", "平台建设方式", "平台运营模式", "部署方式"]
AUDITORS = {7: "上海立衡会计师事务所（特殊普通合伙）", 32: "上海中审远航会计师事务所有限公司",
            11: "上海明诚会计师事务所（特殊普通合伙）", 20: "上海金禾会计师事务所有限公司"}


def yuan(x: float) -> str:
    return f"{x:,.2f}"


def wan(x: float) -> str:
    return f"{x:,.2f}"


class Pkg:
    def __init__(self, S: dict, root: Path):
        self.S, self.root = S, root
        self.real = derive(S)
        self.decl = declared(S)
        self.files: dict[str, str] = {}
        self.facts: list[dict] = []
        self.drawn: dict[str, dict[int, list[str]]] = {}
        c = S["short"]
        self.f_contact = "申报材料/附件1_联系人信息反馈表.docx"
        self.f_form = f"申报材料/附件2_申报表（{c}）.docx"
        self.f_scan = "申报材料/附件2_申报表（盖章扫描件）.pdf"
        self.f_book = f"申报材料/附件3_申报书（{c}）.docx"
        self.f_summary = "申报材料/附件4_平台基本情况汇总表.xlsx"
        self.f_promise = "申报材料/附件5_真实性承诺（盖章扫描件）.pdf"
        scan_audit = S["no"] in (32, 20)
        self.scan_audit = scan_audit
        self.f_audit = "证明材料/3-1 2023年度审计报告及平台业务专项说明" + ("（扫描件）" if scan_audit else "") + ".pdf"
        self.f_ops = "证明材料/3-2 平台运营数据导出（截至2024-06-30）.xlsx"
        self.f_png = "证明材料/3-3 平台运营驾驶舱截图.png"
        self.f_ip = "证明材料/3-4 知识产权清单.pdf"
        self.f_team = "证明材料/3-5 平台团队人员情况说明.pdf"

    # ------------------------------------------------------------------------------------------ helpers
    def path(self, rel: str) -> Path:
        p = self.root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        return p

    def fact(self, label, value, unit, normalized, file, page, quote, row_label="", column_label="", component="",
             image_only=False):
        self.facts.append(dict(label=label, value=value, unit=unit, normalized=normalized, file=file, page=page,
                               quote=quote, row_label=row_label, column_label=column_label, component=component,
                               image_only=image_only))

    def n(self, label):
        return self.real[label][1]

    # ------------------------------------------------------------------------------------------ application
    def contact(self):
        S = self.S
        d = docx.Document()
        d.add_heading("附件1  联系人信息反馈表", level=1)
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for k, v in (("单位名称", S["company"]), ("平台名称", S["name"]), ("联系人", S["contact"]), ("职务", "数字化运营部经理"),
                     ("手机", S["phone"]), ("电子邮箱", S["email"])):
            r = t.add_row().cells
            r[0].text, r[1].text = k, v
        self._save_docx(d, self.f_contact, "联系人信息反馈表", "联系人表")

    def _save_docx(self, d, rel, title, role):
        p = self.path(rel)
        d.save(str(p))
        render.normalize_zip(p, title, self.S["contact"])
        self.files[rel] = role

    def proof(self, label: str) -> str:
        refs = {"平台相关营业收入（万元）": "附件3-1 第4页", "平台相关研发投入（万元）": "附件3-1 第4页", "平台利润率（%）": "附件3-1 第4页",
                "平台近三年经营指标情况": "附件3-1 第4页", "投资回报率（%）": "附件3-1 第4页",
                "平台团队总人数（人）": "附件3-5 第1页", "运维人数（人）": "附件3-5 第1页", "运营人数（人）": "附件3-5 第1页",
                "有相关技术职称/从业资格的人数（人）": "附件3-5 第1页",
                "平台核心软硬件技术获得的专利数量（项）": "附件3-4 第1页", "平台核心软硬件技术获得的软著数量（个）": "附件3-4 第2页"}
        if label in refs:
            return refs[label]
        if "设备" in label and "下降" not in label and "提升" not in label and "利用率" not in label:
            return "附件3-2 表“按设备类别”“按区域”；附件3-3"
        if "企业" in label and "上市" not in label:
            return "附件3-2 表“企业用户”"
        if "订单" in label or "订阅" in label:
            return "附件3-2 表“订单与订阅”“杀手锏APP”"
        if label in ("工业APP数量（个）", "工业机理模型数量（个）", "微服务数量（个）", "开发者注册总数（个）", "活跃开发者数（个）",
                     "存储容量（TB）", "存储工业数据量（TB）"):
            return "附件3-3 平台运营驾驶舱截图"
        return "申报书相关章节"

    def form(self):
        S, D = self.S, self.decl
        comp = S["comp"]
        d = docx.Document()
        style = d.styles["Normal"]
        style.font.size = Pt(10.5)
        d.add_heading("上海市工业互联网平台应用水平评价申报表", level=0)
        d.add_paragraph("申报年度：2024年度")
        d.add_paragraph(f"平台名称：{D['平台名称'][0]}")
        d.add_paragraph(f"申报单位：{S['company']}（公章）")
        d.add_heading("一、企业基本情况", level=1)
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for k, v in (("单位（企业）名称", S["company"]), ("法定代表人", "（略）"), ("联系人", S["contact"]), ("联系人手机", S["phone"]),
                     ("电子邮箱", S["email"]),
                     ("申报单位上一年度经营状况（2023年）主营业务收入（万元）", wan(comp["rev_parent"][0] / 10000)),
                     ("主营业务收入增长率（%）", f"{(comp['rev_parent'][0] / comp['rev_parent'][1] - 1) * 100:.2f}"),
                     ("利润总额（万元）", wan(comp["profit_parent"][0] / 10000))):
            r = t.add_row().cells
            r[0].text, r[1].text = k, v
        d.add_heading("二、平台基本情况", level=1)
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for label in BASIC:
            r = t.add_row().cells
            r[0].text, r[1].text = label, D[label][0]
        r = t.add_row().cells
        r[0].text, r[1].text = "IaaS基础设施", "自建"
        r = t.add_row().cells
        r[0].text, r[1].text = "平台基本情况介绍", self.intro()
        d.add_heading("三、上海市工业互联网平台应用水平评价指标明细表", level=1)
        t = d.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        for cell, text in zip(t.rows[0].cells, ("序号", "内容", "平台实际情况", "证明资料")):
            cell.text = text
        k = 0
        for label, _ in LABELS:
            if label in BASIC:
                continue
            k += 1
            r = t.add_row().cells
            r[0].text, r[1].text, r[2].text, r[3].text = str(k), label, D[label][0], self.proof(label)
        d.add_paragraph("申报单位（盖章）：" + S["company"] + "        2024年7月8日")
        self._save_docx(d, self.f_form, "申报表", "申报表")
        # stamped scan of the signed paper form
        pages, page = [], [("h", "上海市工业互联网平台应用水平评价申报表"), ("p", f"申报单位：{S['company']}（公章）")]
        rows = []
        for label, _ in LABELS:  # long answers continue on the next table line, as on the signed paper form
            text = D[label][0]
            parts = [text[i:i + 44] for i in range(0, len(text), 44)] or [""]
            rows += [[label if i == 0 else "", part] for i, part in enumerate(parts)]
        for i in range(0, len(rows), 36):
            page.append(("t", ["内容", "平台实际情况"], rows[i:i + 36], [38, 62], 8))
            pages.append(page)
            page = []
        pages[-1].append(("p", f"申报单位（盖章）：{S['company']}    日期：2024年7月8日"))
        tmp = self.root / "_scan_form.pdf"
        render.draw_pages(tmp, pages, "申报表")
        imgs = render.scanned(render.rasterise(tmp), S["seed"], {0: S["company"], len(pages) - 1: S["company"]})
        tmp.unlink()
        render.images_pdf(self.path(self.f_scan), imgs, "申报表扫描件")
        self.files[self.f_scan] = "申报表扫描件"

    def intro(self) -> str:
        S, D = self.S, self.decl
        return (f"{S['name']}由{S['company']}建设运营，面向{('、'.join(list(S['inds'])[:3]))}等行业提供设备接入、数据分析、"
                f"工业APP与供需协同服务。截至2024年6月底，平台累计接入工业设备{D['连接的工业设备/产品/产线种类及数量（台/套）'][0]}台/套，"
                f"注册企业用户{D['注册企业用户数（个）'][0]}家，上架工业APP{D['工业APP数量（个）'][0]}个。")

    def summary(self):
        S, D = self.S, dict(self.decl)
        D.update(S["summary_diff"])
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "汇总表"
        if "horizontal" in " ".join(S["layout"]):
            ws.append([label for label, _ in LABELS])
            ws.append([D[label][0] for label, _ in LABELS])
        else:
            ws.append(["序号", "指标", "填报内容"])
            for i, (label, _) in enumerate(LABELS, 1):
                ws.append([i, label, D[label][0]])
            ws.column_dimensions["B"].width = 46
            ws.column_dimensions["C"].width = 60
        for c in ws[1]:
            c.font = Font(bold=True)
        p = self.path(self.f_summary)
        wb.save(str(p))
        render.normalize_zip(p, "平台基本情况汇总表", S["contact"])
        self.files[self.f_summary] = "汇总表"

    def book(self):
        S, D = self.S, self.decl
        comp = S["comp"]
        d = docx.Document()
        d.add_heading(f"{S['name']}申报书", level=0)
        d.add_heading(CHAPTERS[0], level=1)
        d.add_paragraph(f"{S['company']}成立于2004年，注册地上海。2023年公司合并口径营业收入{comp['rev_cons'][0] / 1e8:.2f}亿元，"
                        f"母公司（申报主体）营业收入{comp['rev_parent'][0] / 1e4:,.2f}万元。平台业务由申报主体独立核算。")
        d.add_heading(CHAPTERS[1], level=1)
        d.add_paragraph(f"平台于{S['period'][:4]}年启动建设，累计投入{D['平台建设金额（万元）'][0]}万元，采用{S['deploy']}部署。"
                        f"2023年平台相关营业收入{D['平台相关营业收入（万元）'][0]}万元，平台相关研发投入{D['平台相关研发投入（万元）'][0]}万元。"
                        f"平台团队{D['平台团队总人数（人）'][0]}人，其中运维{D['运维人数（人）'][0]}人、运营{D['运营人数（人）'][0]}人。")
        d.add_paragraph(f"截至2024年6月30日，平台累计接入工业设备{D['连接的工业设备/产品/产线种类及数量（台/套）'][0]}台/套（当日在线"
                        f"{S['online']}台/套），其中公有云接入{D['公有云工业设备连接数量（台/套）'][0]}台/套，公有云设备近一年日均运行"
                        f"{D['公有云工业设备平均日运行数量（台/套）'][0]}台/套、日峰值{S['peak_daily']}台/套。")
        d.add_heading(CHAPTERS[2], level=1)
        d.add_paragraph(f"平台注册企业用户{D['注册企业用户数（个）'][0]}家，其中2023年新增{S['new_reg_2023']}家；实际服务企业"
                        f"{D['实际服务企业数（个）'][0]}家（累计到达值），其中本市{D['服务本市企业数量（个）'][0]}家、中小企业"
                        f"{D['服务中小企业数量（个）'][0]}家、付费企业{D['付费企业数（个）'][0]}家。工业APP订阅总金额（自运营以来累计）"
                        f"{D['工业APP订阅总金额（万元）'][0]}万元。")
        d.add_heading(CHAPTERS[3], level=1)
        d.add_paragraph("2024—2026年，平台将继续扩大设备接入规模，深化行业机理模型沉淀，推进与国家标识解析体系的融合应用。")
        d.add_heading(CHAPTERS[4], level=1)
        for i, ind in enumerate(list(S["inds"])[:3], 1):
            d.add_paragraph(f"案例{i}：某{ind}行业企业应用平台服务，设备运维成本下降约{S['om_down']:.0f}%，交付周期缩短。")
        d.add_heading(CHAPTERS[5], level=1)
        for rel in (self.f_audit, self.f_ops, self.f_png, self.f_ip, self.f_team):
            d.add_paragraph(Path(rel).stem)
        if S["participated"]:
            d.add_heading(CHAPTERS[6], level=1)
            t = d.add_table(rows=1, cols=3)
            t.style = "Table Grid"
            for cell, text in zip(t.rows[0].cells, ("指标", "2023年度参评填报（截至2023年6月）", "本次填报（截至2024年6月）")):
                cell.text = text
            for label, before in (("连接的工业设备/产品/产线种类及数量（台/套）", int(self.n("连接的工业设备/产品/产线种类及数量（台/套）") * 0.78)),
                                  ("注册企业用户数（个）", self.n("注册企业用户数（个）") - S["new_reg_2023"]),
                                  ("工业APP数量（个）", int(self.n("工业APP数量（个）") * 0.82)),
                                  ("平台相关营业收入（万元）", f"{S['rev'][2022]:.2f}")):
                r = t.add_row().cells
                r[0].text, r[1].text, r[2].text = label, str(before), D[label][0]
        self._save_docx(d, self.f_book, "申报书", "申报书")

    def promise(self):
        S = self.S
        page = [("h", "真实性承诺"), ("gap", 20),
                ("p", f"我单位郑重承诺：本单位参加2024年上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、"
                      f"准确、完整，如有不实，愿承担相应责任。"),
                ("gap", 40), ("p", f"法定代表人或授权代表（签字）：{S['contact']}"), ("p", f"申报单位（盖章）：{S['company']}"),
                ("p", "2024年7月8日")]
        tmp = self.root / "_promise.pdf"
        render.draw_pages(tmp, [page], "承诺", footer=False)
        imgs = render.scanned(render.rasterise(tmp), S["seed"] + 5, {0: S["company"]})
        tmp.unlink()
        render.images_pdf(self.path(self.f_promise), imgs, "真实性承诺")
        self.files[self.f_promise] = "承诺"

    # ------------------------------------------------------------------------------------------ evidence
    def audit(self):
        S = self.S
        comp, rev = S["comp"], S["rev"]
        auditor = AUDITORS[S["no"]]
        rd22, pr22 = S["rd"] * 0.87, S["profit"] * 0.84
        rd21, pr21 = S["rd"] * 0.74, S["profit"] * 0.71
        p1 = [("gap", 160), ("h", S["company"]), ("h", "2023年度审计报告"), ("gap", 30),
              ("p", f"审计报告文号：沪审字（2024）第{S['no']:02d}316号"), ("p", auditor)]
        p2 = [("h", "审计报告"), ("p", f"{S['company']}全体股东："),
              ("p", "我们审计了后附的财务报表，包括2023年12月31日的合并及母公司资产负债表，2023年度的合并及母公司利润表、"
                    "合并及母公司现金流量表以及相关财务报表附注。我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，"
                    "公允反映了公司2023年12月31日的合并及母公司财务状况以及2023年度的合并及母公司经营成果。"),
              ("p", "应公司要求，我们对公司工业互联网平台业务2021—2023年度的收入、研发投入及利润总额执行了专项审核，"
                    "专项说明见本报告第4页。平台数据以申报主体（母公司）口径列示，单位为人民币万元。")]
        p3 = [("h", "合并及母公司利润表"), ("p", "2023年度                                                  单位：人民币元"),
              ("t", ["项目", "合并本期金额", "合并上期金额", "母公司本期金额", "母公司上期金额"],
               [["一、营业收入", yuan(comp["rev_cons"][0]), yuan(comp["rev_cons"][1]), yuan(comp["rev_parent"][0]), yuan(comp["rev_parent"][1])],
                ["  研发费用", yuan(comp["rd_cons"][0]), yuan(comp["rd_cons"][1]), yuan(comp["rd_cons"][0] * 0.9), yuan(comp["rd_cons"][1] * 0.9)],
                ["三、利润总额", yuan(comp["profit_cons"][0]), yuan(comp["profit_cons"][1]), yuan(comp["profit_parent"][0]), yuan(comp["profit_parent"][1])]],
               [24, 19, 19, 19, 19], 8)]
        rows = [["平台相关营业收入", wan(rev[2023]), wan(rev[2022]), wan(rev[2021])],
                ["平台相关研发投入", wan(S["rd"]), wan(rd22), wan(rd21)],
                ["平台利润总额", wan(S["profit"]), wan(pr22), wan(pr21)]]
        p4 = [("h", "工业互联网平台业务专项说明"),
              ("p", f"平台名称：{S['name']}。口径：申报主体（母公司），单位：人民币万元。"),
              ("t", ["项目", "2023年度", "2022年度", "2021年度"], rows, [34, 22, 22, 22], 9)]
        if S["subsidiary_rev"]:
            total = rev[2023] + S["subsidiary_rev"]
            p4 += [("p", "附表：平台相关营业收入按主体口径（2023年度，单位：万元）"),
                   ("t", ["主体", "平台相关营业收入"],
                    [[f"申报主体（{S['company']}）", wan(rev[2023])], ["下属子公司（2家，非申报主体）", wan(S["subsidiary_rev"])],
                     ["集团合并口径", wan(total)]], [70, 30], 9)]
        else:
            sh = round(rev[2023] * 0.58, 2)
            p4 += [("p", "附表：2023年度平台相关营业收入按客户所在地区（单位：万元）"),
                   ("t", ["地区", "2023年度"], [["上海市", wan(sh)], ["其他省市", wan(rev[2023] - sh)], ["合计", wan(rev[2023])]],
                    [60, 40], 9)]
        share = rev[2023] * 1e4 / comp["rev_cons"][0] * 100
        p4.append(("p", f"平台相关营业收入占公司2023年度合并营业收入的{share:.2f}%。"))
        pages = [p1, p2, p3, p4]
        f = self.f_audit
        if self.scan_audit:
            tmp = self.root / "_audit.pdf"
            render.draw_pages(tmp, pages, "审计报告", header=auditor)
            imgs = render.scanned(render.rasterise(tmp), S["seed"] + 1, {1: auditor.split("（")[0], 3: auditor.split("（")[0]}, 0.3)
            tmp.unlink()
            render.images_pdf(self.path(f), imgs, "审计报告")
            self.drawn[f] = {i + 1: render.page_strings(pg) for i, pg in enumerate(pages)}
        else:
            render.draw_pages(self.path(f), pages, "审计报告", header=auditor)
        self.files[f] = "evidence:audit_report"
        io_ = self.scan_audit
        self.fact("平台相关营业收入（万元）", wan(rev[2023]), "万元", round(rev[2023], 2), f, 4, wan(rev[2023]), "平台相关营业收入", "2023年度", image_only=io_)
        self.fact("平台近三年经营指标情况", wan(rev[2022]), "万元", round(rev[2022], 2), f, 4, wan(rev[2022]), "平台相关营业收入", "2022年度",
                  "2022年平台营收（万元）", io_)
        self.fact("平台近三年经营指标情况", wan(rev[2021]), "万元", round(rev[2021], 2), f, 4, wan(rev[2021]), "平台相关营业收入", "2021年度",
                  "2021年平台营收（万元）", io_)
        self.fact("平台相关研发投入（万元）", wan(S["rd"]), "万元", round(S["rd"], 2), f, 4, wan(S["rd"]), "平台相关研发投入", "2023年度", image_only=io_)
        self.fact("平台利润率（%）", wan(S["profit"]), "万元", round(S["profit"], 2), f, 4, wan(S["profit"]), "平台利润总额", "2023年度",
                  "平台利润总额（万元）", io_)
        self.fact("投资回报率（%）", wan(S["profit"]), "万元", round(S["profit"], 2), f, 4, wan(S["profit"]), "平台利润总额", "2023年度",
                  "平台年利润（万元）", io_)

    def ops(self):
        S, R = self.S, self.real
        f = self.f_ops
        wb = openpyxl.Workbook()
        # sheet 1: by category
        ws = wb.active
        ws.title = "按设备类别"
        head = ["设备类别（附录A）", "累计接入（台/套）", "其中：公有云接入（台/套）", "当前在线（台/套）", "公有云日均运行（台/套）", "公有云日峰值运行（台/套）"]
        ws.append(["平台接入设备统计（数据截至2024-06-30 24:00；日均、峰值为2023-07-01至2024-06-30统计）"])
        ws.append(head)
        cat_all = R["按二级分类统计工业设备数量（台/套）"][1]
        cat_pub = R["按二级分类统计公有云工业设备数量（台/套）"][1]
        cat_day = R["按二级分类统计公有云工业设备平均日运行数量（台/套）"][1]
        online = dict(zip(cat_all, _split(S["online"], list(cat_all.values()))))
        peak = dict(zip(cat_all, _split(S["peak_daily"], list(cat_day.values()))))
        for k in cat_all:
            ws.append([k, cat_all[k], cat_pub[k], online[k], cat_day[k], peak[k]])
        dev, pub, daily = S["dev"], S["pub_dev"], S["daily_dev"]
        ws.append(["合计", dev, pub, S["online"], daily, S["peak_daily"]])
        self.fact("连接的工业设备/产品/产线种类及数量（台/套）", str(dev), "台/套", dev, f, 1, str(dev), "合计", head[1])
        self.fact("公有云工业设备连接数量（台/套）", str(pub), "台/套", pub, f, 1, str(pub), "合计", head[2])
        self.fact("公有云工业设备平均日运行数量（台/套）", str(daily), "台/套", daily, f, 1, str(daily), "合计", head[4])
        # sheet 2: by region
        ws = wb.create_sheet("按区域")
        ws.append(["区域（附录F，按设备所属企业注册地）", "累计接入（台/套）", "公有云接入（台/套）", "公有云日均运行（台/套）"])
        ra = R["按省市区域统计工业设备数量（台/套）"][1]
        rp = R["按省市区域统计公有云工业设备数量（台/套）"][1]
        rd = R["按省市区域统计公有云工业设备平均日运行数量（台/套）"][1]
        for k in ra:
            ws.append([k, ra[k], rp[k], rd[k]])
        ov = sum(S["overseas"].values())
        ws.append(["海外合计", ov, sum(rp[k] for k in S["overseas"]), sum(rd[k] for k in S["overseas"])])
        ws.append(["全部合计", dev, pub, daily])
        self.fact("海外设备连接数量（台/套）", str(ov), "台/套", ov, f, 2, str(ov), "海外合计", "累计接入（台/套）")
        # sheet 3: enterprise users
        ws = wb.create_sheet("企业用户")
        ws.append(["指标（截至2024-06-30）", "全部", "其中：上海", "2023年新增"])
        reg_sh = int(S["reg"] * 0.37)
        ws.append(["注册企业用户数", S["reg"], reg_sh, S["new_reg_2023"]])
        ws.append(["实际服务企业数（累计到达）", S["served"], S["local"], S["new_served_2023"]])
        ws.append(["付费企业数", S["paid"], int(S["paid"] * 0.41), int(S["paid"] * 0.22)])
        ws.append(["服务中小企业数", S["sme"], int(S["local"] * 0.86), int(S["new_served_2023"] * 0.9)])
        self.fact("注册企业用户数（个）", str(S["reg"]), "家", S["reg"], f, 3, str(S["reg"]), "注册企业用户数", "全部")
        self.fact("实际服务企业数（个）", str(S["served"]), "家", S["served"], f, 3, str(S["served"]), "实际服务企业数（累计到达）", "全部")
        self.fact("服务本市企业数量（个）", str(S["local"]), "家", S["local"], f, 3, str(S["local"]), "实际服务企业数（累计到达）", "其中：上海")
        self.fact("付费企业数（个）", str(S["paid"]), "家", S["paid"], f, 3, str(S["paid"]), "付费企业数", "全部")
        self.fact("服务中小企业数量（个）", str(S["sme"]), "家", S["sme"], f, 3, str(S["sme"]), "服务中小企业数", "全部")
        # sheet 4: orders and subscriptions
        ws = wb.create_sheet("订单与订阅")
        cols = ["指标", "2022年", "2023年", "截至填表日前一年（2023.07-2024.06）", "自上线累计"]
        ws.append(cols)
        o23, otr = S["orders"]
        ws.append(["平台订单数量（个）", S["orders_2022"], o23, otr, S["orders_cum"]])
        s23 = S["subs_2023"]
        ws.append(["工业APP订阅数量（个）", int(s23 * 0.83), s23, int(s23 * 1.06), S["subs"]])
        a23 = S["subs_amount_2023"]
        ws.append(["工业APP订阅金额（万元）", f"{a23 * 0.81:.2f}", f"{a23:.2f}", f"{a23 * 1.07:.2f}", f"{S['subs_amount']:.2f}"])
        self.fact("平台订单数量(近一年总量)（个）", str(o23), "个", o23, f, 4, str(o23), "平台订单数量（个）", "2023年", "2023年自然年")
        self.fact("平台订单数量(近一年总量)（个）", str(otr), "个", otr, f, 4, str(otr), "平台订单数量（个）", cols[3], "截至填表日前一年")
        self.fact("工业APP订阅总数量（个）", str(S["subs"]), "个", S["subs"], f, 4, str(S["subs"]), "工业APP订阅数量（个）", "自上线累计")
        self.fact("工业APP订阅总金额（万元）", f"{S['subs_amount']:.2f}", "万元", round(S["subs_amount"], 2), f, 4, f"{S['subs_amount']:.2f}",
                  "工业APP订阅金额（万元）", "自上线累计")
        # sheet 5: killer apps
        ws = wb.create_sheet("杀手锏APP")
        ws.append(["APP名称", "订阅数量（个，截至2024-06-30）", "其中2023年新增订阅"])
        for k, v in S["killer_subs"].items():
            ws.append([k, v, int(v * 0.3)])
        ks = sum(S["killer_subs"].values())
        ws.append(["合计", ks, sum(int(v * 0.3) for v in S["killer_subs"].values())])
        self.fact("杀手锏工业APP订阅数量（个）", str(ks), "个", ks, f, 5, str(ks), "合计", "订阅数量（个，截至2024-06-30）")
        p = self.path(f)
        wb.save(str(p))
        render.normalize_zip(p, "平台运营数据导出", "system")
        self.files[f] = "evidence:device_list"

    def screenshot(self):
        S = self.S
        f = self.f_png
        cap, data = S["storage"]
        tiles = [("累计接入设备（台/套）", f"{S['dev']:,}"), ("当前在线设备（台/套）", f"{S['online']:,}"),
                 ("注册企业用户（家）", f"{S['reg']:,}"), ("工业APP（个）", f"{S['apps']:,}"),
                 ("工业机理模型（个）", f"{S['models']:,}"), ("微服务（个）", f"{S['micro']:,}"),
                 ("注册开发者（人）", f"{S['devs']:,}"), ("本月活跃开发者（人）", f"{S['active_devs']:,}"),
                 ("存储容量（TB）", f"{cap:,.2f}"), ("已存储工业数据（TB）", f"{data:,.2f}"),
                 ("今日新增订单", f"{S['orders'][1] // 365:,}"), ("近一年公有云日峰值运行", f"{S['peak_daily']:,}")]
        drawn = render.dashboard(self.path(f), f"{S['name']} · 运营驾驶舱", tiles,
                                 "数据更新时间：2024-06-30 23:59:59    统计口径：平台全部租户，不含集团内部测试租户", S["seed"])
        self.drawn[f] = {1: drawn}
        self.files[f] = "evidence:screenshot"
        for label, (capn, val), unit, norm in (
                ("连接的工业设备/产品/产线种类及数量（台/套）", tiles[0], "台/套", S["dev"]),
                ("注册企业用户数（个）", tiles[2], "家", S["reg"]), ("工业APP数量（个）", tiles[3], "个", S["apps"]),
                ("工业机理模型数量（个）", tiles[4], "个", S["models"]), ("微服务数量（个）", tiles[5], "个", S["micro"]),
                ("开发者注册总数（个）", tiles[6], "人", S["devs"]), ("活跃开发者数（个）", tiles[7], "人", S["active_devs"]),
                ("存储容量（TB）", tiles[8], "TB", round(cap, 2)), ("存储工业数据量（TB）", tiles[9], "TB", round(data, 2))):
            self.fact(label, val, unit, norm, f, 1, val, capn, image_only=True)

    def ip(self):
        S = self.S
        f = self.f_ip
        N, M, G = S["patents"], S["softcr"], S["group_patents"]
        kinds = ["一种基于工业互联网的{}方法", "一种{}系统及装置", "{}数据采集终端", "面向{}的边缘计算网关"]
        topics = ["设备状态监测", "供需匹配", "能耗分析", "质量追溯", "预测性维护", "数据安全传输", "工艺参数优化", "库存协同"]
        prow = [[str(i), kinds[i % 4].format(topics[i % 8]), f"ZL20{19 + i % 5}1{S['no']:02d}{(i * 7919) % 100000:05d}.{i % 10}",
                 f"20{20 + i % 4}-{1 + i % 12:02d}-{1 + (i * 3) % 28:02d}", S["company"]] for i in range(1, N + 1)]
        srow = [[str(i), f"{S['short']}平台{topics[i % 8]}软件V{1 + i % 4}.0", f"2023SR{(S['no'] * 104729 + i * 6151) % 10000000:07d}",
                 f"20{20 + i % 4}-{1 + i % 12:02d}-{1 + (i * 5) % 28:02d}", S["company"]] for i in range(1, M + 1)]
        note = (f"注：集团（含下属子公司）累计授权专利{G}项，本清单仅列示权属为申报主体、应用于平台核心软硬件的{N}项。" if G != N
                else "注：以下专利权利人均为申报主体。")
        pages = []
        chunk = 38
        for i in range(0, N, chunk):
            head = [("h", f"一、平台核心软硬件专利清单（共{N}项）"), ("p", note)] if i == 0 else [("p", "一、专利清单（续）")]
            pages.append(head + [("t", ["序号", "专利名称", "专利号", "授权日", "权利人"], prow[i:i + chunk], [6, 38, 22, 14, 30], 7)])
        soft_first = len(pages) + 1
        for i in range(0, M, chunk):
            head = [("h", f"二、计算机软件著作权登记清单（共{M}项）")] if i == 0 else [("p", "二、软件著作权清单（续）")]
            pages.append(head + [("t", ["序号", "软件名称", "登记号", "登记日", "著作权人"], srow[i:i + chunk], [6, 38, 22, 14, 30], 7)])
        render.draw_pages(self.path(f), pages, "知识产权清单", header=f"{S['company']} 知识产权清单")
        self.files[f] = "evidence:patent_list"
        self.fact("平台核心软硬件技术获得的专利数量（项）", str(N), "项", N, f, 1, f"专利清单（共{N}项）", "专利清单")
        self.fact("平台核心软硬件技术获得的软著数量（个）", str(M), "项", M, f, soft_first, f"软件著作权登记清单（共{M}项）", "软件著作权登记清单")
        self.soft_page = soft_first

    def team(self):
        S = self.S
        f = self.f_team
        ops, run = S["team"]
        gops, grun = S["group_team"]
        page = [("h", "平台团队人员情况说明"),
                ("p", f"统计时点：2024年6月30日。申报主体：{S['company']}。申报主体在册员工总数{S['staff_parent']}人。"),
                ("t", ["统计口径", "平台团队合计（人）", "运维人员（人）", "运营人员（人）", "有技术职称/从业资格（人）"],
                 [["申报主体平台团队", ops + run, ops, run, S["titled"]],
                  ["集团平台相关人员（含子公司）", gops + grun, gops, grun, S["group_titled"]]], [30, 17, 17, 17, 19], 8),
                ("p", "说明：运维人员含日常基础运维、迭代开发与优化升级人员；运营人员含日常运营、销售与管理人员。")]
        render.draw_pages(self.path(f), [page], "平台团队人员情况说明")
        self.files[f] = "evidence:other"
        for label, v, col in (("平台团队总人数（人）", ops + run, "平台团队合计（人）"), ("运维人数（人）", ops, "运维人员（人）"),
                              ("运营人数（人）", run, "运营人员（人）"), ("有相关技术职称/从业资格的人数（人）", S["titled"], "有技术职称/从业资格（人）")):
            self.fact(label, str(v), "人", v, f, 1, str(v), "申报主体平台团队", col)

    def build(self):
        self.contact()
        self.form()
        self.book()
        self.summary()
        self.promise()
        self.audit()
        self.ops()
        self.screenshot()
        self.ip()
        self.team()
        return self


def _split(total, weights):
    from eval_sets.blind.h92.model import split
    return split(total, weights)
