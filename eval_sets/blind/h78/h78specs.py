"""The four packages of blind set h78: identities, numbers, list layouts and planted problems."""

from __future__ import annotations

import io
import random

import h78kit as K
from h78data import company_pool, prefixed_company

import build as B


# =============================================================================================
# Shared defaults
# =============================================================================================

def base(**kw):
    field = kw["field"]
    P = dict(
        nature="行业型工业互联网平台", op_mode="自运营", g2021=16.40, deploy="私有云、公有云",
        deploy_box="☑私有云　☑公有云　□边缘侧　□混合云　□其他", iaas="☑租用，服务商名称（必填）：阿里云计算有限公司",
        protocols=142, app=186, sw_extra=34, killer_users=1264, killer_income=46.80, cloud=128, cloud_pub=52,
        storage=(960.00, 538.20), models=264, model_users=388, speed="秒级（每TB时序数据聚合分析约4.6秒）", ms=1120,
        dev=3460, orders=(15680, 16942), trade_growth=18.36, subs=4120, subs_amount=3186.40, util_rate=82.60,
        domestic=91.50, smart_factories=3, parks=7, solutions=30, listed=False, listed_text="",
        cases=(15.30, 8.60, 21.40), indices=3, carbon=False, carbon_text="", idres=True, jobs=420, social=21.36,
        partners=8, edge_nodes=186, compute="公有云ECS 52台（共1,664 vCPU）与私有云服务器76台，GPU算力卡16张。",
        open_data="以API接口和数据集形式开放：开放API接口128个、行业数据集6个、设备故障样本库1个",
        other_res=f"汇聚{field}领域备件供应商360余家、维修服务商120余家及专家1,100余人，沉淀故障案例1.8万条。",
        smart_list=["上海某智能工厂A（宝山区），设备远程运维", "上海某智能工厂B（嘉定区），能效管理", "上海某智能工厂C（金山区），质量追溯"],
        benefit="3个案例平均带动用户营收增长6.2%，新增就业岗位约40个，安全生产持续时间明显提升。",
        cost="3个案例平均降低运维成本15.3%，平均能耗下降8.6%。",
        account="pingshen2024", industries=["黑色金属", "机械", "汽车", "船舶", "其他"],
        app_classes=["运维服务", "安全生产", "节能减排", "质量管控", "生产制造"],
        served_regions=["上海", "江苏", "浙江", "山东", "湖北", "广东"],
        company_more="公司建有市级企业技术中心，研发人员占比超过40%，与高校共建联合实验室2个。",
        advance="与同类平台相比，本平台在设备机理模型沉淀、边缘侧实时推理和跨厂区设备统一运维方面具有优势，诊断准确率高于对标平台约5个百分点。",
        ops_more="平台客户主要分布在长三角地区，并延伸至华中、华南及海外项目。",
        innovation="一是自研边缘推理引擎，实现毫秒级本地告警；二是机理与数据融合建模；三是设备全生命周期数字档案；四是基于标识解析的备件追溯。",
        app_innov="以“平台+服务”模式推动设备运维从计划检修向预测性维护转变，形成可复制的行业解决方案。",
        next="一是扩大设备接入规模并深化机理模型沉淀；二是推进AI大模型在故障诊断中的应用；三是拓展长三角以外区域和海外市场；四是完善开发者生态。",
    )
    P.update(kw)
    c = P["cases"]
    P.setdefault("cases_text", [
        f"案例1：{P['declared_name']}——{P['case_names'][0]}",
        f"企业简介：{P['case_cos'][0]}是{field}领域重点企业。平台简介：依托平台设备接入、诊断模型和运维工单能力提供服务。"
        f"实施内容：完成关键设备接入与健康度评估，运维成本下降{c[0] - 1.2:.2f}%，能耗下降{c[1] - 0.6:.2f}%，安全生产持续时间提升{c[2] - 2.0:.2f}%。",
        f"案例2：{P['declared_name']}——{P['case_names'][1]}",
        f"企业简介：{P['case_cos'][1]}。实施内容：建设设备远程监测与能效优化应用，运维成本下降{c[0] + 0.5:.2f}%，能耗下降{c[1] + 0.2:.2f}%，"
        f"安全生产持续时间提升{c[2] + 0.8:.2f}%。",
        f"案例3：{P['declared_name']}——{P['case_names'][2]}",
        f"企业简介：{P['case_cos'][2]}。实施内容：实施预测性维护与备件协同，运维成本下降{c[0] + 0.7:.2f}%，能耗下降{c[1] + 0.4:.2f}%，"
        f"安全生产持续时间提升{c[2] + 1.2:.2f}%。"])
    return P


def ent(code, founded, addr, typ, capital, business, legal, title, fax, equity, assets, income, income_g, debt,
        profit, tax):
    return dict(code=code, founded=founded, addr=addr, type=typ, capital=capital, business=business, legal=legal,
                title=title, fax=fax, equity=equity, assets=assets, income=income, income_g=income_g, debt=debt,
                profit=profit, tax=tax)


def companies_by_region(seed, regions, overseas_names):
    rng = random.Random(seed)
    out = {}
    for r in regions:
        if r in overseas_names:
            out[r] = [overseas_names[r][k] for k in range(len(overseas_names[r]))]
        else:
            out[r] = [prefixed_company(rng, r if len(r) <= 3 else r[:2]) for _ in range(14)]
    return out


def device_spec(pagesize, wide=False, repeat=True, cont="续表{t}", subtotal=True, fs=7.2, title="", subtitle="",
                page_header="", table_no="1"):
    if wide:
        cols = [("序号", 12, "c"), ("设备编码", 26, "l"), ("设备名称", 62, "l"), ("品牌/型号", 34, "l"),
                ("二级分类", 20, "c"), ("所属企业", 62, "l"), ("注册地", 32, "c"), ("接入协议", 24, "c"),
                ("接入方式", 16, "c"), ("首次接入", 20, "c"), ("近30日在线率", 20, "c"), ("数量（台/套）", 22, "r"),
                ("公有云日均运行（台/套）", 34, "r")]
        sums = (11, 12)
    else:
        cols = [("序号", 9, "c"), ("设备编码", 21, "l"), ("设备名称", 34, "l"), ("二级分类", 15, "c"),
                ("所属企业", 42, "l"), ("注册地", 23, "c"), ("接入方式", 12, "c"), ("数量", 13, "r"),
                ("日均运行", 14, "r")]
        sums = (7, 8)
    spec = K.ListSpec(pagesize=pagesize, columns=cols, title=title, subtitle=subtitle, repeat_header=repeat,
                      cont_caption=cont, page_subtotal=subtotal, sum_cols=sums, font_size=fs, page_header=page_header,
                      wrap_col=2, table_no=table_no)
    return spec


def device_tail(st):
    ov = "，".join(f"{k} {v:,}" for k, v in st["overseas_by"].items())
    lines = [f"其中：公有云接入 {st['pub']:,} 台/套；私有云接入 {st['priv']:,} 台/套；边缘侧接入 {st['edge']:,} 台/套。",
             f"海外设备 {st['overseas']:,} 台/套（{ov}）。" if st["overseas"] else "海外设备：无。",
             "说明：所属企业注册地按附录F区域口径填写；日均运行为公有云设备近一年日均上传实时数据的设备数量。"]
    return lines


