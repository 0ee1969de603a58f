create table payload (id bigint not null, body text, meta json, primary key (id)) engine=InnoDB;
