"""Verify blind set h76: truth loads, files match, quotes are on their (physical) pages, the clean package is
internally consistent by the notice's rules, and each problem package has exactly the problems it claims.
Exits 1 on any failure.

    .venv/bin/python eval_sets/blind/h76/verify.py [--packages DIR]
"""
from __future__ import annotations

import argparse
import io
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))

import pypdfium2 as pdfium  # noqa: E402
from docx import Document  # noqa: E402
from openpyxl import load_workbook  # noqa: E402

from eval_sets.truth import load_truth  # noqa: E402

APPX_A = {'采矿设备', '化工设备', '冶炼设备', '电力设备', '建材设备', '动力设备', '仪器仪表', '机床', '机器人', '电工、电子设备',
          '轻工设备', '工程机械', '农林机械', '物流设备', '交通设备', '其他'}
APPX_B = {'安全生产', '节能减排', '质量管控', '供应链管理', '研发设计', '生产制造', '运营管理', '仓储物流', '运维服务'}
APPX_C = {'采矿', '黑色金属', '有色金属', '石化化工', '建材', '医药', '纺织', '家电', '食品', '烟草', '轻工', '机械', '汽车',
          '航空/航天', '船舶', '轨道交通', '电子', '电力、热力和燃气', '建筑业', '农业', '服务业', '其他'}
APPX_D = {'数据算法模型', '研发仿真模型', '行业机理模型', '业务流程模型'}
APPX_E = {'数字化管理', '平台化设计', '网络化协同', '智能化制造', '个性化定制', '服务化延伸'}
APPX_F = {'北京', '天津', '上海', '重庆', '河北', '山西', '辽宁', '吉林', '黑龙江', '江苏', '浙江', '安徽', '福建', '江西', '山东',
          '河南', '湖北', '湖南', '广东', '海南', '四川', '贵州', '云南', '陕西', '甘肃', '青海', '内蒙古', '广西', '西藏', '宁夏',
          '新疆', '大连', '青岛', '宁波', '厦门', '深圳', '香港', '澳门', '台湾'}
OVERSEAS = re.compile(r'^[\u4e00-\u9fff]+[A-Z][A-Za-z ]+$')
LIST6 = {11: ('数字化环境装备服务工业互联网平台', True), 15: ('华兴数字易维讯工程机械工业互联网平台', False),
         22: ('面向钢铁行业的设备远程运维平台', True), 27: ('零碳绿色工厂综合数智化管理平台', False)}
REQUIRED = {'联系人表': '附件1 联系人信息反馈表', '申报表': '附件2 申报表', '申报表扫描件': '附件2 申报表盖章扫描件',
            '申报书': '附件3 申报书', '汇总表': '附件4 平台基本情况汇总表', '承诺': '附件5 真实性承诺'}
CHAPTER_RE = ['一、申报单位简介', '二、平台建设及运营情况', '三、平台应用成效', '四、平台下一步发展计划', '五、平台应用案例',
              '六、附件及其他说明材料']
CH7 = '七、平台相较上年度对比情况'


def r2(x):
    return round(x + 1e-9, 2)


class Pkg:
    def __init__(self, truth, base: Path | None):
        self.t = truth
        rel = truth.path
        if base is not None:
            rel = rel.replace('eval_sets/blind/h76/packages', str(base))
            self.path = Path(rel)
        else:
            self.path = ROOT / rel
        self.blobs: dict[str, bytes] = {}
        if truth.delivery == 'zip':
            with zipfile.ZipFile(self.path) as z:
                for n in z.namelist():
                    if not n.endswith('/'):
                        self.blobs[n] = z.read(n)
        else:
            for p in sorted(self.path.rglob('*')):
                if p.is_file():
                    self.blobs[p.relative_to(self.path).as_posix()] = p.read_bytes()
        self.rows = {r.label: r for r in truth.summary_rows}
        self._pdf_text: dict[str, list[str]] = {}

    def pdf_pages(self, name: str) -> list[str]:
        if name not in self._pdf_text:
            doc = pdfium.PdfDocument(self.blobs[name])
            texts = []
            for i in range(len(doc)):
                texts.append(doc[i].get_textpage().get_text_range())
            self._pdf_text[name] = texts
        return self._pdf_text[name]

    def n(self, label):
        return self.rows[label].normalized

    def file_of(self, role):
        return [k for k, v in self.t.files.items() if v == role]


