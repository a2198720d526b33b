"""The demo's locally generated media are valid files of their kind."""

import io

import av
import webvtt
from PIL import Image

from pages.demo import content, media


def test_illustration_is_png_of_requested_size():
    picture = Image.open(io.BytesIO(media.illustration_png("sparring", width=600, height=400)))
    assert picture.format == "PNG"
    assert picture.size == (600, 400)


def test_illustration_same_for_same_seed():
    assert media.illustration_png("sparring") == media.illustration_png("sparring")


def test_handout_is_complete_pdf():
    pdf = media.handout_pdf("Tjekliste", ["Døren kan lukkes."])
    assert pdf.startswith(b"%PDF-1.4")
    assert pdf.rstrip().endswith(b"%%EOF")


def test_handout_keeps_danish_letters_as_text():
    pdf = media.handout_pdf("Tavshedserklæring", ["Jeg registrerer kun alder, køn og emne (intet andet)."])
    assert "Tavshedserklæring".encode("cp1252") in pdf
    assert "køn og emne \\(intet andet\\).".encode("cp1252") in pdf


def test_film_has_h264_video_and_aac_audio():
    container = av.open(io.BytesIO(media.film_mp4(seconds=2)))
    codecs = {stream.type: stream.codec_context.name for stream in container.streams}
    assert codecs == {"video": "h264", "audio": "aac"}


def test_film_lasts_requested_seconds():
    container = av.open(io.BytesIO(media.film_mp4(seconds=2)))
    assert abs(container.duration / av.time_base - 2) < 0.2


def test_captions_parse_as_webvtt():
    cues = content.FILMS["velkommen-i-samtalerummet"]["captions"]
    parsed = webvtt.from_buffer(io.StringIO(media.captions_vtt(cues)))
    assert [caption.text for caption in parsed] == [text for _, _, text in cues]
