"""The applicant's own documents: 申报表 (DOCX/XLSX/stamped scan), 申报书 (line-numbered PDF or DOCX),
附件4 汇总表 (XLSX), 承诺 (stamped scan), 附件1 联系人表 (DOCX)."""
from __future__ import annotations

from . import scan
from .evidence import rasterize_scan
from .furniture import Office
from .model import c2, f2
from .notice import CHAPTERS, FORM_ROWS, SUMMARY_HINTS, SUMMARY_LABELS
from .office import Docx, xlsx_bytes
from .pdfkit import Pdf, two_pass

TICK, BOX = '☑', '□'


# ------------------------------------------------------------------------------------------------ data
def form_texts(pkg, dom) -> dict[str, str]:
    t = {
        '平台定位是否明确': dom['position'],
        '是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势': '\n'.join(f'{i + 1}.{p}' for i, p in enumerate(dom['policies'])),
        '平台是否被纳入企业战略规划中': f'是，已纳入{dom["strategy"]}',
        '是否制定了平台专项规划': f'是，{dom["special_plan"]}',
        '其他资源汇聚情况': dom['other_resources'],
        '边缘数据处理能力': dom['edge'] + ('\n' + dom['private_note'] if dom.get('private_note') else ''),
        '其他数据采集能力': dom['other_collect'],
        '是否支持可拓展云计算能力': '是',
        '云化服务器算力': dom['compute'],
        '数据基础管理能力': dom['data_mgmt'],
        '是否提供通用建模分析算法': '是',
        '智能分析算法类型': dom['algos'],
        '是否建立开发者社区及相关功能': '是',
        '平台支持开发语言类型': f'共{len(dom["langs"])}种：' + '、'.join(dom['langs']),
        '平台应用开发框架': dom['framework'],
        '平台应用开发工具': dom['tools'],
        '是否针对平台制定了安全管理相关制度': '是，' + '；'.join(f'{n}（{c}，{d}）' for n, c, d in dom['sec_docs']),
        '建立的安全制度保护了平台的哪些方面': dom['sec_aspects'],
        '有否定期开展第三方安全测试/测评': dom['third_party'],
        '有否定期进行安全扫描': dom['scan'],
        '采用何种安全技术情况': dom['sec_tech'],
        '核心数据安全保护手段': dom['backup'],
        '企业已上市或已获得VC/PE投资': dom['listed'],
        '关键技术自主可控': dom['key_tech'],
        '解决方案累计对企业/用户新增效益': dom['benefit_add'],
        '解决方案累计对企业/用户降低成本': dom['benefit_cost'],
        '平台数据价值挖掘应用能力': dom['data_value'],
        '工业互联网平台+供应链协同应用情况': dom['supply_chain'],
        '平台有否与新技术的融合应用': dom['newtech'],
        '平台是否有自研形成的核心技术突破': dom['breakthrough'],
        '平台是否具备碳管理服务能力': dom['carbon'],
        '平台是否融合使用国家标识解析系统': dom['idres'],
        '平台牵头/参与标准制定情况（国家标准、行业标准）': dom['standards'],
        '平台对关键行业/领域、本市及其他重点区域等贡献及支撑': dom['contribution'],
        '是否建立供应链产业链开放共享机制': dom['open_mech'],
        '平台开放共享数据的形式及数量': dom['open_data'],
        '跨平台调用功能建设情况': dom['cross_platform'],
        '新产业、新模式培育情况': dom['new_models'],
    }
    return t


def all_cells(pkg, dom) -> dict[str, str]:
    cells = pkg.cells(form_texts(pkg, dom))
    missing = [r[3] for r in FORM_ROWS if r[3] not in cells]
    assert not missing, missing
    return cells


def basics(pkg, dom) -> dict:
    s = pkg.spec
    co = s['company']
    b = {
        '序号': (str(s['list_no']), s['list_no']),
        '企业名称': (co['name'], co['name']),
        '平台名称': (s['declared_name'], s['declared_name']),
        '平台性质': (s['nature'], s['nature']),
        '联系人姓名': (co['contact'], co['contact']),
        '联系人手机号': (co['phone'], co['phone']),
        '联系人电子邮箱': (co['email'], co['email']),
        '评审会现场地址信息': (s['review_addr'], s['review_addr']),
        '平台网址': (s['url'], s['url']),
        '建设时间': (f'{s["build"][0]}-{s["build"][1]}', f'{s["build"][0]}-{s["build"][1]}'),
        '平台建设金额（万元）': (f2(s['build_amount']), s['build_amount']),
        '平台建设方式': (('合作共建，' + s['partner']) if s['build_mode'] == '合作共建' else '自建',) * 2,
        '平台运营模式': (s['op_mode'], s['op_mode']),
        '部署方式': ('、'.join(s['deploy']), '、'.join(s['deploy'])),
    }
    return b


def ym(s: str) -> str:
    y, m = s.split('.')
    return f'{y}年{int(m)}月'


