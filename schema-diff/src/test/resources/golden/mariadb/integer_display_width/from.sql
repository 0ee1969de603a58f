CREATE TABLE counter (id int NOT NULL PRIMARY KEY, hits int(4) NOT NULL, small smallint(3) unsigned);
