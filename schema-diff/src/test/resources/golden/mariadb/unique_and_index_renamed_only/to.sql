create table email (id bigint not null, address varchar(200), domain varchar(100), primary key (id)) engine=InnoDB;
alter table email add constraint UKaddress unique (address);
create index ix_new on email (domain);
