"""Validate caption files, convert SRT to WebVTT and derive a transcript."""

import ast
import io
import logging
import re

import webvtt
from django.utils.translation import gettext_lazy as _
from webvtt.errors import MalformedCaptionError, MalformedFileError

from media_pipeline.pipeline.errors import CaptionError, interpolate_lazy

SRT_TIMING = re.compile(r"^\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}", re.MULTILINE)
TAG = re.compile(r"<[^>]+>")
# webvtt-py names the offending text as a Python repr, e.g. "Invalid cue block ['00:00:xx ...', 'Hej']"
# or "Invalid timestamp '00:00:xx'". The first line of that text locates the error in the file.
PARSER_ERROR_VALUE = re.compile(r"Invalid [\w ]+? (?P<value>[\[\'\"].*)", re.DOTALL)

logger = logging.getLogger(__name__)


def normalise_captions(data):
    """Return the WebVTT text for caption file bytes ``data`` (WebVTT or SRT).

    Accepts a UTF-8 byte-order mark and Windows or old Mac line endings. The
    result is UTF-8 WebVTT without a byte-order mark, with LF line endings.
    Raises CaptionError with a message for the editor on anything else.
    """
    if not data or not data.strip():
        raise CaptionError(_("The caption file is empty."))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise CaptionError(
            _("The caption file is not UTF-8 text. Save it as UTF-8 and upload it again."), detail=str(error)
        ) from error
    text = text.replace("\r\n", "\n").replace("\r", "\n")

    if text.lstrip().startswith("WEBVTT"):
        captions = _parse(text, "vtt")
    elif SRT_TIMING.search(text):
        captions = _parse(text, "srt")
    else:
        raise CaptionError(
            _("The caption file is neither WebVTT nor SRT. A WebVTT file starts with the line WEBVTT."),
            detail="no WEBVTT header and no SRT timing line",
        )

    if not captions.captions:
        raise CaptionError(_("The caption file contains no captions."))
    for number, caption in enumerate(captions.captions, start=1):
        if caption.start_in_seconds >= caption.end_in_seconds:
            raise CaptionError(
                interpolate_lazy(
                    _("Caption %(number)d ends before it starts (%(start)s --> %(end)s). Correct the times."),
                    {"number": number, "start": caption.start, "end": caption.end},
                ),
            )
    return _to_webvtt(captions.captions)


def _parse(text, format):
    try:
        return webvtt.from_buffer(io.StringIO(text), format=format, strict=format == "vtt")
    except (MalformedFileError, MalformedCaptionError) as error:
        # The parser's English text goes to the log only, and the editor gets the line number.
        line_number = _error_line_number(text, str(error))
        logger.info("Rejected %s caption file at line %s: %s", format, line_number, error)
        if line_number is None:
            message = _(
                "The caption file contains an invalid cue. Check the times and settings of its cues "
                "and upload the file again."
            )
        else:
            message = interpolate_lazy(
                _(
                    "The cue at line %(line)d of the caption file is invalid. Check its times and settings "
                    "and the blank line after it, then upload the file again."
                ),
                {"line": line_number},
            )
        raise CaptionError(message, detail=str(error)) from error


def _error_line_number(text, error_text):
    """Return the 1-based line of ``text`` where webvtt-py's error ``error_text`` points, or None."""
    match = PARSER_ERROR_VALUE.fullmatch(error_text)
    if match is None:
        return None
    try:
        value = ast.literal_eval(match["value"])
    except (ValueError, SyntaxError):
        return None
    if isinstance(value, list):
        value = value[0] if value else ""
    if not isinstance(value, str) or not value.strip():
        return None

    # NOTE: an earlier line with the same text (a repeated time) takes the number.
    for number, line in enumerate(text.split("\n"), start=1):
        if value in line:
            return number
    return None


def _to_webvtt(captions):
    blocks = ["WEBVTT"]
    for caption in captions:
        text = "\n".join(line for line in caption.lines if line.strip())
        blocks.append(f"{caption.start} --> {caption.end}\n{text}")
    return "\n\n".join(blocks) + "\n"


def transcript_from_webvtt(text):
    """Return the plain text of WebVTT ``text``: cue text without tags, repeated lines once."""
    captions = webvtt.from_buffer(io.StringIO(text), format="vtt")
    lines = []
    for caption in captions.captions:
        for line in caption.lines:
            line = TAG.sub("", line).strip()
            if line and (not lines or lines[-1] != line):
                lines.append(line)
    return "\n".join(lines)
