create table customer (id bigint not null, full_name varchar(100) not null, status enum ('ACTIVE','BLOCKED'), version integer not null, primary key (id)) engine=InnoDB;
