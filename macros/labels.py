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
        "lb_title": "Write this letter",
        "lb_nojs": "The letter builder needs JavaScript. The sample letters on this page show "
                   "what to write; copy one and change the names and details.",
        "lb_letter": "Letter",
        "lb_language": "Language of the letter",
        "lb_convention": "Practice",
        "lb_address": "Form of address",
        "lb_ms": "Ms",
        "lb_mr": "Mr",
        "lb_mx": "Mx",
        "lb_none": "First and last name only",
        "lb_unknown": "No name known (Dear Hiring Manager)",
        "lb_academic": "Academic title",
        "lb_academic_none": "None",
        "lb_dr": "Dr",
        "lb_prof": "Professor",
        "lb_first": "Interviewer's first name",
        "lb_last": "Interviewer's last name",
        "lb_position": "Position",
        "lb_organisation": "Organisation",
        "lb_date": "Date of the interview",
        "lb_point": "One point from the conversation worth picking up",
        "lb_point_hint": "e.g. your plans to reach students with short videos",
        "lb_addition": "What you want to add",
        "lb_addition_hint": "Your own point, in a sentence or two: something you forgot to say, "
                            "or the document they asked for. e.g. As agreed, I attach my "
                            "internship certificate.",
        "lb_sender": "Your name",
        "lb_output": "Your letter",
        "lb_output_hint": "The first line is the subject. Edit the letter here before you send "
                          "it. Changing a field above writes the letter anew. Fill in anything "
                          "left in [square brackets].",
        "lb_copy": "Copy the letter",
        "lb_download": "Download (.txt)",
        "lb_mailto": "Open in your mail program",
        "lb_copied": "Copied. The first line is the subject: put it in the subject field, and "
                     "paste the rest into your e-mail.",
        "lb_copy_failed": "Copying did not work here: select the text and copy it yourself.",
        "lb_too_long": "This letter is too long to open in your mail program from here. Copy it "
                       "or download it instead.",
        "lb_saved": "What you enter is kept with the current interview in this browser.",
        "fd_title": "Your follow-up dates",
        "fd_nojs": "Working out your dates needs JavaScript. The waiting times for the US, the UK "
                   "and Germany are in the text above.",
        "fd_decision": "Date by which they said they would decide (optional)",
        "fd_empty": "Enter the date of your interview to see your dates.",
        "fd_early": "The decision date is before the interview, so it is not used: check it. "
                    "Until then, the dates below follow the usual waiting time.",
        "fd_thanks": "Send the thank-you note",
        "fd_status": "Ask about the status",
        "fd_ics": "Download calendar reminders (.ics)",
        "fd_record": "Saved with the interview:",
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
        "lb_title": "Diesen Brief schreiben",
        "lb_nojs": "Der Briefassistent braucht JavaScript. Die Beispielbriefe auf dieser Seite "
                   "zeigen, was Sie schreiben können; übernehmen Sie einen und ändern Sie Namen "
                   "und Einzelheiten.",
        "lb_letter": "Brief",
        "lb_language": "Sprache des Briefs",
        "lb_convention": "Landesübliche Praxis",
        "lb_address": "Anrede",
        "lb_ms": "Frau",
        "lb_mr": "Herr",
        "lb_mx": "Mx (neutral)",
        "lb_none": "Nur Vor- und Nachname",
        "lb_unknown": "Kein Name bekannt (Sehr geehrte Damen und Herren)",
        "lb_academic": "Akademischer Titel",
        "lb_academic_none": "Keiner",
        "lb_dr": "Dr.",
        "lb_prof": "Professorin oder Professor",
        "lb_first": "Vorname der Ansprechperson",
        "lb_last": "Nachname der Ansprechperson",
        "lb_position": "Stelle",
        "lb_organisation": "Unternehmen oder Organisation",
        "lb_date": "Datum des Gesprächs",
        "lb_point": "Ein Punkt aus dem Gespräch, den Sie aufgreifen möchten",
        "lb_point_hint": "z. B. die geplante Umstellung der Berichte auf Online-Formate",
        "lb_addition": "Was Sie ergänzen möchten",
        "lb_addition_hint": "Ihr eigener Punkt, in ein, zwei Sätzen: etwas, das Sie im Gespräch "
                            "nicht gesagt haben, oder das gewünschte Dokument. Z. B. Wie "
                            "vereinbart sende ich Ihnen mein Praktikumszeugnis.",
        "lb_sender": "Ihr Name",
        "lb_output": "Ihr Brief",
        "lb_output_hint": "Die erste Zeile ist der Betreff. Bearbeiten Sie den Brief hier, bevor "
                          "Sie ihn abschicken. Wenn Sie oben ein Feld ändern, wird der Brief neu "
                          "geschrieben. Ergänzen Sie alles, was noch in [eckigen Klammern] steht.",
        "lb_copy": "Brief kopieren",
        "lb_download": "Herunterladen (.txt)",
        "lb_mailto": "Im E-Mail-Programm öffnen",
        "lb_copied": "Kopiert. Die erste Zeile ist der Betreff: Setzen Sie sie in das Betreff-Feld "
                     "und fügen Sie den Rest in Ihre E-Mail ein.",
        "lb_copy_failed": "Kopieren hat hier nicht geklappt: Markieren Sie den Text und kopieren "
                          "Sie ihn selbst.",
        "lb_too_long": "Dieser Brief ist zu lang, um ihn von hier im E-Mail-Programm zu öffnen. "
                       "Kopieren Sie ihn oder laden Sie ihn herunter.",
        "lb_saved": "Ihre Angaben werden beim aktuellen Gespräch in diesem Browser gespeichert.",
        "fd_title": "Ihre Termine zum Nachfassen",
        "fd_nojs": "Die Termine auszurechnen braucht JavaScript. Die Wartezeiten für Deutschland, "
                   "die USA und Großbritannien stehen im Text oben.",
        "fd_decision": "Datum, bis zu dem man sich melden wollte (optional)",
        "fd_empty": "Geben Sie das Datum Ihres Gesprächs ein, um Ihre Termine zu sehen.",
        "fd_early": "Das Entscheidungsdatum liegt vor dem Gespräch und wird deshalb nicht "
                    "verwendet: Prüfen Sie es. Bis dahin folgen die Termine unten der üblichen "
                    "Wartezeit.",
        "fd_thanks": "Dankesschreiben schicken",
        "fd_status": "Nach dem Stand fragen",
        "fd_ics": "Kalendererinnerungen herunterladen (.ics)",
        "fd_record": "Gespeichert beim Gespräch:",
    },
}


