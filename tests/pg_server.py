"""A throwaway PostgreSQL server for the tests and the store benchmark: Debian's `postgresql`
binaries, `initdb` in a temp folder, run as an unprivileged user, on a free loopback port.

Root may not run PostgreSQL: as root the server runs as the `postgres` user the Debian package
creates (or `nobody`) through `runuser`; otherwise as the current user. The cluster listens on
127.0.0.1 only (password login, scram-sha-256, for the shenbao role the store uses) and on a unix
socket in its own folder (trust, for the superuser that creates databases). The postmaster is a
child of the process that started it. `stop`, `start`, `restart(mode="immediate")` (the server
recovers from its WAL) and `kill` (SIGKILL) serve the fault tests. Importable by tests (tests/ is on sys.path) and by bench/ scripts.

Where the binaries are: on PATH, else /usr/lib/postgresql/<newest>/bin (where Debian puts them);
SHENBAO_TEST_PG_BIN=DIR looks only there (`none`: as on a machine without them, see
scripts/without_system_deps.sh).
"""

from __future__ import annotations

import os
import pwd
import re
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import psycopg
import sqlalchemy as sa

PROGRAMS = ("initdb", "pg_ctl", "postgres")
APP_ROLE = "shenbao"


def bindir() -> Path | None:
    """The folder holding initdb, pg_ctl and postgres, or None."""
    wanted = os.environ.get("SHENBAO_TEST_PG_BIN")
    if wanted:
        candidates = [] if wanted == "none" else [Path(wanted)]
    else:
        on_path = shutil.which("pg_ctl")
        candidates = [Path(on_path).resolve().parent] if on_path else []
        root = Path("/usr/lib/postgresql")
        if root.is_dir():
            versions = [p for p in root.iterdir() if re.fullmatch(r"\d+", p.name)]
            candidates += [p / "bin" for p in sorted(versions, key=lambda p: int(p.name), reverse=True)]
    for folder in candidates:
        if all((folder / name).is_file() and os.access(folder / name, os.X_OK) for name in PROGRAMS):
            return folder
    return None