def part2_rows(pkg, dom) -> list[tuple[str, str]]:
    s = pkg.spec
    v = pkg.decl
    g = v['growth']
    r = v['rev']
    bm = s['build_mode']
    build = (f'{TICK if bm == "自建" else BOX} 自建　{TICK if bm == "合作共建" else BOX} 合作共建，合作企业名称（必填）：'
             + (s.get('partner', '') if bm == '合作共建' else '＿＿＿＿'))
    op = '　'.join(f'{TICK if s["op_mode"] == m else BOX} {m}' for m in ('自运营', '联合运营', '委托运营'))
    iaas_kind, vendor = s['iaas']
    iaas = (f'{TICK if iaas_kind == "自建" else BOX} 自建　{TICK if iaas_kind == "租用" else BOX} 租用，服务商名称（必填）：'
            + (vendor if iaas_kind == '租用' else '＿＿＿＿'))
    dep = '　'.join(f'{TICK if m in s["deploy"] else BOX} {m}' for m in ('边缘侧', '私有云', '公有云', '混合云'))
    dep += f'　{BOX} 其他部署方式，请填写（必填）：＿＿＿＿'
    return [
        ('平台名称', s['declared_name']),
        ('建设时间', f'{ym(s["build"][0])}至{ym(s["build"][1])}'),
        ('平台建设金额（万元）', f2(s['build_amount'])),
        ('平台近三年经营指标情况', '\n'.join(f'{y}年平台营收{f2(r[y])}万元/增长率{f2(g[y])}%' for y in (2021, 2022, 2023))
         + '\n注：此处数据需将平台相关收益单列，而非整个公司的财务数据。'),
        ('平台建设方式', build),
        ('平台运营模式', op),
        ('IaaS基础设施', iaas),
        ('部署方式', dep),
        ('平台网址', f'{s["url"]}\n评审账号：{s["account"]}　密码：{s["password"]}'),
        ('平台基本情况介绍', dom['intro']),
        ('平台建设成效', dom['effect']),
    ]


def part1_rows(pkg):
    co = pkg.spec['company']
    fin = co['fin']
    return co, fin


# ------------------------------------------------------------------------------------------------ 申报表 DOCX
def form_docx(pkg, dom, proofs: dict, cfg: dict) -> bytes:
    s = pkg.spec
    co = s['company']
    fin = co['fin']
    d = Docx(header=cfg.get('header', '2024年度上海市工业互联网平台应用水平评价申报表'), footer=cfg.get('footer', 'page_of'))
    d.p('附件2', size=12, bold=True, indent=False)
    for _ in range(3):
        d.p('', indent=False)
    d.h('上海市工业互联网平台应用水平评价', 0)
    d.h('申报表', 0)
    for _ in range(3):
        d.p('', indent=False)
    for k, val in [('申报年度', '2024年度'), ('平台名称', s['declared_name']), ('申报单位', co['name'] + '（公章）'),
                   ('联 系 人', co['contact']), ('联系人电话', co['phone'])]:
        d.p(f'{k}：{val}', size=14, indent=False, align=None)
    for _ in range(4):
        d.p('', indent=False)
    d.p('上海市经济和信息化委员会制', size=14, align='center')
    d.p(cfg.get('date', '2024年7月18日'), size=14, align='center')
    d.pagebreak()
    d.h('一、企业基本情况', 1)
    rows = [
        ['单位（企业）名称', co['name'], '单位（企业）代码', co['code']],
        ['成立日期', co['founded'], '注册地及所在行政区', f'{co["addr"]}（{co["district"]}）'],
        ['企业类型', co['type'], '注册资本（万元）', co['capital']],
        ['主营业务', co['business'], '', ''],
        ['法定代表人', co['legal'], '联系人／职务', f'{co["contact"]}／{co["title"]}'],
        ['联系人手机', co['phone'], '传真／电子邮箱', f'{co["fax"]}／{co["email"]}'],
    ]
    d.table(rows, [3.2, 5.6, 3.4, 4.4], size=9.5, header_rows=0, merges=[(3, 1, 3, 3)])
    rows = [['股权结构：发起人及出资信息', '金额（万元）', '持股比例']] + [list(e) for e in co['equity']]
    d.table(rows, [8.6, 4.0, 4.0], size=9.5)
    rows = [['申报单位上一年度经营状况（2023年）', '', '', '', '', ''],
            ['总资产（万元）', '主营业务收入（万元）', '主营业务收入增长率（%）', '负债率（%）', '利润总额（万元）', '税金（万元）'],
            [fin['assets'], fin['revenue'], fin['growth'], fin['debt'], fin['profit'], fin['tax']]]
    d.table(rows, [2.8] * 6, size=9, header_rows=2, merges=[(0, 0, 0, 5)])
    d.h('二、平台基本情况', 1)
    p2 = part2_rows(pkg, dom)
    rows = [[k, v] for k, v in p2]
    d.table(rows, [3.6, 13.0], size=9.5, header_rows=0)
    d.pagebreak()
    d.h('三、上海市工业互联网平台应用水平评价指标明细表', 1)
    d.p('（请依据此表后附的填报指引填写！）', size=9, align='center')
    cells = all_cells(pkg, dom)
    head = ['一级指标', '二级指标', '三级指标', '内容', '平台实际情况', '证明资料']
    rows = [head]
    merges = []
    prev = [None, None, None]
    start = [1, 1, 1]
    for i, (l1, l2, l3, content) in enumerate(FORM_ROWS):
        ri = i + 1
        row = []
        for j, lv in enumerate((l1, l2, l3)):
            if lv != prev[j]:
                if prev[j] is not None and ri - 1 > start[j]:
                    merges.append((start[j], j, ri - 1, j))
                start[j] = ri
                prev[j] = lv
                row.append(lv)
            else:
                row.append('')
        row += [content, cells[content], proofs.get(content, '')]
        rows.append(row)
    n = len(FORM_ROWS)
    for j in range(3):
        if n > start[j]:
            merges.append((start[j], j, n, j))
    d.table(rows, [1.5, 1.6, 1.8, 3.6, 5.6, 2.8], size=8, merges=merges)
    d.p('注：证明资料页码为各附件所印页码。', size=9, indent=False)
    return d.bytes()


