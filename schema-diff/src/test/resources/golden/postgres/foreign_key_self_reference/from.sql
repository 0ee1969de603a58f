create table category (
    id bigint not null,
    name varchar(255),
    primary key (id)
);
