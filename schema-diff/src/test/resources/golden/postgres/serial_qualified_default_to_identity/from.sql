-- as pg_dump and hand-written migrations spell a serial: the sequence schema-qualified in the default
create sequence public.legacy_user_id_seq as integer;
create table public.legacy_user (
    id integer not null default nextval('public.legacy_user_id_seq'::regclass) primary key,
    login varchar(50) not null
);
alter sequence public.legacy_user_id_seq owned by public.legacy_user.id;
