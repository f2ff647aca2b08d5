"""The team deployment behind a real server and a real browser: headless Debian Chromium sends the
signed-in user in a real HTTP header (as the reverse proxy would) to `streamlit run`, and the
workspace reads it through `st.context.headers` — no test seam in between.

Only what is decided before a package is reviewed is driven here (the refusals, and who the
sidebar says is signed in), so no package is parsed; tests/ui/test_signin.py covers the rest.
"""

from __future__ import annotations

import pytest
from system_deps import chromium
from test_browser import CHROMIUM_ARGS, _free_port
from test_signin import OTHER_ID, OTHER_PLATFORM, OTHER_SOURCE, ROLES

from assistant.app import workspace_server as launcher
from assistant.core.settings import Settings
from assistant.store.opener import open_review_store
from ui import access

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.requires_chromium]
WAIT_MS = 60_000


@pytest.fixture
def team_server(tmp_path):
    workspace = tmp_path / "ws"
    workspace.mkdir()
    roles = tmp_path / "roles.toml"
    roles.write_text(ROLES, encoding="utf-8")
    with open_review_store(Settings(workspace=workspace)) as store:
        store.register_package(OTHER_ID, str(OTHER_SOURCE), OTHER_PLATFORM)
    port = _free_port()
    log = (tmp_path / "streamlit.log").open("w")
    settings = Settings(workspace=workspace, ui_user_header="X-Forwarded-User", ui_roles=roles)
    process = launcher.start(settings, "127.0.0.1", port, stdout=log, stderr=log)
    try:
        launcher.wait_until_ready("127.0.0.1", port, 60, process)
        yield f"http://127.0.0.1:{port}/"
    finally:
        launcher.stop(process)
        log.close()


def _page(browser, user: str | None):
    headers = {"X-Forwarded-User": user} if user is not None else {}
    context = browser.new_context(viewport={"width": 1400, "height": 900}, locale="zh-CN", extra_http_headers=headers)
    return context.new_page()


def test_the_signed_in_header_decides_what_a_real_browser_gets(team_server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium(), headless=True, args=CHROMIUM_ARGS)
        try:
            page = _page(browser, None)  # no proxy in front: no header
            page.goto(team_server)
            page.get_by_text(access.NOT_SIGNED_IN).wait_for(timeout=WAIT_MS)
            assert page.get_by_text("申报材料", exact=True).count() == 0

            page = _page(browser, "mallory")
            page.goto(team_server)
            page.get_by_text(access.NOT_IN_ROLES.format(user="mallory")).wait_for(timeout=WAIT_MS)

            page = _page(browser, "yanfeng")  # an applicant following a link to another package
            page.goto(f"{team_server}?pkg={OTHER_ID[:16]}")
            page.get_by_text(access.NOT_YOURS).wait_for(timeout=WAIT_MS)
            assert page.get_by_text(OTHER_PLATFORM).count() == 0

            page = _page(browser, "li.ming")  # an expert, the same link
            page.goto(f"{team_server}?pkg={OTHER_ID[:16]}")
            page.get_by_text(access.NOT_ASSIGNED).wait_for(timeout=WAIT_MS)

            page = _page(browser, "wang.fang")  # the 工作组: signed in, no role radio, no name box
            page.goto(team_server)
            page.get_by_text("已登录：wang.fang · 角色：评价工作组").wait_for(timeout=WAIT_MS)
            assert page.get_by_role("textbox", name="评审人姓名").count() == 0
            assert page.get_by_role("radiogroup", name="角色").count() == 0
        finally:
            browser.close()
