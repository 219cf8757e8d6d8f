"""mkdocs-macros entry point: wiring only. The work is done by the pure modules beside it."""

from __future__ import annotations

import datetime as dt
import logging
import re
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jinja2
from markupsafe import escape
from mkdocs.exceptions import PluginError
from mkdocs.utils import get_relative_url

from .adviser import render_adviser_file, render_adviser_view
from .centre import ACCENT_CSS, CENTRE_CSS, Centre, accent_css, read_centre
from .components import ADVISER_SCRIPTS, use_component
from .dataset import DATASET, read_dataset
from .facts import FACTS_DIR, FACTS_SCHEMA, Facts, project_facts
from .labels import LABELS
from .languages import pages_without_a_language
from .letters import LETTERS, Letters, read_letters
from .model import DEFAULT_LANGUAGE
from .problems import BuildInputError, Problem
from .references import FACT_MACRO, check_fact_references, check_references, scan_pages
from .rendering import (
    render_checklist,
    render_due_list,
    render_followup_dates,
    render_lessons,
    render_letter_builder,
    render_offer_comparison,
    render_overview,
    render_printable,
    render_records,
    render_stage_prompt,
)
from .sources import (
    SOURCES_TOKEN,
    checked_line,
    named_sources,
    page_checked,
    page_trust_problems,
    render_sources,
    sources_of_page,
)
from .support import render_feedback, render_support, theme_words
from .validation import load_schema
from .words import words_problems, write_script_messages

STAGE_PROMPTS = ("offer", "rejected")  # the stages a page can note where they happen
RECORDS_PAGE = "records.md"  # the interview records manager, linked from every checklist
# Where each line of the start page's due list leads (due.js): page in docs/, element id.
DUE_LINKS = {
    "thanks": ("follow-up.md", "#av-letter-thank-you"),
    "status": ("follow-up.md", "#av-letter-status"),
    "decision": ("follow-up.md", "#checklist-status-enquiry"),
    "round": ("further-rounds/index.md", "#checklist-preparation"),
    "roundPast": (RECORDS_PAGE, ""),
    "offer": ("offer.md", "#checklist-offer"),
    "offerPast": (RECORDS_PAGE, ""),
}
MAX_CRITERIA = 30  # rows of the offer comparison (store.js keeps at most as many)


