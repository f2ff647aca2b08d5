"""The team deployment's policy (ui.access) and the 工作组's assignment book, without Streamlit."""

from __future__ import annotations

import pytest

from assistant.core.errors import ShenbaoError
from ui import access
from ui.access import PackageFacts, Verdict, load_roster, package_access, parse_roster

YANFENG = PackageFacts("b03b8091a603f2c1" + "e" * 48, "延锋工业互联网平台", "上海延锋金桥饰件系统有限公司")
HUAYI = PackageFacts("77aa55cc" + "0" * 56, "化工行业工业互联网平台", "上海华谊信息技术有限公司")

ROLES = """
[users."wang.fang"]
role = "工作组"
name = "王芳"

[users."li.ming"]
role = "专家"
name = "李明"
packages = ["B03B8091A603"]

[users."zhou.hong"]
role = "评审专家"

[users."yanfeng"]
role = "申报单位"
platforms = [{platform = "延锋 工业互联网平台", company = "上海延锋金桥饰件系统有限公司"}]

[users."huayi"]
role = "申报单位"
packages = ["77aa55cc"]
"""


@pytest.fixture
def roster():
    return parse_roster(ROLES)


def test_role_file_names_map_to_the_workspace_roles(roster):
    assert {m.user: m.role for m in roster.members} == {
        "wang.fang": "评价工作组", "li.ming": "评审专家", "zhou.hong": "评审专家", "yanfeng": "申报单位",
        "huayi": "申报单位"}
    assert roster.member("LI.MING").reviewer == "李明（li.ming）"  # SSO names compare case-insensitively
    assert roster.member("zhou.hong").reviewer == "zhou.hong"
    assert roster.member("nobody") is None and roster.member("  ") is None
    assert [m.user for m in roster.experts()] == ["li.ming", "zhou.hong"]


def test_the_evaluators_see_every_package(roster):
    wang = roster.member("wang.fang")
    assert package_access(wang, HUAYI) is Verdict.ALLOWED and package_access(wang, PackageFacts()) is Verdict.ALLOWED
    assert access.may_assign(wang) and access.may_upload(wang) and access.may_export_panel(wang)


def test_an_applicant_sees_only_its_own_package(roster):
    yanfeng, huayi = roster.member("yanfeng"), roster.member("huayi")
    assert package_access(yanfeng, YANFENG) is Verdict.ALLOWED  # by platform + company (spacing ignored)
    assert package_access(yanfeng, HUAYI) is Verdict.REFUSED
    assert package_access(huayi, HUAYI) is Verdict.ALLOWED  # by package id prefix
    assert package_access(huayi, YANFENG) is Verdict.REFUSED
    same_name = PackageFacts("c" * 64, "延锋工业互联网平台", "另一家公司")
    assert package_access(yanfeng, same_name) is Verdict.REFUSED  # a platform name alone is not enough
    assert access.may_upload(yanfeng) and not access.may_assign(yanfeng) and not access.may_export_panel(yanfeng)
    assert access.refusal(yanfeng) == access.NOT_YOURS


def test_a_package_not_reviewed_yet_is_unknown_until_its_facts_are(roster):
    yanfeng, huayi = roster.member("yanfeng"), roster.member("huayi")
    assert package_access(yanfeng, PackageFacts()) is Verdict.UNKNOWN
    assert package_access(yanfeng, PackageFacts(platform="延锋工业互联网平台")) is Verdict.UNKNOWN  # company missing
    assert package_access(huayi, PackageFacts(platform="化工行业工业互联网平台")) is Verdict.UNKNOWN  # id missing


def test_an_expert_sees_listed_and_assigned_packages_only(roster):
    li, zhou = roster.member("li.ming"), roster.member("zhou.hong")
    assert package_access(li, YANFENG) is Verdict.ALLOWED  # listed (prefix, any case)
    assert package_access(li, HUAYI) is Verdict.REFUSED
    assert package_access(zhou, YANFENG) is Verdict.REFUSED  # listed nowhere, assigned nothing
    assert package_access(zhou, YANFENG, frozenset({YANFENG.package_id})) is Verdict.ALLOWED
    assert package_access(zhou, HUAYI, frozenset({YANFENG.package_id})) is Verdict.REFUSED
    assert not access.may_upload(li) and not access.may_assign(li) and not access.may_export_panel(li)
    assert access.refusal(li) == access.NOT_ASSIGNED


@pytest.mark.parametrize(("text", "told"), [
    ("users = 1", "没有任何用户"),
    ("[users.a]\nrole = \"管理员\"", "角色只能是 工作组、专家 或 申报单位"),
    ("[users.a]\nrole = \"专家\"\npackages = [\"b03b\"]", "至少写前 8 位"),
    ("[users.a]\nrole = \"专家\"\nteam = \"x\"", "用户 a 的设置有误：不认识的设置项 team"),
    ("[users.a]\nname = \"x\"", "缺少 role"),
    ("[users.a]\nrole = \"专家\"\npackages = \"b03b8091\"", "packages 的写法不对"),
    ("[users]\na = 1", "用户 a 的写法不对"),
    ("[users.a]\nrole = \"专家\"\n[users.A]\nrole = \"专家\"", "重复的账号"),
    ("[users.a\nrole=", "不是有效的 TOML"),
])
def test_a_bad_role_file_is_told_in_chinese(text, told):
    with pytest.raises(ShenbaoError, match=told):
        parse_roster(text)


def test_load_roster_reads_the_file_and_refuses_a_missing_one(tmp_path):
    path = tmp_path / "roles.toml"
    path.write_text(ROLES, encoding="utf-8")
    assert load_roster(path).member("huayi").role == "申报单位"
    with pytest.raises(ShenbaoError, match="角色文件无法读取"):
        load_roster(tmp_path / "missing.toml")
