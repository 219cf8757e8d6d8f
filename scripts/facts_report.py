"""make facts: every fact of the register (data/facts/*.yml) with the date it was checked,
flagging those past their review date or checked more than 12 months ago, then every
guidance page with its own "checked" date. A maintainer's list of what to check next.

Usage: python -m scripts.facts_report [--due] [--today YYYY-MM-DD]
  --due     list only what is due for a check
  --today   judge as of another day (e.g. to see what falls due before a semester starts)
Exits 1 when the register itself is broken (the build would fail too), else 0: a fact that
is due is work to do, not an error."""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from pathlib import Path

from macros.facts import RECHECK_AFTER, Fact, read_facts
from macros.problems import BuildInputError

ROOT = Path(__file__).resolve().parents[1]
CHECKED = re.compile(r"^checked:\s*['\"]?(\d{4}-\d{2}-\d{2})", re.MULTILINE)


def fact_rows(facts: list[Fact], today: dt.date, only_due: bool) -> list[tuple[str, ...]]:
    """One row per fact: status, id, region, checked, review by, where it is written."""
    rows = []
    for fact in sorted(facts, key=lambda fact: (fact.due(today) is None, fact.checked, fact.id)):
        reason = fact.due(today)
        if only_due and reason is None:
            continue
        rows.append(("DUE" if reason else "ok", fact.id, fact.region, fact.checked.isoformat(),
                     fact.review_by.isoformat() if fact.review_by else "-",
                     f"{fact.file}:{fact.line}", reason or ""))
    return rows


def page_rows(docs_dir: Path, today: dt.date, only_due: bool) -> list[tuple[str, ...]]:
    """One row per page that says when it was checked (front matter ``checked:``)."""
    rows = []
    for path in sorted(docs_dir.rglob("*.md")):
        head = path.read_text(encoding="utf-8").split("\n---", 1)[0]
        found = CHECKED.search(head)
        if not found:
            continue
        checked = dt.date.fromisoformat(found.group(1))
        due = today - checked > RECHECK_AFTER
        if only_due and not due:
            continue
        rows.append(("DUE" if due else "ok", path.relative_to(ROOT).as_posix(),
                     checked.isoformat(), "more than 12 months ago" if due else ""))
    return rows


def table(rows: list[tuple[str, ...]], header: tuple[str, ...]) -> str:
    """Rows as aligned columns under ``header`` (the last column is not padded)."""
    everything = [header, *rows]
    widths = [max(len(row[column]) for row in everything) for column in range(len(header))]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row[:-1], widths, strict=False))
        + "  " + row[-1] for row in everything).rstrip()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make facts", description=__doc__.split("\n\n")[0])
    parser.add_argument("--due", action="store_true", help="only what is due for a check")
    parser.add_argument("--today", type=dt.date.fromisoformat, default=dt.date.today())
    args = parser.parse_args(argv)
    try:
        register = read_facts(ROOT, ("en", "de"))
    except BuildInputError as error:
        print(error, file=sys.stderr)
        return 1
    facts = list(register.by_id.values())
    rows = fact_rows(facts, args.today, args.due)
    pages = page_rows(ROOT / "docs", args.today, args.due)
    due_facts = sum(1 for fact in facts if fact.due(args.today))
    due_pages = sum(1 for row in page_rows(ROOT / "docs", args.today, True))
    print(f"Facts ({len(facts)}, {due_facts} due for a check on {args.today.isoformat()}):")
    if rows:
        print(table(rows, ("", "fact", "region", "checked", "review by", "where", "why due")))
    print(f"\nPages ({due_pages} due):")
    if pages:
        print(table(pages, ("", "page", "checked", "why due")))
    if due_facts or due_pages:
        print("\nTo update a fact: check it at its sources, edit its text in the file named "
              "above (both languages), set checked: to today, and set or remove review_by "
              "(README: Keeping the facts right).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
