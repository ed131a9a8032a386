-- Checkout: orders (whose pending lines are the stock reservations),
-- idempotency keys, the outbox, and the sandbox payment provider's own tables.
ALTER TABLE carts ADD COLUMN shipping_method TEXT;

CREATE TABLE orders (
    id                  INTEGER PRIMARY KEY,
    number              TEXT NOT NULL UNIQUE,
    cart_id             TEXT NOT NULL,
    email               TEXT NOT NULL,
    status              TEXT NOT NULL,
    currency            TEXT NOT NULL,
    total_minor         BIGINT NOT NULL,
    totals_json         TEXT NOT NULL,
    shipping_address_json TEXT NOT NULL,
    shipping_method     TEXT NOT NULL,
    shipping_method_name TEXT NOT NULL,
    payment_kind        TEXT NOT NULL,
    payment_status      TEXT NOT NULL,
    payment_intent      TEXT,
    card_brand          TEXT,
    card_last4          TEXT,
    discount_code       TEXT,
    -- While payment is pending, the order's lines hold stock (variants.reserved)
    -- until this time; then the reservation expires and the order is canceled.
    reserved_until      BIGINT,
    created_at          BIGINT NOT NULL,
    updated_at          BIGINT NOT NULL
);
CREATE INDEX orders_pending ON orders (status, reserved_until);

CREATE TABLE order_lines (
    id               INTEGER PRIMARY KEY,
    order_id         BIGINT NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    variant_id       BIGINT NOT NULL,
    product_handle   TEXT NOT NULL,
    product_title    TEXT NOT NULL,
    variant_title    TEXT NOT NULL,
    sku              TEXT NOT NULL,
    image_json       TEXT,
    quantity         BIGINT NOT NULL CHECK (quantity > 0),
    unit_price_minor BIGINT NOT NULL,
    discount_minor   BIGINT NOT NULL,
    total_minor      BIGINT NOT NULL
);
CREATE INDEX order_lines_order ON order_lines (order_id);

CREATE TABLE order_events (
    id         INTEGER PRIMARY KEY,
    order_id   BIGINT NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL,
    message    TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX order_events_order ON order_events (order_id);

CREATE TABLE idempotency_keys (
    cart_id         TEXT NOT NULL,
    key             TEXT NOT NULL,
    request_hash    TEXT NOT NULL,
    status          TEXT NOT NULL,
    response_status BIGINT,
    response_body   TEXT,
    created_at      BIGINT NOT NULL,
    PRIMARY KEY (cart_id, key)
);

CREATE TABLE outbox (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL,
    recipient  TEXT NOT NULL,
    subject    TEXT NOT NULL,
    body       TEXT NOT NULL,
    order_number TEXT,
    created_at BIGINT NOT NULL,
    sent_at    BIGINT
);

-- The sandbox payment provider keeps no card numbers: brand, last 4 digits,
-- expiry and how the test card behaves.
CREATE TABLE psp_tokens (
    id         TEXT PRIMARY KEY,
    brand      TEXT NOT NULL,
    last4      TEXT NOT NULL,
    exp_month  BIGINT NOT NULL,
    exp_year   BIGINT NOT NULL,
    behaviour  TEXT NOT NULL,
    used       BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL
);

CREATE TABLE psp_payment_intents (
    id              TEXT PRIMARY KEY,
    client_secret   TEXT NOT NULL,
    amount_minor    BIGINT NOT NULL,
    currency        TEXT NOT NULL,
    status          TEXT NOT NULL,
    token           TEXT,
    brand           TEXT,
    last4           TEXT,
    idempotency_key TEXT UNIQUE,
    reference       TEXT,
    error_code      TEXT,
    error_message   TEXT,
    created_at      BIGINT NOT NULL,
    updated_at      BIGINT NOT NULL
);
