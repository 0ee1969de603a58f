create table booking (id bigint not null, nights int, guests int, primary key (id), constraint ck_nights check (nights > 0)) engine=InnoDB;
