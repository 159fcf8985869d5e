"""Factories for the data tests build for themselves (factory-boy).

A test that asserts on a fee, a page or a village makes it here with the
values it asserts on, so editing the demo content packs (site/demo/) never
breaks an unrelated test. Snippets are made in Indonesian, the source language."""

import datetime

import factory
from django.contrib.auth.models import User
from django.utils import timezone
from wagtail.models import Locale, Site

from education.models import Fee, FeeRate, ServiceEvent
from home.models import Office, OfficialChannel, SiteSettings
from village_programs.models import TrainingSession, Village, VillageOfficer

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


class ServiceEventFactory(factory.django.DjangoModelFactory):
    """A mobile service of the default site's office, two hours long, starting in
    two days unless `starts_at` says otherwise."""

    class Meta:
        model = ServiceEvent

    office = factory.LazyFunction(lambda: SiteSettings.for_site(Site.objects.get(is_default_site=True)).home_office)
    locale = factory.SelfAttribute("office.locale")
    kind = ServiceEvent.Kind.MALL
    title = factory.Sequence(lambda n: f"Layanan contoh {n}")
    place = "Mal Contoh"
    starts_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=2))
    ends_at = factory.LazyAttribute(lambda event: event.starts_at + datetime.timedelta(hours=2))


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


class VillageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Village
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"98.01.99.{2000 + n}")
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


def signed_in_member(group_name):
    """A new user in the group `group_name`, and a test client signed in as them."""
    from django.contrib.auth.models import Group
    from django.test import Client

    user = UserFactory()
    user.groups.add(Group.objects.get(name=group_name))
    client = Client()
    client.force_login(user)
    return user, client


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


def office_site(office, hostname):
    """A Wagtail Site of its own for `office` at `hostname`, with a published home page
    directly under the root, as every office's site has; returns the home page."""
    from wagtail.models import Page, Site

    from home.models import HomePage, SiteSettings

    name = hostname.split(".")[0]
    home = Page.get_first_root_node().add_child(
        instance=HomePage(title=f"Beranda {name}", slug=f"beranda-{name}", intro="Uji.", locale=office.locale)
    )
    home.save_revision().publish()
    site = Site.objects.create(hostname=hostname, root_page=home, site_name=office.name)
    SiteSettings.objects.update_or_create(site=site, defaults={"home_office": office})
    return home
