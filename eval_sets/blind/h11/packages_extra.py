"""Per-package documents plan, company data, 申报书 text, proof column and planted problems."""
from __future__ import annotations

import lib
import render_evidence as ev
from lib import fmt


def _proof_maker(att):
    """att: list of (code, name, rel, [labels]) -> function building the proof column from facts' pages."""
    def make(S, facts):
        out = {"*": "见申报书“二、平台建设及运营情况”相关说明"}
        for code, name, rel, labels in att:
            for lab in labels:
                pages = sorted({f["page"] for f in facts if f["file"] == rel and f["label"] == lab})
                pg = f"第{pages[0]}页" if pages else ""
                txt = f"{code}《{name}》{pg}"
                out[lab] = out[lab] + "；" + txt if lab in out else txt
        return out
    return make


def _bench(S, peer):
    return [["1.2.1 创新投入情况", f"研发投入{S['rd']:.2f}万元，强度{S['rd_rate']:.2f}%", f"{peer}：研发投入数量级千万元，强度约12%"],
            ["2.1.1 工业设备连接/汇聚能力", f"连接设备{fmt(S['dev_total'])}台（套），协议{S['protocols']}个", f"{peer}：连接设备约1.5万台（套）"],
            ["2.1.2 工业软件/APP", f"工业APP {S['apps']}个，月活{S['app_mau']}个", f"{peer}：工业APP约150个"],
            ["2.2.2 数据处理", f"存储容量{S['storage']:.2f}TB，利用率{S['storage_util']:.2f}%", f"{peer}：存储容量约1,000TB"],
            ["2.2.3 数据建模和分析", f"机理模型{S['models']}个", f"{peer}：机理模型约200个"],
            ["2.3.1 平台微服务情况", f"微服务{S['ms']}个，活跃{S['ms_active']}个", f"{peer}：微服务约600个"],
            ["3.1.1 平台应用规模", f"注册企业{fmt(S['reg'])}家，服务企业{fmt(S['served'])}家", f"{peer}：服务企业约1,000家"]]


def _cases(S, names, company_intros):
    out = []
    for c, title, intro in zip(S["cases"], names, company_intros):
        out.append(dict(title=f"{S['short']}平台——{title}", company=intro,
                        platform=f"{S['declared_name']}为该企业提供设备接入、状态监测、智能诊断与运维协同服务，部署边缘节点并对接企业既有业务系统。",
                        content=f"项目实施后，该企业设备运维成本下降{c['opex']:.1f}%，单位能耗下降{c['energy']:.1f}%，"
                                f"安全生产持续时间提升{c['safety']:.1f}%，非计划停机次数明显减少。"))
    return out


