"""A stand-in for the office's booking system: a real HTTP server on 127.0.0.1
that speaks the contract in docs/booking-api.md. The tests and the fault test
drive delivery against it; it is never used by the site itself."""

import json
import random
import threading
import time
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import requests

from village_programs import booking


class BookingStandIn:
    def __init__(
        self,
        secret,
        *,
        fail_rate=0.0,
        lose_answer_rate=0.0,
        drop_rate=0.0,
        hang_rate=0.0,
        hang_seconds=2.0,
        seed=None,
    ):
        self.secret = secret
        self.fail_rate, self.lose_answer_rate, self.hang_rate = fail_rate, lose_answer_rate, hang_rate
        self.drop_rate = drop_rate
        self.hang_seconds = hang_seconds
        self.random = random.Random(seed)
        self.script = deque()  # (status, body, headers, delay): answers to give first, in order
        self.calls = []  # every request as received: {"headers": ..., "body": ..., "raw": ...}
        self.received = {}  # request_id -> reference; what the booking system holds
        self.lock = threading.Lock()
        self.server = None

    # What the tests look at
    @property
    def url(self):
        host, port = self.server.server_address
        return f"http://{host}:{port}"

    def answer(self, status, body=None, headers=None, delay=0.0):
        """Queue one scripted answer for the next request."""
        self.script.append((status, body if body is not None else {}, headers or {}, delay))

    def send_update(self, site_url, request_id, status, **fields):
        """Tell the site what became of a request it holds, as the booking system does:
        a signed POST to the site's callback (docs/booking-api.md)."""
        body = {"request_id": request_id, "reference": self.received[request_id], "status": status, **fields}
        raw = json.dumps(body).encode()
        timestamp = str(int(time.time()))
        headers = {
            "Content-Type": "application/json",
            "X-Booking-Timestamp": timestamp,
            "X-Booking-Signature": booking.signature(self.secret, timestamp, raw),
        }
        return requests.post(f"{site_url}/api/booking/callbacks/", data=raw, headers=headers, timeout=30)

    def start(self):
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self):
        if self.server:
            self.server.shutdown()
            self.server.server_close()

    def _register(self, request_id):
        with self.lock:
            if request_id in self.received:
                return 409, {"reference": self.received[request_id], "status": "received"}
            reference = f"BK-{len(self.received) + 1:05d}"
            self.received[request_id] = reference
            return 201, {"reference": reference, "status": "received"}

    def _handler(self):
        standin = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def reply(self, status, body, headers=None):
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.end_headers()
                try:
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def do_POST(self):  # the standard library's name
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                headers = {name.lower(): value for name, value in self.headers.items()}
                try:
                    body = json.loads(raw)
                except ValueError:
                    body = None
                with standin.lock:
                    standin.calls.append({"path": self.path, "headers": headers, "body": body, "raw": raw})
                if self.path != "/outreach-requests":
                    return self.reply(404, {"message": "not found"})
                if not booking.verify(
                    standin.secret, headers.get("x-booking-timestamp"), raw, headers.get("x-booking-signature")
                ):
                    return self.reply(401, {"message": "bad signature"})
                if standin.script:
                    status, answer, extra, delay = standin.script.popleft()
                    time.sleep(delay)
                    if status in (200, 201):
                        status, answer = standin._register(headers.get("idempotency-key"))
                    return self.reply(status, answer, extra)
                roll = standin.random.random()
                if roll < standin.hang_rate:
                    time.sleep(standin.hang_seconds)
                    return self.reply(504, {"message": "too slow"})
                if roll < standin.hang_rate + standin.fail_rate:
                    return self.reply(503, {"message": "busy"}, {"Retry-After": "1"})
                status, answer = standin._register(headers.get("idempotency-key"))
                if roll < standin.hang_rate + standin.fail_rate + standin.lose_answer_rate:
                    # Registered, but the answer never arrives: the sender must resend.
                    return self.reply(500, {"message": "lost"})
                if roll < standin.hang_rate + standin.fail_rate + standin.lose_answer_rate + standin.drop_rate:
                    # Registered, then the connection drops with no answer at all.
                    self.close_connection = True
                    return None
                return self.reply(status, answer)

        return Handler
