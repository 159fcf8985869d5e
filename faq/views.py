from django.conf import settings
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from core import ratelimit, security

from .forms import FeedbackForm
from .models import FaqQuestionPage, Feedback


# No CSRF token: the form is on cached pages shared by every reader, so it
# cannot carry one. A post from another website is refused by its origin
# instead, and the rate limit bounds what any one client can send.
@csrf_exempt
@require_POST
def feedback(request, question_id):
    question = get_object_or_404(FaqQuestionPage.objects.live().public(), pk=question_id)
    form = FeedbackForm(request.POST)
    if not security.same_origin(request):
        form.is_valid()
        form.add_error(None, _("Your answer could not be sent from here. Please open the question again and retry."))
        return render_question(request, question, form, status=403)
    limit, seconds = settings.FEEDBACK_RATE_LIMIT
    if not ratelimit.allow(request, "faq-feedback", limit, seconds):
        form.is_valid()
        form.add_error(None, _("You have sent a lot of answers in a short time. Please try again in an hour."))
        return render_question(request, question, form, status=429)
    if not form.is_valid():
        return render_question(request, question, form, status=400)
    Feedback.objects.create(
        question=question, helpful=form.cleaned_data["helpful"], comment=form.cleaned_data["comment"]
    )
    return HttpResponseRedirect(f"{question.get_url(request)}?feedback=thanks#feedback")


def render_question(request, question, form, status):
    context = question.get_context(request)
    context["feedback_form"] = form
    return TemplateResponse(request, question.get_template(request), context, status=status)
