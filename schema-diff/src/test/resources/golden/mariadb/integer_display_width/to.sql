CREATE TABLE counter (id int NOT NULL PRIMARY KEY, hits int(4) NOT NULL, small smallint(3) unsigned, total bigint(8));
CREATE TABLE tally (id int(5) NOT NULL PRIMARY KEY, n mediumint(2));
