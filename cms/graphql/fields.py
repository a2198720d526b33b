"""Grapple field declarations whose resolvers go through ``cms.access``.

Use these in ``graphql_fields`` of page models, snippets and StreamField blocks
in place of grapple's ``GraphQLImage``, ``GraphQLPage``, ``GraphQLSnippet``,
``GraphQLCollection`` and ``GraphQLRichText``. Grapple's resolvers return
chooser and foreign-key targets without a visibility check, and its rich text
renders links to draft pages.

Each helper returns what grapple's ``get_field_type`` expects, a
``(GraphQLField, wrapper)`` pair. The wrapper builds the graphene field with
its own ``resolver``, which graphene prefers over the ``resolve_<name>`` method
grapple attaches to the type.
"""

import graphene
from django.db.models import Manager, Model
from grapple.models import GraphQLField


def _source_value(root, source):
    """Read ``source`` from a model instance (calling it when it is a method) or from a StreamField block value."""
    if not isinstance(root, Model):
        # grapple.actions builds types at import, so it cannot load while models are still loading.
        from grapple.actions import get_field_value

        return get_field_value(root, source)
    value = getattr(root, source)
    if callable(value) and not isinstance(value, Manager):
        value = value()
    return value


def _scoped_field(field_name, type_factory, resolve_value, *, required=False, description=None, source=None):
    """Declare a field whose type ``type_factory()`` gives, resolved as ``resolve_value(request, value)``.

    Grapple calls the returned ``Mixin`` once models are loaded, so the type is built only then.
    """
    source = source or field_name

    def Mixin():
        of_type = type_factory()

        def resolve(root, info, **kwargs):
            return resolve_value(info.context, _source_value(root, source))

        def build(_field_type):
            return graphene.Field(of_type, required=required, description=description, resolver=resolve)

        return GraphQLField(field_name, graphene.String, description=description), build

    return Mixin


def _visible_object(request, value):
    from cms.access import visible_or_none

    return visible_or_none(request, value)


def _image_type():
    from grapple.types.images import get_image_type

    return get_image_type


def _document_type():
    from grapple.types.documents import get_document_type

    return get_document_type


def GraphQLVisibleImage(field_name, **kwargs):
    """Declare an image chooser or foreign key field, null when empty, deleted or hidden."""
    return _scoped_field(field_name, _image_type, _visible_object, **kwargs)


def GraphQLVisibleDocument(field_name, **kwargs):
    """Declare a document chooser or foreign key field, null when empty, deleted or hidden."""
    return _scoped_field(field_name, _document_type, _visible_object, **kwargs)


def GraphQLVisibleFilm(field_name, **kwargs):
    """Declare a film chooser or foreign key field, null when empty, deleted, hidden or not ready."""
    return _scoped_field(field_name, lambda: "media_pipeline.graphql.FilmType", _visible_object, **kwargs)


def GraphQLVisiblePage(field_name, page_model=None, **kwargs):
    """Declare a page chooser or foreign key field, null when empty, deleted, unpublished or hidden.

    ``page_model`` (``"app.Model"``) narrows the GraphQL type from the ``Page`` interface.
    """
    return _scoped_field(field_name, lambda: _model_type(page_model), _visible_object, **kwargs)


def GraphQLVisibleSnippet(field_name, snippet_model, **kwargs):
    """Declare a snippet foreign key field such as a theme, null when empty, deleted or hidden."""
    return _scoped_field(field_name, lambda: _model_type(snippet_model), _visible_object, **kwargs)


def GraphQLVisibleList(field_name, item_model, *, description=None, source=None):
    """Declare a many-to-many or child relation field: a required list of the visible members, in order.

    The members are read with ``.all()``, so a list resolver's ``prefetch_related`` avoids queries.
    """

    def resolve_members(request, value):
        from cms.access import visible_list

        if isinstance(value, Manager):
            value = value.all()
        return visible_list(request, value)

    return _scoped_field(
        field_name,
        lambda: graphene.List(graphene.NonNull(_model_type(item_model))),
        resolve_members,
        required=True,
        description=description,
        source=source,
    )


def GraphQLRenderedRichText(field_name, **kwargs):
    """Declare a rich-text field or block served as HTML, with links rendered for the request."""

    def render(request, value):
        from cms.graphql.richtext import render_rich_text

        return render_rich_text(request, value)

    return _scoped_field(field_name, lambda: graphene.String, render, **kwargs)


def _model_type(model_label):
    """Return a lazy reference to the GraphQL type grapple generated for ``model_label``."""
    if model_label is None:
        from grapple.types.interfaces import get_page_interface

        return get_page_interface

    def lazy_type():
        from django.apps import apps
        from grapple.registry import registry

        return registry.models[apps.get_model(model_label)]

    return lazy_type
