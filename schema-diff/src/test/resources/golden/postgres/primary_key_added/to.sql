create table tag (
    id bigint not null,
    label varchar(50),
    primary key (id)
);
