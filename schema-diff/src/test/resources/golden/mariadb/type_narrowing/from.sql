create table note (id bigint not null, body text, score bigint, primary key (id)) engine=InnoDB;
