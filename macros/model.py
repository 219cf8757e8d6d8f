"""The dataset as frozen dataclasses. Built only from data that passed validation."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

DEFAULT_LANGUAGE = "en"


@dataclass(frozen=True)
class Text:
    """A text in each language; a missing translation falls back to English."""

    by_language: Mapping[str, str]

    def get(self, language: str) -> str:
        return self.by_language.get(language) or self.by_language[DEFAULT_LANGUAGE]


@dataclass(frozen=True)
class Item:
    id: str
    key: str  # CHECKLIST/ITEM: the stable key used in HTML, storage and exports
    kind: str  # "question" (reflect, write a note) or "task" (do it, tick it)
    text: Text
    hint: Text | None = None
    practice: str | None = None  # "us-uk" or "de" when the advice is specific to one practice
    lesson: bool = False  # notes carry over to the next interview


@dataclass(frozen=True)
class Section:
    id: str
    title: Text | None  # None for the implicit section of a checklist without sections
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Checklist:
    id: str
    title: Text
    intro: Text | None
    sections: tuple[Section, ...]
    has_named_sections: bool
    facts: tuple[str, ...] = ()  # the ids of the facts its texts use (their sources' page)

    @property
    def items(self) -> Iterator[Item]:
        for section in self.sections:
            yield from section.items


@dataclass(frozen=True)
class Dataset:
    checklists: tuple[Checklist, ...]

    def get(self, checklist_id: str) -> Checklist | None:
        return next((c for c in self.checklists if c.id == checklist_id), None)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.checklists)


def _text(value: Mapping[str, str] | None) -> Text | None:
    return Text(dict(value)) if value is not None else None


def _item(checklist_id: str, data: Mapping[str, Any]) -> Item:
    return Item(
        id=data["id"],
        key=f"{checklist_id}/{data['id']}",
        kind=data["kind"],
        text=Text(dict(data["text"])),
        hint=_text(data.get("hint")),
        practice=data.get("practice"),
        lesson=bool(data.get("lesson", False)),
    )


def _checklist(data: Mapping[str, Any], facts: tuple[str, ...]) -> Checklist:
    checklist_id = data["id"]
    if "sections" in data:
        sections = tuple(
            Section(
                id=s["id"],
                title=Text(dict(s["title"])),
                items=tuple(_item(checklist_id, i) for i in s["items"]),
            )
            for s in data["sections"]
        )
    else:
        items = tuple(_item(checklist_id, i) for i in data["items"])
        sections = (Section(id=checklist_id, title=None, items=items),)
    return Checklist(
        id=checklist_id,
        title=Text(dict(data["title"])),
        intro=_text(data.get("intro")),
        sections=sections,
        has_named_sections="sections" in data,
        facts=facts,
    )


def build_dataset(data: Mapping[str, Any],
                  facts_used: Mapping[str, tuple[str, ...]] | None = None) -> Dataset:
    """Turn validated plain data into the model; ``facts_used`` names, per checklist id, the
    facts its texts took from the register (data/facts/)."""
    used = facts_used or {}
    return Dataset(checklists=tuple(_checklist(c, used.get(c["id"], ()))
                                    for c in data["checklists"]))
