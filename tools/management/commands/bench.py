"""make bench: the site under gunicorn (production settings, DEBUG off, demo
content), driven from this separate process over 127.0.0.1 for a fixed time.
Search at scale is manage.py bench_search, which make bench runs after it."""

import gzip
import http.client
import json
import os
import re
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from tools import edge

LOST = "/id/syarat-paspor/paspor-hilang/"
GUNICORN_CONF = Path(settings.BASE_DIR) / "site" / "deploy" / "gunicorn.conf.py"
# A request with Cache-Control: no-cache skips the shared page cache (home/page_cache.py).
UNCACHED = {"Cache-Control": "no-cache"}
FEES = "/id/biaya-paspor/"
# Floors, measured in the same gunicorn and run as the pages (tools/bench_wsgi.py): WSGI
# alone, and a two-byte view through every middleware. Pages are reported as a multiple
# of the second, a ratio that travels to another machine where milliseconds do not.
BARE_FLOOR = "floor: no Django"
MIDDLEWARE_FLOOR = "floor: all middleware"
FLOORS = {BARE_FLOOR, MIDDLEWARE_FLOOR}  # measured in every run, --only or not
SCENARIOS = [
    (BARE_FLOOR, "/_floor/bare/", UNCACHED),
    (MIDDLEWARE_FLOOR, "/alive/", UNCACHED),
    ("home page", "/id/"),
    ("requirement page", LOST),
    ("fee page", FEES),
    ("home, uncached", "/id/", UNCACHED),
    ("requirement, uncached", LOST, UNCACHED),
    ("fee page, uncached", FEES, UNCACHED),
    ("checklist result", "/id/cek-persyaratan/?need=lost&applicant=adult&passport=e5&same_day=on&delivery=on"),
    ("search", "/id/cari/?q=paspor+hilang"),
    ("scam warning", "/en/scam-warnings/fake-whatsapp/"),
    ("FAQ", "/id/tanya-jawab/"),
    ("officer dashboard", "/id/desa/"),
    # The open-data API is cached like pages; the channel check never is.
    ("API: fees", "/api/v1/id/fees/"),
    ("API: requirements", "/api/v1/en/requirements/"),
    ("API: fees, uncached", "/api/v1/id/fees/", UNCACHED),
    ("API: channel check", "/api/v1/id/channels/check/?q=0812-3456-7890"),
]
# Issue 19 measures these with one client: the time of one request, not the throughput.
SINGLE_CLIENT = {
    BARE_FLOOR,
    MIDDLEWARE_FLOOR,
    "home, uncached",
    "requirement, uncached",
    "fee page, uncached",
    "officer dashboard",
}
# The first request after a change of content the page shows, made by another process as an
# editor's publish or a booking system's callback would be; measured when the workers share
# Redis. A rate or an event renews the parts that depend on it (and the page cache); a page's
# new text renews the pages that read its type; a new title renews the whole page tree,
# which every page's menus and links are made of (core/page_cache.py).
COLD_PAGES = [
    ("home, after an event changed", "/id/", "event"),
    ("requirement, after a rate changed", LOST, "rate"),
    ("fee page, after a rate changed", FEES, "rate"),
    ("requirement, after its text changed", LOST, "text"),
    ("home, after a page renamed", "/id/", "title"),
    ("requirement, after a page renamed", LOST, "title"),
]
COLD_ROUNDS = 30
# Run in `manage.py shell` beside the server: for each line read, a change of that kind,
# published as an editor does (its signals renew what depends on it, as any publish does).
CHANGE_CONTENT = """
import itertools, sys
from wagtail.models import Page
from education.models import FeeRate, ServiceEvent
lost = Page.objects.get(url_path__endswith="/paspor-hilang/", locale__language_code="id", alias_of=None).specific
section = Page.objects.filter(depth=3, live=True).first().specific
rows = {"rate": FeeRate.objects.filter(live=True).first(), "event": ServiceEvent.objects.filter(live=True).first()}
texts = itertools.cycle([lost.intro + " ", lost.intro])
titles = itertools.cycle([section.title + " (baru)", section.title])
print("ready", flush=True)
for line in sys.stdin:
    change = line.strip()
    if change == "text":
        row, lost.intro = lost, next(texts)
    elif change == "title":
        row, section.title = section, next(titles)
    else:
        row = rows[change]
    row.save_revision().publish()
    print("ok", flush=True)
"""
# The benchmark officer's village holds this many sessions (the dashboard lists the latest).
SESSIONS = 200


