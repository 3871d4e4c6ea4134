"""WhatsApp media: id -> metadata -> download with the token, under Meta's type/size limits."""

import hashlib
import io

import pytest

from careflow_channels import whatsapp
from careflow_channels.errors import MediaRejected
from careflow_channels.media import MB
from careflow_local.simulators import meta_graph

TOKEN = "EAAG-media-token"
JPEG = b"\xff\xd8\xff\xe0" + b"scalp-photo" * 100


def fetch(tenant, policy, media_id, **kw):
    return whatsapp.fetch_media(media_id, TOKEN, tenant_id=tenant, policy=policy, **kw)


def test_fetch_resolves_the_id_then_downloads_with_the_token(meta, tenant, policy):
    meta_graph.add_media(meta, "1037543291543636", JPEG, "image/jpeg")
    media = fetch(tenant, policy, "1037543291543636")
    assert media.content == JPEG and media.size == len(JPEG)
    assert media.kind == "image" and media.mime_type == "image/jpeg"
    assert media.sha256 == hashlib.sha256(JPEG).hexdigest()
    info, download = meta.requests()
    assert (info["method"], info["path"]) == ("GET", "/v23.0/1037543291543636")
    assert (download["method"], download["path"]) == ("GET", "/_media/1037543291543636")
    assert (
        info["headers"]["authorization"]
        == download["headers"]["authorization"]
        == f"Bearer {TOKEN}"
    )


def test_fetch_into_a_sink(meta, tenant, policy):
    meta_graph.add_media(meta, "doc-1", b"%PDF-1.7 report", "application/pdf")
    sink = io.BytesIO()
    media = fetch(tenant, policy, "doc-1", sink=sink)
    assert media.content is None and sink.getvalue() == b"%PDF-1.7 report"
    assert media.kind == "document"


def test_a_type_outside_the_allowed_list_is_rejected_before_downloading(meta, tenant, policy):
    meta_graph.add_media(meta, "zip-1", b"PK\x03\x04", "application/zip")
    with pytest.raises(MediaRejected, match="type not allowed") as exc:
        fetch(tenant, policy, "zip-1")
    assert exc.value.retryable is False
    assert [r["path"] for r in meta.requests()] == ["/v23.0/zip-1"]


@pytest.mark.parametrize(
    ("mime", "declared"),
    [
        ("image/jpeg", 5 * MB + 1),
        ("audio/ogg", 16 * MB + 1),
        ("video/mp4", 16 * MB + 1),
        ("application/pdf", 100 * MB + 1),
    ],
)
def test_a_declared_size_over_the_limit_is_rejected_before_downloading(
    meta, tenant, policy, mime, declared
):
    meta_graph.add_media(meta, "big", b"x", mime, file_size=declared)
    with pytest.raises(MediaRejected, match="larger than"):
        fetch(tenant, policy, "big")
    assert [r["path"] for r in meta.requests()] == ["/v23.0/big"]


def test_a_server_that_understates_the_size_is_cut_off_while_streaming(meta, tenant, policy):
    meta.app.add_media("liar", b"\xff" * (5 * MB + 10), "image/png", file_size=1000)
    with pytest.raises(MediaRejected, match="larger than"):
        fetch(tenant, policy, "liar")


def test_checksum_mismatch_is_rejected(meta, tenant, policy):
    meta_graph.add_media(meta, "tampered", JPEG, "image/jpeg", sha256="0" * 64)
    with pytest.raises(MediaRejected, match="checksum"):
        fetch(tenant, policy, "tampered")


def test_download_failures_are_retried(meta, tenant, policy):
    meta_graph.add_media(meta, "flaky", JPEG, "image/jpeg")
    meta.fail(503, count=1)  # the metadata call
    media = fetch(tenant, policy, "flaky")
    assert media.content == JPEG
    assert [r["status"] for r in meta.requests()] == [503, 200, 200]


def test_the_token_never_goes_to_a_foreign_host(meta, tenant, policy, monkeypatch):
    monkeypatch.delenv("CAREFLOW_META_MEDIA_HOSTS", raising=False)
    assert whatsapp._allowed_media_url(f"{meta.url}/_media/x")
    assert whatsapp._allowed_media_url(
        "https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1"
    )
    assert not whatsapp._allowed_media_url("https://evil.example/steal")
    assert not whatsapp._allowed_media_url("http://lookaside.fbsbx.com/x")  # https only
    monkeypatch.setenv("CAREFLOW_META_MEDIA_HOSTS", "media.example.com")
    assert whatsapp._allowed_media_url("https://media.example.com/a")
