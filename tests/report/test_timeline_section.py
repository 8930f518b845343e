"""The briefing's timeline section on a small real store: four demo articles, two of them copies of one wire
story, one with background from 1967."""

from __future__ import annotations

import re
import xml.dom.minidom
from datetime import date

from storyline.analyze.timex import first_day
from storyline.report.briefing import BriefContext, render_html, render_markdown
from storyline.report.queries import timeline_rows
from storyline.report.sections.timeline import chart_svg

REFS = {"A05", "A06", "A07", "A14"}  # the wire story, its two copies, and a story with "since 1967" background


def test_first_day_reads_timeml_dates():
    # the chart places a value at its first day, the one the events stage compares with publication
    assert first_day("2024-05-22") == date(2024, 5, 22)
    assert first_day("2024-05") == date(2024, 5, 1)
    assert first_day("2024-W21") == date(2024, 5, 20)
    assert first_day("2025-SU") == date(2025, 6, 1)  # the season's first month, as the times stage reads seasons
    assert first_day("2024-Q2") == date(2024, 4, 1)
    assert first_day("2024") == date(2024, 1, 1)
    assert first_day("199X") is None and first_day(None) is None and first_day("2024-13-01") is None


def test_copies_collapse_into_one_row_with_one_independent_source(store):
    rows = timeline_rows(store)
    copied = [r for r in rows if len(r["sources"]) == 3]
    assert copied, "the wire story's acts are reported by the original and its two copies"
    for row in copied:
        assert row["independent_sources"] == 1
        assert sum(1 for s in row["sources"] if s["copy_of"]) == 2


def test_html_section_links_evidence_marks_copies_and_separates_background(store):
    page = render_html(BriefContext(store))
    section = page[
        page.index("<section id='timeline'>") : page.index("</section>", page.index("<section id='timeline'>"))
    ]
    assert "also as copies: " in section  # copies shown beside the report they copy, not as separate sources
    anchors = set(re.findall(r"href=\"#(s-[0-9a-f]+-\d+)\"", section))
    assert anchors and all(f"id='{a}'" in page or f'id="{a}"' in page for a in anchors)  # every link resolves
    current, background = section.split("<h3>Historical background</h3>")
    assert "1967" in background and "1967" not in re.sub(r"<[^>]+>", "", current.split("</svg>")[-1])
    svg = section[section.index("<svg") : section.index("</svg>") + 6]
    xml.dom.minidom.parseString(svg)  # well-formed, self-contained SVG
    assert "http" not in svg.replace("http://www.w3.org/2000/svg", "")  # no external assets
    assert "<script" not in section


def test_markdown_section_lists_sources_and_background(store):
    text = render_markdown(BriefContext(store))
    section = text[text.index("## Timeline of events") :].split("\n## ")[0]
    assert "### Historical background" in section
    assert "(also as copies: " in section
    assert re.search(r"\*\*2024-05-22\*\*|\*\*reported 2024-05-22\*\*", section)
    assert "“" in section and "](#a-" in section  # the evidence sentence with a link to its article


def test_chart_has_one_lane_per_actor_and_a_dot_per_date():
    rows = [
        {"date": "2024-05-22", "action": "RECOGNIZE", "source_actor": "state:NOR", "source_name": "Norway",
         "target_actor": "state:PSE", "target_name": "Palestine", "sources": [{}, {}]},
        {"date": "2024-05-28", "action": "SANCTION", "source_actor": "state:ISR", "source_name": "Israel",
         "target_actor": "state:NOR", "target_name": "Norway", "sources": [{}]},
        {"date": "199X", "action": "MEET", "source_actor": "state:NOR", "source_name": "Norway",
         "target_actor": None, "target_name": None, "sources": [{}]},
    ]  # fmt: skip
    svg = chart_svg(rows)
    xml.dom.minidom.parseString(svg)
    assert svg.count("<circle") == 4  # Norway twice, Palestine, Israel; the undatable decade is left out
    assert ">Norway<" in svg and ">Israel<" in svg and ">Palestine<" in svg
    assert "#c0392b" in svg and "#27864a" in svg  # the sanction is drawn as conflict, the recognition not
    assert chart_svg([]) == ""
