"""Packages 2-4 of the h22 set."""
from __future__ import annotations

from common import *  # noqa
from common import n0, c2, f2, r2, bd_text, dump_json, A4_LABELS
from model import (Pkg, derive, form_docx, form_xlsx, form_canvas_pages, form_stamped_scan, summary_xlsx,
                   summary_docx, commitment_scan, contact_docx, book_docx, book_pdf)
from evidence import *  # noqa
import defaults


def _xlsx_list(path, sheets):
    """sheets: [(title, header, rows, total_text)]"""
    from openpyxl.styles import Font
    wb = new_wb()
    first = True
    for title, header, rows, total in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title
        ws.append(header)
        for r in rows:
            ws.append(r)
        ws.append([total])
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for col, w in zip("ABCDE", (8, 46, 24, 16, 20)):
            ws.column_dimensions[col].width = w
    wb_save(wb, path)


# =====================================================================================
# h22_zhijing_clean — 序号19 致景 (clean)
# =====================================================================================
def pkg_zhijing(B):
    pid = "h22_zhijing_clean"
    root = B.OUT / "packages" / pid
    P = B.base(
        list_no=19, listed_name="“飞梭智纺”纺织工业互联网平台", declared_name="“飞梭智纺”纺织工业互联网平台",
        company="上海致景信息科技有限公司", participated=True, short="致景科技",
        contact="林思远", phone="13918064732", email="linsy@zhijing.example.com",
        contact2=("韩雪", "市场部经理", "13764015829", "hanx@zhijing.example.com"),
        address="上海市闵行区紫星路588号2号楼9层会议中心", url="https://fs.zhijing.example.com",
        account="review2024", password="Fs!Zj0719",
        period="2018.09-2023.12", period_text="2018年9月至2023年12月", build=7420.00,
        nature="行业型工业互联网平台", deploy="边缘侧、公有云", deploy_box="√边缘侧 □私有云 √公有云 □混合云",
        iaas_box="□自建  √租用，服务商名称：阿里云计算有限公司",
        rev=(7012.30, 8164.52, 9438.06, 11026.74), ops=148, opr=97, qual=171, rd=2315.62, profit=1687.10,
        dev=46280, dev_pub=41350, dev_daily=33620,
        dev_cat=[("轻工设备", 86), ("动力设备", 6), ("仪器仪表", 5), ("电工、电子设备", 3)],
        dev_reg=[("浙江", 34), ("江苏", 22), ("福建", 14), ("广东", 12), ("上海", 6), ("山东", 5), ("河南", 4), ("安徽", 3)],
        protocols=96, sw=286, app=248, app_native=174, app_mau=196,
        app_cat=[("生产制造", 30), ("质量管控", 14), ("供应链管理", 20), ("运营管理", 16), ("仓储物流", 10), ("节能减排", 6), ("运维服务", 4)],
        app_ind=[("纺织", 82), ("轻工", 18)],
        killer_dau=5920, killer_hits=68200, killer_income=58.46, app_pub=232, app_pub_dau=164,
        cloud=286.00, cloud_pub=286, cap=1800.00, used=1126.44, pub_data=1126.44,
        models=168, models_active=97, model_users=1320, ms=742, ms_active=458, devs=5260, devs_active=1184,
        reg=13620, served=9864, paid=3218, sme=9352,
        ent_ind=[("纺织", 92), ("轻工", 8)],
        ent_reg=[("浙江", 36), ("江苏", 23), ("福建", 14), ("广东", 12), ("上海", 5), ("山东", 5), ("河南", 3), ("安徽", 2)],
        orders=(86420, 91305), trade_growth=18.62, subs=21680, subs_killer=14230, subs_amount=6842.10, dev_util=81.30,
        domestic=92.00, smart=2, parks=11, solutions=24, cost_down=12.86, energy_down=10.24, safety_up=15.32,
        indices=5, patents=18, softs=52, awards=7, jobs=1260, social=24.58, partners=9,
        open_data="以API接口、纺织行业数据集和指数形式开放：开放API接口96个、行业数据集5个、飞梭纺织景气指数等5项指数",
        carbon="是，提供织造企业碳核算与碳足迹服务", idres="是，接入国家标识解析纺织行业二级节点，标识注册量约1.2亿",
        vc="是，已获得多轮VC/PE投资", sec_no="ZJ-IT-2022-003", sec_no2="ZJ-IT-2023-011",
        speed="秒级（每TB织机运行数据分析约6秒）",
        ent=dict(uscc="91310112MA1GB2K47P", founded="2017年3月", reg_addr="上海市闵行区", type="有限责任公司",
                 capital="12,500万元", business="纺织产业互联网平台研发运营、织造数字化解决方案与供应链服务",
                 legal="郭锦辉", title="政府事务总监", fax="021-54860000", equity="创始团队及机构投资者（详见工商登记）",
                 assets="186,520.44", income="248,316.85", income_g="12.64", debt="38.15", profit="9,826.30", tax="4,112.57"),
        intro="“飞梭智纺”纺织工业互联网平台面向织造、印染及纺织服装企业，提供织机联网、生产管理、订单协同、面料交易与供应链金融等服务，已连接织机4.6万余台，服务中小纺织企业近万家。",
        effect="平台解决了纺织中小企业设备数据不可见、订单波动大、产能利用率低等痛点，通过产能共享和订单协同提升行业整体效率，推动纺织产业集群数字化转型。",
    )
    P["proof"] = {"1.2.1": "附件3-1 第2页", "1.2.2": "附件3-1 第2页", "2.1.1": "附件3-2；申报书表2", "2.1.2": "附件3-5",
                  "3.1.1": "附件3-6", "3.1.3": "附件3-3、3-4"}
    P["annex_list"] = [["3-1", "平台财务数据专项说明", "1-2"], ["3-2", "平台接入设备统计", "3"], ["3-3", "知识产权清单", "4-5"],
                       ["3-4", "省部级及以上荣誉清单", "6"], ["3-5", "平台应用数据统计", "7"], ["3-6", "平台运营看板截图", "8"]]
    pkg = Pkg(pid, P)
    B.derive(pkg)
    pkg.T = defaults.texts(P, "面向纺织织造全产业链的产能共享与订单协同行业型工业互联网平台")
    dev_rows = [["设备二级分类", "接入（台/套）", "公有云（台/套）", "日均运行（台/套）"]] + \
        [[k, n0(P["dev_cat_bd"][k]), n0(P["pub_cat_bd"][k]), n0(P["day_cat_bd"][k])] for k in P["dev_cat_bd"]] + \
        [["合计", n0(P["dev"]), n0(P["dev_pub"]), n0(P["dev_daily"])]]
    P["ops_text"] = (f"截至2024年6月底，平台注册企业{n0(P['reg'])}家（其中实际服务企业{n0(P['served'])}家），"
                     f"连接织机等设备{n0(P['dev'])}台/套，设备分类情况见表2（与附件3-2一致）。")
    P["book"] = defaults.book(P, sections7=True, device_table=(dev_rows, [150, 105, 105, 115]))
    F = {"contact": "01_联系人信息反馈表.docx", "form": "02_申报表.docx", "scan": "02_申报表_盖章扫描.pdf",
         "book": "03_申报书.pdf", "sum": "04_平台基本情况汇总表.docx", "commit": "05_真实性承诺_盖章.pdf",
         "fin": "06_证明材料/3-1 平台财务数据专项说明.pdf", "dev": "06_证明材料/3-2 平台接入设备统计.pdf",
         "ip": "06_证明材料/3-3 知识产权清单.xlsx", "award": "06_证明材料/3-4 省部级及以上荣誉清单.pdf",
         "app": "06_证明材料/3-5 平台应用数据统计.docx", "shot": "06_证明材料/3-6 平台运营看板截图.png"}
    roles = {"contact": "联系人表", "form": "申报表", "scan": "申报表扫描件", "book": "申报书", "sum": "汇总表",
             "commit": "承诺", "fin": "evidence:audit_report", "dev": "evidence:device_list", "ip": "evidence:patent_list",
             "award": "evidence:award_list", "app": "evidence:other", "shot": "evidence:screenshot"}
    pkg.files = {F[k]: roles[k] for k in F}
    contact_docx(pkg, root / F["contact"])
    form_docx(pkg, root / F["form"], answer_merges=[("T:边缘", "T:其他采集")])
    form_stamped_scan(pkg, root / F["scan"], seed=1911)
    hdrb, ftrb = run_header("上海致景信息科技有限公司  统一社会信用代码：91310112MA1GB2K47P",
                            lambda p: "文件编号：ZJ-SB-2024-0719", lambda p: ("电话：021-5486 2210  传真：021-54860000", f"第{p.page}页"))
    book_pdf(pkg, root / F["book"], header=hdrb, footer=ftrb)
    summary_docx(pkg, root / F["sum"])
    commitment_scan(pkg, root / F["commit"], seed=1912)

    # ---- 3-1 finance note: ruled, value/unit separate, footnote marks, header numbers, watermark, seal over cell
    tp = 2
    hdr, ftr = run_header("上海致景信息科技有限公司  统一社会信用代码：91310112MA1GB2K47P  电话：021-5486 2210",
                          lambda p: f"文件编号：ZJ-CW-2024-0045   第{p.page}页/共{tp}页",
                          lambda p: ("本说明仅用于2024年度上海市工业互联网平台应用水平评价申报", "打印时间：2024-07-11 16:02:45"))
    pdf = Pdf(str(root / F["fin"]), title="平台财务数据专项说明", header=hdr, footer=ftr, watermark=watermark_text("仅供申报使用"))
    pdf.begin()
    pdf.ctext(pdf.W / 2, pdf.H - 80, "“飞梭智纺”平台财务数据专项说明", HEI, 15)
    y = pdf.wrap(60, pdf.H - 120, "根据经上海沪港会计师事务所审计的2023年度财务报表（沪港审字〔2024〕第1187号），公司主营业务收入248,316.85万元，"
                 "其中纺织原料与面料撮合交易货款为代收代付性质，不属于平台服务收入。平台相关营业收入按平台订阅服务、SaaS服务、"
                 "交易撮合服务费及数据服务收入拆分，研发投入按国家统计局R&D口径归集平台研发项目支出。", 475, SONG, 10.5)
    y = pdf.wrap(60, y - 8, "公司联系电话021-5486 2210，传真021-54860000，注册资本12,500万元，以上数字均非平台指标。", 475, SONG, 10.5)
    pdf.end_page()
    pdf.begin()
    pdf.ctext(pdf.W / 2, pdf.H - 80, "表1  平台业务财务数据（2021-2023年度）", HEI, 13)
    x, y = 60, pdf.H - 100
    widths = [150, 85, 85, 85, 50]
    rows = [["项目", "2021年度", "2022年度", "2023年度", "单位"],
            ["平台相关营业收入", c2(P["rev"][1]), c2(P["rev"][2]), c2(P["rev"][3]), "万元"],
            ["平台研发投入", "1,532.18", "1,906.40", c2(P["rd"]), "万元"],
            ["平台利润总额", "902.64", "1,218.75", c2(P["profit"]), "万元"],
            ["付费企业数", "2,106", "2,684", n0(P["paid"]), "家"]]
    y2 = grid_table(pdf, x, y, widths, rows, SONG, 9.5, 20, align=["l", "r", "r", "r", "c"])
    # footnote marks drawn as superscripts right after the 2023 numbers
    mark_x = x + sum(widths[:4]) - 2
    pdf.text(mark_x, y - 20 * 1 - 13.5 + 5, "¹", SONG, 6)
    pdf.text(mark_x, y - 20 * 2 - 13.5 + 5, "*", SONG, 6)
    pdf.text(60, y2 - 16, "¹ 不含纺织原料与面料撮合交易代收货款；撮合服务按收取的服务费计入。", SONG, 8.5)
    pdf.text(60, y2 - 30, "* 研发投入口径参照国家统计局R&D统计制度，包含人员人工、直接投入及折旧摊销。", SONG, 8.5)
    pdf.text(330, y2 - 80, "上海致景信息科技有限公司（财务专用章）", SONG, 9)
    seal_on_canvas(pdf, x + sum(widths[:3]) + 40, y - 20 - 60 - 4, 40, "")   # overlaps the 利润总额/2023 cell
    pdf.end_page()
    pdf.save()
    Fi = F["fin"]
    pkg.fact("平台相关营业收入（万元）", c2(P["rev"][3]), "万元", P["rev"][3], Fi, 2, c2(P["rev"][3]), "平台相关营业收入", "2023年度")
    pkg.fact("平台近三年经营指标情况", c2(P["rev"][1]), "万元", P["rev"][1], Fi, 2, c2(P["rev"][1]), "平台相关营业收入", "2021年度", "2021年平台营收（万元）")
    pkg.fact("平台近三年经营指标情况", c2(P["rev"][2]), "万元", P["rev"][2], Fi, 2, c2(P["rev"][2]), "平台相关营业收入", "2022年度", "2022年平台营收（万元）")
    pkg.fact("平台相关研发投入（万元）", c2(P["rd"]), "万元", P["rd"], Fi, 2, c2(P["rd"]), "平台研发投入", "2023年度")
    pkg.fact("平台利润率（%）", c2(P["profit"]), "万元", P["profit"], Fi, 2, c2(P["profit"]), "平台利润总额", "2023年度", "平台利润总额（万元）")
    pkg.fact("投资回报率（%）", c2(P["profit"]), "万元", P["profit"], Fi, 2, c2(P["profit"]), "平台利润总额", "2023年度", "平台年利润（万元）")

    # ---- 3-2 device statistics: same table as 申报书 表2 + region table
    pdf = Pdf(str(root / F["dev"]), title="接入设备统计",
              header=lambda p: p.text(50, p.H - 30, "飞梭智纺 设备联网中心   导出时间：2024-07-09 08:55:12   报表ID：RPT-20240709-0032", SONG, 8))
    pdf.begin()
    pdf.ctext(pdf.W / 2, pdf.H - 70, "平台接入设备统计（截至2024年6月30日）", HEI, 14)
    y = grid_table(pdf, 60, pdf.H - 95, [150, 105, 105, 115], dev_rows, SONG, 9.5, 19, align=["l", "r", "r", "r"])
    y -= 24
    pdf.text(60, y, "表2  按设备所属企业注册地统计", HEI, 11)
    rr = [["区域", "接入（台/套）", "公有云（台/套）", "日均运行（台/套）"]] + \
        [[k, n0(P["dev_reg_bd"][k]), n0(P["pub_reg_bd"][k]), n0(P["day_reg_bd"][k])] for k in P["dev_reg_bd"]]
    grid_table(pdf, 60, y - 10, [150, 105, 105, 115], rr, SONG, 9.5, 19, align=["l", "r", "r", "r"])
    pdf.end_page()
    pdf.save()
    D = F["dev"]
    pkg.fact("连接的工业设备/产品/产线种类及数量（台/套）", n0(P["dev"]), "台/套", P["dev"], D, 1, n0(P["dev"]), "合计", "接入（台/套）")
    pkg.fact("公有云工业设备连接数量（台/套）", n0(P["dev_pub"]), "台/套", P["dev_pub"], D, 1, n0(P["dev_pub"]), "合计", "公有云（台/套）")
    pkg.fact("公有云工业设备平均日运行数量（台/套）", n0(P["dev_daily"]), "台/套", P["dev_daily"], D, 1, n0(P["dev_daily"]), "合计", "日均运行（台/套）")

    # ---- 3-3 IP xlsx
    pats = [[i + 1, f"一种{['织机', '经编机', '染色机', '定型机', '验布机', '络筒机'][i % 6]}{['数据采集装置', '断纱检测方法', '能耗监测系统', '排产方法'][i % 4]}",
             f"ZL20{19 + i % 5}1{(i * 91237) % 1000000:06d}.{i % 10}", "上海致景信息科技有限公司"] for i in range(P["patents"])]
    softs = [[i + 1, f"飞梭{['织联', '智织', '云排产', '布匹交易', '质检', '能耗', '仓储', '对账'][i % 8]}系统V{1 + i % 5}.{i % 3}",
              f"20{20 + i % 4}SR{(i * 30517) % 1000000:06d}", "上海致景信息科技有限公司"] for i in range(P["softs"])]
    _xlsx_list(root / F["ip"], [("专利", ["序号", "专利名称", "专利号", "专利权人"], pats, f"合计：{P['patents']}项"),
                                ("软件著作权", ["序号", "软件名称", "登记号", "著作权人"], softs, f"合计：{P['softs']}项")])
    pkg.fact("平台核心软硬件技术获得的专利数量（项）", str(P["patents"]), "项", P["patents"], F["ip"], 1, f"合计：{P['patents']}项", "合计")
    pkg.fact("平台核心软硬件技术获得的软著数量（个）", str(P["softs"]), "项", P["softs"], F["ip"], 2, f"合计：{P['softs']}项", "合计")

    # ---- 3-4 awards: 序号 gap (row 5 deleted, numbering kept): 7 awards, last 序号 8
    pdf = Pdf(str(root / F["award"]), title="荣誉清单")
    pdf.begin()
    pdf.ctext(pdf.W / 2, pdf.H - 60, "平台获得省部级及以上奖项/荣誉清单", HEI, 14)
    aw = [["1", "国家级工业互联网试点示范项目", "2021.11", "工业和信息化部"],
          ["2", "工业互联网平台创新领航应用案例", "2022.01", "工业和信息化部"],
          ["3", "上海市工业互联网标杆平台", "2022.07", "上海市经济和信息化委员会"],
          ["4", "中国纺织工业联合会科学技术奖一等奖", "2022.12", "中国纺织工业联合会"],
          ["6", "国家中小企业公共服务示范平台", "2023.03", "工业和信息化部"],
          ["7", "上海市“专精特新”企业（平台运营主体）", "2023.06", "上海市经济和信息化委员会"],
          ["8", "数字化转型典型案例", "2023.10", "国务院国资委/工业和信息化部"]]
    y = grid_table(pdf, 50, pdf.H - 90, [40, 230, 70, 155], [["序号", "奖项/荣誉名称", "时间", "颁发单位"]] + aw, SONG, 9, 18)
    pdf.text(50, y - 18, "说明：原第5项（市级区县奖励）不属于省部级及以上奖项，已从清单删除。", SONG, 8.5)
    pdf.end_page()
    pdf.save()

    # ---- 3-5 app statistics: table pasted as a picture into DOCX
    img = table_image([["指标", "数值", "单位"], ["工业APP数量", str(P["app"]), "个"],
                       ["其中：基于平台开发", str(P["app_native"]), "个"], ["公有云工业APP数量", str(P["app_pub"]), "个"],
                       ["工业APP平均月活跃数量", str(P["app_mau"]), "个"], ["工业机理模型数量", str(P["models"]), "个"],
                       ["微服务数量", str(P["ms"]), "个"], ["开发者注册总数", n0(P["devs"]), "个"],
                       ["工业APP订阅总数量", n0(P["subs"]), "个"]], [420, 200, 120], title="平台应用数据统计（2024年6月）", seed=1913)
    doc = new_docx("宋体", 10.5)
    docx_heading(doc, "附件3-5  平台应用数据统计", 14)
    docx_para(doc, "以下数据由平台运营后台导出，统计截止日为2024年6月30日。", 10.5)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    buf.seek(0)
    from docx.shared import Mm
    doc.add_picture(buf, width=Mm(160))
    docx_para(doc, "数据来源：飞梭智纺运营管理后台（导出人：韩雪，2024-07-08）", 9)
    docx_save(doc, root / F["app"])
    Ap = F["app"]
    for lab, cap, val, norm in [("工业APP数量（个）", "工业APP数量", str(P["app"]), P["app"]),
                                ("工业APP平均月活跃数量（个）", "工业APP平均月活跃数量", str(P["app_mau"]), P["app_mau"]),
                                ("工业机理模型数量（个）", "工业机理模型数量", str(P["models"]), P["models"]),
                                ("微服务数量（个）", "微服务数量", str(P["ms"]), P["ms"]),
                                ("开发者注册总数（个）", "开发者注册总数", n0(P["devs"]), P["devs"]),
                                ("工业APP订阅总数量（个）", "工业APP订阅总数量", n0(P["subs"]), P["subs"])]:
        pkg.fact(lab, val, "个", norm, Ap, 1, val, cap, "数值", image_only=True)

    # ---- 3-6 dashboard: 1.4万 rounding, clock/version numbers
    tiles = [("入驻企业", "1.4万", "家"), ("联网织机", n0(P["dev"]), "台"), ("服务企业", n0(P["served"]), "家"),
             ("在线订单(近一年)", n0(P["orders"][1]), "单"), ("付费企业", n0(P["paid"]), "家"), ("解决方案", str(P["solutions"]), "套")]
    dashboard_png(root / F["shot"], "飞梭智纺 · 产业运营大屏", tiles, "2024-07-08 09:41:27  v3.8.12", seed=1914)
    S = F["shot"]
    pkg.fact("注册企业用户数（个）", "1.4万", "家", 14000, S, 1, "1.4万", "入驻企业", image_only=True)
    pkg.fact("连接的工业设备/产品/产线种类及数量（台/套）", n0(P["dev"]), "台", P["dev"], S, 1, n0(P["dev"]), "联网织机", image_only=True)
    pkg.fact("平台提供的解决方案总数（个）", str(P["solutions"]), "套", P["solutions"], S, 1, str(P["solutions"]), "解决方案", image_only=True)
    pkg.layout = ["form:docx", "stamped_scan", "book:pdf-running-header(信用代码/文件编号)", "table_repeated(申报书表2=附件3-2)",
                  "fin:ruled+footnote_marks(¹,*)", "value_unit_separate_cells", "watermark:仅供申报使用", "seal_over_table_cell",
                  "header_footer_numbers", "awards:序号gap(1-4,6-8 → 7项)", "picture_table_in_docx", "screenshot:png(1.4万)",
                  "ip:xlsx", "orders:two-readings", "summary:docx", "section7"]
    dump_json(B.truth(pkg, "序号19 致景（干净）：页眉页脚与水印中大量非指标数字（信用代码、电话、文件编号、页码、打印时间）、财务表脚注标记与印章压格、"
                      "荣誉清单序号缺5（实为7项）、设备分类表在申报书与附件3-2中重复、应用数据表为DOCX中的图片、看板1.4万取整。无问题。", P),
              B.OUT / "truth" / f"{pid}.json")


