import csv
from pathlib import Path

from django import forms
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from home.models import Office
from village_programs.models import Village
from village_programs.models.villages import validate_village_code

COLUMNS = ["code", "name", "kecamatan", "kabupaten", "province"]


class RowForm(forms.Form):
    code = forms.CharField(validators=[validate_village_code])
    name = forms.CharField(max_length=100)
    kecamatan = forms.CharField(max_length=100)
    kabupaten = forms.CharField(max_length=100)
    province = forms.CharField(max_length=100)
    status = forms.ChoiceField(choices=Village.Status.choices, required=False)


class Command(BaseCommand):
    help = (
        "Import villages from a CSV with the columns code,name,kecamatan,kabupaten,province (and optionally "
        "status). Every row is checked first; if any row is wrong, nothing is imported and each error is "
        "reported with its line number. Existing villages (same code) are updated."
    )

    def add_arguments(self, parser):
        parser.add_argument("csv_file")
        parser.add_argument("--office", required=True, help="Code of the office serving these villages.")

    def handle(self, csv_file, office, **options):
        office_obj = Office.objects.filter(code=office).order_by("locale_id").first()
        if office_obj is None:
            raise CommandError(f"No office with the code '{office}'.")
        path = Path(csv_file)
        if not path.exists():
            raise CommandError(f"File not found: {path}")
        with path.open(newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            missing = [column for column in COLUMNS if column not in (reader.fieldnames or [])]
            if missing:
                raise CommandError(f"Line 1: missing column(s): {', '.join(missing)}.")
            rows, errors, seen = [], [], {}
            for line, row in enumerate(reader, start=2):
                form = RowForm({key: (value or "").strip() for key, value in row.items() if key})
                if not form.is_valid():
                    for field, messages in form.errors.items():
                        errors.append(f"Line {line}: {field}: {' '.join(messages)}")
                    continue
                code = form.cleaned_data["code"]
                if code in seen:
                    errors.append(f"Line {line}: code {code} already appears on line {seen[code]}.")
                    continue
                seen[code] = line
                rows.append(form.cleaned_data)
        if errors:
            raise CommandError("Nothing was imported.\n" + "\n".join(errors))
        created = updated = 0
        with transaction.atomic():
            for data in rows:
                defaults = {key: data[key] for key in COLUMNS[1:]}
                defaults["office"] = office_obj
                if data.get("status"):
                    defaults["status"] = data["status"]
                _village, was_created = Village.objects.update_or_create(code=data["code"], defaults=defaults)
                created += was_created
                updated += not was_created
        self.stdout.write(f"Imported {len(rows)} village(s): {created} new, {updated} updated.")
