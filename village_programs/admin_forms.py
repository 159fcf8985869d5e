"""Forms for office staff in the Wagtail admin."""

import datetime

from django import forms
from django.contrib.auth import get_user_model, password_validation
from django.core.validators import RegexValidator
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from home.channels import InvalidChannel, normalize_phone

from .models import OutreachRequest, TrainingSession


class VillageOfficerForm(WagtailAdminModelForm):
    """Creates or updates the officer's user account together with the officer.
    The temporary password is given to the officer in person; they must replace
    it at their first login."""

    username = forms.CharField(
        label=_("User name"),
        max_length=150,
        validators=[
            RegexValidator(
                r"^[a-z0-9][a-z0-9._-]*$",
                _("Use small letters, digits, dots, dashes and underscores only, e.g. 'citeko-sekdes'."),
            )
        ],
    )
    full_name = forms.CharField(label=_("Full name"), max_length=150)
    email = forms.EmailField(label=_("Email"), required=False)
    temporary_password = forms.CharField(
        label=_("Temporary password"),
        required=False,
        widget=forms.PasswordInput(render_value=False),
        help_text=_("Required for a new officer. Setting one later makes the officer choose a new password again."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            user = self.instance.user
            self.initial.update(username=user.username, full_name=user.get_full_name(), email=user.email)

    def clean_phone(self):
        phone = self.cleaned_data.get("phone", "").strip()
        if not phone:
            return ""
        try:
            return normalize_phone(phone)
        except InvalidChannel:
            raise forms.ValidationError(_("Enter a phone number, e.g. 0812-3456-7890.")) from None

    def clean_username(self):
        username = self.cleaned_data["username"].strip()
        users = get_user_model().objects.filter(username__iexact=username)
        if self.instance.pk:
            users = users.exclude(pk=self.instance.user_id)
        if users.exists():
            raise forms.ValidationError(_("This user name is already taken."))
        return username

    def clean(self):
        data = super().clean()
        password = data.get("temporary_password")
        if not self.instance.pk and not password:
            self.add_error("temporary_password", _("Give the new officer a temporary password."))
        elif password:
            # Checked against the name and user name typed in this form, as the officer's own will be.
            first, _space, last = (data.get("full_name") or "").partition(" ")
            person = get_user_model()(username=data.get("username") or "", first_name=first, last_name=last)
            try:
                password_validation.validate_password(password, person)
            except forms.ValidationError as error:
                self.add_error("temporary_password", error)
        return data

    def save(self, commit=True):
        officer = super().save(commit=False)
        User = get_user_model()
        user = officer.user if officer.pk else User(is_staff=False)
        first, _space, last = self.cleaned_data["full_name"].partition(" ")
        user.username = self.cleaned_data["username"]
        user.first_name, user.last_name = first, last
        user.email = self.cleaned_data.get("email", "")
        if self.cleaned_data.get("temporary_password"):
            user.set_password(self.cleaned_data["temporary_password"])
            officer.must_change_password = True
        if commit:
            user.save()
            officer.user = user
            officer.save()
            self.save_m2m()
        else:
            officer.user = user
        return officer


class SessionReviewForm(WagtailAdminModelForm):
    status = forms.ChoiceField(
        label=_("Decision"),
        choices=[
            (TrainingSession.Status.APPROVED, _("Approve")),
            (TrainingSession.Status.RETURNED, _("Send back to the officer")),
        ],
        widget=forms.RadioSelect,
    )

    class Meta:
        model = TrainingSession
        fields = ["status", "review_comment"]
        labels = {"review_comment": _("Comment for the officer")}
        help_texts = {"review_comment": _("Required when you send the session back: say what to correct.")}

    def clean(self):
        data = super().clean()
        if data.get("status") == TrainingSession.Status.RETURNED and not data.get("review_comment", "").strip():
            self.add_error("review_comment", _("Tell the officer what to correct."))
        return data


class OutreachHandlingForm(WagtailAdminModelForm):
    """The office queue: what the booking system would answer, done by hand."""

    ACTIONS = [
        ("schedule", _("Schedule the visit")),
        ("decline", _("Decline the request")),
        ("complete", _("Mark the visit as completed")),
        ("retry", _("Send to the booking system again")),
    ]
    action = forms.ChoiceField(label=_("Action"), choices=ACTIONS, widget=forms.RadioSelect)
    visit_date = forms.DateField(label=_("Visit date"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    visit_time = forms.TimeField(label=_("Start time"), required=False, widget=forms.TimeInput(attrs={"type": "time"}))

    class Meta:
        model = OutreachRequest
        fields = ["scheduled_place", "quota", "decline_reason"]
        labels = {
            "scheduled_place": _("Place of the visit"),
            "quota": _("Quota"),
            "decline_reason": _("Reason for declining"),
        }

    def clean(self):
        data = super().clean()
        action = data.get("action")
        if action == "schedule":
            for name in ("visit_date", "visit_time", "scheduled_place"):
                if not data.get(name):
                    self.add_error(name, _("Needed to schedule the visit."))
            visit = data.get("visit_date")
            today = timezone.localdate()
            if visit and not today - datetime.timedelta(days=365) <= visit <= today + datetime.timedelta(days=2 * 365):
                self.add_error("visit_date", _("Choose a date within the next two years."))
        if action == "decline" and not (data.get("decline_reason") or "").strip():
            self.add_error("decline_reason", _("Tell the village why the office cannot come."))
        return data
