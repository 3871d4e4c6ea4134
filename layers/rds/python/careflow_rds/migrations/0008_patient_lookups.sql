-- A reply looks up the patient's identity and latest conversation on its channel
-- (repositories.reply_target, once per outbound message). Their UNIQUE constraints lead with
-- (tenant_id, channel, external_id / conversation_key), so a lookup by patient read every row of
-- the tenant's channel: O(patients) per reply for a large clinic. These indexes make it one probe.
-- Plain CREATE INDEX (the runner applies a migration in a transaction, where CONCURRENTLY cannot
-- run): it blocks writes to these two tables while it builds, seconds for a clinic's size.
CREATE INDEX channel_identities_tenant_patient ON channel_identities (tenant_id, patient_id, channel);
CREATE INDEX conversations_tenant_patient ON conversations (tenant_id, patient_id, channel);
