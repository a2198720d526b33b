from django import template

from pages.moderation.accessibility import accessibility_problems

register = template.Library()


@register.simple_tag
def latest_accessibility_problems(page):
    """Return the accessibility problems of the latest revision of ``page``."""
    return accessibility_problems(page.specific.get_latest_revision_as_object())
