"""Public holidays for the follow-up dates: working days skip them (docs/assets/js/dates.js).

Computed at build time with the `holidays` library (its rules and names are kept up to date
by its maintainers) for this year and the next two, and put into the page with the waiting
times (macros/letters.py, dates_data): US federal holidays, bank holidays in England and
Wales, German federal holidays, and each Land's own (a user in Bavaria also has Epiphany
and Corpus Christi off; one in Berlin has Women's Day instead).

Holidays on a Saturday or Sunday are left out: a weekend is never a working day anyway, and
a holiday that is moved to a weekday ("observed") is listed on that weekday.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import cache
from typing import Any

import holidays

# The 16 Länder by their ISO 3166-2 codes (as the store keeps the choice, followup.region),
# with their names for the choice in the tool.
LANDS: dict[str, dict[str, str]] = {
    "BW": {"en": "Baden-Württemberg", "de": "Baden-Württemberg"},
    "BY": {"en": "Bavaria", "de": "Bayern"},
    "BE": {"en": "Berlin", "de": "Berlin"},
    "BB": {"en": "Brandenburg", "de": "Brandenburg"},
    "HB": {"en": "Bremen", "de": "Bremen"},
    "HH": {"en": "Hamburg", "de": "Hamburg"},
    "HE": {"en": "Hesse", "de": "Hessen"},
    "MV": {"en": "Mecklenburg-Western Pomerania", "de": "Mecklenburg-Vorpommern"},
    "NI": {"en": "Lower Saxony", "de": "Niedersachsen"},
    "NW": {"en": "North Rhine-Westphalia", "de": "Nordrhein-Westfalen"},
    "RP": {"en": "Rhineland-Palatinate", "de": "Rheinland-Pfalz"},
    "SL": {"en": "Saarland", "de": "Saarland"},
    "SN": {"en": "Saxony", "de": "Sachsen"},
    "ST": {"en": "Saxony-Anhalt", "de": "Sachsen-Anhalt"},
    "SH": {"en": "Schleswig-Holstein", "de": "Schleswig-Holstein"},
    "TH": {"en": "Thuringia", "de": "Thüringen"},
}
# The library's English names of German holidays are American; a reader of an English page
# in Germany knows these two by their British names.
_BRITISH = {"Pentecost Monday": "Whit Monday", "Labor Day": "Labour Day"}


def build_years(today: date | None = None) -> range:
    """This year and the next two: the years a follow-up date can fall in."""
    year = (today or date.today()).year
    return range(year, year + 3)


def holiday_data(language: str, years: Iterable[int] | None = None) -> dict[str, Any]:
    """The holidays on weekdays, for the page's language, by area: ``us``, ``uk`` (England
    and Wales), ``de`` (federal) and ``de-XX`` (a Land's own, beyond the federal ones). Each
    area maps a holiday's name to its days, which keeps the page small (Christmas is named
    once for three years). Names are in the page's language where the library has them
    (German holidays in German; US and UK holidays keep their English names)."""
    return _holiday_data(language, tuple(years if years is not None else build_years()))


@cache
def _holiday_data(language: str, years: tuple[int, ...]) -> dict[str, Any]:
    english = language != "de"
    federal = _days(holidays.country_holidays(
        "DE", years=years, language="en_US" if english else "de"))
    areas = {
        "us": _days(holidays.country_holidays("US", years=years)),
        "uk": _days(holidays.country_holidays("GB", subdiv="ENG", years=years,
                                              language="en_GB")),
        "de": federal,
    }
    for code in LANDS:
        land = _days(holidays.country_holidays(
            "DE", subdiv=code, years=years, language="en_US" if english else "de"))
        areas[f"de-{code}"] = {day: name for day, name in land.items() if day not in federal}
    if english:
        for key, days in areas.items():
            if key.startswith("de"):
                areas[key] = {day: _BRITISH.get(name, name) for day, name in days.items()}
    return {key: _by_name(days) for key, days in areas.items()}


def _days(found: holidays.HolidayBase) -> dict[str, str]:
    """Weekday holidays as {"2026-12-25": "Christmas Day"}, in date order."""
    return {day.isoformat(): name for day, name in sorted(found.items()) if day.weekday() < 5}


def _by_name(days: dict[str, str]) -> dict[str, list[str]]:
    named: dict[str, list[str]] = {}
    for day, name in days.items():
        named.setdefault(name, []).append(day)
    return named


def land_names(language: str) -> list[tuple[str, str]]:
    """(code, name) of every Land, in the alphabetical order of the page's language."""
    return sorted(((code, names[language]) for code, names in LANDS.items()),
                  key=lambda pair: pair[1])
