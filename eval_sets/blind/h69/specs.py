"""The four packages of set h69 (names and identities). Real 附件6 rows; every number, person, phone,
address, credit code, subsidiary/branch name and domain is invented."""

from __future__ import annotations

from dataclasses import dataclass, field

from texts import default_texts

_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CODE_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def credit_code(body17: str) -> str:
    """统一社会信用代码 with its GB 32100-2015 check character."""
    assert len(body17) == 17
    s = sum(_CODE_CHARS.index(ch) * w for ch, w in zip(body17, _CODE_W))
    c = 31 - s % 31
    return body17 + _CODE_CHARS[0 if c == 31 else c]


@dataclass
class Pkg:
    pid: str
    list_no: int
    listed_name: str
    company: str
    participated: bool
    declared_name: str
    name_cell: str
    nature: str
    code: str
    contact: dict
    venue: str
    url: str
    account: str
    password: str
    build_period: str
    build_form: str
    build_mode: str
    build_form_cell: str
    op_mode: str
    iaas: str
    deploy: str
    deploy_cell: str
    info: dict
    p: dict
    x: dict
    texts: dict = field(default_factory=dict)
    identity: dict = field(default_factory=dict)

    def __post_init__(self):
        self.x['pname'] = self.declared_name
        self.x['company'] = self.company
        self.texts = default_texts(self.x)
        self.texts.update(self.x.get('text_overrides', {}))


def _contact(name, mobile, email, title, backup):
    return {'name': name, 'mobile': mobile, 'email': email, 'title': title, 'backup': backup}


