"""Assemble the four h88 packages: documents, evidence, facts, planted problems, truth."""

from __future__ import annotations

import random
from pathlib import Path

from eval_sets.blind.h88 import docs, specs
from eval_sets.blind.h88.model import derive, make, pct

FILL_DATE = "2024年7月"


def rd_hist(s: dict) -> dict:
    return {2023: s["rd"], 2022: s.get("rd_2022", round(s["rd"] * 0.89, 2)), 2021: round(s["rd"] * 0.78, 2)}


def audit_cols(s: dict, years) -> dict:
    rd = rd_hist(s)
    profit = {2023: s["profit"], 2022: round(s["profit"] * 0.87, 2), 2021: round(s["profit"] * 0.74, 2)}
    return {y: {"平台相关营业收入": s["rev"][y], "平台相关研发投入": rd[y], "平台利润总额": profit[y]} for y in years}


def cells(s: dict, third_party: str) -> dict:
    tag = s["words"]["short"]
    return {
        "平台是否建立安全管理体系": f"是，《{tag}工业互联网平台网络安全管理办法》（编号AQ-2022-01，2022年3月制订）、"
                             f"《平台数据安全管理细则》（编号AQ-2023-04，2023年5月制订）",
        "有否定期开展第三方安全测试/测评": third_party,
        "有否定期进行安全扫描": "是，每月一次漏洞扫描，每季度一次安全基线核查",
        "平台是否有自研形成的核心技术突破": "是，" + s["words"]["tech"],
        "平台是否具备碳管理服务能力": "是，提供碳计算/核算、碳排放监测、碳足迹等服务" if s["carbon"] else "否",
        "平台是否融合使用国家标识解析系统": "是，已接入国家工业互联网标识解析二级节点，实现设备与产品一物一码" if s["idres"] else "否",
        "企业是否已上市或已获得VC/PE投资": "否",
        "平台是否服务上海智能工厂，数量": f"是，{s['smart_factories']}家（均为上海市级智能工厂，提供设备物联与能效管理服务）",
    }