def run_as() -> str | None:
    """The unprivileged user the server runs as when we are root (None: the current user)."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    return None


def missing_reason() -> str | None:
    """Why the PostgreSQL tests cannot run here, or None when they can."""
    if bindir() is None:
        return ("PostgreSQL server not found (no initdb/pg_ctl/postgres on PATH or in /usr/lib/postgresql/*/bin); "
                "install the Debian package postgresql (scripts/system_deps.sh does)")
    if os.geteuid() == 0 and (run_as() is None or shutil.which("runuser") is None):
        return "running as root, and neither a postgres/nobody user nor runuser to start PostgreSQL unprivileged"
    return None


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:  # field 4 of stat, after "pid (comm) state"
            found.append(int(stat.parent.name))
    return found


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class PostgresServer:
    """One cluster in a temp folder of its own; `close()` stops it and removes the folder."""

    def __init__(self) -> None:
        folder = bindir()
        if folder is None:
            raise RuntimeError(missing_reason())
        self.bin = folder
        self.user = run_as()
        self.root = Path(tempfile.mkdtemp(prefix="shenbao-pg-"))  # not under pytest's 0700 root-only tmp
        self.data = self.root / "data"
        self.port = free_port()
        self.password = secrets.token_hex(12)
        if self.user:
            shutil.chown(self.root, user=self.user)
        self._admin: sa.Engine | None = None
        self._process: subprocess.Popen | None = None
        self._initdb()
        self.start()
        with self.admin().connect() as conn:
            conn.exec_driver_sql(f"CREATE ROLE {APP_ROLE} LOGIN PASSWORD '{self.password}'")

    # ------------------------------------------------------------------ running the cluster

    def _run(self, program: str, *args: str, check: bool = True, timeout: float = 120) -> subprocess.CompletedProcess:
        argv = [str(self.bin / program), *args]
        if self.user:
            argv = ["runuser", "-u", self.user, "--", *argv]
        done = subprocess.run(argv, capture_output=True, text=True, timeout=timeout, cwd=self.root,
                              env={**os.environ, "LC_ALL": "C"})
        if check and done.returncode != 0:
            log = self.log_tail()
            raise RuntimeError(f"{program} {' '.join(args)} failed ({done.returncode}): {done.stderr}{done.stdout}\n{log}")
        return done

    def _initdb(self) -> None:
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "-E", "UTF8", "--locale=C",
                  "--auth-local=trust", "--auth-host=scram-sha-256", "--no-sync")
        with open(self.data / "postgresql.conf", "a", encoding="utf-8") as conf:
            conf.write(f"\nlisten_addresses = '127.0.0.1'\nport = {self.port}\n"
                       f"unix_socket_directories = '{self.root}'\nmax_connections = 120\n"
                       "shared_buffers = 32MB\nfsync = on\nsynchronous_commit = on\n")

    def start(self) -> None:
        """Run the postmaster as our own child (not through `pg_ctl start`, which leaves it to
        PID 1: a sandbox's init may never reap it, and a dead postmaster's zombie makes the
        next start believe it still runs); return once it accepts connections."""
        argv = [str(self.bin / "postgres"), "-D", str(self.data)]
        if self.user:
            argv = ["runuser", "-u", self.user, "--", *argv]
        with open(self.root / "server.log", "ab") as log:
            self._process = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                                             cwd=self.root, env={**os.environ, "LC_ALL": "C"})
        deadline = time.monotonic() + 60
        while True:
            try:
                psycopg.connect(host=str(self.root), port=self.port, user="postgres", dbname="postgres",
                                connect_timeout=2).close()
                return
            except psycopg.OperationalError:
                if self._process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"PostgreSQL did not start (exit {self._process.poll()}):\n{self.log_tail()}")
                time.sleep(0.1)

    def stop(self, mode: str = "fast") -> None:
        """`pg_ctl stop -m fast|immediate` (immediate: no checkpoint, recovery at the next start)."""
        self._run("pg_ctl", "stop", "-w", "-t", "60", "-m", mode, "-D", str(self.data), check=False)
        if self._process is not None:
            self._process.wait(timeout=60)

    def restart(self, mode: str = "fast") -> None:
        self.stop(mode)
        self.start()

    def kill(self) -> None:
        """SIGKILL the postmaster and every process it started, as a crash would; start() recovers."""
        pid = int((self.data / "postmaster.pid").read_text().split()[0])
        for victim in (pid, *_children(pid)):
            try:
                os.kill(victim, signal.SIGKILL)
            except ProcessLookupError:
                pass
        self._process.wait(timeout=60)

    def log_tail(self, lines: int = 20) -> str:
        log = self.root / "server.log"
        return "\n".join(log.read_text(errors="replace").splitlines()[-lines:]) if log.exists() else ""

    def close(self) -> None:
        if self._admin is not None:
            self._admin.dispose()
        if self._process is not None and self._process.poll() is None:
            self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)

    # ------------------------------------------------------------------ databases

    def admin(self) -> sa.Engine:
        """The superuser over the unix socket, autocommit (CREATE DATABASE runs outside transactions)."""
        if self._admin is None:
            url = sa.URL.create("postgresql+psycopg", username="postgres", database="postgres",
                                query={"host": str(self.root), "port": str(self.port)})
            self._admin = sa.create_engine(url, isolation_level="AUTOCOMMIT", pool_pre_ping=True)
        return self._admin

    def create_database(self, name: str | None = None) -> str:
        """A new empty database owned by the shenbao role; returns its URL (TCP, password)."""
        name = name or f"t_{secrets.token_hex(6)}"
        with self.admin().connect() as conn:
            conn.exec_driver_sql(f"CREATE DATABASE {name} OWNER {APP_ROLE} TEMPLATE template0 ENCODING 'UTF8'")
        return self.url(name)

    def url(self, database: str, role: str = APP_ROLE, password: str | None = None) -> str:
        return sa.URL.create("postgresql", username=role, password=password or self.password, host="127.0.0.1",
                             port=self.port, database=database).render_as_string(hide_password=False)
