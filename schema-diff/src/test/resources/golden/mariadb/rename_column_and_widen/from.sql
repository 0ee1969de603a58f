create table client (id bigint not null, last_name varchar(50), visits int, primary key (id)) engine=InnoDB;
create index idx_client_last_name on client (last_name);
