"""Evidence documents (prose-heavy) and the facts they carry."""
from __future__ import annotations

from pathlib import Path

import kit
from kit import Page
from spec import th, wan, yuan


def F(label, value, unit, normalized, quote, row_label="", column_label="", component="", page=None, image_only=False):
    return dict(label=label, value=value, unit=unit, normalized=normalized, quote=quote, row_label=row_label,
                column_label=column_label, component=component, page=page, image_only=image_only)


def ev(P, key, default):
    return P.get("ev", {}).get(key, default)


# ----------------------------------------------------------------------------- 审计报告
def audit(P, path: Path, font="STSong-Light"):
    p = P["p"]
    A = P["auditor"]
    C = P["company_info"]
    rev = p["rev"]
    r23, r22, r21 = wan(rev[2023]), wan(rev[2022]), wan(rev[2021])
    rd, pf = wan(ev(P, "audit_rd", p["rd"])), wan(p["profit"])
    blocks = [
        ("sp", 120), ("h1", f"{P['company']}"), ("h1", "2023年度审计报告"), ("sp", 30),
        ("c", f"{A['name']}"), ("c", f"{A['no']}"), ("pb",),
        ("h2", "审计报告"), ("pn", f"{P['company']}全体股东："),
        ("h2", "一、审计意见"),
        ("p", f"我们审计了{P['company']}（以下简称“贵公司”）财务报表，包括2023年12月31日的资产负债表，2023年度的利润表、"
              "现金流量表、所有者权益变动表以及相关财务报表附注。"),
        ("p", "我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司2023年12月31日的财务状况"
              "以及2023年度的经营成果和现金流量。"),
        ("h2", "二、形成审计意见的基础"),
        ("p", "我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步阐述了"
              "我们在这些准则下的责任。按照中国注册会计师职业道德守则，我们独立于贵公司，并履行了职业道德方面的其他责任。"
              "我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。"),
        ("sp", 20), ("r", f"{A['name']}    中国注册会计师：{A['cpa']}"), ("r", "二〇二四年四月十八日"), ("pb",),
        ("h2", "利润表（摘要）"), ("r", "编制单位：" + P["company"] + "    单位：万元"),
        ("table", [["项目", "2023年度", "2022年度"],
                   ["一、营业总收入", wan(C["营收_full"]), wan(C["营收_full_prev"])],
                   ["其中：营业收入", wan(C["营收_full"]), wan(C["营收_full_prev"])],
                   ["减：营业成本", wan(C["营收_full"] * 0.78), wan(C["营收_full_prev"] * 0.79)],
                   ["研发费用", wan(C["研发_full"]), wan(C["研发_full"] * 0.92)],
                   ["三、利润总额", wan(C["利润_full"]), wan(C["利润_full"] * 0.91)]]),
        ("fn", "注：上表为公司整体口径，与工业互联网平台业务单列数据口径不同，平台业务数据见附注十四。"), ("pb",),
        ("h2", "财务报表附注（节选）"),
        ("h2", "十四、其他重要事项——工业互联网平台业务情况"),
        ("p", f"贵公司{P['platform_short']}（以下简称“平台”）业务按独立核算单元管理。经核查平台业务合同、收入确认凭证及成本分摊表，"
              f"2023年度，平台相关营业收入为{r23}万元（2022年度：{r22}万元；2021年度：{r21}万元），"
              f"收入主要来源于平台订阅服务、工业APP授权及基于平台交付的解决方案服务费。"),
        ("p", f"平台收入的拆分口径为：以平台直接订阅及通过平台服务取得的收入为限，不含硬件销售及与平台无关的工程收入。"
              f"2023年度平台实现利润总额{pf}万元。"),
        ("p", f"2023年度平台相关研发投入{rd}万元，按国家统计局研究与试验发展（R&D）口径归集，包括研发人员人工、"
              "直接投入、折旧摊销及委托外部研发费用。"),
        ("fn", "*上述平台数据由贵公司按内部核算口径拆分，我们执行了核对程序，未发现重大不一致。"),
    ]
    kit.build_text_pdf(path, blocks, font=font, header=f"{A['name']}  审计报告 {A['no']}")
    return [
        F("平台相关营业收入（万元）", r23, "万元", round(rev[2023], 2), r23, "平台相关营业收入", "2023年度"),
        F("平台近三年经营指标情况", r22, "万元", round(rev[2022], 2), r22, "平台相关营业收入", "2022年度",
          "2022年平台营收（万元）"),
        F("平台近三年经营指标情况", r21, "万元", round(rev[2021], 2), r21, "平台相关营业收入", "2021年度",
          "2021年平台营收（万元）"),
        F("平台相关研发投入（万元）", rd, "万元", round(ev(P, "audit_rd", p["rd"]), 2), rd, "平台相关研发投入", "2023年度"),
        F("平台利润率（%）", pf, "万元", round(p["profit"], 2), pf, "利润总额", "2023年度", "平台利润总额（万元）"),
        F("投资回报率（%）", pf, "万元", round(p["profit"], 2), pf, "利润总额", "2023年度", "平台年利润（万元）"),
    ]


