create domain zip as varchar(10);
create type address as (street text, city varchar(40), zip zip);
comment on type address is 'Postal address';
create type spare as (a bigint, b varchar(5) collate "C");
create type money_range as (low numeric(10,2), high numeric(10,2), tags text[]);
create table customer (id bigint primary key, home address, budget money_range);
