"""`shenbao catalog` as readable text: the 指标明细表 by dimension, then the 附件4 rows."""

from __future__ import annotations

from assistant.catalog.notice import Catalog

_TYPE_LABELS = {
    "money_wan": "金额（万元）", "percent": "百分比", "count": "数量", "number_with_unit": "数值",
    "yes_no": "是/否", "yes_no_detail": "是/否+说明", "breakdown": "分类统计", "region_breakdown": "按区域统计",
    "country_breakdown": "按国家统计", "date": "日期", "date_range": "起止时间", "checkbox_choice": "单选",
    "multi_choice": "多选", "text": "文字", "compound_total_private": "总数+其中私有化",
    "count_with_list": "数量+清单", "url_credentials": "网址+账号", "revenue_history": "近三年营收",
    "code": "代码", "phone": "电话", "email": "邮箱",
}


def catalog_text(catalog: Catalog) -> str:
    lines = [f"{catalog.notice.number} {catalog.notice.title}", ""]
    current = None
    for spec in catalog.fields:
        heading = spec.section_label
        if spec.path is not None:
            heading = f"{spec.path.dimension_code}、{spec.path.dimension_name}（{spec.path.dimension_weight}%）"
        if heading != current:
            lines += ["", f"## {heading}"]
            current = heading
        where = f"{spec.path.level3_code} {spec.path.level3_name} · " if spec.path else ""
        extras = []
        if spec.unit:
            extras.append(spec.unit)
        if spec.decimals is not None:
            extras.append(f"保留{spec.decimals}位小数")
        if spec.max_chars:
            extras.append(f"{spec.max_chars}字{'左右' if spec.max_chars_approx else '以内'}")
        if spec.appendix:
            extras.append(f"附录{spec.appendix}")
        detail = f"（{'，'.join(extras)}）" if extras else ""
        lines.append(f"- {where}{spec.label} [{_TYPE_LABELS.get(spec.value_type, spec.value_type)}]{detail}  id={spec.id}")
    lines += ["", "## 附件4 平台基本情况汇总表"]
    for row in catalog.summary_rows:
        lines.append(f"{row.order:3d}. {row.label}  ← {', '.join(row.source_fields) or row.note or '附件6'}")
    lines += ["", f"附件6 平台名单：{len(catalog.platforms)} 个平台"]
    return "\n".join(lines) + "\n"
