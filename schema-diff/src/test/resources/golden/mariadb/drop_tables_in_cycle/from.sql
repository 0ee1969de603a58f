create table a (id bigint not null, b_id bigint, primary key (id)) engine=InnoDB;
create table b (id bigint not null, a_id bigint, primary key (id)) engine=InnoDB;
alter table a add constraint fk_a_b foreign key (b_id) references b (id);
alter table b add constraint fk_b_a foreign key (a_id) references a (id);
create table keep (id bigint not null, primary key (id)) engine=InnoDB;
