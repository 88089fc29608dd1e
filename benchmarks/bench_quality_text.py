"""Quality of the text readers and the parse stage, field by field, on ../shared/data.

    whitehouse_md     Markdown pages read end to end: title, date, kind
    kremlin_en_html   Documents built from the gold fields (title, lead, body_text, tags;
                      "Name: text" lines whose name is a gold speaker become labelled
                      blocks, as the HTML extractor hands them over): kind, turn counts
                      within 2% of n_labelled_turns, one name per person

Kinds are our own annotation (tests/quality/gold_kinds_text.json); the sites
publish none.  ``tests/test_quality_text.py`` holds these scores at or above
tests/quality/baseline_text.json.  Run: ``python -m benchmarks.run quality_text``.
"""

from __future__ import annotations

import json
import os
import re
import statistics
import time
from pathlib import Path
from typing import Any

from communique.models import Block, Document, Page, Source, Statement
from communique.parse import parse_document
from communique.parse.dates import parse_datetime
from communique.pipeline import parse_page
from communique.report import Report
from communique.sources import iter_file_pages

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
SEED = ROOT.parent / "shared" / "seeds" / "000_c73a71f05d878473.txt"
SEED_EXPECTED = [("interview", None, "2021-09-24T12:10", True),
                 ("letter", "congratulation", "2024-11-18T11:00", False),
                 ("letter", "condolence", "2024-11-16T16:19", False),
                 ("phone_call", None, "2024-11-15T14:09", False),
                 ("letter", "congratulation", "2024-11-15T11:00", False)]
DATE_LINES = ["December 16, 2012, 11:00", "16 декабря 2012 года, 11:00", "16 December 2012",
              "18 November 2024, 11:0010:50", "2025-04-30 15:41:40-04:00", "16. Dezember 2012"]
GOLD_KINDS = ROOT / "tests" / "quality" / "gold_kinds_text.json"
TURN_TOLERANCE = 0.02
NOT_PEOPLE = {"question", "вопрос", "remark", "reply", "audience"}


def norm_text(text: str | None) -> str:
    """Compare titles as a reader sees them: white space and its odd forms folded."""
    return " ".join((text or "").replace("\u00a0", " ").replace("\u2060", "").split())


def person_key(label: str) -> str | None:
    """Fold the labels of one person together, as the data README asks (surname, lower case)."""
    name = re.sub(r"\([^)]*\)", " ", label).strip().rstrip(":").strip()
    if not name or name.lower().split()[0] in NOT_PEOPLE:
        return None
    return name.split()[-1].lower()


