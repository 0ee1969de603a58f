create table line (id bigint not null, qty int, price decimal(10,2), total decimal(12,2) as (qty * price) virtual, qty2 int as (qty * 2) stored, primary key (id)) engine=InnoDB;
