create table address (id bigint not null, country_id bigint, primary key (id)) engine=InnoDB;
