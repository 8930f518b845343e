"""HTTP API and local web app.

JSON under ``/api/…`` (one error shape: ``{"error": {"code", "message"}}``, request validation included), and
a small server-rendered web app: ``/`` is the live briefing (``?issue=`` picks the issue its stance section reads,
with a form for it), ``/search?q=`` full-text search. Every command that
reads the store has its endpoint, with the JSON its ``--json`` prints: ``/api/quotes``, ``/api/timeline``,
``/api/stance?issue=``, ``/api/claims``, ``/api/stories``, ``/api/framing``. Everything goes through
:mod:`storyline.report.queries` and the store, so API, CLI, exports and briefing always agree.
SQLite connections are per request: the store is one file and readers never block the writer (WAL).
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse

from storyline.model import RECORD_FIELDS
from storyline.report.briefing import DEFAULT_ISSUE, BriefContext, render_html
from storyline.report.queries import (
    actor_ids_for,
    article_summaries,
    quote_rows,
    stance_report,
    timeline_rows,
)
from storyline.store import Store


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        self.status, self.code, self.message = status, code, message


def open_store(request: Request) -> Iterator[Store]:
    store = Store(request.app.state.db)
    try:
        yield store
    finally:
        store.close()


StoreDep = Annotated[Store, Depends(open_store)]


def known_actor(store: Store, actor: str | None) -> None:
    """A filter that matches no one would answer an empty list, which reads as "no quotes" rather than
    "no such actor": say so instead (the CLI does the same)."""
    if actor and not actor_ids_for(store, actor):
        raise ApiError(
            404, "unknown_actor", f"no actor matches {actor!r}; try a state, organisation or person name, or an id"
        )


def create_app(db: str) -> FastAPI:
    app = FastAPI(title="storyline", description="Evidence-linked record of a political story.", version="1")

    app.state.db = db

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse({"error": {"code": exc.code, "message": exc.message}}, status_code=exc.status)

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = "; ".join(
            f"{'.'.join(str(part) for part in e.get('loc', ()) if part != 'query')}: {e.get('msg', 'invalid')}"
            for e in exc.errors()
        )
        return JSONResponse({"error": {"code": "bad_request", "message": problems}}, status_code=422)

    @app.get("/api/articles")
    def articles(s: StoreDep, outlet: str | None = None) -> list[dict[str, Any]]:
        rows = article_summaries(s)
        return [r for r in rows if outlet is None or (r["outlet"] or "").casefold() == outlet.casefold()]

    @app.get("/api/articles/{article_id}")
    def article(article_id: str, s: StoreDep) -> dict[str, Any]:
        rows = s.article_rows([article_id])
        if not rows:
            raise ApiError(404, "not_found", f"no article with id {article_id}")
        return s.article_dict(rows[0])

    @app.get("/api/search")
    def search(s: StoreDep, q: Annotated[str, Query(min_length=1)], limit: int = 20) -> list[dict[str, Any]]:
        return s.search(q, limit)

    @app.get("/api/actors")
    def actors(s: StoreDep) -> list[dict[str, Any]]:
        return s.actors()

    @app.get("/api/records/{field}")
    def records(field: str, s: StoreDep, actor: str | None = None) -> list[dict[str, Any]]:
        if field not in RECORD_FIELDS:
            raise ApiError(404, "unknown_field", f"{field!r} is not one of {', '.join(RECORD_FIELDS)}")
        return s.records(field, actor_id=actor)

    @app.get("/api/quotes")
    def quotes(s: StoreDep, speaker: str | None = None, actor: str | None = None) -> list[dict[str, Any]]:
        known_actor(s, actor)
        return quote_rows(s, speaker=speaker, actor=actor)

    @app.get("/api/timeline")
    def timeline(s: StoreDep, actor: str | None = None, history: bool = True) -> list[dict[str, Any]]:
        known_actor(s, actor)
        return timeline_rows(s, actor=actor, include_historical=history)

    @app.get("/api/stance")
    def stance(
        s: StoreDep,
        issue: Annotated[str, Query(description="The issue in plain words.")],
        term: Annotated[list[str] | None, Query(description="A synonym or related term; repeat for more.")] = None,
        refresh: bool = False,
    ) -> dict[str, Any]:
        if not issue.strip():
            raise ApiError(422, "bad_request", "issue: give the issue in plain words")
        terms = tuple(t.strip() for t in term or () if t.strip())
        return stance_report(s, issue.strip(), terms, refresh=refresh)

    @app.get("/api/claims")
    def claims(s: StoreDep) -> list[dict[str, Any]]:
        from storyline.relate.claims import reconcile_store

        return [q.to_dict() for q in reconcile_store(s)]

    @app.get("/api/stories")
    def stories(s: StoreDep, limit: Annotated[int, Query(ge=1)] = 20) -> list[dict[str, Any]]:
        from storyline.store.groups import story_threads

        return story_threads(s)[:limit]

    @app.get("/api/framing")
    def framing(s: StoreDep, outlet: str | None = None) -> dict[str, Any]:
        from storyline.framing_profiles import event_groups, outlet_profiles

        profiles = outlet_profiles(s, outlet)
        if outlet is not None and not profiles:
            raise ApiError(404, "unknown_outlet", f"no articles from outlet {outlet!r}")
        return {"outlets": profiles, "events": event_groups(s)}

    @app.get("/api/framing/events/{event_id}")
    def framing_event(event_id: str, s: StoreDep) -> dict[str, Any]:
        from storyline.framing_profiles import compare_event

        result = compare_event(s, event_id)
        if result is None:
            raise ApiError(404, "not_found", f"no event cluster {event_id!r} with articles from this store")
        return result

    @app.get("/", response_class=HTMLResponse)
    def home(s: StoreDep, issue: str = DEFAULT_ISSUE) -> str:
        page = render_html(BriefContext(s, issue))
        forms = ("<form action='/search' style='margin:1rem 0'><input name='q' placeholder='search the articles'"
                 " aria-label='search'> <button>Search</button></form>"
                 "<form action='/' style='margin:1rem 0'><input name='issue' size='40' aria-label='issue'"
                 f" value='{html.escape(issue, quote=True)}'> <button>Show stances</button></form>")  # fmt: skip
        return page.replace("<nav>", forms + "<nav>", 1)

    @app.get("/search", response_class=HTMLResponse)
    def search_page(s: StoreDep, q: str = "") -> str:
        rows = s.search(q, 50) if q.strip() else []
        items = "".join(
            f"<li><a href='/#a-{r['id']}'>{html.escape(r['title'] or r['id'])}</a> "
            f"<small>{html.escape(r['outlet'] or '')} {html.escape((r['published'] or '')[:10])}</small><br>"
            f"{html.escape(r['snippet'])}</li>"
            for r in rows
        )
        return (f"<!DOCTYPE html><meta charset='utf-8'><title>search: {html.escape(q)}</title>"
                f"<p><a href='/'>briefing</a></p><h1>{len(rows)} result(s) for “{html.escape(q)}”</h1><ol>{items}</ol>")  # fmt: skip

    return app
