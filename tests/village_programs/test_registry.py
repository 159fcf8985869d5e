import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command

from village_programs.models import Village
from village_programs.models.villages import validate_village_code


@pytest.mark.parametrize("code", ["98.01.01.2001", "98.14.04.2013", "98.72.01.1001", "11.01.01.3001"])
def test_valid_kemendagri_codes(code):
    validate_village_code(code)


@pytest.mark.parametrize("code", ["98.14.04.206", "98.14.4.2006", "98-14-04-2006", "98.14.04.4006", "9814042006", ""])
def test_invalid_kemendagri_codes(code):
    with pytest.raises(ValidationError):
        validate_village_code(code)


@pytest.mark.django_db
def test_import_reads_a_good_file(tmp_path, capsys):
    path = tmp_path / "villages.csv"
    path.write_text(
        "code,name,kecamatan,kabupaten,province\n"
        "98.14.04.2007,Sindangsari,Plered,Kabupaten Purwakarta,Jawa Barat\n"
        "98.01.01.2001,Sukamaju,Plered,Kabupaten Purwakarta,Jawa Barat\n"
    )
    call_command("import_villages", str(path), office="contoh")
    assert Village.objects.get(code="98.14.04.2007").name == "Sindangsari"
    assert "1 new, 1 updated" in capsys.readouterr().out


@pytest.mark.django_db
def test_import_with_one_bad_row_imports_nothing_and_names_the_lines(tmp_path):
    before = Village.objects.count()
    path = tmp_path / "villages.csv"
    path.write_text(
        "code,name,kecamatan,kabupaten,province\n"
        "98.14.04.2007,Sindangsari,Plered,Kabupaten Purwakarta,Jawa Barat\n"
        "98.14.04.20,Broken,Plered,Kabupaten Purwakarta,Jawa Barat\n"
        "98.14.04.2008,,Plered,Kabupaten Purwakarta,Jawa Barat\n"
        "98.14.04.2007,Twice,Plered,Kabupaten Purwakarta,Jawa Barat\n"
    )
    with pytest.raises(CommandError) as error:
        call_command("import_villages", str(path), office="contoh")
    message = str(error.value)
    assert "Nothing was imported" in message
    assert "Line 3: code" in message
    assert "Line 4: name" in message
    assert "Line 5: code 98.14.04.2007 already appears on line 2" in message
    assert Village.objects.count() == before


@pytest.mark.django_db
def test_import_rejects_missing_columns_and_unknown_office(tmp_path):
    path = tmp_path / "villages.csv"
    path.write_text("code,name\n98.14.04.2007,Sindangsari\n")
    with pytest.raises(CommandError, match="missing column"):
        call_command("import_villages", str(path), office="contoh")
    with pytest.raises(CommandError, match="No office"):
        call_command("import_villages", str(path), office="atlantis")
