create table task (
    id bigint not null,
    status varchar(20) not null,
    deleted boolean default false not null,
    primary key (id)
);
