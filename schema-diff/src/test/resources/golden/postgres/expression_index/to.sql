create table member (
    id bigint not null,
    email varchar(255) not null,
    first_name varchar(100),
    last_name varchar(100),
    primary key (id)
);
create unique index idx_member_email_lower on member (lower(email));
create index idx_member_full_name on member ((first_name || ' ' || last_name), id desc nulls last);
