"""A ceiling on the queries each type of public page makes when it is not served
from the page cache (right after an edit, every reader is on this path). The site
chrome (office, sections, settings pages, banner) is computed once per content
change and language, so a page pays only for its own content. Lower a ceiling when
a page gets cheaper; a test that fails here means a page got dearer."""

import pytest

pytestmark = pytest.mark.django_db

CEILINGS = [
    ("/id/", 12),
    ("/en/", 16),
    ("/id/syarat-paspor/", 10),
    ("/id/syarat-paspor/paspor-hilang/", 22),
    ("/en/passport-fees/", 12),
    ("/id/layanan-dan-jadwal/", 19),
    ("/id/waspada-penipuan/", 10),
    ("/id/waspada-penipuan/whatsapp-palsu/", 11),
    ("/id/tanya-jawab/", 13),
    ("/id/tanya-jawab/biaya-paspor-hilang/", 15),
    ("/id/modul-edukasi/", 10),
    ("/id/modul-edukasi/paspor-dan-persyaratannya/", 13),
    ("/id/desa-binaan/", 10),
    ("/id/desa-binaan/desa-citeko/", 16),
    ("/id/kontak/", 13),
    ("/id/jika-tertipu/", 8),
    ("/id/cek-persyaratan/", 8),
    ("/id/cek-kanal-resmi/", 11),
    ("/id/cari/?q=paspor+hilang", 22),
]


@pytest.mark.parametrize("path, ceiling", CEILINGS)
def test_an_uncached_public_page_stays_under_its_query_ceiling(client, django_assert_max_num_queries, path, ceiling):
    # The first reader after a change computes the site chrome; the next ones reuse it.
    assert client.get(path, HTTP_CACHE_CONTROL="no-cache").status_code == 200
    with django_assert_max_num_queries(ceiling):
        response = client.get(path, HTTP_CACHE_CONTROL="no-cache")
    assert response.status_code == 200
