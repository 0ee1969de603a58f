create table person (
    id bigint not null,
    full_name varchar(255),
    primary key (id)
);
