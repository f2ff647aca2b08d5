"""Evidence documents: audit reports, device statistics, IP lists, dashboards, award lists."""
from __future__ import annotations

import io
import random

from PIL import Image, ImageDraw

from . import scan
from .furniture import WATERMARK, Office
from .model import c2, ci, f2
from .pdfkit import Pdf, two_pass, wrap


class Facts:
    def __init__(self):
        self.items: list[dict] = []

    def add(self, label, value, unit, normalized, file, page, quote, row_label='', column_label='', component='',
            image_only=False):
        self.items.append(dict(label=label, value=value, unit=unit, normalized=normalized, file=file, page=page,
                               quote=quote, row_label=row_label, column_label=column_label, component=component,
                               image_only=image_only))


def yuan(wan: float) -> str:
    return c2(round(wan * 10000, 2))


# =============================================================================================== audit
def _company_statements(pdf: Pdf, pkg, unit_note='单位：元'):
    co = pkg.spec['company']
    fin = co['fin']
    rev = float(fin['revenue'].replace(',', '')) * 10000
    assets = float(fin['assets'].replace(',', '')) * 10000
    profit = float(fin['profit'].replace(',', '')) * 10000
    debt = float(fin['debt']) / 100
    prev_rev = rev / (1 + float(fin['growth']) / 100)
    rnd = random.Random(pkg.seed)
    # balance sheet
    pdf.heading('合并资产负债表', 14, 'center')
    pdf.subline(f'编制单位：{co["name"]}', '2023年12月31日　　' + unit_note)
    liab = assets * debt
    cur_assets = assets * 0.62
    items = [('货币资金', cur_assets * 0.31), ('应收账款', cur_assets * 0.34), ('预付款项', cur_assets * 0.04),
             ('存货', cur_assets * 0.19), ('其他流动资产', cur_assets * 0.12)]
    ncur = assets - cur_assets
    items2 = [('固定资产', ncur * 0.46), ('无形资产', ncur * 0.28), ('开发支出', ncur * 0.07), ('长期待摊费用', ncur * 0.05),
              ('递延所得税资产', ncur * 0.14)]
    rows = [['资产', '期末余额', '上年年末余额']]
    for n, x in items:
        rows.append([n, c2(round(x, 2)), c2(round(x * rnd.uniform(0.82, 0.97), 2))])
    rows.append(['流动资产合计', c2(round(cur_assets, 2)), c2(round(cur_assets * 0.91, 2))])
    for n, x in items2:
        rows.append([n, c2(round(x, 2)), c2(round(x * rnd.uniform(0.85, 1.02), 2))])
    rows.append(['非流动资产合计', c2(round(ncur, 2)), c2(round(ncur * 0.94, 2))])
    rows.append(['资产总计', c2(round(assets, 2)), c2(round(assets * 0.92, 2))])
    rows.append(['负债合计', c2(round(liab, 2)), c2(round(liab * 0.9, 2))])
    rows.append(['所有者权益合计', c2(round(assets - liab, 2)), c2(round(assets * 0.92 - liab * 0.9, 2))])
    pdf.table(rows, [190, 140, 140], size=9, aligns=['left', 'right', 'right'], x0=pdf.ml + 10)
    return rev, prev_rev, profit


def _income_statement(pdf: Pdf, pkg, rev, prev_rev, profit, unit_note='单位：元'):
    co = pkg.spec['company']
    tax = float(co['fin']['tax'].replace(',', '')) * 10000
    pdf.heading('合并利润表', 14, 'center')
    pdf.subline(f'编制单位：{co["name"]}', '2023年度　　' + unit_note)
    cost = rev * 0.66
    rows = [['项目', '本期金额', '上期金额'],
            ['一、营业总收入', c2(round(rev, 2)), c2(round(prev_rev, 2))],
            ['其中：营业收入', c2(round(rev, 2)), c2(round(prev_rev, 2))],
            ['二、营业总成本', c2(round(rev - profit * 1.04, 2)), c2(round(prev_rev * 0.915, 2))],
            ['其中：营业成本', c2(round(cost, 2)), c2(round(prev_rev * 0.67, 2))],
            ['税金及附加', c2(round(tax * 0.18, 2)), c2(round(tax * 0.16, 2))],
            ['销售费用', c2(round(rev * 0.058, 2)), c2(round(prev_rev * 0.061, 2))],
            ['管理费用', c2(round(rev * 0.071, 2)), c2(round(prev_rev * 0.074, 2))],
            ['研发费用', c2(round(rev * 0.092, 2)), c2(round(prev_rev * 0.088, 2))],
            ['财务费用', c2(round(rev * 0.004, 2)), c2(round(prev_rev * 0.005, 2))],
            ['加：其他收益', c2(round(profit * 0.06, 2)), c2(round(profit * 0.05, 2))],
            ['三、营业利润', c2(round(profit * 1.02, 2)), c2(round(profit * 0.88, 2))],
            ['加：营业外收入', c2(round(profit * 0.01, 2)), c2(round(profit * 0.012, 2))],
            ['减：营业外支出', c2(round(profit * 0.03, 2)), c2(round(profit * 0.02, 2))],
            ['四、利润总额', c2(round(profit, 2)), c2(round(profit * 0.872, 2))],
            ['减：所得税费用', c2(round(profit * 0.11, 2)), c2(round(profit * 0.1, 2))],
            ['五、净利润', c2(round(profit * 0.89, 2)), c2(round(profit * 0.785, 2))]]
    pdf.table(rows, [190, 140, 140], size=9, aligns=['left', 'right', 'right'], x0=pdf.ml + 10)


def platform_rows(pkg, unit: str, world=None):
    """Rows of the platform statement: {key: {year: 万元}}."""
    v = world or pkg.t
    rev = v['rev']
    prof = {2023: pkg.spec['profit']}
    ratio = pkg.spec['profit'] / rev[2023]
    rnd = random.Random(pkg.seed + 3)
    for y in (2020, 2021, 2022):
        prof[y] = round(rev[y] * (ratio - 0.012 * (2023 - y) + rnd.uniform(-0.004, 0.004)), 2)
    cost = {y: round(rev[y] * (0.55 + 0.01 * (2023 - y)), 2) for y in rev}
    exp = {y: round(rev[y] - cost[y] - prof[y], 2) for y in rev}
    rd = {2023: pkg.spec['rd']}
    for y in (2020, 2021, 2022):
        rd[y] = round(rev[y] * (pkg.spec['rd'] / rev[2023]) * (1 - 0.03 * (2023 - y)), 2)
    build = {2023: pkg.spec['build_amount']}
    for y in (2022, 2021, 2020):
        build[y] = round(build[y + 1] * (0.84 - 0.03 * (2022 - y)), 2)
    return dict(rev=rev, cost=cost, exp=exp, rd=rd, profit=prof, build=build)


