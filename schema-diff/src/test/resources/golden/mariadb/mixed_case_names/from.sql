create table Customer (Id bigint not null, FullName varchar(100), primary key (Id)) engine=InnoDB;
