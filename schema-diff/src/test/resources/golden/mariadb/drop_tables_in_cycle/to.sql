create table keep (id bigint not null, primary key (id)) engine=InnoDB;
