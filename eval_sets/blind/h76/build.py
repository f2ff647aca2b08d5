"""Blind set h76: page furniture and page geometry.

Builds the four packages into eval_sets/blind/h76/packages/ (or --out DIR/packages) and their truth JSON
into eval_sets/blind/h76/truth/ (or --out DIR/truth). Deterministic: fixed seeds, reportlab invariant=1,
fixed zip entry dates.
"""
from __future__ import annotations

import argparse
import io
import json
import re
import shutil
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from eval_sets.truth import PackageTruth, dump_truth  # noqa: E402
from h76lib import evidence as ev  # noqa: E402
from h76lib import forms  # noqa: E402
from h76lib.domain import DOMAIN  # noqa: E402
from h76lib.furniture import WATERMARK  # noqa: E402
from h76lib.model import Pkg, c2, ci, f2, growth  # noqa: E402
from h76lib.notice import LIST6  # noqa: E402
from h76lib.office import ZIP_DATE  # noqa: E402
from h76lib.specs import BAOWU, HUAXING, TANSUO, XPA  # noqa: E402

REL_PACKAGES = 'eval_sets/blind/h76/packages'

FIN_ROWS = ['平台近三年经营指标情况', '平台相关营业收入（万元）', '平台相关研发投入（万元）', '平台相关研发投入强度（%）', '平台利润率（%）',
            '投资回报率（%）']


def proofs_for(names: dict, refs: dict, extra: dict | None = None) -> dict:
    """证明资料 column: attachment number + PRINTED page (as applicants write it)."""
    a, d, s, i = names['audit'], names['device'], names['screens'], names['ip']
    note = refs['audit']['note']
    p = {}
    audit_ref = f'{a}审计报告第{note}页（附表一 平台业务专项说明）'
    for k in ('平台相关研发投入（万元）', '平台相关营业收入（万元）', '平台利润率（%）', '投资回报率（%）'):
        p[k] = audit_ref
    p['平台相关研发投入强度（%）'] = audit_ref + '，按公式计算'
    dv = refs['device']
    for k in ('连接的工业设备/产品/产线种类及数量（台/套）', '按二级分类统计工业设备数量（台/套）', '其中：公有云工业设备连接数量（台/套）',
              '按二级分类统计公有云工业设备数量（台/套）', '其中：公有云工业设备平均日运行数量（台/套）',
              '按二级分类统计公有云工业设备平均日运行数量（台/套）'):
        p[k] = f'{d}设备统计 {dv["cat"]}' if not dv['cat'].isdigit() else f'{d}设备统计第{dv["cat"]}页'
    for k in ('按省市区域统计工业设备数量（台/套）', '按省市区域统计公有云工业设备数量（台/套）',
              '按省市区域统计公有云工业设备平均日运行数量（台/套）'):
        p[k] = f'{d}设备统计 {dv["region"]}' if not dv['region'].isdigit() else f'{d}设备统计第{dv["region"]}页'
    for k in ('其中：海外设备连接数量（台/套）', '其中：按海外国家分类统计海外设备连接数量'):
        p[k] = f'{d}设备统计 {dv["overseas"]}' if not dv['overseas'].isdigit() else f'{d}设备统计第{dv["overseas"]}页'
    ip = refs['ip']
    p['平台核心软硬件技术获得的专利数量（项）'] = f'{i}知识产权清单第{ip["pat"]}页起'
    p['平台核心软硬件技术获得的软著数量（个）'] = f'{i}知识产权清单第{ip["sw"]}页起'
    for k in refs.get('screen_rows', []):
        p[k] = f'{s}平台截图'
    p.update(extra or {})
    return p


def default_proof(p: dict, cells: dict) -> dict:
    """Rows without their own proof: numbers come from the platform back office, prose from the 申报书."""
    from h76lib.notice import FORM_ROWS, L1C
    for l1, _l2, l3, k in FORM_ROWS:
        if k in p:
            continue
        text = cells[k]
        numeric = bool(re.fullmatch(r'[\d.]+', text)) or bool(re.search(r'：\d+个', text)) or ('：' in text and re.search(r'：\d', text) and '、' in text)
        if numeric:
            p[k] = '平台后台统计数据（截至2024年6月30日），无单独证明材料'
        elif l1 == L1C:
            p[k] = '详见申报书三、五'
        else:
            p[k] = '详见申报书二'
    return p


def write_truth(pkg: Pkg, files: dict, roles: dict, facts, problems, layout, description, delivery, out_truth: Path,
                rel_path: str, secrets):
    dom = DOMAIN[pkg.pid]
    rows = pkg.summary_rows(forms.form_texts(pkg, dom), forms.basics(pkg, dom))
    name, company, p2023 = LIST6[pkg.list_no]
    truth = dict(
        schema_version=1, package_id=pkg.pid, description=description, path=rel_path, delivery=delivery,
        platform=dict(list_no=pkg.list_no, listed_name=name, company=company, declared_name=pkg.spec['declared_name'],
                      participated_2023=p2023),
        layout=layout, files=roles, secrets=secrets,
        summary_rows=[dict(label=lab, value=val, normalized=norm) for lab, val, norm in rows],
        evidence_facts=facts.items, problems=problems,
    )
    t = PackageTruth.model_validate(truth)
    (out_truth / f'{pkg.pid}.json').write_text(dump_truth(t), encoding='utf-8')
    return rows


def dashboard_pages(pkg, pages_spec, file, facts, url, image_only=True, chart='近12个月活跃设备趋势（台/套）'):
    """pages_spec: [(subtitle, [(caption, label, value, unit)])]; returns PIL images."""
    imgs = []
    for pi, (sub, cards) in enumerate(pages_spec):
        drawn = []
        for cap, label, val, unit in cards:
            text = ci(val) if isinstance(val, int) else f2(val)
            drawn.append((cap, text))
            if label:
                facts.add(label, text, unit, val, file, pi + 1, text, cap, '', image_only=image_only)
        imgs.append(ev.dashboard(f'{pkg.spec["brand"]} · 平台运营驾驶舱', url, f'2024-07-0{pi + 5} 10:2{pi}:36', drawn,
                                 pkg.seed + 60 + pi, subtitle=sub, chart=chart))
    return imgs


