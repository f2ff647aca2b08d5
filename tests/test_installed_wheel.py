"""The wheel runs anywhere (issue 11): built from a copy of the sources, installed into a fresh
virtual environment, and run from a foreign folder — `review` on the shipped sample, `ask --llm
openai` against the suite's local stub server, `eval --selftest`, and `ui`.

The venv gets shenbao from the wheel only (`pip install --no-deps --no-index`); its dependencies
come from the project's .venv through a path entry in a `.pth` file (the .venv's editable-install
finder is not activated: .pth files of an added path are not processed). An audit hook installed
in the venv records every file the installed command (and its children: Streamlit, the parse
workers) opens or lists in the checkout outside .venv; the test fails on any, so an installed
copy that still read prompts, the sample or the app beside a checkout would be caught.
Offline: the build runs without isolation on the .venv's setuptools, nothing is downloaded.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import sysconfig
from dataclasses import dataclass
from pathlib import Path

import pytest
from tests_paths import REPO

from assistant.app.workspace_server import wait_until_ready
from tests.fakes.http_stub import Reply, StubServer, openai_completion

pytestmark = pytest.mark.slow

SOURCES = ("pyproject.toml", "README.md", "assistant", "extractors", "ui", "eval_sets", "prompts", "samples")
AUDIT = '''
import os, sys
_REPO, _LENT, _LOG = {repo!r}, {lent!r}, os.environ.get("SHENBAO_TEST_CHECKOUT_READS")

def _audit(event, args):
    if event not in ("open", "os.listdir", "os.scandir") or not args:
        return
    path = args[0]
    if isinstance(path, bytes):
        path = os.fsdecode(path)
    if not isinstance(path, str):
        return
    path = os.path.abspath(path)
    if (path == _REPO or path.startswith(_REPO + os.sep)) and not path.startswith(_LENT + os.sep):
        with open(_LOG, "a", encoding="utf-8") as log:
            log.write(f"{{event}} {{path}} (pid {{os.getpid()}})\\n")

if _LOG:
    sys.addaudithook(_audit)
'''


@dataclass(frozen=True)
class Installed:
    python: Path
    shenbao: Path
    site: Path
    foreign: Path  # the working folder: neither the checkout nor the venv
    reads: Path  # the audit log of checkout reads

    def env(self, **extra: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("SHENBAO_", "PYTHON"))}
        return {**env, "SHENBAO_TEST_CHECKOUT_READS": str(self.reads), "NO_PROXY": "127.0.0.1,localhost",
                "SHENBAO_WORKSPACE": str(self.foreign / "ws"), **extra}

    def run(self, *args: str, timeout: float = 600, **extra: str) -> subprocess.CompletedProcess:
        return subprocess.run([str(self.shenbao), *args], cwd=self.foreign, env=self.env(**extra),
                              capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Installed:
    root = tmp_path_factory.mktemp("wheel")
    source = root / "source"
    source.mkdir()
    for name in SOURCES:  # a copy, so the build writes nothing (build/, *.egg-info) into the checkout
        path = REPO / name
        if path.is_dir():
            shutil.copytree(path, source / name, symlinks=True,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info"))
        else:
            shutil.copy2(path, source / name)
    dist = root / "dist"
    pip = [sys.executable, "-m", "pip"]
    subprocess.run([*pip, "wheel", str(source), "--no-deps", "--no-build-isolation", "--no-index", "-q",
                    "-w", str(dist)], check=True, capture_output=True, timeout=600)
    [wheel] = dist.glob("shenbao-*.whl")
    venv = root / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    subprocess.run([*pip, "--python", str(python), "install", "--no-deps", "--no-index", "-q", str(wheel)],
                   check=True, capture_output=True, timeout=600)
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               check=True, capture_output=True, text=True).stdout.strip())
    lent = Path(sysconfig.get_paths()["purelib"])  # the .venv's site-packages: the dependencies
    (site / "_shenbao_test_audit.py").write_text(
        AUDIT.format(repo=str(REPO), lent=str(REPO / ".venv")), encoding="utf-8")
    (site / "_shenbao_test_deps.pth").write_text(f"{lent}\nimport _shenbao_test_audit\n", encoding="utf-8")
    foreign = root / "elsewhere"
    foreign.mkdir()
    return Installed(python, venv / "bin" / "shenbao", site, foreign, root / "checkout_reads.log")


@pytest.fixture(autouse=True)
def no_checkout_reads(installed):
    installed.reads.unlink(missing_ok=True)
    yield
    reads = installed.reads.read_text(encoding="utf-8").splitlines() if installed.reads.exists() else []
    assert reads == [], "the installed shenbao read the checkout:\n" + "\n".join(reads[:20])


def test_the_audit_sees_a_read_of_the_checkout(installed):
    code = f"open({str(REPO / 'prompts' / 'ask_answer.v1.md')!r}).read()"
    subprocess.run([str(installed.python), "-c", code], cwd=installed.foreign, env=installed.env(), check=True)
    assert "ask_answer.v1.md" in installed.reads.read_text(encoding="utf-8")
    installed.reads.unlink()  # this one was on purpose


def test_installed_code_and_data_come_from_the_wheel(installed):
    code = ("import json, assistant, ui, extractors, eval_sets; from assistant.core.resources import prompts_dir, "
            "sample_package; print(json.dumps([m.__file__ for m in (assistant, ui, extractors, eval_sets)] + "
            "[str(prompts_dir()), str(sample_package())]))")
    result = subprocess.run([str(installed.python), "-c", code], cwd=installed.foreign, env=installed.env(),
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    for path in json.loads(result.stdout):
        assert Path(path).is_relative_to(installed.site), path
    assert (installed.site / "assistant" / "data" / "prompts" / "ask_answer.v1.md").is_file()
    assert not (installed.site / "assistant" / "templates").exists()


def _sample(installed) -> Path:
    return installed.site / "assistant" / "data" / "sample_package"


def test_review_of_the_shipped_sample(installed):
    out = installed.foreign / "审阅结果"
    result = installed.run("review", str(_sample(installed)), "-o", str(out))
    assert result.returncode == 0, result.stderr[-3000:]
    assert "错误 0 条" in result.stdout
    assert {"prefill.json", "findings.json", "汇总表.xlsx", "report.html"} <= {p.name for p in out.iterdir()}
    assert json.loads((out / "prefill.json").read_text(encoding="utf-8"))["schema_version"] == 1


def _first_passage(prompt: str) -> tuple[str, str]:
    """The key of the first fenced passage and a verbatim line of its text (the ask_answer format)."""
    match = re.search(r'<(证据-[0-9a-f]{8}) key="(C\d+)">.*?原文：\n(.*?)\n</\1>', prompt, re.S)
    assert match, prompt[:2000]
    line = next(line.strip() for line in match.group(3).splitlines() if len(line.strip()) >= 4)
    return match.group(2), line[:30]


def test_ask_with_an_openai_compatible_model(installed):
    def respond(request):
        key, quote = _first_passage(request.body["messages"][-1]["content"])
        reply = {"sentences": [{"text": f"材料写明：{quote}", "citations": [{"chunk": key, "quote": quote}]}],
                 "insufficient": False}
        return Reply(body=openai_completion("stub-model", tool="AskReply", arguments=reply))

    with StubServer(respond) as stub:
        result = installed.run("ask", str(_sample(installed)), "平台的主要客户和服务模式是怎样的？", "--format", "json",
                               "--llm", "openai", SHENBAO_LLM_BASE_URL=stub.url + "/v1", SHENBAO_LLM_MODEL="stub-model")
    assert result.returncode == 0, result.stderr[-3000:]
    answer = json.loads(result.stdout)
    assert (answer["mode"], answer["prompt"]) == ("llm", "ask_answer.v1"), answer
    assert answer["citations"] and answer["citations"][0]["file"]
    assert stub.requests and stub.requests[0].body["messages"][0]["content"].startswith("提示词版本：ask_answer.v1")


def test_eval_selftest_and_eval_without_the_packages(installed):
    result = installed.run("eval", "--selftest")
    assert result.returncode == 0, result.stderr
    assert re.search(r"^overall\s+100\.0%\s+100\.0%", result.stdout, re.M), result.stdout
    result = installed.run("eval")  # the labelled packages come with the repository, not the wheel
    assert result.returncode == 2
    assert "评测集随源码仓库提供" in result.stderr and "--selftest" in result.stderr
    assert "Traceback" not in result.stderr


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def installed_ui(installed):
    """`shenbao ui` of the installed copy, no package given: it opens the shipped sample."""
    port = _free_port()
    log_path = installed.foreign / f"ui-{port}.log"
    with log_path.open("w") as log:
        process = subprocess.Popen([str(installed.shenbao), "ui", "--port", str(port)], cwd=installed.foreign,
                                   env=installed.env(), stdout=log, stderr=log)
        try:
            wait_until_ready("127.0.0.1", port, 90, process)
            yield process, f"http://127.0.0.1:{port}/"
        finally:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
    text = log_path.read_text(encoding="utf-8", errors="replace")
    assert "Traceback" not in text, text[-3000:]


def test_ui_serves_and_stops(installed_ui):
    import urllib.request

    process, url = installed_ui
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - loopback
        page = response.read().decode("utf-8", "replace")
    assert response.status == 200 and "<title>" in page
    assert process.poll() is None  # still serving
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=20) == 0


@pytest.mark.browser
@pytest.mark.requires_chromium
def test_ui_page_shows_the_sample_without_an_exception(installed_ui):
    from playwright.sync_api import sync_playwright
    from system_deps import chromium

    _process, url = installed_ui
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium(), headless=True,
                                             args=["--no-sandbox", "--disable-gpu"])
        try:
            page = browser.new_page(locale="zh-CN")
            page.goto(url)
            page.get_by_text("各维度问题数").wait_for(timeout=300_000)  # the sample, reviewed
            assert page.locator('[data-testid="stException"]').count() == 0
            assert "延锋" in page.content()
        finally:
            browser.close()
