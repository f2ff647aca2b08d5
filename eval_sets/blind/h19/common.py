"""Shared package pieces: consistent value synthesis, stock texts, audit reports, lists, truth writing."""
from __future__ import annotations

import json
from pathlib import Path

from h19lib import (Paragraph, Spacer, build_pdf, fint, fmt, mm, split, styles, table)
from forms import A4_LABELS, DETAIL, Pkg, a4_of, orders, revenue3

ROOT = Path(__file__).resolve().parent


class Truth:
    def __init__(self, pid: str, pdir: Path):
        self.pid = pid
        self.pdir = pdir
        self.files: dict[str, str] = {}
        self.facts: list[dict] = []
        self.problems: list[dict] = []

    def file(self, rel: str, role: str) -> Path:
        self.files[rel] = role
        return self.pdir / rel

    def fact(self, label, value, unit, normalized, file, page, quote=None, row_label="", column_label="",
             component="", image_only=False):
        assert file in self.files, file
        self.facts.append(dict(label=label, value=value, unit=unit, normalized=normalized, file=file, page=page,
                               quote=quote if quote is not None else value, row_label=row_label,
                               column_label=column_label, component=component, image_only=image_only))

    def problem(self, family, fields, files, severity, description):
        n = len(self.problems) + 1
        self.problems.append(dict(id=f"{self.pid}-{n:02d}-{family}", family=family, fields=fields, files=files,
                                  severity=severity, description=description))

    def write(self, pkg: Pkg, platform: dict, description: str, layout: list[str], secrets: list[str]):
        for pr in self.problems:
            for f in pr["files"]:
                assert f in self.files or pr["family"] == "missing_file", f
        data = dict(schema_version=1, package_id=self.pid, description=description, path=f"packages/{self.pid}",
                    delivery="folder", platform=platform, layout=layout, files=dict(sorted(self.files.items())),
                    secrets=secrets, summary_rows=pkg.summary_rows(), evidence_facts=self.facts,
                    problems=self.problems)
        out = ROOT / "truth" / f"{self.pid}.json"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


