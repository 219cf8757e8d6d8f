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
        "print_date": "Interview date:",
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
        "fd_waits": "Waiting times",
        "fd_wait": "{title}: thank-you note after {thanks}, status after {status}",
        "fd_days_one": "1 working day",
        "fd_days_other": "{count} working days",
        "fd_region": "Public holidays in Germany",
        "fd_region_federal": "Federal holidays only",
        "fd_counted_us": "Working days are Monday to Friday, without US federal holidays.",
        "fd_counted_uk": "Working days are Monday to Friday, without bank holidays in England "
                         "and Wales.",
        "fd_counted_de": "Working days are Monday to Friday, without German federal holidays. "
                         "Choose a Land above to leave out its holidays too.",
        "fd_counted_land": "Working days are Monday to Friday, without the public holidays "
                           "in {land}.",
        "fd_moved_one": "Moved to {day}: {holidays} is a public holiday.",
        "fd_moved_other": "Moved to {day}: {holidays} are public holidays.",
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
        "print_date": "Datum des Gesprächs:",
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
        "fd_waits": "Wartezeiten",
        "fd_wait": "{title}: Dankesschreiben nach {thanks}, Nachfrage nach {status}",
        "fd_days_one": "1 Arbeitstag",
        "fd_days_other": "{count} Arbeitstagen",
        "fd_region": "Feiertage in Deutschland",
        "fd_region_federal": "Nur bundesweite Feiertage",
        "fd_counted_us": "Arbeitstage sind Montag bis Freitag, ohne die bundesweiten Feiertage "
                         "der USA.",
        "fd_counted_uk": "Arbeitstage sind Montag bis Freitag, ohne die Feiertage in England und "
                         "Wales.",
        "fd_counted_de": "Arbeitstage sind Montag bis Freitag, ohne die bundesweiten Feiertage. "
                         "Wählen Sie oben ein Bundesland, um auch seine Feiertage auszulassen.",
        "fd_counted_land": "Arbeitstage sind Montag bis Freitag, ohne die Feiertage im "
                           "Bundesland {land}.",
        "fd_moved_one": "Verschoben auf {day}: {holidays} ist ein Feiertag.",
        "fd_moved_other": "Verschoben auf {day}: {holidays} sind Feiertage.",
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

