"""Search at scale: the demo plus generated pages, searched by one client over
HTTP under gunicorn (production settings), at each size in turn.

    manage.py bench_search --sizes 5000 50000
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/kanim_bench manage.py bench_search

The database must be new (or one this command filled before, with --reuse):
pages are added to it."""

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

from django.conf import settings
from django.core.management.base import BaseCommand

from tools.management.commands.bench import Command as PageBench
from tools.management.commands.bench import percentile, production_env

# What readers ask most, in both languages: common words (many matches to rank),
# rare ones, misspellings, and the suggestions list as it is typed.
QUERIES = [
    ("/id/cari/", "biaya paspor"),
    ("/id/cari/", "paspor hilang"),
    ("/id/cari/", "bikin paspor anak"),
    ("/id/cari/", "calo"),
    ("/id/cari/", "jadwal sabtu"),
    ("/id/cari/", "persaratan paspor baru"),
    ("/en/search/", "lost passport fee"),
    ("/en/search/", "renew passport"),
    ("/en/search/", "is this whatsapp number real"),
    ("/id/cari/saran/", "pasp"),
    ("/id/cari/saran/", "biaya pa"),
    ("/en/search/suggest/", "lost pa"),
]


class Command(BaseCommand):
    help = "Search latency (p50, p95) at growing numbers of pages, on the database in DATABASE_URL or SQLite."

    def add_arguments(self, parser):
        parser.add_argument("--sizes", type=int, nargs="+", default=[5000, 50000], help="Generated pages, ascending.")
        parser.add_argument("--rounds", type=int, default=20, help="Requests per query at each size.")
        parser.add_argument("--port", type=int, default=8766)
        parser.add_argument("--reuse", type=int, default=0, help="Pages already generated in this database.")

    def handle(self, *args, sizes, rounds, port, reuse, **options):
        workdir = Path(os.environ.get("BENCH_DIR") or tempfile.mkdtemp(prefix="kanim-search-bench-"))
        env = production_env(workdir)
        vendor = env["DATABASE_URL"].split(":")[0]
        manage = [sys.executable, str(settings.BASE_DIR / "manage.py")]

        def run(*command):
            subprocess.run(
                manage + list(command), env=env, check=True, stdout=subprocess.DEVNULL, cwd=settings.BASE_DIR
            )

        self.stdout.write(f"Preparing the site in {workdir} ({vendor}) ...")
        if not reuse:
            run("migrate", "--noinput")
            run("load_demo", "--force")
        run("collectstatic", "--noinput")
        generated = reuse
        results = []
        for size in sorted(sizes):
            if size > generated:
                started = time.monotonic()
                run("generate_search_pages", "--count", str(size - generated), "--start", str(generated), "--force")
                took = time.monotonic() - started
                self.stdout.write(f"  {size - generated} pages generated and indexed in {took:.0f} s")
                generated = size
            results.append((size, self.measure(env, port, rounds)))
        self.stdout.write(f"\nSearch on {vendor}, one client, {rounds} requests per query, gunicorn 1 worker")
        self.stdout.write(f"{'query':<34}" + "".join(f"{size:>10} p50 {'p95':>6}" for size, _rows in results))
        for index, (path, query) in enumerate(QUERIES):
            cells = "".join(f"{rows[index][0]:>14.1f} {rows[index][1]:>6.1f}" for _size, rows in results)
            self.stdout.write(f"{path.split('/')[-2] + ': ' + query:<34}{cells}")
        overall = "".join(f"{p50:>14.1f} {p95:>6.1f}" for _size, (*_rows, (p50, p95)) in results)
        self.stdout.write(f"{'all queries':<34}{overall}")
        self.stdout.write(f"Load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")

    def measure(self, env, port, rounds):
        """[(p50, p95) per query] + [(p50, p95) over all], in milliseconds."""
        gunicorn = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "config.wsgi", "--workers", "1", "--bind", f"127.0.0.1:{port}"]
            + ["--log-level", "warning"],
            env=env,
            cwd=settings.BASE_DIR,
        )
        bench = PageBench()
        try:
            bench.wait_until_up(port)
            rows, everything = [], []
            for path, query in QUERIES:
                url = f"{path}?{urlencode({'q': query})}"
                bench.drive(port, url, {}, 0.5, 1)  # warm up: vocabulary, caches
                latencies = [bench.timed_get(port, url) for _round in range(rounds)]
                everything += latencies
                rows.append((statistics.median(latencies), percentile(latencies, 0.95)))
            rows.append((statistics.median(everything), percentile(everything, 0.95)))
            return rows
        finally:
            gunicorn.terminate()
            gunicorn.wait(timeout=30)
