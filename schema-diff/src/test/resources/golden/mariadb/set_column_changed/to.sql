create table article (id bigint not null, flags set('a','b','it''s') not null default 'a,b', primary key (id)) engine=InnoDB;
