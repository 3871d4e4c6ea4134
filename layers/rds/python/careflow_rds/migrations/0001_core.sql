-- careflow core schema. Applied by `careflow migrate` as careflow_owner, once, in a transaction.
-- Every tenant table carries tenant_id and is guarded by row-level security keyed on the
-- per-transaction setting app.tenant_id; the application role does not own the tables, and
-- FORCE ROW LEVEL SECURITY makes the policies bind the owner as well.

CREATE TABLE tenants (
    tenant_id    text PRIMARY KEY CHECK (tenant_id ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
    display_name text NOT NULL,
    config       jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE patients (
    patient_id   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id    text NOT NULL REFERENCES tenants (tenant_id),
    display_name text,
    created_at   timestamptz NOT NULL DEFAULT now(),
    UNIQUE (tenant_id, patient_id)
);

CREATE TABLE channel_identities (
    identity_id  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id    text NOT NULL REFERENCES tenants (tenant_id),
    patient_id   uuid NOT NULL,
    channel      text NOT NULL,
    external_id  text NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    UNIQUE (tenant_id, channel, external_id),
    FOREIGN KEY (tenant_id, patient_id) REFERENCES patients (tenant_id, patient_id)
);

CREATE TABLE conversations (
    conversation_id  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id        text NOT NULL REFERENCES tenants (tenant_id),
    patient_id       uuid NOT NULL,
    channel          text NOT NULL,
    conversation_key text NOT NULL,
    last_inbound_at  timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now(),
    UNIQUE (tenant_id, channel, conversation_key),
    UNIQUE (tenant_id, conversation_id),
    FOREIGN KEY (tenant_id, patient_id) REFERENCES patients (tenant_id, patient_id)
);

CREATE TABLE cases (
    case_id     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id   text NOT NULL REFERENCES tenants (tenant_id),
    patient_id  uuid NOT NULL,
    stage       text NOT NULL DEFAULT 'enquiry' CHECK (stage IN (
                    'enquiry', 'qualifying', 'pre_op', 'quoted', 'booked', 'travel_planned',
                    'in_treatment', 'post_op', 'closed', 'lost')),
    opened_at   timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    closed_at   timestamptz,
    UNIQUE (tenant_id, case_id),
    FOREIGN KEY (tenant_id, patient_id) REFERENCES patients (tenant_id, patient_id)
);
-- At most one open case per patient: a new message continues it.
CREATE UNIQUE INDEX cases_one_open_per_patient ON cases (tenant_id, patient_id)
    WHERE stage NOT IN ('closed', 'lost');

CREATE TABLE messages (
    message_id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id           text NOT NULL REFERENCES tenants (tenant_id),
    case_id             uuid,
    conversation_id     uuid,
    direction           text NOT NULL CHECK (direction IN ('inbound', 'outbound')),
    channel             text NOT NULL,
    provider_message_id text NOT NULL,
    message_type        text NOT NULL,
    body                text,
    media               jsonb,
    sent_at             timestamptz NOT NULL,
    created_at          timestamptz NOT NULL DEFAULT now(),
    UNIQUE (tenant_id, channel, direction, provider_message_id),
    FOREIGN KEY (tenant_id, case_id) REFERENCES cases (tenant_id, case_id),
    FOREIGN KEY (tenant_id, conversation_id) REFERENCES conversations (tenant_id, conversation_id)
);
CREATE INDEX messages_case_time ON messages (tenant_id, case_id, sent_at);

-- Append-only history of a case: the application role may insert and read, never change.
CREATE TABLE case_events (
    seq          bigserial PRIMARY KEY,
    tenant_id    text NOT NULL REFERENCES tenants (tenant_id),
    case_id      uuid NOT NULL,
    event_id     text NOT NULL,
    event_type   text NOT NULL,
    payload      jsonb NOT NULL DEFAULT '{}'::jsonb,
    occurred_at  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (tenant_id, event_id),
    FOREIGN KEY (tenant_id, case_id) REFERENCES cases (tenant_id, case_id)
);

CREATE FUNCTION case_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'case_events is append-only';
END $$;
CREATE TRIGGER case_events_no_update BEFORE UPDATE OR DELETE ON case_events
    FOR EACH ROW EXECUTE FUNCTION case_events_append_only();

CREATE TABLE agent_decisions (
    decision_id     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id       text NOT NULL REFERENCES tenants (tenant_id),
    case_id         uuid NOT NULL,
    event_id        text NOT NULL,
    message_id      uuid,
    intent          text NOT NULL,
    language        text NOT NULL,
    urgency         text NOT NULL,
    action          text NOT NULL,
    reply           text,
    previous_stage  text NOT NULL,
    proposed_stage  text,
    applied_stage   text,
    stage_refused   boolean NOT NULL DEFAULT false,
    missing_items   jsonb NOT NULL DEFAULT '[]'::jsonb,
    redactions      jsonb NOT NULL DEFAULT '{}'::jsonb,
    provider        text NOT NULL,
    model           text NOT NULL,
    latency_ms      integer NOT NULL DEFAULT 0,
    report_key      text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (tenant_id, event_id),
    UNIQUE (tenant_id, decision_id),
    FOREIGN KEY (tenant_id, case_id) REFERENCES cases (tenant_id, case_id)
);
CREATE INDEX agent_decisions_case_time ON agent_decisions (tenant_id, case_id, created_at);

CREATE TABLE outbound_messages (
    outbound_id   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id     text NOT NULL REFERENCES tenants (tenant_id),
    case_id       uuid NOT NULL,
    decision_id   uuid NOT NULL,
    channel       text NOT NULL,
    kind          text NOT NULL DEFAULT 'reply' CHECK (kind IN ('reply', 'escalation')),
    body          text NOT NULL,
    status        text NOT NULL DEFAULT 'queued'
                  CHECK (status IN ('queued', 'awaiting_approval', 'sent', 'delivered', 'read',
                                    'failed', 'cancelled')),
    provider_message_id text,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    UNIQUE (tenant_id, decision_id, kind),
    FOREIGN KEY (tenant_id, case_id) REFERENCES cases (tenant_id, case_id),
    FOREIGN KEY (tenant_id, decision_id) REFERENCES agent_decisions (tenant_id, decision_id)
);

CREATE TABLE documents (
    document_id   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id     text NOT NULL REFERENCES tenants (tenant_id),
    case_id       uuid NOT NULL,
    kind          text NOT NULL,
    s3_key        text NOT NULL,
    content_type  text NOT NULL,
    size_bytes    bigint,
    source        text NOT NULL DEFAULT 'upload',
    created_at    timestamptz NOT NULL DEFAULT now(),
    UNIQUE (tenant_id, s3_key),
    FOREIGN KEY (tenant_id, case_id) REFERENCES cases (tenant_id, case_id)
);

-- Delivery status callbacks (sent, delivered, read, failed) as the provider reported them.
CREATE TABLE message_statuses (
    tenant_id           text NOT NULL REFERENCES tenants (tenant_id),
    channel             text NOT NULL,
    provider_message_id text NOT NULL,
    status              text NOT NULL,
    occurred_at         timestamptz NOT NULL,
    recorded_at         timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, channel, provider_message_id, status)
);

-- Exactly-once effect for Kafka consumers: one row per (consumer, event) written in the same
-- transaction as the effect; the events it emitted are kept so a crash between commit and
-- publish is healed by the redelivery (they are published again with the same event ids).
CREATE TABLE processed_events (
    tenant_id     text NOT NULL REFERENCES tenants (tenant_id),
    consumer      text NOT NULL,
    event_id      text NOT NULL,
    outputs       jsonb NOT NULL DEFAULT '[]'::jsonb,
    published_at  timestamptz,
    processed_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, consumer, event_id)
);

-- Row-level security on every tenant table.
DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['tenants', 'patients', 'channel_identities', 'conversations', 'cases',
                             'messages', 'case_events', 'agent_decisions', 'outbound_messages',
                             'documents', 'message_statuses', 'processed_events']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format(
            'CREATE POLICY tenant_isolation ON %I USING (tenant_id = current_setting(''app.tenant_id'', true)) '
            'WITH CHECK (tenant_id = current_setting(''app.tenant_id'', true))', t);
    END LOOP;
END $$;

REVOKE UPDATE, DELETE, TRUNCATE ON case_events FROM careflow_app;
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON tenants FROM careflow_app;
