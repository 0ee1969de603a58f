create table spelled (
    id int8 not null,
    amount decimal(10,2),
    created timestamp,
    zoned timestamptz,
    label varchar(20),
    code char(3),
    flag bool,
    status smallint check (status between 0 and 2),
    primary key (id)
);
