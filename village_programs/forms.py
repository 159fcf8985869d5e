from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from education.models import EducationModulePage

from .models import TrainingSession
from .models.sessions import MAX_ATTENDANCE
from .photos import clean_photo


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
    form_token = forms.UUIDField(widget=forms.HiddenInput)

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
        locale = Locale.get_active()
        self.fields["modules"].queryset = EducationModulePage.objects.live().filter(locale=locale).order_by("code")
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
        upload = self.cleaned_data.get("attendance_photo")
        return clean_photo(upload) if upload else None

    def clean_session_photo(self):
        upload = self.cleaned_data.get("session_photo")
        return clean_photo(upload) if upload else None

    def clean(self):
        data = super().clean()
        women, men, wanting = data.get("women"), data.get("men"), data.get("want_passport")
        if None not in (women, men, wanting) and wanting > women + men:
            self.add_error("want_passport", _("This cannot be more than the number of people attending."))
        if self.submitting and women is not None and men is not None and women + men == 0:
            self.add_error("women", _("A submitted session needs at least one participant."))
        return data

    def clean_modules(self):
        modules = self.cleaned_data["modules"]
        default = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
        return [module.get_translation_or_none(default) or module for module in modules]
