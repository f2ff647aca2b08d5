"""A team on one server (issue 14), driven through Streamlit's AppTest: the signed-in user comes from
the proxy's header, the role file says what each user may see, and every refusal shows a Chinese
message and nothing of the package.

AppTest cannot send HTTP headers, so the tests point `ui.signin.request_headers` — the one place
the workspace reads them — at the headers of the request they play; tests/ui/test_browser.py's
real-browser test sends a real header through a real server.
"""

from __future__ import annotations

import hashlib
import io

import pytest
from openpyxl import load_workbook
from streamlit.testing.v1 import AppTest
from tests_paths import REPO, SAMPLE

from assistant.core.settings import Settings
from assistant.reports.decisions_workbook import PackageDecisions, decisions_workbook
from assistant.store.opener import open_review_store
from assistant.store.postgres import PostgresReviewStore
from ui import access, signin, state
from ui.upload import save_upload

APP = REPO / "ui" / "app.py"
FIRST_RUN_S = 400  # a cold cache parses and renders the sample (LibreOffice, OCR)
OTHER_SOURCE = REPO / "eval_sets" / "packages" / "pkg02_huayi_identity_formula"
OTHER_ID = "77aa55cc" + "0" * 56  # registered in the store only: never loaded by these tests
OTHER_PLATFORM = "化工行业工业互联网平台"
YANFENG = "延锋工业互联网平台"
ROLES = f"""
[users."wang.fang"]
role = "工作组"
name = "王芳"

[users."li.ming"]
role = "专家"
name = "李明"
platforms = [{{platform = "{YANFENG}"}}]

[users."zhou.hong"]
role = "专家"
name = "周红"

[users."sun.li"]
role = "专家"
name = "孙立"

[users."yanfeng"]
role = "申报单位"
platforms = [{{platform = "{YANFENG}", company = "上海延锋金桥饰件系统有限公司"}}]

[users."huayi"]
role = "申报单位"
packages = ["{OTHER_ID[:16]}"]

[users."newco"]
role = "申报单位"
platforms = [{{platform = "新平台", company = "上海新公司"}}]
"""
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def workspace(shared_workspace, tmp_path_factory):
    folder = tmp_path_factory.mktemp("team_ws")
    (shared_workspace / "cache").mkdir(exist_ok=True)
    (folder / "cache").symlink_to(shared_workspace / "cache", target_is_directory=True)
    (folder / "roles.toml").write_text(ROLES, encoding="utf-8")
    with open_review_store(Settings(workspace=folder)) as store:
        store.register_package(OTHER_ID, str(OTHER_SOURCE), OTHER_PLATFORM)
    return folder


@pytest.fixture
def team(workspace, monkeypatch):
    monkeypatch.setenv("SHENBAO_WORKSPACE", str(workspace))
    monkeypatch.setenv("SHENBAO_UI_USER_HEADER", "X-Forwarded-User")
    monkeypatch.setenv("SHENBAO_UI_ROLES", str(workspace / "roles.toml"))
    monkeypatch.delenv("SHENBAO_UI_PACKAGE", raising=False)
    return workspace


def open_as(monkeypatch, user: str | None, *, query: dict | None = None, session: dict | None = None) -> AppTest:
    headers = {"X-Forwarded-User": user} if user is not None else {"Host": "127.0.0.1"}
    monkeypatch.setattr(signin, "request_headers", lambda: headers)
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.query_params.update(query or {})
    for key, value in (session or {}).items():
        at.session_state[key] = value
    at.run(timeout=FIRST_RUN_S)
    assert not at.exception, [e.value for e in at.exception]
    return at


def shown(at: AppTest) -> str:
    return "\n".join([m.value for m in at.markdown] + [c.value for c in at.caption] + [s.value for s in at.subheader])


def assert_refused(at: AppTest, message: str) -> None:
    assert [e.value for e in at.error] == [message]
    assert not at.segmented_control and not at.selectbox and not at.dataframe and not at.tabs  # nothing shown
    assert OTHER_PLATFORM not in shown(at) and YANFENG not in shown(at)


def other_key() -> str:
    return OTHER_ID[:16]


@pytest.fixture
def reviewed(team, monkeypatch):
    """The sample reviewed once by the 工作组 (who opens it by default): its facts are known."""
    at = open_as(monkeypatch, "wang.fang")
    assert not at.error, [e.value for e in at.error]
    return team


# --- refusals ------------------------------------------------------------------------------------

