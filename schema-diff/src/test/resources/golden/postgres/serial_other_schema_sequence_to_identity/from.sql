-- a serial-like column whose sequence lives in another schema (the server refuses OWNED BY across schemas)
create schema ids;
create sequence ids.legacy_user_id_seq as integer;
create table legacy_user (
    id integer not null default nextval('ids.legacy_user_id_seq'::regclass) primary key,
    login varchar(50) not null
);
