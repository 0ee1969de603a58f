create table parent (id bigint not null, primary key (id)) engine=InnoDB;
create table child (id bigint not null, parent_id bigint, primary key (id), key ix_child_parent (parent_id)) engine=InnoDB;
