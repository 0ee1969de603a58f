create table parent (id bigint not null, primary key (id)) engine=InnoDB;
create table child (id bigint not null, parent_id bigint, name varchar(20), primary key (id)) engine=InnoDB;
alter table child add constraint FKparent foreign key (parent_id) references parent (id);
