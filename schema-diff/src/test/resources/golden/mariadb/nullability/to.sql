create table item (id bigint not null, a varchar(10), b varchar(10) not null, primary key (id)) engine=InnoDB;
