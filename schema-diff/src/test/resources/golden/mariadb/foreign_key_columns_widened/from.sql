create table parent (id int not null auto_increment, primary key (id)) engine=InnoDB;
create table child (id int not null, parent_id int, primary key (id), constraint fk_child_parent foreign key (parent_id) references parent (id)) engine=InnoDB;
