create table ticket (
    id serial primary key,
    subject varchar(200) not null
);
