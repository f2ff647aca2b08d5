"""附件3 申报书 chapters written from the declared model; packages override single sentences (N)."""

from __future__ import annotations

from eval_sets.blind.h84.labels import CHAPTERS
from eval_sets.blind.h84.model import Model, c2


def n(x) -> str:
    return f"{x:,}"


def chapters(m: Model, N: dict, evidence: list[tuple[str, str]], omit: tuple[str, ...] = (), ch7: bool = False) -> dict:
    S, v = m.spec, m.val
    name = S["declared_name"]
    bm = S["build_mode"]
    mode = "自建" if bm == "自建" else f"与{bm[1]}合作共建"
    mode = N.get("mode_sentence", mode)
    ch = {}
    ch[CHAPTERS[0]] = N["ch1"]
    ch[CHAPTERS[1]] = [
        f"{name}于{S['build'][0][:4]}年{int(S['build'][0][5:])}月启动建设，采用{mode}方式，平台建设金额{c2(S['build_amount'])}万元，"
        f"由{S['company']}{S['op_mode']}。{N['position']}",
        "平台技术架构分为边缘层、IaaS层、PaaS层和SaaS层：边缘层负责设备接入与边缘计算，PaaS层提供数据中台、模型中台和微服务治理，"
        "SaaS层面向用户提供工业APP和行业解决方案。",
        N.get("dev_sentence", f"截至2024年6月，平台连接工业设备{n(v['连接的工业设备/产品/产线种类及数量（台/套）'])}台（套），"
                              f"兼容工业协议{v['工业协议兼容适配数量（个）']}种，上架工业APP {v['工业APP数量（个）']}个，"
                              f"沉淀工业机理模型{v['工业机理模型数量（个）']}个。"),
        N.get("cust_sentence", f"平台注册企业{n(v['注册企业用户数（个）'])}家，实际服务企业{n(v['实际服务企业数（个）'])}家，"
                               f"其中付费企业{n(v['付费企业数（个）'])}家。"),
        N.get("rev_sentence", f"2023年平台相关营业收入{c2(v['平台相关营业收入（万元）'])}万元，平台相关研发投入"
                              f"{c2(v['平台相关研发投入（万元）'])}万元。"),
        "表X 平台对标同行业或相似平台的部分量化数据对比表",
        [["三级指标", "本平台数据", "对标数据"],
         ["1.2.1 创新投入情况", f"研发投入{c2(v['平台相关研发投入（万元）'])}万元，强度{v['平台相关研发投入强度（%）']:.2f}%",
          "同行业相似平台（平台名称：某行业平台A）研发投入数量级：千万元"],
         ["2.1.1 工业设备连接/汇聚能力", N.get("bench_dev", f"连接设备{n(v['连接的工业设备/产品/产线种类及数量（台/套）'])}台（套）"),
          "同行业相似平台（平台名称：某行业平台B）情况：约数千台（套）"],
         ["3.1.1 平台应用规模", N.get("bench_users", f"服务企业{n(v['实际服务企业数（个）'])}家"),
          "同行业相似平台（平台名称：某行业平台C）服务企业千家量级"]],
        "总结：" + N["innovation"],
    ]
    ch[CHAPTERS[2]] = N["ch3"] + ["总结：" + N["app_innovation"]]
    ch[CHAPTERS[3]] = N["ch4"]
    ch[CHAPTERS[4]] = N["ch5"]
    ch[CHAPTERS[5]] = ["本申报书附件清单如下（附件名称、对应页码）："] + [f"{a}（{b}）" for a, b in evidence]
    if ch7:
        ch[CHAPTERS[6]] = N["ch7"]
    for title in omit:
        del ch[title]
    return ch