def docx_cells(data: bytes) -> tuple[list[list[str]], str]:
    d = Document(io.BytesIO(data))
    rows = []
    for t in d.tables:
        for r in t.rows:
            rows.append([c.text for c in r.cells])
    text = '\n'.join(p.text for p in d.paragraphs) + '\n' + '\n'.join('\t'.join(r) for r in rows)
    return rows, text


def xlsx_rows(data: bytes) -> list[list[list[str]]]:
    wb = load_workbook(io.BytesIO(data))
    out = []
    for ws in wb.worksheets:
        out.append([['' if c is None else str(c) for c in row] for row in ws.iter_rows(values_only=True)])
    return out


def form_table(pkg: Pkg) -> tuple[dict[str, str], str]:
    """内容 -> 平台实际情况 from the 申报表 (DOCX or XLSX), and its whole text."""
    name = pkg.file_of('申报表')[0]
    data = pkg.blobs[name]
    cells = {}
    if name.endswith('.docx'):
        rows, text = docx_cells(data)
    else:
        sheets = xlsx_rows(data)
        rows = [r for s in sheets for r in s]
        text = '\n'.join('\t'.join(r) for r in rows)
    for r in rows:
        if len(r) >= 6 and r[3] and r[3] != '内容':
            cells[r[3]] = r[4]
        elif len(r) >= 2 and r[0] in ('平台名称', '平台基本情况介绍', '平台建设成效', 'IaaS基础设施', '平台建设方式', '部署方式'):
            cells['二:' + r[0]] = r[1] if r[1] else r[-1]
    return cells, text


# ------------------------------------------------------------------------------------------------ structural checks
def check_files(pkg: Pkg, errors: list[str]):
    on_disk = set(pkg.blobs)
    declared = set(pkg.t.files)
    if on_disk != declared:
        errors.append(f'{pkg.t.package_id}: files differ: extra {sorted(on_disk - declared)} missing {sorted(declared - on_disk)}')


def num_of(value: str, unit: str) -> float:
    x = value.replace(',', '')
    m = re.fullmatch(r'(\d+(?:\.\d+)?)(万)?', x)
    if not m:
        raise ValueError(value)
    v = float(m.group(1)) * (10000 if m.group(2) else 1)
    if unit == '元':
        v /= 10000
    return v


def check_quotes(pkg: Pkg, errors: list[str]):
    pid = pkg.t.package_id
    for f in pkg.t.evidence_facts:
        where = f'{pid}: fact {f.label} [{f.file} p{f.page}]'
        if f.value not in f.quote:
            errors.append(f'{where}: value {f.value!r} not in quote {f.quote!r}')
        try:
            if abs(num_of(f.value, f.unit) - float(f.normalized)) > 0.005:
                errors.append(f'{where}: normalized {f.normalized} != value {f.value} {f.unit}')
        except ValueError:
            errors.append(f'{where}: unparsable value {f.value!r}')
        data = pkg.blobs.get(f.file)
        if data is None:
            errors.append(f'{where}: file missing')
            continue
        if f.file.endswith('.pdf'):
            pages = pkg.pdf_pages(f.file)
            if f.page > len(pages):
                errors.append(f'{where}: only {len(pages)} pages')
                continue
            text = pages[f.page - 1]
            if f.image_only:
                if text.strip():
                    errors.append(f'{where}: image_only but the page has a text layer')
            elif f.quote not in text:
                errors.append(f'{where}: quote {f.quote!r} not on the page')
        elif f.file.endswith('.xlsx'):
            sheets = xlsx_rows(data)
            if f.page > len(sheets):
                errors.append(f'{where}: only {len(sheets)} sheets')
                continue
            if not any(f.quote in c for r in sheets[f.page - 1] for c in r):
                errors.append(f'{where}: quote not in sheet {f.page}')
            if f.image_only:
                errors.append(f'{where}: xlsx fact marked image_only')
        elif f.file.endswith('.png'):
            if f.page != 1 or not f.image_only:
                errors.append(f'{where}: png facts are page 1 and image_only')
        else:
            errors.append(f'{where}: unexpected evidence type')


