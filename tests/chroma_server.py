"""A real chromadb server for the tests of the shared evidence index (SHENBAO_CHROMA_URL): the
`chroma run` CLI that the chromadb wheel installs next to the interpreter, with its data in a
folder of the test's, on a free loopback port.

chromadb is a hard dependency of shenbao, so a missing CLI or a server that does not answer its
heartbeat is a regression of the shared-server path: `ChromaServer` raises, and the fixtures
turn that into a test failure, never a skip. Importable by tests (tests/ is on sys.path).
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path


class ChromaServer:
    """`chroma run --path DATA --host 127.0.0.1 --port N` as a child; `url` once it answers."""

    def __init__(self, data: Path, timeout_s: float = 60, port: int | None = None) -> None:
        folder = Path(sys.executable).parent
        executable = shutil.which("chroma", path=str(folder))
        if executable is None:
            raise RuntimeError(f"chromadb's `chroma` CLI is missing from {folder}")
        if port is None:
            with socket.socket() as probe:
                probe.bind(("127.0.0.1", 0))
                port = probe.getsockname()[1]
        self.port = port
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = Path(data).parent / f"chroma-{self.port}.log"
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(
                [executable, "run", "--path", str(data), "--host", "127.0.0.1", "--port", str(self.port)],
                stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout_s
        while True:
            try:
                urllib.request.urlopen(f"{self.url}/api/v2/heartbeat", timeout=1).read()
                return
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.close()
                    raise RuntimeError(f"chroma server did not start on {self.url} (exit code "
                                       f"{self.process.poll()}):\n{self.log_tail()}") from None
                time.sleep(0.2)

    def log_tail(self, lines: int = 20) -> str:
        text = self.log.read_text(errors="replace") if self.log.exists() else ""
        return "\n".join(text.splitlines()[-lines:])

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
