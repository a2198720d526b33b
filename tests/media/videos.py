"""Small test videos made with PyAV, and helpers to inspect outputs."""

from fractions import Fraction

import av
from PIL import Image, ImageDraw

RED = (255, 0, 0)


def make_video(
    path,
    width=320,
    height=180,
    seconds=1.0,
    fps=25,
    audio=True,
    rotation=0,
    container_format=None,
    pix_fmt="yuv420p",
    variable_frame_rate=False,
):
    """Write a test video: black with a red block in the stored frame's top-left corner.

    ``rotation`` is written as display-matrix metadata (counter-clockwise degrees,
    as PyAV's ``set_display_rotation`` takes it). With ``variable_frame_rate``
    the frame intervals alternate between 20 ms and 60 ms.
    """
    with av.open(str(path), mode="w", format=container_format) as output:
        video = output.add_stream("libx264", rate=fps, options={"preset": "ultrafast"})
        video.width = width
        video.height = height
        video.pix_fmt = pix_fmt
        if rotation:
            video.set_display_rotation(rotation)
        milliseconds = Fraction(1, 1000)
        video.time_base = milliseconds
        video.codec_context.time_base = milliseconds
        sound = output.add_stream("aac", rate=48000, layout="mono") if audio else None

        picture = Image.new("RGB", (width, height), (0, 0, 0))
        ImageDraw.Draw(picture).rectangle([0, 0, width // 3, height // 2], fill=RED)
        pts = 0
        index = 0
        while pts < seconds * 1000:
            frame = av.VideoFrame.from_image(picture).reformat(format=pix_fmt)
            frame.pts = pts
            frame.time_base = milliseconds
            output.mux(video.encode(frame))
            if variable_frame_rate:
                step = 20 if index % 2 else 60
            else:
                step = round(1000 / fps)
            pts += step
            index += 1
        output.mux(video.encode(None))

        if sound is not None:
            total = int(seconds * 48000)
            written = 0
            while written < total:
                count = min(1024, total - written)
                frame = av.AudioFrame(format="flt", layout="mono", samples=count)
                frame.planes[0].update(bytes(4 * count))
                frame.sample_rate = 48000
                frame.pts = written
                output.mux(sound.encode(frame))
                written += count
            output.mux(sound.encode(None))
    return path


def truncate(path, fraction=0.5):
    """Cut the file at ``path`` to ``fraction`` of its size, as an interrupted upload does."""
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * fraction)])
    return path


def describe(path):
    """Probe an output file: size, duration, audio, rotation and the first frame as an image."""
    with av.open(str(path)) as container:
        video = container.streams.video[0]
        frame = next(container.decode(video=0))
        return {
            "width": frame.width,
            "height": frame.height,
            "rotation": frame.rotation,
            "duration": container.duration / av.time_base if container.duration else 0,
            "has_audio": bool(container.streams.audio),
            "codec": video.codec_context.name,
            "audio_codec": container.streams.audio[0].codec_context.name if container.streams.audio else None,
            "image": frame.to_image(),
        }


def is_red(image, x_fraction, y_fraction):
    """Return True when the pixel at the given position (fractions of the size) is red."""
    red, green, blue = image.getpixel((int(image.width * x_fraction), int(image.height * y_fraction)))
    return red > 180 and green < 80 and blue < 80
