create domain price as numeric(10,2) check (value >= 0);
create domain code as varchar(10) collate "C" not null;
create domain gone as integer default 1;
create table item (id bigint primary key, cost price, sku code);
comment on domain price is 'Money, never negative';
