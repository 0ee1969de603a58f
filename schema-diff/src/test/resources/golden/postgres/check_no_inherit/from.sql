CREATE TABLE a (
  a_id integer PRIMARY KEY CHECK (a_id > 2) NO INHERIT,
  flag integer CONSTRAINT a_flag_check CHECK (flag >= 0),
  my_text text UNIQUE NOT NULL
);
