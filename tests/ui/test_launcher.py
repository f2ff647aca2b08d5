"""`shenbao ui` owns its Streamlit child: a signal to the command stops the server, and the command
exits when the server does, so no Streamlit process is left serving the port (issue 11).

Runs the real command (`python -m assistant ui`) on a free loopback port.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from tests_paths import REPO

from assistant.app.workspace_server import wait_until_ready
from assistant.core.settings import Settings

pytestmark = pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="children are read from Linux /proc")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in path.read_text().split()] if path.exists() else []


def _alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in status  # a zombie no longer serves anything


def _port_open(port: int) -> bool:
    with socket.socket() as probe:
        probe.settimeout(0.5)
        return probe.connect_ex(("127.0.0.1", port)) == 0


def _wait(condition, timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return condition()


@pytest.fixture
def shenbao_ui(tmp_path):
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    log = (tmp_path / "ui.log").open("w")
    command = subprocess.Popen([sys.executable, "-m", "assistant", "ui", "--port", str(port),
                                "--workspace", str(tmp_path / "ws")], env=env, stdout=log, stderr=log)
    servers: list[int] = []
    try:
        wait_until_ready("127.0.0.1", port, 60, command)
        servers[:] = _children(command.pid)
        assert len(servers) == 1, servers
        yield command, servers[0], port
    finally:  # a failing test must not leave a server behind either
        for pid in (*_children(command.pid), *servers, command.pid):
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
        command.wait(timeout=10)
        log.close()


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_signal_to_the_command_stops_the_server(shenbao_ui, sig):
    command, server, port = shenbao_ui
    assert _alive(server) and _port_open(port)
    command.send_signal(sig)
    assert command.wait(timeout=15) == 0
    assert _wait(lambda: not _port_open(port), 5), "the port is still served"
    assert _wait(lambda: not _alive(server), 5), f"Streamlit child {server} outlived `shenbao ui`"


def test_command_exits_when_the_server_dies(shenbao_ui):
    command, server, port = shenbao_ui
    os.kill(server, signal.SIGKILL)
    assert command.wait(timeout=10) == 128 + signal.SIGKILL
    assert not _port_open(port)


def test_settings_reach_the_child(tmp_path):
    from assistant.app.workspace_server import settings_env

    env = settings_env(Settings(workspace=tmp_path / "ws", ocr=False))
    assert env["SHENBAO_WORKSPACE"] == str((tmp_path / "ws").resolve()) and env["SHENBAO_OCR"] == "false"