# ================================================================== 1. 711 clean
def _e711(S):
    S["co"] = dict(uscc="12100000425009417X", founded="1963年6月1日", reg_addr="上海市闵行区华宁路3111号（闵行区）", type="事业单位",
                   capital="开办资金 48,600万元", business="船舶动力装置、能源装备、环保装备研发设计与制造及技术服务", legal="刘宏伟",
                   fax="021-64891120", equity="中国船舶集团有限公司举办的事业单位",
                   holders=[("中国船舶集团有限公司", "48,600万元", "100%")],
                   assets="684,120.56", main_rev="284,610.53", main_growth="12.97", debt="52.69", profit="19,645.09", tax="11,826.40")
    S["ip_object"] = "船舶动力设备"
    S["description"] = ("序号8七一一所船舶动力运维平台（更名，写明原名称+现名称），干净包：审计报告全所口径（元）+平台专项说明（元，折合万元四舍五入）、"
                        "专利与软著两张清单同一PDF跨页重复表头、设备统计表三张分布表（含境内/海外小计与大连、青岛、香港）、申报书局部数字"
                        "（其中长三角1,016家、核心工业软件国产化率95%、约2.6万台）、订单两种口径并列、私有化部署格式与2.2.1额外说明、"
                        "截图“2.6万”、横向XLSX汇总表、第七章。")
    S["layout"] = ["evidence_dir:01申报文件+02证明材料", "columns:levels+content+actual+proof", "name_change", "summary:xlsx-horizontal",
                   "commitment:scan", "stamped_scan", "audit_unit:元", "audit_columns:本期金额/上期金额", "platform_part:专项说明(元)",
                   "ip:two-lists-one-pdf-multipage", "device:three-tables+subtotals", "screenshots:pdf-image", "awards:xlsx",
                   "private_format", "orders:two-readings", "narrative:part-numbers", "rounding:约/万"]
    A, E = "01 申报文件/", "02 证明材料/"
    R = dict(audit=E + "3-1 2023年度审计报告（节选）及平台专项说明.pdf", ip=E + "3-2 平台知识产权清单（专利、软件著作权）.pdf",
             dev=E + "3-3 平台接入设备统计表.pdf", shot=E + "3-4 平台运行数据截图.pdf", award=E + "3-5 省部级及以上奖项荣誉清单.xlsx",
             sec=E + "3-6 网络安全等级保护测评报告（摘要）.pdf", sf=E + "3-7 服务上海市级智能工厂证明.pdf", orders=E + "3-8 平台订单月度统计.xlsx")
    ov = S["overseas"]
    S["plan"] = dict(
        forms=dict(form_docx=A + "附件2 申报表（海擎智维）.docx", layout="levels", form_scan=A + "附件2 申报表（盖章扫描件）.pdf",
                   book_docx=A + "附件3 申报书（海擎智维）.docx", summary=(A + "附件4 平台基本情况汇总表.xlsx", "xlsx_h"),
                   commit_scan=A + "附件5 真实性承诺（盖章）.pdf", contact=A + "附件1 联系人信息反馈表.docx"),
        evidence=[
            (R["audit"], "evidence:audit_report", lambda root, rel, tmp, sd: ev.audit_711(S, root, rel)),
            (R["ip"], "evidence:patent_list", lambda root, rel, tmp, sd: ev.ip_pdf(S, root, rel, S["patents"], S["softs"], sd)),
            (R["dev"], "evidence:device_list", lambda root, rel, tmp, sd: ev.device_pdf(S, root, rel)),
            (R["shot"], "evidence:screenshot", lambda root, rel, tmp, sd: ev.screenshots_pdf(S, root, rel, [
                ("海擎智维 · 运营驾驶舱", [("设备接入总数（台/套）", "2.6万", "连接的工业设备/产品/产线种类及数量（台/套）", "台/套", 26000),
                                      ("注册企业（家）", "2,436", "注册企业用户数（个）", "家", 2436),
                                      ("上架工业APP", "214", "工业APP数量（个）", "个", 214),
                                      ("机理模型", "318", "工业机理模型数量（个）", "个", 318),
                                      ("服务船舶（艘）", "3,412", "", "", None), ("今日告警", "127", "", "", None)], "dark"),
                ("海擎智维 · 开发者中心", [("注册开发者", "3,126", "开发者注册总数（个）", "个", 3126),
                                      ("月活跃开发者", "784", "活跃开发者数（个）", "个", 784),
                                      ("微服务", "864", "微服务数量（个）", "个", 864),
                                      ("本周调用≥5次的微服务", "517", "活跃微服务数量（一周调用5次以上）（个）", "个", 517)], "light")], sd)),
            (R["award"], "evidence:award_list", lambda root, rel, tmp, sd: ev.awards_xlsx(S, root, rel)),
            (R["sec"], "evidence:other", lambda root, rel, tmp, sd: ev.security_pdf(S, root, rel, "上海计算机软件技术开发中心")),
            (R["sf"], "evidence:other", lambda root, rel, tmp, sd: ev.letter_scan(S, root, rel, "服务证明", [
                "兹证明“海擎智维”船舶动力全生命周期运维平台为以下上海市级智能工厂提供服务：", ""]
                + [f"{i}. {n}（{a}）：{c}" for i, (n, a, c) in enumerate(S["smart_factories"], 1)]
                + ["", f"合计服务上海市级智能工厂{len(S['smart_factories'])}家。", "", "特此证明。", "",
                   "中国船舶重工集团公司第七一一研究所", "2024年7月8日"], S["company_form"], sd,
                [("平台是否服务上海智能工厂，数量", "4家", "家", 4, "4家", "合计服务上海市级智能工厂")])),
            (R["orders"], "evidence:other", lambda root, rel, tmp, sd: ev.orders_xlsx(S, root, rel)),
        ])
    att = [("附件3-1", "2023年度审计报告（节选）及平台专项说明", R["audit"], ["平台相关营业收入（万元）", "平台相关研发投入（万元）", "平台利润率（%）", "投资回报率（%）"]),
           ("附件3-2", "平台知识产权清单", R["ip"], ["平台核心软硬件技术获得的专利数量（项）", "平台核心软硬件技术获得的软著数量（个）"]),
           ("附件3-3", "平台接入设备统计表", R["dev"], ["连接的工业设备/产品/产线种类及数量（台/套）", "按二级分类统计工业设备数量（台/套）", "按省市区域统计工业设备数量（台/套）",
                                                  "公有云工业设备连接数量（台/套）", "公有云工业设备平均日运行数量（台/套）", "海外设备连接数量（台/套）", "按海外国家分类统计海外设备连接数量（台/套）"]),
           ("附件3-4", "平台运行数据截图", R["shot"], ["注册企业用户数（个）", "工业APP数量（个）", "工业机理模型数量（个）", "开发者注册总数（个）", "微服务数量（个）"]),
           ("附件3-5", "省部级及以上奖项荣誉清单", R["award"], ["平台获得省部级及以上奖项/荣誉数量（个）"]),
           ("附件3-6", "网络安全等级保护测评报告（摘要）", R["sec"], ["有否定期开展第三方安全测试/测评"]),
           ("附件3-7", "服务上海市级智能工厂证明", R["sf"], ["平台是否服务上海智能工厂，数量"]),
           ("附件3-8", "平台订单月度统计", R["orders"], ["平台订单数量(近一年总量)（个）"])]
    S["make_proof"] = _proof_maker(att)
    S["book"] = dict(
        unit=["中国船舶重工集团公司第七一一研究所（以下简称“七一一所”）始建于1963年，现隶属于中国船舶集团有限公司（原中国船舶重工集团有限公司），"
              "是我国船舶动力领域的骨干研究所，主营船舶动力装置、能源装备与环保装备的研发、制造及技术服务。",
              "全所2023年实现营业收入28.46亿元、研发投入3.19亿元，拥有职工约3,200人，其中研究员及高级工程师860余人。"
              "上述为全所口径数据，平台相关数据单列于本申报书及申报表。"],
        platform=[f"“海擎智维”船舶动力全生命周期运维平台（原名称：船舶动力系统设备全生命周期运行维护平台）于2017年3月启动建设，累计建设投入8,650.00万元，"
                  "采用自建、自运营方式，部署方式为边缘侧、私有云与混合云。平台面向船舶、电力、石化等行业提供设备接入、状态监测、故障诊断、能效优化和备件管理服务。",
                  f"平台已接入各类船舶动力设备约2.6万台（套），其中私有化部署8,216台（套）；工业协议兼容适配{S['protocols']}个；上线工业APP{S['apps']}个、"
                  f"工业机理模型{S['models']}个、微服务{S['ms']}个。平台核心工业软件国产化率95%，平台整体国产化率{S['local_rate']:.2f}%。",
                  f"平台注册企业{fmt(S['reg'])}家，累计服务企业{fmt(S['served'])}家，其中长三角地区企业1,016家、付费企业{S['paid']}家，"
                  f"服务船舶3,400余艘，业务覆盖新加坡、希腊、挪威等海外航运企业。2023年自然年平台订单8,642个，截至填表日前一年订单9,105个。",
                  "与同类平台相比，本平台在船舶动力设备机理模型数量、故障诊断准确率和船岸协同能力方面具有优势，详见表X。"],
        bench=_bench(S, "国内某船舶行业工业互联网平台"),
        innovation="技术创新点总结：一是船岸协同边缘计算架构，断网续传保证远洋数据完整；二是融合机理与数据驱动的小样本故障诊断，典型故障诊断准确率92%；"
                   "三是主机数字孪生与能效优化，单位能耗平均下降7.90%；四是底层操作系统、数据库及核心工业软件国产化，核心工业软件国产化率95%。",
        effects=["平台帮助船东降低运维成本、减少非计划停航，推动设备厂由产品制造向服务延伸，带动产业链上下游协同。"
                 "三个典型案例运维成本平均下降18.97%，能耗平均下降7.90%，安全生产持续时间平均提升26.77%。",
                 "应用创新点总结：形成按运行小时计费的远程运维服务模式，服务型收入占比达到46%，带动新增就业326人。"],
        plan=["下一步，平台将深化AI大模型在故障诊断中的应用，拓展氨、甲醇等新燃料动力装置监测能力，扩大海外航运企业服务规模。"],
        cases=_cases(S, ["远洋散货船队主机远程运维", "LNG运输船双燃料主机健康管理", "内河船舶动力系统能效优化"],
                     ["某远洋散货航运企业，运营散货船62艘，年运量约4,500万吨。", "某LNG船舶管理公司，管理LNG运输船18艘。", "某内河航运集团，运营内河船舶300余艘。"]),
        attachments=[[a[0], a[1], "见附件文件"] for a in att],
        section7=["与2023年7月相比，平台在功能模块、关键指标和应用服务方面均有提升：新增甲醇双燃料主机监测模块和备件寿命预测APP；"
                  "连接设备由21,306台（套）增至25,974台（套），工业APP由172个增至214个，机理模型由256个增至318个，实际服务企业由1,208家增至1,482家。"],
        section7_table=[["指标", "2023年7月", "截至填表日"], ["连接的工业设备（台/套）", "21,306", "25,974"], ["工业APP数量（个）", "172", "214"],
                        ["工业机理模型数量（个）", "256", "318"], ["实际服务企业数（个）", "1,208", "1,482"]],
    )
    # 汇总表: legitimate format differences only (orders keep the natural-year reading; numbers without thousand separators)
    S["summary_override"] = {"平台订单数量(近一年总量)（个）": "8642（2023年自然年）；9105（截至填表日前一年）"}
    S["truth_problems"] = []


