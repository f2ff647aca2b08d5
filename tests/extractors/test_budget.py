"""`extractors.budget`: a file's time budget stretched by the machine's load, never shrunk, capped."""

from __future__ import annotations

import os

import pytest

from extractors import budget


@pytest.mark.parametrize(("load", "cores", "stretch"), [
    (0.3, 2, 1.0),  # an idle machine: the budget as set
    (12.0, 2, 6.0),  # h10's run: six times busier than its cores
    (400.0, 2, budget.MAX_STRETCH),  # capped: a file that hangs is still stopped
])
def test_the_stretch_follows_the_load_per_core(monkeypatch, load, cores, stretch):
    monkeypatch.setattr(os, "getloadavg", lambda: (load, load, load))
    monkeypatch.setattr(os, "cpu_count", lambda: cores)
    assert budget.load_stretch() == stretch
    assert budget.stretched(300.0) == 300.0 * stretch
    assert budget.stretched(-1.0) == -1.0  # a negative budget (a test's way to time out at once) stays so


def test_no_load_average_means_no_stretch(monkeypatch):
    def unavailable():
        raise OSError("no load average")

    monkeypatch.setattr(os, "getloadavg", unavailable)
    assert budget.load_stretch() == 1.0
