import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from home.channels import InvalidChannel, normalize
from home.models import OfficialChannel


@pytest.mark.parametrize("written", ["0813-9967-9966", "+62 813-9967-9966", "6281399679966", "(0813) 9967 9966"])
def test_indonesian_phone_notations_become_e164(written):
    assert normalize("whatsapp", written) == "+6281399679966"


@pytest.mark.parametrize(
    "written, host",
    [
        ("https://contoh.imigrasi.go.id/?p=3885", "contoh.imigrasi.go.id"),
        ("www.imigrasi.go.id", "imigrasi.go.id"),
        ("HTTPS://Imigrasi.GO.ID.", "imigrasi.go.id"),
    ],
)
def test_links_become_their_host(written, host):
    assert normalize("website", written) == host


def test_handles_lose_at_sign_case_and_profile_url():
    assert normalize("instagram", "@KanimKarawang") == "kanimkarawang"
    assert normalize("instagram", "https://www.instagram.com/KanimKarawang/") == "kanimkarawang"


def test_nonsense_is_rejected():
    with pytest.raises(InvalidChannel):
        normalize("phone", "call me")


@pytest.mark.parametrize("written", [".[", "http://[", "]kanim.id", "a[/b"])
def test_links_urllib_cannot_parse_are_rejected_not_crashed(written):
    # urlsplit raises ValueError on these; the checker must say "not valid".
    with pytest.raises(InvalidChannel):
        normalize("website", written)


def test_profile_link_urllib_cannot_parse_is_rejected_not_crashed():
    with pytest.raises(InvalidChannel):
        normalize("instagram", "https://insta[gram.com/kanim")


def test_editor_sees_invalid_channel_message_in_their_language():
    channel = OfficialChannel(kind="phone", value="bukan nomor")
    with translation.override("id"), pytest.raises(ValidationError) as error:
        channel.clean()
    assert error.value.message_dict["value"] == ["Isian ini tidak sah untuk jenis kanal Telepon."]
