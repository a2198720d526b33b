"""Admin menu entries and user-listing buttons for accounts (imported by ``cms.wagtail_hooks``)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import ListingButton

from cms.accounts.admin import APIKeyViewSet, MembershipViewSet, RevokeSignInsView


@hooks.register("register_admin_viewset")
def register_account_viewsets():
    return [
        MembershipViewSet("memberships"),
        APIKeyViewSet("api_keys"),
    ]


@hooks.register("register_admin_urls")
def register_revoke_sign_ins_url():
    return [path("accounts/revoke-sign-ins/<int:user_id>/", RevokeSignInsView.as_view(), name="accounts_revoke_sign_ins")]


@hooks.register("register_user_listing_buttons")
def revoke_sign_ins_button(user, request_user):
    if request_user.has_perm(f"{user._meta.app_label}.change_{user._meta.model_name}"):
        yield ListingButton(
            _("Sign out everywhere"),
            reverse("accounts_revoke_sign_ins", args=[user.pk]),
            icon_name="warning",
            priority=50,
        )
