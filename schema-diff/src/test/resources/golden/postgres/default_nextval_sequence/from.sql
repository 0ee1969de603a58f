create table invoice (
    id bigint not null,
    number bigint,
    primary key (id)
);
