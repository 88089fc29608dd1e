"""The locked-down server: injection strings at every parameter, a read-only database,
bounds on page size and query length, and the security headers on every response.

The app is the real one (``create_app``) over an archive ingested from ``examples/``
by the real pipeline.  The endpoints and their parameters are read from the app's
OpenAPI schema, plus the HTML pages (left out of the schema), so a new endpoint is
covered without touching this file.
"""

from __future__ import annotations

import hashlib
import socket
import sqlite3
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from urllib.parse import quote

import httpx
import pytest
from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from httpx import Response
from starlette.routing import BaseRoute

from communique.config import Settings
from communique.pipeline import ingest_paths
from communique.report import Report
from communique.store import open_archive
from communique.web import create_app

from .conftest import EXAMPLES

pytestmark = pytest.mark.xdist_group("security")

INJECTIONS = {
    "sql-or": "' OR 1=1 --",
    "sql-drop": '"; DROP TABLE statements; --',
    "sql-union": "x' UNION SELECT record FROM versions --",
    "sql-comment": "harbour/**/OR/**/1=1",
    "fts-field": "title:*",
    "fts-near": "NEAR(",
    "fts-near-full": "NEAR(harbour ferry, 2)",
    "fts-range": "ts:[* TO *]",
    "fts-boost": "harbour^100",
    "fts-regex": "/.*/",
    "quote-open": '"harbour',
    "quote-lone": '"',
    "paren-open": "((harbour",
    "paren-close": "harbour))",
    "paren-deep": "(" * 150 + "harbour" + ")" * 150,
    "star": "*",
    "caret": "^",
    "minus": "-",
    "operators-only": "AND OR NOT",
    "backslash": "\\",
    "nul": "harbour\x00ferry",
    "control": "\x01\x1b[31m\x7f",
    "crlf": "x\r\nSet-Cookie: owned=1",
    "long": "a" * 10_000,
    "long-words": "harbour " * 1_250,
    "near-limit": ("harbour OR " * 50)[:500],
    "rtl-override": "\u202eruobrah\u202c",
    "zero-width": "har\u200bbour\ufeff",
    "combining": "e\u0301" * 60,
    "line-separators": "\u2028\u2029",
    "emoji": "\U0001f3db\ufe0f\U0001f1fb\U0001f1f1",
    "fullwidth": "\uff48\uff41\uff52\uff42\uff4f\uff55\uff52",
    "xss-script": "<script>alert(1)</script>",
    "xss-attribute": '"><svg onload=alert(1)>',
    "template": "{{7*7}}{% for x in () %}",
    "path": "../../etc/passwd",
    "percent": "%' --",
}
# Markup a page must never echo unescaped.
MARKUP = ("<script>alert(1)</script>", '"><svg onload=alert(1)>')
HEADERS_NEEDED = ("content-security-policy", "x-content-type-options", "referrer-policy")


@dataclass(frozen=True)
class Endpoint:
    """One GET route: its path template, query parameters and path parameters."""

    path: str
    query: tuple[str, ...]
    path_params: tuple[str, ...]
    json: bool

    def url(self, **values: str) -> str:
        out = self.path
        for name in self.path_params:
            out = out.replace(f"{{{name}}}", quote(values[name], safe=""))
        return out


@dataclass
class Served:
    app: FastAPI
    client: TestClient
    db: str
    endpoints: list[Endpoint]
    samples: dict[str, str]  # a real value for each path parameter


