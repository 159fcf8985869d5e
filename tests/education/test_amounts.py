"""Fee amounts typed the way an office editor types them (issue 14): read right,
or refused with a reason; unlikely amounts need an explicit confirmation."""

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client
from django.utils import translation

from education.forms import parse_rupiah
from education.models import Fee, FeeRate
from tests.factories import FeeFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "typed", ["650000", "650.000", "650,000", "Rp 650.000", "Rp650.000", "IDR 650,000", "Rp 650.000,-"]
)
def test_every_usual_way_of_writing_an_amount_is_read_as_whole_rupiah(typed):
    assert parse_rupiah(typed) == 650_000


@pytest.mark.parametrize(
    "typed", ["650.5", "650,50", "650.000,00", "6.50.000", "enam ratus", "650rb", "650k", "-650000", "USD 650"]
)
def test_amounts_with_a_decimal_part_or_letters_are_refused(typed):
    with pytest.raises(ValueError):
        parse_rupiah(typed)


@pytest.fixture
def reviewer():
    user = User.objects.create_user("reviewer-amounts", password="review-the-amounts-2026")
    user.groups.add(Group.objects.get(name="Reviewers"))
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture(autouse=True)
def national_fee(db):
    """A national fee, which the reviewers of the whole deployment may change."""
    return FeeFactory(name="E-paspor uji", rate=650_000)


def add_rate(client, amount, confirmed=False, language="en"):
    fee = Fee.objects.get(name="E-paspor uji", locale__language_code="id")
    data = {"fee": fee.pk, "amount": amount, "legal_basis": "PP 45/2024", "effective_from": "2030-01-01"}
    if confirmed:
        data["amount_confirmed"] = "on"
    with translation.override(language):
        return client.post("/admin/snippets/education/feerate/add/", data, HTTP_ACCEPT_LANGUAGE=language)


def test_an_amount_typed_with_dots_is_saved_as_the_full_amount(reviewer):
    response = add_rate(reviewer, "700.000")
    assert response.status_code == 302, response.content.decode()[:2000]
    assert FeeRate.objects.filter(amount=700_000, effective_from="2030-01-01").exists()


def test_a_mistyped_amount_is_explained_and_nothing_is_saved(reviewer):
    count = FeeRate.objects.count()
    response = add_rate(reviewer, "650.5")
    assert response.status_code == 200
    assert "whole rupiah" in response.content.decode() or "rupiah bulat" in response.content.decode()
    assert FeeRate.objects.count() == count


@pytest.mark.parametrize("typed", ["650", "9500000"])
def test_an_unlikely_amount_needs_an_explicit_yes(reviewer, typed):
    count = FeeRate.objects.count()
    refused = add_rate(reviewer, typed)
    assert refused.status_code == 200
    page = refused.content.decode()
    assert "Readers will see" in page or "Pembaca akan melihat" in page
    assert FeeRate.objects.count() == count
    assert add_rate(reviewer, typed, confirmed=True).status_code == 302
    assert FeeRate.objects.count() == count + 1


def test_a_deliberate_zero_needs_no_confirmation(reviewer):
    fee = FeeFactory(name="Paspor pekerja migran uji", rate=0)
    response = reviewer.post(
        "/admin/snippets/education/feerate/add/",
        {"fee": fee.pk, "amount": "0", "legal_basis": "Permenkumham 9/2020", "effective_from": "2030-01-01"},
    )
    assert response.status_code == 302
