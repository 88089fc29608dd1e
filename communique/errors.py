"""The one exception tree of Communique.

    CommuniqueError                 anything this package raises on purpose
     ├── InputError                 a file or record that cannot be read
     │    ├── EmptyInputError       nothing in it
     │    ├── BinaryInputError      not text, not HTML, not a known container
     │    ├── DecodeError           bytes that decode in no plausible encoding
     │    ├── RecordError           one broken record inside a container (JSON line, WARC record)
     │    └── TooLargeError         over a stated size bound
     ├── ArchiveError               the archive cannot be opened or written
     │    ├── ArchiveBusyError      another writer holds the archive
     │    └── NotFoundError         no statement, person or version with that id
     ├── QueryError                 a search query or filter that cannot be understood
     ├── ConfigError                a setting with a wrong type or value
     ├── MissingExtraError          an optional extra ([postgres], [spark]) is not installed
     └── PageDropped                a page that is readable but holds no statement (photo
                                    gallery, video page...); not a failure, counted by reason

Every ``InputError`` carries the file and the place (offset, line or record
index) so that a message can point at it.
"""

from __future__ import annotations


class CommuniqueError(Exception):
    """Base of every error Communique raises on purpose."""


class InputError(CommuniqueError):
    """A file or record that cannot be read; names the file and the place."""

    def __init__(self, message: str, *, path: str | None = None, place: str | None = None):
        self.reason = message
        self.path = path
        self.place = place
        where = ":".join(p for p in (path, place) if p)
        super().__init__(f"{where}: {message}" if where else message)


class EmptyInputError(InputError):
    """The input holds nothing to read."""


class BinaryInputError(InputError):
    """The input is binary data in no format Communique reads."""


class DecodeError(InputError):
    """The bytes decode in no plausible text encoding."""


class RecordError(InputError):
    """One broken record inside a container; the rest is still read."""


class TooLargeError(InputError):
    """The input is over a stated size bound."""


class ArchiveError(CommuniqueError):
    """The archive cannot be opened, read or written."""


class ArchiveBusyError(ArchiveError):
    """Another writer holds the archive."""


class NotFoundError(ArchiveError):
    """No record with that id."""


class QueryError(CommuniqueError):
    """A search query or filter that cannot be understood."""


class ConfigError(CommuniqueError):
    """A setting with a wrong type or value."""


class MissingExtraError(CommuniqueError):
    """An optional extra is needed and not installed."""

    def __init__(self, extra: str, module: str):
        super().__init__(
            f"This needs the optional '{extra}' extra ({module} is not installed). "
            f"Install it with: pip install 'communique[{extra}]'"
        )


class PageDropped(CommuniqueError):
    """A readable page that holds no statement; ``reason`` is counted in summaries."""

    def __init__(self, reason: str):
        self.reason = reason
        super().__init__(reason)