def archive_digest(db: str) -> tuple[int, str]:
    """The number of statements and a checksum of every row of every table."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        digest = hashlib.sha256()
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        for table in tables:
            digest.update(table.encode())
            for row in sorted(repr(r) for r in conn.execute(f'SELECT * FROM "{table}"')):
                digest.update(row.encode())
        count = conn.execute("SELECT count(*) FROM statements").fetchone()[0]
    finally:
        conn.close()
    return int(count), digest.hexdigest()


def schema_endpoints(schema: dict) -> list[Endpoint]:
    """The GET operations of the OpenAPI schema."""
    out = []
    for path, operations in schema["paths"].items():
        operation = operations.get("get")
        if operation is None:
            continue
        params = operation.get("parameters", [])
        out.append(Endpoint(path, tuple(p["name"] for p in params if p["in"] == "query"),
                            tuple(p["name"] for p in params if p["in"] == "path"),
                            json=True))
    return out


def page_endpoints(app: FastAPI, schema: dict) -> list[Endpoint]:
    """The GET routes the schema leaves out (the HTML pages), read from the routes themselves."""
    out = []
    for path, route in iter_api_routes(app.routes):
        if "GET" in (route.methods or ()) and "get" not in schema["paths"].get(path, {}):
            query, path_params = route_params(route.dependant)
            out.append(Endpoint(path, query, path_params, json=False))
    return out


def iter_api_routes(routes: Sequence[BaseRoute], prefix: str = ""
                    ) -> Iterator[tuple[str, APIRoute]]:
    """Every APIRoute with its full path, looking inside included routers."""
    for route in routes:
        if isinstance(route, APIRoute):
            yield prefix + route.path_format, route
        elif (router := getattr(route, "original_router", None)) is not None:
            # FastAPI >= 0.16x keeps an included router whole instead of copying its routes.
            context = getattr(route, "include_context", None)
            yield from iter_api_routes(router.routes, prefix + getattr(context, "prefix", ""))


def route_params(dependant: Dependant) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The query and path parameter names of a route, its dependencies' included."""
    query = [p.alias for p in dependant.query_params]
    path = [p.alias for p in dependant.path_params]
    for sub in dependant.dependencies:
        more_query, more_path = route_params(sub)
        query.extend(more_query)
        path.extend(more_path)
    return tuple(dict.fromkeys(query)), tuple(dict.fromkeys(path))


def is_json_route(path: str) -> bool:
    return path.startswith("/api/") or path.endswith((".atom", ".json"))


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    db = str(tmp_path_factory.mktemp("security") / "archive.db")
    with open_archive(db) as archive:
        report = ingest_paths([EXAMPLES], archive, report=Report())
    assert report.added > 0 and not report.errors, report.errors
    app = create_app(Settings(db=db))
    with TestClient(app, raise_server_exceptions=False) as client:
        schema = client.get(app.openapi_url or "/openapi.json").json()
        endpoints = schema_endpoints(schema) + page_endpoints(app, schema)
        hit = client.get("/api/search", params={"q": "harbour", "page_size": 1}).json()
        sid = hit["results"][0]["id"]
        person = hit["facets"]["participant"][0]["value"]
        samples = {"statement_id": sid, "name": person}
        yield Served(app, client, db, endpoints, samples)


def check_response(response: Response, *, hostile: str = "") -> None:
    """No server error; a JSON error has the one shape; a page never echoes raw markup."""
    where = f"{response.request.method} {response.request.url}"
    assert response.status_code < 500, (where, response.text[:300])
    kind = response.headers.get("content-type", "")
    if response.status_code >= 400 and kind.startswith("application/json"):
        body = response.json()
        assert set(body) == {"error"} and set(body["error"]) == {"status", "message"}, where
        assert body["error"]["status"] == response.status_code, where
        assert isinstance(body["error"]["message"], str) and body["error"]["message"], where
    elif response.status_code >= 400:
        # A page's error is a whole page (an unknown person is their empty page, a 404).
        assert kind.startswith("text/html"), (where, kind)
        assert response.text.lstrip().lower().startswith("<!doctype html>"), where
    elif kind.startswith("application/json"):
        response.json()
    elif kind.startswith("application/atom+xml"):
        ET.fromstring(response.content)  # hostile text must not break the feed's XML
    if kind.startswith(("text/html", "application/atom+xml")):
        for markup in MARKUP:
            if markup in hostile:
                assert markup not in response.text, where


def problem(response: Response, hostile: str) -> str | None:
    """What is wrong with a response, so one test can list every endpoint that fails."""
    try:
        check_response(response, hostile=hostile)
    except (AssertionError, ValueError, ET.ParseError) as exc:
        return f"{response.request.url.path} {response.request.url.query.decode()[:60]!r}: " \
               f"{type(exc).__name__} {str(exc)[:120]}"
    return None


def test_every_endpoint_is_found(served: Served) -> None:
    paths = {e.path for e in served.endpoints}
    assert {"/api/search", "/api/statements/{statement_id}", "/search.atom", "/api/export",
            "/", "/search", "/statements/{statement_id}"} <= paths
    assert all(set(e.path_params) <= set(served.samples) for e in served.endpoints)


