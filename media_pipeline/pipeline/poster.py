"""Extract an upright poster frame from a video."""

import av
from PIL import Image

# A frame this far into the film, or at a quarter of a shorter one, avoids the
# black or blurred first frame that many phone recordings start with.
POSTER_SECONDS = 1.0

_TRANSPOSE = {
    90: Image.Transpose.ROTATE_90,
    180: Image.Transpose.ROTATE_180,
    270: Image.Transpose.ROTATE_270,
}


def extract_poster(source_path, probe_result, output_path):
    """Write an upright JPEG poster of ``source_path`` to ``output_path`` and return its size."""
    target = min(POSTER_SECONDS, probe_result.duration / 4) if probe_result.duration else 0
    chosen = None
    with av.open(source_path, mode="r", metadata_errors="ignore") as source:
        stream = source.streams.video[0]
        for frame in source.decode(stream):
            chosen = frame
            if frame.time is not None and frame.time >= target:
                break
    image = chosen.to_image()
    if probe_result.rotation in _TRANSPOSE:
        image = image.transpose(_TRANSPOSE[probe_result.rotation])
    image.save(output_path, format="JPEG", quality=85)
    return image.size
