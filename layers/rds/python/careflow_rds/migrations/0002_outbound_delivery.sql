-- Delivery of outbound messages by send_message: a 'sending' claim makes every outbound message
-- go out at most once; attempts, the last error and the send time are kept for the timeline.
ALTER TABLE outbound_messages DROP CONSTRAINT outbound_messages_status_check;
ALTER TABLE outbound_messages ADD CONSTRAINT outbound_messages_status_check
    CHECK (status IN ('queued', 'awaiting_approval', 'sending', 'sent', 'delivered', 'read',
                      'failed', 'cancelled'));
ALTER TABLE outbound_messages ADD COLUMN attempts integer NOT NULL DEFAULT 0;
ALTER TABLE outbound_messages ADD COLUMN last_error text;
ALTER TABLE outbound_messages ADD COLUMN send_mode text;
ALTER TABLE outbound_messages ADD COLUMN sent_at timestamptz;
CREATE INDEX outbound_provider_id ON outbound_messages (tenant_id, channel, provider_message_id);

-- Documents: where a file came from and whether it is complete (a presigned upload is
-- 'pending' until the client has put the object).
ALTER TABLE documents ADD COLUMN status text NOT NULL DEFAULT 'stored'
    CHECK (status IN ('pending', 'stored', 'rejected'));
ALTER TABLE documents ADD COLUMN filename text;
ALTER TABLE documents ADD COLUMN provider_media_id text;
CREATE UNIQUE INDEX documents_provider_media ON documents (tenant_id, provider_media_id)
    WHERE provider_media_id IS NOT NULL;
