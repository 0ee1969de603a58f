create table audit (id bigint not null, created_at timestamp(6) null default current_timestamp(6), updated_at datetime(6), primary key (id)) engine=InnoDB;
