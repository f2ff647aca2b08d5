"""附件3 申报书 (long prose, own heading numbering) as DOCX or text PDF."""
from __future__ import annotations

from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

import forms
import kit
from spec import th, wan


def blocks(P):
    p, c, N = P["p"], P["p"]["calc"], P["narr"]
    H = N["headings"]  # numbering style: list of 7 chapter titles
    b = [("sp", 80), ("h1", "上海市工业互联网平台应用水平评价"), ("h1", "申 报 书"), ("sp", 30),
         ("c", "申报年度：2024年度"), ("c", f"平台名称：{P['declared_name']}"), ("c", f"申报单位：{P['company']}（公章）"),
         ("c", f"联系人：{P['contact']['name']}    联系电话：{P['contact']['phone']}"), ("c", P["form_date"]), ("pb",)]
    b += [("h2", H[0])] + [("p", t) for t in N["company_intro"]]
    b += [("h2", H[1]), ("h2", N["sub"][0])]
    b += [("p", f"{P['declared_name']}（以下简称“平台”）是{P['company']}打造的{p['nature']}，建设时间为{P['build_period_cn']}，"
                f"累计建设投入{wan(p['invest'])}万元，采用{p['build_mode']}、{p['op_mode']}方式，部署方式为{p['deploy']}。"
                f"{N['positioning']}")]
    b += [("h2", N["sub"][1])] + [("p", t) for t in N["architecture"]]
    b += [("ul", N["arch_bullets"], "—")]
    b += [("h2", N["sub"][2])] + [("p", t) for t in N["advanced"]]
    b += [("table", [["三级指标", "本平台数据", "对标数据"]] + N["bench_rows"], [80, 170, 200])]
    b += [("h2", N["sub"][3])]
    b += [("p", N.get("ops_para") or
           f"平台运营方面，截至2024年6月底，平台已连接工业设备{th(p['dev_total'])}台（套），其中公有云连接{th(p['dev_pub'])}台（套）；"
           f"注册企业用户{th(p['registered'])}家，实际服务企业{th(p['served'])}家，其中付费企业{p['paid']}家、"
           f"中小企业{th(p['sme'])}家。{N['ops_extra']}")]
    b += [("p", f"财务方面，2021—2023年平台相关营业收入分别为{wan(p['rev'][2021])}万元、{wan(p['rev'][2022])}万元和"
                f"{wan(p['rev'][2023])}万元，{N['rev_words']}；2023年平台研发投入{N.get('rd_text', wan(p['rd']) + '万元')}，"
                f"平台团队{p['team_total']}人。")]
    V, T = P["V"], P["T"]
    b += [("pb",), ("h2", N["sub"][3] + "（续）——资源汇聚与应用能力")]
    b += [("p", f"（1）设备接入。平台按《附录A：工业设备二级分类口径》对接入设备进行归类，分类情况为：{V['按二级分类统计工业设备数量（台/套）'][0]}。"
                f"按设备所属企业注册地统计，分布为：{V['按省市区域统计工业设备数量（台/套）'][0]}。平台兼容工业协议{V['工业协议兼容适配数量（个）'][0]}种。")]
    b += [("p", f"（2）其他资源汇聚。{T['其他资源']}")]
    b += [("p", f"（3）工业软件与APP。平台现有工业软件{V['工业软件总量（个）'][0]}个，工业APP按附录B分类为：{V['按分类统计工业APP数量（个）'][0]}；"
                f"按附录C行业分类为：{V['按行业统计工业APP数量（个）'][0]}。工业APP平均月活跃{V['工业APP平均月活跃数量（个）'][0]}个，"
                f"杀手锏APP 5个，公有云杀手锏APP平均日在线用户{V['公有云杀手锏APP平均日在线用户数（个）'][0]}个。")]
    b += [("table", [["排名", "杀手锏APP名称", "简介"]] + [[str(i + 1), f"{P['platform_short'][:4]}{w}", "平台订阅用户数排名前五的工业APP"]
                                                       for i, w in enumerate(N.get("killer_names", ["设备健康管理", "能效分析", "安全巡检", "备件管理", "工单协同"]))],
           [40, 160, 250])]
    b += [("p", f"（4）数据处理与建模。{T['算力']}；{T['数据管理']}工业模型按附录D分类为：{V['按分类统计工业模型数量（个）'][0]}，"
                f"核心工业模型平均月调用用户{V['核心工业模型平均月调用用户数量（个）'][0]}个，智能分析算法包括{T['算法类型']}。")]
    b += [("p", f"（5）边缘与采集。{T['边缘']}{T['其他采集']}")]
    b += [("p", f"（6）开发与生态。{T['框架']}{T['工具']}平台支持开发语言{T['语言']}。{T['跨平台']}")]
    b += [("h2", "平台安全保障体系")]
    b += [("p", f"平台建立了完善的安全管理制度：{V['平台是否建立安全管理体系'][0]}。制度覆盖{T['保护方面']}等方面。")]
    b += [("p", f"技术保障方面，{T['安全技术']}{T['数据保护']}")]
    b += [("h2", "平台经营与可持续发展")]
    b += [("p", f"平台采用订阅服务、APP授权与解决方案服务相结合的商业模式。{T['供应链']}{T['新模式']}")]
    b += [("p", f"标准与知识产权方面，{T['标准']}平台核心软硬件技术获得专利{V['平台核心软硬件技术获得的专利数量（项）'][0]}项、"
                f"软件著作权{V['平台核心软硬件技术获得的软著数量（个）'][0]}个。")]
    b += [("p", f"区域与行业贡献方面，{T['贡献']}")]
    b += [("p", "平台技术创新点总结：" + N["innovation"])]
    b += [("pb",), ("h2", H[2])] + [("p", t) for t in N["effects"]]
    b += [("ul", N["effect_bullets"])]
    b += [("p", "应用创新点总结：" + N["app_innovation"])]
    b += [("pb",), ("h2", H[3])] + [("p", t) for t in N["plan"]]
    b += [("ul", ["技术创新：持续迭代模型引擎与低代码开发工具，推进行业大模型与平台融合；",
                  "产品升级：完善工业APP商店，提升公有云应用的订阅与活跃水平；",
                  "产业合作：深化与产业链上下游企业、高校院所及合作平台的协同；",
                  "商业模式：推广按效果付费、订阅制等模式，提升平台自我造血能力。"])]
    b += [("pb",), ("h2", H[4])]
    for i, cs in enumerate(p["cases"]):
        b += [("h2", f"案例{i + 1}：{P['platform_short']}——{cs['case_title']}"),
              ("pn", "企业简介：" + cs["intro"]),
              ("pn", f"平台简介：{P['platform_short']}为该企业提供{cs['scope']}。"),
              ("p", f"该企业在应用平台前主要面临设备台账分散、故障依赖人工经验判断、能耗数据缺乏分项计量、安全隐患难以及时发现等问题。"
                    f"平台实施团队驻场开展需求调研、设备联网改造与数据治理，分阶段上线相关应用，并对一线人员开展培训。"),
              ("p", f"案例实际内容：{cs['story']}应用后，接入设备运维成本下降{cs.get('narr_maint', cs['maint'])}%，"
                    f"单位产品能耗下降{cs['energy']}%，安全生产持续时间提升{cs['safety']}%。")]
    b += [("pb",), ("h2", H[5]), ("pn", "本申报书附件清单如下（页码为PDF合订本页码）：")]
    b += [("table", [["序号", "附件名称", "对应页码"]] + [[str(i + 1), name, pg] for i, (name, pg) in enumerate(P["attach_list"])],
           [40, 300, 80])]
    if P["has_section7"]:
        b += [("pb",), ("h2", H[6])] + [("p", t) for t in N["section7"]]
        if N.get("s7_table"):
            b += [("table", N["s7_table"], [150, 100, 100, 100])]
    return b


