"""h80_shizhuang_problems — 附件6 序号30 时尚消费品领域工业互联网平台 (上海识装信息科技有限公司, 2023 未参评).

Textiles, apparel and footwear. 申报表 only as XLSX (+ stamped scan), 汇总表 DOCX, evidence bound into one
compiled PDF (audit excerpt in 元, pasted dashboard screenshots, IP list, device table) plus a
served-enterprise XLSX and a contract ledger XLSX. Five planted problems (see PROBLEMS)."""

from __future__ import annotations

from pathlib import Path

from eval_sets.blind.h80 import evidence as ev
from eval_sets.blind.h80 import forms, narrative
from eval_sets.blind.h80.model import bd, derive, pct, thousands
from eval_sets.blind.h80.pack import pasted_screens, text_pdf, tile, with_file
from eval_sets.blind.h80.texts import count_chars, table_texts

WORDS = dict(
    short="识装智造云", company_short="识装信息", ind="纺织服装及鞋服", scene="小单快反柔性生产",
    kb=2140, suppliers=1260, docs=840, edge=148, latency=35, edge_private=22, records=420, vcpu=3120, gpu=16,
    gain=13.2, case_jobs=140, lead=27.4, ops_down=12.84, energy_down=8.46, up=960, down=2300,
    std="《服装个性化定制 数据交换规范》等行业标准2项", peer="某服装产业互联网平台", peer_devices="8,000", peer_apps="100",
    peer_users="1,200", pain="款式迭代快、订单碎片化、面辅料协同难、质检依赖人工",
    innovation="平台自研款式—工艺知识图谱与AI质检模型，支持100件起订的小单快反生产，打样周期由7天缩短至3天，核心组件国产化率82.30%。",
    app_innovation="以“设计—打样—小单生产—质检”一站式订阅服务带动中小服装工厂上平台。", plan="AI设计、柔性排产和绿色面料溯源",
    new_modules="",
    cases=[("小单快反柔性工厂", "某服装加工企业，年产成衣600万件。", "部署柔性排产与吊挂系统数据接入，小单交付周期缩短31%。"),
           ("鞋服AI质检", "某运动鞋制造企业。", "AI视觉质检替代人工抽检，漏检率下降至0.3%。"),
           ("面辅料供应链协同", "某面料企业集群，共86家企业。", "订单、库存与物流数据打通，面辅料齐套率提升至96%。")],
)

CORP_REV = 264015.80  # 万元, company-wide 2023 operating revenue


