create table author (
    id bigint not null,
    name varchar(255),
    primary key (id)
);
create table post (
    id bigint not null,
    author_id bigint,
    title varchar(255),
    primary key (id)
);

alter table if exists post add constraint fk_post_author foreign key (author_id) references author on delete cascade on update restrict;
