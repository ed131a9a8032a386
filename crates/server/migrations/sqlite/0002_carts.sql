-- Carts, discount codes, shipping rates and tax rates.
CREATE TABLE carts (
    id          TEXT PRIMARY KEY,
    -- SHA-256 of the secret cart token, hex; the token itself is never stored.
    token_hash  TEXT NOT NULL,
    currency    TEXT NOT NULL,
    discount_code TEXT,
    country     TEXT,
    region      TEXT,
    version     BIGINT NOT NULL DEFAULT 1,
    status      TEXT NOT NULL DEFAULT 'open',
    created_at  BIGINT NOT NULL,
    updated_at  BIGINT NOT NULL
);

CREATE TABLE cart_lines (
    id                INTEGER PRIMARY KEY,
    cart_id           TEXT NOT NULL REFERENCES carts (id) ON DELETE CASCADE,
    variant_id        BIGINT NOT NULL REFERENCES variants (id) ON DELETE CASCADE,
    quantity          BIGINT NOT NULL CHECK (quantity > 0 AND quantity <= 99),
    added_price_minor BIGINT NOT NULL,
    position          BIGINT NOT NULL,
    created_at        BIGINT NOT NULL,
    updated_at        BIGINT NOT NULL,
    UNIQUE (cart_id, variant_id)
);

CREATE TABLE discount_codes (
    code                   TEXT PRIMARY KEY,
    kind                   TEXT NOT NULL CHECK (kind IN ('percentage', 'fixed_amount', 'free_shipping')),
    value                  TEXT NOT NULL DEFAULT '0',
    minimum_subtotal_minor BIGINT,
    category               TEXT,
    starts_at              BIGINT,
    expires_at             BIGINT,
    usage_limit            BIGINT,
    times_used             BIGINT NOT NULL DEFAULT 0,
    created_at             BIGINT NOT NULL
);

CREATE TABLE shipping_rates (
    id              TEXT PRIMARY KEY,
    zone            TEXT NOT NULL,
    -- Comma-separated ISO country codes, or '*' for everywhere else.
    countries       TEXT NOT NULL,
    name            TEXT NOT NULL,
    price_minor     BIGINT NOT NULL CHECK (price_minor >= 0),
    free_over_minor BIGINT,
    min_days        BIGINT NOT NULL,
    max_days        BIGINT NOT NULL,
    position        BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE tax_rates (
    country          TEXT NOT NULL,
    region           TEXT NOT NULL DEFAULT '',
    name             TEXT NOT NULL,
    rate             TEXT NOT NULL,
    shipping_taxable BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (country, region)
);
