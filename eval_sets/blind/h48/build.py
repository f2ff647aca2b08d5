"""Build the blind set h48 — packages as a Chinese office really delivers them (clutter, nested GBK zips, lying
extensions, WPS files, sideways / upside-down scans).

    /work/main/.venv/bin/python eval_sets/blind/h48/build.py [OUT_DIR]

Writes OUT_DIR/packages/<id>/… and OUT_DIR/truth/<id>.json (OUT_DIR defaults to this folder).
"""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path
from types import SimpleNamespace

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path[:0] = [str(HERE), str(ROOT)]

import docs  # noqa: E402
import kit  # noqa: E402
from eval_sets.truth import PackageTruth, dump_truth  # noqa: E402
from labels import LABELS  # noqa: E402
from model import display, make_values, pct  # noqa: E402
from specs import BAOXIN, GUANGMING, XINHUA, XIPAIAI  # noqa: E402

REL = "eval_sets/blind/h48/packages"


def texts(p, f):
    n = p["declared_name"]
    D = f["连接的工业设备/产品/产线种类及数量（台/套）"]
    S = f["实际服务企业数（个）"]
    A = f["工业APP数量（个）"]
    t = {
        "定位": f"面向{p['industries'][0]}等行业，打造设备互联、数据驱动的{p['nature']}",
        "政策": "工业和信息化部《工业互联网创新发展行动计划（2021-2023年）》：平台体系壮大；"
                "上海市《上海市制造业数字化转型实施方案》：推动重点行业平台化赋能。",
        "战略": f"已纳入《{p['company']}“十四五”发展战略规划》",
        "专项规划": f"《{n}三年发展专项规划（2023-2025）》",
        "其他资源": f"平台汇聚工业机理模型{f['工业机理模型数量（个）']}个、微服务{f['微服务数量（个）']}个、行业知识条目与工艺案例等资源，"
                    f"并对接{f['合作平台数量（个）']}个合作平台的数据与应用。",
        "边缘": "方案支持数据采集、数据存储、网络传输、智能分析及边缘侧模型推理；边缘计算应用节点数：" +
                f"{p['seed'] % 97 + 120}个；最低响应时延：10毫秒。私有化部署说明：平台未在客户侧做私有化部署，私有云为本单位自建机房，"
                "边缘网关采集的数据经专线同步至平台统一管理，填报数据不含私有化部署部分。",
        "采集": "支持对接MES、ERP、SCADA、DCS等软件系统及第三方平台的数据采集，提供标准API与消息队列两种接入方式。",
        "可拓展": "是",
        "算力": "云化服务器共计约2000 vCPU、8 TB内存，支持GPU推理节点按需扩展。",
        "数据管理": "建立数据标准管理、数据质量管理、元数据管理和数据分级分类制度，按月开展数据质量评估。",
        "通用算法": "是",
        "算法类型": "基础算法、聚类算法、分类算法、预测与估算算法、关联分析算法、推荐算法。",
        "社区": "是",
        "语言": "共5种：Java、Python、C++、C#、JavaScript",
        "框架": "基于微服务架构的低代码应用开发框架，提供统一认证、服务治理、数据访问与可视化组件。",
        "工具": "提供可视化建模工具、低代码表单与流程设计器、模型训练与部署工具、API调试工具。",
        "保护": "数据安全；传输安全；访问登录安全；代码安全；应用安全；网络安全。",
        "安全技术": "采用防火墙、网络隔离、传输加密、存储加密、多因子认证、入侵检测与日志审计等技术。",
        "备份": "有每日增量数据备份、每周离线备份、双机热备及异地灾备。",
        "自主可控": "平台核心的设备接入、时序数据库与模型引擎均为自主研发，关键技术自主可控。",
        "新增效益": "三个案例平均带动用户营收提升约6%，安全生产持续时间平均提升约20%。",
        "降低成本": "三个案例平均降低运维成本约16%，平均能耗下降约10%。",
        "数据价值": "基于设备运行与工艺数据构建预测性维护、能效优化等模型，沉淀工业知识并在多个项目中复用。",
        "供应链": "平台与上下游供应商系统对接，实现订单、库存、物流协同，缩短采购周期，提升供应链整体响应效率。",
        "新技术": "平台融合人工智能、5G、边缘计算、数字孪生与标识解析等新技术，形成设备健康管理与能效优化等应用。",
        "标准": "参与制定行业标准2项、团体标准3项。",
        "贡献": "平台服务本市重点产业链企业，支撑行业数字化转型与节能降碳。",
        "开放机制": "是，向产业链上下游开放设备数据接口、应用功能与模型组件，建立数据共享授权与收益分配机制。",
        "跨平台": "已与合作平台实现统一身份认证、数据接口互通与应用互调。",
        "新模式": "培育设备即服务、按效果付费等新模式。",
    }
    t["介绍"] = (f"{n}由{p['company']}建设运营，是面向{'、'.join(p['industries'][:3])}等行业的{p['nature']}"
               f"（平台性质：{p['nature']}）。平台提供设备接入、数据治理、模型开发、工业APP与解决方案等服务，"
               f"已连接工业设备{D}台/套，实际服务企业{S}家，上架工业APP{A}个，主要客户为行业骨干企业及其上下游中小企业。")
    t["成效"] = ("平台解决了设备分散难以统一管理、运行数据利用率低、运维响应慢等痛点，带动用户企业降低运维成本、降低能耗、"
               "提升安全生产水平，推动行业数字化转型。")
    t["单位简介"] = (f"{p['company']}成立于{p['co']['founded']}，注册于{p['co']['addr']}，主营{p['co']['business']}，"
                  "拥有专业化的平台研发、实施与运营团队。")
    t["运营"] = (f"截至填表日，平台连接工业设备{D}台/套，注册企业用户{f['注册企业用户数（个）']}家，实际服务企业{S}家，"
               f"开发者{f['开发者注册总数（个）']}个，工业机理模型{f['工业机理模型数量（个）']}个。与同行业相似平台相比，"
               "平台在设备连接规模与行业模型沉淀方面处于领先水平。")
    t["创新点"] = "自主研发的多协议设备接入与时序数据引擎，支持大规模设备低时延接入；行业机理模型与数据驱动模型融合。"
    t["应用创新"] = "以平台为载体开展设备健康管理、能效优化等新场景应用示范，形成按效果付费的可持续商业模式。"
    t["计划"] = "进一步提升平台国产化与智能化水平，拓展AI大模型应用，扩大长三角及海外服务范围。"
    t["案例"] = [f"案例{i}：{n}——{x}。企业简介、平台简介及案例实际内容详见附件。" for i, x in
               ((1, "设备远程运维"), (2, "能效优化"), (3, "供应链协同"))]
    t["对比"] = ("2023年7月以来，平台新增设备接入、工业APP与机理模型，完善了安全体系与开发者社区，"
               "服务企业数与订单量稳步增长（逐项对比详见上表）。")
    assert len(t["定位"]) <= 50 and len(t["介绍"]) <= 500, (len(t["定位"]), len(t["介绍"]))
    return t


