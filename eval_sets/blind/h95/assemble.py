"""Turn a spec into a package: derived values, texts, chapters, files, facts and truth."""

from __future__ import annotations

import random
from pathlib import Path
from types import SimpleNamespace

from eval_sets.blind.h95 import docs
from eval_sets.blind.h95.labels import LABELS
from eval_sets.blind.h95.model import comma, derive, fmt_dict
from eval_sets.blind.h95.pkgs import SPECS, copyrights, patents

COUNTS = {"h95_sijian_clean": (34, 41, 6), "h95_guowang_clean": (52, 63, 9), "h95_yidong_clean": (88, 120, 12), "h95_hangfa_clean": (28, 36, 4)}
NAMES = {
    "h95_sijian_clean": {"contacts": "附件1 联系人信息反馈表（四建）.docx", "form": "附件2 申报表（四建）.docx", "scan": "附件2 申报表（四建）盖章扫描件.pdf",
                         "narr": "附件3 申报书（四建）.docx", "dir": "附件3 证明材料/", "summary": "附件4 平台基本情况汇总表（四建）.xlsx",
                         "commit": "附件5 真实性承诺（盖章）.pdf", "ev": ["3-1 2023年度审计报告.pdf", "3-2 专利及软件著作权清单.pdf", "3-3 平台接入设备统计表.pdf",
                                                                 "3-4 平台运营驾驶舱截图.png", "3-5 服务企业及APP订阅统计.xlsx", "3-6 省部级及以上荣誉清单.pdf"]},
    "h95_guowang_clean": {"contacts": "01_联系人信息反馈表.docx", "form": "02_申报表.docx", "scan": "02_申报表_盖章版.pdf", "narr": "03_申报书.docx",
                          "dir": "03_证明材料/", "summary": "04_平台基本情况汇总表.xlsx", "commit": "05_真实性承诺_盖章.pdf",
                          "ev": ["03-1_2023年度审计报告（含平台专项说明）.pdf", "03-2_知识产权清单.pdf", "03-3_接入终端分类分区域统计.pdf",
                                 "03-4_运行监视截图.png", "03-5_服务企业统计.xlsx", "03-6_荣誉清单.pdf"]},
    "h95_yidong_clean": {"contacts": "申报文件/附件1-联系人信息反馈表.docx", "form": "申报文件/附件2-申报表（OnePower）.docx",
                         "scan": "申报文件/附件2-申报表（OnePower）-盖章扫描件.pdf", "narr": "申报文件/附件3-申报书（OnePower）.docx", "dir": "证明材料/",
                         "summary": "申报文件/附件4-平台基本情况汇总表.xlsx", "commit": "申报文件/附件5-真实性承诺.pdf",
                         "ev": ["附件3-1 审计报告及平台财务专项说明.pdf", "附件3-2 平台知识产权清单.pdf", "附件3-3 设备接入统计（分类-区域-海外）.pdf",
                                "附件3-4 平台运营大屏截图.png", "附件3-5 服务企业与订阅台账统计.xlsx", "附件3-6 获奖荣誉清单.pdf"]},
    "h95_hangfa_clean": {"contacts": "1.联系人信息反馈表.docx", "form": "2.申报表.docx", "scan": "2.申报表（盖章扫描）.pdf", "narr": "3.申报书.docx",
                         "dir": "3.证明材料/", "summary": "4.平台基本情况汇总表.xlsx", "commit": "5.真实性承诺（签章扫描）.pdf",
                         "ev": ["3.1 2023年度审计报告.pdf", "3.2 专利与软著清单.pdf", "3.3 接入设备统计.pdf", "3.4 协同研制运行看板.png",
                                "3.5 服务企业统计.xlsx", "3.6 荣誉清单.pdf"]},
}
COP_PREFIX = {"h95_sijian_clean": "四建BIM智慧建造", "h95_guowang_clean": "国网上海电力", "h95_yidong_clean": "OnePower", "h95_hangfa_clean": "商密网"}
ROLES = ["evidence:audit_report", "evidence:patent_list", "evidence:device_list", "evidence:screenshot", "evidence:other", "evidence:award_list"]


