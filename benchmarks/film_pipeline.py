"""Compare the film pipeline's wall time with a plain ffmpeg command line making the same ladder.

Run from the project root:

    .venv/bin/python benchmarks/film_pipeline.py [--seconds 60] [--repeat 1]

Needs the ``ffmpeg`` command (Debian: ``apt-get install ffmpeg``) to make the
source film and to run the comparison. Both sides make the same outputs: an
H.264/AAC MP4 at 1080p, 720p and 480p with the same x264 preset, quality and
bit rate caps, an HLS playlist per rung cut from those MP4s, and a poster
frame. Storage and database time is left out on both sides.
"""

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import av
import django

PROJECT_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT_ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
django.setup()

from django.conf import settings  # noqa: E402

from media_pipeline.pipeline import hls, poster, probe, transcode  # noqa: E402


def make_source(path, seconds):
    """Write a 1080p, 30 fps test film with a stereo tone, encoded at high quality."""
    subprocess.run(
        [
            "ffmpeg", "-v", "error", "-y",
            "-f", "lavfi", "-i", f"testsrc2=size=1920x1080:rate=30:duration={seconds}",
            "-f", "lavfi", "-i", f"sine=frequency=440:sample_rate=48000:duration={seconds}",
            "-ac", "2", "-c:v", "libx264", "-preset", "ultrafast", "-crf", "18", "-pix_fmt", "yuv420p",
            "-c:a", "aac", "-shortest", str(path),
        ],
        check=True,
    )


def run_pipeline(source, output_dir):
    result = probe.probe(str(source))
    renditions = transcode.transcode_ladder(str(source), result, str(output_dir))
    for rendition in renditions:
        hls.segment_rendition(rendition.path, str(output_dir), rendition.name)
    poster.extract_poster(str(source), result, str(output_dir / "poster.jpg"))
    return renditions


def run_ffmpeg(source, output_dir):
    plans = transcode.plan_ladder(1920, 1080)
    outputs = []
    split = f"[0:v]split={len(plans)}" + "".join(f"[v{index}]" for index in range(len(plans))) + ";"
    scales = ";".join(
        f"[v{index}]scale={plan.width}:{plan.height}[out{index}]" for index, plan in enumerate(plans)
    )
    for index, plan in enumerate(plans):
        outputs += [
            "-map", f"[out{index}]", "-map", "0:a",
            "-c:v", "libx264", "-preset", settings.FILM_X264_PRESET, "-crf", "23", "-profile:v", "high",
            "-maxrate", str(plan.max_bitrate), "-bufsize", str(plan.max_bitrate * 2),
            "-g", str(30 * transcode.KEYFRAME_INTERVAL_SECONDS), "-sc_threshold", "0", "-pix_fmt", "yuv420p",
            "-c:a", "aac", "-b:a", str(transcode.AUDIO_BITRATE), "-ar", str(transcode.AUDIO_SAMPLE_RATE),
            "-movflags", "+faststart", str(output_dir / f"{plan.name}.mp4"),
        ]
    subprocess.run(
        ["ffmpeg", "-v", "error", "-y", "-i", str(source), "-filter_complex", split + scales] + outputs, check=True
    )
    for plan in plans:
        subprocess.run(
            [
                "ffmpeg", "-v", "error", "-y", "-i", str(output_dir / f"{plan.name}.mp4"), "-c", "copy",
                "-f", "hls", "-hls_time", str(hls.SEGMENT_SECONDS), "-hls_playlist_type", "vod",
                "-hls_segment_filename", str(output_dir / f"{plan.name}_%04d.ts"), str(output_dir / f"{plan.name}.m3u8"),
            ],
            check=True,
        )
    subprocess.run(
        ["ffmpeg", "-v", "error", "-y", "-ss", "1", "-i", str(source), "-frames:v", "1", str(output_dir / "poster.jpg")],
        check=True,
    )


def timed(function, *args):
    start = time.perf_counter()
    function(*args)
    return time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=int, default=60, help="length of the test film in seconds")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each side; the best time counts")
    arguments = parser.parse_args()
    if shutil.which("ffmpeg") is None:
        sys.exit("The ffmpeg command is missing; install it (Debian: apt-get install ffmpeg) and run again.")

    cli_version = subprocess.run(["ffmpeg", "-version"], capture_output=True, text=True, check=True).stdout.split()[2]
    with tempfile.TemporaryDirectory(prefix="film-benchmark-") as folder:
        folder = Path(folder)
        source = folder / "source.mp4"
        make_source(source, arguments.seconds)
        pipeline_times, ffmpeg_times = [], []
        for run in range(arguments.repeat):
            for name, function, times in (("pipeline", run_pipeline, pipeline_times), ("ffmpeg", run_ffmpeg, ffmpeg_times)):
                output_dir = folder / f"{name}-{run}"
                output_dir.mkdir()
                times.append(timed(function, source, output_dir))

    pipeline_best, ffmpeg_best = min(pipeline_times), min(ffmpeg_times)
    print(f"source: {arguments.seconds} s, 1920x1080, 30 fps, stereo AAC; x264 preset {settings.FILM_X264_PRESET}")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"pipeline (PyAV {av.__version__} with FFmpeg {av.ffmpeg_version_info}): "
          f"{pipeline_best:.1f} s  (runs: {', '.join(f'{t:.1f}' for t in pipeline_times)})")
    print(f"ffmpeg CLI (FFmpeg {cli_version}): {ffmpeg_best:.1f} s  (runs: {', '.join(f'{t:.1f}' for t in ffmpeg_times)})")
    print(f"ratio pipeline / ffmpeg: {pipeline_best / ffmpeg_best:.2f}")


if __name__ == "__main__":
    main()
