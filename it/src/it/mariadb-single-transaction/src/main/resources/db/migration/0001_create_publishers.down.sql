DROP TABLE publishers;
