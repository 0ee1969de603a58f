create table orders (id bigint not null, code varchar(40) not null, note varchar(100), placed_at datetime(6), primary key (id)) engine=InnoDB comment='Customer orders';
create index ix_orders_code on orders (code);
