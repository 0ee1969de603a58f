create table booking (
    id bigint not null,
    room varchar(10) not null,
    guests integer,
    primary key (id)
);
