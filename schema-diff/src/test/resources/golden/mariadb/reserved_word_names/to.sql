create table `order` (id bigint not null, `select` varchar(10), `key` int, `group` int, primary key (id)) engine=InnoDB;
create table `table` (id bigint not null, `order_id` bigint, `desc` varchar(10), primary key (id)) engine=InnoDB;
create index `index` on `order` (`key`, `group`);
alter table `table` add constraint `check` check (`desc` <> '');
alter table `table` add constraint `references` foreign key (order_id) references `order` (id);
