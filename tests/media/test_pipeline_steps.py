"""The pipeline's steps on real videos generated with PyAV."""

import pytest
from django.utils import translation

from media_pipeline.pipeline import hls, poster, probe, transcode
from media_pipeline.pipeline.errors import FilmInputError
from tests.media.videos import describe, is_red, make_video, truncate


def transcode_one(tmp_path, source):
    result = probe.probe(str(source))
    output_dir = tmp_path / "out"
    output_dir.mkdir()
    return result, transcode.transcode_ladder(str(source), result, str(output_dir))


def test_probe_landscape_with_audio(landscape_video):
    result = probe.probe(str(landscape_video))
    assert (result.display_width, result.display_height) == (320, 180)
    assert result.has_audio
    assert result.duration == pytest.approx(1.0, abs=0.1)
    assert result.frame_rate == pytest.approx(25)
    assert result.video_codec == "h264"


def test_probe_applies_rotation_to_display_size(tmp_path):
    source = make_video(tmp_path / "phone.mp4", width=320, height=180, rotation=-90)
    result = probe.probe(str(source))
    assert result.rotation == 270
    assert (result.display_width, result.display_height) == (180, 320)


def test_probe_without_audio(tmp_path):
    result = probe.probe(str(make_video(tmp_path / "silent.mp4", audio=False)))
    assert not result.has_audio


def test_probe_detects_variable_frame_rate(tmp_path):
    result = probe.probe(str(make_video(tmp_path / "vfr.mp4", variable_frame_rate=True)))
    assert result.variable_frame_rate


@pytest.mark.parametrize(
    "content",
    [b"", b"this is a text file, not a film\n" * 20, b"\x89PNG\r\n\x1a\n" + b"\x00" * 200],
    ids=["empty", "text", "png-header"],
)
def test_probe_rejects_non_video(tmp_path, content):
    source = tmp_path / "film.mp4"
    source.write_bytes(content)
    with pytest.raises(FilmInputError):
        probe.probe(str(source))


def english(message):
    with translation.override("en"):
        return str(message)


def test_probe_rejects_image_under_video_name(tmp_path):
    from PIL import Image

    source = tmp_path / "intro.mp4"
    Image.new("RGB", (64, 64), (0, 0, 255)).save(source, format="JPEG")
    with pytest.raises(FilmInputError) as caught:
        probe.probe(str(source))
    assert "not a video" in english(caught.value.message)


def test_probe_rejects_truncated_mp4(tmp_path, landscape_video):
    with pytest.raises(FilmInputError) as caught:
        probe.probe(str(truncate(landscape_video)))
    assert "damaged or incomplete" in english(caught.value.message)


def test_probe_rejects_audio_only_file(tmp_path):
    import av

    source = tmp_path / "interview.mp4"
    with av.open(str(source), mode="w") as output:
        stream = output.add_stream("aac", rate=48000, layout="mono")
        frame = av.AudioFrame(format="flt", layout="mono", samples=1024)
        frame.planes[0].update(bytes(4 * 1024))
        frame.sample_rate = 48000
        frame.pts = 0
        output.mux(stream.encode(frame))
        output.mux(stream.encode(None))
    with pytest.raises(FilmInputError) as caught:
        probe.probe(str(source))
    assert "no video track" in english(caught.value.message)


def test_probe_rejects_film_over_duration_limit(landscape_video):
    with pytest.raises(FilmInputError) as caught:
        probe.probe(str(landscape_video), max_duration=0)
    assert "0:01" in str(caught.value.message)


@pytest.mark.parametrize(
    ("width", "height", "expected"),
    [
        (1920, 1080, [(1920, 1080), (1280, 720), (854, 480)]),
        (1080, 1920, [(1080, 1920), (720, 1280), (480, 854)]),
        (1280, 720, [(1280, 720), (854, 480)]),
        (577, 324, [(576, 324)]),
    ],
)
def test_ladder_never_upscales_and_stays_even(width, height, expected):
    plans = transcode.plan_ladder(width, height)
    assert [(plan.width, plan.height) for plan in plans] == expected