# =====================================================================================
# h22_tansuo_problems — 序号27 碳索
# =====================================================================================
def pkg_tansuo(B):
    pid = "h22_tansuo_problems"
    root = B.OUT / "packages" / pid
    P = B.base(
        list_no=27, listed_name="零碳绿色工厂综合数智化管理平台", declared_name="零碳绿色工厂综合数智化管理平台",
        company="上海碳索能源服务股份有限公司", participated=False, short="碳索能源",
        contact="吴晓晨", phone="13621875304", email="wuxc@tansuo.example.com",
        contact2=("蒋一鸣", "产品总监", "13801964257", "jiangym@tansuo.example.com"),
        address="上海市长宁区临虹路289号5号楼3层路演厅", url="https://zcgf.tansuo.example.com",
        account="eval_sheitc", password="Ts@2024zc",
        period="2020.04-2023.12", period_text="2020年4月至2023年12月", build=3260.00,
        nature="专业型工业互联网平台", deploy="边缘侧、私有云、公有云", deploy_box="√边缘侧 √私有云 √公有云 □混合云",
        iaas_box="□自建  √租用，服务商名称：华为云计算技术有限公司",
        rev=(2106.48, 2618.30, 3342.75, 4286.40), ops=68, opr=41, qual=82, rd=786.20, profit=538.62,
        dev=9620, dev_pub=6180, dev_daily=4215,
        dev_cat=[("电力设备", 38), ("动力设备", 30), ("仪器仪表", 22), ("其他", 10)],
        dev_reg=[("上海", 44), ("江苏", 21), ("浙江", 15), ("安徽", 8), ("广东", 7), ("湖北", 5)],
        protocols=64, sw=126, app=104, app_native=72, app_mau=81,
        app_cat=[("节能减排", 48), ("运维服务", 18), ("安全生产", 12), ("运营管理", 14), ("质量管控", 8)],
        app_ind=[("电子", 28), ("汽车", 20), ("医药", 16), ("食品", 14), ("机械", 22)],
        killer_dau=642, killer_hits=7360, killer_income=14.28, app_pub=68, app_pub_dau=39,
        cloud=64.00, cloud_pub=28, cap=480.00, used=263.52, pub_data=92.40,
        models=132, models_active=71, model_users=214, ms=386, ms_active=205, devs=1460, devs_active=318,
        reg=862, served=574, paid=241, sme=402,
        ent_ind=[("电子", 24), ("汽车", 18), ("医药", 15), ("食品", 13), ("机械", 20), ("其他", 10)],
        ent_reg=[("上海", 52), ("江苏", 20), ("浙江", 14), ("安徽", 6), ("广东", 5), ("湖北", 3)],
        orders=(1864, 0), trade_growth=27.35, subs=1432, subs_killer=812, subs_amount=968.40, dev_util=83.60,
        domestic=90.00, smart=6, parks=5, solutions=18, cost_down=14.65, energy_down=16.82, safety_up=12.40,
        indices=3, patents=12, softs=34, awards=4, jobs=148, social=19.36, partners=5,
        open_data="以API接口和碳排放因子库形式开放：开放API接口48个、碳排放因子库1套（2,600余条）、能效对标数据集3个",
        carbon="是，提供碳计算/核算、碳足迹、碳排放监测与碳资产管理服务", idres="否",
        sec_no="TS-AQ-2022-02", sec_no2="TS-AQ-2023-05", speed="秒级（每TB能耗数据分析约8秒）",
        ent=dict(uscc="91310105MA1FW3RX6D", founded="2015年8月", reg_addr="上海市长宁区", type="股份有限公司（非上市）",
                 capital="6,800万元", business="工业节能、能源托管与碳管理数字化服务",
                 legal="陆明哲", title="总经理助理", fax="021-62180000", equity="陆明哲41.2%；员工持股平台18.6%；其他股东40.2%",
                 assets="38,642.18", income="21,786.35", income_g="18.42", debt="44.06", profit="2,186.40", tax="1,064.83"),
        intro="零碳绿色工厂综合数智化管理平台面向制造业工厂提供能源计量采集、能效诊断、碳排放核算、碳足迹与绿色工厂评价等服务。",
        effect="平台帮助工厂摸清能耗与碳排放底数，通过能效优化与碳资产管理降低用能成本，支撑绿色工厂与零碳工厂创建。",
    )
    P["proof"] = {"1.2.1": "附件3-1 第1页", "1.2.2": "附件3-1 第1页", "2.1.1": "附件3-2", "2.1.2": "附件3-3",
                  "2.2.3": "附件3-3", "3.1.1": "附件3-2、3-4", "3.1.3": "附件3-5"}
    P["annex_list"] = [["3-1", "平台经营数据说明", "1"], ["3-2", "第三方评估报告（节选）", "2-3"], ["3-3", "平台数据统计表", "4"],
                       ["3-4", "平台运行截图", "5"], ["3-5", "知识产权清单", "6"], ["3-6", "营业执照", "7"]]
    pkg = Pkg(pid, P)
    B.derive(pkg)
    long_pos = ("面向长三角电子、汽车、医药、食品等离散与流程制造工厂，以能源计量、能效诊断、碳排放核算、碳足迹追踪和绿色工厂评价为核心，"
                "打造零碳工厂综合数智化管理的专业型工业互联网平台")
    pkg.T = defaults.texts(P, long_pos)
    # ---- planted: formula (存储资源利用率) and growth_rate (2023)
    pkg.set("存储资源利用率（%）", "62.40", 62.40)
    g = P["growth"]
    r = P["rev"]
    wrong_g23 = 31.24
    pkg.set("平台近三年经营指标情况",
            f"2021年平台营收{f2(r[1])}万元/增长率{f2(g[0])}%；2022年平台营收{f2(r[2])}万元/增长率{f2(g[1])}%；"
            f"2023年平台营收{f2(r[3])}万元/增长率{f2(wrong_g23)}%",
            {"2021年平台营收（万元）": r[1], "2021年增长率（%）": g[0], "2022年平台营收（万元）": r[2],
             "2022年增长率（%）": g[1], "2023年平台营收（万元）": r[3], "2023年增长率（%）": wrong_g23})
    P["form_rev_txt"] = (f"2021年平台营收{f2(r[1])}万元/增长率{f2(g[0])}%\n2022年平台营收{f2(r[2])}万元/增长率{f2(g[1])}%\n"
                         f"2023年平台营收{f2(r[3])}万元/增长率{f2(wrong_g23)}%")
    P["book"] = defaults.book(P, sections7=False)
    F = {"contact": "附件1-联系人信息反馈表.docx", "form": "附件2-申报表.xlsx", "wps": "附件2-申报表（WPS导出）.pdf",
         "book": "附件3-申报书.docx", "sum": "附件4-平台基本情况汇总表.xlsx", "commit": "附件5-真实性承诺.pdf",
         "fin": "附件3证明材料/3-1 平台经营数据说明.pdf", "eval": "附件3证明材料/3-2 第三方评估报告（节选）.pdf",
         "stat": "附件3证明材料/3-3 平台数据统计表.docx", "shot": "附件3证明材料/3-4 平台运行截图.png",
         "ip": "附件3证明材料/3-5 知识产权清单.pdf", "lic": "附件3证明材料/3-6 营业执照.pdf"}
    roles = {"contact": "联系人表", "form": "申报表", "wps": "申报表", "book": "申报书", "sum": "汇总表", "commit": "承诺",
             "fin": "evidence:audit_report", "eval": "evidence:other", "stat": "evidence:other",
             "shot": "evidence:screenshot", "ip": "evidence:patent_list", "lic": "evidence:other"}
    pkg.files = {F[k]: roles[k] for k in F}
    contact_docx(pkg, root / F["contact"])
    form_xlsx(pkg, root / F["form"])
    (root / F["wps"]).write_bytes(form_canvas_pages(pkg, wps=True))
    book_docx(pkg, root / F["book"])
    summary_xlsx(pkg, root / F["sum"])
    commitment_scan(pkg, root / F["commit"], seed=2711)

    # ---- 3-1 operating data note: footnoted figures; R&D 612.35注 contradicts 786.20
    ev_rd = 612.35
    hdr, ftr = run_header("上海碳索能源服务股份有限公司 财务部", lambda p: "TS-CW-2024-018",
                          lambda p: ("地址：上海市长宁区临虹路289号  电话：021-6218 6600", f"第{p.page}页/共1页"))
    pdf = Pdf(str(root / F["fin"]), title="平台经营数据说明", header=hdr, footer=ftr, watermark=watermark_text("仅供申报使用", 40))
    pdf.begin()
    pdf.ctext(pdf.W / 2, pdf.H - 80, "零碳绿色工厂综合数智化管理平台经营数据说明", HEI, 14)
    y = pdf.wrap(60, pdf.H - 112, "平台相关数据依据公司2023年度审计报告（众华审字〔2024〕第05236号）按项目辅助核算拆分，具体如下：", 475, SONG, 10.5)
    cols = [(0, 190, "l"), (200, 80, "r"), (290, 80, "r"), (380, 80, "r")]
    y -= 10
    y = spaced_rows(pdf, 60, y, cols, [["项目（单位：万元）", "2021年", "2022年", "2023年"]], font=HEI)
    pdf.c.line(60, y + 11, 520, y + 11)
    rows = [["平台营业收入", c2(r[1]), c2(r[2]), c2(r[3])], ["平台利润总额", "286.14", "402.56", c2(P["profit"])]]
    y = spaced_rows(pdf, 60, y, cols, rows)
    # R&D row with 注 mark
    pdf.text(60, y, "平台研发投入", SONG, 9.5)
    pdf.rtext(60 + 280, y, "402.18", SONG, 9.5)
    pdf.rtext(60 + 370, y, "515.60", SONG, 9.5)
    superscript(pdf, 60 + 460, y, c2(ev_rd), "注", 9.5)
    y -= 17
    pdf.c.line(60, y + 11, 520, y + 11)
    y -= 8
    y = pdf.wrap(60, y, "注：2023年度平台研发投入按国家统计局R&D口径归集，仅含平台研发项目人员人工、直接投入与折旧摊销；"
                 "不含为客户实施的节能改造工程支出。", 475, SONG, 8.5, indent=False)
    y -= 10
    y = spaced_rows(pdf, 60, y, [(0, 190, "l"), (200, 80, "r"), (290, 40, "l")],
                    [["2023年付费企业数", n0(P["paid"]), "家"], ["2023年平台订单数量", n0(P["orders"][0]), "单"]])
    pdf.end_page()
    pdf.save()
    Fi = F["fin"]
    pkg.fact("平台相关营业收入（万元）", c2(r[3]), "万元", r[3], Fi, 1, c2(r[3]), "平台营业收入", "2023年")
    pkg.fact("平台近三年经营指标情况", c2(r[1]), "万元", r[1], Fi, 1, c2(r[1]), "平台营业收入", "2021年", "2021年平台营收（万元）")
    pkg.fact("平台近三年经营指标情况", c2(r[2]), "万元", r[2], Fi, 1, c2(r[2]), "平台营业收入", "2022年", "2022年平台营收（万元）")
    pkg.fact("平台相关研发投入（万元）", c2(ev_rd), "万元", ev_rd, Fi, 1, c2(ev_rd), "平台研发投入", "2023年")
    pkg.fact("平台利润率（%）", c2(P["profit"]), "万元", P["profit"], Fi, 1, c2(P["profit"]), "平台利润总额", "2023年", "平台利润总额（万元）")
    pkg.fact("投资回报率（%）", c2(P["profit"]), "万元", P["profit"], Fi, 1, c2(P["profit"]), "平台利润总额", "2023年", "平台年利润（万元）")

    # ---- 3-2 two-column third-party evaluation report
    tp = [0]
    hdr2, ftr2 = run_header("《上海工业互联网发展评估》2024年第2期  ISSN 2096-0000", lambda p: "评估编号：SIIA-PG-2024-0127",
                            lambda p: ("上海市工业互联网协会  电话：021-6255 1000", f"— {p.page + 11} —"))
    blocks = [("h", "一、评估概述"),
              ("p", "受上海碳索能源服务股份有限公司委托，评估组于2024年5月至6月对零碳绿色工厂综合数智化管理平台开展第三方能力评估，"
                    "采用资料审查、系统演示与数据抽查相结合的方式，抽查比例不低于10%。"),
              ("h", "二、评估依据与方法"),
              ("p", "评估依据包括《工业互联网平台 评价方法》（GB/T 42562-2023）、《工业互联网平台应用水平评价指标体系》及上海市相关申报通知。"
                    "评估组由5名专家组成，采用资料审查、系统实操演示、后台数据导出比对和用户电话回访四种方式，对平台资源汇聚、数据建模、"
                    "应用服务和安全保障四个方面逐项核验。"),
              ("p", "数据抽查以2024年5月31日为基准日，后台导出数据与申报材料逐项比对，差异超过5%的指标要求企业书面说明。用户回访共抽取"
                    "30家企业，其中上海市内企业18家、长三角其他地区企业12家，回访有效率100%。"),
              ("p", "安全方面，评估组查阅了平台等级保护三级测评报告（测评编号31010099000-24001）与近三个月漏洞扫描记录，未发现高危漏洞未整改情况。"),
              ("h", "三、资源汇聚能力"),
              ("p", f"截至2024年5月31日，平台累计接入电表、水表、气表、空压机、锅炉等能源计量与用能设备{n0(P['dev'])}台（套），"
                    f"其中通过公有云接入{n0(P['dev_pub'])}台（套），兼容工业协议{P['protocols']}种。"),
              ("box", ["表1 平台关键指标抽查结果", f"接入设备       {n0(P['dev'])} 台（套）", f"工业APP        {P['app']} 个",
                       f"工业机理模型   {P['models']} 个", f"微服务         {P['ms']} 个", f"服务企业       {P['served']} 家"]),
              ("h", "四、数据建模与应用"),
              ("p", f"平台沉淀能效诊断、负荷预测、碳排放核算等工业机理模型{P['models']}个，其中活跃模型{P['models_active']}个；"
                    f"上架工业APP{P['app']}个，主要集中在节能减排与运维服务领域。"),
              ("p", "评估组对其中20个模型的调用日志进行了抽查，调用记录完整、口径一致。"),
              ("h", "五、应用成效"),
              ("p", f"平台实际服务企业{P['served']}家，覆盖电子、汽车、医药、食品、机械等行业，形成解决方案{P['solutions']}套，"
                    "帮助用户平均降低单位产品能耗约17%。"),
              ("p", "抽查的3个典型案例显示，平台在降低能耗、减少碳排放方面效果明显，数据可追溯。"),
              ("h", "六、评估结论"),
              ("p", "平台具备较完整的能源与碳数据采集、分析与服务能力，技术路线自主可控，建议进一步加强跨平台数据互通与生态合作。"
                    "本报告仅对抽查时点的数据负责。评估人员：周敏、唐立、徐晨阳。")]
    pages_of = two_column_pdf(root / F["eval"], "零碳绿色工厂综合数智化管理平台第三方能力评估报告（节选）",
                              "上海市工业互联网协会 评估中心   2024年6月", blocks, header=hdr2, footer=ftr2)
    E = F["eval"]
    box_page = pages_of[[i for i, b in enumerate(blocks) if b[0] == "box"][0]]
    for lab, txt, norm, unit, cap in [("连接的工业设备/产品/产线种类及数量（台/套）", f"接入设备       {n0(P['dev'])} 台（套）", P["dev"], "台/套", "接入设备"),
                                       ("工业APP数量（个）", f"工业APP        {P['app']} 个", P["app"], "个", "工业APP"),
                                       ("工业机理模型数量（个）", f"工业机理模型   {P['models']} 个", P["models"], "个", "工业机理模型"),
                                       ("微服务数量（个）", f"微服务         {P['ms']} 个", P["ms"], "个", "微服务")]:
        val = txt.split()[1]
        pkg.fact(lab, val, unit, norm, E, box_page, txt, cap, "表1 平台关键指标抽查结果")
    p_dev = pages_of[[i for i, b in enumerate(blocks) if b[0] == "p" and "其中通过公有云接入" in b[1]][0]]
    pkg.fact("公有云工业设备连接数量（台/套）", n0(P["dev_pub"]), "台/套", P["dev_pub"], E, p_dev,
             f"其中通过公有云接入{n0(P['dev_pub'])}台（套）", "其中通过公有云接入")

    # ---- 3-3 stats: picture table in DOCX
    img = table_image([["统计项", "数量", "单位", "统计口径"], ["工业APP数量", str(P["app"]), "个", "截至2024.6.30"],
                       ["公有云工业APP数量", str(P["app_pub"]), "个", "截至2024.6.30"],
                       ["工业APP平均月活跃数量", str(P["app_mau"]), "个", "近12个月"],
                       ["工业机理模型数量", str(P["models"]), "个", "截至2024.6.30"],
                       ["活跃机理模型数量", str(P["models_active"]), "个", "一周调用≥5次"],
                       ["微服务数量", str(P["ms"]), "个", "截至2024.6.30"],
                       ["开发者注册总数", n0(P["devs"]), "个", "截至2024.6.30"],
                       ["工业APP订阅总数量", n0(P["subs"]), "个", "累计"]], [360, 150, 90, 230], seed=2712)
    doc = new_docx("微软雅黑", 10.5)
    docx_heading(doc, "3-3 平台数据统计表", 14)
    buf = io.BytesIO(); img.save(buf, "PNG"); buf.seek(0)
    from docx.shared import Mm
    doc.add_picture(buf, width=Mm(165))
    docx_save(doc, root / F["stat"])
    St = F["stat"]
    for lab, cap, val, norm in [("工业APP数量（个）", "工业APP数量", str(P["app"]), P["app"]),
                                ("工业APP平均月活跃数量（个）", "工业APP平均月活跃数量", str(P["app_mau"]), P["app_mau"]),
                                ("工业机理模型数量（个）", "工业机理模型数量", str(P["models"]), P["models"]),
                                ("微服务数量（个）", "微服务数量", str(P["ms"]), P["ms"]),
                                ("开发者注册总数（个）", "开发者注册总数", n0(P["devs"]), P["devs"]),
                                ("工业APP订阅总数量（个）", "工业APP订阅总数量", n0(P["subs"]), P["subs"])]:
        pkg.fact(lab, val, "个", norm, St, 1, val, cap, "数量", image_only=True)

    # ---- 3-4 screenshot: registered enterprises 726 (declared 862)
    shot_reg = 726
    tiles = [("注册企业", str(shot_reg), "家"), ("接入设备", n0(P["dev"]), "台"), ("服务企业", str(P["served"]), "家"),
             ("今日碳排放(tCO2e)", "1,286.4", ""), ("节能量(万kWh)", "3,412", ""), ("在线率", "96.8%", "")]
    dashboard_png(root / F["shot"], "零碳工厂数智化管理平台 · 运营总览", tiles, "2024-07-05 15:12:09", seed=2713)
    S = F["shot"]
    pkg.fact("注册企业用户数（个）", str(shot_reg), "家", shot_reg, S, 1, str(shot_reg), "注册企业", image_only=True)
    pkg.fact("连接的工业设备/产品/产线种类及数量（台/套）", n0(P["dev"]), "台", P["dev"], S, 1, n0(P["dev"]), "接入设备", image_only=True)

    # ---- 3-5 IP list (plain, with totals)
    pdf = Pdf(str(root / F["ip"]), title="知识产权清单")
    pdf.begin()
    pdf.ctext(pdf.W / 2, pdf.H - 60, "平台核心软硬件技术知识产权清单", HEI, 14)
    pats = [[str(i + 1), f"一种{['工厂能耗', '空压站', '冷站', '光伏储能', '碳排放'][i % 5]}{['优化控制方法', '监测装置', '核算方法'][i % 3]}",
             f"ZL202{i % 4}1{(i * 52711) % 1000000:06d}.{i % 10}"] for i in range(P["patents"])]
    y = grid_table(pdf, 50, pdf.H - 84, [40, 280, 175], [["序号", "专利名称", "专利号"]] + pats, SONG, 8.5, 16)
    pdf.text(50, y - 14, f"专利共计{P['patents']}项", HEI, 10)
    softs = [[str(i + 1), f"碳索{['能源管理', '碳核算', '碳足迹', '能效诊断', '运维工单', '数据网关'][i % 6]}软件V{1 + i % 3}.0",
              f"202{i % 4}SR{(i * 70913) % 1000000:06d}"] for i in range(P["softs"])]
    y = grid_table(pdf, 50, y - 30, [40, 280, 175], [["序号", "软件名称", "登记号"]] + softs, SONG, 8.5, 16)
    pdf.text(50, y - 14, f"软件著作权共计{P['softs']}项", HEI, 10)
    pdf.end_page()
    pdf.save()
    pkg.fact("平台核心软硬件技术获得的专利数量（项）", str(P["patents"]), "项", P["patents"], F["ip"], 1, f"专利共计{P['patents']}项", "专利共计")
    pkg.fact("平台核心软硬件技术获得的软著数量（个）", str(P["softs"]), "项", P["softs"], F["ip"], 1, f"软件著作权共计{P['softs']}项", "软件著作权共计")

    license_scan(root / F["lic"], P["company"], P["ent"]["uscc"], P["ent"]["legal"], P["ent"]["capital"],
                 P["ent"]["founded"], "上海市长宁区临虹路289号5号楼", seed=2714, typ="股份有限公司（非上市）")
    pkg.problem("declared_vs_evidence", ["平台相关研发投入（万元）"], [F["form"], F["fin"]], "error",
                f"申报表填报平台相关研发投入 {f2(P['rd'])} 万元；经营数据说明中2023年平台研发投入为“{c2(ev_rd)}注”（带注释标记的数字，注释说明按R&D口径归集），与申报不符")
    pkg.problem("formula", ["存储资源利用率（%）", "存储工业数据量（TB）", "存储容量（TB）"], [F["form"]], "error",
                f"存储资源利用率填报 62.40，按公式 {f2(P['used'])} ÷ {f2(P['cap'])} × 100% 应为 {f2(P['util_store'])}")
    pkg.problem("growth_rate", ["平台近三年经营指标情况"], [F["form"], F["wps"]], "error",
                f"2023年增长率填报 {f2(wrong_g23)}%，由2022年营收 {f2(r[2])} 万元与2023年营收 {f2(r[3])} 万元计算应为 {f2(g[2])}%")
    pkg.problem("screenshot_vs_form", ["注册企业用户数（个）"], [F["shot"], F["form"]], "warning",
                f"平台运行截图“注册企业 {shot_reg}”家，申报表填报注册企业用户数 {P['reg']} 个")
    pkg.problem("char_limit", ["平台定位是否明确"], [F["form"], F["wps"]], "warning",
                f"“平台定位是否明确”共 {len(long_pos)} 字，超过填报指引要求的50字以内（WPS导出版中标签与答案分处不同行）")
    pkg.layout = ["form:xlsx", "form:wps-pdf(label/answer on different lines)", "fin:borderless+superscript注", "running_header_footer_numbers",
                  "watermark:仅供申报使用", "eval:two-column-journal", "picture_table_in_docx", "screenshot:png",
                  "summary:xlsx", "no_section7(not 2023 participant)"]
    dump_json(B.truth(pkg, "序号27 碳索：申报表XLSX+WPS导出PDF（标签与答案不同行）；经营数据说明无框线、研发投入带“注”上标且与申报不符；"
                      "第三方评估报告双栏期刊版式（页眉期号/ISSN、页脚页码+11）；数据统计表为DOCX中的图片。5个问题。", P),
              B.OUT / "truth" / f"{pid}.json")


