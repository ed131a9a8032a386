-- Operator alerts (issue 15): one row per occurrence of a rule's condition
-- on a subject. `active` is 1 while the condition holds; at most one active
-- occurrence per (rule, subject), so two checks (or two server instances)
-- racing raise it once.
CREATE TABLE alerts (
    id          INTEGER PRIMARY KEY,
    rule        TEXT NOT NULL,
    subject     TEXT NOT NULL,
    title       TEXT NOT NULL,
    detail      TEXT NOT NULL,
    link        TEXT,
    state       TEXT NOT NULL,
    active      BIGINT NOT NULL,
    raised_at   BIGINT NOT NULL,
    resolved_at BIGINT,
    resolved_by TEXT
);
CREATE UNIQUE INDEX alerts_one_active ON alerts (rule, subject) WHERE active = 1;
CREATE INDEX alerts_by_state ON alerts (state, raised_at);

-- Background jobs run on one server instance at a time: the holder of a
-- job's lease renews it while it runs; when it stops renewing (killed), the
-- lease expires and another instance takes it.
CREATE TABLE job_leases (
    name       TEXT PRIMARY KEY,
    holder     TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);

-- Cart recovery (issue 15): the contact email the checkout's first step
-- sets, when the one reminder went out, and the hash of the secret a
-- restore link hands to a fresh browser (the cart's own token still works).
ALTER TABLE carts ADD COLUMN email TEXT;
ALTER TABLE carts ADD COLUMN recovery_sent_at BIGINT;
ALTER TABLE carts ADD COLUMN restore_hash TEXT;
CREATE INDEX carts_to_recover ON carts (updated_at) WHERE email IS NOT NULL AND recovery_sent_at IS NULL AND status = 'open';

-- Addresses that said "no more reminders" (cart recovery, restock notices).
CREATE TABLE unsubscribes (
    email      TEXT PRIMARY KEY,
    created_at BIGINT NOT NULL
);

-- Restock notices (issue 15): a shopper asked on a sold-out variant to be
-- emailed once when it is back; sent_at is set in the transaction that
-- writes that email.
CREATE TABLE restock_notices (
    id         INTEGER PRIMARY KEY,
    variant_id BIGINT NOT NULL REFERENCES variants (id) ON DELETE CASCADE,
    email      TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    sent_at    BIGINT,
    UNIQUE (variant_id, email)
);
CREATE INDEX restock_waiting ON restock_notices (variant_id) WHERE sent_at IS NULL;
