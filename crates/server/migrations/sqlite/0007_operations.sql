-- Operations: every stock change made by hand, with who, when and why.
CREATE TABLE stock_adjustments (
    id          INTEGER PRIMARY KEY,
    variant_id  BIGINT NOT NULL REFERENCES variants (id) ON DELETE CASCADE,
    delta       BIGINT NOT NULL,
    stock_after BIGINT NOT NULL CHECK (stock_after >= 0),
    reason      TEXT NOT NULL,
    actor       TEXT NOT NULL,
    created_at  BIGINT NOT NULL
);
CREATE INDEX stock_adjustments_variant ON stock_adjustments (variant_id, created_at);
