create table counter (id int unsigned not null, hits bigint unsigned, small smallint unsigned, primary key (id)) engine=InnoDB;
