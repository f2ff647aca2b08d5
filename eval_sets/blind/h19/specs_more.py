"""The three problem packages of the h19 set."""
from __future__ import annotations

from h19lib import Paragraph, Spacer, fint, fmt, mm, screenshot, styles, table, images_to_pdf
from forms import (Pkg, orders, revenue3, write_book_docx, write_book_pdf, write_commitment_docx,
                   write_commitment_scan, write_contact_docx, write_form_docx, write_form_scan, write_form_xlsx,
                   write_summary_docx, write_summary_xlsx)
from common import Truth, audit_report, base_texts, ip_list_pdf, mk_patents, mk_softs, std_values
import evidence as ev
from build import PKG_DIR, book_sections, months_series


def misc(**kw) -> dict:
    """Default values of the descriptive/count rows; packages override what they need."""
    v = {
        "平台团队总人数（人）": 120, "运维人数（人）": 72, "运营人数（人）": 48, "有相关技术职称/从业资格的人数（人）": 81,
        "工业协议兼容适配数量（个）": 64, "工业软件总量（个）": 96, "基于平台开发的工业APP数量（个）": 52,
        "云化工业软件数量（个）": 30, "工业APP平均月活跃数量（个）": 61, "杀手锏APP数量（个）": 5,
        "公有云杀手锏APP平均日在线用户数（个）": 612, "杀手锏APP日活次数（次）": 5830, "杀手锏APP月平均收入（万元）": 46.20,
        "平台实际用云量（台）": 96.00, "平台公有云实际使用数量（台）": 40, "公有云数据总量（TB）": 96.40,
        "活跃机理模型数量（一周调用5次以上）（个）": 58, "核心工业模型平均月调用用户数量（个）": 420,
        "数据分析平台均速度（每TB分级/秒级/毫秒级）": ("秒级（每TB数据聚合分析约5秒）", "秒级"),
        "微服务数量（个）": 420, "活跃微服务数量（一周调用5次以上）（个）": 236, "开发者注册总数（个）": 860, "活跃开发者数（个）": 214,
        "平台是否建立安全管理体系": True, "有否定期开展第三方安全测试/测评": ("是，每年一次", True),
        "有否定期进行安全扫描": ("是，每月一次", True),
        "工业APP订阅总数量（个）": 3120, "杀手锏工业APP订阅数量（个）": 1406, "工业APP订阅总金额（万元）": 2286.40,
        "平台连接工业设备利用率（%）": 72.30, "平台国产化率（%）": 86.00, "平台是否服务上海智能工厂，数量": ("是，3家", 3),
        "平台服务园区总数（个）": 8, "企业是否已上市或已获得VC/PE投资": ("否", False),
        "平台连接工业设备运维成本平均下降率（%）": 14.20, "平台连接工业设备能耗平均下降率（%）": 8.36,
        "平台连接工业设备安全生产持续时间平均提升率（%）": 11.50, "平台现有特色指数（个）": 3,
        "平台是否有自研形成的核心技术突破": ("是", True), "平台是否具备碳管理服务能力": ("否", False),
        "平台是否融合使用国家标识解析系统": ("是", True), "平台获得省部级及以上奖项/荣誉数量（个）": 4,
        "平台建设与运营带动新增就业人数（人）": 310, "平台社会贡献率（%）": 16.40,
        "平台开放共享数据的形式及数量": "开放API接口86个、数据集4个", "合作平台数量（个）": 6,
    }
    v.update(kw)
    return v


def meta_common(**kw) -> dict:
    m = dict(fax="—", form_date="2024年7月18日", proofs={})
    m.update(kw)
    return m


def std_book_info(name, company, **kw):
    info = dict(
        company_intro=f"{company}基本情况见申报表一。", company_core="公司拥有一支专业化的平台研发与运营团队。",
        platform_basic=f"平台名称：{name}。", advance="与同类平台相比，平台在关键指标上处于国内先进水平。",
        operation="平台运营情况良好。", bench=[["三级指标", "本平台数据", "对标数据"], ["3.1.1 平台应用规模", "见申报表", "同类平台约为本平台的60%"]],
        innovation="技术创新点总结：核心技术自主可控，关键指标处于国内先进水平。", effects="平台显著提升了用户企业的效率。",
        app_innovation="应用创新点总结：新技术融合应用与新场景示范。", plan="下一步将加强AI大模型融合与生态建设。",
        cases=[f"案例1：{name}——典型用户应用", "案例2：…", "案例3：…"],
        annex=[["序号", "附件名称", "页码"]])
    info.update(kw)
    return info


