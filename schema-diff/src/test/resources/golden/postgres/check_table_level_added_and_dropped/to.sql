create table price (
    id bigint not null,
    amount numeric(38,2),
    discount numeric(38,2),
    primary key (id),
    constraint ck_discount_below_amount check (discount < amount)
);
