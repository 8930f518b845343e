"""Draw the event sample for the hand audit in docs/evaluation.md (GDELT-style: source, target, event type
and date each judged right or wrong by reading the evidence sentence).

Events come from the four seed articles (/work/shared/seeds, publication dates from its README) and from a
seeded random subset of BASIL articles (../shared/eval/basil/articles/YEAR/*.json, dated by their ``date``).
The sample is reproducible: the same --seed gives the same articles and events.

``--polnear N`` draws N PolNeAR dev articles instead (../shared/eval/polnear/dev/text/*.txt, dated by
metadata.tsv): political news the event rules were never tuned on, for a held-out audit once every seed and
BASIL article has been drawn by some round. ``--polnear-part train`` draws from the train part instead (840
articles; no event rule was written on them either), for a check after the dev articles have been drawn.

    .venv/bin/python bench/audit_events.py --seed 5 --size 50 > audit.md
    .venv/bin/python bench/audit_events.py --seed 14 --polnear 50 > heldout.md
    .venv/bin/python bench/audit_events.py --seed 15 --polnear 50 --polnear-part train > heldout2.md
    .venv/bin/python bench/audit_events.py --seed 16 --polnear 50 --polnear-part train --unseen-after 15

``--tml N`` draws N TempEval-3 news articles (../shared/eval/tempeval3/TBAQ-cleaned/PART/*.tml, PART from
``--tml-part``: AQUAINT or TimeBank; the text of ``<TEXT>``, dated by its document creation time): 1990s wire and
newspaper reports, for a held-out check once every PolNeAR article has been drawn. No event rule was written on
them (the time stage was tuned on TimeBank's dates, never on its events).

``--ecb N`` draws N ECB+ articles (../shared/eval/ecbplus/documents.jsonl, the "ecbplus" half: web news of 2010-2013,
tokenised, detokenised here) of those whose second, third or fourth line is a dateline, which dates them: for a held-out check
once every TempEval-3 article has been drawn. ECB+ is a corpus of event coreference; no event rule was written on it.

    .venv/bin/python bench/audit_events.py --seed 35 --ecb 40

With ``--unjudged-after SEEDS`` it leaves out the articles those seeds' judged samples name (the ones a reader read):

    .venv/bin/python bench/audit_events.py --seed 40 --ecb 167 --unjudged-after 35

``--ecb-undated N`` draws N of the other ECB+ articles (the "ecb" half, 2008 web news, and the "ecbplus" ones with no
dateline), with no publication date: what storyline must do then is keep absolute dates and leave relative ones
unresolved.

    .venv/bin/python bench/audit_events.py --seed 37 --ecb-undated 150 --unseen-after 36

    .venv/bin/python bench/audit_events.py --seed 33 --tml 40 --tml-part AQUAINT
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
from functools import lru_cache
from pathlib import Path

from storyline.analyze import analyze, registered_stages
from storyline.config import Settings
from storyline.ingest.metadata import build_article

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SAMPLES = Path(__file__).resolve().parents[1] / "eval" / "events" / "samples"  # the judged samples (replay.sh)
SEED_DATES = {"000": "2019-12-08", "001": "2019-12-08", "002": "2017-01", "003": "2014-12-14"}


def seed_articles(folder: Path) -> list:
    out = []
    for path in sorted(folder.glob("*.txt")):
        published = SEED_DATES.get(path.name[:3])
        out.append(build_article(text=path.read_text("utf-8"), source=f"seeds/{path.name}", published=published))
    return out


def basil_article(path: Path):  # type: ignore[no-untyped-def]
    """One BASIL article (its body paragraphs joined), dated by its ``date``; None when it has no text."""
    data = json.loads(path.read_text("utf-8"))
    paragraphs = data.get("body-paragraphs") or []
    text = "\n\n".join(" ".join(p) if isinstance(p, list) else str(p) for p in paragraphs)
    if not text.strip():
        return None
    return build_article(text=text, source=f"basil/{path.parent.name}/{path.name}", published=data.get("date"),
                         title=data.get("title"))  # fmt: skip


def basil_articles(folder: Path, count: int, rng: random.Random, exclude: frozenset = frozenset()) -> list:
    paths = [p for p in sorted(folder.glob("*/*.json")) if p not in exclude]
    return [a for a in map(basil_article, rng.sample(paths, min(count, len(paths)))) if a is not None]


def polnear_dates(folder: Path) -> dict[str, str]:
    """Publication date of each PolNeAR article, by file stem, from the corpus's metadata.tsv."""
    with (folder / "metadata.tsv").open(encoding="utf-8") as handle:
        return {row["filename"]: row["publication_date"] for row in csv.DictReader(handle, delimiter="\t")}


