"""The four packages of blind set h61 (one clean, three with planted problems)."""

from __future__ import annotations

import evidence as ev
from common import Pkg, awards, base_params, ip_data, write_applicant_docs

ISO_BODY = "建立并实施了符合GB/T 22080-2016 / ISO/IEC 27001:2013标准要求的信息安全管理体系"


def _prob(pid, fam, fields, files, sev, desc):
    return dict(id=pid, family=fam, fields=fields, files=files, severity=sev, description=desc)


# =============================================================================== P1 clean — 序号12
def p1():
    pid = "h61_p1_sijian_clean"
    p = base_params(
        seed=1201, list_no=12, participated=True,
        listed_name="基于BIM的公共建筑智慧建造与运维工业互联网平台",
        platform="基于BIM的公共建筑智慧建造与运维工业互联网平台",
        company="上海建工四建集团有限公司", short="四建BIM", field="公共建筑建造与运维",
        contact="顾晓峰", phone="13917736042", email="guxf@sj4-bim.example.com",
        contact2=("沈佳怡", "平台运营主管", "13918250417", "shenjy@sj4-bim.example.com"),
        venue="上海市黄浦区中山南二路1008号4楼第二会议室", url="https://bim.sj4.example.com",
        build_period="2019.03-2023.12", invest=6280.00,
        revenues={2020: 2866.40, 2021: 3312.58, 2022: 3790.21, 2023: 4425.36},
        team=(88, 54), rd=812.64, profit=538.92, registered=1460,
        devices=9840, device_cats=["工程机械", "物流设备", "动力设备", "电力设备", "仪器仪表"],
        overseas={"新加坡Singapore": 46, "马来西亚Malaysia": 28},
        protocols=126, apps=188, other_sw=24,
        industries=["建筑业", "建材", "机械", "电力、热力和燃气"],
        killer_dau=1342, killer_income=18.64, cloud_servers=96.50, pub_servers=38,
        storage=(420.00, 256.62), models=164, model_users=318, microservices=536, developers=2860,
        orders=(6420, 6935), trade_growth=14.82, subs=2146, subs_amount=962.40, dev_util=81.36, domestic=88.00,
        factories=4, parks=6, solutions=24, cases=(16.42, 8.86, 19.30), indices=5,
        patents=9, copyrights=14, awards=4, jobs=236, social=21.47,
        open_data="以API接口和构件数据集形式开放：开放API接口96个、BIM构件数据集12个",
        partners=6,
        company_info=dict(code="91310101132212345X", founded="1993年5月", address="上海市黄浦区中山南二路1008号",
                          type="有限责任公司（国有控股）", capital="120000万元", business="房屋建筑工程施工总承包及建筑运维服务",
                          legal="陆建明", title="数字化中心副主任", assets="1286540.22", income="1864203.57",
                          debt="78.42", profit="32168.45"),
        audit=dict(firm="上海申衡会计师事务所（特殊普通合伙）", no="申衡审字（2024）第0412号", cpa="许文涛、郑丽",
                   company=dict(income=18642035712.36, income_prev=17385426931.05, cost=16902335418.27,
                                cost_prev=15822014365.40, tax=58214360.12, sell=86235417.93, admin=512363428.77,
                                rd=604215336.18, op=335421863.94, total=321684516.33)),
        sec_rules="是。已建立并通过ISO/IEC 27001信息安全管理体系认证（证书编号：ISC24IS0318R1M，有效期至2026年5月19日）；"
                  "制度文件：《平台网络安全管理办法》（SJ4-AQ-001，2021年3月）、《平台数据安全管理规定》（SJ4-AQ-004，2022年6月）、"
                  "《平台安全事件应急预案》（SJ4-AQ-007，2022年9月）",
        sec_test="是，每年委托第三方测评机构开展一次网络安全等级保护测评（第三级），最近一次于2023年11月完成，结论为基本符合",
        breakthrough="是，自研BIM轻量化引擎与施工设备物联接入网关，模型加载效率较同类产品提升约40%",
        idn_text="是，平台已接入国家工业互联网标识解析二级节点（建筑行业），企业前缀88.216.1903，用于构件与设备全生命周期追溯",
        book_quals="公司为高新技术企业（证书编号GR202331001287），通过ISO 9001质量管理体系及ISO/IEC 27001信息安全管理体系认证，"
                   "平台已完成网络安全等级保护第三级备案与测评。",
        book_security="安全可靠方面，平台按网络安全等级保护第三级要求建设，2023年11月第三级等级测评结论为基本符合，"
                      "并持续保持ISO/IEC 27001信息安全管理体系认证。",
        cases_text=["案例1：四建BIM平台——大型公共建筑智慧建造协同（企业简介、平台简介、案例内容略）",
                    "案例2：四建BIM平台——医院建筑设备运维数字化",
                    "案例3：四建BIM平台——场馆能耗监测与优化"],
        annex=["2023年度审计报告及平台专项说明", "网络安全等级保护测评报告", "等级保护备案证明", "资质证书清单及证书扫描件",
               "知识产权清单", "专利证书扫描件", "软件著作权登记证书扫描件", "获奖证书汇编", "平台接入设备统计表", "平台运行截图"],
        new_module="施工机械预测性维护、构件标识追溯", prev_devices=8120, prev_registered=1205,
    )
    p["proofs"] = {
        "平台相关营业收入（万元）": "附件3-1 第4页", "平台相关研发投入（万元）": "附件3-1 第4页", "平台利润率（%）": "附件3-1 第4页",
        "平台是否建立安全管理体系": "附件3-4 资质证书清单第2项、ISO27001证书",
        "有否定期开展第三方安全测试/测评": "附件3-2 第3页；附件3-3",
        "平台核心软硬件技术获得的专利数量（项）": "附件3-5 表1；附件3-6",
        "平台核心软硬件技术获得的软著数量（个）": "附件3-5 表2；附件3-7",
        "平台获得省部级及以上奖项/荣誉数量（个）": "附件3-8",
        "连接的工业设备/产品/产线种类及数量（台/套）": "附件3-9；附件3-10",
        "平台是否融合使用国家标识解析系统": "附件3-4 资质证书清单第6项、标识注册证书",
    }

    def build(root, sc):
        pkg = Pkg(p)
        N = {"contacts": "01申报文件/附件1 联系人信息反馈表.docx", "form": "01申报文件/附件2 申报表（四建集团）.docx",
             "scan": "01申报文件/附件2 申报表（盖章扫描件）.pdf", "book": "01申报文件/附件3 申报书（四建集团）.docx",
             "summary": "01申报文件/附件4 平台基本情况汇总表.xlsx", "commitment": "01申报文件/附件5 真实性承诺（盖章）.pdf"}
        files = write_applicant_docs(pkg, root, sc, N, "xlsx-vertical", "scan")
        E = "02证明材料/"
        facts = []
        f = E + "3-1 2023年度审计报告及平台专项说明.pdf"
        facts += ev.audit_report(pkg, root, f)
        files[f] = "evidence:audit_report"
        dj = dict(system=p["platform"], unit=p["company"], level=3, conclusion="基本符合", score=86.72,
                  no="DJCP-31012-2023-11-0476", lab="上海信测网络安全技术有限公司", date="2023年11月28日",
                  period="2023年10月16日至2023年11月10日", record_no="31010199011-21007",
                  police="上海市公安局网络安全保卫总队", record_date="2021年6月8日")
        f = E + "3-2 网络安全等级保护测评报告（第三级）.pdf"
        facts += ev.djcp_report(pkg, root, f, dj)
        files[f] = "evidence:other"
        f = E + "3-3 等级保护备案证明.pdf"
        ev.record_certificate(pkg, root, f, dj)
        files[f] = "evidence:other"
        certs = [
            dict(name="高新技术企业证书", no="GR202331001287", holder=p["company"], issuer="上海市科学技术委员会等",
                 issued="2023-11-15", expires="2026-11-14", scope="全公司"),
            dict(name="信息安全管理体系认证证书（ISO/IEC 27001）", no="ISC24IS0318R1M", holder=p["company"],
                 issuer="华信认证中心有限公司", issued="2023-05-20", expires="2026-05-19", scope=p["platform"] + "的运营与维护"),
            dict(name="质量管理体系认证证书（ISO 9001）", no="07523Q1204R2M", holder=p["company"], issuer="华信认证中心有限公司",
                 issued="2023-03-02", expires="2026-03-01", scope="建筑工程施工及相关数字化服务"),
            dict(name="信息系统安全等级保护备案证明（第三级）", no="31010199011-21007", holder=p["company"],
                 issuer="上海市公安局网络安全保卫总队", issued="2021-06-08", expires="—", scope=p["platform"]),
            dict(name="数据管理能力成熟度等级证书（DCMM 2级 受管理级）", no="DCMM-2023-0218-2", holder=p["company"],
                 issuer="中国电子信息行业联合会", issued="2023-08-30", expires="2026-08-29", scope="数据管理能力"),
            dict(name="工业互联网标识注册证书", no="IDR-88.216.1903", holder=p["company"], issuer="国家工业互联网标识解析二级节点（建筑行业）",
                 issued="2022-04-12", expires="2025-04-11", scope=p["platform"]),
        ]
        f = E + "3-4 资质证书/资质证书清单.xlsx"
        ev.cert_list_xlsx(pkg, root, f, certs)
        files[f] = "evidence:other"
        iso = dict(kind="iso", title="信息安全管理体系认证证书", holder=p["company"], body=ISO_BODY,
                   scope=p["platform"] + "的运营与维护", issuer="华信认证中心有限公司", issued="2023年5月20日",
                   first="2020年5月20日", expires="2026年5月19日", no="ISC24IS0318R1M")
        f = E + "3-4 资质证书/ISO27001证书.png"
        ev.cert_image(pkg, root, f, iso, 11)
        files[f] = "evidence:other"
        facts.append(ev.fact("平台是否建立安全管理体系", "信息安全管理体系认证证书", "", None, f, 1, "信息安全管理体系认证证书",
                             "证书名称", image_only=True))
        hi = dict(kind="hitech", holder=p["company"], no="GR202331001287", issued="2023年11月15日", expires="2026年11月14日",
                  issuer="上海市科学技术委员会  上海市财政局  国家税务总局上海市税务局", issuer_seal="上海市科学技术委员会")
        f = E + "3-4 资质证书/高新技术企业证书.png"
        ev.cert_image(pkg, root, f, hi, 12)
        files[f] = "evidence:other"
        idn = dict(kind="generic", title="工业互联网标识注册证书", holder=p["company"],
                   body=f"企业前缀：88.216.1903    应用系统：{p['platform']}    已完成国家工业互联网标识解析体系注册",
                   issuer="国家工业互联网标识解析二级节点（建筑行业）", issued="2022年4月12日", expires="2025年4月11日",
                   no="IDR-88.216.1903")
        f = E + "3-4 资质证书/工业互联网标识注册证书.png"
        ev.cert_image(pkg, root, f, idn, 13)
        files[f] = "evidence:other"
        facts.append(ev.fact("平台是否融合使用国家标识解析系统", "88.216.1903", "", None, f, 1, "88.216.1903",
                             "企业前缀", image_only=True))
        pats, softs = ip_data(p, 9, 14)
        f = E + "3-5 知识产权清单.pdf"
        facts += ev.ip_list_pdf(pkg, root, f, pats, softs)
        files[f] = "evidence:patent_list"
        f = E + "3-6 专利证书扫描件.pdf"
        ev.patent_bundle(root, f, pats, 21)
        files[f] = "evidence:other"
        f = E + "3-7 软件著作权登记证书扫描件.pdf"
        ev.soft_bundle(root, f, softs, 22)
        files[f] = "evidence:other"
        f = E + "3-8 获奖证书汇编.pdf"
        facts += ev.awards_pdf(pkg, root, f, awards(p, 4), sc)
        files[f] = "evidence:award_list"
        f = E + "3-9 平台接入设备统计表.xlsx"
        facts += ev.device_xlsx(pkg, root, f)
        files[f] = "evidence:device_list"
        v = pkg.values
        tiles = [("接入设备（台/套）", f"{v['连接的工业设备/产品/产线种类及数量（台/套）'][1]:,}", "连接的工业设备/产品/产线种类及数量（台/套）",
                  v["连接的工业设备/产品/产线种类及数量（台/套）"][1]),
                 ("注册企业", f"{v['注册企业用户数（个）'][1]:,}", "注册企业用户数（个）", v["注册企业用户数（个）"][1]),
                 ("工业APP", str(v["工业APP数量（个）"][1]), "工业APP数量（个）", v["工业APP数量（个）"][1]),
                 ("机理模型", str(v["工业机理模型数量（个）"][1]), "工业机理模型数量（个）", v["工业机理模型数量（个）"][1]),
                 ("微服务", str(v["微服务数量（个）"][1]), "微服务数量（个）", v["微服务数量（个）"][1]),
                 ("注册开发者", f"{v['开发者注册总数（个）'][1]:,}", "开发者注册总数（个）", v["开发者注册总数（个）"][1])]
        f = E + "3-10 平台运行截图.png"
        facts += ev.dashboard_png(pkg, root, f, tiles, 31, "四建BIM智慧建造与运维平台 · 运行总览")
        files[f] = "evidence:screenshot"
        layout = ["folder:01申报文件+02证明材料", "stamped_scan", "summary:xlsx-vertical", "commitment:scan",
                  "djcp:text-pdf-long(第三级,基本符合,S3A3G3)", "record_certificate:image-pdf-landscape",
                  "cert_list:xlsx(有效期至)", "certs:png-landscape+portrait", "ip:list-pdf+two-bundles(9+14 pages)",
                  "awards:list-page+image-pages", "devices:xlsx-3-sheets", "screenshot:png", "section7"]
        return pkg, files, facts, [], layout

    return pid, dict(description="序号12 四建BIM平台，完全一致的干净包：等保第三级测评报告（长文本PDF，结论页第三级/基本符合）与备案证明一致，"
                                 "资质证书清单（XLSX，均在有效期内、持证单位均为申报单位、涉及系统为本平台），ISO27001/高新/标识证书PNG，"
                                 "专利9项与软著14项清单及逐页证书扫描件，获奖4项，含第七章。"), build


