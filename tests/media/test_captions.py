"""Caption files: WebVTT and SRT in, normalised WebVTT and a transcript out."""

import pytest
from django.utils import translation

from media_pipeline.pipeline.captions import normalise_captions, transcript_from_webvtt
from media_pipeline.pipeline.errors import CaptionError

VTT = "WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nHej og velkommen.\n\n00:00:02.000 --> 00:00:04.000\nI dag taler vi om <i>sparring</i>.\n"
SRT = "1\n00:00:00,000 --> 00:00:02,000\nHej og velkommen.\n\n2\n00:00:02,000 --> 00:00:04,500\nGod modtagelse.\n"


def test_webvtt_passes_unchanged_in_content():
    result = normalise_captions(VTT.encode())
    assert result.startswith("WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nHej og velkommen.")


def test_byte_order_mark_is_removed():
    result = normalise_captions(b"\xef\xbb\xbf" + VTT.encode())
    assert result.startswith("WEBVTT")


def test_windows_line_endings_become_lf():
    result = normalise_captions(VTT.replace("\n", "\r\n").encode())
    assert "\r" not in result
    assert "Hej og velkommen." in result


def test_srt_is_converted_to_webvtt():
    result = normalise_captions(SRT.replace("\n", "\r\n").encode("utf-8-sig"))
    assert result.startswith("WEBVTT\n\n")
    assert "00:00:02.000 --> 00:00:04.500\nGod modtagelse." in result


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"just some words\nwithout any timing\n",
        b"WEBVTT\n\n00:00:xx.000 --> 00:00:02.000\nbroken\n",
        b"WEBVTT\n\n00:00:05.000 --> 00:00:02.000\nbackwards\n",
        "WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nlatin-1 æøå\n".encode("latin-1"),
        b"WEBVTT\n\n",
    ],
    ids=["empty", "no-timing", "bad-timestamp", "end-before-start", "not-utf8", "no-cues"],
)
def test_broken_caption_file_is_rejected(content):
    with pytest.raises(CaptionError):
        normalise_captions(content)


def test_transcript_strips_tags():
    transcript = transcript_from_webvtt(normalise_captions(VTT.encode()))
    assert transcript == "Hej og velkommen.\nI dag taler vi om sparring."


def caption_error_message(content, language):
    with pytest.raises(CaptionError) as raised, translation.override(language):
        normalise_captions(content)
    with translation.override(language):
        return str(raised.value.message)


def test_bad_cue_names_its_line():
    message = caption_error_message(b"WEBVTT\n\n00:00:xx.000 --> 00:00:02.000\nbroken\n", "en")
    assert message.startswith("The cue at line 3 of the caption file is invalid.")


def test_bad_cue_hides_parser_text():
    message = caption_error_message(b"WEBVTT\n\n00:00:xx.000 --> 00:00:02.000\nbroken\n", "en")
    assert "Invalid" not in message
    assert "00:00:xx" not in message


def test_bad_cue_setting_names_its_line():
    content = b"WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nHej\n\n00:00:01.000 --> 00:00:02.000 align:foo\nx\n"
    message = caption_error_message(content, "en")
    assert message.startswith("The cue at line 6 of the caption file is invalid.")


def test_bad_cue_message_is_danish():
    message = caption_error_message(b"WEBVTT\n\n00:00:xx.000 --> 00:00:02.000\nbroken\n", "da")
    assert message.startswith("Underteksten i linje 3 i undertekstfilen er ugyldig.")