def check_scans(pkg: Pkg, errors: list[str]):
    for role in ('申报表扫描件', '承诺'):
        for name in pkg.file_of(role):
            if any(t.strip() for t in pkg.pdf_pages(name)):
                errors.append(f'{pkg.t.package_id}: {name} should be image-only')


# ------------------------------------------------------------------------------------------------ findings
def findings(pkg: Pkg) -> list[tuple[str, set, str]]:
    """Everything a careful reviewer would flag: (family, fields, message)."""
    out = []
    n = pkg.n
    t = pkg.t

    def flag(family, fields, msg):
        out.append((family, set(fields), msg))

    # required files
    roles = set(t.files.values())
    for role, label in REQUIRED.items():
        if role not in roles:
            flag('missing_file', [label], f'no {label}')
    # platform name
    listed, p2023 = LIST6[t.platform.list_no]
    if n('平台名称') != listed:
        flag('platform_name', ['平台名称'], 'name differs from 附件6')
    # team
    if n('平台团队总人数（人）') != n('运维人数（人）') + n('运营人数（人）'):
        flag('identity', ['平台团队总人数（人）', '运维人数（人）', '运营人数（人）'], 'team sum')
    if n('有相关技术职称/从业资格的人数（人）') > n('平台团队总人数（人）'):
        flag('subset', ['有相关技术职称/从业资格的人数（人）'], 'titled > total')
    # finance formulas
    rev = n('平台相关营业收入（万元）')
    three = n('平台近三年经营指标情况')
    if three['2023年平台营收（万元）'] != rev:
        flag('formula', ['平台近三年经营指标情况', '平台相关营业收入（万元）'], '2023 revenue differs')
    if r2(n('平台相关研发投入（万元）') / rev * 100) != n('平台相关研发投入强度（%）'):
        flag('formula', ['平台相关研发投入强度（%）'], 'R&D intensity')
    facts = t.evidence_facts
    comp = {}
    for f in facts:
        if f.component:
            comp.setdefault(f.component, f.normalized)
    prev = {2020: comp.get('2020年平台营收（万元）')}
    for y in (2021, 2022, 2023):
        prev[y] = three[f'{y}年平台营收（万元）']
    for y in (2021, 2022, 2023):
        if prev[y - 1] is None:
            continue
        if r2((prev[y] / prev[y - 1] - 1) * 100) != three[f'{y}年增长率（%）']:
            flag('growth_rate', ['平台近三年经营指标情况'], f'{y} growth')
    profit = comp.get('平台利润总额（万元）')
    if profit is not None and r2(profit / rev * 100) != n('平台利润率（%）'):
        flag('formula', ['平台利润率（%）'], 'margin')
    yp = comp.get('平台年利润（万元）')
    if yp is not None and r2(yp / n('平台建设金额（万元）') * 100) != n('投资回报率（%）'):
        flag('formula', ['投资回报率（%）'], 'ROI')
    if r2(n('付费企业数（个）') / n('注册企业用户数（个）') * 100) != n('付费用户占比（%）'):
        flag('formula', ['付费用户占比（%）'], 'paid ratio')
    if r2(n('存储工业数据量（TB）') / n('存储容量（TB）') * 100) != n('存储资源利用率（%）'):
        flag('formula', ['存储资源利用率（%）'], 'storage utilisation')
    # breakdowns
    sums = [
        ('按二级分类统计工业设备数量（台/套）', '连接的工业设备/产品/产线种类及数量（台/套）', APPX_A),
        ('按省市区域统计工业设备数量（台/套）', '连接的工业设备/产品/产线种类及数量（台/套）', 'F'),
        ('按二级分类统计公有云工业设备数量（台/套）', '公有云工业设备连接数量（台/套）', APPX_A),
        ('按省市区域统计公有云工业设备数量（台/套）', '公有云工业设备连接数量（台/套）', 'F'),
        ('按二级分类统计公有云工业设备平均日运行数量（台/套）', '公有云工业设备平均日运行数量（台/套）', APPX_A),
        ('按省市区域统计公有云工业设备平均日运行数量（台/套）', '公有云工业设备平均日运行数量（台/套）', 'F'),
        ('按海外国家分类统计海外设备连接数量（台/套）', '海外设备连接数量（台/套）', 'O'),
        ('按分类统计工业APP数量（个）', '工业APP数量（个）', APPX_B),
        ('按行业统计工业APP数量（个）', '工业APP数量（个）', APPX_C),
        ('按分类统计公有云工业APP平均日活跃数量（个）', '公有云工业APP平均日活跃数量（个）', APPX_B),
        ('按行业统计公有云工业APP平均日活跃数量（个）', '公有云工业APP平均日活跃数量（个）', APPX_C),
        ('按分类统计工业模型数量（个）', '工业机理模型数量（个）', APPX_D),
        ('按行业统计服务企业数（个）', '实际服务企业数（个）', APPX_C),
        ('按省市区域统计服务企业数（个）', '实际服务企业数（个）', 'F'),
        ('按新模式统计解决方案数量（个）', '平台提供的解决方案总数（个）', APPX_E),
    ]
    for bl, tl, cats in sums:
        d = n(bl)
        if not isinstance(d, dict):
            flag('blank', [bl], 'breakdown missing')
            continue
        if sum(d.values()) != n(tl):
            flag('breakdown_sum', [bl, tl], f'sum {sum(d.values())} != {n(tl)}')
        for k in d:
            ok = (k in cats) if isinstance(cats, set) else (
                k in APPX_F or OVERSEAS.match(k) if cats == 'F' else bool(OVERSEAS.match(k)))
            if not ok:
                flag('invalid_category', [bl], f'category {k}')
    over = n('按海外国家分类统计海外设备连接数量（台/套）') or {}
    reg = n('按省市区域统计工业设备数量（台/套）')
    for k, val in over.items():
        if reg.get(k) != val:
            flag('breakdown_sum', ['按海外国家分类统计海外设备连接数量（台/套）', '按省市区域统计工业设备数量（台/套）'], k)
    if n('按省市区域统计服务企业数（个）').get('上海') != n('服务本市企业数量（个）'):
        flag('subset', ['服务本市企业数量（个）'], '上海 region differs from 服务本市')
    # subsets
    le = [('公有云工业设备连接数量（台/套）', '连接的工业设备/产品/产线种类及数量（台/套）'),
          ('公有云工业设备平均日运行数量（台/套）', '公有云工业设备连接数量（台/套）'),
          ('海外设备连接数量（台/套）', '连接的工业设备/产品/产线种类及数量（台/套）'),
          ('工业APP数量（个）', '工业软件总量（个）'), ('基于平台开发的工业APP数量（个）', '工业APP数量（个）'),
          ('云化工业软件数量（个）', '工业APP数量（个）'), ('工业APP平均月活跃数量（个）', '工业APP数量（个）'),
          ('公有云工业APP数量（个）', '工业APP数量（个）'), ('公有云工业APP平均日活跃数量（个）', '公有云工业APP数量（个）'),
          ('平台公有云实际使用数量（台）', '平台实际用云量（台）'), ('公有云数据总量（TB）', '存储工业数据量（TB）'),
          ('存储工业数据量（TB）', '存储容量（TB）'), ('活跃机理模型数量（一周调用5次以上）（个）', '工业机理模型数量（个）'),
          ('活跃微服务数量（一周调用5次以上）（个）', '微服务数量（个）'), ('活跃开发者数（个）', '开发者注册总数（个）'),
          ('实际服务企业数（个）', '注册企业用户数（个）'), ('付费企业数（个）', '实际服务企业数（个）'),
          ('服务本市企业数量（个）', '实际服务企业数（个）'), ('服务中小企业数量（个）', '实际服务企业数（个）'),
          ('杀手锏工业APP订阅数量（个）', '工业APP订阅总数量（个）')]
    for a, b in le:
        if n(a) > n(b):
            flag('subset', [a, b], f'{a} > {b}')
    if n('基于平台开发的工业APP数量（个）') + n('云化工业软件数量（个）') > n('工业APP数量（个）'):
        flag('subset', ['基于平台开发的工业APP数量（个）', '云化工业软件数量（个）'], 'native+cloud > app')
    if n('杀手锏APP数量（个）') != 5:
        flag('formula', ['杀手锏APP数量（个）'], 'killer apps should be the top 5')
    # blanks
    for r in t.summary_rows:
        if r.normalized is None or r.normalized == '':
            flag('blank', [r.label], 'blank')
    # declared vs evidence
    for f in facts:
        if f.component:
            if f.component.endswith('年平台营收（万元）') and f.component[:4] in ('2021', '2022'):
                if three[f.component] != f.normalized:
                    flag('declared_vs_evidence', ['平台近三年经营指标情况'], f.component)
            continue
        if f.label not in pkg.rows:
            continue
        decl = n(f.label)
        if decl is None or abs(float(decl) - float(f.normalized)) > 0.005:
            role = t.files[f.file]
            fam = ('count_vs_list' if role in ('evidence:patent_list', 'evidence:award_list') else
                   'screenshot_vs_form' if role == 'evidence:screenshot' else 'declared_vs_evidence')
            flag(fam, [f.label], f'{f.label}: declared {decl} vs {f.normalized} in {f.file} p{f.page}')
    # 汇总表 vs 申报表 (truth rows are the 申报表's)
    for name in pkg.file_of('汇总表'):
        sheet = xlsx_rows(pkg.blobs[name])[0]
        got = {r[0]: r[1] for r in sheet if r and r[0]}
        for r in t.summary_rows:
            shown = got.get(r.label)
            if shown is None:
                flag('summary_vs_form', [r.label], 'row missing in 汇总表')
            elif re.sub(r'\s', '', shown) != re.sub(r'[\s；]', '', r.value) and \
                    re.sub(r'\s', '', shown.replace('\n', '；')) != re.sub(r'\s', '', r.value):
                flag('summary_vs_form', [r.label], f'{shown!r} vs {r.value!r}')
    # 申报表 text carries the declared values, char limits, answer formats, conditionals
    cells, text = form_table(pkg)
    for lab in ('平台相关营业收入（万元）', '平台相关研发投入（万元）', '连接的工业设备/产品/产线种类及数量（台/套）', '实际服务企业数（个）',
                '工业APP数量（个）', '平台核心软硬件技术获得的专利数量（项）', '平台核心软硬件技术获得的软著数量（个）'):
        v = n(lab)
        s = f'{v:.2f}' if isinstance(v, float) else str(v)
        if s not in text:
            raise AssertionError(f'{t.package_id}: {lab} {s} not found in the 申报表')
    limits = {'平台定位是否明确': 50, '其他资源汇聚情况': 200, '平台有否与新技术的融合应用': 300,
              '平台对关键行业/领域、本市及其他重点区域等贡献及支撑': 300, '跨平台调用功能建设情况': 200,
              '新产业、新模式培育情况': 300, '二:平台基本情况介绍': 500, '二:平台建设成效': 500}
    for k, lim in limits.items():
        if k not in cells:
            raise AssertionError(f'{t.package_id}: {k} not found in the 申报表')
        if len(re.sub(r'\s', '', cells[k])) > lim:
            flag('char_limit', [k.replace('二:', '')], f'{len(cells[k])} > {lim}')
    for line in cells['是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势'].split('\n'):
        if len(re.sub(r'^\d+\.', '', line)) > 50:
            flag('char_limit', ['是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势'], line)
    for k in ('有否定期开展第三方安全测试/测评', '有否定期进行安全扫描'):
        if not (cells[k] == '否' or cells[k].startswith('是，')):
            flag('answer_format', [k], cells[k])
    for k in ('是否支持可拓展云计算能力', '是否提供通用建模分析算法', '是否建立开发者社区及相关功能'):
        if cells[k] not in ('是', '否'):
            flag('answer_format', [k], cells[k])
    iaas = cells.get('二:IaaS基础设施', '')
    if '☑ 租用' in iaas and iaas.rstrip().endswith('＿＿＿＿'):
        flag('conditional', ['IaaS基础设施'], 'vendor missing')
    build = cells.get('二:平台建设方式', '')
    if '☑ 合作共建' in build and build.rstrip().endswith('＿＿＿＿'):
        flag('conditional', ['平台建设方式'], 'partner missing')
    # 申报书 chapters
    for name in pkg.file_of('申报书'):
        data = pkg.blobs[name]
        if name.endswith('.pdf'):
            body = '\n'.join(pkg.pdf_pages(name))
        else:
            body = docx_cells(data)[1]
        for ch in CHAPTER_RE:
            if ch not in body:
                flag('missing_section', [ch], 'chapter missing')
        if p2023 and CH7 not in body:
            flag('section7', [CH7], 'chapter 七 missing')
    return out


