"""An office editor's admin in Indonesian (issue 14): the edit views of a fee
amount (what editors change of a fee), an alert banner, a service event and a training session, opened in Chromium,
show no field label that is still the English one."""

import pytest

pytestmark = pytest.mark.browser

PASSWORD = "editor-bahasa-2026-aman"
# Words that are the same in both languages.
SAME_IN_BOTH = {"Status", "Email", "WhatsApp", "URL"}


def labels(page, url):
    page.goto(url)
    found = page.locator(".w-field__label, .w-panel__heading, legend").all_inner_texts()
    return [" ".join(label.replace("*", "").split()) for label in found if label.strip()]


def test_an_editor_finds_every_field_label_in_indonesian(server, page_and_steps):
    page, step = page_and_steps
    # The world has a fee and an event; a banner and a training session are made here.
    script = (
        "import datetime; from django.utils import timezone;"
        "from django.contrib.auth.models import Group, User;"
        "from education.models import FeeRate, ServiceEvent;"
        "from home.models import AlertBanner, Office;"
        "from tests.factories import TrainingSessionFactory;"
        "from village_programs.models import Village;"
        f"u = User.objects.create_user('editor-bahasa', password='{PASSWORD}');"
        "u.groups.add(*Group.objects.filter(name__in=['Editors', 'Village programme staff']));"
        "office = Office.objects.get(code='contoh', locale__language_code='id');"
        "banner = AlertBanner.objects.create(locale=office.locale, office=office, message='Kantor tutup Jumat.',"
        " live=False, expires_at=timezone.now() + datetime.timedelta(days=7));"
        "session = TrainingSessionFactory(village=Village.objects.get(code='98.01.01.2001'));"
        "print(FeeRate.objects.first().pk, banner.pk,"
        " ServiceEvent.objects.filter(locale__language_code='id').first().pk, session.pk)"
    )
    fee, banner, event, session = server.manage("shell", "-c", script).split()[-4:]
    views = {
        "fee": f"/admin/snippets/education/feerate/edit/{fee}/",
        "banner": f"/admin/snippets/home/alertbanner/edit/{banner}/",
        "event": f"/admin/snippets/education/serviceevent/edit/{event}/",
        "session": f"/admin/village-programme/sessions/edit/{session}/",
    }
    page.goto(server.url + "/admin/login/")
    page.fill("#id_username", "editor-bahasa")
    page.fill("#id_password", PASSWORD)
    page.locator("button[type=submit]").click()
    page.wait_for_url(server.url + "/admin/")
    assert page.locator("html").get_attribute("lang") == "id"  # nobody chose: the office's language

    indonesian = {}
    for name, url in views.items():
        indonesian[name] = labels(page, server.url + url)
        step(name)
        assert indonesian[name], name

    # The same views for someone who chose English in their account.
    server.manage(
        "shell",
        "-c",
        "from django.contrib.auth.models import User; from wagtail.users.models import UserProfile;"
        "p = UserProfile.get_for_user(User.objects.get(username='editor-bahasa'));"
        "p.preferred_language = 'en'; p.save()",
    )
    for name, url in views.items():
        english = labels(page, server.url + url)
        assert len(english) == len(indonesian[name]), (name, english, indonesian[name])
        untranslated = [
            label
            for label, label_en in zip(indonesian[name], english, strict=True)
            if label == label_en and label not in SAME_IN_BOTH
        ]
        assert not untranslated, f"{name}: {untranslated}"
