"""The career centre that hosts the site (``extra.centre`` in mkdocs.yml): check the setting,
then turn it into a small model the templates show (support box, footer, header, print line,
accessibility feedback contact) and the accent colour's stylesheet.

Pure functions, no MkDocs: the unit tests call them directly. Every problem is reported at
once, one line each, in the format of macros/problems.py:
``mkdocs.yml: extra.centre.contact.email: "not-an-email" is not an e-mail address``.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import urlsplit

import jsonschema

from .model import DEFAULT_LANGUAGE, Text
from .problems import Problem
from .validation import load_schema, type_of

SCHEMA = Path("data/centre.schema.json")
SETTING = "extra.centre"
CENTRE_CSS = "assets/css/centre.css"  # the support box, footer contact and print line
ACCENT_CSS = "centre/accent.css"  # outside assets/: the asset bundle hook leaves it alone
MIN_CONTRAST = 4.5  # WCAG 2.2 AA, normal text

_EMAIL = re.compile(r"^[^@\s<>()\[\],;:\"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$")
_PHONE = re.compile(r"^\+?[0-9][0-9 ()/.\-]*[0-9]$")
_COLOUR = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")
_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
}


# ---- the model (texts are the dataset's Text: one per language, English as the fallback) ----

@dataclass(frozen=True)
class Workshop:
    title: Text
    link: str | None = None
    description: Text | None = None
    date: Text | None = None


@dataclass(frozen=True)
class Centre:
    """The validated ``extra.centre``. Links are as written: https://... or a path from the
    site's root (the macros make those relative to each page)."""

    name: Text
    logo: str | None = None
    email: str | None = None
    phone: str | None = None
    web: str | None = None
    hours: Text | None = None
    booking: str | None = None
    workshops: tuple[Workshop, ...] = ()
    accent: str | None = None

    @property
    def has_contact(self) -> bool:
        return any((self.email, self.phone, self.web, self.hours))

    def print_line(self, language: str) -> str:
        """The centre on a printed form: name, then e-mail and phone when set."""
        return " · ".join(part for part in (self.name.get(language), self.email, self.phone)
                          if part)


def read_centre(extra: Mapping[str, Any] | None, project_dir: Path, docs_dir: Path,
                config_name: str = "mkdocs.yml") -> tuple[Centre | None, list[Problem]]:
    """The centre from mkdocs.yml's ``extra`` mapping, or None when it has none, and every
    problem with the setting (the centre is None when there is any)."""
    raw = (extra or {}).get("centre")
    if raw is None:
        return None, []
    raw = _plain(raw)
    problems = validate_centre(raw, load_schema(project_dir / SCHEMA), docs_dir, config_name)
    if problems:
        return None, problems
    return build_centre(raw), []


def build_centre(raw: Mapping[str, Any]) -> Centre:
    """The model of a setting that ``validate_centre`` found no problem with."""
    raw = _plain(raw)
    contact = raw.get("contact") or {}
    return Centre(
        name=_localised(raw["name"]),
        logo=raw.get("logo"),
        email=contact.get("email"),
        phone=contact.get("phone"),
        web=contact.get("web"),
        hours=_localised(contact["hours"]) if "hours" in contact else None,
        booking=raw.get("booking"),
        workshops=tuple(
            Workshop(
                title=_localised(w["title"]),
                link=w.get("link"),
                description=_localised(w["description"]) if "description" in w else None,
                date=_date(w["date"]) if "date" in w else None,
            )
            for w in raw.get("workshops") or ()
        ),
        accent=raw.get("accent", "").lower() or None,
    )


def _localised(value: str | Mapping[str, str]) -> Text:
    if isinstance(value, str):
        return Text({DEFAULT_LANGUAGE: value})
    return Text(dict(value))


def _date(value: str | Mapping[str, str]) -> Text:
    """An ISO date (2026-12-03) as people write it in each language; other text as it is."""
    if isinstance(value, str):
        try:
            day = datetime.date.fromisoformat(value)
        except ValueError:
            return Text({DEFAULT_LANGUAGE: value})
        return Text({
            "en": f"{day.day} {_MONTHS['en'][day.month - 1]} {day.year}",
            "de": f"{day.day}. {_MONTHS['de'][day.month - 1]} {day.year}",
        })
    return Text(dict(value))


