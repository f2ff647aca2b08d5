"""附件1 联系人表, 附件2 申报表 (blocks → DOCX / XLSX / stamped scan), 附件4 汇总表, 附件5 承诺."""

from __future__ import annotations

import re

from eval_sets.blind.h79 import docs, imaging, notice
from eval_sets.blind.h79.model import Package, bd, f2, growth, pct, th


def form_cells(p: Package, sep: bool = False) -> dict[str, str]:
    """The 平台实际情况 column of the 指标明细表, as this office writes it."""
    d = p.d()
    t = p.texts

    def num(label):
        x = d[label]
        return th(x) if sep and x >= 1000 else str(int(x))

    cases = "、".join(c[0] for c in p.cases)
    t = {"新增效益": f"基于{cases}3个案例：平台帮助用户减少非计划停机、提升设备综合效率，安全生产持续时间平均提升"
                     f"{f2(d['平台连接工业设备安全生产持续时间平均提升率（%）'])}%，并带动用户新增订单与产值。",
         "降低成本": f"基于上述3个案例：设备运维成本平均下降{f2(d['平台连接工业设备运维成本平均下降率（%）'])}%，"
                     f"设备能耗平均下降{f2(d['平台连接工业设备能耗平均下降率（%）'])}%。", **t}
    cells = {}
    for _l1, _l2, _l3, _content, key in notice.FORM_ROWS:
        if key in t:
            cells[key] = t[key]
        elif key in p.yes:
            cells[key] = p.yes[key]
        elif key in p.private:
            tb = "TB" in key
            unit = "TB" if tb else ("台/套" if "台/套" in key else "个")
            tot = f2(d[key]) if tb else num(key)
            priv = f2(p.private[key]) if tb else (th(p.private[key]) if sep else str(p.private[key]))
            word = "总容量" if "容量" in key else ("总数据量" if tb else "总数")
            tail = "相关容量" if "容量" in key else ("相关数据量" if tb else "相关数量")
            cells[key] = f"{word} {tot} {unit}，其中私有化部署涉及的{tail} {priv} {unit}"
        elif key in d:
            x = d[key]
            floaty = "%" in key or "万元" in key or "TB" in key or key == "平台实际用云量（台）"
            cells[key] = f2(x) if floaty else num(key)
    bds = {k: v for k, v in zip(
        ("按二级分类统计工业设备数量（台/套）", "按省市区域统计工业设备数量（台/套）", "按二级分类统计公有云工业设备数量（台/套）",
         "按省市区域统计公有云工业设备数量（台/套）", "按二级分类统计公有云工业设备平均日运行数量（台/套）",
         "按省市区域统计公有云工业设备平均日运行数量（台/套）", "按海外国家分类统计海外设备连接数量（台/套）",
         "按分类统计工业APP数量（个）", "按行业统计工业APP数量（个）", "按分类统计公有云工业APP平均日活跃数量（个）",
         "按行业统计公有云工业APP平均日活跃数量（个）", "按分类统计工业模型数量（个）", "按行业统计服务企业数（个）",
         "按省市区域统计服务企业数（个）", "按新模式统计解决方案数量（个）"),
        (p.dev_cat, p.dev_region, p.pub_cat, p.pub_region, p.day_cat, p.day_region, p.overseas, p.app_cat, p.app_ind,
         p.pub_dau_cat, p.pub_dau_ind, p.model_cat, p.served_ind, p.served_region, p.solutions))}
    for k, v in bds.items():
        cells.setdefault(k, bd(v) if v else "无")
    o23, o12 = p.orders
    cells.setdefault("平台订单数量(近一年总量)（个）", f"2023年自然年：{o23}个；截至填表日前一年：{o12}个")
    cells["平台是否服务上海智能工厂，数量"] = f"是，{p.smart[0]}家：{p.smart[1]}"
    cells["数据分析平台均速度（每TB分级/秒级/毫秒级）"] = p.speed[1]
    cells.setdefault("平台开放共享数据的形式及数量", p.open_data)
    for key, (text, _norm) in p.override.items():
        cells[key] = text
    return cells


