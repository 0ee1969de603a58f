CREATE SCHEMA kinds;
CREATE TYPE kinds.mood AS ENUM ('happy', 'sad');
CREATE TABLE person (
    id integer PRIMARY KEY,
    mood kinds.mood
);