def _fmt(wan: float, unit: str) -> str:
    return yuan(wan) if unit == '元' else c2(wan)


def platform_note(pdf: Pdf, pkg, file: str, facts: Facts, unit: str, kind: str, title: str, footnotes: list[str],
                  by_type: dict | None = None, extra_rows=(), growth_row=True, image_only=False, rd_fact=True):
    """The platform-scoped statement (one page). Records facts on its page."""
    pr = platform_rows(pkg, unit)
    years = (2020, 2021, 2022, 2023)
    pdf.new_page(kind)
    pdf.heading(title, 14, 'center', gap_before=4)
    co = pkg.spec['company']['name']
    pdf.subline(f'编制单位：{co}', f'金额单位：人民币{unit}')
    rows = [['项　　目', '2020年度', '2021年度', '2022年度', '2023年度', '备注']]
    keys = []
    rows.append(['一、平台相关营业收入'] + [_fmt(pr['rev'][y], unit) for y in years] + ['注1'])
    keys.append('rev')
    if by_type:
        for name, shares in by_type.items():
            rows.append([f'　　其中：{name}'] + [_fmt(round(pr['rev'][y] * shares[y], 2), unit) for y in years] + [''])
            keys.append('type')
    if growth_row:
        rows.append(['　　营业收入同比增长（%）', '—'] + [f2(pkg.t['growth'][y]) for y in (2021, 2022, 2023)] + [''])
        keys.append('growth')
    rows.append(['二、平台营业成本'] + [_fmt(pr['cost'][y], unit) for y in years] + [''])
    keys.append('cost')
    rows.append(['三、平台期间费用'] + [_fmt(pr['exp'][y], unit) for y in years] + [''])
    keys.append('exp')
    rows.append(['　　其中：平台相关研发投入'] + [_fmt(pr['rd'][y], unit) for y in years] + ['注2'])
    keys.append('rd')
    rows.append(['四、平台利润总额'] + [_fmt(pr['profit'][y], unit) for y in years] + [''])
    keys.append('profit')
    rows.append(['五、平台累计建设投入（截至年末）'] + [_fmt(pr['build'][y], unit) for y in years] + ['注3'])
    keys.append('build')
    for r in extra_rows:
        rows.append(r)
        keys.append('extra')
    W = pdf.W - pdf.ml - pdf.mr
    first = 210 if pdf.W > pdf.H else 150
    rest = (W - first - 70) / 4
    widths = [first, rest, rest, rest, rest, 70]
    pages = pdf.table(rows, widths, size=9.5 if pdf.W > pdf.H else 8.5, aligns=['left'] + ['right'] * 4 + ['center'],
                      min_h=22)
    pdf.space(8)
    for fn in footnotes:
        pdf.para(fn, 8.5, indent=0, leading=13)
    page = pages[0]
    col = '2023年度'
    r = pkg.t['rev']
    facts.add('平台相关营业收入（万元）', _fmt(r[2023], unit), unit, r[2023], file, page, _fmt(r[2023], unit),
              '平台相关营业收入', col, image_only=image_only)
    for y in (2020, 2021, 2022):
        facts.add('平台近三年经营指标情况', _fmt(r[y], unit), unit, r[y], file, page, _fmt(r[y], unit),
                  '平台相关营业收入', f'{y}年度', f'{y}年平台营收（万元）', image_only=image_only)
    if rd_fact:
        facts.add('平台相关研发投入（万元）', _fmt(pkg.spec['rd'], unit), unit, pkg.spec['rd'], file, page,
                  _fmt(pkg.spec['rd'], unit), '其中：平台相关研发投入', col, image_only=image_only)
    p = pkg.spec['profit']
    facts.add('平台利润率（%）', _fmt(p, unit), unit, p, file, page, _fmt(p, unit), '平台利润总额', col,
              '平台利润总额（万元）', image_only=image_only)
    facts.add('投资回报率（%）', _fmt(p, unit), unit, p, file, page, _fmt(p, unit), '平台利润总额', col,
              '平台年利润（万元）', image_only=image_only)
    b = pkg.spec['build_amount']
    facts.add('平台建设金额（万元）', _fmt(b, unit), unit, b, file, page, _fmt(b, unit), '平台累计建设投入（截至年末）',
              col, image_only=image_only)
    return page


def two_column_notes(pdf: Pdf, pkg, dom, rd_text: str | None):
    co = pkg.spec['company']
    name = pkg.spec['declared_name']
    paras = [
        ('h', '一、公司基本情况'),
        ('p', f'{co["name"]}（以下简称“本公司”）成立于{co["founded"]}，注册资本人民币{co["capital"]}万元，'
              f'统一社会信用代码{co["code"]}，注册地址为{co["addr"]}。本公司主要从事{co["business"]}。'),
        ('h', '二、财务报表的编制基础'),
        ('p', '本财务报表以持续经营为基础，根据实际发生的交易和事项，按照财政部颁布的《企业会计准则——基本准则》'
              '及各项具体会计准则、应用指南、解释及其他相关规定进行确认和计量，在此基础上编制财务报表。'),
        ('h', '三、重要会计政策及会计估计'),
        ('p', '（一）收入确认。本公司在履行了合同中的履约义务，即在客户取得相关商品或服务控制权时确认收入。'
              '平台订阅类服务在合同约定的服务期内按直线法分期确认；解决方案实施类业务按履约进度确认收入，'
              '履约进度按已发生成本占预计总成本的比例确定。'),
        ('p', '（二）研究开发支出。研究阶段的支出于发生时计入当期损益；开发阶段的支出同时满足资本化条件的，'
              '确认为无形资产，不满足的计入当期损益。'),
        ('p', '（三）固定资产折旧采用年限平均法，电子设备折旧年限为3-5年，残值率为5%。'),
        ('h', '四、研发支出'),
    ]
    paras.append(('p', rd_text or '本公司研发支出按研发项目归集，2023年度研发支出均已计入当期损益，无资本化研发支出。'))
    paras += [
        ('h', '五、关联方及关联交易'),
        ('p', '本公司的关联方包括控股股东及其控制的其他企业。本年度关联交易均按市场价格定价，'
              '关联方收入已在平台业务专项说明中单独注明。'),
        ('h', '六、承诺及或有事项'),
        ('p', '截至资产负债表日，本公司无需要披露的重大承诺及或有事项。'),
        ('h', '七、资产负债表日后事项'),
        ('p', '截至财务报表批准报出日，本公司无需要披露的资产负债表日后非调整事项。'),
        ('h', '八、平台业务核算说明'),
        ('p', f'本公司对{name}业务单独设置核算项目，平台相关收入、成本、费用及研发投入按项目归集，'
              '无法直接归集的共同费用按收入比例分摊，详见附表一。'),
    ]
    pdf.heading('财务报表附注（摘要）', 13, 'center')
    pdf.space(4)
    return pdf.columns(paras, 2, size=9.2)


