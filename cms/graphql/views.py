"""The single GraphQL endpoint for the web site and the app."""

import json
import logging

from django.conf import settings
from django.http import HttpResponse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from graphene_django.views import GraphQLView, HttpError
from graphql import GraphQLError, GraphQLSyntaxError

from cms.graphql.auth import ProtectedGraphQLViewMixin
from cms.graphql.errors import ErrorCode
from cms.graphql.messages import translate_message

logger = logging.getLogger(__name__)

JSON_CONTENT_TYPES = ("application/json", "application/graphql")


def _error_body(message, code):
    return {"message": str(message), "extensions": {"code": code}}


def error_response(status, message, code):
    """Return a JSON response ``{"errors": [{"message", "extensions": {"code"}}]}`` with ``status``."""
    body = {"errors": [_error_body(message, code)]}
    return HttpResponse(json.dumps(body), status=status, content_type="application/json")


class AcademyGraphQLView(GraphQLView):
    """GraphQL over HTTP with clear 400 responses for malformed requests and no internals in errors.

    graphene-django rejects a malformed body with a bare message and no code,
    treats an unknown content type as an empty request, and returns the text of
    any exception raised in a resolver. Here each request problem gets a stable
    ``extensions.code``, and unexpected exceptions are logged and reported as
    ``INTERNAL_ERROR`` without their text.
    """

    def dispatch(self, request, *args, **kwargs):
        if request.method not in ("GET", "POST"):
            response = error_response(
                405, _("GraphQL accepts GET and POST requests only."), ErrorCode.METHOD_NOT_ALLOWED
            )
            response["Allow"] = "GET, POST"
            return response
        if request.method == "POST":
            problem = self.check_post_body(request)
            if problem is not None:
                return problem
        return super().dispatch(request, *args, **kwargs)

    def check_post_body(self, request):
        """Return a 400 response when the POST body cannot be a GraphQL request, else None."""
        content_type = self.get_content_type(request)
        if content_type not in JSON_CONTENT_TYPES:
            return error_response(
                400,
                _("The content type %(content_type)s is not supported; send application/json.")
                % {"content_type": content_type or "(none)"},
                ErrorCode.UNSUPPORTED_CONTENT_TYPE,
            )
        try:
            body = request.body.decode("utf-8")
        except UnicodeDecodeError:
            return error_response(400, _("The request body is not valid UTF-8."), ErrorCode.INVALID_JSON)
        if content_type == "application/graphql":
            if not body.strip():
                return error_response(400, _("The request contains no GraphQL query."), ErrorCode.MISSING_QUERY)
            return None

        try:
            data = json.loads(body)
        except ValueError:
            return error_response(400, _("The request body is not valid JSON."), ErrorCode.INVALID_JSON)
        if not isinstance(data, dict):
            return error_response(
                400, _("The request body must be a JSON object with a query."), ErrorCode.INVALID_REQUEST
            )
        query = data.get("query")
        if not isinstance(query, str) or not query.strip():
            return error_response(400, _("The request contains no GraphQL query."), ErrorCode.MISSING_QUERY)
        variables = data.get("variables")
        if variables is not None and not isinstance(variables, (dict, str)):
            return error_response(
                400, _("The variables must be a JSON object."), ErrorCode.INVALID_REQUEST
            )
        operation_name = data.get("operationName")
        if operation_name is not None and not isinstance(operation_name, str):
            return error_response(400, _("The operationName must be a string."), ErrorCode.INVALID_REQUEST)
        return None

    @staticmethod
    def format_error(error):
        if isinstance(error, HttpError):
            # graphene-django's own request checks, e.g. a GET without a query or invalid variables.
            if error.message == "Must provide query string.":
                return _error_body(_("The request contains no GraphQL query."), ErrorCode.MISSING_QUERY)
            return _error_body(translate_message(error.message), ErrorCode.INVALID_REQUEST)
        if not isinstance(error, GraphQLError):
            logger.error("GraphQL request failed", exc_info=error)
            return _error_body(_("An internal error occurred; it has been logged."), ErrorCode.INTERNAL_ERROR)
        if isinstance(error, GraphQLSyntaxError):
            formatted = error.formatted
            formatted["message"] = translate_message(formatted["message"])
            formatted["extensions"] = {"code": ErrorCode.GRAPHQL_PARSE_FAILED}
            return formatted

        original = error.original_error
        if original is None or isinstance(original, GraphQLError):
            formatted = error.formatted
            formatted["message"] = translate_message(formatted["message"])
            # Errors without a path are about the whole document: validation or variable values.
            if error.path is None:
                formatted.setdefault("extensions", {}).setdefault("code", ErrorCode.GRAPHQL_VALIDATION_FAILED)
            return formatted
        if isinstance(original, TypeError) and "ALLOWED_IMAGE_FILTERS" in str(original):
            # Grapple raises a TypeError for an image rendition outside the allowed list.
            formatted = error.formatted
            formatted["message"] = _("This image rendition is not offered; use one of the documented sizes.")
            formatted["extensions"] = {"code": ErrorCode.INVALID_ARGUMENT}
            return formatted

        logger.error("GraphQL resolver failed at path %s", error.path, exc_info=original)
        formatted = error.formatted
        formatted["message"] = _("An internal error occurred; it has been logged.")
        formatted["extensions"] = {"code": ErrorCode.INTERNAL_ERROR}
        return formatted


class ProtectedAcademyGraphQLView(ProtectedGraphQLViewMixin, AcademyGraphQLView):
    """The endpoint behind authentication, the CSRF check for session cookies and the abuse limits."""


# Exempt from Django's blanket CSRF check because ProtectedGraphQLViewMixin applies
# it to the requests that need it: POSTs that rely on the session cookie.
graphql_view = csrf_exempt(ProtectedAcademyGraphQLView.as_view(graphiql=settings.GRAPHIQL_ENABLED))
