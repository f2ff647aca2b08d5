"""An installation without the bundled sample opens the workspace on an upload prompt, not on a
traceback (issue 11: the select box had no option and handed back None)."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest
from tests_paths import REPO

from ui import state

APP = REPO / "ui" / "app.py"


@pytest.fixture
def app_without_sample(tmp_path, monkeypatch) -> AppTest:
    monkeypatch.setenv("SHENBAO_WORKSPACE", str(tmp_path / "ws"))
    monkeypatch.delenv("SHENBAO_UI_PACKAGE", raising=False)
    monkeypatch.setattr(state, "SAMPLE_PACKAGE", None)
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.run()
    return at


def test_no_sample_no_upload_shows_the_upload_prompt(app_without_sample):
    at = app_without_sample
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    assert any("上传申报材料" in i.value for i in at.info)
    assert not at.selectbox  # no package to choose from yet
    assert any("尚无申报材料" in c.value for c in at.sidebar.caption)
    at.radio(key=state.ROLE).set_value("申报单位").run()  # the page keeps working on interaction
    assert not at.exception and any("上传申报材料" in i.value for i in at.info)


def test_bundled_sample_is_found_through_the_package():
    sample = state.SAMPLE_PACKAGE
    assert sample is not None and sample == (REPO / "samples" / "sample_package").resolve()
