create table orders (id bigint not null, code varchar(20) not null, note varchar(100), obsolete int, primary key (id)) engine=InnoDB;
create index ix_orders_note on orders (note);
