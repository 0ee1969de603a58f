create table audit (
    id bigint not null,
    primary key (id)
);
