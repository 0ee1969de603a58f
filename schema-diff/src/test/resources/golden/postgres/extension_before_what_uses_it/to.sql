create extension citext;
comment on extension citext is 'Case-insensitive names';
create table person (
    id bigint not null,
    name varchar(100),
    primary key (id)
);
create view person_names as select id, name::citext as name from person;
