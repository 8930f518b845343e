"""Timeline commands: `storyline timeline` (dated events across articles), `storyline eval time`
(TempEval-3) and `storyline eval events` (PLOVER)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from storyline.cli.app import (
    DbOption,
    JsonOption,
    app,
    console,
    err_console,
    eval_app,
    fail,
    open_store_for_actor,
    print_json,
)


@app.command()
def timeline(
    actor: Annotated[
        str | None, typer.Option(help="Only events this actor (or someone speaking for it) did or underwent.")
    ] = None,
    history: Annotated[bool, typer.Option(help="Include background events (marked historical).")] = True,
    db: DbOption = "storyline.db",
    json_out: JsonOption = False,
) -> None:
    """Dated events across all articles, oldest first; copies and repeated reports collapsed into one row."""
    from storyline.report.queries import timeline_rows, undated_event_articles

    store = open_store_for_actor(db, actor)
    rows = timeline_rows(store, actor=actor, include_historical=history)
    if json_out:
        print_json(rows)
        return
    table = Table("date", "who", "did", "to whom", "where", "sources", "evidence", title=f"{len(rows)} event(s)")
    for r in rows:
        date = r["date"] + ("" if r["date_precision"] else " (published)") + (" [background]" * r["historical"])
        outlets = ", ".join(sorted({s["outlet"] or "?" for s in r["sources"]}))
        who, whom = (
            (r[f"{side}_name"] or "") + (f" ({r[f'{side}_speaks_for']})" if r[f"{side}_speaks_for"] else "")
            for side in ("source", "target")
        )
        table.add_row(date, who, r["action"], whom, r["place"] or "",
                      f"{r['independent_sources']}: {outlets}", r["text"][:160])  # fmt: skip
    console.print(table)
    undated = undated_event_articles(store)
    if undated:
        err_console.print(
            f"{sum(undated.values())} event(s) in {len(undated)} article(s) have no date and are not listed: their "
            "articles have no publication date to resolve relative dates against (give one with "
            "`storyline ingest --published DATE`)",
            soft_wrap=True,
        )


@eval_app.command("time")
def eval_time(
    data: Annotated[Path, typer.Option("--data", help="A folder of TimeML .tml files (searched recursively).")],
    baseline: Annotated[bool, typer.Option(help="Also score dateparser alone, in the same run.")] = True,
    json_out: JsonOption = False,
) -> None:
    """Time expressions on TempEval-3: strict and relaxed extraction F1, value and type F1."""
    from storyline.evaluate.tempeval import dateparser_extractor, evaluate, read_folder, storyline_extractor

    try:
        documents = read_folder(data)
    except (FileNotFoundError, OSError) as exc:
        fail(str(exc))
    except Exception as exc:  # an unreadable .tml (ParseError): name it
        fail(f"could not read the TimeML in {data}: {exc}")
    extractors = {"storyline": storyline_extractor}
    if baseline:
        extractors["dateparser"] = dateparser_extractor
    result = evaluate(documents, extractors)
    if json_out:
        print_json({"documents": len(documents), "data": str(data), "systems": result})
        return
    table = Table(title=f"TempEval-3 time expressions, {len(documents)} documents from {data}")
    for header in ("system", "gold", "found", "strict P/R/F1", "relaxed P/R/F1", "value F1", "type F1"):
        table.add_column(header, overflow="fold")  # a narrow terminal wraps the figures, never cuts them
    for name, fig in result.items():

        def prf(key: str, fig: dict = fig) -> str:
            return "{precision:.3f} / {recall:.3f} / {f1:.3f}".format(**fig[key])

        table.add_row(name, str(fig["gold"]), str(fig["system"]), prf("strict"), prf("relaxed"),
                      f"{fig['value']['f1']:.3f}", f"{fig['type']['f1']:.3f}")  # fmt: skip
    console.print(table)
    types = Table("system", "gold type", "gold", "found (relaxed)", "right value", "value recall",
                  title="By gold type (every type is scored; a value left out counts as wrong)")  # fmt: skip
    for name, fig in result.items():
        for kind, row in fig["by_type"].items():
            types.add_row(name, kind, str(row["gold"]), str(row["found"]), str(row["value_right"]),
                          f"{row['value_recall']:.3f}")  # fmt: skip
    console.print(types)


@eval_app.command("events")
def eval_events(
    data: Annotated[Path, typer.Option("--data", help="A PLOVER-layout folder: *.json gold records.")],
    limit: Annotated[int | None, typer.Option(help="Score only the first N records.")] = None,
    json_out: JsonOption = False,
) -> None:
    """Event type, source and target on PLOVER's gold sentences."""
    from storyline.evaluate.plover import evaluate

    try:
        result = evaluate(data, limit=limit)
    except FileNotFoundError as exc:
        fail(str(exc))
    if json_out:
        print_json(result)
        return
    t = result["type"]
    console.print(
        f"PLOVER, {result['sentences']} sentences, {result['coded']} coded\n"
        f"event type  P {t['precision']:.3f}  R {t['recall']:.3f}  F1 {t['f1']:.3f}\n"
        f"source      {result['source_accuracy']:.3f} of {result['source_scored']} coded with a gold source\n"
        f"target      {result['target_accuracy']:.3f} of {result['target_scored']} coded with a gold target"
    )


@eval_app.command("demo-events")
def eval_demo_events(
    data: Annotated[Path, typer.Option("--data", help="A folder laid out like examples/: corpus.jsonl and gold.json.")],
    show_errors: Annotated[
        bool, typer.Option("--errors", help="List missed and spurious events and wrong dates.")
    ] = False,
    json_out: JsonOption = False,
) -> None:
    """Events and actors against the demo corpus gold: precision, recall, F1; date and background accuracy."""
    from storyline.evaluate.demo_gold import evaluate

    try:
        result = evaluate(data)
    except FileNotFoundError as exc:
        fail(str(exc))
    if json_out:
        print_json(result)
        return
    ev, ac = result["events"], result["actors"]
    table = Table(
        "figure", "P", "R", "F1", "system", "gold", title=f"demo gold, {result['articles']} articles from {data}"
    )
    for name, fig in [*((f"events {k}", ev[k]) for k in ("strict", "category", "pair")),
                      ("actor mentions", ac["mentions"]), ("actor ids per article", ac["ids"])]:  # fmt: skip
        table.add_row(name, f"{fig['precision']:.3f}", f"{fig['recall']:.3f}", f"{fig['f1']:.3f}",
                      str(fig["system"]), str(fig["gold"]))  # fmt: skip
    console.print(table)
    console.print(f"on {ev['matched']} strict matches: date right {ev['date_accuracy']:.3f}, "
                  f"historical flag right {ev['historical_accuracy']:.3f}")  # fmt: skip
    if show_errors:
        for kind in ("missed", "spurious"):
            console.print(f"\n{kind}:")
            for e in ev[kind]:
                console.print(f"  {e['ref']}: {e['source']} {e['action']} {e['target']} {e['date']} | {e['text']}")
        console.print("\nstrict matches with a wrong date (gold -> ours):")
        for e in ev.get("wrong_date", []):
            console.print(f"  {e['ref']}: {e['gold']} -> {e['date']} | {e['source']} {e['action']} | {e['text']}")
        console.print("\nactor ids that differ from the gold:")
        for w in ac["wrong_id"]:
            console.print(f"  {w['ref']}: {w['text']!r} ours {w['ours']} gold {w['gold']}")
