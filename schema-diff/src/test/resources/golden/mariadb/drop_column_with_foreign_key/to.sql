create table parent (id bigint not null, primary key (id)) engine=InnoDB;
create table child (id bigint not null, name varchar(20), primary key (id)) engine=InnoDB;
