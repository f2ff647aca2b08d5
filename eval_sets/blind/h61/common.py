"""Shared by the specs of blind set h61: the package object, default texts, IP/award data, common writing."""

from __future__ import annotations

import json
import random
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))

import docs  # noqa: E402
import evidence as ev  # noqa: E402
from labels import LABELS  # noqa: E402
from model import synth  # noqa: E402

from eval_sets.truth import PackageTruth, dump_truth  # noqa: E402

FORM_DATE_CN = "2024年7月10日"
FORM_DATE_ISO = "2024-07-10"


class Pkg:
    def __init__(self, p: dict):
        self.p = p
        self.values = synth(p)
        self.declared_name = p["platform"]
        self.form_date_cn = FORM_DATE_CN
        self.form_date_iso = FORM_DATE_ISO
        self.texts = default_texts(p)
        self.texts.update(p.get("texts", {}))
        self.form_text = {
            "平台是否建立安全管理体系": p["sec_rules"],
            "有否定期开展第三方安全测试/测评": p["sec_test"],
            "有否定期进行安全扫描": "是，每月开展一次全量主机漏洞扫描，每周开展一次Web应用扫描，重大版本上线前专项扫描",
            "企业是否已上市或已获得VC/PE投资": p.get("listed_text", "否"),
            "平台是否有自研形成的核心技术突破": p["breakthrough"],
            "平台是否具备碳管理服务能力": p.get("carbon_text", "否"),
            "平台是否融合使用国家标识解析系统": p["idn_text"],
            "平台订单数量(近一年总量)（个）": self.values["平台订单数量(近一年总量)（个）"][0],
        }
        self.proofs = dict(p.get("proofs", {}))
        self.summary_values = {lab: self.values[lab][0] for lab in LABELS}

    def book_chapters(self):
        p = self.p
        v = self.values
        ch = [
            ("一、申报单位简介", [
                f"{p['company']}成立于{p['company_info']['founded']}，注册地位于{p['company_info']['address']}，主营业务为"
                f"{p['company_info']['business']}。公司长期深耕{p['field']}领域，拥有一支以平台研发、数据分析和行业咨询为核心的"
                "技术团队，具备从方案设计到实施运维的完整服务能力。",
                p["book_quals"],
            ]),
            ("二、平台建设及运营情况", [
                f"{self.declared_name}建设时间为{v['建设时间'][0]}，采用{v['平台建设方式'][0]}方式，"
                f"累计建设投入{v['平台建设金额（万元）'][0]}万元，部署方式为{v['部署方式'][0]}。",
                self.texts["介绍"],
                p["book_security"],
                "平台技术创新点：平台在设备接入、边缘计算与行业机理模型方面形成了自主可控的技术体系，核心组件均为自研，"
                "关键指标达到国内同类平台先进水平。",
            ]),
            ("三、平台应用成效", [self.texts["成效"],
                                 "应用创新点：以平台为枢纽打通设计、制造、运维数据链，形成可复制的行业解决方案。"]),
            ("四、平台下一步发展计划", ["围绕行业大模型、标识解析深度应用和安全能力提升三个方向持续投入，扩大长三角地区服务覆盖。"]),
            ("五、平台应用案例", p["cases_text"]),
            ("六、附件及其他说明材料", ["附件清单如下："] + [f"附件3-{i} {name}" for i, name in enumerate(p["annex"], 1)]),
        ]
        if p["participated"]:
            ch.append(("七、平台相较上年度对比情况", [
                "2023年7月至今，平台在功能模块、关键指标和应用服务方面持续提升：",
                f"（一）功能模块：新增{p['new_module']}等模块；",
                f"（二）关键指标：连接工业设备由上年度的{p['prev_devices']}台/套增至"
                f"{v['连接的工业设备/产品/产线种类及数量（台/套）'][0]}台/套，注册企业用户由{p['prev_registered']}个增至"
                f"{v['注册企业用户数（个）'][0]}个；",
                "（三）应用服务：安全体系方面按年度完成等级保护测评与信息安全管理体系监督审核。",
            ]))
        return ch


