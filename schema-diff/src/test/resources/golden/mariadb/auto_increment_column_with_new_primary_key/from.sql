create table log_line (message varchar(200)) engine=InnoDB;
