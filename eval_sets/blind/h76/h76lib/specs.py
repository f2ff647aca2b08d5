"""The four packages: primary numbers, domain words, planted mutations. Every other figure is derived."""
from __future__ import annotations

# ------------------------------------------------------------------------------------------------ A
XPA = dict(
    pid='h76_xpa_clean', seed=7611, list_no=11, short='西派埃',
    declared_name='数字化环境装备服务工业互联网平台',
    brand='CPE环境装备云', nature='行业型工业互联网平台',
    company=dict(
        name='上海西派埃智能化系统有限公司', code='91310115703217846K', founded='2001年4月18日',
        addr='上海市浦东新区张江高科技园区郭守敬路498号', district='浦东新区', type='有限责任公司（国有控股）',
        capital='6,000.00', business='环境工程及水处理装备的智能化系统集成、软件开发、运维服务',
        legal='顾承志', contact='沈佳怡', title='数字化业务部副经理', phone='13917648205', fax='021-50271836',
        email='shenjy@xpa-iot.example.com',
        equity=[('上海市政工程设计研究总院（集团）有限公司', '4,200.00', '70.00%'), ('上海城投水务（集团）有限公司', '1,800.00', '30.00%')],
        fin=dict(assets='48,316.52', revenue='31,862.40', growth='8.74', debt='52.18', profit='2,964.37', tax='1,386.05'),
    ),
    review_addr='上海市浦东新区郭守敬路498号浦东软件园14号楼3楼第二会议室',
    url='https://cpe.xpa-iot.example.com', account='sheitc_review', password='Cpe#Review0722',
    build=('2019.03', '2023.12'), build_amount=5280.00,
    revenue={2020: 3412.60, 2021: 3986.25, 2022: 4528.70, 2023: 5347.92},
    related_party=1260.00, rd=862.37, profit=684.15, rd_two_col_yuan='8,623,700.00',
    build_mode='自建', op_mode='自运营', iaas=('租用', '阿里云计算有限公司'), deploy=['边缘侧', '私有云', '公有云'],
    team=(74, 49, 86),
    private_format=True,
    devices=dict(total=18642, private=5320, public=7936, daily=5118, protocols=126,
                 cats={'动力设备': 6420, '仪器仪表': 4310, '其他': 3812, '电力设备': 2860, '电工、电子设备': 1240},
                 regions={'上海': 7420, '江苏': 3180, '浙江': 2460, '安徽': 1310, '山东': 1150, '广东': 920,
                          '湖北': 780, '四川': 612, '宁波': 656},
                 overseas={'越南Vietnam': 96, '印度尼西亚Indonesia': 58}),
    apps=dict(software=356, app=318, native=204, cloud_sw=114, mau=241, killer=5, killer_dau=1864,
              killer_hits=22650, killer_rev=31.27, public_app=176, public_dau=88,
              cats={'运维服务': 96, '节能减排': 71, '安全生产': 38, '质量管控': 44, '生产制造': 29, '运营管理': 22,
                    '仓储物流': 9, '供应链管理': 9},
              inds={'石化化工': 78, '医药': 52, '食品': 61, '电子': 43, '轻工': 38, '其他': 46}),
    cloud=dict(servers=186.50, public_servers=72, capacity=720.00, data=426.38, public_data=168.92),
    models=dict(total=214, active=118, users=486, speed='秒级（每TB运行时序数据聚合分析约4.6秒）',
                cats={'数据算法模型': 58, '研发仿真模型': 17, '行业机理模型': 103, '业务流程模型': 36}),
    micro=(864, 457), devs=(6840, 1752),
    users=dict(registered=1968, served=1542, paid=514, sme=1236,
               inds={'石化化工': 318, '医药': 214, '食品': 246, '电子': 197, '轻工': 163, '建材': 92, '其他': 312},
               regions={'上海': 872, '江苏': 214, '浙江': 168, '安徽': 82, '山东': 64, '广东': 58, '湖北': 41,
                        '四川': 27, '宁波': 16}),
    orders={'2023年自然年': 15620, '截至填表日前一年': 16388}, trade_growth=14.62, subs=(4216, 2138),
    subs_amount=1876.40, util=81.36, domestic=88.50,
    factories=['上海城投污水处理有限公司白龙港污水处理厂智能工厂', '上海华谊新材料有限公司智能工厂', '上海光明乳业华东中心工厂'],
    parks=7, solutions=30, sol_modes={'数字化管理': 8, '智能化制造': 7, '服务化延伸': 8, '网络化协同': 4, '平台化设计': 3},
    cases=[dict(ops=17.60, energy=12.40, safety=21.30), dict(ops=15.20, energy=9.85, safety=18.60),
           dict(ops=16.45, energy=11.80, safety=19.52)],
    indices=5, jobs=356, social=21.46, partners=7,
    patent_list=[f'P{i}' for i in range(24)], copyright_list=[f'S{i}' for i in range(41)],
    award_list=[('上海市科学技术奖三等奖', '2021年', '上海市人民政府'),
                ('上海市工业互联网平台创新领航应用案例', '2021年', '上海市经济和信息化委员会'),
                ('工业互联网平台创新领航应用案例', '2022年', '工业和信息化部'),
                ('上海市数字化转型优秀场景', '2022年', '上海市经济和信息化委员会'),
                ('智能制造优秀场景', '2023年', '工业和信息化部'),
                ('上海市专利工作示范企业', '2023年', '上海市知识产权局')],
    last_year=dict(dev=15260, app=262, models=176, registered=1584),
    backup_contact=('何振宇', '平台运营主管', '13916372054', 'hezy@xpa-iot.example.com'),
    mutations=[], post=[],
)

