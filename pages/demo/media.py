"""Generate the demo's media locally: illustrations, a PDF handout and a short film.

Nothing is downloaded. Illustrations are abstract shapes drawn with Pillow, the
handouts are one-page PDFs written directly, and the film is a few seconds of
moving shapes with a soft tone, encoded with PyAV (H.264 video, AAC audio).
"""

import array
import io
import math
import random
import textwrap
from fractions import Fraction

import av
from PIL import Image, ImageDraw

# A calm palette in the spirit of the organisation's own: warm neutrals and soft greens and blues.
PALETTES = [
    ("#F4EDE4", ["#2E6F73", "#E3A857", "#C95D63", "#7FA88B"]),
    ("#EAF2F1", ["#1F4E5F", "#F2B880", "#6FA3A8", "#D46A6A"]),
    ("#FBF6EF", ["#3A5A40", "#A3B18A", "#E9C46A", "#E76F51"]),
    ("#EEF0F7", ["#3D405B", "#81B29A", "#F2CC8F", "#E07A5F"]),
    ("#F6F1F1", ["#5B4B8A", "#F7A072", "#4F9D9A", "#EDDEA4"]),
]


def illustration_png(seed, width=1200, height=800):
    """Return PNG bytes of an abstract illustration: overlapping circles, arcs and soft bands.

    The same ``seed`` always gives the same picture, so reloading the demo creates
    nothing new.
    """
    rng = random.Random(seed)
    background, colours = PALETTES[rng.randrange(len(PALETTES))]
    image = Image.new("RGB", (width, height), background)
    draw = ImageDraw.Draw(image, "RGBA")

    # Soft horizontal bands form the landscape the shapes sit in.
    for band in range(3):
        top = int(height * (0.55 + band * 0.13))
        colour = _rgba(colours[band % len(colours)], 60)
        draw.rectangle([0, top, width, height], fill=colour)

    # Large translucent circles, like people gathered around a table.
    for _ in range(rng.randint(4, 7)):
        radius = rng.randint(height // 10, height // 4)
        x = rng.randint(radius, width - radius)
        y = rng.randint(radius, int(height * 0.7))
        draw.ellipse([x - radius, y - radius, x + radius, y + radius], fill=_rgba(rng.choice(colours), 150))

    # A few open arcs as lines of conversation.
    for _ in range(rng.randint(2, 4)):
        x = rng.randint(0, width)
        y = rng.randint(0, height)
        size = rng.randint(height // 5, height // 2)
        start = rng.randint(0, 180)
        draw.arc([x - size, y - size, x + size, y + size], start, start + 120, fill=rng.choice(colours), width=12)

    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def handout_pdf(title, lines):
    """Return PDF bytes of a one-page A4 handout with ``title`` and a bulleted list of ``lines``.

    The PDF is written directly, with the standard Helvetica font in WinAnsi
    encoding, which every PDF reader has and which covers æ, ø and å. So the
    text stays real text, and no font file is needed.
    """
    commands = [
        "0.18 0.44 0.45 rg 0 826 595 16 re f",
        _pdf_text(56, 760, 22, title),
    ]
    y = 718
    for line in lines:
        commands.append(f"0.89 0.66 0.34 rg 56 {y + 2} 5 5 re f")
        for wrapped in textwrap.wrap(line, width=_HANDOUT_LINE_CHARACTERS):
            commands.append(_pdf_text(72, y, 12, wrapped))
            y -= 18
        y -= 10
    commands.append(_pdf_text(56, 48, 10, "headspace academy"))
    stream = "\n".join(commands).encode("cp1252")

    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    output = io.BytesIO()
    output.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(output.tell())
        output.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = output.tell()
    output.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        output.write(b"%010d 00000 n \n" % offset)
    output.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return output.getvalue()


# About 80 characters of 12-point Helvetica fit between the handout's margins.
_HANDOUT_LINE_CHARACTERS = 80


def _pdf_text(x, y, size, text):
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return f"0.12 0.16 0.19 rg BT /F1 {size} Tf {x} {y} Td ({escaped}) Tj ET"


def film_mp4(seconds=6, width=640, height=360, fps=25):
    """Return MP4 bytes of a short film: shapes drifting over a calm background, with a soft tone.

    Video is H.264 (yuv420p), audio is AAC at 48 kHz mono, so the film pipeline
    can probe and transcode it like an editor's upload.
    """
    buffer = io.BytesIO()
    container = av.open(buffer, mode="w", format="mp4")

    video = container.add_stream("libx264", rate=fps)
    video.width = width
    video.height = height
    video.pix_fmt = "yuv420p"
    video.options = {"preset": "veryfast", "crf": "28"}

    sample_rate = 48000
    audio = container.add_stream("aac", rate=sample_rate)
    audio.layout = "mono"

    frame_count = seconds * fps
    for index in range(frame_count):
        picture = _film_frame(index / fps, width, height)
        frame = av.VideoFrame.from_image(picture)
        frame.pts = index
        frame.time_base = Fraction(1, fps)
        for packet in video.encode(frame):
            container.mux(packet)
    for packet in video.encode():
        container.mux(packet)

    _encode_tone(container, audio, seconds, sample_rate)
    container.close()
    return buffer.getvalue()


def film_poster_png(seconds=1.0, width=640, height=360):
    """Return PNG bytes of the frame that ``film_mp4`` shows at ``seconds``, for use as the film's poster."""
    buffer = io.BytesIO()
    _film_frame(seconds, width, height).save(buffer, format="PNG")
    return buffer.getvalue()


def captions_vtt(cues):
    """Return WebVTT text for ``cues``: a list of (start seconds, end seconds, text)."""
    lines = ["WEBVTT", ""]
    for number, (start, end, text) in enumerate(cues, start=1):
        lines.append(str(number))
        lines.append(f"{_timestamp(start)} --> {_timestamp(end)}")
        lines.append(text)
        lines.append("")
    return "\n".join(lines)


def _film_frame(t, width, height):
    background, colours = PALETTES[0]
    picture = Image.new("RGB", (width, height), background)
    draw = ImageDraw.Draw(picture, "RGBA")
    for number, colour in enumerate(colours):
        phase = t * 0.6 + number * math.pi / 2
        x = width / 2 + math.cos(phase) * width * 0.28
        y = height / 2 + math.sin(phase * 1.3) * height * 0.22
        radius = 50 + 18 * math.sin(t * 1.5 + number)
        draw.ellipse([x - radius, y - radius, x + radius, y + radius], fill=_rgba(colour, 190))
    return picture


def _encode_tone(container, stream, seconds, sample_rate):
    """Encode a soft 440 Hz tone that fades in and out, in AAC-sized frames."""
    samples_per_frame = 1024
    total = seconds * sample_rate

    for start in range(0, total, samples_per_frame):
        count = min(samples_per_frame, total - start)
        samples = array.array("h", (_tone_sample(start + i, seconds, sample_rate) for i in range(count)))
        frame = av.AudioFrame(format="s16", layout="mono", samples=count)
        frame.planes[0].update(samples.tobytes())
        frame.sample_rate = sample_rate
        frame.pts = start
        frame.time_base = Fraction(1, sample_rate)
        for packet in stream.encode(frame):
            container.mux(packet)
    for packet in stream.encode():
        container.mux(packet)


def _tone_sample(index, seconds, sample_rate):
    time = index / sample_rate
    envelope = min(1.0, time / 0.5, (seconds - time) / 0.5)
    return int(32767 * 0.15 * envelope * math.sin(2 * math.pi * 440 * time))


def _rgba(hex_colour, alpha):
    hex_colour = hex_colour.lstrip("#")
    return tuple(int(hex_colour[i : i + 2], 16) for i in (0, 2, 4)) + (alpha,)


def _timestamp(seconds):
    minutes, rest = divmod(seconds, 60)
    return f"00:{int(minutes):02d}:{rest:06.3f}"
