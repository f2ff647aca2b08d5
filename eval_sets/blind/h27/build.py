"""Builds the h27 holdout set (packages revised after pre-review: 更正说明, 补正材料, versions).

    .venv/bin/python eval_sets/blind/h27/build.py    (from the repository)

Writes packages/<id>/ and truth/<id>.json beside this file. Deterministic (fixed seeds,
normalised zip entries, reportlab invariant mode, fixed PDF dates)."""

from __future__ import annotations

import json
import random
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository (eval_sets.generator.fonts)
sys.path.insert(0, str(HERE))

import h27docs as D  # noqa: E402
import h27lib as L  # noqa: E402
from h27book import book_blocks, default_texts  # noqa: E402
from h27model import Pkg, bd, c2, ci, fill_numbers, n2, r2, split  # noqa: E402

OUT = HERE / "packages"
TRUTH = HERE / "truth"


def company(**kw):
    base = dict(type="股份有限公司", capital="—", fax="—", title="数字化部经理", title2="平台运营主管", cpa="—",
                district_office="区经济委员会、上海市工业互联网平台应用水平评价工作组")
    base.update(kw)
    return base


def identity(p: Pkg, list_no, nature, deploy, build_mode="自建", op_mode="自运营"):
    c = p.company
    tv = p.truth_value
    tv["序号"] = str(list_no)
    p.truth_norm["序号"] = list_no
    for lab, val in (("企业名称", c["name"]), ("平台名称", c["platform"]), ("平台性质", nature), ("联系人姓名", c["contact"]),
                     ("联系人手机号", c["phone"]), ("联系人电子邮箱", c["email"]), ("评审会现场地址信息", c["venue"]),
                     ("平台网址", c["url"]), ("建设时间", c["build_summary"]), ("平台建设方式", build_mode),
                     ("平台运营模式", op_mode), ("部署方式", deploy)):
        tv[lab] = val
        p.truth_norm[lab] = val


def scale_dev(vals, f, rng):
    """A consistent device table at an earlier cut-off (every figure scaled by ~f)."""
    total = int(vals["total"] * f)
    pub = int(vals["pub"] * f)
    daily = int(vals["daily"] * f)
    cats = split(total, list(vals["cats"]), list(vals["cats"].values()), rng)
    pc = split(pub, list(vals["cats"]), list(vals["pub_cats"].values()), rng)
    dc = split(daily, list(vals["cats"]), list(vals["daily_cats"].values()), rng)
    ov = {k: int(n * f) for k, n in vals["overseas"].items()}
    dom = {k: n for k, n in vals["regions"].items() if k not in vals["overseas"]}
    reg = {**split(total - sum(ov.values()), list(dom), list(dom.values()), rng), **ov}
    return {"total": total, "pub": pub, "daily": daily, "cats": cats, "pub_cats": pc, "daily_cats": dc, "regions": reg, "overseas": ov}


