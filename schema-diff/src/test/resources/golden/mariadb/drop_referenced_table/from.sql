create table country (id bigint not null, primary key (id)) engine=InnoDB;
create table address (id bigint not null, country_id bigint, primary key (id), constraint fk_address_country foreign key (country_id) references country (id)) engine=InnoDB;