def polnear_article(path: Path, dates: dict[str, str]):  # type: ignore[no-untyped-def]
    """One PolNeAR article (plain text, first line the title) of the part its folder names."""
    part = path.parent.parent.name
    return build_article(
        text=path.read_text("utf-8"), source=f"polnear/{part}/{path.name}", published=dates.get(path.stem)
    )


def polnear_articles(
    folder: Path, count: int, rng: random.Random, part: str = "dev", exclude: frozenset = frozenset()
) -> list:
    """PolNeAR articles of one part, dated by the corpus's metadata.tsv; ``exclude`` leaves out paths an earlier seed
    drew."""
    dates = polnear_dates(folder)
    paths = [p for p in sorted((folder / part / "text").glob("*.txt")) if p not in exclude]
    return [polnear_article(path, dates) for path in rng.sample(paths, min(count, len(paths)))]


TEMPEVAL = SHARED / "eval" / "tempeval3" / "TBAQ-cleaned"


def tml_article(path: Path):  # type: ignore[no-untyped-def]
    """One TempEval-3 article: the text of its ``<TEXT>`` element, published on its document creation time."""
    from storyline.evaluate.tempeval import read_tml

    document = read_tml(path)
    return build_article(text=document.text.strip(), source=f"tml/{path.parent.name}/{path.name}",
                         published=(document.dct or "")[:10] or None)  # fmt: skip


ECBPLUS = SHARED / "eval" / "ecbplus" / "documents.jsonl"
# ECB+ is tokenised: punctuation, clitics and the hyphens of compounds stand apart ("Lohan 's 90 - day stay")
_DETOKENISE = [
    (re.compile(r"`` ?"), '"'),
    (re.compile(r" ?''"), '"'),
    (re.compile(r" (n't|'s|'re|'ve|'ll|'d|'m)\b"), r"\1"),
    (re.compile(r"(\w) - (\w)"), r"\1-\2"),
    (re.compile(r" ([,.;:!?%)\]])"), r"\1"),
    (re.compile(r"([(\[$]) "), r"\1"),
    (re.compile(r'" (.*?) "'), r'"\1"'),
    (re.compile("([\u201c\u2018]) "), r"\1"),
    (re.compile(" ([\u201d])"), r"\1"),
    (re.compile(" \u2019 ?(s|t|re|ve|ll|d|m)\\b"), "\u2019\\1"),
]


def detokenise(line: str) -> str:
    for pattern, repl in _DETOKENISE:
        line = pattern.sub(repl, line)
    return line


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATELINE_DATE = re.compile(
    rf"\b{_MONTH} \d{{1,2}}(?:st|nd|rd|th)? ?, ?(?:19|20)\d\d\b|\b\d{{1,2}} ?/ ?\d{{1,2}} ?/ ?(?:(?:19|20)\d\d|\d\d)\b",
    re.IGNORECASE,
)


def ecb_date(line: str) -> str | None:
    """The date a short dateline gives ("May 03 , 2013", "PUBLISHED : THURSDAY , MAY 2 , 2013 , 1 : 32 PM",
    "11 / 30 / 09 05 : 40 PM ET"), as YYYY-MM-DD; None for a line of the story (over 16 tokens) or one with no date."""
    import dateparser

    found = _DATELINE_DATE.search(line)
    if len(line.split()) > 16 or found is None:
        return None
    text = re.sub(r" ?([,/]) ?", r"\1 ", found.group(0)).replace("/ ", "/")
    parsed = dateparser.parse(text, languages=["en"], settings={"DATE_ORDER": "MDY"})
    return parsed.date().isoformat() if parsed else None


@lru_cache(maxsize=1)  # rejudge reads one article at a time: parse the corpus and its datelines once
def ecb_documents() -> dict[str, tuple[str, str]]:
    """The ECB+ documents (the "ecbplus" half: web news of 2010-2013) whose second, third or fourth line is a dateline: by doc
    id, the detokenised text (headline first, dateline left out) and the date it gives, which dates the article."""
    out = {}
    for row in map(json.loads, ECBPLUS.read_text("utf-8").splitlines()):
        lines = row["text"].split("\n")
        if row["subtopic"] != "ecbplus" or len(lines) < 3:
            continue
        at = next((i for i in (1, 2, 3)[: len(lines) - 1] if ecb_date(lines[i])), None)
        if at is not None:
            text = "\n\n".join(detokenise(x) for i, x in enumerate(lines) if i != at)
            out[row["doc_id"]] = (text, ecb_date(lines[at]) or "")
    return out