def define_env(env) -> None:
    """Load and check the dataset and every page's checklist references, then register the
    macros. Any problem stops the build here, before a page is written."""
    project_dir = Path(env.project_dir)
    docs_dir = Path(env.conf["docs_dir"])
    languages = _site_languages(env.conf)
    prefix = _display_prefix(docs_dir, project_dir)
    # Every problem at once: a broken dataset does not hide a missing page or message.
    problems = pages_without_a_language(docs_dir, prefix, languages, languages[0])
    problems += words_problems(languages)
    try:
        facts = _facts(project_dir, languages, problems)
        syntax = _page_syntax(env.config)
        if facts is not None:
            problems += check_fact_references(scan_pages(docs_dir, prefix, syntax, FACT_MACRO),
                                              facts.ids, FACTS_DIR.as_posix())
        dataset = read_dataset(project_dir, languages, facts)
        references = scan_pages(docs_dir, prefix, syntax)
        problems += check_references(references, dataset.ids, DATASET.as_posix())
        letters = _letters(project_dir, facts, problems)
        # The career centre (extra.centre in mkdocs.yml): its problems join the others.
        centre, centre_problems = read_centre(env.conf.get("extra"), project_dir, docs_dir,
                                              _config_name(env.conf, project_dir))
        problems += centre_problems
        if problems:
            raise BuildInputError(problems)
    except BuildInputError as error:
        # PluginError makes MkDocs print the message alone, without a traceback, and exit 1.
        everything = dict.fromkeys([*problems, *error.problems])  # once each, in order
        raise PluginError(str(BuildInputError(list(everything)))) from None

    if (docs_dir / "assets/js").is_dir():  # the real site; test fixtures have no scripts
        write_script_messages(docs_dir, languages)

    # Which page shows which checklist, as paths inside docs/ (the default language's pages).
    checklist_pages = {
        ref.argument: ref.page.removeprefix(prefix)
        for ref in references if ref.argument and Path(ref.page).suffixes == [".md"]
    }

    _show_centre(env.conf, centre)
    _warn_due_facts(facts)
    _shown["facts"] = facts
    schema = project_dir / FACTS_SCHEMA
    _shown["facts_schema"] = load_schema(schema) if schema.exists() else {"$defs": {}}

    @env.macro
    def checklist(checklist_id: str) -> str:
        """Render the checklist ``checklist_id`` of the dataset for the current page."""
        found = dataset.get(checklist_id)
        if found is None:  # only reachable for ids computed at render time
            raise PluginError(f'no checklist with id "{checklist_id}" in the dataset')
        _note_facts(env, found.facts)
        _use(env, "checklist")
        language = _page_language(env)
        return render_checklist(found, language, _url_from_page(env, RECORDS_PAGE),
                                centre_line=centre.print_line(language) if centre else None)

    @env.macro
    def fact(fact_id: str) -> str:
        """The text of fact ``fact_id`` of the register (data/facts/) in the page's language;
        its sources join the page's Sources list."""
        found = facts.get(fact_id)
        if found is None:  # only reachable for ids computed at render time
            raise PluginError(f'fact("{fact_id}"): no fact with that id in '
                              f"{FACTS_DIR.as_posix()}/")
        _note_facts(env, [fact_id])
        return str(escape(found.text.get(_page_language(env))))

    @env.macro
    def sources() -> str:
        """The page's Sources list: the sources of every fact it uses (also through its
        checklists), then those its front matter names. Filled in once the whole page is
        rendered, so facts used below it count too."""
        _page_state(env)["sources_list"] = True
        return SOURCES_TOKEN

    @env.macro
    def progress_overview() -> str:
        """Every checklist with a link to its page; the script adds the current progress."""
        urls = {checklist_id: _url_from_page(env, page)
                for checklist_id, page in checklist_pages.items()}
        _use(env, "overview")
        return render_overview(dataset, {k: v for k, v in urls.items() if v},
                               _page_language(env))

    @env.macro
    def due_list() -> str:
        """What is due across every interview, with links to the letter or checklist that
        does it and one calendar file (the start page)."""
        if letters is None:
            raise PluginError(f"due_list: {LETTERS.as_posix()} not found")
        _use(env, "due")
        links = {}
        for kind, (target, anchor) in DUE_LINKS.items():
            url = _url_from_page(env, target)
            if url is None:
                raise PluginError(f"due_list: the page {target} is missing (the line "
                                  f"'{kind}' links to it)")
            links[kind] = url + anchor
        return render_due_list(letters, _page_language(env), links)

    @env.macro
    def offer_comparison() -> str:
        """Offers side by side: weighted criteria, a rating per offer, a score and its
        reasons (the offer page)."""
        _use(env, "compare")
        return render_offer_comparison(_page_language(env), MAX_CRITERIA)

    @env.macro
    def lessons() -> str:
        """The questions whose notes carry over to the next interview."""
        _use(env, "lessons")
        return render_lessons(dataset, _page_language(env))

    @env.macro
    def printable_checklists() -> str:
        """Every checklist as a blank paper form, for the Printable checklists page."""
        language = _page_language(env)
        _use(env, "printable")
        return render_printable(dataset, language,
                                centre.print_line(language) if centre else None)

    @env.macro
    def letter_builder(*letter_ids: str) -> str:
        """The letter builder for the letters ``letter_ids`` of data/letters.yml."""
        if letters is None:
            raise PluginError(f"letter_builder: {LETTERS.as_posix()} not found")
        known = ", ".join(letters.ids)
        if not letter_ids:
            raise PluginError(f"letter_builder(): name one or more letters of "
                              f"{LETTERS.as_posix()} (known: {known})")
        for letter_id in letter_ids:
            if letter_id not in letters.ids:
                raise PluginError(f'letter_builder("{letter_id}"): no letter with that id in '
                                  f"{LETTERS.as_posix()} (known: {known})")
        _use(env, "followup")
        return render_letter_builder(letters, list(letter_ids), _page_language(env))

    @env.macro
    def followup_dates() -> str:
        """When to send the thank-you note and ask about the status, with reminders."""
        if letters is None:
            raise PluginError(f"followup_dates: {LETTERS.as_posix()} not found")
        _use(env, "followup")
        return render_followup_dates(letters, _page_language(env))

    @env.macro
    def records_manager() -> str:
        """The interview records manager (new, switch, rename, delete, export, import)."""
        _use(env, "records")
        return render_records(dataset, _page_language(env))

    @env.macro
    def stage_prompt(stage: str) -> str:
        """Where it happens, a control that notes the current interview's stage: "offer"
        (asks for the deadline) or "rejected"."""
        if stage not in STAGE_PROMPTS:
            raise PluginError(f'stage_prompt("{stage}"): choose one of '
                              f'{", ".join(STAGE_PROMPTS)}')
        _use(env, "stage")
        return render_stage_prompt(stage, _page_language(env), _url_from_page(env, RECORDS_PAGE))

    @env.macro
    def adviser_file() -> str:
        """On the records page: make a file of chosen interviews for a careers adviser,
        locked with a passphrase if the student wishes (its script loads when asked for)."""
        _use(env, "records")  # backup.js, which loads the maker's script on demand
        return render_adviser_file(_page_language(env), _site_url(env, ADVISER_SCRIPTS[0]),
                                   env.conf["site_name"])

    @env.macro
    def adviser_view() -> str:
        """The adviser's page: open a student's file (or a backup) and read it; stores
        nothing unless asked."""
        _use(env, "adviser")
        _use(env, "stage")  # stage.js brings the stage words into the page's messages
        scripts = " ".join(_site_url(env, script) for script in ADVISER_SCRIPTS)
        return render_adviser_view(dataset, _page_language(env), env.conf["site_name"],
                                   scripts)

    @env.macro
    def support() -> str:
        """The career centre's "Get support" box (extra.centre); nothing without one."""
        return render_support(centre, _page_language(env), lambda link: _site_url(env, link))

    @env.macro
    def accessibility_contact() -> str:
        """The accessibility statement's feedback contact: the centre's, or a neutral
        sentence when the site has no extra.centre."""
        return render_feedback(centre, _page_language(env), lambda link: _site_url(env, link))


