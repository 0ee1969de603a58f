create table setting (id bigint not null, a int default 1, b varchar(10) default 'x', c datetime, d decimal(5,2), primary key (id)) engine=InnoDB;
