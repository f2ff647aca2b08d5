"""附件2 申报表 (DOCX / XLSX / PDF for the stamped scan), 附件4 汇总表, 附件1, 附件5, 申报书 text."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl.styles import Alignment, Font

from . import kit
from .model import SUMMARY, bd_text, f2, three_text

B = ("是", "否")


def yn(flag: bool, text: str) -> str:
    return f"是，{text}" if flag else "否"


def detail_rows(v: dict) -> list[tuple[str, str, str, str, str, str]]:
    """(一级, 二级, 三级, 内容, 平台实际情况, 证明资料) — the 指标明细表 in the notice's order."""
    t = v["txt"]
    P = v["proof"]
    o = v["orders"]
    L1a, L1b, L1c = "一、平台基础情况（25%）", "二、平台关键技术能力（35%）", "三、平台效益及可持续发展能力（40%）"
    rows = [
        (L1a, "1.1 战略定位及规划", "1.1.1 战略定位", "平台定位是否明确", t["position"], "附件3 申报书 二"),
        ("", "", "", "是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势", t["policy"], "附件3 申报书 二"),
        ("", "", "1.1.2 规划制定", "平台是否被纳入企业战略规划中", t["strategy"], "—"),
        ("", "", "", "是否制定了平台专项规划", t["plan"], "—"),
        ("", "", "", "平台团队总人数（人）", str(v["team"]), "人员花名册（现场核查）"),
        ("", "", "", "其中：运维人数（人）", str(v["team_ops"]), "同上"),
        ("", "", "", "运营人数（人）", str(v["team_run"]), "同上"),
        ("", "", "", "其中：有相关技术职称/从业资格的人数（人）", str(v["team_titled"]), "同上"),
        ("", "1.2 资金投入与经营情况", "1.2.1 创新投入情况", "平台相关研发投入（万元）", f2(v["rd"]), P["audit"]),
        ("", "", "", "平台相关研发投入强度（%）", f2(v["rd_ratio"]), "按填报指引公式计算"),
        ("", "", "1.2.2 经营情况", "平台相关营业收入（万元）", f2(v["rev"]), P["audit"]),
        ("", "", "", "平台利润率（%）", f2(v["margin"]), P["audit"]),
        ("", "", "", "付费用户占比（%）", f2(v["paid_ratio"]), "付费企业数÷注册企业用户数"),
        (L1b, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "连接的工业设备/产品/产线种类及数量（台/套）", str(v["dev"]), P["device"]),
        ("", "", "", "按二级分类统计工业设备数量（台/套）", bd_text(v["dev_cat"]), P["device"]),
        ("", "", "", "按省市区域统计工业设备数量（台/套）", bd_text(v["dev_reg"]), P["device"]),
        ("", "", "", "其中：公有云工业设备连接数量（台/套）", str(v["pub"]), P["device"]),
        ("", "", "", "按二级分类统计公有云工业设备数量（台/套）", bd_text(v["pub_cat"]), P["device"]),
        ("", "", "", "按省市区域统计公有云工业设备数量（台/套）", bd_text(v["pub_reg"]), P["device"]),
        ("", "", "", "其中：公有云工业设备平均日运行数量（台/套）", str(v["day"]), P["device"]),
        ("", "", "", "按二级分类统计公有云工业设备平均日运行数量（台/套）", bd_text(v["day_cat"]), P["device"]),
        ("", "", "", "按省市区域统计公有云工业设备平均日运行数量（台/套）", bd_text(v["day_reg"]), P["device"]),
        ("", "", "", "其中：海外设备连接数量（台/套）", str(v["ovs"]), P["device"]),
        ("", "", "", "其中：按海外国家分类统计海外设备连接数量", bd_text(v["ovs_bd"]), P["device"]),
        ("", "", "", "工业协议兼容适配数量（个）", str(v["protocols"]), "协议清单（现场演示）"),
        ("", "", "", "其他资源汇聚情况", t["other_res"], "—"),
        ("", "", "2.1.2 工业软件/APP", "工业软件总量（个）", str(v["software"]), P["screen"]),
        ("", "", "", "工业APP数量（个）", str(v["apps"]), P["screen"]),
        ("", "", "", "其中：基于平台开发的工业APP数量（个）", str(v["apps_native"]), "应用市场后台导出"),
        ("", "", "", "云化工业软件数量（个）", str(v["apps_cloud"]), "应用市场后台导出"),
        ("", "", "", "按分类统计工业APP数量（个）", bd_text(v["apps_cls"]), "应用市场后台导出"),
        ("", "", "", "按行业统计工业APP数量（个）", bd_text(v["apps_ind"]), "应用市场后台导出"),
        ("", "", "", "工业APP平均月活跃数量（个）", str(v["apps_mau"]), "运营后台统计"),
        ("", "", "", "其中：杀手锏APP数量（个）", str(v["killer"]), "见申报书 二"),
        ("", "", "", "公有云杀手锏APP平均日在线用户数（个）", str(v["killer_dau"]), "运营后台统计"),
        ("", "", "", "杀手锏APP日活次数（次）", str(v["killer_hits"]), "运营后台统计"),
        ("", "", "", "杀手锏APP月平均收入（万元）", f2(v["killer_income"]), "财务台账"),
        ("", "", "", "其中：公有云工业APP数量（个）", str(v["pub_apps"]), "应用市场后台导出"),
        ("", "", "", "其中：公有云工业APP平均日活跃数量（个）", str(v["pub_apps_dau"]), "运营后台统计"),
        ("", "", "", "其中：按分类统计公有云工业APP平均日活跃数量（个）", bd_text(v["pub_apps_cls"]), "运营后台统计"),
        ("", "", "", "其中：按行业统计公有云工业APP平均日活跃数量（个）", bd_text(v["pub_apps_ind"]), "运营后台统计"),
        ("", "2.2 数据管理与挖掘", "2.2.1 数据采集", "边缘数据处理能力", t["edge"], "—"),
        ("", "", "", "其他数据采集能力", t["other_collect"], "—"),
        ("", "", "2.2.2 数据处理（存储计算能力）", "是否支持可拓展云计算能力", "是", "—"),
        ("", "", "", "云化服务器算力", t["compute"], "云资源账单"),
        ("", "", "", "平台实际用云量（台）", f2(v["cloud"]), "云资源账单"),
        ("", "", "", "平台公有云实际使用数量（台）", str(v["cloud_pub"]), "云资源账单"),
        ("", "", "", "存储容量（TB）", f2(v["cap"]), "云资源账单"),
        ("", "", "", "存储工业数据量（TB）", f2(v["data"]), "运维监控截图"),
        ("", "", "", "公有云数据总量（TB）", f2(v["data_pub"]), "运维监控截图"),
        ("", "", "", "存储资源利用率（%）", f2(v["util"]), "存储工业数据量÷存储容量"),
        ("", "", "", "数据基础管理能力", t["data_mgmt"], "—"),
        ("", "", "2.2.3 数据建模和分析", "工业机理模型数量（个）", str(v["models"]), P["screen"]),
        ("", "", "", "其中：活跃机理模型数量（一周调用5次以上）（个）", str(v["models_active"]), "模型库后台"),
        ("", "", "", "核心工业模型平均月调用用户数量（个）", str(v["model_users"]), "模型库后台"),
        ("", "", "", "按分类统计工业模型数量（个）", bd_text(v["models_cls"]), "模型库后台"),
        ("", "", "", "是否提供通用建模分析算法", "是", "—"),
        ("", "", "", "智能分析算法类型", t["algos"], "—"),
        ("", "", "", "数据分析平台均速度（每TB分级/秒级/毫秒级）", v["speed"], "性能测试报告"),
        ("", "2.3 微服务部署与调用", "2.3.1 平台微服务情况", "微服务数量（个）", str(v["ms"]), P["screen"]),
        ("", "", "", "其中：活跃微服务数量（一周调用5次以上）（个）", str(v["ms_active"]), "服务治理后台"),
        ("", "2.4 平台开发与使用", "2.4.1 平台开发者数量", "是否建立开发者社区及相关功能", "是", "—"),
        ("", "", "", "开发者注册总数（个）", str(v["devs"]), P["screen"]),
        ("", "", "", "其中：活跃开发者数（个）", str(v["devs_active"]), "开发者社区后台"),
        ("", "", "2.4.2 应用开发服务能力", "平台支持开发语言类型", t["langs"], "—"),
        ("", "", "", "平台应用开发框架", t["framework"], "—"),
        ("", "", "", "平台应用开发工具", t["tools"], "—"),
        ("", "2.5 安全体系", "2.5.1 安全制度建设", "是否针对平台制定了安全管理相关制度", t["sec_rules"], "制度文件"),
        ("", "", "", "建立的安全制度保护了平台的哪些方面", t["sec_scope"], "—"),
        ("", "", "", "有否定期开展第三方安全测试/测评", t["sec_test"], "测评报告"),
        ("", "", "", "有否定期进行安全扫描", t["sec_scan"], "扫描报告"),
        ("", "", "2.5.2 安全技术保障", "采用何种安全技术情况", t["sec_tech"], "—"),
        ("", "", "", "核心数据安全保护手段", t["backup"], "—"),
        (L1c, "3.1 平台应用", "3.1.1 平台应用规模", "注册企业用户数（个）", str(v["reg"]), P["screen"]),
        ("", "", "", "其中：实际服务企业数（个）", str(v["served"]), "客户清单（现场核查）"),
        ("", "", "", "按行业统计服务企业数（个）", bd_text(v["served_ind"]), "客户清单"),
        ("", "", "", "按省市区域统计服务企业数（个）", bd_text(v["served_reg"]), "客户清单"),
        ("", "", "", "其中：付费企业数（个）", str(v["paying"]), "合同台账"),
        ("", "", "", "其中：服务本市企业数量（个）", str(v["local"]), "客户清单"),
        ("", "", "", "其中：服务中小企业数量（个）", str(v["sme"]), "客户清单"),
        ("", "", "", "平台订单数量（个），填写近一年总量", f"2023年自然年：{o[0]}个；截至填表日前一年：{o[1]}个", "订单台账"),
        ("", "", "", "平台交易规模年增长率（%）", f2(v["trade_growth"]), "订单台账"),
        ("", "", "", "工业APP订阅总数量（个）", str(v["subs"]), "应用市场后台导出"),
        ("", "", "", "其中：杀手锏工业APP订阅数量（个）", str(v["killer_subs"]), "应用市场后台导出"),
        ("", "", "", "工业APP订阅总金额（万元）", f2(v["subs_amount"]), "财务台账"),
        ("", "", "", "平台连接工业设备利用率（%）", f2(v["dev_util"]), "运维监控"),
        ("", "", "", "平台国产化率（%）", f2(v["domestic"]), "软硬件清单"),
        ("", "", "", "平台是否服务上海智能工厂，数量", f"是，{v['factories']}家：{t['factories']}", "服务合同"),
        ("", "", "", "平台服务园区总数（个）", str(v["parks"]), "园区合作协议"),
        ("", "", "", "平台提供的解决方案总数（个）", str(v["solutions"]), "解决方案目录"),
        ("", "", "", "其中：按新模式统计解决方案数量（个）", bd_text(v["sol_modes"]), "解决方案目录"),
        ("", "", "3.1.2 平台应用价值", "投资回报率（%）", f2(v["roi"]), P["audit"]),
        ("", "", "", "企业已上市或已获得VC/PE投资", t["listed"], "—"),
        ("", "", "", "关键技术自主可控", t["autonomy"], "—"),
        ("", "", "", "解决方案累计对企业/用户新增效益", t["benefit"], "申报书 五"),
        ("", "", "", "解决方案累计对企业/用户降低成本", t["cost"], "申报书 五"),
        ("", "", "", "平台连接工业设备运维成本平均下降率（%）", f2(v["om_down"]), "申报书 五"),
        ("", "", "", "平台连接工业设备能耗平均下降率（%）", f2(v["energy_down"]), "申报书 五"),
        ("", "", "", "平台连接工业设备安全生产持续时间平均提升率（%）", f2(v["safety_up"]), "申报书 五"),
        ("", "", "", "平台数据价值挖掘应用能力", t["data_value"], "—"),
        ("", "", "", "工业互联网平台+供应链协同应用情况", t["supply"], "—"),
        ("", "", "", "平台有否与新技术的融合应用", t["newtech"], "—"),
        ("", "", "", "平台现有特色指数（个）", f"共{v['indices']}个：{t['indices']}", "—"),
        ("", "", "3.1.3 平台带动成效", "平台核心软硬件技术获得的专利数量（项）", str(v["patents"]), P["ip"]),
        ("", "", "", "平台核心软硬件技术获得的软著数量（个）", str(v["copyrights"]), P["ip_sw"]),
        ("", "", "", "平台是否有自研形成的核心技术突破", t["breakthrough"], "—"),
        ("", "", "", "平台是否具备碳管理服务能力", t["carbon"], "—"),
        ("", "", "", "平台是否融合使用国家标识解析系统", t["idres"], "—"),
        ("", "", "", "平台牵头/参与标准制定情况（国家标准、行业标准）", t["standards"], "—"),
        ("", "", "", "平台获得省部级及以上奖项/荣誉数量（个）", f"共{v['awards']}个：{t['awards']}", P["awards"]),
        ("", "", "", "平台建设与运营带动新增就业人数（人）", str(v["jobs"]), "—"),
        ("", "", "", "平台社会贡献率（%）", f2(v["social"]), "按填报指引公式计算"),
        ("", "", "", "平台对关键行业/领域、本市及其他重点区域等贡献及支撑", t["contribution"], "—"),
        ("", "3.2 平台生态建设", "3.2.1 平台开放", "是否建立供应链产业链开放共享机制", t["open_mech"], "—"),
        ("", "", "", "平台开放共享数据的形式及数量", v["open_data"], "—"),
        ("", "", "3.2.2 平台生态", "合作平台数量（个）", str(v["partners"]), "合作协议"),
        ("", "", "", "跨平台调用功能建设情况", t["cross"], "—"),
        ("", "", "", "新产业、新模式培育情况", t["new_industry"], "—"),
    ]
    return rows


