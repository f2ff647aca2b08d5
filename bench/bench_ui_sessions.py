"""Several reviewers on one package at once: N browser sessions open the workspace together.

Starts the workspace on a free loopback port with the sample package, warms it with one session,
then opens N sessions concurrently (one Chromium, N contexts) and reports the time each took to
show the overview, and the time of a view switch in each — against a single session measured in
the same run. Usage: python bench/bench_ui_sessions.py [N=4]
"""

from __future__ import annotations

import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from playwright.sync_api import sync_playwright  # noqa: E402

from assistant.app import workspace_server  # noqa: E402
from assistant.core.settings import Settings  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def one_session(url: str, results: list, index: int) -> None:
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        started = time.perf_counter()
        page.goto(url)
        page.get_by_text("各维度问题数").wait_for(timeout=180_000)
        render = time.perf_counter() - started
        started = time.perf_counter()
        page.get_by_role("radio", name="问题", exact=True).click()
        page.get_by_text("问题清单").wait_for(timeout=60_000)
        switch = time.perf_counter() - started
        browser.close()
    results[index] = (render, switch)


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 4
    with tempfile.TemporaryDirectory() as tmp:
        port = free_port()
        process = workspace_server.start(Settings(workspace=Path(tmp)), "127.0.0.1", port,
                                         REPO / "samples" / "sample_package")
        try:
            workspace_server.wait_until_ready("127.0.0.1", port, 120, process)
            url = f"http://127.0.0.1:{port}"
            warm = [None]
            one_session(url, warm, 0)  # loads and caches the review once
            single = [None]
            one_session(url, single, 0)
            results: list = [None] * count
            threads = [threading.Thread(target=one_session, args=(url, results, i)) for i in range(count)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
        finally:
            workspace_server.stop(process)
    renders = [r[0] for r in results]
    switches = [r[1] for r in results]
    print(f"first session (cold review of the sample): {warm[0][0]:.1f} s")
    print(f"one warm session alone: render {single[0][0]:.2f} s, view switch {single[0][1]:.2f} s")
    print(f"{count} concurrent sessions: render median {statistics.median(renders):.2f} s (max {max(renders):.2f}), "
          f"view switch median {statistics.median(switches):.2f} s (max {max(switches):.2f})")
    print(f"ratio concurrent/alone: render {statistics.median(renders) / single[0][0]:.1f}x, "
          f"switch {statistics.median(switches) / single[0][1]:.1f}x")


if __name__ == "__main__":
    main()
