"""Factories for the data tests build for themselves (factory-boy, wagtail-factories).

A test that asserts on a fee, a page or a village makes it here with the
values it asserts on, so editing the demo content packs (site/demo/) never
breaks an unrelated test. Pages are made in Indonesian, the source language;
`translate_page` adds the English translation the way editors do."""

import datetime
import uuid

import factory
import wagtail_factories
from django.contrib.auth.models import User
from django.utils import timezone
from wagtail.models import Locale

from education.models import Fee, FeeRate, RequirementPage, ScamWarningPage, ServiceEvent
from home.models import Office, OfficialChannel
from home.translation import translate
from village_programs.models import OutreachRequest, TrainingSession, Village, VillageOfficer

PASSWORD = "a-long-password-2026"


def locale(code="id"):
    return Locale.objects.get(language_code=code)


class OfficeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Office
        django_get_or_create = ("code", "locale")

    locale = factory.LazyFunction(locale)
    code = factory.Sequence(lambda n: f"kantor-{n}")
    name = factory.Sequence(lambda n: f"Kantor Imigrasi Contoh {n}")
    address = "Jl. Contoh 1"
    opening_hours = "Senin–Jumat, 08.00–16.00"


class OfficialChannelFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = OfficialChannel

    office = factory.SubFactory(OfficeFactory)
    locale = factory.SelfAttribute("office.locale")
    kind = OfficialChannel.Kind.WEBSITE
    value = factory.Sequence(lambda n: f"https://kantor{n}.imigrasi.go.id")
    label = "Situs kantor"
    verified_on = factory.LazyFunction(timezone.localdate)


class FeeFactory(factory.django.DjangoModelFactory):
    """A fee with one published rate (`rate`, in rupiah) in force since 2024."""

    class Meta:
        model = Fee
        skip_postgeneration_save = True

    locale = factory.LazyFunction(locale)
    code = factory.Sequence(lambda n: f"biaya-{n}")
    name = factory.Sequence(lambda n: f"Biaya contoh {n}")
    applies_to = ""

    @factory.post_generation
    def rate(fee, create, amount, **kwargs):
        if create and amount is not None:
            FeeRateFactory(fee=fee, amount=amount, **kwargs)


class FeeRateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FeeRate
        skip_postgeneration_save = True

    fee = factory.SubFactory(FeeFactory, rate=None)
    amount = 100_000
    legal_basis = "PP 45/2024"
    effective_from = datetime.date(2024, 12, 17)

    @factory.post_generation
    def publish(rate, create, extracted, **kwargs):
        if create and extracted is not False:
            rate.save_revision().publish()


class RequirementPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = RequirementPage

    locale = factory.LazyFunction(locale)
    title = factory.Sequence(lambda n: f"Syarat contoh {n}")
    slug = factory.Sequence(lambda n: f"syarat-contoh-{n}")
    intro = "Untuk siapa halaman ini."
    service = "new"
    applicant = "adult"
    channel = "m_paspor"
    processing_time = "Beberapa hari kerja."


class ScamWarningPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ScamWarningPage

    locale = factory.LazyFunction(locale)
    title = factory.Sequence(lambda n: f"Penipuan contoh {n}")
    slug = factory.Sequence(lambda n: f"penipuan-contoh-{n}")
    intro = "Tanda-tandanya dan apa yang harus dilakukan."
    pattern = "fake_whatsapp"


def translate_page(page, strings, code="en"):
    """Translate `page` the way editors do; `strings` maps each source text to its translation."""
    return translate(page, locale(code), strings)


class ServiceEventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ServiceEvent

    locale = factory.LazyFunction(locale)
    office = factory.SubFactory(OfficeFactory)
    kind = "village"
    title = factory.Sequence(lambda n: f"Layanan keliling contoh {n}")
    place = "Balai desa"
    starts_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=7))
    ends_at = factory.LazyAttribute(lambda event: event.starts_at + datetime.timedelta(hours=5))
    quota = 50


class VillageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Village
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"32.14.99.{2000 + n}")
    name = factory.Sequence(lambda n: f"Contoh {n}")
    kecamatan = "Plered"
    kabupaten = "Kabupaten Purwakarta"
    province = "Jawa Barat"
    office = factory.SubFactory(OfficeFactory)
    status = Village.Status.ACTIVE


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user-{n}")
    first_name = "Siti"
    last_name = factory.LazyAttribute(lambda user: user.username.title())
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def saved(user, create, extracted, **kwargs):
        if create:
            user.save()


class VillageOfficerFactory(factory.django.DjangoModelFactory):
    """An officer past the first-login password change, for `villages` (a list)."""

    class Meta:
        model = VillageOfficer
        skip_postgeneration_save = True

    user = factory.SubFactory(UserFactory)
    must_change_password = False

    @factory.post_generation
    def villages(officer, create, extracted, **kwargs):
        if create and extracted:
            officer.villages.set(extracted)


class TrainingSessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TrainingSession

    village = factory.SubFactory(VillageFactory)
    date = datetime.date(2025, 10, 1)
    start_time = datetime.time(10, 0)
    place = factory.LazyAttribute(lambda session: f"Balai Desa {session.village.name}")
    facilitators = "Budi"
    women = 5
    men = 5
    status = TrainingSession.Status.SUBMITTED


class OutreachRequestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = OutreachRequest

    village = factory.SubFactory(VillageFactory)
    place_name = factory.LazyAttribute(lambda request: f"Balai Desa {request.village.name}")
    place_address = factory.LazyAttribute(lambda request: f"Desa {request.village.name}")
    preferred_dates = factory.LazyFunction(lambda: [(timezone.localdate() + datetime.timedelta(days=30)).isoformat()])
    expected_applicants = 40
    services = factory.LazyFunction(lambda: ["new"])
    contact_name = "Perangkat Desa"
    contact_phone = "+6281200000000"
    form_token = factory.LazyFunction(uuid.uuid4)
