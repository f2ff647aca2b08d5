"""Build the h66 blind set: `python eval_sets/blind/h66/build.py [--out DIR]`.

Writes packages/<id>/… and truth/<id>.json (or both under --out DIR, for the determinism check).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import render as R  # noqa: E402
from labels import LABELS  # noqa: E402
from model import Pkg, bd, f2, generate, th  # noqa: E402
from specs import PACKAGES, cross_platform, effect, intro, new_tech, position  # noqa: E402
from texts import count, count_no_punct  # noqa: E402

sys.path.insert(0, str(R.ROOT))
from eval_sets.truth import PackageTruth, dump_truth  # noqa: E402

# file names inside a package
F_CONTACT = "附件1 联系人信息反馈表.docx"
F_FORM = "附件2 申报表.docx"
F_SCAN = "附件2 申报表（盖章扫描版）.pdf"
F_BOOK = "附件3 申报书.docx"
F_SUMMARY = "附件4 平台基本情况汇总表.xlsx"
F_PLEDGE = "附件5 真实性承诺（盖章）.pdf"
E_AUDIT = "证明材料/3-1 2023年度审计报告（含平台业务专项说明）.pdf"
E_DEV = "证明材料/3-2 平台连接工业设备统计表.pdf"
E_IP = "证明材料/3-3 知识产权清单.xlsx"
E_SHOT = "证明材料/3-4 平台运行监测大屏截图.png"
E_OTHER = "证明材料/3-5 安全制度、荣誉及其他证明材料.pdf"

AUDITORS = {
    "a": "上海申衡会计师事务所（特殊普通合伙）",
    "b": "上海立正华会计师事务所有限公司",
    "c": "上海沪信联合会计师事务所（普通合伙）",
    "d": "上海明德永信会计师事务所有限公司",
}


# ------------------------------------------------------------------ values
def build_values(cfg: dict) -> Pkg:
    v = generate(cfg)
    p = Pkg(cfg["pid"], cfg)
    p.A = dict(revs=v["revs"], rd=v["rd"], profit=v["profit"])
    S, V, F, P = p.S, p.V, p.F, p.proof

    def put(label, value, norm, form=None, proof=""):
        assert label in LABELS, label
        S[label] = value
        V[label] = norm
        F[label] = value if form is None else form
        P[label] = proof

    c = cfg
    cn = c["contact"]
    put("序号", str(c["list_no"]), c["list_no"])
    put("企业名称", c["company"], c["company"])
    put("平台名称", c["declared_name"], c["declared_name"])
    put("平台性质", c["nature"], c["nature"])
    put("联系人姓名", cn[0], cn[0])
    put("联系人手机号", cn[1], cn[1])
    put("联系人电子邮箱", cn[2], cn[2])
    put("评审会现场地址信息", c["address"], c["address"])
    put("平台网址", c["url"], c["url"])
    put("建设时间", c["build"][2], c["build"][2])
    put("平台建设金额（万元）", f2(c["build_amount"]), c["build_amount"])
    revs, rates = v["revs"], v["rates"]
    norm = {}
    parts = []
    for y in (2021, 2022, 2023):
        norm[f"{y}年平台营收（万元）"] = revs[y]
        norm[f"{y}年增长率（%）"] = rates[y]
        parts.append(f"{y}年平台营收{f2(revs[y])}万元/增长率{f2(rates[y])}%")
    put("平台近三年经营指标情况", "；".join(parts), norm)
    put("平台建设方式", "自建", "自建")
    put("平台运营模式", "自运营", "自运营")
    put("部署方式", "边缘侧、私有云、公有云", "边缘侧、私有云、公有云")
    team = v["team"]
    put("平台团队总人数（人）", str(team[0]), team[0], proof="附件3-5 第3页 平台团队花名册汇总")
    put("运维人数（人）", str(team[1]), team[1], proof="附件3-5 第3页")
    put("运营人数（人）", str(team[2]), team[2], proof="附件3-5 第3页")
    put("有相关技术职称/从业资格的人数（人）", str(team[3]), team[3], proof="附件3-5 第3页")
    aud = "附件3-1 审计报告 第3页 平台业务专项说明"
    put("平台相关研发投入（万元）", f2(v["rd"]), v["rd"], proof=aud)
    put("平台相关研发投入强度（%）", f2(v["rd_rate"]), v["rd_rate"], proof=aud + "（研发投入÷平台营业收入）")
    put("平台相关营业收入（万元）", f2(revs[2023]), revs[2023], proof=aud)
    put("平台利润率（%）", f2(v["margin"]), v["margin"], proof=aud + "（平台利润总额÷平台营业收入）")
    put("付费用户占比（%）", f2(v["paid_ratio"]), v["paid_ratio"], proof="附件3-4 平台运行监测大屏截图（付费企业÷注册企业）")
    dev = "附件3-2 平台连接工业设备统计表"
    T = c["devices"]
    if c.get("private_devices"):
        put("连接的工业设备/产品/产线种类及数量（台/套）", str(T), T,
            form=f"总数 {T} 台/套，其中私有化部署涉及的相关数量 {c['private_devices']} 台/套", proof=dev + " 第1页；附件3-4")
    else:
        put("连接的工业设备/产品/产线种类及数量（台/套）", str(T), T, proof=dev + " 第1页；附件3-4")
    put("按二级分类统计工业设备数量（台/套）", bd(v["dev_cat"]), v["dev_cat"], proof=dev + " 第1页 表1")
    put("按省市区域统计工业设备数量（台/套）", bd(v["dev_region"]), v["dev_region"], proof=dev + " 第2页 表2")
    put("公有云工业设备连接数量（台/套）", str(v["pc"]), v["pc"], proof=dev + " 第1页")
    put("按二级分类统计公有云工业设备数量（台/套）", bd(v["pc_cat"]), v["pc_cat"], proof=dev + " 第1页 表1")
    put("按省市区域统计公有云工业设备数量（台/套）", bd(v["pc_region"]), v["pc_region"], proof=dev + " 第2页 表2")
    put("公有云工业设备平均日运行数量（台/套）", str(v["dr"]), v["dr"], proof=dev + " 第1页（近一年日平均值）")
    put("按二级分类统计公有云工业设备平均日运行数量（台/套）", bd(v["dr_cat"]), v["dr_cat"], proof=dev + " 第1页 表1")
    put("按省市区域统计公有云工业设备平均日运行数量（台/套）", bd(v["dr_region"]), v["dr_region"], proof=dev + " 第2页 表2")
    O = sum(v["overseas"].values())
    put("海外设备连接数量（台/套）", str(O), O, proof=dev + " 第2页 表3" if O else dev + " 第2页 表3（海外设备为0）")
    if O:
        put("按海外国家分类统计海外设备连接数量（台/套）", bd(v["overseas"]), v["overseas"], proof=dev + " 第2页 表3")
    else:
        put("按海外国家分类统计海外设备连接数量（台/套）", "无", None, form="无（海外设备连接数量为0）",
            proof="不涉及：平台暂未连接海外设备")
    proto = 60 + c["seed"] % 97
    put("工业协议兼容适配数量（个）", str(proto), proto, proof="附件3-5 第4页 协议适配清单汇总")
    apps, native, cloudified = v["apps"]
    put("工业软件总量（个）", str(v["software"]), v["software"], proof="申报书第二章 平台运营情况")
    put("工业APP数量（个）", str(apps), apps, proof="附件3-4 平台运行监测大屏截图")
    put("基于平台开发的工业APP数量（个）", str(native), native, proof="申报书第二章")
    put("云化工业软件数量（个）", str(cloudified), cloudified, proof="申报书第二章")
    put("按分类统计工业APP数量（个）", bd(v["app_cat"]), v["app_cat"], proof="申报书第二章 表2-1")
    put("按行业统计工业APP数量（个）", bd(v["app_ind"]), v["app_ind"], proof="申报书第二章 表2-1")
    put("工业APP平均月活跃数量（个）", str(v["app_mau"]), v["app_mau"], proof="申报书第二章")
    k = v["killer"]
    put("杀手锏APP数量（个）", str(k[0]), k[0], proof="申报书第二章 表2-2 杀手锏APP清单")
    put("公有云杀手锏APP平均日在线用户数（个）", str(k[1]), k[1], proof="申报书第二章 表2-2")
    put("杀手锏APP日活次数（次）", str(k[2]), k[2], proof="申报书第二章 表2-2（近一年平均）")
    put("杀手锏APP月平均收入（万元）", f2(k[3]), k[3], proof="申报书第二章 表2-2（近一年平均）")
    put("公有云工业APP数量（个）", str(v["pub_apps"]), v["pub_apps"], proof="申报书第二章")
    put("公有云工业APP平均日活跃数量（个）", str(v["pub_dau"]), v["pub_dau"], proof="申报书第二章")
    put("按分类统计公有云工业APP平均日活跃数量（个）", bd(v["pub_dau_cat"]), v["pub_dau_cat"], proof="申报书第二章")
    put("按行业统计公有云工业APP平均日活跃数量（个）", bd(v["pub_dau_ind"]), v["pub_dau_ind"], proof="申报书第二章")
    put("平台实际用云量（台）", f2(v["cloud"][0]), v["cloud"][0], proof="附件3-5 第4页 云资源清单汇总")
    put("平台公有云实际使用数量（台）", str(v["cloud"][1]), v["cloud"][1], proof="附件3-5 第4页")
    cap, data, pub, util = v["storage"]
    put("存储容量（TB）", f2(cap), cap, proof="附件3-5 第4页")
    put("存储工业数据量（TB）", f2(data), data, proof="附件3-5 第4页")
    put("公有云数据总量（TB）", f2(pub), pub, proof="附件3-5 第4页")
    put("存储资源利用率（%）", f2(util), util, proof="存储工业数据量÷存储容量×100%")
    M, act, users = v["models"]
    if c.get("private_models"):
        put("工业机理模型数量（个）", str(M), M, form=f"总量 {M} 个，其中私有化部署涉及的相关数量 {c['private_models']} 个",
            proof="附件3-4 平台运行监测大屏截图")
    else:
        put("工业机理模型数量（个）", str(M), M, proof="附件3-4 平台运行监测大屏截图")
    put("活跃机理模型数量（一周调用5次以上）（个）", str(act), act, proof="申报书第二章")
    put("核心工业模型平均月调用用户数量（个）", str(users), users, proof="申报书第二章")
    put("按分类统计工业模型数量（个）", bd(v["model_cat"]), v["model_cat"], proof="申报书第二章 表2-3")
    put("数据分析平台均速度（每TB分级/秒级/毫秒级）", "秒级（每TB运行数据聚合分析约4秒）", "秒级", proof="附件3-5 第4页 性能测试摘要")
    ms, msa = v["micro"]
    if c.get("private_micro"):
        put("微服务数量（个）", str(ms), ms, form=f"总量 {ms} 个，其中私有化部署涉及的相关数量 {c['private_micro']} 个",
            proof="附件3-4 平台运行监测大屏截图")
    else:
        put("微服务数量（个）", str(ms), ms, proof="附件3-4 平台运行监测大屏截图")
    put("活跃微服务数量（一周调用5次以上）（个）", str(msa), msa, proof="申报书第二章")
    d, da = v["dev"]
    put("开发者注册总数（个）", str(d), d, proof="附件3-4 平台运行监测大屏截图")
    put("活跃开发者数（个）", str(da), da, proof="申报书第二章")
    put("平台是否建立安全管理体系", "是", True,
        form="是。《平台网络安全管理办法》（AQ-2021-01，2021年3月制订）；《平台数据安全管理规定》（AQ-2022-03，2022年6月制订）；《平台应急响应预案》（AQ-2023-02，2023年4月制订）",
        proof="附件3-5 第1页 安全管理制度清单")
    put("有否定期开展第三方安全测试/测评", "是", True, form="是，每年一次（由第三方测评机构开展渗透测试及等级保护测评）",
        proof="附件3-5 第1页")
    put("有否定期进行安全扫描", "是", True, form="是，每月一次（漏洞扫描及基线核查）", proof="附件3-5 第1页")
    Rg, served = v["users"]
    put("注册企业用户数（个）", str(Rg), Rg, proof="附件3-4 平台运行监测大屏截图")
    put("实际服务企业数（个）", str(served), served, proof="附件3-4 平台运行监测大屏截图")
    put("按行业统计服务企业数（个）", bd(v["ent_ind"]), v["ent_ind"], proof="申报书第二章 表2-4")
    put("按省市区域统计服务企业数（个）", bd(v["ent_region"]), v["ent_region"], proof="申报书第二章 表2-4")
    put("付费企业数（个）", str(v["paid"]), v["paid"], proof="附件3-4 平台运行监测大屏截图")
    put("服务本市企业数量（个）", str(v["local"]), v["local"], proof="申报书第二章 表2-4（上海）")
    put("服务中小企业数量（个）", str(v["sme"]), v["sme"], proof="申报书第二章")
    o = v["orders"]
    put("平台订单数量(近一年总量)（个）", f"2023年自然年：{o[0]}个；截至填表日前一年：{o[1]}个",
        {"2023年自然年": o[0], "截至填表日前一年": o[1]}, proof="申报书第二章 平台运营情况")
    put("平台交易规模年增长率（%）", f2(v["trade_growth"]), v["trade_growth"], proof="申报书第二章")
    subs = v["subs"]
    put("工业APP订阅总数量（个）", str(subs[0]), subs[0], proof="申报书第二章 表2-2")
    put("杀手锏工业APP订阅数量（个）", str(subs[1]), subs[1], proof="申报书第二章 表2-2")
    put("工业APP订阅总金额（万元）", f2(subs[2]), subs[2], proof="申报书第二章")
    put("平台连接工业设备利用率（%）", f2(v["util"]), v["util"], proof="附件3-2 第1页 说明")
    put("平台国产化率（%）", f2(c["localization"]), c["localization"],
        form=f"{f2(c['localization'])}（软件、硬件国产化率均为{f2(c['localization'])}%）" if c["localization"] == 100 else None,
        proof="附件3-5 第4页 国产化情况说明")
    sf = c["smart_factories"]
    put("平台是否服务上海智能工厂，数量", f"是，{sf}家", sf, proof="申报书第三章（智能工厂名称、地址与服务内容）")
    put("平台服务园区总数（个）", str(c["parks"]), c["parks"], proof="申报书第三章")
    put("平台提供的解决方案总数（个）", str(v["sol_total"]), v["sol_total"], proof="申报书第五章")
    put("按新模式统计解决方案数量（个）", bd(c["solutions"]), dict(c["solutions"]), proof="申报书第五章")
    put("投资回报率（%）", f2(v["roi"]), v["roi"], proof=aud + "（2023年平台利润总额÷平台建设金额）")
    if c["vcpe"]:
        put("企业是否已上市或已获得VC/PE投资", "是", True, form="是，2022年完成B轮融资，投资方为产业投资基金",
            proof="附件3-5 第2页 融资情况说明")
    else:
        put("企业是否已上市或已获得VC/PE投资", "否", False, form="否", proof="不涉及：填报为“否”，无证明资料")
    r3 = v["rates3"]
    put("平台连接工业设备运维成本平均下降率（%）", f2(r3[0]), r3[0], proof="申报书第五章 案例1-3 平均值")
    put("平台连接工业设备能耗平均下降率（%）", f2(r3[1]), r3[1], proof="申报书第五章 案例1-3 平均值")
    put("平台连接工业设备安全生产持续时间平均提升率（%）", f2(r3[2]), r3[2], proof="申报书第五章 案例1-3 平均值")
    ind = c["indices"]
    if ind:
        put("平台现有特色指数（个）", str(ind), ind, form=f"{ind}（设备健康指数、能效指数等）", proof="申报书第三章")
    else:
        put("平台现有特色指数（个）", "0", 0, form="0（平台暂未发布特色指数）", proof="不涉及：数量为0，无证明资料")
    put("平台核心软硬件技术获得的专利数量（项）", str(c["patents"]), c["patents"], proof="附件3-3 知识产权清单 专利")
    put("平台核心软硬件技术获得的软著数量（个）", str(c["copyrights"]), c["copyrights"], proof="附件3-3 知识产权清单 软著")
    put("平台是否有自研形成的核心技术突破", "是", True,
        form="是，自研多源异构设备数据高并发接入引擎，单节点接入能力与国内外同类产品相当，关键指标对标见申报书第二章",
        proof="申报书第二章 技术路线先进性")
    put("平台是否具备碳管理服务能力", "是", True,
        form="是，具备碳计算/核算、碳排放监测、碳效评价三类服务，服务对象为制造企业和园区，场景为能耗与排放在线核算",
        proof="附件3-5 第2页 碳管理服务说明")
    if c["identifier"]:
        put("平台是否融合使用国家标识解析系统", "是", True, form="是，接入国家工业互联网标识解析二级节点，为关键设备和备件赋码",
            proof="附件3-5 第2页 标识解析接入证明")
    else:
        put("平台是否融合使用国家标识解析系统", "否", False, form="否", proof="不涉及：填报为“否”，无证明资料")
    put("平台获得省部级及以上奖项/荣誉数量（个）", str(c["awards"]), c["awards"], proof="附件3-5 第2页 荣誉清单")
    put("平台建设与运营带动新增就业人数（人）", str(v["jobs"]), v["jobs"], proof="申报书第三章")
    put("平台社会贡献率（%）", f2(v["social"]), v["social"], proof="申报书第三章（社会贡献总额÷平均资产总额）")
    open_data = "以API接口和数据集形式开放：开放API接口" + str(40 + c["seed"] % 50) + "个、行业数据集" + str(3 + c["seed"] % 7) + "个"
    put("平台开放共享数据的形式及数量", open_data, open_data, proof="申报书第二章")
    put("合作平台数量（个）", str(c["partners"]), c["partners"], proof="申报书第二章（合作平台清单）")
    assert set(S) == set(LABELS), set(LABELS) - set(S)

    # free texts of the 申报表 that have no 附件4 row
    dom, name = c["dom"], c["declared_name"]
    clean = c["pid"].endswith("clean")
    p.T = dict(
        定位=position(dom, exact50=clean),
        政策="工业和信息化部《工业互联网创新发展行动计划（2021-2023年）》，对应平台体系建设方向；"
             f"{dom}行业设备数字化运维需求快速增长，符合行业由被动维修向预测性维护转变的趋势。",
        战略规划=f"纳入《{c['company']}“十四五”发展规划》",
        专项规划=f"《{name}三年发展专项规划（2023-2025年）》",
        其他资源="平台汇聚行业知识条目、故障案例和备件信息等资源，累计收录故障案例与知识条目逾万条，为设备运维提供知识支撑。",
        边缘="支持数据采集、数据存储、网络传输和智能分析等功能；边缘计算应用节点数为" + str(120 + c["seed"] % 80)
             + "个；最低响应时延为10毫秒。边缘网关支持断点续传和本地规则告警，可在网络中断时独立运行。",
        其他采集="支持从企业资源计划、制造执行系统、设备管理系统等软件系统采集业务数据，通过标准接口与第三方平台对接，实现设备数据与业务数据的关联分析。",
        可拓展="是",
        算力="采用容器化集群部署，按需弹性扩缩容，峰值可调度计算资源约两千核。",
        数据管理="建立数据标准管理、数据质量管理、元数据管理和数据安全分级制度，对设备数据实行统一编码和质量校验，定期开展数据质量评估。",
        通用算法="是",
        算法类型="基础算法（排序、查找、统计）、聚类算法、分类算法、预测与估算算法、关联分析算法",
        开发者社区="是",
        语言="共4种：Java、Python、C++、JavaScript",
        框架="平台提供基于微服务架构的应用开发框架，封装设备接入、数据访问、模型调用和权限管理等公共能力，开发者可在统一框架下快速构建工业应用。",
        工具="平台提供低代码开发工具、可视化组态工具和模型训练工具，支持拖拽式界面搭建、流程编排和在线调试，降低工业应用开发门槛。",
        保护方面="数据：分级分类与加密存储；传输：全链路加密；访问登录：多因素认证；代码：代码审计；应用：上架安全检测；网络：边界防护与隔离。",
        安全技术="采用防火墙、网络隔离、入侵检测、数据加密、身份认证和访问控制等安全技术，核心系统部署安全审计与日志分析，形成纵深防御体系。",
        数据保护="核心数据实行每日增量备份和每周全量备份，关键数据离线备份，核心数据库采用双机热备，并在异地机房建设灾备中心，定期开展恢复演练。",
        自主可控="设备接入引擎、时序数据库、机理模型库和低代码开发工具均为自主研发，关键技术自主可控。",
        新增效益="三个案例平均带动用户营收增长约百分之八，设备安全生产持续时间明显提升，带动用户新增数字化岗位。",
        降低成本="三个案例平均降低运维成本与能耗，备件库存资金占用下降，非计划停机时间减少。",
        价值挖掘="平台对设备运行数据进行深度挖掘，形成健康评估、故障预警、寿命预测等模型，并将专家经验沉淀为知识图谱和机理模型，实现工业知识的沉淀与复用，支撑用户运维决策。",
        供应链="平台与上下游企业的采购、仓储和售后系统实现对接，建立供应商评价与备件协同管理机制，缩短备件交付周期，提升供应链整体响应速度和协同效率。",
        新技术=new_tech(exact300=clean),
        标准="参与制定行业标准两项、团体标准三项，涉及设备数据接口和运维服务规范。",
        贡献="平台服务本市重点产业链企业，支撑关键设备安全稳定运行，助力本市制造业数字化转型和绿色低碳发展，并向长三角地区输出解决方案。",
        开放机制="是，向产业链上下游开放设备数据接口、模型组件和应用功能，建立数据分级开放和授权使用机制，按照统一协议开展数据共享。",
        跨平台=cross_platform(exact200=clean),
        新产业="有。平台培育了设备运维服务化的新模式，由一次性销售转向按效果付费的持续服务，带动用户形成新的服务收入。",
        介绍=intro(dom, name, c["nature"], target=500 if clean or c["pid"].startswith("h66_sijian") else None),
        成效=effect(dom),
    )
    return p


# ------------------------------------------------------------------ 申报表 rows (指标明细表)
def detail_rows(p: Pkg) -> list[tuple[str, str, str, str, str, str]]:
    """(一级, 二级, 三级, 内容, 平台实际情况, 证明资料)"""
    F, T, P = p.F, p.T, p.proof
    book = "申报书第二章"
    rows = []

    def add(l1, l2, l3, content, value, proof):
        rows.append((l1, l2, l3, content, value, proof))

    L1a, L1b, L1c = "一、平台基础情况（25%）", "二、平台关键技术能力（35%）", "三、平台效益及可持续发展能力（40%）"
    s = "1.1 战略定位及规划"
    add(L1a, s, "1.1.1 战略定位", "平台定位是否明确", T["定位"], "申报书第二章 平台基本信息")
    add(L1a, s, "1.1.1 战略定位", "是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势", T["政策"], "申报书第二章")
    add(L1a, s, "1.1.2 规划制定", "平台是否被纳入企业战略规划中", T["战略规划"], "附件3-5 第3页 规划文件摘录")
    add(L1a, s, "1.1.2 规划制定", "是否制定了平台专项规划", T["专项规划"], "附件3-5 第3页")
    for content, label in (("平台团队总人数（人）", "平台团队总人数（人）"), ("其中：运维人数（人）", "运维人数（人）"),
                           ("运营人数（人）", "运营人数（人）"),
                           ("其中：有相关技术职称/从业资格的人数（人）", "有相关技术职称/从业资格的人数（人）")):
        add(L1a, s, "1.1.2 规划制定", content, F[label], P[label])
    s = "1.2 资金投入与经营情况"
    for content in ("平台相关研发投入（万元）", "平台相关研发投入强度（%）"):
        add(L1a, s, "1.2.1 创新投入情况", content, F[content], P[content])
    for content in ("平台相关营业收入（万元）", "平台利润率（%）", "付费用户占比（%）"):
        add(L1a, s, "1.2.2 经营情况", content, F[content], P[content])
    s, t = "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力"
    for content, label in (
        ("连接的工业设备/产品/产线种类及数量（台/套）", None), ("按二级分类统计工业设备数量（台/套）", None),
        ("按省市区域统计工业设备数量（台/套）", None), ("其中：公有云工业设备连接数量（台/套）", "公有云工业设备连接数量（台/套）"),
        ("按二级分类统计公有云工业设备数量（台/套）", None), ("按省市区域统计公有云工业设备数量（台/套）", None),
        ("其中：公有云工业设备平均日运行数量（台/套）", "公有云工业设备平均日运行数量（台/套）"),
        ("按二级分类统计公有云工业设备平均日运行数量（台/套）", None), ("按省市区域统计公有云工业设备平均日运行数量（台/套）", None),
        ("其中：海外设备连接数量（台/套）", "海外设备连接数量（台/套）"),
        ("其中：按海外国家分类统计海外设备连接数量", "按海外国家分类统计海外设备连接数量（台/套）"),
        ("工业协议兼容适配数量（个）", None),
    ):
        label = label or content
        add(L1b, s, t, content, F[label], P[label])
    add(L1b, s, t, "其他资源汇聚情况", T["其他资源"], book)
    t = "2.1.2 工业软件/APP"
    for content, label in (
        ("工业软件总量（个）", None), ("工业APP数量（个）", None), ("其中：基于平台开发的工业APP数量（个）", "基于平台开发的工业APP数量（个）"),
        ("云化工业软件数量（个）", None), ("按分类统计工业APP数量（个）", None), ("按行业统计工业APP数量（个）", None),
        ("工业APP平均月活跃数量（个）", None), ("其中：杀手锏APP数量（个）", "杀手锏APP数量（个）"),
        ("公有云杀手锏APP平均日在线用户数（个）", None), ("杀手锏APP日活次数（次）", None), ("杀手锏APP月平均收入（万元）", None),
        ("其中：公有云工业APP数量（个）", "公有云工业APP数量（个）"),
        ("其中：公有云工业APP平均日活跃数量（个）", "公有云工业APP平均日活跃数量（个）"),
        ("其中：按分类统计公有云工业APP平均日活跃数量（个）", "按分类统计公有云工业APP平均日活跃数量（个）"),
        ("其中：按行业统计公有云工业APP平均日活跃数量（个）", "按行业统计公有云工业APP平均日活跃数量（个）"),
    ):
        label = label or content
        add(L1b, s, t, content, F[label], P[label])
    s = "2.2 数据管理与挖掘"
    add(L1b, s, "2.2.1 数据采集", "边缘数据处理能力", T["边缘"], "附件3-5 第4页 边缘节点清单汇总")
    add(L1b, s, "2.2.1 数据采集", "其他数据采集能力", T["其他采集"], book)
    t = "2.2.2 数据处理（存储计算能力）"
    add(L1b, s, t, "是否支持可拓展云计算能力", T["可拓展"], "附件3-5 第4页 云资源清单汇总")
    add(L1b, s, t, "云化服务器算力", T["算力"], "附件3-5 第4页")
    for content in ("平台实际用云量（台）", "平台公有云实际使用数量（台）", "存储容量（TB）", "存储工业数据量（TB）",
                    "公有云数据总量（TB）", "存储资源利用率（%）"):
        add(L1b, s, t, content, F[content], P[content])
    add(L1b, s, t, "数据基础管理能力", T["数据管理"], book)
    t = "2.2.3 数据建模和分析"
    for content, label in (("工业机理模型数量（个）", None),
                           ("其中：活跃机理模型数量（一周调用5次以上）（个）", "活跃机理模型数量（一周调用5次以上）（个）"),
                           ("核心工业模型平均月调用用户数量（个）", None), ("按分类统计工业模型数量（个）", None)):
        label = label or content
        add(L1b, s, t, content, F[label], P[label])
    add(L1b, s, t, "是否提供通用建模分析算法", T["通用算法"], book)
    add(L1b, s, t, "智能分析算法类型", T["算法类型"], book)
    add(L1b, s, t, "数据分析平台均速度（每TB分级/秒级/毫秒级）", F["数据分析平台均速度（每TB分级/秒级/毫秒级）"],
        P["数据分析平台均速度（每TB分级/秒级/毫秒级）"])
    s, t = "2.3 微服务部署与调用", "2.3.1 平台微服务情况"
    add(L1b, s, t, "微服务数量（个）", F["微服务数量（个）"], P["微服务数量（个）"])
    add(L1b, s, t, "其中：活跃微服务数量（一周调用5次以上）（个）", F["活跃微服务数量（一周调用5次以上）（个）"],
        P["活跃微服务数量（一周调用5次以上）（个）"])
    s, t = "2.4 平台开发与使用", "2.4.1 平台开发者数量"
    add(L1b, s, t, "是否建立开发者社区及相关功能", T["开发者社区"], "附件3-4 平台运行监测大屏截图")
    add(L1b, s, t, "开发者注册总数（个）", F["开发者注册总数（个）"], P["开发者注册总数（个）"])
    add(L1b, s, t, "其中：活跃开发者数（个）", F["活跃开发者数（个）"], P["活跃开发者数（个）"])
    t = "2.4.2 应用开发服务能力"
    add(L1b, s, t, "平台支持开发语言类型", T["语言"], book)
    add(L1b, s, t, "平台应用开发框架", T["框架"], book)
    add(L1b, s, t, "平台应用开发工具", T["工具"], book)
    s, t = "2.5 安全体系", "2.5.1 安全制度建设"
    add(L1b, s, t, "是否针对平台制定了安全管理相关制度", F["平台是否建立安全管理体系"], P["平台是否建立安全管理体系"])
    add(L1b, s, t, "建立的安全制度保护了平台的哪些方面", T["保护方面"], "附件3-5 第1页")
    add(L1b, s, t, "有否定期开展第三方安全测试/测评", F["有否定期开展第三方安全测试/测评"], P["有否定期开展第三方安全测试/测评"])
    add(L1b, s, t, "有否定期进行安全扫描", F["有否定期进行安全扫描"], P["有否定期进行安全扫描"])
    t = "2.5.2 安全技术保障"
    add(L1b, s, t, "采用何种安全技术情况", T["安全技术"], "附件3-5 第1页")
    add(L1b, s, t, "核心数据安全保护手段", T["数据保护"], "附件3-5 第1页")
    s, t = "3.1 平台应用", "3.1.1 平台应用规模"
    for content, label in (
        ("注册企业用户数（个）", None), ("其中：实际服务企业数（个）", "实际服务企业数（个）"), ("按行业统计服务企业数（个）", None),
        ("按省市区域统计服务企业数（个）", None), ("其中：付费企业数（个）", "付费企业数（个）"),
        ("其中：服务本市企业数量（个）", "服务本市企业数量（个）"), ("其中：服务中小企业数量（个）", "服务中小企业数量（个）"),
        ("平台订单数量（个），填写近一年总量", "平台订单数量(近一年总量)（个）"), ("平台交易规模年增长率（%）", None),
        ("工业APP订阅总数量（个）", None), ("其中：杀手锏工业APP订阅数量（个）", "杀手锏工业APP订阅数量（个）"),
        ("工业APP订阅总金额（万元）", None), ("平台连接工业设备利用率（%）", None), ("平台国产化率（%）", None),
        ("平台是否服务上海智能工厂，数量", None), ("平台服务园区总数（个）", None), ("平台提供的解决方案总数（个）", None),
        ("其中：按新模式统计解决方案数量（个）", "按新模式统计解决方案数量（个）"),
    ):
        label = label or content
        add(L1c, s, t, content, F[label], P[label])
    t = "3.1.2 平台应用价值"
    add(L1c, s, t, "投资回报率（%）", F["投资回报率（%）"], P["投资回报率（%）"])
    add(L1c, s, t, "企业已上市或已获得VC/PE投资", F["企业是否已上市或已获得VC/PE投资"], P["企业是否已上市或已获得VC/PE投资"])
    add(L1c, s, t, "关键技术自主可控", T["自主可控"], "申报书第二章")
    add(L1c, s, t, "解决方案累计对企业/用户新增效益", T["新增效益"], "申报书第五章")
    add(L1c, s, t, "解决方案累计对企业/用户降低成本", T["降低成本"], "申报书第五章")
    for content in ("平台连接工业设备运维成本平均下降率（%）", "平台连接工业设备能耗平均下降率（%）",
                    "平台连接工业设备安全生产持续时间平均提升率（%）"):
        add(L1c, s, t, content, F[content], P[content])
    add(L1c, s, t, "平台数据价值挖掘应用能力", T["价值挖掘"], "申报书第三章")
    add(L1c, s, t, "工业互联网平台+供应链协同应用情况", T["供应链"], "申报书第三章")
    add(L1c, s, t, "平台有否与新技术的融合应用", T["新技术"], "申报书第二章")
    add(L1c, s, t, "平台现有特色指数（个）", F["平台现有特色指数（个）"], P["平台现有特色指数（个）"])
    t = "3.1.3 平台带动成效"
    for content, label in (
        ("平台核心软硬件技术获得的专利数量（项）", None), ("平台核心软硬件技术获得的软著数量（个）", None),
        ("平台是否有自研形成的核心技术突破", None), ("平台是否具备碳管理服务能力", None), ("平台是否融合使用国家标识解析系统", None),
    ):
        label = label or content
        add(L1c, s, t, content, F[label], P[label])
    add(L1c, s, t, "平台牵头/参与标准制定情况（国家标准、行业标准）", T["标准"], "附件3-5 第2页")
    add(L1c, s, t, "平台获得省部级及以上奖项/荣誉数量（个）", F["平台获得省部级及以上奖项/荣誉数量（个）"],
        P["平台获得省部级及以上奖项/荣誉数量（个）"])
    add(L1c, s, t, "平台建设与运营带动新增就业人数（人）", F["平台建设与运营带动新增就业人数（人）"], P["平台建设与运营带动新增就业人数（人）"])
    add(L1c, s, t, "平台社会贡献率（%）", F["平台社会贡献率（%）"], P["平台社会贡献率（%）"])
    add(L1c, s, t, "平台对关键行业/领域、本市及其他重点区域等贡献及支撑", T["贡献"], "申报书第三章")
    s = "3.2 平台生态建设"
    add(L1c, s, "3.2.1 平台开放", "是否建立供应链产业链开放共享机制", T["开放机制"], "申报书第二章")
    add(L1c, s, "3.2.1 平台开放", "平台开放共享数据的形式及数量", F["平台开放共享数据的形式及数量"], P["平台开放共享数据的形式及数量"])
    add(L1c, s, "3.2.2 平台生态", "合作平台数量（个）", F["合作平台数量（个）"], P["合作平台数量（个）"])
    add(L1c, s, "3.2.2 平台生态", "跨平台调用功能建设情况", T["跨平台"], "申报书第二章")
    add(L1c, s, "3.2.2 平台生态", "新产业、新模式培育情况", T["新产业"], "申报书第三章")
    return rows


# ------------------------------------------------------------------ planted problems
def plant(p: Pkg) -> None:
    c, v = p.cfg, None
    prob = p.problems
    if p.pid == "h66_sijian_bim_problems":
        # section7: a 2023 participant without chapter 七 (cfg chapter7=False)
        prob.append(dict(id="h66-sj-01", family="section7", fields=["七、平台相较上年度对比情况"], files=[F_BOOK],
                         severity="error",
                         description="附件6 序号12 的 2023 年度是否参评为「是」，但申报书只有一至六章，缺少 2023 年度参评平台必填的「七、平台相较上年度对比情况」。"))
        # char_limit: 平台基本情况介绍 one sentence over 500
        extra = "平台还在多个城市更新项目和大型公共建筑群中开展了建造与运维一体化试点，形成了覆盖设计、施工、交付和运维全过程的数据闭环与服务体系。"
        p.T["介绍"] = p.T["介绍"] + extra
        n, n2 = count(p.T["介绍"]), count_no_punct(p.T["介绍"])
        assert n > 500 and n2 > 500, (n, n2)
        prob.append(dict(id="h66-sj-02", family="char_limit", fields=["平台基本情况介绍"], files=[F_FORM], severity="error",
                         description=f"「平台基本情况介绍」要求500字以内，申报表中为{n}字（含标点；不计标点{n2}字），在500字的正文后多出一句。"))
        # formula: 平台利润率 does not follow from its inputs
        true_margin = p.V["平台利润率（%）"]
        wrong = round(true_margin + 3.26, 2)
        p.F["平台利润率（%）"] = f2(wrong)
        p.S["平台利润率（%）"] = f2(wrong)
        p.V["平台利润率（%）"] = wrong
        p.wrong_margin = (wrong, true_margin)
        prob.append(dict(id="h66-sj-03", family="formula", fields=["平台利润率（%）"], files=[F_FORM, E_AUDIT], severity="error",
                         description=f"平台利润率填报{f2(wrong)}%，但平台利润总额{f2(p.A['profit'])}万元÷平台相关营业收入{f2(p.A['revs'][2023])}万元×100%={f2(true_margin)}%（专项说明与申报表的两项输入一致，比率不随之成立）。"))
        # answer_format: 研发投入 in 亿元 where 万元 is asked
        rd = p.A["rd"]
        yi = f"{rd / 10000:.6f}".rstrip("0")
        p.F["平台相关研发投入（万元）"] = f"{yi}亿元"
        p.rd_yi = yi
        prob.append(dict(id="h66-sj-04", family="answer_format", fields=["平台相关研发投入（万元）"], files=[F_FORM, F_SUMMARY],
                         severity="error",
                         description=f"平台相关研发投入按填报指引应以万元填写并保留2位小数，申报表与汇总表写作「{yi}亿元」（即{f2(rd)}万元，与专项说明一致）。"))
    elif p.pid == "h66_hongzhiwei_materials_problems":
        # breakdown omits the overseas categories
        region = dict(p.V["按省市区域统计工业设备数量（台/套）"])
        for k in c["overseas"]:
            region.pop(k)
        s = bd(region)
        p.F["按省市区域统计工业设备数量（台/套）"] = s
        p.S["按省市区域统计工业设备数量（台/套）"] = s
        p.V["按省市区域统计工业设备数量（台/套）"] = region
        O = sum(c["overseas"].values())
        prob.append(dict(id="h66-hz-01", family="breakdown_sum",
                         fields=["按省市区域统计工业设备数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"],
                         files=[F_FORM], severity="error",
                         description=f"按省市区域统计工业设备数量只列了国内省市，合计{sum(region.values())}台/套，少于连接设备总数{c['devices']}台/套；"
                                     f"差额{O}台/套正是申报表自己填报的海外设备（新加坡Singapore、日本Japan），填报指引要求区域统计包含海外地区并注明国家名称。"))
        # formula: 付费用户占比 above 100%
        wrong = 112.50
        p.F["付费用户占比（%）"] = f2(wrong)
        p.S["付费用户占比（%）"] = f2(wrong)
        p.V["付费用户占比（%）"] = wrong
        prob.append(dict(id="h66-hz-02", family="formula", fields=["付费用户占比（%）"], files=[F_FORM], severity="error",
                         description=f"付费用户占比=付费用户数÷平台用户总数×100%，不可能超过100%；申报表填报{f2(wrong)}%"
                                     f"（付费企业数{p.V['付费企业数（个）']}÷注册企业用户数{p.V['注册企业用户数（个）']}×100%={f2(p.cfg_paid_ratio)}%）。"))
        # missing_proof: 是 answer with nothing named in 证明资料
        p.proof["平台是否具备碳管理服务能力"] = ""
        prob.append(dict(id="h66-hz-03", family="missing_proof", fields=["平台是否具备碳管理服务能力"], files=[F_FORM], severity="warning",
                         description="「平台是否具备碳管理服务能力」答「是」并简述服务类型，但证明资料列为空，既未对应附件序号和页码，也未说明无证明资料的理由。"))
    elif p.pid == "h66_tansuo_carbon_problems":
        # conditional: 合作共建 without the partner's name
        p.F["平台建设方式"] = "合作共建"
        p.S["平台建设方式"] = "合作共建"
        p.V["平台建设方式"] = "合作共建"
        p.coop_blank = True
        prob.append(dict(id="h66-ts-01", family="conditional", fields=["平台建设方式"], files=[F_FORM, F_SUMMARY], severity="error",
                         description="平台建设方式勾选「合作共建」，但「合作企业名称（必填）」留空，汇总表也只写「合作共建」。"))
        # growth_rate: 2023 growth rate does not follow from 2022/2023 revenues
        revs = p.A["revs"]
        true = round((revs[2023] / revs[2022] - 1) * 100, 2)
        wrong = round(true + 4.15, 2)
        norm = dict(p.V["平台近三年经营指标情况"])
        norm["2023年增长率（%）"] = wrong
        parts = [f"{y}年平台营收{f2(revs[y])}万元/增长率{f2(norm[f'{y}年增长率（%）'])}%" for y in (2021, 2022, 2023)]
        p.V["平台近三年经营指标情况"] = norm
        p.S["平台近三年经营指标情况"] = "；".join(parts)
        p.F["平台近三年经营指标情况"] = "；".join(parts)
        prob.append(dict(id="h66-ts-02", family="growth_rate", fields=["平台近三年经营指标情况"], files=[F_FORM, F_SUMMARY], severity="error",
                         description=f"2023年增长率填报{f2(wrong)}%，但(2023年营收{f2(revs[2023])}÷2022年营收{f2(revs[2022])}−1)×100%={f2(true)}%。"))
        # char_limit: 跨平台调用功能建设情况 over 200
        p.T["跨平台"] = cross_platform(over=True)
        n, n2 = count(p.T["跨平台"]), count_no_punct(p.T["跨平台"])
        assert n > 200 and n2 > 200, (n, n2)
        prob.append(dict(id="h66-ts-03", family="char_limit", fields=["跨平台调用功能建设情况"], files=[F_FORM], severity="error",
                         description=f"「跨平台调用功能建设情况」要求200字以内，申报表中为{n}字（含标点；不计标点{n2}字）：200字正文后又多一句。"))
        # answer_format: 是/否 question answered outside the options
        p.T["通用算法"] = "提供部分算法"
        prob.append(dict(id="h66-ts-04", family="answer_format", fields=["是否提供通用建模分析算法"], files=[F_FORM], severity="error",
                         description="「是否提供通用建模分析算法」填报指引要求填写“是/否”，申报表答「提供部分算法」，不在允许的选项内。"))


# ------------------------------------------------------------------ documents
def write_form(p: Pkg, root: Path) -> list:
    c = p.cfg
    d = R.Docx("仿宋")
    d.p("附件2", size=12)
    d.p("上海市工业互联网平台应用水平评价", size=20, bold=True, center=True)
    d.p("申报表", size=26, bold=True, center=True)
    for line in ("申报年度：2024年度", f"平台名称：{c['declared_name']}", f"申报单位：{c['company']}（公章）",
                 f"联 系 人：{c['contact'][0]}", f"联系人电话：{c['contact'][1]}"):
        d.p(line, size=14)
    d.p("上海市经济和信息化委员会制", size=14, center=True)
    d.p(c["fill_date"], size=14, center=True)
    d.page_break()
    d.h("一、企业基本情况")
    seed = c["seed"]
    basic = [
        ["单位（企业）名称", c["company"], "单位（企业）代码", f"913100{seed:04d}{seed * 7 % 100000:05d}X"[:18]],
        ["成立日期", "2003年5月18日", "注册地及所在行政区", "上海市" + c["address"][3:6]],
        ["企业类型", "有限责任公司" if c["list_no"] != 8 else "事业单位", "注册资本", f"{20000 + seed % 900}万元"],
        ["主营业务", f"{c['dom']}相关产品研发、工业软件与数字化服务", "法定代表人", "（略）"],
        ["联系人", c["contact"][0], "职务", c["contact"][3]],
        ["联系人手机", c["contact"][1], "传真", "021-5" + str(1000000 + seed * 13)[-7:]],
        ["电子邮箱", c["contact"][2], "股权结构", "见工商登记信息"],
    ]
    d.table(basic, header=False)
    d.p("申报单位上一年度经营状况（2023年）")
    d.table([["总资产（万元）", "主营业务收入（万元）", "主营业务收入增长率（%）", "负债率（%）", "利润总额（万元）", "税金（万元）"],
             [th(p.co["assets"], 2), th(p.co["revenue"], 2), f2(p.co["growth"]), f2(p.co["debt"]), th(p.co["profit"], 2), th(p.co["tax"], 2)]])
    d.h("二、平台基本情况")
    F = p.F
    revs = p.V["平台近三年经营指标情况"]
    coop = "☑ 合作共建，合作企业名称（必填）：____________" if getattr(p, "coop_blank", False) else "☑ 自建"
    rows = [
        ["平台名称", c["declared_name"]],
        ["建设时间", f"{c['build'][0]}至{c['build'][1]}"],
        ["平台建设金额（万元）", F["平台建设金额（万元）"]],
        ["平台近三年经营指标情况", "\n".join(f"{y}年平台营收{f2(revs[f'{y}年平台营收（万元）'])}万元/增长率{f2(revs[f'{y}年增长率（%）'])}%"
                                    for y in (2021, 2022, 2023)) + "\n注：此处数据已将平台相关收益单列。"],
        ["平台建设方式", coop],
        ["平台运营模式", "☑ 自运营 □ 联合运营 □ 委托运营"],
        ["IaaS基础设施", "☑ 自建"],
        ["部署方式", "☑ 边缘侧 ☑ 私有云 ☑ 公有云 □ 混合云 □ 其他部署方式"],
        ["平台网址", f"{c['url']}（{c['account']}）"],
        ["平台基本情况介绍", p.T["介绍"]],
        ["平台建设成效", p.T["成效"]],
    ]
    d.table(rows, header=False)
    if c["evidence_style"] == "a":  # the 2.2.1 私有化 note, as the 填报指引 asks (~100字)
        p.T["边缘"] += ("（私有化部署说明：上述边缘计算节点中有部分部署于用户厂区私有化环境，由用户自主运维，平台通过专线同步运行数据；"
                       "私有化部署涉及的数据采集、存储和分析功能与公有云一致，其节点数和设备数已计入总体情况，数据不出厂区，满足用户的数据安全要求。）")
    d.h("三、上海市工业互联网平台应用水平评价指标明细表")
    table = [["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]]
    for r in detail_rows(p):
        table.append(list(r))
    d.table(table)
    d.save(root / F_FORM, "申报表")
    return table


def write_form_scan(p: Pkg, root: Path, table: list, scratch: Path) -> None:
    c = p.cfg
    blocks = [("p", "附件2"), ("title", "上海市工业互联网平台应用水平评价<br/>申报表"),
              ("p", f"平台名称：{c['declared_name']}"), ("p", f"申报单位：{c['company']}（公章）"),
              ("p", f"联系人：{c['contact'][0]}　联系人电话：{c['contact'][1]}"), ("p", c["fill_date"]), ("break",),
              ("h", "三、指标明细表")]
    blocks.append(("table", [[r[2], r[3], r[4], r[5]] for r in table], [24, 40, 76, 34]))
    tmp = scratch / f"{p.pid}_form.pdf"
    R.pdf(tmp, blocks, "申报表")
    R.scan_pdf(tmp, root / F_SCAN, c["seed"], c["company"], {0})


def write_summary(p: Pkg, root: Path) -> None:
    rows = [["平台基本情况汇总表", ""], ["项目", "内容"]]
    for label in LABELS:
        val = p.S[label]
        if label == "平台相关研发投入（万元）" and hasattr(p, "rd_yi"):
            val = f"{p.rd_yi}亿元"
        if label == "建设时间":
            b = p.cfg["build"]
            val = b[2].replace(".", ".").split("-")[0] + ".01-" + b[2].split("-")[1] + ".31"
        rows.append([label, val])
    R.save_xlsx([("汇总表", rows)], root / F_SUMMARY, "平台基本情况汇总表", widths={"A": 46, "B": 90})


def write_contact(p: Pkg, root: Path) -> None:
    c = p.cfg
    d = R.Docx("宋体")
    d.p("附件1", size=12)
    d.p("联系人信息反馈表", size=18, bold=True, center=True)
    d.p("2024年度上海市工业互联网平台应用水平评价工作", center=True)
    d.h("一、联系人信息反馈", 12)
    d.table([["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"],
             ["联系人（主）", c["contact"][0], c["company"], c["contact"][3], c["contact"][1], c["contact"][2]],
             ["联系人（备用）", "许文静", c["company"], "平台运营专员", "139" + str(c["seed"] * 9173)[-8:], "xuwj@" + c["contact"][2].split("@")[1]]])
    d.h("二、评审会现场地址信息反馈", 12)
    d.p(f"具体地址：{c['address']}")
    d.save(root / F_CONTACT, "联系人信息反馈表")


def write_book(p: Pkg, root: Path) -> None:
    c, V = p.cfg, p.V
    d = R.Docx("宋体")
    d.p("附件3", size=12)
    d.p("上海市工业互联网平台应用水平评价", size=20, bold=True, center=True)
    d.p("申报书", size=26, bold=True, center=True)
    for line in ("申报年度：2024年度", f"平台名称：{c['declared_name']}", f"申报单位：{c['company']}（公章）",
                 f"联 系 人：{c['contact'][0]}", f"联系人电话：{c['contact'][1]}", c["fill_date"]):
        d.p(line, size=14)
    d.page_break()
    d.h("一、申报单位简介")
    d.p(f"{c['company']}长期深耕{c['dom']}领域，具备较强的研发、实施和服务保障能力，拥有一支覆盖行业专家、软件工程师和数据分析师的专业团队。")
    d.h("二、平台建设及运营情况")
    d.p(f"{c['declared_name']}于{c['build'][0]}启动建设，{c['build'][1]}完成主体建设，采用{V['平台建设方式']}方式，定位为{c['nature']}。")
    d.p(f"截至填表日，平台连接工业设备{V['连接的工业设备/产品/产线种类及数量（台/套）']}台（套），上架工业APP{V['工业APP数量（个）']}个，"
        f"注册企业用户{V['注册企业用户数（个）']}家，实际服务企业{V['实际服务企业数（个）']}家。")
    d.p("表2-1 工业APP分类统计")
    d.table([["分类", "数量（个）"]] + [[k, str(x)] for k, x in V["按分类统计工业APP数量（个）"].items()])
    d.p("表2-2 杀手锏APP清单（订阅用户数前5）")
    d.table([["排名", "名称", "简介"]] + [[str(i), f"{c['dom']}应用{i}", "设备监测与运维类应用"] for i in range(1, 6)])
    d.p("表2-3 工业模型分类统计")
    d.table([["分类", "数量（个）"]] + [[k, str(x)] for k, x in V["按分类统计工业模型数量（个）"].items()])
    d.p("表2-4 服务企业行业与区域分布")
    d.table([["维度", "分布"], ["行业", bd(V["按行业统计服务企业数（个）"])], ["区域", bd(V["按省市区域统计服务企业数（个）"])]])
    d.p("表X 平台对标同行业或相似平台的部分量化数据对比表")
    d.table([["三级指标", "本平台数据", "对标数据"],
             ["1.2.1 创新投入情况", f"研发投入强度{f2(p.rd_rate)}%", "同行业平台（平台名称：某行业平台）研发投入强度约15%"],
             ["2.1.1 工业设备连接/汇聚能力", "见申报表", "同行业平台设备连接数量级为万台"]])
    d.p("技术创新点总结：平台在多源异构设备接入、行业机理模型沉淀和低代码应用开发方面形成自主技术体系，关键指标达到国内同类平台先进水平。")
    d.h("三、平台应用成效")
    d.p(p.T["成效"])
    d.p(f"平台服务上海市级智能工厂{V['平台是否服务上海智能工厂，数量']}家，服务园区{V['平台服务园区总数（个）']}个。")
    d.p("应用创新点总结：平台推动运维服务由被动响应向主动预测转变，形成按效果付费的服务模式。")
    d.h("四、平台下一步发展计划")
    d.p("围绕行业大模型、数字孪生和绿色低碳三个方向持续迭代，扩大长三角地区服务覆盖。")
    d.h("五、平台应用案例")
    for i in (1, 2, 3):
        d.p(f"案例{i}：{c['declared_name']}——{c['dom']}设备智能运维示范{i}")
        d.p("企业简介：用户企业为行业骨干制造企业。平台简介：见第二章。案例实际内容：部署设备监测与预测性维护应用，运维成本与能耗明显下降。")
    d.h("六、附件及其他说明材料")
    d.table([["序号", "附件名称"], ["3-1", "2023年度审计报告（含平台业务专项说明）"], ["3-2", "平台连接工业设备统计表"],
             ["3-3", "知识产权清单"], ["3-4", "平台运行监测大屏截图"], ["3-5", "安全制度、荣誉及其他证明材料"]])
    if c["chapter7"]:
        d.h("七、平台相较上年度对比情况")
        d.p("自2023年7月至今，平台在功能模块、关键指标和应用服务方面均有提升：新增设备健康评估、能效分析两个功能模块；"
            "连接设备数量、工业APP数量和服务企业数量均较上年度增长；应用服务由单点监测扩展到全生命周期运维。")
        if not c["p2023"]:
            d.p("（注：本平台未参加2023年度评价，本章为自愿补充说明。）")
    d.save(root / F_BOOK, "申报书")


def write_pledge(p: Pkg, root: Path, scratch: Path) -> None:
    c = p.cfg
    tmp = scratch / f"{p.pid}_pledge.pdf"
    R.pdf(tmp, [("p", "附件5"), ("title", "真实性承诺"),
                ("p", "我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，"
                      "如有不实，愿承担相应的法律责任及由此产生的一切后果。"), ("p", "特此承诺。"), ("space", 30),
                ("p", f"申报单位：{c['company']}（盖章）"), ("p", "法定代表人：（签章）"), ("p", c["fill_date"])], "承诺")
    R.scan_pdf(tmp, root / F_PLEDGE, c["seed"] + 50, c["company"], {0})


# ------------------------------------------------------------------ evidence
def fact(p, label, value, unit, norm, file, page, quote, row="", col="", comp="", image_only=False):
    p.facts.append(dict(label=label, value=value, unit=unit, normalized=norm, file=file, page=page, quote=quote,
                        row_label=row, column_label=col, component=comp, image_only=image_only))


def write_audit(p: Pkg, root: Path) -> None:
    c, A = p.cfg, p.A
    revs = A["revs"]
    firm = AUDITORS[c["evidence_style"]]
    co = p.co
    blocks = [
        ("title", f"{c['company']}<br/>2023年度审计报告"), ("p", f"{firm[:6]}审字（2024）第{c['seed']}号"), ("space", 60),
        ("p", firm), ("p", "二〇二四年三月二十八日"), ("break",),
        ("h", "合并利润表（摘要）"), ("p", "编制单位：" + c["company"] + "　　2023年度　　单位：元"),
        ("table", [["项目", "本期金额", "上期金额"],
                   ["一、营业总收入", th(co["revenue"] * 10000, 2), th(co["revenue"] * 10000 / (1 + co["growth"] / 100), 2)],
                   ["三、利润总额", th(co["profit"] * 10000, 2), th(co["profit"] * 10000 * 0.92, 2)],
                   ["资产总计", th(co["assets"] * 10000, 2), th(co["assets"] * 10000 * 0.95, 2)]], [70, 50, 50]),
        ("break",),
        ("h", f"关于{c['declared_name']}业务收支情况的专项说明"),
        ("p", "本说明依据公司2023年度财务报表，按平台相关订阅服务与平台服务收入单独核算拆分，单位：万元。"),
        ("table", [["项目", "2020年度", "2021年度", "2022年度", "2023年度"],
                   ["平台相关营业收入"] + [th(revs[y], 2) for y in (2020, 2021, 2022, 2023)],
                   ["平台相关研发投入", "—", "—", "—", th(A["rd"], 2)],
                   ["平台利润总额", "—", "—", "—", th(A["profit"], 2)]], [44, 32, 32, 32, 32]),
        ("p", "拆分方式：平台相关营业收入为基于平台直接订阅的服务及通过平台服务取得的收入；研发投入按研究与试验发展口径归集。"),
    ]
    R.pdf(root / E_AUDIT, blocks, "审计报告")
    f = E_AUDIT
    fact(p, "平台相关营业收入（万元）", th(revs[2023], 2), "万元", revs[2023], f, 3, th(revs[2023], 2), "平台相关营业收入", "2023年度")
    fact(p, "平台近三年经营指标情况", th(revs[2021], 2), "万元", revs[2021], f, 3, th(revs[2021], 2), "平台相关营业收入", "2021年度",
         "2021年平台营收（万元）")
    fact(p, "平台近三年经营指标情况", th(revs[2022], 2), "万元", revs[2022], f, 3, th(revs[2022], 2), "平台相关营业收入", "2022年度",
         "2022年平台营收（万元）")
    fact(p, "平台近三年经营指标情况", th(revs[2023], 2), "万元", revs[2023], f, 3, th(revs[2023], 2), "平台相关营业收入", "2023年度",
         "2023年平台营收（万元）")
    fact(p, "平台相关研发投入（万元）", th(A["rd"], 2), "万元", A["rd"], f, 3, th(A["rd"], 2), "平台相关研发投入", "2023年度")
    fact(p, "平台相关研发投入强度（%）", th(A["rd"], 2), "万元", A["rd"], f, 3, th(A["rd"], 2), "平台相关研发投入", "2023年度",
         "平台相关研发投入（万元）")
    fact(p, "平台利润率（%）", th(A["profit"], 2), "万元", A["profit"], f, 3, th(A["profit"], 2), "平台利润总额", "2023年度",
         "平台利润总额（万元）")
    fact(p, "投资回报率（%）", th(A["profit"], 2), "万元", A["profit"], f, 3, th(A["profit"], 2), "平台利润总额", "2023年度",
         "平台年利润（万元）")


def write_devices(p: Pkg, root: Path) -> None:
    c, g = p.cfg, p.gen
    T = c["devices"]
    cat_rows = [["设备二级分类（附录A）", "接入数量（台/套）", "其中：公有云接入（台/套）", "公有云日均运行（台/套）"]]
    for k in g["dev_cat"]:
        cat_rows.append([k, th(g["dev_cat"][k]), th(g["pc_cat"][k]), th(g["dr_cat"][k])])
    cat_rows.append(["合计", th(T), th(g["pc"]), th(g["dr"])])
    reg_rows = [["区域（附录F，设备所属企业注册地）", "接入数量（台/套）", "其中：公有云接入（台/套）", "公有云日均运行（台/套）"]]
    for k in g["dev_region"]:
        reg_rows.append([k, th(g["dev_region"][k]), th(g["pc_region"][k]), th(g["dr_region"][k])])
    reg_rows.append(["合计", th(T), th(g["pc"]), th(g["dr"])])
    O = sum(g["overseas"].values())
    ov_rows = [["海外国家", "接入数量（台/套）"]] + [[k, th(x)] for k, x in g["overseas"].items()] + [["海外合计", th(O)]]
    note = "统计截至2024年6月30日；公有云日均运行为近一年日平均值。"
    if c.get("private_devices"):
        note += f"接入总数含私有化部署设备{th(c['private_devices'])}台/套。"
    blocks = [("title", f"{c['declared_name']}<br/>连接工业设备统计表"), ("p", note), ("h", "表1 按设备二级分类统计"),
              ("table", cat_rows, [62, 36, 40, 36]), ("p", f"平台连接工业设备利用率：{f2(p.V['平台连接工业设备利用率（%）'])}%"),
              ("break",), ("h", "表2 按省市区域统计"), ("table", reg_rows, [62, 36, 40, 36]), ("h", "表3 海外设备"),
              ("table", ov_rows, [80, 50])]
    R.pdf(root / E_DEV, blocks, "设备统计表")
    f = E_DEV
    fact(p, "连接的工业设备/产品/产线种类及数量（台/套）", th(T), "台/套", T, f, 1, th(T), "合计", "接入数量（台/套）")
    fact(p, "公有云工业设备连接数量（台/套）", th(g["pc"]), "台/套", g["pc"], f, 1, th(g["pc"]), "合计", "其中：公有云接入（台/套）")
    fact(p, "公有云工业设备平均日运行数量（台/套）", th(g["dr"]), "台/套", g["dr"], f, 1, th(g["dr"]), "合计", "公有云日均运行（台/套）")
    fact(p, "海外设备连接数量（台/套）", th(O), "台/套", O, f, 2, "海外合计 " + th(O) if O else "海外合计 0", "海外合计", "接入数量（台/套）")


def write_ip(p: Pkg, root: Path) -> None:
    c = p.cfg
    pat = [["序号", "专利名称", "专利号", "类型", "权利人", "授权日期"]]
    for i in range(1, c["patents"] + 1):
        kind = "发明" if i % 3 else "实用新型"
        pat.append([i, f"一种{c['dom']}设备状态监测方法及系统（{i}）", f"ZL20{18 + i % 6}1{c['seed'] % 1000:03d}{i:04d}.{i % 10}",
                    kind, c["company"], f"20{19 + i % 5}-0{1 + i % 9}-1{i % 10}"])
    pat.append([f"合计：{c['patents']}项", "", "", "", "", ""])
    sw = [["序号", "软件名称", "登记号", "著作权人", "登记日期"]]
    for i in range(1, c["copyrights"] + 1):
        sw.append([i, f"{c['declared_name'][:8]}子系统软件V{1 + i % 4}.0（{i}）", f"20{19 + i % 5}SR{c['seed'] % 100:02d}{i:05d}",
                   c["company"], f"20{19 + i % 5}-1{i % 3}-2{i % 8}"])
    sw.append([f"合计：{c['copyrights']}项", "", "", "", ""])
    R.save_xlsx([("专利清单", pat), ("软件著作权清单", sw)], root / E_IP, "知识产权清单", widths={"B": 48, "C": 24, "E": 34})
    fact(p, "平台核心软硬件技术获得的专利数量（项）", str(c["patents"]), "项", c["patents"], E_IP, 1, f"合计：{c['patents']}项", "合计")
    fact(p, "平台核心软硬件技术获得的软著数量（个）", str(c["copyrights"]), "项", c["copyrights"], E_IP, 2, f"合计：{c['copyrights']}项", "合计")


def write_shot(p: Pkg, root: Path) -> None:
    c, V = p.cfg, p.V
    tiles = [("接入设备总数（台/套）", th(V["连接的工业设备/产品/产线种类及数量（台/套）"])),
             ("注册企业（家）", th(V["注册企业用户数（个）"])),
             ("实际服务企业（家）", th(V["实际服务企业数（个）"])),
             ("工业APP（个）", th(V["工业APP数量（个）"])),
             ("机理模型（个）", th(V["工业机理模型数量（个）"])),
             ("开发者（个）", th(V["开发者注册总数（个）"]))]
    R.dashboard(root / E_SHOT, f"{c['declared_name']} · 运行监测大屏",
                tiles, f"付费企业 {th(V['付费企业数（个）'])} 家　微服务 {th(V['微服务数量（个）'])} 个　数据截至 2024-06-30")
    labels = ["连接的工业设备/产品/产线种类及数量（台/套）", "注册企业用户数（个）", "实际服务企业数（个）", "工业APP数量（个）",
              "工业机理模型数量（个）", "开发者注册总数（个）"]
    for (cap, val), label in zip(tiles, labels):
        unit = "家" if "家" in cap else ("台/套" if "台/套" in cap else "个")
        fact(p, label, val, unit, V[label], E_SHOT, 1, val, cap, image_only=True)
    fact(p, "付费企业数（个）", th(V["付费企业数（个）"]), "家", V["付费企业数（个）"], E_SHOT, 1,
         f"付费企业 {th(V['付费企业数（个）'])} 家", "付费企业", image_only=True)
    fact(p, "微服务数量（个）", th(V["微服务数量（个）"]), "个", V["微服务数量（个）"], E_SHOT, 1,
         f"微服务 {th(V['微服务数量（个）'])} 个", "微服务", image_only=True)


def write_other(p: Pkg, root: Path) -> None:
    c, V, g = p.cfg, p.V, p.gen
    awards = [["序号", "奖项/荣誉名称", "获奖时间", "颁发单位"]]
    names = ["上海市工业互联网创新发展应用示范", "工业和信息化部工业互联网试点示范项目", "上海市科技进步奖三等奖",
             "上海市优秀工业软件产品", "上海市数字化转型标杆案例"]
    issuers = ["上海市经济和信息化委员会", "工业和信息化部", "上海市人民政府", "上海市经济和信息化委员会", "上海市经济和信息化委员会"]
    for i in range(c["awards"]):
        awards.append([str(i + 1), names[i], f"202{1 + i % 3}年{3 + i}月", issuers[i]])
    awards.append(["", f"合计：{c['awards']}项", "", ""])
    team = V["平台团队总人数（人）"], V["运维人数（人）"], V["运营人数（人）"], V["有相关技术职称/从业资格的人数（人）"]
    cap, data, pub, util = g["storage"]
    blocks = [
        ("title", "安全制度、荣誉及其他证明材料"), ("h", "一、平台安全管理制度清单"),
        ("table", [["制度名称", "文件编号", "制订时间"], ["平台网络安全管理办法", "AQ-2021-01", "2021年3月"],
                   ["平台数据安全管理规定", "AQ-2022-03", "2022年6月"], ["平台应急响应预案", "AQ-2023-02", "2023年4月"]], [80, 40, 40]),
        ("p", "第三方安全测评：每年一次，最近一次为2024年4月（渗透测试及网络安全等级保护测评）；安全扫描：每月一次。"),
        ("break",), ("h", "二、省部级及以上奖项/荣誉清单"), ("table", awards, [14, 80, 30, 50]),
        ("h", "三、碳管理服务与标识解析说明"),
        ("p", "平台提供碳计算/核算、碳排放监测、碳效评价三类服务。" + ("平台已接入国家工业互联网标识解析二级节点。" if c["identifier"] else "")),
        ("p", "融资情况：" + ("公司于2022年完成B轮融资。" if c["vcpe"] else "不涉及。")),
        ("break",), ("h", "四、平台团队与规划"),
        ("table", [["项目", "人数（人）"], ["平台团队总人数", str(team[0])], ["其中：运维人数", str(team[1])],
                   ["运营人数", str(team[2])], ["有相关技术职称/从业资格的人数", str(team[3])]], [90, 40]),
        ("p", f"规划文件：{p.T['战略规划']}；{p.T['专项规划']}。"),
        ("break",), ("h", "五、云资源、存储、边缘节点、协议适配与国产化情况"),
        ("p", f"工业协议兼容适配数量：{V['工业协议兼容适配数量（个）']}个；数据分析性能测试：每TB运行数据聚合分析约4秒（秒级）。"),
        ("table", [["项目", "数值"], ["平台实际用云量（台）", f2(g["cloud"][0])], ["公有云服务器（台）", str(g["cloud"][1])],
                   ["存储容量（TB）", f2(cap)], ["存储工业数据量（TB）", f2(data)], ["公有云数据总量（TB）", f2(pub)],
                   ["平台国产化率（%）", f2(c["localization"])]], [90, 50]),
    ]
    R.pdf(root / E_OTHER, blocks, "其他证明材料")
    f = E_OTHER
    fact(p, "平台获得省部级及以上奖项/荣誉数量（个）", str(c["awards"]), "项", c["awards"], f, 2, f"合计：{c['awards']}项", "合计")
    fact(p, "平台团队总人数（人）", str(team[0]), "人", team[0], f, 3, str(team[0]), "平台团队总人数", "人数（人）")
    fact(p, "运维人数（人）", str(team[1]), "人", team[1], f, 3, str(team[1]), "其中：运维人数", "人数（人）")
    fact(p, "运营人数（人）", str(team[2]), "人", team[2], f, 3, str(team[2]), "运营人数", "人数（人）")
    fact(p, "平台实际用云量（台）", f2(g["cloud"][0]), "台", g["cloud"][0], f, 4, f2(g["cloud"][0]), "平台实际用云量（台）", "数值")
    fact(p, "存储容量（TB）", f2(cap), "TB", cap, f, 4, f2(cap), "存储容量（TB）", "数值")
    fact(p, "存储工业数据量（TB）", f2(data), "TB", data, f, 4, f2(data), "存储工业数据量（TB）", "数值")
    fact(p, "存储资源利用率（%）", f2(data), "TB", data, f, 4, f2(data), "存储工业数据量（TB）", "数值", "存储工业数据量（TB）")
    fact(p, "存储资源利用率（%）", f2(cap), "TB", cap, f, 4, f2(cap), "存储容量（TB）", "数值", "存储容量（TB）")
    fact(p, "公有云数据总量（TB）", f2(pub), "TB", pub, f, 4, f2(pub), "公有云数据总量（TB）", "数值")
    fact(p, "平台国产化率（%）", f2(c["localization"]), "%", c["localization"], f, 4, f2(c["localization"]), "平台国产化率（%）", "数值")


# ------------------------------------------------------------------ package
FILE_ROLES = {
    F_CONTACT: "联系人表", F_FORM: "申报表", F_SCAN: "申报表扫描件", F_BOOK: "申报书", F_SUMMARY: "汇总表", F_PLEDGE: "承诺",
    E_AUDIT: "evidence:audit_report", E_DEV: "evidence:device_list", E_IP: "evidence:patent_list",
    E_SHOT: "evidence:screenshot", E_OTHER: "evidence:other",
}

LAYOUTS = {
    "h66_711_marine_clean": ["clean", "edge:text-exact-length(定位50/介绍500/跨平台200/新技术300)", "private_format(设备/模型/微服务)",
                             "2.2.1 私有化说明", "zero:海外0/特色指数0", "no-answers:VC/PE否,标识解析否",
                             "bound:国产化率100.00", "breakdown-zero:新模式0", "section7:present(2023参评是)", "填表日=截止日2024-07-22"],
    "h66_sijian_bim_problems": ["2023参评是 without 七", "unit:亿元", "text over limit"],
    "h66_hongzhiwei_materials_problems": ["2023参评否 with voluntary 七 (legal)", "region breakdown without overseas", "percent>100"],
    "h66_tansuo_carbon_problems": ["合作共建 without partner", "growth rate", "text over limit", "answer outside options"],
}


def build_package(cfg: dict, out: Path) -> dict:
    p = build_values(cfg)
    p.gen = generate(cfg)
    p.rd_rate = p.V["平台相关研发投入强度（%）"]
    p.cfg_paid_ratio = p.V["付费用户占比（%）"]
    rev = p.A["revs"][2023]
    p.co = dict(revenue=round(rev * 9.6, 2), growth=7.84, assets=round(rev * 21.3, 2), debt=46.20, profit=round(rev * 0.93, 2),
                tax=round(rev * 0.41, 2))
    plant(p)
    root = out / "packages" / p.pid
    scratch = out / "scratch"
    scratch.mkdir(parents=True, exist_ok=True)
    write_contact(p, root)
    table = write_form(p, root)
    write_form_scan(p, root, table, scratch)
    write_book(p, root)
    write_summary(p, root)
    write_pledge(p, root, scratch)
    write_audit(p, root)
    write_devices(p, root)
    write_ip(p, root)
    write_shot(p, root)
    write_other(p, root)
    c = p.cfg
    truth = dict(
        schema_version=1, package_id=p.pid,
        description=c["pid"] + "：" + ("填报指引边缘上的合法答案（干净包）" if c["pid"].endswith("clean") else "填报指引边缘之外的违规答案"),
        path=f"eval_sets/blind/h66/packages/{p.pid}", delivery="folder",
        platform=dict(list_no=c["list_no"], listed_name=c["listed_name"], company=c["company"],
                      declared_name=c["declared_name"], participated_2023=c["p2023"]),
        layout=LAYOUTS[p.pid], files=dict(sorted(FILE_ROLES.items())), secrets=[c["secret"]],
        summary_rows=[dict(label=lab, value=p.S[lab], normalized=p.V[lab]) for lab in LABELS],
        evidence_facts=p.facts, problems=p.problems,
    )
    model = PackageTruth.model_validate(truth)
    tdir = out / "truth"
    tdir.mkdir(parents=True, exist_ok=True)
    (tdir / f"{p.pid}.json").write_text(dump_truth(model), encoding="utf-8")
    audit(p)
    return truth


def audit(p: Pkg) -> None:
    """Consistency of every package; for problem packages only the planted rules may fail."""
    V, c, pid = p.V, p.cfg, p.pid
    planted = {pr["family"] + ":" + pr["fields"][0] for pr in p.problems}
    chk = []
    chk.append(("identity:平台团队总人数（人）", V["运维人数（人）"] + V["运营人数（人）"] == V["平台团队总人数（人）"]))
    chk.append(("formula:平台相关研发投入强度（%）", abs(V["平台相关研发投入（万元）"] / V["平台相关营业收入（万元）"] * 100 - V["平台相关研发投入强度（%）"]) < 0.006))
    chk.append(("formula:平台利润率（%）", abs(p.A["profit"] / p.A["revs"][2023] * 100 - V["平台利润率（%）"]) < 0.006))
    chk.append(("formula:投资回报率（%）", abs(p.A["profit"] / c["build_amount"] * 100 - V["投资回报率（%）"]) < 0.006))
    chk.append(("formula:存储资源利用率（%）", abs(V["存储工业数据量（TB）"] / V["存储容量（TB）"] * 100 - V["存储资源利用率（%）"]) < 0.006))
    chk.append(("formula:付费用户占比（%）", 0 <= V["付费用户占比（%）"] <= 100 and abs(V["付费企业数（个）"] / V["注册企业用户数（个）"] * 100 - V["付费用户占比（%）"]) < 0.006))
    n = V["平台近三年经营指标情况"]
    revs = p.A["revs"]
    chk.append(("growth_rate:平台近三年经营指标情况", all(abs((revs[y] / revs[y - 1] - 1) * 100 - n[f"{y}年增长率（%）"]) < 0.006 for y in (2021, 2022, 2023))))
    T = V["连接的工业设备/产品/产线种类及数量（台/套）"]
    chk.append(("breakdown_sum:按二级分类统计工业设备数量（台/套）", sum(V["按二级分类统计工业设备数量（台/套）"].values()) == T))
    chk.append(("breakdown_sum:按省市区域统计工业设备数量（台/套）", sum(V["按省市区域统计工业设备数量（台/套）"].values()) == T))
    for a, b in (("按二级分类统计公有云工业设备数量（台/套）", "公有云工业设备连接数量（台/套）"),
                 ("按省市区域统计公有云工业设备数量（台/套）", "公有云工业设备连接数量（台/套）"),
                 ("按二级分类统计公有云工业设备平均日运行数量（台/套）", "公有云工业设备平均日运行数量（台/套）"),
                 ("按省市区域统计公有云工业设备平均日运行数量（台/套）", "公有云工业设备平均日运行数量（台/套）"),
                 ("按分类统计工业APP数量（个）", "工业APP数量（个）"), ("按行业统计工业APP数量（个）", "工业APP数量（个）"),
                 ("按分类统计公有云工业APP平均日活跃数量（个）", "公有云工业APP平均日活跃数量（个）"),
                 ("按行业统计公有云工业APP平均日活跃数量（个）", "公有云工业APP平均日活跃数量（个）"),
                 ("按分类统计工业模型数量（个）", "工业机理模型数量（个）"),
                 ("按行业统计服务企业数（个）", "实际服务企业数（个）"), ("按省市区域统计服务企业数（个）", "实际服务企业数（个）"),
                 ("按新模式统计解决方案数量（个）", "平台提供的解决方案总数（个）")):
        chk.append((f"breakdown_sum:{a}", sum(V[a].values()) == V[b]))
    if V["按海外国家分类统计海外设备连接数量（台/套）"]:
        chk.append(("breakdown_sum:海外", sum(V["按海外国家分类统计海外设备连接数量（台/套）"].values()) == V["海外设备连接数量（台/套）"]))
    else:
        chk.append(("breakdown_sum:海外", V["海外设备连接数量（台/套）"] == 0))
    for a, b in (("公有云工业设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
                 ("公有云工业设备平均日运行数量（台/套）", "公有云工业设备连接数量（台/套）"),
                 ("海外设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
                 ("工业APP数量（个）", "工业软件总量（个）"), ("基于平台开发的工业APP数量（个）", "工业APP数量（个）"),
                 ("公有云工业APP数量（个）", "工业APP数量（个）"), ("活跃机理模型数量（一周调用5次以上）（个）", "工业机理模型数量（个）"),
                 ("活跃微服务数量（一周调用5次以上）（个）", "微服务数量（个）"), ("活跃开发者数（个）", "开发者注册总数（个）"),
                 ("实际服务企业数（个）", "注册企业用户数（个）"), ("付费企业数（个）", "实际服务企业数（个）"),
                 ("服务本市企业数量（个）", "实际服务企业数（个）"), ("服务中小企业数量（个）", "实际服务企业数（个）"),
                 ("杀手锏工业APP订阅数量（个）", "工业APP订阅总数量（个）"), ("平台公有云实际使用数量（台）", "平台实际用云量（台）"),
                 ("公有云数据总量（TB）", "存储工业数据量（TB）"), ("存储工业数据量（TB）", "存储容量（TB）")):
        chk.append((f"subset:{a}", V[a] <= V[b]))
    chk.append(("identity:服务本市", V["服务本市企业数量（个）"] == V["按省市区域统计服务企业数（个）"]["上海"]))
    chk.append(("identity:基于平台+云化", V["基于平台开发的工业APP数量（个）"] + V["云化工业软件数量（个）"] == V["工业APP数量（个）"]))
    chk.append(("section7:七、平台相较上年度对比情况", (not c["p2023"]) or c["chapter7"]))
    chk.append(("char_limit:平台基本情况介绍", count(p.T["介绍"]) <= 500))
    chk.append(("char_limit:跨平台调用功能建设情况", count(p.T["跨平台"]) <= 200))
    chk.append(("char_limit:定位", count(p.T["定位"]) <= 50))
    chk.append(("char_limit:新技术", count(p.T["新技术"]) <= 300))
    chk.append(("answer_format:是否提供通用建模分析算法", p.T["通用算法"] in ("是", "否")))
    chk.append(("answer_format:平台相关研发投入（万元）", not hasattr(p, "rd_yi")))
    chk.append(("conditional:平台建设方式", not getattr(p, "coop_blank", False)))
    chk.append(("missing_proof:平台是否具备碳管理服务能力", bool(p.proof["平台是否具备碳管理服务能力"])))
    failed = {name for name, ok in chk if not ok}
    # a breakdown that omits the overseas categories and the 利润率 formula are planted under these names
    expected = set()
    for pr in p.problems:
        expected.add(pr["family"] + ":" + pr["fields"][0])
    assert failed == expected, (pid, sorted(failed), sorted(expected))
    if pid.endswith("clean"):
        assert not failed and not p.problems
        assert count(p.T["定位"]) == 50 and count(p.T["介绍"]) == 500 and count(p.T["跨平台"]) == 200 and count(p.T["新技术"]) == 300
        assert V["平台国产化率（%）"] == 100.0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=HERE)
    args = ap.parse_args()
    import shutil
    for sub in ("packages", "truth", "scratch"):
        if (args.out / sub).exists():
            shutil.rmtree(args.out / sub)
    for cfg in PACKAGES:
        t = build_package(cfg, args.out)
        print(t["package_id"], len(t["evidence_facts"]), "facts", len(t["problems"]), "problems")
    shutil.rmtree(args.out / "scratch")


if __name__ == "__main__":
    main()
