"""Build blind set h69 (names and identities): packages/<id>/… and truth/<id>.json.

    /work/main/.venv/bin/python eval_sets/blind/h69/build.py [--out DIR]

Deterministic: running it twice gives byte-identical files (see verify.py --determinism).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path[:0] = [str(HERE), str(ROOT)]

import lib  # noqa: E402
from docs import (book_blocks, commitment_blocks, contact_blocks, form_blocks, money,  # noqa: E402
                  proofs_for, summary_pairs)
from model import FORM_ROWS, bd_text, fmt2, form_cells, r2, summary_rows, synth, validate  # noqa: E402
from specs import P1, P2, P3, P4  # noqa: E402

from eval_sets.truth import PackageTruth, dump_truth  # noqa: E402

SET_PATH = "eval_sets/blind/h69"


# ============================================================================================ helpers
class Out:
    def __init__(self, root: Path, pkg):
        self.root = root / "packages" / pkg.pid
        self.pkg = pkg
        self.files: dict[str, str] = {}
        self.facts: list[dict] = []
        self.problems: list[dict] = []

    def put(self, rel: str, role: str, data: bytes) -> str:
        lib.write_bytes(self.root / rel, data)
        self.files[rel] = role
        return rel

    def fact(self, label, value, unit, normalized, file, page, quote, row_label="", column_label="", component="",
             image_only=False):
        self.facts.append(dict(label=label, value=value, unit=unit, normalized=normalized, file=file, page=page,
                               quote=quote, row_label=row_label, column_label=column_label, component=component,
                               image_only=image_only))

    def problem(self, family, fields, files, severity, description):
        k = len(self.problems) + 1
        self.problems.append(dict(id=f"{self.pkg.pid}-{k:02d}-{family}", family=family, fields=fields, files=files,
                                  severity=severity, description=description))


def yuan(wan: float, salt: int) -> float:
    """An amount in 元 that rounds to `wan` 万元 (2 decimals)."""
    off = ((salt * 7919) % 8000 - 4000) / 100.0  # -40.00 .. +39.99 元
    return round(wan * 10000 + off, 2)


def scan(blocks, seed, seal_imgs=None, title="", colour=None, **kw) -> bytes:
    pdf = lib.pdf_bytes(blocks, title=title, **kw)
    pages = lib.scan_pages(pdf, seed, seal_imgs, colour_pages=colour)
    return lib.images_pdf(pages, title=title)


def company_seal(name, bottom=""):
    return lib.seal(name, 230, bottom)


def fin_facts(o: Out, n, file, page, unit, values: dict, cols: dict, image_only=False):
    """values: key -> printed string; cols: key -> column label. Facts of the platform statement."""
    conv = (lambda s: r2(float(s.replace(',', '')) / 10000)) if unit == "元" else (lambda s: float(s.replace(',', '')))
    o.fact("平台相关营业收入（万元）", values['rev23'], unit, conv(values['rev23']), file, page, values['rev23'],
           "平台营业收入", cols[2023], image_only=image_only)
    for y in (2022, 2021):
        o.fact("平台近三年经营指标情况", values[f'rev{y}'], unit, conv(values[f'rev{y}']), file, page, values[f'rev{y}'],
               "平台营业收入", cols[y], component=f"{y}年平台营收（万元）", image_only=image_only)
    o.fact("平台相关研发投入（万元）", values['rd'], unit, conv(values['rd']), file, page, values['rd'], "平台研发投入",
           cols[2023], image_only=image_only)
    o.fact("平台利润率（%）", values['profit'], unit, conv(values['profit']), file, page, values['profit'], "平台利润总额",
           cols[2023], component="平台利润总额（万元）", image_only=image_only)
    o.fact("投资回报率（%）", values['profit'], unit, conv(values['profit']), file, page, values['profit'], "平台利润总额",
           cols[2023], component="平台年利润（万元）", image_only=image_only)


def audit_blocks(entity: str, auditor: str, report_no: str, date: str, info: dict, platform_page: list,
                 extra_cover: str = "") -> list:
    rev = info['revenue']
    rev22 = rev / (1 + info['rev_growth'] / 100)
    assets = info['assets']
    liab = assets * info['debt'] / 100
    cost = rev * 0.78
    cost22 = rev22 * 0.79
    rd = rev * 0.055
    profit = info['profit']
    profit22 = profit * 0.91

    def y(v, s):
        return money(yuan(v, s))

    return [
        ("space", 30), ("title", entity), ("title", "2023年度财务报表及审计报告"), ("space", 10),
        ("center", report_no), ("center", extra_cover) if extra_cover else ("space", 1), ("space", 60),
        ("center", auditor), ("center", date), ("pagebreak",),
        ("title", "审计报告"), ("center", report_no),
        ("p", f"{entity}全体股东："),
        ("p", f"一、审计意见：我们审计了{entity}（以下简称“贵公司”）财务报表，包括2023年12月31日的资产负债表，2023年度的利润表、"
              "现金流量表、所有者权益变动表以及相关财务报表附注。我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，"
              "公允反映了贵公司2023年12月31日的财务状况以及2023年度的经营成果和现金流量。"),
        ("p", "二、形成审计意见的基础：我们按照中国注册会计师审计准则的规定执行了审计工作。我们相信，我们获取的审计证据是充分、适当的，"
              "为发表审计意见提供了基础。"),
        ("right", auditor), ("right", f"中国·上海  {date}"), ("pagebreak",),
        ("center", "资产负债表（简表）"), ("p", f"编制单位：{entity}　　　2023年12月31日　　　单位：元"),
        ("table", [["项目", "期末余额", "期初余额"],
                   ["流动资产合计", y(assets * 0.58, 11), y(assets * 0.55, 12)],
                   ["非流动资产合计", y(assets * 0.42, 13), y(assets * 0.40, 14)],
                   ["资产总计", y(assets, 15), y(assets * 0.95, 16)],
                   ["负债合计", y(liab, 17), y(liab * 0.96, 18)],
                   ["所有者权益合计", y(assets - liab, 19), y(assets * 0.95 - liab * 0.96, 20)]],
         {"header_rows": 1, "col_widths": [3, 2, 2]}),
        ("pagebreak",),
        ("center", "利润表（简表）"), ("p", f"编制单位：{entity}　　　2023年度　　　单位：元"),
        ("table", [["项目", "本期金额", "上期金额"],
                   ["一、营业收入", y(rev, 21), y(rev22, 22)],
                   ["减：营业成本", y(cost, 23), y(cost22, 24)],
                   ["研发费用", y(rd, 25), y(rd * 0.9, 26)],
                   ["二、营业利润", y(profit * 1.02, 27), y(profit22 * 1.02, 28)],
                   ["三、利润总额", y(profit, 29), y(profit22, 30)],
                   ["四、净利润", y(profit * 0.85, 31), y(profit22 * 0.85, 32)]],
         {"header_rows": 1, "col_widths": [3, 2, 2]}),
        ("pagebreak",),
    ] + platform_page


def platform_rows_wan(n, rd_print=None):
    rev = n['rev']
    rd = n['rd'] if rd_print is None else rd_print
    vals = {
        'rev23': money(rev[2023]), 'rev2022': money(rev[2022]), 'rev2021': money(rev[2021]),
        'rd': money(rd), 'profit': money(n['profit']),
    }
    rows = [["项目", "2023年度", "2022年度", "2021年度"],
            ["平台营业收入", vals['rev23'], vals['rev2022'], vals['rev2021']],
            ["平台营业成本", money(rev[2023] * 0.62), money(rev[2022] * 0.63), money(rev[2021] * 0.64)],
            ["平台研发投入", vals['rd'], money(rd * 0.86), money(rd * 0.74)],
            ["平台利润总额", vals['profit'], money(n['profit'] * 0.83), money(n['profit'] * 0.71)]]
    return rows, vals


def device_xlsx_sheets(n, title, issuer):
    cats = list(n['dev_cat'])
    s1 = [[title], [f"编制单位：{issuer}"], ["设备二级分类", "接入设备数（台/套）", "其中：公有云接入（台/套）", "公有云日均运行（台/套）"]]
    for c in cats:
        s1.append([c, n['dev_cat'][c], n['pub_cat'][c], n['daily_cat'][c]])
    s1.append(["合计", n['dev_total'], n['pub_total'], n['daily_total']])
    s2 = [[title + "（按区域）"], ["区域（设备所属企业注册地）", "接入设备数（台/套）", "其中：公有云接入（台/套）", "公有云日均运行（台/套）"]]
    for r in n['dev_region']:
        s2.append([r, n['dev_region'][r], n['pub_region'][r], n['daily_region'][r]])
    s2.append(["合计", n['dev_total'], n['pub_total'], n['daily_total']])
    s3 = [[title + "（海外）"], ["国家", "接入设备数（台/套）"]]
    for k, v in n['overseas'].items():
        s3.append([k, v])
    s3.append(["海外合计", n['overseas_total']])
    w = {"A": 26, "B": 20, "C": 24, "D": 22}
    return [("按设备类别", s1, {"widths": w, "bold_rows": [3], "merges": ["A1:D1", "A2:D2"], "border_from": 3}),
            ("按区域", s2, {"widths": w, "bold_rows": [2], "merges": ["A1:D1"], "border_from": 2}),
            ("海外", s3, {"widths": w, "bold_rows": [2], "merges": ["A1:B1"], "border_from": 2})]


def device_facts(o, n, file, pages=(1, 1, 1, 3), quote=str):
    o.fact("连接的工业设备/产品/产线种类及数量（台/套）", quote(n['dev_total']), "台/套", n['dev_total'], file, pages[0],
           quote(n['dev_total']), "合计", "接入设备数（台/套）")
    o.fact("公有云工业设备连接数量（台/套）", quote(n['pub_total']), "台/套", n['pub_total'], file, pages[1],
           quote(n['pub_total']), "合计", "其中：公有云接入（台/套）")
    o.fact("公有云工业设备平均日运行数量（台/套）", quote(n['daily_total']), "台/套", n['daily_total'], file, pages[2],
           quote(n['daily_total']), "合计", "公有云日均运行（台/套）")
    o.fact("海外设备连接数量（台/套）", quote(n['overseas_total']), "台/套", n['overseas_total'], file, pages[3],
           quote(n['overseas_total']), "海外合计", "接入设备数（台/套）")


PATENT_TOPICS = ["设备状态在线监测", "故障特征提取", "多协议数据采集网关", "边缘计算节点调度", "能效评估", "振动信号降噪",
                 "剩余寿命预测", "运维工单智能派发", "数据断点续传", "设备数字孪生建模", "异常工况识别", "远程诊断",
                 "备件需求预测", "时序数据压缩存储", "设备健康度评价", "告警规则引擎", "工艺参数优化", "质量追溯",
                 "能耗分项计量", "现场作业安全监护", "云边协同部署", "模型在线更新", "数据质量稽核", "设备画像",
                 "智能巡检", "负荷预测", "资产编码", "可视化组态", "多租户权限隔离", "消息总线"]


def patent_rows(count, obj, owner_of, start_year=2019, seed=1):
    rows = []
    for i in range(count):
        topic = PATENT_TOPICS[(i * 7 + seed) % len(PATENT_TOPICS)]
        kind = "发明专利" if i % 3 != 2 else "实用新型"
        year = start_year + (i * 5) // count
        no = f"ZL{year}{1 + (i * 37 + seed * 13) % 9}{(i * 7919 + seed * 104729) % 10**7:07d}.{(i + seed) % 10}"
        name = f"一种基于{obj}的{topic}方法" if kind == "发明专利" else f"一种{topic}装置"
        rows.append([str(i + 1), name, no, kind, f"{year}-{1 + (i * 5) % 12:02d}-{1 + (i * 11) % 28:02d}", owner_of(i)])
    return rows


def softcopy_rows(count, short, owner_of, seed=3):
    rows = []
    for i in range(count):
        topic = PATENT_TOPICS[(i * 11 + seed) % len(PATENT_TOPICS)]
        year = 2018 + (i * 6) // count
        rows.append([str(i + 1), f"{short}{topic}软件V{1 + i % 3}.0", f"{year}SR{(i * 15485863 + seed) % 10**7:07d}",
                     f"{year}-{1 + (i * 7) % 12:02d}-{1 + (i * 13) % 28:02d}", owner_of(i)])
    return rows


AWARD_NAMES = ["上海市工业互联网创新发展专项示范项目", "工业和信息化部工业互联网试点示范项目", "上海市科技进步奖二等奖",
               "上海市“工赋上海”优秀解决方案", "工业和信息化部大数据产业发展试点示范项目", "上海市软件和信息服务业高质量发展专项",
               "上海市专精特新“小巨人”企业", "国家级智能制造优秀场景"]


def awards_blocks(title, company, awards: list[tuple[str, str, str, str]], note=""):
    rows = [["序号", "奖项/荣誉名称", "获奖时间", "颁发单位", "获奖单位"]]
    for i, a in enumerate(awards):
        rows.append([str(i + 1)] + list(a))
    b = [("h1", f"{title}（共{len(awards)}项）"), ("p", f"申报单位：{company}"),
         ("table", rows, {"header_rows": 1, "col_widths": [1, 6, 2, 4, 5]})]
    if note:
        b.append(("p", note))
    return b


def awards_list(n_awards, winner_of):
    issuers = ["上海市经济和信息化委员会", "工业和信息化部", "上海市人民政府", "上海市经济和信息化委员会", "工业和信息化部",
               "上海市经济和信息化委员会", "上海市经济和信息化委员会", "工业和信息化部"]
    return [(AWARD_NAMES[i], f"{2019 + i % 5}年{3 + i}月", issuers[i], winner_of(i)) for i in range(n_awards)]


def cases_for(pkg):
    s = pkg.declared_name
    return [
        (f"案例1：{s}——设备预测性维护", "企业简介：某制造企业（用户一）。平台为其接入关键设备，建立健康度模型，实现预测性维护，年停机时间下降。"),
        (f"案例2：{s}——能效优化", "企业简介：某制造企业（用户二）。平台提供能耗分项计量与优化建议，单位产品能耗下降。"),
        (f"案例3：{s}——远程运维服务", "企业简介：某制造企业（用户三）。平台提供远程诊断与工单派发，运维响应时间缩短。"),
    ]


def summary_docx_bytes(pkg, pairs, title="平台基本情况汇总表"):
    rows = [["项目", "内容"]] + [[k, v] for k, v in pairs]
    return lib.docx_bytes([("center", "附件4"), ("title", title), ("table", rows, {"header_rows": 1})], title=title)


def summary_xlsx_bytes(pkg, pairs, horizontal=False):
    if horizontal:
        sheet = [["平台基本情况汇总表"], [k for k, _ in pairs], [v for _, v in pairs]]
        opts = {"bold_rows": [2], "merges": ["A1:H1"], "border_from": 2}
    else:
        sheet = [["平台基本情况汇总表"], ["项目", "内容"]] + [[k, v] for k, v in pairs]
        opts = {"widths": {"A": 44, "B": 80}, "bold_rows": [2], "merges": ["A1:B1"], "border_from": 2}
    return lib.xlsx_bytes([("汇总表", sheet, opts)], title="平台基本情况汇总表")


def form_xlsx_bytes(pkg, n, cells, proofs):
    from docs import company_table, detail_rows, platform_table
    cover = [["上海市工业互联网平台应用水平评价申报表"], ["申报年度：2024 年度"], [f"平台名称：{pkg.name_cell}"],
             [f"申报单位：{pkg.company}（公章）"], [f"联 系 人：{pkg.contact['name']}"],
             [f"联系人电话：{pkg.contact['mobile']}"], ["上海市经济和信息化委员会制"], ["2024 年 7 月 15 日"]]
    comp = [["一、企业基本情况"]] + company_table(pkg)
    plat = [["二、平台基本情况"]] + platform_table(pkg, n)
    rows, merges = detail_rows(cells, proofs)
    det = [["三、上海市工业互联网平台应用水平评价指标明细表"]] + rows
    mr = ["A1:F1"]
    letters = "ABC"
    for (a, b, col) in merges:
        for r in range(a + 1, b + 1):
            det[r + 1][col] = None
        mr.append(f"{letters[col]}{a + 2}:{letters[col]}{b + 2}")
    return lib.xlsx_bytes([
        ("封面", cover, {"widths": {"A": 90}, "border": False, "bold_rows": [1]}),
        ("企业基本情况", comp, {"widths": {"A": 30, "B": 40, "C": 24, "D": 30}, "bold_rows": [1], "border_from": 2}),
        ("平台基本情况", plat, {"widths": {"A": 24, "B": 100}, "bold_rows": [1], "border_from": 2}),
        ("指标明细表", det, {"widths": {"A": 16, "B": 18, "C": 20, "D": 40, "E": 60, "F": 30}, "bold_rows": [2],
                        "merges": mr, "border_from": 2}),
    ], title="申报表")


def check_text_limits(pkg, cells):
    limits = {'positioning': 50, 'other_resources': 200, 'edge': 130, 'other_collect': 130, 'compute': 50,
              'data_mgmt': 130, 'framework': 130, 'tools': 130, 'sec_tech': 130, 'sec_backup': 130, 'data_value': 230,
              'supply': 330, 'newtech': 300, 'contribution': 300, 'cross': 200, 'newind': 300}
    for k, lim in limits.items():
        assert len(cells[k]) <= lim, (pkg.pid, k, len(cells[k]))
    assert len(pkg.texts['intro']) <= 500 and len(pkg.texts['effect']) <= 500
    for item in cells['policy'].split("\n"):
        assert len(item) <= 52, (pkg.pid, 'policy', len(item))


def common_docs(o: Out, n, cells, proofs):
    pkg = o.pkg
    check_text_limits(pkg, cells)
    return form_blocks(pkg, n, cells, proofs)


def scan_form(pkg, n, cells, proofs, seed) -> bytes:
    blocks = form_blocks(pkg, n, cells, proofs, merged=False)
    pdf = lib.pdf_bytes(blocks, title="申报表")
    npages = len(lib.pdf_page_texts(pdf))
    s = company_seal(pkg.company)
    pages = lib.scan_pages(pdf, seed, {0: [(s, 0.62, 0.47)], npages - 1: [(s, 0.75, 0.5)]}, dpi=100, colour_pages=set())
    return lib.images_pdf(pages, title="申报表（盖章）", quality=68)


def commitment_scan(pkg, seed) -> bytes:
    s = company_seal(pkg.company)
    return scan(commitment_blocks(pkg), seed, {0: [(s, 0.68, 0.52)]}, title="真实性承诺")


def screenshot_facts(o, file, items, page=1):
    for label, caption, shown, unit, norm in items:
        o.fact(label, shown, unit, norm, file, page, shown, caption, image_only=True)


def f_(v):
    return f"{v:,}"


# ============================================================================================ P1 (clean)
def build_p1(root: Path) -> Out:
    pkg = P1
    o = Out(root, pkg)
    n = synth(pkg.p)
    assert validate(n) == []
    idt = pkg.identity
    old, new, branch = idt['old_name'], pkg.company, idt['branch']
    E = "附件3 证明材料/"
    f_audit = E + "3-1 2023年度审计报告（原名称：上海电科节能技术服务有限公司）.pdf"
    f_change = E + "3-2 准予变更登记通知书（企业名称变更）.pdf"
    f_dev = E + "3-3 平台接入设备统计表（嘉定分公司编制）.xlsx"
    f_branch = E + "3-4 嘉定分公司营业执照.pdf"
    f_ip = E + "3-5 知识产权清单（专利、软件著作权）.pdf"
    f_shot = E + "3-6 平台运营驾驶舱截图.png"
    f_cloud = E + "3-7 公有云资源账单（2024年6月）.pdf"
    f_award = E + "3-8 省部级及以上荣誉清单.pdf"
    proofs = proofs_for({
        "附件3-1 审计报告第5页（平台业务专项说明；报告出具时公司名称为原名称，见附件3-2）": ('rd', 'rd_ratio', 'rev23', 'margin', 'roi'),
        "附件3-3 平台接入设备统计表（嘉定分公司编制，工作表1-3）": ('dev_total', 'dev_cat', 'dev_region', 'pub_total', 'pub_cat',
                                                     'pub_region', 'daily_total', 'daily_cat', 'daily_region',
                                                     'overseas_total', 'overseas'),
        "附件3-5 知识产权清单第1-2页": ('patents', 'softcopy'),
        "附件3-6 平台运营驾驶舱截图": ('reg', 'served', 'app_total', 'models', 'ms', 'devs'),
        "附件3-7 公有云资源账单第1页": ('cloud_pub', 'storage_pub'),
        "附件3-8 省部级及以上荣誉清单": ('awards',),
    }, "平台后台统计数据，说明见申报书第二章")
    cells = form_cells(n, pkg)
    blocks = common_docs(o, n, cells, proofs)
    o.put("附件1 联系人信息反馈表.docx", "联系人表", lib.docx_bytes(contact_blocks(pkg), "联系人信息反馈表"))
    o.put("附件2 申报表.docx", "申报表", lib.docx_bytes(blocks, "申报表"))
    o.put("附件2 申报表（盖章扫描件）.pdf", "申报表扫描件", scan_form(pkg, n, cells, proofs, 101))
    name_note = [
        f"名称说明：本公司原名称为“{old}”，于{idt['rename_date']}经上海市嘉定区市场监督管理局核准变更为现名称“{new}”，"
        f"统一社会信用代码{pkg.code}保持不变（见附件3-2准予变更登记通知书）。2023年度审计报告出具于名称变更前，"
        "报告及部分专利、软件著作权证书、荣誉证书上的权利人/获奖单位为原名称，均为本公司。",
        f"本申报书中“{idt['short']}”为本公司简称；本公司英文名称为“{idt['english']}”。",
        f"平台日常运维由本公司嘉定分公司（{branch}，统一社会信用代码{idt['branch_code']}，不具有独立法人资格）负责，"
        "平台接入设备统计表由该分公司编制（见附件3-3、3-4）。",
        f"平台公有云资源由上海云栈计算服务有限公司提供，账单按本公司统一社会信用代码{pkg.code}开具（见附件3-7）。",
        f"附件6名单中序号2与序号14的平台名称均为“{pkg.listed_name}”，本公司对应序号2（单位名称：{new}）。",
    ]
    attachments = [("附件3-1 2023年度审计报告（原名称）", "共5页，平台数据见第5页"), ("附件3-2 准予变更登记通知书", "共1页"),
                   ("附件3-3 平台接入设备统计表（嘉定分公司编制）", "Excel，3个工作表"), ("附件3-4 嘉定分公司营业执照", "共1页"),
                   ("附件3-5 知识产权清单", "共2页"), ("附件3-6 平台运营驾驶舱截图", "1张"), ("附件3-7 公有云资源账单", "共1页"),
                   ("附件3-8 省部级及以上荣誉清单", "共1页")]
    intro = f"（以下简称“{idt['short']}”或“本公司”）"
    book = book_blocks(pkg, n, name_note, attachments, cases_for(pkg), extra_intro=intro)
    o.put("附件3 申报书.docx", "申报书", lib.docx_bytes(book, "申报书"))
    rows = summary_rows(n, pkg)
    o.put("附件4 平台基本情况汇总表.xlsx", "汇总表", summary_xlsx_bytes(pkg, summary_pairs(rows)))
    o.put("附件5 真实性承诺（盖章）.pdf", "承诺", commitment_scan(pkg, 102))

    # --- 3-1 audit report under the old name (万元 platform note on p5)
    prow, pv = platform_rows_wan(n)
    plat_page = [("center", f"关于“{pkg.declared_name}”业务收入的专项说明"),
                 ("p", f"编制单位：{old}　　　单位：万元"),
                 ("table", prow, {"header_rows": 1, "col_widths": [3, 2, 2, 2]}),
                 ("p", "说明：平台业务收入按平台直接订阅服务及远程运维服务合同单列核算，研发投入按平台项目研发工时与直接投入归集。")]
    ab = audit_blocks(old, "上海立信衡平会计师事务所（特殊普通合伙）", "沪衡审字（2024）第0318号", "2024年3月20日", pkg.info,
                      plat_page)
    o.put(f_audit, "evidence:audit_report", lib.pdf_bytes(ab, title="审计报告", font="STSong-Light"))
    fin_facts(o, n, f_audit, 5, "万元", {'rev23': pv['rev23'], 'rev2022': pv['rev2022'], 'rev2021': pv['rev2021'],
                                        'rd': pv['rd'], 'profit': pv['profit']},
              {2023: "2023年度", 2022: "2022年度", 2021: "2021年度"})

    # --- 3-2 准予变更登记通知书 (scan)
    cb = [("center", "上海市嘉定区市场监督管理局"), ("title", "准予变更登记通知书"), ("center", "（嘉）登记内变核字[2024]第04180057号"),
          ("space", 8), ("p", f"{new}："),
          ("p", "经审查，你单位提交的变更登记申请材料齐全，符合法定形式，我局决定准予变更登记。"),
          ("table", [["变更事项", "变更前", "变更后"], ["名称", old, new]], {"header_rows": 1, "col_widths": [1, 3, 3]}),
          ("p", f"统一社会信用代码：{pkg.code}（不变）"), ("p", "请于领取本通知书之日起换领营业执照。"), ("space", 20),
          ("right", "上海市嘉定区市场监督管理局"), ("right", "2024年4月18日")]
    o.put(f_change, "evidence:other", scan(cb, 103, {0: [(lib.seal("上海市嘉定区市场监督管理局", 220), 0.74, 0.55)]},
                                           title="准予变更登记通知书"))
    # --- 3-3 device statistics issued by the branch
    o.put(f_dev, "evidence:device_list", lib.xlsx_bytes(device_xlsx_sheets(
        n, f"{pkg.declared_name}接入设备统计表（截至2024年6月30日）", f"{branch}（平台运维中心）"), title="接入设备统计表"))
    device_facts(o, n, f_dev)
    # --- 3-4 branch licence (scan)
    lb = [("title", "营 业 执 照"), ("center", "（副　本）"), ("space", 5),
          ("table", [["统一社会信用代码", idt['branch_code']], ["名称", branch], ["类型", "有限责任公司分公司（自然人投资或控股的法人独资）"],
                     ["负责人", "宋建国"], ["营业场所", "上海市嘉定区嘉松北路6188号3号楼"], ["成立日期", "2016年05月10日"],
                     ["经营范围", "在隶属公司经营范围内从事：电机设备远程运维服务，技术服务。"]], {"header_rows": 0, "col_widths": [1, 3]}),
          ("space", 10), ("right", "登记机关：上海市嘉定区市场监督管理局"), ("right", "2024年04月26日"),
          ("space", 8), ("p", "（本复印件与原件一致，仅供2024年度上海市工业互联网平台应用水平评价申报使用）")]
    o.put(f_branch, "evidence:other", scan(lb, 104, {0: [(lib.seal("上海市嘉定区市场监督管理局", 200), 0.72, 0.62),
                                                         (company_seal(new), 0.3, 0.8)]}, title="营业执照"))
    # --- 3-5 IP list: owners old name (before rename) / new name (after)
    n_pat, n_sw = n['patents'], n['softcopy']
    prow = patent_rows(n_pat, "电机", lambda i: old if i < n_pat - 3 else new, seed=2)
    srow = softcopy_rows(n_sw, "电机云维", lambda i: old if i < n_sw - 4 else new, seed=5)
    for k, r in enumerate(r for r in prow if r[5] == new):  # granted after the rename
        r[4] = f"2024-0{5 + k % 2}-{10 + 6 * k:02d}"
    for k, r in enumerate(r for r in srow if r[4] == new):  # registered after the rename
        r[2] = "2024SR" + r[2][6:]
        r[3] = f"2024-0{5 + k % 2}-{12 + 5 * k:02d}"
    assert all(r[4] < "2024-04-18" for r in prow if r[5] == old) and all(r[3] < "2024-04-18" for r in srow if r[4] == old)
    ipb = [("p", f"{new}（原名称：{old}）知识产权清单"),
           ("p", f"注：{idt['rename_date']}前授权/登记的证书权利人为公司原名称“{old}”，与现名称为同一主体（统一社会信用代码{pkg.code}）。"),
           ("h2", f"表1 专利清单（共{n_pat}项）"),
           ("table", [["序号", "专利名称", "专利号", "类型", "授权日", "专利权人"]] + prow,
            {"header_rows": 1, "col_widths": [1, 7, 4, 2, 2.4, 5], "repeat": 1}),
           ("pagebreak",), ("h2", f"表2 计算机软件著作权登记清单（共{n_sw}项）"),
           ("table", [["序号", "软件名称", "登记号", "登记日期", "著作权人"]] + srow,
            {"header_rows": 1, "col_widths": [1, 7, 3, 2.4, 5], "repeat": 1})]
    o.put(f_ip, "evidence:patent_list", lib.pdf_bytes(ipb, title="知识产权清单", header=f"{new}　知识产权清单",
                                                     base_size=9.5))
    o.fact("平台核心软硬件技术获得的专利数量（项）", str(n_pat), "项", n_pat, f_ip, 1, f"表1 专利清单（共{n_pat}项）")
    o.fact("平台核心软硬件技术获得的软著数量（个）", str(n_sw), "项", n_sw, f_ip, 2, f"表2 计算机软件著作权登记清单（共{n_sw}项）")
    # --- 3-6 screenshot
    tiles = [("接入设备（台/套）", f_(n['dev_total'])), ("注册企业（家）", f_(n['reg'])), ("服务企业（家）", f_(n['served'])),
             ("上架工业APP（个）", f_(n['app_total'])), ("机理模型（个）", f_(n['models'])), ("微服务（个）", f_(n['ms'])),
             ("注册开发者（人）", f_(n['devs'])), ("近一年订单（个）", f_(n['orders_ttm']))]
    img = lib.dashboard("平台运营驾驶舱", f"电机云维 · {pkg.declared_name} | motorcloud.motor-es.example.com", tiles,
                        footer=f"© {new}　数据更新时间：2024-07-10 08:00", seed=11)
    o.put(f_shot, "evidence:screenshot", lib.png_bytes(img))
    screenshot_facts(o, f_shot, [
        ("连接的工业设备/产品/产线种类及数量（台/套）", "接入设备（台/套）", f_(n['dev_total']), "台/套", n['dev_total']),
        ("注册企业用户数（个）", "注册企业（家）", f_(n['reg']), "家", n['reg']),
        ("实际服务企业数（个）", "服务企业（家）", f_(n['served']), "家", n['served']),
        ("工业APP数量（个）", "上架工业APP（个）", f_(n['app_total']), "个", n['app_total']),
        ("工业机理模型数量（个）", "机理模型（个）", f_(n['models']), "个", n['models']),
        ("微服务数量（个）", "微服务（个）", f_(n['ms']), "个", n['ms']),
        ("开发者注册总数（个）", "注册开发者（人）", f_(n['devs']), "人", n['devs']),
    ])
    # --- 3-7 cloud bill identified by the credit code only
    bill = [("title", "云服务费用账单"), ("center", "上海云栈计算服务有限公司"), ("space", 5),
            ("p", f"客户统一社会信用代码：{pkg.code}"), ("p", "客户账户ID：YZ-20190521-0087"), ("p", "计费周期：2024年6月1日至2024年6月30日"),
            ("p", f"在用云服务器实例合计：{n['cloud_pub']}台"), ("p", f"对象存储已用容量：{fmt2(n['storage_pub'])}TB"),
            ("table", [["资源类型", "规格", "数量", "金额（元）"],
                       ["云服务器ECS", "16核64G", str(n['cloud_pub'] - 20), "318,240.00"],
                       ["云服务器ECS（GPU）", "8核32G+T4", "20", "126,800.00"],
                       ["对象存储OSS", "标准型", f"{fmt2(n['storage_pub'])}TB", "41,310.00"]],
             {"header_rows": 1, "col_widths": [3, 3, 2, 2]}),
            ("p", "本账单由系统自动生成，如有疑问请联系客户经理。")]
    o.put(f_cloud, "evidence:other", lib.pdf_bytes(bill, title="云服务费用账单"))
    o.fact("平台公有云实际使用数量（台）", str(n['cloud_pub']), "台", n['cloud_pub'], f_cloud, 1,
           f"在用云服务器实例合计：{n['cloud_pub']}台", "在用云服务器实例合计")
    o.fact("公有云数据总量（TB）", fmt2(n['storage_pub']), "TB", n['storage_pub'], f_cloud, 1,
           f"对象存储已用容量：{fmt2(n['storage_pub'])}TB", "对象存储已用容量")
    # --- 3-8 awards (older ones to the old name)
    aw = awards_list(n['awards'], lambda i: old)
    aw[-1] = ("上海市“工赋上海”优秀解决方案（2024年度第一批）", "2024年5月", "上海市经济和信息化委员会", new)
    o.put(f_award, "evidence:award_list", lib.pdf_bytes(awards_blocks(
        "省部级及以上荣誉清单", f"{new}（原名称：{old}）", aw,
        note="注：2024年4月18日前获得的荣誉，获奖单位为公司原名称。"), title="荣誉清单"))
    o.fact("平台获得省部级及以上奖项/荣誉数量（个）", str(n['awards']), "项", n['awards'], f_award, 1,
           f"省部级及以上荣誉清单（共{n['awards']}项）")
    o.n, o.rows = n, rows
    o.layout = ["naming:附件N", "evidence_dir:附件3 证明材料", "form:docx+scan", "columns:levels+content+actual+proof",
                "book:docx", "summary:xlsx-vertical", "commitment:scan", "audit:old-company-name", "audit_font:STSong",
                "platform_part:专项说明(万元)", "name_change:准予变更登记通知书", "branch:分公司编制设备表", "cloud_bill:credit-code-only",
                "ip_owner:old+new name", "list6:duplicate-name(2/14)", "screenshots:png"]
    o.description = ("序号2（附件6中与序号14同名的“电机设备远程运维服务工业互联网平台”，按单位名称匹配为序号2，2023未参评），干净包："
                     "公司于2024年4月更名，审计报告、部分专利软著和荣誉为原名称“上海电科节能技术服务有限公司”，附准予变更登记通知书并在申报书说明；"
                     "设备统计表由嘉定分公司编制（附分公司营业执照）；云账单只有统一社会信用代码；申报书使用简称“电机节能中心”。")
    return o


# ============================================================================================ P2
def build_p2(root: Path) -> Out:
    pkg = P2
    o = Out(root, pkg)
    n = synth(pkg.p)
    assert validate(n) == []
    idt = pkg.identity
    short = idt['short']
    E = "附件/"
    f_audit = E + "附件1 2023年度审计报告.pdf"
    f_ops = E + f"附件2 {short}_平台运营数据统计.pdf"
    f_pat = E + "附件3 专利清单.xlsx"
    f_sw = E + "附件4 软件著作权清单.pdf"
    f_shot = E + "附件5 平台截图.pdf"
    f_form = "02 申报表.xlsx"
    f_book = "03 申报书.docx"
    f_sum = "04 平台基本情况汇总表.docx"
    proofs = proofs_for({
        "附件1 审计报告第5页 附注十二（平台业务收入）": ('rd', 'rd_ratio', 'rev23', 'margin', 'roi'),
        "附件2 平台运营数据统计第1-2页": ('dev_total', 'dev_cat', 'dev_region', 'pub_total', 'pub_cat', 'pub_region',
                                'daily_total', 'daily_cat', 'daily_region', 'overseas_total', 'overseas', 'reg', 'served',
                                'paid'),
        "附件3 专利清单": ('patents',), "附件4 软件著作权清单": ('softcopy',),
        "附件5 平台截图第1-2页": ('app_total', 'models', 'ms', 'devs', 'subs', 'app_mau'),
    }, "平台系统统计")
    cells = form_cells(n, pkg)
    check_text_limits(pkg, cells)
    o.put("01 联系人信息反馈表.docx", "联系人表", lib.docx_bytes(contact_blocks(pkg), "联系人信息反馈表", font="仿宋"))
    o.put(f_form, "申报表", form_xlsx_bytes(pkg, n, cells, proofs))
    o.put("02 申报表（盖章扫描）.pdf", "申报表扫描件", scan_form(pkg, n, cells, proofs, 201))
    name_note = [f"本申报书中“{short}”指{pkg.company}。"]
    attachments = [("附件1 2023年度审计报告", "共5页"), (f"附件2 {short}_平台运营数据统计", "共2页"), ("附件3 专利清单", "Excel"),
                   ("附件4 软件著作权清单", "共2页"), ("附件5 平台截图", "共2页")]
    book = book_blocks(pkg, n, name_note, attachments, cases_for(pkg), extra_intro=f"（以下简称“{short}”）")
    o.put(f_book, "申报书", lib.docx_bytes(book, "申报书", font="仿宋"))
    rows = summary_rows(n, pkg)
    o.put(f_sum, "汇总表", summary_docx_bytes(pkg, summary_pairs(rows, {'序号': str(idt['wrong_list_no'])})))
    o.put("05 真实性承诺.pdf", "承诺", commitment_scan(pkg, 202))
    # --- audit: company statements + note with platform revenue in 元
    rev = n['rev']
    v = {'rev23': money(yuan(rev[2023], 1)), 'rev2022': money(yuan(rev[2022], 2)), 'rev2021': money(yuan(rev[2021], 3)),
         'rd': money(yuan(n['rd'], 4)), 'profit': money(yuan(n['profit'], 5))}
    plat = [("center", "财务报表附注（节选）"), ("p", "十二、其他重要事项：欧贝平台业务收入及成本"),
            ("p", f"编制单位：{pkg.company}　　　单位：元"),
            ("table", [["项目", "2023年度", "2022年度", "2021年度"],
                       ["平台营业收入", v['rev23'], v['rev2022'], v['rev2021']],
                       ["平台研发投入", v['rd'], money(yuan(n['rd'] * 0.88, 6)), money(yuan(n['rd'] * 0.77, 7))],
                       ["平台利润总额", v['profit'], money(yuan(n['profit'] * 0.84, 8)), money(yuan(n['profit'] * 0.7, 9))]],
             {"header_rows": 1, "col_widths": [3, 2.4, 2.4, 2.4]})]
    ab = audit_blocks(pkg.company, "上海瑞华正信会计师事务所（特殊普通合伙）", "瑞正审字[2024]第31-0086号", "2024年4月12日",
                      pkg.info, plat)
    o.put(f_audit, "evidence:audit_report", lib.pdf_bytes(ab, title="审计报告"))
    fin_facts(o, n, f_audit, 5, "元", v, {2023: "2023年度", 2022: "2022年度", 2021: "2021年度"})
    # --- operations statistics under the short name
    dev_rows = [["设备二级分类", "接入设备数（台/套）", "其中：公有云接入（台/套）", "公有云日均运行（台/套）"]]
    for c in n['dev_cat']:
        dev_rows.append([c, str(n['dev_cat'][c]), str(n['pub_cat'][c]), str(n['daily_cat'][c])])
    dev_rows.append(["合计", f_(n['dev_total']), f_(n['pub_total']), f_(n['daily_total'])])
    os_rows = [["海外国家", "接入设备数（台/套）"]] + [[k, str(vv)] for k, vv in n['overseas'].items()] + \
              [["海外合计", str(n['overseas_total'])]]
    ops = [("title", f"{short} 欧贝平台运营数据统计"), ("center", "统计截止日：2024年6月30日"),
           ("h2", "一、平台接入设备统计"), ("table", dev_rows, {"header_rows": 1, "col_widths": [3, 2, 2, 2]}),
           ("table", os_rows, {"header_rows": 1, "col_widths": [3, 2]}), ("pagebreak",),
           ("h2", "二、平台用户统计"),
           ("p", f"平台注册企业用户：{f_(n['reg'])}家"), ("p", f"实际服务企业：{f_(n['served'])}家"),
           ("p", f"付费企业：{f_(n['paid'])}家"), ("p", f"其中服务本市企业：{f_(n['local'])}家"),
           ("right", f"{short}数字化运营部"), ("right", "2024年7月5日")]
    o.put(f_ops, "evidence:device_list", lib.pdf_bytes(ops, title="平台运营数据统计", header=f"{short}｜欧贝平台"))
    device_facts(o, n, f_ops, pages=(1, 1, 1, 1), quote=f_)
    o.fact("注册企业用户数（个）", f_(n['reg']), "家", n['reg'], f_ops, 2, f"平台注册企业用户：{f_(n['reg'])}家", "平台注册企业用户")
    o.fact("实际服务企业数（个）", f_(n['served']), "家", n['served'], f_ops, 2, f"实际服务企业：{f_(n['served'])}家", "实际服务企业")
    o.fact("付费企业数（个）", f_(n['paid']), "家", n['paid'], f_ops, 2, f"付费企业：{f_(n['paid'])}家", "付费企业")
    o.fact("服务本市企业数量（个）", f_(n['local']), "家", n['local'], f_ops, 2, f"其中服务本市企业：{f_(n['local'])}家",
           "其中服务本市企业")
    # --- patent list XLSX: the last 4 rows belong to 欧冶云商股份有限公司 (another company, other credit code)
    n_pat = n['patents']
    own = n_pat - 4
    prow = patent_rows(n_pat, "工业品供应链", lambda i: pkg.company if i < own else idt['other_company'], seed=4)
    for i, r in enumerate(prow):
        r.append(pkg.code if i < own else idt['other_code'])
    sheet = [[f"{short} 专利清单"], ["序号", "专利名称", "专利号", "类型", "授权日", "专利权人", "专利权人统一社会信用代码"]] + prow + \
            [[f"合计：共{n_pat}项"]]
    o.put(f_pat, "evidence:patent_list", lib.xlsx_bytes([("专利清单", sheet, {
        "widths": {"A": 6, "B": 44, "C": 22, "D": 10, "E": 12, "F": 26, "G": 24}, "bold_rows": [2],
        "merges": ["A1:G1", f"A{n_pat + 3}:G{n_pat + 3}"], "border_from": 2})], title="专利清单"))
    o.fact("平台核心软硬件技术获得的专利数量（项）", str(n_pat), "项", n_pat, f_pat, 1, f"合计：共{n_pat}项", "合计")
    # --- software copyright list (pdf, 2 pages)
    n_sw = n['softcopy']
    srow = softcopy_rows(n_sw, "欧贝", lambda i: pkg.company, seed=6)
    swb = [("h2", f"计算机软件著作权清单（共{n_sw}项）"),
           ("table", [["序号", "软件名称", "登记号", "登记日期", "著作权人"]] + srow,
            {"header_rows": 1, "col_widths": [1, 7, 3, 2.4, 5], "repeat": 1})]
    o.put(f_sw, "evidence:patent_list", lib.pdf_bytes(swb, title="软件著作权清单", base_size=9))
    o.fact("平台核心软硬件技术获得的软著数量（个）", str(n_sw), "项", n_sw, f_sw, 1, f"计算机软件著作权清单（共{n_sw}项）")
    # --- screenshots as image-only PDF (2 pages)
    t1 = [("注册企业", f_(n['reg'])), ("工业APP", f_(n['app_total'])), ("开发者", f_(n['devs'])),
          ("近一年订单", f_(n['orders_ttm']))]
    t2 = [("累计订阅", f_(n['subs'])), ("月活跃应用", f_(n['app_mau'])), ("微服务", f_(n['ms'])), ("模型库", f_(n['models']))]
    im1 = lib.dashboard("欧贝平台数据看板", "欧贝 OBEI | www.obei-mro.example.com", t1, seed=21, accent=(0, 102, 153))
    im2 = lib.dashboard("应用中心", "欧贝 OBEI | www.obei-mro.example.com/apps", t2, seed=22, accent=(0, 102, 153))
    o.put(f_shot, "evidence:screenshot", lib.images_pdf([im1, im2], title="平台截图", quality=85))
    screenshot_facts(o, f_shot, [
        ("注册企业用户数（个）", "注册企业", f_(n['reg']), "家", n['reg']),
        ("工业APP数量（个）", "工业APP", f_(n['app_total']), "个", n['app_total']),
        ("开发者注册总数（个）", "开发者", f_(n['devs']), "人", n['devs'])], page=1)
    screenshot_facts(o, f_shot, [
        ("工业APP订阅总数量（个）", "累计订阅", f_(n['subs']), "个", n['subs']),
        ("工业APP平均月活跃数量（个）", "月活跃应用", f_(n['app_mau']), "个", n['app_mau']),
        ("微服务数量（个）", "微服务", f_(n['ms']), "个", n['ms']),
        ("工业机理模型数量（个）", "模型库", f_(n['models']), "个", n['models'])], page=2)
    # --- problems
    o.problem("platform_name", ["平台名称"], [f_form, f_book], "warning",
              f"申报表平台名称为“{pkg.declared_name}”，与附件6名单（序号24）中的“{pkg.listed_name}”不一致，"
              "且未按申报表要求注明平台原名称+现名称")
    o.problem("count_vs_list", ["平台核心软硬件技术获得的专利数量（项）"], [f_form, f_pat], "error",
              f"申报表填报专利{n_pat}项，专利清单合计{n_pat}项，但第{own + 1}-{n_pat}行共4项的专利权人为“{idt['other_company']}”"
              f"（统一社会信用代码{idt['other_code']}，与申报单位{pkg.code}不同，另一家公司，附件6序号16的单位），"
              f"填报指引要求专利权属与平台所属公司一致，属于申报单位的仅{own}项")
    o.problem("summary_vs_form", ["序号"], [f_sum], "error",
              f"汇总表序号填写{idt['wrong_list_no']}（附件6序号16为欧冶云商生态运营平台/欧冶云商股份有限公司），"
              f"申报单位{pkg.company}在附件6中的序号为24")
    o.n, o.rows = n, rows
    o.layout = ["naming:NN-flat", "evidence_dir:附件", "form:xlsx+scan", "columns:levels+content+actual+proof",
                "book:docx", "summary:docx-vertical", "commitment:scan", "audit_unit:元", "platform_part:附注(元)",
                "short_name:欧冶工业品", "ip:xlsx-with-credit-codes", "screenshots:pdf-image", "platform_renamed:no-note"]
    o.description = ("序号24欧贝平台（欧冶工业品股份有限公司，2023未参评）：申报表平台名称改为“欧贝工业品供应链协同平台”而未注明原名称/现名称；"
                     "部分证明材料使用简称“欧冶工业品”；专利清单含4项欧冶云商股份有限公司（不同统一社会信用代码）的专利；汇总表序号误填16。")
    return o


# ============================================================================================ P3
def build_p3(root: Path) -> Out:
    pkg = P3
    o = Out(root, pkg)
    n = synth(pkg.p)
    assert validate(n) == []
    idt = pkg.identity
    sub = idt['subsidiary']
    A, E = "申报材料/", "证明材料/"
    f_form = A + "附件2-申报表.docx"
    f_sum = A + "附件4-平台基本情况汇总表.xlsx"
    f_lic = E + "证明1-营业执照（复印件）.pdf"
    f_rel = E + "证明2-平台运营主体说明.pdf"
    f_audit = E + f"证明3-{sub}2023年度审计报告.pdf"
    f_dev = E + "证明4-平台设备接入清单.xlsx"
    f_ip = E + "证明5-知识产权清单.pdf"
    f_shot1 = E + "证明6-平台首页截图.png"
    f_shot2 = E + "证明7-应用市场截图.png"
    f_award = E + "证明8-荣誉清单.pdf"
    proofs = proofs_for({
        "证明3 子公司审计报告第5页（平台运营主体说明见证明2）": ('rd', 'rd_ratio', 'rev23', 'margin', 'roi'),
        "证明4 平台设备接入清单（3个工作表）": ('dev_total', 'dev_cat', 'dev_region', 'pub_total', 'pub_cat', 'pub_region',
                                  'daily_total', 'daily_cat', 'daily_region', 'overseas_total', 'overseas'),
        "证明5 知识产权清单": ('patents', 'softcopy'),
        "证明6 平台首页截图": ('reg', 'served', 'dev_total', 'models'),
        "证明7 应用市场截图": ('app_total', 'subs', 'app_mau', 'devs'),
        "证明8 荣誉清单": ('awards',),
    }, "平台后台统计")
    cells = form_cells(n, pkg)
    blocks = common_docs(o, n, cells, proofs)
    o.put(A + "附件1-联系人信息反馈表.docx", "联系人表", lib.docx_bytes(contact_blocks(pkg), "联系人信息反馈表", font="微软雅黑"))
    o.put(f_form, "申报表", lib.docx_bytes(blocks, "申报表", font="微软雅黑"))
    o.put(A + "附件2-申报表（盖章版）.pdf", "申报表扫描件", scan_form(pkg, n, cells, proofs, 301))
    name_note = [
        f"平台名称说明：平台原名称为“{pkg.listed_name}”（附件6序号31），因公司数字化战略调整，现名称为“{pkg.declared_name}”。",
        f"平台运营主体说明：平台由本公司全资子公司{sub}（统一社会信用代码{idt['sub_code']}，本公司持股100%）受托运营，"
        "平台相关营业收入、研发投入及利润数据取自该子公司2023年度审计报告中的平台业务附注（见证明2、证明3）。",
    ]
    attachments = [("证明1 营业执照（复印件）", "共1页"), ("证明2 平台运营主体说明", "共1页"), (f"证明3 {sub}2023年度审计报告", "共5页"),
                   ("证明4 平台设备接入清单", "Excel"), ("证明5 知识产权清单", "共2页"), ("证明6 平台首页截图", "1张"),
                   ("证明7 应用市场截图", "1张"), ("证明8 荣誉清单", "共1页")]
    book = book_blocks(pkg, n, name_note, attachments, cases_for(pkg))
    o.put(A + "附件3-申报书.docx", "申报书", lib.docx_bytes(book, "申报书", font="微软雅黑"))
    rows = summary_rows(n, pkg)
    o.put(f_sum, "汇总表", summary_xlsx_bytes(pkg, summary_pairs(rows, {'企业名称': sub}), horizontal=True))
    o.put(A + "附件5-真实性承诺（签章）.pdf", "承诺", commitment_scan(pkg, 302))
    # --- licence copy: a name that is neither the 申报单位 nor anything explained; same credit code
    lb = [("title", "营 业 执 照"), ("center", "（副　本）"), ("space", 5),
          ("table", [["统一社会信用代码", pkg.code], ["名称", idt['license_name']], ["类型", "股份有限公司（上市）"],
                     ["法定代表人", pkg.info['legal']], ["注册资本", pkg.info['capital']], ["成立日期", "1996年10月07日"],
                     ["住所", pkg.info['address']], ["经营范围", "乳制品生产与销售，牧场经营，冷链物流。"]],
           {"header_rows": 0, "col_widths": [1, 3]}),
          ("space", 10), ("right", "登记机关：上海市市场监督管理局"), ("right", "2021年06月15日"),
          ("space", 8), ("p", "（复印件，仅供申报使用）")]
    o.put(f_lic, "evidence:other", scan(lb, 303, {0: [(lib.seal("上海市市场监督管理局", 200), 0.72, 0.62)]}, title="营业执照"))
    # --- operator statement (explains the subsidiary)
    rel = [("title", "关于平台运营主体的说明"), ("space", 5),
           ("p", f"{pkg.declared_name}（原名称：{pkg.listed_name}）由{pkg.company}（统一社会信用代码{pkg.code}）投资建设，"
                 f"委托本公司全资子公司{sub}（统一社会信用代码{idt['sub_code']}）负责平台日常运营与技术服务。"),
           ("p", f"{sub}主营业务即为平台运营，平台相关营业收入、研发投入和利润总额以该公司2023年度审计报告附注“平台业务收支情况”为准。"),
           ("table", [["单位名称", "统一社会信用代码", "持股关系"], [pkg.company, pkg.code, "母公司（申报单位）"],
                      [sub, idt['sub_code'], "全资子公司（持股100%）"]], {"header_rows": 1, "col_widths": [4, 3, 3]}),
           ("space", 20), ("right", f"{pkg.company}"), ("right", "2024年7月10日")]
    o.put(f_rel, "evidence:other", lib.pdf_bytes(rel, title="平台运营主体说明"))
    # --- subsidiary audit report with platform note in 元, years 2021→2023
    rev = n['rev']
    v = {'rev23': money(yuan(rev[2023], 31)), 'rev2022': money(yuan(rev[2022], 32)), 'rev2021': money(yuan(rev[2021], 33)),
         'rd': money(yuan(n['rd'], 34)), 'profit': money(yuan(n['profit'], 35))}
    plat = [("center", "财务报表附注（节选）　十、平台业务收支情况"), ("p", f"编制单位：{sub}　　　单位：元"),
            ("table", [["项目", "2021年度", "2022年度", "2023年度"],
                       ["平台营业收入", v['rev2021'], v['rev2022'], v['rev23']],
                       ["平台研发投入", money(yuan(n['rd'] * 0.72, 36)), money(yuan(n['rd'] * 0.85, 37)), v['rd']],
                       ["平台利润总额", money(yuan(n['profit'] * 0.66, 38)), money(yuan(n['profit'] * 0.81, 39)), v['profit']]],
             {"header_rows": 1, "col_widths": [3, 2.4, 2.4, 2.4]})]
    sub_info = dict(pkg.info, revenue=rev[2023] * 1.08, rev_growth=17.2, assets=15260.48, debt=41.3, profit=n['profit'] * 1.05)
    ab = audit_blocks(sub, "上海申达永信会计师事务所有限公司", "申永审字（2024）第1126号", "2024年3月28日", sub_info, plat)
    o.put(f_audit, "evidence:audit_report", lib.pdf_bytes(ab, title="审计报告"))
    fin_facts(o, n, f_audit, 5, "元", v, {2023: "2023年度", 2022: "2022年度", 2021: "2021年度"})
    # --- device list
    o.put(f_dev, "evidence:device_list", lib.xlsx_bytes(device_xlsx_sheets(
        n, f"{pkg.declared_name}设备接入清单（截至2024年6月30日）", f"{sub}（平台运营方）"), title="设备接入清单"))
    device_facts(o, n, f_dev)
    # --- IP list, all owned by the 申报单位
    n_pat, n_sw = n['patents'], n['softcopy']
    prow = patent_rows(n_pat, "乳品生产", lambda i: pkg.company, seed=7)
    srow = softcopy_rows(n_sw, "数智牧场", lambda i: pkg.company, seed=8)
    ipb = [("h2", f"一、专利清单（共{n_pat}项）"),
           ("table", [["序号", "专利名称", "专利号", "类型", "授权日", "专利权人"]] + prow,
            {"header_rows": 1, "col_widths": [1, 7, 4, 2, 2.4, 4], "repeat": 1}),
           ("pagebreak",), ("h2", f"二、软件著作权清单（共{n_sw}项）"),
           ("table", [["序号", "软件名称", "登记号", "登记日期", "著作权人"]] + srow,
            {"header_rows": 1, "col_widths": [1, 7, 3, 2.4, 4], "repeat": 1})]
    o.put(f_ip, "evidence:patent_list", lib.pdf_bytes(ipb, title="知识产权清单", base_size=9.5))
    o.fact("平台核心软硬件技术获得的专利数量（项）", str(n_pat), "项", n_pat, f_ip, 1, f"一、专利清单（共{n_pat}项）")
    o.fact("平台核心软硬件技术获得的软著数量（个）", str(n_sw), "项", n_sw, f_ip, 2, f"二、软件著作权清单（共{n_sw}项）")
    # --- screenshots
    brand = f"数智牧场 · 光明乳业 | smartfarm.bright-dairy-dt.example.com"
    t1 = [("注册企业（家）", f_(n['reg'])), ("服务企业（家）", f_(n['served'])), ("接入设备（台/套）", f_(n['dev_total'])),
          ("工业模型（个）", f_(n['models']))]
    t2 = [("上架应用（个）", f_(n['app_total'])), ("累计订阅（次）", f_(n['subs'])), ("月活跃应用（个）", f_(n['app_mau'])),
          ("注册开发者（人）", f_(n['devs']))]
    o.put(f_shot1, "evidence:screenshot", lib.png_bytes(lib.dashboard("平台首页", brand, t1, seed=31, accent=(0, 120, 80),
                                                                       footer=f"运营方：{sub}")))
    o.put(f_shot2, "evidence:screenshot", lib.png_bytes(lib.dashboard("应用市场", brand, t2, seed=32, accent=(0, 120, 80))))
    screenshot_facts(o, f_shot1, [
        ("注册企业用户数（个）", "注册企业（家）", f_(n['reg']), "家", n['reg']),
        ("实际服务企业数（个）", "服务企业（家）", f_(n['served']), "家", n['served']),
        ("连接的工业设备/产品/产线种类及数量（台/套）", "接入设备（台/套）", f_(n['dev_total']), "台/套", n['dev_total']),
        ("工业机理模型数量（个）", "工业模型（个）", f_(n['models']), "个", n['models'])])
    screenshot_facts(o, f_shot2, [
        ("工业APP数量（个）", "上架应用（个）", f_(n['app_total']), "个", n['app_total']),
        ("工业APP订阅总数量（个）", "累计订阅（次）", f_(n['subs']), "次", n['subs']),
        ("工业APP平均月活跃数量（个）", "月活跃应用（个）", f_(n['app_mau']), "个", n['app_mau']),
        ("开发者注册总数（个）", "注册开发者（人）", f_(n['devs']), "人", n['devs'])])
    # --- awards
    aw = awards_list(n['awards'], lambda i: pkg.company)
    o.put(f_award, "evidence:award_list", lib.pdf_bytes(awards_blocks("省部级及以上奖项/荣誉清单", pkg.company, aw),
                                                       title="荣誉清单"))
    o.fact("平台获得省部级及以上奖项/荣誉数量（个）", str(n['awards']), "项", n['awards'], f_award, 1,
           f"省部级及以上奖项/荣誉清单（共{n['awards']}项）")
    # --- problems
    o.problem("declared_vs_evidence", ["企业名称"], [f_form, f_lic], "warning",
              f"所附营业执照名称为“{idt['license_name']}”，与申报单位“{pkg.company}”（附件6序号31）不一致，统一社会信用代码相同"
              f"（{pkg.code}），申报材料中既无名称变更证明也无说明，无法确认营业执照对应的主体名称")
    o.problem("summary_vs_form", ["企业名称"], [f_sum, f_form], "error",
              f"汇总表企业名称填写“{sub}”（平台运营方，全资子公司，统一社会信用代码{idt['sub_code']}），"
              f"而申报表申报单位及附件6序号31的单位名称均为“{pkg.company}”")
    o.n, o.rows = n, rows
    o.layout = ["naming:附件N-", "evidence_dir:申报材料+证明材料", "form:docx+scan", "columns:levels+content+actual+proof",
                "book:docx", "summary:xlsx-horizontal", "commitment:scan", "audit:subsidiary(explained)",
                "audit_unit:元", "audit_years:2021→2023", "platform_renamed:原名称+现名称", "operator:全资子公司",
                "screenshots:png", "licence:name-mismatch"]
    o.description = ("序号31光明乳业工业互联网平台（2023未参评）：平台更名并按要求注明原名称+现名称；平台由全资子公司运营，"
                     "审计报告为子公司的并有运营主体说明（正确）；问题：营业执照名称与申报单位不一致（同一信用代码，无说明），"
                     "汇总表企业名称误填子公司名称。")
    return o


# ============================================================================================ P4
def build_p4(root: Path) -> Out:
    pkg = P4
    o = Out(root, pkg)
    n = synth(pkg.p)
    assert validate(n) == []
    idt = pkg.identity
    short = idt['short']
    E = "佐证材料/"
    f_form = f"{short}-申报表.docx"
    f_sum = f"{short}-汇总表.docx"
    f_audit = E + "1 审计报告（含平台收入专项附注）.pdf"
    f_dev = E + "2 接入设备统计表.pdf"
    f_ip = E + "3 专利及软著清单.xlsx"
    f_shot1 = E + "4 平台驾驶舱截图.png"
    f_shot2 = E + "5 开发者中心截图.png"
    f_award = E + "6 荣誉证书清单.pdf"
    proofs = proofs_for({
        "佐证材料1 审计报告第5页（平台收入专项附注）": ('rd', 'rd_ratio', 'rev23', 'margin', 'roi'),
        "佐证材料2 接入设备统计表": ('dev_total', 'dev_cat', 'dev_region', 'pub_total', 'pub_cat', 'pub_region',
                           'daily_total', 'daily_cat', 'daily_region', 'overseas_total', 'overseas'),
        "佐证材料3 专利及软著清单（工作表1、2）": ('patents', 'softcopy'),
        "佐证材料4 平台驾驶舱截图": ('reg', 'served', 'app_total', 'models'),
        "佐证材料5 开发者中心截图": ('devs', 'ms'),
        "佐证材料6 荣誉证书清单": ('awards',),
    }, "平台后台统计，见申报书第二章")
    cells = form_cells(n, pkg)
    blocks = common_docs(o, n, cells, proofs)
    o.put(f"{short}-联系人信息反馈表.docx", "联系人表", lib.docx_bytes(contact_blocks(pkg), "联系人信息反馈表"))
    o.put(f_form, "申报表", lib.docx_bytes(blocks, "申报表"))
    o.put(f"{short}-申报表-盖章.pdf", "申报表扫描件", scan_form(pkg, n, cells, proofs, 401))
    name_note = [f"本公司简称“{short}”，英文名称为“{idt['english']}”。平台境外专利（美国专利）的专利权人登记为本公司英文名称。"]
    attachments = [("佐证材料1 审计报告（含平台收入专项附注）", "共5页"), ("佐证材料2 接入设备统计表", "共1页"),
                   ("佐证材料3 专利及软著清单", "Excel，2个工作表"), ("佐证材料4 平台驾驶舱截图", "1张"),
                   ("佐证材料5 开发者中心截图", "1张"), ("佐证材料6 荣誉证书清单", "共1页")]
    book = book_blocks(pkg, n, name_note, attachments, cases_for(pkg), extra_intro=f"（以下简称“{short}”）")
    o.put(f"{short}-申报书.docx", "申报书", lib.docx_bytes(book, "申报书", font="仿宋"))
    o.put(f"{short}-申报书.pdf", "申报书", lib.pdf_bytes(book, title="申报书", font="STSong-Light"))
    rows = summary_rows(n, pkg)
    o.put(f_sum, "汇总表", summary_docx_bytes(pkg, summary_pairs(rows, {'平台名称': idt['summary_platform_name']})))
    o.put(f"{short}-承诺书.pdf", "承诺", commitment_scan(pkg, 402))
    # --- audit (万元 note) prints a different R&D figure than declared
    prow, pv = platform_rows_wan(n, rd_print=idt['audit_rd'])
    plat = [("center", "平台收入专项附注"), ("p", f"编制单位：{pkg.company}　　　单位：万元"),
            ("table", prow, {"header_rows": 1, "col_widths": [3, 2, 2, 2]}),
            ("p", "注：平台营业收入按环境装备远程运维与数据服务合同单列核算。")]
    ab = audit_blocks(pkg.company, "上海众信联合会计师事务所（普通合伙）", "众信审字（2024）第0562号", "2024年4月8日", pkg.info, plat)
    o.put(f_audit, "evidence:audit_report", lib.pdf_bytes(ab, title="审计报告", font="STSong-Light"))
    fin_facts(o, n, f_audit, 5, "万元", pv, {2023: "2023年度", 2022: "2022年度", 2021: "2021年度"})
    # --- device statistics issued and stamped by a similarly named company
    dev_rows = [["设备二级分类", "接入设备数（台/套）", "其中：公有云接入（台/套）", "公有云日均运行（台/套）"]]
    for c in n['dev_cat']:
        dev_rows.append([c, str(n['dev_cat'][c]), str(n['pub_cat'][c]), str(n['daily_cat'][c])])
    dev_rows.append(["合计", str(n['dev_total']), str(n['pub_total']), str(n['daily_total'])])
    reg_rows = [["区域", "接入设备数（台/套）"]] + [[k, str(vv)] for k, vv in n['dev_region'].items()]
    os_rows = [["海外国家", "接入设备数（台/套）"]] + [[k, str(vv)] for k, vv in n['overseas'].items()] + \
              [["海外合计", str(n['overseas_total'])]]
    devb = [("title", "环境装备接入设备统计表"), ("center", "统计截止日：2024年6月30日"),
            ("table", dev_rows, {"header_rows": 1, "col_widths": [3, 2, 2, 2]}),
            ("table", reg_rows, {"header_rows": 1, "col_widths": [3, 2]}),
            ("table", os_rows, {"header_rows": 1, "col_widths": [3, 2]}),
            ("right", f"统计单位：{idt['similar_issuer']}（盖章）"), ("right", "2024年7月2日")]
    o.put(f_dev, "evidence:device_list", lib.pdf_bytes(devb, title="接入设备统计表", base_size=9.5,
                                                      stamps={0: [(company_seal(idt['similar_issuer']), 0.78, 0.33, 40)]}))
    device_facts(o, n, f_dev, pages=(1, 1, 1, 1))
    # --- IP workbook: patents incl. US patents under the English name
    n_pat, n_sw = n['patents'], n['softcopy']
    prow = patent_rows(n_pat - 2, "环境装备", lambda i: pkg.company, seed=9)
    prow += [[str(n_pat - 1), "Method and system for remote diagnosis of aeration blowers", "US 11,683,215 B2", "美国发明专利",
              "2023-06-20", idt['english']],
             [str(n_pat), "Edge gateway for water treatment equipment data acquisition", "US 11,902,448 B2", "美国发明专利",
              "2024-02-13", idt['english']]]
    srow = softcopy_rows(n_sw, "西派埃", lambda i: pkg.company, seed=10)
    s1 = [["专利清单"], ["序号", "专利名称", "专利号", "类型", "授权日", "专利权人"]] + prow + [["合计", f"{n_pat}项"]]
    s2 = [["软件著作权清单"], ["序号", "软件名称", "登记号", "登记日期", "著作权人"]] + srow + [["合计", f"{n_sw}项"]]
    o.put(f_ip, "evidence:patent_list", lib.xlsx_bytes([
        ("专利", s1, {"widths": {"A": 6, "B": 48, "C": 22, "D": 12, "E": 12, "F": 40}, "bold_rows": [2],
                     "merges": ["A1:F1"], "border_from": 2}),
        ("软著", s2, {"widths": {"A": 6, "B": 40, "C": 20, "D": 12, "E": 30}, "bold_rows": [2], "merges": ["A1:E1"],
                     "border_from": 2})], title="专利及软著清单"))
    o.fact("平台核心软硬件技术获得的专利数量（项）", f"{n_pat}项", "项", n_pat, f_ip, 1, f"{n_pat}项", "合计")
    o.fact("平台核心软硬件技术获得的软著数量（个）", f"{n_sw}项", "项", n_sw, f_ip, 2, f"{n_sw}项", "合计")
    # --- screenshots (short name branding)
    brand = f"{short}环境装备云 | envcloud.xpa-env.example.com"
    t1 = [("注册企业", f_(n['reg'])), ("服务企业", f_(n['served'])), ("工业APP", f_(n['app_total'])), ("机理模型", f_(n['models']))]
    t2 = [("注册开发者", f_(n['devs'])), ("活跃开发者", f_(n['devs_active'])), ("微服务", f_(n['ms'])),
          ("活跃微服务", f_(n['ms_active']))]
    o.put(f_shot1, "evidence:screenshot", lib.png_bytes(lib.dashboard("平台驾驶舱", brand, t1, seed=41, accent=(18, 110, 130))))
    o.put(f_shot2, "evidence:screenshot", lib.png_bytes(lib.dashboard("开发者中心", brand, t2, seed=42, accent=(18, 110, 130))))
    screenshot_facts(o, f_shot1, [
        ("注册企业用户数（个）", "注册企业", f_(n['reg']), "家", n['reg']),
        ("实际服务企业数（个）", "服务企业", f_(n['served']), "家", n['served']),
        ("工业APP数量（个）", "工业APP", f_(n['app_total']), "个", n['app_total']),
        ("工业机理模型数量（个）", "机理模型", f_(n['models']), "个", n['models'])])
    screenshot_facts(o, f_shot2, [
        ("开发者注册总数（个）", "注册开发者", f_(n['devs']), "人", n['devs']),
        ("活跃开发者数（个）", "活跃开发者", f_(n['devs_active']), "人", n['devs_active']),
        ("微服务数量（个）", "微服务", f_(n['ms']), "个", n['ms']),
        ("活跃微服务数量（一周调用5次以上）（个）", "活跃微服务", f_(n['ms_active']), "个", n['ms_active'])])
    aw = awards_list(n['awards'], lambda i: pkg.company)
    o.put(f_award, "evidence:award_list", lib.pdf_bytes(awards_blocks("荣誉证书清单", pkg.company, aw), title="荣誉清单",
                                                       font="STSong-Light"))
    o.fact("平台获得省部级及以上奖项/荣誉数量（个）", str(n['awards']), "项", n['awards'], f_award, 1,
           f"荣誉证书清单（共{n['awards']}项）")
    # --- problems
    o.problem("summary_vs_form", ["平台名称"], [f_sum, f_form], "error",
              f"汇总表平台名称填写“{idt['summary_platform_name']}”，申报表（及附件6序号11）为“{pkg.declared_name}”")
    o.problem("declared_vs_evidence", ["平台相关研发投入（万元）"], [f_form, f_audit], "error",
              f"平台相关研发投入填报 {fmt2(n['rd'])} 万元，审计报告平台收入专项附注（第5页）平台研发投入2023年度为 "
              f"{money(idt['audit_rd'])} 万元")
    o.problem("missing_proof", ["连接的工业设备/产品/产线种类及数量（台/套）", "公有云工业设备连接数量（台/套）",
                                "海外设备连接数量（台/套）"], [f_dev], "warning",
              f"接入设备统计表的统计单位（盖章）为“{idt['similar_issuer']}”，与申报单位“{pkg.company}”名称相近但不同，"
              "未提供统一社会信用代码，申报书也未说明两者关系，设备数据的出具主体存疑")
    o.n, o.rows = n, rows
    o.layout = ["naming:简称-prefix", "evidence_dir:佐证材料", "form:docx+scan", "columns:levels+content+actual+proof",
                "book:docx+pdf(STSong)", "summary:docx-vertical", "commitment:scan", "audit_unit:万元", "section7",
                "english_name:US patents", "short_name:西派埃", "device_issuer:similar-name", "ip:xlsx-two-sheets",
                "screenshots:png"]
    o.description = ("序号11数字化环境装备服务工业互联网平台（上海西派埃智能化系统有限公司，2023参评，有第七章）：美国专利权人为英文名称（已说明）；"
                     "问题：汇总表平台名称与申报表不一致，研发投入与审计附注不一致，设备统计表由名称相近的另一单位盖章出具。")
    return o


# ============================================================================================ main
def write_truth(o: Out, root: Path):
    pkg = o.pkg
    truth = {
        "schema_version": 1, "package_id": pkg.pid, "description": o.description,
        "path": f"{SET_PATH}/packages/{pkg.pid}", "delivery": "folder",
        "platform": {"list_no": pkg.list_no, "listed_name": pkg.listed_name, "company": pkg.company,
                     "declared_name": pkg.declared_name, "participated_2023": pkg.participated},
        "layout": o.layout, "files": dict(sorted(o.files.items())), "secrets": [pkg.password],
        "summary_rows": o.rows, "evidence_facts": o.facts, "problems": o.problems,
    }
    model = PackageTruth.model_validate(truth)
    p = root / "truth" / f"{pkg.pid}.json"
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(dump_truth(model), encoding="utf-8")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(HERE))
    args = ap.parse_args()
    root = Path(args.out)
    for sub in ("packages", "truth"):
        if (root / sub).exists():
            shutil.rmtree(root / sub)
    for fn in (build_p1, build_p2, build_p3, build_p4):
        o = fn(root)
        write_truth(o, root)
        print(o.pkg.pid, len(o.files), "files", len(o.facts), "facts", len(o.problems), "problems")


if __name__ == "__main__":
    main()
