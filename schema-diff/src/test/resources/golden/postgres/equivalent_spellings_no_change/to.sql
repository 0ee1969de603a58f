create table spelled (
    id bigint not null,
    amount numeric(10,2),
    created timestamp(6),
    zoned timestamp(6) with time zone,
    label character varying(20),
    code character(3),
    flag boolean,
    status smallint check (status >= 0 and status <= 2),
    constraint spelled_pkey primary key (id)
);