# ----------------------------------------------------------------------------- value synthesis
def std_values(c: dict) -> dict:
    """Consistent 附件4 values from primary numbers in c."""
    v: dict = {}
    dev_cat, reg = c["dev_cat"], c["dev_reg"]  # {cat: weight}, {region: weight} (overseas keys included)
    overseas = c.get("overseas", {})           # {country: count}
    n_dev, n_pub, n_run = c["devices"], c["pub_devices"], c["run_devices"]

    def bd(total, weights, fixed=None):
        fixed = fixed or {}
        rest = total - sum(fixed.values())
        keys = [k for k in weights if k not in fixed]
        parts = split(rest, [weights[k] for k in keys])
        out = dict(zip(keys, parts))
        out.update(fixed)
        return {k: out[k] for k in list(weights) + [k for k in fixed if k not in weights]}

    ov_pub = {k: int(x * n_pub / n_dev) for k, x in overseas.items()}
    ov_run = {k: int(x * n_run / n_dev) for k, x in overseas.items()}
    v.update({
        "连接的工业设备/产品/产线种类及数量（台/套）": n_dev,
        "按二级分类统计工业设备数量（台/套）": bd(n_dev, dev_cat),
        "按省市区域统计工业设备数量（台/套）": bd(n_dev, reg, overseas),
        "公有云工业设备连接数量（台/套）": n_pub,
        "按二级分类统计公有云工业设备数量（台/套）": bd(n_pub, dev_cat),
        "按省市区域统计公有云工业设备数量（台/套）": bd(n_pub, reg, ov_pub),
        "公有云工业设备平均日运行数量（台/套）": n_run,
        "按二级分类统计公有云工业设备平均日运行数量（台/套）": bd(n_run, dev_cat),
        "按省市区域统计公有云工业设备平均日运行数量（台/套）": bd(n_run, reg, ov_run),
        "海外设备连接数量（台/套）": sum(overseas.values()),
        "按海外国家分类统计海外设备连接数量（台/套）": dict(overseas) if overseas else None,
    })
    apps, pub_apps, pub_active = c["apps"], c["pub_apps"], c["pub_app_active"]
    v.update({
        "工业APP数量（个）": apps,
        "按分类统计工业APP数量（个）": bd(apps, c["app_cat"]),
        "按行业统计工业APP数量（个）": bd(apps, c["app_ind"]),
        "公有云工业APP数量（个）": pub_apps,
        "公有云工业APP平均日活跃数量（个）": pub_active,
        "按分类统计公有云工业APP平均日活跃数量（个）": bd(pub_active, c["app_cat"]),
        "按行业统计公有云工业APP平均日活跃数量（个）": bd(pub_active, c["app_ind"]),
    })
    models = c["models"]
    v["工业机理模型数量（个）"] = models
    v["按分类统计工业模型数量（个）"] = bd(models, {"数据算法模型": 3, "研发仿真模型": 2, "行业机理模型": 4, "业务流程模型": 2})
    served = c["served"]
    v["实际服务企业数（个）"] = served
    v["按行业统计服务企业数（个）"] = bd(served, c["srv_ind"])
    v["按省市区域统计服务企业数（个）"] = bd(served, c["srv_reg"], {"上海": c["served_sh"]})
    v["服务本市企业数量（个）"] = c["served_sh"]
    sol = c["solutions"]
    v["平台提供的解决方案总数（个）"] = sol
    v["按新模式统计解决方案数量（个）"] = bd(sol, {"数字化管理": 3, "平台化设计": 1, "网络化协同": 3, "智能化制造": 2, "个性化定制": 1, "服务化延伸": 2})
    rev = c["rev"]
    v["平台相关营业收入（万元）"] = rev
    v["平台相关研发投入（万元）"] = c["rd"]
    v["平台相关研发投入强度（%）"] = round(c["rd"] / rev * 100, 2)
    v["平台利润率（%）"] = round(c["profit"] / rev * 100, 2)
    v["投资回报率（%）"] = round(c["profit"] / c["invest"] * 100, 2)
    v["存储资源利用率（%）"] = round(c["data_tb"] / c["storage_tb"] * 100, 2)
    v["存储容量（TB）"] = c["storage_tb"]
    v["存储工业数据量（TB）"] = c["data_tb"]
    y = c["rev3"]  # {2021: r, 2022: r, 2023: r}, plus 2020 for the first growth
    g = {yr: round((y[yr] / y[yr - 1] - 1) * 100, 2) for yr in (2021, 2022, 2023)}
    v["平台近三年经营指标情况"] = revenue3({yr: (y[yr], g[yr]) for yr in (2021, 2022, 2023)})
    return v


