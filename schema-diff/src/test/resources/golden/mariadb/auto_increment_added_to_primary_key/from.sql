create table event (id bigint not null, name varchar(50), primary key (id)) engine=InnoDB;