# =============================================================================== P2 — 序号8
def p2():
    pid = "h61_p2_711_problems"
    p = base_params(
        seed=801, list_no=8, participated=True,
        listed_name="船舶动力系统设备全生命周期运行维护平台", platform="船舶动力系统设备全生命周期运行维护平台",
        company="中国船舶重工集团公司第七一一研究所", short="711动力", field="船舶动力及能源装备",
        nature="行业型工业互联网平台",
        contact="钱宇航", phone="13901846273", email="qianyh@csic711-om.example.com",
        contact2=("邵梦婷", "平台运营专员", "13916042158", "shaomt@csic711-om.example.com"),
        venue="上海市闵行区华宁路3111号科研楼6楼会议中心", url="https://om.csic711.example.com",
        build_period="2018.09-2023.12", invest=7460.00,
        revenues={2020: 3904.12, 2021: 4418.76, 2022: 4962.35, 2023: 5617.08},
        team=(102, 47), rd=1184.26, profit=624.85, registered=986,
        devices=14620, device_cats=["动力设备", "交通设备", "电力设备", "仪器仪表", "化工设备"],
        overseas={"新加坡Singapore": 212, "希腊Greece": 96, "韩国Korea": 58},
        protocols=188, apps=236, other_sw=31,
        industries=["船舶", "电力、热力和燃气", "石化化工", "机械"],
        killer_dau=864, killer_income=26.18, cloud_servers=142.00, pub_servers=46,
        storage=(760.00, 483.36), models=228, model_users=402, microservices=684, developers=1720,
        orders=(3862, 4105), trade_growth=13.20, subs=1688, subs_amount=1436.52, dev_util=76.84, domestic=91.00,
        factories=3, parks=5, solutions=28, cases=(21.36, 7.48, 17.92), indices=4,
        patents=18, copyrights=12, awards=5, jobs=188, social=19.86,
        open_data="以API接口和故障案例库形式开放：开放API接口142个、故障案例数据集6个",
        partners=5,
        company_info=dict(code="12100000425012345K", founded="1963年3月", address="上海市闵行区华宁路3111号",
                          type="事业单位", capital="36800万元", business="船舶动力、能源装备研发制造及技术服务",
                          legal="金志远", title="信息中心主任", assets="2864512.36", income="1023658.41",
                          debt="52.18", profit="61254.30"),
        audit=dict(firm="上海立衡会计师事务所有限公司", no="立衡审（2024）0328号", cpa="冯越、陈立群",
                   company=dict(income=10236584120.55, income_prev=9618452307.12, cost=8812036541.20,
                                cost_prev=8301256478.61, tax=41236587.40, sell=112365478.22, admin=402365214.63,
                                rd=506321458.71, op=631254789.33, total=612543021.87)),
        sec_rules="是。已通过ISO/IEC 27001信息安全管理体系认证（证书编号：CQM21IS0507R0M）；制度文件：《平台网络安全管理制度》"
                  "（711-XX-AQ01，2020年5月）、《平台数据分类分级管理办法》（711-XX-AQ03，2022年8月）",
        sec_test="是，每年开展一次网络安全等级保护第三级测评（最近一次2023年12月），每半年开展一次渗透测试",
        breakthrough="是，自研船舶柴油机故障预测模型与多源振动数据融合算法，预测准确率达到国际同类产品水平",
        idn_text="是，平台已接入国家工业互联网标识解析二级节点（船舶行业），用于动力设备及备件全生命周期追溯",
        book_quals="研究所通过ISO 9001质量管理体系认证，平台通过ISO/IEC 27001信息安全管理体系认证，并按网络安全等级保护第三级要求建设。",
        book_security="安全可靠方面，平台已完成网络安全等级保护第三级测评，建立了覆盖数据、网络、应用的安全管理制度体系。",
        cases_text=["案例1：711动力运维平台——远洋船舶主机健康管理", "案例2：711动力运维平台——LNG船动力系统能效优化",
                    "案例3：711动力运维平台——港作船舶远程运维"],
        annex=["2023年度审计报告", "网络安全等级保护测评报告", "等级保护备案证明", "资质证书清单", "ISO27001认证证书",
               "知识产权清单", "专利证书", "软件著作权登记证书", "获奖证书汇编", "接入设备统计", "平台截图"],
        new_module="备件需求预测、远程专家会诊", prev_devices=12480, prev_registered=842,
    )
    p["proofs"] = {
        "平台相关营业收入（万元）": "附件3-1 第4页", "平台是否建立安全管理体系": "附件3-4 第1项；附件3-5 ISO27001认证证书",
        "有否定期开展第三方安全测试/测评": "附件3-2 等级测评报告；附件3-3 备案证明",
        "平台核心软硬件技术获得的专利数量（项）": "附件3-6 表1；附件3-7 专利证书",
        "平台核心软硬件技术获得的软著数量（个）": "附件3-6 表2；附件3-8 软件著作权登记证书",
        "平台获得省部级及以上奖项/荣誉数量（个）": "附件3-9",
    }

    def build(root, sc):
        pkg = Pkg(p)
        N = {"form": "附件2_申报表_船舶动力运维平台.docx", "scan": "附件2_申报表_盖章版.pdf",
             "book": "附件3_申报书_船舶动力运维平台.docx", "summary": "附件4_平台基本情况汇总表.docx",
             "commitment": "附件5_真实性承诺.pdf", "contacts": "附件1_联系人信息反馈表.docx"}
        files = write_applicant_docs(pkg, root, sc, N, "docx", "scan")
        E = "附件3_证明材料/"
        facts = []
        f = E + "3-1_审计报告.pdf"
        facts += ev.audit_report(pkg, root, f)
        files[f] = "evidence:audit_report"
        dj = dict(system=p["platform"], unit=p["company"], level=2, conclusion="基本符合", score=84.35,
                  no="SHXA-DJ-2023-1207-02", lab="上海星安信息安全测评有限公司", date="2023年12月22日",
                  period="2023年11月20日至2023年12月8日", record_no="31011299017-20015",
                  police="上海市公安局闵行分局", record_date="2020年9月14日")
        f = E + "3-2_网络安全等级保护测评报告.pdf"
        facts += ev.djcp_report(pkg, root, f, dj)
        files[f] = "evidence:other"
        f = E + "3-3_备案证明.png"
        ev.record_certificate(pkg, root, f, dj)
        files[f] = "evidence:other"
        certs = [
            dict(name="信息安全管理体系认证证书（ISO/IEC 27001）", no="CQM21IS0507R0M", holder=p["company"],
                 issuer="方圆标志认证集团有限公司", issued="2021-03-15", expires="2024-03-14", scope=p["platform"] + "的运维服务"),
            dict(name="质量管理体系认证证书（ISO 9001）", no="00223Q21874R3M", holder=p["company"], issuer="方圆标志认证集团有限公司",
                 issued="2023-06-01", expires="2026-05-31", scope="船舶动力装备研发、生产和服务"),
            dict(name="信息系统安全等级保护备案证明（第二级）", no="31011299017-20015", holder=p["company"],
                 issuer="上海市公安局闵行分局", issued="2020-09-14", expires="—", scope=p["platform"]),
            dict(name="工业互联网标识注册证书", no="IDR-88.233.1106", holder=p["company"], issuer="国家工业互联网标识解析二级节点（船舶行业）",
                 issued="2022-10-20", expires="2025-10-19", scope=p["platform"]),
        ]
        f = E + "3-4_资质证书清单.pdf"
        ev.cert_list_pdf(pkg, root, f, certs)
        files[f] = "evidence:other"
        iso = dict(kind="iso", title="信息安全管理体系认证证书", holder=p["company"], body=ISO_BODY,
                   scope=p["platform"] + "的运维服务", issuer="方圆标志认证集团有限公司", issued="2021年3月15日",
                   first="2021年3月15日", expires="2024年3月14日", no="CQM21IS0507R0M")
        f = E + "3-5_ISO27001认证证书.pdf"
        ev.cert_image(pkg, root, f, iso, 41)
        files[f] = "evidence:other"
        facts.append(ev.fact("平台是否建立安全管理体系", "信息安全管理体系认证证书", "", None, f, 1, "信息安全管理体系认证证书",
                             "证书名称", image_only=True))
        pats, softs = ip_data(p, 15, 12)
        f = E + "3-6_知识产权清单.pdf"
        facts += ev.ip_list_pdf(pkg, root, f, pats, softs)
        files[f] = "evidence:patent_list"
        f = E + "3-7_专利证书.pdf"
        ev.patent_bundle(root, f, pats, 42)
        files[f] = "evidence:other"
        f = E + "3-8_软件著作权登记证书.pdf"
        ev.soft_bundle(root, f, softs, 43)
        files[f] = "evidence:other"
        f = E + "3-9_获奖证书汇编.pdf"
        facts += ev.awards_pdf(pkg, root, f, awards(p, 5), sc)
        files[f] = "evidence:award_list"
        f = E + "3-10_接入设备统计.xlsx"
        facts += ev.device_xlsx(pkg, root, f)
        files[f] = "evidence:device_list"
        v = pkg.values
        tiles = [("在线监测设备（台/套）", f"{v['连接的工业设备/产品/产线种类及数量（台/套）'][1]:,}",
                  "连接的工业设备/产品/产线种类及数量（台/套）", v["连接的工业设备/产品/产线种类及数量（台/套）"][1]),
                 ("公有云接入（台/套）", f"{v['公有云工业设备连接数量（台/套）'][1]:,}", "公有云工业设备连接数量（台/套）",
                  v["公有云工业设备连接数量（台/套）"][1]),
                 ("服务船东及企业", str(v["注册企业用户数（个）"][1]), "注册企业用户数（个）", v["注册企业用户数（个）"][1]),
                 ("工业APP", str(v["工业APP数量（个）"][1]), "工业APP数量（个）", v["工业APP数量（个）"][1]),
                 ("故障机理模型", str(v["工业机理模型数量（个）"][1]), "工业机理模型数量（个）", v["工业机理模型数量（个）"][1])]
        f = E + "3-11_平台截图.png"
        facts += ev.dashboard_png(pkg, root, f, tiles, 44, "船舶动力运维平台 · 全球设备运行态势")
        files[f] = "evidence:screenshot"
        form = N["form"]
        probs = [
            _prob(f"{pid}-01-declared_vs_evidence", "declared_vs_evidence", ["有否定期开展第三方安全测试/测评"],
                  [form, E + "3-2_网络安全等级保护测评报告.pdf", E + "3-3_备案证明.png"], "error",
                  "申报表称每年开展网络安全等级保护第三级测评，但所附测评报告（SHXA-DJ-2023-1207-02）等级测评结论页写明被测平台"
                  "安全保护等级为第二级（S2A2G2），备案证明同为第二级；申报的等级高于测评报告所载等级"),
            _prob(f"{pid}-02-count_vs_list", "count_vs_list", ["平台核心软硬件技术获得的专利数量（项）"],
                  [form, E + "3-6_知识产权清单.pdf", E + "3-7_专利证书.pdf"], "error",
                  "申报表填报专利数量18项，知识产权清单“表1 专利清单（共15项）”仅列15项，专利证书扫描件也只有15页（每页一份证书）"),
            _prob(f"{pid}-03-declared_vs_evidence", "declared_vs_evidence", ["平台是否建立安全管理体系"],
                  [form, E + "3-5_ISO27001认证证书.pdf", E + "3-4_资质证书清单.pdf"], "warning",
                  "申报表以ISO/IEC 27001认证（证书编号CQM21IS0507R0M）作为安全管理体系的证明，但该证书有效期至2024年3月14日，"
                  "早于填表日2024年7月10日，已过期，未见换证"),
        ]
        layout = ["folder:flat+附件3_证明材料", "stamped_scan", "summary:docx-vertical", "commitment:scan",
                  "djcp:text-pdf-long(第二级,S2A2G2)", "record_certificate:png", "cert_list:pdf-landscape(expired item)",
                  "certs:image-pdf", "ip:list-pdf+two-bundles(15+12 pages)", "awards:list-page+image-pages",
                  "devices:xlsx-3-sheets", "screenshot:png", "section7"]
        return pkg, files, facts, probs, layout

    return pid, dict(description="序号8 七一一所船舶动力运维平台：申报表称等保第三级而测评报告与备案证明均为第二级；专利申报18项而清单与逐页证书仅15项；"
                                 "作为安全管理体系证明的ISO27001证书已于填表日前过期。"), build