def chars(s: str) -> int:
    return sum(1 for ch in s if not ch.isspace())


def make(pid: str) -> SimpleNamespace:
    sp = dict(SPECS[pid])
    rng = random.Random(sp["seed"])
    npat, ncop, naw = COUNTS[pid]
    sp["patents"] = patents(sp["short"], npat, rng, sp["patent_topics"])
    sp["copyrights"] = copyrights(COP_PREFIX[pid], ncop, rng, ["设备接入管理", "数据治理", "模型管理", "应用门户", "运维监测", "可视化分析", "安全审计", "开发者中心"])
    issuers = ["上海市经济和信息化委员会", "工业和信息化部", "上海市科学技术委员会", "中国工业互联网研究院"]
    sp["awards"] = [(f"{['上海市工业互联网标杆平台', '工业互联网试点示范项目', '上海市科技进步奖二等奖', '上海市软件和信息技术服务业重点领域优秀产品', '上海市数字化转型优秀案例', '工业互联网平台创新领航应用案例'][i % 6]}（{2019 + i % 5}年）",
                     f"{2019 + i % 5}年{1 + (i * 5) % 12}月", issuers[i % 4]) for i in range(naw)]
    D = derive(sp, sp["seed"])
    P = SimpleNamespace(pid=pid, spec=sp, V=D["V"], company=D["company"], **{k: v for k, v in sp.items() if k in (
        "list_no", "participated", "nature", "listed_name", "company_name", "declared_name", "plat_unit", "summary_horizontal",
        "auditor", "audit_no", "cpa", "contact", "contact2", "venue", "url", "account", "password", "legal_rep", "uscc", "founded",
        "address", "company_type", "capital", "business", "shareholders")})
    V = P.V
    P.sign_date = "2024年7月16日"
    P.build_period = sp["build_period"][0]
    P.plat = {"cost": {y: round(sp["rev"][y] * 0.58, 2) for y in (2021, 2022, 2023)},
              "rd": {2022: round(sp["rd"] * 0.87, 2), 2021: round(sp["rd"] * 0.76, 2)}}
    P.name_cell = (f"{sp['declared_name']}\n（原名称：{sp['listed_name']}；现名称：{sp['declared_name']}。2024年3月经公司数字化战略调整更名）"
                   if sp.get("renamed") else sp["declared_name"])
    P.build_mode_cell = "☑ 自建\n□ 合作共建，合作企业名称（必填）："
    P.ops_cell = "☑ 自运营 □ 联合运营 □ 委托运营"
    iaas_vendor = {"h95_yidong_clean": None}.get(pid, "天翼云科技有限公司上海分公司")
    P.iaas_cell = "☑ 自建\n□ 租用，服务商名称（必填）：" if iaas_vendor is None else f"□ 自建\n☑ 租用，服务商名称（必填）：{iaas_vendor}"
    deploy = "私有云、公有云、混合云" if pid != "h95_sijian_clean" else "边缘侧、私有云、公有云"
    P.deploy_cell = "部署方式：" + "、".join("☑" + x for x in deploy.split("、"))
    ind = sp["industry"]
    name = sp["declared_name"]
    served, regd = V["实际服务企业数（个）"], V["注册企业用户数（个）"]
    nature_sentence = (f"{name}是{sp['company_name']}依托5G、算力网络与云网融合能力，面向电子、机械、汽车等多个行业打造的综合型工业互联网平台。"
                       if sp.get("nature_prose_only") else f"平台性质：{sp['nature']}。{name}由{sp['company_name']}建设运营，面向{ind}领域。")
    P.intro = (nature_sentence + f"平台提供设备接入、数据治理、工业模型与工业APP开发运行、应用市场四类核心能力，已连接工业设备"
               f"{comma(V['连接的工业设备/产品/产线种类及数量（台/套）'])}台/套，上架工业APP{V['工业APP数量（个）']}个，沉淀工业机理模型{V['工业机理模型数量（个）']}个，"
               f"注册企业{comma(regd)}家，实际服务企业{comma(served)}家。主要客户包括{sp['case_users'][0]}、{sp['case_users'][1]}等行业骨干企业及大量中小企业。")
    P.effect = (f"平台针对{ind}领域设备状态不透明、数据孤岛多、运维依赖人工经验等痛点，形成“接入—分析—优化—协同”的闭环服务。"
                f"基于三个典型案例测算，用户设备运维成本平均下降{V['平台连接工业设备运维成本平均下降率（%）']:.2f}%，能耗平均下降"
                f"{V['平台连接工业设备能耗平均下降率（%）']:.2f}%，安全生产持续时间平均提升{V['平台连接工业设备安全生产持续时间平均提升率（%）']:.2f}%。"
                f"2023年平台相关营业收入{V['平台相关营业收入（万元）']:,.2f}万元，带动新增就业{V['平台建设与运营带动新增就业人数（人）']}人，服务上海市级智能工厂"
                f"{V['平台是否服务上海智能工厂，数量']}家、园区{V['平台服务园区总数（个）']}个。")
    assert chars(P.intro) <= 500 and chars(P.effect) <= 500, pid
    # text cells of the 指标明细表
    T = {
        "平台定位是否明确": f"面向{ind}领域的设备连接、数据智能与协同服务平台，支撑上海制造业数字化转型。",
        "是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势":
            "工业和信息化部《工业互联网创新发展行动计划（2021-2023年）》：平台体系建设方向\n"
            "上海市人民政府办公厅《上海市制造业数字化转型实施方案》：平台赋能方向\n"
            f"{ind}行业：设备联网率持续提升，数据驱动运维与协同成为发展趋势",
        "平台是否被纳入企业战略规划中": f"是，已纳入《{sp['company_name']}“十四五”数字化转型规划》",
        "是否制定了平台专项规划": f"是，《{name}三年发展规划（2023-2025）》",
        "其他资源汇聚情况": f"汇聚行业知识库条目{V['工业协议兼容适配数量（个）'] * 12}条、专家资源{V['合作平台数量（个）'] * 9}名、"
                    f"服务商{V['合作平台数量（个）'] * 6}家，形成资源目录并按需匹配给平台用户。",
        "边缘数据处理能力": "方案支持数据采集、数据存储、网络传输、智能分析和边缘规则引擎等功能；边缘计算应用节点数"
                    f"{V['工业协议兼容适配数量（个）'] * 3}个；最低响应时延8毫秒。边缘网关内置协议解析与断点续传，支持离线缓存72小时。",
        "其他数据采集能力": "支持从MES、ERP、EMS、BIM模型库等软件系统及第三方平台通过API、消息队列、数据库同步方式采集数据，日均采集记录约2.6亿条。",
        "是否支持可拓展云计算能力": "是",
        "云化服务器算力": "通用计算约6,800 vCPU、GPU推理卡48张，可按租户弹性扩展。",
        "数据基础管理能力": "建立数据标准管理、元数据管理、数据质量规则与数据血缘追溯机制，核心数据资产目录按月更新，质量稽核覆盖率100%。",
        "是否提供通用建模分析算法": "是",
        "智能分析算法类型": "基础算法（统计、排序、查找）、聚类算法、分类算法、预测与估算算法、关联分析算法、推荐算法",
        "是否建立开发者社区及相关功能": "是，开发者社区提供文档中心、在线调试、组件市场与问答专区",
        "平台支持开发语言类型": "共5种：Java、Python、C++、Go、JavaScript",
        "平台应用开发框架": "基于微服务与容器化的应用开发框架，提供统一认证、服务注册、配置中心、网关与低代码编排能力，支持应用一键发布到应用市场。",
        "平台应用开发工具": "提供低代码页面设计器、模型训练工作台、流程编排器、API调试工具及SDK，覆盖开发、测试、发布、运维全流程。",
        "建立的安全制度保护了平台的哪些方面": "1.数据安全；2.传输安全；3.访问登录安全；4.代码安全；5.应用安全；6.网络安全",
        "采用何种安全技术情况": "部署下一代防火墙、WAF、网络区域隔离、国密算法加密传输、多因子认证和零信任访问控制。",
        "核心数据安全保护手段": "核心数据每日增量备份、每周全量离线备份，数据库双机热备，同城双活并建立异地灾备中心。",
        "关键技术自主可控": "设备接入网关、时序数据库、工业模型引擎、低代码平台均为自主研发，关键技术自主可控。",
        "解决方案累计对企业/用户新增效益": "三个案例平均带动用户产能利用率提升9.6%，新增效益合计约4,860万元，带动新增就业126人。",
        "解决方案累计对企业/用户降低成本": "三个案例平均降低运维成本及能耗成本合计约2,310万元，非计划停机时间平均下降31%。",
        "平台数据价值挖掘应用能力": "基于设备运行、能耗与质量数据构建画像与指数，沉淀工艺参数优化、故障诊断等知识组件并在同类用户间复用。",
        "工业互联网平台+供应链协同应用情况": "平台与上下游企业的ERP、SRM系统对接，实现订单、库存、质量数据在线协同，供应商准时交付率提升至96%。",
        "平台有否与新技术的融合应用": "有。融合5G、边缘计算、数字孪生与AI大模型，构建设备故障问答助手和孪生运维场景，诊断效率提升约40%。",
        "平台牵头/参与标准制定情况（国家标准、行业标准）": "参与制定国家标准2项、行业标准3项、团体标准4项。",
        "平台对关键行业/领域、本市及其他重点区域等贡献及支撑": f"服务本市企业{V['服务本市企业数量（个）']}家，支撑{ind}领域重点企业数字化转型，辐射长三角地区。",
        "是否建立供应链产业链开放共享机制": "是，向产业链上下游开放设备数据接口、模型组件与应用功能，按授权分级共享，建立数据使用审批与收益分享机制。",
        "跨平台调用功能建设情况": f"已与{V['合作平台数量（个）']}个平台实现API级对接，支持统一身份认证与跨平台应用调用。",
        "新产业、新模式培育情况": "培育“设备即服务”与按效果付费的运维服务新模式，带动数据服务新业态。",
        # explanations of yes/no rows
        "平台是否建立安全管理体系": f"《{name}安全管理制度》（编号SEC-2022-01，2022年3月制订）、《数据分类分级管理办法》（编号SEC-2022-05，2022年6月制订）",
        "有否定期开展第三方安全测试/测评": "每年一次（等级保护三级测评）",
        "有否定期进行安全扫描": "每月一次漏洞扫描",
        "平台是否有自研形成的核心技术突破": "自研高并发设备接入与时序存储引擎，单集群接入能力与国外同类产品相当",
        "平台是否具备碳管理服务能力": "提供碳核算、碳排放监测与碳效评价服务",
        "平台是否融合使用国家标识解析系统": "已接入国家工业互联网标识解析二级节点",
    }
    if not sp["carbon"]:
        T["平台是否具备碳管理服务能力"] = ""
    if sp["listed"][0]:
        T["企业是否已上市或已获得VC/PE投资"] = sp["listed"][1]
    private_note = ""
    if pid == "h95_guowang_clean":
        private_note = ("\n私有化部署说明：在临港、金山两个区域数据中心为4家大型用户私有化部署边缘与数据平台，部署边缘节点96个，"
                        f"接入设备{comma(sp['private'])}台/套，已计入上述总体情况；私有化部署与公有云统一采用平台标准协议，"
                        "运维数据按月汇总回传平台，私有化部署节点最低响应时延12毫秒，数据存储于用户本地机房。")
        T["边缘数据处理能力"] += private_note
    for k in ("平台定位是否明确",):
        assert chars(T[k]) <= 50
    for k in ("其他资源汇聚情况", "跨平台调用功能建设情况"):
        assert chars(T[k]) <= 200
    P.texts = T
    P.cell_override = {"数据分析平台均速度（每TB分级/秒级/毫秒级）": sp["speed_cell"]}
    if pid == "h95_guowang_clean":
        P.cell_override["连接的工业设备/产品/产线种类及数量（台/套）"] = (
            f"总数{V['连接的工业设备/产品/产线种类及数量（台/套）']}台/套，其中私有化部署涉及的相关数量{sp['private']}台/套")
    # names, proof column
    N = NAMES[pid]
    ev = [N["dir"] + e for e in N["ev"]]
    P.files = {N["contacts"]: "联系人表", N["form"]: "申报表", N["scan"]: "申报表扫描件", N["narr"]: "申报书", N["summary"]: "汇总表", N["commit"]: "承诺"}
    P.files.update(dict(zip(ev, ROLES)))
    P.ev = ev
    tag = ["3-1", "3-2", "3-3", "3-4", "3-5", "3-6"]
    proof = {}
    for key in ("平台相关营业收入（万元）", "平台相关研发投入（万元）", "平台利润率（%）", "平台相关研发投入强度（%）", "投资回报率（%）"):
        proof[key] = f"附件{tag[0]} 审计报告 第5页（平台专项说明）"
    for key in ("平台核心软硬件技术获得的专利数量（项）", "平台核心软硬件技术获得的软著数量（个）"):
        proof[key] = f"附件{tag[1]} 知识产权清单"
    for key in [l for l in LABELS if "设备" in l and ("统计" in l or "数量" in l) and "利用率" not in l and "下降率" not in l and "提升率" not in l]:
        proof[key] = f"附件{tag[2]} 设备统计表 第1-2页"
    for key in ("注册企业用户数（个）", "实际服务企业数（个）", "付费企业数（个）", "服务本市企业数量（个）", "服务中小企业数量（个）", "付费用户占比（%）",
                "工业APP订阅总数量（个）", "杀手锏工业APP订阅数量（个）", "工业APP订阅总金额（万元）"):
        proof[key] = f"附件{tag[4]} 统计表"
    proof["平台获得省部级及以上奖项/荣誉数量（个）"] = f"附件{tag[5]} 荣誉清单"
    for key in ("工业APP数量（个）", "工业机理模型数量（个）", "微服务数量（个）", "开发者注册总数（个）", "活跃开发者数（个）", "存储工业数据量（TB）"):
        proof.setdefault(key, f"附件{tag[3]} 平台截图")
    P.proof = proof
    # dashboard tiles: (caption, label, shown, unit, normalized)
    units = {"台/套": "台/套", "（个）": "个", "TB": "TB"}
    P.dash_title, tiles = sp["dash"]
    P.tiles = []
    for cap, label in tiles:
        if label is None:
            shown = {"今日告警": "17", "实时负荷(MW)": "12,846", "5G专网连接": "1,286", "活跃终端": "1,942"}[cap]
            P.tiles.append((cap, None, shown, "", None))
            continue
        v = V[label]
        shown = f"{v:,.2f}TB" if isinstance(v, float) else comma(v)
        unit = "TB" if isinstance(v, float) else ("台/套" if "台/套" in label else "个")
        P.tiles.append((cap, label, shown, unit, v))
    # truth values (what a reviewer writes in the 汇总表) and the applicant's 汇总表 cells
    TV = {l: docs.disp(l, V.get(l)) for l in LABELS if l in V}
    TV.update({"序号": str(sp["list_no"]), "企业名称": sp["company_name"], "平台名称": sp["declared_name"], "平台性质": sp["nature"],
               "联系人姓名": sp["contact"][0], "联系人手机号": sp["contact"][1], "联系人电子邮箱": sp["contact"][2], "评审会现场地址信息": sp["venue"],
               "平台网址": sp["url"], "建设时间": sp["build_period"][1], "平台建设方式": "自建", "平台运营模式": "自运营", "部署方式": deploy})
    TV["数据分析平台均速度（每TB分级/秒级/毫秒级）"] = sp["speed_cell"]
    if pid == "h95_guowang_clean":
        TV["连接的工业设备/产品/产线种类及数量（台/套）"] = P.cell_override["连接的工业设备/产品/产线种类及数量（台/套）"]
    P.truth_value = TV
    oc = sp["orders_in_summary"]
    P.summary_cell = {"平台订单数量(近一年总量)（个）": str(V["平台订单数量(近一年总量)（个）"][oc])}
    NV = {l: V.get(l) for l in LABELS}
    NV.update({"序号": sp["list_no"], "企业名称": sp["company_name"], "平台名称": sp["declared_name"], "平台性质": sp["nature"],
               "联系人姓名": sp["contact"][0], "联系人手机号": sp["contact"][1], "联系人电子邮箱": sp["contact"][2], "评审会现场地址信息": sp["venue"],
               "平台网址": sp["url"], "建设时间": sp["build_period"][1], "平台建设方式": "自建", "平台运营模式": "自运营", "部署方式": deploy})
    P.normalized = NV
    P.chapters = chapters(P, ev)
    return P


