"""Admin forms that replace Wagtail's defaults."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm


class AdminLoginForm(LoginForm):
    """Wagtail's login form with a translated password label.

    Wagtail 8.0's ``LoginForm`` declares its password field without a label, so
    Django derives the untranslated "Password" from the field name.
    """

    password = forms.CharField(
        label=_("Password"),
        widget=forms.PasswordInput(attrs={"placeholder": _("Enter password")}),
        strip=False,
    )
