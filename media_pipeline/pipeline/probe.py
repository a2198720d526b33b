"""Validate and probe a video file with PyAV."""

import logging
import os
from dataclasses import asdict, dataclass

import av
from django.utils.translation import gettext_lazy as _

from media_pipeline.pipeline.errors import FilmInputError, interpolate_lazy

logger = logging.getLogger(__name__)

# FFmpeg demuxer names of the containers that phones and cameras write. Images,
# audio files and raw streams are rejected even when FFmpeg could open them.
ACCEPTED_CONTAINERS = {
    "mov,mp4,m4a,3gp,3g2,mj2",
    "matroska,webm",
    "avi",
    "mpegts",
    "mpeg",
    "flv",
}
ACCEPTED_CONTAINER_NAMES = "MP4, MOV, MKV, WebM, AVI, MPEG-TS"
DAMAGED_MESSAGE = _("The video could not be read. The file may be damaged or incomplete; upload it again.")


@dataclass(frozen=True)
class ProbeResult:
    """Probe result of a video file, with the display dimensions after rotation."""

    container: str
    video_codec: str
    audio_codec: str | None
    duration: float
    frame_rate: float
    variable_frame_rate: bool
    coded_width: int
    coded_height: int
    rotation: int

    @property
    def has_audio(self):
        return self.audio_codec is not None

    @property
    def display_width(self):
        return self.coded_height if self.rotation in (90, 270) else self.coded_width

    @property
    def display_height(self):
        return self.coded_width if self.rotation in (90, 270) else self.coded_height

    def as_metadata(self):
        """Return the probe as a JSON-serialisable dict for ``Film.source_metadata``."""
        data = asdict(self)
        data["display_width"] = self.display_width
        data["display_height"] = self.display_height
        return data


def normalise_rotation(degrees):
    """Return a counter-clockwise display rotation as 0, 90, 180 or 270."""
    return int(round((degrees or 0) / 90.0)) * 90 % 360


def format_duration(seconds):
    """Format seconds as minutes:seconds, e.g. 90 as 1:30."""
    minutes, seconds = divmod(int(round(seconds)), 60)
    return f"{minutes}:{seconds:02d}"


def _file_size(source):
    if isinstance(source, (str, os.PathLike)):
        return os.path.getsize(source)
    position = source.tell()
    source.seek(0, os.SEEK_END)
    size = source.tell()
    source.seek(position)
    return size


def probe(source, max_duration=None):
    """Probe ``source`` (a path or a binary file object) and return a ProbeResult.

    Raises FilmInputError when the file is empty, not an accepted video, has no
    decodable video frame, or is longer than ``max_duration`` seconds.
    """
    if _file_size(source) == 0:
        raise FilmInputError(_("The file is empty. Choose the video file again and upload it."))

    try:
        container = av.open(source, mode="r", metadata_errors="ignore")
    except (av.FFmpegError, UnicodeDecodeError, ValueError) as error:
        raise FilmInputError(
            interpolate_lazy(
                _("The file is not a video that can be read. Upload a video in one of these formats: %(formats)s."),
                {"formats": ACCEPTED_CONTAINER_NAMES},
            ),
            detail=f"open failed: {error}",
        ) from error

    with container:
        if container.format.name not in ACCEPTED_CONTAINERS:
            raise FilmInputError(
                interpolate_lazy(
                    _("The file is not a video. Upload a video in one of these formats: %(formats)s."),
                    {"formats": ACCEPTED_CONTAINER_NAMES},
                ),
                detail=f"container {container.format.name!r} is not accepted",
            )
        if not container.streams:
            # An MP4 cut off before its index (moov box) opens with no streams at all.
            raise FilmInputError(DAMAGED_MESSAGE, detail=f"container {container.format.name!r} has no streams")
        if not container.streams.video:
            raise FilmInputError(
                _("The file has no video track. Upload a video, not a sound recording."),
                detail=f"container {container.format.name!r} has no video stream",
            )
        video = container.streams.video[0]
        audio = container.streams.audio[0] if container.streams.audio else None

        # Decoding the first frame proves the stream is readable and carries the
        # display matrix (rotation) that FFmpeg attaches to decoded frames.
        try:
            first_frame = next(container.decode(video=video.index), None)
        except av.FFmpegError as error:
            raise FilmInputError(DAMAGED_MESSAGE, detail=f"decode failed: {error}") from error
        if first_frame is None:
            raise FilmInputError(DAMAGED_MESSAGE, detail="no decodable video frame")

        duration = _duration_seconds(container, video)
        average_rate = video.average_rate or video.guessed_rate or video.base_rate
        base_rate = video.base_rate or average_rate
        frame_rate = float(average_rate) if average_rate else 25.0
        result = ProbeResult(
            container=container.format.name,
            video_codec=video.codec_context.name,
            audio_codec=audio.codec_context.name if audio is not None else None,
            duration=duration,
            frame_rate=frame_rate,
            variable_frame_rate=bool(base_rate and abs(float(base_rate) - frame_rate) > 0.01 * frame_rate),
            coded_width=first_frame.width,
            coded_height=first_frame.height,
            rotation=normalise_rotation(first_frame.rotation),
        )

    if max_duration is not None and result.duration > max_duration:
        raise FilmInputError(
            interpolate_lazy(
                _("The film lasts %(duration)s (minutes:seconds), longer than the maximum of %(maximum)s. Shorten it and upload it again."),
                {"duration": format_duration(result.duration), "maximum": format_duration(max_duration)},
            ),
            detail=f"duration {result.duration:.1f}s over limit {max_duration}s",
        )
    return result


def _duration_seconds(container, video):
    if video.duration is not None and video.time_base is not None:
        return float(video.duration * video.time_base)
    if container.duration is not None:
        return container.duration / av.time_base
    return 0.0
