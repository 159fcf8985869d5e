"""A tenfold typo in the rate readers see today is caught (issue #33): editing the
rate in force from 650.000 to 6.500.000 asks for an explicit yes, as a new rate does."""

import pytest
from django.contrib.auth.models import Group
from wagtail.users.models import UserProfile

from education.models import Fee, FeeRate
from tests import world
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def rate():
    fee = Fee.objects.get(code="contoh-e10", locale__language_code="id")
    return FeeRate.objects.get(fee=fee, live=True)


@pytest.fixture
def reviewer(client):
    user = UserFactory()
    user.groups.add(Group.objects.get(name="Reviewers"))
    client.force_login(user)
    return client


def edit(client, rate, amount, **extra):
    data = {
        "fee": rate.fee_id,
        "amount": amount,
        "legal_basis": rate.legal_basis,
        "effective_from": rate.effective_from.isoformat(),
        "effective_until": "",
        "source_note": rate.source_note,
        **extra,
    }
    return client.post(f"/admin/snippets/education/feerate/edit/{rate.pk}/", data)


def test_a_tenfold_change_to_the_rate_in_force_needs_an_explicit_yes(reviewer, rate):
    assert world.OFFICE and rate.amount == 650_000
    refused = edit(reviewer, rate, "6.500.000", **{"action-publish": "action-publish"})
    page = refused.content.decode()
    assert refused.status_code == 200
    assert "Pembaca akan melihat Rp6.500.000" in page and "tarif yang berlaku, Rp650.000" in page
    rate.refresh_from_db()
    assert rate.amount == 650_000 and rate.revisions.count() == 1

    confirmed = edit(reviewer, rate, "6.500.000", amount_confirmed="on")
    assert confirmed.status_code == 302
    assert rate.revisions.count() == 2


def test_the_form_tells_the_published_amount_while_a_draft_differs(reviewer, rate):
    edit(reviewer, rate, "700.000")  # a draft: readers still see 650.000
    rate.refresh_from_db()
    assert rate.amount == 650_000
    page = reviewer.get(f"/admin/snippets/education/feerate/edit/{rate.pk}/")
    assert "Yang kini dilihat pembaca: Rp650.000" in page.content.decode()
    assert "Setelah diterbitkan, pembaca akan melihat: Rp700.000" in page.content.decode()
    # A reviewer whose admin is in English reads the same two amounts in English.
    profile = UserProfile.get_for_user(reviewer.get("/admin/").wsgi_request.user)
    profile.preferred_language = "en"
    profile.save()
    english = reviewer.get(f"/admin/snippets/education/feerate/edit/{rate.pk}/").content.decode()
    assert "Readers now see: Rp650.000 / IDR 650,000. After publishing, readers will see: Rp700.000" in english