# ================================================================== 2. 国网上海电力
def _esgcc(S):
    S["co"] = dict(uscc="913100001322006542", founded="1998年12月30日", reg_addr="上海市浦东新区源深路1122号（浦东新区）",
                   type="有限责任公司（非自然人投资或控股的法人独资）", capital="2,312,000万元", business="电力供应、电网建设与运营、电力设备运维及综合能源服务",
                   legal="阮前途", fax="021-28925000", equity="国家电网有限公司全资子公司",
                   holders=[("国家电网有限公司", "2,312,000万元", "100%")],
                   assets="18,264,512.36", main_rev="8,421,608.27", main_growth="6.84", debt="48.21", profit="462,318.55", tax="286,406.12")
    S["ip_object"] = "配用电设备"
    S["description"] = ("序号13国网上海电力平台，4个问题：按二级分类统计工业设备数量含附录A之外的“储能设备”、按省市区域统计工业设备数量之和67,640≠68,540"
                        "（上海填61,284，设备清单为62,184）、2023年增长率填23.53%（应为25.33%）、平台建设成效超500字。另含合法的陷阱：全私有云（公有云各项为0/无）、"
                        "专项审计报告只含平台利润表（元），公司整体842亿元只在附注中出现。")
    S["layout"] = ["naming:国网上海电力-NN-", "evidence_dir:flat", "columns:seq+l3+content+proof+actual", "book:pdf", "summary:xlsx",
                   "commitment:scan", "stamped_scan", "audit:platform-only", "audit_unit:元", "audit_columns:本期金额/上期金额",
                   "device_list:xlsx", "screenshots:png", "ip:xlsx", "awards:scan", "no_public_cloud", "no_overseas"]
    P = "国网上海电力-"
    R = dict(audit=P + "06-平台业务专项审计报告.pdf", dev=P + "07-平台接入设备清单.xlsx", shot1=P + "08-平台驾驶舱截图.png",
             shot2=P + "08-平台应用市场截图.png", ip=P + "09-知识产权清单.xlsx", award=P + "10-获奖荣誉证书.pdf",
             sec=P + "11-等级保护测评报告摘要.pdf")
    S["plan"] = dict(
        forms=dict(form_docx=P + "02-申报表.docx", layout="seq", form_scan=P + "02-申报表（盖章）.pdf", book_pdf=P + "03-申报书.pdf",
                   summary=(P + "04-平台基本情况汇总表.xlsx", "xlsx_v"), commit_scan=P + "05-真实性承诺.pdf", contact=P + "01-联系人信息反馈表.docx"),
        evidence=[
            (R["audit"], "evidence:audit_report", lambda root, rel, tmp, sd: ev.audit_sgcc(S, root, rel)),
            (R["dev"], "evidence:device_list", lambda root, rel, tmp, sd: ev.device_xlsx(S, root, rel, S["dev_region_true"])),
            (R["shot1"], "evidence:screenshot", lambda root, rel, tmp, sd: ev.screenshots_png(S, root, [
                (rel, "国网上海电力工业互联网平台 · 运营监测", [
                    ("接入设备（台/套）", "68,540", "连接的工业设备/产品/产线种类及数量（台/套）", "台/套", 68540),
                    ("注册企业", "3,862", "注册企业用户数（个）", "家", 3862),
                    ("服务企业", "2,716", "实际服务企业数（个）", "家", 2716),
                    ("机理模型", "426", "工业机理模型数量（个）", "个", 426),
                    ("可调负荷（MW）", "1,860", "", "", None), ("边缘节点", "3,420", "", "", None)], "dark")], sd)),
            (R["shot2"], "evidence:screenshot", lambda root, rel, tmp, sd: ev.screenshots_png(S, root, [
                (rel, "应用市场", [("工业APP", "152", "工业APP数量（个）", "个", 152), ("月均活跃APP", "118", "工业APP平均月活跃数量（个）", "个", 118),
                                  ("累计订阅", "9,684", "工业APP订阅总数量（个）", "个", 9684), ("注册开发者", "4,218", "开发者注册总数（个）", "人", 4218)], "light")], sd)),
            (R["ip"], "evidence:patent_list", lambda root, rel, tmp, sd: ev.ip_xlsx(S, root, rel, S["patents"], S["softs"], sd)),
            (R["award"], "evidence:award_list", lambda root, rel, tmp, sd: ev.awards_scan(S, root, rel, sd)),
            (R["sec"], "evidence:other", lambda root, rel, tmp, sd: ev.security_pdf(S, root, rel, "国网电力科学研究院网络安全测评中心")),
        ])
    att = [("06", "平台业务专项审计报告", R["audit"], ["平台相关营业收入（万元）", "平台相关研发投入（万元）", "平台利润率（%）", "投资回报率（%）", "平台近三年经营指标情况"]),
           ("07", "平台接入设备清单", R["dev"], ["连接的工业设备/产品/产线种类及数量（台/套）", "按二级分类统计工业设备数量（台/套）", "按省市区域统计工业设备数量（台/套）"]),
           ("08", "平台驾驶舱截图", R["shot1"], ["注册企业用户数（个）", "实际服务企业数（个）", "工业机理模型数量（个）"]),
           ("08", "平台应用市场截图", R["shot2"], ["工业APP数量（个）", "工业APP平均月活跃数量（个）", "工业APP订阅总数量（个）", "开发者注册总数（个）"]),
           ("09", "知识产权清单", R["ip"], ["平台核心软硬件技术获得的专利数量（项）", "平台核心软硬件技术获得的软著数量（个）"]),
           ("10", "获奖荣誉证书", R["award"], ["平台获得省部级及以上奖项/荣誉数量（个）"]),
           ("11", "等级保护测评报告摘要", R["sec"], ["有否定期开展第三方安全测试/测评"])]
    S["make_proof"] = _proof_maker(att)
    S["book"] = dict(
        unit=["国网上海市电力公司是国家电网有限公司的全资子公司，负责上海地区电网建设、运营和电力供应，2023年公司售电量约1,520亿千瓦时，"
              "营业收入约842亿元。公司以数字化转型为抓手，建设国网上海电力工业互联网平台，服务本市制造业用户侧能效管理。"],
        platform=["平台于2019年5月启动建设，累计投入12,860.00万元，采用自建、自运营模式，边缘侧与私有云部署。平台接入配电设备、智能仪表、储能装置等设备约6.85万台（套），"
                  "全部为本地私有云连接；上线工业APP 152个、机理模型426个、微服务1,284个。",
                  "平台注册企业3,862家，实际服务企业2,716家，其中服务本市企业2,218家、中小企业2,094家，服务园区23个、上海市级智能工厂5家。"
                  "2023年平台营收12,315.72万元，较2022年的9,826.40万元增长23.53%。",
                  "与同类能源行业平台相比，本平台在用户侧负荷聚合规模和能效诊断模型数量方面处于国内领先水平。"],
        bench=_bench(S, "某省级电力公司能源互联网平台"),
        innovation="技术创新点：海量用户侧负荷秒级聚合调控；基于电力大数据的企业能效画像与诊断；配电房边缘智能与无人值守；平台基础软件全面国产化，国产化率91.20%。",
        effects=["平台帮助用户企业平均降低运维成本18.20%、能耗9.97%，安全生产持续时间平均提升20.23%；2023年组织需求响应46次。",
                 "应用创新点：以电力数据驱动的“能效服务+需求响应”新模式，带动136家服务商入驻，新增就业412人。"],
        plan=["下一步将拓展虚拟电厂、绿电交易与碳管理服务，推动平台向长三角区域复制推广。"],
        cases=_cases(S, ["汽轮机制造企业能效提升", "化工园区配电运维托管", "港机制造基地需求响应"],
                     ["某汽轮机制造企业，年用电量约3.2亿千瓦时。", "某化工新材料企业，位于金山化工园区。", "某港口机械制造企业，生产基地位于长兴岛。"]),
        attachments=[[a[0], a[1], "见附件文件"] for a in att],
        section7=["与2023年7月相比，平台新增需求响应聚合与碳排放核算APP，接入设备由5.2万台（套）增至68,540台（套），实际服务企业由2,104家增至2,716家，"
                  "机理模型由352个增至426个。"],
    )
    S["summary_override"] = {}
    S["truth_problems"] = [
        dict(id="h11_sgcc_problems-01-invalid_category", family="invalid_category", fields=["按二级分类统计工业设备数量（台/套）"],
             files=[P + "02-申报表.docx", R["dev"]], severity="error",
             description="按二级分类统计工业设备数量中的“储能设备：2140”不是附录A的工业设备二级分类（储能变流器等应归入电力设备等附录A类别）；设备清单同样使用该类别"),
        dict(id="h11_sgcc_problems-02-breakdown_sum", family="breakdown_sum",
             fields=["按省市区域统计工业设备数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"],
             files=[P + "02-申报表.docx", R["dev"]], severity="error",
             description="按省市区域统计工业设备数量各项之和为 67,640，与连接的工业设备总数 68,540 不一致（“上海”填 61,284，设备清单“按区域”工作表为 62,184）；按二级分类之和为 68,540"),
        dict(id="h11_sgcc_problems-03-growth_rate", family="growth_rate", fields=["平台近三年经营指标情况"],
             files=[P + "02-申报表.docx"], severity="error",
             description="2023年增长率填报 23.53%，由2022年营收 9826.40 万元与2023年营收 12315.72 万元计算应为 25.33%（申报书同样写 23.53%）"),
        dict(id="h11_sgcc_problems-04-char_limit", family="char_limit", fields=["平台建设成效"],
             files=[P + "02-申报表.docx"], severity="warning",
             description=f"申报表“平台建设成效”共 {lib.nchars(S['text']['effect'])} 字，超过“500字以内”的要求"),
    ]


