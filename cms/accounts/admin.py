"""Admin screens for people's memberships, API keys and revoking a person's sign-ins."""

import logging

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import View
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from cms.accounts.models import APIKey, AuthToken, Membership
from cms.accounts.roles import Role
from cms.accounts.tokens import revoke_user_tokens

logger = logging.getLogger(__name__)


class MembershipForm(WagtailAdminModelForm):
    roles = forms.MultipleChoiceField(
        label=gettext_lazy("roles"),
        choices=Role.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    class Meta:
        model = Membership
        fields = ["user", "centre", "is_secretariat", "roles"]


class MembershipViewSet(ModelViewSet):
    model = Membership
    form_fields = ["user", "centre", "is_secretariat", "roles"]
    icon = "group"
    menu_label = gettext_lazy("Memberships")
    add_to_settings_menu = True
    list_display = ["user", "centre", "is_secretariat", "roles"]
    list_filter = ["is_secretariat", "centre"]
    search_fields = ["user__username", "user__email", "user__first_name", "user__last_name"]

    def get_form_class(self, for_update=False):
        return MembershipForm


class APIKeyForm(WagtailAdminModelForm):
    revoke = forms.BooleanField(
        label=gettext_lazy("Revoke the key"),
        required=False,
        help_text=gettext_lazy("The key stops working at once. This cannot be undone."),
    )

    class Meta:
        model = APIKey
        fields = ["name", "audience"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is None or self.instance.revoked_at is not None:
            del self.fields["revoke"]
        if self.instance.pk is not None:
            # The audience is part of what the key was issued for; issue a new key instead.
            self.fields["audience"].disabled = True

    def save(self, commit=True):
        if self.cleaned_data.get("revoke") and self.instance.revoked_at is None:
            self.instance.revoked_at = timezone.now()
            logger.info("API key %s (%s) revoked in the admin", self.instance.pk, self.instance.prefix)
        return super().save(commit=commit)


class APIKeyCreateView(generic.CreateView):
    """Create a key and show it once; only its digest is stored."""

    def save_instance(self):
        instance = self.form.save(commit=False)
        self.new_key = instance.set_new_key()
        instance.created_by = self.request.user
        instance.save()
        logger.info("API key %s (%s) created by user %s", instance.pk, instance.prefix, self.request.user.pk)
        return instance

    def save_action(self):
        # Rendered, not redirected, so that the key is never stored in a message or a cookie.
        return TemplateResponse(
            self.request,
            "accounts/admin/api_key_created.html",
            {
                "api_key": self.object,
                "key": self.new_key,
                "index_url": reverse(self.index_url_name),
                "page_title": _("API key created"),
                "header_icon": "key",
            },
        )


class APIKeyViewSet(ModelViewSet):
    model = APIKey
    add_view_class = APIKeyCreateView
    icon = "key"
    menu_label = gettext_lazy("API keys")
    add_to_settings_menu = True
    list_display = ["name", "audience", "prefix", "created_at", "last_used_at", "revoked_at"]
    list_filter = ["audience"]
    search_fields = ["name", "prefix"]
    # Keys are revoked, never deleted, so their use stays traceable.
    delete_view_enabled = False

    def get_form_class(self, for_update=False):
        return APIKeyForm


class RevokeSignInsView(View):
    """Revoke every token of one person, after a confirmation page."""

    def dispatch(self, request, user_id):
        if not request.user.has_perm(f"{get_user_model()._meta.app_label}.change_{get_user_model()._meta.model_name}"):
            raise PermissionDenied
        self.person = get_object_or_404(get_user_model(), pk=user_id)
        return super().dispatch(request, user_id)

    def get(self, request, user_id):
        return TemplateResponse(
            request,
            "accounts/admin/confirm_revoke_sign_ins.html",
            {
                "person": self.person,
                "active_sessions": AuthToken.objects.active()
                .filter(user=self.person, kind=AuthToken.Kind.REFRESH)
                .count(),
                "page_title": _("Sign out everywhere"),
                "header_icon": "warning",
            },
        )

    def post(self, request, user_id):
        count = revoke_user_tokens(self.person.pk, AuthToken.RevokedReason.ADMIN)
        logger.info("User %s revoked the tokens of user %s in the admin", request.user.pk, self.person.pk)
        messages.success(
            request,
            _("%(person)s is signed out of the app and the web site everywhere (%(count)s tokens revoked).")
            % {"person": self.person.get_full_name() or self.person.get_username(), "count": count},
        )
        return redirect("wagtailusers_users:index")