# ----------------------------------------------------------------------------- 年度运营报告
def ops_report(P, path: Path, font="WQY"):
    p, c = P["p"], P["p"]["calc"]
    served_txt = ev(P, "report_served", p["served"])
    reg_sh = c["served_reg"]["上海"]
    q_dev = f"累计接入各类工业设备{th(p['dev_total'])}台（套）"
    q_pub = f"通过公有云接入{th(p['dev_pub'])}台（套）"
    q_run = f"日均上传运行数据的设备{th(p['dev_run'])}台（套）"
    q_reg = f"平台注册企业用户{th(p['registered'])}家"
    q_srv = f"实际服务企业{th(served_txt)}家"
    q_paid = f"付费企业{p['paid']}家"
    q_app = f"上架并已落地应用的工业APP共{c['apps']}个"
    q_dev2 = f"注册开发者{th(p['devs'])}名"
    top_cat = max(c["dev_cat"], key=c["dev_cat"].get)
    blocks = [
        ("h1", f"{P['platform_short']}2023—2024年度运营报告"),
        ("c", f"{P['company']} {P['ops_dept']}  编制  2024年7月"),
        ("h2", "一、总体运行情况"),
        ("p", f"截至2024年6月30日，平台{q_dev}，其中{q_pub}，近一年{q_run}。按设备类型看，{top_cat}"
              f"{th(c['dev_cat'][top_cat])}台（套），占比最高；{P['part_sentence']}"),
        ("p", f"从历史看，2021年底平台接入设备仅{th(p['hist_dev_2021'])}台（套），三年间规模持续扩大。"
              f"同期，{P['industry_fact']}，平台在细分行业中处于第一梯队。"),
        ("fn", "注：接入设备指与平台建立稳定数据连接、近90日内至少上传一次数据的设备（含私有化部署项目中的设备），"
               "不含仅在系统中登记台账但未联网的设备。"),
        ("h2", "二、用户与服务"),
        ("p", f"{q_reg}，{q_srv}（累计到达值，已剔除配套商及仅浏览用户），其中{q_paid}，服务中小企业{th(p['sme'])}家。"
              f"从地域看，服务上海本地企业{reg_sh}家{P['sh_share_phrase']}。"),
        ("ul", [f"2023年自然年平台订单{th(p['orders'][0])}个，截至填表日前一年订单{th(p['orders'][1])}个；",
                f"工业APP累计订阅{th(p['subs'])}个，累计订阅金额{wan(p['subs_amount'])}万元；",
                f"平台交易规模同比增长{p['trade_growth']:.2f}%，{P['growth_words']}。"]),
        ("h2", "三、应用与生态"),
        ("p", f"平台{q_app}，其中基于平台原生开发{p['native']}个、传统软件云化{p['cloudsw']}个；沉淀工业机理模型"
              f"{p['models']}个，{q_dev2}，其中活跃开发者{th(p['devs_active'])}名。"),
        ("p", f"{P['target_sentence']}"),
        ("fn", "说明：本报告中“服务企业”口径与申报表一致；订阅数量中私有部署按用户数计，多租户按购买数量计。"),
    ]
    kit.build_text_pdf(path, blocks, font=font, size=10, header=f"{P['platform_short']} · 运营报告")
    return [
        F("连接的工业设备/产品/产线种类及数量（台/套）", th(p["dev_total"]), "台/套", p["dev_total"], q_dev, "累计接入各类工业设备"),
        F("公有云工业设备连接数量（台/套）", th(p["dev_pub"]), "台/套", p["dev_pub"], q_pub, "通过公有云接入"),
        F("公有云工业设备平均日运行数量（台/套）", th(p["dev_run"]), "台/套", p["dev_run"], q_run, "日均上传运行数据的设备"),
        F("注册企业用户数（个）", th(p["registered"]), "家", p["registered"], q_reg, "平台注册企业用户"),
        F("实际服务企业数（个）", th(served_txt), "家", served_txt, q_srv, "实际服务企业"),
        F("付费企业数（个）", str(p["paid"]), "家", p["paid"], q_paid, "付费企业"),
        F("工业APP数量（个）", str(c["apps"]), "个", c["apps"], q_app, "工业APP"),
        F("开发者注册总数（个）", th(p["devs"]), "名", p["devs"], q_dev2, "注册开发者"),
    ]