def audit_text_pdf(pkg, dom, file: str, facts: Facts, cfg: dict) -> tuple[bytes, dict]:
    """Text audit report with roman front matter; cfg controls the variant."""
    co = pkg.spec['company']
    refs = {}

    def build(totals):
        f = Facts()
        furn = Office(left=cfg['firm'], right=cfg['report_no'], footer=cfg.get('footer', 'page_of'),
                      watermark=cfg.get('watermark'), wm_mode=cfg.get('wm_mode', 'over'),
                      footer_left=cfg.get('footer_left', ''))
        pdf = Pdf(furn, totals, title='审计报告')
        # cover
        pdf.numbering(None)
        pdf.new_page('portrait', cover=True)
        pdf.y = pdf.H - 150
        pdf.text(pdf.W / 2, pdf.y, co['name'], 16, 'center')
        pdf.y -= 40
        pdf.bold(pdf.W / 2, pdf.y, '审　计　报　告', 28, 'center')
        pdf.y -= 34
        pdf.text(pdf.W / 2, pdf.y, cfg['report_no'], 12, 'center')
        pdf.y -= 26
        pdf.text(pdf.W / 2, pdf.y, '2023年1月1日至2023年12月31日', 11, 'center')
        pdf.text(pdf.W / 2, 190, cfg['firm'], 14, 'center')
        pdf.text(pdf.W / 2, 166, cfg['cn_date'], 12, 'center')
        # front matter (roman)
        pdf.numbering(cfg.get('front', 'roman'), 1)
        pdf.new_page('portrait')
        pdf.heading('目　　录', 15, 'center', gap_before=10, gap_after=14)
        toc = [('一、审计报告', '1-2'), ('二、合并资产负债表', '3'), ('三、合并利润表', '4'),
               ('四、财务报表附注（摘要）', '5'), ('五、附表一：平台业务专项说明', '6')]
        if cfg.get('breakdown'):
            toc.append(('六、附表二：平台业务收入构成', '7'))
        for t, pg in toc:
            pdf.y -= 24
            pdf.text(pdf.ml + 30, pdf.y, t, 11)
            pdf.text(pdf.W - pdf.mr - 30, pdf.y, pg, 11, 'right')
            pdf.c.setDash(1, 2)
            pdf.hline(pdf.ml + 30 + len(t) * 11 + 6, pdf.W - pdf.mr - 50, pdf.y + 2, 0.4)
            pdf.c.setDash()
        pdf.new_page('portrait')
        pdf.heading('关于本报告使用范围的说明', 13, 'center', gap_before=10)
        pdf.para(f'本报告系{cfg["firm"]}接受{co["name"]}委托出具，仅供委托单位年度报告及向有关主管部门报送资料使用。'
                 '本报告所附“平台业务专项说明”系在年度财务报表审计基础上，依据委托单位提供的平台业务核算资料执行'
                 '商定程序后编制，不构成对平台业务单独发表的审计意见。')
        pdf.para('未经本所书面同意，不得将本报告用于其他用途。报告正文页码自“审计报告”起连续编排，封面、目录及本说明不编入正文页码。')
        # body (arabic)
        pdf.numbering('arabic', 1)
        pdf.new_page('portrait')
        pdf.heading('审 计 报 告', 16, 'center', gap_before=6)
        pdf.subline(center=cfg['report_no'], size=10.5)
        pdf.space(8)
        pdf.para(f'{co["name"]}全体股东：', indent=0)
        pdf.heading('一、审计意见', 11.5, gap_before=4)
        pdf.para(f'我们审计了{co["name"]}（以下简称“贵公司”）财务报表，包括2023年12月31日的合并资产负债表，2023年度的合并利润表、'
                 '合并现金流量表、合并所有者权益变动表以及相关财务报表附注。')
        pdf.para('我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司2023年12月31日的合并财务状况'
                 '以及2023年度的合并经营成果和现金流量。')
        pdf.heading('二、形成审计意见的基础', 11.5, gap_before=4)
        pdf.para('我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步阐述了'
                 '我们在这些准则下的责任。按照中国注册会计师职业道德守则，我们独立于贵公司，并履行了职业道德方面的其他责任。'
                 '我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。')
        pdf.heading('三、管理层和治理层对财务报表的责任', 11.5, gap_before=4)
        pdf.para('贵公司管理层负责按照企业会计准则的规定编制财务报表，使其实现公允反映，并设计、执行和维护必要的内部控制，'
                 '以使财务报表不存在由于舞弊或错误导致的重大错报。在编制财务报表时，管理层负责评估贵公司的持续经营能力。')
        pdf.new_page('portrait')
        pdf.heading('四、注册会计师对财务报表审计的责任', 11.5, gap_before=4)
        pdf.para('我们的目标是对财务报表整体是否不存在由于舞弊或错误导致的重大错报获取合理保证，并出具包含审计意见的审计报告。'
                 '合理保证是高水平的保证，但并不能保证按照审计准则执行的审计在某一重大错报存在时总能发现。')
        pdf.para('在按照审计准则执行审计工作的过程中，我们运用职业判断，并保持职业怀疑。')
        pdf.space(40)
        pdf.text(pdf.ml, pdf.y, cfg['firm'], 10.5)
        pdf.text(pdf.W - pdf.mr - 160, pdf.y, f'中国注册会计师：{cfg["cpa"][0]}', 10.5)
        pdf.y -= 30
        pdf.text(pdf.ml, pdf.y, '中国·上海', 10.5)
        pdf.text(pdf.W - pdf.mr - 160, pdf.y, f'中国注册会计师：{cfg["cpa"][1]}', 10.5)
        pdf.y -= 30
        pdf.text(pdf.W - pdf.mr - 160, pdf.y, cfg['date'], 10.5)
        pdf.new_page('portrait')
        rev, prev_rev, profit = _company_statements(pdf, pkg)
        pdf.new_page('portrait')
        _income_statement(pdf, pkg, rev, prev_rev, profit)
        pdf.new_page('portrait')
        rd_quote = None
        rd_text = None
        if cfg.get('two_col_rd'):
            rd_quote = yuan(pkg.spec['rd'])
            rd_text = (f'2023年度本公司研发支出合计{yuan(round(float(co["fin"]["revenue"].replace(",", "")) * 0.092, 2))}元，'
                       f'其中{pkg.spec["declared_name"]}项目研发投入{rd_quote}元，均已计入当期损益。')
        cols = two_column_notes(pdf, pkg, dom, rd_text)
        if rd_quote:
            pg = next(p for para in cols for (p, ln) in para if rd_quote in ln)
            f.add('平台相关研发投入（万元）', rd_quote, '元', pkg.spec['rd'], file, pg, rd_quote, '项目研发投入',
                  '财务报表附注 四、研发支出')
        note_page = platform_note(pdf, pkg, file, f, cfg['unit'], cfg.get('note_kind', 'rotate90'),
                                  f'附表一：{pkg.spec["declared_name"]}业务专项说明', cfg['footnotes'],
                                  by_type=cfg.get('by_type'))
        refs['note'] = pdf.pages[note_page - 1].printed
        refs['note_phys'] = note_page
        if cfg.get('breakdown'):
            pdf.new_page('portrait')
            pdf.heading(f'附表二：{pkg.spec["declared_name"]}业务收入构成', 13, 'center')
            pdf.subline('', '单位：人民币万元')
            r23 = pkg.t['rev'][2023]
            r22 = pkg.t['rev'][2022]
            shares = cfg['breakdown']
            rows = [['收入类别', '2022年度', '2023年度', '2023年占比（%）']]
            acc22 = acc23 = 0.0
            for i, (name, (s22, s23)) in enumerate(shares.items()):
                if i < len(shares) - 1:
                    a22, a23 = round(r22 * s22, 2), round(r23 * s23, 2)
                else:
                    a22, a23 = round(r22 - acc22, 2), round(r23 - acc23, 2)
                acc22 += a22
                acc23 += a23
                rows.append([name, c2(a22), c2(a23), f2(a23 / r23 * 100)])
            rows.append(['合　　计', c2(r22), c2(r23), '100.00'])
            pages = pdf.table(rows, [190, 100, 100, 90], size=9.5, aligns=['left', 'right', 'right', 'right'],
                              bold_rows={len(rows) - 1}, x0=pdf.ml + 10)
            pdf.space(8)
            for fn in cfg.get('breakdown_notes', []):
                pdf.para(fn, 8.5, indent=0, leading=13)
            f.add('平台相关营业收入（万元）', c2(r23), '万元', r23, file, pages[-1], c2(r23), '合计', '2023年度')
            refs['breakdown'] = pdf.pages[pages[-1] - 1].printed
        if cfg.get('cert_page'):
            pdf.numbering(None)
            pdf.new_page('portrait', cover=True)
            img = _cert_image(cfg['firm'], pkg.seed)
            pdf.c.drawImage(scan_reader(img), 40, 60, pdf.W - 80, pdf.H - 120)
        return pdf, f

    data, pdf, f = two_pass(build)
    if cfg.get('scan'):
        sideways = {p.phys for p in pdf.pages if p.kind == 'landscape'}
        co_seal = scan.seal(cfg['firm'], 250, seed=pkg.seed + 11)
        seals = {5: [(0.24, 0.27, co_seal)]}
        data = rasterize_scan(data, pkg.seed + 100, seals=seals, sideways=sideways, bw_pages=set(cfg.get('bw', ())))
        for it in f.items:
            it['image_only'] = True
    facts.items.extend(f.items)
    refs['pages'] = len(pdf.pages)
    refs['body_total'] = sum(1 for p in pdf.pages if p.style == 'arabic' and p.number)
    return data, refs


