"""Blind set h34 — one applicant, several platforms and several companies (scope by platform / entity).

python eval_sets/blind/h34/build.py [--out DIR]   writes DIR/packages/<id>/… and DIR/truth/<id>.json
(default DIR = this folder). Deterministic: see kit.py.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path[:0] = [str(HERE), str(ROOT)]

import forms  # noqa: E402
import kit  # noqa: E402
from evidence import book_blocks, console  # noqa: E402
from model import Pkg, comma, money, r2, synth  # noqa: E402

from eval_sets.truth import PackageTruth, dump_truth  # noqa: E402

REL = "eval_sets/blind/h34/packages"


def names(rng: random.Random, n: int, suffixes: list[str]) -> list[str]:
    first = "华 宏 鼎 恒 瑞 嘉 锦 诚 信 达 汇 联 盛 泰 昌 隆 远 通 宝 安 新 力 科 创 精 益 凯 德 福 鑫".split()
    second = "钢 材 机 械 工 贸 科 技 金 属 制 造 装 备 实 业 电 气 建 设 物 资 能 源 材 料".split()
    cities = "上海 江苏 浙江 安徽 山东 河北 天津 湖北 广东 福建".split()
    out, seen = [], set()
    while len(out) < n:
        nm = rng.choice(cities) + rng.choice(first) + rng.choice(first) + rng.choice(second) + rng.choice(suffixes)
        if nm not in seen:
            seen.add(nm)
            out.append(nm)
    return out


def ip_rows(rng: random.Random, n: int, kind: str, owner: str, topic: list[str], start: int) -> list[list]:
    rows = []
    for k in range(n):
        t = topic[k % len(topic)]
        if kind == "专利":
            no = f"ZL{2018 + k % 6}1{rng.randrange(10**7, 10**8)}.{rng.randrange(10)}"
            rows.append([str(k + 1), f"一种{t}方法及系统" if k % 3 else f"{t}装置", no,
                         "发明专利" if k % 4 else "实用新型", owner, f"{2019 + k % 5}-{1 + k % 12:02d}-{10 + k % 18}"])
        else:
            no = f"{2018 + k % 6}SR{rng.randrange(10**6, 10**7)}"
            rows.append([str(k + 1), f"{t}软件V{1 + k % 3}.{k % 10}", no, owner, f"{2018 + k % 6}-{1 + k % 12:02d}-{5 + k % 20}"])
    return rows


def common_info(**kw) -> dict:
    info = dict(fax="021-5555" + kw["phone"][-4:], kind="股份有限公司", equity="详见工商登记信息",
                contact2="备用联系人", title2="平台运营经理", phone2="13900000000", email2="backup@example.com")
    info.update(kw)
    return info


def finish(p: Pkg, out: Path) -> None:
    pkg_dir = out / "packages" / p.pid
    on_disk = sorted(str(f.relative_to(pkg_dir)) for f in pkg_dir.rglob("*") if f.is_file())
    assert on_disk == sorted(p.files), (on_disk, sorted(p.files))
    truth = PackageTruth.model_validate(dict(
        schema_version=1, package_id=p.pid, description=p.description, path=f"{REL}/{p.pid}", delivery="folder",
        platform=dict(list_no=p.list_no, listed_name=p.listed_name, company=p.company, declared_name=p.declared_name,
                      participated_2023=p.participated),
        layout=p.layout, files=p.files, secrets=p.secrets, summary_rows=p.summary_rows(),
        evidence_facts=p.facts, problems=p.problems))
    (out / "truth").mkdir(parents=True, exist_ok=True)
    (out / "truth" / f"{p.pid}.json").write_text(dump_truth(truth), encoding="utf-8")


# ====================================================================== P1 找钢网 (clean)

def zhaogang(out: Path) -> Pkg:
    p = Pkg("h34_zhaogang_clean", 18, "钢铁全产业链特色工业互联网平台", "上海找钢网信息科技股份有限公司",
            "钢铁全产业链特色工业互联网平台", True)
    sister = "钢链物流调度平台"
    p.description = ("序号18 找钢网：同一公司运营两个平台（本平台与钢链物流调度平台），审计专项说明分平台列示并有合计、"
                     "设备清单两平台分节各有小计和两平台合计、多租户控制台按租户筛选、申报书提及姊妹平台数字；"
                     "申报表全部取本平台口径，完全一致的干净包（含第七章）。")
    p.layout = ["naming:附件N（简称）", "evidence_dir:证明材料", "form:docx+stamped_scan", "form_levels:repeat",
                "book:pdf", "summary:xlsx-vertical", "commitment:scan", "audit:专项说明(两平台+合计,万元)",
                "devices:xlsx(两平台分节小计+合计)", "screenshot:png(多租户筛选)", "private_format:devices",
                "scope:sister-platform"]
    p.info = common_info(code="91310113MA1G8K2X3P", founded="2012年6月", seat="上海市宝山区", kind="股份有限公司（非上市）",
                         capital="12,800万元", business="钢铁产业互联网交易、供应链与数字化服务", legal="程立新",
                         contact="邵佳怡", title="平台运营总监", phone="13917265083", email="shaojy@zhaogang.example.com",
                         address="上海市宝山区长江西路2311号找钢网大厦12楼多功能厅", url="https://steel-iip.zhaogang.example.com",
                         account="sheitc_review", password="Zg#Rev2024", assets="386,254.17",
                         company_rev="243,651.82", company_growth="6.35",
                         debt="58.42", company_profit="9,862.35", tax="3,105.66",
                         build_mode_cell="☑自建  □合作共建", op_mode_cell="☑自运营 □联合运营 □委托运营",
                         iaas_cell="□自建  ☑租用，服务商名称（必填）：阿里云计算有限公司", deploy_cell="☑私有云 ☑公有云 ☑混合云")
    p.secrets = ["Zg#Rev2024"]
    a = dict(
        nature="行业型工业互联网平台", built_from=(2017, 4), build=8600.00,
        rev={2021: 9286.40, 2022: 10853.17, 2023: 12418.62}, g21=14.20, rd=1642.85, profit=1186.54,
        build_mode="自建", op_mode="自运营", deploy="私有云、公有云、混合云", team=(142, 96), certified=171,
        devices=(18640, 11250, 7386), private_devices=5210,
        overseas={"越南Vietnam": 210, "泰国Thailand": 96},
        dev_cats={"冶炼设备": 31, "机床": 22, "物流设备": 18, "动力设备": 12, "仪器仪表": 10, "电力设备": 7},
        dev_regions={"上海": 26, "江苏": 22, "河北": 17, "山东": 13, "天津": 9, "辽宁": 8, "湖北": 5},
        protocols=168, apps=(318, 168), other_software=64,
        app_cats={"供应链管理": 30, "生产制造": 18, "仓储物流": 16, "质量管控": 12, "运营管理": 11, "运维服务": 8, "节能减排": 5},
        app_inds={"黑色金属": 58, "机械": 16, "建筑业": 12, "有色金属": 8, "汽车": 6},
        app_mau=0.71, killer_users=4218, killer_hits=52630, killer_income=86.42, pub_app_share=0.62,
        servers=(286.00, 164), storage=(1200.00, 742.80, 318.46), models=(312, 168), model_users=1046,
        model_cats={"数据算法模型": 34, "研发仿真模型": 8, "行业机理模型": 38, "业务流程模型": 20},
        speed=("秒级", "秒级（每TB交易与质量数据分析约4秒）"), microservices=(1264, 702), developers=(9870, 2415),
        sec_rules="是，《平台网络安全管理制度》（ZG-AQ-2021-01，2021年3月）、《平台数据安全管理办法》（ZG-AQ-2022-04，2022年6月）",
        sec_test="是，每年一次", sec_scan="是，每月一次",
        firms=(3842, 2615, 934, 1108, 2236),
        firm_inds={"黑色金属": 48, "机械": 20, "建筑业": 16, "汽车": 8, "有色金属": 8},
        firm_regions={"江苏": 30, "浙江": 22, "河北": 18, "山东": 16, "天津": 14},
        orders=(164820, 171305), trade_growth=18.46, subs=(8642, 4315, 3126.58), utilization=82.16,
        localization=88.00, localization_note="软件国产化率92%，硬件国产化率84%", factories=6,
        factory_note="宝山、嘉定等地6家市级智能工厂的原料采购与库存协同服务", parks=11, solutions=42,
        modes={"数字化管理": 9, "平台化设计": 4, "网络化协同": 12, "智能化制造": 6, "个性化定制": 3, "服务化延伸": 8},
        listed=(True, "是，公司已获得多轮VC/PE投资"), benefits=(16.42, 8.75, 19.30), indices=5, patents=21, copyrights=37,
        yes_texts=("是，自研钢材智能撮合与价格预测引擎，撮合效率对标国外同类系统提升约30%", "是，接入二级节点，钢材产品一物一码追溯"),
        carbon=(True, "是，提供钢材产品碳足迹核算与碳排放监测服务，服务钢厂及加工企业40余家"), awards=5,
        award_list="上海市工业互联网创新应用标杆（2022年，上海市经信委）等", jobs=386, social=24.15,
        open_data="以API接口和行业数据集形式开放：开放API接口152个、钢材价格与库存数据集8个",
        partners=9,
    )
    synth(p, a, seed=18)
    forms.default_texts(p, dict(industry="钢铁行业", scene="全产业链协同", resource="钢厂、加工中心与仓库资源2,100余家",
                                edge_nodes=126, latency=20, tech="钢材智能撮合引擎、价格预测模型、供应链风控模型",
                                standard="《钢材电子交易数据交换规范》《钢铁供应链协同平台服务要求》"))
    p.texts["intro"] = ("钢铁全产业链特色工业互联网平台是面向钢铁行业的行业型工业互联网平台，覆盖钢厂、贸易商、加工中心与终端用户，"
                        "提供在线交易、供应链金融、仓储加工协同和数据服务。公司另运营钢链物流调度平台，两平台独立核算。")
    p.texts["effect"] = "平台帮助钢铁产业链企业降低采购与库存成本，提升订单交付效率，带动上下游企业数字化转型。"
    base = "证明材料/"
    F = {
        "contact": "附件1 联系人信息反馈表.docx", "form": "附件2 申报表（找钢网）.docx",
        "scan": "附件2 申报表（找钢网）盖章扫描件.pdf", "book": "附件3 申报书（找钢网）.pdf",
        "summary": "附件4 平台基本情况汇总表.xlsx", "commit": "附件5 真实性承诺（盖章）.pdf",
        "audit": base + "01 2023年度审计报告（含平台业务专项说明）.pdf", "dev": base + "02 平台接入设备清单（分平台）.xlsx",
        "shot": base + "03 多租户运营控制台截图.png", "ip": base + "04 知识产权清单.pdf", "award": base + "05 省部级及以上荣誉清单.pdf",
    }
    p.files = {F["contact"]: "联系人表", F["form"]: "申报表", F["scan"]: "申报表扫描件", F["book"]: "申报书",
               F["summary"]: "汇总表", F["commit"]: "承诺", F["audit"]: "evidence:audit_report",
               F["dev"]: "evidence:device_list", F["shot"]: "evidence:screenshot", F["ip"]: "evidence:patent_list",
               F["award"]: "evidence:award_list"}
    proof = {
        "平台相关研发投入（万元）": "证明材料01 审计报告 第3页 平台业务专项说明", "平台相关营业收入（万元）": "证明材料01 第3页",
        "平台利润率（%）": "证明材料01 第3页（平台利润总额）", "平台相关研发投入强度（%）": "按证明材料01第3页数据计算",
        "连接的工业设备/产品/产线种类及数量（台/套）": "证明材料02 接入设备清单 表1（本平台小计）",
        "公有云工业设备连接数量（台/套）": "证明材料02 表1", "公有云工业设备平均日运行数量（台/套）": "证明材料02 表1",
        "海外设备连接数量（台/套）": "证明材料02 表2", "按省市区域统计工业设备数量（台/套）": "证明材料02 表2",
        "注册企业用户数（个）": "证明材料03 控制台截图", "实际服务企业数（个）": "证明材料03 控制台截图",
        "工业APP数量（个）": "证明材料03 控制台截图", "工业机理模型数量（个）": "证明材料03", "微服务数量（个）": "证明材料03",
        "开发者注册总数（个）": "证明材料03", "工业APP订阅总数量（个）": "证明材料03",
        "平台核心软硬件技术获得的专利数量（项）": "证明材料04 第1页", "平台核心软硬件技术获得的软著数量（个）": "证明材料04 第2页",
        "平台获得省部级及以上奖项/荣誉数量（个）": "证明材料05",
    }
    proof_of = lambda k: proof.get(k, "平台运营台账统计，可现场演示核查" if not k.startswith("T:") else "见申报书")  # noqa: E731
    pkg = out / "packages" / p.pid
    forms.write_contact_docx(p, pkg / F["contact"])
    forms.write_form_docx(p, pkg / F["form"], proof_of)
    forms.write_form_scan(p, pkg / F["scan"], proof_of, seed=1801)
    forms.write_summary_xlsx(p, pkg / F["summary"])
    forms.write_commitment_scan(p, pkg / F["commit"], seed=1802)

    # ---- audit: company statements + 专项说明 with both platforms and 合计
    rev = a["rev"]
    srev = {2021: 4102.33, 2022: 4865.90, 2023: 5510.48}
    srd, sprofit = 612.30, 402.17
    audit = [("title", "上海找钢网信息科技股份有限公司\n2023年度审计报告"), ("p", "沪信会审字（2024）第0318号"),
             ("space", 200), ("right", "上海信诚会计师事务所（特殊普通合伙）"), ("right", "二〇二四年四月十二日"), ("pagebreak",),
             ("h1", "一、审计意见"),
             ("p", "我们审计了上海找钢网信息科技股份有限公司财务报表，包括2023年12月31日的资产负债表，2023年度的利润表、现金流量表、"
                   "股东权益变动表以及相关财务报表附注。我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制。"),
             ("h2", "利润表（摘要）  单位：元"),
             ("table", [["项目", "本期金额", "上期金额"], ["一、营业收入", "2,436,518,204.37", "2,291,065,118.52"],
                        ["减：营业成本", "2,152,730,611.08", "2,030,118,406.75"], ["研发费用", "48,316,502.19", "43,508,271.60"],
                        ["三、利润总额", "98,623,517.44", "86,720,390.13"]], [60, 55, 55], 1),
             ("pagebreak",),
             ("h1", "附注十五、关于平台业务经营数据的专项说明"),
             ("p", "公司目前运营两个平台：钢铁全产业链特色工业互联网平台（以下简称“本平台”）和钢链物流调度平台。两个平台收入、"
                   "研发投入按项目辅助核算归集，共用费用按工时比例分摊。下表合计数为公司平台业务合计，不等于任一平台数据。"),
             ("h2", "表1 2023年度分平台经营数据（单位：万元）"),
             ("table", [["项目", "钢铁全产业链特色工业互联网平台", sister, "合计"],
                        ["平台相关营业收入", comma(rev[2023]), comma(srev[2023]), comma(r2(rev[2023] + srev[2023]))],
                        ["平台相关研发投入", comma(a["rd"]), comma(srd), comma(r2(a["rd"] + srd))],
                        ["平台利润总额", comma(a["profit"]), comma(sprofit), comma(r2(a["profit"] + sprofit))]],
              [40, 50, 45, 35], 1),
             ("h2", "表2 近三年分平台营业收入（单位：万元）"),
             ("table", [["年度", "钢铁全产业链特色工业互联网平台", sister, "合计"]] +
                       [[f"{y}年度", comma(rev[y]), comma(srev[y]), comma(r2(rev[y] + srev[y]))] for y in (2021, 2022, 2023)],
              [30, 55, 50, 35], 1),
             ("small", "注：钢链物流调度平台未参加本年度工业互联网平台评价，其数据仅为完整列示。")]
    kit.write_pdf(pkg / F["audit"], audit, font_kind="song", title="审计报告", author="上海信诚会计师事务所")
    af = F["audit"]
    p.fact("平台相关营业收入（万元）", comma(rev[2023]), "万元", rev[2023], af, 3, comma(rev[2023]), "平台相关营业收入", "钢铁全产业链特色工业互联网平台")
    p.fact("平台近三年经营指标情况", comma(rev[2021]), "万元", rev[2021], af, 3, comma(rev[2021]), "2021年度", "钢铁全产业链特色工业互联网平台", "2021年平台营收（万元）")
    p.fact("平台近三年经营指标情况", comma(rev[2022]), "万元", rev[2022], af, 3, comma(rev[2022]), "2022年度", "钢铁全产业链特色工业互联网平台", "2022年平台营收（万元）")
    p.fact("平台相关研发投入（万元）", comma(a["rd"]), "万元", a["rd"], af, 3, comma(a["rd"]), "平台相关研发投入", "钢铁全产业链特色工业互联网平台")
    p.fact("平台利润率（%）", comma(a["profit"]), "万元", a["profit"], af, 3, comma(a["profit"]), "平台利润总额", "钢铁全产业链特色工业互联网平台", "平台利润总额（万元）")
    p.fact("投资回报率（%）", comma(a["profit"]), "万元", a["profit"], af, 3, comma(a["profit"]), "平台利润总额", "钢铁全产业链特色工业互联网平台", "平台年利润（万元）")

    # ---- device list: two platforms, each with its own 小计, then 两平台合计
    total, pub, daily = a["devices"]
    cats = p.n("按二级分类统计工业设备数量（台/套）")
    pcats = p.n("按二级分类统计公有云工业设备数量（台/套）")
    dcats = p.n("按二级分类统计公有云工业设备平均日运行数量（台/套）")
    s_rows = [("交通设备", 26410, 26410, 19862), ("物流设备", 5636, 5120, 3904)]
    s_tot = [sum(r[i] for r in s_rows) for i in (1, 2, 3)]
    rows = [["所属平台", "设备二级分类", "接入数量（台/套）", "其中：公有云接入（台/套）", "公有云日均运行（台/套）"]]
    for c in cats:
        rows.append(["钢铁全产业链特色工业互联网平台", c, cats[c], pcats[c], dcats[c]])
    rows.append(["钢铁全产业链特色工业互联网平台 小计", "", total, pub, daily])
    for r in s_rows:
        rows.append([sister, *r])
    rows.append([f"{sister} 小计", "", *s_tot])
    rows.append(["两平台合计（仅供参考）", "", total + s_tot[0], pub + s_tot[1], daily + s_tot[2]])
    regions = p.n("按省市区域统计工业设备数量（台/套）")
    ov = a["overseas"]
    rrows = [["区域（设备所属企业注册地）", "接入数量（台/套）"]] + [[k, v] for k, v in regions.items()]
    rrows += [["合计", total], ["其中：海外", sum(ov.values())]]
    kit.write_xlsx(pkg / F["dev"], [("表1 分平台分类统计", rows, {"widths": [40, 18, 18, 24, 24]}),
                                    ("表2 本平台按区域统计", [["钢铁全产业链特色工业互联网平台 接入设备按区域统计"]] + rrows,
                                     {"widths": [36, 20], "bold_rows": {0, 1}})], "平台接入设备清单", "平台运营部")
    df = F["dev"]
    p.fact("连接的工业设备/产品/产线种类及数量（台/套）", str(total), "台/套", total, df, 1, str(total), "钢铁全产业链特色工业互联网平台 小计", "接入数量（台/套）")
    p.fact("公有云工业设备连接数量（台/套）", str(pub), "台/套", pub, df, 1, str(pub), "钢铁全产业链特色工业互联网平台 小计", "其中：公有云接入（台/套）")
    p.fact("公有云工业设备平均日运行数量（台/套）", str(daily), "台/套", daily, df, 1, str(daily), "钢铁全产业链特色工业互联网平台 小计", "公有云日均运行（台/套）")
    p.fact("海外设备连接数量（台/套）", str(sum(ov.values())), "台/套", sum(ov.values()), df, 2, str(sum(ov.values())), "其中：海外", "接入数量（台/套）")
    p.fact("连接的工业设备/产品/产线种类及数量（台/套）", str(total), "台/套", total, df, 2, str(total), "合计", "接入数量（台/套）")

    # ---- multi-tenant console
    tiles = [("注册企业（家）", comma(p.n("注册企业用户数（个）"))), ("实际服务企业（家）", comma(p.n("实际服务企业数（个）"))),
             ("工业APP（个）", comma(p.n("工业APP数量（个）"))), ("机理模型（个）", comma(p.n("工业机理模型数量（个）"))),
             ("微服务（个）", comma(p.n("微服务数量（个）"))), ("注册开发者（个）", comma(p.n("开发者注册总数（个）"))),
             ("APP订阅总数（个）", comma(p.n("工业APP订阅总数量（个）"))), ("接入设备（台/套）", comma(total))]
    img = console("找钢数字化运营中台 · 多租户控制台", "钢铁全产业链特色工业互联网平台", ["钢铁全产业链特色工业互联网平台", sister],
                  tiles, note=f"说明：切换至“{sister}”租户可查看该平台的运输车辆终端等数据，两平台账号体系独立。")
    kit.save_png(pkg / F["shot"], img)
    sf = F["shot"]
    for (cap, val), label, unit in zip(tiles, ["注册企业用户数（个）", "实际服务企业数（个）", "工业APP数量（个）", "工业机理模型数量（个）",
                                              "微服务数量（个）", "开发者注册总数（个）", "工业APP订阅总数量（个）",
                                              "连接的工业设备/产品/产线种类及数量（台/套）"],
                                       ["家", "家", "个", "个", "个", "个", "个", "台/套"]):
        p.fact(label, val, unit, p.n(label), sf, 1, val, cap, "", image_only=True)

    # ---- IP list (PDF, two pages)
    rng = random.Random(1803)
    pat = ip_rows(rng, a["patents"], "专利", p.company, ["钢材智能撮合", "钢材价格预测", "仓储库位优化", "加工排程", "质量追溯"], 0)
    sw = ip_rows(rng, a["copyrights"], "软著", p.company, ["钢材交易管理", "供应链金融风控", "仓储管理", "加工协同", "数据看板", "物流跟踪"], 0)
    ipb = [("h1", f"专利清单（共{a['patents']}项）"),
           ("table", [["序号", "专利名称", "专利号", "类型", "权利人", "授权日"]] + pat, [10, 52, 38, 18, 38, 20], 1),
           ("pagebreak",), ("h1", f"软件著作权清单（共{a['copyrights']}项）"),
           ("table", [["序号", "软件名称", "登记号", "著作权人", "登记日期"]] + sw, [10, 60, 36, 46, 24], 1)]
    kit.write_pdf(pkg / F["ip"], ipb, font_kind="hei", header=f"{p.company}  知识产权清单")
    p.fact("平台核心软硬件技术获得的专利数量（项）", str(a["patents"]), "项", a["patents"], F["ip"], 1, f"专利清单（共{a['patents']}项）", "专利清单")
    p.fact("平台核心软硬件技术获得的软著数量（个）", str(a["copyrights"]), "项", a["copyrights"], F["ip"], 2, f"软件著作权清单（共{a['copyrights']}项）", "软件著作权清单")

    awards = [["1", "上海市工业互联网创新应用标杆", "2022年11月", "上海市经济和信息化委员会"],
              ["2", "工业互联网平台创新领航应用案例", "2022年9月", "工业和信息化部"],
              ["3", "上海市服务型制造示范平台", "2021年12月", "上海市经济和信息化委员会"],
              ["4", "上海市科技进步奖三等奖", "2023年5月", "上海市人民政府"],
              ["5", "中国物流与采购联合会科学技术奖二等奖", "2023年10月", "中国物流与采购联合会"]]
    kit.write_pdf(pkg / F["award"], [("h1", "平台获得省部级及以上奖项/荣誉清单"),
                                     ("table", [["序号", "奖项/荣誉名称", "获奖时间", "颁发单位"]] + awards, [12, 80, 28, 60], 1),
                                     ("p", "合计：5项")], font_kind="hei")
    p.fact("平台获得省部级及以上奖项/荣誉数量（个）", "5", "项", 5, F["award"], 1, "合计：5项", "合计")

    # ---- 申报书 (PDF) mentioning the sister platform's figures
    d = dict(industry="钢铁", company_more="构建了覆盖交易、物流、加工、金融的产业服务体系。",
             bench_rd="同行业平台（某钢铁电商平台）研发投入约1亿元量级", bench_dev="同类平台接入设备约1万台（套）量级",
             bench_firms="同类平台服务企业约2,000家量级",
             innovation="自研钢材智能撮合引擎与价格预测模型，支撑钢铁产业链在线协同，底层技术自主可控。",
             app_innovation="以交易数据驱动加工、仓储、物流协同，形成按效果付费的服务模式。",
             plan="深化钢铁产业链数据服务，拓展加工中心设备接入与碳足迹服务，推进平台与物流平台的数据互通。",
             cases=[("钢厂直供协同", "为某钢厂提供直供订单协同与库存共享服务，订单交付周期缩短18%。"),
                    ("加工中心数字化", "为加工中心提供排产与设备联网服务，设备综合效率提升12%。"),
                    ("供应链金融", "基于交易与仓单数据提供融资服务，降低中小企业融资成本。")],
             section7=[f"与2023年度参评时相比，平台接入设备由14,260台（套）增至{total:,}台（套），工业APP由402个增至"
                       f"{p.n('工业APP数量（个）')}个，实际服务企业由2,180家增至{p.n('实际服务企业数（个）'):,}家。",
                       "新增碳足迹核算、加工排程优化等功能模块。"])
    extra = {"二": [f"需要说明的是，公司另一平台{sister}主要面向钢材运输，接入运输车辆终端约3.2万台，服务物流承运企业1,460家，"
                    f"其数据单独统计，未计入本平台申报数据。审计报告专项说明中的“合计”列为两平台合计，本平台数据以“钢铁全产业链特色工业互联网平台”列为准。"]}
    files_list = [f for f in p.files if f not in (F["book"],)]
    kit.write_pdf(pkg / F["book"], book_blocks(p, d, files_list, extra, {"devices": total, "served": p.n("实际服务企业数（个）")}, True),
                  font_kind="hei", title="申报书")
    finish(p, out)
    return p


# ====================================================================== P2 航发商密网 (group, sister platform)

def hangfa(out: Path) -> Pkg:
    p = Pkg("h34_hangfa_problems", 32, "中国航发商密网工业互联网平台", "中国航发商用航空发动机有限责任公司",
            "中国航发商密网工业互联网平台", False)
    sister = "商发数字化研发协同平台"
    p.description = ("序号32 中国航发商发：集团内多平台。专项审计说明列本平台、研发协同平台与合计，申报表营收三年取了合计；"
                     "知识产权清单含集团其他单位专利一节，申报表专利数取了两节合计；集团证明函（扫描）列各平台与集团合计设备；"
                     "申报书把本平台与研发协同平台的设备数合并写成本平台。申报表为XLSX+盖章扫描件，汇总表DOCX。")
    p.layout = ["naming:数字前缀", "evidence_dir:flat(附件3-N)", "form:xlsx+stamped_scan", "book:docx", "summary:docx-vertical",
                "commitment:docx", "audit:专项审计说明(本平台/姊妹平台/合计,万元,STSong)", "group_letter:scan",
                "ip:xlsx(本平台节+集团其他单位节+合计)", "screenshots:pdf-image", "scope:group+sister-platform"]
    p.info = common_info(code="91310000MA1FL1GH2C", founded="2009年1月", seat="上海市闵行区", kind="有限责任公司（国有控股）",
                         capital="600,000万元", business="商用航空发动机及其零部件研制、生产、销售与服务", legal="冯景泰",
                         contact="孟子涵", title="数字化部副部长", phone="13918734265", email="mengzh@acae.example.com",
                         address="上海市闵行区莲花南路3998号综合楼B座2楼报告厅", url="https://smw.acae.example.com",
                         account="review2024", password="Smw!7716", assets="2,846,310.55", company_rev="318,642.70",
                         company_growth="9.12", debt="41.36", company_profit="12,406.18", tax="8,215.40",
                         build_mode_cell="☑自建  □合作共建", op_mode_cell="☑自运营 □联合运营 □委托运营",
                         iaas_cell="☑自建  □租用", deploy_cell="☑私有云 ☑混合云")
    p.secrets = ["Smw!7716"]
    plat_rev = {2021: 3126.58, 2022: 3642.19, 2023: 4208.75}
    srev = {2021: 1480.20, 2022: 1733.46, 2023: 2015.37}
    decl_rev = {y: r2(plat_rev[y] + srev[y]) for y in plat_rev}   # planted: the 合计 column declared
    rd, srd, profit, sprofit = 1286.40, 538.62, 526.31, 188.05
    pat_platform, pat_other, copyrights = 18, 9, 26
    a = dict(
        nature="行业型工业互联网平台", built_from=(2019, 7), build=6850.00, rev=decl_rev, g21=11.85, rd=rd, profit=profit,
        build_mode="自建", op_mode="自运营", deploy="私有云、混合云", team=(88, 41), certified=112,
        devices=(5240, 1860, 1322), overseas={"法国France": 36, "德国Germany": 22},
        dev_cats={"仪器仪表": 30, "机床": 28, "动力设备": 18, "机器人": 12, "电工、电子设备": 8, "其他": 4},
        dev_regions={"上海": 62, "江苏": 12, "湖南": 9, "四川": 8, "陕西": 6, "辽宁": 3},
        protocols=86, apps=(96, 42), other_software=38,
        app_cats={"研发设计": 30, "生产制造": 24, "质量管控": 20, "供应链管理": 14, "运维服务": 12},
        app_inds={"航空/航天": 80, "机械": 14, "电子": 6},
        app_mau=0.68, killer_users=612, killer_hits=8430, killer_income=12.86, pub_app_share=0.30,
        servers=(96.00, 18), storage=(960.00, 508.80, 46.20), models=(164, 92), model_users=238,
        model_cats={"数据算法模型": 22, "研发仿真模型": 36, "行业机理模型": 30, "业务流程模型": 12},
        speed=("秒级", "秒级（每TB试验数据检索分析约6秒）"), microservices=(512, 286), developers=(1860, 524),
        sec_rules="是，《商密网平台网络安全管理规定》（SF-XX-2020-07，2020年9月）、《商密网数据分级分类保护细则》（SF-XX-2022-02，2022年4月）",
        sec_test="是，每半年一次", sec_scan="是，每周一次",
        firms=(864, 612, 238, 286, 402),
        firm_inds={"航空/航天": 62, "机械": 22, "电子": 10, "有色金属": 6},
        firm_regions={"江苏": 34, "陕西": 20, "四川": 18, "湖南": 16, "辽宁": 12},
        orders=(5862, 6108), trade_growth=14.62, subs=(2146, 1080, 628.40), utilization=76.35,
        localization=92.00, localization_note="核心软硬件国产化率", factories=2, factory_note="服务闵行、临港2家市级智能工厂",
        parks=3, solutions=18, modes={"数字化管理": 4, "平台化设计": 4, "网络化协同": 4, "智能化制造": 3, "个性化定制": 1, "服务化延伸": 2},
        listed=(False, "否"), benefits=(12.84, 6.20, 15.36), indices=3, patents=pat_platform + pat_other, copyrights=copyrights,
        yes_texts=("是，自研供应链协同数据安全交换技术，关键指标达到国内领先水平", "是，接入航空行业标识解析二级节点"),
        carbon=(False, "否"), awards=4, award_list="上海市工业互联网平台创新应用案例（2022年）等", jobs=126, social=18.42,
        open_data="以数据接口和协同空间形式向供应商开放：开放接口68个、协同数据包12类", partners=5,
    )
    synth(p, a, seed=32)
    forms.default_texts(p, dict(industry="航空发动机产业链", scene="供应链安全协同", resource="航空发动机产业链供应商资源460余家",
                                edge_nodes=42, latency=30, tech="供应链数据安全交换、试验数据管理、质量协同",
                                standard="《航空产品供应链协同数据交换要求》《航空制造企业工业互联网平台应用指南》"))
    p.texts["intro"] = ("中国航发商密网工业互联网平台是面向航空发动机产业链的行业型工业互联网平台，为主机厂与供应商提供安全可控的"
                        "设计、制造、质量与供应链协同服务。")
    p.texts["effect"] = "平台提升航空发动机产业链供应商协同效率与质量管控水平，缩短零部件交付周期。"
    F = {"contact": "1-联系人信息反馈表.docx", "form": "2-申报表.xlsx", "scan": "2-申报表（盖章）.pdf", "book": "3-申报书.docx",
         "summary": "4-平台基本情况汇总表.docx", "commit": "5-真实性承诺.docx",
         "audit": "附件3-1 平台经营情况专项审计说明.pdf", "letter": "附件3-2 集团关于平台接入设备情况的证明（扫描件）.pdf",
         "ip": "附件3-3 知识产权清单.xlsx", "dev": "附件3-4 平台接入设备统计表.pdf", "shot": "附件3-5 平台运行监测截图.pdf"}
    p.files = {F["contact"]: "联系人表", F["form"]: "申报表", F["scan"]: "申报表扫描件", F["book"]: "申报书", F["summary"]: "汇总表",
               F["commit"]: "承诺", F["audit"]: "evidence:audit_report", F["letter"]: "evidence:other",
               F["ip"]: "evidence:patent_list", F["dev"]: "evidence:device_list", F["shot"]: "evidence:screenshot"}
    proof = {"平台相关研发投入（万元）": "附件3-1 第2页", "平台相关营业收入（万元）": "附件3-1 第2页", "平台利润率（%）": "附件3-1 第2页",
             "连接的工业设备/产品/产线种类及数量（台/套）": "附件3-2、附件3-4", "公有云工业设备连接数量（台/套）": "附件3-4",
             "海外设备连接数量（台/套）": "附件3-4", "平台核心软硬件技术获得的专利数量（项）": "附件3-3 专利",
             "平台核心软硬件技术获得的软著数量（个）": "附件3-3 软件著作权", "注册企业用户数（个）": "附件3-5 第1页",
             "工业APP数量（个）": "附件3-5 第1页", "工业机理模型数量（个）": "附件3-5 第1页", "微服务数量（个）": "附件3-5 第2页",
             "开发者注册总数（个）": "附件3-5 第2页", "存储容量（TB）": "附件3-5 第2页"}
    proof_of = lambda k: proof.get(k, "平台后台统计" if not k.startswith("T:") else "")  # noqa: E731
    pkg = out / "packages" / p.pid
    forms.write_contact_docx(p, pkg / F["contact"])
    forms.write_form_xlsx(p, pkg / F["form"], proof_of)
    forms.write_form_scan(p, pkg / F["scan"], proof_of, seed=3201)
    forms.write_summary_docx(p, pkg / F["summary"])
    forms.write_commitment_docx(p, pkg / F["commit"])

    audit = [("title", "关于中国航发商用航空发动机有限责任公司\n工业互联网平台经营情况的专项审计说明"),
             ("p", "沪华正专审字（2024）第1127号"),
             ("p", "我们接受委托，对中国航发商用航空发动机有限责任公司（以下简称“公司”）2021年度至2023年度工业互联网平台业务经营"
                   "数据执行了专项审计。公司运营中国航发商密网工业互联网平台（以下简称“商密网”）与商发数字化研发协同平台两个平台，"
                   "两平台分别立项、分别核算。"),
             ("p", "本说明表1所列“合计”为公司两个平台之和，仅用于与公司财务报表核对。"), ("pagebreak",),
             ("h2", "表1 分平台经营数据（单位：万元）"),
             ("table", [["项目", "年度", "中国航发商密网工业互联网平台", sister, "合计"]] +
                       [["平台营业收入", f"{y}年度", comma(plat_rev[y]), comma(srev[y]), comma(decl_rev[y])] for y in (2021, 2022, 2023)] +
                       [["平台研发投入", "2023年度", comma(rd), comma(srd), comma(r2(rd + srd))],
                        ["平台利润总额", "2023年度", comma(profit), comma(sprofit), comma(r2(profit + sprofit))]],
              [30, 22, 50, 45, 30], 1),
             ("space", 30), ("right", "上海华正会计师事务所有限公司"), ("right", "2024年5月20日")]
    kit.write_pdf(pkg / F["audit"], audit, font_kind="song", title="专项审计说明")
    af = F["audit"]
    p.fact("平台相关营业收入（万元）", comma(plat_rev[2023]), "万元", plat_rev[2023], af, 2, comma(plat_rev[2023]), "平台营业收入 2023年度", "中国航发商密网工业互联网平台")
    p.fact("平台近三年经营指标情况", comma(plat_rev[2021]), "万元", plat_rev[2021], af, 2, comma(plat_rev[2021]), "平台营业收入 2021年度", "中国航发商密网工业互联网平台", "2021年平台营收（万元）")
    p.fact("平台近三年经营指标情况", comma(plat_rev[2022]), "万元", plat_rev[2022], af, 2, comma(plat_rev[2022]), "平台营业收入 2022年度", "中国航发商密网工业互联网平台", "2022年平台营收（万元）")
    p.fact("平台相关研发投入（万元）", comma(rd), "万元", rd, af, 2, comma(rd), "平台研发投入", "中国航发商密网工业互联网平台")
    p.fact("平台利润率（%）", comma(profit), "万元", profit, af, 2, comma(profit), "平台利润总额", "中国航发商密网工业互联网平台", "平台利润总额（万元）")
    p.fact("投资回报率（%）", comma(profit), "万元", profit, af, 2, comma(profit), "平台利润总额", "中国航发商密网工业互联网平台", "平台年利润（万元）")

    total, pub, daily = a["devices"]
    letter = [("title", "中国航空发动机集团有限公司\n关于所属单位工业互联网平台接入设备情况的证明"), ("space", 10),
              ("p", "兹证明，截至2024年6月30日，我集团所属单位工业互联网平台接入工业设备情况如下："),
              ("table", [["平台名称", "运营单位", "接入设备（台/套）"],
                         ["中国航发商密网工业互联网平台", "中国航发商用航空发动机有限责任公司", comma(total)],
                         [sister, "中国航发商用航空发动机有限责任公司", "940"],
                         ["集团其他工业互联网平台（4个）", "集团其他所属单位", "6,680"],
                         ["集团合计", "", "12,860"]], [60, 70, 35], 1),
              ("p", "上述各平台设备分别接入、分别统计，不存在重复计算。特此证明。"), ("space", 40),
              ("right", "中国航空发动机集团有限公司数字化管理部"), ("right", "2024年7月8日")]
    kit.write_scan(pkg / F["letter"], letter, {0: ("中国航空发动机集团有限公司", 0.70, 0.62)}, seed=3202, font_kind="song")
    p.fact("连接的工业设备/产品/产线种类及数量（台/套）", comma(total), "台/套", total, F["letter"], 1, comma(total),
           "中国航发商密网工业互联网平台", "接入设备（台/套）", image_only=True)

    rng = random.Random(3203)
    own = ip_rows(rng, pat_platform, "专利", p.company, ["供应链数据安全交换", "零部件质量追溯", "试验数据管理", "协同设计"], 0)
    other = ip_rows(rng, pat_other, "专利", "中国航发集团其他所属单位", ["叶片加工", "燃烧室试验", "涡轮盘检测"], 0)
    prow = [["一、中国航发商密网工业互联网平台核心软硬件技术专利"], ["序号", "专利名称", "专利号", "类型", "权利人", "授权日"], *own,
            [f"小计：共{pat_platform}项"], [],
            ["二、集团内其他单位相关专利（供参考，权利人非申报单位）"], ["序号", "专利名称", "专利号", "类型", "权利人", "授权日"], *other,
            [f"小计：共{pat_other}项"], [], [f"合计：{pat_platform + pat_other}项"]]
    srow = [["序号", "软件名称", "登记号", "著作权人", "登记日期"],
            *ip_rows(rng, copyrights, "软著", p.company, ["商密网协同门户", "供应商质量管理", "数据安全交换", "试验数据管理"], 0),
            [f"合计：共{copyrights}项"]]
    kit.write_xlsx(pkg / F["ip"], [("专利", prow, {"widths": [8, 40, 26, 12, 34, 14], "bold_rows": {0, 1}}),
                                   ("软件著作权", srow, {"widths": [8, 40, 26, 34, 14]})], "知识产权清单", "科技发展部")
    p.fact("平台核心软硬件技术获得的专利数量（项）", str(pat_platform), "项", pat_platform, F["ip"], 1, f"小计：共{pat_platform}项",
           "一、中国航发商密网工业互联网平台核心软硬件技术专利")
    p.fact("平台核心软硬件技术获得的软著数量（个）", str(copyrights), "项", copyrights, F["ip"], 2, f"合计：共{copyrights}项", "合计")

    cats = p.n("按二级分类统计工业设备数量（台/套）")
    pc = p.n("按二级分类统计公有云工业设备数量（台/套）")
    dc = p.n("按二级分类统计公有云工业设备平均日运行数量（台/套）")
    ov = a["overseas"]
    dev = [("title", "中国航发商密网工业互联网平台接入设备统计表"), ("p", "统计截止日：2024年6月30日  统计范围：仅本平台"),
           ("table", [["设备二级分类", "接入数量（台/套）", "公有云接入（台/套）", "公有云日均运行（台/套）"]] +
                     [[c, comma(cats[c]), comma(pc[c]), comma(dc[c])] for c in cats] +
                     [["合计", comma(total), comma(pub), comma(daily)]], [50, 40, 40, 45], 1),
           ("h2", "海外设备接入情况"),
           ("table", [["国家", "接入数量（台/套）"]] + [[k, str(v)] for k, v in ov.items()] + [["海外合计", str(sum(ov.values()))]], [60, 40], 1)]
    kit.write_pdf(pkg / F["dev"], dev, font_kind="hei")
    p.fact("连接的工业设备/产品/产线种类及数量（台/套）", comma(total), "台/套", total, F["dev"], 1, comma(total), "合计", "接入数量（台/套）")
    p.fact("公有云工业设备连接数量（台/套）", comma(pub), "台/套", pub, F["dev"], 1, comma(pub), "合计", "公有云接入（台/套）")
    p.fact("公有云工业设备平均日运行数量（台/套）", comma(daily), "台/套", daily, F["dev"], 1, comma(daily), "合计", "公有云日均运行（台/套）")
    p.fact("海外设备连接数量（台/套）", str(sum(ov.values())), "台/套", sum(ov.values()), F["dev"], 1, str(sum(ov.values())), "海外合计", "接入数量（台/套）")

    t1 = [("注册企业（家）", comma(p.n("注册企业用户数（个）"))), ("服务企业（家）", comma(p.n("实际服务企业数（个）"))),
          ("工业APP（个）", comma(p.n("工业APP数量（个）"))), ("机理模型（个）", comma(p.n("工业机理模型数量（个）")))]
    t2 = [("微服务（个）", comma(p.n("微服务数量（个）"))), ("注册开发者（个）", comma(p.n("开发者注册总数（个）"))),
          ("存储容量（TB）", money(p.n("存储容量（TB）"))), ("活跃模型（个）", comma(p.n("活跃机理模型数量（一周调用5次以上）（个）")))]
    imgs = [console("商密网 运行监测", "中国航发商密网工业互联网平台", ["中国航发商密网工业互联网平台", sister], t1),
            console("商密网 运行监测（资源）", "中国航发商密网工业互联网平台", ["中国航发商密网工业互联网平台", sister], t2)]
    pages = []
    for k, im in enumerate(imgs):
        page = kit.Image.new("RGB", (1240, 1754), (255, 255, 255))
        dr = kit.ImageDraw.Draw(page)
        dr.text((80, 80), f"截图{k + 1}：平台运行监测（租户：中国航发商密网工业互联网平台）", font=kit.fonts.pil_font(30), fill=(0, 0, 0))
        im2 = im.resize((1080, int(im.height * 1080 / im.width)))
        page.paste(im2, (80, 150))
        pages.append(page)
    kit.images_to_pdf(pkg / F["shot"], pages, title="截图")
    labels1 = ["注册企业用户数（个）", "实际服务企业数（个）", "工业APP数量（个）", "工业机理模型数量（个）"]
    labels2 = ["微服务数量（个）", "开发者注册总数（个）", "存储容量（TB）", "活跃机理模型数量（一周调用5次以上）（个）"]
    for pg, (tiles, labels) in enumerate([(t1, labels1), (t2, labels2)], 1):
        for (cap, val), label in zip(tiles, labels):
            unit = "家" if "企业" in cap else ("TB" if "TB" in cap else "个")
            p.fact(label, val, unit, p.n(label), F["shot"], pg, val, cap, image_only=True)

    d = dict(industry="航空发动机", company_more="承担国家商用航空发动机研制任务，建立了覆盖设计、制造、试验、服务的研制体系。",
             bench_rd="同类航空制造协同平台研发投入约千万元量级", bench_dev="同类平台接入设备约5,000台（套）量级",
             bench_firms="同类平台服务供应商约600家", innovation="自研供应链数据安全交换技术，实现主机厂与供应商间敏感数据分级受控共享。",
             app_innovation="以安全协同为核心，形成主机厂牵引、供应商协同的航空产业链数字化模式。",
             plan="扩大供应商接入范围，建设试验数据服务与质量大数据分析能力。",
             cases=[("供应商质量协同", "某铸件供应商接入平台后质量问题闭环周期缩短35%。"),
                    ("试验数据共享", "试验数据在线受控共享，试验准备周期缩短20%。"),
                    ("交付协同", "零部件交付准时率提升至96%。")])
    extra = {"二": ["集团另一平台商发数字化研发协同平台主要服务发动机研发仿真，接入研发仿真计算节点1,420个，与本平台分别运营。"]}
    files_list = [f for f in p.files if f != F["book"]]
    narrative_devices = total + 940   # planted: the prose adds the sister platform's 940 devices
    blocks = book_blocks(p, d, files_list, extra, {"devices": narrative_devices, "served": p.n("实际服务企业数（个）")}, False)
    kit.write_docx(pkg / F["book"], blocks, "申报书", p.info["contact"], font="仿宋")

    p.problem("declared_vs_evidence", ["平台相关营业收入（万元）", "平台近三年经营指标情况", "平台利润率（%）", "平台相关研发投入强度（%）"],
              [F["form"], F["audit"]], "error",
              f"申报表平台相关营业收入填报 {money(decl_rev[2023])} 万元（近三年营收 {money(decl_rev[2021])}/{money(decl_rev[2022])}/"
              f"{money(decl_rev[2023])}），等于专项审计说明表1“合计”列（商密网+{sister}）；商密网本平台2023年营收为 "
              f"{comma(plat_rev[2023])} 万元（2021年 {comma(plat_rev[2021])}、2022年 {comma(plat_rev[2022])}），填报指引要求只填本平台数据；"
              "以合计收入为分母的平台利润率、研发投入强度随之偏低")
    p.problem("count_vs_list", ["平台核心软硬件技术获得的专利数量（项）"], [F["form"], F["ip"]], "error",
              f"申报表专利数量 {pat_platform + pat_other} 项，知识产权清单中本平台专利小计共 {pat_platform} 项；另 {pat_other} 项为集团"
              "其他单位专利（权利人非申报单位，清单注明仅供参考），按填报指引专利权属需与平台所属公司一致，不应计入")
    p.problem("narrative_vs_form", ["连接的工业设备/产品/产线种类及数量（台/套）"], [F["book"], F["form"]], "warning",
              f"申报书称本平台已连接工业设备 {narrative_devices:,} 台（套），申报表填报 {total}；{narrative_devices:,} 恰为集团证明函中"
              f"商密网 {total:,} 与{sister} 940 之和")
    finish(p, out)
    return p


# ====================================================================== P3 建工四建 (联合申报)

def sijian(out: Path) -> Pkg:
    p = Pkg("h34_sijian_problems", 12, "基于 BIM 的公共建筑智慧建造与运维工业互联网平台", "上海建工四建集团有限公司",
            "基于BIM的公共建筑智慧建造与运维工业互联网平台", True)
    partner = "上海筑境数字科技有限公司"
    p.description = ("序号12 建工四建联合申报（牵头单位+参与单位）：专项说明按牵头/参与列示、两部分相加为平台合计（应相加）；"
                     "设备清单分两节各有共N台及平台合计，申报表只填了牵头单位部分；研发投入强度用牵头单位收入作分母；"
                     "多租户控制台按本平台筛选的注册企业数小于申报值（申报值等于控制台全部租户合计）；2023参评但申报书无第七章。")
    p.layout = ["naming:序号_下划线", "evidence_dir:证明材料(A1-A6)", "form:docx+stamped_scan", "form_levels:first-only",
                "book:pdf(no 七)", "summary:xlsx-horizontal", "commitment:scan", "joint_application:牵头+参与(应相加)",
                "audit:联合体专项说明(万元)", "devices:pdf(两节共N台+平台合计)", "screenshot:png(多租户+全部租户条)",
                "firm_list:xlsx-summary"]
    p.info = common_info(code="91310109132205836Q", founded="1993年6月", seat="上海市虹口区", kind="有限责任公司（国有控股）",
                         capital="150,000万元", business="建筑工程施工总承包、BIM数字建造与建筑运维服务", legal="顾建平",
                         contact="殷晓峰", title="数字建造中心主任", phone="13901829347", email="yinxf@sj4.example.com",
                         address="上海市虹口区汶水东路351号四建大厦6楼数字建造展厅", url="https://bim-iip.sj4.example.com",
                         account="eval_sheitc", password="Bim@0722", assets="1,582,406.13", company_rev="2,104,863.50",
                         company_growth="4.86", debt="82.15", company_profit="31,562.08", tax="42,716.33",
                         build_mode_cell=f"□自建  ☑合作共建，合作企业名称（必填）：{partner}",
                         op_mode_cell="□自运营 ☑联合运营 □委托运营", iaas_cell="□自建  ☑租用，服务商名称（必填）：上海云赛数海科技有限公司",
                         deploy_cell="☑边缘侧 ☑私有云 ☑公有云")
    p.secrets = ["Bim@0722"]
    lead = {2021: 2850.64, 2022: 3301.20, 2023: 3852.36}
    part = {2021: 862.11, 2022: 1046.85, 2023: 1276.50}
    rev = {y: r2(lead[y] + part[y]) for y in lead}
    lrd, prd, lpf, ppf = 786.20, 342.55, 455.10, 157.38
    rd, profit = r2(lrd + prd), r2(lpf + ppf)
    wrong_intensity = r2(rd / lead[2023] * 100)
    lead_dev, part_dev = 8460, 3215
    reg_platform, reg_all = 1836, 2964
    a = dict(
        nature="行业型工业互联网平台", built_from=(2018, 9), build=9200.00, rev=rev, g21=12.40, rd=rd, profit=profit,
        rd_intensity=wrong_intensity,
        build_mode=f"合作共建，{partner}", op_mode="联合运营", deploy="边缘侧、私有云、公有云", team=(118, 64), certified=149,
        devices=(lead_dev, 4120, 2875), overseas={},
        dev_cats={"工程机械": 34, "物流设备": 18, "电力设备": 16, "仪器仪表": 14, "动力设备": 10, "其他": 8},
        dev_regions={"上海": 70, "江苏": 10, "浙江": 8, "安徽": 6, "湖北": 6},
        protocols=94, apps=(132, 58), other_software=46,
        app_cats={"生产制造": 28, "安全生产": 22, "运维服务": 20, "质量管控": 14, "节能减排": 10, "运营管理": 6},
        app_inds={"建筑业": 82, "电力、热力和燃气": 10, "服务业": 8},
        app_mau=0.66, killer_users=1380, killer_hits=16240, killer_income=21.58, pub_app_share=0.55,
        servers=(148.00, 62), storage=(1500.00, 936.40, 284.70), models=(208, 117), model_users=436,
        model_cats={"数据算法模型": 24, "研发仿真模型": 32, "行业机理模型": 26, "业务流程模型": 18},
        speed=("秒级", "秒级（每TB BIM模型与传感数据分析约8秒）"), microservices=(684, 352), developers=(2630, 716),
        sec_rules="是，《BIM平台信息安全管理制度》（SJ4-XX-2020-12，2020年12月）", sec_test="是，每年一次", sec_scan="是，每季度一次",
        firms=(reg_all, 1528, 486, 908, 1196),
        firm_inds={"建筑业": 72, "服务业": 14, "电力、热力和燃气": 8, "其他": 6},
        firm_regions={"江苏": 36, "浙江": 30, "安徽": 20, "湖北": 14},
        orders=(9246, 9810), trade_growth=16.20, subs=(3820, 1946, 1186.30), utilization=71.48,
        localization=86.00, localization_note="软件国产化率90%，硬件国产化率80%", factories=3,
        factory_note="为3家市级智能工厂的厂房建造与运维提供BIM运维服务", parks=14, solutions=24,
        modes={"数字化管理": 6, "平台化设计": 5, "网络化协同": 5, "智能化制造": 4, "个性化定制": 2, "服务化延伸": 2},
        listed=(True, "是，控股股东上海建工集团股份有限公司为上市公司"), benefits=(14.62, 10.85, 22.40), indices=4,
        patents=32, copyrights=41,
        yes_texts=("是，自研BIM轻量化引擎与施工数字孪生技术，模型加载效率对标国外同类引擎提升约40%", "是，接入建筑行业标识解析二级节点"),
        carbon=(True, "是，提供建筑施工碳排放监测与运维能耗碳核算服务"), awards=6,
        award_list="上海市工业互联网创新应用标杆（2021年）等", jobs=264, social=21.37,
        open_data="以API接口、BIM构件库和数据集形式开放：开放API接口96个、BIM构件1.2万个、运维数据集6个", partners=7,
    )
    synth(p, a, seed=12)
    forms.default_texts(p, dict(industry="建筑业", scene="公共建筑智慧建造与运维", resource="BIM构件、施工工法与运维知识资源",
                                edge_nodes=210, latency=50, tech="BIM轻量化引擎、施工数字孪生、运维知识图谱",
                                standard="《建筑信息模型施工应用标准》（参与）、《智慧工地数据交换标准》（参与）"))
    p.texts["intro"] = (f"平台由上海建工四建集团有限公司牵头、{partner}参与联合建设运营，是面向公共建筑建造与运维的行业型工业互联网平台，"
                        "提供BIM协同设计、智慧工地、数字孪生运维等服务。平台数据为牵头单位与参与单位两部分之和。")
    p.texts["effect"] = "平台提升公共建筑施工效率与运维水平，缩短工期，降低运维能耗。"
    base = "证明材料/"
    F = {"contact": "01_联系人信息反馈表.docx", "form": "02_申报表_BIM智慧建造与运维平台.docx", "scan": "02_申报表_盖章版.pdf",
         "book": "03_申报书.pdf", "summary": "04_平台基本情况汇总表（横版）.xlsx", "commit": "05_真实性承诺_盖章.pdf",
         "agree": base + "A1_联合申报协议（扫描件）.pdf", "audit": base + "A2_联合体平台经营数据专项说明.pdf",
         "dev": base + "A3_平台接入设备清单（牵头单位+参与单位）.pdf", "shot": base + "A4_平台多租户控制台截图.png",
         "ip": base + "A5_知识产权清单.xlsx", "firms": base + "A6_平台服务企业统计表.xlsx"}
    p.files = {F["contact"]: "联系人表", F["form"]: "申报表", F["scan"]: "申报表扫描件", F["book"]: "申报书", F["summary"]: "汇总表",
               F["commit"]: "承诺", F["agree"]: "evidence:other", F["audit"]: "evidence:audit_report",
               F["dev"]: "evidence:device_list", F["shot"]: "evidence:screenshot", F["ip"]: "evidence:patent_list",
               F["firms"]: "evidence:other"}
    proof = {"平台相关研发投入（万元）": "A2 第2页", "平台相关营业收入（万元）": "A2 第2页", "平台利润率（%）": "A2 第2页",
             "平台相关研发投入强度（%）": "A2 第2页", "连接的工业设备/产品/产线种类及数量（台/套）": "A3",
             "注册企业用户数（个）": "A4 控制台截图", "实际服务企业数（个）": "A6", "服务本市企业数量（个）": "A6",
             "服务中小企业数量（个）": "A6", "平台核心软硬件技术获得的专利数量（项）": "A5", "平台核心软硬件技术获得的软著数量（个）": "A5"}
    proof_of = lambda k: proof.get(k, "平台后台统计" if not k.startswith("T:") else "")  # noqa: E731
    pkg = out / "packages" / p.pid
    forms.write_contact_docx(p, pkg / F["contact"])
    forms.write_form_docx(p, pkg / F["form"], proof_of, levels="first", font="仿宋")
    forms.write_form_scan(p, pkg / F["scan"], proof_of, seed=1201, levels="first")
    forms.write_summary_xlsx(p, pkg / F["summary"], horizontal=True)
    forms.write_commitment_scan(p, pkg / F["commit"], seed=1202)

    agree = [("title", "基于BIM的公共建筑智慧建造与运维工业互联网平台\n联合申报协议"),
             ("p", f"甲方（牵头单位）：{p.company}"), ("p", f"乙方（参与单位）：{partner}"),
             ("p", "双方共同建设、联合运营本平台，约定以甲方为牵头单位申报2024年度上海市工业互联网平台应用水平评价。平台经营数据、"
                   "接入设备及服务企业等指标按甲乙双方各自承担部分分别统计，平台数据为双方之和，双方数据不重复。"),
             ("space", 40), ("p", "甲方（盖章）：                      乙方（盖章）："), ("p", "日期：2024年7月5日")]
    kit.write_scan(pkg / F["agree"], agree, {0: (p.company, 0.30, 0.55)}, seed=1203, font_kind="song")

    audit = [("title", "联合体平台经营数据专项说明"),
             ("p", f"本平台由{p.company}（牵头单位）与{partner}（参与单位）联合建设运营。平台相关收入、研发投入与利润按双方各自"
                   "承担的平台业务分别核算，平台合计=牵头单位部分+参与单位部分，双方之间无内部交易。"), ("pagebreak",),
             ("h2", "表1 平台经营数据构成（单位：万元）"),
             ("table", [["项目", "年度", "牵头单位部分", "参与单位部分", "平台合计"]] +
                       [["平台相关营业收入", f"{y}年度", comma(lead[y]), comma(part[y]), comma(rev[y])] for y in (2021, 2022, 2023)] +
                       [["平台相关研发投入", "2023年度", comma(lrd), comma(prd), comma(rd)],
                        ["平台利润总额", "2023年度", comma(lpf), comma(ppf), comma(profit)]], [40, 22, 36, 36, 36], 1),
             ("p", "以上数据经上海立德会计师事务所有限公司复核。"), ("right", "2024年6月28日")]
    kit.write_pdf(pkg / F["audit"], audit, font_kind="hei", title="联合体平台经营数据专项说明")
    af = F["audit"]
    p.fact("平台相关营业收入（万元）", comma(rev[2023]), "万元", rev[2023], af, 2, comma(rev[2023]), "平台相关营业收入 2023年度", "平台合计")
    p.fact("平台近三年经营指标情况", comma(rev[2021]), "万元", rev[2021], af, 2, comma(rev[2021]), "平台相关营业收入 2021年度", "平台合计", "2021年平台营收（万元）")
    p.fact("平台近三年经营指标情况", comma(rev[2022]), "万元", rev[2022], af, 2, comma(rev[2022]), "平台相关营业收入 2022年度", "平台合计", "2022年平台营收（万元）")
    p.fact("平台相关研发投入（万元）", comma(rd), "万元", rd, af, 2, comma(rd), "平台相关研发投入", "平台合计")
    p.fact("平台利润率（%）", comma(profit), "万元", profit, af, 2, comma(profit), "平台利润总额", "平台合计", "平台利润总额（万元）")
    p.fact("投资回报率（%）", comma(profit), "万元", profit, af, 2, comma(profit), "平台利润总额", "平台合计", "平台年利润（万元）")

    rng = random.Random(1204)
    lead_cats = p.n("按二级分类统计工业设备数量（台/套）")
    from model import split
    part_cats = split(part_dev, {"工程机械": 20, "电力设备": 35, "仪器仪表": 30, "其他": 15})
    def sec(cats_):
        return [["设备二级分类", "接入数量（台/套）"]] + [[c, comma(v)] for c, v in cats_.items()]
    dev = [("title", "平台接入设备清单（牵头单位+参与单位）"), ("p", "统计截止日：2024年6月30日"),
           ("h2", f"一、牵头单位（{p.company}）接入设备"), ("table", sec(lead_cats), [80, 50], 1),
           ("p", f"牵头单位部分共{comma(lead_dev)}台（套）"),
           ("h2", f"二、参与单位（{partner}）接入设备"), ("table", sec(part_cats), [80, 50], 1),
           ("p", f"参与单位部分共{comma(part_dev)}台（套）"),
           ("h2", f"平台合计：{comma(lead_dev + part_dev)}台（套）"),
           ("small", "注：两部分设备分别接入、无重复，平台接入设备总数为两部分之和。")]
    kit.write_pdf(pkg / F["dev"], dev, font_kind="hei")
    p.fact("连接的工业设备/产品/产线种类及数量（台/套）", comma(lead_dev + part_dev), "台/套", lead_dev + part_dev, F["dev"], 1,
           f"平台合计：{comma(lead_dev + part_dev)}台（套）", "平台合计")

    tiles = [("注册企业（家）", comma(reg_platform)), ("实际服务企业（家）", comma(p.n("实际服务企业数（个）"))),
             ("工业APP（个）", comma(p.n("工业APP数量（个）"))), ("机理模型（个）", comma(p.n("工业机理模型数量（个）"))),
             ("微服务（个）", comma(p.n("微服务数量（个）"))), ("注册开发者（个）", comma(p.n("开发者注册总数（个）"))),
             ("公有云接入设备（台/套）", comma(p.n("公有云工业设备连接数量（台/套）"))), ("APP订阅总数（个）", comma(p.n("工业APP订阅总数量（个）")))]
    img = console("四建数字建造中台 · 多租户控制台", "基于BIM的公共建筑智慧建造与运维平台",
                  ["基于BIM的公共建筑智慧建造与运维平台", "四建项目管理系统", "全部租户"], tiles,
                  strip=[("注册企业（家）", comma(reg_all)), ("租户数", "3")], strip_title="全部租户合计（含四建项目管理系统等内部租户）")
    kit.save_png(pkg / F["shot"], img)
    for (cap, val), label in zip(tiles, ["注册企业用户数（个）", "实际服务企业数（个）", "工业APP数量（个）", "工业机理模型数量（个）",
                                         "微服务数量（个）", "开发者注册总数（个）", "公有云工业设备连接数量（台/套）", "工业APP订阅总数量（个）"]):
        norm = reg_platform if label == "注册企业用户数（个）" else p.n(label)
        unit = "家" if "企业" in cap else ("台/套" if "设备" in cap else "个")
        p.fact(label, val, unit, norm, F["shot"], 1, val, cap, image_only=True)

    own = lambda n, kind, topics: ip_rows(rng, n, kind, p.company, topics, 0)  # noqa: E731
    prow = [["序号", "专利名称", "专利号", "类型", "权利人", "授权日"], *own(32, "专利", ["BIM轻量化", "施工数字孪生", "智慧工地监测", "运维能耗分析"]),
            ["合计：32项"]]
    srow = [["序号", "软件名称", "登记号", "著作权人", "登记日期"], *own(41, "软著", ["BIM协同设计", "智慧工地管理", "数字孪生运维", "构件库管理"]),
            ["合计：41项"]]
    kit.write_xlsx(pkg / F["ip"], [("专利", prow, {}), ("软著", srow, {})], "知识产权清单", "技术中心")
    p.fact("平台核心软硬件技术获得的专利数量（项）", "32", "项", 32, F["ip"], 1, "合计：32项", "合计")
    p.fact("平台核心软硬件技术获得的软著数量（个）", "41", "项", 41, F["ip"], 2, "合计：41项", "合计")

    served, local, sme = p.n("实际服务企业数（个）"), p.n("服务本市企业数量（个）"), p.n("服务中小企业数量（个）")
    regions = p.n("按省市区域统计服务企业数（个）")
    lead_share = split(served, {"l": 68, "p": 32})
    frows = [["平台服务企业统计表（截至2024年6月30日）"], ["区域", "服务企业数（家）"]] + [[k, v] for k, v in regions.items()]
    frows += [["合计", served], ["其中：中小企业", sme], [],
              ["按申报主体", "服务企业数（家）"], ["牵头单位服务", lead_share["l"]], ["参与单位服务", lead_share["p"]],
              ["平台合计（两部分之和，无重复）", served]]
    kit.write_xlsx(pkg / F["firms"], [("服务企业统计", frows, {"widths": [34, 20], "bold_rows": {0, 1}})], "服务企业统计", "运营部")
    p.fact("实际服务企业数（个）", str(served), "家", served, F["firms"], 1, str(served), "合计", "服务企业数（家）")
    p.fact("服务本市企业数量（个）", str(local), "家", local, F["firms"], 1, str(local), "上海", "服务企业数（家）")
    p.fact("服务中小企业数量（个）", str(sme), "家", sme, F["firms"], 1, str(sme), "其中：中小企业", "服务企业数（家）")

    d = dict(industry="建筑", company_more="具备房屋建筑工程施工总承包特级资质，长期承建大型公共建筑。",
             bench_rd="同类建筑业平台研发投入约千万元量级", bench_dev="同类平台接入施工设备约1万台（套）",
             bench_firms="同类平台服务企业约1,500家", innovation="自研BIM轻量化引擎与施工数字孪生技术，实现建造与运维数据贯通。",
             app_innovation="建造-运维一体化服务模式，按运维效果收费。", plan="拓展公共建筑运维服务，深化数字孪生与AI应用。",
             cases=[("大型场馆智慧建造", "某场馆项目工期缩短8%，安全事故为零。"), ("医院运维", "某医院运维能耗下降12%。"),
                    ("学校改造", "某学校改造项目协同效率提升25%。")])
    extra = {"二": [f"平台由牵头单位与参与单位联合运营，牵头单位接入施工与机电设备{comma(lead_dev)}台（套），参与单位接入楼宇运维设备"
                    f"{comma(part_dev)}台（套）。"]}
    files_list = [f for f in p.files if f != F["book"]]
    kit.write_pdf(pkg / F["book"], book_blocks(p, d, files_list, extra, {"devices": lead_dev, "served": served}, False),
                  font_kind="hei", title="申报书")

    p.problem("count_vs_list", ["连接的工业设备/产品/产线种类及数量（台/套）"], [F["form"], F["dev"]], "error",
              f"申报表连接工业设备 {lead_dev} 台（套），仅为设备清单中牵头单位部分（共{comma(lead_dev)}台）；清单平台合计为 "
              f"{comma(lead_dev + part_dev)} 台（套）（牵头 {comma(lead_dev)} + 参与 {comma(part_dev)}，清单与联合申报协议均写明平台数据为两部分之和）")
    p.problem("formula", ["平台相关研发投入强度（%）", "平台相关研发投入（万元）", "平台相关营业收入（万元）"], [F["form"]], "error",
              f"平台相关研发投入强度填报 {money(wrong_intensity)}%，按填报指引公式 {money(rd)} ÷ {money(rev[2023])} × 100% 应为 "
              f"{money(r2(rd / rev[2023] * 100))}%（填报值用的是牵头单位部分收入 {money(lead[2023])} 万元作分母）")
    p.problem("screenshot_vs_form", ["注册企业用户数（个）"], [F["form"], F["shot"]], "warning",
              f"申报表注册企业用户数 {reg_all}，控制台按本平台租户筛选显示注册企业 {comma(reg_platform)} 家；{comma(reg_all)} 是"
              "控制台“全部租户合计”（含四建项目管理系统等内部租户）")
    p.problem("section7", ["七、平台相较上年度对比情况"], [F["book"]], "error",
              "附件6中序号12为2023年度参评平台，申报书缺少必填章节“七、平台相较上年度对比情况”")
    finish(p, out)
    return p


# ====================================================================== P4 欧贝 (sister platform lists)

def oubei(out: Path) -> Pkg:
    p = Pkg("h34_oubei_problems", 24, "欧贝平台", "欧冶工业品股份有限公司", "欧贝平台", False)
    sister = "欧冶循环物资交易平台"
    p.description = ("序号24 欧冶工业品：公司同时运营欧贝平台与循环物资交易平台。服务企业名单两平台分表，申报表实际服务企业数取了"
                     "两平台合计；设备统计表两平台并列，申报表公有云设备数取了姊妹平台列；汇总表营业收入填了专项审计两平台合计。")
    p.layout = ["naming:简称前缀_附件N", "evidence_dir:欧贝_证明材料", "form:docx+stamped_scan", "book:docx",
                "summary:xlsx-numbered", "commitment:scan", "audit:专项审计(两平台并列+合计,万元)", "firm_list:xlsx(两平台分表+汇总)",
                "devices:pdf(两平台并列列)", "screenshots:pdf-image", "scope:sister-platform"]
    p.info = common_info(code="91310115MA1H7QXK4D", founded="2015年11月", seat="上海市浦东新区", kind="股份有限公司（非上市）",
                         capital="60,000万元", business="工业品MRO集采、供应链服务与循环物资交易", legal="钱卫东",
                         contact="包雨桐", title="平台产品部经理", phone="13916630472", email="baoyt@obei.example.com",
                         address="上海市浦东新区长清北路53号中国宝武大厦8楼会议中心", url="https://www.obei.example.com",
                         account="sheitc2024", password="Ob#2024Rev", assets="612,844.36", company_rev="1,286,402.55",
                         company_growth="12.64", debt="71.28", company_profit="18,640.27", tax="9,315.82",
                         build_mode_cell="☑自建  □合作共建", op_mode_cell="☑自运营 □联合运营 □委托运营",
                         iaas_cell="☑自建  □租用", deploy_cell="☑私有云 ☑公有云 ☑混合云")
    p.secrets = ["Ob#2024Rev"]
    rev = {2021: 15862.30, 2022: 18240.66, 2023: 21375.92}
    srev = {2021: 6420.15, 2022: 7105.38, 2023: 7986.04}
    rd, srd, profit, sprofit = 2386.45, 642.18, 2108.36, 605.92
    served_obei, served_sister = 1286, 418
    dev_obei = (9860, 6120, 3985, 168)
    dev_sister = (4310, 4275, 2860, 0)
    a = dict(
        nature="行业型工业互联网平台", built_from=(2016, 3), build=15600.00, rev=rev, g21=16.35, rd=rd, profit=profit,
        build_mode="自建", op_mode="自运营", deploy="私有云、公有云、混合云", team=(206, 158), certified=241,
        devices=(dev_obei[0], dev_sister[1], dev_obei[2]), overseas={"马来西亚Malaysia": 104, "巴西Brazil": 64},
        dev_cats={"冶炼设备": 30, "动力设备": 24, "电力设备": 16, "物流设备": 14, "仪器仪表": 10, "机器人": 6},
        dev_regions={"上海": 30, "湖北": 20, "江苏": 16, "广东": 12, "新疆": 10, "安徽": 12},
        protocols=122, apps=(204, 96), other_software=58,
        app_cats={"供应链管理": 36, "仓储物流": 22, "运维服务": 16, "运营管理": 14, "质量管控": 12},
        app_inds={"黑色金属": 52, "有色金属": 14, "石化化工": 14, "机械": 12, "电力、热力和燃气": 8},
        app_mau=0.74, killer_users=3260, killer_hits=41280, killer_income=64.15, pub_app_share=0.58,
        servers=(236.00, 128), storage=(1800.00, 1064.70, 468.35), models=(246, 131), model_users=782,
        model_cats={"数据算法模型": 40, "研发仿真模型": 6, "行业机理模型": 22, "业务流程模型": 32},
        speed=("毫秒级", "毫秒级（每TB采购数据检索分析约600毫秒）"), microservices=(1486, 820), developers=(4260, 1135),
        sec_rules="是，《欧贝平台网络安全管理办法》（OYGYP-AQ-2019-02，2019年5月）、《平台数据安全管理规定》（OYGYP-AQ-2022-06，2022年8月）",
        sec_test="是，每年两次", sec_scan="是，每周一次",
        firms=(2150, served_obei + served_sister, 1026, 392, 1268),
        firm_inds={"黑色金属": 40, "有色金属": 14, "石化化工": 16, "机械": 18, "电力、热力和燃气": 12},
        firm_regions={"湖北": 24, "江苏": 22, "广东": 16, "新疆": 12, "安徽": 14, "浙江": 12},
        orders=(386420, 402156), trade_growth=17.19, subs=(7240, 3862, 2846.90), utilization=80.25,
        localization=90.00, localization_note="软件国产化率95%，硬件国产化率85%", factories=4,
        factory_note="为宝山基地等4家市级智能工厂提供备件集采与库存协同", parks=8, solutions=30,
        modes={"数字化管理": 8, "平台化设计": 2, "网络化协同": 10, "智能化制造": 3, "个性化定制": 2, "服务化延伸": 5},
        listed=(True, "是，公司已完成A轮融资，引入多家PE机构投资"), benefits=(13.26, 7.48, 17.85), indices=5,
        patents=16, copyrights=48,
        yes_texts=("是，自研工业品智能寻源与商品主数据治理技术，商品匹配准确率达98%", "是，工业品一物一码，接入国家标识解析二级节点"),
        carbon=(True, "是，提供MRO物资碳足迹核算与循环利用碳减排核算服务"), awards=4,
        award_list="工业互联网平台创新领航应用案例（2023年）等", jobs=512, social=26.84,
        open_data="以API接口和商品主数据集形式开放：开放API接口210个、工业品主数据集4个（覆盖商品120万种）", partners=11,
    )
    synth(p, a, seed=24)
    forms.default_texts(p, dict(industry="钢铁及原材料工业", scene="工业品供应链", resource="工业品供应商2.6万家、商品120万种",
                                edge_nodes=84, latency=25, tech="智能寻源、商品主数据治理、供应链风控",
                                standard="《工业品电子采购商品分类与编码》《MRO工业品供应链服务规范》"))
    p.texts["intro"] = ("欧贝平台是欧冶工业品面向钢铁及原材料工业打造的行业型工业互联网平台，提供工业品MRO集采、智能寻源、"
                        "仓储物流协同与备件联储服务。公司另运营欧冶循环物资交易平台，两平台分别统计。")
    p.texts["effect"] = "平台帮助工业企业降低工业品采购成本与库存，提升备件保障能力。"
    pre = "欧贝_证明材料/"
    F = {"contact": "欧贝_附件1_联系人表.docx", "form": "欧贝_附件2_申报表.docx", "scan": "欧贝_附件2_申报表(盖章).pdf",
         "book": "欧贝_附件3_申报书.docx", "summary": "欧贝_附件4_平台基本情况汇总表.xlsx", "commit": "欧贝_附件5_真实性承诺(盖章).pdf",
         "audit": pre + "1_平台经营数据专项审计报告.pdf", "firms": pre + "2_服务企业名单（两平台）.xlsx",
         "dev": pre + "3_平台设备接入统计（分平台）.pdf", "shot": pre + "4_平台数据看板截图.pdf", "ip": pre + "5_知识产权清单.pdf"}
    p.files = {F["contact"]: "联系人表", F["form"]: "申报表", F["scan"]: "申报表扫描件", F["book"]: "申报书", F["summary"]: "汇总表",
               F["commit"]: "承诺", F["audit"]: "evidence:audit_report", F["firms"]: "evidence:other",
               F["dev"]: "evidence:device_list", F["shot"]: "evidence:screenshot", F["ip"]: "evidence:patent_list"}
    proof = {"平台相关研发投入（万元）": "证明材料1 第2页", "平台相关营业收入（万元）": "证明材料1 第2页", "平台利润率（%）": "证明材料1 第2页",
             "实际服务企业数（个）": "证明材料2 服务企业名单", "连接的工业设备/产品/产线种类及数量（台/套）": "证明材料3",
             "公有云工业设备连接数量（台/套）": "证明材料3", "公有云工业设备平均日运行数量（台/套）": "证明材料3",
             "海外设备连接数量（台/套）": "证明材料3", "注册企业用户数（个）": "证明材料4", "工业APP数量（个）": "证明材料4",
             "平台核心软硬件技术获得的专利数量（项）": "证明材料5", "平台核心软硬件技术获得的软著数量（个）": "证明材料5"}
    proof_of = lambda k: proof.get(k, "平台运营数据统计" if not k.startswith("T:") else "")  # noqa: E731
    total_rev = r2(rev[2023] + srev[2023])
    p.summary_cells["平台相关营业收入（万元）"] = money(total_rev)   # planted: 汇总表 takes the two-platform total
    pkg = out / "packages" / p.pid
    forms.write_contact_docx(p, pkg / F["contact"])
    forms.write_form_docx(p, pkg / F["form"], proof_of, font="微软雅黑")
    forms.write_form_scan(p, pkg / F["scan"], proof_of, seed=2401)
    forms.write_summary_xlsx(p, pkg / F["summary"], numbered=True)
    forms.write_commitment_scan(p, pkg / F["commit"], seed=2402)

    audit = [("title", "欧冶工业品股份有限公司\n平台业务经营数据专项审计报告"), ("p", "沪申会专字（2024）第0562号"),
             ("p", "我们对欧冶工业品股份有限公司欧贝平台及欧冶循环物资交易平台2021—2023年度经营数据进行了专项审计。两平台收入、"
                   "成本按业务系统订单归集，研发投入按研发项目归集，期间费用按收入比例分摊。"), ("pagebreak",),
             ("h2", "平台经营数据表（单位：万元）"),
             ("table", [["项目", "欧贝平台", sister, "两平台合计"]] +
                       [[f"{y}年营业收入", comma(rev[y]), comma(srev[y]), comma(r2(rev[y] + srev[y]))] for y in (2021, 2022, 2023)] +
                       [["2023年研发投入", comma(rd), comma(srd), comma(r2(rd + srd))],
                        ["2023年利润总额", comma(profit), comma(sprofit), comma(r2(profit + sprofit))]], [40, 40, 50, 40], 1),
             ("space", 20), ("right", "上海申正会计师事务所有限公司"), ("right", "2024年5月8日")]
    kit.write_pdf(pkg / F["audit"], audit, font_kind="song", title="专项审计报告")
    af = F["audit"]
    p.fact("平台相关营业收入（万元）", comma(rev[2023]), "万元", rev[2023], af, 2, comma(rev[2023]), "2023年营业收入", "欧贝平台")
    p.fact("平台近三年经营指标情况", comma(rev[2021]), "万元", rev[2021], af, 2, comma(rev[2021]), "2021年营业收入", "欧贝平台", "2021年平台营收（万元）")
    p.fact("平台近三年经营指标情况", comma(rev[2022]), "万元", rev[2022], af, 2, comma(rev[2022]), "2022年营业收入", "欧贝平台", "2022年平台营收（万元）")
    p.fact("平台相关研发投入（万元）", comma(rd), "万元", rd, af, 2, comma(rd), "2023年研发投入", "欧贝平台")
    p.fact("平台利润率（%）", comma(profit), "万元", profit, af, 2, comma(profit), "2023年利润总额", "欧贝平台", "平台利润总额（万元）")
    p.fact("投资回报率（%）", comma(profit), "万元", profit, af, 2, comma(profit), "2023年利润总额", "欧贝平台", "平台年利润（万元）")

    rng = random.Random(2403)
    ob_names = names(rng, served_obei, ["有限公司", "股份有限公司", "集团有限公司"])
    si_names = names(random.Random(2404), served_sister, ["再生资源有限公司", "物资回收有限公司", "循环科技有限公司"])
    provs = ["上海", "湖北", "江苏", "广东", "新疆", "安徽", "浙江"]
    summary = [["平台", "服务企业数（家）", "说明"], ["欧贝平台", served_obei, "使用欧贝平台集采、寻源等服务的企业"],
               [sister, served_sister, "使用循环物资交易服务的企业"], ["两平台合计", served_obei + served_sister, "两平台客户无重复"]]
    ob_rows = [["序号", "企业名称", "所在省市", "首次服务日期"]] + [[k + 1, n, provs[k % 7], f"{2017 + k % 7}-{1 + k % 12:02d}-01"]
                                                               for k, n in enumerate(ob_names)] + [[f"共{served_obei}家"]]
    si_rows = [["序号", "企业名称", "所在省市", "首次服务日期"]] + [[k + 1, n, provs[k % 5], f"{2020 + k % 4}-{1 + k % 12:02d}-15"]
                                                               for k, n in enumerate(si_names)] + [[f"共{served_sister}家"]]
    kit.write_xlsx(pkg / F["firms"], [("汇总", summary, {"widths": [30, 18, 40]}), ("欧贝平台服务企业", ob_rows, {"widths": [8, 40, 12, 16]}),
                                      (f"{sister}服务企业", si_rows, {"widths": [8, 40, 12, 16]})], "服务企业名单", "客户服务部")
    p.fact("实际服务企业数（个）", str(served_obei), "家", served_obei, F["firms"], 1, str(served_obei), "欧贝平台", "服务企业数（家）")
    p.fact("实际服务企业数（个）", str(served_obei), "家", served_obei, F["firms"], 2, f"共{served_obei}家", "共计")

    dev = [("title", "平台设备接入统计表（分平台）"), ("p", "统计截止日：2024年6月30日"),
           ("table", [["指标", "欧贝平台", sister, "合计"],
                      ["接入工业设备总数（台/套）", comma(dev_obei[0]), comma(dev_sister[0]), comma(dev_obei[0] + dev_sister[0])],
                      ["其中：公有云接入（台/套）", comma(dev_obei[1]), comma(dev_sister[1]), comma(dev_obei[1] + dev_sister[1])],
                      ["公有云设备日均运行（台/套）", comma(dev_obei[2]), comma(dev_sister[2]), comma(dev_obei[2] + dev_sister[2])],
                      ["海外设备（台/套）", comma(dev_obei[3]), comma(dev_sister[3]), comma(dev_obei[3])]], [55, 35, 50, 35], 1),
           ("small", "注：欧贝平台接入设备主要为客户现场备件柜、智能仓储与重点设备状态监测终端；循环物资交易平台接入设备为称重与回收站点终端。")]
    kit.write_pdf(pkg / F["dev"], dev, font_kind="hei")
    df = F["dev"]
    p.fact("连接的工业设备/产品/产线种类及数量（台/套）", comma(dev_obei[0]), "台/套", dev_obei[0], df, 1, comma(dev_obei[0]), "接入工业设备总数（台/套）", "欧贝平台")
    p.fact("公有云工业设备连接数量（台/套）", comma(dev_obei[1]), "台/套", dev_obei[1], df, 1, comma(dev_obei[1]), "其中：公有云接入（台/套）", "欧贝平台")
    p.fact("公有云工业设备平均日运行数量（台/套）", comma(dev_obei[2]), "台/套", dev_obei[2], df, 1, comma(dev_obei[2]), "公有云设备日均运行（台/套）", "欧贝平台")
    p.fact("海外设备连接数量（台/套）", comma(dev_obei[3]), "台/套", dev_obei[3], df, 1, comma(dev_obei[3]), "海外设备（台/套）", "欧贝平台")

    t1 = [("平台注册企业", comma(p.n("注册企业用户数（个）"))), ("上架工业APP", comma(p.n("工业APP数量（个）"))),
          ("机理模型", comma(p.n("工业机理模型数量（个）"))), ("微服务", comma(p.n("微服务数量（个）"))),
          ("注册开发者", comma(p.n("开发者注册总数（个）"))), ("APP订阅总数", comma(p.n("工业APP订阅总数量（个）")))]
    im = console("欧贝平台 数据看板", "欧贝平台", ["欧贝平台", sister], t1)
    page = kit.Image.new("RGB", (1240, 1754), (255, 255, 255))
    dr = kit.ImageDraw.Draw(page)
    dr.text((80, 80), "欧贝平台数据看板截图（2024年7月10日）", font=kit.fonts.pil_font(30), fill=(0, 0, 0))
    page.paste(im.resize((1080, int(im.height * 1080 / im.width))), (80, 150))
    kit.images_to_pdf(pkg / F["shot"], [page], title="数据看板")
    for (cap, val), label in zip(t1, ["注册企业用户数（个）", "工业APP数量（个）", "工业机理模型数量（个）", "微服务数量（个）",
                                      "开发者注册总数（个）", "工业APP订阅总数量（个）"]):
        p.fact(label, val, "家" if "企业" in cap else "个", p.n(label), F["shot"], 1, val, cap, image_only=True)

    pat = ip_rows(rng, 16, "专利", p.company, ["工业品智能寻源", "商品主数据治理", "备件联储调度", "供应链风控"], 0)
    sw = ip_rows(rng, 48, "软著", p.company, ["欧贝集采管理", "智能寻源", "备件联储", "供应商管理", "商品主数据"], 0)
    ipb = [("h1", "欧贝平台知识产权清单"), ("h2", "一、专利（共16项）"),
           ("table", [["序号", "专利名称", "专利号", "类型", "权利人", "授权日"]] + pat, [10, 52, 38, 18, 38, 20], 1),
           ("pagebreak",), ("h2", "二、软件著作权（共48项）"),
           ("table", [["序号", "软件名称", "登记号", "著作权人", "登记日期"]] + sw, [10, 60, 36, 46, 24], 1)]
    kit.write_pdf(pkg / F["ip"], ipb, font_kind="song")
    p.fact("平台核心软硬件技术获得的专利数量（项）", "16", "项", 16, F["ip"], 1, "一、专利（共16项）", "专利")
    p.fact("平台核心软硬件技术获得的软著数量（个）", "48", "项", 48, F["ip"], 2, "二、软件著作权（共48项）", "软件著作权")

    d = dict(industry="工业品供应链", company_more="依托中国宝武产业生态，构建工业品供应链服务体系。",
             bench_rd="同类工业品电商平台研发投入约亿元量级", bench_dev="同类平台接入设备约5,000台（套）量级",
             bench_firms="同类平台服务企业约1,000家量级", innovation="自研智能寻源与商品主数据治理技术，支撑百万级工业品精准匹配。",
             app_innovation="备件联储联备模式，降低用户库存与资金占用。", plan="拓展海外供应链服务，深化备件联储与碳足迹服务。",
             cases=[("钢厂备件联储", "某钢厂备件库存下降22%。"), ("集采降本", "某化工企业集采成本下降9%。"),
                    ("智能仓储", "某基地仓储周转效率提升30%。")])
    files_list = [f for f in p.files if f != F["book"]]
    blocks = book_blocks(p, d, files_list, {}, {"devices": dev_obei[0], "served": p.n("实际服务企业数（个）")}, False)
    kit.write_docx(pkg / F["book"], blocks, "申报书", p.info["contact"], font="微软雅黑")

    p.problem("count_vs_list", ["实际服务企业数（个）"], [F["form"], F["firms"]], "error",
              f"申报表实际服务企业数 {served_obei + served_sister} 个，服务企业名单中欧贝平台共 {served_obei} 家；"
              f"{served_obei + served_sister} 为名单“两平台合计”（含{sister} {served_sister} 家）")
    p.problem("declared_vs_evidence", ["公有云工业设备连接数量（台/套）"], [F["form"], F["dev"]], "error",
              f"申报表公有云工业设备连接数量 {dev_sister[1]}，设备接入统计表欧贝平台列为 {comma(dev_obei[1])}；"
              f"{comma(dev_sister[1])} 是{sister}列的数字")
    p.problem("summary_vs_form", ["平台相关营业收入（万元）"], [F["summary"], F["form"]], "error",
              f"汇总表平台相关营业收入 {money(total_rev)} 万元，申报表为 {money(rev[2023])} 万元；{money(total_rev)} 为专项审计报告"
              "“两平台合计”列")
    finish(p, out)
    return p


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=HERE)
    args = ap.parse_args()
    out = args.out.resolve()
    for sub in ("packages", "truth"):
        if (out / sub).exists():
            shutil.rmtree(out / sub)
    for fn in (zhaogang, hangfa, sijian, oubei):
        p = fn(out)
        print(f"{p.pid}: {len(p.files)} files, {len(p.facts)} facts, {len(p.problems)} problems")


if __name__ == "__main__":
    main()
