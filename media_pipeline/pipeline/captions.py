"""Validate caption files, convert SRT to WebVTT and derive a transcript."""

import io
import re

import webvtt
from django.utils.translation import gettext_lazy as _
from webvtt.errors import MalformedCaptionError, MalformedFileError

from media_pipeline.pipeline.errors import CaptionError, interpolate_lazy

SRT_TIMING = re.compile(r"^\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}", re.MULTILINE)
TAG = re.compile(r"<[^>]+>")


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
        raise CaptionError(
            interpolate_lazy(
                _("The caption file could not be read: %(error)s. Correct the file and upload it again."),
                {"error": error},
            ),
            detail=str(error),
        ) from error


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
