create table product (id bigint not null, legacy_code varchar(20), price decimal(10,2), primary key (id)) engine=InnoDB;
