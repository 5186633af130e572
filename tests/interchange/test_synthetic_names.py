"""The synthetic workspace's names: believable at scale (a screenshot or a demo of 5,000 or
20,000 stakeholders shows no repeated people), seeded, and the same in every process."""

from __future__ import annotations

import hashlib
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from workbench.interchange.synthetic import (
    FIRST,
    LAST,
    ORG_PREFIX,
    PLACES,
    _names,
    synthetic_dataset,
)
from workbench.model import Dataset, StakeholderKind

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module", params=[5_000, 20_000])
def large(request: pytest.FixtureRequest) -> Dataset:
    return synthetic_dataset(request.param)


def surname(name: str) -> str:
    """The surname of a generated person (tussenvoegsel included)."""
    return next(last for last in sorted(LAST, key=len, reverse=True) if name.endswith(" " + last))


def test_the_name_lists_hold_no_duplicates() -> None:
    for options in (FIRST, LAST, PLACES, *ORG_PREFIX.values()):
        assert len(set(options)) == len(options)
    prefixes = [p for options in ORG_PREFIX.values() for p in options]
    assert len(set(prefixes)) == len(prefixes)  # so two kinds never name alike


def test_every_name_is_distinct(large: Dataset) -> None:
    names = [s.name for s in large.stakeholders]
    assert len(set(names)) == len(names)
    people = [s.name for s in large.stakeholders if s.kind == StakeholderKind.PERSON]
    assert len(people) > 0.6 * len(names)
    # plain "first last" while the combinations last (30,000 of them): no initials needed
    assert all(n.split(" ", 1)[0] in FIRST and n.split(" ", 1)[1] in LAST for n in people)


def test_neighbours_in_id_order_share_a_surname_only_by_chance(large: Dataset) -> None:
    people = [s.name for s in large.stakeholders if s.kind == StakeholderKind.PERSON]
    pairs = list(zip(people, people[1:]))
    same = sum(surname(a) == surname(b) for a, b in pairs)
    assert same <= 3 * len(pairs) / len(LAST) + 5
    same_first = sum(a.split(" ", 1)[0] == b.split(" ", 1)[0] for a, b in pairs)
    assert same_first <= 3 * len(pairs) / len(FIRST) + 5


def test_organisations_are_named_by_their_kind(large: Dataset) -> None:
    for s in large.stakeholders:
        if s.kind in ORG_PREFIX:
            assert any(s.name.startswith(p + " ") for p in ORG_PREFIX[s.kind]), s.name
    # a person's organisation is one on the map
    organisations = {s.name for s in large.stakeholders if s.kind in ORG_PREFIX}
    assert {s.organisation for s in large.stakeholders
            if s.kind == StakeholderKind.PERSON} <= organisations


def test_a_very_large_workspace_still_names_everyone_apart() -> None:
    """Beyond the plain combinations, people get initials (organisations districts)."""
    kinds = [StakeholderKind.FACILITATOR] + [StakeholderKind.PERSON] * 40_000 \
        + [StakeholderKind.GOVERNMENT] * 7_000
    names = _names(kinds, random.Random(1))
    assert len(set(names)) == len(names)
    assert names == _names(kinds, random.Random(1))


def _digest(n: int, hash_seed: str) -> str:
    code = ("import hashlib; from workbench.interchange.synthetic import synthetic_dataset; "
            f"d = synthetic_dataset({n}); "
            "print(hashlib.sha256('\\n'.join(s.name + '|' + s.organisation "
            "for s in d.stakeholders).encode()).hexdigest())")
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                         env=env, timeout=120, check=True)
    return out.stdout.strip()


def test_the_same_size_gives_the_same_names_in_every_process() -> None:
    names = [(s.name, s.organisation) for s in synthetic_dataset(1_500).stakeholders]
    assert names == [(s.name, s.organisation) for s in synthetic_dataset(1_500).stakeholders]
    here = hashlib.sha256("\n".join(f"{a}|{b}" for a, b in names).encode()).hexdigest()
    assert _digest(1_500, "1") == _digest(1_500, "2") == here
    other = [s.name for s in synthetic_dataset(1_500, seed=8).stakeholders]
    assert other != [a for a, _ in names]
