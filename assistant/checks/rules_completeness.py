"""Whether the 申报表 is filled as the notice asks (families blank, missing_proof, answer_format,
conditional; 字数 limits are `rules_char_limit`'s).

- blank: every field of 一、企业基本情况, 二、平台基本情况 and 三、指标明细表 needs an answer (a draft's 「XXX」,
  「TBD」, 「待定」 is none), except 传真 and the blanks that depend on a tick (`conditional`); a breakdown
  of a total declared as 0 and the revenue of years before the platform was built need none.
- missing_proof: footnote 2 of 三、指标明细表 — every answer names its 证明资料 (附件 number, name
  and page) or explains why there is none.
- answer_format: the exact texts and required details of 是/否 answers (`FieldSpec.answer_rules`),
  the 总数…其中私有化 template where the platform has private deployments, 保留2位小数.
- conditional: a ticked option whose （必填） blank is empty (`FieldSpec.required_if`).

Only the primary 申报表 is judged; without one nothing is reported here (missing files are
another rule's). Must not: compare with evidence or other documents.
"""

from __future__ import annotations

import re

from assistant.catalog.model import FieldSpec
from assistant.catalog.notice import load_catalog
from assistant.checks import rule
from assistant.checks.declared_facts import (
    basis_for,
    is_blank,
    make_finding,
    primary_form_file,
)
from assistant.checks.not_applicable import (
    computable,
    not_applicable,
    said_not_applicable,
)
from assistant.core.text_keys import fold
from assistant.forms.proposal import count_chars
from assistant.forms.reader import NO_ANSWER_CELL
from assistant.values.answers import (
    parse_checkbox_choice,
    parse_compound_total,
    parse_policy_detail,
    parse_yes_no,
    ticked_answer,
)
from assistant.values.numbers import find_quantities

_OPTIONAL = {"fax"}  # 传真: the only detail of 一、企业基本情况 a unit may not have
_NOT_READ_GROUPS = {"股权结构"}  # free rows (可自行添加行), a sub-heading without an answer of its own
_MIN_COVERAGE = 0.5  # below this share of rows found, a missing row says more about the reading
_FULL_COVERAGE = 0.9  # below this share, an empty cell may be one the reader did not find
_PLACEHOLDER_ANSWER = re.compile(r"[XＸ×x]{2,}|TBD|TODO|待定|待补充|待填写?|待完善|待确认|暂缺|[?？]+", re.IGNORECASE)
_COLLAPSE = 10  # more findings of one kind than this become one finding listing the fields


def _primary_values(review):
    return list(review.primary_form.values())


def _indicator(spec: FieldSpec) -> bool:
    return spec.section == "indicators"


def _where(spec: FieldSpec) -> str:
    section = "三、指标明细表" if _indicator(spec) else spec.section_label
    return f"{section}“{spec.label}”"


# --- blank -------------------------------------------------------------------------------------

def required_fields(review) -> list[FieldSpec]:
    return [f for f in review.catalog.fields
            if f.form == "附件2" and f.section in ("enterprise", "platform", "indicators")
            and f.id not in _OPTIONAL and f.required_if is None and f.group_label not in _NOT_READ_GROUPS
            and not any(c.parent == f.id and c.group_label in _NOT_READ_GROUPS for c in review.catalog.fields)]


@rule("blank.required_field", title="申报表必填栏目未填写", severity="error",
      basis="申报表 三、指标明细表（请依据此表后附的填报指引填写）及一、二部分各栏")
