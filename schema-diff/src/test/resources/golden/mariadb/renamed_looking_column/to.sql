create table client (id bigint not null, last_name varchar(100), primary key (id)) engine=InnoDB;
