create table measurement (
    id integer not null,
    code varchar(50),
    amount numeric(10,2),
    counter smallint,
    taken_at timestamp(6),
    primary key (id)
);