def scan_reader(img):
    from reportlab.lib.utils import ImageReader
    b = io.BytesIO()
    img.convert('RGB').save(b, 'JPEG', quality=70)
    b.seek(0)
    return ImageReader(b)


def _cert_image(firm: str, seed: int) -> Image.Image:
    """A copy of the audit firm's practising certificate (drawn, then scanned)."""
    W, H = 1000, 1360
    im = Image.new('RGB', (W, H), (250, 247, 238))
    d = ImageDraw.Draw(im)
    d.rectangle([40, 40, W - 40, H - 40], outline=(160, 120, 60), width=10)
    d.text((W / 2 - 230, 150), '会计师事务所执业证书', font=scan.font(52), fill=(120, 30, 30))
    y = 320
    for k, val in [('名　　称', firm), ('首席合伙人', '林怀远'), ('经营场所', '上海市黄浦区中山南路100号18层'),
                   ('组织形式', '特殊普通合伙'), ('执业证书编号', '31000046'), ('批准执业文号', '沪财会〔2013〕71号'),
                   ('批准执业日期', '2013年11月20日')]:
        d.text((120, y), f'{k}：{val}', font=scan.font(30), fill=(30, 30, 30))
        y += 78
    d.text((120, H - 260), '说明：本复印件仅供出具审计报告使用，其他用途无效。', font=scan.font(24), fill=(60, 60, 60))
    im = scan.scanify(im, seed, skew=0.6, noise=8)
    scan.stamp(im, scan.seal(firm, 300, seed=seed + 5), 0.72, 0.8)
    return im


def rasterize_scan(pdf_bytes: bytes, seed: int, seals: dict | None = None, sideways: set = frozenset(),
                   dpi=100, bw_pages: set = frozenset(), half_seal_img=None) -> bytes:
    """Scan every page of a (text) PDF: image-only result. Landscape pages in `sideways` are captured turned by
    90° on a portrait sheet (no /Rotate)."""
    imgs = scan.rasterize(pdf_bytes, dpi)
    out = []
    sizes = []
    n = len(imgs)
    for i, im in enumerate(imgs):
        phys = i + 1
        im = scan.scanify(im, seed + i, bw=False)
        for (fx, fy, mark) in (seals or {}).get(phys, []):
            scan.stamp(im, mark, fx, fy)
        if half_seal_img is not None and n > 1:
            scan.half_seal(im, half_seal_img, 0.5, i % 4, 4)
        if phys in sideways:
            im = im.rotate(90, expand=True)
        if phys in bw_pages:
            im = im.convert('L').point(lambda v: 255 if v > 165 else 0).convert('1')
        out.append(im)
        sizes.append((595.28, 841.89) if im.height >= im.width else (841.89, 595.28))
    return scan.image_pdf(out, sizes)


# =============================================================================================== devices
def _landscape_scan_page(build_page, seed: int, seal_img=None, dpi=100) -> Image.Image:
    """Render one landscape page (text), scan it and turn it sideways (portrait-shaped raster)."""
    data = build_page()
    im = scan.rasterize(data, dpi)[0]
    im = scan.scanify(im, seed, skew=0.7)
    if seal_img is not None:
        scan.stamp(im, seal_img, 0.82, 0.8)
    return im.rotate(90, expand=True)


