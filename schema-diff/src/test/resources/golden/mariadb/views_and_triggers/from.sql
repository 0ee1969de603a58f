create table person (
    id bigint not null,
    name varchar(100),
    city varchar(100),
    updated_at datetime(6),
    primary key (id)
) engine=InnoDB;
create view old_names as select id, name from person;
