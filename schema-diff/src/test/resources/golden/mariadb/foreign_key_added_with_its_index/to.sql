create table customer (id bigint not null, primary key (id)) engine=InnoDB;
create table orders (id bigint not null, customer_id bigint, primary key (id)) engine=InnoDB;
alter table if exists orders add constraint FKcustomer foreign key (customer_id) references customer (id);
