"""The streaming layer: Kafka producer (PLAINTEXT locally, IAM on MSK), the ``aws:kafka``
batch runner with per-partition ordering, and the dead-letter topic format."""
