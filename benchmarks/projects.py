"""The projects the benchmarks build: a copy of the real one, the same pages as a plain
MkDocs + Material project (no macros, i18n, offline plugin, hooks or overrides), and
synthetic datasets of N items, each in both forms.

Everything is generated into folders the caller gives (temporary ones); nothing here
writes into the repository."""

from __future__ import annotations

import json
import re
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import yaml

from scripts.building import mkdocs_env

ROOT = Path(__file__).parents[1]

# Jinja syntax on pages: macro calls, statements, comments. Plain Material has no Jinja.
JINJA = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)
# Top-level keys of mkdocs.yml that plain Material does not get: our plugins, hooks,
# overrides, our own scripts and styles.
PLAIN_DROPS = ("extra", "extra_css", "extra_javascript", "hooks", "watch", "plugins")
# Per item of a synthetic checklist: a question or a task, with a hint on every third.
ITEMS_PER_CHECKLIST = 50
IGNORE = shutil.ignore_patterns("__pycache__", ".venv", ".git", "node_modules", "site",
                                "*.egg-info", "dist", "pdf", ".pytest_cache", ".ruff_cache")


def top_level_blocks(text: str) -> dict[str, str]:
    """mkdocs.yml split into its top-level keys, each with its whole block of lines (the
    file has Python tags that a safe YAML loader refuses, so it is handled as text)."""
    blocks: dict[str, str] = {}
    key = ""
    for line in text.splitlines(keepends=True):
        match = re.match(r"([A-Za-z_]+):", line)
        if match:
            key = match.group(1)
        blocks[key] = blocks.get(key, "") + line
    return blocks


def plain_config(real_config: str, nav: str | None = None) -> str:
    """The real mkdocs.yml for plain Material: the same theme, features and Markdown
    extensions, with only the search plugin, and without custom_dir (our overrides)."""
    blocks = top_level_blocks(real_config)
    for key in PLAIN_DROPS:
        blocks.pop(key, None)
    blocks["theme"] = "".join(line for line in blocks["theme"].splitlines(keepends=True)
                              if not line.strip().startswith("custom_dir:"))
    if nav is not None:
        blocks["nav"] = nav
    blocks["plugins"] = "plugins:\n  - search\n"
    # Pages at review.html like ours (the offline plugin does this for the real site).
    blocks["use_directory_urls"] = "use_directory_urls: false\n"
    return "".join(blocks.values())


def strip_jinja(markdown: str) -> str:
    """A page without its macro calls (replaced by nothing)."""
    return JINJA.sub("", markdown)


def copy_real(destination: Path, source: Path = ROOT) -> Path:
    """The real project (config, docs, data, macros, hooks, overrides) in ``destination``."""
    shutil.copytree(source, destination, ignore=IGNORE, symlinks=True)
    return destination


def make_plain(source: Path, destination: Path, nav: str | None = None) -> Path:
    """The pages of the project in ``source`` as a plain Material project: every Markdown
    page (both languages: page.de.md becomes its own page) without Jinja, nothing of
    docs/assets, the config without our plugins, hooks and overrides."""
    docs = source / "docs"
    for page in docs.rglob("*"):
        relative = page.relative_to(docs)
        if page.is_dir() or relative.parts[0] == "assets":
            continue
        target = destination / "docs" / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        if page.suffix == ".md":
            target.write_text(strip_jinja(page.read_text(encoding="utf-8")), encoding="utf-8")
        else:
            shutil.copy(page, target)
    config = (source / "mkdocs.yml").read_text(encoding="utf-8")
    (destination / "mkdocs.yml").write_text(plain_config(config, nav), encoding="utf-8")
    return destination


class _IgnoreTags(yaml.SafeLoader):
    """A YAML loader for mkdocs.yml that reads Python tags (the emoji settings) as None."""


_IgnoreTags.add_multi_constructor("", lambda loader, suffix, node: None)


def language_settings(real_config: str, language: str) -> dict[str, Any]:
    """The mkdocs-static-i18n settings of ``language`` in the real mkdocs.yml."""
    config = yaml.load(real_config, Loader=_IgnoreTags)  # noqa: S506 - a loader of our own
    i18n = next(plugin["i18n"] for plugin in config["plugins"]
                if isinstance(plugin, dict) and "i18n" in plugin)
    return next(lang for lang in i18n["languages"] if lang["locale"] == language)


