CREATE TABLE a (
  a_id integer PRIMARY KEY CHECK (a_id > 3) NO INHERIT,
  flag integer CONSTRAINT a_flag_check CHECK (flag >= 0) NO INHERIT,
  my_text text UNIQUE NOT NULL CHECK (length(my_text) > 0) NO INHERIT
);
