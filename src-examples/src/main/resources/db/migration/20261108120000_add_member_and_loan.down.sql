DROP TABLE loan;
DROP TABLE member;