# ------------------------------------------------------------------------------------------------ 申报表 XLSX
def form_xlsx(pkg, dom, proofs: dict, cfg: dict) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    s = pkg.spec
    co = s['company']
    fin = co['fin']
    thin = Side(style='thin')
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical='center')
    wb = Workbook()
    ws = wb.active
    ws.title = '封面'
    ws['A2'] = '上海市工业互联网平台应用水平评价'
    ws['A3'] = '申报表'
    for c in ('A2', 'A3'):
        ws[c].font = Font(bold=True, size=18)
    for i, (k, val) in enumerate([('申报年度', '2024年度'), ('平台名称', s['declared_name']), ('申报单位', co['name'] + '（公章）'),
                                  ('联 系 人', co['contact']), ('联系人电话', co['phone'])]):
        ws.cell(row=6 + i, column=1, value=k + '：')
        ws.cell(row=6 + i, column=2, value=val)
    ws['A13'] = '上海市经济和信息化委员会制'
    ws['A14'] = cfg.get('date', '2024年7月18日')
    ws.column_dimensions['A'].width = 16
    ws.column_dimensions['B'].width = 50

    def header_footer(w):
        w.oddHeader.center.text = '2024年度上海市工业互联网平台应用水平评价申报表'
        w.oddFooter.center.text = '第 &P 页 共 &N 页'
        w.oddFooter.right.text = co['name']

    header_footer(ws)
    ws = wb.create_sheet('一、企业基本情况')
    rows = [['单位（企业）名称', co['name'], '单位（企业）代码', co['code']],
            ['成立日期', co['founded'], '注册地及所在行政区', f'{co["addr"]}（{co["district"]}）'],
            ['企业类型', co['type'], '注册资本（万元）', co['capital']],
            ['主营业务', co['business'], '', ''],
            ['法定代表人', co['legal'], '联系人／职务', f'{co["contact"]}／{co["title"]}'],
            ['联系人手机', co['phone'], '传真／电子邮箱', f'{co["fax"]}／{co["email"]}'],
            ['股权结构：发起人及出资信息', '金额（万元）', '持股比例', '']] + [list(e) + [''] for e in co['equity']] + [
            ['申报单位上一年度经营状况（2023年）', '', '', ''],
            ['总资产（万元）', fin['assets'], '主营业务收入（万元）', fin['revenue']],
            ['主营业务收入增长率（%）', fin['growth'], '负债率（%）', fin['debt']],
            ['利润总额（万元）', fin['profit'], '税金（万元）', fin['tax']]]
    for r in rows:
        ws.append(r)
    ws.merge_cells('B4:D4')
    for w, col in zip((24, 40, 22, 40), 'ABCD'):
        ws.column_dimensions[col].width = w
    for row in ws.iter_rows():
        for c in row:
            c.border = box
            c.alignment = wrap
    header_footer(ws)
    ws = wb.create_sheet('二、平台基本情况')
    for k, val in part2_rows(pkg, dom):
        ws.append([k, val])
    ws.column_dimensions['A'].width = 22
    ws.column_dimensions['B'].width = 100
    for row in ws.iter_rows():
        for c in row:
            c.border = box
            c.alignment = wrap
    header_footer(ws)
    ws = wb.create_sheet('三、指标明细表')
    ws.append(['一级指标', '二级指标', '三级指标', '内容', '平台实际情况', '证明资料'])
    cells = all_cells(pkg, dom)
    prev = [None, None, None]
    start = [2, 2, 2]
    for i, (l1, l2, l3, content) in enumerate(FORM_ROWS):
        ri = i + 2
        row = []
        for j, lv in enumerate((l1, l2, l3)):
            if lv != prev[j]:
                if prev[j] is not None and ri - 1 > start[j]:
                    ws.merge_cells(start_row=start[j], start_column=j + 1, end_row=ri - 1, end_column=j + 1)
                start[j] = ri
                prev[j] = lv
                row.append(lv)
            else:
                row.append(None)
        row += [content, cells[content], proofs.get(content, '')]
        ws.append(row)
    last = len(FORM_ROWS) + 1
    for j in range(3):
        if last > start[j]:
            ws.merge_cells(start_row=start[j], start_column=j + 1, end_row=last, end_column=j + 1)
    for w, col in zip((12, 14, 16, 34, 60, 26), 'ABCDEF'):
        ws.column_dimensions[col].width = w
    for row in ws.iter_rows():
        for c in row:
            c.border = box
            c.alignment = wrap
    ws.freeze_panes = 'E2'
    ws.print_title_rows = '1:1'
    header_footer(ws)
    return xlsx_bytes(wb)


