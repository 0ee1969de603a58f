create table task (
    id bigint not null,
    status varchar(20) not null,
    deleted boolean default false not null,
    primary key (id)
);
create index idx_task_open on task (status) where not deleted;
create unique index uq_task_active_status on task (status) where status <> 'DONE' and not deleted;