def story(p, dev_text: int | None = None, seven: bool = True) -> dict:
    s, v, w = p.spec, p.vals, p.spec["words"]
    apps = v["工业APP数量（个）"]
    h = v["平台近三年经营指标情况"]
    dev = v["连接的工业设备/产品/产线种类及数量（台/套）"] if dev_text is None else dev_text
    fin = dict(s["company_fin"])
    st = {
        "一": [f"{s['company']}成立于{s['founded']}，注册地为{s['seat']}，主营{s['business']}。2023年公司主营业务收入"
               f"{fin['主营业务收入（万元）']}万元（公司整体口径，含非平台业务）。",
               f"公司围绕“{w['position']}”的定位持续投入，组建了{v['平台团队总人数（人）']}人的平台团队。"],
        "二": [f"{s['declared_name']}建设于{s['build_time_cell']}，累计建设投入{v['平台建设金额（万元）']:.2f}万元，部署方式为"
               f"{s['deploy']}，定位为{s['nature']}。",
               f"平台运营方面，目前平台已接入各类设备{dev:,}台（套），注册企业用户{v['注册企业用户数（个）']:,}家，"
               f"上架工业APP {apps}个，沉淀工业机理模型{v['工业机理模型数量（个）']}个，微服务{v['微服务数量（个）']}个。",
               (["三级指标", "本平台数据", "对标数据"],
                [["1.2.1 创新投入情况", f"研发投入{v['平台相关研发投入（万元）']:.2f}万元", "同行业平台研发投入数量级：千万元"],
                 ["2.1.1 工业设备连接/汇聚能力", "见申报表2.1.1", "同行业平台连接设备数量级：万台"],
                 ["3.1.1 平台应用规模", "见申报表3.1.1", "同行业平台服务企业数量级：千家"]]),
               f"平台技术创新点：{w['tech']}{w['newtech'][2:]}"],
        "三": [f"2023年平台相关营业收入{h['2023年平台营收（万元）']:.2f}万元，平台服务企业覆盖{len(v['按行业统计服务企业数（个）'])}个行业。",
               w["gain"], w["cost"], f"应用创新点：{w['newmode'][2:]}"]
             + ([f"与上年相比，2023年平台相关营业收入较2022年（上年，{h['2022年平台营收（万元）']:.2f}万元）增长"
                 f"{h['2023年增长率（%）']:.2f}%。"] if s.get("growth_sentence") else []),
        "四": ["下一步，平台将持续推进关键技术迭代与产品升级，深化产业合作，拓展订阅式商业模式，扩大长三角服务覆盖。"],
        "五": [f"案例1：{s['declared_name']}——{list(s['killer_subs'])[0]}应用", "企业简介：某制造企业，位于上海市，年产值约12亿元。",
               f"案例实际内容：通过平台“{list(s['killer_subs'])[0]}”应用实现关键设备在线监测与优化，{w['cost']}",
               f"案例2：{s['declared_name']}——{list(s['killer_subs'])[1]}应用", f"案例3：{s['declared_name']}——{list(s['killer_subs'])[2]}应用"],
    }
    if seven and s.get("last_year"):
        ly = s["last_year"]
        rows = [[lab, f"{ly[lab]:,}", f"{v[lab]:,}", f"{pct(v[lab] - ly[lab], ly[lab]):.2f}%"] for lab in ly]
        st["七"] = ["以下对比2023年7月（上年度参评时）与截至2024年6月末平台关键指标的变化（上年数据取自2023年度申报材料）：",
                   (["指标", "2023年7月（上年度）", "2024年6月末（本年度）", "变化率"], rows),
                   "功能模块方面，新增开发者门户与数据产品中心；应用服务方面，服务行业与区域进一步扩展。"]
    return st


def common_docs(root: Path, p, names: dict, key: str, rng: random.Random, *, dev_text=None, seven=True,
                commit_year=2024, commit_date=None, attachments=()):
    docs.contact_form(root, names["contact"], p)
    docs.form_docx(root, names["form"], p)
    docs.form_scan(root, names["scan"], p, f"{key}/{names['scan']}", rng)
    p.spec["story"] = story(p, dev_text, seven)
    docs.narrative_docx(root, names["book"], p, list(attachments))
    docs.summary_xlsx(root, names["summary"], p)
    docs.commitment_scan(root, names["commit"], p, f"{key}/{names['commit']}", rng, commit_year,
                         commit_date or p.spec["form_date"])


def prepare(spec: dict, third_party: str) -> dict:
    s = dict(spec)
    s["texts"] = specs.texts(s["words"])
    s["cells"] = cells(s, third_party)
    s["none_cells"] = {"按海外国家分类统计海外设备连接数量（台/套）": "无（平台未连接海外设备）"}
    s["intro"] = (f"{s['declared_name']}由{s['company']}自主建设运营，是{s['words']['position']}。平台提供设备物联接入、数据治理、"
                  f"工业APP与模型服务，主要客户为{'、'.join(list(s['served_ind'])[:3])}等行业企业。")
    s["effect"] = f"平台解决行业设备分散、数据孤岛与管理粗放等痛点，{s['words']['gain']}{s['words']['cost']}"
    return s


