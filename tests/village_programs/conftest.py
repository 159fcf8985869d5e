import io
import uuid

import pytest
from django.contrib.auth.models import Group, User
from PIL import Image

from education.models import EducationModulePage
from tests.factories import PASSWORD, TrainingSessionFactory, VillageOfficerFactory
from village_programs.models import Village


def make_officer(username, *village_codes, must_change_password=False):
    return VillageOfficerFactory(
        user__username=username,
        must_change_password=must_change_password,
        villages=list(Village.objects.filter(code__in=village_codes)),
    )


@pytest.fixture
def citeko_officer(db):
    return make_officer("citeko-officer", "32.14.04.2006")


@pytest.fixture
def other_session(db):
    """A session in Cilamaya, which the Citeko officer must never see."""
    return TrainingSessionFactory(
        village=Village.objects.get(code="32.15.00.2001"), place="Balai Desa Cilamaya", status="submitted"
    )


@pytest.fixture
def staff_user(db):
    user = User.objects.create_user("staff", password=PASSWORD)
    user.groups.add(Group.objects.get(name="Village programme staff"))
    return user


def module_ids(language="id", codes=("M1", "M2")):
    return [
        str(pk)
        for pk in EducationModulePage.objects.filter(
            locale__language_code=language, code__in=codes, alias_of__isnull=True
        ).values_list("pk", flat=True)
    ]


def jpeg_with_gps():
    """A JPEG carrying a GPS position in its EXIF data, as phone cameras write it."""
    image = Image.new("RGB", (64, 48), "navy")
    exif = Image.Exif()
    exif[0x8825] = {1: "S", 2: (6.0, 34.0, 0.0), 3: "E", 4: (107.0, 25.0, 0.0)}
    exif[0x010F] = "PhoneMaker"
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", exif=exif)
    return buffer.getvalue()


def session_data(**overrides):
    data = {
        "village": str(Village.objects.get(code="32.14.04.2006").pk),
        "date": "2025-11-20",
        "start_time": "09:30",
        "place": "Balai Desa Citeko",
        "modules": module_ids(),
        "facilitators": "Siti, Asep",
        "women": "20",
        "men": "14",
        "want_passport": "9",
        "notes": "",
        "form_token": str(uuid.uuid4()),
        "action": "submit",
    }
    data.update(overrides)
    return data
