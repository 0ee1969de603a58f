create table email (id bigint not null, address varchar(200), domain varchar(100), primary key (id)) engine=InnoDB;
create unique index ux_old on email (address);
create index ix_old on email (domain);
