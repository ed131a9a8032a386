-- The shopper's language (en, de, fr, ar), from `Accept-Language` when the
-- cart was made or checked out and when a restock notice was asked for:
-- every email to them is written in it.
ALTER TABLE carts ADD COLUMN locale TEXT NOT NULL DEFAULT 'en';
ALTER TABLE orders ADD COLUMN locale TEXT NOT NULL DEFAULT 'en';
ALTER TABLE restock_notices ADD COLUMN locale TEXT NOT NULL DEFAULT 'en';
