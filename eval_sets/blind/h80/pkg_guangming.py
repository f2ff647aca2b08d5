"""h80_guangming_clean — 附件6 序号31 光明乳业工业互联网平台 (光明乳业股份有限公司, 2023 未参评).

Dairy and cold-chain food. Clean: every figure of the 申报表 follows from the evidence. Traps: company-wide
revenue (亿元/元) beside the platform's 专项说明 (万元); 2022/2021 columns; a device export with a three-number
合计 row; private-deployment wording in the device row; prose with 约/超过 that is true; a 2022-vs-2023
year-end table in the 申报书 whose numbers differ from 截至填表日 values; no 七 (not a 2023 participant)."""

from __future__ import annotations

from pathlib import Path

from eval_sets.blind.h80 import evidence as ev
from eval_sets.blind.h80 import forms, narrative
from eval_sets.blind.h80.model import derive, pct, thousands
from eval_sets.blind.h80.pack import png_screens, text_pdf, tile, with_file
from eval_sets.blind.h80.texts import table_texts

WORDS = dict(
    short="光明智链", company_short="光明乳业", ind="乳制品及食品冷链", scene="牧场—工厂—冷链—门店全程温控",
    kb=3260, suppliers=418, docs=1260, edge=236, latency=20, edge_private=58, records=860, vcpu=4680, gpu=24,
    gain=11.6, case_jobs=96, lead=18.5, ops_down=14.36, energy_down=9.82, up=312, down=1680,
    std="《乳制品冷链物流服务规范》等行业标准3项", peer="某乳企数字化平台", peer_devices="1.2万", peer_apps="120",
    peer_users="900", pain="原奶品质波动、冷链断链、保质期管理难",
    innovation="平台自研冷链温控数字孪生与原奶品质预测模型，实现从牧场到门店的全程温度追溯，关键工序数据采集延迟低于1秒，核心组件国产化率86.50%。",
    app_innovation="以“温控即服务”模式向中小乳品与冷链企业开放平台能力，按车辆和冷库规模订阅计费。",
    plan="冷链数字孪生、AI质量预测和碳足迹核算", new_modules="",
    cases=[("乳品工厂质量追溯", "某乳品加工企业，年加工原奶30万吨。", "部署灌装线数据采集与质量追溯应用，批次追溯时间由4小时缩短至10分钟。"),
           ("冷链车队温控协同", "某冷链物流企业，冷藏车420辆。", "接入车载温控终端，断链告警响应时间缩短65%。"),
           ("牧场设备预测性维护", "某规模化牧场，存栏奶牛1.2万头。", "挤奶设备预测性维护使非计划停机下降32%。")],
)