def required_fields_filled(review):
    form_file = primary_form_file(review)
    if form_file is None:
        return
    required = required_fields(review)
    present = [f for f in required if f.id in review.primary_form]
    read_enough = len(present) >= _MIN_COVERAGE * len(required)
    # A form whose rows were not all recognised is laid out in a way the reader only partly
    # understands: an empty cell there may be a cell it did not find.
    partial = [] if len(present) >= _FULL_COVERAGE * len(required) else [
        f"申报表只识别出 {len(present)}/{len(required)} 个栏目，表格版式可能未被完全识别"]
    for spec in required:
        declared = review.primary_form.get(spec.id)
        if declared is None and not read_enough:
            continue
        placeholder = declared is not None and _PLACEHOLDER_ANSWER.fullmatch(declared.raw.strip()) is not None
        if declared is not None and not (is_blank(declared.raw) or said_not_applicable(spec, declared.raw) or placeholder):
            continue
        if not_applicable(review, spec):
            continue
        part = "平台实际情况" if _indicator(spec) else ""
        if declared is None:
            # Deleted, or written in a way the reader does not know: which, only a person can tell.
            message, severity = f"申报表中未找到{_where(spec)}这一栏（该行可能被删除，也可能是写法未能识别，请人工核对）", "info"
        elif placeholder:  # 「XXX」, 「TBD」, 「待定」: a draft's mark, no answer of any reading
            message = f"{_where(spec)}{part}填写的是占位符“{declared.raw.strip()}”，尚未填写实际内容"
            severity = "error" if _indicator(spec) else "warning"
        elif declared.raw.strip():
            message = f"{_where(spec)}{part}只填写了“{declared.raw.strip()}”，未给出实际情况（若无，请按填报指引填写0、否或无）"
            # a mark put there (「/」, 「—」: 不适用 or 0, doubted) — or the words 「不适用」, 「暂无」: the applicant says
            # there is none, in other words than the 填报指引's 0/否/无 (h94's clean package, 4 rates of no devices)
            said = said_not_applicable(spec, declared.raw) and not computable(review, spec)
            severity = "warning" if _indicator(spec) and not said else "info"
        elif any(NO_ANSWER_CELL in d for d in declared.doubts):
            # the row is there but not its answer cell (merged over rows, a text box): only a person can tell
            message, severity = f"{_where(spec)}{part}未读到填写内容（该行的填写单元格未能识别，请人工核对）", "info"
        else:
            message, severity = f"{_where(spec)}{part}未填写", "error" if _indicator(spec) else "warning"
        doubts = [*declared.doubts, *partial] if declared is not None else []
        if declared is not None and declared.raw.strip() and not placeholder:
            # "/" and "—" are how many applicants write 不适用 or 0: wrong by the 填报指引's
            # letter (填写0、否或无), but not an answer left out.
            doubts.append(f"填写的“{declared.raw.strip()}”可能表示该项不适用或为0")
        yield make_finding(review, "blank.required_field", severity, [spec.id], message,
                           expected="已填写", actual=declared.raw.strip() if declared is not None else "",
                           doubts=doubts)
    if not read_enough:
        yield make_finding(review, "blank.required_field", "info", [],
                           f"申报表只识别出 {len(present)}/{len(required)} 个栏目，未逐项报告缺失栏目，请人工核对"
                           f"（{form_file}）")


# --- missing_proof -----------------------------------------------------------------------------

# Indicators the notice asks as a figure — their label ends in a unit, "（个）", "（万元）", "（%）" … — are
# the ones a proof backs; "平台是否服务上海智能工厂，数量" or "平台支持开发语言类型" are described.
_FIGURE_LABEL = re.compile(r"[（(](?:万元|%|台/套|个|项|人|次|TB|台|种|家)[）)]$")
_REFERENCE = re.compile(r"附件|证明材料|报告|截图|清单|证书|合同|发票")
_EXPLANATION = re.compile(r"说明|无单独|现场|理由|见《申报书》|申报书")
_PAGE = re.compile(r"第\s*[0-9一二三四五六七八九十]+\s*页|[0-9]+\s*页|[Pp]\.?\s*[0-9]+|页码")


@rule("missing_proof.empty_proof", title="指标明细表的证明资料栏为空", severity="warning",
      basis="申报表 三、指标明细表 注2：证明资料请逐项对应到《申报书》附件对应序号、附件名称及页码，"
            "若某一指标无证明资料，则需进行填写说明解释填写情况及理由")
def proofs_given(review):
    values = [v for v in _primary_values(review)
              if v.field_id and _indicator(review.catalog.field(v.field_id)) and not is_blank(v.raw)]
    if not values:
        return
    if all(v.proof is None for v in values):
        yield make_finding(review, "missing_proof.empty_proof", "warning", [],
                           "申报表三、指标明细表没有“证明资料”列，也未在答案中注明证明资料；填报指引要求逐项注明"
                           "证明资料（附件序号、名称及页码）或说明无证明资料的理由", expected="证明资料列")
        return
    empty = [v for v in values if v.proof is not None and not v.proof.strip()]
    # A figure needs its proof (注2); a described answer (定位, 安全制度, 开发框架 …) is commonly left
    # without one and is its own account: noted, not warned about.
    figures = [v for v in empty if _FIGURE_LABEL.search(review.catalog.field(v.field_id).label)]
    described = [v for v in empty if v not in figures]
    if described:
        labels = "、".join(review.catalog.field(v.field_id).label for v in described[:_COLLAPSE])
        more = f" 等 {len(described)} 项" if len(described) > _COLLAPSE else ""
        yield make_finding(review, "missing_proof.empty_proof", "info", [v.field_id for v in described],
                           f"以下描述性指标的证明资料栏为空{more}（填报指引注2要求注明证明资料或说明理由）：{labels}")
    if len(figures) > _COLLAPSE:
        # A proof column left blank row after row is how the applicant filled the form (its proofs
        # listed in the 申报书's 附件 instead), seen on clean packages written independently, not one
        # figure whose proof is missing: noted once for the reviewer, not warned about.
        labels = "、".join(review.catalog.field(v.field_id).label for v in figures)
        yield make_finding(review, "missing_proof.empty_proof", "info", [v.field_id for v in figures],
                           f"{len(figures)} 项数据指标的证明资料栏为空，且未说明无证明资料的情况及理由（填报指引注2），"
                           f"请对照《申报书》附件核对：{labels}")
        return
    for value in figures:
        spec = review.catalog.field(value.field_id)
        yield make_finding(review, "missing_proof.empty_proof", "warning", [spec.id],
                           f"“{spec.label}”已填写“{value.raw.strip()[:40]}”，但证明资料栏为空，且未说明无证明资料的"
                           "情况及理由（应注明《申报书》附件序号、附件名称及页码）", expected="附件序号+名称+页码，或说明",
                           actual="")


