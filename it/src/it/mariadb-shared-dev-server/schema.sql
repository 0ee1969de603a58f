CREATE TABLE books (id int PRIMARY KEY, title varchar(200) NOT NULL);
