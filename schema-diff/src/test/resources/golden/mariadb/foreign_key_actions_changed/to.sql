create table parent (id bigint not null, primary key (id)) engine=InnoDB;
create table child (id bigint not null, parent_id bigint, primary key (id), constraint fk_child foreign key (parent_id) references parent (id) on delete cascade on update set null) engine=InnoDB;