def spec() -> dict:
    s = dict(
        pid="h80_shizhuang_problems", list_no=30, listed_name="时尚消费品领域工业互联网平台", company="上海识装信息科技有限公司",
        declared_name="时尚消费品领域工业互联网平台", nature="行业型工业互联网平台", participated=False,
        short="识装智造云", company_short="识装信息", author="识装信息-产业互联网事业部",
        contact=("韩思远", "13916083257", "hansy@shizhuang-iiot.example.com", "产业互联网事业部总监"),
        backup=("林晓岚", "13918736402", "linxl@shizhuang-iiot.example.com", "平台运营经理"),
        address="上海市杨浦区淞沪路388号创智天地7号楼9楼会议室", url="https://fashion-iiot.example.com",
        account="sz_review", password="Sz@Fashion0722",
        build_time="2020.09-2023.12", build_ym=(2020, 9, 2023, 12), invest=5420.00,
        rev={2020: 2146.30, 2021: 2988.47, 2022: 3862.05, 2023: 4735.62},
        rd={2021: 788.52, 2022: 930.18, 2023: 1082.46}, profit={2021: 286.40, 2022: 401.66, 2023: 512.34},
        build_mode="自建", op_mode="自运营", deploy="公有云、混合云",
        build_box="■自建  □合作共建", op_box="■自运营  □联合运营  □委托运营",
        iaas_box="□自建  ■租用，服务商名称（必填）：华为云计算技术有限公司", deploy_box="□边缘侧  □私有云  ■公有云  ■混合云  □其他",
        team=(58, 83, 76),
        users=dict(registered=3918, served=1562, paid=468, local=286, sme=1344,
                   inds={"纺织": 0.74, "轻工": 0.18, "服务业": 0.08},
                   regions={"浙江": 0.28, "江苏": 0.22, "福建": 0.2, "广东": 0.18, "山东": 0.06, "江西": 0.06}),
        devices=dict(total=9864, pub=6120, run=4388, protocols=48,
                     overseas={"越南Vietnam": 236, "柬埔寨Cambodia": 118, "印度尼西亚Indonesia": 74},
                     cats={"轻工设备": 0.58, "机器人": 0.08, "物流设备": 0.14, "仪器仪表": 0.1, "电工、电子设备": 0.06, "动力设备": 0.04},
                     regions={"上海": 0.14, "江苏": 0.2, "浙江": 0.22, "福建": 0.18, "广东": 0.14, "山东": 0.06, "江西": 0.06}),
        apps=dict(software=172, apps=146, native=98, monthly=118, killer_users=4620, killer_hits=31480, killer_income=36.25,
                  pub_apps=124, pub_daily=81,
                  cats={"质量管控": 0.22, "生产制造": 0.2, "供应链管理": 0.2, "研发设计": 0.14, "仓储物流": 0.12, "运营管理": 0.08, "节能减排": 0.04},
                  inds={"纺织": 0.68, "轻工": 0.22, "服务业": 0.1}),
        storage=dict(servers=142, pub_servers=118, cap=860.00, data=512.36, pubdata=402.18),
        models=dict(total=184, active=121, users=1352, cats={"数据算法模型": 0.36, "研发仿真模型": 0.22, "行业机理模型": 0.26, "业务流程模型": 0.16}),
        speed="秒级（每TB款式与工艺数据分析约3.8秒）", micro=(864, 588), dev=(2430, 716),
        yesno={"平台是否具备碳管理服务能力": False}, orders=(58420, 61036),
        eco=dict(trade_growth=22.46, sub_amount=1624.80, util=74.20, localization=82.30, ops_down=12.84, energy_down=8.46,
                 safety_up=10.25, social=16.92, subs=11260, killer_subs=5418, parks=6, solutions=32, indices=4, patents=21,
                 copyrights=34, awards=3, jobs=380, coop=8, factories=2, modes=["个性化定制", "网络化协同", "数字化管理", "智能化制造", "平台化设计", "服务化延伸"],
                 open="开放API接口96个、面料与版型数据集4个、质量检测模型组件22个"),
        corp=dict(code="91310110MA1G8XK23Q", founded="2015-07-16", seat="上海市杨浦区", type="有限责任公司", capital="12,000万元",
                  business="时尚消费品交易服务、鉴别服务、供应链服务及产业互联网服务", legal="杨冰",
                  assets="1,862,430.55", revenue=thousands(CORP_REV), growth="8.62", debt="61.27", profit="58,316.02", tax="21,604.88",
                  intro="上海识装信息科技有限公司成立于2015年，以时尚消费品交易与鉴别服务起家，2023年公司营业收入26.40亿元，"
                        "近年依托供应链能力建设面向服装鞋服制造企业的产业互联网平台。",
                  pl={"营业收入": (CORP_REV, 243064.17), "营业成本": (171610.27, 160232.94), "研发费用": (31680.15, 29874.60),
                      "利润总额": (58316.02, 47260.33)}),
        words=WORDS, thousands=False,
        proofs={"平台相关营业收入（万元）": "03-1 第5页", "平台相关研发投入（万元）": "03-1 第5页", "实际服务企业数（个）": "03-2",
                "付费企业数（个）": "03-3", "连接的工业设备/产品/产线种类及数量（台/套）": "03-1", "注册企业用户数（个）": "03-1 截图"},
        omit=[],
    )
    return s