def company_rows(v: dict) -> list[list[str]]:
    c = v["co"]
    return [
        ["单位（企业）名称", v["company"], "单位（企业）代码", c["code"]],
        ["成立日期", c["founded"], "注册地及所在行政区", c["reg_addr"]],
        ["企业类型", c["type"], "注册资本", c["capital"]],
        ["主营业务", c["business"], "法定代表人", c["legal"]],
        ["联系人", v["contact"], "职务", c["title"]],
        ["联系人手机", v["phone"], "传真", c["fax"]],
        ["电子邮箱", v["email"], "股权结构", c["equity"]],
        ["总资产（万元）", c["assets"], "主营业务收入（万元）", c["income"]],
        ["主营业务收入增长率（%）", c["income_growth"], "负债率（%）", c["debt"]],
        ["利润总额（万元）", c["profit"], "税金（万元）", c["tax"]],
    ]


def platform_rows(v: dict) -> list[list[str]]:
    t = v["txt"]
    return [
        ["平台名称", v["platform"]],
        ["建设时间", v["build_text"]],
        ["平台建设金额（万元）", f2(v["build_amount"])],
        ["平台近三年经营指标情况", three_text(v, "\n")],
        ["平台建设方式", "☑自建  □合作共建" if v["build_mode"] == "自建" else f"□自建  ☑合作共建，合作企业名称（必填）：{v['partner_co']}"],
        ["平台运营模式", {"自运营": "☑自运营 □联合运营 □委托运营", "联合运营": "□自运营 ☑联合运营 □委托运营"}[v["op_mode"]]],
        ["IaaS基础设施", v["iaas"]],
        ["部署方式", v["deploy_boxes"]],
        ["平台网址", f"{v['url']}（演示账号：{v['account']}  密码：{v['password']}）"],
        ["平台基本情况介绍", t["intro"]],
        ["平台建设成效", t["effect"]],
    ]