def _plain(value: Any) -> Any:
    """YAML's dates (a bare 2026-12-03) as ISO text, so the schema sees text."""
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


# ---- checking ----------------------------------------------------------------------------

def validate_centre(raw: Any, schema: dict[str, Any], docs_dir: Path | None = None,
                    config_name: str = "mkdocs.yml") -> list[Problem]:
    """Every problem with the setting: its shape (JSON Schema), then the values a schema
    cannot judge well (e-mail, phone, web addresses, logo file, colour contrast)."""
    validator = jsonschema.Draft202012Validator(schema)
    problems = {
        Problem(config_name, None, _entry(error.absolute_path), _describe(error))
        for error in validator.iter_errors(raw)
    }
    if isinstance(raw, dict):
        problems.update(Problem(config_name, None, entry, message)
                        for entry, message in _value_problems(raw, docs_dir))
    return sorted(problems, key=lambda p: (p.entry, p.message))


def _entry(path: Any) -> str:
    entry = SETTING
    for part in path:
        entry += f"[{part}]" if isinstance(part, int) else f".{part}"
    return entry


_TYPE_NAMES = {"object": "a mapping (key: value)", "array": "a list", "string": "a text"}


def _describe(error: jsonschema.ValidationError) -> str:
    """A jsonschema error as a message for someone editing mkdocs.yml by hand."""
    kind, value = error.validator, error.instance
    if kind == "additionalProperties":
        allowed = ", ".join(sorted(error.schema.get("properties", {})))
        unknown = ", ".join(f'"{name}"' for name in value if name not in
                            error.schema.get("properties", {}))
        return f"unknown setting {unknown} (allowed: {allowed})"
    if kind == "required":
        missing = [name for name in error.validator_value if name not in value]
        return f'missing required setting "{missing[0]}"'
    if kind == "type":
        expected = _TYPE_NAMES.get(error.validator_value, error.validator_value)
        return f"wrong type: expected {expected}, got {type_of(value)}"
    if kind in ("minLength", "minProperties"):
        return "empty: fill it in or remove the setting"
    if kind == "minItems":
        return "empty list: add an entry or remove the setting"
    if kind == "oneOf":  # a text: a string, or a mapping of languages
        if isinstance(value, dict):
            inner = [e for e in error.context if e.validator != "type"]
            if inner:
                return _describe(min(inner, key=lambda e: len(e.absolute_path)))
        if isinstance(value, str):
            return "empty: fill it in or remove the setting"
        return (f"wrong type: expected a text, or one text per language (en: ..., de: ...), "
                f"got {type_of(value)}")
    return error.message


def _value_problems(raw: dict[str, Any], docs_dir: Path | None) -> Iterator[tuple[str, str]]:
    contact = raw.get("contact") if isinstance(raw.get("contact"), dict) else {}
    email = contact.get("email")
    if isinstance(email, str) and email and not _EMAIL.match(email):
        yield f"{SETTING}.contact.email", f'"{email}" is not an e-mail address'
    phone = contact.get("phone")
    if isinstance(phone, str) and phone and (not _PHONE.match(phone)
                                             or sum(c.isdigit() for c in phone) < 3):
        yield (f"{SETTING}.contact.phone",
               f'"{phone}" is not a phone number (digits, spaces and + - / ( ) . only)')
    links = [(f"{SETTING}.contact.web", contact.get("web")), (f"{SETTING}.booking",
                                                                  raw.get("booking"))]
    workshops = raw.get("workshops") if isinstance(raw.get("workshops"), list) else []
    links += [(f"{SETTING}.workshops[{index}].link", w.get("link"))
              for index, w in enumerate(workshops) if isinstance(w, dict)]
    for entry, link in links:
        message = link_problem(link) if isinstance(link, str) and link else None
        if message:
            yield entry, message
    logo = raw.get("logo")
    if isinstance(logo, str) and logo:
        message = logo_problem(logo, docs_dir)
        if message:
            yield f"{SETTING}.logo", message
    accent = raw.get("accent")
    if isinstance(accent, str) and accent:
        message = colour_problem(accent)
        if message:
            yield f"{SETTING}.accent", message