SPEC = dict(
    pid="h80_guangming_clean", list_no=31, listed_name="光明乳业工业互联网平台", company="光明乳业股份有限公司",
    declared_name="光明乳业工业互联网平台", nature="行业型工业互联网平台", participated=False,
    short="光明智链", company_short="光明乳业", author="光明乳业数字化部",
    contact=("陆嘉怡", "13917420638", "lujy@bright-iiot.example.com", "数字化部高级经理"),
    backup=("蔡文涛", "13916205517", "caiwt@bright-iiot.example.com", "平台运营主管"),
    address="上海市闵行区吴中路578号研发中心3楼第二会议室", url="https://iiot.bright-dairy.example.com",
    account="gm_eval2024", password="Gm#Dairy0715",
    build_time="2020.04-2023.12", build_ym=(2020, 4, 2023, 12), invest=6850.00,
    rev={2020: 3912.40, 2021: 4486.72, 2022: 5203.18, 2023: 6118.55},
    rd={2021: 655.20, 2022: 760.14, 2023: 842.36}, profit={2021: 468.30, 2022: 590.41, 2023: 703.62},
    build_mode="自建", op_mode="自运营", deploy="边缘侧、私有云、公有云",
    build_box="☑自建  □合作共建", op_box="☑自运营  □联合运营  □委托运营",
    iaas_box="□自建  ☑租用，服务商名称（必填）：阿里云计算有限公司", deploy_box="☑边缘侧  ☑私有云  ☑公有云  □混合云  □其他",
    team=(74, 52, 88),
    users=dict(registered=2184, served=1537, paid=486, local=702, sme=1208,
               inds={"食品": 0.56, "农业": 0.2, "轻工": 0.1, "服务业": 0.14},
               regions={"江苏": 0.24, "浙江": 0.2, "安徽": 0.1, "山东": 0.1, "黑龙江": 0.12, "内蒙古": 0.1, "河北": 0.08, "天津": 0.06}),
    devices=dict(total=18426, pub=7980, run=5612, protocols=64,
                 overseas={"新西兰New Zealand": 146, "澳大利亚Australia": 58},
                 cats={"轻工设备": 0.42, "物流设备": 0.23, "动力设备": 0.12, "仪器仪表": 0.13, "电力设备": 0.06, "其他": 0.04},
                 regions={"上海": 0.45, "江苏": 0.12, "浙江": 0.08, "安徽": 0.06, "山东": 0.05, "黑龙江": 0.08, "内蒙古": 0.06,
                          "河北": 0.05, "天津": 0.05}),
    apps=dict(software=236, apps=198, native=126, monthly=151, killer_users=2840, killer_hits=18650, killer_income=42.80,
              pub_apps=112, pub_daily=64,
              cats={"质量管控": 0.2, "生产制造": 0.18, "仓储物流": 0.17, "供应链管理": 0.15, "运维服务": 0.1, "节能减排": 0.08,
                    "安全生产": 0.06, "运营管理": 0.06},
              inds={"食品": 0.62, "农业": 0.14, "轻工": 0.12, "服务业": 0.12}),
    storage=dict(servers=186, pub_servers=72, cap=1200.00, data=688.80, pubdata=236.40),
    models=dict(total=264, active=171, users=936, cats={"数据算法模型": 0.3, "研发仿真模型": 0.12, "行业机理模型": 0.38, "业务流程模型": 0.2}),
    speed="秒级（每TB冷链温控数据聚合分析约2.6秒）", micro=(1286, 842), dev=(3150, 1024),
    yesno={}, orders=(26840, 28115),
    eco=dict(trade_growth=17.62, sub_amount=2386.40, util=78.60, localization=86.50, ops_down=14.36, energy_down=9.82,
             safety_up=16.40, social=18.74, subs=8460, killer_subs=3920, parks=9, solutions=38, indices=6, patents=17,
             copyrights=29, awards=5, jobs=460, coop=11, factories=4, modes=["数字化管理", "智能化制造", "网络化协同", "服务化延伸", "个性化定制", "平台化设计"],
             open="开放API接口142个、冷链温控数据集6个、质量追溯模型组件38个"),
    corp=dict(code="91310000132308247X", founded="1996-10-07", seat="上海市闵行区", type="股份有限公司（上市）", capital="137,870.21万元",
              business="乳制品的开发、生产和销售，奶牛的饲养、培育，物流配送", legal="黄黎明",
              assets="2,413,286.52", revenue="2,631,548.27", growth="-6.73", debt="52.84", profit="121,806.45", tax="98,420.16",
              intro="光明乳业股份有限公司是国内领先的乳制品企业，业务覆盖牧业、乳品加工和冷链物流，2023年实现营业收入263.15亿元，"
                    "员工约1.2万人，拥有覆盖华东的冷链配送网络。",
              pl={"一、营业总收入": (2631548.27, 2821506.36), "其中：营业收入": (2631548.27, 2821506.36),
                  "营业成本": (2004612.90, 2203150.74), "研发费用": (9318.66, 8846.21), "三、利润总额": (121806.45, 70532.18)}),
    words=WORDS,
    proofs={"平台相关营业收入（万元）": "附件3-1 第4页", "平台相关研发投入（万元）": "附件3-1 第4页", "平台利润率（%）": "附件3-1 第4页",
            "连接的工业设备/产品/产线种类及数量（台/套）": "附件3-2（按设备类别）", "实际服务企业数（个）": "附件3-3",
            "平台核心软硬件技术获得的专利数量（项）": "附件3-4 第1页", "平台核心软硬件技术获得的软著数量（个）": "附件3-4",
            "注册企业用户数（个）": "附件3-5", "平台获得省部级及以上奖项/荣誉数量（个）": "附件3-6"},
    form_display={"连接的工业设备/产品/产线种类及数量（台/套）": "总数18426台/套，其中私有化部署涉及的相关数量3210台/套"},
)

AWARDS = [("上海市工业互联网平台创新应用示范", "2021年12月", "上海市经济和信息化委员会"),
          ("工业互联网试点示范项目", "2022年11月", "工业和信息化部"),
          ("上海市科技进步奖二等奖", "2022年5月", "上海市人民政府"),
          ("上海市数字化转型优秀案例", "2023年9月", "上海市经济和信息化委员会"),
          ("食品行业数字化转型标杆", "2023年12月", "中国食品工业协会")]


