create table other (
    id bigint not null,
    primary key (id)
);