def proofs(files: dict[str, str]) -> dict:
    """Map indicator → the 证明资料 text for the 申报表 (by the evidence's short name)."""
    f = files
    return {
        "平台相关研发投入（万元）": f"{f['audit']} 第4页", "平台相关营业收入（万元）": f"{f['audit']} 第4页",
        "平台利润率（%）": f"{f['audit']} 第4页", "平台相关研发投入强度（%）": f"{f['audit']} 第4页",
        "连接的工业设备/产品/产线种类及数量（台/套）": f"{f['device']}", "公有云工业设备连接数量（台/套）": f"{f['device']}",
        "公有云工业设备平均日运行数量（台/套）": f"{f['device']}", "海外设备连接数量（台/套）": f"{f['device']}",
        "平台连接工业设备利用率（%）": f"{f['device']}（运行指标）",
        "实际服务企业数（个）": f"{f['ent']}", "付费企业数（个）": f"{f['ent']}", "服务本市企业数量（个）": f"{f['ent']}",
        "服务中小企业数量（个）": f"{f['ent']}", "注册企业用户数（个）": f"{f['shot1']}",
        "工业APP数量（个）": f"{f['app']}", "工业APP订阅总数量（个）": f"{f['app']}", "杀手锏工业APP订阅数量（个）": f"{f['app']}",
        "工业APP订阅总金额（万元）": f"{f['app']}", "工业机理模型数量（个）": f"{f['shot2']}", "微服务数量（个）": f"{f['shot2']}",
        "开发者注册总数（个）": f"{f['shot2']}", "平台核心软硬件技术获得的专利数量（项）": f"{f['ip']} 第1页",
        "平台核心软硬件技术获得的软著数量（个）": f"{f['ip']} 第2页", "平台获得省部级及以上奖项/荣誉数量（个）": f"{f['award']}",
        "有否定期开展第三方安全测试/测评": f.get("cert", "平台安全测评报告（现场提供）"),
        "投资回报率（%）": f"{f['audit']} 第4页",
    }


# ============================================================================ packages
def pkg_sijian(root: Path, rng: random.Random, key: str):
    s = prepare(specs.SIJIAN | {"growth_sentence": True}, "是，每年一次（委托第三方开展等保三级测评；持有ISO/IEC 27001认证，2024年3月已换证）")
    ev = "附件3 证明材料/"
    n = dict(contact="附件1 联系人信息反馈表.docx", form="附件2 申报表（四建）.docx", scan="附件2 申报表（盖章扫描件）.pdf",
             book="附件3 申报书（四建）.docx", summary="附件4 平台基本情况汇总表.xlsx", commit="附件5 真实性承诺（盖章）.pdf",
             audit=ev + "3-1 2023年度审计报告.pdf", audit22=ev + "3-2 2022年度审计报告（上年度，供对比参考）.pdf",
             device=ev + "3-3 接入设备统计表.xlsx", ent=ev + "3-4 服务企业名录.xlsx", ip=ev + "3-5 知识产权清单.pdf",
             shot1=ev + "3-6 平台运行截图-总览.png", shot2=ev + "3-7 平台运行截图-开发与模型.png",
             app=ev + "3-8 工业APP订阅统计.xlsx", award=ev + "3-9 省部级及以上荣誉清单.pdf",
             cert=ev + "3-10 信息安全管理体系认证证书（2021年版及2024年换证）.pdf")
    s["proof"] = proofs({k: v.replace(ev, "附件") for k, v in n.items()})
    p = make("h88_sijian_clean", s)
    facts = evidence(root, p, n, key, rng, audit22=True)
    docs.cert_scan(root, n["cert"], p, f"{key}/{n['cert']}", rng, [
        dict(title="信息安全管理体系认证证书", issuer="华标认证有限公司", lines=[
            f"证书编号：HB-ISMS-2021-0386", f"兹证明 {s['company']}", "信息安全管理体系符合 GB/T 22080-2016 / ISO/IEC 27001:2013",
            f"认证范围：{s['declared_name']}（原名称：{s['listed_name']}）的运营与运维服务", "发证日期：2021年3月15日",
            "有效期至：2024年3月14日", "（上一认证周期证书，已于2024年3月换证，见第2页）"]),
        dict(title="信息安全管理体系认证证书", issuer="华标认证有限公司", lines=[
            f"证书编号：HB-ISMS-2024-0211", f"兹证明 {s['company']}", "信息安全管理体系符合 GB/T 22080-2016 / ISO/IEC 27001:2022",
            f"认证范围：{s['declared_name']}的运营与运维服务", "发证日期：2024年3月8日", "有效期至：2027年3月7日", "（换证）"])])
    common_docs(root, p, n, key, rng, attachments=attachment_list(n))
    desc = ("序号12（2023参评），平台更名并在申报表注明原名称+现名称；干净包，但合法地保留上年材料：2022年度审计报告扫描件作为对比背景"
            "（标题注明年度）、ISO 27001 旧证书与2024年换证同一PDF、第七章以2023年7月（上年）数据对比、申报书第三章引用上年营收。")
    layout = ["naming:附件N", "evidence_dir:附件3 证明材料", "form:docx", "stamped_scan", "summary:xlsx-vertical",
              "commitment:scan", "audit:text+2022scan", "screenshots:png", "device_list:xlsx", "ip:text-pdf", "name_change",
              "certificate:old+renewal", "section7"]
    return p, n, facts, [], layout, desc


