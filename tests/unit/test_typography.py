"""Non-breaking spaces where German (and good English) typography keeps words together."""

from __future__ import annotations

import pytest

from hooks.typography import keep_together, keep_together_in_html

NB = "\u00a0"


@pytest.mark.parametrize(("text", "expected"), [
    ("nach § 622 Abs. 3 BGB", f"nach §{NB}622 Abs.{NB}3 BGB"),
    ("§§ 74 ff. HGB", f"§§{NB}74 ff. HGB"),
    ("Art. 15 DSGVO", f"Art.{NB}15 DSGVO"),
    ("z. B. ein PDF, d. h. Textform, i. d. R. so", f"z.{NB}B. ein PDF, d.{NB}h. Textform, "
                                                  f"i.{NB}d.{NB}R. so"),
    ("am 12. Mai und am 3. Nov. 2026", f"am 12.{NB}Mai und am 3.{NB}Nov. 2026"),
    ("32 % und 46.000 € und 13,90 Euro", f"32{NB}% und 46.000{NB}€ und 13,90{NB}Euro"),
    # Nothing to keep together: a sentence end before a number, a date without month.
    ("Das war alles. 3 Tage später", "Das war alles. 3 Tage später"),
    ("Ihr Plan B. Danach", "Ihr Plan B. Danach"),
])
def test_keeps_together_what_a_line_break_would_split(text, expected):
    assert keep_together(text) == expected


def test_changes_only_running_text_never_tags_scripts_or_code():
    html = ('<p title="§ 622">§ 622 <code>§ 622</code> <a href="?a=z. B.">z. B.</a></p>'
            '<script>var s = "§ 622";</script><pre><code>32 %</code></pre><p>32 %</p>')
    assert keep_together_in_html(html) == (
        f'<p title="§ 622">§{NB}622 <code>§ 622</code> <a href="?a=z. B.">z.{NB}B.</a></p>'
        f'<script>var s = "§ 622";</script><pre><code>32 %</code></pre><p>32{NB}%</p>')
