"""One long-lived headless LibreOffice converting DOCX files to PDF in turn, instead of one soffice
start per file.

`OfficeConverter` starts soffice listening on a private UNO pipe with a profile of its own, and
`extractors/uno_bridge.py` under a Python that has LibreOffice's `uno` module (Debian's
python3-uno; found by `find_uno_python`) to drive it. `convert(source, target)` sends one request
and waits for its answer under a timeout; a conversion that hangs or a dead office kills both
processes (their whole process groups) and the next request starts a fresh pair. `stop()` (or
leaving the `with` block) ends the office and the bridge and reaps them: no soffice outlives its
converter.

Without a `uno` Python or soffice, `available()` is False and callers keep today's path
(`extractors.docx_render.convert_to_pdf`: one `soffice --convert-to pdf` per file). Must not
decide what is rendered nor read the results (docx_render and docx_align do).
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from functools import lru_cache
from pathlib import Path

log = logging.getLogger(__name__)

BRIDGE = Path(__file__).resolve().parent / "uno_bridge.py"
START_SECONDS = 60.0
_UNO_PYTHONS = ("python3", "/usr/bin/python3", "/usr/lib/libreoffice/program/python")


@lru_cache(maxsize=4)
def find_uno_python(candidates: tuple[str, ...] = _UNO_PYTHONS) -> str | None:
    """The first interpreter that can `import uno`, or None."""
    for candidate in candidates:
        path = shutil.which(candidate)
        if path is None:
            continue
        try:
            probe = subprocess.run([path, "-c", "import uno"], capture_output=True, timeout=20)
        except (OSError, subprocess.TimeoutExpired):
            continue
        if probe.returncode == 0:
            return path
    return None


class ConversionError(RuntimeError):
    """One document could not be converted (the converter itself may live on)."""


class OfficeConverter:
    def __init__(self, soffice: str = "soffice", *, python: str | None = None):
        self.soffice = shutil.which(soffice)
        self.python = python if python is not None else find_uno_python()
        self._office: subprocess.Popen | None = None
        self._bridge: subprocess.Popen | None = None
        self._work: tempfile.TemporaryDirectory | None = None
        self._lock = threading.Lock()
        self.conversions = 0
        self.starts = 0
        self._closed = False

    def available(self) -> bool:
        return self.soffice is not None and self.python is not None

    def __enter__(self) -> OfficeConverter:
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    @property
    def pids(self) -> list[int]:
        return [p.pid for p in (self._office, self._bridge) if p is not None and p.poll() is None]

    def start(self) -> None:
        """Start the office and the bridge (done by the first `convert` when not called)."""
        with self._lock:
            self._ensure_started()

    def _ensure_started(self) -> None:
        if self._bridge is not None and self._bridge.poll() is None and self._office.poll() is None:
            return
        self._kill()
        if self._closed:
            raise ConversionError("LibreOffice 转换服务已停止")
        if not self.available():
            raise ConversionError("LibreOffice 或其 Python UNO 接口（python3-uno）不可用")
        self._work = tempfile.TemporaryDirectory(prefix="shenbao-office-")
        work = Path(self._work.name)
        pipe = f"shenbao_{os.getpid()}_{id(self):x}_{self.starts}"
        # Its own process group, so a stop or a timeout kills soffice.bin too, not only the
        # oosplash wrapper that `soffice` starts.
        self._office = subprocess.Popen(
            [self.soffice, f"-env:UserInstallation={(work / 'profile').as_uri()}", "--headless", "--invisible",
             "--norestore", "--nolockcheck", "--nologo", "--nodefault",
             f"--accept=pipe,name={pipe};urp;StarOffice.ComponentContext"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        self._bridge = subprocess.Popen(
            # the office's group: the bridge ends it when its stdin closes, so an owner killed
            # without `stop` leaves no soffice behind
            [self.python, str(BRIDGE), pipe, str(START_SECONDS), str(self._office.pid)], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, text=True, encoding="utf-8", start_new_session=True)
        self.starts += 1
        answer = self._read(START_SECONDS)
        if not answer.get("ready"):
            self._kill()
            raise ConversionError("LibreOffice 未能启动")

    def convert(self, source: Path, target: Path, *, timeout: float = 120.0) -> Path:
        """Convert `source` to the PDF `target` (written atomically); raises ConversionError."""
        with self._lock:
            self._ensure_started()
            target.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryDirectory(prefix="shenbao-convert-") as scratch:
                # A fixed ASCII name with the right extension: LibreOffice picks its import
                # filter from the extension, and applicants' names are Chinese or mislabelled.
                staged = Path(scratch) / "in.docx"
                shutil.copyfile(source, staged)
                produced = Path(scratch) / "out.pdf"
                self._bridge.stdin.write(json.dumps({"source": str(staged), "target": str(produced)}) + "\n")
                self._bridge.stdin.flush()
                answer = self._read(timeout)
                if not answer.get("ok"):
                    raise ConversionError(answer.get("error") or "LibreOffice 转换失败")
                if not produced.is_file() or produced.stat().st_size == 0:
                    raise ConversionError("LibreOffice 未生成 PDF")
                partial = target.parent / f".{target.name}.{os.getpid()}.{threading.get_ident()}.partial"
                shutil.move(produced, partial)
                os.replace(partial, target)
            self.conversions += 1
            return target

    def _read(self, timeout: float) -> dict:
        """The bridge's next answer; on timeout or a dead bridge both processes are killed."""
        result: list[str] = []
        reader = threading.Thread(target=lambda: result.append(self._bridge.stdout.readline()), daemon=True)
        reader.start()
        reader.join(timeout)
        if not result or not result[0]:
            # Decided before the kill: killing the bridge ends the pending readline with "".
            what = f"超时（{timeout:.0f} 秒）" if not result else "意外退出"
            self._kill()
            raise ConversionError(f"LibreOffice 转换服务{what}")
        try:
            return json.loads(result[0])
        except ValueError as exc:
            self._kill()
            raise ConversionError("LibreOffice 转换服务应答无法解析") from exc

    def stop(self) -> None:
        """End the office and the bridge: ask politely, then kill their process groups. A stopped
        converter converts nothing more."""
        with self._lock:
            self._closed = True
            if self._bridge is not None and self._bridge.poll() is None:
                try:
                    self._bridge.stdin.write(json.dumps({"quit": True}) + "\n")
                    self._bridge.stdin.flush()
                    self._bridge.wait(timeout=10)
                except (OSError, ValueError, subprocess.TimeoutExpired):
                    pass
            if self._office is not None:
                try:
                    self._office.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    pass
            self._kill()

    def _kill(self) -> None:
        for process in (self._bridge, self._office):
            if process is None:
                continue
            if process.poll() is None or _group_alive(process.pid):
                try:
                    os.killpg(process.pid, signal.SIGKILL)
                except (ProcessLookupError, PermissionError):
                    pass
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                log.warning("LibreOffice process %d did not exit", process.pid)
            for stream in (process.stdin, process.stdout):
                if stream is not None:
                    try:
                        stream.close()
                    except OSError:
                        pass
        self._office = self._bridge = None
        if self._work is not None:
            self._work.cleanup()
            self._work = None


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except (ProcessLookupError, PermissionError):
        return False
    return True


def wait_for(predicate, seconds: float, step: float = 0.05) -> bool:
    """Poll `predicate` until true or `seconds` pass (tests use it to see processes go)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return predicate()