def test_a_request_without_the_header_is_refused(team, monkeypatch):
    assert_refused(open_as(monkeypatch, None), access.NOT_SIGNED_IN)
    assert_refused(open_as(monkeypatch, "   "), access.NOT_SIGNED_IN)


def test_a_user_the_role_file_does_not_name_is_refused(team, monkeypatch):
    assert_refused(open_as(monkeypatch, "mallory"), access.NOT_IN_ROLES.format(user="mallory"))


def test_a_role_file_that_cannot_be_used_refuses_everyone_and_says_why(team, monkeypatch, tmp_path):
    monkeypatch.setenv("SHENBAO_UI_ROLES", str(tmp_path / "missing.toml"))
    at = open_as(monkeypatch, "wang.fang")
    assert_refused(at, "角色设置有误，工作台暂不可用：角色文件不存在或无法读取：missing.toml")
    broken = tmp_path / "roles.toml"
    broken.write_text('[users."wang.fang"]\nrole = "管理员"\n', encoding="utf-8")
    monkeypatch.setenv("SHENBAO_UI_ROLES", str(broken))
    at = open_as(monkeypatch, "wang.fang")
    assert len(at.error) == 1 and "角色只能是 工作组、专家 或 申报单位：管理员" in at.error[0].value
    assert not at.selectbox and not at.segmented_control


def test_an_applicant_opening_another_package_by_address_is_refused(team, monkeypatch):
    at = open_as(monkeypatch, "yanfeng", query={"pkg": other_key()})
    assert_refused(at, access.NOT_YOURS)


def test_an_applicant_opening_another_package_by_session_state_is_refused(team, monkeypatch):
    at = open_as(monkeypatch, "yanfeng", session={"package_source": str(OTHER_SOURCE)})
    assert_refused(at, access.NOT_YOURS)


def test_an_expert_opening_a_package_outside_the_assignment_by_address_is_refused(team, monkeypatch):
    assert_refused(open_as(monkeypatch, "li.ming", query={"pkg": other_key()}), access.NOT_ASSIGNED)


def test_someone_elses_upload_not_reviewed_yet_is_never_opened_for_an_applicant(team, monkeypatch):
    """Its facts are unknown until reviewed: only the session that uploaded it may have it reviewed."""
    files = [(p.name, p.read_bytes()) for p in sorted(OTHER_SOURCE.rglob("*")) if p.is_file()]
    upload = save_upload(files, team / "uploads")
    at = open_as(monkeypatch, "yanfeng", session={"package_source": str(upload.source)})
    assert_refused(at, access.NOT_YOURS)
    assert state.registry(Settings(workspace=team)).get(str(upload.source), "") is None  # never reviewed
    assert not any(r.source == str(upload.source) for r in state.registry(Settings(workspace=team)).all())


@pytest.mark.requires_soffice
def test_an_applicant_sees_only_its_own_package_and_cannot_become_a_reviewer(reviewed, monkeypatch):
    at = open_as(monkeypatch, "yanfeng", query={"role": "evaluator"})  # a role in the address is overruled
    assert not at.error, [e.value for e in at.error]
    assert "延锋工业互联网平台（上海延锋金桥饰件系统有限公司）" in shown(at)
    assert "已登录：yanfeng · 角色：申报单位" in shown(at)
    assert not [r for r in at.radio if r.key == "role"] and not [t for t in at.text_input if t.key == "reviewer"]
    assert at.segmented_control(key="view-申报单位").options == ["自查", "指标", "证据", "问答", "导出"]
    picker = at.selectbox(key="package")
    assert len(picker.options) == 1 and OTHER_PLATFORM not in str(picker.options)  # the other one is not listed
    # The huayi applicant, whose package this is not, is refused once the sample's facts are known.
    at = open_as(monkeypatch, "huayi", session={"package_source": str(SAMPLE)})
    assert_refused(at, access.NOT_YOURS)


