create table counter (id int not null, hits int, small tinyint unsigned, primary key (id)) engine=InnoDB;
