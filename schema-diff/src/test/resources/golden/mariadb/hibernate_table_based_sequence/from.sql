create table customer (id bigint not null, primary key (id)) engine=InnoDB;
