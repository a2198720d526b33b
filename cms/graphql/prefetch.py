"""Batch loading for lists, so the number of SQL queries does not grow with the number of items.

Grapple resolves each field of each item on its own. For a list of pages that
would mean one query per page for every StreamField chooser, every visibility
check, every image's renditions and every rich-text link. ``prepare_pages``
runs before the items are returned and loads all of that for the whole list:
one query per kind of thing, however many items there are.
"""

from collections import defaultdict

from django.db.models import ForeignKey, ManyToManyField, Model, prefetch_related_objects
from wagtail.blocks import StreamValue, StructValue
from wagtail.blocks.list_block import ListValue
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.rich_text import RichText

from cms.access import prime_visibility
from cms.graphql.richtext import prime_rich_text_links


def prepare_pages(request, pages):
    """Load everything the GraphQL fields of ``pages`` read, in a fixed number of queries."""
    if not pages:
        return
    streams = [value for page in pages for value in _field_values(page, StreamField)]
    convert_streams(streams)

    objects, rich_texts = [], []
    for page in pages:
        objects.extend(_loaded_relations(page))
        rich_texts.extend(_field_values(page, RichTextField))
    for stream in streams:
        _collect_block_values(stream, objects, rich_texts)

    prepare_objects(request, objects)
    prime_rich_text_links(request, rich_texts)


def prepare_objects(request, objects):
    """Check visibility of ``objects`` per model in one query each, and load image renditions and film media."""
    by_model = defaultdict(list)
    for obj in objects:
        if obj is not None and obj.pk is not None:
            by_model[Page if isinstance(obj, Page) else type(obj)].append(obj)

    from media_pipeline.models import Film

    films = by_model.get(Film, [])
    if films:
        # Film.poster falls back to the poster extracted by the media pipeline.
        prefetch_related_objects(films, "renditions", "captions", "poster", "extracted_poster")
        by_model[get_image_model()].extend(film.get_poster() for film in films if film.get_poster() is not None)

    images = [
        image
        for image in by_model.get(get_image_model(), [])
        if "renditions" not in getattr(image, "_prefetched_objects_cache", {})
    ]
    if images:
        prefetch_related_objects(images, "renditions")

    for model, instances in by_model.items():
        prime_visibility(request, model, [obj.pk for obj in instances])


def convert_streams(streams):
    """Convert the raw data of many StreamField values at once: one ``bulk_to_python`` per block type.

    Wagtail converts lazily per StreamField value, which costs one query per
    value and chooser block type. The converted children are stored where
    Wagtail's ``StreamValue`` keeps them, so later access reads them from memory.
    """
    pending = defaultdict(list)
    for stream in streams:
        if not getattr(stream, "is_lazy", False):
            continue
        for index, raw_child in enumerate(stream._raw_data):
            if stream._bound_blocks[index] is None:
                pending[(id(stream.stream_block), raw_child["type"])].append((stream, index))

    for positions in pending.values():
        first_stream, first_index = positions[0]
        child_block = first_stream.stream_block.child_blocks[first_stream._raw_data[first_index]["type"]]
        raw_values = [stream._raw_data[index]["value"] for stream, index in positions]
        for (stream, index), value in zip(positions, child_block.bulk_to_python(raw_values)):
            stream._bound_blocks[index] = StreamValue.StreamChild(
                child_block, value, id=stream._raw_data[index].get("id")
            )


def _field_values(page, field_class):
    return [getattr(page, field.attname) for field in page._meta.concrete_fields if isinstance(field, field_class)]


def _loaded_relations(page):
    """Return the related objects already loaded on ``page`` by select_related or prefetch_related."""
    related = []
    for field in page._meta.concrete_fields:
        if isinstance(field, ForeignKey) and field.is_cached(page):
            related.append(getattr(page, field.name))
    prefetched = getattr(page, "_prefetched_objects_cache", {})
    for field in page._meta.get_fields():
        if isinstance(field, ManyToManyField) and field.name in prefetched:
            related.extend(prefetched[field.name])
    return [obj for obj in related if isinstance(obj, Model)]


def _collect_block_values(value, objects, rich_texts):
    """Walk a converted block value and collect chooser targets and rich texts."""
    if isinstance(value, Model):
        objects.append(value)
    elif isinstance(value, RichText):
        rich_texts.append(value)
    elif isinstance(value, StreamValue):
        for child in value:
            _collect_block_values(child.value, objects, rich_texts)
    elif isinstance(value, StructValue):
        for child_value in value.values():
            _collect_block_values(child_value, objects, rich_texts)
    elif isinstance(value, (ListValue, list)):
        for item in value:
            _collect_block_values(item, objects, rich_texts)