def labels_for(language: str) -> dict[str, str]:
    """Return the interface words for ``language``, English where a word is missing."""
    return {**LABELS[DEFAULT_LANGUAGE], **LABELS.get(language, {})}


# A guidance page's checked line and Sources list (macros/sources.py).
LABELS["en"].update({
    "checked_on": "Checked on {date}",
    "checked": "checked {date}",
    "sources": "Sources",
    "sources_anchor": "sources",
})
LABELS["de"].update({
    "checked_on": "Geprüft am {date}",
    "checked": "geprüft am {date}",
    "sources": "Quellen",
    "sources_anchor": "quellen",
})


# The career centre's support box, footer and accessibility feedback (extra.centre,
# macros/centre.py). With no extra.centre none of these words appear anywhere.
LABELS["en"].update({
    "centre_support": "Get support",
    # A sentence of its own after the name (which stands alone, as on a sign): no
    # sentence uses the name as its subject, so no language needs an article for it.
    "centre_intro": "Here you can talk your interview through with an adviser, practise for "
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
    "centre_intro": "Hier können Sie Ihr Gespräch mit einer Beraterin oder einem Berater "
                    "besprechen, für den nächsten Schritt üben oder einen Workshop besuchen.",
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

# The stage prompt on the offer and rejection pages (issue 17; stage-prompt.html). Without
# JavaScript nothing can be stored, so it says where the stage is noted.
LABELS["en"].update({
    "stage_offer_button": "I have an offer",
    "stage_rejected_button": "I was turned down",
    "stage_offer_due": "Deadline to answer (optional)",
    "stage_nojs": "With JavaScript on, you can note this for your interview here, and see "
                  "and change the stage of every interview on the interview records page.",
    "stage_records": "Your interviews",
})
LABELS["de"].update({
    "stage_offer_button": "Ich habe ein Angebot",
    "stage_rejected_button": "Ich habe eine Absage erhalten",
    "stage_offer_due": "Frist für Ihre Antwort (optional)",
    "stage_nojs": "Mit eingeschaltetem JavaScript können Sie das hier für Ihr Gespräch "
                  "festhalten und den Stand jedes Gesprächs auf der Seite mit Ihren Gesprächen "
                  "sehen und ändern.",
    "stage_records": "Ihre Gespräche",
})

# "What is due" on the start page (issue 17; due.html).
LABELS["en"].update({
    "due_nojs": "With JavaScript on, this lists what to do next for every interview you "
                "record in this browser: thank-you notes, status enquiries, next rounds and "
                "offer deadlines.",
    "due_overdue": "Overdue",
    "due_today": "Today",
    "due_later": "Coming up",
    "due_ics": "Add upcoming dates to your calendar (.ics)",
})
LABELS["de"].update({
    "due_nojs": "Mit eingeschaltetem JavaScript steht hier, was als Nächstes zu tun ist, für "
                "jedes Gespräch, das Sie in diesem Browser festhalten: Dankesschreiben, "
                "Nachfragen, nächste Runden und Fristen für Angebote.",
    "due_overdue": "Überfällig",
    "due_today": "Heute",
    "due_later": "Demnächst",
    "due_ics": "Anstehende Termine in Ihren Kalender (.ics)",
})

# The words of stage.js (a stage's name, its checks and messages), shipped in the HTML of the
# pages that show stages (stage-prompt.html, records.html) rather than in messages-LANG.js,
# which every page loads: the 15 KB budget (tests/build/test_page_weight.py). stage.js adds
# them to the page's messages, so AV.t() finds them like any other.
STAGE_WORDS = ("stage_waiting", "stage_next-round", "stage_offer", "stage_accepted",
               "stage_declined", "stage_rejected", "stage_no-reply", "stage_withdrawn",
               "stageSince", "stageDue_next-round", "stageDue_offer", "stageNone", "stageChange",
               "stageField", "stageOnLabel", "stageDueLabel", "stageSave", "stageHistory",
               "stageSaved", "stageUnknown", "stageOnMissing", "stageOnBad", "stageDueBad",
               "stageDueNone", "stageDuePast", "stageDropped_one", "stageDropped_other")
LABELS["en"].update({
    "stage_waiting": "Waiting to hear",
    "stage_next-round": "Next round",
    "stage_offer": "Offer",
    "stage_accepted": "Accepted",
    "stage_declined": "Declined (by me)",
    "stage_rejected": "Rejected",
    "stage_no-reply": "No reply",
    "stage_withdrawn": "Withdrawn",
    "stageSince": "{stage} since {date}",
    "stageDue_next-round": "next round on {date}",
    "stageDue_offer": "answer by {date}",
    "stageNone": "No stage noted yet",
    "stageChange": "Change the stage",
    "stageField": "Stage",
    "stageOnLabel": "Day it happened",
    "stageDueLabel": "Date of the next round, or the offer's deadline (optional)",
    "stageSave": "Save stage",
    "stageHistory": "Earlier:",
    "stageSaved": "“{label}”: {stage} since {date}.",
    "stageUnknown": "Choose a stage.",
    "stageOnMissing": "Enter the day it happened.",
    "stageOnBad": "The day it happened is not a real date.",
    "stageDueBad": "The due date is not a real date.",
    "stageDueNone": "Only a next round or an offer has a due date.",
    "stageDuePast": ("Note: {date} has already passed. Check the date if that is not what you "
                     "meant."),
    "stageDropped_one": "{count} stage entry was not valid and was left out (in {names}).",
    "stageDropped_other": "{count} stage entries were not valid and were left out (in {names}).",
})
LABELS["de"].update({
    "stage_waiting": "Warte auf Antwort",
    "stage_next-round": "Nächste Runde",
    "stage_offer": "Angebot",
    "stage_accepted": "Zusage gegeben",
    "stage_declined": "Abgelehnt (von mir)",
    "stage_rejected": "Absage erhalten",
    "stage_no-reply": "Keine Antwort",
    "stage_withdrawn": "Zurückgezogen",
    "stageSince": "{stage} seit {date}",
    "stageDue_next-round": "nächste Runde am {date}",
    "stageDue_offer": "Antwort bis {date}",
    "stageNone": "Noch kein Stand eingetragen",
    "stageChange": "Stand ändern",
    "stageField": "Stand",
    "stageOnLabel": "Tag, an dem es geschah",
    "stageDueLabel": "Datum der nächsten Runde oder Frist des Angebots (optional)",
    "stageSave": "Stand speichern",
    "stageHistory": "Vorher:",
    "stageSaved": "„{label}“: {stage} seit {date}.",
    "stageUnknown": "Wählen Sie einen Stand.",
    "stageOnMissing": "Geben Sie den Tag an, an dem es geschah.",
    "stageOnBad": "Der Tag, an dem es geschah, ist kein gültiges Datum.",
    "stageDueBad": "Das Datum der Frist ist kein gültiges Datum.",
    "stageDueNone": "Nur eine nächste Runde oder ein Angebot hat ein Datum.",
    "stageDuePast": ("Hinweis: Der {date} ist schon vorbei. Prüfen Sie das Datum, falls Sie ein "
                     "anderes meinten."),
    "stageDropped_one": ("{count} Eintrag zum Stand war ungültig und wurde weggelassen "
                         "(bei {names})."),
    "stageDropped_other": ("{count} Einträge zum Stand waren ungültig und wurden weggelassen "
                           "(bei {names})."),
})


def stage_words(language: str) -> dict[str, str]:
    """The words stage.js needs, in ``language``."""
    labels = labels_for(language)
    return {key: labels[key] for key in STAGE_WORDS}