def png_bytes(img):
    b = io.BytesIO()
    img.save(b, 'PNG', optimize=False)
    return b.getvalue()


# ================================================================================================= A
def build_xpa(out: Path, out_truth: Path):
    pkg = Pkg(XPA)
    dom = DOMAIN[pkg.pid]
    v = pkg.t
    facts = ev.Facts()
    files = {}
    names = dict(audit='附件3-1', device='附件3-2', screens='附件3-3', ip='附件3-4', awards='附件3-5')
    F_AUD = '03 附件/附件3-1 2023年度审计报告（沪审专字〔2024〕第0318号）.pdf'
    F_DEV = '03 附件/附件3-2 平台接入设备统计表.pdf'
    F_SCR = '03 附件/附件3-3 平台运行数据截图.pdf'
    F_IP = '03 附件/附件3-4 知识产权清单.pdf'
    F_AW = '03 附件/附件3-5 获奖荣誉清单.xlsx'
    refs = {}
    rel = v['rev'][2023]
    files[F_AUD], refs['audit'] = ev.audit_text_pdf(pkg, dom, F_AUD, facts, dict(
        firm='上海信衡会计师事务所（特殊普通合伙）', report_no='沪审专字（2024）第0318号', cpa=('陆文涛', '汪静'),
        date='2024年3月26日', cn_date='二〇二四年三月二十六日', unit='元', front='roman', two_col_rd=True,
        footer_left='2024年3月',
        watermark=WATERMARK, wm_mode='over',
        footnotes=['注1：其中含关联方收入1,260万元', '注2：平台相关研发投入为平台项目费用化及资本化研发支出合计，口径与国家统计局R&D统计口径一致。',
                   '注3：平台累计建设投入为平台自2019年3月启动建设以来软硬件及实施投入累计数。'],
        breakdown={'设备远程运维服务': (0.412, 0.398), '能效优化服务': (0.236, 0.251), '工业APP订阅': (0.198, 0.207),
                   '解决方案实施及其他': (0, 0)},
        breakdown_notes=['注：上表“合计”与附表一“平台相关营业收入”一致；工业APP订阅收入按服务期分摊确认。'],
        cert_page=True))
    files[F_DEV], refs['device'] = ev.device_pdf(pkg, dom, F_DEV, facts, dict(
        variant='A', title='数字化环境装备服务工业互联网平台接入设备统计表', cutoff='2024年6月30日',
        header_left='上海西派埃智能化系统有限公司　CPE环境装备云', header_right='2024年7月', watermark=WATERMARK,
        wm_mode='under',
        main_devices={'动力设备': '离心泵、潜水泵、罗茨/磁悬浮鼓风机', '仪器仪表': 'COD/氨氮/溶解氧在线仪表、流量计',
                      '其他': '加药装置、污泥脱水机、格栅等污染防治设备', '电力设备': '配电柜、变频器', '电工、电子设备': 'PLC柜、UPS'},
        notes1=[f'注：接入数量含私有化部署设备{ci(v["dev_private"])}台/套；公有云日均运行为2024年1-6月日均值。'],
        notes2=['注：设备所属地按设备所属企业注册地统计；海外按国家列示（中文+英文）。'],
        overseas_clients=[6, 3], overseas_devices=['潜水泵、鼓风机、在线仪表', '加药装置、在线仪表'],
        dept='平台运营部', preparer='何振宇', reviewer='沈佳怡', seal_name='上海西派埃智能化系统有限公司'))
    # dashboards
    scr_pages = [
        ('运营总览', [('设备接入总数（台/套）', '连接的工业设备/产品/产线种类及数量（台/套）', v['dev_total'], '台/套'),
                   ('注册企业（家）', '注册企业用户数（个）', v['registered'], '家'),
                   ('服务企业（家）', '实际服务企业数（个）', v['served'], '家'),
                   ('付费企业（家）', '付费企业数（个）', v['paid'], '家'),
                   ('上架工业APP（个）', '工业APP数量（个）', v['app'], '个'),
                   ('机理模型（个）', '工业机理模型数量（个）', v['models'], '个'),
                   ('微服务（个）', '微服务数量（个）', v['micro'], '个'),
                   ('注册开发者（个）', '开发者注册总数（个）', v['devs'], '个')]),
        ('资源监控', [('公有云接入设备（台/套）', '公有云工业设备连接数量（台/套）', v['dev_public'], '台/套'),
                   ('公有云日均在线（台/套）', '公有云工业设备平均日运行数量（台/套）', v['dev_daily'], '台/套'),
                   ('存储容量（TB）', '存储容量（TB）', v['capacity'], 'TB'),
                   ('已用存储（TB）', '存储工业数据量（TB）', v['data'], 'TB'),
                   ('活跃微服务（个）', '活跃微服务数量（一周调用5次以上）（个）', v['micro_active'], '个'),
                   ('活跃开发者（个）', '活跃开发者数（个）', v['devs_active'], '个')]),
    ]
    imgs = dashboard_pages(pkg, scr_pages, F_SCR, facts, XPA['url'] + '/cockpit')
    files[F_SCR] = ev.screens_pdf(imgs, pkg.seed)
    refs['screen_rows'] = ['注册企业用户数（个）', '其中：实际服务企业数（个）', '其中：付费企业数（个）', '工业APP数量（个）',
                           '工业机理模型数量（个）', '微服务数量（个）', '开发者注册总数（个）', '存储容量（TB）', '存储工业数据量（TB）',
                           '其中：活跃微服务数量（一周调用5次以上）（个）', '其中：活跃开发者数（个）']
    files[F_IP], refs['ip'] = ev.ip_pdf(pkg, dom, F_IP, facts, dict(
        title='数字化环境装备服务工业互联网平台知识产权清单', header_right='知识产权清单（2024年6月）', front='roman',
        watermark=WATERMARK, wm_mode='under', holder_short='西派埃'))
    files[F_AW] = ev.awards_xlsx(pkg, F_AW, facts)
    proofs = proofs_for(names, refs, {'平台获得省部级及以上奖项/荣誉数量（个）': '附件3-5 获奖荣誉清单'})
    proofs['平台近三年经营指标情况'] = proofs['平台相关营业收入（万元）']
    cells = forms.all_cells(pkg, dom)
    default_proof(proofs, cells)
    F_FORM = '02 申报表（数字化环境装备服务工业互联网平台）.docx'
    files[F_FORM] = forms.form_docx(pkg, dom, proofs, {})
    files['02 申报表（盖章扫描件）.pdf'] = forms.form_scan(pkg, dom, proofs, {})
    attach = [('附件3-1 2023年度审计报告（沪审专字（2024）第0318号，含平台业务专项说明）', f'第1-{refs["audit"]["body_total"]}页'),
              ('附件3-2 平台接入设备统计表', '第1-3页'), ('附件3-3 平台运行数据截图', '共2页'),
              ('附件3-4 知识产权清单', f'第1-{refs["ip"]["body_total"]}页'), ('附件3-5 获奖荣誉清单', '1页')]
    files['03 申报书（带行号导出）.pdf'] = forms.shenbaoshu_pdf(pkg, dom, attach, dict(footer='dash', restart=False))
    rows = pkg.summary_rows(forms.form_texts(pkg, dom), forms.basics(pkg, dom))
    files['04 平台基本情况汇总表.xlsx'] = forms.summary_xlsx(pkg, dom, rows, {})
    files['05 真实性承诺（盖章）.pdf'] = forms.commitment_scan(pkg, {})
    files['01 联系人信息反馈表.docx'] = forms.contact_docx(pkg)
    roles = {
        '01 联系人信息反馈表.docx': '联系人表', F_FORM: '申报表', '02 申报表（盖章扫描件）.pdf': '申报表扫描件',
        '03 申报书（带行号导出）.pdf': '申报书', F_AUD: 'evidence:audit_report', F_DEV: 'evidence:device_list',
        F_SCR: 'evidence:screenshot', F_IP: 'evidence:patent_list', F_AW: 'evidence:award_list',
        '04 平台基本情况汇总表.xlsx': '汇总表', '05 真实性承诺（盖章）.pdf': '承诺',
    }
    layout = ['folder', 'evidence_dir:03 附件', 'form:docx+stamped_scan', 'form_proof:printed_pages',
              'audit:text+watermark(over)', 'audit:roman_front(3 pages)', 'audit:report_no_header', 'audit:two_column_note',
              'audit:platform_note_rotate90(元)', 'audit:footnote_related_party', 'audit:breakdown_page', 'audit:cert_image_page',
              'device:portrait+rotate90+sideways_scan', 'device:watermark(under)', 'ip:roman_front', 'screenshots:pdf-image',
              'awards:xlsx', 'shenbaoshu:pdf_line_numbers(continuous)+roman_front', 'private_format', 'chapter7']
    desc = ('序号11 西派埃 CPE环境装备云，干净包：审计报告带“沪审专字（2024）第0318号”页眉、“第 x 页 共 y 页”页脚、罗马页码前置3页'
            '（印刷页码=物理页码-3）、两栏附注、/Rotate 90横向平台专项说明（元，注1关联方收入1,260万元）、收入构成页、'
            '事务所证书图片页；设备统计含/Rotate 90区域表与侧向扫描的海外明细页；知识产权清单罗马前置页；申报书PDF带行号；'
            '所有页面有斜向文字水印“仅供2024年工业互联网平台评价申报使用”。申报表证明资料栏引用印刷页码。')
    return pkg, files, roles, facts, [], layout, desc, [XPA['password']]


