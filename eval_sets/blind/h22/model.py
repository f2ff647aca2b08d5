"""Package model: declared values (附件4 rows) derived from primaries, and the renderers of the
application documents (申报表 DOCX/XLSX/WPS-PDF, 汇总表, 承诺, 联系人表, 申报书)."""
from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

from common import *  # noqa: F401,F403
from common import A4_LABELS, DETAIL, APPX_E, split, bd, bd_text, f2, n0, c2, r2


@dataclass
class Pkg:
    pid: str
    P: dict
    V: dict = field(default_factory=dict)       # label -> value string (as the 申报表 says)
    N: dict = field(default_factory=dict)       # label -> normalized
    T: dict = field(default_factory=dict)       # narrative answers of the 明细表
    files: dict = field(default_factory=dict)   # rel path -> role
    facts: list = field(default_factory=list)
    problems: list = field(default_factory=list)
    summary_override: dict = field(default_factory=dict)  # what the applicant's 附件4 prints differently
    layout: list = field(default_factory=list)

    def set(self, label, value, norm):
        assert label in A4_LABELS, label
        self.V[label] = value
        self.N[label] = norm

    def fact(self, label, value, unit, normalized, file, page, quote, row_label="", column_label="",
             component="", image_only=False):
        self.facts.append(dict(label=label, value=value, unit=unit, normalized=normalized, file=file, page=page,
                               quote=quote, row_label=row_label, column_label=column_label,
                               component=component, image_only=image_only))

    def problem(self, family, fields, files, severity, description):
        k = len(self.problems) + 1
        self.problems.append(dict(id=f"{self.pid}-{k:02d}-{family}", family=family, fields=fields, files=files,
                                  severity=severity, description=description))


