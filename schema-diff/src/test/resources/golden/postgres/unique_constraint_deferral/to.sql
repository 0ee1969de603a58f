create table booking (
    id bigint not null,
    room integer not null,
    slot integer not null,
    code text,
    primary key (id),
    constraint booking_room_slot unique (room, slot) deferrable initially deferred,
    constraint booking_code unique (code) not deferrable initially immediate
);
create table seat (
    id bigint not null,
    row_no integer not null,
    seat_no integer not null,
    primary key (id),
    constraint seat_position unique (row_no, seat_no) deferrable initially immediate
);