# ================================================================================================= B
def build_tansuo(out: Path, out_truth: Path):
    pkg = Pkg(TANSUO)
    dom = DOMAIN[pkg.pid]
    v = pkg.t
    facts = ev.Facts()
    files = {}
    P = '碳索-'
    names = dict(audit='附件3-1', device='附件3-2', screens='附件3-4', ip='附件3-3')
    F_AUD = P + '附件3-1 审计报告（扫描件）.pdf'
    F_DEV = P + '附件3-2 接入设备清单.xlsx'
    F_IP = P + '附件3-3 知识产权及获奖清单.pdf'
    F_SCR = P + '附件3-4 平台截图.pdf'
    refs = {}
    files[F_AUD], refs['audit'] = ev.audit_text_pdf(pkg, dom, F_AUD, facts, dict(
        firm='上海立诚会计师事务所有限公司', report_no='沪立诚审字（2024）第1127号', cpa=('马立新', '孔文婷'),
        date='2024年4月12日', cn_date='二〇二四年四月十二日', unit='万元', front='ROMAN', two_col_rd=False,
        footer_left='2024年4月',
        watermark=None, note_kind='landscape', scan=True, bw=(2, 3),
        footnotes=['注1：平台相关营业收入不含硬件集成销售收入；2023年度另有硬件集成销售收入460.00万元计入公司其他业务。',
                   '注2：平台相关研发投入为平台项目研发支出合计。', '注3：含合作共建方投入的软硬件。'],
        cert_page=False))
    files[F_DEV], refs['device'] = ev.device_xlsx(pkg, dom, F_DEV, facts, dict(
        title='零碳绿色工厂综合数智化管理平台接入设备清单', cutoff='2024年6月30日', header_left='上海碳索能源服务股份有限公司'))
    files[F_IP], refs['ip'] = ev.ip_pdf(pkg, dom, F_IP, facts, dict(
        title='零碳绿色工厂综合数智化管理平台知识产权及获奖清单', header_right='2024年7月', front='roman', footer='slash',
        watermark=WATERMARK, wm_mode='middle', awards=True, holder_short='碳索能源'))
    scr_pages = [('能碳总览', [('接入设备（台/套）', '连接的工业设备/产品/产线种类及数量（台/套）', v['dev_total'], '台/套'),
                           ('公有云设备（台/套）', '公有云工业设备连接数量（台/套）', v['dev_public'], '台/套'),
                           ('注册企业（家）', '注册企业用户数（个）', v['registered'], '家'),
                           ('服务企业（家）', '实际服务企业数（个）', v['served'], '家'),
                           ('工业APP（个）', '工业APP数量（个）', v['app'], '个'),
                           ('能碳模型（个）', '工业机理模型数量（个）', v['models'], '个'),
                           ('微服务（个）', '微服务数量（个）', v['micro'], '个'),
                           ('开发者（个）', '开发者注册总数（个）', v['devs'], '个')])]
    imgs = dashboard_pages(pkg, scr_pages, F_SCR, facts, TANSUO['url'] + '/dashboard')
    files[F_SCR] = ev.screens_pdf(imgs, pkg.seed)
    refs['screen_rows'] = ['注册企业用户数（个）', '其中：实际服务企业数（个）', '工业APP数量（个）', '工业机理模型数量（个）',
                           '微服务数量（个）', '开发者注册总数（个）']
    proofs = proofs_for(names, refs, {'平台获得省部级及以上奖项/荣誉数量（个）': f'附件3-3 第{refs["ip"]["award"]}页（表3）'})
    proofs['平台近三年经营指标情况'] = proofs['平台相关营业收入（万元）']
    cells = forms.all_cells(pkg, dom)
    default_proof(proofs, cells)
    F_FORM = P + '附件2 申报表.xlsx'
    files[F_FORM] = forms.form_xlsx(pkg, dom, proofs, {'date': '2024年7月19日'})
    files[P + '附件2 申报表（盖章）.pdf'] = forms.form_scan(pkg, dom, proofs, {'date': '2024年7月19日'})
    attach = [('附件3-1 2023年度审计报告（扫描件）', f'第1-{refs["audit"]["body_total"]}页'), ('附件3-2 接入设备清单', '3个工作表'),
              ('附件3-3 知识产权及获奖清单', f'第1-{refs["ip"]["body_total"]}页'), ('附件3-4 平台截图', '1页')]
    F_SBS = P + '附件3 申报书.docx'
    files[F_SBS] = forms.shenbaoshu_docx(pkg, dom, attach, {})
    rows = pkg.summary_rows(forms.form_texts(pkg, dom), forms.basics(pkg, dom))
    F_SUM = P + '附件4 汇总表.xlsx'
    files[F_SUM] = forms.summary_xlsx(pkg, dom, rows, {})
    files[P + '附件1 联系人信息反馈表.docx'] = forms.contact_docx(pkg)
    roles = {P + '附件1 联系人信息反馈表.docx': '联系人表', F_FORM: '申报表', P + '附件2 申报表（盖章）.pdf': '申报表扫描件',
             F_SBS: '申报书', F_AUD: 'evidence:audit_report', F_DEV: 'evidence:device_list', F_IP: 'evidence:patent_list',
             F_SCR: 'evidence:screenshot', F_SUM: '汇总表'}
    t, d = pkg.t, pkg.decl
    problems = [
        dict(id=f'{pkg.pid}-01-declared_vs_evidence', family='declared_vs_evidence',
             fields=['平台相关营业收入（万元）', '平台近三年经营指标情况', '平台相关研发投入强度（%）', '平台利润率（%）'],
             files=[F_FORM, F_AUD], severity='error',
             description=(f'申报表填报平台相关营业收入 {f2(d["rev"][2023])} 万元（近三年经营指标中2023年平台营收同样填 {f2(d["rev"][2023])}），'
                          f'审计报告（扫描件）第{refs["audit"]["note_phys"]}页平台业务专项说明2023年度平台相关营业收入为 {c2(t["rev"][2023])} 万元；'
                          f'差额 460.00 万元即注1所述未计入平台收入的硬件集成销售收入。以审计数计算的研发投入强度、利润率也随之与申报不符')),
        dict(id=f'{pkg.pid}-02-growth_rate', family='growth_rate', fields=['平台近三年经营指标情况'], files=[F_FORM],
             severity='error',
             description=(f'2022年增长率填报 {f2(d["growth"][2022])}%，由2021年营收 {f2(d["rev"][2021])} 万元与2022年营收 '
                          f'{f2(d["rev"][2022])} 万元计算应为 {f2(growth(d["rev"][2022], d["rev"][2021]))}%')),
        dict(id=f'{pkg.pid}-03-count_vs_list', family='count_vs_list', fields=['平台核心软硬件技术获得的专利数量（项）'],
             files=[F_FORM, F_IP], severity='error',
             description=(f'申报表填报平台核心软硬件技术获得的专利数量 {d["patents"]} 项，知识产权清单“表1 专利清单（共{t["patents"]}项）”'
                          f'仅列出 {t["patents"]} 项（同一文件的软件著作权 {t["copyrights"]} 项、获奖 {t["awards"]} 项与申报一致）')),
        dict(id=f'{pkg.pid}-04-missing_file', family='missing_file', fields=['附件5 真实性承诺'], files=[], severity='error',
             description='申报材料中缺少附件5 真实性承诺（通知要求由法人代表或其授权代表签名并加盖申报单位公章）'),
    ]
    layout = ['folder', 'naming:prefix(碳索-)', 'form:xlsx(4 sheets, print header/footer)+stamped_scan',
              'audit:scan(image-only, B/W pages, report_no header, ROMAN front)', 'audit:platform_note_landscape_scanned_sideways(万元)',
              'device:xlsx(3 sheets, landscape print of region sheet)', 'ip:pdf(roman front, n/N footer, watermark middle)+awards table',
              'screenshots:pdf-image', 'shenbaoshu:docx(header, PAGE/NUMPAGES footer)', 'missing:附件5']
    desc = ('序号27 碳索能源 零碳工厂平台（2023未参评），4个问题：审计扫描件中侧向扫描的横向平台专项说明（万元）与申报营收不一致（申报含硬件集成收入）、'
            '2022年增长率算错、专利数与清单不符、缺真实性承诺。其余（页眉报告号、罗马页码、“1 / 5”页脚、水印）均为版面元素。')
    return pkg, files, roles, facts, problems, layout, desc, [TANSUO['password']]


