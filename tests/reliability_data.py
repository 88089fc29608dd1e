"""Fictional Velorian pages and WARC files built with a real writer, for the reliability tests.

Everything here is invented: the Republic of Veloria, its capital Port Lessa,
President Amara Velden and her ministers.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

MINISTERS = ("Oren Dastil", "Lira Montevan", "Cassius Brell", "Ysolde Marren", "Tobin Areth")
TOPICS = ("the harbour of Port Lessa", "grain exports", "the northern railway",
          "the fisheries treaty", "the new school year", "the coastal wind farms")


def page_url(i: int) -> str:
    return f"https://president.veloria.example/news/{i}"


def velorian_html(i: int) -> bytes:
    """A small statement page, different for every ``i``."""
    minister, topic = MINISTERS[i % len(MINISTERS)], TOPICS[i % len(TOPICS)]
    day = 1 + i % 28
    paras = "".join(
        f"<p>President Amara Velden met {minister} in Port Lessa to discuss {topic}. "
        f"Meeting number {i}, paragraph {n}: the President asked for a report by "
        f"the end of the month and thanked the staff of the ministry.</p>"
        for n in range(1, 4))
    return (f"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>Meeting with {minister} on {topic} ({i})</title>"
            f"<meta property=\"article:published_time\" content=\"2024-03-{day:02d}T10:00:00Z\">"
            f"</head><body><main><article><h1>Meeting with {minister} on {topic} ({i})</h1>"
            f"<time datetime=\"2024-03-{day:02d}T10:00\">March {day}, 2024</time>"
            f"{paras}</article></main></body></html>").encode()


def write_warc(path: Path, bodies: Iterable[tuple[str, bytes]], *, gzip: bool = True,
               headers: dict[str, list[tuple[str, str]]] | None = None,
               warc_date: str | None = None) -> Path:
    """Write one HTTP response record per (url, body) with warcio's WARCWriter."""
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gzip)
        for url, body in bodies:
            extra = (headers or {}).get(url, [("Content-Type", "text/html; charset=utf-8")])
            http = StatusAndHeaders("200 OK", extra, protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=http,
                warc_headers_dict={"WARC-Date": warc_date} if warc_date else None)
            writer.write_record(record)
    return path


def velorian_warc(path: Path, n: int, *, gzip: bool = True, first: int = 0) -> Path:
    """A WARC of ``n`` Velorian statement pages."""
    return write_warc(path, ((page_url(i), velorian_html(i)) for i in range(first, first + n)),
                      gzip=gzip)


CP1251_TEXT = ("Президент Республики Велория Амара Велден провела встречу с министром "
               "иностранных дел Ореном Дастилом в Порт-Лессе. Стороны обсудили торговлю зерном, "
               "строительство северной железной дороги и договор о рыболовстве.")
LATIN1_TEXT = ("Déclaration de la Présidente Amara Velden à Port Lessa. La République de Véloria "
               "salue l'accord signé avec ses voisins; la coopération économique, la sécurité "
               "régionale et l'éducation resteront nos priorités, a-t-elle déclaré.")


def velorian_jsonl_line(i: int) -> bytes:
    import json

    record = {"url": f"https://gov.veloria.example/statements/{i}",
              "title": f"Statement {i} of the Government of Veloria",
              "text": f"Statement {i} of the Government of Veloria\n"
                      f"President Amara Velden announced measure {i} in Port Lessa today.\n"
                      f"The measure takes effect on the first day of next month."}
    return json.dumps(record).encode("utf-8") + b"\n"


def write_samples(root: Path) -> None:
    """(Re)write the small broken and hostile samples kept in ``tests/data``."""
    broken, hostile = root / "broken", root / "hostile"
    broken.mkdir(parents=True, exist_ok=True)
    hostile.mkdir(parents=True, exist_ok=True)
    (broken / "empty.txt").write_bytes(b"")
    data = velorian_warc(broken / "whole.warc.gz", 5, first=9000).read_bytes()
    (broken / "whole.warc.gz").unlink()
    (broken / "truncated.warc.gz").write_bytes(data[: len(data) * 2 // 3])
    plain = velorian_warc(broken / "whole.warc", 5, gzip=False, first=9100).read_bytes()
    (broken / "whole.warc").unlink()
    for name, delta in (("wrong-length-short.warc", -40), ("wrong-length-long.warc", 40)):
        (broken / name).write_bytes(_change_length(plain, 2, delta))
    lines = [velorian_jsonl_line(9200),
             b'{"url": "https://gov.veloria.example/x", "text": "unter\n',
             b"[1, 2, 3]\n", b'{"url": "https://gov.veloria.example/y"}\n',
             b'{"text": "bad \xff\xfe bytes"}\n', b"[" * 5000 + b"]" * 5000 + b"\n",
             velorian_jsonl_line(9201)]
    (broken / "broken-lines.jsonl").write_bytes(b"".join(lines))
    page = velorian_html(9300)
    (broken / "invalid-utf8.html").write_bytes(page.replace(b"Port Lessa", b"Port L\xe9ssa", 1))
    (hostile / "binary.bin").write_bytes(bytes(range(256)) * 4)
    (hostile / "cp1251.txt").write_bytes(("Встреча в Порт-Лессе\n" + CP1251_TEXT + "\n")
                                         .encode("cp1251"))
    (hostile / "latin1.html").write_bytes(
        (f"<html><head><title>Déclaration de Port Lessa</title></head><body><main><article>"
         f"<h1>Déclaration de Port Lessa</h1><p>{LATIN1_TEXT}</p><p>{LATIN1_TEXT}</p>"
         f"</article></main></body></html>").encode("latin-1"))


def _change_length(warc: bytes, record: int, delta: int) -> bytes:
    """Make the Content-Length of record ``record`` wrong by ``delta`` bytes."""
    at = -1
    for _ in range(record + 1):
        at = warc.index(b"WARC/1.", at + 1)
    start = warc.index(b"Content-Length: ", at) + len(b"Content-Length: ")
    end = warc.index(b"\r\n", start)
    return warc[:start] + str(int(warc[start:end]) + delta).encode() + warc[end:]


if __name__ == "__main__":
    write_samples(Path(__file__).resolve().parent / "data")