def context(spec, form_over=None, ev_over=None, summary_over=None):
    p = copy.deepcopy(spec)
    p["_speed_text"] = "秒级（单TB时序数据聚合查询平均约2.6秒）"
    truev = make_values(p["seed"], p)
    ev = dict(truev)
    ev.update(rev=p["rev"], rd=p["rd"], profit=p["profit"], rd_prev=p["rd_prev"], profit_prev=p["profit_prev"],
              patents=p["patents"], softcr=p["softcr"])
    ev.update(ev_over or {})
    form = copy.deepcopy(truev)
    form.update(form_over or {})
    ctx = SimpleNamespace(p=p, form=form, ev=ev, summary=summary_over or {}, font=p["font"])
    ctx.texts = texts(p, form)
    return ctx


def audit_consistency(ctx, clean: bool):
    """The form's formulas, subsets and sums as the notice states them; returns the list of violations."""
    f = ctx.form
    bad = []
    rv = f["平台近三年经营指标情况"]
    if f["平台团队总人数（人）"] != f["运维人数（人）"] + f["运营人数（人）"]:
        bad.append("identity")
    if rv["2023年平台营收（万元）"] != f["平台相关营业收入（万元）"]:
        bad.append("revenue twice")
    rev = {y: rv[f"{y}年平台营收（万元）"] for y in (2021, 2022, 2023)}
    for y in (2022, 2023):
        if abs(pct(rev[y] - rev[y - 1], rev[y - 1]) - rv[f"{y}年增长率（%）"]) > 0.005:
            bad.append(f"growth {y}")
    if abs(pct(f["平台相关研发投入（万元）"], f["平台相关营业收入（万元）"]) - f["平台相关研发投入强度（%）"]) > 0.005:
        bad.append("rd intensity")
    if abs(pct(f["存储工业数据量（TB）"], f["存储容量（TB）"]) - f["存储资源利用率（%）"]) > 0.005:
        bad.append("storage")
    for whole, parts in (("连接的工业设备/产品/产线种类及数量（台/套）", ["按二级分类统计工业设备数量（台/套）", "按省市区域统计工业设备数量（台/套）"]),
                         ("公有云工业设备连接数量（台/套）", ["按二级分类统计公有云工业设备数量（台/套）", "按省市区域统计公有云工业设备数量（台/套）"]),
                         ("公有云工业设备平均日运行数量（台/套）", ["按二级分类统计公有云工业设备平均日运行数量（台/套）", "按省市区域统计公有云工业设备平均日运行数量（台/套）"]),
                         ("海外设备连接数量（台/套）", ["按海外国家分类统计海外设备连接数量（台/套）"]),
                         ("工业APP数量（个）", ["按分类统计工业APP数量（个）", "按行业统计工业APP数量（个）"]),
                         ("公有云工业APP平均日活跃数量（个）", ["按分类统计公有云工业APP平均日活跃数量（个）", "按行业统计公有云工业APP平均日活跃数量（个）"]),
                         ("工业机理模型数量（个）", ["按分类统计工业模型数量（个）"]),
                         ("实际服务企业数（个）", ["按行业统计服务企业数（个）", "按省市区域统计服务企业数（个）"]),
                         ("平台提供的解决方案总数（个）", ["按新模式统计解决方案数量（个）"])):
        for part in parts:
            if sum(f[part].values()) != f[whole]:
                bad.append(f"sum {part}")
    for big, small in (("工业APP数量（个）", "基于平台开发的工业APP数量（个）"), ("工业APP数量（个）", "公有云工业APP数量（个）"),
                       ("连接的工业设备/产品/产线种类及数量（台/套）", "公有云工业设备连接数量（台/套）"),
                       ("公有云工业设备连接数量（台/套）", "公有云工业设备平均日运行数量（台/套）"),
                       ("工业机理模型数量（个）", "活跃机理模型数量（一周调用5次以上）（个）"),
                       ("微服务数量（个）", "活跃微服务数量（一周调用5次以上）（个）"), ("开发者注册总数（个）", "活跃开发者数（个）"),
                       ("注册企业用户数（个）", "实际服务企业数（个）"), ("实际服务企业数（个）", "付费企业数（个）"),
                       ("实际服务企业数（个）", "服务本市企业数量（个）"), ("实际服务企业数（个）", "服务中小企业数量（个）"),
                       ("工业APP订阅总数量（个）", "杀手锏工业APP订阅数量（个）"), ("平台团队总人数（人）", "有相关技术职称/从业资格的人数（人）")):
        if f[small] > f[big]:
            bad.append(f"subset {small}")
    if f["工业APP数量（个）"] != f["基于平台开发的工业APP数量（个）"] + f["云化工业软件数量（个）"]:
        bad.append("apps")
    if f["服务本市企业数量（个）"] != f["按省市区域统计服务企业数（个）"].get("上海"):
        bad.append("local")
    # evidence agrees with the form
    e = ctx.ev
    for lab in ("平台相关营业收入（万元）", "平台相关研发投入（万元）", "连接的工业设备/产品/产线种类及数量（台/套）",
                "公有云工业设备连接数量（台/套）", "公有云工业设备平均日运行数量（台/套）", "海外设备连接数量（台/套）",
                "注册企业用户数（个）", "实际服务企业数（个）", "工业APP数量（个）", "工业机理模型数量（个）", "微服务数量（个）",
                "开发者注册总数（个）", "工业协议兼容适配数量（个）"):
        ev = e["rev"][2023] if lab == "平台相关营业收入（万元）" else (e["rd"] if lab == "平台相关研发投入（万元）" else e[lab])
        if ev != f[lab]:
            bad.append(f"evidence {lab}")
    if e["patents"] != f["平台核心软硬件技术获得的专利数量（项）"]:
        bad.append("patents")
    if e["softcr"] != f["平台核心软硬件技术获得的软著数量（个）"]:
        bad.append("softcr")
    if clean:
        assert not bad, bad
    return bad


