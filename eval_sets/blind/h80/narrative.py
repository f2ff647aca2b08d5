"""附件3 申报书 (DOCX): chapters 一–七 of the template, with the package's own prose.

Prose numbers come from the real figures and are worded as an office would (约/超过/近, 亿元/万元); the
spec's `claims` are extra sentences (true ones are traps for a naive checker; a false one is a planted
narrative problem). `omit` drops chapters (planted missing_section / section7)."""

from __future__ import annotations

from pathlib import Path

from eval_sets.blind.h80.forms import cover, heading, new_docx, save_docx
from eval_sets.blind.h80.model import Package, thousands

CHAPTERS = ["一、申报单位简介", "二、平台建设及运营情况", "三、平台应用成效", "四、平台下一步发展计划", "五、平台应用案例",
            "六、附件及其他说明材料", "七、平台相较上年度对比情况"]


def _table(d, rows):
    t = d.add_table(rows=0, cols=len(rows[0]))
    t.style = "Table Grid"
    for r in rows:
        for c, v in zip(t.add_row().cells, r):
            c.text = str(v)


def shenbaoshu_docx(pkg: Package, path: Path, attachments: list[tuple[str, str]], bold_headings: bool = False):
    s, w, R, D = pkg.spec, pkg.spec["words"], pkg.r, pkg.d
    omit = set(s.get("omit", []))
    d = new_docx()
    cover(d, pkg, "申报书")
    chapters = [c for c in CHAPTERS if c not in omit and (c != CHAPTERS[6] or s["participated"])]
    for ch in chapters:
        heading(d, ch, bold_headings)
        if ch == CHAPTERS[0]:
            d.add_paragraph(s["corp"]["intro"])
            d.add_paragraph(f"核心竞争力：{s['company_short']}拥有一支{R('平台团队总人数（人）')}人的平台团队，其中具有相关技术职称或从业资格的"
                            f"{R('有相关技术职称/从业资格的人数（人）')}人，在{w['ind']}领域积累了丰富的工艺知识与实施经验。")
        elif ch == CHAPTERS[1]:
            y0, m0, _, _ = s["build_ym"]
            d.add_paragraph(f"（一）平台基本信息。{s['declared_name']}于{y0}年{m0}月启动建设，累计建设投入{thousands(s['invest'])}万元，"
                            f"{s['build_mode']}、{s['op_mode']}，部署方式为{s['deploy']}，定位为{pkg.texts['t:定位']}")
            d.add_paragraph(f"（二）平台技术架构。平台由边缘接入层、IaaS资源层、工业PaaS层和{w['ind']}行业SaaS应用层构成，"
                            "采用微服务架构与容器化部署，支持公有云与私有化两种交付方式。")
            d.add_paragraph(f"（三）技术路线先进性。与{w['peer']}相比，平台在{w['scene']}场景的模型精度和实时性方面具有优势。")
            for claim in s.get("claims_2", []):
                d.add_paragraph(claim)
            d.add_paragraph("表X 平台对标同行业或相似平台的部分量化数据对比表")
            _table(d, [["三级指标", "本平台数据", "对标数据"],
                       ["1.2.1 创新投入情况", f"研发投入{thousands(D('平台相关研发投入（万元）'))}万元",
                        f"同行业或相似平台（平台名称：{w['peer']}）研发投入数量级：千万元"],
                       ["2.1.1 工业设备连接/汇聚能力", f"连接工业设备{thousands(D('连接的工业设备/产品/产线种类及数量（台/套）'))}台/套",
                        f"同行业或相似平台（平台名称：{w['peer']}）情况：约{w['peer_devices']}台/套"],
                       ["2.1.2 工业软件/APP", f"工业APP {D('工业APP数量（个）')}个", f"{w['peer']}：约{w['peer_apps']}个"],
                       ["3.1.1 平台应用规模", f"实际服务企业{thousands(D('实际服务企业数（个）'))}家", f"{w['peer']}：约{w['peer_users']}家"]])
            if s.get("yoy_table"):
                d.add_paragraph("平台主要运营指标年度对比（2022年与2023年）：")
                _table(d, s["yoy_table"])
            d.add_paragraph(f"技术创新点总结：{w['innovation']}")
        elif ch == CHAPTERS[2]:
            d.add_paragraph(f"平台面向{w['ind']}企业解决{w['pain']}等痛点问题。")
            for claim in s.get("claims_3", []):
                d.add_paragraph(claim)
            d.add_paragraph(f"应用创新点总结：{w['app_innovation']}")
        elif ch == CHAPTERS[3]:
            d.add_paragraph(f"下一步，平台将围绕{w['plan']}持续升级，深化产业合作，拓展按效果付费等商业模式。")
        elif ch == CHAPTERS[4]:
            for i, (name, firm, body) in enumerate(w["cases"], start=1):
                d.add_paragraph(f"案例{i}：{s['short']}平台——{name}")
                d.add_paragraph(f"企业简介：{firm}")
                d.add_paragraph(f"案例实际内容简介：{body}")
        elif ch == CHAPTERS[5]:
            d.add_paragraph("本申报书附件清单如下（附件名称、对应页码）：")
            _table(d, [["序号", "附件名称", "对应页码"]] + [[str(i), n, p] for i, (n, p) in enumerate(attachments, start=1)])
        elif ch == CHAPTERS[6]:
            d.add_paragraph("自2023年7月上一轮评价以来，平台在功能模块、关键指标和应用服务方面的变化如下：")
            _table(d, [["指标", "2023年7月（上年度申报）", "截至填表日", "变化"]] + s["ch7"])
            d.add_paragraph(f"功能模块方面，新增{w['new_modules']}；应用服务方面，新增服务企业并拓展了长三角以外的区域市场。")
    save_docx(d, path, s["author"])