def texts(pkg_spec: dict) -> dict:
    t = table_texts(WORDS)
    t.update({
        "t:定位": "面向乳制品及食品冷链行业的全链路质量与温控管理工业互联网平台。",
        "介绍": ("光明乳业工业互联网平台由光明乳业股份有限公司打造，是面向乳制品及食品冷链行业的行业型工业互联网平台。平台贯通牧场、"
                 "乳品工厂、冷链物流和终端门店，提供设备接入、温控监测、质量追溯、能耗管理和供应链协同等功能，形成冷链数字孪生、"
                 "原奶品质预测和保质期智能管理等能力。主要客户包括乳品加工企业、冷链物流企业、牧场和食品零售企业。"),
        "成效": ("平台解决了乳品行业原奶品质波动、冷链断链难发现、批次追溯慢等痛点，带动上下游企业数字化改造。用户企业冷链断链告警"
                 "响应时间平均缩短65%，批次追溯时间由小时级缩短至分钟级，单位产品能耗平均下降9.82%，取得了良好的经济和社会效益。"),
        "yn:平台是否建立安全管理体系": "是，《光明智链平台网络安全管理办法》（GM-AQ-001，2021年3月）、《平台数据安全管理规定》（GM-AQ-004，2022年6月）",
        "yn:有否定期开展第三方安全测试/测评": "是，每年一次（等保2.0三级测评）",
        "yn:有否定期进行安全扫描": "是，每月一次",
        "yn:企业是否已上市或已获得VC/PE投资": "是，光明乳业于2002年在上海证券交易所主板上市（600597）",
        "yn:平台是否有自研形成的核心技术突破": "是，自研冷链温控数字孪生引擎，温度预测误差低于0.3℃，优于国外同类产品。",
        "yn:平台是否具备碳管理服务能力": "是，提供碳排放监测、碳核算和产品碳足迹服务，服务牧场与乳品工厂18家。",
        "yn:平台是否融合使用国家标识解析系统": "是，接入食品行业标识解析二级节点，累计标识注册量1.2亿条。",
        "yn:平台是否服务上海智能工厂，数量": "是，4家：光明乳业华东中心工厂、某乳品随园工厂等（服务内容：质量追溯与能耗管理）",
    })
    return t


