create table parent (
    id integer not null,
    primary key (id)
);
create table child (
    id integer not null,
    parent_id integer,
    primary key (id)
);
alter table child add constraint fk_child_parent foreign key (parent_id) references parent;
create index ix_child_parent on child (parent_id);
