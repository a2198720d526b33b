"""Cut MP4 renditions into HLS segments and write playlists."""

import glob
import os

import av

SEGMENT_SECONDS = 4


def segment_rendition(mp4_path, output_dir, name):
    """Remux ``mp4_path`` into an HLS media playlist ``<name>.m3u8`` with MPEG-TS segments.

    Returns the playlist path and the segment paths. The playlist names its
    segments by file name only; the playlist view replaces those with signed URLs.
    """
    playlist_path = os.path.join(output_dir, f"{name}.m3u8")
    options = {
        "hls_time": str(SEGMENT_SECONDS),
        "hls_playlist_type": "vod",
        "hls_segment_filename": os.path.join(output_dir, f"{name}_%04d.ts"),
        "hls_flags": "independent_segments",
    }
    with av.open(mp4_path, mode="r") as source, av.open(playlist_path, mode="w", format="hls", options=options) as output:
        output_streams = {}
        for stream in source.streams:
            if stream.type in ("video", "audio"):
                output_streams[stream.index] = output.add_stream_from_template(stream)
        for packet in source.demux(*[source.streams[index] for index in output_streams]):
            if packet.dts is None:
                continue
            packet.stream = output_streams[packet.stream.index]
            output.mux(packet)
    segments = sorted(glob.glob(os.path.join(output_dir, f"{name}_*.ts")))
    return playlist_path, segments


def master_playlist(variants):
    """Return a master playlist for ``variants``: (uri, bitrate, width, height) tuples."""
    lines = ["#EXTM3U", "#EXT-X-VERSION:3", "#EXT-X-INDEPENDENT-SEGMENTS"]
    for uri, bitrate, width, height in variants:
        lines.append(f"#EXT-X-STREAM-INF:BANDWIDTH={int(bitrate or 0)},RESOLUTION={width}x{height}")
        lines.append(uri)
    return "\n".join(lines) + "\n"


def rewrite_media_playlist(text, segment_url):
    """Replace each segment reference in a media playlist with ``segment_url(name)``."""
    lines = []
    for line in text.splitlines():
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            line = segment_url(os.path.basename(stripped))
        lines.append(line)
    return "\n".join(lines) + "\n"