# Offers side by side on the offer page (issue 17; compare.html). The words compare.js uses
# travel in the widget's data (COMPARE_SCRIPT_WORDS), not in every page's messages.
LABELS["en"].update({
    "compare_nojs": "With JavaScript on, you can rate your offers here, side by side. Without "
                    "it, draw a table on paper: what matters to you down the side, your offers "
                    "across the top, a weight from 0 to 5 for each row and a rating from 1 to 5 "
                    "in each cell.",
    "compare_print_title": "Your offers side by side",
    "compare_caption": "Weights go from 0 (leave out) to 5 (matters most); ratings from 1 "
                       "(poor) to 5 (excellent). The score is the weighted mean of the ratings "
                       "given, out of 100.",
    "compare_criterion": "What matters",
    "compare_weight": "Weight",
    "compare_score_head": "Score",
    "compare_add_label": "Add something that matters to you",
    "compare_add_example": "e.g. Commute under 40 minutes",
    "compare_add": "Add",
    "compare_print": "Print the comparison",
    "compare_criterion_pay": "Pay and benefits",
    "compare_criterion_growth": "Learning and growth",
    "compare_criterion_people": "People and manager",
    "compare_criterion_work": "The work itself",
    "compare_criterion_place": "Place and commute",
    "compare_criterion_security": "Security (contract, employer)",
    "compare_criterion_balance": "Hours and flexibility",
    "compare_weight_0": "leave out",
    "compare_weight_1": "hardly matters",
    "compare_weight_2": "matters a little",
    "compare_weight_3": "matters",
    "compare_weight_4": "matters a lot",
    "compare_weight_5": "matters most",
    "compare_rating_1": "poor",
    "compare_rating_2": "weak",
    "compare_rating_3": "fair",
    "compare_rating_4": "good",
    "compare_rating_5": "excellent",
    "compare_weightOf": "Weight of {name}",
    "compare_ratingOf": "{offer}: {name}",
    "compare_remove": "Remove {name}",
    "compare_removed": "Removed “{name}”.",
    "compare_added": "Added “{name}”. Give it a weight and rate your offers on it.",
    "compare_addEmpty": "Type what matters to you first.",
    "compare_addTwice": "“{name}” is in the list already.",
    "compare_addMany": "The list is full (30 rows). Remove one first.",
    "compare_notSaved": "This change could not be saved in this browser.",
    "compare_noOffers": "No offers to compare yet. When one arrives, press “I have an offer” "
                        "above, or note it on your interviews page: each offer gets a column.",
    "compare_oneOffer": "One offer so far. You can rate it now; a second offer appears beside "
                        "it.",
    "compare_score": "{score} of 100",
    "compare_partial": " (not all rated)",
    "compare_unscored": "not rated yet",
    "compare_why_strong": "Strong on: {list}.",
    "compare_why_weak": "Weak on: {list}.",
    "compare_why_unrated": "Not rated yet: {list}.",
    "compare_stage_accepted": "accepted",
    "compare_stage_declined": "declined",
})
LABELS["de"].update({
    "compare_nojs": "Mit eingeschaltetem JavaScript können Sie Ihre Angebote hier nebeneinander "
                    "bewerten. Ohne JavaScript zeichnen Sie eine Tabelle auf Papier: links, was "
                    "Ihnen wichtig ist, oben Ihre Angebote, für jede Zeile ein Gewicht von 0 bis "
                    "5 und in jedes Feld eine Note von 1 bis 5.",
    "compare_print_title": "Ihre Angebote im Vergleich",
    "compare_caption": "Gewichte von 0 (weglassen) bis 5 (am wichtigsten); Bewertungen von 1 "
                       "(schlecht) bis 5 (sehr gut). Die Punktzahl ist der gewichtete "
                       "Durchschnitt der vergebenen Bewertungen, von 100.",
    "compare_criterion": "Was Ihnen wichtig ist",
    "compare_weight": "Gewicht",
    "compare_score_head": "Punkte",
    "compare_add_label": "Etwas hinzufügen, das Ihnen wichtig ist",
    "compare_add_example": "z. B. Arbeitsweg unter 40 Minuten",
    "compare_add": "Hinzufügen",
    "compare_print": "Vergleich drucken",
    "compare_criterion_pay": "Gehalt und Zusatzleistungen",
    "compare_criterion_growth": "Lernen und Entwicklung",
    "compare_criterion_people": "Team und Führungskraft",
    "compare_criterion_work": "Die Arbeit selbst",
    "compare_criterion_place": "Ort und Arbeitsweg",
    "compare_criterion_security": "Sicherheit (Vertrag, Arbeitgeber)",
    "compare_criterion_balance": "Arbeitszeit und Flexibilität",
    "compare_weight_0": "weglassen",
    "compare_weight_1": "kaum wichtig",
    "compare_weight_2": "etwas wichtig",
    "compare_weight_3": "wichtig",
    "compare_weight_4": "sehr wichtig",
    "compare_weight_5": "am wichtigsten",
    "compare_rating_1": "schlecht",
    "compare_rating_2": "schwach",
    "compare_rating_3": "mittel",
    "compare_rating_4": "gut",
    "compare_rating_5": "sehr gut",
    "compare_weightOf": "Gewicht von {name}",
    "compare_ratingOf": "{offer}: {name}",
    "compare_remove": "{name} entfernen",
    "compare_removed": "„{name}“ entfernt.",
    "compare_added": "„{name}“ hinzugefügt. Geben Sie ein Gewicht und bewerten Sie Ihre "
                     "Angebote danach.",
    "compare_addEmpty": "Schreiben Sie zuerst, was Ihnen wichtig ist.",
    "compare_addTwice": "„{name}“ steht schon in der Liste.",
    "compare_addMany": "Die Liste ist voll (30 Zeilen). Entfernen Sie zuerst eine.",
    "compare_notSaved": "Diese Änderung konnte in diesem Browser nicht gespeichert werden.",
    "compare_noOffers": "Noch keine Angebote zum Vergleichen. Wenn eines kommt, drücken Sie oben "
                        "„Ich habe ein Angebot“ oder notieren Sie es auf der Seite mit Ihren "
                        "Gesprächen: Jedes Angebot bekommt eine Spalte.",
    "compare_oneOffer": "Bisher ein Angebot. Sie können es schon bewerten; ein zweites erscheint "
                        "daneben.",
    "compare_score": "{score} von 100",
    "compare_partial": " (nicht alles bewertet)",
    "compare_unscored": "noch nicht bewertet",
    "compare_why_strong": "Stark bei: {list}.",
    "compare_why_weak": "Schwach bei: {list}.",
    "compare_why_unrated": "Noch nicht bewertet: {list}.",
    "compare_stage_accepted": "angenommen",
    "compare_stage_declined": "abgelehnt",
})

# The words compare.js needs, sent with the widget (without their "compare_" prefix).
COMPARE_SCRIPT_WORDS = tuple(
    key.removeprefix("compare_") for key in LABELS["en"]
    if key.startswith("compare_") and not key.endswith(("_nojs", "_head")) and key not in (
        "compare_print_title", "compare_caption", "compare_criterion", "compare_weight",
        "compare_add_label", "compare_add_example", "compare_add", "compare_print"))


def compare_words(language: str) -> dict[str, str]:
    """The words of compare.js in ``language``."""
    labels = labels_for(language)
    return {key: labels["compare_" + key] for key in COMPARE_SCRIPT_WORDS}


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