@pytest.mark.parametrize("value", list(INJECTIONS.values()), ids=list(INJECTIONS))
def test_injection_at_every_query_parameter(served: Served, value: str) -> None:
    before = archive_digest(served.db)
    calls, problems = 0, []
    for endpoint in served.endpoints:
        url = endpoint.url(**served.samples)
        for name in endpoint.query:
            # A small page keeps the many searches quick; page_size itself gets the value.
            params = {"page_size": "3", name: value} if "page_size" in endpoint.query \
                else {name: value}
            problems.append(problem(served.client.get(url, params=params), value))
            calls += 1
    assert calls >= 40
    assert [p for p in problems if p] == []
    assert archive_digest(served.db) == before


@pytest.mark.parametrize("value", list(INJECTIONS.values()), ids=list(INJECTIONS))
def test_injection_at_every_path_parameter(served: Served, value: str) -> None:
    before = archive_digest(served.db)
    with_params = [e for e in served.endpoints if e.path_params]
    assert len(with_params) >= 4
    problems = [problem(served.client.get(endpoint.url(**{**served.samples, name: value})),
                        value)
                for endpoint in with_params for name in endpoint.path_params]
    assert [p for p in problems if p] == []
    assert archive_digest(served.db) == before


@pytest.mark.parametrize("raw", [
    "q=%ff%fe%c0%af", "q=%", "q=%zz", "q=%00", "kind=%ff", "page=%ff", "q=a&q=b&q=c",
    "q=" + "%28" * 400, "&&&=&==", "q[]=1&q[x]=2",
], ids=["invalid-utf8", "bare-percent", "bad-escape", "nul", "facet-invalid-utf8",
        "page-invalid-utf8", "repeated", "encoded-parens", "empty-pairs", "brackets"])
def test_malformed_query_strings(served: Served, raw: str) -> None:
    for endpoint in served.endpoints:
        if endpoint.query:
            check_response(served.client.get(f"{endpoint.url(**served.samples)}?{raw}"))


@pytest.mark.parametrize("path", [
    "/static/../../../etc/passwd", "/static/%2e%2e/%2e%2e/etc/passwd", "/statements/%ff",
    "/api/statements/%00", "/api/people/%2F%2F..%2F..", "/" + "a" * 5_000,
], ids=["static-dotdot", "static-encoded", "page-invalid-utf8", "api-nul", "person-slashes",
        "long-path"])
def test_hostile_paths(served: Served, path: str) -> None:
    response = served.client.get(path)
    check_response(response)
    assert "root:" not in response.text


def test_server_connection_is_read_only(served: Served) -> None:
    archive = served.app.state.archive
    before = archive_digest(served.db)
    statements = [
        "INSERT INTO statements (id, version, content_hash, kind, complete, text, record) "
        "VALUES ('x', 1, 'h', 'other', 1, 'x', '{}')",
        "DELETE FROM statements",
        "DROP TABLE statements",
        "CREATE TABLE intruder (x)",
    ]
    for sql in statements:
        with pytest.raises(sqlite3.OperationalError, match="readonly database"):
            archive.conn.execute(sql)
    assert archive_digest(served.db) == before


def test_archive_opened_as_the_server_does_refuses_writes(served: Served) -> None:
    archive = open_archive(served.db, readonly=True)
    try:
        with pytest.raises(sqlite3.OperationalError, match="readonly database"):
            archive.conn.execute(  # type: ignore[attr-defined]
                "INSERT INTO files_done (key) VALUES ('intruder')")
    finally:
        archive.close()


def test_every_text_parameter_is_bounded_in_the_schema(served: Served) -> None:
    schema = served.client.get(served.app.openapi_url or "/openapi.json").json()
    unbounded = []
    for path, operations in schema["paths"].items():
        for param in operations.get("get", {}).get("parameters", []):
            options = param["schema"].get("anyOf", [param["schema"]])
            for option in options:
                if option.get("type") == "string" and "maxLength" not in option \
                        and "enum" not in option:
                    unbounded.append(f"{path} {param['name']}")
                if option.get("type") == "integer" and "maximum" not in option:
                    unbounded.append(f"{path} {param['name']}")
    assert unbounded == []


BOUNDS = {
    "query-too-long": ("q", "a" * 501),
    "page-size-too-big": ("page_size", "101"),
    "page-size-zero": ("page_size", "0"),
    "page-size-negative": ("page_size", "-5"),
    "page-too-far": ("page", "10001"),
    "page-zero": ("page", "0"),
    "filter-too-long": ("kind", "k" * 201),
    "speaker-too-long": ("speaker", "s" * 201),
}


