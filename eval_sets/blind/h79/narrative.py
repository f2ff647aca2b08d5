"""附件3 申报书 as blocks: sections 一–六 (七 for 2023 participants), from a package and its office's prose."""

from __future__ import annotations

from eval_sets.blind.h79.model import Package


def narrative_blocks(p: Package, n: dict, date: str, with_cover: bool = True) -> list:
    """n: intro, core, basic, arch, compare (rows), ops, innovation, effects, effect_summary, plan,
    cases [(title, company, platform, content)], attachments [(name, pages)], section7 rows, headings style."""
    name, _t, phone, _e = p.contact
    h = n.get("heading", "h1")
    b = []
    if with_cover:
        b += [("title", "上海市工业互联网平台应用水平评价"), ("title", "申报书"), ("p", "申报年度：2024年度"),
              ("p", f"平台名称：{p.declared_name}"), ("p", f"申报单位：{p.org}（公章）"), ("p", f"联 系 人：{name}"),
              ("p", f"联系人电话：{phone}"), ("p", "上海市经济和信息化委员会制"), ("right", date), ("pb",)]
    b += [(h, "一、申报单位简介")] + [("p", x) for x in n["intro"]] + [("p", x) for x in n["core"]]
    b += [(h, "二、平台建设及运营情况"), ("h2", "（一）平台基本信息")] + [("p", x) for x in n["basic"]]
    b += [("h2", "（二）平台技术架构")] + [("p", x) for x in n["arch"]]
    b += [("h2", "（三）技术路线先进性"), ("p", "表X 平台对标同行业或相似平台的部分量化数据对比表"),
          ("table", [["三级指标", "本平台数据", "对标数据"]] + n["compare"], {"widths": [3, 6, 8]})]
    b += [("h2", "（四）平台运营情况")] + [("p", x) for x in n["ops"]]
    b += [("p", "平台技术创新点总结：" + n["innovation"])]
    b += [(h, "三、平台应用成效")] + [("p", x) for x in n["effects"]]
    b += [("p", "应用创新点总结：" + n["effect_summary"])]
    b += [(h, "四、平台下一步发展计划")] + [("p", x) for x in n["plan"]]
    b += [(h, "五、平台应用案例")]
    for i, (title, company, platform, content) in enumerate(n["cases"], 1):
        b += [("h2", f"案例{i}：{title}"), ("p", "企业简介：" + company), ("p", "平台简介：" + platform),
              ("p", "案例实际内容简介：" + content)]
    b += [(h, "六、附件及其他说明材料"), ("p", "本申报书所附证明材料清单如下："),
          ("table", [["序号", "附件名称", "对应页码"]] + [[str(i), a, pg] for i, (a, pg) in enumerate(n["attachments"], 1)],
           {"widths": [1.5, 11.5, 4]})]
    if p.participated:
        b += [(h, "七、平台相较上年度对比情况"), ("p", n["s7_intro"]),
              ("table", [["对比项", "2023年7月", "截至填表日", "变化情况"]] + n["section7"], {"widths": [4.5, 3.5, 3.5, 5.5]})]
        b += [("p", x) for x in n.get("s7_more", [])]
    return b