# ================================================================================================= C
def build_baowu(out: Path, out_truth: Path):
    pkg = Pkg(BAOWU)
    dom = DOMAIN[pkg.pid]
    v = pkg.t
    facts = ev.Facts()
    files = {}
    names = dict(audit='佐证材料01', device='佐证材料02', ip='佐证材料03', screens='佐证材料04')
    F_AUD = '佐证材料/01 审计报告.pdf'
    F_DEV = '佐证材料/02 设备接入统计.pdf'
    F_IP = '佐证材料/03 软件著作权及专利清单.pdf'
    F_SCR = '佐证材料/04 系统截图.pdf'
    F_AW = '佐证材料/05 荣誉证书.pdf'
    refs = {}
    files[F_AUD], refs['audit'] = ev.audit_text_pdf(pkg, dom, F_AUD, facts, dict(
        firm='天衡华信会计师事务所（特殊普通合伙）上海分所', report_no='天衡沪审字〔2024〕第00862号', cpa=('钱国栋', '姚佳琪'),
        date='2024年3月18日', cn_date='二〇二四年三月十八日', unit='万元', front='ROMAN', two_col_rd=True,
        footer_left='2024年3月',
        watermark=WATERMARK, wm_mode='under', footer='slash',
        by_type={'设备远程运维服务': {2020: 0.52, 2021: 0.5, 2022: 0.48, 2023: 0.46},
                 '预测性维护及诊断服务': {2020: 0.28, 2021: 0.29, 2022: 0.3, 2023: 0.31}},
        footnotes=[f'注1：其中含关联方收入{c2(BAOWU["related_party"])}万元（中国宝武集团内各基地），均按市场价格结算。',
                   '注2：平台相关研发投入为iEMS平台项目研发支出合计（含资本化部分）。', '注3：平台累计建设投入含边缘终端及私有云基础设施。'],
        cert_page=False))
    files[F_DEV], refs['device'] = ev.device_pdf(pkg, dom, F_DEV, facts, dict(
        variant='C', title='iEMS钢铁设备智维云接入设备统计', cutoff='2024年6月30日',
        header_left='宝武装备智能科技有限公司', header_right='统计口径：截至2024年6月30日', watermark=WATERMARK, wm_mode='over',
        main_devices={'冶炼设备': '高炉、转炉、连铸机、轧机主传动', '动力设备': '风机、水泵、空压机、液压站', '电力设备': '变压器、变频器、开关柜',
                      '物流设备': '行车、辊道、运输链', '仪器仪表': '振动、温度、电流传感器', '机器人': '取样、测温、拆捆机器人',
                      '机床': '轧辊磨床、数控车床'},
        notes1=['注：海外设备按国家统计见表2；公有云日均运行为近一年日均值。'], dept='智慧运维事业部', preparer='张晓峰',
        reviewer='陆嘉玮', seal_name='宝武装备智能科技有限公司'))
    scr_pages = [
        ('设备总览', [('接入设备（台/套）', '连接的工业设备/产品/产线种类及数量（台/套）', v['dev_total'], '台/套'),
                   ('公有云接入（台/套）', '公有云工业设备连接数量（台/套）', v['dev_public'], '台/套'),
                   ('诊断模型（个）', '工业机理模型数量（个）', v['models'], '个'),
                   ('活跃模型（个）', '活跃机理模型数量（一周调用5次以上）（个）', v['models_active'], '个'),
                   ('工业APP（个）', '工业APP数量（个）', v['app'], '个'),
                   ('微服务（个）', '微服务数量（个）', v['micro'], '个')]),
        ('用户与生态', [('注册企业（家）', '注册企业用户数（个）', v['registered'], '家'),
                    ('服务企业（家）', '实际服务企业数（个）', v['served'], '家'),
                    ('付费企业（家）', '付费企业数（个）', v['paid'], '家'),
                    ('开发者（个）', '开发者注册总数（个）', v['devs'], '个')]),
    ]
    imgs = dashboard_pages(pkg, scr_pages, F_SCR, facts, BAOWU['url'] + '/overview')
    files[F_SCR] = ev.screens_pdf(imgs, pkg.seed)
    refs['screen_rows'] = ['工业机理模型数量（个）', '其中：活跃机理模型数量（一周调用5次以上）（个）', '工业APP数量（个）',
                           '微服务数量（个）', '注册企业用户数（个）', '其中：实际服务企业数（个）', '其中：付费企业数（个）',
                           '开发者注册总数（个）']
    files[F_IP], refs['ip'] = ev.ip_pdf(pkg, dom, F_IP, facts, dict(
        title='iEMS平台软件著作权及专利清单', header_right='2024年7月', front='ROMAN', footer='page_of', order=['sw', 'pat'],
        watermark=WATERMARK, wm_mode='over', holder_short='宝武装备'))
    files[F_AW] = awards_pdf_c(pkg, F_AW, facts)
    proofs = proofs_for(names, refs, {'平台获得省部级及以上奖项/荣誉数量（个）': '佐证材料05 荣誉证书第1页（清单）'})
    proofs['平台近三年经营指标情况'] = proofs['平台相关营业收入（万元）']
    cells = forms.all_cells(pkg, dom)
    default_proof(proofs, cells)
    F_FORM = '申报材料/2 申报表.docx'
    files[F_FORM] = forms.form_docx(pkg, dom, proofs, {'footer': 'dash', 'date': '2024年7月17日'})
    files['申报材料/2 申报表-盖章版.pdf'] = forms.form_scan(pkg, dom, proofs, {'date': '2024年7月17日'})
    attach = [('01 审计报告（含平台业务专项说明）', f'第1-{refs["audit"]["body_total"]}页'), ('02 设备接入统计', '第1-2页'),
              ('03 软件著作权及专利清单', f'第1-{refs["ip"]["body_total"]}页'), ('04 系统截图', '共2页'), ('05 荣誉证书', '共4页')]
    F_SBS = '申报材料/3 申报书.pdf'
    files[F_SBS] = forms.shenbaoshu_pdf(pkg, dom, attach, dict(footer='page_of', restart=True, watermark=WATERMARK))
    rows = pkg.summary_rows(forms.form_texts(pkg, dom), forms.basics(pkg, dom))
    files['申报材料/4 平台基本情况汇总表.xlsx'] = forms.summary_xlsx(pkg, dom, rows, {})
    files['申报材料/5 真实性承诺.pdf'] = forms.commitment_scan(pkg, {'date': '2024年7月17日'})
    files['申报材料/1 联系人信息反馈表.docx'] = forms.contact_docx(pkg)
    roles = {'申报材料/1 联系人信息反馈表.docx': '联系人表', F_FORM: '申报表', '申报材料/2 申报表-盖章版.pdf': '申报表扫描件',
             F_SBS: '申报书', '申报材料/4 平台基本情况汇总表.xlsx': '汇总表', '申报材料/5 真实性承诺.pdf': '承诺',
             F_AUD: 'evidence:audit_report', F_DEV: 'evidence:device_list', F_IP: 'evidence:patent_list',
             F_SCR: 'evidence:screenshot', F_AW: 'evidence:award_list'}
    t, d = pkg.t, pkg.decl
    note_phys = refs['audit']['note_phys']
    problems = [
        dict(id=f'{pkg.pid}-01-count_vs_list', family='count_vs_list', fields=['平台核心软硬件技术获得的软著数量（个）'],
             files=[F_FORM, F_IP], severity='error',
             description=(f'申报表填报软著数量 {d["copyrights"]} 个，佐证材料03“表1 计算机软件著作权清单（共{t["copyrights"]}项）”'
                          f'仅列出 {t["copyrights"]} 项（页脚“第 x 页 共 y 页”为版面页码；同一文件专利清单 {t["patents"]} 项与申报一致）')),
        dict(id=f'{pkg.pid}-02-identity', family='identity', fields=['平台团队总人数（人）', '运维人数（人）', '运营人数（人）'],
             files=[F_FORM], severity='error',
             description=(f'运维人数 {d["team"]["ops"]} + 运营人数 {d["team"]["run"]} = {d["team"]["ops"] + d["team"]["run"]}，'
                          f'与平台团队总人数 {d["team"]["total"]} 不一致（填报指引1.1.2：两者之和应与平台总人数相等）')),
        dict(id=f'{pkg.pid}-03-declared_vs_evidence', family='declared_vs_evidence',
             fields=['平台相关研发投入（万元）', '平台相关研发投入强度（%）'],
             files=[F_FORM, F_AUD], severity='error',
             description=(f'申报表填报平台相关研发投入 {f2(d["rd"])} 万元，审计报告附表一（物理第{note_phys}页，/Rotate 90 横向页）'
                          f'2023年度平台相关研发投入为 {c2(t["rd"])} 万元，两栏附注“四、研发支出”亦为 {ev.yuan(t["rd"])} 元；'
                          f'研发投入强度 {f2(d["rd_int"])}% 按申报数计算，以审计数计应为 {f2(t["rd_int"])}%')),
    ]
    layout = ['folder', 'dirs:申报材料+佐证材料', 'form:docx(dash footer)+stamped_scan', 'form_proof:printed_pages',
              'audit:text(ROMAN front, n/N footer, watermark under)', 'audit:two_column_note(元)',
              'audit:platform_note_rotate90(万元, by service type)', 'audit:footnote_related_party',
              'device:rotate90_category_table+sideways_scan_region_table', 'ip:ROMAN front, 软著 table first',
              'screenshots:pdf-image', 'awards:pdf(text list + certificate images)',
              'shenbaoshu:pdf_line_numbers(restart per page)+roman_front+watermark', 'chapter7']
    desc = ('序号22 宝武装备 iEMS（2023参评），3个问题：软著数与清单不符、团队人数不等式、研发投入与审计附表不符。'
            '版面：/Rotate 90 的平台专项说明与设备分类表、侧向扫描的区域表、两栏附注、罗马前置页、“n / N”页脚、行号逐页重排的申报书PDF。')
    return pkg, files, roles, facts, problems, layout, desc, [BAOWU['password']]