def _facts(project_dir: Path, languages: list[str], problems: list) -> Facts | None:
    """The register of facts, or None when it has problems (they join the others; the
    facts the pages and data files name are then not checked against a broken register)."""
    try:
        return project_facts(project_dir, languages)
    except BuildInputError as error:
        problems += error.problems
        return None


# Facts due for a check are said, not failed: the site must still build (also with
# --strict) the day a review date passes. This logger is not MkDocs', so --strict does not
# count it as a warning, and it prints whatever MkDocs' own verbosity.
_due_log = logging.getLogger("afterview.facts")
if not _due_log.handlers:
    _handler = logging.StreamHandler(sys.stderr)
    _handler.setFormatter(logging.Formatter("WARNING -  %(message)s"))
    _due_log.addHandler(_handler)
    _due_log.propagate = False


def _warn_due_facts(facts: Facts) -> None:
    """Say once per register (not once per language build) which facts are due."""
    if _shown.get("warned") is facts:
        return
    _shown["warned"] = facts
    due = facts.due(dt.date.today())
    if due:
        noun = "fact is" if len(due) == 1 else "facts are"
        listed = "; ".join(f"{fact.id} ({fact.file}:{fact.line}: {reason})"
                           for fact, reason in due)
        _due_log.warning("%d %s due for a check (the site still builds; `make facts` lists "
                         "them all): %s", len(due), noun, listed)


def _page_state(env) -> dict:
    """What the page being rendered has used so far (facts, a Sources list)."""
    page = getattr(env, "page", None)
    meta = page.meta if page is not None else {}
    return meta.setdefault("av_trust", {"facts": [], "sources_list": False})


def _note_facts(env, fact_ids) -> None:
    used = _page_state(env)["facts"]
    used.extend(fact_id for fact_id in fact_ids if fact_id not in used)


H1 = re.compile(r"^# .*$", re.MULTILINE)
NAMED_SOURCES = "av_named_sources"


def on_pre_page_macros(env) -> None:
    """mkdocs-macros makes every front-matter key a template variable, so a page's
    ``sources:`` list would hide the ``sources()`` macro: keep it under another key."""
    meta = env.page.meta
    if "sources" in meta:
        meta[NAMED_SOURCES] = meta.pop("sources")


def on_post_page_macros(env) -> None:
    """Once a page is rendered: put its Sources list in place of sources()' token and the
    "Checked on" line under its title, or stop the build when its front matter is wrong."""
    page = env.page
    state = _page_state(env)
    name = f"docs/{page.file.src_uri}"
    facts: Facts = _shown["facts"]
    problems = page_trust_problems(name, page.meta.get("checked"),
                                   page.meta.get(NAMED_SOURCES), _shown["facts_schema"],
                                   state["sources_list"])
    if state["facts"] and not state["sources_list"]:
        problems.append(Problem(name, None, "fact(...)", "the page uses facts but shows no "
                                "Sources list: add a Sources heading and {{ sources() }}"))
    if problems:
        raise PluginError(str(BuildInputError(problems)))
    language = _page_language(env)
    markdown = env.markdown
    checked = page_checked(page.meta.get("checked"))
    if state["sources_list"]:
        listed = sources_of_page([facts.get(f) for f in state["facts"]],
                                 named_sources(page.meta.get(NAMED_SOURCES)))
        markdown = markdown.replace(SOURCES_TOKEN, "\n\n" + render_sources(
            listed, language, checked) + "\n\n")
    if checked is not None:
        line = checked_line(checked, language)
        title = H1.search(markdown)
        markdown = (markdown[:title.end()] + "\n\n" + line + "\n" + markdown[title.end():]
                    if title else line + "\n\n" + markdown)
    env.markdown = markdown


