create table product (id bigint not null, price decimal(10,2), primary key (id)) engine=InnoDB;