def derive(pkg: Pkg):
    """Fill V/N from the primaries P (a consistent declaration)."""
    P = pkg.P
    s = pkg.set
    s("序号", str(P["list_no"]), P["list_no"])
    s("企业名称", P["company"], P["company"])
    s("平台名称", P["declared_name"], P["declared_name"])
    s("平台性质", P["nature"], P["nature"])
    s("联系人姓名", P["contact"], P["contact"])
    s("联系人手机号", P["phone"], P["phone"])
    s("联系人电子邮箱", P["email"], P["email"])
    s("评审会现场地址信息", P["address"], P["address"])
    s("平台网址", P["url"], P["url"])
    s("建设时间", P["period"], P["period"])
    s("平台建设金额（万元）", f2(P["build"]), P["build"])
    r20, r21, r22, r23 = P["rev"]
    g = [r2((r21 / r20 - 1) * 100), r2((r22 / r21 - 1) * 100), r2((r23 / r22 - 1) * 100)]
    P["growth"] = g
    s("平台近三年经营指标情况",
      f"2021年平台营收{f2(r21)}万元/增长率{f2(g[0])}%；2022年平台营收{f2(r22)}万元/增长率{f2(g[1])}%；"
      f"2023年平台营收{f2(r23)}万元/增长率{f2(g[2])}%",
      {"2021年平台营收（万元）": r21, "2021年增长率（%）": g[0], "2022年平台营收（万元）": r22,
       "2022年增长率（%）": g[1], "2023年平台营收（万元）": r23, "2023年增长率（%）": g[2]})
    s("平台建设方式", P["build_mode"], P["build_mode"])
    s("平台运营模式", P["op_mode"], P["op_mode"])
    s("部署方式", P["deploy"], P["deploy"])
    team = P["ops"] + P["opr"]
    s("平台团队总人数（人）", str(team), team)
    s("运维人数（人）", str(P["ops"]), P["ops"])
    s("运营人数（人）", str(P["opr"]), P["opr"])
    s("有相关技术职称/从业资格的人数（人）", str(P["qual"]), P["qual"])
    s("平台相关研发投入（万元）", f2(P["rd"]), P["rd"])
    P["rd_int"] = r2(P["rd"] / r23 * 100)
    s("平台相关研发投入强度（%）", f2(P["rd_int"]), P["rd_int"])
    s("平台相关营业收入（万元）", f2(r23), r23)
    P["margin"] = r2(P["profit"] / r23 * 100)
    s("平台利润率（%）", f2(P["margin"]), P["margin"])
    P["paid_ratio"] = r2(P["paid"] / P["reg"] * 100)
    s("付费用户占比（%）", f2(P["paid_ratio"]), P["paid_ratio"])
    # devices
    dt = P["dev"]
    cats, cw = zip(*P["dev_cat"])
    regs, rw = zip(*P["dev_reg"])
    pub, daily = P["dev_pub"], P["dev_daily"]
    P["dev_cat_bd"] = bd(cats, split(dt, cw))
    P["dev_reg_bd"] = bd(regs, split(dt, rw))
    P["pub_cat_bd"] = bd(cats, split(pub, cw))
    P["pub_reg_bd"] = bd(regs, split(pub, rw))
    P["day_cat_bd"] = bd(cats, split(daily, cw))
    P["day_reg_bd"] = bd(regs, split(daily, rw))
    s("连接的工业设备/产品/产线种类及数量（台/套）", str(dt), dt)
    s("按二级分类统计工业设备数量（台/套）", bd_text(P["dev_cat_bd"]), P["dev_cat_bd"])
    s("按省市区域统计工业设备数量（台/套）", bd_text(P["dev_reg_bd"]), P["dev_reg_bd"])
    s("公有云工业设备连接数量（台/套）", str(pub), pub)
    s("按二级分类统计公有云工业设备数量（台/套）", bd_text(P["pub_cat_bd"]), P["pub_cat_bd"])
    s("按省市区域统计公有云工业设备数量（台/套）", bd_text(P["pub_reg_bd"]), P["pub_reg_bd"])
    s("公有云工业设备平均日运行数量（台/套）", str(daily), daily)
    s("按二级分类统计公有云工业设备平均日运行数量（台/套）", bd_text(P["day_cat_bd"]), P["day_cat_bd"])
    s("按省市区域统计公有云工业设备平均日运行数量（台/套）", bd_text(P["day_reg_bd"]), P["day_reg_bd"])
    overseas = {k: v for k, v in P["dev_reg_bd"].items() if any("A" <= ch <= "Z" for ch in k)}
    P["overseas_bd"] = overseas
    ov = sum(overseas.values())
    P["overseas"] = ov
    s("海外设备连接数量（台/套）", str(ov), ov)
    if overseas:
        s("按海外国家分类统计海外设备连接数量（台/套）", bd_text(overseas), overseas)
    else:
        s("按海外国家分类统计海外设备连接数量（台/套）", "", None)
    s("工业协议兼容适配数量（个）", str(P["protocols"]), P["protocols"])
    s("工业软件总量（个）", str(P["sw"]), P["sw"])
    apps = P["app"]
    s("工业APP数量（个）", str(apps), apps)
    s("基于平台开发的工业APP数量（个）", str(P["app_native"]), P["app_native"])
    s("云化工业软件数量（个）", str(apps - P["app_native"]), apps - P["app_native"])
    ac, acw = zip(*P["app_cat"])
    ai, aiw = zip(*P["app_ind"])
    P["app_cat_bd"] = bd(ac, split(apps, acw))
    P["app_ind_bd"] = bd(ai, split(apps, aiw))
    s("按分类统计工业APP数量（个）", bd_text(P["app_cat_bd"]), P["app_cat_bd"])
    s("按行业统计工业APP数量（个）", bd_text(P["app_ind_bd"]), P["app_ind_bd"])
    s("工业APP平均月活跃数量（个）", str(P["app_mau"]), P["app_mau"])
    s("杀手锏APP数量（个）", "5", 5)
    s("公有云杀手锏APP平均日在线用户数（个）", str(P["killer_dau"]), P["killer_dau"])
    s("杀手锏APP日活次数（次）", str(P["killer_hits"]), P["killer_hits"])
    s("杀手锏APP月平均收入（万元）", f2(P["killer_income"]), P["killer_income"])
    s("公有云工业APP数量（个）", str(P["app_pub"]), P["app_pub"])
    s("公有云工业APP平均日活跃数量（个）", str(P["app_pub_dau"]), P["app_pub_dau"])
    P["app_pub_cat_bd"] = bd(ac, split(P["app_pub_dau"], acw))
    P["app_pub_ind_bd"] = bd(ai, split(P["app_pub_dau"], aiw))
    s("按分类统计公有云工业APP平均日活跃数量（个）", bd_text(P["app_pub_cat_bd"]), P["app_pub_cat_bd"])
    s("按行业统计公有云工业APP平均日活跃数量（个）", bd_text(P["app_pub_ind_bd"]), P["app_pub_ind_bd"])
    s("平台实际用云量（台）", f2(P["cloud"]), P["cloud"])
    s("平台公有云实际使用数量（台）", str(P["cloud_pub"]), P["cloud_pub"])
    s("存储容量（TB）", f2(P["cap"]), P["cap"])
    s("存储工业数据量（TB）", f2(P["used"]), P["used"])
    s("公有云数据总量（TB）", f2(P["pub_data"]), P["pub_data"])
    P["util_store"] = r2(P["used"] / P["cap"] * 100)
    s("存储资源利用率（%）", f2(P["util_store"]), P["util_store"])
    s("工业机理模型数量（个）", str(P["models"]), P["models"])
    s("活跃机理模型数量（一周调用5次以上）（个）", str(P["models_active"]), P["models_active"])
    s("核心工业模型平均月调用用户数量（个）", str(P["model_users"]), P["model_users"])
    mc, mw = zip(*P["model_cat"])
    P["model_cat_bd"] = bd(mc, split(P["models"], mw))
    s("按分类统计工业模型数量（个）", bd_text(P["model_cat_bd"]), P["model_cat_bd"])
    s("数据分析平台均速度（每TB分级/秒级/毫秒级）", P["speed"], P["speed"][:2] if P["speed"][:2] in ("秒级", "分级") else P["speed"][:3])
    s("微服务数量（个）", str(P["ms"]), P["ms"])
    s("活跃微服务数量（一周调用5次以上）（个）", str(P["ms_active"]), P["ms_active"])
    s("开发者注册总数（个）", str(P["devs"]), P["devs"])
    s("活跃开发者数（个）", str(P["devs_active"]), P["devs_active"])
    s("平台是否建立安全管理体系", "是", True)
    s("有否定期开展第三方安全测试/测评", "是", True)
    s("有否定期进行安全扫描", "是", True)
    s("注册企业用户数（个）", str(P["reg"]), P["reg"])
    s("实际服务企业数（个）", str(P["served"]), P["served"])
    ic, iw = zip(*P["ent_ind"])
    rc, rw2 = zip(*P["ent_reg"])
    P["ent_ind_bd"] = bd(ic, split(P["served"], iw))
    P["ent_reg_bd"] = bd(rc, split(P["served"], rw2))
    s("按行业统计服务企业数（个）", bd_text(P["ent_ind_bd"]), P["ent_ind_bd"])
    s("按省市区域统计服务企业数（个）", bd_text(P["ent_reg_bd"]), P["ent_reg_bd"])
    s("付费企业数（个）", str(P["paid"]), P["paid"])
    local = P["ent_reg_bd"].get("上海", 0)
    P["local"] = local
    s("服务本市企业数量（个）", str(local), local)
    s("服务中小企业数量（个）", str(P["sme"]), P["sme"])
    o1, o2 = P["orders"]
    if o2:
        s("平台订单数量(近一年总量)（个）", f"2023年自然年：{o1}个；截至填表日前一年：{o2}个",
          {"2023年自然年": o1, "截至填表日前一年": o2})
    else:
        s("平台订单数量(近一年总量)（个）", str(o1), o1)
    s("平台交易规模年增长率（%）", f2(P["trade_growth"]), P["trade_growth"])
    s("工业APP订阅总数量（个）", str(P["subs"]), P["subs"])
    s("杀手锏工业APP订阅数量（个）", str(P["subs_killer"]), P["subs_killer"])
    s("工业APP订阅总金额（万元）", f2(P["subs_amount"]), P["subs_amount"])
    s("平台连接工业设备利用率（%）", f2(P["dev_util"]), P["dev_util"])
    s("平台国产化率（%）", f2(P["domestic"]), P["domestic"])
    s("平台是否服务上海智能工厂，数量", f"是，{P['smart']}家", P["smart"])
    s("平台服务园区总数（个）", str(P["parks"]), P["parks"])
    s("平台提供的解决方案总数（个）", str(P["solutions"]), P["solutions"])
    P["sol_bd"] = bd(APPX_E, split(P["solutions"], P["sol_w"]))
    s("按新模式统计解决方案数量（个）", bd_text(P["sol_bd"]), P["sol_bd"])
    P["roi"] = r2(P["profit"] / P["build"] * 100)
    s("投资回报率（%）", f2(P["roi"]), P["roi"])
    s("企业是否已上市或已获得VC/PE投资", P["vc"][0], P["vc"][0] == "是")
    s("平台连接工业设备运维成本平均下降率（%）", f2(P["cost_down"]), P["cost_down"])
    s("平台连接工业设备能耗平均下降率（%）", f2(P["energy_down"]), P["energy_down"])
    s("平台连接工业设备安全生产持续时间平均提升率（%）", f2(P["safety_up"]), P["safety_up"])
    s("平台现有特色指数（个）", str(P["indices"]), P["indices"])
    s("平台核心软硬件技术获得的专利数量（项）", str(P["patents"]), P["patents"])
    s("平台核心软硬件技术获得的软著数量（个）", str(P["softs"]), P["softs"])
    s("平台是否有自研形成的核心技术突破", "是", True)
    s("平台是否具备碳管理服务能力", P["carbon"][0], P["carbon"][0] == "是")
    s("平台是否融合使用国家标识解析系统", P["idres"][0], P["idres"][0] == "是")
    s("平台获得省部级及以上奖项/荣誉数量（个）", str(P["awards"]), P["awards"])
    s("平台建设与运营带动新增就业人数（人）", str(P["jobs"]), P["jobs"])
    s("平台社会贡献率（%）", f2(P["social"]), P["social"])
    s("平台开放共享数据的形式及数量", P["open_data"], P["open_data"])
    s("合作平台数量（个）", str(P["partners"]), P["partners"])
    assert list(pkg.V) == A4_LABELS or set(pkg.V) == set(A4_LABELS)


