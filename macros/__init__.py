"""mkdocs-macros entry point: wiring only. The work is done by the pure modules beside it."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import jinja2
from mkdocs.exceptions import PluginError
from mkdocs.utils import get_relative_url

from .centre import ACCENT_CSS, Centre, accent_css, read_centre
from .components import use_component
from .dataset import DATASET, read_dataset
from .labels import LABELS
from .languages import catalogue_problems, label_problems, pages_without_a_language
from .letters import LETTERS, Letters, read_letters
from .model import DEFAULT_LANGUAGE
from .problems import BuildInputError
from .references import check_references, scan_pages
from .rendering import (
    render_checklist,
    render_followup_dates,
    render_lessons,
    render_letter_builder,
    render_overview,
    render_printable,
    render_records,
)
from .support import render_feedback, render_support, theme_words

RECORDS_PAGE = "records.md"  # the interview records manager, linked from every checklist
MESSAGES = "assets/js/messages-{language}.js"  # the scripts' messages per language, in docs/


def define_env(env) -> None:
    """Load and check the dataset and every page's checklist references, then register the
    macros. Any problem stops the build here, before a page is written."""
    project_dir = Path(env.project_dir)
    docs_dir = Path(env.conf["docs_dir"])
    languages = _site_languages(env.conf)
    prefix = _display_prefix(docs_dir, project_dir)
    # Every problem at once: a broken dataset does not hide a missing page or message.
    problems = pages_without_a_language(docs_dir, prefix, languages, languages[0])
    problems += label_problems(LABELS, languages)
    if (docs_dir / "assets/js").is_dir():  # the real site; test fixtures have no scripts
        problems += catalogue_problems({
            language: (docs_dir / MESSAGES.format(language=language),
                       prefix + MESSAGES.format(language=language))
            for language in languages})
    try:
        dataset = read_dataset(project_dir, languages)
        references = scan_pages(docs_dir, prefix, _page_syntax(env.config))
        problems += check_references(references, dataset.ids, DATASET.as_posix())
        letters = _letters(project_dir, problems)
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

    # Which page shows which checklist, as paths inside docs/ (the default language's pages).
    checklist_pages = {
        ref.checklist_id: ref.page.removeprefix(prefix)
        for ref in references if ref.checklist_id and Path(ref.page).suffixes == [".md"]
    }

    _show_centre(env.conf, centre)

    @env.macro
    def checklist(checklist_id: str) -> str:
        """Render the checklist ``checklist_id`` of the dataset for the current page."""
        found = dataset.get(checklist_id)
        if found is None:  # only reachable for ids computed at render time
            raise PluginError(f'no checklist with id "{checklist_id}" in the dataset')
        language = _page_language(env)
        return render_checklist(found, language, _url_from_page(env, RECORDS_PAGE),
                                centre_line=centre.print_line(language) if centre else None)

    @env.macro
    def progress_overview() -> str:
        """Every checklist with a link to its page; the script adds the current progress."""
        urls = {checklist_id: _url_from_page(env, page)
                for checklist_id, page in checklist_pages.items()}
        _use(env, "overview")
        return render_overview(dataset, {k: v for k, v in urls.items() if v},
                               _page_language(env))

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
    def support() -> str:
        """The career centre's "Get support" box (extra.centre); nothing without one."""
        return render_support(centre, _page_language(env), lambda link: _site_url(env, link))

    @env.macro
    def accessibility_contact() -> str:
        """The accessibility statement's feedback contact: the centre's, or a neutral
        sentence when the site has no extra.centre."""
        return render_feedback(centre, _page_language(env), lambda link: _site_url(env, link))


def _use(env, component: str) -> None:
    """The current page needs ``component``'s script and stylesheet (macros/components.py)."""
    page = getattr(env, "page", None)
    if page is not None:
        use_component(page.meta, component)


def _letters(project_dir: Path, problems: list) -> Letters | None:
    """The follow-up tools' letters and waiting times, when the project has them; their
    problems join the others."""
    if not (project_dir / LETTERS).exists():
        return None
    try:
        return read_letters(project_dir)
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


# The centre the current build's define_env read, for on_post_build (no second read).
_shown: dict[str, Centre | None] = {"centre": None}


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
    if centre.accent and ACCENT_CSS not in [str(entry) for entry in config["extra_css"]]:
        config["extra_css"].append(ACCENT_CSS)


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