def awards_pdf_c(pkg, file, facts):
    from h76lib.furniture import Office
    from h76lib.pdfkit import Pdf, two_pass
    aw = pkg.spec['award_list']

    def build(totals):
        pdf = Pdf(Office(left=pkg.spec['company']['name'], right='荣誉证书', footer='page_of', watermark=WATERMARK,
                         wm_mode='over', total_override=4), totals)
        pdf.numbering('arabic', 1)
        pdf.new_page('portrait')
        pg = pdf.heading('平台获得省部级及以上奖项/荣誉清单', 14, 'center')
        rows = [['序号', '奖项/荣誉名称', '获得时间', '颁发单位']] + [[str(i + 1), n, y, o] for i, (n, y, o) in enumerate(aw)]
        rows.append(['', f'合计：{len(aw)}项', '', ''])
        pdf.table(rows, [34, 220, 60, 157], 9, aligns=['center', 'left', 'center', 'left'], min_h=20)
        pdf.para('注：证书复印件附后（第2-4页，选附3项）。', 9, indent=0)
        for i in range(3):
            pdf.new_page('portrait')
            img = ev.certificate_image(aw[i][0], aw[i][2], aw[i][1], pkg.spec['company']['name'], pkg.seed + 70 + i)
            pdf.c.drawImage(ev.scan_reader(img), 40, 200, pdf.W - 80, (pdf.W - 80) * img.height / img.width)
        return pdf, pg

    data, pdf, pg = two_pass(build)
    facts.add('平台获得省部级及以上奖项/荣誉数量（个）', str(len(aw)), '项', len(aw), file, 1, f'合计：{len(aw)}项', '合计')
    return data