def device_pdf(pkg, dom, file: str, facts: Facts, cfg: dict) -> tuple[bytes, dict]:
    v = pkg.t
    variant = cfg['variant']
    total_pages = 3 if variant == 'A' else 2
    refs = {}
    header_l = cfg['header_left']
    header_r = cfg['header_right']
    wm = cfg.get('watermark')

    def furn():
        return Office(left=header_l, right=header_r, footer='page_of', watermark=wm, wm_mode=cfg.get('wm_mode', 'under'),
                      total_override=total_pages, footer_left=cfg.get('footer_left', ''))

    cats = list(v['dev_cat'])
    main_dev = cfg['main_devices']

    def cat_table(pdf, wide=False):
        if wide:
            rows = [['设备二级分类（附录A）', '主要设备类型', '接入数量（台/套）', '其中：公有云接入（台/套）',
                     '公有云日均运行（台/套）', '接入占比（%）']]
        else:
            rows = [['设备二级分类', '主要设备类型', '接入数量（台/套）', '其中：公有云接入（台/套）', '公有云日均运行（台/套）']]
        for k in cats:
            r = [k, main_dev.get(k, ''), ci(v['dev_cat'][k]), ci(v['dev_cat_public'][k]), ci(v['dev_cat_daily'][k])]
            if wide:
                r.append(f2(v['dev_cat'][k] / v['dev_total'] * 100))
            rows.append(r)
        tot = ['合计', '', ci(v['dev_total']), ci(v['dev_public']), ci(v['dev_daily'])]
        if wide:
            tot.append('100.00')
        rows.append(tot)
        if wide:
            widths = [130, 250, 90, 100, 100, 70]
        else:
            widths = [86, 150, 75, 80, 80]
        pages = pdf.table(rows, widths, size=9 if wide else 8.5, aligns=['left', 'left'] + ['right'] * (len(widths) - 2),
                          bold_rows={len(rows) - 1}, min_h=20)
        pg = pages[-1]
        facts.add('连接的工业设备/产品/产线种类及数量（台/套）', ci(v['dev_total']), '台/套', v['dev_total'], file, pg,
                  ci(v['dev_total']), '合计', '接入数量（台/套）')
        facts.add('公有云工业设备连接数量（台/套）', ci(v['dev_public']), '台/套', v['dev_public'], file, pg,
                  ci(v['dev_public']), '合计', '其中：公有云接入（台/套）')
        facts.add('公有云工业设备平均日运行数量（台/套）', ci(v['dev_daily']), '台/套', v['dev_daily'], file, pg,
                  ci(v['dev_daily']), '合计', '公有云日均运行（台/套）')
        return pg

    def region_wide(pdf):
        regs = list(v['dev_reg'])
        head = ['指标'] + [r if len(r) <= 4 else r.replace('Indonesia', '\nIndonesia').replace('Vietnam', '\nVietnam')
                           .replace('Saudi Arabia', '\nSaudi Arabia').replace('Kazakhstan', '\nKazakhstan')
                           .replace('Malaysia', '\nMalaysia').replace('Thailand', '\nThailand').replace('Brazil', '\nBrazil')
                           for r in regs] + ['合计']
        rows = [head,
                ['接入数量'] + [ci(v['dev_reg'][r]) for r in regs] + [ci(v['dev_total'])],
                ['公有云接入'] + [ci(v['dev_reg_public'][r]) for r in regs] + [ci(v['dev_public'])],
                ['公有云日均运行'] + [ci(v['dev_reg_daily'][r]) for r in regs] + [ci(v['dev_daily'])]]
        n = len(regs) + 1
        avail = pdf.W - pdf.ml - pdf.mr - 80
        widths = [80] + [avail / n] * n
        pdf.table(rows, widths, size=8 if n > 12 else 8.5, aligns=['left'] + ['right'] * n, min_h=24)

    def overseas_table(pdf):
        rows = [['序号', '国家/地区', '主要客户（家）', '主要设备类型', '接入数量（台/套）', '其中：公有云（台/套）']]
        for i, (k, n) in enumerate(v['overseas'].items()):
            rows.append([str(i + 1), k, str(cfg['overseas_clients'][i]), cfg['overseas_devices'][i], ci(n),
                         ci(v['dev_reg_public'][k])])
        rows.append(['', '海外合计', str(sum(cfg['overseas_clients'])), '', ci(v['overseas_total']),
                     ci(sum(v['dev_reg_public'][k] for k in v['overseas']))])
        pdf.table(rows, [40, 170, 90, 200, 110, 110], size=10, aligns=['center', 'left', 'right', 'left', 'right', 'right'],
                  bold_rows={len(rows) - 1}, min_h=26)

    def region_rows_table(pdf):
        rows = [['区域（附录F）', '接入数量（台/套）', '公有云接入（台/套）', '公有云日均运行（台/套）']]
        dom_regs = [r for r in v['dev_reg'] if r not in v['overseas']]
        for r in dom_regs:
            rows.append([r, ci(v['dev_reg'][r]), ci(v['dev_reg_public'][r]), ci(v['dev_reg_daily'][r])])
        for r in v['overseas']:
            rows.append([r, ci(v['dev_reg'][r]), ci(v['dev_reg_public'][r]), ci(v['dev_reg_daily'][r])])
        rows.append(['其中：海外小计', ci(v['overseas_total']), ci(sum(v['dev_reg_public'][k] for k in v['overseas'])),
                     ci(sum(v['dev_reg_daily'][k] for k in v['overseas']))])
        rows.append(['合计', ci(v['dev_total']), ci(v['dev_public']), ci(v['dev_daily'])])
        pdf.table(rows, [200, 150, 150, 150], size=9.5, aligns=['left', 'right', 'right', 'right'],
                  bold_rows={len(rows) - 1, len(rows) - 2}, min_h=19, x0=pdf.ml + 40)

    def stamp_line(pdf, y=None):
        pdf.text(pdf.W - pdf.mr, (y or pdf.y) - 30, f'{cfg["dept"]}　　编制：{cfg["preparer"]}　　审核：{cfg["reviewer"]}', 9.5,
                 'right')

    if variant == 'A':
        def sideways_page():
            p = Pdf(furn(), {}, title='')
            p.numbering('arabic', 3)
            p.new_page('landscape')
            p.heading(f'表3　海外设备接入明细（统计截止：{cfg["cutoff"]}）', 13, 'center')
            p.space(6)
            overseas_table(p)
            stamp_line(p)
            return p.save()

        def build(totals):
            f = Facts()
            pdf = Pdf(furn(), totals, title=cfg['title'])
            pdf.numbering('arabic', 1)
            pdf.new_page('portrait')
            pdf.heading(cfg['title'], 14, 'center')
            pdf.subline(center=f'统计截止日期：{cfg["cutoff"]}　　数据来源：平台设备管理中心', size=9.5)
            pdf.space(6)
            pdf.heading('表1　按设备二级分类统计', 11, gap_before=2)
            saved = facts.items
            facts.items = f.items
            pg = cat_table(pdf)
            facts.items = saved
            pdf.space(6)
            for n in cfg.get('notes1', []):
                pdf.para(n, 8.5, indent=0, leading=13)
            stamp_line(pdf)
            pdf.new_page('rotate90')
            pdf.heading(f'表2　按省市区域统计（统计截止：{cfg["cutoff"]}）', 12.5, 'center')
            pdf.subline('', '单位：台/套')
            region_wide(pdf)
            pdf.space(6)
            for n in cfg.get('notes2', []):
                pdf.para(n, 8.5, indent=0, leading=13)
            pdf.numbering(None)
            pdf.new_page('portrait', cover=True)
            img = _landscape_scan_page(sideways_page, pkg.seed + 31, scan.seal(cfg['seal_name'], 210, seed=pkg.seed + 32))
            pdf.c.drawImage(scan_reader(img), 0, 0, pdf.W, pdf.H)
            f.add('海外设备连接数量（台/套）', ci(v['overseas_total']), '台/套', v['overseas_total'], file, 3,
                  ci(v['overseas_total']), '海外合计', '接入数量（台/套）', image_only=True)
            return pdf, f
        data, pdf, f = two_pass(build)
        facts.items.extend(f.items)
        refs.update(cat='1', region='2', overseas='3')
        return data, refs

    # variant C: rotate90 category table, then a sideways-scanned region table
    def sideways_page():
        p = Pdf(furn(), {}, title='')
        p.numbering('arabic', 2)
        p.new_page('landscape')
        p.mt = 60
        p.y = p.H - p.mt
        p.heading(f'表2　接入设备按省市区域统计（统计截止：{cfg["cutoff"]}）', 12.5, 'center', gap_before=0)
        p.space(2)
        region_rows_table(p)
        return p.save()

    def build(totals):
        f = Facts()
        pdf = Pdf(furn(), totals, title=cfg['title'])
        pdf.numbering('arabic', 1)
        pdf.new_page('rotate90')
        pdf.heading(cfg['title'], 14, 'center')
        pdf.subline(center=f'表1　按设备二级分类统计　　统计截止日期：{cfg["cutoff"]}', size=9.5)
        pdf.space(4)
        saved = facts.items
        facts.items = f.items
        cat_table(pdf, wide=True)
        facts.items = saved
        pdf.space(6)
        for n in cfg.get('notes1', []):
            pdf.para(n, 8.5, indent=0, leading=13)
        stamp_line(pdf)
        pdf.numbering(None)
        pdf.new_page('portrait', cover=True)
        img = _landscape_scan_page(sideways_page, pkg.seed + 33, scan.seal(cfg['seal_name'], 200, seed=pkg.seed + 34))
        pdf.c.drawImage(scan_reader(img), 0, 0, pdf.W, pdf.H)
        f.add('海外设备连接数量（台/套）', ci(v['overseas_total']), '台/套', v['overseas_total'], file, 2,
              ci(v['overseas_total']), '其中：海外小计', '接入数量（台/套）', image_only=True)
        return pdf, f
    data, pdf, f = two_pass(build)
    facts.items.extend(f.items)
    refs.update(cat='1', region='2', overseas='2')
    return data, refs


