"""HTML pages: extraction quality on kremlin_en_html, and ingest speed against trafilatura.

Quality (``score_extraction``): per-field scores of ``extract_html`` against
``gold.jsonl`` (token F1 of the main text, title, publication date and time,
lead, place, tags, canonical URL, language, speaker labels, announcement hint)
and the four non-statement pages; ``score_bare`` the main text, title and date of the same
pages with every class, id, itemprop, role and rel attribute taken out (a template whose
names tell nothing, as many other sites' do); ``score_label_shapes`` the speaker labels
reshaped; ``templates.score_templates`` the gold statements set in four other sites'
templates of ours; ``score_pipeline`` adds kind and turn counts
as the parse stage computes them from our Documents.  The quality gate
(``tests/test_quality_html.py``) holds these scores against a baseline.

Speed (``main``): a ``.warc.gz`` of the pages is written with warcio, then, on one
core, medians of RUNS interleaved runs of: ``trafilatura.extract`` alone on the same pages
(the baseline), and the whole ``communique ingest`` path (WARC -> pages ->
statements -> SQLite + search index).  Caches of names and labels are emptied
before each run (``forget_page_caches``), so that each run costs what a first
pass over the pages costs.  Times are CPU seconds of the process (all
its threads), so that other load on a shared machine does not skew the ratio; on
a quiet machine pinned to one core they equal wall time.  Memory: peak RSS of
ingesting COPIES and 10 x COPIES copies of the pages, each in its own subprocess.

Environment: COMMUNIQUE_BENCH_HTML_RUNS (default 5), COMMUNIQUE_BENCH_HTML_COPIES
(default 1; copies of the 111 pages in the WARC of the speed runs).
Run: ``.venv/bin/python -m benchmarks.run html``.
"""

from __future__ import annotations

import io
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from .templates import TEMPLATES, TEXT_SHAPES, score_templates, score_text_shapes

ROOT = Path(__file__).resolve().parent.parent
KREMLIN = ROOT.parent / "shared" / "data" / "kremlin_en_html"
WORD = re.compile(r"\w+")
# The attributes that name a template's parts: without them only the page's shape speaks.
NAMING_ATTRS = re.compile(rb'\s(?:class|id|itemprop|itemscope|itemtype|rel|role|data-[\w-]+)'
                          rb'="[^"]*"')
TABLE_CACHE = 8
# Kinds the issue names by title pattern; pages matching none are left out of kind scores.
TITLE_KINDS = (
    (re.compile(r" will (meet|take part|hold|visit)", re.I), "announcement"),
    (re.compile(r"^(telephone|phone) conversation|by telephone", re.I), "phone_call"),
    (re.compile(r"^congratulations|congratulated|congratulations to", re.I), "letter"),
    (re.compile(r"^condolences|condolences", re.I), "letter"),
    (re.compile(r"interview", re.I), "interview"),
    (re.compile(r"news conference|press conference", re.I), "press_conference"),
    (re.compile(r"^meeting with|^talks with|^russian-[\w-]+ talks$|held talks", re.I), "meeting"),
    (re.compile(r"^executive order", re.I), "document"),
)


