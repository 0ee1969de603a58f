CREATE SCHEMA sales;
COMMENT ON SCHEMA sales IS 'Orders and what they bought';
CREATE TABLE sales.orders (
    id integer PRIMARY KEY,
    note varchar(200),
    placed_at timestamp NOT NULL DEFAULT now(),
    CONSTRAINT orders_note_unique UNIQUE (note)
);
COMMENT ON TABLE sales.orders IS 'One row per order';
CREATE INDEX orders_placed ON sales.orders (placed_at);
CREATE SCHEMA "Billing";
CREATE SEQUENCE "Billing".invoice_no START 1000;
CREATE TABLE "Billing"."Invoice" (
    id serial PRIMARY KEY,
    number bigint NOT NULL DEFAULT nextval('"Billing".invoice_no'),
    total numeric(10, 2) CHECK (total >= 0)
);
CREATE TABLE orders (id integer PRIMARY KEY);
