"""One package's numbers: the platform as the evidence prints it (`true`) and as the applicant declares it
(`decl`, the true values plus the planted mutations); form cell texts and 附件4 rows are rendered from `decl`."""
from __future__ import annotations

import copy

from .notice import SUMMARY_FROM_FORM, SUMMARY_LABELS


def split(total: int, weights: dict[str, float]) -> dict[str, int]:
    """Largest-remainder split of an integer total by weights (order kept)."""
    s = sum(weights.values())
    raw = {k: total * w / s for k, w in weights.items()}
    base = {k: int(v) for k, v in raw.items()}
    rest = total - sum(base.values())
    for k in sorted(raw, key=lambda k: (-(raw[k] - base[k]), list(raw).index(k)))[:rest]:
        base[k] += 1
    return base


def r2(x: float) -> float:
    return float(f'{x + 1e-9:.2f}') if x >= 0 else float(f'{x - 1e-9:.2f}')


def f2(x: float) -> str:
    return f'{x:.2f}'


def c2(x: float) -> str:
    return f'{x:,.2f}'


def ci(n: int) -> str:
    return f'{n:,}'


def bd_text(d: dict, unit: str = '') -> str:
    return '、'.join(f'{k}：{v}{unit}' for k, v in d.items())


def growth(cur: float, prev: float) -> float:
    return r2((cur / prev - 1) * 100)


