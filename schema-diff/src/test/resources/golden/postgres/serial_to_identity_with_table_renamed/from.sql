create table legacy_user (
    id serial primary key,
    login varchar(50) not null
);
