create table payload (id bigint not null, body text, primary key (id)) engine=InnoDB;
