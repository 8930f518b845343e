"""Core commands: ingest, articles, search, extract, export, brief, demo."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from storyline.cli.app import DbOption, JsonOption, QuietOption, app, console, err_console, fail, open_store, print_json
from storyline.config import Settings
from storyline.errors import StorylineError

MaxBytes = Annotated[int | None, typer.Option("--max-bytes", help="Largest input file, in bytes (default 50 MB).")]
Jobs = Annotated[int, typer.Option("--jobs", "-j", help="Worker processes for analysis.")]
Gazetteer = Annotated[
    str | None, typer.Option("--gazetteer", help="Your own actor gazetteer (YAML), added to the bundled one.")
]
Lexicon = Annotated[
    str | None, typer.Option("--lexicon", help="Your own framing lexicon (YAML), added to the bundled one.")
]
Outlet = Annotated[
    str | None, typer.Option("--outlet", help="Outlet of the inputs that name none (plain-text files name none).")
]
Published = Annotated[
    str | None,
    typer.Option(
        "--published",
        help="Publication date (ISO 8601, e.g. 2019-12-08) of the inputs that give none; relative dates resolve "
        "against it.",
    ),
]
MinActConfidence = Annotated[
    float | None,
    typer.Option(
        "--min-act-confidence",
        min=0.0,
        max=1.0,
        help="Drop undated coded events the act model (docs/events.md) scores lower (default 0.5): higher keeps "
        "fewer non-acts and fewer acts; 0 keeps every coded event.",
    ),
]

Metadata = Annotated[
    str | None,
    typer.Option(
        "--metadata",
        help="CSV with a row per input file: file, and any of outlet, published, title, url (a row beats what "
        "is read from a page; a JSONL record's own fields beat a row).",
    ),
]


def _settings(
    max_bytes: int | None = None,
    jobs: int = 1,
    gazetteer: str | None = None,
    lexicon: str | None = None,
    outlet: str | None = None,
    published: str | None = None,
    metadata: str | None = None,
    min_act_confidence: float | None = None,
) -> Settings:
    from storyline.ingest.metadata import parse_published

    for path in (gazetteer, lexicon, metadata):
        if path and not Path(path).is_file():
            fail(f"no such file: {path}")
    if published is not None and parse_published(published) is None:
        fail(f"--published {published!r} is not a date; give a full date such as 2019-12-08")
    return Settings().with_overrides(
        max_bytes=max_bytes,
        jobs=jobs,
        gazetteer=gazetteer,
        lexicon=lexicon,
        outlet=outlet,
        published=published,
        metadata=metadata,
        min_act_confidence=min_act_confidence,
    )


def _check_metadata(paths: list[str], settings: Settings) -> None:
    """Stop on a bad ``--metadata`` table before anything is read (its line and problem), and name the rows
    that match no input: a slip in a file name would otherwise leave that file silently undated."""
    if not settings.metadata:
        return
    from storyline.ingest import expand
    from storyline.ingest.sidecar import MetadataTableError, read_metadata_table, unmatched_rows

    try:
        table = read_metadata_table(settings.metadata)
    except MetadataTableError as exc:
        fail(str(exc))
    files = [str(f) for f in expand(paths) if isinstance(f, Path)]
    for name in unmatched_rows(files, table):
        err_console.print(
            f"{settings.metadata}: the row for {name!r} matches no input file", markup=False, soft_wrap=True
        )


def run_ingest(paths: list[str], db: str, settings: Settings, quiet: bool) -> int:
    from storyline.service import ingest as ingest_sources

    store = open_store(db, must_exist=False)
    with Progress(
        TextColumn("[bold]analysing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=err_console, disable=quiet, transient=True,
    ) as progress:  # fmt: skip
        task = progress.add_task("ingest", total=None)
        report = ingest_sources(
            paths, store, settings,
            on_total=lambda n: progress.update(task, total=n),
            on_progress=lambda n: progress.advance(task, n),
        )  # fmt: skip
    for rejection in report.rejections:
        err_console.print(rejection.message(), markup=False, soft_wrap=True)
    if not quiet:
        console.print(
            f"ingested {len(report.added)} new article(s) into {db}"
            f" ({report.already_stored} already stored, {report.revisions} revision(s),"
            f" {len(report.rejections)} input(s) rejected)"
        )
    store.close()
    return 1 if report.failed else 0


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, globs, or - for standard input.")],
    db: DbOption = "storyline.db",
    max_bytes: MaxBytes = None,
    jobs: Jobs = 1,
    gazetteer: Gazetteer = None,
    lexicon: Lexicon = None,
    outlet: Outlet = None,
    published: Published = None,
    metadata: Metadata = None,
    min_act_confidence: MinActConfidence = None,
    quiet: QuietOption = False,
) -> None:
    """Read, analyse and store articles. Exit 1 when any input was rejected (the others are stored)."""
    settings = _settings(max_bytes, jobs, gazetteer, lexicon, outlet, published, metadata, min_act_confidence)
    _check_metadata(paths, settings)
    try:
        code = run_ingest(paths, db, settings, quiet)
    except StorylineError as exc:
        fail(str(exc))
    raise typer.Exit(code)


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, globs, or - for standard input.")],
    format: Annotated[str, typer.Option("--format", "-f", help="Output format (jsonl).")] = "jsonl",
    max_bytes: MaxBytes = None,
    jobs: Jobs = 1,
    gazetteer: Gazetteer = None,
    lexicon: Lexicon = None,
    outlet: Outlet = None,
    published: Published = None,
    metadata: Metadata = None,
    min_act_confidence: MinActConfidence = None,
) -> None:
    """Analyse articles without a store; print one JSON object per article to stdout."""
    from storyline.service import extract as extract_sources

    if format != "jsonl":
        fail(f"unknown format {format!r}; extract writes jsonl")
    settings = _settings(max_bytes, jobs, gazetteer, lexicon, outlet, published, metadata, min_act_confidence)
    _check_metadata(paths, settings)
    try:
        articles, rejections = extract_sources(paths, settings)
    except StorylineError as exc:
        fail(str(exc))
    for article in articles:
        sys.stdout.write(json.dumps(article, ensure_ascii=False) + "\n")
    for rejection in rejections:
        err_console.print(rejection.message(), markup=False, soft_wrap=True)
    raise typer.Exit(1 if rejections else 0)


@app.command()
def articles(
    db: DbOption = "storyline.db",
    outlet: Annotated[str | None, typer.Option(help="Only this outlet.")] = None,
    json_out: JsonOption = False,
) -> None:
    """List stored articles."""
    from storyline.report.queries import article_summaries

    store = open_store(db)
    rows = [
        r for r in article_summaries(store) if outlet is None or (r["outlet"] or "").casefold() == outlet.casefold()
    ]
    if json_out:
        print_json(rows)
        return
    table = Table("id", "published", "outlet", "title", "words", title=f"{len(rows)} articles")
    for r in rows:
        table.add_row(r["id"], r["published"] or "", r["outlet"] or "", r["title"] or "", str(r["words"]))
    console.print(table)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help='FTS5 query: words, "a phrase", OR, NEAR(...).')],
    db: DbOption = "storyline.db",
    limit: Annotated[int, typer.Option(help="Most results.")] = 20,
    json_out: JsonOption = False,
) -> None:
    """Full-text search over titles and texts."""
    store = open_store(db)
    rows = store.search(query, limit)
    if json_out:
        print_json(rows)
        return
    table = Table("id", "published", "outlet", "title", "match", title=f"{len(rows)} result(s) for {query!r}")
    for r in rows:
        table.add_row(r["id"], r["published"] or "", r["outlet"] or "", r["title"] or "", r["snippet"])
    console.print(table)


@app.command()
def export(
    output: Annotated[Path, typer.Option("--output", "-o", help="File (json) or folder (csv, parquet).")],
    format: Annotated[str, typer.Option("--format", "-f", help="json, csv or parquet.")] = "json",
    db: DbOption = "storyline.db",
) -> None:
    """Export the store: json (one file), csv or parquet (a folder, one table per record list)."""
    from storyline.report.export import EXPORTERS

    exporter = EXPORTERS.get(format)
    if exporter is None:
        fail(f"unknown format {format!r}; choose one of {', '.join(EXPORTERS)}")
    store = open_store(db)
    written = exporter(store, output)
    console.print(f"wrote {', '.join(str(p) for p in written)}")


@app.command()
def brief(
    output: Annotated[Path, typer.Option("--output", "-o", help="Briefing file: .html or .md.")] = Path(
        "briefing.html"
    ),
    db: DbOption = "storyline.db",
    issue: Annotated[str | None, typer.Option(help="Issue for the stance section.")] = None,
) -> None:
    """Write the briefing (self-contained HTML, or Markdown)."""
    from storyline.report.briefing import write_briefing

    if output.suffix.lower() not in (".html", ".htm", ".md"):
        fail("the briefing file must end in .html or .md")
    store = open_store(db)
    write_briefing(store, output, issue=issue)
    console.print(f"briefing written to {output.resolve()}")


def demo_corpus() -> Path:
    for base in (Path(__file__).resolve().parents[3], Path.cwd()):
        candidate = base / "examples" / "corpus.jsonl"
        if candidate.exists():
            return candidate
    raise StorylineError("the demo corpus (examples/corpus.jsonl) was not found; run from the repository root")


@app.command()
def demo(
    db: DbOption = "storyline.db",
    output: Annotated[Path, typer.Option("--output", "-o", help="Briefing file.")] = Path("briefing.html"),
    quiet: QuietOption = False,
) -> None:
    """Ingest the bundled demo corpus into the store and write its briefing."""
    from storyline.report.briefing import DEFAULT_ISSUE, write_briefing

    try:
        corpus = demo_corpus()
        code = run_ingest([str(corpus)], db, _settings(), quiet)
    except StorylineError as exc:
        fail(str(exc))
    store = open_store(db)
    write_briefing(store, output, issue=DEFAULT_ISSUE)
    write_briefing(store, output.with_suffix(".md"), issue=DEFAULT_ISSUE)
    console.print(f"briefing: {output.resolve()} (and {output.with_suffix('.md').name})")
    raise typer.Exit(code)
