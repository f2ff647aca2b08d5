"""Issue 14, faults in the workspace: the PostgreSQL review store goes away while a reviewer is
deciding. The save is refused with a Chinese message saying it was not saved (no traceback, no
lost earlier decision); once the server is back the same form saves, without reloading the page."""

from __future__ import annotations

import hashlib

import pytest
from streamlit.testing.v1 import AppTest
from tests_paths import REPO

from assistant.core.settings import Settings
from assistant.store.opener import open_review_store

APP = REPO / "ui" / "app.py"
FIRST_RUN_S = 400  # a cold cache parses and renders the sample (LibreOffice, OCR)
pytestmark = [pytest.mark.slow, pytest.mark.requires_soffice, pytest.mark.requires_postgresql]


def test_a_store_outage_is_reported_and_the_workspace_recovers(shared_workspace, postgres_server, tmp_path,
                                                               monkeypatch):
    folder = tmp_path / "ws"
    folder.mkdir()
    (shared_workspace / "cache").mkdir(exist_ok=True)
    (folder / "cache").symlink_to(shared_workspace / "cache", target_is_directory=True)
    url = postgres_server.create_database()
    monkeypatch.setenv("SHENBAO_WORKSPACE", str(folder))
    monkeypatch.setenv("SHENBAO_DATABASE_URL", url)
    for name in ("SHENBAO_UI_PACKAGE", "SHENBAO_UI_USER_HEADER", "SHENBAO_UI_ROLES"):
        monkeypatch.delenv(name, raising=False)
    at = AppTest.from_file(str(APP), default_timeout=120)
    at.run(timeout=FIRST_RUN_S)
    assert not at.exception, [e.value for e in at.exception]
    at.text_input(key="reviewer").input("赵评审").run()
    at.segmented_control(key="view-评审专家").set_value("汇总表").run()
    label = "平台名称"
    slug = hashlib.sha256(f"value|{label}".encode()).hexdigest()[:12]

    def decide(comment: str) -> None:
        at.selectbox(key="s-row").set_value(label).run()
        at.text_area(key=f"comment-{slug}").input(comment)
        at.button(key=f"save-{slug}").click().run()
        assert not at.exception, [e.value for e in at.exception]

    decide("第一次确认")
    assert not at.error, [e.value for e in at.error]
    postgres_server.stop("immediate")
    try:
        decide("服务器停止时的确认")
        errors = [e.value for e in at.error]
        # the save says it was not saved; what the page reads from the store says it is away
        assert any("本次修改未保存" in e for e in errors), errors
        assert all("评审记录库" in e and "已保存的评审记录不受影响" in e for e in errors), errors
        assert not any("Traceback" in e or "psycopg" in e or "OperationalError" in e for e in errors), errors
    finally:
        postgres_server.start()
    decide("恢复后的确认")
    assert not at.error, [e.value for e in at.error]
    with open_review_store(Settings(workspace=folder, database_url=url)) as store:
        package_id = store.packages()[0].package_id
        comments = [d.comment for d in store.history(package_id, "value", label)]
        assert comments == ["第一次确认", "恢复后的确认"]
        assert not store.check_integrity()
