create table person (
    id bigint not null,
    name varchar(255),
    active boolean default true not null,
    version integer default 0 not null,
    primary key (id)
);
