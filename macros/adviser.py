"""For a careers adviser (issue 17, item 5): the file a student makes on the records page
(``adviser_file()``) and the page that opens it (``adviser_view()``).

Their words live here, not in messages-LANG.js: every page loads those, and only these two
widgets need these words. The page carries them as a JSON block that the scripts read (like
the catalogue), so the other pages stay within the page-weight budget."""

from __future__ import annotations

from .dataset import Dataset
from .labels import stage_words
from .rendering import catalogue, render_template

WORDS: dict[str, dict[str, str]] = {
    "en": {
        # The file maker on the records page
        "make_nojs": "Making a file for a careers adviser needs JavaScript.",
        "make_open": "Prepare a file for an appointment",
        "make_which": "Interviews to include",
        "make_none": "No interviews yet: there is nothing to put in a file.",
        "make_lock": "Lock the file with a passphrase",
        "make_lock_text": "Only someone with the passphrase can open a locked file. It cannot "
                          "be recovered: if it is lost, so is the file. Your adviser needs it "
                          "to open the file: tell it in person, by phone or in a separate "
                          "message, never in the same e-mail as the file.",
        "make_no_crypto": "Locking needs a secure connection (https, or the site opened from "
                          "this computer), which this page does not have. You can still make "
                          "a file without a passphrase.",
        "make_pass": "Passphrase",
        "make_again": "The same passphrase again",
        "make_button": "Make the file",
        "make_choose": "Choose at least one interview.",
        "make_short": "Choose a passphrase of at least 8 characters.",
        "make_differ": "The two passphrases are not the same.",
        "make_working": "Making the file…",
        "make_done_one": "Made a file with {count} interview. Nothing was sent anywhere: the "
                         "file is in your downloads.",
        "make_done_other": "Made a file with {count} interviews. Nothing was sent anywhere: "
                           "the file is in your downloads.",
        "make_failed": "The file could not be made: {reason}.",
        # The adviser's page
        "view_nojs": "Opening a student's file needs JavaScript: the file is read in this "
                     "browser, on this computer, and nothing is uploaded.",
        "view_privacy": "The file is read in this browser only: nothing is uploaded, and "
                        "nothing is stored unless you choose to keep a copy below.",
        "view_file": "File from the student (.json)",
        "view_pass": "Passphrase",
        "view_open": "Open",
        "view_start": "Open a file",
        "view_locked": "This file is locked. Enter the passphrase the student gave you.",
        "view_no_crypto": "This file is locked, and opening it needs a secure connection "
                          "(https, or the site opened from this computer), which this page "
                          "does not have.",
        "view_wrong": "The passphrase does not open this file. Check it with the student; if "
                      "it is right, the file was changed or damaged after it was made.",
        "view_bad": "This file cannot be opened: {reason}.",
        "view_empty": "the file is empty",
        "view_not_adviser": "it is not an afterview file",
        "view_newer": "it was made by a newer version of afterview; open it on a site that is "
                      "up to date",
        "view_damaged": "it is damaged or was changed by hand ({what})",
        "view_other_site": "This file was made on another site, “{site}”. It is shown here "
                           "all the same.",
        "view_made": "File made {date} on “{site}”.",
        "view_backup": "A backup of afterview interviews.",
        "view_count_one": "{count} interview",
        "view_count_other": "{count} interviews",
        "view_print": "Print",
        "view_close": "Close this file",
        "view_keep": "Keep a copy of these interviews in this browser",
        "view_keep_text": "Only if this is the student's own browser, or you want to work with "
                          "the interviews here. Otherwise close the file: nothing of it stays.",
        "view_kept": "Kept a copy of {count} interview(s) in this browser.",
        "view_not_kept": "Nothing was kept: this browser does not let the site store anything, "
                         "or its storage is full.",
        "view_started": "Started {date}",
        "view_stage": "Stage",
        "view_history": "Earlier stages",
        "view_organisation": "Organisation",
        "view_position": "Position",
        "view_date": "Interview date",
        "view_decision": "Decision promised by",
        "view_ticked": "done",
        "view_open_item": "not done",
        "view_lessons": "Lessons for next time",
        "view_no_answers": "No ticks or notes in this interview yet.",
        "view_removed": "Answers to questions no longer on this site",
    },
    "de": {
        "make_nojs": "Um eine Datei für die Beratung zu erstellen, braucht es JavaScript.",
        "make_open": "Eine Datei für einen Beratungstermin vorbereiten",
        "make_which": "Diese Gespräche aufnehmen",
        "make_none": "Noch keine Gespräche: Es gibt nichts, was in eine Datei käme.",
        "make_lock": "Datei mit einer Passphrase schützen",
        "make_lock_text": "Eine geschützte Datei kann nur öffnen, wer die Passphrase kennt. Sie "
                          "lässt sich nicht wiederherstellen: Geht sie verloren, ist auch die "
                          "Datei verloren. Ihre Beraterin oder Ihr Berater braucht sie zum "
                          "Öffnen: Sagen Sie sie persönlich, am Telefon oder in einer eigenen "
                          "Nachricht, nie in derselben E-Mail wie die Datei.",
        "make_no_crypto": "Der Schutz braucht eine sichere Verbindung (https oder die Website "
                          "von diesem Computer geöffnet), und die hat diese Seite nicht. Eine "
                          "Datei ohne Passphrase können Sie trotzdem erstellen.",
        "make_pass": "Passphrase",
        "make_again": "Dieselbe Passphrase noch einmal",
        "make_button": "Datei erstellen",
        "make_choose": "Wählen Sie mindestens ein Gespräch.",
        "make_short": "Wählen Sie eine Passphrase mit mindestens 8 Zeichen.",
        "make_differ": "Die beiden Passphrasen stimmen nicht überein.",
        "make_working": "Die Datei wird erstellt …",
        "make_done_one": "Datei mit {count} Gespräch erstellt. Nichts wurde gesendet: Die "
                         "Datei liegt bei Ihren Downloads.",
        "make_done_other": "Datei mit {count} Gesprächen erstellt. Nichts wurde gesendet: Die "
                           "Datei liegt bei Ihren Downloads.",
        "make_failed": "Die Datei konnte nicht erstellt werden: {reason}.",
        "view_nojs": "Um die Datei zu öffnen, braucht es JavaScript: Die Datei wird in diesem "
                     "Browser auf diesem Computer gelesen, nichts wird hochgeladen.",
        "view_privacy": "Die Datei wird nur in diesem Browser gelesen: Nichts wird hochgeladen, "
                        "und nichts wird gespeichert, außer Sie behalten unten eine Kopie.",
        "view_file": "Datei der Studentin oder des Studenten (.json)",
        "view_pass": "Passphrase",
        "view_open": "Öffnen",
        "view_start": "Eine Datei öffnen",
        "view_locked": "Diese Datei ist geschützt. Geben Sie die Passphrase ein, die Sie "
                       "bekommen haben.",
        "view_no_crypto": "Diese Datei ist geschützt, und zum Öffnen braucht es eine sichere "
                          "Verbindung (https oder die Website von diesem Computer geöffnet), "
                          "die diese Seite nicht hat.",
        "view_wrong": "Die Passphrase öffnet diese Datei nicht. Prüfen Sie sie gemeinsam; "
                      "stimmt sie, wurde die Datei nach dem Erstellen verändert oder "
                      "beschädigt.",
        "view_bad": "Diese Datei lässt sich nicht öffnen: {reason}.",
        "view_empty": "Die Datei ist leer",
        "view_not_adviser": "Es ist keine afterview-Datei",
        "view_newer": "Sie wurde mit einer neueren Version von afterview erstellt; öffnen Sie "
                      "sie auf einer aktuellen Website",
        "view_damaged": "Sie ist beschädigt oder wurde von Hand verändert ({what})",
        "view_other_site": "Diese Datei wurde auf einer anderen Website erstellt: „{site}“. "
                           "Sie wird trotzdem angezeigt.",
        "view_made": "Datei erstellt am {date} auf „{site}“.",
        "view_backup": "Eine Sicherung von afterview-Gesprächen.",
        "view_count_one": "{count} Gespräch",
        "view_count_other": "{count} Gespräche",
        "view_print": "Drucken",
        "view_close": "Datei schließen",
        "view_keep": "Eine Kopie dieser Gespräche in diesem Browser behalten",
        "view_keep_text": "Nur, wenn dies der eigene Browser der Person ist oder Sie hier mit "
                          "den Gesprächen arbeiten möchten. Sonst schließen Sie die Datei: "
                          "Nichts davon bleibt.",
        "view_kept": "Eine Kopie von {count} Gespräch(en) ist in diesem Browser gespeichert.",
        "view_not_kept": "Nichts wurde gespeichert: Dieser Browser lässt die Website nichts "
                         "speichern, oder sein Speicher ist voll.",
        "view_started": "Begonnen am {date}",
        "view_stage": "Stand",
        "view_history": "Frühere Stände",
        "view_organisation": "Organisation",
        "view_position": "Stelle",
        "view_date": "Gesprächstermin",
        "view_decision": "Entscheidung zugesagt bis",
        "view_ticked": "erledigt",
        "view_open_item": "offen",
        "view_lessons": "Erkenntnisse für das nächste Mal",
        "view_no_answers": "In diesem Gespräch gibt es noch keine Häkchen oder Notizen.",
        "view_removed": "Antworten auf Fragen, die es auf dieser Website nicht mehr gibt",
    },
}
if set(WORDS["en"]) != set(WORDS["de"]):  # a missing word would show its key on the page
    raise RuntimeError(f"macros/adviser.py: English and German words differ: "
                       f"{sorted(set(WORDS['en']) ^ set(WORDS['de']))}")


def _words(language: str) -> dict[str, str]:
    return WORDS.get(language, WORDS["en"])


def render_adviser_file(language: str, script_url: str, site_name: str) -> str:
    """The file maker for the records page; ``script_url`` is adviser-file.js, loaded only
    when the student asks for it (the records page is near the page-weight budget)."""
    return render_template("adviser-file.html", language, words=_words(language),
                           script_url=script_url, site_name=site_name)


def render_adviser_view(dataset: Dataset, language: str, site_name: str, scripts: str) -> str:
    """The adviser's page: open a file, read it, print it. The catalogue names the questions
    and says which of them are lessons; ``scripts`` (space-separated URLs) are loaded when
    the adviser presses the first button."""
    lessons = [item.key for c in dataset.checklists for item in c.items if item.lesson]
    return render_template("adviser-view.html", language, words=_words(language),
                           catalogue=catalogue(dataset, language), lessons=lessons,
                           site_name=site_name, scripts=scripts,
                           stage_words=stage_words(language))
