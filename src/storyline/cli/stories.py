"""Commands: ``storyline stories``, ``storyline eval clusters`` and ``storyline eval copies``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from storyline.cli.app import DbOption, JsonOption, app, console, eval_app, fail, open_store, print_json


@app.command()
def stories(
    db: DbOption = "storyline.db",
    json_out: JsonOption = False,
    limit: Annotated[int, typer.Option("--limit", help="Show at most this many stories.")] = 20,
) -> None:
    """Stories, their events in date order, and the articles and outlets of each."""
    from storyline.store.groups import story_threads

    store = open_store(db)
    threads = story_threads(store)[:limit]
    store.close()
    if json_out:
        print_json(threads)
        return
    if not threads:
        console.print("no articles stored")
        return
    for story in threads:
        span = " to ".join(d[:10] for d in dict.fromkeys(filter(None, (story["first_date"], story["last_date"]))))
        console.print(f"[bold]{story['id']}[/bold] {span}: {story['count']}, {len(story['events'])} event(s),"
                      f" outlets: {', '.join(story['outlets']) or 'unknown'}")  # fmt: skip
        table = Table("date", "event", "outlet", "title", "copy of", show_edge=False)
        for event in story["events"]:
            for i, a in enumerate(event["articles"]):
                label = f"{event['id']} ({event['count']})" if i == 0 else ""
                table.add_row((a["published"] or "")[:10], label, a["outlet"] or "", a["title"] or a["id"],
                              a["duplicate_of"] or "")  # fmt: skip
        console.print(table)


@eval_app.command("clusters")
def eval_clusters(
    data: Annotated[Path, typer.Option("--data", help="A BASIL-layout folder (articles/YEAR/*.json) or ECB+'s.")],
    layout: Annotated[str, typer.Option(help="basil, ecbplus or auto (from the folder).")] = "auto",
    json_out: JsonOption = False,
) -> None:
    """Event clustering: B-cubed P/R/F1 and singletons, beside a TF-IDF + agglomerative baseline."""
    from storyline.evaluate.clusters import evaluate

    if not data.exists():
        fail(f"no such folder: {data}")
    if layout not in ("basil", "ecbplus", "auto"):
        fail(f"unknown layout {layout!r}; choose basil, ecbplus or auto")
    result = evaluate(data, layout)
    if result["articles"] == 0:
        fail(f"no articles with a gold event found under {data}")
    if json_out:
        print_json(result)
        return
    table = Table("system", "B3 precision", "B3 recall", "B3 F1", "singletons",
                  title=f"{result['layout']}: {result['articles']} articles, {result['gold_events']} gold events,"
                  f" {result['predicted_events']} predicted")  # fmt: skip
    for name in ("storyline", "baseline_tfidf_agglomerative"):
        fig = result[name]
        table.add_row(name, *(f"{fig[k]:.3f}" for k in ("precision", "recall", "f1", "singletons")))
    console.print(table)


@eval_app.command("copies")
def eval_copies(
    data: Annotated[list[Path], typer.Option("--data", help="BASIL-layout folders or JSONL files to perturb.")],
    seed: Annotated[int, typer.Option(help="Seed of the perturbations.")] = 13,
    json_out: JsonOption = False,
) -> None:
    """Copy detection on light edits (headline, trimmed ending, inserted sentence) against unrelated pairs."""
    from storyline.evaluate.copies import evaluate

    missing = [str(p) for p in data if not p.exists()]
    if missing:
        fail(f"no such path: {', '.join(missing)}")
    result = evaluate(list(data), seed)
    if json_out:
        print_json(result)
        return
    pairs = result["pairs"]
    console.print(f"{result['articles']} articles from {result['source_articles']} sources:"
                  f" pair precision {pairs['precision']:.3f}, recall {pairs['recall']:.3f}, F1 {pairs['f1']:.3f}")  # fmt: skip
    for kind, recall in result["recall_by_edit"].items():
        console.print(f"  recall, {kind}: {recall:.3f}")
