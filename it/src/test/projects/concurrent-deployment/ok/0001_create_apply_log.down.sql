DROP TABLE apply_log;