# =============================================================================== P3 — 序号27
def p3():
    pid = "h61_p3_tansuo_problems"
    sister = "碳索智控（上海）科技有限公司"
    p = base_params(
        seed=2701, list_no=27, participated=False,
        listed_name="零碳绿色工厂综合数智化管理平台", platform="零碳绿色工厂综合数智化管理平台",
        company="上海碳索能源服务股份有限公司", short="碳索", field="工业能源管理与零碳工厂",
        contact="罗思远", phone="13916680359", email="luosy@tansuo-zc.example.com",
        contact2=("葛雨萱", "市场经理", "13917204486", "geyx@tansuo-zc.example.com"),
        venue="上海市浦东新区张衡路1000弄62号3楼路演厅", url="https://zc.tansuo.example.com",
        build_period="2020.01-2023.12", invest=3180.00,
        revenues={2020: 1206.30, 2021: 1538.44, 2022: 1972.65, 2023: 2486.18},
        team=(46, 31), rd=436.27, profit=298.63, registered=724,
        devices=6380, device_cats=["电力设备", "动力设备", "仪器仪表", "化工设备"],
        overseas={"越南Vietnam": 34},
        protocols=96, apps=112, other_sw=14,
        industries=["电力、热力和燃气", "石化化工", "轻工", "医药"],
        app_cats=["节能减排", "运维服务", "安全生产", "运营管理", "质量管控"],
        killer_dau=512, killer_income=9.86, cloud_servers=48.50, pub_servers=22,
        storage=(180.00, 104.58), models=96, model_users=154, microservices=312, developers=640,
        orders=(2184, 2316), trade_growth=24.60, subs=986, subs_amount=418.66, dev_util=83.12, domestic=86.00,
        factories=2, parks=4, solutions=18, cases=(12.84, 15.36, 9.72), indices=3,
        patents=8, copyrights=22, awards=6, jobs=92, social=18.24, carbon=True,
        open_data="以API接口和碳排放因子库形式开放：开放API接口58个、排放因子数据集4个",
        partners=4,
        company_info=dict(code="91310115MA1H7A1234", founded="2012年8月", address="上海市浦东新区张衡路1000弄62号",
                          type="股份有限公司（非上市）", capital="8600万元", business="合同能源管理、能源数字化服务",
                          legal="谭启明", title="数字化事业部总监", assets="48652.37", income="32564.18",
                          debt="46.25", profit="3862.41"),
        audit=dict(firm="上海中勤会计师事务所（普通合伙）", no="中勤审字[2024]第0617号", cpa="邹宁、蒋宏",
                   company=dict(income=325641836.27, income_prev=284123657.90, cost=231254687.36, cost_prev=203654128.40,
                                tax=2365412.58, sell=12365478.21, admin=26354128.74, rd=21365478.36, op=39365214.77,
                                total=38624105.63)),
        sec_rules="是。制度文件：《平台信息安全管理制度》（TS-IT-01，2021年4月）、《平台用户账号与权限管理规定》（TS-IT-03，2022年2月）、"
                  "《平台数据备份与恢复管理办法》（TS-IT-05，2022年11月）",
        sec_test="是，平台每年开展一次网络安全等级保护（第三级）测评，最近一次为2023年9月",
        breakthrough="是，自研工业能耗数字孪生与碳排放实时核算引擎，核算颗粒度达到产线级",
        carbon_text="是，提供碳计算/核算、碳足迹、碳排放监测和碳效评价服务，服务用户覆盖电力、化工、轻工等行业",
        idn_text="是，平台接入国家工业互联网标识解析体系，用于能源计量器具与碳足迹数据标识",
        listed_text="是，2022年获得某产业投资基金B轮投资",
        book_quals="公司为高新技术企业、上海市专精特新企业，拥有软件著作权和专利等自主知识产权。",
        book_security="安全可靠方面，平台每年开展网络安全等级保护测评，并定期开展漏洞扫描。",
        cases_text=["案例1：碳索平台——化工园区企业零碳工厂建设", "案例2：碳索平台——食品企业能效管理",
                    "案例3：碳索平台——医药企业碳足迹核算"],
        annex=["审计报告", "等级测评报告", "备案证明", "资质证书清单", "知识产权清单", "软件著作权登记证书", "专利证书",
               "获奖证书", "接入设备统计", "平台截图"],
    )
    p["texts"] = {"新产业": "有，培育“能源托管+碳资产服务”新模式，为园区企业提供能效提升与碳资产管理一体化服务。"}
    p["listed"] = True
    p["proofs"] = {
        "有否定期开展第三方安全测试/测评": "附件3-2 等级测评报告；附件3-3 备案证明",
        "平台核心软硬件技术获得的软著数量（个）": "附件3-5 软件著作权工作表；附件3-6",
        "平台核心软硬件技术获得的专利数量（项）": "附件3-5 专利工作表；附件3-7",
        "平台获得省部级及以上奖项/荣誉数量（个）": "附件3-8 获奖证书",
    }

    def build(root, sc):
        pkg = Pkg(p)
        N = {"form": "申报表（碳索能源）.docx", "book": "申报书（碳索能源）.docx", "summary": "平台基本情况汇总表.xlsx",
             "commitment": "真实性承诺.docx"}
        files = write_applicant_docs(pkg, root, sc, N, "xlsx-horizontal", "docx")
        E = "证明材料/"
        facts = []
        f = E + "3-1 审计报告.pdf"
        facts += ev.audit_report(pkg, root, f)
        files[f] = "evidence:audit_report"
        web = "上海碳索能源服务股份有限公司门户网站"
        dj = dict(system=web, unit=p["company"], level=3, conclusion="基本符合", score=85.16,
                  no="HXCP-2023-09-1186", lab="上海恒信测评技术有限公司", date="2023年9月26日",
                  period="2023年8月28日至2023年9月15日", record_no="31011599023-22041",
                  police="上海市公安局浦东分局", record_date="2022年7月19日",
                  business="企业官网信息发布、新闻公告和在线留言", site="公有云主机", as_fact=False)
        f = E + "3-2 等级测评报告.pdf"
        facts += ev.djcp_report(pkg, root, f, dj)
        files[f] = "evidence:other"
        f = E + "3-3 备案证明.pdf"
        ev.record_certificate(pkg, root, f, dj)
        files[f] = "evidence:other"
        certs = [
            dict(name="高新技术企业证书", no="GR202231004528", holder=p["company"], issuer="上海市科学技术委员会等",
                 issued="2022-12-14", expires="2025-12-13", scope="全公司"),
            dict(name="信息系统安全等级保护备案证明（第三级）", no="31011599023-22041", holder=p["company"],
                 issuer="上海市公安局浦东分局", issued="2022-07-19", expires="—", scope=web),
            dict(name="质量管理体系认证证书（ISO 9001）", no="11723Q30846R1M", holder=p["company"], issuer="中正认证有限公司",
                 issued="2023-02-10", expires="2026-02-09", scope="合同能源管理及能源数字化服务"),
            dict(name="能源管理体系认证证书（ISO 50001）", no="11723EN0412R0M", holder=p["company"], issuer="中正认证有限公司",
                 issued="2023-02-10", expires="2026-02-09", scope="能源管理服务"),
        ]
        f = E + "3-4 资质证书清单.xlsx"
        ev.cert_list_xlsx(pkg, root, f, certs)
        files[f] = "evidence:other"
        owners = [p["company"]] * 22
        for i in (5, 13, 19):
            owners[i] = sister
        pats, softs = ip_data(p, 8, 22, owners)
        f = E + "3-5 知识产权清单.xlsx"
        facts += ev.ip_list_xlsx(pkg, root, f, pats, softs)
        files[f] = "evidence:patent_list"
        f = E + "3-6 软件著作权登记证书.pdf"
        ev.soft_bundle(root, f, softs, 51)
        files[f] = "evidence:other"
        f = E + "3-7 专利证书.pdf"
        ev.patent_bundle(root, f, pats, 52)
        files[f] = "evidence:other"
        f = E + "3-8 获奖证书.pdf"
        facts += ev.awards_pdf(pkg, root, f, awards(p, 5), sc)
        files[f] = "evidence:award_list"
        f = E + "3-9 接入设备统计.xlsx"
        facts += ev.device_xlsx(pkg, root, f)
        files[f] = "evidence:device_list"
        v = pkg.values
        tiles = [("接入能源计量设备（台/套）", f"{v['连接的工业设备/产品/产线种类及数量（台/套）'][1]:,}",
                  "连接的工业设备/产品/产线种类及数量（台/套）", v["连接的工业设备/产品/产线种类及数量（台/套）"][1]),
                 ("注册企业", str(v["注册企业用户数（个）"][1]), "注册企业用户数（个）", v["注册企业用户数（个）"][1]),
                 ("实际服务企业", str(v["实际服务企业数（个）"][1]), "实际服务企业数（个）", v["实际服务企业数（个）"][1]),
                 ("微服务", str(v["微服务数量（个）"][1]), "微服务数量（个）", v["微服务数量（个）"][1])]
        f = E + "3-10 平台截图.png"
        facts += ev.dashboard_png(pkg, root, f, tiles, 53, "零碳工厂数智化管理平台 · 运营驾驶舱")
        files[f] = "evidence:screenshot"
        form = N["form"]
        probs = [
            _prob(f"{pid}-01-count_vs_list", "count_vs_list", ["平台核心软硬件技术获得的软著数量（个）"],
                  [form, E + "3-5 知识产权清单.xlsx", E + "3-6 软件著作权登记证书.pdf"], "warning",
                  f"申报表填报软著22个，清单与证书也是22项，但其中第6、14、20项的著作权人为{sister}而非申报单位；填报指引要求"
                  "软著权属与平台所属公司一致，可计入的仅19个"),
            _prob(f"{pid}-02-missing_proof", "missing_proof", ["有否定期开展第三方安全测试/测评"],
                  [form, E + "3-2 等级测评报告.pdf", E + "3-3 备案证明.pdf"], "warning",
                  f"申报表称平台每年开展等保第三级测评，但作为证明的测评报告与备案证明的被测系统为“{web}”，不是本平台；"
                  "平台本身的第三方测评没有证明"),
            _prob(f"{pid}-03-count_vs_list", "count_vs_list", ["平台获得省部级及以上奖项/荣誉数量（个）"],
                  [form, E + "3-8 获奖证书.pdf"], "error",
                  "申报表填报省部级及以上奖项/荣誉6个，获奖证书文件的清单“共5项”，其后也只有5张证书"),
        ]
        layout = ["folder:flat+证明材料", "no_stamped_scan", "summary:xlsx-horizontal", "commitment:docx",
                  "djcp:text-pdf-long(other system)", "record_certificate:image-pdf", "cert_list:xlsx",
                  "ip:list-xlsx(软著 sheet first, 著作权人 column)+two-bundles(22+8 pages)", "awards:list-page+image-pages",
                  "devices:xlsx-3-sheets", "screenshot:png", "no_section7"]
        return pkg, files, facts, probs, layout

    return pid, dict(description="序号27 碳索零碳工厂平台（2023未参评）：软著22项中3项著作权人为关联公司；等保测评报告与备案证明针对企业门户网站而非平台；"
                                 "获奖申报6项而清单与证书仅5项。"), build