# ------------------------------------------------------------------------------------------------ 申报表 scan
def form_scan(pkg, dom, proofs: dict, cfg: dict) -> bytes:
    s = pkg.spec
    co = s['company']
    fin = co['fin']
    cells = all_cells(pkg, dom)

    def build(totals):
        pdf = Pdf(Office(footer='page_of', right='2024年度上海市工业互联网平台应用水平评价申报表', header_rule=False), totals)
        pdf.numbering(None)
        pdf.new_page('portrait', cover=True)
        pdf.text(pdf.ml, pdf.H - 80, '附件2', 12)
        pdf.y = pdf.H - 220
        pdf.bold(pdf.W / 2, pdf.y, '上海市工业互联网平台应用水平评价', 22, 'center')
        pdf.y -= 44
        pdf.bold(pdf.W / 2, pdf.y, '申报表', 26, 'center')
        pdf.y -= 90
        for k, val in [('申报年度', '2024年度'), ('平台名称', s['declared_name']), ('申报单位', co['name'] + '（公章）'),
                       ('联 系 人', co['contact']), ('联系人电话', co['phone'])]:
            pdf.text(pdf.ml + 40, pdf.y, f'{k}：{val}', 13)
            pdf.y -= 36
        pdf.text(pdf.W / 2, 150, '上海市经济和信息化委员会制', 13, 'center')
        pdf.text(pdf.W / 2, 124, cfg.get('date', '2024年7月18日'), 13, 'center')
        pdf.numbering('arabic', 1)
        pdf.new_page('portrait')
        pdf.heading('一、企业基本情况', 13)
        rows = [['单位（企业）名称', co['name'], '单位（企业）代码', co['code']],
                ['成立日期', co['founded'], '注册地及所在行政区', f'{co["addr"]}（{co["district"]}）'],
                ['企业类型', co['type'], '注册资本（万元）', co['capital']],
                ['主营业务', co['business'], '', ''],
                ['法定代表人', co['legal'], '联系人／职务', f'{co["contact"]}／{co["title"]}'],
                ['联系人手机', co['phone'], '传真／电子邮箱', f'{co["fax"]}／{co["email"]}']]
        pdf.table(rows, [90, 150, 90, 141], 9, header_rows=0)
        pdf.space(6)
        pdf.table([['股权结构：发起人及出资信息', '金额（万元）', '持股比例']] + [list(e) for e in co['equity']], [271, 100, 100], 9)
        pdf.space(6)
        pdf.table([['总资产（万元）', '主营业务收入（万元）', '主营业务收入增长率（%）', '负债率（%）', '利润总额（万元）', '税金（万元）'],
                   [fin['assets'], fin['revenue'], fin['growth'], fin['debt'], fin['profit'], fin['tax']]], [78.5] * 6, 8.5)
        pdf.heading('二、平台基本情况', 13)
        pdf.table([[k, v.replace(TICK, '■')] for k, v in part2_rows(pkg, dom)], [100, 371], 9, header_rows=0)
        pdf.new_page('portrait')
        pdf.heading('三、上海市工业互联网平台应用水平评价指标明细表', 12.5, 'center')
        rows = [['一级指标', '二级指标', '三级指标', '内容', '平台实际情况', '证明资料']]
        prev = [None, None, None]
        for l1, l2, l3, content in FORM_ROWS:
            row = []
            for j, lv in enumerate((l1, l2, l3)):
                row.append(lv if lv != prev[j] else '')
                prev[j] = lv
            rows.append(row + [content, cells[content], proofs.get(content, '')])
        pdf.table(rows, [46, 50, 56, 92, 157, 70], 7.5, leading=10)
        pdf.space(40)
        pdf.need(120)
        pdf.text(pdf.W - pdf.mr - 200, pdf.y, f'申报单位（盖章）：{co["name"]}', 10.5)
        pdf.y -= 26
        pdf.text(pdf.W - pdf.mr - 200, pdf.y, f'日期：{cfg.get("date", "2024年7月18日")}', 10.5)
        return pdf, pdf.y

    data, pdf, last_y = two_pass(build)
    n = len(pdf.pages)
    seal = scan.seal(co['name'], 250, seed=pkg.seed + 41)
    seals = {1: [(0.62, 0.56, seal)], n: [(0.7, 1 - (last_y + 20) / 842, seal)]}
    return rasterize_scan(data, pkg.seed + 200, seals=seals, half_seal_img=seal, dpi=cfg.get('dpi', 100))


# ------------------------------------------------------------------------------------------------ 申报书
def _top(d: dict, n: int, unit: str) -> str:
    items = sorted(d.items(), key=lambda kv: -kv[1])[:n]
    return '、'.join(f'{k}{v}{unit}' for k, v in items)


