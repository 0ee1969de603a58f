create table parent (
    id bigint not null,
    primary key (id)
);
create table child (
    id bigint not null,
    parent_id bigint,
    primary key (id)
);
alter table child add constraint fk_child_parent foreign key (parent_id) references parent;
create index ix_child_parent on child (parent_id);
