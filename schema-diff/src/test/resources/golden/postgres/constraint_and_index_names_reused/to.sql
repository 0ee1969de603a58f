create table seat (
    id bigint not null,
    hall varchar(10),
    seat_row integer,
    seat_number integer,
    primary key (id),
    constraint uk_seat unique (hall, seat_row, seat_number),
    constraint uk_seat_hall_row unique (hall, seat_row)
);
create index ix_seat on seat (seat_number);
create index ix_seat_hall on seat (hall);