@lru_cache(maxsize=1)
def undated_ecb_documents() -> dict[str, str]:
    """The ECB+ documents with no dateline (the "ecb" half, 2008 web news, and the "ecbplus" articles without one): by
    doc id, the detokenised text. They have no publication date, so a relative date in them must stay unresolved."""
    dated = ecb_documents()
    return {
        row["doc_id"]: "\n\n".join(detokenise(x) for x in row["text"].split("\n"))
        for row in map(json.loads, ECBPLUS.read_text("utf-8").splitlines())
        if row["doc_id"] not in dated
    }


def ecb_article(doc_id: str):  # type: ignore[no-untyped-def]
    dated = ecb_documents()
    if doc_id not in dated:
        return build_article(text=undated_ecb_documents()[doc_id], source=f"ecb/{doc_id}", published=None)
    text, published = dated[doc_id]
    return build_article(text=text, source=f"ecb/{doc_id}", published=published)


def _seeds(text: str) -> list[int]:
    return [int(x) for x in text.split(",") if x.strip()]


def events_only() -> Settings:
    """Settings that run only the events stage and the stages it needs (the others are not judged here)."""
    stages = registered_stages()
    needed, todo = set(), ["events"]
    while todo:
        name = todo.pop()
        needed.add(name)
        todo += [n for n, s in stages.items() if set(s.assigns) & set(stages[name].requires) and n not in needed]
    return Settings(disable_stages=tuple(sorted(set(stages) - needed)))


def draw_articles(args: argparse.Namespace, rng: random.Random) -> list:
    """The articles a seed's command line draws (in draw order; ``rng`` is then used to sample the events)."""
    folder = SHARED / "eval" / "basil" / "articles"
    if args.ecb_undated:
        undated = undated_ecb_documents()
        # with --unseen-after, leave out what those seeds drew with the same N, each from what the seeds before it left
        left = sorted(undated)
        for seed in _seeds(args.unseen_after):
            drawn = set(random.Random(seed).sample(left, min(args.ecb_undated, len(left))))
            left = [i for i in left if i not in drawn]
        ids = rng.sample(left, min(args.ecb_undated, len(left)))
        return [build_article(text=undated[i], source=f"ecb/{i}", published=None) for i in ids]
    if args.ecb:
        documents = ecb_documents()
        # with --unjudged-after, leave out the articles those seeds' judged samples name (eval/events/samples): seed 35
        # drew all 205, but its reader read only the 38 articles its 50 sampled events came from
        judged = {m.group(1).removeprefix("ecb/") for seed in _seeds(args.unjudged_after)
                  for m in re.finditer(r"^## \d+\. (\S+) ", (SAMPLES / f"seed{seed}.md").read_text("utf-8"), re.M)}  # fmt: skip
        left = sorted(i for i in documents if i not in judged)
        ids = rng.sample(left, min(args.ecb, len(left)))
        return [build_article(text=documents[i][0], source=f"ecb/{i}", published=documents[i][1]) for i in ids]
    if args.tml:
        paths = sorted((TEMPEVAL / args.tml_part).glob("*.tml"))
        return [tml_article(p) for p in rng.sample(paths, min(args.tml, len(paths)))]
    if args.polnear:
        texts = sorted((SHARED / "eval" / "polnear" / args.polnear_part / "text").glob("*.txt"))
        # with --unseen-after, leave out what those seeds drew from the same part with the same --polnear N, each
        # as it drew: from the articles the seeds listed before it had left ("--unseen-after 15,16" for seed 17)
        seen: set[Path] = set()
        for seed in _seeds(args.unseen_after):
            left = [p for p in texts if p not in seen]
            seen |= set(random.Random(seed).sample(left, min(args.polnear, len(left))))
        articles = polnear_articles(SHARED / "eval" / "polnear", args.polnear, rng, args.polnear_part, frozenset(seen))
    elif args.unseen_after:
        drawn: set[Path] = set()
        for seed in (int(x) for x in args.unseen_after.split(",")):
            paths = sorted(folder.glob("*/*.json"))
            drawn |= set(random.Random(seed).sample(paths, min(args.basil_articles, len(paths))))
        articles = basil_articles(folder, args.basil_articles, rng, frozenset(drawn))
    else:
        articles = seed_articles(SHARED / "seeds") + basil_articles(folder, args.basil_articles, rng)
    return articles


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--size", type=int, default=50)
    parser.add_argument("--basil-articles", type=int, default=40, help="BASIL articles drawn before sampling events")
    parser.add_argument(
        "--unseen-after",
        default="",
        help="comma-separated seeds whose BASIL draws are left out, "
        "and the seed articles too: a sample from articles no earlier round (tuning) has drawn",
    )
    parser.add_argument("--polnear", type=int, default=0, metavar="N",
                        help="draw N PolNeAR dev articles (text never tuned on) instead of the seeds and BASIL")  # fmt: skip
    parser.add_argument(
        "--polnear-part", default="dev", choices=("dev", "train"), help="the PolNeAR part --polnear draws from"
    )
    parser.add_argument("--tml", type=int, default=0, metavar="N", help="draw N TempEval-3 articles instead")
    parser.add_argument(
        "--ecb", type=int, default=0, metavar="N", help="draw N ECB+ web news articles (those with a dateline) instead"
    )
    parser.add_argument(
        "--unjudged-after",
        default="",
        help="with --ecb: comma-separated seeds whose judged samples (eval/events/samples/seedN.md) name articles to "
        "leave out (the articles a reader has read)",
    )
    parser.add_argument(
        "--ecb-undated",
        type=int,
        default=0,
        metavar="N",
        help="draw N ECB+ articles with no dateline instead (no publication date)",
    )
    parser.add_argument("--tml-part", default="AQUAINT", help="with --tml: AQUAINT or TimeBank")
    parser.add_argument("--confidences", metavar="FILE", help="write each sampled event's act-model confidence here (kept "
                        "out of the sample, so the reader judges blind; nan: a dated act, which the model does not score)")  # fmt: skip
    parser.add_argument("--min-act-confidence", type=float, default=None,
                        help="override the events stage's act-model threshold (0 keeps every coded event)")  # fmt: skip
    parser.add_argument("--all", action="store_true", help="print the whole pool (no sampling) and events per article")
    return parser


