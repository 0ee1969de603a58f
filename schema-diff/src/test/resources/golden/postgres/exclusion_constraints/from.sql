create table booking (
    id bigint primary key,
    room integer,
    during tsrange,
    constraint no_overlap exclude using gist (during with &&)
);
