create table app (id bigint not null, name varchar(20), primary key (id)) engine=InnoDB;
