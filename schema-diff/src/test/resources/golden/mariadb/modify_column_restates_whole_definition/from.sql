create table person (id bigint not null, nick varchar(50) not null default 'anon' comment 'shown name', primary key (id)) engine=InnoDB;
