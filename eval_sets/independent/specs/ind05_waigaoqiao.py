"""ind05 — 序号29 外高桥船舶行业工业互联网平台, 上海外高桥造船有限公司 (2023参评=-). 5 problems.

Planted: 按二级分类统计工业设备数量 sums to 12,460 (交通设备 written 2,180; the device file says 2,580) while
the total is 12,860 and the region breakdown sums right (breakdown_sum); 按省市区域统计服务企业数 lists “苏州”,
a city that is not a 附录F region (invalid_category); IaaS 租用 ticked with the 服务商名称（必填） blank
(conditional); 有否定期开展第三方安全测试/测评 answered a bare “是” (answer_format); the dashboard shows
入驻企业 1,286 while the form declares 注册企业用户数 1,486 (screenshot_vs_form).
Traps: platform revenue from the audit's 分部信息 (segment column 工业互联网平台分部, 元) beside company-wide
statements in the billions; three breakdown tables in one evidence file; unit suffixes in the form cells.
"""

from __future__ import annotations

import io
import random

from ..blocks import Cell, DocxStyle, Image, PageBreak, Para, PdfStyle, Title, grid
from ..evidence import (
    combo_titles,
    dashboard,
    device_stats_blocks,
    ip_list_blocks,
    patent_rows,
    software_rows,
)
from ..finance import audit_blocks, company_statements, money, wan
from ..form import FormLayout, form_blocks
from ..kit import Built, Kit
from ..model import Company, Contact, D, Package, Style
from ..narrative import Case, Narrative, narrative_blocks
from ..summary import commitment_blocks, contact_blocks, summary_xlsx_vertical
from ..synth import growth, indicators
from ..texts import defaults
from .common import fill_proofs, problem, verify

PID = "ind05_waigaoqiao_problems"
NAME = "外高桥船舶行业工业互联网平台"

SEG = {  # 元; columns: 船舶制造分部, 海洋工程分部, 工业互联网平台分部
    "2023": {"对外交易收入": (D("14023655120.18"), D("1798450467.66"), D("39802186.42")),
             "分部间交易收入": (D("0.00"), D("0.00"), D("6416344.00")),
             "利润总额": (D("702316558.20"), D("45008233.17"), D("5210633.18"))},
    "2022": {"对外交易收入": (D("12160420018.33"), D("1712802496.85"), D("32019132.76")),
             "分部间交易收入": (D("0.00"), D("0.00"), D("6885980.00")),
             "利润总额": (D("512880347.91"), D("30912018.62"), D("3904117.35"))},
}