def main() -> None:
    args = build_parser().parse_args()
    rng = random.Random(args.seed)
    articles = draw_articles(args, rng)
    confidence_of: dict[int, float] = {}
    if args.confidences:
        from storyline.analyze import events as events_stage
        from storyline.analyze._act_confidence import act_confidence

        features = events_stage.act_features

        def recording(verb, event, sent):  # type: ignore[no-untyped-def]
            found = features(verb, event, sent)
            confidence_of[id(event)] = act_confidence(found)
            return found

        events_stage.act_features = recording
    pool = []
    settings = events_only()
    if args.min_act_confidence is not None:
        settings = settings.with_overrides(min_act_confidence=args.min_act_confidence)
    for analysis in analyze(articles, settings):
        names = {aid: a.name for aid, a in analysis.actor_index.items()}
        for e in analysis.events:
            pool.append((analysis.article, e, names))
    if args.all:
        counts: dict[str, int] = {}
        for article, _, _ in pool:
            counts[article.source] = counts.get(article.source, 0) + 1
        print("# events per article: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) + "\n")
    sample = pool if args.all else rng.sample(pool, min(args.size, len(pool)))
    seeds = sum(1 for a, _, _ in sample if a.source.startswith("seeds/"))
    drawn_from = (
        f"{args.ecb_undated} undated ECB+ articles"
        if args.ecb_undated
        else f"{args.ecb} ECB+ articles"
        if args.ecb
        else f"{args.tml} TempEval-3 {args.tml_part} articles"
        if args.tml
        else f"{args.polnear} PolNeAR {args.polnear_part} articles"
        if args.polnear
        else f"{args.basil_articles} BASIL articles"
    )
    print(f"# Event audit sample: seed {args.seed}, {len(sample)} of {len(pool)} events "
          f"({seeds} from the seed articles, {len(sample) - seeds} from {drawn_from})\n")  # fmt: skip
    for n, (article, e, names) in enumerate(sample, start=1):
        print(f"## {n}. {article.source} (published {article.published})")
        print(f"- source: {e.source_actor} ({names.get(e.source_actor or '', '')})")
        print(f"- action: {e.action} (trigger {e.trigger!r})")
        print(f"- target: {e.target_actor} ({names.get(e.target_actor or '', '')})")
        print(f"- date: {e.date} precision {e.date_precision} historical {e.historical}")
        print(f"- evidence: {' '.join(e.text.split())}\n")
    if args.confidences:
        lines = [f"{n}\t{confidence_of.get(id(e), float('nan')):.3f}" for n, (_, e, _) in enumerate(sample, start=1)]
        Path(args.confidences).write_text("\n".join(lines) + "\n", "utf-8")


if __name__ == "__main__":
    main()
