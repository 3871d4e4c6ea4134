"""The documents layer (S3): tenant-scoped keys, KMS encryption, presigned URLs."""