def default_texts(p: dict) -> dict:
    name = p["platform"]
    return {
        "定位": f"面向{p['field']}的行业型工业互联网平台，提供设备连接、数据分析与协同服务",
        "政策": "符合工业和信息化部《工业互联网创新发展行动计划（2021-2023年）》平台体系建设方向；符合上海市制造业数字化转型实施方案。",
        "战略": f"纳入《{p['company']}“十四五”发展规划》",
        "专项规划": f"《{name}三年发展规划（2023-2025）》",
        "其他资源": "汇聚行业工艺知识条目、供应商资源和检测服务资源，形成可检索的资源目录。",
        "边缘": "方案支持数据采集、数据存储、网络传输、智能分析等功能；边缘计算应用节点数120个；最低响应时延10毫秒。",
        "其他采集": "支持MES、ERP、SCADA等系统数据接口采集，支持OPC UA、Modbus、MQTT等协议。",
        "可拓展": "是",
        "算力": "云化服务器合计CPU 2400核、GPU 16卡，支持弹性扩容。",
        "数据管理": "建立数据标准管理、数据质量管理和数据安全分级分类制度，按季度开展数据质量评估。",
        "通用算法": "是",
        "算法类型": "基础算法、聚类算法、分类算法、预测与估算算法、关联分析算法",
        "社区": "是",
        "语言": "共4种：Java、Python、C++、JavaScript",
        "框架": "基于微服务架构的低代码应用开发框架，提供组件化页面搭建、流程编排和模型服务调用能力。",
        "工具": "提供在线IDE、低代码设计器、API调试工具和模型训练工具。",
        "保护方面": "1.数据安全；2.传输安全；3.访问登录安全；4.代码安全；5.应用安全；6.网络安全。",
        "安全技术": "采用下一代防火墙、网络隔离、数据加密传输与存储、多因素身份认证、Web应用防火墙、堡垒机和日志审计等技术。",
        "数据保护": "核心数据每日增量备份、每周全量备份，采用离线备份与异地灾备，数据库双机热备。",
        "自主可控": "设备接入网关、时序数据库、机理模型引擎等关键技术均为自研，自主可控。",
        "新增效益": "三个案例平均带动用户营收增长8%，带动新增就业岗位60余个。",
        "降低成本": "三个案例平均降低运维成本、能耗及库存占用。",
        "数据价值": "基于设备运行大数据开展故障预测、能效优化和工艺参数推荐，沉淀行业知识模型并复用。",
        "供应链": "平台与上下游企业ERP、SRM系统对接，实现订单、库存与质量数据协同，提升供应链整体响应效率。",
        "新技术": "融合人工智能、边缘计算、数字孪生和标识解析技术，实现设备全生命周期管理。",
        "标准": "参与制定行业标准2项。",
        "贡献": "服务本市重点产业链企业，助力长三角地区制造业数字化转型。",
        "开放机制": "是，向产业链上下游开放设备数据接口与应用组件，按协议共享数据。",
        "跨平台": "已与多个行业平台实现账号互通和数据接口对接。",
        "新产业": "无",
        "介绍": f"{name}是{p['company']}打造的{p['nature']}，面向{p['field']}提供设备接入、数据分析、应用订阅和协同服务。",
        "成效": "平台帮助用户企业降低设备运维成本、提升生产效率，带动产业链上下游协同发展。",
    }


# ----------------------------------------------------------------------------- IP data
PAT_POOL = ["一种基于边缘计算的设备状态监测方法", "一种工业数据多源融合处理系统", "一种设备故障智能诊断方法及装置",
            "一种基于数字孪生的运维管理方法", "一种工业协议自适应转换网关", "一种时序数据压缩存储方法",
            "一种能耗异常检测方法及系统", "一种基于标识解析的产品追溯方法", "一种工艺参数优化推荐方法",
            "一种多租户工业应用隔离调度方法", "一种振动信号特征提取方法", "一种设备剩余寿命预测方法",
            "一种工业视觉缺陷检测装置", "一种分布式数据采集终端", "一种生产排程协同优化方法",
            "一种安全访问控制方法及系统", "一种模型服务弹性部署方法", "一种碳排放核算方法及装置"]
SOFT_POOL = ["设备接入管理系统", "工业数据中台软件", "设备健康管理软件", "能效分析系统", "工业APP应用商店系统",
             "边缘网关配置工具软件", "机理模型管理平台软件", "生产可视化大屏系统", "标识解析应用系统", "质量追溯系统",
             "远程运维工单系统", "低代码开发平台软件", "数据安全审计系统", "供应链协同管理系统", "碳排放管理系统",
             "移动巡检APP软件", "工艺知识库管理系统", "数字孪生建模工具软件", "告警中心管理软件", "开放API网关系统",
             "用户权限管理系统", "报表分析引擎软件", "设备档案管理系统", "视频监控接入系统"]


