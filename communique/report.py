"""The tally a run keeps: what was read, stored, skipped and why, what failed and where."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .errors import InputError

MAX_LISTED = 20
EXAMPLES = 3  # pages named per reason a page was skipped: enough to find them again


@dataclass
class Report:
    """Counters for one run of ``parse``, ``ingest`` or ``load``; printed as the summary."""

    files: int = 0
    files_skipped: int = 0
    pages: int = 0
    statements: int = 0
    added: int = 0
    unchanged: int = 0
    new_versions: int = 0
    dropped: Counter[str] = field(default_factory=Counter)
    dropped_examples: dict[str, list[str]] = field(default_factory=dict)  # reason: first pages
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    records_resumed: int = 0
    other_records: Counter[str] = field(default_factory=Counter)  # WARC records of no page

    def error(self, exc: InputError | str) -> None:
        """Record one failure; the run goes on."""
        self.errors.append(str(exc))

    def warn(self, exc: InputError | str) -> None:
        """Record something read only by assuming (a guessed charset, replaced bytes)."""
        self.warnings.append(str(exc))

    def other_record(self, kind: str) -> None:
        """Count a WARC record that holds no page (a request, the crawl's metadata)."""
        self.other_records[kind or "untyped"] += 1

    def drop(self, reason: str, where: str | None = None) -> None:
        """Count a page that was read and deliberately not kept; name the first few."""
        self.dropped[reason] += 1
        if where:
            examples = self.dropped_examples.setdefault(reason, [])
            if len(examples) < EXAMPLES:
                examples.append(where)

    @property
    def failed(self) -> bool:
        return bool(self.errors)

    def lines(self) -> list[str]:
        """The summary as human-readable lines."""
        out = [f"files read: {self.files}" + (f" ({self.files_skipped} already done, skipped)"
                                               if self.files_skipped else ""),
               f"pages: {self.pages}", f"statements: {self.statements}"]
        if self.added or self.unchanged or self.new_versions:
            out.append(f"stored: {self.added} new, {self.new_versions} new versions, "
                       f"{self.unchanged} unchanged")
        for reason, n in sorted(self.dropped.items()):
            out.append(f"skipped {n} page(s): {reason}{self._named(reason, n)}")
        if self.other_records:
            kinds = ", ".join(f"{n} {kind}" for kind, n in sorted(self.other_records.items()))
            out.append(f"passed over {sum(self.other_records.values())} WARC record(s) that "
                       f"hold no page: {kinds}")
        if self.records_resumed:
            out.append(f"resumed after {self.records_resumed} record(s) done before")
        if self.warnings:
            out.append(f"warnings: {len(self.warnings)}")
            out.extend(f"  warning {w}" for w in self.warnings[:MAX_LISTED])
            if len(self.warnings) > MAX_LISTED:
                out.append(f"  ... and {len(self.warnings) - MAX_LISTED} more warnings")
        if self.errors:
            out.append(f"errors: {len(self.errors)}")
        return out

    def _named(self, reason: str, n: int) -> str:
        """The skipped pages a reason names, "e.g." when there were more."""
        examples = self.dropped_examples.get(reason)
        if not examples:
            return ""
        return f" ({'e.g. ' if n > len(examples) else ''}{', '.join(examples)})"

    def to_dict(self) -> dict[str, object]:
        return {"files": self.files, "files_skipped": self.files_skipped, "pages": self.pages,
                "statements": self.statements, "added": self.added,
                "unchanged": self.unchanged, "new_versions": self.new_versions,
                "dropped": dict(self.dropped),
                "dropped_examples": {k: list(v) for k, v in self.dropped_examples.items()},
                "errors": list(self.errors),
                "warnings": list(self.warnings), "records_resumed": self.records_resumed,
                "other_records": dict(self.other_records)}
