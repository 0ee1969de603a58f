create table membership (user_id bigint not null, group_id bigint not null, role varchar(20) not null, primary key (user_id)) engine=InnoDB;
