"""``storyline framing`` (outlet profiles, one event side by side) and ``storyline eval framing``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from storyline.cli.app import DbOption, JsonOption, app, console, eval_app, fail, open_store, print_json


@app.command("framing")
def framing(
    outlet: Annotated[str | None, typer.Option(help="Only this outlet's profile.")] = None,
    event: Annotated[str | None, typer.Option(help="Compare the outlets on this event cluster (id).")] = None,
    db: DbOption = "storyline.db",
    json_out: JsonOption = False,
) -> None:
    """How each outlet tells it: marker rates, preferred terms, whose quotes it runs; or one event side by side."""
    from storyline.framing_profiles import compare_event, event_groups, outlet_profiles

    store = open_store(db)
    if event is not None:
        result = compare_event(store, event)
        if result is None:
            known = ", ".join(sorted(event_groups(store))[:10]) or "none"
            fail(f"no event cluster {event!r} with articles from this store; known: {known}")
        print_json(result) if json_out else _print_event(result)  # type: ignore[arg-type]
        return
    profiles = outlet_profiles(store, outlet)
    if outlet is not None and not profiles:
        fail(f"no articles from outlet {outlet!r}; see `storyline articles` for the outlets stored")
    if json_out:
        print_json({"outlets": profiles, "events": event_groups(store)})
        return
    _print_profiles(profiles)
    events = event_groups(store)
    if events:
        console.print(f"events to compare ({len(events)}): " + ", ".join(f"{k} ({len(v)})" for k, v in events.items()))


def _print_profiles(profiles: list[dict[str, Any]]) -> None:
    table = Table("outlet", "articles", "words", "loaded /1k", "scare quotes", "loaded terms", "judging verbs",
                  "epithets", "judging share", title="Framing per outlet (rates per 1,000 words, outside quotes)")  # fmt: skip
    for p in profiles:
        r = p["rates_per_1000_words"]
        share = "" if p["judging_share"] is None else f"{p['judging_share']:.0%}"
        table.add_row(p["outlet"], str(p["articles"]), str(p["words"]), f"{p['loaded_per_1000_words']:.2f}",
                      f"{r['scare_quote']:.2f}", f"{r['loaded_term']:.2f}", f"{r['judging_verb']:.2f}",
                      f"{r['epithet']:.2f}", share)  # fmt: skip
    console.print(table)
    for p in profiles:
        if p["pairs"]:
            terms = "; ".join(f"{x['neutral']}: {x['preferred']}" for x in p["pairs"])
            console.print(f"[bold]{p['outlet']}[/bold] prefers: {terms}", soft_wrap=True)
        if p["speakers"]:
            top = ", ".join(f"{s['name']} {s['share']:.0%}" for s in p["speakers"][:5])
            console.print(f"[bold]{p['outlet']}[/bold] quotes: {top}", soft_wrap=True)


def _print_event(result: dict[str, Any]) -> None:
    console.print(f"[bold]event {result['event_id']}[/bold]: {result['articles']} article(s)")
    for name, o in result["outlets"].items():
        only = o["only_here"]
        console.print(f"\n[bold]{name}[/bold] only:", soft_wrap=True)
        for label, key, field in (("actors", "actors", "name"), ("quotes from", "speakers", "speaker"),
                                  ("figures", "figures", "text"), ("facts", "facts", "text")):  # fmt: skip
            items = [str(x[field]) for x in only[key]]
            if items:
                console.print(f"  {label}: " + " | ".join(items), soft_wrap=True, markup=False)
    if result["terms"]:
        table = Table("topic", "neutral term", *result["outlets"], title="Terms each outlet uses")
        for row in result["terms"]:
            table.add_row(row["topic"], row["neutral"] or "",
                          *(row["by_outlet"].get(n, {}).get("term", "") for n in result["outlets"]))  # fmt: skip
        console.print(table)


@eval_app.command("framing")
def eval_framing(
    data: Annotated[Path, typer.Option("--data", help="A BASIL-layout folder (articles/, annotations/) or BABE's.")],
    split: Annotated[str, typer.Option(help="Part to score: report, tune or all (see docs/framing.md).")] = "report",
    learn: Annotated[
        bool, typer.Option("--learn/--no-learn", help="Also score with words learned on the tune part.")
    ] = True,
    tune: Annotated[Path | None, typer.Option(help="Folder whose tune part trains --learn (default: --data).")] = None,
    embeddings: Annotated[
        bool,
        typer.Option(
            help="Also a sentence classifier over MiniLM embeddings trained on the tune part (BASIL: plus "
            "lexicon features; sentence level only)."
        ),
    ] = False,
    json_out: JsonOption = False,
) -> None:
    """Score framing markers on BASIL lexical-bias spans or BABE biased sentences."""
    from storyline.evaluate.framing import detect_layout, evaluate_babe, evaluate_basil

    if split not in ("report", "tune", "all"):
        fail(f"unknown split {split!r}; choose report, tune or all")
    if not data.exists():
        fail(f"no such folder: {data}")
    try:
        layout = detect_layout(data)
        if layout == "basil":
            result = evaluate_basil(data, split=split, learn=learn, tune_data=tune, classifier=embeddings)
        else:
            result = evaluate_babe(data, split=split, learn=learn, embeddings=embeddings)
    except ValueError as exc:
        fail(str(exc))
    if json_out:
        print_json(result)
        return
    levels = ("span_exact", "span_overlap", "token", "sentence") if layout == "basil" else ("macro_f1",)
    table = Table("variant", *(f"{lv} P/R/F1" if layout == "basil" else lv for lv in levels),
                  title=f"{layout.upper()} {split} part: {data}")  # fmt: skip
    for name, fig in result["variants"].items():
        if layout == "basil":
            cells = [
                f"{fig[lv]['precision']:.3f} / {fig[lv]['recall']:.3f} / {fig[lv]['f1']:.3f}" if lv in fig else "-"
                for lv in levels
            ]
        else:
            cells = [f"{fig['macro_f1']:.3f}"]
        table.add_row(name, *cells)
    console.print(table)
