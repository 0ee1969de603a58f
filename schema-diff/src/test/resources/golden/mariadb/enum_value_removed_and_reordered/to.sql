create table ticket (id bigint not null, state enum ('OPEN','NEW') not null default 'NEW', primary key (id)) engine=InnoDB;