def narrative(pkg, dom, attach_list: list[tuple[str, str]]) -> list[tuple]:
    """Blocks of the 申报书: ('h1'|'h2'|'p', text) and ('table', rows, widths_rel, caption)."""
    s = pkg.spec
    v = pkg.decl
    co = s['company']
    fin = co['fin']
    r = v['rev']
    name = s['declared_name']
    brand = s['brand']
    B = []
    B.append(('h1', CHAPTERS[0]))
    B.append(('h2', '（一）申报单位情况'))
    B.append(('p', f'{co["name"]}成立于{co["founded"]}，注册资本{co["capital"]}万元，注册地位于{co["district"]}，企业类型为{co["type"]}，'
                   f'主要从事{co["business"]}。2023年度公司实现主营业务收入{fin["revenue"]}万元，同比增长{fin["growth"]}%，'
                   f'利润总额{fin["profit"]}万元，年末总资产{fin["assets"]}万元，资产负债率{fin["debt"]}%。'))
    B.append(('p', f'公司长期深耕{dom["customers"]}等领域，围绕{dom["equipment"]}积累了丰富的工程实施和运维经验。'
                   f'公司自{s["build"][0][:4]}年起启动{brand}建设，先后完成设备接入、数据中台、模型工厂和应用市场等模块的建设，'
                   '逐步由传统的工程项目交付转向以平台为载体的数字化服务。'))
    B.append(('p', f'市场销售方面，公司客户覆盖长三角及全国主要省市，平台业务已形成订阅服务、解决方案实施和运维服务三类收入来源，'
                   f'2023年平台相关营业收入{f2(r[2023])}万元，占公司主营业务收入的比重逐年提升。'))
    B.append(('h2', '（二）申报单位核心竞争力'))
    B.append(('p', f'一是技术能力。公司拥有覆盖设备接入、数据治理、模型开发和应用运营的全栈技术能力，平台核心软硬件技术已获得专利{v["patents"]}项、'
                   f'软件著作权{v["copyrights"]}项。'))
    B.append(('p', f'二是人才队伍。平台团队共{v["team"]["total"]}人，其中运维人员{v["team"]["ops"]}人、运营人员{v["team"]["run"]}人，'
                   f'具有相关技术职称或从业资格的{v["team"]["titled"]}人，团队成员平均从业年限超过8年。'))
    B.append(('p', f'三是研发能力。2023年平台相关研发投入{f2(v["rd"])}万元，研发投入强度{f2(v["rd_int"])}%，与高校和科研院所共建联合实验室，'
                   '持续开展工业机理建模、边缘智能和数据治理等方向的研究。'))
    B.append(('p', '四是实施与服务保障能力。公司建立了覆盖售前咨询、项目实施、驻场运维和远程支持的服务体系，提供7×24小时服务热线，'
                   '重大故障2小时内响应、24小时内到场。'))
    B.append(('p', f'五是应用效果。平台已服务企业{v["served"]}家，形成解决方案{v["solutions"]}个，在多个细分场景形成可复制的标杆案例。'))
    B.append(('h1', CHAPTERS[1]))
    B.append(('h2', '（一）平台基本信息'))
    mode = s['build_mode'] + ('（合作单位：' + s['partner'] + '）' if s['build_mode'] == '合作共建' else '')
    B.append(('p', f'{name}（品牌名称“{brand}”）于{ym(s["build"][0])}启动建设，{ym(s["build"][1])}完成当前版本建设，'
                   f'建设方式为{mode}，运营模式为{s["op_mode"]}，累计建设投入{f2(s["build_amount"])}万元，是{s["nature"]}。'
                   f'平台定位为{dom["position"]}，主要面向{dom["customers"]}，提供设备物联、数据分析、工业APP订阅、解决方案和运维服务等服务类型。'))
    B.append(('h2', '（二）平台技术架构'))
    B.append(('p', f'平台采用“边缘层—IaaS层—PaaS层—SaaS层”的分层架构，部署方式为{"、".join(s["deploy"])}。'))
    B.append(('p', f'边缘层：{dom["edge"]}边缘网关支持{v["protocols"]}种工业协议的兼容适配，实现{dom["equipment"]}等设备的数据采集与协议转换。'))
    iaas_kind, vendor = s['iaas']
    B.append(('p', f'IaaS层：平台基础设施{"租用" + vendor + "的云资源" if iaas_kind == "租用" else "由公司自建数据中心提供"}，{dom["compute"]}。'
                   f'平台实际用云量{f2(v["servers"])}台，其中公有云服务器{v["public_servers"]}台；存储容量{f2(v["capacity"])}TB。'))
    B.append(('p', f'PaaS层：提供设备管理、数据湖、模型工厂、微服务和低代码开发等通用能力。{dom["data_mgmt"]}'
                   f'平台共部署微服务{v["micro"]}个，其中活跃微服务{v["micro_active"]}个。'))
    B.append(('p', f'SaaS层：面向用户提供工业APP和行业解决方案，目前上架工业APP{v["app"]}个，其中基于平台开发的工业APP{v["native"]}个、'
                   f'云化工业软件{v["cloud_sw"]}个。'))
    B.append(('p', f'开发支撑：{dom["framework"]}{dom["tools"]}平台支持的开发语言{len(dom["langs"])}种，注册开发者{v["devs"]}个。'))
    B.append(('h2', '（三）技术路线先进性'))
    B.append(('p', dom['key_tech']))
    if dom['breakthrough'].startswith('是'):
        B.append(('p', '核心技术突破方面，' + dom['breakthrough'][2:]))
    B.append(('p', '新技术融合方面，' + dom['newtech'].replace('有。', '')))
    B.append(('p', f'商业模式方面，平台以订阅服务为主、解决方案实施为辅，2023年工业APP订阅总金额累计达{f2(v["subs_amount"])}万元，'
                   f'付费企业{v["paid"]}家，付费用户占比{f2(v["paid_ratio"])}%。'))
    B.append(('h2', '（四）平台运营情况'))
    B.append(('p', f'资源管理方面，截至2024年6月30日平台连接工业设备{v["dev_total"]}台/套，其中公有云连接{v["dev_public"]}台/套、'
                   f'公有云日均运行{v["dev_daily"]}台/套；按设备类别，{_top(v["dev_cat"], 3, "台/套")}位居前三。'
                   + dom['other_resources']))
    B.append(('p', f'应用服务方面，平台工业APP平均月活跃{v["mau"]}个；订阅用户数最多的5个杀手锏APP为：'
                   + '；'.join(f'{i + 1}.{n}（{d}）' for i, (n, d) in enumerate(dom['killer_apps']))
                   + f'，杀手锏APP订阅数量{v["subs_killer"]}个。'))
    B.append(('p', f'数据与模型方面，平台存储工业数据{f2(v["data"])}TB，沉淀工业机理模型{v["models"]}个，其中活跃模型{v["models_active"]}个，'
                   f'数据分析速度达到{v["speed"]}。'))
    B.append(('p', f'安全可靠方面，{dom["sec_tech"]}{dom["backup"]}'))
    B.append(('p', f'客户数量及分布方面，平台注册企业用户{v["registered"]}家，实际服务企业{v["served"]}家，其中服务本市企业{v["local"]}家、'
                   f'中小企业{v["sme"]}家；按行业，{_top(v["user_ind"], 3, "家")}居前；按区域，{_top(v["user_reg"], 3, "家")}居前。'))
    B.append(('table', [['三级指标', '本平台数据', '对标数据'],
                        ['1.2.1 创新投入情况', f'研发投入{f2(v["rd"])}万元，研发投入强度{f2(v["rd_int"])}%',
                         f'同行业或相似平台（平台名称：{dom["benchmark"]}）研发投入数量级：千万元级'],
                        ['2.1.1 工业设备连接/汇聚能力', f'连接设备{v["dev_total"]}台/套，兼容协议{v["protocols"]}个',
                         f'{dom["benchmark"]}：连接设备约万台级，兼容协议约百个'],
                        ['2.1.2 工业软件/APP', f'工业APP{v["app"]}个，月活跃{v["mau"]}个', f'{dom["benchmark"]}：工业APP约百个级'],
                        ['2.2.1 数据采集', '边缘节点与多源系统采集', f'{dom["benchmark"]}：以云端采集为主'],
                        ['2.2.2 数据处理（存储计算能力）', f'存储容量{f2(v["capacity"])}TB，利用率{f2(v["storage_util"])}%',
                         f'{dom["benchmark"]}：存储容量约数百TB'],
                        ['2.2.3 数据建模和分析', f'机理模型{v["models"]}个，{v["speed"]}', f'{dom["benchmark"]}：模型百个级，秒级'],
                        ['2.3.1 平台微服务情况', f'微服务{v["micro"]}个，活跃{v["micro_active"]}个', f'{dom["benchmark"]}：微服务数百个'],
                        ['3.1.1 平台应用规模', f'注册企业{v["registered"]}家，服务企业{v["served"]}家', f'{dom["benchmark"]}：服务企业千家级']],
              [0.24, 0.38, 0.38], '表1　平台对标同行业或相似平台的部分量化数据对比表'))
    B.append(('p', '技术创新点总结：' + dom['data_value'] + '平台在设备接入广度、机理模型沉淀和边云协同方面形成了差异化优势，'
                   '底层核心技术自主可控。'))
    B.append(('h1', CHAPTERS[2]))
    B.append(('p', dom['effect']))
    B.append(('p', f'经济效益方面，平台累计服务企业{v["served"]}家，工业APP订阅总数{v["subs"]}个，订阅总金额{f2(v["subs_amount"])}万元；'
                   f'3个典型案例平均降低设备运维成本{f2(v["ops_down"])}%，平均降低能耗{f2(v["energy_down"])}%，'
                   f'安全生产持续时间平均提升{f2(v["safety_up"])}%。{dom["benefit_add"]}'))
    B.append(('p', '产业链带动方面，' + dom['supply_chain']))
    B.append(('p', f'社会效益方面，平台建设与运营带动新增就业{v["jobs"]}人，平台社会贡献率{f2(v["social"])}%。{dom["contribution"]}'))
    B.append(('p', '产学研方面，公司与高校、科研院所联合开展关键技术攻关，共同培养工程硕士和技术骨干，相关成果已在平台上实现转化应用。'))
    B.append(('p', '应用创新点总结：' + dom['new_models'].replace('有。', '') + '平台通过新技术融合与新场景示范，'
                   '形成了可复制、可推广的应用模式，具备良好的可持续发展能力。'))
    B.append(('h1', CHAPTERS[3]))
    B.append(('p', '平台属性方面，继续坚持行业型平台定位，聚焦细分领域做深做透，同时通过开放接口与通用型平台互联互通。'))
    B.append(('p', '技术创新方面，深化行业大模型与机理模型融合，完善边云协同与数据治理能力，推进核心软硬件国产化替代，'
                   f'国产化率由当前的{f2(v["domestic"])}%进一步提升。'))
    B.append(('p', '产品升级方面，围绕杀手锏APP持续迭代，推出面向中小企业的轻量化订阅套餐，降低使用门槛。'))
    B.append(('p', '产业合作与商业模式方面，与上下游合作伙伴共建行业解决方案，扩大长三角及海外市场覆盖，'
                   '推动平台服务由项目制向订阅制、按效付费转变。'))
    B.append(('h1', CHAPTERS[4]))
    for i, ((cust, title), case) in enumerate(zip(dom['cases'], s['cases'])):
        B.append(('h2', f'案例{i + 1}：{title}'))
        B.append(('p', f'企业简介：{cust}是平台在{dom["customers"].split("和")[0].split("、")[min(i, 1)]}等领域的典型用户，'
                       '生产设备数量多、分布广，设备运维长期依赖人工巡检和经验判断。'))
        B.append(('p', f'平台简介：{brand}为该企业提供设备接入、状态监测、智能分析和运维协同服务，通过边缘网关采集设备运行数据，'
                       '在平台侧构建设备健康模型和能效模型，并将分析结果以工单形式推送至现场人员。'))
        B.append(('p', f'案例实际内容简介：项目实施后，设备运维成本下降{f2(case["ops"])}%，能耗下降{f2(case["energy"])}%，'
                       f'安全生产持续时间提升{f2(case["safety"])}%，非计划停机次数明显减少，现场巡检工作量大幅下降。'))
    B.append(('h1', CHAPTERS[5]))
    B.append(('p', '本申报书附件清单如下（页码为各附件所印页码）：'))
    B.append(('table', [['序号', '附件名称', '对应页码']] + [[str(i + 1), n, p] for i, (n, p) in enumerate(attach_list)],
              [0.1, 0.6, 0.3], ''))
    if pkg_participated(pkg):
        B.append(('h1', CHAPTERS[6]))
        B.append(('p', '自2023年7月以来，平台在功能模块、关键指标和应用服务等方面均有提升，主要变化如下：'))
        prev = s['last_year']
        B.append(('table', [['指标', '2023年度申报', '2024年度申报', '变化']] + [
            [k, str(a), str(b), f'{"+" if b >= a else ""}{b - a}'] for k, a, b in [
                ('连接的工业设备（台/套）', prev['dev'], v['dev_total']),
                ('工业APP数量（个）', prev['app'], v['app']),
                ('工业机理模型数量（个）', prev['models'], v['models']),
                ('注册企业用户数（个）', prev['registered'], v['registered'])]], [0.4, 0.2, 0.2, 0.2], '表2　平台关键指标对比'))
        B.append(('p', '功能模块方面，新增了边云协同模型下发、移动端工单和行业大模型助手等模块。'))
        B.append(('p', '关键指标方面，连接设备、工业APP、机理模型和注册企业均保持增长，其中设备接入增长主要来自新增的长三角用户。'))
        B.append(('p', '应用服务方面，新增服务企业和解决方案数量明显增长，订阅类收入占比进一步提高。'))
    return B