def device_facts(ctx, rel, st, info, spec, total_shown, image_only=False):
    p = info["pages"]
    ctx.fact("连接的工业设备/产品/产线种类及数量（台/套）", K.fmt_int(total_shown), "台/套", total_shown, rel, p,
             K.fmt_int(total_shown), row_label="合计", column_label=spec.columns[spec.sum_cols[0]][0], image_only=image_only)
    ctx.fact("公有云工业设备连接数量（台/套）", K.fmt_int(st["pub"]), "台/套", st["pub"], rel, p,
             f"公有云接入 {st['pub']:,} 台/套", row_label="其中：公有云接入", image_only=image_only)
    ctx.fact("公有云工业设备平均日运行数量（台/套）", K.fmt_int(st["daily"]), "台/套", st["daily"], rel, p,
             K.fmt_int(st["daily"]), row_label="合计", column_label=spec.columns[spec.sum_cols[1]][0], image_only=image_only)
    if st["overseas"]:
        ctx.fact("海外设备连接数量（台/套）", K.fmt_int(st["overseas"]), "台/套", st["overseas"], rel, p,
                 f"海外设备 {st['overseas']:,} 台/套", row_label="海外设备", image_only=image_only)


def shots_common(V, with_devices=True):
    def n(label):
        return V[label][1]
    t1 = []
    if with_devices:
        t1.append(("接入设备（台/套）", f"{n('连接的工业设备/产品/产线种类及数量（台/套）'):,}",
                   "连接的工业设备/产品/产线种类及数量（台/套）", n("连接的工业设备/产品/产线种类及数量（台/套）")))
    t1 += [("注册企业（家）", f"{n('注册企业用户数（个）'):,}", "注册企业用户数（个）", n("注册企业用户数（个）")),
           ("上架工业APP（个）", f"{n('工业APP数量（个）'):,}", "工业APP数量（个）", n("工业APP数量（个）")),
           ("今日告警（条）", "37", "", None)]
    t2 = [("机理模型（个）", f"{n('工业机理模型数量（个）'):,}", "工业机理模型数量（个）", n("工业机理模型数量（个）")),
          ("微服务（个）", f"{n('微服务数量（个）'):,}", "微服务数量（个）", n("微服务数量（个）")),
          ("注册开发者（人）", f"{n('开发者注册总数（个）'):,}", "开发者注册总数（个）", n("开发者注册总数（个）"))]
    return [("运营总览", t1), ("开发与模型中心", t2)]


ATTACH = ["经审计的2023年度财务报告（含平台业务收支专项说明）", "接入设备清单", "核心技术知识产权清单", "获奖及荣誉清单",
          "平台运行截图"]


# =============================================================================================
# P1 — 序号22 宝武装备智能科技有限公司 (clean)
# =============================================================================================

STEEL_CATS = {
    "冶炼设备": ["高炉炉顶布料器", "转炉倾动机构", "连铸机结晶器振动装置", "热轧精轧机主传动", "冷轧酸洗机组", "加热炉助燃风系统",
             "RH真空精炼装置", "卷取机助卷辊"],
    "动力设备": ["空压机", "循环水泵", "高炉鼓风机", "汽轮发电机组", "余热锅炉", "除尘风机", "液压站主泵"],
    "电力设备": ["10kV配电柜", "主变压器", "高压变频器", "直流母线柜", "UPS电源系统"],
    "物流设备": ["桥式起重机", "板坯运输辊道", "钢卷运输链", "AGV搬运车", "过跨台车"],
    "仪器仪表": ["在线测厚仪", "红外测温仪", "振动监测传感器", "电磁流量计", "板形仪"],
    "机床": ["数控轧辊磨床", "立式车床", "镗铣加工中心"],
    "机器人": ["测温取样机器人", "贴标机器人", "拆捆带机器人"],
}


def p1_devices(rng):
    regions = {"上海": 30, "江苏": 12, "湖北": 10, "广东": 8, "新疆": 5, "安徽": 7, "浙江": 6, "山东": 5,
               "马来西亚Malaysia": 1.5, "越南Vietnam": 1.2}
    comps = companies_by_region(2201, regions, {"马来西亚Malaysia": ["Kuantan Steel Works Sdn. Bhd."],
                                                "越南Vietnam": ["Hai Phong Coil Processing Co., Ltd."]})
    return B.gen_devices(rng, 412, STEEL_CATS, [24, 20, 14, 16, 14, 6, 6], regions,
                         {"公有云": 4, "私有云": 5, "边缘侧": 1.5}, (2, 38), comps, "BWZB-")


def p1_device_file(ctx, rows, st):
    rel = "03_证明材料/附件3-2_平台接入设备清单.pdf"
    spec = device_spec(K.A4, title="附件3-2　平台接入工业设备清单（表1）",
                       subtitle="统计口径：截至2024年6月30日在平台注册且正常通信的设备；所属企业注册地按附录F区域口径；数量单位：台/套。",
                       cont="续表1", page_header="宝武装备智能科技有限公司　设备远程运维平台　内部资料")
    cells = B.device_rows_cells(rows)
    info = K.draw_list(ctx.path(rel), spec, cells, tail_lines=device_tail(st))
    ctx.add(rel, "evidence:device_list")
    device_facts(ctx, rel, st, info, spec, st["total"])
    ctx.lists[rel] = dict(spec=spec, info=info)
    return info


def p1_served(rng):
    inds = {"黑色金属": 40, "机械": 16, "汽车": 8, "船舶": 5, "有色金属": 6, "电力、热力和燃气": 5, "其他": 6}
    regs = {"上海": 30, "江苏": 14, "湖北": 10, "广东": 8, "安徽": 7, "浙江": 7, "山东": 6, "新疆": 4}
    return B.gen_served(rng, 642, inds, regs, 238, 498, 2202)


