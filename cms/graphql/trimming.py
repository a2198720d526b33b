"""Cut grapple's generated types down to the fields clients need.

Grapple builds page, image and document types as graphene-django
``DjangoObjectType`` classes, which expose every model column that is not
excluded: on pages that includes ``draftTitle`` (draft text), ``lockedAt``,
``hasUnpublishedChanges``, ``aliasOf``, ``latestRevisionCreatedAt`` and more,
and on images and documents the ``collection`` and ``tags`` relations, which
return objects without any visibility check. Fields are removed from each
type's ``_meta.fields`` before the schema is built.
"""

from grapple.registry import registry
from grapple.types.documents import DocumentObjectType
from grapple.types.images import ImageObjectType, ImageRenditionObjectType
from grapple.types.pages import Page as GenericPageType

from cms.graphql.interfaces import PAGE_INTERFACE_FIELDS, AcademyPageInterface

IMAGE_FIELDS = frozenset(
    {
        "id",
        "title",
        "width",
        "height",
        "url",
        "aspect_ratio",
        "sizes",
        "is_svg",
        "focal_point_x",
        "focal_point_y",
        "focal_point_width",
        "focal_point_height",
        "rendition",
        "src_set",
        "description",
    }
)
RENDITION_FIELDS = frozenset({"id", "url", "width", "height", "alt", "filter_spec", "background_position_style"})
DOCUMENT_FIELDS = frozenset({"id", "title", "url", "file_size"})


def graphql_field_names(model):
    """Return the field names a model or block declares in ``graphql_fields``."""
    names = set()
    for declaration in getattr(model, "graphql_fields", ()):
        field = declaration() if callable(declaration) else declaration
        if isinstance(field, tuple):
            field = field[0]() if callable(field[0]) else field[0]
        names.add(field.field_name)
    return names


def keep_fields(graphene_type, allowed):
    """Remove every field of ``graphene_type`` whose name is not in ``allowed``."""
    for name in list(graphene_type._meta.fields):
        if name not in allowed:
            del graphene_type._meta.fields[name]


def trim_generated_types():
    """Trim page, image, rendition and document types; safe to call more than once."""
    page_types = {GenericPageType: set()}
    for model, page_type in registry.pages.items():
        page_types[page_type] = graphql_field_names(model)
    for page_type, own_fields in page_types.items():
        keep_fields(page_type, PAGE_INTERFACE_FIELDS | own_fields)
        # Grapple declares a nullable id on each page type; the interface promises ID!.
        page_type._meta.fields["id"] = AcademyPageInterface._meta.fields["id"]

    for graphene_type in {ImageObjectType, ImageRenditionObjectType, *registry.images.values()}:
        allowed = RENDITION_FIELDS if _is_rendition_type(graphene_type) else IMAGE_FIELDS
        keep_fields(graphene_type, allowed)

    for graphene_type in {DocumentObjectType, *registry.documents.values()}:
        keep_fields(graphene_type, DOCUMENT_FIELDS)


def _is_rendition_type(graphene_type):
    return issubclass(graphene_type, ImageRenditionObjectType)

