"""A panel deciding at once (issue 14): N reviewers in N browser sessions save a decision on the
same finding of the same package at the same moment.

Starts the workspace on a free loopback port with a package that has findings, warms it with one
session, measures one reviewer's save alone, then lets N sessions load the same finding, fill
the form, wait at a barrier and click 保存评审决定 together. Each click is timed until the page
says 已保存评审决定 or 您的修改未保存 (a conflict). Then the review store is read: every save a
reviewer was told of must be in the audit log, nothing else, one version each — no lost update.

Prints click-time p50/p95/max for N concurrent reviewers against the one alone measured in the
same run (the machines are shared and noisy: read ratios), saves vs conflicts, and the store's
verdict. Usage: python bench/bench_ui_decisions.py [N=8] [package folder]
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
from assistant.store.opener import open_review_store  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
PACKAGE = REPO / "eval_sets" / "packages" / "pkg02_huayi_identity_formula"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
LOAD_MS = 600_000
CLICK_MS = 120_000
SAVED, CONFLICT = "已保存评审决定", "您的修改未保存"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def first_finding(page) -> str:
    """The key of the first finding card (the same one in every session: the list is sorted)."""
    box = page.locator('[class*="st-key-finding-"]').first
    classes = box.get_attribute("class") or ""
    return next(c for c in classes.split() if c.startswith("st-key-finding-"))


def reviewer(url: str, name: str, results: dict, barrier: threading.Barrier | None) -> None:
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(url)
            page.get_by_text("各维度问题数").wait_for(timeout=LOAD_MS)
            page.get_by_role("textbox", name="评审人姓名").fill(name)
            page.get_by_role("textbox", name="评审人姓名").press("Enter")
            page.get_by_role("radio", name="问题", exact=True).click()
            page.get_by_text("问题清单").wait_for(timeout=CLICK_MS)
            card = page.locator("." + first_finding(page)).first
            card.scroll_into_view_if_needed()
            card.get_by_text("评审处理").click()
            card.get_by_role("textbox", name="评审意见（必填）").fill(f"{name} 核对后确认")
            page.wait_for_timeout(1500)  # the comment reaches the server before the click
            if barrier is not None:
                barrier.wait(timeout=LOAD_MS / 1000)
            started = time.perf_counter()
            card.get_by_role("button", name="保存评审决定").click()
            page.get_by_text(SAVED).or_(page.get_by_text(CONFLICT)).first.wait_for(timeout=CLICK_MS)
            seconds = time.perf_counter() - started
            outcome = "saved" if page.get_by_text(SAVED).count() else "conflict"
            results[name] = (seconds, outcome)
        finally:
            browser.close()


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 8
    package = Path(sys.argv[2]) if len(sys.argv) > 2 else PACKAGE
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(workspace=Path(tmp))
        port = free_port()
        process = workspace_server.start(settings, "127.0.0.1", port, package)
        try:
            workspace_server.wait_until_ready("127.0.0.1", port, 120, process)
            url = f"http://127.0.0.1:{port}"
            started = time.perf_counter()
            alone: dict = {}
            reviewer(url, "单独评审员", alone, None)  # also loads and caches the review
            print(f"first session (cold review + one save): {time.perf_counter() - started:.1f} s")
            results: dict = {}
            barrier = threading.Barrier(count)
            names = [f"评审员{i + 1}" for i in range(count)]
            threads = [threading.Thread(target=reviewer, args=(url, n, results, barrier)) for n in names]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
        finally:
            workspace_server.stop(process)
        with open_review_store(settings) as store:
            package_id = store.packages()[0].package_id
            audit = store.history(package_id)  # every decision row of the package, oldest first
            problems = store.check_integrity()
    missing = [n for n in names if n not in results]
    clicks = [seconds for seconds, _ in results.values()]
    saved = sorted(n for n, (_s, o) in results.items() if o == "saved")
    conflicts = sorted(n for n, (_s, o) in results.items() if o == "conflict")
    print(f"one reviewer alone: save {alone['单独评审员'][0]:.2f} s ({alone['单独评审员'][1]})")
    if clicks:
        p50, p95 = statistics.median(clicks), percentile(clicks, 0.95)
        print(f"{count} reviewers at once on one finding: click p50 {p50:.2f} s, p95 {p95:.2f} s, max {max(clicks):.2f} s"
              f" — {p50 / alone['单独评审员'][0]:.1f}x / {p95 / alone['单独评审员'][0]:.1f}x the one alone")
    print(f"saved: {len(saved)} ({'、'.join(saved)}); told of a conflict: {len(conflicts)}; no answer: {len(missing)}")
    authors = sorted(d.reviewer for d in audit if d.reviewer != "单独评审员")
    lost = sorted(set(saved) - set(authors))
    extra = sorted(set(authors) - set(saved))
    print(f"audit log: {len(authors)} decisions by the concurrent reviewers; saved but absent: {lost or 'none'}; "
          f"present but told of a conflict: {extra or 'none'}")
    print(f"store integrity: {'intact' if not problems else problems}")


if __name__ == "__main__":
    main()