def chapters(P, ev) -> list:
    sp, V = P.spec, P.V
    name, ind = sp["declared_name"], sp["industry"]
    c = P.company
    sreg = V["按省市区域统计服务企业数（个）"]
    others = [k for k in sreg if k != "上海"][:3]
    soft = {"h95_guowang_clean": 93, "h95_sijian_clean": 91, "h95_yidong_clean": 95, "h95_hangfa_clean": 97}[P.pid]
    ch = []
    ch.append(("一、申报单位简介", [
        f"{sp['company_name']}成立于{sp['founded']}，注册资本{sp['capital']}，主营{sp['business']}。2023年公司实现营业收入"
        f"{c['rev'] / 1e8:,.2f}亿元（经审计合并口径），其中{name}相关营业收入{V['平台相关营业收入（万元）']:,.2f}万元。",
        f"公司拥有平台团队{V['平台团队总人数（人）']}人，其中运维{V['运维人数（人）']}人、运营{V['运营人数（人）']}人，具备设备接入、数据智能、应用开发与交付实施的完整能力。"]))
    two = [
        ("平台全称：" + name + "。" if not sp.get("nature_prose_only") else "") +
        f"平台建设时间为{sp['build_period'][0]}，采用自建方式，累计建设投入{V['平台建设金额（万元）']:,.2f}万元，面向{ind}等行业提供设备接入、数据分析与应用服务。"
        + (f"平台原名称为{sp['listed_name']}，2024年3月更名为{name}，平台主体与功能延续。" if sp.get("renamed") else ""),
        "平台技术架构分为边缘层、IaaS层、PaaS层与SaaS层：边缘层完成多协议设备接入，PaaS层提供数据湖、模型引擎与微服务治理，SaaS层面向用户提供工业APP。",
        f"平台运营情况：截至2024年7月，平台注册企业{comma(V['注册企业用户数（个）'])}家，实际服务企业{comma(V['实际服务企业数（个）'])}家，"
        f"服务企业主要分布在上海（{comma(sreg['上海'])}家）、{others[0]}（{comma(sreg[others[0]])}家）、{others[1]}（{comma(sreg[others[1]])}家）等地；"
        f"已连接工业设备{comma(V['连接的工业设备/产品/产线种类及数量（台/套）'])}台/套，其中海外{comma(V['海外设备连接数量（台/套）'])}台/套。",
        [["三级指标", "本平台数据", "对标数据"],
         ["1.2.1 创新投入情况", f"研发投入{V['平台相关研发投入（万元）']:,.2f}万元，强度{V['平台相关研发投入强度（%）']:.2f}%", "同行业平台（平台名称：某行业平台A）研发投入数量级：千万元；强度约15%"],
         ["2.1.1 工业设备连接/汇聚能力", f"连接设备{comma(V['连接的工业设备/产品/产线种类及数量（台/套）'])}台/套", "同行业平台（平台名称：某行业平台B）约为本平台的60%"],
         ["3.1.1 平台应用规模", f"服务企业{comma(V['实际服务企业数（个）'])}家", "同行业平台（平台名称：某行业平台C）服务企业数量级：千家"]],
        f"总结（平台技术创新点）：平台自研高并发设备接入与时序存储引擎，底层技术自主可控，核心软件国产化率{soft}%；"
        f"工业机理模型{V['工业机理模型数量（个）']}个、微服务{comma(V['微服务数量（个）'])}个，数据分析达到{V['数据分析平台均速度（每TB分级/秒级/毫秒级）']}，"
        "在多协议接入、模型复用与低代码开发方面处于国内同类平台先进水平。",
    ]
    ch.append(("二、平台建设及运营情况", two))
    ch.append(("三、平台应用成效", [
        f"平台帮助{ind}领域用户解决设备状态不透明、能耗高、协同效率低等问题。三个典型案例中，设备运维成本平均下降"
        f"{V['平台连接工业设备运维成本平均下降率（%）']:.2f}%，能耗平均下降{V['平台连接工业设备能耗平均下降率（%）']:.2f}%。",
        f"平台整体国产化率{V['平台国产化率（%）']:g}%，其中核心软件国产化率{soft}%，服务器等硬件国产化率逐年提升。",
        f"2023年平台订单{comma(V['平台订单数量(近一年总量)（个）']['2023年自然年'])}个，交易规模同比增长{V['平台交易规模年增长率（%）']:.2f}%。",
        f"总结（应用创新点）：平台以“设备即服务”与按效果付费的商业模式服务{comma(V['实际服务企业数（个）'])}家企业，融合5G、数字孪生与AI大模型形成新场景示范，"
        f"服务上海市级智能工厂{V['平台是否服务上海智能工厂，数量']}家，实现可持续运营。",
    ]))
    ch.append(("四、平台下一步发展计划", ["平台将持续推进技术创新与产品升级，深化产业链合作，拓展按效果付费等商业模式，计划2025年服务企业数量增长30%。"]))
    cases = []
    short_name = name
    for i, (ph, user) in enumerate(zip(sp["case_phrases"], sp["case_users"]), 1):
        title = f"{short_name}——{ph}"
        assert len(title) <= 30, (P.pid, title, len(title))
        cases += [f"案例{i}：{title}", f"企业简介：{user}是{ind}领域的骨干企业，拥有多条生产线与数百台关键设备。",
                  f"平台简介：{name}为该企业提供设备接入、状态监测、智能诊断与优化服务。",
                  f"案例实际内容简介：项目接入关键设备并建立预测性维护模型，运维成本下降{sp['cases'][i - 1][0]:.2f}%，能耗下降{sp['cases'][i - 1][1]:.2f}%，"
                  f"安全生产持续时间提升{sp['cases'][i - 1][2]:.2f}%。"]
    ch.append(("五、平台应用案例", cases))
    ch.append(("六、附件及其他说明材料", [f"附件{k + 1}：{Path(e).name}" for k, e in enumerate(ev)]))
    if sp["participated"]:
        ch.append(("七、平台相较上年度对比情况", [
            "从2023年7月至今，平台在功能模块、关键指标与应用服务方面的变化如下：",
            [["指标", "2023年7月", "截至2024年7月"],
             ["连接工业设备（台/套）", comma(int(V['连接的工业设备/产品/产线种类及数量（台/套）'] * 0.82)), comma(V['连接的工业设备/产品/产线种类及数量（台/套）'])],
             ["工业APP（个）", comma(int(V['工业APP数量（个）'] * 0.86)), comma(V['工业APP数量（个）'])],
             ["实际服务企业（家）", comma(int(V['实际服务企业数（个）'] * 0.84)), comma(V['实际服务企业数（个）'])]],
            "功能模块方面新增AI大模型运维助手与碳效评价模块；应用服务方面新增长三角区域服务网点。"]))
    return ch


def write(P, root: Path) -> list[dict]:
    rng = random.Random(P.spec["seed"] * 7)
    f = {v: k for k, v in P.files.items()}
    docs.write_contacts(P, root / f["联系人表"])
    lines = docs.write_form(P, root / f["申报表"])
    docs.write_form_scan(P, root / f["申报表扫描件"], lines, rng)
    docs.write_narrative(P, root / f["申报书"])
    docs.write_summary(P, root / f["汇总表"])
    docs.write_commitment(P, root / f["承诺"], rng)
    for e in P.ev:
        (root / e).parent.mkdir(parents=True, exist_ok=True)
    facts = []
    facts += docs.write_audit(P, root / P.ev[0], P.ev[0])
    facts += docs.write_ip(P, root / P.ev[1], P.ev[1])
    facts += docs.write_devices(P, root / P.ev[2], P.ev[2])
    facts += docs.write_dashboard(P, root / P.ev[3], P.ev[3], rng)
    facts += docs.write_users(P, root / P.ev[4], P.ev[4])
    facts += docs.write_awards(P, root / P.ev[5], P.ev[5])
    return facts
