"""Translations of the common English messages of graphql-core and graphene-django.

Those libraries format their messages in English. ``translate_message`` matches a
message against a table of patterns and returns the gettext template for the
active language, filled with the same names. The English msgids repeat the
libraries' wording, so English requests see the original messages. A message that
no pattern matches is returned unchanged, in English.
"""

import re

from django.utils.translation import get_language, gettext_lazy as _

NAME = r"(?P<{}>[^']+)"

# Each pattern matches one message format of graphql-core 3.2 (validation rules,
# parser and execution) or graphene-django 3.2 (``HttpError`` in its view), in full.
MESSAGE_PATTERNS = [
    (
        rf"Cannot query field '{NAME.format('field')}' on type '{NAME.format('type')}'\.",
        _("Cannot query field '%(field)s' on type '%(type)s'."),
    ),
    (
        rf"Unknown argument '{NAME.format('argument')}' on field '{NAME.format('field')}'\.",
        _("Unknown argument '%(argument)s' on field '%(field)s'."),
    ),
    (
        rf"Field '{NAME.format('field')}' argument '{NAME.format('argument')}' of type "
        rf"'{NAME.format('type')}' is required, but it was not provided\.",
        _("Field '%(field)s' argument '%(argument)s' of type '%(type)s' is required, but it was not provided."),
    ),
    (rf"Unknown type '{NAME.format('type')}'\.", _("Unknown type '%(type)s'.")),
    (rf"Unknown fragment '{NAME.format('fragment')}'\.", _("Unknown fragment '%(fragment)s'.")),
    (rf"Fragment '{NAME.format('fragment')}' is never used\.", _("Fragment '%(fragment)s' is never used.")),
    (
        rf"Field '{NAME.format('field')}' must not have a selection since type "
        rf"'{NAME.format('type')}' has no subfields\.",
        _("Field '%(field)s' must not have a selection since type '%(type)s' has no subfields."),
    ),
    (
        rf"Field '{NAME.format('field')}' of type '{NAME.format('type')}' must have a selection of subfields\.",
        _("Field '%(field)s' of type '%(type)s' must have a selection of subfields."),
    ),
    (
        rf"Variable '\${NAME.format('variable')}' of required type '{NAME.format('type')}' was not provided\.",
        _("Variable '$%(variable)s' of required type '%(type)s' was not provided."),
    ),
    (
        rf"Variable '\${NAME.format('variable')}' is not defined by operation '{NAME.format('operation')}'\.",
        _("Variable '$%(variable)s' is not defined by operation '%(operation)s'."),
    ),
    (rf"Variable '\${NAME.format('variable')}' is not defined\.", _("Variable '$%(variable)s' is not defined.")),
    (
        rf"Variable '\${NAME.format('variable')}' is never used in operation '{NAME.format('operation')}'\.",
        _("Variable '$%(variable)s' is never used in operation '%(operation)s'."),
    ),
    (rf"Variable '\${NAME.format('variable')}' is never used\.", _("Variable '$%(variable)s' is never used.")),
    (rf"Unknown operation named '{NAME.format('operation')}'\.", _("Unknown operation named '%(operation)s'.")),
    (
        r"Must provide operation name if query contains multiple operations\.",
        _("Must provide operation name if query contains multiple operations."),
    ),
    (
        r"This anonymous operation must be the only defined operation\.",
        _("This anonymous operation must be the only defined operation."),
    ),
    (
        rf"There can be only one operation named '{NAME.format('operation')}'\.",
        _("There can be only one operation named '%(operation)s'."),
    ),
    (r"Variables are invalid JSON\.", _("Variables are invalid JSON.")),
    (
        r"Can only perform a (?P<operation>\w+) operation from a POST request\.",
        _("Can only perform a %(operation)s operation from a POST request."),
    ),
]
MESSAGE_PATTERNS = [(re.compile(pattern), template) for pattern, template in MESSAGE_PATTERNS]

SYNTAX_ERROR_PATTERN = re.compile(r"Syntax Error: (?P<detail>.*)", re.DOTALL)
SYNTAX_DETAIL_PATTERNS = [
    (re.compile(r"Expected (?P<expected>.+), found (?P<found>.+)\."), _("Expected %(expected)s, found %(found)s.")),
    (re.compile(r"Unexpected character: (?P<character>.+)\."), _("Unexpected character: %(character)s.")),
    (re.compile(r"Unexpected (?P<token>.+)\."), _("Unexpected %(token)s.")),
    (re.compile(r"Unterminated string\."), _("Unterminated string.")),
]

# graphql-core appends suggestions as " Did you mean 'a', 'b', or 'c'?", at most five.
SUGGESTIONS_PATTERN = re.compile(r"(?P<message>.+?) Did you mean (?P<suggestions>.+)\?", re.DOTALL)
QUOTED_PATTERN = re.compile(r"'[^']*'")


def fill_first_match(patterns, text):
    """Return the template of the first pattern that matches all of ``text``, filled with its groups, or None."""
    for pattern, template in patterns:
        match = pattern.fullmatch(text)
        if match is not None:
            return template % match.groupdict()
    return None


def translate_message(message):
    """Return ``message`` in the active language when a known pattern matches it, else ``message`` unchanged."""
    if (get_language() or "").startswith("en"):
        return message

    syntax_error = SYNTAX_ERROR_PATTERN.fullmatch(message)
    if syntax_error is not None:
        detail = syntax_error["detail"]
        translated_detail = fill_first_match(SYNTAX_DETAIL_PATTERNS, detail) or detail
        return _("Syntax Error: %(detail)s") % {"detail": translated_detail}

    translated = fill_first_match(MESSAGE_PATTERNS, message)
    if translated is not None:
        return translated

    with_suggestions = SUGGESTIONS_PATTERN.fullmatch(message)
    if with_suggestions is None:
        return message
    translated = fill_first_match(MESSAGE_PATTERNS, with_suggestions["message"])
    if translated is None:
        return message
    names = ", ".join(QUOTED_PATTERN.findall(with_suggestions["suggestions"]))
    return translated + " " + _("Did you mean %(suggestions)s?") % {"suggestions": names}
