"""What each file of a package is, judged by its content (names are a weak hint only).

Applicants name files every way (`附件2 申报表（华兴数字）.docx`, `02_申报表.docx`, `scan0001.pdf`),
so the role comes from the words inside: the titles the notice's templates print (联系人信息反馈表,
申报表 + 指标明细表, 申报书 + its section titles, 平台基本情况汇总表, 真实性承诺) and the vocabulary of
each kind of evidence the notice lists in 附件3 六 (审计报告, 系统截图, 专利/软著证书, 获奖证书 …).
Every decision carries a confidence and the reasons, so a reviewer can see why.
"""

from __future__ import annotations

import re

from assistant.package.model import Classification, FileRole
from extractors.model import Document

SCREEN_WORDS = r"截图|大屏|驾驶舱|看板|控制台|监控中心"  # what a screenshot says of itself
# (role, [(pattern, weight, reason)]): weights add up; the best role above a floor wins.
_CUES: list[tuple[FileRole, list[tuple[str, float, str]]]] = [
    (FileRole.contact_form, [
        (r"联系人信息反馈表", 3.0, "标题“联系人信息反馈表”"),
        (r"联系人（主）|联系人\(主\)", 1.5, "含“联系人（主）”"),
        (r"评审会现场地址", 1.5, "含“评审会现场地址信息反馈”"),
    ]),
    (FileRole.application_form, [
        # a title, not a reference to the form (「与《申报表》填报指引一致」 in a letter of proof)
        # (a tax office's 纳税申报表 is no 申报表 of the notice)
        (r"应用水平评价\s*申报表|(?<![《税])申\s*报\s*表(?!\s*填报指引)|(?<!税)申\s*报\s*表(?!\s*》|\s*填报指引)", 1.5,
         "标题含“申报表”"),
        (r"指标明细表", 2.0, "含“指标明细表”"),
        (r"平台实际情况", 1.5, "含表头“平台实际情况”"),
        (r"证明资料", 0.5, "含表头“证明资料”"),
        (r"企业基本情况", 1.0, "含“企业基本情况”"),
        (r"平台基本情况", 0.5, "含“平台基本情况”"),
        (r"连接的工业设备|注册企业用户数|平台团队总人数", 1.0, "含指标明细表的内容行"),
    ]),
    (FileRole.proposal, [
        (r"(?<!《)申\s*报\s*书|申\s*报\s*书(?!\s*》)", 1.5, "标题含“申报书”"),  # not 《申报书》 alone
        (r"申报单位简介", 1.5, "含章节“申报单位简介”"),
        (r"平台建设及运营情况", 1.5, "含章节“平台建设及运营情况”"),
        (r"平台应用成效", 1.0, "含章节“平台应用成效”"),
        (r"平台应用案例|案例\s*[1一]", 1.0, "含“平台应用案例”"),
        (r"下一步发展计划", 1.0, "含章节“平台下一步发展计划”"),
    ]),
    (FileRole.summary_table, [
        (r"平台基本情况汇总表", 3.0, "标题“平台基本情况汇总表”"),
        (r"平台性质", 1.0, "含“平台性质”行"),
        (r"评审会现场地址信息", 0.5, "含“评审会现场地址信息”行"),
    ]),
    (FileRole.commitment, [
        (r"真实性承诺", 3.0, "标题“真实性承诺”"),
        (r"承担相应的法律责任", 1.5, "含承诺用语“承担相应的法律责任”"),
        (r"特此承诺", 1.0, "含“特此承诺”"),
    ]),
    (FileRole.audit_report, [
        (r"审计报告", 2.0, "含“审计报告”"),
        (r"注册会计师|会计师事务所", 1.5, "含“注册会计师/会计师事务所”"),
        (r"审计意见|无保留意见", 1.0, "含审计意见"),
        (r"利润表|资产负债表|现金流量表", 1.0, "含财务报表"),
    ]),
    (FileRole.financial_statement, [
        (r"利润表|损益表|资产负债表", 2.0, "含财务报表标题"),
        (r"营业收入|营业总收入", 1.0, "含“营业收入”"),
        (r"单位[:：]\s*(人民币)?\s*(元|万元)", 0.5, "含金额单位"),
        # a page of the notes photographed alone (「2023年度财务报表附注 十五、分部报告」, h12): no screenshot
        (r"财务报表附注|分部报告|分部信息", 1.5, "含报表附注/分部信息"),
    ]),
    (FileRole.device_list, [
        (r"(?:设备|装备)(?:接入)?(?:清单|明细|台账|列表|统计)", 2.0, "含“设备清单/明细”"),
        (r"设备(?:名称|编号|类型|分类)|接入设备数|设备数量", 1.0, "含设备表头"),
        (r"接入(时间|平台)|连接(时间|方式)", 0.5, "含接入信息"),
    ]),
    (FileRole.certificate_list, [
        (r"专利(清单|列表|证书|号)|发明专利|实用新型", 2.0, "含专利信息"),
        (r"软件著作权|软著|计算机软件著作权登记", 2.0, "含软件著作权信息"),
        (r"登记号|授权公告日|申请号|专利权人|著作权人", 1.0, "含证书字段"),
    ]),
    (FileRole.award_list, [
        (r"获奖|荣誉|奖项", 2.0, "含获奖/荣誉"),
        (r"颁发(单位|机构)|授予", 1.0, "含颁发单位"),
        (r"证书", 0.5, "含“证书”"),
    ]),
    (FileRole.business_license, [
        (r"营业执照", 3.0, "含“营业执照”"),
        (r"统一社会信用代码", 1.0, "含统一社会信用代码"),
    ]),
    (FileRole.test_report, [
        (r"(检测|测评|测试|扫描|等级保护|渗透)报告", 2.5, "含检测/测评报告"),
        (r"漏洞|等保|安全测评", 1.0, "含安全测评用语"),
    ]),
    (FileRole.policy_document, [
        (r"(管理)?制度|管理办法|规划|实施方案", 1.5, "含制度/规划文件用语"),
        (r"第[一二三四五六七八九十]+条", 1.0, "含条款"),
    ]),
    (FileRole.screenshot, [
        (SCREEN_WORDS, 1.5, "含截图/看板用语"),
        (r"在线|实时|接入设备|运行中", 0.5, "含运行数据用语"),
    ]),
]

