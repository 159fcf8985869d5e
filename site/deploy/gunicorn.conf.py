# gunicorn configuration: gunicorn -c site/deploy/gunicorn.conf.py config.wsgi
# Read by gunicorn only; never imported by the site.
import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Two workers per core is plenty for a site whose anonymous pages come from the cache.
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2))
# Readers on slow mobile data: nginx buffers their requests, so workers stay sync.
worker_class = "sync"
timeout = 30
graceful_timeout = 30
# Recycle workers now and then so that memory stays flat over months. Measured: a
# worker serves up to about 1,500 cached pages a second (docs/benchmarks.md), so
# 2,000 restarted it every second or two under load; 200,000 is every few minutes at
# full load and about daily for an office's real traffic (most of it answered by nginx).
max_requests = 200_000
max_requests_jitter = 20_000
# nginx sets X-Forwarded-Proto; only trust it from the local proxy.
forwarded_allow_ips = "127.0.0.1"
accesslog = "-"
errorlog = "-"
loglevel = "warning"
