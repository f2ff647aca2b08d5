"""Issue 14, load through the workspace: eight reviewers open the same 汇总表 row in eight
sessions before any of them saves, then save one after another. The first save is kept; each
later one was made on a version that is no longer current and is refused with who decided first
— no lost update, every conflict reported in the page — on SQLite and on PostgreSQL."""

from __future__ import annotations

import hashlib

import pytest
from streamlit.testing.v1 import AppTest
from tests_paths import REPO

from assistant.core.settings import Settings
from assistant.store.opener import open_review_store

APP = REPO / "ui" / "app.py"
FIRST_RUN_S = 400  # a cold cache parses and renders the sample (LibreOffice, OCR)
LABEL = "平台名称"
SLUG = hashlib.sha256(f"value|{LABEL}".encode()).hexdigest()[:12]
pytestmark = [pytest.mark.slow, pytest.mark.requires_soffice]


def session(name: str) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=120)
    at.run(timeout=FIRST_RUN_S)
    assert not at.exception, [e.value for e in at.exception]
    at.text_input(key="reviewer").input(name).run()
    at.segmented_control(key="view-评审专家").set_value("汇总表").run()
    at.selectbox(key="s-row").set_value(LABEL).run()
    at.text_area(key=f"comment-{SLUG}").input(f"{name} 核对后确认")
    return at


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.requires_postgresql)])
def test_eight_reviewers_on_one_row_lose_nothing_and_are_told_of_each_conflict(backend, shared_workspace, tmp_path,
                                                                                 monkeypatch, request):
    folder = tmp_path / "ws"
    folder.mkdir()
    (shared_workspace / "cache").mkdir(exist_ok=True)
    (folder / "cache").symlink_to(shared_workspace / "cache", target_is_directory=True)
    monkeypatch.setenv("SHENBAO_WORKSPACE", str(folder))
    url = None
    if backend == "postgresql":
        url = request.getfixturevalue("postgres_server").create_database()
        monkeypatch.setenv("SHENBAO_DATABASE_URL", url)
    else:
        monkeypatch.delenv("SHENBAO_DATABASE_URL", raising=False)
    for name in ("SHENBAO_UI_PACKAGE", "SHENBAO_UI_USER_HEADER", "SHENBAO_UI_ROLES"):
        monkeypatch.delenv(name, raising=False)
    names = [f"评审员{i}" for i in range(1, 9)]
    sessions = [session(name) for name in names]  # every form stands on the same (empty) version
    for at in sessions:
        at.button(key=f"save-{SLUG}").click().run()
        assert not at.exception, [e.value for e in at.exception]
    first, *later = sessions
    assert not first.error, [e.value for e in first.error]
    for at in later:
        told = [e.value for e in at.error]
        assert len(told) == 1 and "已被 评审员1" in told[0] and "您的修改未保存" in told[0], told
    with open_review_store(Settings(workspace=folder, database_url=url)) as store:
        package_id = store.packages()[0].package_id
        rows = store.history(package_id, "value", LABEL)
        assert [(d.reviewer, d.comment) for d in rows] == [("评审员1", "评审员1 核对后确认")]
        assert not store.check_integrity()
    # A reviewer told of the conflict sees the current decision and may decide again on it.
    again = later[0]
    again.text_area(key=f"comment-{SLUG}").input("看过评审员1的决定后再次确认")
    again.button(key=f"save-{SLUG}").click().run()
    assert not again.error, [e.value for e in again.error]
    with open_review_store(Settings(workspace=folder, database_url=url)) as store:
        assert [d.reviewer for d in store.history(package_id, "value", LABEL)] == ["评审员1", "评审员2"]