def form_answer(pkg: Pkg, key: str) -> str:
    """What the 明细表 '平台实际情况' cell says for a DETAIL key."""
    if key.startswith("T:"):
        return pkg.T[key[2:]]
    v = pkg.V[key]
    return pkg.P.get("form_fmt", {}).get(key, v)


# ---------------------------------------------------------------- 申报表 contents
def part1_rows(pkg: Pkg):
    P = pkg.P
    E = P["ent"]
    return [
        ["单位（企业）名称", P["company"], "单位（企业）代码", E["uscc"]],
        ["成立日期", E["founded"], "注册地及所在行政区", E["reg_addr"]],
        ["企业类型", E["type"], "注册资本", E["capital"]],
        ["主营业务", E["business"], "", ""],
        ["法定代表人", E["legal"], "联系人 / 职务", f"{P['contact']} / {E['title']}"],
        ["联系人手机", P["phone"], "传真 / 电子邮箱", f"{E['fax']} / {P['email']}"],
        ["股权结构", E["equity"], "", ""],
        ["2023年总资产（万元）", E["assets"], "主营业务收入（万元）", E["income"]],
        ["主营业务收入增长率（%）", E["income_g"], "负债率（%）", E["debt"]],
        ["利润总额（万元）", E["profit"], "税金（万元）", E["tax"]],
    ]


