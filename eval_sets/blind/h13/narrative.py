"""附件3 申报书 sections from a package's values and theme words."""

from __future__ import annotations


def sections(pkg, th, files_list, include7=None, drop=()):
    v = pkg.v
    n = lambda lab: v[lab]
    s = []
    s.append(("一、申报单位简介", th["company_intro"] + [
        f"截至填表日，平台团队共{n('平台团队总人数（人）')}人，其中运维人员{n('运维人数（人）')}人、运营人员{n('运营人数（人）')}人，"
        f"具有相关技术职称或从业资格的{n('有相关技术职称/从业资格的人数（人）')}人。"]))
    bench = [["三级指标", "本平台数据", "对标数据"],
             ["1.2.1 创新投入情况", f"研发投入{n('平台相关研发投入（万元）'):.2f}万元，强度{n('平台相关研发投入强度（%）'):.2f}%", th["bench"][0]],
             ["2.1.1 工业设备连接/汇聚能力", f"连接工业设备{n('连接的工业设备/产品/产线种类及数量（台/套）')}台/套，协议{n('工业协议兼容适配数量（个）')}种", th["bench"][1]],
             ["2.1.2 工业软件/APP", f"工业APP {n('工业APP数量（个）')}个，月活{n('工业APP平均月活跃数量（个）')}个", th["bench"][2]],
             ["2.2.3 数据建模和分析", f"工业机理模型{n('工业机理模型数量（个）')}个", th["bench"][3]],
             ["2.3.1 平台微服务情况", f"微服务{n('微服务数量（个）')}个，活跃{n('活跃微服务数量（一周调用5次以上）（个）')}个", th["bench"][4]],
             ["3.1.1 平台应用规模", f"注册企业{n('注册企业用户数（个）')}家，实际服务{n('实际服务企业数（个）')}家", th["bench"][5]]]
    s.append(("二、平台建设及运营情况", [("h2", "（一）平台基本信息")] + th["platform_intro"] +
              [("h2", "（二）平台技术架构")] + th["arch"] + [("h2", "（三）技术路线先进性及对标情况"), "表X 平台对标同行业或相似平台的部分量化数据对比表",
                                                           ("table", bench)] +
              [("h2", "（四）平台运营情况")] + th["ops"] + [("h2", "（五）平台技术创新点总结"), th["innov"]]))
    s.append(("三、平台应用成效", th["effect_paras"] + [th["app_innov"]]))
    s.append(("四、平台下一步发展计划", th["plan"]))
    cases = []
    for k, c in enumerate(th["cases"], 1):
        cases += [("h2", f"案例{k}：{c[0]}"), "企业简介：" + c[1], "平台简介：" + c[2], "案例实际内容简介：" + c[3]]
    s.append(("五、平台应用案例", cases))
    rows = [["序号", "附件名称", "对应页码"]] + [[k + 1, f, p] for k, (f, p) in enumerate(files_list)]
    s.append(("六、附件及其他说明材料", ["本申报书所附证明材料清单如下（页码为各附件文件内页码）：", ("table", rows)]))
    if include7 is None:
        include7 = pkg.participated
    if include7:
        s.append(("七、平台相较上年度对比情况", th["sec7"]))
    elif th.get("sec7_na"):
        s.append(("七、平台相较上年度对比情况", [th["sec7_na"]]))
    return [x for x in s if x[0][:2] not in drop]