P1 = base(
    pid="h78_baowu_clean", folder="宝武装备_2024年度工业互联网平台评价申报材料", seed=2201, list_no=22,
    listed_name="面向钢铁行业的设备远程运维平台", company="宝武装备智能科技有限公司",
    declared_name="面向钢铁行业的设备远程运维平台", p2023=True, field="钢铁", short="宝武装备", docno="BWZB-AQ-2022",
    brand="设备远程运维平台", contact=("顾承远", "13916284057", "guchengyuan@bwzb-iiot.example.com"),
    backup=("邵蔚然", "平台运营经理", "13917730482", "shaowr@bwzb-iiot.example.com"),
    venue="上海市宝山区同济路3521号研发楼4楼第二会议室", url="https://rmo.bwzb-iiot.example.com",
    built="2019.03-2023.12", built_text="2019年3月至2023年12月", invest=16800.00, team=(96, 58),
    registered=1180, g2021=18.62, password="Bw#Rmo2024!",
    position="面向钢铁行业设备全生命周期的远程运维与预测性维护平台，服务钢铁及上下游企业。",
    case_names=["热轧产线设备预测性维护", "高炉鼓风机组远程诊断", "冷轧厂备件协同与点检优化"],
    case_cos=["华东某钢铁基地热轧厂", "华中某钢铁企业炼铁厂", "华南某冷轧薄板企业"],
    intro="面向钢铁行业的设备远程运维平台由宝武装备智能科技有限公司自主建设运营，是面向冶金装备的行业型工业互联网平台。"
          "平台提供设备接入、状态监测、故障诊断、预测性维护、备件协同和运维知识服务，形成设备全生命周期数字化运维能力，"
          "主要客户为钢铁基地及其上下游装备、备件和服务企业。",
    effect="平台解决钢铁企业设备点多面广、故障停机损失大、检修依赖经验等痛点，推动设备运维由计划检修向状态检修和预测性维护转变，"
           "帮助用户降低非计划停机和运维成本，带动装备、备件和服务企业协同转型。",
    ent=ent("91310113MA1GK8XX3P", "2015年12月", "上海市宝山区", "有限责任公司（国有控股）", "65,000万元",
            "冶金装备检修、备件制造、智能运维服务", "屠兴德", "数字化部副经理", "021-56780000", "中国宝武钢铁集团有限公司控股",
            "586,420.30", "412,836.55", "6.84", "58.20", "21,406.18", "9,318.72"),
    attachments=ATTACH + ["服务企业清单（系统导出）"],
    bench=[["1.2.1 创新投入情况", "研发投入3128万元，强度12.58%", "同行业平台（平台名称：某冶金设备云）：千万元级"],
           ["2.1.1 工业设备连接/汇聚能力", "接入设备见附件3-2", "同行业平台约数千台/套"],
           ["3.1.1 平台应用规模", "实际服务企业见系统导出清单", "同行业平台约数百家"]],
    compare=["与2023年度参评时相比，平台新增热轧、冷轧两类设备机理模型，设备接入范围由宝山、东山基地扩展至华中、华南和海外基地。",
             "关键指标方面，接入设备数量、实际服务企业数量、工业APP数量均较上年度有所增长；新增AI大模型运维知识问答应用。",
             "应用服务方面，平台由单一基地运维服务扩展为面向产业链上下游的备件协同和远程专家服务。"],
)

S1 = dict(
    P=P1, layout=["form:docx", "book:docx", "summary:xlsx-vertical", "device:a4-portrait header-repeated 续表1 本页小计",
                  "ip:sections-restart grand-total", "served:xlsx-sheet-per-200 summary-block", "audit:text-pdf"],
    description="序号22宝武装备钢铁设备远程运维平台（2023参评），干净包：412行设备清单跨多页（每页重复表头、续表、本页小计、"
                "末页合计），专利清单按类别重新编号并有总计，服务企业清单为系统导出XLSX（每200行一表），所有数字与申报表一致。",
    devices=p1_devices, device_file=p1_device_file, cat_order=list(STEEL_CATS),
    reg_order=["上海", "江苏", "浙江", "安徽", "山东", "湖北", "广东", "新疆", "马来西亚Malaysia", "越南Vietnam"],
    overseas_keys={"马来西亚Malaysia", "越南Vietnam"},
    served=p1_served, ind_order=["黑色金属", "有色金属", "机械", "汽车", "船舶", "电力、热力和燃气", "其他"],
    srv_reg_order=["上海", "江苏", "浙江", "安徽", "山东", "湖北", "广东", "新疆"],
    system="宝武装备设备远程运维平台运营管理系统", exported="2024-07-09 16:20:05",
    ip_counts=(17, 26, 31), soft_prefix="宝武装备",
    awards=[("工业和信息化部工业互联网平台创新领航应用案例", "工业和信息化部", "2023年12月"),
            ("上海市工业互联网创新应用标杆", "上海市经济和信息化委员会", "2022年8月"),
            ("冶金科学技术奖二等奖", "中国钢铁工业协会、中国金属学会", "2023年10月"),
            ("上海市科技进步奖三等奖", "上海市人民政府", "2022年5月"),
            ("上海市“专精特新”中小企业", "上海市经济和信息化委员会", "2021年11月"),
            ("工业互联网试点示范项目", "工业和信息化部", "2021年12月")],
    fin=dict(rev=["186,430,512.36", "214,905,318.74", "248,716,903.15"],
             cost=["142,118,046.20", "161,002,775.13", "183,420,617.88"],
             rd="31,284,066.20", profit="27,305,118.44",
             company=["4,128,365,512.40", "3,864,021,337.05", "3,402,117,880.12", "3,188,406,215.66", "186,204,318.75",
                      "171,430,226.10", "226,418,303.15", "201,775,406.31", "214,061,801.27", "196,338,074.55",
                      "181,936,512.08", "166,887,363.37"]),
    firm=("立信华东会计师事务所（特殊普通合伙）", "信会师报字[2024]第ZA18426号", "陈立群、吴悦"),
    ev=dict(served_file="03_证明材料/附件3-6_服务企业清单（系统导出）.xlsx", ip_file="03_证明材料/附件3-3_知识产权清单.pdf",
            award_file="03_证明材料/附件3-4_获奖清单.pdf", audit_file="03_证明材料/附件3-1_2023年度审计报告.pdf",
            shot_file="03_证明材料/附件3-5_平台运行截图.pdf"),
    proof=dict(audit="附件3-1 第4页", device="附件3-2 末页合计", shot="附件3-5", ip="附件3-3", award="附件3-4",
               served="附件3-6 第1页"),
    shots=lambda V: shots_common(V),
    files=dict(contact="01_申报文件/附件1_联系人信息反馈表.docx", form_docx="01_申报文件/附件2_申报表.docx",
               form_scan="01_申报文件/附件2_申报表（盖章扫描件）.pdf", book="02_申报书/附件3_申报书.docx",
               summary="01_申报文件/附件4_平台基本情况汇总表.xlsx", commit="01_申报文件/附件5_真实性承诺（盖章）.pdf"),
)


# =============================================================================================
# P2 — 序号15 上海华兴数字科技有限公司 (3 problems)
# =============================================================================================

CM_CATS = {
    "工程机械": ["SY215C履带式挖掘机", "XE60DA小型挖掘机", "LW500KV轮式装载机", "QY25K汽车起重机", "XS143J压路机",
             "RP953摊铺机", "SR285R旋挖钻机", "STC750T起重机", "ZL50GN装载机"],
    "动力设备": ["柴油发电机组", "移动式空压机", "混凝土泵车动力单元"],
    "物流设备": ["CPCD50内燃叉车", "电动堆高车", "自卸运输车"],
    "其他": ["施工升降机安全监控终端", "塔机防碰撞终端"],
}
PROTOS = ["J1939/CAN", "MQTT", "Modbus", "OPC UA", "JT/T808"]