def part2_rows(pkg: Pkg):
    P, V = pkg.P, pkg.V
    g = P["growth"]
    r = P["rev"]
    rev_txt = (f"2021年平台营收{f2(r[1])}万元/增长率{f2(g[0])}%\n2022年平台营收{f2(r[2])}万元/增长率{f2(g[1])}%\n"
               f"2023年平台营收{f2(r[3])}万元/增长率{f2(g[2])}%")
    rev_txt = P.get("form_rev_txt", rev_txt)
    return [
        ["平台名称", P.get("form_name", P["declared_name"])],
        ["建设时间", P["period_text"]],
        ["平台建设金额（万元）", P.get("form_build", f2(P["build"]))],
        ["平台近三年经营指标情况", rev_txt],
        ["平台建设方式", P["build_mode_box"]],
        ["平台运营模式", P["op_mode_box"]],
        ["IaaS基础设施", P["iaas_box"]],
        ["部署方式", P["deploy_box"]],
        ["平台网址", f"{P['url']}（账号：{P['account']}  密码：{P['password']}）"],
        ["平台基本情况介绍", P["intro"]],
        ["平台建设成效", P["effect"]],
    ]


def detail_rows(pkg: Pkg, with_proof=True):
    rows = []
    for l1, l2, l3, content, key in DETAIL:
        proof = pkg.P["proof"].get(l3[:5].strip(), "")
        rows.append([l1, l2, l3, content, form_answer(pkg, key), proof])
    return rows