def load_gold() -> list[dict[str, Any]]:
    with (KREMLIN / "gold.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def token_f1(found: str, wanted: str) -> float:
    """Token F1 over lower-cased word tokens; two empty texts agree."""
    a, b = Counter(WORD.findall(found.lower())), Counter(WORD.findall(wanted.lower()))
    if not a and not b:
        return 1.0
    common = sum((a & b).values())
    if not common:
        return 0.0
    precision, recall = common / sum(a.values()), common / sum(b.values())
    return 2 * precision * recall / (precision + recall)


def document_text(doc: Any) -> str:
    """The text a reader sees: labels kept in front of their paragraphs, as ``body_text``."""
    return "\n".join(f"{b.label}: {b.text}" if b.label else b.text for b in doc.blocks)


def squash(value: str | None) -> str:
    return " ".join((value or "").split())


def page_of(path: Path, url: str | None) -> Any:
    from communique.models import Page, Source

    return Page(content=path.read_bytes(), format="html", url=url,
                source=Source(format="html", path=str(path), url=url))


def field_checks(doc: Any, gold: dict[str, Any]) -> dict[str, float]:
    """One page's per-field results (1.0 right, 0.0 wrong; ``text_f1`` a score)."""
    tags = {k: [squash(v) for v in vs] for k, vs in gold["tags"].items()}
    announced = "footer" in (gold.get("date_source") or "")
    return {
        "text_f1": token_f1(document_text(doc), gold["body_text"]),
        "title": float(squash(doc.title) == squash(gold["title"])),
        "published": float((doc.published_at or "").startswith(f"{gold['date']}T{gold['time']}")),
        "offset": float(bool(re.search(r"[+-]\d{2}:\d{2}$", doc.published_at or ""))),
        # Compared without spaces: gold splits superscripts ("80 th") that the page joins.
        "lead": float("".join(WORD.findall((doc.lead or "").lower()))
                      == "".join(WORD.findall((gold["lead"] or "").lower()))),
        "place": float(squash(doc.place) == squash(gold["place"])),
        "tags": float(doc.tags == tags),
        "url": float(doc.url == gold["url"]),
        "language": float(doc.language == "en"),
        "announcement": float((doc.kind_hint == "announcement") == announced),
    }


def score_extraction() -> dict[str, Any]:
    """Per-field scores of ``extract_html`` on every kremlin page, and the drop/teaser checks."""
    from communique.errors import PageDropped
    from communique.extract.html import extract_html

    rows: list[dict[str, float]] = []
    labels = gold_labels = 0
    worst: list[tuple[float, str]] = []
    for gold in load_gold():
        try:
            doc = extract_html(page_of(KREMLIN / gold["file"], gold["url"]))[0]
        except PageDropped:
            rows.append(dict.fromkeys(field_checks_keys(), 0.0))
            continue
        rows.append(field_checks(doc, gold))
        worst.append((rows[-1]["text_f1"], gold["file"]))
        labels += sum(1 for b in doc.blocks if b.label)
        gold_labels += gold["n_labelled_turns"]
    scores: dict[str, Any] = {key: round(statistics.fmean(r[key] for r in rows), 4)
                              for key in rows[0]}
    scores["text_f1_min"] = round(min(r["text_f1"] for r in rows), 4)
    scores["labels_ratio"] = round(labels / gold_labels, 4) if gold_labels else 1.0
    scores["pages"] = len(rows)
    scores["worst"] = sorted(worst)[:3]
    scores.update(score_nonstatements())
    scores.update(score_bare())
    scores.update(score_label_shapes())
    scores.update(score_templates(load_gold()))
    scores.update(score_text_shapes(load_gold()))
    return scores


# The pages' "<b>Name:</b>" labels as other sites write them: closed by a dash or a full
# stop, in capitals without a mark, or as a heading of its own.
LABEL = re.compile(rb"<b>([^<:]{1,80}?)(?:\s*\([^()<]{1,40}\))?:\s*</b>")
LABEL_SHAPES = {
    "dash": lambda raw: LABEL.sub(lambda m: b"<b>" + m[1] + "</b> – ".encode(), raw),
    "stop": lambda raw: LABEL.sub(lambda m: b"<b>" + m[1] + b".</b> ", raw),
    "caps": lambda raw: LABEL.sub(lambda m: b"<b>" + m[1].decode().upper().encode() + b"</b> ",
                                  raw),
    # The name as a heading of its own over the words ("<h4>Name</h4><p>...").
    "heading": lambda raw: LABEL.sub(lambda m: b"</p><h4>" + m[1] + b"</h4><p>", raw),
}


def score_label_shapes() -> dict[str, float]:
    """Labels that reach blocks per gold label, with the labels in each of ``LABEL_SHAPES``."""
    from communique.errors import PageDropped
    from communique.extract.html import extract_html
    from communique.models import Page, Source

    scores: dict[str, float] = {}
    for name, reshape in LABEL_SHAPES.items():
        labels = gold_labels = 0
        for gold in load_gold():
            raw = reshape((KREMLIN / gold["file"]).read_bytes())
            page = Page(content=raw, format="html", url=gold["url"],
                        source=Source(format="html", url=gold["url"]))
            try:
                labels += sum(1 for b in extract_html(page)[0].blocks if b.label)
            except PageDropped:
                pass
            gold_labels += gold["n_labelled_turns"]
        scores[f"{name}_labels_ratio"] = round(labels / gold_labels, 4)
    return scores


# Cards of other pages after the text, each a linked title over a summary, named nothing.
CARDS = b"".join(
    b"<div><h3><a href='/n/%d'>The President held a meeting on the regions, part %d</a></h3>"
    b"<p>The President discussed roads, schools and hospitals with the governors, and the "
    b"support of families with children in the regions of the country.</p></div>" % (k, k)
    for k in range(5))
# Other shapes of the same pages: what other templates do with a text.
VARIANTS = {
    "bare": lambda raw: NAMING_ATTRS.sub(b"", raw),  # no class, id or itemprop names
    "divs": lambda raw: re.sub(rb"<(/?)p(\s|>)", rb"<\1div\2", raw),  # no <p> at all
    "cards": lambda raw: raw.replace(b"</body>", b"<div><h2>More news</h2>" + CARDS
                                     + b"</div></body>"),  # summaries heavier than the text
}


def score_bare() -> dict[str, float]:
    """Main text F1, title and date of every page in each of the ``VARIANTS`` shapes."""
    from communique.errors import PageDropped
    from communique.extract.html import extract_html
    from communique.models import Page, Source

    scores: dict[str, float] = {}
    for name, reshape in VARIANTS.items():
        rows = []
        for gold in load_gold():
            raw = reshape((KREMLIN / gold["file"]).read_bytes())
            page = Page(content=raw, format="html", url=gold["url"],
                        source=Source(format="html", url=gold["url"]))
            try:
                checks = field_checks(extract_html(page)[0], gold)
            except PageDropped:
                checks = dict.fromkeys(field_checks_keys(), 0.0)
            rows.append(checks)
        scores.update({f"{name}_{key}": round(statistics.fmean(r[key] for r in rows), 4)
                       for key in ("text_f1", "title", "published")})
    return scores


def field_checks_keys() -> list[str]:
    return ["text_f1", "title", "published", "offset", "lead", "place", "tags", "url",
            "language", "announcement"]


def score_nonstatements() -> dict[str, Any]:
    """The daily feed gives teasers; the paginated listing, photo and video pages nothing."""
    from communique.errors import PageDropped
    from communique.extract.html import extract_html

    outcome: dict[str, Any] = {}
    for path in sorted((KREMLIN / "nonstatement_pages").glob("*.html")):
        try:
            docs = extract_html(page_of(path, None))
            outcome[path.stem] = f"{len(docs)} teasers" if not docs[0].complete else "statement"
        except PageDropped as drop:
            outcome[path.stem] = f"dropped: {drop.reason}"
    daily_ok = outcome.get("by-date_06.05.2017", "").endswith("teasers")
    others_ok = all(v.startswith("dropped") for k, v in outcome.items()
                    if not k.startswith("by-date"))
    return {"nonstatement": outcome, "nonstatement_ok": float(daily_ok and others_ok)}


def expected_kind(title: str) -> str | None:
    return next((kind for pattern, kind in TITLE_KINDS if pattern.search(title)), None)


def score_pipeline() -> dict[str, Any]:
    """Kinds and turn counts as ``pipeline.parse_page`` gives them from our Documents."""
    from communique.errors import PageDropped
    from communique.pipeline import parse_page

    kinds_right = kinds_total = turns = gold_turns = 0
    f1s: list[float] = []
    for gold in load_gold():
        try:
            statement = parse_page(page_of(KREMLIN / gold["file"], gold["url"]),
                                   enrich=False)[0]
        except PageDropped:
            continue
        f1s.append(token_f1(statement.text, gold["body_text"]))
        want = expected_kind(gold["title"])
        if want is not None:
            kinds_total += 1
            kinds_right += statement.kind == want
        if gold["n_labelled_turns"]:
            turns += sum(1 for t in statement.turns if t.speaker)
            gold_turns += gold["n_labelled_turns"]
    return {"statement_text_f1": round(statistics.fmean(f1s), 4),
            "kind_accuracy": round(kinds_right / max(kinds_total, 1), 4),
            "kind_pages": kinds_total,
            "turns_ratio": round(turns / max(gold_turns, 1), 4)}


def build_warc(target: Path, copies: int) -> tuple[int, int]:
    """Write the pages ``copies`` times as WARC response records; return (records, bytes).

    Each copy after the first gets its own URL (in the record and the page's
    og:url), so that every record is a new statement, as in a real crawl.
    """
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    gold = load_gold()
    records = size = 0
    with target.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for copy in range(copies):
            for row in gold:
                body = (KREMLIN / row["file"]).read_bytes()
                url = row["url"] if copy == 0 else f"{row['url']}-{copy}"
                body = body.replace(row["url"].encode() + b'"', url.encode() + b'"')
                headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                           protocol="HTTP/1.1")
                record = writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                   http_headers=headers)
                writer.write_record(record)
                records += 1
                size += len(body)
    return records, size