def pkg_guowang(root: Path, rng: random.Random, key: str):
    s = prepare(specs.GUOWANG | {"growth_sentence": True}, "是，每年一次（委托第三方开展渗透测试及等保三级测评）")
    ev = "03_证明材料/"
    n = dict(contact="01_联系人信息反馈表.docx", form="02_申报表.docx", scan="02_申报表_盖章版.pdf", book="03_申报书.docx",
             summary="04_平台基本情况汇总表.xlsx", commit="05_真实性承诺_盖章.pdf",
             audit=ev + "01_2023年度审计报告.pdf", audit22=ev + "02_2022年度审计报告.pdf", device=ev + "03_接入设备统计.xlsx",
             ent=ev + "04_服务企业清单.xlsx", ip=ev + "05_专利及软著清单.pdf", shot1=ev + "06_平台截图1.png",
             shot2=ev + "07_平台截图2.png", app=ev + "08_工业APP统计.xlsx", award=ev + "09_荣誉清单.pdf")
    s["proof"] = proofs({k: v.replace(ev, "证明材料") for k, v in n.items()})
    rd22 = s["rd_2022"]
    p = make("h88_guowang_problems", s, declare={"rd": rd22}, summary_diff={"工业APP数量（个）": "186"})
    facts = evidence(root, p, n, key, rng, audit22=True)
    common_docs(root, p, n, key, rng, dev_text=s["last_year"]["连接的工业设备/产品/产线种类及数量（台/套）"], commit_year=2023,
                commit_date="2023年7月12日", attachments=attachment_list(n))
    pid = p.pid
    probs = [
        dict(id=f"{pid}-01-declared_vs_evidence", family="declared_vs_evidence", fields=["平台相关研发投入（万元）"],
             files=[n["form"], n["audit"], n["audit22"]], severity="error",
             description=f"申报表平台相关研发投入填报 {rd22:.2f} 万元，等于上年《2022年度审计报告》平台专项说明（第2页）2022年度数；"
                         f"包内《2023年度审计报告》平台专项说明（第4页）2023年度平台相关研发投入为 {s['rd']:,.2f} 万元，两者不一致"
                         f"（研发投入强度也按旧数 {rd22:.2f}÷{s['rev'][2023]:.2f} 计算）"),
        dict(id=f"{pid}-02-narrative_vs_form", family="narrative_vs_form", fields=["连接的工业设备/产品/产线种类及数量（台/套）"],
             files=[n["book"], n["form"]], severity="warning",
             description=f"申报书第二章沿用上年文字“目前平台已接入各类设备126,480台（套）”，申报表填报连接的工业设备 "
                         f"{s['devices'][0]:,} 台/套（第七章对比表也显示126,480为2023年7月数）"),
        dict(id=f"{pid}-03-summary_vs_form", family="summary_vs_form", fields=["工业APP数量（个）"],
             files=[n["summary"], n["form"]], severity="error",
             description=f"附件4汇总表“工业APP数量（个）”仍为上年的 186，申报表已更新为 {p.vals['工业APP数量（个）']}（工业APP统计表同为"
                         f" {p.vals['工业APP数量（个）']}）"),
        dict(id=f"{pid}-04-missing_file", family="missing_file", fields=["附件5 真实性承诺"], files=[n["commit"]], severity="error",
             description="包内真实性承诺为上年的：承诺“2023年度上海市工业互联网平台应用水平评价工作”申报材料，落款日期2023年7月12日"
                         "（第1页），未提供本年度（2024年度）申报材料的真实性承诺"),
    ]
    desc = ("序号13（2023参评），复用上年申报包：研发投入沿用2022年度审计数（包内同时有2023年度与2022年度审计报告）、申报书第二章遗留"
            "上年设备数、汇总表工业APP数量未更新、真实性承诺为2023年度的。")
    layout = ["naming:numbered-underscore", "evidence_dir:03_证明材料", "form:docx", "stamped_scan", "summary:xlsx-vertical",
              "commitment:scan(2023)", "audit:text+2022scan", "screenshots:png", "device_list:xlsx", "no_overseas", "section7"]
    return p, n, facts, probs, layout, desc