def texts() -> dict:
    t = table_texts(WORDS)
    t.update({
        "t:定位": "面向纺织服装及鞋服行业的小单快反柔性制造与供应链协同工业互联网平台。",
        "介绍": ("时尚消费品领域工业互联网平台（简称“识装智造云”）由上海识装信息科技有限公司建设运营，是面向纺织服装及鞋服行业的"
                 "行业型工业互联网平台。平台提供款式设计协同、柔性排产、吊挂与缝制设备接入、AI质检和面辅料供应链协同等功能，"
                 "主要客户为长三角、珠三角和福建的中小服装鞋服工厂及品牌商。"),
        "成效": ("平台聚焦纺织服装及鞋服行业“款式迭代快、订单碎片化、面辅料协同难、质检依赖人工”四大痛难点问题，"
                 "以小单快反柔性制造为主线，构建了从设计、打样、面辅料采购、裁剪、缝制、后整、质检到物流交付的全流程数字化服务体系。"
                 "在痛难点解决方面，平台通过款式—工艺知识图谱把资深版师的经验沉淀为可复用的工艺模板，打样周期由平均7天缩短至3天；"
                 "通过柔性排产与吊挂系统数据实时接入，实现100件起订的小单生产，工厂换款时间平均缩短40%以上；通过AI视觉质检替代人工抽检，"
                 "漏检率由2.5%下降至0.3%。在对制造业数字化转型的带动作用方面，平台累计带动长三角、珠三角和福建地区千余家中小服装鞋服工厂"
                 "完成设备联网与生产数据上云，形成了可复制推广的“平台+小单快反工厂”数字化改造模式，并带动面辅料供应商同步开展库存与订单"
                 "协同改造。在经济效益方面，用户企业平均营收增长13.2%，库存周转天数平均下降21天，订单准时交付率提升至97%以上；在社会效益方面，"
                 "平台建设与运营带动新增就业380人，推动行业绿色生产，减少因过量生产造成的面料浪费约15%；在创新效益方面，平台形成专利21项、"
                 "软件著作权34项，参与制定行业标准2项，并与高校共建服装智能制造联合实验室，持续输出面向时尚消费品行业的数字化解决方案与人才。"
                 "下一阶段，平台还将把上述成效从长三角复制推广到中西部服装产业转移承接地，带动更多中小工厂以较低成本完成数字化改造，形成规模化的行业带动效应。"),
        "yn:平台是否建立安全管理体系": "是，《识装智造云平台信息安全管理制度》（SZ-ISMS-01，2021年5月）、《数据分类分级管理办法》（SZ-ISMS-07，2022年8月）",
        "yn:有否定期开展第三方安全测试/测评": "是，每年一次",
        "yn:有否定期进行安全扫描": "是，每周一次",
        "yn:企业是否已上市或已获得VC/PE投资": "是，公司已获得多轮VC/PE投资",
        "yn:平台是否有自研形成的核心技术突破": "是，自研款式—工艺知识图谱与AI质检模型，质检准确率99.7%。",
        "yn:平台是否具备碳管理服务能力": "否",
        "yn:平台是否融合使用国家标识解析系统": "是，接入纺织服装行业标识解析二级节点，用于面料与成衣溯源。",
        "yn:平台是否服务上海智能工厂，数量": "是，2家",
    })
    return t


FILES = dict(contact="01 联系人信息反馈表.docx", form="02 申报表（时尚消费品平台）.xlsx", scan="02 申报表-盖章扫描.pdf",
             book="03 申报书.docx", bundle="03-1 证明材料汇编.pdf", ent="03-2 服务企业名录.xlsx", ledger="03-3 平台付费服务合同台账.xlsx",
             summary="04 平台基本情况汇总表.docx")


