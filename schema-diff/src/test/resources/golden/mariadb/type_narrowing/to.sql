create table note (id bigint not null, body varchar(200), score int, primary key (id)) engine=InnoDB;