def p2_devices(rng):
    regions = {"上海": 10, "江苏": 14, "浙江": 11, "安徽": 8, "山东": 9, "河南": 7, "湖北": 6, "四川": 6, "广东": 5,
               "新疆": 3, "印度尼西亚Indonesia": 1.6, "哈萨克斯坦Kazakhstan": 1.0}
    comps = companies_by_region(1501, regions, {"印度尼西亚Indonesia": ["PT Nusantara Alat Berat"],
                                                "哈萨克斯坦Kazakhstan": ["Astana Construction Machinery LLP"]})
    rows = B.gen_devices(rng, 468, CM_CATS, [62, 12, 16, 10], regions, {"公有云": 6, "私有云": 2, "边缘侧": 1},
                         (3, 38), comps, "HX-IOT-")
    for r in rows:
        r["model"] = r["name"].split("#")[1][:8] + "-" + rng.choice(["Ⅲ", "Ⅳ", "E5", "G3"])
        r["proto"] = rng.choice(PROTOS)
        r["since"] = f"20{rng.randint(20, 24)}-{rng.randint(1, 12):02d}"
        if r["since"] > "2024-06":
            r["since"] = "2024-05"
        r["online"] = f"{rng.uniform(62, 99.5):.1f}%"
    return rows


P2_WRONG_PAGE = 4
P2_DELTA = 100


def p2_device_file(ctx, rows, st):
    rel = "证明材料/03_接入设备明细表（A3横版）.pdf"
    spec = device_spec(K.landscape(K.A3), wide=True, repeat=False, cont="", fs=7.6,
                       title="华兴数字易维讯平台接入设备明细表",
                       subtitle="数据来源：易维讯设备管理后台　统计日期：2024年6月30日　单位：台/套",
                       page_header="上海华兴数字科技有限公司")
    cells = B.device_rows_cells(rows, wide=True)
    # a long device description lands on the last line of page 3: the table breaks inside that row
    plan = K.layout_list(spec, cells)
    last_on_p3 = [it[1] for it in plan[2] if it[0] == "row"][-1]
    cells[last_on_p3]["lines"] = 2
    nm = cells[last_on_p3]["cells"][2]
    cells[last_on_p3]["wrap"] = [nm + "（含远程锁机、", "油耗监测及电子围栏终端）"]
    cells[last_on_p3]["cells"][2] = nm + "（含远程锁机、油耗监测及电子围栏终端）"
    probe = K.draw_list(io.BytesIO(), spec, cells)
    true_sub = probe["subtotal_true"][P2_WRONG_PAGE][11]
    override = {P2_WRONG_PAGE: {11: true_sub + P2_DELTA}}
    total_shown = st["total"] + P2_DELTA
    info = K.draw_list(ctx.path(rel), spec, cells, tail_lines=device_tail(st), subtotal_override=override,
                       total_override={11: total_shown})
    ctx.add(rel, "evidence:device_list")
    device_facts(ctx, rel, st, info, spec, total_shown)
    info["split_row"] = last_on_p3
    info["wrong"] = (P2_WRONG_PAGE, true_sub, true_sub + P2_DELTA)
    # the category and region of a row on the wrong page carry the extra 100 in the applicant's breakdowns
    first_row = [i for i, p in info["row_page"].items() if p == P2_WRONG_PAGE][0]
    info["wrong_row"] = rows[first_row]
    ctx.lists[rel] = dict(spec=spec, info=info)
    return info


def p2_mut_subtotal(D, ctx, st, srv, ip, info):
    page, true_sub, shown = info["wrong"]
    r = info["wrong_row"]
    D["连接的工业设备/产品/产线种类及数量（台/套）"] += P2_DELTA
    D["按二级分类统计工业设备数量（台/套）"] = B.bump(D["按二级分类统计工业设备数量（台/套）"], r["cat"], P2_DELTA)
    D["按省市区域统计工业设备数量（台/套）"] = B.bump(D["按省市区域统计工业设备数量（台/套）"], r["region"], P2_DELTA)
    rel = "证明材料/03_接入设备明细表（A3横版）.pdf"
    ctx.problem("count_vs_list", ["连接的工业设备/产品/产线种类及数量（台/套）"],
                ["申报文件/2-华兴数字_申报表.docx", rel], "error",
                f"申报表连接工业设备数量 {st['total'] + P2_DELTA:,} 台/套取自明细表末页“合计”，但明细表第{page}页“本页小计”印为 "
                f"{shown:,}，该页各行数量相加只有 {true_sub:,}；全部明细行合计 {st['total']:,} 台/套，达不到申报数")


def p2_mut_region_typo(D, ctx, st, srv, ip, info):
    key = "江苏"
    d = dict(D["按省市区域统计工业设备数量（台/套）"])
    old = d[key]
    s = str(old)
    new = int(s[0] + s[2] + s[1] + s[3:]) if len(s) >= 3 and s[1] != s[2] else old - 90
    d[key] = new
    D["按省市区域统计工业设备数量（台/套）"] = d
    ctx.problem("breakdown_sum", ["按省市区域统计工业设备数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"],
                ["申报文件/2-华兴数字_申报表.docx"], "error",
                f"按省市区域统计工业设备数量各项之和 {sum(d.values()):,} 与连接的工业设备数量 "
                f"{D['连接的工业设备/产品/产线种类及数量（台/套）']:,} 不符（江苏一项填 {new:,}，若为 {old:,} 则各项之和与总数相符，"
                f"疑为数字颠倒）")


P2_PUB_DELTA = 200


def p2_mut_public(D, ctx, st, srv, ip, info):
    D["公有云工业设备连接数量（台/套）"] += P2_PUB_DELTA
    k1 = next(iter(D["按二级分类统计公有云工业设备数量（台/套）"]))
    k2 = next(iter(D["按省市区域统计公有云工业设备数量（台/套）"]))
    D["按二级分类统计公有云工业设备数量（台/套）"] = B.bump(D["按二级分类统计公有云工业设备数量（台/套）"], k1, P2_PUB_DELTA)
    D["按省市区域统计公有云工业设备数量（台/套）"] = B.bump(D["按省市区域统计公有云工业设备数量（台/套）"], k2, P2_PUB_DELTA)
    ctx.problem("declared_vs_evidence", ["公有云工业设备连接数量（台/套）"],
                ["申报文件/2-华兴数字_申报表.docx", "证明材料/03_接入设备明细表（A3横版）.pdf"], "error",
                f"申报表公有云工业设备连接数量 {D['公有云工业设备连接数量（台/套）']:,} 台/套，设备明细表末页“其中：公有云接入 "
                f"{st['pub']:,} 台/套”")