def problems(pkg) -> list[dict]:
    R, D = pkg.r, pkg.d
    n_chars = count_chars(pkg.texts["成效"])
    return [
        dict(family="count_vs_list", fields=["实际服务企业数（个）"], files=[FILES["form"], FILES["ent"]], severity="error",
             description=f"申报表填报实际服务企业数 {D('实际服务企业数（个）')} 个（行业、区域分项也按此合计），而《服务企业名录》逐家列出 "
                         f"{R('实际服务企业数（个）')} 家（“合计：{R('实际服务企业数（个）')}家”），相差90家"),
        dict(family="formula", fields=["平台相关研发投入强度（%）", "平台相关研发投入（万元）", "平台相关营业收入（万元）"], files=[FILES["form"]],
             severity="error",
             description=f"平台相关研发投入强度填报 {D('平台相关研发投入强度（%）'):.2f}%，按填报指引公式 {D('平台相关研发投入（万元）'):.2f} ÷ "
                         f"{D('平台相关营业收入（万元）'):.2f} × 100% 应为 {pct(D('平台相关研发投入（万元）'), D('平台相关营业收入（万元）')):.2f}%"
                         f"（填报值是用公司整体营业收入 {CORP_REV:.2f} 万元作分母算出的）"),
        dict(family="summary_vs_form", fields=["付费企业数（个）"], files=[FILES["summary"], FILES["form"]], severity="error",
             description=f"附件4汇总表“付费企业数（个）”填写 {pkg.summary['付费企业数（个）']}，申报表填报 {D('付费企业数（个）')}（合同台账付费客户亦为 {R('付费企业数（个）')} 家）"),
        dict(family="char_limit", fields=["平台建设成效"], files=[FILES["form"]], severity="warning",
             description=f"申报表“平台建设成效”共 {n_chars} 字，超过“500字以内”的要求"),
        dict(family="missing_file", fields=["附件5 真实性承诺"], files=[], severity="error",
             description="申报材料中没有附件5 真实性承诺（通知要求由法人代表或其授权代表签名并加盖申报单位公章）"),
    ]