def pin_one_core() -> None:
    """Run on one core, so that no library's threads flatter the numbers."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def forget_page_caches() -> None:
    """Empty the caches keyed by what pages say (labels, names, phrases), keep the tables.

    Every run reads the same pages; without this the second run would find each
    speaker's name already resolved and flatter us.  Tables built once per process
    (the gazetteer, month names: caches of at most ``TABLE_CACHE`` entries) stay,
    as they do through a long ingest.
    """
    for name, module in list(sys.modules.items()):
        if not name.startswith("communique."):
            continue
        for value in list(vars(module).values()):
            params = getattr(value, "cache_parameters", None)
            if params is not None and getattr(value, "__module__", None) == name \
                    and (params()["maxsize"] or 0) > TABLE_CACHE:
                value.cache_clear()


def time_trafilatura(htmls: list[str]) -> float:
    import trafilatura

    started = time.process_time()
    for html in htmls:
        trafilatura.extract(html)
    return time.process_time() - started


def time_extract(htmls: list[str]) -> float:
    """Seconds of ``extract_html`` alone on the pages (no reading, parsing or storing)."""
    from communique.errors import PageDropped
    from communique.extract.html import extract_html
    from communique.models import Page, Source

    pages = [Page(content=h, format="html", source=Source(format="html")) for h in htmls]
    forget_page_caches()
    started = time.process_time()
    for page in pages:
        try:
            extract_html(page)
        except PageDropped:
            pass
    return time.process_time() - started


def time_floor(warc: Path) -> float:
    """CPU seconds of what no ingest can skip, and nothing else.

    Read the WARC with our reader, parse each page with lexbor and take its whole
    text, add the text to a one-field tantivy index and to a one-column SQLite
    table.  Not an extractor (menus and all are kept): the ceiling any pipeline on
    these components could reach, which tells how far the target is from it.
    """
    import sqlite3

    import tantivy
    from selectolax.lexbor import LexborHTMLParser

    from communique.report import Report
    from communique.sources import iter_file_pages

    builder = tantivy.SchemaBuilder()
    builder.add_text_field("body")
    with tempfile.TemporaryDirectory() as tmp:
        started = time.process_time()
        index = tantivy.Index(builder.build(), path=tmp)
        writer = index.writer(48_000_000, 1)
        db = sqlite3.connect(Path(tmp) / "floor.db")
        db.execute("CREATE TABLE page (url TEXT, body TEXT)")
        for page in iter_file_pages(warc, report=Report()):
            body = LexborHTMLParser(page.content).body
            text = body.text(separator="\n") if body is not None else ""
            writer.add_document(tantivy.Document(body=text))
            db.execute("INSERT INTO page VALUES (?, ?)", (page.url, text))
        db.commit()
        writer.commit()
        writer.wait_merging_threads()
        db.close()
        return time.process_time() - started


def ingest_once(warc: Path, *, enrich: bool = True) -> tuple[float, Any]:
    """Ingest the WARC into a fresh archive (SQLite + search index); seconds and report."""
    from communique.pipeline import ingest_paths
    from communique.report import Report
    from communique.store import open_archive

    with tempfile.TemporaryDirectory() as tmp:
        forget_page_caches()
        started = time.process_time()
        archive = open_archive(str(Path(tmp) / "bench.db"))
        report = ingest_paths([warc], archive, report=Report(), enrich=enrich)
        archive.close()
        return time.process_time() - started, report


def stage_breakdown(warc: Path, runs: int) -> dict[str, float]:
    """CPU milliseconds per page of each stage: per stage, the median of ``runs`` passes.

    Informative only (the stages are timed apart, so the sum differs a little from an
    ingest): it shows where the time of the whole pipeline goes.
    """
    passes = [stage_pass(warc) for _ in range(max(1, runs))]
    return {stage: statistics.median(p[stage] for p in passes) for stage in passes[0]}


def stage_pass(warc: Path) -> dict[str, float]:
    """One pass of the stages, one after the other on the WARC's pages, timed apart."""
    from communique.enrich import enrich_statement
    from communique.errors import PageDropped
    from communique.extract import extract_documents
    from communique.parse import parse_document
    from communique.report import Report
    from communique.sources import iter_file_pages
    from communique.sources.limits import Limits, check_page
    from communique.store import open_archive

    clock: dict[str, float] = dict.fromkeys(("read", "check", "extract", "parse", "enrich",
                                             "store", "index"), 0.0)

    def timed(stage: str, started: float) -> float:
        now = time.process_time()
        clock[stage] += now - started
        return now

    forget_page_caches()
    started = time.process_time()
    pages = list(iter_file_pages(warc, report=Report()))
    started = timed("read", started)
    statements = []
    for page in pages:
        check_page(page, Limits())
        started = timed("check", started)
        try:
            docs = extract_documents(page)
        except PageDropped:
            continue
        started = timed("extract", started)
        parsed = [parse_document(doc, page.source) for doc in docs]
        started = timed("parse", started)
        statements += [enrich_statement(statement) for statement in parsed]
        started = timed("enrich", started)
    with tempfile.TemporaryDirectory() as tmp:
        archive = open_archive(str(Path(tmp) / "stages.db"))
        started = time.process_time()
        for statement in statements:
            archive.add(statement)
        archive.commit()
        started = timed("store", started)
        archive.make_searchable()
        timed("index", started)
        archive.close()
    return {stage: 1000 * seconds / len(pages) for stage, seconds in clock.items()}


