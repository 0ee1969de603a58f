create table setting (id bigint not null, a int default 2, b varchar(10), c datetime default current_timestamp, d decimal(5,2) default 1.50, primary key (id)) engine=InnoDB;
