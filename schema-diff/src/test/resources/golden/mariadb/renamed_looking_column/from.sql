create table client (id bigint not null, surname varchar(100), primary key (id)) engine=InnoDB;
