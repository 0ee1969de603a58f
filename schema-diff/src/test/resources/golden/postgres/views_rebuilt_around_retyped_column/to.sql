create table product (
    id bigint not null,
    price numeric(10,2),
    label varchar(50),
    primary key (id)
);
create view priced as select id, price, label from product where price > 0;
create view cheap as select id, label from priced where price < 10;
create materialized view price_stats as select max(price) as top from product;