def summary_rows(ctx):
    return [dict(label=lab, value=display(lab, ctx.form[lab], ctx.p), normalized=ctx.form[lab]) for lab in LABELS]


class Pack:
    def __init__(self, ctx, pid):
        self.ctx, self.pid = ctx, pid
        self.disk: dict[str, bytes] = {}
        self.roles: dict[str, str] = {}
        self.facts: list[dict] = []
        self.clutter: list[str] = []

    def add(self, path, data, role=None, facts=()):
        self.disk[path] = data
        if role:
            self.roles[path] = role
        for fct in facts:
            self.facts.append({**fct, "file": path})

    def member(self, archive, member, role, facts=()):
        name = f"{archive}/{member}"
        self.roles[name] = role
        for fct in facts:
            self.facts.append({**fct, "file": name})

    def junk(self, path, data):
        assert kit.CLUTTER_RE.search(path), path
        self.disk[path] = data
        self.clutter.append(path)

    def write(self, out: Path, spec, layout, problems, description):
        pdir = out / "packages" / self.pid
        for rel, data in sorted(self.disk.items()):
            f = pdir / rel
            f.parent.mkdir(parents=True, exist_ok=True)
            f.write_bytes(data)
        p = self.ctx.p
        truth = dict(
            schema_version=1, package_id=self.pid, description=description, path=f"{REL}/{self.pid}", delivery="folder",
            platform=dict(list_no=p["list_no"], listed_name=p["listed_name"], company=p["company"],
                          declared_name=p["declared_name"], participated_2023=p["p2023"]),
            layout=layout, files=dict(sorted(self.roles.items())), secrets=[p["demo_pwd"]],
            summary_rows=summary_rows(self.ctx),
            evidence_facts=[{k: fct.get(k, d) for k, d in (("label", ""), ("value", ""), ("unit", ""), ("normalized", None),
                                                           ("file", ""), ("page", 1), ("quote", ""), ("row_label", ""),
                                                           ("column_label", ""), ("component", ""), ("image_only", False))}
                            for fct in self.facts],
            problems=problems)
        model = PackageTruth.model_validate(truth)
        (out / "truth").mkdir(parents=True, exist_ok=True)
        (out / "truth" / f"{self.pid}.json").write_text(dump_truth(model), encoding="utf-8")
        return model


