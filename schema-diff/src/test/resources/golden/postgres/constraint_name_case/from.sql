CREATE TABLE account (id bigint PRIMARY KEY, email text, CONSTRAINT email_unique UNIQUE (email));