# ----------------------------------------------------------------------------- 情况说明 (stamped scan)
def team_letter(P, path: Path, seed: int):
    p = P["p"]
    pg = Page()
    pg.y = 200
    pg.title("关于平台团队人员情况的说明", 40, 50)
    pg.line("上海市经济和信息化委员会：", 28, gap=26)
    s1 = f"截至2024年6月30日，平台团队共有人员{p['team_total']}人"
    s2 = f"其中运维人员{ev(P, 'letter_ops', p['team_ops'])}人"
    s3 = f"运营人员{p['team_opr']}人"
    s4 = f"具有相关技术职称或从业资格的{p['team_q']}人"
    pg.para(f"我单位{P['platform_short']}由{P['team_dept']}负责建设与运营。{s1}，{s2}（含日常基础运维、迭代开发、优化升级），"
            f"{s3}（含日常运营、销售及管理）；{s4}，占团队总人数的{p['team_q'] * 100 // p['team_total']}%左右。", 27)
    pg.para(f"以上人员均与我单位签订劳动合同并缴纳社会保险，名单附后备查。另有外包实施人员约{P['outsourced']}人未计入上述人数。", 27)
    pg.para("特此说明。", 27)
    pg.y = 1250
    pg.line(P["company"], 27, x=640, gap=24)
    pg.line("2024年7月10日", 27, x=700)
    kit.seal(pg.img, (820, 1240), P["company"], 150, seed)
    kit.images_to_pdf(path, [kit.scanify(pg.img, seed)])
    return [
        F("平台团队总人数（人）", str(p["team_total"]), "人", p["team_total"], s1, "平台团队", image_only=True, page=1),
        F("运维人数（人）", str(ev(P, "letter_ops", p["team_ops"])), "人", ev(P, "letter_ops", p["team_ops"]), s2, "运维人员",
          image_only=True, page=1),
        F("运营人数（人）", str(p["team_opr"]), "人", p["team_opr"], s3, "运营人员", image_only=True, page=1),
        F("有相关技术职称/从业资格的人数（人）", str(p["team_q"]), "人", p["team_q"], s4, "具有相关技术职称或从业资格",
          image_only=True, page=1),
    ]


# ----------------------------------------------------------------------------- 知识产权说明
def ip_statement(P, path: Path, font="STSong-Light"):
    p = P["p"]
    n_pat_list = ev(P, "ip_patents_listed", p["patents"])
    inv = n_pat_list * 3 // 5
    q_pat = f"授权专利{n_pat_list}项"
    q_sw = f"计算机软件著作权{p['softcr']}项"
    kw = P["ip_words"]
    pats = [[str(i + 1), f"一种{kw[i % len(kw)]}的{['方法', '系统', '装置', '方法及系统'][i % 4]}",
             "发明专利" if i < inv else "实用新型", f"ZL20{19 + i % 5}1{(i * 7919) % 10 ** 7:07d}.{i % 10}", P["company"]]
            for i in range(n_pat_list)]
    sws = [[str(i + 1), f"{P['sw_prefix']}{kw[(i + 2) % len(kw)]}软件V{1 + i % 4}.{i % 10}", f"2024SR{(i * 104729) % 10 ** 7:07d}",
            P["company"]] for i in range(p["softcr"])]
    blocks = [
        ("h1", "关于平台核心软硬件技术知识产权情况的说明"),
        ("p", f"截至2024年6月30日，我单位围绕{P['platform_short']}核心软硬件技术，累计取得{q_pat}（其中发明专利{inv}项，"
              f"实用新型专利{n_pat_list - inv}项）、{q_sw}，权利人均为{P['company']}。"),
        ("p", f"需要说明的是，集团内其他成员单位另持有与平台相关的专利若干项，因权属不一致，未计入上述数量；"
              f"此外尚有{P['pending']}项发明专利处于实质审查阶段，亦未计入。"),
        ("h2", "附表1 授权专利清单"),
        ("table", [["序号", "专利名称", "类型", "专利号", "权利人"]] + pats, [28, 190, 55, 110, 90]),
        ("h2", "附表2 计算机软件著作权清单"),
        ("table", [["序号", "软件名称", "登记号", "著作权人"]] + sws, [28, 230, 100, 110]),
    ]
    kit.build_text_pdf(path, blocks, font=font, size=10)
    return [
        F("平台核心软硬件技术获得的专利数量（项）", str(n_pat_list), "项", n_pat_list, q_pat, "授权专利"),
        F("平台核心软硬件技术获得的软著数量（个）", str(p["softcr"]), "项", p["softcr"], q_sw, "计算机软件著作权"),
    ]


