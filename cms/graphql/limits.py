"""Abuse limits on GraphQL requests, checked before any resolver runs.

The limits are graphql-core validation rules, run in a first validation pass
of their own. That is because one of graphql-core's standard rules
(OverlappingFieldsCanBeMerged) takes time that grows with the square of the
number of fields sharing a response name. A document of 1,000 repeated fields
must be rejected before that rule runs.

Each limit is a setting in ``GRAPHQL_LIMITS`` (see ``limit()``); each error
carries a stable ``extensions.code``.
"""

import dataclasses

from django.conf import settings
from django.utils.translation import gettext as _
from graphql import GraphQLError, parse
from graphql.language import FieldNode, FragmentSpreadNode, InlineFragmentNode, IntValueNode, VariableNode
from graphql.type import get_named_type, is_introspection_type
from graphql.validation import ValidationRule

DEFAULT_LIMITS = {
    # Deepest nesting of fields; the tree fields (children, descendants,
    # parent...) can otherwise nest without end.
    "MAX_DEPTH": 10,
    # Aliased fields in one document, counted once per use of a fragment.
    "MAX_ALIASES": 30,
    # Fields in one document, counted once per use of a fragment.
    "MAX_FIELDS": 400,
    # Largest ``limit`` or ``perPage`` argument of a list field.
    "MAX_PAGE_SIZE": None,  # None: the list fields' own maximum, GRAPHQL_MAX_LIMIT.
    # Operations in one batched POST (a JSON list of operations).
    "MAX_BATCH_SIZE": 10,
    # Lexical tokens in one document; the parser stops at this many.
    "MAX_TOKENS": 5000,
    # Bytes of one request body.
    "MAX_BODY_BYTES": 64 * 1024,
}

PAGE_SIZE_ARGUMENTS = ("limit", "perPage", "first", "last")


class LimitCode:
    """Values of ``extensions.code`` for requests over a limit."""

    DEPTH_LIMIT_EXCEEDED = "DEPTH_LIMIT_EXCEEDED"
    ALIAS_LIMIT_EXCEEDED = "ALIAS_LIMIT_EXCEEDED"
    FIELD_LIMIT_EXCEEDED = "FIELD_LIMIT_EXCEEDED"
    # Shared with the list fields' own check (cms.graphql.errors.ErrorCode.INVALID_LIMIT).
    INVALID_LIMIT = "INVALID_LIMIT"
    BATCH_LIMIT_EXCEEDED = "BATCH_LIMIT_EXCEEDED"
    TOKEN_LIMIT_EXCEEDED = "TOKEN_LIMIT_EXCEEDED"
    REQUEST_TOO_LARGE = "REQUEST_TOO_LARGE"
    INTROSPECTION_DISABLED = "INTROSPECTION_DISABLED"


def limit(name):
    """Return the configured value of one limit, e.g. ``limit("MAX_DEPTH")``."""
    value = getattr(settings, "GRAPHQL_LIMITS", {}).get(name, DEFAULT_LIMITS[name])
    if name == "MAX_PAGE_SIZE" and value is None:
        value = getattr(settings, "GRAPHQL_MAX_LIMIT", 100)
    return value


def introspection_enabled():
    """Return whether ``__schema`` and ``__type`` may be queried: by default only where GraphiQL is on, as in development."""
    return getattr(settings, "GRAPHQL_INTROSPECTION_ENABLED", settings.GRAPHIQL_ENABLED)


def limit_error(message, code, node=None):
    return GraphQLError(message, node, extensions={"code": code})


@dataclasses.dataclass(frozen=True)
class Size:
    """Cost of a selection set: its deepest nesting, its fields and its aliases."""

    depth: int = 0
    fields: int = 0
    aliases: int = 0


class _Measure:
    """Measure selection sets, expanding each fragment spread where it is used.

    Fragments are measured once and remembered, so a document that spreads a
    fragment many times, or nests fragments that spread each other, costs
    time linear in its size. A fragment cycle counts as empty here and is
    reported by the standard NoFragmentCycles rule.
    """

    def __init__(self, document):
        self.fragments = {
            definition.name.value: definition
            for definition in document.definitions
            if definition.kind == "fragment_definition"
        }
        self.fragment_sizes = {}
        self.in_progress = set()

    def selection_set(self, selection_set):
        depth = fields = aliases = 0
        for selection in selection_set.selections if selection_set else ():
            if isinstance(selection, FieldNode):
                if selection.name.value.startswith("__"):
                    # __typename and introspection: the introspection rule decides on those.
                    continue
                inner = self.selection_set(selection.selection_set)
                depth = max(depth, inner.depth + 1)
                fields += inner.fields + 1
                aliases += inner.aliases + (1 if selection.alias else 0)
            else:
                inner = self.fragment(selection)
                depth = max(depth, inner.depth)
                fields += inner.fields
                aliases += inner.aliases
        return Size(depth, fields, aliases)

    def fragment(self, node):
        if isinstance(node, InlineFragmentNode):
            return self.selection_set(node.selection_set)
        name = node.name.value
        if name in self.fragment_sizes:
            return self.fragment_sizes[name]
        definition = self.fragments.get(name)
        if definition is None or name in self.in_progress:
            return Size()
        self.in_progress.add(name)
        size = self.selection_set(definition.selection_set)
        self.in_progress.discard(name)
        self.fragment_sizes[name] = size
        return size