P2 = base(
    pid="h78_huaxing_problems", folder="华兴数字-易维讯平台申报材料", seed=1501, list_no=15,
    listed_name="华兴数字易维讯工程机械工业互联网平台", company="上海华兴数字科技有限公司",
    declared_name="华兴数字易维讯工程机械工业互联网平台", p2023=False, field="工程机械", short="华兴数字", docno="HXSZ-ZD-2022",
    brand="易维讯 IoT 管理后台", contact=("欧阳子琪", "13901652378", "ouyzq@huaxing-digital.example.com"),
    backup=("仇立航", "运营主管", "13918807416", "qiulh@huaxing-digital.example.com"),
    venue="上海市闵行区申长路988弄虹桥万科中心3号楼12层大会议室", url="https://ewx.huaxing-digital.example.com",
    built="2018.09-2023.10", built_text="2018年9月至2023年10月", invest=5600.00, team=(64, 41), registered=2360,
    served=1418, g2021=24.15, password="Ewx@Hx0715", deploy="公有云", deploy_box="□私有云　☑公有云　□边缘侧　□混合云　□其他",
    iaas="☑租用，服务商名称（必填）：华为云计算技术有限公司", app=124, sw_extra=18, models=138, ms=640, dev=1260,
    storage=(420.00, 251.70), cloud=64, cloud_pub=64, industries=["机械", "建筑业", "采矿", "其他"],
    app_classes=["运维服务", "安全生产", "运营管理", "仓储物流"], smart_factories=1,
    smart_list=["上海某工程机械智能工厂（临港新片区），整机远程监控与售后服务"],
    served_regions=["上海", "江苏", "浙江", "安徽", "山东", "河南", "四川"], listed=True,
    listed_text="2022年获得某产业投资基金A轮投资",
    position="面向工程机械制造商、代理商和施工企业的设备物联与后市场服务平台。",
    case_names=["设备后市场服务数字化", "施工企业机群管理", "代理商备件协同"],
    case_cos=["某工程机械整机制造商", "某市政施工集团", "某工程机械代理商"],
    intro="华兴数字易维讯工程机械工业互联网平台是面向工程机械行业的行业型工业互联网平台，为主机厂、代理商和施工企业提供设备物联、"
          "远程监控、工况分析、售后服务和备件协同等服务，形成设备后市场数字化运营能力。",
    effect="平台帮助工程机械用户实时掌握设备位置、工况和油耗，减少设备闲置和非计划停机，提升售后服务响应速度，带动后市场服务模式创新。",
    ent=ent("91310112MA1GC61X8Q", "2016年4月", "上海市闵行区", "有限责任公司", "3,000万元", "工业物联网软件开发、设备管理服务",
            "钱嘉树", "产品总监", "021-54330000", "自然人股东合计持股78%，投资机构持股22%", "38,614.27", "21,406.55",
            "12.18", "41.36", "1,982.44", "846.30"),
    attachments=["审计报告及平台业务收支专项说明", "接入设备明细表（A3横版）", "知识产权清单", "获奖情况", "系统截图"],
    bench=[["1.2.1 创新投入情况", "研发投入见申报表", "同类平台（某工程机械云）：千万元级"],
           ["2.1.1 工业设备连接/汇聚能力", "接入设备近万台/套", "同类平台：数万台/套"],
           ["3.1.1 平台应用规模", "服务企业逾千家", "同类平台：数千家"]],
)


def p2_shots(V):
    return shots_common(V, with_devices=False)


S2 = dict(
    P=P2, layout=["form:docx", "book:pdf", "summary:xlsx-horizontal", "device:a3-landscape no-repeat-header split-row 本页小计",
                  "ip:sections-restart grand-total", "audit:text-pdf"],
    description="序号15华兴数字工程机械平台（未参评2023），3个问题：A3横版设备明细表（不重复表头、跨页断行）第4页本页小计比该页行合计多100，"
                "申报数取自虚增的合计；省市区域分布之和与总数不符；公有云设备数与明细表不符。",
    devices=p2_devices, device_file=p2_device_file, cat_order=list(CM_CATS),
    reg_order=["上海", "江苏", "浙江", "安徽", "山东", "河南", "湖北", "四川", "广东", "新疆", "印度尼西亚Indonesia",
               "哈萨克斯坦Kazakhstan"],
    overseas_keys={"印度尼西亚Indonesia", "哈萨克斯坦Kazakhstan"},
    ip_counts=(9, 21, 26), soft_prefix="易维讯", ip_cont="（续）",
    awards=[("上海市工业互联网平台和专业服务商推荐目录", "上海市经济和信息化委员会", "2022年6月"),
            ("工业互联网APP优秀解决方案", "工业和信息化部网络安全产业发展中心", "2023年3月"),
            ("上海市科技小巨人（培育）企业", "上海市科学技术委员会", "2021年9月"),
            ("中国机械工业科学技术奖三等奖", "中国机械工业联合会", "2023年11月")],
    fin=dict(rev=["62,184,306.42", "74,920,418.06", "88,306,254.91"],
             cost=["41,860,112.04", "49,315,204.58", "56,770,902.36"], rd="13,862,407.55", profit="9,216,503.68",
             company=["214,065,530.12", "190,642,118.47", "138,240,664.30", "124,611,902.55", "31,005,812.64",
                      "27,918,044.21", "20,604,120.36", "17,338,904.71", "19,824,406.93", "16,906,357.02",
                      "17,112,683.40", "14,735,519.88"]),
    firm=("上海申信会计师事务所有限公司", "申信审字（2024）第0316号", "蒋文涛、许敏"),
    ev=dict(ip_file="证明材料/04_知识产权清单.pdf", award_file="证明材料/05_获奖情况.pdf", audit_file="证明材料/01_审计报告.pdf",
            shot_file="证明材料/02_系统截图.pdf"),
    proof=dict(audit="证明材料01 第4页", device="证明材料03 末页合计", shot="证明材料02", ip="证明材料04", award="证明材料05"),
    shots=p2_shots,
    mutate=[p2_mut_subtotal, p2_mut_region_typo, p2_mut_public],
    files=dict(contact="申报文件/1-联系人信息反馈表.docx", form_docx="申报文件/2-华兴数字_申报表.docx",
               form_scan="申报文件/2-申报表盖章扫描件.pdf", book="申报文件/3-申报书.pdf",
               summary="申报文件/4-平台基本情况汇总表.xlsx", commit="申报文件/5-真实性承诺（扫描）.pdf"),
)


# =============================================================================================
# P3 — 序号27 上海碳索能源服务股份有限公司 (3 problems)
# =============================================================================================

EN_CATS = {
    "电力设备": ["智能电表（三相）", "干式变压器", "光伏并网逆变器", "储能变流器", "低压开关柜"],
    "动力设备": ["螺杆空压机", "离心式冷水机组", "燃气蒸汽锅炉", "冷却塔风机", "循环水泵"],
    "仪器仪表": ["能耗计量网关", "超声波水表", "燃气流量计", "温湿度传感器", "电能质量分析仪"],
    "其他": ["VOCs在线监测仪", "废水在线监测终端"],
}


def p3_devices(rng):
    regions = {"上海": 28, "江苏": 16, "浙江": 14, "安徽": 8, "广东": 7, "山东": 6, "泰国Thailand": 1.5}
    comps = companies_by_region(2701, regions, {"泰国Thailand": ["Rayong Green Factory Co., Ltd."]})
    return B.gen_devices(rng, 356, EN_CATS, [36, 26, 32, 6], regions, {"公有云": 6, "私有云": 3, "边缘侧": 2},
                         (4, 44), comps, "TS-EM-")


