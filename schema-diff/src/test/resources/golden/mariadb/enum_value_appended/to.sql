create table customer (id bigint not null, status enum ('ACTIVE','BLOCKED','DELETED'), primary key (id)) engine=InnoDB;
