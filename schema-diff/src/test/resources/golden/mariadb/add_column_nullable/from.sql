create table customer (id bigint not null, name varchar(100) not null, primary key (id)) engine=InnoDB;