def standard_proofs(ctx, audit, ip, dev, shot, award, soft=None):
    fin = ["平台相关营业收入（万元）", "平台相关研发投入（万元）", "平台相关研发投入强度（%）", "平台利润率（%）", "投资回报率（%）"]
    devs = [lab for lab in LABELS if "设备" in lab and "（台/套）" in lab]
    ctx.proofs = [
        (audit, fin), (dev, devs), (ip, ["平台核心软硬件技术获得的专利数量（项）"] + ([] if soft else ["平台核心软硬件技术获得的软著数量（个）"])),
        (soft or ip, ["平台核心软硬件技术获得的软著数量（个）"]),
        (shot, ["注册企业用户数（个）", "实际服务企业数（个）", "工业APP数量（个）", "工业机理模型数量（个）", "微服务数量（个）",
                "开发者注册总数（个）", "工业协议兼容适配数量（个）"]),
        (award, ["平台获得省部级及以上奖项/荣誉数量（个）"]),
    ]
    ctx.proof_default = "平台运营后台统计数据，详见申报书第二章"


# =============================================================== packages
def pkg_xinhua(out):
    """Clean. Windows + WPS, copied from a U盘: owner file, Thumbs.db, desktop.ini, a duplicate 申报书(1).pdf, the
    申报表 scan turned sideways, 承诺 as a scan .PDF plus a 「新建 Microsoft Word 文档.docx」, evidence in a GBK zip."""
    ctx = context(XINHUA)
    audit_consistency(ctx, clean=True)
    Z = "证明材料.zip"
    m_audit, m_ip, m_dev, m_shot, m_award = ("01 财务/2023年度审计报告及平台专项说明.pdf", "02 清单/知识产权清单（专利·软著）.pdf",
                                             "02 清单/平台接入设备统计表.xlsx", "03 截图/平台运行看板.png", "02 清单/省部级荣誉清单.pdf")
    standard_proofs(ctx, f"{Z}：{m_audit} 第4页", f"{Z}：{m_ip}", f"{Z}：{m_dev}", f"{Z}：{m_shot}", f"{Z}：{m_award}")
    ctx.attach_list = [f"附件{i}：{Z} 中 {m}" for i, m in enumerate((m_audit, m_ip, m_dev, m_shot, m_award), 1)]
    pk = Pack(ctx, XINHUA["pid"])
    pk.add("附件1 联系人信息反馈表.docx", docs.contact_docx(ctx, "wps"), "联系人表")
    form = docs.form_docx(ctx, "wps")
    pk.add("附件2 申报表.docx", form, "申报表")
    pk.junk("~$件2 申报表.docx", kit.owner_file("gxl"))
    pk.add("附件2 申报表（盖章扫描版）.PDF", docs.scan_of(docs.form_pdf(ctx), ctx.p["company"], 51, rotate_all=90),
           "申报表扫描件")
    nar = docs.narrative_pdf(ctx)
    pk.add("附件3 申报书.pdf", nar, "申报书")
    pk.add("附件3 申报书(1).pdf", nar, "申报书")
    pk.add("附件4 平台基本情况汇总表.xlsx", docs.summary_xlsx_vertical(ctx, "wps"), "汇总表")
    pk.add("附件5 真实性承诺.PDF", docs.promise_scan(ctx, 52), "承诺")
    pk.add("新建 Microsoft Word 文档.docx", docs.promise_docx(ctx, True, "word"), "承诺")
    a, fa = docs.audit_pdf(ctx)
    ip, fi = docs.ip_pdf(ctx, 53)
    dv, fd = docs.devices_xlsx(ctx, "wps")
    tiles, fs = docs.screenshot_facts(ctx, [t[1] for t in docs.TILES])
    shot = kit.png_bytes(docs.dashboard(ctx, tiles, "平台运行看板"))
    aw, fw = docs.awards_pdf(ctx)
    members = [(m_audit, a, "evidence:audit_report", fa), (m_ip, ip, "evidence:patent_list", fi),
               (m_dev, dv, "evidence:device_list", fd), (m_shot, shot, "evidence:screenshot", fs),
               (m_award, aw, "evidence:award_list", fw)]
    pk.add(Z, kit.gbk_zip([(m, d) for m, d, _, _ in members], dirs=["01 财务", "02 清单", "03 截图"]))
    for m, _, role, fct in members:
        pk.member(Z, m, role, fct)
    pk.junk("Thumbs.db", kit.THUMBS_DB)
    pk.junk("desktop.ini", kit.DESKTOP_INI)
    layout = ["delivery:usb-windows", "clutter:owner-file,Thumbs.db,desktop.ini", "duplicate:申报书(1).pdf",
              "evidence:gbk-zip-no-utf8-flag+subfolders", "ext:.PDF", "office:wps-app.xml", "scan:sideways-90",
              "commitment:scan+新建 Microsoft Word 文档.docx", "devices:xlsx", "screenshot:png", "section7"]
    return pk.write(out, XINHUA, layout, [], "序号5 新华控制电力能源平台，完全一致的干净包：WPS 写出的申报表/汇总表/联系人表，"
                    "盖章扫描申报表整本横躺（90°），申报书重复下载（1）同字节，承诺扫描件 .PDF 大写扩展名外加一份“新建 Microsoft Word "
                    "文档.docx”（实为承诺），全部证明材料在 GBK 文件名、无 UTF-8 标志的 证明材料.zip 中（01 财务/02 清单/03 截图），"
                    "文件夹里还有 ~$ 属主文件、Thumbs.db、desktop.ini。")


