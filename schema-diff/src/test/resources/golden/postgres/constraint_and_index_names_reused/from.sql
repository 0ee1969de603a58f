create table seat (
    id bigint not null,
    hall varchar(10),
    seat_row integer,
    seat_number integer,
    primary key (id),
    constraint uk_seat unique (hall, seat_row)
);
create index ix_seat on seat (hall);
