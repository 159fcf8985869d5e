"""What an uploaded picture costs a worker in memory: each case in a fresh Python
process that checks and re-encodes it as the officer's photo form and the admin's
image form do, reporting how far the process's resident memory (/proc/self/statm,
read every 2 ms) rose above what it held before.

    manage.py bench_images

The pictures are made here: small files that claim many pixels (tools/bombs.py) and
ordinary pictures at the largest size each format may have."""

import io
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from PIL import Image

from tools.bombs import png_bomb


def picture(kind, width, height):
    """The file's bytes and name, made in this process so the measured one starts clean."""
    if kind == "png-bomb":
        return png_bomb(width, height), "bomb.png"
    mode, fmt = {"png-rgba": ("RGBA", "PNG"), "webp": ("RGB", "WEBP"), "jpeg": ("RGB", "JPEG")}[kind]
    buffer = io.BytesIO()
    Image.linear_gradient("L").resize((width, height)).convert(mode).save(buffer, format=fmt)
    return buffer.getvalue(), f"picture.{fmt.lower()}"


CASE = r"""
import json, os, sys
os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
sys.path.insert(0, os.getcwd())
import django
django.setup()
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
path, form = sys.argv[1], sys.argv[2]
with open(path, "rb") as made:
    data, name = made.read(), os.path.basename(path)
import threading, time
page = os.sysconf("SC_PAGE_SIZE")
def rss():
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * page
peak, done = [0], threading.Event()
def watch():  # current resident memory every 2 ms: the peak of ru_maxrss may predate the upload
    while not done.is_set():
        peak[0] = max(peak[0], rss())
        time.sleep(0.002)
before = rss()
watcher = threading.Thread(target=watch)
watcher.start()
upload = SimpleUploadedFile(name, data)
try:
    if form == "officer":
        from village_programs.photos import clean_photo
        clean_photo(upload)
    else:
        from core.forms import ReencodedImageForm
        from core.images import reencode
        field = ReencodedImageForm.base_fields["file"]
        reencode(field.clean(upload), formats={"JPEG", "PNG", "WEBP", "GIF"}, max_side=4000, not_readable="x")
    outcome = "accepted"
except ValidationError as error:
    outcome = "refused: " + error.messages[0]
done.set()
watcher.join()
growth = max(peak[0], rss()) - before
print(json.dumps({"bytes": len(data), "outcome": outcome, "growth_mb": round(growth / 2**20)}))
"""

CASES = [
    ("png-bomb", 7000, 7000, "officer"),
    ("png-bomb", 10000, 10000, "admin"),
    ("webp", 7000, 7000, "admin"),
    # The largest each format may have: 7.7 million pixels for PNG, 4.2 for WebP.
    ("png-rgba", 2750, 2750, "officer"),
    ("png-rgba", 2750, 2750, "admin"),
    ("webp", 2300, 1800, "admin"),
    ("jpeg", 8000, 6000, "officer"),
    ("jpeg", 8000, 6000, "admin"),
]


class Command(BaseCommand):
    help = "Measures the memory an uploaded picture costs, refused or kept."

    def handle(self, **options):
        self.stdout.write("| picture | form | file | outcome | peak memory growth |")
        self.stdout.write("|---|---|---|---|---|")
        for kind, width, height, form in CASES:
            data, name = picture(kind, width, height)
            folder = Path(tempfile.mkdtemp())
            (folder / name).write_bytes(data)
            result = subprocess.run(
                [sys.executable, "-c", CASE, str(folder / name), form],
                cwd=settings.BASE_DIR,
                capture_output=True,
                text=True,
                check=True,
            )
            found = json.loads(result.stdout.strip().splitlines()[-1])
            self.stdout.write(
                f"| {kind} {width}×{height} | {form} | {found['bytes'] // 1024} KB | {found['outcome'][:50]} "
                f"| {found['growth_mb']} MB |"
            )
