CREATE TABLE account (id bigint PRIMARY KEY, email text, CONSTRAINT "Email_Unique" UNIQUE (email));
