create table voucher (
    id bigint not null,
    primary key (id)
);
