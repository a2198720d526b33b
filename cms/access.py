"""The one place that decides what a GraphQL request may see.

Every resolver that returns content calls this module, whichever path it takes
(lists, lookups, tree fields, StreamField choosers, foreign keys, rich-text
links), so that a change to who may see what is a change here alone.

The request is the scope input. Answers are cached on the request, so a list of
50 items that each point at the same chooser target costs one query, and
``prime_visibility`` lets list resolvers check many objects in one query.
"""

from django.db.models import Model, Q
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, get_page_models

from cms.accounts.readers import hidden_collection_paths, hidden_page_paths, reader_for

# The reader (a person, an API key or none), its audiences and the view
# restrictions they pass come from cms.accounts.readers; docs/access.md has the table.

VISIBILITY_CACHE_ATTRIBUTE = "_academy_visibility_cache"


def visible_pages(request, queryset=None):
    """Narrow ``queryset`` (all pages by default) to the pages ``request`` may see.

    Only live pages below the tree root pass. The reader (a signed-in volunteer
    or staff member, or an API key) must have the page's audience among its
    audiences and pass every view restriction on the page and its ancestors.
    Anonymous requests see no page. A page past its
    expiry time is hidden even before Wagtail's scheduler has unpublished it.
    """
    if queryset is None:
        queryset = Page.objects.all()
    reader = reader_for(request)
    if not reader.may_read:
        return queryset.none()
    queryset = queryset.live().filter(depth__gt=1)
    queryset = queryset.filter(Q(expire_at__isnull=True) | Q(expire_at__gt=timezone.now()))
    for restricted_path in _restricted_paths(request):
        queryset = queryset.exclude(path__startswith=restricted_path)
    return _for_audiences(queryset, reader.audiences)


def visible_images(request, queryset=None):
    """Narrow ``queryset`` to the images ``request`` may see: those outside collections it may not see."""
    if queryset is None:
        queryset = get_image_model().objects.all()
    return _in_visible_collections(request, queryset)


def visible_documents(request, queryset=None):
    """Narrow ``queryset`` to the documents ``request`` may see: those outside collections it may not see."""
    if queryset is None:
        queryset = get_document_model().objects.all()
    return _in_visible_collections(request, queryset)


def visible_films(request, queryset=None):
    """Narrow ``queryset`` to the films ``request`` may see: ready ones only."""
    from media_pipeline.models import Film

    if queryset is None:
        queryset = Film.objects.all()
    return _in_visible_collections(request, queryset.filter(status=Film.Status.READY))


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
    if not reader_for(request).may_read:
        return model._default_manager.none()
    return model._default_manager.all()


def prime_visibility(request, model, pks):
    """Check in one query which of ``pks`` of ``model`` the request may see, and cache the results."""
    cache = _visibility_cache(request, _cache_model(model))
    unknown = {pk for pk in pks if pk is not None and pk not in cache}
    if not unknown:
        return
    visible = set(
        visible_queryset(request, _cache_model(model)).filter(pk__in=unknown).values_list("pk", flat=True)
    )
    for pk in unknown:
        cache[pk] = pk in visible


def is_visible(request, model, pk):
    """Return whether ``request`` may see the object ``pk`` of ``model``, using the request's cache."""
    cache = _visibility_cache(request, _cache_model(model))
    if pk not in cache:
        prime_visibility(request, model, [pk])
    return cache[pk]


def visible_or_none(request, obj):
    """Return ``obj`` when ``request`` may see it, else None.

    Used by choosers and foreign keys, whose target may have been deleted,
    unpublished or restricted since it was chosen. Pages come back as their
    specific class.
    """
    if obj is None or not isinstance(obj, Model) or obj.pk is None:
        return None
    if not is_visible(request, type(obj), obj.pk):
        return None
    return obj.specific if isinstance(obj, Page) else obj


def visible_list(request, objects):
    """Return the members of ``objects`` (already loaded, e.g. prefetched) that ``request`` may see, in order."""
    objects = list(objects)
    by_model = {}
    for obj in objects:
        by_model.setdefault(_cache_model(type(obj)), []).append(obj.pk)
    for model, pks in by_model.items():
        prime_visibility(request, model, pks)
    return [obj for obj in objects if is_visible(request, type(obj), obj.pk)]


def _cache_model(model):
    """Return the model whose visibility cache ``model`` shares: all page classes share ``Page``'s."""
    return Page if issubclass(model, Page) else model


def _visibility_cache(request, model):
    """Return the request's ``{pk: visible}`` cache for ``model``; a throwaway one without a request."""
    if request is None:
        return {}
    caches = getattr(request, VISIBILITY_CACHE_ATTRIBUTE, None)
    if caches is None:
        caches = {}
        setattr(request, VISIBILITY_CACHE_ATTRIBUTE, caches)
    return caches.setdefault(model._meta.label, {})


def _restricted_paths(request):
    """Return the tree paths of pages whose view restriction the reader does not pass, read once per request."""
    cache = _visibility_cache(request, PageViewRestriction)
    if "paths" not in cache:
        cache["paths"] = hidden_page_paths(reader_for(request))
    return cache["paths"]


def _hidden_collection_paths(request):
    """Return the tree paths of collections whose view restriction the reader does not pass, read once per request."""
    cache = _visibility_cache(request, PageViewRestriction)
    if "collection_paths" not in cache:
        cache["collection_paths"] = hidden_collection_paths(reader_for(request))
    return cache["collection_paths"]


def _in_visible_collections(request, queryset):
    """Narrow a queryset of images, documents or films to readers' collections, child collections included."""
    if not reader_for(request).may_read:
        return queryset.none()
    for hidden_path in _hidden_collection_paths(request):
        queryset = queryset.exclude(collection__path__startswith=hidden_path)
    return queryset


def _audience_page_models():
    """Return the page models with an ``audience`` field: modules, inspiration items, learning events."""
    return [model for model in get_page_models() if "audience" in {field.name for field in model._meta.concrete_fields}]


def _for_audiences(queryset, audiences):
    """Exclude pages whose ``audience`` is not among ``audiences``; pages without an audience pass."""
    from pages.models.choices import Audience

    if set(Audience.values) <= set(audiences):
        return queryset
    for model in _audience_page_models():
        queryset = queryset.exclude(pk__in=model.objects.exclude(audience__in=audiences).values("pk"))
    return queryset
