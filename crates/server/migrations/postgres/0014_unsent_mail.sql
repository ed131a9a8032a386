-- The mail relay (crates/server/src/mail.rs) looks for unsent messages every
-- two seconds: an index of just those, so it does not read the whole outbox.
CREATE INDEX outbox_unsent ON outbox (id) WHERE sent_at IS NULL;
