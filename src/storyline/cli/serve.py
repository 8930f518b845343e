"""``storyline serve``: the local web app and HTTP API."""

from __future__ import annotations

from typing import Annotated

import typer

from storyline.cli.app import DbOption, app, console, open_store


@app.command()
def serve(
    db: DbOption = "storyline.db",
    host: Annotated[str, typer.Option(help="Interface to listen on (local only by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 8321,
) -> None:
    """Serve the live briefing, search and the JSON API (/api/quotes, /api/timeline, /api/stance?issue=, /api/claims …)."""
    import uvicorn

    from storyline.web.app import create_app

    open_store(db).close()  # fail early, with the CLI's message, when there is no store
    console.print(f"storyline on http://{host}:{port}/ (API docs at /docs); Ctrl-C stops it")
    uvicorn.run(create_app(db), host=host, port=port, log_level="warning")