def _use(env, component: str) -> None:
    """The current page needs ``component``'s script and stylesheet (macros/components.py)."""
    page = getattr(env, "page", None)
    if page is not None:
        use_component(page.meta, component)


def _letters(project_dir: Path, facts: Facts | None, problems: list) -> Letters | None:
    """The follow-up tools' letters and waiting times, facts put in, when the project has
    them; their problems join the others."""
    if not (project_dir / LETTERS).exists():
        return None
    try:
        return read_letters(project_dir, facts)
    except BuildInputError as error:
        problems += error.problems
        return None


def on_post_build(env) -> None:
    """Write the centre's accent stylesheet (linked by _show_centre) into the built site."""
    centre = _shown["centre"]
    if centre is not None and centre.accent:
        target = Path(env.conf["site_dir"]) / ACCENT_CSS
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(accent_css(centre.accent), encoding="utf-8")


# What the current build's define_env read, for on_post_build and on_post_page_macros (no
# second read): the centre, the register of facts, and the register last warned about.
_shown: dict[str, Any] = {"centre": None, "facts": Facts({}), "facts_schema": {"$defs": {}},
                          "warned": None}


def _show_centre(config, centre: Centre | None) -> None:
    """Hand the centre to the theme templates (header, footer: overrides/partials) as
    config.extra.afterview_centre, per language, and link the accent stylesheet. A file,
    not an inline style: the Content-Security-Policy allows styles from files only."""
    _shown["centre"] = centre
    extra = config["extra"]
    if centre is None:
        extra.pop("afterview_centre", None)
        return
    extra["afterview_centre"] = theme_words(centre, list(LABELS))
    # The centre's styles (support box, footer, print line) only on a centre's site, then
    # its accent colours, which must come after ours.
    listed = [str(entry) for entry in config["extra_css"]]
    for stylesheet in [CENTRE_CSS] + ([ACCENT_CSS] if centre.accent else []):
        if stylesheet not in listed:
            config["extra_css"].append(stylesheet)


def _site_url(env, link: str) -> str:
    """A link from the centre's setting as seen from the current page: web addresses as
    they are, paths from the site's root relative to the page (any sub-path, file://)."""
    page = getattr(env, "page", None)
    if urlsplit(link).scheme or page is None:
        return link
    return get_relative_url(link, page.url)


def _config_name(config, project_dir: Path) -> str:
    """The configuration file as the user knows it (mkdocs.yml), for problem lines."""
    path = Path(config.get("config_file_path") or "mkdocs.yml")
    try:
        return path.resolve().relative_to(project_dir.resolve()).as_posix()
    except ValueError:
        return path.name


def _url_from_page(env, target: str) -> str | None:
    """The URL of the page built from docs/``target``, relative to the current page
    (relative URLs keep the site working under any sub-path and from file://)."""
    files = env.variables.get("files")
    target_file = files.get_file_from_path(target) if files is not None else None
    if target_file is None or getattr(env, "page", None) is None:
        return None
    return get_relative_url(target_file.url, env.page.url)


def _site_languages(conf) -> list[str]:
    """The languages the site is built in, the default first: mkdocs-static-i18n's built
    locales when the plugin is on, else the theme's language."""
    i18n = conf["plugins"].get("i18n")
    if i18n is not None:
        languages = [lang for lang in i18n.config.languages if lang.build]
        languages.sort(key=lambda lang: not lang.default)
        return [lang.locale for lang in languages]
    theme = conf.get("theme")
    return [(theme.get("language") if theme else None) or DEFAULT_LANGUAGE]


def _page_syntax(macros_config) -> jinja2.Environment:
    """A Jinja environment with the page delimiters mkdocs-macros uses, for parsing only
    (the plugin's own environment does not exist yet while define_env runs)."""
    delimiters = {
        key.removeprefix("j2_"): value
        for key, value in macros_config.items()
        if key.startswith("j2_") and key.endswith("_string") and value
    }
    return jinja2.Environment(**delimiters)


def _display_prefix(docs_dir: Path, project_dir: Path) -> str:
    try:
        return docs_dir.resolve().relative_to(project_dir.resolve()).as_posix() + "/"
    except ValueError:
        return docs_dir.as_posix() + "/"


def _page_language(env) -> str:
    """The page's language as mkdocs-static-i18n sets it, else the theme's, else English."""
    page = getattr(env, "page", None)
    locale = getattr(getattr(page, "file", None), "locale", None)
    if locale:
        return locale
    theme_language = env.conf["theme"].get("language") if env.conf.get("theme") else None
    return theme_language or DEFAULT_LANGUAGE
