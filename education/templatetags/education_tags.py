from django import template

from education.models import ServiceEvent
from home.templatetags.site_tags import home_office

register = template.Library()


@register.simple_tag(takes_context=True)
def upcoming_events(context, limit=3):
    """The next events of the office this site speaks for."""
    return ServiceEvent.upcoming(limit=limit, office=home_office(context))