def p3_device_file(ctx, rows, st):
    rel = "附件/02-接入设备清单.pdf"
    spec = device_spec(K.landscape(K.A4), repeat=True, cont="接入设备清单（续）", subtotal=False, fs=7.4,
                       title="零碳绿色工厂综合数智化管理平台　接入设备清单",
                       subtitle="截至2024年6月30日；数量单位：台/套；日均运行仅统计公有云接入设备。")
    spec.columns = [(c[0], c[1] * 1.38, c[2]) for c in spec.columns]
    cells = B.device_rows_cells(rows)
    info = K.draw_list(ctx.path(rel), spec, cells, tail_lines=device_tail(st))
    ctx.add(rel, "evidence:device_list")
    device_facts(ctx, rel, st, info, spec, st["total"])
    ctx.lists[rel] = dict(spec=spec, info=info)
    return info


P3_PAT_DELTA = 4


def p3_mut_patents(D, ctx, st, srv, ip, info):
    D["平台核心软硬件技术获得的专利数量（项）"] = ip["pat"] + P3_PAT_DELTA
    ctx.problem("count_vs_list", ["平台核心软硬件技术获得的专利数量（项）"],
                ["申报表/附件2-申报表.xlsx", "附件/03-知识产权清单（扫描件）.pdf"], "error",
                f"申报专利数量 {ip['pat'] + P3_PAT_DELTA} 项，扫描版知识产权清单按类别分段编号，末尾“专利合计 {ip['pat']} 项”"
                f"（发明专利与实用新型两段之和），清单达不到申报数")


def p3_mut_industry(D, ctx, st, srv, ip, info):
    d = dict(D["按行业统计服务企业数（个）"])
    k = list(d)[1]
    d[k] -= 30
    D["按行业统计服务企业数（个）"] = d
    ctx.problem("breakdown_sum", ["按行业统计服务企业数（个）", "实际服务企业数（个）"], ["申报表/附件2-申报表.xlsx"], "error",
                f"按行业统计服务企业数各项之和 {sum(d.values()):,} 与实际服务企业数 {D['实际服务企业数（个）']:,} 不符")


P3_DAILY_DELTA = 120


def p3_mut_daily(D, ctx, st, srv, ip, info):
    D["公有云工业设备平均日运行数量（台/套）"] += P3_DAILY_DELTA
    for lab in ("按二级分类统计公有云工业设备平均日运行数量（台/套）", "按省市区域统计公有云工业设备平均日运行数量（台/套）"):
        k = next(iter(D[lab]))
        D[lab] = B.bump(D[lab], k, P3_DAILY_DELTA)
    assert D["公有云工业设备平均日运行数量（台/套）"] <= D["公有云工业设备连接数量（台/套）"]
    ctx.problem("declared_vs_evidence", ["公有云工业设备平均日运行数量（台/套）"],
                ["申报表/附件2-申报表.xlsx", "附件/02-接入设备清单.pdf"], "error",
                f"申报表公有云工业设备平均日运行数量 {D['公有云工业设备平均日运行数量（台/套）']:,} 台/套，接入设备清单末页合计行"
                f"“日均运行”为 {st['daily']:,} 台/套")


P3 = base(
    pid="h78_tansuo_problems", folder="碳索能源_零碳绿色工厂平台_2024评价材料", seed=2701, list_no=27,
    listed_name="零碳绿色工厂综合数智化管理平台", company="上海碳索能源服务股份有限公司",
    declared_name="零碳绿色工厂综合数智化管理平台", p2023=False, field="能源管理", short="碳索能源", docno="TSNY-XA-2022",
    brand="碳索零碳工厂云", contact=("闻人清和", "13917426051", "wenrenqh@tansuo-energy.example.com"),
    backup=("贲思远", "数字化中心主任", "13901947730", "bensy@tansuo-energy.example.com"),
    venue="上海市长宁区临虹路289号B座6楼多功能厅", url="https://zcf.tansuo-energy.example.com",
    built="2020.01-2023.12", built_text="2020年1月至2023年12月", invest=4200.00, team=(38, 27), registered=960, served=612,
    g2021=31.20, password="Ts-Zcf#2024", carbon=True,
    carbon_text="提供碳核算、碳足迹、碳排放监测和碳效评价服务，服务长三角制造企业", app=96, sw_extra=12, models=152, ms=520,
    dev=840, storage=(300.00, 168.40), cloud=46, cloud_pub=30, industries=["石化化工", "汽车", "电子", "医药", "其他"],
    app_classes=["节能减排", "安全生产", "运营管理", "运维服务"], served_regions=["上海", "江苏", "浙江", "安徽", "广东"],
    smart_factories=2, smart_list=["上海某汽车零部件智能工厂（嘉定区），能碳管理", "上海某电子智能工厂（松江区），能效优化"],
    position="面向制造企业零碳工厂建设的能源管理与碳管理一体化平台。",
    case_names=["汽车零部件工厂能碳双控", "电子厂房空压站节能", "化工园区企业碳排放监测"],
    case_cos=["某汽车零部件企业", "某电子制造企业", "某精细化工企业"],
    intro="零碳绿色工厂综合数智化管理平台由上海碳索能源服务股份有限公司建设，是面向制造业能碳管理的专业型工业互联网平台，"
          "提供能源计量接入、能效诊断、负荷预测、碳核算与碳足迹、节能改造效果评估等服务，主要客户为长三角制造企业和工业园区。",
    effect="平台解决工厂能源数据分散、碳排放底数不清、节能措施难以量化等问题，帮助企业降低单位产品能耗和碳排放，支撑零碳工厂建设。",
    nature="专业型工业互联网平台",
    ent=ent("91310105MA1FW3RT2K", "2013年7月", "上海市长宁区", "股份有限公司（非上市）", "8,600万元",
            "合同能源管理、节能技术服务、能碳管理软件", "蔡文彬", "平台事业部总经理", "021-62210000",
            "创始团队持股51%，员工持股平台持股14%，其他股东35%", "96,330.18", "48,211.60", "15.72", "46.80", "3,816.25",
            "1,702.64"),
    attachments=["2023年度审计报告（扫描件）", "接入设备清单", "知识产权清单（扫描件）", "获奖情况", "平台截图"],
    bench=[["1.2.1 创新投入情况", "研发投入见申报表", "同类平台（某能碳管理平台）：千万元级"],
           ["2.1.1 工业设备连接/汇聚能力", "接入能源计量及用能设备", "同类平台：万台级"],
           ["3.1.1 平台应用规模", "服务企业600余家", "同类平台：千家级"]],
)

