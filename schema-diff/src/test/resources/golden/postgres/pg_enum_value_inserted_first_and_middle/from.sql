create type priority as enum ('LOW', 'HIGH');