def _spans(rows, col):
    """(start, end) index ranges of equal consecutive values in a column."""
    out, start = [], 0
    for i in range(1, len(rows) + 1):
        if i == len(rows) or rows[i][col] != rows[start][col]:
            out.append((start, i - 1))
            start = i
    return out


def form_docx(pkg: Pkg, path: Path, answer_merges=()):
    """申报表 as DOCX: cover, 一, 二, 三 with 一级/二级/三级 merged; answer_merges = list of
    tuples of DETAIL keys whose answers are written together in one merged cell."""
    P = pkg.P
    doc = new_docx("宋体", 10.5)
    docx_heading(doc, "上海市工业互联网平台应用水平评价", 18, center=True)
    docx_heading(doc, "申报表", 22, center=True)
    for line in [f"申报年度：2024年度", f"平台名称：{P.get('form_name', P['declared_name'])}",
                 f"申报单位：{P['company']}（公章）", f"联 系 人：{P['contact']}", f"联系人电话：{P['phone']}"]:
        docx_para(doc, line, 14, indent=False)
    docx_para(doc, "上海市经济和信息化委员会制", 12, indent=False)
    docx_para(doc, P["form_date"], 12, indent=False)
    doc.add_page_break()
    docx_heading(doc, "一、企业基本情况", 14)
    r1 = part1_rows(pkg)
    merges = [(i, 1, i, 3) for i, r in enumerate(r1) if r[2] == ""]
    docx_table(doc, r1, [32, 55, 32, 51], merges=merges, size=9)
    docx_heading(doc, "二、平台基本情况", 14)
    docx_table(doc, part2_rows(pkg), [40, 130], size=9)
    doc.add_page_break()
    docx_heading(doc, "三、上海市工业互联网平台应用水平评价指标明细表", 14)
    hdr = ["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]
    body = detail_rows(pkg)
    keys = [d[4] for d in DETAIL]
    # answers written together
    amerge = []
    for group in answer_merges:
        idx = [keys.index(k) for k in group]
        joined = "\n".join(body[i][4] if not body[i][4].startswith(("运维", "运营")) else body[i][4] for i in idx)
        joined = pkg.P.get("merged_text", {}).get(group, joined)
        body[idx[0]][4] = joined
        for i in idx[1:]:
            body[i][4] = ""
        amerge.append((idx[0] + 1, 4, idx[-1] + 1, 4))
    rows = [hdr] + body
    merges = []
    for col in (0, 1, 2):
        for a, b in _spans(body, col):
            if b > a:
                merges.append((a + 1, col, b + 1, col))
    for a, b in _spans(body, 2):  # proof per 三级指标
        if b > a:
            merges.append((a + 1, 5, b + 1, 5))
    docx_table(doc, rows, [16, 18, 20, 48, 48, 20], merges=merges + amerge, size=8, bold_rows=(0,))
    docx_para(doc, "", indent=False)
    docx_para(doc, f"填表人：{P['contact']}        审核人：{P['ent']['legal']}        填表日期：{P['form_date']}", 10, indent=False)
    docx_save(doc, path)


def form_xlsx(pkg: Pkg, path: Path):
    from openpyxl.styles import Alignment, Font, Border, Side
    P = pkg.P
    wb = new_wb()
    thin = Side(style="thin")
    B = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws = wb.active
    ws.title = "一、企业基本情况"
    ws.append(["上海市工业互联网平台应用水平评价申报表（2024年度）"])
    ws.append([f"申报单位：{P['company']}", "", "", f"联系人：{P['contact']} {P['phone']}"])
    for r in part1_rows(pkg):
        ws.append(r)
    for col, w in zip("ABCD", (22, 40, 22, 40)):
        ws.column_dimensions[col].width = w
    ws2 = wb.create_sheet("二、平台基本情况")
    ws2.append(["项目", "内容"])
    for r in part2_rows(pkg):
        ws2.append(r)
    ws2.column_dimensions["A"].width = 24
    ws2.column_dimensions["B"].width = 90
    for row in ws2.iter_rows():
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = B
    ws3 = wb.create_sheet("三、指标明细表")
    ws3.append(["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"])
    body = detail_rows(pkg)
    for r in body:
        row = list(r)
        v = row[4]
        # numbers as numbers where the answer is a bare number
        try:
            if v.replace(".", "", 1).isdigit():
                row[4] = float(v) if "." in v else int(v)
        except AttributeError:
            pass
        ws3.append(row)
    for col in (0, 1, 2):
        for a, b in _spans(body, col):
            if b > a:
                ws3.merge_cells(start_row=a + 2, start_column=col + 1, end_row=b + 2, end_column=col + 1)
    for col, w in zip("ABCDEF", (14, 16, 18, 40, 48, 22)):
        ws3.column_dimensions[col].width = w
    for row in ws3.iter_rows():
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="center")
            c.border = B
            if isinstance(c.value, float):
                c.number_format = "0.00"
    for c in ws3[1]:
        c.font = Font(bold=True)
    wb_save(wb, path)


