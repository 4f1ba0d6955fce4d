"""Headless Chromium for the page tests: Debian's chromium driven by Playwright, nothing downloaded.

    with chromium_page() as page:
        page.goto(path.as_uri())

`.ci/run` installs Debian's `chromium` when it is missing; Playwright only drives it (never
`playwright install`). The flags keep Chromium off the network and out of the sandbox root
cannot use.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_path() -> str:
    """Debian's Chromium; a clear failure when it is not installed."""
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        pytest.fail("headless Chromium is needed: apt-get install chromium (.ci/run does it)")
    return found


@contextmanager
def chromium_page(width: int = 900, height: int = 1200) -> Iterator[Any]:
    """A fresh page in a fresh headless Chromium; closed afterwards."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS, headless=True)
        try:
            context = browser.new_context(viewport={"width": width, "height": height})
            yield context.new_page()
            context.close()
        finally:
            browser.close()
