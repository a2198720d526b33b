"""Errors of the film pipeline that an editor can act on."""

from django.utils.functional import lazy


def _interpolate(message, values):
    return str(message) % values


# ``gettext_lazy(...) % values`` translates at once, in the current language. This
# keeps the message lazy, so the form shows it in the editor's language and the
# worker stores it in Danish.
interpolate_lazy = lazy(_interpolate, str)


class FilmInputError(Exception):
    """Bad input: ``message`` is a translatable text for the editor, ``detail`` is for the log."""

    def __init__(self, message, detail=""):
        super().__init__(detail or str(message))
        self.message = message
        self.detail = detail


class CaptionError(FilmInputError):
    """A caption file that is not valid WebVTT or SRT."""
