import datetime

import phonenumbers
from django import forms
from django.conf import settings
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from core.locales import active_locale
from education.models import EducationModulePage
from home.channels import InvalidChannel, normalize_phone

from . import photos, sessions
from .models import OutreachRequest, TrainingSession, VillageOfficer
from .models.sessions import MAX_ATTENDANCE
from .photos import clean_photo

PHOTO_FIELDS = [name for name, _kind in sessions.PHOTO_FIELDS]

# No session of the programme was held before this day; an earlier date is a typing error.
EARLIEST_SESSION = datetime.date(2020, 1, 1)
# Indonesia from Sabang to Merauke and from Miangas to Rote, with a margin.
INDONESIA_LATITUDE = (-11.5, 6.5)
INDONESIA_LONGITUDE = (94.5, 141.5)
MONDAY = datetime.date(2024, 1, 1)  # any Monday: day names come from dates


class ModuleChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, module):
        return f"{module.code} · {module.title}"


class TrainingSessionForm(forms.ModelForm):
    """What a village officer records after a session. Photos are optional; a
    draft may be incomplete, a submission may not."""

    modules = ModuleChoiceField(
        label=_("Modules taught"), queryset=EducationModulePage.objects.none(), widget=forms.CheckboxSelectMultiple
    )
    attendance_photo = forms.FileField(
        label=_("Photo of the attendance sheet"),
        required=False,
        help_text=_("JPEG or PNG, up to 5 MB. Location data is removed."),
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png"}),
    )
    session_photo = forms.FileField(
        label=_("Photo of the session"),
        required=False,
        help_text=_("JPEG or PNG, up to 5 MB. Location data is removed."),
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png"}),
    )
    # Tokens of valid photos kept from a submission that came back with an error (photos.keep).
    attendance_photo_kept = forms.CharField(required=False, widget=forms.HiddenInput)
    session_photo_kept = forms.CharField(required=False, widget=forms.HiddenInput)
    form_token = forms.UUIDField(widget=forms.HiddenInput)
    # When the session was last changed, as the form was shown: a save over a change
    # made meanwhile (the office sent it back, another phone saved it) is a conflict.
    version = forms.CharField(required=False, widget=forms.HiddenInput)
    # Off for a record sent from the phone's outbox, which still holds its photos.
    keep_photos = True

    class Meta:
        model = TrainingSession
        fields = [
            "village",
            "date",
            "start_time",
            "place",
            "modules",
            "facilitators",
            "women",
            "men",
            "want_passport",
            "notes",
        ]
        labels = {
            "village": _("Village"),
            "date": _("Date"),
            "start_time": _("Start time"),
            "place": _("Place"),
            "facilitators": _("Facilitators"),
            "women": _("Women attending"),
            "men": _("Men attending"),
            "want_passport": _("Residents who want a passport"),
            "notes": _("Notes"),
        }
        help_texts = {"facilitators": _("Names of those who led the session, separated by commas.")}
        widgets = {
            "date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "start_time": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "women": forms.NumberInput(attrs={"min": 0, "max": MAX_ATTENDANCE, "inputmode": "numeric"}),
            "men": forms.NumberInput(attrs={"min": 0, "max": MAX_ATTENDANCE, "inputmode": "numeric"}),
            "want_passport": forms.NumberInput(attrs={"min": 0, "max": MAX_ATTENDANCE, "inputmode": "numeric"}),
            "notes": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, officer, submitting=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.officer = officer
        self.submitting = submitting
        self.fields["village"].queryset = officer.villages.order_by("name")
        self.fields["village"].empty_label = None
        locale = active_locale()
        self.fields["modules"].queryset = EducationModulePage.taught().live().filter(locale=locale).order_by("code")
        if self.instance.pk:
            self.initial["version"] = self.instance.updated_at.isoformat()
        if self.instance.pk and not self.is_bound:
            # Modules are stored in the default language; show them in the reader's.
            self.initial["modules"] = [
                (module.get_translation_or_none(locale) or module).pk for module in self.instance.modules.all()
            ]
        for name in ("women", "men", "want_passport"):
            self.fields[name].min_value = 0

    def clean_date(self):
        date = self.cleaned_data["date"]
        if date > timezone.localdate():
            raise forms.ValidationError(_("The date cannot be in the future: record a session after it took place."))
        if date < EARLIEST_SESSION:
            raise forms.ValidationError(
                _("Sessions before %(date)s cannot be recorded here. Please check the year.")
                % {"date": formats.date_format(EARLIEST_SESSION, "j F Y")}
            )
        return date

    def _clean_count(self, name):
        value = self.cleaned_data.get(name)
        if value is not None and value > MAX_ATTENDANCE:
            raise forms.ValidationError(
                _("%(count)s is more than we expect for one session (at most %(limit)s). Please check the number.")
                % {"count": value, "limit": MAX_ATTENDANCE}
            )
        return value

    def clean_women(self):
        return self._clean_count("women")

    def clean_men(self):
        return self._clean_count("men")

    def clean_want_passport(self):
        return self._clean_count("want_passport")

    def clean_attendance_photo(self):
        return self._photo("attendance_photo")

    def clean_session_photo(self):
        return self._photo("session_photo")

    def _photo(self, name):
        upload = self.cleaned_data.get(name)
        if upload:
            return clean_photo(upload)
        return photos.take(self.data.get(f"{name}_kept"), self.officer.user_id)

    def full_clean(self):
        super().full_clean()
        if self.is_bound and self._errors and self.keep_photos:
            self._keep_valid_photos()

    def _keep_valid_photos(self):
        """The form comes back with an error: keep each valid photo and say so
        beside its field, so the officer need not choose or send it again."""
        data = self.data.copy()
        for name in PHOTO_FIELDS:
            photo = self.cleaned_data.get(name)
            if photo:
                photo.seek(0)
                data[f"{name}_kept"] = photos.keep(photo, self.officer.user_id)
                self.fields[name].help_text = _(
                    "A photo is already attached and will be saved with the session. Choose another only to replace it."
                )
                self._bound_fields_cache.pop(name, None)  # made during cleaning, with the old help text
        self.data = data

    def clean(self):
        data = super().clean()
        self._check_version(data.get("version"))
        women, men, wanting = data.get("women"), data.get("men"), data.get("want_passport")
        if None not in (women, men, wanting) and wanting > women + men:
            self.add_error("want_passport", _("This cannot be more than the number of people attending."))
        if self.submitting and women is not None and men is not None and women + men == 0:
            self.add_error("women", _("A submitted session needs at least one participant."))
        return data

    def _check_version(self, version):
        if not self.instance.pk or not version:
            return
        found = TrainingSession.objects.filter(pk=self.instance.pk).values_list("updated_at", "form_token").first()
        if found is None:
            return
        current, token = found
        if current.isoformat() == version or str(token) == str(self.data.get("form_token")):
            # Unchanged, or the change was this very form, sent again after a lost answer.
            return
        # Shown once: saving again (having read the session as it is now) keeps the officer's version.
        self.data = self.data.copy()
        self.data["version"] = current.isoformat()
        self.add_error(
            None,
            forms.ValidationError(
                _(
                    "This session was changed after you opened this form (at %(time)s). Open the session to see "
                    "what changed; to keep what you typed here, save again."
                )
                % {"time": formats.date_format(timezone.localtime(current), "j F Y, H:i")},
                code="conflict",
            ),
        )

    def clean_modules(self):
        modules = self.cleaned_data["modules"]
        default = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
        return [module.get_translation_or_none(default) or module for module in modules]


class OutreachRequestForm(forms.ModelForm):
    """A village asks for the mobile passport service."""

    MIN_DAYS_AHEAD = 14

    date_1 = forms.DateField(label=_("Preferred date"), widget=forms.DateInput(attrs={"type": "date"}))
    date_2 = forms.DateField(
        label=_("Second choice (optional)"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    date_3 = forms.DateField(
        label=_("Third choice (optional)"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    services = forms.MultipleChoiceField(
        label=_("Services wanted"),
        choices=OutreachRequest.Service.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text=_(
            "Lost and damaged passports are not handled by the mobile service: those applicants go to the office."
        ),
    )
    training_sessions = forms.ModelMultipleChoiceField(
        label=_("Sessions where the interest was counted (optional)"),
        queryset=TrainingSession.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    form_token = forms.UUIDField(widget=forms.HiddenInput)

    class Meta:
        model = OutreachRequest
        fields = [
            "village",
            "place_name",
            "place_address",
            "latitude",
            "longitude",
            "expected_applicants",
            "contact_name",
            "contact_phone",
            "notes",
            "training_sessions",
        ]
        labels = {
            "village": _("Village"),
            "place_name": _("Place"),
            "place_address": _("Address"),
            "latitude": _("Latitude (optional)"),
            "longitude": _("Longitude (optional)"),
            "expected_applicants": _("Expected applicants"),
            "contact_name": _("Contact person"),
            "contact_phone": _("Contact's WhatsApp number"),
            "notes": _("Notes"),
        }
        help_texts = {
            "expected_applicants": _("How many residents are expected to apply on the day."),
            "contact_phone": _("For example 0812-3456-7890."),
            "latitude": _("If you know the map point, e.g. -6.6312."),
        }
        widgets = {
            "expected_applicants": forms.NumberInput(attrs={"min": 1, "inputmode": "numeric"}),
            "contact_phone": forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
            "notes": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, officer, submitting=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.submitting = submitting
        self.fields["village"].queryset = officer.villages.order_by("name")
        self.fields["village"].empty_label = None
        self.fields["training_sessions"].queryset = TrainingSession.objects.filter(
            village__in=officer.villages.all()
        ).select_related("village")
        self.fields["training_sessions"].label_from_instance = lambda session: (
            f"{session.village.name}, {session.date:%d-%m-%Y}"
        )
        if self.instance.pk and not self.is_bound:
            for number, day in enumerate(self.instance.preferred_dates[:3], start=1):
                self.initial[f"date_{number}"] = day
            self.initial["services"] = self.instance.services
        # The phone's date picker starts at the earliest date the office accepts.
        for name in ("date_1", "date_2", "date_3"):
            self.fields[name].widget.attrs["min"] = self.earliest().isoformat()

    def earliest(self):
        return timezone.localdate() + datetime.timedelta(days=self.MIN_DAYS_AHEAD)

    def visit_rules(self):
        """Each office's rules for the officer's villages, to show before the form is
        filled in, not only in the errors after it is sent."""
        offices = {village.office for village in self.fields["village"].queryset.select_related("office")}
        return [
            {
                "office": office.localized.name,
                "days": ", ".join(
                    formats.date_format(MONDAY + datetime.timedelta(days=n), "l") for n in office.outreach_days
                ),
                "earliest": formats.date_format(self.earliest(), "j F Y"),
                "minimum": office.min_outreach_applicants,
            }
            for office in sorted(offices, key=lambda office: office.name)
        ]

    def _clean_date(self, name):
        day = self.cleaned_data.get(name)
        if day is None:
            return day
        earliest = self.earliest()
        if day < earliest:
            raise forms.ValidationError(
                _("Choose a date at least %(days)s days ahead, from %(date)s.")
                % {"days": self.MIN_DAYS_AHEAD, "date": formats.date_format(earliest, "j F Y")}
            )
        village = self.cleaned_data.get("village")
        allowed = village.office.outreach_days if village else [0, 1, 2, 3, 4]
        if day.weekday() not in allowed:
            # The office's own rule (Office.outreach_weekdays), named in the reader's language.
            names = ", ".join(formats.date_format(MONDAY + datetime.timedelta(days=n), "l") for n in allowed)
            raise forms.ValidationError(
                _("The office visits villages on these days only: %(days)s. Please choose one of them.")
                % {"days": names}
            )
        return day

    def _clean_coordinate(self, name, low, high):
        value = self.cleaned_data.get(name)
        if value is not None and not low <= value <= high:
            raise forms.ValidationError(_("This point is not in Indonesia. Leave the field empty if you are not sure."))
        return value

    def clean_latitude(self):
        return self._clean_coordinate("latitude", *INDONESIA_LATITUDE)

    def clean_longitude(self):
        return self._clean_coordinate("longitude", *INDONESIA_LONGITUDE)

    def clean_date_1(self):
        return self._clean_date("date_1")

    def clean_date_2(self):
        return self._clean_date("date_2")

    def clean_date_3(self):
        return self._clean_date("date_3")

    def clean_contact_phone(self):
        try:
            number = phonenumbers.parse(normalize_phone(self.cleaned_data["contact_phone"]))
        except InvalidChannel:
            number = None
        if (
            number is None
            or not phonenumbers.is_valid_number(number)
            or phonenumbers.number_type(number)
            not in (
                phonenumbers.PhoneNumberType.MOBILE,
                phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
            )
        ):
            raise forms.ValidationError(_("Enter a mobile number that uses WhatsApp, for example 0812-3456-7890."))
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)

    def clean(self):
        data = super().clean()
        days = [data[name] for name in ("date_1", "date_2", "date_3") if data.get(name)]
        if len(set(days)) != len(days):
            self.add_error("date_2", _("Each preferred date must be different."))
        data["preferred_dates"] = sorted({day.isoformat() for day in days})
        village = data.get("village")
        expected = data.get("expected_applicants")
        if village and expected is not None:
            minimum = village.office.min_outreach_applicants
            if expected < minimum:
                self.add_error(
                    "expected_applicants",
                    _(
                        "The office comes for at least %(minimum)s applicants. Gather more interest first, "
                        "or send residents to the office."
                    )
                    % {"minimum": minimum},
                )
        sessions = data.get("training_sessions") or []
        if village and any(session.village_id != village.pk for session in sessions):
            self.add_error("training_sessions", _("Choose only sessions held in this village."))
        return data

    def save(self, commit=True):
        request = super().save(commit=False)
        request.preferred_dates = self.cleaned_data["preferred_dates"]
        request.services = self.cleaned_data["services"]
        if commit:
            request.save()
            self.save_m2m()
        return request


class NoticeSettingsForm(forms.ModelForm):
    class Meta:
        model = VillageOfficer
        fields = ["email_notices"]
        labels = {"email_notices": _("Also send me the office's notices by e-mail")}
        help_texts = {"email_notices": _("They go to the e-mail address the office holds for your account.")}
