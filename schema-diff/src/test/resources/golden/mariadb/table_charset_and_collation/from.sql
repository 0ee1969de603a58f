create table city (id bigint not null, name varchar(100), primary key (id)) engine=InnoDB default charset=latin1;