def pkg_xipaiai(out):
    """Mac delivery (__MACOSX, .DS_Store). Problems: 承诺 only the unsigned Word template; the only audit report sits
    in a nested zip and its 2023 platform revenue differs from the declaration; the WPS 汇总表 differs from the form."""
    declared_rev = 2946.15  # audited 2,764.19
    rv = {2021: 1946.37, 2022: 2318.04, 2023: declared_rev}
    three = {}
    prev = {2020: 1682.50, **rv}
    for y in (2021, 2022, 2023):
        three[f"{y}年平台营收（万元）"] = rv[y]
        three[f"{y}年增长率（%）"] = pct(rv[y] - prev[y - 1], prev[y - 1])
    base = context(XIPAIAI)
    form_over = {"平台相关营业收入（万元）": declared_rev, "平台近三年经营指标情况": three,
                 "平台相关研发投入强度（%）": pct(XIPAIAI["rd"], declared_rev),
                 "平台利润率（%）": pct(XIPAIAI["profit"], declared_rev)}
    reg = base.form["注册企业用户数（个）"]
    wrong_reg = 1816  # 1186 typed as 1816 in the 汇总表
    assert reg == 1186
    ctx = context(XIPAIAI, form_over=form_over, summary_over={"注册企业用户数（个）": wrong_reg})
    bad = audit_consistency(ctx, clean=False)
    assert bad == ["evidence 平台相关营业收入（万元）"], bad
    Z = "证明材料/审计报告.zip"
    m_audit = "2023年度审计报告（含平台业务专项说明）.pdf"
    standard_proofs(ctx, f"证明材料/审计报告.zip 第4页", "证明材料/知识产权清单.pdf", "证明材料/设备接入统计.pdf",
                    "证明材料/平台截图-1.png、平台截图-2.png", "证明材料/荣誉清单.pdf")
    ctx.attach_list = ["附件1：审计报告（证明材料/审计报告.zip）", "附件2：知识产权清单", "附件3：设备接入统计",
                       "附件4：平台截图（2张）", "附件5：荣誉清单"]
    pk = Pack(ctx, XIPAIAI["pid"])
    pk.add("附件1-联系人信息反馈表.docx", docs.contact_docx(ctx, "word"), "联系人表")
    pk.add("附件2-申报表.docx", docs.form_docx(ctx, "word"), "申报表")
    pk.add("附件2-申报表-盖章.pdf", docs.scan_of(docs.form_pdf(ctx), ctx.p["company"], 61), "申报表扫描件")
    pk.add("附件3-申报书.docx", docs.narrative_docx(ctx, "word"), "申报书")
    pk.add("附件4-平台基本情况汇总表.xlsx", docs.summary_xlsx_horizontal(ctx, "wps"), "汇总表")
    pk.add("附件5-真实性承诺.docx", docs.promise_docx(ctx, False, "word"), "承诺")
    a, fa = docs.audit_pdf(ctx)
    pk.add(Z, kit.gbk_zip([(m_audit, a)]))
    pk.member(Z, m_audit, "evidence:audit_report", fa)
    ip, fi = docs.ip_pdf(ctx, 63)
    pk.add("证明材料/知识产权清单.pdf", ip, "evidence:patent_list", fi)
    dv, fd = docs.devices_pdf(ctx)
    pk.add("证明材料/设备接入统计.pdf", dv, "evidence:device_list", fd)
    t1, f1 = docs.screenshot_facts(ctx, [t[1] for t in docs.TILES[:4]])
    t2, f2 = docs.screenshot_facts(ctx, [t[1] for t in docs.TILES[4:]])
    pk.add("证明材料/平台截图-1.png", kit.png_bytes(docs.dashboard(ctx, t1, "运营总览")), "evidence:screenshot", f1)
    pk.add("证明材料/平台截图-2.png", kit.png_bytes(docs.dashboard(ctx, t2, "能力中心")), "evidence:screenshot", f2)
    aw, fw = docs.awards_pdf(ctx)
    pk.add("证明材料/荣誉清单.pdf", aw, "evidence:award_list", fw)
    pk.junk(".DS_Store", kit.DS_STORE)
    pk.junk("证明材料/.DS_Store", kit.DS_STORE)
    for rel in sorted(pk.roles):
        if "/" in rel and rel.startswith(Z + "/"):
            continue
        d, _, name = rel.rpartition("/")
        pk.junk(f"__MACOSX/{d + '/' if d else ''}._{name}", kit.apple_double(name))
    pk.junk("__MACOSX/证明材料/._审计报告.zip", kit.apple_double("审计报告.zip"))
    files_xlsx = "附件4-平台基本情况汇总表.xlsx"
    problems = [
        dict(id="h48_xipaiai_problems-01-missing_file", family="missing_file", fields=["附件5 真实性承诺"],
             files=["附件5-真实性承诺.docx"], severity="error",
             description="包内的真实性承诺只有未填写的 Word 模板（申报单位、法定代表人、日期均为空，无签名、无公章），"
                         "通知要求真实性承诺由法人代表或其授权代表签名并加盖申报单位公章（电子版含盖章扫描版PDF）；"
                         "签字盖章的承诺缺失"),
        dict(id="h48_xipaiai_problems-02-declared_vs_evidence", family="declared_vs_evidence",
             fields=["平台相关营业收入（万元）", "平台近三年经营指标情况"],
             files=["附件2-申报表.docx", f"{Z}/{m_audit}"], severity="error",
             description="申报表填报平台相关营业收入（及2023年平台营收）2946.15 万元，而唯一的审计报告（只在嵌套压缩包 "
                         "证明材料/审计报告.zip 中）所附平台业务专项说明2023年度平台相关营业收入为 2,764.19 万元"),
        dict(id="h48_xipaiai_problems-03-summary_vs_form", family="summary_vs_form", fields=["注册企业用户数（个）"],
             files=[files_xlsx, "附件2-申报表.docx"], severity="error",
             description="WPS 横向汇总表“注册企业用户数（个）”填 1816，申报表指标明细表为 1186（数字颠倒）"),
    ]
    layout = ["delivery:mac-zip-unpacked", "clutter:__MACOSX,._AppleDouble,.DS_Store", "evidence:nested-gbk-zip(audit only)",
              "summary:xlsx-horizontal-wps-cached-formulas", "commitment:word-template-unsigned", "screenshot:png×2",
              "section7"]
    return pk.write(out, XIPAIAI, layout, problems, "序号11 西派埃环境装备平台，Mac 压缩后在 Windows 解压：__MACOSX/._ 文件、"
                    ".DS_Store；审计报告只在嵌套的 证明材料/审计报告.zip（GBK 名）里且平台营收与申报不符；承诺只有空白 Word 模板；"
                    "WPS 横向汇总表（含缓存公式值）注册企业用户数与申报表不一致。")


