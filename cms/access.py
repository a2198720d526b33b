"""The one place that decides what a GraphQL request may see.

Every resolver that returns content asks this module, whichever path it takes
(lists, lookups, tree fields, StreamField choosers, foreign keys, rich-text
links), so that a change to who may see what is a change here alone.
"""

from django.db.models import Model
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction


def visible_pages(request, queryset=None):
    """Narrow ``queryset`` (all pages by default) to the pages ``request`` may see.

    Only live pages below the tree root, without any view restriction on them or
    an ancestor, pass.
    """
    # TODO: per-person view restrictions and audiences need signed-in readers;
    # until then every restricted page is hidden from everyone.
    if queryset is None:
        queryset = Page.objects.all()
    queryset = queryset.live().filter(depth__gt=1)
    for restriction in PageViewRestriction.objects.select_related("page"):
        queryset = queryset.not_descendant_of(restriction.page, inclusive=True)
    return queryset


def visible_images(request, queryset=None):
    """Narrow ``queryset`` to the images ``request`` may see."""
    if queryset is None:
        queryset = get_image_model().objects.all()
    return queryset


def visible_documents(request, queryset=None):
    """Narrow ``queryset`` to the documents ``request`` may see."""
    if queryset is None:
        queryset = get_document_model().objects.all()
    return queryset


def visible_films(request, queryset=None):
    """Narrow ``queryset`` to the films ``request`` may see: ready ones only."""
    from media_pipeline.models import Film

    if queryset is None:
        queryset = Film.objects.all()
    return queryset.filter(status=Film.Status.READY)


def visible_queryset(request, model):
    """Return the visible objects of ``model``, whichever kind of content it is."""
    from media_pipeline.models import Film

    if issubclass(model, Page):
        return visible_pages(request, model.objects.all())
    if issubclass(model, get_image_model()):
        return visible_images(request, model.objects.all())
    if issubclass(model, get_document_model()):
        return visible_documents(request, model.objects.all())
    if issubclass(model, Film):
        return visible_films(request, model.objects.all())
    return model._default_manager.all()


def visible_or_none(request, obj):
    """Return ``obj`` when ``request`` may see it, else None.

    Used by choosers and foreign keys, whose target may have been deleted,
    unpublished or restricted since it was chosen.
    """
    if obj is None or not isinstance(obj, Model) or obj.pk is None:
        return None
    model = type(obj)
    if isinstance(obj, Page):
        model = Page
    if not visible_queryset(request, model).filter(pk=obj.pk).exists():
        return None
    return obj.specific if isinstance(obj, Page) else obj
