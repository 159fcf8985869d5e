"""Settings come from the environment. Each case starts a fresh interpreter,
because Django reads settings once per process."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]
OUR_VARIABLES = {
    "DJANGO_DEBUG",
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "DATABASE_URL",
    "REDIS_URL",
    "MEDIA_ROOT",
    "MACHINE_TRANSLATOR",
    "LIBRETRANSLATE_URL",
    "DEEPL_AUTH_KEY",
    "DJANGO_SETTINGS_MODULE",
    "SEARCH_URL",
    "MEDIA_S3_BUCKET",
    "PRIVATE_MEDIA_S3_BUCKET",
    "FRONTEND_CACHE_URL",
    "CLOUDFLARE_ZONEID",
    "DATABASE_REPLICA_URL",
}
GOOD_SECRET = "k3J9x-pQ2mZ8vL5nR7tY1wE4uI6oA0sD-fG3hJ5kL7zX9cV"

PRINT_SETTINGS = """
import json
from django.conf import settings
print(json.dumps({
    "DEBUG": settings.DEBUG,
    "ENGINE": settings.DATABASES["default"]["ENGINE"],
    "NAME": str(settings.DATABASES["default"]["NAME"]),
    "HOST": settings.DATABASES["default"].get("HOST", ""),
    "CACHE": settings.CACHES["default"]["BACKEND"],
    "CACHE_LOCATION": settings.CACHES["default"].get("LOCATION", ""),
    "MEDIA_ROOT": str(settings.MEDIA_ROOT),
    "ALLOWED_HOSTS": settings.ALLOWED_HOSTS,
    "TRANSLATOR": getattr(settings, "WAGTAILLOCALIZE_MACHINE_TRANSLATOR", {}).get("CLASS", ""),
    "HSTS": getattr(settings, "SECURE_HSTS_SECONDS", 0),
    "SESSION_COOKIE_SECURE": settings.SESSION_COOKIE_SECURE,
    "STATICFILES": settings.STORAGES["staticfiles"]["BACKEND"],
    "MEDIA_STORAGE": settings.STORAGES["default"]["BACKEND"],
    "PRIVATE_STORAGE": settings.STORAGES.get("private", {}).get("OPTIONS", {}).get("bucket_name"),
    "FRONTEND_CACHE": sorted(settings.WAGTAILFRONTENDCACHE),
    "SEARCH": settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"],
    "REPLICA_HOST": settings.DATABASES.get("replica", {}).get("HOST"),
}))
"""


def load_settings(module, **env):
    clean = {key: value for key, value in os.environ.items() if key not in OUR_VARIABLES}
    clean.update(env, DJANGO_SETTINGS_MODULE=module)
    return subprocess.run(
        [sys.executable, "-c", PRINT_SETTINGS], cwd=PROJECT, env=clean, capture_output=True, text=True, timeout=60
    )


def settings_of(module, **env):
    result = load_settings(module, **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_defaults_use_sqlite_in_project_folder_and_local_memory_cache():
    values = settings_of("config.settings.dev")
    assert values["DEBUG"] is True
    assert values["ENGINE"] == "django.db.backends.sqlite3"
    assert values["NAME"] == str(PROJECT / "db.sqlite3")
    assert values["CACHE"].endswith("LocMemCache")
    assert values["MEDIA_ROOT"] == str(PROJECT / "media")


def test_database_cache_and_media_come_from_the_environment(tmp_path):
    values = settings_of(
        "config.settings.dev",
        DATABASE_URL="postgres://office:secret@db.internal:5432/kanim",
        REDIS_URL="redis://127.0.0.1:6379/2",
        MEDIA_ROOT=str(tmp_path),
        ALLOWED_HOSTS="imigrasi.example, www.imigrasi.example",
    )
    assert values["ENGINE"] == "django.db.backends.postgresql"
    assert values["NAME"] == "kanim"
    assert values["HOST"] == "db.internal"
    assert values["CACHE"] == "django.core.cache.backends.redis.RedisCache"
    assert values["CACHE_LOCATION"] == "redis://127.0.0.1:6379/2"
    assert values["MEDIA_ROOT"] == str(tmp_path)
    assert values["ALLOWED_HOSTS"] == ["imigrasi.example", "www.imigrasi.example"]


def test_secret_key_is_required_when_debug_is_off():
    result = load_settings("config.settings.dev", DJANGO_DEBUG="off")
    assert result.returncode != 0
    assert "SECRET_KEY must be set when DJANGO_DEBUG is off" in result.stderr


def test_a_misspelt_boolean_names_the_variable():
    result = load_settings("config.settings.dev", DJANGO_DEBUG="maybe")
    assert result.returncode != 0
    assert "DJANGO_DEBUG must be one of" in result.stderr


def test_production_refuses_an_insecure_configuration():
    result = load_settings("config.settings.production", DJANGO_DEBUG="on", SECRET_KEY="short", ALLOWED_HOSTS="*")
    assert result.returncode != 0
    assert "Refusing to start with an insecure configuration" in result.stderr
    reasons = (
        "DJANGO_DEBUG must be off",
        "SECRET_KEY must be a long random value",
        "ALLOWED_HOSTS",
        "PostgreSQL",
        "REDIS_URL",
    )
    for reason in reasons:
        assert reason in result.stderr


def test_production_starts_with_a_secure_configuration():
    values = settings_of(
        "config.settings.production",
        SECRET_KEY=GOOD_SECRET,
        ALLOWED_HOSTS="imigrasi.example",
        DATABASE_URL="postgres://office@127.0.0.1:5432/kanim",
        REDIS_URL="redis://127.0.0.1:6379/0",
    )
    assert values["DEBUG"] is False
    assert values["HSTS"] >= 31536000
    assert values["SESSION_COOKIE_SECURE"] is True
    assert values["STATICFILES"] == "whitenoise.storage.CompressedManifestStaticFilesStorage"


def test_machine_translation_is_off_by_default_and_switched_on_by_environment():
    assert settings_of("config.settings.dev")["TRANSLATOR"] == ""
    values = settings_of(
        "config.settings.dev", MACHINE_TRANSLATOR="libretranslate", LIBRETRANSLATE_URL="http://127.0.0.1:5000"
    )
    assert values["TRANSLATOR"] == "wagtail_localize.machine_translators.libretranslate.LibreTranslator"
    values = settings_of("config.settings.dev", MACHINE_TRANSLATOR="deepl", DEEPL_AUTH_KEY="key:fx")
    assert values["TRANSLATOR"] == "wagtail_localize.machine_translators.deepl.DeepLTranslator"


@pytest.mark.parametrize(
    "env, message",
    [
        ({"MACHINE_TRANSLATOR": "libretranslate"}, "needs LIBRETRANSLATE_URL"),
        ({"MACHINE_TRANSLATOR": "deepl"}, "needs DEEPL_AUTH_KEY"),
        ({"MACHINE_TRANSLATOR": "babelfish"}, "must be 'libretranslate', 'deepl' or empty"),
    ],
)
def test_machine_translation_misconfiguration_is_explained(env, message):
    result = load_settings("config.settings.dev", **env)
    assert result.returncode != 0
    assert message in result.stderr


def test_growing_past_one_machine_is_switched_on_by_environment():
    values = settings_of(
        "config.settings.dev",
        MEDIA_S3_BUCKET="kanim-media",
        PRIVATE_MEDIA_S3_BUCKET="kanim-private",
        FRONTEND_CACHE_URL="http://127.0.0.1:6081",
        CLOUDFLARE_ZONEID="zone",
        SEARCH_URL="https://search.internal:9200",
        DATABASE_REPLICA_URL="postgres://reader@replica.internal:5432/kanim",
    )
    assert values["REPLICA_HOST"] == "replica.internal"
    assert values["MEDIA_STORAGE"] == "storages.backends.s3.S3Storage"
    assert values["PRIVATE_STORAGE"] == "kanim-private"
    assert values["FRONTEND_CACHE"] == ["cloudflare", "proxy"]
    assert values["SEARCH"] == "search.elasticsearch"
    plain = settings_of("config.settings.dev")
    assert plain["MEDIA_STORAGE"] == "django.core.files.storage.FileSystemStorage"
    assert plain["FRONTEND_CACHE"] == [] and plain["SEARCH"] == "search.database"


def test_object_storage_without_a_private_bucket_is_refused():
    result = load_settings("config.settings.dev", MEDIA_S3_BUCKET="kanim-media")
    assert result.returncode != 0
    assert "PRIVATE_MEDIA_S3_BUCKET" in result.stderr
