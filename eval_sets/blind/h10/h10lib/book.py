"""申报书 (附件3) outline filled with a platform's story."""
from __future__ import annotations

from .forms import Pkg, fnum


def sections(p: Pkg, c: dict, include6=True, include7=True) -> list:
    d = p.decl
    s1 = ("一、申报单位简介", [c["company_intro"], c["company_core"]])
    bench = [["三级指标", "本平台数据", "对标数据"],
             ["1.2.1 创新投入情况", f"研发投入{fnum(d['平台相关研发投入（万元）'])}万元，研发投入强度{fnum(d['平台相关研发投入强度（%）'])}%",
              f"同行业或相似平台（平台名称：{c['peer']}）研发投入数量级：千万元；研发投入强度：约10%"],
             ["2.1.1 工业设备连接/汇聚能力", f"连接工业设备{d['连接的工业设备/产品/产线种类及数量（台/套）']}台/套，协议{d['工业协议兼容适配数量（个）']}个",
              f"同行业或相似平台（平台名称：{c['peer']}）情况：连接设备约{c['peer_dev']}台/套"],
             ["2.1.2 工业软件/APP", f"工业APP {d['工业APP数量（个）']}个，月活{d['工业APP平均月活跃数量（个）']}个",
              f"同行业或相似平台（平台名称：{c['peer']}）工业APP约{c['peer_app']}个"],
             ["2.2.2 数据处理（存储计算能力）", f"存储容量{fnum(d['存储容量（TB）'])}TB，利用率{fnum(d['存储资源利用率（%）'])}%",
              "同行业或相似平台：存储容量约数百TB量级"],
             ["2.3.1 平台微服务情况", f"微服务{d['微服务数量（个）']}个，活跃{d['活跃微服务数量（一周调用5次以上）（个）']}个",
              "同行业或相似平台：微服务约千个量级"],
             ["3.1.1 平台应用规模", f"注册企业{d['注册企业用户数（个）']}家，实际服务{d['实际服务企业数（个）']}家",
              f"同行业或相似平台（平台名称：{c['peer']}）服务企业约{c['peer_ent']}家"]]
    s2 = ("二、平台建设及运营情况", [("h", "（一）平台基本信息"), c["platform_basic"], ("h", "（二）平台技术架构"), c["arch"],
                               ("h", "（三）技术路线先进性"), c["advanced"], ("h", "（四）平台运营情况"), c["ops"],
                               ("h", "表X 平台对标同行业或相似平台的部分量化数据对比表"), ("table", bench, [3.2, 6.0, 6.8]),
                               ("h", "（五）平台技术创新点总结"), c["innovation"]])
    s3 = ("三、平台应用成效", [c["effects"], ("h", "应用创新点总结"), c["app_innovation"]])
    s4 = ("四、平台下一步发展计划", [c["plan_text"]])
    cases = []
    for i, (name, ent, plat, body) in enumerate(c["cases"], 1):
        cases += [("h", f"案例{i}：{name}"), "企业简介：" + ent, "平台简介：" + plat, "案例实际内容简介：" + body]
    s5 = ("五、平台应用案例", cases)
    out = [s1, s2, s3, s4, s5]
    if include6:
        rows = [["序号", "附件名称", "对应页码/文件"]] + [[str(i), n, pg] for i, (n, pg) in enumerate(c["annex"], 1)]
        out.append(("六、附件及其他说明材料", ["本申报书所附证明材料清单如下：", ("table", rows, [1.4, 9.0, 5.6])]))
    if include7:
        out.append(("七、平台相较上年度对比情况", c["sec7"]))
    return out