# ============================================================================ package 2: 鸿之微 (序号4)
def pkg_hongzhiwei():
    pid = "h19_hongzhiwei_problems"
    T = Truth(pid, PKG_DIR / pid)
    company, platform = "鸿之微(科技)上海股份有限公司", "基于知识驱动的材料大数据工业互联网平台"
    # company (合并) revenue in 元 and 万元; platform revenue (平台业务收入明细) in 元
    co = {2020: 57206118.45, 2021: 69850332.18, 2022: 82753110.20, 2023: 98164205.36}
    co_w = {y: round(x / 10000, 2) for y, x in co.items()}
    pf = {2021: 21880430.55, 2022: 27306552.10, 2023: 32451806.27}
    pf_w = {y: round(x / 10000, 2) for y, x in pf.items()}
    rd_y, profit_y = 8126330.40, 5420118.36
    rd, profit = round(rd_y / 10000, 2), round(profit_y / 10000, 2)
    cfg = dict(devices=1286, pub_devices=642, run_devices=388,
               dev_cat={"仪器仪表": 6, "电工、电子设备": 2, "化工设备": 1.2, "其他": 0.8},
               dev_reg={"上海": 5, "江苏": 2, "浙江": 1.3, "北京": 1.5, "广东": 1, "安徽": 0.8}, overseas={},
               apps=84, pub_apps=61, pub_app_active=29,
               app_cat={"研发设计": 6, "质量管控": 2, "生产制造": 1.2, "节能减排": 0.6},
               app_ind={"有色金属": 2, "石化化工": 3, "电子": 3, "医药": 1.2, "其他": 1},
               models=212, served=1368, served_sh=436,
               srv_ind={"电子": 3, "石化化工": 2.5, "有色金属": 1.5, "医药": 1, "其他": 2},
               srv_reg={"江苏": 2, "浙江": 1.4, "北京": 1.6, "广东": 1.3, "安徽": 0.6, "湖北": 0.6},
               solutions=22, rev=co_w[2023], rd=rd, profit=profit, invest=9860.00, storage_tb=860.00, data_tb=512.30,
               rev3={2020: co_w[2020], **{y: co_w[y] for y in (2021, 2022, 2023)}})
    vals = std_values(cfg)
    # planted: 2022 growth rate miscomputed (18.47 → 21.47)
    g = {y: round((co_w[y] / co_w[y - 1] - 1) * 100, 2) for y in (2021, 2022, 2023)}
    g_decl = dict(g)
    g_decl[2022] = round(g[2022] + 3.00, 2)
    vals["平台近三年经营指标情况"] = revenue3({y: (co_w[y], g_decl[y]) for y in (2021, 2022, 2023)})
    gmv_2023, gmv_2022 = 15640.22, 13215.06
    growth_year = round((gmv_2023 / gmv_2022 - 1) * 100, 2)  # 18.35
    growth_q1 = 42.60
    vals.update(misc(**{
        "序号": 4, "企业名称": company, "平台名称": platform, "平台性质": "行业型工业互联网平台",
        "联系人姓名": "陆思远", "联系人手机号": "13901786425", "联系人电子邮箱": "lusy@hzw-demo.example.com",
        "评审会现场地址信息": "上海市浦东新区张江路368号鸿之微大厦5楼多功能厅", "平台网址": "https://matdata.hzw-demo.example.com",
        "建设时间": "2018.03-2023.12", "平台建设金额（万元）": 9860.00, "平台建设方式": "自建", "平台运营模式": "自运营",
        "部署方式": "私有云、公有云", "付费用户占比（%）": round(512 / 2206 * 100, 2), "注册企业用户数（个）": 2206,
        "付费企业数（个）": 512, "服务中小企业数量（个）": 1012,
        "平台订单数量(近一年总量)（个）": orders(8426, 8931), "平台交易规模年增长率（%）": growth_q1,
        "平台核心软硬件技术获得的专利数量（项）": 36, "平台核心软硬件技术获得的软著数量（个）": 58,
        "工业软件总量（个）": 118, "基于平台开发的工业APP数量（个）": 54, "开发者注册总数（个）": 5120, "活跃开发者数（个）": 1306,
        "平台是否具备碳管理服务能力": ("否", False), "平台获得省部级及以上奖项/荣誉数量（个）": 5,
        "企业是否已上市或已获得VC/PE投资": ("是，已获得多轮VC/PE投资", True)}))
    texts = base_texts(platform, "新材料研发与制造行业", {
        "平台定位是否明确": "面向新材料研发与制造的材料大数据与计算仿真工业互联网平台。",
        "其他资源汇聚情况": "汇聚材料数据库记录超过2,600万条、第一性原理计算模型212个、高校及科研院所合作实验室38家。"})
    m = meta_common(
        company=company, uscc="91310115MA1H7XXX2Q", founded="2016年6月", reg_addr="上海市浦东新区（中国(上海)自由贸易试验区）",
        ctype="股份有限公司（非上市）", capital="6,120万元", business="材料计算设计软件、材料大数据平台及技术服务",
        legal_rep="李睿", contact="陆思远", contact_title="平台事业部 总监", phone="13901786425", email="lusy@hzw-demo.example.com",
        equity="创始团队合计 41.6%；产业基金A 12.3%；其他机构投资者 46.1%",
        fin2023={"总资产": "46,218.30", "主营业务收入": fmt(co_w[2023]), "增长率": f"{g[2023]:.2f}", "负债率": "28.40",
                 "利润总额": "1,206.33", "税金": "486.12"},
        platform_cell=platform, build_cell="2018年3月至2023年12月", build_amount_cell="9860.00",
        rev3_cell="；".join(f"{y}年平台营收{co_w[y]:.2f}万元/增长率{g_decl[y]:.2f}%" for y in (2021, 2022, 2023)),
        build_mode_cell="自建", op_mode_cell="自运营", iaas_cell="租用，服务商名称：某公有云服务商（华东2区）",
        deploy_cell="私有云、公有云", url_cell="https://matdata.hzw-demo.example.com（评审账号另行提供）",
        intro="基于知识驱动的材料大数据工业互联网平台是面向新材料研发与制造的行业型工业互联网平台，集成材料计算仿真、材料数据库、"
              "AI材料设计与实验数据管理等功能，服务电子、化工、有色金属等行业企业与科研机构。",
        effect="平台缩短新材料研发周期约30%，降低试错实验成本约25%。", author="lusy")
    p = Pkg(m, vals, texts)
    pre = "鸿之微-"
    write_contact_docx(p, T.file(pre + "附件1-联系人信息反馈表.docx", "联系人表"))
    write_form_xlsx(p, T.file(pre + "附件2-申报表.xlsx", "申报表"))
    write_form_scan(p, T.file(pre + "附件2-申报表（盖章）.pdf", "申报表扫描件"), 41, company)
    write_summary_docx(p, T.file(pre + "附件4-平台基本情况汇总表.docx", "汇总表"))
    write_commitment_docx(p, T.file(pre + "附件5-真实性承诺.docx", "承诺"))
    # audit report with 合并/母公司 and an annexed 平台业务收入明细 (元)
    f_a = pre + "证明材料01-2023年度审计报告.pdf"
    pl = [("一、营业收入", co[2023], 71220306.18, co[2022], 60112204.36), ("减：营业成本", 42306118.20, 30112406.55, 35820114.06, 26004331.18),
          ("研发费用", 31206445.81, 26330118.40, 27116502.33, 22806155.10), ("二、营业利润", 11852306.14, 8240116.38, 9631224.08, 6702115.60),
          ("三、利润总额", 12063302.55, 8330226.17, 9720336.41, 6766204.12), ("四、净利润", 10804226.36, 7480337.20, 8660205.17, 6040118.33)]
    bs = [("资产总计", 462183006.20, 401206335.18, 420336118.45, 366203417.80), ("负债合计", 131260118.36, 108220336.40, 120306445.17, 99820334.06)]
    st = styles("STSong-Light", 10.5)
    annex = [Paragraph("附注十五、平台业务收入明细（按业务合同归属拆分）", st["h"]),
             Paragraph("应贵公司要求，我们对“基于知识驱动的材料大数据工业互联网平台”相关收入执行了商定程序，明细如下（单位：元）：", st["p"]),
             table([["项目", "2023年度", "2022年度", "2021年度"],
                    ["平台订阅及计算服务收入", fmt(pf[2023]), fmt(pf[2022]), fmt(pf[2021])],
                    ["平台相关研发投入", fmt(rd_y), fmt(6806115.32), fmt(5620330.18)],
                    ["平台利润总额", fmt(profit_y), fmt(4306226.71), fmt(3420118.06)]],
                   [50 * mm, 40 * mm, 40 * mm, 40 * mm], "STSong-Light"),
             Paragraph("注：公司其余收入为材料计算软件许可销售及定制开发收入，不属于平台订阅服务。", st["small"])]
    audit_report(T.file(f_a, "evidence:audit_report"), company, "上海瑞谨会计师事务所（普通合伙）", "瑞谨审字〔2024〕第1127号",
                 bs, pl, [annex])
    T.fact("平台相关营业收入（万元）", fmt(pf[2023]), "元", pf_w[2023], f_a, 5, row_label="平台订阅及计算服务收入", column_label="2023年度")
    T.fact("平台近三年经营指标情况", fmt(pf[2022]), "元", pf_w[2022], f_a, 5, row_label="平台订阅及计算服务收入", column_label="2022年度", component="2022年平台营收（万元）")
    T.fact("平台近三年经营指标情况", fmt(pf[2021]), "元", pf_w[2021], f_a, 5, row_label="平台订阅及计算服务收入", column_label="2021年度", component="2021年平台营收（万元）")
    T.fact("平台相关研发投入（万元）", fmt(rd_y), "元", rd, f_a, 5, row_label="平台相关研发投入", column_label="2023年度")
    T.fact("平台利润率（%）", fmt(profit_y), "元", profit, f_a, 5, row_label="平台利润总额", column_label="2023年度", component="平台利润总额（万元）")
    T.fact("投资回报率（%）", fmt(profit_y), "元", profit, f_a, 5, row_label="平台利润总额", column_label="2023年度", component="平台年利润（万元）")
    # IP list with pending applications listed separately
    f_ip = pre + "证明材料02-知识产权清单.pdf"
    ip = ip_list_pdf(T.file(f_ip, "evidence:patent_list"), company, mk_patents(42, 29, ["材料基因", "第一性原理", "高通量计算", "知识图谱"]),
                     mk_softs(43, 58, "鸿之微"), pending=mk_patents(44, 7, ["机器学习势函数", "材料数据清洗"], prefix="CN2", start_year=2023))
    T.fact("平台核心软硬件技术获得的专利数量（项）", "29", "项", 29, f_ip, ip["patent"], quote="共29项", row_label="表1 已授权发明及实用新型专利清单")
    T.fact("平台核心软硬件技术获得的软著数量（个）", "58", "项", 58, f_ip, ip["soft"], quote="共58项", row_label="表2 计算机软件著作权登记清单")
    # orders & transaction scale: annual vs Q1 YoY
    f_o = pre + "证明材料03-平台订单与交易规模.xlsx"
    months = months_series(8426, 8931, 45, gmv_2023, 8406.30)
    ev.orders_xlsx(T.file(f_o, "evidence:other"), company, months, [
        ("2023年自然年订单数（个）", 8426), ("截至填表日前一年订单数（个）", 8931),
        ("2023年平台交易额（万元）", gmv_2023), ("2022年平台交易额（万元）", gmv_2022),
        ("2023年交易规模同比增长率（%）", growth_year), ("2024年一季度交易额同比增长率（%）", growth_q1)], author="caiwu")
    T.fact("平台订单数量(近一年总量)（个）", "8426", "个", 8426, f_o, 1, row_label="2023年自然年订单数（个）", component="2023年自然年")
    T.fact("平台订单数量(近一年总量)（个）", "8931", "个", 8931, f_o, 1, row_label="截至填表日前一年订单数（个）", component="截至填表日前一年")
    T.fact("平台交易规模年增长率（%）", str(growth_year), "%", growth_year, f_o, 1, row_label="2023年交易规模同比增长率（%）")
    # devices + screenshot (image-only PDF)
    f_d = pre + "证明材料04-接入设备清单.pdf"
    ev.devices_pdf(T.file(f_d, "evidence:device_list"), company, "材料大数据平台接入实验及检测设备统计", "截至2024年6月30日",
                   vals["按二级分类统计工业设备数量（台/套）"], vals["按二级分类统计公有云工业设备数量（台/套）"],
                   vals["按二级分类统计公有云工业设备平均日运行数量（台/套）"], vals["按省市区域统计工业设备数量（台/套）"], {})
    T.fact("连接的工业设备/产品/产线种类及数量（台/套）", fint(1286), "台/套", 1286, f_d, 1, row_label="合计", column_label="接入数量（台/套）")
    T.fact("公有云工业设备连接数量（台/套）", "642", "台/套", 642, f_d, 1, row_label="合计", column_label="其中：公有云接入（台/套）")
    T.fact("公有云工业设备平均日运行数量（台/套）", "388", "台/套", 388, f_d, 1, row_label="合计", column_label="公有云日均运行（台/套）")
    f_s = pre + "证明材料05-平台运行截图.pdf"
    s1 = screenshot(None, "材料大数据平台 · 运营驾驶舱", "https://matdata.hzw-demo.example.com/console",
                    [("注册企业", "2,206", ""), ("工业APP", "84", "公有云61"), ("材料模型", "212", ""), ("开发者", "5,120", "活跃1,306")], 46,
                    theme=(70, 40, 120))
    s2 = screenshot(None, "交易分析", "https://matdata.hzw-demo.example.com/trade",
                    [("2024Q1交易额同比", "+42.60%", "较2023Q1"), ("2023年交易额同比", "+18.35%", "较2022年"), ("2023年订单", "8,426", "")], 47,
                    theme=(70, 40, 120))
    images_to_pdf(T.file(f_s, "evidence:screenshot"), [s1, s2], page_w_mm=297)
    T.fact("注册企业用户数（个）", "2,206", "家", 2206, f_s, 1, row_label="注册企业", image_only=True)
    T.fact("工业APP数量（个）", "84", "个", 84, f_s, 1, row_label="工业APP", image_only=True)
    T.fact("工业机理模型数量（个）", "212", "个", 212, f_s, 1, row_label="材料模型", image_only=True)
    T.fact("开发者注册总数（个）", "5,120", "个", 5120, f_s, 1, row_label="开发者", image_only=True)
    T.fact("平台交易规模年增长率（%）", "+18.35%", "%", 18.35, f_s, 2, row_label="2023年交易额同比", image_only=True)
    ev.security_pdf(T.file(pre + "证明材料06-等保测评报告摘要.pdf", "evidence:other"), company, platform, "上海某信息安全测评中心",
                    "DJCP-2024-03-0117", "2024年3月12日")
    info = std_book_info(platform, company,
                         company_intro=f"{company}成立于2016年，专注材料计算设计软件与材料大数据服务。2023年公司营业收入9,816.42万元。",
                         operation="截至2024年6月，平台注册企业2,206家，实际服务企业1,368家。平台交易规模保持高速增长，"
                                   "2024年一季度交易额同比增长42.60%。",
                         annex=[["序号", "附件名称", "页码"], ["01", "2023年度审计报告（含平台业务收入明细）", "1-5"],
                                ["02", "知识产权清单", "—"], ["03", "平台订单与交易规模", "Excel"], ["04", "接入设备清单", "1-2"],
                                ["05", "平台运行截图", "1-2"], ["06", "等保测评报告摘要", "1-2"]])
    write_book_pdf(p, T.file(pre + "附件3-申报书.pdf", "申报书"), book_sections(p, info))
    F, A = pre + "附件2-申报表.xlsx", f_a
    T.problem("declared_vs_evidence", ["平台相关营业收入（万元）", "平台近三年经营指标情况"], [F, A], "error",
              f"申报表平台相关营业收入填 {co_w[2023]:.2f} 万元，等于审计报告合并利润表营业收入 {fmt(co[2023])} 元（公司口径）；"
              f"审计报告附注十五平台业务收入明细2023年度平台收入为 {fmt(pf[2023])} 元（{pf_w[2023]:.2f} 万元）。近三年平台营收同样填的是公司合并营业收入"
              f"（2021 {co_w[2021]:.2f}、2022 {co_w[2022]:.2f}），明细表为 {pf_w[2021]:.2f}、{pf_w[2022]:.2f} 万元。")
    T.problem("growth_rate", ["平台近三年经营指标情况"], [F], "error",
              f"2022年增长率填 {g_decl[2022]:.2f}%，按申报表自身数据 {co_w[2022]:.2f}÷{co_w[2021]:.2f}−1 = {g[2022]:.2f}%。")
    T.problem("count_vs_list", ["平台核心软硬件技术获得的专利数量（项）"], [F, f_ip], "error",
              "申报表专利数量填36项，知识产权清单表1已授权专利共29项；另列的7项为已受理尚未授权的申请，不属于“获得的专利”（29+7=36）。")
    T.problem("declared_vs_evidence", ["平台交易规模年增长率（%）"], [F, f_o, f_s], "warning",
              f"平台交易规模年增长率填 {growth_q1:.2f}%，与证明材料中“2024年一季度交易额同比增长率”一致；指引要求最近一年增长率，"
              f"同一材料的2023年交易规模同比增长率为 {growth_year:.2f}%。期间口径存疑。")
    T.write(p, dict(list_no=4, listed_name=platform, company=company, declared_name=platform, participated_2023=False),
            "序号4鸿之微材料大数据平台，4个问题：平台营收填公司合并营业收入（审计报告附注平台明细更小）、2022年增长率算错、"
            "专利数把已受理申请计入、交易规模增长率取了2024年一季度同比而非最近一年。",
            ["naming:prefix-鸿之微-", "evidence_dir:flat", "form:xlsx-only+scan", "summary:docx", "commitment:docx",
             "book:pdf", "audit:合并+母公司", "platform_part:审计附注明细(元)", "ip:granted+pending", "screenshots:pdf-image",
             "growth:annual+Q1"], [])
    return T