def pkg_baoxin(out):
    """WeChat downloads: long names with 「—」「·」「#」「³」, a 「（盖章版）.pdf.pdf」 scan with one page upside down, a
    patent list downloaded twice and counted twice, an 「附件4 …汇总表.xlsx」 that is really the 联系人表, a growth rate
    that does not follow from the revenues."""
    base = context(BAOXIN)
    three = dict(base.form["平台近三年经营指标情况"])
    right = three["2022年增长率（%）"]
    three["2022年增长率（%）"] = 19.02
    assert right == 17.02, right
    ctx = context(BAOXIN, form_over={"平台核心软硬件技术获得的专利数量（项）": 46, "平台近三年经营指标情况": three})
    bad = audit_consistency(ctx, clean=False)
    assert bad == ["growth 2022", "patents"], bad
    stem = "宝信软件—宝联登xIn³Plat平台·2024年度上海市工业互联网平台应用水平评价申报表"
    standard_proofs(ctx, "证明材料#1 审计报告 第4页", "证明材料#2 平台专利清单（两份）", "证明材料#4 设备接入统计表",
                    "证明材料#5 平台运行截图", "证明材料#6 荣誉清单", soft="证明材料#3 软件著作权清单")
    ctx.attach_list = ["证明材料#1 审计报告", "证明材料#2 平台专利清单", "证明材料#3 软件著作权清单", "证明材料#4 设备接入统计表",
                       "证明材料#5 平台运行截图", "证明材料#6 荣誉清单"]
    pk = Pack(ctx, BAOXIN["pid"])
    form = docs.form_docx(ctx, "wps")
    pk.add(f"{stem}.docx", form, "申报表")
    pk.junk(f"~${stem[2:]}.docx", kit.owner_file("董嘉铭"))
    fpdf = docs.form_pdf(ctx)
    n = len(kit.rasterize(fpdf, dpi=20))
    pk.add(f"{stem}（盖章版）.pdf.pdf", docs.scan_of(fpdf, ctx.p["company"], 71, flip_pages={n - 2}), "申报表扫描件")
    pk.add("附件3 申报书（宝联登xIn³Plat）.PDF", docs.narrative_pdf(ctx), "申报书")
    pk.add("附件4 平台基本情况汇总表.xlsx", docs.contact_xlsx(ctx, "wps"), "联系人表")
    pk.add("附件5 真实性承诺（盖章版）.pdf", docs.promise_scan(ctx, 72), "承诺")
    a, fa = docs.audit_pdf(ctx)
    pk.add("证明材料#1 审计报告.pdf", a, "evidence:audit_report", fa)
    ip, fi = docs.ip_pdf(ctx, 73, which=("patent",))
    pk.add("证明材料#2 平台专利清单.pdf", ip, "evidence:patent_list", fi)
    pk.add("证明材料#2 平台专利清单(1).pdf", ip, "evidence:patent_list", fi)
    sx, fx = docs.softcr_xlsx(ctx, 74, "wps")
    pk.add("证明材料#3 软件著作权清单.xlsx", sx, "evidence:patent_list", fx)
    dv, fd = docs.devices_pdf(ctx)
    pk.add("证明材料#4 设备接入统计表.pdf", dv, "evidence:device_list", fd)
    t1, f1 = docs.screenshot_facts(ctx, [t[1] for t in docs.TILES[:4]], page=1)
    t2, f2 = docs.screenshot_facts(ctx, [t[1] for t in docs.TILES[4:]], page=2)
    shots = kit.images_to_pdf([docs.dashboard(ctx, t1, "运营驾驶舱"), docs.dashboard(ctx, t2, "平台能力")], dpi=150)
    pk.add("证明材料#5 平台运行截图.pdf", shots, "evidence:screenshot", f1 + f2)
    aw, fw = docs.awards_pdf(ctx)
    pk.add("证明材料#6 荣誉清单.pdf", aw, "evidence:award_list", fw)
    problems = [
        dict(id="h48_baoxin_problems-01-missing_file", family="missing_file", fields=["附件4 平台基本情况汇总表"],
             files=["附件4 平台基本情况汇总表.xlsx"], severity="error",
             description="文件名为“附件4 平台基本情况汇总表.xlsx”，内容却是附件1联系人信息反馈表；通知要求提交的平台基本情况汇总表"
                         "（附件4）实际缺失"),
        dict(id="h48_baoxin_problems-02-count_vs_list", family="count_vs_list",
             fields=["平台核心软硬件技术获得的专利数量（项）"],
             files=[f"{stem}.docx", "证明材料#2 平台专利清单.pdf", "证明材料#2 平台专利清单(1).pdf"], severity="error",
             description="申报表填报专利数量 46 项，而专利清单为“专利清单（共23项）”；包内“平台专利清单(1).pdf”是同一清单的重复下载"
                         "（字节相同），46 = 23×2，重复清单被计了两次"),
        dict(id="h48_baoxin_problems-03-growth_rate", family="growth_rate", fields=["平台近三年经营指标情况"],
             files=[f"{stem}.docx"], severity="error",
             description="2022年增长率填 19.02%，按所填营收 (45218.76−38642.15)÷38642.15×100% 应为 17.02%"),
    ]
    layout = ["delivery:wechat-downloads", "names:long,—,·,#,³,（盖章版）", "ext:.pdf.pdf,.PDF", "clutter:owner-file",
              "scan:one-page-upside-down", "duplicate:专利清单(1).pdf", "misnamed:附件4 name holds 附件1",
              "office:wps-app.xml", "screenshots:pdf-image", "softcr:xlsx", "section7"]
    return pk.write(out, BAOXIN, layout, problems, "序号17 宝信软件 xIn³Plat 平台，微信下载的文件：超长文件名含“—”“·”“#”“³”、"
                    "“（盖章版）.pdf.pdf”扫描件（倒数第二页倒置）、.PDF 大写扩展名；“附件4 平台基本情况汇总表.xlsx”实为联系人表（汇总表缺失）；"
                    "专利清单下载两份被重复计数；2022年增长率与营收不符。")


