create table log_line (message varchar(200), id bigint not null auto_increment, primary key (id)) engine=InnoDB;
