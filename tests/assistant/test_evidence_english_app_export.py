"""An APP list exported with English column names (h87: a GBK CSV 「app_id,app_name,…,deploy_mode,dev_type,status」
with its counts printed under it as 「# total_apps=412」): the rows are the APPs, the deployment and development
columns their 公有云, 基于平台开发 and 云化 parts, each checked against the footer line that names the same value.
Fixtures are written here, in another layout (spaced captions, Title-case values, a withdrawn row)."""

from __future__ import annotations

from pathlib import Path

from assistant.catalog.notice import load_catalog
from assistant.evidence.lists import read_lists
from extractors.reader import read_file


def _export(tmp_path: Path, footer: list[str], encoding: str = "gbk") -> dict:
    lines = ["ID,Application Name,Deployment,Development Type,Status,Downloads"]
    kinds = [("Public Cloud", "Platform Native"), ("Public Cloud", "Cloud Migrated"), ("Private", "Platform Native"),
             ("Public Cloud", "Platform Native"), ("Private", "Cloud Migrated"), ("Public Cloud", "Platform Native")]
    for n, (deploy, dev) in enumerate(kinds, start=1):
        lines.append(f"A{n:03d},质检助手{n},{deploy},{dev},{'Delisted' if n == 6 else 'Published'},{10 * n}")
    path = tmp_path / "apps.csv"
    path.write_bytes("\n".join([*lines, *footer]).encode(encoding))
    return {f.field_id: f for f in read_lists(read_file(path), load_catalog())}


def test_an_english_export_gives_the_apps_and_their_parts_checked_by_its_footer(tmp_path: Path):
    found = _export(tmp_path, ["total: 5", "public cloud: 3", "platform native: 3", "cloud migrated: 2"])
    assert {k: (v.normalized, v.status) for k, v in found.items()} == {
        "apps_total": (5, "found"), "apps_public_cloud": (3, "found"),
        "apps_platform_native": (3, "found"), "apps_cloudified_software": (2, "found")}  # the delisted row left out
    assert found["apps_public_cloud"].citations[0].quote == "public cloud: 3"
    assert found["apps_total"].confidence >= 0.9


def test_a_footer_the_rows_do_not_make_leaves_the_count_ambiguous_and_none_unchecked(tmp_path: Path):
    assert _export(tmp_path, ["total: 6"], "utf-8")["apps_total"].status == "ambiguous"
    bare = _export(tmp_path, [], "utf-8")
    assert bare["apps_total"].normalized == 5 and bare["apps_total"].confidence < 0.9
