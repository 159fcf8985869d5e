"""An e-mail backend for the fault test: every message the workers send is appended
as one JSON line to the file named by FAULT_MAIL_FILE, so the test can count what
each officer received, across processes and kills."""

import json
import os

from django.core.mail.backends.base import BaseEmailBackend


class EmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        lines = "".join(
            json.dumps({"to": message.to, "subject": message.subject, "body": message.body}) + "\n"
            for message in email_messages
        )
        # One write with O_APPEND: lines from several workers never interleave.
        descriptor = os.open(os.environ["FAULT_MAIL_FILE"], os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(descriptor, lines.encode())
        finally:
            os.close(descriptor)
        return len(email_messages)
