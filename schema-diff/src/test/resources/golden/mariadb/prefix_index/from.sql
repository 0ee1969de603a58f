create table doc (id bigint not null, title varchar(500), body text, primary key (id)) engine=InnoDB;