def match(problems, found) -> tuple[list[str], list[str]]:
    """(problems not found, findings not planted)"""
    unplanted = []
    hit = set()
    for fam, fields, msg in found:
        ok = False
        for p in problems:
            if p.family == fam and (fam == 'missing_file' or fields & set(p.fields)):
                hit.add(p.id)
                ok = True
        if not ok:
            unplanted.append(f'{fam} {sorted(fields)}: {msg}')
    missed = [p.id for p in problems if p.id not in hit]
    return missed, unplanted


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument('--packages', type=Path, default=None, help='packages folder (default: the truth paths)')
    ap.add_argument('--truth', type=Path, default=HERE / 'truth')
    a = ap.parse_args(argv)
    errors: list[str] = []
    truths = sorted(a.truth.glob('*.json'))
    if len(truths) != 4:
        errors.append(f'expected 4 truth files, got {len(truths)}')
    clean = 0
    nf = np_ = 0
    for path in truths:
        t = load_truth(path)
        nf += len(t.evidence_facts)
        np_ += len(t.problems)
        pkg = Pkg(t, a.packages)
        check_files(pkg, errors)
        check_quotes(pkg, errors)
        check_scans(pkg, errors)
        if not 18 <= len(t.evidence_facts) <= 35:
            errors.append(f'{t.package_id}: {len(t.evidence_facts)} facts')
        if len(t.summary_rows) != 103:
            errors.append(f'{t.package_id}: {len(t.summary_rows)} summary rows')
        if t.platform.participated_2023 != LIST6[t.platform.list_no][1] or t.platform.listed_name != LIST6[t.platform.list_no][0]:
            errors.append(f'{t.package_id}: platform reference differs from 附件6')
        try:
            found = findings(pkg)
        except AssertionError as e:
            errors.append(str(e))
            continue
        if not t.problems:
            clean += 1
            for fam, fields, msg in found:
                errors.append(f'{t.package_id} (clean): {fam} {sorted(fields)}: {msg}')
        else:
            if not 2 <= len(t.problems) <= 5:
                errors.append(f'{t.package_id}: {len(t.problems)} problems')
            missed, unplanted = match(t.problems, found)
            for m in missed:
                errors.append(f'{t.package_id}: planted problem not detected: {m}')
            for u in unplanted:
                errors.append(f'{t.package_id}: unplanted finding: {u}')
        print(f'{t.package_id}: {len(t.evidence_facts)} facts, {len(t.problems)} problems, '
              f'{len(found)} findings ({"clean" if not t.problems else "problems"})')
    if clean != 1:
        errors.append(f'expected exactly one clean package, got {clean}')
    for e in errors:
        print('FAIL', e)
    print(f'{len(truths)} packages, {nf} facts, {np_} problems: ' + ('OK' if not errors else f'{len(errors)} failures'))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
