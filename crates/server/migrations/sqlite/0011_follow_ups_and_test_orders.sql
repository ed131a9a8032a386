-- Post-purchase follow-up (issue 15): when the one "how is it?" email went
-- out after delivery; set in the transaction that writes it.
ALTER TABLE orders ADD COLUMN followed_up_at BIGINT;

-- Synthetic test orders (`vitrine-server test-order`): a cart the operator
-- marked as a test, and the order placed from it. Metrics, reports, alerts
-- and follow-ups leave them out; only test orders can be deleted.
ALTER TABLE carts ADD COLUMN is_test BIGINT NOT NULL DEFAULT 0;
ALTER TABLE orders ADD COLUMN is_test BIGINT NOT NULL DEFAULT 0;
CREATE INDEX orders_to_follow_up ON orders (status) WHERE followed_up_at IS NULL AND is_test = 0;
