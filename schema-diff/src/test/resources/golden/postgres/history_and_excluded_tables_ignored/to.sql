create table kept (
    id bigint not null,
    primary key (id)
);
