create table payload (
    id bigint not null,
    quantity varchar(20),
    document text,
    external_id varchar(36),
    flag integer,
    primary key (id)
);