def test_transcode_landscape_with_audio(tmp_path, landscape_video):
    _, renditions = transcode_one(tmp_path, landscape_video)
    output = describe(renditions[0].path)
    assert (output["width"], output["height"]) == (320, 180)
    assert output["codec"] == "h264"
    assert output["audio_codec"] == "aac"
    assert output["duration"] == pytest.approx(1.0, abs=0.15)
    assert is_red(output["image"], 0.1, 0.1)


def test_transcode_full_ladder_from_1080p(tmp_path):
    source = make_video(tmp_path / "hd.mp4", width=1920, height=1080, seconds=0.2)
    _, renditions = transcode_one(tmp_path, source)
    sizes = [(describe(r.path)["width"], describe(r.path)["height"]) for r in renditions]
    assert sizes == [(1920, 1080), (1280, 720), (854, 480)]


def test_transcode_turns_minus_90_rotation_upright(tmp_path):
    source = make_video(tmp_path / "phone.mp4", width=320, height=180, rotation=-90)
    _, renditions = transcode_one(tmp_path, source)
    output = describe(renditions[0].path)
    assert (output["width"], output["height"]) == (180, 320)
    assert output["rotation"] == 0
    # Turned clockwise, the stored top-left block lands top-right.
    assert is_red(output["image"], 0.9, 0.1)
    assert not is_red(output["image"], 0.1, 0.1)


def test_transcode_turns_180_rotation_upright(tmp_path):
    source = make_video(tmp_path / "upside-down.mp4", width=320, height=180, rotation=180)
    _, renditions = transcode_one(tmp_path, source)
    output = describe(renditions[0].path)
    assert (output["width"], output["height"]) == (320, 180)
    assert output["rotation"] == 0
    assert is_red(output["image"], 0.9, 0.9)
    assert not is_red(output["image"], 0.1, 0.1)


def test_transcode_without_audio_has_no_audio(tmp_path):
    _, renditions = transcode_one(tmp_path, make_video(tmp_path / "silent.mp4", audio=False))
    assert not describe(renditions[0].path)["has_audio"]
    assert not renditions[0].has_audio


def test_transcode_odd_dimensions_become_even(tmp_path):
    source = make_video(tmp_path / "odd.mkv", width=577, height=324, pix_fmt="yuv444p", container_format="matroska")
    _, renditions = transcode_one(tmp_path, source)
    output = describe(renditions[0].path)
    assert (output["width"], output["height"]) == (576, 324)


def test_transcode_variable_frame_rate_keeps_duration(tmp_path):
    source = make_video(tmp_path / "vfr.mp4", seconds=2.0, variable_frame_rate=True)
    _, renditions = transcode_one(tmp_path, source)
    assert describe(renditions[0].path)["duration"] == pytest.approx(2.0, abs=0.15)


def test_transcode_source_cut_off_halfway(tmp_path):
    source = truncate(make_video(tmp_path / "cut.ts", seconds=2.0, container_format="mpegts"))
    _, renditions = transcode_one(tmp_path, source)
    output = describe(renditions[0].path)
    assert 0.3 < output["duration"] < 1.6
    assert (output["width"], output["height"]) == (320, 180)


def test_transcode_half_second_clip(tmp_path):
    _, renditions = transcode_one(tmp_path, make_video(tmp_path / "short.mp4", seconds=0.5))
    output = describe(renditions[0].path)
    assert output["duration"] == pytest.approx(0.5, abs=0.1)
    assert output["has_audio"]


def test_hls_playlist_lists_every_segment(tmp_path):
    source = make_video(tmp_path / "long.mp4", seconds=9.0, fps=10, audio=False)
    _, renditions = transcode_one(tmp_path, source)
    playlist, segments = hls.segment_rendition(renditions[0].path, str(tmp_path / "out"), "180p")
    text = open(playlist).read()
    assert len(segments) >= 2
    for segment in segments:
        assert segment.rsplit("/", 1)[-1] in text
    assert "#EXT-X-ENDLIST" in text


def test_poster_is_upright(tmp_path):
    source = make_video(tmp_path / "phone.mp4", width=320, height=180, rotation=-90)
    result = probe.probe(str(source))
    size = poster.extract_poster(str(source), result, str(tmp_path / "poster.jpg"))
    assert size == (180, 320)