def package() -> Package:
    comp_rev = {y: sum(SEG[y]["对外交易收入"]) for y in ("2022", "2023")}
    income, balance = company_statements(2902, comp_rev, assets_ratio=2.05,
                                         profit_total={y: sum(SEG[y]["利润总额"]) for y in ("2022", "2023")})
    co = Company(
        name="上海外高桥造船有限公司", short="外高桥造船", credit_code="91310115631389452W", founded="1999年6月22日",
        district="浦东新区", reg_address="上海市浦东新区洲海路3001号", kind="有限责任公司（国有控股）", capital="552,000万元人民币",
        business="船舶及海洋工程装备设计、建造、修理，船用配套设备制造，工业互联网平台服务", legal_rep="陈建良",
        shareholders=[("中国船舶工业股份有限公司", "552,000.00万元", "100.00%")], fax="021-38860001", income=income,
        balance=balance, auditor="信永中和会计师事务所（特殊普通合伙）上海分所", audit_no="XYZH/2024SHAA1B0087",
        cpas=("潘毅", "张莹"))
    ct = Contact("顾海峰", "数字化部经理", "13916585320", "guhf@sws-iip.example.com", "林晓", "信息化专员", "13917730418",
                 "linx@sws-iip.example.com", "浦东新区", "洲海路", "3001号", "行政楼4楼401会议室")
    seg_rev = {y: SEG[y]["对外交易收入"][2] + SEG[y]["分部间交易收入"][2] for y in ("2022", "2023")}
    rev = {"2020": D("2860.15"), "2021": D("3305.72"), "2022": wan(seg_rev["2022"]), "2023": wan(seg_rev["2023"])}
    profit = wan(SEG["2023"]["利润总额"][2])
    true_cat = {"交通设备": 2580, "机床": 1920, "机器人": 1460, "动力设备": 1850, "电力设备": 1340, "物流设备": 2120,
                "工程机械": 1050, "仪器仪表": 540}
    P = {
        "staff": 98, "staff_ops": 58, "staff_qual": 71, "revenue": rev["2023"], "rd": D("1102.36"), "profit": profit, "build_amount": D("5650.00"),
        "dev_total": 12860, "pub": 4520, "daily": 3106, "dev_cat_fixed": dict(true_cat),
        "dev_reg": {"上海": 62, "江苏": 14, "浙江": 6, "山东": 5, "辽宁": 5, "广东": 4, "湖北": 2},
        "overseas": {"新加坡Singapore": 60, "希腊Greece": 40}, "overseas_total": 212, "protocols": 96, "apps": 168, "sw_total": 196,
        "apps_native": 104,
        "apps_cat": {"生产制造": 30, "质量管控": 15, "仓储物流": 12, "供应链管理": 13, "研发设计": 15, "安全生产": 10, "运维服务": 5},
        "apps_ind": {"船舶": 80, "机械": 20}, "apps_mau": 121, "killer_dau": 940, "killer_hits": 8630, "killer_income": D("22.75"),
        "pub_apps": 58, "pub_apps_dau": 27, "servers": D("96.00"), "pub_servers": 24, "storage": D("900.00"), "data": D("402.75"),
        "pub_data": D("88.20"), "models": 142, "models_active": 71, "models_users": 318, "ms": 640, "ms_active": 352, "developers": 860,
        "developers_active": 215, "reg_users": 1486, "served": 1126, "served_sh": 520, "served_reg": {"江苏": 1},
        "served_ind": {"船舶": 62, "机械": 24, "其他": 14},
        "paying": 402, "served_sme": 812, "orders": (3260, 3410), "trade_growth": D("12.80"), "subs": 2140, "killer_subs": 1020,
        "subs_amount": D("1286.40"), "dev_util": D("74.60"), "domestic": D("80.30"), "parks": 3, "solutions": 19, "om_down": D("12.70"),
        "energy_down": D("8.15"), "safety_up": D("15.30"), "indices": 3, "patents": 27, "softwares": 19, "awards": 5, "jobs": 260,
        "social": D("15.62"), "partners": 6,
    }
    v = indicators(2902, P)
    # planted: 交通设备 2,580 written as 2,180 in the form (category sum 12,460 ≠ 12,860; regions still sum right)
    v["dev_cat"] = dict(true_cat, 交通设备=2180)
    # planted: “苏州” is a city inside 江苏, not a 附录F region (the sum is still 1,126)
    v["served_reg"] = {"上海": 520, "江苏": 230, "苏州": 46, "浙江": 120, "山东": 70, "辽宁": 62, "广东": 48, "湖北": 30}
    assert sum(v["served_reg"].values()) == v["served"]
    t = defaults(1, {"platform": NAME, "company_short": "外高桥造船",
                     "compute": "私有云服务器72台+租用公有云实例24台，CPU约2600核，支持弹性扩展"})
    v.update(t)
    v["positioning"] = "面向船舶与海洋工程装备建造全流程的行业型工业互联网平台"
    v["policy"] = ("1. 工信部等《船舶制造业绿色发展行动纲要（2024—2030年）》：智能制造与绿色转型；\n"
                   "2. 工信部《“十四五”智能制造发展规划》：船舶行业智能制造示范；\n"
                   "3. 上海市“工赋上海”三年行动计划：培育行业工业互联网平台；\n"
                   "4. 船舶建造中间产品多、协同链条长，设计建造一体化和精益管理需求迫切。")
    v["other_resources"] = "平台汇聚船舶设计模型、工艺规程、焊接参数等知识资源2.6万项，以及船舶配套供应商680家。"
    v["edge"] = "支持焊接、切割等设备数据采集、边缘存储、网络传输与质量智能分析；边缘计算应用节点420个，最低响应时延15毫秒。"
    v["speed"] = ("秒级", "秒级（每TB数据分析约7秒）")
    v["sec_rules"] = (True, ("是，《工业互联网平台安全管理制度》（SWS-IT-2020-06，2020年6月）、《平台数据备份与恢复管理规定》"
                            "（SWS-IT-2021-11，2021年11月）"))
    v["sec_test"] = (True, "是")  # planted answer_format: no 定期的时间
    v["sec_scan"] = (True, "是，每季度一次")
    v["listed"] = (True, "是，控股股东中国船舶工业股份有限公司为上海证券交易所上市公司。")
    v["benefit"] = "三个案例平均缩短分段建造周期15%，安全生产持续时间平均提升15.30%。"
    v["cost_down"] = "三个案例平均降低运维成本12.70%，能耗平均下降8.15%。"
    v["supply_chain"] = "平台与680家船舶配套供应商实现订单与到货数据对接，托盘物资齐套率提升至92%，采购周期缩短18%。"
    v["new_tech"] = "有。融合5G专网、数字孪生与机器视觉，在分段车间实现焊缝质量视觉检测与船坞数字孪生管控。"
    v["breakthrough"] = (True, "是，自研船舶分段智能排产与焊接质量在线监测技术，排产效率提升30%。")
    v["carbon"] = (True, "是，提供船厂能耗与碳排放监测服务，覆盖船坞、涂装等高能耗环节。")
    v["idres"] = (True, "是，接入国家标识解析船舶行业二级节点，为中间产品赋码约420万个。")
    v["standards"] = "参与行业标准2项：《船舶行业工业互联网平台应用指南》（参与）、《船舶中间产品标识编码规范》（参与）。"
    v["contribution"] = "平台带动本市船舶配套企业数字化转型，服务企业1,126家，其中本市520家。"
    v["open_mech"] = "是，向配套供应商开放订单、托盘与质量数据接口，建立协同共享机制。"
    v["open_data"] = "开放API接口64个、船舶中间产品数据服务4项"
    v["new_models"] = "有。培育船舶“设计—建造—运维”一体化服务模式。"
    v["factories"] = (2, "是，2家，提供设备联网与生产管控服务。")
    p = Package(
        pid=PID, list_no=29, declared_name=NAME, name_cell=NAME, nature="行业型工业互联网平台", company=co, contact=ct,
        url="https://iip.sws.example.com", account="sheitc_review", password="Wgq#2024iip", build_from="2020.03",
        build_to="2023.12", build_amount=P["build_amount"], revenue_years=rev, growth=growth(rev), build_mode="自建",
        partner="", run_mode="自运营", iaas="租用", iaas_vendor="", deploy=["私有云", "混合云"], deploy_other="",
        intro=(f"{NAME}由上海外高桥造船有限公司建设运营，面向船舶与海洋工程装备建造全流程，提供设计建造一体化、分段智能排产、"
               "焊接质量监测、物资托盘协同和设备管理等服务，已接入切割、焊接、起重运输等设备1.2万余台（套），服务船舶及配套企业1,126家。"),
        effect="平台推动船舶建造由经验管理转向数据驱动，分段建造周期平均缩短15%，设备运维成本平均下降12.70%，能耗平均下降8.15%。",
        v=v,
    )
    p.extra["profit_declared"] = profit
    return p


