create table customer (id bigint not null, name varchar(100) not null, email varchar(255), primary key (id)) engine=InnoDB;
