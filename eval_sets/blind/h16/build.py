"""Builds the h16 holdout set: packages/ and truth/. Deterministic (fixed seeds, fixed metadata).

    .venv/bin/python eval_sets/blind/h16/build.py
"""
from __future__ import annotations

import json
import re
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from reportlab.lib.pdfencrypt import StandardEncryption  # noqa: E402

import docs  # noqa: E402
import evidence as ev  # noqa: E402
from lib import Doc, Facts, Sheet, images_to_pdf, page_footer, page_header, scanify, two_up, zip_folder  # noqa: E402
from model import Pkg  # noqa: E402
from params import BAOXIN, LIANYING, ONEPOWER, SIJIAN, YANFENG  # noqa: E402

PKG_DIR = HERE / "packages"
TRUTH_DIR = HERE / "truth"


def intro(P, extra=""):
    return (f"{P['declared_name']}由{P['company']}建设运营，是面向{P['ind']}领域的{P['nature']}。平台以设备接入与工业数据为基础，"
            "构建了设备管理、数据治理、工业模型、低代码开发和应用市场五大能力中心，提供设备远程运维、质量追溯、能效管理、供应链协同等服务。"
            f"平台已形成覆盖“端—边—云—用”的完整能力，主要客户包括行业龙头企业及其上下游中小企业。{extra}")


def effect(P, long=False):
    base = (f"平台重点解决{P['ind']}领域设备分散、数据孤岛、运维被动、质量追溯难等痛点，通过设备联网与数据贯通，帮助用户企业降低运维成本、"
            "提升设备综合效率，带动产业链上下游协同，实现了经济效益与社会效益的统一。")
    if not long:
        return base
    more = ("具体而言，一是在经济效益方面，平台服务的用户企业设备非计划停机时间平均下降约三成，备件库存资金占用明显减少，服务收入持续增长，"
            "平台自身营业收入连续三年保持两位数增长；二是在社会效益方面，平台带动新增就业岗位数百个，培养了一批既懂工业又懂数字技术的复合型人才，"
            "并通过开放接口和数据集向行业共享能力；三是在创新效益方面，平台形成了多项自主知识产权，关键组件实现国产化替代，相关成果获得省部级奖项；"
            "四是在区域带动方面，平台依托上海总部辐射长三角及全国，服务范围延伸至海外，为本市高端装备产业集群发展提供了有力支撑；"
            "五是在绿色低碳方面，平台通过能耗监测与优化算法帮助用户企业降低能耗，并提供碳排放监测与碳足迹核算服务，助力用户企业实现绿色转型；"
            "六是在标准引领方面，平台参与制定国家和行业标准，推动行业数据规范化，提升了行业整体数字化水平和国际竞争力；"
                "七是在人才培养方面，平台与高校共建实训基地，年均培训工业互联网技术人员上千人次，为行业持续输送专业人才；"
                "八是在国际合作方面，平台支撑海外装机设备的远程运维与备件协同，服务海外用户，提升了国产高端装备的国际服务能力和品牌影响力。")
    return base + more


def proof_map(pairs):
    out = {}
    for label, txt in pairs:
        out[label] = txt
    return out


