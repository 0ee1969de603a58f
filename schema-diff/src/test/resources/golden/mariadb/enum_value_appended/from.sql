create table customer (id bigint not null, status enum ('ACTIVE','BLOCKED'), primary key (id)) engine=InnoDB;