def make_plain_language(source: Path, destination: Path, language: str) -> Path:
    """The pages of one language as a plain Material project, the way a site is built once
    per language: its pages only (page.de.md becomes page.md), without Jinja, the theme in
    that language (so search uses its stemmer), the navigation, description and footer
    translated as mkdocs-static-i18n translates them."""
    docs = source / "docs"
    german = language != "en"
    for page in docs.rglob("*.md"):
        relative = page.relative_to(docs).as_posix()
        if relative.startswith("assets/") or relative.endswith(".de.md") != german:
            continue
        target = destination / "docs" / relative.replace(f".{language}.md", ".md")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(strip_jinja(page.read_text(encoding="utf-8")), encoding="utf-8")
    for other in docs.rglob("*"):  # images and other files the pages show
        relative = other.relative_to(docs)
        if other.is_file() and other.suffix != ".md" and relative.parts[0] != "assets":
            (destination / "docs" / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(other, destination / "docs" / relative)
    real = (source / "mkdocs.yml").read_text(encoding="utf-8")
    blocks = top_level_blocks(plain_config(real))
    if german:
        settings = language_settings(real, language)
        blocks["theme"] = blocks["theme"].replace("  language: en\n", f"  language: {language}\n")
        nav = blocks["nav"]
        for english, translated in settings.get("nav_translations", {}).items():
            nav = nav.replace(f"- {english}:", f"- {translated}:")
        blocks["nav"] = nav
        for key in ("site_description", "copyright"):
            if key in settings:
                blocks[key] = f"{key}: {json.dumps(settings[key], ensure_ascii=False)}\n"
    (destination / "mkdocs.yml").write_text("".join(blocks.values()), encoding="utf-8")
    return destination


def only_default_language(project: Path) -> Path:
    """Switch the German build off in a copy of the real project (per-language figures):
    mkdocs-static-i18n then builds English only."""
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    german = text.index("- locale: de")
    switched = text[:german] + text[german:].replace("build: true", "build: false", 1)
    config.write_text(switched, encoding="utf-8")
    return project


def _item_yaml(checklist: int, item: int) -> str:
    kind = "question" if item % 2 else "task"
    lines = [f"          - id: i{item:03d}", f"            kind: {kind}",
             f'            text: {{en: "Question {item} of list {checklist}: did the '
             f'interviewer explain point {item}?", de: "Frage {item} der Liste {checklist}: '
             f'Hat die Gesprächspartnerin Punkt {item} erklärt?"}}']
    if item % 3 == 0:
        lines.append(f'            hint: {{en: "A hint for item {item}.", de: "Ein Hinweis zu '
                     f'Punkt {item}."}}')
    return "\n".join(lines)


def synthetic_texts(checklist: int, item: int, language: str) -> tuple[str, str | None]:
    """The text and hint of a synthetic item, as _item_yaml writes them."""
    if language == "de":
        text = (f"Frage {item} der Liste {checklist}: Hat die Gesprächspartnerin Punkt "
                f"{item} erklärt?")
        hint = f"Ein Hinweis zu Punkt {item}." if item % 3 == 0 else None
    else:
        text = f"Question {item} of list {checklist}: did the interviewer explain point {item}?"
        hint = f"A hint for item {item}." if item % 3 == 0 else None
    return text, hint


def make_synthetic(items: int, real: Path, plain: Path) -> None:
    """A dataset of ``items`` items (checklists of 50, one per page, each page in English
    and German) in a copy of the real project at ``real``, and the same pages with the item
    texts as plain Markdown lists at ``plain``."""
    copy_real(real)
    lists = max(1, items // ITEMS_PER_CHECKLIST)
    per_list = items // lists
    yaml_lines = ["checklists:"]
    for c in range(1, lists + 1):
        yaml_lines += [f"  - id: c{c:03d}",
                       f'    title: {{en: "Checklist {c}", de: "Checkliste {c}"}}',
                       "    sections:", "      - id: s",
                       f'        title: {{en: "Section of list {c}", de: "Abschnitt {c}"}}',
                       "        items:"]
        yaml_lines += [_item_yaml(c, i) for i in range(1, per_list + 1)]
    (real / "data/checklists.yml").write_text("\n".join(yaml_lines) + "\n", encoding="utf-8")
    docs = real / "docs"
    for page in docs.rglob("*.md"):
        page.unlink()
    shutil.rmtree(docs / "further-rounds", ignore_errors=True)
    nav = ["nav:", "  - Start: index.md"]
    for language, suffix, title in (("en", ".md", "List"), ("de", ".de.md", "Liste")):
        (docs / f"index{suffix}").write_text(
            f"---\ntitle: Start\ndescription: {items} items\n---\n\n# Start\n\n{items} items.\n",
            encoding="utf-8")
        for c in range(1, lists + 1):
            head = f"---\ntitle: {title} {c}\ndescription: {title} {c}\n---\n\n# {title} {c}\n\n"
            (docs / f"c{c:03d}{suffix}").write_text(
                head + f'{{{{ checklist("c{c:03d}") }}}}\n', encoding="utf-8")
            if language == "en":
                nav.append(f"  - {title} {c}: c{c:03d}.md")
            target = plain / "docs" / f"c{c:03d}{suffix}"
            target.parent.mkdir(parents=True, exist_ok=True)
            lines = []
            for i in range(1, per_list + 1):
                text, hint = synthetic_texts(c, i, language)
                lines.append(f"- {text}" + (f"\n  {hint}" if hint else ""))
            target.write_text(head + "\n".join(lines) + "\n", encoding="utf-8")
        (plain / "docs" / f"index{suffix}").write_text(
            (docs / f"index{suffix}").read_text(encoding="utf-8"), encoding="utf-8")
    config = real / "mkdocs.yml"
    blocks = top_level_blocks(config.read_text(encoding="utf-8"))
    blocks["nav"] = "\n".join(nav) + "\n\n"
    config.write_text("".join(blocks.values()), encoding="utf-8")
    (plain / "mkdocs.yml").write_text(plain_config("".join(blocks.values())), encoding="utf-8")


def build_once(project: Path, site_dir: Path, strict: bool = True) -> tuple[float, float]:
    """One `mkdocs build` of ``project`` into ``site_dir`` (a new process, as a user runs
    it): wall-clock seconds and CPU seconds (user + system) of the process. CPU time is the
    steadier figure on a machine that runs other work at the same time."""
    command = [sys.executable, "-m", "mkdocs", "build", "-q", *(["--strict"] if strict else []),
               "--site-dir", str(site_dir)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, cwd=project, env=mkdocs_env(), check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
