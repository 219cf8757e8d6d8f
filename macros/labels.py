"""Interface words of the rendered checklists, per language (the dataset holds the questions)."""

from __future__ import annotations

from .model import DEFAULT_LANGUAGE

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "notes": "Your notes",
        "notes_on": "on",
        "practice_us-uk": "US/UK practice",
        "practice_de": "German practice",
        "lesson": "Carries over to your next interview",
        "question": "question",
        "questions": "questions",
        "task": "task",
        "tasks": "tasks",
    },
    "de": {
        "notes": "Ihre Notizen",
        "notes_on": "zu",
        "practice_us-uk": "Praxis in den USA und Großbritannien",
        "practice_de": "Praxis in Deutschland",
        "lesson": "Hilft beim nächsten Vorstellungsgespräch",
        "question": "Frage",
        "questions": "Fragen",
        "task": "Aufgabe",
        "tasks": "Aufgaben",
    },
}


def labels_for(language: str) -> dict[str, str]:
    """Return the interface words for ``language``, English where a word is missing."""
    return {**LABELS[DEFAULT_LANGUAGE], **LABELS.get(language, {})}