S3 = dict(
    P=P3, layout=["form:xlsx-only", "book:docx", "summary:xlsx-vertical", "device:a4-landscape header-repeated （续）",
                  "ip:scanned multi-page sections-restart grand-total", "audit:scanned"],
    description="序号27碳索能源零碳工厂平台（未参评2023），3个问题：扫描版知识产权清单按类别重新编号，专利合计少于申报数；"
                "按行业统计服务企业数之和与实际服务企业数不符；公有云设备日均运行数与设备清单合计不符。",
    devices=p3_devices, device_file=p3_device_file, cat_order=list(EN_CATS),
    reg_order=["上海", "江苏", "浙江", "安徽", "山东", "广东", "泰国Thailand"], overseas_keys={"泰国Thailand"},
    ip_counts=(12, 25, 29), soft_prefix="碳索", ip_scanned=True, ip_cont="（续）",
    awards=[("上海市节能减排先进集体", "上海市人民政府", "2022年3月"),
            ("国家级绿色制造系统解决方案供应商", "工业和信息化部", "2021年10月"),
            ("上海市工业互联网平台和专业服务商推荐目录", "上海市经济和信息化委员会", "2023年5月"),
            ("上海市节能减排科技进步奖二等奖", "上海市节能协会", "2023年12月"),
            ("上海市专精特新中小企业", "上海市经济和信息化委员会", "2022年1月")],
    fin=dict(rev=["31,206,418.72", "40,938,512.06", "52,664,037.18"],
             cost=["21,604,223.18", "27,703,116.42", "34,910,556.09"], rd="8,736,902.44", profit="5,206,118.37",
             company=["482,116,034.72", "416,625,880.31", "351,908,412.66", "305,217,604.12", "28,066,307.45",
                      "24,113,806.92", "40,605,332.18", "35,228,904.67", "38,162,507.21", "33,406,118.74",
                      "32,438,131.13", "28,395,200.86"]),
    firm=("上海众华沪银会计师事务所（普通合伙）", "众沪审字（2024）第1187号", "马骏、周晓岚"), audit_scanned=True,
    ev=dict(ip_file="附件/03-知识产权清单（扫描件）.pdf", award_file="附件/04-获奖情况.pdf",
            audit_file="附件/01-2023年度审计报告（扫描件）.pdf", shot_file="附件/05-平台截图.pdf"),
    proof=dict(audit="附件01 第4页", device="附件02 末页合计", shot="附件05", ip="附件03", award="附件04"),
    shots=lambda V: shots_common(V),
    mutate=[p3_mut_patents, p3_mut_industry, p3_mut_daily],
    files=dict(contact="申报表/附件1-联系人信息反馈表.docx", form_xlsx="申报表/附件2-申报表.xlsx",
               form_scan="申报表/附件2-申报表（盖章）.pdf", book="申报书/附件3-申报书.docx",
               summary="申报表/附件4-平台基本情况汇总表.xlsx", commit="申报表/附件5-真实性承诺.pdf"),
)


# =============================================================================================
# P4 — 序号16 欧冶云商股份有限公司 (4 problems)
# =============================================================================================

TRADE_CATS = {
    "物流设备": ["仓库桥式行车", "门式起重机", "电动平车", "智能地磅", "钢卷AGV", "汽车衡"],
    "冶炼设备": ["纵剪分条机组", "横切开平机组", "激光落料线"],
    "仪器仪表": ["称重仪表", "库区温湿度传感器", "车牌识别终端", "RFID读写器"],
    "电力设备": ["库区配电柜", "行车变频器"],
}


def p4_devices(rng):
    regions = {"上海": 26, "江苏": 18, "浙江": 12, "天津": 8, "广东": 9, "湖北": 7, "山东": 8}
    comps = companies_by_region(1601, regions, {})
    return B.gen_devices(rng, 236, TRADE_CATS, [46, 18, 28, 8], regions, {"公有云": 7, "私有云": 2, "边缘侧": 1},
                         (1, 22), comps, "OYCS-WH-")


def p4_device_file(ctx, rows, st):
    rel = "证明材料/附件3_仓储加工设备接入清单.pdf"
    spec = device_spec(K.A4, title="欧冶云商生态运营平台　仓储加工设备接入清单", cont="续表{t}", table_no="3",
                       subtitle="统计范围：平台合作仓库及加工中心接入设备；截止日期2024年6月30日；单位：台/套。")
    cells = B.device_rows_cells(rows)
    info = K.draw_list(ctx.path(rel), spec, cells, tail_lines=device_tail(st))
    ctx.add(rel, "evidence:device_list")
    device_facts(ctx, rel, st, info, spec, st["total"])
    ctx.lists[rel] = dict(spec=spec, info=info)
    return info


def p4_served(rng):
    inds = {"黑色金属": 30, "机械": 20, "建筑业": 14, "汽车": 8, "家电": 6, "船舶": 4, "轻工": 6, "其他": 8}
    regs = {"上海": 22, "江苏": 20, "浙江": 16, "山东": 9, "天津": 7, "河北": 6, "广东": 8, "湖北": 6, "安徽": 6}
    return B.gen_served(rng, 1286, inds, regs, 486, 1102, 1602)


P4_SRV_DELTA = 40
P4_PAID_DELTA = 26


def p4_mut_served(D, ctx, st, srv, ip, info):
    D["实际服务企业数（个）"] += P4_SRV_DELTA
    D["按行业统计服务企业数（个）"] = B.bump(D["按行业统计服务企业数（个）"], "其他", P4_SRV_DELTA)
    D["按省市区域统计服务企业数（个）"] = B.bump(D["按省市区域统计服务企业数（个）"], "江苏", P4_SRV_DELTA)
    ctx.problem("count_vs_list", ["实际服务企业数（个）"],
                ["申报文件/附件2_申报表_欧冶云商.docx", "证明材料/附件5_服务企业清单_系统导出.xlsx"], "error",
                f"申报实际服务企业数 {D['实际服务企业数（个）']:,} 家，系统导出的服务企业清单首页“共 {srv['total']:,} 条记录”"
                f"（7个工作表、每表200条，最后一表 {srv['total'] - 1200} 条），清单达不到申报数")


def p4_mut_paid(D, ctx, st, srv, ip, info):
    D["付费企业数（个）"] += P4_PAID_DELTA
    ctx.problem("declared_vs_evidence", ["付费企业数（个）"],
                ["申报文件/附件2_申报表_欧冶云商.docx", "证明材料/附件5_服务企业清单_系统导出.xlsx"], "error",
                f"申报付费企业数 {D['付费企业数（个）']:,} 家，服务企业清单首页汇总“付费企业 {srv['paid']:,} 家”，"
                f"清单“是否付费”列为“是”的也是 {srv['paid']:,} 条")


def p4_mut_modes(D, ctx, st, srv, ip, info):
    d = dict(D["按新模式统计解决方案数量（个）"])
    d["网络化协同"] += 3
    D["按新模式统计解决方案数量（个）"] = d
    ctx.problem("breakdown_sum", ["按新模式统计解决方案数量（个）", "平台提供的解决方案总数（个）"],
                ["申报文件/附件2_申报表_欧冶云商.docx"], "error",
                f"按新模式统计解决方案数量各项之和 {sum(d.values())} 与平台提供的解决方案总数 {D['平台提供的解决方案总数（个）']} 不符")


def p4_mark7(ctx, V, P):
    ctx.problem("section7", ["七、平台相较上年度对比情况"], ["申报书/附件3_申报书_欧冶云商生态运营平台.pdf"], "error",
                "欧冶云商生态运营平台在附件6中2023年度参评为“是”，申报书只有一至六章，缺少必填的“七、平台相较上年度对比情况”")