def company_rows(p: Package) -> list[list[str]]:
    c = p.company
    name, title, phone, email = p.contact
    rows = [["单位（企业）名称", p.org, "单位（企业）代码", c["code"]],
            ["成立日期", c["founded"], "注册地及所在行政区", c["seat"]],
            ["企业类型", c["type"], "注册资本", c["capital"]],
            ["主营业务", c["business"], "", ""],
            ["法定代表人", c["legal"], "联系人", name],
            ["职务", title, "联系人手机", phone],
            ["传真", c.get("fax", "—"), "电子邮箱", email],
            ["股权结构（发起人及出资信息）", "金额", "持股比例", ""]]
    rows += [[holder, amount, share, ""] for holder, amount, share in c["holders"]]
    rows.append(["申报单位上一年度经营状况（2023年）", "", "", ""])
    y = c["fin_yuan"]  # the 万元 figures follow from the audited statements (元)
    fin = {"总资产": f2(y["资产总计"] / 1e4), "主营业务收入": f2(y["营业收入"] / 1e4),
           "增长率": f2(growth(y["营业收入"], y["营业收入上年"])), "负债率": f2(pct(y["负债合计"], y["资产总计"])),
           "利润总额": f2(y["利润总额"] / 1e4), "税金": f2((y["税金及附加"] + y["所得税"]) / 1e4)}
    rows += [["总资产（万元）", fin["总资产"], "主营业务收入（万元）", fin["主营业务收入"]],
             ["主营业务收入增长率（%）", fin["增长率"], "负债率（%）", fin["负债率"]],
             ["利润总额（万元）", fin["利润总额"], "税金（万元）", fin["税金"]]]
    return rows


def platform_rows(p: Package) -> list[list[str]]:
    a, b = p.period
    build = "自建" if p.construct == "自建" else "合作共建，合作企业名称（必填）：" + p.construct.split("，", 1)[1]
    iaas = "自建" if p.iaas == "自建" else "租用，服务商名称（必填）：" + p.iaas.split("，", 1)[1]
    deploy = "、".join(x for x in p.deploy)
    return [["平台名称", p.declared_name],
            ["建设时间", f"{a[:4]}年{int(a[5:])}月至{b[:4]}年{int(b[5:])}月"],
            ["平台建设金额（万元）", f2(p.build_amount)],
            ["平台近三年经营指标情况", p.three_years("\n")],
            ["平台建设方式", "■ " + build], ["平台运营模式", "■ " + p.operation],
            ["IaaS基础设施", "■ " + iaas], ["部署方式", "■ " + deploy.replace("、", "  ■ ")],
            ["平台网址", f"{p.url}\n演示账号：{p.account[0]}  密码：{p.account[1]}"],
            ["平台基本情况介绍", p.texts["介绍"]], ["平台建设成效", p.texts["成效"]]]


