create table item (id bigint not null, a varchar(10) not null, b varchar(10), primary key (id)) engine=InnoDB;