def build() -> tuple[Built, Package]:
    p = package()
    v = p.v
    b = Built(PID, "序号29外高桥造船平台，5个问题：二级分类设备数之和不等于总数（区域之和正确）、服务企业区域含“苏州”、"
                   "IaaS租用未填服务商、第三方安全测试只答“是”、截图入驻企业1,286与申报表1,486不符。",
              ["naming:dash", "evidence_dir:flat", "columns:l3+content+actual+proof", "unit_suffix", "headings:word",
               "audit_unit:元", "audit_columns:本期金额/上期金额", "platform_part:分部信息(元)", "summary:xlsx-grouped",
               "commitment:scan", "stamped_scan", "screenshots:pdf-captioned"], "folder", secrets=[p.password])
    k = Kit(p, b, seal_seed=2929)
    rng = random.Random(29)
    co = p.company
    H = lambda t: Cell(t, bold=True, align="center")
    seg_blocks = [Title("财务报表附注（节选）", 14), Para("十二、分部信息", bold=True),
                  Para("1. 报告分部的确定依据：本公司以内部组织结构、管理要求、内部报告制度为依据确定经营分部，"
                       "报告分部为船舶制造分部、海洋工程分部和工业互联网平台分部。工业互联网平台分部指外高桥船舶行业工业互联网平台"
                       "对外提供的平台服务及向公司内部船厂提供的平台服务，分部间交易按市场价格定价。", indent=True),
                  Para("2. 报告分部的财务信息", bold=True)]
    names = ("船舶制造分部", "海洋工程分部", "工业互联网平台分部")
    for y, label in (("2023", "2023年度"), ("2022", "2022年度")):
        s = SEG[y]
        rows = [[H("项目")] + [H(n) for n in names] + [H("分部间抵销"), H("合计")]]
        ext = s["对外交易收入"]
        inter = s["分部间交易收入"]
        tot = tuple(a + b2 for a, b2 in zip(ext, inter))
        rows.append([Cell("营业收入")] + [Cell(money(x), align="right") for x in tot]
                    + [Cell(money(-sum(inter), "()"), align="right"), Cell(money(sum(ext)), align="right")])
        rows.append([Cell("其中：对外交易收入")] + [Cell(money(x), align="right") for x in ext] + [Cell(""), Cell(money(sum(ext)), align="right")])
        rows.append([Cell("分部间交易收入")] + [Cell(money(x), align="right") for x in inter]
                    + [Cell(money(-sum(inter), "()"), align="right"), Cell("0.00", align="right")])
        rows.append([Cell("利润总额")] + [Cell(money(x), align="right") for x in s["利润总额"]]
                    + [Cell(""), Cell(money(sum(s["利润总额"])), align="right")])
        seg_blocks += [Para(f"（{'1' if y == '2023' else '2'}）{label}　　单位：元", size=9),
                       grid([1.6, 1.9, 1.7, 1.6, 1.3, 1.9], rows, header_rows=1, size=7.6)]
    blocks = audit_blocks(co, report_date="2024年3月28日") + [PageBreak()] + seg_blocks
    f1 = k.pdf("附件3-1-审计报告及分部信息.pdf", blocks, PdfStyle(font="WQY", size=10, table_size=8.2, title="审计报告"),
               "evidence:audit_report", "audit")
    a = "分部信息"
    rev23 = SEG["2023"]["对外交易收入"][2] + SEG["2023"]["分部间交易收入"][2]
    rev22 = SEG["2022"]["对外交易收入"][2] + SEG["2022"]["分部间交易收入"][2]
    k.fact(f1, "平台相关营业收入（万元）", money(rev23), "元", float(wan(rev23)), anchor=a, row_label="营业收入",
           column_label="工业互联网平台分部（2023年度）")
    k.fact(f1, "平台近三年经营指标情况", money(rev22), "元", float(wan(rev22)), anchor=a, row_label="营业收入",
           column_label="工业互联网平台分部（2022年度）", component="2022年平台营收（万元）")
    pr = SEG["2023"]["利润总额"][2]
    k.fact(f1, "平台利润率（%）", money(pr), "元", float(wan(pr)), anchor=a, row_label="利润总额",
           column_label="工业互联网平台分部（2023年度）", component="平台利润总额（万元）")
    k.fact(f1, "投资回报率（%）", money(pr), "元", float(wan(pr)), anchor=a, row_label="利润总额",
           column_label="工业互联网平台分部（2023年度）", component="平台年利润（万元）")

    true_cat = {"交通设备": 2580, "机床": 1920, "机器人": 1460, "动力设备": 1850, "电力设备": 1340, "物流设备": 2120,
                "工程机械": 1050, "仪器仪表": 540}
    cat = {k2: (true_cat[k2], v["pub_cat"][k2], v["daily_cat"][k2]) for k2 in true_cat}
    reg = {k2: (v["dev_reg"][k2], v["pub_reg"][k2], v["daily_reg"][k2]) for k2 in v["dev_reg"]}
    ds = device_stats_blocks("外高桥船舶行业工业互联网平台设备接入情况统计", "统计口径：截至2024年6月30日平台在线注册设备", cat, reg,
                             v["overseas_bd"], note="交通设备主要为船用主机、辅机及船坞内转运车辆等。")
    f2 = k.pdf("附件3-2-设备接入情况统计.pdf", ds, PdfStyle(font="WQY", table_size=8.6), "evidence:device_list", "devices")
    k.fact(f2, "连接的工业设备/产品/产线种类及数量（台/套）", "12,860", "台/套", 12860, anchor="表1", row_label="合计",
           column_label="接入数量（台/套）")
    k.fact(f2, "公有云工业设备连接数量（台/套）", f"{v['pub']:,}", "台/套", v["pub"], anchor="表1", row_label="合计",
           column_label="其中：公有云接入（台/套）")
    k.fact(f2, "公有云工业设备平均日运行数量（台/套）", f"{v['daily']:,}", "台/套", v["daily"], anchor="表1", row_label="合计",
           column_label="公有云日均运行（台/套）")
    k.fact(f2, "海外设备连接数量（台/套）", "212", "台/套", 212, anchor="表3", row_label="合计")

    s1 = dashboard("外高桥船舶工业互联网平台 数字船厂驾驶舱", "2024年7月3日 08:50", [("设备联网数", "12,860", "台/套"),
                   ("入驻企业", "1,286", "家"), ("工业APP", "168", "个"), ("工艺模型", "142", "个")], seed=291, theme="dark",
                   table=[["分段号", "工位", "进度", "状态"], ["H1206", "平面分段线", "86%", "正常"], ["H1211", "曲面分段", "54%", "正常"],
                          ["B0873", "总组平台", "31%", "预警"], ["D0412", "涂装车间", "92%", "正常"]], table_title="分段建造进度")
    buf = io.BytesIO()
    s1.convert("RGB").save(buf, "JPEG", quality=72)
    shots = [Title("平台运行截图", 14), Para("图1 数字船厂驾驶舱（2024年7月3日）", align="center", size=9), Image(buf.getvalue(), 17),
             Para("说明：驾驶舱“入驻企业”为平台当前有效入驻的企业数量。", size=9)]
    f3 = k.pdf("附件3-3-平台运行截图.pdf", shots, PdfStyle(font="WQY"), "evidence:screenshot", "screens")
    k.fact(f3, "连接的工业设备/产品/产线种类及数量（台/套）", "12,860", "台/套", 12860, page=1, row_label="设备联网数", image_only=True)
    k.fact(f3, "注册企业用户数（个）", "1,286", "家", 1286, page=1, row_label="入驻企业", image_only=True)
    k.fact(f3, "工业APP数量（个）", "168", "个", 168, page=1, row_label="工业APP", image_only=True)
    k.fact(f3, "工业机理模型数量（个）", "142", "个", 142, page=1, row_label="工艺模型", image_only=True)

    owner = co.name
    pt = combo_titles(rng, ["一种", "一种船舶", "一种基于机器视觉的", "一种大型邮轮"],
                      ["分段", "焊缝", "管件", "舾装件", "涂装", "托盘物资", "船坞", "切割设备"],
                      ["智能排产方法", "质量检测方法", "定位装置", "协同管理系统", "追溯方法", "数据采集装置"], 27)
    sw = combo_titles(rng, ["外高桥", "SWS"], ["分段排产", "焊接监测", "托盘管理", "设备管理", "能耗监测", "质量追溯", "设计建造一体化"],
                      ["系统V1.0", "平台V2.0", "软件V1.1"], 19)
    prow = patent_rows(rng, pt, owner)
    srow = software_rows(rng, sw, owner)
    ip = ip_list_blocks(owner, prow, srow, patent_heading=f"（一）专利（共{len(prow)}项）",
                        software_heading=f"（二）软件著作权（共{len(srow)}项）")
    f4 = k.pdf("附件3-4-知识产权证书清单.pdf", ip, PdfStyle(font="WQY", table_size=7.8), "evidence:patent_list", "ip")
    k.fact(f4, "平台核心软硬件技术获得的专利数量（项）", "27", "项", 27, quote="专利（共27项）")
    k.fact(f4, "平台核心软硬件技术获得的软著数量（个）", "19", "项", 19, quote="软件著作权（共19项）")

    fill_proofs(p, {
        **{key: "附件3-1 第5页（分部信息）" for key in ("revenue", "margin", "roi")},
        "rd": "研发投入按研发项目台账归集，审计报告未单列平台研发投入，台账可现场核查",
        "rd_ratio": "由平台相关研发投入÷平台相关营业收入计算",
        **{key: "附件3-2" for key in ("dev_total", "dev_cat", "dev_reg", "pub", "pub_cat", "pub_reg", "daily", "daily_cat",
                                    "daily_reg", "overseas", "overseas_bd")},
        **{key: "附件3-3" for key in ("reg_users", "apps", "models")},
        "patents": "附件3-4", "softwares": "附件3-4",
    }, numeric_default="平台后台数据", text_default="见申报书")
    lay = FormLayout(columns="l3_only", style=Style(thousands=True, bd_sep="，", bd_colon="：", pct_sign=True, unit_suffix=True,
                                                     yes_mark="√"), date="2024年7月17日", proof_header="证明资料/说明")
    fb = form_blocks(p, lay)
    dst = DocxStyle(font="宋体", size=12, table_size=9, heading_font="黑体", headings="word")
    k.docx("附件2-上海市工业互联网平台应用水平评价申报表（外高桥造船）.docx", fb, dst, "申报表", "form")
    k.scan("附件2-申报表盖章扫描版.pdf", fb, PdfStyle(font="WQY", table_size=8.2, size=10.5), "申报表扫描件",
           seal_at=[(0, "（公章）")], key="form_scan", seal_offset=(-0.03, 0.0), producer="EPSON DS-570W")
    n = narrative(p)
    k.docx("附件3-上海市工业互联网平台应用水平评价申报书（外高桥造船）.docx", narrative_blocks(p, n, date="2024年7月17日"), dst,
           "申报书", "narrative")
    k.docx("附件1-联系人信息反馈表.docx", contact_blocks(p, address="line"), DocxStyle(font="宋体", size=12), "联系人表", "contact")
    groups = {"序号": "基本信息", "平台团队总人数（人）": "平台基础情况", "连接的工业设备/产品/产线种类及数量（台/套）": "平台关键技术能力",
              "注册企业用户数（个）": "平台效益及可持续发展能力"}
    k.xlsx("附件4-平台基本情况汇总表.xlsx", summary_xlsx_vertical(p, Style(thousands=True), groups=groups), "汇总表", "summary")
    k.scan("附件5-真实性承诺.pdf", commitment_blocks(p, "2024年7月17日"), PdfStyle(font="WQY", size=12, footer_pages=False), "承诺",
           seal_at=[(0, "（盖章）")], key="commitment", seal_offset=(-0.05, 0.0), producer="EPSON DS-570W")
    verify(p, n, expected={("breakdown_sum", "dev_cat"), ("invalid_category", "served_reg")})
    p.problems = [
        problem("breakdown_sum", "breakdown_sum", ["按二级分类统计工业设备数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"],
                ["form", "devices"], "error",
                "按二级分类统计工业设备数量各项之和为 12,460 台/套，与连接的工业设备总数 12,860 台/套不一致（“交通设备”填 2,180，"
                "设备统计表为 2,580）；按省市区域统计之和为 12,860，与总数一致"),
        problem("invalid_category", "invalid_category", ["按省市区域统计服务企业数（个）"], ["form"], "error",
                "按省市区域统计服务企业数中的“苏州：46”不是附录F的区域分类（苏州属江苏省，非计划单列市）"),
        problem("conditional", "conditional", ["IaaS基础设施"], ["form"], "error",
                "IaaS基础设施勾选“租用”，但服务商名称（必填）未填写"),
        problem("answer_format", "answer_format", ["有否定期开展第三方安全测试/测评"], ["form"], "warning",
                "“有否定期开展第三方安全测试/测评”只填写“是”，填报指引要求填写“是，定期的时间”"),
        problem("screenshot_vs_form", "screenshot_vs_form", ["注册企业用户数（个）"], ["screens", "form"], "warning",
                "平台运行截图驾驶舱显示“入驻企业 1,286”家，申报表填报注册企业用户数 1,486 个"),
    ]
    return b, p


