"""The moment a page says it was taken or exported (`rules_screenshot_dates.stamped_dates`): a date right
after the words that name it (「更新时间：」, 「截至」) or with a time beside it — not every date on the page.
A sheet of thousands of dated rows is read row by row, each date looked at with the words just before it."""

from __future__ import annotations

from datetime import date

from assistant.checks.rules_screenshot_dates import stamped_dates


def test_a_named_moment_and_a_time_beside_a_date():
    assert stamped_dates("平台运行总览  更新时间：2024-07-15 10:32") == [date(2024, 7, 15)]
    assert stamped_dates("导出于 2024/07/16 09:05:11") == [date(2024, 7, 16)]
    assert stamped_dates("合同签订 2024-03-02 金额 12.5") == []


def test_the_words_name_the_date_right_after_them_not_one_far_down_the_page():
    rows = "\n".join(f"{n} 示例企业{n}有限公司 机械 上海 2023-0{1 + n % 9}-1{n % 10}" for n in range(1, 3000))
    page = "统计时间：2024-06-30\n" + rows
    assert stamped_dates(page) == [date(2024, 6, 30)]
