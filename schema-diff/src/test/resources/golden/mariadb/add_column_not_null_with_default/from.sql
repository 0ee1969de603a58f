create table account (id bigint not null, primary key (id)) engine=InnoDB;
