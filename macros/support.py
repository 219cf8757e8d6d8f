"""HTML of the career centre's parts (extra.centre): the "Get support" box, the
accessibility statement's feedback contact, and the words the theme templates (header,
footer) show. Autoescaped through rendering.py's Jinja environment: settings are plain text."""

from __future__ import annotations

import re
from collections.abc import Callable

from .centre import Centre
from .labels import labels_for
from .rendering import render_template

UrlFor = Callable[[str], str]  # a link from the setting -> its address as seen from the page


def _tel(phone: str) -> str:
    """A phone number for a tel: link: + and digits only."""
    return ("+" if phone.startswith("+") else "") + re.sub(r"\D", "", phone)


def render_support(centre: Centre | None, language: str, url: UrlFor) -> str:
    """The "Get support" box, or nothing when the site has no centre."""
    if centre is None:
        return ""
    return render_template("support.html", language, centre=centre, url=url,
                           logo=url(centre.logo) if centre.logo else None,
                           tel=_tel(centre.phone or ""))


def render_feedback(centre: Centre | None, language: str, url: UrlFor) -> str:
    """The accessibility feedback contact: the centre's, or a neutral sentence."""
    return render_template("feedback.html", language, centre=centre, url=url,
                           tel=_tel(centre.phone or "") if centre else "")


def theme_words(centre: Centre, languages: list[str]) -> dict[str, dict[str, str]]:
    """What the theme templates (overrides/partials/header.html, copyright.html) show of
    the centre, per language, as plain text (they escape it): name, contact, labels."""
    words = {}
    for language in languages:
        labels = labels_for(language)
        words[language] = {
            "name": centre.name.get(language),
            "email": centre.email or "",
            "phone": centre.phone or "",
            "tel": _tel(centre.phone or ""),
            "web": centre.web or "",
            "hours": centre.hours.get(language) if centre.hours else "",
            "label_contact": labels["centre_contact"],
            "label_hours": labels["centre_hours"],
            "label_web": labels["centre_web"],
        }
    return words