LIGHTHOUSE_VERSION = "13.5.0"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
# (name, path, logged in as the benchmark officer)
LIGHTHOUSE_PAGES = [
    ("home page", "/id/", False),
    ("requirement page", LOST, False),
    ("officer dashboard", "/id/desa/", True),
    ("session form", "/id/desa/sesi/baru/", True),
]
# Every officer page, weighed with all it loads (the target is 60 KB each, on slow mobile data).
OFFICER_PAGES = [
    ("login", "/id/desa/masuk/"),
    ("dashboard", "/id/desa/"),
    ("session form", "/id/desa/sesi/baru/"),
    ("request form", "/id/desa/permintaan/baru/"),
    ("notices", "/id/desa/pemberitahuan/"),
    ("my data", "/id/desa/data-saya/"),
    ("offline page", "/id/desa/offline/"),
]
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")


WRK_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def parse_wrk(output, path):
    """(req/s, p50, p90, p99 in ms, errors) from `wrk --latency`'s report."""
    latency = {
        share: float(value) * WRK_UNITS[unit]
        for share, value, unit in re.findall(r"^\s+(50|90|99)%\s+([\d.]+)(us|ms|s)\s*$", output, re.M)
    }
    rate = re.search(r"^Requests/sec:\s+([\d.]+)", output, re.M)
    if len(latency) != 3 or rate is None:
        raise CommandError(f"No measurement of {path} in wrk's report:\n{output}")
    errors = sum(int(n) for n in re.findall(r"Non-2xx or 3xx responses: (\d+)", output))
    errors += sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", output))
    return float(rate.group(1)), latency["50"], latency["90"], latency["99"], errors


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def production_env(workdir):
    """The environment of a benchmarked server: production settings, DEBUG off, the
    database from DATABASE_URL or a new SQLite file in `workdir`."""
    database_url = os.environ.get("DATABASE_URL") or f"sqlite:///{workdir / 'bench.sqlite3'}"
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "DJANGO_DEBUG": "off",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": database_url,
        # Connections kept between requests, as site/env.example ships: a new PostgreSQL
        # connection per request cost more than the page's queries.
        "DATABASE_CONN_MAX_AGE": os.environ.get("DATABASE_CONN_MAX_AGE", "60"),
        "ALLOW_SQLITE_IN_PRODUCTION": "on",
        # Each worker its own cache, as the figures in docs/benchmarks.md were measured;
        # nothing is published during a run, so no worker serves a stale copy.
        "ALLOW_LOCAL_CACHE": os.environ.get("ALLOW_LOCAL_CACHE", "on"),
        "SECURE_SSL_REDIRECT": "off",
        "STATIC_ROOT": str(workdir / "static"),
        "MEDIA_ROOT": str(workdir / "media"),
        "PRIVATE_MEDIA_ROOT": str(workdir / "private"),
        "LOG_LEVEL": "ERROR",
        # One client hammering search or suggestions would be throttled like any reader; measure the work instead.
        "SEARCH_RATE_LIMIT": "1000000",
        "SUGGEST_RATE_LIMIT": "1000000",
        "CHECKER_RATE_LIMIT": "1000000",
    }


