from django import template

from education.models import ServiceEvent

register = template.Library()


@register.simple_tag
def upcoming_events(limit=3):
    return ServiceEvent.upcoming(limit=limit)