def link_problem(link: str) -> str | None:
    """Why ``link`` cannot be a link of the site (None when it can): http(s) addresses with a
    host, or paths inside the site; never javascript:, data: or other schemes."""
    bad = f'"{link}" is not a web address: use https://... or a path inside the site'
    if any(c.isspace() or ord(c) < 32 for c in link) or "\\" in link:
        return bad
    try:
        parts = urlsplit(link)
        parts.port  # noqa: B018 - raises ValueError for a malformed port
    except ValueError:
        return bad
    if parts.scheme:
        if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
            return bad
        if not re.fullmatch(r"[a-z0-9.-]+", parts.hostname) or ".." in parts.hostname:
            return bad
        return None
    if link.startswith("//"):
        return bad + " (an address starting with // is on another host)"
    if link.startswith("/"):
        return (f'"{link}" starts with "/": write the path from the site\'s root without it, '
                "so the site works under any sub-path")
    return None


def logo_problem(logo: str, docs_dir: Path | None) -> str | None:
    """Why ``logo`` cannot be the logo (None when it can): a file inside docs/, given as a
    path from the site's root. An address on another host would break the no-outside-request
    promise and the Content-Security-Policy (img-src 'self')."""
    parts = urlsplit(logo) if not any(c.isspace() for c in logo) else None
    if parts is None or parts.scheme or logo.startswith("/") or parts.query or parts.fragment:
        return (f'"{logo}" is not a path inside the site: put the file into docs/ and write '
                "its path from there, e.g. assets/centre-logo.svg")
    path = PurePosixPath(logo)
    if ".." in path.parts:
        return f'"{logo}" points outside docs/: put the file into docs/'
    if docs_dir is not None and not (docs_dir / path).is_file():
        return f'"{logo}": no such file in docs/'
    return None


# ---- colour -------------------------------------------------------------------------------

def _rgb(colour: str) -> tuple[int, int, int]:
    digits = colour.lstrip("#")
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


def _hex(rgb: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{round(max(0.0, min(255.0, c))):02x}" for c in rgb)


def relative_luminance(colour: str) -> float:
    """WCAG 2.2's relative luminance of a #rrggbb or #rgb colour."""
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    red, green, blue = (channel(v) for v in _rgb(colour))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first: str, second: str) -> float:
    """WCAG 2.2's contrast ratio of two colours, from 1 to 21."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)),
                             reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def colour_problem(colour: str) -> str | None:
    """Why ``colour`` cannot be the accent (None when it can): a hex colour whose contrast
    with white is at least 4.5:1, both ways round (links on white, white text on it)."""
    if not _COLOUR.match(colour):
        return f'"{colour}" is not a colour: write it as #rrggbb, e.g. #0c5f63'
    ratio = contrast(colour, "#ffffff")
    if ratio < MIN_CONTRAST:
        return (f'"{colour}" has a contrast of {ratio:.2f}:1 with white; text needs at least '
                f"{MIN_CONTRAST}:1 (WCAG AA): choose a darker colour")
    return None


def _mix(colour: str, other: str, share: float) -> str:
    """``colour`` with ``share`` (0..1) of ``other`` mixed in."""
    return _hex(tuple(a + (b - a) * share for a, b in zip(_rgb(colour), _rgb(other),
                                                           strict=True)))


def accent_css(colour: str) -> str:
    """The stylesheet that gives the site the centre's accent (a file, not an inline style:
    the Content-Security-Policy allows styles from files only). The soft tint behind accent
    text is chosen light enough to keep the accent's text at 4.5:1 on it."""
    share = 0.9
    soft = _mix(colour, "#ffffff", share)
    while contrast(colour, soft) < MIN_CONTRAST and share < 1:
        share = min(1.0, share + 0.02)
        soft = _mix(colour, "#ffffff", share)
    return (
        "/* The career centre's accent colour (extra.centre.accent in mkdocs.yml), "
        "written at build time. */\n"
        ":root {\n"
        f"  --av-accent: {colour};\n"
        f"  --av-accent-dark: {_mix(colour, '#000000', 0.33)};\n"
        f"  --av-accent-soft: {soft};\n"
        f"  --md-primary-fg-color--light: {_mix(colour, '#ffffff', 0.15)};\n"
        "}\n"
    )
