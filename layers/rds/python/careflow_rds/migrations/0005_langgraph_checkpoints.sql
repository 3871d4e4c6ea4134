-- LangGraph checkpoint tables for the run_agent graph (langgraph-checkpoint-postgres 3.2.0).
--
-- This is the final schema that PostgresSaver.setup() of that version builds through its
-- MIGRATIONS list (versions 0-9), created here by our migration runner as careflow_owner so the
-- application role needs no DDL rights and nothing is created at runtime. The rows inserted into
-- checkpoint_migrations tell the library the schema is at version 9, so a setup() call would be
-- a no-op. The library's own migrations build the three indexes CONCURRENTLY; that cannot run in
-- a transaction, and these tables are new and empty, so plain CREATE INDEX is equivalent.
-- When upgrading langgraph-checkpoint-postgres, diff its MIGRATIONS list against version 9 and
-- add a new migration file for any later entries.
--
-- Tenant isolation: the thread_id is "<tenant_id>:<case_id>", written only by run_agent. These
-- tables carry no tenant_id column, so row-level security does not apply to them; the API never
-- reads them.
-- Default privileges (see careflow_rds.migrate) grant careflow_app SELECT/INSERT/UPDATE/DELETE.

CREATE TABLE checkpoint_migrations (
    v INTEGER PRIMARY KEY
);

CREATE TABLE checkpoints (
    thread_id TEXT NOT NULL,
    checkpoint_ns TEXT NOT NULL DEFAULT '',
    checkpoint_id TEXT NOT NULL,
    parent_checkpoint_id TEXT,
    type TEXT,
    checkpoint JSONB NOT NULL,
    metadata JSONB NOT NULL DEFAULT '{}',
    PRIMARY KEY (thread_id, checkpoint_ns, checkpoint_id)
);

CREATE TABLE checkpoint_blobs (
    thread_id TEXT NOT NULL,
    checkpoint_ns TEXT NOT NULL DEFAULT '',
    channel TEXT NOT NULL,
    version TEXT NOT NULL,
    type TEXT NOT NULL,
    blob BYTEA,
    PRIMARY KEY (thread_id, checkpoint_ns, channel, version)
);

CREATE TABLE checkpoint_writes (
    thread_id TEXT NOT NULL,
    checkpoint_ns TEXT NOT NULL DEFAULT '',
    checkpoint_id TEXT NOT NULL,
    task_id TEXT NOT NULL,
    idx INTEGER NOT NULL,
    channel TEXT NOT NULL,
    type TEXT,
    blob BYTEA NOT NULL,
    task_path TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (thread_id, checkpoint_ns, checkpoint_id, task_id, idx)
);

CREATE INDEX checkpoints_thread_id_idx ON checkpoints (thread_id);
CREATE INDEX checkpoint_blobs_thread_id_idx ON checkpoint_blobs (thread_id);
CREATE INDEX checkpoint_writes_thread_id_idx ON checkpoint_writes (thread_id);

INSERT INTO checkpoint_migrations (v) VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9);