class Pkg:
    """Built from a spec dict (see specs.py)."""

    def __init__(self, spec: dict):
        self.spec = spec
        self.pid = spec['pid']
        self.seed = spec['seed']
        self.list_no = spec['list_no']
        self.t = self._world(spec)
        self.decl = copy.deepcopy(self.t)
        for fn in spec.get('mutations', []):
            fn(self.decl)
        self._refresh_derived(self.decl)
        for fn in spec.get('post', []):  # formula-breaking edits made after the applicant's own sums
            fn(self.decl)

    # ---------------------------------------------------------------------------------------------
    @staticmethod
    def _world(s: dict) -> dict:
        v: dict = {}
        rev = s['revenue']  # {2020: .., 2021: .., 2022: .., 2023: ..} 万元
        v['rev'] = dict(rev)
        v['growth'] = {y: growth(rev[y], rev[y - 1]) for y in (2021, 2022, 2023)}
        v['rd'] = s['rd']
        v['profit'] = s['profit']
        v['build_amount'] = s['build_amount']
        ops, run, titled = s['team']
        v['team'] = {'ops': ops, 'run': run, 'total': ops + run, 'titled': titled}
        d = s['devices']
        v['dev_total'] = d['total']
        v['dev_private'] = d.get('private')
        v['dev_public'] = d['public']
        v['dev_daily'] = d['daily']
        overseas = d.get('overseas', {})
        v['overseas'] = dict(overseas)
        v['overseas_total'] = sum(overseas.values())
        v['dev_cat'] = split(d['total'], d['cats'])
        v['dev_cat_public'] = split(d['public'], d['cats_public'] if 'cats_public' in d else d['cats'])
        v['dev_cat_daily'] = split(d['daily'], d['cats_daily'] if 'cats_daily' in d else d['cats'])
        dom_total = d['total'] - v['overseas_total']
        reg = split(dom_total, d['regions'])
        reg.update(overseas)
        v['dev_reg'] = reg
        share_pub = d.get('overseas_public', {k: round(n * d['public'] / d['total']) for k, n in overseas.items()})
        share_day = d.get('overseas_daily', {k: round(n * d['daily'] / d['total']) for k, n in overseas.items()})
        rp = split(d['public'] - sum(share_pub.values()), d['regions'])
        rp.update(share_pub)
        rd_ = split(d['daily'] - sum(share_day.values()), d['regions'])
        rd_.update(share_day)
        v['dev_reg_public'] = rp
        v['dev_reg_daily'] = rd_
        v['protocols'] = d['protocols']
        a = s['apps']
        v.update({k: a[k] for k in ('software', 'app', 'native', 'cloud_sw', 'mau', 'killer', 'killer_dau',
                                    'killer_hits', 'killer_rev', 'public_app', 'public_dau')})
        v['app_cat'] = split(a['app'], a['cats'])
        v['app_ind'] = split(a['app'], a['inds'])
        v['pub_cat'] = split(a['public_dau'], a.get('pub_cats', a['cats']))
        v['pub_ind'] = split(a['public_dau'], a.get('pub_inds', a['inds']))
        c = s['cloud']
        v.update({'servers': c['servers'], 'public_servers': c['public_servers'], 'capacity': c['capacity'],
                  'data': c['data'], 'public_data': c['public_data']})
        v['storage_util'] = r2(c['data'] / c['capacity'] * 100)
        m = s['models']
        v['models'] = m['total']
        v['models_active'] = m['active']
        v['model_users'] = m['users']
        v['model_cat'] = split(m['total'], m['cats'])
        v['speed'] = m['speed']
        v['micro'], v['micro_active'] = s['micro']
        v['devs'], v['devs_active'] = s['devs']
        u = s['users']
        v['registered'] = u['registered']
        v['served'] = u['served']
        v['paid'] = u['paid']
        v['sme'] = u['sme']
        v['user_ind'] = split(u['served'], u['inds'])
        v['user_reg'] = split(u['served'], u['regions'])
        v['local'] = v['user_reg']['上海']
        v['paid_ratio'] = r2(u['paid'] / u['registered'] * 100)
        v['orders'] = dict(s['orders'])
        v['trade_growth'] = s['trade_growth']
        v['subs'], v['subs_killer'] = s['subs']
        v['subs_amount'] = s['subs_amount']
        v['util'] = s['util']
        v['domestic'] = s['domestic']
        v['factories'] = list(s['factories'])
        v['parks'] = s['parks']
        v['solutions'] = s['solutions']
        v['sol_mode'] = split(s['solutions'], s['sol_modes'])
        v['roi'] = r2(s['profit'] / s['build_amount'] * 100)
        cases = s['cases']
        v['cases'] = cases
        v['ops_down'] = r2(sum(c_['ops'] for c_ in cases) / 3)
        v['energy_down'] = r2(sum(c_['energy'] for c_ in cases) / 3)
        v['safety_up'] = r2(sum(c_['safety'] for c_ in cases) / 3)
        v['indices'] = s['indices']
        v['patents'] = len(s['patent_list'])
        v['copyrights'] = len(s['copyright_list'])
        v['awards'] = len(s['award_list'])
        v['jobs'] = s['jobs']
        v['social'] = s['social']
        v['partners'] = s['partners']
        v['rd_int'] = r2(v['rd'] / rev[2023] * 100)
        v['margin'] = r2(v['profit'] / rev[2023] * 100)
        return v

    @staticmethod
    def _refresh_derived(v: dict) -> None:
        """The applicant computes formulas from the figures it declares."""
        rev = v['rev']
        v['growth'] = {y: growth(rev[y], rev[y - 1]) for y in (2021, 2022, 2023)}
        v['rd_int'] = r2(v['rd'] / rev[2023] * 100)
        v['margin'] = r2(v['profit'] / rev[2023] * 100)
        v['team']['total'] = v['team']['ops'] + v['team']['run']

    # ---------------------------------------------------------------------------------------------
    def cells(self, texts: dict) -> dict[str, str]:
        """指标明细表 平台实际情况 cell texts (declared)."""
        v = self.decl
        s = self.spec
        dev_total = (f"总数{v['dev_total']}台/套，其中私有化部署涉及的相关数量{v['dev_private']}台/套"
                     if v.get('dev_private') and s.get('private_format') else str(v['dev_total']))
        cell = {
            '平台团队总人数（人）': str(v['team']['total']),
            '其中：运维人数（人）': str(v['team']['ops']),
            '运营人数（人）': str(v['team']['run']),
            '其中：有相关技术职称/从业资格的人数（人）': str(v['team']['titled']),
            '平台相关研发投入（万元）': f2(v['rd']),
            '平台相关研发投入强度（%）': f2(v['rd_int']),
            '平台相关营业收入（万元）': f2(v['rev'][2023]),
            '平台利润率（%）': f2(v['margin']),
            '付费用户占比（%）': f2(v['paid_ratio']),
            '连接的工业设备/产品/产线种类及数量（台/套）': dev_total,
            '按二级分类统计工业设备数量（台/套）': bd_text(v['dev_cat']),
            '按省市区域统计工业设备数量（台/套）': bd_text(v['dev_reg']),
            '其中：公有云工业设备连接数量（台/套）': str(v['dev_public']),
            '按二级分类统计公有云工业设备数量（台/套）': bd_text(v['dev_cat_public']),
            '按省市区域统计公有云工业设备数量（台/套）': bd_text(v['dev_reg_public']),
            '其中：公有云工业设备平均日运行数量（台/套）': str(v['dev_daily']),
            '按二级分类统计公有云工业设备平均日运行数量（台/套）': bd_text(v['dev_cat_daily']),
            '按省市区域统计公有云工业设备平均日运行数量（台/套）': bd_text(v['dev_reg_daily']),
            '其中：海外设备连接数量（台/套）': str(v['overseas_total']),
            '其中：按海外国家分类统计海外设备连接数量': bd_text(v['overseas']) if v['overseas'] else '无',
            '工业协议兼容适配数量（个）': str(v['protocols']),
            '工业软件总量（个）': str(v['software']),
            '工业APP数量（个）': str(v['app']),
            '其中：基于平台开发的工业APP数量（个）': str(v['native']),
            '云化工业软件数量（个）': str(v['cloud_sw']),
            '按分类统计工业APP数量（个）': bd_text(v['app_cat']),
            '按行业统计工业APP数量（个）': bd_text(v['app_ind']),
            '工业APP平均月活跃数量（个）': str(v['mau']),
            '其中：杀手锏APP数量（个）': str(v['killer']),
            '公有云杀手锏APP平均日在线用户数（个）': str(v['killer_dau']),
            '杀手锏APP日活次数（次）': str(v['killer_hits']),
            '杀手锏APP月平均收入（万元）': f2(v['killer_rev']),
            '其中：公有云工业APP数量（个）': str(v['public_app']),
            '其中：公有云工业APP平均日活跃数量（个）': str(v['public_dau']),
            '其中：按分类统计公有云工业APP平均日活跃数量（个）': bd_text(v['pub_cat']),
            '其中：按行业统计公有云工业APP平均日活跃数量（个）': bd_text(v['pub_ind']),
            '平台实际用云量（台）': f2(v['servers']),
            '平台公有云实际使用数量（台）': str(v['public_servers']),
            '存储容量（TB）': f2(v['capacity']),
            '存储工业数据量（TB）': f2(v['data']),
            '公有云数据总量（TB）': f2(v['public_data']),
            '存储资源利用率（%）': f2(v['storage_util']),
            '工业机理模型数量（个）': str(v['models']),
            '其中：活跃机理模型数量（一周调用5次以上）（个）': str(v['models_active']),
            '核心工业模型平均月调用用户数量（个）': str(v['model_users']),
            '按分类统计工业模型数量（个）': bd_text(v['model_cat']),
            '数据分析平台均速度（每TB分级/秒级/毫秒级）': v['speed'],
            '微服务数量（个）': str(v['micro']),
            '其中：活跃微服务数量（一周调用5次以上）（个）': str(v['micro_active']),
            '开发者注册总数（个）': str(v['devs']),
            '其中：活跃开发者数（个）': str(v['devs_active']),
            '注册企业用户数（个）': str(v['registered']),
            '其中：实际服务企业数（个）': str(v['served']),
            '按行业统计服务企业数（个）': bd_text(v['user_ind']),
            '按省市区域统计服务企业数（个）': bd_text(v['user_reg']),
            '其中：付费企业数（个）': str(v['paid']),
            '其中：服务本市企业数量（个）': str(v['local']),
            '其中：服务中小企业数量（个）': str(v['sme']),
            '平台订单数量（个），填写近一年总量': '；'.join(f'{k}：{n}个' for k, n in v['orders'].items()),
            '平台交易规模年增长率（%）': f2(v['trade_growth']),
            '工业APP订阅总数量（个）': str(v['subs']),
            '其中：杀手锏工业APP订阅数量（个）': str(v['subs_killer']),
            '工业APP订阅总金额（万元）': f2(v['subs_amount']),
            '平台连接工业设备利用率（%）': f2(v['util']),
            '平台国产化率（%）': f2(v['domestic']),
            '平台是否服务上海智能工厂，数量': (f"是，{len(v['factories'])}家：" + '；'.join(v['factories'])) if v['factories'] else '否',
            '平台服务园区总数（个）': str(v['parks']),
            '平台提供的解决方案总数（个）': str(v['solutions']),
            '其中：按新模式统计解决方案数量（个）': bd_text(v['sol_mode']),
            '投资回报率（%）': f2(v['roi']),
            '平台连接工业设备运维成本平均下降率（%）': f2(v['ops_down']),
            '平台连接工业设备能耗平均下降率（%）': f2(v['energy_down']),
            '平台连接工业设备安全生产持续时间平均提升率（%）': f2(v['safety_up']),
            '平台现有特色指数（个）': str(v['indices']),
            '平台核心软硬件技术获得的专利数量（项）': str(v['patents']),
            '平台核心软硬件技术获得的软著数量（个）': str(v['copyrights']),
            '平台获得省部级及以上奖项/荣誉数量（个）': f"共{v['awards']}项：" + '；'.join(
                f'{i + 1}.{a[0]}（{a[1]}，{a[2]}）' for i, a in enumerate(self.spec['award_list'][:v['awards']] if v['awards'] <= len(self.spec['award_list']) else self.spec['award_list'] + self.spec.get('award_extra', []))),
            '平台建设与运营带动新增就业人数（人）': str(v['jobs']),
            '平台社会贡献率（%）': f2(v['social']),
            '合作平台数量（个）': str(v['partners']),
        }
        for k, t in texts.items():
            cell.setdefault(k, t)
        for k, t in v.get('cell_override', {}).items():
            cell[k] = t
        return cell

    # ---------------------------------------------------------------------------------------------
    def norms(self) -> dict:
        """normalized declared value per 指标明细表 内容 row (numbers, breakdown dicts)."""
        v = self.decl
        return {
            '平台团队总人数（人）': v['team']['total'], '其中：运维人数（人）': v['team']['ops'],
            '运营人数（人）': v['team']['run'], '其中：有相关技术职称/从业资格的人数（人）': v['team']['titled'],
            '平台相关研发投入（万元）': v['rd'], '平台相关研发投入强度（%）': v['rd_int'],
            '平台相关营业收入（万元）': v['rev'][2023], '平台利润率（%）': v['margin'], '付费用户占比（%）': v['paid_ratio'],
            '连接的工业设备/产品/产线种类及数量（台/套）': v['dev_total'],
            '按二级分类统计工业设备数量（台/套）': dict(v['dev_cat']), '按省市区域统计工业设备数量（台/套）': dict(v['dev_reg']),
            '其中：公有云工业设备连接数量（台/套）': v['dev_public'],
            '按二级分类统计公有云工业设备数量（台/套）': dict(v['dev_cat_public']),
            '按省市区域统计公有云工业设备数量（台/套）': dict(v['dev_reg_public']),
            '其中：公有云工业设备平均日运行数量（台/套）': v['dev_daily'],
            '按二级分类统计公有云工业设备平均日运行数量（台/套）': dict(v['dev_cat_daily']),
            '按省市区域统计公有云工业设备平均日运行数量（台/套）': dict(v['dev_reg_daily']),
            '其中：海外设备连接数量（台/套）': v['overseas_total'],
            '其中：按海外国家分类统计海外设备连接数量': dict(v['overseas']) or None,
            '工业协议兼容适配数量（个）': v['protocols'], '工业软件总量（个）': v['software'], '工业APP数量（个）': v['app'],
            '其中：基于平台开发的工业APP数量（个）': v['native'], '云化工业软件数量（个）': v['cloud_sw'],
            '按分类统计工业APP数量（个）': dict(v['app_cat']), '按行业统计工业APP数量（个）': dict(v['app_ind']),
            '工业APP平均月活跃数量（个）': v['mau'], '其中：杀手锏APP数量（个）': v['killer'],
            '公有云杀手锏APP平均日在线用户数（个）': v['killer_dau'], '杀手锏APP日活次数（次）': v['killer_hits'],
            '杀手锏APP月平均收入（万元）': v['killer_rev'], '其中：公有云工业APP数量（个）': v['public_app'],
            '其中：公有云工业APP平均日活跃数量（个）': v['public_dau'],
            '其中：按分类统计公有云工业APP平均日活跃数量（个）': dict(v['pub_cat']),
            '其中：按行业统计公有云工业APP平均日活跃数量（个）': dict(v['pub_ind']),
            '平台实际用云量（台）': v['servers'], '平台公有云实际使用数量（台）': v['public_servers'],
            '存储容量（TB）': v['capacity'], '存储工业数据量（TB）': v['data'], '公有云数据总量（TB）': v['public_data'],
            '存储资源利用率（%）': v['storage_util'], '工业机理模型数量（个）': v['models'],
            '其中：活跃机理模型数量（一周调用5次以上）（个）': v['models_active'],
            '核心工业模型平均月调用用户数量（个）': v['model_users'], '按分类统计工业模型数量（个）': dict(v['model_cat']),
            '数据分析平台均速度（每TB分级/秒级/毫秒级）': next(l for l in ('毫秒级', '秒级', '分级') if l in v['speed']),
            '微服务数量（个）': v['micro'], '其中：活跃微服务数量（一周调用5次以上）（个）': v['micro_active'],
            '开发者注册总数（个）': v['devs'], '其中：活跃开发者数（个）': v['devs_active'],
            '注册企业用户数（个）': v['registered'], '其中：实际服务企业数（个）': v['served'],
            '按行业统计服务企业数（个）': dict(v['user_ind']), '按省市区域统计服务企业数（个）': dict(v['user_reg']),
            '其中：付费企业数（个）': v['paid'], '其中：服务本市企业数量（个）': v['local'],
            '其中：服务中小企业数量（个）': v['sme'], '平台订单数量（个），填写近一年总量': dict(v['orders']),
            '平台交易规模年增长率（%）': v['trade_growth'], '工业APP订阅总数量（个）': v['subs'],
            '其中：杀手锏工业APP订阅数量（个）': v['subs_killer'], '工业APP订阅总金额（万元）': v['subs_amount'],
            '平台连接工业设备利用率（%）': v['util'], '平台国产化率（%）': v['domestic'],
            '平台是否服务上海智能工厂，数量': len(v['factories']), '平台服务园区总数（个）': v['parks'],
            '平台提供的解决方案总数（个）': v['solutions'], '其中：按新模式统计解决方案数量（个）': dict(v['sol_mode']),
            '投资回报率（%）': v['roi'], '平台连接工业设备运维成本平均下降率（%）': v['ops_down'],
            '平台连接工业设备能耗平均下降率（%）': v['energy_down'],
            '平台连接工业设备安全生产持续时间平均提升率（%）': v['safety_up'], '平台现有特色指数（个）': v['indices'],
            '平台核心软硬件技术获得的专利数量（项）': v['patents'], '平台核心软硬件技术获得的软著数量（个）': v['copyrights'],
            '平台获得省部级及以上奖项/荣誉数量（个）': v['awards'], '平台建设与运营带动新增就业人数（人）': v['jobs'],
            '平台社会贡献率（%）': v['social'], '合作平台数量（个）': v['partners'],
        }

    def summary_rows(self, texts: dict, basics: dict) -> list[tuple[str, str, object]]:
        """附件4 rows: (label, value as a reviewer writes it, normalized)."""
        v = self.decl
        cell = self.cells(texts)
        norms = self.norms()
        out = []
        for lab in SUMMARY_LABELS:
            if lab in basics:
                val, norm = basics[lab]
            elif lab == '平台近三年经营指标情况':
                g = v['growth']
                r = v['rev']
                val = '；'.join(f'{y}年平台营收{f2(r[y])}万元/增长率{f2(g[y])}%' for y in (2021, 2022, 2023))
                norm = {}
                for y in (2021, 2022, 2023):
                    norm[f'{y}年平台营收（万元）'] = r[y]
                    norm[f'{y}年增长率（%）'] = g[y]
            else:
                src = SUMMARY_FROM_FORM[lab]
                text = cell[src]
                if src in norms:
                    norm = norms[src]
                    val = text
                    if lab == '平台是否服务上海智能工厂，数量':
                        val = f"是，{len(v['factories'])}家" if v['factories'] else '否'
                    elif lab == '平台获得省部级及以上奖项/荣誉数量（个）':
                        val = str(v['awards'])
                    elif norm is None:
                        val = ''
                elif lab == '平台开放共享数据的形式及数量':
                    val, norm = text, text
                else:  # yes/no rows
                    norm = text.strip().startswith('是')
                    val = '是' if norm else '否'
            out.append((lab, val, norm))
        return out
