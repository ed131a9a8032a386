-- Store credit spent at checkout: which code and how much, on the order (the
-- payment method is charged the rest). The ledger row says the same.
ALTER TABLE orders ADD COLUMN credit_code TEXT;
ALTER TABLE orders ADD COLUMN credit_minor BIGINT NOT NULL DEFAULT 0;