# =============================================================================== P4 — 序号32
def p4():
    pid = "h61_p4_hangfa_problems"
    sister = "中国航发上海商发数字科技有限公司"
    p = base_params(
        seed=3201, list_no=32, participated=False,
        listed_name="中国航发商密网工业互联网平台", platform="中国航发商密网工业互联网平台",
        company="中国航发商用航空发动机有限责任公司", short="商密网", field="航空发动机研制与供应链协同",
        contact="韩一鸣", phone="13918837501", email="hanym@acae-smw.example.com",
        contact2=("潘若琳", "平台安全主管", "13917362984", "panrl@acae-smw.example.com"),
        venue="上海市闵行区莲花南路3998号研发中心B座2楼", url="https://smw.acae.example.com",
        build_period="2019.06-2023.12", invest=9860.00,
        revenues={2020: 2104.56, 2021: 2688.91, 2022: 3246.70, 2023: 3902.15},
        team=(126, 38), rd=1426.33, profit=386.47, registered=612,
        devices=5260, device_cats=["机床", "仪器仪表", "动力设备", "机器人", "其他"],
        overseas={"法国France": 22},
        protocols=84, apps=142, other_sw=36,
        industries=["航空/航天", "机械", "电子", "有色金属"],
        app_cats=["研发设计", "质量管控", "供应链管理", "生产制造", "运维服务"],
        killer_dau=436, killer_income=12.40, cloud_servers=118.00, pub_servers=12, deploy="边缘侧、私有云、混合云",
        storage=(1200.00, 742.80), models=176, model_users=268, microservices=428, developers=960,
        orders=(1462, 1588), trade_growth=19.46, subs=824, subs_amount=1126.30, dev_util=79.58, domestic=95.00,
        factories=2, parks=3, solutions=16, cases=(14.26, 6.18, 22.40), indices=2,
        patents=7, copyrights=17, awards=3, jobs=124, social=16.92,
        speed=("毫秒级（每TB试验数据检索约650毫秒）", "毫秒级"),
        open_data="以供应链协同接口形式开放：开放API接口64个、质量数据交换模板18类",
        partners=3,
        company_info=dict(code="91310000684081234P", founded="2009年1月", address="上海市闵行区莲花南路3998号",
                          type="有限责任公司（国有控股）", capital="600000万元", business="民用航空发动机及零部件研制、生产和服务",
                          legal="贺宏伟", title="信息化部副部长", assets="6325412.77", income="412365.28",
                          debt="38.64", profit="-35621.47"),
        audit=dict(firm="上海正则会计师事务所（特殊普通合伙）", no="正则审字（2024）第1085号", cpa="戴明、林晓",
                   company=dict(income=4123652841.36, income_prev=3864215963.20, cost=3625412874.19,
                                cost_prev=3412036587.44, tax=12365874.21, sell=41236587.63, admin=312654789.22,
                                rd=486321547.36, op=-342365478.18, total=-356214736.92)),
        sec_rules="是。制度文件：《商密网平台网络安全管理规定》（ACAE-XX-2020-011，2020年7月）、《平台涉密与商密数据管理办法》"
                  "（ACAE-XX-2021-004，2021年3月）、《平台安全审计管理细则》（ACAE-XX-2022-019，2022年10月）",
        sec_test="是，每年委托第三方开展一次网络安全等级保护（第三级）测评",
        breakthrough="是，自研航空零部件质量数据可信交换与供应链协同引擎，实现跨企业数据不出域的协同计算",
        idn_text="是，平台已融合使用国家工业互联网标识解析系统（企业前缀88.118.3325），用于航空零部件批次追溯",
        book_quals="公司通过AS9100D航空质量管理体系认证，平台按网络安全等级保护第三级要求建设，并通过数据管理能力成熟度评估。",
        book_security="安全可靠方面，平台部署于专有云，采用商用密码技术，按等保第三级要求每年开展测评。",
        cases_text=["案例1：商密网平台——发动机零部件供应商质量协同", "案例2：商密网平台——试验数据可信共享",
                    "案例3：商密网平台——外场运维数据回传"],
        annex=["审计报告", "等保测评报告", "资质证书清单", "DCMM证书", "标识注册证书", "知识产权清单", "软件著作权登记证书",
               "专利证书", "获奖证书", "设备统计", "平台截图"],
    )
    p["texts"] = {"数据管理": "已通过数据管理能力成熟度（DCMM）稳健级（3级）评估；建立数据标准、数据质量、数据安全管理制度，"
                             "按季度开展数据质量稽核。"}
    p["proofs"] = {
        "有否定期开展第三方安全测试/测评": "附件3-2 等保测评报告",
        "T:数据管理": "附件3-4 DCMM证书",
        "平台是否融合使用国家标识解析系统": "附件3-5 标识注册证书",
        "平台核心软硬件技术获得的软著数量（个）": "附件3-6 软件著作权工作表；附件3-7",
        "平台核心软硬件技术获得的专利数量（项）": "附件3-6 专利工作表；附件3-8",
    }

    def build(root, sc):
        pkg = Pkg(p)
        pkg.proofs["数据基础管理能力"] = pkg.proofs.pop("T:数据管理")
        N = {"contacts": "1-联系人信息反馈表.docx", "form": "2-申报表.docx", "scan": "2-申报表（盖章）.pdf",
             "book": "3-申报书.docx", "summary": "4-平台基本情况汇总表.xlsx", "commitment": "5-真实性承诺（盖章）.pdf"}
        files = write_applicant_docs(pkg, root, sc, N, "xlsx-vertical", "scan")
        E = "3-附件/"
        facts = []
        f = E + "3-1 审计报告.pdf"
        facts += ev.audit_report(pkg, root, f)
        files[f] = "evidence:audit_report"
        dj = dict(system=p["platform"], unit=p["company"], level=3, conclusion="基本符合", score=83.41,
                  no="SAFE-DJ-2021-12-0093", lab="上海磐安网络安全测评中心有限公司", date="2021年12月17日",
                  period="2021年11月22日至2021年12月10日", record_no="31011299031-21008",
                  police="上海市公安局闵行分局", record_date="2021年4月26日")
        f = E + "3-2 等保测评报告（2021）.pdf"
        facts += ev.djcp_report(pkg, root, f, dj)
        files[f] = "evidence:other"
        certs = [
            dict(name="信息系统安全等级保护备案证明（第三级）", no="31011299031-21008", holder=p["company"],
                 issuer="上海市公安局闵行分局", issued="2021-04-26", expires="—", scope=p["platform"]),
            dict(name="数据管理能力成熟度等级证书（DCMM 2级 受管理级）", no="DCMM-2022-0457-2", holder=p["company"],
                 issuer="中国电子信息行业联合会", issued="2022-09-16", expires="2025-09-15", scope="数据管理能力"),
            dict(name="工业互联网标识注册证书", no="IDR-88.118.3325", holder=sister, issuer="国家工业互联网标识解析二级节点（航空行业）",
                 issued="2023-03-08", expires="2026-03-07", scope="航空零部件追溯系统"),
            dict(name="航空质量管理体系认证证书（AS9100D）", no="AS9100-2023-1182", holder=p["company"], issuer="中航认证有限公司",
                 issued="2023-05-12", expires="2026-05-11", scope="民用航空发动机研制"),
        ]
        f = E + "3-3 资质证书清单.pdf"
        ev.cert_list_pdf(pkg, root, f, certs)
        files[f] = "evidence:other"
        dc = dict(kind="generic", title="数据管理能力成熟度等级证书", holder=p["company"],
                  body="经评估，数据管理能力成熟度等级达到：2级（受管理级）   依据GB/T 36073-2018",
                  issuer="中国电子信息行业联合会", issued="2022年9月16日", expires="2025年9月15日", no="DCMM-2022-0457-2")
        f = E + "3-4 DCMM证书.png"
        ev.cert_image(pkg, root, f, dc, 61)
        files[f] = "evidence:other"
        idn = dict(kind="generic", title="工业互联网标识注册证书", holder=sister,
                   body="企业前缀：88.118.3325    应用系统：航空零部件追溯系统    已完成国家工业互联网标识解析体系注册",
                   issuer="国家工业互联网标识解析二级节点（航空行业）", issued="2023年3月8日", expires="2026年3月7日",
                   no="IDR-88.118.3325")
        f = E + "3-5 标识注册证书.pdf"
        ev.cert_image(pkg, root, f, idn, 62)
        files[f] = "evidence:other"
        pats, softs = ip_data(p, 7, 17)
        f = E + "3-6 知识产权清单.xlsx"
        facts += ev.ip_list_xlsx(pkg, root, f, pats, softs)
        files[f] = "evidence:patent_list"
        f = E + "3-7 软件著作权登记证书.pdf"
        ev.soft_bundle(root, f, softs[:14], 63)
        files[f] = "evidence:other"
        f = E + "3-8 专利证书.pdf"
        ev.patent_bundle(root, f, pats, 64)
        files[f] = "evidence:other"
        f = E + "3-9 获奖证书.pdf"
        facts += ev.awards_pdf(pkg, root, f, awards(p, 3), sc)
        files[f] = "evidence:award_list"
        f = E + "3-10 设备统计.xlsx"
        facts += ev.device_xlsx(pkg, root, f)
        files[f] = "evidence:device_list"
        v = pkg.values
        tiles = [("接入设备（台/套）", f"{v['连接的工业设备/产品/产线种类及数量（台/套）'][1]:,}",
                  "连接的工业设备/产品/产线种类及数量（台/套）", v["连接的工业设备/产品/产线种类及数量（台/套）"][1]),
                 ("协同供应商", str(v["注册企业用户数（个）"][1]), "注册企业用户数（个）", v["注册企业用户数（个）"][1]),
                 ("工业APP", str(v["工业APP数量（个）"][1]), "工业APP数量（个）", v["工业APP数量（个）"][1]),
                 ("开发者", str(v["开发者注册总数（个）"][1]), "开发者注册总数（个）", v["开发者注册总数（个）"][1]),
                 ("活跃微服务", str(v["活跃微服务数量（一周调用5次以上）（个）"][1]), "活跃微服务数量（一周调用5次以上）（个）",
                  v["活跃微服务数量（一周调用5次以上）（个）"][1])]
        f = E + "3-11 平台截图.png"
        facts += ev.dashboard_png(pkg, root, f, tiles, 65, "商密网 · 供应链协同运行监控")
        files[f] = "evidence:screenshot"
        form = N["form"]
        probs = [
            _prob(f"{pid}-01-declared_vs_evidence", "declared_vs_evidence", ["平台是否融合使用国家标识解析系统"],
                  [form, E + "3-5 标识注册证书.pdf", E + "3-3 资质证书清单.pdf"], "warning",
                  f"申报表称平台已融合使用国家标识解析系统（企业前缀88.118.3325），但标识注册证书的持证单位为{sister}"
                  "（另一家公司），应用系统为“航空零部件追溯系统”，不能直接证明申报单位的本平台"),
            _prob(f"{pid}-02-count_vs_list", "count_vs_list", ["平台核心软硬件技术获得的软著数量（个）"],
                  [form, E + "3-6 知识产权清单.xlsx", E + "3-7 软件著作权登记证书.pdf"], "warning",
                  "申报表与清单均为软著17个（清单“合计：17项”），但所附软件著作权登记证书扫描件只有14页（每页一份证书），"
                  "清单第15—17项无证书"),
            _prob(f"{pid}-03-declared_vs_evidence", "declared_vs_evidence", ["有否定期开展第三方安全测试/测评"],
                  [form, E + "3-2 等保测评报告（2021）.pdf"], "warning",
                  "申报表称每年开展一次等保第三级测评，但所附唯一一份测评报告出具于2021年12月17日，距填表日2024年7月10日已两年半，"
                  "“每年/定期”无证明"),
            _prob(f"{pid}-04-declared_vs_evidence", "declared_vs_evidence", ["数据基础管理能力"],
                  [form, E + "3-4 DCMM证书.png", E + "3-3 资质证书清单.pdf"], "error",
                  "申报表“数据基础管理能力”称通过DCMM稳健级（3级）评估，而所附DCMM证书（DCMM-2022-0457-2）与资质证书清单"
                  "均为2级（受管理级）"),
        ]
        layout = ["folder:numbered 1-5 + 3-附件", "stamped_scan", "summary:xlsx-vertical", "commitment:scan",
                  "djcp:text-pdf-long(2021 report)", "cert_list:pdf-landscape(other holder)", "certs:png+image-pdf portrait",
                  "ip:list-xlsx+bundles(14 of 17 软著, 7 专利)", "awards:list-page+image-pages", "devices:xlsx-3-sheets",
                  "screenshot:png", "loss-making company", "no_section7"]
        return pkg, files, facts, probs, layout

    return pid, dict(description="序号32 航发商密网平台（2023未参评）：标识注册证书持证单位为另一家公司；软著清单17项而证书扫描件仅14页；"
                                 "唯一等保测评报告为2021年；申报DCMM 3级而证书为2级。"), build


SPECS = [p1, p2, p3, p4]
