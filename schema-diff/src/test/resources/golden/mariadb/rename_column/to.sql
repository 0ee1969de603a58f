create table client (
  id bigint not null,
  surname varchar(100),
  state tinyint check (state between 0 and 2),
  primary key (id)
) engine=InnoDB;
create unique index uk_client_surname on client (surname);