def pkg_participated(pkg) -> bool:
    from .notice import LIST6
    return LIST6[pkg.list_no][2]


def shenbaoshu_pdf(pkg, dom, attach_list, cfg: dict) -> bytes:
    s = pkg.spec
    co = s['company']
    blocks = narrative(pkg, dom, attach_list)

    def build(totals):
        furn = Office(left='上海市工业互联网平台应用水平评价申报书', right=s['declared_name'], footer=cfg.get('footer', 'dash'),
                      watermark=cfg.get('watermark'), wm_mode='over', wm_count=1)
        pdf = Pdf(furn, totals, title='申报书')
        pdf.ml = 74
        pdf.line_numbers_restart = cfg.get('restart', False)
        pdf.numbering(None)
        pdf.new_page('portrait', cover=True)
        pdf.text(pdf.ml, pdf.H - 80, '附件3', 12)
        pdf.y = pdf.H - 230
        pdf.bold(pdf.W / 2, pdf.y, '上海市工业互联网平台应用水平评价', 22, 'center')
        pdf.y -= 44
        pdf.bold(pdf.W / 2, pdf.y, '申报书', 26, 'center')
        pdf.y -= 90
        for k, val in [('申报年度', '2024年度'), ('平台名称', s['declared_name']), ('申报单位', co['name'] + '（公章）'),
                       ('联 系 人', co['contact']), ('联系人电话', co['phone'])]:
            pdf.text(pdf.ml + 20, pdf.y, f'{k}：{val}', 13)
            pdf.y -= 36
        pdf.text(pdf.W / 2, 150, '上海市经济和信息化委员会制', 13, 'center')
        pdf.text(pdf.W / 2, 124, '2024年7月', 13, 'center')
        pdf.numbering('roman', 1)
        pdf.new_page('portrait')
        pdf.heading('目　　录', 15, 'center', gap_after=14)
        heads = [b[1] for b in blocks if b[0] == 'h1']
        for h in heads:
            pdf.y -= 24
            pdf.text(pdf.ml + 20, pdf.y, h, 11.5)
        pdf.y -= 24
        pdf.text(pdf.ml + 20, pdf.y, '（正文页码自“一、申报单位简介”起编排）', 9.5, color=(0.4, 0.4, 0.4))
        pdf.numbering('arabic', 1)
        pdf.new_page('portrait')
        for b in blocks:
            if b[0] == 'h1':
                pdf.heading(b[1], 15, gap_before=12)
            elif b[0] == 'h2':
                pdf.heading(b[1], 12.5, gap_before=5)
            elif b[0] == 'p':
                pdf.para(b[1], 12, leading=22, numbered=True)
            else:
                rows, rel, cap = b[1], b[2], b[3]
                W = pdf.W - pdf.ml - pdf.mr
                if cap:
                    pdf.y -= 16
                    pdf.need(30)
                    pdf.text(pdf.W / 2, pdf.y, cap, 10, 'center')
                    pdf.y -= 4
                pdf.table(rows, [W * x for x in rel], 8.5, numbered=False, cont_title=(cap + '（续）') if cap else None)
        return pdf, None

    data, pdf, _ = two_pass(build)
    return data