# =====================================================================================
# h22_yanfeng_problems — 序号33 延锋
# =====================================================================================
def pkg_yanfeng(B):
    pid = "h22_yanfeng_problems"
    root = B.OUT / "packages" / pid
    P = B.base(
        list_no=33, listed_name="延锋工业互联网平台", declared_name="延锋工业互联网平台",
        company="上海延锋金桥饰件系统有限公司", participated=False, short="延锋金桥",
        contact="许晨", phone="13901826475", email="xuchen@yanfeng-jq.example.com",
        contact2=("邵琳", "IT经理", "13788162093", "shaol@yanfeng-jq.example.com"),
        address="上海市浦东新区金桥出口加工区金穗路1399号行政楼2楼多功能厅", url="https://iip.yanfeng-jq.example.com",
        account="sheitc01", password="Yf#Jq7721",
        period="2019.01-2023.12", period_text="2019年1月至2023年12月", build=8960.00,
        nature="企业级工业互联网平台", deploy="私有云、混合云", deploy_box="□边缘侧 √私有云 □公有云 √混合云",
        rev=(3860.25, 4512.60, 5308.44, 6174.92), ops=124, opr=52, qual=141, rd=1206.38, profit=702.15,
        dev=23840, dev_pub=5260, dev_daily=3980,
        dev_cat=[("机器人", 22), ("橡塑机械", 0.0001), ("机床", 18), ("轻工设备", 26), ("物流设备", 14), ("仪器仪表", 12), ("电工、电子设备", 8)],
        dev_reg=[("上海", 46), ("江苏", 14), ("浙江", 9), ("湖北", 8), ("重庆", 7), ("吉林", 6), ("广东", 5), ("天津", 5)],
        protocols=142, sw=214, app=186, app_native=118, app_mau=152,
        app_cat=[("生产制造", 34), ("质量管控", 22), ("仓储物流", 14), ("供应链管理", 12), ("运维服务", 10), ("节能减排", 8)],
        app_ind=[("汽车", 78), ("轻工", 12), ("机械", 10)],
        killer_dau=2140, killer_hits=31260, killer_income=22.64, app_pub=46, app_pub_dau=27,
        cloud=236.00, cloud_pub=40, cap=2600.00, used=1487.20, pub_data=186.75,
        models=208, models_active=126, model_users=392, ms=1624, ms_active=918, devs=3120, devs_active=846,
        reg=1650, served=1130, paid=1186, sme=812,
        ent_ind=[("汽车", 62), ("轻工", 14), ("机械", 12), ("电子", 8), ("其他", 4)],
        ent_reg=[("上海", 38), ("江苏", 18), ("浙江", 12), ("湖北", 9), ("重庆", 8), ("吉林", 7), ("广东", 5), ("天津", 3)],
        orders=(23860, 0), trade_growth=11.84, subs=6420, subs_killer=3186, subs_amount=2146.80, dev_util=84.12,
        domestic=86.40, smart=4, parks=6, solutions=28, cost_down=15.26, energy_down=7.94, safety_up=18.66,
        indices=2, patents=34, softs=41, awards=6, jobs=285, social=18.92, partners=7,
        open_data="以API接口和供应商协同门户形式开放：开放API接口214个、供应商协同数据服务12类",
        carbon="是，提供产品碳足迹核算服务", idres="是，接入国家标识解析汽车行业二级节点",
        sec_no="YF-JQ-IT-2022-06", sec_no2="YF-JQ-IT-2023-02", speed="毫秒级（热数据查询平均约300毫秒/TB索引）",
        ent=dict(uscc="913100006072198835", founded="1994年11月", reg_addr="上海市浦东新区", type="有限责任公司（外商投资企业与内资合资）",
                 capital="46,800万元", business="汽车内饰件的研发、生产与销售，智能制造与工业互联网服务",
                 legal="杨立群", title="数字化部经理", fax="021-50320000", equity="延锋国际汽车技术有限公司等（详见工商登记）",
                 assets="1,286,450.72", income="1,862,318.40", income_g="9.26", debt="58.42", profit="86,215.30", tax="41,362.18"),
        intro="延锋工业互联网平台面向汽车内饰件及零部件制造，提供设备联网、生产过程管控、质量追溯、供应链协同与能源管理等服务。",
        effect="平台打通主机厂—内饰件工厂—二三级供应商的数据链，提升生产效率与质量一致性，带动汽车零部件产业链数字化转型。",
    )
    # remove the placeholder category with ~0 weight
    P["dev_cat"] = [c for c in P["dev_cat"] if c[1] >= 1]
    P["proof"] = {"1.2.1": "附件3-1", "1.2.2": "附件3-1", "2.1.1": "附件3-2", "2.3.1": "附件3-5", "3.1.3": "附件3-4"}
    P["annex_list"] = [["3-1", "平台收入情况说明", "1"], ["3-2", "平台接入设备清单", "2-3"], ["3-3", "平台介绍手册", "4-5"],
                       ["3-4", "知识产权清单", "6"], ["3-5", "平台运行指标月报（2024年6月）", "7"], ["3-6", "平台运行截图", "8"]]
    pkg = Pkg(pid, P)
    B.derive(pkg)
    pkg.T = defaults.texts(P, "面向汽车内饰件及零部件制造的企业级工业互联网平台")
    # planted: breakdown_sum — 江苏 declared 3,038 instead of 3,338 in the 申报表 region breakdown
    reg_bd = dict(P["dev_reg_bd"])
    true_js = reg_bd["江苏"]
    reg_bd["江苏"] = true_js - 300
    pkg.set("按省市区域统计工业设备数量（台/套）", bd_text(reg_bd), reg_bd)
    # planted: invalid_category — 汽车 written as 汽车零部件
    ind_bd = {("汽车零部件" if k == "汽车" else k): v for k, v in P["ent_ind_bd"].items()}
    pkg.set("按行业统计服务企业数（个）", bd_text(ind_bd), ind_bd)
    # planted: blank — 平台交易规模年增长率
    pkg.set("平台交易规模年增长率（%）", "", None)
    P["book"] = defaults.book(P, sections7=False)
    F = {"contact": "附件1 联系人信息反馈表.docx", "form": "附件2 申报表_延锋工业互联网平台.xlsx", "scan": "附件2 申报表_盖章版.pdf",
         "book": "附件3 申报书_延锋工业互联网平台.docx", "sum": "附件4 汇总表.docx", "commit": "附件5 真实性承诺（扫描）.pdf",
         "fin": "证明材料/3-1 平台收入情况说明.pdf", "dev": "证明材料/3-2 平台接入设备清单.pdf", "bro": "证明材料/3-3 平台介绍手册.pdf",
         "ip": "证明材料/3-4 知识产权清单.pdf", "mon": "证明材料/3-5 平台运行指标月报.pdf", "shot": "证明材料/3-6 平台运行截图.png"}
    roles = {"contact": "联系人表", "form": "申报表", "scan": "申报表扫描件", "book": "申报书", "sum": "汇总表", "commit": "承诺",
             "fin": "evidence:audit_report", "dev": "evidence:device_list", "bro": "evidence:other", "ip": "evidence:patent_list",
             "mon": "evidence:other", "shot": "evidence:screenshot"}
    pkg.files = {F[k]: roles[k] for k in F}
    contact_docx(pkg, root / F["contact"])
    form_xlsx(pkg, root / F["form"])
    form_stamped_scan(pkg, root / F["scan"], seed=3311)
    book_docx(pkg, root / F["book"])
    summary_docx(pkg, root / F["sum"])
    commitment_scan(pkg, root / F["commit"], seed=3312)
    r = P["rev"]

    # ---- 3-1 revenue note: text PDF whose table is a picture with a seal over a cell
    img = table_image([["项目", "2021年度", "2022年度", "2023年度"],
                       ["平台相关营业收入（万元）", c2(r[1]), c2(r[2]), c2(r[3])],
                       ["平台研发投入（万元）", "968.42", "1,087.90", c2(P["rd"])],
                       ["平台利润总额（万元）", "402.36", "566.18", c2(P["profit"])]],
                      [420, 200, 200, 200], title="平台收入及投入情况表", seed=3313, seal=(880, 230, 110, "上海延锋金桥饰件系统有限公司"))
    pdf = Pdf(str(root / F["fin"]), title="平台收入情况说明",
              footer=lambda p: p.text(50, 30, "延锋金桥 财务部  文件编号 YFJQ-FIN-2024-112   第1页/共1页   打印：2024/07/12 10:08", SONG, 8))
    pdf.begin()
    pdf.ctext(pdf.W / 2, pdf.H - 70, "关于延锋工业互联网平台收入情况的说明", HEI, 14)
    y = pdf.wrap(60, pdf.H - 105, "平台收入为本公司向集团内外部工厂及供应商提供平台订阅、数字化运维与供应链协同服务取得的收入，"
                 "依据2023年度审计报告（普华永道中天审字(2024)第21873号）中“信息技术服务收入”明细拆分，不含汽车内饰件产品销售收入。", 475, SONG, 10.5)
    w = 475
    h = w * img.height / img.width
    bufi = io.BytesIO(); img.save(bufi, "PNG"); bufi.seek(0)
    pdf.c.drawImage(ImageReader(bufi), 60, y - h - 6, w, h)
    pdf.end_page()
    pdf.save()
    Fi = F["fin"]
    pkg.fact("平台相关营业收入（万元）", c2(r[3]), "万元", r[3], Fi, 1, c2(r[3]), "平台相关营业收入（万元）", "2023年度", image_only=True)
    pkg.fact("平台近三年经营指标情况", c2(r[1]), "万元", r[1], Fi, 1, c2(r[1]), "平台相关营业收入（万元）", "2021年度", "2021年平台营收（万元）", image_only=True)
    pkg.fact("平台近三年经营指标情况", c2(r[2]), "万元", r[2], Fi, 1, c2(r[2]), "平台相关营业收入（万元）", "2022年度", "2022年平台营收（万元）", image_only=True)
    pkg.fact("平台相关研发投入（万元）", c2(P["rd"]), "万元", P["rd"], Fi, 1, c2(P["rd"]), "平台研发投入（万元）", "2023年度", image_only=True)
    pkg.fact("平台利润率（%）", c2(P["profit"]), "万元", P["profit"], Fi, 1, c2(P["profit"]), "平台利润总额（万元）", "2023年度", "平台利润总额（万元）", image_only=True)
    pkg.fact("投资回报率（%）", c2(P["profit"]), "万元", P["profit"], Fi, 1, c2(P["profit"]), "平台利润总额（万元）", "2023年度", "平台年利润（万元）", image_only=True)

    # ---- 3-2 device list: 40 sites split side by side (1-20 | 21-40) + category table with narrow cells
    sites_reg = []
    for reg, n in P["dev_reg_bd"].items():
        sites_reg.append((reg, n))
    # distribute each region's devices over sites so that there are exactly 40 rows
    site_counts = split(40, [max(1, v) for v in P["dev_reg_bd"].values()])
    site_rows = []
    k = 1
    plant = ["内饰件工厂", "座椅工厂", "仪表板工厂", "门板工厂", "注塑中心", "涂装车间", "物流中心"]
    for (reg, n), cnt in zip(P["dev_reg_bd"].items(), site_counts):
        parts = split(n, [1 + (j % 3) for j in range(cnt)])
        for j, v in enumerate(parts):
            site_rows.append([str(k), f"{reg}{plant[(k * 3) % 7]}{'' if j == 0 else j + 1}", reg, n0(v)])
            k += 1
    assert len(site_rows) == 40
    pdf = Pdf(str(root / F["dev"]), title="接入设备清单",
              header=lambda p: p.text(50, p.H - 28, f"延锋金桥 IIP 设备台账导出   统一社会信用代码 913100006072198835   第{p.page}页/共2页", SONG, 7.5))
    pdf.begin()
    pdf.ctext(pdf.W / 2, pdf.H - 60, "平台接入设备清单（按接入工厂/站点，截至2024年6月30日）", HEI, 12.5)
    for half, chunk in enumerate((site_rows[:20], site_rows[20:])):
        grid_table(pdf, 40 + half * 262, pdf.H - 80, [22, 120, 50, 60], [["序号", "工厂/站点", "省市", "设备数（台/套）"]] + chunk,
                   SONG, 7.5, 15, align=["c", "l", "c", "r"])
    pdf.text(40, 290, f"注：站点所在省市为设备所属企业注册地；以上40个站点设备合计 {n0(P['dev'])} 台/套。", SONG, 8.5)
    pdf.end_page()
    pdf.begin()
    pdf.ctext(pdf.W / 2, pdf.H - 60, "按二级分类统计（台/套）", HEI, 12.5)
    cats = list(P["dev_cat_bd"].items())
    # narrow cells: the numbers are forced to wrap over two lines
    hdr_row = ["分类"] + [k for k, _ in cats] + ["合计"]
    val_row = ["接入"] + [n0(v) for _, v in cats] + [n0(P["dev"])]
    pub_row = ["公有云"] + [n0(P["pub_cat_bd"][k]) for k, _ in cats] + [n0(P["dev_pub"])]
    day_row = ["日均运行"] + [n0(P["day_cat_bd"][k]) for k, _ in cats] + [n0(P["dev_daily"])]
    widths = [52] + [54] * len(cats) + [60]
    grid_table(pdf, 40, pdf.H - 80, widths, [hdr_row, val_row, pub_row, day_row], SONG, 8.5, 18, align=["l"] + ["r"] * (len(cats) + 1))
    pdf.end_page()
    pdf.save()
    D = F["dev"]
    pkg.fact("连接的工业设备/产品/产线种类及数量（台/套）", n0(P["dev"]), "台/套", P["dev"], D, 1,
             f"以上40个站点设备合计 {n0(P['dev'])} 台/套", "设备合计")
    pkg.fact("连接的工业设备/产品/产线种类及数量（台/套）", n0(P["dev"]), "台/套", P["dev"], D, 2, n0(P["dev"]), "接入", "合计")
    pkg.fact("公有云工业设备连接数量（台/套）", n0(P["dev_pub"]), "台/套", P["dev_pub"], D, 2, n0(P["dev_pub"]), "公有云", "合计")
    pkg.fact("公有云工业设备平均日运行数量（台/套）", n0(P["dev_daily"]), "台/套", P["dev_daily"], D, 2, n0(P["dev_daily"]), "日均运行", "合计")

    # ---- 3-3 brochure, two columns
    blocks = [("h", "平台简介"),
              ("p", "延锋工业互联网平台依托延锋在汽车内饰领域三十年的制造经验，打造覆盖研发、生产、质量、物流与供应链的一体化数字化平台。"),
              ("p", "平台采用“云—边—端”协同架构：端侧通过工业网关采集注塑机、机器人、AGV等设备数据；边缘侧在各工厂部署边缘计算节点，"
                    "实现毫秒级的数据预处理与本地闭环控制；云侧基于私有云与混合云资源提供数据中台、模型中台与应用中台。"),
              ("p", "平台已在上海金桥、安亭、武汉、重庆、长春、天津等基地推广应用，覆盖注塑、喷涂、包覆、装配等主要工艺，"
                    "并向二三级供应商开放供应商协同门户，实现订单、库存、质量数据的在线协同。"),
              ("box", ["平台数据一览（2024年6月）", f"连接设备 {n0(P['dev'])} 台/套", f"工业APP {P['app']} 个",
                       f"机理模型 {P['models']} 个", f"服务企业 {n0(P['served'])} 家", "服务热线 400-820-1994"]),
              ("col", None),
              ("h", "核心能力"),
              ("p", "设备联网与边缘计算：支持注塑机、机器人、涂装线等多类设备的协议解析与数据采集，实现设备状态实时监控与OEE分析。"),
              ("p", "质量追溯：基于标识解析实现零部件一物一码，质量问题可在分钟级追溯到批次、设备与工艺参数。"),
              ("p", "供应链协同：与二三级供应商共享需求预测与库存数据，支撑JIT/JIS准时化供货。"),
              ("h", "典型案例"),
              ("p", "某合资主机厂配套内饰件工厂：通过平台实施注塑工艺参数优化，产品不良率下降、设备综合效率提升。"),
              ("p", "某座椅工厂：通过能耗监测与峰谷调度，单位产品能耗下降约8%。"),
              ("h", "联系我们"),
              ("p", "地址：上海市浦东新区金穗路1399号  邮编201206  电话021-5032 6688  网址 iip.yanfeng-jq.example.com")]
    pages_of = two_column_pdf(root / F["bro"], "延锋工业互联网平台", "Yanfeng Industrial Internet Platform · 2024版", blocks)
    box_page = pages_of[[i for i, b in enumerate(blocks) if b[0] == "box"][0]]
    Br = F["bro"]
    pkg.fact("连接的工业设备/产品/产线种类及数量（台/套）", n0(P["dev"]), "台/套", P["dev"], Br, box_page, f"连接设备 {n0(P['dev'])} 台/套", "连接设备")
    pkg.fact("工业APP数量（个）", str(P["app"]), "个", P["app"], Br, box_page, f"工业APP {P['app']} 个", "工业APP")
    pkg.fact("工业机理模型数量（个）", str(P["models"]), "个", P["models"], Br, box_page, f"机理模型 {P['models']} 个", "机理模型")

    # ---- 3-4 IP list with rotated header text
    pdf = Pdf(str(root / F["ip"]), title="知识产权清单")
    pdf.begin()
    pdf.ctext(pdf.W / 2, pdf.H - 55, "平台核心软硬件技术知识产权汇总表", HEI, 13)
    x0, ytop, hh = 60, pdf.H - 75, 90
    heads = ["技术领域", "发明专利", "实用新型", "外观设计", "专利小计", "软件著作权", "备注"]
    widths = [150, 40, 40, 40, 40, 40, 120]
    xx = x0
    for i, w in enumerate(widths):
        pdf.c.rect(xx, ytop - hh, w, hh)
        if i in (0, 6):
            pdf.ctext(xx + w / 2, ytop - hh / 2, heads[i], HEI, 9)
        else:
            rotated_text(pdf, xx + w / 2 + 3, ytop - hh + 6, heads[i], 9)
        xx += w
    fields_ = [("设备联网与边缘计算", 5, 4, 0, 8), ("生产过程管控", 4, 3, 0, 10), ("质量追溯与标识解析", 3, 4, 0, 7),
               ("供应链协同", 2, 2, 0, 9), ("能源与碳管理", 3, 2, 0, 4), ("平台界面", 0, 0, 2, 3)]
    assert sum(a + b + c for _, a, b, c, _ in fields_) == P["patents"] and sum(f[4] for f in fields_) == P["softs"]
    rows = [[f[0], str(f[1]), str(f[2]), str(f[3]), str(f[1] + f[2] + f[3]), str(f[4]), ""] for f in fields_]
    rows.append(["合计", str(sum(f[1] for f in fields_)), str(sum(f[2] for f in fields_)), str(sum(f[3] for f in fields_)),
                 str(P["patents"]), str(P["softs"]), "权利人均为本公司"])
    y = grid_table(pdf, x0, ytop - hh, widths, rows, SONG, 9, 18, header_rows=0, align=["l", "r", "r", "r", "r", "r", "l"])
    pdf.text(x0, y - 18, f"专利合计{P['patents']}项，软件著作权合计{P['softs']}项（明细见后附证书复印件）。", SONG, 9.5)
    pdf.end_page()
    pdf.save()
    pkg.fact("平台核心软硬件技术获得的专利数量（项）", str(P["patents"]), "项", P["patents"], F["ip"], 1, f"专利合计{P['patents']}项", "专利合计")
    pkg.fact("平台核心软硬件技术获得的软著数量（个）", str(P["softs"]), "项", P["softs"], F["ip"], 1, f"软件著作权合计{P['softs']}项", "软件著作权合计")

    # ---- 3-5 monthly KPI report: narrow value column → numbers wrap onto two lines; 微服务 1,264 vs declared 1,624
    ev_ms = 1264
    pdf = Pdf(str(root / F["mon"]), title="平台运行指标月报",
              header=lambda p: p.text(50, p.H - 28, "IIP-OPS-RPT-202406   生成时间 2024-07-02 06:00:00   版本 v2.3", SONG, 7.5))
    pdf.begin()
    pdf.ctext(pdf.W / 2, pdf.H - 60, "平台运行指标月报（2024年6月）", HEI, 13)
    kpis = [("微服务数量", n0(ev_ms), "个"), ("活跃微服务", n0(P["ms_active"]), "个"),
            ("开发者注册", n0(P["devs"]), "个"), ("注册企业", n0(P["reg"]), "家"),
            ("订阅总数", n0(P["subs"]), "个")]
    x0, y = 150, pdf.H - 90
    for cap, val, unit in kpis:
        h = 34
        pdf.c.rect(x0, y - h, 110, h); pdf.c.rect(x0 + 110, y - h, 24, h); pdf.c.rect(x0 + 134, y - h, 40, h)
        pdf.text(x0 + 5, y - 20, cap, SONG, 9.5)
        # split the number: first part on line 1, rest on line 2 (cell only 24pt wide)
        pdf.text(x0 + 113, y - 14, val[:3], SONG, 9.5)
        pdf.text(x0 + 113, y - 28, val[3:], SONG, 9.5)
        pdf.text(x0 + 142, y - 20, unit, SONG, 9.5)
        y -= h
    pdf.end_page()
    pdf.save()
    Mo = F["mon"]
    pkg.fact("微服务数量（个）", n0(ev_ms), "个", ev_ms, Mo, 1, n0(ev_ms), "微服务数量")
    pkg.fact("开发者注册总数（个）", n0(P["devs"]), "个", P["devs"], Mo, 1, n0(P["devs"]), "开发者注册")
    pkg.fact("注册企业用户数（个）", n0(P["reg"]), "家", P["reg"], Mo, 1, n0(P["reg"]), "注册企业")
    pkg.fact("工业APP订阅总数量（个）", n0(P["subs"]), "个", P["subs"], Mo, 1, n0(P["subs"]), "订阅总数")

    # ---- 3-6 screenshot
    tiles = [("在线设备", n0(P["dev_daily"]), "台"), ("接入设备", n0(P["dev"]), "台/套"), ("活跃微服务", n0(P["ms_active"]), "个"),
             ("今日告警", "37", "条"), ("OEE", "82.6%", ""), ("订单准时率", "98.1%", "")]
    dashboard_png(root / F["shot"], "延锋IIP · 制造运营中心", tiles, "2024-07-10 11:03:52  金桥基地", seed=3314)
    S = F["shot"]
    pkg.fact("连接的工业设备/产品/产线种类及数量（台/套）", n0(P["dev"]), "台/套", P["dev"], S, 1, n0(P["dev"]), "接入设备", image_only=True)

    pkg.problem("breakdown_sum", ["按省市区域统计工业设备数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"], [F["form"], F["dev"]], "error",
                f"按省市区域统计工业设备数量各项之和为 {n0(sum(reg_bd.values()))}，与连接的工业设备总数 {n0(P['dev'])} 不一致（江苏填 {n0(reg_bd['江苏'])}；"
                f"设备清单左右并排的40个站点中江苏合计 {n0(true_js)}）")
    pkg.problem("subset", ["付费企业数（个）", "实际服务企业数（个）"], [F["form"]], "error",
                f"付费企业数 {P['paid']} 大于实际服务企业数 {P['served']}（前者是后者的“其中”项）")
    pkg.problem("invalid_category", ["按行业统计服务企业数（个）"], [F["form"]], "error",
                "按行业统计服务企业数使用“汽车零部件”，不是附录C的行业分类（应为“汽车”）")
    pkg.problem("blank", ["平台交易规模年增长率（%）"], [F["form"]], "error", "指标明细表“平台交易规模年增长率（%）”平台实际情况未填写（汇总表同样空白）")
    pkg.problem("declared_vs_evidence", ["微服务数量（个）"], [F["form"], F["mon"]], "error",
                f"申报表填报微服务数量 {P['ms']}，平台运行指标月报中微服务数量为 {n0(ev_ms)}（窄单元格内数字折成两行“1,2”“64”）")
    pkg.layout = ["form:xlsx", "stamped_scan", "fin:picture_table_in_text_pdf+seal_over_cell", "device:side-by-side(1-20|21-40)",
                  "device:narrow_cells_wrapping_numbers", "brochure:two-column", "ip:rotated-header", "kpi:number_split_two_lines",
                  "header_footer_numbers", "screenshot:png", "summary:docx", "no_section7(not 2023 participant)"]
    dump_json(B.truth(pkg, "序号33 延锋：收入表为文字PDF中的图片且印章压格；设备清单40站点左右并排；分类表窄单元格；宣传册双栏；"
                      "知识产权表头旋转；月报中数字在窄格内折成两行。5个问题。", P),
              B.OUT / "truth" / f"{pid}.json")