def _set_cjk(doc, name="宋体", size=10.5):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), name)


def write_form_docx(path: Path, v: dict, font="宋体"):
    doc = Document()
    _set_cjk(doc, font)
    doc.add_paragraph("附件2")
    doc.add_heading("上海市工业互联网平台应用水平评价申报表", level=1)
    for line in ["申报年度：2024年度", f"平台名称：{v['platform']}", f"申报单位：{v['company']}（公章）",
                 f"联 系 人：{v['contact']}", f"联系人电话：{v['phone']}", "上海市经济和信息化委员会制",
                 "2024年7月15日"]:
        doc.add_paragraph(line)
    doc.add_page_break()
    doc.add_paragraph("一、企业基本情况")
    tb = doc.add_table(rows=0, cols=4)
    tb.style = "Table Grid"
    for r in company_rows(v):
        cells = tb.add_row().cells
        for c, val in zip(cells, r):
            c.text = val
    doc.add_paragraph("二、平台基本情况")
    tb = doc.add_table(rows=0, cols=2)
    tb.style = "Table Grid"
    for r in platform_rows(v):
        cells = tb.add_row().cells
        cells[0].text, cells[1].text = r
    sec = doc.add_section()
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    doc.add_paragraph("三、上海市工业互联网平台应用水平评价指标明细表")
    tb = doc.add_table(rows=1, cols=6)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, ["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]):
        c.text = h
    for r in detail_rows(v):
        cells = tb.add_row().cells
        for c, val in zip(cells, r):
            c.text = val
    doc.core_properties.title = "申报表"
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    kit.normalize_zip(path, "申报表", v["contact"])


def write_form_xlsx(path: Path, v: dict):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "封面及基本情况"
    ws.append(["上海市工业互联网平台应用水平评价申报表"])
    for line in [["申报年度", "2024年度"], ["平台名称", v["platform"]], ["申报单位", v["company"]],
                 ["联系人", v["contact"]], ["联系人电话", v["phone"]]]:
        ws.append(line)
    ws.append(["一、企业基本情况"])
    for r in company_rows(v):
        ws.append(r)
    ws.append(["二、平台基本情况"])
    for r in platform_rows(v):
        ws.append(r)
    ws.column_dimensions["A"].width = 26
    ws.column_dimensions["B"].width = 70
    ws2 = wb.create_sheet("指标明细表")
    ws2.append(["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"])
    for r in detail_rows(v):
        ws2.append(list(r))
    for col, w in zip("ABCDEF", (16, 16, 18, 44, 60, 24)):
        ws2.column_dimensions[col].width = w
    for row in ws2.iter_rows():
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    wb.properties.creator = v["contact"]
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(path))
    kit.normalize_zip(path, "申报表", v["contact"])


