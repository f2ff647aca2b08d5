"""The labelled packages: which platform, which layout, which planted problems, which seed.

Owns the list of packages the build writes — one consistent negative control, six packages with
planted problems that together cover every rule family, and the bundled sample package. Changing
a spec changes the committed output; run `python -m eval_sets.generator.build` afterwards.
"""

from __future__ import annotations

from eval_sets.generator import problems as pb
from eval_sets.generator.layout import Layout
from eval_sets.generator.state import PackageSpec

ALL_EVIDENCE = ("audit_report", "device_list", "screenshot", "patent_list", "award_list")
DEFAULT_COLUMNS = ("levels", "content", "actual", "proof")

PACKAGES: tuple[PackageSpec, ...] = (
    PackageSpec(
        package_id="pkg01_huaxing_consistent",
        description="阴性对照：全部数据一致。含单位陷阱（审计报告以元列示，等于申报万元×10000）、"
                    "申报书“约3.2万台”对应申报表32000台、增长率与三年营收一致、分项求和与公式均正确。",
        list_no=15, seed=1501, scale=1.0, devices=32000, exact_yuan=True,
        layout=Layout(naming="paren", evidence_dir="证明材料", columns=DEFAULT_COLUMNS, headings="word",
                      audit_unit="元", audit_columns=("本期金额", "上期金额"), audit_thousands=True,
                      audit_lead_pages=3, prose_money="plain", summary_format="xlsx", commitment="scan",
                      stamped_scan=True, private_format=True),
        evidence=ALL_EVIDENCE,
    ),
    PackageSpec(
        package_id="pkg02_huayi_identity_formula",
        description="化工平台（2023年参评）：人数恒等式、研发投入强度公式、增长率错误，缺第七章，审计营业收入与申报不符，活跃机理模型数超过总数。"
                    "布局：证明资料列在平台实际情况之前、粗体标题、“附件2-…-平台名”文件名、证明材料平铺。",
        list_no=1, seed=102, scale=1.3,
        layout=Layout(naming="dash", evidence_dir="", columns=("levels", "content", "proof", "actual"),
                      headings="bold", audit_unit="元", audit_columns=("2023年度", "2022年度"),
                      audit_thousands=True, audit_lead_pages=2, prose_money="thousands", summary_format="xlsx",
                      commitment="docx", stamped_scan=True),
        evidence=ALL_EVIDENCE,
        plants=(
            pb.identity_staff(6),
            pb.formula_off("rd_intensity", "1.37"),
            pb.growth_off(2022, "3.15"),
            pb.omit_section("七", "七、平台相较上年度对比情况"),
            pb.audit_off("audit_revenue_yuan", "0.9125"),
            pb.subset_over("models_active", "models", 14),
        ),
    ),
    PackageSpec(
        package_id="pkg03_xinhua_subset_zip",
        description="电力能源平台（2023年参评，合法更名：原名称+现名称）以zip提交：公有云设备数超过总数、APP分类求和不符、"
                    "区域“华东”、截图注册企业数与申报不符、汇总表APP数与申报表不符、付费用户占比公式错误。布局：无一/二/三级列（证明资料列纵向合并）、"
                    "编号文件名、审计报告以万元列示。",
        list_no=5, seed=503, scale=0.8,
        layout=Layout(naming="numbered", evidence_dir="证明材料", zip=True,
                      columns=("index", "content", "actual", "proof"), headings="word", audit_unit="万元",
                      audit_thousands=False, audit_lead_pages=4, prose_money="plain", summary_format="xlsx",
                      summary_thousands=True, commitment="docx", private_format=False, name_change=True),
        evidence=ALL_EVIDENCE,
        plants=(
            pb.subset_public_devices(1800),
            pb.breakdown_off("apps_by_cat", "apps", 12),
            pb.invalid_category("served_by_region", "江苏", "华东",
                                "不是附录F的区域分类（“华东”是大区，应按省级区域填写）"),
            pb.screenshot_off("screen_registered", 260),
            pb.summary_off("apps", "1.15"),
            pb.formula_off("paid_ratio", "4.60"),
        ),
    ),
    PackageSpec(
        package_id="pkg04_tansuo_narrative_count",
        description="零碳工厂平台（2023年未参评）：申报书称约5万台、专利数与清单行数不符、平台基本情况介绍超500字、"
                    "安全制度只填“是”、缺附件4汇总表、工业协议数量空白、案例1超1000字、服务本市企业数超过实际服务企业数。布局：无证明资料列（引用写在平台实际情况内）、"
                    "半角括号与删去“其中：”的标签、亿元表述、截图显示“万”。",
        list_no=27, seed=2704, scale=0.75,
        layout=Layout(naming="plain", evidence_dir="", columns=("levels", "content", "actual"),
                      halfwidth_labels=True, drop_qizhong=True, headings="bold", audit_unit="元",
                      audit_thousands=False, audit_lead_pages=3, prose_money="yi", screenshot_wan=True,
                      commitment="scan"),
        evidence=ALL_EVIDENCE,
        plants=(
            pb.narrative_devices("约5万台（套）"),
            pb.count_off("patents", 6, "patent_list"),
            pb.long_intro(3),
            pb.answer_format("security_policy", "是", "填报指引要求填写“是”并罗列相关制度文件名+文件编号+制订时间"),
            pb.missing_file("汇总表", "附件4 平台基本情况汇总表"),
            pb.blank_cell("protocols"),
            pb.long_case(1),
            pb.subset_over("local", "served", 20),
        ),
    ),
    PackageSpec(
        package_id="pkg05_ouye_conditional_proof",
        description="欧冶云商平台（2023年参评）：平台名称与附件6不一致且未注明原/现名称、合作共建未填合作企业、"
                    "证明资料空白、申报书缺第五章、存储资源利用率公式错误、付费企业数超过实际服务企业数。"
                    "布局：表头带脚注标记、汇总表为DOCX、证明材料在“附件3 证明材料/”。",
        list_no=16, seed=1605, scale=1.6,
        layout=Layout(naming="paren", evidence_dir="附件3 证明材料", columns=DEFAULT_COLUMNS, header_footnote=True,
                      headings="word", audit_unit="元", audit_thousands=False, audit_lead_pages=2,
                      prose_money="plain", summary_format="docx", commitment="docx"),
        evidence=ALL_EVIDENCE,
        plants=(
            pb.renamed_platform("欧冶云商工业品生态运营平台"),
            pb.partner_missing(),
            pb.missing_proof(("revenue", "registered")),
            pb.omit_section("五", "五、平台应用案例"),
            pb.formula_off("utilization", "-6.40"),
            pb.subset_paid(35),
        ),
    ),
    PackageSpec(
        package_id="pkg06_onepower_many",
        description="中国移动OnePower平台（2023年参评）：利润率/投资回报率/社会贡献率公式错误、杀手锏APP为6个、"
                    "职称人数超过总人数、公有云分类含“纺织设备”、海外“德国”无英文名、审计研发费用与申报研发投入不符、"
                    "奖项数量与清单不符、其他部署方式未说明、平台定位超50字、案例名称超30字、碳管理答“不具备”。"
                    "布局：标签内换行、粗体标题、审计列为2023年度/2022年度。",
        list_no=21, seed=2106, scale=1.8,
        layout=Layout(naming="paren", evidence_dir="证明材料", columns=DEFAULT_COLUMNS, wrap_labels=True,
                      headings="bold", audit_unit="元", audit_columns=("2023年度", "2022年度"), audit_thousands=True,
                      audit_lead_pages=3, prose_money="thousands", summary_format="xlsx", commitment="scan",
                      stamped_scan=True),
        evidence=ALL_EVIDENCE,
        plants=(
            pb.formula_off("profit_margin", "2.50"),
            pb.formula_off("roi", "-1.80"),
            pb.formula_off("social_rate", "3.05"),
            pb.subset_killer(6),
            pb.subset_qualified(9),
            pb.invalid_category("pub_devices_by_cat", "交通设备", "纺织设备",
                                "不是附录A的工业设备二级分类（纺织机械属于“轻工设备”）"),
            pb.invalid_category("overseas_by_country", "德国Germany", "德国",
                                "未按附录F注明海外国家的中文+英文名称（应为“德国Germany”）"),
            pb.audit_off("audit_rd_yuan", "0.82"),
            pb.count_off("awards", 3, "award_list"),
            pb.other_deployment_missing(),
            pb.long_positioning(),
            pb.long_case_title(2, "基于5G专网与云化AGV调度的离散制造车间物流智能化改造"),
            pb.answer_format("carbon", "不具备", "填报指引要求不具备时填写“否”"),
        ),
    ),
    PackageSpec(
        package_id="pkg07_guangming_files_blank",
        description="光明乳业平台（2023年未参评）：缺附件1与附件5、平台网址与合作平台数量空白、申报书营业收入与申报表不符、"
                    "汇总表营业收入与申报表不符、2023年增长率错误、第三章缺最后一段、存储数据超过容量、"
                    "按行业服务企业数求和不符。布局：标签内换行、“附件2-…”文件名、证明材料子目录。",
        list_no=31, seed=3107, scale=1.1,
        layout=Layout(naming="dash", evidence_dir="证明材料", columns=DEFAULT_COLUMNS, wrap_labels=True,
                      headings="word", audit_unit="元", audit_thousands=True, audit_lead_pages=2,
                      prose_money="plain", summary_format="xlsx", commitment="docx"),
        evidence=ALL_EVIDENCE,
        plants=(
            pb.missing_file("联系人表", "附件1 联系人信息反馈表"),
            pb.missing_file("承诺", "附件5 真实性承诺"),
            pb.blank_url(),
            pb.blank_cell("partners"),
            pb.narrative_revenue("1.5"),
            pb.summary_off("revenue", "1.1"),
            pb.growth_off(2023, "-4.20"),
            pb.omit_closing("三", "三、平台应用成效"),
            pb.subset_storage(),
            pb.breakdown_off("served_by_industry", "served", -15),
        ),
    ),
    PackageSpec(
        package_id="sample_package",
        description="随仓库附带的小型一致样例（make run 使用）：申报表（Word版及盖章扫描版）、申报书、三份证明材料（其中截图为纯图片PDF）及附件1/4/5。",
        list_no=33, seed=3300, scale=0.5, target="sample",
        layout=Layout(naming="paren", evidence_dir="证明材料", columns=DEFAULT_COLUMNS, headings="word",
                      audit_unit="元", audit_thousands=True, audit_lead_pages=2, summary_format="xlsx",
                      commitment="docx", private_format=False, stamped_scan=True),
        evidence=("audit_report", "device_list", "screenshot"),
    ),
)
