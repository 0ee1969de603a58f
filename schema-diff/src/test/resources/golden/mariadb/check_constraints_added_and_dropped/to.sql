create table booking (id bigint not null, nights int, guests int, primary key (id), constraint ck_guests check (guests between 1 and 10)) engine=InnoDB;