def peak_rss(warc: Path) -> int:
    """Peak resident memory (KiB) of a fresh interpreter that ingests the WARC."""
    code = ("import resource, sys; from pathlib import Path; "
            "from benchmarks.bench_html import ingest_once, pin_one_core; pin_one_core(); "
            "ingest_once(Path(sys.argv[1])); "
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", code, str(warc)], cwd=ROOT, check=True,
                         capture_output=True, text=True)
    return int(out.stdout.split()[-1])


def trafilatura_f1(htmls: list[str]) -> float:
    import trafilatura

    gold = load_gold()
    return statistics.fmean(token_f1(trafilatura.extract(h) or "", g["body_text"])
                            for h, g in zip(htmls, gold, strict=True))


def measure_speed(runs: int, copies: int) -> dict[str, Any]:
    """Medians of ``runs`` runs of trafilatura alone and of our whole ingest, same pages."""
    htmls = [(KREMLIN / g["file"]).read_bytes().decode("utf-8") for g in load_gold()]
    mb = sum(len(h.encode()) for h in htmls) / 1e6
    with tempfile.TemporaryDirectory() as tmp:
        warc = Path(tmp) / "pages.warc.gz"
        pages, _ = build_warc(warc, copies)
        ingest_once(warc)  # warm: imports, the site time-zone table
        # Interleaved, so that a drift in the machine's speed (a shared VM's is) weighs
        # on the baseline and on us alike.
        samples: dict[str, list[float]] = {"ours": [], "bare": [], "extract": [], "theirs": [],
                                           "floor": []}
        for _ in range(runs):
            samples["ours"].append(ingest_once(warc)[0])
            samples["theirs"].append(time_trafilatura(htmls))
            samples["bare"].append(ingest_once(warc, enrich=False)[0])
            samples["extract"].append(time_extract(htmls))
            samples["floor"].append(time_floor(warc))
        ours, bare, extract, theirs, floor = (
            statistics.median(samples[k]) for k in ("ours", "bare", "extract", "theirs", "floor"))
        stages = stage_breakdown(warc, runs)
        big = Path(tmp) / "pages10.warc.gz"
        build_warc(big, 10 * copies)
        rss_1, rss_10 = peak_rss(warc), peak_rss(big)
    return {"pages": pages, "ours_pages_s": pages / ours, "ours_mb_s": mb * copies / ours,
            "bare_pages_s": pages / bare, "bare_mb_s": mb * copies / bare,
            "extract_pages_s": len(htmls) / extract, "extract_mb_s": mb / extract,
            "floor_pages_s": pages / floor, "floor_mb_s": mb * copies / floor,
            "traf_pages_s": len(htmls) / theirs, "traf_mb_s": mb / theirs,
            "ratio": (pages / ours) / (len(htmls) / theirs),
            "stage_ms_per_page": stages,
            "rss_1x_kib": rss_1, "rss_10x_kib": rss_10, "rss_ratio": rss_10 / rss_1,
            "traf_f1": trafilatura_f1(htmls)}


