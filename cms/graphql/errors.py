"""Stable error codes for clients, and the errors that carry them."""

from graphql import GraphQLError


class ErrorCode:
    """Values of ``extensions.code`` in GraphQL error responses; clients may match on them."""

    INVALID_LIMIT = "INVALID_LIMIT"
    INVALID_OFFSET = "INVALID_OFFSET"
    INVALID_ARGUMENT = "INVALID_ARGUMENT"
    INVALID_JSON = "INVALID_JSON"
    INVALID_REQUEST = "INVALID_REQUEST"
    MISSING_QUERY = "MISSING_QUERY"
    UNSUPPORTED_CONTENT_TYPE = "UNSUPPORTED_CONTENT_TYPE"
    METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED"
    GRAPHQL_PARSE_FAILED = "GRAPHQL_PARSE_FAILED"
    GRAPHQL_VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED"
    INTERNAL_ERROR = "INTERNAL_ERROR"


def client_error(message, code):
    """Return a GraphQL error for a mistake in the request, with ``code`` in its extensions."""
    return GraphQLError(str(message), extensions={"code": code})
