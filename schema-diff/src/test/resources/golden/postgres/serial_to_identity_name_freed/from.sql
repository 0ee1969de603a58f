-- the hand-made sequence holding legacy_user_id_seq goes: the identity gets the name, as in a new database
create sequence legacy_user_id_seq start with 1000;
create table legacy_user (
    id serial primary key,
    login varchar(50) not null
);
