"""The test process's telemetry switch stays in the test process."""

from __future__ import annotations


def test_the_test_process_switch_is_not_passed_to_the_functions_containers() -> None:
    """tests/conftest.py turns telemetry off for in-process handlers only; containers keep it."""
    import os

    from careflow_local.lambda_env import function_environment

    base = {**os.environ, "OTEL_EXPORTER_OTLP_ENDPOINT": "http://127.0.0.1:4318"}
    marked = {**base, "OTEL_SDK_DISABLED": "true", "CAREFLOW_OTEL_OFF_IN_TEST_PROCESS_ONLY": "1"}
    assert "OTEL_SDK_DISABLED" not in function_environment("run_agent", marked)
    chosen = {**base, "OTEL_SDK_DISABLED": "true"}
    chosen.pop("CAREFLOW_OTEL_OFF_IN_TEST_PROCESS_ONLY", None)
    assert function_environment("run_agent", chosen)["OTEL_SDK_DISABLED"] == "true"
