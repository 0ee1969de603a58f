CREATE TABLE invoices (
  id int NOT NULL PRIMARY KEY,
  number int,
  branch smallint(3) UNSIGNED ZEROFILL,
  amount decimal(10,2) ZEROFILL
);