# ------------------------------------------------------------------ P1: 序号2, clean (renamed company, branch)
P1 = Pkg(
    pid='h69_p1_dianjineng_clean', list_no=2, listed_name='电机设备远程运维服务工业互联网平台',
    company='上海电机系统节能工程技术研究中心有限公司', participated=False,
    declared_name='电机设备远程运维服务工业互联网平台', name_cell='电机设备远程运维服务工业互联网平台',
    nature='专业型工业互联网平台', code=credit_code('91310114MA1GT2K6X'),
    contact=_contact('顾振宇', '13917264385', 'guzy@motor-es.example.com', '平台运营部经理',
                     ('宋佳琪', '13962840517', 'songjq@motor-es.example.com', '平台运维中心主管')),
    venue='上海市嘉定区嘉松北路6188号3号楼5楼报告厅', url='https://motorcloud.motor-es.example.com',
    account='eval2024', password='Mc#2024Review!',
    build_period='2019.05-2023.12', build_form='2019年5月至2023年12月', build_mode='自建',
    build_form_cell='☑自建  □合作共建，合作企业名称（必填）：', op_mode='自运营',
    iaas='租用，服务商名称（必填）：上海云栈计算服务有限公司', deploy='私有云、公有云',
    deploy_cell='□边缘侧 ☑私有云 ☑公有云 □混合云 □其他部署方式',
    info={'founded': '2012-08-16', 'address': '上海市嘉定区嘉松北路6188号', 'district': '嘉定区',
          'type': '有限责任公司（自然人投资或控股的法人独资）', 'capital': '3000万元人民币',
          'business': '电机系统节能技术研发、检测与咨询服务，电机设备远程运维服务，软件开发。',
          'legal': '朱立群', 'fax': '021-69158820',
          'holders': [('上海电器科学研究所（集团）有限公司', '3000.00万元', '100%')],
          'assets': 42860.35, 'revenue': 18265.40, 'rev_growth': 9.62, 'debt': 38.45, 'profit': 2136.82,
          'tax': 986.27},
    p={'rev': {2021: 2386.52, 2022: 2894.17, 2023: 3472.68}, 'g21': 15.42, 'rd': 612.35, 'profit': 428.16,
       'build_amount': 3850.00, 'team_ops': 58, 'team_run': 34, 'team_qual': 61,
       'dev_total': 15820, 'pub_total': 9460, 'daily_total': 7215, 'overseas_total': 312,
       'dev_cat_w': {'动力设备': 45, '电力设备': 22, '电工、电子设备': 18, '仪器仪表': 8, '机床': 7},
       'region_w': {'上海': 30, '江苏': 22, '浙江': 18, '山东': 10, '安徽': 8, '广东': 7, '宁波': 5},
       'overseas_w': {'越南Vietnam': 62, '印度尼西亚Indonesia': 38},
       'protocols': 86, 'sw_total': 132, 'app_total': 118, 'app_native': 84,
       'app_cat_w': {'运维服务': 38, '节能减排': 24, '安全生产': 14, '质量管控': 12, '生产制造': 12},
       'ind_w': {'机械': 34, '电力、热力和燃气': 22, '石化化工': 18, '建材': 14, '轻工': 12},
       'app_mau': 96, 'killer_dau': 1265, 'killer_times': 8640, 'killer_income': 36.45, 'pub_app': 92,
       'pub_app_dau': 58, 'cloud_total': 126.00, 'cloud_pub': 96, 'storage_cap': 480.00, 'storage_data': 316.80,
       'storage_pub': 204.50, 'models': 146, 'models_active': 88, 'model_users': 612, 'model_w': [35, 15, 38, 12],
       'speed_level': '秒级', 'ms': 386, 'ms_active': 241, 'devs': 1460, 'devs_active': 356,
       'reg': 2860, 'served': 2148, 'paid': 736, 'local': 612, 'sme': 1705,
       'served_region_w': {'上海': 0, '江苏': 24, '浙江': 20, '山东': 12, '安徽': 10, '广东': 8},
       'orders23': 9845, 'orders_ttm': 10326, 'trade_growth': 18.62, 'subs': 3420, 'killer_subs': 1286,
       'subs_amount': 1265.80, 'dev_util': 76.40, 'localization': 88.50, 'smart': 4, 'parks': 9, 'solutions': 16,
       'sol_w': [4, 1, 3, 4, 1, 3], 'vcpe': False, 'om_down': 14.26, 'energy_down': 9.85, 'safety_up': 11.32,
       'indices': 3, 'patents': 17, 'softcopy': 26, 'breakthrough': True, 'carbon': True, 'idres': True,
       'awards': 5, 'jobs': 420, 'social': 16.84, 'partners': 7},
    x={'short': '电机云维', 'field': '电机及其拖动系统', 'kind': '专业型', 'ind': '电机系统', 'obj': '电机、水泵、风机',
       'providers': 126, 'engineers': 840, 'parts': 18600, 'edge_nodes': 214, 'latency': 20, 'cpu': 1536,
       'mem': 6, 'sec_code': 'DJZX-AQ', 'speed': '秒级，每TB振动与电流数据分析约8秒',
       'open_data': '开放API接口86个；电机能效测试数据集2个（约12万条）；电机能效指数数据服务3项',
       'smart_detail': '服务上海市级智能工厂4家，提供电机能效监测与预测性维护服务。'},
    identity={
        'old_name': '上海电科节能技术服务有限公司', 'rename_date': '2024年4月18日',
        'english': 'Shanghai Motor System Energy Saving Engineering Technology Research Center Co., Ltd.',
        'short': '电机节能中心',
        'branch': '上海电机系统节能工程技术研究中心有限公司嘉定分公司', 'branch_code': credit_code('91310114MA7BQ4N2C'),
    },
)

