"""附件3 申报书 as blocks (rendered to DOCX or PDF by forms.py): chapters 一–六, and 七 for 2023 participants."""

from __future__ import annotations

from eval_sets.blind.h85.labels import CHAPTERS
from eval_sets.blind.h85.model import Pkg


def book_blocks(p: Pkg, attachments: list[tuple[str, str]]) -> list:
    s, v = p.spec, p.values
    bk = s["book"]
    ct = s["contact"]
    out: list = [("h", "上海市工业互联网平台应用水平评价"), ("h", "申报书"), ("p", "申报年度：2024年度"),
                 ("p", f"平台名称：{p.declared_name}"), ("p", f"申报单位：{p.company}（公章）"),
                 ("p", f"联系人：{ct['name']}    联系人电话：{ct['phone']}"), ("r", "上海市经济和信息化委员会制"), ("r", "2024年7月"),
                 ("pagebreak",)]
    out.append(("chapter", CHAPTERS[0]))
    out += [("p", x) for x in bk["one"]]
    out.append(("chapter", CHAPTERS[1]))
    out.append(("h2", "（一）平台基本信息"))
    out += [("p", x) for x in bk["two_basic"]]
    out.append(("h2", "（二）平台技术架构"))
    out += [("p", x) for x in bk["two_arch"]]
    out.append(("h2", "（三）技术路线先进性"))
    out.append(("p", "表X 平台对标同行业或相似平台的部分量化数据对比表"))
    out.append(("t", [["三级指标", "本平台数据", "对标数据"]] + bk["benchmark"], [0.2, 0.4, 0.4]))
    out.append(("h2", "（四）平台运营情况"))
    out += [("p", x) for x in bk["two_ops"]]
    out.append(("p", "技术创新点总结：" + bk["innovation"]))
    out.append(("chapter", CHAPTERS[2]))
    out += [("p", x) for x in bk["three"]]
    out.append(("p", "应用创新点总结：" + bk["app_innovation"]))
    out.append(("chapter", CHAPTERS[3]))
    out += [("p", x) for x in bk["four"]]
    out.append(("chapter", CHAPTERS[4]))
    m = s["cases_metrics"]
    for i, case in enumerate(bk["cases"]):
        out.append(("h2", f"案例{i + 1}：{p.declared_name if len(p.declared_name) < 14 else s['abbr'] + '平台'}——{case['title']}"))
        out.append(("p", "企业简介：" + case["company"]))
        out.append(("p", "平台简介：" + case["platform"]))
        out.append(("p", "案例实际内容简介：" + case["content"] +
                    f"项目实施后，接入设备运维成本下降{m['om'][i]:.2f}%，单位产品能耗下降{m['energy'][i]:.2f}%，"
                    f"安全生产持续时间提升{m['safety'][i]:.2f}%。"))
        out.append(("small", f"配图：{case['figure']}"))
    out.append(("p", f"以上3个案例平均：运维成本下降{v['平台连接工业设备运维成本平均下降率（%）']:.2f}%，能耗下降"
                     f"{v['平台连接工业设备能耗平均下降率（%）']:.2f}%，安全生产持续时间提升{v['平台连接工业设备安全生产持续时间平均提升率（%）']:.2f}%。"))
    out.append(("chapter", CHAPTERS[5]))
    out.append(("p", "本申报书附件清单如下（页码为各附件文件的物理页码）："))
    out.append(("t", [["序号", "附件名称", "页码/说明"]] + [[str(i), a, b] for i, (a, b) in enumerate(attachments, 1)],
                [0.1, 0.6, 0.3]))
    if p.participated_2023:
        out.append(("chapter", CHAPTERS[6]))
        out += [("p", x) for x in bk["seven"]]
        out.append(("t", [["指标", "2023年7月（上年度参评时）", "2024年6月（本年度申报）", "变化"]] + bk["seven_rows"],
                    [0.34, 0.22, 0.22, 0.22]))
        out += [("p", x) for x in bk.get("seven_after", [])]
    return out
