CREATE TABLE customer (id integer PRIMARY KEY);
CREATE SCHEMA sales;
CREATE TABLE sales.orders (
    id integer PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES public.customer (id) ON DELETE CASCADE
);
CREATE TABLE invoice (
    id integer PRIMARY KEY,
    order_id integer REFERENCES sales.orders (id)
);