# ============================================================================ package 3: 欧贝 (序号24)
def pkg_oubei():
    pid = "h19_oubei_problems"
    T = Truth(pid, PKG_DIR / pid)
    company, platform = "欧冶工业品股份有限公司", "欧贝平台"
    co_rev, co_rev_prev = 3128401620.55, 2806335114.20
    seg = {2020: 131220504.77, 2021: 158706330.12, 2022: 186220416.08, 2023: 214603825.40}
    seg_w = {y: round(x / 10000, 2) for y, x in seg.items()}
    seg_profit = 31206418.30
    gmv = {2020: 256120.40, 2021: 318406.20, 2022: 402115.36, 2023: 486320.55}
    rd23, rd22 = 3318.72, 2846.30
    cfg = dict(devices=18620, pub_devices=11240, run_devices=7406,
               dev_cat={"动力设备": 3, "机床": 2, "物流设备": 2.5, "电力设备": 1.5, "仪器仪表": 1.2, "冶炼设备": 1},
               dev_reg={"上海": 3, "江苏": 2.2, "湖北": 1.8, "广东": 1.2, "新疆": 0.8, "浙江": 1, "山西": 0.6}, overseas={},
               apps=132, pub_apps=104, pub_app_active=57,
               app_cat={"供应链管理": 5, "仓储物流": 3, "运维服务": 2, "运营管理": 2, "质量管控": 1},
               app_ind={"黑色金属": 5, "有色金属": 1.5, "石化化工": 1.5, "机械": 2, "电力、热力和燃气": 1},
               models=96, served=9860, served_sh=2310,
               srv_ind={"黑色金属": 3, "机械": 3, "石化化工": 1.5, "有色金属": 1, "电力、热力和燃气": 1, "其他": 1.5},
               srv_reg={"江苏": 2.5, "湖北": 1.6, "浙江": 1.8, "广东": 1.2, "新疆": 0.5, "山西": 0.6, "安徽": 0.8},
               solutions=28, rev=gmv[2023], rd=rd22, profit=round(seg_profit / 10000, 2), invest=32600.00,
               storage_tb=640.00, data_tb=402.60, rev3=gmv)
    vals = std_values(cfg)
    paid_end23, reg_end23, paid_now, reg_now = 3406, 10920, 4312, 11200
    vals.update(misc(**{
        "序号": 24, "企业名称": company, "平台名称": platform, "平台性质": "行业型工业互联网平台",
        "联系人姓名": "包蕾", "联系人手机号": "13916058327", "联系人电子邮箱": "baolei@obei-demo.example.com",
        "评审会现场地址信息": "上海市宝山区漠河路600号东方钢铁大厦12楼1201会议室", "平台网址": "https://www.obei-demo.example.com",
        "建设时间": "2016.06-2023.12", "平台建设金额（万元）": 32600.00, "平台建设方式": "自建", "平台运营模式": "自运营",
        "部署方式": "私有云、混合云",
        "付费用户占比（%）": round(paid_now / reg_now * 100, 2), "注册企业用户数（个）": reg_now, "付费企业数（个）": paid_now,
        "服务中小企业数量（个）": 8136, "平台订单数量(近一年总量)（个）": orders(612480, 640236), "平台交易规模年增长率（%）": 20.94,
        "平台核心软硬件技术获得的专利数量（项）": 18, "平台核心软硬件技术获得的软著数量（个）": 46,
        "平台团队总人数（人）": 268, "运维人数（人）": 152, "运营人数（人）": 116, "有相关技术职称/从业资格的人数（人）": 174,
        "平台是否具备碳管理服务能力": ("是", True), "企业是否已上市或已获得VC/PE投资": ("是，2021年引入战略投资者", True),
        "工业软件总量（个）": 150, "基于平台开发的工业APP数量（个）": 90, "云化工业软件数量（个）": 42}))
    texts = base_texts(platform, "工业品（MRO）采购与供应链服务行业")
    m = meta_common(
        company=company, uscc="91310113MA1GXXX51R", founded="2020年6月", reg_addr="上海市宝山区",
        ctype="股份有限公司（非上市）", capital="50,000万元", business="工业品电子商务、供应链集成服务、仓储配送",
        legal_rep="周文澜", contact="包蕾", contact_title="平台运营部 副总经理", phone="13916058327", email="baolei@obei-demo.example.com",
        equity="中国宝武钢铁集团有限公司下属单位 51.00%；战略投资者 36.00%；员工持股平台 13.00%",
        fin2023={"总资产": "418,206.33", "主营业务收入": fmt(co_rev / 10000), "增长率": f"{(co_rev / co_rev_prev - 1) * 100:.2f}",
                 "负债率": "58.60", "利润总额": "12,406.18", "税金": "5,208.33"},
        platform_cell=platform, build_cell="2016年6月—2023年12月", build_amount_cell="32600.00",
        rev3_cell="\n".join(f"{y}年平台营收{gmv[y]:.2f}万元/增长率{(gmv[y] / gmv[y - 1] - 1) * 100:.2f}%" for y in (2021, 2022, 2023)),
        build_mode_cell="自建", op_mode_cell="自运营", iaas_cell="自建", deploy_cell="私有云、混合云",
        url_cell="https://www.obei-demo.example.com", author="baolei",
        intro="欧贝平台是欧冶工业品股份有限公司打造的行业型工业互联网平台，聚焦工业品（MRO）采购与供应链服务，为钢铁、有色、化工、"
              "能源等行业企业提供寻源、采购、仓储、配送、结算一站式服务，并连接客户现场的设备实现备件需求预测。",
        effect="平台帮助客户降低工业品采购成本约6%，降低备件库存约20%。",
        proofs={"1.2.1 创新投入情况": "证明材料2 研发投入专项说明", "1.2.2 经营情况": "证明材料1 审计报告 附注分部信息",
                "3.1.1 平台应用规模": "证明材料3 平台用户统计", "付费用户占比（%）": "证明材料3 平台用户及交易统计 用户统计"})
    p = Pkg(m, vals, texts)
    D, E = "申报文件/", "证明材料/"
    F = D + "附件2 申报表（欧贝平台）.docx"
    write_form_docx(p, T.file(F, "申报表"), layout="l3proof", unit_suffix=True, heading="bold")
    write_form_scan(p, T.file(D + "附件2 申报表（盖章版）.pdf", "申报表扫描件"), 241, company)
    S = D + "附件4 平台基本情况汇总表.xlsx"
    write_summary_xlsx(p, T.file(S, "汇总表"), horizontal=True, overrides={"服务中小企业数量（个）": "8316"})
    write_commitment_scan(p, T.file(D + "附件5 真实性承诺.pdf", "承诺"), 242, company)
    write_contact_docx(p, T.file(D + "附件1 联系人信息反馈表.docx", "联系人表"))
    # audit report with segment note
    f_a = E + "证明材料1 2023年度审计报告.pdf"
    pl = [("一、营业收入", co_rev, 2406118335.20, co_rev_prev, 2180334206.15), ("减：营业成本", 2986330114.27, 2302114506.33, 2680112433.06, 2090331207.44),
          ("研发费用", 52306118.40, 40112306.55, 45220136.18, 35106228.30), ("二、营业利润", 123806114.52, 88402116.30, 106330227.41, 75204336.10),
          ("三、利润总额", 124061806.33, 88506120.17, 106512204.36, 75330218.06), ("四、净利润", 105452535.38, 75230202.14, 90535373.71, 64030685.35)]
    bs = [("资产总计", 4182063306.18, 3506112045.20, 3820114306.55, 3210336405.18), ("负债合计", 2450689097.42, 2011306118.40, 2236420115.33, 1850224306.21)]
    st = styles("STSong-Light", 10.5)
    seg_page = [Paragraph("附注十二、分部信息", st["h"]),
                Paragraph("本公司根据内部组织结构、管理要求及内部报告制度确定了两个报告分部：欧贝平台服务分部（平台技术服务费、交易服务费、"
                          "仓配服务费）及工业品供应链分部（工业品自营销售）。平台撮合交易额不确认为本公司收入。单位：元", st["p"]),
                table([["项目", "欧贝平台服务分部", "工业品供应链分部", "分部间抵销", "合计"],
                       ["本年营业收入", fmt(seg[2023]), fmt(co_rev - seg[2023] + 8206115.30), "-8,206,115.30", fmt(co_rev)],
                       ["本年利润总额", fmt(seg_profit), fmt(124061806.33 - seg_profit), "", fmt(124061806.33)],
                       ["上年营业收入", fmt(seg[2022]), fmt(co_rev_prev - seg[2022] + 6120330.40), "-6,120,330.40", fmt(co_rev_prev)],
                       ["前年营业收入", fmt(seg[2021]), "—", "—", "—"]],
                      [32 * mm, 36 * mm, 36 * mm, 30 * mm, 36 * mm], "STSong-Light", size=8)]
    audit_report(T.file(f_a, "evidence:audit_report"), company, "上海中沪会计师事务所有限公司", "中沪审〔2024〕第0326号", bs, pl, [seg_page])
    T.fact("平台相关营业收入（万元）", fmt(seg[2023]), "元", seg_w[2023], f_a, 5, row_label="本年营业收入", column_label="欧贝平台服务分部")
    T.fact("平台近三年经营指标情况", fmt(seg[2022]), "元", seg_w[2022], f_a, 5, row_label="上年营业收入", column_label="欧贝平台服务分部", component="2022年平台营收（万元）")
    T.fact("平台近三年经营指标情况", fmt(seg[2021]), "元", seg_w[2021], f_a, 5, row_label="前年营业收入", column_label="欧贝平台服务分部", component="2021年平台营收（万元）")
    T.fact("平台利润率（%）", fmt(seg_profit), "元", round(seg_profit / 10000, 2), f_a, 5, row_label="本年利润总额", column_label="欧贝平台服务分部", component="平台利润总额（万元）")
    T.fact("投资回报率（%）", fmt(seg_profit), "元", round(seg_profit / 10000, 2), f_a, 5, row_label="本年利润总额", column_label="欧贝平台服务分部", component="平台年利润（万元）")
    # R&D note with 2023 and 2022 columns
    f_rd = E + "证明材料2 平台研发投入专项说明.pdf"
    ev.fin_note_pdf(T.file(f_rd, "evidence:other"), company, "欧贝平台研发投入专项说明",
                    ["平台研发投入按研发项目归集，口径参照国家统计局研究与试验发展（R&amp;D）统计口径。"],
                    ["项目（万元）", "2023年度", "2022年度"],
                    [["人员人工费用", fmt(2106.40), fmt(1802.15)], ["直接投入费用", fmt(586.12), fmt(503.36)],
                     ["折旧与摊销", fmt(402.80), fmt(356.41)], ["委托外部研发", fmt(223.40), fmt(184.38)],
                     ["平台研发投入合计", fmt(rd23), fmt(rd22)]], ["注：2022年度数据已于2023年度申报其他项目时使用。"],
                    "欧冶工业品股份有限公司 财务部", "2024年7月5日", widths=[60 * mm, 50 * mm, 50 * mm])
    T.fact("平台相关研发投入（万元）", fmt(rd23), "万元", rd23, f_rd, 1, row_label="平台研发投入合计", column_label="2023年度")
    # user statistics: end-2023 vs now; plus GMV statement
    f_u = E + "证明材料3 平台用户及交易统计.xlsx"
    from h19lib import new_xlsx, save_xlsx
    wb = new_xlsx("ops")
    ws = wb.active
    ws.title = "用户统计"
    rows = [("统计时点", "注册企业用户（家）", "付费企业（家）", "付费用户占比（%）"),
            ("2023年12月31日", reg_end23, paid_end23, round(paid_end23 / reg_end23 * 100, 2)),
            ("2024年5月31日", reg_now, paid_now, round(paid_now / reg_now * 100, 2))]
    for r in rows:
        ws.append(list(r))
    ws2 = wb.create_sheet("交易统计")
    for r in [("年度", "平台撮合交易额（万元）", "同比增长（%）"), *[(f"{y}年", gmv[y], round((gmv[y] / gmv[y - 1] - 1) * 100, 2)) for y in (2021, 2022, 2023)],
              ("说明", "交易额为平台撮合的工业品采购金额（GMV），非本公司营业收入", "")]:
        ws2.append(list(r))
    save_xlsx(wb, T.file(f_u, "evidence:other"))
    T.fact("注册企业用户数（个）", str(reg_now), "家", reg_now, f_u, 1, row_label="2024年5月31日", column_label="注册企业用户（家）")
    T.fact("付费用户占比（%）", str(round(paid_end23 / reg_end23 * 100, 2)), "%", round(paid_end23 / reg_end23 * 100, 2), f_u, 1,
           row_label="2023年12月31日", column_label="付费用户占比（%）")
    # devices at customers' sites
    f_d = E + "证明材料4 平台连接客户现场设备统计.pdf"
    ev.devices_pdf(T.file(f_d, "evidence:device_list"), company, "欧贝平台连接客户现场设备统计（备件预测性维护）", "截至2024年5月31日",
                   vals["按二级分类统计工业设备数量（台/套）"], vals["按二级分类统计公有云工业设备数量（台/套）"],
                   vals["按二级分类统计公有云工业设备平均日运行数量（台/套）"], vals["按省市区域统计工业设备数量（台/套）"], {})
    T.fact("连接的工业设备/产品/产线种类及数量（台/套）", fint(18620), "台/套", 18620, f_d, 1, row_label="合计", column_label="接入数量（台/套）")
    T.fact("公有云工业设备连接数量（台/套）", fint(11240), "台/套", 11240, f_d, 1, row_label="合计", column_label="其中：公有云接入（台/套）")
    T.fact("公有云工业设备平均日运行数量（台/套）", fint(7406), "台/套", 7406, f_d, 1, row_label="合计", column_label="公有云日均运行（台/套）")
    f_s = E + "证明材料5 平台截图-运营数据.png"
    screenshot(T.file(f_s, "evidence:screenshot"), "欧贝 · 平台运营数据", "https://www.obei-demo.example.com/bi/home",
               [("注册企业", "11,200", "截至2024-05-31"), ("工业APP", "132", ""), ("微服务", "420", ""), ("模型", "96", ""),
                ("2023年撮合交易额(万元)", "486,320.55", "GMV")], 243, theme=(0, 96, 160))
    T.fact("注册企业用户数（个）", "11,200", "家", 11200, f_s, 1, row_label="注册企业", image_only=True)
    T.fact("工业APP数量（个）", "132", "个", 132, f_s, 1, row_label="工业APP", image_only=True)
    T.fact("微服务数量（个）", "420", "个", 420, f_s, 1, row_label="微服务", image_only=True)
    T.fact("工业机理模型数量（个）", "96", "个", 96, f_s, 1, row_label="模型", image_only=True)
    f_ip = E + "证明材料6 知识产权清单.pdf"
    ip = ip_list_pdf(T.file(f_ip, "evidence:patent_list"), company, mk_patents(244, 18, ["备件", "需求预测", "供应商画像"]), mk_softs(245, 46, "欧贝"),
                     font="STSong-Light")
    T.fact("平台核心软硬件技术获得的专利数量（项）", "18", "项", 18, f_ip, ip["patent"], quote="共18项", row_label="表1")
    T.fact("平台核心软硬件技术获得的软著数量（个）", "46", "项", 46, f_ip, ip["soft"], quote="共46项", row_label="表2")
    info = std_book_info(platform, company,
                         company_intro="欧冶工业品股份有限公司是中国宝武旗下工业品供应链服务企业，2023年营业收入31.28亿元。",
                         operation="截至2024年5月31日平台注册企业11,200家，2023年撮合交易额48.63亿元，同比增长20.94%。",
                         annex=[["序号", "附件名称", "页码"], ["1", "2023年度审计报告", "1-5"], ["2", "平台研发投入专项说明", "1"],
                                ["3", "平台用户及交易统计", "Excel"], ["4", "平台连接客户现场设备统计", "1-2"], ["5", "平台截图", "1"],
                                ["6", "知识产权清单", "1-4"]])
    write_book_docx(p, T.file(D + "附件3 申报书（欧贝平台）.docx", "申报书"), book_sections(p, info), heading="bold")
    T.problem("declared_vs_evidence", ["平台相关研发投入（万元）"], [F, f_rd], "error",
              f"申报表平台相关研发投入填 {rd22:.2f} 万元，与研发投入专项说明“2022年度”列合计一致；指引要求2023年研发投入，同表2023年度为 {rd23:.2f} 万元。")
    T.problem("subset", ["平台相关营业收入（万元）", "主营业务收入（万元）"], [F, f_a], "error",
              f"申报表平台相关营业收入 {gmv[2023]:.2f} 万元，大于同一申报表“申报单位上一年度经营状况”主营业务收入 {co_rev / 10000:,.2f} 万元"
              f"（审计报告合并营业收入 {fmt(co_rev)} 元）；平台收入不可能超过公司全部收入。")
    T.problem("declared_vs_evidence", ["平台相关营业收入（万元）", "平台近三年经营指标情况"], [F, f_a, f_u], "error",
              f"申报表填的是平台撮合交易额（GMV，2023年 {gmv[2023]:.2f} 万元），审计报告分部信息中欧贝平台服务分部本年营业收入为 "
              f"{fmt(seg[2023])} 元（{seg_w[2023]:.2f} 万元），上年 {fmt(seg[2022])} 元；近三年平台营收亦为交易额口径。")
    T.problem("declared_vs_evidence", ["付费用户占比（%）"], [F, f_u], "warning",
              f"付费用户占比填 {paid_now / reg_now * 100:.2f}%，对应2024年5月31日时点（{paid_now}/{reg_now}）；指引要求截至2023年底数据，"
              f"用户统计表2023年12月31日为 {paid_end23 / reg_end23 * 100:.2f}%。")
    T.problem("summary_vs_form", ["服务中小企业数量（个）"], [S, F], "error",
              "汇总表服务中小企业数量填 8316，申报表为 8136（数字颠倒）。")
    T.write(p, dict(list_no=24, listed_name=platform, company=company, declared_name=platform, participated_2023=False),
            "序号24欧贝平台，5个问题：研发投入填了2022年列、平台营收（撮合交易额）大于公司营业收入、平台营收与审计分部信息不符、"
            "付费用户占比用了2024年5月时点而非2023年底、汇总表中小企业数与申报表不一致。",
            ["evidence_dir:申报文件+证明材料", "form:docx-l3proof", "unit_suffix", "headings:bold", "stamped_scan",
             "summary:xlsx-horizontal", "commitment:scan", "audit:合并+母公司+分部", "rd_note:2023/2022", "users:2023-12-31+2024-05-31",
             "devices:customer-site", "screenshots:png"], [])
    return T