# ----------------------------------------------------------------------------- 荣誉
def awards(P, path: Path, font="WQY"):
    aw = P["p"]["awards"]
    q = f"共计{len(aw)}项"
    blocks = [("h1", "平台获得省部级及以上奖项/荣誉情况"),
              ("p", f"平台自建设以来获得的省部级及以上奖项和荣誉如下（{q}，证书扫描件附后；区级、行业协会类荣誉未列入）："),
              ("ul", aw, "◆"),
              ("fn", "注：同一项目在不同年度获得的同一称号按1项计。")]
    kit.build_text_pdf(path, blocks, font=font)
    return [F("平台获得省部级及以上奖项/荣誉数量（个）", str(len(aw)), "项", len(aw), q, "共计")]


# ----------------------------------------------------------------------------- 客户应用证明 (scans)
CASE_COMP = {"maint": ("平台连接工业设备运维成本平均下降率（%）", "运维成本下降率（%）", "运维成本下降"),
             "energy": ("平台连接工业设备能耗平均下降率（%）", "能耗下降率（%）", "单位产品能耗下降"),
             "safety": ("平台连接工业设备安全生产持续时间平均提升率（%）", "安全生产持续时间提升率（%）", "安全生产持续时间提升")}


def case_letter(P, i: int, path: Path, seed: int, page_img_list=None):
    cs = P["p"]["cases"][i]
    shown = dict(cs)
    shown.update(cs.get("letter_override", {}))
    pg = Page(serif=(i % 2 == 0))
    pg.y = 190
    pg.title(cs.get("title", "应用证明"), 44, 50)
    pg.line(f"致：{P['company']}", 27, gap=26)
    q = {k: f"{CASE_COMP[k][2]}{shown[k]:.1f}%" if shown[k] * 10 == int(shown[k] * 10) else f"{CASE_COMP[k][2]}{shown[k]:.2f}%"
         for k in CASE_COMP}
    pg.para(f"我公司（{cs['client']}）自{cs['since']}起使用贵单位{P['platform_short']}，{cs['scope']}。", 27)
    pg.para(f"经我公司设备管理部门与财务部门对比应用前后同口径数据（应用前以{cs['base']}为基准），"
            f"平台接入设备{q['maint']}，{q['energy']}，{q['safety']}。{cs.get('extra', '')}", 27)
    pg.para("上述数据为我公司内部统计结果，仅用于贵单位申报2024年度上海市工业互联网平台应用水平评价。", 27)
    pg.para("特此证明。", 27)
    pg.y = 1250
    pg.line(cs["client"] + "（盖章）", 27, x=560, gap=24)
    pg.line(cs["date"], 27, x=700)
    kit.seal(pg.img, (850, 1230), cs["client"], 145, seed)
    img = kit.scanify(pg.img, seed)
    if page_img_list is not None:
        page_img_list.append(img)
        pageno = len(page_img_list)
    else:
        kit.images_to_pdf(path, [img])
        pageno = 1
    out = []
    for k, (lab, comp, _) in CASE_COMP.items():
        val = q[k][len(CASE_COMP[k][2]):]
        out.append(F(lab, val, "%", shown[k], q[k], CASE_COMP[k][2], "", f"案例{i + 1}{comp}", page=pageno,
                     image_only=True))
    return out


