create table client (
  id bigint not null,
  last_name varchar(100),
  status tinyint check (status between 0 and 2),
  primary key (id)
) engine=InnoDB;
create unique index uk_client_last_name on client (last_name);
