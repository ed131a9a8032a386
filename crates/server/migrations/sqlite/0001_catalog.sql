-- Catalog. Money is stored as integer minor units of the shop currency.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE categories (
    id          INTEGER PRIMARY KEY,
    handle      TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    position    BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE products (
    id           INTEGER PRIMARY KEY,
    handle       TEXT NOT NULL UNIQUE,
    title        TEXT NOT NULL,
    description  TEXT NOT NULL,
    category_id  BIGINT NOT NULL REFERENCES categories (id),
    options_json TEXT NOT NULL,
    images_json  TEXT NOT NULL,
    created_at   BIGINT NOT NULL,
    updated_at   BIGINT NOT NULL
);
CREATE INDEX products_category ON products (category_id);

CREATE TABLE variants (
    id               INTEGER PRIMARY KEY,
    product_id       BIGINT NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    position         BIGINT NOT NULL,
    sku              TEXT NOT NULL UNIQUE,
    options_json     TEXT NOT NULL,
    price_minor      BIGINT NOT NULL CHECK (price_minor >= 0),
    compare_at_minor BIGINT CHECK (compare_at_minor IS NULL OR compare_at_minor >= 0),
    stock            BIGINT NOT NULL CHECK (stock >= 0),
    reserved         BIGINT NOT NULL DEFAULT 0 CHECK (reserved >= 0 AND reserved <= stock),
    image_index      BIGINT
);
CREATE INDEX variants_product ON variants (product_id, position);

-- Bumped by every catalog write, so every server instance can tell its
-- in-memory catalog is stale.
CREATE TABLE catalog_version (
    id      BIGINT PRIMARY KEY CHECK (id = 1),
    version BIGINT NOT NULL
);
INSERT INTO catalog_version (id, version) VALUES (1, 0);
