create table invoice (id int not null auto_increment, total decimal(10,2), primary key (id)) engine=InnoDB;
