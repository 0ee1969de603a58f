create table t (id int not null, flag tinyint(1), amount decimal(10,2), n int, r double, primary key (id)) engine=InnoDB;
create table c (id int not null, t_id int, primary key (id), key fk_c_t (t_id), constraint fk_c_t foreign key (t_id) references t (id)) engine=InnoDB;
