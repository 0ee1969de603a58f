create table ticket (
    id serial primary key,
    subject varchar(200) not null
);
create table audit_entry (
    id bigserial primary key,
    ticket_id integer references ticket (id)
);
