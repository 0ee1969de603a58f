create table account (id bigint not null, active bit(1) not null default b'1', balance decimal(19,2) not null default 0.00, primary key (id)) engine=InnoDB;
