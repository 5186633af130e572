"""The synthetic workspace: deterministic, the promised sizes, and internally consistent."""

from __future__ import annotations

import math
from collections import Counter

import pytest

from workbench.interchange.synthetic import END, synthetic_dataset
from workbench.interchange.validate import validate
from workbench.model import Dataset, StakeholderKind

N = 300


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return synthetic_dataset(N)


def test_same_seed_gives_an_equal_dataset(dataset: Dataset) -> None:
    assert synthetic_dataset(N) == dataset
    assert synthetic_dataset(N, seed=8) != dataset


def test_sizes_are_roughly_as_specified(dataset: Dataset) -> None:
    assert len(dataset.stakeholders) == N
    assert 2.7 * N <= len(dataset.relations) <= 3.3 * N
    assert 18 * N <= len(dataset.interactions) <= 22 * N
    assert len(dataset.relations) <= len(dataset.readings) <= 5 * len(dataset.relations)
    assert 8 <= len(dataset.groups) <= 12
    assert 2 <= len(dataset.sessions) <= 3
    small = sum(1 <= len(i.with_) <= 3 for i in dataset.interactions)
    assert small >= 0.9 * len(dataset.interactions)
    assert any(i.remarks for i in dataset.interactions)
    assert any(i.followups for i in dataset.interactions)
    assert len(Counter(s.kind for s in dataset.stakeholders)) >= 5
    assert len(Counter(s.status for s in dataset.stakeholders)) == 4


def test_exactly_one_facilitator_related_to_a_good_share(dataset: Dataset) -> None:
    facilitators = [s.id for s in dataset.stakeholders if s.kind == StakeholderKind.FACILITATOR]
    assert len(facilitators) == 1
    links = sum(facilitators[0] in (r.a, r.b) for r in dataset.relations)
    assert 0.2 * N <= links < len(dataset.relations) / 2


def test_no_self_or_duplicate_relations(dataset: Dataset) -> None:
    pairs = [frozenset((r.a, r.b)) for r in dataset.relations]
    assert all(r.a != r.b for r in dataset.relations)
    assert len(set(pairs)) == len(pairs)
    assert len({r.id for r in dataset.relations}) == len(dataset.relations)


def test_every_reference_resolves(dataset: Dataset) -> None:
    validate(dataset, "synthetic")  # the importer's own checks
    people = {s.id for s in dataset.stakeholders}
    groups = {g.id for g in dataset.groups}
    relations = {r.id for r in dataset.relations}
    for items in (dataset.stakeholders, dataset.relations, dataset.readings,
                  dataset.interactions, dataset.sessions, dataset.groups):
        assert len({item.id for item in items}) == len(items)
    assert all(set(s.groups) <= groups for s in dataset.stakeholders)
    assert all(any(s.groups) for s in dataset.stakeholders[1:])
    assert all(r.a in people and r.b in people for r in dataset.relations)
    for reading in dataset.readings:
        assert reading.relation in relations and 1 <= reading.energy <= 5
        assert reading.at <= END
    for interaction in dataset.interactions:
        assert interaction.with_ and set(interaction.with_) <= people
        assert len(set(interaction.with_)) == len(interaction.with_)
        assert END.replace(year=END.year - 2) <= interaction.at <= END
        assert all(r.by in interaction.with_ for r in interaction.remarks)
        assert all(f.who in people for f in interaction.followups)
    assert all(set(s.attendees) <= people for s in dataset.sessions)
    assert dataset.settings is not None and dataset.settings.as_of == END.date()


def test_nodes_do_not_overlap(dataset: Dataset) -> None:
    points = [(s.x, s.y) for s in dataset.stakeholders]
    assert all(x is not None and y is not None for x, y in points)
    closest = min(math.dist(p, q) for i, p in enumerate(points) for q in points[i + 1:])
    assert closest >= 40


@pytest.mark.parametrize("n", [1, 2, 3, 12])
def test_tiny_workspaces_are_valid(n: int) -> None:
    d = synthetic_dataset(n)
    validate(d, "synthetic")
    assert len(d.stakeholders) == n
    assert sum(s.kind == StakeholderKind.FACILITATOR for s in d.stakeholders) == 1
    assert all(r.a != r.b for r in d.relations)


def test_no_workspace_without_a_facilitator() -> None:
    with pytest.raises(ValueError):
        synthetic_dataset(0)
