CREATE TABLE invoices (
  id int NOT NULL PRIMARY KEY,
  number int(8) ZEROFILL,
  branch smallint(3) UNSIGNED,
  amount decimal(10,2) ZEROFILL
);
CREATE TABLE counters (
  id int UNSIGNED ZEROFILL NOT NULL PRIMARY KEY,
  hits bigint ZEROFILL
);