# ================================================================================================= D
def build_huaxing(out: Path, out_truth: Path):
    pkg = Pkg(HUAXING)
    dom = DOMAIN[pkg.pid]
    v = pkg.t
    facts = ev.Facts()
    files = {}
    TOP = '华兴数字_易维讯平台2024年度评价申报材料/'
    names = dict(audit='附件3-1', device='附件3-2', screens='附件3-3', ip='附件3-4')
    F_AUD = TOP + '附件3-1 审计报告.pdf'
    F_DEV = TOP + '附件3-2 设备接入统计.pdf'
    F_S1 = TOP + '附件3-3 平台截图-驾驶舱.png'
    F_S2 = TOP + '附件3-3 平台截图-应用市场.png'
    F_IP = TOP + '附件3-4 知识产权清单.pdf'
    F_AW = TOP + '附件3-5 荣誉证书汇编（扫描）.pdf'
    refs = {}
    files[F_AUD], refs['audit'] = ev.audit_text_pdf(pkg, dom, F_AUD, facts, dict(
        firm='上海嘉信联合会计师事务所（普通合伙）', report_no='嘉信审字（2024）第0415号', cpa=('曹立群', '俞佳'),
        date='2024年4月3日', cn_date='二〇二四年四月三日', unit='元', front='roman', two_col_rd=False,
        footer_left='2024年4月',
        watermark=WATERMARK, wm_mode='middle', footer='page_of',
        footnotes=[f'注1：其中含关联方收入{HUAXING["related_party"]:,.0f}万元', '注2：平台相关研发投入为易维讯平台研发项目支出合计。',
                   '注3：平台累计建设投入为2018年9月以来累计数。'],
        cert_page=True))
    files[F_DEV], refs['device'] = ev.device_pdf(pkg, dom, F_DEV, facts, dict(
        variant='A', title='易维讯平台接入设备统计', cutoff='2024年6月30日', header_left='上海华兴数字科技有限公司',
        header_right='数据日期：2024年6月30日', watermark=WATERMARK, wm_mode='over',
        main_devices={'工程机械': '挖掘机、起重机、装载机、压路机', '动力设备': '发动机、发电机组', '物流设备': '叉车、正面吊',
                      '其他': '高空作业平台等'},
        notes2=['注：深圳按计划单列市单列；海外按国家列示。'], overseas_clients=[18, 9, 4],
        overseas_devices=['挖掘机、装载机', '起重机、挖掘机', '挖掘机'], dept='产品运营部', preparer='孙一鸣', reviewer='钱思远',
        seal_name='上海华兴数字科技有限公司'))
    p1 = [('设备总览', [('在线设备（台/套）', '连接的工业设备/产品/产线种类及数量（台/套）', v['dev_total'], '台/套'),
                    ('公有云设备（台/套）', '公有云工业设备连接数量（台/套）', v['dev_public'], '台/套'),
                    ('日均开工设备（台/套）', '公有云工业设备平均日运行数量（台/套）', v['dev_daily'], '台/套'),
                    ('注册企业（家）', '注册企业用户数（个）', v['registered'], '家'),
                    ('服务企业（家）', '实际服务企业数（个）', v['served'], '家'),
                    ('付费企业（家）', '付费企业数（个）', v['paid'], '家')])]
    p2 = [('应用市场', [('上架工业APP（个）', '工业APP数量（个）', v['app'], '个'),
                    ('APP订阅（个）', '工业APP订阅总数量（个）', v['subs'], '个')])]
    img1 = dashboard_pages(pkg, p1, F_S1, facts, HUAXING['url'] + '/screen')[0]
    img2 = dashboard_pages(pkg, p2, F_S2, facts, HUAXING['url'] + '/market', chart='近12个月APP订阅量（个）')[0]
    files[F_S1] = png_bytes(img1)
    files[F_S2] = png_bytes(img2)
    refs['screen_rows'] = ['注册企业用户数（个）', '其中：实际服务企业数（个）', '其中：付费企业数（个）', '工业APP数量（个）',
                           '工业APP订阅总数量（个）']
    files[F_IP], refs['ip'] = ev.ip_pdf(pkg, dom, F_IP, facts, dict(
        title='易维讯平台知识产权清单', header_right='2024年7月', front='roman', footer='dash', watermark=WATERMARK,
        wm_mode='over', holder_short='华兴数字'))
    files[F_AW] = awards_scan_d(pkg, F_AW, facts)
    proofs = proofs_for(names, refs, {'平台获得省部级及以上奖项/荣誉数量（个）': '附件3-5 荣誉证书汇编第1页'})
    proofs['平台近三年经营指标情况'] = proofs['平台相关营业收入（万元）']
    cells = forms.all_cells(pkg, dom)
    default_proof(proofs, cells)
    F_FORM = TOP + '附件2 申报表.docx'
    files[F_FORM] = forms.form_docx(pkg, dom, proofs, {'date': '2024年7月16日'})
    files[TOP + '附件2 申报表（扫描）.pdf'] = forms.form_scan(pkg, dom, proofs, {'date': '2024年7月16日', 'dpi': 96})
    attach = [('附件3-1 审计报告', f'第1-{refs["audit"]["body_total"]}页'), ('附件3-2 设备接入统计', '第1-3页'),
              ('附件3-3 平台截图（驾驶舱、应用市场）', '2张'), ('附件3-4 知识产权清单', f'第1-{refs["ip"]["body_total"]}页'),
              ('附件3-5 荣誉证书汇编（扫描）', '共5页')]
    F_SBS = TOP + '附件3 申报书.docx'
    files[F_SBS] = forms.shenbaoshu_docx(pkg, dom, attach, {'footer': 'dash'})
    rows = pkg.summary_rows(forms.form_texts(pkg, dom), forms.basics(pkg, dom))
    F_SUM = TOP + '附件4 汇总表.xlsx'
    files[F_SUM] = forms.summary_xlsx(pkg, dom, rows, {})
    files[TOP + '附件5 真实性承诺.pdf'] = forms.commitment_scan(pkg, {'date': '2024年7月16日'})
    files[TOP + '附件1 联系人信息反馈表.docx'] = forms.contact_docx(pkg)
    roles = {TOP + '附件1 联系人信息反馈表.docx': '联系人表', F_FORM: '申报表', TOP + '附件2 申报表（扫描）.pdf': '申报表扫描件',
             F_SBS: '申报书', F_AUD: 'evidence:audit_report', F_DEV: 'evidence:device_list', F_S1: 'evidence:screenshot',
             F_S2: 'evidence:screenshot', F_IP: 'evidence:patent_list', F_AW: 'evidence:award_list', F_SUM: '汇总表',
             TOP + '附件5 真实性承诺.pdf': '承诺'}
    t, d = pkg.t, pkg.decl
    regsum = sum(d['dev_reg'].values())
    problems = [
        dict(id=f'{pkg.pid}-01-growth_rate', family='growth_rate', fields=['平台近三年经营指标情况'], files=[F_FORM],
             severity='error',
             description=(f'2023年增长率填报 {f2(d["growth"][2023])}%，由2022年营收 {f2(d["rev"][2022])} 万元与2023年营收 '
                          f'{f2(d["rev"][2023])} 万元计算应为 {f2(growth(d["rev"][2023], d["rev"][2022]))}%（审计报告附表一同行亦为 '
                          f'{f2(t["growth"][2023])}）')),
        dict(id=f'{pkg.pid}-02-count_vs_list', family='count_vs_list', fields=['平台获得省部级及以上奖项/荣誉数量（个）'],
             files=[F_FORM, F_AW], severity='error',
             description=(f'申报表填报省部级及以上奖项/荣誉 {d["awards"]} 个（列举中含“{HUAXING["award_extra"][0][0]}”），'
                          f'荣誉证书汇编（扫描件）清单“共{t["awards"]}项”，仅附 {t["awards"]} 份证书')),
        dict(id=f'{pkg.pid}-03-breakdown_sum', family='breakdown_sum',
             fields=['按省市区域统计工业设备数量（台/套）', '连接的工业设备/产品/产线种类及数量（台/套）'], files=[F_FORM, F_DEV],
             severity='error',
             description=(f'按省市区域统计工业设备数量各项之和为 {ci(regsum)} 台/套，与连接的工业设备总数 {ci(d["dev_total"])} 台/套不一致'
                          f'（“江苏”填 {ci(d["dev_reg"]["江苏"])}，设备统计表2（/Rotate 90 横向页）为 {ci(t["dev_reg"]["江苏"])}）；'
                          '按二级分类统计之和与总数一致')),
    ]
    layout = ['zip', 'zip_root_folder', 'form:docx+stamped_scan(96dpi)', 'form_proof:printed_pages',
              'audit:text(roman front, watermark middle, report_no header)', 'audit:platform_note_rotate90(元)',
              'audit:footnote_related_party', 'audit:cert_image_page', 'device:portrait+rotate90+sideways_scan',
              'screenshots:png', 'ip:pdf(roman front, dash footer)', 'awards:scan(image-only)', 'shenbaoshu:docx(dash footer)']
    desc = ('序号15 华兴数字 易维讯（2023未参评），ZIP含顶层文件夹，3个问题：2023年增长率算错、荣誉数量与证书汇编不符、'
            '设备区域分布之和不等于总数。版面：水印插在页眉之后、罗马前置页、/Rotate 90 平台专项说明（元）与区域表、侧向扫描海外明细。')
    return pkg, files, roles, facts, problems, layout, desc, [HUAXING['password']]