def shenbaoshu_docx(pkg, dom, attach_list, cfg: dict) -> bytes:
    s = pkg.spec
    co = s['company']
    d = Docx(header='上海市工业互联网平台应用水平评价申报书　' + s['declared_name'], footer=cfg.get('footer', 'page_of'))
    d.p('附件3', size=12, bold=True, indent=False)
    for _ in range(3):
        d.p('', indent=False)
    d.h('上海市工业互联网平台应用水平评价', 0)
    d.h('申报书', 0)
    for _ in range(3):
        d.p('', indent=False)
    for k, val in [('申报年度', '2024年度'), ('平台名称', s['declared_name']), ('申报单位', co['name'] + '（公章）'),
                   ('联 系 人', co['contact']), ('联系人电话', co['phone'])]:
        d.p(f'{k}：{val}', size=14, indent=False)
    for _ in range(4):
        d.p('', indent=False)
    d.p('上海市经济和信息化委员会制', size=14, align='center')
    d.p('2024年7月', size=14, align='center')
    d.pagebreak()
    for b in narrative(pkg, dom, attach_list):
        if b[0] == 'h1':
            d.h(b[1], 1)
        elif b[0] == 'h2':
            d.h(b[1], 2)
        elif b[0] == 'p':
            d.p(b[1])
        else:
            if b[3]:
                d.p(b[3], size=10, align='center', bold=True)
            d.table(b[1], [16.6 * x for x in b[2]], size=9)
    return d.bytes()


