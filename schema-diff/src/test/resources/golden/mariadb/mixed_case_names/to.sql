create table Customer (Id bigint not null, FullName varchar(100), EMail varchar(100), primary key (Id)) engine=InnoDB;
create table OrderLine (Id bigint not null, CustomerId bigint, primary key (Id)) engine=InnoDB;
create index IX_OrderLine_Customer on OrderLine (CustomerId);
alter table OrderLine add constraint FK_OrderLine_Customer foreign key (CustomerId) references Customer (Id);
