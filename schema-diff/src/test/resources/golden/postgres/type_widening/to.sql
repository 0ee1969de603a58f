create table measurement (
    id bigint not null,
    code varchar(255),
    amount numeric(12,2),
    counter integer,
    taken_at timestamp(6) with time zone,
    primary key (id)
);
