create table booking (
    id bigint not null,
    room varchar(10) not null,
    night date not null,
    guests integer,
    primary key (id),
    constraint uk_booking_room_night unique (room, night),
    constraint ck_booking_guests check (guests > 0 and night > date '2000-01-01')
);
create index ix_booking_night_room on booking (night, room);
