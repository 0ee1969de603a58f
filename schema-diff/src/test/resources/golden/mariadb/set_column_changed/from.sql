create table article (id bigint not null, flags set('a','b'), primary key (id)) engine=InnoDB;