def base_texts(name: str, industry: str, extra: dict | None = None) -> dict:
    t = {
        "平台定位是否明确": f"面向{industry}的行业级工业互联网平台，提供交易、供应链协同与数据服务。",
        "是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势":
            "1.工业和信息化部《工业互联网创新发展行动计划（2021-2023年）》：平台体系建设方向；\n"
            "2.上海市经济信息化委《上海市制造业数字化转型实施方案》：行业平台赋能方向；\n"
            f"3.{industry}：行业集中度提升、线上化率加速，供应链协同需求旺盛。",
        "平台是否被纳入企业战略规划中": "是，《公司“十四五”发展规划（2021-2025）》",
        "是否制定了平台专项规划": f"是，《{name}三年发展专项规划（2023-2025）》",
        "其他资源汇聚情况": "汇聚供应商、仓储、运输、加工等服务资源，入驻服务商1,260家，合作仓库312座，加工中心86家。",
        "边缘数据处理能力": "支持数据采集、数据存储、网络传输、智能分析等功能；边缘计算应用节点数186个；最低响应时延20毫秒。",
        "其他数据采集能力": "通过API、消息队列及ETL工具对接客户ERP/MES/WMS等系统，支持主流数据库与文件格式的批量及实时采集。",
        "是否支持可拓展云计算能力": "是",
        "云化服务器算力": "容器集群共计8,400核vCPU、32TB内存，GPU卡32张，支持弹性扩缩容。",
        "数据基础管理能力": "建立数据标准管理、数据质量管理、元数据管理和数据安全分级分类制度，主数据覆盖物料、客户、供应商三大域。",
        "是否提供通用建模分析算法": "是",
        "智能分析算法类型": "基础算法（排序、查找、统计）、聚类算法、分类算法、预测与估算算法、关联分析算法、推荐算法。",
        "是否建立开发者社区及相关功能": "是",
        "平台支持开发语言类型": "共5种：Java、Python、Go、JavaScript、C#",
        "平台应用开发框架": "基于Spring Cloud与Kubernetes的微服务开发框架，提供统一认证、服务注册、配置中心与网关，支持低代码表单与流程编排。",
        "平台应用开发工具": "提供在线IDE、API网关调试工具、低代码页面设计器、数据开发工作台及CI/CD流水线。",
        "建立的安全制度保护了平台的哪些方面": "1.数据安全；2.传输安全；3.访问登录安全；4.代码安全；5.应用安全；6.网络安全。",
        "采用何种安全技术情况": "部署下一代防火墙、WAF、网络分区隔离、传输加密（TLS1.2+）、国密算法加密存储、多因素认证与堡垒机审计。",
        "核心数据安全保护手段": "核心数据每日增量备份、每周全量离线备份，数据库双机热备，同城双活并建有异地灾备中心。",
        "关键技术自主可控": "交易撮合引擎、供应链金融风控模型、数据中台均为自主研发，核心技术自主可控。",
        "解决方案累计对企业/用户新增效益": "三个案例平均带动客户营收增长8.6%，新增就业岗位约120个，订单履约时效提升21%。",
        "解决方案累计对企业/用户降低成本": "三个案例平均降低采购成本4.8%，降低库存资金占用18.5%，物流成本下降7.2%。",
        "平台数据价值挖掘应用能力": "沉淀交易、物流、库存数据，形成价格预测、信用评价、需求预测等模型，支撑客户采购决策与风险控制。",
        "工业互联网平台+供应链协同应用情况": "平台与上下游ERP系统对接，实现订单、合同、发货、结算全流程线上协同，供应商管理覆盖准入、评价与退出。",
        "平台有否与新技术的融合应用": "有。融合人工智能（价格预测与智能客服）、区块链（电子仓单存证）、5G与边缘计算（仓库无人化作业）。",
        "平台牵头/参与标准制定情况（国家标准、行业标准）": "参与制定国家标准2项、行业标准3项。",
        "平台对关键行业/领域、本市及其他重点区域等贡献及支撑": f"服务{industry}重点企业，支撑本市产业链供应链稳定，带动长三角区域协同。",
        "是否建立供应链产业链开放共享机制": "是，建立数据与应用开放共享机制，通过开放平台向合作伙伴开放API与数据服务，签订数据共享协议并按分级授权使用。",
        "跨平台调用功能建设情况": "与物流平台、金融服务平台、政府公共服务平台实现接口互通，支持单点登录与数据交换。",
        "新产业、新模式培育情况": "培育供应链金融、数字仓单、集采共享等新模式。",
    }
    t.update(extra or {})
    return t


def proofs_default(prefix: str) -> dict:
    return {}


