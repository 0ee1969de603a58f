create table migration_history (version varchar(50) not null, primary key (version)) engine=InnoDB;
create table migration_history_log (id bigint not null, primary key (id)) engine=InnoDB;
create table app (id bigint not null, primary key (id)) engine=InnoDB;