def device_xlsx(pkg, dom, file: str, facts: Facts, cfg: dict) -> tuple[bytes, dict]:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    from .office import xlsx_bytes
    v = pkg.t
    wb = Workbook()
    thin = Side(style='thin')
    box = Border(left=thin, right=thin, top=thin, bottom=thin)

    def sheet(ws, title, head, rows, widths, landscape=False):
        ws.append([title])
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(head))
        ws['A1'].font = Font(bold=True, size=13)
        ws['A1'].alignment = Alignment(horizontal='center')
        ws.append([f'统计截止日期：{cfg["cutoff"]}'])
        ws.append(head)
        for r in rows:
            ws.append(r)
        for row in ws.iter_rows(min_row=3, max_row=ws.max_row):
            for c in row:
                c.border = box
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(65 + i)].width = w
        ws.oddHeader.left.text = cfg['header_left']
        ws.oddHeader.right.text = '2024年7月'
        ws.oddFooter.center.text = '第 &P 页 共 &N 页'
        if landscape:
            ws.page_setup.orientation = 'landscape'
        return ws

    ws = wb.active
    ws.title = '按设备分类'
    rows = [[k, v['dev_cat'][k], v['dev_cat_public'][k], v['dev_cat_daily'][k]] for k in v['dev_cat']]
    rows.append(['合计', v['dev_total'], v['dev_public'], v['dev_daily']])
    sheet(ws, cfg['title'] + '（按设备二级分类）', ['设备二级分类', '接入数量（台/套）', '其中：公有云接入（台/套）', '公有云日均运行（台/套）'],
          rows, [18, 18, 22, 22])
    facts.add('连接的工业设备/产品/产线种类及数量（台/套）', str(v['dev_total']), '台/套', v['dev_total'], file, 1,
              str(v['dev_total']), '合计', '接入数量（台/套）')
    facts.add('公有云工业设备连接数量（台/套）', str(v['dev_public']), '台/套', v['dev_public'], file, 1,
              str(v['dev_public']), '合计', '其中：公有云接入（台/套）')
    facts.add('公有云工业设备平均日运行数量（台/套）', str(v['dev_daily']), '台/套', v['dev_daily'], file, 1,
              str(v['dev_daily']), '合计', '公有云日均运行（台/套）')
    ws2 = wb.create_sheet('按区域')
    regs = list(v['dev_reg'])
    head = ['指标'] + regs + ['合计']
    rows = [['接入数量'] + [v['dev_reg'][r] for r in regs] + [v['dev_total']],
            ['公有云接入'] + [v['dev_reg_public'][r] for r in regs] + [v['dev_public']],
            ['公有云日均运行'] + [v['dev_reg_daily'][r] for r in regs] + [v['dev_daily']]]
    sheet(ws2, cfg['title'] + '（按省市区域，横向打印）', head, rows, [14] + [11] * (len(regs) + 1), landscape=True)
    ws3 = wb.create_sheet('海外明细')
    rows = [[i + 1, k, n] for i, (k, n) in enumerate(v['overseas'].items())]
    rows.append(['', '海外合计', v['overseas_total']])
    sheet(ws3, '海外设备接入明细', ['序号', '国家', '接入数量（台/套）'], rows, [8, 26, 18])
    facts.add('海外设备连接数量（台/套）', str(v['overseas_total']), '台/套', v['overseas_total'], file, 3,
              str(v['overseas_total']), '海外合计', '接入数量（台/套）')
    return xlsx_bytes(wb), {'cat': '“按设备分类”表', 'region': '“按区域”表', 'overseas': '“海外明细”表'}


