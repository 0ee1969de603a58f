-- a hand-made sequence holds legacy_user_id_seq, so the server named the serial's sequence legacy_user_id_seq1
create sequence legacy_user_id_seq start with 1000;
create table legacy_user (
    id serial primary key,
    login varchar(50) not null
);
