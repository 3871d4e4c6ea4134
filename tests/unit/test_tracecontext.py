from careflow_shared import tracecontext as tc


def test_child_keeps_trace_id_and_gets_new_span():
    parent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"
    child = tc.child_of(parent)
    assert tc.trace_id(child) == "0af7651916cd43dd8448eb211c80319c"
    assert child.split("-")[2] != "b7ad6b7169203331"


def test_invalid_parent_starts_a_new_trace():
    for bad in (None, "", "garbage", "00-" + "0" * 32 + "-b7ad6b7169203331-01"):
        assert tc.parse(tc.child_of(bad)) is not None
