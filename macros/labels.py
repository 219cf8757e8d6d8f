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
        "lessons_nojs": "Your notes on these questions, from every interview you have recorded in "
                        "this browser, appear here when JavaScript is on.",
        "records_nojs": "Managing interview records needs JavaScript. Without it, the checklists "
                        "still work as forms you can fill in and print, but nothing is saved.",
        "rec_current": "Current interview",
        "rec_name": "Name",
        "rec_rename": "Save name",
        "rec_new": "Start a new interview",
        "rec_new_name": "Name of the new interview",
        "rec_new_example": "e.g. ACME, 20 Nov",
        "rec_start": "Start",
        "rec_all": "All interviews",
        "rec_empty": "No interviews yet: your first tick or note on a checklist starts one. "
                     "Or start one below and give it a name.",
        "rec_export": "Export",
        "rec_export_text": "Markdown is easy to read and to send to a careers adviser. JSON is a "
                           "complete backup that you can import again, here or in another browser.",
        "rec_export_md": "This interview as Markdown",
        "rec_export_json": "This interview as JSON",
        "rec_export_all_md": "All interviews as Markdown",
        "rec_export_all": "All interviews as JSON (backup)",
        "rec_import": "Import a backup",
        "rec_import_file": "JSON backup file",
        "rec_import_replace": "Replace interviews that are already here (otherwise they are "
                              "added as copies)",
        "rec_import_button": "Import",
        "rec_reset": "Clear this interview",
        "rec_reset_text": "Removes every tick and note of the current interview, and keeps its "
                          "name. Export it first if you may want it again.",
        "rec_reset_button": "Clear all answers",
        "print_interview": "Interview:",
        "print_date": "Date:",
        "print_what": "What to print",
        "print_blank": "Blank forms, to fill in by hand",
        "print_answers": "With the answers of the current interview:",
        "print_button": "Print",
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
        "lessons_nojs": "Ihre Notizen zu diesen Fragen aus allen Gesprächen, die Sie in diesem "
                        "Browser festgehalten haben, erscheinen hier, wenn JavaScript an ist.",
        "records_nojs": "Die Verwaltung der Gespräche braucht JavaScript. Ohne JavaScript können "
                        "Sie die Checklisten ausfüllen und drucken, gespeichert wird aber nichts.",
        "rec_current": "Aktuelles Gespräch",
        "rec_name": "Name",
        "rec_rename": "Namen speichern",
        "rec_new": "Neues Gespräch beginnen",
        "rec_new_name": "Name des neuen Gesprächs",
        "rec_new_example": "z. B. ACME, 20. Nov.",
        "rec_start": "Beginnen",
        "rec_all": "Alle Gespräche",
        "rec_empty": "Noch keine Gespräche: Ihr erster Haken oder Ihre erste Notiz in einer "
                     "Checkliste legt eines an. Oder beginnen Sie unten eines mit einem Namen.",
        "rec_export": "Exportieren",
        "rec_export_text": "Markdown ist gut lesbar und lässt sich an eine Beraterin oder einen "
                           "Berater schicken. JSON ist eine vollständige Sicherung, die Sie hier "
                           "oder in einem anderen Browser wieder importieren können.",
        "rec_export_md": "Dieses Gespräch als Markdown",
        "rec_export_json": "Dieses Gespräch als JSON",
        "rec_export_all_md": "Alle Gespräche als Markdown",
        "rec_export_all": "Alle Gespräche als JSON (Sicherung)",
        "rec_import": "Sicherung importieren",
        "rec_import_file": "JSON-Sicherungsdatei",
        "rec_import_replace": "Gespräche ersetzen, die schon hier sind (sonst werden sie als "
                              "Kopie hinzugefügt)",
        "rec_import_button": "Importieren",
        "rec_reset": "Dieses Gespräch leeren",
        "rec_reset_text": "Entfernt alle Haken und Notizen des aktuellen Gesprächs, der Name "
                          "bleibt. Exportieren Sie es vorher, wenn Sie es noch brauchen könnten.",
        "rec_reset_button": "Alle Antworten löschen",
        "print_interview": "Gespräch:",
        "print_date": "Datum:",
        "print_what": "Was drucken?",
        "print_blank": "Leere Formulare zum Ausfüllen von Hand",
        "print_answers": "Mit den Antworten des aktuellen Gesprächs:",
        "print_button": "Drucken",
    },
}


def labels_for(language: str) -> dict[str, str]:
    """Return the interface words for ``language``, English where a word is missing."""
    return {**LABELS[DEFAULT_LANGUAGE], **LABELS.get(language, {})}


# The career centre's support box, footer and accessibility feedback (extra.centre,
# macros/centre.py). With no extra.centre none of these words appear anywhere.
LABELS["en"].update({
    "centre_support": "Get support",
    "centre_intro": "can help you with this: talk it through with an adviser, practise for "
                    "the next step, or join a workshop.",
    "centre_book": "Book an appointment",
    "centre_contact": "Contact",
    "centre_email": "E-mail",
    "centre_phone": "Phone",
    "centre_web": "Web page",
    "centre_hours": "Opening hours",
    "centre_workshops": "Workshops and trainings",
    "centre_feedback": "Write to the team that runs this site:",
    "centre_feedback_none": "The institution that hosts this site has not added its contact "
                            "details here yet. Please contact that institution directly (for "
                            "example your university's career service). If you run this site: "
                            "add your contact as extra.centre in mkdocs.yml (see HOSTING.md).",
})
LABELS["de"].update({
    "centre_support": "Unterstützung finden",
    "centre_intro": "unterstützt Sie dabei: im Gespräch mit einer Beraterin oder einem Berater, "
                    "beim Üben für den nächsten Schritt oder in einem Workshop.",
    "centre_book": "Termin vereinbaren",
    "centre_contact": "Kontakt",
    "centre_email": "E-Mail",
    "centre_phone": "Telefon",
    "centre_web": "Webseite",
    "centre_hours": "Öffnungszeiten",
    "centre_workshops": "Workshops und Trainings",
    "centre_feedback": "Schreiben Sie dem Team, das diese Website betreibt:",
    "centre_feedback_none": "Die Einrichtung, die diese Website betreibt, hat ihre Kontaktdaten "
                            "hier noch nicht eingetragen. Wenden Sie sich bitte direkt an diese "
                            "Einrichtung (zum Beispiel an den Career Service Ihrer Hochschule). "
                            "Wenn Sie diese Website betreiben: Tragen Sie Ihren Kontakt als "
                            "extra.centre in mkdocs.yml ein (siehe HOSTING.md).",
})