def write_form_pdf(path: Path, v: dict):
    """The printed 申报表 that gets stamped and scanned."""
    pdf = kit.Pdf(path, "申报表")
    pdf.footer = "— {n} —"
    pdf.page()
    pdf.text("附件2", 10)
    pdf.gap(120)
    pdf.text("上海市工业互联网平台应用水平评价", 20, center=True)
    pdf.text("申报表", 20, center=True)
    pdf.gap(80)
    for line in ["申报年度：2024年度", f"平台名称：{v['platform']}", f"申报单位：{v['company']}（公章）",
                 f"联 系 人：{v['contact']}", f"联系人电话：{v['phone']}"]:
        pdf.text(line, 13, indent=70)
    pdf.gap(100)
    pdf.text("上海市经济和信息化委员会制", 12, center=True)
    pdf.text("2024年7月15日", 12, center=True)
    pdf.page()
    pdf.text("一、企业基本情况", 12)
    pdf.table([100, 140, 100, 143], company_rows(v), 8.5, header_rows=0)
    pdf.gap(10)
    pdf.text("二、平台基本情况", 12)
    pdf.table([110, 373], platform_rows(v), 8.5, header_rows=0)
    pdf.page()
    pdf.text("三、上海市工业互联网平台应用水平评价指标明细表", 12)
    rows = [["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]]
    rows += [list(r) for r in detail_rows(v)]
    pdf.table([48, 52, 58, 110, 160, 55], rows, 7.5)
    pdf.gap(20)
    pdf.text(f"申报单位（盖章）：{v['company']}", 11)
    pdf.text("日期：2024年7月15日", 11)
    pdf.save()


def write_form_scan(path: Path, v: dict, scratch: Path, seed: int):
    tmp = scratch / f"{seed}_form.pdf"
    write_form_pdf(tmp, v)
    imgs = kit.rasterise(tmp, 100)
    pages = []
    for i, im in enumerate(imgs):
        im = kit.scanify(im, seed + i, skew=0.2 if i % 2 else -0.3)
        sealed = i in (0, len(imgs) - 1)
        if sealed:
            w, h = im.size
            im = kit.seal(im, int(w * 0.62), int(h * (0.36 if i == 0 else 0.8)), int(w * 0.11), v["company"])
        pages.append({"jpeg": kit.jpeg(im, gray=not sealed, quality=60), "size": kit.A4P})
    kit.write_image_pdf(path, pages)


def write_summary_xlsx(path: Path, v: dict, rows: list[dict], override: dict | None = None):
    override = override or {}
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "平台基本情况汇总表"
    ws.append(["附件4"])
    ws.append(["平台基本情况汇总表"])
    ws.append(["项目", "内容"])
    for (label, key, kind), row in zip(SUMMARY, rows):
        val = override.get(label, row["normalized"])
        if label in override:
            cell = val
        elif kind in ("int",) or (kind == "f2"):
            cell = val
        elif kind == "bool":
            cell = "是" if val else "否"
        else:
            cell = row["value"]
        ws.append([label, cell])
        if kind == "f2" and not isinstance(cell, str):
            ws.cell(ws.max_row, 2).number_format = "0.00"
    ws.column_dimensions["A"].width = 44
    ws.column_dimensions["B"].width = 80
    for row in ws.iter_rows():
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="center")
    ws["A2"].font = Font(bold=True, size=14)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(path))
    kit.normalize_zip(path, "平台基本情况汇总表", v["contact"])