@rule("missing_proof.page_reference", title="证明资料未注明页码", severity="info",
      basis="申报表 三、指标明细表 注2：证明资料请逐项对应到《申报书》附件对应序号、附件名称及页码")
def proofs_have_pages(review):
    pageless = [v for v in _primary_values(review)
                if v.field_id and _indicator(review.catalog.field(v.field_id)) and v.proof
                and _REFERENCE.search(v.proof) and not _EXPLANATION.search(v.proof) and not _PAGE.search(v.proof)]
    if pageless:
        listing = "；".join(f"{review.catalog.field(v.field_id).label}：{v.proof.strip()}" for v in pageless[:_COLLAPSE])
        more = f" 等 {len(pageless)} 项" if len(pageless) > _COLLAPSE else ""
        yield make_finding(review, "missing_proof.page_reference", "info", [v.field_id for v in pageless],
                           f"以下证明资料未注明页码{more}：{listing}", expected="附件序号+名称+页码")


# --- answer_format -----------------------------------------------------------------------------

def _bare(text: str) -> str:
    return re.sub(r"[\s。.，,；;：:！!“”\"]", "", fold(text))


_PERIODIC = re.compile(r"每|定期|年度|半年|季度|[0-9一二三四五六七八九十]+\s*(?:年|个?月|周|天|日)|月|周")


def _answer_problem(spec: FieldSpec, raw: str) -> tuple[str, str] | None:
    """(severity, what is wrong) for a 是/否 answer against the notice's wording, or None."""
    yes = next((r for r in spec.answer_rules if r.answer == "yes"), None)
    no = next((r for r in spec.answer_rules if r.answer == "no"), None)
    raw = ticked_answer(_COMMENT.sub("", raw))  # 「☑是 □否 …」: the form's own boxes, ticked, are the word written
    answer = parse_yes_no(raw)
    short_answer = count_chars(raw) <= 20
    if answer.answer is False and short_answer and no is not None and no.exact_text:
        if _bare(raw) == no.exact_text:
            return None
        if _bare(raw).startswith(no.exact_text):
            return "info", f"填报指引要求否定时只填写“{no.exact_text}”"
        return "warning", f"填报指引要求否定时填写“{no.exact_text}”"
    if yes is None or answer.answer is False:
        return None
    if yes.exact_text:  # 填写“是/否”
        if answer.answer is None or answer.keyword != "是":
            return "warning", "填报指引要求填写“是/否”"
        return ("info", "填报指引要求只填写“是/否”") if _bare(raw) != "是" else None
    if answer.answer is None:
        return ("info", f"填报指引要求以“{yes.prefix}”开头并写明{yes.required_detail}") if yes.prefix else None
    detail = answer.detail.strip()
    if not _bare(detail):
        # A bare 「是」: the detail the cell asks (定期的时间, 服务类型, 融合情况) is missing — a note to add it or
        # look for it in the 申报书, not a doubt about the answer. Labellers part here: four blind sets plant a
        # bare 「是」 to a 定期 test as a slip, two write it in clean packages (h38a, h86), so a note (info).
        return "info", f"填报指引要求{('填写“' + yes.prefix + '”并') if yes.prefix else ''}写明{yes.required_detail}"
    if spec.id == "security_policies":
        policy = parse_policy_detail(detail)
        if not policy.complete:
            # Documents not named, numbered or dated: the answer 「是」 is there, its list short — a note
            # to look in the 申报书 and the proofs, as for a bare 「是」.
            return "info", f"所列制度缺少{'、'.join(policy.missing)}（填报指引要求罗列相关制度文件名+文件编号+制订时间）"
    elif "定期的时间" in (yes.required_detail or "") and not _PERIODIC.search(detail):
        return "warning", "未写明定期开展的时间（填报指引要求填写“是，定期的时间”）"
    if yes.prefix and answer.keyword != yes.prefix:
        return "info", f"填报指引要求填写“{yes.prefix}”并写明{yes.required_detail}"
    return None