def awards_scan_d(pkg, file, facts):
    from h76lib import scan
    from h76lib.furniture import Office
    from h76lib.pdfkit import Pdf, two_pass
    aw = pkg.spec['award_list']

    def build(totals):
        pdf = Pdf(Office(left='上海华兴数字科技有限公司', right='荣誉证书汇编', footer='page_of', total_override=len(aw) + 1), totals)
        pdf.numbering('arabic', 1)
        pdf.new_page('portrait')
        pdf.heading(f'荣誉证书汇编清单（共{len(aw)}项）', 14, 'center')
        rows = [['序号', '荣誉名称', '时间', '颁发单位', '所在页']] + [[str(i + 1), n, y, o, f'第{i + 2}页'] for i, (n, y, o) in enumerate(aw)]
        pdf.table(rows, [34, 200, 50, 140, 47], 9, min_h=20)
        for i, (n, y, o) in enumerate(aw):
            pdf.new_page('portrait')
            img = ev.certificate_image(n, o, y, pkg.spec['company']['name'], pkg.seed + 80 + i)
            pdf.c.drawImage(ev.scan_reader(img), 40, 220, pdf.W - 80, (pdf.W - 80) * img.height / img.width)
        return pdf, None

    data, pdf, _ = two_pass(build)
    seal = scan.seal(pkg.spec['company']['name'], 230, seed=pkg.seed + 91)
    out = ev.rasterize_scan(data, pkg.seed + 400, seals={1: [(0.7, 0.55, seal)]}, dpi=100)
    facts.add('平台获得省部级及以上奖项/荣誉数量（个）', str(len(aw)), '项', len(aw), file, 1, f'荣誉证书汇编清单（共{len(aw)}项）',
              '荣誉证书汇编清单', image_only=True)
    return out


