create table account (
    id bigint not null,
    balance integer,
    primary key (id)
);
