"""附件3 申报书 text (blocks) and a blocks→DOCX writer."""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH

import kit
from docs import cell_text, para


def book_blocks(P, V, attach_list):
    d = P["declared"]
    n = P["declared_name"]
    b = [("h", "上海市工业互联网平台应用水平评价<br/>申报书"), ("sp", 12),
         ("c", "申报年度：2024年度"), ("c", f"平台名称：{n}"), ("c", f"申报单位：{P['company']}（公章）"),
         ("c", f"联系人：{P['contact']['name']}　联系人电话：{P['contact']['phone']}"), ("sp", 20),
         ("c", "上海市经济和信息化委员会制"), ("c", "2024年7月"), ("pb",),
         ("h2", "一、申报单位简介"), ("p", P["company_profile"]),
         ("p", "核心竞争力：公司拥有覆盖设备接入、数据治理、模型算法与行业应用的完整研发团队，平台团队"
               f"{V.text('平台团队总人数（人）')}人，其中运维{V.text('运维人数（人）')}人、运营{V.text('运营人数（人）')}人。"),
         ("h2", "二、平台建设及运营情况"),
         ("p", f"（一）平台基本信息。{n}建设周期为{P['build_time_text']}，建设方式为{P['build_mode']}，累计建设投入"
               f"{d_money(P['invest'])}万元，定位于{P['positioning']}"),
         ("p", "（二）平台技术架构。平台采用“边缘层—IaaS层—PaaS层—SaaS层”四层架构，边缘层负责多协议设备接入与边缘计算，"
               "PaaS层提供设备管理、数据中台、模型中台与低代码开发环境，SaaS层面向用户提供运维、质量、能耗等工业APP。"),
         ("p", "（三）技术路线先进性。平台在多源异构设备接入、时序数据压缩、故障预测模型等方面形成自主技术，详见表1对比。"),
         ("p", f"（四）平台运营情况。截至填表日，平台注册企业用户{V.text('注册企业用户数（个）')}家，实际服务企业"
               f"{V.text('实际服务企业数（个）')}家，连接工业设备{V.text('连接的工业设备/产品/产线种类及数量（台/套）')}台/套。"
               f"2023年平台相关营业收入{V.text('平台相关营业收入（万元）')}万元，平台相关研发投入{V.text('平台相关研发投入（万元）')}万元。"),
         ("p", "表1 平台对标同行业或相似平台的部分量化数据对比表"),
         ("t", [["三级指标", "本平台数据", "对标数据"],
                ["1.2.1 创新投入情况", f"研发投入{V.text('平台相关研发投入（万元）')}万元，强度{V.text('平台相关研发投入强度（%）')}%",
                 f"同行业平台（平台名称：{P['bench']}）研发投入数量级：千万元；研发投入强度约10%"],
                ["2.1.1 工业设备连接/汇聚能力", f"连接设备{V.text('连接的工业设备/产品/产线种类及数量（台/套）')}台/套，协议{V.text('工业协议兼容适配数量（个）')}种",
                 f"同行业平台（平台名称：{P['bench']}）连接设备约万台级"],
                ["2.2.2 数据处理（存储计算能力）", f"存储容量{V.text('存储容量（TB）')}TB，存储资源利用率{V.text('存储资源利用率（%）')}%",
                 "相似平台存储容量数百TB级，利用率约50%-60%"],
                ["3.1.1 平台应用规模", f"服务企业{V.text('实际服务企业数（个）')}家", "相似平台服务企业千家级"]],
          [40, 62, 64]),
         ("p", "技术创新点总结：" + P["innovation"]),
         ("h2", "三、平台应用成效"),
         ("p", P["effect"]),
         ("p", f"平台交易规模方面，{P['trade_prose']}"),
         ("p", "应用创新点总结：平台以设备数据为核心，融合人工智能与边缘计算，形成可复制的行业解决方案和按效果付费的商业模式。"),
         ("h2", "四、平台下一步发展计划"),
         ("p", "一是深化AI大模型与平台融合，二是扩大设备接入规模与行业覆盖，三是加强生态合作，四是完善数据安全体系。"),
         ("h2", "五、平台应用案例")]
    for i, c in enumerate(P["cases"], 1):
        b += [("p", f"<b>案例{i}：{n}——{c['title']}</b>"),
              ("p", f"企业简介：{c['company']}，{c['profile']}"),
              ("p", f"案例实际内容简介：{c['content']}实施后，设备运维成本下降{c['om']:.2f}%，单位能耗下降{c['energy']:.2f}%，"
                    f"安全生产持续时间提升{c['safety']:.2f}%（数据经用户单位书面确认，见证明材料）。")]
    b += [("h2", "六、附件及其他说明材料"),
          ("t", [["序号", "附件名称", "页码"]] + [[str(i), a, p] for i, (a, p) in enumerate(attach_list, 1)], [14, 120, 32])]
    if P["p2023"]:
        b += [("h2", "七、平台相较上年度对比情况"), ("p", P["compare_2023"])]
    return b


def d_money(x):
    return f"{x:,.2f}"


def blocks_docx(blocks, path: Path):
    doc = Document()
    for blk in blocks:
        k = blk[0]
        if k == "h":
            para(doc, blk[1].replace("<br/>", ""), 18, True, "c", "黑体")
        elif k == "h2":
            para(doc, blk[1], 14, True, name="黑体")
        elif k in ("p", "c", "r"):
            txt = blk[1].replace("<b>", "").replace("</b>", "")
            p = para(doc, txt, 11)
            if k == "c":
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif k == "pb":
            doc.add_page_break()
        elif k == "t":
            rows = blk[1]
            t = doc.add_table(rows=0, cols=len(rows[0]))
            t.style = "Table Grid"
            for r in rows:
                cells = t.add_row().cells
                for i, x in enumerate(r):
                    cell_text(cells[i], x, 9)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(path)
    kit.normalize_zip(path)
