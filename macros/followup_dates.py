"""The follow-up date rules, in Python: the same rules as AV.followupDates in
docs/assets/js/followup.js, so that they can be unit-tested (the browser tests run the
script against the same table of cases, tests/fixtures/followup-dates.json).

Dates are calendar days, never moments: the reminder for "two working days after 3 June"
is 5 June wherever the user is. Working days are Monday to Friday (public holidays differ
by region and are not counted).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any


@dataclass(frozen=True)
class FollowupDates:
    thank_you: str  # ISO dates, YYYY-MM-DD
    status: str
    stated: bool  # the status date counts from the date the employer gave
    early: bool  # a decision date before the interview was given, and ignored


def parse_day(text: str | None) -> date | None:
    """A YYYY-MM-DD text as a date, or None when it is not a real calendar day."""
    try:
        return date.fromisoformat(text) if text and len(text) == 10 else None
    except ValueError:
        return None


def add_working_days(day: date, count: int) -> date:
    """The day ``count`` working days (Monday to Friday) after ``day``."""
    while count > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day


def followup_dates(interview: str, decision: str | None, timing: dict[str, Any],
                   convention: str) -> FollowupDates | None:
    """When to send the thank-you note and when to ask about the status.

    ``timing`` is the ``timing`` part of data/letters.yml. The status date is
    ``after_stated_date`` working days after the employer's decision date, when one was
    given and is not before the interview; otherwise the convention's default after the
    interview. None without a valid interview date."""
    start = parse_day(interview)
    if start is None:
        return None
    rules = timing["conventions"][convention]
    stated_day = parse_day(decision)
    early = stated_day is not None and stated_day < start
    stated = stated_day is not None and not early
    if stated and stated_day is not None:
        status = add_working_days(stated_day, timing["after_stated_date"])
    else:
        status = add_working_days(start, rules["status"])
    thank_you = add_working_days(start, rules["thank_you"])
    return FollowupDates(thank_you.isoformat(), status.isoformat(), stated, early)