# ================================================================== 3. 宝武装备
def _ebaowu(S):
    S["co"] = dict(uscc="91310113MA1GN8K53Q", founded="2019年4月28日", reg_addr="上海市宝山区同济路3521号（宝山区）", type="其他有限责任公司",
                   capital="100,000万元", business="冶金装备智能运维、设备检修、备件制造与工业软件服务", legal="周建峰", fax="021-26648800",
                   equity="中国宝武钢铁集团有限公司控股",
                   holders=[("中国宝武钢铁集团有限公司", "65,000万元", "65%"), ("宝山钢铁股份有限公司", "35,000万元", "35%")],
                   assets="326,841.52", main_rev="184,620.39", main_growth="8.43", debt="56.37", profit="15,323.49", tax="9,206.15")
    S["ip_object"] = "冶金设备"
    S["description"] = ("序号22宝武装备钢铁设备远程运维平台，4个问题：汇总表付费企业数612与申报表621不符、杀手锏APP数量填8（填报指引定义为订阅用户数最多的5个）、"
                        "专利数量申报52项而知识产权清单“专利清单（共47项）”（软著66项一致）、荣誉数量的证明资料指向未提供的“附件3-9 荣誉证书扫描件”。"
                        "另含：申报表仅XLSX（数字为数值）+盖章扫描件、审计报告为扫描件、IaaS租用且填写服务商、海外巴西/马来西亚。")
    S["layout"] = ["naming:附件x-x_", "form:xlsx-only", "stamped_scan", "summary:docx", "commitment:docx", "audit:scan", "audit_unit:元",
                   "platform_part:明细表(元)", "ip:two-lists-one-pdf-multipage", "device:three-tables+subtotals", "screenshots:png",
                   "killer_list:xlsx", "iaas:租用+vendor"]
    R = dict(audit="附件3-1_2023年度审计报告（扫描件）.pdf", ip="附件3-2_专利及软件著作权清单.pdf", dev="附件3-3_平台设备接入统计.pdf",
             shot1="附件3-4_平台首页截图.png", shot2="附件3-5_开发者门户截图.png", killer="附件3-6_杀手锏APP及订阅统计.xlsx",
             lic="附件3-7_营业执照.pdf", sec="附件3-8_第三方安全测评报告摘要.pdf")
    S["plan"] = dict(
        forms=dict(form_xlsx="附件2_申报表_面向钢铁行业的设备远程运维平台.xlsx", form_scan="附件2_申报表_盖章扫描件.pdf",
                   book_docx="附件3_申报书_面向钢铁行业的设备远程运维平台.docx", summary=("附件4_平台基本情况汇总表.docx", "docx"),
                   commit_docx="附件5_真实性承诺.docx", contact="附件1_联系人信息反馈表.docx"),
        evidence=[
            (R["audit"], "evidence:audit_report", lambda root, rel, tmp, sd: ev.audit_baowu_scan(S, root, rel, tmp, sd)),
            (R["ip"], "evidence:patent_list", lambda root, rel, tmp, sd: ev.ip_pdf(S, root, rel, S["patent_list_n"], S["softs"], sd,
                                                                                 pat_title="专利清单", soft_title="计算机软件著作权清单")),
            (R["dev"], "evidence:device_list", lambda root, rel, tmp, sd: ev.device_pdf(S, root, rel, private=False)),
            (R["shot1"], "evidence:screenshot", lambda root, rel, tmp, sd: ev.screenshots_png(S, root, [
                (rel, "钢铁设备远程运维平台", [("在线设备（台/套）", "46,218", "连接的工业设备/产品/产线种类及数量（台/套）", "台/套", 46218),
                                            ("注册企业", "1,846", "注册企业用户数（个）", "家", 1846), ("工业APP", "276", "工业APP数量（个）", "个", 276),
                                            ("设备模型", "364", "工业机理模型数量（个）", "个", 364), ("解决方案", "42", "平台提供的解决方案总数（个）", "个", 42),
                                            ("今日点检（次）", "18,402", "", "", None)], "dark")], sd)),
            (R["shot2"], "evidence:screenshot", lambda root, rel, tmp, sd: ev.screenshots_png(S, root, [
                (rel, "开发者门户", [("注册开发者", "2,864", "开发者注册总数（个）", "人", 2864), ("活跃开发者", "645", "活跃开发者数（个）", "人", 645),
                                   ("微服务", "1,056", "微服务数量（个）", "个", 1056)], "light")], sd)),
            (R["killer"], "evidence:other", lambda root, rel, tmp, sd: ev.killer_xlsx(S, root, rel)),
            (R["lic"], "evidence:other", lambda root, rel, tmp, sd: ev.license_scan(S, root, rel, sd)),
            (R["sec"], "evidence:other", lambda root, rel, tmp, sd: ev.security_pdf(S, root, rel, "上海市信息安全测评认证中心")),
        ])
    att = [("附件3-1", "2023年度审计报告（扫描件）", R["audit"], ["平台相关营业收入（万元）", "平台相关研发投入（万元）", "平台利润率（%）", "投资回报率（%）"]),
           ("附件3-2", "专利及软件著作权清单", R["ip"], ["平台核心软硬件技术获得的专利数量（项）", "平台核心软硬件技术获得的软著数量（个）"]),
           ("附件3-3", "平台设备接入统计", R["dev"], ["连接的工业设备/产品/产线种类及数量（台/套）", "公有云工业设备连接数量（台/套）", "海外设备连接数量（台/套）"]),
           ("附件3-4", "平台首页截图", R["shot1"], ["注册企业用户数（个）", "工业APP数量（个）", "工业机理模型数量（个）"]),
           ("附件3-5", "开发者门户截图", R["shot2"], ["开发者注册总数（个）", "微服务数量（个）"]),
           ("附件3-6", "杀手锏APP及订阅统计", R["killer"], ["杀手锏APP数量（个）", "杀手锏工业APP订阅数量（个）", "工业APP订阅总数量（个）"]),
           ("附件3-8", "第三方安全测评报告摘要", R["sec"], ["有否定期开展第三方安全测试/测评"])]
    mk = _proof_maker(att)

    def make(S, facts):
        p = mk(S, facts)
        p["平台获得省部级及以上奖项/荣誉数量（个）"] = "附件3-9《荣誉证书扫描件》第1-6页"
        return p
    S["make_proof"] = make
    S["book"] = dict(
        unit=["宝武装备智能科技有限公司成立于2019年，是中国宝武钢铁集团有限公司控股的装备智能运维专业化公司，2023年营业收入18.46亿元，员工约4,800人。"],
        platform=[f"平台于2018年9月启动建设，累计投入10,420.00万元，IaaS层租用宝信软件（宝之云）资源，部署方式为边缘侧、私有云与公有云。"
                  f"平台接入冶炼、动力、电力、物流等设备46,218台（套），其中公有云接入{fmt(S['pub_total'])}台（套），海外设备1,126台（套）。",
                  "平台上线工业APP 276个，其中杀手锏APP 8个（设备在线监测、智能点检、轧机故障诊断等），机理模型364个，注册企业1,846家，实际服务企业1,268家。",
                  "与同类平台相比，本平台在钢铁设备模型数量和故障样本规模方面具有优势。"],
        bench=_bench(S, "某钢铁行业设备运维平台"),
        innovation="技术创新点：轧机主传动链早期故障诊断，预警提前72小时；跨基地备件联储联备；设备劣化模型库；核心软件自主可控。",
        effects=["三个案例平均降低运维成本19.43%、能耗4.77%，安全生产持续时间平均提升26.00%。",
                 "应用创新点：设备全生命周期托管与按效果付费模式，带动新增就业384人。"],
        plan=["下一步将推进设备运维大模型应用，扩大海外钢厂服务规模。"],
        cases=_cases(S, ["热轧产线设备远程运维", "高炉本体状态智能监测", "跨基地备件联储联备"],
                     ["某大型钢铁企业热轧厂，年产热轧板卷约800万吨。", "某钢铁企业炼铁厂，拥有4,000立方米级高炉3座。", "某钢铁集团，下属6个生产基地。"]),
        attachments=[[a[0], a[1], "见附件文件"] for a in att] + [["附件3-9", "荣誉证书扫描件", "第1-6页"]],
        section7=["与2023年7月相比，平台新增高炉炉况监测、天车安全监控等APP，接入设备由3.9万台（套）增至46,218台（套），服务企业由1,036家增至1,268家。"],
    )
    S["summary_override"] = {"付费企业数（个）": "612"}
    F = "附件2_申报表_面向钢铁行业的设备远程运维平台.xlsx"
    S["truth_problems"] = [
        dict(id="h11_baowu_problems-01-summary_vs_form", family="summary_vs_form", fields=["付费企业数（个）"],
             files=["附件4_平台基本情况汇总表.docx", F], severity="error",
             description="附件4汇总表“付费企业数（个）”填写 612，申报表指标明细表填报 621"),
        dict(id="h11_baowu_problems-02-answer_format", family="answer_format", fields=["杀手锏APP数量（个）"],
             files=[F, R["killer"]], severity="error",
             description="杀手锏APP数量填报 8 个；填报指引定义杀手锏工业APP为“平台上订阅用户数最多的5个工业APP”，数量不应超过5（杀手锏APP统计表也列出8个）"),
        dict(id="h11_baowu_problems-03-count_vs_list", family="count_vs_list", fields=["平台核心软硬件技术获得的专利数量（项）"],
             files=[F, R["ip"]], severity="error",
             description="申报表填报专利数量 52 项，而知识产权清单“一、专利清单（共47项）”仅列出 47 项（同一文件中的软件著作权清单66项与申报一致）"),
        dict(id="h11_baowu_problems-04-missing_proof", family="missing_proof", fields=["平台获得省部级及以上奖项/荣誉数量（个）"],
             files=[F, "附件3_申报书_面向钢铁行业的设备远程运维平台.docx"], severity="warning",
             description="荣誉数量（6个）的证明资料列写“附件3-9《荣誉证书扫描件》第1-6页”，申报书附件清单也列出附件3-9，但申报材料中没有该文件，荣誉数量无证明资料"),
    ]