# ================================================================================================= main
BUILDERS = [build_xpa, build_tansuo, build_baowu, build_huaxing]


def write_package(pid: str, files: dict, zipped: bool, out: Path):
    if zipped:
        path = out / f'{pid}.zip'
        if path.exists():
            path.unlink()
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
            top = sorted({k.split('/')[0] + '/' for k in files if '/' in k})
            for t in top:
                zi = zipfile.ZipInfo(t, ZIP_DATE)
                zi.external_attr = 0o40755 << 16
                z.writestr(zi, b'')
            for name in sorted(files):
                zi = zipfile.ZipInfo(name, ZIP_DATE)
                zi.compress_type = zipfile.ZIP_DEFLATED
                zi.external_attr = 0o644 << 16
                z.writestr(zi, files[name])
        path.write_bytes(buf.getvalue())
    else:
        root = out / pid
        if root.exists():
            shutil.rmtree(root)
        for name, data in files.items():
            p = root / name
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_bytes(data)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--out', type=Path, default=None, help='write packages to OUT/packages and truth to OUT/truth')
    a = ap.parse_args(argv)
    if a.out:
        out_pk, out_tr = a.out / 'packages', a.out / 'truth'
    else:
        out_pk, out_tr = HERE / 'packages', HERE / 'truth'
    out_pk.mkdir(parents=True, exist_ok=True)
    out_tr.mkdir(parents=True, exist_ok=True)
    total_f = total_p = 0
    for b in BUILDERS:
        pkg, files, roles, facts, problems, layout, desc, secrets = b(out_pk, out_tr)
        assert set(files) == set(roles), (set(files) ^ set(roles))
        zipped = bool(pkg.spec.get('zip'))
        write_package(pkg.pid, files, zipped, out_pk)
        rel = f'{REL_PACKAGES}/{pkg.pid}' + ('.zip' if zipped else '')
        write_truth(pkg, files, roles, facts, problems, layout, desc, 'zip' if zipped else 'folder', out_tr, rel, secrets)
        total_f += len(facts.items)
        total_p += len(problems)
        print(f'{pkg.pid}: {len(files)} files, {len(facts.items)} facts, {len(problems)} problems')
    print(f'total: {total_f} facts, {total_p} problems')


if __name__ == '__main__':
    main()