def write_truth(pid, desc, platform, layout, files, p: Pkg, facts, problems, secrets):
    root = OUT / pid
    for f in files:
        assert (root / f).exists(), f
    t = {"schema_version": 1, "package_id": pid, "description": desc, "path": f"packages/{pid}", "delivery": "folder",
         "platform": platform, "layout": layout, "files": files, "secrets": secrets,
         "summary_rows": p.summary_rows(), "evidence_facts": facts, "problems": problems}
    TRUTH.mkdir(parents=True, exist_ok=True)
    (TRUTH / f"{pid}.json").write_text(json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def prob(pid, n, family, fields, files, severity, description):
    return {"id": f"{pid}-{n:02d}-{family}", "family": family, "fields": fields, "files": files, "severity": severity,
            "description": description}


# =====================================================================================
# h27_huayi_clean — 序号1, clean; 更正说明 replaces 研发投入, v1 申报表 kept (作废), two device cut-offs
# =====================================================================================
def build_huayi():
    pid = "h27_huayi_clean"
    root = OUT / pid
    p = Pkg(101)
    p.company = company(
        name="上海华谊集团股份有限公司", platform="化工行业工业互联网平台", short="华谊", code="HY", uscc="91310000132232044X",
        founded="1992年4月", district="上海市静安区", type="股份有限公司（上市）", capital="213,515.7万元",
        business="化工原料及产品的生产与销售、化工技术服务", legal="刘训峰", contact="沈立群", title="数字化转型办公室副主任",
        phone="13916508872", email="shenlq@huayi-iiot.example.com", contact2="顾晓婷", title2="平台运营经理",
        phone2="13917726405", email2="guxt@huayi-iiot.example.com", equity="上海华谊控股集团有限公司持股约66%，其他股东约34%",
        fin=["6,512,480.36", "4,312,066.18", "-3.86", "58.42", "186,420.55", "96,318.27"],
        fin_yuan={"ca": 21_864_300_118, "nca": 43_260_503_472, "liab": 38_047_116_390, "rev": 43_120_661_803,
                  "rev_prev": 44_851_006_217, "rd": 1_318_660_409, "profit": 1_864_205_517},
        build_period="2019年3月至2023年12月", build_summary="2019.03-2023.12",
        url="https://iiot.huayi.example.com", account="sheitc_review", password="Hy@Review2024",
        venue="上海市静安区常德路809号华谊大厦12楼第二会议室", sys="华谊化工工业互联网平台设备管理中心",
        cpa="周敏、陆海涛", district_office="静安区商务委员会、上海市工业互联网平台应用水平评价工作组")
    fill_numbers(p, dict(
        build=12680.00, rev={2020: 8120.35, 2021: 9346.18, 2022: 10528.72, 2023: 12016.45}, rd=1268.40, profit=1452.30,
        team=236, ops=148, dev=46820, pub_dev=15360, daily=11240,
        dev_cats={"化工设备": 6, "动力设备": 3, "仪器仪表": 3, "电力设备": 1.2, "物流设备": 0.8, "其他": 0.6},
        regions={"上海": 8, "江苏": 3, "浙江": 2, "安徽": 1.2, "山东": 1, "广西": 0.9, "重庆": 0.6},
        overseas={"新加坡Singapore": 186, "印度尼西亚Indonesia": 94}, protocols=168, app=356,
        app_cats={"安全生产": 4, "节能减排": 3, "质量管控": 3, "供应链管理": 2, "生产制造": 4, "运营管理": 2, "仓储物流": 1, "运维服务": 3, "研发设计": 1},
        app_inds={"石化化工": 7, "医药": 1.2, "轻工": 1, "建材": 0.8}, killer_dau=2860, killer_income=38.62,
        cloud=286.50, cap=1800.00, data=1124.64, models=312, model_users=486, speed="秒级（每TB数据聚合分析约4.8秒）",
        ms=1536, devs=8640, reg=3260, served=2418, paid=796,
        user_inds={"石化化工": 6, "医药": 1, "轻工": 1, "建材": 1, "其他": 0.8},
        user_regions={"上海": 5, "江苏": 2, "浙江": 2, "安徽": 1, "山东": 1}, orders=21460, trade_growth=15.36,
        subs=6420, subs_amount=2864.30, util=81.25, domestic=88.40, factories=9, parks=11, solutions=42, listed=True,
        om_down=17.62, energy_down=8.94, safety_up=23.18, indices=4, patents=48, copyrights=67, awards=7, jobs=520,
        social=21.36, open_data="开放API接口212个、化工行业数据集12个、安全生产知识库1个", partners=12))
    v = p.v
    v["平台订单数量(近一年总量)（个）"] = {"2023年自然年": 21460, "截至填表日前一年": 22318}
    p.form_cell["平台订单数量(近一年总量)（个）"] = "2023年自然年：21460个；截至填表日前一年：22318个"
    p.form_cell["部署方式"] = "□边缘侧  ☑私有云  ☑公有云  ☑混合云  □其他部署方式"
    identity(p, 1, "行业型工业互联网平台", "私有云、公有云、混合云")
    default_texts(p, "化工行业", "行业型工业互联网平台", "安全生产、节能降碳与供应链协同")
    p.form_cell["平台是否服务上海智能工厂，数量"] = f"是，共{v['平台是否服务上海智能工厂，数量']}家（华谊新材料、上海氯碱化工等）"
    old_rd = 1286.40
    old_int = r2(old_rd / v["平台相关营业收入（万元）"] * 100)
    new_int = v["平台相关研发投入强度（%）"]
    for k in ("平台相关营业收入（万元）", "平台近三年经营指标情况", "平台相关研发投入（万元）", "平台利润率（%）", "投资回报率（%）"):
        p.proof[k] = "附件3-1 审计报告第5页"
    p.proof["平台相关研发投入（万元）"] = "附件3-1 审计报告第5页；补正材料 更正说明"
    p.proof["连接的工业设备/产品/产线种类及数量（台/套）"] = "附件3-2 第1页"
    p.proof["平台核心软硬件技术获得的专利数量（项）"] = "附件3-4 专利页"
    p.proof["平台核心软硬件技术获得的软著数量（个）"] = "附件3-4 软著页"
    p.proof["平台获得省部级及以上奖项/荣誉数量（个）"] = "附件3-5"
    p.proof["注册企业用户数（个）"] = "附件3-3 截图"

    F = []
    ev = "证明材料/"
    # --- evidence
    rel = ev + "附件3-1 2023年度审计报告（含平台业务专项说明）.pdf"
    F += D.audit_report(p, root / rel, rel, "立信中联会计师事务所（特殊普通合伙）上海分所", "立信中联沪审字〔2024〕第A0318号",
                        dict(rev=v["_rev"], rd=v["平台相关研发投入（万元）"], profit=v["_profit"], cost=8760.42), "2024年4月18日", seed=11)
    rel = ev + "附件3-2 平台接入设备统计表（截至2024年6月30日）.pdf"
    cur = D.dev_vals(v)
    older = scale_dev(cur, 0.873, random.Random(5))
    F += D.device_pdf(p, root / rel, rel, "2024年6月30日", cur, "化工行业工业互联网平台接入设备统计表", older=older, older_cutoff="2023年12月31日")
    rel = ev + "附件3-3 平台运行截图-总览.png"
    F += D.screenshot_png(p, root / rel, rel, "华谊化工工业互联网平台 · 运营总览", [
        ("接入设备（台/套）", ci(v["连接的工业设备/产品/产线种类及数量（台/套）"]), "连接的工业设备/产品/产线种类及数量（台/套）", "台/套", v["连接的工业设备/产品/产线种类及数量（台/套）"]),
        ("注册企业（家）", ci(v["注册企业用户数（个）"]), "注册企业用户数（个）", "家", v["注册企业用户数（个）"]),
        ("服务企业（家）", ci(v["实际服务企业数（个）"]), "实际服务企业数（个）", "家", v["实际服务企业数（个）"]),
        ("工业APP（个）", str(v["工业APP数量（个）"]), "工业APP数量（个）", "个", v["工业APP数量（个）"]),
        ("机理模型（个）", str(v["工业机理模型数量（个）"]), "工业机理模型数量（个）", "个", v["工业机理模型数量（个）"]),
        ("今日在线设备", "10,962", "", "", None)], "数据更新：2024-07-22 10:31:07", seed=21, accent=(0, 102, 153))
    rel = ev + "附件3-3 平台运行截图-开发者与微服务.png"
    F += D.screenshot_png(p, root / rel, rel, "开发者中心 · 微服务治理", [
        ("微服务总数", ci(v["微服务数量（个）"]), "微服务数量（个）", "个", v["微服务数量（个）"]),
        ("活跃微服务（周调用≥5次）", ci(v["活跃微服务数量（一周调用5次以上）（个）"]), "活跃微服务数量（一周调用5次以上）（个）", "个", v["活跃微服务数量（一周调用5次以上）（个）"]),
        ("注册开发者", ci(v["开发者注册总数（个）"]), "开发者注册总数（个）", "个", v["开发者注册总数（个）"])],
        "截图时间：2024-07-22 10:36", seed=22, accent=(0, 102, 153))
    rel = ev + "附件3-4 知识产权清单.xlsx"
    F += D.ip_xlsx(p, root / rel, rel, v["平台核心软硬件技术获得的专利数量（项）"], v["平台核心软硬件技术获得的软著数量（个）"], seed=31)
    rel = ev + "附件3-5 省部级及以上荣誉清单.pdf"
    F += D.award_pdf(p, root / rel, rel, v["平台获得省部级及以上奖项/荣誉数量（个）"])

    seal = L.seal(p.company["name"], seed=1)
    # --- 更正说明 (stamped, dated) — legitimately replaces the old R&D figure
    D.correction_pdf(p, root / "补正材料/更正说明（盖章）.pdf", 41, "关于申报表部分数据的更正说明",
                     f"我单位于2024年7月19日报送的《上海市工业互联网平台应用水平评价申报表》（{p.company['platform']}）经预审发现以下笔误，现予更正：",
                     [f"1.“平台相关研发投入（万元）”原填报{c2(old_rd)}万元，现更正为{c2(v['平台相关研发投入（万元）'])}万元（数字录入时第二、三位颠倒，以审计报告平台业务专项说明为准）；",
                      f"2.“平台相关研发投入强度（%）”相应由{n2(old_int)}%更正为{n2(new_int)}%。",
                      "更正后的申报表（修订稿）、平台基本情况汇总表及申报书修订页随本说明一并报送，原申报表作废。"],
                     table={"rows": [["指标", "调整前", "调整后", "依据"],
                                     ["平台相关研发投入（万元）", c2(old_rd), c2(v["平台相关研发投入（万元）"]), "审计报告第5页"],
                                     ["平台相关研发投入强度（%）", n2(old_int), n2(new_int), "按填报指引公式重算"]],
                            "widths": [55, 30, 30, 45], "right": (1, 2)},
                     seal_img=seal, date="2024年7月29日")
    # --- 申报表: superseded v1 (作废) + revised + stamped scan of the revised
    import copy
    p_old = copy.deepcopy(p)
    p_old.v["平台相关研发投入（万元）"] = old_rd
    p_old.v["平台相关研发投入强度（%）"] = old_int
    D.form_docx(p_old, root / "历史版本（作废）/附件2 申报表_v1（作废）.docx", header="作废 —— 已由2024年7月29日修订稿替代",
                header_color=(200, 0, 0), title_note="（2024年7月19日报送稿）", date="2024年7月19日")
    D.form_docx(p, root / "附件2 申报表（修订稿）.docx", header="修订稿（2024年7月29日）", date="2024年7月29日")
    D.form_scan(p, root / "附件2 申报表（修订稿）盖章扫描件.pdf", 51, seal, date="2024年7月29日")
    D.contact_docx(p, root / "附件1 联系人信息反馈表.docx")
    D.summary_xlsx(p, root / "附件4 平台基本情况汇总表（修订）.xlsx", 1)
    D.commitment(p, root / "附件5 真实性承诺（盖章）.pdf", 61, seal, date="2024年7月19日")
    atts = [("附件3-1 2023年度审计报告（含平台业务专项说明）", "第1-5页"), ("附件3-2 平台接入设备统计表（截至2024年6月30日）", "第1-2页"),
            ("附件3-3 平台运行截图", "2张"), ("附件3-4 知识产权清单", "专利、软著各1页"), ("附件3-5 省部级及以上荣誉清单", "第1页"),
            ("补正材料：更正说明", "第1页")]
    blocks = book_blocks(p, 1, True, {
        "title": "修订说明",
        "intro": "根据区经委预审意见，本申报书对以下内容进行了修订，修订章节已在标题后标注【修订页】：",
        "rows": [["二、平台建设及运营情况", f"平台相关研发投入原填报{c2(old_rd)}万元更正为{c2(v['平台相关研发投入（万元）'])}万元，研发投入强度由{n2(old_int)}%更正为{n2(new_int)}%", "{p:二}"],
                 ["六、附件及其他说明材料", "增列补正材料“更正说明”，设备统计表更新至2024年6月30日口径", "{p:六}"]],
        "sections": ("二", "六")}, atts, "化工行业", "某央企化工工业互联网平台", include7=True)
    D.render_book(blocks, root / "附件3 申报书（修订稿）.pdf", "pdf", header="化工行业工业互联网平台 申报书（修订稿）")
    files = {
        "附件1 联系人信息反馈表.docx": "联系人表",
        "附件2 申报表（修订稿）.docx": "申报表",
        "附件2 申报表（修订稿）盖章扫描件.pdf": "申报表扫描件",
        "历史版本（作废）/附件2 申报表_v1（作废）.docx": "evidence:other",
        "附件3 申报书（修订稿）.pdf": "申报书",
        "附件4 平台基本情况汇总表（修订）.xlsx": "汇总表",
        "附件5 真实性承诺（盖章）.pdf": "承诺",
        "补正材料/更正说明（盖章）.pdf": "evidence:other",
        "证明材料/附件3-1 2023年度审计报告（含平台业务专项说明）.pdf": "evidence:audit_report",
        "证明材料/附件3-2 平台接入设备统计表（截至2024年6月30日）.pdf": "evidence:device_list",
        "证明材料/附件3-3 平台运行截图-总览.png": "evidence:screenshot",
        "证明材料/附件3-3 平台运行截图-开发者与微服务.png": "evidence:screenshot",
        "证明材料/附件3-4 知识产权清单.xlsx": "evidence:patent_list",
        "证明材料/附件3-5 省部级及以上荣誉清单.pdf": "evidence:award_list",
    }
    write_truth(pid, "序号1 华谊化工行业工业互联网平台，干净包（修订后）：盖章更正说明把研发投入1286.40更正为1268.40（强度10.71→10.56），"
                     "修订稿申报表/扫描件/汇总表/审计报告均为更正后数值；作废的v1申报表保留在“历史版本（作废）”；申报书前置修订说明表引用旧值；"
                     "设备统计表第1页为2024-06-30口径（申报值），第2页为2023年末参考口径；订单两种口径；2023参评含第七章。",
                {"list_no": 1, "listed_name": "化工行业工业互联网平台", "company": "上海华谊集团股份有限公司",
                 "declared_name": "化工行业工业互联网平台", "participated_2023": True},
                ["revision:更正说明(scan,stamped,dated)", "superseded:v1申报表(作废 header) kept", "form:docx(修订稿 header)+stamped_scan",
                 "book:pdf+修订说明表+【修订页】", "summary:xlsx-vertical", "commitment:scan", "audit:text,元", "device:two cut-offs in one pdf",
                 "screenshots:png", "ip:xlsx", "awards:pdf", "orders:two readings", "section7"],
                files, p, F, [], [p.company["password"]])


# =====================================================================================
# h27_laiyifen — 序号10; revenue corrected by an unstamped, undated 更正说明; 汇总表 not updated; 强度 not recomputed
# =====================================================================================
def build_laiyifen():
    pid = "h27_laiyifen_problems"
    root = OUT / pid
    p = Pkg(202)
    p.company = company(
        name="上海来伊份股份有限公司", platform="来伊份合作伙伴共创平台", short="来伊份", code="LYF", uscc="91310000785215366N",
        founded="2002年9月", district="上海市松江区", type="股份有限公司（上市）", capital="33,689.4万元",
        business="休闲食品的研发、采购、生产加工与零售", legal="郁瑞芬", contact="黄振宇", title="供应链数字化中心总监",
        phone="13901862437", email="huangzy@laiyifen-partner.example.com", contact2="陆婷", title2="平台产品经理",
        phone2="13816620593", email2="lut@laiyifen-partner.example.com", equity="上海爱屋企业管理有限公司等",
        fin=["486,215.40", "397,806.62", "-8.42", "47.36", "6,318.25", "12,406.81"],
        fin_yuan={"ca": 2_381_622_015, "nca": 2_480_531_977, "liab": 2_302_661_108, "rev": 3_978_066_204,
                  "rev_prev": 4_343_811_550, "rd": 41_208_663, "profit": 63_182_540},
        build_period="2020年6月至2023年12月", build_summary="2020.06-2023.12",
        url="https://partner.laiyifen.example.com", account="pingshen2024", password="Lyf#2024Eval",
        venue="上海市松江区九亭镇九新公路855号来伊份总部大楼3楼多功能厅", sys="来伊份合作伙伴共创平台·工厂协同中心",
        cpa="杨帆、吴蕾", district_office="松江区经济委员会、上海市工业互联网平台应用水平评价工作组")
    new_rev, old_rev = 5863.20, 6182.40
    fill_numbers(p, dict(
        build=5860.00, rev={2020: 3720.16, 2021: 4312.58, 2022: 5026.37, 2023: new_rev}, rd=612.35, profit=486.20,
        team=128, ops=74, dev=9640, pub_dev=6210, daily=4518,
        dev_cats={"轻工设备": 7, "物流设备": 2, "仪器仪表": 1.5, "动力设备": 1, "其他": 0.6},
        regions={"上海": 3, "江苏": 2.5, "浙江": 2, "安徽": 1.2, "福建": 1, "山东": 0.9, "河南": 0.7, "四川": 0.5},
        overseas={}, protocols=64, app=128,
        app_cats={"质量管控": 3, "供应链管理": 4, "生产制造": 3, "仓储物流": 2, "运营管理": 2, "安全生产": 1, "节能减排": 1},
        app_inds={"食品": 8, "轻工": 1.5, "服务业": 1}, killer_dau=1186, killer_income=21.48,
        cloud=96.00, cap=640.00, data=352.96, models=118, model_users=214, speed="秒级（每TB订单与质检数据分析约6.5秒）",
        ms=486, devs=1860, reg=1426, served=1108, paid=402,
        user_inds={"食品": 8, "轻工": 2, "服务业": 1},
        user_regions={"上海": 3, "江苏": 2.5, "浙江": 2, "安徽": 1.2, "福建": 1, "山东": 0.9}, orders=38620, trade_growth=18.42,
        subs=3260, subs_amount=968.50, util=76.30, domestic=82.60, factories=2, parks=4, solutions=18, listed=True,
        om_down=12.36, energy_down=7.18, safety_up=14.52, indices=3, patents=16, copyrights=42, awards=4, jobs=236,
        social=18.72, open_data="开放API接口96个、食品质量追溯数据集3个、供应商评价报告模板8类", partners=6,
        carbon=False))
    v = p.v
    v["海外设备连接数量（台/套）"] = 0
    p.form_cell["海外设备连接数量（台/套）"] = "0"
    p.form_cell["按海外国家分类统计海外设备连接数量（台/套）"] = "无"
    p.truth_value["按海外国家分类统计海外设备连接数量（台/套）"] = "无"
    p.truth_norm["按海外国家分类统计海外设备连接数量（台/套）"] = None
    p.form_cell["部署方式"] = "□边缘侧  □私有云  ☑公有云  ☑混合云  □其他部署方式"
    p.form_cell["IaaS"] = "□自建  ☑租用，服务商名称（必填）：阿里云计算有限公司"
    identity(p, 10, "行业型工业互联网平台", "公有云、混合云")
    default_texts(p, "休闲食品行业", "行业型工业互联网平台", "合作伙伴工厂协同制造、质量追溯与供应链计划协同",
                  {"yn:平台是否具备碳管理服务能力": "否"})
    # values the 更正说明 replaced; 研发投入强度 left as computed on the old revenue
    old_growth = r2((old_rev / 5026.37 - 1) * 100)
    old_margin = r2(v["_profit"] / old_rev * 100)
    stale_int = r2(v["平台相关研发投入（万元）"] / old_rev * 100)
    right_int = v["平台相关研发投入强度（%）"]
    v["平台相关研发投入强度（%）"] = stale_int
    for k in ("平台相关营业收入（万元）", "平台近三年经营指标情况", "平台相关研发投入（万元）", "平台利润率（%）"):
        p.proof[k] = "佐证材料1 审计报告P5"
    p.proof["连接的工业设备/产品/产线种类及数量（台/套）"] = "佐证材料2 设备清单"

    F = []
    ev = "佐证材料/"
    rel = ev + "1_2023年度审计报告.pdf"
    F += D.audit_report(p, root / rel, rel, "众华会计师事务所（特殊普通合伙）", "众会字（2024）第03562号",
                        dict(rev=v["_rev"], rd=v["平台相关研发投入（万元）"], profit=v["_profit"], cost=4218.66), "2024年4月22日", seed=12,
                        platform_title="业务收入及研发投入专项说明")
    rel = ev + "2_合作伙伴工厂设备接入清单.xlsx"
    F += D.device_xlsx(p, root / rel, rel, "2024年6月30日", D.dev_vals(v))
    rel = ev + "3_平台运营看板截图.png"
    F += D.screenshot_png(p, root / rel, rel, "来伊份合作伙伴共创平台 · 运营看板", [
        ("合作工厂设备（台/套）", ci(v["连接的工业设备/产品/产线种类及数量（台/套）"]), "连接的工业设备/产品/产线种类及数量（台/套）", "台/套", v["连接的工业设备/产品/产线种类及数量（台/套）"]),
        ("入驻合作伙伴（家）", ci(v["注册企业用户数（个）"]), "注册企业用户数（个）", "家", v["注册企业用户数（个）"]),
        ("应用数量", str(v["工业APP数量（个）"]), "工业APP数量（个）", "个", v["工业APP数量（个）"]),
        ("质量/工艺模型", str(v["工业机理模型数量（个）"]), "工业机理模型数量（个）", "个", v["工业机理模型数量（个）"]),
        ("近一年订单", "3.86万", "", "", None)], "统计截至 2024-06-30 24:00", seed=23, accent=(196, 30, 58))
    rel = ev + "4_供应商协同门户截图.png"
    F += D.screenshot_png(p, root / rel, rel, "供应商协同门户 · 开发者与服务", [
        ("微服务", ci(v["微服务数量（个）"]), "微服务数量（个）", "个", v["微服务数量（个）"]),
        ("开发者账号", ci(v["开发者注册总数（个）"]), "开发者注册总数（个）", "个", v["开发者注册总数（个）"]),
        ("付费合作伙伴（家）", ci(v["付费企业数（个）"]), "付费企业数（个）", "家", v["付费企业数（个）"])],
        "2024-07-02 15:20:44", seed=24, accent=(196, 30, 58))
    rel = ev + "5_知识产权清单.pdf"
    F += D.ip_pdf(p, root / rel, rel, v["平台核心软硬件技术获得的专利数量（项）"], v["平台核心软硬件技术获得的软著数量（个）"], seed=32,
                  title_pat="一、授权专利（共{n}项）", title_sw="二、计算机软件著作权（共{n}项）", sw_on_new_page=False)
    rel = ev + "6_省部级以上荣誉.xlsx"
    F += D.award_xlsx(p, root / rel, rel, v["平台获得省部级及以上奖项/荣誉数量（个）"])

    seal = L.seal(p.company["name"], seed=2)
    # 更正说明: no seal, date left blank
    D.correction_pdf(p, root / "06_更正说明.pdf", 42, "更正说明",
                     "经核对2023年度审计报告平台业务收入及研发投入专项说明，我单位申报表中平台营业收入误将合作伙伴代采货款口径计入，现更正如下：",
                     [f"“平台相关营业收入（万元）”原填报{c2(old_rev)}万元，现更正为{c2(new_rev)}万元；",
                      f"“平台近三年经营指标情况”中2023年平台营收相应更正为{c2(new_rev)}万元，增长率由{n2(old_growth)}%更正为{n2(v['_growth'][2023])}%；",
                      f"“平台利润率（%）”由{n2(old_margin)}%更正为{n2(v['平台利润率（%）'])}%。"],
                     table={"rows": [["指标", "调整前", "调整后"],
                                     ["平台相关营业收入（万元）", c2(old_rev), c2(new_rev)],
                                     ["2023年平台营收增长率（%）", n2(old_growth), n2(v["_growth"][2023])],
                                     ["平台利润率（%）", n2(old_margin), n2(v["平台利润率（%）"])]],
                            "widths": [70, 40, 40], "right": (1, 2)},
                     seal_img=None, date=None)
    D.form_xlsx(p, root / "02_申报表-最终版.xlsx", banner="最终版（已按更正说明修改）")
    D.form_scan(p, root / "02_申报表-盖章版.pdf", 52, seal, date="2024年7月30日")
    D.contact_docx(p, root / "01_联系人信息反馈表.docx")
    rv_old = dict(v["_rev"])
    rv_old[2023] = old_rev
    old_rows = {"平台相关营业收入（万元）": n2(old_rev),
                "平台近三年经营指标情况": "；".join([f"2021年平台营收{n2(rv_old[2021])}万元/增长率{n2(v['_growth'][2021])}%",
                                            f"2022年平台营收{n2(rv_old[2022])}万元/增长率{n2(v['_growth'][2022])}%",
                                            f"2023年平台营收{n2(old_rev)}万元/增长率{n2(old_growth)}%"]),
                "平台利润率（%）": n2(v["平台利润率（%）"])}
    D.summary_docx(p, root / "04_平台基本情况汇总表.docx", 10, overrides=old_rows)
    D.commitment(p, root / "05_真实性承诺（盖章）.pdf", 62, seal, date="2024年7月18日")
    atts = [("1_2023年度审计报告", "P1-P5"), ("2_合作伙伴工厂设备接入清单", "2个工作表"), ("3_平台运营看板截图", "1张"),
            ("4_供应商协同门户截图", "1张"), ("5_知识产权清单", "P1"), ("6_省部级以上荣誉", "1个工作表"), ("06_更正说明", "1页")]
    sec2 = [("p", [("（修订）2023年平台相关营业收入由", {}), (c2(old_rev), {"strike": True, "color": (200, 0, 0)}), ("万元更正为", {}),
                   (c2(new_rev), {"color": (200, 0, 0), "bold": True}), ("万元，平台利润率由", {}),
                   (n2(old_margin), {"strike": True, "color": (200, 0, 0)}), ("%更正为", {}), (n2(v["平台利润率（%）"]), {"color": (200, 0, 0), "bold": True}),
                   ("%。", {}), ("【批注：依据审计报告专项说明P5更正，剔除代采货款——财务部 陈洁 7/30】", {"color": (0, 90, 200)})])]
    sec3 = [("p", f"2023年，平台实现营业收入{c2(old_rev)}万元，同比增长{n2(old_growth)}%，带动合作伙伴工厂运维成本平均下降"
                  f"{n2(v['平台连接工业设备运维成本平均下降率（%）'])}%、能耗平均下降{n2(v['平台连接工业设备能耗平均下降率（%）'])}%。")]
    blocks = book_blocks(p, 10, False, {
        "title": "修订说明", "intro": "根据预审反馈意见，本申报书修订情况如下（修订内容以红色标注）：",
        "rows": [["二、平台建设及运营情况", f"平台相关营业收入由{c2(old_rev)}万元更正为{c2(new_rev)}万元，利润率同步更正", "{p:二}"],
                 ["六、附件及其他说明材料", "增加06_更正说明", "{p:六}"]], "sections": ("二", "六")},
        atts, "休闲食品行业", "某头部食品企业供应链协同平台", section3_override=sec3, extra_section2=sec2)
    D.render_book(blocks, root / "03_申报书（修订）.docx", "docx", header="修订稿")
    files = {
        "01_联系人信息反馈表.docx": "联系人表",
        "02_申报表-最终版.xlsx": "申报表",
        "02_申报表-盖章版.pdf": "申报表扫描件",
        "03_申报书（修订）.docx": "申报书",
        "04_平台基本情况汇总表.docx": "汇总表",
        "05_真实性承诺（盖章）.pdf": "承诺",
        "06_更正说明.pdf": "evidence:other",
        "佐证材料/1_2023年度审计报告.pdf": "evidence:audit_report",
        "佐证材料/2_合作伙伴工厂设备接入清单.xlsx": "evidence:device_list",
        "佐证材料/3_平台运营看板截图.png": "evidence:screenshot",
        "佐证材料/4_供应商协同门户截图.png": "evidence:screenshot",
        "佐证材料/5_知识产权清单.pdf": "evidence:patent_list",
        "佐证材料/6_省部级以上荣誉.xlsx": "evidence:award_list",
    }
    form, summ, corr, book = "02_申报表-最终版.xlsx", "04_平台基本情况汇总表.docx", "06_更正说明.pdf", "03_申报书（修订）.docx"
    P = [
        prob(pid, 1, "summary_vs_form", ["平台相关营业收入（万元）", "平台近三年经营指标情况"], [summ, form], "error",
             f"汇总表仍为更正前数值：平台相关营业收入 {n2(old_rev)}、2023年平台营收 {n2(old_rev)}万元/增长率{n2(old_growth)}%；"
             f"申报表（最终版）及更正说明为 {n2(new_rev)}万元/增长率{n2(v['_growth'][2023])}%"),
        prob(pid, 2, "formula", ["平台相关研发投入强度（%）", "平台相关研发投入（万元）", "平台相关营业收入（万元）"], [form], "error",
             f"平台相关研发投入强度（%）仍填 {n2(stale_int)}（按更正前营收{c2(old_rev)}计算）；按填报指引公式 {n2(v['平台相关研发投入（万元）'])} ÷ {n2(new_rev)} × 100% 应为 {n2(right_int)}"),
        prob(pid, 3, "missing_proof", ["平台相关营业收入（万元）", "平台利润率（%）"], [corr], "warning",
             "更正说明既未加盖申报单位公章，落款日期也为空白（“日期：　年　月　日”），作为更正依据不完整（通知要求电子版附盖章扫描件）"),
        prob(pid, 4, "narrative_vs_form", ["平台相关营业收入（万元）"], [book, form], "warning",
             f"申报书第三章（未列入修订说明）仍写“2023年，平台实现营业收入{c2(old_rev)}万元，同比增长{n2(old_growth)}%”，与更正后的申报表 {c2(new_rev)}万元不一致"),
    ]
    write_truth(pid, "序号10 来伊份合作伙伴共创平台：未盖章未落日期的更正说明把平台营收6182.40更正为5863.20（增长率、利润率同步更正），"
                     "但研发投入强度未重算、汇总表仍为旧值、申报书第三章仍引用旧营收；申报表为XLSX最终版+一致的盖章扫描件，申报书DOCX含修订说明表、红色删除线与括号批注。",
                {"list_no": 10, "listed_name": "来伊份合作伙伴共创平台", "company": "上海来伊份股份有限公司",
                 "declared_name": "来伊份合作伙伴共创平台", "participated_2023": False},
                ["revision:更正说明(scan,unstamped,undated,调整前|调整后)", "form:xlsx(最终版 banner)+stamped_scan", "book:docx+修订说明+strike runs+批注",
                 "summary:docx(stale values)", "commitment:scan", "audit:text,元", "device:xlsx", "screenshots:png", "ip:pdf(one page)",
                 "awards:xlsx", "no_overseas(无)", "iaas:租用(named)"],
                files, p, F, P, [p.company["password"]])


# =====================================================================================
# h27_onepower — 序号21; re-issued audit report, two device exports, scan disagreeing with the corrected form
# =====================================================================================
def build_onepower():
    pid = "h27_onepower_problems"
    root = OUT / pid
    p = Pkg(303)
    p.company = company(
        name="中移（上海）信息通信科技有限公司", platform="中国移动OnePower工业互联网平台", short="中移上研", code="CMSR",
        uscc="91310115MA1H8XQ72K", founded="2017年6月", district="上海市浦东新区", type="有限责任公司（非自然人投资或控股的法人独资）",
        capital="100,000万元", business="工业互联网平台、5G行业应用、信息技术服务", legal="钱岩", contact="马骁", title="工业互联网产品部总经理",
        phone="13918806231", email="maxiao@onepower.example.com", contact2="孔令瑶", title2="平台运营经理", phone2="13764228051",
        email2="kongly@onepower.example.com", equity="中国移动通信有限公司持股100%",
        fin=["1,286,430.18", "682,115.40", "12.36", "41.08", "52,318.66", "18,406.22"],
        fin_yuan={"ca": 7_402_318_664, "nca": 5_461_983_120, "liab": 5_284_602_316, "rev": 6_821_154_018,
                  "rev_prev": 6_070_870_411, "rd": 1_106_420_885, "profit": 523_186_601},
        build_period="2020年1月至2023年12月", build_summary="2020.01-2023.12",
        url="https://onepower.example.com", account="review_sheitc", password="OP!2024pingjia",
        venue="上海市浦东新区金科路2889弄长泰广场C座9楼OnePower展示中心", sys="OnePower设备接入管理平台",
        cpa="刘畅、郑文", district_office="浦东新区科技和经济委员会、上海市工业互联网平台应用水平评价工作组")
    fill_numbers(p, dict(
        build=48600.00, rev={2020: 21860.40, 2021: 26318.72, 2022: 31245.08, 2023: 36872.56}, rd=5218.60, profit=3516.88,
        team=612, ops=398, dev=186420, pub_dev=121860, daily=96340,
        dev_cats={"电力设备": 4, "机床": 3, "机器人": 2, "电工、电子设备": 3, "动力设备": 2, "冶炼设备": 1, "工程机械": 1, "物流设备": 1.2, "其他": 0.8},
        regions={"上海": 5, "江苏": 3, "浙江": 2.6, "广东": 2, "山东": 1.6, "湖北": 1.2, "四川": 1, "重庆": 0.8, "河南": 0.8, "安徽": 0.7},
        overseas={"泰国Thailand": 812, "马来西亚Malaysia": 506}, protocols=386, app=1248,
        app_cats={"安全生产": 2, "节能减排": 2, "质量管控": 3, "供应链管理": 1.5, "研发设计": 1, "生产制造": 4, "运营管理": 2, "仓储物流": 1, "运维服务": 3},
        app_inds={"机械": 4, "电子": 3, "汽车": 2, "石化化工": 1, "电力、热力和燃气": 1.5, "轻工": 1, "建材": 0.6, "船舶": 0.5},
        killer_dau=12680, killer_income=168.35, cloud=1280.00, cap=12000.00, data=7416.80, models=986, model_users=2380,
        speed="毫秒级（每TB时序数据查询平均约860毫秒）", ms=4620, devs=36500, reg=9860, served=6280, paid=2136,
        user_inds={"机械": 4, "电子": 3, "汽车": 2, "石化化工": 1, "电力、热力和燃气": 1.2, "轻工": 1, "其他": 0.8},
        user_regions={"上海": 4, "江苏": 2, "浙江": 2, "广东": 1.5, "山东": 1, "湖北": 0.8, "四川": 0.7}, orders=126400, trade_growth=21.06,
        subs=28640, subs_amount=15862.40, util=84.16, domestic=91.30, factories=23, parks=36, solutions=128, listed=False,
        om_down=19.84, energy_down=11.26, safety_up=26.40, indices=8, patents=126, copyrights=214, awards=11, jobs=1860,
        social=17.92, open_data="开放API接口1,126个、5G工业数据集24个、行业模型组件186个", partners=31))
    v = p.v
    # 钢铁 weight 0 was a slip above: drop zero keys
    for k in ("按行业统计工业APP数量（个）", "按行业统计公有云工业APP平均日活跃数量（个）"):
        v[k] = {a: b for a, b in v[k].items() if b}
        assert sum(v[k].values()) == (v["工业APP数量（个）"] if k.startswith("按行业统计工业") else v["公有云工业APP平均日活跃数量（个）"])
    p.form_cell["部署方式"] = "☑边缘侧  ☑私有云  ☑公有云  ☑混合云  □其他部署方式"
    identity(p, 21, "跨行业跨领域工业互联网平台", "边缘侧、私有云、公有云、混合云", op_mode="联合运营")
    p.form_cell["平台运营模式"] = "□自运营  ☑联合运营  □委托运营"
    p.form_cell["平台名称"] = "中国移动OnePower工业互联网平台"
    default_texts(p, "电子、机械、汽车等多个行业", "跨行业跨领域工业互联网平台", "5G+工业互联网融合应用与工业PaaS能力开放")
    # two device exports: declared total from 2024-03-31, category split copied from the 2023-12-31 export
    cur = D.dev_vals(v)
    year_end = scale_dev(cur, 0.9262, random.Random(9))
    v["按二级分类统计工业设备数量（台/套）"] = dict(year_end["cats"])
    cat_sum = sum(year_end["cats"].values())
    # 实际服务企业数 corrected 6820 → 6280 (breakdowns already on 6280)
    old_served = 6820
    red = (200, 0, 0)
    cell_runs = {
        "实际服务企业数（个）": [("6820", {"strike": True, "color": red}), (" 6280", {"bold": True}),
                         ("【批注：剔除平台配套商及仅注册未使用企业540家，见补正材料说明——运营部 孔令瑶】", {"color": (0, 90, 200)})],
        "有否定期开展第三方安全测试/测评": [("是", {}), ("【批注：第三方测评周期待安全部确认后补充——马骁 7/25】", {"color": (0, 90, 200)})],
    }
    p.truth_value["有否定期开展第三方安全测试/测评"] = "是"
    p.truth_norm["有否定期开展第三方安全测试/测评"] = True
    p.text["yn:有否定期开展第三方安全测试/测评"] = "是【批注：第三方测评周期待安全部确认后补充——马骁 7/25】"
    for k in ("平台相关营业收入（万元）", "平台近三年经营指标情况", "平台相关研发投入（万元）", "平台利润率（%）", "投资回报率（%）"):
        p.proof[k] = "证明材料01 平台业务专项审计报告 第5页"
    p.proof["连接的工业设备/产品/产线种类及数量（台/套）"] = "证明材料02 接入设备清单（截至2024年3月31日）"
    p.proof["按二级分类统计工业设备数量（台/套）"] = "证明材料02 接入设备清单"

    F = []
    ev = "附件3-证明材料/"
    seal = L.seal(p.company["name"], seed=3)
    aud_seal = L.seal("天职国际会计师事务所", seed=33, bottom="")
    old_no = "天职业字〔2024〕第18627号"
    new_no = "天职业字〔2024〕第31542号"
    rel_old = ev + "01 平台业务专项审计报告（天职业字〔2024〕第18627号）.pdf"
    D.audit_report(p, root / rel_old, rel_old, "天职国际会计师事务所（特殊普通合伙）上海分所", old_no,
                   dict(rev=v["_rev"], rd=5218.60, profit=v["_profit"], cost=27486.10), "2024年4月26日", seed=13, emit=False)
    audited_rd = 4862.35
    rel = ev + "01-1 平台业务专项审计报告（重新出具）.pdf"
    F += D.audit_report(p, root / rel, rel, "天职国际会计师事务所（特殊普通合伙）上海分所", new_no,
                        dict(rev=v["_rev"], rd=audited_rd, profit=v["_profit"], cost=27486.10), "2024年7月24日",
                        replaces=f"本报告替代我所于2024年4月26日出具的{old_no}《平台业务专项审计报告》，原报告自本报告出具之日起作废。"
                                 "重新出具原因：原报告平台相关研发投入包含5G网络建设类研发项目，经复核调出。",
                        scan_seed=71, seal_img=aud_seal, seed=13)
    rel = ev + "02 接入设备清单_截至20231231.xlsx"
    D.device_xlsx(p, root / rel, rel, "2023年12月31日", year_end, emit=False)
    rel = ev + "02 接入设备清单_截至20240331.xlsx"
    F += D.device_xlsx(p, root / rel, rel, "2024年3月31日", cur)
    rel = ev + "03 平台运行截图.pdf"
    F += D.screenshots_pdf(p, root / rel, rel, [
        {"title": "OnePower工业互联网平台 · 运营驾驶舱", "stamp": "数据时间 2024-07-15 09:12", "path": "/cockpit", "accent": (0, 122, 204),
         "tiles": [("连接设备", "18.64万", "连接的工业设备/产品/产线种类及数量（台/套）", "台/套", 186400),
                   ("注册企业", ci(v["注册企业用户数（个）"]), "注册企业用户数（个）", "家", v["注册企业用户数（个）"]),
                   ("工业APP", ci(v["工业APP数量（个）"]), "工业APP数量（个）", "个", v["工业APP数量（个）"]),
                   ("工业机理模型", str(v["工业机理模型数量（个）"]), "工业机理模型数量（个）", "个", v["工业机理模型数量（个）"]),
                   ("5G专网连接", "3,862", "", "", None)]},
        {"title": "OnePower PaaS · 微服务与开发者", "stamp": "数据时间 2024-07-15 09:20", "path": "/paas", "accent": (0, 122, 204),
         "tiles": [("微服务", ci(v["微服务数量（个）"]), "微服务数量（个）", "个", v["微服务数量（个）"]),
                   ("活跃微服务", ci(v["活跃微服务数量（一周调用5次以上）（个）"]), "活跃微服务数量（一周调用5次以上）（个）", "个", v["活跃微服务数量（一周调用5次以上）（个）"]),
                   ("注册开发者", ci(v["开发者注册总数（个）"]), "开发者注册总数（个）", "个", v["开发者注册总数（个）"]),
                   ("活跃开发者", ci(v["活跃开发者数（个）"]), "活跃开发者数（个）", "个", v["活跃开发者数（个）"])]}], seed=25)
    rel = ev + "04 知识产权清单.pdf"
    F += D.ip_pdf(p, root / rel, rel, v["平台核心软硬件技术获得的专利数量（项）"], v["平台核心软硬件技术获得的软著数量（个）"], seed=33)
    rel = ev + "05 荣誉证书清单.xlsx"
    F += D.award_xlsx(p, root / rel, rel, v["平台获得省部级及以上奖项/荣誉数量（个）"])

    # 补正材料说明 (DOCX, the letter)
    doc = L.new_docx(size=11)
    L.para(doc, "补正材料说明", bold=True, size=16, align="center")
    L.para(doc, p.company["district_office"] + "：")
    L.para(doc, "　　根据7月23日预审反馈意见，我单位对《中国移动OnePower工业互联网平台》申报材料补正如下：")
    L.para(doc, f"　　一、“实际服务企业数（个）”原填报{old_served}个，现更正为{v['实际服务企业数（个）']}个（按填报指引剔除平台配套商及仅注册未使用企业540家），"
                "按行业、按省市区域统计服务企业数已同步调整。")
    L.para(doc, f"　　二、平台业务专项审计报告已由会计师事务所重新出具（{new_no}），替代原{old_no}报告，新报告见附件3-证明材料01-1。")
    L.para(doc, "　　三、接入设备清单补充导出截至2024年3月31日数据，申报表连接设备总数按该口径填报。")
    L.docx_table(doc, [["补正事项", "调整前", "调整后", "涉及材料"],
                       ["实际服务企业数（个）", str(old_served), str(v["实际服务企业数（个）"]), "申报表、汇总表"],
                       ["平台业务专项审计报告", old_no, new_no, "证明材料01/01-1"]])
    L.para(doc, "")
    L.para(doc, "中移（上海）信息通信科技有限公司（盖章）", align="right")
    L.para(doc, "2024年7月26日", align="right")
    L.save_docx(doc, root / "补正材料说明.docx")

    D.form_docx(p, root / "附件2 申报表（修订稿）.docx", header="修订稿", header_color=(200, 0, 0), cell_runs=cell_runs,
                date="2024年7月26日")
    D.form_scan(p, root / "附件2 申报表（修订稿）-盖章扫描.pdf", 53, seal, overrides={"实际服务企业数（个）": str(old_served),
                "有否定期开展第三方安全测试/测评": "是"}, date="2024年7月26日")
    D.contact_docx(p, root / "附件1 联系人信息反馈表.docx")
    D.summary_xlsx(p, root / "附件4 平台基本情况汇总表.xlsx", 21)
    D.commitment(p, root / "附件5 真实性承诺.pdf", 63, seal, date="2024年7月26日")
    atts = [("01 平台业务专项审计报告（原）", "P1-5"), ("01-1 平台业务专项审计报告（重新出具）", "P1-5"),
            ("02 接入设备清单（截至2023年12月31日、截至2024年3月31日）", "各2个工作表"), ("03 平台运行截图", "P1-2"),
            ("04 知识产权清单", "P1-6"), ("05 荣誉证书清单", "1个工作表")]
    blocks = book_blocks(p, 21, True, {
        "title": "修订说明（预审后补正）", "intro": "本申报书根据预审意见修订，具体如下：",
        "rows": [["三、平台应用成效", f"实际服务企业数由{old_served}家更正为{v['实际服务企业数（个）']}家", "{p:三}"],
                 ["六、附件及其他说明材料", "增加重新出具的专项审计报告、2024年3月31日设备清单", "{p:六}"],
                 ["七、平台相较上年度对比情况", "补充连接设备口径说明", "{p:七}"]], "sections": ("三", "六")},
        atts, "电子、机械、汽车等行业", "某跨行业跨领域平台")
    D.render_book(blocks, root / "附件3 申报书.docx", "docx")
    files = {
        "附件1 联系人信息反馈表.docx": "联系人表",
        "附件2 申报表（修订稿）.docx": "申报表",
        "附件2 申报表（修订稿）-盖章扫描.pdf": "申报表扫描件",
        "附件3 申报书.docx": "申报书",
        "附件4 平台基本情况汇总表.xlsx": "汇总表",
        "附件5 真实性承诺.pdf": "承诺",
        "补正材料说明.docx": "evidence:other",
        rel_old: "evidence:audit_report",
        ev + "01-1 平台业务专项审计报告（重新出具）.pdf": "evidence:audit_report",
        ev + "02 接入设备清单_截至20231231.xlsx": "evidence:device_list",
        ev + "02 接入设备清单_截至20240331.xlsx": "evidence:device_list",
        ev + "03 平台运行截图.pdf": "evidence:screenshot",
        ev + "04 知识产权清单.pdf": "evidence:patent_list",
        ev + "05 荣誉证书清单.xlsx": "evidence:award_list",
    }
    form, scan = "附件2 申报表（修订稿）.docx", "附件2 申报表（修订稿）-盖章扫描.pdf"
    P = [
        prob(pid, 1, "declared_vs_evidence", ["平台相关研发投入（万元）"], [form, ev + "01-1 平台业务专项审计报告（重新出具）.pdf", rel_old], "error",
             f"申报表平台相关研发投入 {c2(v['平台相关研发投入（万元）'])} 万元只与已被替代的原审计报告（{old_no}）一致；重新出具的报告（{new_no}，"
             f"“本报告替代…”）平台相关研发投入为 {c2(audited_rd)} 万元（扫描件第5页，以元列示）"),
        prob(pid, 2, "summary_vs_form", ["实际服务企业数（个）"], [scan, form], "warning",
             f"修订稿申报表（DOCX）实际服务企业数为 {v['实际服务企业数（个）']}（删除线划去6820），而同名“修订稿-盖章扫描”件中该项仍为 {old_served}：盖章件与电子版不一致（无专门规则族，按表间一致性归入 summary_vs_form）"),
        prob(pid, 3, "breakdown_sum", ["按二级分类统计工业设备数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"], [form, ev + "02 接入设备清单_截至20231231.xlsx"], "error",
             f"按二级分类统计工业设备数量各项之和为 {ci(cat_sum)}（取自截至2023年12月31日的旧导出清单），与连接的工业设备总数 {ci(v['连接的工业设备/产品/产线种类及数量（台/套）'])}（截至2024年3月31日口径）不一致；按省市区域统计之和与总数一致"),
        prob(pid, 4, "answer_format", ["有否定期开展第三方安全测试/测评"], [form], "warning",
             "“有否定期开展第三方安全测试/测评”只填“是”，后附括号批注“第三方测评周期待安全部确认后补充”，未按指引填写“是，定期的时间”"),
    ]
    write_truth(pid, "序号21 中国移动OnePower（2023参评，含第七章）：专项审计报告被重新出具（文号变更、“本报告替代…”），申报表研发投入仍为旧报告数；"
                     "设备总数取2024-03-31导出、二级分类取2023-12-31导出；修订稿DOCX用红色删除线更正实际服务企业数但盖章扫描件仍为旧值；"
                     "第三方测评一项只剩“是”加括号批注。",
                {"list_no": 21, "listed_name": "中国移动OnePower工业互联网平台", "company": "中移（上海）信息通信科技有限公司",
                 "declared_name": "中国移动OnePower工业互联网平台", "participated_2023": True},
                ["revision:补正材料说明(docx,调整前|调整后)", "form:docx(修订稿 header, strike runs, 【批注】)+stamped_scan(stale)",
                 "book:docx+修订说明", "summary:xlsx-vertical", "commitment:scan", "audit:superseded text pdf + re-issued scan(元)",
                 "device:two xlsx exports (20231231/20240331)", "screenshots:pdf-image (18.64万)", "ip:pdf", "awards:xlsx", "section7",
                 "op_mode:联合运营"],
                files, p, F, P, [p.company["password"]])


# =====================================================================================
# h27_waigaoqiao — 序号29; 补正材料说明 (stamped); 2022 revenue corrected but 2023 growth not; 合作共建 without partner;
# patents "补充3项" but list shows fewer; award certificates cited as 附件3-7 but absent
# =====================================================================================
def build_waigaoqiao():
    pid = "h27_waigaoqiao_problems"
    root = OUT / pid
    p = Pkg(404)
    p.company = company(
        name="上海外高桥造船有限公司", platform="外高桥船舶行业工业互联网平台", short="外高桥造船", code="SWS", uscc="91310000607388551R",
        founded="1999年10月", district="上海市浦东新区", type="有限责任公司", capital="489,486.8万元",
        business="船舶、海洋工程装备的设计与建造", legal="王琦", contact="邵文杰", title="智能制造部副部长", phone="13917352086",
        email="shaowj@sws-iiot.example.com", contact2="蒋一帆", title2="平台运营工程师", phone2="13585716624",
        email2="jiangyf@sws-iiot.example.com", equity="中国船舶集团有限公司下属单位全资控股",
        fin=["3,486,220.16", "1,962,384.55", "18.62", "72.14", "41,862.30", "22,318.04"],
        fin_yuan={"ca": 21_318_446_208, "nca": 13_543_755_390, "liab": 25_149_801_617, "rev": 19_623_845_512,
                  "rev_prev": 16_543_120_088, "rd": 702_318_446, "profit": 418_623_015},
        build_period="2020年3月至2023年12月", build_summary="2020.03-2023.12",
        url="https://iiot.sws.example.com", account="sheitc2024", password="Sws_Review#24",
        venue="上海市浦东新区洲海路3001号科技大楼5楼501会议室", sys="外高桥造船设备物联管理系统",
        cpa="韩冬、施佳", district_office="浦东新区科技和经济委员会、上海市工业互联网平台应用水平评价工作组")
    old_2022, new_2022 = 3381.75, 3218.75
    fill_numbers(p, dict(
        build=9260.00, rev={2020: 2318.46, 2021: 2746.90, 2022: new_2022, 2023: 3902.64}, rd=486.72, profit=402.18,
        team=96, ops=61, dev=14280, pub_dev=3860, daily=2712,
        dev_cats={"机床": 3, "机器人": 2.5, "交通设备": 2, "动力设备": 1.5, "物流设备": 1.5, "仪器仪表": 1, "工程机械": 1.2, "其他": 0.5},
        regions={"上海": 8, "江苏": 2.5, "浙江": 1, "山东": 0.8, "辽宁": 0.6, "大连": 0.5},
        overseas={"新加坡Singapore": 148, "希腊Greece": 66}, protocols=72, app=164,
        app_cats={"生产制造": 4, "质量管控": 2, "安全生产": 2, "仓储物流": 1.5, "运维服务": 2, "研发设计": 2, "供应链管理": 1.5, "节能减排": 1},
        app_inds={"船舶": 8, "机械": 1.5, "轨道交通": 0.6}, killer_dau=968, killer_income=12.36,
        cloud=118.00, cap=960.00, data=468.48, models=156, model_users=186, speed="秒级（每TB焊接与能耗数据分析约9秒）",
        ms=712, devs=1260, reg=1186, served=912, paid=286,
        user_inds={"船舶": 7, "机械": 2, "轨道交通": 0.5, "其他": 0.6},
        user_regions={"上海": 6, "江苏": 2.5, "浙江": 1, "山东": 0.6, "辽宁": 0.5}, orders=8460, trade_growth=14.82,
        subs=2186, subs_amount=642.80, util=73.40, domestic=86.20, factories=3, parks=2, solutions=24, listed=False,
        om_down=15.28, energy_down=9.64, safety_up=18.36, indices=2, patents=21, copyrights=38, awards=6, jobs=182,
        social=16.48, open_data="开放API接口58个、船舶中间产品数据服务5项", partners=5))
    v = p.v
    stale_g23 = r2((v["_rev"][2023] / old_2022 - 1) * 100)
    right_g23 = v["_growth"][2023]
    old_g22 = r2((old_2022 / v["_rev"][2021] - 1) * 100)
    v["_growth"][2023] = stale_g23  # declared: 2022 corrected and its rate recomputed, 2023 rate left as before
    p.form_cell["部署方式"] = "□边缘侧  ☑私有云  □公有云  ☑混合云  □其他部署方式"
    p.form_cell["平台建设方式"] = "□自建\n☑合作共建，合作企业名称（必填）：__________________"
    identity(p, 29, "行业型工业互联网平台", "私有云、混合云", build_mode="合作共建")
    default_texts(p, "船舶行业", "行业型工业互联网平台", "船舶建造全流程设备互联、焊接质量管控与分段物流协同")
    listed_pat = 19
    p.proof["平台核心软硬件技术获得的专利数量（项）"] = "附件3-4 专利清单（补充后）"
    p.proof["平台获得省部级及以上奖项/荣誉数量（个）"] = "附件3-7 荣誉证书扫描件（补充）"
    p.proof["平台近三年经营指标情况"] = "附件3-1 审计报告第5页"
    p.proof["平台相关营业收入（万元）"] = "附件3-1 审计报告第5页"
    p.proof["平台建设方式"] = "补正材料说明第2项"

    F = []
    seal = L.seal(p.company["name"], seed=4)
    aud_seal = L.seal("上会会计师事务所", seed=44)
    rel = "附件3-1 2023年度审计报告（扫描件）.pdf"
    F += D.audit_report(p, root / rel, rel, "上会会计师事务所（特殊普通合伙）", "上会师报字（2024）第4718号",
                        dict(rev=v["_rev"], rd=v["平台相关研发投入（万元）"], profit=v["_profit"], cost=2812.36), "2024年4月15日",
                        scan_seed=72, seal_img=aud_seal, seed=14)
    rel = "附件3-2 平台设备接入统计.pdf"
    F += D.device_pdf(p, root / rel, rel, "2024年6月30日", D.dev_vals(v), "外高桥船舶行业工业互联网平台设备接入统计")
    rel = "附件3-3 平台截图1-生产驾驶舱.png"
    F += D.screenshot_png(p, root / rel, rel, "外高桥造船 · 数字造船驾驶舱", [
        ("设备联网数", ci(v["连接的工业设备/产品/产线种类及数量（台/套）"]), "连接的工业设备/产品/产线种类及数量（台/套）", "台/套", v["连接的工业设备/产品/产线种类及数量（台/套）"]),
        ("平台注册企业", ci(v["注册企业用户数（个）"]), "注册企业用户数（个）", "家", v["注册企业用户数（个）"]),
        ("工业APP", str(v["工业APP数量（个）"]), "工业APP数量（个）", "个", v["工业APP数量（个）"]),
        ("工艺模型", str(v["工业机理模型数量（个）"]), "工业机理模型数量（个）", "个", v["工业机理模型数量（个）"]),
        ("在建分段", "1,214", "", "", None), ("焊缝一次合格率", "98.7%", "", "", None)],
        "2024/07/18 14:05:33", seed=26, accent=(18, 60, 110))
    rel = "附件3-3 平台截图2-微服务.png"
    F += D.screenshot_png(p, root / rel, rel, "平台中台 · 服务治理", [
        ("微服务总数", str(v["微服务数量（个）"]), "微服务数量（个）", "个", v["微服务数量（个）"]),
        ("开发者", ci(v["开发者注册总数（个）"]), "开发者注册总数（个）", "个", v["开发者注册总数（个）"]),
        ("解决方案", str(v["平台提供的解决方案总数（个）"]), "平台提供的解决方案总数（个）", "个", v["平台提供的解决方案总数（个）"])],
        "2024/07/18 14:09:02", seed=27, accent=(18, 60, 110))
    rel = "附件3-4 专利及软著清单（补充后）.pdf"
    F += D.ip_pdf(p, root / rel, rel, listed_pat, v["平台核心软硬件技术获得的软著数量（个）"], seed=34,
                  note="（2024年7月补充更新：新增2024年授权专利）")
    # keep the declared value (21) but the evidence fact is the list's own count
    seal_date = "2024年7月30日"
    D.correction_pdf(p, root / "补正材料说明（盖章）.pdf", 43, "关于申报材料的补正说明",
                     "根据区预审意见（2024年7月24日），我单位对申报材料作如下补正，补正后申报表替代原报送版本：",
                     [f"1.“平台近三年经营指标情况”中2022年平台营收原填报{c2(old_2022)}万元，现更正为{c2(new_2022)}万元（与审计报告平台业务专项说明一致），2022年增长率相应更正为{n2(v['_growth'][2022])}%；",
                      "2.平台建设方式补正为“合作共建”（平台二期与合作单位联合建设）；",
                      f"3.“平台核心软硬件技术获得的专利数量（项）”原填报18项，补充2024年新授权专利3项，现更正为{v['平台核心软硬件技术获得的专利数量（项）']}项；",
                      f"4.“平台获得省部级及以上奖项/荣誉数量（个）”原填报4个，现更正为{v['平台获得省部级及以上奖项/荣誉数量（个）']}个，补充证书扫描件见附件3-7。"],
                     table={"rows": [["补正事项", "调整前", "调整后"],
                                     ["2022年平台营收（万元）", c2(old_2022), c2(new_2022)],
                                     ["2022年增长率（%）", n2(old_g22), n2(v["_growth"][2022])],
                                     ["平台建设方式", "自建", "合作共建"],
                                     ["专利数量（项）", "18", str(v["平台核心软硬件技术获得的专利数量（项）"])],
                                     ["省部级及以上奖项/荣誉（个）", "4", str(v["平台获得省部级及以上奖项/荣誉数量（个）"])]],
                            "widths": [70, 40, 40]},
                     seal_img=seal, date=seal_date)
    # superseded first version (xlsx) with old values
    import copy
    p_old = copy.deepcopy(p)
    p_old.v["_rev"][2022] = old_2022
    p_old.v["_growth"][2022] = old_g22
    p_old.v["平台核心软硬件技术获得的专利数量（项）"] = 18
    p_old.v["平台获得省部级及以上奖项/荣誉数量（个）"] = 4
    p_old.form_cell["平台建设方式"] = "☑自建  □合作共建"
    p_old.proof.pop("平台获得省部级及以上奖项/荣誉数量（个）", None)
    D.form_xlsx(p_old, root / "原报送版本/附件2-申报表_v1.xlsx", banner="【已作废】初次报送稿（2024年7月18日），以补正后版本为准",
                date="2024年7月18日")
    D.form_docx(p, root / "附件2-申报表（补正后）.docx", header="补正后版本 2024.07.30", date="2024年7月30日")
    D.form_scan(p, root / "附件2-申报表（补正后）扫描件.pdf", 54, seal, date="2024年7月30日")
    D.contact_docx(p, root / "附件1-联系人信息反馈表.docx")
    D.summary_xlsx(p, root / "附件4-平台基本情况汇总表.xlsx", 29, header="（补正后）")
    D.commitment(p, root / "附件5-真实性承诺.docx", 0, as_docx=True, date="2024年7月30日")
    atts = [("附件3-1 2023年度审计报告（扫描件）", "第1-5页"), ("附件3-2 平台设备接入统计", "第1页"), ("附件3-3 平台截图", "2张"),
            ("附件3-4 专利及软著清单（补充后）", "第1-3页"), ("附件3-7 荣誉证书扫描件（补充）", "第1-6页")]
    p.company["build_mode_text"] = "合作共建"
    blocks = book_blocks(p, 29, False, {
        "title": "修订说明", "intro": "本申报书依据区预审意见修订（2024年7月30日），修订处见下表：",
        "rows": [["二、平台建设及运营情况", f"2022年平台营收由{c2(old_2022)}万元更正为{c2(new_2022)}万元；建设方式更正为合作共建", "{p:二}"],
                 ["一、申报单位简介", "专利数量由18项更新为21项", "{p:一}"],
                 ["六、附件及其他说明材料", "增补附件3-7 荣誉证书扫描件", "{p:六}"]], "sections": ("一", "二", "六")},
        atts, "船舶行业", "某船舶集团工业互联网平台")
    D.render_book(blocks, root / "附件3-申报书（补正后）.pdf", "pdf", header="外高桥船舶行业工业互联网平台申报书 · 补正后")
    files = {
        "附件1-联系人信息反馈表.docx": "联系人表",
        "附件2-申报表（补正后）.docx": "申报表",
        "附件2-申报表（补正后）扫描件.pdf": "申报表扫描件",
        "原报送版本/附件2-申报表_v1.xlsx": "evidence:other",
        "附件3-申报书（补正后）.pdf": "申报书",
        "附件4-平台基本情况汇总表.xlsx": "汇总表",
        "附件5-真实性承诺.docx": "承诺",
        "补正材料说明（盖章）.pdf": "evidence:other",
        "附件3-1 2023年度审计报告（扫描件）.pdf": "evidence:audit_report",
        "附件3-2 平台设备接入统计.pdf": "evidence:device_list",
        "附件3-3 平台截图1-生产驾驶舱.png": "evidence:screenshot",
        "附件3-3 平台截图2-微服务.png": "evidence:screenshot",
        "附件3-4 专利及软著清单（补充后）.pdf": "evidence:patent_list",
    }
    form = "附件2-申报表（补正后）.docx"
    P = [
        prob(pid, 1, "growth_rate", ["平台近三年经营指标情况"], [form, "补正材料说明（盖章）.pdf"], "error",
             f"2022年平台营收已由{c2(old_2022)}更正为{c2(new_2022)}万元，但2023年增长率仍填 {n2(stale_g23)}%（按旧2022营收计算）；"
             f"由 {c2(new_2022)} → {c2(v['_rev'][2023])} 应为 {n2(right_g23)}%"),
        prob(pid, 2, "conditional", ["平台建设方式"], [form], "error",
             "补正后平台建设方式勾选“合作共建”，但“合作企业名称（必填）”留空（汇总表同样只写“合作共建”，未写合建企业名称）"),
        prob(pid, 3, "count_vs_list", ["平台核心软硬件技术获得的专利数量（项）"], [form, "附件3-4 专利及软著清单（补充后）.pdf"], "error",
             f"补正后申报专利数量 {v['平台核心软硬件技术获得的专利数量（项）']} 项（补正材料说明称补充3项），而补充后的清单“专利清单（共{listed_pat}项）”只列 {listed_pat} 项"),
        prob(pid, 4, "missing_proof", ["平台获得省部级及以上奖项/荣誉数量（个）"], [form, "补正材料说明（盖章）.pdf"], "warning",
             f"奖项/荣誉数量补正为 {v['平台获得省部级及以上奖项/荣誉数量（个）']} 个，证明资料栏与补正材料说明均指向“附件3-7 荣誉证书扫描件（补充）”，但材料包中没有该附件，也没有其他荣誉清单"),
    ]
    write_truth(pid, "序号29 外高桥船舶行业平台：盖章补正材料说明（调整前|调整后表）更正2022营收、改为合作共建、补充专利与奖项；"
                     "2023增长率未随2022营收重算、合作企业名称空白、专利清单只有19项、附件3-7缺失。保留标注【已作废】的v1 XLSX；审计报告为扫描件；承诺为DOCX。",
                {"list_no": 29, "listed_name": "外高桥船舶行业工业互联网平台", "company": "上海外高桥造船有限公司",
                 "declared_name": "外高桥船舶行业工业互联网平台", "participated_2023": False},
                ["revision:补正材料说明(scan,stamped,dated,调整前|调整后)", "superseded:v1 xlsx(【已作废】 banner)", "form:docx(补正后 header)+stamped_scan",
                 "book:pdf+修订说明", "summary:xlsx-vertical", "commitment:docx", "audit:scan,元", "device:pdf", "screenshots:png", "ip:pdf",
                 "flat evidence names"],
                files, p, F, P, [p.company["password"]])


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    if TRUTH.exists():
        shutil.rmtree(TRUTH)
    build_huayi()
    build_laiyifen()
    build_onepower()
    build_waigaoqiao()


if __name__ == "__main__":
    main()
