create table booking (
    id bigint not null,
    room integer not null,
    slot integer not null,
    code text,
    primary key (id),
    constraint booking_room_slot unique (room, slot),
    constraint booking_code unique (code) deferrable
);
