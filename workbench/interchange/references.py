"""Resolving a dataset's references against the workspace it is imported into.

Spreadsheets and graphs name stakeholders by text: an element without an ID is matched
by its label, and a connection may point at someone only the workspace knows (a
connections CSV on its own). The import looks those up among the workspace's
stakeholders — by id, else by name — just before planning the rows, in the same
transaction. See ``workbench.model.values.Reference``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from typing import Mapping

from workbench.interchange.errors import InterchangeError
from workbench.interchange.validate import validate
from workbench.model.values import Carried, Dataset


def name_key(name: str) -> str:
    """How names are compared when matching: case and runs of white space do not count."""
    return " ".join(name.split()).casefold()


def resolve(d: Dataset, existing: Mapping[str, str], source: str) -> Dataset:
    """*d* with every reference replaced by the id of a workspace stakeholder.

    *existing* maps the workspace's stakeholder ids to their names. A defined reference
    that matches no one keeps its placeholder id (a new stakeholder); one that only
    refers must match, or ``InterchangeError`` names where the file mentions it. A name
    shared by several stakeholders is ambiguous and refused.
    """
    if not d.references:
        return d
    by_name: dict[str, list[str]] = defaultdict(list)
    for stakeholder_id, name in existing.items():
        by_name[name_key(name)].append(stakeholder_id)
    mapping: dict[str, str] = {}
    for ref in d.references:
        if not ref.defined and ref.text in existing:
            mapping[ref.id] = ref.text
            continue
        found = by_name.get(name_key(ref.text), [])
        if len(found) == 1:
            mapping[ref.id] = found[0]
        elif len(found) > 1:
            raise InterchangeError(source, ref.where, (
                f"{ref.text!r} is the name of {len(found)} stakeholders in the workspace "
                f"({', '.join(sorted(found)[:3])}); use their ids (an ID column) to say which"))
        elif not ref.defined:
            raise InterchangeError(source, ref.where, (
                f"no element or stakeholder {ref.text!r}: expected the label or ID of an "
                "element in this file, or the name or id of a stakeholder in the workspace"))
    resolved = remap(d, mapping)
    if mapping:  # ids changed: two may have become one
        validate(resolved, source, existing=frozenset(mapping.values()))
    return resolved


def remap(d: Dataset, mapping: Mapping[str, str]) -> Dataset:
    """*d* with stakeholder ids renamed by *mapping* (its references dropped)."""

    def new(stakeholder_id: str) -> str:
        return mapping.get(stakeholder_id, stakeholder_id)

    carried = d.carried
    if carried is not None and mapping:
        carried = Carried({new(k): v for k, v in carried.stakeholders.items()}, carried.relations)
    if not mapping:
        return replace(d, references=(), carried=carried)
    return replace(
        d,
        stakeholders=tuple(replace(s, id=new(s.id)) if s.id in mapping else s for s in d.stakeholders),
        relations=tuple(replace(r, a=new(r.a), b=new(r.b)) if r.a in mapping or r.b in mapping else r
                        for r in d.relations),
        carried=carried,
        references=(),
    )