def ip_data(p: dict, n_pat: int, n_soft: int, owners_soft: list[str] | None = None):
    rng = random.Random(p["seed"] * 3 + 1)
    short = p["short"]
    pats = []
    for i in range(n_pat):
        typ = "发明" if i % 3 != 2 else "实用新型"
        y = 2019 + i % 5
        num = f"ZL{y - 1}{1 if typ == '发明' else 2}{rng.randint(1000000, 9999999)}.{rng.randint(0, 9)}"
        pats.append(dict(name=PAT_POOL[(i + p["seed"]) % len(PAT_POOL)], no=num, type=typ, owner=p["company"],
                         applied=f"{y - 1}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
                         date=f"{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                         inventors="、".join(rng.sample(["王磊", "陈静", "李志强", "赵敏", "周涛", "吴昊", "徐婷", "孙斌"], 3)),
                         cert=str(rng.randint(3000000, 6900000))))
    softs = []
    for i in range(n_soft):
        y = 2018 + i % 6
        owner = owners_soft[i] if owners_soft else p["company"]
        softs.append(dict(name=f"{short}{SOFT_POOL[(i + p['seed']) % len(SOFT_POOL)]}V{1 + i % 3}.0",
                          no=f"{y}SR{rng.randint(100000, 1999999):07d}", owner=owner,
                          done=f"{y}年{rng.randint(1, 6)}月{rng.randint(1, 28)}日",
                          pub=f"{y}年{rng.randint(7, 9)}月{rng.randint(1, 28)}日",
                          date=f"{y}-{rng.randint(10, 12):02d}-{rng.randint(1, 28):02d}",
                          cert=str(rng.randint(2000000, 9900000))))
    return pats, softs


AWARD_POOL = [("上海市工业互联网创新应用标杆", "上海市经济和信息化委员会"),
              ("工业互联网平台创新领航应用案例", "工业和信息化部"),
              ("上海市科学技术奖二等奖", "上海市人民政府"),
              ("上海市重点工业互联网平台", "上海市经济和信息化委员会"),
              ("工业互联网试点示范项目", "工业和信息化部"),
              ("中国工业大奖提名奖", "中国工业经济联合会"),
              ("上海市数字化转型示范场景", "上海市经济和信息化委员会"),
              ("智能制造优秀场景", "工业和信息化部")]


def awards(p, n):
    rng = random.Random(p["seed"] + 5)
    out = []
    for i in range(n):
        name, issuer = AWARD_POOL[(i + p["seed"]) % len(AWARD_POOL)]
        y = 2020 + i % 4
        out.append(dict(name=f"{y}年度{name}", issuer=issuer, date=f"{y}年{rng.randint(3, 12)}月",
                        body=f"{p['platform']}入选{y}年度{name}，特发此证。"))
    return out


# ----------------------------------------------------------------------------- common writing
def write_applicant_docs(pkg: Pkg, root: Path, scratch: Path, names: dict, summary: str, commitment: str) -> dict:
    files = {}
    if "contacts" in names:
        docs.write_contacts(pkg, root / names["contacts"])
        files[names["contacts"]] = "联系人表"
    docs.write_form_docx(pkg, root / names["form"])
    files[names["form"]] = "申报表"
    if "scan" in names:
        docs.write_form_scan(pkg, root / names["scan"], scratch)
        files[names["scan"]] = "申报表扫描件"
    docs.write_book(pkg, root / names["book"])
    files[names["book"]] = "申报书"
    if summary == "xlsx-vertical":
        docs.write_summary_xlsx(pkg, root / names["summary"])
    elif summary == "xlsx-horizontal":
        docs.write_summary_xlsx(pkg, root / names["summary"], horizontal=True)
    else:
        docs.write_summary_docx(pkg, root / names["summary"])
    files[names["summary"]] = "汇总表"
    if commitment == "scan":
        docs.write_commitment_scan(pkg, root / names["commitment"], scratch)
    else:
        docs.write_commitment_docx(pkg, root / names["commitment"])
    files[names["commitment"]] = "承诺"
    return files


def rows_of(pkg: Pkg):
    return [dict(label=lab, value=pkg.values[lab][0], normalized=pkg.values[lab][1]) for lab in LABELS]


def base_params(**kw):
    base = dict(
        nature="行业型工业互联网平台", op_mode="自运营", deploy="边缘侧、私有云、公有云", build_mode="自建",
        account="pingshen2024", password="Ps#2024h61", listed=False, carbon=False,
        regions=["上海", "江苏", "浙江", "安徽", "山东", "广东", "湖北"],
        app_cats=["运维服务", "安全生产", "节能减排", "质量管控", "生产制造", "运营管理"],
        speed=("秒级（每TB数据聚合分析约4.6秒）", "秒级"),
    )
    base.update(kw)
    return base


