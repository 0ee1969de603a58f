create domain price as numeric(10,2) default 0 not null
    constraint price_positive check (value > 0) constraint price_cap check (value < 1000000);
create domain code as varchar(10) collate "C" not null;
create domain email as text check (value ~ '@');
create table item (id bigint primary key, cost price, sku code, contact email);
comment on domain price is 'Money in EUR';
comment on domain email is 'An address with an @';