# ------------------------------------------------------------------------------------------------ B


def _b_rev(v):  # declared 2023 revenue includes the hardware integration income the audit keeps apart
    v['rev'][2023] = 4386.20


def _b_growth(v):  # 2022 growth typed as 17.40 (3452.80 / 3010.40 gives 14.70)
    v['growth'][2022] = 17.40


def _b_patents(v):
    v['patents'] = 18


TANSUO = dict(
    pid='h76_tansuo_problems', seed=7627, list_no=27, short='碳索',
    declared_name='零碳绿色工厂综合数智化管理平台',
    brand='碳索·零碳工厂云', nature='行业型工业互联网平台',
    company=dict(
        name='上海碳索能源服务股份有限公司', code='91310112MA1GB5T42P', founded='2016年9月7日',
        addr='上海市闵行区紫秀路100号虹桥总部1号5号楼6层', district='闵行区', type='股份有限公司（非上市）',
        capital='5,260.00', business='合同能源管理、综合能源服务、能源管理平台软件开发与运维',
        legal='韩立铭', contact='潘晓雯', title='平台运营中心总监', phone='13901857264', fax='021-64287319',
        email='panxw@tansuo-energy.example.com',
        equity=[('韩立铭', '2,104.00', '40.00%'), ('上海碳索企业管理合伙企业（有限合伙）', '1,578.00', '30.00%'),
                ('深圳前海绿源创业投资有限公司', '1,052.00', '20.00%'), ('其他股东', '526.00', '10.00%')],
        fin=dict(assets='26,480.15', revenue='17,936.28', growth='12.36', debt='47.62', profit='1,528.64', tax='742.90'),
    ),
    review_addr='上海市闵行区紫秀路100号5号楼6层大会议室',
    url='https://zero.tansuo-energy.example.com', account='pingshen2024', password='Ts@Zero#618',
    build=('2020.05', '2023.12'), build_amount=3650.00,
    revenue={2020: 2286.35, 2021: 3010.40, 2022: 3452.80, 2023: 3926.20},
    hardware_income=460.00, rd=598.74, profit=436.58,
    build_mode='合作共建', partner='上海电力设计院有限公司', op_mode='自运营', iaas=('租用', '华为云计算技术有限公司'),
    deploy=['边缘侧', '公有云', '混合云'],
    team=(46, 38, 52),
    devices=dict(total=9864, public=6412, daily=4926, protocols=88,
                 cats={'电力设备': 3620, '动力设备': 2740, '仪器仪表': 2180, '其他': 864, '物流设备': 460},
                 regions={'上海': 4120, '江苏': 1860, '浙江': 1420, '安徽': 640, '广东': 520, '山东': 410,
                          '福建': 312, '天津': 236},
                 overseas={'泰国Thailand': 204, '马来西亚Malaysia': 142}),
    apps=dict(software=142, app=126, native=88, cloud_sw=38, mau=97, killer=5, killer_dau=742,
              killer_hits=8460, killer_rev=18.64, public_app=94, public_dau=41,
              cats={'节能减排': 52, '运维服务': 24, '安全生产': 16, '运营管理': 18, '质量管控': 8, '供应链管理': 8},
              inds={'汽车': 28, '电子': 30, '机械': 24, '医药': 16, '食品': 14, '石化化工': 14}),
    cloud=dict(servers=64.00, public_servers=48, capacity=320.00, data=196.48, public_data=142.30),
    models=dict(total=96, active=58, users=214, speed='秒级（每TB能耗数据统计分析约7秒）',
                cats={'数据算法模型': 34, '行业机理模型': 41, '业务流程模型': 14, '研发仿真模型': 7}),
    micro=(412, 236), devs=(1860, 534),
    users=dict(registered=864, served=642, paid=286, sme=468,
               inds={'汽车': 126, '电子': 148, '机械': 112, '医药': 74, '食品': 68, '石化化工': 62, '其他': 52},
               regions={'上海': 318, '江苏': 116, '浙江': 92, '安徽': 38, '广东': 34, '山东': 22, '福建': 14, '天津': 8}),
    orders={'2023年自然年': 3420, '截至填表日前一年': 3688}, trade_growth=18.26, subs=(1284, 612),
    subs_amount=624.80, util=76.84, domestic=82.40,
    factories=['上汽大众汽车有限公司安亭智能工厂', '上海微创医疗器械（集团）有限公司智能工厂'],
    parks=5, solutions=18, sol_modes={'数字化管理': 6, '智能化制造': 4, '服务化延伸': 5, '网络化协同': 3},
    cases=[dict(ops=12.60, energy=16.80, safety=8.40), dict(ops=10.35, energy=14.20, safety=9.60),
           dict(ops=11.40, energy=18.35, safety=7.95)],
    indices=3, jobs=168, social=18.72, partners=4,
    patent_list=[f'P{i}' for i in range(16)], copyright_list=[f'S{i}' for i in range(27)],
    award_list=[('上海市工业互联网创新发展应用示范项目', '2021年', '上海市经济和信息化委员会'),
                ('国家工业节能诊断服务机构', '2022年', '工业和信息化部'),
                ('上海市“专精特新”中小企业', '2022年', '上海市经济和信息化委员会'),
                ('绿色低碳技术优秀案例', '2023年', '上海市发展和改革委员会')],
    backup_contact=('吴嘉豪', '平台运营专员', '13917265381', 'wujh@tansuo-energy.example.com'),
    mutations=[_b_rev, _b_patents], post=[_b_growth],
    missing=['承诺'],
)