def docx_from_blocks(P, bl, path: Path, font_name="仿宋"):
    doc = forms._doc(font_name)
    for blk in bl:
        k = blk[0]
        if k == "pb":
            doc.add_page_break()
        elif k == "sp":
            doc.add_paragraph()
        elif k == "h1":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(blk[1])
            r.bold = True
            r.font.size = Pt(22)
        elif k == "h2":
            p = doc.add_paragraph()
            r = p.add_run(blk[1])
            r.bold = True
            r.font.size = Pt(14)
        elif k in ("c", "r"):
            p = doc.add_paragraph(blk[1])
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if k == "c" else WD_ALIGN_PARAGRAPH.RIGHT
        elif k == "ul":
            for it in blk[1]:
                doc.add_paragraph(("— " if len(blk) > 2 else "• ") + it)
        elif k == "table":
            rows = blk[1]
            tb = doc.add_table(rows=0, cols=len(rows[0]))
            tb.style = "Table Grid"
            for r in rows:
                cells = tb.add_row().cells
                for i, v in enumerate(r):
                    forms._set_cell(cells[i], v, 9)
        else:
            p = doc.add_paragraph(blk[1])
            if k == "p":
                p.paragraph_format.first_line_indent = Pt(24)
            p.paragraph_format.line_spacing = 1.5
    forms._save_doc(doc, path)


def write(P, path: Path):
    bl = blocks(P)
    if path.suffix == ".pdf":
        kit.build_text_pdf(path, bl, font="STSong-Light", size=11, header=P["declared_name"] + " 申报书")
    else:
        docx_from_blocks(P, bl, path)
