import io
import uuid

import pytest
from django.contrib.auth.models import Group, User
from PIL import Image

from education.models import EducationModulePage
from tests.factories import PASSWORD, TrainingSessionFactory, VillageOfficerFactory
from tests.world import client_on_the_site  # noqa: F401  (the client reads the world's site)
from village_programs.models import Village


def make_officer(username, *village_codes, must_change_password=False):
    return VillageOfficerFactory(
        user__username=username,
        must_change_password=must_change_password,
        villages=list(Village.objects.filter(code__in=village_codes)),
    )


@pytest.fixture
def sukamaju_officer(db):
    return make_officer("sukamaju-officer", "98.01.01.2001")


@pytest.fixture
def other_session(db):
    """A session in Mekarsari, which the Sukamaju officer must never see."""
    return TrainingSessionFactory(
        village=Village.objects.get(code="98.01.02.2002"), place="Balai Desa Mekarsari", status="submitted"
    )


def approved_session(**fields):
    """An approved session in Sukamaju, the officer's village, made here."""
    village = Village.objects.get(code="98.01.01.2001")
    return TrainingSessionFactory(village=village, status="approved", facilitators="Siti, Asep", **fields)


@pytest.fixture
def staff_user(db):
    user = User.objects.create_user("staff", password=PASSWORD)
    user.groups.add(Group.objects.get(name="Village programme staff"))
    return user


def module_ids(language="id", codes=("U1", "U2")):
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
        "village": str(Village.objects.get(code="98.01.01.2001").pk),
        "date": "2025-11-20",
        "start_time": "09:30",
        "place": "Balai Desa Sukamaju",
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
