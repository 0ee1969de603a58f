create table event (id bigint not null auto_increment, name varchar(50), primary key (id)) engine=InnoDB;