def main() -> dict[str, Any]:
    """Print the speed and quality table; return its numbers."""
    pin_one_core()
    runs = int(os.environ.get("COMMUNIQUE_BENCH_HTML_RUNS", "5"))
    copies = int(os.environ.get("COMMUNIQUE_BENCH_HTML_COPIES", "1"))
    speed = measure_speed(runs, copies)
    quality = score_extraction()
    pipeline = score_pipeline()
    print(f"kremlin_en_html: {speed['pages']} pages in the WARC, medians of {runs} runs, "
          "one core")
    print(f"{'':34}{'pages/s':>9}{'MB/s':>8}{'ratio':>8}{'F1':>8}")
    print(f"{'trafilatura.extract (baseline)':34}{speed['traf_pages_s']:9.1f}"
          f"{speed['traf_mb_s']:8.2f}{1.0:8.2f}{speed['traf_f1']:8.3f}")
    base = speed["traf_pages_s"]
    rows = [("communique ingest (warc.gz->db)", "ours", pipeline["statement_text_f1"]),
            ("  the same, --no-enrich", "bare", pipeline["statement_text_f1"]),
            ("  extract_html alone", "extract", quality["text_f1"]),
            ("floor: read, lexbor, index, SQLite", "floor", None)]
    for label, key, f1 in rows:
        print(f"{label:34}{speed[key + '_pages_s']:9.1f}{speed[key + '_mb_s']:8.2f}"
              f"{speed[key + '_pages_s'] / base:8.2f}" + (f"{f1:8.3f}" if f1 is not None else ""))
    print(f"peak RSS: 1x {speed['rss_1x_kib'] / 1024:.1f} MiB, 10x "
          f"{speed['rss_10x_kib'] / 1024:.1f} MiB, ratio {speed['rss_ratio']:.2f}")
    print("CPU ms per page by stage: " + ", ".join(
        f"{k} {v:.2f}" for k, v in speed["stage_ms_per_page"].items()))
    fields = [k for k in field_checks_keys() if k != "text_f1"]
    print("fields: " + ", ".join(f"{k} {quality[k]:.3f}" for k in fields))
    print(f"text F1 min {quality['text_f1_min']:.3f}; labels/gold {quality['labels_ratio']:.3f}; "
          f"kind {pipeline['kind_accuracy']:.3f} of {pipeline['kind_pages']}; "
          f"turns/gold {pipeline['turns_ratio']:.3f}")
    print(f"non-statement pages: {quality['nonstatement']}")
    for name, shape in (("bare", "without class, id and itemprop names"),
                        ("divs", "every <p> a <div>"), ("cards", "summary cards after the text")):
        print(f"{shape}: text F1 {quality[name + '_text_f1']:.3f}, title "
              f"{quality[name + '_title']:.3f}, published {quality[name + '_published']:.3f}")
    for name in TEMPLATES:
        print(f"in a {name} template of ours: text F1 {quality[name + '_text_f1']:.3f}, title "
              f"{quality[name + '_title']:.3f}, published {quality[name + '_published']:.3f}")
    print("as text dumps, title and date: " + "; ".join(
        f"{name} {quality[name + '_title']:.3f} {quality[name + '_published']:.3f}"
        for name in TEXT_SHAPES))
    print("labels/gold with labels closed by a dash, a full stop, in capitals, as headings: "
          + ", ".join(f"{quality[name + '_labels_ratio']:.3f}" for name in LABEL_SHAPES))
    return {**speed, **{k: v for k, v in quality.items() if k != "worst"}, **pipeline}


if __name__ == "__main__":
    main()