def form_canvas_pages(pkg: Pkg, wps=False, header_text=None):
    """Render the 申报表 with reportlab; returns PDF bytes. wps=True: the WPS export look where each
    label cell wraps on top and the answer cell is bottom-aligned, so label and answer lie on
    different text lines."""
    buf = io.BytesIO()
    P = pkg.P
    pdf = Pdf(buf, title="申报表")
    font = SONG
    def new_page():
        pdf.begin()
        return pdf.H - 60
    def foot(p):
        p.ctext(p.W / 2, 28, f"— {p.page} —", font, 9)
    pdf.footer = foot
    y = new_page()
    pdf.ctext(pdf.W / 2, y - 80, "上海市工业互联网平台应用水平评价", HEI, 20)
    pdf.ctext(pdf.W / 2, y - 130, "申  报  表", HEI, 26)
    yy = y - 220
    for line in ["申报年度：2024年度", f"平台名称：{P.get('form_name', P['declared_name'])}", f"申报单位：{P['company']}（公章）",
                 f"联 系 人：{P['contact']}", f"联系人电话：{P['phone']}"]:
        pdf.text(110, yy, line, font, 13)
        yy -= 34
    pdf.ctext(pdf.W / 2, 150, "上海市经济和信息化委员会制", font, 13)
    pdf.ctext(pdf.W / 2, 125, P["form_date"], font, 13)
    pdf.end_page()

    def table(rows, widths, y, size=8.5, valign_answer_bottom=False, answer_col=None, header=None):
        for row in rows:
            cells = [wrap_cjk(str(v), widths[i] - 6, font, size) for i, v in enumerate(row)]
            h = max(18, max(len(c) for c in cells) * (size + 3.5) + 7)
            if valign_answer_bottom and answer_col is not None:
                lab_lines = max(len(c) for i, c in enumerate(cells) if i != answer_col)
                if lab_lines <= len(cells[answer_col]):
                    h += (size + 3.5)  # push the answer one line below the label
            if y - h < 60:
                pdf.end_page()
                y = new_page()
                if header:
                    y = table([header], widths, y, size)
            x = 50
            for i, lines in enumerate(cells):
                pdf.c.setLineWidth(0.4)
                pdf.c.rect(x, y - h, widths[i], h)
                if valign_answer_bottom and i == answer_col:
                    ty = y - h + 5 + (len(lines) - 1) * (size + 3.5)
                else:
                    ty = y - 4 - size
                for ln in lines:
                    pdf.text(x + 3, ty, ln, font, size)
                    ty -= size + 3.5
                x += widths[i]
            y -= h
        return y

    y = new_page()
    pdf.text(50, y, "一、企业基本情况", HEI, 13)
    y = table(part1_rows(pkg), [85, 165, 85, 160], y - 12, valign_answer_bottom=wps, answer_col=1)
    y -= 20
    pdf.text(50, y, "二、平台基本情况", HEI, 13)
    y = table(part2_rows(pkg), [110, 385], y - 12, valign_answer_bottom=wps, answer_col=1)
    pdf.end_page()
    y = new_page()
    pdf.text(50, y, "三、上海市工业互联网平台应用水平评价指标明细表", HEI, 13)
    hdr = ["三级指标", "内容", "平台实际情况", "证明资料"]
    body = [[r[2], r[3], r[4], r[5]] for r in detail_rows(pkg)]
    y = table([hdr], [70, 150, 205, 70], y - 12)
    y = table(body, [70, 150, 205, 70], y, valign_answer_bottom=wps, answer_col=2, header=hdr)
    pdf.end_page()
    pdf.save()
    return buf.getvalue()