def _gold(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def score_whitehouse(data: Path = DATA) -> dict[str, float]:
    """Title, date and kind right on every Markdown document (fractions of documents)."""
    base = data / "whitehouse_md"
    kinds = json.loads(GOLD_KINDS.read_text())["whitehouse_md"]
    rows = _gold(base / "gold.jsonl")
    title = date = kind = 0
    for gold in rows:
        page = next(iter_file_pages(base / gold["file"], report=Report()))
        statement = parse_page(page, enrich=False)[0]
        title += norm_text(statement.title) == norm_text(gold["title"])
        date += (statement.published_at or "")[:10] == gold["date"]
        kind += statement.kind == kinds[gold["blob"]]  # keyed by blob: no title words
    n = len(rows)
    return {"wh_title": title / n, "wh_date": date / n, "wh_kind": kind / n}


def kremlin_document(gold: dict[str, Any]) -> Document:
    """A Document as the HTML extractor gives it, rebuilt from the gold fields."""
    speakers = sorted(set(gold.get("speakers") or []), key=len, reverse=True)
    # The gold labels and the body text space parentheses differently: match loosely.
    patterns = [(s, re.compile(r"\s*".join(map(re.escape, s.replace(" ", ""))) + r"\s*:\s*"))
                for s in speakers]
    blocks = []
    for line in gold["body_text"].split("\n"):
        if not line.strip():
            continue
        hit = next(((s, m) for s, p in patterns if (m := p.match(line))), None)
        if hit:
            blocks.append(Block(line[hit[1].end():].strip(), label=hit[0]))
        else:
            blocks.append(Block(line.strip()))
    return Document(blocks=blocks, title=gold["title"], lead=gold.get("lead") or None,
                    tags=gold.get("tags") or {}, url=gold.get("url"))


def score_kremlin(data: Path = DATA) -> dict[str, float]:
    """Kind accuracy, and turn counts and speaker counts on pages with labelled turns."""
    rows = _gold(data / "kremlin_en_html" / "gold.jsonl")
    kinds = json.loads(GOLD_KINDS.read_text())["kremlin_en_html"]
    kind = turns_ok = people_ok = labelled = 0
    mine_total = gold_total = 0
    for gold in rows:
        statement = parse_document(kremlin_document(gold), Source(format="gold"))
        kind += statement.kind == kinds[Path(gold["file"]).stem]
        expected = gold.get("n_labelled_turns") or 0
        if not expected:
            continue
        labelled += 1
        mine_total += len(statement.turns)
        gold_total += expected
        turns_ok += abs(len(statement.turns) - expected) <= TURN_TOLERANCE * expected
        people_ok += _speaker_count(statement) == _person_count(gold.get("speakers") or [])
    return {"kr_kind": kind / len(rows), "kr_turns_within_2pct": turns_ok / labelled,
            "kr_turn_total_ratio": min(mine_total, gold_total) / max(mine_total, gold_total),
            "kr_one_name_per_person": people_ok / labelled}


def _person_count(labels: list[str]) -> int:
    """Persons among the gold labels; a surname spelt two ways ("Falyakhov", "Falyahov") is one."""
    from difflib import SequenceMatcher

    keys: list[str] = []
    for key in filter(None, map(person_key, labels)):
        if not any(SequenceMatcher(None, key, k).ratio() >= 0.9 for k in keys):
            keys.append(key)
    return len(keys)


def _speaker_count(statement: Statement) -> int:
    return len({t.speaker for t in statement.turns if t.speaker})


def score_seed(path: Path = SEED) -> dict[str, float]:
    """The seed page: statements as issue 2 lists them, and its 41 alternating turns."""
    page = Page(content=path.read_bytes(), format="text", source=Source(format="text"))
    found = parse_page(page, enrich=False)
    rows = [(s.kind, s.subkind, s.published_at, s.complete) for s in found]
    turns = found[0].turns if found else []
    alternating = [t.role for t in turns] == ["question", "answer"] * 20 + ["question"]
    return {"seed_statements": sum(a == b for a, b in zip(rows, SEED_EXPECTED, strict=False))
            / max(len(rows), len(SEED_EXPECTED)),
            "seed_turns": float(len(turns) == 41 and alternating)}


def date_speed(repeat: int = 5) -> dict[str, float]:
    """parse_datetime calls per second against dateparser on the same date lines (medians)."""
    import dateparser

    n = int(os.environ.get("COMMUNIQUE_BENCH_SCALE", "200"))
    lines = DATE_LINES * max(1, n // len(DATE_LINES))

    def rate(parse: Any) -> float:
        runs = []
        for _ in range(repeat):
            started = time.perf_counter()
            for line in lines:
                parse(line)
            runs.append(len(lines) / (time.perf_counter() - started))
        return statistics.median(runs)

    ours, theirs = rate(parse_datetime), rate(dateparser.parse)
    return {"dates_per_s": round(ours), "dateparser_per_s": round(theirs),
            "dates_speed_ratio": round(ours / theirs, 1)}


def scores(data: Path = DATA) -> dict[str, float]:
    """Every per-field score, rounded to 4 places."""
    found = {**score_seed(), **score_whitehouse(data), **score_kremlin(data)}
    return {key: round(value, 4) for key, value in found.items()}


def main() -> dict[str, float]:
    found = scores()
    baseline_path = ROOT / "tests" / "quality" / "baseline_text.json"
    baseline = json.loads(baseline_path.read_text()) if baseline_path.exists() else {}
    print(f"{'field':28} {'score':>8} {'baseline':>9}")
    for key, value in found.items():
        print(f"{key:28} {value:8.4f} {baseline.get(key, float('nan')):9.4f}")
    speed = date_speed()
    print(f"parse_datetime {speed['dates_per_s']}/s, dateparser {speed['dateparser_per_s']}/s,"
          f" ratio {speed['dates_speed_ratio']}x (medians of 5 runs)")
    return {**found, **speed}


if __name__ == "__main__":
    main()
