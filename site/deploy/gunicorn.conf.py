# gunicorn configuration: gunicorn -c site/deploy/gunicorn.conf.py config.wsgi
# Read by gunicorn only; never imported by the site.
import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Two workers per core is plenty for a site whose anonymous pages come from the cache.
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2))
# Readers on slow mobile data: nginx buffers their requests and the answers, so a
# worker is never held by a slow phone, and every request is short (milliseconds;
# the edge answers cached pages itself). Sync workers need no thread-safety and
# keep one database connection each; threads or gevent would buy nothing here.
worker_class = "sync"
timeout = 30
graceful_timeout = 30
# Recycle workers now and then so that memory stays flat over months. Measured
# (docs/benchmarks.md, 2026-11-30): one worker serves up to about 1,600 cached pages a
# second when nginx is not in front, and a worker's memory stays at 125-130 MB under
# load, so there is no leak to chase. 2,000 restarted a worker every second or two;
# 1,000,000 is a restart every 10-20 minutes at full load and every few days for an
# office's real traffic (most of it answered by nginx's edge cache).
max_requests = 1_000_000
max_requests_jitter = 100_000
# nginx sets X-Forwarded-Proto; only trust it from the local proxy.
forwarded_allow_ips = "127.0.0.1"
accesslog = "-"
# The path without its query string, and no referrer (the previous page's address with its
# query): what readers type into search, the channel checker or the officer area (NIK,
# passport and phone numbers) never reaches a log.
access_log_format = '%(h)s %(t)s "%(m)s %(U)s %(H)s" %(s)s %(b)s %(M)sms "%(a)s"'
# nginx takes request lines of up to 8 KB (large_client_header_buffers); gunicorn's
# default of 4 KB made a long path a 502 from nginx instead of the site's 404.
limit_request_line = 8190
errorlog = "-"
loglevel = "warning"


def post_worker_init(worker):
    # Everything loaded at start-up (Django, Wagtail, the site's modules: about 200,000
    # objects) is put out of the garbage collector's reach. Otherwise every full
    # collection walks it all again: 120-130 ms, about once per thousand pages, which was
    # the uncached requirement page's p99 (docs/benchmarks.md, 2026-12-07).
    import gc

    gc.freeze()