# =============================================================================================== IP list
def ip_items(pkg, dom, n_pat: int, n_sw: int):
    rnd = random.Random(pkg.seed + 7)
    subj = dom['ip_subjects']
    tech = ['边缘计算', '数字孪生', '深度学习', '多源数据融合', '机理模型', '知识图谱', '时序数据', '物联网']
    obj = ['智能控制', '故障诊断', '能效评估', '远程运维', '状态监测', '优化调度', '预测', '数据采集']
    pats = []
    seen = set()
    while len(pats) < n_pat:
        s, t, o = rnd.choice(subj), rnd.choice(tech), rnd.choice(obj)
        kind = rnd.choice(['发明专利', '发明专利', '实用新型'])
        name = f'一种基于{t}的{s}{o}方法' if kind == '发明专利' else f'一种{s}{o}装置'
        if name in seen:
            continue
        seen.add(name)
        year = rnd.choice([2019, 2020, 2021, 2022, 2023])
        no = f'ZL{year}{1 if kind == "发明专利" else 2}{rnd.randrange(1000000, 9999999)}.{rnd.randrange(10)}'
        gy = min(year + (rnd.choice([1, 2]) if kind == '发明专利' else 1), 2024)
        date = f'{gy}-{rnd.randrange(1, 6 if gy == 2024 else 13):02d}-{rnd.randrange(1, 29):02d}'
        pats.append((name, kind, no, date))
    sws = []
    seen = set()
    while len(sws) < n_sw:
        s, o = rnd.choice(subj), rnd.choice(obj)
        name = f'{pkg.spec["brand"]}{s}{o}系统V{rnd.randrange(1, 4)}.0' if rnd.random() < 0.5 else f'{s}{o}软件V{rnd.randrange(1, 3)}.0'
        if name in seen:
            continue
        seen.add(name)
        year = rnd.choice([2019, 2020, 2021, 2022, 2023])
        sws.append((name, f'{year}SR{rnd.randrange(100000, 1999999):07d}', f'{year}-{rnd.randrange(1, 13):02d}-{rnd.randrange(1, 29):02d}'))
    pats.sort(key=lambda p: p[3])
    sws.sort(key=lambda p: p[2])
    return pats, sws


def ip_pdf(pkg, dom, file: str, facts: Facts, cfg: dict) -> tuple[bytes, dict]:
    co = pkg.spec['company']['name']
    n_pat, n_sw = len(pkg.spec['patent_list']), len(pkg.spec['copyright_list'])
    pats, sws = ip_items(pkg, dom, n_pat, n_sw)
    refs = {}
    order = cfg.get('order', ['pat', 'sw'])
    num = {k: i + 1 for i, k in enumerate(order + (['award'] if cfg.get('awards') else []))}

    def build(totals):
        f = Facts()
        furn = Office(left=co, right=cfg['header_right'], footer=cfg.get('footer', 'page_of'),
                      watermark=cfg.get('watermark'), wm_mode=cfg.get('wm_mode', 'over'))
        pdf = Pdf(furn, totals, title=cfg['title'])
        pdf.numbering(cfg.get('front', 'roman'), 1)
        pdf.new_page('portrait')
        pdf.heading(cfg['title'], 16, 'center', gap_before=30, gap_after=30)
        pdf.heading('目　　录', 13, 'center', gap_after=12)
        toc = {'pat': f'表{num["pat"]}　专利清单', 'sw': f'表{num["sw"]}　计算机软件著作权清单', 'award': f'表{num.get("award")}　获奖情况'}
        for k in order + (['award'] if cfg.get('awards') else []):
            pdf.y -= 22
            pdf.text(pdf.ml + 40, pdf.y, toc[k], 11)
        pdf.y -= 22
        pdf.text(pdf.ml + 40, pdf.y, '附：证书复印件（另册装订）', 11)
        pdf.new_page('portrait')
        pdf.heading('编制说明', 13, 'center', gap_before=10)
        pdf.para(f'1. 本清单所列专利及计算机软件著作权的权利人均为{co}，均与{pkg.spec["declared_name"]}的核心软硬件技术相关。')
        pdf.para('2. 统计截止日期为2024年6月30日；已失效、已转让及申请中的专利不列入本清单。')
        pdf.para('3. 清单正文自本说明后起编页码；证书复印件另册装订，不编入本清单页码。')
        pdf.numbering('arabic', 1)
        pdf.new_page('portrait')
        for k in order:
            if k == 'pat':
                title = f'表{num["pat"]}　专利清单（共{n_pat}项）'
                pg = pdf.heading(title, 11.5, gap_before=4)
                rows = [['序号', '专利名称', '类型', '专利号', '授权公告日', '专利权人']]
                for i, (name, kind, no, date) in enumerate(pats):
                    rows.append([str(i + 1), name, kind, no, date, cfg.get('holder_short', co)])
                pdf.table(rows, [30, 170, 50, 100, 64, 57], size=8, aligns=['center', 'left', 'center', 'left', 'center', 'left'],
                          cont_title=f'表{num["pat"]}（续）')
                pdf.space(4)
                pdf.need(20)
                pdf.y -= 14
                pdf.text(pdf.W - pdf.mr, pdf.y, f'合计：{n_pat}项', 10, 'right')
                f.add('平台核心软硬件技术获得的专利数量（项）', str(n_pat), '项', n_pat, file, pg, f'专利清单（共{n_pat}项）',
                      '专利清单')
                refs['pat'] = pdf.pages[pg - 1].printed
            else:
                pdf.space(10)
                title = f'表{num["sw"]}　计算机软件著作权清单（共{n_sw}项）'
                pg = pdf.heading(title, 11.5, gap_before=4)
                rows = [['序号', '软件名称', '登记号', '登记日期', '著作权人']]
                for i, (name, no, date) in enumerate(sws):
                    rows.append([str(i + 1), name, no, date, cfg.get('holder_short', co)])
                pdf.table(rows, [30, 210, 90, 70, 71], size=8, aligns=['center', 'left', 'left', 'center', 'left'],
                          cont_title=f'表{num["sw"]}（续）')
                pdf.need(20)
                pdf.y -= 14
                pdf.text(pdf.W - pdf.mr, pdf.y, f'合计：{n_sw}项', 10, 'right')
                f.add('平台核心软硬件技术获得的软著数量（个）', str(n_sw), '项', n_sw, file, pg,
                      f'计算机软件著作权清单（共{n_sw}项）', '计算机软件著作权清单')
                refs['sw'] = pdf.pages[pg - 1].printed
        if cfg.get('awards'):
            aw = pkg.spec['award_list']
            pdf.space(10)
            pg = pdf.heading(f'表{num["award"]}　获奖情况（省部级及以上，共{len(aw)}项）', 11.5, gap_before=4)
            rows = [['序号', '奖项/荣誉名称', '获得时间', '颁发单位']]
            for i, (name, yr, org) in enumerate(aw):
                rows.append([str(i + 1), name, yr, org])
            pdf.table(rows, [30, 230, 60, 151], size=8.5, aligns=['center', 'left', 'center', 'left'])
            f.add('平台获得省部级及以上奖项/荣誉数量（个）', str(len(aw)), '项', len(aw), file, pg,
                  f'获奖情况（省部级及以上，共{len(aw)}项）', '获奖情况')
            refs['award'] = pdf.pages[pg - 1].printed
        return pdf, f

    data, pdf, f = two_pass(build)
    facts.items.extend(f.items)
    refs['body_total'] = sum(1 for p in pdf.pages if p.style == 'arabic')
    return data, refs