@pytest.mark.requires_soffice
def test_an_expert_outside_the_assignment_is_refused_until_the_evaluators_assign_him(reviewed, monkeypatch):
    zhou = open_as(monkeypatch, "zhou.hong", session={"package_source": str(SAMPLE)})
    assert_refused(zhou, access.NOT_ASSIGNED)
    zhou = open_as(monkeypatch, "zhou.hong")  # a session of his own: nothing to open, and told why
    assert [i.value for i in zhou.info] == [access.NOTHING_ASSIGNED] and not zhou.error
    assert not [e for e in zhou.expander if "上传" in e.label]  # experts do not upload
    wang = open_as(monkeypatch, "wang.fang")
    assert "已登录：wang.fang · 角色：评价工作组" in shown(wang)
    options = wang.selectbox(key="package").options
    assert {YANFENG, OTHER_PLATFORM} <= set(options)  # the 工作组 sees every package (and any upload)
    wang.segmented_control(key="view-评价工作组").set_value("评审汇总").run()
    assert not wang.exception, [e.value for e in wang.exception]
    assign = next(m for m in wang.multiselect if m.key.startswith("panel-assign-"))
    assert assign.options == ["李明", "周红", "孙立"]  # the experts of the role file, by name
    assign.set_value(["zhou.hong"]).run()
    wang.button(key="panel-assign-save").click().run()
    assert any("已保存专家分配：周红" in s.value for s in wang.success)
    with open_review_store(Settings(workspace=reviewed)) as store:  # kept in the review store, with who and when
        assert [(a.user, a.changed_by) for a in store.assignments()] == [("zhou.hong", "王芳（wang.fang）")]
    assert {b.key for b in wang.get("download_button")} >= {"panel-dl-summary", "panel-dl-decisions", "panel-dl-all"}
    zhou = open_as(monkeypatch, "zhou.hong")
    assert not zhou.error, [e.value for e in zhou.error]
    assert "延锋工业互联网平台（上海延锋金桥饰件系统有限公司）" in shown(zhou)
    assert len(zhou.selectbox(key="package").options) == 1
    # The expert's panel view shows no assignment and no export: those are the 工作组's.
    zhou.segmented_control(key="view-评审专家").set_value("评审汇总").run()
    assert not [m for m in zhou.multiselect if m.key.startswith("panel-assign-")]
    assert not zhou.get("download_button")


@pytest.mark.requires_soffice
def test_decisions_carry_the_signed_in_expert_and_the_panel_shows_them_side_by_side(reviewed, monkeypatch):
    settings = Settings(workspace=reviewed)
    label = "平台名称"
    slug = hashlib.sha256(f"value|{label}".encode()).hexdigest()[:12]
    for user, comment in (("li.ming", "与营业执照一致"), ("wang.fang", "工作组复核")):
        at = open_as(monkeypatch, user)
        role = "评审专家" if user == "li.ming" else "评价工作组"
        at.segmented_control(key=f"view-{role}").set_value("汇总表").run()
        at.selectbox(key="s-row").set_value(label).run()
        at.session_state["reviewer"] = "冒名者"  # a typed name is never used in header mode
        at.text_area(key=f"comment-{slug}").input(comment)
        at.button(key=f"save-{slug}").click().run()
        assert not at.error, [e.value for e in at.error]
        assert "reviewer" not in at.query_params  # the signed-in name stays out of links
    with open_review_store(settings) as store:
        package_id = next(p.package_id for p in store.packages() if p.package_id != OTHER_ID)
        rows = [d for d in store.history(package_id, "value", label)]
    assert [(d.reviewer, d.role, d.comment) for d in rows[-2:]] == [
        ("李明（li.ming）", "评审专家", "与营业执照一致"), ("王芳（wang.fang）", "评价工作组", "工作组复核")]
    at.segmented_control(key="view-评价工作组").set_value("评审汇总").run()
    table = next(d.value for d in at.dataframe if "分歧" in d.value.columns)
    row = table[table["评审对象"] == label].iloc[0]
    assert row["李明（li.ming）（评审专家）"] == "确认：与营业执照一致"
    assert row["王芳（wang.fang）（评价工作组）"] == "确认：工作组复核"
    assert row["分歧"] == ""
    overview = next(d.value for d in at.dataframe if "意见不一致" in d.value.columns)  # every package, for the 工作组
    yanfeng = overview[overview["平台名称"] == YANFENG].iloc[0]
    assert yanfeng["评审人"] == 2 and yanfeng["已处理的评审对象"] >= 1 and yanfeng["意见不一致"] == 0
    assert OTHER_PLATFORM in set(overview["平台名称"])


@pytest.mark.requires_soffice
def test_an_applicant_uploading_another_companys_package_is_refused_once_it_is_reviewed(team, monkeypatch):
    at = open_as(monkeypatch, "newco")
    files = [(p.name, p.read_bytes(), "application/octet-stream") for p in sorted(SAMPLE.rglob("*")) if p.is_file()]
    at.file_uploader(key="upload-files").set_value(files).run()
    at.button(key="upload-go").click().run(timeout=FIRST_RUN_S)
    assert not at.exception, [e.value for e in at.exception]
    assert [e.value for e in at.error] == [access.NOT_YOURS]
    # The view tabs were drawn before the review said whose package it is; nothing of it is shown.
    assert YANFENG not in shown(at) and "上海延锋金桥饰件系统有限公司" not in shown(at)
    assert not at.dataframe and not at.table and not at.metric
    at = open_as(monkeypatch, "newco")  # and it is not listed for the applicant afterwards
    assert not [b for b in at.selectbox if b.key == "package"]