# ------------------------------------------------------------------------------------------------ C


def _c_rd(v):
    v['rd'] = 1386.40


def _c_copyrights(v):
    v['copyrights'] = 46


def _c_team(v):  # 总人数 typed as 168 while 运维 96 + 运营 64 = 160
    v['team']['total'] = 168


BAOWU = dict(
    pid='h76_baowu_problems', seed=7622, list_no=22, short='宝武装备',
    declared_name='面向钢铁行业的设备远程运维平台',
    brand='iEMS钢铁设备智维云', nature='行业型工业互联网平台',
    company=dict(
        name='宝武装备智能科技有限公司', code='91310113MA1GNX2R7C', founded='2019年6月28日',
        addr='上海市宝山区同济路3521号', district='宝山区', type='有限责任公司（国有控股）',
        capital='67,000.00', business='冶金装备检修、设备状态监测与诊断、智能运维服务、工业软件开发',
        legal='周启航', contact='陆嘉玮', title='智慧运维事业部主管', phone='13918420736', fax='021-26648315',
        email='lujw@baowu-ems.example.com',
        equity=[('宝山钢铁股份有限公司', '40,200.00', '60.00%'), ('中国宝武钢铁集团有限公司', '26,800.00', '40.00%')],
        fin=dict(assets='612,846.30', revenue='486,215.74', growth='6.12', debt='58.36', profit='21,648.92', tax='9,862.15'),
    ),
    review_addr='上海市宝山区同济路3521号宝武装备智能科技大楼5楼505会议室',
    url='https://iems.baowu-ems.example.com', account='eval_sheitc', password='Bw!iEMS2024',
    build=('2019.07', '2023.12'), build_amount=12680.00,
    revenue={2020: 6842.30, 2021: 8126.54, 2022: 9354.18, 2023: 10862.75},
    rd=1268.40, profit=1524.36, related_party=6215.40,
    build_mode='自建', op_mode='自运营', iaas=('自建', ''), deploy=['边缘侧', '私有云', '混合云'],
    team=(96, 64, 121),
    devices=dict(total=42680, public=12460, daily=9342, protocols=236,
                 cats={'冶炼设备': 14260, '动力设备': 9840, '电力设备': 6320, '物流设备': 5260, '仪器仪表': 4120,
                       '机器人': 1480, '机床': 1400},
                 regions={'上海': 15860, '江苏': 5420, '湖北': 6240, '广东': 3860, '新疆': 2460, '安徽': 3120,
                          '山西': 2180, '浙江': 1840, '重庆': 1270},
                 overseas={'马来西亚Malaysia': 286, '巴西Brazil': 144}),
    apps=dict(software=486, app=432, native=268, cloud_sw=164, mau=318, killer=5, killer_dau=2486,
              killer_hits=31840, killer_rev=46.82, public_app=148, public_dau=72,
              cats={'运维服务': 168, '安全生产': 72, '节能减排': 58, '质量管控': 46, '生产制造': 52, '仓储物流': 18, '运营管理': 18},
              inds={'黑色金属': 236, '有色金属': 64, '建材': 42, '机械': 52, '石化化工': 38}),
    cloud=dict(servers=426.00, public_servers=96, capacity=2400.00, data=1486.72, public_data=312.64),
    models=dict(total=386, active=214, users=862, speed='毫秒级（每TB振动数据特征检索约650毫秒）',
                cats={'数据算法模型': 124, '行业机理模型': 176, '研发仿真模型': 32, '业务流程模型': 54}),
    micro=(1326, 742), devs=(8640, 2316),
    users=dict(registered=1486, served=1128, paid=612, sme=684,
               inds={'黑色金属': 486, '有色金属': 142, '建材': 126, '机械': 168, '石化化工': 94, '其他': 112},
               regions={'上海': 412, '江苏': 168, '湖北': 146, '广东': 98, '新疆': 64, '安徽': 82, '山西': 56,
                        '浙江': 72, '重庆': 30}),
    orders={'2023年自然年': 28460, '截至填表日前一年': 29872}, trade_growth=12.38, subs=(6420, 3186),
    subs_amount=3268.45, util=84.12, domestic=91.60,
    factories=['宝山钢铁股份有限公司宝山基地热轧智能工厂', '上海梅山钢铁股份有限公司冷轧智能工厂',
               '宝武特种冶金有限公司智能工厂', '宝钢湛江钢铁有限公司上海运营中心'],
    parks=6, solutions=42, sol_modes={'数字化管理': 9, '智能化制造': 12, '服务化延伸': 10, '网络化协同': 7, '平台化设计': 4},
    cases=[dict(ops=22.40, energy=8.60, safety=26.80), dict(ops=19.85, energy=7.45, safety=24.30),
           dict(ops=21.30, energy=9.10, safety=28.45)],
    indices=6, jobs=512, social=24.86, partners=9,
    patent_list=[f'P{i}' for i in range(52)], copyright_list=[f'S{i}' for i in range(43)],
    award_list=[('冶金科学技术奖一等奖', '2021年', '中国钢铁工业协会、中国金属学会'),
                ('工业互联网平台创新领航应用案例', '2021年', '工业和信息化部'),
                ('上海市科技进步奖二等奖', '2022年', '上海市人民政府'),
                ('智能制造示范工厂揭榜单位', '2022年', '工业和信息化部'),
                ('上海市工业互联网标杆平台', '2023年', '上海市经济和信息化委员会'),
                ('国家级服务型制造示范平台', '2023年', '工业和信息化部'),
                ('中国工业大奖表彰奖', '2023年', '中国工业经济联合会')],
    last_year=dict(dev=36420, app=376, models=318, registered=1262),
    backup_contact=('张晓峰', '平台产品经理', '13918637420', 'zhangxf@baowu-ems.example.com'),
    mutations=[_c_rd, _c_copyrights], post=[_c_team],
)

