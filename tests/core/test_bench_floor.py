"""`make bench` reports each page beside floors measured in the same run (issue #31):
/alive/ through every middleware, and WSGI alone (tools/bench_wsgi.py)."""

import shutil
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tools.management.commands.bench import parse_wrk


def test_alive_answers_through_the_middleware_without_a_query_and_is_never_kept(client, django_db_blocker):
    with django_db_blocker.unblock(), CaptureQueriesContext(connection) as queries:
        response = client.get("/alive/")
    assert response.status_code == 200
    assert response.content == b"ok"
    assert len(queries) == 0
    assert "no-store" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
    # The site's headers are there: it went through the same middleware as a page.
    assert "Content-Security-Policy" in response


def test_the_bench_application_answers_the_bare_floor_without_django():
    script = (
        "from tools.bench_wsgi import application;"
        "answer = [];"
        "body = application({'PATH_INFO': '/_floor/bare/'}, lambda status, headers: answer.append(status));"
        "print(answer[0], b''.join(body).decode())"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.stdout.strip() == "200 OK ok", result.stderr


class Slow(BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200 if self.path == "/" else 500)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *args):
        pass


@pytest.mark.skipif(not shutil.which("wrk"), reason="wrk is not installed")
def test_wrk_reports_are_read_in_milliseconds_with_their_errors():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Slow)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}"
        good = subprocess.run(["wrk", "-t1", "-c1", "-d1s", "--latency", url + "/"], capture_output=True, text=True)
        bad = subprocess.run(["wrk", "-t1", "-c1", "-d1s", "--latency", url + "/x"], capture_output=True, text=True)
    finally:
        server.shutdown()
    rate, p50, p90, p99, errors = parse_wrk(good.stdout, "/")
    assert rate > 10 and 0 < p50 <= p90 <= p99 < 1000 and errors == 0
    assert parse_wrk(bad.stdout, "/x")[4] > 0


def test_a_report_in_microseconds_and_seconds_is_converted():
    report = """Running 1s test @ http://127.0.0.1:1/
  Latency Distribution
     50%  501.00us
     75%  560.00us
     90%    2.50ms
     99%    1.20s
  100 requests in 1.00s, 1.00KB read
  Socket errors: connect 0, read 2, write 0, timeout 1
Requests/sec:    100.00
"""
    assert parse_wrk(report, "/") == (100.0, 0.501, 2.5, 1200.0, 3)


def test_the_shipped_gunicorn_workers_keep_what_they_loaded_out_of_full_collections():
    """A full collection walked everything loaded at start-up, 120-130 ms once per
    thousand or so pages: the requirement page's p99 (docs/benchmarks.md, 2026-12-07)."""
    import time
    from pathlib import Path

    import requests
    from django.conf import settings

    from tests.conftest import free_port

    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", "site/deploy/gunicorn.conf.py", "tests.core.freeze_app:app"],
        cwd=Path(settings.BASE_DIR),
        env={"PATH": "/usr/bin:/bin", "GUNICORN_BIND": f"127.0.0.1:{port}", "GUNICORN_WORKERS": "1"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                frozen = int(requests.get(f"http://127.0.0.1:{port}/", timeout=2).text)
                break
            except requests.ConnectionError:
                assert time.monotonic() < deadline and process.poll() is None
                time.sleep(0.2)
    finally:
        process.terminate()
        process.wait(timeout=10)
    assert frozen > 1000