# ============================================================================ package 4: 中国航发商发 (序号32)
def pkg_shangfa():
    pid = "h19_shangfa_problems"
    T = Truth(pid, PKG_DIR / pid)
    company, platform = "中国航发商用航空发动机有限责任公司", "中国航发商密网工业互联网平台"
    sub = "上海商发智联数字科技有限公司"
    pf = {2020: 26502206.18, 2021: 33184011.40, 2022: 41065220.36, 2023: 48623011.52}
    pf_w = {y: round(x / 10000, 2) for y, x in pf.items()}
    rd_y, profit_y = 12365018.40, 7021806.33
    rd, profit = round(rd_y / 10000, 2), round(profit_y / 10000, 2)
    co_rev = 5778021143.60
    cum_dev, unbound, live = 32410, 5560, 26850
    cfg = dict(devices=live, pub_devices=12600, run_devices=8215,
               dev_cat={"机床": 4, "仪器仪表": 3, "动力设备": 1.5, "机器人": 1.2, "电工、电子设备": 1, "其他": 0.6},
               dev_reg={"上海": 4, "江苏": 1.8, "陕西": 1.2, "四川": 1, "辽宁": 0.8, "湖南": 0.7, "贵州": 0.5}, overseas={},
               apps=146, pub_apps=38, pub_app_active=21,
               app_cat={"研发设计": 4, "生产制造": 3, "质量管控": 3, "供应链管理": 2, "运维服务": 1.5},
               app_ind={"航空/航天": 8, "机械": 2},
               models=238, served=1380, served_sh=412,
               srv_ind={"航空/航天": 6, "机械": 3, "电子": 1, "有色金属": 0.6, "其他": 0.5},
               srv_reg={"江苏": 2.5, "陕西": 2, "四川": 1.6, "辽宁": 1.2, "湖南": 1, "贵州": 0.8, "浙江": 0.9},
               solutions=18, rev=pf_w[2023], rd=rd, profit=profit, invest=18600.00, storage_tb=1500.00, data_tb=1062.40,
               rev3={y: pf_w[y] for y in pf})
    vals = std_values(cfg)
    # planted: total = cumulative incl. unbound devices; breakdowns stay at the live count
    vals["连接的工业设备/产品/产线种类及数量（台/套）"] = cum_dev
    wrong_intensity = round(rd / (co_rev / 10000) * 100, 2)
    vals["平台相关研发投入强度（%）"] = wrong_intensity
    vals.update(misc(**{
        "序号": 32, "企业名称": company, "平台名称": platform, "平台性质": "企业级工业互联网平台",
        "联系人姓名": "钱奕辰", "联系人手机号": "13761940283", "联系人电子邮箱": "qianyc@acae-demo.example.com",
        "评审会现场地址信息": "上海市闵行区莲花南路3998号 商发研发中心A楼302会议室", "平台网址": "https://smw.acae-demo.example.com",
        "建设时间": "2019.01-2023.12", "平台建设金额（万元）": 18600.00, "平台建设方式": "自建", "平台运营模式": "委托运营",
        "部署方式": "私有云、混合云", "付费用户占比（%）": round(286 / 1520 * 100, 2), "注册企业用户数（个）": 1520,
        "付费企业数（个）": 286, "服务中小企业数量（个）": 866, "服务本市企业数量（个）": 1380,
        "平台订单数量(近一年总量)（个）": ("2024年1-6月：6820个", {"2024年1-6月": 6820}), "平台交易规模年增长率（%）": 17.34,
        "平台核心软硬件技术获得的专利数量（项）": 64, "平台核心软硬件技术获得的软著数量（个）": 39,
        "平台团队总人数（人）": 156, "运维人数（人）": 98, "运营人数（人）": 58, "有相关技术职称/从业资格的人数（人）": 131,
        "平台国产化率（%）": 91.20, "平台是否服务上海智能工厂，数量": ("是，2家", 2),
        "工业软件总量（个）": 172, "基于平台开发的工业APP数量（个）": 98, "云化工业软件数量（个）": 48}))
    texts = base_texts(platform, "航空发动机研制与供应链", {
        "平台定位是否明确": "面向航空发动机研制全链条的企业级工业互联网平台，支撑研发、制造、供应链协同与数据安全共享。"})
    m = meta_common(
        company=company, uscc="91310000MA1XXXX07C", founded="2009年1月", reg_addr="上海市闵行区",
        ctype="有限责任公司（国有控股）", capital="1,200,000万元", business="民用航空发动机及零部件研制、生产、销售、维修与服务",
        legal_rep="张国栋", contact="钱奕辰", contact_title="数字化部 主任工程师", phone="13761940283", email="qianyc@acae-demo.example.com",
        equity="中国航空发动机集团有限公司 控股；上海国有资本投资平台 参股",
        fin2023={"总资产": "6,820,114.36", "主营业务收入": fmt(co_rev / 10000), "增长率": "12.06", "负债率": "42.18",
                 "利润总额": "31,206.44", "税金": "18,330.12"},
        platform_cell=platform, build_cell="2019年1月至2023年12月", build_amount_cell="18600.00",
        rev3_cell="；".join(f"{y}年平台营收{pf_w[y]:.2f}万元/增长率{(pf_w[y] / pf_w[y - 1] - 1) * 100:.2f}%" for y in (2021, 2022, 2023)),
        build_mode_cell="自建", op_mode_cell=f"委托运营（由全资子公司{sub}负责运营）", iaas_cell="自建", deploy_cell="私有云、混合云",
        url_cell="https://smw.acae-demo.example.com（涉密网段，现场演示）", author="qianyc",
        intro="中国航发商密网工业互联网平台是面向航空发动机研制全链条的企业级工业互联网平台，由公司全资子公司" + sub +
              "负责日常运营，连接公司及配套供应商的加工、检测、试验设备，提供研发协同、制造执行、质量追溯与供应链协同服务。",
        effect="平台使关键零部件研制周期缩短约20%，供应商交付准时率提升至96%。")
    p = Pkg(m, vals, texts)
    F = "02 申报表.docx"
    write_contact_docx(p, T.file("01 联系人信息反馈表.docx", "联系人表"))
    write_form_docx(p, T.file(F, "申报表"), layout="levels")
    write_form_scan(p, T.file("02 申报表（盖章扫描件）.pdf", "申报表扫描件"), 321, company)
    write_summary_xlsx(p, T.file("04 平台基本情况汇总表.xlsx", "汇总表"))
    write_commitment_scan(p, T.file("05 真实性承诺（盖章）.pdf", "承诺"), 322, company)
    E = "03 申报书附件/"
    # group audit (company-wide) + subsidiary platform special audit
    f_a = E + "附件1 公司2023年度审计报告（节选）.pdf"
    pl = [("一、营业收入", co_rev, 5702116330.18, 5156330118.20, 5088412006.35), ("减：营业成本", 4862330116.45, 4820114306.36, 4330226118.40, 4290118336.12),
          ("研发费用", 612330118.36, 598220416.18, 566118230.40, 552206118.33), ("二、营业利润", 311806445.20, 296330118.42, 268412330.16, 255206118.40),
          ("三、利润总额", 312064406.18, 296412330.06, 268512206.36, 255330118.10), ("四、净利润", 265254745.25, 251950480.55, 228235375.41, 217030600.39)]
    bs = [("资产总计", 68201143604.36, 66120336118.40, 62306118330.20, 60412330116.18), ("负债合计", 28767242372.32, 27902114306.18, 26330118406.15, 25506118330.40)]
    audit_report(T.file(f_a, "evidence:audit_report"), company, "上海恒信会计师事务所（特殊普通合伙）", "恒信审字〔2024〕第0207号", bs, pl, [])
    f_sp = E + "附件2 平台运营子公司专项审计报告.pdf"
    st = styles("WQY", 10.5)
    pg = [Paragraph(f"关于{sub}“中国航发商密网工业互联网平台”业务收入、成本及研发投入的专项审计报告", st["title"]),
          Paragraph("恒信专审字〔2024〕第0611号", st["c"]),
          Paragraph(f"{sub}为{company}全资子公司，负责平台的日常运营及对外服务。我们审计了其2021—2023年度平台业务收入、成本及研发投入明细表"
                    "（单位：元）。母公司报表未包含该子公司的平台收入，合并报表中已包含。", st["p"]),
          table([["项目", "2023年度", "2022年度", "2021年度"],
                 ["平台业务收入", fmt(pf[2023]), fmt(pf[2022]), fmt(pf[2021])],
                 ["平台业务成本", fmt(36206118.45), fmt(31330226.18), fmt(25806114.20)],
                 ["平台利润总额", fmt(profit_y), fmt(5806330.12), fmt(4412006.38)],
                 ["平台研发投入", fmt(rd_y), fmt(10330226.45), fmt(8806114.36)]],
                [50 * mm, 40 * mm, 40 * mm, 40 * mm], "WQY"),
          Paragraph("2020年度平台业务收入为" + fmt(pf[2020]) + "元（经审计）。", st["small"]),
          Spacer(1, 14 * mm), Paragraph("上海恒信会计师事务所（特殊普通合伙）", st["r"]), Paragraph("二〇二四年六月二十八日", st["r"])]
    from h19lib import build_pdf
    build_pdf(T.file(f_sp, "evidence:audit_report"), [pg], font="WQY", header="专项审计报告")
    T.fact("平台相关营业收入（万元）", fmt(pf[2023]), "元", pf_w[2023], f_sp, 1, row_label="平台业务收入", column_label="2023年度")
    T.fact("平台近三年经营指标情况", fmt(pf[2022]), "元", pf_w[2022], f_sp, 1, row_label="平台业务收入", column_label="2022年度", component="2022年平台营收（万元）")
    T.fact("平台近三年经营指标情况", fmt(pf[2021]), "元", pf_w[2021], f_sp, 1, row_label="平台业务收入", column_label="2021年度", component="2021年平台营收（万元）")
    T.fact("平台相关研发投入（万元）", fmt(rd_y), "元", rd, f_sp, 1, row_label="平台研发投入", column_label="2023年度")
    T.fact("平台利润率（%）", fmt(profit_y), "元", profit, f_sp, 1, row_label="平台利润总额", column_label="2023年度", component="平台利润总额（万元）")
    T.fact("投资回报率（%）", fmt(profit_y), "元", profit, f_sp, 1, row_label="平台利润总额", column_label="2023年度", component="平台年利润（万元）")
    # devices: cumulative vs live
    f_d = E + "附件3 平台接入设备统计.pdf"
    st2 = styles("WQY", 10)
    extra = [Spacer(1, 5 * mm), Paragraph("表4 接入设备存量说明", st2["h"]),
             table([["口径", "数量（台/套）"], ["平台上线以来累计接入", fint(cum_dev)], ["其中：已解绑/退役", fint(unbound)],
                    ["截至2024年6月30日在网设备", fint(live)]], [80 * mm, 50 * mm], "WQY")]
    ev.devices_pdf(T.file(f_d, "evidence:device_list"), company, "中国航发商密网平台接入设备统计（在网设备）", "截至2024年6月30日在网设备",
                   vals["按二级分类统计工业设备数量（台/套）"], vals["按二级分类统计公有云工业设备数量（台/套）"],
                   vals["按二级分类统计公有云工业设备平均日运行数量（台/套）"], vals["按省市区域统计工业设备数量（台/套）"], {}, extra)
    T.fact("连接的工业设备/产品/产线种类及数量（台/套）", fint(live), "台/套", live, f_d, 1, row_label="合计", column_label="接入数量（台/套）")
    T.fact("连接的工业设备/产品/产线种类及数量（台/套）", fint(live), "台/套", live, f_d, 2, row_label="截至2024年6月30日在网设备", column_label="数量（台/套）")
    T.fact("公有云工业设备连接数量（台/套）", fint(12600), "台/套", 12600, f_d, 1, row_label="合计", column_label="其中：公有云接入（台/套）")
    T.fact("公有云工业设备平均日运行数量（台/套）", fint(8215), "台/套", 8215, f_d, 1, row_label="合计", column_label="公有云日均运行（台/套）")
    # customers: Shanghai vs national
    f_c = E + "附件4 平台服务企业统计.xlsx"
    ev.customers_xlsx(T.file(f_c, "evidence:other"), "中国航发商密网平台实际服务企业（截至2024年6月30日，累计到达值）",
                      vals["按省市区域统计服务企业数（个）"], vals["按行业统计服务企业数（个）"],
                      [("其中：付费企业（家）", 286), ("其中：中小企业（家）", 866)])
    T.fact("实际服务企业数（个）", "1380", "家", 1380, f_c, 1, row_label="全国合计", column_label="服务企业数（家）")
    T.fact("服务本市企业数量（个）", "412", "家", 412, f_c, 1, row_label="上海", column_label="服务企业数（家）")
    # orders: half-year only + annual
    f_o = E + "附件5 平台订单统计.xlsx"
    months = months_series(12960, 13604, 323, 21630.20, 11906.40)
    h1 = sum(n for mth, n, _ in months if mth.startswith("2024"))
    months = [(mth, n + (6820 - h1 if mth == "2024-06" else 0), g) for mth, n, g in months]
    ev.orders_xlsx(T.file(f_o, "evidence:other"), company, months, [
        ("2024年1-6月订单数（个）", 6820), ("2023年全年订单数（个）", 12960), ("2023年交易额（万元）", 21630.20), ("2022年交易额（万元）", 18433.60)])
    T.fact("平台订单数量(近一年总量)（个）", "12960", "个", 12960, f_o, 1, row_label="2023年全年订单数（个）", component="2023年自然年")
    # IP list + screenshots
    f_ip = E + "附件6 知识产权清单.pdf"
    ip = ip_list_pdf(T.file(f_ip, "evidence:patent_list"), company, mk_patents(324, 64, ["叶片加工", "试验数据", "装配", "供应商协同"]),
                     mk_softs(325, 39, "商密网"), font="STSong-Light")
    T.fact("平台核心软硬件技术获得的专利数量（项）", "64", "项", 64, f_ip, ip["patent"], quote="共64项", row_label="表1")
    T.fact("平台核心软硬件技术获得的软著数量（个）", "39", "项", 39, f_ip, ip["soft"], quote="共39项", row_label="表2")
    f_s = E + "附件7 平台截图.pdf"
    s1 = screenshot(None, "商密网平台 · 设备接入", "https://smw.acae-demo.example.com/iot",
                    [("在网设备", "26,850", "2024-06-30"), ("累计接入", "32,410", "含已解绑5,560"), ("公有云接入", "12,600", "")], 326,
                    theme=(40, 60, 90))
    s2 = screenshot(None, "商密网平台 · 应用与用户", "https://smw.acae-demo.example.com/ops",
                    [("注册企业", "1,520", ""), ("工业APP", "146", ""), ("机理模型", "238", ""), ("微服务", "420", "")], 327, theme=(40, 60, 90))
    images_to_pdf(T.file(f_s, "evidence:screenshot"), [s1, s2], page_w_mm=297)
    T.fact("连接的工业设备/产品/产线种类及数量（台/套）", "26,850", "台/套", live, f_s, 1, row_label="在网设备", image_only=True)
    T.fact("注册企业用户数（个）", "1,520", "家", 1520, f_s, 2, row_label="注册企业", image_only=True)
    T.fact("工业APP数量（个）", "146", "个", 146, f_s, 2, row_label="工业APP", image_only=True)
    T.fact("工业机理模型数量（个）", "238", "个", 238, f_s, 2, row_label="机理模型", image_only=True)
    T.fact("微服务数量（个）", "420", "个", 420, f_s, 2, row_label="微服务", image_only=True)
    info = std_book_info(platform, company,
                         company_intro=f"{company}成立于2009年，是中国航空发动机集团有限公司控股子公司，2023年合并营业收入57.78亿元。"
                                       f"平台由全资子公司{sub}运营。",
                         operation="平台自上线以来累计接入设备32,410台（套），截至2024年6月30日在网26,850台（套）；服务企业1,380家，其中上海市412家。",
                         annex=[["序号", "附件名称", "页码"], ["1", "公司2023年度审计报告（节选）", "1-4"], ["2", "平台运营子公司专项审计报告", "1"],
                                ["3", "平台接入设备统计", "1-2"], ["4", "平台服务企业统计", "Excel"], ["5", "平台订单统计", "Excel"],
                                ["6", "知识产权清单", "1-5"], ["7", "平台截图", "1-2"]])
    write_book_pdf(p, T.file("03 申报书.pdf", "申报书"), book_sections(p, info), font="STSong-Light")
    cat_sum = sum(vals["按二级分类统计工业设备数量（台/套）"].values())
    T.problem("declared_vs_evidence", ["连接的工业设备/产品/产线种类及数量（台/套）"], [F, f_d], "error",
              f"申报表连接设备数填 {cum_dev}，为设备统计表4“平台上线以来累计接入”（含已解绑/退役 {unbound}）；指引要求截至填表日的数量，"
              f"截至2024年6月30日在网设备为 {live}（表1合计、截图一致）。")
    T.problem("breakdown_sum", ["按二级分类统计工业设备数量（台/套）", "按省市区域统计工业设备数量（台/套）",
                                "连接的工业设备/产品/产线种类及数量（台/套）"], [F], "error",
              f"按二级分类、按省市区域统计的工业设备合计均为 {cat_sum}，与连接设备总数 {cum_dev} 不一致。")
    T.problem("formula", ["平台相关研发投入强度（%）", "平台相关研发投入（万元）", "平台相关营业收入（万元）"], [F], "error",
              f"研发投入强度填 {wrong_intensity:.2f}%，按申报表 {rd:.2f}÷{pf_w[2023]:.2f}×100% = {rd / pf_w[2023] * 100:.2f}%；"
              f"所填数值是以公司合并营业收入 {co_rev / 10000:,.2f} 万元为分母算出的。")
    T.problem("declared_vs_evidence", ["服务本市企业数量（个）"], [F, f_c], "error",
              "服务本市企业数量填 1380，等于全国实际服务企业数；服务企业统计表及申报表按省市区域统计中上海为 412。")
    T.problem("answer_format", ["平台订单数量(近一年总量)（个）"], [F, f_o], "warning",
              "平台订单数量只填“2024年1-6月：6820个”（半年度），既不是2023年自然年，也不是截至填表日前一年总量；订单统计表另有2023年全年12960个。")
    T.write(p, dict(list_no=32, listed_name=platform, company=company, declared_name=platform, participated_2023=False),
            "序号32中国航发商密网平台（子公司运营），5个问题：设备总数填累计接入（含已解绑）、分项合计与总数不符、研发强度以公司合并收入为分母、"
            "服务本市企业数填全国数、订单只填2024年上半年。",
            ["naming:numbered-space", "evidence_dir:03 申报书附件", "form:docx-levels", "stamped_scan", "summary:xlsx-vertical",
             "commitment:scan", "book:pdf", "audit:合并+母公司(company)", "platform_part:子公司专项审计(元)",
             "devices:cumulative+live", "orders:half-year", "screenshots:pdf-image"], [])
    return T


BUILDERS = [pkg_hongzhiwei, pkg_oubei, pkg_shangfa]