# ------------------------------------------------------------------ P2: 序号24, 欧贝平台 (简称, 欧冶云商 patents)
P2 = Pkg(
    pid='h69_p2_oubei_problems', list_no=24, listed_name='欧贝平台', company='欧冶工业品股份有限公司',
    participated=False, declared_name='欧贝工业品供应链协同平台', name_cell='欧贝工业品供应链协同平台',
    nature='行业型工业互联网平台', code=credit_code('91310113MA1GN8C3P'),
    contact=_contact('林晓雯', '13901827364', 'linxw@obei-mro.example.com', '数字化运营部高级经理',
                     ('何俊杰', '13916473025', 'hejj@obei-mro.example.com', '平台产品经理')),
    venue='上海市宝山区漠河路600号东方环球企业园A栋8楼会议中心', url='https://www.obei-mro.example.com',
    account='pingjia_2024', password='Ob!Eval0722',
    build_period='2016.06-2023.12', build_form='2016年6月至2023年12月', build_mode='自建',
    build_form_cell='☑自建  □合作共建，合作企业名称（必填）：', op_mode='自运营',
    iaas='租用，服务商名称（必填）：宝武云数科（上海）有限公司', deploy='公有云、混合云',
    deploy_cell='□边缘侧 □私有云 ☑公有云 ☑混合云 □其他部署方式',
    info={'founded': '2015-09-21', 'address': '上海市宝山区漠河路600号', 'district': '宝山区',
          'type': '股份有限公司（非上市）', 'capital': '50000万元人民币',
          'business': '工业品采购供应链服务、电子商务平台运营、仓储物流服务、软件开发。',
          'legal': '周启航', 'fax': '021-26648800',
          'holders': [('控股股东（略）', '30500.00万元', '61.00%'), ('其他股东', '19500.00万元', '39.00%')],
          'assets': 386452.18, 'revenue': 1286342.55, 'rev_growth': 11.38, 'debt': 62.17, 'profit': 18264.30,
          'tax': 7352.64},
    p={'rev': {2021: 8652.30, 2022: 10418.76, 2023: 12306.45}, 'g21': 24.18, 'rd': 1482.60, 'profit': 1105.92,
       'build_amount': 9600.00, 'team_ops': 126, 'team_run': 148, 'team_qual': 162,
       'dev_total': 6420, 'pub_total': 5380, 'daily_total': 4265, 'overseas_total': 85,
       'dev_cat_w': {'物流设备': 42, '动力设备': 20, '仪器仪表': 18, '电力设备': 12, '其他': 8},
       'region_w': {'上海': 26, '江苏': 16, '湖北': 14, '广东': 10, '安徽': 10, '新疆': 8, '福建': 8, '浙江': 8},
       'overseas_w': {'泰国Thailand': 55, '马来西亚Malaysia': 30},
       'protocols': 42, 'sw_total': 96, 'app_total': 84, 'app_native': 61,
       'app_cat_w': {'供应链管理': 34, '仓储物流': 22, '运营管理': 18, '质量管控': 14, '安全生产': 12},
       'ind_w': {'黑色金属': 40, '有色金属': 16, '机械': 18, '石化化工': 14, '建材': 12},
       'app_mau': 71, 'killer_dau': 3150, 'killer_times': 21480, 'killer_income': 68.20, 'pub_app': 80,
       'pub_app_dau': 52, 'cloud_total': 210.00, 'cloud_pub': 184, 'storage_cap': 620.00, 'storage_data': 398.04,
       'storage_pub': 352.60, 'models': 98, 'models_active': 54, 'model_users': 1320, 'model_w': [40, 8, 22, 30],
       'speed_level': '毫秒级', 'ms': 612, 'ms_active': 398, 'devs': 2140, 'devs_active': 486,
       'reg': 31560, 'served': 18240, 'paid': 9615, 'local': 2310, 'sme': 15120,
       'served_region_w': {'上海': 0, '江苏': 20, '湖北': 14, '广东': 14, '浙江': 12, '安徽': 10, '新疆': 8,
                           '福建': 8, '山东': 8, '泰国Thailand': 4, '马来西亚Malaysia': 2},
       'orders23': 486320, 'orders_ttm': 512740, 'trade_growth': 21.45, 'subs': 26480, 'killer_subs': 11230,
       'subs_amount': 4862.35, 'dev_util': 81.20, 'localization': 86.00, 'smart': 2, 'parks': 12, 'solutions': 14,
       'sol_w': [4, 1, 5, 1, 1, 2], 'vcpe': True, 'om_down': 10.52, 'energy_down': 7.46, 'safety_up': 8.93,
       'indices': 4, 'patents': 23, 'softcopy': 58, 'breakthrough': True, 'carbon': True, 'idres': True,
       'awards': 4, 'jobs': 860, 'social': 14.25, 'partners': 11},
    x={'short': '欧贝', 'field': '钢铁及制造业工业品采购供应链', 'kind': '行业型', 'ind': '工业品供应链', 'obj': '智能仓储与备件柜',
       'providers': 4280, 'engineers': 360, 'parts': 2860000, 'edge_nodes': 96, 'latency': 30, 'cpu': 3200,
       'mem': 12, 'sec_code': 'OYGYP-XA', 'speed': '毫秒级，每TB订单与库存数据检索分析在800毫秒以内',
       'open_data': '开放API接口128个；工业品主数据标准目录1套（约286万SKU）；MRO价格指数数据服务4项',
       'smart_detail': '服务上海市级智能工厂2家，提供MRO集中采购与智能仓储服务。',
       'text_overrides': {'positioning': '面向钢铁及制造业的工业品采购供应链协同平台，提供集采、仓储与备件服务。'},
       'vcpe_detail': '2021年完成战略融资，引入多家产业投资机构。'},
    identity={
        'short': '欧冶工业品',
        'other_company': '欧冶云商股份有限公司', 'other_code': credit_code('91310000MA1FL0A4X'),
        'wrong_list_no': 16,
    },
)

