create table booking (
    id bigint primary key,
    room integer,
    during tsrange,
    constraint booking_no_overlap exclude using gist (during with &&),
    constraint one_per_room exclude using btree (room with =) where (room > 0)
);
create table slot (
    id integer,
    period tsrange,
    exclude using gist (period with &&)
);
