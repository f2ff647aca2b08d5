"""Starting the workspace: `streamlit run ui/app.py` in a child process, bound to loopback by
default, headless, with usage statistics off (offline by default, DESIGN.md).

The child gets the caller's settings through the environment (SHENBAO_*: the settings object is
the only reader of it, in the child too) and the package to open first as SHENBAO_UI_PACKAGE.
`launch` runs until the server stops (the `shenbao ui` command): SIGTERM, SIGINT and SIGHUP sent to
it are passed on to the server, and it exits when the server does, so stopping `shenbao ui` never
leaves a Streamlit process serving the port. `start` returns the process (tests, scripts) and
`wait_until_ready` polls Streamlit's health endpoint.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from pydantic import SecretStr

from assistant.core.errors import ShenbaoError
from assistant.core.settings import Settings

# The app is located by path, not imported: assistant never imports ui (layers point ui → assistant).
APP = Path(__file__).resolve().parents[2] / "ui" / "app.py"
DEFAULT_HOST = "127.0.0.1"
FORWARDED = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)
SHUTDOWN_GRACE_S = 10.0  # after a forwarded signal, the server gets this long before it is killed


def settings_env(settings: Settings) -> dict[str, str]:
    """SHENBAO_* variables that reproduce `settings` in a child process (explicitly set fields,
    and the workspace always, as an absolute path)."""
    env = {"SHENBAO_WORKSPACE": str(Path(settings.workspace).resolve())}
    for name in sorted(settings.model_fields_set):
        value = getattr(settings, name)
        if value is None or name == "workspace":
            continue
        if isinstance(value, SecretStr):
            value = value.get_secret_value()
        elif isinstance(value, bool):
            value = "true" if value else "false"
        env[f"SHENBAO_{name.upper()}"] = str(value)
    return env


def command(host: str, port: int) -> list[str]:
    return [sys.executable, "-m", "streamlit", "run", str(APP),
            "--server.address", host, "--server.port", str(port), "--server.headless", "true",
            "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none",
            "--client.toolbarMode", "viewer"]


def start(settings: Settings, host: str = DEFAULT_HOST, port: int = 8501, package: Path | None = None,
          **popen) -> subprocess.Popen:
    if package is not None and not Path(package).exists():
        raise ShenbaoError(f"申报材料不存在：{package}")
    env = {**os.environ, **settings_env(settings)}
    if package is not None:
        env["SHENBAO_UI_PACKAGE"] = str(Path(package).resolve())
    env.setdefault("PYTHONPATH", str(APP.parents[1]))
    return subprocess.Popen(command(host, port), env=env, **popen)


def wait_until_ready(host: str, port: int, timeout_s: float = 60.0, process: subprocess.Popen | None = None) -> None:
    """Return once GET /_stcore/health answers "ok"; ShenbaoError if the server died or is late."""
    url = f"http://{host}:{port}/_stcore/health"
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise ShenbaoError(f"工作台进程已退出（退出码 {process.returncode}）")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 - loopback URL we built
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise ShenbaoError(f"工作台在 {timeout_s:.0f} 秒内未启动：{url}")


def stop(process: subprocess.Popen, timeout_s: float = 10.0) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def launch(settings: Settings, host: str = DEFAULT_HOST, port: int = 8501, package: Path | None = None) -> int:
    """Run the workspace until it stops; returns its exit code (0 after Ctrl-C or SIGTERM)."""
    process = start(settings, host, port, package)
    signalled: list[float] = []

    def forward(signum, _frame) -> None:
        signalled.append(time.monotonic())
        if process.poll() is None:
            process.send_signal(signum)

    previous = {sig: signal.signal(sig, forward) for sig in FORWARDED}
    try:
        print(f"shenbao 评审工作台：http://{host}:{port}（Ctrl-C 退出）", flush=True)
        while True:
            try:
                code = process.wait(timeout=0.5)
                break
            except subprocess.TimeoutExpired:
                if signalled and time.monotonic() - signalled[0] > SHUTDOWN_GRACE_S:
                    process.kill()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        stop(process)
    stopped_by_us = bool(signalled) and code in (0, *(-sig for sig in FORWARDED))
    return 0 if stopped_by_us else code
