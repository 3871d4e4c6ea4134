"""Meta's WhatsApp media limits, as the pure check the download relies on."""

import pytest

from careflow_channels.errors import MediaRejected
from careflow_channels.media import LIMITS, MB, check


@pytest.mark.parametrize(
    ("mime", "kind", "limit"),
    [
        ("image/jpeg", "image", 5 * MB),
        ("image/png", "image", 5 * MB),
        ("application/pdf", "document", 100 * MB),
        (
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "document",
            100 * MB,
        ),
        ("audio/ogg; codecs=opus", "audio", 16 * MB),
        ("audio/mpeg", "audio", 16 * MB),
        ("video/mp4", "video", 16 * MB),
        ("VIDEO/3GPP", "video", 16 * MB),
        ("image/webp", "sticker", 500 * 1024),
    ],
)
def test_allowed_types_up_to_their_limit(mime, kind, limit):
    assert LIMITS[kind] == limit
    assert check(mime, limit) == kind
    assert check(mime, None) == kind
    with pytest.raises(MediaRejected) as exc:
        check(mime, limit + 1)
    assert exc.value.size == limit + 1 and exc.value.retryable is False


@pytest.mark.parametrize(
    "mime", ["application/zip", "image/gif", "text/html", "", None, "application/x-msdownload"]
)
def test_other_types_are_rejected(mime):
    with pytest.raises(MediaRejected, match="type not allowed"):
        check(mime, 10)