# ------------------------------------------------------------------------------------------------ 汇总表
def summary_xlsx(pkg, dom, rows: list[tuple[str, str, object]], cfg: dict) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    wb = Workbook()
    ws = wb.active
    ws.title = '平台基本情况汇总表'
    ws.append(['附件4'])
    ws.append(['平台基本情况汇总表'])
    ws.merge_cells('A2:C2')
    ws['A2'].font = Font(bold=True, size=14)
    ws['A2'].alignment = Alignment(horizontal='center')
    ws.append(['项目', '内容', '填写说明'])
    thin = Side(style='thin')
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    override = cfg.get('override', {})
    for lab, val, _ in rows:
        shown = override.get(lab, val)
        if lab == '平台近三年经营指标情况':
            shown = shown.replace('；', '\n')
        label = lab
        if lab in ('平台是否建立安全管理体系', '有否定期开展第三方安全测试/测评', '有否定期进行安全扫描',
                   '企业是否已上市或已获得VC/PE投资', '平台是否有自研形成的核心技术突破', '平台是否具备碳管理服务能力',
                   '平台是否融合使用国家标识解析系统'):
            hint = '是/否'
        else:
            hint = SUMMARY_HINTS.get(lab, '')
        if lab == '平台近三年经营指标情况':
            hint = '注：此处数据需将平台相关收益单列，而非整个公司的财务数据。'
        ws.append([label, shown, hint])
    for row in ws.iter_rows(min_row=3):
        for c in row:
            c.border = box
            c.alignment = Alignment(wrap_text=True, vertical='center')
    ws.column_dimensions['A'].width = 42
    ws.column_dimensions['B'].width = 70
    ws.column_dimensions['C'].width = 30
    ws.oddHeader.right.text = pkg.spec['company']['name']
    ws.oddFooter.center.text = '第 &P 页 共 &N 页'
    return xlsx_bytes(wb)


# ------------------------------------------------------------------------------------------------ 承诺 / 联系人表
def commitment_scan(pkg, cfg: dict) -> bytes:
    co = pkg.spec['company']

    def build(totals):
        pdf = Pdf(Office(), totals)
        pdf.numbering(None)
        pdf.new_page('portrait', cover=True)
        pdf.text(pdf.ml, pdf.H - 80, '附件5', 12)
        pdf.y = pdf.H - 160
        pdf.bold(pdf.W / 2, pdf.y, '真实性承诺', 22, 'center')
        pdf.y -= 40
        pdf.para('我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，'
                 '如有不实，愿承担相应的法律责任及由此产生的一切后果。', 14, leading=30)
        pdf.para('特此承诺。', 14, leading=30)
        pdf.y -= 80
        pdf.text(pdf.W - pdf.mr - 300, pdf.y, f'申报单位（盖章）：{co["name"]}', 13)
        pdf.y -= 50
        pdf.text(pdf.W - pdf.mr - 300, pdf.y, '法定代表人（签章）：', 13)
        pdf.y -= 50
        pdf.text(pdf.W - pdf.mr - 300, pdf.y, cfg.get('date', '2024年7月18日'), 13)
        return pdf, None

    data, pdf, _ = two_pass(build)
    seal = scan.seal(co['name'], 260, seed=pkg.seed + 51)
    sig = scan.signature(co['legal'], 46, seed=pkg.seed + 52)
    return rasterize_scan(data, pkg.seed + 300, seals={1: [(0.68, 0.5, seal), (0.66, 0.57, sig)]}, dpi=110)


def contact_docx(pkg) -> bytes:
    s = pkg.spec
    co = s['company']
    d = Docx(footer='none')
    d.p('附件1', size=12, bold=True, indent=False)
    d.h('联系人信息反馈表', 0)
    d.p('2024年度上海市工业互联网平台应用水平评价工作', align='center')
    d.h('一、联系人信息反馈', 2)
    backup = s.get('backup_contact', ('备用联系人', '平台运营专员', '13800000000', 'backup@example.com'))
    d.table([['序号', '姓名', '单位名称', '职务', '手机号码', '电子邮箱'],
             ['联系人（主）', co['contact'], co['name'], co['title'], co['phone'], co['email']],
             ['联系人（备用）', backup[0], co['name'], backup[1], backup[2], backup[3]]], [2.2, 1.8, 4.2, 2.6, 2.6, 3.6], size=9)
    d.h('二、评审会现场地址信息反馈', 2)
    d.p(f'具体地址*：{s["review_addr"]}', indent=False)
    d.p('*注：该场地信息将用于工作组安排后续评价工作。', size=9, indent=False)
    return d.bytes()