_NAME_HINTS: list[tuple[str, FileRole]] = [
    (r"联系人", FileRole.contact_form),
    (r"(?<!税)申报表", FileRole.application_form),
    (r"申报书", FileRole.proposal),
    (r"汇总表", FileRole.summary_table),
    (r"承诺", FileRole.commitment),
    (r"审计", FileRole.audit_report),
    (r"截图|大屏", FileRole.screenshot),
    (r"专利|软著|著作权", FileRole.certificate_list),
    (r"获奖|荣誉|奖项", FileRole.award_list),
    (r"设备|装备|接入清单|台账", FileRole.device_list),
    (r"营业执照", FileRole.business_license),
]

_TITLE_LENGTH = 40
_EXPORTS = ("csv", "xlsx")  # and plain .txt (a saved web page is text too, and may show a dashboard)
_FIGURE_ROW = re.compile(r"\d[\d,]*\.\d+|填报(?:数|值|金额|数据)")
_STATISTICS_TITLE = re.compile(r"统计表|统计口径|制表(?:日期|单位|人)")
_PAPER_TITLE = re.compile(r"(?:证明|证明书|证书|说明|函|报告|清单|名单|明细表?|一览表|台账)\s*(?:[（(][^（）()]{0,24}[）)])?$")


def paper_titled(text: str) -> bool:
    """One of the first short lines names a paper document (证明, 说明, 函, 清单 …): a scan of paper."""
    lines = [line.strip() for line in text.splitlines() if line.strip() and len(line.strip()) <= _TITLE_LENGTH][:4]
    return any(_PAPER_TITLE.search(line) for line in lines)


_FORM_ROLES = (FileRole.application_form, FileRole.proposal, FileRole.summary_table,
               FileRole.contact_form, FileRole.commitment)


_A_LETTER = re.compile(r"特此说明|以本说明为准|现(?:由|从)\s*\d[\d,.]*\s*\S{0,3}?更正为")


