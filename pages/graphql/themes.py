"""Root query fields for learning themes."""

import graphene

from cms.access import visible_queryset
from cms.i18n.collation import danish_order
from cms.graphql.pagination import check_window, paginate
from pages.graphql.common import page_list_field, paginated_type, snippet_type
from pages.models import Theme

ThemeList = paginated_type("ThemeList", snippet_type(Theme), "One window of the theme list, by name.")


class ThemeQueries:
    """Root fields ``themes`` and ``theme``."""

    themes = page_list_field(ThemeList, "Learning themes, by name.")
    theme = graphene.Field(
        snippet_type(Theme),
        slug=graphene.String(required=True, description="The theme slug."),
        description="One theme, or null.",
    )

    def resolve_themes(root, info, limit=None, offset=None):
        limit, offset = check_window(limit, offset)
        return paginate(visible_queryset(info.context, Theme).order_by(danish_order("name"), "pk"), limit, offset)

    def resolve_theme(root, info, slug):
        return visible_queryset(info.context, Theme).filter(slug=slug).first()
