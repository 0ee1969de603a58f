create table price (
    id bigint not null,
    amount numeric(38,2),
    discount numeric(38,2),
    primary key (id),
    constraint ck_price_positive check (amount > 0)
);
