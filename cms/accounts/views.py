"""Account pages served by the CMS itself: setting a password, and the CSRF token for web clients."""

from django.contrib.auth import views as auth_views
from django.http import JsonResponse
from django.middleware.csrf import get_token
from django.urls import reverse_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import ensure_csrf_cookie
from django.views.decorators.http import require_GET


class SetPasswordView(auth_views.PasswordResetConfirmView):
    """The page an invitation or reset link opens, where a person chooses a password."""

    template_name = "accounts/set_password.html"
    success_url = reverse_lazy("accounts:set_password_done")


class SetPasswordDoneView(auth_views.PasswordResetCompleteView):
    template_name = "accounts/set_password_done.html"


@require_GET
@never_cache
@ensure_csrf_cookie
def csrf_token_view(request):
    """Set the CSRF cookie and return its token, for clients signed in by session cookie.

    Such a client sends the token back in the ``X-CSRFToken`` header of every POST.
    """
    return JsonResponse({"csrfToken": get_token(request)})
