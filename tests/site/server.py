"""Serve a ``VeloriaSite`` on 127.0.0.1 from a thread, logging each request with its time.

``python -m tests.site.server --n 1000`` serves a bigger site from its own
process (the benchmark does this so that the server does not share the
crawler's interpreter lock).
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from .veloria import VeloriaSite


@dataclass(frozen=True)
class Hit:
    """One request as the server saw it: when it came and left (monotonic seconds), what, and
    the answer."""

    at: float
    left: float
    path: str
    status: int
    headers: dict[str, str]


class SiteServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, site: VeloriaSite, port: int = 0):
        self.site = site
        self.hits: list[Hit] = []
        self.hits_lock = threading.Lock()
        super().__init__(("127.0.0.1", port), Handler)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def timeline(self) -> list[Hit]:
        """The requests answered so far, in the order they arrived."""
        with self.hits_lock:
            return sorted(self.hits, key=lambda hit: hit.at)

    def most_at_once(self) -> int:
        """The largest number of requests the server was handling at the same moment."""
        events = sorted([(h.at, 1) for h in self.hits] + [(h.left, -1) for h in self.hits])
        busy = most = 0
        for _, step in events:
            busy += step
            most = max(most, busy)
        return most


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body in separate segments stall on delayed ACKs
    server: SiteServer

    def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
        arrived = time.monotonic()
        headers = {k.lower(): v for k, v in self.headers.items()}
        answer = self.server.site.respond(self.path, headers)
        if answer.delay:
            time.sleep(answer.delay)
        try:
            self.send_response(answer.status)
            for name, value in answer.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(answer.body)))
            self.end_headers()
            self.wfile.write(answer.body)
        except OSError:
            pass  # the crawler gave up on a slow page (or the server shut down): as intended
        with self.server.hits_lock:
            self.server.hits.append(Hit(arrived, time.monotonic(), self.path, answer.status,
                                        headers))

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@contextmanager
def serve(site: VeloriaSite, port: int = 0) -> Iterator[SiteServer]:
    """Run the site on a free loopback port for the duration of the block."""
    server = SiteServer(site, port)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=12, help="number of statements")
    parser.add_argument("--per-page", type=int, default=20)
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args(argv)
    site = VeloriaSite(args.n, per_page=args.per_page, slow_seconds=0.0)
    site.busy_left = 0
    server = SiteServer(site, args.port)
    print(server.base, flush=True)
    try:
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main(sys.argv[1:])
