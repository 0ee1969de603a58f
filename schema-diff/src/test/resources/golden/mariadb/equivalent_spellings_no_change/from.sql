create table t (id integer not null, flag boolean, amount numeric(10,2), n int(11), r real, primary key (id)) engine=InnoDB;
create table c (id int not null, t_id integer, primary key (id), constraint fk_c_t foreign key (t_id) references t (id) on delete restrict on update no action) engine=InnoDB;
