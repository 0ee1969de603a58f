create table ticket (
    id bigint not null,
    severity varchar(20),
    primary key (id)
);