def pkg_ouye(root: Path, rng: random.Random, key: str):
    s = prepare(specs.OUYE, "是，每年一次（委托第三方开展渗透测试及等保三级测评）")
    ev = "证明材料/"
    n = dict(contact="申报材料/附件1_联系人信息反馈表.docx", form="申报材料/附件2_申报表_欧冶云商生态运营平台.docx",
             scan="申报材料/附件2_申报表_盖章扫描.pdf", book="申报材料/附件3_申报书_欧冶云商生态运营平台.docx",
             summary="申报材料/附件4_平台基本情况汇总表.xlsx", commit="申报材料/附件5_真实性承诺.pdf",
             audit=ev + "证明1_2023年度审计报告.pdf", device=ev + "证明2_仓储加工设备接入统计.xlsx", ent=ev + "证明3_服务企业名录.xlsx",
             ip=ev + "证明4_知识产权清单.pdf", shot1=ev + "证明5_平台驾驶舱截图.png", shot2=ev + "证明6_开发者与模型截图.png",
             app=ev + "证明7_工业APP订阅统计.xlsx", award=ev + "证明8_荣誉清单.pdf")
    s["proof"] = proofs({k: v.replace(ev, "") for k, v in n.items()})
    r = s["rev"]
    wrong = pct(r[2023] - r[2021], r[2021])
    right = pct(r[2023] - r[2022], r[2022])
    p = make("h88_ouye_problems", s, post={"平台近三年经营指标情况": {"2023年增长率（%）": wrong}})
    stale = {"registered": 8416, "apps": 152, "dev": 15230, "stamp1": "截图时间：2023-06-30 17:42"}
    old_softs = s["softs"][:27]
    facts = evidence(root, p, n, key, rng, audit22=False, shown=stale, softs=old_softs, ip_date="2023-06-30")
    common_docs(root, p, n, key, rng, seven=False, attachments=attachment_list(n))
    pid = p.pid
    probs = [
        dict(id=f"{pid}-01-growth_rate", family="growth_rate", fields=["平台近三年经营指标情况"], files=[n["form"]], severity="error",
             description=f"2023年增长率填报 {wrong:.2f}%，是以2021年营收为基数算出的（({r[2023]:.2f}−{r[2021]:.2f})÷{r[2021]:.2f}）；"
                         f"按上一年2022年营收 {r[2022]:.2f} 万元计算应为 {right:.2f}%"),
        dict(id=f"{pid}-02-screenshot_vs_form", family="screenshot_vs_form",
             fields=["注册企业用户数（个）", "工业APP数量（个）", "连接的工业设备/产品/产线种类及数量（台/套）"],
             files=[n["shot1"], n["form"]], severity="warning",
             description=f"平台驾驶舱截图为上年截图（截图时间2023-06-30），显示注册企业 8,416、上架工业APP 152、接入设备 15,230，"
                         f"与申报表截至填表日的注册企业用户数 {s['registered']:,}、工业APP数量 {p.vals['工业APP数量（个）']}、"
                         f"连接设备 {s['devices'][0]:,} 不一致，不能证明本年度数据"),
        dict(id=f"{pid}-03-section7", family="section7", fields=["七、平台相较上年度对比情况"], files=[n["book"]], severity="error",
             description="沿用上年申报书模板，缺少“七、平台相较上年度对比情况”；该平台在附件6（序号16）中2023年度参评为“是”，第七章为必填"),
        dict(id=f"{pid}-04-count_vs_list", family="count_vs_list", fields=["平台核心软硬件技术获得的软著数量（个）"],
             files=[n["form"], n["ip"]], severity="error",
             description=f"申报表填报软著数量 {len(s['softs'])} 个，包内知识产权清单为上年清单（清单日期2023-06-30），"
                         f"“软件著作权清单（共27项）”（第2页）只列27项；专利清单16项与申报一致"),
    ]
    desc = ("序号16（2023参评），复用上年材料：2023年增长率以2021年为基数、驾驶舱截图为2023-06-30的旧截图、申报书沿用上年模板缺第七章、"
            "知识产权清单为2023年6月版（软著27项）。")
    layout = ["naming:申报材料+证明材料", "form:docx", "stamped_scan", "summary:xlsx-vertical", "commitment:scan",
              "audit:text", "screenshots:png(stale)", "device_list:xlsx", "ip:text-pdf(stale)", "iaas:租用+服务商"]
    return p, n, facts, probs, layout, desc