# ----------------------------------------------------------------------------- 第三方评估报告
def assessment(P, path: Path, font="STSong-Light"):
    p = P["p"]
    A = P["assessor"]
    micro = ev(P, "assess_micro", p["micro"])
    q_micro = f"平台共部署微服务{th(micro)}个"
    q_act = f"一周调用5次以上的活跃微服务{th(p['micro_active'])}个"
    q_cap = f"存储总容量{wan(p['storage'])}TB"
    q_data = f"已存储工业数据{wan(p['data'])}TB"
    q_dom = f"平台软硬件综合国产化率为{p['domestic']:.2f}%"
    q_mod = f"工业机理模型{p['models']}个"
    blocks = [
        ("sp", 100), ("h1", f"{P['platform_short']}"), ("h1", "技术能力第三方评估报告"), ("sp", 40),
        ("c", f"报告编号：{A['no']}"), ("c", f"评估机构：{A['name']}"), ("c", "二〇二四年六月"), ("pb",),
        ("h2", "1 评估概述"),
        ("p", f"受{P['company']}委托，{A['name']}于2024年5月至6月对{P['platform_short']}的资源汇聚、数据处理、微服务及安全能力"
              "开展评估。评估采用系统日志抽取、后台配置核查、现场演示及人员访谈相结合的方式，数据截止日为2024年6月30日。"),
        ("h2", "2 主要发现"),
        ("p", f"2.1 微服务。经核查容器编排平台与服务注册中心，{q_micro}，其中{q_act}，"
              f"服务注册、熔断、灰度发布等治理能力完备。"),
        ("p", f"2.2 数据存储与处理。平台采用分布式对象存储与时序数据库组合架构，{q_cap}，{q_data}，"
              f"存储资源利用率约{p['data'] / p['storage'] * 100:.0f}%；{p['speed_sentence']}"),
        ("p", f"2.3 模型能力。平台模型库收录{q_mod}，其中近一周调用5次以上的{p['models_active']}个。"
              "评估组随机抽取10个模型复核调用日志，调用记录完整。"),
        ("p", f"2.4 国产化。评估组对服务器、操作系统、数据库、中间件等清单逐项核对，{q_dom}，"
              f"其中{P['domestic_detail']}。"),
        ("p", f"2.5 安全。平台{P['sec_finding']}"),
        ("h2", "3 评估结论"),
        ("p", "综上，平台各项技术能力指标与委托方提供的数据基本一致，具备面向行业规模化推广的技术条件。"
              "本报告仅对评估截止日的平台状态负责。"),
        ("sp", 20), ("r", f"{A['name']}（盖章）"), ("r", "2024年6月28日"),
    ]
    kit.build_text_pdf(path, blocks, font=font, header=f"{A['name']} 评估报告")
    return [
        F("微服务数量（个）", th(micro), "个", micro, q_micro, "平台共部署微服务"),
        F("活跃微服务数量（一周调用5次以上）（个）", th(p["micro_active"]), "个", p["micro_active"], q_act, "活跃微服务"),
        F("存储容量（TB）", wan(p["storage"]), "TB", round(p["storage"], 2), q_cap, "存储总容量"),
        F("存储工业数据量（TB）", wan(p["data"]), "TB", round(p["data"], 2), q_data, "已存储工业数据"),
        F("工业机理模型数量（个）", str(p["models"]), "个", p["models"], q_mod, "工业机理模型"),
        F("平台国产化率（%）", f"{p['domestic']:.2f}%", "%", round(p["domestic"], 2), q_dom, "综合国产化率"),
    ]


# ----------------------------------------------------------------------------- 新闻稿 printout (image-only)
def news(P, path: Path, seed: int):
    N = P["news"]
    pg = Page(serif=False, margin=110)
    d = pg.d
    d.rectangle([0, 0, pg.W, 90], fill=(28, 72, 140))
    d.text((110, 22), N["site"], font=pg.f(34, True), fill="white")
    d.text((pg.W - 420, 34), "首页 > 产业 > 数字化转型", font=pg.f(20), fill="white")
    pg.y = 150
    for ln in N["title_lines"]:
        pg.line(ln, 38, bold=True, gap=16)
    pg.line(f"来源：{N['source']}    发布时间：{N['date']}", 20, gap=36)
    for para in N["paras"]:
        pg.para(para, 25, gap=14)
    d.text((110, pg.H - 80), N["url"], font=pg.f(18), fill=(90, 90, 90))
    d.text((pg.W - 260, pg.H - 80), "1/1", font=pg.f(18), fill=(90, 90, 90))
    kit.images_to_pdf(path, [kit.scanify(pg.img, seed, colour=False)])
    return [F(lab, val, unit, norm, quote, row, image_only=True, page=1) for lab, val, unit, norm, quote, row in N["facts"]]


