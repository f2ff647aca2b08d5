"""Eight reviewers deciding at once on the same packages, on both backends (tests/store_load.py:
the product's store API, everyone let go together; one process per reviewer, or eight sessions
sharing one store in one process as the Streamlit workspace runs them): no lost update,
every collision reported to the reviewer as a ConflictError naming the newer decision, and every
package's audit chain intact."""

from __future__ import annotations

from collections import defaultdict

import pytest
import store_backends
from store_load import ITEMS, PACKAGES, run_load, run_sessions

backend, target = store_backends.backend, store_backends.target  # fixtures of both backends

WRITERS, ROUNDS = 8, 30


@pytest.mark.slow  # eight reviewers, 240 decisions
@pytest.mark.parametrize("run", [run_load, run_sessions], ids=["processes", "sessions-one-store"])
def test_eight_reviewers_on_the_same_packages_lose_nothing_and_are_told_of_every_conflict(target, run):
    target.open().close()  # the schema exists before anyone clicks
    outcomes = run(target.url, WRITERS, ROUNDS)
    assert len(outcomes) == WRITERS * ROUNDS
    saved = [o for o in outcomes if o.outcome == "saved"]
    conflicts = [o for o in outcomes if o.outcome == "conflict"]
    assert len(saved) + len(conflicts) == len(outcomes)

    # A save builds on exactly the version its reviewer saw, and no two saves claim one version.
    assert all(o.version == o.seen + 1 for o in saved)
    claimed = [(o.package_id, o.item_key, o.version) for o in saved]
    assert len(set(claimed)) == len(claimed)

    # A conflict is reported only when someone else had saved a newer version; the reviewer is
    # told who and that nothing of theirs was saved.
    assert conflicts, "eight reviewers on twelve items never collided: the test did not load the store"
    for o in conflicts:
        assert o.version is not None and o.version > o.seen, o
        assert "已被" in o.message and "您的修改未保存" in o.message and f"您看到的是版本 {o.seen}" in o.message

    with target.open() as store:
        assert store.check_integrity() == []  # chains intact, versions contiguous, current = newest
        by_item = defaultdict(list)
        for o in saved:
            by_item[(o.package_id, o.item_key)].append(o)
        audit_rows = 0
        for package_id in PACKAGES:
            history = store.history(package_id)
            audit_rows += len(history)
            for key in ITEMS:
                rows = [d for d in history if d.item_key == key]
                mine = sorted(by_item[(package_id, key)], key=lambda o: o.version)
                # every save the reviewers were told of is in the audit log, with its value, and
                # nothing else is: no lost update, no phantom write
                assert [(d.version, d.seq, d.after, d.reviewer) for d in rows] == \
                    [(o.version, o.seq, o.value, o.reviewer) for o in mine]
                current = store.decision(package_id, "value", key)
                if mine:
                    assert (current.version, current.after) == (mine[-1].version, mine[-1].value)
                else:
                    assert current is None
                # each save's "before" is the previous save's value: nobody overwrote unseen
                assert [d.before for d in rows[1:]] == [d.after for d in rows[:-1]]
        assert audit_rows == len(saved)
