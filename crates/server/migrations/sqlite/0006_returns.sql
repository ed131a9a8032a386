-- Returns (RMAs): the request per order line, photos, the return parcel,
-- the money that goes back (refunds and store credit, each once per
-- idempotency key) and store credit balances with every movement.
CREATE TABLE returns (
    id               INTEGER PRIMARY KEY,
    rma              TEXT NOT NULL UNIQUE,
    order_id         BIGINT NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    status           TEXT NOT NULL,
    -- The shopper's Idempotency-Key: one return per key and order.
    idempotency_key  TEXT NOT NULL,
    request_hash     TEXT NOT NULL,
    rejection_reason TEXT,
    return_carrier   TEXT,
    return_tracking  TEXT,
    created_at       BIGINT NOT NULL,
    updated_at       BIGINT NOT NULL,
    -- When the last line's money (or exchange) went out.
    resolved_at      BIGINT,
    UNIQUE (order_id, idempotency_key)
);
CREATE INDEX returns_status ON returns (status, created_at);
CREATE INDEX returns_tracking ON returns (return_tracking);

CREATE TABLE return_lines (
    id                  INTEGER PRIMARY KEY,
    return_id           BIGINT NOT NULL REFERENCES returns (id) ON DELETE CASCADE,
    order_line_id       BIGINT NOT NULL,
    quantity            BIGINT NOT NULL CHECK (quantity > 0),
    reason              TEXT NOT NULL,
    comment             TEXT,
    resolution          TEXT NOT NULL,
    exchange_variant_id BIGINT,
    received_quantity   BIGINT NOT NULL DEFAULT 0,
    condition           TEXT,
    -- Units of the order line claimed by earlier returns when this one was
    -- made: this return's units are valued after them (pro-rata shares).
    prior_units         BIGINT NOT NULL DEFAULT 0,
    -- What the line is worth back (its share of what was paid).
    value_minor         BIGINT NOT NULL,
    resolved_at         BIGINT
);
CREATE INDEX return_lines_return ON return_lines (return_id);
CREATE INDEX return_lines_order_line ON return_lines (order_line_id);

CREATE TABLE return_photos (
    id           TEXT PRIMARY KEY,
    return_id    BIGINT NOT NULL REFERENCES returns (id) ON DELETE CASCADE,
    line_id      BIGINT,
    content_type TEXT NOT NULL,
    bytes        BLOB NOT NULL,
    size         BIGINT NOT NULL,
    created_at   BIGINT NOT NULL
);
CREATE INDEX return_photos_return ON return_photos (return_id);

CREATE TABLE return_events (
    id         INTEGER PRIMARY KEY,
    return_id  BIGINT NOT NULL REFERENCES returns (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL,
    message    TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX return_events_return ON return_events (return_id);

-- Money going back for a return: a refund to the payment or store credit.
CREATE TABLE return_payouts (
    id              INTEGER PRIMARY KEY,
    return_id       BIGINT NOT NULL REFERENCES returns (id) ON DELETE CASCADE,
    order_id        BIGINT NOT NULL,
    kind            TEXT NOT NULL,
    amount_minor    BIGINT NOT NULL CHECK (amount_minor > 0),
    idempotency_key TEXT NOT NULL,
    request_hash    TEXT NOT NULL,
    -- pending: written, not yet confirmed by the provider; succeeded.
    status          TEXT NOT NULL,
    credit_code     TEXT,
    -- The order's shipping is part of this refund (once per order).
    includes_shipping BIGINT NOT NULL DEFAULT 0,
    created_at      BIGINT NOT NULL,
    UNIQUE (return_id, kind, idempotency_key)
);
CREATE INDEX return_payouts_order ON return_payouts (order_id);

CREATE TABLE store_credits (
    code          TEXT PRIMARY KEY,
    email         TEXT NOT NULL,
    currency      TEXT NOT NULL,
    balance_minor BIGINT NOT NULL CHECK (balance_minor >= 0),
    created_at    BIGINT NOT NULL
);

CREATE TABLE store_credit_ledger (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL REFERENCES store_credits (code),
    delta_minor BIGINT NOT NULL,
    reason      TEXT NOT NULL,
    return_id   BIGINT,
    order_id    BIGINT,
    created_at  BIGINT NOT NULL
);
CREATE INDEX store_credit_ledger_code ON store_credit_ledger (code);

-- An exchange leaves in a shipment of its own.
ALTER TABLE shipments ADD COLUMN return_id BIGINT;
