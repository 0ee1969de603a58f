create table visit (
    id bigint not null,
    primary key (id)
);
