"""A screenshot taken after the application deadline (family screenshot_vs_form).

A dashboard or a console prints the moment it shows: 「2024-08-06 星期二 09:42:15」 in a corner,
「数据更新时间：2024-08-05」, 「导出时间 2024/08/06 10:12」. The figures it proves are the platform's
at that moment; one taken after the notice's deadline (附件 submitted by 2024-07-22 16:00) cannot
have been the proof the form was filled with, whatever its numbers say. A date counts only when
it is such a stamp — with a time of day or a weekday beside it, or after words that say it is the
moment of the data (更新/刷新/导出/统计/截图/数据时间, 截至); a date in a chart's axis, a plan or a
certificate's 有效期 is none.

A warning: the reviewer should ask for a screenshot of the form's date, not reject the figure.

Must not: compare the screenshot's figures with the form (`rules_evidence` does).
"""

from __future__ import annotations

import re
from datetime import date

from assistant.checks import rule
from assistant.checks.declared_facts import make_finding
from assistant.core.text_keys import fold
from assistant.package.model import FileRole
from assistant.values.dates import find_dates

# The moment a screen shows: a date after the words that name it, or with a time or a weekday beside it.
_NAMED_BEFORE = re.compile(r"(?:(?:更新|刷新|导出|统计|截图|数据|生成)(?:时间|日期)\s*[:：]?|截至)\s*$")
_TIME_AFTER = re.compile(r"^\s*(?:\d{1,2}:\d{2}|星期|周[一二三四五六日天])")


def stamped_dates(text: str) -> list[date]:
    norm = fold(text)  # the text `find_dates` reads, so its spans fit
    # (the words before a date looked for in the 40 characters before it: a sheet of thousands of dated rows
    # had made this search quadratic, 45 s of a 65 s review of h25's export)
    return [date(*found.key()) for found, start, end in find_dates(text)
            if found.precision == "day" and (_NAMED_BEFORE.search(norm[max(0, start - 40):start])
                                             or _TIME_AFTER.match(norm[end:end + 12]))]


@rule("screenshot_vs_form.dated_after_deadline", title="截图显示的时间晚于申报截止时间", severity="warning",
      basis="通知：申报材料于截止时间前报送；证明材料应反映填表日的数据")
def screenshots_taken_after_the_deadline(review):
    deadline = date.fromisoformat(review.catalog.notice.deadline[:10])
    for member in review.package.members():
        if member.role is not FileRole.screenshot or member.document is None or not member.document.pages:
            continue
        for page in member.document.pages:
            late = [d for d in stamped_dates(page.text) if d > deadline]
            if not late:
                continue
            shown = max(late)
            fields = sorted({v.field_id for v in review.evidence if v.citations and v.citations[0].file == member.path})
            finding = make_finding(review, "screenshot_vs_form.dated_after_deadline", "warning", fields,
                                   f"截图《{member.path}》第{page.number}页显示的时间为 {shown.isoformat()}，晚于申报截止日期 "
                                   f"{deadline.isoformat()}，其中的数据不是填表时的数据，请申报单位提供填表日的截图",
                                   expected=f"≤ {deadline.isoformat()}", actual=shown.isoformat())
            yield finding.model_copy(update={"files": tuple(dict.fromkeys([member.path, *finding.files]))})
            break