def narrative(p: Package) -> Narrative:
    v = p.v
    return Narrative(
        company_intro=[("上海外高桥造船有限公司成立于1999年，是中国船舶集团旗下的大型骨干造船企业，主要从事散货船、油船、集装箱船、"
                       "大型邮轮及海洋工程装备的设计与建造，2023年营业收入约158亿元。")],
        competence=["公司在大型船舶建造领域具有领先的设计建造能力，2021年起以平台为核心推进数字船厂建设，平台团队98人。"],
        basic=[(f"{NAME}（附件6序号29）于2020年3月启动建设，2023年12月完成一期建设，建设金额5,650.00万元，自建、自运营，"
               "部署方式为私有云和混合云。")],
        architecture=["平台由边缘采集层、平台底座层、船舶工业应用层构成，提供分段排产、焊接监测、托盘物资协同、设备管理等工业APP。"],
        advance=["平台在船舶分段智能排产、焊接质量在线监测方面形成特色，排产效率提升30%。"],
        bench=[("2.1.1 工业设备连接/汇聚能力", "连接设备12,860台/套", "某船舶平台：约8,000台"),
               ("3.1.1 平台应用规模", "注册企业1,486家", "同类平台约1,000家")],
        operations=[(f"截至2024年6月，平台接入设备12,860台（套），其中外高桥本部及上海地区设备{v['dev_reg']['上海']:,}台（套）；"
                    "注册企业用户1,486家，实际服务企业1,126家，其中本市520家。")],
        tech_innovation="技术创新点总结：一是船舶分段智能排产；二是焊缝视觉检测；三是托盘物资齐套协同；四是船坞数字孪生管控。",
        effects=["平台分段建造周期平均缩短15%，设备运维成本平均下降12.70%，能耗平均下降8.15%，安全生产持续时间平均提升15.30%。"],
        app_innovation="应用创新点总结：形成“设计—建造—运维”一体化服务，带动配套供应商协同，托盘物资齐套率提升至92%。",
        plan=["下一步将推广至集团内其他船厂，深化大型邮轮建造协同应用。"],
        cases=[Case(f"{NAME}——分段智能排产", "公司平面分段车间，年产分段约1,800个。", "平台提供分段排产与工位管控服务。",
                    ["排产时间由半天缩短至20分钟，分段建造周期缩短15%。"]),
               Case(f"{NAME}——焊接质量在线监测", "公司曲面分段车间，配备焊接机器人及焊机600余台。", "平台采集焊接参数并进行质量分析。",
                    ["焊缝一次合格率提升至98.6%，返修工时下降30%。"]),
               Case(f"{NAME}——配套供应商托盘协同", "某船用舾装件配套企业，为公司供应舾装件。", "平台打通托盘物资需求与供应商排产。",
                    ["到货准时率提升至94%，库存资金占用下降20%。"])],
        attachments=[("附件3-1 审计报告及分部信息", "PDF"), ("附件3-2 设备接入情况统计", "PDF"), ("附件3-3 平台运行截图", "PDF"),
                     ("附件3-4 知识产权证书清单", "PDF")],
    )