def pkg_tansuo(root: Path, rng: random.Random, key: str):
    s = prepare(specs.TANSUO, "是，每年一次（委托第三方开展网络安全等级保护三级测评）")
    n = dict(contact="碳索_附件1_联系人信息反馈表.docx", form="碳索_附件2_申报表.docx", scan="碳索_附件2_申报表（盖章）.pdf",
             book="碳索_附件3_申报书.docx", summary="碳索_附件4_汇总表.xlsx", commit="碳索_附件5_真实性承诺.pdf",
             audit="碳索_附件3-1_2023年度审计报告.pdf", device="碳索_附件3-2_能源设备接入统计.xlsx", ent="碳索_附件3-3_服务企业名录.xlsx",
             ip="碳索_附件3-4_知识产权清单.pdf", shot1="碳索_附件3-5_平台截图_总览.png", shot2="碳索_附件3-6_平台截图_模型.png",
             app="碳索_附件3-7_APP订阅统计.xlsx", award="碳索_附件3-8_荣誉清单.pdf", cert="碳索_附件3-9_等级保护测评证书.pdf")
    s["proof"] = proofs({k: v.replace("碳索_", "").replace(".pdf", "").replace(".xlsx", "").replace(".png", "") for k, v in n.items()})
    p = make("h88_tansuo_problems", s, declare={"utilization": None}, summary_diff={"合作平台数量（个）": "6"})
    p.spec["proof"]["平台连接工业设备利用率（%）"] = ""
    facts = evidence(root, p, n, key, rng, audit22=False, util_label="连接设备利用率（%）")
    docs.cert_scan(root, n["cert"], p, f"{key}/{n['cert']}", rng, [
        dict(title="网络安全等级保护测评结论", issuer="沪安信息安全测评有限公司", lines=[
            "报告编号：HA-DJCP-2022-0418-03", f"被测单位：{s['company']}", f"被测系统：{s['declared_name']}（第三级）",
            "测评结论：符合", "测评日期：2022年4月18日", "有效期至：2023年4月17日"])])
    common_docs(root, p, n, key, rng, seven=False, attachments=attachment_list(n))
    pid = p.pid
    probs = [
        dict(id=f"{pid}-01-blank", family="blank", fields=["平台连接工业设备利用率（%）"], files=[n["form"], n["device"]],
             severity="error",
             description=f"指标明细表“平台连接工业设备利用率（%）”未填写（沿用的旧模板无此行，汇总表同样空白），而包内能源设备接入统计"
                         f"“运行指标”表（第4个工作表）给出连接设备利用率 {s['utilization']}%"),
        dict(id=f"{pid}-02-summary_vs_form", family="summary_vs_form", fields=["合作平台数量（个）"], files=[n["summary"], n["form"]],
             severity="error", description=f"附件4汇总表“合作平台数量（个）”仍为上年的 6，申报表填报 {s['partners']}"),
        dict(id=f"{pid}-03-declared_vs_evidence", family="declared_vs_evidence", fields=["有否定期开展第三方安全测试/测评"],
             files=[n["form"], n["cert"]], severity="warning",
             description="申报表称“是，每年一次（委托第三方开展网络安全等级保护三级测评）”，证明资料为等级保护测评结论（第1页），"
                         "测评日期2022年4月18日、有效期至2023年4月17日，在填报日前已过期且包内无更新的测评证明"),
    ]
    desc = ("序号27（2023未参评），用上一轮模板和上年材料改写：新增指标“平台连接工业设备利用率”留空而设备统计表有值、汇总表合作平台数量"
            "未更新、第三方测评证明为已过期的2022年证书。")
    layout = ["naming:prefix-碳索_", "flat", "form:docx", "stamped_scan", "summary:xlsx-vertical", "commitment:scan",
              "audit:text", "screenshots:png", "device_list:xlsx", "certificate:expired", "no_section7(not participant)"]
    return p, n, facts, probs, layout, desc