def write_contact_docx(path: Path, v: dict):
    doc = Document()
    _set_cjk(doc)
    doc.add_paragraph("附件1")
    doc.add_heading("联系人信息反馈表", level=1)
    doc.add_paragraph("2024年度上海市工业互联网平台应用水平评价工作")
    doc.add_paragraph("一、联系人信息反馈")
    tb = doc.add_table(rows=1, cols=6)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, ["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"]):
        c.text = h
    for r in (["联系人（主）", v["contact"], v["company"], v["co"]["title"], v["phone"], v["email"]],
              ["联系人（备用）", v["contact2"], v["company"], "工程师", v["phone2"], v["email2"]]):
        cells = tb.add_row().cells
        for c, val in zip(cells, r):
            c.text = val
    doc.add_paragraph("二、评审会现场地址信息反馈")
    doc.add_paragraph(f"具体地址：{v['address']}")
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    kit.normalize_zip(path, "联系人信息反馈表", v["contact"])


def write_commitment_scan(path: Path, v: dict, scratch: Path, seed: int, upside_down: bool, rotate: int):
    tmp = scratch / f"{seed}_commit.pdf"
    pdf = kit.Pdf(tmp, "真实性承诺")
    pdf.page()
    pdf.text("附件5", 10)
    pdf.gap(60)
    pdf.text("真实性承诺", 20, center=True)
    pdf.gap(30)
    pdf.text("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、"
             "准确、完整，如有不实，愿承担相应的法律责任及由此产生的一切后果。", 13, lead=26)
    pdf.text("特此承诺。", 13, indent=26, lead=26)
    pdf.gap(120)
    pdf.text(f"申报单位：{v['company']}（盖章）", 13, indent=150, lead=30)
    pdf.text(f"法定代表人：{v['co']['legal']}（签章）", 13, indent=150, lead=30)
    pdf.text("2024年7月15日", 13, indent=200, lead=30)
    pdf.save()
    im = kit.rasterise(tmp, 110)[0]
    w, h = im.size
    im = kit.seal(im, int(w * 0.66), int(h * 0.6), int(w * 0.12), v["company"])
    im = kit.scanify(im, seed, skew=0.4)
    if upside_down:
        im = im.rotate(180)
    kit.write_image_pdf(path, [{"jpeg": kit.jpeg(im, quality=62), "size": kit.A4P, "rotate": rotate}])
