"""Crawl speed on the local Veloria test site with the delay at 0, and where the time goes.

The site (tests/site, scaled to ``COMMUNIQUE_BENCH_N`` statements, default 2000)
runs in its own process on loopback.  Each configuration is run
``COMMUNIQUE_BENCH_RUNS`` times (default 3) and the medians are reported:

- ``crawl``: the crawler (robots.txt, discovery through feed, sitemaps and
  listings, WARC writing) with 1 and 4 requests in flight;
- ``raw fetch`` (the baseline): the same statement URLs fetched with a bare
  ``httpx.AsyncClient`` at the same concurrency, nothing parsed or written.

Time shares of the crawl's wall time: ``parse`` (discovery), ``write`` (WARC),
``other cpu`` (HTTP client, asyncio, robots), ``wait`` (idle on the network).
"""

from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from communique.crawl import CrawlOptions, crawl

ROOT = Path(__file__).resolve().parent.parent
CONTACT = "bench@veloria.example"


def start_site(n: int) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen([sys.executable, "-m", "tests.site.server", "--n", str(n),
                             "--per-page", "50"], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    return proc, proc.stdout.readline().strip()


def run_crawl(base: str, concurrency: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        options = CrawlOptions(CONTACT, delay=0.0, concurrency=concurrency)
        cpu, wall = time.process_time(), time.perf_counter()
        report = crawl([f"{base}/feed.xml", f"{base}/sitemap.xml", f"{base}/news/"],
                       Path(tmp) / "bench.warc.gz", options)
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    assert not report.errors, report.errors[:3]
    return {"pages": report.pages, "requests": report.requests, "seconds": wall,
            "mb": report.bytes / 1e6, "parse": report.parse_seconds / wall,
            "write": report.write_seconds / wall,
            "other_cpu": max(0.0, cpu - report.parse_seconds - report.write_seconds) / wall,
            "wait": max(0.0, 1 - cpu / wall)}


async def raw_fetch(urls: list[str], concurrency: int) -> None:
    limits = httpx.Limits(max_connections=concurrency)
    async with httpx.AsyncClient(limits=limits) as client:
        queue = list(reversed(urls))

        async def worker() -> None:
            while queue:
                (await client.get(queue.pop())).raise_for_status()

        await asyncio.gather(*(worker() for _ in range(concurrency)))


def run_raw(urls: list[str], concurrency: int) -> float:
    started = time.perf_counter()
    asyncio.run(raw_fetch(urls, concurrency))
    return time.perf_counter() - started


def main() -> dict[str, object]:
    n = int(os.environ.get("COMMUNIQUE_BENCH_N", "2000"))
    runs = int(os.environ.get("COMMUNIQUE_BENCH_RUNS", "3"))
    sys.path.insert(0, str(ROOT))
    from tests.site.veloria import make_items

    proc, base = start_site(n)
    try:
        urls = [base + item.path for item in make_items(n)]
        results: dict[str, object] = {"n": n, "runs": runs}
        print(f"{n} statements, medians of {runs} runs, delay 0")
        print(f"{'configuration':<22}{'pages/s':>9}{'ratio':>7}{'parse':>7}{'write':>7}"
              f"{'o.cpu':>7}{'wait':>7}")
        for concurrency in (1, 4):
            raw = statistics.median(run_raw(urls, concurrency) for _ in range(runs))
            crawls = [run_crawl(base, concurrency) for _ in range(runs)]
            med = {k: statistics.median(c[k] for c in crawls) for k in crawls[0]}
            pages_s, raw_s = med["pages"] / med["seconds"], n / raw
            results[f"c{concurrency}"] = dict(med, pages_per_s=pages_s, raw_pages_per_s=raw_s,
                                              ratio_to_raw=pages_s / raw_s)
            print(f"{'raw fetch, c=' + str(concurrency):<22}{raw_s:>9.0f}{1:>7.2f}")
            print(f"{'crawl, c=' + str(concurrency):<22}{pages_s:>9.0f}{pages_s / raw_s:>7.2f}"
                  + "".join(f"{med[k]:>7.0%}" for k in ("parse", "write", "other_cpu", "wait")))
        return results
    finally:
        proc.terminate()
        proc.wait(timeout=10)


if __name__ == "__main__":
    main()