def attachment_list(n: dict) -> list[tuple[str, str]]:
    out = []
    for k in ("audit", "audit22", "device", "ent", "ip", "shot1", "shot2", "app", "award", "cert"):
        if k in n:
            out.append((Path(n[k]).name, {"audit": "共4页（平台专项说明见第4页）", "audit22": "共2页（上年度，供对比）",
                                          "ip": "共2页", "award": "共1页", "cert": "扫描件"}.get(k, "电子表格/截图")))
    return out


def evidence(root: Path, p, n: dict, key: str, rng: random.Random, *, audit22: bool, shown=None, softs=None, ip_date=None,
             util_label="设备利用率（%）") -> list[dict]:
    s = p.spec
    real_vals, _ = derive(s)
    facts = []
    facts += docs.audit_pdf(root, n["audit"], p, 2023, audit_cols(s, (2023, 2022, 2021)))
    if audit22:
        facts += docs.audit_scan(root, n["audit22"], p, f"{key}/{n['audit22']}", rng, audit_cols(s, (2022, 2021)))
    facts += docs.device_xlsx(root, n["device"], p, real_vals, util_label)
    if not s["overseas"]:
        facts = [f for f in facts if f["label"] != "海外设备连接数量（台/套）"]
    facts += docs.enterprise_xlsx(root, n["ent"], p, real_vals, rng)
    facts += docs.ip_pdf(root, n["ip"], p, softs=softs, list_date=ip_date)
    facts += docs.screenshots(root, (n["shot1"], n["shot2"]), p, key, rng, shown)
    facts += docs.app_xlsx(root, n["app"], p)
    facts += docs.award_scan(root, n["award"], p, f"{key}/{n['award']}", rng)
    return facts


PACKAGES = {
    "h88_sijian_clean": (pkg_sijian, 8812),
    "h88_guowang_problems": (pkg_guowang, 8813),
    "h88_ouye_problems": (pkg_ouye, 8816),
    "h88_tansuo_problems": (pkg_tansuo, 8827),
}
