"""Suite-wide fixtures: the suite is hermetic and offline.

An autouse guard refuses every socket connection that is not to loopback, so a library that
tries to download a model (chromadb's default embedder, a tokenizer hub) fails loudly here
instead of passing on a developer's networked machine.

Tests that need a program or font from the system (installed by scripts/system_deps.sh) carry a
marker — `requires_soffice`, `requires_cjk_font`, `requires_chromium`, `requires_postgresql` — and
skip with the reason when it is missing (tests/system_deps.py). `postgres_server` is one throwaway
PostgreSQL server for the whole run (tests/pg_server.py), started by the first test that asks. Fixtures drawn with the CJK font raise `FontMissing`
on a machine without it; that one exception becomes a skip with its reason wherever it is raised,
so a new test drawing Chinese needs no marker. Nothing else may skip for a missing dependency.
"""

from __future__ import annotations

import ipaddress
import os
import socket
from pathlib import Path

import pytest
from pg_server import PostgresServer
from system_deps import requirements
from tests_paths import CORPUS

from eval_sets.generator.fonts import FontMissing

_real_connect = socket.socket.connect


def _is_loopback(address) -> bool:
    if isinstance(address, (str, bytes)):  # AF_UNIX
        return True
    host = address[0]
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _guarded_connect(self, address):
    if not _is_loopback(address):
        raise OSError(f"network access blocked in tests: {address!r}")
    return _real_connect(self, address)


@pytest.fixture(autouse=True)
def _no_network(monkeypatch):
    monkeypatch.setattr(socket.socket, "connect", _guarded_connect)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("ANONYMIZED_TELEMETRY", "False")


def pytest_collection_modifyitems(config, items):
    for item in items:
        for marker in list(item.iter_markers()):
            requirement = requirements().get(marker.name)
            if requirement is not None and not requirement.satisfied:
                item.add_marker(pytest.mark.skip(reason=requirement.reason))
                break


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if report.failed and call.excinfo is not None and call.excinfo.errisinstance(FontMissing):
        path, line_index, _name = item.location
        report.outcome = "skipped"
        report.longrepr = (path, line_index + 1, f"Skipped: {call.excinfo.value}")


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """The real-document corpus, for tests whose point is a real document; a fixture that only
    needs a small file of some kind builds it (tests/fixtures/) instead."""
    if not CORPUS.is_dir():
        pytest.skip(f"the real-document corpus is not present ({CORPUS})")
    return CORPUS


@pytest.fixture(scope="session")
def shared_workspace(tmp_path_factory) -> Path:
    """One workspace for the whole run: parsed documents and OCR are cached once and reused by
    every test that reads the bundled sample or the labelled packages. Under pytest-xdist each
    worker has its own workspace (its index and stores are one process's), but the workers share
    one parse/OCR cache: its entries are written atomically and named by content, so a page
    OCR'd by one worker is not OCR'd again by the other."""
    workspace = tmp_path_factory.mktemp("shared_ws")
    if os.environ.get("PYTEST_XDIST_WORKER"):
        common = tmp_path_factory.getbasetemp().parent / "shared_cache"
        common.mkdir(exist_ok=True)
        (workspace / "cache").symlink_to(common, target_is_directory=True)
    return workspace


@pytest.fixture(scope="session")
def postgres_server():
    """A PostgreSQL server of our own for the run: initdb in a temp folder, an unprivileged user,
    127.0.0.1 on a free port; stopped and removed after the session. Tests using it carry
    `requires_postgresql` (they skip with the reason where the binaries are missing)."""
    requirement = requirements()["requires_postgresql"]
    if not requirement.satisfied:
        pytest.skip(requirement.reason)
    server = PostgresServer()
    try:
        yield server
    finally:
        server.close()