@rule("answer_format.answer_rules", title="是/否类栏目未按填报指引的格式填写", severity="warning",
      basis="填报指引：若是，填写“是”并…；若否，填写“否”（或“无明确战略定位”“未制定规划”等规定文字）")
def answers_as_prescribed(review):
    for spec in review.catalog.fields:
        declared = review.primary_form.get(spec.id) if spec.answer_rules else None
        if declared is None or is_blank(declared.raw):
            continue
        problem = _answer_problem(spec, declared.raw)
        if problem is not None:
            severity, why = problem
            shown = declared.raw.strip()
            shown = shown if len(shown) <= 60 else shown[:60] + "…"
            yield make_finding(review, "answer_format.answer_rules", severity, [spec.id],
                               f"“{spec.label}”填写为“{shown}”，{why}", actual=shown)


# A reviewer's note left in an answer (「是【批注：周期待安全部确认后补充——马骁 7/25】」) is no part of it.
_COMMENT = re.compile(r"[【\[［(（]\s*(?:批注|备注待定|待补充|待确认|注释|内部|TODO)[^】\]］)）]*[】\]］)）]", re.IGNORECASE)


@rule("answer_format.comment_left", title="申报表中留有批注或待补充的内部说明", severity="warning",
      basis="填报指引：各栏目须据实填写完整；申报材料为正式提交版本")
def comments_left(review):
    for spec in review.catalog.fields:
        declared = review.primary_form.get(spec.id)
        found = _COMMENT.search(declared.raw) if declared is not None and declared.raw else None
        if found is None:
            continue
        yield make_finding(review, "answer_format.comment_left", "warning", [spec.id],
                           f"“{spec.label}”的填写内容中留有批注“{found.group(0)[:50]}”，该栏目按批注以外的内容判断",
                           actual=found.group(0)[:60])


@rule("answer_format.private_template", title="涉及私有化部署时未按“总数…其中私有化部署…”格式填写", severity="info",
      basis="填报指引 2.1.1/2.1.2/2.2.2/2.2.3/2.3.1/2.4.1：若涉及私有化应用部署的数据，请一并统计，"
            "填写时按照“总数 XX，其中私有化部署涉及的相关数量 XX”格式")
def private_template_used(review):
    deployment = review.primary_form.get("deployment")
    spec = review.catalog.field("deployment")
    chosen = parse_checkbox_choice(deployment.raw, list(spec.options)).chosen if deployment else ()
    compound = [f for f in review.catalog.fields if f.value_type == "compound_total_private"]
    answers = {f.id: review.primary_form[f.id].raw for f in compound
               if f.id in review.primary_form and not is_blank(review.primary_form[f.id].raw)}
    mixes = bool({"私有云", "混合云"} & set(chosen)) or any("私有" in a for a in answers.values())
    if not mixes:
        return
    bare = [f.id for f in compound if f.id in answers
            and ((c := parse_compound_total(answers[f.id])) is None or c.private is None)]
    if bare:
        labels = "、".join(review.catalog.field(f).label for f in bare)
        private = sorted({"私有云", "混合云"} & set(chosen))
        why = f"部署方式勾选了{'、'.join(private)}" if private else "申报表其他栏目已按私有化部署格式填写"
        yield make_finding(review, "answer_format.private_template", "info", bare,
                           f"{why}，但以下栏目只填写了一个数，未按“总数 XX，其中私有化部署涉及的相关数量 XX”格式"
                           f"注明私有化部署部分（若无私有化部署数据可忽略）：{labels}")


@rule("answer_format.two_decimals", title="要求保留2位小数的栏目未保留2位小数", severity="info",
      basis="填报指引 1.2.1/1.2.2/2.1.2/2.2.2/3.1.2/3.1.3：保留2位小数")
