"""Document contents shared by the packages: 申报表, 申报书, 汇总表, 承诺, 联系人表, evidence pages."""

from __future__ import annotations

from model import FORM_ROWS, SUMMARY_LABELS, bd_text, fmt2


def money(x: float) -> str:
    return f"{x:,.2f}"


# ------------------------------------------------------------------------------------------- 申报表
def form_cover(pkg) -> list:
    return [
        ("space", 20), ("title", "上海市工业互联网平台应用水平评价"), ("title", "申报表"), ("space", 15),
        ("center", "申报年度：2024 年度"),
        ("center", f"平台名称：{pkg.name_cell}"),
        ("center", f"申报单位：{pkg.company}（公章）"),
        ("center", f"联 系 人：{pkg.contact['name']}"),
        ("center", f"联系人电话：{pkg.contact['mobile']}"),
        ("space", 30), ("center", "上海市经济和信息化委员会制"), ("center", "2024 年 7 月 15 日"),
    ]


def company_table(pkg) -> list[list]:
    i = pkg.info
    rows = [
        ["单位（企业）名称", pkg.company, "单位（企业）代码", pkg.code],
        ["成立日期", i['founded'], "注册地及所在行政区", f"{i['address']}（{i['district']}）"],
        ["企业类型", i['type'], "注册资本", i['capital']],
        ["主营业务", i['business'], "", ""],
        ["法定代表人", i['legal'], "联系人/职务", f"{pkg.contact['name']}/{pkg.contact['title']}"],
        ["联系人手机", pkg.contact['mobile'], "传真/电子邮箱", f"{i['fax']}/{pkg.contact['email']}"],
        ["股权结构：发起人及出资信息", "金额", "持股比例", ""],
    ]
    for h in i['holders']:
        rows.append([h[0], h[1], h[2], ""])
    rows += [
        ["申报单位上一年度经营状况（2023 年）", "", "", ""],
        ["总资产（万元）", money(i['assets']), "主营业务收入（万元）", money(i['revenue'])],
        ["主营业务收入增长率（%）", fmt2(i['rev_growth']), "负债率（%）", fmt2(i['debt'])],
        ["利润总额（万元）", money(i['profit']), "税金（万元）", money(i['tax'])],
    ]
    return rows


def platform_table(pkg, n) -> list[list]:
    rev = n['rev']
    three = "\n".join(f"{y}年平台营收{fmt2(rev[y])}万元/增长率{fmt2(n[g])}%"
                      for y, g in ((2021, 'g21'), (2022, 'g22'), (2023, 'g23')))
    return [
        ["平台名称", pkg.name_cell],
        ["建设时间", pkg.build_form],
        ["平台建设金额（万元）", fmt2(n['build_amount'])],
        ["平台近三年经营指标情况", three + "\n注：此处数据为平台相关收益单列，非整个公司的财务数据。"],
        ["平台建设方式", pkg.build_form_cell],
        ["平台运营模式", {"自运营": "☑自运营 □联合运营 □委托运营", "联合运营": "□自运营 ☑联合运营 □委托运营",
                    "委托运营": "□自运营 □联合运营 ☑委托运营"}[pkg.op_mode]],
        ["IaaS 基础设施", "☑自建" if pkg.iaas == "自建" else "☑" + pkg.iaas],
        ["部署方式", pkg.deploy_cell],
        ["平台网址", f"{pkg.url}（评审账号：{pkg.account}  密码：{pkg.password}）"],
        ["平台基本情况介绍", pkg.texts['intro']],
        ["平台建设成效", pkg.texts['effect']],
    ]


