DROP TABLE magazines;
