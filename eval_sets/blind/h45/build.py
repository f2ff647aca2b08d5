"""Build blind set h45 (PDF text layers that lie): packages/<id>/… and truth/<id>.json.

    /work/main/.venv/bin/python eval_sets/blind/h45/build.py [--out DIR]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))

import pypdfium2  # noqa: E402

import docs  # noqa: E402
import model  # noqa: E402
from specs import awards, base, patents, softcr  # noqa: E402

REPO = HERE.parents[2]


def spec_a():
    P = base(no=10, platform="来伊份合作伙伴共创平台", company="上海来伊份股份有限公司", short="来伊份", p2023=False,
             contact="沈嘉怡", phone="13917465208", email="shenjy@laiyifen-partner.example.com",
             contact2="顾文涛", phone2="13918630475", email2="guwt@laiyifen-partner.example.com",
             venue="上海市松江区九亭镇九新公路855号2号楼3楼会议室", url="https://partner.laiyifen.example.com",
             period="2020.03-2023.12", period_text="2020年3月至2023年12月", uscc="91310000XXXXXXXX1A",
             address="上海市松江区", docno="LYF-SEC", regions=(["上海", "浙江", "江苏", "安徽", "福建", "四川", "越南Vietnam"],
                                                          [44, 19, 17, 9, 6, 4, 1]),
             intro="来伊份合作伙伴共创平台是公司面向休闲食品产业链打造的行业型工业互联网平台，连接供应商、代工厂、仓储物流与门店，"
                   "提供订单协同、质量追溯、设备接入、能耗管理与数据分析服务，主要客户为食品加工与包装企业。",
             effect="平台解决食品产业链质量追溯难、订单协同效率低等问题，带动合作伙伴数字化转型，订单交付周期缩短、质检效率提升。")
    P["patents"] = patents("食品产业链协同", 18)
    P["softcr"] = softcr("来伊份", 26)
    P["awards"] = awards(4)
    return P


def spec_b():
    P = base(no=15, platform="华兴数字易维讯工程机械工业互联网平台", company="上海华兴数字科技有限公司", short="易维讯", p2023=False,
             contact="陆承泽", phone="13901726458", email="lucz@hxdigital.example.com",
             contact2="潘思远", phone2="13917738264", email2="pansy@hxdigital.example.com",
             venue="上海市闵行区紫星路588号2幢5楼第二会议室", url="https://ewx.hxdigital.example.com",
             period="2019.06-2023.12", period_text="2019年6月至2023年12月", uscc="91310112XXXXXXXX2B",
             address="上海市闵行区", docno="HX-ISMS", founded="2016年4月", legal="赵立群", listed="",
             team=(87, 45), qualified=96, invest=5240.00,
             rev={2020: 2610.30, 2021: 3084.72, 2022: 3692.15, 2023: 4318.60}, rd=826.35, profit=598.44,
             devices=23650, cloud_dev=17420, daily_dev=11236, stale_devices=19840,
             dev_cats=(["工程机械", "动力设备", "物流设备", "其他"], [68, 16, 11, 5]),
             regions=(["上海", "江苏", "浙江", "山东", "河南", "四川", "印度尼西亚Indonesia", "马来西亚Malaysia"],
                      [21, 19, 14, 12, 11, 9, 8, 6]),
             industries=(["工程机械" if False else "机械", "建筑业", "采矿", "其他"], [52, 24, 16, 8]),
             serve_inds=(["机械", "建筑业", "采矿", "交通运输" if False else "其他"], [46, 30, 14, 10]),
             serve_regions=(["上海", "江苏", "浙江", "山东", "河南", "四川"], [24, 22, 16, 14, 13, 11]),
             users=(2146, 1738, 512, 1402), apps=118, native_apps=74, cloud_sw=29, software=152, app_mau=88,
             cloud_apps=81, cloud_app_daily=49, models=132, active_models=77, model_users=348, ms=512, active_ms=301,
             devs=3420, active_devs=806, protocols=112, storage=(680.00, 412.08), cloud_data=287.45, cloud_used=92.50,
             public_servers=56, orders=(14260, 15318), subs=3128, killer_subs=1642, subs_amount=1386.75,
             positioning="面向工程机械后市场的设备远程运维服务平台，服务主机厂、代理商与施工企业",
             policy="1.工业和信息化部《工业互联网创新发展行动计划（2021-2023年）》——设备上云方向；2.工程机械行业——后市场服务数字化趋势明显",
             other_resources="汇聚配件供应商860余家、维修服务网点420个的服务资源。",
             edge="支持数据采集、存储、网络传输、智能分析；边缘计算应用节点138个；最低响应时延15毫秒。私有化部署：在2家主机厂部署边缘节点26个。",
             other_collect="支持从主机厂ERP、CRM及代理商DMS系统采集工单、配件与服务数据。",
             compute="公有云弹性计算实例56台，合计约1,792vCPU。", co_assets=124860.32, co_rev=86420.36, co_profit=6218.40,
             company_intro="公司主营工程机械物联网终端、远程运维服务与后市场数字化解决方案。",
             intro="华兴数字易维讯工程机械工业互联网平台是公司面向工程机械后市场打造的行业型工业互联网平台，提供设备接入、远程诊断、"
                   "预测性维护、配件协同与施工管理服务，主要客户为主机厂、代理商和施工企业。",
             effect="平台解决工程机械设备分散、故障响应慢、配件周转低等问题，设备平均故障响应时间缩短，代理商服务效率提升。",
             factories=["上海某工程机械智能工厂（临港新片区）"])
    P["patents"] = patents("工程机械远程运维", 21)
    P["softcr"] = softcr("易维讯", 27)
    P["awards"] = awards(3)
    return P


def spec_c():
    P = base(no=32, platform="中国航发商密网工业互联网平台", company="中国航发商用航空发动机有限责任公司", short="商密网", p2023=False,
             contact="韩一鸣", phone="13916082734", email="hanym@acae-net.example.com",
             contact2="邵佳琪", phone2="13901549627", email2="shaojq@acae-net.example.com",
             venue="上海市闵行区莲花南路3998号研发中心B座402会议室", url="https://smw.acae.example.com",
             period="2018.09-2023.12", period_text="2018年9月至2023年12月", uscc="91310000XXXXXXXX3C",
             address="上海市闵行区", docno="SMW-AQ", founded="2009年1月", legal="孙国栋", listed="",
             nature="行业型工业互联网平台", deploy="私有云、混合云", iaas="☑自建",
             team=(118, 36), qualified=132, invest=9680.00,
             rev={2020: 3120.50, 2021: 3586.92, 2022: 4105.36, 2023: 4762.18}, rd=1384.26, profit=512.90,
             devices=6420, cloud_dev=1860, daily_dev=1214, stale_devices=5980,
             dev_cats=(["机床", "仪器仪表", "机器人", "动力设备", "其他"], [38, 27, 14, 13, 8]),
             regions=(["上海", "江苏", "四川", "陕西", "辽宁", "湖南"], [52, 14, 12, 10, 7, 5]),
             industries=(["航空/航天", "机械", "其他"], [72, 20, 8]),
             serve_inds=(["航空/航天", "机械", "有色金属", "其他"], [58, 24, 10, 8]),
             serve_regions=(["上海", "江苏", "四川", "陕西", "辽宁", "湖南"], [40, 18, 14, 12, 9, 7]),
             users=(486, 412, 166, 298), apps=96, native_apps=58, cloud_sw=22, software=138, app_mau=71,
             cloud_apps=34, cloud_app_daily=19, models=214, active_models=118, model_users=206, ms=388, active_ms=205,
             devs=1280, active_devs=344, protocols=54, storage=(1200.00, 738.60), cloud_data=96.42, cloud_used=148.00,
             public_servers=12, orders=(3860, 4012), subs=1046, killer_subs=512, subs_amount=1862.40,
             positioning="面向航空发动机研制供应链的安全协同平台，支撑设计、制造与试验数据可信协同",
             policy="1.工业和信息化部《工业互联网创新发展行动计划（2021-2023年）》——重点行业平台方向；2.航空发动机行业——供应链协同与数据安全要求高",
             other_resources="汇聚供应商310余家的工艺与质量数据资源、试验台数据资源42类。",
             edge="支持数据采集、存储、网络传输与智能分析；边缘计算应用节点64个；最低响应时延10毫秒。私有化部署：在5家核心供应商部署边缘节点20个。",
             other_collect="支持从PLM、MES、QMS等系统采集设计、制造与质量数据，接口86个。",
             compute="私有云服务器集群112台与公有云实例12台，合计约4,960vCPU。",
             company_intro="公司主营商用航空发动机研制、生产与服务。",
             intro="中国航发商密网工业互联网平台是公司面向航空发动机研制供应链打造的行业型工业互联网平台，提供安全数据交换、供应链协同、"
                   "制造质量管理与设备接入服务，主要客户为发动机零部件供应商与研究院所。",
             effect="平台解决航空发动机供应链数据交换不安全、协同效率低等问题，零部件交付周期缩短，质量问题闭环时间下降。",
             factories=["上海某航空零部件智能工厂（闵行区）", "上海某精密制造智能工厂（临港新片区）"], carbon=False,
             util_override=64.20, co_assets=2864120.60, co_rev=612480.20, co_profit=8420.66)
    P["patents"] = patents("航空发动机供应链", 24)
    P["softcr"] = softcr("商密网", 30)
    P["awards"] = awards(5)
    return P


def spec_d():
    P = base(no=12, platform="基于BIM的公共建筑智慧建造与运维工业互联网平台", company="上海建工四建集团有限公司", short="四建BIM",
             p2023=True, contact="邱振宇", phone="13918824516", email="qiuzy@scg4-bim.example.com",
             contact2="温静", phone2="13916605832", email2="wenj@scg4-bim.example.com",
             venue="上海市徐汇区中山南二路1800号13楼会议室", url="https://bim.scg4.example.com",
             period="2017.05-2023.12", co_assets=3186420.15, co_rev=1486320.75, co_profit=31240.18, period_text="2017年5月至2023年12月", uscc="91310000XXXXXXXX4D",
             address="上海市徐汇区", docno="SJ4-XX", founded="1993年5月", legal="周建明", listed="",
             team=(72, 41), qualified=88, invest=4380.00,
             rev={2020: 1986.20, 2021: 2247.85, 2022: 2612.40, 2023: 3046.72}, rd=624.18, profit=402.36,
             devices=12480, cloud_dev=8960, daily_dev=6032, stale_devices=10430,
             dev_cats=(["工程机械", "电力设备", "仪器仪表", "动力设备", "其他"], [34, 22, 20, 14, 10]),
             regions=(["上海", "江苏", "浙江", "安徽", "湖北"], [61, 14, 12, 8, 5]),
             industries=(["建筑业", "建材", "其他"], [70, 20, 10]),
             serve_inds=(["建筑业", "建材", "服务业", "其他"], [62, 18, 12, 8]),
             serve_regions=(["上海", "江苏", "浙江", "安徽", "湖北"], [58, 16, 14, 8, 4]),
             users=(1206, 962, 274, 688), apps=124, native_apps=80, cloud_sw=31, software=164, app_mau=92,
             cloud_apps=86, cloud_app_daily=52, models=158, active_models=84, model_users=264, ms=476, active_ms=262,
             devs=2140, active_devs=518, protocols=76, storage=(560.00, 331.52), cloud_data=204.86, cloud_used=78.50,
             public_servers=46, orders=(8640, 9215), subs=2486, killer_subs=1324, subs_amount=1126.48,
             positioning="面向公共建筑全生命周期的BIM智慧建造与运维平台，服务建设、施工与运维单位",
             policy="1.住房和城乡建设部《“十四五”建筑业发展规划》——智能建造方向；2.建筑行业——BIM与数字孪生运维需求增长",
             other_resources="汇聚BIM构件库构件12万个、运维知识库条目8,600条。",
             edge="支持数据采集、存储、网络传输与智能分析；边缘计算应用节点92个；最低响应时延25毫秒。私有化部署：在4个大型场馆部署边缘节点18个。",
             other_collect="支持从BA楼宇自控、能耗计量与工地管理系统采集运行数据，接口98个。",
             compute="公有云弹性计算实例46台，合计约1,472vCPU。",
             company_intro="公司主营房屋建筑与市政工程施工、建筑工业化与智慧运维服务。",
             intro="基于BIM的公共建筑智慧建造与运维工业互联网平台是公司面向公共建筑打造的行业型工业互联网平台，提供BIM协同、智慧工地、"
                   "设备接入、能耗管理与运维服务，主要客户为医院、场馆与学校等公共建筑业主。",
             effect="平台解决公共建筑建造与运维数据割裂、运维成本高等问题，项目协同效率提升，建筑能耗下降。",
             ch7="2023年7月以来，平台新增智慧运维模块2个，连接设备由10,430台/套增加到12,480台/套，实际服务企业由812家增加到962家，"
                 "新增工业APP 18个。")
    P["patents"] = patents("BIM智慧建造", 16)
    P["softcr"] = softcr("四建BIM", 22)
    P["awards"] = awards(6)
    return P


SCREEN_LABELS = [
    ("平台注册企业（家）", "注册企业用户数（个）", "家"), ("实际服务企业（家）", "实际服务企业数（个）", "家"),
    ("上架工业APP（个）", "工业APP数量（个）", "个"), ("工业机理模型（个）", "工业机理模型数量（个）", "个"),
    ("微服务（个）", "微服务数量（个）", "个"), ("注册开发者（个）", "开发者注册总数（个）", "个")]


def proofs_for(P, skip=()):
    pf = {lab: "申报书 二、平台运营情况（平台后台统计数据说明）" for lab in model.LABELS}
    for lab in ("平台相关研发投入（万元）", "平台相关研发投入强度（%）", "平台相关营业收入（万元）", "平台利润率（%）", "投资回报率（%）"):
        pf[lab] = "证明材料01 审计报告及平台专项说明 第3页"
    pf["平台核心软硬件技术获得的专利数量（项）"] = "证明材料02 知识产权清单 第1页"
    pf["平台核心软硬件技术获得的软著数量（个）"] = "证明材料02 知识产权清单 第2页"
    for lab in ("连接的工业设备/产品/产线种类及数量（台/套）", "按二级分类统计工业设备数量（台/套）", "公有云工业设备连接数量（台/套）",
                "按二级分类统计公有云工业设备数量（台/套）", "公有云工业设备平均日运行数量（台/套）",
                "按二级分类统计公有云工业设备平均日运行数量（台/套）"):
        pf[lab] = "证明材料03 接入设备统计表 第1页"
    for lab in ("按省市区域统计工业设备数量（台/套）", "海外设备连接数量（台/套）", "按海外国家分类统计海外设备连接数量（台/套）"):
        pf[lab] = "证明材料03 接入设备统计表 第2页"
    for _, lab, _ in SCREEN_LABELS:
        pf[lab] = "证明材料04 平台运行截图"
    pf["平台获得省部级及以上奖项/荣誉数量（个）"] = "证明材料05 荣誉清单"
    for lab in skip:
        pf[lab] = ""
    return pf


def write(path: Path, data: bytes):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def assemble(out: Path, pid: str, P: dict, plan: dict) -> dict:
    root = out / "packages" / pid
    V = model.build(P)
    files: dict[str, str] = {}
    F: list[dict] = []
    pf = proofs_for(P, plan.get("no_proof", ()))
    rows = model.form_rows(P, V, pf, plan.get("form_override"))
    ov = plan.get("form_override", {})

    def add(name, role):
        files[name] = role
        return root / name

    add("附件1 联系人信息反馈表.docx", "联系人表")
    docs.contact_docx(P, root / "附件1 联系人信息反馈表.docx")
    fm = plan["form"]
    if "docx" in fm:
        docs.form_docx(P, V, rows, ov, add("附件2 申报表.docx", "申报表"))
    if "xlsx" in fm:
        docs.form_xlsx(P, V, rows, ov, add("附件2 申报表.xlsx", "申报表"))
    if "acroform" in fm:
        pages = docs.form_pages(P, V, rows, ov, as_fields=True)
        from lib import text_pdf
        write(add("附件2 申报表（可填写PDF版）.pdf", "申报表"), text_pdf(pages))
    if "scan" in fm:
        from lib import searchable_scan
        pages = docs.form_pages(P, V, rows, ov)
        fixes = [plan.get("form_ocr", {}).get(i, {}) for i in range(len(pages))]
        write(add("附件2 申报表（盖章扫描件）.pdf", "申报表扫描件"),
              searchable_scan(pages, fixes, seals={0: (330, 520, 55, P["company"]), len(pages) - 1: (420, 120, 55, P["company"])},
                              seed=P["no"] * 10, dpi=100))
    with7 = P["p2023"]
    docs.proposal_docx(P, V, add("附件3 申报书.docx", "申报书"), with7, plan.get("drop_sections", ()))
    srows = model.summary_rows(V)
    shown = [dict(r) for r in srows]
    for r in shown:
        if r["label"] in plan.get("summary_override", {}):
            r["value"] = plan["summary_override"][r["label"]]
    sk = plan["summary"]
    if sk == "docx":
        docs.summary_docx(shown, add("附件4 平台基本情况汇总表.docx", "汇总表"))
    else:
        docs.summary_xlsx(shown, add("附件4 平台基本情况汇总表.xlsx", "汇总表"), horizontal=(sk == "xlsx-h"))
    write(add("附件5 真实性承诺（盖章）.pdf", "承诺"), docs.commitment_pdf(P, P["no"]))
    ev = plan.get("evdir", "证明材料")
    n1 = f"{ev}/01 审计报告及平台专项说明（扫描件）.pdf"
    write(add(n1, "evidence:audit_report"), docs.audit_pdf(P, F, n1, plan.get("audit_ocr", {}), plan.get("audit_wrong")))
    n2 = f"{ev}/02 知识产权清单（专利、软件著作权）.pdf"
    pats = P["patents"][:plan["patents_shown"]] if plan.get("patents_shown") else None
    sws = P["softcr"][:plan["softcr_shown"]] if plan.get("softcr_shown") else None
    write(add(n2, "evidence:patent_list"), docs.ip_pdf(P, F, n2, pats, sws))
    n3 = f"{ev}/03 平台接入设备统计表.pdf"
    VV = V
    if plan.get("device_shown"):
        P2 = dict(P)
        P2.update({k: v for k, v in plan["device_shown"].items()})
        VV = model.build(P2)
        write(add(n3, "evidence:device_list"), docs.device_pdf(P2, VV, F, n3))
    else:
        write(add(n3, "evidence:device_list"), docs.device_pdf(P, V, F, n3))
    n4 = f"{ev}/04 平台运行数据截图.pdf"
    vis = plan.get("screen_visible", {})
    pages_spec = []
    for pi in range(2):
        tiles = []
        for cap, lab, unit in SCREEN_LABELS[pi * 3:pi * 3 + 3]:
            n = vis.get(lab, V[lab][1])
            hidden = plan.get("screen_hidden", {}).get(lab, docs.c(int(V[lab][1] * 0.83)))
            tiles.append((cap, docs.c(n), n, lab, hidden, unit))
        pages_spec.append((["平台用户与应用概况", "平台模型与开发者概况"][pi], tiles))
    write(add(n4, "evidence:screenshot"), docs.screenshot_pdf(P, F, n4, pages_spec))
    n5 = f"{ev}/05 省部级及以上荣誉清单.xlsx"
    docs.awards_xlsx(P, add(n5, "evidence:award_list"), F, n5)
    # image_only exactly when the quote is not in the page's text layer
    for f in F:
        if f["file"].endswith(".pdf"):
            doc = pypdfium2.PdfDocument(str(root / f["file"]))
            text = doc[f["page"] - 1].get_textpage().get_text_range()
            doc.close()
            norm = "".join(text.split())
            f["image_only"] = "".join(f["quote"].split()) not in norm
    truth = {
        "schema_version": 1, "package_id": pid, "description": plan["description"],
        "path": f"eval_sets/blind/h45/packages/{pid}", "delivery": "folder",
        "platform": {"list_no": P["no"], "listed_name": P["platform"], "company": P["company"],
                     "declared_name": P["platform"], "participated_2023": P["p2023"]},
        "layout": plan["layout"], "files": dict(sorted(files.items())), "secrets": ["Eval@2024"],
        "summary_rows": srows, "evidence_facts": F, "problems": plan.get("problems", []),
    }
    return truth


def plans():
    A, B, C, D = spec_a(), spec_b(), spec_c(), spec_d()
    out = []
    out.append(("h45_a_laiyifen_clean", A, dict(
        form=("docx", "scan"), summary="xlsx-v",
        form_ocr={3: {"0": "O", "1": "l"}, 5: {"5": "S"}},
        audit_ocr={1: {"0": "O"}, 2: {",": "", "万": "方"}},
        description="Clean: 序号10, DOCX 申报表 + searchable stamped scan whose OCR layer has O/l/S errors; audit scan with an "
                    "OCR layer that drops thousands separators on the 专项说明; patent page with a garbled ToUnicode; /Rotate 90 "
                    "device table; offset CropBox with a stale draft total outside it; screenshots pasted over last year's text.",
        layout=["form:docx+searchable-scan", "summary:xlsx-vertical", "audit:searchable-scan(ocr-drops-comma,万→方)",
                "ip:broken-tounicode-p1", "devices:rotate90+cropbox-offset", "screens:image-over-stale-text",
                "commitment:scan", "awards:xlsx"],
        problems=[])))
    out.append(("h45_b_huaxing_problems", B, dict(
        form=("acroform",), summary="docx",
        audit_ocr={2: {"5": "S", "万": "方"}}, audit_wrong={"rd": 762.35}, patents_shown=19,
        screen_visible={"注册企业用户数（个）": 2084}, screen_hidden={"注册企业用户数（个）": "2,146"},
        no_proof=("工业协议兼容适配数量（个）",),
        description="Problems: 序号15, 申报表 only as an AcroForm PDF (numeric answers in filled fields with appearance "
                    "streams, absent from the page text); audit scan whose OCR layer reads 5 as S and 万 as 方; R&D differs "
                    "from the audited table; patent list (garbled text layer) shorter than declared; dashboard differs "
                    "from the form while the hidden text under it agrees; a proof cell left blank.",
        layout=["form:acroform-pdf-only", "summary:docx", "audit:searchable-scan(5→S,万→方)", "ip:broken-tounicode-p1",
                "devices:rotate90+cropbox-offset", "screens:image-over-stale-text(hidden=declared)", "commitment:scan"],
        problems=[
            dict(id="h45b-01", family="declared_vs_evidence", fields=["平台相关研发投入（万元）"],
                 files=["附件2 申报表（可填写PDF版）.pdf", "证明材料/01 审计报告及平台专项说明（扫描件）.pdf"], severity="error",
                 description="申报表 平台相关研发投入 826.35万元, but the audited 专项说明 (p.3, visible in the scan) prints 762.35 "
                             "for 2023; the OCR layer of that page reads 「762.3S」 so only the picture shows it."),
            dict(id="h45b-02", family="count_vs_list", fields=["平台核心软硬件技术获得的专利数量（项）"],
                 files=["附件2 申报表（可填写PDF版）.pdf", "证明材料/02 知识产权清单（专利、软件著作权）.pdf"], severity="error",
                 description="专利 declared 21项; the patent list (p.1, text layer garbled) is titled 专利清单（共19项） and lists 19 rows."),
            dict(id="h45b-03", family="screenshot_vs_form", fields=["注册企业用户数（个）"],
                 files=["附件2 申报表（可填写PDF版）.pdf", "证明材料/04 平台运行数据截图.pdf"], severity="warning",
                 description="Dashboard tile 平台注册企业（家） shows 2,084 vs declared 2146; the hidden text under the pasted "
                             "screenshot says 2,146, the picture says 2,084."),
            dict(id="h45b-04", family="missing_proof", fields=["工业协议兼容适配数量（个）"],
                 files=["附件2 申报表（可填写PDF版）.pdf"], severity="warning",
                 description="证明资料 cell of 工业协议兼容适配数量 (112) is empty with no explanation, though the notice asks for a "
                             "proof reference or an explanation."),
        ])))
    out.append(("h45_c_shangmiwang_problems", C, dict(
        form=("xlsx", "scan"), summary="xlsx-h",
        form_ocr={4: {"1": "l"}, 6: {"0": "O", ",": ""}},
        audit_ocr={}, softcr_shown=28, device_shown={"cloud_dev": 1680},
        description="Problems: 序号32, XLSX 申报表 + searchable scan (OCR 1→l, 0→O); audit scan with an honest OCR layer; "
                    "storage utilisation formula wrong; the rotated device table's 公有云 total differs from the form; "
                    "software-copyright list shorter than declared.",
        layout=["form:xlsx+searchable-scan", "summary:xlsx-horizontal", "audit:searchable-scan(honest)",
                "ip:broken-tounicode-p1", "devices:rotate90+cropbox-offset", "screens:image-over-stale-text",
                "commitment:scan"],
        problems=[
            dict(id="h45c-01", family="formula", fields=["存储资源利用率（%）"], files=["附件2 申报表.xlsx"], severity="error",
                 description="存储资源利用率 64.20 but 存储工业数据量÷存储容量 = 738.60÷1200.00 = 61.55%."),
            dict(id="h45c-02", family="declared_vs_evidence", fields=["公有云工业设备连接数量（台/套）"],
                 files=["附件2 申报表.xlsx", "证明材料/03 平台接入设备统计表.pdf"], severity="error",
                 description="申报表 公有云工业设备连接数量 1860; the device table (p.1, landscape page with /Rotate 90) 合计 row "
                             "prints 其中：公有云接入 1,680."),
            dict(id="h45c-03", family="count_vs_list", fields=["平台核心软硬件技术获得的软著数量（个）"],
                 files=["附件2 申报表.xlsx", "证明材料/02 知识产权清单（专利、软件著作权）.pdf"], severity="error",
                 description="软著 declared 30; the list (p.2) is titled 软件著作权清单（共28项） and has 28 rows."),
        ])))
    out.append(("h45_d_sijian_problems", D, dict(
        form=("docx", "scan"), summary="xlsx-v",
        form_ocr={2: {"万": "方"}, 5: {"5": "S", "0": "O"}},
        audit_ocr={}, audit_wrong={"rev23": 2946.72}, drop_sections=("七、平台相较上年度对比情况",),
        summary_override={"实际服务企业数（个）": "926"},
        description="Problems: 序号12 (2023 participant), DOCX 申报表 + searchable scan (OCR 万→方, 5→S, 0→O); audit with an "
                    "honest OCR layer whose platform revenue differs from the form; 申报书 without 七; 汇总表 differs from 申报表.",
        layout=["form:docx+searchable-scan", "summary:xlsx-vertical", "audit:searchable-scan(honest)",
                "ip:broken-tounicode-p1", "devices:rotate90+cropbox-offset", "screens:image-over-stale-text",
                "commitment:scan", "section7:missing"],
        problems=[
            dict(id="h45d-01", family="section7", fields=["七、平台相较上年度对比情况"], files=["附件3 申报书.docx"],
                 severity="error", description="序号12 participated in 2023 (附件6 是) but the 申报书 has no 七、平台相较上年度对比情况."),
            dict(id="h45d-02", family="summary_vs_form", fields=["实际服务企业数（个）"],
                 files=["附件4 平台基本情况汇总表.xlsx", "附件2 申报表.docx"], severity="error",
                 description="汇总表 实际服务企业数 926 vs 申报表 962."),
            dict(id="h45d-03", family="declared_vs_evidence", fields=["平台相关营业收入（万元）"],
                 files=["附件2 申报表.docx", "证明材料/01 审计报告及平台专项说明（扫描件）.pdf"], severity="error",
                 description="申报表 平台相关营业收入 3046.72万元 (and 2023年平台营收 3046.72) vs audited 专项说明 p.3 2023年度 2,946.72."),
        ])))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(HERE))
    out = Path(ap.parse_args().out)
    import shutil
    for sub in ("packages", "truth"):
        if (out / sub).exists():
            shutil.rmtree(out / sub)
    for pid, P, plan in plans():
        t = assemble(out, pid, P, plan)
        (out / "truth").mkdir(parents=True, exist_ok=True)
        (out / "truth" / f"{pid}.json").write_text(json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(pid, len(t["evidence_facts"]), "facts", len(t["problems"]), "problems")


if __name__ == "__main__":
    main()