def build(root: Path, seed: int):
    s = spec()
    s["texts"] = texts()
    base = derive(s)
    R = base.r
    inds = dict(R("按行业统计服务企业数（个）"))
    inds["纺织"] += 90
    regs = dict(R("按省市区域统计服务企业数（个）"))
    regs["浙江"] += 90
    served = R("实际服务企业数（个）") + 90
    intensity = pct(R("平台相关研发投入（万元）"), CORP_REV)
    s["declare"] = {"实际服务企业数（个）": (str(served), served), "按行业统计服务企业数（个）": (bd(inds), inds),
                    "按省市区域统计服务企业数（个）": (bd(regs), regs), "平台相关研发投入强度（%）": (f"{intensity:.2f}", intensity)}
    s["summary_diff"] = {"付费企业数（个）": "486"}
    s["claims_2"] = ["（四）平台运营情况。平台已连接缝制、裁床、吊挂、后整等工业设备近1万台（套），服务企业超过1,500家，"
                     "覆盖浙江、江苏、福建、广东等服装产业集群；2023年平台业务收入4,735.62万元（47,356,200元）。"]
    s["claims_3"] = ["公司2023年整体营业收入26.40亿元，其中平台业务收入占比约1.8%；平台付费企业468家。"]
    pkg = derive(s)
    s["problems"] = problems(pkg)
    d = root / pkg.pid
    files, facts = {}, []
    Rr = pkg.r
    st = dict(report_no="沪立信审字〔2024〕第2207号", auditor="上海立诚会计师事务所有限公司", cpa="周启航  顾晓雯", unit="元",
              cols=["2023年", "2022年", "2021年"], company_cols=("本年金额", "上年金额"),
              title="附注十五：时尚消费品领域工业互联网平台业务收支情况",
              intro="公司对平台业务单独设立核算项目，平台业务收支情况列示如下：",
              rows=["平台业务收入", "平台业务成本", "平台研发支出", "平台业务利润总额"])
    screens = [
        (dict(title="识装智造云 · 运营总览", theme="dark", footer="截至 2024-06-30", tiles=[
            tile("接入设备", "连接的工业设备/产品/产线种类及数量（台/套）", thousands(Rr("连接的工业设备/产品/产线种类及数量（台/套）")), "台/套", Rr("连接的工业设备/产品/产线种类及数量（台/套）")),
            tile("入驻企业", "注册企业用户数（个）", thousands(Rr("注册企业用户数（个）")), "家", Rr("注册企业用户数（个）")),
            tile("工业APP", "工业APP数量（个）", str(Rr("工业APP数量（个）")), "个", Rr("工业APP数量（个）")),
            tile("工业模型", "工业机理模型数量（个）", str(Rr("工业机理模型数量（个）")), "个", Rr("工业机理模型数量（个）"))]), "图1 平台运营总览（截图）"),
        (dict(title="识装智造云 · 开发者中心", theme="light", footer="截至 2024-06-30", tiles=[
            tile("微服务", "微服务数量（个）", str(Rr("微服务数量（个）")), "个", Rr("微服务数量（个）")),
            tile("开发者", "开发者注册总数（个）", thousands(Rr("开发者注册总数（个）")), "人", Rr("开发者注册总数（个）")),
            tile("累计订阅", "工业APP订阅总数量（个）", thousands(Rr("工业APP订阅总数量（个）")), "次", Rr("工业APP订阅总数量（个）")),
            tile("今日新增订单", None, "186", "", None)]), "图2 开发者中心（截图）"),
    ]

    def bundle(doc):
        doc.text("证明材料汇编  目录", size=15, center=True, gap=12)
        for line in ("一、2023年度审计报告（节选）及平台业务收支附注", "二、平台运行截图", "三、知识产权清单", "四、设备接入统计"):
            doc.text(line, size=11, gap=8)
        doc.new_page()
        out = ev.sec_audit(doc, pkg, st)
        doc.new_page()
        out += pasted_screens(doc, screens, seed + 2, noisy=False, where=(d, FILES["bundle"]))
        doc.new_page()
        out += ev.sec_ip(doc, pkg, ("（一）专利清单（共{n}项）", "（二）软件著作权清单（共{n}项）"), seed + 3, split_pages=True)
        doc.new_page()
        out += ev.sec_devices(doc, pkg, ("连接数量", "公有云连接", "公有云日均运行"))
        return out

    facts += text_pdf(d, FILES["bundle"], bundle, "证明材料汇编", header="上海识装信息科技有限公司  2024年度工业互联网平台评价  证明材料")
    files[FILES["bundle"]] = "evidence:other"
    facts += with_file(ev.enterprises_xlsx(pkg, d / FILES["ent"], seed + 4, ["服饰", "制衣", "针织", "鞋业", "纺织"], "合计：{n}家"), FILES["ent"])
    files[FILES["ent"]] = "evidence:other"
    facts += with_file(ev.ledger_xlsx(pkg, d / FILES["ledger"], seed + 5, ["服饰", "鞋业", "制衣", "品牌管理"]), FILES["ledger"])
    files[FILES["ledger"]] = "evidence:other"
    forms.contact_docx(pkg, d / FILES["contact"])
    forms.form_xlsx(pkg, d / FILES["form"])
    forms.form_scan(pkg, d / FILES["scan"], seed + 6)
    forms.summary_docx(pkg, d / FILES["summary"], grouped=False)
    narrative.shenbaoshu_docx(pkg, d / FILES["book"], [("审计报告（节选）及平台业务收支附注", "03-1 第2-5页"), ("平台运行截图", "03-1 第6-7页"),
                                                      ("知识产权清单", "03-1 第8页起"), ("设备接入统计", "03-1 末页"),
                                                      ("服务企业名录", "03-2"), ("平台付费服务合同台账", "03-3")], bold_headings=True)
    files.update({FILES["contact"]: "联系人表", FILES["form"]: "申报表", FILES["scan"]: "申报表扫描件", FILES["book"]: "申报书",
                  FILES["summary"]: "汇总表"})
    layout = ["naming:numbered-space", "evidence_dir:flat", "form:xlsx-only", "columns:seq+levels+content+actual+proof", "headings:bold",
              "evidence:compiled-pdf", "audit_unit:元", "audit_columns:2023年/2022年/2021年", "company_cols:本年金额/上年金额",
              "screenshots:pasted-in-pdf", "enterprise_list:xlsx", "ledger:xlsx", "summary:docx", "stamped_scan", "missing:附件5"]
    desc = ("序号30识装时尚消费品平台（纺织服装/鞋服），5个问题：实际服务企业数与名录条数不符、研发投入强度用公司营收作分母、"
            "汇总表付费企业数与申报表不符、平台建设成效超500字、缺真实性承诺。申报表只有XLSX和盖章扫描件，证明材料为一份汇编PDF。")
    return pkg, dict(sorted(files.items())), facts, layout, desc
