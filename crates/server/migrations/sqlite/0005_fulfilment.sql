-- Fulfilment and tracking: admin keys, shipments with their lines, carrier
-- events, delivery estimates; the shipping method's transit days are kept
-- on the order so its estimate survives a change of rates.
CREATE TABLE admin_keys (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL,
    key_hash     TEXT NOT NULL UNIQUE,
    prefix       TEXT NOT NULL,
    created_at   BIGINT NOT NULL,
    last_used_at BIGINT,
    revoked_at   BIGINT
);

ALTER TABLE orders ADD COLUMN ship_min_days BIGINT;
ALTER TABLE orders ADD COLUMN ship_max_days BIGINT;
ALTER TABLE orders ADD COLUMN verified_at BIGINT;

CREATE TABLE shipments (
    id              INTEGER PRIMARY KEY,
    order_id        BIGINT NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    carrier         TEXT NOT NULL,
    tracking_number TEXT NOT NULL,
    tracking_url    TEXT,
    service         TEXT,
    status          TEXT,
    est_earliest    TEXT,
    est_latest      TEXT,
    est_source      TEXT,
    created_at      BIGINT NOT NULL,
    delivered_at    BIGINT,
    updated_at      BIGINT NOT NULL
);
CREATE INDEX shipments_order ON shipments (order_id);
CREATE INDEX shipments_tracking ON shipments (tracking_number);

CREATE TABLE shipment_lines (
    shipment_id BIGINT NOT NULL REFERENCES shipments (id) ON DELETE CASCADE,
    line_id     BIGINT NOT NULL,
    quantity    BIGINT NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (shipment_id, line_id)
);

-- A carrier checkpoint. The same checkpoint delivered twice is one row.
CREATE TABLE tracking_events (
    id          INTEGER PRIMARY KEY,
    shipment_id BIGINT NOT NULL REFERENCES shipments (id) ON DELETE CASCADE,
    status      TEXT NOT NULL,
    substatus   TEXT NOT NULL DEFAULT '',
    message     TEXT NOT NULL,
    location    TEXT NOT NULL DEFAULT '',
    occurred_at BIGINT NOT NULL,
    received_at BIGINT NOT NULL,
    UNIQUE (shipment_id, status, substatus, occurred_at, message, location)
);
CREATE INDEX tracking_events_shipment ON tracking_events (shipment_id, occurred_at);

-- Emails get an HTML part beside the plain text.
ALTER TABLE outbox ADD COLUMN html_body TEXT;

-- The sandbox provider's refunds: never more than the charge, once per key.
CREATE TABLE psp_refunds (
    id              TEXT PRIMARY KEY,
    intent_id       TEXT NOT NULL,
    amount_minor    BIGINT NOT NULL CHECK (amount_minor > 0),
    idempotency_key TEXT NOT NULL UNIQUE,
    created_at      BIGINT NOT NULL
);
CREATE INDEX psp_refunds_intent ON psp_refunds (intent_id);