# =============================================================================================== dashboards
def dashboard(title: str, url: str, stamp: str, cards: list[tuple[str, str]], seed: int, size=(1600, 1000),
              subtitle='运营总览', chart='近12个月活跃设备趋势（台/套）') -> Image.Image:
    rnd = random.Random(seed)
    W, H = size
    im = Image.new('RGB', (W, H), (12, 27, 52))
    d = ImageDraw.Draw(im)
    # browser chrome
    d.rectangle([0, 0, W, 56], fill=(232, 234, 237))
    d.rounded_rectangle([120, 12, W - 260, 44], 14, fill=(255, 255, 255))
    d.text((140, 16), url, font=scan.font(20), fill=(60, 60, 60))
    d.text((W - 240, 16), stamp, font=scan.font(20), fill=(60, 60, 60))
    for i, c in enumerate([(235, 90, 80), (245, 190, 60), (90, 190, 90)]):
        d.ellipse([20 + i * 28, 20, 38 + i * 28, 38], fill=c)
    d.text((40, 80), title, font=scan.font(40), fill=(235, 240, 250))
    d.text((40, 134), subtitle, font=scan.font(24), fill=(140, 170, 210))
    d.text((W - 420, 92), f'数据刷新：{stamp}', font=scan.font(22), fill=(140, 170, 210))
    cols = 4
    cw = (W - 80 - (cols - 1) * 24) // cols
    ch = 170
    y0 = 190
    for i, (cap, val) in enumerate(cards):
        r, c = divmod(i, cols)
        x = 40 + c * (cw + 24)
        y = y0 + r * (ch + 24)
        d.rounded_rectangle([x, y, x + cw, y + ch], 12, fill=(22, 48, 86), outline=(60, 120, 190), width=2)
        d.text((x + 22, y + 18), cap, font=scan.font(26), fill=(160, 190, 230))
        d.text((x + 22, y + 66), val, font=scan.font(58), fill=(90, 220, 255))
    # a small trend chart with axis numbers (furniture)
    rows = (len(cards) + cols - 1) // cols
    top = y0 + rows * (ch + 24) + 10
    if top < H - 160:
        d.rounded_rectangle([40, top, W - 40, H - 30], 12, fill=(18, 38, 70))
        d.text((60, top + 12), chart, font=scan.font(22), fill=(160, 190, 230))
        base = H - 70
        pts = []
        for k in range(12):
            x = 120 + k * (W - 240) // 11
            y = base - int((0.35 + 0.05 * k + rnd.uniform(-0.04, 0.04)) * (base - top - 60))
            pts.append((x, y))
            d.text((x - 14, base + 8), f'{k + 1}月', font=scan.font(16), fill=(120, 150, 190))
        d.line(pts, fill=(90, 220, 255), width=4)
    return im


def screens_pdf(pages: list[Image.Image], seed: int) -> bytes:
    out = []
    for i, im in enumerate(pages):
        out.append(im)
    return scan.image_pdf(out, [(841.89, 841.89 * im.height / im.width) for im in out], quality=80)


# =============================================================================================== awards
def awards_xlsx(pkg, file: str, facts: Facts) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    from .office import xlsx_bytes
    wb = Workbook()
    ws = wb.active
    ws.title = '荣誉清单'
    ws.append([f'{pkg.spec["declared_name"]} 省部级及以上获奖荣誉清单'])
    ws['A1'].font = Font(bold=True, size=13)
    ws.append(['序号', '奖项/荣誉名称', '获得时间', '颁发单位', '证书编号'])
    rnd = random.Random(pkg.seed + 9)
    aw = pkg.spec['award_list']
    for i, (name, yr, org) in enumerate(aw):
        ws.append([i + 1, name, yr, org, f'{yr[:4]}-{rnd.randrange(100, 999)}'])
    ws.append(['', f'合计：{len(aw)}项'])
    for col, w in zip('ABCDE', (6, 40, 10, 30, 14)):
        ws.column_dimensions[col].width = w
    ws.oddFooter.center.text = '第 &P 页 共 &N 页'
    ws.oddHeader.right.text = '2024年7月'
    facts.add('平台获得省部级及以上奖项/荣誉数量（个）', str(len(aw)), '项', len(aw), file, 1, f'合计：{len(aw)}项', '合计')
    return xlsx_bytes(wb)


def certificate_image(name: str, org: str, year: str, company: str, seed: int) -> Image.Image:
    W, H = 1400, 1000
    im = Image.new('RGB', (W, H), (252, 248, 236))
    d = ImageDraw.Draw(im)
    d.rectangle([30, 30, W - 30, H - 30], outline=(190, 150, 70), width=14)
    d.rectangle([60, 60, W - 60, H - 60], outline=(190, 150, 70), width=3)
    d.text((W / 2 - 150, 120), '荣 誉 证 书', font=scan.font(64), fill=(170, 30, 30))
    d.text((160, 300), f'{company}：', font=scan.font(34), fill=(40, 40, 40))
    for i, ln in enumerate(wrap_text(f'贵单位申报的项目被评为“{name}”，特发此证，以资鼓励。', 30)):
        d.text((220, 380 + i * 60), ln, font=scan.font(34), fill=(40, 40, 40))
    d.text((W - 520, H - 250), org, font=scan.font(30), fill=(40, 40, 40))
    d.text((W - 420, H - 190), f'{year}', font=scan.font(30), fill=(40, 40, 40))
    im = scan.scanify(im, seed, noise=8)
    scan.stamp(im, scan.seal(org[:14], 280, seed=seed + 1), 0.72, 0.72)
    return im


def wrap_text(s: str, n: int) -> list[str]:
    return [s[i:i + n] for i in range(0, len(s), n)]
