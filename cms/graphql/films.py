"""Root query fields for films, using the ``FilmType`` of ``media_pipeline.graphql``."""

import graphene

from cms.access import visible_films
from cms.graphql.ids import to_database_id
from cms.graphql.pagination import check_window, paginate, paginated_type, window_arguments
from cms.graphql.prefetch import prepare_objects
from cms.i18n.collation import danish_order
from media_pipeline.graphql import FilmType


class FilmOrder(graphene.Enum):
    """Order of a film list."""

    NEWEST = "newest"
    TITLE = "title"


FILM_ORDERINGS = {
    FilmOrder.NEWEST.value: ("-created_at", "-pk"),
    FilmOrder.TITLE.value: (danish_order("title"), "pk"),
}

FilmList = paginated_type("FilmList", FilmType, "One window of a film list.")


class FilmQueries:
    """Root fields ``films`` and ``film``."""

    films = graphene.Field(
        FilmList,
        required=True,
        description="Films ready to watch that the request may see.",
        order=FilmOrder(default_value=FilmOrder.NEWEST, description="Order of the list."),
        **window_arguments(),
    )
    film = graphene.Field(FilmType, id=graphene.ID(required=True, description="The film id."), description="One film, or null.")

    def resolve_films(root, info, order=FilmOrder.NEWEST, limit=None, offset=None):
        limit, offset = check_window(limit, offset)
        queryset = visible_films(info.context).order_by(*FILM_ORDERINGS[getattr(order, "value", order)])
        return paginate(queryset, limit, offset, prepare_items=lambda films: prepare_objects(info.context, films))

    def resolve_film(root, info, id):
        film_id = to_database_id(id)
        if film_id is None:
            return None
        film = visible_films(info.context).filter(pk=film_id).first()
        if film is not None:
            prepare_objects(info.context, [film])
        return film
