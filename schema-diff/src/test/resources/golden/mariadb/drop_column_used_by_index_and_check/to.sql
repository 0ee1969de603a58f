create table shipment (id bigint not null, carrier varchar(20), primary key (id), key ix_carrier (carrier)) engine=InnoDB;