def write_truth(pid, desc, path, delivery, P, layout, files, pkg, facts, problems, secrets):
    for i, p in enumerate(problems, 1):
        p["id"] = f"{pid}-{i:02d}-{p['family']}"
    t = {
        "schema_version": 1, "package_id": pid, "description": desc, "path": path, "delivery": delivery,
        "platform": {"list_no": P["no"], "listed_name": P["listed_name"], "company": P["company"],
                     "declared_name": P["declared_name"], "participated_2023": P["participated"]},
        "layout": layout, "files": files, "secrets": secrets, "summary_rows": pkg.summary_rows(),
        "evidence_facts": facts.items, "problems": [{k: p[k] for k in ("id", "family", "fields", "files", "severity",
                                                                       "description")} for p in problems],
    }
    (TRUTH_DIR / f"{pid}.json").write_text(json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


# ============================================================================ P1 联影 (zip)
def build_lianying():
    pid = "h16_lianying_zip"
    P = dict(LIANYING)
    P["intro"] = intro(P)
    P["effect"] = effect(P, long=True)
    P["summary_override"] = {"开发者注册总数（个）": "3182"}
    pkg = Pkg(P)
    assert len(P["effect"]) > 500, len(P["effect"])
    tmp = Path(tempfile.mkdtemp())
    A, B = "01-申报材料", "02-佐证材料"
    for sub in (A, f"{B}/财务", f"{B}/知识产权", f"{B}/平台运行", f"{B}/荣誉", f"{B}/其他"):
        (tmp / sub).mkdir(parents=True, exist_ok=True)
    F = {
        "contact": f"{A}/附件1 联系人信息反馈表.docx",
        "form": f"{A}/附件2 申报表（联影医疗工业互联网平台）.docx",
        "scan": f"{A}/附件2 申报表（盖章版）.pdf",
        "book": f"{A}/附件3 申报书.pdf",
        "summary": f"{A}/附件4 平台基本情况汇总表.xlsx",
        "promise": f"{A}/附件5 真实性承诺.pdf",
        "audit": f"{B}/财务/2023年度审计报告.pdf",
        "ip": f"{B}/知识产权/知识产权清单.pdf",
        "dev": f"{B}/平台运行/设备接入统计.xlsx",
        "shot1": f"{B}/平台运行/平台运营驾驶舱.png",
        "shot2": f"{B}/平台运行/开发者中心.png",
        "award": f"{B}/荣誉/省部级荣誉证书.pdf",
        "license": f"{B}/其他/营业执照.pdf",
    }
    proof = proof_map([("平台相关营业收入（万元）", "附件2 审计报告 第5页"), ("平台相关研发投入（万元）", "附件2 审计报告 第5页"),
                       ("平台利润率（%）", "附件2 审计报告 第5页"), ("连接的工业设备/产品/产线种类及数量（台/套）", "附件4 设备接入统计表"),
                       ("平台核心软硬件技术获得的专利数量（项）", "附件3 知识产权清单"),
                       ("平台核心软硬件技术获得的软著数量（个）", "附件3 知识产权清单"),
                       ("开发者注册总数（个）", "附件6 开发者中心截图"), ("注册企业用户数（个）", "附件5 驾驶舱截图")])
    facts = Facts()
    docs.contact_docx(pkg, tmp / F["contact"])
    docs.form_docx(pkg, tmp / F["form"], proof, style="nested")
    imgs = docs.form_scan_images(pkg, dpi=200, n_indicator_pages=3)
    scans = []
    for i, im in enumerate(imgs):
        scans.append(scanify(im, seed=600 + i, skew=[0.6, -1.1, 0.4, 1.3, -0.5, 0.8][i], out_dpi=150, in_dpi=200,
                             rotate=90 if i == 2 else 0))
    images_to_pdf(scans, tmp / F["scan"], dpi=150)
    docs.narrative_pdf(pkg, tmp / F["book"])
    docs.summary_xlsx(pkg, tmp / F["summary"])
    images_to_pdf([scanify(docs.commitment_image(pkg), seed=611, skew=-0.7)], tmp / F["promise"], dpi=200)
    # audit report (platform table on a landscape page)
    plat = dict(rev={2021: P["rev"][2021], 2022: P["rev"][2022], 2023: 14286.53}, rd=P["rd"], profit=P["profit"])
    d = Doc(tmp / F["audit"], title="审计报告")
    ev.audit_report(d, pkg, facts, F["audit"], "立信达会计师事务所（特殊普通合伙）", "立信达审字[2024]第ZA31862号", plat,
                    landscape_platform=True, company_rows=ev.company_income_rows(1141082.55e4, 6))
    d.save()
    # IP list: continues across pages without repeating the header; totals at the end
    d = Doc(tmp / F["ip"], title="知识产权清单")
    ev.ip_list(d, pkg, facts, F["ip"], 58, P["softcr"], repeat_header=False, total_style="end",
               header=page_header(f"{P['company']} · 知识产权清单"))
    d.save()
    ev.device_xlsx(pkg, tmp / F["dev"], facts, F["dev"])
    R = pkg.rows
    im = ev.dashboard(pkg, "联影uCloud工业互联网平台 · 运营驾驶舱", [
        ("接入设备（台/套）", "16,635"), ("注册企业（家）", "3,420"), ("工业APP（个）", "182"),
        ("机理模型（个）", "212"), ("微服务（个）", "1,260"), ("今日在线设备", "5,087")], seed=61)
    im.save(tmp / F["shot1"])
    for lab, val, unit, n, row in (("连接的工业设备/产品/产线种类及数量（台/套）", "16,635", "台/套", 16635, "接入设备（台/套）"),
                                   ("注册企业用户数（个）", "3,420", "家", 3420, "注册企业（家）"),
                                   ("工业APP数量（个）", "182", "个", 182, "工业APP（个）"),
                                   ("工业机理模型数量（个）", "212", "个", 212, "机理模型（个）"),
                                   ("微服务数量（个）", "1,260", "个", 1260, "微服务（个）")):
        facts.add(lab, val, unit, n, F["shot1"], 1, row=row, image_only=True)
    im = ev.dashboard(pkg, "联影开发者中心", [("注册开发者", "3,812"), ("月活跃开发者", "1,046"), ("已发布应用", "182")],
                      seed=62, theme="light", h=700)
    im.save(tmp / F["shot2"])
    facts.add("开发者注册总数（个）", "3,812", "人", 3812, F["shot2"], 1, row="注册开发者", image_only=True)
    # awards: a list page + one page per certificate
    s = Sheet(dpi=150)
    s.center(30, "平台获得省部级及以上奖项/荣誉清单", size=16)
    s.table(15, 45, [12, 92, 26, 50], [["序号", "奖项/荣誉名称", "获奖时间", "颁发单位"]] +
            [[str(i + 1), a, b, c] for i, (a, b, c) in enumerate(P["awards"])], rowh=11, size=8.5)
    s.text(15, 45 + 11 * 4 + 6, f"合计：{len(P['awards'])}项", size=11)
    pages = [scanify(s.img, seed=63, skew=0.5, in_dpi=150, out_dpi=150)]
    for i, (a, b, c) in enumerate(P["awards"]):
        body = f"{P['company']}“{P['declared_name']}”入选{a}。特发此证，以资鼓励。"
        pages.append(scanify(ev.certificate_image("荣 誉 证 书", body, c, b, seed=64 + i), seed=70 + i, in_dpi=150, out_dpi=150))
    images_to_pdf(pages, tmp / F["award"], dpi=150)
    facts.add("平台获得省部级及以上奖项/荣誉数量（个）", "3", "项", 3, F["award"], 1, quote="合计：3项", row="合计", image_only=True)
    s = Sheet(dpi=150)
    s.center(30, "营 业 执 照", size=26)
    s.text(30, 60, f"统一社会信用代码：{P['co']['code']}", size=11)
    for k, (a, b) in enumerate((("名称", P["company"]), ("类型", P["co"]["type"]), ("法定代表人", P["co"]["legal"]),
                                ("注册资本", P["co"]["capital"]), ("成立日期", P["co"]["founded"]), ("住所", "上海市嘉定区城北路2258号"))):
        s.text(30, 80 + k * 12, f"{a}    {b}", size=12)
    s.seal(160, 240, "上海市嘉定区市场监督管理局", r_mm=20, seed=66)
    images_to_pdf([scanify(s.img, seed=67, skew=-1.4, in_dpi=150, out_dpi=150)], tmp / F["license"], dpi=150)

    out = PKG_DIR / f"{pid}.zip"
    zip_folder(tmp, out)
    shutil.rmtree(tmp)
    files = {F["contact"]: "联系人表", F["form"]: "申报表", F["scan"]: "申报表扫描件", F["book"]: "申报书",
             F["summary"]: "汇总表", F["promise"]: "承诺", F["audit"]: "evidence:audit_report",
             F["ip"]: "evidence:patent_list", F["dev"]: "evidence:device_list", F["shot1"]: "evidence:screenshot",
             F["shot2"]: "evidence:screenshot", F["award"]: "evidence:award_list", F["license"]: "evidence:other"}
    R = pkg.rows
    problems = [
        dict(family="declared_vs_evidence", fields=["平台相关营业收入（万元）"], files=[F["form"], F["audit"]], severity="error",
             description="申报表填报平台相关营业收入 15862.40 万元（近三年经营指标中2023年平台营收同为15862.40万元），审计报告附表"
                         "“联影医疗平台业务收入及研发投入明细（单位：元）”2023年度平台营业收入为 142,865,300.00 元（14286.53 万元），两者不一致"),
        dict(family="count_vs_list", fields=["平台核心软硬件技术获得的专利数量（项）"], files=[F["form"], F["ip"]], severity="error",
             description="申报表填报专利数量 64 项，知识产权清单表1 授权专利清单跨页续表，末尾“合计：58项”，仅列出 58 项（软著清单72项与申报一致）"),
        dict(family="breakdown_sum", fields=["按省市区域统计服务企业数（个）", "实际服务企业数（个）"], files=[F["form"]],
             severity="error",
             description=f"按省市区域统计服务企业数各项之和为 {sum(R['按省市区域统计服务企业数（个）'][1].values())}，"
                         f"与实际服务企业数 2346 不一致（按行业统计之和为 2346，一致）"),
        dict(family="summary_vs_form", fields=["开发者注册总数（个）"], files=[F["summary"], F["form"]], severity="error",
             description="附件4汇总表“开发者注册总数（个）”填 3182，申报表填 3812（开发者中心截图显示注册开发者 3,812）"),
        dict(family="char_limit", fields=["平台建设成效"], files=[F["form"]], severity="warning",
             description=f"申报表“平台建设成效”共 {len(P['effect'])} 字（不计标点 "
                         f"{len(re.sub(r'[，。；、“”：（）！？]', '', P['effect']))} 字），超过“500字以内”的要求"),
    ]
    desc = ("序号6 联影医疗工业互联网平台（2023未参评），ZIP交付，中文嵌套目录（01-申报材料/、02-佐证材料/财务/ 等）；申报表DOCX答案位于单元格内的"
            "嵌套表格中；盖章扫描件150dpi且第3页旋转90°；审计报告平台附表在横向页；专利清单跨页续表不重复表头。5个问题。")
    layout = ["zip", "zip_nested_chinese_folders", "form:docx-nested-tables", "stamped_scan:150dpi", "scan_page_rotated_90",
              "book:pdf", "summary:xlsx", "commitment:scan", "audit:landscape_platform_page", "audit_unit:元",
              "ip_list:continued_no_header_repeat", "devices:xlsx-sum-formula", "screenshots:png", "awards:scan-with-list"]
    write_truth(pid, desc, f"packages/{pid}.zip", "zip", P, layout, files, pkg, facts, problems, [P["account"][1]])


# ============================================================================ P2 四建 (combined PDF)
def build_sijian():
    pid = "h16_sijian_combined"
    P = dict(SIJIAN)
    P["intro"] = intro(P, "平台以BIM模型为数据底座，贯通设计、施工、运维全生命周期。")
    P["effect"] = effect(P)
    pkg = Pkg(P)
    root = PKG_DIR / pid
    root.mkdir(parents=True)
    F = {"contact": "附件1 联系人信息反馈表.docx", "form": "附件2 申报表.xlsx", "scan": "附件2 申报表（盖章扫描）.pdf",
         "book": "附件3 申报书.docx", "ev": "附件3 佐证材料汇编.pdf", "summary": "附件4 平台基本情况汇总表.docx",
         "promise": "附件5 真实性承诺.pdf"}
    proof = {"平台相关营业收入（万元）": "佐证材料汇编第5页（审计报告第4页附表）", "连接的工业设备/产品/产线种类及数量（台/套）": "佐证材料汇编第8页（设备统计表第1页）",
             "平台核心软硬件技术获得的专利数量（项）": "佐证材料汇编 知识产权清单", "注册企业用户数（个）": "佐证材料汇编 平台运行截图"}
    facts = Facts()
    docs.contact_docx(pkg, root / F["contact"])
    docs.form_xlsx(pkg, root / F["form"], proof)
    imgs = docs.form_scan_images(pkg, dpi=200, n_indicator_pages=3)
    scans = [scanify(im, seed=1200 + i, skew=[-0.9, 0.7, 1.2, -0.4, 0.9, -1.0][i], tone=(222, 238, 214)) for i, im in
             enumerate(imgs)]  # green recycled paper
    images_to_pdf(scans, root / F["scan"], dpi=200)
    docs.narrative_docx(pkg, root / F["book"], omit=("七、",))
    docs.summary_docx(pkg, root / F["summary"])
    images_to_pdf([scanify(docs.commitment_image(pkg), seed=1211, skew=1.1, rotate=180)], root / F["promise"], dpi=200)

    # ---- the combined evidence PDF (built twice: the first pass finds where each document starts, for the 目录)
    def combined(starts_in):
        facts = Facts()
        starts = []
        fn = F["ev"]
        d = Doc(root / fn, title="佐证材料汇编")
        d.heading("《基于BIM的公共建筑智慧建造与运维工业互联网平台》申报书附件——佐证材料汇编", 13, align="center")
        names = ["一、2023年度审计报告（节选）", "二、平台接入设备统计表", "三、知识产权清单", "四、平台运行截图", "五、获奖证书",
                 "六、用户证明函", "七、营业执照", "八、平台安全测评报告（摘要）"]
        toc = [(x, f"第{y}页") for x, y in zip(names, starts_in)]
        d.y -= 10
        d.table(["目录", "起始页"], toc, [360, 80], size=10.5, aligns=["left", "center"])
        plat = dict(rev={2021: P["rev"][2021], 2022: P["rev"][2022], 2023: P["rev"][2023]}, rd=P["rd"], profit=P["profit"])
        starts.append(d.page + 1)
        ev.audit_report(d, pkg, facts, fn, "众华信会计师事务所（特殊普通合伙）", "众华信审字(2024)第03127号", plat, unit="元",
                        company_rows=ev.company_income_rows(2416830.17e4, 12), first=False, footer=page_footer("审计报告 第 {n} 页"))
        notes = ["五、合并财务报表项目注释。41.营业收入和营业成本：按业务类别列示，主要包括施工总承包、专业分包、设计咨询及平台服务，"
                 "其中平台服务收入按平台订阅及平台服务合同归集。",
                 "六、关联方及关联交易。公司与控股股东及其子公司之间的关联交易均按市场公允价格结算，详见关联交易明细。"]
        k = 0
        while d.doc_page < 6:
            d.new_page()
            d.heading("财务报表附注（续）", 12)
            d.para(notes[k % 2], 10.5)
            k += 1
        starts.append(d.page + 1)
        ev.device_pdf(d, pkg, facts, fn, first=False, footer=page_footer("设备统计表 第{n}页"), detail_rows=190,
                      repeat_header=False)
        starts.append(d.page + 1)
        ev.ip_list(d, pkg, facts, fn, P["patents"], P["softcr"], first=False, sw_as_image=True,
                   footer=page_footer("- {n} -"))
        # screenshots (image pages)
        d.start_document(footer=page_footer("截图 {n}"))
        starts.append(d.page)
        d.heading("四、平台运行截图", 14)
        im = ev.dashboard(pkg, "四建BIM智慧建造与运维平台 · 数据驾驶舱", [
            ("接入设备（台/套）", "38,412"), ("注册企业（家）", "1,842"), ("在建项目", "216"), ("工业APP", "86"),
            ("机理模型", "136"), ("塔吊在线率", "97.6%")], seed=121)
        pg = d.image(im, 165)
        d.para("图1 平台数据驾驶舱（截图时间：2024年6月30日）", 9.5, indent=False)
        for lab, val, unit, n, row in (("连接的工业设备/产品/产线种类及数量（台/套）", "38,412", "台/套", 38412, "接入设备（台/套）"),
                                       ("注册企业用户数（个）", "1,842", "家", 1842, "注册企业（家）"),
                                       ("工业APP数量（个）", "86", "个", 86, "工业APP"),
                                       ("工业机理模型数量（个）", "136", "个", 136, "机理模型")):
            facts.add(lab, val, unit, n, fn, pg, row=row, image_only=True)
        d.new_page()
        im = ev.dashboard(pkg, "四建BIM平台 · 微服务治理中心", [("微服务总数", "720"), ("活跃微服务", "402"), ("注册开发者", "1,620")],
                          seed=122, theme="light", h=700)
        pg = d.image(im, 165)
        d.para("图2 微服务治理中心", 9.5, indent=False)
        facts.add("微服务数量（个）", "720", "个", 720, fn, pg, row="微服务总数", image_only=True)
        facts.add("开发者注册总数（个）", "1,620", "人", 1620, fn, pg, row="注册开发者", image_only=True)
        d.new_page()
        im = ev.dashboard(pkg, "四建BIM平台 · 应用市场", [("上架应用", "86"), ("累计订阅", "3,260"), ("本月活跃应用", "64")],
                          seed=123, theme="light", h=700)
        d.image(im, 165)
        d.para("图3 应用市场", 9.5, indent=False)
        # certificates: full-image landscape pages
        d.start_document(footer=None)
        starts.append(d.page)
        d.heading("五、获奖证书", 14)
        d.para(f"平台获得省部级及以上奖项/荣誉共{len(P['awards'])}项，证书扫描件见后。", 11)
        facts.add("平台获得省部级及以上奖项/荣誉数量（个）", str(len(P["awards"])), "项", len(P["awards"]), fn, d.page,
                  quote=f"平台获得省部级及以上奖项/荣誉共{len(P['awards'])}项", row="")
        for i, (a, b, c) in enumerate(P["awards"]):
            body = f"授予{P['company']}“{P['declared_name']}”：{a}。"
            img = scanify(ev.certificate_image("荣 誉 证 书", body, c, b, seed=124 + i), seed=130 + i, in_dpi=150, out_dpi=150)
            d.full_image_page(img, orient="landscape")
        # proof letters
        d.start_document(footer=page_footer("证明函 {n}/3"))
        starts.append(d.page)
        for i, (cust, txt) in enumerate((("上海某大型公共建筑运营管理有限公司", "公共建筑智慧运维"),
                                         ("上海某预制构件有限公司", "预制构件生产质量追溯"),
                                         ("上海某城市更新建设发展有限公司", "超高层项目智慧建造"))):
            if i:
                d.new_page()
            d.heading("用户使用证明", 15, align="center")
            d.para(f"兹证明我单位自2022年起使用{P['company']}“{P['declared_name']}”开展{txt}，平台运行稳定，"
                   "有效提升了项目管理效率，降低了设备运维成本。", 11)
            d.para("特此证明。", 11)
            d.y -= 30
            d.text(f"证明单位：{cust}（盖章）", 11, x=d.left + 200)
            d.text("2024年6月", 11, x=d.left + 260)
        d.start_document(footer=None)
        starts.append(d.page)
        s = Sheet(dpi=150)
        s.center(30, "营 业 执 照", size=26)
        s.text(30, 60, f"统一社会信用代码：{P['co']['code']}", size=11)
        s.text(30, 80, f"名称    {P['company']}", size=12)
        s.text(30, 92, f"法定代表人    {P['co']['legal']}", size=12)
        s.seal(160, 240, "上海市徐汇区市场监督管理局", r_mm=20, seed=126)
        d.full_image_page(scanify(s.img, seed=127, in_dpi=150, out_dpi=150), first=True)
        d.start_document(footer=page_footer("测评摘要 第{n}页"))
        starts.append(d.page)
        d.heading("八、平台安全测评报告（摘要）", 14)
        d.para("受委托，测评机构于2023年9月对平台开展网络安全等级保护测评（第三级），测评结论为“良”，综合得分86.4分。", 11)
        d.para("测评范围包括物理和环境安全、网络和通信安全、设备和计算安全、应用和数据安全及安全管理制度等方面。", 11)
        d.new_page()
        d.para("整改建议：进一步完善日志集中审计与异地灾备演练；已于2023年12月完成整改复测。", 11)
        d.save()
        return facts, starts, d.page

    _, starts, _ = combined(["?"] * 8)
    facts, starts2, n_pages = combined([str(x) for x in starts])
    assert starts == starts2, (starts, starts2)
    assert n_pages >= 30, n_pages

    files = {F["contact"]: "联系人表", F["form"]: "申报表", F["scan"]: "申报表扫描件", F["book"]: "申报书",
             F["ev"]: "evidence:other", F["summary"]: "汇总表", F["promise"]: "承诺"}
    R = pkg.rows
    problems = [
        dict(family="section7", fields=["七、平台相较上年度对比情况"], files=[F["book"]], severity="error",
             description="申报书只有一至六章，缺少“七、平台相较上年度对比情况”；该平台在附件6（序号12）中2023年度参评为“是”，第七章为必填"),
        dict(family="identity", fields=["平台团队总人数（人）", "运维人数（人）", "运营人数（人）"], files=[F["form"]], severity="error",
             description="运维人数 86 + 运营人数 48 = 134，与平台团队总人数 142 不一致"),
        dict(family="formula", fields=["平台相关研发投入强度（%）", "平台相关研发投入（万元）", "平台相关营业收入（万元）"],
             files=[F["form"]], severity="error",
             description="平台相关研发投入强度填报 9.80，按公式 861.27 ÷ 6935.48 × 100% 应为 12.42"),
        dict(family="subset", fields=["付费企业数（个）", "实际服务企业数（个）"], files=[F["form"]], severity="error",
             description="付费企业数 1352 大于实际服务企业数 1296（付费企业数是实际服务企业数的“其中”项）"),
        dict(family="screenshot_vs_form", fields=["连接的工业设备/产品/产线种类及数量（台/套）"], files=[F["ev"], F["form"]],
             severity="warning",
             description="佐证材料汇编“四、平台运行截图”图1驾驶舱显示接入设备 38,412 台/套，申报表（及同一汇编中的设备统计表合计）为 43,812"),
    ]
    desc = (f"序号12 四建BIM平台（2023参评=是）。全部佐证合成一个{n_pages}页的PDF（目录页+8份文件，各自页码重新编号，与物理页码不同；"
            "设备明细跨页不重复表头；软著清单为嵌入图片；证书为整页图片）。申报表为XLSX，盖章扫描件为绿色再生纸底色；承诺扫描件倒置180°。5个问题。")
    layout = ["folder", "evidence:single_combined_pdf", "per_document_page_numbers", "form:xlsx", "stamped_scan:coloured_background",
              "commitment:scan_rotated_180", "book:docx-no-section7", "summary:docx", "table_continued_no_header_repeat",
              "embedded_image_table", "certificates:full_page_images_landscape", "audit_unit:元"]
    write_truth(pid, desc, f"packages/{pid}", "folder", P, layout, files, pkg, facts, problems, [P["account"][1]])


# ============================================================================ P3 宝信 (clean)
def build_baoxin():
    pid = "h16_baoxin_clean"
    P = dict(BAOXIN)
    P["texts"] = {"定位": "面向钢铁及原材料行业、辐射多行业的跨行业跨领域工业互联网平台"}
    P["intro"] = intro(P, "平台已服务钢铁、有色、化工、汽车等行业，海外用户分布于巴西、马来西亚等地。")
    P["effect"] = effect(P)
    pkg = Pkg(P)
    root = PKG_DIR / pid
    (root / "佐证").mkdir(parents=True)
    (root / "截图").mkdir(parents=True)
    F = {"v1": "申报表_v1.docx", "form": "申报表_终版.docx", "scan": "扫描件001.pdf", "book": "新建 Microsoft Word 文档.docx",
         "summary": "汇总表.xlsx", "promise": "扫描件002.pdf", "audit": "附件(1).pdf", "ip": "附件(2).pdf",
         "dev": "附件(3).pdf", "shot1": "截图/微信图片_20240628153012.png", "shot2": "截图/微信图片_20240628153340.png",
         "award": "佐证/获奖证书.pdf", "contact": "佐证/联系人信息反馈表.docx"}
    proof = {"平台相关营业收入（万元）": "附件(1) 第4页", "平台相关研发投入（万元）": "附件(1) 第4页",
             "连接的工业设备/产品/产线种类及数量（台/套）": "附件(3) 第1页", "平台核心软硬件技术获得的专利数量（项）": "附件(2)",
             "平台核心软硬件技术获得的软著数量（个）": "附件(2)", "开发者注册总数（个）": "截图"}
    facts = Facts()
    # v1: an older draft with preliminary numbers (superseded)
    P1 = dict(P)
    P1.update(rev={**P["rev"], 2023: 51980.00}, rd=7615.20, devs=12100, served=5106, form_date="2024年7月3日",
              serve_region={**P["serve_region"], "上海": 1728})
    docs.form_docx(Pkg(P1), root / F["v1"], {}, style="table")
    docs.form_docx(pkg, root / F["form"], proof, style="inline")
    imgs = docs.form_scan_images(pkg, dpi=200, n_indicator_pages=4)
    imgs.append(Sheet(dpi=200).img)  # blank back page
    sheets = [two_up(imgs[i], imgs[i + 1]) for i in range(0, len(imgs), 2)]
    images_to_pdf([scanify(s, seed=1700 + i, skew=[0.5, -0.8, 1.0, -0.4][i], bw=(i == 1)) for i, s in enumerate(sheets)],
                  root / F["scan"], dpi=200)
    docs.narrative_docx(pkg, root / F["book"])
    docs.summary_xlsx(pkg, root / F["summary"], horizontal=True)
    images_to_pdf([scanify(docs.commitment_image(pkg, date="2024年7月17日"), seed=1711, skew=0.4)], root / F["promise"], dpi=200)
    enc = StandardEncryption("", ownerPassword="bx#2024own", canPrint=1, canModify=0, canCopy=0, canAnnotate=0,
                             strength=128)
    d = Doc(root / F["audit"], encrypt=enc, title="审计报告")
    plat = dict(rev=P["rev"], rd=P["rd"], profit=P["profit"])
    ev.audit_report(d, pkg, facts, F["audit"], "天衡信会计师事务所（特殊普通合伙）", "天衡信审字(2024)第00861号", plat, unit="万元",
                    company_rows=ev.company_income_rows(1291732.45e4, 17))
    d.save()
    d = Doc(root / F["ip"], title="知识产权清单")
    ev.ip_list(d, pkg, facts, F["ip"], P["patents"], P["softcr"], repeat_header=True,
               header=page_header("上海宝信软件股份有限公司  平台核心软硬件技术知识产权清单"))
    d.save()
    d = Doc(root / F["dev"], title="设备统计")
    ev.device_pdf(d, pkg, facts, F["dev"], detail_rows=60, landscape=False, repeat_header=True)
    # landscape detail page appended: private deployment summary
    d.new_page(orient="landscape")
    d.heading("附表：私有化部署设备汇总（单位：台/套）", 12)
    d.table(["部署客户", "部署方式", "接入设备", "说明"],
            [["宝山基地", "私有云", "31,260", "含冷轧、热轧、炼钢产线"], ["某特钢基地", "私有云", "12,480", "专有网接入"],
             ["某有色集团", "私有云", "8,740", "边缘集群+私有云"], ["合计", "", "52,480", "已计入接入设备总数"]],
            [160, 100, 120, 300], size=10)
    d.save()
    R = pkg.rows
    im = ev.dashboard(pkg, "xIn³Plat 平台运营监控", [("接入设备", "11.9万"), ("注册企业", "8,640"), ("工业APP", "410"),
                                                  ("工业模型", "846"), ("开发者", "1.3万"), ("微服务", "3,860")], seed=171)
    im.save(root / F["shot1"])
    for lab, val, unit, n, row in (("注册企业用户数（个）", "8,640", "家", 8640, "注册企业"), ("工业APP数量（个）", "410", "个", 410, "工业APP"),
                                   ("工业机理模型数量（个）", "846", "个", 846, "工业模型"), ("微服务数量（个）", "3,860", "个", 3860, "微服务")):
        facts.add(lab, val, unit, n, F["shot1"], 1, row=row, image_only=True)
    im = ev.dashboard(pkg, "xIn³Plat 开发者社区", [("注册开发者", "12,960"), ("活跃开发者", "3,870"), ("社区帖子", "28,416")],
                      seed=172, theme="light", h=700)
    im.save(root / F["shot2"])
    facts.add("开发者注册总数（个）", "12,960", "人", 12960, F["shot2"], 1, row="注册开发者", image_only=True)
    pages = []
    for i, (a, b, c) in enumerate(P["awards"]):
        body = f"{P['company']}：{a}。"
        pages.append(scanify(ev.certificate_image("证  书", body, c, b, seed=173 + i), seed=180 + i, in_dpi=150, out_dpi=150,
                             skew=[0.4, -0.6, 0.9, -0.3, 0.2][i]))
    images_to_pdf(pages, root / F["award"], dpi=150)
    docs.contact_docx(pkg, root / F["contact"])
    files = {F["v1"]: "申报表", F["form"]: "申报表", F["scan"]: "申报表扫描件", F["book"]: "申报书", F["summary"]: "汇总表",
             F["promise"]: "承诺", F["audit"]: "evidence:audit_report", F["ip"]: "evidence:patent_list",
             F["dev"]: "evidence:device_list", F["shot1"]: "evidence:screenshot", F["shot2"]: "evidence:screenshot",
             F["award"]: "evidence:award_list", F["contact"]: "联系人表"}
    desc = ("序号17 宝联登xIn³Plat工业互联网平台（2023参评=是），干净包。文件名无意义或误导（扫描件001.pdf=申报表两页合一扫描，扫描件002.pdf=承诺，"
            "新建 Microsoft Word 文档.docx=申报书，附件(1)/(2)/(3).pdf=审计报告/知识产权/设备统计）。申报表有两个版本：申报表_v1.docx（7月3日"
            "初稿，数字为预估）与申报表_终版.docx（7月15日，与盖章扫描件一致）——以终版为准。终版答案与标签写在同一单元格（“平台名称：…”）。"
            "附件(1).pdf 设有所有者密码（禁止复制，无需密码即可打开）。设备总数采用私有化格式；截图以“11.9万”“1.3万”取整显示。")
    layout = ["folder", "misleading_file_names", "form_versions:v1+终版(终版 counts)", "form:docx-inline-label-answer",
              "stamped_scan:two_up_A5", "scan_page_bw", "book:docx-untitled-name", "summary:xlsx-horizontal",
              "commitment:scan", "pdf_owner_password_no_copy", "audit_unit:万元", "devices:private_deploy_format",
              "landscape_page_in_portrait_pdf", "screenshots:png-rounded", "ip_list:repeated_headers"]
    write_truth(pid, desc, f"packages/{pid}", "folder", P, layout, files, pkg, facts, [], [P["account"][1], "bx#2024own"])


# ============================================================================ P4 中移 OnePower (problems)
def build_onepower():
    pid = "h16_onepower_problems"
    P = dict(ONEPOWER)
    P["texts"] = {"定位": "依托5G与算力网络，面向电子信息、装备制造等行业的跨行业跨领域工业互联网平台"}
    P["intro"] = intro(P, "平台依托中国移动5G专网与算力网络，提供“连接+平台+应用”一体化服务。")
    P["effect"] = effect(P)
    pkg = Pkg(P)
    root = PKG_DIR / pid
    (root / "佐证材料" / "截图").mkdir(parents=True)
    F = {"contact": "1-联系人信息反馈表.docx", "form": "2-申报表（OnePower）.docx", "scan": "2-申报表盖章页.pdf",
         "book": "3-申报书.docx", "summary": "4-汇总表.docx", "promise": "5-承诺书.pdf", "audit": "佐证材料/附件(1).pdf",
         "dev": "佐证材料/附件(2).pdf", "ip": "佐证材料/知识产权清单.pdf", "shot1": "佐证材料/截图/首页大屏.png",
         "shot2": "佐证材料/截图/开发者门户.png", "award": "佐证材料/获奖证书.pdf"}
    proof = {"平台相关研发投入（万元）": "佐证材料/附件(1) 专项审计报告", "平台相关营业收入（万元）": "佐证材料/附件(1)",
             "连接的工业设备/产品/产线种类及数量（台/套）": "佐证材料/附件(2)"}
    facts = Facts()
    docs.contact_docx(pkg, root / F["contact"])
    docs.form_docx(pkg, root / F["form"], proof, style="table", levels=False)
    imgs = docs.form_scan_images(pkg, dpi=200, n_indicator_pages=2)
    scans = [scanify(im, seed=2100 + i, skew=[0.3, -0.6, 0.9, -1.2, 0.5][i], rotate=180 if i == 1 else 0, bw=(i in (2, 3)))
             for i, im in enumerate(imgs)]
    images_to_pdf(scans, root / F["scan"], dpi=200)
    docs.narrative_docx(pkg, root / F["book"], filler_paras=4)
    docs.summary_docx(pkg, root / F["summary"])
    images_to_pdf([scanify(docs.commitment_image(pkg), seed=2111, skew=-1.6, out_dpi=150)], root / F["promise"], dpi=150)
    plat = dict(rev=P["rev"], rd=4386.12, profit=P["profit"])
    d = Doc(root / F["audit"], title="专项审计报告")
    ev.audit_report(d, pkg, facts, F["audit"], "华永信会计师事务所（特殊普通合伙）", "华永信专审字(2024)第0412号", plat, unit="万元",
                    company_rows=ev.company_income_rows(312864.50e4, 21), platform_as_image=False)
    d.save()
    d = Doc(root / F["dev"], title="设备统计")
    ev.device_pdf(d, pkg, facts, F["dev"], detail_rows=120, repeat_header=False)
    d.save()
    d = Doc(root / F["ip"], title="知识产权清单")
    ev.ip_list(d, pkg, facts, F["ip"], P["patents"], P["softcr"], repeat_header=True)
    d.save()
    im = ev.dashboard(pkg, "中国移动OnePower工业互联网平台", [("连接设备（台/套）", "49,100"), ("注册企业", "5,860"),
                                                      ("工业APP", "232"), ("工业模型", "368"), ("微服务", "2,140"),
                                                      ("5G专网", "126张")], seed=211)
    im.save(root / F["shot1"])
    for lab, val, unit, n, row in (("连接的工业设备/产品/产线种类及数量（台/套）", "49,100", "台/套", 49100, "连接设备（台/套）"),
                                   ("注册企业用户数（个）", "5,860", "家", 5860, "注册企业"), ("工业APP数量（个）", "232", "个", 232, "工业APP"),
                                   ("工业机理模型数量（个）", "368", "个", 368, "工业模型"), ("微服务数量（个）", "2,140", "个", 2140, "微服务")):
        facts.add(lab, val, unit, n, F["shot1"], 1, row=row, image_only=True)
    im = ev.dashboard(pkg, "OnePower 开发者门户", [("注册开发者", "6,840"), ("活跃开发者", "2,215")], seed=212, theme="light",
                      h=600)
    im.save(root / F["shot2"])
    facts.add("开发者注册总数（个）", "6,840", "人", 6840, F["shot2"], 1, row="注册开发者", image_only=True)
    pages = []
    for i, (a, b, c) in enumerate(P["awards"]):
        pages.append(scanify(ev.certificate_image("证  书", f"{P['company']}“{P['declared_name']}”：{a}。", c, b, seed=213 + i),
                             seed=220 + i, in_dpi=150, out_dpi=150, rotate=90 if i == 1 else 0))
    images_to_pdf(pages, root / F["award"], dpi=150)
    files = {F["contact"]: "联系人表", F["form"]: "申报表", F["scan"]: "申报表扫描件", F["book"]: "申报书",
             F["summary"]: "汇总表", F["promise"]: "承诺", F["audit"]: "evidence:audit_report",
             F["dev"]: "evidence:device_list", F["ip"]: "evidence:patent_list", F["shot1"]: "evidence:screenshot",
             F["shot2"]: "evidence:screenshot", F["award"]: "evidence:award_list"}
    R = pkg.rows
    problems = [
        dict(family="blank", fields=["平台社会贡献率（%）"], files=[F["form"]], severity="error",
             description="指标明细表“平台社会贡献率（%）”平台实际情况未填写（汇总表同样空白）"),
        dict(family="invalid_category", fields=["按二级分类统计工业设备数量（台/套）", "按二级分类统计公有云工业设备数量（台/套）",
                                                "按二级分类统计公有云工业设备平均日运行数量（台/套）"], files=[F["form"]], severity="error",
             description="按二级分类统计工业设备数量中的“通信设备：8420”不是附录A的设备二级分类（公有云连接及日均运行的二级分类统计中同样出现“通信设备”）"),
        dict(family="growth_rate", fields=["平台近三年经营指标情况"], files=[F["form"]], severity="error",
             description="2023年增长率填报 21.36%，由2022年营收 29604.83 万元与2023年营收 35218.66 万元计算应为 18.96%"),
        dict(family="conditional", fields=["平台建设方式"], files=[F["form"]], severity="error",
             description="平台建设方式勾选“合作共建”，但合作企业名称（必填）未填写"),
        dict(family="answer_format", fields=["有否定期进行安全扫描"], files=[F["form"]], severity="warning",
             description="“有否定期进行安全扫描”只填写“是”，填报指引要求填写“是，定期的时间”"),
        dict(family="declared_vs_evidence", fields=["平台相关研发投入（万元）"], files=[F["form"], F["audit"]], severity="error",
             description="申报表填报平台相关研发投入 5026.84 万元，佐证材料附件(1)专项审计报告附表2023年度平台研发投入为 4,386.12 万元"),
    ]
    desc = ("序号21 中国移动OnePower工业互联网平台（2023参评=是）。申报表DOCX只有三级指标列；盖章扫描件第2页倒置180°、两页黑白；"
            "承诺扫描件150dpi；佐证文件名“附件(1).pdf”“附件(2).pdf”；设备明细跨页不重复表头；获奖证书一页旋转90°。6个问题。")
    layout = ["folder", "form:docx-level3-only", "stamped_scan:page_rotated_180", "scan_pages_bw", "commitment:scan_150dpi",
              "uninformative_names:附件(n).pdf", "audit_unit:万元", "table_continued_no_header_repeat", "summary:docx",
              "certificate_page_rotated_90", "build_mode:合作共建"]
    write_truth(pid, desc, f"packages/{pid}", "folder", P, layout, files, pkg, facts, problems, [P["account"][1]])


# ============================================================================ P5 延锋 (text boxes, form layer)
def build_yanfeng():
    pid = "h16_yanfeng_textbox"
    P = dict(YANFENG)
    P["intro"] = intro(P, "平台源于延锋内饰件工厂的设备运维实践，现已向汽车零部件上下游企业开放。")
    P["effect"] = effect(P)
    pkg = Pkg(P)
    root = PKG_DIR / pid
    root.mkdir(parents=True)
    F = {"contact": "延锋-附件1-联系人信息反馈表.docx", "form": "延锋-附件2-申报表.docx", "scan": "延锋-附件2-申报表（扫描）.pdf",
         "book": "延锋-附件3-申报书.docx", "summary": "延锋-附件4-汇总表.xlsx", "audit": "延锋-佐证1-平台业务收入专项审计报告.pdf",
         "confirm": "延锋-佐证2-平台运营数据确认表.pdf", "dev": "延锋-佐证3-设备接入统计.pdf", "ip": "延锋-佐证4-知识产权清单.pdf",
         "shot": "延锋-佐证5-平台首页截图.png"}
    proof = {"平台相关营业收入（万元）": "佐证1 第4页", "注册企业用户数（个）": "佐证2", "工业APP订阅总数量（个）": "佐证2",
             "连接的工业设备/产品/产线种类及数量（台/套）": "佐证3", "平台核心软硬件技术获得的专利数量（项）": "佐证4"}
    facts = Facts()
    docs.contact_docx(pkg, root / F["contact"])
    docs.form_docx_textbox(pkg, root / F["form"], proof)
    imgs = docs.form_scan_images(pkg, dpi=200, n_indicator_pages=4)
    images_to_pdf([scanify(im, seed=3300 + i, skew=[0.4, -0.3, 0.7, -0.9, 0.6, -0.2, 0.5][i], bw=(i not in (0, 6)))
                   for i, im in enumerate(imgs)], root / F["scan"], dpi=200)
    docs.narrative_docx(pkg, root / F["book"])
    docs.summary_xlsx(pkg, root / F["summary"])
    d = Doc(root / F["audit"], title="专项审计报告")
    ev.audit_report(d, pkg, facts, F["audit"], "沪诚信会计师事务所有限公司", "沪诚信专审(2024)第1186号",
                    dict(rev=P["rev"], rd=P["rd"], profit=P["profit"]), unit="万元",
                    company_rows=ev.company_income_rows(1526318.70e4, 33))
    d.save()
    # operating-data confirmation: labels on the page, figures only in AcroForm fields (form layer)
    d = Doc(root / F["confirm"], title="平台运营数据确认表")
    d.heading("延锋智造云工业互联网平台运营数据确认表", 15, align="center")
    d.text("统计截至：2024年6月30日    数据来源：平台运营管理后台", 10)
    d.y -= 10
    items = [("注册企业用户数（家）", str(P["reg_users"]), "注册企业用户数（个）", "家", P["reg_users"]),
             ("实际服务企业数（家）", str(P["served"]), None, None, None),
             ("付费企业数（家）", str(P["paid_firms"]), None, None, None),
             ("工业APP订阅总数量（个）", str(P["subs"]), "工业APP订阅总数量（个）", "个", P["subs"]),
             ("开发者注册总数（人）", str(P["devs"]), "开发者注册总数（个）", "人", P["devs"]),
             ("微服务数量（个）", str(P["micro"]), "微服务数量（个）", "个", P["micro"])]
    from reportlab.lib.units import mm
    for i, (lab, val, flabel, unit, n) in enumerate(items):
        y = d.y - 22
        d.c.setFont("STSong-Light", 11)
        d.c.drawString(d.left, y + 6, lab)
        d.c.acroForm.textfield(name=f"field{i + 1}", x=d.left + 70 * mm, y=y, width=60 * mm, height=18, value=val,
                               fontName="Helvetica", fontSize=11, borderWidth=0.6, fieldFlags="readOnly")
        d.y -= 30
        if flabel:
            facts.add(flabel, val, unit, n, F["confirm"], 1, row=lab.split("（")[0])
    d.y -= 20
    d.text("确认单位：上海延锋金桥饰件系统有限公司数字化部        确认日期：2024年7月5日", 10)
    d.save()
    d = Doc(root / F["dev"], title="设备统计")
    ev.device_pdf(d, pkg, facts, F["dev"], detail_rows=70, repeat_header=True)
    d.save()
    d = Doc(root / F["ip"], title="知识产权清单")
    ev.ip_list(d, pkg, facts, F["ip"], P["patents"], P["softcr"], repeat_header=True)
    d.save()
    im = ev.dashboard(pkg, "延锋智造云 · 首页", [("接入设备", "18,642"), ("注册企业", "1,326"), ("工业APP", "76"),
                                              ("机理模型", "124")], seed=331, theme="light", h=760)
    im.save(root / F["shot"])
    for lab, val, unit, n, row in (("连接的工业设备/产品/产线种类及数量（台/套）", "18,642", "台/套", 18642, "接入设备"),
                                   ("注册企业用户数（个）", "1,326", "家", 1326, "注册企业"), ("工业APP数量（个）", "76", "个", 76, "工业APP"),
                                   ("工业机理模型数量（个）", "124", "个", 124, "机理模型")):
        facts.add(lab, val, unit, n, F["shot"], 1, row=row, image_only=True)
    files = {F["contact"]: "联系人表", F["form"]: "申报表", F["scan"]: "申报表扫描件", F["book"]: "申报书",
             F["summary"]: "汇总表", F["audit"]: "evidence:audit_report", F["confirm"]: "evidence:other",
             F["dev"]: "evidence:device_list", F["ip"]: "evidence:patent_list", F["shot"]: "evidence:screenshot"}
    problems = [
        dict(family="platform_name", fields=["平台名称"], files=[F["form"], F["book"]], severity="warning",
             description="申报表平台名称为“延锋智造云工业互联网平台”，与附件6名单（序号33）中的“延锋工业互联网平台”不一致，且未按要求注明平台原名称+现名称"),
        dict(family="missing_file", fields=["附件5 真实性承诺"], files=[], severity="error",
             description="申报材料中没有附件5 真实性承诺（通知要求由法人代表或其授权代表签名并加盖申报单位公章）"),
        dict(family="subset", fields=["活跃机理模型数量（一周调用5次以上）（个）", "工业机理模型数量（个）"], files=[F["form"]],
             severity="error", description="活跃机理模型数量（一周调用5次以上）138 个大于工业机理模型数量 124 个（前者是后者的“其中”项）"),
        dict(family="narrative_vs_form", fields=["连接的工业设备/产品/产线种类及数量（台/套）"], files=[F["book"], F["form"]],
             severity="warning", description="申报书称平台“连接各类汽车内饰生产设备超过3万台（套）”，申报表填报连接的工业设备总数 18,642 台/套"),
    ]
    desc = ("序号33 延锋工业互联网平台（2023未参评），以“延锋智造云工业互联网平台”申报。申报表DOCX的所有答案都写在VML文本框（w:txbxContent）里，"
            "单元格本身为空；平台运营数据确认表的数字只在PDF表单域（AcroForm，只读）中，页面文字层只有标签。无附件5。4个问题。")
    layout = ["folder", "form:docx-answers-in-text-boxes", "stamped_scan:bw", "pdf_form_layer_values", "summary:xlsx",
              "no_commitment", "audit_unit:万元", "ip_list:repeated_headers", "screenshots:png", "platform_renamed_without_note"]
    write_truth(pid, desc, f"packages/{pid}", "folder", P, layout, files, pkg, facts, problems, [P["account"][1]])


def main():
    if PKG_DIR.exists():
        shutil.rmtree(PKG_DIR)
    if TRUTH_DIR.exists():
        shutil.rmtree(TRUTH_DIR)
    PKG_DIR.mkdir()
    TRUTH_DIR.mkdir()
    build_lianying()
    build_sijian()
    build_baoxin()
    build_onepower()
    build_yanfeng()


if __name__ == "__main__":
    main()
