"""Transcode a source video into an H.264/AAC MP4 ladder in one decoding pass."""

import logging
import os
from dataclasses import dataclass

import av
from django.conf import settings

logger = logging.getLogger(__name__)

# Short side in pixels of each rung and its maximum video bit rate (bits per second).
LADDER = (
    (1080, 5_000_000),
    (720, 2_800_000),
    (480, 1_400_000),
)
AUDIO_BITRATE = 128_000
AUDIO_SAMPLE_RATE = 48_000
# A key frame every two seconds lets HLS cut segments of two, four or six seconds.
KEYFRAME_INTERVAL_SECONDS = 2


@dataclass(frozen=True)
class RungPlan:
    """The size and bit rate of one rendition to make."""

    name: str
    width: int
    height: int
    max_bitrate: int


@dataclass(frozen=True)
class EncodedRendition:
    """An MP4 rendition written to a local file."""

    name: str
    path: str
    width: int
    height: int
    bitrate: int
    has_audio: bool


def _even(value):
    """Round down to an even number of pixels, at least 2."""
    return max(2, int(value) // 2 * 2)


def _nearest_even(value, limit):
    """Round to the nearest even number of pixels, never above ``limit`` rounded down to even."""
    return min(max(2, 2 * round(value / 2)), _even(limit))


def plan_ladder(display_width, display_height):
    """Return the rungs for a source of the given display size, largest first.

    Rungs are chosen by the short side, so a portrait 1080×1920 film gets a
    "1080p" rung of 1080×1920. No rung is larger than the source; a source
    smaller than the lowest rung gets one rendition at its own size.
    Dimensions are rounded down to even numbers, which H.264 in 4:2:0 needs.
    """
    short_side = min(display_width, display_height)
    plans = []
    for rung_short_side, max_bitrate in LADDER:
        if rung_short_side > short_side:
            continue
        scale = rung_short_side / short_side
        plans.append(
            RungPlan(
                name=f"{rung_short_side}p",
                width=_nearest_even(display_width * scale, display_width),
                height=_nearest_even(display_height * scale, display_height),
                max_bitrate=max_bitrate,
            )
        )
    if not plans:
        plans.append(
            RungPlan(
                name=f"{_even(short_side)}p",
                width=_even(display_width),
                height=_even(display_height),
                max_bitrate=LADDER[-1][1],
            )
        )
    return plans


def _rotation_filters(rotation):
    """Return FFmpeg filters that turn a frame upright for a counter-clockwise ``rotation``."""
    return {
        90: [("transpose", "cclock")],
        180: [("hflip", None), ("vflip", None)],
        270: [("transpose", "clock")],
    }.get(rotation, [])


class _UprightFrames:
    """A filter graph that applies the display rotation to decoded frames."""

    def __init__(self, stream, rotation):
        self.graph = None
        filters = _rotation_filters(rotation)
        if not filters:
            return
        self.graph = av.filter.Graph()
        nodes = [self.graph.add_buffer(template=stream)]
        for name, argument in filters:
            nodes.append(self.graph.add(name, argument))
        nodes.append(self.graph.add("buffersink"))
        self.graph.link_nodes(*nodes).configure()

    def __call__(self, frame):
        if self.graph is None:
            yield frame
            return
        self.graph.vpush(frame)
        while True:
            try:
                yield self.graph.vpull()
            except (av.BlockingIOError, av.EOFError):
                return


class _RungWriter:
    """One output MP4 file with its video and, when the source has sound, audio encoder."""

    def __init__(self, plan, path, source_video, source_audio, frame_rate):
        self.plan = plan
        self.path = path
        self.container = av.open(path, mode="w", format="mp4", options={"movflags": "+faststart"})
        rate = source_video.average_rate or source_video.guessed_rate or 25
        self.video = self.container.add_stream("libx264", rate=rate)
        self.video.width = plan.width
        self.video.height = plan.height
        self.video.pix_fmt = "yuv420p"
        self.video.time_base = source_video.time_base
        self.video.codec_context.gop_size = max(1, round(frame_rate * KEYFRAME_INTERVAL_SECONDS))
        self.video.codec_context.options = {
            "preset": settings.FILM_X264_PRESET,
            "crf": "23",
            "maxrate": str(plan.max_bitrate),
            "bufsize": str(plan.max_bitrate * 2),
            "profile": "high",
            "sc_threshold": "0",
        }
        self.audio = None
        if source_audio is not None:
            layout = "mono" if source_audio.layout.nb_channels == 1 else "stereo"
            self.audio = self.container.add_stream("aac", rate=AUDIO_SAMPLE_RATE, layout=layout)
            self.audio.bit_rate = AUDIO_BITRATE

    def write_video(self, frame):
        scaled = frame.reformat(width=self.plan.width, height=self.plan.height, format="yuv420p")
        scaled.pts = frame.pts
        scaled.time_base = frame.time_base
        self.container.mux(self.video.encode(scaled))

    def write_audio(self, frame):
        self.container.mux(self.audio.encode(frame))

    def close(self):
        self.container.mux(self.video.encode(None))
        if self.audio is not None:
            self.container.mux(self.audio.encode(None))
        self.container.close()


def transcode_ladder(source_path, probe_result, output_dir):
    """Encode every rung of the ladder for ``source_path`` into ``output_dir``.

    The source is decoded once; each upright frame is scaled and encoded into
    every rung. Frame timestamps are kept, so variable frame rate sources keep
    their timing. Returns EncodedRendition objects, largest first.
    """
    plans = plan_ladder(probe_result.display_width, probe_result.display_height)
    with av.open(source_path, mode="r", metadata_errors="ignore") as source:
        source_video = source.streams.video[0]
        source_video.thread_type = "AUTO"
        source_audio = source.streams.audio[0] if source.streams.audio else None
        upright = _UprightFrames(source_video, probe_result.rotation)
        writers = [
            _RungWriter(plan, os.path.join(output_dir, f"{plan.name}.mp4"), source_video, source_audio, probe_result.frame_rate)
            for plan in plans
        ]
        streams = [source_video] + ([source_audio] if source_audio is not None else [])
        try:
            for packet in source.demux(*streams):
                try:
                    frames = packet.decode()
                except av.InvalidDataError as error:
                    # A damaged packet in the middle of a phone recording costs a
                    # frame, not the film.
                    logger.warning("Skipped an undecodable packet at pts %s: %s", packet.pts, error)
                    continue
                for frame in frames:
                    if packet.stream.type == "video":
                        for upright_frame in upright(frame):
                            for writer in writers:
                                writer.write_video(upright_frame)
                    else:
                        frame.pts = None
                        for writer in writers:
                            writer.write_audio(frame)
        finally:
            for writer in writers:
                writer.close()

    return [_describe(writer) for writer in writers]


def _describe(writer):
    with av.open(writer.path) as output:
        duration = output.duration / av.time_base if output.duration else 0
    size_bits = os.path.getsize(writer.path) * 8
    return EncodedRendition(
        name=writer.plan.name,
        path=writer.path,
        width=writer.plan.width,
        height=writer.plan.height,
        bitrate=int(size_bits / duration) if duration else None,
        has_audio=writer.audio is not None,
    )
