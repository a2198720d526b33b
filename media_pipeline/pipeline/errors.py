"""Errors of the film pipeline that an editor can act on."""


class FilmInputError(Exception):
    """Bad input: ``message`` is a translatable text for the editor, ``detail`` is for the log."""

    def __init__(self, message, detail=""):
        super().__init__(detail or str(message))
        self.message = message
        self.detail = detail


class CaptionError(FilmInputError):
    """A caption file that is not valid WebVTT or SRT."""