@pytest.mark.requires_soffice
@pytest.mark.requires_postgresql
def test_a_panel_of_three_experts_on_postgresql(shared_workspace, postgres_server, tmp_path, monkeypatch):
    """Issue 14's panel on a PostgreSQL review store: the 工作组 assigns two experts (the third is
    in the role file), the three decide on one 汇总表 row, the panel marks their disagreement and
    the workbook names each of them; the applicants see their own package or nothing."""
    folder = tmp_path / "ws"
    folder.mkdir()
    (shared_workspace / "cache").mkdir(exist_ok=True)
    (folder / "cache").symlink_to(shared_workspace / "cache", target_is_directory=True)
    (folder / "roles.toml").write_text(ROLES, encoding="utf-8")
    url = postgres_server.create_database()
    for name, value in (("SHENBAO_WORKSPACE", str(folder)), ("SHENBAO_DATABASE_URL", url),
                        ("SHENBAO_UI_USER_HEADER", "X-Forwarded-User"), ("SHENBAO_UI_ROLES", str(folder / "roles.toml"))):
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("SHENBAO_UI_PACKAGE", raising=False)
    wang = open_as(monkeypatch, "wang.fang")
    wang.segmented_control(key="view-评价工作组").set_value("评审汇总").run()
    next(m for m in wang.multiselect if m.key.startswith("panel-assign-")).set_value(["zhou.hong", "sun.li"]).run()
    wang.button(key="panel-assign-save").click().run()
    assert any("已保存专家分配：周红、孙立" in s.value for s in wang.success)
    label = "平台名称"
    slug = hashlib.sha256(f"value|{label}".encode()).hexdigest()[:12]
    for user, action, value in (("li.ming", "accept", ""), ("zhou.hong", "accept", ""), ("sun.li", "override", "延锋平台")):
        at = open_as(monkeypatch, user)
        at.segmented_control(key="view-评审专家").set_value("汇总表").run()
        at.selectbox(key="s-row").set_value(label).run()
        at.radio(key=f"action-{slug}").set_value(action)
        if value:
            at.text_input(key=f"value-{slug}").input(value)
        at.text_area(key=f"comment-{slug}").input(f"{user} 的意见")
        at.button(key=f"save-{slug}").click().run()
        assert not at.error, (user, [e.value for e in at.error])
    wang = open_as(monkeypatch, "wang.fang")
    wang.segmented_control(key="view-评价工作组").set_value("评审汇总").run()
    table = next(d.value for d in wang.dataframe if "分歧" in d.value.columns)
    row = table[table["评审对象"] == label].iloc[0]
    assert row["李明（li.ming）（评审专家）"] == "确认：li.ming 的意见"
    assert row["周红（zhou.hong）（评审专家）"] == "确认：zhou.hong 的意见"
    assert row["孙立（sun.li）（评审专家）"] == "修改为「延锋平台」：sun.li 的意见"
    assert row["分歧"] == "⚠ 意见不一致"
    with open_review_store(Settings(workspace=folder, database_url=url)) as store:
        assert isinstance(store, PostgresReviewStore)  # what the UI wrote is in PostgreSQL
        package_id = store.packages()[0].package_id
        rows = store.history(package_id, "value", label)
        assert [d.reviewer for d in rows] == ["李明（li.ming）", "周红（zhou.hong）", "孙立（sun.li）"]
        assert {a.user for a in store.assignments(package_id)} == {"zhou.hong", "sun.li"}
        book = load_workbook(io.BytesIO(decisions_workbook([PackageDecisions(package_id, YANFENG, tuple(rows))])))
    assert [r[4] for r in book["评审决定"].iter_rows(min_row=2, values_only=True)] == [d.reviewer for d in rows]
    assert "延锋工业互联网平台（上海延锋金桥饰件系统有限公司）" in shown(open_as(monkeypatch, "yanfeng"))
    huayi = open_as(monkeypatch, "huayi")  # its package is not on this server: nothing to open
    assert not [b for b in huayi.selectbox if b.key == "package"] and not huayi.error