# ================================================================== 4. 中远海运科技 船视宝
def _ecosco(S):
    S["co"] = dict(uscc="91310000132206427D", founded="1993年9月28日", reg_addr="上海市浦东新区民生路600号（浦东新区）", type="其他股份有限公司（上市）",
                   capital="37,100万元", business="交通、航运及物流领域信息化、数字化系统集成与数据服务", legal="王新波", fax="021-35860600",
                   equity="中远海运集团控股的上市公司（深交所002401）",
                   holders=[("中国远洋海运集团有限公司及一致行动人", "18,436万元", "49.69%"), ("其他公众股东", "18,664万元", "50.31%")],
                   assets="352,614.27", main_rev="182,540.66", main_growth="6.61", debt="38.42", profit="14,968.31", tax="7,426.18")
    S["listed_text"] = "是，公司于2010年在深圳证券交易所上市（证券代码002401）"
    S["ip_object"] = "船舶动态数据"
    S["description"] = ("序号28中远海运科技船视宝（2023年未参评，无第七章属正常），4个问题：平台名称写“船视宝航运新基建平台”与附件6不同且未注明原名称+现名称、"
                        "按海外国家分类统计海外设备连接数量之和14,034≠海外设备13,764（巴拿马填960，设备统计表为690）、平台定位超50字、"
                        "研发投入强度填14.62%（1,076.52÷6,548.17应为16.44%）。另含：年报摘录（公司口径18.25亿元）与平台专项说明（万元）两种来源、香港及计划单列市。")
    S["layout"] = ["naming:CSB-", "evidence_dir:证明材料", "columns:grouped-rows+content+actual+proof", "book:docx", "summary:xlsx-grouped",
                   "commitment:scan", "stamped_scan", "audit:annual-report-excerpt", "platform_part:专项说明(万元)", "ip:two-lists-one-pdf-multipage",
                   "device:three-tables+subtotals", "screenshots:pdf-image", "awards:xlsx", "no_section7(not participant)"]
    E = "证明材料/"
    R = dict(ar=E + "CSB-01 2023年年度报告（摘录）.pdf", note=E + "CSB-02 船视宝平台经营数据专项说明.pdf", dev=E + "CSB-03 平台接入设备统计.pdf",
             shot=E + "CSB-04 平台运行截图.pdf", ip=E + "CSB-05 知识产权清单.pdf", award=E + "CSB-06 获奖情况一览.xlsx", lic=E + "CSB-07 营业执照.pdf")
    S["plan"] = dict(
        forms=dict(form_docx="CSB-附件2 申报表.docx", layout="grouped", form_scan="CSB-附件2 申报表（盖章版）.pdf", book_docx="CSB-附件3 申报书.docx",
                   summary=("CSB-附件4 平台基本情况汇总表.xlsx", "xlsx_g"), commit_scan="CSB-附件5 真实性承诺.pdf", contact="CSB-附件1 联系人信息反馈表.docx"),
        evidence=[
            (R["ar"], "evidence:audit_report", lambda root, rel, tmp, sd: ev.annual_report_cosco(S, root, rel)),
            (R["note"], "evidence:other", lambda root, rel, tmp, sd: ev.platform_note_cosco(S, root, rel)),
            (R["dev"], "evidence:device_list", lambda root, rel, tmp, sd: ev.device_pdf(S, root, rel, overseas_ev=S["overseas_true"], private=False)),
            (R["shot"], "evidence:screenshot", lambda root, rel, tmp, sd: ev.screenshots_pdf(S, root, rel, [
                ("船视宝 · 全球船舶动态", [("接入船舶终端（台/套）", "38,624", "连接的工业设备/产品/产线种类及数量（台/套）", "台/套", 38624),
                                        ("注册企业", "9,426", "注册企业用户数（个）", "家", 9426), ("在线应用", "132", "工业APP数量（个）", "个", 132),
                                        ("特色指数", "7", "平台现有特色指数（个）", "个", 7), ("今日船位（亿条）", "3.6", "", "", None)], "dark"),
                ("船视宝 · 开放平台", [("开发者", "5,216", "开发者注册总数（个）", "人", 5216), ("微服务", "742", "微服务数量（个）", "个", 742),
                                     ("开放API", "246", "", "", None)], "light")], sd)),
            (R["ip"], "evidence:patent_list", lambda root, rel, tmp, sd: ev.ip_pdf(S, root, rel, S["patents"], S["softs"], sd,
                                                                                 pat_title="授权专利", soft_title="软件著作权")),
            (R["award"], "evidence:award_list", lambda root, rel, tmp, sd: ev.awards_xlsx(S, root, rel)),
            (R["lic"], "evidence:other", lambda root, rel, tmp, sd: ev.license_scan(S, root, rel, sd)),
        ])
    att = [("CSB-01", "2023年年度报告（摘录）", R["ar"], ["平台相关营业收入（万元）"]),
           ("CSB-02", "船视宝平台经营数据专项说明", R["note"], ["平台相关营业收入（万元）", "平台相关研发投入（万元）", "平台利润率（%）", "投资回报率（%）"]),
           ("CSB-03", "平台接入设备统计", R["dev"], ["连接的工业设备/产品/产线种类及数量（台/套）", "公有云工业设备连接数量（台/套）", "海外设备连接数量（台/套）",
                                              "按海外国家分类统计海外设备连接数量（台/套）"]),
           ("CSB-04", "平台运行截图", R["shot"], ["注册企业用户数（个）", "工业APP数量（个）", "平台现有特色指数（个）", "开发者注册总数（个）", "微服务数量（个）"]),
           ("CSB-05", "知识产权清单", R["ip"], ["平台核心软硬件技术获得的专利数量（项）", "平台核心软硬件技术获得的软著数量（个）"]),
           ("CSB-06", "获奖情况一览", R["award"], ["平台获得省部级及以上奖项/荣誉数量（个）"])]
    S["make_proof"] = _proof_maker(att)
    S["book"] = dict(
        unit=["中远海运科技股份有限公司是中国远洋海运集团控股的上市公司（深交所002401），2023年实现营业收入18.25亿元，研发费用1.68亿元。"
              "公司聚焦交通与航运数字化，打造船视宝航运新基建平台。"],
        platform=["船视宝于2020年6月上线，累计投入15,360.00万元，自建、自运营，IaaS租用阿里云计算有限公司资源，以公有云为主、混合云部署。",
                  "平台接入船载及岸基终端约3.9万台（套），其中海外船东所属终端13,764台（套），覆盖新加坡、希腊、日本、利比里亚等国家；"
                  "服务企业6,218家，其中服务本市企业1,484家、香港地区企业318家。2023年平台营收6,548.17万元，研发投入1,076.52万元。",
                  "与国际同类船舶动态平台相比，本平台船位覆盖率与更新频率达到国际水平。"],
        bench=_bench(S, "国际某船舶动态数据平台"),
        innovation="技术创新点：多源船位融合与轨迹修复；港口拥堵指数与ETA预测；船舶碳强度测算；核心算法自主可控。",
        effects=["三个案例平均降低运营成本12.60%、燃油能耗4.97%。", "应用创新点：按调用量计费的航运数据服务模式，带动新增就业268人。"],
        plan=["下一步将建设航运大模型，拓展船舶碳管理与航运金融数据服务。"],
        cases=_cases(S, ["大型油轮船队能效管理", "集装箱班轮准班率提升", "大宗散货物流可视化"],
                     ["某油轮运输企业，运营VLCC等油轮50余艘。", "某集装箱航运企业，运营航线120余条。", "某钢铁企业物流公司，年进口铁矿石约3,000万吨。"]),
        attachments=[[a[0], a[1], "见附件文件"] for a in att] + [["CSB-07", "营业执照", "第1页"]],
    )
    S["summary_override"] = {}
    F = "CSB-附件2 申报表.docx"
    S["truth_problems"] = [
        dict(id="h11_cosco_problems-01-platform_name", family="platform_name", fields=["平台名称"], files=[F, "CSB-附件3 申报书.docx"],
             severity="warning",
             description="申报表平台名称为“船视宝航运新基建平台”，与附件6名单（序号28）“基于全球船舶实时船位的航运新基建--船视宝”不一致，且未按要求注明平台原名称+现名称"),
        dict(id="h11_cosco_problems-02-breakdown_sum", family="breakdown_sum",
             fields=["按海外国家分类统计海外设备连接数量（台/套）", "海外设备连接数量（台/套）"], files=[F, R["dev"]], severity="error",
             description="按海外国家分类统计海外设备连接数量各项之和为 14,034，与海外设备连接数量 13,764 不一致（“巴拿马Panama”填 960，按省市区域统计及设备统计表均为 690）"),
        dict(id="h11_cosco_problems-03-char_limit", family="char_limit", fields=["平台定位是否明确"], files=[F], severity="warning",
             description=f"“平台定位是否明确”共 {lib.nchars(S['text']['positioning'])} 字，超过填报指引要求的50字以内"),
        dict(id="h11_cosco_problems-04-formula", family="formula",
             fields=["平台相关研发投入强度（%）", "平台相关研发投入（万元）", "平台相关营业收入（万元）"], files=[F], severity="error",
             description="平台相关研发投入强度（%）填报 14.62，按填报指引公式 1076.52 ÷ 6548.17 × 100% 应为 16.44"),
    ]


def extras(S):
    {"h11_711_clean": _e711, "h11_sgcc_problems": _esgcc, "h11_baowu_problems": _ebaowu, "h11_cosco_problems": _ecosco}[S["id"]](S)
