CREATE TABLE places (
  id bigint(20) NOT NULL
);
