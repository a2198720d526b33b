"""Authentication of GraphQL requests, the CSRF rule for cookies, and the view guard.

A request is authenticated by exactly one of:

- ``Authorization: Bearer <access token>``: an app or web site signed in through
  the ``signIn`` mutation;
- ``Authorization: Api-Key <key>``: a server-to-server client with a read-only key;
- Django's session cookie: a web site served on the same site.

Requests with an ``Authorization`` header carry no ambient credentials, so they
are exempt from CSRF checks. A POST that relies on the session cookie must pass them.
"""

import json
import logging

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.http import JsonResponse
from django.middleware.csrf import CsrfViewMiddleware
from django.utils.translation import gettext as _
from graphql import ExecutionResult, GraphQLError, validate

from cms.accounts.tokens import api_key_for, user_for_access_token
from cms.graphql import limits

logger = logging.getLogger(__name__)


class AccessCode:
    """Values of ``extensions.code`` for sign-in, token, CSRF and preview errors."""

    INVALID_AUTHORIZATION_HEADER = "INVALID_AUTHORIZATION_HEADER"
    INVALID_TOKEN = "INVALID_TOKEN"
    INVALID_API_KEY = "INVALID_API_KEY"
    CSRF_FAILED = "CSRF_FAILED"
    INVALID_CREDENTIALS = "INVALID_CREDENTIALS"
    SIGN_IN_LOCKED = "SIGN_IN_LOCKED"
    INVALID_REFRESH_TOKEN = "INVALID_REFRESH_TOKEN"
    INVALID_PASSWORD_LINK = "INVALID_PASSWORD_LINK"
    INVALID_PASSWORD = "INVALID_PASSWORD"
    PREVIEW_TOKEN_INVALID = "PREVIEW_TOKEN_INVALID"
    PREVIEW_TOKEN_EXPIRED = "PREVIEW_TOKEN_EXPIRED"


class AuthMethod:
    NONE = "none"
    # A session cookie was sent. request.user shows whether its session is still signed in.
    SESSION = "session"
    BEARER = "bearer"
    API_KEY = "api_key"


class AuthenticationFailed(Exception):
    """The Authorization header is malformed, or its token or key is invalid."""

    def __init__(self, message, code):
        super().__init__(message)
        self.code = code


def authenticate_request(request):
    """Set ``request.user``, ``request.api_key`` and ``request.auth_method`` from the request.

    Raises AuthenticationFailed when an ``Authorization`` header is present but
    does not authenticate, so that a client with an expired token learns it
    must refresh rather than silently seeing nothing.
    """
    request.api_key = None
    header = request.META.get("HTTP_AUTHORIZATION", "").strip()
    if not header:
        # request.user stays Django's lazy session user, so a request rejected
        # before execution costs no session or user query.
        if getattr(request, "user", None) is None:
            request.user = AnonymousUser()
        has_session = settings.SESSION_COOKIE_NAME in request.COOKIES
        request.auth_method = AuthMethod.SESSION if has_session else AuthMethod.NONE
        return

    scheme, _sep, credentials = header.partition(" ")
    credentials = credentials.strip()
    scheme = scheme.lower()
    if scheme == "bearer" and credentials:
        user = user_for_access_token(credentials)
        if user is None:
            raise AuthenticationFailed(
                _("The access token is invalid or has expired; refresh it or sign in again."), AccessCode.INVALID_TOKEN
            )
        request.user = user
        request.auth_method = AuthMethod.BEARER
        # Token requests carry no cookie credentials, so CSRF does not apply.
        request._dont_enforce_csrf_checks = True
        return
    if scheme == "api-key" and credentials:
        api_key = api_key_for(credentials)
        if api_key is None:
            raise AuthenticationFailed(_("The API key is invalid or has been revoked."), AccessCode.INVALID_API_KEY)
        request.user = AnonymousUser()
        request.api_key = api_key
        request.auth_method = AuthMethod.API_KEY
        request._dont_enforce_csrf_checks = True
        return
    raise AuthenticationFailed(
        _("The Authorization header must be “Bearer <access token>” or “Api-Key <key>”."),
        AccessCode.INVALID_AUTHORIZATION_HEADER,
    )


def passes_csrf(request):
    """Return whether a request passes Django's CSRF check or is exempt from it.

    The check applies to POSTs that rely on the session cookie: any POST with
    a session cookie and no ``Authorization`` header.
    """
    if request.method != "POST" or request.META.get("HTTP_AUTHORIZATION"):
        return True
    if settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return True
    return check_csrf(request)


def check_csrf(request):
    """Run Django's CSRF check on ``request``; return True when it passes.

    Django logs the reason of a failure on the ``django.security.csrf`` logger.
    """
    middleware = CsrfViewMiddleware(lambda _request: None)
    middleware.process_request(request)
    return middleware.process_view(request, None, (), {}) is None


def graphql_error(message, code, **extensions):
    """Return a GraphQLError with a stable ``extensions.code``."""
    return GraphQLError(message, extensions={"code": code, **extensions})


def check_limits(schema, query, variables):
    """Parse ``query`` and run the limit rules; return their errors, empty when within limits.

    Runs before graphql-core's own validation and before execution.
    """
    try:
        document = limits.parse_with_limits(query)
    except GraphQLError as error:
        return [error]

    # The size check is QuerySizeRule's own logic, called directly: a validate()
    # pass walks the whole document even after the rule has rejected it.
    errors = limits.size_errors(document)
    if errors:
        return errors
    return validate(schema, document, limits.limit_rules(variables, include_size=False))


def _error_response(message, code, status):
    return JsonResponse({"errors": [{"message": str(message), "extensions": {"code": code}}]}, status=status)


class ProtectedGraphQLViewMixin:
    """Authentication, CSRF and abuse limits for graphene-django's ``GraphQLView``.

    Put it first in the bases: ``class View(ProtectedGraphQLViewMixin, GraphQLView)``.
    The view itself must be ``csrf_exempt``, because this mixin applies Django's
    CSRF check only to POSTs that rely on the session cookie.
    """

    def dispatch(self, request, *args, **kwargs):
        too_large = limits.body_too_large_error(request)
        if too_large is not None:
            return _error_response(too_large.message, limits.LimitCode.REQUEST_TOO_LARGE, 413)

        try:
            authenticate_request(request)
        except AuthenticationFailed as error:
            response = _error_response(error, error.code, 401)
            response["WWW-Authenticate"] = 'Bearer realm="academy"'
            return response

        if not passes_csrf(request):
            return _error_response(
                _("The CSRF token is missing or invalid; get one from /graphql/csrf/ and send it as X-CSRFToken."),
                AccessCode.CSRF_FAILED,
                403,
            )

        if self.batch and request.method == "POST":
            batch_error = self._batch_error(request)
            if batch_error is not None:
                return batch_error
        return super().dispatch(request, *args, **kwargs)

    def _batch_error(self, request):
        try:
            operations = json.loads(request.body or b"null")
        except ValueError:
            return None  # The view reports invalid JSON itself.
        if isinstance(operations, list):
            error = limits.batch_too_large_error(operations)
            if error is not None:
                return _error_response(error.message, limits.LimitCode.BATCH_LIMIT_EXCEEDED, 400)
        return None

    def execute_graphql_request(self, request, data, query, variables, operation_name, show_graphiql=False):
        if query and isinstance(query, str):
            errors = check_limits(self.schema.graphql_schema, query, variables)
            if errors:
                return ExecutionResult(data=None, errors=errors)
        return super().execute_graphql_request(request, data, query, variables, operation_name, show_graphiql)