def two_decimals(review):
    odd = []
    for spec in review.catalog.fields:
        declared = review.primary_form.get(spec.id) if spec.decimals == 2 else None
        if declared is None or is_blank(declared.raw):
            continue
        found = find_quantities(declared.raw, skip_dates=True)
        if found and found[0][0].unit in (None, "%", "万元", "台"):
            digits = re.search(r"\.([0-9]+)", fold(found[0][0].raw))
            if digits is None or len(digits.group(1)) != 2:
                odd.append((spec, found[0][0].raw))
    if odd:
        listing = "；".join(f"{s.label}：{raw}" for s, raw in odd)
        yield make_finding(review, "answer_format.two_decimals", "info", [s.id for s, _raw in odd],
                           f"以下栏目填报指引要求保留2位小数：{listing}", expected="2位小数")


_URL = re.compile(r"https?://|www\.|[A-Za-z0-9-]+\.(?:com|cn|net|org)", re.I)
_ACCOUNT = re.compile(r"账号|帐号|用户名|账户|account|user", re.I)
# 「密码」 said, or an account given as its pair: 「演示账号：eval2024 / Demo#2024」 (h49)
_PASSWORD = re.compile(r"密码|口令|password|pwd|(?:账号|帐号|用户名|账户|account)[^:：]{0,6}[:：]\s*[^\s/／|]+\s*[/／|]\s*\S+",
                       re.I)


@rule("answer_format.login_credentials", title="平台网址未同时提供登录账号和密码", severity="warning",
      basis="申报表 二、平台基本情况 平台网址：请务必提供一个可以登录查看平台运行情况的账号和密码")
def login_given(review):
    for spec in review.catalog.fields:
        declared = review.primary_form.get(spec.id) if spec.value_type == "url_credentials" else None
        if declared is None or is_blank(declared.raw):
            continue  # a blank 平台网址 is the blank rule's
        text = fold(declared.raw)
        missing = [name for name, pattern in (("网址", _URL), ("登录账号", _ACCOUNT), ("密码", _PASSWORD))
                   if not pattern.search(text)]
        if missing:
            # The answer holds a password: the message names what is missing, never the answer.
            yield make_finding(review, "answer_format.login_credentials", "warning", [spec.id],
                               f"“{spec.label}”未写明{'、'.join(missing)}（申报表要求提供可登录查看平台运行情况的账号和密码）",
                               expected="网址+账号+密码")


# --- conditional -------------------------------------------------------------------------------

def _check_required_if(review, spec: FieldSpec):
    condition = spec.required_if
    parent = review.catalog.field(condition.field)
    declared = review.primary_form.get(parent.id)
    if declared is None or is_blank(declared.raw):
        return
    choice = parse_checkbox_choice(declared.raw, list(parent.options))
    if condition.option not in choice.chosen:
        return
    filled = review.primary_form.get(spec.id)
    option = next(o for o in choice.options if o.label == condition.option)
    if (filled is not None and not is_blank(filled.raw)) or (option.detail and not is_blank(option.detail)):
        return
    doubts = list(declared.doubts)
    leftover = _unexplained_text(declared.raw, parent, spec)
    if leftover:
        # "合作单位：上海XX公司" on a line of its own, "（与XX合作）" after another option: the
        # name may be there in words the reader does not take for the （必填） blank.
        doubts.append(f"该栏另写有“{leftover[:30]}”，可能已写明{spec.label.split('（')[0]}")
    yield make_finding(review, f"conditional.{spec.id}", "error", [parent.id, spec.id],
                       f"{parent.label}勾选了“{condition.option}”，但“{spec.label}”未填写",
                       expected="已填写", actual="", doubts=doubts)


_TEMPLATE_WORDS = re.compile(r"（必填）|\(必填\)|必填|请填写|名称|[:：，,、;；。.\s_＿□☐☑☒■√✔✓]")


def _unexplained_text(raw: str, parent: FieldSpec, spec: FieldSpec) -> str:
    """Words of the tick-box cell that are neither its options nor the template's wording."""
    text = raw
    others = [f for f in load_catalog().fields if f.required_if is not None and f.required_if.field == parent.id]
    for words in sorted({*parent.options, *(f.label for f in others), *(a for f in others for a in f.aliases)},
                        key=len, reverse=True):
        text = text.replace(words, " ")
    text = _TEMPLATE_WORDS.sub(" ", text)
    leftover = " ".join(text.split())
    return leftover if len(re.sub(r"\W", "", leftover)) >= 4 else ""


def _register_all() -> None:
    for spec in load_catalog().fields:
        if spec.required_if is None:
            continue

        def run(review, field_id: str = spec.id):
            yield from _check_required_if(review, review.catalog.field(field_id))

        parent = load_catalog().field(spec.required_if.field)
        rule(f"conditional.{spec.id}", title=f"勾选“{spec.required_if.option}”时须填写{spec.label}",
             severity="error", basis=basis_for(parent) + f"：□ {spec.required_if.option}，{spec.label}")(run)


_register_all()
