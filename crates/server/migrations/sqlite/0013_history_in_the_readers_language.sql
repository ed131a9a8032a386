-- A history line as what it says (its message key and values, JSON; see
-- crates/server/src/said.rs), so it reads in the reader's language. `message`
-- keeps the words in the order's language, which older lines read.
ALTER TABLE order_events ADD COLUMN said TEXT;
ALTER TABLE return_events ADD COLUMN said TEXT;
