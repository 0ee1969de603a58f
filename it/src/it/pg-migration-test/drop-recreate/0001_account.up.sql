CREATE TABLE account (id int PRIMARY KEY, email varchar(100) NOT NULL);
