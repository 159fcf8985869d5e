"""make bench: the site under gunicorn (production settings, DEBUG off, demo
content), driven from this separate process over 127.0.0.1 for a fixed time."""

import gzip
import http.client
import os
import re
import secrets
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

LOST = "/id/syarat-paspor/paspor-hilang/"
SCENARIOS = [
    ("home page", "/id/"),
    ("requirement page", LOST),
    ("checklist result", "/id/cek-persyaratan/?need=lost&applicant=adult&passport=e5&same_day=on&delivery=on"),
    ("search", "/id/cari/?q=paspor+hilang"),
    ("scam warning", "/en/scam-warnings/fake-whatsapp/"),
    ("officer dashboard", "/id/desa/"),
]


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


class Command(BaseCommand):
    help = "Benchmark the site under gunicorn and print latency, throughput, page weight and worker memory."

    def add_arguments(self, parser):
        parser.add_argument("--seconds", type=float, default=10.0, help="How long each scenario runs.")
        parser.add_argument("--concurrency", type=int, default=4)
        parser.add_argument("--port", type=int, default=8765)

    def handle(self, *args, seconds, concurrency, port, **options):
        workdir = Path(tempfile.mkdtemp(prefix="kanim-bench-"))
        database_url = os.environ.get("DATABASE_URL") or f"sqlite:///{workdir / 'bench.sqlite3'}"
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.production",
            "DJANGO_DEBUG": "off",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "DATABASE_URL": database_url,
            "ALLOW_SQLITE_IN_PRODUCTION": "on",
            "SECURE_SSL_REDIRECT": "off",
            "STATIC_ROOT": str(workdir / "static"),
            "MEDIA_ROOT": str(workdir / "media"),
            "PRIVATE_MEDIA_ROOT": str(workdir / "private"),
            "LOG_LEVEL": "ERROR",
        }
        manage = [sys.executable, str(settings.BASE_DIR / "manage.py")]
        self.stdout.write(f"Preparing the site in {workdir} ({database_url.split(':')[0]}) ...")
        for command in (["migrate", "--noinput"], ["load_demo", "--force"], ["collectstatic", "--noinput"]):
            subprocess.run(manage + command, env=env, check=True, stdout=subprocess.DEVNULL, cwd=settings.BASE_DIR)
        password = secrets.token_urlsafe(12)
        officer = (
            "from django.contrib.auth.models import User; from village_programs.models import Village, VillageOfficer;"
            f"u = User.objects.create_user('bench-officer', password='{password}');"
            "o = VillageOfficer.objects.create(user=u, must_change_password=False);"
            "o.villages.set(Village.objects.filter(code='32.14.04.2006'))"
        )
        subprocess.run(manage + ["shell", "-c", officer], env=env, check=True, stdout=subprocess.DEVNULL)
        gunicorn = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "config.wsgi",
                "--workers",
                "2",
                "--bind",
                f"127.0.0.1:{port}",
                "--log-level",
                "warning",
            ],
            env=env,
            cwd=settings.BASE_DIR,
        )
        try:
            self.wait_until_up(port)
            cookie = self.officer_cookie(port, password)
            rows = []
            for name, path in SCENARIOS:
                headers = {"Cookie": cookie} if path.startswith("/id/desa/") else {}
                self.drive(port, path, headers, 1.0, concurrency)  # warm up
                rows.append((name, path, *self.drive(port, path, headers, seconds, concurrency)))
            weight = self.page_weight(port, LOST)
            memory = self.worker_memory(gunicorn.pid)
        finally:
            gunicorn.terminate()
            gunicorn.wait(timeout=30)
        self.report(rows, weight, memory, seconds, concurrency)

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
            percentile(latencies, 0.95) * 1000,
            percentile(latencies, 0.99) * 1000,
            errors[0],
        )

    def page_weight(self, port, path):
        """Bytes over the wire for a page and every asset it loads, gzip-compressed as nginx would send them."""

        def fetch(url):
            connection = http.client.HTTPConnection("127.0.0.1", port)
            connection.request("GET", url, headers={"Accept-Encoding": "gzip"})
            response = connection.getresponse()
            body = response.read()
            if response.getheader("Content-Encoding") != "gzip":
                body = gzip.compress(body, 6)
            return body

        html = fetch(path)
        page = gzip.decompress(html).decode()
        assets = re.findall(r'(?:href|src)="(/static/[^"]+)"', page) + re.findall(r'src="(/media/[^"]+)"', page)
        sizes = {path: len(html)}
        for asset in sorted(set(assets)):
            sizes[asset] = len(fetch(asset))
        return sizes

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
            f"\ngunicorn, 2 workers, production settings; {concurrency} clients, {seconds:g} s per page\n"
        )
        self.stdout.write(f"{'page':<20} {'req/s':>7} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'errors':>7}")
        for name, _path, rps, p50, p95, p99, errors in rows:
            self.stdout.write(f"{name:<20} {rps:>7.1f} {p50:>8.1f} {p95:>8.1f} {p99:>8.1f} {errors:>7}")
        total = sum(weight.values())
        self.stdout.write(f"\nRequirement page with all its assets, gzip: {total / 1024:.1f} KB")
        for item, size in weight.items():
            self.stdout.write(f"  {size / 1024:7.1f} KB  {item}")
        self.stdout.write("\nWorker memory (RSS): " + ", ".join(f"{mb:.0f} MB" for mb in memory.values()))