def build(root: Path, seed: int) -> tuple[dict, list, list, str]:
    spec = dict(SPEC)
    spec["texts"] = texts(spec)
    pkg = derive(spec)
    g = pct(pkg.r("平台相关营业收入（万元）") - 5203.18, 5203.18)
    spec["claims_2"] = [f"（四）平台运营情况。截至2024年6月，平台已连接牧场设备、灌装线、冷藏车和冷库等各类工业设备约1.8万台（套），"
                        f"服务企业超过1,500家，其中上海本地企业{pkg.r('服务本市企业数量（个）')}家。2023年平台相关营业收入6,118.55万元"
                        f"（61,185,500元），较2022年增长{g:.2f}%。"]
    spec["claims_3"] = ["平台累计为用户降低冷链损耗约1.2亿元；光明乳业2023年营业收入263.15亿元，平台收入占比约0.23%。"]
    spec["yoy_table"] = [["指标", "2022年末", "2023年末"], ["平台相关营业收入（万元）", "5,203.18", "6,118.55"],
                         ["连接工业设备（台/套）", "14,906", "17,268"], ["实际服务企业（家）", "1,186", "1,402"]]
    pkg = derive(spec)
    d = root / pkg.pid
    ev_dir = "附件3 证明材料"
    files, facts = {}, []
    rel = f"{ev_dir}/3-1 2023年度审计报告（含平台业务专项说明）.pdf"
    st = dict(report_no="沪信审字〔2024〕第0318号", auditor="上海信远会计师事务所（特殊普通合伙）", cpa="孟立群  汪晓彤",
              unit="万元", cols=["2023年度", "2022年度", "2021年度"], title="关于光明乳业工业互联网平台业务收支情况的专项说明",
              intro="根据公司提供的平台业务核算资料，平台相关收入、成本、研发投入及利润情况如下（平台业务单独核算，不含乳制品销售收入）：",
              rows=["平台相关营业收入", "平台营业成本", "平台相关研发投入", "平台利润总额"])
    facts += text_pdf(d, rel, lambda doc: ev.sec_audit(doc, pkg, st), "2023年度审计报告")
    files[rel] = "evidence:audit_report"
    rel = f"{ev_dir}/3-2 平台接入设备导出清单.xlsx"
    (d / ev_dir).mkdir(parents=True, exist_ok=True)
    facts += with_file(ev.devices_xlsx(pkg, d / rel, ("接入数量（台/套）", "其中：公有云（台/套）", "公有云日均运行（台/套）"),
                                       "平台设备中心导出，导出时间2024-06-30 18:00"), rel)
    files[rel] = "evidence:device_list"
    rel = f"{ev_dir}/3-3 平台服务企业名录.xlsx"
    facts += with_file(ev.enterprises_xlsx(pkg, d / rel, seed + 3, ["乳业", "食品", "冷链物流", "牧业", "饮品"], "合计：{n}家"), rel)
    files[rel] = "evidence:other"
    rel = f"{ev_dir}/3-4 知识产权清单.pdf"
    facts += text_pdf(d, rel, lambda doc: ev.sec_ip(doc, pkg, ("一、专利清单（共{n}项）", "二、软件著作权清单（共{n}项）"), seed + 4),
                      "知识产权清单", header="光明乳业股份有限公司  平台核心软硬件知识产权清单")
    files[rel] = "evidence:patent_list"
    rel = f"{ev_dir}/3-5 平台运营驾驶舱截图.png"
    R = pkg.r
    screen = dict(title="光明智链 · 运营驾驶舱", theme="green", footer="数据截至 2024-06-30 18:00", tiles=[
        tile("接入设备（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）", thousands(R("连接的工业设备/产品/产线种类及数量（台/套）")), "台/套", R("连接的工业设备/产品/产线种类及数量（台/套）")),
        tile("注册企业", "注册企业用户数（个）", thousands(R("注册企业用户数（个）")), "家", R("注册企业用户数（个）")),
        tile("上架工业APP", "工业APP数量（个）", str(R("工业APP数量（个）")), "个", R("工业APP数量（个）")),
        tile("机理模型", "工业机理模型数量（个）", str(R("工业机理模型数量（个）")), "个", R("工业机理模型数量（个）")),
        tile("微服务", "微服务数量（个）", thousands(R("微服务数量（个）")), "个", R("微服务数量（个）")),
        tile("注册开发者", "开发者注册总数（个）", thousands(R("开发者注册总数（个）")), "人", R("开发者注册总数（个）")),
        tile("APP累计订阅", "工业APP订阅总数量（个）", thousands(R("工业APP订阅总数量（个）")), "次", R("工业APP订阅总数量（个）")),
        tile("冷库温控在线率", None, "99.2%", "", None)])
    facts += png_screens(d, rel, screen, seed + 5)
    files[rel] = "evidence:screenshot"
    rel = f"{ev_dir}/3-6 省部级及以上荣誉清单.pdf"
    facts += text_pdf(d, rel, lambda doc: ev.sec_awards(doc, pkg, AWARDS), "荣誉清单")
    files[rel] = "evidence:award_list"
    forms_files = {
        "附件1 联系人信息反馈表（光明乳业）.docx": ("联系人表", lambda p: forms.contact_docx(pkg, p)),
        "附件2 申报表（光明乳业）.docx": ("申报表", lambda p: forms.form_docx(pkg, p)),
        "附件2 申报表（光明乳业）盖章扫描件.pdf": ("申报表扫描件", lambda p: forms.form_scan(pkg, p, seed + 7)),
        "附件4 平台基本情况汇总表（光明乳业）.xlsx": ("汇总表", lambda p: forms.summary_xlsx(pkg, p)),
        "附件5 真实性承诺（盖章）.pdf": ("承诺", lambda p: forms.commitment_pdf(pkg, p, seed + 8)),
    }
    for name, (role, fn) in forms_files.items():
        fn(d / name)
        files[name] = role
    attachments = [(n.split("/")[-1].rsplit(".", 1)[0], "第1-4页" if "审计" in n else "第1页起") for n in files if n.startswith(ev_dir)]
    name = "附件3 申报书（光明乳业）.docx"
    narrative.shenbaoshu_docx(pkg, d / name, attachments)
    files[name] = "申报书"
    layout = ["naming:附件N+paren", "evidence_dir:附件3 证明材料", "columns:levels+content+actual+proof", "headings:word",
              "audit_unit:万元(专项说明)+元(公司)", "audit_columns:2023年度/2022年度/2021年度", "device_list:xlsx-multisheet",
              "enterprise_list:xlsx", "screenshots:png", "ip:pdf", "awards:pdf", "summary:xlsx", "commitment:scan",
              "stamped_scan", "private_format", "yoy_table_in_shenbaoshu", "not_2023_participant:no_ch7"]
    desc = ("序号31光明乳业工业互联网平台（乳制品/食品冷链），干净包：审计报告含公司合并利润表（元）与平台专项说明（万元，三年列），"
            "设备导出XLSX多表含合计行，服务企业名录XLSX，PNG驾驶舱截图；申报书中“约1.8万台”“超过1,500家”均属实，2023年未参评无第七章。")
    return pkg, dict(sorted(files.items())), facts, layout, desc
