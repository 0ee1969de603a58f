create table category (
    id bigint not null,
    name varchar(255),
    parent_id bigint,
    primary key (id)
);
alter table if exists category add constraint FK_category_parent foreign key (parent_id) references category on delete set null;
