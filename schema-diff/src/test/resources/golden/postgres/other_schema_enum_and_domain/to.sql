CREATE SCHEMA kinds;
CREATE TYPE kinds.mood AS ENUM ('happy', 'sad', 'calm');
CREATE DOMAIN kinds.positive AS integer CHECK (VALUE > 0);
CREATE TABLE kinds.rating (
    id integer PRIMARY KEY,
    stars kinds.positive NOT NULL,
    mood kinds.mood DEFAULT 'calm'
);
CREATE TABLE person (
    id integer PRIMARY KEY,
    mood kinds.mood,
    age kinds.positive
);
