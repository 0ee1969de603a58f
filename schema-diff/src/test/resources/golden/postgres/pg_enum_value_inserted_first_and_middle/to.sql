create type priority as enum ('LOWEST', 'LOW', 'MEDIUM', 'HIGH');
