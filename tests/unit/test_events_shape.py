import base64

from careflow_local.events import http_api_event, kafka_event, kafka_record


def test_http_api_event_has_the_v2_shape():
    ev = http_api_event(
        method="POST",
        path="/webhooks/whatsapp/demo-clinic",
        route_key="POST /webhooks/whatsapp/{tenant}",
        path_parameters={"tenant": "demo-clinic"},
        raw_query="a=1&a=2&b=x",
        headers=[
            ("Content-Type", "application/json"),
            ("X-Multi", "1"),
            ("x-multi", "2"),
            ("Cookie", "s=1; t=2"),
        ],
        body=b'{"k": 1}',
        claims={"tenant_id": "demo-clinic", "exp": 123},
    )
    assert ev["version"] == "2.0" and ev["routeKey"] == "POST /webhooks/whatsapp/{tenant}"
    assert ev["headers"]["content-type"] == "application/json"
    assert ev["headers"]["x-multi"] == "1,2"
    assert ev["cookies"] == ["s=1", "t=2"]
    assert ev["queryStringParameters"] == {"a": "1,2", "b": "x"}
    assert ev["pathParameters"] == {"tenant": "demo-clinic"}
    assert ev["body"] == '{"k": 1}' and ev["isBase64Encoded"] is False
    ctx = ev["requestContext"]
    assert ctx["http"]["method"] == "POST" and ctx["stage"] == "$default"
    assert ctx["authorizer"]["jwt"]["claims"] == {"tenant_id": "demo-clinic", "exp": "123"}
    assert {"requestId", "time", "timeEpoch", "accountId", "apiId", "domainName"} <= set(ctx)


def test_binary_bodies_are_base64():
    ev = http_api_event(
        method="POST",
        path="/x",
        route_key="POST /x",
        headers=[("content-type", "image/png")],
        body=b"\x89PNG\x00",
    )
    assert ev["isBase64Encoded"] is True and base64.b64decode(ev["body"]) == b"\x89PNG\x00"


def test_kafka_event_groups_by_topic_partition_in_offset_order():
    recs = [
        kafka_record(
            topic="t",
            partition=p,
            offset=o,
            timestamp_ms=1,
            key=b"k",
            value=b"v",
            headers=[("traceparent", b"00-ab")],
        )
        for p, o in ((1, 5), (0, 3), (1, 4))
    ]
    ev = kafka_event(recs, bootstrap="127.0.0.1:9092", region="eu-central-1")
    assert ev["eventSource"] == "aws:kafka" and ev["bootstrapServers"] == "127.0.0.1:9092"
    assert list(ev["records"]) == ["t-1", "t-0"]
    assert [r["offset"] for r in ev["records"]["t-1"]] == [4, 5]
    rec = ev["records"]["t-0"][0]
    assert base64.b64decode(rec["key"]) == b"k" and base64.b64decode(rec["value"]) == b"v"
    assert rec["headers"] == [{"traceparent": list(b"00-ab")}]
    assert rec["timestampType"] == "CREATE_TIME"


def test_null_key_is_omitted():
    rec = kafka_record(topic="t", partition=0, offset=0, timestamp_ms=1, key=None, value=b"v")
    assert "key" not in rec