# ------------------------------------------------------------------ P3: 序号31, renamed platform, subsidiary operator
P3 = Pkg(
    pid='h69_p3_guangming_problems', list_no=31, listed_name='光明乳业工业互联网平台', company='光明乳业股份有限公司',
    participated=False, declared_name='光明乳业“数智牧场”工业互联网平台',
    name_cell='光明乳业“数智牧场”工业互联网平台（原名称：光明乳业工业互联网平台；现名称：光明乳业“数智牧场”工业互联网平台）',
    nature='行业型工业互联网平台', code=credit_code('91310000MA1K3B7Q2'),
    contact=_contact('沈怡文', '13917452068', 'shenyw@bright-dairy-dt.example.com', '数字化中心平台经理',
                     ('邹凯', '13918640372', 'zouk@bright-dairy-dt.example.com', '平台运维主管')),
    venue='上海市闵行区吴中路578号2号楼6楼数字化展示中心', url='https://smartfarm.bright-dairy-dt.example.com',
    account='review31', password='Gm@Farm2024',
    build_period='2020.01-2023.12', build_form='2020年1月至2023年12月', build_mode='自建',
    build_form_cell='☑自建  □合作共建，合作企业名称（必填）：', op_mode='委托运营',
    iaas='自建', deploy='边缘侧、私有云、公有云',
    deploy_cell='☑边缘侧 ☑私有云 ☑公有云 □混合云 □其他部署方式',
    info={'founded': '1996-10-07', 'address': '上海市闵行区吴中路578号', 'district': '闵行区',
          'type': '股份有限公司（上市）', 'capital': '137871.4286万元人民币',
          'business': '乳制品的生产与销售，牧场经营，冷链物流。',
          'legal': '陆伟明', 'fax': '021-54584520',
          'holders': [('控股股东（略）', '—', '—')],
          'assets': 2851264.70, 'revenue': 2628571.38, 'rev_growth': -7.52, 'debt': 54.86, 'profit': 108635.42,
          'tax': 96352.18},
    p={'rev': {2021: 5126.84, 2022: 6035.27, 2023: 7218.63}, 'g21': 12.65, 'rd': 986.42, 'profit': 702.35,
       'build_amount': 8200.00, 'team_ops': 96, 'team_run': 71, 'team_qual': 104,
       'dev_total': 24560, 'pub_total': 12380, 'daily_total': 10145, 'overseas_total': 640,
       'dev_cat_w': {'轻工设备': 46, '仪器仪表': 16, '动力设备': 14, '农林机械': 10, '物流设备': 9, '电力设备': 5},
       'region_w': {'上海': 40, '江苏': 12, '黑龙江': 10, '湖北': 8, '宁夏': 8, '浙江': 8, '山东': 7, '天津': 7},
       'overseas_w': {'新西兰New Zealand': 81, '澳大利亚Australia': 19},
       'protocols': 64, 'sw_total': 88, 'app_total': 76, 'app_native': 52,
       'app_cat_w': {'生产制造': 28, '质量管控': 22, '仓储物流': 16, '供应链管理': 14, '节能减排': 10, '安全生产': 10},
       'ind_w': {'食品': 58, '农业': 22, '轻工': 12, '服务业': 8},
       'app_mau': 63, 'killer_dau': 942, 'killer_times': 6310, 'killer_income': 22.86, 'pub_app': 48,
       'pub_app_dau': 31, 'cloud_total': 168.00, 'cloud_pub': 72, 'storage_cap': 860.00, 'storage_data': 533.20,
       'storage_pub': 210.40, 'models': 128, 'models_active': 76, 'model_users': 486, 'model_w': [30, 10, 42, 18],
       'speed_level': '秒级', 'ms': 428, 'ms_active': 265, 'devs': 620, 'devs_active': 148,
       'reg': 1386, 'served': 1124, 'paid': 412, 'local': 438, 'sme': 856,
       'served_region_w': {'上海': 0, '江苏': 24, '浙江': 18, '黑龙江': 12, '湖北': 10, '宁夏': 8, '山东': 10,
                           '天津': 10, '新西兰New Zealand': 8},
       'orders23': 36840, 'orders_ttm': 38215, 'trade_growth': 15.36, 'subs': 2640, 'killer_subs': 1048,
       'subs_amount': 986.40, 'dev_util': 84.30, 'localization': 80.50, 'smart': 6, 'parks': 7, 'solutions': 18,
       'sol_w': [5, 1, 3, 6, 1, 2], 'vcpe': True, 'om_down': 12.84, 'energy_down': 10.26, 'safety_up': 9.48,
       'indices': 3, 'patents': 21, 'softcopy': 34, 'breakthrough': True, 'carbon': True, 'idres': True,
       'awards': 6, 'jobs': 310, 'social': 17.62, 'partners': 8},
    x={'short': '数智牧场', 'field': '乳业全产业链（牧场、工厂、冷链）', 'kind': '行业型', 'ind': '乳制品', 'obj': '挤奶、灌装与冷链设备',
       'providers': 215, 'engineers': 430, 'parts': 9600, 'edge_nodes': 352, 'latency': 15, 'cpu': 2048,
       'mem': 8, 'sec_code': 'GMSZ-AQ', 'speed': '秒级，每TB生产过程数据分析约12秒',
       'open_data': '开放API接口64个；奶源质量数据集2个（约35万条）；生鲜乳价格与品质指数数据服务3项',
       'smart_detail': '服务上海市级智能工厂6家，提供生产过程质量追溯与能耗优化服务。',
       'text_overrides': {'positioning': '面向乳业全产业链的行业型工业互联网平台，贯通牧场、工厂与冷链数据。'},
       'vcpe_detail': '公司为上海证券交易所上市公司。'},
    identity={
        'subsidiary': '上海光明乳业数字科技有限公司', 'sub_code': credit_code('91310112MA1H6R5W8'),
        'license_name': '光明乳品股份有限公司',
    },
)

