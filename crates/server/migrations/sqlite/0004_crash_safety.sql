-- Crash safety: a claimed idempotency key records who holds it and when
-- (so a claim left by a dead request can be taken over) and the order it
-- produced (written in the order's own transaction: the recovery point).
ALTER TABLE idempotency_keys ADD COLUMN locked_at BIGINT;
ALTER TABLE idempotency_keys ADD COLUMN lock_token TEXT;
ALTER TABLE idempotency_keys ADD COLUMN order_id BIGINT;

-- Inbound webhooks, stored by their event id before they act, so a
-- delivery repeated after a crash (or a replay) acts once.
CREATE TABLE webhook_events (
    source       TEXT NOT NULL,
    event_id     TEXT NOT NULL,
    received_at  BIGINT NOT NULL,
    processed_at BIGINT,
    PRIMARY KEY (source, event_id)
);

-- One message per cause: `order_confirmation:VT-...` can be written once.
ALTER TABLE outbox ADD COLUMN dedupe_key TEXT;
CREATE UNIQUE INDEX outbox_dedupe_key ON outbox (dedupe_key);
-- Reconciliation finds a provider charge by its reference (the order number).
CREATE INDEX psp_intents_reference ON psp_payment_intents (reference);
