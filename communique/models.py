"""Records that flow through the pipeline, and the JSON shape of a statement.

sources -> Page -> extract -> Document -> parse -> Statement -> enrich -> Statement

Every record is a dataclass; ``Statement.to_dict`` is the one JSON shape used by
``parse``, ``export``, the API and the Parquet/Spark schema.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass, field
from typing import Any
from urllib.parse import urlsplit, urlunsplit

KINDS = (
    "interview",
    "press_conference",
    "speech",
    "statement",
    "letter",
    "phone_call",
    "meeting",
    "document",
    "announcement",
    "other",
)
SUBKINDS = ("congratulation", "condolence", "other")
PARTICIPANT_ROLES = (
    "interviewer",
    "interviewee",
    "speaker",
    "sender",
    "addressee",
    "caller",
    "callee",
    "host",
    "guest",
    "participant",
)
TURN_ROLES = ("question", "answer", "statement")


@dataclass(slots=True)
class Source:
    """Where a statement came from: a file, the record's index in it, or a URL."""

    format: str
    path: str | None = None
    url: str | None = None
    index: int = 0
    part: int = 0  # position of the statement among those the record holds
    offset: int | None = None
    fetched_at: str | None = None


@dataclass(slots=True)
class Page:
    """One raw page handed over by a source, not yet understood.

    ``content`` is str when a reader decoded it (text pages, JSON Lines, HTML in
    another charset), bytes when an HTML page is strict UTF-8 (files, WARC
    payloads; the HTML parser reads them undecoded) or a caller did not decode.
    ``meta`` carries fields a source already knows for sure (front matter, a JSON
    ``title``).
    """

    content: bytes | str
    format: str  # "text", "html", "markdown"
    source: Source
    url: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Block:
    """A paragraph of main content, with the marks extraction found on it.

    ``label`` is a speaker label the markup set apart (a bold "Name:" prefix);
    ``text`` then excludes the label.  ``heading`` marks a sub-heading.  ``soft_label``
    is a bold run closed by a dash or a full stop ("<b>Name</b> – ..."): a label only
    when it recurs in the text (a bold dateline opens one paragraph only).
    """

    text: str
    label: str | None = None
    heading: bool = False
    soft_label: str | None = None


@dataclass(slots=True)
class Document:
    """What extraction found on one page: one statement's parts, before parsing.

    ``complete`` is False for teasers (feed items, truncated text).
    """

    blocks: list[Block]
    title: str | None = None
    published_at: str | None = None
    lead: str | None = None
    place: str | None = None
    language: str | None = None
    url: str | None = None
    site: str | None = None
    complete: bool = True
    tags: dict[str, list[str]] = field(default_factory=dict)
    kind_hint: str | None = None
    # The sections the page files itself under ("Executive Orders", "speeches remarks"),
    # the most telling first: a kind when the statement's words name none.
    sections: list[str] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Participant:
    name: str
    role: str


@dataclass(slots=True)
class Turn:
    """One speaker's uninterrupted contribution; ``start``/``end`` index ``Statement.text``."""

    speaker: str | None
    role: str
    text: str
    start: int = 0
    end: int = 0


@dataclass(slots=True)
class Entity:
    name: str
    label: str  # PERSON, PLACE, ORG
    spans: list[list[int]] = field(default_factory=list)


@dataclass(slots=True)
class DateMention:
    value: str  # YYYY-MM-DD or YYYY-MM
    text: str
    start: int
    end: int
    basis: str = "explicit"


@dataclass(slots=True)
class Claim:
    text: str
    number: float
    approx: str | None
    unit: str | None
    start: int
    end: int
    speaker: str | None = None


@dataclass(slots=True)
class Statement:
    """One official statement: the record the archive stores and serves."""

    id: str
    kind: str
    title: str | None
    published_at: str | None
    text: str
    source: Source
    subkind: str | None = None
    place: str | None = None
    language: str | None = None
    lead: str | None = None
    complete: bool = True
    url: str | None = None
    site: str | None = None
    participants: list[Participant] = field(default_factory=list)
    turns: list[Turn] = field(default_factory=list)
    tags: dict[str, list[str]] = field(default_factory=dict)
    entities: list[Entity] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    cluster: str | None = None
    original: str | None = None

    @property
    def paragraphs(self) -> list[str]:
        """The text's paragraphs, the units that ``#pN`` anchors cite (1-based)."""
        return self.text.split("\n") if self.text else []

    @property
    def content_hash(self) -> str:
        """A digest of what a reader sees; a changed hash means a new version."""
        key = "\x1f".join([self.title or "", self.lead or "", self.text])
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        """The statement's JSON shape (export, API, ``parse`` output)."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Statement:
        """Rebuild a statement from ``to_dict`` output (tolerates missing list keys)."""
        d = dict(data)
        d["source"] = Source(**d["source"])
        d["participants"] = [Participant(**p) for p in d.get("participants") or []]
        d["turns"] = [Turn(**t) for t in d.get("turns") or []]
        d["entities"] = [Entity(**e) for e in d.get("entities") or []]
        d["dates"] = [DateMention(**m) for m in d.get("dates") or []]
        d["claims"] = [Claim(**c) for c in d.get("claims") or []]
        known = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in d.items() if k in known})


def statement_id(*, url: str | None, title: str | None, published_at: str | None,
                 text: str, complete: bool) -> str:
    """Derive a stable id from what the statement is, never from where it was read.

    A complete statement with a URL is identified by the URL, so that re-crawls
    of the page become versions of one statement; anything else by its content.
    """
    if url and complete:
        key = "url\x1f" + page_address(url)
    else:
        prefix = "teaser" if not complete else "text"
        key = "\x1f".join([prefix, url or "", title or "", published_at or "", text[:4000]])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


# Query parameters that say who sent a reader, not which page: the same page under them.
TRACKING = re.compile(r"^(?:utm_\w+|fbclid|gclid|yclid|mc_cid|mc_eid|igshid|_ga|ref_src)$", re.I)


def page_address(url: str) -> str:
    """The address a page is known by: its host in lower case, without a fragment or the
    parameters of a campaign's tracking ("?utm_source=..."), so that one page crawled under
    such variants is one statement with its versions."""
    parts = urlsplit(url)
    if not parts.scheme or not parts.netloc:
        return url
    query = "&".join(pair for pair in parts.query.split("&")
                     if pair and not TRACKING.match(pair.split("=", 1)[0]))
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path, query, ""))
