"""site/deploy/backup.sh and restore.sh bring back the database and both media folders."""

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

DEPLOY = Path(__file__).resolve().parents[2] / "site" / "deploy"


def run(script, *args, env):
    result = subprocess.run(
        [str(DEPLOY / script), *map(str, args)], env={**os.environ, **env}, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def media(tmp_path):
    public, private = tmp_path / "media", tmp_path / "private"
    (public / "images").mkdir(parents=True)
    (public / "images" / "poster.png").write_bytes(b"png")
    (private / "sessions").mkdir(parents=True)
    (private / "sessions" / "sheet.jpg").write_bytes(b"jpg")
    return {"MEDIA_ROOT": str(public), "PRIVATE_MEDIA_ROOT": str(private)}


def test_sqlite_database_and_media_come_back(tmp_path):
    database = tmp_path / "site.sqlite3"
    with sqlite3.connect(database) as connection:
        connection.execute("CREATE TABLE fee (name TEXT)")
        connection.execute("INSERT INTO fee VALUES ('e-paspor')")
    env = {"DATABASE_URL": f"sqlite:///{database}", **media(tmp_path)}
    run("backup.sh", tmp_path / "backups", env=env)
    (backup,) = (tmp_path / "backups").iterdir()
    # Disaster: the database row and both media folders are gone.
    with sqlite3.connect(database) as connection:
        connection.execute("DELETE FROM fee")
    shutil.rmtree(tmp_path / "media")
    shutil.rmtree(tmp_path / "private")
    run("restore.sh", backup, env=env)
    with sqlite3.connect(database) as connection:
        assert connection.execute("SELECT name FROM fee").fetchall() == [("e-paspor",)]
    assert (tmp_path / "media" / "images" / "poster.png").read_bytes() == b"png"
    assert (tmp_path / "private" / "sessions" / "sheet.jpg").read_bytes() == b"jpg"
    # Personal data in the backup is readable by its owner only.
    for name in ("database.sqlite3", "private-media-root.tar.gz"):
        assert oct((backup / name).stat().st_mode & 0o777) == "0o600", name


@pytest.mark.skipif(not shutil.which("pg_dump"), reason="pg_dump is not installed")
def test_postgresql_database_comes_back(tmp_path):
    psycopg = pytest.importorskip("psycopg")
    server = "postgres://postgres@127.0.0.1:5432"
    try:
        admin = psycopg.connect(f"{server}/postgres", autocommit=True, connect_timeout=3)
    except psycopg.OperationalError:
        pytest.skip("no PostgreSQL at 127.0.0.1:5432")
    name = "kanim_backup_test"
    with admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.execute(f"CREATE DATABASE {name}")
    url = f"{server}/{name}"
    try:
        with psycopg.connect(url, autocommit=True) as connection:
            connection.execute("CREATE TABLE fee (name text)")
            connection.execute("INSERT INTO fee VALUES ('e-paspor')")
        env = {"DATABASE_URL": url, **media(tmp_path)}
        run("backup.sh", tmp_path / "backups", env=env)
        (backup,) = (tmp_path / "backups").iterdir()
        assert oct((backup / "database.dump").stat().st_mode & 0o777) == "0o600"
        with psycopg.connect(url, autocommit=True) as connection:
            connection.execute("DROP TABLE fee")
        run("restore.sh", backup, env=env)
        with psycopg.connect(url) as connection:
            assert connection.execute("SELECT name FROM fee").fetchall() == [("e-paspor",)]
    finally:
        with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
