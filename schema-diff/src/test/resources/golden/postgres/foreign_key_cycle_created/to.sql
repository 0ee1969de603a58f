create table department (
    id bigint not null,
    manager_id bigint,
    name varchar(255),
    primary key (id)
);
create table employee (
    id bigint not null,
    department_id bigint not null,
    name varchar(255),
    primary key (id)
);
alter table if exists department add constraint FK_department_manager foreign key (manager_id) references employee;
alter table if exists employee add constraint FK_employee_department foreign key (department_id) references department;
