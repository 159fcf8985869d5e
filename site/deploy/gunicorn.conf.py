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
# Recycle workers now and then so that memory stays flat over months.
max_requests = 2000
max_requests_jitter = 200
# nginx sets X-Forwarded-Proto; only trust it from the local proxy.
forwarded_allow_ips = "127.0.0.1"
accesslog = "-"
errorlog = "-"
loglevel = "warning"