def form_stamped_scan(pkg: Pkg, path: Path, seed: int, pages=None):
    imgs = rasterize_pdf(form_canvas_pages(pkg), scale=1.6)
    out = []
    for i, im in enumerate(imgs):
        if pages and i not in pages:
            continue
        if i == 0:
            im = draw_seal(im, int(im.width * 0.62), int(im.height * 0.36), int(im.width * 0.13), pkg.P["company"], seed)
        im = scanify(im, seed + i, keep_color=(i == 0))
        out.append(im)
    images_to_pdf(out, path)


def summary_xlsx(pkg: Pkg, path: Path):
    from openpyxl.styles import Alignment, Border, Side, Font
    wb = new_wb()
    ws = wb.active
    ws.title = "附件4"
    ws.append(["平台基本情况汇总表"])
    ws.append(["序号", "项目", "内容"])
    thin = Side(style="thin")
    B = Border(left=thin, right=thin, top=thin, bottom=thin)
    for i, lab in enumerate(A4_LABELS):
        val = pkg.summary_override.get(lab, pkg.V[lab])
        if lab == "序号":
            ws.append([i + 1, lab, int(val)])
            continue
        try:
            if isinstance(val, str) and val.replace(".", "", 1).isdigit():
                val = float(val) if "." in val else int(val)
        except Exception:
            pass
        ws.append([i + 1, lab, val])
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 44
    ws.column_dimensions["C"].width = 80
    for row in ws.iter_rows(min_row=2):
        for c in row:
            c.border = B
            c.alignment = Alignment(wrap_text=True, vertical="center")
            if isinstance(c.value, float):
                c.number_format = "0.00"
    ws["A1"].font = Font(bold=True, size=14)
    wb_save(wb, path)


def summary_docx(pkg: Pkg, path: Path):
    doc = new_docx("仿宋", 10.5)
    docx_heading(doc, "附件4", 12)
    docx_heading(doc, "平台基本情况汇总表", 16, center=True)
    rows = [[lab, pkg.summary_override.get(lab, pkg.V[lab])] for lab in A4_LABELS]
    docx_table(doc, rows, [62, 108], size=9)
    docx_save(doc, path)


def commitment_scan(pkg: Pkg, path: Path, seed: int):
    buf = io.BytesIO()
    pdf = Pdf(buf)
    pdf.begin()
    pdf.text(60, pdf.H - 70, "附件5", HEI, 12)
    pdf.ctext(pdf.W / 2, pdf.H - 130, "真实性承诺", HEI, 22)
    y = pdf.wrap(70, pdf.H - 190, "我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、"
                 "准确、完整，如有不实，愿承担相应的法律责任及由此产生的一切后果。", 455, SONG, 15, 30)
    pdf.wrap(70, y - 10, "特此承诺。", 455, SONG, 15, 30)
    pdf.text(300, 420, f"申报单位：{pkg.P['company']}（盖章）", SONG, 12)
    pdf.text(300, 380, "法定代表人：", SONG, 13)
    pdf.text(300, 330, pkg.P["commit_date"], SONG, 13)
    pdf.end_page()
    pdf.save()
    im = rasterize_pdf(buf.getvalue(), 1.6)[0]
    # signature scribble
    d = ImageDraw.Draw(im)
    rng = random.Random(seed)
    x0, y0 = int(im.width * 0.64), int(im.height * 0.535)
    pts = [(x0 + k * 9, y0 + rng.randint(-9, 9)) for k in range(14)]
    d.line(pts, fill=(20, 20, 60), width=3)
    im = draw_seal(im, int(im.width * 0.70), int(im.height * 0.49), int(im.width * 0.12), pkg.P["company"], seed)
    images_to_pdf([scanify(im, seed)], path)


