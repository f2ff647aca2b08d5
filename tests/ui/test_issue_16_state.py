"""Issue 16 (points 4, 6, 8), through Streamlit's AppTest: where the reviewer is survives a reload
(the address), packages are listed once each and named by their platform, the batch overview
names the right platform, an upload with nothing to review is refused and an upload can be
removed; the applicant's self-check is ordered by severity, its 填报指引 does not repeat the
label, and the applicant is asked no reviewer name and gets none of the reviewers' records.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest
from tests_paths import REPO, SAMPLE

from assistant.core.findings import SEVERITY_ORDER
from ui import state

APP = REPO / "ui" / "app.py"
FIRST_RUN_S = 400
GUANGMING = REPO / "eval_sets" / "packages" / "pkg07_guangming_files_blank"  # errors, warnings and a 提示
SAMPLE_PLATFORM = "延锋工业互联网平台"
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def workspace(shared_workspace, tmp_path_factory):
    folder = tmp_path_factory.mktemp("ui16_state_ws")
    (shared_workspace / "cache").mkdir(exist_ok=True)
    (folder / "cache").symlink_to(shared_workspace / "cache", target_is_directory=True)
    return folder


def start(workspace, monkeypatch, package: Path | None = None, params: dict | None = None) -> AppTest:
    monkeypatch.setenv("SHENBAO_WORKSPACE", str(workspace))
    if package is None:
        monkeypatch.delenv("SHENBAO_UI_PACKAGE", raising=False)
    else:
        monkeypatch.setenv("SHENBAO_UI_PACKAGE", str(package))
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.query_params.update(params or {})
    at.run(timeout=FIRST_RUN_S)
    assert not at.exception, [e.value for e in at.exception]
    return at


@pytest.fixture
def app(workspace, monkeypatch) -> AppTest:
    return start(workspace, monkeypatch)


def _zip_of(folder: Path) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, f"{folder.name}/{path.relative_to(folder).as_posix()}")
    return buffer.getvalue()


def upload(at: AppTest, files: list[tuple[str, bytes]]) -> AppTest:
    at.file_uploader(key="upload-files").set_value([(name, data, "application/octet-stream") for name, data in files]).run()
    at.button(key="upload-go").click().run(timeout=FIRST_RUN_S)
    assert not at.exception, [e.value for e in at.exception]
    return at


def picker_labels(at: AppTest) -> list[str]:
    return list(at.sidebar.selectbox[0].options)  # the package picker


def test_a_reload_comes_back_to_the_same_place(app, workspace, monkeypatch):
    app.segmented_control(key="view-评审专家").set_value("问题").run()
    app.text_input(key=state.REVIEWER).input("张评审").run()
    address = dict(app.query_params)
    assert address["role"] == "expert" and address["view"] == "findings" and address["reviewer"] == "张评审"
    assert address["pkg"] and "/" not in address["pkg"]
    reloaded = start(workspace, monkeypatch, params=address)  # a new browser session on the same address
    assert reloaded.radio(key=state.ROLE).value == "评审专家"
    assert reloaded.segmented_control(key="view-评审专家").value == "问题"
    assert reloaded.text_input(key=state.REVIEWER).value == "张评审"
    assert reloaded.session_state[state.SOURCE] == str(SAMPLE)
    reloaded.radio(key=state.ROLE).set_value("评价工作组").run()
    reloaded.segmented_control(key="view-评价工作组").set_value("汇总表").run()
    again = start(workspace, monkeypatch, params=dict(reloaded.query_params))
    assert again.radio(key=state.ROLE).value == "评价工作组"
    assert again.segmented_control(key="view-评价工作组").value == "汇总表"


def test_the_same_application_uploaded_twice_is_one_entry_named_by_its_platform(app, workspace):
    archive = _zip_of(SAMPLE)
    upload(app, [("延锋申报材料.zip", archive)])
    upload(app, [("延锋申报材料 (1).zip", archive)])  # the browser renamed the second download
    folders = [f for f in (workspace / "uploads").iterdir() if f.is_dir()]
    assert len(folders) == 1
    labels = picker_labels(app)
    # The upload and the bundled sample folder (whose files sit one folder higher in the zip, so
    # its citations name other paths): two entries, both named by the platform, told apart by kind.
    named = [label for label in labels if SAMPLE_PLATFORM in label]
    assert len(named) == 2 and len(set(labels)) == len(labels), labels
    # What tells them apart comes first: the picker cuts a long label at its end.
    assert {label.split("：", 1)[0] for label in named} == {"示例", "上传"}, labels
    assert not any(".zip" in label or re.search(r"\d{2}:\d{2}", label) for label in labels), labels
    assert Path(app.session_state[state.SOURCE]).parent.parent == workspace / "uploads"


def test_batch_overview_names_each_platform(workspace, monkeypatch):
    """Two packages: the batch table names both, no single platform heads the page, and opening
    one from the table shows its own name."""
    at = start(workspace, monkeypatch, package=GUANGMING)
    at.radio(key=state.ROLE).set_value("评价工作组").run()
    assert at.segmented_control(key="view-评价工作组").value == "批量总览"
    assert not any(m.value.startswith("### ") for m in at.markdown)
    batch = next(t.value for t in at.table if "平台名称" in t.value.columns)
    assert any("光明乳业" in name for name in batch["平台名称"]), list(batch["平台名称"])
    opener = at.selectbox(key="b-open-choice")
    opener.select_index(next(i for i, label in enumerate(opener.options) if "光明乳业" not in label)).run()
    at.button(key="b-open").click().run(timeout=FIRST_RUN_S)
    assert not at.exception, [e.value for e in at.exception]
    headings = [m.value for m in at.markdown if m.value.startswith("### ")]
    assert headings and SAMPLE_PLATFORM in headings[0] and "光明乳业" not in headings[0]


def test_a_text_file_is_refused_and_an_old_one_can_be_removed(app, workspace):
    before = picker_labels(app)
    upload(app, [("说明.txt", "这不是申报材料".encode())])
    assert any("没有可审核的文件" in e.value for e in app.error)
    assert picker_labels(app) == before
    assert not any(p.name == "说明.txt" for p in (workspace / "uploads").rglob("*"))
    # An upload made before uploads were checked: listed, and removable.
    folder = workspace / "uploads" / "0123456789abcdef"
    (folder / "package").mkdir(parents=True)
    (folder / "package" / "旧说明.txt").write_text("旧的上传", encoding="utf-8")
    (folder / "upload.json").write_text(json.dumps({"name": "旧说明.txt", "uploaded_at": "2026-12-01 09:00",
                                                    "files": 1, "source": "package"}), encoding="utf-8")
    app.run()
    old = next(label for label in picker_labels(app) if "旧说明" in label)
    picker = app.sidebar.selectbox[0]
    picker.select_index(list(picker.options).index(old))
    app.run(timeout=FIRST_RUN_S)
    assert not app.exception, [e.value for e in app.exception]
    app.button(key="package-remove").click().run(timeout=FIRST_RUN_S)
    assert not folder.exists()
    assert not any("旧说明" in label for label in picker_labels(app))
    assert app.session_state[state.SOURCE] == str(SAMPLE)


@pytest.fixture
def applicant(workspace, monkeypatch) -> AppTest:
    at = start(workspace, monkeypatch, package=GUANGMING)
    at.radio(key=state.ROLE).set_value("申报单位").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_self_check_comes_worst_first(applicant):
    at = applicant
    badges = {":red-badge[错误]": "error", ":orange-badge[警告]": "warning", ":gray-badge[提示]": "info"}
    order = [SEVERITY_ORDER[severity] for m in at.markdown for badge, severity in badges.items()
             if m.value.startswith(badge)]
    assert len(set(order)) == 3, order  # the package has errors, warnings and a 提示
    assert order == sorted(order), order


def test_fix_hints_do_not_repeat_the_label_the_finding_names(applicant):
    """「填报指引：合作平台数量（个）：截至填表日…」 under a finding about 合作平台数量 said the
    label twice: a hint opens with the guidance itself where its item already names the field."""
    message, hints = "", 0
    for markdown in applicant.markdown:
        text = markdown.value.replace("\\", "")
        if text.startswith((":red-badge", ":orange-badge", ":gray-badge")):
            message = text
        elif text.startswith("**填报指引：** "):
            hints += 1
            head = re.split(r"[：:。]", text.removeprefix("**填报指引：** "), maxsplit=1)[0]
            label = re.sub(r"[（(][^（()）]*[）)]$", "", head).strip()
            assert not (label and label in message), (label, message)
    assert hints >= 3


def test_applicant_sees_no_reviewer_name_nor_the_reviewers_records(applicant):
    at = applicant
    assert not any(t.label == "评审人姓名" for t in at.text_input)
    assert "reviewer" not in at.query_params
    at.segmented_control(key="view-申报单位").set_value("导出").run()
    assert not at.exception
    keys = {b.key for b in at.download_button}
    labels = " ".join(b.label for b in at.download_button)
    assert keys and "dl-decisions" not in keys
    assert "评审决定" not in labels and "审计" not in labels and "评审记录" not in labels