# ----------------------------------------------------------------------------- audit report
def audit_report(path: Path, company: str, firm: str, report_no: str, bs: list, pl: list, extra_pages: list,
                 col_mode: str = "合并母公司", font="STSong-Light") -> int:
    """Writes an audit report PDF: cover, opinion, balance sheet, income statement, then extra_pages.
    bs / pl rows: (label, 合并本期, 母公司本期, 合并上期, 母公司上期) in 元. Returns first extra page number (1-based)."""
    st = styles(font, 10.5)
    cover = [Spacer(1, 50 * mm), Paragraph(company, st["title"]), Spacer(1, 6 * mm),
             Paragraph("2023年度财务报表及审计报告", st["title"]), Spacer(1, 60 * mm), Paragraph(firm, st["c"]),
             Paragraph(report_no, st["c"])]
    opinion = [Paragraph("审 计 报 告", st["title"]), Paragraph(report_no, st["c"]), Paragraph(f"{company}全体股东：", st["pn"]),
               Paragraph("一、审计意见", st["h"]),
               Paragraph(f"我们审计了{company}（以下简称“贵公司”）财务报表，包括2023年12月31日的合并及母公司资产负债表，"
                         "2023年度的合并及母公司利润表、合并及母公司现金流量表、合并及母公司股东权益变动表以及相关财务报表附注。", st["p"]),
               Paragraph("我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司2023年12月31日的合并及母公司"
                         "财务状况以及2023年度的合并及母公司经营成果和现金流量。", st["p"]),
               Paragraph("二、形成审计意见的基础", st["h"]),
               Paragraph("我们按照中国注册会计师审计准则的规定执行了审计工作。我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。", st["p"]),
               Spacer(1, 20 * mm), Paragraph(f"{firm}        中国注册会计师：（签名并盖章）", st["pn"]),
               Paragraph("中国·上海        二〇二四年四月十八日", st["pn"])]

    def stmt(title, rows, d1, d2):
        head = [["项目", f"{d1}\n合并", f"{d1}\n母公司", f"{d2}\n合并", f"{d2}\n母公司"]]
        body = [[r[0]] + [fmt(x) if isinstance(x, (int, float)) else (x or "") for x in r[1:]] for r in rows]
        return [Paragraph(title, st["title"]), Paragraph(f"编制单位：{company}　　　　　　　　单位：元", st["small"]),
                table(head + body, [46 * mm, 31 * mm, 31 * mm, 31 * mm, 31 * mm], font, size=7.5)]
    pages = [cover, opinion, stmt("合并及母公司资产负债表（简表）", bs, "2023年12月31日", "2022年12月31日"),
             stmt("合并及母公司利润表", pl, "本期金额", "上期金额")]
    pages += extra_pages
    build_pdf(path, pages, font=font, header=f"{company} 2023年度审计报告", footer="")
    return 5


def ip_list_pdf(path: Path, company: str, patents: list, softs: list, pending: list | None = None, font="WQY",
                per_page=22) -> dict:
    """patent/soft rows: (name, number, date). Returns {'patent_page','soft_page','pending_page'}."""
    st = styles(font, 10)
    pages, where = [], {}
    def chunks(title, rows, kind, cols):
        for i in range(0, max(1, len(rows)), per_page):
            part = rows[i:i + per_page]
            pg = []
            if i == 0:
                pg.append(Paragraph(title, st["h"]))
                where[kind] = len(pages) + 1
            body = [[str(i + k + 1)] + list(r) + [company] for k, r in enumerate(part)]
            pg.append(table([cols] + body, [10 * mm, 70 * mm, 38 * mm, 22 * mm, 30 * mm], font, size=7.5))
            pages.append(pg)
    chunks(f"表1 已授权发明及实用新型专利清单（共{len(patents)}项）", patents, "patent", ["序号", "专利名称", "专利号", "授权日", "专利权人"])
    if pending:
        chunks(f"附：已受理尚未授权的发明专利申请（共{len(pending)}项）", pending, "pending", ["序号", "申请名称", "申请号", "申请日", "申请人"])
    chunks(f"表2 计算机软件著作权登记清单（共{len(softs)}项）", softs, "soft", ["序号", "软件名称", "登记号", "登记日", "著作权人"])
    build_pdf(path, pages, font=font, header=f"{company}  平台核心技术知识产权清单")
    return where


def mk_patents(seed: int, n: int, kw: list[str], prefix="ZL2", start_year=2018):
    import random
    rng = random.Random(seed)
    out = []
    for i in range(n):
        yr = start_year + (i * 6) // max(n, 1)
        name = f"一种基于{rng.choice(kw)}的{rng.choice(['数据处理方法','调度系统','识别装置','协同方法','风险评估方法','匹配方法'])}"
        num = f"{prefix}0{yr % 100:02d}1{rng.randint(1000000, 9999999)}.{rng.randint(0, 9)}"
        out.append((name, num, f"{yr + 1}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"))
    return out


def mk_softs(seed: int, n: int, prod: str):
    import random
    rng = random.Random(seed)
    mods = ["订单管理", "库存管理", "数据中台", "设备监控", "价格指数", "结算中心", "质量追溯", "供应商协同", "移动端", "开放网关",
            "风控引擎", "物流跟踪", "合同管理", "报表分析", "权限中心", "消息服务"]
    out = []
    for i in range(n):
        yr = 2017 + (i * 7) // max(n, 1)
        out.append((f"{prod}{mods[i % len(mods)]}系统V{1 + i // len(mods)}.{rng.randint(0, 9)}",
                    f"{yr}SR{rng.randint(100000, 999999):07d}", f"{yr}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"))
    return out