# ----------------------------------------------------------------------------- dashboard screenshot (PNG)
def dashboard(P, path: Path):
    D = P["dash"]
    from PIL import Image, ImageDraw
    W, H = 1600, 900
    img = Image.new("RGB", (W, H), (11, 24, 48))
    d = ImageDraw.Draw(img)
    f = lambda s, b=False: kit.font(kit.NOTO_SANS_BOLD if b else kit.NOTO_SANS, s, kit.SC)
    d.rectangle([0, 0, W, 70], fill=(18, 40, 80))
    d.text((30, 16), D["title"], font=f(30, True), fill=(230, 240, 255))
    d.text((W - 380, 24), "数据更新时间：2024-06-30 23:59", font=f(18), fill=(160, 190, 230))
    facts = []
    for i, (cap, val, lab, unit, norm) in enumerate(D["tiles"]):
        x, y = 40 + (i % 4) * 385, 110 + (i // 4) * 190
        d.rounded_rectangle([x, y, x + 360, y + 160], 12, fill=(22, 50, 96), outline=(60, 120, 200), width=2)
        d.text((x + 24, y + 20), cap, font=f(22), fill=(170, 200, 240))
        d.text((x + 24, y + 62), val, font=f(52, True), fill=(90, 220, 255))
        if lab:
            facts.append(F(lab, val, unit, norm, val, cap, page=1, image_only=True))
    # fake chart
    y0 = 520
    d.text((40, y0), D["chart_title"], font=f(22), fill=(170, 200, 240))
    for j, h in enumerate(D["bars"]):
        d.rectangle([60 + j * 95, 860 - h, 120 + j * 95, 860], fill=(52, 140, 230))
        d.text((62 + j * 95, 866 - 0), f"{j + 1}月", font=f(14), fill=(150, 170, 200))
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(str(path), optimize=False)
    return facts


# ----------------------------------------------------------------------------- 设备接入情况说明 (text PDF)
def device_note(P, path: Path, font="WQY"):
    p, c = P["p"], P["p"]["calc"]
    cats = c["dev_cat"]
    parts = "，".join(f"{k}{th(v)}台（套）" for k, v in cats.items())
    q_tot = f"共计{th(p['dev_total'])}台（套）"
    q_ov = f"海外设备{th(c['overseas'])}台（套）"
    ov_txt = "、".join(f"{k}{v}台" for k, v in c["dev_reg"].items() if any(ch.isascii() and ch.isalpha() for ch in k))
    rows = [["区域", "接入数量（台/套）", "其中：公有云（台/套）", "公有云日均运行（台/套）"]]
    for k in c["dev_reg"]:
        rows.append([k, th(c["dev_reg"][k]), th(c["pub_reg"][k]), th(c["run_reg"][k])])
    blocks = [
        ("h1", "关于平台工业设备接入情况的说明"),
        ("p", f"截至2024年6月30日，{P['platform_short']}接入的工业设备/产品/产线{q_tot}（含私有化部署项目中的设备），"
              f"按《附录A：工业设备二级分类口径》归类，其中{parts}。"),
        ("p", f"按设备所属企业注册地统计，境内覆盖{len(c['dev_reg']) - len([k for k in c['dev_reg'] if any(ch.isascii() and ch.isalpha() for ch in k)])}"
              f"个省级区域，{q_ov}" + (f"（{ov_txt}）" if ov_txt else "") + "。分区域明细见下表。"),
        ("table", rows, [120, 110, 120, 120]),
        ("fn", "口径说明：公有云日均运行数量为2023年7月至2024年6月每日上传实时运行数据设备数的日平均值，按四舍五入取整。"),
    ]
    kit.build_text_pdf(path, blocks, font=font)
    out = [F("连接的工业设备/产品/产线种类及数量（台/套）", th(p["dev_total"]), "台/套", p["dev_total"], q_tot, "接入的工业设备")]
    if c["overseas"]:
        out.append(F("海外设备连接数量（台/套）", th(c["overseas"]), "台/套", c["overseas"], q_ov, "海外设备"))
    return out