def contact_docx(pkg: Pkg, path: Path):
    P = pkg.P
    doc = new_docx("仿宋", 11)
    docx_heading(doc, "附件1", 12)
    docx_heading(doc, "联系人信息反馈表", 16, center=True)
    docx_para(doc, "2024年度上海市工业互联网平台应用水平评价工作", 11, indent=False)
    docx_para(doc, "一、联系人信息反馈", 11, indent=False, bold=True)
    docx_table(doc, [["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"],
                     ["联系人（主）", P["contact"], P["company"], P["ent"]["title"], P["phone"], P["email"]],
                     ["联系人（备用）", P["contact2"][0], P["company"], P["contact2"][1], P["contact2"][2], P["contact2"][3]]],
               size=9)
    docx_para(doc, "二、评审会现场地址信息反馈", 11, indent=False, bold=True)
    docx_para(doc, f"具体地址*：{P['address']}", 11, indent=False)
    docx_save(doc, path)


# ---------------------------------------------------------------- 申报书
def book_sections(pkg: Pkg):
    """Ordered (heading, [paragraphs | ('table', rows)]) of the 申报书, following 附件3."""
    return pkg.P["book"]


def book_docx(pkg: Pkg, path: Path):
    P = pkg.P
    doc = new_docx("仿宋", 12)
    docx_heading(doc, "上海市工业互联网平台应用水平评价", 18, center=True)
    docx_heading(doc, "申报书", 24, center=True)
    for line in ["申报年度：2024年度", f"平台名称：{P['declared_name']}", f"申报单位：{P['company']}（公章）",
                 f"联 系 人：{P['contact']}", f"联系人电话：{P['phone']}", "", "上海市经济和信息化委员会制", P["form_date"]]:
        docx_para(doc, line, 14, indent=False)
    doc.add_page_break()
    for head, items in book_sections(pkg):
        docx_heading(doc, head, 14, font="黑体")
        for it in items:
            if isinstance(it, tuple) and it[0] == "table":
                docx_table(doc, it[1], size=9)
            elif isinstance(it, tuple) and it[0] == "h2":
                docx_heading(doc, it[1], 12)
            else:
                docx_para(doc, it)
    docx_save(doc, path)


def book_pdf(pkg: Pkg, path: Path, header=None, footer=None, watermark=None):
    P = pkg.P
    pdf = Pdf(str(path), title="申报书", header=header, footer=footer, watermark=watermark)
    pdf.begin()
    pdf.ctext(pdf.W / 2, pdf.H - 200, "上海市工业互联网平台应用水平评价", HEI, 20)
    pdf.ctext(pdf.W / 2, pdf.H - 250, "申  报  书", HEI, 28)
    y = pdf.H - 360
    for line in ["申报年度：2024年度", f"平台名称：{P['declared_name']}", f"申报单位：{P['company']}（公章）",
                 f"联 系 人：{P['contact']}", f"联系人电话：{P['phone']}"]:
        pdf.text(120, y, line, SONG, 13)
        y -= 32
    pdf.ctext(pdf.W / 2, 150, "上海市经济和信息化委员会制", SONG, 13)
    pdf.ctext(pdf.W / 2, 128, P["form_date"], SONG, 13)
    pdf.end_page()
    pdf.begin()
    y = pdf.H - 80
    for head, items in book_sections(pkg):
        if y < 140:
            pdf.end_page(); pdf.begin(); y = pdf.H - 80
        pdf.text(60, y, head, HEI, 13)
        y -= 24
        for it in items:
            if isinstance(it, tuple) and it[0] == "table":
                rows = it[1]
                ncol = len(rows[0])
                widths = it[2] if len(it) > 2 else [475 / ncol] * ncol
                need = 18 * len(rows) + 10
                if y - need < 70:
                    pdf.end_page(); pdf.begin(); y = pdf.H - 80
                y = grid_table(pdf, 60, y, widths, rows, SONG, 9, 17) - 12
                continue
            if isinstance(it, tuple) and it[0] == "h2":
                if y < 100:
                    pdf.end_page(); pdf.begin(); y = pdf.H - 80
                pdf.text(60, y, it[1], HEI, 11)
                y -= 20
                continue
            lines = wrap_cjk("\u3000\u3000" + it, 475, SONG, 10.5)
            for ln in lines:
                if y < 70:
                    pdf.end_page(); pdf.begin(); y = pdf.H - 80
                pdf.text(60, y, ln, SONG, 10.5)
                y -= 18
            y -= 4
        y -= 10
    pdf.end_page()
    pdf.save()