def indicator_rows(p: Package, proofs: dict[str, str], sep: bool = False) -> list[list[str]]:
    cells = form_cells(p, sep)
    rows = [["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]]
    last = ("", "", "")
    for l1, l2, l3, content, key in notice.FORM_ROWS:
        shown = [l1 if l1 != last[0] else "", l2 if l2 != last[1] else "", l3 if l3 != last[2] else ""]
        last = (l1, l2, l3)
        rows.append(shown + [content, cells[key], proofs.get(key, proofs.get("*", ""))])
    return rows


def form_blocks(p: Package, proofs: dict[str, str], sep: bool = False, date: str = "2024年7月16日") -> list:
    name, _t, phone, _e = p.contact
    cover = [("title", "上海市工业互联网平台应用水平评价"), ("title", "申报表"), ("p", "申报年度：2024年度"),
             ("p", f"平台名称：{p.declared_name}"), ("p", f"申报单位：{p.org}（公章）"), ("p", f"联 系 人：{name}"),
             ("p", f"联系人电话：{phone}"), ("p", "上海市经济和信息化委员会制"), ("right", date), ("pb",)]
    comp = company_rows(p)
    return cover + [
        ("h1", "一、企业基本情况"), ("table", comp, {"header": 0, "widths": [3.6, 5.2, 3.6, 4.6]}),
        ("h1", "二、平台基本情况"), ("table", platform_rows(p), {"header": 0, "widths": [3.6, 13.4]}), ("pb",),
        ("h1", "三、上海市工业互联网平台应用水平评价指标明细表"),
        ("table", indicator_rows(p, proofs, sep), {"header": 1, "repeat": True,
                                                   "widths": [1.6, 1.7, 1.9, 3.6, 5.6, 2.6]})]


def form_xlsx(p: Package, proofs: dict[str, str]) -> bytes:
    def val(s):
        if isinstance(s, str) and re.fullmatch(r"-?\d+(\.\d+)?", s):
            return float(s) if "." in s else int(s)
        return s
    name, _t, phone, _e = p.contact
    cover = [["上海市工业互联网平台应用水平评价申报表"], ["申报年度", "2024年度"], ["平台名称", p.declared_name],
             ["申报单位", p.org], ["联系人", name], ["联系人电话", phone]]
    ind = [[val(c) if j == 4 else c for j, c in enumerate(r)] for r in indicator_rows(p, proofs)]
    return docs.to_xlsx([
        ("封面", cover, {"widths": [16, 60], "merges": ["A1:B1"], "bold": {0}}),
        ("一、企业基本情况", [[val(c) for c in r] for r in company_rows(p)], {"widths": [24, 34, 22, 30]}),
        ("二、平台基本情况", [[val(c) for c in r] for r in platform_rows(p)], {"widths": [22, 100]}),
        ("三、指标明细表", ind, {"header": 1, "widths": [16, 16, 18, 36, 60, 26]}),
    ])


def stamped_scan(pdf: bytes, p: Package, seed: int) -> bytes:
    pages = imaging.rasterize(pdf, 96)
    return imaging.images_to_pdf(imaging.scan(pages, seed, p.org, {0, len(pages) - 1}), "scan")


def summary_xlsx(rows: list[tuple[str, str]], horizontal: bool, title: str) -> bytes:
    if horizontal:
        return docs.to_xlsx([("汇总表", [[lab for lab, _ in rows], [v for _, v in rows]],
                              {"header": 1, "widths": [18] * len(rows)})])
    body = [["平台基本情况汇总表", ""], ["项目", "填报内容"]] + [[lab, v] for lab, v in rows]
    return docs.to_xlsx([(title, body, {"widths": [44, 70], "merges": ["A1:B1"], "bold": {0, 1}})])


def summary_docx(rows: list[tuple[str, str]], org: str) -> bytes:
    return docs.to_docx([("title", "平台基本情况汇总表"), ("table", [["项目", "内容"]] + [list(r) for r in rows],
                                                           {"widths": [6.5, 10.5]})], org)


def summary_values(p: Package, overrides: dict[str, str] | None = None) -> list[tuple[str, str]]:
    """What the applicant writes in 附件4 (the 私有化 rows keep only the total, the smart-factory row keeps 是，N家)."""
    out = []
    for label, value, _n in p.summary():
        out.append((label, (overrides or {}).get(label, value)))
    return out


def contact_docx(p: Package) -> bytes:
    n1, t1, ph1, e1 = p.contact
    n2, t2, ph2, e2 = p.backup
    return docs.to_docx([
        ("title", "联系人信息反馈表"), ("p", "2024年度上海市工业互联网平台应用水平评价工作"), ("h2", "一、联系人信息反馈"),
        ("table", [["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"],
                   ["联系人（主）", n1, p.org, t1, ph1, e1], ["联系人（备用）", n2, p.org, t2, ph2, e2]], {}),
        ("h2", "二、评审会现场地址信息反馈"), ("p", f"具体地址：{p.address}")], p.org)


def commitment_blocks(p: Package, date: str) -> list:
    return [("title", "真实性承诺"), ("p", "我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）"
                                       "内容均真实、准确、完整，如有不实，愿承担相应的法律责任及由此产生的一切后果。"),
            ("p", "特此承诺。"), ("p", " "), ("right", f"申报单位：{p.org}（盖章）"),
            ("right", f"法定代表人：{p.company['legal']}（签章）"), ("right", date)]


def commitment_scan(p: Package, date: str, seed: int) -> bytes:
    pdf = docs.to_pdf(commitment_blocks(p, date), footer=False)
    pages = imaging.rasterize(pdf, 96)
    return imaging.images_to_pdf(imaging.scan(pages, seed, p.org, {0}), "scan")