@pytest.mark.parametrize(("name", "value"), list(BOUNDS.values()), ids=list(BOUNDS))
def test_bounds_are_a_400_in_the_error_shape(served: Served, name: str, value: str) -> None:
    bounded = [e for e in served.endpoints if name in e.query]
    assert bounded
    for endpoint in bounded:
        response = served.client.get(endpoint.url(**served.samples), params={name: value})
        assert response.status_code == 400, (endpoint.path, response.text[:200])
        check_response(response)
        if endpoint.json:
            assert response.json()["error"]["status"] == 400


def test_largest_allowed_page_is_served(served: Served) -> None:
    response = served.client.get("/api/search", params={"page_size": 100, "q": "harbour " * 62})
    assert response.status_code == 200


def header_samples(served: Served) -> dict[str, str]:
    sid = served.samples["statement_id"]
    return {
        "home": "/", "search-page": "/search?q=harbour", "statement-page": f"/statements/{sid}",
        "api-search": "/api/search?q=harbour", "api-statement": f"/api/statements/{sid}",
        "atom": "/search.atom?q=harbour", "export": "/api/export?format=csv",
        "openapi": served.app.openapi_url or "/openapi.json", "static": "/static/style.css",
        "html-404": "/no-such-page", "api-404": "/api/statements/nope",
        "api-400": "/api/search?q=%28", "html-400": "/search?page_size=0",
    }


def check_headers(response: Response) -> list[str]:
    """The security headers this response lacks or has too weak."""
    missing = [h for h in HEADERS_NEEDED if h not in response.headers]
    csp = response.headers.get("content-security-policy", "")
    if csp and "frame-ancestors" not in csp:
        missing.append("content-security-policy: frame-ancestors")
    if csp and "default-src" not in csp:
        missing.append("content-security-policy: default-src")
    if response.headers.get("x-content-type-options", "nosniff") != "nosniff":
        missing.append("x-content-type-options: nosniff")
    return missing


def test_security_headers_on_every_kind_of_response(served: Served) -> None:
    lacking = {}
    for label, url in header_samples(served).items():
        response = served.client.get(url)
        if missing := check_headers(response):
            lacking[f"{label} ({response.status_code})"] = missing
    for method in ("post", "put", "delete", "options", "head"):
        response = served.client.request(method, "/api/search")
        if missing := check_headers(response):
            lacking[f"{method} ({response.status_code})"] = missing
    assert lacking == {}


def test_security_headers_on_an_internal_error(served: Served) -> None:
    # A fresh app with one route that fails, to see what an unexpected error looks like.
    app = create_app(Settings(db=served.db))

    @app.get("/api/boom")
    def boom() -> None:
        raise RuntimeError("boom")

    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.get("/api/boom")
    assert response.status_code == 500
    assert response.json() == {"error": {"status": 500, "message": "internal error"}}
    assert "boom" not in response.text
    assert check_headers(response) == []


def test_injected_filters_match_nothing(served: Served) -> None:
    total = served.client.get("/api/search").json()["total"]
    assert total > 0
    for value in ("' OR 1=1 --", "*", "%", "') OR ('1'='1"):
        for name in ("site", "participant", "entity", "speaker"):
            response = served.client.get("/api/search", params={name: value})
            assert response.status_code == 200 and response.json()["total"] == 0, (name, value)
    assert served.client.get("/api/search").json()["total"] == total


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_communique_serve_keeps_the_headers_and_the_error_shape(served: Served) -> None:
    before = archive_digest(served.db)
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "communique", "serve", "--db", served.db,
                             "--host", "127.0.0.1", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(base + "/api/search?page_size=1", timeout=5)
                break
            except httpx.TransportError:
                assert proc.poll() is None and time.monotonic() < deadline, "no answer"
                time.sleep(0.2)
        for path in ("/", "/api/search?q=%28", "/api/statements/%00", "/search.atom?q=*"):
            response = httpx.get(base + path, timeout=30)
            check_response(response)
            assert check_headers(response) == [], path
        assert httpx.get(base + "/api/search?q=%28").json()["error"]["status"] == 400
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    assert archive_digest(served.db) == before