class Command(BaseCommand):
    help = "Benchmark the site under gunicorn and print latency, throughput, page weight and worker memory."

    def add_arguments(self, parser):
        parser.add_argument("--seconds", type=float, default=10.0, help="How long each scenario runs.")
        parser.add_argument("--concurrency", type=int, default=4)
        parser.add_argument("--port", type=int, default=8765)
        parser.add_argument(
            "--only",
            help="Run only the scenarios whose names contain this text (e.g. 'uncached'); "
            "skips page weights, the edge and Lighthouse.",
        )

    def handle(self, *args, seconds, concurrency, port, only=None, **options):
        workdir = Path(tempfile.mkdtemp(prefix="kanim-bench-"))
        env = production_env(workdir)
        database_url = env["DATABASE_URL"]
        manage = [sys.executable, str(settings.BASE_DIR / "manage.py")]
        self.stdout.write(f"Preparing the site in {workdir} ({database_url.split(':')[0]}) ...")
        for command in (["migrate", "--noinput"], ["load_demo", "--force"], ["collectstatic", "--noinput"]):
            subprocess.run(manage + command, env=env, check=True, stdout=subprocess.DEVNULL, cwd=settings.BASE_DIR)
        password = secrets.token_urlsafe(12)
        officer = (
            "from django.contrib.auth.models import User; from village_programs.models import Village, VillageOfficer;"
            f"u = User.objects.create_user('bench-officer', password='{password}');"
            "o = VillageOfficer.objects.create(user=u, must_change_password=False);"
            "o.villages.set(Village.objects.filter(code='32.14.04.2006'));"
            "import datetime; from village_programs.models import TrainingSession;"
            "v = o.villages.get(); day = datetime.date(2025, 1, 1);"
            "TrainingSession.objects.bulk_create([TrainingSession(village=v, date=day + datetime.timedelta(days=i),"
            " start_time=datetime.time(9), place=f'Balai Desa {i}', facilitators='Bench', women=12, men=9,"
            f" want_passport=3, status='submitted', created_by=u) for i in range({SESSIONS})])"
        )
        subprocess.run(manage + ["shell", "-c", officer], env=env, check=True, stdout=subprocess.DEVNULL)
        # The shipped gunicorn configuration, with this machine's port and two workers.
        gunicorn = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", str(GUNICORN_CONF), "tools.bench_wsgi"],
            env={**env, "GUNICORN_BIND": f"127.0.0.1:{port}", "GUNICORN_WORKERS": "2"},
            cwd=settings.BASE_DIR,
            stdout=subprocess.DEVNULL,  # the access log
        )
        try:
            self.wait_until_up(port)
            cookie = self.officer_cookie(port, password)
            rows = []
            chosen = [scenario for scenario in SCENARIOS if not only or only in scenario[0] or scenario[0] in FLOORS]
            for name, path, *extra in chosen:
                headers = {"Cookie": cookie} if path.startswith("/id/desa/") else dict(*extra)
                clients = 1 if name in SINGLE_CLIENT else concurrency
                self.measure(port, path, headers, 1.0, clients)  # warm up
                rows.append((name, path, *self.measure(port, path, headers, seconds, clients)))
            if env.get("REDIS_URL"):
                rows += self.after_a_change(port, env, manage)
            if only == "uploads" or not only:
                uploads = self.uploads(port, cookie, gunicorn.pid)
                self.stdout.write("\nAn officer's photo uploaded through gunicorn (session form):")
                for line in uploads:
                    self.stdout.write(f"  {line}")
            if only:
                self.table(rows)
                self.write_memory(self.worker_memory(gunicorn.pid))
                return
            weight = self.page_weight(port, LOST)
            officer_weights = {
                name: self.page_weight(port, path, None if path.endswith("/masuk/") else cookie)
                for name, path in OFFICER_PAGES
            }
            memory = self.worker_memory(gunicorn.pid)
            edge_figures = self.edge(port, workdir)
            lighthouse = {
                name: self.lighthouse(port, path, workdir, cookie if officer else None)
                for name, path, officer in LIGHTHOUSE_PAGES
            }
        finally:
            gunicorn.terminate()
            gunicorn.wait(timeout=30)
        self.report(rows, weight, memory, seconds, concurrency)
        self.stdout.write(f"\nThe shipped nginx edge cache, {FEES}: {edge_figures}")
        self.stdout.write("\nOfficer pages with all they load (assets, manifest, service worker), gzip:")
        for name, sizes in officer_weights.items():
            self.stdout.write(
                f"  {name:<16} {sum(sizes.values()) / 1024:6.1f} KB  (page {next(iter(sizes.values())) / 1024:.1f} KB)"
            )
        self.stdout.write(f"\nLighthouse {LIGHTHOUSE_VERSION}, mobile profile, Chromium {CHROMIUM}:")
        for name, scores in lighthouse.items():
            self.stdout.write(f"  {name:<20} {scores}")

    def edge(self, port, workdir):
        """Cached public pages through the shipped nginx configuration, as issue 19 measures
        them: `wrk -t2 -c16 -d10s` with keep-alive, over TLS, on this machine."""
        if not (edge.available() and shutil.which("wrk")):
            return "not measured: needs nginx, libnginx-mod-http-cache-purge and wrk"
        folder = workdir / "edge"
        folder.mkdir()
        config, https_port, _purge_port = edge.local_copy(folder, port)
        nginx = subprocess.Popen([edge.NGINX, "-c", str(config), "-p", str(folder)], stderr=subprocess.DEVNULL)
        url = f"https://localhost:{https_port}{FEES}"
        try:
            for _attempt in range(50):
                if subprocess.run(["curl", "-ksf", "-o", "/dev/null", url]).returncode == 0:
                    break
                time.sleep(0.2)
            result = subprocess.run(
                ["wrk", "-t2", "-c16", "-d10s", "--latency", url], capture_output=True, text=True, timeout=60
            )
        finally:
            nginx.terminate()
            nginx.wait(timeout=10)
        rate = re.search(r"Requests/sec:\s+([\d.]+)", result.stdout)
        p50 = re.search(r"^\s+50%\s+(\S+)", result.stdout, re.MULTILINE)
        p99 = re.search(r"^\s+99%\s+(\S+)", result.stdout, re.MULTILINE)
        if not rate:
            return "failed: " + result.stdout + result.stderr
        figures = f"{float(rate.group(1)):,.0f} requests/s, latency p50 {p50.group(1)}, p99 {p99.group(1)}"
        return figures + " (wrk -t2 -c16 -d10s)"

    def wait_until_up(self, port):
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
                connection.request("GET", "/id/")
                if connection.getresponse().status == 200:
                    return
            except OSError:
                time.sleep(0.3)
        raise CommandError("gunicorn did not start")

    def officer_cookie(self, port, password):
        connection = http.client.HTTPConnection("127.0.0.1", port)
        connection.request("GET", "/id/desa/masuk/")
        response = connection.getresponse()
        page = response.read().decode()
        csrf = re.search(r"csrftoken=([^;]+)", response.getheader("Set-Cookie") or "").group(1)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        body = urllib.parse.urlencode({"username": "bench-officer", "password": password, "csrfmiddlewaretoken": token})
        connection.request(
            "POST",
            "/id/desa/masuk/",
            body,
            {"Content-Type": "application/x-www-form-urlencoded", "Cookie": f"csrftoken={csrf}"},
        )
        response = connection.getresponse()
        response.read()
        session = re.search(r"sessionid=([^;]+)", response.getheader("Set-Cookie") or "")
        if not session:
            raise CommandError("Could not log the benchmark officer in.")
        return f"sessionid={session.group(1)}; csrftoken={csrf}"

    def measure(self, port, path, headers, seconds, concurrency):
        """(req/s, p50, p90, p99 in ms, errors) for `path`: measured by wrk when the machine
        has it (a client outside Python, as readers' are), else by threads of this process."""
        if not shutil.which("wrk"):
            return self.drive(port, path, headers, seconds, concurrency)
        command = ["wrk", f"-t{min(concurrency, 2)}", f"-c{concurrency}", f"-d{seconds:g}s", "--latency"]
        for name, value in headers.items():
            command += ["-H", f"{name}: {value}"]
        result = subprocess.run(
            [*command, f"http://127.0.0.1:{port}{path}"],
            capture_output=True,
            text=True,
            timeout=seconds + 60,
        )
        if result.returncode != 0:
            raise CommandError(f"wrk failed on {path}: {result.stderr.strip()}")
        return parse_wrk(result.stdout, path)

    def after_a_change(self, port, env, manage):
        """Rows for COLD_PAGES: each of COLD_ROUNDS requests follows a change of content made
        by another process through the shared cache, as an editor's publish does."""
        changer = subprocess.Popen(
            manage + ["shell", "-c", CHANGE_CONTENT],
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=settings.BASE_DIR,
        )
        try:
            while changer.stdout.readline().strip() != "ready":
                if changer.poll() is not None:
                    raise CommandError("Could not start the process that changes content.")
            rows = []
            for name, path, change in COLD_PAGES:
                times = []
                for _round in range(COLD_ROUNDS):
                    changer.stdin.write(change + "\n")
                    changer.stdin.flush()
                    if changer.stdout.readline().strip() != "ok":
                        raise CommandError("The process that changes content stopped.")
                    times.append(self.timed_get(port, path))
                rows.append(
                    (
                        name,
                        path,
                        1000 / statistics.mean(times),
                        statistics.median(times),
                        percentile(times, 0.90),
                        percentile(times, 0.99),
                        0,
                    )
                )
            return rows
        finally:
            changer.stdin.close()
            changer.wait(timeout=30)

    def drive(self, port, path, headers, seconds, concurrency):
        latencies, errors, lock = [], [0], threading.Lock()
        stop_at = time.monotonic() + seconds

        def client():
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            while time.monotonic() < stop_at:
                started = time.perf_counter()
                try:
                    connection.request("GET", path, headers=headers)
                    response = connection.getresponse()
                    response.read()
                    ok = response.status == 200
                except (OSError, http.client.HTTPException):
                    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
                    ok = False
                elapsed = time.perf_counter() - started
                with lock:
                    if ok:
                        latencies.append(elapsed)
                    else:
                        errors[0] += 1

        threads = [threading.Thread(target=client) for _client in range(concurrency)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        if not latencies:
            raise CommandError(f"No successful request to {path}")
        return (
            len(latencies) / seconds,
            statistics.median(latencies) * 1000,
            percentile(latencies, 0.90) * 1000,
            percentile(latencies, 0.99) * 1000,
            errors[0],
        )

    def timed_get(self, port, path):
        """Milliseconds for one GET on a new connection; fails on anything but 200."""
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        started = time.perf_counter()
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
        elapsed = (time.perf_counter() - started) * 1000
        connection.close()
        if response.status != 200:
            raise CommandError(f"{path} answered {response.status}")
        return elapsed

    def page_weight(self, port, path, cookie=None):
        """Bytes over the wire for a page and everything it loads (assets, and for officer pages
        the manifest and the service worker), gzip-compressed as nginx would send them."""

        def fetch(url):
            connection = http.client.HTTPConnection("127.0.0.1", port)
            headers = {"Accept-Encoding": "gzip", **({"Cookie": cookie} if cookie else {})}
            connection.request("GET", url, headers=headers)
            response = connection.getresponse()
            body = response.read()
            if response.status != 200:
                raise CommandError(f"{url} answered {response.status}")
            if response.getheader("Content-Encoding") != "gzip":
                body = gzip.compress(body, 6)
            return body

        html = fetch(path)
        page = gzip.decompress(html).decode()
        assets = re.findall(r'(?:href|src)="(/static/[^"]+)"', page) + re.findall(r'src="(/media/[^"]+)"', page)
        assets += re.findall(r'rel="manifest" href="([^"]+)"', page) + re.findall(r'data-worker="([^"]+)"', page)
        sizes = {path: len(html)}
        for asset in sorted(set(assets)):
            sizes[asset] = len(fetch(asset))
        return sizes

    def lighthouse(self, port, path, workdir, cookie=None):
        """Lighthouse's four scores for one page, or why they could not be measured."""
        if not (shutil.which("npx") and Path(CHROMIUM).exists()):
            return "not measured: needs npx (Node.js) and Chromium"
        report = workdir / "lighthouse.json"
        result = subprocess.run(
            [
                "npx",
                "--yes",
                f"lighthouse@{LIGHTHOUSE_VERSION}",
                f"http://127.0.0.1:{port}{path}",
                "--quiet",
                "--form-factor=mobile",
                "--chrome-flags=--headless=new --no-sandbox",
                f"--only-categories={','.join(CATEGORIES)}",
                "--output=json",
                f"--output-path={report}",
                *([f"--extra-headers={json.dumps({'Cookie': cookie})}"] if cookie else []),
            ],
            env={**os.environ, "CHROME_PATH": CHROMIUM},
            capture_output=True,
            text=True,
            timeout=600,
        )
        if result.returncode != 0:
            return "failed: " + (result.stderr.strip().splitlines() or ["?"])[-1]
        categories = json.loads(report.read_text())["categories"]
        return ", ".join(f"{name} {round(categories[name]['score'] * 100)}" for name in CATEGORIES)

    def uploads(self, port, cookie, master_pid):
        """Each picture sent as an officer's attendance photo through the session form, as a
        phone sends it; every worker's resident memory is read every 2 ms meanwhile, and the
        row gives the largest rise above what that worker held before (the cost a reader of
        the worker's memory from outside would see)."""
        import requests

        from .bench_images import picture

        cases = [("png-bomb", 7000, 7000), ("png-rgba", 2750, 2750), ("jpeg", 8000, 6000)]
        url = f"http://127.0.0.1:{port}/id/desa/sesi/baru/"
        lines = []
        for kind, width, height in cases:
            data, filename = picture(kind, width, height)
            page = requests.get(url, headers={"Cookie": cookie}).text
            fields = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', page))
            workers = self.worker_memory(master_pid)
            before = dict(workers)
            peak = dict(workers)
            done = threading.Event()

            def watch(peak=peak, done=done):
                while not done.is_set():
                    for pid, rss in self.worker_memory(master_pid).items():
                        peak[pid] = max(peak.get(pid, 0), rss)
                    time.sleep(0.002)

            watcher = threading.Thread(target=watch)
            watcher.start()
            # The other fields are left empty: the photo is checked whatever else is wrong.
            response = requests.post(
                url,
                data=fields,
                files={"attendance_photo": (filename, data)},
                headers={"Referer": url, "Cookie": cookie},
            )
            done.set()
            watcher.join()
            growth = max(peak[pid] - before.get(pid, peak[pid]) for pid in peak)
            refused = re.search(r"(Gambar ini terlalu besar[^<]*)", response.text)
            if refused:
                outcome = f"refused: {refused.group(1)[:60]}"
            elif "Foto sudah terlampir" in response.text:  # kept while the form's other fields are corrected
                outcome = "accepted"
            else:
                outcome = f"neither refused nor kept (HTTP {response.status_code})"
            lines.append(f"{kind} {width}×{height} ({len(data) // 1024} KB): {outcome}; worker +{growth:.0f} MB")
        return lines

    def worker_memory(self, master_pid):
        memory = {}
        for status in Path("/proc").glob("[0-9]*/status"):
            try:
                text = status.read_text()
            except OSError:
                continue
            if f"\nPPid:\t{master_pid}\n" in text:
                rss = int(re.search(r"VmRSS:\s+(\d+) kB", text).group(1))
                memory[status.parent.name] = rss / 1024
        return memory

    def report(self, rows, weight, memory, seconds, concurrency):
        self.stdout.write(
            f"\ngunicorn, 2 workers, production settings; {concurrency} clients ({', '.join(sorted(SINGLE_CLIENT))}:"
            f" 1 client), {seconds:g} s per page; {SESSIONS} sessions in the officer's village\n"
        )
        self.table(rows)
        total = sum(weight.values())
        self.stdout.write(f"\nRequirement page with all its assets, gzip: {total / 1024:.1f} KB")
        for item, size in weight.items():
            self.stdout.write(f"  {size / 1024:7.1f} KB  {item}")
        self.write_memory(memory)

    def write_memory(self, memory):
        self.stdout.write("\nWorker memory (RSS): " + ", ".join(f"{mb:.0f} MB" for mb in memory.values()))

    def table(self, rows):
        tool = "wrk" if shutil.which("wrk") else "Python threads (install wrk to measure from outside Python)"
        self.stdout.write(f"Measured with {tool}; x floor = p50 / p50 of '{MIDDLEWARE_FLOOR}' (the same run).")
        floor = next((p50 for name, _path, _rps, p50, *_rest in rows if name == MIDDLEWARE_FLOOR), None)
        header = f"{'page':<24} {'req/s':>8} {'p50 ms':>8} {'p90 ms':>8} {'p99 ms':>8} {'x floor':>8} {'errors':>7}"
        self.stdout.write(header)
        for name, _path, rps, p50, p90, p99, errors in rows:
            ratio = f"{p50 / floor:>8.1f}" if floor else f"{'-':>8}"
            self.stdout.write(f"{name:<24} {rps:>8.1f} {p50:>8.2f} {p90:>8.2f} {p99:>8.2f} {ratio} {errors:>7}")