def size_errors(document):
    """Return the depth, alias and field limit errors of a parsed document; empty when within limits."""
    measure = _Measure(document)
    errors = []
    for definition in document.definitions:
        if definition.kind == "operation_definition":
            errors.extend(_size_errors(measure.selection_set(definition.selection_set), definition))
    return errors


def _size_errors(size, operation):
    errors = []
    if size.depth > limit("MAX_DEPTH"):
        errors.append(
            limit_error(
                _("The query nests %(depth)s fields deep; at most %(max)s levels are allowed.")
                % {"depth": size.depth, "max": limit("MAX_DEPTH")},
                LimitCode.DEPTH_LIMIT_EXCEEDED,
                operation,
            )
        )
    if size.aliases > limit("MAX_ALIASES"):
        errors.append(
            limit_error(
                _("The query uses %(count)s aliases; at most %(max)s are allowed.")
                % {"count": size.aliases, "max": limit("MAX_ALIASES")},
                LimitCode.ALIAS_LIMIT_EXCEEDED,
                operation,
            )
        )
    # TODO: the field count ignores list sizes, so 30 aliased lists of 100 items
    # with tree fields under each pass every limit and cost seconds. A cost that
    # multiplies by each list's ``limit`` would close that.
    if size.fields > limit("MAX_FIELDS"):
        errors.append(
            limit_error(
                _("The query selects %(count)s fields; at most %(max)s are allowed. Split it into smaller queries.")
                % {"count": size.fields, "max": limit("MAX_FIELDS")},
                LimitCode.FIELD_LIMIT_EXCEEDED,
                operation,
            )
        )
    return errors


class QuerySizeRule(ValidationRule):
    """Reject documents over the depth, field or alias limit."""

    def enter_document(self, node, *_args):
        for error in size_errors(node):
            self.report_error(error)
        return False


def page_size_rule(variables):
    """Return a rule that rejects page sizes over the limit, reading ``variables`` for ``$name`` values.

    The error code is INVALID_LIMIT, the one the list fields use for the same
    mistake, so clients see one code whichever check finds it. Sizes below 1
    are left to the list fields, which reject them before any query runs.
    """
    variables = variables if isinstance(variables, dict) else {}

    class PageSizeRule(ValidationRule):
        def enter_argument(self, node, *_args):
            if node.name.value not in PAGE_SIZE_ARGUMENTS:
                return
            value = None
            if isinstance(node.value, IntValueNode):
                value = int(node.value.value)
            elif isinstance(node.value, VariableNode):
                value = variables.get(node.value.name.value)
            if isinstance(value, int) and value > limit("MAX_PAGE_SIZE"):
                self.report_error(
                    limit_error(
                        _("The %(argument)s %(value)s is invalid; use a number from 1 to %(max)s.")
                        % {"argument": node.name.value, "value": value, "max": limit("MAX_PAGE_SIZE")},
                        LimitCode.INVALID_LIMIT,
                        node,
                    )
                )

    return PageSizeRule


class NoIntrospectionRule(ValidationRule):
    """Reject ``__schema`` and ``__type``; ``__typename`` stays allowed, as clients need it for unions."""

    def enter_field(self, node, *_args):
        name = node.name.value
        type_ = get_named_type(self.context.get_type())
        if name in ("__schema", "__type") or (type_ is not None and is_introspection_type(type_)):
            self.report_error(
                limit_error(
                    _("Introspection is disabled on this server; use the published schema file instead."),
                    LimitCode.INTROSPECTION_DISABLED,
                    node,
                )
            )
            return False


def limit_rules(variables=None, include_size=True):
    """Return the validation rules that enforce the limits, for the first validation pass."""
    rules = [QuerySizeRule] if include_size else []
    rules.append(page_size_rule(variables))
    if not introspection_enabled():
        rules.append(NoIntrospectionRule)
    return rules


def parse_with_limits(query):
    """Parse ``query``, stopping with a TOKEN_LIMIT_EXCEEDED error after ``MAX_TOKENS`` tokens."""
    try:
        return parse(query, max_tokens=limit("MAX_TOKENS"))
    except GraphQLError as error:
        # graphql-core 3.2 reports these limits only as syntax error messages.
        if "Document contains more than" in error.message:
            raise limit_error(
                _("The query is too long: over %(max)s tokens.") % {"max": limit("MAX_TOKENS")},
                LimitCode.TOKEN_LIMIT_EXCEEDED,
            ) from None
        if "nested too deeply" in error.message:
            raise limit_error(
                _("The query nests too deeply; at most %(max)s levels are allowed.") % {"max": limit("MAX_DEPTH")},
                LimitCode.DEPTH_LIMIT_EXCEEDED,
            ) from None
        raise


def body_too_large_error(request):
    """Return a REQUEST_TOO_LARGE error when the declared body size is over the limit, else None."""
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    if length > limit("MAX_BODY_BYTES"):
        return limit_error(
            _("The request body is %(size)s bytes; at most %(max)s are allowed.")
            % {"size": length, "max": limit("MAX_BODY_BYTES")},
            LimitCode.REQUEST_TOO_LARGE,
        )
    return None


def batch_too_large_error(operations):
    """Return a BATCH_LIMIT_EXCEEDED error when a batch contains too many operations, else None."""
    if len(operations) > limit("MAX_BATCH_SIZE"):
        return limit_error(
            _("The batch holds %(count)s operations; at most %(max)s are allowed.")
            % {"count": len(operations), "max": limit("MAX_BATCH_SIZE")},
            LimitCode.BATCH_LIMIT_EXCEEDED,
        )
    return None
