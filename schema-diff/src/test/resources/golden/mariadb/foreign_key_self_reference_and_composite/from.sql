create table node (id bigint not null, tenant int not null, parent_id bigint, primary key (id), unique key uk_node (tenant, id)) engine=InnoDB;
create table edge (id bigint not null, tenant int not null, node_id bigint, primary key (id)) engine=InnoDB;
