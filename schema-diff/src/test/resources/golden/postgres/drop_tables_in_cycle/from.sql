create table department (
    id bigint not null,
    manager_id bigint,
    primary key (id)
);
create table employee (
    id bigint not null,
    department_id bigint,
    primary key (id)
);
create table audit (
    id bigint not null,
    primary key (id)
);
alter table department add constraint FK_department_manager foreign key (manager_id) references employee;
alter table employee add constraint FK_employee_department foreign key (department_id) references department;
