"""The ``previewPage`` root field: a draft, shown to whoever holds its unexpired preview token."""

import graphene
from django.utils.translation import gettext as _
from grapple.types.interfaces import get_page_interface

from cms.graphql.auth import AccessCode, graphql_error
from cms.preview import ExpiredPreviewToken, InvalidPreviewToken, page_for_preview_token


class PreviewQueries:
    """Root field ``previewPage``."""

    preview_page = graphene.Field(
        get_page_interface,
        token=graphene.String(required=True, description="The token from the preview URL's query string."),
        description=(
            "The draft a preview token was made for. The token alone is enough, until it expires "
            "(one hour by default). Pages, images and films the draft links to follow the request's own access."
        ),
    )

    def resolve_preview_page(root, info, token):
        try:
            return page_for_preview_token(token)
        except ExpiredPreviewToken:
            raise graphql_error(
                _("The preview link has expired; open the preview again from the admin."), AccessCode.PREVIEW_TOKEN_EXPIRED
            ) from None
        except InvalidPreviewToken:
            raise graphql_error(_("The preview token is invalid."), AccessCode.PREVIEW_TOKEN_INVALID) from None
