"""What kafka-python's record batch checksum costs, with and without the ``crc32c`` extension.

Not a test. kafka-python computes the CRC-32C of every record batch it builds (a producer) or
validates (a consumer with ``check_crcs``, the default) with ``crc32c`` when it imports, else
with its pure-Python table loop (``kafka/record/util.py``). Run it twice to compare::

    python -m tests.bench.bench_crc32c                      # whatever this environment has
    CRC32C_PURE=1 python -m tests.bench.bench_crc32c        # kafka-python's Python fallback
"""

from __future__ import annotations

import os
import time


def main() -> None:
    from kafka.record import _crc32c, util
    from kafka.record.memory_records import MemoryRecords, MemoryRecordsBuilder

    if os.environ.get("CRC32C_PURE"):
        util._crc32c = _crc32c.crc  # what kafka-python uses without the extension
        util.calc_crc32c.__defaults__ = (_crc32c.crc,)
    print(
        f"crc32c implementation: {util.calc_crc32c.__defaults__[0]!r}, load {os.getloadavg()[0]:.1f}"
    )

    def build(records: int, size: int) -> bytes:
        builder = MemoryRecordsBuilder(magic=2, compression_type=0, batch_size=10**7)
        for i in range(records):
            builder.append(
                timestamp=None,
                key=b"tenant:conversation-%d" % i,
                value=os.urandom(size),
                headers=[("traceparent", b"00-" + b"a" * 50)],
            )
        builder.close()
        return bytes(builder.buffer())

    reps = 300
    for size in (1000, 3000):
        for records in (1, 6):
            start = time.perf_counter()
            for _ in range(reps):
                buffer = build(records, size)
            built = (time.perf_counter() - start) / reps
            start = time.perf_counter()
            for _ in range(reps):
                batch = MemoryRecords(buffer).next_batch()
                assert batch is not None and batch.validate_crc()
            validated = (time.perf_counter() - start) / reps
            print(
                f"{records} record(s) of {size} B per batch: built in {built * 1e3:.3f} ms, "
                f"validated in {validated * 1e3:.3f} ms"
            )


if __name__ == "__main__":
    main()
