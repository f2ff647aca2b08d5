"""Builds the h19 holdout packages (one platform, many periods and scopes) and their truth files.

    .venv/bin/python eval_sets/blind/h19/build.py    (from the repository)
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parents[2]))  # the repository (eval_sets.generator.fonts)
sys.path.insert(0, str(ROOT))

from h19lib import Paragraph, Spacer, fint, fmt, mm, screenshot, styles, table  # noqa: E402
from forms import (A4_LABELS, Pkg, cell_value, orders, revenue3, write_book_docx, write_book_pdf,  # noqa: E402
                   write_commitment_docx, write_commitment_scan, write_contact_docx, write_form_docx,
                   write_form_scan, write_form_xlsx, write_summary_docx, write_summary_xlsx)
from common import Truth, audit_report, base_texts, ip_list_pdf, mk_patents, mk_softs, std_values  # noqa: E402
import evidence as ev  # noqa: E402

PKG_DIR = ROOT / "packages"


def months_series(total_2023: int, trailing: int, seed: int, gmv_2023: float, gmv_h1_2024: float):
    """Monthly orders 2023-01..2024-06 whose 2023 sum is total_2023 and 2023-07..2024-06 sum is trailing."""
    import random
    rng = random.Random(seed)
    w = [rng.uniform(0.85, 1.15) for _ in range(12)]
    a = [int(total_2023 * x / sum(w)) for x in w]
    a[11] += total_2023 - sum(a)
    h2_2023 = sum(a[6:])
    h1_2024 = trailing - h2_2023
    w2 = [rng.uniform(0.9, 1.1) for _ in range(6)]
    b = [int(h1_2024 * x / sum(w2)) for x in w2]
    b[5] += h1_2024 - sum(b)
    g = [gmv_2023 * x / total_2023 for x in a]
    g[11] += gmv_2023 - sum(g)
    g2 = [gmv_h1_2024 * x / h1_2024 for x in b]
    names = [f"2023-{m:02d}" for m in range(1, 13)] + [f"2024-{m:02d}" for m in range(1, 7)]
    return list(zip(names, a + b, [round(x, 2) for x in g + g2]))


def fill(values: dict, common: dict) -> dict:
    out = dict(common)
    out.update(values)
    return out


def book_sections(p: Pkg, info: dict) -> list:
    m = p.meta
    s = [("一、申报单位简介", [info["company_intro"], info["company_core"]]),
         ("二、平台建设及运营情况", [("h2", "（一）平台基本信息"), info["platform_basic"], ("h2", "（二）平台技术架构"),
                            "平台采用“边缘层—IaaS层—PaaS层—SaaS层”四层架构：边缘层负责设备与业务系统数据接入；PaaS层提供数据中台、"
                            "模型中心、微服务治理与低代码开发工具；SaaS层面向客户提供交易、物流、加工、金融等应用。",
                            ("h2", "（三）技术路线先进性"), info["advance"], ("h2", "（四）平台运营情况"), info["operation"],
                            ("h2", "表X 平台对标同行业或相似平台的部分量化数据对比表"), ("table", info["bench"]),
                            info["innovation"]]),
         ("三、平台应用成效", [info["effects"], info["app_innovation"]]),
         ("四、平台下一步发展计划", [info["plan"]]),
         ("五、平台应用案例", info["cases"]),
         ("六、附件及其他说明材料", [("table", info["annex"])])]
    if info.get("section7"):
        s.append(("七、平台相较上年度对比情况", info["section7"]))
    return s


# ============================================================================ package 1: clean
def pkg_ouye_clean():
    pid = "h19_ouyeyunshang_clean"
    pdir = PKG_DIR / pid
    T = Truth(pid, pdir)
    company, platform = "欧冶云商股份有限公司", "欧冶云商生态运营平台"
    # platform finance (万元)
    rev = {2020: 34880.20, 2021: 40215.77, 2022: 46902.13, 2023: 52318.46}
    trailing_rev, q1_rev = 54106.30, 12604.18
    rd, profit, invest = 6182.35, 7846.92, 68500.00
    cfg = dict(
        devices=45680, pub_devices=31240, run_devices=21306,
        dev_cat={"物流设备": 5, "冶炼设备": 2.2, "机床": 1.1, "交通设备": 3, "仪器仪表": 1},
        dev_reg={"上海": 4, "江苏": 3, "浙江": 2, "山东": 1.5, "湖北": 1.2, "广东": 1, "天津": 0.8, "河北": 0.9, "四川": 0.6},
        overseas={"越南Vietnam": 126, "泰国Thailand": 84},
        apps=236, pub_apps=198, pub_app_active=121,
        app_cat={"供应链管理": 5, "仓储物流": 4, "运营管理": 3, "质量管控": 1.5, "生产制造": 1.2, "节能减排": 0.6, "安全生产": 0.7},
        app_ind={"黑色金属": 6, "机械": 2, "建筑业": 1.5, "汽车": 1, "家电": 0.6, "船舶": 0.5},
        models=168, served=21460, served_sh=3125,
        srv_ind={"黑色金属": 5, "机械": 3, "建筑业": 2.5, "汽车": 1.2, "家电": 0.8, "船舶": 0.5, "其他": 1},
        srv_reg={"江苏": 3, "浙江": 2.4, "山东": 1.8, "湖北": 1.2, "广东": 1.5, "天津": 0.7, "河北": 1, "四川": 0.8, "安徽": 0.9},
        solutions=44, rev=rev[2023], rd=rd, profit=profit, invest=invest, storage_tb=1200.00, data_tb=746.40, rev3=rev)
    vals = std_values(cfg)
    ord_2023, ord_trailing, ord_q1, ord_cum = 286450, 301228, 72106, 1286400
    gmv_2023, gmv_2022 = 3862140.55, 3436210.80  # 交易额 万元
    growth = round((gmv_2023 / gmv_2022 - 1) * 100, 2)
    vals.update({
        "序号": 16, "企业名称": company, "平台名称": platform, "平台性质": "行业型工业互联网平台",
        "联系人姓名": "顾晓雯", "联系人手机号": "13917264058", "联系人电子邮箱": "guxw@ouyeel-demo.example.com",
        "评审会现场地址信息": "上海市宝山区同济路1011号欧冶云商大厦8楼会议中心", "平台网址": "https://www.ouyeel-demo.example.com",
        "建设时间": "2015.02-2023.12", "平台建设金额（万元）": invest, "平台建设方式": "自建", "平台运营模式": "自运营",
        "部署方式": "私有云、公有云、混合云",
        "平台团队总人数（人）": 486, "运维人数（人）": 298, "运营人数（人）": 188, "有相关技术职称/从业资格的人数（人）": 341,
        "付费用户占比（%）": round(6842 / 24310 * 100, 2),
        "工业协议兼容适配数量（个）": 126, "工业软件总量（个）": 268, "基于平台开发的工业APP数量（个）": 152,
        "云化工业软件数量（个）": 84, "工业APP平均月活跃数量（个）": 187, "杀手锏APP数量（个）": 5,
        "公有云杀手锏APP平均日在线用户数（个）": 4218, "杀手锏APP日活次数（次）": 38620, "杀手锏APP月平均收入（万元）": 612.35,
        "平台实际用云量（台）": 286.00, "平台公有云实际使用数量（台）": 112, "公有云数据总量（TB）": 318.60,
        "活跃机理模型数量（一周调用5次以上）（个）": 97, "核心工业模型平均月调用用户数量（个）": 2860,
        "数据分析平台均速度（每TB分级/秒级/毫秒级）": ("秒级（每TB交易数据聚合分析约2.6秒）", "秒级"),
        "微服务数量（个）": 1320, "活跃微服务数量（一周调用5次以上）（个）": 864, "开发者注册总数（个）": 3260, "活跃开发者数（个）": 712,
        "平台是否建立安全管理体系": True, "有否定期开展第三方安全测试/测评": ("是，每年一次（等级保护测评）", True),
        "有否定期进行安全扫描": ("是，每季度一次", True),
        "注册企业用户数（个）": 24310, "付费企业数（个）": 6842, "服务中小企业数量（个）": 17930,
        "平台订单数量(近一年总量)（个）": orders(ord_2023, ord_trailing), "平台交易规模年增长率（%）": growth,
        "工业APP订阅总数量（个）": 15860, "杀手锏工业APP订阅数量（个）": 9120, "工业APP订阅总金额（万元）": 28640.50,
        "平台连接工业设备利用率（%）": 68.40, "平台国产化率（%）": 82.50, "平台是否服务上海智能工厂，数量": ("是，4家", 4),
        "平台服务园区总数（个）": 23, "企业是否已上市或已获得VC/PE投资": ("是，2020年完成A轮股权融资", True),
        "平台连接工业设备运维成本平均下降率（%）": 12.36, "平台连接工业设备能耗平均下降率（%）": 6.85,
        "平台连接工业设备安全生产持续时间平均提升率（%）": 15.20, "平台现有特色指数（个）": 6,
        "平台核心软硬件技术获得的专利数量（项）": 41, "平台核心软硬件技术获得的软著数量（个）": 87,
        "平台是否有自研形成的核心技术突破": ("是", True), "平台是否具备碳管理服务能力": ("是", True),
        "平台是否融合使用国家标识解析系统": ("是", True), "平台获得省部级及以上奖项/荣誉数量（个）": 7,
        "平台建设与运营带动新增就业人数（人）": 2350, "平台社会贡献率（%）": 18.64,
        "平台开放共享数据的形式及数量": "开放API接口412个、钢材价格指数数据集6个、仓库及加工资源目录3类",
        "合作平台数量（个）": 19,
    })
    texts = base_texts(platform, "钢铁流通与服务行业")
    cells = {
        "是否针对平台制定了安全管理相关制度": "是：《欧冶云商信息安全管理办法》OY-IT-001，2021年3月；《平台数据安全管理细则》OY-IT-015，2022年8月；"
                                     "《网络安全事件应急预案》OY-IT-021，2023年5月",
        "平台是否有自研形成的核心技术突破": "是。自研高并发交易撮合引擎，峰值处理能力1.2万笔/秒，关键指标与国际同类产品相当。",
        "平台是否具备碳管理服务能力": "是。提供钢材产品碳足迹核算与碳排放监测服务，已服务钢厂及加工中心46家。",
        "平台是否融合使用国家标识解析系统": "是。接入国家工业互联网标识解析二级节点（钢铁行业），累计标识注册量1.8亿条。",
        "平台现有特色指数（个）": "6（钢材价格指数、库存指数、物流运价指数、加工景气指数、供应链信用指数、采购景气指数）",
        "平台获得省部级及以上奖项/荣誉数量（个）": "7（清单见附件3-8）",
    }
    m = dict(
        company=company, uscc="91310000MA1FL0XX3K", founded="2015年2月", reg_addr="上海市宝山区 同济路1011号",
        ctype="股份有限公司（非上市）", capital="100,000万元", business="钢铁产业链电子商务、物流仓储、加工配送及供应链服务",
        legal_rep="王建平", contact="顾晓雯", contact_title="战略与数字化部 高级经理", phone="13917264058", fax="021-56781234",
        email="guxw@ouyeel-demo.example.com",
        equity="中国宝武钢铁集团有限公司 40.12%；宝山钢铁股份有限公司 20.00%；员工持股平台 6.88%；其他战略投资者 33.00%",
        fin2023={"总资产": "3,186,220.45", "主营业务收入": "8,652,340.12", "增长率": "9.36", "负债率": "61.28",
                 "利润总额": "96,410.37", "税金": "41,208.66"},
        platform_cell=platform, build_cell="2015 年 2 月至 2023 年 12 月", build_amount_cell=f"{invest:.2f}",
        rev3_cell="\n".join(f"{y}年平台营收 {rev[y]:.2f} 万元/增长率 {(rev[y] / rev[y - 1] - 1) * 100:.2f}%" for y in (2021, 2022, 2023))
                  + "\n注：此处数据为平台相关收益单列（平台服务费、仓储物流服务费、加工服务费、数据服务费），非公司合并报表收入。",
        build_mode_cell="☑自建  □合作共建", op_mode_cell="☑自运营  □联合运营  □委托运营",
        iaas_cell="☑自建  □租用", deploy_cell="□边缘侧 ☑私有云 ☑公有云 ☑混合云", url_cell="https://www.ouyeel-demo.example.com\n测试账号：pingshen2024  密码：Oy#Rev2024!",
        intro="欧冶云商生态运营平台是面向钢铁流通与服务行业的行业型工业互联网平台，以钢铁交易为入口，集成仓储、物流、加工、"
              "金融、数据等服务，连接钢厂、贸易商、加工中心、仓库与终端用户。平台主要功能包括在线交易、供应链协同、仓储物流管理、"
              "加工协同、数据服务与开放平台。截至2024年5月末，平台连接仓储、加工、运输等工业设备4.5万余台（套），注册企业用户2.4万家。",
        effect="平台解决了钢铁流通环节信息不透明、库存周转慢、物流成本高等痛点，推动钢铁产业链数字化协同，"
               "带动客户平均降低采购成本4.8%，库存资金占用下降18.5%。",
        form_date="2024年7月16日",
        proofs={"1.2.1 创新投入情况": "附件3-2 平台业务财务数据专项说明 第1页", "1.2.2 经营情况": "附件3-1 审计报告；附件3-2 专项说明 第1页",
                "2.1.1 工业设备连接/汇聚能力": "附件3-4 设备接入统计表 第1-2页；附件3-5 截图", "3.1.1 平台应用规模": "附件3-3 订单统计；附件3-7 客户分布统计",
                "3.1.3 平台带动成效": "附件3-6 知识产权清单；附件3-8 荣誉证书"},
        contact_row=["联系人（主）", "顾晓雯", company, "高级经理", "13917264058", "guxw@ouyeel-demo.example.com"],
        contact2_row=["联系人（备用）", "邵嘉诚", company, "主管", "13816620973", "shaojc@ouyeel-demo.example.com"],
        venue="宝山区 同济路 1011号 欧冶云商大厦8楼会议中心", author="guxw")
    p = Pkg(m, vals, texts, cells)

    # ---------------- files
    write_contact_docx(p, T.file("附件1_联系人信息反馈表.docx", "联系人表"))
    write_form_docx(p, T.file("附件2_申报表_欧冶云商生态运营平台.docx", "申报表"), layout="levels")
    write_form_scan(p, T.file("附件2_申报表_盖章扫描版.pdf", "申报表扫描件"), 161, company)
    write_summary_xlsx(p, T.file("附件4_平台基本情况汇总表.xlsx", "汇总表"))
    write_commitment_scan(p, T.file("附件5_真实性承诺_盖章.pdf", "承诺"), 162, company)
    E = "附件3_证明材料/"
    # 3-1 audit report: company scope, 合并 + 母公司
    f_audit = E + "3-1_2023年度审计报告.pdf"
    pl = [("一、营业总收入", 86523401213.35, 21305118402.77, 79120045561.10, 19876334120.50),
          ("其中：营业收入", 86523401213.35, 21305118402.77, 79120045561.10, 19876334120.50),
          ("二、营业总成本", 85672112045.18, 21166204318.45, 78311620114.62, 19753220891.03),
          ("其中：营业成本", 84902316554.20, 20988102311.36, 77610225004.83, 19602113450.21),
          ("研发费用", 312406618.42, 118224503.10, 276118320.55, 102336871.44),
          ("三、营业利润", 962841022.36, 152330117.09, 851203316.48, 126418702.33),
          ("四、利润总额", 964103715.52, 153006281.73, 853006420.17, 127004361.29),
          ("减：所得税费用", 168204411.35, 22950942.26, 149612330.08, 19050654.19),
          ("五、净利润", 795899304.17, 130055339.47, 703394090.09, 107953707.10)]
    bs = [("货币资金", 6820114502.36, 2210335406.18, 6112003450.22, 1986332108.45),
          ("应收账款", 4306228115.40, 1120336542.08, 3986221504.13, 1016330248.60),
          ("存货", 5120448306.77, 886201445.30, 4870112336.09, 812006344.18),
          ("资产总计", 31862204533.18, 12306118450.22, 29331006214.57, 11420336558.31),
          ("负债合计", 19525161450.36, 6812203316.45, 18006412233.10, 6311224005.62),
          ("所有者权益合计", 12337043082.82, 5493915133.77, 11324593981.47, 5109112552.69)]
    audit_report(T.file(f_audit, "evidence:audit_report"), company, "上海立衡会计师事务所（特殊普通合伙）",
                 "立衡审字〔2024〕第0418号", bs, pl, [])
    # 3-2 platform financial note (万元): 2021-2023 + trailing year + 2024Q1 (legitimate extra periods)
    f_note = E + "3-2_平台业务财务数据专项说明.pdf"
    head = ["项目（万元）", "2021年度", "2022年度", "2023年度", "2023年7月—\n2024年6月", "2024年\n1—3月"]
    rows = [["平台相关营业收入", fmt(rev[2021]), fmt(rev[2022]), fmt(rev[2023]), fmt(trailing_rev), fmt(q1_rev)],
            ["　其中：平台服务费", fmt(14206.33), fmt(16880.02), fmt(19246.18), fmt(19902.44), fmt(4618.20)],
            ["　　　　仓储物流服务费", fmt(18930.51), fmt(21406.77), fmt(23318.40), fmt(24080.16), fmt(5602.31)],
            ["　　　　加工及数据服务费", fmt(7078.93), fmt(8615.34), fmt(9753.88), fmt(10123.70), fmt(2383.67)],
            ["平台营业成本", fmt(31020.45), fmt(35688.20), fmt(38906.12), fmt(40118.56), fmt(9412.30)],
            ["平台利润总额", fmt(5106.22), fmt(6418.37), fmt(profit), fmt(8120.44), fmt(1802.65)],
            ["平台相关研发投入", fmt(4630.18), fmt(5406.90), fmt(rd), fmt(6355.02), fmt(1488.40)]]
    ev.fin_note_pdf(T.file(f_note, "evidence:other"), company, "欧冶云商生态运营平台业务财务数据专项说明",
                    ["本说明依据公司经审计的2021—2023年度财务报表及2024年未经审计的管理报表，按业务合同归属将与平台直接订阅服务相关的收入、"
                     "成本及研发投入单列。钢材自营贸易收入不属于平台服务收入，未计入本表。",
                     "2023年度公司合并营业收入为8,652,340.12万元，其中平台相关营业收入52,318.46万元，占比约0.60%。"],
                    head, rows,
                    ["注1：2023年7月—2024年6月数据用于与“截至填表日前一年”口径的指标对照，未经审计。",
                     "注2：2024年1—3月为季度管理报表数据，未经审计。", "注3：研发投入口径参照国家统计局R&amp;D统计口径，仅含平台相关项目。"],
                    "欧冶云商股份有限公司 财务部", "2024年7月8日",
                    widths=[40 * mm, 26 * mm, 26 * mm, 26 * mm, 27 * mm, 25 * mm])
    T.fact("平台相关营业收入（万元）", fmt(rev[2023]), "万元", rev[2023], f_note, 1, row_label="平台相关营业收入", column_label="2023年度")
    T.fact("平台近三年经营指标情况", fmt(rev[2022]), "万元", rev[2022], f_note, 1, row_label="平台相关营业收入", column_label="2022年度", component="2022年平台营收（万元）")
    T.fact("平台近三年经营指标情况", fmt(rev[2021]), "万元", rev[2021], f_note, 1, row_label="平台相关营业收入", column_label="2021年度", component="2021年平台营收（万元）")
    T.fact("平台相关研发投入（万元）", fmt(rd), "万元", rd, f_note, 1, row_label="平台相关研发投入", column_label="2023年度")
    T.fact("平台利润率（%）", fmt(profit), "万元", profit, f_note, 1, row_label="平台利润总额", column_label="2023年度", component="平台利润总额（万元）")
    T.fact("投资回报率（%）", fmt(profit), "万元", profit, f_note, 1, row_label="平台利润总额", column_label="2023年度", component="平台年利润（万元）")
    # 3-3 orders: both readings, quarterly, cumulative
    f_ord = E + "3-3_平台订单及交易规模统计.xlsx"
    months = months_series(ord_2023, ord_trailing, 163, gmv_2023, 2010300.40)
    q1 = sum(n for mth, n, _ in months if mth in ("2024-01", "2024-02", "2024-03"))
    months = [(mm_, (n + (ord_q1 - q1) if mm_ == "2024-02" else n) - (ord_q1 - q1 if mm_ == "2024-05" else 0), g)
              for mm_, n, g in months]
    ev.orders_xlsx(T.file(f_ord, "evidence:other"), company, months, [
        ("统计口径", "平台直接订阅服务订单（不含仅信息撮合）"),
        ("2023年自然年订单数（个）", ord_2023),
        ("截至填表日前一年（2023年7月—2024年6月）订单数（个）", ord_trailing),
        ("2024年第一季度订单数（个）", ord_q1),
        ("平台上线以来累计订单数（个）", ord_cum),
        ("2023年交易额（万元）", gmv_2023), ("2022年交易额（万元）", gmv_2022),
        ("2023年交易规模增长率（%）", growth)])
    T.fact("平台订单数量(近一年总量)（个）", str(ord_2023), "个", ord_2023, f_ord, 1, row_label="2023年自然年订单数（个）", component="2023年自然年")
    T.fact("平台订单数量(近一年总量)（个）", str(ord_trailing), "个", ord_trailing, f_ord, 1, row_label="截至填表日前一年（2023年7月—2024年6月）订单数（个）", component="截至填表日前一年")
    T.fact("平台交易规模年增长率（%）", str(growth), "%", growth, f_ord, 1, row_label="2023年交易规模增长率（%）")
    # 3-4 devices (截至2024年5月31日), customers' devices; own IT assets listed separately
    f_dev = E + "3-4_平台接入设备统计表（截至2024年5月31日）.pdf"
    cat = vals["按二级分类统计工业设备数量（台/套）"]
    st = styles("WQY", 10)
    own = [Spacer(1, 5 * mm), Paragraph("表4 平台自有IT基础设施（服务器、网络及安全设备，非工业设备，不计入上述接入数量）", st["h"]),
           table([["类别", "数量（台）"], ["物理服务器", "386"], ["网络及安全设备", "112"], ["合计", "498"]], [70 * mm, 50 * mm], "WQY")]
    reg_dom = {k: v for k, v in vals["按省市区域统计工业设备数量（台/套）"].items()}
    ev.devices_pdf(T.file(f_dev, "evidence:device_list"), company, "欧冶云商生态运营平台接入工业设备统计表",
                   "截至2024年5月31日；设备为平台用户（仓库、加工中心、承运商）的在网设备", cat,
                   vals["按二级分类统计公有云工业设备数量（台/套）"], vals["按二级分类统计公有云工业设备平均日运行数量（台/套）"],
                   reg_dom, cfg["overseas"], own)
    T.fact("连接的工业设备/产品/产线种类及数量（台/套）", fint(45680), "台/套", 45680, f_dev, 1, row_label="合计", column_label="接入数量（台/套）")
    T.fact("公有云工业设备连接数量（台/套）", fint(31240), "台/套", 31240, f_dev, 1, row_label="合计", column_label="其中：公有云接入（台/套）")
    T.fact("公有云工业设备平均日运行数量（台/套）", fint(21306), "台/套", 21306, f_dev, 1, row_label="合计", column_label="公有云日均运行（台/套）")
    T.fact("海外设备连接数量（台/套）", "210", "台/套", 210, f_dev, 2, row_label="合计", column_label="接入数量（台/套）")
    # 3-5 screenshots
    f_s1 = E + "3-5_平台运行截图-运营总览.png"
    screenshot(T.file(f_s1, "evidence:screenshot"), "欧冶云商生态运营平台 · 运营总览", "https://www.ouyeel-demo.example.com/ops/overview",
               [("注册企业用户（家）", "24,310", "截至2024-05-31"), ("累计订单（个）", "1,286,400", "自平台上线以来"),
                ("上架工业APP", "236", "其中公有云198"), ("2024年Q1订单（个）", "72,106", "同比 +9.8%"),
                ("机理模型", "168", "活跃97"), ("微服务", "1,320", "活跃864"), ("注册开发者", "3,260", "活跃712")],
               164, note="数据更新：2024-06-01 08:00")
    T.fact("注册企业用户数（个）", "24,310", "家", 24310, f_s1, 1, row_label="注册企业用户（家）", image_only=True)
    T.fact("工业APP数量（个）", "236", "个", 236, f_s1, 1, row_label="上架工业APP", image_only=True)
    T.fact("工业机理模型数量（个）", "168", "个", 168, f_s1, 1, row_label="机理模型", image_only=True)
    T.fact("微服务数量（个）", "1,320", "个", 1320, f_s1, 1, row_label="微服务", image_only=True)
    T.fact("开发者注册总数（个）", "3,260", "个", 3260, f_s1, 1, row_label="注册开发者", image_only=True)
    f_s2 = E + "3-5_平台运行截图-设备接入.png"
    screenshot(T.file(f_s2, "evidence:screenshot"), "设备接入监控", "https://www.ouyeel-demo.example.com/iot/dashboard",
               [("在网设备（台/套）", "45,680", "截至2024-05-31"), ("公有云接入", "31,240", ""), ("近一年日均运行", "21,306", "公有云")],
               165, extra_head=["区域", "在网设备", "公有云", "日均运行"],
               extra_rows=[[k, fint(vals["按省市区域统计工业设备数量（台/套）"][k]), fint(vals["按省市区域统计公有云工业设备数量（台/套）"][k]),
                            fint(vals["按省市区域统计公有云工业设备平均日运行数量（台/套）"][k])] for k in list(reg_dom)[:9]],
               theme=(12, 90, 80))
    T.fact("连接的工业设备/产品/产线种类及数量（台/套）", "45,680", "台/套", 45680, f_s2, 1, row_label="在网设备（台/套）", image_only=True)
    T.fact("公有云工业设备连接数量（台/套）", "31,240", "台/套", 31240, f_s2, 1, row_label="公有云接入", image_only=True)
    # 3-6 IP list
    f_ip = E + "3-6_平台核心技术知识产权清单.pdf"
    ip = ip_list_pdf(T.file(f_ip, "evidence:patent_list"), company, mk_patents(166, 41, ["钢材交易", "仓储", "物流路径", "加工排程", "信用评价"]),
                     mk_softs(167, 87, "欧冶云商"))
    T.fact("平台核心软硬件技术获得的专利数量（项）", "41", "项", 41, f_ip, ip["patent"], quote="共41项", row_label="表1 已授权发明及实用新型专利清单")
    T.fact("平台核心软硬件技术获得的软著数量（个）", "87", "项", 87, f_ip, ip["soft"], quote="共87项", row_label="表2 计算机软件著作权登记清单")
    # 3-7 customers: Shanghai vs national; 2023 new (annual) vs cumulative
    f_cus = E + "3-7_服务企业分布统计.xlsx"
    ev.customers_xlsx(T.file(f_cus, "evidence:other"), "欧冶云商生态运营平台 实际服务企业分布（累计到达值，截至2024年5月31日）",
                      vals["按省市区域统计服务企业数（个）"], vals["按行业统计服务企业数（个）"],
                      [("其中：2023年度新增服务企业（家）", 3860), ("其中：付费企业（家）", 6842), ("其中：中小企业（家）", 17930)])
    T.fact("实际服务企业数（个）", "21460", "家", 21460, f_cus, 1, row_label="全国合计", column_label="服务企业数（家）")
    T.fact("服务本市企业数量（个）", "3125", "家", 3125, f_cus, 1, row_label="上海", column_label="服务企业数（家）")
    # 3-8 awards (scan)
    f_aw = E + "3-8_省部级及以上荣誉证书.pdf"
    awards = [("工业和信息化部工业互联网试点示范项目", "2019年12月", "工业和信息化部"),
              ("上海市工业互联网创新发展应用示范企业", "2020年9月", "上海市经济和信息化委员会"),
              ("国家级服务型制造示范平台", "2021年11月", "工业和信息化部"),
              ("上海市科技进步奖二等奖", "2021年5月", "上海市人民政府"),
              ("工业互联网平台创新领航应用案例", "2022年10月", "工业和信息化部"),
              ("上海市“工赋链主”培育企业", "2023年3月", "上海市经济和信息化委员会"),
              ("国家级新型信息消费示范项目", "2023年8月", "工业和信息化部")]
    ev.award_scan(T.file(f_aw, "evidence:award_list"), company, awards, 168, "省部级及以上荣誉清单（共7项）")
    T.fact("平台获得省部级及以上奖项/荣誉数量（个）", "7", "项", 7, f_aw, 1, quote="省部级及以上荣誉清单（共7项）", row_label="省部级及以上荣誉清单", image_only=True)
    # 3-9 security
    ev.security_pdf(T.file(E + "3-9_等级保护测评报告摘要.pdf", "evidence:other"), company, platform,
                    "上海信安测评技术有限公司", "SH-DJCP-2023-11-0462", "2023年11月20日")
    # 申报书 (with 七: 2023 participant)
    info = dict(
        company_intro="欧冶云商股份有限公司成立于2015年2月，是中国宝武钢铁集团有限公司发起设立的钢铁产业互联网企业，"
                      "注册资本10亿元，主营钢铁产业链电子商务、物流仓储、加工配送与供应链服务。2023年公司合并营业收入865.23亿元"
                      "（其中绝大部分为钢材交易收入），平台相关营业收入5.23亿元。",
        company_core="公司拥有研发与运维团队近500人，自主研发交易撮合引擎、仓储物流协同系统与数据中台，累计获得平台相关授权专利41项、软件著作权87项。",
        platform_basic="平台名称：欧冶云商生态运营平台；建设时间2015年2月至2023年12月；建设方式自建；平台建设金额68,500万元；"
                       "定位为面向钢铁流通与服务行业的行业型工业互联网平台，提供交易、仓储、物流、加工、金融、数据等服务。",
        advance="与同类钢铁电商平台相比，平台在仓储物联网接入规模、交易撮合性能、数字仓单与标识解析融合方面处于国内领先水平。",
        operation="截至2024年5月31日，平台注册企业用户24,310家，累计实际服务企业21,460家，其中上海市企业3,125家，其余分布在江苏、浙江、"
                  "山东等省份；2023年度新增服务企业3,860家。平台连接仓储、加工、运输等工业设备45,680台（套）。"
                  "2023年自然年平台订单286,450个，截至填表日前一年（2023年7月—2024年6月）订单301,228个，自上线以来累计订单1,286,400个。",
        bench=[["三级指标", "本平台数据", "对标数据"], ["1.2.1 创新投入情况", "研发投入6,182.35万元，强度11.82%", "同类平台A：研发投入数量级千万元，强度约8%"],
               ["2.1.1 工业设备连接/汇聚能力", "连接设备45,680台（套）", "同类平台B：约2万台（套）"],
               ["3.1.1 平台应用规模", "注册企业24,310家", "同类平台B：约1.5万家"]],
        innovation="技术创新点总结：平台自研高并发交易撮合引擎、钢铁行业标识解析与数字仓单、仓储物联网接入体系，"
                   "核心技术自主可控，关键指标处于行业前列。",
        effects="平台帮助钢铁流通企业降低采购成本、提升库存周转。2024年第一季度平台订单72,106个，同比增长9.8%。",
        app_innovation="应用创新点总结：数字仓单+供应链金融、钢材加工共享产能、碳足迹核算服务等新场景。",
        plan="下一步将深化AI大模型在价格预测与客服中的应用，扩大海外仓储接入规模，完善开放平台生态。",
        cases=["案例1：欧冶云商生态运营平台——钢材仓储数字化协同", "企业简介：某大型钢材仓储企业，在华东拥有仓库12座。",
               "案例实际内容：通过平台接入行车、地磅等设备1,860台，实现库存实时可视，库存周转效率提升23%。",
               "案例2：欧冶云商生态运营平台——加工配送共享产能", "案例3：欧冶云商生态运营平台——数字仓单融资服务"],
        annex=[["序号", "附件名称", "页码"], ["3-1", "2023年度审计报告", "共4页"], ["3-2", "平台业务财务数据专项说明", "第1页"],
               ["3-3", "平台订单及交易规模统计（Excel）", "—"], ["3-4", "平台接入设备统计表（截至2024年5月31日）", "第1-2页"],
               ["3-5", "平台运行截图", "2张"], ["3-6", "平台核心技术知识产权清单", "共6页"], ["3-7", "服务企业分布统计（Excel）", "—"],
               ["3-8", "省部级及以上荣誉证书", "共4页"], ["3-9", "等级保护测评报告摘要", "共2页"]],
        section7=["2023年度参评时（数据截至2023年6月30日）与本次申报（截至2024年5月31日）主要指标对比如下：",
                  ("table", [["指标", "2023年度参评", "本次申报", "变化"],
                             ["连接的工业设备（台/套）", "38,200", "45,680", "+19.6%"],
                             ["注册企业用户数（家）", "21,050", "24,310", "+15.5%"],
                             ["工业APP数量（个）", "205", "236", "+31个"],
                             ["平台相关营业收入（万元）", "46,902.13（2022年度）", "52,318.46（2023年度）", "+11.5%"]]),
                  "功能模块方面，2023年7月以来新增碳足迹核算、海外仓接入、AI智能客服三个模块。"])
    write_book_docx(p, T.file("附件3_申报书_欧冶云商生态运营平台.docx", "申报书"), book_sections(p, info))
    T.write(p, dict(list_no=16, listed_name=platform, company=company, declared_name=platform, participated_2023=True),
            "序号16欧冶云商生态运营平台，干净包：审计报告合并/母公司并列（公司营收865亿元远高于平台5.23亿元）、专项说明含2023年度/"
            "截至填表日前一年/2024年一季度多期列、订单两种口径+累计+季度、设备截至2024年5月31日且单列非工业自有IT设备、"
            "服务企业累计值与2023年新增值并列、本市与全国并列、第七章上年参评数据与本期不同。",
            ["naming:附件N_", "evidence_dir:附件3_证明材料", "form:docx-levels", "stamped_scan", "summary:xlsx-vertical",
             "commitment:scan", "audit:合并+母公司", "platform_part:专项说明(万元,多期)", "orders:both+cumulative+quarterly",
             "devices:asof-2024-05-31+own-IT-excluded", "screenshots:png", "awards:scan", "section7"],
            ["Oy#Rev2024!"])
    return T


if __name__ == "__main__":
    shutil.rmtree(PKG_DIR, ignore_errors=True)
    shutil.rmtree(ROOT / "truth", ignore_errors=True)
    import importlib
    builders = [pkg_ouye_clean]
    try:
        more = importlib.import_module("specs_more")
        builders += more.BUILDERS
    except ModuleNotFoundError:
        pass
    for b in builders:
        t = b()
        print(t.pid, "files", len(t.files), "facts", len(t.facts), "problems", len(t.problems))
