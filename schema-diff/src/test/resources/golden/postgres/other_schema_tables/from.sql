CREATE SCHEMA sales;
CREATE TABLE sales.orders (
    id integer PRIMARY KEY,
    note text
);
CREATE INDEX orders_note ON sales.orders (note);
CREATE TABLE sales.retired (id integer);