P4 = base(
    pid="h78_ouye_problems", folder="欧冶云商-2024工业互联网平台评价", seed=1601, list_no=16,
    listed_name="欧冶云商生态运营平台", company="欧冶云商股份有限公司", declared_name="欧冶云商生态运营平台", p2023=True,
    field="钢铁流通", short="欧冶云商", docno="OYCS-XXAQ-2021", brand="欧冶云商运营驾驶舱",
    contact=("慕容书宁", "13916075329", "murongsn@ouyeel-eco.example.com"),
    backup=("宓海川", "平台运营部经理", "13901688254", "mihc@ouyeel-eco.example.com"),
    venue="上海市宝山区漠河路600号东方国际科技大厦18层1806会议室", url="https://eco.ouyeel.example.com",
    built="2015.02-2023.12", built_text="2015年2月至2023年12月", invest=48600.00, team=(212, 186), registered=3120,
    g2021=21.34, password="Oy!Eco_2024", nature="行业型工业互联网平台", app=238, sw_extra=40, models=186, ms=1840,
    dev=2480, storage=(2200.00, 1364.80), cloud=312, cloud_pub=186, solutions=36, orders=(486200, 512430),
    trade_growth=12.84, subs=6840, subs_amount=5218.60, industries=["黑色金属", "机械", "建筑业", "汽车", "其他"],
    app_classes=["供应链管理", "仓储物流", "运营管理", "质量管控"], listed=True,
    listed_text="已完成A轮及多轮战略融资，投资方包括多家国有资本和产业基金", smart_factories=2,
    smart_list=["上海某钢材加工智能工厂（宝山区），加工排产与物流协同", "上海某汽车板加工智能工厂（嘉定区），供应链协同"],
    position="面向钢铁产业链的生态运营平台，提供交易、物流、仓储加工、金融和数据服务。",
    other_res="汇聚合作仓库520余家、加工中心160余家、承运商4,800余家，形成钢材物流与仓储加工资源池。",
    case_names=["钢材仓储加工数字化", "汽车板供应链协同", "钢贸企业在线交易与物流"],
    case_cos=["某钢材加工配送中心", "某汽车零部件企业", "某钢贸企业"],
    intro="欧冶云商生态运营平台由欧冶云商股份有限公司建设运营，是面向钢铁产业链的行业型工业互联网平台，提供钢材交易、物流、"
          "仓储加工、供应链金融和数据服务，连接钢厂、贸易商、加工中心、仓库、承运商和终端用户，构建钢铁生态服务体系。",
    effect="平台解决钢铁流通环节信息不对称、物流效率低、库存不透明等问题，提升产业链协同效率，降低社会物流成本，推动钢铁流通数字化转型。",
    ent=ent("91310000MA1FL0XX6M", "2015年2月", "上海市宝山区", "股份有限公司（非上市）", "100,000万元",
            "钢铁产业链电子商务、物流、仓储加工及数据服务", "王建明", "运营总监", "021-26620000",
            "中国宝武钢铁集团有限公司及其关联方控股，战略投资者参股", "1,284,620.36", "612,430.18", "4.62", "52.14",
            "36,812.40", "14,206.35"),
    attachments=["2023年度审计报告（含平台业务收支专项说明）", "获奖情况", "仓储加工设备接入清单", "知识产权清单",
                 "服务企业清单（系统导出）", "平台截图"],
    bench=[["1.2.1 创新投入情况", "研发投入亿元级", "同行业平台（某大宗商品平台）：亿元级"],
           ["2.1.1 工业设备连接/汇聚能力", "仓储加工设备接入", "同行业平台：数千台/套"],
           ["3.1.1 平台应用规模", "服务企业千余家", "同行业平台：千家级"]],
)

S4 = dict(
    P=P4, layout=["form:docx", "book:pdf (no 七)", "summary:xlsx-horizontal", "device:a4-portrait 续表3 本页小计",
                  "served:xlsx-sheet-per-200 summary-block 共1,286条记录", "ip:sections-restart grand-total",
                  "audit:text-pdf"],
    description="序号16欧冶云商生态运营平台（2023参评），4个问题：系统导出服务企业清单共1,286条记录而申报1,326家；付费企业数与清单汇总不符；"
                "按新模式统计解决方案数量之和与总数不符；申报书缺第七章。",
    devices=p4_devices, device_file=p4_device_file, cat_order=list(TRADE_CATS),
    reg_order=["上海", "江苏", "浙江", "天津", "山东", "湖北", "广东"], overseas_keys=set(),
    served=p4_served, ind_order=["黑色金属", "机械", "建筑业", "汽车", "家电", "船舶", "轻工", "其他"],
    srv_reg_order=["上海", "江苏", "浙江", "山东", "天津", "河北", "安徽", "湖北", "广东"],
    system="欧冶云商客户运营中心CRM", exported="2024-07-12 10:26:41",
    ip_counts=(21, 14, 44), soft_prefix="欧冶", ip_cont="（续表）",
    awards=[("工业和信息化部工业互联网平台创新领航应用案例", "工业和信息化部", "2022年12月"),
            ("国家级服务型制造示范平台", "工业和信息化部", "2021年11月"),
            ("上海市服务业发展引导资金项目优秀奖", "上海市发展和改革委员会", "2022年9月"),
            ("全国供应链创新与应用示范企业", "商务部等8部门", "2022年10月"),
            ("上海市工业互联网标杆平台", "上海市经济和信息化委员会", "2023年7月"),
            ("冶金行业数字化转型优秀案例", "中国钢铁工业协会", "2023年9月"),
            ("上海市数字化转型示范企业", "上海市经济和信息化委员会", "2024年1月")],
    fin=dict(rev=["486,204,118.30", "552,018,664.45", "613,840,526.72"],
             cost=["402,116,508.44", "451,630,227.19", "497,215,804.33"], rd="72,406,118.96", profit="58,630,274.18",
             company=["6,124,301,806.55", "5,853,417,220.34", "5,702,118,664.02", "5,466,230,118.57", "212,604,318.44",
                      "198,306,114.20", "362,041,826.77", "331,806,504.18", "368,124,016.39", "338,004,127.65",
                      "301,066,443.02", "276,412,905.31"]),
    firm=("天职华东会计师事务所（特殊普通合伙）", "天职业字[2024]第22614号", "沈浩、李婷婷"),
    ev=dict(served_file="证明材料/附件5_服务企业清单_系统导出.xlsx", ip_file="证明材料/附件4_知识产权清单.pdf",
            award_file="证明材料/附件2_获奖情况.pdf", audit_file="证明材料/附件1_2023年度审计报告.pdf",
            shot_file="证明材料/附件6_平台截图.pdf"),
    proof=dict(audit="附件1 第4页", device="附件3 末页合计", shot="附件6", ip="附件4", award="附件2", served="附件5"),
    shots=lambda V: shots_common(V),
    mutate=[p4_mut_served, p4_mut_paid, p4_mut_modes], after=[p4_mark7], drop7=True,
    files=dict(contact="申报文件/附件1_联系人信息反馈表.docx", form_docx="申报文件/附件2_申报表_欧冶云商.docx",
               form_scan="申报文件/附件2_申报表_盖章版.pdf", book="申报书/附件3_申报书_欧冶云商生态运营平台.pdf",
               summary="申报文件/附件4_平台基本情况汇总表.xlsx", commit="申报文件/附件5_真实性承诺_盖章.pdf"),
)

SPECS = [S1, S2, S3, S4]
