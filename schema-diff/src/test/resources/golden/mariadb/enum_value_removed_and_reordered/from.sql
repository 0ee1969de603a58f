create table ticket (id bigint not null, state enum ('NEW','OPEN','CLOSED') not null default 'NEW', primary key (id)) engine=InnoDB;
