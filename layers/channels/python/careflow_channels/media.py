"""Which media careflow accepts from patients, and how big — Meta's WhatsApp Cloud API limits.

Pure data and one check, so the ingest side can refuse early on the webhook's declared MIME type
and the download can refuse on the metadata's size before fetching a byte.
"""

from __future__ import annotations

from typing import Literal

from careflow_channels.errors import MediaRejected

MediaKind = Literal["image", "document", "audio", "video", "sticker"]

MB = 1024 * 1024

LIMITS: dict[MediaKind, int] = {
    "image": 5 * MB,
    "document": 100 * MB,
    "audio": 16 * MB,
    "video": 16 * MB,
    "sticker": 500 * 1024,
}

MIME_TYPES: dict[str, MediaKind] = {
    "image/jpeg": "image",
    "image/png": "image",
    "image/webp": "sticker",
    "audio/aac": "audio",
    "audio/amr": "audio",
    "audio/mpeg": "audio",
    "audio/mp4": "audio",
    "audio/ogg": "audio",  # OPUS only, as Meta sends voice notes
    "video/mp4": "video",
    "video/3gpp": "video",
    "video/3gp": "video",
    "text/plain": "document",
    "application/pdf": "document",
    "application/msword": "document",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "document",
    "application/vnd.ms-excel": "document",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "document",
    "application/vnd.ms-powerpoint": "document",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": "document",
}


def base_mime(mime_type: str) -> str:
    """``audio/ogg; codecs=opus`` -> ``audio/ogg``."""
    return mime_type.split(";", 1)[0].strip().lower()


def check(mime_type: str | None, size: int | None) -> MediaKind:
    """The media kind, or ``MediaRejected`` when the type is not allowed or the size too big."""
    mime = base_mime(mime_type or "")
    kind = MIME_TYPES.get(mime)
    if kind is None:
        raise MediaRejected("media type not allowed", mime_type=mime or None, size=size)
    if size is not None and size > LIMITS[kind]:
        raise MediaRejected(f"{kind} larger than {LIMITS[kind]} bytes", mime_type=mime, size=size)
    return kind