def classify(document: Document) -> Classification:
    if document.failed or not document.pages:
        return Classification(role=FileRole.unreadable, confidence=1.0, reasons=("文件无法读取",))
    # Titles sit at the top: weigh the first pages most; long documents would otherwise collect
    # every cue somewhere in their body.
    head = "\n".join(p.text for p in document.pages[:3])[:6000]
    # A title is a short line of its own: 「口径与申报表一致」 in a report's sentence names no form.
    # Nor is a table's row that names it (「四、平台相关营业收入（万元） 1458.91 申报表填报数」).
    titles = "\n".join(line for line in head.splitlines()
                       if len(line.strip()) <= _TITLE_LENGTH and not re.search(r"[，。；;]", line)
                       and not _FIGURE_ROW.search(line))
    scores: dict[FileRole, float] = {}
    reasons: dict[FileRole, list[str]] = {}
    for role, cues in _CUES:
        for pattern, weight, reason in cues:
            if re.search(pattern, titles if reason.startswith("标题") else head):
                scores[role] = scores.get(role, 0.0) + weight
                reasons.setdefault(role, []).append(reason)
    name = document.path.rsplit("/", 1)[-1]
    for pattern, role in _NAME_HINTS:
        if re.search(pattern, name):
            scores[role] = scores.get(role, 0.0) + 0.75
            reasons.setdefault(role, []).append(f"文件名含“{re.sub(r'[|()]', '/', re.sub(r'[(][?]<![^)]*[)]', '', pattern))}”")
            break
    if document.format in _EXPORTS or document.path.lower().endswith(".txt"):
        # a CSV, a sheet or a text export is data, never a picture of a screen or a licence
        for role in (FileRole.screenshot, FileRole.business_license):
            scores.pop(role, None)
            reasons.pop(role, None)
    if FileRole.business_license in scores and not re.search(r"营业执照|执照", head + name):
        # a bill, an invoice or a certificate prints the holder's 统一社会信用代码 too: no licence without its name (h69)
        scores.pop(FileRole.business_license)
        reasons.pop(FileRole.business_license, None)
    ocr_pages = sum(1 for p in document.pages if p.source == "ocr")
    all_ocr = ocr_pages == len(document.pages)
    statistics = _STATISTICS_TITLE.search(titles) and not re.search(SCREEN_WORDS, head) \
        and not re.search(r"截图|大屏", name)
    if statistics:
        # A typed statistics table (「资源与应用统计表」, its 统计口径 and 制表日期) speaks of 接入设备
        # and 在线 like a console does, but states its figures as a proof (h40's 上年 | 本年 table) —
        # scanned with its stamp too (「杀手锏APP月度收入统计表（近一年）… 制表：财务部」, h82)
        scores.pop(FileRole.screenshot, None)
        reasons.pop(FileRole.screenshot, None)
    # A scanned page titled as a document (「上海市社会保险参保缴费情况证明（单位新增参保人员）」, 「…情况说明」,
    # 「…清单」) is a paper proof with its stamp, not a picture of a screen (h83)
    paper = paper_titled(titles) and not re.search(SCREEN_WORDS, head) and not re.search(r"截图|大屏", name)
    if all_ocr and document.format in ("pdf", "image") and len(document.pages) <= 3 and not statistics and not paper:
        scores[FileRole.screenshot] = scores.get(FileRole.screenshot, 0.0) + 1.0
        reasons.setdefault(FileRole.screenshot, []).append("全部页面为图像（需 OCR）")
    if not scores:
        return Classification(role=FileRole.other_evidence, confidence=0.3, reasons=("未识别出明确类型",))
    role = max(scores, key=lambda r: (scores[r], -list(FileRole).index(r)))
    if role == FileRole.application_form and all_ocr and document.format == "pdf":
        role = FileRole.application_form_scan
        reasons.setdefault(role, list(reasons[FileRole.application_form])).append("扫描件（图像页经 OCR）")
        scores[role] = scores[FileRole.application_form]
    if role == FileRole.financial_statement and scores.get(FileRole.audit_report, 0) >= 2.0:
        role = FileRole.audit_report
    total = sum(scores.values())
    confidence = round(min(1.0, scores[role] / 4.0) * (scores[role] / total), 2)
    if (role in _FORM_ROLES or role is FileRole.application_form_scan) and scores[role] < 1.5:
        # One content cue and no title: a letter of proof that speaks of 连接的工业设备 is not
        # the 申报表; the forms carry their titles (or are named for them).
        return Classification(role=FileRole.other_evidence, confidence=confidence,
                              reasons=(*reasons.get(role, ()), "仅有内容用语、无表单标题，按证明材料处理"))
    if role is FileRole.screenshot and scores[role] < 1.0 and not all_ocr:
        # only 在线/实时 said in a typed text (「杀手锏工业APP运营数据说明」 and its 日均在线用户 column, h46):
        # a document of proof, not a picture of a screen
        return Classification(role=FileRole.other_evidence, confidence=confidence,
                              reasons=(*reasons.get(role, ()), "仅有运行数据用语、有文字层，按证明材料处理"))
    # A form names every kind of proof in its rows: a low share of its cues is no doubt about it, a
    # stamped scan of the 申报表 with its title, its rows and its name as much as the Word file (h49);
    # a letter correcting the 申报表 (「关于申报表部分数据的更正说明」, h27) has the title only
    scan_of_form = role is FileRole.application_form_scan and scores[role] >= 2.5
    if role in (FileRole.application_form, FileRole.application_form_scan) and len(document.pages) <= 2 \
            and _A_LETTER.search(document.text) and sum(len(t.rows) for t in document.tables) < 8:
        # 「情况说明 … 现由86更正为68 … 特此说明」: a letter about the 申报表 (h54), not its scan
        return Classification(role=FileRole.other_evidence, confidence=confidence,
                              reasons=(*reasons.get(role, ()), "为关于申报表的说明函（特此说明），按证明材料处理"))
    if role not in (*_FORM_ROLES, FileRole.screenshot) and not scan_of_form and confidence < 0.2:
        return Classification(role=FileRole.other_evidence, confidence=confidence,
                              reasons=tuple(reasons.get(role, ())))
    return Classification(role=role, confidence=confidence, reasons=tuple(reasons.get(role, ())))
