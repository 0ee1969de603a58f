create table client (id bigint not null, surname varchar(100) not null, visit_count bigint, primary key (id)) engine=InnoDB;
create index idx_client_surname on client (surname);
