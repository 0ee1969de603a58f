create table account (
    id bigint not null,
    balance integer,
    updated_at timestamp,
    primary key (id)
);
create function add_one(x integer) returns integer language sql immutable as 'select x + 1';
