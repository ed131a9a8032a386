-- The operator's reports and checkout's lookups on a long history (measured
-- on 100,000 orders: without these the metrics took over 30 s on SQLite).
CREATE INDEX orders_cart ON orders (cart_id);
CREATE INDEX orders_created ON orders (created_at);
CREATE INDEX carts_created ON carts (created_at);
CREATE INDEX returns_order ON returns (order_id);
CREATE INDEX returns_created ON returns (created_at);