def detail_rows(cells: dict, proofs: dict) -> tuple[list[list], list[tuple[int, int, int]]]:
    rows = [["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]]
    for (l1, l2, l3, content, key) in FORM_ROWS:
        rows.append([l1, l2, l3, content, cells[key], proofs.get(key, "")])
    merges = []
    for col in range(3):
        start = 1
        for i in range(2, len(rows) + 1):
            if i == len(rows) or rows[i][col] != rows[start][col]:
                if i - 1 > start:
                    merges.append((start, i - 1, col))
                start = i
    return rows, merges


def form_blocks(pkg, n, cells, proofs, merged: bool = True) -> list:
    rows, merges = detail_rows(cells, proofs)
    if not merged:
        # the PDF/scan cannot split a spanned cell over pages: the level text stays on the first row only
        for (a, b, col) in merges:
            for r in range(a + 1, b + 1):
                rows[r][col] = ""
    return form_cover(pkg) + [
        ("pagebreak",), ("h1", "一、企业基本情况"), ("table", company_table(pkg), {"header_rows": 0, "col_widths": [3, 4, 3, 4]}),
        ("h1", "二、平台基本情况"), ("table", platform_table(pkg, n), {"header_rows": 0, "col_widths": [1, 4]}),
        ("pagebreak",), ("h1", "三、上海市工业互联网平台应用水平评价指标明细表"),
        ("p", "（请依据此表后附的填报指引填写！）"),
        ("table", rows, {"header_rows": 1, "vmerge": merges if merged else [], "repeat": 1,
                         "col_widths": [1.6, 1.8, 2.0, 4.0, 6.0, 3.0]}),
        ("right", f"申报单位：{pkg.company}（盖章）"), ("right", "2024年7月15日"),
    ]


# ------------------------------------------------------------------------------------------- 汇总表
def summary_pairs(rows: list[dict], overrides: dict | None = None) -> list[tuple[str, str]]:
    overrides = overrides or {}
    out = []
    for r in rows:
        value = overrides.get(r['label'], r['value'])
        out.append((r['label'], value))
    return out


# ------------------------------------------------------------------------------------------- 联系人表
def contact_blocks(pkg) -> list:
    c = pkg.contact
    b = c['backup']
    return [
        ("center", "附件1"), ("title", "联系人信息反馈表"), ("center", "2024年度上海市工业互联网平台应用水平评价工作"),
        ("h2", "一、联系人信息反馈"),
        ("table", [["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"],
                   ["联系人（主）", c['name'], pkg.company, c['title'], c['mobile'], c['email']],
                   ["联系人（备用）", b[0], pkg.company, b[3], b[1], b[2]]], {"header_rows": 1}),
        ("h2", "二、评审会现场地址信息反馈"),
        ("p", f"具体地址*：{pkg.venue}"),
        ("p", "*注：该场地满足平台功能现场操作演示、现场答辩等相关需求。"),
    ]


# ------------------------------------------------------------------------------------------- 承诺
def commitment_blocks(pkg) -> list:
    return [
        ("center", "附件5"), ("space", 10), ("title", "真实性承诺"), ("space", 10),
        ("p", "我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、"
              "完整，如有不实，愿承担相应的法律责任及由此产生的一切后果。"),
        ("p", "特此承诺。"), ("space", 30),
        ("right", f"申报单位：{pkg.company}（盖章）"),
        ("right", f"法定代表人：{pkg.info['legal']}（签章）"),
        ("right", "2024 年 7 月 15 日"),
    ]


# ------------------------------------------------------------------------------------------- 申报书
def book_blocks(pkg, n, name_note: list[str], attachments: list[tuple[str, str]], cases: list[tuple[str, str]],
                extra_intro: str = "", section7: bool | None = None) -> list:
    t = pkg.texts
    s7 = pkg.participated if section7 is None else section7
    rev = n['rev']
    blocks = [
        ("space", 20), ("title", "上海市工业互联网平台应用水平评价"), ("title", "申报书"), ("space", 15),
        ("center", "申报年度：2024 年度"), ("center", f"平台名称：{pkg.name_cell}"),
        ("center", f"申报单位：{pkg.company}（公章）"), ("center", f"联 系 人：{pkg.contact['name']}"),
        ("center", f"联系人电话：{pkg.contact['mobile']}"), ("space", 25),
        ("center", "上海市经济和信息化委员会制"), ("center", "2024 年 7 月 15 日"), ("pagebreak",),
        ("h1", "一、申报单位简介"),
        ("p", f"{pkg.company}{extra_intro}成立于{pkg.info['founded'][:4]}年，注册地为{pkg.info['address']}，"
              f"主营{pkg.info['business']}2023年公司主营业务收入{money(pkg.info['revenue'])}万元。"),
    ]
    for line in name_note:
        blocks.append(("p", line))
    blocks += [
        ("p", f"公司在{pkg.x['field']}领域积累了丰富的技术与实施经验，平台团队共{n['team_total']}人，其中运维人员{n['team_ops']}人、"
              f"运营人员{n['team_run']}人，具备从设备接入、数据分析到应用开发的完整能力。"),
        ("h1", "二、平台建设及运营情况"),
        ("p", f"{pkg.declared_name}（以下简称“平台”）于{pkg.build_form}建设，建设方式为{pkg.build_mode}，"
              f"累计建设金额{fmt2(n['build_amount'])}万元，运营模式为{pkg.op_mode}，部署方式为{pkg.deploy}。{t['positioning']}"),
        ("p", "平台技术架构分为边缘层、IaaS层、PaaS层与SaaS层：边缘层负责设备接入与边缘计算，PaaS层提供数据中台、模型库与微服务组件，"
              "SaaS层提供面向用户的工业APP。"),
        ("p", f"平台运营情况：截至填表日，平台连接工业设备{n['dev_total']:,}台（套），注册企业用户{n['reg']:,}家，"
              f"实际服务企业{n['served']:,}家，上架工业APP {n['app_total']}个，工业机理模型{n['models']}个，微服务{n['ms']}个。"
              f"2023年平台相关营业收入{fmt2(rev[2023])}万元。"),
        ("table", [["三级指标", "本平台数据", "对标数据"],
                   ["1.2.1 创新投入情况", f"研发投入{fmt2(n['rd'])}万元，研发投入强度{fmt2(n['rd_ratio'])}%",
                    "同行业相似平台：研发投入数量级千万元，研发投入强度约12%"],
                   ["2.1.1 工业设备连接/汇聚能力", f"连接设备{n['dev_total']:,}台（套），协议{n['protocols']}种",
                    "同行业相似平台：连接设备约1万台（套）量级"],
                   ["3.1.1 平台应用规模", f"实际服务企业{n['served']:,}家", "同行业相似平台：服务企业千家量级"]],
         {"header_rows": 1, "col_widths": [2, 3, 3]}),
        ("p", "技术创新点总结：平台自研多协议接入网关与故障诊断模型，实现设备数据秒级汇聚与分析，关键指标处于国内先进水平。"),
        ("h1", "三、平台应用成效"),
        ("p", f"平台帮助用户企业降低设备运维成本，3个典型案例运维成本平均下降{fmt2(n['om_down'])}%，能耗平均下降{fmt2(n['energy_down'])}%，"
              f"安全生产持续时间平均提升{fmt2(n['safety_up'])}%。"),
        ("p", "应用创新点总结：平台以按效果付费的服务模式推动用户数字化转型，形成可复制推广的行业解决方案。"),
        ("h1", "四、平台下一步发展计划"),
        ("p", "下一步将持续推进平台技术创新与产品升级，深化AI大模型在故障诊断中的应用，拓展长三角及海外市场，完善产业合作生态。"),
        ("h1", "五、平台应用案例"),
    ]
    for title, body in cases:
        blocks += [("h2", title), ("p", body)]
    blocks += [("h1", "六、附件及其他说明材料"), ("p", "本申报书附件清单如下：")]
    blocks.append(("table", [["序号", "附件名称", "页码/说明"]] + [[str(i + 1), a, b] for i, (a, b) in enumerate(attachments)],
                   {"header_rows": 1, "col_widths": [1, 6, 4]}))
    if s7:
        blocks += [
            ("h1", "七、平台相较上年度对比情况"),
            ("p", f"自2023年7月以来，平台在功能模块、关键指标与应用服务方面持续提升：连接设备数增至{n['dev_total']:,}台（套），"
                  f"工业APP增至{n['app_total']}个，实际服务企业增至{n['served']:,}家；新增智能加药、曝气优化等功能模块，"
                  "应用服务覆盖更多区域水务用户。"),
        ]
    return blocks


def proofs_for(groups: dict[str, tuple[str, ...]], default: str) -> dict[str, str]:
    out = {}
    for text, keys in groups.items():
        for k in keys:
            out[k] = text
    for (_, _, _, _, key) in FORM_ROWS:
        out.setdefault(key, default)
    return out


FIN_KEYS = ('rd', 'rd_ratio', 'rev23', 'margin', 'roi')
DEV_KEYS = ('dev_total', 'dev_cat', 'dev_region', 'pub_total', 'pub_cat', 'pub_region', 'daily_total', 'daily_cat',
            'daily_region', 'overseas_total', 'overseas')
SCREEN_KEYS = ('app_total', 'models', 'ms', 'devs', 'reg', 'served', 'subs', 'app_mau')
IP_KEYS = ('patents', 'softcopy')


def platform_dict(n, key):
    return bd_text(n[key])


__all__ = ['form_blocks', 'summary_pairs', 'contact_blocks', 'commitment_blocks', 'book_blocks', 'proofs_for',
           'SUMMARY_LABELS', 'money']