# ------------------------------------------------------------------------------------------------ D


def _d_growth(v):  # 2023 growth typed as 22.86 (4268.40 / 3562.15 gives 19.83)
    v['growth'][2023] = 22.86


def _d_awards(v):
    v['awards'] = 5


def _d_region(v):  # 江苏 typed 1,962 instead of 1,692 in the device region breakdown
    v['dev_reg'] = dict(v['dev_reg'])
    v['dev_reg']['江苏'] += 270


HUAXING = dict(
    pid='h76_huaxing_problems', seed=7615, list_no=15, short='华兴数字',
    declared_name='华兴数字易维讯工程机械工业互联网平台',
    brand='易维讯', nature='行业型工业互联网平台',
    company=dict(
        name='上海华兴数字科技有限公司', code='91310114MA1GT6LK0D', founded='2015年11月3日',
        addr='上海市嘉定区安亭镇墨玉路185号1幢', district='嘉定区', type='有限责任公司（自然人投资或控股）',
        capital='3,000.00', business='工程机械物联网终端、设备管理软件、后市场服务平台运营',
        legal='邵骏', contact='钱思远', title='产品运营部经理', phone='13916052847', fax='021-69571204',
        email='qiansy@huaxing-digital.example.com',
        equity=[('邵骏', '1,650.00', '55.00%'), ('上海华兴企业发展有限公司', '900.00', '30.00%'),
                ('苏州启明创业投资合伙企业（有限合伙）', '450.00', '15.00%')],
        fin=dict(assets='14,286.47', revenue='9,862.30', growth='15.84', debt='41.26', profit='846.18', tax='412.65'),
    ),
    review_addr='上海市嘉定区安亭镇墨玉路185号1幢3楼会议室',
    url='https://ewx.huaxing-digital.example.com', account='review_sh', password='Hx#ewx2024!',
    build=('2018.09', '2023.12'), build_amount=2860.00,
    revenue={2020: 2486.70, 2021: 2962.48, 2022: 3562.15, 2023: 4268.40},
    rd=642.86, profit=512.34, related_party=386.00,
    build_mode='自建', op_mode='联合运营', iaas=('租用', '腾讯云计算（北京）有限责任公司'), deploy=['边缘侧', '公有云'],
    team=(58, 44, 63),
    devices=dict(total=26480, public=21860, daily=14236, protocols=64,
                 cats={'工程机械': 21640, '动力设备': 2460, '物流设备': 1620, '其他': 760},
                 regions={'上海': 3860, '江苏': 3920, '浙江': 3160, '广东': 2840, '山东': 2460, '河南': 2120,
                          '四川': 1960, '湖北': 1640, '安徽': 1380, '陕西': 1160, '深圳': 580},
                 overseas={'印度尼西亚Indonesia': 412, '沙特阿拉伯Saudi Arabia': 268, '哈萨克斯坦Kazakhstan': 120}),
    apps=dict(software=96, app=84, native=62, cloud_sw=22, mau=68, killer=5, killer_dau=3120,
              killer_hits=18620, killer_rev=22.46, public_app=84, public_dau=46,
              cats={'运维服务': 34, '运营管理': 16, '安全生产': 12, '供应链管理': 10, '仓储物流': 6, '节能减排': 6},
              inds={'建筑业': 36, '机械': 22, '采矿': 14, '其他': 12}),
    cloud=dict(servers=88.00, public_servers=88, capacity=480.00, data=268.36, public_data=268.36),
    models=dict(total=72, active=38, users=318, speed='秒级（每TB工况数据统计分析约9秒）',
                cats={'数据算法模型': 30, '行业机理模型': 26, '业务流程模型': 12, '研发仿真模型': 4}),
    micro=(286, 164), devs=(1240, 386),
    users=dict(registered=3286, served=2468, paid=1124, sme=2036,
               inds={'建筑业': 1186, '机械': 412, '采矿': 368, '服务业': 286, '其他': 216},
               regions={'上海': 412, '江苏': 386, '浙江': 318, '广东': 286, '山东': 264, '河南': 218, '四川': 176,
                        '湖北': 142, '安徽': 118, '陕西': 96, '深圳': 52}),
    orders={'2023年自然年': 46820, '截至填表日前一年': 49306}, trade_growth=21.48, subs=(8640, 5120),
    subs_amount=1486.32, util=68.42, domestic=86.20,
    factories=[],
    parks=3, solutions=12, sol_modes={'服务化延伸': 5, '数字化管理': 4, '网络化协同': 3},
    cases=[dict(ops=18.40, energy=6.80, safety=12.60), dict(ops=16.75, energy=5.90, safety=10.80),
           dict(ops=20.10, energy=7.45, safety=14.25)],
    indices=4, jobs=236, social=19.64, partners=5,
    patent_list=[f'P{i}' for i in range(14)], copyright_list=[f'S{i}' for i in range(22)],
    award_list=[('上海市工业互联网创新发展应用示范项目', '2020年', '上海市经济和信息化委员会'),
                ('上海市“专精特新”中小企业', '2021年', '上海市经济和信息化委员会'),
                ('工业互联网APP优秀解决方案', '2022年', '工业和信息化部'),
                ('上海市数字化转型优秀场景', '2023年', '上海市经济和信息化委员会')],
    award_extra=[('中国工程机械行业数字化创新奖', '2023年', '中国工程机械工业协会')],
    backup_contact=('孙一鸣', '客户成功经理', '13916728045', 'sunym@huaxing-digital.example.com'),
    mutations=[_d_awards, _d_region], post=[_d_growth],
    zip=True,
)

SPECS = [XPA, TANSUO, BAOWU, HUAXING]
