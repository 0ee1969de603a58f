create table voucher (
    id bigint not null,
    number serial,
    primary key (id)
);
