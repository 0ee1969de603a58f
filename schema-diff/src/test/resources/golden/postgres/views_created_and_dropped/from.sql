create table person (
    id bigint not null,
    name varchar(255),
    city varchar(100),
    primary key (id)
);
create view old_names as select id, name from person;
