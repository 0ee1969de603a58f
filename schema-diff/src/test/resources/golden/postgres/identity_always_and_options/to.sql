create table event_log (
    id bigint generated always as identity (start with 100 increment by 10),
    message text,
    primary key (id)
);
