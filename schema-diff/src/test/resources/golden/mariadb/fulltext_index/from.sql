create table post (id bigint not null, title varchar(200), body text, primary key (id)) engine=InnoDB;