def pkg_guangming(out):
    """政务网 upload with numbered names and shouting extensions (.Docx), a PNG screenshot saved as .jpg, Thumbs.db.
    Problems: 合作共建 without the partner's name, 活跃机理模型 > 机理模型, dashboard 注册企业 differs (warning)."""
    base = context(GUANGMING)
    M = base.form["工业机理模型数量（个）"]
    ctx = context(GUANGMING, form_over={"活跃机理模型数量（一周调用5次以上）（个）": 186})
    assert M == 132
    bad = audit_consistency(ctx, clean=False)
    assert bad == ["subset 活跃机理模型数量（一周调用5次以上）（个）"], bad
    shot_reg = 1126
    D = "06_证明材料"
    standard_proofs(ctx, f"{D}/审计报告.pdf 第4页", f"{D}/知识产权清单.pdf", f"{D}/设备统计.xlsx", f"{D}/平台看板截图.jpg",
                    f"{D}/荣誉清单.pdf")
    ctx.attach_list = [f"附件{i}：{x}" for i, x in enumerate(("审计报告", "知识产权清单", "设备统计", "平台看板截图", "荣誉清单"), 1)]
    pk = Pack(ctx, GUANGMING["pid"])
    pk.add("01_联系人信息反馈表.Docx", docs.contact_docx(ctx, "word"), "联系人表")
    pk.add("02_申报表.Docx", docs.form_docx(ctx, "word"), "申报表")
    pk.add("02_申报表_扫描件.pdf", docs.scan_of(docs.form_pdf(ctx), ctx.p["company"], 81), "申报表扫描件")
    pk.add("03_申报书.Docx", docs.narrative_docx(ctx, "word"), "申报书")
    pk.add("04_汇总表.docx", docs.summary_docx(ctx, "word"), "汇总表")
    pk.add("05_真实性承诺.pdf", docs.promise_scan(ctx, 82), "承诺")
    a, fa = docs.audit_pdf(ctx)
    pk.add(f"{D}/审计报告.pdf", a, "evidence:audit_report", fa)
    ip, fi = docs.ip_pdf(ctx, 83)
    pk.add(f"{D}/知识产权清单.pdf", ip, "evidence:patent_list", fi)
    dv, fd = docs.devices_xlsx(ctx, "excel")
    pk.add(f"{D}/设备统计.xlsx", dv, "evidence:device_list", fd)
    tiles, fs = docs.screenshot_facts(ctx, [t[1] for t in docs.TILES], overrides={"注册企业用户数（个）": shot_reg})
    pk.add(f"{D}/平台看板截图.jpg", kit.png_bytes(docs.dashboard(ctx, tiles, "工业互联网平台驾驶舱")), "evidence:screenshot", fs)
    aw, fw = docs.awards_pdf(ctx)
    pk.add(f"{D}/荣誉清单.pdf", aw, "evidence:award_list", fw)
    pk.junk(f"{D}/Thumbs.db", kit.THUMBS_DB)
    form_name = "02_申报表.Docx"
    problems = [
        dict(id="h48_guangming_problems-01-conditional", family="conditional", fields=["平台建设方式"], files=[form_name],
             severity="error",
             description="平台建设方式勾选“合作共建”，但“合作企业名称（必填）”未填写"),
        dict(id="h48_guangming_problems-02-subset", family="subset",
             fields=["活跃机理模型数量（一周调用5次以上）（个）", "工业机理模型数量（个）"], files=[form_name], severity="error",
             description="活跃机理模型数量（一周调用5次以上）186 个大于工业机理模型数量 132 个（前者是后者的“其中”项）"),
        dict(id="h48_guangming_problems-03-screenshot_vs_form", family="screenshot_vs_form", fields=["注册企业用户数（个）"],
             files=[form_name, f"{D}/平台看板截图.jpg"], severity="warning",
             description="平台看板截图（PNG 内容、.jpg 扩展名）“注册企业（家）”显示 1,126，申报表注册企业用户数为 1362；"
                         "截图时点可能不同，需核实"),
    ]
    layout = ["delivery:gov-portal-upload", "names:numbered 01_…06_", "ext:.Docx", "ext:png-as-.jpg", "clutter:Thumbs.db",
              "summary:docx-vertical", "devices:xlsx(excel)", "no-section7(2023 not evaluated)"]
    return pk.write(out, GUANGMING, layout, problems, "序号31 光明乳业平台（2023未参评，无第七章），政务网上传：编号文件名、"
                    ".Docx 扩展名、PNG 截图存为 .jpg、Thumbs.db；合作共建未填合作企业、活跃机理模型超过机理模型、截图注册企业与申报不符。")


def main(out: Path):
    for f in (pkg_xinhua, pkg_xipaiai, pkg_baoxin, pkg_guangming):
        t = f(out)
        print(t.package_id, len(t.files), "files", len(t.evidence_facts), "facts", len(t.problems), "problems")


if __name__ == "__main__":
    main(Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else HERE)
