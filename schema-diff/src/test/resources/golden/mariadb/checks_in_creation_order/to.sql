CREATE TABLE orders (
  id int PRIMARY KEY,
  CONSTRAINT orders_z_chk CHECK (id > 0),
  CONSTRAINT orders_a_chk CHECK (id < 1000000)
);
CREATE TABLE shipments (
  id int PRIMARY KEY,
  status varchar(20),
  priority int,
  CONSTRAINT shipments_status_chk CHECK (status IN ('pending', 'shipped')),
  CONSTRAINT shipments_priority_chk CHECK (priority IN (1, 2, 3))
);