# ------------------------------------------------------------------ P4: 序号11, 2023参评; English name; similar-name issuer
P4 = Pkg(
    pid='h69_p4_xipaiai_problems', list_no=11, listed_name='数字化环境装备服务工业互联网平台',
    company='上海西派埃智能化系统有限公司', participated=True,
    declared_name='数字化环境装备服务工业互联网平台', name_cell='数字化环境装备服务工业互联网平台',
    nature='行业型工业互联网平台', code=credit_code('91310115MA1HB7D5L'),
    contact=_contact('钱宇航', '13917058246', 'qianyh@xpa-env.example.com', '工业互联网事业部副总经理',
                     ('许文静', '13918273604', 'xuwj@xpa-env.example.com', '平台运营主管')),
    venue='上海市浦东新区康桥东路1185号2号楼3楼会议室', url='https://envcloud.xpa-env.example.com',
    account='expert_2024', password='Xpa#Env2024',
    build_period='2018.09-2023.12', build_form='2018年9月至2023年12月', build_mode='自建',
    build_form_cell='☑自建  □合作共建，合作企业名称（必填）：', op_mode='自运营',
    iaas='租用，服务商名称（必填）：上海云栈计算服务有限公司', deploy='边缘侧、私有云、公有云',
    deploy_cell='☑边缘侧 ☑私有云 ☑公有云 □混合云 □其他部署方式',
    info={'founded': '2004-03-12', 'address': '上海市浦东新区康桥东路1185号', 'district': '浦东新区',
          'type': '其他有限责任公司', 'capital': '5000万元人民币',
          'business': '环境装备智能化系统集成、水务与环保设施运维服务、软件开发与信息技术服务。',
          'legal': '王德昌', 'fax': '021-58126630',
          'holders': [('股东甲（略）', '3500.00万元', '70%'), ('股东乙（略）', '1500.00万元', '30%')],
          'assets': 68420.56, 'revenue': 45286.12, 'rev_growth': 8.35, 'debt': 46.28, 'profit': 3862.47,
          'tax': 1652.39},
    p={'rev': {2021: 4215.36, 2022: 4862.90, 2023: 5630.18}, 'g21': 9.84, 'rd': 1268.40, 'profit': 564.82,
       'build_amount': 5400.00, 'team_ops': 74, 'team_run': 52, 'team_qual': 88,
       'dev_total': 9860, 'pub_total': 6240, 'daily_total': 5135, 'overseas_total': 180,
       'dev_cat_w': {'动力设备': 38, '仪器仪表': 24, '其他': 16, '电力设备': 14, '物流设备': 8},
       'region_w': {'上海': 38, '江苏': 14, '浙江': 12, '安徽': 8, '湖北': 8, '四川': 8, '云南': 6, '深圳': 6},
       'overseas_w': {'越南Vietnam': 2, '巴基斯坦Pakistan': 1},
       'protocols': 58, 'sw_total': 74, 'app_total': 66, 'app_native': 45,
       'app_cat_w': {'运维服务': 32, '节能减排': 22, '安全生产': 18, '运营管理': 16, '质量管控': 12},
       'ind_w': {'服务业': 35, '电力、热力和燃气': 25, '建筑业': 15, '其他': 25},
       'app_mau': 52, 'killer_dau': 684, 'killer_times': 4920, 'killer_income': 18.36, 'pub_app': 40,
       'pub_app_dau': 26, 'cloud_total': 96.00, 'cloud_pub': 58, 'storage_cap': 360.00, 'storage_data': 218.88,
       'storage_pub': 120.35, 'models': 92, 'models_active': 51, 'model_users': 338, 'model_w': [32, 12, 40, 16],
       'speed_level': '秒级', 'ms': 264, 'ms_active': 172, 'devs': 410, 'devs_active': 96,
       'reg': 968, 'served': 742, 'paid': 318, 'local': 296, 'sme': 505,
       'served_region_w': {'上海': 0, '江苏': 22, '浙江': 20, '安徽': 14, '湖北': 14, '四川': 12, '云南': 10,
                           '深圳': 8},
       'orders23': 5860, 'orders_ttm': 6214, 'trade_growth': 12.84, 'subs': 1326, 'killer_subs': 562,
       'subs_amount': 642.80, 'dev_util': 78.60, 'localization': 91.20, 'smart': 3, 'parks': 5, 'solutions': 12,
       'sol_w': [4, 1, 2, 2, 1, 2], 'vcpe': False, 'om_down': 16.35, 'energy_down': 11.48, 'safety_up': 8.76,
       'indices': 2, 'patents': 28, 'softcopy': 41, 'breakthrough': True, 'carbon': True, 'idres': False,
       'awards': 5, 'jobs': 180, 'social': 15.27, 'partners': 6},
    x={'short': '环境装备云', 'field': '水务与环保装备', 'kind': '行业型', 'ind': '水务环保', 'obj': '水泵、风机、加药与在线仪表',
       'providers': 86, 'engineers': 520, 'parts': 12400, 'edge_nodes': 168, 'latency': 25, 'cpu': 1024,
       'mem': 4, 'sec_code': 'XPA-AQ', 'speed': '秒级，每TB水质与工况数据分析约10秒',
       'open_data': '开放API接口58个；污水处理工况数据集2个（约20万条）；区域水厂能效指数数据服务2项',
       'smart_detail': '服务上海市级智能工厂3家，提供厂区水处理设施远程运维服务。'},
    identity={
        'english': 'Shanghai Xipaiai Intelligent System Co., Ltd.', 'short': '西派埃',
        'similar_issuer': '上海西派埃环境科技有限公司',
        'summary_platform_name': '西派埃环境装备云平台',
        'audit_rd': 1186.40,
    },
)

ALL = [P1, P2, P3, P4]
